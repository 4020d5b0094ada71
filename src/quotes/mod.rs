//! The **quotes** stage: every quote, and who said it.
//!
//! Marks are paired paragraph by paragraph ([`marked_in`]); each quote is
//! then attributed by the speech verb next to it ([`attribution`]): after it
//! (`"…," X said`, `"…," said X`, `…" , according to X`), before it (`X said:
//! "…"`, `X told reporters that "…"`), or, with no verb, by continuation
//! (the second half of a split quote, a paragraph that is only a quote) or
//! the sentence's subject. Titles and scare quotes are left out; a quote with
//! no speaker is kept only if it is long enough to be someone's words, with
//! `attribution=none`.

mod according;
mod attribution;
mod gender;
mod scan;

pub use attribution::{Attribution, Context, Cue, CueKind, QuoteWords, Speaker};
pub use scan::{marked_in, Marked};

use crate::entities::{capitalised, Mention, Word};
use crate::pipeline::Analysis;
use crate::span::Span;

/// What kind of quote (the `kind` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    /// A quoted sentence or more.
    Full,
    /// A phrase quoted inside the writer's own sentence.
    Partial,
    /// A paragraph of quote that continues the previous speaker.
    Continuation,
    /// Reported speech without marks.
    Indirect,
}

impl QuoteKind {
    /// The column's word.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Full => "full",
            QuoteKind::Partial => "partial",
            QuoteKind::Continuation => "continuation",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// A quote and its attribution, in normalised-text spans.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// The quoted words (inside the marks).
    pub text: Span,
    /// Full, partial, continuation or indirect.
    pub kind: QuoteKind,
    /// The speaker, if found.
    pub speaker: Option<Speaker>,
    /// The speech verb.
    pub cue: Option<Span>,
    /// How it was said.
    pub channel: Option<Span>,
    /// Index of the paragraph.
    pub paragraph: usize,
    /// No closing mark: the quote runs on into the next paragraph.
    pub open_ended: bool,
}

impl Quote {
    /// How the speaker was found.
    pub fn attribution(&self) -> Attribution {
        self.speaker.as_ref().map_or(Attribution::None, |s| s.attribution)
    }
}

/// Quotes of fewer words than this with no speaker are not kept: without a
/// speaker, "surrounded" is emphasis, not a quote.
const MIN_UNATTRIBUTED_WORDS: usize = 4;

