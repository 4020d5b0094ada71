//! Words of a sentence with their spans: the one tokenisation every stage
//! reads ([`crate::pipeline::Analysis`] holds each sentence's words).

use std::ops::Range;

use super::Sentence;
use crate::span::Span;

/// A word: its span (trailing punctuation left out, a final period kept
/// when the word is an abbreviation or initial) and what followed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    /// The word itself.
    pub span: Span,
    /// Punctuation (`,` `;` `:` `)` `"`…) came right after it: a name or
    /// role does not run on past it.
    pub stop_after: bool,
}

impl Word {
    /// The word's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.slice(text)
    }

    /// The runs of ASCII letters in the word: the word itself when it is
    /// letters only, else its parts (`twenty`, `one` of `twenty-one`).
    /// Lexicon gates read these: a lexicon word inside a longer word is found
    /// wherever it stands alone between other marks.
    ///
    /// ```
    /// use gazette::{segment::words, Span};
    /// let t = "twenty-one (x/five's)";
    /// let runs: Vec<_> = words(t, Span::new(0, t.len())).iter().flat_map(|w| w.letter_runs(t)).collect();
    /// assert_eq!(runs, ["twenty", "one", "x", "five", "s"]);
    /// ```
    pub fn letter_runs<'t>(&self, text: &'t str) -> LetterRuns<'t> {
        LetterRuns { text, pos: self.span.start, end: self.span.end }
    }
}

/// The runs of ASCII letters in a word ([`Word::letter_runs`]).
#[derive(Debug, Clone)]
pub struct LetterRuns<'t> {
    /// The whole text: a run is read eight bytes a step, past the word.
    text: &'t str,
    pos: usize,
    end: usize,
}

impl<'t> Iterator for LetterRuns<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        let b = self.text.as_bytes();
        while self.pos < self.end && !b[self.pos].is_ascii_alphabetic() {
            self.pos += 1;
        }
        if self.pos == self.end {
            return None;
        }
        let start = self.pos;
        self.pos = crate::bytes::alpha_run_end(b, start, self.end);
        Some(&self.text[start..self.pos])
    }
}

/// Splits `span` of `text` into words.
///
/// ```
/// use gazette::{segment::words, Span};
/// let t = "Maj. Gen. Igor Konashenkov, a spokesman, said (on Sunday).";
/// let w = words(t, Span::new(0, t.len()));
/// let got: Vec<_> = w.iter().map(|w| w.text(t)).collect();
/// assert_eq!(got, ["Maj.", "Gen.", "Igor", "Konashenkov", "a", "spokesman", "said", "on", "Sunday"]);
/// assert!(w[3].stop_after);
/// ```
pub fn words(text: &str, span: Span) -> Vec<Word> {
    let mut out = Vec::with_capacity(span.len() / 6);
    push_words(text, span, &mut out);
    out
}

/// The words of every sentence, in order, and each sentence's range of them
/// (`sentence.words`).
///
/// ```
/// use gazette::{segment::{sentences, words_of_sentences, Abbreviations}, Span};
/// let t = "He left. She stayed on.";
/// let mut s = sentences(t, &[Span::new(0, t.len())], &Abbreviations::default());
/// let w = words_of_sentences(t, &mut s);
/// assert_eq!(w[s[1].words.clone()].iter().map(|w| w.text(t)).collect::<Vec<_>>(), ["She", "stayed", "on"]);
/// ```
pub fn words_of_sentences(text: &str, sentences: &mut [Sentence]) -> Vec<Word> {
    let mut out = Vec::with_capacity(text.len() / 5 + 16);
    for s in sentences {
        let start = out.len();
        push_words(text, s.span, &mut out);
        s.words = Range { start, end: out.len() };
    }
    out
}

/// Appends the words of `span` to `out`.
pub(crate) fn push_words(text: &str, span: Span, out: &mut Vec<Word>) {
    // Byte by byte: this runs on every word of every document. All the
    // marks it trims are ASCII.
    let b = &text.as_bytes()[..span.end];
    let mut i = span.start;
    while i < b.len() {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let raw_start = i;
        i = crate::bytes::word_end(b, i);
        let mut s = raw_start;
        while s < i && matches!(b[s], b'"' | b'\'' | b'(' | b'[' | b'<' | b'-') {
            s += 1;
        }
        if s == i {
            continue;
        }
        // Most words end in a letter or digit: nothing to trim.
        if b[i - 1].is_ascii_alphanumeric() {
            out.push(Word { span: Span::new(s, i), stop_after: false });
            continue;
        }
        let mut e = i;
        let mut stop_after = false;
        loop {
            let before = e;
            while e > s
                && matches!(b[e - 1], b',' | b';' | b':' | b')' | b']' | b'>' | b'"' | b'!' | b'?')
            {
                e -= 1;
            }
            // A final period belongs to abbreviations and initials (U.S., W., Gen.).
            if e > s && b[e - 1] == b'.' {
                let inner = &text[s..e - 1];
                let short =
                    inner.len() <= 3 && inner.chars().next().is_some_and(char::is_uppercase);
                if !short && memchr::memchr(b'.', inner.as_bytes()).is_none() {
                    e -= 1;
                }
            }
            // "Ukrainians'": a plural possessive's mark.
            if e > s && b[e - 1] == b'\'' {
                e -= 1;
            }
            if e == before {
                break;
            }
            stop_after = true;
        }
        if e > s {
            out.push(Word { span: Span::new(s, e), stop_after });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn angle_brackets_round_a_name_are_no_part_of_its_words() {
        // The wires mark a company so: `<Noranda Inc> said`.
        let t = "<Noranda Inc> said <BCE> rose.";
        let w = words(t, Span::new(0, t.len()));
        let got: Vec<_> = w.iter().map(|w| w.text(t)).collect();
        assert_eq!(got, ["Noranda", "Inc", "said", "BCE", "rose"]);
        assert!(w[1].stop_after && w[3].stop_after);
    }
}
