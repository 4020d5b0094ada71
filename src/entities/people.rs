//! Officials found by title + name: `Kharkiv Mayor Ihor Terekhov`,
//! `regional governor Oleh Sinegubov`, `Maj. Gen. Igor Konashenkov, a
//! Russian defense ministry spokesman`.

use super::words::{capitalised, without_possessive, EntityWords, TitleKind, Word, NAME_PARTICLES};
use crate::span::Span;

/// A person named after a title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonHit {
    /// The name (possessive left out).
    pub name: Span,
    /// The role as written (`Kharkiv Mayor`), if the title gives one.
    pub role: Option<String>,
    /// Only one name word followed the title (`Mr. Peskov`, `President
    /// Biden`): a surname, to be linked to someone already named.
    pub surname_only: bool,
}

/// Most words a name runs to after a title.
const MAX_NAME_WORDS: usize = 4;
/// Most words between the article and the title of an appositive role.
const MAX_APPOSITIVE_WORDS: usize = 6;

/// True for a word that can be part of a person's name.
fn name_word(text: &str, w: &Word, lex: &EntityWords) -> bool {
    let s = without_possessive(w.text(text));
    if !capitalised(s) || lex.name_stopwords.contains(s) {
        return false;
    }
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    if letters >= 2 && s.chars().all(|c| !c.is_lowercase()) {
        return false; // an acronym (NATO, U.S.), not a name
    }
    s.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.'))
}

/// True for a word that can stand in a role before its title.
fn modifier_word(text: &str, w: &Word, lex: &EntityWords) -> bool {
    let s = w.text(text);
    let bare = without_possessive(s);
    // (`Said Wales assistant coach Scott Johnson`: the verb is no part of the role.)
    (capitalised(bare)
        && !lex.name_stopwords.contains(bare)
        && !lex.speech_verbs.contains(&bare.to_lowercase()))
        || lex.modifiers.contains(s)
}

/// The people named after titles in one sentence's words.
///
/// ```
/// use gazette::{entities::{find_people, words}, Lexicons, Span};
/// let t = "Later, Putin aide Vladimir Medinsky told reporters.";
/// let lex = Lexicons::builtin();
/// let hits = find_people(t, &words(t, Span::new(0, t.len())), &lex.entity_words);
/// assert_eq!(hits[0].name.slice(t), "Vladimir Medinsky");
/// assert_eq!(hits[0].role.as_deref(), Some("Putin aide"));
/// ```
pub fn find_people(text: &str, ws: &[Word], lex: &EntityWords) -> Vec<PersonHit> {
    let mut hits = Vec::new();
    people_into(text, ws, lex, &mut hits);
    hits
}

