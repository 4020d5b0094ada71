//! The output tables' row types: one struct per table, field order = column
//! order, shared by the CSV and JSONL writers.
//!
//! Offsets (`start`, `end`, `speaker_start`, `speaker_end`) are **character**
//! offsets into the original document text, end exclusive, as Python's
//! `text[start:end]`. `paragraph` and `sentence` are 1-based positions among
//! the document's non-boilerplate paragraphs and sentences.

use std::sync::Arc;

use serde::{Serialize, Serializer};

/// A number written as a plain number: integral values without a decimal
/// point (`1400000`, not `1.4e6` or `1400000.0`), in CSV and JSON alike,
/// without the binary noise of arithmetic: `4.1 million` is computed as
/// 4.1 × 10⁶ = 4099999.9999999995 in binary, and written `4100000`.
///
/// ```
/// use gazette::output::Number;
/// assert_eq!(serde_json::to_string(&Number(1_400_000.0)).unwrap(), "1400000");
/// assert_eq!(serde_json::to_string(&Number(2.5)).unwrap(), "2.5");
/// assert_eq!(serde_json::to_string(&Number(4.1 * 1e6)).unwrap(), "4100000");
/// assert_eq!(serde_json::to_string(&Number(0.1 + 0.2)).unwrap(), "0.3");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Number(pub f64);

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut v = self.0;
        if v.fract() != 0.0 && v.is_finite() {
            // Binary noise left by arithmetic (a scale, a fraction added):
            // the nearest whole number, or number of millionths, when it is
            // that close. (Formatting to 15 digits and reading back does
            // the same at ten times the cost.)
            let r = if v.abs() >= 1e6 { v.round() } else { (v * 1e6).round() / 1e6 };
            if (r - v).abs() <= 1e-12 * v.abs().max(1.0) {
                v = r;
            }
        }
        if v.fract() == 0.0 && v.abs() < 9_007_199_254_740_992.0 {
            s.serialize_i64(v as i64)
        } else {
            s.serialize_f64(v)
        }
    }
}

/// A row of `documents.csv`: one per document read, in input order.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DocumentRow {
    /// The input's id, else `<path>` or `<path>:<line>`.
    pub doc_id: String,
    /// `<path>` or `<path>:<line>` it was read from.
    pub source: String,
    /// Headline.
    pub title: Option<String>,
    /// Publication date as given (`YYYY-MM-DD` from a `date` first line).
    pub date: Option<String>,
    /// URL field.
    pub url: Option<String>,
    /// Length of the original text in characters.
    pub chars: u64,
    /// Non-boilerplate paragraphs.
    pub paragraphs: u64,
    /// Non-boilerplate sentences.
    pub sentences: u64,
    /// Rows in `entities.csv` for this document.
    pub entities: u64,
    /// Rows in `quotes.csv` for this document.
    pub quotes: u64,
    /// Rows in `figures.csv` for this document.
    pub figures: u64,
    /// Characters of the original text recognised as boilerplate.
    pub boilerplate_chars: u64,
    /// Hash of the article text (boilerplate left out, spaces folded): equal
    /// hashes, equal articles.
    pub content_hash: Option<String>,
    /// `doc_id` of an earlier document this one duplicates.
    pub duplicate_of: Option<String>,
}

/// A row of `entities.csv`: one mention of a place, official or organisation.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct EntityRow {
    /// Document (shared by all of a document's rows).
    pub doc_id: Arc<str>,
    /// 1-based number of the mention in its document.
    pub mention: u64,
    /// Stable id (`geonames:703448`, `wikidata:Q…`, or a slug).
    pub entity_id: String,
    /// Canonical name.
    pub name: String,
    /// `place`, `official` or `organisation`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// `country`, `city`, `ministry`, …
    pub subtype: Option<String>,
    /// ISO 3166 country code.
    pub country: Option<String>,
    /// Title as written in this document (`Kremlin spokesman`).
    pub role: Option<String>,
    /// The text as it appears.
    pub surface: String,
    /// Character offset of the first character.
    pub start: u64,
    /// Character offset one past the last character.
    pub end: u64,
    /// 1-based sentence.
    pub sentence: Option<u64>,
    /// 1-based paragraph.
    pub paragraph: Option<u64>,
    /// `gazetteer`, `title-pattern`, `coreference` or `demonym`.
    pub method: &'static str,
}

/// A row of `quotes.csv`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct QuoteRow {
    /// Document (shared by all of a document's rows).
    pub doc_id: Arc<str>,
    /// 1-based number of the quote in its document.
    pub quote: u64,
    /// What was said.
    pub text: String,
    /// `full`, `partial`, `continuation` or `indirect`.
    pub kind: &'static str,
    /// The speaker as written.
    pub speaker: Option<String>,
    /// The speaker's entity id.
    pub speaker_entity_id: Option<String>,
    /// The speaker's canonical name.
    pub speaker_name: Option<String>,
    /// The speaker's role.
    pub speaker_role: Option<String>,
    /// Speech verb.
    pub cue: Option<String>,
    /// How it was said (`in a Facebook post`).
    pub channel: Option<String>,
    /// `explicit`, `pronoun`, `continuation`, `according-to`, `role-only` or `none`.
    pub attribution: &'static str,
    /// Character offset of the quote's first character.
    pub start: u64,
    /// Character offset one past its last.
    pub end: u64,
    /// Character offset of the speaker mention.
    pub speaker_start: Option<u64>,
    /// One past the speaker mention.
    pub speaker_end: Option<u64>,
    /// 1-based paragraph.
    pub paragraph: Option<u64>,
}

