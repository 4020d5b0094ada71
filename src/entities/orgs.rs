//! Organisations not in any list, found by their shape: a run of capitalised
//! words that ends in an organisation word (`International Judo Federation`,
//! `Acme Mining Corp`, `Russian Defense Ministry`) or has one followed by
//! `of …` (`Ministry of Defence`, `Bank of England`).

use super::words::{capitalised, without_possessive, EntityWords, TitleKind, Word};
use super::{Mention, Method};
use crate::gazetteer::{is_all_caps, EntityKind};
use crate::span::Span;

/// Lower-case words that may join capitalised words inside a name (`of`
/// and `for` may be followed by `the` once the name has its organisation
/// word: `Office of the Deputy Prime Minister`), and
/// `&` for `and` (`Securities & Exchange Commission`); `of` in the
/// languages whose companies the wires name (`Banco do Brasil`, `Banca
/// di Roma`, `Banco del Pacifico`).
pub(crate) const CONNECTORS: [&str; 14] =
    ["of", "for", "and", "&", "on", "de", "du", "do", "da", "dos", "das", "di", "del", "della"];

/// Organisation names in one sentence's words.
///
/// ```
/// use gazette::{entities::{find_organisations, words}, Lexicons, Span};
/// let t = "Even the International Judo Federation and the Ministry of Defence of Ukraine agreed.";
/// let lex = Lexicons::builtin();
/// let found: Vec<_> = find_organisations(t, &words(t, Span::new(0, t.len())), &lex.entity_words)
///     .iter().map(|s| s.slice(t)).collect();
/// assert_eq!(found, ["International Judo Federation", "Ministry of Defence of Ukraine"]);
/// ```
pub fn find_organisations(text: &str, ws: &[Word], lex: &EntityWords) -> Vec<Span> {
    let mut out = Vec::new();
    organisations_into(text, ws, lex, &mut out, &mut Vec::new());
    out
}

