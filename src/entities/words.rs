//! Words of a sentence with their spans, and the word lexicons the entity
//! patterns read.

use rustc_hash::FxHashSet as HashSet;

use crate::error::Result;
use crate::lexicon::DataFile;
use crate::lexicon::{ExactWordSet, WordMap, WordSet};
pub use crate::segment::{words, Word};

/// A word without its final periods (`Gen.` → `Gen`), as titles are compared.
#[inline]
fn without_periods(w: &str) -> &str {
    let b = w.as_bytes();
    let mut end = b.len();
    while end > 0 && b[end - 1] == b'.' {
        end -= 1;
    }
    &w[..end]
}

/// A word without a possessive `'s`.
pub fn without_possessive(w: &str) -> &str {
    w.strip_suffix("'s").unwrap_or(w)
}

/// Lower-case particles inside and before surnames (`Barend du Plessis`,
/// `said de Hora`, `van Schaik`): a name runs on over one before a
/// capitalised word.
pub const NAME_PARTICLES: [&str; 10] =
    ["de", "van", "von", "da", "di", "du", "der", "den", "del", "le"];

/// True when a word starts with a capital letter.
#[inline]
pub fn capitalised(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => w.chars().next().is_some_and(char::is_uppercase),
        None => false,
    }
}

/// What a title word does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleKind {
    /// A post: `mayor`, `spokesman`.
    Role,
    /// A rank: `Maj. Gen.`
    Rank,
    /// `Mr.`, `Dr.`: precedes a name, never a role.
    Honorific,
    /// A post an institution holds (`lead manager` of a bond issue): what
    /// follows is an organisation, not a person.
    Institution,
}

/// The plain word lists of the entity stage, one word per line (each list
/// may come from several folders).
///
/// ```
/// use gazette::{entities::{EntityListFiles, EntityWords}, lexicon::DataFile};
/// let prepositions = [DataFile::new("place_prepositions.txt", "# words before a place\nin\nnear\n")];
/// let lists = EntityListFiles { speech_verbs: &[], name_followers: &[], place_prepositions: &prepositions, place_qualifiers: &[], region_words: &[], connectives: &[] };
/// let w = EntityWords::from_files(&[], &[], &[], &[], &[], lists).unwrap();
/// assert!(w.place_prepositions.contains("near"));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct EntityListFiles<'a> {
    /// `speech_verbs.txt`.
    pub speech_verbs: &'a [DataFile],
    /// `name_followers.txt`.
    pub name_followers: &'a [DataFile],
    /// `place_prepositions.txt`.
    pub place_prepositions: &'a [DataFile],
    /// `place_qualifiers.txt`.
    pub place_qualifiers: &'a [DataFile],
    /// `region_words.txt`.
    pub region_words: &'a [DataFile],
    /// `connectives.txt`.
    pub connectives: &'a [DataFile],
}

