//! Bytes to text: the stage that keeps bad bytes away from the parsers.
//!
//! In order: a byte-order mark wins; valid UTF-8 is taken as is (pages that declare
//! gb2312 or iso-8859-1 but are UTF-8 exist); a declared charset (`<meta charset>`,
//! `http-equiv`, an XML declaration) is used only when the bytes decode cleanly with it;
//! otherwise chardetng guesses (Windows-1252 for old Latin-1 archives such as the BBC
//! corpus's `sport/199.txt`). A one-byte reading that shows signs of being wrong, where
//! Mac Roman reads the same bytes as plain words, is taken as Mac Roman (classic Mac OS
//! files: [`or_mac_roman`]). Binary and empty files are refused with a [`Skip`] reason.
//! Bytes that fit no guess are replaced and reported as a warning, never silently.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8};

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
    /// True when some bytes fitted no character of that encoding and were replaced.
    pub replaced: bool,
    /// Where binary data began after a text (a file with something else appended, a
    /// download cut into a wrong file), in bytes of the file: the text stops before it.
    pub binary_from: Option<usize>,
    /// How many NUL bytes were dropped from a text: padding after it (a copy cut short
    /// when a drive was pulled, a file written ahead of its text) or a few stray ones.
    pub nuls_dropped: usize,
    /// How many bytes of a UTF-8 text were not UTF-8 and were read as Windows-1252 (a
    /// passage pasted from an old file, a line edited in a Latin-1 editor).
    pub legacy_bytes: usize,
    /// The charset the file declared, when its text was read in another because the
    /// declared one garbled it (see `truer_than_declared`).
    pub overruled: Option<&'static str>,
}

impl Decoded {
    /// What was made of bytes that were not text in the encoding read, as warnings: none
    /// goes unsaid.
    pub fn byte_warnings(&self) -> Vec<String> {
        let mut warnings = Vec::new();
        if self.legacy_bytes > 0 {
            warnings.push(format!(
                "{} {} not UTF-8 like the rest of the text; read as Windows-1252 (Latin-1)",
                self.legacy_bytes,
                crate::search::render::plural(self.legacy_bytes, "byte is", "bytes are")
            ));
        }
        if let Some(declared) = self.overruled {
            // Browsers, and encoding_rs, read a page that says ISO-8859-1 as Windows-1252.
            let declared = if declared == encoding_rs::WINDOWS_1252.name() {
                "windows-1252 (ISO-8859-1)"
            } else {
                declared
            };
            warnings.push(format!(
                "the charset it declares, {declared}, garbles its words; read as {} instead",
                self.encoding
            ));
        }
        if self.replaced {
            warnings
                .push(format!("some bytes are not valid {}; they were replaced with U+FFFD", self.encoding));
        }
        warnings
    }
}

/// Decodes a whole file's bytes into text, or says why it cannot be an article.
pub fn decode(bytes: &[u8]) -> Result<Decoded, Skip> {
    decode_declared(bytes, None)
}

/// [`decode`] for bytes whose charset a transport declared (an HTTP `Content-Type` in a
/// web archive). Like a charset the page declares, it is used only when the bytes are not
/// UTF-8 and decode cleanly with it; it is tried before the page's own declaration.
pub fn decode_declared(bytes: &[u8], transport: Option<&'static Encoding>) -> Result<Decoded, Skip> {
    let bytes = without_end_of_file_marks(bytes);
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Skip::Empty);
    }
    if let Some(decoded) = utf32(bytes) {
        return decoded;
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, replaced) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return finish(text.into_owned(), encoding, replaced);
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        let (text, replaced) = encoding.decode_without_bom_handling(bytes);
        return finish(text.into_owned(), encoding, replaced);
    }
    if looks_binary(bytes) {
        let kept = without_nuls(bytes).ok_or(Skip::Binary)?;
        let dropped = bytes.len() - kept.len();
        return decode_declared(&kept, transport).map(|d| Decoded { nuls_dropped: dropped, ..d });
    }
    if let Some(from) = binary_tail(bytes) {
        // The text before it, to its last whole line.
        let cut = bytes[..from].iter().rposition(|&b| b == b'\n').map_or(from, |at| at + 1);
        return decode_declared(&bytes[..cut], transport).map(|d| Decoded { binary_from: Some(from), ..d });
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return finish(text.to_owned(), UTF_8, false);
    }
    if let Some(mixed) = utf8_with_legacy_stretches(bytes) {
        return finish(mixed.text, UTF_8, mixed.replaced)
            .map(|d| Decoded { legacy_bytes: mixed.legacy_bytes, ..d });
    }
    for declared in transport.into_iter().chain(declared_charset(bytes)) {
        let (text, replaced) = declared.decode_without_bom_handling(bytes);
        if !replaced && declared != UTF_8 {
            // Old Mac pages declared Latin-1 (Windows-1252 to browsers) and were written in
            // Mac Roman.
            let read_as =
                if declared == encoding_rs::WINDOWS_1252 { or_mac_roman(bytes, declared) } else { declared };
            // A charset that garbles the text ("лНПНГШ" for "Морозы") gives way to one that
            // reads it, and a warning says so.
            let truer = if read_as == declared { truer_than_declared(bytes, declared) } else { None };
            let read_as = truer.unwrap_or(read_as);
            let text = if read_as == declared {
                text.into_owned()
            } else {
                read_as.decode_without_bom_handling(bytes).0.into_owned()
            };
            let (text, undefined) = without_undefined_bytes(text, read_as);
            return finish(text, read_as, undefined)
                .map(|d| Decoded { overruled: truer.map(|_| declared.name()), ..d });
        }
    }
    let guessed = guess_legacy(bytes);
    let (text, replaced) = guessed.decode_without_bom_handling(bytes);
    let (text, undefined) = without_undefined_bytes(text.into_owned(), guessed);
    finish(text, guessed, replaced || undefined)
}

