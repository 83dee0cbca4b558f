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
//! in capitals, while ranking leaves it aside. A wire story's dateline (`WINNIPEG, March 3
//! -`) writes its place in capitals by custom: its words in capitals are kept behind the
//! mark too ([`CapsTokenizer::for_datelines`]), so that `--exact-words WINNIPEG` finds the
//! stories filed from there. The field has no positions: it ranks and filters, the text's
//! own fields match phrases.

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
    crate::entities::gazetteer::mostly_capitals(line.chars(), line.len())
}

/// Whether `text` (a stretch between spaces) has two capitals: else it holds no word in
/// capitals, and is not read again.
fn has_capitals(text: &str) -> bool {
    text.chars().filter(|c| c.is_uppercase()).nth(1).is_some()
}

/// The stretches of `line` between white space, each with its byte offset.
fn stretches(line: &str) -> impl Iterator<Item = (usize, &str)> {
    line.split(char::is_whitespace)
        .scan(0, |at, stretch| {
            let start = *at;
            // The separator is one whitespace character, of its own length.
            let sep = line[start + stretch.len()..].chars().next().map_or(0, char::len_utf8);
            *at = start + stretch.len() + sep;
            Some((start, stretch))
        })
        .filter(|(_, s)| !s.is_empty())
}

/// The tokenizer of the `caps` field: the words written in capitals, those of a line in
/// capitals behind [`LOUD_MARK`]. For a query ([`CapsTokenizer::for_queries`]) there are
/// no lines: every word in capitals, as typed. For a dateline
/// ([`CapsTokenizer::for_datelines`]), every word in capitals behind the mark.
#[derive(Clone, Default)]
pub struct CapsTokenizer {
    words: WordTokenizer,
    query: bool,
    dateline: bool,
    tokens: Vec<Token>,
}

impl CapsTokenizer {
    /// The words in capitals of a query, with no regard to its lines.
    pub fn for_queries() -> CapsTokenizer {
        CapsTokenizer { words: WordTokenizer::for_queries(), query: true, ..CapsTokenizer::default() }
    }

    /// The words in capitals of a dateline (`WINNIPEG, March 3 -`, `NEW YORK`), each behind
    /// [`LOUD_MARK`] whatever the rest of its line: a dateline writes its place in
    /// capitals by custom, which says nothing of the word.
    pub fn for_datelines() -> CapsTokenizer {
        CapsTokenizer { dateline: true, ..CapsTokenizer::default() }
    }
}

/// The token stream of [`CapsTokenizer`]: the words, read beforehand.
/// The tokens a tokenizer listed beforehand, streamed in order (the `caps` and `written`
/// fields' tokenizers: [`super::written`]).
pub struct ListedTokens<'a> {
    tokens: &'a mut Vec<Token>,
    next: usize,
}

impl<'a> ListedTokens<'a> {
    /// A stream of `tokens`, from the first.
    pub fn new(tokens: &'a mut Vec<Token>) -> ListedTokens<'a> {
        ListedTokens { tokens, next: 0 }
    }
}

impl Tokenizer for CapsTokenizer {
    type TokenStream<'a> = ListedTokens<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ListedTokens<'a> {
        let CapsTokenizer { words, query, dateline, tokens } = self;
        tokens.clear();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let mut loud = None;
            // Only the stretches between spaces with two capitals are read again: a word
            // in capitals is one of those ("(WHO),", "AT&T", "U.S.", "H5N1").
            for (at, stretch) in stretches(line).filter(|(_, s)| has_capitals(s)) {
                let loud = *loud.get_or_insert_with(|| *dateline || (!*query && line_in_capitals(line)));
                let mut stream = words.token_stream(stretch);
                while stream.advance() {
                    let token = stream.token();
                    if !is_in_capitals(&token.text) {
                        continue;
                    }
                    let mut kept = token.clone();
                    kept.offset_from += offset + at;
                    kept.offset_to += offset + at;
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
        ListedTokens::new(tokens)
    }
}

impl TokenStream for ListedTokens<'_> {
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
    use crate::index::schema::{caps_analyzer, dateline_caps_analyzer, query_caps_analyzer, words_by};

    #[test]
    fn words_in_capitals_are_kept_and_the_others_not() {
        let text = "The WHO said who knew. IT staff and it; MP3s, H5N1, AT&T, CDs, A and I.";
        assert_eq!(words_by(caps_analyzer(), text), ["who", "it", "mp3s", "h5n1", "at&t", "at", "cds"]);
        // Alone on its line, and in a stretch with other marks: only its own word.
        assert_eq!(
            words_by(caps_analyzer(), "The H5N1 virus.\n(WHO), a McDonald\u{a0}IT"),
            ["h5n1", "who", "it"]
        );
    }

    #[test]
    fn stretches_are_the_text_between_spaces_with_their_offsets() {
        let found: Vec<(usize, &str)> = stretches("a  WHO\u{a0}é IT\n").collect();
        assert_eq!(found, [(0, "a"), (3, "WHO"), (8, "é"), (11, "IT")]);
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
    fn a_dateline_keeps_its_words_in_capitals_apart() {
        // The place's capitals are the dateline's custom: behind the mark, as a line in
        // capitals' words; its month, in lower case, is no word in capitals.
        assert_eq!(words_by(dateline_caps_analyzer(), "WINNIPEG, March 3 -"), ["^winnipeg"]);
        assert_eq!(words_by(dateline_caps_analyzer(), "NEW YORK, Feb 26 -"), ["^new", "^york"]);
        assert_eq!(words_by(dateline_caps_analyzer(), "SÃO PAULO"), ["^sao", "^paulo"]);
    }

    #[test]
    fn a_query_gives_its_words_in_capitals_folded() {
        assert_eq!(words_by(query_caps_analyzer(), "WHO vaccine Über ÉCOLE"), ["who", "ecole"]);
        assert_eq!(words_by(query_caps_analyzer(), "ALL CAPS LINE"), ["all", "caps", "line"]);
    }
}
