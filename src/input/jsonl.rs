//! `.jsonl` / `.ndjson` input: one JSON object per line.

use std::io::BufRead;

use serde_json::{Map, Value};

use super::decode::{decode_text, Reader};
use super::{Document, InputOptions, Pending};

/// Every non-blank line of a JSONL file, unparsed, in order.
pub(crate) fn records(mut reader: Reader, display: String) -> impl Iterator<Item = Pending> + Send {
    let path: std::sync::Arc<str> = display.as_str().into();
    let mut line_no = 0usize;
    let mut yielded = false;
    let mut done = false;
    let mut buf = Vec::new();
    std::iter::from_fn(move || {
        while !done {
            buf.clear();
            line_no += 1;
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) => done = true,
                Ok(_) if buf.iter().all(|b| b.is_ascii_whitespace()) => continue,
                Ok(_) => {
                    yielded = true;
                    // An exact copy: the buffer keeps its size for the next
                    // line instead of growing again from nothing.
                    let bytes = buf.clone();
                    return Some(Pending::JsonLine { bytes, path: path.clone(), line: line_no });
                }
                Err(e) => {
                    done = true;
                    yielded = true;
                    let at = format!("{display}:{line_no}");
                    let doc = Document::unreadable(at.clone(), at, format!("cannot read: {e}"));
                    return Some(Pending::Ready(doc));
                }
            }
        }
        if !yielded {
            yielded = true;
            let msg = "empty file: no records";
            let doc = Document::unreadable(display.clone(), display.clone(), msg);
            return Some(Pending::Ready(doc));
        }
        None
    })
}

/// Parses one JSONL line (`path` and 1-based `line` say where it came from).
/// Text is taken from `text`, `content` or `body` (or `--text-field`), the id
/// from `id` (or `--id-field`), and `title`, `date`, `url` where present. A
/// line that is not a JSON object, or has no text field, gives an unreadable
/// document that names the file and line.
///
/// ```
/// use gazette::{input::parse_record, InputOptions};
/// let d = parse_record(br#"{"id": 7, "body": "Hi", "url": "http://x"}"#, "a.jsonl", 3, &InputOptions::default());
/// assert_eq!((d.id.as_str(), d.source.as_str(), d.text.as_str()), ("7", "a.jsonl:3", "Hi"));
/// let bad = parse_record(b"{oops", "a.jsonl", 4, &InputOptions::default());
/// assert_eq!(bad.id, "a.jsonl:4");
/// assert!(bad.problem.is_some());
/// ```
pub fn parse_record(bytes: &[u8], path: &str, line: usize, options: &InputOptions) -> Document {
    parse_line(bytes.to_vec(), path, line, options)
}

/// [`parse_record`] on a line it may keep: the article text is taken out
/// of the parsed object rather than copied.
pub(crate) fn parse_line(
    bytes: Vec<u8>,
    path: &str,
    line: usize,
    options: &InputOptions,
) -> Document {
    let source = format!("{path}:{line}");
    let (text, recoded) = decode_text(bytes);
    let mut object: Map<String, Value> = match serde_json::from_str(text.trim_end()) {
        Ok(Value::Object(map)) => map,
        Ok(_) => return Document::unreadable(source.clone(), source, "not a JSON object"),
        Err(e) => return Document::unreadable(source.clone(), source, format!("not JSON: {e}")),
    };
    let field = |name: &str| object.get(name).and_then(value_text);
    // Whether a field has text, without copying it (the article's text).
    let has_text = |name: &str| object.get(name).is_some_and(|v| value_str(v).is_some());
    let id = field(options.id_field()).unwrap_or_else(|| source.clone());
    let fields = options.text_fields();
    let present = fields.iter().find(|f| object.get(**f).is_some_and(|v| !v.is_null()));
    if present.is_some() && !fields.iter().any(|f| has_text(f)) {
        // The text field is there but empty: a document with nothing to read.
        let problem = Document::unreadable(id.clone(), source.clone(), "empty text").problem;
        return Document {
            id,
            source,
            title: field(options.title_field()),
            date: field(options.date_field()),
            url: field("url"),
            recoded,
            problem,
            ..Default::default()
        };
    }
    let Some(body_field) = fields.iter().find(|f| has_text(f)) else {
        let msg =
            format!("no text field (looked for {}); name it with --text-field", fields.join(", "));
        return Document { recoded, ..Document::unreadable(id, source, msg) };
    };
    let title = field(options.title_field());
    let date = field(options.date_field());
    let url = field("url");
    let text = match object.remove(*body_field) {
        Some(Value::String(s)) => s,
        other => other.as_ref().and_then(value_text).unwrap_or_default(),
    };
    Document { id, source, title, date, url, text, recoded, problem: None }
}

