//! Duplicate articles: the same story filed twice, or a wire copy re-published with small
//! edits.
//!
//! Each article gets two fingerprints at ingest:
//! - `text_hash`: a hash of its words (lower-cased, punctuation and spacing ignored), equal
//!   for exact duplicates;
//! - `minhash`: a MinHash signature ([`SIGNATURE_LEN`] one-byte minima) of its set of
//!   overlapping three-word shingles. The share of equal bytes between two signatures
//!   estimates the Jaccard similarity of the shingle sets; at [`NEAR_JACCARD`] or more the
//!   articles are near duplicates (a wire story re-published with a changed sentence, a
//!   new byline, a correction). Texts with fewer than [`MIN_SHINGLES`] shingles get no
//!   signature and only ever match exactly.
//!
//! Search collapses duplicates under the best-scoring copy; `newsdex duplicates` lists the
//! groups. Two texts in the same words but for a figure, sent on other days, are not copies
//! but two reports of a series (a daily report with the day's figures:
//! [`CutShortText::another_report`]); a group holding such reports is cut into each
//! report's copies.

use std::hash::Hasher;

use rustc_hash::{FxHashMap, FxHashSet};

use xxhash_rust::xxh3::{Xxh3, xxh3_64};

/// Bytes in a MinHash signature (one per hash function).
pub const SIGNATURE_LEN: usize = 32;

/// Estimated Jaccard similarity of shingle sets at or above which two articles are near
/// duplicates.
pub const NEAR_JACCARD: f64 = 0.7;

/// Below this many shingles (about 25 words) a text is only compared exactly.
pub const MIN_SHINGLES: usize = 24;

/// The fingerprints of one article's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    /// Hash of the normalized words: equal for exact duplicates.
    pub text_hash: u64,
    /// MinHash signature of the word shingles; empty when the text is too short.
    pub minhash: Vec<u8>,
}

/// Odd 32-bit multipliers and offsets: `a·x + b mod 2³²` is a permutation of the shingle
/// hashes for each of the [`SIGNATURE_LEN`] lanes, so each shingle is hashed once and the
/// lanes vectorize.
const fn lanes() -> ([u32; SIGNATURE_LEN], [u32; SIGNATURE_LEN]) {
    let mut a = [0u32; SIGNATURE_LEN];
    let mut b = [0u32; SIGNATURE_LEN];
    let mut x = 0x9E37_79B9_7F4A_7C15u64;
    let mut i = 0;
    while i < SIGNATURE_LEN {
        // splitmix64 steps: fixed, well-mixed constants.
        x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        a[i] = (z as u32) | 1;
        b[i] = (z >> 32) as u32;
        i += 1;
    }
    (a, b)
}

const LANES: ([u32; SIGNATURE_LEN], [u32; SIGNATURE_LEN]) = lanes();

/// A hash of one word, lower-cased, without allocating for ASCII words.
fn word_hash(word: &str) -> u64 {
    if word.is_ascii() {
        let mut buf = [0u8; 64];
        if word.len() <= buf.len() {
            for (d, s) in buf.iter_mut().zip(word.bytes()) {
                *d = s.to_ascii_lowercase();
            }
            return xxh3_64(&buf[..word.len()]);
        }
    }
    xxh3_64(word.to_lowercase().as_bytes())
}

/// The fingerprints of an article: of its body, or of its headline when it has none. A
/// body too short for a signature is compared with its headline: the same few words under
/// two headlines ("NIL", "Qtly div 20 cts vs 20 cts prior") are two stories, while a long
/// text re-published under a new headline is still a copy.
pub fn article_fingerprint(title: Option<&str>, body: &str) -> Fingerprint {
    let title = title.unwrap_or("");
    if body.trim().is_empty() {
        return fingerprint(title);
    }
    let print = fingerprint(body);
    if !print.minhash.is_empty() || title.trim().is_empty() {
        return print;
    }
    let mut exact = Xxh3::new();
    exact.write_u64(fingerprint(title).text_hash);
    exact.write_u64(print.text_hash);
    Fingerprint { text_hash: exact.finish(), minhash: print.minhash }
}

