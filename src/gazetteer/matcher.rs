//! The one place that names aho-corasick for gazetteer matching.
//!
//! Every alias is a proper name, so it starts with a capital letter or a
//! digit. Instead of scanning the whole text for ~200,000 patterns, the
//! matcher runs an *anchored* search at each word that starts with one: a few
//! automaton steps per capitalised word, whatever the number of aliases.
//!
//! An anchored walk only ever follows aliases that start with the byte it
//! starts on, so the aliases are split by first byte into a few automata,
//! built at once on separate threads: building one automaton of every alias
//! was most of the time `gazette` took to start.

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
    /// The automata, each over the aliases of some first bytes, with each
    /// of its patterns' index in the caller's list.
    parts: Vec<(NFA, Vec<u32>)>,
    /// For each first byte, its automaton in `parts` (`u8::MAX`: none).
    part_of: [u8; 256],
}

/// Aliases per automaton below which splitting does not pay.
const MIN_PART: usize = 20_000;

impl AliasMatcher {
    /// Builds the automata over folded aliases (`patterns[i]` is pattern `i`).
    pub fn new<P: AsRef<str> + Sync>(patterns: &[P]) -> Self {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
        Self::split(patterns, threads.min(patterns.len() / MIN_PART).max(1))
    }

    /// [`Self::new`] with the aliases split into (up to) `parts` automata.
    fn split<P: AsRef<str> + Sync>(patterns: &[P], parts: usize) -> Self {
        // First bytes in order, cut into `parts` groups of about equal size.
        let mut per_byte = [0usize; 256];
        for p in patterns {
            if let Some(&b) = p.as_ref().as_bytes().first() {
                per_byte[usize::from(b)] += 1;
            }
        }
        let mut part_of = [u8::MAX; 256];
        let (mut part, mut filled) = (0usize, 0usize);
        let share = patterns.len().div_ceil(parts).max(1);
        for (b, &n) in per_byte.iter().enumerate() {
            if n == 0 {
                continue;
            }
            if filled >= share && part + 1 < parts {
                part += 1;
                filled = 0;
            }
            part_of[b] = part as u8;
            filled += n;
        }
        let mut ids: Vec<Vec<u32>> = vec![Vec::new(); part + 1];
        for (i, p) in patterns.iter().enumerate() {
            if let Some(&b) = p.as_ref().as_bytes().first() {
                ids[usize::from(part_of[usize::from(b)])].push(i as u32);
            }
        }
        let build = |ids: Vec<u32>| {
            let nfa = NFA::builder()
                .match_kind(MatchKind::Standard)
                .prefilter(false)
                .build(ids.iter().map(|&i| patterns[i as usize].as_ref()))
                .expect("aliases fit the automaton");
            (nfa, ids)
        };
        // (Every group holds some alias: a group starts only at a byte that
        // begins one.)
        let parts = match ids.len() {
            _ if patterns.is_empty() => Vec::new(),
            1 => ids.into_iter().map(build).collect(),
            _ => std::thread::scope(|scope| {
                let handles: Vec<_> =
                    ids.into_iter().map(|ids| scope.spawn(move || build(ids))).collect();
                handles.into_iter().map(|h| h.join().expect("automaton build")).collect()
            }),
        };
        AliasMatcher { parts, part_of }
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
        let fstart = folded.from_text(start);
        let Some(&first) = folded.text.as_bytes().get(fstart) else { return };
        let Some((nfa, ids)) = self.parts.get(usize::from(self.part_of[usize::from(first)])) else {
            return;
        };
        let Ok(mut sid) = nfa.start_state(Anchored::Yes) else { return };
        for (k, &byte) in folded.text.as_bytes()[fstart..].iter().enumerate() {
            // A name wrapped over two lines: the line break is a space.
            // (One comparison: the other control characters are no
            // alias's either.)
            let byte = if byte < b' ' { b' ' } else { byte };
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
                    out.push((ids[pid.as_usize()], start, end));
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
    fn split_automata_find_what_one_finds() {
        let aliases = [
            "kyiv",
            "kyiv oblast",
            "kharkiv",
            "new york",
            "new",
            "odesa",
            "1st army",
            "zaporizhzhia",
        ];
        let text = "Kyiv Oblast, Kharkiv, New York, New Yorkers, Odesa, 1st Army, Zaporizhzhia.";
        let folded = Folded::new(text);
        let one = AliasMatcher::split(&aliases, 1);
        for parts in 2..=5 {
            let many = AliasMatcher::split(&aliases, parts);
            assert!(many.parts.len() > 1);
            for start in 0..text.len() {
                let (mut a, mut b) = (Vec::new(), Vec::new());
                one.matches_at(&folded, text, start, &mut a);
                many.matches_at(&folded, text, start, &mut b);
                assert_eq!(a, b, "{parts} parts, at {start}");
            }
        }
        let none = AliasMatcher::new::<&str>(&[]);
        let mut found = vec![(0, 0, 0)];
        none.matches_at(&folded, text, 0, &mut found);
        assert!(found.is_empty());
    }

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
