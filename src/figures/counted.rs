//! What a figure counts: the noun phrase after it (`498 of its troops`,
//! `civilian and military casualties`), where it ends, and the tests on the
//! words after a number that depend on it (a quantity or not, metres or
//! millions).

use super::lexicon::NumberKind;
use super::parse::Reader;
use super::tokens::Tok;
use super::FigureWords;
use crate::span::Span;

/// Determiners that join "of" to what is counted: "498 of its troops".
const DETERMINERS: [&str; 9] =
    ["its", "the", "their", "his", "her", "our", "these", "those", "them"];

/// True when `w` is one of [`DETERMINERS`] (ASCII case ignored).
pub(super) fn is_determiner(w: &str) -> bool {
    DETERMINERS.iter().any(|d| w.eq_ignore_ascii_case(d))
}

/// True when `w` looks like a plural noun in lower case: four letters or
/// more ending in `s`, but not in `ss`, `us` or `is` (`cars`, not `bus`,
/// `this`, `across`).
pub(super) fn looks_plural(w: &[u8]) -> bool {
    w.len() >= 4
        && w.iter().all(u8::is_ascii_lowercase)
        && w.ends_with(b"s")
        && !w.ends_with(b"ss")
        && !w.ends_with(b"us")
        && !w.ends_with(b"is")
}

/// True for a plural written in capitals (`MPs`, `PCs`, `DVDs`): a noun,
/// though it is no lower-case word.
fn capitals_plural(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3 && b[b.len() - 1] == b's' && b[..b.len() - 1].iter().all(u8::is_ascii_uppercase)
}

/// Race distances in metres, written `1,500m`: a race, not millions.
const RACE_DISTANCES: [f64; 13] = [
    60.0, 100.0, 110.0, 200.0, 300.0, 400.0, 600.0, 800.0, 1000.0, 1500.0, 3000.0, 5000.0, 10000.0,
];

