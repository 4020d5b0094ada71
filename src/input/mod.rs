//! The **read** stage: files, folders and stdin become a stream of [`Document`]s.
//!
//! Every record that is read becomes a `Document`, even when it cannot be used:
//! a malformed JSONL line or CSV row, a binary file or an empty file is still a
//! document, with a [`Problem`] that says what went wrong and where (file and
//! line). The run reports it on stderr, counts it in the closing summary and
//! writes the document's row to `documents.csv`, so nothing read is ever lost
//! without a trace.

mod decode;
mod delimited;
mod discover;
mod jsonl;
mod txt;

use std::collections::VecDeque;

pub use decode::decode_text;
pub use discover::{discover, Format, InputFile};
pub use jsonl::parse_record;

/// One article as read, before any processing.
///
/// `text` is the **original text**: every offset gazette writes is a character
/// offset into it (a leading byte-order mark is not part of it).
///
/// ```
/// let doc = gazette::Document::from_text("note.txt", "KYIV, Ukraine (AP) - Shelling went on.");
/// assert_eq!(doc.id, "note.txt");
/// assert!(doc.problem.is_none());
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    /// The input's id field where present, else `<path>` (text files) or
    /// `<path>:<line>` (JSONL/CSV records).
    pub id: String,
    /// Where the document came from: `<path>` or `<path>:<line>`.
    pub source: String,
    /// Title from the record's title field (text files: found by the pipeline).
    pub title: Option<String>,
    /// Date from the record's date field (text files: a `date YYYY-MM-DD` first line).
    pub date: Option<String>,
    /// URL from the record's url field.
    pub url: Option<String>,
    /// The original article text.
    pub text: String,
    /// True when the bytes were not UTF-8 and were decoded as Windows-1252.
    pub recoded: bool,
    /// Why nothing could be extracted from this document, if so.
    pub problem: Option<Problem>,
}

impl Document {
    /// A document made from a string, as if read from a `.txt` file named `id`.
    pub fn from_text(id: impl Into<String>, text: impl Into<String>) -> Self {
        let id = id.into();
        Document { source: id.clone(), id, text: text.into(), ..Default::default() }
    }

    /// A document that stands for a record that could not be read, so that it
    /// still appears in the output.
    pub fn unreadable(id: String, source: String, message: impl Into<String>) -> Self {
        let problem = Some(Problem { location: source.clone(), message: message.into() });
        Document { id, source, problem, ..Default::default() }
    }
}

/// What went wrong with one record, and where.
///
/// ```
/// let p = gazette::input::Problem { location: "dump.jsonl:7".into(), message: "not JSON".into() };
/// assert_eq!(p.to_string(), "dump.jsonl:7: not JSON");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// `<path>` or `<path>:<line>`.
    pub location: String,
    /// What is wrong, in words a user can act on.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// Which record fields hold the text, id, title, date and url.
///
/// ```
/// let opts = gazette::InputOptions::default();
/// assert_eq!(opts.text_fields(), vec!["text", "content", "body"]);
/// ```
#[derive(Debug, Clone, Default)]
pub struct InputOptions {
    /// `--text-field`: used instead of `text`, `content`, `body`.
    pub text_field: Option<String>,
    /// `--id-field`: used instead of `id`.
    pub id_field: Option<String>,
    /// `--title-field`: used instead of `title`.
    pub title_field: Option<String>,
    /// `--date-field`: used instead of `date`.
    pub date_field: Option<String>,
}

impl InputOptions {
    /// The fields tried for the article text, in order.
    pub fn text_fields(&self) -> Vec<&str> {
        match &self.text_field {
            Some(f) => vec![f.as_str()],
            None => vec!["text", "content", "body"],
        }
    }
    fn id_field(&self) -> &str {
        self.id_field.as_deref().unwrap_or("id")
    }
    fn title_field(&self) -> &str {
        self.title_field.as_deref().unwrap_or("title")
    }
    fn date_field(&self) -> &str {
        self.date_field.as_deref().unwrap_or("date")
    }
}

