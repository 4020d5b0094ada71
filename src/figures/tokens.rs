//! Splitting a sentence into the tokens figures are read from: numbers,
//! currency symbols, words and marks.
//!
//! Sentences that hold a figure are about two fifths of the text, and most
//! of their tokens are plain words. The segmenter has already found every
//! word, so a word of ASCII letters followed by a space or a closing mark
//! becomes a token at once; everything else (numbers, symbols, marks,
//! abbreviations, words with apostrophes or hyphens) is read byte by byte by
//! [`Bytewise::step`]. Both ways give the same tokens: the fast way is taken only
//! where `step` would read exactly that word.

use super::lexicon::{FigureWords, NumberKind};
use crate::segment::Word;
use crate::span::Span;

/// A token of a sentence.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Tok<'l> {
    /// Digits: `1,500`, `2.5`, with a scale written onto them (`2bn`) and a
    /// `%` sign; `ordinal` for `4th`, `3D`.
    Num {
        span: Span,
        value: f64,
        digits: usize,
        has_sep: bool,
        percent: bool,
        ordinal: bool,
        compound: bool,
        /// A fraction written with a slash and no whole number (`1/4`): a
        /// figure only before a unit or `of` (`1/4 cent`); alone it is more
        /// often odds or a score (`a 5/4 favourite`, `(6/8)`).
        fraction: bool,
        /// A unit written onto the digits that the data marks a suffix
        /// (`345p`: pence).
        unit: Option<&'l str>,
    },
    /// A currency symbol before digits, and its unit.
    Symbol { span: Span, unit: &'l str },
    /// A word (letters, digits, hyphens, apostrophes); `number` when it is a
    /// number word up to its first hyphen (`twenty` of `twenty-one`).
    Word { span: Span, number: bool },
    /// Punctuation.
    Punct { span: Span, ch: char },
}

impl Tok<'_> {
    pub(crate) fn span(&self) -> Span {
        match self {
            Tok::Num { span, .. }
            | Tok::Symbol { span, .. }
            | Tok::Word { span, .. }
            | Tok::Punct { span, .. } => *span,
        }
    }

    pub(crate) fn word<'t>(&self, text: &'t str) -> Option<&'t str> {
        match self {
            Tok::Word { span, .. } => Some(span.slice(text)),
            _ => None,
        }
    }
}

/// Splits `sentence` into tokens (into `out`, which is cleared first).
/// `words` are the sentence's words from the segmenter.
pub(crate) fn tokens_into<'l>(
    text: &str,
    sentence: Span,
    words: &[Word],
    lex: &'l FigureWords,
    out: &mut Vec<Tok<'l>>,
) {
    out.clear();
    let b = text.as_bytes();
    let reader = Bytewise { text, sentence, lex };
    let mut i = sentence.start;
    for w in words {
        let (s, e) = (w.span.start, w.span.end);
        while i < s {
            // Mostly the one space between words.
            i = if b[i].is_ascii_whitespace() { i + 1 } else { reader.step(i, out) };
        }
        if i == s && plain_word(b, s, e, sentence.end) {
            let number = lex.number(&text[s..e]).is_some();
            out.push(Tok::Word { span: Span::new(s, e), number });
            i = e;
        }
        // Otherwise the steps before the next word read this one.
    }
    while i < sentence.end {
        i = reader.step(i, out);
    }
}

/// True when [`Bytewise::step`] at `s` would read exactly the word `s..e`: ASCII
/// letters only, then the sentence's end, a space, or a mark that does not
/// continue a word (a period only after three letters or more, where it
/// cannot be an abbreviation's).
#[inline]
fn plain_word(b: &[u8], s: usize, e: usize, end: usize) -> bool {
    if e <= s || crate::bytes::alpha_run_end(b, s, e) != e {
        return false;
    }
    if e == end {
        return true;
    }
    match b[e] {
        b' ' | b'\n' | b'\t' | b'\r' | b',' | b';' | b':' | b')' | b'"' | b'?' | b'!' => true,
        b'.' => e - s > 2,
        _ => false,
    }
}

