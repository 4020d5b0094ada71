//! Data files: the lexicons every stage reads, loaded once per run.
//!
//! Each lexicon is a small UTF-8 file in `gazetteers/` (TSV with a header row,
//! or a plain list), compiled into the binary as the default and extendable
//! without recompiling: a file of the same name in a folder passed with
//! `--gazetteers` adds its rows. Lines starting with `#` and blank lines are
//! comments. Errors name the file and line.

mod word_map;

pub use word_map::{ExactWordSet, Lower, WordMap, WordSet};

use std::path::{Path, PathBuf};

use std::sync::{Arc, LazyLock};

use crate::boilerplate::BoilerplateRules;
use crate::entities::{EntityListFiles, EntityWords};
use crate::error::{Error, Result};
use crate::figures::{FigureWords, WordListFiles};
use crate::gazetteer::{Gazetteer, GazetteerFiles, Gender};
use crate::quotes::QuoteWords;
use crate::segment::Abbreviations;

/// One data file's text and the name to use in error messages.
///
/// ```
/// let f = gazette::lexicon::DataFile::new("x.tsv", "# comment\nkind\ttext\nline\tAdvertisement\n");
/// let rows: Vec<_> = f.rows(2).collect::<Result<_, _>>()?;
/// assert_eq!(rows, vec![(3, vec!["line", "Advertisement"])]);
/// # Ok::<(), gazette::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct DataFile {
    /// Where it came from (`gazetteers/…` for the built-in defaults).
    pub path: PathBuf,
    /// Its contents.
    pub text: String,
}

impl DataFile {
    /// A data file from memory.
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        DataFile { path: path.into(), text: text.into() }
    }

    /// Reads `dir/name` if it exists.
    pub fn read_optional(dir: &Path, name: &str) -> Result<Option<Self>> {
        let path = dir.join(name);
        match std::fs::read_to_string(&path) {
            Ok(text) => Ok(Some(DataFile { path, text })),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::io(path, e)),
        }
    }

    /// The non-comment lines after the header row of a TSV file, each with
    /// its 1-based line number, split on tabs into exactly `columns` fields
    /// (trailing empty fields may be left out).
    pub fn rows(&self, columns: usize) -> impl Iterator<Item = Result<(usize, Vec<&str>)>> + '_ {
        self.lines().skip(1).map(move |(n, line)| {
            let mut fields: Vec<&str> = line.split('\t').map(str::trim).collect();
            if fields.len() > columns {
                return Err(self.error(n, format!("{} fields, expected {columns}", fields.len())));
            }
            fields.resize(columns, "");
            Ok((n, fields))
        })
    }

    /// The non-comment, non-blank lines, trimmed, with 1-based line numbers.
    pub fn lines(&self) -> impl Iterator<Item = (usize, &str)> + '_ {
        self.text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
            .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
    }

    /// An error at line `line` of this file.
    pub fn error(&self, line: usize, message: impl Into<String>) -> Error {
        Error::Lexicon { file: self.path.clone(), line, message: message.into() }
    }
}

macro_rules! builtin {
    ($name:literal) => {
        DataFile::new(
            concat!("gazetteers/", $name),
            include_str!(concat!("../../gazetteers/", $name)),
        )
    };
}

/// Every lexicon and gazetteer the pipeline uses.
///
/// ```
/// let lex = gazette::Lexicons::builtin();
/// assert!(lex.abbreviations.is_title("Gen."));
/// ```
#[derive(Debug, Clone)]
pub struct Lexicons {
    /// Abbreviations that do not end sentences (`abbreviations.tsv`,
    /// `sentence_starters.txt`).
    pub abbreviations: Abbreviations,
    /// Page-furniture markers (`boilerplate.tsv`).
    pub boilerplate: BoilerplateRules,
    /// Places, officials, organisations, demonyms, ambiguity rules.
    pub gazetteer: Gazetteer,
    /// Titles, modifiers, organisation words, name stop words, speech verbs.
    pub entity_words: EntityWords,
    /// Speech verbs, speaker nouns, channel starters, scare-quote markers.
    pub quote_words: QuoteWords,
    /// Number words, units, qualifiers, figure categories.
    pub figure_words: FigureWords,
}

/// The built-in lexicons, loaded once per process.
static BUILTIN: LazyLock<Arc<Lexicons>> = LazyLock::new(|| {
    Arc::new(
        Lexicons::load(true, &[]).expect("the built-in lexicons are valid (a unit test checks)"),
    )
});