impl Reader<'_> {
    /// The noun phrase after token `end` (skipping "of its", "of the"): up
    /// to four lower-case words. `after_unit`: `end` is right after a
    /// plural unit, where a participle says what happened (`36,594 tonnes
    /// [shipped]`).
    pub(super) fn counted(
        &self,
        toks: &[Tok],
        end: usize,
        after_unit: bool,
    ) -> Option<(usize, usize)> {
        let mut k = end;
        let after_of = k > 0 && self.is_word(toks, k - 1, "of");
        let determiner = |k: usize| self.word(toks, k).is_some_and(is_determiner);
        // "half the population": the determiner after "half" is its "of".
        let half = k > 0 && self.is_word(toks, k - 1, "half") && determiner(k);
        if half || !after_of && self.is_word(toks, k, "of") {
            k += usize::from(!half);
            // "2% of them believed", "34 of them double-deckers": a pronoun
            // names no phrase, and no word after it is one.
            if self.is_word(toks, k, "them") {
                return None;
            }
            if determiner(k) {
                // "498 of its troops": the determiner is part of what is counted.
                let start = k;
                let e = self.noun_run(toks, k + 1, false);
                return (e > k + 1).then_some((start, e));
            }
        }
        let e = self.noun_run(toks, k, after_unit);
        (e > k).then_some((k, e))
    }

    /// What `the number of …` names when it stands in the words before
    /// token `i` (at most 16 back): `The number of broadband subscribers
    /// doubled to 13 million`, `the number of unemployed fell by 60,000`.
    /// Not `a number of` (several).
    pub(super) fn number_of(&self, toks: &[Tok], i: usize) -> Option<(usize, usize)> {
        let n = (i.saturating_sub(16).max(1)..i.saturating_sub(2)).rev().find(|&n| {
            self.is_word(toks, n, "number")
                && self.is_word(toks, n + 1, "of")
                && self.is_word(toks, n - 1, "the")
        })?;
        self.counted(toks, n + 1, false).filter(|&(_, e)| e <= i)
    }

    /// The length in metres of `raw`, a number written with `m` and no
    /// currency, when the m is metres rather than millions: a race or
    /// measure word follows (`400m hurdles`, `2m tall`, `metre_words.txt`);
    /// else, with no unit and no word with a category after it, it is a
    /// standard race distance (`the 1,500m in Paris`), or, with nothing
    /// counted after it, a length to the centimetre under 100m (`jumped
    /// 6.63m`, `threw 13.86m in the shot put`).
    /// Millions are written `1.7m people`, `3.5m euros`, `294.3m`.
    pub(super) fn metres(&self, toks: &[Tok], j: usize, raw: &str) -> Option<f64> {
        let digits = raw.trim_end_matches('m');
        let v: f64 = digits.replace(',', "").parse().ok()?;
        let next = self.word(toks, j + 1);
        if next.is_some_and(|w| self.lex.metre_words.contains(w))
            || self.speed_or_length_again(toks, j)
        {
            return Some(v);
        }
        if next.is_some_and(|w| {
            self.lex.unit_word(&[w]).is_some() || self.lex.category_of(w).is_some()
        }) {
            return None;
        }
        match digits.find('.').map(|p| digits.len() - p - 1) {
            // (Not before a plural, what millions count, `300m blog
            // entries`, unless it is a plural of a race word: `the 100m and
            // 200m titles`, `800m runners`.)
            None => (RACE_DISTANCES.contains(&v)
                && !self.counted(toks, j + 1, false).is_some_and(|(_, e)| {
                    self.word(toks, e - 1).is_some_and(|w| {
                        looks_plural(w.as_bytes())
                            && !self.lex.metre_words.contains(&w[..w.len() - 1])
                    })
                }))
            .then_some(v),
            Some(2) if v < 100.0 && self.counted(toks, j + 1, false).is_none() => Some(v),
            _ => None,
        }
    }

    /// True when what follows token `j`, a number written with `m`, makes
    /// it metres: a speed (`17m per second`, `17m/s`, `3.7m/h`) or the
    /// length again in another unit of distance from `units.tsv` (`the
    /// 1.3m (4.2ft) Emiew`).
    fn speed_or_length_again(&self, toks: &[Tok], j: usize) -> bool {
        let rest = &self.text[toks[j].span().end..];
        let per = ["/s", "/h", " per second", " per minute", " per hour", " a second"];
        if per
            .iter()
            .any(|p| rest.starts_with(p) && !rest[p.len()..].starts_with(char::is_alphanumeric))
        {
            return true;
        }
        let distance = |unit: &str| self.lex.unit_category(unit) == Some("distance");
        matches!(toks.get(j + 1), Some(Tok::Punct { ch: '(', .. }))
            && match toks.get(j + 2) {
                Some(Tok::Num { unit: Some(u), .. }) => distance(u),
                Some(Tok::Num { .. }) => self
                    .word(toks, j + 3)
                    .and_then(|w| self.lex.unit_word(&[w]))
                    .is_some_and(|(_, u)| distance(u)),
                _ => false,
            }
    }

    /// True when token `k` makes the number before it a quantity: a unit,
    /// a scale word or `of` (`1/4 cent`, `1/2 million`, `2/3 of`).
    pub(super) fn quantity_follows(&self, toks: &[Tok], k: usize) -> bool {
        self.word(toks, k).is_some_and(|w| {
            w.eq_ignore_ascii_case("of")
                || self.lex.unit_word(&[w]).is_some()
                || self.lex.number(w).is_some_and(|n| n.1 == NumberKind::Scale)
        })
    }

    /// Where the run of lower-case words from token `from` ends
    /// (`after_noun_already`: a noun comes right before `from`).
    pub(super) fn noun_run(&self, toks: &[Tok], from: usize, after_noun_already: bool) -> usize {
        let mut k = from;
        let mut participle = false;
        // "5,000 US troops", "40 Russian tanks", "20 Hamas fighters": one or
        // two capitalised words before a noun with a category describe it.
        // (Only before such a noun: in "12 months Apple sold" the name
        // opens a clause.)
        let capital = |i: usize| {
            self.word(toks, i).is_some_and(|w| {
                w.starts_with(|c: char| c.is_uppercase()) && !self.calendar.contains(w)
            })
        };
        // (Not a noun whose category depends on the word before it:
        // "20 Olympic bodies" are no dead.)
        let counts = |i: usize| {
            self.word(toks, i).is_some_and(|w| {
                w.starts_with(|c: char| c.is_lowercase())
                    && self.lex.category_of(w).is_some()
                    && !self.lex.is_paired(w)
            })
        };
        // A plural noun in lower case (`cars`; not `bus`, `this`, nor a word
        // that ends the phrase or takes its category from the word before).
        let plural_at = |i: usize| {
            self.word(toks, i).is_some_and(|n| {
                looks_plural(n.as_bytes())
                    && !self.lex.counted_stop.contains(n)
                    && !self.lex.is_paired(n)
            })
        };
        // (On the line of the word before: a table's next row starts with
        // a capital on a line of its own.)
        let same_line = |i: usize| {
            i > 0
                && i < toks.len()
                && !self.text[toks[i - 1].span().end..toks[i].span().start].contains('\n')
        };
        // So do they right after the figure before a plural in capitals or
        // any plural: "32 Labour MPs", "12 Tory MEPs", "62 Labour rebels".
        let capitals_plural_at = |i: usize| self.word(toks, i).is_some_and(capitals_plural);
        // "37 Americans", "1,200 Iraqis": a people is what is counted.
        if !after_noun_already && self.word(toks, k).is_some_and(|w| self.lex.peoples.contains(w)) {
            return k + 1;
        }
        if capital(k) && (counts(k + 1) || capital(k + 1) && counts(k + 2)) {
            k += if counts(k + 1) { 1 } else { 2 };
        } else if !after_noun_already && capital(k) && capitals_plural_at(k + 1) {
            return k + 2;
        } else if !after_noun_already && capital(k) && plural_at(k + 1) && same_line(k) {
            k += 1;
        }
        // "40 MPs", "300 PCs": such a plural is what is counted.
        if capitals_plural_at(k) && k == from {
            return k + 1;
        }
        let from = k;
        while k < toks.len() && k - from < 4 {
            // A plural's possessive goes on to what it owns: "45% of
            // businesses' critical information".
            let possessive = k > from
                && k + 1 - from < 4
                && matches!(toks[k], Tok::Punct { ch: '\'', span } if span.start == toks[k - 1].span().end)
                && self.word(toks, k - 1).is_some_and(|p| looks_plural(p.as_bytes()))
                && self.word(toks, k + 1).is_some_and(|n| {
                    n.chars().all(char::is_lowercase) && !self.lex.counted_stop.contains(n)
                });
            if possessive {
                k += 1;
                continue;
            }
            let Some(w) = self.word(toks, k) else { break };
            // "civilian and military casualties": a coordinated adjective.
            let plain_at = |i: usize| {
                self.word(toks, i).is_some_and(|n| {
                    n.chars().all(char::is_lowercase) && !self.lex.counted_stop.contains(n)
                })
            };
            // ... and only when a noun follows the second adjective (which
            // is no participle: "people and caused damage").
            // "5 more people", "three fewer soldiers": more of what is
            // counted, not a comparison (`5 more than`, `40 more`, `35 pct
            // more competitive than`, where `more` ends the phrase).
            if k == from
                && matches!(w, "more" | "fewer")
                && plain_at(k + 1)
                && !self.is_word(toks, k + 2, "than")
            {
                k += 1;
                continue;
            }
            // Two kinds of coordination join the phrase: adjectives (or
            // nouns used as such) before one plural noun ("civilian and
            // military casualties", "office and technical workers"), and
            // plural nouns ("men and women", "drugs and chemicals"). Not a
            // noun and another phrase ("a 7 pct coupon and par pricing",
            // "arable land and plantations") nor a noun and a verb ("2,000
            // jobs and start cutting").
            let and_or = w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("or");
            let nouns = |i: usize| {
                self.word(toks, i).is_some_and(|n| {
                    looks_plural(n.as_bytes())
                        || self.lex.category_of(n).is_some_and(|(_, people)| people)
                })
            };
            // (After `of`, before a mass noun too: "tonnes of hard and soft
            // wheat", "acres of oil and gas land".)
            let after_of = from > 0 && self.is_word(toks, from - 1, "of");
            let adjectives =
                k == from + 1 && !nouns(k - 1) && (plural_at(k + 2) || after_of && plain_at(k + 2));
            // (The second noun may have a word before it: "drivers and
            // warehouse employees". A plural in -s before `to`, a number
            // or a determiner is a verb: "60 countries and employs 76,200
            // staff", "four facilities and plans to build".)
            let verb_next = |i: usize| {
                matches!(toks.get(i), Some(Tok::Num { .. }))
                    || self.word(toks, i).is_some_and(|n| n == "to" || n == "a" || is_determiner(n))
            };
            let plurals = nouns(k - 1)
                && (nouns(k + 1) && !verb_next(k + 2) || plain_at(k + 2) && nouns(k + 2));
            if and_or
                && k > from
                && plain_at(k + 1)
                && !self.word(toks, k + 1).is_some_and(|w| self.is_participle(w))
                && (adjectives || plurals)
            {
                k += 1;
                continue;
            }
            // (Past the phrase's length, the plural that ends it after
            // modifiers that follow one more: "two major oil and gas
            // fields".)
            if and_or
                && k == from + 2
                && !nouns(k - 1)
                && !self.word(toks, k - 1).is_some_and(|w| w.ends_with("ly"))
                && plain_at(k + 1)
                && !self
                    .word(toks, k + 1)
                    .is_some_and(|w| self.is_participle(w) || self.lex.number(w).is_some())
                && plural_at(k + 2)
            {
                k += 3;
                break;
            }
            let plain = if w.is_ascii() {
                w.bytes().all(|c| c.is_ascii_lowercase() || c == b'-' || c == b'\'')
            } else {
                w.chars().all(|c| c.is_lowercase() || c == '-' || c == '\'')
            };
            // A participle after the noun ends the phrase, but not one that
            // starts the phrase after "of" ("cases of reported fraud").
            // Nor one after another ("fortified blended food").
            let after_noun = (k > from || after_noun_already)
                && k > 0
                && !self.is_word(toks, k - 1, "of")
                && !self.word(toks, k - 1).is_some_and(|w| self.is_participle(w));
            // Before a noun, a compound (`14 major state-owned
            // corporations`) or a participle in a phrase after "of" (`160
            // mln dlrs of outstanding secured lines`) describes it; after a
            // plural it is the verb (`56 pct of respondents reported
            // working`).
            let after_plural = self.word(toks, k - 1).is_some_and(|p| p.ends_with('s'));
            let describes = plain_at(k + 1)
                && (w.contains('-')
                    || from > 0 && self.is_word(toks, from - 1, "of") && !after_plural);
            if plain
                && after_noun
                && !describes
                && (self.is_participle(w) || self.is_gerund(w) && !plain_at(k + 1))
            {
                participle = true;
                break;
            }
            // A participle alone after the figure is its verb, no noun
            // phrase: "38% [disagreed]", "12% [compared] to last year";
            // unless it says what the figure counts ("seven [injured]",
            // "six [killed]": a word with a category).
            // (After a determiner it is the phrase: "51% of those [polled]".)
            let after_determiner = || k > 0 && self.word(toks, k - 1).is_some_and(is_determiner);
            // So is a present participle before another figure: "Div 5p
            // [making] 7.6p".
            let number_next = matches!(toks.get(k + 1), Some(Tok::Num { .. }));
            if plain
                && k == from
                && !after_noun_already
                && (self.is_participle(w) || self.is_gerund(w) && number_next)
                && !after_determiner()
                && self.lex.category_of(w).is_none()
            {
                let noun_next = self.word(toks, k + 1).is_some_and(|n| {
                    n.chars().all(|c| c.is_lowercase() || c == '-' || c == '\'')
                        && !self.lex.counted_stop.contains(n)
                        && self.lex.number(n).is_none()
                });
                if !noun_next {
                    break;
                }
            }
            // (A name inside the phrase before its noun describes it too:
            // "2,500 new Ryanair jobs", "5,000 new Ford cars".)
            // (On the same line, with room for the noun.)
            if !plain
                && k > from
                && k + 1 - from < 4
                && capital(k)
                && (counts(k + 1) || plural_at(k + 1) && same_line(k) && !plural_at(k - 1))
            {
                k += 1;
                continue;
            }
            // A plural in capitals ends the phrase as its noun: "millions
            // of desktop PCs", "12 new MPs".
            if !plain && k > from && capitals_plural_at(k) {
                k += 1;
                break;
            }
            // (A plain word is its own lower case.)
            if !plain
                || self.lex.counted_stop.contains(w)
                || self.lex.number(w).is_some()
                || self.calendar.contains(w)
            {
                break;
            }
            k += 1;
            // A noun for people ends the phrase but before another word
            // of what is counted: "53 million people [own] a mobile",
            // but "staff members", "women workers", "people of Darfur".
            let people_noun = self.lex.category_of(w).is_some_and(|(_, people)| people)
                && !w.ends_with("ed")
                // (Adjectives, and a noun that is mostly a modifier:
                // "staff cuts".)
                && !matches!(w, "dead" | "homeless" | "staff");
            let goes_on = self.word(toks, k).is_some_and(|n| {
                self.lex.category_of(n).is_some()
                    || ["of", "and", "or"].iter().any(|x| n.eq_ignore_ascii_case(x))
            });
            if people_noun && !goes_on {
                break;
            }
        }
        // No phrase ends in "of", "and", an article or a possessive
        // ("new models of its [Macintosh] computer"), nor, before the
        // participle that ended it, in an adverb ("creditors previously
        // [hoped]"), nor in one after a plural noun ("5,000 jobs
        // [worldwide]", "200 contracts [daily]", "homes [actually] sold"),
        // nor in an adjective in -able after one ("songs [able] to be
        // stored", "warrants [exercisable] at").
        let after_plural = |k: usize| {
            k > from + 1 && self.word(toks, k - 2).is_some_and(|p| looks_plural(p.as_bytes()))
        };
        while k > from
            && self.word(toks, k - 1).is_some_and(|w| {
                let adverb = w == "able"
                    || w.len() > 4
                        && ["ly", "wide", "able", "ible"].iter().any(|end| w.ends_with(end));
                ["of", "and", "or", "the", "a", "an"].iter().any(|x| w.eq_ignore_ascii_case(x))
                    || is_determiner(w)
                    || (participle && w.len() > 3 && w.ends_with("ly"))
                    || (adverb && after_plural(k))
            })
        {
            k -= 1;
        }
        k
    }

    /// A past participle after the noun a figure counts ends the noun
    /// phrase: it says what happened to them (`220 men killed and many
    /// wounded`, `70,000 people displaced`). Before the noun it describes it
    /// (`displaced people`), so the first word of the phrase is not tested.
    /// Words in -ed that are no participles (`speed`, `need`) are in
    /// `not_participles.txt`.
    fn is_participle(&self, w: &str) -> bool {
        if !w.ends_with("ed") {
            return false;
        }
        // A compound is read by its last part: `pct-owned` is, `high-speed`
        // is not.
        let w = match w.bytes().rposition(|b| b == b'-') {
            Some(p) => &w[p + 1..],
            None => w,
        };
        w.len() >= 4 && !self.lex.not_participles.contains(w)
    }

    /// A present participle after the noun ends the phrase too when no
    /// noun follows it: it starts what they do (`54% of companies [calling]
    /// it a threat`, `people [living] in poverty`, `shares [outstanding]`),
    /// where before a noun it is an adjective (`outstanding common stock`,
    /// `generating plant`). Nouns in -ing (`building`, `funding`) are in
    /// `not_participles.txt` with the -ed words that are none.
    fn is_gerund(&self, w: &str) -> bool {
        w.len() >= 6 && w.ends_with("ing") && !self.lex.not_participles.contains(w)
    }
}

