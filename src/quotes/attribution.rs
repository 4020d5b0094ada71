//! Who said it: the speech verb near a quote, its subject, and how it was said.

use rustc_hash::FxHashSet as HashSet;

use crate::entities::{capitalised, words, Mention, Word, NAME_PARTICLES};
use crate::error::Result;
use crate::gazetteer::{EntityKind, Gender};
use crate::lexicon::{DataFile, Lower, WordMap, WordSet};
use crate::segment::push_words;
use crate::span::Span;

use super::according::PREPOSITIONS;

/// How a speaker was found (the `attribution` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attribution {
    /// Named next to a speech verb.
    Explicit,
    /// A pronoun next to a speech verb, resolved to the nearest fitting entity.
    Pronoun,
    /// No attribution of its own: the previous quote's speaker.
    Continuation,
    /// `according to X`.
    AccordingTo,
    /// A role with no name: `a senior U.S. defense official`.
    RoleOnly,
    /// No speaker could be found.
    None,
}

impl Attribution {
    /// The column's word.
    pub fn as_str(self) -> &'static str {
        match self {
            Attribution::Explicit => "explicit",
            Attribution::Pronoun => "pronoun",
            Attribution::Continuation => "continuation",
            Attribution::AccordingTo => "according-to",
            Attribution::RoleOnly => "role-only",
            Attribution::None => "none",
        }
    }
}

/// Where a speech verb reports speech (`speech_verbs.txt`'s second column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// Wherever it stands (`said`, `told`).
    Anywhere,
    /// Only right after a quote (`"…," agreed Mr Marshall`) or right
    /// before one (`Mr Getty agreed: "…"`): elsewhere the verb reports an
    /// act, not words (`Marsh agreed to pay $850m`), and gives no quote or
    /// figure a source. Written `quote` in the file.
    NextToQuote,
    /// Also a plural noun (`reports`, `notes`, `estimates`): not a verb
    /// before a preposition or another verb (`Press reports from the
    /// region said`, `Bank notes in circulation fell`, `Yield estimates
    /// remained`). Written `noun` in the file.
    AlsoNoun,
}

/// Auxiliaries and modals: no description of a speaker holds one.
const AUXILIARIES: [&str; 15] = [
    "will", "would", "could", "should", "can", "may", "might", "must", "is", "are", "was", "were",
    "has", "have", "had",
];

/// Words after a speech verb in `-s` that show it to be a plural noun,
/// besides a preposition other than `to` (`claims to have`): `and`, or a
/// verb of which it is the subject.
const VERBS_AFTER_A_NOUN: [&str; 21] = [
    "and",
    "are",
    "were",
    "have",
    "had",
    "will",
    "would",
    "could",
    "may",
    "might",
    "must",
    "should",
    "show",
    "showed",
    "suggest",
    "suggested",
    "remain",
    "remained",
    "range",
    "ranged",
    "put",
];

/// The words the quote stage reads (`speech_verbs.txt`, `speaker_nouns.txt`,
/// `channel_starters.txt`, `scare_quote_markers.txt`).
///
/// ```
/// let w = &gazette::Lexicons::builtin().quote_words;
/// assert!(w.cues.contains("said") && w.speaker_nouns.contains("spokesperson"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct QuoteWords {
    /// Speech verbs, with where each is one.
    pub cues: WordMap<CueKind>,
    /// Nouns that name a speaker by role.
    pub speaker_nouns: WordSet,
    /// Those of them that name one person (`spokeswoman`, not `officials`
    /// or `ministry`): what a later `he` or `she` can stand for.
    pub person_nouns: WordSet,
    /// Those that name an institution or a document (`ministry`,
    /// `survey`): `according to a survey by X` names X.
    pub body_nouns: WordSet,
    /// Nouns that name a document whose author gives its figures
    /// (`figures from X`, `data from X`: `document_nouns.txt`); body
    /// speaker nouns (`survey`, `report`) are read the same way.
    pub documents: WordSet,
    /// Phrases that start a channel (`in a`, `via`).
    pub channel_starters: Vec<Vec<String>>,
    /// Words that make marks scare quotes or a title.
    pub scare_markers: WordSet,
    /// Honorifics (`mr`, `sir`: lower case, no period), from `titles.tsv`.
    pub honorifics: HashSet<String>,
    /// Words that open a sentence to join it to the one before, and so
    /// begin no speaker (`But`, `Meanwhile`: `connectives.txt`).
    pub connectives: WordSet,
    /// Capitalised words that name no one (`Tuesday`, `The`:
    /// `name_stopwords.txt`).
    pub name_stopwords: WordSet,
    /// The last word of each title and rank (`titles.tsv`): before `of`
    /// and a place it makes a role (`the Archbishop of Canterbury`).
    pub titles: WordSet,
    /// Words that open an aside set off by commas that says nothing of
    /// who speaks (`who`, `in`, `speaking`: `aside_openers.txt`).
    pub aside_openers: WordSet,
    /// Words between a subject and its verb that do not break the link
    /// (`Zelensky said Tuesday`, `Borrell on Monday said`, `Mr Donofrio
    /// recently told`: `speech_fillers.txt`).
    pub fillers: WordSet,
    /// Speech verbs that take no object, so the words after them may
    /// describe the speaker (`said the 28-year-old`), where after
    /// `announced` they are what was announced (`speech_objectless.txt`).
    pub objectless: WordSet,
    /// Honorifics and titles that say a person's gender (`mr`, `ms`,
    /// `spokeswoman`: `gendered_words.tsv`, lower case).
    pub gendered: WordMap<Gender>,
    /// Given names (lower case) whose gender the data gives
    /// (`given_names.tsv`).
    pub given_genders: WordMap<Gender>,
}

impl QuoteWords {
    /// Parses the lists (each may come from several folders).
    pub fn from_files(
        cues: &[DataFile],
        speaker_nouns: &[DataFile],
        channel_starters: &[DataFile],
        scare_markers: &[DataFile],
    ) -> Result<Self> {
        let words = |files: &[DataFile]| -> Vec<String> {
            files
                .iter()
                .flat_map(|f| f.lines().map(|(_, l)| l.trim().to_lowercase()).collect::<Vec<_>>())
                .collect()
        };
        let set = |files: &[DataFile]| -> WordSet {
            words(files).iter().map(|w| (w.as_str(), ())).collect()
        };
        let mut nouns = WordSet::default();
        let mut person_nouns = WordSet::default();
        let mut body_nouns = WordSet::default();
        for file in speaker_nouns {
            for (n, line) in file.lines() {
                let (word, kind) = line.split_once('\t').unwrap_or((line, "person"));
                let word = word.trim().to_lowercase();
                match kind.trim() {
                    "person" => {
                        person_nouns.insert(&word, ());
                    }
                    "body" => {
                        body_nouns.insert(&word, ());
                    }
                    "people" => {}
                    other => {
                        let message = format!("kind {other:?}: write person, people or body");
                        return Err(file.error(n, message));
                    }
                }
                nouns.insert(&word, ());
            }
        }
        let mut cue_kinds = WordMap::default();
        for file in cues {
            for (n, line) in file.lines() {
                let (word, kind) = line.split_once('\t').unwrap_or((line, ""));
                let kind = match kind.trim() {
                    "" => CueKind::Anywhere,
                    "quote" => CueKind::NextToQuote,
                    "noun" => CueKind::AlsoNoun,
                    other => {
                        let message = format!("kind {other:?}: write quote, noun, or nothing");
                        return Err(file.error(n, message));
                    }
                };
                cue_kinds.insert(word.trim(), kind);
            }
        }
        Ok(QuoteWords {
            cues: cue_kinds,
            speaker_nouns: nouns,
            person_nouns,
            body_nouns,
            documents: Default::default(),
            channel_starters: words(channel_starters)
                .into_iter()
                .map(|l| l.split_whitespace().map(str::to_string).collect())
                .collect(),
            scare_markers: set(scare_markers),
            honorifics: Default::default(),
            connectives: Default::default(),
            name_stopwords: Default::default(),
            titles: Default::default(),
            fillers: Default::default(),
            aside_openers: Default::default(),
            objectless: Default::default(),
            gendered: Default::default(),
            given_genders: Default::default(),
        })
    }
}

/// A speaker found near a quote.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// Where the speaker is named (a name, a pronoun or a role phrase).
    pub span: Span,
    /// The entity mention that is the speaker, if any.
    pub mention: Option<usize>,
    /// A person named without an entity (`said Mr Makower`), or the name a
    /// pronoun stands for when it is such a person.
    pub name: Option<Span>,
    /// How it was found.
    pub attribution: Attribution,
    /// The role as written, if the speaker is named by one.
    pub role: Option<String>,
}

impl Speaker {
    /// A speaker named only by a role phrase, the words at `span` of `text`
    /// (`one dealer at Barclays`, `the 28-year-old`).
    ///
    /// ```
    /// use gazette::{quotes::{Attribution, Speaker}, Span};
    /// let s = Speaker::role_only(Span::new(0, 11), "the analyst said");
    /// assert_eq!((s.role.as_deref(), s.attribution), (Some("the analyst"), Attribution::RoleOnly));
    /// ```
    pub fn role_only(span: Span, text: &str) -> Self {
        let span = with_closing_bracket(text, span);
        Speaker {
            span,
            mention: None,
            name: None,
            attribution: Attribution::RoleOnly,
            role: Some(span.slice(text).to_string()),
        }
    }
}

/// `span` with the `>` or `)` right after it when it opens one of the
/// wire's angle brackets or a round one and does not close it (`a
/// spokesman for <Nomura International>`, `president of Japan Credit
/// Rating Agency Ltd (JCRA)`): words end before the bracket, a role read
/// from them does not.
///
/// ```text
/// let t = "for <Nomura International> said";
/// assert_eq!(with_closing_bracket(t, Span::new(0, 25)).slice(t), "for <Nomura International>");
/// ```
fn with_closing_bracket(text: &str, span: Span) -> Span {
    let inside = span.slice(text);
    let open = |o: char, c: char| inside.rfind(o).is_some_and(|k| !inside[k..].contains(c));
    let closes = |o: char, c: char| open(o, c) && text[span.end..].starts_with(c);
    if closes('<', '>') || closes('(', ')') {
        Span::new(span.start, span.end + 1)
    } else {
        span
    }
}

/// A speech verb with its speaker and channel.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    /// The verb (`said`), or `according to`.
    pub verb: Span,
    /// Who.
    pub speaker: Speaker,
    /// How (`in a Facebook post`, `told Reuters and CNN`).
    pub channel: Option<Span>,
}

/// How far from a quote or figure its speech verb and subject are looked
/// for: about 25 words each way.
const WINDOW_BYTES: usize = 160;

/// Function words that no role phrase opens or holds before its noun: what
/// follows a speech verb with one of them is what was said (`said on
/// Monday that officials …`, `said in a statement`).
const ROLE_BREAKS: [&str; 14] =
    ["of", "for", "on", "in", "at", "to", "by", "with", "from", "that", "and", "or", "as", "it"];

/// Words that open a clause before a sentence's subject (`To generate
/// its index, Microsoft …`, `When he arrived, …`), compared with their
/// capital.
#[rustfmt::skip]
const CLAUSE_OPENERS: [&str; 28] = [
    "To", "When", "If", "After", "Before", "While", "As", "Since", "Although", "Though",
    "Because", "Despite", "With", "Without", "During", "Following", "In", "On", "Among", "For",
    "At", "By", "From", "Under", "Over", "Like", "Unlike", "Against",
];

/// Words that end a noun phrase read backwards from its noun.
pub(super) const PREPOSITIONS_AND_CLAUSES: [&str; 16] = [
    "in", "on", "at", "by", "from", "to", "for", "with", "of", "after", "before", "during",
    "since", "that", "which", "who",
];

/// Capitalised words that start sentences, not names.
const STOP_NAMES: [&str; 14] =
    ["The", "A", "An", "But", "And", "In", "On", "It", "This", "That", "He", "She", "They", "We"];
/// Words that join a clause to the one before: a subject never reaches back
/// over them (`… was defused on the committee but bankers say …`).
const CLAUSE_JOINS: [&str; 8] =
    ["but", "while", "whereas", "because", "although", "though", "since", "if"];
