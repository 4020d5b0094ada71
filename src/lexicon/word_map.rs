//! Word lookups that run on every word of every document.

use rustc_hash::FxHashMap as HashMap;

/// Lower-case words, each with a value, looked up with ASCII case ignored
/// and without allocating.
///
/// Lexicon lookups (number words, speech verbs, titles, categories) run on
/// nearly every word of every document, and nearly every word is in none of
/// them. So before hashing, a table of *shapes* — which lengths occur for
/// each pair of first and last letters — turns most words away with one bit
/// test ("the" passes no number word's shape, though "two" and "ten" share
/// its length and first letter), and a word that passes is lower-cased into
/// a stack buffer rather than a new string.
///
/// ```
/// use gazette::lexicon::WordMap;
/// let mut m = WordMap::default();
/// m.insert("Million", 1e6);
/// assert_eq!(m.get("MILLION"), Some(&1e6));
/// assert_eq!(m.get("millions"), None);
/// assert!(m.contains("million"));
/// ```
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    map: HashMap<Box<str>, V>,
    /// Bit `n` of `shapes[slot(first, last)]`: some ASCII key of `n` bytes
    /// starts and ends with those bytes (lengths of 63 and more share bit
    /// 63; bytes that share their low five bits share a slot).
    shapes: Box<[u64; 1024]>,
    /// Some key is not ASCII.
    other_keys: bool,
}

/// A set of words looked up with ASCII case ignored ([`WordMap`] without values).
///
/// ```
/// let mut s = gazette::lexicon::WordSet::default();
/// s.insert("said", ());
/// assert!(s.contains("Said"));
/// ```
pub type WordSet = WordMap<()>;

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap { map: HashMap::default(), shapes: Box::new([0; 1024]), other_keys: false }
    }
}

const STACK: usize = 32;

fn shape_bit(len: usize) -> u64 {
    1 << len.min(63)
}

/// The shape table's slot for a word's first and last bytes (ASCII case
/// ignored; other bytes only share slots).
#[inline]
fn slot(b: &[u8]) -> usize {
    let (first, last) = (b[0] | 0x20, b[b.len() - 1] | 0x20);
    ((first & 31) as usize) << 5 | (last & 31) as usize
}

impl<V> WordMap<V> {
    /// Adds `word` (lower-cased) with `value`; returns the value it replaces.
    pub fn insert(&mut self, word: &str, value: V) -> Option<V> {
        let key = word.to_lowercase();
        if !key.is_ascii() {
            self.other_keys = true;
        } else if !key.is_empty() {
            self.shapes[slot(key.as_bytes())] |= shape_bit(key.len());
        }
        self.map.insert(key.into_boxed_str(), value)
    }

    /// The value of `word`, ASCII case ignored (other letters are
    /// lower-cased the slow way).
    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        let b = word.as_bytes();
        if b.is_empty() {
            return None;
        }
        // Most words end here, before anything looks at all their bytes. A
        // word with other letters can equal only a key with other letters.
        if self.shapes[slot(b)] & shape_bit(b.len()) == 0 && (!self.other_keys || word.is_ascii()) {
            return None;
        }
        self.lookup(word)
    }

    /// The hash lookup, for the few words whose shape passes: kept out of
    /// line so that the test above inlines into every caller.
    #[inline(never)]
    fn lookup(&self, word: &str) -> Option<&V> {
        let b = word.as_bytes();
        if !word.is_ascii() {
            return self.map.get(word.to_lowercase().as_str());
        }
        if b.len() > STACK {
            return self.map.get(word.to_ascii_lowercase().as_str());
        }
        let mut buf = [0u8; STACK];
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        // SAFETY: `word` is ASCII (checked above) and lower-casing keeps
        // ASCII bytes ASCII, so the buffer's first `b.len()` bytes are UTF-8.
        let lower = unsafe { std::str::from_utf8_unchecked(&buf[..b.len()]) };
        self.map.get(lower)
    }

    /// True when `word` is in the map (ASCII case ignored).
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// How many words.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when there are no words.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The words (lower case) and their values, in no order.
    ///
    /// ```
    /// let m: gazette::lexicon::WordSet = [("said", ())].into_iter().collect();
    /// assert_eq!(m.iter().count(), 1);
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.map.iter().map(|(k, v)| (k.as_ref(), v))
    }
}

