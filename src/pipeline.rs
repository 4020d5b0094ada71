//! The pipeline: one pure function from a [`Document`] to its rows.
//!
//! [`Pipeline::process`] touches no I/O and no shared mutable state, so the
//! runner can call it on many documents at once (rayon) and still write the
//! results in input order.

use std::sync::Arc;

use xxhash_rust::xxh3::Xxh3;

use crate::entities::find_mentions;
use crate::figures::find_figures;
use crate::header;
use crate::input::Document;
use crate::lexicon::Lexicons;
use crate::normalize::{normalize, NormText};
use crate::output::{DocumentRecord, DocumentRow, EntityRow, FigureRow, Number, QuoteRow};
use crate::quotes::find_quotes;
use crate::segment::{paragraphs, sentences, words_of_sentences, Sentence, Word};
use crate::span::{one_line, Span};

/// Choices that change what is extracted.
///
/// ```
/// use gazette::{Document, Lexicons, Pipeline, PipelineOptions};
/// let doc = Document::from_text("1", "Some 368,000 people fled.");
/// let all = Pipeline::new(Lexicons::builtin(), PipelineOptions::default());
/// assert_eq!(all.process(&doc).figures.len(), 1);
/// let opts = PipelineOptions { skip_figures: true, ..Default::default() };
/// let no_figures = Pipeline::new(Lexicons::builtin(), opts);
/// assert!(no_figures.process(&doc).figures.is_empty());
/// ```
#[derive(Debug, Clone, Default)]
pub struct PipelineOptions {
    /// Extract from boilerplate too (`--keep-boilerplate`).
    pub keep_boilerplate: bool,
    /// Leave the figures stage out (no figure rows). The command line has
    /// no switch for it: it is how the benches and `scripts/stage_cost.py`
    /// measure what figures add to a whole run, and it serves library users
    /// who want no figures.
    pub skip_figures: bool,
}

/// A document after normalisation and segmentation: what the extraction
/// stages read.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// Normalised text with its map back to the original.
    pub norm: NormText,
    /// Boilerplate spans (counted whether or not they are kept).
    pub boilerplate: Vec<Span>,
    /// The parts of the text that extraction reads, in order.
    pub regions: Vec<Span>,
    /// Paragraphs inside `regions`.
    pub paragraphs: Vec<Span>,
    /// Sentences of those paragraphs.
    pub sentences: Vec<Sentence>,
    /// The words of all sentences, in order: each stage reads a sentence's
    /// words from here ([`Analysis::sentence_words`]) instead of splitting
    /// it again.
    pub words: Vec<Word>,
    /// Date from a `date YYYY-MM-DD` first line.
    pub date: Option<String>,
    /// Headline found in the text.
    pub title: Option<String>,
}

impl Analysis {
    /// The words of sentence `i`.
    pub fn sentence_words(&self, i: usize) -> &[Word] {
        &self.words[self.sentences[i].words.clone()]
    }

    /// 1-based sentence and paragraph of normalised byte `at`.
    pub fn position(&self, at: usize) -> (Option<u64>, Option<u64>) {
        let i = self.sentences.partition_point(|s| s.span.end <= at);
        match self.sentences.get(i) {
            Some(s) if s.span.start <= at => (Some(i as u64 + 1), Some(s.paragraph as u64 + 1)),
            _ => {
                let p = self.paragraphs.partition_point(|p| p.end <= at);
                let para = self.paragraphs.get(p).filter(|p| p.start <= at).map(|_| p as u64 + 1);
                (None, para)
            }
        }
    }

    /// Original character offset of a normalised byte offset.
    pub fn orig(&self, byte: usize) -> u64 {
        self.norm.to_original(byte) as u64
    }

    /// Characters of the original text that are boilerplate.
    pub fn boilerplate_chars(&self) -> u64 {
        self.boilerplate.iter().map(|s| self.orig(s.end) - self.orig(s.start)).sum()
    }

    /// A hash of the article text (paragraph lines, trimmed), as 16 hex digits.
    pub fn content_hash(&self) -> String {
        // Each line of each paragraph, trimmed and followed by one space, so
        // re-wrapped or re-indented copies of an article hash the same.
        let mut h = Xxh3::new();
        for p in &self.paragraphs {
            for line in p.slice(&self.norm.text).split('\n') {
                let line = line.trim();
                if !line.is_empty() {
                    h.update(line.as_bytes());
                    h.update(b" ");
                }
            }
        }
        format!("{:016x}", h.digest())
    }
}