/// Finds and attributes every quote of an analysed document.
///
/// ```
/// use gazette::{entities::find_mentions, quotes::find_quotes, Lexicons, Pipeline};
/// let p = Pipeline::new(Lexicons::builtin(), Default::default());
/// let a = p.analyse("\"The city has not fallen,\" Kherson Mayor Igor Kolykhayev said in a Facebook post.");
/// let m = find_mentions(&a, p.lexicons(), None);
/// let q = find_quotes(&a, &m, &p.lexicons().quote_words);
/// assert_eq!(q[0].text.slice(&a.norm.text), "The city has not fallen,");
/// let s = q[0].speaker.as_ref().unwrap();
/// assert_eq!(m[s.mention.unwrap()].name, "Igor Kolykhayev");
/// assert_eq!(q[0].channel.unwrap().slice(&a.norm.text), "in a Facebook post");
/// ```
pub fn find_quotes(a: &Analysis, mentions: &[Mention], lex: &QuoteWords) -> Vec<Quote> {
    let text = a.norm.text.as_str();
    let mut cx = Context::new(text, mentions, lex);
    cx.doc_words = &a.words;
    // Each paragraph's quote marks, read once: all of them first, so that
    // a pronoun is never resolved to a name inside a quote.
    let marked_paragraphs: Vec<Vec<Marked>> =
        a.paragraphs.iter().map(|para| marked_in(text, *para)).collect();
    // (Sized once: these grew mark by mark.)
    let marks: usize = marked_paragraphs.iter().map(Vec::len).sum();
    cx.quoted = Vec::with_capacity(marks);
    cx.quoted.extend(marked_paragraphs.iter().flatten().map(|m| m.text));
    let mut out: Vec<Quote> = Vec::with_capacity(marks);
    let sentence_of = |at: usize| {
        let i = a
            .sentences
            .partition_point(|s| s.span.end <= at)
            .min(a.sentences.len().saturating_sub(1));
        a.sentences.get(i).map_or(Span::new(at, at), |s| s.span)
    };
    // The last person quoted by name, and the last speaker named only by a
    // role, for "he said" / "she said".
    let mut last_person: Option<(usize, Speaker)> = None;
    let mut last_role: Option<(usize, Speaker)> = None;
    for (pi, (para, marked)) in a.paragraphs.iter().zip(&marked_paragraphs).enumerate() {
        let first_here = out.len();
        let mut cut_here: Vec<bool> = Vec::with_capacity(marked.len());
        let mut prev_end = para.start;
        for (k, m) in marked.iter().enumerate() {
            if scare_quote(text, m, lex) {
                prev_end = m.close;
                continue;
            }
            let open_sentence = sentence_of(m.open);
            let close_sentence = sentence_of(m.close.saturating_sub(1));
            let next_open = marked.get(k + 1).map_or(para.end, |n| n.open);
            let after =
                Span::new(m.close.min(next_open), close_sentence.end.max(m.close).min(next_open));
            let before = Span::new(open_sentence.start.max(prev_end), m.open);
            let starts_sentence = text[before.start..before.end].trim().is_empty();
            let kind = if partial(text, m, starts_sentence) {
                QuoteKind::Partial
            } else {
                QuoteKind::Full
            };
            // `Hayes said: "…"` after a quote introduces the next quote.
            let introduces_next = |c: &Cue| text[c.verb.end..after.end].trim() == ":";
            let cue_after = cx.cue_after(after).filter(|c| !introduces_next(c));
            let mut cue = if starts_sentence {
                cue_after.or_else(|| cx.cue_before(before))
            } else {
                cx.cue_before(before).or(cue_after)
            };
            let mut kind = kind;
            // (A phrase quoted after a speech verb whose subject was not
            // found is that someone's words, not the last speaker's:
            // `Solicitor X, who represents …, claimed it drove them to
            // "madness"`. After an earlier quote in the same sentence the
            // verb shares its subject: `X said it was "a" but added "b"`.)
            // (A phrase quoted in a sentence of its own names the sentence's
            // subject first: `Mr Howard described it as "very important"`.)
            let own_sentence = kind == QuoteKind::Partial && before.start == open_sentence.start;
            if cue.is_none() && own_sentence && !starts_sentence {
                cue = cx.sentence_subject(open_sentence, m.open).map(|speaker| Cue {
                    verb: speaker.span,
                    speaker,
                    channel: None,
                });
            }
            if cue.is_none() {
                // (Nor a phrase quoted in a sentence of its own that names
                // someone else before it, `And Jamie Foxx … paid tribute to
                // the "beautiful legacy"`, unless a speech verb later in the
                // sentence says whose words it holds: `If Labour voters
                // "stayed at home" … "…", he added`.)
                let speaks_later = || cx.has_cue_in(Span::new(m.close, close_sentence.end));
                let prev = continued(&out, pi, para, m, text).filter(|(prev, _)| {
                    let speaker = prev.speaker.as_ref().expect("continued quotes have a speaker");
                    !(own_sentence
                        && (cx.has_cue_in(before)
                            || kind == QuoteKind::Partial
                                && cx.names_another(before, speaker)
                                && !speaks_later()))
                });
                cue = prev.map(|(prev, same_para)| {
                    if !same_para {
                        kind = QuoteKind::Continuation;
                    }
                    let mut speaker =
                        prev.speaker.clone().expect("continued quotes have a speaker");
                    if !same_para {
                        speaker.attribution = Attribution::Continuation;
                    }
                    Cue { verb: prev.cue.unwrap_or(speaker.span), speaker, channel: prev.channel }
                });
            }
            // `…, Mr Straw said. "Our role …"`: a quote that opens its
            // sentence right after a sentence of reported speech is that
            // speaker's (a continuation of what they said).
            // (Not one whose own sentence has a verb: its speaker is there,
            // found or not.)
            if cue.is_none() && starts_sentence && kind == QuoteKind::Full && !cx.has_verb_in(after)
            {
                cue = reported_before(&cx, a, para, open_sentence, m.open).map(|mut c| {
                    c.speaker.attribution = match c.speaker.attribution {
                        Attribution::Explicit => Attribution::Continuation,
                        other => other,
                    };
                    c
                });
            }
            // `"…?" Dechy said.`: the sentence ended with the quote, and the
            // speech verb opens the next one (within its first words).
            if cue.is_none() && text[after.start..after.end].trim().is_empty() {
                cue = next_sentence_cue(&cx, text, sentence_of(after.end), after.end, next_open);
            }
            if cue.is_none() && !starts_sentence {
                cue = cx.sentence_subject(open_sentence, m.open).map(|speaker| Cue {
                    verb: speaker.span,
                    speaker,
                    channel: None,
                });
            }
            prev_end = m.close;
            // Counted only as far as the threshold: quotes can be long.
            let n_words =
                m.text.slice(text).split_ascii_whitespace().take(MIN_UNATTRIBUTED_WORDS).count();
            let runs_on = !m.closed && m.close == para.end;
            if cue.is_none() && n_words < MIN_UNATTRIBUTED_WORDS && !runs_on {
                continue;
            }
            let (mut speaker, verb, channel) = match cue {
                Some(c) => (Some(c.speaker), Some(c.verb), c.channel),
                None => (None, None, None),
            };
            if let Some(sp) = speaker.as_mut() {
                resolve_pronoun(&cx, sp, [last_person.as_ref(), last_role.as_ref()], pi);
                resolve_it_by_cues(&cx, a, sp);
                // (A person taken from a sentence's start is no one quoted
                // before: not the last person a later `he` may stand for,
                // past a nearer report.)
                let from_opening = resolve_person_by_cues(&cx, a, &out, sp);
                let person = !from_opening && sp.name.is_some()
                    || sp.mention.is_some_and(|i| {
                        mentions[i].kind == crate::gazetteer::EntityKind::Official
                    });
                if person && matches!(sp.attribution, Attribution::Explicit | Attribution::Pronoun)
                {
                    last_person = Some((pi, sp.clone()));
                }
                if sp.attribution == Attribution::RoleOnly && sp.role.is_some() {
                    last_role = Some((pi, sp.clone()));
                }
            }
            let cut = !m.closed && marked.get(k + 1).is_some_and(|n| n.open == m.close);
            cut_here.push(cut);
            let open_ended = !m.closed && m.close == para.end;
            out.push(Quote {
                text: m.text,
                kind,
                speaker,
                cue: verb,
                channel,
                paragraph: pi,
                open_ended,
            });
        }
        // A quote cut short by the next one's opening mark (a paragraph break
        // the dump lost) is the same speaker's, like the rest of the statement.
        for i in (first_here..out.len().saturating_sub(1)).rev() {
            if out[i].speaker.is_none() && cut_here.get(i - first_here).copied().unwrap_or(false) {
                let next = out[i + 1].clone();
                if next.speaker.is_some() {
                    out[i].speaker = next.speaker;
                    out[i].cue = next.cue;
                    out[i].channel = next.channel;
                }
            }
        }
    }
    // A quote that runs on into the next paragraph is attributed where it
    // ends: its opening paragraphs take the speaker of the paragraph that
    // continues it.
    for i in (0..out.len().saturating_sub(1)).rev() {
        let continues = out[i].open_ended && out[i + 1].paragraph == out[i].paragraph + 1;
        if out[i].speaker.is_none() && continues && out[i + 1].speaker.is_some() {
            let next = out[i + 1].clone();
            out[i].speaker = next.speaker;
            out[i].cue = next.cue;
            out[i].channel = next.channel;
        }
    }
    out
}