/// Reading a sentence's tokens byte by byte.
struct Bytewise<'t, 'l> {
    text: &'t str,
    sentence: Span,
    lex: &'l FigureWords,
}

impl<'l> Bytewise<'_, 'l> {
    /// Reads the token at `i` (skipping whitespace) into `out` and returns
    /// where the next one may start.
    fn step(&self, i: usize, out: &mut Vec<Tok<'l>>) -> usize {
        let Bytewise { text, sentence, lex } = *self;
        let b = text.as_bytes();
        if b[i].is_ascii_whitespace() {
            return i + 1;
        }
        let ascii = b[i].is_ascii();
        let c = if ascii { b[i] as char } else { text[i..].chars().next().expect("in bounds") };
        // (ASCII whitespace was skipped above.)
        if !ascii && c.is_whitespace() {
            return i + c.len_utf8();
        }
        if let Some((sym, unit)) =
            lex.may_start_symbol(b[i]).then(|| lex.symbol_at(&text[i..sentence.end])).flatten()
        {
            let after = i + sym.len();
            if b.get(after).is_some_and(u8::is_ascii_digit) {
                out.push(Tok::Symbol { span: Span::new(i, after), unit });
                return after;
            }
        }
        if c.is_ascii_digit() {
            return self.number(i, out);
        }
        if if ascii { b[i].is_ascii_alphabetic() } else { c.is_alphabetic() } {
            // Letters, digits, apostrophes and inner hyphens; periods inside
            // abbreviations (U.S., p.m.). Byte by byte for ASCII.
            let mut dotted = false;
            // Most words are ASCII letters up to a space or a mark.
            let mut j = crate::bytes::alnum_run_end(b, i, sentence.end);
            while j < sentence.end {
                let d = b[j];
                let (ch, len) = if d.is_ascii() {
                    (d as char, 1)
                } else {
                    let ch = text[j..].chars().next().expect("in bounds");
                    (ch, ch.len_utf8())
                };
                if ch.is_alphanumeric()
                    || ch == '\''
                    || (ch == '-' && j > i)
                    || (ch == '.' && j > i && dotted)
                {
                    j += len;
                } else if ch == '.'
                    && j > i
                    && text[j + 1..].starts_with(|n: char| n.is_alphabetic())
                    && j - i <= 2
                {
                    j += 1; // U.S., p.m.
                    dotted = true;
                } else {
                    break;
                }
            }
            while j > i + 1 && matches!(b[j - 1], b'-' | b'\'') {
                j -= 1;
            }
            let first = before_hyphen(&text[i..j]);
            let number = lex.number(first);
            // A scale joined by a hyphen after digits is a word of its own,
            // so that it multiplies: before what it measures, `100 mln-dlr
            // aid`, `2.8 billion-dlr acquisition` (the rest then read as a
            // unit or the thing counted), or before the top of a range,
            // `1.5 million-2 million` (the hyphen then a mark).
            let after_digits = matches!(out.last(), Some(Tok::Num { .. }));
            if after_digits && first.len() < j - i && matches!(number, Some((_, NumberKind::Scale)))
            {
                let k = i + first.len();
                out.push(Tok::Word { span: Span::new(i, k), number: true });
                if b[k + 1].is_ascii_digit() {
                    out.push(Tok::Punct { span: Span::new(k, k + 1), ch: '-' });
                }
                return k + 1;
            }
            // A unit joined by a hyphen after an amount is a word of its
            // own, so that it is read as the unit: `300-mln-Canadian-dlr
            // takeover`, `3.16-billion-dlr-offer` (the rest is read next).
            if first.len() < j - i && after_amount(lex, text, out) {
                if let Some(k) = unit_before_hyphens(lex, &text[i..j]) {
                    let mut from = i;
                    for part in text[i..i + k].split('-') {
                        out.push(Tok::Word {
                            span: Span::new(from, from + part.len()),
                            number: false,
                        });
                        from += part.len() + 1;
                    }
                    return if i + k < j { i + k + 1 } else { j };
                }
            }
            out.push(Tok::Word { span: Span::new(i, j), number: number.is_some() });
            return j;
        }
        out.push(Tok::Punct { span: Span::new(i, i + c.len_utf8()), ch: c });
        i + c.len_utf8()
    }

    /// Reads the number at `i` (a digit) into `out` and returns where the next
    /// token may start.
    fn number(&self, i: usize, out: &mut Vec<Tok<'l>>) -> usize {
        let Bytewise { text, sentence, lex } = *self;
        let b = text.as_bytes();
        let start = i;
        let mut j = i;
        let mut has_sep = false;
        let mut seen_point = false;
        while j < sentence.end {
            let d = b[j];
            if d.is_ascii_digit() {
                j += 1;
            } else if d == b','
                && j + 3 < sentence.end + 1
                && b[j + 1..].iter().take(3).all(u8::is_ascii_digit)
                && !b.get(j + 4).is_some_and(u8::is_ascii_digit)
            {
                has_sep = true;
                j += 1;
            } else if d == b'.' && !seen_point && b.get(j + 1).is_some_and(u8::is_ascii_digit) {
                seen_point = true;
                j += 1;
            } else {
                break;
            }
        }
        let value_end = j;
        if b.get(j) == Some(&b'/') && b.get(j + 1).is_some_and(u8::is_ascii_digit) {
            if !seen_point && !has_sep {
                return self.slashed(start, j, out);
            }
            // A price with the other side of its quote written short
            // ("145.15/20 yen"): the first price, the rest kept in the span.
            // ("4.10/4.15": the other side may be written in full.)
            j = self.slash_groups(j, true).0;
        }
        let mut value = digits_value(&text[start..value_end]);
        // Vulgar fractions written onto the digits: "1½".
        if let Some(f) = text[j..sentence.end].chars().next().and_then(vulgar_fraction) {
            value += f;
            j += text[j..].chars().next().map_or(0, char::len_utf8);
        }
        // A minus sign right before the digits, after a space: "-3.2%".
        let negative = start > sentence.start
            && b[start - 1] == b'-'
            && (start - 1 == sentence.start || b[start - 2] == b' ' || b[start - 2] == b'(');
        let start = if negative { start - 1 } else { start };
        if negative {
            value = -value;
            if matches!(out.last(), Some(Tok::Punct { ch: '-', .. })) {
                out.pop();
            }
        }
        let digits = text[start..value_end].bytes().filter(u8::is_ascii_digit).count();
        // Letters written onto the digits: a scale (2bn), else an ordinal or a model (4th, 3D).
        let letters_end =
            j + text[j..sentence.end].bytes().take_while(u8::is_ascii_alphabetic).count();
        let mut ordinal = false;
        let mut scaled = false;
        let mut suffix = None;
        let mut end = j;
        if letters_end > j {
            let letters = &text[j..letters_end];
            let letters_alone = letters_end == crate::bytes::alnum_run_end(b, j, sentence.end);
            // A unit the data writes onto digits only (`345p`, `17.15p`).
            let suffix_unit = letters_alone.then(|| lex.suffix_unit(letters)).flatten();
            match lex.number(letters) {
                Some((scale, NumberKind::Attached | NumberKind::Scale)) => {
                    value *= scale;
                    end = letters_end;
                    scaled = true;
                }
                _ if suffix_unit.is_some() => {
                    suffix = suffix_unit;
                    end = letters_end;
                }
                // A unit of two letters or more written onto the digits
                // (`5km`, `40GB`, `100mph`): the number ends here and the
                // unit is read as the next word.
                _ if letters.len() >= 2 && letters_alone && lex.unit_word(&[letters]).is_some() => {
                }
                _ => {
                    // An ordinal, or a model with more digits after (`7E7`,
                    // `3B2/400`).
                    ordinal = true;
                    end = crate::bytes::alnum_run_end(b, letters_end, sentence.end);
                    while end + 1 < sentence.end
                        && b[end] == b'/'
                        && b[end + 1].is_ascii_alphanumeric()
                    {
                        end = crate::bytes::alnum_run_end(b, end + 1, sentence.end);
                    }
                }
            }
        }
        let percent = b.get(end) == Some(&b'%');
        if percent {
            end += 1;
        }
        // "nine-story", "24-hour", "22-year-old": a number made into an
        // adjective. But not an amount, which counts what it measures
        // whatever it describes: money (`£5m-a-year deal`, `$5-a-share`), a
        // scale on the digits or after them (`4bn-euro hole`,
        // `100-million-dollar contract`). The hyphen is passed over and
        // the rest read as words: the unit, what is counted.
        let hyphen_word =
            b.get(end) == Some(&b'-') && b.get(end + 1).is_some_and(u8::is_ascii_alphabetic);
        let amount = hyphen_word && {
            let money = matches!(out.last(), Some(Tok::Symbol { span, .. }) if span.end == start);
            let word_end = end
                + 1
                + text[end + 1..sentence.end].bytes().take_while(u8::is_ascii_alphabetic).count();
            let scale_next =
                matches!(lex.number(&text[end + 1..word_end]), Some((_, NumberKind::Scale)));
            money || scaled || scale_next
        };
        let compound = hyphen_word && !amount;
        out.push(Tok::Num {
            span: Span::new(start, end),
            value,
            digits,
            has_sep,
            percent,
            ordinal,
            compound,
            fraction: false,
            unit: suffix,
        });
        if amount {
            return end + 1;
        }
        end
    }

    /// The end of the groups of digits, each after a slash, from `i` (a
    /// slash), and how many there are; `points`: a group may hold a
    /// decimal point (a price, `4.10/4.15`).
    fn slash_groups(&self, mut i: usize, points: bool) -> (usize, usize) {
        let (b, end) = (self.text.as_bytes(), self.sentence.end);
        let part = |k: usize| {
            b[k].is_ascii_digit()
                || (points && b[k] == b'.' && b.get(k + 1).is_some_and(u8::is_ascii_digit))
        };
        let mut groups = 0;
        while i + 1 < end && b[i] == b'/' && b[i + 1].is_ascii_digit() {
            i += 1;
            while i < end && part(i) {
                i += 1;
            }
            groups += 1;
        }
        (i, groups)
    }

    /// Reads digits and slashes written together, the first slash at `slash`
    /// (`1/4`, `9/11`, `24/7`, `12/25/2020`). One small number over a usual
    /// denominator (2, 3, 4, 8, 16, 32, 64) and above it is a fraction, and
    /// joins a whole number written before it with a hyphen (`2-1/2` is
    /// 2.5; `2.11-3/4`, a price, is 2.1175: the fraction is of the last
    /// place). Anything else is a date, a score or a name, which counts
    /// nothing, and is read as a word.
    fn slashed(&self, start: usize, slash: usize, out: &mut Vec<Tok<'l>>) -> usize {
        let Bytewise { text, sentence, .. } = *self;
        let b = text.as_bytes();
        let (k, groups) = self.slash_groups(slash, false);
        let small = |s: &str| (s.len() <= 2).then(|| s.parse::<u32>().ok()).flatten();
        let fraction = match (small(&text[start..slash]), small(&text[slash + 1..k])) {
            (Some(n), Some(d)) if groups == 1 && n > 0 && n < d => {
                matches!(d, 2 | 3 | 4 | 8 | 16 | 32 | 64).then(|| f64::from(n) / f64::from(d))
            }
            _ => None,
        };
        // Letters written onto it: a fraction's ordinal ending (`2/3rds`),
        // else part of a name (`9/11s`).
        let letters_end =
            k + text[k..sentence.end].bytes().take_while(u8::is_ascii_alphabetic).count();
        let ending = &text[k..letters_end];
        let fraction = fraction.filter(|_| {
            ending.is_empty() || ["rd", "rds", "th", "ths", "nd", "nds"].contains(&ending)
        });
        let Some(fraction) = fraction else {
            out.push(Tok::Word { span: Span::new(start, letters_end), number: false });
            return letters_end;
        };
        let k = letters_end;
        let mut span_start = start;
        let mut alone = true;
        let mut value = fraction;
        if let [.., Tok::Num { span: whole, has_sep: false, percent: false, ordinal: false, .. }, Tok::Punct { ch: '-', span: dash }] =
            out.as_slice()
        {
            let plain = text[whole.start..whole.end]
                .bytes()
                .all(|c| c.is_ascii_digit() || c == b'.' || c == b'-');
            if plain && whole.end == dash.start && dash.end == start {
                // The whole's digits as an integer, the fraction added to its
                // last place, then scaled once: exact where the result can be.
                let digits = &text[whole.start..whole.end];
                let negative = digits.starts_with('-');
                let decimals = digits.find('.').map_or(0, |p| digits.len() - p - 1);
                let int = digits_value(&digits.replace(['.', '-'], ""));
                let magnitude = (int + fraction) / POWERS_OF_TEN[decimals.min(22)];
                value = if negative { -magnitude } else { magnitude };
                span_start = whole.start;
                alone = false;
                out.truncate(out.len() - 2);
            }
        }
        let mut end = k;
        let percent = b.get(end) == Some(&b'%');
        if percent {
            end += 1;
        }
        let compound =
            b.get(end) == Some(&b'-') && b.get(end + 1).is_some_and(u8::is_ascii_alphabetic);
        let digits = text[span_start..k].bytes().filter(u8::is_ascii_digit).count();
        out.push(Tok::Num {
            span: Span::new(span_start, end),
            value,
            digits,
            has_sep: false,
            percent,
            ordinal: false,
            compound,
            fraction: alone,
            unit: None,
        });
        end
    }
}

