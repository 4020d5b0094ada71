//! `.csv` / `.tsv` input: one article per row, with a header row.

use super::decode::{decode_text, Reader};
use super::{Document, InputOptions};

/// Every data row of a CSV (or TSV) file, as documents, in order. Field names
/// come from the header row; a row with the wrong number of fields gives an
/// unreadable document naming its line, and reading goes on.
pub(crate) fn records(
    reader: Reader,
    display: String,
    tsv: bool,
    options: InputOptions,
) -> impl Iterator<Item = Document> + Send {
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(if tsv { b'\t' } else { b',' })
        .quoting(!tsv)
        .has_headers(true)
        .flexible(false)
        .from_reader(reader);
    let header_result = csv.byte_headers().cloned();
    let mut fatal: Option<String> = None;
    let mut columns = Columns::default();
    match header_result {
        Ok(h) => {
            let names: Vec<String> = h.iter().map(|f| decode_text(f.to_vec()).0).collect();
            columns = Columns::new(&names, &options);
            if names.iter().all(|n| n.is_empty()) {
                fatal = Some("empty file: no header row".into());
            } else if columns.text.is_none() {
                fatal = Some(format!(
                    "no text column (looked for {}); name it with --text-field",
                    options.text_fields().join(", ")
                ));
            }
        }
        Err(e) => fatal = Some(format!("cannot read the header row: {e}")),
    }
    let mut record = csv::ByteRecord::new();
    let mut yielded = false;
    let mut done = false;
    std::iter::from_fn(move || {
        if let Some(msg) = fatal.take() {
            done = true;
            return Some(Document::unreadable(display.clone(), display.clone(), msg));
        }
        if done {
            return None;
        }
        let result = csv.read_byte_record(&mut record);
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        match result {
            Ok(true) => {
                yielded = true;
                Some(columns.document(&record, &display, line))
            }
            Ok(false) => {
                done = true;
                if yielded {
                    return None;
                }
                let msg = "no rows under the header";
                Some(Document::unreadable(display.clone(), display.clone(), msg))
            }
            Err(e) => {
                yielded = true;
                let line = e.position().map(|p| p.line()).unwrap_or(line);
                let at = format!("{display}:{line}");
                if !matches!(e.kind(), csv::ErrorKind::UnequalLengths { .. }) {
                    done = true;
                }
                Some(Document::unreadable(at.clone(), at, format!("malformed row: {e}")))
            }
        }
    })
}

/// Column positions of the fields gazette reads.
#[derive(Default)]
struct Columns {
    text: Option<usize>,
    id: Option<usize>,
    title: Option<usize>,
    date: Option<usize>,
    url: Option<usize>,
}

impl Columns {
    fn new(names: &[String], options: &InputOptions) -> Self {
        let find = |want: &str| names.iter().position(|n| n.trim().eq_ignore_ascii_case(want));
        Columns {
            text: options.text_fields().iter().find_map(|f| find(f)),
            id: find(options.id_field()),
            title: find(options.title_field()),
            date: find(options.date_field()),
            url: find("url"),
        }
    }

    fn document(&self, record: &csv::ByteRecord, path: &str, line: u64) -> Document {
        let mut recoded = false;
        let mut get = |col: Option<usize>| {
            let bytes = record.get(col?)?;
            let (s, r) = decode_text(bytes.to_vec());
            recoded |= r;
            (!s.is_empty()).then_some(s)
        };
        let source = format!("{path}:{line}");
        let text = get(self.text).unwrap_or_default();
        let id = get(self.id).unwrap_or_else(|| source.clone());
        let (title, date, url) = (get(self.title), get(self.date), get(self.url));
        Document { id, source, title, date, url, text, recoded, problem: None }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(input: &str, tsv: bool) -> Vec<Document> {
        let r: Reader = Box::new(std::io::Cursor::new(input.as_bytes().to_vec()));
        records(r, "f.csv".into(), tsv, InputOptions::default()).collect()
    }

    #[test]
    fn rows_with_quoted_newlines() {
        let docs = all("id,title,text\na1,T,\"Line one.\n\nLine \"\"two\"\".\"\na2,,x\n", false);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].id, "a1");
        assert_eq!(docs[0].text, "Line one.\n\nLine \"two\".");
        assert_eq!(docs[1].title, None);
    }

    #[test]
    fn ragged_row_is_reported_and_reading_goes_on() {
        let docs = all("text,date\nok,2022-01-01\nbad\nok2,2022-01-02\n", false);
        assert_eq!(docs.len(), 3);
        assert_eq!(docs[1].id, "f.csv:3");
        assert!(docs[1].problem.is_some());
        assert_eq!(docs[2].text, "ok2");
        assert_eq!(docs[2].id, "f.csv:4");
    }

    #[test]
    fn tsv_without_text_column_is_one_problem() {
        let docs = all("headline\tday\nx\ty\n", true);
        assert_eq!(docs.len(), 1);
        assert!(docs[0].problem.as_ref().unwrap().message.contains("no text column"));
    }
}
