//! Boilerplate: page furniture that is not article text.
//!
//! News dumps scraped from web pages carry "Accessibility links", read-time
//! bylines, "Recommended Stories" lists and photo captions printed twice.
//! None of it is what the article says, so it is left out of extraction (and
//! counted in `boilerplate_chars`). The markers are data
//! (`gazetteers/boilerplate.tsv`); the one structural rule in code is the
//! repeated caption: a caption is article text once, its repeat is not.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};

use crate::error::Result;
use crate::lexicon::DataFile;
use crate::span::Span;

/// Marker lines, by what they do (see `gazetteers/boilerplate.tsv`).
///
/// ```
/// let rules = &gazette::Lexicons::builtin().boilerplate;
/// let text = "Breaking News\n\nKyiv was shelled.\n\nRecommended Stories\n\nOther story.";
/// let spans: Vec<_> = rules.find(text).iter().map(|s| s.slice(text)).collect();
/// assert_eq!(spans, ["Breaking News", "Recommended Stories\n\nOther story."]);
/// ```
#[derive(Debug, Clone, Default)]
pub struct BoilerplateRules {
    /// `line`, `tail` and `block` markers by key.
    markers: HashMap<String, Marker>,
    /// Longest `line`/`tail`/`block` key: longer lines are not compared.
    longest: usize,
    /// First and last character of every marker key: a line whose ends are
    /// not among them is not looked up (most article lines).
    ends: HashSet<(char, char)>,
    prefix: Vec<String>,
    /// The `prefix` markers, matched anchored and ASCII-case-insensitively at
    /// the start of each line, so article lines cost no allocation.
    prefix_matcher: Option<AhoCorasick>,
}

/// What a whole-line marker does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    Line,
    Tail,
    Block,
}

/// Room for bullets, spaces and long numbers around a marker's key.
const KEY_SLACK: usize = 24;
/// A link-like line in a `block` is at most this long.
const MAX_LINK_LINE: usize = 160;

impl BoilerplateRules {
    /// Parses `boilerplate.tsv` files, later ones adding to earlier ones.
    pub fn from_files(files: &[DataFile]) -> Result<Self> {
        let mut rules = BoilerplateRules::default();
        for file in files {
            for row in file.rows(2) {
                let (n, f) = row?;
                let text = key(f[1]);
                if text.is_empty() {
                    return Err(file.error(n, "empty marker text"));
                }
                match f[0] {
                    "line" => drop(rules.markers.insert(text, Marker::Line)),
                    "prefix" if text.contains('#') => {
                        return Err(file.error(n, "`#` (a number) is not supported in a prefix"))
                    }
                    "prefix" => rules.prefix.push(text),
                    "tail" => drop(rules.markers.insert(text, Marker::Tail)),
                    "block" => drop(rules.markers.insert(text, Marker::Block)),
                    other => {
                        return Err(file.error(
                            n,
                            format!("unknown kind `{other}`: use line, prefix, tail or block"),
                        ))
                    }
                }
            }
        }
        rules.longest = rules.markers.keys().map(String::len).max().unwrap_or(0);
        rules.ends = rules.markers.keys().filter_map(|k| key_ends(k)).collect();
        if !rules.prefix.is_empty() {
            let matcher = AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostFirst)
                .start_kind(StartKind::Anchored)
                .build(&rules.prefix)
                .map_err(|e| crate::Error::Config(format!("boilerplate prefixes: {e}")))?;
            rules.prefix_matcher = Some(matcher);
        }
        Ok(rules)
    }

    fn starts_with_prefix(&self, raw: &str) -> bool {
        let Some(m) = &self.prefix_matcher else { return false };
        let line = raw.trim_start().trim_start_matches(BULLETS).trim_start();
        m.find(Input::new(line).anchored(Anchored::Yes)).is_some()
    }

    /// Boilerplate spans of `text` (normalised), in order, not overlapping.
    pub fn find(&self, text: &str) -> Vec<Span> {
        let lines = lines(text);
        let mut marked = vec![false; lines.len()];
        let mut block = false;
        let mut k = String::new();
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i];
            let raw = line.slice(text);
            if raw.trim().is_empty() {
                i += 1;
                continue;
            }
            k.clear();
            if raw.len() <= self.longest + KEY_SLACK
                && key_ends(raw).is_some_and(|e| self.ends.contains(&e))
            {
                key_into(raw, &mut k);
            }
            let marker = if k.is_empty() { None } else { self.markers.get(k.as_str()).copied() };
            if marker == Some(Marker::Tail) {
                return merge(text, &lines, &marked, Some(line.start));
            }
            if marker == Some(Marker::Block) {
                marked[i] = true;
                block = true;
            } else if block && link_like(text, &lines, i) {
                // Mark the whole paragraph this line starts.
                while i < lines.len() && !lines[i].slice(text).trim().is_empty() {
                    marked[i] = true;
                    i += 1;
                }
                continue;
            } else {
                block = false;
                if marker == Some(Marker::Line) || self.starts_with_prefix(raw) {
                    marked[i] = true;
                } else if let Some(j) = repeated_caption(text, &lines, i) {
                    // The caption stays article text once; its repeat is furniture.
                    marked[j] = true;
                    i = j;
                }
            }
            i += 1;
        }
        merge(text, &lines, &marked, None)
    }
}