/// Exact powers of ten: every one up to 10^22 is a double.
const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The value of digits with thousands separators and at most one point
/// (`1,500`, `2.5`). Up to 15 digits the digits make an exact integer and
/// one division by an exact power of ten rounds once, so the result is the
/// same double `str::parse` gives, without its general-purpose reader
/// (`digits_read_as_the_standard_parser_reads_them` checks this).
fn digits_value(s: &str) -> f64 {
    let mut int: u64 = 0;
    let mut digits = 0;
    let mut decimals = 0;
    let mut point = false;
    for &c in s.as_bytes() {
        match c {
            b'0'..=b'9' => {
                if digits < 15 {
                    int = int * 10 + u64::from(c - b'0');
                }
                digits += 1;
                decimals += usize::from(point);
            }
            b'.' => point = true,
            _ => {}
        }
    }
    if digits <= 15 {
        return int as f64 / POWERS_OF_TEN[decimals];
    }
    s.replace(',', "").parse().unwrap_or(0.0)
}

/// True when the last token is digits or a scale word: an amount, which a
/// unit may follow.
fn after_amount(lex: &FigureWords, text: &str, out: &[Tok]) -> bool {
    match out.last() {
        Some(Tok::Num { .. }) => true,
        Some(Tok::Word { span, number: true }) => {
            matches!(lex.number(span.slice(text)), Some((_, NumberKind::Scale)))
        }
        _ => false,
    }
}