/// [`find_people`] appending to `hits`: the entity stage calls this for
/// every sentence, so it makes no vector of its own.
pub(crate) fn people_into(text: &str, ws: &[Word], lex: &EntityWords, hits: &mut Vec<PersonHit>) {
    // Made only for sentences with a title word in them.
    let mut texts: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        if !lex.may_start_title(ws[i].text(text)) {
            i += 1;
            continue;
        }
        if texts.is_empty() {
            texts = ws.iter().map(|w| w.text(text)).collect();
        }
        let Some((n, kind)) = lex.title(&texts[i..]) else {
            i += 1;
            continue;
        };
        // A rank before a name has its capital (`Major Smith`, `Gen.
        // Milley`): in lower case it is an adjective (`major West German
        // banks`, `general Latin American debtors`).
        if kind == TitleKind::Rank && !capitalised(texts[i]) {
            i += 1;
            continue;
        }
        // `lead manager Credit Suisse`: a bank, not a person.
        if kind == TitleKind::Institution {
            i += n;
            continue;
        }
        let title_end = i + n;
        // `The Lord Chancellor, Lord Falconer, said`, `the charity's
        // director, Barbara Stocking, said`: the name set off by commas
        // after a title that an article or a possessive makes definite.
        let set_off = title_end < ws.len()
            && ws[title_end - 1].stop_after
            && text[ws[title_end - 1].span.end..ws[title_end].span.start].trim_end() == ","
            && kind != TitleKind::Honorific
            && definite(text, ws, role_start(text, ws, i, lex));
        if (ws[title_end - 1].stop_after && !set_off) || title_end >= ws.len() {
            i += 1;
            continue;
        }
        // A title that runs on into another (`Executive Vice President
        // Anthony Busch`): the name comes after the last, and the first is
        // a modifier of the role; a post is never a name (`Koichi Kane,
        // Executive Vice President of Nomura`). A rank with no name after it
        // is a surname (`Prime Minister Major said`).
        if kind != TitleKind::Honorific {
            let named = |next: usize| {
                !ws[next - 1].stop_after && next < ws.len() && name_word(text, &ws[next], lex)
            };
            match lex.title(&texts[title_end..]) {
                Some((_, TitleKind::Role)) => {
                    i = title_end;
                    continue;
                }
                Some((m, TitleKind::Rank)) if named(title_end + m) => {
                    i = title_end;
                    continue;
                }
                _ => {}
            }
        }
        // The name's words from `start`: up to where they end.
        // (A particle inside, before another name word: `Barend du Plessis`.)
        let particle = |j: usize| {
            NAME_PARTICLES.contains(&ws[j].text(text))
                && !ws[j].stop_after
                && ws.get(j + 1).is_some_and(|n| name_word(text, n, lex))
        };
        let name_end = |start: usize| {
            let mut j = start;
            while j < ws.len()
                && j - start < MAX_NAME_WORDS
                && (name_word(text, &ws[j], lex)
                    || j > start && j + 1 - start < MAX_NAME_WORDS && particle(j))
            {
                j += 1;
                if ws[j - 1].stop_after || ws[j - 1].text(text).ends_with("'s") {
                    break;
                }
            }
            j
        };
        let (mut name_start, mut j) = (title_end, name_end(title_end));
        // An honorific between the title and a full name is neither
        // (`CBI director-general Sir Digby Jones`); before a surname alone
        // it is part of the name (`cabinet secretary Lord Butler`), unless
        // it is written short (`Qantas boss Mr Dixon` is Dixon).
        if kind != TitleKind::Honorific {
            if let Some((h, TitleKind::Honorific)) = lex.title(&texts[title_end..]) {
                let end = name_end(title_end + h);
                let short =
                    lex.abbreviated_honorifics.contains(texts[title_end].trim_end_matches('.'));
                if !ws[title_end + h - 1].stop_after
                    && (end >= title_end + h + 2 || short && end > title_end + h)
                {
                    (name_start, j) = (title_end + h, end);
                }
            }
        }
        let count = j - name_start;
        // (A name set off ends at its closing comma.)
        if set_off
            && !(j > name_start
                && ws[j - 1].stop_after
                && text[ws[j - 1].span.end..].starts_with(','))
        {
            i += 1;
            continue;
        }
        // A word that heads organisations' names makes it one (`lead
        // manager Nomura International Ltd`, `manager First Boston`).
        let organisation = ws[name_start..j]
            .iter()
            .any(|w| lex.org_heads.contains(without_possessive(w.text(text))));
        if count == 0 || organisation {
            i += 1;
            continue;
        }
        let last = ws[j - 1];
        let last_text = last.text(text);
        let end = last.span.end - (last_text.len() - without_possessive(last_text).len());
        // A period after a surname of three letters or more is the
        // sentence's (`Wim Kok.`); an initial's or `Jr.` is the name's.
        let end = match text[..end].strip_suffix('.') {
            Some(head) if head.len() - ws[j - 1].span.start >= 3 => end - 1,
            _ => end,
        };
        let name = Span::new(ws[name_start].span.start, end);
        let role = match kind {
            TitleKind::Honorific => None,
            _ => {
                let k = role_start(text, ws, i, lex);
                Some(text[ws[k].span.start..ws[title_end - 1].span.end].to_string())
            }
        };
        let appositive = appositive_role(text, ws, j, lex);
        let role = match (kind, appositive) {
            (_, Some(a)) => Some(a),
            (_, None) => role,
        };
        hits.push(PersonHit { name, role, surname_only: count == 1 });
        i = j;
    }
}

