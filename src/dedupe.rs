//! Near-duplicate documents: a later version of a story that adds almost
//! nothing to one read before it (the same article cut short, re-wrapped,
//! with a caption or a byline more or less, a sentence reworded).
//!
//! Each document is reduced to a *sketch*: the hashes of its sentences of
//! [`MIN_WORDS`] words or more (each line trimmed, as for the content
//! hash). How many of a document's sentences an earlier document also has
//! is how much of it that document contains (Broder's containment, 1997,
//! with sentences for shingles: one hash per sentence costs far less than
//! one per run of words). A document is marked as a near-duplicate of the
//! first earlier one that holds [`CONTAINMENT`] of its sentences. Only this
//! direction counts: a longer, updated version of a story adds text and is
//! not marked. Every sentence is kept: sampling some by their hash would save
//! memory, but with few sentences sampled an article that adds a new lead to
//! an old one can look like a copy of it.

use std::collections::VecDeque;

use rustc_hash::FxHashMap as HashMap;
use xxhash_rust::xxh3::{xxh3_64, Xxh3};

use crate::pipeline::Analysis;

/// Sentences shorter than this are left out ("He said so.").
pub const MIN_WORDS: usize = 6;
/// Documents with fewer sentences (of six words or more) are only
/// ever marked as exact duplicates: a short text can share most of its
/// sentences with another by chance.
pub const MIN_SENTENCES: usize = 5;
/// The share of a document's sentences an earlier document must
/// hold: a version that rewrites or adds more than about one sentence in
/// ten is news of its own.
pub const CONTAINMENT: f64 = 0.9;

/// The sentence hashes of a document's text (boilerplate left out),
/// sorted, each once.
///
/// ```
/// use gazette::{dedupe::sketch, Lexicons, Pipeline};
/// let p = Pipeline::new(Lexicons::builtin(), Default::default());
/// let text: String = (0..200).map(|i| format!("Convoy {i} reached the shelter before dusk. ")).collect();
/// let s = sketch(&p.analyse(&text));
/// assert!(s.len() > 20 && s.windows(2).all(|w| w[0] < w[1]));
/// // The same text after a caption: the same sentences, and one more.
/// let longer = sketch(&p.analyse(&format!("A caption for the photo here.\n\n{text}")));
/// assert!(s.iter().all(|h| longer.contains(h)));
/// ```
pub fn sketch(a: &Analysis) -> Vec<u64> {
    let text = a.norm.text.as_str();
    let mut out = Vec::new();
    for (i, s) in a.sentences.iter().enumerate() {
        if a.sentence_words(i).len() < MIN_WORDS {
            continue;
        }
        let sentence = s.span.slice(text).trim();
        let h = if memchr::memchr(b'\n', sentence.as_bytes()).is_none() {
            xxh3_64(sentence.as_bytes())
        } else {
            // Re-wrapped copies hash the same: lines trimmed, one space after each.
            let mut h = Xxh3::new();
            for line in sentence.split('\n').map(str::trim).filter(|l| !l.is_empty()) {
                h.update(line.as_bytes());
                h.update(b" ");
            }
            h.digest()
        };
        out.push(h);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The last [`WINDOW`] documents read that were not duplicates, by their
/// sentences: which one (the first to hold it) each was seen in. Memory
/// stays bounded however long the run: about 20 entries per document.
///
/// ```
/// use gazette::dedupe::NearDuplicates;
/// let mut seen = NearDuplicates::default();
/// let long: Vec<u64> = (0..20).collect();
/// assert_eq!(seen.check(&long), None);
/// seen.add("a", &long);
/// assert_eq!(seen.check(&long[..10]), Some("a")); // a part of `a`
/// assert_eq!(seen.check(&(15..40).collect::<Vec<_>>()), None); // adds much
/// assert_eq!(seen.check(&long[..3]), None); // too short to judge
/// ```
#[derive(Debug, Default)]
pub struct NearDuplicates {
    /// Sentence hash -> the number (in reading order) of the first
    /// document in the window that holds it.
    first_with: HashMap<u64, u64>,
    /// The window's documents, oldest first: number, id, sentence hashes.
    window: VecDeque<(u64, String, Vec<u64>)>,
    /// Documents added so far.
    added: u64,
}

/// How many documents back a near-duplicate is looked for (versions of a
/// story sit near each other in a dump; a bound keeps memory flat).
pub const WINDOW: usize = 50_000;

impl NearDuplicates {
    /// The id of the first earlier document (in the window) that holds at
    /// least [`CONTAINMENT`] of `sketch`'s sentences, if any.
    pub fn check(&self, sketch: &[u64]) -> Option<&str> {
        if sketch.len() < MIN_SENTENCES {
            return None;
        }
        let mut held: HashMap<u64, usize> = HashMap::default();
        for h in sketch {
            if let Some(&doc) = self.first_with.get(h) {
                *held.entry(doc).or_default() += 1;
            }
        }
        let need = (CONTAINMENT * sketch.len() as f64).ceil() as usize;
        let doc = held.into_iter().filter(|&(_, n)| n >= need).map(|(doc, _)| doc).min()?;
        let oldest = self.window.front().map_or(0, |w| w.0);
        Some(self.window[(doc - oldest) as usize].1.as_str())
    }

    /// Adds a document that is not a duplicate (and forgets the oldest one
    /// past the window).
    pub fn add(&mut self, doc_id: &str, sketch: &[u64]) {
        if sketch.is_empty() {
            return;
        }
        let doc = self.added;
        self.added += 1;
        for &h in sketch {
            self.first_with.entry(h).or_insert(doc);
        }
        self.window.push_back((doc, doc_id.to_string(), sketch.to_vec()));
        if self.window.len() > WINDOW {
            let (old, _, hashes) = self.window.pop_front().expect("more than the window");
            for h in hashes {
                if self.first_with.get(&h) == Some(&old) {
                    self.first_with.remove(&h);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_past_the_window_are_forgotten() {
        let mut seen = NearDuplicates::default();
        let first: Vec<u64> = (0..10).collect();
        seen.add("first", &first);
        for i in 0..WINDOW as u64 - 1 {
            seen.add("other", &[1_000_000 + i]);
        }
        assert_eq!(seen.check(&first), Some("first"));
        seen.add("one more", &[u64::MAX]);
        assert_eq!(seen.check(&first), None);
        assert_eq!(seen.first_with.len(), WINDOW);
    }
}
