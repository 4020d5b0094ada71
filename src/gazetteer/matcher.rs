//! The one place that names aho-corasick for gazetteer matching.
//!
//! Every alias is a proper name, so it starts with a capital letter or a
//! digit. Instead of scanning the whole text for ~200,000 patterns, the
//! matcher runs an *anchored* search at each word that starts with one: a few
//! automaton steps per capitalised word, whatever the number of aliases.

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};

use super::fold::Folded;

/// Aliases (folded) and, for each, the pattern id reported on a match.
///
/// ```
/// use gazette::gazetteer::{AliasMatcher, Folded};
/// let m = AliasMatcher::new(&["kyiv", "kyiv oblast", "new york"]);
/// let text = "From Kyiv Oblast to New Yorkers.";
/// let folded = Folded::new(text);
/// let mut found = Vec::new();
/// m.matches_at(&folded, text, 5, &mut found);
/// assert_eq!(found, vec![(1, 5, 16), (0, 5, 9)]); // longest first
/// m.matches_at(&folded, text, 20, &mut found);
/// assert!(found.is_empty()); // "New Yorkers" is not "New York"
/// ```
#[derive(Debug, Clone)]
pub struct AliasMatcher {
    nfa: Option<NFA>,
}

impl AliasMatcher {
    /// Builds the automaton over folded aliases (`patterns[i]` is pattern `i`).
    pub fn new<P: AsRef<str>>(patterns: &[P]) -> Self {
        if patterns.is_empty() {
            return AliasMatcher { nfa: None };
        }
        let nfa = NFA::builder()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(patterns.iter().map(|p| p.as_ref()))
            .expect("aliases fit the automaton");
        AliasMatcher { nfa: Some(nfa) }
    }

    /// Every alias that matches `text` (normalised) starting at byte `start`
    /// and ending at a word boundary, as `(pattern, start, end)` byte spans of
    /// `text`, longest first, into `out` (cleared first, reused by the caller).
    /// `folded` is `text` folded ([`Folded::new`]).
    ///
    /// The walk follows the automaton's anchored transitions byte by byte
    /// from `start` and stops at its dead state, so it costs a few steps per
    /// word whatever the number of aliases.
    pub fn matches_at(
        &self,
        folded: &Folded,
        text: &str,
        start: usize,
        out: &mut Vec<(u32, usize, usize)>,
    ) {
        out.clear();
        let Some(nfa) = &self.nfa else { return };
        let Ok(mut sid) = nfa.start_state(Anchored::Yes) else { return };
        let fstart = folded.from_text(start);
        for (k, &byte) in folded.text.as_bytes()[fstart..].iter().enumerate() {
            sid = nfa.next_state(Anchored::Yes, sid, byte);
            if nfa.is_dead(sid) {
                break;
            }
            if !nfa.is_match(sid) {
                continue;
            }
            let end = folded.to_text(fstart + k + 1);
            // A match can end inside one character's fold ("ß" is "ss"): not a match.
            if !text.is_char_boundary(end) || !is_boundary(text, end) {
                continue;
            }
            for i in 0..nfa.match_len(sid) {
                let pid = nfa.match_pattern(sid, i);
                // A match state also carries its suffixes' patterns: keep
                // only patterns that start where the walk started.
                if nfa.pattern_len(pid) == k + 1 {
                    out.push((pid.as_u32(), start, end));
                }
            }
        }
        out.reverse();
    }
}

/// True when byte `end` of `text` ends a word (not followed by a letter or digit).
pub fn is_boundary(text: &str, end: usize) -> bool {
    text.get(end..).is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_match_ending_inside_a_folded_character_is_not_a_match() {
        // "ß" folds to "ss": the alias "kas" would end inside it.
        let m = AliasMatcher::new(&["kas", "kass"]);
        let text = "Kaß Kass";
        let folded = Folded::new(text);
        let mut found = Vec::new();
        m.matches_at(&folded, text, 0, &mut found);
        assert_eq!(found, vec![(1, 0, 4)], "only the whole fold matches");
        m.matches_at(&folded, text, 5, &mut found);
        assert_eq!(found, vec![(1, 5, 9)]);
    }
}