/// Computes the fingerprints of a text.
pub fn fingerprint(text: &str) -> Fingerprint {
    let words: Vec<u64> =
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(word_hash).collect();
    let mut exact = Xxh3::new();
    for w in &words {
        exact.write_u64(*w);
    }
    let minhash = if words.len().saturating_sub(2) < MIN_SHINGLES {
        Vec::new()
    } else {
        let (a, b) = &LANES;
        let mut minima = [u32::MAX; SIGNATURE_LEN];
        for w in words.windows(3) {
            // A shingle's hash from its three word hashes (order matters).
            let h = w[0].rotate_left(21) ^ w[1].rotate_left(42) ^ w[2];
            let h = (h ^ (h >> 29)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            let x = (h >> 32) as u32;
            for lane in 0..SIGNATURE_LEN {
                minima[lane] = minima[lane].min(a[lane].wrapping_mul(x).wrapping_add(b[lane]));
            }
        }
        // One byte per minimum (b-bit MinHash, Li & König 2010): its low bits, which are
        // independent of the high bits that decided it was the minimum.
        minima.iter().map(|&m| m as u8).collect()
    };
    Fingerprint { text_hash: exact.finish(), minhash }
}

/// Estimated Jaccard similarity of two signatures (0 when either is missing). One-byte
/// minima agree by chance 1 time in 256; the estimate corrects for that.
pub fn similarity(a: &[u8], b: &[u8]) -> f64 {
    if a.len() != SIGNATURE_LEN || b.len() != SIGNATURE_LEN {
        return 0.0;
    }
    let equal = a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / SIGNATURE_LEN as f64;
    ((equal - 1.0 / 256.0) / (1.0 - 1.0 / 256.0)).max(0.0)
}

/// Are two articles duplicates (exact, or near by MinHash)?
pub fn same_story(a: &Fingerprint, b: &Fingerprint) -> bool {
    a.text_hash == b.text_hash || similarity(&a.minhash, &b.minhash) >= NEAR_JACCARD
}

/// Keys of a signature such that any two signatures near enough to be the same story
/// ([`same_story`] by MinHash) share at least one: the signature cut into as many bands as
/// near copies may differ in bytes, plus one, so a near copy leaves one band whole
/// (pigeonhole). Each key is a band's number and bytes. Exact, unlike sampling bands:
/// looking up the keys finds every near copy, and few others (a band of three bytes
/// agrees by chance once in 16 million).
pub fn near_keys(minhash: &[u8]) -> impl Iterator<Item = (u8, [u8; 3])> + '_ {
    let width = SIGNATURE_LEN / NEAR_KEY_BANDS;
    let bands = if minhash.len() == SIGNATURE_LEN { NEAR_KEY_BANDS } else { 0 };
    (0..bands).map(move |band| {
        let at = band * width;
        (band as u8, [minhash[at], minhash[at + 1], minhash[at + 2]])
    })
}

/// Bands of [`near_keys`]: one more than the bytes two near copies may differ in.
const NEAR_KEY_BANDS: usize = {
    // The fewest equal bytes of a near copy: `similarity` ≥ NEAR_JACCARD.
    let mut equal = 0;
    while (equal as f64 / SIGNATURE_LEN as f64 - 1.0 / 256.0) / (1.0 - 1.0 / 256.0) < NEAR_JACCARD {
        equal += 1;
    }
    SIGNATURE_LEN - equal + 1
};
const _: () = assert!(SIGNATURE_LEN / NEAR_KEY_BANDS == 3, "near_keys takes bands of three bytes");

/// Groups articles that are copies of one another (exact or near, transitively), each
/// group sorted, largest groups first. Only groups of two or more are returned.
///
/// Candidate pairs come from locality-sensitive hashing: signatures are cut into 8 bands
/// of 4 bytes, and articles sharing a band are compared, so the whole index is grouped
/// without comparing every pair.
pub fn groups(prints: &[Fingerprint]) -> Vec<Vec<usize>> {
    let mut sets = DisjointSets::new(prints.len());
    let mut exact: FxHashMap<u64, usize> = FxHashMap::default();
    for (i, p) in prints.iter().enumerate() {
        match exact.get(&p.text_hash) {
            Some(&first) => sets.join(first, i),
            None => {
                exact.insert(p.text_hash, i);
            }
        }
    }
    const BANDS: usize = 8;
    const MAX_BUCKET: usize = 200;
    let mut buckets: FxHashMap<(usize, [u8; 4]), Vec<usize>> = FxHashMap::default();
    for (i, p) in prints.iter().enumerate() {
        if p.minhash.len() != SIGNATURE_LEN {
            continue;
        }
        for band in 0..BANDS {
            let key: [u8; 4] = p.minhash[band * 4..band * 4 + 4].try_into().expect("4 bytes");
            buckets.entry((band, key)).or_default().push(i);
        }
    }
    for members in buckets.values() {
        for (n, &a) in members.iter().enumerate().take(MAX_BUCKET) {
            for &b in &members[n + 1..members.len().min(MAX_BUCKET)] {
                if !sets.together(a, b) && similarity(&prints[a].minhash, &prints[b].minhash) >= NEAR_JACCARD
                {
                    sets.join(a, b);
                }
            }
        }
    }
    sets.largest_groups()
}

/// Items joined into sets (a union-find): which copies make one story. Each set is named
/// by its smallest item, so what it gathers, and the order [`DisjointSets::sets`] gives,
/// do not depend on the order the items were joined in. For [`groups`], [`groups_with`]
/// and the search's folding of re-runs cut short.
pub struct DisjointSets {
    /// Each item's parent; a set's smallest item is its own.
    parent: Vec<usize>,
}

impl DisjointSets {
    /// Items `0..n`, each a set of its own.
    pub fn new(n: usize) -> DisjointSets {
        DisjointSets { parent: (0..n).collect() }
    }

