//! The **write** stage: tables out, in input order, through one sequential
//! writer. One serde struct per table ([`records`]) feeds every format.

mod cells;
mod csv;
mod jsonl;
mod records;
mod summary;

pub use self::cells::{write_cells, CellError, CellKind, CellOut, Cells};
pub use self::csv::{guard_cell, CsvSink, MAX_CELL_CHARS};
pub use self::jsonl::JsonlSink;
pub use self::records::{
    header, DocumentRecord, DocumentRow, EntityRow, EntitySummaryRow, FigureRow, Number, QuoteRow,
};
pub use self::summary::EntitySummary;

use crate::error::Result;

/// Where finished documents go, one at a time, in input order.
pub trait Sink {
    /// Writes one document's rows.
    fn write(&mut self, record: &DocumentRecord, report: &mut WriteReport) -> Result<()>;
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