/// [`find_organisations`] appending to `out`: the entity stage calls this
/// for every sentence, so it makes no vector of its own (`run` is scratch
/// space kept from sentence to sentence).
pub(crate) fn organisations_into(
    text: &str,
    ws: &[Word],
    lex: &EntityWords,
    out: &mut Vec<Span>,
    run: &mut Vec<usize>,
) {
    let bytes = text.as_bytes();
    // Most words start with a lower-case ASCII letter: no name. (Tested
    // here, in the loop, before any call.)
    let lower_case = |w: &Word| bytes[w.span.start].is_ascii_lowercase();
    let starts_name = |w: &Word| {
        let first = bytes[w.span.start];
        if first.is_ascii() && !first.is_ascii_uppercase() {
            return false;
        }
        let s = without_possessive(w.text(text));
        capitalised(s) && !lex.name_stopwords.contains(s)
    };
    let opens =
        |w: &Word| w.span.start > 0 && matches!(bytes[w.span.start - 1], b'(' | b'[' | b'<' | b'"');
    let mut i = 0;
    while i < ws.len() {
        if lower_case(&ws[i]) || !starts_name(&ws[i]) {
            i += 1;
            continue;
        }
        // The run: capitalised words, with connectors between them.
        run.clear();
        run.push(i);
        let mut j = i;
        // A possessive ends the name unless a legal form follows it
        // (`Standard and Poor's Corp`, `McDonald's Corp`).
        let possessive_end = |j: usize| {
            ws[j].text(text).ends_with("'s")
                && !ws.get(j + 1).is_some_and(|n| lex.legal_forms.contains(n.text(text)))
        };
        while !ws[j].stop_after && !possessive_end(j) && j + 1 < ws.len() {
            let next = ws[j + 1].text(text);
            // A word in brackets or quotes is not part of the name before
            // it: "Ministry of International Trade and Industry (MITI)";
            // nor one after a dash ("NEW YORK - Avon Products Inc").
            let gap = &bytes[ws[j].span.end..ws[j + 1].span.start];
            // (But a place in brackets before a legal form is the name's:
            // `Nikko Securities Co (Europe) Ltd`, `Kredietbank (Suisse) SA`.)
            let bracketed = gap == b" ("
                && capitalised(next)
                && text[ws[j + 1].span.end..].starts_with(") ")
                && ws.get(j + 2).is_some_and(|w| lex.legal_forms.contains(w.text(text)));
            if bracketed {
                run.push(j + 1);
                j += 2;
            } else if opens(&ws[j + 1])
                || !gap.iter().all(|&b| b.is_ascii_whitespace() || b == b'&' || b == b'\'')
            {
                break;
            } else if starts_name(&ws[j + 1]) || capitalised(next) && lex.org_heads.contains(next) {
                j += 1;
            } else if CONNECTORS.contains(&next)
                // A legal form or an acronym ends a name ("Thai Airways
                // International Ltd and Bangchak Petroleum", "the IMF and
                // World Bank" are two), as does a name begun again ("Elliott
                // Securities and Elliott Mortgage Co"; but "Alexander and
                // Alexander Services Inc" is one).
                // (Nor does `and` join after a code: `rates them Aa-3 and
                // Standard and Poor's Corp AA`.)
                && !lex.legal_forms.contains(ws[j].text(text))
                && !(matches!(next, "and" | "&")
                    && (is_acronym(ws[j].text(text))
                        || ws[j].text(text).bytes().any(|b| b.is_ascii_digit())))
                && !ws[j + 1].stop_after
            {
                // `the` after `of` or `for`, once the name has its
                // organisation word (`Medical Foundation for the Care of
                // Victims of Torture`, `Office of the Deputy Prime
                // Minister`; not `Governor of the Reserve Bank`, `Members
                // of the Bank of England`; `the Bank of England and the
                // Federal Reserve` are two).
                let the = matches!(next, "of" | "for")
                    && ws.get(j + 2).is_some_and(|w| w.text(text) == "the" && !w.stop_after)
                    && run
                        .iter()
                        .any(|&k| lex.org_heads.contains(without_possessive(ws[k].text(text))));
                let k = j + 2 + usize::from(the);
                let joins = k < ws.len()
                    && (j == i || ws[k].text(text) != ws[i].text(text))
                    && starts_name(&ws[k])
                    // (`GE Information Services and <Premier Hospital
                    // Alliance>`: a bracket opens another name.)
                    && !opens(&ws[k]);
                if !joins {
                    break;
                }
                j = k;
            } else {
                break;
            }
            run.push(j);
        }
        // A plural opening the sentence before "of" is capitalised only for
        // opening it, and no part of the name after it ("Shares of E.F.
        // Hutton and Co", "Officials of First Boston Inc"), unless it is an
        // organisation word ("Bank of Japan"; "Audi of America Inc" stays).
        if run.len() > 2
            && run[0] == 0
            && run[1] == 2
            && ws[1].text(text) == "of"
            && ws[0].text(text).ends_with('s')
            && !lex.org_heads.contains(ws[0].text(text))
        {
            run.remove(0);
        }
        if let Some(span) = organisation_in(text, ws, run, lex) {
            out.push(span);
        }
        i = j + 1;
    }
}

/// A word in capitals, three letters or more (`IMF`; `AT` of `AT and T`
/// is too short to tell).
fn is_acronym(w: &str) -> bool {
    w.bytes().filter(u8::is_ascii_alphabetic).count() >= 3
        && !w.bytes().any(|b| b.is_ascii_lowercase())
}

/// The organisation name in a run of capitalised words, if any: up to its
/// last organisation word, or through an `of …` after one.
fn organisation_in(text: &str, ws: &[Word], run: &[usize], lex: &EntityWords) -> Option<Span> {
    if run.len() < 2 {
        return None;
    }
    let head = |k: usize| lex.org_heads.contains(without_possessive(ws[k].text(text)));
    let last = *run.last()?;
    let end = if head(last) {
        last
    } else {
        // A head followed by "of"/"for" carries the rest of the run.
        let h = run.iter().position(|&k| {
            head(k) && k + 1 < ws.len() && matches!(ws[k + 1].text(text), "of" | "for")
        })?;
        if run[h] == last {
            return None;
        }
        last
    };
    let first = run[0];
    let end_text = ws[end].text(text);
    let end_byte = ws[end].span.end - (end_text.len() - without_possessive(end_text).len());
    Some(Span::new(ws[first].span.start, end_byte))
}

