//! Running the pipeline over inputs: ordered batches processed in parallel,
//! written by one sequential writer, with warnings and a closing summary.

use std::collections::HashMap;
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::input::{discover, Document, DocumentStream, InputOptions, Pending, Problem};
use crate::output::{CsvSink, DocumentRecord, JsonlSink, PreparedRows, Sink, WriteReport};
use crate::pipeline::Pipeline;

/// Documents per batch: enough to keep every thread busy, few enough that
/// memory stays flat however large the input.
const BATCH_DOCS: usize = 1024;
/// Bytes of text per batch, whichever limit comes first.
const BATCH_BYTES: usize = 16 << 20;
/// Warnings printed one by one before they are only counted.
const MAX_PRINTED_WARNINGS: usize = 1000;

/// Where `extract` writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    /// A folder of tables.
    Folder(PathBuf),
    /// JSONL on standard output (`-o -`).
    Stdout,
}

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OutputFormat {
    /// CSV tables (default).
    #[default]
    Csv,
    /// One JSON object per document.
    Jsonl,
}

/// Everything `gazette extract` needs, validated.
#[derive(Debug, Clone)]
pub struct ExtractConfig {
    /// Files, folders or `-`.
    pub inputs: Vec<PathBuf>,
    /// Where to write.
    pub destination: Destination,
    /// CSV or JSONL.
    pub format: OutputFormat,
    /// Field names for JSONL/CSV input.
    pub input: InputOptions,
    /// Worker threads.
    pub threads: usize,
    /// Mark documents whose article text equals an earlier one's.
    pub dedupe: bool,
    /// Write no rows but the document row for duplicates.
    pub skip_duplicates: bool,
    /// No BOM, no formula guard, no cell limit.
    pub plain_csv: bool,
    /// Draw a progress bar (only ever on a terminal).
    pub progress: bool,
}

/// What a run did, for the closing summary.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RunSummary {
    /// Documents read (each has a row in `documents.csv`).
    pub documents: u64,
    /// Bytes of article text.
    pub bytes: u64,
    /// Documents that could not be read (counted among `documents`).
    pub unreadable: u64,
    /// Documents decoded as Windows-1252.
    pub recoded: u64,
    /// Documents marked as duplicates.
    pub duplicates: u64,
    /// Warnings (unreadable documents, cut cells).
    pub warnings: u64,
    /// Wall time.
    pub elapsed: Duration,
}

impl RunSummary {
    /// Megabytes of text per second.
    pub fn mb_per_s(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

impl std::fmt::Display for RunSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "gazette: {} documents, {:.1} MB in {:.2} s ({:.1} MB/s); {} warnings",
            self.documents,
            self.bytes as f64 / 1e6,
            self.elapsed.as_secs_f64(),
            self.mb_per_s(),
            self.warnings
        )?;
        if self.unreadable > 0 {
            write!(f, "; {} unreadable", self.unreadable)?;
        }
        if self.recoded > 0 {
            write!(f, "; {} decoded as Windows-1252", self.recoded)?;
        }
        if self.duplicates > 0 {
            write!(f, "; {} duplicates", self.duplicates)?;
        }
        Ok(())
    }
}

/// Reports warnings on stderr and counts them.
struct Reporter<'a> {
    err: &'a mut dyn Write,
    summary: RunSummary,
}

impl Reporter<'_> {
    fn warn(&mut self, message: impl std::fmt::Display) {
        self.summary.warnings += 1;
        if self.summary.warnings <= MAX_PRINTED_WARNINGS as u64 {
            let _ = writeln!(self.err, "warning: {message}");
        } else if self.summary.warnings == MAX_PRINTED_WARNINGS as u64 + 1 {
            let _ = writeln!(
                self.err,
                "warning: more warnings follow; only their number is shown at the end"
            );
        }
    }
}

fn thread_pool(threads: usize) -> Result<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads.max(1))
        .build()
        .map_err(|e| Error::Config(format!("cannot start {threads} threads: {e}")))
}

/// A processed document: its record plus what the summary needs.
struct Done {
    text_bytes: usize,
    recoded: bool,
    problem: Option<Problem>,
    record: DocumentRecord,
    /// The record's other rows, formatted by the worker, for sinks that
    /// take them that way ([`Sink::prepare`]).
    rows: Option<Result<PreparedRows>>,
}

