//! Bytes to text: gzip by magic bytes, UTF-8 or else Windows-1252.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};

use super::{Format, InputFile};

/// A buffered reader over a file's (decompressed) bytes.
pub(crate) type Reader = Box<dyn BufRead + Send>;

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Opens an input, decompressing gzip whether or not the name says `.gz`
/// (multi-member archives, as `cat a.gz b.gz` makes, are read whole).
pub(crate) fn open(file: &InputFile) -> Result<Reader, String> {
    let raw: Box<dyn Read + Send> = if file.path.as_os_str() == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(File::open(&file.path).map_err(|e| format!("cannot open: {e}"))?)
    };
    let mut buffered = BufReader::with_capacity(1 << 16, raw);
    let head = buffered.fill_buf().map_err(|e| format!("cannot read: {e}"))?;
    if head.starts_with(&GZIP_MAGIC) {
        let gz = flate2::bufread::MultiGzDecoder::new(buffered);
        Ok(Box::new(BufReader::with_capacity(1 << 16, gz)))
    } else {
        Ok(Box::new(buffered))
    }
}

/// Standard input is JSONL when its first non-blank byte is `{`, else one text.
pub(crate) fn sniff(reader: &mut Reader) -> Format {
    match reader.fill_buf() {
        Ok(head) => match head.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'{') => Format::Jsonl,
            _ => Format::Txt,
        },
        Err(_) => Format::Txt,
    }
}

/// Decodes bytes as UTF-8, or, when they are not valid UTF-8, as
/// Windows-1252 (the usual encoding of non-UTF-8 news dumps: a bare `0xA3` is
/// `£`). Returns the text and whether it had to be recoded. Never fails.
///
/// ```
/// assert_eq!(gazette::input::decode_text(b"caf\xc3\xa9".to_vec()), ("café".to_string(), false));
/// assert_eq!(gazette::input::decode_text(b"\xa3500".to_vec()), ("£500".to_string(), true));
/// ```
pub fn decode_text(bytes: Vec<u8>) -> (String, bool) {
    match String::from_utf8(bytes) {
        Ok(s) => (s, false),
        Err(e) => {
            let bytes = e.into_bytes();
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(&bytes);
            (text.into_owned(), true)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_specials_decode() {
        // 0x93/0x94 are curly double quotes, 0x96 an en dash, 0x80 the euro sign.
        let (t, recoded) = decode_text(b"\x93Yes\x94 \x96 \x80 5".to_vec());
        assert!(recoded);
        assert_eq!(t, "\u{201c}Yes\u{201d} \u{2013} \u{20ac} 5");
    }
}
