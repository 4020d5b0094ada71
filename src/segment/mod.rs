//! The **segment** stage: paragraphs and sentences of the normalised text.
//!
//! Paragraphs are split at blank lines and where a line is indented deeper
//! than the one before (wire copy starts paragraphs with spaces; hard-wrapped
//! lines inside a paragraph are not breaks). Sentences end at `.`, `!` or `?`
//! (with any closing quotes and brackets) followed by a space and a word that
//! can start a sentence; the abbreviation lexicon keeps `Maj. Gen.`, `U.N.`,
//! `p.m.` and initials from ending one.

mod abbreviations;
mod words;

pub use abbreviations::{AbbreviationKind, Abbreviations};
pub(crate) use words::push_words;
pub use words::{words, words_of_sentences, LetterRuns, Word};

use crate::span::Span;

/// A sentence and the paragraph it belongs to (0-based index).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence, trimmed.
    pub span: Span,
    /// Index of its paragraph in the paragraph list.
    pub paragraph: usize,
    /// Its words' range in [`crate::pipeline::Analysis::words`] (empty
    /// until [`words_of_sentences`] fills it).
    pub words: std::ops::Range<usize>,
}

/// Paragraphs of `text` inside each of `regions` (the parts of the text that
/// are not boilerplate), in order, trimmed, never empty.
///
/// ```
/// use gazette::{segment::paragraphs, Span};
/// let text = "Title\n\nLine one\nwrapped.\n    Indented new paragraph.";
/// let p = paragraphs(text, &[Span::new(0, text.len())]);
/// let got: Vec<_> = p.iter().map(|s| s.slice(text)).collect();
/// assert_eq!(got, ["Title", "Line one\nwrapped.", "Indented new paragraph."]);
/// ```
pub fn paragraphs(text: &str, regions: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    for region in regions {
        let mut current: Option<Span> = None;
        let mut prev_indent = 0;
        let mut pos = region.start;
        while pos < region.end {
            let line_end = memchr::memchr(b'\n', &text.as_bytes()[pos..region.end])
                .map_or(region.end, |i| pos + i);
            let line = Span::new(pos, line_end);
            pos = line_end + 1;
            let trimmed = line.trim(text);
            if trimmed.is_empty() {
                out.extend(current.take());
                continue;
            }
            let indent = indentation(line.slice(text));
            // A deeper indent or a bulleted line starts a new paragraph.
            let bullet = trimmed.slice(text).starts_with(['•', '·', '*', '▪', '►', '‣', '◦']);
            if current.is_some() && (indent > prev_indent || bullet) {
                out.extend(current.take());
            }
            prev_indent = indent;
            match current.as_mut() {
                Some(p) => p.end = trimmed.end,
                None => current = Some(trimmed),
            }
        }
        out.extend(current);
    }
    out
}

fn indentation(line: &str) -> usize {
    line.bytes()
        .take_while(|b| *b == b' ' || *b == b'\t')
        .map(|b| if b == b'\t' { 4 } else { 1 })
        .sum()
}

/// Sentences of each paragraph.
///
/// ```
/// use gazette::{segment::{paragraphs, sentences}, Lexicons, Span};
/// let text = "Maj. Gen. Igor Konashenkov spoke at 3 p.m. local time. The U.N. agreed. It ended.";
/// let lex = Lexicons::builtin();
/// let paras = paragraphs(text, &[Span::new(0, text.len())]);
/// let s: Vec<_> = sentences(text, &paras, &lex.abbreviations).iter().map(|s| s.span.slice(text)).collect();
/// assert_eq!(s, ["Maj. Gen. Igor Konashenkov spoke at 3 p.m. local time.", "The U.N. agreed.", "It ended."]);
/// ```
pub fn sentences(text: &str, paragraphs: &[Span], abbreviations: &Abbreviations) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (pi, para) in paragraphs.iter().enumerate() {
        let mut start = para.start;
        for end in sentence_ends(text, *para, abbreviations) {
            let span = Span::new(start, end).trim(text);
            if !span.is_empty() {
                out.push(Sentence { span, paragraph: pi, words: 0..0 });
            }
            start = end;
        }
        let span = Span::new(start, para.end).trim(text);
        if !span.is_empty() {
            out.push(Sentence { span, paragraph: pi, words: 0..0 });
        }
    }
    out
}

