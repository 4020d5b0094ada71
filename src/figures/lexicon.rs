//! The figure lexicons: number words, units and currencies, qualifiers and
//! categories (`numbers.tsv`, `units.tsv`, `qualifiers.txt`,
//! `figure_categories.tsv`).

use rustc_hash::FxHashMap as HashMap;

use crate::lexicon::{WordMap, WordSet};
use crate::segment::Word;
use crate::span::Span;

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
    /// Makes the scale after it vague: `several thousand`, `a few
    /// hundred` (no value); nothing without one.
    Approximate,
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
    numbers: WordMap<(f64, NumberKind)>,
    symbols: Vec<(String, String)>,
    /// Units written onto digits only, as written (`p`: `345p`).
    suffixes: Vec<(String, String)>,
    unit_words: WordMap<String>,
    /// The category a unit gives its figure (`USD` → money).
    unit_categories: HashMap<String, String>,
    longest_unit: usize,
    /// Qualifier phrases, each as lower-case words, longest first.
    pub qualifiers: Vec<Vec<String>>,
    /// The last words of the qualifier phrases: a figure with any other word
    /// before it has no qualifier.
    qualifier_ends: WordSet,
    /// The first words of units of more than one word (`per cent`).
    unit_starts: WordSet,
    /// Words that can make number words a figure: units and their first
    /// words, words with a category, vague amounts (`hundreds`).
    counting: WordSet,
    /// Each word's category (an index into `category_order`) and whether
    /// it names people.
    categories: WordMap<(usize, bool)>,
    /// Words that end a row of two words (`bodies` of `public bodies`):
    /// their category depends on the word before them.
    paired: WordSet,
    /// Categories in priority order (the order of first appearance in the file).
    pub category_order: Vec<String>,
    /// Words that end a counted noun phrase (`counted_stopwords.txt`).
    pub counted_stop: WordSet,
    /// Words after `<number>m` that make it metres (`metre_words.txt`).
    pub metre_words: WordSet,
    /// Words before a number below 1800 that make it a year (`year_words.txt`).
    pub year_words: WordSet,
    /// Words in -ed that are no participles (`not_participles.txt`).
    pub not_participles: WordSet,
    /// Words before `half` that make it no share (`half_positions.txt`).
    pub half_positions: WordSet,
    /// Words before `from X to Y` that make it a change, two figures
    /// (`change_words.txt`).
    pub change_words: WordSet,
    /// Words before `from X to Y` that keep it a range (`range_words.txt`).
    pub range_words: WordSet,
    /// Words after a number that make it a clock time (`time_words.txt`).
    pub time_words: WordSet,
    /// Unit words written with a capital in `units.tsv` (`MHz`, `Mbps`):
    /// so written after a number they are units, not a name's words.
    pub capitalised_units: crate::lexicon::ExactWordSet,
    /// Peoples in the plural, as written (`Americans`, `Iraqis`; the
    /// plurals of `demonyms.tsv`): after a number they are what it counts,
    /// people, though written with a capital ("killed 37 Americans").
    pub peoples: crate::lexicon::ExactWordSet,
    /// Words between two figures that make the second one a value of the
    /// first one's measure (`measure_links.txt`).
    pub measure_links: WordSet,
    /// Words before a percentage or a span of time that make it a level
    /// rather than a change (`level_words.txt`).
    pub level_words: WordSet,
    /// Nouns that number words alone do not count, idioms' (`two sides to
    /// every story`; `idiom_nouns.txt`).
    pub idiom_nouns: WordSet,
    /// Month and day names, as written: a number next to one is a date
    /// (`calendar_words.txt`).
    pub calendar: crate::lexicon::ExactWordSet,
    /// First bytes of the currency symbols, as a bit set: the symbol table
    /// is searched only at these.
    symbol_first_bytes: [u64; 4],
    /// The first three letters of the number words that stand alone: a
    /// word of letters that starts with none of them is no number word.
    number_prefixes: PrefixSet,
    /// The length of the shortest number word that stands alone.
    shortest_number: usize,
}

