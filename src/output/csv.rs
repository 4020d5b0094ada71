//! CSV tables, safe to open in a spreadsheet by default.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::cells::{write_cells, CellError, CellOut};
use super::records::{header, DocumentRecord, DocumentRow, EntityRow, FigureRow, QuoteRow};
use super::summary::EntitySummary;
use super::{Sink, WriteReport};
use crate::error::{Error, Result};

/// Excel's limit on the characters in one cell.
pub const MAX_CELL_CHARS: usize = 32_767;

/// Makes a text cell safe for a spreadsheet: a cell that starts with `=`,
/// `+`, `-`, `@`, a tab or a carriage return would run as a formula, so it
/// gets a leading `'`; a cell over [`MAX_CELL_CHARS`] is cut to fit. Returns
/// the text to write and whether it was cut.
///
/// ```
/// use gazette::output::guard_cell;
/// assert_eq!(guard_cell("=HYPERLINK(\"http://x\",\"y\")").0, "'=HYPERLINK(\"http://x\",\"y\")");
/// assert_eq!(guard_cell("Kyiv").0, "Kyiv");
/// ```
pub fn guard_cell(text: &str) -> (std::borrow::Cow<'_, str>, bool) {
    use std::borrow::Cow;
    let risky = matches!(text.as_bytes().first(), Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r'));
    let budget = MAX_CELL_CHARS - usize::from(risky);
    let cut =
        if text.len() > budget { text.char_indices().nth(budget).map(|(i, _)| i) } else { None };
    let body = match cut {
        Some(i) => &text[..i],
        None => text,
    };
    let out = if risky { Cow::Owned(format!("'{body}")) } else { Cow::Borrowed(body) };
    (out, cut.is_some())
}

/// One CSV file being written under a temporary name.
struct Table {
    path: PathBuf,
    temp: PathBuf,
    writer: csv::Writer<File>,
    safe: bool,
}

/// A row being written straight into a table's CSV writer, cell by cell.
struct RowOut<'a> {
    writer: &'a mut csv::Writer<File>,
    safe: bool,
    /// Cells cut to Excel's limit.
    cut: usize,
    /// The write error that stopped the row.
    error: Option<csv::Error>,
}

impl RowOut<'_> {
    fn field(&mut self, bytes: &[u8]) -> std::result::Result<(), CellError> {
        self.writer.write_field(bytes).map_err(|e| {
            self.error = Some(e);
            CellError::new("write failed")
        })
    }
}

impl CellOut for RowOut<'_> {
    fn text(&mut self, s: &str) -> std::result::Result<(), CellError> {
        if !self.safe {
            return self.field(s.as_bytes());
        }
        let (guarded, was_cut) = guard_cell(s);
        self.cut += usize::from(was_cut);
        self.field(guarded.as_bytes())
    }
    fn number(&mut self, s: &str) -> std::result::Result<(), CellError> {
        self.field(s.as_bytes())
    }
    fn empty(&mut self) -> std::result::Result<(), CellError> {
        self.field(b"")
    }
}

impl Table {
    fn create<T: Serialize + Default>(dir: &Path, name: &str, safe: bool) -> Result<Self> {
        let path = dir.join(name);
        let temp = dir.join(format!(".{name}.partial"));
        let mut file = File::create(&temp).map_err(|e| Error::io(&temp, e))?;
        if safe {
            file.write_all("\u{feff}".as_bytes()).map_err(|e| Error::io(&temp, e))?;
        }
        // The csv writer buffers on its own: a BufWriter under it would copy
        // every byte once more.
        let mut writer = csv::WriterBuilder::new().buffer_capacity(1 << 16).from_writer(file);
        writer.write_record(header::<T>()).map_err(|e| csv_error(&temp, e))?;
        Ok(Table { path, temp, writer, safe })
    }

    /// Writes a row; returns how many cells had to be cut to fit Excel.
    fn write<T: Serialize>(&mut self, row: &T) -> Result<usize> {
        let mut out = RowOut { writer: &mut self.writer, safe: self.safe, cut: 0, error: None };
        if let Err(e) = write_cells(row, &mut out) {
            return Err(match out.error {
                Some(io) => csv_error(&self.temp, io),
                None => Error::Config(format!("internal: {e}")),
            });
        }
        let cut = out.cut;
        self.writer.write_record(None::<&[u8]>).map_err(|e| csv_error(&self.temp, e))?;
        Ok(cut)
    }

    fn finish(self) -> Result<()> {
        let mut out =
            self.writer.into_inner().map_err(|e| Error::io(&self.temp, e.into_error()))?;
        out.flush().map_err(|e| Error::io(&self.temp, e))?;
        drop(out);
        std::fs::rename(&self.temp, &self.path).map_err(|e| Error::io(&self.path, e))
    }
}

fn csv_error(path: &Path, e: csv::Error) -> Error {
    Error::io(path, std::io::Error::other(e))
}

