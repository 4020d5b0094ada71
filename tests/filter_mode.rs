//! `gazette filter`: one line out per line in, in order, errors as records.

use crate::util::*;

#[test]
fn one_line_out_per_line_in() {
    let input = b"{\"id\":\"a\",\"text\":\"Kyiv. Odesa.\"}\n\nnot json\n{\"id\":\"d\",\"content\":\"Fine.\"}\n{\"id\":\"e\"}\n";
    let out = run_ok(&["filter"], input);
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> =
        text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0]["doc_id"], "a");
    assert_eq!(lines[0]["sentences"], 2);
    assert_eq!(lines[1]["doc_id"], "-:2");
    assert_eq!(lines[1]["error"], "empty line");
    assert_eq!(lines[2]["doc_id"], "-:3");
    assert!(lines[2]["error"].as_str().unwrap().starts_with("not JSON"));
    assert_eq!(lines[3]["doc_id"], "d");
    assert_eq!(lines[4]["doc_id"], "e");
    assert!(lines[4]["error"].as_str().unwrap().contains("no text field"));
}

#[test]
fn filter_is_the_same_with_more_threads() {
    let mut input = String::new();
    for i in 0..2500 {
        input.push_str(&format!("{{\"id\":\"{i}\",\"text\":\"Item {i}. Done.\"}}\n"));
    }
    let one = run_ok(&["filter"], input.as_bytes());
    let two = run_ok(&["filter", "-j", "2"], input.as_bytes());
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(one.stdout.iter().filter(|b| **b == b'\n').count(), 2500);
}
