//! Words for the index: runs of letters and digits, with numbers kept whole, and the
//! words a hyphen or a sign joins also kept joined.
//!
//! [`WordTokenizer`] splits text as tantivy's `SimpleTokenizer` does (on every character
//! that is not a letter or a digit), except that a point or a comma between two digits
//! stays inside the word: "1.5m", "2.5%" and "3,000" are one word each. Split at the
//! point, "$1.5m" was the words "1" and "5m", so a search for `$5m` found "$1.5m" (and
//! ranked it first), and `5 pct` every "1.5 pct" and "2.5 pct" of a market report.
//!
//! Some words are also given joined, at the position of their first part, so that a
//! search written that way matches them as written while a search for a part still
//! finds them:
//! - a score or a range, numbers joined by a hyphen (or an en dash): "4-6", "1987-88",
//!   "2–1" (as `2-1`). Split only, "7-6 (7-3) 6-4" was the words 7 6 7 3 6 4, so the
//!   phrase `"4-6"` matched across two sets, and `1-0` "6-1 3-1 0-30";
//! - words joined by hyphens, without them: "hat-trick" is also `hattrick`;
//! - a currency sign before (or after) a number: "£25m" is also `£25m`, "25€" `€25`, so
//!   `£25m` no longer finds "$25m" or "25m euros";
//! - a number before `%`: "40%" is also `40%`, which "40 metres" is not; and before a
//!   word for it, "pct", "percent", "per cent" (or a `%` after a space): "3.5 pct" is
//!   also `3.5%`, while "pct" keeps its own position, so `"3.5 pct"` is a phrase as before;
//! - letters joined by `&`: "AT&T" is also `at&t`, so `AT&T` no longer finds "at T"
//!   ("Johnson & Johnson", with spaces, is words, the `&` standing alone the word "and",
//!   so that `"Marks and Spencer"` finds "Marks & Spencer", and the other way round);
//! - a name after O', D' or L', without the apostrophe: "O'Connor" is also `oconnor`,
//!   "d'Estaing" `destaing` ([`is_elided_prefix`]).
//!
//! A number written with a unit of amount after it ("1.2bn", "25m", "3k", "49p": see
//! [`AMOUNT_UNITS`]) is also its bare number at its position, with its currency sign too:
//! "$1.2bn" is also `1.2` and `$1.2`, as "$1.2 billion" and "1.2 mln dlrs" are; the bare
//! words point at the sign too, so `450m` marks "$450m", not "450m" after a "$". An
//! ordinal ("4th") or a unit of measure ("10km") stays one word.
//!
//! An amount is also its normal spelling (`Amount`), at its figure's position beside the
//! words as written, whichever way the BBC or the wire writes it: "$100m", "$100 million",
//! "100 mln dlrs" and "100 million dollars" are all `$100m` and `100m`, "1.2 billion
//! pounds" and "1.2 bln stg" `£1.2bn`, "2.5mn" and "2.5 mln" `2.5m`. A query asks for an
//! amount typed as one word in that spelling (`2.5mln` is `2.5m`), so each spelling finds
//! the others, while a phrase as written (`"100 mln dlrs"`) still matches as before. Other
//! dollars keep their letters ("A$8.4bn" is `a$8.4bn`, as "8.4 billion Australian dlrs"
//! is), so `$8.4bn` finds only US dollars, and `A$1bn` no longer "a $1bn". A number word
//! one to ten before a share or an amount is also its digits ("five pct" is `5%` and `5`,
//! "two mln dlrs" `$2m`), nowhere else ("one of them" stays a word); a wire fraction is
//! its value and no range ("7-1/2 pct" is `7.5%`, "10-15/16" no `10-15`); a range with its
//! share is one word ("10-15%" and "10-15 pct" are `10-15%`), so that it is marked where it
//! matched; and a share written joined ("3.5pct") or, in a query, with a space before `%`
//! ("3.5 %") is the share `3.5%`.
//!
//! The index's words and a query's differ ([`Joined`]): the index holds both the parts and
//! the joined word; a query asks for the joined score, amount, share or name (`4-6` is the
//! word "4-6", not the phrase "4 6"), but for a hyphenated word its parts (`hat-trick` is
//! still the phrase "hat trick", which finds "hat-trick" and "hat trick" alike), and for
//! a number only as typed (the bare numbers and the shares a percent word makes are the
//! index's alone). A joined score or name spans its parts' positions, so a phrase query
//! over it (`"6-4 6-3"`, `"AT&T said"`) leaves the gap ([`positions_taken`]).
//!
//! [`DigitGroups`] then writes a number grouped in thousands without its commas, so
//! "3,000" is the word `3000` and a search for `3000` or `3,000` finds both spellings. A
//! comma is a thousands separator when exactly three digits follow it; "1,5" (a decimal
//! comma) stays as written, except after the hyphen of a score: "1-6,4-6" is two scores.
//!
//! An article's words leave [`SENTENCE_GAP`] positions free where a sentence or a
//! paragraph ends ([`ends_sentence_between`]), so that a phrase matches within a sentence:
//! `"said mr"` no longer finds "she said. Mr Goodman said", nor `"weapons destruction"~3`
//! "the weapons. Destruction of". A full stop after an abbreviation or an initial ("Mr.
//! Brown", "U.S. Treasury", "J. K. Rowling") or before a digit ("No. 10") ends none, and
//! a decimal ("2.5") is one word. A query's words leave the same gap where its text ends a
//! sentence by the same rule, so that a quote pasted whole finds the article it was taken
//! from (`"six months ago. I said"`), while one typed without the stop (`"said Mr"`)
//! still does not reach across a sentence end.
//!
//! The modifier letter apostrophe "ʼ" (U+02BC), which some editors write for "’", is no
//! letter here: "wonʼt" is the words "won" and "t", as "won’t" is.

use std::ops::Range;
use std::str::CharIndices;

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

use super::cjk::is_cjk;

/// The longest word the index keeps, in bytes (tantivy's `RemoveLongFilter` limit): a
/// joined word longer than that is not made, so that its parts still stand for it.
pub const LONGEST_WORD: usize = 48;

/// The positions an article's words leave free where a sentence or a paragraph ends: a
/// phrase with a slop below it (`"weapons destruction"~3`, `"gordon brown"~5`) stays
/// within one sentence, while a wide one (`"oil prices"~50`, the most a query may ask)
/// still reaches into the next, as a search for words near each other means. Lucene
/// leaves 100 between the values of a field; ten keeps the positions' deltas, which the
/// index bit-packs, small.
pub const SENTENCE_GAP: usize = 10;

/// Whether a sentence or a paragraph ends between the word ending at byte `end` of
/// `text` and the one starting at byte `start`:
/// - a blank line between them (a paragraph break), whatever the punctuation;
/// - or `.`, `!` or `?` (after closing quotes or brackets, if any: `"yes." He`, `(2004).
///   The`), then a space, then a capital letter or an opening quote (`said. "We`);
///   but not a `.` straight after an abbreviation ("Mr. Brown", "Gen. Smith"), a
///   single capital ("J. K. Rowling") or letters joined by stops ("U.S. Treasury"), as
///   [`ends_with_abbreviation`] says. A digit or a word in lower case after the mark
///   ("No. 10", "Inc. v. Taamneh") carries the sentence on.
pub fn ends_sentence_between(text: &str, end: usize, start: usize) -> bool {
    let Some(gap) = text.get(end..start) else { return false };
    if holds_blank_line(gap) {
        return true;
    }
    let closer = |c: char| matches!(c, '"' | '\'' | ')' | ']' | '\u{201D}' | '\u{2019}' | '\u{BB}');
    let marked = gap.trim_start_matches(closer);
    let Some(mark) = marked.chars().next().filter(|c| matches!(c, '.' | '!' | '?')) else { return false };
    let rest = marked.trim_start_matches(|c: char| matches!(c, '.' | '!' | '?') || closer(c));
    let opening = rest.trim_start();
    if opening.len() == rest.len() {
        return false;
    }
    let quoted = opening.contains(['"', '\'', '\u{201C}', '\u{2018}', '\u{AB}']);
    let capital = text[start..].starts_with(char::is_uppercase);
    let abbreviation = mark == '.' && marked.len() == gap.len() && ends_with_abbreviation(&text[..end]);
    (quoted || capital) && !abbreviation
}

/// Whether `gap` (the text between two words) holds a blank line: two line ends with only
/// spaces between them, or a paragraph separator.
fn holds_blank_line(gap: &str) -> bool {
    let mut line_ended = false;
    for c in gap.chars() {
        match c {
            '\n' | '\u{2029}' if line_ended || c == '\u{2029}' => return true,
            '\n' => line_ended = true,
            c if c.is_whitespace() => {}
            _ => line_ended = false,
        }
    }
    false
}

/// Whether `before` (the text up to a full stop) ends with an abbreviation: one the
/// sentence splitter of the extractor knows
/// ([`is_abbreviation`](crate::entities::tokens::is_abbreviation): "Mr", "Inc", "No",
/// "v"), a single capital ("J"), or a letter after letters joined by stops ("U.S",
/// "e.g").
pub fn ends_with_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or_default();
    let mut letters = word.chars();
    let single = matches!((letters.next(), letters.next()), (Some(c), None) if c.is_alphabetic());
    // "U.S": the word is one letter after a stop that follows one.
    let rest = &before[..before.len() - word.len()];
    let dotted = single && rest.ends_with('.') && rest[..rest.len() - 1].ends_with(char::is_alphabetic);
    crate::entities::tokens::is_abbreviation(word)
        || dotted
        || (single && word.chars().all(char::is_uppercase))
}

/// Which words a [`WordTokenizer`] gives for words joined by a hyphen or a sign.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Joined {
    /// The text of an article: every part, and the joined word beside them.
    #[default]
    Index,
    /// A query: the joined score, amount or share instead of its parts; a hyphenated
    /// word's parts instead of the joined word.
    Query,
}

/// The currency signs a number may carry ("£25m", "$1.2bn", "€40", "25€").
pub fn is_currency_sign(c: char) -> bool {
    matches!(c, '$' | '£' | '€' | '¥' | '₹' | '₩' | '₽' | '₪' | '₺' | '₦' | '₱' | '₫')
}

/// Whether `c` joins the words either side of it into one, given whether they are
/// numbers: a hyphen always; an en dash or a figure dash between numbers only ("6–4",
/// "1987–88"), since between words it says "from ... to" ("London–Paris").
fn is_joiner(c: char, numbers: bool) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}') || (numbers && matches!(c, '\u{2012}' | '\u{2013}'))
}

/// Whether `c` is a hyphen (not a dash): what joins the parts of a hyphenated word.
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// How many positions a word of a query takes in the index: a joined score or range
/// ("6-4", "1987-88-89") one per number, a name joined by `&` ("at&t") one per part,
/// [`SENTENCE_END`] the [`SENTENCE_GAP`], any other word one. A phrase's next word comes
/// that many positions on.
pub fn positions_taken(word: &str) -> usize {
    if word == SENTENCE_END {
        return SENTENCE_GAP;
    }
    1 + word.matches(['-', '&']).count()
}

/// What stands between a phrase's words, in the words a highlighter is given, where the
/// phrase's text ends a sentence (`"ago. I said"` is `ago . i said`): no word, but the
/// [`SENTENCE_GAP`] the index leaves there, so that the quote is marked where the search
/// found it. No word of the index is a lone full stop.
pub const SENTENCE_END: &str = ".";

/// Whether `c` is part of a word: a letter or a digit, but not the modifier letter
/// apostrophe "ʼ" (U+02BC), which is read as the apostrophe "’" it stands for ("wonʼt"
/// is "won" and "t", so that `"we won't"` finds it, and `"we wonʼt"` "we won’t").
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && c != '\u{2BC}'
}