/// The word lexicons of the entity stage (`titles.tsv`,
/// `title_modifiers.txt`, `org_heads.txt`, `name_stopwords.txt`,
/// `speech_verbs.txt`, `name_followers.txt`, `place_prepositions.txt`,
/// `place_qualifiers.txt`, `region_words.txt`, `sports_words.tsv`).
///
/// ```
/// let w = &gazette::Lexicons::builtin().entity_words;
/// assert_eq!(w.title(&["secretary", "of", "state", "antony"]), Some((3, gazette::entities::TitleKind::Role)));
/// assert!(w.org_heads.contains("Federation"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct EntityWords {
    /// Titles by their words (no final periods) joined with one space.
    titles: WordMap<TitleKind>,
    /// Every title's first word, first two words…: a lookup stops at the
    /// first word that no title continues with.
    title_prefixes: WordSet,
    longest_title: usize,
    /// Words allowed inside a role before its title (any case).
    pub modifiers: WordSet,
    /// Words that make a capitalised run an organisation.
    pub org_heads: ExactWordSet,
    /// The org heads that are legal forms (`Corp`, `Inc`, `AG`): a name
    /// without them may be a gazetteer organisation's alias.
    pub legal_forms: ExactWordSet,
    /// Capitalised words that are never part of a name.
    pub name_stopwords: ExactWordSet,
    /// Speech verbs (`said`, `told`…).
    pub speech_verbs: HashSet<String>,
    /// Words that may follow a name that is also a common word.
    pub name_followers: HashSet<String>,
    /// Words before a place (`in`, `near`): a small town named like a
    /// common word is the town only after one (`in Reading`).
    pub place_prepositions: HashSet<String>,
    /// Capitalised words that may stand before a country or region and
    /// leave it the place (`West Texas`; `place_qualifiers.txt`).
    pub place_qualifiers: HashSet<String>,
    /// Words that name a part of some country, not which
    /// (`region_words.txt`: `Centre`, `Coast`, `District`): with the place
    /// qualifiers, a region named only by them (`Western`, `North East`,
    /// `West Coast`) is linked only where its country is named too.
    pub region_words: HashSet<String>,
    /// Words that open a sentence to join it to the one before (`But`,
    /// `Yesterday`: `connectives.txt`): before a place they leave it the
    /// place (`Yesterday Canada said`, not `Ford Canada said`).
    pub connectives: HashSet<String>,
    /// Verbs after which a city is a team (`beat Chelsea`), in a document
    /// that shows some other sign of sport.
    pub sports_before: HashSet<String>,
    /// Verbs before which a city is a team (`Leeds beat`), in a document
    /// that shows some other sign of sport.
    pub sports_after: HashSet<String>,
    /// Words for a team's people before which a city is a team on its own
    /// (`Chelsea manager`, `Leeds fans`).
    pub sports_team: HashSet<String>,
    /// Words of a club's name written before its city, as written (`AC`
    /// of `AC Milan`, `FC`): the city is a club on its own.
    pub sports_names: HashSet<String>,
    /// Honorifics `titles.tsv` writes with a period (`mr.`, `dr.`): no part
    /// of a name, where `Lord` and `Sir` are (`Lord Butler`).
    pub abbreviated_honorifics: WordSet,
}

impl EntityWords {
    /// Parses the files (each list may come from several folders).
    pub fn from_files(
        titles: &[DataFile],
        modifiers: &[DataFile],
        org_heads: &[DataFile],
        name_stopwords: &[DataFile],
        sports_words: &[DataFile],
        lists: EntityListFiles,
    ) -> Result<Self> {
        let mut w = EntityWords::default();
        for file in titles {
            for row in file.rows(2) {
                let (n, f) = row?;
                let kind = match f[1] {
                    "role" => TitleKind::Role,
                    "rank" => TitleKind::Rank,
                    "honorific" => TitleKind::Honorific,
                    "institution" => TitleKind::Institution,
                    other => {
                        return Err(file.error(
                            n,
                            format!("kind `{other}`: use role, rank, honorific or institution"),
                        ))
                    }
                };
                let key: Vec<&str> =
                    f[0].split_whitespace().map(|w| w.trim_end_matches('.')).collect();
                if kind == TitleKind::Honorific && f[0].ends_with('.') {
                    w.abbreviated_honorifics.insert(&key.join(" "), ());
                }
                w.longest_title = w.longest_title.max(key.len());
                for n in 1..=key.len() {
                    w.title_prefixes.insert(&key[..n].join(" "), ());
                }
                w.titles.insert(&key.join(" "), kind);
            }
        }
        let list = |files: &[DataFile], lower: bool| -> HashSet<String> {
            files
                .iter()
                // (A second column, as `speech_verbs.txt` has, is not the word's.)
                .flat_map(|f| {
                    f.lines()
                        .map(|(_, l)| l.split('\t').next().unwrap_or(l).trim().to_string())
                        .collect::<Vec<_>>()
                })
                .map(|l| if lower { l.to_lowercase() } else { l })
                .collect()
        };
        w.modifiers = list(modifiers, true).iter().map(|m| (m.as_str(), ())).collect();
        // `Corp<TAB>legal-form`: a head that is a legal form.
        for file in org_heads {
            for (n, line) in file.lines() {
                let (word, mark) = line.split_once('\t').unwrap_or((line, ""));
                let word = word.trim();
                w.org_heads.insert(word);
                match mark.trim() {
                    "" => {}
                    "legal-form" => {
                        w.legal_forms.insert(word);
                    }
                    other => {
                        return Err(file.error(n, format!("`{other}`: the only mark is legal-form")))
                    }
                }
            }
        }
        w.name_stopwords = list(name_stopwords, false).into_iter().collect();
        w.speech_verbs = list(lists.speech_verbs, true);
        w.name_followers = list(lists.name_followers, true);
        w.place_prepositions = list(lists.place_prepositions, true);
        w.place_qualifiers = list(lists.place_qualifiers, false);
        w.region_words = list(lists.region_words, false);
        w.connectives = list(lists.connectives, false);
        for file in sports_words {
            for row in file.rows(2) {
                let (n, f) = row?;
                let word = f[0].to_lowercase();
                match f[1] {
                    "name" => drop(w.sports_names.insert(f[0].to_string())),
                    "before" => drop(w.sports_before.insert(word)),
                    "after" => drop(w.sports_after.insert(word)),
                    "both" => {
                        w.sports_before.insert(word.clone());
                        w.sports_after.insert(word);
                    }
                    "team" => drop(w.sports_team.insert(word)),
                    other => {
                        return Err(file.error(
                            n,
                            format!("kind `{other}`: use before, after, both, team or name"),
                        ))
                    }
                }
            }
        }
        Ok(w)
    }