/// An organisation's name found by its shape with the possessive word
/// before it when that word is a name of its own and no known place or
/// person, and not one the document uses on its own: `Moody's Investors
/// Service Inc`, `McDonald's Corp` (the run of
/// capitalised words stops at a possessive, as `Russia's Defense Ministry`
/// is Russia's, and `Gordon Brown's Treasury` Brown's).
pub(super) fn with_owner(
    text: &str,
    ws: &[Word],
    org: Span,
    lex: &crate::Lexicons,
    date: Option<&str>,
) -> Span {
    let Some(k) = ws.iter().position(|w| w.span.start == org.start) else { return org };
    if k == 0 || ws[k - 1].stop_after || !text[ws[k - 1].span.end..org.start].trim().is_empty() {
        return org;
    }
    let owner = ws[k - 1].text(text);
    let Some(bare) = owner.strip_suffix("'s") else { return org };
    // One word of a name (`John Smith's` is a person's).
    let alone = k < 2 || ws[k - 2].stop_after || !capitalised(ws[k - 2].text(text));
    let known = |w: &str| {
        lex.gazetteer.lookup(w, date).is_some_and(|t| {
            lex.gazetteer.entities[t.entity as usize].kind != Some(EntityKind::Organisation)
        }) || lex.gazetteer.given_names.contains(w)
    };
    // A name the document also uses on its own (`PepsiCo's Taco Bell Corp`
    // after `PepsiCo said`) is the owner's, not part of this name.
    let b = text.as_bytes();
    let on_its_own = memchr::memmem::find_iter(b, bare.as_bytes()).any(|at| {
        let end = at + bare.len();
        (at == 0 || !b[at - 1].is_ascii_alphanumeric())
            && b.get(end).is_none_or(|c| !c.is_ascii_alphanumeric() && *c != b'\'')
    });
    if alone
        && capitalised(bare)
        && !is_all_caps(bare)
        && !on_its_own
        && !known(bare)
        && !lex.entity_words.name_stopwords.contains(bare)
    {
        Span::new(ws[k - 1].span.start, org.end)
    } else {
        org
    }
}

/// An organisation name found by its shape without the country initials
/// it opens with, when the rest is an organisation the gazetteer knows: `US Federal
/// Reserve` is the US and the Federal Reserve (`UK Parliament` stays one
/// name: the gazetteer has no `Parliament`).
pub(super) fn without_country_initials(
    text: &str,
    org: Span,
    lex: &crate::Lexicons,
    date: Option<&str>,
) -> Span {
    let name = org.slice(text);
    let Some((first, rest)) = name.split_once([' ', '\n']) else { return org };
    let g = &lex.gazetteer;
    let country = |w: &str| {
        crate::gazetteer::is_all_caps(w)
            && g.lookup(w, date).is_some_and(|t| {
                g.entities[t.entity as usize].subtype.as_deref() == Some("country")
            })
    };
    let organisation = |w: &str| {
        g.lookup(w, date)
            .is_some_and(|t| g.entities[t.entity as usize].kind == Some(EntityKind::Organisation))
    };
    if country(first) && organisation(rest) {
        Span::new(org.end - rest.len(), org.end)
    } else {
        org
    }
}