/// The label of a table's row that a figure sits in, which says what it
/// counts: wire copy gives results as short lines of a label and figures
/// (`Revs 27.4 mln vs 33.3 mln`, `Net loss 4,077,000 vs profit
/// 30,142,000`, `Avg shrs 28.6 mln`). The line must be short, hold no
/// sentence, and open with one to five words, the first capitalised,
/// before its first number; `None` otherwise.
pub(super) fn table_label(text: &str, figure: Span, lex: &FigureWords) -> Option<Span> {
    const MAX_LINE: usize = 90;
    let b = text.as_bytes();
    let start = memchr::memrchr(b'\n', &b[figure.start.saturating_sub(MAX_LINE)..figure.start])
        .map(|p| figure.start.saturating_sub(MAX_LINE) + p + 1)?;
    let end = memchr::memchr(b'\n', &b[figure.end..]).map_or(b.len(), |p| figure.end + p);
    let line = &text[start..end];
    if line.trim().len() > MAX_LINE || line.contains(". ") || line.trim_end().ends_with('.') {
        return None;
    }
    let mut words = 0;
    let mut label_end = None;
    for (at, w) in
        line.split_whitespace().map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
    {
        if at >= figure.start {
            break;
        }
        let word = w.trim_end_matches([',', ':']);
        let lower = word.to_lowercase();
        let is_label_word = word.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '/'))
            && word.chars().any(char::is_alphabetic)
            && !matches!(lower.as_str(), "vs" | "nil")
            && lex.number(&lower).is_none();
        if !is_label_word {
            break;
        }
        if words == 0 && !word.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        words += 1;
        label_end = Some(at + word.len());
        if words > 5 {
            return None;
        }
    }
    let label = Span::new(start + (line.len() - line.trim_start().len()), label_end?);
    // A row holds only figures after its label (`27.4 mln vs 33.3 mln`,
    // `15 cts vs 15 cts prior`); a line of wrapped prose goes on in words
    // (`Traffic rose seven pct in April compared with a year`).
    let row = text[label.end..end].split_whitespace().all(|w| {
        let w = w.trim_matches(|c: char| matches!(c, ',' | ';' | '(' | ')'));
        let lower = w.to_lowercase();
        w.is_empty()
            || w.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+')
            || matches!(lower.as_str(), "vs" | "loss" | "profit" | "prior" | "nil")
            || lex.number(&lower).is_some()
            || lex.unit_word(&[lower.as_str()]).is_some()
    });
    if !row || text[label.start..label.end].contains(',') {
        return None;
    }
    // The first figure follows the label; the others follow `vs` (not
    // `vs profit` after `Net loss`: another row's word).
    let rest = text[label.end..figure.start].trim();
    let after_vs = rest.ends_with(" vs") || rest == "vs";
    (rest.is_empty() || after_vs && line.contains(" vs ")).then_some(label)
}