/// The units of amount a number may be written with, lower-cased: thousands, millions,
/// billions, trillions, and pence ("3k", "25m", "4.7mln", "1.2bn", "2tn", "49p"). What
/// the BBC and Reuters corpora write after a figure, besides ordinals ("4th", "2nd"),
/// decades ("1980s") and units of measure ("10km", "5kg"), which are left whole.
pub const AMOUNT_UNITS: &[&str] = &["k", "m", "mn", "mln", "bn", "bln", "blm", "tn", "trn", "p"];

/// The units of measure a number may be written with, lower-cased: weights, lengths,
/// volumes, speeds, data, frequencies, power and energy, and degrees ("200mg", "10km",
/// "4GB", "1.5C"). Not "m", which is millions in an amount ("25m"), nor "s" (a decade,
/// "1980s"); "g" only in lower case, since "5G" is a network.
pub const MEASURE_UNITS: &[&str] = &[
    "mg", "kg", "km", "cm", "mm", "ml", "mph", "kmh", "kph", "gb", "mb", "tb", "kb", "ghz", "mhz", "hz",
    "kw", "mw", "gw", "kwh", "mwh", "gwh", "mah", "c", "f",
];

/// Whether `unit` is a unit of measure after a number: written against it (`attached`,
/// "10km", "1.5C", "200g") or after a space ("10 km"; a degree's "C" only after "°").
fn is_measure_unit(unit: &str, attached: bool) -> bool {
    (attached && unit == "g")
        || (MEASURE_UNITS.iter().any(|u| u.eq_ignore_ascii_case(unit)) && (attached || unit.len() > 1))
}

/// A number written with a unit after it, as its figure and its unit ("1.2bn": "1.2" and
/// "bn"), if `word` is one.
fn figure_and_unit(word: &str) -> Option<(&str, &str)> {
    let figure = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let unit = &word[figure.len()..];
    let figure_only = figure.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
    (figure_only && !unit.is_empty() && figure.ends_with(|c: char| c.is_ascii_digit()) && is_number(figure))
        .then_some((figure, unit))
}

/// The bare number of an amount or a measure written with its unit ("1.2" of "1.2bn",
/// "3,000" of "3,000m", "200" of "200mg"), if `word` is one, and the unit when it is
/// one of measure ("mg").
fn bare_number(word: &str) -> Option<(&str, Option<&str>)> {
    let (figure, unit) = figure_and_unit(word)?;
    if AMOUNT_UNITS.iter().any(|u| u.eq_ignore_ascii_case(unit)) {
        Some((figure, None))
    } else if is_measure_unit(unit, true) {
        Some((figure, Some(unit)))
    } else {
        None
    }
}

/// A version or a model written with one lower-case letter after its figure ("802.11b",
/// "W800i"), without the letter ("802.11", "W800"), so that the figure typed finds each
/// version, as `1.2` finds "1.2bn". Not a decade's "s" ("1980s"), a unit (see
/// [`bare_number`]) or a capital ("5G", "3D": names of their own).
fn version_figure(word: &str) -> Option<&str> {
    let stem = word.strip_suffix(|c: char| c.is_ascii_lowercase() && c != 's')?;
    (stem.ends_with(|c: char| c.is_ascii_digit()) && bare_number(word).is_none()).then_some(stem)
}

/// The unit of measure after a number and a space, or a degree sign ("10 km", "1.5°C",
/// "1.5 °C"): the byte range from the sign or the unit's start to its end, and the unit's.
/// `rest` is the text after the number; `at` where it starts in the text.
fn unit_after(rest: &str, at: usize) -> Option<(Range<usize>, Range<usize>)> {
    let spaced = rest.trim_start_matches(' ');
    let gap = rest.len() - spaced.len();
    let (sign, word) = match spaced.strip_prefix('°') {
        Some(word) => ('°'.len_utf8(), word),
        None => (0, spaced),
    };
    let unit_len = word.find(|c: char| !c.is_alphanumeric()).unwrap_or(word.len());
    let unit = &word[..unit_len];
    let known = if sign > 0 {
        unit.eq_ignore_ascii_case("c") || unit.eq_ignore_ascii_case("f")
    } else {
        gap > 0 && unit.bytes().all(|b| b.is_ascii_alphabetic()) && is_measure_unit(unit, false)
    };
    let start = at + gap;
    known.then(|| (start..start + sign + unit_len, start + sign..start + sign + unit_len))
}

/// How long the sign of a dollar other than the US one is at the start of `text`, if one
/// is there before a figure: "A$8.4bn" (Australian), "HK$6.31bn", "C$", "NZ$", "S$",
/// "NT$". So `$8.4bn` no longer finds "A$8.4bn", nor `A$1bn` "a $1bn" (an article before
/// a dollar, with a space). "US$" is the dollar's ("US" stays a word before it). In
/// capitals in an article; in any case in a query (`a$1bn` is typed for "A$1bn").
fn other_dollar(text: &str, any_case: bool) -> Option<usize> {
    let letters = text
        .bytes()
        .take_while(|b| if any_case { b.is_ascii_alphabetic() } else { b.is_ascii_uppercase() })
        .count();
    let prefix = &text[..letters];
    let rest = &text[letters..];
    (["A", "C", "HK", "NZ", "S", "NT"].iter().any(|p| p.eq_ignore_ascii_case(prefix))
        && rest.starts_with('$')
        && rest[1..].starts_with(|c: char| c.is_ascii_digit()))
    .then_some(letters + 1)
}

/// Where the dollar sign is in "US$" before a figure at the start of `text`, in any case
/// ("US$100m", "us$1bn"): 2.
fn us_dollar(text: &str) -> Option<usize> {
    let prefix = text.get(..3)?;
    (prefix.eq_ignore_ascii_case("us$") && text[3..].starts_with(|c: char| c.is_ascii_digit())).then_some(2)
}

/// The denominator of a fraction at the start of `rest` ("/2" of "7-1/2 pct", "/16" of
/// "10-15/16"): digits after a slash, with no other word or slash joined after them.
fn fraction_denominator(rest: &str) -> Option<&str> {
    let digits = rest.strip_prefix('/')?;
    let len = digits.bytes().take_while(u8::is_ascii_digit).count();
    let after = digits[len..].chars().next();
    (len > 0 && after.is_none_or(|c| !is_word_char(c) && c != '/')).then(|| &digits[..len])
}

/// Whether a whole number, a hyphen and a fraction are one mixed number as the wire
/// writes them ("7-1/2", "10-15/16", "3-5/8"): the fraction below one, in halves to
/// sixty-fourths. "9-11/12" (a range of dates) is not.
fn is_fraction(whole: &str, numerator: &str, denominator: &str) -> bool {
    let digits = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    let (Ok(n), Ok(d)) = (numerator.parse::<u32>(), denominator.parse::<u32>()) else { return false };
    digits(whole) && digits(numerator) && matches!(d, 2 | 4 | 8 | 16 | 32 | 64) && n > 0 && n < d
}

/// The value of a mixed fraction's three numbers ("7", "1", "2": "7.5"), if it has one.
fn fraction_value(text: &str, parts: &[Range<usize>]) -> Option<String> {
    let [whole, numerator, denominator] = parts else { return None };
    let whole: u64 = text[whole.clone()].parse().ok()?;
    let numerator: f64 = text[numerator.clone()].parse().ok()?;
    let denominator: f64 = text[denominator.clone()].parse().ok()?;
    // Halves to sixty-fourths are exact in binary: 15/16 is 0.9375, written whole.
    let part = format!("{}", numerator / denominator);
    Some(format!("{whole}{}", part.strip_prefix('0').unwrap_or(&part)))
}

/// Whether "percentage point" or "percentage points" is written after byte `at` of
/// `text` (past a space), in any case: what makes a number word before it a figure ("one
/// percentage point"). Not "point" alone: "at one point" is no figure.
fn percentage_point_after(text: &str, at: usize) -> bool {
    let Some(percentage) = word_after(text, at) else { return false };
    let Some(point) = word_after(text, percentage.end) else { return false };
    let point = &text[point];
    text[percentage].eq_ignore_ascii_case("percentage")
        && (point.eq_ignore_ascii_case("point") || point.eq_ignore_ascii_case("points"))
}

/// The digits of a number written as a word, one to ten ("five" is "5"), in any case.
fn number_word(word: &str) -> Option<&'static str> {
    const WORDS: [&str; 10] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    const DIGITS: [&str; 10] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];
    if !(3..=5).contains(&word.len()) {
        return None;
    }
    WORDS.iter().position(|w| w.eq_ignore_ascii_case(word)).map(|i| DIGITS[i])
}

/// The scale of an amount in its normal spelling ("k", "m", "bn", "tn"), if `word` is
/// one: written against the figure (`attached`: "3k", "25m", "2.5mn", "4.7mln", "1.2bn",
/// "2bln", "2tn") or after a space ("2.5 mln", "1.2 billion", "1.2 bn", "5 thousand").
/// Not "m" or "k" after a space, which are metres and a grade as often.
pub(crate) fn scale_of(word: &str, attached: bool) -> Option<&'static str> {
    let is = |w: &str| word.eq_ignore_ascii_case(w);
    if attached && is("k") || is("thousand") {
        Some("k")
    } else if attached && is("m") || ["mn", "mln", "million"].into_iter().any(is) {
        Some("m")
    } else if ["bn", "bln", "blm", "billion"].into_iter().any(is) {
        Some("bn")
    } else if ["tn", "trn", "trillion"].into_iter().any(is) {
        Some("tn")
    } else {
        None
    }
}

/// The scale an American writes against a figure after a currency sign (`signed`):
/// "b" or "B" for billions ("$1.2B", as "$1.2bn") and "MM" for millions ("$5MM", as
/// "$5m"). Not without a sign, where "802.11b" is a version and "35mm" millimetres.
fn dollar_scale(unit: &str, signed: bool) -> Option<&'static str> {
    if !signed {
        None
    } else if unit.eq_ignore_ascii_case("b") {
        Some("bn")
    } else if unit.eq_ignore_ascii_case("mm") {
        Some("m")
    } else {
        None
    }
}

/// The powers of ten of the scales, and the scale a figure in full takes, the largest
/// first: "$1,200,000" is `$1.2m`, "$1.2bn" `$1200000000`.
const SCALE_POWERS: [(&str, usize); 4] = [("tn", 12), ("bn", 9), ("m", 6), ("k", 3)];

/// A figure of a scale written in full ("1.2", "m": "1200000"), if it has no more
/// decimals than the scale has zeros.
fn in_full(figure: &str, scale: &str) -> Option<String> {
    let (_, power) = SCALE_POWERS.iter().find(|(s, _)| *s == scale)?;
    let figure = without_thousands_commas(figure);
    let (whole, fraction) = figure.split_once('.').unwrap_or((&figure, ""));
    if fraction.len() > *power || !whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = format!("{whole}{fraction}{}", "0".repeat(power - fraction.len()));
    let digits = digits.trim_start_matches('0');
    (!digits.is_empty()).then(|| digits.to_string())
}

/// A whole figure of a million or more written in full ("1,200,000", "2500000000") in
/// its scale ("1.2m", "2.5bn"), if three decimals or fewer say it exactly: the amount
/// "$1.2 million" and "$1.2m" write.
pub(crate) fn scaled_from_full(figure: &str) -> Option<String> {
    let digits = without_thousands_commas(figure);
    if digits.len() < 7
        || digits.len() > 15
        || !digits.bytes().all(|b| b.is_ascii_digit())
        || digits.starts_with('0')
    {
        return None;
    }
    let (scale, power) = SCALE_POWERS.iter().find(|(_, power)| digits.len() > *power)?;
    let (whole, fraction) = digits.split_at(digits.len() - power);
    let fraction = fraction.trim_end_matches('0');
    (fraction.len() <= 3).then(|| {
        if fraction.is_empty() { format!("{whole}{scale}") } else { format!("{whole}.{fraction}{scale}") }
    })
}