/// Words that end a description of a speaker (a clause goes on: `the
/// allegations which he`, `the measure would`).
const NOT_IN_DESCRIPTIONS: [&str; 36] = [
    "which",
    "who",
    "that",
    "he",
    "she",
    "it",
    "they",
    "him",
    "her",
    "them",
    "would",
    "will",
    "had",
    "has",
    "have",
    "was",
    "were",
    "is",
    "are",
    "could",
    "should",
    "may",
    "might",
    "can",
    "by",
    "and",
    "of",
    "in",
    "to",
    "on",
    "at",
    "with",
    "as",
    "meanwhile",
    "however",
    "reportedly",
];
/// True for a word that opens a role phrase (`the spokesman`, `our
/// correspondent`, `its chairman`), ASCII case ignored. Read for nearly
/// every word near a speech verb: one match on the lower-cased bytes, no
/// list walked.
pub(super) fn is_determiner(w: &str) -> bool {
    if w.is_empty() || w.len() > 7 {
        return false;
    }
    let mut buf = [0u8; 7];
    for (b, c) in buf.iter_mut().zip(w.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    matches!(
        &buf[..w.len()],
        b"a" | b"an"
            | b"the"
            | b"one"
            | b"two"
            | b"three"
            | b"several"
            | b"some"
            | b"another"
            | b"our"
            | b"its"
            | b"his"
            | b"her"
            | b"their"
    )
}

fn is_pronoun(w: &str) -> bool {
    ["he", "she", "it", "they"].iter().any(|p| w.eq_ignore_ascii_case(p))
}

/// Words that open an adverbial clause: a name in one may be what a
/// pronoun after it stands for (`When Blair arrived, he said`).
const ADVERBIAL_OPENERS: [&str; 13] = [
    "when", "after", "as", "if", "because", "while", "although", "though", "before", "since",
    "once", "until", "despite",
];

/// True when `w` is one of `list` (lower-case words), ASCII case ignored:
/// compared in place, with no lower-cased copy of every word read.
pub(super) fn is_one_of(w: &str, list: &[&str]) -> bool {
    list.iter().any(|l| w.eq_ignore_ascii_case(l))
}

/// Everything the attribution rules read.
pub struct Context<'a> {
    /// Normalised text.
    pub text: &'a str,
    /// Entity mentions, in text order.
    pub mentions: &'a [Mention],
    /// The quote lexicons.
    pub words: &'a QuoteWords,
    /// The text inside quote marks, in text order: a pronoun outside
    /// quotes does not refer to someone named inside one (`"… I attack
    /// Michael Howard politically," he said` is not Howard speaking).
    pub quoted: Vec<Span>,
    /// The document's words as the segmenter split them (sentence by
    /// sentence, in text order), when the caller has them: a window's
    /// words are then read from here rather than split again.
    pub doc_words: &'a [Word],
    /// Room for a window's words, reused from window to window.
    scratch: std::cell::Cell<Vec<Word>>,
    /// The gender the document gives each person entity (by id), read on
    /// first need ([`Self::gender_of_mention`]).
    pub(super) genders: std::cell::RefCell<Vec<(&'a str, Option<Gender>)>>,
}

impl<'a> Context<'a> {
    /// What the attribution rules read in one document.
    pub fn new(text: &'a str, mentions: &'a [Mention], words: &'a QuoteWords) -> Self {
        Context {
            text,
            mentions,
            words,
            quoted: Vec::new(),
            doc_words: &[],
            scratch: Default::default(),
            genders: Default::default(),
        }
    }

    /// The document's words inside `span`, when they are the words
    /// [`push_words`] would split from `span` itself: every window lies
    /// inside one sentence, so they are unless a word is cut by either
    /// end of the window, or ends right at its end before a mark that
    /// would set its `stop_after` (the window cannot see the mark).
    fn doc_words_in(&self, span: Span) -> Option<&'a [Word]> {
        let w = self.doc_words;
        if w.is_empty() {
            return None;
        }
        let from = w.partition_point(|x| x.span.end <= span.start);
        let to = w.partition_point(|x| x.span.start < span.end).max(from);
        let inside = &w[from..to];
        let clean_start = inside.first().is_none_or(|x| x.span.start >= span.start);
        let clean_end = inside.last().is_none_or(|x| {
            x.span.end < span.end
                || x.span.end == span.end
                    && self.text[span.end..].chars().next().is_none_or(char::is_whitespace)
        });
        (clean_start && clean_end).then_some(inside)
    }

    /// True when `span` lies inside quote marks ([`Self::quoted`]).
    fn in_quotes(&self, span: Span) -> bool {
        let i = self.quoted.partition_point(|q| q.end < span.end);
        self.quoted.get(i).is_some_and(|q| q.start <= span.start && span.end <= q.end)
    }

    /// Runs `f` on the words of `span`, split into a buffer kept for the
    /// next window: every quote reads one or two windows.
    fn with_words<T>(&self, span: Span, f: impl FnOnce(&[Word]) -> T) -> T {
        if let Some(ws) = self.doc_words_in(span) {
            return f(ws);
        }
        let mut ws = self.scratch.take();
        ws.clear();
        push_words(self.text, span, &mut ws);
        let out = f(&ws);
        self.scratch.set(ws);
        out
    }

    /// A speech verb, written in lower case: a capitalised one mid-text
    /// is part of a name (`the United States`, `Reuters Says`).
    #[inline]
    pub(super) fn is_cue(&self, w: &Word) -> bool {
        let t = w.text(self.text);
        // (The lookup first: most words are no verb and leave there.)
        match self.words.cues.get(t) {
            None => false,
            Some(_) if t.starts_with(|c: char| c.is_uppercase()) => false,
            Some(CueKind::Anywhere) => true,
            Some(CueKind::NextToQuote) => self.next_to_quote(w.span),
            Some(CueKind::AlsoNoun) => !self.noun_follows(w.span.end),
        }
    }

    /// True when the word after byte `end` is a preposition other than
    /// `to` or one of [`VERBS_AFTER_A_NOUN`]: the word before `end` is a
    /// plural noun, not a verb.
    fn noun_follows(&self, end: usize) -> bool {
        let rest = self.text[end..].trim_start_matches([' ', '\n']);
        let next = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        next != "to" && PREPOSITIONS.contains(&next) || VERBS_AFTER_A_NOUN.contains(&next)
    }

    /// True when the word at `span` stands after a quote's closing mark with
    /// at most its subject between (`…," agreed Mr Marshall`, `…," the
    /// report concluded`), or before an opening one after a colon, a comma
    /// or `that` (`agreed: "…`, `agreed that the figures were "slightly
    /// stronger"`).
    fn next_to_quote(&self, span: Span) -> bool {
        // The last quote that ends before the word, as the marks were paired.
        let i = self.quoted.partition_point(|q| q.end <= span.start);
        let after_quote = i.checked_sub(1).is_some_and(|i| {
            let q = self.quoted[i];
            // Past the closing mark and the punctuation around it.
            let between =
                self.text[q.end..span.start].trim_start_matches(['"', '\'', ',', '.', '?', '!']);
            span.start - q.end <= 80
                && !between.contains([',', ';', ':', '(', ')', '"'])
                && between.split_whitespace().count() <= 5
        });
        if after_quote {
            return true;
        }
        let after = self.text[span.end..].trim_start();
        let opens = |s: &str| s.trim_start().starts_with(['"', '\'']);
        if after.strip_prefix([':', ',']).is_some_and(opens) {
            return true;
        }
        // `that` and a quote before the sentence ends.
        after.strip_prefix("that ").is_some_and(|rest| {
            let sentence = rest.split(". ").next().unwrap_or(rest);
            sentence.contains('"')
        })
    }

    /// A speech verb that opens a sentence, with its capital (`Said Mr
    /// Bysshe: "…"`).
    fn opening_cue(&self, w: &Word) -> bool {
        let t = w.text(self.text);
        let head = self.text[..w.span.start].trim_end();
        t.starts_with(|c: char| c.is_uppercase())
            && self.words.cues.contains(Lower::new(t).as_str())
            && (head.is_empty() || head.ends_with(['.', '\n', '"', '\u{201d}']))
    }

    /// `window` cut to its last (or first) [`WINDOW_BYTES`] bytes, at a space.
    fn clamp(&self, window: Span, keep_end: bool) -> Span {
        if window.len() <= WINDOW_BYTES {
            return window;
        }
        let b = self.text.as_bytes();
        if keep_end {
            let mut start = window.end - WINDOW_BYTES;
            while start < window.end && b[start] != b' ' {
                start += 1;
            }
            Span::new(start, window.end)
        } else {
            let mut end = window.start + WINDOW_BYTES;
            while end > window.start && b[end] != b' ' {
                end -= 1;
            }
            Span::new(window.start, end)
        }
    }

    /// True when `words` hold a speech verb or `according`: without one, no
    /// attribution can be found there and the search is skipped. This runs
    /// on every sentence with a figure, so it reads each word's letter runs
    /// ([`Word::letter_runs`]); a run inside a longer word (`said-so`) only
    /// sends the sentence on to the full search.
    pub fn has_cue(&self, words: &[Word]) -> bool {
        let cue = |r: &str| self.words.cues.contains(r) || r.eq_ignore_ascii_case("according");
        let b = self.text.as_bytes();
        // Plain loops: a flattening iterator costs more than the lookups.
        for w in words {
            let (s, e) = (w.span.start, w.span.end);
            // Most words are one run of letters: looked up whole, with no
            // iterator to find that out.
            if crate::bytes::alpha_run_end(b, s, e) == e {
                if e > s && cue(&self.text[s..e]) {
                    return true;
                }
                continue;
            }
            for r in w.letter_runs(self.text) {
                if cue(r) {
                    return true;
                }
            }
        }
        false
    }

    /// The mention that covers `span` or lies inside it, last one first.
    /// The last person in `span` named with an honorific and no entity
    /// who speaks there, next to a speech verb (`Mr Idris said`, `said Dr
    /// Gibbons`; not `asked Mr Myers`), outside quote marks.
    pub(super) fn honorific_name_in(&self, span: Span) -> Option<Span> {
        let text = span.slice(self.text);
        let b = text.as_bytes();
        let word_at = |start: usize| {
            let end = memchr::memchr2(b' ', b'\n', &b[start..]).map_or(b.len(), |k| start + k);
            &text[start..end]
        };
        let bare = |w: &'a str| w.trim_matches(|c: char| !c.is_alphanumeric());
        // From the last back, the capitals that begin the common honorifics
        // (`Mr`, `Mrs`, `Ms`, `Dr`, `Lord`, `Lady`), found with memchr: few
        // in a window, where every space would be many.
        for start in memchr::memrchr3_iter(b'M', b'D', b'L', b) {
            if start > 0 && !matches!(b[start - 1], b' ' | b'\n') {
                continue;
            }
            let w = word_at(start);
            if !self.words.honorifics.contains(Lower::new(w.trim_end_matches('.')).as_str()) {
                continue;
            }
            let name_start = start + w.len() + 1;
            if name_start >= b.len() {
                continue;
            }
            let name = word_at(name_start);
            // (Not a possessive: `Lord Scarman's ability` is no speaker.)
            let possessive = name.ends_with("'s") || name.ends_with("\u{2019}s");
            if !capitalised(name) || possessive {
                continue;
            }
            let name_end = name_start + name.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
            let next = text
                .get(name_start + name.len() + 1..)
                .map_or("", |r| word_at(text.len() - r.len()));
            let before = text[..start].trim_end();
            let prev = &before[before.rfind(char::is_whitespace).map_or(0, |k| k + 1)..];
            let verb_after = {
                let v = bare(next);
                self.words.cues.contains(v) && !v.starts_with(|c: char| c.is_uppercase())
            };
            // After the verb, the name closes its clause (`said Mr Jain.`,
            // `said Mr Jain, head of …`); `asked Mr Myers if …` names whom
            // was asked.
            let closes = name.ends_with(['.', ',', ';', ':']);
            let verb_before = closes && self.words.objectless.contains(bare(prev));
            let found = Span::new(span.start + start, span.start + name_end);
            if (verb_after || verb_before)
                && !self.in_quotes(found)
                && self.mention_in(found).is_none()
            {
                return Some(found);
            }
        }
        None
    }

    /// True when the words of `span` hold a speech verb in the past
    /// ([`Self::is_cue`]; not one ending in `s`, which may be a noun:
    /// `member states`, `press reports`), as far back as a subject is
    /// looked for ([`Self::cue_before`]).
    pub fn has_cue_in(&self, span: Span) -> bool {
        self.with_words(self.clamp(span, true), |ws| {
            ws.iter().any(|w| self.is_cue(w) && !w.text(self.text).ends_with('s'))
        })
    }

    /// True when the words of `span` hold a speech verb ([`Self::is_cue`]),
    /// in any tense: `"…," X says` has its own verb, found or not.
    pub fn has_verb_in(&self, span: Span) -> bool {
        self.with_words(self.clamp(span, false), |ws| ws.iter().any(|w| self.is_cue(w)))
    }

    /// The last mention that ends at byte `end`. (Mentions are in text
    /// order and do not overlap: look only at those starting before it.)
    fn mention_ending_at(&self, end: usize) -> Option<usize> {
        let to = self.mentions.partition_point(|m| m.span.start < end);
        (0..to).rev().take(4).find(|&i| self.mentions[i].span.end == end)
    }

    pub(super) fn mention_in(&self, span: Span) -> Option<usize> {
        // Mentions are in text order: look only at those starting inside.
        let from = self.mentions.partition_point(|m| m.span.start < span.start);
        let to = self.mentions.partition_point(|m| m.span.start < span.end);
        (from..to).rev().find(|&i| self.mentions[i].span.end <= span.end)
    }

    /// The nearest mention before `at` that a pronoun can stand for: for
    /// `he` and `she`, an official the document does not mark as of the
    /// other gender ([`Self::fits_pronoun`]).
    ///
    /// `they` stands for none: in news copy it is nearly always people the
    /// story names by a plural noun (`diplomats said. They added …`, `the
    /// firms said they …`, `GTE Corp scientists said they …`), which are no
    /// entity, so the nearest organisation was the wrong one (11 of 15 read
    /// over BBC and Reuters).
    pub fn antecedent(&self, at: usize, pronoun: &str) -> Option<usize> {
        if pronoun.eq_ignore_ascii_case("they") {
            return None;
        }
        let person = ["he", "she"].iter().any(|p| pronoun.eq_ignore_ascii_case(p));
        // "Mr Blair has failed to tackle these problems, he claimed": a
        // pronoun right after what was said names no one inside it (but
        // "When Blair arrived, he said" may be Blair).
        let said_before = if person { self.reported_clause_before(at) } else { None };
        let nearest = |at: usize| {
            // (Mentions are in text order: only those before `at` are read.)
            let before = self.mentions.partition_point(|m| m.span.start < at);
            self.mentions[..before]
                .iter()
                .enumerate()
                .rev()
                .filter(|(_, m)| m.span.end <= at && !self.in_quotes(m.span))
                .filter(|(_, m)| {
                    said_before.is_none_or(|s| m.span.end <= s.start || m.span.start >= s.end)
                })
                .find(|&(i, m)| {
                    if person {
                        m.kind == EntityKind::Official && self.fits_pronoun(pronoun, Some(i), None)
                    } else {
                        m.kind == EntityKind::Organisation
                    }
                })
                .map(|(i, _)| i)
        };
        let found = nearest(at)?;
        // "When he refused to support Harold Wilson, he said": the same
        // pronoun earlier in the sentence stands for the same person, so a
        // name between the two is not who it is. (Looked for only when the
        // name found is in the pronoun's sentence.)
        if person {
            let start = self.sentence_start(&self.text[..at]);
            let m = self.mentions[found].span;
            if m.start >= start {
                if let Some(p) = self.same_pronoun_before(Span::new(start, m.start), pronoun) {
                    return nearest(p);
                }
            }
        }
        Some(found)
    }

    /// The words a pronoun at `at` follows when they are what it said: the
    /// sentence up to a comma right before the pronoun, unless the
    /// sentence opens with a word that makes that an adverbial clause
    /// (`When`, `After`, `If` …).
    fn reported_clause_before(&self, at: usize) -> Option<Span> {
        let head = self.text[..at].trim_end();
        if !head.ends_with(',') {
            return None;
        }
        let start = self.sentence_start(head);
        let first = head[start..].split_whitespace().next()?;
        (!is_one_of(first, &ADVERBIAL_OPENERS)).then(|| Span::new(start, head.len()))
    }

    /// Where the sentence that `head` (the text before some point) ends in
    /// starts: after the last full stop followed by a space, or a line
    /// break, within a window.
    fn sentence_start(&self, head: &str) -> usize {
        let from = head.len().saturating_sub(WINDOW_BYTES);
        let b = head.as_bytes();
        memchr::memrchr2_iter(b'.', b'\n', &b[from..])
            .map(|k| from + k)
            .find(|&k| b[k] == b'\n' || b.get(k + 1).is_some_and(|c| c.is_ascii_whitespace()))
            .map_or(from, |k| k + 1)
    }

    /// The start of the first `he`, `him` or `his` (for `he`; `she`, `her`
    /// for `she`) outside quote marks in `span`.
    fn same_pronoun_before(&self, span: Span, pronoun: &str) -> Option<usize> {
        let forms: &[&str] = if pronoun.eq_ignore_ascii_case("he") {
            &["he", "him", "his", "himself"]
        } else {
            &["she", "her", "hers", "herself"]
        };
        // (Read in place: no word list made for a pronoun.)
        let head = span.slice(self.text);
        head.split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| is_one_of(w, forms))
            .map(|w| w.as_ptr() as usize - self.text.as_ptr() as usize)
            .find(|&p| !self.in_quotes(Span::new(p, p + 1)))
    }

    /// The speaker named by the words `ws` (the subject of a speech verb).
    fn subject(&self, ws: &[Word]) -> Option<Speaker> {
        let last = ws.last()?;
        let span = Span::new(ws[0].span.start, last.span.end);
        // `"…," one said`: one of the people the story names by a role —
        // no one to link, and not the last speaker either.
        if ws.len() == 1 && last.text(self.text).eq_ignore_ascii_case("one") {
            return Some(Speaker {
                span,
                mention: None,
                name: None,
                attribution: Attribution::RoleOnly,
                role: Some(last.text(self.text).to_string()),
            });
        }
        if ws.len() == 1 && is_pronoun(last.text(self.text)) {
            let mention = self.antecedent(last.span.start, last.text(self.text));
            return Some(Speaker {
                span: last.span,
                mention,
                name: None,
                attribution: Attribution::Pronoun,
                role: None,
            });
        }
        let mention = self.mention_in(span);
        let noun = self.words.speaker_nouns.contains(last.text(self.text));
        match mention {
            Some(i) if self.mentions[i].kind == EntityKind::Official => {
                let m = &self.mentions[i];
                Some(Speaker {
                    span: m.span,
                    mention: Some(i),
                    name: None,
                    attribution: Attribution::Explicit,
                    role: m.role.clone(),
                })
            }
            _ if noun => {
                // The role phrase: back to its determiner, never over a
                // comma (`However, other economists said`).
                let after_comma =
                    ws[..ws.len() - 1].iter().rposition(|w| w.stop_after).map_or(0, |k| k + 1);
                // (Not at `the` inside a name: `the Office of the Deputy
                // Prime Minister`.)
                let inside_name = |k: usize| {
                    k > 1
                        && ws[k].text(self.text) == "the"
                        && ws[k - 1].text(self.text) == "of"
                        && capitalised(ws[k - 2].text(self.text))
                        && ws.get(k + 1).is_some_and(|w| capitalised(w.text(self.text)))
                };
                let start = (0..ws.len())
                    .rev()
                    .find(|&k| is_determiner(ws[k].text(self.text)) && !inside_name(k))
                    .unwrap_or(0)
                    .max(after_comma);
                let phrase = Span::new(ws[start].span.start, last.span.end);
                // "the Russian central bank" is an organisation, not a role
                // (but "a spokesman for Darlington Council" is a role).
                match mention {
                    Some(i) if self.mentions[i].span.end == last.span.end => {
                        self.role_at(ws, i).or(Some(Speaker {
                            span: self.mentions[i].span,
                            mention: Some(i),
                            name: None,
                            attribution: Attribution::Explicit,
                            role: None,
                        }))
                    }
                    _ => Some(Speaker::role_only(phrase, self.text)),
                }
            }
            Some(i) => {
                let m = &self.mentions[i];
                if let Some(person) = self.demonym_as_noun(ws, i) {
                    return Some(person);
                }
                if let Some(role) = self.role_at(ws, i).or_else(|| self.title_of_place(ws, i)) {
                    return Some(role);
                }
                if let Some(person) = self.person_before_of(ws, i) {
                    return Some(person);
                }
                // The entity must end the subject: "the Russian central bank", not "Russia's army".
                if m.span.end + 3 >= last.span.end {
                    return Some(Speaker {
                        span: m.span,
                        mention: Some(i),
                        name: None,
                        attribution: Attribution::Explicit,
                        role: None,
                    });
                }
                // An organisation's longer name, in whole words after
                // nothing but an article: the organisation speaks (`the
                // Federal Reserve Board`, `Morgan Stanley International`).
                let k = ws.partition_point(|w| w.span.start < m.span.end);
                let lead = ws.partition_point(|w| w.span.start < m.span.start);
                let rest = &ws[k..];
                // (One word: two may be a person's name, `the European
                // Community Tran Van Thinh`.)
                let name_word = |w: &Word| {
                    let t = w.text(self.text).trim_end_matches(['.', ',', ';', ':']);
                    capitalised(t)
                        && t.chars().all(|c| c.is_alphanumeric() || c == '-')
                        && self.text[ws[k - 1].span.end..w.span.start].trim().is_empty()
                };
                if m.kind == EntityKind::Organisation
                    && rest.len() == 1
                    && rest.iter().all(name_word)
                    && ws[k - 1].span.end == m.span.end
                    && ws.get(lead).is_some_and(|w| w.span.start == m.span.start)
                    && !ws[k - 1].stop_after
                    && ws[..lead].iter().all(|w| is_determiner(w.text(self.text)))
                {
                    let last = last.text(self.text);
                    let stop = usize::from(last.len() > 2 && last.ends_with('.'));
                    let span = Span::new(m.span.start, ws[ws.len() - 1].span.end - stop);
                    return Some(Speaker {
                        span,
                        mention: Some(i),
                        name: None,
                        attribution: Attribution::Explicit,
                        role: None,
                    });
                }
                self.possessive_at(ws).and_then(|p| self.person_after_possessive(ws, p))
            }
            None => {
                let of = ws.iter().rposition(|w| w.text(self.text) == "of");
                of.filter(|&k| ws.get(k + 1).is_some_and(|w| capitalised(w.text(self.text))))
                    .and_then(|k| self.person_before_word_of(ws, k + 1))
                    // (With no known owner, one word after an owner with
                    // an article is the rest of a name: `the People's Daily`.)
                    .or_else(|| {
                        let p = self.possessive_at(ws)?;
                        if ws.len() - p == 2 {
                            let before = self.text[..ws[0].span.start].trim_end();
                            let article_before = before
                                .rsplit(char::is_whitespace)
                                .next()
                                .is_some_and(is_determiner);
                            if is_determiner(ws[0].text(self.text)) || article_before {
                                return None;
                            }
                        }
                        self.person_after_possessive(ws, p)
                    })
                    .or_else(|| self.person_name(ws))
                    .or_else(|| self.role_at_unknown(ws))
            }
        }
    }

    /// A nationality that ends the subject after an article is one person
    /// of it, not the country: `the American said`, `the 23-year-old
    /// Israeli added`. (Only forms for one person: `the Chinese said`, `the
    /// French said`, `the Americans said` may speak for a government.)
    fn demonym_as_noun(&self, ws: &[Word], i: usize) -> Option<Speaker> {
        let m = &self.mentions[i];
        if m.method != crate::entities::Method::Demonym {
            return None;
        }
        let last = ws.last()?;
        let surface = m.span.slice(self.text);
        let singular = !surface.ends_with('s')
            && !["ese", "ch", "sh"].iter().any(|end| surface.ends_with(end));
        if m.span.end != last.span.end || !singular || !is_determiner(ws[0].text(self.text)) {
            return None;
        }
        Some(Speaker::role_only(Span::new(ws[0].span.start, last.span.end), self.text))
    }

    /// The person named after a possessive (`Lloyds Bank's Johnson`,
    /// `Deloitte's Sanjay Mehta`; the possessive is word `p`), with the
    /// words up to it as their role: the owner is where they work, not part
    /// of their name.
    fn person_after_possessive(&self, ws: &[Word], p: usize) -> Option<Speaker> {
        let mut named = self.person_name(&ws[p + 1..])?;
        let role = Span::new(ws[0].span.start, ws[p].span.end).slice(self.text);
        named.role = Some(role.to_string());
        Some(named)
    }

    /// The last word of `ws` that ends in a possessive `'s`.
    fn possessive_at(&self, ws: &[Word]) -> Option<usize> {
        let b = self.text.as_bytes();
        ws.iter().rposition(|w| {
            // (The last byte first: most words end in no `s`.)
            w.span.len() > 2 && b[w.span.end - 1] == b's' && {
                let t = w.text(self.text);
                t.ends_with("'s") || t.ends_with("\u{2019}s")
            }
        })
    }

    /// The person named before `of` and mention `i` (`Ronald Glantz of
    /// Montgomery Securities said`, `Senator Robert Dole of Kansas said`):
    /// they speak, not the firm or the place they are of. The person is an
    /// official the entity stage found, or two or three capitalised words
    /// that begin with a given name or follow a person's role (`analyst
    /// Philip Fricke of Goldman Sachs`); `the Archbishop of Canterbury` and
    /// `the United Steelworkers of America` are no such words.
    fn person_before_of(&self, ws: &[Word], i: usize) -> Option<Speaker> {
        let mut lead = ws.partition_point(|w| w.span.start < self.mentions[i].span.start);
        // (`Paul Spedding of stockbroker Kleinwort Grieveson and Co`: up
        // to two words in lower case say what the firm is.)
        let lower = |k: usize| {
            ws[k].text(self.text).starts_with(|c: char| c.is_lowercase()) && !ws[k].stop_after
        };
        for _ in 0..2 {
            if lead > 2 && ws[lead - 1].text(self.text) != "of" && lower(lead - 1) {
                lead -= 1;
            }
        }
        self.person_before_word_of(ws, lead)
    }

    /// [`Self::person_before_of`] with no entity after `of`: the words
    /// from `ws[lead]` on name where the person is from (`analyst David
    /// Crossen of Sanford C. Bernstein said`).
    fn person_before_word_of(&self, ws: &[Word], lead: usize) -> Option<Speaker> {
        if lead < 2 || ws[lead - 1].text(self.text) != "of" || ws[lead - 2].stop_after {
            return None;
        }
        let end = ws[lead - 2].span.end;
        if let Some(j) = self.mention_ending_at(end) {
            let m = &self.mentions[j];
            return (m.kind == EntityKind::Official).then(|| Speaker {
                span: m.span,
                mention: Some(j),
                name: None,
                attribution: Attribution::Explicit,
                role: m.role.clone(),
            });
        }
        let name_word = |w: &Word| {
            let t = w.text(self.text);
            capitalised(t) && !w.stop_after && t.chars().all(|c| c.is_alphabetic() || c == '-')
        };
        let from = (0..lead - 1).rev().take_while(|&k| name_word(&ws[k])).last()?;
        let count = lead - 1 - from;
        let role_before =
            from > 0 && self.words.person_nouns.contains(ws[from - 1].text(self.text));
        let given = self.words.given_genders.contains(ws[from].text(self.text));
        // (`West German Minister of State Hans Tietmeyer`: a title before
        // `of` is no name.)
        let title =
            ws[from..lead - 1].iter().any(|w| self.words.speaker_nouns.contains(w.text(self.text)));
        if !(2..=3).contains(&count) || !(given || role_before) || title {
            return None;
        }
        self.person_name(&ws[from..lead - 1])
    }

    /// A description after an article, then the name of whom it describes
    /// (`said the 28-year-old Morientes`, `said the Spanish striker
    /// Morientes`): the person, with the description as the role.
    fn described_then_named(&self, ws: &[Word]) -> Option<Speaker> {
        if ws.len() < 3 || ws.len() > 6 || !ws[0].text(self.text).eq_ignore_ascii_case("the") {
            return None;
        }
        let name_start = ws.iter().rposition(|w| !capitalised(w.text(self.text)))? + 1;
        let before = ws[name_start - 1].text(self.text);
        // (Words of a description only: `the US emphasis on an Axis of
        // Evil` holds a phrase after its noun.)
        let describes = name_start >= 2
            && !ws[name_start - 1].stop_after
            && before.chars().all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '-')
            && ws[1..name_start].iter().all(|w| {
                let t = w.text(self.text);
                !w.stop_after && !is_determiner(t) && !is_one_of(t, &ROLE_BREAKS) && !self.is_cue(w)
            });
        if !describes || !(1..=2).contains(&(ws.len() - name_start)) {
            return None;
        }
        let mut person = self.person_name(&ws[name_start..])?;
        let role = Span::new(ws[0].span.start, ws[name_start - 1].span.end);
        person.role = Some(role.slice(self.text).to_string());
        Some(person)
    }

    /// A role phrase that ends in where the speaker works when that is no
    /// entity (`A spokeswoman for the RAD`, `a source close to the
    /// industry`): the phrase, role-only, from its determiner.
    fn role_at_unknown(&self, ws: &[Word]) -> Option<Speaker> {
        let n = ws.iter().position(|w| {
            let t = w.text(self.text);
            t.starts_with(|c: char| c.is_lowercase()) && self.words.speaker_nouns.contains(t)
        })?;
        let word = |k: usize| ws.get(k).map_or("", |w| w.text(self.text));
        let close = is_one_of(word(n + 1), &["close", "familiar"])
            && is_one_of(word(n + 2), &["to", "with"]);
        let preposition = close || is_one_of(word(n + 1), &["for", "at", "with", "from"]);
        let rest = ws.len() - n - 1;
        let joins = ws[n + 1..].iter().any(|w| is_one_of(w.text(self.text), &["and", "but", "or"]));
        if !preposition || !(2..=7).contains(&rest) || ws[n..].iter().any(|w| w.stop_after) || joins
        {
            return None;
        }
        let start = (0..n).rev().find(|&k| is_determiner(ws[k].text(self.text)))?;
        let span = Span::new(ws[start].span.start, ws[ws.len() - 1].span.end);
        Some(Speaker::role_only(span, self.text))
    }

    /// The role phrase that names a speaker by where they work, when
    /// mention `i` follows a speaker noun and a preposition (`an analyst at
    /// Barclays`, `a spokesman for Dell`): the person the phrase describes
    /// speaks, as after the verb (`said an analyst at Barclays`) and as a
    /// `Ukraine spokesperson` does, not the organisation (the speaker is
    /// role-only: a later `he` or `she` may be that person, which a link
    /// to the organisation would make the organisation).
    fn role_at(&self, ws: &[Word], i: usize) -> Option<Speaker> {
        let lead = ws.partition_point(|w| w.span.start < self.mentions[i].span.start);
        let p = (0..lead).rev().find(|&k| !is_determiner(ws[k].text(self.text)))?;
        let preposition = is_one_of(ws[p].text(self.text), &["at", "with", "for", "from"]);
        if !preposition || p == 0 || !self.words.speaker_nouns.contains(ws[p - 1].text(self.text)) {
            return None;
        }
        let after_comma = ws[..p].iter().rposition(|w| w.stop_after).map_or(0, |k| k + 1);
        let start = (0..p)
            .rev()
            .find(|&k| is_determiner(ws[k].text(self.text)))
            .unwrap_or(0)
            .max(after_comma);
        let span = Span::new(ws[start].span.start, ws[ws.len() - 1].span.end);
        Some(Speaker::role_only(span, self.text))
    }

    /// `The Archbishop of Canterbury said`, `the Duke of Edinburgh said`,
    /// `the Prime Minister of Japan said`: a title (or a gendered noun or
    /// a role for one person) before `of` and the place mention `i` that
    /// ends the subject `ws` is a role, not the place.
    fn title_of_place(&self, ws: &[Word], i: usize) -> Option<Speaker> {
        let m = &self.mentions[i];
        let lead = ws.partition_point(|w| w.span.start < m.span.start);
        let last = ws.last()?;
        if m.kind != EntityKind::Place || lead < 2 || m.span.end != last.span.end {
            return None;
        }
        let title = ws[lead - 2].text(self.text);
        let titled = self.words.titles.contains(title)
            || self.words.gendered.contains(title)
            || self.words.person_nouns.contains(title);
        if ws[lead - 1].text(self.text) != "of" || !titled || ws[lead - 2].stop_after {
            return None;
        }
        let after_comma = ws[..lead - 2].iter().rposition(|w| w.stop_after).map_or(0, |k| k + 1);
        let start = (after_comma..lead - 2)
            .rev()
            .find(|&k| is_determiner(ws[k].text(self.text)))
            .unwrap_or(lead - 2);
        Some(Speaker::role_only(Span::new(ws[start].span.start, last.span.end), self.text))
    }

    /// A subject that describes the speaker without a speaker noun: an
    /// article and up to four lower-case words (`The long-running presenter
    /// said`, `said the 28-year-old`).
    fn described(&self, ws: &[Word]) -> Option<Speaker> {
        let (first, rest) = ws.split_first()?;
        let lower = |w: &Word| {
            let t = w.text(self.text);
            t.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                && t.chars()
                    .all(|c| c.is_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '\''))
                && (!t.starts_with(|c: char| c.is_ascii_digit()) || t.contains("-year-old"))
        };
        let ok = is_one_of(first.text(self.text), &["the", "a", "an", "one", "another"])
            && (1..=4).contains(&rest.len())
            && rest.iter().all(lower)
            && !rest.iter().any(|w| {
                let t = w.text(self.text);
                self.is_cue(w) || is_one_of(t, &CLAUSE_JOINS) || is_one_of(t, &NOT_IN_DESCRIPTIONS)
            });
        ok.then(|| {
            let span = Span::new(first.span.start, ws[ws.len() - 1].span.end);
            Speaker::role_only(span, self.text)
        })
    }

    /// An organisation by its initials the gazetteer does not know (`CPC
    /// said "…"`): the speaker as written.
    fn acronym(&self, ws: &[Word]) -> Option<Speaker> {
        let [w] = ws else { return None };
        let t = w.text(self.text);
        let ok = (2..=6).contains(&t.len()) && t.chars().all(|c| c.is_ascii_uppercase());
        ok.then_some(Speaker {
            span: w.span,
            mention: None,
            name: None,
            attribution: Attribution::Explicit,
            role: None,
        })
    }

    /// A person's name with no entity: one to four capitalised words, perhaps
    /// after an honorific (`Mr Makower`, `James Carrick`, `Lord Goldsmith`).
    fn person_name(&self, ws: &[Word]) -> Option<Speaker> {
        if ws.is_empty() || ws.len() > 5 {
            return None;
        }
        let first = ws[0].text(self.text);
        let honorific =
            self.words.honorifics.contains(Lower::new(first.trim_end_matches('.')).as_str());
        let body = if honorific { &ws[1..] } else { ws };
        let names = !body.is_empty()
            && body.len() <= 4
            && body.iter().enumerate().all(|(k, w)| {
                let t = crate::entities::without_possessive(w.text(self.text));
                // (`de Hora`: a particle before a capitalised word; `Robert
                // E. Linton`: an initial inside the name.)
                let initial = t.len() == 2 && t.ends_with('.') && capitalised(t);
                if k + 1 < body.len() && (is_one_of(t, &NAME_PARTICLES) || initial && k > 0) {
                    return true;
                }
                // (Initials may open a name, `WMC Resources`, `P.S. Tam`,
                // but a name all in capitals is a headline's, and a role, a
                // body or an owner before a person's name is no part of it:
                // `DJ Pete Mitchell`, `ABN Amro's Paul Mackel`.)
                let initials = k == 0 && body.len() >= 2 && {
                    let last = body[body.len() - 1].text(self.text);
                    let given = || self.words.given_genders.contains(body[1].text(self.text));
                    !crate::gazetteer::is_all_caps(last)
                        && (t.contains('.') || !given())
                        && body.iter().all(|w| {
                            let t = w.text(self.text);
                            !t.ends_with("'s")
                                && !t.ends_with('\'')
                                && !self.words.person_nouns.contains(t)
                        })
                };
                capitalised(t)
                    && t.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.'))
                    && (initials || !crate::gazetteer::is_all_caps(t))
            })
            && !self.words.cues.contains(body[0].text(self.text))
            && !STOP_NAMES.contains(&body[0].text(self.text));
        if !names {
            return None;
        }
        // A role written with its capital before a name is the role
        // (`Solicitor Gareth Pierce`, `Analyst Comeau`).
        let lead = body[0].text(self.text);
        let role = (!honorific && body.len() >= 2 && self.words.person_nouns.contains(lead))
            .then(|| lead.to_string());
        let first = if role.is_some() { 1 } else { 0 };
        // (`said Mr Kim.`: the full stop ends the sentence, not the name;
        // an initial keeps its own, `James E.`.)
        let last = ws[ws.len() - 1].text(self.text);
        let stop = usize::from(last.len() > 2 && last.ends_with('.'));
        let span = Span::new(ws[first].span.start, ws[ws.len() - 1].span.end - stop);
        Some(Speaker {
            span,
            mention: None,
            name: Some(span),
            attribution: Attribution::Explicit,
            role,
        })
    }

    /// The subject words right before word `cue` in `ws`: back over fillers,
    /// then over the noun phrase.
    fn subject_before(&self, ws: &[Word], cue: usize) -> Option<Speaker> {
        let mut end = cue;
        while end > 0 && self.words.fillers.contains(ws[end - 1].text(self.text)) && cue - end < 3 {
            end -= 1;
        }
        if end == 0 {
            return None;
        }
        // `Stora Kopparbergs Bergslags AB <SKPS ST> said`: the wire's stock
        // symbol in angle brackets before the verb is no part of the subject.
        // (Not one that closes an appositive: `Ford Motor Co of Canada Ltd,
        // 90 pct owned by Ford Motor Co <F>, said`.)
        let after = &self.text[ws[end - 1].span.end..];
        if after.starts_with('>') && !after[1..].starts_with(',') {
            let b = self.text.as_bytes();
            let opens = (end.saturating_sub(3)..end)
                .find(|&k| k > 0 && ws[k].span.start > 0 && b[ws[k].span.start - 1] == b'<');
            // (A symbol is in capitals: `<Qorin Holdings Ltd>` is a firm's
            // name, which the subject keeps.)
            let symbol = |k: usize| {
                ws[k..end]
                    .iter()
                    .all(|w| !w.text(self.text).bytes().any(|c| c.is_ascii_lowercase()))
            };
            if let Some(k) = opens.filter(|&k| symbol(k)) {
                end = k;
            }
        }
        // (`praised the police and said`: the verb's subject is the
        // sentence's, [`Self::coordinated_subject`].)
        if is_one_of(ws[end - 1].text(self.text), &["and", "but"]) {
            return None;
        }
        // "…was Jewish, said Mr B": punctuation before the verb means the
        // subject comes after it, unless it closes an appositive ("Igor
        // Konashenkov, a Russian defense ministry spokesman, said").
        // (A closing bracket is no comma: `the United Nations Economic
        // Commission for Europe (UNECE) said`.)
        let comma = ws[end - 1].stop_after && {
            let rest = self.text[ws[end - 1].span.end..].trim_start_matches(')');
            !rest.starts_with(char::is_whitespace) && !rest.is_empty()
        };
        let mut start = end;
        while start > 0 && end - start < 8 {
            let w = &ws[start - 1];
            let t = w.text(self.text);
            let joins = capitalised(t)
                || is_pronoun(t)
                || self.words.speaker_nouns.contains(t)
                // (An age describes: `the 21-year-old told`.)
                || t.ends_with("-year-old")
                || t.chars().all(|c| c.is_lowercase() || c == '-')
                    && !self.is_cue(w)
                    && t != "that"
                    // (`X backed it but said`: the verb's subject is X.)
                    && !(start < end && is_one_of(t, &CLAUSE_JOINS));
            // (A bracket inside a firm's name is no break: `Yamaichi
            // International (Europe) Ltd said`.)
            let inside_name = || {
                let mut from = w.span.start.saturating_sub(24);
                while !self.text.is_char_boundary(from) {
                    from += 1;
                }
                let head = &self.text[from..w.span.start];
                self.text[w.span.end..].starts_with(") ")
                    && head.rfind('(').is_some_and(|k| !head[k..].contains(')'))
                    && capitalised(ws[start].text(self.text))
            };
            if !joins || (start < end && w.stop_after && !inside_name()) {
                break;
            }
            start -= 1;
        }
        if start == end {
            return None;
        }
        // Narrow to the longest tail that names someone (not from a word
        // that joins the sentence to the one before: `But industry
        // spokesmen`).
        let connective = |w: &Word| {
            let t = w.text(self.text);
            capitalised(t) && self.words.connectives.contains(t)
        };
        let located = self.located_role(ws, start, end);
        let found = located.or_else(|| {
            (start..end).find_map(|s| {
                let tail = &ws[s..end];
                let first = tail[0].text(self.text);
                if connective(&tail[0]) {
                    return None;
                }
                // (What follows a connective opens the sentence as much as it.)
                let plausible = tail.len() == 1
                    || capitalised(first)
                    || (s == start + 1 && connective(&ws[start]))
                    || is_determiner(first)
                    || self.words.speaker_nouns.contains(first)
                    || tail.iter().any(|w| capitalised(w.text(self.text)));
                if !plausible {
                    return None;
                }
                // A description opens the clause (`The long-running presenter
                // said`); an organisation's initials stand right before the
                // verb (`CPC said`).
                // (Only connectives and an article before it: `But the IAAF
                // said`, not `Mr Hockney also left UKIP saying`.)
                let lead = ws[start..s]
                    .iter()
                    .all(|w| connective(w) || is_one_of(w.text(self.text), &["the"]));
                let opens = (start == 0 || ws[start - 1].stop_after) && lead;
                // (Or after a role naming what it is: `The Iranian news
                // agency IRNA said`.)
                let named =
                    || s > start && self.words.speaker_nouns.contains(ws[s - 1].text(self.text));
                self.pair_of_names(tail, ws[..s].last())
                    .or_else(|| self.subject(tail))
                    .or_else(|| if opens { self.described(tail) } else { None })
                    .or_else(|| {
                        let one = tail.len() == 1;
                        if one && (opens || named()) {
                            self.acronym(tail)
                        } else {
                            None
                        }
                    })
            })
        });
        // (Not a place ending a name the gazetteers do not know: `Credit
        // Commercial de France said`, `the Port of Rotterdam said`.)
        let found = found.filter(|f| {
            let place_at = |p: usize| ws[p].span.start == f.span.start;
            !(start..end).find(|&p| place_at(p)).is_some_and(|p| self.place_in_a_name(ws, start, p))
        });
        let found = found.map(|f| self.firm_of_a_place(ws, start, f));
        // (A role phrase in apposition names the person before it.)
        let role_only = found.as_ref().is_some_and(|f| f.attribution == Attribution::RoleOnly);
        let owned = found.map(|f| self.appositive_owner(f));
        let appositive =
            role_only && owned.as_ref().is_some_and(|o| o.attribution == Attribution::Explicit);
        if comma && !appositive {
            return self.set_off(ws, end, true).or_else(|| self.before_an_aside(ws, end));
        }
        // `Howard Archer, economist at Global Insight said`: the phrase's
        // closing comma left out, the person before it speaks, not the
        // firm at its end, nor a name inside the phrase (`Mark Brett,
        // economist at Barclays de Zoete Wedd said`).
        let named = |o: &Speaker| {
            o.attribution == Attribution::Explicit
                && (o.name.is_some()
                    || o.mention.is_some_and(|i| self.mentions[i].kind == EntityKind::Official))
        };
        if let Some(person) = self.set_off(ws, end, false) {
            if owned.as_ref().is_none_or(|o| !named(o) || o.span.start > person.span.end) {
                return Some(person);
            }
        }
        owned
    }

    /// True when the words from `s` on start with a place that ends a
    /// longer name: after `of`, `for`, `de` … (and perhaps `the`) after a
    /// capitalised word that is no title, all from `start` on (`Credit
    /// Commercial de France`, `the Port of Rotterdam`; not `the Duke of
    /// Edinburgh`; `Economic Commission for Latin America and the
    /// Caribbean` is not read through `and`).
    fn place_in_a_name(&self, ws: &[Word], start: usize, s: usize) -> bool {
        let at = ws[s].span.start;
        let i = self.mentions.partition_point(|m| m.span.start < at);
        let place =
            self.mentions.get(i).is_some_and(|m| m.span.start == at && m.kind == EntityKind::Place);
        if !place {
            return false;
        }
        let mut k = s;
        if k > start && ws[k - 1].text(self.text) == "the" {
            k -= 1;
        }
        // (A person's title is no name: `the Duke of Edinburgh`.)
        let named = |w: &str| {
            capitalised(w)
                && !self.words.gendered.contains(w)
                && !self.words.person_nouns.contains(w)
        };
        // (The words that join a name's parts, but `and`: `Britain and
        // France said` are two.)
        let joins = |w: &str| !matches!(w, "and" | "&") && crate::entities::CONNECTORS.contains(&w);
        k >= start + 2 && joins(ws[k - 1].text(self.text)) && named(ws[k - 2].text(self.text))
    }

    /// `Duff and Phelps said`, `Pratt and Whitney said`, `The DIW and Ifo
    /// said`: capitalised names of one to three words each on both sides
    /// of `and` (or `&`) are one speaker, the whole (a firm's name or the
    /// two who spoke), not the name after `and`. Two names the gazetteers
    /// know, each whole, are left to [`Self::subject`] (`Texas and Oklahoma
    /// reported`, `Chemlawn Corp and Ecolab Inc said`),
    /// as is a pair inside a longer name (`the Institute for Geography and
    /// Statistics (IBGE) said`, `Kahn and Kahn Pty Ltd said`: after a
    /// capitalised word or a connector, with a bracket, or in one mention).
    /// `before` is the word before `ws`.
    fn pair_of_names(&self, ws: &[Word], before: Option<&Word>) -> Option<Speaker> {
        let and = ws.iter().position(|w| is_one_of(w.text(self.text), &["and", "&"]))?;
        let (a, b) = (&ws[..and], &ws[and + 1..]);
        // (An abbreviation inside a part ends a name: `Goldman Sachs and
        // Co. Goldman said`.)
        let name = |part: &[Word]| {
            (1..=3).contains(&part.len())
                && part[..part.len() - 1].iter().all(|w| {
                    let t = w.text(self.text);
                    !w.stop_after && !(t.len() > 2 && t.ends_with('.'))
                })
                && part.iter().all(|w| {
                    let t = crate::entities::without_possessive(w.text(self.text));
                    capitalised(t)
                        && t.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '.'))
                        && !self.words.connectives.contains(t)
                        && !self.words.name_stopwords.contains(t)
                        && !self.words.speaker_nouns.contains(t)
                        && !self.words.person_nouns.contains(t)
                })
        };
        if ws[and].stop_after || !name(a) || !name(b) {
            return None;
        }
        // (Two the gazetteers know, each whole: the last is linked, as
        // before.)
        let known = |part: &[Word]| {
            let span = Span::new(part[0].span.start, part[part.len() - 1].span.end);
            self.mention_in(span).is_some_and(|i| {
                let m = &self.mentions[i];
                m.kind == EntityKind::Place
                    || m.span.start == span.start && span.end.abs_diff(m.span.end) <= 1
            })
        };
        if known(a) && known(b) {
            return None;
        }
        // (Nor the last two of a list: `the Federal Office of Industry,
        // Trade and Labour said`; a clause before a comma is none: `While
        // increasing its size, S and P said`.)
        let inside_name = before.is_some_and(|w| {
            let t = w.text(self.text);
            let listed = self.text[w.span.end..].starts_with(',') && capitalised(t);
            listed
                || !w.stop_after
                    && !is_determiner(t)
                    && (capitalised(t) || crate::entities::CONNECTORS.contains(&t))
        });
        let whole = Span::new(a[0].span.start, b[b.len() - 1].span.end);
        let across =
            |m: &Mention| m.span.start <= ws[and].span.start && ws[and].span.end <= m.span.end;
        if inside_name || whole.slice(self.text).contains(['(', ')']) || {
            let i = self.mentions.partition_point(|m| m.span.start <= ws[and].span.start);
            i > 0 && across(&self.mentions[i - 1])
        } {
            return None;
        }
        let last = b[b.len() - 1].text(self.text);
        let stop = usize::from(last.len() > 2 && last.ends_with('.'));
        let span = Span::new(a[0].span.start, b[b.len() - 1].span.end - stop);
        Some(Speaker {
            span,
            mention: self.named_in_full(span, b),
            name: None,
            attribution: Attribution::Explicit,
            role: None,
        })
    }

    /// The organisation a pair of names stands for, when the document names
    /// it in full: a mention in the pair's last part whose name begins with
    /// the pair (`Kahn and Kahn` of `Kahn and Kahn Pty Ltd`), or, for a
    /// pair of initials, an earlier organisation whose words begin with
    /// them (`S and P` for `Standard and Poor's Corp`).
    fn named_in_full(&self, pair: Span, b: &[Word]) -> Option<usize> {
        let text = pair.slice(self.text);
        let organisation = |m: &Mention| m.kind == EntityKind::Organisation;
        if let Some(i) = self.mention_in(Span::new(b[0].span.start, pair.end)) {
            let m = &self.mentions[i];
            if organisation(m) && m.name.starts_with(text) {
                return Some(i);
            }
        }
        // (Initials stand for a name with `and` in the same place:
        // `Standard and Poor's Corp`, not `Security Pacific Corp`.)
        let (left, right) = text.split_once(" and ").or_else(|| text.split_once(" & "))?;
        let letters = |part: &str| -> Option<Vec<char>> {
            part.split_whitespace()
                .map(|w| {
                    let mut c = w.chars();
                    match (c.next(), c.next()) {
                        (Some(l), None) if l.is_ascii_uppercase() => Some(l),
                        _ => None,
                    }
                })
                .collect()
        };
        let (left, right) = (letters(left)?, letters(right)?);
        let initials = |part: &str, of: &[char], rest: usize| {
            let words: Vec<&str> = part.split_whitespace().collect();
            words.len() >= of.len()
                && words.len() <= of.len() + rest
                && words.iter().zip(of).all(|(w, c)| w.starts_with(*c))
        };
        let before = self.mentions.partition_point(|m| m.span.start < pair.start);
        (0..before).rev().find(|&i| {
            let m = &self.mentions[i];
            let name = m.name.split_once(" and ").or_else(|| m.name.split_once(" & "));
            organisation(m)
                && name.is_some_and(|(l, r)| initials(l, &left, 0) && initials(r, &right, 1))
        })
    }

    /// `Ford Canada said`, `Union Texas also said`, `Great American said`:
    /// a place (or its demonym) right before the verb, after one capitalised
    /// word that opens the clause and is no connective, name stopword,
    /// title or role (`But Canada said`, `Yesterday Canada said`, `The
    /// American said`), is a firm or agency named for it, and the whole name
    /// speaks, with no link to the place. (Inside a sentence the entity
    /// stage already reads such a place as part of a name; a clause's first
    /// word has its capital anyway, so only the verb after the name tells.)
    /// Not a people (`Two Americans said`).
    fn firm_of_a_place(&self, ws: &[Word], start: usize, found: Speaker) -> Speaker {
        let Some(m) = found.mention.map(|i| &self.mentions[i]) else { return found };
        let p = start + 1;
        let fits = m.kind == EntityKind::Place
            && ws.get(p).is_some_and(|w| w.span.start == m.span.start)
            && found.span == m.span
            && (start == 0 || ws[start - 1].stop_after)
            && self.text[ws[start].span.end..m.span.start] == *" "
            && !(m.method == crate::entities::Method::Demonym
                && m.span.slice(self.text).ends_with('s'));
        if !fits {
            return found;
        }
        let x = ws[start].text(self.text);
        let word = Lower::new(x);
        let named = capitalised(x)
            && x.chars().all(|c| c.is_alphanumeric() || c == '-')
            && !self.words.connectives.contains(x)
            && !self.words.name_stopwords.contains(x)
            && !self.words.honorifics.contains(word.as_str())
            && !self.words.gendered.contains(x)
            && !self.words.person_nouns.contains(x)
            && !is_determiner(x)
            && self.mention_in(ws[start].span).is_none();
        if !named {
            return found;
        }
        Speaker { span: Span::new(ws[start].span.start, m.span.end), mention: None, ..found }
    }

    /// `A diplomat in Moscow said`, `Oil traders in New York said`, `a
    /// dealer for a German bank in London said`, `Reports from Russia
    /// say`: a speaker noun, `in` or `at` (or a document, `from`), and a
    /// place the gazetteers know right before the verb (words
    /// `ws[start..end]`) are the role phrase, not the place.
    fn located_role(&self, ws: &[Word], start: usize, end: usize) -> Option<Speaker> {
        let connective = |w: &Word| {
            let t = w.text(self.text);
            capitalised(t) && self.words.connectives.contains(t)
        };
        // `A diplomat in Moscow said`, `traders in Paris`: the people where
        // they are, not the place (a place the gazetteers know, after `in`
        // or `at`, right before the verb).
        // (And reports from a place: `Reports from Russia say`, not Russia.)
        let at = (start + 1..end.saturating_sub(1)).find(|&k| {
            let noun = ws[k - 1].text(self.text);
            let preposition = ws[k].text(self.text);
            (is_one_of(preposition, &["in", "at"]) && self.words.speaker_nouns.contains(noun)
                || preposition == "from" && self.is_document(noun))
                && self.mention_ending_at(ws[end - 1].span.end).is_some_and(|i| {
                    let m = &self.mentions[i];
                    m.kind == EntityKind::Place && m.span.start == ws[k + 1].span.start
                })
        });
        at.map(|k| {
            // Back over the noun phrase's words to its determiner (not `a
            // question from Reuters after traders`, `In December the Group`).
            let mut from = k - 1;
            while from > start {
                let w = &ws[from - 1];
                let t = w.text(self.text);
                if w.stop_after || connective(w) || self.is_cue(w) {
                    break;
                }
                let lower = t.to_lowercase();
                // (Through `of`/`for` after a role or inside a name: `a
                // dealer for a German bank in London`, `A U.S. Department
                // of Agriculture analyst`.)
                let through = from >= start + 2 && {
                    let before = ws[from - 2].text(self.text);
                    (lower == "for" || lower == "of")
                        && (self.words.speaker_nouns.contains(before)
                            || lower == "of"
                                && capitalised(before)
                                && capitalised(ws[from].text(self.text)))
                };
                if PREPOSITIONS_AND_CLAUSES.contains(&lower.as_str()) && !through {
                    break;
                }
                from -= 1;
                // (`a dealer for a German bank`: the role before the
                // determiner's phrase goes with it.)
                let role_before = from >= start + 2
                    && is_one_of(ws[from - 1].text(self.text), &["for", "of"])
                    && self.words.speaker_nouns.contains(ws[from - 2].text(self.text));
                if is_determiner(t) && !role_before {
                    break;
                }
            }
            Speaker::role_only(Span::new(ws[from].span.start, ws[end - 1].span.end), self.text)
        })
    }

    /// The speaker of a verb after a phrase set off by commas, which ends
    /// at word `end` (exclusive): the person and their role (`Mark Mackie,
    /// director of Regular Music, said`, `James Carrick, an economist with
    /// ABN Amro, told`), or the person named after their role (`shadow
    /// chief secretary to the Treasury, George Osborne, said`).
    ///
    /// With `closed` false the phrase has no closing comma (`Howard Archer,
    /// economist at Global Insight said`), and only a role phrase counts.
    fn set_off(&self, ws: &[Word], end: usize, closed: bool) -> Option<Speaker> {
        // (Past the wire's bracket closing a company's name: `managing
        // director of <Shell U.K. Oil>, said`.)
        let comma_after = |k: usize| {
            ws[k].stop_after
                && self.text[ws[k].span.end..]
                    .trim_start_matches(['>', ')'])
                    .trim_start()
                    .starts_with(',')
        };
        if end < 2 || closed != comma_after(end - 1) {
            return None;
        }
        // A clause about the person, which may hold commas of its own: no
        // role, but the person before it speaks (`Gareth Pierce, who
        // represents eight of the detainees, claimed`).
        let who = closed
            .then(|| {
                (end.saturating_sub(30).max(1)..end - 1).rev().find(|&k| {
                    is_one_of(ws[k].text(self.text), &["who", "whose"]) && comma_after(k - 1)
                })
            })
            .flatten();
        // Else the comma that opens the phrase; none other inside it.
        let open = match who {
            Some(k) => k - 1,
            // (Not the wire's bracket after a company's symbol: `president
            // of Dupont's <DD> Conoco Inc subsidiary, said`.)
            None => (end.saturating_sub(13)..end - 1)
                .rev()
                .find(|&k| ws[k].stop_after && !self.text[ws[k].span.end..].starts_with('>'))?,
        };
        if !comma_after(open) {
            return None;
        }
        let inner = &ws[open + 1..end];
        let clause = who.is_some();
        // A role, or where the person is from (`Brad Adams, from Human
        // Rights Watch, said`).
        // (A title with its capital counts when closed by its comma:
        // `Christian Roeher, Secretary-General of the European Chamber of
        // Commerce, said`.)
        // Unclosed too, where the person is from (`Jeff Joseph, from the
        // Consumer Electronics Association (CEA) told`).
        let where_from = is_one_of(inner[0].text(self.text), &["from", "at", "with"]);
        // (Not one before a name, `…, Ambassador Stefan Johannesson of
        // Iceland, warned`, nor a name's word, `The Gabelli Group Inc of
        // New York, said`.)
        // (A title is a role too: `Julia Eccleshare, chair of the judging
        // panel, said`, `John Habgood, the bishop of Durham, said`.)
        let noun = |t: &str| {
            let noun =
                |t: &str| self.words.speaker_nouns.contains(t) || self.words.titles.contains(t);
            noun(t) || t.contains('-') && t.split('-').any(noun)
        };
        let lower = |t: &str| t.starts_with(|c: char| c.is_lowercase());
        let title_at = |k: usize| {
            let next_lower = inner.get(k + 1).is_none_or(|w| lower(w.text(self.text)));
            closed && k < 3 && capitalised(inner[0].text(self.text)) && next_lower
        };
        let role_word = clause
            || inner.iter().take(6).enumerate().any(|(k, w)| {
                let t = w.text(self.text);
                (lower(t) || title_at(k)) && noun(t)
            })
            || closed && is_one_of(inner[0].text(self.text), &["from", "of", "at", "with"])
            || where_from;
        // Unclosed, only a phrase naming one person's post (`economist at
        // Global Insight`; not `which critics`).
        let post = || {
            inner.iter().take(4).any(|w| {
                let t = w.text(self.text);
                t.starts_with(|c: char| c.is_lowercase()) && self.words.person_nouns.contains(t)
            }) && !is_one_of(inner[0].text(self.text), &["which", "that", "who", "whose"])
        };
        if !closed && !post() && !where_from {
            return None;
        }
        if !role_word {
            // The person named after their role.
            if !capitalised(inner[0].text(self.text)) {
                return None;
            }
            return self.subject(inner).filter(|s| {
                s.attribution == Attribution::Explicit
                    && (s.name.is_some()
                        || s.mention.is_some_and(|i| self.mentions[i].kind == EntityKind::Official))
            });
        }
        let phrase = Span::new(inner[0].span.start, inner[inner.len() - 1].span.end);
        let role = with_closing_bracket(self.text, phrase).slice(self.text);
        let role = role
            .split_once(' ')
            .filter(|(a, _)| is_determiner(a))
            .map_or(role, |(_, r)| r)
            .to_string();
        // The person before the phrase: an official the gazetteer knows, or
        // a name of up to four capitalised words.
        let owner_end = ws[open].span.end;
        let at_end = self.mention_ending_at(owner_end);
        // An organisation described (`Fidelity International Ltd, a
        // Bermuda-based firm, said`) speaks; one that ends a person's post
        // (`deputy director of Comecon, who heads …`) does not.
        if let Some(i) = at_end.filter(|&i| self.mentions[i].kind != EntityKind::Official) {
            let speaks = closed && !clause && self.mentions[i].kind == EntityKind::Organisation;
            return speaks.then_some(Speaker {
                span: self.mentions[i].span,
                mention: Some(i),
                name: None,
                attribution: Attribution::Explicit,
                role: None,
            });
        }
        let known = at_end;
        let owner = match known {
            Some(i) => Speaker {
                span: self.mentions[i].span,
                mention: Some(i),
                name: None,
                attribution: Attribution::Explicit,
                role: None,
            },
            None => {
                let mut start = open + 1;
                while start > 0
                    && open + 1 - start < 4
                    && capitalised(ws[start - 1].text(self.text))
                    && (start - 1 == open || !ws[start - 1].stop_after)
                {
                    start -= 1;
                }
                // (A bracketed word before makes it a firm's name, not a
                // person's: `Industrial Equity (Pacific) Ltd, a Hong Kong
                // investment firm, said`.)
                let bracketed = start > 0
                    && capitalised(ws[start - 1].text(self.text))
                    && self.text[ws[start - 1].span.end..].starts_with(')');
                if bracketed {
                    return None;
                }
                // (`Meanwhile Mark Oaten, …, said`: the connective opens the
                // sentence, not the name.)
                let connective = |w: &Word| {
                    let t = w.text(self.text);
                    capitalised(t) && self.words.connectives.contains(t)
                };
                if start < open && connective(&ws[start]) {
                    start += 1;
                }
                // (`director of Comecon, who …`: a name after a
                // preposition is where the person works.)
                let after_preposition = start > 0
                    && is_one_of(ws[start - 1].text(self.text), &["of", "at", "from", "for", "in"]);
                if after_preposition {
                    return None;
                }
                // (`On Saturday, the chief executive said`: no one.)
                let adverbial = is_one_of(
                    ws[start].text(self.text),
                    &["on", "in", "at", "by", "for", "from", "after", "before", "since", "during"],
                );
                if adverbial {
                    return None;
                }
                // Unclosed, the name opens its clause (`carrier Air Atlanta,
                // a KLM spokeswoman said` is the spokeswoman).
                let opens = start == 0 || ws[start - 1].stop_after || {
                    let t = ws[start - 1].text(self.text);
                    is_one_of(t, &["and", "but"]) || self.words.connectives.contains(t)
                };
                if !closed && !opens {
                    return None;
                }
                let named = (start..=open).find_map(|s| self.person_name(&ws[s..=open]))?;
                if self.words.connectives.contains(named.span.slice(self.text)) {
                    return None;
                }
                named
            }
        };
        let role = if clause { owner.role.clone() } else { Some(role) };
        Some(Speaker { role, ..owner })
    }

    /// The subject before an aside set off by commas that says nothing of
    /// who speaks: a clause about a role (`The official, who asked to
    /// remain anonymous, added`) or where or how they spoke (`Lord Nicholls
    /// of Birkenhead, in his ruling, said`, `The spokesman, speaking from
    /// Bonn, said`). The aside ends at word `end` (exclusive).
    fn before_an_aside(&self, ws: &[Word], end: usize) -> Option<Speaker> {
        let comma_after = |k: usize| {
            ws[k].stop_after && self.text[ws[k].span.end..].trim_start().starts_with(',')
        };
        if end < 3 || !comma_after(end - 1) {
            return None;
        }
        // The comma that opens the aside: the nearest before it.
        let open = (end.saturating_sub(16)..end - 1).rev().find(|&k| ws[k].stop_after)?;
        if !comma_after(open) || !self.words.aside_openers.contains(ws[open + 1].text(self.text)) {
            return None;
        }
        let from = ws[..open].iter().rposition(|w| w.stop_after).map_or(0, |k| k + 1);
        let speaker = self.subject(&ws[from..=open])?;
        // (Not a place that ends the name: `Lord Nicholls of Birkenhead`.)
        let place = speaker.mention.is_some_and(|i| self.mentions[i].kind == EntityKind::Place);
        (matches!(speaker.attribution, Attribution::Explicit | Attribution::RoleOnly) && !place)
            .then_some(speaker)
    }

    /// A role phrase in apposition names the person before it: "Igor
    /// Konashenkov, a Russian defense ministry spokesman, said".
    /// (Not a nationality, `…, the American said`: after a clause that
    /// ends in a name, `Reacting to a comment by chairman Tim Phillips, the
    /// American said`, it is someone else.)
    fn appositive_owner(&self, speaker: Speaker) -> Speaker {
        if speaker.attribution != Attribution::RoleOnly {
            return speaker;
        }
        // (Mentions are in text order: the one ending the phrase, if any,
        // is the last to start inside it.)
        let k = self.mentions.partition_point(|m| m.span.start < speaker.span.end);
        let nationality = k.checked_sub(1).is_some_and(|k| {
            let m = &self.mentions[k];
            m.method == crate::entities::Method::Demonym && m.span.end == speaker.span.end
        });
        if nationality {
            return speaker;
        }
        let head = self.text[..speaker.span.start].trim_end();
        let Some(head) = head.strip_suffix(',') else { return speaker };
        let end = head.trim_end().len();
        let owner = self
            .mentions
            .iter()
            .enumerate()
            .rev()
            .find(|(_, m)| m.span.end == end && m.kind == EntityKind::Official);
        match owner {
            Some((i, _)) => {
                let phrase = speaker.span.slice(self.text);
                let role = phrase
                    .split_once(' ')
                    .filter(|(a, _)| is_determiner(a))
                    .map_or(phrase, |(_, r)| r);
                Speaker {
                    span: self.mentions[i].span,
                    mention: Some(i),
                    name: None,
                    attribution: Attribution::Explicit,
                    role: Some(role.to_string()),
                }
            }
            None => speaker,
        }
    }

    /// The subject right after word `cue` ("said the official", "said
    /// Zelensky", "said coach Andy Robinson"). The object of `told` is who
    /// was told, never the speaker.
    pub(super) fn subject_after(&self, ws: &[Word], cue: usize) -> Option<Speaker> {
        // (No subject follows a participle: `saying his finance chief had
        // "…"` quotes the one who was saying.)
        let verb = ws[cue].text(self.text);
        if is_one_of(verb, &["told", "tells", "telling", "tell"]) || verb.ends_with("ing") {
            return None;
        }
        let next = ws.get(cue + 1)?;
        if is_pronoun(next.text(self.text)) {
            return self.subject(&ws[cue + 1..cue + 2]);
        }
        // The subject: capitalised words (a name, an organisation, with "of",
        // "for", "the", "and" inside), or a role, after a determiner or not
        // ("the senior defense official", "coach Andy Robinson", "Dean
        // Witter analyst Karen Gibbs"); no digits, no verbs.
        // (A role in lower case: `Bank`, `Government` are names' words.)
        let noun = |t: &str| {
            t.starts_with(|c: char| c.is_lowercase()) && self.words.speaker_nouns.contains(t)
        };
        let first = next.text(self.text);
        // A name may open with a particle (`said de Hora`, `said van Wyk`).
        let particle_name = is_one_of(first, &NAME_PARTICLES)
            && ws.get(cue + 2).is_some_and(|w| capitalised(w.text(self.text)))
            && !next.stop_after;
        // A word of a role: lower case, with a possessive or hyphens
        // ("the network's spokesman", "the long-running presenter").
        let role_word = |t: &str| {
            t.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                && t.chars().all(|c| {
                    c.is_lowercase()
                        || c.is_ascii_digit()
                        || matches!(c, '-' | '.' | '\'' | '\u{2019}')
                })
        };
        // A role with words before its noun and no article, and the name
        // after it: `said central bank governor Park Seung`, `said former
        // prime minister John Major` (lower-case words, none a function
        // word, up to the noun; `said administration officials "do not
        // believe …"` names no speaker).
        let named_after = |n: usize| {
            let name_at = |k: usize| ws.get(k).is_some_and(|w| capitalised(w.text(self.text)));
            name_at(n + 1)
                || ws.get(n + 1).is_some_and(|w| noun(w.text(self.text))) && name_at(n + 2)
        };
        let modified_role = (1..=3).any(|k| {
            ws.get(cue + 1 + k).is_some_and(|w| noun(w.text(self.text)))
                && named_after(cue + 1 + k)
                && ws[cue + 1..cue + 1 + k].iter().all(|w| {
                    let t = w.text(self.text);
                    role_word(t) && !w.stop_after && !is_one_of(t, &ROLE_BREAKS)
                })
        });
        // "one banker said of the Argentine agreement": what follows is no subject.
        if !(capitalised(first)
            || is_determiner(first)
            || noun(first)
            || particle_name
            || modified_role)
        {
            return None;
        }
        let role_phrase = is_determiner(first) || noun(first) || modified_role;
        let mut end = cue + 1;
        while end < ws.len() && end - cue <= 12 {
            let t = ws[end].text(self.text);
            // (A particle inside a name: `said Leo de Corel`.)
            let inner_particle = || {
                end > cue + 1
                    && is_one_of(t, &NAME_PARTICLES)
                    && !ws[end].stop_after
                    && capitalised(ws[end - 1].text(self.text))
                    && ws.get(end + 1).is_some_and(|w| capitalised(w.text(self.text)))
            };
            let fits = capitalised(t)
                || end == cue + 1 && particle_name
                || inner_particle()
                || is_determiner(t)
                || is_one_of(t, &["of", "for", "the", "and", "on"])
                || noun(t)
                || role_phrase && role_word(t)
                // "said UAL senior vice president Kurt Stocker": modifiers
                // between a firm's name and the role.
                || role_word(t) && ws[end..ws.len().min(end + 3)].iter().any(|w| noun(w.text(self.text)));
            // A description that runs into an auxiliary is a clause, what
            // was said: "said the total employees of Shearson will expand".
            if role_phrase && is_one_of(t, &AUXILIARIES) {
                return None;
            }
            // (Digits: no subject, but an age: "said the 28-year-old".)
            if !fits || t.starts_with(|c: char| c.is_ascii_digit()) && !t.contains("-year-old") {
                break;
            }
            end += 1;
            // (A role may take two nouns, "chief economist", with a word
            // between, "executive vice president".)
            let noun_at = |k: usize| ws.get(k).is_some_and(|w| noun(w.text(self.text)));
            let noun_next = noun_at(end)
                || noun_at(end + 1)
                    && ws.get(end).is_some_and(|w| role_word(w.text(self.text)) && !w.stop_after);
            if ws[end - 1].stop_after || noun(t) && !noun_next {
                break;
            }
        }
        if end == cue + 1 {
            return None;
        }
        // A subject after its verb closes the clause: "said Mr Makower." —
        // in "said Kherson and Berdyansk were …" the places are what was said.
        // One word may end it ("said Nadal afterwards.").
        let ends = |k: usize| k == ws.len() || ws[k - 1].stop_after;
        // (Or a phrase of where, when or how follows: `said Denman in an
        // apparent reference to …`, `said Smith on Tuesday`.)
        let closes = |k: usize| {
            ends(k)
                || ends(k + 1)
                    && ws[k].text(self.text).chars().all(|c| c.is_ascii_lowercase())
                    && !self.is_cue(&ws[k])
                    && !noun(ws[k].text(self.text))
                || ws.get(k).is_some_and(|w| {
                    is_one_of(w.text(self.text), &["in", "on", "during", "after", "when", "while"])
                        // (Or a clause about them: `said Robert Currington
                        // who is taking part`.)
                        || is_one_of(w.text(self.text), &["who", "whose"])
                })
        };
        // Where a person is from, up to the clause's end ("said Carole
        // Berger of Cyrus J. Lawrence Inc, referring …", "says Cara
        // Diemont of IT firm Dimension Data, which …").
        let from_where = |k: usize| {
            let at = ws.get(k).is_some_and(|w| is_one_of(w.text(self.text), &["of", "at", "from"]));
            at && (k + 2..=ws.len().min(k + 9)).any(ends)
        };
        // "said Robert Nelson of S and P.": the person, not where they work
        // (unless one name covers it all: "said the Bank of England").
        if let Some(k) = (cue + 2..end).find(|&k| from_where(k)) {
            let whole = Span::new(ws[cue + 1].span.start, ws[end - 1].span.end);
            let one_name = closes(end)
                && self
                    .mention_in(whole)
                    .is_some_and(|i| self.mentions[i].span.start <= whole.start);
            let head = &ws[cue + 1..k];
            let lone_title = head.len() == 1
                && self.words.speaker_nouns.contains(Lower::new(head[0].text(self.text)).as_str());
            if !one_name && !lone_title {
                if let Some(person) = self.subject(head).filter(|h| {
                    h.name.is_some()
                        || h.mention.is_some_and(|i| self.mentions[i].kind == EntityKind::Official)
                }) {
                    return Some(person);
                }
            }
        }
        // (A description only up to real punctuation: "said the
        // 28-year-old.", not "said the measure would" before a quote.)
        // (After a verb that takes no object: "announced a sweeping
        // recapitalization plan," is what was announced.)
        let verb = ws[cue].text(self.text);
        let intransitive = self.words.objectless.contains(verb) || verb == "to";
        let speaker = self
            .subject(&ws[cue + 1..end])
            .or_else(|| self.described_then_named(&ws[cue + 1..end]))
            .or_else(|| {
                if intransitive && ws[end - 1].stop_after {
                    self.described(&ws[cue + 1..end])
                } else {
                    None
                }
            })?;
        // "said Claudia Neulling from the magazine."
        let person = speaker.name.is_some()
            || speaker.mention.is_some_and(|i| self.mentions[i].kind == EntityKind::Official);
        if person && from_where(end) {
            return Some(speaker);
        }
        // A role followed by a name: the named person, with the role
        // (`said EEF chief economist, Steve Radley.` too).
        let comma_only = |k: usize| {
            k < ws.len() && self.text[ws[k - 1].span.end..ws[k].span.start].trim() == ","
        };
        if speaker.attribution == Attribution::RoleOnly
            && (!ws[end - 1].stop_after || comma_only(end))
        {
            let mut name_end = end;
            while name_end < ws.len()
                && name_end - end < 4
                && capitalised(ws[name_end].text(self.text))
            {
                name_end += 1;
                if ws[name_end - 1].stop_after {
                    break;
                }
            }
            if name_end > end && (closes(name_end) || from_where(name_end)) {
                if let Some(mut named) = self.subject(&ws[end..name_end]) {
                    if named.attribution == Attribution::Explicit {
                        named.role = speaker.role;
                        return Some(named);
                    }
                }
            }
        }
        if closes(end) {
            return Some(speaker);
        }
        // "said an official who asked not to be named.": the role, with
        // a clause about it that closes the sentence.
        if speaker.attribution == Attribution::RoleOnly
            && is_one_of(ws[end].text(self.text), &["who"])
            && (end + 2..=ws.len().min(end + 10)).any(ends)
        {
            return Some(speaker);
        }
        // "said a dealer at one major U.S. bank.": the role and where
        // ("said the source close to the Manila government.").
        let close = is_one_of(ws[end].text(self.text), &["close", "familiar"])
            && ws.get(end + 1).is_some_and(|w| is_one_of(w.text(self.text), &["to", "with"]));
        let prep = end + usize::from(close);
        if speaker.attribution != Attribution::RoleOnly
            || !(close || is_one_of(ws[end].text(self.text), &["at", "of", "from", "with", "for"]))
        {
            return None;
        }
        // (Up to a clause or a channel: `wrote analysts from Citigroup in a
        // note to clients`, `said an analyst at a Wall Street firm who
        // declined to be identified`.)
        let stop = (prep + 2..ws.len().min(prep + 12))
            .find(|&k| is_one_of(ws[k].text(self.text), &["in", "who", "which", "that", "when"]));
        let last = match stop {
            Some(k) if (prep + 1..k).all(|j| !ends(j + 1)) => k - 1,
            _ => (prep + 1..ws.len().min(prep + 12)).find(|&k| ends(k + 1))?,
        };
        let phrase =
            with_closing_bracket(self.text, Span::new(speaker.span.start, ws[last].span.end));
        let role = phrase.slice(self.text).to_string();
        Some(Speaker { span: phrase, role: Some(role), ..speaker })
    }

    /// The channel after word `from` (exclusive): `in a Facebook post`,
    /// `via TASS`; for `told`, its object too (`told Reuters and CNN`).
    fn channel(&self, ws: &[Word], cue: usize, from: usize) -> Option<Span> {
        let verb = ws[cue].text(self.text);
        let mut start = from;
        if is_one_of(verb, &["told", "tells", "telling"]) {
            start = cue;
        } else {
            let rest = &ws[from..ws.len().min(from + 3)];
            let Some(first) = rest.first().map(|w| Lower::new(w.text(self.text))) else {
                return None;
            };
            // (The first word lower-cased once, not once for each starter.)
            let starts = self.words.channel_starters.iter().any(|s| {
                rest.len() >= s.len()
                    && s.first().is_some_and(|f| first == f.as_str())
                    && s.iter()
                        .zip(rest)
                        .skip(1)
                        .all(|(s, w)| Lower::new(w.text(self.text)) == s.as_str())
            });
            if !starts {
                return None;
            }
        }
        let mut end = start;
        while end < ws.len() && end - start < 9 {
            let t = ws[end].text(self.text);
            if end > start && is_one_of(t, &["that", "saying", "adding", "according"]) {
                break;
            }
            end += 1;
            if ws[end - 1].stop_after {
                break;
            }
        }
        (end > start && (!verb.eq_ignore_ascii_case("told") || end > start + 1))
            .then(|| Span::new(ws[start].span.start, ws[end - 1].span.end))
    }

    /// A speech verb and its speaker in the words after a quote (`, X said`,
    /// `said X`, `according to X`), within the first few words.
    pub fn cue_after(&self, window: Span) -> Option<Cue> {
        self.with_words(self.clamp(window, false), |ws| self.cue_after_in(ws))
    }

    fn cue_after_in(&self, ws: &[Word]) -> Option<Cue> {
        // The verb is within the first few words: read no further than that.
        for i in 0..ws.len().min(16) {
            // Compared in place: no lower-cased copy of each word read.
            let is = |w: &Word, lit: &str| w.text(self.text).eq_ignore_ascii_case(lit);
            if is(&ws[i], "according") && ws.get(i + 1).is_some_and(|n| is(n, "to")) {
                let mut speaker = self.according_source(ws, i + 1)?;
                if speaker.attribution == Attribution::Explicit
                    || speaker.attribution == Attribution::RoleOnly
                {
                    speaker.attribution = Attribution::AccordingTo;
                }
                return Some(Cue {
                    verb: Span::new(ws[i].span.start, ws[i + 1].span.end),
                    speaker,
                    channel: None,
                });
            }
            if !self.is_cue(&ws[i]) {
                continue;
            }
            // A verb in an aside speaks of the speaker, not for them: `one
            // official, who asked not to be identified, said`.
            let in_aside = i >= 2
                && is_one_of(ws[i - 1].text(self.text), &["who", "which"])
                && ws[i - 2].stop_after;
            if in_aside {
                continue;
            }
            if let Some(cue) = self.quoted_as_saying(ws, i) {
                return Some(cue);
            }
            let passive = self.passive_at(ws, i);
            let before = if i > 0 && !passive { self.subject_before(ws, i) } else { None };
            let (speaker, after_subject) = match before {
                Some(s) => (s, i + 1),
                None => {
                    let s = self.subject_after(ws, i + usize::from(passive))?;
                    let after =
                        ws.iter().position(|w| w.span.start >= s.span.end).unwrap_or(ws.len());
                    (s, after)
                }
            };
            let channel = self.channel(ws, i, after_subject);
            return Some(Cue { verb: ws[i].span, speaker, channel });
        }
        None
    }

    /// True when the speech verb `ws[i]` is a passive with its agent after
    /// `by` (`announced by Chancellor Gordon Brown`, `denied by a
    /// spokesman`), not a time or a manner (`said, by 2008, he`, `said by
    /// simply bringing …`) nor a participle's channel (`quoted as saying
    /// by Germany's Manager Magazin`).
    fn passive_at(&self, ws: &[Word], i: usize) -> bool {
        let word = |k: usize| ws.get(k).map(|w| w.text(self.text));
        !ws[i].text(self.text).ends_with("ing")
            && !ws[i].stop_after
            && word(i + 1) == Some("by")
            && word(i + 2)
                .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()) || is_determiner(w))
    }

    /// The last speech verb with a subject in the words before a quote
    /// (`X said: "…"`, `X told reporters that "…"`).
    pub fn cue_before(&self, window: Span) -> Option<Cue> {
        let clamped = self.clamp(window, true);
        let cue = self.with_words(clamped, |ws| self.cue_before_in(ws))?;
        // The window's cut may fall inside the subject (`Clabir Corp said
        // its … affiliate … has agreed to acquire … for about 37 mln …` gave
        // `Corp`): read again from further back before the verb when the
        // speaker opens the window.
        let cut = clamped.start > window.start && cue.speaker.span.start <= clamped.start + 1;
        if !cut {
            return Some(cue);
        }
        let from = self.clamp(Span::new(window.start, cue.verb.end), true).start;
        let wider = Span::new(from, window.end);
        self.with_words(wider, |ws| self.cue_before_in(ws)).or(Some(cue))
    }

    fn cue_before_in(&self, ws: &[Word]) -> Option<Cue> {
        for i in (0..ws.len()).rev() {
            if !self.is_cue(&ws[i]) && !self.opening_cue(&ws[i]) {
                continue;
            }
            if let Some(cue) = self.quoted_as_saying(ws, i) {
                return Some(cue);
            }
            // `announced by Chancellor Gordon Brown`: the agent speaks, not
            // what was announced.
            let passive = self.passive_at(ws, i);
            let speaker = if passive {
                self.subject_after(ws, i + 1)
            } else {
                self.subject_before(ws, i)
                    .or_else(|| self.coordinated_subject(ws, i))
                    .or_else(|| self.subject_after(ws, i))
            };
            if let Some(speaker) = speaker {
                let after = ws
                    .iter()
                    .position(|w| w.span.start >= speaker.span.end.max(ws[i].span.end))
                    .unwrap_or(ws.len());
                let channel = self.channel(ws, i, after);
                return Some(Cue { verb: ws[i].span, speaker, channel });
            }
        }
        None
    }

    /// The subject of a sentence whose speech verb `ws[i]` is joined to an
    /// earlier verb by `and` or `but` (`But Dunne is keen to put that behind
    /// him and said: "…"`, `Diaz did not give figures, but said: "…"`): the
    /// name or noun phrase that opens the sentence, when no other speech
    /// verb stands between it and this one.
    fn coordinated_subject(&self, ws: &[Word], i: usize) -> Option<Speaker> {
        // (Or a participle after a comma: `Mr Tanguay backed that view on
        // Tuesday, saying: "…"`.)
        if i < 3 {
            return None;
        }
        // (Not `adding $1.89`: what is added is an amount.)
        // (Read in the text: a window may end before the amount.)
        let amount = self.text[ws[i].span.end..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '£' | '€'));
        let participle = ws[i].text(self.text).ends_with("ing")
            && !amount
            && ws[i - 1].stop_after
            && self.text[ws[i - 1].span.end..ws[i].span.start].trim() == ",";
        if !(participle || is_one_of(ws[i - 1].text(self.text), &["and", "but"])) {
            return None;
        }
        // (A verb in `s` may be a noun: `and estimates put the cost at …`;
        // one set off by a colon or comma is the verb: `and says:`.)
        if ws[i].text(self.text).ends_with('s') && !ws[i].stop_after {
            return None;
        }
        // The words must open their sentence.
        let head = self.text[..ws[0].span.start].trim_end();
        if !(head.is_empty() || head.ends_with(['.', '"', '\u{201d}', '?', '!', ':'])) {
            return None;
        }
        let connective = |w: &Word| {
            let t = w.text(self.text);
            capitalised(t) && self.words.connectives.contains(t)
        };
        let start = usize::from(connective(&ws[0]));
        let first = ws.get(start)?.text(self.text);
        if !(capitalised(first) || is_determiner(first)) || is_one_of(first, &CLAUSE_OPENERS) {
            return None;
        }
        // (`Shivering in a long dress, the actress … joked:`: a participle
        // opens the sentence, not its subject.)
        let participle = (first.ends_with("ing") || first.ends_with("ed"))
            && ws.get(start + 1).is_some_and(|w| is_one_of(w.text(self.text), &ROLE_BREAKS));
        if participle {
            return None;
        }
        // Up to the first word in lower case after the name or the role
        // (over up to three lower-case words before a speaker noun: `Dutch
        // sugar traders deny …`).
        let mut end = start + 1;
        while end < i - 1 {
            let t = ws[end].text(self.text);
            let noun_soon = || {
                (end..(end + 3).min(i - 1)).any(|k| {
                    let t = ws[k].text(self.text);
                    t.starts_with(|c: char| c.is_lowercase())
                        && self.words.speaker_nouns.contains(t)
                })
            };
            // (Modifiers only right after the first word or another
            // modifier, and no verb: not `Ms Jamieson praised the police`.)
            let modifier = (end == start + 1 || !capitalised(ws[end - 1].text(self.text)))
                && t.starts_with(|c: char| c.is_lowercase())
                && !self.is_cue(&ws[end])
                && noun_soon();
            // (`a Bank of Japan official`: a name's joining word.)
            let joins_name = is_one_of(t, &["of", "for", "and"])
                && capitalised(ws[end - 1].text(self.text))
                && ws.get(end + 1).is_some_and(|w| capitalised(w.text(self.text)));
            let part = capitalised(t)
                || self.words.speaker_nouns.contains(t)
                || is_determiner(ws[end - 1].text(self.text)) && !ws[end - 1].stop_after
                || modifier
                || joins_name;
            if !part || ws[end - 1].stop_after {
                break;
            }
            end += 1;
        }
        if ws[end..i].iter().any(|w| self.is_cue(w)) {
            return None;
        }
        self.subject(&ws[start..end])
            .filter(|s| s.attribution != Attribution::Pronoun || end == start + 1)
    }

    /// `X was quoted [by the SPA | in the Guardian] [as] saying`, with the
    /// participle at `ws[i]`: X speaks, and what stands between `quoted`
    /// and the participle is the channel (the paper is no speaker).
    fn quoted_as_saying(&self, ws: &[Word], i: usize) -> Option<Cue> {
        if !is_one_of(ws[i].text(self.text), &["saying", "telling"]) {
            return None;
        }
        let q = (i.saturating_sub(12)..i).rev().find(|&k| ws[k].text(self.text) == "quoted")?;
        let aux = q.checked_sub(1).filter(|&k| {
            is_one_of(ws[k].text(self.text), &["was", "is", "were", "are", "been", "being"])
        });
        // `PAP quoted Baka as saying`: the one quoted speaks, and who quoted
        // them is the channel.
        let Some(aux) = aux else {
            if i < q + 3 || ws[i - 1].text(self.text) != "as" {
                return None;
            }
            let speaker = self.person_name(&ws[q + 1..i - 1])?;
            let channel =
                self.subject_before(ws, q).map(|s| Span::new(s.span.start, ws[q].span.end));
            return Some(Cue { verb: ws[i].span, speaker, channel });
        };
        let speaker = self.subject_before(ws, aux)?;
        let last = if i > q + 1 && ws[i - 1].text(self.text) == "as" { i - 1 } else { i };
        let channel = (last > q + 1 && is_one_of(ws[q + 1].text(self.text), &["by", "in", "on"]))
            .then(|| Span::new(ws[q].span.start, ws[last - 1].span.end));
        Some(Cue { verb: ws[i].span, speaker, channel })
    }

    /// The noun phrase that opens a sentence and names a speaker: up to six
    /// words ending in a speaker noun or an entity ("Russia's defense
    /// ministry put out its first report, saying …").
    pub fn subject_phrase(&self, sentence: Span) -> Option<Speaker> {
        let ws = words(self.text, sentence);
        (1..=ws.len().min(6)).rev().find_map(|k| {
            let last = &ws[k - 1];
            let noun = self.words.speaker_nouns.contains(last.text(self.text));
            let entity_end = self.mentions.iter().any(|m| m.span.end == last.span.end);
            let verb_next =
                ws.get(k).is_some_and(|w| w.text(self.text).chars().all(char::is_lowercase));
            if (noun || entity_end) && verb_next {
                self.subject(&ws[..k])
            } else {
                None
            }
        })
    }

    /// True when the first one `span` (a sentence's words before a phrase
    /// it quotes) names is a person or body other than `speaker`: an
    /// organisation or an official, or a person's name (`And Jamie Foxx …
    /// paid tribute to the "beautiful legacy"`, `Labour hit back … with
    /// election coordinator Alan Milburn accusing Mr Howard of producing a
    /// "fraudulent prospectus"`), not a pronoun (`But he accused the
    /// government of …`, `It also recommends that the European Commission
    /// …`) nor `speaker` again. A phrase quoted there with no
    /// speech verb is then that one's words or the writer's, not those of
    /// the last speaker.
    ///
    /// ```
    /// use gazette::quotes::{Attribution, Context, Speaker};
    /// use gazette::{Lexicons, Span};
    /// let lex = Lexicons::builtin();
    /// let text = "And Jamie Foxx paid tribute to the \"beautiful legacy\" of Ray Charles.";
    /// let cx = Context::new(text, &[], &lex.quote_words);
    /// let blanchett = Speaker { span: Span::new(0, 0), mention: None, name: None, attribution: Attribution::Explicit, role: None };
    /// assert!(cx.names_another(Span::new(0, 35), &blanchett));
    /// let text = "But he accused Jamie Foxx of \"cheating\".";
    /// let cx = Context::new(text, &[], &lex.quote_words);
    /// assert!(!cx.names_another(Span::new(0, 29), &blanchett));
    /// ```
    pub fn names_another(&self, span: Span, speaker: &Speaker) -> bool {
        let last_word = |s: Span| {
            let t = s.slice(self.text);
            let t = t.rsplit(' ').next().unwrap_or(t);
            crate::entities::without_possessive(t.trim_end_matches([',', '.'])).to_string()
        };
        let named = speaker.name.or(speaker.mention.map(|i| self.mentions[i].span));
        let own = named.map(last_word);
        let is_own = |s: Span| own.as_deref().is_some_and(|o| !o.is_empty() && last_word(s) == o);
        let mut next_mention = self.mentions.partition_point(|m| m.span.start < span.start);
        self.with_words(span, |ws| {
            for k in 0..ws.len() {
                let w = ws[k].text(self.text);
                if is_one_of(w, &["he", "she", "his", "her", "it", "its", "they", "their"]) {
                    return false;
                }
                while self
                    .mentions
                    .get(next_mention)
                    .is_some_and(|m| m.span.start < ws[k].span.start)
                {
                    next_mention += 1;
                }
                let agent = self.mentions.get(next_mention).filter(|m| {
                    m.span.start == ws[k].span.start
                        && m.span.end <= span.end
                        && matches!(m.kind, EntityKind::Organisation | EntityKind::Official)
                });
                if let Some(m) = agent {
                    return speaker.mention != Some(next_mention) && !is_own(m.span);
                }
                let person = ws.get(k..k + 2).and_then(|pair| self.person_name(pair));
                if let Some(p) = person.filter(|p| p.role.is_none()) {
                    return !is_own(p.span);
                }
            }
            false
        })
    }

    /// The subject of a sentence with no speech verb: an organisation or
    /// official named first, before the quote ("Even the International Judo
    /// Federation has taken a stand, … “in light of …”").
    pub fn sentence_subject(&self, sentence: Span, quote_open: usize) -> Option<Speaker> {
        // (Mentions are in text order: the first in the sentence, found by
        // halving, and the words before it counted in place.)
        let i = self.mentions.partition_point(|m| m.span.start < sentence.start);
        let m = self.mentions.get(i).filter(|m| m.span.end <= quote_open)?;
        let is_agent = matches!(m.kind, EntityKind::Organisation | EntityKind::Official);
        let lead = &self.text[sentence.start..m.span.start];
        let position = lead
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .take(5)
            .count();
        (is_agent && position <= 4).then(|| Speaker {
            span: m.span,
            mention: Some(i),
            name: None,
            attribution: Attribution::Explicit,
            role: m.role.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Lexicons, Pipeline};

    /// A window's words read from the document's are the words split from
    /// the window itself, wherever the window starts and ends in a
    /// sentence (or the window is split again).
    #[test]
    fn document_words_stand_for_a_windows_own() {
        let p = Pipeline::new(Lexicons::builtin(), Default::default());
        let a = p.analyse(
            "\"We lost,\" said Robert E. Linton, chairman of <Qorin Ltd>.  The U.S., \
             it said:\"No.\" Prices rose 5%, (dealers) said - and 'we' agreed; twenty-one.",
        );
        let lex = &p.lexicons().quote_words;
        let mut cx = Context::new(&a.norm.text, &[], lex);
        cx.doc_words = &a.words;
        let text = a.norm.text.as_str();
        let mut checked = 0;
        for s in &a.sentences {
            let cuts: Vec<usize> =
                (s.span.start..=s.span.end).filter(|&i| text.is_char_boundary(i)).collect();
            for (k, &start) in cuts.iter().enumerate() {
                for &end in &cuts[k..] {
                    let span = Span::new(start, end);
                    if let Some(fast) = cx.doc_words_in(span) {
                        let mut slow = Vec::new();
                        push_words(text, span, &mut slow);
                        assert_eq!(fast, &slow[..], "{:?}", span.slice(text));
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 500, "{checked}");
    }
}
