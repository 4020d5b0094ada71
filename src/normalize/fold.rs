//! The character folds normalisation applies, as one explicit table.
//!
//! Deliberately *not* NFKC: compatibility normalisation rewrites things the
//! figures stage must see as written (`1½` would become `11⁄2`, `²` would
//! become `2`). Only the folds below are made, each because a later stage
//! would otherwise need to know every variant.

/// What a character becomes in the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fold {
    /// Kept as it is.
    Keep,
    /// Replaced by one ASCII character.
    Char(char),
    /// Replaced by a short ASCII string.
    Str(&'static str),
    /// Removed (zero-width and invisible characters).
    Drop,
}

/// The fold for `c`.
///
/// ```
/// use gazette::normalize::{fold_char, Fold};
/// assert_eq!(fold_char('\u{2019}'), Fold::Char('\''));
/// assert_eq!(fold_char('\u{201c}'), Fold::Char('"'));
/// assert_eq!(fold_char('\u{2014}'), Fold::Char('-'));
/// assert_eq!(fold_char('\u{a0}'), Fold::Char(' '));
/// assert_eq!(fold_char('\u{1680}'), Fold::Char(' '));
/// assert_eq!(fold_char('\u{200b}'), Fold::Drop);
/// assert_eq!(fold_char('½'), Fold::Keep);
/// ```
pub fn fold_char(c: char) -> Fold {
    match c {
        // Quote marks: one double and one single mark, so the quote scanner and
        // the gazetteer matcher (`Ukraine’s` = `Ukraine's`) see one form.
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{ff02}' => {
            Fold::Char('"')
        }
        '\u{ab}' | '\u{bb}' => Fold::Char('"'),
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{ff07}' => {
            Fold::Char('\'')
        }
        // Dashes and the minus sign.
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}' => Fold::Char('-'),
        // Odd spaces: every whitespace beyond ASCII that `char::is_whitespace`
        // knows, so that later stages may split on ASCII whitespace alone.
        '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
            Fold::Char(' ')
        }
        '\u{85}' | '\u{2028}' | '\u{2029}' => Fold::Char('\n'),
        '\r' => Fold::Char('\n'),
        // Invisible characters: zero-width space/joiners, word joiner, BOM, soft hyphen.
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => Fold::Drop,
        '\u{2026}' => Fold::Str("..."),
        // Ligatures.
        '\u{fb00}' => Fold::Str("ff"),
        '\u{fb01}' => Fold::Str("fi"),
        '\u{fb02}' => Fold::Str("fl"),
        '\u{fb03}' => Fold::Str("ffi"),
        '\u{fb04}' => Fold::Str("ffl"),
        // Full-width digits and percent sign.
        '\u{ff10}'..='\u{ff19}' => Fold::Char(char::from(b'0' + (c as u32 - 0xff10) as u8)),
        '\u{ff05}' => Fold::Char('%'),
        _ => Fold::Keep,
    }
}