/// The sign of the currency a word after an amount names ("dlrs" `$`, "stg" `£`, "yen"
/// `¥`, "euros" `€`), if it names one. "pounds" only after a scale (`scaled`: "1.2
/// billion pounds"), since "100 pounds" weighs as often.
pub(crate) fn currency_word(word: &str, scaled: bool) -> Option<&'static str> {
    let is = |w: &str| word.eq_ignore_ascii_case(w);
    if ["dlrs", "dlr", "dollars", "dollar"].into_iter().any(is) {
        Some("$")
    } else if is("stg") || is("sterling") || (scaled && (is("pounds") || is("pound"))) {
        Some("£")
    } else if is("yen") {
        Some("¥")
    } else if is("euros") || is("euro") {
        Some("€")
    } else {
        None
    }
}

/// The dollars a country's name before "dlrs" or "dollars" makes, each as its sign
/// ([`other_dollar`]): "mln Australian dlrs" is `a$`, as "A$" is; "mln U.S. dlrs" `$`.
pub(crate) const DOLLARS: &[(&str, &str)] = &[
    ("U.S.", "$"),
    ("US", "$"),
    ("Australian", "a$"),
    ("Canadian", "c$"),
    ("Hong Kong", "hk$"),
    ("New Zealand", "nz$"),
    ("Singapore", "s$"),
    ("Taiwan", "nt$"),
];

/// The byte range of the word after byte `at` of `text` past one space or more, if one
/// is there ("U.S." with its stops).
fn word_after(text: &str, at: usize) -> Option<Range<usize>> {
    let rest = &text[at..];
    let spaced = rest.trim_start();
    let start = at + rest.len() - spaced.len();
    let len = if spaced.starts_with("U.S.") {
        4
    } else {
        spaced.find(|c: char| !is_word_char(c)).unwrap_or(spaced.len())
    };
    (start > at && len > 0).then_some(start..start + len)
}

/// The sign of the currency named after byte `at` of `text` ("dlrs", "U.S. dlrs",
/// "Hong Kong dollars", "stg") and where its words end, if one is.
fn currency_after(text: &str, at: usize, scaled: bool) -> Option<(&'static str, usize)> {
    let word = word_after(text, at)?;
    if let Some(sign) = currency_word(&text[word.clone()], scaled) {
        return Some((sign, word.end));
    }
    let rest = &text[word.start..];
    for (country, sign) in DOLLARS {
        if rest.get(..country.len()).is_some_and(|w| w.eq_ignore_ascii_case(country))
            && let Some(dollars) = word_after(text, word.start + country.len())
            && currency_word(&text[dollars.clone()], false) == Some("$")
        {
            return Some((sign, dollars.end));
        }
    }
    None
}

/// An amount in its normal spelling: a currency's sign, a figure and a scale, each
/// written one way whatever way the text writes them: "$100m", "$100 million", "100 mln
/// dlrs", "100 million dollars" and "100 mln U.S. dlrs" are all `$100m` (and `100m`);
/// "£1.2bn", "£1.2 billion", "1.2 billion pounds", "1.2 bln stg" `£1.2bn`; "A$1bn" and
/// "1 billion Australian dlrs" `a$1bn`; "2.5mln", "2.5mn" and "2.5 million" `2.5m`. The
/// index holds it at the figure's position beside the words as written, so a phrase as
/// written still matches; a query asks for it where the amount is one word as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Amount {
    sign: Option<String>,
    figure: String,
    scale: Option<&'static str>,
    /// Where the amount's last word ends in the text.
    end: usize,
}

impl Amount {
    /// The figure and the scale, without the sign ("100m"), for an amount with a scale.
    fn unsigned(&self) -> Option<String> {
        self.scale.map(|scale| format!("{}{scale}", self.figure))
    }

    /// The sign, the figure and the scale ("$100m"), for an amount with a sign.
    fn signed(&self) -> Option<String> {
        let sign = self.sign.as_ref()?;
        Some(format!("{sign}{}{}", self.figure, self.scale.unwrap_or("")))
    }

    /// The sign and the figure written in full ("$25000" of "$25k", "$1200000" of "$1.2
    /// million"), as "$25,000" and "$1,200,000" are, for a scaled amount with a sign.
    fn signed_in_full(&self) -> Option<String> {
        let sign = self.sign.as_ref()?;
        in_full(&self.figure, self.scale?).map(|digits| format!("{sign}{digits}"))
    }

    /// What a query asks for, typed as one word with a sign: the thousands in full
    /// (`$25k` is `$25000`, as the BBC writes "$25,000"), the rest in the normal spelling.
    fn asked_signed(&self) -> Option<String> {
        match self.scale {
            Some("k") => self.signed_in_full().or_else(|| self.signed()),
            _ => self.signed(),
        }
    }
}

/// The amount the word at `part` of `text` writes, with the sign before it if any: a
/// figure with a scale joined ("2.5mln", "$1.2bn"), or, reading on (`read_on`, the
/// index's), a figure or a number word one to ten ([`number_word`]) before a scale or a
/// currency word ("100 mln dlrs", "five billion yen", "500 dlrs"). `None` for a figure
/// alone, which its words as written are.
fn amount_of(text: &str, part: Range<usize>, sign: Option<&str>, read_on: bool) -> Option<Amount> {
    let word = &text[part.clone()];
    let (figure, mut scale) = match figure_and_unit(word) {
        Some((figure, unit)) => (figure, Some(scale_of(unit, true).or(dollar_scale(unit, sign.is_some()))?)),
        None if !read_on => return None,
        None if is_number(word) && word.ends_with(|c: char| c.is_ascii_digit()) => (word, None),
        None => (number_word(word)?, None),
    };
    let mut end = part.end;
    if !read_on {
        // A query's amount is the word typed.
    } else if scale.is_none()
        && let Some(next) = word_after(text, end)
        && let Some(found) = scale_of(&text[next.clone()], false)
    {
        scale = Some(found);
        end = next.end;
    }
    let mut currency = None;
    if read_on
        && sign.is_none()
        && let Some((found, to)) = currency_after(text, end, scale.is_some())
    {
        currency = Some(found);
        end = to;
    }
    if scale.is_none() && currency.is_none() {
        return None;
    }
    // "1.20bn" is "1.2bn", "2.0 billion" "2bn": a scale's figure without trailing zeros.
    let figure = match scale {
        Some(_) if figure.contains('.') => figure.trim_end_matches('0').trim_end_matches('.'),
        _ => figure,
    };
    Some(Amount {
        sign: sign.map(str::to_string).or(currency.map(str::to_string)),
        figure: figure.to_string(),
        scale,
        end,
    })
}

/// The length in bytes of a word for "per cent" at the start of `rest` ("pct", "percent",
/// "per cent", or `%`), if one is there and ends there.
fn percent_word(rest: &str) -> Option<usize> {
    if rest.starts_with('%') {
        return Some(1);
    }
    let ends = |len: usize| rest[len..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    let starts = |word: &str| rest.get(..word.len()).is_some_and(|w| w.eq_ignore_ascii_case(word));
    for word in ["percent", "pct"] {
        if starts(word) && ends(word.len()) {
            return Some(word.len());
        }
    }
    if starts("per") {
        let gap = rest[3..].len() - rest[3..].trim_start().len();
        let cent = 3 + gap;
        if gap > 0
            && rest.get(cent..cent + 4).is_some_and(|w| w.eq_ignore_ascii_case("cent"))
            && ends(cent + 4)
        {
            return Some(cent + 4);
        }
    }
    None
}

/// A word of letters alone, none of them Chinese, Japanese or Korean ("AT", "S"): what
/// `&` joins into a name.
/// The letter before the apostrophe of a name, which is also kept joined: "O'Connor" is
/// also `oconnor`, "D'Arcy" `darcy`, "d'Estaing" `destaing`, "L'Oréal" `loreal`, so that a
/// search typed without the apostrophe finds them. Only O, D and L before a capital: "we'll"
/// and "he'd" are no `well` or `hed`, and "Blair's" is no `blairs`.
fn is_elided_prefix(word: &str) -> bool {
    matches!(word, "O" | "o" | "D" | "d" | "L" | "l")
}

fn is_letters(word: &str) -> bool {
    word.chars().all(|c| c.is_alphabetic() && !is_cjk(c))
}

/// The section sign of legal citations: "18 U.S.C. § 1030" is the words 18 u s c section
/// 1030, so `"§ 1030"` finds "Section 1030" and `"section 1030"` the citation, and "§
/// 2016" no longer finds every "2016" ("§§ 2–4" is `sections`).
const SECTION_SIGN: char = '§';

/// The word a word stands for, in index and query alike, so that each finds the other:
/// "vs" and "versus" are `v`; the wire's abbreviations of amounts and prices are the
/// words the BBC writes ("mln" `million`, "bln" `billion`, "trn" `trillion`, "dlrs"
/// `dollars`, "stg" `sterling`, "cts" `cents`, "bbl" `barrel`, "pct" `percent`), so that
/// `"1.5 million tonnes"` finds "1.5 mln tonnes" and `dlrs` "dollars". In any capitals.
fn written_out(word: &str) -> Option<&'static str> {
    const ABBREVIATIONS: &[(&str, &str)] = &[
        ("vs", "v"),
        ("versus", "v"),
        ("mln", "million"),
        ("bln", "billion"),
        ("trn", "trillion"),
        ("dlr", "dollar"),
        ("dlrs", "dollars"),
        ("stg", "sterling"),
        ("cts", "cents"),
        ("bbl", "barrel"),
        ("bbls", "barrels"),
        ("pct", "percent"),
    ];
    ABBREVIATIONS.iter().find(|(short, _)| word.eq_ignore_ascii_case(short)).map(|&(_, long)| long)
}

/// The tokenizer: letters-and-digits runs, numbers kept whole, joined words given beside
/// their parts (see the module's documentation).
#[derive(Clone, Default)]
pub struct WordTokenizer {
    joined: Joined,
    tokens: Vec<Token>,
    parts: Vec<Range<usize>>,
}

impl WordTokenizer {
    /// The tokenizer of a query's words ([`Joined::Query`]).
    pub fn for_queries() -> WordTokenizer {
        WordTokenizer { joined: Joined::Query, ..WordTokenizer::default() }
    }
}

/// The token stream of [`WordTokenizer`].
pub struct WordStream<'a> {
    text: &'a str,
    chars: std::iter::Peekable<CharIndices<'a>>,
    joined: Joined,
    /// The tokens of the current group (a word, or words joined), `given` of them in use.
    tokens: &'a mut Vec<Token>,
    given: usize,
    /// The one to give next.
    next: usize,
    /// The parts of the current group, as byte ranges of `text`.
    parts: &'a mut Vec<Range<usize>>,
    /// The position of the next group's first part.
    position: usize,
    /// Where the group before ends (its last part), if there was one: a sentence may end
    /// between it and the next ([`ends_sentence_between`]).
    previous_end: Option<usize>,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream<'a> {
        WordStream {
            text,
            chars: text.char_indices().peekable(),
            joined: self.joined,
            tokens: &mut self.tokens,
            given: 0,
            next: 0,
            parts: &mut self.parts,
            position: 0,
            previous_end: None,
        }
    }
}

