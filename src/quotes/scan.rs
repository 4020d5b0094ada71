//! Finding quote marks and pairing them, paragraph by paragraph.

use crate::span::Span;

/// A quoted passage inside one paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marked {
    /// The text between the marks, trimmed.
    pub text: Span,
    /// Byte of the opening mark.
    pub open: usize,
    /// Byte just past the closing mark, or the paragraph's end when the
    /// quote runs on into the next paragraph.
    pub close: usize,
    /// The closing mark was found in this paragraph.
    pub closed: bool,
}

/// The wire's closing mark `''`, searched for in every paragraph: the
/// searcher is built once.
static WIRE_CLOSE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"''"));

/// Double quote marks of a paragraph (after normalisation every curly or
/// angle double mark is `"`; wire copy's `''` and ``` `` ``` count too), as
/// `(start, end)` byte ranges.
fn double_marks(text: &str, para: Span) -> Vec<(usize, usize)> {
    let b = &text.as_bytes()[..para.end];
    let mut out = Vec::new();
    // `"` and ``` `` ``` by memchr: both bytes are rare, so most of a
    // paragraph is skipped unread.
    let mut i = para.start;
    while let Some(off) = memchr::memchr2(b'"', b'`', &b[i..]) {
        let at = i + off;
        if b[at] == b'"' {
            if !apostrophe_typed_as_mark(b, at) {
                out.push((at, at + 1));
            }
            i = at + 1;
        } else if b.get(at + 1) == Some(&b'`') {
            out.push((at, at + 2));
            i = at + 2;
        } else {
            i = at + 1;
        }
    }
    // `''` apart: apostrophes are common, pairs of them rare.
    let pairs =
        WIRE_CLOSE.find_iter(&b[para.start..]).map(|k| (para.start + k, para.start + k + 2));
    let mut pairs = pairs.peekable();
    if pairs.peek().is_some() {
        out.extend(pairs);
        out.sort_unstable();
    }
    out
}

/// True when the `"` at `at` stands for an apostrophe, as mistyped copy
/// has it (`Pakistan"s progress`, `don"t`): between a letter and the
/// ending of a possessive or a contraction. Paired as a mark it would open
/// a quote in the middle of a word and pair off every mark after it.
fn apostrophe_typed_as_mark(b: &[u8], at: usize) -> bool {
    if at == 0 || !b[at - 1].is_ascii_alphabetic() {
        return false;
    }
    let rest = &b[at + 1..];
    ["s", "t", "m", "d", "ll", "re", "ve"].iter().any(|end| {
        rest.starts_with(end.as_bytes())
            && !rest.get(end.len()).is_some_and(|c| c.is_ascii_alphanumeric())
    })
}

/// Single marks that open or close a quote (British style), not apostrophes:
/// an opening mark follows a space or bracket and precedes a letter; a
/// closing one follows a letter or punctuation and precedes a space or
/// punctuation.
fn single_marks(text: &str, para: Span) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut open = true;
    for i in memchr::memchr_iter(b'\'', &b[para.start..para.end]).map(|k| para.start + k) {
        let prev = if i > para.start { b[i - 1] } else { b' ' };
        let next = if i + 1 < para.end { b[i + 1] } else { b' ' };
        let can_open = matches!(prev, b' ' | b'(' | b'[' | b'\n') && next.is_ascii_alphanumeric();
        let can_close = (prev.is_ascii_alphanumeric() || matches!(prev, b'.' | b',' | b'!' | b'?'))
            && (matches!(next, b' ' | b'\n' | b'.' | b',' | b';' | b':' | b')' | b'!' | b'?'));
        if open && can_open {
            out.push((i, i + 1));
            open = false;
        } else if !open && can_close && !(prev == b's' && out.len() % 2 == 0) {
            out.push((i, i + 1));
            open = true;
        }
    }
    if out.len() % 2 == 1 {
        out.pop();
    }
    out
}

/// Which way a straight mark faces, judged by its neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Facing {
    /// After a space or bracket, before a word: `"We`.
    Open,
    /// After a word or punctuation, before a space or punctuation: `now,"`.
    Close,
    /// Cannot tell (`a"b`).
    Either,
}

fn facing(text: &str, para: Span, (start, end): (usize, usize)) -> Facing {
    let b = text.as_bytes();
    let prev = if start > para.start { b[start - 1] } else { b' ' };
    let next = if end < para.end { b[end] } else { b' ' };
    let space_before = matches!(prev, b' ' | b'\n' | b'\t' | b'(' | b'[' | b'-' | b'/');
    let space_after = matches!(
        next,
        b' ' | b'\n' | b'\t' | b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'-'
    );
    match (space_before, space_after) {
        (true, false) => Facing::Open,
        (false, true) => Facing::Close,
        _ => Facing::Either,
    }
}

