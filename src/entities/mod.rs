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

mod acronyms;
mod orgs;
mod people;
mod words;

use rustc_hash::FxHashMap as HashMap;

pub use orgs::find_organisations;
pub(crate) use orgs::CONNECTORS;
pub use people::{appositive_role, find_people, PersonHit};
pub use words::{
    capitalised, without_possessive, words, EntityListFiles, EntityWords, TitleKind, Word,
    NAME_PARTICLES,
};

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
            // A name wrapped over two lines is the same name.
            name: crate::span::one_line(name),
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
/// // `&` is `and`: one organisation, however it is written.
/// assert_eq!(gazette::entities::slug("Securities & Exchange Commission"), "securities-and-exchange-commission");
/// ```
pub fn slug(name: &str) -> String {
    let folded = fold(name);
    let folded = if folded.contains('&') { folded.replace('&', " and ") } else { folded };
    // Sized once: a slug is never longer than its folded name.
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    if out.ends_with('-') {
        out.pop();
    }
    out
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

/// The population from which a city whose name is also a given name is
/// read as the city when the name stands alone: Florence, Austin, Eugene
/// and Regina are; David (Panama) and Michael are not.
const GIVEN_NAME_CITY: u64 = 150_000;

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
    let mut people = Vec::new();
    // Scratch space reused from sentence to sentence.
    let (mut orgs, mut run, mut found) = (Vec::new(), Vec::new(), Vec::new());
    for (si, s) in a.sentences.iter().enumerate() {
        let ws = a.sentence_words(si);
        let first_hit = people.len();
        people::people_into(text, ws, ew, &mut people);
        for hit in &people[first_hit..] {
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
        orgs.clear();
        orgs::organisations_into(text, ws, ew, &mut orgs, &mut run);
        for &span in &orgs {
            let span = orgs::with_owner(text, ws, span, lex, date);
            let span = orgs::without_country_initials(text, span, lex, date);
            let span = orgs::without_person_before_of(text, span, lex);
            if orgs::two_known(span.slice(text), lex, date) {
                continue; // the gazetteer finds each
            }
            let what = match orgs::known_company(span.slice(text), lex, date) {
                Some(entity) => What::Entity { entity, demonym: false, role: None },
                None => What::Found { kind: EntityKind::Organisation, role: None },
            };
            candidates.push(Candidate { span, priority: PRIORITY_ORG_PATTERN, what });
        }
        scan_gazetteer(text, &folded, s.span, ws, lex, date, &mut found, &mut candidates);
    }
    let mut mentions: Vec<Mention> =
        resolve(candidates).into_iter().map(|c| c.into_mention(g, text)).collect();
    add_roles(text, a, &people, ew, &mut mentions);
    drop_surnames(text, &people, lex, &mut mentions);
    clubs(text, lex, &mut mentions);
    drop_name_halves(text, lex, date, &mut mentions);
    coreference(text, &a.words, ew, &mut mentions);
    acronyms::acronyms(text, g, date, &mut mentions);
    // (Read once: `short_names` relinks towns in place and makes no new
    // full name.)
    let firsts = orgs::company_first_words(text, lex, &mentions);
    orgs::short_names(text, lex, &firsts, &mut mentions);
    orgs::first_word_names(text, lex, &firsts, &mut mentions);
    places_by_their_region(text, lex, &mut mentions);
    drop_word_towns(text, lex, date, &mut mentions);
    drop_lonely_towns(text, lex, date, &mut mentions);
    drop_stock_symbols(text, &mut mentions);
    drop_grades(text, &mut mentions);
    mentions
}

/// A place named with its region or country after a comma is the place of
/// that name there: `Santa Clara, Calif.` is not the Cuban city, `Boston,
/// U.K.` not the American one. When the gazetteers know no place of that
/// name there (`Kimberley, British Columbia`; `Lyon, Kansas`), the city's
/// link would be wrong: it goes, and the region stays.
fn places_by_their_region(text: &str, lex: &crate::Lexicons, mentions: &mut Vec<Mention>) {
    let g = &lex.gazetteer;
    let town = |m: &Mention| {
        m.kind == EntityKind::Place
            && m.method == Method::Gazetteer
            && matches!(m.subtype.as_deref(), Some("city") | Some("admin1"))
    };
    let mut unknown = Vec::new();
    for i in 1..mentions.len() {
        let (a, b) = (&mentions[i - 1], &mentions[i]);
        let region = b.kind == EntityKind::Place
            && matches!(b.subtype.as_deref(), Some("admin1") | Some("country"));
        if !town(a) || !region || a.country == b.country || b.country.is_none() {
            continue;
        }
        if !matches!(&text[a.span.end..b.span.start], ", " | ",\n") {
            continue;
        }
        let there = g
            .readings(a.span.slice(text))
            .filter(|e| e.country == b.country)
            .filter(|e| matches!(e.subtype.as_deref(), Some("city") | Some("admin1")))
            .max_by_key(|e| e.population);
        match there {
            Some(e) => {
                let m = &mut mentions[i - 1];
                m.id = e.id.clone();
                m.name = e.name.clone();
                m.subtype = e.subtype.clone();
                m.country = e.country.clone();
            }
            None if a.subtype.as_deref() == Some("city")
                && b.subtype.as_deref() == Some("admin1") =>
            {
                unknown.push(i - 1)
            }
            None => {}
        }
    }
    for i in unknown.into_iter().rev() {
        mentions.remove(i);
    }
}

/// A credit grade is no organisation: `CCC-plus`, `BA-1`, `cut to CCC from
/// B-minus` (Standard and Poor's and Moody's scales; CCC is also the CIA
/// list's Customs Cooperation Council). Read for capital letters joined to
/// `-plus`, `-minus` or one digit, or of the scale's letters between `to`
/// and `from`.
fn drop_grades(text: &str, mentions: &mut Vec<Mention>) {
    let b = text.as_bytes();
    mentions.retain(|m| {
        let surface = m.span.slice(text);
        if m.method != Method::Gazetteer || !surface.bytes().all(|c| c.is_ascii_uppercase()) {
            return true;
        }
        let rest = &text[m.span.end..];
        // (`get`: the bytes after a mention may split a character.)
        let lower = |s: &str, p: &str| s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
        let suffix = lower(rest, "-plus")
            || lower(rest, "-minus")
            || rest.len() >= 2
                && b[m.span.end] == b'-'
                && b[m.span.end + 1].is_ascii_digit()
                && !b.get(m.span.end + 2).is_some_and(u8::is_ascii_digit);
        let scale = surface.bytes().all(|c| matches!(c, b'A' | b'B' | b'C' | b'D'));
        let between = word_before(text, m.span.start).is_some_and(|w| w == "to")
            && word_after(text, m.span.end).is_some_and(|w| w == "from");
        !(suffix || scale && between)
    });
}

/// A stock symbol in angle brackets (`Boeing Co <BA>`, `<UN.AS>`) names a
/// listed company: a company or a broadcaster named by those letters stays
/// (`<BP>`, `<CBS>`), but not a place or an intergovernmental body (`<BA>`
/// is no Baltic Assembly, `<UK>` no United Kingdom); and the name right
/// before it is that company.
fn drop_stock_symbols(text: &str, mentions: &mut Vec<Mention>) {
    let b = text.as_bytes();
    let symbol_char = |c: &u8| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'.';
    mentions.retain(|m| {
        let (s, e) = (m.span.start, m.span.end);
        let symbol = s > 0
            && b[s - 1] == b'<'
            && b[s..e].iter().all(symbol_char)
            && b[e..]
                .iter()
                .take(8)
                .position(|&c| c == b'>')
                .is_some_and(|k| b[e..e + k].iter().all(symbol_char));
        let listed =
            m.kind == EntityKind::Organisation && m.subtype.as_deref() != Some("intergovernmental");
        !symbol || listed
    });
    // The company a symbol follows is the one it lists (`Dow Chemical Co
    // <DOW>`, `British Petroleum Co PLC <BP>`): a name found by its shape
    // takes the listed company's id, in every mention of it.
    let mut same = Vec::new();
    for k in 1..mentions.len() {
        let (prev, m) = (&mentions[k - 1], &mentions[k]);
        let s = m.span.start;
        let follows = s > 0
            && b[s - 1] == b'<'
            && text[prev.span.end..s - 1].trim().is_empty()
            && prev.kind == EntityKind::Organisation
            && prev.method == Method::TitlePattern
            && m.method == Method::Gazetteer
            && m.subtype.as_deref() == Some("company");
        if follows && prev.id != m.id {
            same.push((prev.id.clone(), k));
        }
    }
    for (found, k) in same {
        let listed = mentions[k].clone();
        for m in mentions.iter_mut().filter(|m| m.id == found) {
            m.id.clone_from(&listed.id);
            m.name.clone_from(&listed.name);
            m.subtype.clone_from(&listed.subtype);
            m.country.clone_from(&listed.country);
        }
    }
}

/// The gazetteer's place a place mention links to, when it is the
/// gazetteer's own reading of the mention's words (not one a later rule
/// relinked), for the rules that weigh its population.
fn gazetteer_place<'g>(
    text: &str,
    m: &Mention,
    g: &'g Gazetteer,
    date: Option<&str>,
) -> Option<&'g crate::gazetteer::Entity> {
    if m.kind != EntityKind::Place {
        return None;
    }
    let t = g.lookup(m.span.slice(text), date)?;
    Some(&g.entities[t.entity as usize]).filter(|e| e.id == m.id)
}

