//! Same input, same bytes out: whatever the thread count or compression.

use std::io::Write;

use crate::util::*;

/// A corpus big enough to span several batches and keep threads busy.
fn corpus(t: &TestDir) -> std::path::PathBuf {
    let mut jsonl = String::new();
    for i in 0..3000 {
        let text = format!(
            "Story {i}. Officials in Kyiv said {i} people left on Monday.\\n\\n\\\"We are safe,\\\" she said. {}",
            "More text follows here. ".repeat(i % 7)
        );
        jsonl.push_str(&format!("{{\"id\":\"d{i}\",\"text\":\"{text}\"}}\n"));
        if i % 500 == 0 {
            jsonl.push_str("not json at all\n");
        }
    }
    t.write("in/big.jsonl", &jsonl);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(jsonl.as_bytes()).unwrap();
    t.write("gz/big.jsonl.gz", gz.finish().unwrap());
    t.write("in/a.txt", "date 2022-02-27 Title\n\nKharkiv was shelled.");
    t.join("in")
}

fn tables(
    t: &TestDir,
    input: &std::path::Path,
    threads: &str,
    name: &str,
) -> Vec<(String, Vec<u8>)> {
    let out = t.join(name);
    run_ok(
        &["extract", input.to_str().unwrap(), "-o", out.to_str().unwrap(), "-j", threads, "-q"],
        b"",
    );
    let mut files: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap())
        })
        .collect();
    files.sort();
    files
}

#[test]
fn thread_count_does_not_change_a_byte() {
    let t = TestDir::new();
    let input = corpus(&t);
    let one = tables(&t, &input, "1", "j1");
    let two = tables(&t, &input, "2", "j2");
    let four = tables(&t, &input, "4", "j4");
    assert_eq!(one.len(), 5);
    assert!(one == two, "-j 1 and -j 2 differ");
    assert!(one == four, "-j 1 and -j 4 differ");
    let docs = String::from_utf8(one.iter().find(|(n, _)| n == "documents.csv").unwrap().1.clone())
        .unwrap();
    assert_eq!(docs.lines().count(), 1 + 3000 + 6 + 1);
}

#[test]
fn gzip_and_plain_give_the_same_rows() {
    let t = TestDir::new();
    corpus(&t);
    let plain =
        run_ok(&["extract", t.join("in/big.jsonl").to_str().unwrap(), "-o", "-", "-q"], b"");
    let gz =
        run_ok(&["extract", t.join("gz/big.jsonl.gz").to_str().unwrap(), "-o", "-", "-q"], b"");
    // Only the source path differs.
    let plain = String::from_utf8(plain.stdout).unwrap().replace("in/big.jsonl", "X");
    let gz = String::from_utf8(gz.stdout).unwrap().replace("gz/big.jsonl.gz", "X");
    let strip = |s: &str| s.replace(&t.path().display().to_string(), "");
    assert_eq!(strip(&plain), strip(&gz));
}
