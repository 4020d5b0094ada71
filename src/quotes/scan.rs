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

/// Double quote marks of a paragraph (after normalisation every curly or
/// angle double mark is `"`; wire copy's `''` and ``` `` ``` count too), as
/// `(start, end)` byte ranges.
fn double_marks(text: &str, para: Span) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = para.start;
    while i < para.end {
        match b[i] {
            b'"' => {
                out.push((i, i + 1));
                i += 1;
            }
            b'\'' | b'`' if i + 1 < para.end && b[i + 1] == b[i] => {
                out.push((i, i + 2));
                i += 2;
            }
            _ => i += 1,
        }
    }
    out
}

/// Single marks that open or close a quote (British style), not apostrophes:
/// an opening mark follows a space or bracket and precedes a letter; a
/// closing one follows a letter or punctuation and precedes a space or
/// punctuation.
fn single_marks(text: &str, para: Span) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut open = true;
    for i in para.start..para.end {
        if b[i] != b'\'' {
            continue;
        }
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

/// The quoted passages of one paragraph, in order. Marks pair up in turn
/// (so mismatched `"…”` pairs work); an odd last mark opens a quote that
/// runs to the paragraph's end.
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
    let mut out = Vec::new();
    let mut k = 0;
    while k < marks.len() {
        let (open_start, open_end) = marks[k];
        let (close_start, close_end, closed) = match marks.get(k + 1) {
            Some(&(s, e)) => (s, e, true),
            None => (para.end, para.end, false),
        };
        let inner = Span::new(open_end, close_start).trim(text);
        if !inner.is_empty() {
            out.push(Marked { text: inner, open: open_start, close: close_end, closed });
        }
        k += 2;
    }
    out
}
