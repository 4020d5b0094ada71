//! The **match gazetteers** stage: every place, official and organisation a
//! careful reader would mark.
//!
//! Four sources of mentions, resolved so that no two overlap:
//! 1. gazetteer aliases at capitalised word starts (with the ambiguity rules
//!    of `ambiguous.tsv`) and demonyms (`Ukrainian` → Ukraine);
//! 2. people named after a title ([`people`]), linked to a gazetteer official
//!    where the name is one;
//! 3. organisations found by their shape ([`orgs`]);
//! 4. coreference: a later surname (`Zelensky said`) links back to the
//!    person named in full earlier in the document.

mod orgs;
mod people;
mod words;

use rustc_hash::FxHashMap as HashMap;

pub use orgs::find_organisations;
pub use people::{appositive_role, find_people, PersonHit};
pub use words::{capitalised, without_possessive, words, EntityWords, TitleKind, Word};

use crate::gazetteer::{fold, is_all_caps, AmbiguityRule, EntityKind, Folded, Gazetteer};
use crate::pipeline::Analysis;
use crate::span::Span;

/// How a mention was found (the `method` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Method {
    /// An alias in a gazetteer.
    Gazetteer,
    /// A title and a name, or an organisation's shape: not in any list.
    TitlePattern,
    /// A later short mention of an entity named earlier.
    Coreference,
    /// A nationality word standing for its country.
    Demonym,
}

impl Method {
    /// The column's word.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Gazetteer => "gazetteer",
            Method::TitlePattern => "title-pattern",
            Method::Coreference => "coreference",
            Method::Demonym => "demonym",
        }
    }
}

/// One mention of an entity in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Where it is (normalised text).
    pub span: Span,
    /// Stable id.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Place, official or organisation.
    pub kind: EntityKind,
    /// Subtype from the gazetteer.
    pub subtype: Option<String>,
    /// Country code.
    pub country: Option<String>,
    /// Role as written in this document.
    pub role: Option<String>,
    /// How it was found.
    pub method: Method,
}

impl Mention {
    fn found(span: Span, name: &str, kind: EntityKind, role: Option<String>) -> Self {
        let prefix = if kind == EntityKind::Official { "person" } else { "org" };
        Mention {
            span,
            id: format!("{prefix}:{}", slug(name)),
            name: name.to_string(),
            kind,
            subtype: None,
            country: None,
            role,
            method: Method::TitlePattern,
        }
    }
}

/// A stable id part from a name: folded, non-alphanumerics as `-`.
///
/// ```
/// assert_eq!(gazette::entities::slug("Ihor Terekhov"), "ihor-terekhov");
/// assert_eq!(gazette::entities::slug("Łukasz O'Neill"), "lukasz-o-neill");
/// ```
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in fold(name).chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// A mention before overlaps are resolved: cheap to make, because most
/// candidates lose and are never written.
#[derive(Debug, Clone)]
struct Candidate {
    span: Span,
    priority: u8,
    what: What,
}

#[derive(Debug, Clone)]
enum What {
    /// A gazetteer entity (index), as a demonym or not, with a role if any.
    Entity { entity: u32, demonym: bool, role: Option<String> },
    /// Found by a pattern: named by its own text.
    Found { kind: EntityKind, role: Option<String> },
}

impl Candidate {
    fn into_mention(self, g: &Gazetteer, text: &str) -> Mention {
        match self.what {
            What::Entity { entity, demonym, role } => {
                let e = &g.entities[entity as usize];
                Mention {
                    span: self.span,
                    id: e.id.clone(),
                    name: e.name.clone(),
                    kind: e.kind.unwrap_or(EntityKind::Place),
                    subtype: e.subtype.clone(),
                    country: e.country.clone(),
                    role,
                    method: if demonym { Method::Demonym } else { Method::Gazetteer },
                }
            }
            What::Found { kind, role } => {
                Mention::found(self.span, self.span.slice(text), kind, role)
            }
        }
    }
}

/// Candidates compete for text: the longest wins; on a tie, this order.
const PRIORITY_PERSON: u8 = 0;
const PRIORITY_GAZETTEER: u8 = 1;
const PRIORITY_ORG_PATTERN: u8 = 2;

