//! CSV tables, safe to open in a spreadsheet by default.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::cells::{write_cells, CellError, CellOut};
use super::records::{header, DocumentRecord, DocumentRow, EntityRow, FigureRow, QuoteRow};
use super::summary::{EntitySummary, SummaryInput};
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
    out: BufWriter<File>,
    /// Rows formatted here (not by a worker) are formatted into this first.
    buf: Vec<u8>,
    safe: bool,
}

/// Formats `rows` as CSV (no header) onto the end of `out`; returns how
/// many cells were cut to fit a spreadsheet.
fn format_rows<T: Serialize>(rows: &[T], safe: bool, out: &mut Vec<u8>) -> Result<usize> {
    // Rows are ~100 bytes: room for them at once, not a dozen doublings.
    out.reserve(rows.len() * 128);
    let mut bytes = RowBytes::new(std::mem::take(out));
    let mut cut = 0;
    for row in rows {
        let mut cells = RowOut { bytes: &mut bytes, safe, cut: 0 };
        write_cells(row, &mut cells).map_err(|e| Error::Config(format!("internal: {e}")))?;
        cut += cells.cut;
        bytes.end_row();
    }
    *out = bytes.finish();
    Ok(cut)
}

/// CSV bytes for rows, formatted in memory field by field: every table
/// writes millions of fields. Whether a field needs quotes, and how it is
/// quoted, is `csv_core`'s (the `csv` crate's rules); a field that needs
/// none is copied as it is, and commas and line ends are written here.
/// That is what `csv_core` writes with its default settings (`,`, `"`,
/// `\n`), without its per-field state for the fields most cells are.
struct RowBytes {
    core: csv_core::Writer,
    buf: Vec<u8>,
    /// Where the current row starts in `buf`.
    row_start: usize,
    /// Fields written in the current row.
    fields: usize,
}

impl RowBytes {
    fn new(buf: Vec<u8>) -> Self {
        RowBytes { core: csv_core::Writer::new(), row_start: buf.len(), buf, fields: 0 }
    }

    fn field(&mut self, bytes: &[u8]) {
        if self.fields > 0 {
            self.buf.push(b',');
        }
        self.fields += 1;
        if !self.core.should_quote(bytes) {
            self.buf.extend_from_slice(bytes);
            return;
        }
        // In quotes, quotes doubled by `csv_core::quote` (room for the
        // worst case: every byte a quote).
        self.buf.push(b'"');
        let at = self.buf.len();
        self.buf.resize(at + 2 * bytes.len(), 0);
        let (res, read, n) = csv_core::quote(bytes, &mut self.buf[at..], b'"', b'\\', true);
        debug_assert!(res == csv_core::WriteResult::InputEmpty && read == bytes.len());
        self.buf.truncate(at + n);
        self.buf.push(b'"');
    }

    fn end_row(&mut self) {
        // A row with nothing in it is written as one empty quoted field,
        // as `csv_core` does, so that it is not read as a blank line.
        if self.buf.len() == self.row_start {
            self.buf.extend_from_slice(b"\"\"");
        }
        self.buf.push(b'\n');
        self.row_start = self.buf.len();
        self.fields = 0;
    }

    fn finish(self) -> Vec<u8> {
        self.buf
    }
}

impl Table {
    fn create<T: Serialize + Default>(dir: &Path, name: &str, safe: bool) -> Result<Self> {
        let path = dir.join(name);
        let temp = dir.join(format!(".{name}.partial"));
        let file = File::create(&temp).map_err(|e| Error::io(&temp, e))?;
        let mut out = BufWriter::with_capacity(1 << 18, file);
        if safe {
            out.write_all("\u{feff}".as_bytes()).map_err(|e| Error::io(&temp, e))?;
        }
        let mut head = csv::Writer::from_writer(&mut out);
        head.write_record(header::<T>()).map_err(|e| csv_error(&temp, e))?;
        head.flush().map_err(|e| Error::io(&temp, e))?;
        drop(head);
        Ok(Table { path, temp, out, buf: Vec::new(), safe })
    }

    /// Writes a row; returns how many cells had to be cut to fit Excel.
    fn write<T: Serialize>(&mut self, row: &T) -> Result<usize> {
        self.buf.clear();
        let cut = format_rows(std::slice::from_ref(row), self.safe, &mut self.buf)?;
        self.out.write_all(&self.buf).map_err(|e| Error::io(&self.temp, e))?;
        Ok(cut)
    }

    /// Appends rows a worker formatted.
    fn append(&mut self, bytes: &[u8]) -> Result<()> {
        self.out.write_all(bytes).map_err(|e| Error::io(&self.temp, e))
    }