/// `text` read as Windows-1252 without the C1 control characters (U+0080–U+009F) that the
/// five bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) come out as: they are
/// replaced with U+FFFD, and the second value says so (a warning names it). Read
/// silently, "Fran\u{8d}ois" was stored with a control character in it.
fn without_undefined_bytes(text: String, encoding: &'static Encoding) -> (String, bool) {
    if encoding != encoding_rs::WINDOWS_1252 || !text.contains(is_c1_control) {
        return (text, false);
    }
    (text.replace(is_c1_control, "\u{fffd}"), true)
}

fn is_c1_control(c: char) -> bool {
    ('\u{80}'..='\u{9f}').contains(&c)
}

/// Text in UTF-32 with its byte-order mark (`FF FE 00 00` or `00 00 FE FF`), which the
/// web's encodings (encoding_rs) leave out: read as UTF-16, the first of them gave a NUL
/// between every two letters. A unit that is no character is replaced.
fn utf32(bytes: &[u8]) -> Option<Result<Decoded, Skip>> {
    let (name, read): (&'static str, fn([u8; 4]) -> u32) = match bytes.get(..4)? {
        [0xFF, 0xFE, 0, 0] => ("UTF-32LE", u32::from_le_bytes),
        [0, 0, 0xFE, 0xFF] => ("UTF-32BE", u32::from_be_bytes),
        _ => return None,
    };
    let mut replaced = !bytes.len().is_multiple_of(4);
    let text: String = bytes[4..]
        .chunks_exact(4)
        .map(|unit| {
            char::from_u32(read([unit[0], unit[1], unit[2], unit[3]])).unwrap_or_else(|| {
                replaced = true;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    Some(finish(text, UTF_8, replaced).map(|decoded| Decoded { encoding: name, ..decoded }))
}

/// UTF-16 without a byte-order mark, told by its zero bytes: text mostly in ASCII letters
/// has a zero in every other byte (the high byte of each unit), and none in the others.
/// Otherwise the zeros made it binary.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(SNIFF_LEN) & !1];
    let pairs = head.len() / 2;
    if pairs < 8 {
        return None;
    }
    let zeros_at = |parity: usize| head.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
    let (even, odd) = (zeros_at(0), zeros_at(1));
    let text_like = |zeros: usize, others: usize| zeros * 10 >= pairs * 6 && others == 0;
    if text_like(odd, even) {
        Some(encoding_rs::UTF_16LE)
    } else if text_like(even, odd) {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// A text in UTF-8 but for some stretches: what [`utf8_with_legacy_stretches`] reads.
struct MixedText {
    text: String,
    /// Bytes read as Windows-1252.
    legacy_bytes: usize,
    /// Bytes that fitted neither and were replaced (a letter cut off at the end).
    replaced: bool,
}

/// UTF-8 with some bytes that are not: a stray byte in an edited file, a passage pasted
/// from an old Latin-1 file, a file cut in the middle of a letter. The UTF-8 is read as
/// UTF-8 and each stretch of other bytes as Windows-1252 (the usual legacy encoding of
/// Western archives), so neither part is garbled: read wholly as a legacy encoding, every
/// accented letter of the UTF-8 would be ("Zoë" as "ZoÃ«"). It is UTF-8 when it has valid
/// non-ASCII letters, and its other bytes are as many at most or look like Windows-1252: a
/// legacy text seldom has any, as its accented letters are single bytes that UTF-8 refuses.
/// A letter cut off at the very end, and a byte that is no character in Windows-1252, are
/// replaced.
fn utf8_with_legacy_stretches(bytes: &[u8]) -> Option<MixedText> {
    let (mut valid, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += chunk.invalid().len();
    }
    if valid == 0 || (bad > valid && guess_legacy(bytes) != encoding_rs::WINDOWS_1252) {
        return None;
    }
    let mut mixed = MixedText { text: String::with_capacity(bytes.len()), legacy_bytes: 0, replaced: false };
    let mut at = 0;
    for chunk in bytes.utf8_chunks() {
        mixed.text.push_str(chunk.valid());
        at += chunk.valid().len();
        let invalid = chunk.invalid();
        at += invalid.len();
        if invalid.is_empty() {
            continue;
        }
        let cut_letter = at == bytes.len() && (0xC2..=0xF4).contains(&invalid[0]);
        if cut_letter {
            mixed.text.push(char::REPLACEMENT_CHARACTER);
            mixed.replaced = true;
            continue;
        }
        let (legacy, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(invalid);
        for c in legacy.chars() {
            // The five bytes Windows-1252 leaves undefined come out as C1 controls.
            if is_c1_control(c) {
                mixed.text.push(char::REPLACEMENT_CHARACTER);
                mixed.replaced = true;
            } else {
                mixed.text.push(c);
                mixed.legacy_bytes += 1;
            }
        }
    }
    Some(mixed)
}

/// The bytes without the Ctrl-Z (0x1A) marks that DOS and CP/M wrote at the end of a text
/// file, padding it to a whole record: read as control characters, a padded file looked
/// binary.
fn without_end_of_file_marks(bytes: &[u8]) -> &[u8] {
    let end = bytes.iter().rposition(|&b| b != 0x1A).map_or(0, |at| at + 1);
    &bytes[..end]
}

fn finish(text: String, encoding: &'static Encoding, replaced: bool) -> Result<Decoded, Skip> {
    if text.trim().is_empty() {
        return Err(Skip::Empty);
    }
    // NULs in a text whose encoding has zero bytes of its own (UTF-16 padded with U+0000):
    // the other encodings' NULs went before decoding.
    let nuls = text.matches('\0').count();
    let text = if nuls > 0 { text.replace('\0', "") } else { text };
    if text.trim().is_empty() {
        return Err(Skip::Empty);
    }
    Ok(Decoded {
        text: with_line_feeds(text),
        encoding: encoding.name(),
        replaced,
        binary_from: None,
        nuls_dropped: nuls,
        legacy_bytes: 0,
        overruled: None,
    })
}

/// Text whose lines end in a carriage return alone (classic Mac OS files, some old
/// archive exports) with line feeds instead: every reader splits lines on `\n`, so such
/// a file was one line, its whole text the headline. Other text is returned as it is.
fn with_line_feeds(text: String) -> String {
    let bytes = text.as_bytes();
    let lone_cr = |i: usize| bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n');
    if !(0..bytes.len()).any(lone_cr) {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Below this many non-ASCII bytes a statistical guess has too little to go on, and
/// Windows-1252 (Latin-1), the usual legacy encoding of Western news archives, is taken.
const MIN_EVIDENCE: usize = 16;

/// The legacy encoding of bytes that are not UTF-8: Windows-1252 below [`MIN_EVIDENCE`],
/// else chardetng's guess; either of them Mac Roman instead when [`or_mac_roman`] says so
/// (chardetng knows no Mac encoding).
fn guess_legacy(bytes: &[u8]) -> &'static Encoding {
    let guessed = if bytes.iter().filter(|b| !b.is_ascii()).count() < MIN_EVIDENCE {
        encoding_rs::WINDOWS_1252
    } else {
        koi8_r_when_no_ukrainian(bytes, detect(bytes))
    };
    or_mac_roman(bytes, guessed)
}

/// chardetng's guess, which is never UTF-8 (that was tried first).
fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, Utf8Detection::Deny)
}

/// KOI8-R instead of chardetng's KOI8-U when none of the bytes is one of the eight that
/// KOI8-U gives Ukrainian letters (є, і, ї, ґ) and KOI8-R box-drawing signs: the text is
/// the same either way, and Russian text was labelled KOI8-U.
fn koi8_r_when_no_ukrainian(bytes: &[u8], guessed: &'static Encoding) -> &'static Encoding {
    if guessed != encoding_rs::KOI8_U {
        return guessed;
    }
    let (russian, ukrainian) =
        (OneByteReading::of(encoding_rs::KOI8_R), OneByteReading::of(encoding_rs::KOI8_U));
    let mut present = [false; 128];
    bytes.iter().filter(|b| !b.is_ascii()).for_each(|&b| present[usize::from(b - 0x80)] = true);
    let same =
        (0x80..=0xFFu8).all(|b| !present[usize::from(b - 0x80)] || russian.char(b) == ukrainian.char(b));
    if same { encoding_rs::KOI8_R } else { guessed }
}

/// Another reading of `bytes` than the one-byte charset they `declared`, when the declared
/// one shows signs of being wrong ([`misread_at`]) at two places at least and another
/// reads the text with none (or with a tenth as many, for the odd "ВКонтакте" of a long
/// text): chardetng's guess first, then the encodings of the same script as the guess or
/// the declaration (Windows-1251 for a page that says KOI8-R). Windows-1251 declared as
/// KOI8-R read "Морозы ударят по Сибири" as "лНПНГШ СДЮПЪР ОН яХАХПХ", and Windows-1256
/// Arabic declared as ISO-8859-1 "ارتفاع أسعار الذهب" as "ÇÑÊÝÇÚ ÃÓÚÇÑ ÇáÐåÈ". A page whose
/// declared reading shows no such signs keeps it, whatever chardetng thinks. Mac Roman is
/// left to [`or_mac_roman`], which asks more of it.
fn truer_than_declared(bytes: &[u8], declared: &'static Encoding) -> Option<&'static Encoding> {
    if !declared.is_single_byte() || bytes.is_ascii() {
        return None;
    }
    let as_declared = OneByteReading::of(declared);
    let signs = misread_at(bytes, &as_declared, usize::MAX).len();
    if signs < 2 {
        return None;
    }
    let guessed = koi8_r_when_no_ukrainian(bytes, detect(bytes));
    let reads_cleanly = |encoding: &'static Encoding| {
        if encoding == declared || encoding == encoding_rs::MACINTOSH || encoding == UTF_8 {
            return false;
        }
        let (_, replaced) = encoding.decode_without_bom_handling(bytes);
        if replaced {
            return false;
        }
        if !encoding.is_single_byte() {
            return true;
        }
        // No signs is not enough: box-drawing signs have no case either ("ВКонтакте" in
        // KOI8-R read as IBM866). The other reading must make letters of as many bytes.
        let reading = OneByteReading::of(encoding);
        misread_at(bytes, &reading, signs / 10 + 1).len() * 10 <= signs
            && letters(bytes, &reading) >= letters(bytes, &as_declared)
    };
    std::iter::once(guessed)
        .chain(same_script(guessed))
        .chain(same_script(declared))
        .find(|&encoding| reads_cleanly(encoding))
}

/// How many of the non-ASCII bytes a one-byte `reading` reads as letters.
fn letters(bytes: &[u8], reading: &OneByteReading) -> usize {
    bytes.iter().filter(|b| !b.is_ascii() && reading.char(**b).is_alphabetic()).count()
}

/// The one-byte encodings of the script `encoding` writes, as close alternatives to it.
fn same_script(encoding: &'static Encoding) -> Vec<&'static Encoding> {
    use encoding_rs::*;
    let scripts: [&[&'static Encoding]; 5] = [
        &[WINDOWS_1251, KOI8_R, KOI8_U, IBM866, ISO_8859_5, X_MAC_CYRILLIC],
        &[WINDOWS_1256, ISO_8859_6],
        &[WINDOWS_1255, ISO_8859_8, ISO_8859_8_I],
        &[WINDOWS_1253, ISO_8859_7],
        &[WINDOWS_1250, ISO_8859_2],
    ];
    scripts.into_iter().find(|script| script.contains(&encoding)).map_or_else(Vec::new, <[_]>::to_vec)
}

/// Mac Roman (`macintosh`), the encoding of classic Mac OS text files, instead of the
/// one-byte `reading` of `bytes` when that reading shows signs of being wrong
/// ([`misread_at`]) at two places at least (one may be a stray byte), and Mac Roman reads
/// the same bytes with none, giving a letter, a space, a quotation mark or a dash at each
/// of those places (no symbol, no control character). Read as Windows-1252, Mac Roman's "décor" is "dŽcor", "François"
/// "Fran\u{8d}ois" and "museum’s" "museumÕs". Windows-1252 read as Mac Roman shows signs
/// of its own ("cafÈ", "M¸ller", "ìThe"), so that genuine Windows-1252 stays itself.
fn or_mac_roman(bytes: &[u8], reading: &'static Encoding) -> &'static Encoding {
    let mac = encoding_rs::MACINTOSH;
    if !reading.is_single_byte() || reading == mac || bytes.is_ascii() {
        return reading;
    }
    let as_read = OneByteReading::of(reading);
    let wrong = misread_at(bytes, &as_read, usize::MAX);
    if wrong.len() < 2 {
        return reading;
    }
    let as_mac = OneByteReading::of(mac);
    let fits = |at: usize| {
        let c = as_mac.char(bytes[at]);
        c.is_alphabetic()
            || c.is_whitespace()
            || matches!(c, '‘'..='‟' | '«' | '»' | '‹' | '›' | '…' | '–' | '—')
    };
    if misread_at(bytes, &as_mac, 1).is_empty() && wrong.iter().all(|&at| fits(at)) { mac } else { reading }
}

/// The characters a one-byte encoding reads each byte as.
struct OneByteReading([char; 128]);

impl OneByteReading {
    fn of(encoding: &'static Encoding) -> OneByteReading {
        let mut chars = ['\u{fffd}'; 128];
        for (byte, c) in (0x80..=0xFFu8).zip(chars.iter_mut()) {
            let one = [byte];
            let (text, _) = encoding.decode_without_bom_handling(&one);
            *c = text.chars().next().unwrap_or('\u{fffd}');
        }
        OneByteReading(chars)
    }

    fn char(&self, byte: u8) -> char {
        if byte.is_ascii() { char::from(byte) } else { self.0[usize::from(byte - 0x80)] }
    }
}

/// Where a one-byte `reading` of `bytes` shows signs of being the wrong encoding, at the
/// first `enough` places at most. A sign is a non-ASCII character that sits where no word puts it:
/// - a C1 control character, or a byte the encoding leaves undefined;
/// - a capital inside a word, after a lower-case letter ("dŽcor", "museumÕs", "decorÓ")
///   or between a letter and a lower-case one ("MŸller", "LŽger"), which no language
///   writes (all capitals, "MÜLLER", are no sign);
/// - a sign or symbol between two lower-case letters ("M‰dchen", "Fran‡ois", "sch”n"),
///   not an apostrophe, a hyphen or a dash, which words hold;
/// - a lower-case letter that begins a word and is followed by a capital ("ìThe": a
///   quotation mark read as a letter).
///
/// Which letters these are is told by their Unicode classes, not by a list of words.
fn misread_at(bytes: &[u8], reading: &OneByteReading, enough: usize) -> Vec<usize> {
    let mut found = Vec::new();
    let at = |i: Option<usize>| i.and_then(|i| bytes.get(i)).map_or(' ', |&b| reading.char(b));
    for (i, &byte) in bytes.iter().enumerate() {
        if byte.is_ascii() {
            continue;
        }
        let (before, c, after) = (at(i.checked_sub(1)), reading.char(byte), at(Some(i + 1)));
        let capital_inside =
            c.is_uppercase() && before.is_alphabetic() && (before.is_lowercase() || after.is_lowercase());
        let mark_inside = !c.is_alphanumeric()
            && !c.is_whitespace()
            && !matches!(c, '’' | '‘' | 'ʼ' | '\u{ad}' | '‐' | '‑' | '–' | '—')
            && before.is_lowercase()
            && after.is_lowercase();
        let lower_before_capital = c.is_lowercase() && !before.is_alphabetic() && after.is_uppercase();
        if is_c1_control(c) || c == '\u{fffd}' || capital_inside || mark_inside || lower_before_capital {
            found.push(i);
            if found.len() >= enough {
                break;
            }
        }
    }
    found
}

/// The charset a document declares in its first few kilobytes (`<meta charset=…>`,
/// `content="text/html; charset=…"`, `<?xml … encoding="…"?>`).
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    for needle in [&b"charset="[..], &b"encoding="[..]] {
        let mut from = 0;
        while let Some(pos) = find(&lower[from..], needle) {
            let start = from + pos + needle.len();
            let value: Vec<u8> = lower[start..]
                .iter()
                .copied()
                .skip_while(|b| matches!(b, b'"' | b'\'' | b' '))
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
                .collect();
            if let Some(encoding) = Encoding::for_label(&value) {
                return Some(encoding);
            }
            from = start;
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Where binary data begins in a file whose start is text: the first NUL byte after the
/// start [`looks_binary`] reads, or the first stretch as long as that start with many
/// control characters. A file of text from start to end is read whole.
fn binary_tail(bytes: &[u8]) -> Option<usize> {
    let rest = bytes.get(SNIFF_LEN..)?;
    let nul = rest.iter().position(|&b| b == 0).map(|at| SNIFF_LEN + at);
    let end = nul.unwrap_or(bytes.len());
    let controls = (SNIFF_LEN..end).step_by(SNIFF_LEN).find(|&at| looks_binary(&bytes[at..end]));
    controls.or(nul)
}

/// A text's bytes without its NUL bytes, when they are padding after it (NULs, or
/// spacing, to the end) or a few stray ones (two, or at most one byte in a hundred: a short
/// note with one NUL is text), and what is left reads as text: plain ASCII or UTF-8 but for
/// a rare byte, few control characters. Binary data has NULs spread through it and fails
/// the test.
fn without_nuls(bytes: &[u8]) -> Option<Vec<u8>> {
    let first = bytes[..bytes.len().min(SNIFF_LEN)].iter().position(|&b| b == 0)?;
    let nuls = bytes.iter().filter(|&&b| b == 0).count();
    let padding = bytes[first..].iter().all(|&b| b == 0 || b.is_ascii_whitespace());
    if !padding && nuls > (bytes.len() / 100).max(2) {
        return None;
    }
    let kept: Vec<u8> = bytes.iter().copied().filter(|&b| b != 0).collect();
    let head = &kept[..kept.len().min(SNIFF_LEN)];
    let plain = head.iter().filter(|&&b| b.is_ascii_graphic() || b.is_ascii_whitespace()).count();
    // A head cut inside a character is still UTF-8.
    let utf8 = std::str::from_utf8(head).map_or_else(|e| e.error_len().is_none(), |_| true);
    (!head.is_empty() && !looks_binary(&kept) && (utf8 || plain * 20 >= head.len() * 19)).then_some(kept)
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
    #[test]
    fn lines_ended_by_a_carriage_return_alone_are_lines() {
        let decoded = decode(b"Council backs ferry plan\rPublished: 1998-03-02\r\rBody.\r").unwrap();
        assert_eq!(decoded.text, "Council backs ferry plan\nPublished: 1998-03-02\n\nBody.\n");
        let windows = decode(b"Title\r\n\r\nBody\r\n").unwrap();
        assert_eq!(windows.text, "Title\r\n\r\nBody\r\n", "CRLF text is left as it is");
    }

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
    fn text_followed_by_binary_data_is_read_up_to_it() {
        let text = "Ferry resumes\n\nThe lake ferry runs again.\n".repeat(300);
        let mut bytes = text.as_bytes().to_vec();
        bytes.extend_from_slice(b"partial line \x00\x01\x02\x89PNG");
        bytes.extend((0..20_000u32).map(|i| (i * 7 % 251) as u8));
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, text, "whole lines of text, nothing of the binary part");
        assert_eq!(d.binary_from, Some(text.len() + 13));
        // Control characters without a NUL are binary too, past a text's start.
        let mut controls = text.as_bytes().to_vec();
        controls.extend((0..20_000u32).map(|i| (i % 31 + 1) as u8));
        let d = decode(&controls).unwrap();
        assert!(d.binary_from.is_some() && d.text.len() <= text.len() && !d.text.contains('\u{1}'));
        // Text to the end is read whole.
        assert_eq!(decode(text.as_bytes()).unwrap().binary_from, None);
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
    fn a_false_declaration_loses_to_valid_utf8() {
        let page = "<meta charset=\"iso-8859-1\"><p>Zürich café</p>";
        let d = decode(page.as_bytes()).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.contains("Zürich café"));
    }

    #[test]
    fn utf8_with_a_stray_byte_stays_utf8() {
        // A byte Windows-1252 leaves undefined is replaced; one it defines is read so.
        let d = decode(
            b"Zo\xc3\xab Lindqvist visits the caf\xc3\xa9 in Z\xc3\xbcrich\n\nOne stray byte \x81 here.",
        )
        .unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.replaced);
        assert!(d.text.starts_with("Zoë Lindqvist visits the café in Zürich"), "{}", d.text);
        assert!(d.text.contains("byte \u{fffd} here"), "{}", d.text);
        // A letter cut off at the end of the file.
        let d = decode(b"Z\xc3\xbcrich caf\xc3").unwrap();
        assert_eq!((d.text.as_str(), d.replaced, d.legacy_bytes), ("Zürich caf\u{fffd}", true, 0));
    }

    #[test]
    fn utf8_with_a_latin1_passage_keeps_both_readable() {
        let mut bytes = "Chef award\n\nJosé Müller won.\n".as_bytes().to_vec();
        bytes.extend_from_slice(
            &encoding_rs::WINDOWS_1252.encode("Later, François Lefèvre said “bravo”.\n").0,
        );
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, "Chef award\n\nJosé Müller won.\nLater, François Lefèvre said “bravo”.\n");
        assert_eq!((d.encoding, d.legacy_bytes, d.replaced), ("UTF-8", 4, false));
        assert_eq!(
            d.byte_warnings(),
            ["4 bytes are not UTF-8 like the rest of the text; read as Windows-1252 (Latin-1)"]
        );
        // A legacy text with no UTF-8 in it is still read wholly as legacy.
        let d = decode(&encoding_rs::WINDOWS_1252.encode("François Lefèvre a visité Québec.").0).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("François Lefèvre a visité Québec.", "windows-1252"));
    }

    #[test]
    fn dos_end_of_file_marks_and_utf16_nul_padding_are_not_text() {
        let text = "Harbor news\r\n\r\nMarch 3, 1987\r\n\r\nThe harbor commission met.\r\n";
        let mut padded = text.as_bytes().to_vec();
        padded.extend([0x1Au8; 100]);
        assert_eq!(decode(&padded).unwrap().text, text);
        assert_eq!(decode(&[0x1Au8; 128]), Err(Skip::Empty));
        let mut utf16: Vec<u8> = vec![0xFF, 0xFE];
        utf16.extend("Fête\n\nText.\n".encode_utf16().chain([0u16; 50]).flat_map(u16::to_le_bytes));
        let d = decode(&utf16).unwrap();
        assert_eq!((d.text.as_str(), d.nuls_dropped), ("Fête\n\nText.\n", 50));
    }

    #[test]
    fn a_true_declaration_is_used() {
        // "Привет" in windows-1251, declared.
        let mut page =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>".to_vec();
        page.extend_from_slice(&[0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
        let d = decode(&page).unwrap();
        assert_eq!(d.encoding, "windows-1251");
        assert!(d.text.ends_with("Привет"), "{}", d.text);
    }

    /// A page declaring `declared` with `text` in `written_in`.
    fn page(declared: &str, written_in: &'static Encoding, text: &str) -> Vec<u8> {
        let (body, _, unmappable) = written_in.encode(text);
        assert!(!unmappable, "{text} in {}", written_in.name());
        let mut page = format!("<html><head><meta charset=\"{declared}\"><title>").into_bytes();
        page.extend_from_slice(&body);
        page.extend_from_slice(b"</title></head><body><p>");
        page.extend_from_slice(&body);
        page.extend_from_slice(b"</p></body></html>");
        page
    }

    const RUSSIAN: &str = "Морозы ударят по Сибири. Синоптики предупреждают о резком похолодании в Сибири. \
                           В Красноярском крае и Иркутской области температура опустится до минус сорока.";
    const ARABIC: &str = "ارتفاع أسعار الذهب في الأسواق المحلية. سجلت أسعار الذهب ارتفاعاً ملحوظاً في الأسواق \
                          المحلية خلال تعاملات اليوم، مدفوعة بزيادة الطلب العالمي على المعدن الأصفر.";
    const GREEK: &str = "Η Αθήνα φιλοξενεί τη σύνοδο κορυφής. Ο κυβερνητικός εκπρόσωπος δήλωσε ότι η \
                         συνάντηση αφορούσε οικονομικά θέματα και ζητήματα ασφαλείας.";
    const POLISH: &str = "Władze Łodzi ogłosiły, że żółte autobusy pojadą nową trasą. Źródła w urzędzie \
                          mówią, że ścieżka rowerowa też zostanie zbudowana.";

    #[test]
    fn a_page_whose_charset_garbles_it_is_read_in_one_that_does_not() {
        use encoding_rs::*;
        for (declared, written_in, text) in [
            ("koi8-r", WINDOWS_1251, RUSSIAN),
            ("windows-1251", KOI8_R, RUSSIAN),
            ("iso-8859-1", WINDOWS_1256, ARABIC),
            ("windows-1252", WINDOWS_1256, ARABIC),
            ("iso-8859-1", WINDOWS_1253, GREEK),
            ("iso-8859-1", WINDOWS_1250, POLISH),
        ] {
            let d = decode(&page(declared, written_in, text)).unwrap();
            assert!(d.text.contains(text), "{declared} for {}: {}", written_in.name(), d.text);
            assert_eq!(d.encoding, written_in.name(), "{declared}");
            let declared_name = match Encoding::for_label(declared.as_bytes()).unwrap().name() {
                "windows-1252" => "windows-1252 (ISO-8859-1)",
                name => name,
            };
            assert_eq!(
                d.byte_warnings(),
                [format!(
                    "the charset it declares, {declared_name}, garbles its words; read as {} instead",
                    written_in.name()
                )]
            );
        }
        // A short text, two words garbled: enough.
        let d = decode(&page("koi8-r", WINDOWS_1251, "Путин прибыл в Минск")).unwrap();
        assert_eq!(d.encoding, "windows-1251", "{}", d.text);
        assert!(d.text.contains("Путин прибыл в Минск"));
    }

    #[test]
    fn a_page_whose_charset_reads_it_keeps_it() {
        use encoding_rs::*;
        for (declared, written_in, text) in [
            ("koi8-r", KOI8_R, RUSSIAN),
            ("windows-1251", WINDOWS_1251, RUSSIAN),
            ("koi8-r", KOI8_R, "Пользователи ВКонтакте и ВКонтакте-2 жалуются. Москва, ЦСКА, МГУ."),
            ("windows-1251", WINDOWS_1251, "Пользователи ВКонтакте и ВКонтакте-2 жалуются. Москва, ЦСКА."),
            ("windows-1256", WINDOWS_1256, ARABIC),
            ("iso-8859-6", ISO_8859_6, "ارتفاع اسعار الذهب في الاسواق المحلية"),
            ("iso-8859-7", ISO_8859_7, GREEK),
            ("windows-1253", WINDOWS_1253, GREEK),
            (
                "windows-1255",
                WINDOWS_1255,
                "הבחירות המקומיות נדחו בשלושה חודשים. ועדת הבחירות המרכזית הודיעה.",
            ),
            ("iso-8859-8", ISO_8859_8, "הבחירות המקומיות נדחו בשלושה חודשים"),
            ("windows-1250", WINDOWS_1250, POLISH),
            (
                "iso-8859-1",
                WINDOWS_1252,
                "Le maire a visité l’école à Québec; François Lefèvre était déjà là.",
            ),
            (
                "iso-8859-1",
                WINDOWS_1252,
                "Der Bürgermeister äußerte sich über die Straßenbahn. Müller: schön!",
            ),
            (
                "iso-8859-1",
                WINDOWS_1252,
                "ÉCOLE ÉLÉMENTAIRE: São Paulo’s “Açaí” café, Ærø and Øresund — Ñandú.",
            ),
            ("windows-1252", WINDOWS_1252, "Council’s “bold” plan — a €5m budget… and the mayor’s “no”."),
        ] {
            let d = decode(&page(declared, written_in, text)).unwrap();
            assert!(d.text.contains(text), "{declared}: {}", d.text);
            let declared_name = Encoding::for_label(declared.as_bytes()).unwrap().name();
            assert_eq!((d.encoding, d.overruled), (declared_name, None), "{text}");
        }
    }

    #[test]
    fn russian_koi8_is_named_koi8_r_and_ukrainian_koi8_u() {
        let russian = encoding_rs::KOI8_R.encode(RUSSIAN).0;
        let d = decode(&russian).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (RUSSIAN, "KOI8-R"));
        let ukrainian = "Україна отримає нові системи протиповітряної оборони, заявив міністр. \
                         Їхня поставка почнеться в грудні, повідомляє Київ.";
        let d = decode(&encoding_rs::KOI8_U.encode(ukrainian).0).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (ukrainian, "KOI8-U"));
    }

    #[test]
    fn undeclared_legacy_text_is_detected() {
        let text = "Der Bürgermeister äußerte sich über die Straßenbahn und die Gebühren für Anwohner.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, text);
        assert!(!d.replaced);
    }

    /// The Mac Roman bytes of `text`, as classic Mac OS wrote it (lines ended by CR).
    fn mac_roman(text: &str) -> Vec<u8> {
        let (bytes, _, unmappable) = encoding_rs::MACINTOSH.encode(text);
        assert!(!unmappable);
        bytes.into_owned()
    }

    fn windows_1252(text: &str) -> Vec<u8> {
        encoding_rs::WINDOWS_1252.encode(text).0.into_owned()
    }

    #[test]
    fn classic_mac_text_is_read_as_mac_roman() {
        let french = "Museum reopens after “décor” overhaul\rPublished: 1998-04-17\rBy François Léger\r\r\
                      Visitors queued to see the gallery, which curator Émile Petit called “the jewel”.\r\
                      The museum’s director, Anne Müller, said attendance had doubled.\r";
        let d = decode(&mac_roman(french)).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding, d.replaced),
            (french.replace('\r', "\n").as_str(), "macintosh", false)
        );
        // Longer, past the few bytes below which chardetng is not asked.
        let german = "Die Bürgermeisterin erklärte, die Gebühren für Anwohner würden nicht erhöht. \
                      Straßenbahn und Busse fahren täglich; „Wir müssen sparen“, sagte sie über den Haushalt.";
        let d = decode(&mac_roman(german)).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (german, "macintosh"));
        // A page that declares Latin-1, as old Mac editors wrote them.
        let mut page = b"<meta charset=\"iso-8859-1\"><p>".to_vec();
        page.extend(mac_roman("Le musée a rouvert ses portes à Montréal, où “la foule” était là."));
        let d = decode(&page).unwrap();
        assert_eq!(d.encoding, "macintosh");
        assert!(
            d.text.ends_with("Le musée a rouvert ses portes à Montréal, où “la foule” était là."),
            "{}",
            d.text
        );
    }

    #[test]
    fn windows_1252_and_latin1_text_is_never_taken_for_mac_roman() {
        for text in [
            "Council’s “bold” plan — a €5m budget… and the mayor’s “no”.",
            "Le maire a visité l’école à Québec; François Lefèvre était déjà là.",
            "Der Bürgermeister äußerte sich über die Straßenbahn. Müller: schön!",
            "Šmid and Žižek met Øystein at the café: “Ça va?”",
            "Jürgen Müller sagte, die Gebühren für Anwohner würden nicht erhöht.",
        ] {
            let d = decode(&windows_1252(text)).unwrap();
            assert_eq!((d.text.as_str(), d.encoding, d.replaced), (text, "windows-1252", false));
        }
    }

    #[test]
    fn a_stray_byte_in_windows_1252_text_does_not_make_it_mac_roman() {
        // A byte 1252 defines, misplaced: the text stays as it is.
        let mut bytes = windows_1252("The council’s “bold” budget");
        bytes.extend(b" bud\x8eget rose.");
        let d = decode(&bytes).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding),
            ("The council’s “bold” budget budŽget rose.", "windows-1252")
        );
        // A byte it leaves undefined is replaced, with the warning, not kept as a control.
        let mut bytes = windows_1252("The council’s “bold” budget");
        bytes.extend(b" rose\x8d sharply.");
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, "The council’s “bold” budget rose\u{fffd} sharply.");
        assert_eq!(
            d.byte_warnings(),
            ["some bytes are not valid windows-1252; they were replaced with U+FFFD"]
        );
    }

    #[test]
    fn dos_code_page_437_text_stays_read_as_before() {
        // "Jürgen Müller sagte, das Mädchen sei schön; die Straße ist gesperrt." in CP437,
        // which encoding_rs does not read: as Windows-1252 it was read before.
        let bytes = b"J\x81rgen M\x81ller sagte, das M\x84dchen sei sch\x94n; die Stra\xe1e ist gesperrt.";
        let d = decode(bytes).unwrap();
        assert_eq!(d.encoding, "windows-1252");
        assert_eq!(
            d.text,
            "J\u{fffd}rgen M\u{fffd}ller sagte, das M„dchen sei sch”n; die Straáe ist gesperrt."
        );
    }

    #[test]
    fn undeclared_cyrillic_is_detected() {
        let text = "Мэр города заявил, что транспортная система будет работать в обычном режиме всю неделю.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "windows-1251");
        assert_eq!(d.text, text);
    }

    #[test]
    fn utf32_with_its_mark_and_utf16_without_one_are_read() {
        let text = "Bürgermeisterin eröffnet Straßenfest";
        let mut le = vec![0xFF, 0xFE, 0, 0];
        le.extend(text.chars().flat_map(|c| (c as u32).to_le_bytes()));
        let mut be = vec![0, 0, 0xFE, 0xFF];
        be.extend(text.chars().flat_map(|c| (c as u32).to_be_bytes()));
        for (bytes, name) in [(le, "UTF-32LE"), (be, "UTF-32BE")] {
            let decoded = decode(&bytes).unwrap();
            assert_eq!((decoded.text.as_str(), decoded.encoding, decoded.replaced), (text, name, false));
        }
        let utf16le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let decoded = decode(&utf16le).unwrap();
        assert_eq!((decoded.text.as_str(), decoded.encoding), (text, "UTF-16LE"));
        let utf16be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&utf16be).unwrap().text, text);
        // Binary with zeros everywhere stays binary.
        assert_eq!(
            decode(&[0u8, 1, 0, 0, 7, 0, 0, 0, 3, 0, 0, 9, 0, 0, 0, 0, 5, 0, 0, 0]),
            Err(Skip::Binary)
        );
    }

    #[test]
    fn binary_and_empty_are_refused() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Err(Skip::Binary));
        assert_eq!(decode(b""), Err(Skip::Empty));
        assert_eq!(decode(b" \n\t\n"), Err(Skip::Empty));
        // NULs alone are no text to salvage.
        assert_eq!(decode(&[0u8; 4096]), Err(Skip::Binary));
    }

    #[test]
    fn a_text_padded_with_nuls_or_with_a_stray_one_is_read_without_them() {
        let text = "Ferry resumes\n\nThe lake ferry runs again, the council said on Monday.\n";
        let mut padded = text.as_bytes().to_vec();
        padded.extend([0u8; 4096]);
        let d = decode(&padded).unwrap();
        assert_eq!((d.text.as_str(), d.nuls_dropped), (text, 4096));
        let three = text.repeat(3);
        let stray = format!("{}\0{}", &three[..20], &three[20..]);
        let d = decode(stray.as_bytes()).unwrap();
        assert_eq!((d.text, d.nuls_dropped), (three, 1));
        // A short note with one: more than one byte in a hundred, still a stray.
        let d = decode(b"Title\n\nBody with NUL\0 inside text words here.\n").unwrap();
        assert_eq!(
            (d.text.as_str(), d.nuls_dropped),
            ("Title\n\nBody with NUL inside text words here.\n", 1)
        );
        // Latin-1 text keeps its encoding.
        let d = decode(b"Chelsea sack Mutu\n\nfined \xa315.8m by the club.\0\0\0").unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding),
            ("Chelsea sack Mutu\n\nfined \u{a3}15.8m by the club.", "windows-1252")
        );
        // Data with NULs all through it, or with few NULs but no text, stays binary.
        let noise: Vec<u8> = (0..6000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8 | 1).collect();
        let mut sparse = noise.clone();
        sparse[100] = 0;
        assert_eq!(decode(&sparse), Err(Skip::Binary));
        let mut spread = text.repeat(20).into_bytes();
        spread.iter_mut().step_by(40).for_each(|b| *b = 0);
        assert_eq!(decode(&spread), Err(Skip::Binary));
    }
}