/// An organisation name found by its shape without the person it opens
/// with: `Larry Leuzzi of Salomon Brothers Inc` is Salomon Brothers Inc. The
/// words before `of` are a person's when they hold no organisation word and
/// either begin with a given name or an honorific and are no name the
/// gazetteers know (`General Motors of Canada Ltd`), or begin with a role
/// (`Analyst Lawrence Cohn of …`, `President Nobuo Ito of …`), or come
/// right after a person's role in lower case (`industry analyst Elliot
/// Levine of …`; not `lead manager`, an institution's post), or are two
/// names right after a speech verb (`said Dillard Spriggs of …`).
pub(super) fn without_person_before_of(text: &str, org: Span, lex: &crate::Lexicons) -> Span {
    let name = org.slice(text);
    let Some(at) = name.find(" of ") else { return org };
    let person = &name[..at];
    let words: Vec<&str> = person.split_whitespace().collect();
    let (ew, qw) = (&lex.entity_words, &lex.quote_words);
    if words.iter().any(|w| ew.org_heads.contains(w) || ew.legal_forms.contains(w)) {
        return org;
    }
    let first = words.first().copied().unwrap_or("");
    let given = lex.gazetteer.given_names.contains(first) || ew.is_honorific(first);
    // (`General Motors of Canada Ltd`: a known name is no person.)
    let known = lex.gazetteer.lookup(person, None).is_some();
    let titled = match ew.title(&words) {
        Some((n, kind)) => kind != TitleKind::Institution && n < words.len(),
        None => words.len() > 1 && qw.person_nouns.contains(first),
    };
    let mut before = text[..org.start].split_whitespace().rev();
    let (prev, prev2) = (before.next().unwrap_or(""), before.next().unwrap_or(""));
    let lower = prev.starts_with(|c: char| c.is_lowercase());
    let role_before = lower
        && qw.person_nouns.contains(prev)
        && ew.title(&[prev2, prev]).is_none_or(|(_, k)| k != TitleKind::Institution);
    let said_before = lower
        && qw.cues.contains(prev)
        && words.len() == 2
        && words.iter().all(|w| capitalised(w) && !is_all_caps(w));
    // `Richardson Greenshields of Canada Ltd`, `Audi of America Inc`: a
    // company's arm in a country is named so, never a person's.
    let rest = name[at + " of ".len()..].split_whitespace().collect::<Vec<_>>();
    let legal = rest.iter().rposition(|w| !ew.legal_forms.contains(w)).map_or(0, |k| k + 1);
    let place = |n: &[&str]| {
        lex.gazetteer.lookup(&n.join(" "), None).is_some_and(|t| {
            lex.gazetteer.entities[t.entity as usize].kind == Some(EntityKind::Place)
        })
    };
    if legal < rest.len() && place(&rest[..legal]) {
        return org;
    }
    if ((given || titled || said_before) && !known) || role_before {
        Span::new(org.start + at + " of ".len(), org.end)
    } else {
        org
    }
}

/// The gazetteer organisation an organisation name found by its shape
/// names once its legal forms are off: `General Motors Corp` is General
/// Motors, `Texaco Inc` Texaco. (Only legal forms: the `Ford Foundation` is
/// not Ford.)
pub(super) fn known_company(name: &str, lex: &crate::Lexicons, date: Option<&str>) -> Option<u32> {
    let mut rest = name;
    while let Some((before, last)) = rest.rsplit_once(char::is_whitespace) {
        if !lex.entity_words.legal_forms.contains(last) {
            break;
        }
        rest = before.trim_end().trim_end_matches(',');
    }
    // "Goldman Sachs and Co": the "and" goes with the legal form.
    if rest.len() < name.len() {
        rest = rest.strip_suffix(" and").or_else(|| rest.strip_suffix(" &")).unwrap_or(rest);
    }
    if rest.len() == name.len() || rest.is_empty() {
        return None;
    }
    let g = &lex.gazetteer;
    let t = g.lookup(rest, date)?;
    let e = &g.entities[t.entity as usize];
    // A name in a company's form is a company's: `Sun Co` is the oil
    // company, not The Sun the word names alone.
    let word_named = g.ambiguity(rest) == Some(crate::gazetteer::AmbiguityRule::CommonWord);
    let company = e.subtype.as_deref() == Some("company");
    (e.kind == Some(EntityKind::Organisation) && (company || !word_named)).then_some(t.entity)
}

/// True when `name`, found by its shape, is two organisations the
/// gazetteer knows joined by `and` (`World Bank and International Monetary
/// Fund`): each is then found by its own name. (`Ball and Turben Inc`, whose
/// second half is unknown, stays one.)
pub(super) fn two_known(name: &str, lex: &crate::Lexicons, date: Option<&str>) -> bool {
    let g = &lex.gazetteer;
    let known = |part: &str| {
        let part = crate::one_line(part.trim());
        g.lookup(&part, date)
            .is_some_and(|t| g.entities[t.entity as usize].kind == Some(EntityKind::Organisation))
    };
    name.split_once(" and ")
        .is_some_and(|(a, b)| known(a) && (known(b) || known_company(b, lex, date).is_some()))
}

