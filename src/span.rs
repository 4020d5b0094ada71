//! [`Span`]: a range of the normalised text.

/// A half-open byte range `[start, end)` of the **normalised** text
/// ([`crate::normalize::NormText::text`]). Stages pass spans between them;
/// only the writers turn them into character offsets of the original text.
///
/// ```
/// use gazette::Span;
/// let s = Span::new(4, 9);
/// assert_eq!(s.slice("The Kremlin said"), "Kreml");
/// assert!(s.contains(Span::new(5, 9)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// `[start, end)`.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// The text this span covers.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True for an empty span.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies wholly inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// This span with surrounding ASCII whitespace removed.
    pub fn trim(&self, text: &str) -> Span {
        let s = self.slice(text);
        let start = self.start + (s.len() - s.trim_start().len());
        let end = self.end - (s.len() - s.trim_end().len());
        Span::new(start, end.max(start))
    }
}

/// `s` on one line: each run of whitespace as one space, none at the ends.
///
/// Names, roles and phrases taken from the text go into the columns users
/// group and filter on (`name`, `role`, `speaker_name`, `counted`,
/// `source` …), where a name broken over two lines by wire copy's hard
/// wrapping (`Securities and Exchange\nCommission`) must be the same value
/// as the name on one line. Columns that quote the text as written
/// (`surface`, `text`, `context`) keep it as it is.
///
/// ```
/// use gazette::one_line;
/// assert_eq!(one_line("Securities and Exchange\nCommission"), "Securities and Exchange Commission");
/// assert_eq!(one_line("Kyiv"), "Kyiv");
/// ```
pub fn one_line(s: &str) -> String {
    let plain = |b: &[u8]| {
        b.first() != Some(&b' ')
            && b.last() != Some(&b' ')
            && b.windows(2).all(|w| w[0] != b' ' || w[1] != b' ')
            && !b.iter().any(|&c| c.is_ascii_whitespace() && c != b' ')
    };
    if s.is_ascii() && plain(s.as_bytes()) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn one_line_joins_wrapped_lines_and_spaces() {
        assert_eq!(one_line("Finance\nMinistry"), "Finance Ministry");
        assert_eq!(one_line("Finance \r\n  Ministry"), "Finance Ministry");
        assert_eq!(one_line(" Soviet  Union "), "Soviet Union");
        assert_eq!(one_line("Kyïv\u{a0}Oblast"), "Kyïv Oblast");
        assert_eq!(one_line("Kyïv"), "Kyïv");
        assert_eq!(one_line(""), "");
    }
}
