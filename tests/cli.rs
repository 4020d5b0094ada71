//! The tables a run writes, and the command line's promises.

use crate::util::*;

#[test]
fn writes_every_table_with_specs_headers() {
    let t = TestDir::new();
    let out = t.join("out");
    let articles = examples_dir().join("articles");
    run_ok(&["extract", articles.to_str().unwrap(), "-o", out.to_str().unwrap(), "-q"], b"");
    for (name, header) in [
        ("documents.csv", DOCUMENTS_HEADER),
        ("entities.csv", ENTITIES_HEADER),
        ("quotes.csv", QUOTES_HEADER),
        ("figures.csv", FIGURES_HEADER),
        (
            "entity_summary.csv",
            "entity_id,name,type,documents,mentions,quotes_as_speaker,figures_as_source",
        ),
    ] {
        let text = t.read(&format!("out/{name}"));
        let first = text.lines().next().unwrap();
        assert_eq!(first, format!("\u{feff}{header}"), "{name}");
    }
    let docs = csv_rows(&t.read("out/documents.csv"));
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["doc_id"], "flood-relief.txt");
    assert_eq!(docs[0]["date"], "2024-04-12");
    assert_eq!(docs[0]["title"], "Floodwaters force thousands from homes along the Dniester");
    assert_eq!(
        docs[1]["title"],
        "Grain ships leave Odesa as port reopens after three-week closure"
    );
    assert!(docs.iter().all(|d| d["boilerplate_chars"].parse::<u64>().unwrap() > 0));
    // No partial files are left behind.
    let names: Vec<_> = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(names.iter().all(|n| !n.to_string_lossy().contains("partial")), "{names:?}");
}

#[test]
fn boilerplate_is_left_out_unless_kept() {
    let t = TestDir::new();
    let text = "date 2022-02-27 Headline here\n\nJane Writer\n·5 min read\n\nOne sentence. Two sentences.\n\nRecommended Stories\n\n  • Other story about 150 helicopters\n";
    let file = t.write("a.txt", text);
    let f = file.to_str().unwrap();
    let out = run_ok(&["extract", f, "-o", "-", "-q"], b"");
    let rec: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rec["sentences"], 4, "{rec}"); // headline, byline name, two sentences
    assert_eq!(rec["date"], "2022-02-27");
    let kept = run_ok(&["extract", f, "-o", "-", "-q", "--keep-boilerplate"], b"");
    let kept: serde_json::Value = serde_json::from_slice(&kept.stdout).unwrap();
    assert!(kept["sentences"].as_u64() > rec["sentences"].as_u64());
    assert_eq!(kept["boilerplate_chars"], rec["boilerplate_chars"]);
}

#[test]
fn jsonl_format_writes_one_object_per_document() {
    let t = TestDir::new();
    let out = t.join("out");
    let jsonl = examples_dir().join("articles.jsonl");
    run_ok(
        &["extract", jsonl.to_str().unwrap(), "-o", out.to_str().unwrap(), "--format", "jsonl"],
        b"",
    );
    let text = t.read("out/documents.jsonl");
    let recs: Vec<serde_json::Value> =
        text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(recs.len(), 3);
    assert_eq!(recs[0]["doc_id"], "sample-1");
    assert_eq!(recs[0]["url"], "https://example.org/news/bridge-repairs");
    assert!(recs[1]["url"].is_null(), "empty is null");
    assert!(
        recs[0]["entities"].is_array()
            && recs[0]["quotes"].is_array()
            && recs[0]["figures"].is_array()
    );
    assert!(recs[0]["chars"].is_u64(), "numbers are JSON numbers");
}

