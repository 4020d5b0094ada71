//! Every input format users have, and every way input goes wrong: each gives
//! its documented result, never a panic and never a lost document.

use std::io::Write;

use crate::util::*;

fn documents(
    t: &TestDir,
    inputs: &[&str],
) -> (Vec<std::collections::BTreeMap<String, String>>, String) {
    let out = t.join("out");
    let mut args = vec!["extract"];
    args.extend_from_slice(inputs);
    args.extend_from_slice(&["-o", out.to_str().unwrap(), "-q"]);
    let o = run_ok(&args, b"");
    (csv_rows(&t.read("out/documents.csv")), String::from_utf8_lossy(&o.stderr).into_owned())
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

#[test]
fn windows_1252_text_file_is_decoded_and_counted() {
    let t = TestDir::new();
    let f = t.write(
        "sport.txt",
        b"Fee of \xa35m agreed\n\nThe club paid \xa35m, its \x93record\x94 fee.",
    );
    let (docs, err) = documents(&t, &[f.to_str().unwrap()]);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["title"], "Fee of £5m agreed");
    assert!(err.contains("1 decoded as Windows-1252"), "{err}");
    // chars counts the decoded text: 1 character per byte.
    assert_eq!(docs[0]["chars"], "55");
}

#[test]
fn gzipped_jsonl_is_read_whatever_its_name() {
    let t = TestDir::new();
    let body = b"{\"id\":\"g1\",\"text\":\"One.\"}\n{\"id\":\"g2\",\"text\":\"Two.\"}\n";
    let named = t.write("in/a.jsonl.gz", gzip(body));
    let (docs, _) = documents(&t, &[named.to_str().unwrap()]);
    assert_eq!(docs.iter().map(|d| d["doc_id"].as_str()).collect::<Vec<_>>(), ["g1", "g2"]);
    assert_eq!(docs[1]["source"], format!("{}:2", named.display()));
    // Multi-member gzip (cat a.gz b.gz) is read whole.
    let mut two = gzip(b"{\"text\":\"A.\"}\n");
    two.extend(gzip(b"{\"text\":\"B.\"}\n"));
    let f = t.write("two.jsonl.gz", two);
    let (docs, _) = documents(&t, &[f.to_str().unwrap()]);
    assert_eq!(docs.len(), 2);
}

#[test]
fn csv_and_tsv_rows_are_documents() {
    let t = TestDir::new();
    t.write(
        "in/a.csv",
        "id,title,content\nc1,Quoted,\"Line one.\n\nLine \"\"two\"\".\"\nc2,,Plain.\n",
    );
    t.write("in/b.tsv", "body\theadline\nTab text.\tT\n");
    let dir = t.join("in");
    let (docs, _) = documents(&t, &[dir.to_str().unwrap()]);
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[0]["doc_id"], "c1");
    assert_eq!(docs[0]["paragraphs"], "2");
    assert_eq!(docs[1]["source"], "a.csv:5");
    assert_eq!(docs[2]["doc_id"], "b.tsv:2");
}

#[test]
fn stdin_takes_jsonl_or_one_text() {
    let out = run_ok(
        &["extract", "-", "-o", "-", "-q"],
        b"{\"text\":\"A.\"}\n{\"text\":\"Bee. Sea.\"}\n",
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["doc_id"], "-:2");
    assert_eq!(lines[1]["sentences"], 2);
    let out = run_ok(&["extract", "-", "-o", "-", "-q"], b"Plain text. From a pipe.");
    let rec: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rec["doc_id"], "-");
    assert_eq!(rec["sentences"], 2);
}

#[test]
fn malformed_empty_and_binary_inputs_still_get_rows() {
    let t = TestDir::new();
    t.write(
        "in/1.jsonl",
        "{\"text\":\"Fine.\"}\n{\"text\": broken\n[1,2]\n{\"title\":\"no text\"}\n",
    );
    t.write("in/2.txt", "");
    t.write("in/3.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    t.write("in/4.csv", "");
    t.write("in/5.csv", "text,date\nok,2024-01-01\nragged\n");
    let dir = t.join("in");
    let (docs, err) = documents(&t, &[dir.to_str().unwrap()]);
    let ids: Vec<_> = docs.iter().map(|d| d["doc_id"].as_str()).collect();
    assert_eq!(
        ids,
        [
            "1.jsonl:1",
            "1.jsonl:2",
            "1.jsonl:3",
            "1.jsonl:4",
            "2.txt",
            "3.txt",
            "4.csv",
            "5.csv:2",
            "5.csv:3"
        ]
    );
    for needle in [
        "1.jsonl:2: not JSON",
        "1.jsonl:3: not a JSON object",
        "1.jsonl:4: no text field",
        "2.txt: empty file",
        "3.txt: binary file",
        "4.csv: empty file",
        "5.csv:3: malformed row",
    ] {
        assert!(err.contains(needle), "missing {needle:?} in {err}");
    }
    assert_eq!(docs[1]["chars"], "0");
    assert!(err.contains("9 documents"), "{err}");
}

#[test]
fn folders_are_walked_in_sorted_order_and_other_files_skipped() {
    let t = TestDir::new();
    t.write("in/b/2.txt", "Two.");
    t.write("in/a.txt", "One.");
    t.write("in/c.jsonl", "{\"text\":\"Three.\"}\n");
    t.write("in/notes.md", "not an article");
    t.write("in/.hidden.txt", "hidden");
    let dir = t.join("in");
    let (docs, _) = documents(&t, &[dir.to_str().unwrap()]);
    let ids: Vec<_> = docs.iter().map(|d| d["doc_id"].as_str()).collect();
    assert_eq!(ids, ["a.txt", "b/2.txt", "c.jsonl:1"]);
}

#[test]
fn field_options_pick_other_fields() {
    let t = TestDir::new();
    let f = t.write(
        "d.jsonl",
        "{\"guid\":\"x9\",\"story\":\"Body.\",\"headline\":\"H\",\"published\":\"2024-02-02\"}\n",
    );
    let (docs, _) = documents(
        &t,
        &[
            f.to_str().unwrap(),
            "--text-field",
            "story",
            "--id-field",
            "guid",
            "--title-field",
            "headline",
            "--date-field",
            "published",
        ],
    );
    assert_eq!(docs[0]["doc_id"], "x9");
    assert_eq!(docs[0]["title"], "H");
    assert_eq!(docs[0]["date"], "2024-02-02");
    assert_eq!(docs[0]["sentences"], "1");
}
