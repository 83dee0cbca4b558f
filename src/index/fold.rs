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
//! - Persian's own letters are written as Arabic's: "ی" (and Urdu's "ے") as "ي", "ک" as
//!   "ك", "ۀ" and "ہ" as "ه" (Lucene's `PersianNormalizationFilter`), so `ايران` typed on
//!   an Arabic keyboard finds "ایران";
//! - the hamza's seats "ؤ" and "ئ" are the hamza "ء" alone (as OpenITI's light Arabic
//!   normalisation writes them): Egypt's "مسئول" is the Levant's "مسؤول". The seat follows
//!   from the vowels around it, so two words told apart by their seat alone are rare;
//! - Arabic-Indic (٠-٩) and Persian (۰-۹) digits are ASCII digits: `2026` finds "٢٠٢٦";
//! - Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF: the shapes text copied from
//!   a PDF keeps, "ﻭﺍﻟﻄﺎﻗﺔ") are their letters (Unicode's compatibility mapping, NFKC);
//! - Hebrew loses its vowel points and cantillation marks.
//!
//! Chinese, Japanese and Korean are left alone: a Japanese voiced mark makes another kana.
//!
//! Also here, each after the folding:
//! - Arabic's definite article taken off a word ([`ARABIC_ARTICLE`]);
//! - the words the tokenizer splits at a character that is part of them put back together
//!   ([`Rejoin`]): Hebrew acronyms ("צה״ל" is `צהל`), Arabic-script numbers ("٣٫٥" is
//!   `3.5`), and Persian words written with a zero-width non-joiner ("هسته‌ای" is also
//!   `هستهای`);
//! - Hebrew words also indexed without the letters of "and", "the", "in", "as", "to",
//!   "from" and "that" joined to them ([`HebrewPrefixes`]): `ירושלים` finds "בירושלים";
//! - the filter of the `marks` field, which keeps the words folding changes as they were
//!   written ([`OnlyMarked`]), so that a word typed with its marks can rank first.
//!
//! [`AsciiFoldingFilter`]: tantivy::tokenizer::AsciiFoldingFilter

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};
use unicode_normalization::char::{decompose_canonical, decompose_compatible, is_combining_mark};

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

/// The token filter putting back together the words the tokenizer splits at a character
/// inside them ([`super::words`] keeps letters and digits, and a point or comma between
/// ASCII digits):
/// - a Hebrew acronym or a foreign sound written with gershayim or geresh ("צה״ל", or
///   `צה"ל` with a straight quote; "ג׳ורג׳"), or with a quote or apostrophe for them, is
///   one word (`צהל`), as a Hebrew reader types it without;
/// - a number written with Arabic-Indic or Persian digits keeps its decimal separator ("٫"
///   or a point: "٣٫٥" is `3.5`, as "3.5" is) and loses its thousands separator ("٬":
///   "٢٬٠٠٠" is `2000`; a comma before three digits as [`super::words::DigitGroups`] does);
/// - a Persian word written with a zero-width non-joiner (U+200C, the half-space that keeps
///   "هسته" and "ای" apart in "هسته‌ای") is also indexed whole, at its first part's
///   position: `هستهای`, typed without it, finds it, and `هسته` still does.
///
/// Placed after the other filters (it joins their words); text with none of these
/// characters passes through untouched, ASCII after one check.
#[derive(Clone, Copy, Debug, Default)]
pub struct Rejoin;

impl TokenFilter for Rejoin {
    type Tokenizer<T: Tokenizer> = RejoinFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> RejoinFilter<T> {
        RejoinFilter { inner: tokenizer }
    }
}

/// [`Rejoin`] applied to a tokenizer.
#[derive(Clone)]
pub struct RejoinFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for RejoinFilter<T> {
    type TokenStream<'a> = RejoinStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        RejoinStream {
            tail: self.inner.token_stream(text),
            text,
            may_join: may_join(text),
            next: None,
            queue: std::collections::VecDeque::new(),
            token: Token::default(),
            joined: 0,
        }
    }
}

/// Whether `text` holds a character [`Rejoin`] may join at: a Hebrew letter, an
/// Arabic-Indic digit or separator, a Persian digit or a zero-width non-joiner.
fn may_join(text: &str) -> bool {
    !text.is_ascii()
        && text.chars().any(|c| {
            matches!(c, '\u{05D0}'..='\u{05F4}' | '\u{0660}'..='\u{066C}' | '\u{06F0}'..='\u{06F9}' | '\u{200C}')
        })
}

