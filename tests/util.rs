//! Helpers: a scratch folder, the binary, and CSV reading.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The header of each table, as SPEC.md gives it.
pub const DOCUMENTS_HEADER: &str = "doc_id,source,title,date,url,chars,paragraphs,sentences,entities,quotes,figures,boilerplate_chars,content_hash,duplicate_of";
pub const ENTITIES_HEADER: &str = "doc_id,mention,entity_id,name,type,subtype,country,role,surface,start,end,sentence,paragraph,method";
pub const QUOTES_HEADER: &str = "doc_id,quote,text,kind,speaker,speaker_entity_id,speaker_name,speaker_role,cue,channel,attribution,start,end,speaker_start,speaker_end,paragraph";
pub const FIGURES_HEADER: &str = "doc_id,figure,surface,value,value_max,qualifier,unit,counted,category,source,source_entity_id,quote,start,end,sentence,context";

/// A temporary folder that is removed when dropped.
pub struct TestDir {
    dir: tempfile::TempDir,
}

impl TestDir {
    pub fn new() -> Self {
        TestDir { dir: tempfile::tempdir().expect("temp dir") }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn join(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes a file (creating folders) and returns its path.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, contents).unwrap();
        path
    }

    /// Reads an output file as text.
    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
    }
}

/// The gazette binary built for these tests.
pub fn gazette() -> Command {
    Command::new(env!("CARGO_BIN_EXE_gazette"))
}

/// Runs gazette with `args`, feeding `stdin`, and returns its output.
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = gazette()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run gazette");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

/// Runs gazette and insists it succeeds.
pub fn run_ok(args: &[&str], stdin: &[u8]) -> Output {
    let out = run(args, stdin);
    assert!(
        out.status.success(),
        "gazette {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Rows of a CSV file (BOM and header dropped) as maps of column to value.
pub fn csv_rows(text: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let headers = r.headers().unwrap().clone();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            headers.iter().zip(rec.iter()).map(|(h, v)| (h.to_string(), v.to_string())).collect()
        })
        .collect()
}

/// The records of JSONL output (`-o -`), one per document.
pub fn jsonl_records(stdout: &[u8]) -> Vec<serde_json::Value> {
    stdout
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect()
}

/// The sample articles shipped in the repo.
pub fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}