/// Byte offsets just past each sentence end inside `para` (not counting the
/// paragraph's own end).
fn sentence_ends(text: &str, para: Span, abbreviations: &Abbreviations) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut ends = Vec::new();
    let mut i = para.start;
    while let Some(off) = memchr::memchr3(b'.', b'!', b'?', &bytes[i..para.end]) {
        let mark = i + off;
        let mut j = mark + 1;
        while j < para.end && matches!(bytes[j], b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']') {
            j += 1;
        }
        i = j;
        if j >= para.end || !bytes[j].is_ascii_whitespace() {
            continue;
        }
        let next_start =
            j + bytes[j..para.end].iter().take_while(|b| b.is_ascii_whitespace()).count();
        if next_start >= para.end {
            continue;
        }
        let newline = bytes[j..next_start].contains(&b'\n');
        let next_word = word_at(text, next_start, para.end);
        if !can_start_sentence(next_word) {
            continue;
        }
        if bytes[mark] == b'.' && j == mark + 1 {
            let word = word_before(text, para.start, mark + 1);
            let kind = abbreviations.kind(word);
            // "J.": an initial; "E.F.", "J.P.": a person's initials (`E.F.
            // Hutton`), unless the lexicon says they may end a sentence
            // (`U.S.` is ambiguous).
            let initial = word.len() == 2 && word.as_bytes()[0].is_ascii_uppercase();
            let initials = kind.is_none() && is_initials(word);
            if initial || initials || kind == Some(AbbreviationKind::Title) {
                continue;
            }
            if kind == Some(AbbreviationKind::Ambiguous)
                && !newline
                && !abbreviations.starts_sentence(
                    // The word without its marks: "However," is "However".
                    next_word
                        .trim_start_matches(['"', '\'', '('])
                        .trim_end_matches([',', ';', ':', '.', '!', '?', ')', '"', '\'']),
                )
            {
                continue;
            }
        }
        ends.push(j);
    }
    ends
}

/// True for two or three capital letters each with its period: `E.F.`,
/// `J.P.`, `A.G.`.
fn is_initials(word: &str) -> bool {
    let b = word.as_bytes();
    (b.len() == 4 || b.len() == 6)
        && b.chunks(2).all(|pair| pair[0].is_ascii_uppercase() && pair[1] == b'.')
}

/// The whitespace-delimited word that ends at `end`, without opening punctuation.
fn word_before(text: &str, floor: usize, end: usize) -> &str {
    // Byte by byte while the bytes are ASCII (`char::is_whitespace` for
    // ASCII is these), by characters past anything else.
    let b = text.as_bytes();
    let mut i = end;
    while i > floor && b[i - 1] < 0x80 && !is_space(b[i - 1]) {
        i -= 1;
    }
    let start = if i > floor && b[i - 1] >= 0x80 {
        // (Past the whole space: some are wider than a byte.)
        text[floor..end]
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace())
            .map_or(floor, |(i, c)| floor + i + c.len_utf8())
    } else {
        i
    };
    text[start..end].trim_start_matches(['(', '[', '"', '\''])
}

/// An ASCII byte that `char::is_whitespace` counts (which
/// `u8::is_ascii_whitespace` does not quite: it leaves out the vertical tab).
fn is_space(b: u8) -> bool {
    b == b' ' || (0x09..=0x0d).contains(&b)
}

/// The whitespace-delimited word that starts at `start`.
fn word_at(text: &str, start: usize, limit: usize) -> &str {
    let b = text.as_bytes();
    let mut i = start;
    while i < limit && b[i] < 0x80 && !is_space(b[i]) {
        i += 1;
    }
    if i < limit && b[i] >= 0x80 {
        let s = &text[start..limit];
        return &s[..s.find(char::is_whitespace).unwrap_or(s.len())];
    }
    &text[start..i]
}

