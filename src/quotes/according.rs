//! Who `according to` names: the source of a quote or a figure.
//!
//! `according to` is the most explicit attribution news writes, and what
//! follows it is not always a person or an entity the gazetteers know: a
//! firm or an agency by its acronym (`according to USDA`), a description
//! before a name (`according to industry website Screen Daily`, `according
//! to tourism minister Sontaya Kunplome`), or a document with its author
//! (`according to figures from the Office of the Deputy Prime Minister`, `a
//! survey by Goldman Sachs`, `provisional Bank of Korea figures`). The
//! speaker rules read the first kind; this reads the rest, and names no one
//! where no name is written (`according to court papers`, `according to
//! terms`).

use crate::entities::{capitalised, Word};
use crate::gazetteer::EntityKind;
use crate::lexicon::Lower;
use crate::span::Span;

use super::attribution::{is_one_of, Attribution, Context, Speaker};

/// Words that end a description before a name: a name right after one
/// of them is what something is `by` or `from`, which only the document
/// rule reads (`analysts polled by Reuters` are the analysts).
pub(super) const PREPOSITIONS: [&str; 9] =
    ["by", "from", "of", "in", "on", "at", "for", "with", "to"];

/// Words that may stand inside a name between its capitalised words
/// (`Bank of Korea`, `Goldman Sachs & Co`).
const NAME_JOINS: [&str; 4] = ["of", "and", "&", "de"];

/// The most words read after `according to`, up to the clause's end.
const MAX_WORDS: usize = 12;

/// A word of lower-case letters (with hyphens and apostrophes): one that
/// describes, not a name.
fn lower_word(t: &str) -> bool {
    t.starts_with(|c: char| c.is_lowercase())
        && t.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
}