/// The extraction pipeline, built once and shared by all threads.
///
/// ```
/// use gazette::{Document, Lexicons, Pipeline};
/// let pipeline = Pipeline::new(Lexicons::builtin(), Default::default());
/// let doc = Document::from_text("a.txt", "date 2022-03-02 Kherson falls\n\nBreaking News\n\nMoscow said it had seized the city. Kyiv denied it.");
/// let record = pipeline.process(&doc);
/// assert_eq!(record.document.date.as_deref(), Some("2022-03-02"));
/// assert_eq!(record.document.title.as_deref(), Some("Kherson falls"));
/// assert_eq!((record.document.paragraphs, record.document.sentences), (2, 3));
/// assert_eq!(record.document.boilerplate_chars, 13);
/// ```
#[derive(Debug, Clone)]
pub struct Pipeline {
    lexicons: Arc<Lexicons>,
    options: PipelineOptions,
}

impl Pipeline {
    /// A pipeline over loaded lexicons.
    pub fn new(lexicons: impl Into<Arc<Lexicons>>, options: PipelineOptions) -> Self {
        Pipeline { lexicons: lexicons.into(), options }
    }

    /// The lexicons in use.
    pub fn lexicons(&self) -> &Lexicons {
        &self.lexicons
    }

    /// Normalise, find boilerplate and metadata, segment.
    pub fn analyse(&self, text: &str) -> Analysis {
        let norm = normalize(text);
        let t = norm.text.as_str();
        let mut boilerplate = self.lexicons.boilerplate.find(t);
        let dated = header::date_line(t);
        if let Some((_, prefix)) = &dated {
            // The `date YYYY-MM-DD` prefix is metadata, not boilerplate.
            for s in boilerplate.iter_mut().filter(|s| s.start < prefix.end) {
                s.start = prefix.end.min(s.end);
            }
            boilerplate.retain(|s| !s.is_empty());
        }
        let mut excluded: Vec<Span> = dated.iter().map(|(_, s)| *s).collect();
        if !self.options.keep_boilerplate {
            excluded.extend(boilerplate.iter().copied());
        }
        excluded.sort();
        let regions = complement(&excluded, t.len());
        let paragraphs = paragraphs(t, &regions);
        let mut sentences = sentences(t, &paragraphs, &self.lexicons.abbreviations);
        let words = words_of_sentences(t, &mut sentences);
        let title = header::headline(t, &paragraphs);
        let date = dated.map(|(d, _)| d);
        Analysis { norm, boilerplate, regions, paragraphs, sentences, words, date, title }
    }