/// A field's value as text: strings as they are, numbers and booleans printed,
/// null and empty strings as absent.
fn value_text(v: &Value) -> Option<String> {
    value_str(v).map(|s| s.into_owned())
}

/// [`value_text`], borrowed where the value is a string.
fn value_str(v: &Value) -> Option<std::borrow::Cow<'_, str>> {
    use std::borrow::Cow;
    match v {
        Value::String(s) if !s.is_empty() => Some(Cow::Borrowed(s.as_str())),
        Value::Number(n) => Some(Cow::Owned(n.to_string())),
        Value::Bool(b) => Some(Cow::Owned(b.to_string())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(input: &str) -> Vec<Document> {
        let r: Reader = Box::new(std::io::Cursor::new(input.as_bytes().to_vec()));
        records(r, "d.jsonl".into()).map(|p| p.resolve(&InputOptions::default())).collect()
    }

    #[test]
    fn blank_lines_are_skipped_and_line_numbers_kept() {
        let docs = all("{\"text\":\"a\"}\n\n{\"text\":\"b\"}\r\n");
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1].id, "d.jsonl:3");
        assert_eq!(docs[1].text, "b");
    }

    #[test]
    fn malformed_line_becomes_a_document_with_a_problem() {
        let docs = all("{\"text\":\"a\"}\n{\"text\": \n{\"text\":\"c\"}\n");
        assert_eq!(docs.len(), 3);
        let p = docs[1].problem.as_ref().unwrap();
        assert_eq!(p.location, "d.jsonl:2");
        assert_eq!(docs[2].text, "c");
    }

    #[test]
    fn empty_file_is_reported() {
        let docs = all("");
        assert_eq!(docs.len(), 1);
        assert!(docs[0].problem.as_ref().unwrap().message.contains("empty"));
    }

    #[test]
    fn custom_fields_and_missing_text() {
        let opts = InputOptions {
            text_field: Some("story".into()),
            id_field: Some("guid".into()),
            ..Default::default()
        };
        let d = parse_record(br#"{"guid":"g1","story":"S","date":"2022-03-02"}"#, "x", 1, &opts);
        assert_eq!((d.id.as_str(), d.text.as_str()), ("g1", "S"));
        assert_eq!(d.date.as_deref(), Some("2022-03-02"));
        let d = parse_record(br#"{"guid":"g2","text":"T"}"#, "x", 2, &opts);
        assert!(d.problem.unwrap().message.contains("--text-field"));
        assert_eq!(d.id, "g2");
    }

    #[test]
    fn empty_text_is_its_own_problem() {
        let d =
            parse_record(br#"{"id":"e","text":"","title":"T"}"#, "x", 1, &InputOptions::default());
        assert_eq!(d.problem.unwrap().message, "empty text");
        assert_eq!(d.title.as_deref(), Some("T"));
    }

    #[test]
    fn non_utf8_line_is_recoded() {
        let d = parse_record(b"{\"text\":\"\xa3600m\"}", "x", 1, &InputOptions::default());
        assert!(d.recoded);
        assert_eq!(d.text, "£600m");
    }
}
