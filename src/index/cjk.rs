//! Chinese, Japanese and Korean words for the index: overlapping character pairs.
//!
//! Chinese and Japanese write no spaces between words, so the word tokenizer sees a whole
//! clause ("東京都は日本の首都") as one word, which no query ever matches (and one longer
//! than the longest kept word is dropped). [`CjkBigrams`] splits every run of Han, kana
//! or Hangul characters into overlapping pairs ("東京", "京都", "都は", …), each at its
//! own position, as Lucene's `CJKBigramFilter` (Elasticsearch's `cjk` analyzer) does: a
//! query word is split the same way and searched as a phrase of its pairs, so "東京都"
//! finds the clause without a dictionary. A lone character stays a one-character word.
//! Other words pass through unchanged, moved on by the positions the pairs before them
//! added, so that words the tokenizer gave one position (a joined score and its first
//! number) keep sharing it.

use std::ops::Range;

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Whether `c` is a Han ideograph, a kana or a Hangul syllable or letter.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}'     // Hangul Jamo
        | '\u{3040}'..='\u{30FF}'   // Hiragana, Katakana
        | '\u{3130}'..='\u{318F}'   // Hangul compatibility Jamo
        | '\u{31F0}'..='\u{31FF}'   // Katakana phonetic extensions
        | '\u{3400}'..='\u{4DBF}'   // Han extension A
        | '\u{4E00}'..='\u{9FFF}'   // Han
        | '\u{AC00}'..='\u{D7AF}'   // Hangul syllables
        | '\u{F900}'..='\u{FAFF}'   // Han compatibility
        | '\u{FF66}'..='\u{FF9F}'   // half-width Katakana
        | '\u{FFA0}'..='\u{FFDC}'   // half-width Hangul
        | '\u{20000}'..='\u{3134F}' // Han extensions B-G
    )
}

/// The character of a word that is one CJK character (a run of one, which the index keeps
/// whole), if it is one.
pub fn lone_character(word: &str) -> Option<char> {
    let mut chars = word.chars();
    let c = chars.next()?;
    (chars.next().is_none() && is_cjk(c)).then_some(c)
}

/// The token filter: splits the CJK runs of each token into character pairs.
#[derive(Clone, Copy, Debug, Default)]
pub struct CjkBigrams;

impl TokenFilter for CjkBigrams {
    type Tokenizer<T: Tokenizer> = CjkBigramsFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CjkBigramsFilter<T> {
        CjkBigramsFilter { inner: tokenizer, parts: Vec::new() }
    }
}

/// [`CjkBigrams`] applied to a tokenizer.
#[derive(Clone)]
pub struct CjkBigramsFilter<T> {
    inner: T,
    parts: Vec<Token>,
}

impl<T: Tokenizer> Tokenizer for CjkBigramsFilter<T> {
    type TokenStream<'a> = CjkBigramStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        self.parts.clear();
        CjkBigramStream {
            tail: self.inner.token_stream(text),
            parts: &mut self.parts,
            next_part: 0,
            added: 0,
        }
    }
}

/// The token stream of [`CjkBigramsFilter`].
pub struct CjkBigramStream<'a, T> {
    tail: T,
    /// The pieces of the current token when it holds CJK characters (empty otherwise).
    parts: &'a mut Vec<Token>,
    /// The piece to give next; the one given is the piece before it.
    next_part: usize,
    /// The positions the pieces given so far added: a token's position moves on by it.
    added: usize,
}

impl<T: TokenStream> TokenStream for CjkBigramStream<'_, T> {
    fn advance(&mut self) -> bool {
        if self.next_part < self.parts.len() {
            self.parts[self.next_part].position += self.added + self.next_part;
            self.next_part += 1;
            if self.next_part == self.parts.len() {
                self.added += self.parts.len() - 1;
            }
            return true;
        }
        self.parts.clear();
        self.next_part = 0;
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token();
        if token.text.is_ascii() || !token.text.chars().any(is_cjk) {
            self.tail.token_mut().position += self.added;
            return true;
        }
        split(token, self.parts);
        // A token of CJK characters gives at least one piece.
        self.advance()
    }

    fn token(&self) -> &Token {
        if self.next_part > 0 { &self.parts[self.next_part - 1] } else { self.tail.token() }
    }

    fn token_mut(&mut self) -> &mut Token {
        if self.next_part > 0 { &mut self.parts[self.next_part - 1] } else { self.tail.token_mut() }
    }
}

