//! The figure lexicons: number words, units and currencies, qualifiers and
//! categories (`numbers.tsv`, `units.tsv`, `qualifiers.txt`,
//! `figure_categories.tsv`).

use rustc_hash::FxHashMap as HashMap;

use crate::error::Result;
use crate::lexicon::DataFile;

/// What a number word does.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumberKind {
    /// A value of its own: `five`.
    Number,
    /// Multiplies what comes before: `million`.
    Scale,
    /// A scale written right after digits: `2bn`, `5m`.
    Attached,
    /// `two dozen`.
    Multiplier,
    /// `a quarter-million`, `half a million`.
    Fraction,
    /// `hundreds of`: no value.
    Vague,
}

/// The figure lexicons.
///
/// ```
/// let w = &gazette::Lexicons::builtin().figure_words;
/// assert_eq!(w.number("million").map(|n| n.0), Some(1e6));
/// assert_eq!(w.unit_word(&["per", "cent"]), Some((2, "percent")));
/// assert_eq!(w.category_of("refugees"), Some(("displaced", true)));
/// ```
#[derive(Debug, Clone, Default)]
pub struct FigureWords {
    numbers: HashMap<String, (f64, NumberKind)>,
    symbols: Vec<(String, String)>,
    unit_words: HashMap<String, String>,
    /// The category a unit gives its figure (`USD` → money).
    unit_categories: HashMap<String, String>,
    longest_unit: usize,
    /// Qualifier phrases, each as lower-case words, longest first.
    pub qualifiers: Vec<Vec<String>>,
    categories: HashMap<String, (String, bool)>,
    /// Categories in priority order (the order of first appearance in the file).
    pub category_order: Vec<String>,
    /// Words that end a counted noun phrase (`counted_stopwords.txt`).
    pub counted_stop: rustc_hash::FxHashSet<String>,
    /// First characters of the currency symbols.
    symbol_starts: Vec<char>,
    /// (first letter, length) of every number word: most words are turned
    /// away by one table lookup, before any hashing.
    shapes: [[bool; 17]; 26],
}

impl FigureWords {
    /// Parses the files (each may come from several folders).
    pub fn from_files(
        numbers: &[DataFile],
        units: &[DataFile],
        qualifiers: &[DataFile],
        categories: &[DataFile],
        counted_stop: &[DataFile],
    ) -> Result<Self> {
        let mut w = FigureWords::default();
        for file in numbers {
            for row in file.rows(3) {
                let (n, f) = row?;
                let value: f64 = f[1]
                    .parse()
                    .map_err(|_| file.error(n, format!("`{}` is not a number", f[1])))?;
                let kind = match f[2] {
                    "number" => NumberKind::Number,
                    "scale" => NumberKind::Scale,
                    "attached" => NumberKind::Attached,
                    "multiplier" => NumberKind::Multiplier,
                    "fraction" => NumberKind::Fraction,
                    "vague" => NumberKind::Vague,
                    other => return Err(file.error(n, format!("kind `{other}`: use number, scale, attached, multiplier, fraction or vague"))),
                };
                let word = f[0].to_lowercase();
                if let Some(first) = word.bytes().next().filter(u8::is_ascii_lowercase) {
                    if word.len() <= 16 {
                        w.shapes[(first - b'a') as usize][word.len()] = true;
                    }
                }
                w.numbers.insert(word, (value, kind));
            }
        }
        for file in units {
            for row in file.rows(4) {
                let (n, f) = row?;
                if !f[3].is_empty() {
                    w.unit_categories.insert(f[1].to_string(), f[3].to_string());
                }
                match f[2] {
                    "symbol" => w.symbols.push((f[0].to_string(), f[1].to_string())),
                    "word" => {
                        w.longest_unit = w.longest_unit.max(f[0].split_whitespace().count());
                        w.unit_words.insert(f[0].to_lowercase(), f[1].to_string());
                    }
                    other => {
                        return Err(file.error(n, format!("kind `{other}`: use symbol or word")))
                    }
                }
            }
        }
        // Longer symbols first: "US$" before "$".
        w.symbols.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        w.symbol_starts = w.symbols.iter().filter_map(|(s, _)| s.chars().next()).collect();
        for file in qualifiers {
            for (_, line) in file.lines() {
                w.qualifiers.push(line.split_whitespace().map(str::to_lowercase).collect());
            }
        }
        w.qualifiers.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        for file in counted_stop {
            w.counted_stop.extend(file.lines().map(|(_, l)| l.trim().to_lowercase()));
        }
        for file in categories {
            for row in file.rows(3) {
                let (_, f) = row?;
                if !w.category_order.iter().any(|c| c == f[1]) {
                    w.category_order.push(f[1].to_string());
                }
                w.categories.insert(f[0].to_lowercase(), (f[1].to_string(), f[2] == "yes"));
            }
        }
        Ok(w)
    }