/// Parses and processes a batch on the pool; results keep input order.
/// With `prepare` (a sink's [`Sink::prepare`]) each worker also formats its
/// document's rows.
fn process_batch(
    pool: &rayon::ThreadPool,
    pipeline: &Pipeline,
    options: &InputOptions,
    prepare: Option<bool>,
    batch: Vec<Pending>,
) -> Vec<Done> {
    pool.install(|| {
        batch
            .into_par_iter()
            .map(|pending| {
                let doc = pending.resolve(options);
                let (mut record, problem) = guarded(pipeline, &doc, || pipeline.process(&doc));
                let rows = prepare.map(|safe| PreparedRows::take(&mut record, safe));
                Done { text_bytes: doc.text.len(), recoded: doc.recoded, problem, record, rows }
            })
            .collect()
    })
}

/// Runs `process` on one document; if it panics (a bug), the document still
/// gets its row, with nothing extracted and a problem saying so, and the run
/// goes on. Returns the record and the document's problem, if any.
fn guarded(
    pipeline: &Pipeline,
    doc: &Document,
    process: impl FnOnce() -> DocumentRecord,
) -> (DocumentRecord, Option<Problem>) {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(process)) {
        Ok(record) => (record, doc.problem.clone()),
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let problem = Problem {
                location: doc.source.clone(),
                message: format!(
                    "internal error, nothing extracted (please report it with this document): {what}"
                ),
            };
            let row_only = Document {
                id: doc.id.clone(),
                source: doc.source.clone(),
                title: doc.title.clone(),
                date: doc.date.clone(),
                url: doc.url.clone(),
                recoded: doc.recoded,
                problem: Some(problem.clone()),
                ..Default::default()
            };
            (pipeline.process(&row_only), Some(problem))
        }
    }
}

/// Runs `gazette extract`: reads every input, writes the tables, returns the
/// summary. Per-document problems are warnings written to `err`.
///
/// Reading happens on a reader thread, parsing and extraction on the pool,
/// and writing on a writer thread, so the three overlap; batches keep memory
/// bounded and output in input order.
pub fn extract(
    config: &ExtractConfig,
    pipeline: &Pipeline,
    err: &mut (dyn Write + Send),
) -> Result<RunSummary> {
    let started = Instant::now();
    let files = discover(&config.inputs)?;
    let mut sink: Box<dyn Sink + Send> = match (&config.destination, config.format) {
        (Destination::Stdout, _) => Box::new(JsonlSink::stdout()),
        (Destination::Folder(dir), OutputFormat::Jsonl) => Box::new(JsonlSink::create(dir)?),
        (Destination::Folder(dir), OutputFormat::Csv) => {
            Box::new(CsvSink::create(dir, !config.plain_csv)?)
        }
    };
    let pool = thread_pool(config.threads)?;
    let prepare = sink.prepare();
    let mut stream = DocumentStream::new(files, config.input.clone());
    let summary = std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Done>>(2);
        let writer = scope.spawn(move || -> Result<RunSummary> {
            let progress = crate::progress::Progress::new(config.progress);
            let mut reporter = Reporter { err, summary: RunSummary::default() };
            let mut seen = Seen::default();
            let mut report = WriteReport::default();
            for batch in rx {
                for mut done in batch {
                    let s = &mut reporter.summary;
                    s.documents += 1;
                    s.bytes += done.text_bytes as u64;
                    s.recoded += u64::from(done.recoded);
                    if let Some(problem) = &done.problem {
                        reporter.summary.unreadable += 1;
                        reporter.warn(problem);
                    }
                    let mut skipped = false;
                    if config.dedupe {
                        let (skip, s) = (config.skip_duplicates, &mut reporter.summary);
                        skipped = mark_duplicate(&mut done.record, &mut seen, skip, s);
                    }
                    match done.rows {
                        Some(rows) if !skipped => {
                            sink.write_prepared(&done.record, rows?, &mut report)?
                        }
                        _ => sink.write(&done.record, &mut report)?,
                    }
                    for w in report.take_warnings() {
                        reporter.warn(w);
                    }
                }
                progress.update(reporter.summary.documents, reporter.summary.bytes);
            }
            progress.finish();
            sink.finish()?;
            Ok(reporter.summary)
        });
        // The next batch is read while this one is processed.
        let (batch_tx, batch_rx) = std::sync::mpsc::sync_channel::<Vec<Pending>>(1);
        scope.spawn(move || loop {
            let batch = next_batch(&mut stream);
            if batch.is_empty() || batch_tx.send(batch).is_err() {
                break;
            }
        });
        for batch in batch_rx {
            let done = process_batch(&pool, pipeline, &config.input, prepare, batch);
            if tx.send(done).is_err() {
                break; // the writer stopped on an error, which join() reports
            }
        }
        drop(tx);
        writer.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })?;
    Ok(RunSummary { elapsed: started.elapsed(), ..summary })
}