    /// Everything extracted from one document.
    pub fn process(&self, doc: &Document) -> DocumentRecord {
        let mut row = DocumentRow {
            doc_id: doc.id.clone(),
            source: doc.source.clone(),
            title: doc.title.clone(),
            date: doc.date.clone(),
            url: doc.url.clone(),
            ..Default::default()
        };
        if doc.problem.is_some() {
            return DocumentRecord { document: row, ..Default::default() };
        }
        let analysis = self.analyse(&doc.text);
        row.chars = analysis.norm.original_chars as u64;
        row.paragraphs = analysis.paragraphs.len() as u64;
        row.sentences = analysis.sentences.len() as u64;
        row.boilerplate_chars = analysis.boilerplate_chars();
        if !analysis.paragraphs.is_empty() {
            row.content_hash = Some(analysis.content_hash());
        }
        row.title = row.title.or(analysis.title.clone());
        row.date = row.date.or(analysis.date.clone());
        let date = row.date.as_deref().filter(|d| d.len() >= 4);
        let mentions = find_mentions(&analysis, &self.lexicons, date);
        let doc_id: Arc<str> = doc.id.as_str().into();
        let orig = OriginalText::new(&doc.text);
        let entities: Vec<EntityRow> = mentions
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let (start, end) = (analysis.orig(m.span.start), analysis.orig(m.span.end));
                let (sentence, paragraph) = analysis.position(m.span.start);
                EntityRow {
                    doc_id: doc_id.clone(),
                    mention: i as u64 + 1,
                    entity_id: m.id.clone(),
                    name: m.name.clone(),
                    kind: m.kind.as_str(),
                    subtype: m.subtype.clone(),
                    country: m.country.clone(),
                    role: m.role.as_deref().map(one_line),
                    surface: orig.slice(start, end).to_string(),
                    start,
                    end,
                    sentence,
                    paragraph,
                    method: m.method.as_str(),
                }
            })
            .collect();
        row.entities = entities.len() as u64;
        let quotes = find_quotes(&analysis, &mentions, &self.lexicons.quote_words);
        let quote_rows: Vec<QuoteRow> = quotes
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let speaker = q.speaker.as_ref();
                let mention = speaker.and_then(|s| s.mention).map(|m| &mentions[m]);
                let span_text =
                    |s: Span| orig.slice(analysis.orig(s.start), analysis.orig(s.end)).to_string();
                let span_line =
                    |s: Span| one_line(orig.slice(analysis.orig(s.start), analysis.orig(s.end)));
                QuoteRow {
                    doc_id: doc_id.clone(),
                    quote: i as u64 + 1,
                    text: span_text(q.text),
                    kind: q.kind.as_str(),
                    speaker: speaker.map(|s| span_text(s.span)),
                    speaker_entity_id: mention.map(|m| m.id.clone()),
                    speaker_name: mention
                        .map(|m| m.name.clone())
                        .or_else(|| speaker.and_then(|s| s.name).map(span_line)),
                    speaker_role: speaker
                        .and_then(|s| s.role.as_deref())
                        .or_else(|| mention.and_then(|m| m.role.as_deref()))
                        .map(one_line),
                    cue: q.cue.filter(|c| speaker.is_some_and(|s| *c != s.span)).map(span_text),
                    channel: q.channel.map(span_line),
                    attribution: q.attribution().as_str(),
                    start: analysis.orig(q.text.start),
                    end: analysis.orig(q.text.end),
                    speaker_start: speaker.map(|s| analysis.orig(s.span.start)),
                    speaker_end: speaker.map(|s| analysis.orig(s.span.end)),
                    paragraph: Some(q.paragraph as u64 + 1),
                }
            })
            .collect();
        row.quotes = quote_rows.len() as u64;
        let figures = if self.options.skip_figures {
            Vec::new()
        } else {
            find_figures(&analysis, &mentions, &quotes, &self.lexicons)
        };
        let figure_rows: Vec<FigureRow> = figures
            .into_iter()
            .enumerate()
            .map(|(i, f)| {
                let span_text =
                    |s: Span| orig.slice(analysis.orig(s.start), analysis.orig(s.end)).to_string();
                let span_line =
                    |s: Span| one_line(orig.slice(analysis.orig(s.start), analysis.orig(s.end)));
                let source = f.source.as_ref();
                let mention = source.and_then(|s| s.mention).map(|m| &mentions[m]);
                // A pronoun source is given as what it stands for.
                // A pronoun that stands for a speaker named by a role ("a
                // spokeswoman said … she added") is given as that role; one
                // that could not be resolved ("it said") names no one.
                let source_text = source.and_then(|s| match (s.attribution, mention, s.name) {
                    (crate::quotes::Attribution::Pronoun, Some(m), _) => Some(span_line(m.span)),
                    (crate::quotes::Attribution::Pronoun, None, Some(n)) => Some(span_line(n)),
                    (crate::quotes::Attribution::Pronoun, None, None) => {
                        s.role.as_deref().map(one_line)
                    }
                    _ => Some(span_line(s.span)),
                });
                let sentence = &analysis.sentences[f.sentence];
                FigureRow {
                    doc_id: doc_id.clone(),
                    figure: i as u64 + 1,
                    surface: span_text(f.raw.span),
                    value: f.raw.value.map(Number),
                    value_max: f.raw.value_max.map(Number),
                    qualifier: f.raw.qualifier.as_deref().map(one_line),
                    unit: f.raw.unit,
                    counted: f.raw.counted.map(span_line),
                    category: Some(f.raw.category),
                    source: source_text,
                    source_entity_id: mention.map(|m| m.id.clone()),
                    quote: f.quote.map(|q| q as u64 + 1),
                    start: analysis.orig(f.raw.span.start),
                    end: analysis.orig(f.raw.span.end),
                    sentence: Some(f.sentence as u64 + 1),
                    context: Some(span_text(sentence.span)),
                }
            })
            .collect();
        row.figures = figure_rows.len() as u64;
        let sketch = crate::dedupe::sketch(&analysis);
        DocumentRecord { document: row, entities, quotes: quote_rows, figures: figure_rows, sketch }
    }
}