/// A sentence starts with a capital, a digit, an opening quote or bracket.
fn can_start_sentence(word: &str) -> bool {
    let first = word.trim_start_matches(['"', '\'', '(', '[', '-']).chars().next();
    match first {
        Some(c) => c.is_uppercase() || c.is_ascii_digit(),
        None => word.starts_with(['"', '\'']),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_s_initials_end_no_sentence() {
        let doc = "Shares of E.F. Hutton rose. J.P. Morgan fell.";
        let s = sentences(doc, &[Span::new(0, doc.len())], &Abbreviations::default());
        let got: Vec<_> = s.iter().map(|s| s.span.slice(doc)).collect();
        assert_eq!(got, ["Shares of E.F. Hutton rose.", "J.P. Morgan fell."]);
    }

    #[test]
    fn words_around_a_mark_end_at_any_whitespace() {
        // U+1680 is a space normalising keeps, three bytes wide: the word
        // before a mark after it once started inside it, and slicing panicked.
        let doc = "Wait\u{1680}x. Then more.";
        let s = sentences(doc, &[Span::new(0, doc.len())], &Abbreviations::default());
        assert_eq!(s.len(), 2);
        let t = "a\u{b}Gen.\u{1680}Next é\u{2009}x ok";
        let slow_at = |start: usize| {
            let s = &t[start..];
            &s[..s.find(char::is_whitespace).unwrap_or(s.len())]
        };
        let slow_before = |end: usize| {
            let start = t[..end]
                .char_indices()
                .rev()
                .find(|&(_, c)| c.is_whitespace())
                .map_or(0, |(i, c)| i + c.len_utf8());
            t[start..end].trim_start_matches(['(', '[', '"', '\''])
        };
        for (i, _) in t.char_indices().chain([(t.len(), ' ')]) {
            assert_eq!(word_at(t, i, t.len()), slow_at(i), "at {i}");
            assert_eq!(word_before(t, 0, i), slow_before(i), "before {i}");
        }
    }
    use crate::Lexicons;

    fn split(text: &str) -> Vec<String> {
        let lex = Lexicons::builtin();
        let paras = paragraphs(text, &[Span::new(0, text.len())]);
        sentences(text, &paras, &lex.abbreviations)
            .iter()
            .map(|s| s.span.slice(text).to_string())
            .collect()
    }

    #[test]
    fn titles_and_initials_do_not_end_sentences() {
        assert_eq!(
            split("Mr. Blair met Gov. Newsom and George W. Bush. Then Dr. Who left."),
            ["Mr. Blair met Gov. Newsom and George W. Bush.", "Then Dr. Who left."]
        );
    }

    #[test]
    fn ambiguous_abbreviations_end_only_before_a_starter() {
        assert_eq!(
            split("Aid came from the U.S. Navy and the U.N. It arrived at 3 p.m. The end."),
            ["Aid came from the U.S. Navy and the U.N.", "It arrived at 3 p.m.", "The end."]
        );
        // A starter with a comma after it still starts one.
        assert_eq!(
            split("He works at Warner Bros. However, critics disagreed."),
            ["He works at Warner Bros.", "However, critics disagreed."]
        );
    }

    #[test]
    fn quotes_and_lowercase_continuations() {
        assert_eq!(
            split("\"We want peace.\" He said so. \"Why?\" asked she. 3.5 percent rose!"),
            ["\"We want peace.\"", "He said so.", "\"Why?\" asked she.", "3.5 percent rose!"]
        );
    }

    #[test]
    fn paragraphs_split_at_blank_lines_and_deeper_indentation() {
        let text = "  a\n  b\n\n\n c\n    d\n e";
        let p: Vec<_> = paragraphs(text, &[Span::new(0, text.len())])
            .iter()
            .map(|s| s.slice(text).to_string())
            .collect();
        assert_eq!(p, ["a\n  b", "c", "d\n e"]);
    }

    #[test]
    fn regions_bound_paragraphs() {
        let text = "keep this\ndrop this\nkeep that";
        let p = paragraphs(text, &[Span::new(0, 10), Span::new(20, text.len())]);
        assert_eq!(p, [Span::new(0, 9), Span::new(20, 29)]);
    }
}