/// The quoted passages of one paragraph, in order. Straight marks are told
/// apart by their neighbours (`"We` opens, `now,"` closes), so mismatched
/// pairs (`"…”`) pair up, and an opening mark met inside an open quote starts
/// a new quote: the old one ran on unclosed, as a quote carried over a
/// paragraph break does when a dump has lost the break. A quote still open
/// at the paragraph's end runs to it.
///
/// ```
/// use gazette::{quotes::marked_in, Span};
/// let t = "\"We are safe,\" he said. \"Stay home.";
/// let q = marked_in(t, Span::new(0, t.len()));
/// assert_eq!(q.len(), 2);
/// assert_eq!(q[0].text.slice(t), "We are safe,");
/// assert_eq!(q[1].text.slice(t), "Stay home.");
/// assert!(!q[1].closed);
/// ```
pub fn marked_in(text: &str, para: Span) -> Vec<Marked> {
    let mut marks = double_marks(text, para);
    if marks.is_empty() {
        marks = single_marks(text, para);
    }
    drop_labels(text, para, &mut marks);
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut push = |open: (usize, usize), close_start: usize, close_end: usize, closed: bool| {
        let inner = Span::new(open.1, close_start).trim(text);
        if !inner.is_empty() {
            out.push(Marked { text: inner, open: open.0, close: close_end, closed });
        }
    };
    for &mark in &marks {
        match (open, facing(text, para, mark)) {
            (None, Facing::Close) => {} // closes a quote opened before this paragraph
            (None, _) => open = Some(mark),
            (Some(o), Facing::Open) => {
                push(o, mark.0, mark.0, false);
                open = Some(mark);
            }
            (Some(o), _) => {
                push(o, mark.0, mark.1, true);
                open = None;
            }
        }
    }
    if let Some(o) = open {
        push(o, para.end, para.end, false);
    }
    out
}

/// Removes the marks around a label of one letter or digit (`the "B"
/// shares`, `grade "C" sugar`): no quote, and inside one no end of it, so
/// the marks around the whole quote pair up.
fn drop_labels(text: &str, para: Span, marks: &mut Vec<(usize, usize)>) {
    let label = |a: (usize, usize), b: (usize, usize)| {
        // (A few bytes at most: most pairs are whole quotes, not read.)
        if b.0 - a.1 > 8 {
            return false;
        }
        let inner = text[a.1..b.0].trim();
        !inner.is_empty()
            && inner.chars().count() <= 2
            && inner.chars().filter(|c| c.is_alphanumeric()).count() == 1
            && facing(text, para, a) != Facing::Close
            && facing(text, para, b) != Facing::Open
    };
    let mut k = 0;
    while k + 1 < marks.len() {
        if label(marks[k], marks[k + 1]) {
            marks.drain(k..k + 2);
        } else {
            k += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_marks_pair_up_in_text_order_among_apostrophes() {
        let t = "``It's over,'' he said. \"Don't\" and '''x'' ``";
        let marks = double_marks(t, Span::new(0, t.len()));
        let at = |s: &str| t.find(s).unwrap();
        assert_eq!(
            marks,
            [
                (0, 2),
                (at("'' he"), at("'' he") + 2),
                (at("\"Don't"), at("\"Don't") + 1),
                (at("\" and"), at("\" and") + 1),
                (at("'''x"), at("'''x") + 2),
                (at("x''") + 1, at("x''") + 3),
                (t.len() - 2, t.len()),
            ]
        );
        let q = marked_in(t, Span::new(0, t.len()));
        assert_eq!(q[0].text.slice(t), "It's over,");
    }

    #[test]
    fn an_apostrophe_typed_as_a_mark_opens_no_quote() {
        let t = "The bank, citing Pakistan\"s progress, said it agreed. \"It is a step,\" he said.";
        let q = marked_in(t, Span::new(0, t.len()));
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].text.slice(t), "It is a step,");
        // A mark before a word is still one (`said"I`, `of"squabbling`).
        let t = "He accused them of\"squabbling like schoolboys\".";
        let q = marked_in(t, Span::new(0, t.len()));
        assert_eq!(q[0].text.slice(t), "squabbling like schoolboys");
    }

    #[test]
    fn a_label_in_marks_is_no_quote_and_ends_none() {
        let quoted = |t: &str| -> Vec<String> {
            marked_in(t, Span::new(0, t.len()))
                .iter()
                .map(|m| m.text.slice(t).to_string())
                .collect()
        };
        assert!(quoted("It holds the \"B\" shares and the \"A\" ones.").is_empty());
        assert_eq!(
            quoted("\"A rise would make \"C\" sugar worthwhile,\" the spokesman said."),
            ["A rise would make \"C\" sugar worthwhile,"]
        );
        assert_eq!(quoted("\"No,\" he said. \"X\" marks the spot."), ["No,"]);
    }
}
