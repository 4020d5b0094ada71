//! Reading figures in a sentence: values, scales, ranges, units, qualifiers,
//! and the noun phrase they count.

use super::lexicon::{FigureWords, NumberKind};
use super::tokens::{tokens_into, Tok};
use crate::lexicon::Lower;
use crate::segment::Word;
use crate::span::Span;

/// A figure as read from the text.
#[derive(Debug, Clone, PartialEq)]
pub struct RawFigure {
    /// The figure as written (symbol, digits or words, scale, unit).
    pub span: Span,
    /// The value (`None` for `hundreds of`).
    pub value: Option<f64>,
    /// The top of a range.
    pub value_max: Option<f64>,
    /// The hedge before it.
    pub qualifier: Option<String>,
    /// Unit or currency.
    pub unit: Option<String>,
    /// The noun phrase it counts.
    pub counted: Option<Span>,
    /// Category.
    pub category: String,
}

/// The unit of a share of a whole written in words (`two-thirds of`):
/// its value is the fraction, and its category that of a percentage.
pub const SHARE: &str = "fraction";

/// The bottom of a range `v` to `hi`, where `scale` ends the top: the
/// bottom shares it when that brings it below the top (`3 to 4 million` is
/// 3 million; not `800,000 to 1.3 million`).
fn range_bottom(v: f64, hi: f64, scale: f64) -> f64 {
    if scale > 1.0 && v < hi / scale * 1.0001 && v * scale <= hi {
        v * scale
    } else {
        v
    }
}

/// True for a rate joined by hyphens, in lower case (`a-share`,
/// `per-hour`, `an-ounce`; not a rating, `A-plus`).
fn is_rate(w: &str) -> bool {
    ["a-", "an-", "per-"].iter().any(|p| w.len() > p.len() && w.starts_with(p))
}

/// The category of a figure no unit or counted word places.
const OTHER: &str = "other";

/// Everything the reader needs besides the text.
pub(crate) struct Reader<'a> {
    pub text: &'a str,
    pub lex: &'a FigureWords,
    /// Month and day names (never counted; numbers next to months are dates).
    pub calendar: &'a crate::lexicon::ExactWordSet,
}

