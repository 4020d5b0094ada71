//! Turning command-line inputs into a sorted, deterministic list of files.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// How a file's records are laid out, from its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One article per file.
    Txt,
    /// One JSON object per line (`.jsonl`, `.ndjson`).
    Jsonl,
    /// One article per row, comma-separated, with a header row.
    Csv,
    /// One article per row, tab-separated, with a header row.
    Tsv,
    /// Standard input: JSONL when the first non-blank byte is `{`, else one text.
    Sniff,
}

/// One input to read, with the name its documents are known by.
///
/// ```
/// use gazette::input::{Format, InputFile};
/// let f = InputFile::from_path("dump/day1.jsonl.gz".into(), "day1.jsonl.gz".into());
/// assert_eq!(f.format, Format::Jsonl);
/// assert!(f.gzip);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    /// Where to read it; `-` is standard input.
    pub path: PathBuf,
    /// The name used in `doc_id` and `source`: relative to the folder named on
    /// the command line, or the argument as given.
    pub display: String,
    /// Record layout.
    pub format: Format,
    /// Named `.gz` (gzip is also recognised by its magic bytes whatever the name).
    pub gzip: bool,
}

impl InputFile {
    /// Classifies a file by its name.
    pub fn from_path(path: PathBuf, display: String) -> Self {
        let (format, gzip) = classify(&path).unwrap_or((Format::Txt, false));
        InputFile { path, display, format, gzip }
    }

    fn stdin() -> Self {
        InputFile { path: "-".into(), display: "-".into(), format: Format::Sniff, gzip: false }
    }
}

/// `Some((format, gzip))` for a name gazette reads when walking a folder.
fn classify(path: &Path) -> Option<(Format, bool)> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    let (stem, gzip) = match name.strip_suffix(".gz") {
        Some(s) => (s.to_string(), true),
        None => (name, false),
    };
    let ext = stem.rsplit_once('.')?.1;
    let format = match ext {
        "txt" | "text" => Format::Txt,
        "jsonl" | "ndjson" => Format::Jsonl,
        "csv" => Format::Csv,
        "tsv" | "tab" => Format::Tsv,
        _ => return None,
    };
    Some((format, gzip))
}

/// Resolves inputs to files. Folders are walked recursively in sorted order and
/// only files with a known extension (`.txt`, `.jsonl`, `.ndjson`, `.csv`,
/// `.tsv`, each optionally `.gz`) are read from them; hidden files are skipped.
/// A file named explicitly is read whatever its name (unknown: as text).
///
/// An input that does not exist is an error: the run cannot do what was asked.
///
/// ```
/// let dir = tempfile::tempdir()?;
/// std::fs::create_dir(dir.path().join("b"))?;
/// std::fs::write(dir.path().join("b/2.txt"), "two")?;
/// std::fs::write(dir.path().join("1.jsonl"), "")?;
/// std::fs::write(dir.path().join("notes.md"), "skipped")?;
/// let files = gazette::input::discover(&[dir.path().to_path_buf()])?;
/// let names: Vec<_> = files.iter().map(|f| f.display.as_str()).collect();
/// assert_eq!(names, ["1.jsonl", "b/2.txt"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn discover(inputs: &[PathBuf]) -> Result<Vec<InputFile>> {
    let mut files = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            files.push(InputFile::stdin());
            continue;
        }
        let meta = std::fs::metadata(input).map_err(|e| Error::io(input, e))?;
        if !meta.is_dir() {
            files.push(InputFile::from_path(input.clone(), input.display().to_string()));
            continue;
        }
        let walker = walkdir::WalkDir::new(input)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        for entry in walker {
            let entry = entry.map_err(|e| {
                let path = e.path().unwrap_or(input).to_path_buf();
                Error::io(path, e.into())
            })?;
            if !entry.file_type().is_file() {
                continue;
            }
            let Some((format, gzip)) = classify(entry.path()) else { continue };
            let rel = entry.path().strip_prefix(input).unwrap_or(entry.path());
            let display = rel.to_string_lossy().replace('\\', "/");
            files.push(InputFile { path: entry.path().to_path_buf(), display, format, gzip });
        }
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_by_extension() {
        let c = |n: &str| classify(Path::new(n));
        assert_eq!(c("a.TXT"), Some((Format::Txt, false)));
        assert_eq!(c("a.ndjson.gz"), Some((Format::Jsonl, true)));
        assert_eq!(c("a.tsv"), Some((Format::Tsv, false)));
        assert_eq!(c("a.csv.gz"), Some((Format::Csv, true)));
        assert_eq!(c("a.pdf"), None);
        assert_eq!(c("README"), None);
    }

    #[test]
    fn missing_input_is_an_error_naming_it() {
        let err = discover(&["no/such/dir".into()]).unwrap_err();
        assert!(err.to_string().starts_with("no/such/dir:"), "{err}");
    }

    #[test]
    fn explicit_file_keeps_its_name_and_reads_unknown_as_text() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("story.html");
        std::fs::write(&p, "x").unwrap();
        let files = discover(std::slice::from_ref(&p)).unwrap();
        assert_eq!(files[0].format, Format::Txt);
        assert_eq!(files[0].display, p.display().to_string());
    }
}