    /// The smallest item of `i`'s set (the path to it halved on the way).
    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Makes one set of `a`'s and `b`'s.
    pub fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }

    /// Whether `a` and `b` are in one set.
    pub fn together(&mut self, a: usize, b: usize) -> bool {
        self.find(a) == self.find(b)
    }

    /// Every set, its items in order, the sets in the order of their smallest item.
    pub fn sets(&mut self) -> Vec<Vec<usize>> {
        let mut slot_of = vec![usize::MAX; self.parent.len()];
        let mut sets: Vec<Vec<usize>> = Vec::new();
        for i in 0..self.parent.len() {
            let root = self.find(i);
            if slot_of[root] == usize::MAX {
                slot_of[root] = sets.len();
                sets.push(Vec::new());
            }
            sets[slot_of[root]].push(i);
        }
        sets
    }

    /// The sets of two or more items, as [`groups`] lists them: largest first, then by
    /// their smallest item.
    fn largest_groups(&mut self) -> Vec<Vec<usize>> {
        let mut out: Vec<Vec<usize>> = self.sets().into_iter().filter(|g| g.len() > 1).collect();
        // Stable: of sets alike in size, the one with the smallest item stays first.
        out.sort_by_key(|g| std::cmp::Reverse(g.len()));
        out
    }
}

/// At least this share of the shorter text's shingles must be in the longer for a
/// re-run cut short (a correction sending the first paragraphs again, a shorter
/// version of a wire story) to be a near copy ([`cut_short_copy`]).
pub const CUT_SHORT_CONTAINMENT: f64 = 0.8;

/// [`CUT_SHORT_CONTAINMENT`] for a re-run marked as a correction under its story's
/// headline ([`headline_key`]).
pub const CORRECTION_CONTAINMENT: f64 = 0.6;

/// A re-run not marked as a correction is cut short when it has at most this share of
/// the longer text's words: one as long is for the MinHash rule to judge ([`same_story`]),
/// so that two days' reports in the same words, a figure apart, stay two.
pub const CUT_SHORT_LENGTH: f64 = 0.9;

/// Equal signature bytes (of [`SIGNATURE_LEN`]) from which two articles published close
/// together are compared as a possible re-run cut short ([`cut_short_candidates`]). A text
/// cut to a third of the other shares about a quarter of the shingles of both, so 8 bytes
/// of 32 on average; two unrelated texts share 3 bytes by chance once in about 3,000 pairs.
const CUT_SHORT_EQUAL_BYTES: usize = 3;

/// Pairs of articles (indexes into `items`: publication time, MinHash signature) that may
/// be a story and its re-run cut short: published within `hours` of each other, with
/// signatures sharing a few bytes (a shorter copy of a text shares its share of the
/// longer's shingles). Undated articles and texts without a signature take no part.
/// Each pair is (earlier index, later index) in `items`.
pub fn cut_short_candidates(items: &[(Option<i64>, &[u8])], hours: i64) -> Vec<(usize, usize)> {
    let mut dated: Vec<(i64, usize)> = items
        .iter()
        .enumerate()
        .filter(|(_, (at, sig))| at.is_some() && sig.len() == SIGNATURE_LEN)
        .map(|(i, (at, _))| (at.expect("filtered"), i))
        .collect();
    dated.sort_unstable();
    // Each signature as words of 8 bytes, side by side in the order of time: every article
    // is compared with all those of its window (hundreds in a day of a wire), so the
    // comparison is a few XORs over memory read in order.
    let words: Vec<[u64; SIGNATURE_WORDS]> =
        dated.iter().map(|&(_, i)| signature_words(items[i].1)).collect();
    let window = hours * 3600;
    let mut pairs = Vec::new();
    for (n, &(at, i)) in dated.iter().enumerate() {
        let a = &words[n];
        for (m, &(later, j)) in dated.iter().enumerate().skip(n + 1) {
            if later - at >= window {
                break;
            }
            let b = &words[m];
            let equal: u32 = a.iter().zip(b).map(|(x, y)| zero_bytes(x ^ y)).sum();
            if equal as usize >= CUT_SHORT_EQUAL_BYTES {
                pairs.push((i.min(j), i.max(j)));
            }
        }
    }
    pairs
}

/// Words of 8 bytes in a signature.
const SIGNATURE_WORDS: usize = SIGNATURE_LEN / 8;
const _: () = assert!(SIGNATURE_LEN.is_multiple_of(8), "a signature is whole words of 8 bytes");

/// A signature of [`SIGNATURE_LEN`] bytes as words of 8.
fn signature_words(signature: &[u8]) -> [u64; SIGNATURE_WORDS] {
    let mut words = [0; SIGNATURE_WORDS];
    for (word, bytes) in words.iter_mut().zip(signature.chunks_exact(8)) {
        *word = u64::from_le_bytes(bytes.try_into().expect("chunks of 8"));
    }
    words
}

/// How many of the 8 bytes of `x` are 0: the top bit of each byte is set in the mask when
/// the byte is 0 (its low 7 bits, plus 0x7f, carry into the top bit when any is set).
fn zero_bytes(x: u64) -> u32 {
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let low_set = (x & LOW).wrapping_add(LOW);
    (!(low_set | x | LOW)).count_ones()
}

