//! One form for text that Unicode lets be written two ways.
//!
//! An accented letter is one character ("é", U+00E9: composed, NFC) or a letter followed
//! by a combining mark ("e" then U+0301: decomposed, NFD). Windows, Linux and the web write
//! the first; macOS tools (TextEdit's plain text, Safari's saved pages, file names on HFS+)
//! often the second. The two look alike but are other characters: indexed decomposed,
//! "Québec" was the words "que" and "bec" (the mark splits the word), found by neither
//! `québec` nor `quebec`, and its place was another name than the same place composed.
//!
//! So an article's text is composed before it is parsed ([`crate::ingest::article`]),
//! and so is what a user types: the query, the filters (a Mac terminal may send either
//! form) and the server's parameters. Paths are never rewritten, as a file's name is what
//! opens it: a path that is not there as typed is looked for in the other form
//! ([`crate::ingest::walk::in_any_unicode_form`]).

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// `text` composed (NFC). Text already so (all ASCII, as most news in English is, or
/// composed, as almost all else) is returned as it is, after one quick pass over it.
pub fn composed(text: &str) -> Cow<'_, str> {
    if is_composed(text) { Cow::Borrowed(text) } else { Cow::Owned(text.nfc().collect()) }
}

/// [`composed`] for an owned text: not copied when it is composed already.
pub fn composed_string(text: String) -> String {
    if is_composed(&text) { text } else { text.nfc().collect() }
}

/// `text` decomposed (NFD), as macOS writes it.
pub fn decomposed(text: &str) -> Cow<'_, str> {
    if text.is_ascii() { Cow::Borrowed(text) } else { Cow::Owned(text.nfd().collect()) }
}

/// A command-line value composed (a clap value parser for text flags and queries: a Mac
/// terminal may send "Québec" decomposed).
pub fn composed_arg(value: &str) -> Result<String, std::convert::Infallible> {
    Ok(composed(value).into_owned())
}

/// Whether `text` is composed, told cheaply: ASCII is, and the quick check of Unicode's
/// tables says yes for almost every other text ("maybe" is read as no: composing such a
/// text again changes nothing).
fn is_composed(text: &str) -> bool {
    text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decomposed_letters_are_composed_and_other_text_is_left_alone() {
        assert_eq!(composed("Que\u{301}bec City"), "Québec City");
        assert_eq!(composed_string("He\u{301}le\u{300}ne Co\u{302}te\u{301}".into()), "Hélène Côté");
        assert_eq!(composed("de\u{301}ja\u{300}-vu"), "déjà-vu");
        assert!(matches!(composed("Québec"), Cow::Borrowed(_)));
        assert!(matches!(composed("plain ASCII"), Cow::Borrowed(_)));
        assert!(matches!(composed("東京 Москва"), Cow::Borrowed(_)));
        assert_eq!(decomposed("Québec"), "Que\u{301}bec");
        assert_eq!(composed_arg("Montre\u{301}al").unwrap(), "Montréal");
    }
}
