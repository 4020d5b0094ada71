//! The **figures** stage: every number that counts something, what it
//! counts, and who gave it.
//!
//! `tokens` splits a sentence into numbers, symbols, words and marks
//! (taking the segmenter's plain words whole, and numbers with slashes as
//! fractions or not at all); [`parse`] reads values (digits, scale words,
//! number words, fractions, ranges), units and currencies and qualifiers,
//! and leaves out what is not a figure (years, dates, clock times,
//! ordinals, model and phone numbers, list numbering, numbers made into
//! adjectives such as `nine-story`); `counted` reads the noun phrase a
//! figure counts. The source is the speaker of the quote a figure sits in,
//! else the speech verb or `according to` of its sentence, else the
//! sentence's reporting subject (`… ministry …, saying 498 …`).

mod counted;
mod lexicon;
mod parse;
mod tokens;

pub use lexicon::{FigureWords, NumberKind, WordListFiles};
pub use parse::RawFigure;

use crate::entities::Mention;
use crate::pipeline::Analysis;
use crate::quotes::{
    resolve_it_by_cues, resolve_person_by_cues, resolve_pronoun_by_quotes, Context, Cue, Quote,
    Speaker,
};
use crate::span::Span;

/// A figure with its source.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// What was read.
    pub raw: RawFigure,
    /// Who gave it, if found.
    pub source: Option<Speaker>,
    /// Index of the quote it sits in.
    pub quote: Option<usize>,
    /// Index of its sentence.
    pub sentence: usize,
}

/// `according to` after its first letter (either case), found once per
/// figure outside quotes: the searcher is built once.
static ACCORDING: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"ccording to "));

/// Participles that report with the sentence's subject: "…, saying 498 …".
const REPORTING_PARTICIPLES: [&str; 4] = ["saying", "adding", "reporting", "estimating"];

/// Finds the figures of an analysed document, with their sources.
///
/// ```
/// use gazette::{entities::find_mentions, figures::find_figures, quotes::find_quotes, Lexicons, Pipeline};
/// let p = Pipeline::new(Lexicons::builtin(), Default::default());
/// let a = p.analyse("The violence forced an exodus of some 368,000 people, the U.N. refugee agency said.");
/// let lex = p.lexicons();
/// let m = find_mentions(&a, lex, None);
/// let q = find_quotes(&a, &m, &lex.quote_words);
/// let f = find_figures(&a, &m, &q, lex);
/// assert_eq!(f[0].raw.value, Some(368000.0));
/// assert_eq!(f[0].raw.qualifier.as_deref(), Some("some"));
/// assert_eq!(f[0].raw.category, "displaced");
/// assert_eq!(m[f[0].source.as_ref().unwrap().mention.unwrap()].name, "UNHCR");
/// ```
#[inline(never)]
pub fn find_figures(
    a: &Analysis,
    mentions: &[Mention],
    quotes: &[Quote],
    lex: &crate::Lexicons,
) -> Vec<Figure> {
    let text = a.norm.text.as_str();
    let reader =
        parse::Reader { text, lex: &lex.figure_words, calendar: &lex.figure_words.calendar };
    let mut cx = Context::new(text, mentions, &lex.quote_words);
    cx.doc_words = &a.words;
    cx.quoted = quotes.iter().map(|q| q.text).collect();
    let mut out = Vec::new();
    let (mut toks, mut figures) = (Vec::new(), Vec::new());
    for (si, s) in a.sentences.iter().enumerate() {
        let words = a.sentence_words(si);
        if !lex.figure_words.may_hold_figure(text, s.span, words) {
            continue;
        }
        let para_start = a.paragraphs.get(s.paragraph).is_some_and(|p| p.start == s.span.start);
        figures.clear();
        reader.figures(s.span, words, para_start, &mut toks, &mut figures);
        // Whether the sentence has a speech verb, read once, and only for a
        // figure outside quotes.
        let mut cue_here = None;
        // The author of a document the sentence opens with, read once.
        let mut author = None;
        for mut raw in figures.drain(..) {
            if raw.counted.is_none() {
                raw.counted = counted::table_label(text, raw.span, &lex.figure_words);
            }
            let quote = quotes
                .iter()
                .position(|q| q.text.start <= raw.span.start && raw.span.end <= q.text.end);
            let source = match quote {
                Some(qi) => quotes[qi].speaker.clone(),
                None if *cue_here.get_or_insert_with(|| cx.has_cue(words)) => {
                    source_in_sentence(&cx, &lex.figure_words, s.span, raw.span).map(|mut sp| {
                        resolve_pronoun_by_quotes(&cx, &mut sp, quotes, s.paragraph);
                        resolve_it_by_cues(&cx, a, &mut sp);
                        resolve_person_by_cues(&cx, a, quotes, &mut sp);
                        sp
                    })
                }
                None => None,
            };
            let source = source.or_else(|| {
                let author = author.get_or_insert_with(|| cx.document_author(words));
                quote.is_none().then(|| author.clone()).flatten()
            });
            out.push(Figure { raw, source, quote, sentence: si });
        }
    }
    out
}