#[test]
fn duplicates_are_marked_and_can_be_skipped() {
    let t = TestDir::new();
    t.write("in/a.txt", "Kyiv was quiet on Sunday. Shops opened.");
    t.write("in/b.txt", "Breaking News\n\nKyiv was quiet on Sunday.\nShops opened.\n");
    t.write("in/c.txt", "Something else entirely.");
    let dir = t.join("in");
    let out = run_ok(&["extract", dir.to_str().unwrap(), "-o", "-", "-q"], b"");
    let recs = jsonl_records(&out.stdout);
    assert_eq!(recs[1]["duplicate_of"], "a.txt");
    assert!(recs[2]["duplicate_of"].is_null());
    let out = run_ok(&["extract", dir.to_str().unwrap(), "-o", "-", "-q", "--no-dedupe"], b"");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("\"duplicate_of\":\"a.txt\""));
}

/// A story of many sentences, each its own words: `n` of them.
fn story(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!("Officials in district {i} said convoy {i} reached shelter {i} before dusk. ")
        })
        .collect()
}

#[test]
fn a_version_cut_short_is_a_near_duplicate_and_a_longer_one_is_not() {
    let t = TestDir::new();
    let full = story(120);
    t.write("in/a.txt", &full);
    // Cut short, with a caption of its own: nearly all of it is in a.txt.
    t.write(
        "in/b.txt",
        format!("A convoy at dusk. (Photo / Agency)\n\n{}", &full[..full.len() / 2]),
    );
    // The story with as much again added: it adds text, so it is no copy.
    t.write("in/c.txt", format!("{full}\n\n{}", story(240).split_off(full.len())));
    // Too short to judge, though all of it is in a.txt.
    t.write("in/d.txt", &full[..200]);
    let dir = t.join("in");
    let out = run_ok(&["extract", dir.to_str().unwrap(), "-o", "-", "-q"], b"");
    let recs = jsonl_records(&out.stdout);
    assert_eq!(recs[1]["duplicate_of"], "a.txt");
    assert!(recs[2]["duplicate_of"].is_null());
    assert!(recs[3]["duplicate_of"].is_null());
    let out = run_ok(&["extract", dir.to_str().unwrap(), "-o", "-", "-q", "--no-dedupe"], b"");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("\"duplicate_of\":\"a.txt\""));
}

#[test]
fn missing_input_fails_with_a_one_line_reason() {
    let out = run(&["extract", "no/such/input", "-o", "-"], b"");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("gazette: error: no/such/input:"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
}

#[test]
fn closing_summary_counts_documents_and_warnings() {
    let t = TestDir::new();
    let f = t.write("d.jsonl", "{\"text\":\"One.\"}\nnot json\n");
    let out = run_ok(&["extract", f.to_str().unwrap(), "-o", t.join("o").to_str().unwrap()], b"");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("d.jsonl:2: not JSON"), "{err}");
    assert!(err.contains("gazette: 2 documents"), "{err}");
    assert!(err.contains("1 warnings"), "{err}");
}

#[test]
fn user_gazetteer_folder_is_checked_and_used() {
    let t = TestDir::new();
    t.write("lex/boilerplate.tsv", "kind\ttext\nline\tSponsored content\n");
    let lex = t.join("lex");
    let out = run_ok(&["gazetteers", "check", lex.to_str().unwrap()], b"");
    assert!(String::from_utf8_lossy(&out.stderr).contains("no problems"));
    let f = t.write("a.txt", "Sponsored content\n\nReal news here.");
    let out = run_ok(
        &["extract", f.to_str().unwrap(), "-o", "-", "-q", "--gazetteers", lex.to_str().unwrap()],
        b"",
    );
    let rec: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rec["boilerplate_chars"], 17);
    t.write("bad/boilerplate.tsv", "kind\ttext\nsometimes\tX\n");
    let out = run(&["gazetteers", "check", t.join("bad").to_str().unwrap()], b"");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("boilerplate.tsv:2:"));
}

#[test]
fn shipped_gazetteers_pass_their_own_check() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteers");
    let out = run(&["gazetteers", "check", dir.to_str().unwrap()], b"");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("no problems"), "{err}");
}
