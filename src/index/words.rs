//! Words for the index: runs of letters and digits, with numbers kept whole.
//!
//! [`WordTokenizer`] splits text as tantivy's `SimpleTokenizer` does (on every character
//! that is not a letter or a digit), except that a point or a comma between two digits
//! stays inside the word: "1.5m", "2.5%" and "3,000" are one word each. Split at the
//! point, "$1.5m" was the words "1" and "5m", so a search for `$5m` found "$1.5m" (and
//! ranked it first), and `5 pct` every "1.5 pct" and "2.5 pct" of a market report.
//!
//! [`DigitGroups`] then writes a number grouped in thousands without its commas, so
//! "3,000" is the word `3000` and a search for `3000` or `3,000` finds both spellings. A
//! comma is a thousands separator when exactly three digits follow it; "1,5" (a decimal
//! comma) stays as written.

use std::str::CharIndices;

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// The tokenizer: letters-and-digits runs, numbers kept whole.
#[derive(Clone, Default)]
pub struct WordTokenizer {
    token: Token,
}

/// The token stream of [`WordTokenizer`].
pub struct WordStream<'a> {
    text: &'a str,
    chars: std::iter::Peekable<CharIndices<'a>>,
    token: &'a mut Token,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream<'a> {
        self.token.reset();
        WordStream { text, chars: text.char_indices().peekable(), token: &mut self.token }
    }
}

impl WordStream<'_> {
    /// Consumes the rest of the word whose first character `first` is at `from`, and
    /// gives where the word ends.
    fn word_end(&mut self, from: usize, first: char) -> usize {
        let mut end = from + first.len_utf8();
        let mut last = first;
        while let Some(&(at, c)) = self.chars.peek() {
            if c.is_alphanumeric() {
                end = at + c.len_utf8();
                last = c;
                self.chars.next();
                continue;
            }
            // A point or comma between two digits: the number goes on.
            let digit_follows =
                self.text[at + c.len_utf8()..].chars().next().is_some_and(|n| n.is_ascii_digit());
            if (c == '.' || c == ',') && last.is_ascii_digit() && digit_follows {
                self.chars.next();
                continue;
            }
            break;
        }
        end
    }
}

impl TokenStream for WordStream<'_> {
    fn advance(&mut self) -> bool {
        self.token.text.clear();
        self.token.position = self.token.position.wrapping_add(1);
        while let Some((from, c)) = self.chars.next() {
            if c.is_alphanumeric() {
                let to = self.word_end(from, c);
                self.token.offset_from = from;
                self.token.offset_to = to;
                self.token.text.push_str(&self.text[from..to]);
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// The token filter writing numbers grouped in thousands without their commas.
#[derive(Clone, Copy, Debug, Default)]
pub struct DigitGroups;

impl TokenFilter for DigitGroups {
    type Tokenizer<T: Tokenizer> = DigitGroupsFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> DigitGroupsFilter<T> {
        DigitGroupsFilter { inner: tokenizer }
    }
}

/// [`DigitGroups`] applied to a tokenizer.
#[derive(Clone)]
pub struct DigitGroupsFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for DigitGroupsFilter<T> {
    type TokenStream<'a> = DigitGroupsStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        DigitGroupsStream { tail: self.inner.token_stream(text) }
    }
}

/// The token stream of [`DigitGroupsFilter`].
pub struct DigitGroupsStream<T> {
    tail: T,
}

impl<T: TokenStream> TokenStream for DigitGroupsStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let text = &mut self.tail.token_mut().text;
        if text.contains(',') {
            *text = without_thousands_commas(text);
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// `word` without the commas that group its digits in thousands: a comma after a digit
/// and before exactly three digits.
pub fn without_thousands_commas(word: &str) -> String {
    let bytes = word.as_bytes();
    let grouping = |i: usize| {
        i > 0
            && bytes[i - 1].is_ascii_digit()
            && bytes.len() >= i + 4
            && bytes[i + 1..i + 4].iter().all(u8::is_ascii_digit)
            && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit())
    };
    word.char_indices().filter(|&(i, c)| !(c == ',' && grouping(i))).map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use tantivy::tokenizer::TextAnalyzer;

    use super::*;

    fn words(text: &str) -> Vec<(String, std::ops::Range<usize>)> {
        let mut analyzer = TextAnalyzer::builder(WordTokenizer::default()).filter(DigitGroups).build();
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(t) = stream.next() {
            out.push((t.text.clone(), t.offset_from..t.offset_to));
        }
        out
    }

    fn texts(text: &str) -> Vec<String> {
        words(text).into_iter().map(|w| w.0).collect()
    }

    #[test]
    fn decimals_stay_whole_and_other_punctuation_splits() {
        assert_eq!(
            texts("profit of $1.5m, up 2.5% on 1986."),
            ["profit", "of", "1.5m", "up", "2.5", "on", "1986"]
        );
        assert_eq!(texts("Hello, happy tax payer!"), ["Hello", "happy", "tax", "payer"]);
        // A point after a word's letters, or before no digit, splits as before.
        assert_eq!(
            texts("No.1 in 1987.The U.S. 9/11"),
            ["No", "1", "in", "1987", "The", "U", "S", "9", "11"]
        );
        assert_eq!(texts("1,2,3 go"), ["1,2,3", "go"]);
        assert_eq!(texts("version 10.30.2"), ["version", "10.30.2"]);
    }

    #[test]
    fn thousands_lose_their_commas_and_decimal_commas_stay() {
        assert_eq!(texts("3,000 dlrs and 12,345,678 shares"), ["3000", "dlrs", "and", "12345678", "shares"]);
        assert_eq!(texts("1,5 Prozent, 1,000.25 and 1,0005"), ["1,5", "Prozent", "1000.25", "and", "1,0005"]);
        assert_eq!(without_thousands_commas("1,000m"), "1000m");
    }

    #[test]
    fn offsets_point_at_the_word_as_written() {
        let text = "Über 1,500 Menschen: ½ für 3.5€";
        for (word, bytes) in words(text) {
            assert_eq!(text[bytes].replace(',', ""), word);
        }
        assert_eq!(texts(text), ["Über", "1500", "Menschen", "½", "für", "3.5"]);
    }
}