/// The source of a figure outside quotes: the speech verb after it (`…,
/// officials said`, `according to X`), or before it (`X said …`), or the
/// subject of a reporting participle (`The ministry …, saying …`).
#[inline(never)]
fn source_in_sentence(
    cx: &Context,
    words: &FigureWords,
    sentence: Span,
    figure: Span,
) -> Option<Speaker> {
    let after = Span::new(figure.end, sentence.end);
    let before = Span::new(sentence.start, figure.start);
    // "According to X, 29% of the people it questioned said …": X gave the
    // figure, not the people who said something after it.
    let according = |span: Span| {
        let b = span.slice(cx.text).as_bytes();
        ACCORDING
            .find_iter(b)
            .find(|&p| p > 0 && b[p - 1].eq_ignore_ascii_case(&b'a'))
            .map(|p| span.start + p - 1)
    };
    if let Some(p) = according(before) {
        if let Some(c) = cx.cue_after(Span::new(p, before.end)) {
            return Some(c.speaker);
        }
    }
    // "… 10 times stronger than aluminum …, according to the company":
    // `according to` speaks for its whole sentence, however far after
    // (read from where it stands, so that no window cuts its name).
    if let Some(c) = according(after).and_then(|p| cx.cue_after(Span::new(p, after.end))) {
        return Some(c.speaker);
    }
    // "Staff fell 2.7% to 717,000, and Daiwa added …", "… a 1.9 pct gain,
    // but economists said …": a speaker right after `, and` or `, but`
    // opens a clause of its own and speaks for what follows, not for the
    // figures before.
    let own_clause = |c: &Cue| {
        let from = c.speaker.span.start.min(c.verb.start);
        let gap = cx.text.get(figure.end..from).unwrap_or("").trim_end();
        let Some(rest) = gap.strip_suffix("and").or_else(|| gap.strip_suffix("but")) else {
            return true;
        };
        !rest.trim_end().ends_with(',')
    };
    let cue_after = |span: Span| cx.cue_after(span).filter(own_clause);
    if let Some(c) = cue_after(after).or_else(|| cx.cue_before(before)) {
        return Some(c.speaker);
    }
    // "Pork production rose 83 pct to 1.1 mln tonnes due to … and is
    // expected to remain at that level this year, USDA said.": a closing
    // clause of a few words after the last comma speaks for its whole
    // sentence, however far after (as `according to` does).
    //
    // A sentence that ends in its speech verb speaks whole through a
    // longer closing clause too ("…, Norwegian partners on the
    // British-operated field said.", "…, lead manager Union Bank of
    // Switzerland (Securities) Ltd said."), back over one comma after a
    // name ("…, Bernard Reed, manager of the London options exchange
    // said.").
    let tail = after.slice(cx.text);
    let ends_in_cue = tail
        .trim_end_matches(|c: char| !c.is_alphabetic())
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()) && cx.words.cues.contains(w));
    let mut end = tail.len();
    for _ in 0..if ends_in_cue { 2 } else { 1 } {
        let Some(comma) = memchr::memrchr(b',', &tail.as_bytes()[..end]) else { break };
        let clause = Span::new(after.start + comma + 1, after.end);
        let words = clause.slice(cx.text).split_ascii_whitespace().count();
        if words > if ends_in_cue { 16 } else { 8 } {
            break;
        }
        if let Some(c) = cue_after(clause) {
            return Some(c.speaker);
        }
        end = comma;
    }
    let lead = before.slice(cx.text).to_lowercase();
    // (Not `adding` before an amount, its object, the figure itself or
    // one before it: "Brent crude rose in London trading, adding $1.89".)
    let reports = |p: &str| {
        lead.match_indices(p).any(|(k, _)| {
            let next = lead[k + p.len()..].trim_start();
            let amount = next.is_empty()
                || next.starts_with(|c: char| c.is_ascii_digit())
                || words.symbol_at(next).is_some();
            p != "adding" || !amount
        })
    };
    if REPORTING_PARTICIPLES.iter().any(|p| reports(p)) {
        return cx.subject_phrase(sentence);
    }
    None
}