/// The speech verb opening the sentence `next` after a quote that ended its
/// own sentence (`"How can you be happy?" Dechy said.`), if the verb comes
/// within the next sentence's first three words. Not when the next quote
/// opens in that sentence (`Moya said: "…"` introduces it); `limit` is where
/// it opens.
fn next_sentence_cue(cx: &Context, text: &str, next: Span, at: usize, limit: usize) -> Option<Cue> {
    if next.start < at || next.end > limit {
        return None;
    }
    let cue = cx.cue_after(next)?;
    let words_before = text[next.start..cue.verb.start].split_whitespace().count();
    (words_before <= 2).then_some(cue)
}

/// "he said": the nearest of the last person quoted by name, the last
/// speaker named only by a role (`a spokeswoman said … She added`), both
/// within the last three paragraphs, and the last official mentioned before
/// the pronoun; none the document marks as of the other gender.
fn resolve_pronoun(
    cx: &Context,
    sp: &mut Speaker,
    last: [Option<&(usize, Speaker)>; 2],
    paragraph: usize,
) {
    if sp.attribution != Attribution::Pronoun {
        return;
    }
    let pronoun = sp.span.slice(cx.text);
    if crate::gazetteer::Gender::of_pronoun(pronoun).is_none() {
        return;
    }
    let mut nearest_end = sp.mention.map(|i| cx.mentions[i].span.end);
    for (_, earlier) in last.into_iter().flatten().filter(|(p, _)| paragraph - p <= 3) {
        let end = earlier.span.end;
        // `the prime minister said` after Prime Minister Tony Blair is
        // Blair: a role naming the person already chosen adds nothing.
        let same_role = |role: &str| {
            let head = |r: &str| r.rsplit(' ').next().unwrap_or("").to_lowercase();
            let chosen = sp.mention.and_then(|i| cx.mentions[i].role.as_deref());
            chosen.is_some_and(|c| head(c) == head(role))
        };
        let restates = || {
            earlier.mention.is_none()
                && earlier.name.is_none()
                && earlier.role.as_deref().is_some_and(same_role)
        };
        let nearer = end <= sp.span.start && nearest_end.is_none_or(|e| end > e);
        if nearer && !restates() && cx.fits_speaker(pronoun, earlier) {
            nearest_end = Some(end);
            sp.mention = earlier.mention;
            sp.name = earlier.name.or(earlier.mention.map(|i| cx.mentions[i].span));
            sp.role = (earlier.attribution == Attribution::RoleOnly)
                .then(|| earlier.role.clone())
                .flatten();
        }
    }
    // `Mr Idris said the community … "…," he said`: a person named with an
    // honorific and no entity, nearer than all of the above (looked for
    // only back to the nearest of them).
    let mut from = nearest_end.unwrap_or(0).max(sp.span.start.saturating_sub(200));
    while !cx.text.is_char_boundary(from) {
        from += 1;
    }
    let window = Span::new(from.min(sp.span.start), sp.span.start);
    if let Some(name) = cx.honorific_name_in(window) {
        // (`Mr Evans said` after `Jonny Evans` is the person already
        // chosen, by a fuller name.)
        fn surname(s: &str) -> &str {
            s.rsplit(' ').next().unwrap_or("")
        }
        let chosen = sp.name.map(|n| n.slice(cx.text));
        let chosen = chosen.or_else(|| sp.mention.map(|i| cx.mentions[i].name.as_str()));
        let same = chosen.is_some_and(|c| surname(c) == surname(name.slice(cx.text)));
        if !same && cx.fits_pronoun(pronoun, None, Some(name)) {
            sp.mention = None;
            sp.name = Some(name);
            sp.role = None;
        }
    }
}

