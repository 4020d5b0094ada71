//! JSONL: one object per document, the `documents.csv` fields plus arrays.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use super::records::DocumentRecord;
use super::{Sink, WriteReport};
use crate::error::{Error, Result};

/// Writes one JSON object per line to `documents.jsonl` in a folder (renamed
/// into place when complete), to standard output, or to any writer.
///
/// ```
/// let mut buf = Vec::new();
/// let mut sink = gazette::output::JsonlSink::from_writer(&mut buf);
/// sink.write_line(&serde_json::json!({"doc_id": "a"}))?;
/// sink.close()?;
/// assert_eq!(buf, b"{\"doc_id\":\"a\"}\n");
/// # Ok::<(), gazette::Error>(())
/// ```
pub struct JsonlSink<W: Write> {
    out: BufWriter<W>,
    rename: Option<(PathBuf, PathBuf)>,
}

impl JsonlSink<std::io::Stdout> {
    /// JSONL to standard output (`-o -`).
    pub fn stdout() -> Self {
        JsonlSink::from_writer(std::io::stdout())
    }
}

impl JsonlSink<File> {
    /// `documents.jsonl` in `dir`.
    pub fn create(dir: &Path) -> Result<Self> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let path = dir.join("documents.jsonl");
        let temp = dir.join(".documents.jsonl.partial");
        let file = File::create(&temp).map_err(|e| Error::io(&temp, e))?;
        Ok(JsonlSink { rename: Some((temp, path)), ..JsonlSink::from_writer(file) })
    }
}

impl<W: Write> JsonlSink<W> {
    /// JSONL to any writer.
    pub fn from_writer(out: W) -> Self {
        JsonlSink { out: BufWriter::with_capacity(1 << 16, out), rename: None }
    }

    fn target(&self) -> PathBuf {
        self.rename.as_ref().map_or_else(|| "-".into(), |(t, _)| t.clone())
    }

    /// Writes any serialisable value as one line.
    pub fn write_line<T: serde::Serialize>(&mut self, value: &T) -> Result<()> {
        serde_json::to_writer(&mut self.out, value)
            .map_err(|e| Error::io(self.target(), std::io::Error::from(e)))?;
        self.out.write_all(b"\n").map_err(|e| Error::io(self.target(), e))
    }

    /// Flushes (and renames a file into place).
    pub fn close(mut self) -> Result<()> {
        self.out.flush().map_err(|e| Error::io(self.target(), e))?;
        let target = self.target();
        let rename = self.rename.take();
        self.out.into_inner().map_err(|e| Error::io(target, e.into_error()))?;
        if let Some((temp, path)) = rename {
            std::fs::rename(&temp, &path).map_err(|e| Error::io(&path, e))?;
        }
        Ok(())
    }
}

impl<W: Write> Sink for JsonlSink<W> {
    fn write(&mut self, record: &DocumentRecord, _: &mut WriteReport) -> Result<()> {
        self.write_line(record)
    }

    fn finish(self: Box<Self>) -> Result<()> {
        self.close()
    }
}