    /// The value and kind of a number word. Runs on every word of every
    /// sentence, so it lower-cases into a stack buffer instead of allocating.
    pub fn number(&self, word: &str) -> Option<(f64, NumberKind)> {
        let b = word.as_bytes();
        if b.is_empty() || b.len() > 16 || !b[0].is_ascii_alphabetic() {
            return None;
        }
        if !self.shapes[(b[0].to_ascii_lowercase() - b'a') as usize][b.len()] {
            return None;
        }
        crate::lexicon::with_ascii_lower(word, |l| self.numbers.get(l).copied()).flatten()
    }

    /// The currency symbol `text` starts with, and its unit.
    pub fn symbol_at<'a>(&'a self, text: &str) -> Option<(&'a str, &'a str)> {
        let first = text.chars().next()?;
        if !self.symbol_starts.contains(&first) {
            return None;
        }
        self.symbols
            .iter()
            .find(|(s, _)| text.starts_with(s.as_str()))
            .map(|(s, u)| (s.as_str(), u.as_str()))
    }

    /// True when `sentence` may hold a figure: a digit, a currency symbol, or
    /// a number word. Most sentences hold none and are passed over; this is
    /// one pass over the bytes, hashing only words shaped like number words.
    pub fn may_hold_figure(&self, sentence: &str) -> bool {
        let b = sentence.as_bytes();
        if b.iter().any(|&c| c.is_ascii_digit() || c == b'$') {
            return true;
        }
        if !sentence.is_ascii()
            && sentence.chars().any(|c| !c.is_ascii() && self.symbol_starts.contains(&c))
        {
            return true;
        }
        sentence.split_ascii_whitespace().any(|raw| {
            let w = raw.trim_matches(|c: char| !c.is_ascii_alphabetic());
            let wb = w.as_bytes();
            !wb.is_empty()
                && wb.len() <= 16
                && (self.shapes[(wb[0].to_ascii_lowercase() - b'a') as usize][wb.len()]
                    || w.contains('-'))
                && w.split('-').any(|p| self.number(p).is_some())
        })
    }

    /// The unit named by the first words of `words` (lower case or not):
    /// how many words it takes and the unit.
    pub fn unit_word(&self, words: &[&str]) -> Option<(usize, &str)> {
        let mut key = String::new();
        let mut best = None;
        for (n, w) in words.iter().take(self.longest_unit).enumerate() {
            if n == 0 {
                let single = with_lower(w, |l| self.unit_words.get(l).map(|u| u.as_str()));
                if let Some(u) = single.flatten() {
                    best = Some((1, u));
                }
                if self.longest_unit == 1 {
                    break;
                }
            }
            if n > 0 {
                key.push(' ');
            }
            key.push_str(&w.to_lowercase());
            if n > 0 {
                if let Some(u) = self.unit_words.get(&key) {
                    best = Some((n + 1, u.as_str()));
                }
            }
        }
        best
    }

    /// The category a unit gives its figure, if any (`USD` → money).
    pub fn unit_category(&self, unit: &str) -> Option<&str> {
        self.unit_categories.get(unit).map(String::as_str)
    }

    /// The category of a word, and whether it names people.
    pub fn category_of(&self, word: &str) -> Option<(&str, bool)> {
        with_lower(word, |l| self.categories.get(l).map(|(c, p)| (c.as_str(), *p))).flatten()
    }

    /// A category's priority (lower wins).
    pub fn priority(&self, category: &str) -> usize {
        self.category_order.iter().position(|c| c == category).unwrap_or(usize::MAX)
    }
}

/// Runs `f` on `word` in lower case: without allocating for short ASCII
/// words ([`crate::lexicon::with_ascii_lower`]), allocated otherwise.
fn with_lower<T>(word: &str, f: impl Fn(&str) -> T) -> Option<T> {
    crate::lexicon::with_ascii_lower(word, &f).or_else(|| Some(f(&word.to_lowercase())))
}
