//! The **write** stage: tables out, in input order, through one sequential
//! writer. One serde struct per table ([`records`]) feeds every format.

mod cells;
mod csv;
mod jsonl;
mod records;
mod summary;

pub use self::cells::{write_cells, CellError, CellKind, CellOut, Cells};
pub use self::csv::{guard_cell, CsvSink, PreparedRows, MAX_CELL_CHARS};
pub use self::jsonl::JsonlSink;
pub use self::records::{
    header, DocumentRecord, DocumentRow, EntityRow, EntitySummaryRow, FigureRow, Number, QuoteRow,
};
pub use self::summary::{EntitySummary, SummaryInput};

use crate::error::Result;

/// Where finished documents go, one at a time, in input order.
pub trait Sink {
    /// Writes one document's rows.
    fn write(&mut self, record: &DocumentRecord, report: &mut WriteReport) -> Result<()>;
    /// `Some(safe)` when this sink takes rows formatted ahead by the
    /// workers ([`PreparedRows::take`] with that spreadsheet mode) through
    /// [`Sink::write_prepared`]; `None` (the default) when it needs records.
    fn prepare(&self) -> Option<bool> {
        None
    }
    /// Writes one document: its record's document row and its other rows
    /// as prepared. Only called on sinks whose [`Sink::prepare`] is `Some`.
    fn write_prepared(
        &mut self,
        record: &DocumentRecord,
        rows: PreparedRows,
        report: &mut WriteReport,
    ) -> Result<()> {
        let _ = (record, rows, report);
        Err(crate::Error::Config("internal: this output takes no prepared rows".into()))
    }
    /// Completes the output (flush, rename temporary files into place).
    fn finish(self: Box<Self>) -> Result<()>;
}

/// What writing had to say: warnings for stderr and counts for the summary.
///
/// ```
/// let mut r = gazette::output::WriteReport::default();
/// r.warn("doc 7: a cell was cut".into());
/// assert_eq!(r.take_warnings(), ["doc 7: a cell was cut"]);
/// ```
#[derive(Debug, Default)]
pub struct WriteReport {
    warnings: Vec<String>,
    /// Cells cut to Excel's limit.
    pub truncated_cells: usize,
}

impl WriteReport {
    /// Records a warning.
    pub fn warn(&mut self, message: String) {
        self.warnings.push(message);
    }

    /// The warnings since the last call.
    pub fn take_warnings(&mut self) -> Vec<String> {
        std::mem::take(&mut self.warnings)
    }
}
