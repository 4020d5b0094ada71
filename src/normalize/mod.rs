//! The **normalise** stage: NFC plus explicit folds, with an offset map.
//!
//! Later stages work on [`NormText::text`], where quote marks, dashes and
//! spaces each have one form and line ends are `\n`. Every span they find is
//! turned back into character offsets of the *original* text through
//! [`NormText::to_original`], so output offsets always slice what the user fed
//! in (`text[start:end]` in Python).

mod fold;
mod offsets;

use unicode_normalization::{
    char::is_combining_mark, is_nfc_quick, IsNormalized, UnicodeNormalization,
};

pub use fold::{fold_char, Fold};
pub use offsets::OffsetMap;

/// Normalised text and the way back to the original.
///
/// ```
/// let norm = gazette::normalize::normalize("“Kyïv’s” mayor\u{a0}said");
/// assert_eq!(norm.text, "\"Kyïv's\" mayor said");
/// // "mayor" starts at byte 10 of the normalised text, character 9 of the original.
/// let at = norm.text.find("mayor").unwrap();
/// assert_eq!((at, norm.to_original(at)), (10, 9));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NormText {
    /// The normalised text; internal spans are byte offsets into it.
    pub text: String,
    /// Normalised byte offset → original character offset.
    pub map: OffsetMap,
    /// Length of the original text in characters.
    pub original_chars: usize,
}

impl NormText {
    /// The original character offset of normalised byte offset `byte`.
    pub fn to_original(&self, byte: usize) -> usize {
        self.map.to_original(byte)
    }
}

/// Normalises `original`: Unicode NFC, then the folds of [`fold_char`]
/// (quote marks, dashes, odd spaces, invisible characters, ellipsis,
/// ligatures, full-width digits), and `\r\n` / `\r` line ends to `\n`.
///
/// ```
/// let norm = gazette::normalize::normalize("a\r\nb");
/// assert_eq!(norm.text, "a\nb");
/// assert_eq!(norm.to_original(2), 3); // "b"
/// ```
pub fn normalize(original: &str) -> NormText {
    let original_chars = original.chars().count();
    if original.is_ascii() && memchr::memchr(b'\r', original.as_bytes()).is_none() {
        let map = OffsetMap::new();
        return NormText { text: original.to_string(), map, original_chars };
    }
    let nfc_needed = is_nfc_quick(original.chars()) != IsNormalized::Yes;
    let mut out = String::with_capacity(original.len());
    let mut map = OffsetMap::new();
    let b = original.as_bytes();
    let mut i = 0usize; // byte offset of the next character
    let mut ci = 0usize; // its original character index
    let mut chunk = String::new();
    let char_at = |i: usize| original[i..].chars().next();
    while i < b.len() {
        // A run of ASCII (no '\r') is copied as it is, in one go, but for a
        // last character that a combining mark after it composes with.
        let run = b[i..].iter().position(|&x| x >= 0x80 || x == b'\r').unwrap_or(b.len() - i);
        if run > 0 {
            let mut end = i + run;
            if nfc_needed && end < b.len() && char_at(end).is_some_and(is_combining_mark) {
                end -= 1;
            }
            out.push_str(&original[i..end]);
            ci += end - i;
            i = end;
            if i == b.len() || b[i] >= 0x80 || b[i] == b'\r' {
                continue;
            }
        }
        let c = char_at(i).expect("at a character boundary");
        i += c.len_utf8();
        let composes = nfc_needed && char_at(i).is_some_and(is_combining_mark);
        let start = ci;
        ci += 1;
        if c == '\r' && b.get(i) == Some(&b'\n') {
            map.push(out.len(), ci); // drop the '\r' of "\r\n"
            continue;
        }
        if composes {
            // A base and its combining marks: compose, then fold what results.
            chunk.clear();
            chunk.push(c);
            while let Some(n) = char_at(i).filter(|&n| is_combining_mark(n)) {
                chunk.push(n);
                i += n.len_utf8();
                ci += 1;
            }
            for composed in chunk.nfc() {
                emit(&mut out, &mut map, composed, start);
            }
        } else if nfc_needed && !is_combining_mark(c) {
            // A lone character can still change under NFC (e.g. U+212B ANGSTROM SIGN).
            let mut one = [0u8; 4];
            for composed in c.encode_utf8(&mut one).nfc() {
                emit(&mut out, &mut map, composed, start);
            }
        } else {
            emit(&mut out, &mut map, c, start);
        }
        map.push(out.len(), ci);
    }
    NormText { text: out, map, original_chars }
}