/// A headline without the marks of a re-run: Reuters sends a corrected story as
/// "(CORRECTED) - GOODYEAR <GT> TO SELL CELERON" or "CORRECTED - …", a repeated one as
/// "RPT - …" or "(RPT) …"; other wires write "REPEAT", "REFILE", "UPDATE 1". The words,
/// lower-cased, without punctuation.
pub fn headline_key(title: &str) -> String {
    const MARKS: [&str; 7] = ["corrected", "correction", "rpt", "repeat", "refile", "refiled", "update"];
    let mut words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut start = 0;
    while start < words.len() && MARKS.contains(&words[start].as_str()) {
        start += 1;
        // "UPDATE 1", "UPDATE 2": the number goes with the mark.
        if words[start - 1] == "update"
            && words.get(start).is_some_and(|w| w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()))
        {
            start += 1;
        }
    }
    words.drain(..start);
    words.join(" ")
}

/// Words a text's opening must share, in order, for two texts to "begin alike".
const OPENING_WORDS: usize = 20;

/// Is one text a re-run of the other cut short: under the same headline once the marks of
/// a re-run are set aside ([`headline_key`]) or opening with the same words, and with at
/// least [`CUT_SHORT_CONTAINMENT`] of the shorter text's shingles in the longer? A
/// correction that sends the first three paragraphs again with one figure changed is one;
/// two days' reports under one headline ("U.S. CREDIT MARKET OUTLOOK") are not, their
/// texts being others. Texts too short for a signature ([`MIN_SHINGLES`]) are never one.
/// Each text given as (headline, body); [`CutShortText`] prepares one for many pairs.
pub fn cut_short_copy(a: (Option<&str>, &str), b: (Option<&str>, &str)) -> bool {
    CutShortText::new(a.0, a.1.to_string()).cut_short_copy(&CutShortText::new(b.0, b.1.to_string()))
}

/// An article prepared for [`cut_short_copy`] with each of its candidates: what every pair
/// reads (the headline's key, the body's words) is made once, what only a pair alike by
/// headline or opening reads (shingles, figures) when first asked.
pub struct CutShortText {
    /// The headline's [`headline_key`].
    key: Option<String>,
    /// The headline carries the marks of a re-run ("CORRECTED - …").
    marked: bool,
    /// The body's words, hashed.
    words: Vec<u64>,
    body: String,
    shingles: std::cell::OnceCell<FxHashSet<u64>>,
    figures: std::cell::OnceCell<FxHashSet<u64>>,
    /// Which of `words` hold a figure ([`CutShortText::another_report`]).
    figure_words: std::cell::OnceCell<Vec<bool>>,
}

impl CutShortText {
    /// The article with headline `title` and text `body`.
    pub fn new(title: Option<&str>, body: String) -> CutShortText {
        let key = title.map(headline_key);
        // A correction says what it corrects ("(corrects company name, GGHF, in first
        // paragraph)") and changes the words around it: of its text, a lesser share is
        // found in the story it corrects.
        let marked = title.zip(key.as_deref()).is_some_and(|(t, key)| {
            let plain: Vec<String> = t
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            plain.join(" ") != key
        });
        let words =
            body.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(word_hash).collect();
        CutShortText {
            key,
            marked,
            words,
            body,
            shingles: std::cell::OnceCell::new(),
            figures: std::cell::OnceCell::new(),
            figure_words: std::cell::OnceCell::new(),
        }
    }

    fn shingles(&self) -> &FxHashSet<u64> {
        self.shingles.get_or_init(|| {
            let shingle = |w: &[u64]| w[0].rotate_left(21) ^ w[1].rotate_left(42) ^ w[2];
            self.words.windows(3).map(shingle).collect()
        })
    }

    fn figures(&self) -> &FxHashSet<u64> {
        self.figures.get_or_init(|| figures(&self.body))
    }

    /// Whether this text, published at `at`, and `other`, published at `other_at`, are two
    /// reports of a series rather than copies of one: published [`SERIES_HOURS`] or more
    /// apart, neither marked as a correction, and in the same words but for a figure
    /// changed ([`figure_changed`]): "FED ADDS RESERVES VIA CUSTOMER REPURCHASES" with 1.5
    /// billion dlrs on 2 March and 2.5 billion on 10 March, a lead price of 26.50 cents
    /// then 27. A re-run a day later with the same figures (cut short, its spelling
    /// mended, "yesterday" made "Saturday") is a copy; so is a correction, whenever sent.
    /// Undated articles are never reports of a series.
    pub fn another_report(&self, at: Option<i64>, other: &CutShortText, other_at: Option<i64>) -> bool {
        let (Some(x), Some(y)) = (at, other_at) else { return false };
        if (x - y).abs() < SERIES_HOURS * 3600 || self.marked || other.marked {
            return false;
        }
        figure_changed(&self.words, self.figure_words(), &other.words, other.figure_words())
    }

