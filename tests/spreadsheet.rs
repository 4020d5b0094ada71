//! CSV that is safe to open in a spreadsheet, unless asked for plain CSV.

use crate::util::*;

const RECORD: &str = "{\"id\":\"x\",\"title\":\"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\",\"text\":\"Body.\",\"url\":\"@evil\"}\n";

#[test]
fn formula_cells_are_guarded_by_default() {
    let t = TestDir::new();
    let f = t.write("a.jsonl", RECORD);
    run_ok(&["extract", f.to_str().unwrap(), "-o", t.join("o").to_str().unwrap(), "-q"], b"");
    let raw = t.read("o/documents.csv");
    assert!(raw.starts_with('\u{feff}'), "BOM");
    let rows = csv_rows(&raw);
    assert_eq!(rows[0]["title"], "'=HYPERLINK(\"http://x\",\"y\")");
    assert_eq!(rows[0]["url"], "'@evil");
    assert_eq!(rows[0]["chars"], "5", "numbers stay plain");
}

#[test]
fn plain_csv_leaves_cells_alone() {
    let t = TestDir::new();
    let f = t.write("a.jsonl", RECORD);
    run_ok(
        &["extract", f.to_str().unwrap(), "-o", t.join("o").to_str().unwrap(), "-q", "--plain-csv"],
        b"",
    );
    let raw = t.read("o/documents.csv");
    assert!(raw.starts_with("doc_id,"), "no BOM");
    let rows = csv_rows(&raw);
    assert_eq!(rows[0]["title"], "=HYPERLINK(\"http://x\",\"y\")");
}

#[test]
fn jsonl_output_is_not_guarded() {
    let t = TestDir::new();
    let f = t.write("a.jsonl", RECORD);
    let out = run_ok(&["extract", f.to_str().unwrap(), "-o", "-", "-q"], b"");
    let rec: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rec["title"], "=HYPERLINK(\"http://x\",\"y\")");
}

/// Wire copy wraps lines inside names; the columns users group on hold the
/// name on one line, while `surface` and `context` quote the text as written.
#[test]
fn names_wrapped_over_lines_are_one_value() {
    let t = TestDir::new();
    let text =
        "The Securities and Exchange\nCommission fined the firm. The Finance\nMinistry said \
                hundreds of\nthousands of dollars were lost.\n";
    let f = t.write("a.txt", text);
    run_ok(&["extract", f.to_str().unwrap(), "-o", t.join("o").to_str().unwrap(), "-q"], b"");
    let entities = csv_rows(&t.read("o/entities.csv"));
    let names: Vec<&str> = entities.iter().map(|r| r["name"].as_str()).collect();
    assert!(names.contains(&"Securities and Exchange Commission"), "{names:?}");
    assert!(names.contains(&"Finance Ministry"), "{names:?}");
    let sec = entities.iter().find(|r| r["name"] == "Finance Ministry").unwrap();
    assert_eq!(sec["surface"], "Finance\nMinistry", "surface is as written");
    let figures = csv_rows(&t.read("o/figures.csv"));
    assert_eq!(figures[0]["qualifier"], "hundreds of thousands of");
    assert_eq!(figures[0]["source"], "Finance Ministry");
    assert!(figures[0]["context"].contains("Finance\nMinistry"));
}
