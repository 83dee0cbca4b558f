//! The features the CRF tagger sees for each word of a line.
//!
//! One function, [`Prepared::features_into`], produces them as the pieces of strings
//! (`w=` + `frey`, `s-1=` + `Xx`, `g+1=` + `L`). The tagger combines the pieces' hashes
//! into the string's hash ([`PieceHash`]) to look its weights up, without writing the string;
//! the training dumper (`examples/ner_features.rs`) writes the very same strings for
//! CRFsuite. Training and tagging therefore see identical tokens and features by
//! construction.
//!
//! Per word: the word and its lower case, its shape, a prefix and suffixes, sentence and
//! line position, the words and shapes around it (±2 and ±1), whether punctuation is next
//! to it, the length of the capitalized run it is in, title/honorific and speech-verb
//! cues, an organization-suffix cue for the run, and gazetteer flags (first names,
//! surnames, places, known organizations) for the word and its neighbours.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::crf::PieceHash;
use super::lexicon::{
    ORG_SUFFIXES, TITLES, first_names, fold, function_words, is_known_org_folded, is_title, known_org_names,
    last_names, place_folded, places,
};
use super::tokens::Word;

/// A [`Piece`] of fixed text, hashed at compile time.
macro_rules! fixed {
    ($text:literal) => {
        const { Piece::fixed($text) }
    };
}

/// Gazetteer and cue flags of one word, and the names they have in features.
const FIRST: u16 = 1;
const LAST: u16 = 1 << 1;
const PLACE: u16 = 1 << 2;
const PLACE_B: u16 = 1 << 3;
const PLACE_I: u16 = 1 << 4;
const ORG_B: u16 = 1 << 5;
const ORG_I: u16 = 1 << 6;
const TITLE: u16 = 1 << 7;
const ORG_SUFFIX: u16 = 1 << 8;
const FUNCTION: u16 = 1 << 9;
const SAY: u16 = 1 << 10;
const COUNTRY: u16 = 1 << 11;
/// Not features: the first word of a multi-word place or organization, the second word
/// of a two-word title. They only say where a longer lookup is worth trying.
const PHRASE_START: u16 = 1 << 12;
const TITLE_TAIL: u16 = 1 << 13;
/// The flags that only hold for capitalized words.
const CAPITALIZED_ONLY: u16 = FIRST | LAST | PLACE | COUNTRY | ORG_SUFFIX;

/// Every word the gazetteers and cue lists know, with its flags: one lookup per word, by
/// the hash of the word in lower case that features need anyway ([`PieceHash`]), so the
/// lookup neither hashes nor compares the word again. A test checks that no two words of
/// the lists share a hash.
static LEXICON: LazyLock<FxHashMap<u64, u16>> = LazyLock::new(|| {
    lexicon_words().into_iter().map(|(word, flags)| (PieceHash::of(&word).finish(), flags)).collect()
});

/// The words of [`LEXICON`] with their flags.
fn lexicon_words() -> FxHashMap<String, u16> {
    let mut map: FxHashMap<String, u16> = FxHashMap::default();
    let mut add = |word: &str, flag: u16| *map.entry(word.to_string()).or_default() |= flag;
    for w in function_words() {
        add(w, FUNCTION);
    }
    for t in TITLES {
        match t.split(' ').collect::<Vec<_>>()[..] {
            [one] => add(one, TITLE),
            [_, second] => add(second, TITLE_TAIL),
            _ => {}
        }
    }
    for v in super::rules::SPEECH_VERBS.iter().chain(MORE_SPEECH_VERBS) {
        add(v, SAY);
    }
    first_names().for_each(|w| add(w, FIRST));
    last_names().for_each(|w| add(w, LAST));
    for (name, p) in places() {
        match name.split_once(' ') {
            None => add(name, if p.kind == "city" { PLACE } else { PLACE | COUNTRY }),
            Some((first, _)) => add(first, PHRASE_START),
        }
    }
    for name in known_org_names() {
        if let Some((first, _)) = name.split_once(' ') {
            add(first, PHRASE_START);
        }
    }
    for w in ORG_SUFFIXES {
        add(w, ORG_SUFFIX);
    }
    map
}

