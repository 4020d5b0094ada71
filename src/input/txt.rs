//! `.txt` input: one article per file.

use std::io::Read;

use super::decode::{decode_text, Reader};
use super::Document;

/// Reads a whole text file as one document. A leading byte-order mark is
/// dropped (it is not part of the text offsets refer to); a file with NUL bytes
/// is binary and yields an unreadable document; an empty file yields an empty
/// document with a problem, so both still show in `documents.csv`.
pub(crate) fn read(mut reader: Reader, display: String) -> Document {
    let mut bytes = Vec::new();
    if let Err(e) = reader.read_to_end(&mut bytes) {
        return Document::unreadable(display.clone(), display, format!("cannot read: {e}"));
    }
    if memchr::memchr(0, &bytes).is_some() {
        return Document::unreadable(
            display.clone(),
            display,
            "binary file (it contains NUL bytes); nothing extracted",
        );
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Document::unreadable(display.clone(), display, "empty file");
    }
    let (text, recoded) = decode_text(bytes);
    Document { recoded, ..Document::from_text(display, text) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_bytes(b: &[u8]) -> Document {
        read(Box::new(std::io::Cursor::new(b.to_vec())), "a.txt".into())
    }

    #[test]
    fn bom_is_dropped() {
        assert_eq!(read_bytes(b"\xEF\xBB\xBFHello").text, "Hello");
    }

    #[test]
    fn binary_and_empty_files_are_kept_with_a_problem() {
        let d = read_bytes(b"\x89PNG\r\n\x1a\n\0\0\0");
        assert!(d.problem.unwrap().message.contains("binary"));
        let d = read_bytes(b"  \n");
        assert_eq!(d.problem.unwrap().message, "empty file");
        assert_eq!(d.id, "a.txt");
    }

    #[test]
    fn latin1_pound_is_recoded() {
        let d = read_bytes(b"It cost \xa35m.");
        assert!(d.recoded);
        assert_eq!(d.text, "It cost £5m.");
    }
}