/// A pronoun speaker outside any quote (`…, she said` after a figure),
/// read as the quotes stage reads one in a quote's attribution: the nearest
/// of the entity it was taken for and the last person and the last role
/// quoted before it (`"…," said analyst Anne Parker Mills. … about 0.0070,
/// she said` is Mills, whom no gazetteer holds, not the prime minister
/// named in between).
pub fn resolve_pronoun_by_quotes(
    cx: &Context,
    sp: &mut Speaker,
    quotes: &[Quote],
    paragraph: usize,
) {
    if sp.attribution != Attribution::Pronoun {
        return;
    }
    // (A name with an organisation's entity is no person: `the UK
    // Treasury`.)
    let official = |i: usize| cx.mentions[i].kind == crate::gazetteer::EntityKind::Official;
    let person = |s: &Speaker| {
        matches!(s.attribution, Attribution::Explicit | Attribution::Pronoun)
            && (s.name.is_some() || s.mention.is_some())
            && s.mention.is_none_or(official)
    };
    let role = |s: &Speaker| s.attribution == Attribution::RoleOnly && s.role.is_some();
    let last = |keep: &dyn Fn(&Speaker) -> bool| {
        quotes.iter().rev().find_map(|q| {
            let s = q.speaker.as_ref()?;
            (q.paragraph <= paragraph && s.span.end <= sp.span.start && keep(s))
                .then(|| (q.paragraph, s.clone()))
        })
    };
    let (last_person, last_role) = (last(&person), last(&role));
    resolve_pronoun(cx, sp, [last_person.as_ref(), last_role.as_ref()], paragraph);
}