/// A record as read, not yet parsed: parsing JSON is most of the cost of
/// reading, so the stream hands out raw lines and the parallel stage parses
/// them (see [`Pending::resolve`]).
#[derive(Debug, Clone)]
pub enum Pending {
    /// A document ready as it is.
    Ready(Document),
    /// A whole `.txt` file, read when resolved (so that the pool reads many
    /// small files at once).
    TextFile(InputFile),
    /// One JSONL line: its bytes, its file and its 1-based line number.
    JsonLine {
        /// The line as read.
        bytes: Vec<u8>,
        /// File name used in ids.
        path: std::sync::Arc<str>,
        /// 1-based line number.
        line: usize,
    },
}

impl Pending {
    /// The document this record is.
    ///
    /// ```
    /// use gazette::input::Pending;
    /// let p = Pending::JsonLine { bytes: br#"{"text":"Hi"}"#.to_vec(), path: "a.jsonl".into(), line: 1 };
    /// assert_eq!(p.resolve(&Default::default()).text, "Hi");
    /// ```
    pub fn resolve(self, options: &InputOptions) -> Document {
        match self {
            Pending::Ready(doc) => doc,
            Pending::JsonLine { bytes, path, line } => {
                jsonl::parse_line(bytes, &path, line, options)
            }
            Pending::TextFile(file) => match decode::open(&file) {
                Ok(reader) => txt::read(reader, file.display),
                Err(e) => Document::unreadable(file.display.clone(), file.display, e),
            },
        }
    }
}

type DocIter = Box<dyn Iterator<Item = Pending> + Send>;

/// Documents from a list of input files, lazily and in order: only the file
/// being read is open, so memory does not grow with the corpus.
///
/// ```no_run
/// use gazette::input::{discover, DocumentStream};
/// let files = discover(&["articles/".into()])?;
/// for pending in DocumentStream::new(files, Default::default()) {
///     let doc = pending.resolve(&Default::default());
///     println!("{} {}", doc.id, doc.text.len());
/// }
/// # Ok::<(), gazette::Error>(())
/// ```
pub struct DocumentStream {
    files: VecDeque<InputFile>,
    current: Option<DocIter>,
    options: InputOptions,
}

impl DocumentStream {
    /// A stream over `files` (as returned by [`discover`]).
    pub fn new(files: Vec<InputFile>, options: InputOptions) -> Self {
        DocumentStream { files: files.into(), current: None, options }
    }

    fn open(&self, file: InputFile) -> DocIter {
        if file.format == Format::Txt {
            return Box::new(std::iter::once(Pending::TextFile(file)));
        }
        let mut reader = match decode::open(&file) {
            Ok(r) => r,
            Err(e) => {
                let doc = Document::unreadable(file.display.clone(), file.display.clone(), e);
                return Box::new(std::iter::once(Pending::Ready(doc)));
            }
        };
        let format = match file.format {
            Format::Sniff => decode::sniff(&mut reader),
            f => f,
        };
        match format {
            Format::Jsonl => Box::new(jsonl::records(reader, file.display)),
            Format::Csv | Format::Tsv => Box::new(
                delimited::records(
                    reader,
                    file.display,
                    format == Format::Tsv,
                    self.options.clone(),
                )
                .map(Pending::Ready),
            ),
            Format::Txt | Format::Sniff => {
                Box::new(std::iter::once(Pending::Ready(txt::read(reader, file.display))))
            }
        }
    }
}

impl Iterator for DocumentStream {
    type Item = Pending;

    fn next(&mut self) -> Option<Pending> {
        loop {
            if let Some(it) = self.current.as_mut() {
                if let Some(doc) = it.next() {
                    return Some(doc);
                }
                self.current = None;
            }
            let file = self.files.pop_front()?;
            self.current = Some(self.open(file));
        }
    }
}
