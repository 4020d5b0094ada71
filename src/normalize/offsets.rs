//! Mapping positions in normalised text back to the original text.

/// Maps byte offsets in the normalised text to **character** offsets in the
/// original text.
///
/// Normalisation mostly copies text unchanged, so the map is stored sparsely:
/// an anchor `(norm_byte, orig_char)` wherever the relation between the two
/// changes, and between anchors one normalised byte is one original character
/// (true of the ASCII that makes up almost all news text). A pure-ASCII
/// document that needed no folding has a single anchor.
///
/// ```
/// use gazette::normalize::OffsetMap;
/// let mut map = OffsetMap::new();
/// // "é" (2 bytes in UTF-8, 1 character) at the start: after it, byte 2 is char 1.
/// map.push(2, 1);
/// assert_eq!(map.to_original(0), 0);
/// assert_eq!(map.to_original(2), 1);
/// assert_eq!(map.to_original(5), 4);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OffsetMap {
    anchors: Vec<(u32, u32)>,
}

impl Default for OffsetMap {
    fn default() -> Self {
        Self::new()
    }
}

impl OffsetMap {
    /// The identity map (for text that normalisation left byte-for-byte alone
    /// and that is ASCII).
    pub fn new() -> Self {
        OffsetMap { anchors: vec![(0, 0)] }
    }

    /// Declares that normalised byte `norm` corresponds to original character
    /// `orig`. Calls must come in increasing `norm` order; an anchor that the
    /// linear rule already implies is not stored.
    pub fn push(&mut self, norm: usize, orig: usize) {
        let (n, o) = (norm as u32, orig as u32);
        let &(ln, lo) = self.anchors.last().expect("never empty");
        debug_assert!(n >= ln, "anchors must increase");
        if n == ln {
            self.anchors.last_mut().expect("never empty").1 = o;
        } else if o.wrapping_sub(lo) != n - ln {
            self.anchors.push((n, o));
        }
    }

    /// The original character offset of normalised byte offset `norm`.
    pub fn to_original(&self, norm: usize) -> usize {
        let n = norm as u32;
        let i = self.anchors.partition_point(|&(an, _)| an <= n) - 1;
        let (an, ao) = self.anchors[i];
        (ao + (n - an)) as usize
    }

    /// Number of stored anchors (1 for untouched ASCII text).
    pub fn anchors(&self) -> usize {
        self.anchors.len()
    }
}