/// The lines of `text`, without their `\n`.
fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for nl in memchr::memchr_iter(b'\n', text.as_bytes()) {
        out.push(Span::new(start, nl));
        start = nl + 1;
    }
    out.push(Span::new(start, text.len()));
    out
}

/// Marked lines as merged spans (lines separated only by blank lines join),
/// plus everything from `tail` on.
fn merge(text: &str, lines: &[Span], marked: &[bool], tail: Option<usize>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for (line, _) in lines.iter().zip(marked).filter(|(_, m)| **m) {
        let line = line.trim(text);
        match out.last_mut() {
            Some(last) if text[last.end..line.start].trim().is_empty() => last.end = line.end,
            _ => out.push(line),
        }
    }
    if let Some(start) = tail {
        let tail = Span::new(start, text.len()).trim(text);
        match out.last_mut() {
            Some(last) if text[last.end..tail.start].trim().is_empty() => last.end = tail.end,
            _ => out.push(tail),
        }
    }
    out
}

/// Characters that start list items.
const BULLETS: [char; 9] = ['•', '·', '*', '▪', '►', '‣', '◦', '-', ' '];

/// The comparison key of a line: trimmed of spaces, bullets and a trailing
/// colon, lower case, inner spaces collapsed, each run of digits as `#`.
fn key(line: &str) -> String {
    let mut out = String::new();
    key_into(line, &mut out);
    out
}

/// The first and last character a line's key would have (cheap: no copy).
fn key_ends(line: &str) -> Option<(char, char)> {
    let core = line.trim().trim_start_matches(BULLETS).trim_end_matches([':', ' ']);
    let fold =
        |c: char| if c.is_ascii_digit() { '#' } else { c.to_lowercase().next().unwrap_or(c) };
    Some((fold(core.chars().next()?), fold(core.chars().next_back()?)))
}

/// [`key`] into a reused buffer (this runs on many lines of every document).
fn key_into(line: &str, out: &mut String) {
    out.clear();
    let core = line.trim().trim_start_matches(BULLETS).trim_end_matches([':', ' ']);
    let mut space = false;
    for c in core.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        if c.is_ascii_digit() {
            if !out.ends_with('#') {
                out.push('#');
            }
        } else if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// In a block: a paragraph that starts with a bullet or an indent, or is one
/// short line without a full stop at its end, is a link, not article text.
fn link_like(text: &str, lines: &[Span], i: usize) -> bool {
    let raw = lines[i].slice(text);
    let trimmed = raw.trim();
    if raw.starts_with([' ', '\t']) || trimmed.starts_with(BULLETS) {
        return true;
    }
    let single = lines.get(i + 1).is_none_or(|n| n.slice(text).trim().is_empty());
    let ends_sentence = trimmed.trim_end_matches(['"', '\'', ')']).ends_with(['.', '!', '?']);
    single && trimmed.len() <= MAX_LINK_LINE && !ends_sentence
}

/// A caption printed twice: line `i` (of four words or more) is the start of
/// the next non-blank line. Returns that line's index.
fn repeated_caption(text: &str, lines: &[Span], i: usize) -> Option<usize> {
    let first = lines[i].slice(text).trim();
    let j = (i + 1..lines.len()).find(|&j| !lines[j].slice(text).trim_start().is_empty())?;
    // Cheap test first: almost no line is followed by a copy of itself.
    if !lines[j].slice(text).trim_start().starts_with(first) {
        return None;
    }
    first.split_whitespace().nth(3).map(|_| j)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lexicons;

    fn found(text: &str) -> Vec<String> {
        Lexicons::builtin()
            .boilerplate
            .find(text)
            .iter()
            .map(|s| s.slice(text).to_string())
            .collect()
    }

    #[test]
    fn read_time_byline_and_origin_line() {
        let text = "By A. Writer\n·5 min read\nBody text here.\n\nThis story originally appeared in Los Angeles Times.";
        assert_eq!(
            found(text),
            ["·5 min read", "This story originally appeared in Los Angeles Times."]
        );
    }

    #[test]
    fn repeated_caption_with_credit() {
        let text = "A soldier at his position outside Kharkiv.\nA soldier at his position outside Kharkiv. (A. Photographer / AP)\n\nWith Russian troops bearing down on Kyiv.";
        assert_eq!(
            found(text),
            ["A soldier at his position outside Kharkiv. (A. Photographer / AP)"]
        );
    }

    #[test]
    fn block_runs_over_links_and_stops_at_prose() {
        let text = "Body.\n\nRelated\n\n• First headline\n\nSecond headline here\n\nThe article goes on with a sentence.";
        assert_eq!(found(text), ["Related\n\n• First headline\n\nSecond headline here"]);
    }

    #[test]
    fn ordinary_prose_is_not_boilerplate() {
        let text = "Breaking news is hard. Related talks stalled.\n\nRead more about it, he said.";
        assert!(found(text).is_empty());
    }

    #[test]
    fn key_folds_case_bullets_and_numbers() {
        assert_eq!(key("  • 12 Min  Read: "), "# min read");
    }
}