/// The first word of the role whose title starts at word `title`: the
/// modifiers before it (`Kharkiv Mayor`, `regional governor`).
fn role_start(text: &str, ws: &[Word], title: usize, lex: &EntityWords) -> usize {
    let mut k = title;
    while k > 0 && !ws[k - 1].stop_after && modifier_word(text, &ws[k - 1], lex) {
        k -= 1;
    }
    k
}

/// True when the role starting at word `k` is made definite by an article
/// before it (`the director`) or a possessive in it (`Britain's
/// Chancellor`, `the charity's director`).
fn definite(text: &str, ws: &[Word], k: usize) -> bool {
    let word = |m: usize| ws[m].text(text);
    let before = (k > 0 && !ws[k - 1].stop_after).then(|| word(k - 1));
    before.is_some_and(|b| matches!(b, "the" | "The") || b.ends_with("'s"))
        || word(k).ends_with("'s")
}

/// `…, a Russian defense ministry spokesman, …` right after word `after`:
/// the role (without its article), if the words end in a title.
pub fn appositive_role(text: &str, ws: &[Word], after: usize, lex: &EntityWords) -> Option<String> {
    if after == 0 || after >= ws.len() || !ws[after - 1].stop_after {
        return None;
    }
    let between = &text[ws[after - 1].span.end..ws[after].span.start];
    if !between.trim_start().starts_with(',') {
        return None;
    }
    let article = ws[after].text(text).to_lowercase();
    if !matches!(article.as_str(), "a" | "an" | "the") {
        return None;
    }
    let lower: Vec<&str> = ws.iter().map(|w| w.text(text)).collect();
    let first = after + 1;
    for k in first..ws.len().min(first + MAX_APPOSITIVE_WORDS) {
        if let Some((n, TitleKind::Role)) = lex.title(&lower[k..]) {
            let end = k + n;
            let next_is_name =
                end < ws.len() && !ws[end - 1].stop_after && name_word(text, &ws[end], lex);
            if !next_is_name && (first..k).all(|m| modifier_word(text, &ws[m], lex)) {
                return Some(text[ws[first].span.start..ws[end - 1].span.end].to_string());
            }
        }
        if ws[k].stop_after {
            break;
        }
    }
    None
}

