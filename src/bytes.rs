//! Byte-class scans, eight bytes a step.
//!
//! The stages read every byte of every document a few times over: to find
//! where words end, where capitals are, how far a run of letters goes. Most
//! bytes answer "keep going", so these scans test eight at once in a `u64`
//! (each byte's high bit set by adding a bias to its low seven bits, which
//! never carries into the next byte) and look at single bytes only near the
//! answer. A scan bounded by `end` may read past it (never past the
//! slice): short words are the common case, and reading eight bytes of the
//! next word is cheaper than going byte by byte.

const ONES: u64 = u64::from_le_bytes([1; 8]);
const HIGH: u64 = ONES * 0x80;

/// The eight bytes at `i` as a word (little-endian: byte `i` is the lowest).
#[inline]
fn load(b: &[u8], i: usize) -> u64 {
    u64::from_le_bytes(b[i..i + 8].try_into().expect("eight bytes"))
}

/// High bit of each byte of `low7` (bytes below 0x80) that is in `lo..=hi`.
#[inline]
fn in_range(low7: u64, lo: u8, hi: u8) -> u64 {
    let from = low7 + ONES * u64::from(0x80 - lo);
    let past = low7 + ONES * u64::from(0x80 - hi - 1);
    from & !past & HIGH
}

/// The first byte of `b[i..end]` that is an ASCII capital or not ASCII
/// (`end` if none).
///
/// ```
/// # use gazette::bytes::next_capital_or_wide;
/// let t = b"the said Kyiv and kyi\xc3\xafv";
/// assert_eq!(next_capital_or_wide(t, 0, t.len()), 9);
/// assert_eq!(next_capital_or_wide(t, 10, t.len()), 21);
/// ```
pub fn next_capital_or_wide(b: &[u8], mut i: usize, end: usize) -> usize {
    while i < end && i + 8 <= b.len() {
        let x = load(b, i);
        let hits = in_range(x & !HIGH, b'A', b'Z') | (x & HIGH);
        if hits != 0 {
            return end.min(i + (hits.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    if i >= end {
        return end;
    }
    while i < end && b[i] < 0x80 && !b[i].is_ascii_uppercase() {
        i += 1;
    }
    i
}

/// The first byte of `b[i..]` that is not ASCII (or `b.len()`).
///
/// ```
/// # use gazette::bytes::next_wide;
/// assert_eq!(next_wide("Kyiv and Kyïv".as_bytes(), 0), 11);
/// ```
pub fn next_wide(b: &[u8], mut i: usize) -> usize {
    while i + 8 <= b.len() {
        let hits = load(b, i) & HIGH;
        if hits != 0 {
            return i + (hits.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && b[i] < 0x80 {
        i += 1;
    }
    i
}

/// The first ASCII whitespace byte of `b[i..]` (or `b.len()`): where a word
/// that starts at `i` ends.
///
/// ```
/// # use gazette::bytes::word_end;
/// assert_eq!(word_end(b"Kharkiv, Ukraine", 0), 8);
/// ```
#[inline]
pub fn word_end(b: &[u8], mut i: usize) -> usize {
    while i + 8 <= b.len() {
        let x = load(b, i);
        // Bytes below 0x21 (every ASCII whitespace byte is one): the lowest
        // flag is exact, as borrows only run upwards.
        let low = x.wrapping_sub(ONES * 0x21) & !x & HIGH;
        if low == 0 {
            i += 8;
            continue;
        }
        let at = i + (low.trailing_zeros() / 8) as usize;
        if b[at].is_ascii_whitespace() {
            return at;
        }
        i = at + 1; // a control character: part of the word
    }
    while i < b.len() && !b[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// The end of the run of ASCII letters and digits that starts at `i`
/// (`i` itself if there is none), no further than `end`.
///
/// ```
/// # use gazette::bytes::alnum_run_end;
/// let t = b"twenty-one 2bn";
/// assert_eq!(alnum_run_end(t, 0, t.len()), 6);
/// assert_eq!(alnum_run_end(t, 11, t.len()), 14);
/// ```
#[inline]
pub fn alnum_run_end(b: &[u8], i: usize, end: usize) -> usize {
    let lanes = |x: u64| {
        let low7 = x & !HIGH;
        (in_range(low7 | (ONES * 0x20), b'a', b'z') | in_range(low7, b'0', b'9')) & !x
    };
    run_end(b, i, end, lanes, |c| c.is_ascii_alphanumeric())
}

/// The end of the run of ASCII letters that starts at `i` (`i` itself if
/// there is none), no further than `end`.
///
/// ```
/// # use gazette::bytes::alpha_run_end;
/// let t = b"twenty-one 2bn";
/// assert_eq!(alpha_run_end(t, 0, t.len()), 6);
/// assert_eq!(alpha_run_end(t, 11, t.len()), 11);
/// ```
#[inline]
pub fn alpha_run_end(b: &[u8], i: usize, end: usize) -> usize {
    let lanes = |x: u64| in_range((x & !HIGH) | (ONES * 0x20), b'a', b'z') & !x;
    run_end(b, i, end, lanes, |c| c.is_ascii_alphabetic())
}

/// The end of the run, from `i` to at most `end`, of bytes that `lanes`
/// marks (the high bit of each such byte of a word) and `byte` accepts.
#[inline(always)]
fn run_end(
    b: &[u8],
    mut i: usize,
    end: usize,
    lanes: impl Fn(u64) -> u64,
    byte: impl Fn(u8) -> bool,
) -> usize {
    while i < end && i + 8 <= b.len() {
        let stop = !lanes(load(b, i)) & HIGH;
        if stop != 0 {
            return end.min(i + (stop.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    if i >= end {
        return end;
    }
    while i < end && byte(b[i]) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every byte value, in an order that puts each next to many others.
    fn all_bytes() -> Vec<u8> {
        let mut v: Vec<u8> = (0..=255u8).collect();
        v.extend((0..=255u8).rev().step_by(3));
        v.extend(b"Kyiv, Kharkiv and New York: 1,500 said\tso.\n".iter());
        v
    }

    #[test]
    fn digit_or_slash_at_every_offset_of_every_length() {
        // The blocks and the overlapping last block must between them see
        // every byte, whatever the length.
        for len in 0..100 {
            for at in 0..len {
                for (mark, want) in [(b'7', (true, false)), (b'/', (false, true))] {
                    let mut b = vec![b'a'; len];
                    b[at] = mark;
                    assert_eq!(has_digit_or_slash(&b), want, "len {len}, at {at}");
                }
            }
            assert_eq!(has_digit_or_slash(&vec![b'a'; len]), (false, false));
        }
        let b = all_bytes();
        let naive = (b.iter().any(u8::is_ascii_digit), b.contains(&b'/'));
        assert_eq!(has_digit_or_slash(&b), naive);
    }

    #[test]
    fn capitals_and_wide_bytes_at_every_offset() {
        let b = all_bytes();
        for i in 0..b.len() {
            for end in [i, (i + 3).min(b.len()), (i + 17).min(b.len()), b.len()] {
                let slow =
                    (i..end).find(|&k| b[k] >= 0x80 || b[k].is_ascii_uppercase()).unwrap_or(end);
                assert_eq!(next_capital_or_wide(&b, i, end), slow, "from {i} to {end}");
            }
        }
    }

    #[test]
    fn wide_bytes_at_every_offset() {
        let b = all_bytes();
        for i in 0..b.len() {
            let slow = (i..b.len()).find(|&k| b[k] >= 0x80).unwrap_or(b.len());
            assert_eq!(next_wide(&b, i), slow, "from {i}");
        }
    }

    #[test]
    fn word_ends_at_every_offset() {
        let b = all_bytes();
        for i in 0..b.len() {
            let slow = (i..b.len()).find(|&k| b[k].is_ascii_whitespace()).unwrap_or(b.len());
            assert_eq!(word_end(&b, i), slow, "from {i}");
        }
    }

    #[test]
    fn letter_and_alnum_runs_at_every_offset() {
        type Scan = fn(&[u8], usize, usize) -> usize;
        type Keep = fn(&u8) -> bool;
        let cases: [(Scan, Keep); 2] =
            [(alpha_run_end, u8::is_ascii_alphabetic), (alnum_run_end, u8::is_ascii_alphanumeric)];
        let b = all_bytes();
        for (scan, keep) in cases {
            for i in 0..b.len() {
                for end in [i, (i + 5).min(b.len()), (i + 20).min(b.len()), b.len()] {
                    let slow = (i..end).find(|&k| !keep(&b[k])).unwrap_or(end);
                    assert_eq!(scan(&b, i, end), slow, "from {i} to {end}");
                }
            }
        }
    }
}

/// Whether `b` holds an ASCII digit, and whether it holds a slash (told
/// for certain only when it holds no digit: the scan stops at the first):
/// the test every sentence gets before the figures stage reads it. Blocks of
/// 32 bytes (the last one overlapping the one before) let the compiler test
/// many bytes at once with no byte-by-byte tail.
///
/// ```
/// # use gazette::bytes::has_digit_or_slash;
/// assert_eq!(has_digit_or_slash(b"It cost 5 dollars and more, much more."), (true, false));
/// assert_eq!(has_digit_or_slash(b"and/or"), (false, true));
/// assert_eq!(has_digit_or_slash(b"No numbers in this sentence at all, none."), (false, false));
/// ```
pub fn has_digit_or_slash(b: &[u8]) -> (bool, bool) {
    #[inline]
    fn flags(block: &[u8]) -> u8 {
        block
            .iter()
            .fold(0, |f, &c| f | u8::from(c.wrapping_sub(b'0') < 10) | u8::from(c == b'/') << 1)
    }
    #[inline]
    fn flags32(block: &[u8; 32]) -> u8 {
        flags(block)
    }
    let mut f = 0;
    if b.len() < 32 {
        f = flags(b);
    } else {
        let mut blocks = b.chunks_exact(32);
        for block in &mut blocks {
            f |= flags32(block.try_into().expect("32 bytes"));
            if f & 1 != 0 {
                return (true, f & 2 != 0);
            }
        }
        if !blocks.remainder().is_empty() {
            f |= flags32(b[b.len() - 32..].try_into().expect("32 bytes"));
        }
    }
    (f & 1 != 0, f & 2 != 0)
}
