//! The seeds' entity rows, reviewed by eye and kept as a snapshot: any change
//! to what is matched in them shows up here. The seeds live in ../shared,
//! which a user's clone does not have; without them the test passes quietly.
//! `GAZETTE_UPDATE_SNAPSHOTS=1 cargo test seeds` rewrites the snapshot.

use std::path::Path;

use gazette::{Document, Lexicons, Pipeline};

#[test]
fn seed_entity_rows_match_the_reviewed_snapshot() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let snapshot = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/seed_entities.tsv");
    let Ok(dir) = std::fs::read_dir(&seeds) else { return };
    let mut files: Vec<_> = dir.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    files.sort();
    let p = Pipeline::new(Lexicons::builtin(), Default::default());
    let mut out = String::from("doc\tsurface\tname\ttype\tmethod\n");
    for f in files {
        let name = f.file_name().unwrap().to_string_lossy()[..3].to_string();
        let text = std::fs::read_to_string(&f).unwrap();
        let record = p.process(&Document::from_text(name.clone(), text));
        for e in record.entities {
            out.push_str(&format!("{name}\t{}\t{}\t{}\t{}\n", e.surface, e.name, e.kind, e.method));
        }
    }
    if std::env::var_os("GAZETTE_UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&snapshot, &out).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&snapshot).unwrap();
    if want != out {
        let diff: Vec<String> = want
            .lines()
            .zip(out.lines())
            .filter(|(a, b)| a != b)
            .take(10)
            .map(|(a, b)| format!("- {a}\n+ {b}"))
            .collect();
        panic!(
            "seed entity rows changed ({} vs {} lines):\n{}",
            want.lines().count(),
            out.lines().count(),
            diff.join("\n")
        );
    }
}