    fn finish(self) -> Result<()> {
        let file = self.out.into_inner().map_err(|e| Error::io(&self.temp, e.into_error()))?;
        drop(file);
        std::fs::rename(&self.temp, &self.path).map_err(|e| Error::io(&self.path, e))
    }
}

/// A row being written cell by cell, with the formula guard on text cells
/// in spreadsheet mode.
struct RowOut<'a> {
    bytes: &'a mut RowBytes,
    safe: bool,
    /// Cells cut to Excel's limit.
    cut: usize,
}

impl CellOut for RowOut<'_> {
    fn text(&mut self, s: &str) -> std::result::Result<(), CellError> {
        if !self.safe {
            self.bytes.field(s.as_bytes());
            return Ok(());
        }
        let (guarded, was_cut) = guard_cell(s);
        self.cut += usize::from(was_cut);
        self.bytes.field(guarded.as_bytes());
        Ok(())
    }
    fn number(&mut self, s: &str) -> std::result::Result<(), CellError> {
        self.bytes.field(s.as_bytes());
        Ok(())
    }
    fn empty(&mut self) -> std::result::Result<(), CellError> {
        self.bytes.field(b"");
        Ok(())
    }
}

/// A document's entity, quote and figure rows, formatted as CSV by the
/// worker that found them, while they are still in its cache; the writer
/// thread only appends the bytes (and the worker, not the writer, frees the
/// rows).
#[derive(Debug, Default)]
pub struct PreparedRows {
    entities: Vec<u8>,
    quotes: Vec<u8>,
    figures: Vec<u8>,
    /// Cells cut to Excel's limit.
    cut: usize,
    /// What `entity_summary.csv` needs from the rows.
    summary: SummaryInput,
}

impl PreparedRows {
    /// Formats `record`'s entity, quote and figure rows (`safe`: the
    /// spreadsheet mode of [`CsvSink::create`]) and takes them out of it,
    /// leaving its document row.
    ///
    /// ```
    /// use gazette::output::{DocumentRecord, EntityRow, PreparedRows};
    /// let mut r = DocumentRecord { entities: vec![EntityRow { name: "=Kyiv".into(), ..Default::default() }], ..Default::default() };
    /// let rows = PreparedRows::take(&mut r, true).unwrap();
    /// assert!(r.entities.is_empty());
    /// assert!(String::from_utf8_lossy(rows.entities()).contains(",'=Kyiv,"));
    /// ```
    pub fn take(record: &mut DocumentRecord, safe: bool) -> Result<Self> {
        let entities = std::mem::take(&mut record.entities);
        let quotes = std::mem::take(&mut record.quotes);
        let figures = std::mem::take(&mut record.figures);
        let mut rows = PreparedRows::default();
        rows.cut = format_rows(&entities, safe, &mut rows.entities)?
            + format_rows(&quotes, safe, &mut rows.quotes)?
            + format_rows(&figures, safe, &mut rows.figures)?;
        rows.summary = SummaryInput::take(entities, &quotes, &figures);
        Ok(rows)
    }