/// The length of the first parts of `word`, between hyphens, that make a
/// unit (`Canadian-dlr` whole, `dlr-a-year` → `dlr`); not a name in
/// capitals (`FT-SE`, an index).
fn unit_before_hyphens(lex: &FigureWords, word: &str) -> Option<usize> {
    if !word.bytes().any(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let parts: Vec<&str> = word.split('-').collect();
    let (n, _) = lex.unit_word(&parts)?;
    Some(parts[..n].iter().map(|p| p.len()).sum::<usize>() + n - 1)
}

/// A word up to its first hyphen (`twenty` of `twenty-one`).
fn before_hyphen(w: &str) -> &str {
    w.bytes().position(|c| c == b'-').map_or(w, |k| &w[..k])
}

/// The value of a vulgar fraction character.
fn vulgar_fraction(c: char) -> Option<f64> {
    match c {
        '½' => Some(0.5),
        '¼' => Some(0.25),
        '¾' => Some(0.75),
        '⅓' => Some(1.0 / 3.0),
        '⅔' => Some(2.0 / 3.0),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::words;

    /// The tokens `step` alone gives: what the fast way must match.
    fn stepped<'l>(text: &str, lex: &'l FigureWords) -> Vec<Tok<'l>> {
        let reader = Bytewise { text, sentence: Span::new(0, text.len()), lex };
        let mut out = Vec::new();
        let mut i = 0;
        while i < text.len() {
            i = reader.step(i, &mut out);
        }
        out
    }

    #[test]
    fn words_taken_whole_read_as_step_reads_them() {
        let lex = crate::Lexicons::builtin();
        let fw = &lex.figure_words;
        for text in [
            "Some 1,500 people, the U.S. said (on Sunday): \"twenty-one\" of its troops.",
            "It cost $2.5bn or £5m, up -3.2% at 3 p.m. in Kyiv's centre; x/five or 1½.",
            "A quarter-million fled. He is an ex-officer? No! Ms. Li at 10:30 to 0930 GMT.",
            "Ukrainians' homes -five (seven) 'nine' [ten] of.The a.m. e.g. U.N.-led.",
            "  tabs\tand\u{a0}wide\u{2003}spaces café naïve ½ 2½ 3rd 4th 737s  ",
        ] {
            let sentence = Span::new(0, text.len());
            let mut fast = Vec::new();
            tokens_into(text, sentence, &words(text, sentence), fw, &mut fast);
            assert_eq!(fast, stepped(text, fw), "{text}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

        /// Any mix of words, numbers, marks and odd spaces: the fast way
        /// gives what reading byte by byte gives.
        #[test]
        fn any_text_reads_as_step_reads_it(
            pieces in proptest::collection::vec(proptest::prop_oneof![
                proptest::strategy::Just("five ".to_string()),
                proptest::strategy::Just("U.S. ".to_string()),
                proptest::strategy::Just("$2.5bn, ".to_string()),
                proptest::strategy::Just("1,500-strong ".to_string()),
                proptest::strategy::Just("x/five ".to_string()),
                proptest::strategy::Just("p.m. ".to_string()),
                proptest::strategy::Just("\u{a0}½ ".to_string()),
                "[ -~]{0,10}",
                "\\PC{0,4}",
            ], 0..20)
        ) {
            let text = pieces.concat();
            let lex = crate::Lexicons::builtin();
            let fw = &lex.figure_words;
            let sentence = Span::new(0, text.len());
            let mut fast = Vec::new();
            tokens_into(&text, sentence, &words(&text, sentence), fw, &mut fast);
            proptest::prop_assert_eq!(fast, stepped(&text, fw), "{:?}", text);
        }
    }

    #[test]
    fn digits_read_as_the_standard_parser_reads_them() {
        for s in [
            "0",
            "7",
            "1,500",
            "2.5",
            "0.1",
            "12,345,678.125",
            "3.14159",
            "0.3",
            "999999999999999",
            "1234567890123456789",
        ] {
            let plain = s.replace(',', "").parse::<f64>().unwrap();
            assert_eq!(digits_value(s).to_bits(), plain.to_bits(), "{s}");
        }
    }
}