/// The byte ranges of the signs of a group of words: a currency sign before its first
/// number ("£25m"), a currency or percent sign after its last ("25€", "40%"), or a word
/// for "per cent" after a space ("3.5 pct", "3.5 per cent", "3.5 %"); and whether `&`
/// joins its parts ("AT&T").
struct Signs {
    before: Option<Range<usize>>,
    after: Option<Range<usize>>,
    percent: Option<Range<usize>>,
    /// A unit of measure after a space or a degree sign ("10 km", "1.5°C"): all of it, and
    /// the unit's letters.
    unit: Option<(Range<usize>, Range<usize>)>,
    ampersand: bool,
    /// The group is a sign read as a word: a section sign ("§", "§§": "section",
    /// "sections"), or an `&` standing alone ("Marks & Spencer": "and").
    sign_word: bool,
    /// The group is a mixed fraction of the wire ("7-1/2", "10-15/16"): its three numbers,
    /// no score.
    fraction: bool,
}

impl Signs {
    /// A sign read as a word alone (a section sign, an `&` standing alone).
    fn word() -> Self {
        Signs {
            before: None,
            after: None,
            percent: None,
            unit: None,
            ampersand: false,
            sign_word: true,
            fraction: false,
        }
    }
}

/// A number: a word starting with a digit ("4", "1987", "25m", "1.5").
fn is_number(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
}