fn next_batch(stream: &mut DocumentStream) -> Vec<Pending> {
    let mut batch = Vec::new();
    let mut bytes = 0;
    while batch.len() < BATCH_DOCS && bytes < BATCH_BYTES {
        let Some(pending) = stream.next() else { break };
        bytes += match &pending {
            Pending::Ready(doc) => doc.text.len(),
            Pending::JsonLine { bytes, .. } => bytes.len(),
            Pending::TextFile(_) => 4096,
        };
        batch.push(pending);
    }
    batch
}

/// The documents seen so far, to mark duplicates.
#[derive(Default)]
struct Seen {
    /// Content hash -> the first document with it.
    exact: HashMap<String, String>,
    near: crate::dedupe::NearDuplicates,
}

/// Marks `record` as a duplicate of the first document with the same
/// content hash, or else of the first that holds nearly all its text
/// ([`crate::dedupe`]), and drops its rows when asked to skip duplicates;
/// returns whether it dropped them.
fn mark_duplicate(
    record: &mut DocumentRecord,
    seen: &mut Seen,
    skip: bool,
    summary: &mut RunSummary,
) -> bool {
    let Some(hash) = record.document.content_hash.clone() else { return false };
    let first = match seen.exact.get(&hash) {
        Some(first) => Some(first.clone()),
        None => {
            let doc_id = record.document.doc_id.clone();
            let near = seen.near.check(&record.sketch).map(str::to_string);
            if near.is_none() {
                seen.near.add(&doc_id, &record.sketch);
            }
            // Later exact copies point where this one does.
            seen.exact.insert(hash, near.clone().unwrap_or(doc_id));
            near
        }
    };
    let Some(first) = first else { return false };
    record.document.duplicate_of = Some(first);
    summary.duplicates += 1;
    if skip {
        record.entities.clear();
        record.quotes.clear();
        record.figures.clear();
        record.document.entities = 0;
        record.document.quotes = 0;
        record.document.figures = 0;
    }
    skip
}

/// The error line `gazette filter` writes for a record it could not read.
#[derive(serde::Serialize)]
struct ErrorRecord<'a> {
    doc_id: &'a str,
    error: &'a str,
}

/// Runs `gazette filter`: JSONL in, exactly one JSONL line out per line in,
/// in order. A line that cannot be read gives `{"doc_id": …, "error": …}`.
pub fn filter(
    input: &mut dyn BufRead,
    output: &mut dyn Write,
    options: &InputOptions,
    pipeline: &Pipeline,
    threads: usize,
) -> Result<RunSummary> {
    let started = Instant::now();
    let pool = thread_pool(threads)?;
    let mut summary = RunSummary::default();
    let mut line_no = 0usize;
    let mut out = JsonlSink::from_writer(output);
    let path: std::sync::Arc<str> = "-".into();
    loop {
        let mut batch = Vec::new();
        let mut bytes = 0;
        while batch.len() < BATCH_DOCS && bytes < BATCH_BYTES {
            let mut buf = Vec::new();
            match input.read_until(b'\n', &mut buf) {
                Ok(0) => break,
                Ok(n) => bytes += n,
                Err(e) => return Err(Error::io("-", e)),
            }
            line_no += 1;
            batch.push(if buf.iter().all(u8::is_ascii_whitespace) {
                let at = format!("-:{line_no}");
                Pending::Ready(Document::unreadable(at.clone(), at, "empty line"))
            } else {
                Pending::JsonLine { bytes: buf, path: path.clone(), line: line_no }
            });
        }
        if batch.is_empty() {
            break;
        }
        for done in process_batch(&pool, pipeline, options, None, batch) {
            summary.documents += 1;
            summary.bytes += done.text_bytes as u64;
            match &done.problem {
                Some(p) => {
                    summary.unreadable += 1;
                    summary.warnings += 1;
                    let doc_id = &done.record.document.doc_id;
                    out.write_line(&ErrorRecord { doc_id, error: &p.message })?;
                }
                None => out.write_line(&done.record)?,
            }
        }
    }
    out.close()?;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_on_one_document_leaves_its_row_and_a_problem() {
        let pipeline = Pipeline::new(crate::Lexicons::builtin(), Default::default());
        let doc = Document::from_text("odd.txt", "Kyiv said so.");
        let (record, problem) = guarded(&pipeline, &doc, || panic!("slice out of bounds"));
        assert_eq!(record.document.doc_id, "odd.txt");
        assert!(record.entities.is_empty());
        let problem = problem.expect("a problem");
        assert!(problem.message.contains("internal error"), "{}", problem.message);
        assert!(problem.message.contains("slice out of bounds"), "{}", problem.message);
        let (record, problem) = guarded(&pipeline, &doc, || pipeline.process(&doc));
        assert!(problem.is_none() && !record.entities.is_empty());
    }
}
