//! Abbreviations that end in a period but not a sentence.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::error::Result;
use crate::lexicon::DataFile;

/// How an abbreviation behaves before what follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbreviationKind {
    /// Never ends a sentence: a name follows (`Gen.`, `Mr.`).
    Title,
    /// Ends a sentence only at a line end or before a sentence starter (`U.S.`, `p.m.`).
    Ambiguous,
}

/// The abbreviation lexicon (`abbreviations.tsv` + `sentence_starters.txt`).
///
/// ```
/// use gazette::segment::{Abbreviations, AbbreviationKind};
/// let a = &gazette::Lexicons::builtin().abbreviations;
/// assert_eq!(a.kind("Maj."), Some(AbbreviationKind::Title));
/// assert_eq!(a.kind("U.S."), Some(AbbreviationKind::Ambiguous));
/// assert!(a.starts_sentence("The"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Abbreviations {
    kinds: HashMap<String, AbbreviationKind>,
    starters: HashSet<String>,
}

impl Abbreviations {
    /// Parses the files, later ones adding to (and overriding) earlier ones.
    pub fn from_files(abbreviations: &[DataFile], starters: &[DataFile]) -> Result<Self> {
        let mut out = Abbreviations::default();
        for file in abbreviations {
            for row in file.rows(2) {
                let (n, f) = row?;
                let kind = match f[1] {
                    "title" => AbbreviationKind::Title,
                    "ambiguous" => AbbreviationKind::Ambiguous,
                    other => {
                        return Err(file.error(
                            n,
                            format!("unknown kind `{other}`: use `title` or `ambiguous`"),
                        ))
                    }
                };
                if !f[0].ends_with('.') {
                    return Err(file.error(n, format!("`{}` should end with a period", f[0])));
                }
                out.kinds.insert(f[0].to_string(), kind);
            }
        }
        for file in starters {
            out.starters.extend(file.lines().map(|(_, w)| w.trim().to_string()));
        }
        Ok(out)
    }

    /// The kind of `word` (which includes its final period), if it is listed.
    pub fn kind(&self, word: &str) -> Option<AbbreviationKind> {
        self.kinds.get(word).copied()
    }

    /// True when `word` is a title abbreviation.
    pub fn is_title(&self, word: &str) -> bool {
        self.kind(word) == Some(AbbreviationKind::Title)
    }

    /// True when `word` starts a new sentence after an ambiguous abbreviation.
    pub fn starts_sentence(&self, word: &str) -> bool {
        self.starters.contains(word)
    }
}
