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
use crate::gazetteer::{EntityKind, Gazetteer};
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
    /// The name is a proper name (`Commodity Credit Corporation`), not a
    /// common noun (`certificates of deposit (CDs)`, `commercial paper, CP,`).
    proper: bool,
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
///
/// A definition the gazetteer's reading contradicts takes that reading away
/// in the whole document, even when the name is no organisation a rule finds:
/// a common noun (`yen certificates of deposit, CD,` is no Community of
/// Democracies) or another name spelled out (`Reuter Composite Information
/// System, CIS`). A gazetteer entity known only by its letters (`HP`) has no
/// spelling to contradict and stays.
pub(super) fn acronyms(text: &str, g: &Gazetteer, date: Option<&str>, mentions: &mut Vec<Mention>) {
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
            d.proper && {
                let before = &text[m.span.start.min(d.name.start)..d.name.start];
                m.kind == EntityKind::Organisation
                    && m.span.start <= d.name.start
                    && m.span.end == d.name.end
                    && before.split_whitespace().count() <= 1
            }
        }) else {
            let name = d.name.slice(text);
            let same = g.lookup(name, date).map(|t| g.entities[t.entity as usize].id.as_str());
            drop_readings(text, d.acronym, mentions, |m| {
                (m.name != d.acronym || !d.proper)
                    && Some(m.id.as_str()) != same
                    && !same_name(&m.name, name)
            });
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

/// Removes the gazetteer's mentions that are `acronym` as a whole word and
/// that `contradicted` says the document's definition rules out.
fn drop_readings(
    text: &str,
    acronym: &str,
    mentions: &mut Vec<Mention>,
    contradicted: impl Fn(&Mention) -> bool,
) {
    mentions.retain(|m| {
        m.method != Method::Gazetteer || m.span.slice(text) != acronym || !contradicted(m)
    });
}

/// True when `a` and `b` are spellings of one name: `World Trade
/// Organization (WTO)` and `World Trade Organisation`, `International
/// Labor Organization` and `International Labour Organisation`, `Gulf
/// Cooperation Council` and `Gulf Co-operation Council`, or its words in
/// another order (`General Agreement on Trade and Tariffs`).
fn same_name(a: &str, b: &str) -> bool {
    let name = |s: &str| crate::gazetteer::fold(s.split(" (").next().unwrap_or(s));
    let key = |s: &str| -> String {
        s.chars()
            .filter(char::is_ascii_alphabetic)
            .map(|c| if c == 'z' { 's' } else { c })
            .collect()
    };
    let (a, b) = (name(a), name(b));
    let words = |s: &str| {
        let mut w: Vec<String> = s.split(|c: char| !c.is_ascii_alphanumeric()).map(key).collect();
        w.retain(|w| !w.is_empty());
        w.sort_unstable();
        w
    };
    strsim::levenshtein(&key(&a), &key(&b)) <= 2 || words(&a) == words(&b)
}

/// Every `Name Of Thing (NOT)` in `text`, and `Name Of Thing, NOT,` (the
/// wire style): words right before the acronym, in brackets or between
/// commas, whose initials spell it.
fn definitions(text: &str) -> Vec<Definition<'_>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for open in memchr::memchr2_iter(b'(', b',', b) {
        let from = open + if b[open] == b',' { 2 } else { 1 };
        if b[open] == b',' && b.get(open + 1) != Some(&b' ') {
            continue;
        }
        let Some(rest) = b.get(from..) else { continue };
        let len = rest.iter().take(LONGEST + 1).take_while(|c| c.is_ascii_uppercase()).count();
        if !(2..=LONGEST).contains(&len) {
            continue;
        }
        // `(CDs)`: a plural's `s` may follow.
        let mut close = from + len;
        if b.get(close) == Some(&b's') {
            close += 1;
        }
        let closes = match b[open] {
            b'(' => b.get(close) == Some(&b')'),
            _ => matches!(b.get(close), Some(b',' | b'.' | b';')),
        };
        if !closes {
            continue;
        }
        let acronym = &text[from..from + len];
        if let Some((name, proper)) = spelled_out(text, open, acronym) {
            out.push(Definition { acronym, name, at: from, proper });
        }
    }
    out
}