    /// True for a word before a place (`place_prepositions.txt`), as
    /// written or in lower case (`In Reading`, `near Reading`): after one,
    /// a name is where, not who.
    ///
    /// ```
    /// use gazette::{entities::{EntityListFiles, EntityWords}, lexicon::DataFile};
    /// let prepositions = [DataFile::new("place_prepositions.txt", "in\nnear\n")];
    /// let lists = EntityListFiles { speech_verbs: &[], name_followers: &[], place_prepositions: &prepositions, place_qualifiers: &[], region_words: &[], connectives: &[] };
    /// let w = EntityWords::from_files(&[], &[], &[], &[], &[], lists).unwrap();
    /// assert!(w.is_place_preposition("In") && w.is_place_preposition("near"));
    /// assert!(!w.is_place_preposition("for"));
    /// ```
    pub fn is_place_preposition(&self, word: &str) -> bool {
        self.place_prepositions.contains(word)
            || self.place_prepositions.contains(crate::lexicon::Lower::new(word).as_str())
    }

    /// True for an honorific (`Mr`, `Mr.`, `Dr`, `Sir`: kind `honorific` in
    /// `titles.tsv`): the word after it is a surname.
    pub fn is_honorific(&self, word: &str) -> bool {
        self.title(&[word]) == Some((1, TitleKind::Honorific))
    }

    /// The honorifics, as compared (lower case, no final period), for
    /// stages that need only them.
    pub fn honorifics(&self) -> HashSet<String> {
        self.titles
            .iter()
            .filter(|(_, k)| **k == TitleKind::Honorific)
            .map(|(t, _)| t.to_string())
            .collect()
    }

    /// True when `word` may start a title: the cheap test to make before
    /// [`Self::title`] on every word.
    #[inline]
    pub fn may_start_title(&self, word: &str) -> bool {
        self.title_prefixes.contains(without_periods(word))
    }

    /// The longest title at the start of `words` (any case): how many words
    /// it takes and its kind.
    #[inline]
    pub fn title<S: AsRef<str>>(&self, words: &[S]) -> Option<(usize, TitleKind)> {
        // Runs on every word: most are turned away by the first lookup.
        let first = without_periods(words.first()?.as_ref());
        if !self.title_prefixes.contains(first) {
            return None;
        }
        let mut best = self.titles.get(first).map(|&k| (1, k));
        if words.len() == 1 || self.longest_title < 2 {
            return best;
        }
        let mut key = first.to_string();
        for (n, w) in words.iter().enumerate().skip(1).take(self.longest_title - 1) {
            key.push(' ');
            key.push_str(without_periods(w.as_ref()));
            if !self.title_prefixes.contains(&key) {
                break;
            }
            if let Some(&k) = self.titles.get(&key) {
                best = Some((n + 1, k));
            }
        }
        best
    }
}