/// `it said`: the organisation or body that spoke in the sentences just
/// before (`The company said it will redeploy its assets. It said the
/// operations sold were about five pct of revenues`; `…, Wako Research
/// Institute said. Current profits will drop 13.5 pct, it said.`), rather
/// than the nearest name, which is often only named in passing (`Plessey
/// said … won against competition from NEC Corp and Fujitsu Ltd. "…," it
/// said.`). Looks back up to three sentences, in the same paragraph or the
/// one before, past other `it` speakers, and stops at the first other
/// speaker: taken when it is an organisation or a place entity, or (where
/// no entity was found for `it`) a role whose noun names a body or a
/// document (`body` in `speaker_nouns.txt`, or `document_nouns.txt`);
/// never a person.
///
/// ```
/// use gazette::{entities::find_mentions, figures::find_figures, quotes::find_quotes, Lexicons, Pipeline};
/// let p = Pipeline::new(Lexicons::builtin(), Default::default());
/// let a = p.analyse("The ministry said output rose in January. It said acreage is six pct lower.");
/// let lex = p.lexicons();
/// let m = find_mentions(&a, lex, None);
/// let q = find_quotes(&a, &m, &lex.quote_words);
/// let f = find_figures(&a, &m, &q, lex);
/// assert_eq!(f[0].source.as_ref().unwrap().role.as_deref(), Some("The ministry"));
/// ```
pub fn resolve_it_by_cues(cx: &Context, a: &Analysis, sp: &mut Speaker) {
    let it = sp.attribution == Attribution::Pronoun
        && sp.name.is_none()
        && sp.role.is_none()
        && sp.span.slice(cx.text).eq_ignore_ascii_case("it");
    if !it {
        return;
    }
    let sentence = a.sentences.partition_point(|s| s.span.end <= sp.span.start);
    let Some(paragraph) = a.sentences.get(sentence).map(|s| s.paragraph) else { return };
    let body = |i: usize| {
        use crate::gazetteer::EntityKind;
        matches!(cx.mentions[i].kind, EntityKind::Organisation | EntityKind::Place)
    };
    for k in (sentence.saturating_sub(3)..sentence).rev() {
        let s = &a.sentences[k];
        if paragraph - s.paragraph > 1 {
            return;
        }
        let Some(cue) = cx.cue_before(s.span).or_else(|| cx.cue_after(s.span)) else {
            continue;
        };
        let earlier = cue.speaker;
        let is_it = earlier.span.slice(cx.text).eq_ignore_ascii_case("it");
        match (earlier.attribution, earlier.mention, earlier.name) {
            // Another `it`: what it stands for, if anything, further back.
            (Attribution::Pronoun, None, None) if is_it && earlier.role.is_none() => continue,
            // The body that spoke, rather than the nearest name (`… against
            // competition from NEC Corp and Fujitsu Ltd. "…," it said.`).
            (_, Some(i), _) if body(i) => {
                sp.mention = Some(i);
                return;
            }
            // A body the gazetteers do not know, named by its own words
            // (`CPC said`, `Great American said … It said`), unless the
            // nearest body before the pronoun was named before it, most
            // likely the same in full (`International Business Machines
            // Corp … IBM said … It said`): then that link is kept.
            (Attribution::Explicit, None, None) if earlier.role.is_none() => {
                if sp.mention.is_none_or(|i| cx.mentions[i].span.start > earlier.span.end) {
                    sp.mention = None;
                    sp.name = Some(earlier.span);
                }
                return;
            }
            // A body or a document (`the ministry`, `a treasury statement`),
            // by the last word before any `of`/`for` (`an agent for the
            // country` is a person).
            (Attribution::RoleOnly, None, None) if sp.mention.is_none() => {
                if cx.is_document(role_head(earlier.role.as_deref().unwrap_or(""))) {
                    sp.role = earlier.role;
                }
                return;
            }
            _ => return,
        }
    }
}