const FLAG_NAMES: [(u16, Piece<'static>); 12] = [
    (FIRST, Piece::fixed("F")),
    (LAST, Piece::fixed("L")),
    (PLACE, Piece::fixed("P")),
    (PLACE_B, Piece::fixed("PB")),
    (PLACE_I, Piece::fixed("PI")),
    (ORG_B, Piece::fixed("OB")),
    (ORG_I, Piece::fixed("OI")),
    (TITLE, Piece::fixed("T")),
    (ORG_SUFFIX, Piece::fixed("S")),
    (FUNCTION, Piece::fixed("W")),
    (SAY, Piece::fixed("V")),
    (COUNTRY, Piece::fixed("C")),
];

/// Speech verbs the tagger's `SAY` feature knows beyond [`super::rules::SPEECH_VERBS`].
const MORE_SPEECH_VERBS: &[&str] = &["thinks", "believes", "admitted", "denied"];

/// Per-line working storage, reused from line to line so tagging allocates little.
#[derive(Debug, Default)]
pub struct Prepared {
    text: String,
    lower_at: Vec<(u32, u32, PieceHash)>,
    shape_at: Vec<(u32, u32, PieceHash)>,
    flags: Vec<u16>,
    /// Words that may be part of a name (see [`Prepared::may_be_name`]).
    candidate: Vec<bool>,
    /// Words some feature of a scored word reads; the others are left unprepared.
    needed: Vec<bool>,
    run_len: Vec<u8>,
    run_org: Vec<bool>,
    title_before: Vec<bool>,
    shouting: bool,
    scratch: String,
}

/// Is this line written in capitals (a wire headline, a section label)?
pub fn is_shouting(line: &str) -> bool {
    let (mut letters, mut lower) = (0usize, 0usize);
    let mut left = line.len();
    for c in line.chars() {
        left -= c.len_utf8();
        if c.is_ascii() {
            letters += usize::from(c.is_ascii_alphabetic());
            lower += usize::from(c.is_ascii_lowercase());
        } else if c.is_alphabetic() {
            letters += 1;
            lower += usize::from(!c.is_uppercase());
        }
        // Capitals must end up four times the lower-case letters; even if every byte left
        // were a capital they could not: most prose lines stop here after a few words.
        if lower * 4 > letters - lower + left {
            return false;
        }
    }
    letters >= 12 && (letters - lower) * 10 >= letters * 8
}

fn push_lower(out: &mut String, word: &str) {
    if word.is_ascii() {
        out.extend(word.bytes().map(|b| b.to_ascii_lowercase() as char));
    } else {
        out.push_str(&fold(word));
    }
}

/// The word's shape with repeats collapsed: `Frey` → `Xx`, `O'Hara` → `X'Xx`, `U.S.` →
/// `X.X.`, `1996` → `d`, `McDonald` → `XxXx`.
fn push_shape(out: &mut String, word: &str) {
    let mut last = '\0';
    for c in word.chars() {
        let class = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else {
            c
        };
        if class != last {
            out.push(class);
            last = class;
        }
    }
}

/// The gazetteer and cue flags of a word, given the hash of its lower case.
fn word_flags(w: &Word<'_>, lower: PieceHash) -> u16 {
    let f = LEXICON.get(&lower.finish()).copied().unwrap_or(0);
    if capitalized(w) { f } else { f & !CAPITALIZED_ONLY }
}

fn capitalized(w: &Word<'_>) -> bool {
    w.text.chars().next().is_some_and(char::is_uppercase)
}

impl Prepared {
    /// Computes the per-word information of one line's words, for the features of any word.
    pub fn prepare(&mut self, words: &[Word<'_>], shouting: bool) {
        self.prepare_near_names(words, shouting, words.len());
    }

    /// Computes the per-word information needed for the features of the words `window` or
    /// fewer words from a possible name, which are the only ones the tagger scores. In news
    /// prose about 40% of the words are farther than that from any capitalized word.
    pub fn prepare_near_names(&mut self, words: &[Word<'_>], shouting: bool, window: usize) {
        let n = words.len();
        self.text.clear();
        self.lower_at.clear();
        self.shape_at.clear();
        self.flags.clear();
        self.shouting = shouting;
        // Possible names, and the words their neighbours' features read: features look two
        // words to each side ([`Prepared::features_into`]).
        self.candidate.clear();
        self.needed.clear();
        self.needed.resize(n, false);
        let reach = window.saturating_add(2);
        for (i, w) in words.iter().enumerate() {
            let candidate = w.text.chars().any(char::is_uppercase)
                && !(w.sentence_start && {
                    let mut lower = std::mem::take(&mut self.scratch);
                    lower.clear();
                    push_lower(&mut lower, w.text);
                    let flags = word_flags(w, PieceHash::of(&lower));
                    self.scratch = lower;
                    flags == FUNCTION
                });
            self.candidate.push(candidate);
            if candidate {
                self.needed[i.saturating_sub(reach)..i.saturating_add(reach + 1).min(n)].fill(true);
            }
        }
        let lower = push_lower as fn(&mut String, &str);
        for (push, at) in [(lower, &mut self.lower_at), (push_shape, &mut self.shape_at)] {
            for (w, &needed) in words.iter().zip(&self.needed) {
                let start = self.text.len() as u32;
                if needed {
                    push(&mut self.text, w.text);
                }
                let hash = PieceHash::of(&self.text[start as usize..]);
                at.push((start, self.text.len() as u32, hash));
            }
        }
        for (i, w) in words.iter().enumerate() {
            let f = if self.needed[i] { word_flags(w, self.lower(i).hash) } else { 0 };
            self.flags.push(f);
        }
        // Multi-word gazetteer names: "New York", "United States", "White House".
        for i in 0..n {
            if !capitalized(&words[i]) || self.flags[i] & PHRASE_START == 0 {
                continue;
            }
            for k in (2..=4).rev() {
                if i + k > n
                    || words[i..i + k - 1].iter().any(|w| w.break_after)
                    || !capitalized(&words[i + k - 1])
                {
                    continue;
                }
                let mut phrase = std::mem::take(&mut self.scratch);
                phrase.clear();
                for j in i..i + k {
                    if j > i {
                        phrase.push(' ');
                    }
                    phrase.push_str(self.lower(j).text);
                }
                let found = if place_folded(&phrase).is_some() {
                    Some((PLACE_B, PLACE_I))
                } else if is_known_org_folded(&phrase) {
                    Some((ORG_B, ORG_I))
                } else {
                    None
                };
                self.scratch = phrase;
                if let Some((b, inside)) = found {
                    self.flags[i] |= b;
                    for f in &mut self.flags[i + 1..i + k] {
                        *f |= inside;
                    }
                    break;
                }
            }
        }
        // Capitalized runs (no punctuation inside): length and whether an organization
        // word ends them ("Lumenfield Analytics", "Border Patrol").
        self.run_len.clear();
        self.run_len.resize(n, 0);
        self.run_org.clear();
        self.run_org.resize(n, false);
        let mut i = 0;
        while i < n {
            if !capitalized(&words[i]) {
                i += 1;
                continue;
            }
            let mut j = i;
            while j + 1 < n && !words[j].break_after && capitalized(&words[j + 1]) {
                j += 1;
            }
            let len = (j + 1 - i).min(5) as u8;
            let org = j > i && self.flags[j] & ORG_SUFFIX != 0;
            for k in i..=j {
                self.run_len[k] = len;
                self.run_org[k] = org;
            }
            i = j + 1;
        }
        // A title right before: "Mayor Jacob Frey", "said chief executive Tim Cook".
        self.title_before.clear();
        for i in 0..n {
            let one = i >= 1 && !words[i - 1].break_after && self.flags[i - 1] & TITLE != 0;
            let two = i >= 2
                && self.flags[i - 1] & TITLE_TAIL != 0
                && !words[i - 2].break_after
                && !words[i - 1].break_after
                && {
                    let mut phrase = std::mem::take(&mut self.scratch);
                    phrase.clear();
                    phrase.push_str(self.lower(i - 2).text);
                    phrase.push(' ');
                    phrase.push_str(self.lower(i - 1).text);
                    let t = is_title(&phrase);
                    self.scratch = phrase;
                    t
                };
            self.title_before.push(one || two);
        }
    }

    /// Could word `i` be part of a name? Names have a capital letter; a sentence's first
    /// word that is only a function word ("The", "But") does not count.
    pub fn may_be_name(&self, i: usize) -> bool {
        self.candidate[i]
    }

    /// Word `i` in lower case, as a feature piece.
    fn lower(&self, i: usize) -> Piece<'_> {
        let (a, b, hash) = self.lower_at[i];
        Piece { text: &self.text[a as usize..b as usize], hash }
    }

    /// Word `i`'s shape, as a feature piece.
    fn shape(&self, i: usize) -> Piece<'_> {
        let (a, b, hash) = self.shape_at[i];
        Piece { text: &self.text[a as usize..b as usize], hash }
    }

    /// The few features that hold a word far from any possible name outside names: the
    /// bias and the word's shape.
    pub fn outside_features(&self, _words: &[Word<'_>], i: usize, buf: &mut String, emit: impl FnMut(&str)) {
        let sink = &mut FeatureText { buf, emit };
        sink.put(&[fixed!("b")]);
        sink.put(&[fixed!("s="), self.shape(i)]);
    }

    /// Calls `emit` with every feature of word `i` as a string; `buf` is scratch space.
    pub fn features(&self, words: &[Word<'_>], i: usize, buf: &mut String, emit: impl FnMut(&str)) {
        self.features_into(words, i, &mut FeatureText { buf, emit });
    }

    /// Gives `sink` every feature of word `i`, as the pieces it is made of.
    pub fn features_into(&self, words: &[Word<'_>], i: usize, sink: &mut impl FeatureSink) {
        let n = words.len();
        let mut put = |parts: &[Piece<'_>]| sink.put(parts);
        let w = &words[i];
        let lower = self.lower(i);
        let shape = self.shape(i);
        let (line_start, line_end) = (fixed!("^"), fixed!("$"));
        put(&[fixed!("b")]);
        put(&[fixed!("w="), lower]);
        put(&[fixed!("s="), shape]);
        if self.shouting {
            put(&[fixed!("hl")]);
        }
        // Neighbouring words and shapes; "^" and "$" mark the ends of the line.
        for (name, off) in
            [(fixed!("w-2="), -2isize), (fixed!("w-1="), -1), (fixed!("w+1="), 1), (fixed!("w+2="), 2)]
        {
            let j = i as isize + off;
            let value = if j < 0 {
                line_start
            } else if j as usize >= n {
                line_end
            } else {
                self.lower(j as usize)
            };
            put(&[name, value]);
        }
        let before = if i == 0 { line_start } else { self.shape(i - 1) };
        let after = if i + 1 >= n { line_end } else { self.shape(i + 1) };
        put(&[fixed!("s-1="), before]);
        put(&[fixed!("s+1="), after]);
        // Shape pairs, and the word before a capitalized word ("mr|Xx", "said|Xx").
        put(&[fixed!("sb="), before, fixed!("|"), shape]);
        put(&[fixed!("sa="), shape, fixed!("|"), after]);
        let cap = capitalized(w);
        if cap && i > 0 {
            put(&[fixed!("wc="), self.lower(i - 1)]);
        }
        // Capitalized inside a sentence; first names before and after capitalized words.
        if cap && !w.sentence_start {
            put(&[fixed!("cm")]);
        }
        if self.flags[i] & FIRST != 0 && i + 1 < n && !w.break_after && capitalized(&words[i + 1]) {
            put(&[fixed!("fc")]);
        }
        if cap && i > 0 && !words[i - 1].break_after && self.flags[i - 1] & FIRST != 0 {
            put(&[fixed!("cf")]);
        }
        // Affixes of longer words.
        let lower = lower.text;
        let chars = lower.chars().count();
        if chars > 3 {
            let p3_end = lower.char_indices().nth(3).map_or(lower.len(), |(k, _)| k);
            put(&[fixed!("p3="), Piece::of(&lower[..p3_end])]);
            let s3_start = lower.char_indices().nth(chars - 3).map_or(0, |(k, _)| k);
            put(&[fixed!("s3="), Piece::of(&lower[s3_start..])]);
        }
        if chars > 5 {
            let s4_start = lower.char_indices().nth(chars - 4).map_or(0, |(k, _)| k);
            put(&[fixed!("s4="), Piece::of(&lower[s4_start..])]);
        }
        // Position and punctuation.
        if w.sentence_start {
            put(&[fixed!("ss="), shape]);
        }
        if i == 0 {
            put(&[fixed!("l0")]);
        }
        if w.break_after {
            put(&[fixed!("pa")]);
        }
        if i > 0 && words[i - 1].break_after {
            put(&[fixed!("pb")]);
        }
        if w.possessive {
            put(&[fixed!("pos")]);
        }
        // Capitalized run, titles, speech verbs, organization words.
        if self.run_len[i] > 0 {
            const LEN: [Piece<'static>; 6] = [
                Piece::fixed("0"),
                Piece::fixed("1"),
                Piece::fixed("2"),
                Piece::fixed("3"),
                Piece::fixed("4"),
                Piece::fixed("5"),
            ];
            put(&[fixed!("rl="), LEN[self.run_len[i] as usize]]);
            if self.run_org[i] {
                put(&[fixed!("ro")]);
            }
        }
        if self.title_before[i] {
            put(&[fixed!("t-1")]);
        }
        if i + 1 < n && !w.break_after && self.flags[i + 1] & SAY != 0 {
            put(&[fixed!("v+1")]);
        }
        // Gazetteer and cue flags of this word and its neighbours.
        for (name, off) in [(fixed!("g="), 0isize), (fixed!("g-1="), -1), (fixed!("g+1="), 1)] {
            let j = i as isize + off;
            if j < 0 || j as usize >= n {
                continue;
            }
            let f = self.flags[j as usize];
            for (bit, flag) in FLAG_NAMES {
                if f & bit != 0 {
                    put(&[name, flag]);
                }
            }
        }
    }
}

/// A piece of a feature's text, with its hash.
#[derive(Clone, Copy, Debug)]
pub struct Piece<'a> {
    text: &'a str,
    hash: PieceHash,
}

impl<'a> Piece<'a> {
    /// A piece whose hash is worked out at compile time (see [`fixed!`]).
    const fn fixed(text: &'static str) -> Piece<'static> {
        Piece { text, hash: PieceHash::of(text) }
    }

    /// A piece hashed now.
    fn of(text: &'a str) -> Piece<'a> {
        Piece { text, hash: PieceHash::of(text) }
    }
}

/// Where the features of a word go: the tagger wants their hashes ([`FeatureHashes`]),
/// training wants their text ([`Prepared::features`]).
pub trait FeatureSink {
    /// Takes one feature, the concatenation of `parts`.
    fn put(&mut self, parts: &[Piece<'_>]);
}

/// Appends each feature's table key ([`PieceHash::finish`]) to a vector.
pub struct FeatureHashes<'v>(pub &'v mut Vec<u64>);

impl FeatureSink for FeatureHashes<'_> {
    #[inline]
    fn put(&mut self, parts: &[Piece<'_>]) {
        let hash = parts.iter().fold(PieceHash::EMPTY, |h, p| h.then(p.hash));
        self.0.push(hash.finish());
    }
}

/// Writes each feature's text into one reused buffer and hands it on.
struct FeatureText<'b, F> {
    buf: &'b mut String,
    emit: F,
}

impl<F: FnMut(&str)> FeatureSink for FeatureText<'_, F> {
    fn put(&mut self, parts: &[Piece<'_>]) {
        self.buf.clear();
        for p in parts {
            self.buf.push_str(p.text);
        }
        (self.emit)(self.buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tokens::words;

    fn features_of(line: &str, target: &str) -> Vec<String> {
        let ws = words(line);
        let mut p = Prepared::default();
        p.prepare(&ws, is_shouting(line));
        let i = ws.iter().position(|w| w.text == target).unwrap();
        let mut out = Vec::new();
        p.features(&ws, i, &mut String::new(), |f| out.push(f.to_string()));
        out
    }

    #[test]
    fn no_two_lexicon_words_share_a_hash() {
        let words = lexicon_words();
        assert!(words.len() > 10_000, "{} words", words.len());
        assert_eq!(LEXICON.len(), words.len());
        assert_eq!(LEXICON.get(&PieceHash::of("mayor").finish()), words.get("mayor"));
    }

    #[test]
    fn lines_in_capitals_are_shouting() {
        assert!(is_shouting("U.S. HOUSE PASSES FARM BILL"));
        assert!(is_shouting("CRÉDIT AGRICOLE SAYS PROFITS ROSE, Reuters"));
        assert!(!is_shouting("The U.S. House passed the farm bill on Tuesday."));
        assert!(!is_shouting("NEW YORK"), "too few letters to tell");
        assert!(!is_shouting("OPEC AGREES TO CUT output as prices fall"));
        assert!(is_shouting("reuters - OPEC AGREES TO CUT OUTPUT AS PRICES FALL"), "capitals come back");
    }

    #[test]
    fn shapes_collapse_repeats() {
        let mut s = String::new();
        for w in ["Frey", "O'Hara", "U.S.", "1996", "McDonald", "Renée"] {
            push_shape(&mut s, w);
            s.push(' ');
        }
        assert_eq!(s, "Xx X'Xx X.X. d XxXx Xx ");
    }

    #[test]
    fn features_name_the_word_its_context_and_gazetteers() {
        let f = features_of("Minneapolis Mayor Jacob Frey said on Tuesday.", "Jacob");
        for want in ["w=jacob", "s=Xx", "w-1=mayor", "w+1=frey", "w-2=minneapolis", "t-1", "g=F", "rl=4"] {
            assert!(f.contains(&want.to_string()), "{want} missing from {f:?}");
        }
        let f = features_of("Minneapolis Mayor Jacob Frey said on Tuesday.", "Frey");
        assert!(f.contains(&"v+1".to_string()), "{f:?}");
        let f = features_of("He flew to New York on Monday.", "New");
        assert!(f.contains(&"g=PB".to_string()), "{f:?}");
        let f = features_of("the Minneapolis-based Lumenfield Analytics said", "Lumenfield");
        assert!(f.contains(&"ro".to_string()), "{f:?}");
    }
}
