//! Document metadata found in the text itself: a `date YYYY-MM-DD` first line
//! and a headline.

use crate::span::Span;

/// A first line `date YYYY-MM-DD …`: the date, and the span of the
/// `date YYYY-MM-DD` prefix (metadata, left out of extraction).
///
/// ```
/// let (date, prefix) = gazette::header::date_line(" date 2022-02-27 Russian troops press on").unwrap();
/// assert_eq!(date, "2022-02-27");
/// assert_eq!(prefix.slice(" date 2022-02-27 Russian troops press on"), "date 2022-02-27");
/// assert!(gazette::header::date_line("date night in Kyiv").is_none());
/// ```
pub fn date_line(text: &str) -> Option<(String, Span)> {
    let start = text.len() - text.trim_start().len();
    let rest = &text[start..];
    let head = rest.get(..5)?;
    if !head.eq_ignore_ascii_case("date ") {
        return None;
    }
    let after = rest[5..].trim_start_matches([' ', '\t', ':']);
    let date = after.get(..10)?;
    let b = date.as_bytes();
    let shape =
        b.iter()
            .enumerate()
            .all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() });
    let follows = after[10..].chars().next();
    if !shape || follows.is_some_and(|c| !c.is_whitespace()) {
        return None;
    }
    let month: u32 = date[5..7].parse().ok()?;
    let day: u32 = date[8..10].parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let end = text.len() - after.len() + 10;
    Some((date.to_string(), Span::new(start, end)))
}

/// The headline: the text of the first paragraph when it is one line that
/// reads like a headline (2 to 40 words, at most 300 bytes, not ending in a
/// full stop or colon, once a photo credit in brackets is set aside).
///
/// ```
/// use gazette::{header::headline, Span};
/// let text = "Ad sales boost Time Warner profit\n\nQuarterly profits rose.";
/// assert_eq!(headline(text, &[Span::new(0, 33)]).as_deref(), Some("Ad sales boost Time Warner profit"));
/// assert_eq!(headline("Profits rose.", &[Span::new(0, 13)]), None);
/// ```
pub fn headline(text: &str, paragraphs: &[Span]) -> Option<String> {
    let first = paragraphs.first()?.slice(text).trim();
    if first.len() > 300 {
        return None;
    }
    // A photo caption ends with its credit: "(Andrew Marienko / Associated Press)".
    let first = match first.strip_suffix(')').and_then(|f| f.rfind('(').map(|i| (f, i))) {
        Some((f, i)) if f[i..].contains('/') => f[..i].trim_end(),
        _ => first,
    };
    let words = first.split_whitespace().count();
    let ends = first.trim_end_matches(['"', '\'']).ends_with(['.', ':', ';', ',']);
    if first.contains('\n') || first.len() > 300 || !(2..=40).contains(&words) || ends {
        return None;
    }
    Some(first.to_string())
}
