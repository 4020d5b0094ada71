//! Whether a speaker is a man or a woman, by the document's own words: what
//! keeps `She said` from being read as the man named just before.
//!
//! The signs are an honorific or gendered title before a name (`Mr
//! McConnell`, `Ms Sturgeon`, `Chairwoman X`), a gendered role
//! (`spokeswoman`), and a first name the data gives a gender (`Jack`:
//! `given_names.tsv`). Signs are read over every mention of the same entity
//! in the document, and signs that disagree tell nothing.

use crate::gazetteer::Gender;
use crate::span::Span;

use super::attribution::{Context, Speaker};

impl Context<'_> {
    /// The gender the document gives the person mention `i` stands for:
    /// the signs at each of that entity's mentions together.
    ///
    /// ```
    /// use gazette::{entities::find_mentions, quotes::Context, Lexicons, Pipeline};
    /// use gazette::gazetteer::Gender;
    /// let p = Pipeline::new(Lexicons::builtin(), Default::default());
    /// let a = p.analyse("First Minister Jack McConnell spoke. Mr McConnell left.");
    /// let m = find_mentions(&a, p.lexicons(), None);
    /// let cx = Context::new(&a.norm.text, &m, &p.lexicons().quote_words);
    /// assert_eq!(cx.gender_of_mention(m.len() - 1), Some(Gender::Male));
    /// ```
    pub fn gender_of_mention(&self, i: usize) -> Option<Gender> {
        let id = self.mentions.get(i)?.id.as_str();
        // Read once per person per document: pronouns ask again and again.
        if let Some(&(_, g)) = self.genders.borrow().iter().find(|(known, _)| *known == id) {
            return g;
        }
        let mut found = None;
        'signs: for m in self.mentions.iter().filter(|m| m.id == id) {
            let role = m.role.as_deref().unwrap_or("");
            let signs = [
                self.gender_before(m.span.start),
                self.gender_of_words(role),
                self.given_gender(&m.name),
            ];
            for g in signs.into_iter().flatten() {
                match found {
                    None => found = Some(g),
                    Some(f) if f != g => {
                        found = None;
                        break 'signs;
                    }
                    Some(_) => {}
                }
            }
        }
        self.genders.borrow_mut().push((&self.mentions[i].id, found));
        found
    }

    /// The gender of a person named without an entity (`said Mr Makower`):
    /// the honorific before the name, or in it, or its first name.
    pub fn gender_of_name(&self, name: Span) -> Option<Gender> {
        let written = name.slice(self.text);
        let first = written.split_whitespace().next().unwrap_or("");
        let signs = [
            self.gender_before(name.start),
            self.words.gendered.get(first.trim_end_matches('.')).copied(),
            self.given_gender(written),
        ];
        let mut found = None;
        for g in signs.into_iter().flatten() {
            if found.is_some_and(|f| f != g) {
                return None;
            }
            found = Some(g);
        }
        found
    }

    /// True unless the document marks the speaker `mention` (or `name`) as
    /// of another gender than `pronoun` (`he`, `she`) stands for.
    pub fn fits_pronoun(&self, pronoun: &str, mention: Option<usize>, name: Option<Span>) -> bool {
        let Some(wanted) = Gender::of_pronoun(pronoun) else { return true };
        let known = match (mention, name) {
            (Some(i), _) => self.gender_of_mention(i),
            (None, Some(n)) => self.gender_of_name(n),
            (None, None) => None,
        };
        known.is_none_or(|g| g == wanted)
    }

    /// True when `pronoun` (`he`, `she`) can stand for an earlier speaker:
    /// a person not marked as of the other gender, or a role naming one
    /// person (`a port official`, `the 34-year-old`, not `the report`,
    /// `officials` or `A spokeswoman` for `he`).
    pub fn fits_speaker(&self, pronoun: &str, sp: &Speaker) -> bool {
        if sp.mention.is_some() || sp.name.is_some() {
            return self.fits_pronoun(pronoun, sp.mention, sp.name);
        }
        let Some(role) = sp.role.as_deref() else { return false };
        let head = role.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
        let one_person = self.words.person_nouns.contains(head) || head.ends_with("-old");
        let wanted = Gender::of_pronoun(pronoun);
        one_person && self.gender_of_words(role).is_none_or(|g| Some(g) == wanted)
    }

    /// True when `sp` is a role for one person by its noun before any
    /// preposition (`a spokesman for Dell`, `the Archbishop of Canterbury`,
    /// `one trader for a large retail firm`) that `pronoun` may stand for.
    pub(super) fn fits_role_head(&self, pronoun: &str, sp: &Speaker) -> bool {
        let Some(role) = sp.role.as_deref().filter(|_| sp.mention.is_none() && sp.name.is_none())
        else {
            return false;
        };
        let head = super::role_head(role);
        let one_person = self.words.person_nouns.contains(head)
            || self.words.titles.contains(head)
            || self.words.gendered.contains(head);
        one_person
            && self.gender_of_words(role).is_none_or(|g| Some(g) == Gender::of_pronoun(pronoun))
    }

    /// A gendered word (`Mr`, `Mr.`, `Chairwoman`) right before `at`.
    fn gender_before(&self, at: usize) -> Option<Gender> {
        let head = self.text[..at].trim_end();
        let start = memchr::memrchr2(b' ', b'\n', head.as_bytes()).map_or(0, |k| k + 1);
        self.words.gendered.get(head[start..].trim_end_matches('.')).copied()
    }

    /// The gender the gendered words of `role` agree on (`spokeswoman`).
    fn gender_of_words(&self, role: &str) -> Option<Gender> {
        let mut found = None;
        for w in role.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
            if let Some(&g) = self.words.gendered.get(w) {
                if found.is_some_and(|f| f != g) {
                    return None;
                }
                found = Some(g);
            }
        }
        found
    }

    /// The gender of the first of `name`'s two or more words, if the data
    /// gives that given name one (a one-word name is a surname).
    fn given_gender(&self, name: &str) -> Option<Gender> {
        let mut words = name.split_whitespace();
        let first = words.next()?;
        words.next()?;
        self.words.given_genders.get(first).copied()
    }
}