/// Cities of this population or more are read as the city even when half
/// of a hyphenated word ([`drop_name_halves`]).
const HALF_NAME_CITY: u64 = 500_000;

/// Towns below this population are linked only when the document names
/// something else of their country.
const LONELY_TOWN: u64 = 50_000;

/// Drops the towns of fewer than [`LONELY_TOWN`] people whose country the
/// document names nowhere else (no other place, demonym, official or
/// organisation of it). News places a small town (`Racine, Wis.`, `near
/// Kinross, Scotland`); one that stands alone in a story about something
/// else is nearly always a name that happens to be a town's: `Olympic`
/// champion (a Hong Kong town), `Nokia`, `Esso`, `Gallup`, `Radcliffe`.
fn drop_lonely_towns(
    text: &str,
    lex: &crate::Lexicons,
    date: Option<&str>,
    mentions: &mut Vec<Mention>,
) {
    let g = &lex.gazetteer;
    let ew = &lex.entity_words;
    let small = |m: &Mention| {
        m.method == Method::Gazetteer
            && m.subtype.as_deref() == Some("city")
            && gazetteer_place(text, m, g, date).is_some_and(|e| e.population < LONELY_TOWN)
    };
    // A region named only by words of direction and kind (`Western`, `North
    // East`, `West Coast`, `Delta`), or by a given name (`Diana`, `Cesar`),
    // is one country's only where that country is named.
    let vague_region = |m: &Mention| {
        if m.method != Method::Gazetteer || m.subtype.as_deref() != Some("admin1") {
            return false;
        }
        let surface = without_possessive(m.span.slice(text));
        let generic = surface
            .split_whitespace()
            .all(|w| ew.place_qualifiers.contains(w) || ew.region_words.contains(w));
        generic || g.ambiguity(surface) == Some(AmbiguityRule::GivenName)
    };
    let lonely: Vec<bool> = mentions
        .iter()
        .map(|m| {
            (small(m) || vague_region(m))
                && !mentions
                    .iter()
                    .any(|o| o.id != m.id && o.country.is_some() && o.country == m.country)
        })
        .collect();
    let mut k = 0;
    mentions.retain(|_| {
        k += 1;
        !lonely[k - 1]
    });
}

