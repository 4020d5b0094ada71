//! Gazetteers: places, officials and organisations with their aliases, and
//! the rules that decide when an alias that is also a common word or a given
//! name may match.
//!
//! Files are TSV with a header row (SPEC.md "Gazetteers"): `id, name, type,
//! subtype, country, aliases` (aliases separated by `|`), and optionally
//! `role, valid_from, valid_to, population, lat, lon, source`. Columns are
//! found by name, so their order and extra columns do not matter.

mod fold;
mod load;
mod matcher;

use rustc_hash::FxHashMap as HashMap;

pub use fold::{fold, fold_char_into, strip_diacritics, Folded};
pub use load::{check_folder, GazetteerFiles};
pub use matcher::{is_boundary, AliasMatcher};

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    /// A country, region, city or town.
    Place,
    /// A person holding (or having held) a public post.
    Official,
    /// A company, agency, ministry, party, intergovernmental body…
    Organisation,
}

impl EntityKind {
    /// The `type` column's word.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Place => "place",
            EntityKind::Official => "official",
            EntityKind::Organisation => "organisation",
        }
    }

    /// Parses a `type` cell.
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "place" => Some(EntityKind::Place),
            "official" | "person" => Some(EntityKind::Official),
            "organisation" | "organization" | "org" => Some(EntityKind::Organisation),
            _ => None,
        }
    }
}

/// Whether a person is a man or a woman, where the data says
/// (`given_names.tsv`'s and `gendered_words.tsv`'s `gender` column): what
/// keeps "she said" from being read as the man named before.
///
/// ```
/// use gazette::gazetteer::Gender;
/// assert_eq!(Gender::parse("female"), Some(Gender::Female));
/// assert_eq!(Gender::parse(""), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    /// He.
    Male,
    /// She.
    Female,
}

impl Gender {
    /// Parses a `gender` cell (`male`, `female`; anything else is unknown).
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "male" | "m" => Some(Gender::Male),
            "female" | "f" => Some(Gender::Female),
            _ => None,
        }
    }

    /// The gender a pronoun (`he`, `she`, any case) stands for.
    pub fn of_pronoun(pronoun: &str) -> Option<Self> {
        if pronoun.eq_ignore_ascii_case("he") {
            Some(Gender::Male)
        } else if pronoun.eq_ignore_ascii_case("she") {
            Some(Gender::Female)
        } else {
            None
        }
    }
}

/// One gazetteer row.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Entity {
    /// Stable id (`geonames:703448`, `wikidata:Q3874799`, …).
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Place, official or organisation.
    pub kind: Option<EntityKind>,
    /// `country`, `admin1`, `city`, `head`, `company`, …
    pub subtype: Option<String>,
    /// ISO 3166 alpha-2 code.
    pub country: Option<String>,
    /// Post held (officials).
    pub role: Option<String>,
    /// Start of the post (`YYYY`, `YYYY-MM-DD`).
    pub valid_from: Option<String>,
    /// End of the post.
    pub valid_to: Option<String>,
    /// Population (places).
    pub population: u64,
    /// Which folder it came from: later folders win ties.
    pub origin: u16,
}

impl Entity {
    /// True when the entity held its post on `date` (`YYYY-MM-DD`), or
    /// when either is unknown.
    pub fn valid_on(&self, date: &str) -> bool {
        let d = date.get(..10).unwrap_or(date);
        let after_start = self.valid_from.as_deref().is_none_or(|f| f <= d);
        let before_end = self.valid_to.as_deref().is_none_or(|t| d <= t || d.starts_with(t));
        after_start && before_end
    }

    /// Rank among places of one name: countries, then cities, regions and
    /// continents (by population: Asia the continent before Asia, a town in
    /// the Philippines), then the rest.
    fn subtype_rank(&self) -> u8 {
        match self.subtype.as_deref() {
            Some("country") => 0,
            Some("city" | "admin1" | "continent") => 1,
            _ => 2,
        }
    }
}

/// When an alias that is also something else may match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmbiguityRule {
    /// Also a common English word (`Nice`, `Reading`, `Apple`, `Sea`): it is
    /// the name only standing alone (no capitalised word just before or after:
    /// not `Black Sea`), not after `the` (`the West`), and followed by
    /// punctuation or a word of `name_followers.txt`, a speech verb or a past
    /// tense (`Apple stopped`, not `Western officials`).
    CommonWord,
    /// Also a given name (`Sofia`, `Paul`): does not match when a capitalised
    /// word follows (a person's name).
    GivenName,
}

/// One way an alias can be read.
#[derive(Debug, Clone)]
pub struct Target {
    /// Index into [`Gazetteer::entities`].
    pub entity: u32,
    /// The alias as written, diacritics removed (case kept).
    pub written: Box<str>,
    /// The alias is the entity's canonical name.
    pub is_name: bool,
    /// The alias is a demonym of the entity (`Ukrainian` → Ukraine).
    pub demonym: bool,
}

/// All gazetteers of a run, compiled for matching.
///
/// ```
/// use gazette::gazetteer::{Gazetteer, GazetteerFiles};
/// use gazette::lexicon::DataFile;
/// let places = DataFile::new("p.tsv", "id\tname\ttype\tsubtype\tcountry\taliases\n\
///     geonames:703448\tKyiv\tplace\tcity\tUA\tKiev|Kyiv City\n");
/// let g = Gazetteer::build(&GazetteerFiles { entities: vec![(0, places)], ..Default::default() })?;
/// let m = g.lookup("Kiev", None).unwrap();
/// assert_eq!(g.entities[m.entity as usize].name, "Kyiv");
/// assert!(g.lookup("KIEV", None).is_some());
/// assert!(g.lookup("kiev", None).is_none());
/// # Ok::<(), gazette::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Gazetteer {
    /// Every entity.
    pub entities: Vec<Entity>,
    /// Folded alias → pattern id.
    patterns: HashMap<String, u32>,
    /// Pattern id → readings.
    targets: Vec<Vec<Target>>,
    /// The automaton.
    pub matcher: AliasMatcher,
    /// Ambiguous aliases (as written) and their rule.
    pub ambiguous: HashMap<String, AmbiguityRule>,
    /// Given names (`given_names.tsv`): an alias right after one is part of
    /// a person's name.
    pub given_names: rustc_hash::FxHashSet<String>,
    /// Given names (lower case) the data gives a gender (`given_names.tsv`'s
    /// `gender` column).
    pub given_genders: crate::lexicon::WordMap<Gender>,
}