    /// The formatted entity rows.
    pub fn entities(&self) -> &[u8] {
        &self.entities
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

impl CsvSink {
    fn warn_cut(cut: usize, record: &DocumentRecord, report: &mut WriteReport) {
        if cut > 0 {
            report.truncated_cells += cut;
            report.warn(format!(
                "{}: {cut} cell(s) longer than {MAX_CELL_CHARS} characters were cut to fit a spreadsheet (--plain-csv keeps them whole)",
                record.document.doc_id
            ));
        }
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
        Self::warn_cut(cut, record, report);
        self.summary.add(record);
        Ok(())
    }

    fn prepare(&self) -> Option<bool> {
        Some(self.safe)
    }

    fn write_prepared(
        &mut self,
        record: &DocumentRecord,
        rows: PreparedRows,
        report: &mut WriteReport,
    ) -> Result<()> {
        let cut = self.documents.write(&record.document)? + rows.cut;
        self.entities.append(&rows.entities)?;
        self.quotes.append(&rows.quotes)?;
        self.figures.append(&rows.figures)?;
        Self::warn_cut(cut, record, report);
        self.summary.add_input(rows.summary);
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
            (true, "\u{feff}text,note,count,value\n'=1+1,,3,2.5\n\"a,b\",x,0,\n"),
            (false, "text,note,count,value\n=1+1,,3,2.5\n\"a,b\",x,0,\n"),
        ] {
            let mut t = Table::create::<Row>(dir.path(), "t.csv", safe).unwrap();
            t.write(&Row { text: "=1+1".into(), note: None, count: 3, value: Some(2.5) }).unwrap();
            t.write(&Row { text: "a,b".into(), note: Some("x".into()), count: 0, value: None })
                .unwrap();
            t.finish().unwrap();
            assert_eq!(std::fs::read_to_string(dir.path().join("t.csv")).unwrap(), want);
        }
    }

    #[test]
    fn prepared_rows_are_the_rows_the_writer_would_write() {
        use crate::output::{EntityRow, FigureRow, QuoteRow};
        let record = DocumentRecord {
            document: DocumentRow { doc_id: "d1".into(), entities: 2, ..Default::default() },
            entities: vec![
                EntityRow {
                    doc_id: "d1".into(),
                    entity_id: "x:1".into(),
                    name: "-Kyiv".into(),
                    ..Default::default()
                },
                EntityRow {
                    doc_id: "d1".into(),
                    entity_id: "x:1".into(),
                    name: "Kyiv, city".into(),
                    ..Default::default()
                },
            ],
            quotes: vec![QuoteRow {
                doc_id: "d1".into(),
                text: "=\"We\" said".into(),
                speaker_entity_id: Some("x:1".into()),
                ..Default::default()
            }],
            figures: vec![FigureRow {
                doc_id: "d1".into(),
                source_entity_id: Some("x:1".into()),
                ..Default::default()
            }],
            ..Default::default()
        };
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let mut report = WriteReport::default();
        let mut direct = Box::new(CsvSink::create(a.path(), true).unwrap());
        direct.write(&record, &mut report).unwrap();
        direct.finish().unwrap();
        let mut prepared = Box::new(CsvSink::create(b.path(), true).unwrap());
        let mut taken = record.clone();
        let rows = PreparedRows::take(&mut taken, prepared.prepare().unwrap()).unwrap();
        assert!(taken.entities.is_empty() && taken.quotes.is_empty() && taken.figures.is_empty());
        prepared.write_prepared(&taken, rows, &mut report).unwrap();
        prepared.finish().unwrap();
        for name in ["documents", "entities", "quotes", "figures", "entity_summary"] {
            let read = |d: &tempfile::TempDir| {
                std::fs::read(d.path().join(format!("{name}.csv"))).unwrap()
            };
            assert_eq!(read(&a), read(&b), "{name}.csv");
        }
        let summary = std::fs::read_to_string(b.path().join("entity_summary.csv")).unwrap();
        assert!(summary.contains("x:1,'-Kyiv,"), "{summary}");
    }

    #[test]
    fn cells_with_marks_and_line_breaks_read_back_whole() {
        let cells = ["plain", "a,b", "say \"no\"", "two\nlines", "cr\r", "", "\"", "é ünïcode"];
        let rows: Vec<Row> = cells
            .iter()
            .map(|c| Row { text: c.to_string(), note: Some(c.to_string()), count: 1, value: None })
            .collect();
        let mut out = Vec::new();
        format_rows(&rows, false, &mut out).unwrap();
        let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(&out[..]);
        let back: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
        assert_eq!(back.len(), cells.len());
        for (record, cell) in back.iter().zip(cells) {
            assert_eq!((&record[0], &record[1], &record[2], &record[3]), (cell, cell, "1", ""));
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

    /// `csv_core` writing every field, delimiter and line end itself: what
    /// `RowBytes` must write.
    fn core_rows(rows: &[Vec<String>]) -> Vec<u8> {
        let mut core = csv_core::Writer::new();
        let mut out = vec![0u8; 64];
        let mut len = 0;
        let room = |out: &mut Vec<u8>, len: usize, need: usize| {
            if out.len() < len + need {
                out.resize(len + need, 0);
            }
        };
        for row in rows {
            for (i, f) in row.iter().enumerate() {
                if i > 0 {
                    room(&mut out, len, 2);
                    len += core.delimiter(&mut out[len..]).1;
                }
                room(&mut out, len, 2 * f.len() + 2);
                len += core.field(f.as_bytes(), &mut out[len..]).2;
            }
            room(&mut out, len, 3);
            len += core.terminator(&mut out[len..]).1;
        }
        out.truncate(len);
        out
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

        #[test]
        fn rows_are_written_as_csv_core_writes_them(
            rows in proptest::collection::vec(
                proptest::collection::vec("[a ,\"\\n\\ré'=-]{0,6}", 0..5),
                0..6,
            )
        ) {
            let mut bytes = RowBytes::new(b"head\n".to_vec());
            for row in &rows {
                for f in row {
                    bytes.field(f.as_bytes());
                }
                bytes.end_row();
            }
            let mut want = b"head\n".to_vec();
            want.extend(core_rows(&rows));
            proptest::prop_assert_eq!(bytes.finish(), want);
        }
    }
}