/// The original text, sliced by character offsets.
struct OriginalText<'t> {
    text: &'t str,
    /// `(char, byte)`: where the character after each non-ASCII one starts
    /// (from `(0, 0)`); between two, characters are ASCII, one byte each.
    /// Kept per non-ASCII character rather than per character: most news
    /// text is ASCII.
    anchors: Vec<(usize, usize)>,
}

impl<'t> OriginalText<'t> {
    fn new(text: &'t str) -> Self {
        let b = text.as_bytes();
        let mut anchors = vec![(0, 0)];
        let (mut chars, mut at) = (0, 0);
        loop {
            let wide = crate::bytes::next_wide(b, at);
            if wide == b.len() {
                break;
            }
            let len = text[wide..].chars().next().map_or(1, char::len_utf8);
            chars += wide - at + 1;
            at = wide + len;
            anchors.push((chars, at));
        }
        OriginalText { text, anchors }
    }

    /// The byte offset of character `c` (the end for `c` past it).
    fn byte(&self, c: usize) -> usize {
        let i = self.anchors.partition_point(|&(ch, _)| ch <= c) - 1;
        let (ch, byte) = self.anchors[i];
        (byte + (c - ch)).min(self.text.len())
    }

    fn slice(&self, start: u64, end: u64) -> &'t str {
        &self.text[self.byte(start as usize)..self.byte(end as usize)]
    }
}

/// The parts of `0..len` not covered by `spans` (sorted, may overlap).
fn complement(spans: &[Span], len: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut pos = 0;
    for s in spans {
        if s.start > pos {
            out.push(Span::new(pos, s.start));
        }
        pos = pos.max(s.end);
    }
    if pos < len {
        out.push(Span::new(pos, len));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn original_text_slices_by_characters() {
        let t = "“Kyïv” — ASCII ok, ß€𝄞 end";
        let o = OriginalText::new(t);
        let n = t.chars().count();
        for s in 0..=n {
            for e in s..=n {
                let want: String = t.chars().skip(s).take(e - s).collect();
                assert_eq!(o.slice(s as u64, e as u64), want, "{s}..{e}");
            }
        }
        assert_eq!(o.slice(n as u64, n as u64 + 5), "");
    }

    #[test]
    fn complement_of_overlapping_spans() {
        let c = complement(&[Span::new(2, 4), Span::new(3, 6), Span::new(8, 10)], 10);
        assert_eq!(c, [Span::new(0, 2), Span::new(6, 8)]);
    }

    #[test]
    fn unreadable_document_keeps_its_row() {
        let p = Pipeline::new(Lexicons::builtin(), Default::default());
        let doc = Document::unreadable("x:3".into(), "x:3".into(), "not JSON");
        let r = p.process(&doc);
        assert_eq!(r.document.doc_id, "x:3");
        assert_eq!(r.document.chars, 0);
        assert_eq!(r.document.content_hash, None);
    }

    #[test]
    fn same_article_with_other_boilerplate_hashes_the_same() {
        let p = Pipeline::new(Lexicons::builtin(), Default::default());
        let a = p.process(&Document::from_text("a", "Breaking News\n\n  Kyiv held.\nIt did."));
        let b = p.process(&Document::from_text("b", "Kyiv held. It\ndid.\n\nAdvertisement"));
        assert_eq!(a.document.content_hash, b.document.content_hash);
    }

    #[test]
    fn keep_boilerplate_extracts_from_it() {
        let opts = PipelineOptions { keep_boilerplate: true, ..Default::default() };
        let p = Pipeline::new(Lexicons::builtin(), opts);
        let r = p.process(&Document::from_text("a", "Breaking News\n\nKyiv held."));
        assert_eq!(r.document.paragraphs, 2);
        assert_eq!(r.document.boilerplate_chars, 13);
    }
}