/// The span of the words before byte `open` whose initials, in order, are
/// `acronym`'s letters (with joining words between them), and whether they
/// are a proper name (capitalised) rather than a common noun (lowercase).
fn spelled_out(text: &str, open: usize, acronym: &str) -> Option<(Span, bool)> {
    let letters = acronym.as_bytes();
    let mut want = letters.len();
    // (`<Industrial Equity Ltd> (IEL)`: the wire's brackets round a
    // company's name are no part of it.)
    let mut end = text[..open].trim_end().trim_end_matches('>').len();
    let name_end = end;
    let mut start = end;
    // Whether the words seen so far are capitalised (`Some(true)`) or not.
    let mut proper = None;
    while want > 0 {
        let before = &text[..end];
        let mut word_start = before.rfind(|c: char| c.is_whitespace()).map_or(0, |i| i + 1);
        word_start += usize::from(before[word_start..].starts_with('<'));
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
            // Each word gives its initial; a hyphenated one gives one
            // initial too, its first part's (`Co-operation`) or, in a
            // common noun, its last part's (`euro-commercial paper (CP)`).
            // The words are all capitalised or all lowercase.
            let capital = word.as_bytes()[0].is_ascii_uppercase();
            if *proper.get_or_insert(capital) != capital {
                return None;
            }
            let want_letter = letters[want - 1].to_ascii_lowercase();
            let initial = |part: &str| part.bytes().next().map(|c| c.to_ascii_lowercase());
            let last_part = word.rsplit('-').next().filter(|_| !capital);
            if initial(word) != Some(want_letter)
                && last_part.and_then(initial) != Some(want_letter)
            {
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
    Some((Span::new(start, name_end), proper.unwrap_or(true)))
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

    fn proper(text: &str) -> Vec<bool> {
        definitions(text).into_iter().map(|d| d.proper).collect()
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
        assert_eq!(defined("the British Airways (BA) flight"), [("BA", "British Airways")]);
        assert_eq!(proper("the British Airways (BA) flight"), [true]);
    }

    #[test]
    fn a_name_spelled_out_before_its_acronym_between_commas() {
        let t = "The Commodity Credit Corporation, CCC, has accepted bids. It sold to the CCC.";
        assert_eq!(defined(t), [("CCC", "Commodity Credit Corporation")]);
        assert_eq!(defined("the Commodity Credit Corp, CCC."), [("CCC", "Commodity Credit Corp")]);
        assert_eq!(defined("exports to Britain, US, and France"), []);
        assert_eq!(defined("Credit Corporation,CCC, said"), []);
    }

    #[test]
    fn a_common_noun_spelled_out_before_its_acronym() {
        assert_eq!(defined("certificates of deposit (CDs)"), [("CD", "certificates of deposit")]);
        assert_eq!(proper("certificates of deposit (CDs)"), [false]);
        assert_eq!(defined("yen commercial paper, CP, from"), [("CP", "commercial paper")]);
        // A hyphenated word's last part gives the initial.
        assert_eq!(
            defined("a euro-commercial paper (CP) program"),
            [("CP", "euro-commercial paper")]
        );
        // Capitalised and lowercase words mixed spell nothing.
        assert_eq!(defined("the Commercial paper (CP)"), []);
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
        assert!(same_name(
            "General Agreement on Tariffs and Trade (GATT)",
            "General Agreement on Trade and Tariffs"
        ));
    }

    #[test]
    fn whole_words_only() {
        let t = "CCC, CCCs and the CCC.";
        assert_eq!(whole_words(t, "CCC", 0).collect::<Vec<_>>(), [0, 18]);
    }
}