/// `he said` / `she said` (or `they said`) that nothing else resolved: those
/// whose words the sentences just before report (`… made them more sensitive to
/// the trade data, Harwood said. "The news did come as a very, very
/// substantial relief," he said.`; `Don Gevirtz, chairman of The Foothill
/// Group Inc, told Reuters …`): quotes name their speakers, reported
/// speech does too. Looks back up to three sentences, in the same
/// paragraph or the two before (wire copy gives each sentence a paragraph
/// of its own): a sentence with a quote gives that quote's
/// speaker (already resolved); the nearest without one, the speaker of a
/// speech verb in its first ten or last three words, where reported speech
/// puts it (or in its first sixteen, after a name set off by commas; or
/// after its last comma but one, before a name and its appositive) (passing over the pronoun's own quote, and sentences that name
/// no one: see `names_no_one`). Passes other pronouns of the same gender and stops at the first
/// other speaker: taken when it is a person of the pronoun's gender, named
/// or an official, or a role for one person (`the broker said`); for
/// `they`, a role for people (`oil traders in New York said`). (A pronoun
/// left unresolved in an earlier quote stops the search: it looked back over
/// the same sentences.)
///
/// ```
/// use gazette::{entities::find_mentions, quotes::find_quotes, Lexicons, Pipeline};
/// let p = Pipeline::new(Lexicons::builtin(), Default::default());
/// let a = p.analyse("Markets were calmer, Harwood said. \"The news did come as a relief,\" he said.");
/// let lex = p.lexicons();
/// let m = find_mentions(&a, lex, None);
/// let q = find_quotes(&a, &m, &lex.quote_words);
/// let name = q[0].speaker.as_ref().unwrap().name.unwrap();
/// assert_eq!(name.slice(&a.norm.text), "Harwood");
/// ```
pub fn resolve_person_by_cues(
    cx: &Context,
    a: &Analysis,
    quotes: &[Quote],
    sp: &mut Speaker,
) -> bool {
    let pronoun = sp.span.slice(cx.text);
    let they = |p: &str| p.eq_ignore_ascii_case("they");
    let unresolved_pronoun = |s: &Speaker| {
        let p = s.span.slice(cx.text);
        s.attribution == Attribution::Pronoun
            && s.name.is_none()
            && s.role.is_none()
            && s.mention.is_none()
            && (crate::gazetteer::Gender::of_pronoun(p).is_some() || they(p))
    };
    // `they`: people named by a plural noun (`Oil traders said …`), by the
    // last word before any `of`/`for` (`analysts at two brokerages`).
    let people = |s: &Speaker| {
        let head = role_head(s.role.as_deref().unwrap_or(""));
        let w = &cx.words;
        s.attribution == Attribution::RoleOnly
            && w.speaker_nouns.contains(head)
            && !w.person_nouns.contains(head)
            && !w.body_nouns.contains(head)
    };
    if !unresolved_pronoun(sp) {
        return false;
    }
    let sentence = a.sentences.partition_point(|s| s.span.end <= sp.span.start);
    let Some(paragraph) = a.sentences.get(sentence).map(|s| s.paragraph) else { return false };
    let official = |i: usize| cx.mentions[i].kind == crate::gazetteer::EntityKind::Official;
    // The speech verb of a sentence that reports someone's words, read
    // only where reported speech puts it: in its last words with the
    // subject before (`…, Harwood said.`), or in its first (`Harwood said
    // …`). A cheap look for the verb first: most sentences report no one.
    let reported = |ws: &[crate::segment::Word]| {
        let n = ws.len();
        let (Some(first), Some(last)) = (ws.first(), ws.last()) else { return None };
        if cx.has_cue(&ws[n.saturating_sub(3)..]) {
            let from = ws[n.saturating_sub(16)].span.start;
            if let Some(cue) = cx.cue_before(Span::new(from, last.span.end)) {
                return Some(cue);
            }
        }
        // (Or after a name set off by a long appositive: `Kenneth
        // Blaylock, President of the American Federation of Government
        // Employees, said …`.)
        if cx.has_cue(&ws[..n.min(16)]) {
            // (Read a few words on, so as not to cut the name after the
            // verb: `…, said Martha Hesse, chairman of …`.)
            let (to, on) = (ws[n.min(16) - 1].span.end, ws[n.min(20) - 1].span.end);
            let cue = cx
                .cue_before(Span::new(first.span.start, to))
                .or_else(|| cx.cue_after(Span::new(first.span.start, on)));
            if let Some(cue) = cue {
                let k = ws.partition_point(|w| w.span.start < cue.verb.start);
                let set_off = k > 0
                    && ws[k - 1].stop_after
                    && cx.text[..cue.verb.start].trim_end().ends_with(',');
                if k < 10 || set_off && k < 16 {
                    return Some(cue);
                }
            }
        }
        // (Or a closing `, said X, <a long appositive>.`: `…, said Coyle
        // Kelly, executive assistant to the chairman of the Texas Public
        // Utilities Commission.`)
        let closing = (n.saturating_sub(16).max(1)..n.saturating_sub(3)).find(|&k| {
            ws[k - 1].stop_after
                && cx.text[..ws[k].span.start].trim_end().ends_with(',')
                && cx.is_cue(&ws[k])
        });
        closing.and_then(|k| cx.cue_after(Span::new(ws[k].span.start, last.span.end)))
    };
    for k in (sentence.saturating_sub(3)..sentence).rev() {
        let s = &a.sentences[k];
        if paragraph - s.paragraph > 2 {
            return false;
        }
        // A sentence with a quote: its speaker, already read and resolved
        // (a pronoun this rule did not resolve there finds no one here:
        // it looked back over the same sentences).
        let q = quotes.partition_point(|q| q.text.end <= s.span.start);
        let quote = quotes.get(q).filter(|q| q.text.start < s.span.end);
        // (The quote the pronoun closes, begun sentences before: its words
        // are the speaker's own, no one else's report.)
        let own_quote = || {
            let here = a.sentences[sentence].span.start;
            cx.quoted.iter().any(|q| {
                q.start < s.span.end
                    && q.end > s.span.start
                    && q.end >= here
                    && q.end <= sp.span.start
            })
        };
        if quote.is_none() && own_quote() {
            continue;
        }
        let earlier = match quote {
            Some(q) => match &q.speaker {
                Some(speaker) if unresolved_pronoun(speaker) => return false,
                Some(speaker) => speaker.clone(),
                None => continue,
            },
            // The nearest sentence without a quote is read; one that
            // reports no one and names no one is passed over (`…, Lord
            // Falconer said. The constitutional affairs secretary outlined
            // the plans on Tuesday. He denied …`).
            None => match reported(a.sentence_words(k)) {
                Some(cue) => cue.speaker,
                None if names_no_one(cx, a.sentence_words(k)) => continue,
                // A sentence about a person named at its start (`Mrs
                // Maguire was the relative with whom … She said …`): that
                // person, for `he` or `she` of their gender.
                None => {
                    let gendered = crate::gazetteer::Gender::of_pronoun(pronoun).is_some();
                    if let Some(name) = opening_person(cx, a.sentence_words(k)) {
                        if gendered && cx.fits_pronoun(pronoun, None, Some(name)) {
                            sp.name = Some(name);
                            sp.role = None;
                            return true;
                        }
                    }
                    return false;
                }
            },
        };
        let same_pronoun = || {
            let p = earlier.span.slice(cx.text);
            let gender = crate::gazetteer::Gender::of_pronoun;
            earlier.attribution == Attribution::Pronoun
                && if they(pronoun) { they(p) } else { gender(p) == gender(pronoun) }
        };
        if they(pronoun) {
            match (earlier.mention, earlier.name, &earlier.role) {
                (None, None, None) if same_pronoun() => continue,
                _ if people(&earlier) => sp.role = earlier.role,
                _ => {}
            }
            return false;
        }
        let person = match (earlier.mention, earlier.name, &earlier.role) {
            (mention, Some(_), _) => mention.is_none_or(official),
            (Some(i), None, _) => official(i),
            (None, None, Some(_)) => {
                matches!(earlier.attribution, Attribution::RoleOnly | Attribution::Pronoun)
            }
            // Another pronoun no one stands for: whom it stands for, further
            // back, if of the same gender.
            (None, None, None) => {
                if same_pronoun() {
                    continue;
                }
                return false;
            }
        };
        // (Here, where the report is the nearest one, a role is also read
        // by its noun before any preposition: `a grain dealer at one
        // member co-op said …`.)
        if person && (cx.fits_speaker(pronoun, &earlier) || cx.fits_role_head(pronoun, &earlier)) {
            sp.mention = earlier.mention;
            sp.name = earlier.name.or(earlier.mention.map(|i| cx.mentions[i].span));
            sp.role = earlier.role.filter(|_| sp.name.is_none());
        }
        return false;
    }
    false
}