/// The population from which a city named like an organisation's first word
/// stays the city: `Houston` after `Houston Industries Inc` is still
/// Houston; `Gillette` after `Gillette Co` is the company.
const SHORT_NAME_CITY: u64 = 500_000;

/// A company (a legal form ends its name, or the gazetteer lists it as
/// one) named in full and then by the words its name opens with (`Gillette
/// Co` … `rejected by Gillette`, `Santa Fe Southern Pacific Corp` … `a
/// buyer of Santa Fe stock`): a later mention of a town of that name is
/// the company (`method=coreference`). Countries, and regions and cities
/// of [`SHORT_NAME_CITY`] or more, keep their reading (`Texas Air Corp` …
/// `Texas`), unless the city speaks (`Phoenix Steel Corp` … `Phoenix
/// said`) or the story names nothing else in its country and the name
/// follows no word for where (`Piedmont Aviation Inc` … `USAir's offer for
/// Piedmont` is no Italian region; `in Piedmont` would stay one).
pub(super) fn short_names(
    text: &str,
    lex: &crate::Lexicons,
    firsts: &[(&str, usize)],
    mentions: &mut [Mention],
) {
    let g = &lex.gazetteer;
    if firsts.is_empty() {
        return;
    }
    for k in 0..mentions.len() {
        let m = &mentions[k];
        if m.kind != EntityKind::Place || m.method != Method::Gazetteer {
            continue;
        }
        let surface = m.span.slice(text);
        let Some(org) = company_named_by(text, firsts, mentions, k) else {
            continue;
        };
        // The gazetteer's own city or region of that name (one lookup: is
        // it the mention's, and how big).
        let town = g.lookup(surface, None).map(|t| &g.entities[t.entity as usize]).filter(|e| {
            e.id == m.id && matches!(e.subtype.as_deref(), Some("city") | Some("admin1"))
        });
        let Some(town) = town else { continue };
        let small = town.population < SHORT_NAME_CITY && town.subtype.as_deref() == Some("city");
        let foreign = || {
            let country = m.country.as_deref();
            let named_elsewhere = mentions.iter().any(|o| {
                o.kind == EntityKind::Place && o.id != m.id && o.country.as_deref() == country
            });
            let where_word = super::word_before(text, m.span.start)
                .is_some_and(|w| lex.entity_words.is_place_preposition(w));
            country.is_some() && !named_elsewhere && !where_word
        };
        // A city of any size that speaks, at once or after a phrase set off
        // by commas, is the company (`Genoa Systems Corp` … `Genoa, a maker
        // of PC-compatible products, said`).
        let speech = |w: &str| lex.entity_words.speech_verbs.contains(w);
        let after = text[m.span.end..].strip_prefix("'s").unwrap_or(&text[m.span.end..]);
        let verb_after = |rest: &str| {
            rest.split_whitespace().next().is_some_and(|w| speech(w.trim_end_matches([',', '.'])))
        };
        let speaks = verb_after(after)
            || after.strip_prefix(", ").is_some_and(|rest| {
                rest.get(..rest.len().min(90))
                    .and_then(|window| window.find(", "))
                    .is_some_and(|c| verb_after(&rest[c + 2..]))
            });
        if small || speaks || foreign() {
            let span = Span::new(m.span.start, name_run_end(text, m.span.end, mentions[org].span));
            let next_start = mentions.get(k + 1).map_or(text.len(), |n| n.span.start);
            let span = if span.end <= next_start { span } else { m.span };
            mentions[k] =
                Mention { span, role: None, method: Method::Coreference, ..mentions[org].clone() };
        }
    }
}