#[cfg(test)]
mod tests {
    use crate::entities::find_mentions;
    use crate::gazetteer::Gender;
    use crate::quotes::Context;
    use crate::{Lexicons, Pipeline};

    fn genders(text: &str) -> Vec<(String, Option<Gender>)> {
        let p = Pipeline::new(Lexicons::builtin(), Default::default());
        let a = p.analyse(text);
        let m = find_mentions(&a, p.lexicons(), None);
        let cx = Context::new(&a.norm.text, &m, &p.lexicons().quote_words);
        (0..m.len())
            .filter(|&i| m[i].kind == crate::gazetteer::EntityKind::Official)
            .map(|i| (m[i].span.slice(&a.norm.text).to_string(), cx.gender_of_mention(i)))
            .collect()
    }

    #[test]
    fn honorifics_roles_and_first_names_give_a_gender() {
        let g = genders(
            "Deputy Health Minister Rhona Brankin spoke. Ms Brankin said no. \
             Committee chairwoman Ann Tobin agreed with Finance Minister Jack Dorsal.",
        );
        let of = |w: &str| g.iter().find(|(n, _)| n == w).map(|(_, g)| *g);
        assert_eq!(of("Rhona Brankin"), Some(Some(Gender::Female)), "{g:?}");
        assert_eq!(of("Ann Tobin"), Some(Some(Gender::Female)), "{g:?}");
        assert_eq!(of("Jack Dorsal"), Some(Some(Gender::Male)), "{g:?}");
    }

    #[test]
    fn signs_that_disagree_tell_nothing() {
        // A given name the data marks male, and "Ms".
        let g = genders("Finance Minister John Kell spoke. Ms Kell said no.");
        assert!(g.iter().all(|(_, g)| g.is_none()), "{g:?}");
    }
}