/// The person a sentence opens with, named by an honorific or a given name
/// and one to three more capitalised words, then a verb or a comma (`Mr
/// Fuller has signed …`, `Dina Mehta is an Indian blogger`, `Doug Kaye, a
/// podcaster, praises …`); not an owner (`Mr Conlon's father …`) nor a
/// name the entity stage found to be a place or an organisation.
fn opening_person(cx: &Context, ws: &[Word]) -> Option<Span> {
    let word = |k: usize| ws.get(k).map(|w| w.text(cx.text));
    let first = word(0)?;
    let honorific = cx
        .words
        .honorifics
        .contains(crate::lexicon::Lower::new(first.trim_end_matches('.')).as_str());
    if !honorific && !cx.words.given_genders.contains(first) {
        return None;
    }
    let mut end = 1;
    while end < ws.len().min(4) && !ws[end - 1].stop_after && word(end).is_some_and(capitalised) {
        end += 1;
    }
    let last = word(end - 1)?;
    let comma = ws[end - 1].stop_after && cx.text[ws[end - 1].span.end..].starts_with(',');
    // (Not one of two: `Darren Campbell and Mark Lewis were awarded …`.)
    let verb_next = !ws[end - 1].stop_after
        && word(end).is_some_and(|w| {
            w.starts_with(|c: char| c.is_lowercase()) && !matches!(w, "and" | "or" | "nor")
        });
    let possessive = last.ends_with("'s") || last.ends_with('\'') || last.ends_with("\u{2019}s");
    if end < 2 || possessive || !(comma || verb_next) {
        return None;
    }
    let span = Span::new(ws[0].span.start, ws[end - 1].span.end);
    let official = crate::gazetteer::EntityKind::Official;
    let thing = cx.mention_in(span).is_some_and(|i| cx.mentions[i].kind != official);
    (!thing).then_some(span)
}

/// True when the words of a sentence name no one: no capitalised word
/// after the first but calendar words and the like (`name_stopwords.txt`),
/// and no pronoun for people (`The constitutional affairs secretary
/// outlined some of the plans on Tuesday.`; not `Gardener, Darren Campbell
/// … have all been awarded MBEs`, `And the American remains highly
/// critical`, nor `She was born in 1950.`).
fn names_no_one(cx: &Context, ws: &[Word]) -> bool {
    let person_pronoun = |t: &str| {
        crate::gazetteer::Gender::of_pronoun(t).is_some()
            || ["him", "his", "her", "they", "them", "their", "i", "we"]
                .iter()
                .any(|p| t.eq_ignore_ascii_case(p))
    };
    let named = |w: &Word| {
        let t = w.text(cx.text);
        (capitalised(t) && !cx.words.name_stopwords.contains(t)) || person_pronoun(t)
    };
    ws.first().is_some_and(|w| !person_pronoun(w.text(cx.text))) && !ws.iter().skip(1).any(named)
}

