//! `entity_summary.csv`: one row per entity over the whole run.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::records::{DocumentRecord, EntityRow, EntitySummaryRow, FigureRow, QuoteRow};

/// What the summary needs of one document's rows, taken out of them so
/// that the rows themselves can be dropped where they were made.
///
/// ```
/// use gazette::output::{EntityRow, EntitySummary, SummaryInput};
/// let e = EntityRow { entity_id: "geonames:703448".into(), name: "Kyiv".into(), kind: "place".into(), ..Default::default() };
/// let mut s = EntitySummary::default();
/// s.add_input(SummaryInput::take(vec![e.clone(), e], &[], &[]));
/// assert_eq!((s.rows()[0].documents, s.rows()[0].mentions), (1, 2));
/// ```
#[derive(Debug, Default)]
pub struct SummaryInput {
    /// Each mention's entity id, name and kind.
    mentions: Vec<(String, String, &'static str)>,
    /// Entity ids of quote speakers.
    speakers: Vec<String>,
    /// Entity ids of figure sources.
    sources: Vec<String>,
}

impl SummaryInput {
    /// Takes the ids and names out of a document's rows.
    pub fn take(entities: Vec<EntityRow>, quotes: &[QuoteRow], figures: &[FigureRow]) -> Self {
        SummaryInput {
            mentions: entities.into_iter().map(|e| (e.entity_id, e.name, e.kind)).collect(),
            speakers: quotes.iter().filter_map(|q| q.speaker_entity_id.clone()).collect(),
            sources: figures.iter().filter_map(|f| f.source_entity_id.clone()).collect(),
        }
    }
}

/// Running totals per entity id.
///
/// ```
/// use gazette::output::{DocumentRecord, EntityRow, EntitySummary};
/// let mut s = EntitySummary::default();
/// let e = EntityRow { entity_id: "geonames:703448".into(), name: "Kyiv".into(), kind: "place".into(), ..Default::default() };
/// s.add(&DocumentRecord { entities: vec![e.clone(), e], ..Default::default() });
/// let rows = s.rows();
/// assert_eq!((rows[0].documents, rows[0].mentions), (1, 2));
/// ```
#[derive(Debug, Default)]
pub struct EntitySummary {
    /// Rows by id (in no order: [`Self::rows`] sorts them).
    by_id: HashMap<String, EntitySummaryRow>,
}

impl EntitySummary {
    /// Adds one document's rows.
    pub fn add(&mut self, record: &DocumentRecord) {
        let mentions =
            record.entities.iter().map(|e| (e.entity_id.as_str(), e.name.as_str(), e.kind));
        let speakers = record.quotes.iter().filter_map(|q| q.speaker_entity_id.as_deref());
        let sources = record.figures.iter().filter_map(|f| f.source_entity_id.as_deref());
        self.add_parts(mentions, speakers, sources);
    }

    /// Adds one document, as taken out of its rows.
    pub fn add_input(&mut self, input: SummaryInput) {
        let mentions =
            input.mentions.iter().map(|(id, name, kind)| (id.as_str(), name.as_str(), *kind));
        let speakers = input.speakers.iter().map(String::as_str);
        let sources = input.sources.iter().map(String::as_str);
        self.add_parts(mentions, speakers, sources);
    }

    fn add_parts<'a>(
        &mut self,
        mentions: impl Iterator<Item = (&'a str, &'a str, &'static str)>,
        speakers: impl Iterator<Item = &'a str>,
        sources: impl Iterator<Item = &'a str>,
    ) {
        let mut seen = HashSet::default();
        for (id, name, kind) in mentions {
            // Most rows are of entities already seen: look up before cloning the key.
            if !self.by_id.contains_key(id) {
                let row = EntitySummaryRow {
                    entity_id: id.to_string(),
                    name: name.to_string(),
                    kind,
                    ..Default::default()
                };
                self.by_id.insert(id.to_string(), row);
            }
            let row = self.by_id.get_mut(id).expect("inserted above");
            row.mentions += 1;
            if seen.insert(id) {
                row.documents += 1;
            }
        }
        for id in speakers {
            if let Some(row) = self.by_id.get_mut(id) {
                row.quotes_as_speaker += 1;
            }
        }
        for id in sources {
            if let Some(row) = self.by_id.get_mut(id) {
                row.figures_as_source += 1;
            }
        }
    }

    /// The rows, most mentioned first, ties by id.
    pub fn rows(&self) -> Vec<EntitySummaryRow> {
        let mut rows: Vec<_> = self.by_id.values().cloned().collect();
        rows.sort_by(|a, b| {
            b.mentions.cmp(&a.mentions).then_with(|| a.entity_id.cmp(&b.entity_id))
        });
        rows
    }
}