    /// Which of the body's words hold a figure, in the order of `words`.
    fn figure_words(&self) -> &[bool] {
        self.figure_words.get_or_init(|| {
            self.body
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| w.bytes().any(|b| b.is_ascii_digit()))
                .collect()
        })
    }

    /// [`cut_short_copy`] of this text and `other`: the cheap tests first (lengths,
    /// headlines, openings), shingles and figures only for a pair that passes them.
    pub fn cut_short_copy(&self, other: &CutShortText) -> bool {
        let (a, b) = (self, other);
        let (short, long) = if a.words.len() <= b.words.len() { (a, b) } else { (b, a) };
        let (ws, wl) = (&short.words, &long.words);
        if ws.len().saturating_sub(2) < MIN_SHINGLES {
            return false;
        }
        // The same headline, or one cut short ("CORRECTED - DATRON <DATR> AGREES TO
        // BUYOUT" for "DATRON <DATR> AGREES TO BUYOUT BY OFFICERS"), of three words at least.
        let same_headline = match (a.key.as_deref(), b.key.as_deref()) {
            (Some(x), Some(y)) => {
                let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
                short.split(' ').count() >= 3
                    && (long == short || long.strip_prefix(short).is_some_and(|rest| rest.starts_with(' ')))
            }
            _ => false,
        };
        let correction = same_headline && (a.marked || b.marked);
        if !correction && ws.len() as f64 > CUT_SHORT_LENGTH * wl.len() as f64 {
            return false;
        }
        let share = if correction { CORRECTION_CONTAINMENT } else { CUT_SHORT_CONTAINMENT };
        let begin_alike = ws.len() >= OPENING_WORDS && ws[..OPENING_WORDS] == wl[..OPENING_WORDS];
        if !same_headline && !begin_alike {
            return false;
        }
        let (longer, shorter) = (long.shingles(), short.shingles());
        let inside = shorter.iter().filter(|s| longer.contains(s)).count();
        if (inside as f64) < share * shorter.len() as f64 {
            return false;
        }
        // The figures too: a day's tables of rates at 10:30 and at noon share their words,
        // not their figures, while a correction changes one figure of many.
        let (few, many) = (short.figures(), long.figures());
        let kept = few.iter().filter(|f| many.contains(f)).count();
        few.len() < 3 || kept as f64 >= share * few.len() as f64
    }
}

/// The figures of a text with the word before each ("month 6-3/8", "6-3/8 6-1/4",
/// "dlrs 64"), hashed: the words as spaces part them, a figure as written.
fn figures(text: &str) -> FxHashSet<u64> {
    let tokens: Vec<&str> = text
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| !t.is_empty())
        .collect();
    let figure = |t: &str| t.bytes().any(|b| b.is_ascii_digit());
    tokens
        .windows(2)
        .filter(|w| figure(w[1]))
        .map(|w| word_hash(w[0]).rotate_left(17) ^ word_hash(w[1]))
        .collect()
}

/// Hours apart from which two texts in the same words but for a figure are two reports of
/// a series ([`CutShortText::another_report`]): as far apart as `search` folds near copies
/// (its `NEAR_COPY_HOURS`), so that what it folds is never a series. Over Reuters-21578,
/// copies a figure apart sent within hours are market reports of one day, re-sent or
/// corrected ("MIDWEST GRAIN FUTURES 12:00 EDT" three times in 12 minutes), left as
/// updates of one story.
pub const SERIES_HOURS: i64 = 20;

/// Words that must agree in a row, in [`figure_changed`], for two texts to be in step again
/// after words that differ: a shorter run of equal words between two changes ("1.5
/// billion" / "2.5 billion") belongs to the change.
const RESYNC_WORDS: usize = 3;

/// The most words a change may span on either side, in [`figure_changed`]: past that, it
/// is other writing (a paragraph rewritten, a new ending), not a figure changed.
const RESYNC_WINDOW: usize = 60;

/// Whether two texts (their words hashed, `a` and `b`, and which of them hold a figure)
/// that are in the same words have a figure changed: by a word diff (Myers, `similar`),
/// a change that takes words out of one text and puts others into the other (runs of
/// fewer than [`RESYNC_WORDS`] equal words inside it), a figure among the words changed
/// ("1.5 billion" / "2.5 billion", "33.0" / "NIL").
/// Words only one text has (a paragraph cut, a shorter re-run ending early) change
/// nothing; nor do words changed without a figure ("yesterday" / "Saturday", a spelling
/// mended), nor a change of more than [`RESYNC_WINDOW`] words on a side.
pub fn figure_changed(a: &[u64], a_figures: &[bool], b: &[u64], b_figures: &[bool]) -> bool {
    use similar::{Algorithm, DiffOp, capture_diff_slices};
    /// The change being read: words it spans in a and b (equal runs inside counted), and
    /// whether words were taken out of a, put into b, and one of those is a figure.
    #[derive(Default)]
    struct Change {
        a_words: usize,
        b_words: usize,
        from_a: bool,
        into_b: bool,
        figure: bool,
    }
    impl Change {
        fn is_figure_changed(&self) -> bool {
            self.from_a
                && self.into_b
                && self.figure
                && self.a_words <= RESYNC_WINDOW
                && self.b_words <= RESYNC_WINDOW
        }
    }
    let mut change = Change::default();
    for op in capture_diff_slices(Algorithm::Myers, a, b) {
        match op {
            DiffOp::Equal { old_index, new_index, len } => {
                let open = change.from_a || change.into_b;
                let at_end = old_index + len == a.len() && new_index + len == b.len();
                if open && len < RESYNC_WORDS && !at_end {
                    change.a_words += len;
                    change.b_words += len;
                } else {
                    if change.is_figure_changed() {
                        return true;
                    }
                    change = Change::default();
                }
            }
            DiffOp::Delete { old_index, old_len, .. } => {
                change.a_words += old_len;
                change.from_a = true;
                change.figure |= a_figures[old_index..old_index + old_len].iter().any(|&f| f);
            }
            DiffOp::Insert { new_index, new_len, .. } => {
                change.b_words += new_len;
                change.into_b = true;
                change.figure |= b_figures[new_index..new_index + new_len].iter().any(|&f| f);
            }
            DiffOp::Replace { old_index, old_len, new_index, new_len } => {
                change.a_words += old_len;
                change.b_words += new_len;
                change.from_a = true;
                change.into_b = true;
                change.figure |= a_figures[old_index..old_index + old_len].iter().any(|&f| f)
                    || b_figures[new_index..new_index + new_len].iter().any(|&f| f);
            }
        }
    }
    change.is_figure_changed()
}