/// True when the document gives `name` to a person as a surname somewhere:
/// right after a given name (`Nigel Lawson`, also wrapped over a line) or
/// an honorific (`Mr Moore`).
///
/// A town of that name is then the person wherever the document writes it
/// alone (`Lawson said`): news names a person in full before using the
/// surname, and a town that is also the surname of someone in the same
/// story is rare. Searched for only the few one-word towns a document
/// matches, not at every word.
pub(super) fn is_surname_in(
    text: &str,
    name: &str,
    is_given_name: impl Fn(&str) -> bool,
    lex: &EntityWords,
) -> bool {
    let bytes = text.as_bytes();
    memchr::memmem::find_iter(bytes, name.as_bytes()).any(|at| {
        let end = at + name.len();
        let whole = !bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric());
        // The word before, past one space or line break (`Mr.` with its
        // period), or a middle initial after a name (`Charles W. Durham`).
        let before = super::word_before(text, at);
        let middle_initial = before.is_some_and(|i| {
            super::is_middle_initial(i)
                && super::word_before(text, at - 1 - i.len()).is_some_and(capitalised)
        });
        whole
            && (middle_initial
                || before.is_some_and(|before| is_given_name(before) || lex.is_honorific(before)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::words;
    use crate::Lexicons;

    fn people(t: &str) -> Vec<(String, Option<String>)> {
        let lex = Lexicons::builtin();
        find_people(t, &words(t, Span::new(0, t.len())), &lex.entity_words)
            .into_iter()
            .filter(|h| !h.surname_only)
            .map(|h| (h.name.slice(t).to_string(), h.role))
            .collect()
    }

    #[test]
    fn surnames_follow_given_names_and_honorifics() {
        let lex = Lexicons::builtin();
        let t = "Nigel\nLawson met Mr Moore's aide in Paris, Texas.";
        let given = |w: &str| lex.gazetteer.given_names.contains(w);
        let surname = |n: &str| is_surname_in(t, n, given, &lex.entity_words);
        assert!(surname("Lawson") && surname("Moore"));
        assert!(!surname("Paris") && !surname("Texas") && !surname("Law"));
        let t = "It named Charles W. Durham chairman. Durham said so in Washington D.C. Durham";
        let surname = |n: &str| is_surname_in(t, n, given, &lex.entity_words);
        assert!(surname("Durham") && !surname("Washington"));
    }

    #[test]
    fn an_honorific_after_a_title_is_not_the_name() {
        assert_eq!(
            people("said CBI director-general Sir Digby Jones."),
            [("Digby Jones".to_string(), Some("CBI director-general".to_string()))]
        );
        assert_eq!(people("former cabinet secretary Lord Butler said.")[0].0, "Lord Butler");
    }

    #[test]
    fn a_rank_in_lower_case_is_no_title() {
        assert!(people("Shares in major West German banks fell.").is_empty());
        assert_eq!(people("Major Tom Smith said.")[0].0, "Tom Smith");
    }

    #[test]
    fn title_and_name_with_role_as_written() {
        assert_eq!(
            people("Kharkiv Mayor Ihor Terekhov told The Washington Post."),
            [("Ihor Terekhov".into(), Some("Kharkiv Mayor".into()))]
        );
        assert_eq!(
            people("\"We are safe,\" regional governor Oleh Sinegubov said."),
            [("Oleh Sinegubov".into(), Some("regional governor".into()))]
        );
        assert_eq!(
            people("It was disputed by Ukrainian presidential adviser Oleksiy Arestovych."),
            [("Oleksiy Arestovych".into(), Some("Ukrainian presidential adviser".into()))]
        );
        assert_eq!(
            people("Pentagon press secretary John Kirby said."),
            [("John Kirby".into(), Some("Pentagon press secretary".into()))]
        );
    }

    #[test]
    fn a_title_running_into_another_is_one_role() {
        assert_eq!(
            people("J.A.M. Executive Vice President Anthony Busch said so."),
            [("Anthony Busch".into(), Some("J.A.M. Executive Vice President".into()))]
        );
        assert_eq!(
            people("TUC General Secretary Brendan Barber called for it."),
            [("Brendan Barber".into(), Some("TUC General Secretary".into()))]
        );
        // A post is no name; a rank with no name after it is the surname.
        assert!(people("Koichi Kane, Executive Vice President of Nomura, said.").is_empty());
        let (t, lex) = ("Prime Minister Major said so.", Lexicons::builtin());
        let hits = find_people(t, &words(t, Span::new(0, t.len())), &lex.entity_words);
        assert_eq!(hits.iter().map(|h| h.name.slice(t)).collect::<Vec<_>>(), ["Major"]);
    }

    #[test]
    fn a_name_set_off_by_commas_after_a_definite_title() {
        assert_eq!(
            people("The Lord Chief Justice, Lord Woolf, said it."),
            [("Lord Woolf".into(), Some("Lord Chief Justice".into()))]
        );
        assert_eq!(
            people("UKIP's leader, Roger Knapman, has said so."),
            [("Roger Knapman".into(), Some("UKIP's leader".into()))]
        );
        // Not definite, or no closing comma: a list, not a name set off.
        assert!(people("He met a director, John Smith, and others.").is_empty());
        assert!(people("He met the president, John Smith and Mary Jones.").is_empty());
        assert!(people("The coach, Christos Tzekos. Kenteris, agreed.").is_empty());
    }

    #[test]
    fn appositive_role_beats_rank() {
        assert_eq!(
            people("Maj. Gen. Igor Konashenkov, a Russian defense ministry spokesman, said so."),
            [("Igor Konashenkov".into(), Some("Russian defense ministry spokesman".into()))]
        );
    }

    #[test]
    fn honorifics_give_no_role_and_possessives_are_dropped() {
        assert_eq!(
            people("Ambassador Mikko Hautala's view"),
            [("Mikko Hautala".into(), Some("Ambassador".into()))]
        );
        assert_eq!(people("Dr. Anna Kovacs spoke."), [("Anna Kovacs".into(), None)]);
    }

    #[test]
    fn no_name_no_person() {
        assert!(people("The mayor said the general public was safe.").is_empty());
        assert!(people("the prime minister, who spoke on Monday").is_empty());
        assert!(people("a spokesman for NATO said").is_empty());
    }
}