/// Drops a town that is half of a hyphenated name (`Buchanan-Smith`,
/// `Bristol-Myers`, `Freeport-McMoRan`, `Seattle-First`): joined by a
/// hyphen to a capitalised word the gazetteers do not know. Only towns
/// and cities under [`HALF_NAME_CITY`]: countries, regions and big cities
/// are joined to what the gazetteers may lack (`U.S.-Soviet`,
/// `Asia-Pacific`, `New York-LaGuardia`); places joined to places stay
/// (`Iran-Iraq`, `Dallas-Fort Worth`, `Rome-Milan-Los Angeles`), as does
/// one after a combining form (`Anglo-French`).
fn drop_name_halves(
    text: &str,
    lex: &crate::Lexicons,
    date: Option<&str>,
    mentions: &mut Vec<Mention>,
) {
    let g = &lex.gazetteer;
    let known = |w: &str| {
        let w = w.trim_end_matches([',', ';', ':', ')', '"', '\'']);
        let w = w.strip_suffix("'s").unwrap_or(w);
        // (`Milan-Los`, `Hamburg/India`: the first of several.)
        let first = w.split(['-', '/']).next().unwrap_or(w);
        // (`Minneapolis-St. Paul`, `Dallas-Ft. Worth`: a saint's or a
        // fort's place, however the gazetteer spells it.)
        let abbreviation = matches!(w, "St." | "St" | "Ft." | "Mt.");
        abbreviation
            || [w, w.trim_end_matches('.'), first].iter().any(|w| g.lookup(w, date).is_some())
    };
    // The capitalised word after the hyphen at `at`, alone and with the
    // word after it (`Fort Worth`, `St Paul`).
    let unknown_after = |at: usize| {
        let rest = &text[at + 1..];
        if !rest.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        let one = rest.split_whitespace().next().unwrap_or("");
        let two_end =
            rest.char_indices().filter(|&(_, c)| c == ' ').nth(1).map_or(rest.len(), |(i, _)| i);
        !known(one) && !known(&rest[..two_end])
    };
    let unknown_before = |at: usize| {
        let head = &text[..at];
        let w = &head[head.rfind(char::is_whitespace).map_or(0, |i| i + 1)..];
        let combining = w.ends_with('o');
        w.starts_with(|c: char| c.is_uppercase()) && !combining && !known(w)
    };
    mentions.retain(|m| {
        let (s, e) = (m.span.start, m.span.end);
        // (The hyphen first: most mentions have none.)
        if !(text[e..].starts_with('-') || text[..s].ends_with('-')) || m.kind != EntityKind::Place
        {
            return true;
        }
        let town = gazetteer_place(text, m, g, date)
            .is_some_and(|e| e.subtype.as_deref() == Some("city") && e.population < HALF_NAME_CITY);
        let half_after = text[e..].starts_with('-') && unknown_after(e);
        let half_before = s > 0 && text[..s].ends_with('-') && unknown_before(s - 1);
        !(town && (half_after || half_before))
    });
}

/// Drops the towns of fewer than [`GIVEN_NAME_CITY`] people that say
/// something (`Fujioka said`), and those named like a
/// common word (`ambiguous.tsv`) that no word of place comes before
/// (`place_prepositions.txt`: `in Orange` stays) and no region follows
/// (`Midland, Texas` stays): alone such a word
/// is the word or a name (`Orange said`, `Bear, Stearns`, `Fleet and
/// Norstar`). Run after [`orgs::short_names`] has made a company of the
/// ones a company's name begins with (`Dome Petroleum Ltd` … `Dome`).
fn drop_word_towns(
    text: &str,
    lex: &crate::Lexicons,
    date: Option<&str>,
    mentions: &mut Vec<Mention>,
) {
    let g = &lex.gazetteer;
    let ew = &lex.entity_words;
    // Where places begin: `Midland, Texas` is placed by the state after it,
    // and `Troy, Mich.` by a state's abbreviation.
    let place_starts: Vec<usize> =
        mentions.iter().filter(|m| m.kind == EntityKind::Place).map(|m| m.span.start).collect();
    let region_after = |e: usize| {
        let Some(rest) = text[e..].strip_prefix(", ") else { return false };
        let abbreviation = rest.split(' ').next().is_some_and(|w| {
            w.len() <= 6 && w.ends_with('.') && w.starts_with(|c: char| c.is_ascii_uppercase())
        });
        abbreviation || place_starts.binary_search(&(e + 2)).is_ok()
    };
    mentions.retain(|m| {
        if m.kind != EntityKind::Place || m.method != Method::Gazetteer {
            return true;
        }
        let surface = m.span.slice(text);
        let town = |subtypes: &[&str]| {
            gazetteer_place(text, m, g, date).is_some_and(|e| {
                e.subtype.as_deref().is_some_and(|s| subtypes.contains(&s))
                    && e.population < GIVEN_NAME_CITY
            })
        };
        // A town does not speak: `Fujioka said`, `Inverness said` name a
        // person or a company. (A country, a region or a city of
        // GIVEN_NAME_CITY people or more speaks for its government:
        // `Moscow said`.)
        let one_word = !surface.contains(|c: char| c == '-' || c.is_whitespace());
        if one_word
            && word_after(text, m.span.end).is_some_and(|w| ew.speech_verbs.contains(w))
            && town(&["city"])
        {
            return false;
        }
        let written = crate::gazetteer::strip_diacritics(surface);
        if g.ambiguity(&written) != Some(AmbiguityRule::CommonWord) {
            return true;
        }
        let small = town(&["city", "admin1"]);
        let placed = word_before(text, m.span.start).is_some_and(|w| ew.is_place_preposition(w));
        !small || placed || region_after(m.span.end)
    });
}