/// The figures stage's word lists, one word per line, each from several
/// folders.
#[derive(Clone, Copy)]
pub struct WordListFiles<'a> {
    /// `counted_stopwords.txt`.
    pub counted_stop: &'a [DataFile],
    /// `metre_words.txt`.
    pub metre_words: &'a [DataFile],
    /// `year_words.txt`.
    pub year_words: &'a [DataFile],
    /// `not_participles.txt`.
    pub not_participles: &'a [DataFile],
    /// `half_positions.txt`.
    pub half_positions: &'a [DataFile],
    /// `change_words.txt`.
    pub change_words: &'a [DataFile],
    /// `range_words.txt`.
    pub range_words: &'a [DataFile],
    /// `time_words.txt`.
    pub time_words: &'a [DataFile],
    /// `measure_links.txt`.
    pub measure_links: &'a [DataFile],
    /// `level_words.txt`.
    pub level_words: &'a [DataFile],
    /// `idiom_nouns.txt`.
    pub idiom_nouns: &'a [DataFile],
    /// `calendar_words.txt`.
    pub calendar: &'a [DataFile],
}

impl FigureWords {
    /// Parses the files (each may come from several folders).
    pub fn from_files(
        numbers: &[DataFile],
        units: &[DataFile],
        qualifiers: &[DataFile],
        categories: &[DataFile],
        lists: WordListFiles,
    ) -> Result<Self> {
        let mut w = FigureWords { shortest_number: usize::MAX, ..FigureWords::default() };
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
                    "approximate" => NumberKind::Approximate,
                    other => return Err(file.error(n, format!("kind `{other}`: use number, scale, attached, multiplier, fraction, vague or approximate"))),
                };
                w.numbers.insert(f[0], (value, kind));
                // (Those that make no figure without a scale after them,
                // itself a number word, do not send a sentence to be read.)
                if !matches!(kind, NumberKind::Attached | NumberKind::Approximate) {
                    w.shortest_number = w.shortest_number.min(f[0].len());
                    if let [a, b, c, ..] = *f[0].as_bytes() {
                        w.number_prefixes.insert(a, b, c);
                    }
                }
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
                    "suffix" => w.suffixes.push((f[0].to_string(), f[1].to_string())),
                    "word" => {
                        let mut words = f[0].split_whitespace();
                        if let (Some(first), Some(_)) = (words.next(), words.next()) {
                            w.unit_starts.insert(first, ());
                        }
                        w.longest_unit = w.longest_unit.max(f[0].split_whitespace().count());
                        w.unit_words.insert(f[0], f[1].to_string());
                        if f[0].chars().any(char::is_uppercase) {
                            w.capitalised_units.insert(f[0]);
                        }
                    }
                    other => {
                        return Err(
                            file.error(n, format!("kind `{other}`: use symbol, word or suffix"))
                        )
                    }
                }
            }
        }
        // Longer symbols first: "US$" before "$".
        w.symbols.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        for (s, _) in &w.symbols {
            if let Some(&b) = s.as_bytes().first() {
                w.symbol_first_bytes[b as usize / 64] |= 1 << (b % 64);
            }
        }
        for file in qualifiers {
            for (_, line) in file.lines() {
                w.qualifiers.push(line.split_whitespace().map(str::to_lowercase).collect());
            }
        }
        w.qualifiers.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        for q in &w.qualifiers {
            if let Some(last) = q.last() {
                w.qualifier_ends.insert(last, ());
            }
        }
        for (files, set) in [
            (lists.counted_stop, &mut w.counted_stop),
            (lists.metre_words, &mut w.metre_words),
            (lists.year_words, &mut w.year_words),
            (lists.not_participles, &mut w.not_participles),
            (lists.half_positions, &mut w.half_positions),
            (lists.change_words, &mut w.change_words),
            (lists.range_words, &mut w.range_words),
            (lists.time_words, &mut w.time_words),
            (lists.measure_links, &mut w.measure_links),
            (lists.level_words, &mut w.level_words),
            (lists.idiom_nouns, &mut w.idiom_nouns),
        ] {
            for file in files {
                for (_, l) in file.lines() {
                    set.insert(l.trim(), ());
                }
            }
        }
        for file in lists.calendar {
            for (_, l) in file.lines() {
                w.calendar.insert(l.trim());
            }
        }
        for file in categories {
            for row in file.rows(3) {
                let (_, f) = row?;
                let id = match w.category_order.iter().position(|c| c == f[1]) {
                    Some(id) => id,
                    None => {
                        w.category_order.push(f[1].to_string());
                        w.category_order.len() - 1
                    }
                };
                w.categories.insert(f[0], (id, f[2] == "yes"));
                if let Some((_, last)) = f[0].rsplit_once(' ') {
                    w.paired.insert(last, ());
                }
            }
        }
        let counting: Vec<String> = (w.categories.iter().map(|(k, _)| k))
            .chain(w.unit_words.iter().map(|(k, _)| k))
            .chain(w.unit_starts.iter().map(|(k, _)| k))
            .chain(
                w.numbers
                    .iter()
                    .filter(|(_, n)| match n.1 {
                        NumberKind::Vague | NumberKind::Fraction => true,
                        // "one million customers": a quantity, whatever it counts.
                        NumberKind::Scale => n.0 >= 1000.0,
                        _ => false,
                    })
                    .map(|(k, _)| k),
            )
            .map(str::to_string)
            .collect();
        for word in &counting {
            w.counting.insert(word, ());
        }
        Ok(w)
    }

    /// The value and kind of a number word (ASCII case ignored).
    #[inline]
    pub fn number(&self, word: &str) -> Option<(f64, NumberKind)> {
        self.numbers.get(word).copied()
    }

    /// True when `byte` is the first byte of some currency symbol.
    #[inline]
    pub(crate) fn may_start_symbol(&self, byte: u8) -> bool {
        self.symbol_first_bytes[byte as usize / 64] & (1 << (byte % 64)) != 0
    }

    /// The unit of letters written onto digits that the data marks a
    /// suffix, as written (`p` in `345p` is pence; not `P`).
    ///
    /// ```
    /// let w = &gazette::Lexicons::builtin().figure_words;
    /// assert_eq!(w.suffix_unit("p"), Some("pence"));
    /// assert_eq!(w.suffix_unit("P"), None);
    /// ```
    pub fn suffix_unit(&self, letters: &str) -> Option<&str> {
        self.suffixes.iter().find(|(s, _)| s == letters).map(|(_, u)| u.as_str())
    }

    /// The currency symbol `text` starts with, and its unit.
    pub fn symbol_at<'a>(&'a self, text: &str) -> Option<(&'a str, &'a str)> {
        if !self.may_start_symbol(*text.as_bytes().first()?) {
            return None;
        }
        self.symbols
            .iter()
            .find(|(s, _)| text.starts_with(s.as_str()))
            .map(|(s, u)| (s.as_str(), u.as_str()))
    }

    /// True when a sentence may hold a figure: a digit, or a number word
    /// standing alone between other marks (`twenty` in `twenty-one`; a
    /// currency symbol counts only before digits). `words` are the
    /// sentence's words. Most sentences hold none and are passed over, so
    /// this runs on every sentence: a digit test the compiler vectorises,
    /// then the words. A word of letters shorter than every number word, or
    /// whose first three letters begin none, is passed over at once (inside
    /// it, only a slash could start another word, `x/five`, and a sentence
    /// with a slash has all its words read); the others' leading run of
    /// letters is held against the number words' shapes, which turn nearly
    /// all away before any hashing. Number words without digits make a
    /// figure only before a unit or a word that names what they count, or
    /// as a vague amount (`hundreds of`), so a sentence with no such word is
    /// not read either (`one of the best`).
    ///
    /// ```
    /// use gazette::{segment::words, Span};
    /// let w = &gazette::Lexicons::builtin().figure_words;
    /// let may = |t: &str| w.may_hold_figure(t, Span::new(0, t.len()), &words(t, Span::new(0, t.len())));
    /// assert!(may("Some twenty-one people"));
    /// assert!(may("It cost €5"));
    /// assert!(may("Sixty/seventy"));
    /// assert!(!may("Nobody came, not even someone often seen."));
    /// assert!(!may("It was one of the best."));
    /// assert!(may("Thousands of fans came."));
    /// assert!(may("There will be a cap of eight new casinos."));
    /// assert!(!may("There will be eight of them."));
    /// ```
    pub fn may_hold_figure(&self, text: &str, sentence: Span, words: &[Word]) -> bool {
        let (digit, slash) = crate::bytes::has_digit_or_slash(sentence.slice(text).as_bytes());
        if digit {
            return true;
        }
        let b = text.as_bytes();
        // Most words are letters that begin no number word: a word shorter
        // than every number word, or whose first three letters begin none,
        // is passed over here (inside such a word only a slash starts
        // another, `x/five`: with one in the sentence, every word is read).
        let quick_no = |w: &Word| {
            let word = &b[w.span.start..w.span.end];
            match word {
                [first, ..] if slash || !first.is_ascii_alphabetic() => false,
                _ if word.len() < self.shortest_number => true,
                [a, b, c, ..] => !self.number_prefixes.contains(*a, *b, *c),
                _ => false,
            }
        };
        let first = words.iter().position(|w| !quick_no(w) && self.number_word_in(text, w));
        let Some(first) = first else {
            return false;
        };
        // Number words alone stand for a figure only before a unit, a word
        // that names what they count, or as a vague amount (`hundreds of`):
        // a sentence with none of those from its first number word on is not
        // read. (A slash may hide such a word inside another: then the
        // sentence is read.)
        slash
            || words[first..].iter().any(|w| {
                // The word, or its leading letters (`years....They` is one word).
                let (start, end) = (w.span.start, w.span.end);
                let k = crate::bytes::alpha_run_end(b, start, end);
                self.may_count(&text[start..end])
                    || (k > start && k < end && self.may_count(&text[start..k]))
                    // The part after a hyphen: `two-thirds`.
                    || (k < end
                        && text[start..end]
                            .rsplit_once('-')
                            .is_some_and(|(_, last)| self.may_count(last)))
            })
            // Number words above one count any plural noun phrase: a plural
            // among the five words after one (`eight new casinos`, `two
            // major oil and gas fields`), unless a determiner points back
            // at a group already named (`the two sides`).
            || words[first..].iter().enumerate().any(|(k, w)| {
                let pointed = || {
                    let before = words[..first + k].last().map_or("", |p| p.text(text));
                    super::counted::is_determiner(before)
                };
                !quick_no(w)
                    && !w.text(text).eq_ignore_ascii_case("one")
                    && self.number_word_in(text, w)
                    && !pointed()
                    && words[first + k + 1..].iter().take(5).any(|n| {
                        let run = &b[n.span.start..crate::bytes::alpha_run_end(b, n.span.start, n.span.end)];
                        super::counted::looks_plural(run)
                    })
            })
    }

    /// True when `w`'s leading run of letters, or a run after a mark inside
    /// it (`twenty-one`, `x/five`), is a number word that stands alone.
    #[inline(never)]
    fn number_word_in(&self, text: &str, w: &Word) -> bool {
        let number_word = |w: &str| {
            self.numbers
                .get(w)
                .is_some_and(|n| !matches!(n.1, NumberKind::Attached | NumberKind::Approximate))
        };
        let (start, end) = (w.span.start, w.span.end);
        let k = crate::bytes::alpha_run_end(text.as_bytes(), start, end);
        if k > start && number_word(&text[start..k]) {
            return true;
        }
        k < end
            && Word { span: Span::new(k, end), stop_after: false }
                .letter_runs(text)
                .any(number_word)
    }

    /// True when `word` could make number words a figure: a unit or the
    /// first word of one, a word with a category, a vague amount, a
    /// fraction (`two thirds of`), or a scale of a thousand or more (`one
    /// million customers`).
    #[inline]
    fn may_count(&self, word: &str) -> bool {
        self.counting.contains(word)
    }

    /// The unit named by the first words of `words` (lower case or not):
    /// how many words it takes and the unit.
    pub fn unit_word(&self, words: &[&str]) -> Option<(usize, &str)> {
        let first = words.first()?;
        let mut best = self.unit_words.get(first).map(|u| (1, u.as_str()));
        if self.longest_unit > 1 && words.len() > 1 && self.unit_starts.contains(first) {
            let mut key = first.to_string();
            for (n, w) in words.iter().enumerate().take(self.longest_unit).skip(1) {
                key.push(' ');
                key.push_str(w);
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
        self.category_id(word).map(|(c, p)| (self.category_order[c].as_str(), p))
    }

    /// True when `word` ends a row of two words, so that what stands before
    /// it decides its category (`public bodies` are no dead).
    ///
    /// ```
    /// let w = &gazette::Lexicons::builtin().figure_words;
    /// assert!(w.is_paired("bodies") && !w.is_paired("troops"));
    /// ```
    pub fn is_paired(&self, word: &str) -> bool {
        self.paired.contains(word)
    }

    /// `prev word` when that pair is a row of its own (`public bodies`),
    /// looked up only when `word` has a category.
    ///
    /// ```
    /// let w = &gazette::Lexicons::builtin().figure_words;
    /// assert_eq!(w.category_of_pair("public", "bodies"), Some("public bodies".to_string()));
    /// assert_eq!(w.category_of_pair("dead", "bodies"), None);
    /// ```
    pub fn category_of_pair(&self, prev: &str, word: &str) -> Option<String> {
        self.category_id(word)?;
        let pair = format!("{prev} {word}");
        self.category_id(&pair).map(|_| pair)
    }

    /// The category of a word as its priority (lower wins; an index into
    /// `category_order`), and whether it names people.
    #[inline]
    pub(crate) fn category_id(&self, word: &str) -> Option<(usize, bool)> {
        self.categories.get(word).copied()
    }

    /// True when `word` ends some qualifier phrase (ASCII case ignored).
    #[inline]
    pub(crate) fn ends_qualifier(&self, word: &str) -> bool {
        self.qualifier_ends.contains(word)
    }

    /// A category's priority (lower wins).
    pub fn priority(&self, category: &str) -> usize {
        self.category_order.iter().position(|c| c == category).unwrap_or(usize::MAX)
    }
}

/// A set of three-letter prefixes, ASCII case ignored (other bytes only
/// share bits: a test may pass wrongly, never fail wrongly).
#[derive(Debug, Clone)]
struct PrefixSet(Box<[u64; 512]>);

impl Default for PrefixSet {
    fn default() -> Self {
        PrefixSet(Box::new([0; 512]))
    }
}

impl PrefixSet {
    fn slot(a: u8, b: u8, c: u8) -> usize {
        usize::from(a & 31) << 10 | usize::from(b & 31) << 5 | usize::from(c & 31)
    }

    fn insert(&mut self, a: u8, b: u8, c: u8) {
        let slot = Self::slot(a, b, c);
        self.0[slot / 64] |= 1 << (slot % 64);
    }

    #[inline]
    fn contains(&self, a: u8, b: u8, c: u8) -> bool {
        let slot = Self::slot(a, b, c);
        self.0[slot / 64] & (1 << (slot % 64)) != 0
    }
}