impl WordStream<'_> {
    /// The character at byte `at` of the text, if any.
    fn char_at(&self, at: usize) -> Option<char> {
        self.text.get(at..).and_then(|rest| rest.chars().next())
    }

    /// Consumes the rest of the word whose first character `first` is at `from`, and
    /// gives where the word ends. After a score's hyphen (`in_score`) a comma stays inside
    /// only as a thousands separator: "1-6,4-6" is two scores, not "1", "6,4", "6".
    fn word_end(&mut self, from: usize, first: char, in_score: bool) -> usize {
        let mut end = from + first.len_utf8();
        let mut last = first;
        while let Some(&(at, c)) = self.chars.peek() {
            if is_word_char(c) {
                end = at + c.len_utf8();
                last = c;
                self.chars.next();
                continue;
            }
            // A point or comma between two digits: the number goes on.
            let after = &self.text[at + c.len_utf8()..];
            let digit_follows = after.starts_with(|n: char| n.is_ascii_digit());
            let thousands = || {
                let digits = after.bytes().take_while(u8::is_ascii_digit).count();
                digits == 3
            };
            if (c == '.' || (c == ',' && (!in_score || thousands())))
                && last.is_ascii_digit()
                && digit_follows
            {
                self.chars.next();
                continue;
            }
            break;
        }
        end
    }

    /// Whether the sign `c` at `at` stands between spaces (or at an end of the text), as
    /// "&" in "Marks & Spencer", not "AT&T" or "&c".
    fn stands_alone(&self, at: usize, c: char) -> bool {
        let spaced = |next: Option<char>| next.is_none_or(char::is_whitespace);
        spaced(self.text[..at].chars().next_back()) && spaced(self.text[at + c.len_utf8()..].chars().next())
    }

    /// Reads the next group of words: a word, or words joined by hyphens (or letters by
    /// `&`), with the currency sign before the first and the sign after the last. Fills
    /// `parts` and gives the signs; `None` at the end of the text.
    fn read_group(&mut self) -> Option<Signs> {
        self.parts.clear();
        let mut before = None;
        let (from, first) = loop {
            let (at, c) = self.chars.next()?;
            if self.joined == Joined::Query
                && let Some(dollar) = us_dollar(&self.text[at..])
            {
                // A query's "US$100m" is `$100m`: the index holds "US" as a word before it.
                while self.chars.next_if(|&(i, _)| i < at + dollar + 1).is_some() {}
                let (digit_at, d) = self.chars.next()?;
                before = Some(at + dollar..digit_at);
                break (digit_at, d);
            }
            if let Some(sign_len) = other_dollar(&self.text[at..], self.joined == Joined::Query) {
                // "A$8.4bn": the letters and the sign are one sign, not the dollar's.
                while self.chars.next_if(|&(i, _)| i < at + sign_len).is_some() {}
                let (digit_at, d) = self.chars.next()?;
                before = Some(at..digit_at);
                break (digit_at, d);
            }
            if is_word_char(c) {
                break (at, c);
            }
            if c == '&' && self.stands_alone(at, c) {
                self.parts.push(at..at + 1);
                return Some(Signs::word());
            }
            if c == SECTION_SIGN {
                let end = at + c.len_utf8();
                let end = match self.chars.next_if(|&(_, next)| next == SECTION_SIGN) {
                    Some((second, _)) => second + SECTION_SIGN.len_utf8(),
                    None => end,
                };
                self.parts.push(at..end);
                return Some(Signs::word());
            }
            if is_currency_sign(c)
                && let Some(&(digit_at, d)) = self.chars.peek()
                && d.is_ascii_digit()
            {
                before = Some(at..digit_at);
                self.chars.next();
                break (digit_at, d);
            }
        };
        let end = self.word_end(from, first, false);
        self.parts.push(from..end);
        // Further parts, each after a joining dash; or, letters after letters, after `&`
        // (a group is joined by one or the other).
        let mut ampersand = false;
        while let Some(&(dash_at, dash)) = self.chars.peek() {
            let part_at = dash_at + dash.len_utf8();
            let Some(next) = self.char_at(part_at).filter(|&c| is_word_char(c)) else { break };
            let last = &self.text[self.parts[self.parts.len() - 1].clone()];
            let numbers = is_number(last) && next.is_ascii_digit();
            let joins = if dash == '&' {
                (ampersand || self.parts.len() == 1)
                    && is_letters(last)
                    && next.is_alphabetic()
                    && !is_cjk(next)
            } else if matches!(dash, '\'' | '\u{2019}') {
                !ampersand && self.parts.len() == 1 && is_elided_prefix(last) && {
                    let name = &self.text[part_at..];
                    next.is_uppercase() && name.chars().nth(1).is_some_and(char::is_alphabetic)
                }
            } else {
                !ampersand && is_joiner(dash, numbers)
            };
            if !joins {
                break;
            }
            ampersand = dash == '&';
            self.chars.next();
            self.chars.next();
            let end = self.word_end(part_at, next, numbers);
            self.parts.push(part_at..end);
        }
        // A mixed fraction: "7-1/2" is seven and a half, "10-15/16" no range.
        let fraction = !ampersand && self.parts.len() == 2 && {
            let (whole, numerator) = (&self.text[self.parts[0].clone()], &self.text[self.parts[1].clone()]);
            let denominator = fraction_denominator(&self.text[self.parts[1].end..]);
            denominator.is_some_and(|d| is_fraction(whole, numerator, d))
        };
        if fraction {
            let slash = self.parts[1].end;
            let digits = fraction_denominator(&self.text[slash..]).map_or(0, str::len);
            while self.chars.next_if(|&(at, _)| at <= slash + digits).is_some() {}
            self.parts.push(slash + 1..slash + 1 + digits);
        }
        // A sign after the last part's last digit: "40%", "25€".
        let end = self.parts[self.parts.len() - 1].end;
        let after = self.text[..end]
            .ends_with(|c: char| c.is_ascii_digit())
            .then(|| self.char_at(end))
            .flatten()
            .filter(|&c| c == '%' || is_currency_sign(c))
            .map(|c| end..end + c.len_utf8());
        // Or a word for "per cent" after a space: "3.5 pct".
        let rest = &self.text[end..];
        let spaced = rest.trim_start();
        let last_text = &self.text[self.parts[self.parts.len() - 1].clone()];
        let figure = is_number(last_text) && last_text.ends_with(|c: char| c.is_ascii_digit());
        let spelled = self.parts.len() == 1 && before.is_none() && number_word(last_text).is_some();
        let percent = (after.is_none() && spaced.len() < rest.len() && (figure || spelled))
            .then(|| percent_word(spaced))
            .flatten()
            .map(|len| {
                let at = self.text.len() - spaced.len();
                at..at + len
            });
        // Or a unit of measure after a space or a degree sign: "10 km", "1.5°C". A query
        // takes "°C" as part of the figure typed (`1.5°C` is `1.5c`), the rest as typed.
        let last_part = &self.text[self.parts[self.parts.len() - 1].clone()];
        let unit = (after.is_none()
            && percent.is_none()
            && is_number(last_part)
            && last_part.ends_with(|c: char| c.is_ascii_digit()))
        .then(|| unit_after(rest, end))
        .flatten();
        if let Some((all, _)) = unit.as_ref().filter(|(all, _)| self.text[all.clone()].contains('°'))
            && self.joined == Joined::Query
        {
            while self.chars.next_if(|&(at, _)| at < all.end).is_some() {}
        }
        Some(Signs { before, after, percent, unit, ampersand, sign_word: false, fraction })
    }

    /// Adds a token to the group's.
    fn push(&mut self, bytes: Range<usize>, text: &[&str], position: usize, position_length: usize) {
        if self.given == self.tokens.len() {
            self.tokens.push(Token::default());
        }
        let token = &mut self.tokens[self.given];
        token.offset_from = bytes.start;
        token.offset_to = bytes.end;
        token.position = position;
        token.position_length = position_length;
        token.text.clear();
        for piece in text {
            token.text.push_str(piece);
        }
        self.given += 1;
    }

    /// Adds a word at `position` unless the group has it there already (an amount's
    /// normal spelling is often the word as written: "$100m").
    fn push_new(&mut self, bytes: Range<usize>, text: &str, position: usize) {
        if !self.tokens[..self.given]
            .iter()
            .any(|t| t.position == position && t.text.eq_ignore_ascii_case(text))
        {
            self.push(bytes, &[text], position, 1);
        }
    }

    /// Reads the next group and makes its tokens (none when all are too long to keep);
    /// false at the end of the text.
    fn next_group(&mut self) -> bool {
        self.given = 0;
        self.next = 0;
        let Some(Signs { before, after, percent, unit, ampersand, sign_word, fraction }) = self.read_group()
        else {
            return false;
        };
        let text = self.text;
        let start = before.as_ref().map_or(self.parts[0].start, |sign| sign.start);
        if let Some(end) = self.previous_end
            && ends_sentence_between(text, end, start)
        {
            self.position += SENTENCE_GAP;
        }
        self.previous_end = self.parts.last().map(|part| part.end);
        if sign_word {
            let sign = self.parts[0].clone();
            let word = match &text[sign.clone()] {
                "&" => "and",
                written if written.len() > SECTION_SIGN.len_utf8() => "sections",
                _ => "section",
            };
            self.push(sign, &[word], self.position, 1);
            self.position += 1;
            return true;
        }
        let parts = std::mem::take(self.parts);
        let first = self.position;
        let count = parts.len();
        // A mixed fraction is one word at one position, as its value is written: see below.
        self.position += if fraction { 1 } else { count };
        // No joined word with Chinese, Japanese or Korean in it: the index splits those
        // into character pairs, which a joined word would put out of step.
        let plain = !parts.iter().any(|p| text[p.clone()].chars().any(is_cjk));
        let whole = parts[0].start..parts[count - 1].end;
        let fits = |extra: usize| whole.len() + extra < LONGEST_WORD;
        let before = before.filter(|_| plain && fits(4));
        let after = after.filter(|_| plain && fits(4));
        let score = count > 1 && !fraction && parts.iter().all(|p| is_number(&text[p.clone()]));
        let compound = count > 1 && plain && fits(0) && !fraction;
        let query = self.joined == Joined::Query;
        // The index's alone: what a query typed as written would not ask for.
        let index = !query && plain;
        // "per cent" is also the word `percent` at the place of "per", so that `percent`
        // and `"5 percent"` find it; a query's "per cent" is that word alone, so that
        // `"5 per cent"` finds "5 pct" and "5 percent" too.
        let per_cent = (count == 1 && plain && text[parts[0].clone()].eq_ignore_ascii_case("per"))
            .then(|| percent_word(&text[parts[0].start..]))
            .flatten()
            .filter(|&len| len > "per".len())
            .map(|len| parts[0].start..parts[0].start + len);
        let percent_as = |written: &str| {
            if !written.bytes().any(|b| b.is_ascii_lowercase()) {
                "PERCENT"
            } else if written.starts_with(|c: char| c.is_ascii_uppercase()) {
                "Percent"
            } else {
                "percent"
            }
        };
        if let Some(span) = per_cent.clone().filter(|_| query) {
            self.push(span.clone(), &[percent_as(&text[parts[0].clone()])], first, 1);
            while self.chars.next_if(|&(at, _)| at < span.end).is_some() {}
            self.previous_end = Some(span.end);
            *self.parts = parts;
            return true;
        }
        // A number written with its unit is also its bare number ("1.2bn": `1.2`).
        let bare = |part: &Range<usize>| bare_number(&text[part.clone()]).filter(|_| index);
        // A degree sign's unit, which a query asks for with its figure ("1.5°C" as `1.5c`):
        // see below, after the amount, which a unit of measure is not.
        // The amount the last part writes, in its normal spelling ([`Amount`]): "$100m" for
        // "$100m", "$100 million", "100 mln dlrs" and "100 million dollars" alike. A query
        // asks for it where it is one word as typed ("2.5mln" as `2.5m`), the index holds
        // it beside the words as written.
        let last_part = parts[count - 1].clone();
        let sign_of_last = before.as_ref().filter(|_| count == 1).map(|sign| &text[sign.clone()]);
        let amount = (plain && !fraction && after.is_none() && percent.is_none() && unit.is_none())
            .then(|| amount_of(text, last_part.clone(), sign_of_last, index))
            .flatten();
        // A word for a number one to ten before a share or an amount is also its digits
        // ("five pct" is `5%` and `5`): not elsewhere, so "one of them" stays a word.
        // So is one before "percentage point(s)" ("one percentage point" is `1`), which a
        // query asks for as its digits, so that either writing finds the other.
        let pointed = count == 1 && before.is_none() && percentage_point_after(text, last_part.end);
        let spelled = (count == 1 && before.is_none() && (percent.is_some() || amount.is_some() || pointed))
            .then(|| number_word(&text[last_part.clone()]))
            .flatten();
        // A joined share ("3.5pct" as `3.5%`).
        let joined_share = figure_and_unit(&text[last_part.clone()])
            .filter(|(_, unit)| unit.eq_ignore_ascii_case("pct"))
            .map(|(figure, _)| figure)
            .filter(|_| plain && count == 1 && before.is_none());
        // A range with its share ("10-15%", "2-3 pct"): one word, so that `10-15%` is
        // marked where it matched.
        let range_share = score
            && compound
            && (after.as_ref().is_some_and(|s| &text[s.clone()] == "%") || (index && percent.is_some()));
        // A query's "3.5 %" is the share, as the index holds it.
        let typed_share = query && percent.as_ref().is_some_and(|p| &text[p.clone()] == "%");
        let degrees = unit.as_ref().filter(|(all, _)| text[all.clone()].contains('°'));
        let unit = unit.as_ref().filter(|_| plain && fits(4) && (index || degrees.is_some()));
        if let Some(sign) = &before {
            let (sign_text, word) = (&text[sign.clone()], &text[parts[0].clone()]);
            let normal = amount.as_ref().filter(|_| query && count == 1).and_then(Amount::asked_signed);
            // The scale is part of the amount: "$18m" and "$18 million" are no `$18`, a
            // price, only `$18m` (and the figure `18`), so that `$18` finds "$18 a barrel"
            // and "18 dlrs", not a sum of millions.
            let scaled = index && count == 1 && amount.as_ref().is_some_and(|a| a.scale.is_some());
            match normal {
                Some(normal) => self.push(sign.start..parts[0].end, &[&normal], first, 1),
                None if scaled && figure_and_unit(word).is_none() => {}
                None => self.push(sign.start..parts[0].end, &[sign_text, word], first, 1),
            }
            if let Some((number, Some(_))) = bare(&parts[0]) {
                self.push(sign.start..parts[0].end, &[sign_text, number], first, 1);
            }
        }
        if range_share {
            let end = after.as_ref().or(percent.as_ref()).map_or(whole.end, |sign| sign.end);
            let mut pieces: Vec<&str> = Vec::with_capacity(2 * count);
            for (k, part) in parts.iter().enumerate() {
                if k > 0 {
                    pieces.push("-");
                }
                pieces.push(&text[part.clone()]);
            }
            pieces.push("%");
            self.push(whole.start..end, &pieces, first, count);
        }
        if compound && (score || ampersand || !query) && !(query && range_share) {
            let joiner = if score {
                "-"
            } else if ampersand {
                "&"
            } else {
                ""
            };
            let mut pieces: Vec<&str> = Vec::with_capacity(2 * count);
            for (k, part) in parts.iter().enumerate() {
                if k > 0 {
                    pieces.push(joiner);
                }
                pieces.push(&text[part.clone()]);
            }
            self.push(whole.clone(), &pieces, first, count);
        }
        // A mixed fraction is its value, one word at one position, in index and query
        // alike: "7-1/2 pct" is `7.5` and `7.5%` as "7.5 pct" is, and "7-1/2%" as "7.5%",
        // so that a phrase finds either writing (`"rate to 5-1/2 pct"` finds "rate to 5.5
        // pct" and the other way round). Its numbers are no words of their own: `1`
        // finds no "7-1/2", nor `"rate to 7 pct"` "rate to 7-1/2 pct".
        if fraction {
            if let Some(value) = fraction_value(text, &parts) {
                let sign = after.as_ref().filter(|s| &text[(*s).clone()] == "%");
                let share_end = sign.or(percent.as_ref().filter(|_| index)).map(|s| s.end);
                if let Some(end) = share_end {
                    self.push(whole.start..end, &[&value, "%"], first, 1);
                }
                if !(query && sign.is_some()) {
                    self.push(whole.clone(), &[&value], first, 1);
                }
                if let Some(end) = sign.map(|s| s.end).filter(|_| index) {
                    self.push(whole.start..end, &["percent"], first, 1);
                }
            }
            *self.parts = parts;
            return true;
        }
        for (k, part) in parts.iter().enumerate() {
            let last = k + 1 == count;
            let word = &text[part.clone()];
            // A bare number of an amount with its sign points at the sign too: `450m`
            // marks "$450m", not "450m" after a "$".
            let bytes = match &before {
                Some(sign) if k == 0 => sign.start..part.end,
                _ => part.clone(),
            };
            // "vs" and "versus" are the "v" of a case or a match ("Roe v. Wade", "Brown
            // vs. Board", "Chelsea versus Arsenal"), so each finds the others; the wire's
            // abbreviations are their words ("mln" is `million`, "dlrs" `dollars`).
            let word = if count == 1 { written_out(word).unwrap_or(word) } else { word };
            // "colour" is `color`, "centre-left" `center left` (super::spellings).
            let common = super::spellings::common(word);
            let word = common.as_deref().unwrap_or(word);
            let figure = spelled.filter(|_| last).unwrap_or(word);
            if let Some(sign) = after.as_ref().filter(|_| last && !(query && range_share)) {
                let sign_text = &text[sign.clone()];
                let pieces = if sign_text == "%" { [word, sign_text] } else { [sign_text, word] };
                self.push(part.start..sign.end, &pieces, first + k, 1);
            }
            if let Some(words) =
                percent.as_ref().filter(|_| last && (index || typed_share) && !fraction && fits(1))
            {
                self.push(part.start..words.end, &[figure, "%"], first + k, 1);
            }
            if let Some(figure) = joined_share {
                self.push(part.clone(), &[figure, "%"], first + k, 1);
            }
            if let Some((all, letters)) = unit.filter(|_| last) {
                self.push(part.start..all.end, &[word, &text[letters.clone()]], first + k, 1);
            }
            // A query asks for what is joined, not its parts.
            let replaced = (k == 0 && before.is_some())
                || (last && (after.is_some() || (degrees.is_some() && unit.is_some())))
                || (compound && (score || ampersand))
                || (last && (typed_share || joined_share.is_some()));
            let normal =
                amount.as_ref().filter(|_| last && query && before.is_none()).and_then(Amount::unsigned);
            if let Some(normal) = normal.filter(|_| !replaced) {
                self.push(bytes.clone(), &[&normal], first + k, 1);
            } else if !(query && replaced) {
                let word = spelled.filter(|_| query && pointed).unwrap_or(word);
                self.push(bytes.clone(), &[word], first + k, 1);
            }
            if let Some((number, measure)) = bare(part) {
                self.push(bytes.clone(), &[number], first + k, 1);
                // And its unit ("200mg" also `mg`), so that `200 mg` finds it.
                if let Some(measure) = measure {
                    let at = part.end - measure.len();
                    self.push(at..part.end, &[measure], first + k, 1);
                }
            } else if let Some(figure) = version_figure(word).filter(|_| index && count == 1) {
                self.push(bytes.clone(), &[figure], first + k, 1);
            }
            if let Some(figure) = joined_share.filter(|_| index) {
                self.push(part.clone(), &[figure], first + k, 1);
            }
            if let Some(amount) = amount.as_ref().filter(|_| last && index) {
                let bytes = bytes.start..amount.end;
                if let Some(digits) = spelled {
                    self.push(bytes.clone(), &[digits], first + k, 1);
                }
                for normal in
                    [amount.unsigned(), amount.signed(), amount.signed_in_full()].into_iter().flatten()
                {
                    self.push_new(bytes.clone(), &normal, first + k);
                }
            } else if let Some(digits) = spelled.filter(|_| last && index) {
                self.push(bytes.clone(), &[digits], first + k, 1);
            }
            // A sum written in full with its sign or currency is also its scale:
            // "$1,200,000" and "1,200,000 dlrs" are `$1.2m`, as "$1.2 million" is (and
            // that is `$1200000`, above).
            let in_full = match (&amount, &before) {
                (Some(amount), _) if amount.scale.is_none() => amount
                    .sign
                    .as_ref()
                    .map(|sign| (sign.clone(), amount.figure.clone(), bytes.start..amount.end)),
                (None, Some(sign)) => {
                    Some((text[sign.clone()].to_string(), word.to_string(), sign.start..part.end))
                }
                _ => None,
            };
            if let Some((sign, figure, bytes)) = in_full.filter(|_| index && last && count == 1)
                && let Some(scaled) = scaled_from_full(&figure)
            {
                self.push_new(bytes, &format!("{sign}{scaled}"), first + k);
            }
            // And without a sign: "1,792,000 tonnes" is `1.792m`, as "1.792 mln tonnes" is,
            // so that `1.792 mln` and `"1.792 mln tonnes"` find it (a bare figure in full
            // typed, `1,792,000`, finds that writing alone).
            if amount.is_none()
                && before.is_none()
                && after.is_none()
                && percent.is_none()
                && index
                && last
                && count == 1
                && let Some(scaled) = scaled_from_full(word)
            {
                self.push_new(part.clone(), &scaled, first + k);
            }
        }
        if let Some(span) = per_cent.filter(|_| index) {
            self.push(span, &[percent_as(&text[parts[0].clone()])], first, 1);
        }
        // A figure's per-cent sign ("5%", "5 %", "3.5pct") is also the word `percent`, at
        // the figure's place, so that `percent` finds every way of writing a share.
        let sign = after.as_ref().or(percent.as_ref()).filter(|s| &text[(*s).clone()] == "%");
        let share_end = sign.map(|sign| sign.end).or(joined_share.map(|_| parts[count - 1].end));
        if let Some(end) = share_end.filter(|_| index) {
            self.push(parts[count - 1].start..end, &["percent"], first + count - 1, 1);
        }
        // Greek letters in a Latin word are their names: "β-amyloid" is `beta-amyloid`,
        // "TNF-α" `TNF-alpha`. Greek text, with no Latin letter, is left alone.
        if parts.iter().any(|p| text[p.clone()].chars().any(|c| c.is_ascii_alphabetic())) {
            for token in &mut self.tokens[..self.given] {
                if token.text.chars().any(|c| greek_letter_name(c).is_some()) {
                    token.text = with_greek_letters_named(&token.text);
                }
            }
        }
        *self.parts = parts;
        true
    }
}