/// The token stream of [`RejoinFilter`].
pub struct RejoinStream<'a, T> {
    tail: T,
    text: &'a str,
    /// Whether the text holds anything to join; if not, the tokens pass as they are.
    may_join: bool,
    /// A token read from the tail to see whether it joins the one before.
    next: Option<Token>,
    /// Tokens made and not yet given.
    queue: std::collections::VecDeque<Token>,
    /// The token given.
    token: Token,
    /// The positions the words joined so far took out: a word after them moves back by
    /// it, so that the gaps the tokenizer leaves between sentences stay
    /// ([`SENTENCE_GAP`](super::words::SENTENCE_GAP)).
    joined: usize,
}

/// How two tokens with one character between them are joined.
enum Join {
    /// Into one word, with this between their texts.
    Merge(&'static str),
    /// Into one word also indexed, the parts staying words of their own.
    AlsoWhole,
}

/// How the token ending at `end` and the one starting at `start` join across what is
/// between them in `text`, if they do.
fn join_between(text: &str, end: usize, start: usize) -> Option<Join> {
    if start <= end {
        return None;
    }
    let gap = text.get(end..start)?;
    let mut gap_chars = gap.chars();
    let sep = gap_chars.next()?;
    if gap_chars.next().is_some() {
        return None;
    }
    let before = text[..end].chars().next_back()?;
    let after = text[start..].chars().next()?;
    let hebrew = |c: char| c.is_alphabetic() && ('\u{0590}'..='\u{05FF}').contains(&c);
    let digit = |c: char| c.is_ascii_digit() || is_arabic_digit(c);
    match sep {
        '\u{05F4}' | '\u{05F3}' | '"' | '\'' | '\u{201D}' | '\u{2019}' if hebrew(before) && hebrew(after) => {
            Some(Join::Merge(""))
        }
        '\u{200C}' if before.is_alphabetic() && after.is_alphabetic() => Some(Join::AlsoWhole),
        // Between two digits of which one at least is not ASCII (ASCII numbers the
        // tokenizer keeps whole).
        '\u{066B}' | '\u{066C}' | '.' | ','
            if digit(before) && digit(after) && (is_arabic_digit(before) || is_arabic_digit(after)) =>
        {
            Some(Join::Merge(match sep {
                '\u{066B}' | '.' => ".",
                ',' => ",",
                _ => "",
            }))
        }
        _ => None,
    }
}

/// An Arabic-Indic or Persian digit.
fn is_arabic_digit(c: char) -> bool {
    matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

impl<T: TokenStream> RejoinStream<'_, T> {
    /// The next token of the tail, the one read ahead first.
    fn read(&mut self) -> Option<Token> {
        if let Some(next) = self.next.take() {
            return Some(next);
        }
        self.tail.advance().then(|| self.tail.token().clone())
    }
}

impl<T: TokenStream> TokenStream for RejoinStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.may_join {
            return self.tail.advance();
        }
        if let Some(token) = self.queue.pop_front() {
            self.token = token;
            return true;
        }
        let Some(mut word) = self.read() else { return false };
        // The position the tokenizer gave the last word read, before any moving back.
        let mut written_at = word.position;
        word.position = written_at.saturating_sub(self.joined);
        // The parts of a word with zero-width non-joiners, when it has some.
        let mut parts: Vec<Token> = Vec::new();
        while let Some(next) = self.read() {
            match join_between(self.text, word.offset_to, next.offset_from) {
                Some(Join::Merge(sep)) => {
                    self.joined += next.position.saturating_sub(written_at);
                    written_at = next.position;
                    word.text.push_str(sep);
                    word.text.push_str(&next.text);
                    word.offset_to = next.offset_to;
                    if sep == "," {
                        word.text = super::words::without_thousands_commas(&word.text);
                    }
                }
                Some(Join::AlsoWhole) => {
                    let part = std::mem::replace(&mut word, next);
                    written_at = word.position;
                    word.position = written_at.saturating_sub(self.joined);
                    parts.push(part);
                }
                None => {
                    self.next = Some(next);
                    break;
                }
            }
        }
        if parts.is_empty() {
            self.token = word;
            return true;
        }
        parts.push(word);
        let whole = Token {
            offset_from: parts[0].offset_from,
            offset_to: parts[parts.len() - 1].offset_to,
            position: parts[0].position,
            text: parts.iter().map(|p| p.text.as_str()).collect(),
            ..parts[0].clone()
        };
        let mut parts = parts.into_iter();
        self.token = parts.next().expect("two parts or more");
        self.queue.push_back(whole);
        self.queue.extend(parts);
        true
    }

    fn token(&self) -> &Token {
        if self.may_join { &self.token } else { self.tail.token() }
    }

    fn token_mut(&mut self) -> &mut Token {
        if self.may_join { &mut self.token } else { self.tail.token_mut() }
    }
}

