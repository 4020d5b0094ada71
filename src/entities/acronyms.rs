//! Acronyms a document defines: `the Commodity Credit Corporation (CCC)`.
//!
//! A gazetteer's acronyms are short and reused: `CCC` is the Customs
//! Cooperation Council in the CIA's list of organisations, but in US farm
//! news it is the Commodity Credit Corporation, and `ADB` is the African
//! Development Bank as often as the Asian one. When the document spells the
//! acronym out, its own definition wins: every later mention of the acronym
//! is the organisation it was defined as (`method=coreference`), whether the
//! gazetteer read it as something else or not at all.

use super::orgs::CONNECTORS;
use super::{Mention, Method};
use crate::gazetteer::EntityKind;
use crate::span::Span;

/// Longest acronym read, in letters.
const LONGEST: usize = 6;

/// A definition: the acronym and the span of the name it stands for.
#[derive(Debug, Clone, PartialEq)]
struct Definition<'t> {
    acronym: &'t str,
    name: Span,
    /// Where the acronym stands in the brackets: uses count from there.
    at: usize,
}

/// Relinks and adds the mentions of acronyms `text` defines: each whole-word
/// use from its definition on becomes a mention of the organisation the
/// definition's name is a mention of. `mentions` stay in text order.
///
/// ```
/// use gazette::{entities::find_mentions, Lexicons, Pipeline};
/// let p = Pipeline::new(Lexicons::builtin(), Default::default());
/// let a = p.analyse("The Commodity Credit Corporation (CCC) said it sold wheat. The CCC also bought corn.");
/// let m = find_mentions(&a, p.lexicons(), None);
/// let ccc: Vec<_> = m.iter().filter(|m| m.span.slice(&a.norm.text) == "CCC").collect();
/// assert_eq!(ccc.len(), 2);
/// assert!(ccc.iter().all(|m| m.name == "Commodity Credit Corporation"));
/// ```
pub(super) fn acronyms(text: &str, mentions: &mut Vec<Mention>) {
    let definitions = definitions(text);
    if definitions.is_empty() {
        return;
    }
    let mut added = Vec::new();
    for d in &definitions {
        // The organisation the spelled-out name is: a mention of it, or one
        // that ends with it after a word at most (`U.S. Interstate Commerce
        // Commission`; not `World Bank and International Monetary Fund`).
        let Some(n) = mentions.iter().position(|m| {
            let before = &text[m.span.start.min(d.name.start)..d.name.start];
            m.kind == EntityKind::Organisation
                && m.span.start <= d.name.start
                && m.span.end == d.name.end
                && before.split_whitespace().count() <= 1
        }) else {
            continue;
        };
        // The gazetteer's organisation for the acronym, when the document's
        // name is another spelling of its name (`World Trade Organisation
        // (WTO)`): the name found by its shape is that organisation.
        let gazetteer = whole_words(text, d.acronym, 0).find_map(|at| {
            mentions.iter().find(|m| {
                m.span == Span::new(at, at + d.acronym.len())
                    && m.method == Method::Gazetteer
                    && m.kind == EntityKind::Organisation
            })
        });
        if let Some(g) = gazetteer {
            if mentions[n].method == Method::TitlePattern && same_name(&g.name, d.name.slice(text))
            {
                let span = mentions[n].span;
                mentions[n] = Mention { span, role: None, ..g.clone() };
                continue;
            }
        }
        let named = mentions[n].clone();
        for at in whole_words(text, d.acronym, d.at) {
            let span = Span::new(at, at + d.acronym.len());
            let link = Mention { span, role: None, method: Method::Coreference, ..named.clone() };
            match mentions.iter_mut().find(|m| m.span.start < span.end && span.start < m.span.end) {
                // The gazetteer's reading of the acronym gives way.
                Some(m) if m.span == span && m.id != named.id => *m = link,
                Some(_) => {}
                None if !added.iter().any(|m: &Mention| m.span == span) => added.push(link),
                None => {}
            }
        }
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.span.start);
    }
}

/// True when `a` and `b` are spellings of one name: `World Trade
/// Organization (WTO)` and `World Trade Organisation`, `International
/// Labor Organization` and `International Labour Organisation`, `Gulf
/// Cooperation Council` and `Gulf Co-operation Council`.
fn same_name(a: &str, b: &str) -> bool {
    let key = |s: &str| -> String {
        let s = s.split(" (").next().unwrap_or(s);
        crate::gazetteer::fold(s)
            .chars()
            .filter(char::is_ascii_alphabetic)
            .map(|c| if c == 'z' { 's' } else { c })
            .collect()
    };
    strsim::levenshtein(&key(a), &key(b)) <= 2
}