/// The population from which a city counts ten times over against its own
/// country's region of the same name (Kharkiv, Odesa, Washington): a
/// smaller town does not (Delaware, Ohio is not the state).
const REGION_CAPITAL: u64 = 100_000;

impl Gazetteer {
    /// The readings of pattern `pattern`.
    pub fn targets(&self, pattern: u32) -> &[Target] {
        &self.targets[pattern as usize]
    }

    /// The best reading of `surface` (normalised text as it appears) for a
    /// document dated `date`, or `None` when no alias is written that way.
    /// Case must match the alias, except that a surface in capitals
    /// (`KYIV`, a headline) matches any alias; an alias written exactly as
    /// the surface beats one matched through capitals (`TASS` the agency
    /// over Tass the town). Then: later folders, demonyms (`German` is the
    /// nationality before it is a parish), officials in office on the date,
    /// places before officials before organisations, countries before
    /// cities and regions, the larger population (`Odessa` is Odesa before
    /// Odessa, Texas; `Florida` the US state before the Cuban town; a
    /// region's population is its cities', and a city of 100,000 or more
    /// counts ten times against its own country's region: `Kiev` is the
    /// city before the oblast), the canonical name before an alias.
    pub fn lookup(&self, surface: &str, date: Option<&str>) -> Option<&Target> {
        let pattern = *self.patterns.get(&fold(surface))?;
        self.best(pattern, surface, date)
    }

    /// Every reading of `surface` written that way (as [`Self::lookup`]
    /// reads case), best first or not: what else a name may be, where the
    /// text says (`Santa Clara, Calif.` is not the Cuban city).
    ///
    /// ```
    /// use gazette::gazetteer::{Gazetteer, GazetteerFiles};
    /// use gazette::lexicon::DataFile;
    /// let places = DataFile::new("p.tsv", "id\tname\ttype\tsubtype\tcountry\taliases\n\
    ///     q1\tVienna\tplace\tcity\tAT\t\nq2\tVienna\tplace\tcity\tUS\t\n");
    /// let g = Gazetteer::build(&GazetteerFiles { entities: vec![(0, places)], ..Default::default() })?;
    /// let countries: Vec<_> = g.readings("Vienna").filter_map(|e| e.country.as_deref()).collect();
    /// assert_eq!(countries.len(), 2);
    /// assert!(countries.contains(&"US"));
    /// # Ok::<(), gazette::Error>(())
    /// ```
    pub fn readings<'g>(&'g self, surface: &str) -> impl Iterator<Item = &'g Entity> + 'g {
        let written = strip_diacritics(surface).into_owned();
        let caps = is_all_caps(&written);
        let targets = self.patterns.get(&fold(surface)).map_or(&[][..], |&p| self.targets(p));
        targets
            .iter()
            .filter(move |t| &*t.written == written || caps)
            .map(|t| &self.entities[t.entity as usize])
    }

    /// The best reading of pattern `pattern` for `surface`.
    pub fn best(&self, pattern: u32, surface: &str, date: Option<&str>) -> Option<&Target> {
        let written = strip_diacritics(surface);
        let written: &str = &written;
        let caps = is_all_caps(written);
        let targets = self.targets(pattern);
        // Most aliases have one reading: nothing to rank.
        if let [only] = targets {
            return (&*only.written == written || caps).then_some(only);
        }
        let readable = |t: &&Target| &*t.written == written || caps;
        let region_in = |country: &Option<String>| {
            targets.iter().filter(readable).any(|t| {
                let r = &self.entities[t.entity as usize];
                r.subtype.as_deref() == Some("admin1") && r.country == *country
            })
        };
        targets.iter().filter(readable).min_by_key(|t| {
            let e = &self.entities[t.entity as usize];
            let valid = date.is_none_or(|d| e.valid_on(d));
            // Cities and regions of one name go by population (a region's
            // is its cities'): Ontario the province before Ontario,
            // California, the US state Florida before Florida, Cuba. A city
            // counts ten times over against its own country's region, whose
            // population it is much of: Kharkiv is the city before the oblast
            // (a city of REGION_CAPITAL or more; Delaware, Ohio is not).
            let population = match e.subtype.as_deref() {
                Some("city") if e.population >= REGION_CAPITAL && region_in(&e.country) => {
                    e.population.saturating_mul(10)
                }
                _ => e.population,
            };
            (
                &*t.written != written,
                std::cmp::Reverse(e.origin),
                !t.demonym,
                !valid,
                e.kind,
                e.subtype_rank(),
                std::cmp::Reverse(population),
                !t.is_name,
                t.entity,
            )
        })
    }

    /// The rule for an alias as written, if it is ambiguous.
    pub fn ambiguity(&self, written: &str) -> Option<AmbiguityRule> {
        self.ambiguous.get(written).copied()
    }
}

/// True for text with letters, all upper case (`KYIV`, `U.S.`).
pub fn is_all_caps(s: &str) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(|c| c.is_uppercase())
}