/// Writes `documents.csv`, `entities.csv`, `quotes.csv`, `figures.csv` and,
/// at the end, `entity_summary.csv` into a folder. Each file is written as
/// `.NAME.partial` and renamed when the run completes, so an interrupted run
/// leaves no table that looks whole.
pub struct CsvSink {
    documents: Table,
    entities: Table,
    quotes: Table,
    figures: Table,
    summary: EntitySummary,
    dir: PathBuf,
    safe: bool,
}

impl CsvSink {
    /// Creates the folder (if needed) and the four tables. `safe` is the
    /// spreadsheet mode: a BOM, the formula guard and Excel's cell limit
    /// (`--plain-csv` turns it off).
    pub fn create(dir: &Path, safe: bool) -> Result<Self> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        Ok(CsvSink {
            documents: Table::create::<DocumentRow>(dir, "documents.csv", safe)?,
            entities: Table::create::<EntityRow>(dir, "entities.csv", safe)?,
            quotes: Table::create::<QuoteRow>(dir, "quotes.csv", safe)?,
            figures: Table::create::<FigureRow>(dir, "figures.csv", safe)?,
            summary: EntitySummary::default(),
            dir: dir.to_path_buf(),
            safe,
        })
    }
}

impl Sink for CsvSink {
    fn write(&mut self, record: &DocumentRecord, report: &mut WriteReport) -> Result<()> {
        let mut cut = self.documents.write(&record.document)?;
        for row in &record.entities {
            cut += self.entities.write(row)?;
        }
        for row in &record.quotes {
            cut += self.quotes.write(row)?;
        }
        for row in &record.figures {
            cut += self.figures.write(row)?;
        }
        if cut > 0 {
            report.truncated_cells += cut;
            report.warn(format!(
                "{}: {cut} cell(s) longer than {MAX_CELL_CHARS} characters were cut to fit a spreadsheet (--plain-csv keeps them whole)",
                record.document.doc_id
            ));
        }
        self.summary.add(record);
        Ok(())
    }

    fn finish(self: Box<Self>) -> Result<()> {
        let mut summary =
            Table::create::<super::EntitySummaryRow>(&self.dir, "entity_summary.csv", self.safe)?;
        for row in self.summary.rows() {
            summary.write(&row)?;
        }
        summary.finish()?;
        self.documents.finish()?;
        self.entities.finish()?;
        self.quotes.finish()?;
        self.figures.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guard_prefixes_every_formula_start() {
        for s in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(guard_cell(s).0, format!("'{s}"));
        }
        assert_eq!(guard_cell("a=b").0, "a=b");
    }

    #[test]
    fn long_cells_are_cut_to_excels_limit() {
        let long = "é".repeat(MAX_CELL_CHARS + 10);
        let (out, cut) = guard_cell(&long);
        assert!(cut);
        assert_eq!(out.chars().count(), MAX_CELL_CHARS);
        let formula = format!("={long}");
        let (out, cut) = guard_cell(&formula);
        assert!(cut);
        assert_eq!(out.chars().count(), MAX_CELL_CHARS);
    }

    #[derive(Serialize, Default)]
    struct Row {
        text: String,
        note: Option<String>,
        count: u32,
        value: Option<f64>,
    }

    #[test]
    fn rows_are_written_cell_by_cell_with_the_guard_on_text_only() {
        let dir = tempfile::tempdir().unwrap();
        for (safe, want) in [
            (true, "\u{feff}text,note,count,value\n'=1+1,,3,2.5\n\"a,b\",x,-4,\n"),
            (false, "text,note,count,value\n=1+1,,3,2.5\n\"a,b\",x,-4,\n"),
        ] {
            let mut t = Table::create::<Row>(dir.path(), "t.csv", safe).unwrap();
            t.write(&Row { text: "=1+1".into(), note: None, count: 3, value: Some(2.5) }).unwrap();
            // Cell by cell: a number cell is never guarded, even when negative.
            let mut out = RowOut { writer: &mut t.writer, safe, cut: 0, error: None };
            for cell in ["a,b", "x"] {
                out.text(cell).unwrap();
            }
            out.number("-4").unwrap();
            out.empty().unwrap();
            t.writer.write_record(None::<&[u8]>).unwrap();
            t.finish().unwrap();
            assert_eq!(std::fs::read_to_string(dir.path().join("t.csv")).unwrap(), want);
        }
    }

    #[test]
    fn tables_appear_only_when_finished() {
        let dir = tempfile::tempdir().unwrap();
        let sink = CsvSink::create(dir.path(), true).unwrap();
        assert!(!dir.path().join("documents.csv").exists());
        Box::new(sink).finish().unwrap();
        let docs = std::fs::read_to_string(dir.path().join("documents.csv")).unwrap();
        assert!(docs.starts_with("\u{feff}doc_id,source,title,date,url,chars,"));
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".partial"))
            .collect();
        assert!(leftovers.is_empty());
    }
}
