//! How an article writes its words with a final "s": capitalised inside a sentence
//! ("said Mr Williams"), or in lower case ("share prices"). A search reads it to tell a
//! name ("Williams", "Gates", "Yukos") from a plural, which it widens to the singular
//! ([`crate::search::names_written`]).
//!
//! The index folds case, so the `written` field keeps it: each use of such a word, folded
//! as the text's own words, as the word when capitalised inside a sentence, behind
//! [`LOWER_MARK`] when in lower case. A capital that starts a sentence or a line says
//! nothing of the word, nor does one in a headline (title case capitalises every word) or
//! on a line in capitals ([`super::caps::line_in_capitals`]); a word all in capitals is
//! the `caps` field's ([`super::caps`]). Only words ending in "s" are kept: the rule asks
//! of no other (on BBC and Reuters the field adds 2.3% to the index, 676 KB to 28.9 MB,
//! where every word would add 12.6%). The field has frequencies and no positions: a search
//! sums a word's uses.

use tantivy::tokenizer::{Token, Tokenizer};

use super::caps::{ListedTokens, line_in_capitals};

/// Before a word written in lower case ("_prices"): no word of the text starts with it.
pub const LOWER_MARK: char = '_';

/// How a word is written at one place of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// Capitalised inside a sentence, not in a headline or on a line in capitals.
    Capitalised,
    /// In lower case (its first letter), anywhere.
    Lower,
}

/// How `word` (a run of letters and digits as written) is written where it stands:
/// `before` is its line up to it, `loud` says whether a capital there says nothing (a
/// headline, a line in capitals; asked only of a capitalised word). None when it says
/// nothing: all in capitals, or a capital starting a sentence or a line.
pub fn case_of(word: &str, before: &str, loud: impl FnOnce() -> bool) -> Option<Case> {
    if !word.chars().any(char::is_lowercase) {
        return None;
    }
    if !word.starts_with(char::is_uppercase) {
        return Some(Case::Lower);
    }
    (!starts_sentence(before) && !loud()).then_some(Case::Capitalised)
}

/// Whether a word after `before` (its line up to it) starts a sentence or the line: a
/// capital there says nothing of the word (nor does one first on a line of a table).
pub fn starts_sentence(before: &str) -> bool {
    let before = before.trim_end_matches(|c: char| {
        c.is_whitespace() || "\"'\u{201c}\u{2018}\u{ab}([-\u{2013}\u{2014}".contains(c)
    });
    before.is_empty() || before.ends_with(['.', '!', '?', ':', ';', '\u{2026}'])
}

/// The tokenizer of the `written` field: the runs of letters and digits ending in "s"
/// that [`case_of`] tells, as written, those in lower case behind [`LOWER_MARK`] (folded
/// after it by the text's filters: [`super::schema::written_analyzer`]).
#[derive(Clone, Default)]
pub struct WrittenTokenizer {
    /// The text is a headline: its capitals say nothing.
    headline: bool,
    tokens: Vec<Token>,
}

impl WrittenTokenizer {
    /// The tokenizer of a headline's words, or of a text's (`headline` false).
    pub fn new(headline: bool) -> WrittenTokenizer {
        WrittenTokenizer { headline, tokens: Vec::new() }
    }
}

impl Tokenizer for WrittenTokenizer {
    type TokenStream<'a> = ListedTokens<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ListedTokens<'a> {
        let WrittenTokenizer { headline, tokens } = self;
        tokens.clear();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let mut loud = None;
            for (from, to) in runs_ending_in_s(line) {
                let word = &line[from..to];
                let in_capitals = || *loud.get_or_insert_with(|| *headline || line_in_capitals(line));
                let Some(case) = case_of(word, &line[..from], in_capitals) else { continue };
                let mut text = String::with_capacity(word.len() + 1);
                if case == Case::Lower {
                    text.push(LOWER_MARK);
                }
                // As the text's words are kept: "criticises" is `criticizes`, which a query
                // asks about (super::spellings).
                text.push_str(super::spellings::common(word).as_deref().unwrap_or(word));
                tokens.push(Token {
                    offset_from: offset + from,
                    offset_to: offset + to,
                    position: tokens.len(),
                    text,
                    position_length: 1,
                });
            }
            offset += line.len();
        }
        ListedTokens::new(tokens)
    }
}

/// The least bytes of a word kept: a plural asked about has three letters or more.
const LEAST_BYTES: usize = 3;

/// The byte ranges of the runs of letters and digits of `line` that end in "s" or "S",
/// [`LEAST_BYTES`] long or more. Each "s" is found as a byte and its run read backwards:
/// the other words are not read.
fn runs_ending_in_s(line: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut next = 0;
    std::iter::from_fn(move || {
        while let Some(found) = line.as_bytes()[next..].iter().position(|&b| b == b's' || b == b'S') {
            // An ASCII letter: the bytes either side of it are character boundaries.
            let to = next + found + 1;
            next = to;
            if line[to..].starts_with(char::is_alphanumeric) {
                continue;
            }
            let run = line[..to].char_indices().rev().take_while(|&(_, c)| c.is_alphanumeric());
            let from = run.last().map_or(to, |(at, _)| at);
            if to - from >= LEAST_BYTES {
                return Some((from, to));
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::schema::{words_by, written_analyzer};

    fn written(text: &str, headline: bool) -> Vec<String> {
        words_by(written_analyzer(headline), text)
    }

    #[test]
    fn a_british_spelling_is_kept_as_the_text_keeps_it() {
        assert_eq!(written("The cardinal criticises the war.", false), ["_criticizes"]);
    }

    #[test]
    fn a_capital_inside_a_sentence_is_kept_and_lower_case_marked() {
        assert_eq!(
            written("Shares rose, said Mr Williams. Williams added that the gates of Müllers shut.", false),
            ["williams", "_gates", "mullers"]
        );
        // Only words ending in "s": the rule asks of no other.
        assert_eq!(written("said William Hague and the gate", false), Vec::<String>::new());
    }

    #[test]
    fn a_capital_first_on_a_line_in_a_headline_or_a_line_in_capitals_says_nothing() {
        assert_eq!(
            written("Gates said so.\n\"Gates, too.\" (Gates) said: Gates", false),
            Vec::<String>::new()
        );
        assert_eq!(written("Bill Gates Unveils New Games and tools", true), ["_tools"]);
        assert_eq!(written("MONTEX SYSTEMS CORP <METS> SETS Payouts\nthe Mets won", false), ["mets"]);
        // A word in capitals is the `caps` field's.
        assert_eq!(written("The CDs and AIDS rose", false), ["cds"]);
    }

    #[test]
    fn a_run_is_letters_and_digits_between_other_signs() {
        let line = "McWilliams, Williams-Sonoma's 1980s Williams' é's us";
        let runs: Vec<&str> = runs_ending_in_s(line).map(|(from, to)| &line[from..to]).collect();
        assert_eq!(runs, ["McWilliams", "Williams", "1980s", "Williams"]);
    }
}
