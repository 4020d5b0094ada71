//! `entity_summary.csv`: one row per entity over the whole run.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::records::{DocumentRecord, EntitySummaryRow};

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
        let mut seen = HashSet::default();
        for e in &record.entities {
            // Most rows are of entities already seen: look up before cloning the key.
            if !self.by_id.contains_key(&e.entity_id) {
                let row = EntitySummaryRow {
                    entity_id: e.entity_id.clone(),
                    name: e.name.clone(),
                    kind: e.kind,
                    ..Default::default()
                };
                self.by_id.insert(e.entity_id.clone(), row);
            }
            let row = self.by_id.get_mut(&e.entity_id).expect("inserted above");
            row.mentions += 1;
            if seen.insert(e.entity_id.as_str()) {
                row.documents += 1;
            }
        }
        for id in record.quotes.iter().filter_map(|q| q.speaker_entity_id.as_ref()) {
            if let Some(row) = self.by_id.get_mut(id) {
                row.quotes_as_speaker += 1;
            }
        }
        for id in record.figures.iter().filter_map(|f| f.source_entity_id.as_ref()) {
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