/// Words looked up exactly, case and all (`May` the month, not `may`), with
/// the same shape test as [`WordMap`] before any hashing: these sets are
/// asked about nearly every capitalised word.
///
/// ```
/// let s: gazette::lexicon::ExactWordSet = ["Monday", "He"].into_iter().collect();
/// assert!(s.contains("Monday"));
/// assert!(!s.contains("monday"));
/// assert!(!s.contains("Kyiv"));
/// ```
#[derive(Debug, Clone)]
pub struct ExactWordSet {
    set: rustc_hash::FxHashSet<Box<str>>,
    /// As [`WordMap`]'s shapes, over the words' own bytes.
    shapes: Box<[u64; 1024]>,
}

impl Default for ExactWordSet {
    fn default() -> Self {
        ExactWordSet { set: Default::default(), shapes: Box::new([0; 1024]) }
    }
}

impl ExactWordSet {
    /// Adds a word; false if it was there.
    pub fn insert(&mut self, word: &str) -> bool {
        if !word.is_empty() {
            self.shapes[slot(word.as_bytes())] |= shape_bit(word.len());
        }
        self.set.insert(word.into())
    }

    /// True when `word` is in the set, exactly.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        let b = word.as_bytes();
        if !b.is_empty() && self.shapes[slot(b)] & shape_bit(b.len()) == 0 {
            return false;
        }
        self.set.contains(word)
    }

    /// How many words.
    pub fn len(&self) -> usize {
        self.set.len()
    }

    /// True when there are no words.
    pub fn is_empty(&self) -> bool {
        self.set.is_empty()
    }

    /// The words, in no order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.set.iter().map(|w| w.as_ref())
    }
}

impl<S: AsRef<str>> FromIterator<S> for ExactWordSet {
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Self {
        let mut s = ExactWordSet::default();
        for w in iter {
            s.insert(w.as_ref());
        }
        s
    }
}

/// A word in lower case, kept on the stack when it is short and ASCII (as
/// most words are): rules that compare words ignoring case make one per word
/// they read, so it must not allocate.
///
/// ```
/// use gazette::lexicon::Lower;
/// let w = Lower::new("Said");
/// assert_eq!(w, "said");
/// assert_eq!(Lower::new("KYÏV").as_str(), "kyïv");
/// ```
#[derive(Debug, Clone)]
pub struct Lower {
    buf: [u8; STACK],
    len: usize,
    heap: Option<String>,
}

impl Lower {
    /// `word` in lower case.
    pub fn new(word: &str) -> Self {
        let b = word.as_bytes();
        let mut buf = [0u8; STACK];
        if b.len() > STACK || !word.is_ascii() {
            return Lower { buf, len: 0, heap: Some(word.to_lowercase()) };
        }
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        Lower { buf, len: b.len(), heap: None }
    }

    /// The lower-case text.
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.heap {
            Some(h) => h,
            None => {
                let bytes = &self.buf[..self.len];
                debug_assert!(bytes.is_ascii());
                // SAFETY: `buf` holds only the lower-cased bytes of an ASCII
                // word (`new` takes the heap path for anything else), and
                // ASCII is valid UTF-8. This runs for every word compared,
                // so it skips re-validating.
                unsafe { std::str::from_utf8_unchecked(bytes) }
            }
        }
    }
}

impl std::ops::Deref for Lower {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for Lower {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<str> for Lower {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl<'a, V> FromIterator<(&'a str, V)> for WordMap<V> {
    fn from_iter<I: IntoIterator<Item = (&'a str, V)>>(iter: I) -> Self {
        let mut m = WordMap::default();
        for (k, v) in iter {
            m.insert(k, v);
        }
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_shape() {
        let mut m = WordMap::default();
        m.insert("per cent", 1);
        m.insert("Kyïv", 2);
        m.insert(&"x".repeat(40), 3);
        assert_eq!(m.get("Per Cent"), Some(&1));
        assert_eq!(m.get("per"), None);
        assert_eq!(m.get("KYÏV"), Some(&2));
        assert_eq!(m.get(&"X".repeat(40)), Some(&3));
        assert_eq!(m.get(""), None);
    }
}