/// A row of `figures.csv`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct FigureRow {
    /// Document (shared by all of a document's rows).
    pub doc_id: Arc<str>,
    /// 1-based number of the figure in its document.
    pub figure: u64,
    /// The text as it appears.
    pub surface: String,
    /// Plain number.
    pub value: Option<Number>,
    /// Upper end of a range.
    pub value_max: Option<Number>,
    /// `more than`, `at least`, `some`, …
    pub qualifier: Option<String>,
    /// `people`, `USD`, `percent`, `miles`, …
    pub unit: Option<String>,
    /// The noun phrase counted.
    pub counted: Option<String>,
    /// Category from the figure-categories data file.
    pub category: Option<String>,
    /// Who gave it, as written.
    pub source: Option<String>,
    /// Their entity id.
    pub source_entity_id: Option<String>,
    /// Number of the quote it sits in.
    pub quote: Option<u64>,
    /// Character offset of the first character.
    pub start: u64,
    /// One past the last.
    pub end: u64,
    /// 1-based sentence.
    pub sentence: Option<u64>,
    /// The sentence it sits in.
    pub context: Option<String>,
}

/// A row of `entity_summary.csv`: one per entity over the whole run.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct EntitySummaryRow {
    /// Stable id.
    pub entity_id: String,
    /// Canonical name.
    pub name: String,
    /// `place`, `official` or `organisation`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Documents that mention it.
    pub documents: u64,
    /// Mentions in all documents.
    pub mentions: u64,
    /// Quotes it is the speaker of.
    pub quotes_as_speaker: u64,
    /// Figures it is the source of.
    pub figures_as_source: u64,
}

/// Everything extracted from one document: its row and its rows in the other
/// tables.
///
/// JSONL writes it as one object: the `documents.csv` fields, in column
/// order, except that `entities`, `quotes` and `figures` are the arrays of
/// rows rather than their counts (a JSON object cannot hold both under one
/// name, and the count is the array's length).
///
/// ```
/// use gazette::output::{DocumentRecord, QuoteRow};
/// let mut r = DocumentRecord::default();
/// r.document.doc_id = "a".into();
/// r.quotes.push(QuoteRow { text: "We are for peace".into(), ..Default::default() });
/// let json: serde_json::Value = serde_json::to_value(&r).unwrap();
/// assert_eq!(json["quotes"][0]["text"], "We are for peace");
/// assert!(json["entities"].as_array().unwrap().is_empty());
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocumentRecord {
    /// The `documents.csv` row.
    pub document: DocumentRow,
    /// `entities.csv` rows.
    pub entities: Vec<EntityRow>,
    /// `quotes.csv` rows.
    pub quotes: Vec<QuoteRow>,
    /// `figures.csv` rows.
    pub figures: Vec<FigureRow>,
    /// Sampled word runs of the text, to find near-duplicates
    /// ([`crate::dedupe`]); not written.
    pub sketch: Vec<u64>,
}

impl Serialize for DocumentRecord {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let d = &self.document;
        let mut m = s.serialize_struct("DocumentRecord", 14)?;
        m.serialize_field("doc_id", &d.doc_id)?;
        m.serialize_field("source", &d.source)?;
        m.serialize_field("title", &d.title)?;
        m.serialize_field("date", &d.date)?;
        m.serialize_field("url", &d.url)?;
        m.serialize_field("chars", &d.chars)?;
        m.serialize_field("paragraphs", &d.paragraphs)?;
        m.serialize_field("sentences", &d.sentences)?;
        m.serialize_field("entities", &self.entities)?;
        m.serialize_field("quotes", &self.quotes)?;
        m.serialize_field("figures", &self.figures)?;
        m.serialize_field("boilerplate_chars", &d.boilerplate_chars)?;
        m.serialize_field("content_hash", &d.content_hash)?;
        m.serialize_field("duplicate_of", &d.duplicate_of)?;
        m.end()
    }
}

/// Column names of a row type, in order, from its serde field names.
///
/// ```
/// use gazette::output::{header, DocumentRow};
/// assert_eq!(header::<DocumentRow>()[0], "doc_id");
/// ```
pub fn header<T: Serialize + Default>() -> Vec<&'static str> {
    let mut cells = super::cells::Cells::default();
    cells.fill(&T::default()).expect("row types are flat structs");
    cells.names().to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_record_keys_follow_the_documents_columns() {
        let json = serde_json::to_string(&DocumentRecord::default()).unwrap();
        let mut keys = Vec::new();
        let mut rest = json.as_str();
        while let Some(i) = rest.find("\":") {
            let before = &rest[..i];
            keys.push(before[before.rfind('"').unwrap() + 1..].to_string());
            rest = &rest[i + 2..];
        }
        assert_eq!(keys, header::<DocumentRow>());
    }
}