/// Gazetteer matches at the capitalised word starts of one sentence
/// (`found` is scratch space for the matcher).
#[allow(clippy::too_many_arguments)] // each is one fact the scan reads
fn scan_gazetteer(
    text: &str,
    folded: &Folded,
    sentence: Span,
    ws: &[Word],
    lex: &crate::Lexicons,
    date: Option<&str>,
    found: &mut Vec<(u32, usize, usize)>,
    out: &mut Vec<Candidate>,
) {
    let g = &lex.gazetteer;
    let bytes = text.as_bytes();
    let first_word = ws.first().map(|w| w.span.start);
    let mut pos = sentence.start;
    while pos < sentence.end {
        // Most bytes are lower-case letters, spaces and marks: skip them.
        pos = crate::bytes::next_capital_or_wide(bytes, pos, sentence.end);
        if pos == sentence.end {
            break;
        }
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
        g.matcher.matches_at(folded, text, pos, found);
        for &(pattern, s, e) in found.iter() {
            if e > sentence.end {
                continue;
            }
            let surface = &text[s..e];
            let Some(target) = g.best(pattern, surface, date) else { continue };
            let allowed = accept(text, s, e, first_word, target, g, &lex.entity_words, date);
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

/// Whether a gazetteer match at `s..e` is the entity. Rules, in order:
/// * months, days and pronouns (`name_stopwords.txt`) are never names;
/// * after `Mr`/`Ms`/`Dr` it is a person's surname (`Mr Irish`);
/// * a demonym after a capitalised word that does not open the sentence, or
///   before one that starts no title or person's name, is part of a name
///   (`Latin American`, `British Petroleum`);
/// * a one-word place or company alias next to other capitalised words is
///   part of a longer name the gazetteers do not hold (`Borussia Dortmund`,
///   `Morgan Stanley`, `Taylor Dent`), unless those words are titles or
///   organisation words (`Kharkiv Mayor`); right after a given name it is a
///   surname (`Jeff Seldin`);
/// * an official's name followed by a capitalised word is the start of
///   another person's (`Andrew Lloyd Webber`);
/// * a surname alone (`Biden`) names the official only while they are in
///   office on the document's date (undated documents: never);
/// * in capitals, a name written otherwise matches only in a capitalised
///   headline (`KYIV`), not as an acronym (`SARS virus`);
/// * the ambiguity rules of [`AmbiguityRule`].
#[allow(clippy::too_many_arguments)] // each is one fact the rules read
fn accept(
    text: &str,
    s: usize,
    e: usize,
    first_word: Option<usize>,
    target: &crate::gazetteer::Target,
    g: &Gazetteer,
    ew: &EntityWords,
    date: Option<&str>,
) -> bool {
    let surface = &text[s..e];
    if ew.name_stopwords.contains(surface) {
        return false;
    }
    // (A quote opens a sentence of its own: `added: "People will not …"`.)
    let sentence_initial =
        Some(s) == first_word || text[..s].ends_with(['"', '\u{201c}', '\u{2018}']);
    let entity = &g.entities[target.entity as usize];
    let before = word_before(text, s);
    let after = capital_word_after(text, e);
    if before.is_some_and(|w| ew.is_honorific(w)) {
        return entity.kind == Some(EntityKind::Official);
    }
    // (A name wrapped over two lines is two words.)
    let one_word = !surface.contains(|c: char| c == '-' || c.is_ascii_whitespace());
    let joins = |w: &str| ew.title(&[w]).is_some() || ew.modifiers.contains(w);
    // A demonym after a capitalised word inside the sentence is part of a
    // name (`Latin American`, `Royal Dutch`, `Philip French`); the
    // sentence's first word is capitalised anyway (`Senior French officials`),
    // and an owner is no name (`VW's Brazilian unit`).
    if target.demonym && !sentence_initial {
        let opens_sentence = |w: &str| Some(s - 1 - w.len()) == first_word;
        let name_before = before.is_some_and(|w| {
            capitalised(w)
                && !opens_sentence(w)
                && !w.ends_with('.')
                && !w.ends_with("'s")
                && !joins(w)
                && !ew.name_stopwords.contains(w)
        });
        // Before a capitalised word, a demonym opens a name (`American
        // Motors`, `British Petroleum`), unless the word starts a title
        // (`British Prime Minister`, `Japanese Finance Ministry`) or a
        // person's name (`Russian Svetlana Kuznetsova`).
        let name_after = after.is_some_and(|w| {
            // (`West German Technology Minister`: a portfolio, then a title.)
            let w_end = w.as_ptr() as usize - text.as_ptr() as usize + w.len();
            let title_next = capital_word_after(text, w_end).is_some_and(joins);
            !ew.may_start_title(w)
                && !joins(w)
                && !title_next
                && !ew.name_stopwords.contains(w)
                && !g.given_names.contains(w)
        });
        if (name_before || name_after) && !headline_caps(text, s, e) {
            return false;
        }
    }
    // A country or region, or a place of more than one word, after a
    // capitalised word inside the sentence is part of a longer name (`Air
    // Canada`, `Statistics Canada`, `Telekom Austria`, `Maccabi Tel Aviv`,
    // `Porsche Cars North America`), unless the word qualifies the place (`West Texas`), is a
    // title (`Deputy U.S. Trade Representative`), or is a name's stopword
    // (`The`, a month).
    let regional = matches!(entity.subtype.as_deref(), Some("country" | "admin1"))
        || (!one_word && entity.kind == Some(EntityKind::Place));
    if regional && !target.demonym && !sentence_initial {
        // (The sentence's first word has its capital anyway: `If Britain's`.)
        let opens_sentence =
            |w: &str| Some(w.as_ptr() as usize - text.as_ptr() as usize) == first_word;
        let name_before = before.is_some_and(|w| {
            capitalised(w)
                && !opens_sentence(w)
                && !is_all_caps(w)
                && !w.ends_with('.')
                && !w.ends_with("'s")
                && !joins(w)
                && !ew.name_stopwords.contains(w)
                && !ew.place_qualifiers.contains(w)
        });
        // At the sentence's start a capitalised word tells nothing, but a
        // speech verb after the place does: `Ford Canada said`, `Union Texas
        // also said`, `Statistics Canada reported` are firms and agencies
        // (not `Yesterday Canada said`, `But Canada said`).
        let firm_at_start = before.is_some_and(|w| {
            opens_sentence(w)
                && capitalised(w)
                && w.chars().all(|c| c.is_alphanumeric() || c == '-')
                && !ew.name_stopwords.contains(w)
                && !ew.place_qualifiers.contains(w)
                && !ew.connectives.contains(w)
                && !joins(w)
        }) && speech_verb_after(text, e, ew);
        if (name_before || firm_at_start) && !headline_caps(text, s, e) {
            return false;
        }
    }
    match entity.kind {
        Some(EntityKind::Official) => {
            if after.is_some_and(|w| !joins(w) && !ew.name_stopwords.contains(w)) {
                return false;
            }
            if one_word
                && crate::gazetteer::strip_diacritics(&entity.name).ends_with(&*target.written)
            {
                let in_office = date.is_some_and(|d| entity.valid_on(d));
                if !in_office {
                    return false;
                }
            }
        }
        _ if one_word && !target.demonym => {
            if before.is_some_and(|w| g.given_names.contains(w)) {
                return false;
            }
            // Nor after a given name or initials and particles: `Jeremy de
            // Souza`, `CJ van der Linde` (a line-up's names).
            if before.is_some_and(|w| NAME_PARTICLES.contains(&w)) {
                let (mut at, mut w) = (s, before);
                while let Some(p) = w.filter(|w| NAME_PARTICLES.contains(w)) {
                    at -= 1 + p.len();
                    w = word_before(text, at);
                }
                if w.is_some_and(|w| g.given_names.contains(w) || is_initials(w)) {
                    return false;
                }
            }
            // Nor after a name and its middle initial: `Charles W. Durham`.
            if let Some(i) = before.filter(|w| is_middle_initial(w)) {
                if word_before(text, s - 1 - i.len()).is_some_and(capitalised) {
                    return false;
                }
            }
            // A country's initials qualify the name after them rather than
            // begin it: `U.S. Treasury`, `UK Parliament`.
            let initials = entity.subtype.as_deref() == Some("country") && is_all_caps(surface);
            let capital_after =
                !initials && after.is_some_and(|w| !joins(w) && !ew.name_stopwords.contains(w));
            // Countries and regions head longer names ("West Germany" is an
            // alias of its own), so only what follows them counts. Not
            // continents: before them a capitalised word is more often a
            // company's ("Lycos Europe", "MTV Asia") than a compass point's.
            let regional = matches!(entity.subtype.as_deref(), Some("country" | "admin1"));
            let capital_before = !regional
                && !sentence_initial
                && before.is_some_and(|w| {
                    // (`In London, …`: a stopword opening the sentence.)
                    capitalised(w)
                        && !w.ends_with('.')
                        && !joins(w)
                        && !ew.name_stopwords.contains(w)
                });
            if (capital_before || capital_after) && !headline_caps(text, s, e) {
                return false;
            }
        }
        _ => {}
    }
    if is_all_caps(surface) && !is_all_caps(&target.written) && !headline_caps(text, s, e) {
        return false;
    }
    match g.ambiguity(&target.written) {
        // A given name alone ("said Michael", "Frederick and David") names
        // a person more often than a town: only a country or a city of
        // GIVEN_NAME_CITY people or more is read as the place. (Regions
        // have no population in the data; Michael is a sheading of the
        // Isle of Man.)
        Some(AmbiguityRule::GivenName) => {
            let notable = entity.kind != Some(EntityKind::Place)
                || entity.subtype.as_deref() == Some("country")
                || entity.population >= GIVEN_NAME_CITY;
            after.is_none() && notable
        }
        Some(AmbiguityRule::CommonWord) => {
            // A region without a city of 15,000 people is too small for the
            // word to mean it (`the Gulf` is no province of Papua New Guinea).
            let small_region =
                entity.subtype.as_deref() == Some("admin1") && entity.population == 0;
            if after.is_some() || small_region {
                return false;
            }
            // `the Fed`: an institution called by the start of its name
            // (not a company: `the General`, `the News` are the words).
            let institution_short = entity.kind == Some(EntityKind::Organisation)
                && entity.subtype.as_deref() != Some("company")
                && entity.name != *target.written
                && entity.name.starts_with(&*target.written);
            if !sentence_initial {
                if before == Some("the") && institution_short {
                    return true;
                }
                if before.is_some_and(|w| capitalised(w) || w == "the") {
                    return false;
                }
            } else if is_all_caps(surface) {
                return false;
            } else if entity.kind == Some(EntityKind::Place)
                && entity.subtype.as_deref() != Some("country")
                && entity.population < GIVEN_NAME_CITY
            {
                // "Police have also been investigating", "Best has 27 mln
                // shares": a word opening a sentence is a small town only
                // by accident (the verb test below is for companies:
                // "Apple stopped", "Shell said").
                return false;
            }
            // Before `&` it is part of a name (`Bath & Body Works`, `Soul &
            // Funk`).
            if text[e..].trim_start_matches(' ').starts_with('&') {
                return false;
            }
            match word_after(text, e) {
                None => !sentence_initial,
                // Opening a sentence, only a verb makes it the name ("Apple
                // stopped", "Shell said"); "Much of the credit" is the word.
                // (Not an auxiliary after a newspaper named by a word:
                // "People will not be taken in", "Time will tell".)
                Some(w) if sentence_initial => {
                    let outlet = matches!(
                        entity.subtype.as_deref(),
                        Some("news-publisher" | "newspaper" | "broadcaster" | "news-agency")
                    );
                    w.chars().next().is_some_and(char::is_lowercase)
                        && (w.ends_with("ed")
                            || ew.speech_verbs.contains(w)
                            || !outlet && SUBJECT_VERBS.contains(&w))
                }
                Some(w) => {
                    w.chars().next().is_some_and(char::is_lowercase)
                        && (w.ends_with("ed")
                            || ew.speech_verbs.contains(w)
                            || ew.name_followers.contains(w))
                }
            }
        }
        None => true,
    }
}

/// Auxiliaries that make a sentence-opening word its subject ("Shell has").
const SUBJECT_VERBS: [&str; 9] =
    ["has", "have", "had", "is", "was", "will", "would", "could", "can"];

/// The capitalised word right after byte `e` (one space or line break,
/// perhaps past a closing bracket), if there is one.
fn capital_word_after(text: &str, e: usize) -> Option<&str> {
    // One space, or one line break of a name wrapped over two lines.
    let rest = text[e..].trim_start_matches([')', ']']).strip_prefix([' ', '\n'])?;
    let end =
        rest.find(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-')).unwrap_or(rest.len());
    let w = rest[..end].trim_end_matches('.');
    capitalised(w).then_some(w)
}

/// True when a speech verb follows byte `e`, perhaps after `also`
/// (`Ford Canada also said`).
fn speech_verb_after(text: &str, e: usize, ew: &EntityWords) -> bool {
    let mut words = text[e..].split_ascii_whitespace();
    let mut next = words.next().unwrap_or("");
    if next == "also" {
        next = words.next().unwrap_or("");
    }
    let verb = next.trim_end_matches([',', '.', ':', ';']);
    text[e..].starts_with(' ') && ew.speech_verbs.contains(verb)
}

/// A word in capitals among other words in capitals: a headline.
fn headline_caps(text: &str, s: usize, e: usize) -> bool {
    let caps = |w: Option<&str>| {
        w.is_some_and(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && is_all_caps(w))
    };
    caps(word_before(text, s)) || caps(word_after(text, e))
}

/// True for a middle initial: one capital letter and its period (`W.`;
/// not a country's `U.K.`).
pub(super) fn is_middle_initial(w: &str) -> bool {
    matches!(w.as_bytes(), [c, b'.'] if c.is_ascii_uppercase())
}

/// True for a person's initials: one to three capital letters, each with
/// or without its period (`W.`, `CJ`, `J.R.`).
fn is_initials(w: &str) -> bool {
    let letters = w.bytes().filter(u8::is_ascii_uppercase).count();
    (1..=3).contains(&letters) && w.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
}

/// The word right before byte `s` (on the same line, after one space).
pub(super) fn word_before(text: &str, s: usize) -> Option<&str> {
    // One space, or one line break of a name wrapped over two lines.
    let head = text[..s].strip_suffix([' ', '\n'])?;
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '\''))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let w = &head[start..];
    (!w.is_empty()).then_some(w)
}

/// The word right after byte `e` (after one space, possessive skipped), or
/// `None` when punctuation or the end comes first.
fn word_after(text: &str, e: usize) -> Option<&str> {
    let rest = text[e..].strip_prefix("'s").unwrap_or(&text[e..]);
    let rest = rest.strip_prefix(' ')?;
    let end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
    let w = &rest[..end];
    (!w.is_empty()).then_some(w)
}

/// `word` (a slice of `text`) with the hyphenated parts that follow it:
/// `fly` of `fly-half` gives `fly-half`.
fn hyphenated<'t>(text: &'t str, word: &'t str) -> &'t str {
    let start = word.as_ptr() as usize - text.as_ptr() as usize;
    let mut end = start + word.len();
    while let Some(rest) = text[end..].strip_prefix('-') {
        let n = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
        if n == 0 {
            break;
        }
        end += 1 + n;
    }
    &text[start..end]
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
    a: &Analysis,
    people: &[PersonHit],
    ew: &EntityWords,
    mentions: &mut [Mention],
) {
    for m in mentions.iter_mut().filter(|m| m.kind == EntityKind::Official && m.role.is_none()) {
        if let Some(hit) = people.iter().find(|h| h.name.start == m.span.start) {
            m.role = hit.role.clone();
            continue;
        }
        let si = a.sentences.partition_point(|s| s.span.end <= m.span.start);
        if si >= a.sentences.len() {
            continue;
        }
        let ws = a.sentence_words(si);
        if let Some(last) = ws.iter().position(|w| w.span.end >= m.span.end) {
            m.role = appositive_role(text, ws, last + 1, ew);
        }
    }
}

/// Drops the towns, regions and companies of one word that the document
/// also writes as a person's surname (`Nigel Lawson` … `Lawson said`, `Mr
/// Moore`, `Agriculture Minister Kato`, `Lions coach Clive Woodward` …
/// `Woodward said`): there they name the person, and coreference links
/// them to the person. Countries and continents keep their name (`Michael
/// Jordan` does not take Jordan away).
fn drop_surnames(
    text: &str,
    people: &[people::PersonHit],
    lex: &crate::Lexicons,
    mentions: &mut Vec<Mention>,
) {
    let town = |m: &Mention| {
        (m.kind == EntityKind::Place
            && matches!(m.subtype.as_deref(), Some("city" | "admin1"))
            && m.method != Method::Demonym)
            || (m.kind == EntityKind::Organisation
                && m.subtype.as_deref() == Some("company")
                && m.method == Method::Gazetteer)
    };
    let mut names: Vec<&str> = mentions
        .iter()
        .filter(|m| town(m))
        .map(|m| without_possessive(m.span.slice(text)))
        .filter(|n| !n.contains(char::is_whitespace))
        .collect();
    names.sort_unstable();
    names.dedup();
    if names.is_empty() {
        return;
    }
    let given = |w: &str| lex.gazetteer.given_names.contains(w);
    // A name alone after a capitalised title is a surname too (`Agriculture
    // Minister Kato`; not `will captain England`).
    let titled = |n: &str| {
        people.iter().any(|h| {
            h.surname_only
                && h.name.slice(text) == n
                && h.role
                    .as_deref()
                    .and_then(|r| r.split_whitespace().last())
                    .is_some_and(capitalised)
        })
    };
    // The last word of a person's name found by their title (`Agriculture
    // Minister Hajime Tamura` … `said Tamura`) is a surname too; not a
    // firm's or the first word of one, which a family often shares (`Vice
    // Chairman Dudley Taft` of Taft Broadcasting).
    let firm = |n: &str| {
        mentions.iter().any(|m| {
            let name = without_possessive(m.span.slice(text));
            m.kind == EntityKind::Organisation
                && name.strip_prefix(n).is_some_and(|r| r.is_empty() || r.starts_with(' '))
        })
    };
    let surname_of_found = |n: &str| {
        !firm(n)
            && people.iter().any(|h| {
                let name = h.name.slice(text);
                !h.surname_only
                    && name.len() > n.len()
                    && name.ends_with(n)
                    && name[..name.len() - n.len()].ends_with(char::is_whitespace)
            })
    };
    names.retain(|n| {
        titled(n) || surname_of_found(n) || people::is_surname_in(text, n, given, &lex.entity_words)
    });
    if !names.is_empty() {
        mentions.retain(|m| !(town(m) && names.contains(&without_possessive(m.span.slice(text)))));
    }
}

/// Cities that play are clubs: a city in a results line (`Cardiff v
/// Blackburn`, `Leeds 2-1 Chelsea`, `Chelsea's 1-0 defeat`) or before a
/// word for a team's people (`Chelsea manager`) is a club, and so is every
/// mention of that city in the document. A verb of play (`beat Chelsea`,
/// `Leeds lost`) makes a club only in a document with a sign of sport
/// (such a line, or any name before a team word: `France defender`):
/// elsewhere "defeated Moscow-backed", "Suez lost a concession", "facing
/// Lawson" are no clubs.
fn clubs(text: &str, lex: &crate::Lexicons, mentions: &mut Vec<Mention>) {
    let ew = &lex.entity_words;
    // Cities with a sign of sport of their own, and cities only a verb of
    // play makes clubs.
    let (mut playing, mut by_verb): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    let mut sport = false;
    for m in mentions.iter() {
        let (s, e) = (m.span.start, m.span.end);
        // (The lists are in lower case, as these words are written.)
        // (Words for players may be hyphenated: `fly-half`, `tight-head`.)
        let word_after = word_after(text, e).map(|w| hyphenated(text, w));
        let team = word_after.is_some_and(|w| ew.sports_team.contains(w));
        if m.kind != EntityKind::Place {
            sport |= team;
            continue;
        }
        let after = &text[e..];
        let before = &text[..s];
        let versus =
            |t: &str| t.starts_with(" v ") || t.starts_with(" vs ") || t.starts_with(" vs. ");
        let next_token = after
            .strip_prefix("'s")
            .unwrap_or(after)
            .trim_start()
            .split(char::is_whitespace)
            .next();
        let prev_token = before.trim_end().rsplit(char::is_whitespace).next();
        let sign = team
            || versus(after)
            || before.ends_with(" v ")
            || before.ends_with(" vs ")
            || next_token.is_some_and(is_score)
            || prev_token.is_some_and(is_score);
        sport |= sign;
        if m.subtype.as_deref() != Some("city") {
            continue;
        }
        // A word of a club's name before it, as written (`AC Milan`, `FC
        // Barcelona`), is a sign on its own.
        let named = word_before(text, s).is_some_and(|w| ew.sports_names.contains(w));
        let verb = word_after.is_some_and(|w| ew.sports_after.contains(w))
            || word_before(text, s).is_some_and(|w| ew.sports_before.contains(w))
            || in_a_lineup(text, s, e)
            || player_after(text, e, lex);
        let sign = sign || named;
        let list = if sign {
            &mut playing
        } else if verb {
            &mut by_verb
        } else {
            continue;
        };
        if !list.contains(&m.id) {
            list.push(m.id.clone());
        }
    }
    if sport {
        playing.append(&mut by_verb);
        paired_with_clubs(text, mentions, &mut playing);
    }
    for m in mentions.iter_mut().filter(|m| playing.contains(&m.id)) {
        m.id = format!("club:{}", slug(&m.name));
        m.kind = EntityKind::Organisation;
        m.subtype = Some("club".into());
        m.country = m.country.take();
        m.method = Method::TitlePattern;
    }
    // In a story of sport, a company named by a word is a club's name
    // (`United ended the game as a contest`, not United Airlines).
    if sport {
        mentions.retain(|m| {
            let word_named = m.subtype.as_deref() == Some("company")
                && m.method == Method::Gazetteer
                && lex.gazetteer.ambiguity(without_possessive(m.span.slice(text)))
                    == Some(AmbiguityRule::CommonWord);
            !word_named
        });
    }
}

/// True for a city in brackets after a player's name, as line-ups give
/// clubs: `Nicolas Mas (Perpignan)`, `J Yapp (Cardiff),`.
fn in_a_lineup(text: &str, s: usize, e: usize) -> bool {
    let Some(before) = text[..s].strip_suffix('(') else { return false };
    let name = before.trim_end_matches(' ').rsplit([' ', '\n', '(']).next().unwrap_or("");
    text[e..].starts_with(')') && before.ends_with(' ') && capitalised(name)
}

/// True when a player named with a given name follows the city's
/// possessive: `Chelsea's Damien Duff`.
fn player_after(text: &str, e: usize, lex: &crate::Lexicons) -> bool {
    let Some(rest) = text[e..].strip_prefix("'s ") else { return false };
    let first = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let second = rest[first.len()..].strip_prefix(' ').and_then(|r| r.split(' ').next());
    lex.gazetteer.given_names.contains(first) && second.is_some_and(capitalised)
}

/// Cities joined by `and`, `or` or `v` to a club are clubs too (`Arsenal or
/// Chelsea` where Arsenal plays; `Cardiff or Blackburn v Colchester`), in a
/// document that shows a sign of sport. Read until no more join.
fn paired_with_clubs(text: &str, mentions: &[Mention], playing: &mut Vec<String>) {
    let joined = |a: &Mention, b: &Mention| {
        matches!(&text[a.span.end..b.span.start], " and " | " or " | ", " | " v ")
    };
    let city = |m: &Mention| m.kind == EntityKind::Place && m.subtype.as_deref() == Some("city");
    let club = |m: &Mention, playing: &[String]| playing.contains(&m.id);
    loop {
        let before = playing.len();
        for pair in mentions.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            if !joined(a, b) {
                continue;
            }
            for (one, other) in [(a, b), (b, a)] {
                if city(one) && club(other, playing) && !club(one, playing) {
                    playing.push(one.id.clone());
                }
            }
        }
        if playing.len() == before {
            break;
        }
    }
}

/// A match score such as `2-1`.
fn is_score(token: &str) -> bool {
    let token = token.trim_end_matches([',', '.', ';']);
    match token.split_once('-') {
        Some((a, b)) => {
            !a.is_empty()
                && !b.is_empty()
                && a.len() <= 3
                && b.len() <= 3
                && a.bytes().all(|c| c.is_ascii_digit())
                && b.bytes().all(|c| c.is_ascii_digit())
        }
        None => false,
    }
}

/// Later mentions of a person's surname link back to them.
fn coreference(text: &str, words: &[Word], ew: &EntityWords, mentions: &mut Vec<Mention>) {
    // Surname -> (entity of the first full-name mention, where it was).
    let mut surnames: HashMap<String, (usize, usize)> = HashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        let name = m.span.slice(text);
        // (A name may be wrapped over two lines.)
        if m.kind == EntityKind::Official && name.contains(char::is_whitespace) {
            if let Some(last) = name.split_whitespace().last() {
                surnames.entry(last.to_string()).or_insert((i, m.span.end));
            }
        }
    }
    // Gazetteer surname-only aliases after the full name: coreference.
    for m in mentions.iter_mut() {
        let s = m.span.slice(text);
        if m.kind == EntityKind::Official && !s.contains(char::is_whitespace) {
            if let Some(&(_, at)) = surnames.get(s) {
                if at <= m.span.start {
                    m.method = Method::Coreference;
                }
            }
        }
    }
    let mut added = Vec::new();
    let bytes = text.as_bytes();
    for w in words {
        // Most words start with a lower-case ASCII letter: no surname.
        let first = bytes[w.span.start];
        if surnames.is_empty() || first.is_ascii() && !first.is_ascii_uppercase() {
            continue;
        }
        let word = without_possessive(w.text(text));
        if !capitalised(word) {
            continue;
        }
        let Some(&(first, at)) = surnames.get(word) else { continue };
        let span = Span::new(w.span.start, w.span.start + word.len());
        // `the Ford Mustang`, `Jacobs Suchard increased`: a surname before
        // another name's word is part of another name (a company, a
        // product), not the person. (`Wright Thursday renewed`, `Mr Brown's
        // Budget` are the person.)
        let next = text[span.end..].strip_prefix(' ').and_then(|_| word_after(text, span.end));
        if next.is_some_and(|n| capitalised(n) && n != "I" && !ew.name_stopwords.contains(n)) {
            continue;
        }
        if at > span.start
            || mentions.iter().any(|m| m.span.start < span.end && span.start < m.span.end)
        {
            continue;
        }
        let source = &mentions[first];
        // The particle the full name puts before the surname comes with it
        // (`de Clercq said` after `Willy de Clercq`; `De Clercq` opening a
        // sentence).
        let head = text[..span.start].trim_end_matches(' ');
        let particle = head.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
        let full = source.span.slice(text);
        let span = if !particle.is_empty()
            && head.len() < span.start
            && NAME_PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(particle))
            && full.split_whitespace().any(|w| w.eq_ignore_ascii_case(particle))
            && !mentions
                .iter()
                .any(|m| m.span.end > head.len() - particle.len() && m.span.start < span.start)
        {
            Span::new(head.len() - particle.len(), span.end)
        } else {
            span
        };
        added.push(Mention { span, role: None, method: Method::Coreference, ..source.clone() });
    }
    mentions.extend(added);
    mentions.sort_by_key(|m| m.span.start);
}
