//! gazette turns dumps of English news articles into spreadsheet-ready
//! tables: the places, officials and organisations they mention, their direct
//! quotes and who said them, and their numeric figures.
//!
//! The pipeline is a chain of pure functions over one document, so a run
//! parallelises per document while output keeps input order:
//!
//! ```text
//! read -> normalise -> segment -> match gazetteers -> quotes -> figures -> attribute -> write
//! ```
//!
//! Use it without the command line:
//!
//! ```
//! use gazette::{Document, Lexicons, Pipeline};
//! let pipeline = Pipeline::new(Lexicons::builtin(), Default::default());
//! let doc = Document::from_text("kherson.txt", "Moscow said it had seized Kherson. Kyiv denied it.");
//! let record = pipeline.process(&doc);
//! assert_eq!(record.document.sentences, 2);
//! ```
//!
//! Every offset in the output is a character offset into the original text
//! (see [`normalize::NormText`]); spans inside the pipeline are byte offsets
//! of the normalised text ([`Span`]).

#![warn(missing_docs)]

pub mod boilerplate;
pub mod bytes;
pub mod cli;
pub mod dedupe;
pub mod entities;
pub mod error;
pub mod figures;
pub mod gazetteer;
pub mod header;
pub mod input;
pub mod lexicon;
pub mod normalize;
pub mod output;
pub mod pipeline;
mod progress;
pub mod quotes;
pub mod run;
pub mod segment;
mod span;

pub use error::{Error, Result};
pub use input::{Document, InputOptions};
pub use lexicon::Lexicons;
pub use pipeline::{Analysis, Pipeline, PipelineOptions};
pub use span::{one_line, Span};