/// The company named earlier in full whose name opens with the words of
/// mention `k` (`Gillette` of `Gillette Co` by `firsts`; `Santa Fe` of
/// `Santa Fe Southern Pacific Corp`, word by word).
fn company_named_by(
    text: &str,
    firsts: &[(&str, usize)],
    mentions: &[Mention],
    k: usize,
) -> Option<usize> {
    let m = &mentions[k];
    let surface = m.span.slice(text);
    let before = |i: usize| mentions[i].span.end <= m.span.start;
    if !surface.contains(char::is_whitespace) {
        return firsts.iter().find(|&&(f, i)| f == surface && before(i)).map(|&(_, i)| i);
    }
    let words: Vec<&str> = surface.split_whitespace().collect();
    firsts.iter().map(|&(_, i)| i).find(|&i| {
        let mut name = mentions[i].span.slice(text).split_whitespace();
        before(i) && words.iter().all(|w| name.next() == Some(*w)) && name.next().is_some()
    })
}

/// The first words of the companies in `mentions` (a legal form ends the
/// name, or the gazetteer lists it as a company; not the `Swansea Bay Race
/// Equality Council` before `Swansea`), with the mention each opens: what
/// a story may later call the company by.
pub(super) fn company_first_words<'t>(
    text: &'t str,
    lex: &crate::Lexicons,
    mentions: &[Mention],
) -> Vec<(&'t str, usize)> {
    let mut firsts = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.kind != EntityKind::Organisation {
            continue;
        }
        let name = m.span.slice(text);
        let company = m.subtype.as_deref() == Some("company")
            || name
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| lex.entity_words.legal_forms.contains(w));
        if !company {
            continue;
        }
        if let Some((first, _)) = name.split_once(char::is_whitespace) {
            let first = without_possessive(first);
            if first.len() >= 3 && capitalised(first) && !is_all_caps(first) {
                firsts.push((first, i));
            }
        }
    }
    firsts
}

/// A company named in full and then by its first word alone, where that
/// word speaks or owns (`Triton Energy Corp said …` … `Triton said`,
/// `Argo Petroleum Corp …` … `Argo's debt`): the later word is the company
/// (`method=coreference`). Only a word the gazetteers do not know (a town
/// is [`short_names`]'s to weigh; `Houston said` may be the city's
/// officials), no given name, and one that opens no other company's name.
pub(super) fn first_word_names(
    text: &str,
    lex: &crate::Lexicons,
    firsts: &[(&str, usize)],
    mentions: &mut Vec<Mention>,
) {
    let b = text.as_bytes();
    let mut added: Vec<Mention> = Vec::new();
    for &(first, org) in firsts {
        let shared = firsts.iter().any(|&(f, i)| f == first && mentions[i].id != mentions[org].id);
        let known = lex.gazetteer.lookup(first, None).is_some()
            || lex.gazetteer.given_names.contains(first);
        if shared || known || added.iter().any(|m| m.id == mentions[org].id) {
            continue;
        }
        let from = mentions[org].span.end;
        for at in memchr::memmem::find_iter(&b[from..], first.as_bytes()).map(|k| from + k) {
            let end = at + first.len();
            let word_char = |c: &u8| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'&');
            if b.get(at - 1).is_some_and(word_char) {
                continue;
            }
            let rest = &text[end..];
            let possessive = rest
                .strip_prefix("'s")
                .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()));
            let speaks = rest.starts_with(' ')
                && rest.split_whitespace().next().is_some_and(|w| {
                    lex.entity_words.speech_verbs.contains(w.trim_end_matches([',', '.', ':']))
                });
            let speaks = speaks
                || possessive
                    && rest[2..].starts_with(' ')
                    && rest[2..].split_whitespace().next().is_some_and(|w| {
                        lex.entity_words.speech_verbs.contains(w.trim_end_matches([',', '.', ':']))
                    });
            if !(possessive || speaks) {
                continue;
            }
            // (`Moody's Investors Service Inc` … `Moody's cited`: the name's
            // own possessive is part of it.)
            let own = mentions[org].span.slice(text).starts_with(&format!("{first}'s"));
            let span = Span::new(at, if own && possessive { end + 2 } else { end });
            let i = mentions.partition_point(|m| m.span.end <= at);
            if mentions.get(i).is_some_and(|m| m.span.start < end) {
                continue; // inside another mention
            }
            added.push(Mention {
                span,
                role: None,
                method: Method::Coreference,
                ..mentions[org].clone()
            });
        }
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.span.start);
    }
}