/// The pieces of a token holding CJK characters, in order: each other-script part whole,
/// each CJK run as its overlapping character pairs (a lone character alone). Half-width
/// kana and Hangul are written full-width first ([`full_width`]), so "ﾏｸﾞﾆﾁｭｰﾄﾞ" gives
/// the pairs of "マグニチュード"; each piece keeps the offsets of its own characters in
/// the text.
fn split(token: &Token, parts: &mut Vec<Token>) {
    let chars = full_width(&token.text);
    let piece = |run: &[(Range<usize>, char)]| Token {
        offset_from: token.offset_from + run[0].0.start,
        offset_to: token.offset_from + run[run.len() - 1].0.end,
        text: run.iter().map(|&(_, c)| c).collect(),
        ..token.clone()
    };
    let mut i = 0;
    while i < chars.len() {
        let cjk = is_cjk(chars[i].1);
        let mut j = i;
        while j + 1 < chars.len() && is_cjk(chars[j + 1].1) == cjk {
            j += 1;
        }
        // chars[i..=j] is one run.
        if !cjk || i == j {
            parts.push(piece(&chars[i..=j]));
        } else {
            parts.extend(chars[i..=j].windows(2).map(piece));
        }
        i = j + 1;
    }
}

/// The characters of `text` with where each stands in it, half-width kana and Hangul
/// (U+FF61-U+FFDC) written full-width as Unicode's compatibility mapping (NFKC) writes
/// them: a half-width voicing mark joins the kana before it ("ｸﾞ" is "グ"), which then
/// spans both.
fn full_width(text: &str) -> Vec<(Range<usize>, char)> {
    use unicode_normalization::char::{compose, decompose_compatible};
    let mut chars: Vec<(Range<usize>, char)> = Vec::with_capacity(text.len() / 3);
    for (at, c) in text.char_indices() {
        let span = at..at + c.len_utf8();
        if !('\u{FF61}'..='\u{FFDC}').contains(&c) {
            chars.push((span, c));
            continue;
        }
        let mut wide = c;
        decompose_compatible(c, |d| wide = d);
        let voiced = chars.last().and_then(|&(_, prior)| compose(prior, wide));
        match (voiced, chars.last_mut()) {
            (Some(voiced), Some((before, prior))) => {
                before.end = span.end;
                *prior = voiced;
            }
            _ => chars.push((span, wide)),
        }
    }
    chars
}

#[cfg(test)]
mod tests {
    use tantivy::tokenizer::{SimpleTokenizer, TextAnalyzer};

    use super::*;

    fn tokens(text: &str) -> Vec<(String, usize, std::ops::Range<usize>)> {
        let mut analyzer = TextAnalyzer::builder(SimpleTokenizer::default()).filter(CjkBigrams).build();
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(t) = stream.next() {
            out.push((t.text.clone(), t.position, t.offset_from..t.offset_to));
        }
        out
    }

    fn texts(text: &str) -> Vec<String> {
        tokens(text).into_iter().map(|t| t.0).collect()
    }

    #[test]
    fn cjk_runs_become_overlapping_pairs_at_consecutive_positions() {
        assert_eq!(
            texts("東京都は日本の首都"),
            ["東京", "京都", "都は", "は日", "日本", "本の", "の首", "首都"]
        );
        let all = tokens("Tokyo 東京都 news");
        let positions: Vec<usize> = all.iter().map(|t| t.1).collect();
        assert_eq!(positions, [0, 1, 2, 3]);
        // Offsets point at the pair's own characters in the text.
        let text = "Tokyo 東京都 news";
        for (word, _, bytes) in &all {
            assert_eq!(&text[bytes.clone()], word);
        }
    }

    #[test]
    fn words_sharing_a_position_keep_sharing_it_after_pairs() {
        let mut analyzer =
            TextAnalyzer::builder(crate::index::words::WordTokenizer::default()).filter(CjkBigrams).build();
        let mut stream = analyzer.token_stream("4-6 東京都 4-6");
        let mut placed = Vec::new();
        while let Some(t) = stream.next() {
            placed.push((t.text.clone(), t.position));
        }
        let expected =
            [("4-6", 0), ("4", 0), ("6", 1), ("東京", 2), ("京都", 3), ("4-6", 4), ("4", 4), ("6", 5)];
        assert_eq!(placed, expected.map(|(w, p)| (w.to_string(), p)));
    }

    #[test]
    fn half_width_kana_pairs_as_full_width_with_its_own_offsets() {
        let text = "ﾏｸﾞﾆﾁｭｰﾄﾞ 7";
        assert_eq!(texts(text), texts("マグニチュード 7"));
        let all = tokens(text);
        // "ｸﾞﾆ" is the pair "グニ": three characters of the text.
        assert_eq!(&text[all[1].2.clone()], "ｸﾞﾆ");
        assert_eq!(texts("ｿｳﾙ ﾊﾟﾘ"), ["ソウ", "ウル", "パリ"]);
    }

    #[test]
    fn a_lone_character_and_mixed_words_keep_their_parts() {
        assert_eq!(texts("雨"), ["雨"]);
        assert_eq!(texts("iPhone新型 2026年"), ["iPhone", "新型", "2026", "年"]);
        assert_eq!(texts("서울에서 회의"), ["서울", "울에", "에서", "회의"]);
        assert_eq!(texts("Renée and Zoë"), ["Renée", "and", "Zoë"]);
    }
}