/// The name of a Greek letter that science writes inside Latin words ("β-amyloid",
/// "TNF-α", "α-synuclein", "PPAR-γ", "IFN-κ"), as it is spelt out in the same words.
fn greek_letter_name(c: char) -> Option<&'static str> {
    Some(match c {
        'α' => "alpha",
        'β' => "beta",
        'γ' => "gamma",
        'δ' => "delta",
        'ε' => "epsilon",
        'κ' => "kappa",
        _ => return None,
    })
}

/// `word` with the Greek letters of [`greek_letter_name`] spelt out.
fn with_greek_letters_named(word: &str) -> String {
    let mut out = String::with_capacity(word.len() + 8);
    for c in word.chars() {
        match greek_letter_name(c) {
            Some(name) => out.push_str(name),
            None => out.push(c),
        }
    }
    out
}

impl TokenStream for WordStream<'_> {
    fn advance(&mut self) -> bool {
        if self.next < self.given {
            self.next += 1;
            return true;
        }
        while self.next_group() {
            if self.given > 0 {
                self.next = 1;
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
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
        if let Some(shorter) = without_trailing_zeros(text) {
            *text = shorter;
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

/// A decimal without the zeros that end its fraction, the sign and unit kept: "18.00" is
/// `18`, "$65.50" `$65.5`, "1.50bn" `1.5bn`, so that a price written to the cent finds
/// and is found by the same figure written short. `None` for a word with no such zeros,
/// or more than one point ("10.10.1987").
pub fn without_trailing_zeros(word: &str) -> Option<String> {
    let (whole, rest) = word.split_once('.')?;
    let fraction_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (fraction, after) = rest.split_at(fraction_len);
    let kept = fraction.trim_end_matches('0');
    if fraction.is_empty()
        || kept.len() == fraction.len()
        || !whole.ends_with(|c: char| c.is_ascii_digit())
        || after.contains('.')
    {
        return None;
    }
    Some(if kept.is_empty() { format!("{whole}{after}") } else { format!("{whole}.{kept}{after}") })
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

    fn words_by(tokenizer: WordTokenizer, text: &str) -> Vec<(String, usize, std::ops::Range<usize>)> {
        let mut analyzer = TextAnalyzer::builder(tokenizer).filter(DigitGroups).build();
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(t) = stream.next() {
            out.push((t.text.clone(), t.position, t.offset_from..t.offset_to));
        }
        out
    }

    fn words(text: &str) -> Vec<(String, std::ops::Range<usize>)> {
        words_by(WordTokenizer::default(), text).into_iter().map(|w| (w.0, w.2)).collect()
    }

    /// The words of an article, in order.
    fn texts(text: &str) -> Vec<String> {
        words(text).into_iter().map(|w| w.0).collect()
    }

    /// The words of an article with their positions.
    fn placed(text: &str) -> Vec<(String, usize)> {
        words_by(WordTokenizer::default(), text).into_iter().map(|w| (w.0, w.1)).collect()
    }

    /// The words of a query with their positions.
    fn asked(text: &str) -> Vec<(String, usize)> {
        words_by(WordTokenizer::for_queries(), text).into_iter().map(|w| (w.0, w.1)).collect()
    }

    fn at(words: &[(&str, usize)]) -> Vec<(String, usize)> {
        words.iter().map(|&(w, p)| (w.to_string(), p)).collect()
    }

    #[test]
    fn decimals_stay_whole_and_other_punctuation_splits() {
        assert_eq!(
            texts("profit of 1.5m, up 2.5 on 1986."),
            ["profit", "of", "1.5m", "1.5", "up", "2.5", "on", "1986"]
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
        assert_eq!(
            texts("3,000 dlrs and 12,345,678 shares"),
            ["3000", "$3000", "dollars", "and", "12345678", "shares"]
        );
        assert_eq!(texts("1,5 Prozent, 1,000.25 and 1,0005"), ["1,5", "Prozent", "1000.25", "and", "1,0005"]);
        assert_eq!(without_thousands_commas("1,000m"), "1000m");
    }

    #[test]
    fn offsets_point_at_the_word_as_written() {
        let text = "Über 1,500 Menschen: ½ für 3.5€, £25m and 4-6";
        for (word, bytes) in words(text) {
            let written = text[bytes].replace(',', "");
            // A sign after a number is written before it in the joined word; a bare
            // number points at the amount it stands for.
            let bare = (written.starts_with(&word) || written.trim_start_matches('£').starts_with(&word))
                && written.ends_with('m');
            let sign_after = written == "3.5€" && word == "€3.5";
            let in_full = written == "£25m" && word == "£25000000";
            assert!(written == word || sign_after || bare || in_full, "{written} for {word}");
        }
        assert_eq!(
            texts(text),
            [
                "Über",
                "1500",
                "Menschen",
                "½",
                "für",
                "€3.5",
                "3.5",
                "£25m",
                "25m",
                "25",
                "£25000000",
                "and",
                "4-6",
                "4",
                "6"
            ]
        );
    }

    #[test]
    fn a_score_is_also_one_word_at_its_first_number() {
        assert_eq!(placed("lost 4-6"), at(&[("lost", 0), ("4-6", 1), ("4", 1), ("6", 2)]));
        // Two sets: no "4-6" anywhere, so the query's one word finds nothing here.
        assert_eq!(placed("6-4 6-3"), at(&[("6-4", 0), ("6", 0), ("4", 1), ("6-3", 2), ("6", 2), ("3", 3)]));
        assert_eq!(texts("the 1987-88 season"), ["the", "1987-88", "1987", "88", "season"]);
        // An en dash between numbers is a hyphen; between words it is not.
        assert_eq!(texts("won 6–4"), ["won", "6-4", "6", "4"]);
        assert_eq!(texts("London–Paris"), ["London", "Paris"]);
        // A space either side, or a sign, is no score.
        assert_eq!(texts("4 - 6, -6"), ["4", "6", "6"]);
    }

    #[test]
    fn scores_written_without_a_space_after_the_comma_stay_apart() {
        assert_eq!(texts("1-6,4-6"), ["1-6", "1", "6", "4-6", "4", "6"]);
        assert_eq!(texts("6-4,6-3"), ["6-4", "6", "4", "6-3", "6", "3"]);
        // A thousands comma still groups: a range of numbers.
        assert_eq!(texts("2,000-3,000"), ["2000-3000", "2000", "3000"]);
        // Not after a hyphen, a decimal comma stays as written.
        assert_eq!(texts("1,5 and 6,4-6"), ["1,5", "and", "6,4-6", "6,4", "6"]);
    }

    #[test]
    fn hyphenated_words_are_also_one_word_without_the_hyphens() {
        assert_eq!(placed("a hat-trick"), at(&[("a", 0), ("hattrick", 1), ("hat", 1), ("trick", 2)]));
        assert_eq!(texts("Oxlade-Chamberlain"), ["OxladeChamberlain", "Oxlade", "Chamberlain"]);
        assert_eq!(texts("Covid-19"), ["Covid19", "Covid", "19"]);
        // A point before the hyphen ends the word: "U.S.-Japan" is no compound.
        assert_eq!(texts("U.S.-Japan"), ["U", "S", "Japan"]);
        // The index's positions run on after a compound.
        assert_eq!(placed("mother-in-law says").last(), Some(&("says".to_string(), 3)));
    }

    #[test]
    fn amounts_and_shares_are_also_one_word_with_their_sign() {
        assert_eq!(
            placed("£25m deal"),
            at(&[("£25m", 0), ("25m", 0), ("25", 0), ("£25000000", 0), ("deal", 1)])
        );
        assert_eq!(
            texts("US$1.2bn, €40 and 25€"),
            ["US", "$1.2bn", "1.2bn", "1.2", "$1200000000", "€40", "40", "and", "€25", "25"]
        );
        assert_eq!(placed("up 40%"), at(&[("up", 0), ("40%", 1), ("40", 1), ("percent", 1)]));
        assert_eq!(texts("£250,000"), ["£250000", "250000"]);
        // A sign before a word, or a share after a word, is no amount.
        assert_eq!(texts("$ 25m, £abc, abc%"), ["25m", "25", "abc", "abc"]);
    }

    #[test]
    fn a_query_asks_for_the_score_amount_or_share_and_a_hyphenated_words_parts() {
        assert_eq!(asked("4-6"), at(&[("4-6", 0)]));
        // A phrase leaves the positions of a score's numbers between its words.
        assert_eq!(asked("6-4 6-3"), at(&[("6-4", 0), ("6-3", 2)]));
        assert_eq!(asked("lost 4-6 then"), at(&[("lost", 0), ("4-6", 1), ("then", 3)]));
        assert_eq!(asked("£25m"), at(&[("£25m", 0)]));
        assert_eq!(asked("40% rise"), at(&[("40%", 0), ("rise", 1)]));
        assert_eq!(asked("2-3%"), at(&[("2-3%", 0)]));
        assert_eq!(asked("hat-trick"), at(&[("hat", 0), ("trick", 1)]));
        assert_eq!(asked("hattrick 25m 6"), at(&[("hattrick", 0), ("25m", 1), ("6", 2)]));
        assert_eq!(positions_taken("6-4"), 2);
        assert_eq!(positions_taken("1987-88-89"), 3);
        assert_eq!(positions_taken("£25m"), 1);
    }

    #[test]
    fn an_amount_with_its_unit_is_also_its_bare_number() {
        assert_eq!(
            placed("$1.2bn deal"),
            at(&[("$1.2bn", 0), ("1.2bn", 0), ("1.2", 0), ("$1200000000", 0), ("deal", 1)])
        );
        assert_eq!(
            texts("£25m, 3k, 4.7mln, 2TN and 49p"),
            [
                "£25m",
                "25m",
                "25",
                "£25000000",
                "3k",
                "3",
                "4.7mln",
                "4.7",
                "4.7m",
                "2TN",
                "2",
                "and",
                "49p",
                "49"
            ]
        );
        assert_eq!(texts("3,000m"), ["3000m", "3000"]);
        // An ordinal, a decade or a word stay whole.
        assert_eq!(texts("4th 1980s 5G A320"), ["4th", "1980s", "5G", "A320"]);
        // A query asks for the amount as typed.
        assert_eq!(asked("$1.2bn"), at(&[("$1.2bn", 0)]));
        assert_eq!(asked("1.2bn"), at(&[("1.2bn", 0)]));
        assert_eq!(asked("$1.2"), at(&[("$1.2", 0)]));
    }

    #[test]
    fn a_measure_is_also_its_figure_and_its_unit_joined_or_apart() {
        // Written against the figure: also the bare figure and the unit, at its position.
        assert_eq!(placed("200mg dose"), at(&[("200mg", 0), ("200", 0), ("mg", 0), ("dose", 1)]));
        assert_eq!(
            texts("10km, 4GB, 1.5C, 5g"),
            ["10km", "10", "km", "4GB", "4", "GB", "1.5C", "1.5", "C", "5g", "5", "g"]
        );
        // After a space or a degree sign: also the two joined, the unit keeping its place.
        assert_eq!(placed("200 mg dose"), at(&[("200mg", 0), ("200", 0), ("mg", 1), ("dose", 2)]));
        assert_eq!(placed("1.5°C"), at(&[("1.5C", 0), ("1.5", 0), ("C", 1)]));
        assert_eq!(placed("1.5 °C rise"), at(&[("1.5C", 0), ("1.5", 0), ("C", 1), ("rise", 2)]));
        // Millions, not metres; a degree's "C" needs its sign after a space.
        assert_eq!(texts("25m, 10 m, 1 C, 5 G"), ["25m", "25", "10", "m", "1", "C", "5", "G"]);
        // A query asks for a degree with its figure, and for the rest as typed.
        assert_eq!(asked("1.5°C rise"), at(&[("1.5C", 0), ("rise", 1)]));
        assert_eq!(asked("1.5 °C"), at(&[("1.5C", 0)]));
        assert_eq!(asked("200 mg"), at(&[("200", 0), ("mg", 1)]));
        assert_eq!(asked("200mg"), at(&[("200mg", 0)]));
    }

    #[test]
    fn a_section_sign_is_the_word_section_and_versus_is_v() {
        assert_eq!(texts("18 U.S.C. § 1030"), ["18", "U", "S", "C", "section", "1030"]);
        assert_eq!(placed("§§ 2-4"), at(&[("sections", 0), ("2-4", 1), ("2", 1), ("4", 2)]));
        assert_eq!(
            words("a §2"),
            [("a".to_string(), 0..1), ("section".to_string(), 2..4), ("2".to_string(), 4..5)]
        );
        for versus in ["Roe v. Wade", "Brown vs. Board", "Smith VS Jones", "Chelsea versus Arsenal"] {
            assert_eq!(texts(versus)[1], "v", "{versus}");
        }
        // Only a word of its own: "VSO" and "versusX" stay.
        assert_eq!(texts("VSO vs-x"), ["VSO", "vsx", "vs", "x"]);
    }

    #[test]
    fn an_ampersand_standing_alone_is_the_word_and() {
        assert_eq!(texts("Marks & Spencer"), ["Marks", "and", "Spencer"]);
        assert_eq!(placed("R & D &"), at(&[("R", 0), ("and", 1), ("D", 2), ("and", 3)]));
        // Joining letters, or against a word: no word of its own.
        assert_eq!(texts("AT&T, M& S &c"), ["AT&T", "AT", "T", "M", "S", "c"]);
    }

    #[test]
    fn greek_letters_in_a_latin_word_are_spelt_out() {
        assert_eq!(texts("β-amyloid"), ["betaamyloid", "beta", "amyloid"]);
        assert_eq!(texts("TNF-α and IFNγ"), ["TNFalpha", "TNF", "alpha", "and", "IFNgamma"]);
        assert_eq!(asked("α-synuclein"), at(&[("alpha", 0), ("synuclein", 1)]));
        // Greek text stays Greek.
        assert_eq!(texts("ο κ. Παπαδόπουλος, α-β"), ["ο", "κ", "Παπαδόπουλος", "αβ", "α", "β"]);
    }

    #[test]
    fn a_number_before_a_word_for_per_cent_is_also_a_share() {
        // The words after keep their positions: "3.5 pct" is still a phrase.
        assert_eq!(
            placed("rose 3.5 pct to"),
            at(&[("rose", 0), ("3.5%", 1), ("3.5", 1), ("percent", 2), ("to", 3)])
        );
        assert_eq!(
            placed("3.5 per cent"),
            at(&[("3.5%", 0), ("3.5", 0), ("per", 1), ("percent", 1), ("cent", 2)])
        );
        assert_eq!(texts("3.5 PERCENT, 3.5 %"), ["3.5%", "3.5", "PERCENT", "3.5%", "3.5", "percent"]);
        assert_eq!(texts("2-3 pct"), ["2-3%", "2-3", "2", "3%", "3", "percent"]);
        assert_eq!(words("3.5\npct")[0], ("3.5%".to_string(), 0..7));
        // Not after a word or an amount, nor before another word.
        assert_eq!(
            texts("pct 25m pct 3 percentage 3 per capita"),
            ["percent", "25m", "25", "percent", "3", "percentage", "3", "per", "capita"]
        );
        // A query asks for what was typed.
        assert_eq!(asked("3.5 pct"), at(&[("3.5", 0), ("percent", 1)]));
    }

    #[test]
    fn per_cent_and_a_share_sign_are_also_the_word_percent() {
        // At the place of "per", so that "5 percent" is a phrase of "5 per cent".
        assert_eq!(
            placed("5 per cent rise"),
            at(&[("5%", 0), ("5", 0), ("per", 1), ("percent", 1), ("cent", 2), ("rise", 3)])
        );
        assert_eq!(texts("PER CENT, Per cent"), ["PER", "PERCENT", "CENT", "Per", "Percent", "cent"]);
        // A sign at the figure's place: the words after keep theirs.
        assert_eq!(placed("5% rise"), at(&[("5%", 0), ("5", 0), ("percent", 0), ("rise", 1)]));
        assert_eq!(
            placed("3.5pct rise"),
            at(&[("3.5%", 0), ("3.5pct", 0), ("3.5", 0), ("percent", 0), ("rise", 1)])
        );
        // A query's "per cent" is the word alone; "per capita" and "cent" stay words.
        assert_eq!(asked("5 per cent rise"), at(&[("5", 0), ("percent", 1), ("rise", 2)]));
        assert_eq!(texts("per capita, 5 cents"), ["per", "capita", "5", "cents"]);
    }

    #[test]
    fn a_decimal_loses_the_zeros_that_end_it() {
        assert_eq!(texts("ARAB LIGHT 18.00 dlrs"), ["ARAB", "LIGHT", "18", "$18", "dollars"]);
        assert_eq!(without_trailing_zeros("$65.50"), Some("$65.5".into()));
        assert_eq!(without_trailing_zeros("1.50bn"), Some("1.5bn".into()));
        assert_eq!(without_trailing_zeros("2.0%"), Some("2%".into()));
        for word in ["18", "18.05", "10.10.1987", "100", "v2.0.1", "1.5"] {
            assert_eq!(without_trailing_zeros(word), None, "{word}");
        }
        assert_eq!(asked("18.00"), at(&[("18", 0)]));
    }

    #[test]
    fn the_wires_abbreviations_are_their_words() {
        assert_eq!(texts("1.5 MLN tonnes"), ["1.5", "1.5m", "million", "tonnes"]);
        assert_eq!(asked("dlrs a bbl"), at(&[("dollars", 0), ("a", 1), ("barrel", 2)]));
        assert_eq!(asked("Roe vs Wade"), at(&[("Roe", 0), ("v", 1), ("Wade", 2)]));
    }

    #[test]
    fn a_name_after_o_d_or_l_and_an_apostrophe_is_also_one_word() {
        assert_eq!(
            placed("Sinead O'Connor sang"),
            at(&[("Sinead", 0), ("OConnor", 1), ("O", 1), ("Connor", 2), ("sang", 3)])
        );
        assert!(texts("Valery Giscard d’Estaing").contains(&"dEstaing".to_string()));
        assert!(texts("O'CONNOR RESIGNS").contains(&"OCONNOR".to_string()));
        // Elisions and possessives stay apart: no `well`, `hed`, `blairs`, `ive`.
        for text in ["we'll go", "he'd said", "Blair's plan", "I've been", "O'clock", "rock'n'roll"] {
            let words = texts(text);
            assert_eq!(words.len(), text.split(['\'', ' ']).count(), "{text}: {words:?}");
        }
        // A query asks for the parts, side by side, as before.
        assert_eq!(asked("O'Connor"), at(&[("O", 0), ("Connor", 1)]));
    }

    #[test]
    fn letters_joined_by_an_ampersand_are_also_one_word() {
        assert_eq!(placed("AT&T said"), at(&[("AT&T", 0), ("AT", 0), ("T", 1), ("said", 2)]));
        assert_eq!(texts("S&P, M&A"), ["S&P", "S", "P", "M&A", "M", "A"]);
        // Words with spaces (the `&` alone is the word "and"), numbers, and a hyphen after
        // are not joined by it.
        assert_eq!(texts("Johnson & Johnson"), ["Johnson", "and", "Johnson"]);
        assert_eq!(texts("a=1&b=2"), ["a", "1", "b", "2"]);
        assert_eq!(texts("R&D-led"), ["R&D", "R", "D", "led"]);
        // A query asks for the name, and a phrase leaves its parts' positions.
        assert_eq!(asked("AT&T said"), at(&[("AT&T", 0), ("said", 2)]));
        assert_eq!(positions_taken("at&t"), 2);
    }

    /// The position of each word of an article, as a list of (word, position) for the
    /// words `wanted`.
    fn positions_of(text: &str, wanted: &[&str]) -> Vec<usize> {
        wanted
            .iter()
            .map(|w| placed(text).into_iter().find(|(word, _)| word == w).map(|(_, p)| p).expect(w))
            .collect()
    }

    #[test]
    fn a_sentence_or_paragraph_end_leaves_a_gap_between_the_words_either_side() {
        let gap = SENTENCE_GAP;
        assert_eq!(positions_of("she said. Mr Goodman said", &["said", "Mr"]), [1, 2 + gap]);
        assert_eq!(positions_of("Is it? Yes! No", &["it", "Yes", "No"]), [1, 2 + gap, 3 + 2 * gap]);
        // After closing quotes or brackets, and before an opening quote.
        assert_eq!(positions_of("he said \"yes.\" Then", &["yes", "Then"]), [2, 3 + gap]);
        assert_eq!(positions_of("in (2004). The", &["2004", "The"]), [1, 2 + gap]);
        assert_eq!(positions_of("she said. \"we won\"", &["said", "we"]), [1, 2 + gap]);
        // A blank line, with or without a stop.
        assert_eq!(positions_of("unveiled on Monday.\n\nHome Secretary", &["Monday", "Home"]), [2, 3 + gap]);
        assert_eq!(positions_of("Headline\r\n \r\nbody text", &["Headline", "body"]), [0, 1 + gap]);
        // A query leaves the same, where its text ends a sentence.
        assert_eq!(asked("said. Mr"), at(&[("said", 0), ("Mr", 1 + gap)]));
        assert_eq!(asked("said Mr"), at(&[("said", 0), ("Mr", 1)]));
        assert_eq!(asked("said. mr"), at(&[("said", 0), ("mr", 1)]));
        assert_eq!(positions_taken(SENTENCE_END), gap);
    }

    #[test]
    fn an_abbreviation_an_initial_or_a_decimal_ends_no_sentence() {
        for text in [
            "met Mr. Brown",
            "the U.S. Treasury",
            "by J. K. Rowling",
            "at No. 10 Downing",
            "rose 2.5 Pct",
            "Dr. Who and St. Paul",
            "Acme Inc. Chief",
            "said so. and then",
            "said so.Then",
            "in Jan.\nThe",
        ] {
            let positions: Vec<usize> = placed(text).into_iter().map(|(_, p)| p).collect();
            assert!(positions.windows(2).all(|w| w[1] <= w[0] + 1), "{text}: {positions:?}");
        }
        // A word of two capitals or more is no initial: "WORLD WAR II. The".
        assert_eq!(positions_of("World War II. The end", &["II", "The"]), [2, 3 + SENTENCE_GAP]);
        assert!(ends_with_abbreviation("the U.S"));
        assert!(!ends_with_abbreviation("she said"));
    }

    #[test]
    fn a_modifier_letter_apostrophe_splits_a_word_as_a_right_quote_does() {
        assert_eq!(texts("we wonʼt go"), texts("we won’t go"));
        assert_eq!(texts("we wonʼt go"), ["we", "won", "t", "go"]);
        assert_eq!(asked("wonʼt"), at(&[("won", 0), ("t", 1)]));
        // Alone or between words it is no word.
        assert_eq!(texts("ʼ a ʼb"), ["a", "b"]);
    }

    #[test]
    fn a_joined_word_too_long_to_keep_is_not_made() {
        let long = "a".repeat(30);
        let text = format!("{long}-{long}");
        assert_eq!(texts(&text), [long.clone(), long.clone()]);
        assert_eq!(asked(&text), at(&[(&long, 0), (&long, 1)]));
    }
    #[test]
    fn a_number_word_before_a_share_or_an_amount_is_also_its_digits() {
        assert_eq!(
            placed("rose five pct to"),
            at(&[("rose", 0), ("5%", 1), ("five", 1), ("5", 1), ("percent", 2), ("to", 3)])
        );
        assert_eq!(texts("Three per cent"), ["3%", "Three", "3", "per", "percent", "cent"]);
        assert_eq!(
            placed("two mln dlrs"),
            at(&[
                ("two", 0),
                ("2", 0),
                ("2m", 0),
                ("$2m", 0),
                ("$2000000", 0),
                ("million", 1),
                ("dollars", 2)
            ])
        );
        // Elsewhere a word: "one of them", "five years".
        assert_eq!(texts("one of five years"), ["one", "of", "five", "years"]);
        // A query asks for what was typed: `"five pct"` is the phrase.
        assert_eq!(asked("five pct"), at(&[("five", 0), ("percent", 1)]));
    }

    #[test]
    fn an_amount_is_also_its_normal_spelling_however_written() {
        let normal = |text: &str| {
            texts(text).into_iter().filter(|w| w.contains('$') || w.contains('£')).collect::<Vec<_>>()
        };
        // Each also the sum in full, as "$100,000,000" is.
        // The scale is part of the amount: none is the price `$100`.
        assert_eq!(normal("100 mln dlrs"), ["$100m", "$100000000"]);
        assert_eq!(normal("$100 million"), ["$100m", "$100000000"]);
        assert_eq!(normal("100 million dollars"), ["$100m", "$100000000"]);
        assert_eq!(normal("100 mln U.S. dlrs"), ["$100m", "$100000000"]);
        assert_eq!(normal("£1.2 billion"), ["£1.2bn", "£1200000000"]);
        assert_eq!(normal("1.2 billion pounds"), ["£1.2bn", "£1200000000"]);
        assert_eq!(normal("1.20 bln stg"), ["£1.2bn", "£1200000000"]);
        assert_eq!(normal("£1.2 bn"), ["£1.2bn", "£1200000000"]);
        assert_eq!(normal("$18m and $18 a barrel"), ["$18m", "$18000000", "$18"]);
        assert_eq!(normal("500 dlrs, 100 pounds"), ["$500"]);
        assert_eq!(texts("5 bln yen")[..3], ["5", "5bn", "¥5bn"]);
        // Beside the words as written, at the figure's position.
        assert_eq!(placed("$100 million loan")[..3], at(&[("100", 0), ("100m", 0), ("$100m", 0)]));
        assert_eq!(placed("$100 million loan")[3..], at(&[("$100000000", 0), ("million", 1), ("loan", 2)]));
        // Joined, spaced or abbreviated alike.
        assert_eq!(texts("2.5mln"), ["2.5mln", "2.5", "2.5m"]);
        assert_eq!(texts("2.5mn shares"), ["2.5mn", "2.5", "2.5m", "shares"]);
        assert_eq!(texts("2.5 mln shares")[..2], ["2.5", "2.5m"]);
        // A query asks for an amount typed as one word in its normal spelling.
        assert_eq!(asked("2.5mln"), at(&[("2.5m", 0)]));
        assert_eq!(asked("$1.20bn"), at(&[("$1.2bn", 0)]));
        assert_eq!(asked("£1.2bn rise"), at(&[("£1.2bn", 0), ("rise", 1)]));
        assert_eq!(asked("100 mln dlrs"), at(&[("100", 0), ("million", 1), ("dollars", 2)]));
    }

    #[test]
    fn american_money_is_the_amount_the_bbc_and_the_wire_write() {
        // b, B and MM after a sign are billions and millions; k thousands, in full.
        assert_eq!(asked("$1.2B"), at(&[("$1.2bn", 0)]));
        assert_eq!(asked("$1.2b"), at(&[("$1.2bn", 0)]));
        assert_eq!(asked("$5MM"), at(&[("$5m", 0)]));
        assert_eq!(asked("$25k"), at(&[("$25000", 0)]));
        assert_eq!(asked("$25K"), at(&[("$25000", 0)]));
        assert_eq!(asked("$2.5k"), at(&[("$2500", 0)]));
        assert_eq!(asked("US$1bn"), at(&[("$1bn", 0)]));
        assert_eq!(asked("us$100m rise"), at(&[("$100m", 0), ("rise", 1)]));
        // Not without a sign: a version, millimetres.
        assert_eq!(asked("802.11b"), at(&[("802.11b", 0)]));
        assert!(!texts("802.11b").iter().any(|w| w.contains("bn")));
        assert!(texts("a 35mm film").iter().all(|w| w != "35m"));
        // The index holds a sum in full and in its scale, either way written.
        assert!(texts("$1.2B deal").contains(&"$1.2bn".to_string()));
        assert!(texts("$25k prize").contains(&"$25000".to_string()));
        assert!(texts("$1.2 million").contains(&"$1200000".to_string()));
        assert!(texts("1.2 mln dlrs").contains(&"$1200000".to_string()));
        assert!(texts("$1,200,000 fine").contains(&"$1.2m".to_string()));
        assert!(texts("1,650,000 dlrs").contains(&"$1.65m".to_string()));
        assert!(texts("£2,500,000,000").contains(&"£2.5bn".to_string()));
        // Not a sum that its scale would round, nor one below a million.
        assert!(!texts("$1,234,567").iter().any(|w| w.ends_with('m')));
        assert!(!texts("$250,000").iter().any(|w| w.ends_with('k') || w.ends_with('m')));
        assert_eq!(scaled_from_full("1,250,000"), Some("1.25m".to_string()));
        assert_eq!(in_full("1.2", "bn"), Some("1200000000".to_string()));
        assert_eq!(in_full("1.2345", "k"), None);
    }

    #[test]
    fn a_version_letter_after_a_figure_is_also_the_figure() {
        assert_eq!(placed("802.11b wireless"), at(&[("802.11b", 0), ("802.11", 0), ("wireless", 1)]));
        assert_eq!(texts("the W800i phone"), ["the", "W800i", "W800", "phone"]);
        // A query asks for what is typed.
        assert_eq!(asked("802.11b"), at(&[("802.11b", 0)]));
        // Not a decade, a unit, a capital or an ordinal.
        assert_eq!(texts("1980s"), ["1980s"]);
        assert_eq!(texts("5G 3D 4th"), ["5G", "3D", "4th"]);
        assert_eq!(texts("200g"), ["200g", "200", "g"]);
    }

    #[test]
    fn other_dollars_keep_their_letters() {
        assert_eq!(texts("A$8.4bn")[..2], ["A$8.4bn", "8.4bn"]);
        assert_eq!(texts("HK$6.31bn")[0], "HK$6.31bn");
        assert!(!texts("A$8.4bn HK$6.31bn").iter().any(|w| w.starts_with('$')));
        assert_eq!(texts("50 mln Australian dlrs")[..3], ["50", "50m", "a$50m"]);
        // An article before a dollar is no Australian one.
        assert_eq!(texts("a $1bn deal")[..2], ["a", "$1bn"]);
        assert_eq!(asked("A$1bn"), at(&[("A$1bn", 0)]));
        assert_eq!(asked("a$1bn hk$2m"), at(&[("a$1bn", 0), ("hk$2m", 1)]));
        assert_eq!(texts("a$1bn")[..2], ["a", "$1bn"]);
        assert_eq!(texts("US$1.2bn")[..2], ["US", "$1.2bn"]);
    }

    #[test]
    fn a_share_or_a_range_of_shares_is_one_word() {
        assert_eq!(placed("up 10-15%")[..2], at(&[("up", 0), ("10-15%", 1)]));
        assert_eq!(texts("10-15 pct")[0], "10-15%");
        assert_eq!(asked("10-15%"), at(&[("10-15%", 0)]));
        assert_eq!(positions_taken("10-15%"), 2);
        // Joined or spaced as typed.
        assert_eq!(texts("3.5pct"), ["3.5%", "3.5pct", "3.5", "percent"]);
        assert_eq!(asked("3.5pct"), at(&[("3.5%", 0)]));
        assert_eq!(asked("3.5 %"), at(&[("3.5%", 0)]));
    }

    #[test]
    fn a_wire_fraction_is_its_value_and_no_range() {
        // One word at one position, its value, as "7.5 pct" is: a phrase finds either.
        assert_eq!(placed("7-1/2 pct"), at(&[("7.5%", 0), ("7.5", 0), ("percent", 1)]));
        assert_eq!(placed("7-1/2 pct"), placed("7.5 pct"));
        assert_eq!(placed("rate to 5-1/2 pct from"), placed("rate to 5.5 pct from"));
        assert_eq!(placed("7-1/2%"), placed("7.5%"));
        assert_eq!(texts("10-15/16 pct"), ["10.9375%", "10.9375", "percent"]);
        // A query asks for the value, so that "7-1/2 pct" typed finds "7.5 pct" too.
        assert_eq!(asked("7-1/2 pct"), at(&[("7.5", 0), ("percent", 1)]));
        assert_eq!(asked("rate to 7-3/4 pct"), asked("rate to 7.75 pct"));
        assert_eq!(asked("7-1/2%"), at(&[("7.5%", 0)]));
        // Not a fraction: a date, a sixth, nothing after.
        assert_eq!(texts("9-11/12"), ["9-11", "9", "11", "12"]);
        assert_eq!(words("7-1/2 pct")[0], ("7.5%".to_string(), 0..9));
        assert_eq!(words("7-1/2 pct")[1], ("7.5".to_string(), 0..5));
    }

    #[test]
    fn a_number_word_before_percentage_point_is_its_digits() {
        assert_eq!(
            placed("one percentage point"),
            at(&[("one", 0), ("1", 0), ("percentage", 1), ("point", 2)])
        );
        assert_eq!(asked("one percentage point"), asked("1 percentage point"));
        assert_eq!(asked("Two percentage points"), at(&[("2", 0), ("percentage", 1), ("points", 2)]));
        // "Point" alone is no unit: "at one point" is prose.
        assert_eq!(placed("at one point"), at(&[("at", 0), ("one", 1), ("point", 2)]));
        assert_eq!(asked("one point"), at(&[("one", 0), ("point", 1)]));
    }

    #[test]
    fn a_figure_in_full_of_a_million_or_more_is_also_its_scale() {
        // "1,792,000 tonnes" holds `1.792m`, as "1.792 mln tonnes" does.
        assert_eq!(placed("1,792,000 tonnes"), at(&[("1792000", 0), ("1.792m", 0), ("tonnes", 1)]));
        assert!(texts("1.792 mln tonnes").contains(&"1.792m".to_string()));
        // A sum not said exactly by three decimals, or below a million, stays as written.
        assert!(!texts("1,234,567 tonnes").iter().any(|w| w.ends_with('m')));
        assert!(!texts("792,000 tonnes").iter().any(|w| w.ends_with('m') || w.ends_with('k')));
    }

    #[test]
    fn a_bare_figure_of_an_amount_points_at_its_sign_too() {
        let found = words("up from $450m");
        let bare: Vec<_> =
            found.iter().filter(|w| w.0 == "450m" || w.0 == "450").map(|w| w.1.clone()).collect();
        assert_eq!(bare, [8..13, 8..13]);
    }
}