/// Finds every mention in an analysed document, in text order.
///
/// ```
/// use gazette::{entities::find_mentions, Lexicons, Pipeline};
/// let p = Pipeline::new(Lexicons::builtin(), Default::default());
/// let a = p.analyse("Kremlin spokesman Dmitry Peskov spoke in Kyiv. Peskov said more.");
/// let m = find_mentions(&a, p.lexicons(), None);
/// let got: Vec<_> = m.iter().map(|m| (m.span.slice(&a.norm.text), m.method.as_str())).collect();
/// assert_eq!(got, [("Kremlin", "gazetteer"), ("Dmitry Peskov", "title-pattern"), ("Kyiv", "gazetteer"), ("Peskov", "coreference")]);
/// ```
pub fn find_mentions(a: &Analysis, lex: &crate::Lexicons, date: Option<&str>) -> Vec<Mention> {
    let text = a.norm.text.as_str();
    let g = &lex.gazetteer;
    let ew = &lex.entity_words;
    let folded = Folded::new(text);
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut sentence_words = Vec::with_capacity(a.sentences.len());
    let mut people = Vec::new();
    for s in &a.sentences {
        let ws = words(text, s.span);
        let hits = find_people(text, &ws, ew);
        for hit in &hits {
            if hit.surname_only {
                continue; // linked by coreference below, if someone was named
            }
            let role = hit.role.clone();
            let what = match g.lookup(hit.name.slice(text), date) {
                Some(t) if g.entities[t.entity as usize].kind == Some(EntityKind::Official) => {
                    What::Entity { entity: t.entity, demonym: false, role }
                }
                _ => What::Found { kind: EntityKind::Official, role },
            };
            candidates.push(Candidate { span: hit.name, priority: PRIORITY_PERSON, what });
        }
        for span in find_organisations(text, &ws, ew) {
            let what = What::Found { kind: EntityKind::Organisation, role: None };
            candidates.push(Candidate { span, priority: PRIORITY_ORG_PATTERN, what });
        }
        scan_gazetteer(text, &folded, s.span, &ws, lex, date, &mut candidates);
        sentence_words.push(ws);
        people.extend(hits);
    }
    let mut mentions: Vec<Mention> =
        resolve(candidates).into_iter().map(|c| c.into_mention(g, text)).collect();
    add_roles(text, &a.sentences, &sentence_words, &people, ew, &mut mentions);
    coreference(text, &sentence_words, &mut mentions);
    mentions
}

/// Gazetteer matches at the capitalised word starts of one sentence.
fn scan_gazetteer(
    text: &str,
    folded: &Folded,
    sentence: Span,
    ws: &[Word],
    lex: &crate::Lexicons,
    date: Option<&str>,
    out: &mut Vec<Candidate>,
) {
    let g = &lex.gazetteer;
    let bytes = text.as_bytes();
    let first_word = ws.first().map(|w| w.span.start);
    let mut pos = sentence.start;
    let mut found = Vec::new();
    while pos < sentence.end {
        let b = bytes[pos];
        let capital = if b.is_ascii() {
            b.is_ascii_uppercase()
        } else {
            text.is_char_boundary(pos) && text[pos..].chars().next().is_some_and(char::is_uppercase)
        };
        // Word starts only: not after a letter, digit, or joining mark.
        let after_joiner = capital && pos > 0 && {
            let p = bytes[pos - 1];
            p.is_ascii_alphanumeric()
                || matches!(p, b'.' | b'\'' | b'-' | b'@' | b'_' | b'/')
                || p >= 0x80 && text[..pos].chars().next_back().is_some_and(char::is_alphanumeric)
        };
        if after_joiner || !capital {
            pos += 1;
            continue;
        }
        let mut next = pos + 1;
        g.matcher.matches_at(folded, text, pos, &mut found);
        for &(pattern, s, e) in &found {
            if e > sentence.end {
                continue;
            }
            let surface = &text[s..e];
            let Some(target) = g.best(pattern, surface, date) else { continue };
            let initial = Some(s) == first_word || is_all_caps(surface);
            let allowed = match g.ambiguity(&target.written) {
                Some(AmbiguityRule::CommonWord) if initial => {
                    verb_follows(text, e, &lex.entity_words)
                }
                Some(AmbiguityRule::GivenName) => !capital_follows(bytes, e),
                _ => true,
            };
            if allowed {
                let what =
                    What::Entity { entity: target.entity, demonym: target.demonym, role: None };
                out.push(Candidate { span: Span::new(s, e), priority: PRIORITY_GAZETTEER, what });
                next = e;
                break;
            }
        }
        pos = next;
        while pos < sentence.end && !text.is_char_boundary(pos) {
            pos += 1;
        }
    }
}

