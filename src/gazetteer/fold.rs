//! Folding text for matching: lower case, diacritics removed.

use unicode_normalization::char::decompose_canonical;

/// Appends the match key of `c` to `out`: ASCII lower-cased; other letters
/// decomposed with their combining marks dropped (`ï` → `i`), plus the few
/// letters that do not decompose (`ł` → `l`, `ø` → `o`, `ß` → `ss`).
///
/// ```
/// let mut s = String::new();
/// for c in "Kyïv ŁÓDŹ".chars() { gazette::gazetteer::fold_char_into(c, &mut s); }
/// assert_eq!(s, "kyiv lodz");
/// ```
pub fn fold_char_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(if is_line_break(c as u8) { ' ' } else { c.to_ascii_lowercase() });
        return;
    }
    match c {
        'ł' | 'Ł' => out.push('l'),
        'ø' | 'Ø' => out.push('o'),
        'đ' | 'Đ' => out.push('d'),
        'ı' => out.push('i'),
        'ß' => out.push_str("ss"),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        _ => decompose_canonical(c, |d| {
            if !unicode_normalization::char::is_combining_mark(d) {
                out.extend(d.to_lowercase());
            }
        }),
    }
}

/// `s` folded: lower case, no diacritics.
///
/// ```
/// assert_eq!(gazette::gazetteer::fold("Zelenskyy’s Kyïv"), "zelenskyy’s kyiv");
/// ```
pub fn fold(s: &str) -> String {
    // Most aliases and surfaces are ASCII: lower-casing is all there is.
    if s.is_ascii() {
        let out = s.to_ascii_lowercase();
        if out.bytes().any(is_line_break) {
            return out.replace(['\n', '\r', '\t'], " ");
        }
        return out;
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char_into(c, &mut out);
    }
    out
}

/// `s` with diacritics removed but case kept, to compare a match's surface
/// with an alias as written (`Kyïv` → `Kyiv`); a line break as a space, as
/// in [`Folded`] (`Soviet\nUnion` → `Soviet Union`).
pub fn strip_diacritics(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() && !s.bytes().any(is_line_break) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(if is_line_break(c as u8) { ' ' } else { c });
            continue;
        }
        let lower = c.is_lowercase();
        let start = out.len();
        fold_char_into(c, &mut out);
        if !lower && c.is_alphabetic() {
            let upper = out[start..].to_uppercase();
            out.truncate(start);
            out.push_str(&upper);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// True for the ASCII whitespace other than a space (a line break, a
/// tab): a name wrapped over two lines (`Soviet\nUnion`, as wire copy
/// breaks its lines) is its alias with a space in [`fold`], as in the
/// matcher's walk, which reads every control byte as a space
/// ([`crate::gazetteer::AliasMatcher::matches_at`]). (A blank line between
/// two words is two spaces, which no alias has.)
#[inline]
fn is_line_break(b: u8) -> bool {
    matches!(b, b'\n' | b'\r' | b'\t')
}

/// A text folded for matching, with the way back to the text's byte
/// offsets. (Line breaks are kept: the matcher reads them as spaces.) Folding changes lengths only at non-ASCII characters, so the map
/// keeps an anchor `(folded, text)` after each of them; between anchors the
/// two advance together.
#[derive(Debug, Default)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    anchors: Vec<(u32, u32)>,
}

impl Folded {
    /// Folds `text`.
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return Folded { text: text.to_ascii_lowercase(), anchors: Vec::new() };
        }
        let mut out = String::with_capacity(text.len());
        let mut anchors = Vec::new();
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            // ASCII runs are copied and lower-cased whole.
            let run = b[i..].iter().position(|c| !c.is_ascii()).unwrap_or(b.len() - i);
            if run > 0 {
                let from = out.len();
                out.push_str(&text[i..i + run]);
                out[from..].make_ascii_lowercase();
                i += run;
                continue;
            }
            let c = text[i..].chars().next().expect("at a character boundary");
            fold_char_into(c, &mut out);
            i += c.len_utf8();
            let next = i as u32;
            if out.len() as u32 != next || anchors.last().is_some_and(|&(f, t)| f != t) {
                anchors.push((out.len() as u32, next));
            }
        }
        Folded { text: out, anchors }
    }

    /// The text byte offset of folded byte offset `i` (`i` at a character
    /// boundary of the folded text, or its end).
    pub fn to_text(&self, i: usize) -> usize {
        let k = self.anchors.partition_point(|&(f, _)| f as usize <= i);
        match k {
            0 => i,
            _ => {
                let (f, t) = self.anchors[k - 1];
                t as usize + (i - f as usize)
            }
        }
    }

    /// The folded byte offset of text byte offset `t` (at a character boundary).
    pub fn from_text(&self, t: usize) -> usize {
        let k = self.anchors.partition_point(|&(_, x)| x as usize <= t);
        match k {
            0 => t,
            _ => {
                let (f, x) = self.anchors[k - 1];
                f as usize + (t - x as usize)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_offsets_map_back() {
        let text = "in Kyïv, Łódź";
        let f = Folded::new(text);
        assert_eq!(f.text, "in kyiv, lodz");
        let at = f.text.find("lodz").unwrap();
        assert_eq!(&text[f.to_text(at)..f.to_text(at + 4)], "Łódź");
        assert_eq!(f.from_text(text.find('Ł').unwrap()), at);
    }

    #[test]
    fn line_breaks_fold_to_spaces() {
        assert_eq!(fold("Soviet\nUnion"), "soviet union");
        assert_eq!(fold("Kyïv\nOblast"), "kyiv oblast");
        assert_eq!(fold("A\n\nB"), "a  b", "a blank line stays two spaces");
    }

    #[test]
    fn diacritics_stripped_case_kept() {
        assert_eq!(strip_diacritics("KYÏV Łódź"), "KYIV Lodz");
        assert_eq!(strip_diacritics("Soviet\nUnion"), "Soviet Union");
    }
}
