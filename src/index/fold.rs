//! Folding of the marks that other scripts write on letters, as [`AsciiFoldingFilter`]
//! does for Latin accents: `istanbul` finds "İstanbul", `еще` "ещё", `αθηνας` "Αθήνας",
//! `معرضا` "معرضًا".
//!
//! After lower-casing (the filter expects lower-case letters):
//! - a combining mark left inside a word (Turkish "İ" lower-cases to "i" plus a combining
//!   dot) is dropped;
//! - Greek loses its accents and breathings, and final "ς" is "σ" (Lucene's
//!   `GreekLowerCaseFilter`);
//! - Russian "ё" is "е" (Russian text mostly writes "е" for it); other Cyrillic letters
//!   with marks ("й", Ukrainian "ї") are letters of their own and stay;
//! - Arabic loses its vowel marks and the stretching tatweel, and the alef, yeh and teh
//!   marbuta variants are written alike (Lucene's `ArabicNormalizationFilter`);
//! - Hebrew loses its vowel points and cantillation marks.
//!
//! Chinese, Japanese and Korean are left alone: a Japanese voiced mark makes another kana.
//!
//! Also here: Arabic's definite article taken off a word ([`ARABIC_ARTICLE`]), and the
//! filter of the `marks` field, which keeps the words folding changes as they were
//! written ([`OnlyMarked`]), so that a word typed with its marks can rank first.
//!
//! [`AsciiFoldingFilter`]: tantivy::tokenizer::AsciiFoldingFilter

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use super::cjk::is_cjk;

/// A token filter that rewrites each word with a function (`None`: the word stays).
#[derive(Clone, Copy)]
pub struct Rewrite(fn(&str) -> Option<String>);

/// The marks folded ([`fold`]).
pub const FOLD_MARKS: Rewrite = Rewrite(|word| if word.is_ascii() { None } else { fold(word) });

/// Arabic's definite article taken off ([`without_arabic_article`]): `سخرية` finds
/// "السخرية" and "والسخرية", as `crisis` finds "crises". After [`FOLD_MARKS`], which has
/// written the alef forms alike.
pub const ARABIC_ARTICLE: Rewrite = Rewrite(|word| without_arabic_article(word).map(str::to_string));

impl TokenFilter for Rewrite {
    type Tokenizer<T: Tokenizer> = RewriteFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> RewriteFilter<T> {
        RewriteFilter { inner: tokenizer, rewrite: self.0 }
    }
}

/// [`Rewrite`] applied to a tokenizer.
#[derive(Clone)]
pub struct RewriteFilter<T> {
    inner: T,
    rewrite: fn(&str) -> Option<String>,
}

impl<T: Tokenizer> Tokenizer for RewriteFilter<T> {
    type TokenStream<'a> = RewriteStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        RewriteStream { tail: self.inner.token_stream(text), rewrite: self.rewrite }
    }
}

/// The token stream of [`RewriteFilter`].
pub struct RewriteStream<T> {
    tail: T,
    rewrite: fn(&str) -> Option<String>,
}

impl<T: TokenStream> TokenStream for RewriteStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if let Some(rewritten) = (self.rewrite)(&token.text) {
            token.text = rewritten;
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

/// The word without a leading "ال" ("the"), "وال", "بال", "كال", "فال" (and, with, as,
/// so + the) or "لل" (for the), when two letters or more are left: Lucene's list, without
/// its lone "و", which begins too many words.
pub fn without_arabic_article(word: &str) -> Option<&str> {
    const PREFIXES: [&str; 6] = ["وال", "بال", "كال", "فال", "ال", "لل"];
    if !word.starts_with(['ا', 'و', 'ب', 'ك', 'ف', 'ل']) {
        return None;
    }
    PREFIXES.iter().find_map(|p| word.strip_prefix(p)).filter(|rest| rest.chars().count() >= 2)
}

/// Keeps the words the index's folding changes, as they are, and drops the others: the
/// analyzer of the `marks` field, which lets "schön" rank above "schon" (one word once
/// folded).
#[derive(Clone, Copy, Debug, Default)]
pub struct OnlyMarked;

impl TokenFilter for OnlyMarked {
    type Tokenizer<T: Tokenizer> = OnlyMarkedFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> OnlyMarkedFilter<T> {
        OnlyMarkedFilter { inner: tokenizer }
    }
}

/// [`OnlyMarked`] applied to a tokenizer.
#[derive(Clone)]
pub struct OnlyMarkedFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for OnlyMarkedFilter<T> {
    type TokenStream<'a> = OnlyMarkedStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        OnlyMarkedStream { tail: self.inner.token_stream(text) }
    }
}

