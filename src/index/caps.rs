//! Words written in capitals: what tells the World Health Organization's "WHO" from the
//! pronoun, "IT" from "it", "AIDS" from "hearing aids".
//!
//! The index folds case, so `WHO` found every "who" as much as the organization (on the
//! BBC's technology folder, `IT` matched 382 of 401 articles, and the 5 that write "IT"
//! ranked 36th, 61st, …). The `caps` field keeps, lower-cased and folded as the text's own
//! words, the words an article writes in capitals (two letters or more, digits allowed:
//! "WHO", "MP3", "H5N1"; a plural's "s" too: "CDs"). A line mostly in capitals (a wire
//! headline, a flash, teletype copy: four letters or more, at most one in five in lower
//! case, the test [`crate::entities::gazetteer::is_in_capitals`] makes of a whole
//! article) says nothing of any word's case: its words are kept apart, behind
//! [`LOUD_MARK`], so that a search requiring capitals can still find the copy written all
//! in capitals, while ranking leaves it aside. The field has no positions: it ranks and
//! filters, the text's own fields match phrases.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

use super::words::WordTokenizer;

/// Before a word written in capitals on a line in capitals ("^who"): no word of the text
/// starts with it.
pub const LOUD_MARK: char = '^';

/// The least letters a word in capitals has to count ("WHO", "IT"; not "A" or "I").
const LEAST_LETTERS: usize = 2;

/// Whether `word`, as written, is in capitals: two letters or more, none in lower case
/// ("WHO", "MP3", "H5N1", "AT&T"), or such a word with a plural's "s" ("CDs", "MPs").
pub fn is_in_capitals(word: &str) -> bool {
    let stem = word.strip_suffix('s').unwrap_or(word);
    let mut letters = 0;
    for c in stem.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        }
    }
    letters >= LEAST_LETTERS
}

/// Whether a line is mostly in capitals, so that its case says nothing: four letters or
/// more, at most one in five in lower case.
pub fn line_in_capitals(line: &str) -> bool {
    let (mut letters, mut lower) = (0usize, 0usize);
    for c in line.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        lower += usize::from(!c.is_uppercase());
    }
    letters >= 4 && lower * 5 <= letters
}

/// Whether two capitals stand side by side somewhere in `text`: else it has no word in
/// capitals, and is not read again.
fn has_capitals(text: &str) -> bool {
    let mut last_upper = false;
    for c in text.chars() {
        let upper = c.is_uppercase();
        if upper && last_upper {
            return true;
        }
        last_upper = upper;
    }
    false
}

/// The tokenizer of the `caps` field: the words written in capitals, those of a line in
/// capitals behind [`LOUD_MARK`]. For a query ([`CapsTokenizer::for_queries`]) there are
/// no lines: every word in capitals, as typed.
#[derive(Clone, Default)]
pub struct CapsTokenizer {
    words: WordTokenizer,
    query: bool,
    tokens: Vec<Token>,
}

impl CapsTokenizer {
    /// The words in capitals of a query, with no regard to its lines.
    pub fn for_queries() -> CapsTokenizer {
        CapsTokenizer { words: WordTokenizer::for_queries(), query: true, tokens: Vec::new() }
    }
}

/// The token stream of [`CapsTokenizer`]: the words, read beforehand.
pub struct CapsStream<'a> {
    tokens: &'a mut Vec<Token>,
    next: usize,
}

impl Tokenizer for CapsTokenizer {
    type TokenStream<'a> = CapsStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> CapsStream<'a> {
        let CapsTokenizer { words, query, tokens } = self;
        tokens.clear();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            if has_capitals(line) {
                let loud = !*query && line_in_capitals(line);
                let mut stream = words.token_stream(line);
                while stream.advance() {
                    let token = stream.token();
                    if !is_in_capitals(&token.text) {
                        continue;
                    }
                    let mut kept = token.clone();
                    kept.offset_from += offset;
                    kept.offset_to += offset;
                    kept.position = tokens.len();
                    kept.position_length = 1;
                    if loud {
                        kept.text.insert(0, LOUD_MARK);
                    }
                    tokens.push(kept);
                }
            }
            offset += line.len();
        }
        CapsStream { tokens, next: 0 }
    }
}

impl TokenStream for CapsStream<'_> {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::schema::{caps_analyzer, query_caps_analyzer, words_by};

    #[test]
    fn words_in_capitals_are_kept_and_the_others_not() {
        let text = "The WHO said who knew. IT staff and it; MP3s, H5N1, AT&T, CDs, A and I.";
        assert_eq!(words_by(caps_analyzer(), text), ["who", "it", "mp3s", "h5n1", "at&t", "at", "cds"]);
    }

    #[test]
    fn a_line_in_capitals_keeps_its_words_apart() {
        let text = "WHO WARNS ON FLU\nThe WHO said so.\nIT";
        assert_eq!(words_by(caps_analyzer(), text), ["^who", "^warns", "^on", "^flu", "who", "it"]);
        assert!(line_in_capitals("UPDATE 2-WHO WARNS"));
        assert!(!line_in_capitals("The WHO warns"));
        // Too few letters to tell: a heading "IT" is a word in capitals.
        assert!(!line_in_capitals("IT"));
    }

    #[test]
    fn a_query_gives_its_words_in_capitals_folded() {
        assert_eq!(words_by(query_caps_analyzer(), "WHO vaccine Über ÉCOLE"), ["who", "ecole"]);
        assert_eq!(words_by(query_caps_analyzer(), "ALL CAPS LINE"), ["all", "caps", "line"]);
    }
}