/// The token filter giving a Hebrew word also without the one-letter words written
/// joined to its front: "ו" (and), "ה" (the), "ב" (in), "כ" (as), "ל" (to), "מ" (from),
/// "ש" (that), alone or one after another ("ובירושלים", "שבתל", "כשהממשלה"). Each form
/// is a word at the written word's position, longest first: "ובירושלים" is
/// `ובירושלים`, `בירושלים` and `ירושלים`, so that `ירושלים` finds all three, and a
/// quoted `"בתל אביב"` still finds the words as written.
///
/// A word is never taken for its prefix alone: the written word stays, so "משפט" finds
/// itself whether or not "מ" is a prefix there, and a form must keep two letters (`תל`
/// from "בתל"). Which letters of a word are a prefix is a question of meaning this
/// filter does not ask, so a short form may match a word that only starts like it: `ים`
/// (sea) finds "מים" (water). Lucene has no Hebrew analyzer to follow; any run of the
/// letters is taken rather than the grammar's combinations ("וב", "שה", "לכש"…),
/// because a query word is searched as all its forms together: `ממשלה` asks for
/// `משלה` too, which "הממשלה" must then hold although "המ" is no combination.
#[derive(Clone, Copy, Debug, Default)]
pub struct HebrewPrefixes;

impl TokenFilter for HebrewPrefixes {
    type Tokenizer<T: Tokenizer> = HebrewPrefixesFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> HebrewPrefixesFilter<T> {
        HebrewPrefixesFilter { inner: tokenizer }
    }
}

/// [`HebrewPrefixes`] applied to a tokenizer.
#[derive(Clone)]
pub struct HebrewPrefixesFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for HebrewPrefixesFilter<T> {
    type TokenStream<'a> = HebrewPrefixesStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        HebrewPrefixesStream { tail: self.inner.token_stream(text), forms: Vec::new(), form: None }
    }
}

/// The token stream of [`HebrewPrefixesFilter`].
pub struct HebrewPrefixesStream<T> {
    tail: T,
    /// The forms of the current word still to give, the next last.
    forms: Vec<String>,
    /// The form given, when it is not the word as written.
    form: Option<Token>,
}

impl<T: TokenStream> TokenStream for HebrewPrefixesStream<T> {
    fn advance(&mut self) -> bool {
        if let Some(text) = self.forms.pop() {
            self.form = Some(Token { text, ..self.tail.token().clone() });
            return true;
        }
        self.form = None;
        if !self.tail.advance() {
            return false;
        }
        let word = &self.tail.token().text;
        if word.as_bytes().first().is_some_and(|&b| b == 0xD7) {
            self.forms.extend(without_hebrew_prefixes(word).map(str::to_string));
            self.forms.reverse();
        }
        true
    }

    fn token(&self) -> &Token {
        self.form.as_ref().unwrap_or_else(|| self.tail.token())
    }

    fn token_mut(&mut self) -> &mut Token {
        match &mut self.form {
            Some(form) => form,
            None => self.tail.token_mut(),
        }
    }
}

/// The forms of a Hebrew word without the prefix letters its front holds, longest first,
/// each of two letters or more ([`HebrewPrefixes`]).
pub fn without_hebrew_prefixes(word: &str) -> impl Iterator<Item = &str> {
    const PREFIX_LETTERS: [char; 7] = ['ו', 'ה', 'ב', 'כ', 'ל', 'מ', 'ש'];
    let mut rest = word;
    std::iter::from_fn(move || {
        let letter = rest.chars().next().filter(|c| PREFIX_LETTERS.contains(c))?;
        rest = &rest[letter.len_utf8()..];
        let mut left = rest.chars();
        (left.next().is_some() && left.next().is_some()).then_some(rest)
    })
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
        fold_char(c, &mut out);
    }
    (out != word).then_some(out)
}

