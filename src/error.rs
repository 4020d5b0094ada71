//! Errors that stop a run.
//!
//! Problems with a single document (a malformed JSONL line, a binary file) are
//! *not* errors: they become [`crate::input::Problem`]s on the document, are
//! reported on stderr and counted in the closing summary, and the document
//! still gets its row in `documents.csv`. An [`Error`] is for what makes the
//! whole run impossible: an input path that does not exist, a gazetteer file
//! that cannot be parsed, an output folder that cannot be written.

use std::path::PathBuf;

/// Why a run could not go on. Every variant names the file (and line, where
/// there is one) and says what the user can do about it.
///
/// ```
/// let err = gazette::Error::Lexicon {
///     file: "my-gazetteers/abbreviations.tsv".into(),
///     line: 3,
///     message: "unknown kind `sometimes`".into(),
/// };
/// assert_eq!(
///     err.to_string(),
///     "my-gazetteers/abbreviations.tsv:3: unknown kind `sometimes`"
/// );
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An input or output file could not be opened, read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder concerned.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// A lexicon or gazetteer file has a line that cannot be used.
    #[error("{}:{line}: {message}", file.display())]
    Lexicon {
        /// The data file.
        file: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong, and what would be right.
        message: String,
    },
    /// The command line asks for something that cannot be done.
    #[error("{0}")]
    Config(String),
}

impl Error {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io { path: path.into(), source }
    }
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
