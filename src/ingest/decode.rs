//! Bytes to text: the stage that keeps bad bytes away from the parsers.
//!
//! A byte-order mark wins; otherwise valid UTF-8 is taken as is, and anything else is read
//! as Windows-1252 (a superset of Latin-1, what old news archives such as the BBC corpus's
//! `sport/199.txt` use). Binary and empty files are refused with a [`Skip`] reason, never
//! turned into mojibake or an abort.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

use super::Skip;

/// How many leading bytes are inspected for signs of a binary file.
const SNIFF_LEN: usize = 8 * 1024;

/// Text decoded from a file, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, as UTF-8, without any byte-order mark.
    pub text: String,
    /// The encoding the bytes were read as (`UTF-8`, `windows-1252`, `UTF-16LE`, …).
    pub encoding: &'static str,
}

/// Decodes a whole file's bytes into text, or says why it cannot be an article.
pub fn decode(bytes: &[u8]) -> Result<Decoded, Skip> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Skip::Empty);
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return finish(text.into_owned(), encoding);
    }
    if looks_binary(bytes) {
        return Err(Skip::Binary);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => finish(text.to_owned(), UTF_8),
        Err(_) => {
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            finish(text.into_owned(), WINDOWS_1252)
        }
    }
}

fn finish(text: String, encoding: &'static Encoding) -> Result<Decoded, Skip> {
    if text.trim().is_empty() {
        return Err(Skip::Empty);
    }
    Ok(Decoded { text, encoding: encoding.name() })
}

/// A NUL byte, or many control characters, near the start means binary (as in ripgrep and
/// git). Text files in any 8-bit encoding or UTF-8 never contain NUL.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    if head.contains(&0) {
        return true;
    }
    let controls =
        head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b)).count();
    controls * 10 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_taken_as_is() {
        let d = decode("Renée paid £5".as_bytes()).unwrap();
        assert_eq!(d.text, "Renée paid £5");
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn latin1_pound_sign_survives() {
        let d = decode(b"Chelsea sack Mutu\n\nfined \xa315.8m").unwrap();
        assert!(d.text.ends_with("fined £15.8m"), "{}", d.text);
        assert_eq!(d.encoding, "windows-1252");
    }

    #[test]
    fn bom_wins_and_is_removed() {
        let d = decode(b"\xef\xbb\xbfHeadline").unwrap();
        assert_eq!(d.text, "Headline");
        let utf16: Vec<u8> =
            [0xff, 0xfe].into_iter().chain("Hi".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(decode(&utf16).unwrap().text, "Hi");
    }

    #[test]
    fn binary_and_empty_are_refused() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Err(Skip::Binary));
        assert_eq!(decode(b""), Err(Skip::Empty));
        assert_eq!(decode(b" \n\t\n"), Err(Skip::Empty));
    }
}