/// The `found` groups of [`groups`] (of `articles` articles), with `also` pairs (indexes
/// into the articles) joined as copies besides: the re-runs cut short found by
/// [`cut_short_copy`]. In the order of [`groups`].
pub fn groups_with(found: Vec<Vec<usize>>, articles: usize, also: &[(usize, usize)]) -> Vec<Vec<usize>> {
    if also.is_empty() {
        return found;
    }
    let mut sets = DisjointSets::new(articles);
    let pairs = found.iter().flat_map(|g| g.windows(2).map(|w| (w[0], w[1]))).chain(also.iter().copied());
    for (a, b) in pairs {
        sets.join(a, b);
    }
    sets.largest_groups()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_are_the_pairs_of_the_window_sharing_enough_bytes() {
        // Signatures made up byte by byte: every pair is judged as a byte-by-byte count
        // would judge it, whatever bytes differ (a 0x80 or 0x7f next to an equal byte).
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut byte = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            [0u8, 1, 0x7f, 0x80, 0xff][(state % 5) as usize]
        };
        let signatures: Vec<Vec<u8>> =
            (0..60).map(|_| (0..SIGNATURE_LEN).map(|_| byte()).collect()).collect();
        let items: Vec<(Option<i64>, &[u8])> = signatures
            .iter()
            .enumerate()
            .map(|(i, s)| ((i % 7 != 3).then_some((i as i64 * 7919) % 200_000), s.as_slice()))
            .collect();
        let mut expected = Vec::new();
        for i in 0..items.len() {
            for j in i + 1..items.len() {
                let (Some(a), Some(b)) = (items[i].0, items[j].0) else { continue };
                let equal = items[i].1.iter().zip(items[j].1).filter(|(x, y)| x == y).count();
                if (a - b).abs() < 20 * 3600 && equal >= CUT_SHORT_EQUAL_BYTES {
                    expected.push((i, j));
                }
            }
        }
        let mut found = cut_short_candidates(&items, 20);
        found.sort_unstable();
        assert!(!expected.is_empty() && expected.len() < items.len() * items.len() / 2);
        assert_eq!(found, expected);
        for (x, zeros) in [(0, 8), (u64::MAX, 0), (0x0080_7f01_0000_ff00, 4), (0x8000_0000_0000_0001, 6)] {
            assert_eq!(zero_bytes(x), zeros, "{x:#x}");
        }
    }

    #[test]
    fn a_text_prepared_once_is_judged_with_each_candidate_as_alone() {
        let story = "The central bank raised its lending rate by half a point on Tuesday, saying prices \
                     rose faster than expected in the first quarter and wages followed them up. Banks \
                     said mortgage rates would rise next month, and builders warned of fewer new homes \
                     this year after a strong winter.";
        let cut: String = story.split(' ').take(30).collect::<Vec<_>>().join(" ");
        let other = "Farmers harvested a record wheat crop this summer after steady rains in the spring, \
                     the agriculture ministry said, and exports are expected to climb to new highs as \
                     buyers in Asia and Africa placed early orders for the grain at the ports.";
        let texts = [
            (Some("BANK RAISES LENDING RATE"), story),
            (Some("CORRECTED - BANK RAISES LENDING RATE"), cut.as_str()),
            (Some("BANK RAISES LENDING RATE"), cut.as_str()),
            (Some("WHEAT CROP AT RECORD"), other),
        ];
        let prepared: Vec<CutShortText> =
            texts.iter().map(|&(t, b)| CutShortText::new(t, b.to_string())).collect();
        let mut copies = 0;
        for (i, a) in texts.iter().enumerate() {
            for (j, b) in texts.iter().enumerate().filter(|&(j, _)| j != i) {
                let alone = cut_short_copy(*a, *b);
                assert_eq!(prepared[i].cut_short_copy(&prepared[j]), alone, "{i} {j}");
                copies += usize::from(alone);
            }
        }
        // The story and its two cuts, each pair both ways (the two cuts too: one is marked a
        // correction); the wheat story with none.
        assert_eq!(copies, 6);
    }

    #[test]
    fn near_copies_always_share_a_near_key() {
        // Every way of changing up to the bytes a near copy may differ in (spread, or packed
        // together) leaves a key in common; one more changed byte is no near copy.
        let a: Vec<u8> = (0..SIGNATURE_LEN as u8).collect();
        let keys = |s: &[u8]| near_keys(s).collect::<std::collections::HashSet<_>>();
        let differing = NEAR_KEY_BANDS - 1;
        for start in 0..SIGNATURE_LEN {
            for step in 1..4 {
                let mut b = a.clone();
                for k in 0..differing {
                    b[(start + k * step) % SIGNATURE_LEN] ^= 0xff;
                }
                if similarity(&a, &b) >= NEAR_JACCARD {
                    assert!(!keys(&a).is_disjoint(&keys(&b)), "start {start}, step {step}");
                }
            }
        }
        let mut b = a.clone();
        b.iter_mut().take(differing).for_each(|x| *x ^= 0xff);
        assert!(similarity(&a, &b) >= NEAR_JACCARD);
        b[differing] ^= 0xff;
        assert!(similarity(&a, &b) < NEAR_JACCARD);
        // A text too short for a signature has no keys.
        assert_eq!(near_keys(&[]).count(), 0);
    }

    const STORY: &str = "Ships waiting to load grain were sent to Superior, Wisconsin, where the port stayed \
        open through the week. The port authority said repairs to two damaged cranes would take at least \
        until Friday, and that crews had worked through the night to clear ice from the western piers \
        after the storm pushed it ashore on Monday.";

    const STORY2: &str = "Grain traders said the delay would cost shippers several hundred thousand \
        dollars, and two vessels bound for Europe were expected to leave a week late. The mayor \
        said the city would ask the state for emergency funds to repair the docks before the \
        summer season, when cruise ships and tour boats return to the harbor in large numbers.";

    #[test]
    fn exact_copies_match_whatever_the_spacing_and_case() {
        let spaced = STORY.replace(' ', "  ").to_uppercase();
        assert_eq!(fingerprint(STORY).text_hash, fingerprint(&spaced).text_hash);
        assert!(same_story(&fingerprint(STORY), &fingerprint(&spaced)));
    }

    #[test]
    fn a_lightly_edited_copy_is_a_near_duplicate() {
        let long = format!("{STORY} {STORY2}");
        let edited = long.replace("at least until Friday", "until Friday at the earliest");
        let (a, b) = (fingerprint(&long), fingerprint(&edited));
        assert_ne!(a.text_hash, b.text_hash);
        assert!(similarity(&a.minhash, &b.minhash) >= NEAR_JACCARD, "{}", similarity(&a.minhash, &b.minhash));
        assert!(same_story(&a, &b));
    }

    #[test]
    fn different_stories_are_not_duplicates() {
        let other = "The city council voted on Tuesday to fund a new light rail station near the \
            stadium, after a long debate about bus service, snow removal, housing and the budget \
            for parks, libraries and the police department in the coming fiscal year.";
        assert!(!same_story(&fingerprint(STORY), &fingerprint(other)));
        assert!(similarity(&fingerprint(STORY).minhash, &fingerprint(other).minhash) < 0.2);
    }

    #[test]
    fn groups_gather_exact_and_near_copies() {
        let long = format!("{STORY} {STORY2}");
        let edited = long.replace("at least until Friday", "until Friday at the earliest");
        let prints = [
            fingerprint(&long),
            fingerprint(STORY2),
            fingerprint(&long),
            fingerprint(&edited),
            fingerprint("Other."),
        ];
        assert_eq!(groups(&prints), vec![vec![0, 2, 3]]);
    }

    #[test]
    fn a_short_body_under_another_headline_is_another_story() {
        let nil = |title| article_fingerprint(Some(title), "NIL");
        assert!(!same_story(&nil("N.Y. SUGAR FREIGHTS"), &nil("KUALA LUMPUR RUBBER")));
        assert!(same_story(&nil("N.Y. SUGAR FREIGHTS"), &nil("N.Y. Sugar Freights")));
        // A long text re-published under a new headline is still a copy.
        let text = "The harbour authority said on Tuesday that the ferry to the islands would \
                    run again from Monday after repairs to the pier, which was damaged in the storm \
                    last month, and that fares would stay the same until the end of the summer.";
        let a = article_fingerprint(Some("Ferry resumes"), text);
        let b = article_fingerprint(Some("Island ferry back on Monday"), text);
        assert_eq!(a.text_hash, b.text_hash);
        // No body: the headline is the text.
        assert_eq!(
            article_fingerprint(Some("Ferry resumes"), " ").text_hash,
            fingerprint("Ferry resumes").text_hash
        );
    }

    #[test]
    fn sets_gather_what_was_joined_whatever_the_order() {
        // A chain joined from either end, and a pair: the same sets, each in order, the
        // sets in the order of their smallest item.
        let joins = [(4, 1), (1, 6), (6, 2), (5, 3)];
        let mut forward = DisjointSets::new(8);
        let mut backward = DisjointSets::new(8);
        for &(a, b) in &joins {
            forward.join(a, b);
        }
        for &(a, b) in joins.iter().rev() {
            backward.join(b, a);
        }
        let expected = vec![vec![0], vec![1, 2, 4, 6], vec![3, 5], vec![7]];
        assert_eq!(forward.sets(), expected);
        assert_eq!(backward.sets(), expected);
        assert!(forward.together(2, 4) && !forward.together(2, 3));
    }

    #[test]
    fn groups_with_joins_the_pairs_to_the_groups_found() {
        // A re-run cut short of the group [2, 5] joins it with [0, 7]; a pair of articles
        // in no group is a group of its own. Largest first, then by the first article.
        let found = vec![vec![2, 5], vec![3, 4]];
        assert_eq!(groups_with(found.clone(), 9, &[]), found);
        assert_eq!(
            groups_with(found, 9, &[(5, 7), (0, 2), (6, 8)]),
            vec![vec![0, 2, 5, 7], vec![3, 4], vec![6, 8]]
        );
    }

    /// A text's words hashed, and which hold a figure, as [`CutShortText`] reads them.
    fn words_of(text: &str) -> (Vec<u64>, Vec<bool>) {
        let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        (
            words.iter().map(|w| word_hash(w)).collect(),
            words.iter().map(|w| w.contains(char::is_numeric)).collect(),
        )
    }

    #[test]
    fn a_figure_changed_is_told_from_a_text_cut_or_mended() {
        let fed = "The Federal Reserve entered the U.S. Government securities market to arrange 1.5 \
                   billion dlrs of customer repurchase agreements, a Fed spokesman said. Dealers said \
                   Federal funds were trading at 6-3/16 pct when the Fed began its temporary supply.";
        let changed = |from: &str, to: &str| {
            let (a, fa) = words_of(fed);
            let (b, fb) = words_of(&fed.replace(from, to));
            figure_changed(&a, &fa, &b, &fb) && figure_changed(&b, &fb, &a, &fa)
        };
        // Another day's figures: a sum, a rate, a figure for a word at the very end.
        assert!(changed("1.5", "2.5"));
        assert!(changed("6-3/16", "6-1/4"));
        assert!(changed("temporary supply.", "temporary 33.0"));
        // Not a figure: a word mended, a sentence cut, a paragraph left out.
        assert!(!changed("spokesman", "spokeswoman"));
        assert!(!changed(
            " Dealers said Federal funds were trading at 6-3/16 pct when the Fed began its temporary supply.",
            ""
        ));
        assert!(!changed("customer repurchase agreements, a Fed spokesman said. ", ""));
        // A clause with a figure cut and, a few words on, a word added: two changes, each
        // on one side only (a re-run a day later, "U.S. CENTRAL BANKER OPPOSES FURTHER
        // DOLLAR FALL"), no figure replaced.
        assert!(!changed(
            "at 6-3/16 pct when the Fed began its temporary",
            "at when the Fed began its new temporary"
        ));
        assert!(!changed("1.5", "1.5"));
    }

    #[test]
    fn a_report_with_new_figures_on_another_day_is_another_report() {
        let report = |sum: &str| {
            format!(
                "The Federal Reserve entered the U.S. Government securities market to arrange {sum} \
                 billion dlrs of customer repurchase agreements, a Fed spokesman said. Dealers said \
                 Federal funds were trading at six pct when the Fed began its temporary supply."
            )
        };
        let text = |title: &str, body: String| CutShortText::new(Some(title), body);
        let title = "FED ADDS RESERVES VIA CUSTOMER REPURCHASES";
        let (monday, tuesday, next_week) = (Some(0), Some(24 * 3600), Some(8 * 24 * 3600));
        let first = text(title, report("1.5"));
        // Another day, another figure: another report, whichever is asked first.
        assert!(first.another_report(monday, &text(title, report("2.5")), next_week));
        assert!(text(title, report("2.5")).another_report(tuesday, &first, monday));
        // The same figures a day later (a re-run): a copy.
        assert!(!first.another_report(monday, &text(title, report("1.5")), tuesday));
        // The same day, a figure changed: an update of the story.
        assert!(!first.another_report(monday, &text(title, report("2.5")), Some(3 * 3600)));
        // A correction, whenever sent, is an update; so is an undated copy.
        assert!(!first.another_report(
            monday,
            &text(&format!("CORRECTED - {title}"), report("2.5")),
            tuesday
        ));
        assert!(!first.another_report(monday, &text(title, report("2.5")), None));
    }

    #[test]
    fn short_texts_only_match_exactly() {
        assert!(fingerprint("Blah blah blah.").minhash.is_empty());
        assert!(!same_story(&fingerprint("Blah blah."), &fingerprint("Blah blah blah.")));
    }
}