/// The token stream of [`OnlyMarkedFilter`].
pub struct OnlyMarkedStream<T> {
    tail: T,
}

impl<T: TokenStream> TokenStream for OnlyMarkedStream<T> {
    fn advance(&mut self) -> bool {
        while self.tail.advance() {
            if is_marked(&self.tail.token().text) {
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// Whether the index's folding changes a lower-cased word: "schön", "đầy", "i̇stanbul", but
/// not "schon", "東京" or "мой".
pub fn is_marked(word: &str) -> bool {
    use std::cell::RefCell;
    use tantivy::tokenizer::{AsciiFoldingFilter, RawTokenizer, TextAnalyzer};
    thread_local! {
        static FOLDING: RefCell<TextAnalyzer> = RefCell::new(
            TextAnalyzer::builder(RawTokenizer::default()).filter(FOLD_MARKS).filter(AsciiFoldingFilter).build(),
        );
    }
    if word.is_ascii() {
        return false;
    }
    FOLDING.with(|folding| {
        let mut folding = folding.borrow_mut();
        let mut stream = folding.token_stream(word);
        let mut changed = false;
        while stream.advance() {
            changed |= stream.token().text != word;
        }
        changed
    })
}

/// The word with its marks folded, or `None` when it has none to fold.
pub fn fold(word: &str) -> Option<String> {
    if word.chars().any(is_cjk) {
        return None;
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            'ς' => out.push('σ'),
            'ё' => out.push('е'),
            // Arabic alef with hamza above or below, with madda, wasla: alef.
            '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' => out.push('\u{0627}'),
            // Alef maksura: yeh; teh marbuta: heh.
            '\u{0649}' => out.push('\u{064A}'),
            '\u{0629}' => out.push('\u{0647}'),
            '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}' => {
                decompose_canonical(c, |d| {
                    if !is_combining_mark(d) {
                        out.push(d);
                    }
                });
            }
            c if is_dropped_mark(c) => {}
            c => out.push(c),
        }
    }
    (out != word).then_some(out)
}

/// Marks dropped wherever they stand: the combining diacritics (U+0300-U+036F), Arabic
/// vowel marks and tatweel, Hebrew points and cantillation.
fn is_dropped_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'
        | '\u{0591}'..='\u{05BD}' | '\u{05BF}' | '\u{05C1}' | '\u{05C2}' | '\u{05C4}' | '\u{05C5}' | '\u{05C7}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    // The index's analyzer, whole: the words as indexed and searched.
    use crate::search::query::name_terms as words;

    #[test]
    fn marks_of_other_scripts_fold_like_latin_accents() {
        assert_eq!(words("İstanbul İMAMOĞLU"), words("istanbul imamoglu"));
        assert_eq!(words("Ёлки ещё Тёплый"), words("елки еще теплый"));
        assert_eq!(words("Αθήνας ΑΘΗΝΑΣ Δούκας"), words("αθηνας αθηνασ δουκας"));
        assert_eq!(words("يُشعل معرضًا يضمّ"), words("يشعل معرضا يضم"));
        assert_eq!(words("أحمد إلى مدرسة"), words("احمد الي مدرسه"));
        assert_eq!(words("שָׁלוֹם"), words("שלום"));
    }

    #[test]
    fn the_marks_field_keeps_only_the_words_folding_changes_as_written() {
        let text = "Schön war es schon, in İstanbul, München und 東京: đầy Straße мой";
        let kept = crate::index::schema::words_by(crate::index::schema::marks_analyzer(), text);
        assert_eq!(kept, ["schön", "i\u{307}stanbul", "münchen", "đầy", "straße"]);
    }

    #[test]
    fn arabic_words_lose_their_article_when_a_word_is_left() {
        assert_eq!(words("السخرية والحكومة بالقلم للطلاب"), words("سخرية حكومة قلم طلاب"));
        assert_eq!(words("الإمارات"), words("امارات"));
        // Two letters must be left; a lone "و" is kept.
        assert_eq!(words("الي ولد"), ["الي", "ولد"]);
        assert_eq!(without_arabic_article("plain"), None);
    }

    #[test]
    fn letters_of_their_own_and_kana_stay() {
        // Russian "й" and Ukrainian "ї" are letters, not marked ones.
        assert_eq!(words("мой Київ"), ["мой", "київ"]);
        // A voiced kana is another kana.
        assert_eq!(fold("がか"), None);
        assert_eq!(fold("plain"), None);
    }
}