impl Context<'_> {
    /// The speaker `according to` names, `ws[to]` being its `to`: the
    /// subject the speaker rules read (`according to the company`,
    /// `according to Smith`), else the author of a document (`figures
    /// from X`, `a survey by X`), else a capitalised name after up to four
    /// words that describe it and before what it published (`analysts
    /// Gartner`, `USDA`, `Bank of Korea figures`). A place is no source
    /// (`according to estimates from India`, `Chinese state press
    /// reports`).
    ///
    /// ```
    /// use gazette::{entities::find_mentions, figures::find_figures, quotes::find_quotes, Lexicons, Pipeline};
    /// let p = Pipeline::new(Lexicons::builtin(), Default::default());
    /// let a = p.analyse("Output rose 4% in March, according to state statistics body INSEE.");
    /// let lex = p.lexicons();
    /// let m = find_mentions(&a, lex, None);
    /// let q = find_quotes(&a, &m, &lex.quote_words);
    /// let f = find_figures(&a, &m, &q, lex);
    /// assert_eq!(f[0].source.as_ref().unwrap().span.slice(&a.norm.text), "INSEE");
    /// ```
    pub(super) fn according_source(&self, ws: &[Word], to: usize) -> Option<Speaker> {
        // (Not a place inside a longer name: `First Boston`.)
        let whole = |s: &Speaker| {
            let Some(i) = s.mention.filter(|&i| self.mentions[i].kind == EntityKind::Place) else {
                return true;
            };
            let k = ws.partition_point(|w| w.span.start < self.mentions[i].span.start);
            k == 0 || !capitalised(ws[k - 1].text(self.text)) || ws[k - 1].stop_after
        };
        // A document and whom it went to, not who wrote it: `a
        // registration document filed with the Securities and Exchange
        // Commission`, `papers submitted to the court`.
        // (Within the clause: `According to the companies, centers are
        // expected to grow`.)
        let addressee = (to + 1..ws.len().min(to + 7))
            .take_while(|&k| lower_word(ws[k].text(self.text)) && !ws[k - 1].stop_after)
            .any(|k| {
                ws[k].text(self.text).ends_with("ed")
                    && !ws[k].stop_after
                    && ws
                        .get(k + 1)
                        .is_some_and(|w| is_one_of(w.text(self.text), &["with", "to", "before"]))
            });
        if addressee {
            return None;
        }
        if let Some(s) = self.subject_after(ws, to).filter(|s| whole(s) && self.heads(ws, s)) {
            return Some(s);
        }
        let end = (to + 1..ws.len().min(to + 1 + MAX_WORDS))
            .find(|&k| ws[k].stop_after)
            .map_or(ws.len().min(to + 1 + MAX_WORDS), |k| k + 1);
        // (A year may date the document: `a 1986 study by`.)
        let lower = |w: &Word| {
            let t = w.text(self.text);
            lower_word(t) || t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit())
        };
        // A document and its author: "(official) figures (released today)
        // by X", "a memo from X" — not people polled by someone: the head
        // noun, before a participle or the preposition, names no person.
        // (Any such noun: a memo, a table.)
        let document_by = (to + 1..end.min(to + 7))
            .take_while(|&k| lower(&ws[k]))
            .find(|&k| is_one_of(ws[k].text(self.text), &["by", "from"]))
            .filter(|&k| {
                let head = (to + 1..k)
                    .find(|&h| h + 1 == k || ws[h + 1].text(self.text).ends_with("ed"))
                    .map(|h| ws[h].text(self.text));
                head.is_some_and(|t| {
                    !self.words.speaker_nouns.contains(t) || self.words.body_nouns.contains(t)
                })
            });
        if let Some(by) = document_by {
            // (`estimates from India` are the country's, by no one named.)
            let place =
                |s: &Speaker| s.mention.is_some_and(|i| self.mentions[i].kind == EntityKind::Place);
            if let Some(s) = self.subject_after(ws, by).filter(|s| !place(s)) {
                return Some(s);
            }
        }
        let from = document_by.unwrap_or(to) + 1;
        let rest = &ws[from..end.max(from)];
        self.described_name(rest, false).or_else(|| self.described_role(rest))
    }

    /// The author of the document a sentence opens with, which reports
    /// its figures: `Figures from the Commerce Department for November
    /// showed …`, `A recent survey by Earthlink and Webroot found …`,
    /// `Research by technology firms Earthlink and Webroot revealed …`.
    /// The document is a word of `document_nouns.txt` or a `body`
    /// speaker noun (`figures`, `survey`), with nothing but lower-case
    /// words before it. `ws` are the sentence's
    /// words.
    ///
    /// ```
    /// use gazette::{entities::find_mentions, figures::find_figures, quotes::find_quotes, Lexicons, Pipeline};
    /// let p = Pipeline::new(Lexicons::builtin(), Default::default());
    /// let a = p.analyse("Data from the CML showed lending fell to £25bn in November.");
    /// let lex = p.lexicons();
    /// let m = find_mentions(&a, lex, None);
    /// let q = find_quotes(&a, &m, &lex.quote_words);
    /// let f = find_figures(&a, &m, &q, lex);
    /// assert_eq!(f[0].source.as_ref().unwrap().span.slice(&a.norm.text), "CML");
    /// ```
    pub fn document_author(&self, ws: &[Word]) -> Option<Speaker> {
        if let Some(s) = self.named_document_author(ws) {
            return Some(s);
        }
        // Most sentences have no `by` or `from` near their start: compared
        // in place before any lookup.
        let by_or_from = |w: &Word| is_one_of(w.text(self.text), &["by", "from"]);
        if !ws.iter().take(7).any(by_or_from) {
            return None;
        }
        let opening = ws.first().is_some_and(|w| {
            self.words.connectives.contains(Lower::new(w.text(self.text)).as_str())
        });
        let ws = &ws[usize::from(opening)..];
        let by = (0..ws.len().min(6))
            .take_while(|&k| {
                let t = ws[k].text(self.text);
                !ws[k].stop_after
                    && (k == 0 || !capitalised(t))
                    && !self.is_cue(&ws[k])
                    && t.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '\''))
            })
            .find(|&k| k > 0 && by_or_from(&ws[k]))?;
        if !self.is_document(ws[by - 1].text(self.text)) {
            return None;
        }
        let place =
            |s: &Speaker| s.mention.is_some_and(|i| self.mentions[i].kind == EntityKind::Place);
        let end = (by + 1..ws.len()).find(|&k| ws[k].stop_after).map_or(ws.len(), |k| k + 1);
        self.described_name(&ws[by + 1..end], true).filter(|s| !place(s))
    }

    /// The author named before the document a sentence opens with, an
    /// entity: `IEA estimates on April 1 put …`, `Tanjug reports showed
    /// …` (capitalised words, then a word of `document_nouns.txt` in lower
    /// case, then a lower-case word).
    fn named_document_author(&self, ws: &[Word]) -> Option<Speaker> {
        let k = ws.iter().take(5).position(|w| !capitalised(w.text(self.text)) || w.stop_after)?;
        let noun = ws.get(k)?.text(self.text);
        let next_lower =
            ws.get(k + 1).is_some_and(|w| w.text(self.text).starts_with(char::is_lowercase));
        if k == 0 || ws[k - 1].stop_after || !next_lower || !self.words.documents.contains(noun) {
            return None;
        }
        let s = self.described_name(&ws[..k], true)?;
        let entity = s.mention.is_some_and(|i| self.mentions[i].kind != EntityKind::Place);
        entity.then_some(s)
    }

    /// True when `w` names a document or an institution that can write
    /// one (`figures`, `survey`; `document_nouns.txt`, body speaker nouns).
    pub(super) fn is_document(&self, w: &str) -> bool {
        let w = Lower::new(w);
        self.words.documents.contains(w.as_str()) || self.words.body_nouns.contains(w.as_str())
    }

    /// True unless `s` is a role whose noun only describes the next word
    /// (`official` of `according to official estimates`): a role ends
    /// the phrase, or comes before a preposition, a clause or a participle
    /// (`sources close to`, `analysts polled by`).
    fn heads(&self, ws: &[Word], s: &Speaker) -> bool {
        if s.attribution != Attribution::RoleOnly {
            return true;
        }
        let k = ws.partition_point(|w| w.span.end <= s.span.end);
        if k == 0 || k >= ws.len() || ws[k - 1].stop_after {
            return true;
        }
        let next = ws[k].text(self.text);
        !next.starts_with(|c: char| c.is_lowercase())
            || is_one_of(next, &PREPOSITIONS)
            || is_one_of(next, &["close", "familiar", "who", "that", "said", "say", "says"])
            || next.ends_with("ed")
            || next.ends_with("ing")
    }

    /// Lower-case words ending in a speaker noun: `market analysts`,
    /// `trade sources` (`sources close to the CMB`).
    fn described_role(&self, ws: &[Word]) -> Option<Speaker> {
        let k = ws
            .iter()
            .take(5)
            .take_while(|w| {
                let t = w.text(self.text).trim_end_matches([',', '.']);
                lower_word(t) && !is_one_of(t, &PREPOSITIONS)
            })
            .position(|w| {
                let t = w.text(self.text).trim_end_matches([',', '.']);
                self.words.speaker_nouns.contains(t) && !self.words.body_nouns.contains(t)
            })?;
        let s = Speaker {
            span: Span::new(ws[0].span.start, ws[k].span.end),
            mention: None,
            name: None,
            attribution: Attribution::RoleOnly,
            role: None,
        };
        if !self.heads(ws, &s) {
            return None;
        }
        let last = ws[k].text(self.text);
        let end = ws[k].span.start + last.trim_end_matches([',', '.']).len();
        let span = Span::new(ws[0].span.start, end);
        Some(Speaker::role_only(span, self.text))
    }

    /// A capitalised name after up to four lower-case words that describe
    /// it (`industry website Screen Daily`, `the Nationwide`), with
    /// nothing but lower-case words after it (`Bank of Korea figures`)
    /// unless `open_end` (a sentence goes on after its subject).
    fn described_name(&self, ws: &[Word], open_end: bool) -> Option<Speaker> {
        let desc = ws.iter().take_while(|w| {
            let t = w.text(self.text);
            !w.stop_after && lower_word(t) && !is_one_of(t, &PREPOSITIONS)
        });
        let d = desc.count();
        if d > 4 {
            return None;
        }
        // The name: capitalised words, joined by `of`, `and`, `&` between two.
        let name_word = |w: &Word| {
            let t = w.text(self.text).trim_end_matches(['.', ',', ';', ':']);
            capitalised(t)
                && t.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '.' | '/'))
        };
        // (Words of one name stand one space apart: not `Institute (INSEE`.)
        let spaced = |n: usize| {
            self.text[ws[n - 1].span.end..ws[n].span.start].chars().all(char::is_whitespace)
        };
        let mut n = d;
        while n < ws.len() {
            let joins = n > d
                && is_one_of(ws[n].text(self.text), &NAME_JOINS)
                && ws.get(n + 1).is_some_and(name_word)
                && !ws[n - 1].stop_after;
            if !(name_word(&ws[n]) || joins) || (n > d && (ws[n - 1].stop_after || !spaced(n))) {
                break;
            }
            n += 1;
        }
        // A leading article is not part of the name (`The Mail`).
        let first = d + usize::from(n > d + 1 && is_one_of(ws[d].text(self.text), &["the"]));
        if n == first {
            return None;
        }
        let rest_lower = ws[n..].iter().all(|w| {
            let t = w.text(self.text);
            t.starts_with(|c: char| c.is_lowercase())
        });
        if !rest_lower && !open_end {
            return None;
        }
        // A name that only describes a speaker named next (`a Reagan
        // administration official`, `U.S. Research firm Dataquest`).
        let describes = ws[n..].iter().take(3).take_while(|w| !w.stop_after).any(|w| {
            let t = w.text(self.text);
            t.starts_with(|c: char| c.is_lowercase()) && self.words.speaker_nouns.contains(t)
        });
        if describes {
            return None;
        }
        // Without what closes it: a comma, a sentence's full stop, a
        // possessive (`the Bank of Mexico's figures`).
        let last = ws[n - 1].text(self.text);
        let bare = last.trim_end_matches([',', ';', ':']);
        let bare = match bare.strip_suffix('.') {
            Some(b) if b.len() > 1 && !b.contains('.') => b,
            _ => bare,
        };
        let bare = crate::entities::without_possessive(bare);
        let span = Span::new(ws[first].span.start, ws[n - 1].span.start + bare.len());
        // An entity only when it is the whole name (`Korea` of `Bank of
        // Korea` is not the source).
        let mention = self.mention_in(span).filter(|&i| self.mentions[i].span == span);
        if mention.is_some_and(|i| self.mentions[i].kind == EntityKind::Place) {
            return None;
        }
        // The description is a role when it ends in a speaker noun
        // (`tourism minister`, `analysts`), not when it says what a firm is
        // (`industry website`).
        let role = (d > 0 && self.words.speaker_nouns.contains(ws[d - 1].text(self.text)))
            .then(|| Span::new(ws[0].span.start, ws[d - 1].span.end).slice(self.text).to_string());
        Some(match mention {
            Some(i) => Speaker {
                span: self.mentions[i].span,
                mention: Some(i),
                name: None,
                attribution: Attribution::AccordingTo,
                role: role.or_else(|| self.mentions[i].role.clone()),
            },
            None => Speaker {
                span,
                mention: None,
                name: Some(span),
                attribution: Attribution::AccordingTo,
                role,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::entities::find_mentions;
    use crate::quotes::{find_quotes, Attribution};
    use crate::{Lexicons, Pipeline};

    /// The speaker of the first quote of `text`, as written, and how found.
    fn speaker(text: &str) -> Option<(String, Option<String>, Attribution)> {
        let p = Pipeline::new(Lexicons::builtin(), Default::default());
        let a = p.analyse(text);
        let m = find_mentions(&a, p.lexicons(), None);
        let q = find_quotes(&a, &m, &p.lexicons().quote_words);
        let s = q.first()?.speaker.clone()?;
        Some((s.span.slice(&a.norm.text).to_string(), s.role, s.attribution))
    }

    #[test]
    fn a_name_no_gazetteer_knows_speaks_after_according_to() {
        let s =
            speaker("\"The network is now the fastest in the whole country,\" according to BT.");
        assert_eq!(s, Some(("BT".into(), None, Attribution::AccordingTo)));
        // A description ending in a speaker noun is the role.
        let s = speaker(
            "\"Tourism will recover within the next few months,\" according to tourism minister Sontaya Kunplome.",
        );
        assert_eq!(
            s,
            Some((
                "Sontaya Kunplome".into(),
                Some("tourism minister".into()),
                Attribution::AccordingTo
            ))
        );
    }

    #[test]
    fn a_document_names_its_author_and_a_place_speaks_for_no_one() {
        let s = speaker(
            "\"Growth has been strong all through the year,\" according to a report by Euromoney.",
        );
        assert_eq!(s.map(|s| s.0), Some("Euromoney".into()));
        // A place inside a longer name is not the source.
        let s =
            speaker("\"The market will grow a great deal next year,\" according to First Boston.");
        assert_eq!(s.map(|s| s.0), Some("First Boston".into()));
        let s = speaker(
            "\"The market will grow a great deal next year,\" according to estimates from India.",
        );
        assert_eq!(s, None);
    }
}