/// A lower-case verb follows byte `end`: a speech verb or a past tense
/// (`Apple stopped selling`, `Shell said`).
fn verb_follows(text: &str, end: usize, ew: &EntityWords) -> bool {
    let rest = text[end..].trim_start_matches(['\'', 's']).trim_start();
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    word.chars().next().is_some_and(char::is_lowercase)
        && (word.ends_with("ed") || ew.speech_verbs.contains(&word))
}

/// A capitalised word follows byte `end` after one space (`Sofia Petrova`).
fn capital_follows(bytes: &[u8], end: usize) -> bool {
    bytes.get(end) == Some(&b' ') && bytes.get(end + 1).is_some_and(u8::is_ascii_uppercase)
}

/// Keeps the best non-overlapping candidates: longest first, then by
/// priority, then earliest; returns them in text order.
fn resolve(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.sort_by(|a, b| {
        b.span
            .len()
            .cmp(&a.span.len())
            .then(a.priority.cmp(&b.priority))
            .then(a.span.start.cmp(&b.span.start))
    });
    // Taken spans, kept sorted by start for an overlap test by binary search.
    let mut taken: Vec<Candidate> = Vec::new();
    for c in candidates {
        let i = taken.partition_point(|t| t.span.start < c.span.start);
        let clear_before = i == 0 || taken[i - 1].span.end <= c.span.start;
        let clear_after = i == taken.len() || c.span.end <= taken[i].span.start;
        if clear_before && clear_after {
            taken.insert(i, c);
        }
    }
    taken
}

/// Officials named without a title pattern get their role from a title
/// before them (`Ukrainian President Volodymyr Zelensky`, `President Biden`)
/// or an appositive after them (`Zelensky, the Ukrainian president,`).
fn add_roles(
    text: &str,
    sentences: &[crate::segment::Sentence],
    sentence_words: &[Vec<Word>],
    people: &[PersonHit],
    ew: &EntityWords,
    mentions: &mut [Mention],
) {
    for m in mentions.iter_mut().filter(|m| m.kind == EntityKind::Official && m.role.is_none()) {
        if let Some(hit) = people.iter().find(|h| h.name.start == m.span.start) {
            m.role = hit.role.clone();
            continue;
        }
        let si = sentences.partition_point(|s| s.span.end <= m.span.start);
        let Some(ws) = sentence_words.get(si) else { continue };
        if let Some(last) = ws.iter().position(|w| w.span.end >= m.span.end) {
            m.role = appositive_role(text, ws, last + 1, ew);
        }
    }
}

/// Later mentions of a person's surname link back to them.
fn coreference(text: &str, sentence_words: &[Vec<Word>], mentions: &mut Vec<Mention>) {
    // Surname -> (entity of the first full-name mention, where it was).
    let mut surnames: HashMap<String, (usize, usize)> = HashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        let name = m.span.slice(text);
        if m.kind == EntityKind::Official && name.contains(' ') {
            if let Some(last) = name.split_whitespace().last() {
                surnames.entry(last.to_string()).or_insert((i, m.span.end));
            }
        }
    }
    // Gazetteer surname-only aliases after the full name: coreference.
    for m in mentions.iter_mut() {
        let s = m.span.slice(text);
        if m.kind == EntityKind::Official && !s.contains(' ') {
            if let Some(&(_, at)) = surnames.get(s) {
                if at <= m.span.start {
                    m.method = Method::Coreference;
                }
            }
        }
    }
    let mut added = Vec::new();
    for ws in sentence_words {
        for w in ws {
            let word = without_possessive(w.text(text));
            if !capitalised(word) {
                continue;
            }
            let Some(&(first, at)) = surnames.get(word) else { continue };
            let span = Span::new(w.span.start, w.span.start + word.len());
            if at > span.start
                || mentions.iter().any(|m| m.span.start < span.end && span.start < m.span.end)
            {
                continue;
            }
            let source = &mentions[first];
            added.push(Mention { span, role: None, method: Method::Coreference, ..source.clone() });
        }
    }
    mentions.extend(added);
    mentions.sort_by_key(|m| m.span.start);
}