/// Appends the fold of `c`, whose original starts at character `orig`.
fn emit(out: &mut String, map: &mut OffsetMap, c: char, orig: usize) {
    match fold_char(c) {
        Fold::Keep => {
            map.push(out.len(), orig);
            out.push(c);
        }
        Fold::Char(r) => {
            map.push(out.len(), orig);
            out.push(r);
        }
        Fold::Str(s) => {
            for r in s.chars() {
                map.push(out.len(), orig);
                out.push(r);
            }
        }
        Fold::Drop => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Original character slice for a normalised byte range.
    fn orig_slice(orig: &str, n: &NormText, a: usize, b: usize) -> String {
        let (s, e) = (n.to_original(a), n.to_original(b));
        orig.chars().skip(s).take(e - s).collect()
    }

    #[test]
    fn ascii_is_untouched_with_one_anchor() {
        let n = normalize("Plain \"ASCII\" text.");
        assert_eq!(n.text, "Plain \"ASCII\" text.");
        assert_eq!(n.map.anchors(), 1);
    }

    #[test]
    fn composes_combining_marks() {
        let orig = "Kyi\u{308}v said";
        let n = normalize(orig);
        assert_eq!(n.text, "Kyïv said");
        let at = n.text.find("said").unwrap();
        assert_eq!(orig_slice(orig, &n, at, at + 4), "said");
        assert_eq!(orig_slice(orig, &n, 0, n.text.find(' ').unwrap()), "Kyi\u{308}v");
    }

    #[test]
    fn keeps_vulgar_fractions() {
        assert_eq!(normalize("1½ miles").text, "1½ miles");
    }

    #[test]
    fn ellipsis_expands_and_maps_back() {
        let orig = "Wait… what";
        let n = normalize(orig);
        assert_eq!(n.text, "Wait... what");
        let at = n.text.find("what").unwrap();
        assert_eq!(orig_slice(orig, &n, at, at + 4), "what");
        assert_eq!(orig_slice(orig, &n, 4, 7), "…");
    }

    #[test]
    fn invisible_characters_vanish() {
        let orig = "Zel\u{ad}ensky\u{200b} said";
        let n = normalize(orig);
        assert_eq!(n.text, "Zelensky said");
        let at = n.text.find("said").unwrap();
        assert_eq!(orig_slice(orig, &n, at, at + 4), "said");
    }

    #[test]
    fn marks_compose_wherever_the_ascii_runs_end() {
        // A one-character run, a mark after a non-ASCII letter, a mark at
        // the very end, and '\r' between runs.
        let orig = "e\u{301} “cafe\u{301}”\r\nÅ\u{30a}x\ro\u{308}";
        let n = normalize(orig);
        assert_eq!(n.text, "é \"café\"\nÅ\u{30a}x\nö");
        let at = n.text.find('x').unwrap();
        assert_eq!(orig_slice(orig, &n, at, at + 1), "x");
        assert_eq!(orig_slice(orig, &n, at + 2, n.text.len()), "o\u{308}");
        assert_eq!(orig_slice(orig, &n, 0, 2), "e\u{301}");
    }

    #[test]
    fn line_ends() {
        assert_eq!(normalize("a\r\n\r\nb\rc").text, "a\n\nb\nc");
    }
}