/// Every `Name Of Thing (NOT)` in `text`: capitalised words right before a
/// bracketed acronym whose initials spell it.
fn definitions(text: &str) -> Vec<Definition<'_>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for open in memchr::memchr_iter(b'(', b) {
        let from = open + 1;
        let len = b[from..].iter().take(LONGEST + 1).take_while(|c| c.is_ascii_uppercase()).count();
        if !(2..=LONGEST).contains(&len) {
            continue;
        }
        // `(CDs)`: a plural's `s` may follow.
        let mut close = from + len;
        if b.get(close) == Some(&b's') {
            close += 1;
        }
        if b.get(close) != Some(&b')') {
            continue;
        }
        let acronym = &text[from..from + len];
        if let Some(name) = spelled_out(text, open, acronym) {
            out.push(Definition { acronym, name, at: from });
        }
    }
    out
}

/// The span of the words before byte `open` whose initials, in order, are
/// `acronym`'s letters (with joining words between them).
fn spelled_out(text: &str, open: usize, acronym: &str) -> Option<Span> {
    let letters = acronym.as_bytes();
    let mut want = letters.len();
    let mut end = text[..open].trim_end().len();
    let name_end = end;
    let mut start = end;
    while want > 0 {
        let before = &text[..end];
        let word_start = before.rfind(|c: char| c.is_whitespace()).map_or(0, |i| i + 1);
        let word = &before[word_start..];
        if word.is_empty() {
            return None;
        }
        // Words that join a name give no letter (`Food and Drug
        // Administration (FDA)`, `Organization for the …`).
        if CONNECTORS.contains(&word) || matches!(word, "the" | "&") {
            // Not the name's first word.
            if want == letters.len() {
                return None;
            }
        } else {
            // A capitalised word gives its initial; a hyphenated one
            // (`Co-operation`) gives one initial too.
            let first = word.as_bytes()[0];
            if !first.is_ascii_uppercase() || first != letters[want - 1] {
                return None;
            }
            if !word[1..].bytes().all(|c| c.is_ascii_alphabetic() || c == b'-' || c == b'.') {
                return None;
            }
            want -= 1;
            start = word_start;
        }
        end = before[..word_start].trim_end().len();
    }
    Some(Span::new(start, name_end))
}

/// Byte offsets of `word` in `text` from `from` on, standing as a whole word.
fn whole_words<'a>(text: &'a str, word: &'a str, from: usize) -> impl Iterator<Item = usize> + 'a {
    let b = text.as_bytes();
    memchr::memmem::find_iter(&b[from..], word.as_bytes()).map(move |i| from + i).filter(
        move |&at| {
            let end = at + word.len();
            (at == 0 || !b[at - 1].is_ascii_alphanumeric())
                && b.get(end).is_none_or(|c| !c.is_ascii_alphanumeric())
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defined(text: &str) -> Vec<(&str, &str)> {
        definitions(text).into_iter().map(|d| (d.acronym, d.name.slice(text))).collect()
    }

    #[test]
    fn a_name_spelled_out_before_its_acronym() {
        assert_eq!(
            defined("the Commodity Credit Corporation (CCC) said"),
            [("CCC", "Commodity Credit Corporation")]
        );
        assert_eq!(
            defined("The Food and Drug Administration (FDA) and the Asian\nDevelopment Bank (ADB)"),
            [("FDA", "Food and Drug Administration"), ("ADB", "Asian\nDevelopment Bank")]
        );
        assert_eq!(defined("certificates of deposit (CDs)"), []);
        assert_eq!(defined("the British Airways (BA) flight"), [("BA", "British Airways")]);
    }

    #[test]
    fn brackets_that_define_nothing() {
        assert_eq!(defined("the Kremlin (KGB) said"), []);
        assert_eq!(defined("a rise (USD) of"), []);
        assert_eq!(defined("Ministry of (MD)"), []);
        assert_eq!(defined("(NATO)"), []);
    }

    #[test]
    fn spellings_of_one_name() {
        assert!(same_name("World Trade Organization (WTO)", "World Trade Organisation"));
        assert!(same_name(
            "International Labor Organization (ILO)",
            "International Labour\nOrganisation"
        ));
        assert!(same_name("Gulf Cooperation Council (GCC)", "Gulf Co-operation Council"));
        assert!(!same_name("Customs Cooperation Council (CCC)", "Commodity Credit Corporation"));
    }

    #[test]
    fn whole_words_only() {
        let t = "CCC, CCCs and the CCC.";
        assert_eq!(whole_words(t, "CCC", 0).collect::<Vec<_>>(), [0, 18]);
    }
}