impl Lexicons {
    /// The lexicons shipped in `gazetteers/`, compiled in (loaded on first
    /// use and shared).
    pub fn builtin() -> Arc<Self> {
        BUILTIN.clone()
    }

    /// The built-in lexicons (unless `defaults` is false) plus the files of the
    /// same names found in each of `dirs`, in order.
    pub fn load(defaults: bool, dirs: &[PathBuf]) -> Result<Self> {
        let files = |name: &str, builtin: DataFile| -> Result<Vec<DataFile>> {
            let mut v = if defaults { vec![builtin] } else { Vec::new() };
            for dir in dirs {
                v.extend(DataFile::read_optional(dir, name)?);
            }
            Ok(v)
        };
        let abbreviations = files("abbreviations.tsv", builtin!("abbreviations.tsv"))?;
        let starters = files("sentence_starters.txt", builtin!("sentence_starters.txt"))?;
        let boilerplate = files("boilerplate.tsv", builtin!("boilerplate.tsv"))?;
        let entity_words = EntityWords::from_files(
            &files("titles.tsv", builtin!("titles.tsv"))?,
            &files("title_modifiers.txt", builtin!("title_modifiers.txt"))?,
            &files("org_heads.txt", builtin!("org_heads.txt"))?,
            &files("name_stopwords.txt", builtin!("name_stopwords.txt"))?,
            &files("sports_words.tsv", builtin!("sports_words.tsv"))?,
            EntityListFiles {
                speech_verbs: &files("speech_verbs.txt", builtin!("speech_verbs.txt"))?,
                name_followers: &files("name_followers.txt", builtin!("name_followers.txt"))?,
                place_prepositions: &files(
                    "place_prepositions.txt",
                    builtin!("place_prepositions.txt"),
                )?,
                place_qualifiers: &files("place_qualifiers.txt", builtin!("place_qualifiers.txt"))?,
                region_words: &files("region_words.txt", builtin!("region_words.txt"))?,
                connectives: &files("connectives.txt", builtin!("connectives.txt"))?,
            },
        )?;
        let mut quote_words = QuoteWords::from_files(
            &files("speech_verbs.txt", builtin!("speech_verbs.txt"))?,
            &files("speaker_nouns.txt", builtin!("speaker_nouns.txt"))?,
            &files("channel_starters.txt", builtin!("channel_starters.txt"))?,
            &files("scare_quote_markers.txt", builtin!("scare_quote_markers.txt"))?,
        )?;
        quote_words.honorifics = entity_words.honorifics();
        for file in files("speech_fillers.txt", builtin!("speech_fillers.txt"))? {
            for (_, line) in file.lines() {
                quote_words.fillers.insert(line.trim(), ());
            }
        }
        for file in files("aside_openers.txt", builtin!("aside_openers.txt"))? {
            for (_, line) in file.lines() {
                quote_words.aside_openers.insert(line.trim(), ());
            }
        }
        for file in files("speech_objectless.txt", builtin!("speech_objectless.txt"))? {
            for (_, line) in file.lines() {
                quote_words.objectless.insert(line.trim(), ());
            }
        }
        for file in files("gendered_words.tsv", builtin!("gendered_words.tsv"))? {
            for row in file.rows(2) {
                let (n, cells) = row?;
                let gender = Gender::parse(cells[1]).ok_or_else(|| {
                    file.error(n, format!("gender {:?}: write male or female", cells[1]))
                })?;
                quote_words.gendered.insert(cells[0], gender);
            }
        }
        for file in files("document_nouns.txt", builtin!("document_nouns.txt"))? {
            for (_, line) in file.lines() {
                quote_words.documents.insert(line.trim(), ());
            }
        }
        for file in files("titles.tsv", builtin!("titles.tsv"))? {
            for row in file.rows(2) {
                let (_, cells) = row?;
                if matches!(cells[1], "role" | "rank") {
                    // (The title's noun: `minister` of `prime minister`,
                    // `secretary` of `secretary of state`.)
                    let title = cells[0].split(" of ").next().unwrap_or("");
                    let noun = title.split_whitespace().last().unwrap_or("");
                    quote_words.titles.insert(noun, ());
                }
            }
        }
        for file in files("name_stopwords.txt", builtin!("name_stopwords.txt"))? {
            for (_, line) in file.lines() {
                quote_words.name_stopwords.insert(line.trim(), ());
            }
        }
        for file in files("connectives.txt", builtin!("connectives.txt"))? {
            for (_, line) in file.lines() {
                quote_words.connectives.insert(line.trim(), ());
            }
        }
        let mut figure_words = FigureWords::from_files(
            &files("numbers.tsv", builtin!("numbers.tsv"))?,
            &files("units.tsv", builtin!("units.tsv"))?,
            &files("qualifiers.txt", builtin!("qualifiers.txt"))?,
            &files("figure_categories.tsv", builtin!("figure_categories.tsv"))?,
            WordListFiles {
                counted_stop: &files("counted_stopwords.txt", builtin!("counted_stopwords.txt"))?,
                metre_words: &files("metre_words.txt", builtin!("metre_words.txt"))?,
                year_words: &files("year_words.txt", builtin!("year_words.txt"))?,
                not_participles: &files("not_participles.txt", builtin!("not_participles.txt"))?,
                half_positions: &files("half_positions.txt", builtin!("half_positions.txt"))?,
                change_words: &files("change_words.txt", builtin!("change_words.txt"))?,
                range_words: &files("range_words.txt", builtin!("range_words.txt"))?,
                time_words: &files("time_words.txt", builtin!("time_words.txt"))?,
                measure_links: &files("measure_links.txt", builtin!("measure_links.txt"))?,
                level_words: &files("level_words.txt", builtin!("level_words.txt"))?,
                idiom_nouns: &files("idiom_nouns.txt", builtin!("idiom_nouns.txt"))?,
                calendar: &files("calendar_words.txt", builtin!("calendar_words.txt"))?,
            },
        )?;
        let mut gazetteers = GazetteerFiles::default();
        if defaults {
            for f in
                [builtin!("places.tsv"), builtin!("officials.tsv"), builtin!("organisations.tsv")]
            {
                gazetteers.entities.push((0, f));
            }
            gazetteers.demonyms.push((0, builtin!("demonyms.tsv")));
            gazetteers.ambiguous.push(builtin!("ambiguous.tsv"));
            gazetteers.given_names.push(builtin!("given_names.tsv"));
        }
        for (i, dir) in dirs.iter().enumerate() {
            gazetteers.add_folder(i as u16 + 1, dir)?;
        }
        let gazetteer = Gazetteer::build(&gazetteers)?;
        // A people in the plural is a demonym whose singular is one too
        // (`Britons`, `Briton`; not `Swiss`, an adjective as often). (The
        // gazetteer build has checked these files' rows.)
        let demonyms: std::collections::HashSet<&str> = gazetteers
            .demonyms
            .iter()
            .flat_map(|(_, file)| file.lines().skip(1))
            .map(|(_, line)| line.split('\t').next().unwrap_or("").trim())
            .collect();
        for &name in &demonyms {
            let singular = name.strip_suffix('s').filter(|s| demonyms.contains(s));
            if singular.is_some() && !name.contains(' ') {
                figure_words.peoples.insert(name);
            }
        }
        quote_words.given_genders = gazetteer.given_genders.clone();
        Ok(Lexicons {
            abbreviations: Abbreviations::from_files(&abbreviations, &starters)?,
            boilerplate: BoilerplateRules::from_files(&boilerplate)?,
            gazetteer,
            entity_words,
            quote_words,
            figure_words,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicons_parse() {
        Lexicons::load(true, &[]).unwrap();
    }

    #[test]
    fn user_folder_extends_the_defaults() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("abbreviations.tsv"), "abbreviation\tkind\nGrp.\ttitle\n")
            .unwrap();
        let lex = Lexicons::load(true, &[dir.path().to_path_buf()]).unwrap();
        assert!(lex.abbreviations.is_title("Grp."));
        assert!(lex.abbreviations.is_title("Mr."));
        let only = Lexicons::load(false, &[dir.path().to_path_buf()]).unwrap();
        assert!(!only.abbreviations.is_title("Mr."));
    }

    #[test]
    fn bad_row_names_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("boilerplate.tsv"), "kind\ttext\n# c\nsometimes\tX\n")
            .unwrap();
        let err = Lexicons::load(true, &[dir.path().to_path_buf()]).unwrap_err().to_string();
        assert!(err.contains("boilerplate.tsv:3:"), "{err}");
    }
}