/// Where the words after `end` stop following the organisation's name
/// from its second word on: `Mitchell Energy said` after `Mitchell Energy
/// and Development Corp` is named by both words, not by `Mitchell` alone.
fn name_run_end(text: &str, mut end: usize, full: Span) -> usize {
    for word in full.slice(text).split_whitespace().skip(1) {
        let rest = &text[end..];
        let gap = rest.len() - rest.trim_start().len();
        // One space, or a line break where a dump wraps its lines.
        if !(1..=2).contains(&gap) || !rest[gap..].starts_with(word) {
            break;
        }
        let after = rest[gap + word.len()..].chars().next();
        if after.is_some_and(|c| c.is_alphanumeric() || c == '-') {
            break;
        }
        end += gap + word.len();
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::words;
    use crate::Lexicons;

    fn orgs(t: &str) -> Vec<String> {
        let lex = Lexicons::builtin();
        find_organisations(t, &words(t, Span::new(0, t.len())), &lex.entity_words)
            .iter()
            .map(|s| s.slice(t).to_string())
            .collect()
    }

    #[test]
    fn legal_forms_and_heads() {
        assert_eq!(orgs("Shares in Acme Mining Corp fell."), ["Acme Mining Corp"]);
        // The legal forms of other countries' companies, as the wires write them.
        assert_eq!(
            orgs("an option held by Nobel Industrier Sweden AB lapsed"),
            ["Nobel Industrier Sweden AB"]
        );
        assert_eq!(
            orgs("a move by National Westminster Bank Plc today"),
            ["National Westminster Bank Plc"]
        );
        assert_eq!(orgs("the Russian Defense Ministry's statement"), ["Russian Defense Ministry"]);
        assert_eq!(orgs("He joined the Labour Party in 1990."), ["Labour Party"]);
        assert_eq!(
            orgs("Kharkiv Regional Military Administration said"),
            ["Kharkiv Regional Military Administration"]
        );
    }

    #[test]
    fn of_phrases() {
        assert_eq!(orgs("the Bank of England raised rates"), ["Bank of England"]);
        assert_eq!(
            orgs("underwriters McLeod Young Weir Ltd and Wood Gundy Inc agreed"),
            ["McLeod Young Weir Ltd", "Wood Gundy Inc"]
        );
        assert_eq!(orgs("talks with the IMF and World Bank began"), ["World Bank"]);
        assert_eq!(
            orgs("two firms, Elliott Securities and Elliott Mortgage Co. were named"),
            ["Elliott Mortgage Co."]
        );
        assert_eq!(orgs("the Food and Drug Administration said"), ["Food and Drug Administration"]);
        assert_eq!(orgs("J and J Snack Foods Corp said"), ["J and J Snack Foods Corp"]);
        assert_eq!(
            orgs("Alexander and Alexander Services Inc said"),
            ["Alexander and Alexander Services Inc"]
        );
        assert_eq!(orgs("BMD of New England Inc said"), ["BMD of New England Inc"]);
        assert_eq!(
            orgs("the Ministry of International Trade and Industry (MITI) said"),
            ["Ministry of International Trade and Industry"]
        );
        assert_eq!(
            orgs("Video posted by Ukraine's State Service of Special Communications and Information Protection showed"),
            ["State Service of Special Communications and Information Protection"]
        );
        // `the` after `of` or `for` once there is an organisation word, not
        // after `and`.
        assert_eq!(
            orgs("a spokesman for the Medical Foundation for the Care of Victims of Torture said"),
            ["Medical Foundation for the Care of Victims of Torture"]
        );
        assert_eq!(
            orgs("the Bank of England and the Federal Reserve agreed"),
            ["Bank of England", "Federal Reserve"]
        );
    }

    #[test]
    fn not_organisations() {
        assert!(orgs("Times Square was empty.").is_empty());
        assert!(orgs("Ukrainian President Volodymyr Zelensky said.").is_empty());
        assert!(orgs("The Party said.").is_empty());
        assert!(orgs("the Biden administration").is_empty());
    }
}