impl<'a> Reader<'a> {
    pub(super) fn word(&self, toks: &[Tok], i: usize) -> Option<&'a str> {
        toks.get(i).and_then(|t| t.word(self.text))
    }

    /// True when token `i` is the word `w` (ASCII case ignored).
    pub(super) fn is_word(&self, toks: &[Tok], i: usize, w: &str) -> bool {
        self.word(toks, i).is_some_and(|t| t.eq_ignore_ascii_case(w))
    }

    fn lower(&self, toks: &[Tok], i: usize) -> Option<Lower> {
        self.word(toks, i).map(Lower::new)
    }

    /// Reads the figures of one sentence (its `words` from the segmenter)
    /// into `out`; `toks` is scratch space for its tokens.
    pub fn figures(
        &self,
        sentence: Span,
        words: &[Word],
        paragraph_start: bool,
        toks: &mut Vec<Tok<'a>>,
        out: &mut Vec<RawFigure>,
    ) {
        tokens_into(self.text, sentence, words, self.lex, toks);
        let toks = &toks[..];
        if self.names_and_minutes(toks) {
            return;
        }
        let first = out.len();
        let mut next = 0;
        for i in 0..toks.len() {
            if i < next {
                continue;
            }
            // Only digits, symbols and number words (or "a"/"an" before one) start figures.
            let candidate = match &toks[i] {
                Tok::Num { .. } | Tok::Symbol { .. } | Tok::Word { number: true, .. } => true,
                Tok::Word { span, number: false } => {
                    span.len() <= 2
                        && matches!(toks.get(i + 1), Some(Tok::Word { number: true, .. }))
                        && matches!(span.slice(self.text), "a" | "an" | "A" | "An")
                }
                Tok::Punct { .. } => false,
            };
            if !candidate || self.one_of_a_group(toks, i) {
                continue;
            }
            if let Some((fig, after)) = self.figure_at(toks, i, paragraph_start && i == 0) {
                if !self.places_in_a_ranking(toks, i, after, &fig) {
                    out.push(fig);
                }
                next = after;
            }
        }
        self.same_measure_after_link(&mut out[first..]);
    }

    /// A figure after another, linked to it by words that compare two
    /// values of one measure (`measure_links.txt`), is in that measure,
    /// whose unit it leaves unwritten: `Pre-tax profit 101 mln stg vs 92
    /// mln`, `narrowed to 740 mln dlrs from 1.97 billion`, `79,448 tonnes
    /// against 79,014`.
    ///
    /// Before `from`, a percentage or a span of time is often a change or a
    /// period, not a value of the measure (`up 2.4 pct from 48.91 billion`,
    /// `in the past 10 years from 1.80 billion`): then only a level word
    /// before it (`to 5.5 pct from 6.2`, `level_words.txt`) links them. A
    /// figure after `from` that names what it counts (`or 7.5 pct, from
    /// 52,100 shares`) is left as it is.
    fn same_measure_after_link(&self, figures: &mut [RawFigure]) {
        for i in 1..figures.len() {
            let (before, rest) = figures.split_at_mut(i);
            let (prev, fig) = (&before[i - 1], &mut rest[0]);
            let Some(unit) = prev.unit.as_deref() else { continue };
            if fig.unit.is_some() || prev.span.end > fig.span.start {
                continue;
            }
            let gap = self.text[prev.span.end..fig.span.start].trim_start();
            let gap = gap.strip_prefix(',').unwrap_or(gap);
            // (Two words of a link after a short time: a longer gap links
            // nothing, and is not split into words.)
            if gap.len() > 40 {
                continue;
            }
            let mut link: Vec<&str> = gap.split_whitespace().collect();
            // The time of the first value may stand between: `rose to 7.4
            // billion dlrs in 1986 from 8.9 billion`, `in February from`.
            if link.len() > 2 && link[0] == "in" && self.is_year_or_month(link[1]) {
                link.drain(..2);
            }
            // A change and the level it reached (two figures only after a
            // change word): `rose from 5 billion dlrs to 7 billion`, `fell
            // by 1.2 billion dlrs to 30.5`. (Not a change in per cent to a
            // level: `rose by 2 pct to 7`.)
            let change_to_level = link == ["to"] && {
                let before = self.word_before(prev);
                before.eq_ignore_ascii_case("from")
                    || before.eq_ignore_ascii_case("by") && prev.category != "percent"
            };
            if !change_to_level
                && (link.is_empty()
                    || link.len() > 2
                    || !self.lex.measure_links.contains(&link.join(" ")))
            {
                continue;
            }
            if link.last().is_some_and(|w| w.eq_ignore_ascii_case("from")) {
                let change_or_period =
                    prev.category == "percent" || self.lex.unit_category(unit) == Some("duration");
                if fig.counted.is_some() || change_or_period && !self.level_before(prev) {
                    continue;
                }
            }
            fig.unit = prev.unit.clone();
            if fig.category == OTHER {
                fig.category = prev.category.clone();
            }
        }
    }

    /// True for a line of names and the minutes they scored in, under a
    /// match report (`Ronaldo 9, Rooney 87.`, `Lita 45, 52.`): only
    /// capitalised words, whole numbers up to 130, commas and brackets,
    /// and a closing period. Its numbers count nothing.
    fn names_and_minutes(&self, toks: &[Tok]) -> bool {
        // (A name, not a word in capitals: `OVER 60 PCT`.)
        let capitalised = |w: &str| {
            w.starts_with(|c: char| c.is_uppercase()) && w.chars().skip(1).any(char::is_lowercase)
        };
        if !matches!(toks.last(), Some(Tok::Punct { ch: '.', .. })) {
            return false;
        }
        let mut numbers = 0;
        for (i, t) in toks.iter().enumerate() {
            match t {
                Tok::Num { value, digits, percent: false, ordinal: false, unit: None, .. }
                    if *digits <= 3 && value.fract() == 0.0 && *value <= 130.0 && i > 0 =>
                {
                    numbers += 1
                }
                Tok::Word { span, .. } if capitalised(span.slice(self.text)) => {}
                Tok::Punct { ch: ',' | '(' | ')', .. } => {}
                Tok::Punct { ch: '.', .. } if i + 1 == toks.len() => {}
                _ => return false,
            }
        }
        numbers > 0
    }

    /// True for a year written in four digits or a month or day name.
    fn is_year_or_month(&self, word: &str) -> bool {
        let year = word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit());
        year || self.calendar.contains(word)
    }

    /// True when the word before `fig` (and before its qualifier) is a
    /// level word: `to 5.5 pct`, `to about 2.0 pct`.
    fn level_before(&self, fig: &RawFigure) -> bool {
        self.lex.level_words.contains(self.word_before(fig))
    }

    /// The word before `fig`, and before its qualifier.
    fn word_before(&self, fig: &RawFigure) -> &'a str {
        let mut lead = self.text[..fig.span.start].trim_end();
        if let Some(q) = &fig.qualifier {
            let cut = lead.len().saturating_sub(q.len());
            if lead.is_char_boundary(cut) && lead[cut..].eq_ignore_ascii_case(q) {
                lead = lead[..cut].trim_end();
            }
        }
        lead.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("")
    }

    /// True for `one of` before a determiner or a possessive (`one of its
    /// employees`, `one of the most influential teachers`, `one of the
    /// country's top think tanks`): one member of a group picked out, no
    /// count. (Not before `every`: `one of every five adults`.)
    fn one_of_a_group(&self, toks: &[Tok], i: usize) -> bool {
        let group = |w: &str| {
            super::counted::is_determiner(w)
                || ["many", "a", "an", "my", "your"].iter().any(|d| w.eq_ignore_ascii_case(d))
                || w.ends_with("'s")
                || w.ends_with("s'")
        };
        self.is_word(toks, i, "one")
            && self.is_word(toks, i + 1, "of")
            && self.word(toks, i + 2).is_some_and(group)
    }

    /// True for "the top 10", "the last 16", "women's top 10", "a top 10
    /// player": places in a ranking or a draw, which count nothing (a number
    /// of 100 or less with no unit and nothing counted but one thing, after
    /// "top" or "last" after a determiner or a possessive; "top 10
    /// billion", a verb, "the top 10 firms" and "the last 15 years" stay
    /// figures).
    fn places_in_a_ranking(&self, toks: &[Tok], i: usize, after: usize, fig: &RawFigure) -> bool {
        let small = fig.value.is_some_and(|v| v.fract() == 0.0 && v <= 100.0);
        let counts_many = fig.counted.is_some_and(|c| c.slice(self.text).ends_with('s'));
        if !small || fig.unit.is_some() || counts_many || fig.value_max.is_some() || i < 2 {
            return false;
        }
        let rank = self
            .word(toks, i - 1)
            .is_some_and(|w| w.eq_ignore_ascii_case("top") || w.eq_ignore_ascii_case("last"));
        // "their last 10 League games", "the top 50 Scottish bands" count.
        let capital_after =
            || self.word(toks, after).is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
        rank && !capital_after()
            && self.word(toks, i - 2).is_some_and(|w| {
                w.ends_with("'s") || w.eq_ignore_ascii_case("a") || super::counted::is_determiner(w)
            })
    }

    /// How many words the unit at token `k` takes when `and`, a number
    /// (with its scale words) and the same unit follow it: `54.6 [pct] and
    /// 67.5 pct`.
    fn unit_on_both_sides(&self, toks: &[Tok], k: usize) -> Option<usize> {
        let words = |from: usize| -> Vec<&str> {
            (from..toks.len().min(from + 3)).map_while(|i| self.word(toks, i)).collect()
        };
        let (n, u) = self.lex.unit_word(&words(k))?;
        if !self.is_word(toks, k + n, "and")
            || !matches!(toks.get(k + n + 1), Some(Tok::Num { .. }))
        {
            return None;
        }
        let mut m = k + n + 2;
        while self
            .word(toks, m)
            .is_some_and(|w| matches!(self.lex.number(w), Some((_, NumberKind::Scale))))
        {
            m += 1;
        }
        (self.lex.unit_word(&words(m)).map(|(_, u2)| u2) == Some(u)).then_some(n)
    }

    /// A figure starting at token `i`, and the token after it.
    fn figure_at(
        &self,
        toks: &[Tok],
        i: usize,
        first_of_paragraph: bool,
    ) -> Option<(RawFigure, usize)> {
        let mut unit: Option<String> = None;
        // A unit written onto the digits (`5p`): as after them, `to` then
        // starts a level, not the top of a range (`rose 5p to 120p`).
        let mut suffixed = false;
        let mut j = i;
        if let Tok::Symbol { unit: u, .. } = &toks[j] {
            unit = Some(u.to_string());
            j += 1;
        }
        let (mut value, mut end, from_words, vague) = match toks.get(j)? {
            Tok::Num {
                value,
                ordinal,
                compound,
                percent,
                digits,
                has_sep,
                span,
                fraction,
                unit: suffix,
            } => {
                if *ordinal || *compound {
                    return None;
                }
                // The first number of an adjective made of two: `18 to
                // 24-year-old males`, `16 and 17-year-olds`.
                let joined = ["to", "and", "or"].iter().any(|w| self.is_word(toks, j + 1, w));
                if joined && matches!(toks.get(j + 2), Some(Tok::Num { compound: true, .. })) {
                    return None;
                }
                if let (None, Some(u)) = (&unit, suffix) {
                    unit = Some((*u).to_string());
                    suffixed = true;
                }
                if *fraction && !*percent && !self.quantity_follows(toks, j + 1) {
                    return None;
                }
                // "1,500m" without a currency may be metres (a race, a height).
                let raw = span.slice(self.text);
                if unit.is_none()
                    && raw.ends_with('m')
                    && !raw.ends_with("bn")
                    && !raw.ends_with("mn")
                {
                    if let Some(v) = self.metres(toks, j, raw) {
                        let fig = RawFigure {
                            span: *span,
                            value: Some(v),
                            value_max: None,
                            qualifier: self.qualifier(toks, i),
                            unit: Some("m".into()),
                            counted: None,
                            category: self.lex.unit_category("m").unwrap_or("distance").into(),
                        };
                        return Some((fig, j + 1));
                    }
                }
                if self.excluded_number(
                    toks,
                    j,
                    *value,
                    *digits,
                    *has_sep,
                    unit.is_some(),
                    *percent,
                    first_of_paragraph,
                ) {
                    return None;
                }
                if *percent {
                    unit = Some("percent".into());
                }
                (Some(*value), j + 1, false, false)
            }
            Tok::Word { span, number } => {
                let w = span.slice(self.text);
                if !number && !matches!(w, "a" | "an" | "A" | "An") {
                    return None;
                }
                if let Some((v, e)) = self.share_of(toks, j) {
                    unit = Some(SHARE.into());
                    (Some(v), e, true, false)
                } else {
                    let (v, e, vague) = self.number_words(toks, j)?;
                    (v, e, true, vague)
                }
            }
            _ => return None,
        };
        // "one in five US citizens", "1 in 10 adults": a proportion, as
        // "half" is; the second number counts nothing of its own.
        if unit.is_none() && !vague && self.is_word(toks, end, "in") {
            if let Some((n, e)) = self.denominator(toks, end + 1) {
                if value.is_some_and(|x| x >= 1.0 && x < n) {
                    value = value.map(|x| x / n);
                    unit = Some(SHARE.into());
                    end = e;
                }
            }
        }
        let vague_end = end;
        // Scale words after digits: "1.4 million", "2.5 billion"; and a
        // short scale of two letters or more set apart from them, "£35 bn",
        // "23.5 mn" (not `5 m`, metres as often as millions).
        if !from_words {
            let digits_end = end;
            while let Some(w) = self.word(toks, end) {
                match self.lex.number(w) {
                    Some((s, kind))
                        if kind == NumberKind::Scale
                            || kind == NumberKind::Attached
                                && end == digits_end
                                && w.len() >= 2 =>
                    {
                        value = value.map(|v| v * s);
                        end += 1;
                    }
                    _ => break,
                }
            }
        }
        // Ranges: "3,000-4,000", "3 to 4 million", "between 20 and 30".
        let mut value_max = None;
        let between = i > 0 && self.is_word(toks, i - 1, "between");
        // "between 54.6 pct and 67.5 pct": the unit written on both sides
        // is read once, after the second.
        let unit_between = if between && unit.is_none() {
            self.unit_on_both_sides(toks, end).unwrap_or(0)
        } else {
            0
        };
        let joint = end + unit_between;
        let joiner = match toks.get(joint) {
            Some(Tok::Punct { ch: '-', .. }) => true,
            Some(Tok::Word { .. }) => {
                self.is_word(toks, joint, "to") && (!suffixed || between)
                    || (between && self.is_word(toks, joint, "and"))
            }
            _ => false,
        };
        // A percentage "to" a number of something else is a change and the
        // level it reached, not a range: "rose 2.8% to 14.96bn euros".
        let first_percent = unit.as_deref() == Some("percent");
        // (The currency may be written again: "between $20 and $30",
        // "$24-$26"; "rose $1.64 to $47.10" is a change and a level.)
        let dash = matches!(toks.get(joint), Some(Tok::Punct { ch: '-', .. }));
        let second = match toks.get(joint + 1) {
            Some(Tok::Symbol { unit: u2, .. })
                if unit.as_deref() == Some(*u2) && (between || dash) =>
            {
                joint + 2
            }
            _ => joint + 1,
        };
        // "raised its stake from 49% to 74%": a change from one value to
        // another is two figures, this one with the scale and unit written
        // after the other (`from 8.5 to 17 billion dlrs`), not a range.
        let after_change_word = |word: &str| {
            !between
                && !dash
                && i > 0
                && self.is_word(toks, i - 1, word)
                && self.change_before(toks, i - 1)
        };
        // "rose by 20,000 to 2.5 million": a change, then the level it
        // reached, when the second is over five times the first; "rise by 3
        // to 4 pct" is a range.
        let by_change = joiner
            && !vague
            && after_change_word("by")
            && self.range_top(toks, second, first_percent).is_some_and(|(hi, k, scale, pct)| {
                // (A top in per cent is a range's: `cut rates by two to 15
                // pct`.)
                let pct = pct
                    || self.word(toks, k).and_then(|w| self.lex.unit_word(&[w])).map(|u| u.1)
                        == Some("percent");
                // (The first as a range would read it.)
                !pct && value.is_some_and(|v| hi.abs() > 5.0 * range_bottom(v, hi, scale).abs())
            });
        let change = after_change_word("from") || by_change;
        // Where the words after the figure (unit, what it counts) are read.
        let mut tail = None;
        if joiner && !vague && change {
            if let Some((hi, k, scale, _)) = self.range_top(toks, second, first_percent) {
                // The other value's scale, where the figure has none of its
                // own and it brings it nearer (`from 3.450 to 1.350
                // billion`, not `from 800,000 to 1.3 mln`).
                let own_scale = end > j + 1;
                value = value.map(|v| {
                    let near = |x: f64| {
                        (x.abs().max(f64::MIN_POSITIVE) / hi.abs().max(f64::MIN_POSITIVE))
                            .ln()
                            .abs()
                    };
                    if scale > 1.0 && !own_scale && near(v * scale) < near(v) {
                        v * scale
                    } else {
                        v
                    }
                });
                tail = Some(k);
            }
        } else if joiner && !vague {
            if let Some((hi, k, scale, percent)) = self.range_top(toks, second, first_percent) {
                value = value.map(|v| range_bottom(v, hi, scale));
                if value.is_some_and(|v| v < hi) {
                    value_max = Some(hi);
                    if percent {
                        unit = Some("percent".into());
                    }
                    end = k;
                }
            }
        }
        // Unit words after: "12 percent", "24 miles", "340 cruzados".
        let changed = tail.is_some();
        let mut tail = tail.unwrap_or(end);
        let mut rest = [""; 3];
        let mut words = 0;
        for k in tail..toks.len().min(tail + 3) {
            let Some(w) = self.word(toks, k) else { break };
            rest[words] = w;
            words += 1;
        }
        let mut unit_word = false;
        if unit.is_none() {
            if let Some((n, u)) = self.lex.unit_word(&rest[..words]) {
                // A unit word with a capital, after a number, is a name's:
                // "50 Cent" the rapper, "24 Hour Party People", "60
                // Minutes". (Units are written in lower case, but for
                // currencies, which copy capitalises: "5.45m Euros", and
                // units the data writes with a capital, "2 Mbps"; a
                // headline in capitals has no lower-case letter.)
                let first = rest[0];
                let currency = u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase());
                if !currency
                    && first.starts_with(|c: char| c.is_uppercase())
                    && first.chars().skip(1).any(char::is_lowercase)
                    && !self.lex.capitalised_units.contains(first)
                {
                    return None;
                }
                unit = Some(u.to_string());
                tail += n;
                // A plural unit is a noun, after which a participle says
                // what happened; a singular one is often an adjective
                // ("a 200 mln dlr syndicated loan").
                unit_word = rest[n - 1].ends_with('s');
            }
        }
        // A rate written onto the unit (`30 dlr-a-share offer`, `5.85
        // dlrs-per-hour wage`) is part of the figure as written, not what
        // it counts.
        if unit.is_some() && self.word(toks, tail).is_some_and(is_rate) {
            tail += 1;
        }
        // A score ("2-1") is not a range of anything.
        if value_max.is_some() && unit.is_none() && value.is_some_and(|v| v < 100.0) {
            let counted_follows = self.counted(toks, tail, unit_word).is_some();
            if !counted_follows {
                return None;
            }
        }
        // "The number of broadband subscribers doubled to 13 million": a
        // bare figure counts what the sentence's `the number of` names.
        let counted = self.counted(toks, tail, unit_word).or_else(|| {
            if unit.is_none() && !vague {
                self.number_of(toks, i)
            } else {
                None
            }
        });
        // A span of time with a word that describes it between: `seven
        // selling days`, `two consecutive weeks`, `the next two fiscal
        // years`. The phrase stays what is counted; its time unit is the
        // figure's.
        if unit.is_none() {
            unit = counted.and_then(|(s, e)| self.time_unit_after_a_word(toks, s, e));
        }
        // Number words stand for figures only before what they count or a unit:
        // "five people", not "the two sides". With a scale of a thousand or
        // more they are a quantity whatever they count: "more than one
        // million customers".
        let large = value.is_some_and(|v| v >= 1000.0) && counted.is_some();
        if from_words && !vague && unit.is_none() && !large {
            // (The participle that ended the phrase says it too: "one miner
            // died".)
            let counts_known = counted.is_some_and(|(s, e)| {
                (s..=e)
                    .any(|k| self.word(toks, k).is_some_and(|w| self.lex.category_of(w).is_some()))
            });
            if !counts_known && !self.words_count_plural(toks, i, j, value, counted) {
                return None;
            }
        }
        let qualifier = if vague {
            Some(self.text[toks[j].span().start..toks[vague_end - 1].span().end].to_lowercase())
        } else {
            self.qualifier(toks, i)
        };
        // (A change's other value is a figure of its own, read next.)
        if !changed {
            end = tail;
        }
        let span = Span::new(toks[i].span().start, toks[end - 1].span().end);
        let counted_span =
            counted.map(|(s, e)| Span::new(toks[s].span().start, toks[e - 1].span().end));
        let (category, people) = self.category(toks, i, tail, counted, unit.as_deref());
        if unit.is_none() && people {
            unit = Some("people".into());
        }
        let figure = RawFigure {
            span,
            value: if vague { None } else { value },
            value_max,
            qualifier,
            unit,
            counted: counted_span,
            category,
        };
        Some((figure, end))
    }

    /// The unit of a noun phrase of two words from token `s` to `e` whose
    /// last is a unit of time in the plural (`selling days`, `fiscal
    /// years`; not `the second` in `game five of the second`).
    fn time_unit_after_a_word(&self, toks: &[Tok], s: usize, e: usize) -> Option<String> {
        let first = self.word(toks, s)?;
        let last = self.word(toks, e - 1)?;
        let article = ["the", "a", "an"].iter().any(|a| first.eq_ignore_ascii_case(a))
            || super::counted::is_determiner(first);
        if e != s + 2 || article || !last.ends_with('s') {
            return None;
        }
        let (n, u) = self.lex.unit_word(&[last])?;
        (n == 1 && self.lex.unit_category(u) == Some("duration")).then(|| u.to_string())
    }

    /// True when number words from token `j` (the figure starts at `i`)
    /// count the plural noun phrase after them, as digits would: `a cap of
    /// eight new casinos`, `close the remaining eight stores`, `nine others`.
    /// Not after a determiner or a possessive, which points back at a group
    /// already named (`the two sides`, `its three divisions`); not `one`,
    /// which is as often a pronoun's (`one of the best`); not an idiom's
    /// noun (`two sides to the story`, `idiom_nouns.txt`); and not a number
    /// word written with a capital after another word or joined to one by
    /// a hyphen, which is a name's (`BBC Four`, `World War Two`, `7-Eleven`),
    /// nor one after `number`, a rank (`world number two`).
    fn words_count_plural(
        &self,
        toks: &[Tok],
        i: usize,
        j: usize,
        value: Option<f64>,
        counted: Option<(usize, usize)>,
    ) -> bool {
        let Some((_, end)) = counted else { return false };
        let plural = self
            .word(toks, end - 1)
            .is_some_and(|w| w.ends_with('s') && !self.lex.idiom_nouns.contains(w));
        if !plural || value.is_none_or(|v| v < 2.0) {
            return false;
        }
        let pointed = i > 0
            && self.word(toks, i - 1).is_some_and(|w| {
                super::counted::is_determiner(w) || w.ends_with("'s") || w.ends_with("s'")
            });
        let capital = toks[j].span().slice(self.text).starts_with(|c: char| c.is_uppercase());
        let named = capital
            && j > 0
            && match &toks[j - 1] {
                Tok::Punct { ch: '-', span } => span.end == toks[j].span().start,
                Tok::Punct { .. } => false,
                _ => true,
            };
        // (`world number two`: a rank.)
        let rank = j > 0 && self.is_word(toks, j - 1, "number");
        !pointed && !named && !rank
    }

    /// True when a word of change (`raised`, `increase`) comes before the
    /// `from` at `from` (within ten words, no mark between) nearer than
    /// any word of range (`ranged`): `from X to Y` is then two figures.
    fn change_before(&self, toks: &[Tok], from: usize) -> bool {
        for k in (from.saturating_sub(10)..from).rev() {
            let Some(w) = self.word(toks, k) else { return false };
            if self.lex.range_words.contains(w) {
                return false;
            }
            if self.lex.change_words.contains(w) {
                return true;
            }
        }
        false
    }

    /// The top of a range from token `k` (after `to`, `-` or `and`): digits
    /// with the scale words after them (`3 to 4 million`), or number words
    /// (`four to five billion`, `between two and three million`). Returns
    /// the value, the token after it, the scale that ends it (which the
    /// bottom shares: `four` is four billion), and whether it is a
    /// percentage (which a bottom in per cent needs).
    fn range_top(
        &self,
        toks: &[Tok],
        k: usize,
        percent_needed: bool,
    ) -> Option<(f64, usize, f64, bool)> {
        // The run of scale words from `k` on, and their product.
        let scales = |mut k: usize| {
            let mut scale = 1.0;
            while let Some((s, NumberKind::Scale)) =
                self.word(toks, k).and_then(|w| self.lex.number(w))
            {
                scale *= s;
                k += 1;
            }
            (scale, k)
        };
        match toks.get(k)? {
            Tok::Num { value, ordinal: false, compound: false, percent, .. }
                if *percent || !percent_needed =>
            {
                let (scale, end) = scales(k + 1);
                Some((value * scale, end, scale, *percent))
            }
            Tok::Word { number: true, .. } if !percent_needed => {
                let (Some(hi), end, false) = self.number_words(toks, k)? else {
                    return None;
                };
                // The scale words that end the number (`five billion`,
                // `two hundred thousand`).
                let scale = (k..end)
                    .rev()
                    .map_while(|t| match self.word(toks, t).and_then(|w| self.lex.number(w)) {
                        Some((s, NumberKind::Scale)) => Some(s),
                        _ => None,
                    })
                    .product();
                Some((hi, end, scale, false))
            }
            _ => None,
        }
    }

    /// Digits that are not a figure: a year, a date, a clock time, a phone
    /// number, a model number, list numbering.
    #[allow(clippy::too_many_arguments)]
    fn excluded_number(
        &self,
        toks: &[Tok],
        j: usize,
        value: f64,
        digits: usize,
        has_sep: bool,
        currency: bool,
        percent: bool,
        first_of_paragraph: bool,
    ) -> bool {
        let text = self.text;
        let next = toks.get(j + 1);
        let prev = j.checked_sub(1).and_then(|k| toks.get(k));
        if currency || percent {
            return false;
        }
        let next_word = self.word(toks, j + 1);
        let prev_word = j.checked_sub(1).and_then(|k| self.word(toks, k));
        let raw = toks[j].span().slice(text);
        // Years: four digits, 1800-2100, with nothing that makes them a
        // count; earlier ones after a word that introduces a year (`in 1723`,
        // `from 1689,`; `about 1700 lawsuits`, `the 1500 listed companies`
        // are counts).
        let unit_follows = next_word.is_some_and(|w| {
            self.lex.unit_word(&[w]).is_some()
                || self.lex.category_of(w).is_some()
                || self.lex.number(w).is_some_and(|n| n.1 == NumberKind::Scale)
        });
        if digits == 4
            && !has_sep
            && !raw.contains('.')
            && ((1800.0..=2100.0).contains(&value)
                || ((1000.0..1800.0).contains(&value)
                    && prev_word.is_some_and(|w| self.lex.year_words.contains(w))))
            && !unit_follows
        {
            return true;
        }
        // The end of a span of years (`1983-84`, `the 1986-87 season`,
        // `1990-1995`): a year too.
        if let (
            Some(Tok::Punct { ch: '-' | '/' | '\u{2013}', span: dash }),
            Some(Tok::Num { value: y, digits: 4, has_sep: false, span: year, .. }),
        ) = (prev, j.checked_sub(2).and_then(|k| toks.get(k)))
        {
            let touching = year.end == dash.start && dash.end == toks[j].span().start;
            if touching
                && !has_sep
                && (1800.0..=2100.0).contains(y)
                && (digits == 2 || digits == 4 && value > *y && value <= 2100.0)
            {
                return true;
            }
        }
        // Dates: next to a month or day name ("March 2", "2 March").
        let calendar =
            |w: Option<&str>| w.is_some_and(|w| self.calendar.contains(w.trim_end_matches('.')));
        if calendar(prev_word) || calendar(self.word(toks, j + 1)) {
            return true;
        }
        // Days listed with a date's day ("16 or 17 March", "February 16
        // and 17", "14, 20 and 27 April"): dates too.
        let day = |k: usize| {
            matches!(toks.get(k), Some(Tok::Num { value, digits: 1..=2, has_sep: false, percent: false, .. })
                if value.fract() == 0.0 && (1.0..=31.0).contains(value))
        };
        let joiner = |k: usize| match toks.get(k) {
            Some(Tok::Punct { ch: ',' | '-' | '\u{2013}', .. }) => true,
            Some(t) => t
                .word(text)
                .is_some_and(|w| ["and", "or", "to"].iter().any(|j| w.eq_ignore_ascii_case(j))),
            None => false,
        };
        if day(j) {
            let mut k = j + 1;
            while joiner(k) && day(k + 1) {
                k += 2;
            }
            if k > j + 1 && calendar(self.word(toks, k)) {
                return true;
            }
            let mut k = j;
            while k >= 2 && joiner(k - 1) && day(k - 2) {
                k -= 2;
            }
            if k < j && k >= 1 && calendar(self.word(toks, k - 1)) {
                return true;
            }
        }
        // Clock times: "3 p.m.", "10:30", "0930 GMT", "1000 hrs EDT".
        let time_word = |w: Option<&str>| w.is_some_and(|w| self.lex.time_words.contains(w));
        if time_word(next_word) {
            return true;
        }
        let hours = next_word
            .is_some_and(|w| w.eq_ignore_ascii_case("hrs") || w.eq_ignore_ascii_case("hours"));
        if hours
            && digits == 4
            && !has_sep
            && value % 100.0 < 60.0
            && value < 2400.0
            && time_word(self.word(toks, j + 2))
        {
            return true;
        }
        if matches!(next, Some(Tok::Punct { ch: ':', .. }))
            && matches!(toks.get(j + 2), Some(Tok::Num { .. }))
        {
            return true;
        }
        if matches!(prev, Some(Tok::Punct { ch: ':', .. }))
            && matches!(j.checked_sub(2).and_then(|k| toks.get(k)), Some(Tok::Num { .. }))
        {
            return true;
        }
        // Phone numbers: a leading zero, or groups of digits in a row.
        if raw.len() > 1 && raw.starts_with('0') && !raw.starts_with("0.") {
            return true;
        }
        if matches!(next, Some(Tok::Num { digits: 3..=4, has_sep: false, .. }))
            && digits >= 3
            && !has_sep
        {
            return true;
        }
        // Model numbers: right after a name ("Boeing 737", "Windows 10"),
        // not after a possessive ("the UK's 1.6m Muslims", "Brazil's 700
        // creditor banks"), unless what follows is one thing ("Boeing's 777
        // line", "Standard and Poor's 500 stock index").
        if let Some(w) = prev_word {
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            let possessive = w.ends_with("'s") || w.ends_with("\u{2019}s");
            if capital
                && possessive
                && !unit_follows
                && !has_sep
                && !raw.contains('.')
                && digits >= 3
            {
                // (A noun with a category is counted whatever its number:
                // "the Navy's 340 A-6E aircraft".)
                let e = self.noun_run(toks, j + 1, false);
                let one_thing = self
                    .word(toks, e - 1)
                    .is_some_and(|h| !h.ends_with('s') && self.lex.category_of(h).is_none());
                if e > j + 1 && one_thing {
                    return true;
                }
            }
            if capital
                && !possessive
                && j >= 2
                && !unit_follows
                && !self.lex.qualifiers.iter().any(|q| q.len() == 1 && q[0].eq_ignore_ascii_case(w))
            {
                return true;
            }
        }
        // Scores: small numbers joined by a hyphen, "6-3", "(7-5)", "1-1".
        let small = |t: Option<&Tok>| {
            matches!(t, Some(Tok::Num { digits: 1..=2, has_sep: false, percent: false, .. }))
        };
        let joined = |a: usize, b: usize| toks[a].span().end == toks[b].span().start;
        if digits <= 2 && !unit_follows {
            let hyphen_after = matches!(next, Some(Tok::Punct { ch: '-', .. }))
                && small(toks.get(j + 2))
                && joined(j, j + 1)
                && joined(j + 1, j + 2);
            let hyphen_before = j >= 2
                && matches!(prev, Some(Tok::Punct { ch: '-', .. }))
                && small(toks.get(j - 2))
                && joined(j - 2, j - 1)
                && joined(j - 1, j);
            let counted_after = |k: usize| {
                self.word(toks, k).is_some_and(|w| {
                    self.lex.category_of(w).is_some() || self.lex.unit_word(&[w]).is_some()
                }) || matches!(toks.get(k - 1), Some(Tok::Num { percent: true, .. }))
            };
            if (hyphen_after && !counted_after(j + 3)) || (hyphen_before && !counted_after(j + 1)) {
                return true;
            }
        }
        // Ages: `died aged 44`, `children aged over 60`, `at the age of
        // 44` (and the top of an age range: `aged 5 to 11`).
        let word_is = |k: Option<usize>, w: &str| {
            k.and_then(|k| self.word(toks, k)).is_some_and(|t| t.eq_ignore_ascii_case(w))
        };
        let back = |n: usize| j.checked_sub(n);
        let aged = |at: Option<usize>| {
            // (A hedge from `qualifiers.txt` between: `aged over 60`,
            // `aged about 40`; or a range's opening word.)
            let hedge = at.and_then(|k| self.word(toks, k)).is_some_and(|w| {
                self.lex.ends_qualifier(&w.to_ascii_lowercase())
                    || ["between", "from"].iter().any(|h| w.eq_ignore_ascii_case(h))
            });
            word_is(at, "aged")
                || hedge && word_is(at.and_then(|k| k.checked_sub(1)), "aged")
                || word_is(at, "of") && word_is(at.and_then(|k| k.checked_sub(1)), "age")
        };
        let range_top = matches!(prev, Some(Tok::Punct { ch: '-', .. })) || word_is(back(1), "to");
        if aged(back(1)) || range_top && aged(back(3)) {
            return true;
        }
        // Codes: whole numbers joined by a hyphen, the second smaller, so
        // no range (`747-400`, `727-100's`, a vote of `350-73`).
        let whole = |t: Option<&Tok>| match t {
            Some(Tok::Num { value, has_sep: false, percent: false, span, .. }) => {
                (!span.slice(text).contains('.')).then_some(*value)
            }
            _ => None,
        };
        let hyphen = |k: usize| matches!(toks.get(k), Some(Tok::Punct { ch: '-', .. }));
        if whole(toks.get(j)).is_some() && digits >= 2 {
            let smaller_after = hyphen(j + 1)
                && joined(j, j + 1)
                && toks.get(j + 2).is_some()
                && joined(j + 1, j + 2)
                && whole(toks.get(j + 2)).is_some_and(|v| v < value);
            let larger_before = j >= 2
                && hyphen(j - 1)
                && joined(j - 2, j - 1)
                && joined(j - 1, j)
                && whole(toks.get(j - 2)).is_some_and(|v| v > value);
            if smaller_after || larger_before {
                return true;
            }
        }
        // Ages and shirt numbers after a name: "Kenteris, 31, and", "Bowyer
        // (77)", "and Letisha Shakespeare, 17." (ending the sentence).
        if digits <= 3 && j >= 2 {
            let name_before = self
                .word(toks, j - 2)
                .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
            let between = |open: char, close: char| {
                matches!(prev, Some(Tok::Punct { ch, .. }) if *ch == open)
                    && matches!(next, Some(Tok::Punct { ch, .. }) if *ch == close)
            };
            let ends = j + 2 == toks.len() && between(',', '.');
            if name_before && (between(',', ',') || between('(', ')') || ends) {
                return true;
            }
        }
        // HTML character references left in the text: "&#191;".
        if matches!(prev, Some(Tok::Punct { ch: '#', .. }))
            && j >= 2
            && matches!(toks.get(j - 2), Some(Tok::Punct { ch: '&', .. }))
        {
            return true;
        }
        // Rankings and addresses: "world number 14", "No. 10".
        if prev_word.is_some_and(|w| matches!(w, "number" | "No." | "no." | "Number")) {
            return true;
        }
        // List numbering: "1." or "2)" opening a paragraph, or a rank
        // before a name ("7 Tim Henman (Britain)"): prose writes no digits
        // before a capitalised word that is no unit.
        if first_of_paragraph && j == 0 {
            let name_next = next_word.is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
            if matches!(next, Some(Tok::Punct { ch: '.' | ')', .. }))
                || (name_next && digits <= 3 && !has_sep && !unit_follows)
            {
                return true;
            }
        }
        false
    }

    /// Number words starting at `j`: "five", "twenty-one", "two hundred",
    /// "two dozen", "a quarter-million", "half a million", "hundreds of".
    /// Returns the value (`None` when vague), the token after, and whether vague.
    /// The number at token `k` after `one in`, and the token after it:
    /// digits that are no year (`1 in 10`, `one in 1,000`) or number words
    /// (`one in five`), with a scale (`one in 10 million`).
    fn denominator(&self, toks: &[Tok], k: usize) -> Option<(f64, usize)> {
        let (mut n, mut e) = match toks.get(k)? {
            Tok::Num { value, digits, has_sep, percent: false, ordinal: false, .. } => {
                let year = *digits == 4 && !has_sep && (1800.0..=2100.0).contains(value);
                (!year).then_some((*value, k + 1))?
            }
            Tok::Word { number: true, .. } => match self.number_words(toks, k)? {
                (Some(v), e, false) => (v, e),
                _ => return None,
            },
            _ => return None,
        };
        while let Some((s, NumberKind::Scale)) = self.word(toks, e).and_then(|w| self.lex.number(w))
        {
            n *= s;
            e += 1;
        }
        // (Not a measure: "rose 5 in 10 years".)
        let unit_next = self.word(toks, e).is_some_and(|w| self.lex.unit_word(&[w]).is_some());
        (!unit_next).then_some((n, e))
    }

    /// The scale words from token `k` on after `several` or `a few`
    /// (`several thousand`, `a few hundred million`, `several dozen`): a
    /// vague amount, with no value, ending after them.
    fn scale_made_vague(&self, toks: &[Tok], k: usize) -> Option<(Option<f64>, usize, bool)> {
        let mut e = k;
        while let Some((_, NumberKind::Scale | NumberKind::Multiplier)) =
            self.word(toks, e).and_then(|w| self.lex.number(w))
        {
            e += 1;
        }
        (e > k).then_some((None, e, true))
    }

    fn number_words(&self, toks: &[Tok], j: usize) -> Option<(Option<f64>, usize, bool)> {
        let first = self.lower(toks, j)?;
        // "several thousand", "a few hundred million": vague amounts too.
        if let Some((_, NumberKind::Approximate)) = self.lex.number(&first) {
            return self.scale_made_vague(toks, j + 1);
        }
        // Vague amounts: "hundreds of", "tens of thousands of".
        if let Some((_, NumberKind::Vague)) = self.lex.number(&first) {
            let mut k = j + 1;
            while self.is_word(toks, k, "of") {
                match self.word(toks, k + 1).and_then(|w| self.lex.number(w)) {
                    Some((_, NumberKind::Vague)) => k += 2,
                    _ => break,
                }
            }
            return (self.is_word(toks, k, "of")).then_some((None, k + 1, true));
        }
        let mut k = j;
        let mut fraction = 1.0;
        // "a quarter-million", "a million", "a dozen", "half a million".
        if first == "a" || first == "an" || first == "half" {
            let next = self.lower(toks, j + 1)?;
            if first == "a" && matches!(self.lex.number(&next), Some((_, NumberKind::Approximate)))
            {
                return self.scale_made_vague(toks, j + 2);
            }
            if first == "half" {
                if next != "a" {
                    return None;
                }
                fraction = 0.5;
                k = j + 2;
            } else {
                let head = next.split('-').next().unwrap_or(&next).to_string();
                match self.lex.number(&head) {
                    Some((f, NumberKind::Fraction)) => {
                        fraction = f;
                        if next.contains('-') {
                            let scale = next.rsplit('-').next().and_then(|s| self.lex.number(s));
                            return match scale {
                                Some((s, NumberKind::Scale)) => Some((Some(f * s), j + 2, false)),
                                _ => None,
                            };
                        }
                        k = j + 2;
                        // "a quarter of a billion".
                        if self.is_word(toks, k, "of")
                            && (self.is_word(toks, k + 1, "a") || self.is_word(toks, k + 1, "an"))
                        {
                            k += 2;
                        }
                    }
                    Some((_, NumberKind::Scale | NumberKind::Multiplier)) => {
                        k = j + 1;
                    }
                    _ => return None,
                }
            }
            // What follows must be a scale: "a quarter million", "half a million", "a dozen".
            let w = self.lower(toks, k)?;
            return match self.lex.number(&w) {
                Some((s, NumberKind::Scale | NumberKind::Multiplier)) => {
                    Some((Some(fraction * s), k + 1, false))
                }
                _ => None,
            };
        }
        let mut total = 0.0;
        let mut current = 0.0;
        let mut any = false;
        // A capitalised number word after a lower-case one starts a name:
        // `four Six Nations captains`.
        let capital =
            |k: usize| self.word(toks, k).is_some_and(|w| w.starts_with(char::is_uppercase));
        let lower_start = !capital(j);
        // A word that is no number word up to its first hyphen ends the run
        // at once (the tokeniser has looked it up).
        while let Some(w) = toks
            .get(k)
            .filter(|t| matches!(t, Tok::Word { number: true, .. }))
            .filter(|_| k == j || !(lower_start && capital(k)))
            .and_then(|_| self.lower(toks, k))
        {
            let mut consumed = false;
            for p in w.split('-') {
                match self.lex.number(p) {
                    Some((v, NumberKind::Number)) => {
                        current += v;
                        consumed = true;
                    }
                    Some((v, NumberKind::Scale)) if any || consumed => {
                        if v >= 1000.0 {
                            total += current.max(1.0) * v;
                            current = 0.0;
                        } else {
                            current = current.max(1.0) * v;
                        }
                        consumed = true;
                    }
                    Some((v, NumberKind::Multiplier)) if any || consumed => {
                        current = current.max(1.0) * v;
                        consumed = true;
                    }
                    _ => {
                        consumed = false;
                        break;
                    }
                }
            }
            if !consumed {
                break;
            }
            any = true;
            k += 1;
            if self.is_word(toks, k, "and")
                && self
                    .lower(toks, k + 1)
                    .is_some_and(|n| self.lex.number(&n).is_some_and(|x| x.1 == NumberKind::Number))
                && total + current >= 100.0
            {
                k += 1;
            } else if let Some(f) = self.and_a_fraction(toks, k) {
                // "two and a half years", "two and a half million": the
                // fraction joins the number before any scale after it.
                current += f;
                k += 3;
            }
        }
        any.then_some((Some(total + current), k, false))
    }

    /// The fraction of `and a half`, `and one quarter` at token `k`: a
    /// fraction word in the singular after `a`, `an` or `one`.
    fn and_a_fraction(&self, toks: &[Tok], k: usize) -> Option<f64> {
        if !self.is_word(toks, k, "and") {
            return None;
        }
        let article = self.lower(toks, k + 1)?;
        if !matches!(&*article, "a" | "an" | "one") {
            return None;
        }
        let word = self.lower(toks, k + 2)?;
        match self.lex.number(&word) {
            Some((f, NumberKind::Fraction)) if f < 1.0 && !word.ends_with('s') => Some(f),
            _ => None,
        }
    }

    /// A share of a whole written in words, from token `j`, and the token
    /// after it: `two-thirds of`, `two thirds of`, `a third of`, `one
    /// quarter of`, `half of`, `half the`. Its value is the fraction (2/3),
    /// its unit [`SHARE`]. Without `of` the words are something else (`a
    /// two-thirds majority`, `a third alternative`, `two quarters`), and
    /// `the first half of` is a time.
    fn share_of(&self, toks: &[Tok], j: usize) -> Option<(f64, usize)> {
        // The denominator of a fraction word (`thirds` → 3).
        let denominator = |w: &str| match self.lex.number(w) {
            Some((f, NumberKind::Fraction)) if f > 0.0 && f < 1.0 => Some((1.0 / f).round()),
            _ => None,
        };
        let numerator = |w: &str| match self.lex.number(w) {
            Some((n, NumberKind::Number)) if (1.0..=10.0).contains(&n) => Some(n),
            _ => None,
        };
        let first = self.lower(toks, j)?;
        let of_at = |k: usize| self.is_word(toks, k, "of");
        if first == "half" {
            let a_time = j
                .checked_sub(1)
                .and_then(|k| self.word(toks, k))
                .is_some_and(|b| self.lex.half_positions.contains(b));
            let whole_follows =
                of_at(j + 1) || self.word(toks, j + 1).is_some_and(super::counted::is_determiner);
            return (!a_time && whole_follows).then_some((0.5, j + 1));
        }
        // `two-thirds of`: one word.
        if let Some((n, d)) = first.split_once('-') {
            let (n, d) = (numerator(n)?, denominator(d)?);
            return (of_at(j + 1) && n < d).then_some((n / d, j + 1));
        }
        // `a third of`, `two thirds of`.
        let n = if first == "a" || first == "an" { 1.0 } else { numerator(&first)? };
        let d = denominator(&self.lower(toks, j + 1)?)?;
        // (`a quarter of a billion` is an amount, read elsewhere.)
        let amount = (self.is_word(toks, j + 3, "a") || self.is_word(toks, j + 3, "an"))
            && matches!(
                self.word(toks, j + 4).and_then(|w| self.lex.number(w)),
                Some((_, NumberKind::Scale))
            );
        (of_at(j + 2) && n < d && !amount).then_some((n / d, j + 2))
    }

    /// The hedge right before token `i` ("more than", "some", "an estimated").
    fn qualifier(&self, toks: &[Tok], i: usize) -> Option<String> {
        // Every phrase ends with the word right before: most figures have
        // no word there that ends any.
        let before = self.word(toks, i.checked_sub(1)?)?;
        if !self.lex.ends_qualifier(before) {
            return None;
        }
        for q in &self.lex.qualifiers {
            if q.len() > i || !q.last().is_some_and(|l| before.eq_ignore_ascii_case(l)) {
                continue;
            }
            let matches = q.iter().enumerate().all(|(n, w)| self.is_word(toks, i - q.len() + n, w));
            if matches {
                return Some(q.join(" "));
            }
        }
        None
    }

    /// The category: from the unit, then the counted words, then words near
    /// the figure (verbs such as "killed", "fled"), then a generic count.
    fn category(
        &self,
        toks: &[Tok],
        start: usize,
        end: usize,
        counted: Option<(usize, usize)>,
        unit: Option<&str>,
    ) -> (String, bool) {
        // A share of a whole is a proportion, as a percentage is.
        let unit = if unit == Some(SHARE) { Some("percent") } else { unit };
        if let Some(c) = unit.and_then(|u| self.lex.unit_category(u)) {
            return (c.to_string(), false);
        }
        // The best category so far, as its priority (lower wins).
        let mut best: Option<usize> = None;
        let mut people = false;
        let consider =
            |w: &str, best: &mut Option<usize>, people: &mut bool, counted_word: bool| {
                if let Some((c, p)) = self.lex.category_id(w) {
                    if counted_word && p {
                        *people = true;
                    }
                    if best.is_none_or(|b| c < b) {
                        *best = Some(c);
                    }
                }
            };
        // What it counts and what follows ("80 were rescued", "498 of its
        // troops were killed") compete by the categories' priority; words
        // before it ("attacks killed 21 people") only when those say no more
        // than "people".
        if let Some((s, e)) = counted {
            for k in s..e {
                if let Some(w) = self.word(toks, k) {
                    // A two-word row overrides its last word (`public
                    // bodies` are no dead).
                    let prev =
                        k.checked_sub(1).filter(|&p| p >= s).and_then(|p| self.word(toks, p));
                    // (A people, `Americans`, counts as `people` does.)
                    let w = if self.lex.peoples.contains(w) { "people" } else { w };
                    match prev.and_then(|p| self.lex.category_of_pair(p, w)) {
                        Some(pair) => consider(&pair, &mut best, &mut people, true),
                        None => consider(w, &mut best, &mut people, true),
                    }
                }
            }
            // "40 homes and injured 3 firefighters": a noun of its own that
            // names no category keeps the figure's category to itself.
            let generic = self.word(toks, e - 1).is_some_and(|w| {
                ["others", "more", "them"].iter().any(|g| w.eq_ignore_ascii_case(g))
            });
            if best.is_none() && !generic {
                return (OTHER.into(), false);
            }
        }
        // (Past what is counted: its words were read above.)
        let after = counted.map_or(end, |(_, e)| e.max(end));
        for k in after..(end + 14).min(toks.len()) {
            if matches!(toks[k], Tok::Num { .. }) {
                break; // the next figure's words are its own
            }
            if let Some(w) = self.word(toks, k) {
                consider(w, &mut best, &mut people, false);
            }
        }
        let population = self.lex.priority("population");
        // (Soldiers are people too: what happened to them, said before
        // them, says more, "killed the nine French soldiers", "captured 300
        // soldiers"; anything else they stay soldiers.)
        let military = self.lex.priority("military");
        let who = best.is_some_and(|p| p == military);
        if best.is_none_or(|p| p >= population) || who {
            let ceiling = if who { military } else { population };
            for k in start.saturating_sub(4)..start {
                if let Some(w) = self.word(toks, k) {
                    let before = best;
                    consider(w, &mut best, &mut people, false);
                    // Nearby words only bring specific categories, not "people".
                    if best.is_some_and(|p| p >= ceiling) {
                        best = before;
                    }
                }
            }
        }
        if unit.is_some() && best.is_none() {
            return (OTHER.into(), false);
        }
        (best.map_or(OTHER, |c| self.lex.category_order[c].as_str()).to_string(), people)
    }
}