/// `c` folded, onto `out`.
fn fold_char(c: char, out: &mut String) {
    match c {
        'ς' => out.push('σ'),
        'ё' => out.push('е'),
        // Arabic alef with hamza above or below, with madda, wasla: alef.
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' => out.push('\u{0627}'),
        // Alef maksura, Persian yeh, yeh barree: yeh.
        '\u{0649}' | '\u{06CC}' | '\u{06D2}' => out.push('\u{064A}'),
        // Keheh (Persian kaf): kaf.
        '\u{06A9}' => out.push('\u{0643}'),
        // Teh marbuta, heh with yeh above, heh goal: heh.
        '\u{0629}' | '\u{06C0}' | '\u{06C1}' => out.push('\u{0647}'),
        // Waw and yeh as seats of the hamza: the hamza.
        '\u{0624}' | '\u{0626}' => out.push('\u{0621}'),
        '\u{0660}'..='\u{0669}' => out.push(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '\u{06F0}'..='\u{06F9}' => out.push(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => presentation_form(c, out),
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

/// An Arabic presentation form as its letters, each folded: "ﺔ" is "ه", the ligature "ﻻ"
/// "لا", "ﷲ" "الله", the isolated vowel mark "ﹰ" (a space and a fathatan) nothing. A
/// ligature of several words ("ﷺ"), which would bring spaces into the word, stays.
fn presentation_form(c: char, out: &mut String) {
    use unicode_normalization::UnicodeNormalization;
    let mut letters = String::new();
    decompose_compatible(c, |d| letters.push(d));
    if letters.contains(' ') && !letters.chars().all(|d| d == ' ' || is_dropped_mark(d)) {
        out.push(c);
        return;
    }
    // Composed again (NFKC, not NFKD): "ﺋ" is "ئ", not "ي" and a hamza mark.
    for d in letters.nfc().filter(|&d| d != ' ') {
        fold_char(d, out);
    }
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

    /// The analyzer's tokens of `text` as (word, position).
    fn placed(text: &str) -> Vec<(String, usize)> {
        let mut analyzer = crate::index::schema::analyzer();
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(t) = stream.next() {
            out.push((t.text.clone(), t.position));
        }
        out
    }

    #[test]
    fn joining_keeps_the_gap_a_sentence_end_leaves() {
        let gap = crate::index::words::SENTENCE_GAP;
        // "٣٫٥" is one word, so the words after it move back by one; the sentence end
        // still stands between "قال" and "Mr".
        assert_eq!(
            placed("٣٫٥ قال. Mr Brown"),
            [
                ("3.5".to_string(), 0),
                ("قال".to_string(), 1),
                ("mr".to_string(), 2 + gap),
                ("brown".to_string(), 3 + gap)
            ]
        );
    }

    #[test]
    fn persian_letters_are_written_as_arabic_ones() {
        assert_eq!(words("ایران المصری کتاب"), words("ايران المصري كتاب"));
        // Heh with yeh above and heh goal are heh; yeh barree is yeh.
        assert_eq!(words("خانۀ ہم ے"), words("خانه هم ي"));
        assert_eq!(words("ایران"), ["ايران"]);
    }

    #[test]
    fn the_hamza_is_one_letter_on_any_seat() {
        assert_eq!(words("مسئول شئون"), words("مسؤول شؤون"));
        assert_eq!(words("رئيس"), ["رءيس"]);
        // Alef with hamza stays alef, and a hamza on the line stays.
        assert_eq!(words("أزمة سماء"), ["ازمه", "سماء"]);
    }

    #[test]
    fn arabic_and_persian_digits_are_ascii_digits() {
        assert_eq!(words("٢٠٢٦ ۱۴۰۵ ٦٤"), ["2026", "1405", "64"]);
        // Decimal and thousands separators, Arabic's or Latin ones between its digits.
        assert_eq!(words("٣٫٥ ٢٬٠٠٠ ٣,٥٠٠ ١,٥ ٣.٥"), ["3.5", "2000", "3500", "1,5", "3.5"]);
        assert_eq!(words("١٢٬٣٤٥٫٦٧"), ["12345.67"]);
        // The separators elsewhere still split.
        assert_eq!(words("٥، ٦"), ["5", "6"]);
    }

    #[test]
    fn arabic_presentation_forms_are_their_letters() {
        assert_eq!(words("ﻭﺍﻟﻄﺎﻗﺔ ﺍﻟﺠﺰﺍﺋﺮ ﻻ"), words("والطاقة الجزائر لا"));
        assert_eq!(fold("ﷲ").as_deref(), Some("الله"));
        // A ligature of several words would bring spaces into the word: it stays.
        assert_eq!(fold("ﷺ"), None);
    }

    #[test]
    fn a_persian_word_with_a_half_space_is_also_one_word() {
        assert_eq!(
            placed("برنامه هسته\u{200C}ای ایران"),
            [("برنامه", 0), ("هسته", 1), ("هستهاي", 1), ("اي", 2), ("ايران", 3)]
                .map(|(w, p)| (w.to_string(), p))
        );
        assert_eq!(words("تحریم\u{200C}های"), ["تحريم", "تحريمهاي", "هاي"]);
        // Not between letters: no word to make.
        assert_eq!(words("هسته \u{200C}ای"), ["هسته", "اي"]);
    }

    #[test]
    fn hebrew_acronyms_are_one_word() {
        for written in ["צה״ל", "צה\"ל", "צה”ל"] {
            assert_eq!(words(written), ["צהל"], "{written}");
        }
        assert_eq!(words("יו״ר ועדת"), ["יור", "ועדת", "עדת"]);
        // A geresh at a word's end is no joint; quotes around Hebrew words, or between
        // Latin letters, stay as they were.
        assert_eq!(words("ג׳ורג׳ גב׳ כהן"), ["גורג", "גב", "כהן", "הן"]);
        assert_eq!(words("don't o'hara"), ["don", "t", "o", "hara"]);
        assert_eq!(words("אמר \"שלום\" לכולם"), ["אמר", "שלום", "לום", "ום", "לכולם", "כולם", "ולם", "לם"]);
        // Positions stay consecutive after a joint.
        assert_eq!(placed("דובר צה״ל אמר").iter().map(|p| p.1).collect::<Vec<_>>(), [0, 1, 2]);
    }

    #[test]
    fn hebrew_words_are_also_indexed_without_their_prefixes() {
        assert_eq!(
            placed("ראש הממשלה ובירושלים"),
            [
                ("ראש", 0),
                ("הממשלה", 1),
                ("ממשלה", 1),
                ("משלה", 1),
                ("שלה", 1),
                ("לה", 1),
                ("ובירושלים", 2),
                ("בירושלים", 2),
                ("ירושלים", 2),
            ]
            .map(|(w, p)| (w.to_string(), p))
        );
        // Two letters must be left: "בתל" is also `תל`, "שם" only itself.
        assert_eq!(words("בתל שם"), ["בתל", "תל", "שם"]);
        // With points, after folding; an acronym with a prefix.
        assert_eq!(words("בְּיְרוּשָׁלַיִם בצה״ל"), ["בירושלים", "ירושלים", "בצהל", "צהל"]);
        assert_eq!(words("ב2026"), ["ב2026", "2026"]);
    }

    #[test]
    fn a_query_word_finds_every_prefixed_form() {
        // A query word is searched as all its forms at one position, so each of them must
        // be among the forms of the word with a prefix.
        for word in ["ממשלה", "ירושלים", "שלום", "תל", "כנסת", "משפט", "לחם"] {
            let forms: Vec<&str> = std::iter::once(word).chain(without_hebrew_prefixes(word)).collect();
            for prefix in ["ו", "ה", "ב", "וב", "מה", "שב", "כש", "לכש", "ושה"] {
                let prefixed = format!("{prefix}{word}");
                let held: Vec<&str> = without_hebrew_prefixes(&prefixed).collect();
                assert!(forms.iter().all(|f| held.contains(f)), "{word} in {prefixed}: {held:?}");
            }
        }
        assert_eq!(without_hebrew_prefixes("plain").count(), 0);
    }
}