/// A role's noun: its last word before any preposition or clause (`an
/// agent for the country` is an agent, `analysts at two brokerages`
/// analysts).
fn role_head(role: &str) -> &str {
    role.split_whitespace()
        .take_while(|w| !attribution::PREPOSITIONS_AND_CLAUSES.contains(w))
        .last()
        .unwrap_or("")
}

/// The speech verb and speaker of the sentence right before the one a
/// quote opens (`Patriots … wanted the UK to be strong, Mr Straw said.
/// "Our role as a leading member of the EU is …"`), when that sentence
/// holds no quote of its own, lies in the quote's paragraph or (for a
/// quote that opens its paragraph) in the one before, and ends right where
/// the quote's sentence begins.
fn reported_before(
    cx: &Context,
    a: &Analysis,
    para: &Span,
    sentence: Span,
    open: usize,
) -> Option<Cue> {
    let i = a.sentences.partition_point(|s| s.span.end <= sentence.start);
    let prev = a.sentences.get(i.checked_sub(1)?)?;
    let opens_paragraph = cx.text[para.start..open].trim().is_empty();
    let here = prev.span.start >= para.start;
    let before = !here && opens_paragraph && prev.paragraph + 1 == a.sentences[i].paragraph;
    if !(here || before) || !cx.text[prev.span.end..sentence.start].trim().is_empty() {
        return None;
    }
    let quoted = cx.quoted.iter().any(|q| q.end > prev.span.start && q.start < prev.span.end);
    if quoted {
        return None;
    }
    // (The verb may open a long sentence: `Gary Dunn, development director
    // at Codemasters, said the company had …`.)
    cx.cue_before(prev.span).or_else(|| cx.cue_after(prev.span))
}

/// The quote this one continues, if it has no attribution of its own: the
/// previous quote in the same paragraph (the second half of a split quote),
/// or, for a quote that opens its paragraph, the last quote of the previous
/// paragraph. Returns it and whether it is in the same paragraph.
fn continued<'q>(
    out: &'q [Quote],
    pi: usize,
    para: &Span,
    m: &Marked,
    text: &str,
) -> Option<(&'q Quote, bool)> {
    let prev = out.last().filter(|q| q.speaker.is_some())?;
    if prev.paragraph == pi {
        return Some((prev, true));
    }
    let opens_paragraph = text[para.start..m.open].trim().is_empty();
    (opens_paragraph && prev.paragraph + 1 == pi).then_some((prev, false))
}

/// A phrase quoted inside the writer's sentence: it starts in lower case, or
/// follows a word and is short.
fn partial(text: &str, m: &Marked, starts_sentence: bool) -> bool {
    let quoted = m.text.slice(text);
    let lower_start = quoted.chars().next().is_some_and(char::is_lowercase);
    let before = text[..m.open].trim_end_matches(' ');
    let after_word = before.chars().next_back().is_some_and(|c| c.is_alphanumeric());
    !starts_sentence
        && (lower_start || after_word && quoted.split_ascii_whitespace().nth(8).is_none())
}

/// Marks around a title or a scare quote: after `so-called`, `dubbed`, `the
/// film` …, or a short run of capitalised words with no full stop.
fn scare_quote(text: &str, m: &Marked, lex: &QuoteWords) -> bool {
    let quoted = m.text.slice(text).trim_end_matches([',', '.']);
    // The marker may stand two words back: "calling it a “special military operation”".
    let head = text[..m.open].trim_end();
    let marker = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        lex.scare_markers.contains(w)
    };
    // The last three pieces of `head` between spaces, last first.
    let mut end = head.len();
    for _ in 0..3 {
        let start = memchr::memrchr(b' ', &head.as_bytes()[..end]).map_or(0, |k| k + 1);
        if marker(&head[start..end]) {
            return true;
        }
        if start == 0 {
            break;
        }
        end = start - 1;
    }
    // A title: two to six capitalised words (short ones aside), no full stop.
    if quoted.len() > 80 || quoted.ends_with(['.', '!', '?']) {
        return false;
    }
    // (Two of them at least: `"We are at war," he said` is no title.)
    let (mut words, mut capitals) = (0, 0);
    for w in quoted.split_ascii_whitespace() {
        words += 1;
        let capital = capitalised(w) && w.len() > 1;
        if words > 6 || !(capital || w.len() <= 3) {
            return false;
        }
        capitals += usize::from(capital);
    }
    words >= 2 && capitals >= 2
}
