//! Words with a final "s" that the archive writes as names: "Williams", "Gates", "Yukos",
//! a ticker's "METS". A plain word typed also finds its other number ([`super::query`]'s
//! `number_forms`), so `williams` found every "William …" (371 articles against 121 that
//! write "Williams", BBC and Reuters), `gates` every gate, `mets` every "met", and counts,
//! timelines and first articles were wrong without a word said.
//!
//! The index folds case, so how a word is written is read from the articles themselves:
//! [`writing`] reads up to [`ARTICLES_READ`] of those holding it (spread over them all) and
//! counts its uses inside sentences, capitalised or not ([`Writing::as_name`] decides).
//! A capital that starts a sentence or a line, a headline (title case says nothing), and
//! a line in capitals say nothing of the word; a word in capitals ("METS") counts for a
//! name only when nothing else of it is seen. No list of names: "states" stays the plural
//! of "state" because articles write "member states" and "Gulf states" as much as they
//! write "United States".

use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, DocSet, Searcher, TERMINATED, TantivyDocument, Term};

use crate::index::NewsIndex;

/// The most articles holding a word that [`writing`] reads, spread evenly over them.
const ARTICLES_READ: usize = 200;

/// A prime larger than [`ARTICLES_READ`]: the step through the sample [`writing`] reads.
const SCATTER: usize = 211;

/// Articles read before [`writing`] may stop on a word clearly written in lower case.
const LEAST_READ: usize = 40;

/// The share of a word's uses inside sentences that are capitalised for it to be a name.
/// On BBC and Reuters: "Williams" 1.00, "Yukos" 1.00, "Gates" 0.97, against "States" 0.74
/// ("member states"), "times" 0.29, "sales" 0.24, "jobs" 0.04.
const NAME_SHARE: f64 = 0.9;

/// How the articles write a word, counted over its uses.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Writing {
    /// Capitalised inside a sentence ("said Mr Williams").
    pub capitalised: usize,
    /// In lower case, anywhere.
    pub lower: usize,
    /// All in capitals in a headline or a line in capitals ("<METS.O>", a wire
    /// headline's "WILLIAMS").
    pub in_capitals: usize,
    /// All in capitals in running text: an abbreviation ("AIDS research"), which typed in
    /// lower case finds every spelling alike, as before.
    pub abbreviation: usize,
}

impl Writing {
    /// Whether the articles write the word as a name: capitalised in at least
    /// [`NAME_SHARE`] of its uses inside sentences; or, never seen inside one, only ever
    /// written in capitals, as a ticker or an abbreviation is.
    pub fn as_name(&self) -> bool {
        let seen = self.capitalised + self.lower;
        if seen == 0 {
            return self.in_capitals > 0 && self.abbreviation == 0;
        }
        self.capitalised as f64 >= NAME_SHARE * seen as f64
    }

    /// Whether a word typed capitalised (`Jobs`) may be a name as typed: some article
    /// writes it so inside a sentence, or the articles write it as a name
    /// ([`Writing::as_name`]). The caller asks more (that people bear it).
    pub fn as_name_typed_capitalised(&self) -> bool {
        self.capitalised > 0 || self.as_name()
    }

    /// The word as the articles write it as a name: "Williams", or "METS".
    pub fn shown(&self, word: &str) -> String {
        if self.capitalised == 0 && self.in_capitals > 0 {
            return word.to_uppercase();
        }
        let mut chars = word.chars();
        chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
    }
}

/// A word kept as typed, not widened to its other number, because the articles write the
/// form with the "s" as a name: for the note that says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameKept {
    /// The word as the index folds it, as typed ("williams", or "william").
    pub typed: String,
    /// Its other number, not searched ("william", or "williams").
    pub other: String,
    /// The form with the "s" as the articles write it: "Williams", "METS".
    pub written: String,
}

impl NameKept {
    /// What a search says of it, with how to search both forms.
    pub fn note(&self) -> String {
        let (typed, other) = (&self.typed, &self.other);
        let both = if typed.len() <= other.len() {
            format!("{typed} OR {other}")
        } else {
            format!("{other} OR {typed}")
        };
        let what = if self.written.chars().any(char::is_lowercase) { "a name" } else { "a name or code" };
        if typed.ends_with('s') && !other.ends_with('s') {
            format!(
                "`{typed}` is searched as written, not as the plural of \u{201c}{other}\u{201d}: the articles write \u{201c}{}\u{201d} as {what}; `{both}` finds both",
                self.written
            )
        } else {
            format!(
                "`{typed}` is searched without \u{201c}{}\u{201d}, which the articles write as {what}; `{both}` finds both",
                self.written
            )
        }
    }
}

/// How the articles holding `word` (folded as the index folds it) in their title or body
/// write it, read from up to [`ARTICLES_READ`] of them spread over all; reading stops
/// early once `enough` says so (after [`LEAST_READ`] articles).
pub fn writing(
    news: &NewsIndex,
    searcher: &Searcher,
    word: &str,
    enough: impl Fn(&Writing) -> bool,
) -> tantivy::Result<Writing> {
    let fields = &news.fields;
    let mut holding: Vec<DocAddress> = Vec::new();
    for field in [fields.body, fields.title] {
        let term = Term::from_field_text(field, word);
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            let Some(mut postings) =
                segment.inverted_index(field)?.read_postings(&term, IndexRecordOption::Basic)?
            else {
                continue;
            };
            let alive = segment.alive_bitset();
            let mut doc = postings.doc();
            while doc != TERMINATED {
                if alive.is_none_or(|alive| alive.is_alive(doc)) {
                    holding.push(DocAddress::new(ord as u32, doc));
                }
                doc = postings.advance();
            }
        }
    }
    holding.sort();
    holding.dedup();
    let step = holding.len().div_ceil(ARTICLES_READ).max(1);
    let sample: Vec<DocAddress> = holding.into_iter().step_by(step).collect();
    let mut writing = Writing::default();
    // In an order that visits the whole sample early (a prime larger than the sample steps
    // through it), so that stopping early has read articles of every part of the archive.
    for read in 0..sample.len() {
        if read >= LEAST_READ && enough(&writing) {
            break;
        }
        let address = sample[read * SCATTER % sample.len()];
        let doc: TantivyDocument = searcher.doc(address)?;
        if let Some(title) = super::first_text(&doc, fields.title) {
            count_uses(&title, word, true, &mut writing);
        }
        count_uses(&crate::index::stored::body(fields, &doc).text, word, false, &mut writing);
    }
    Ok(writing)
}

/// Counts how `text` writes `word` (lower-case ASCII letters, as the plurals asked about
/// are). In a headline (`headline`), a capital says nothing: headlines capitalise their
/// words.
fn count_uses(text: &str, word: &str, headline: bool, writing: &mut Writing) {
    if word.is_empty() || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return;
    }
    // ASCII case changes keep every byte where it was: offsets hold in `text`.
    let lower = text.to_ascii_lowercase();
    for (from, _) in lower.match_indices(word) {
        let to = from + word.len();
        let joined = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        if joined(text[..from].chars().next_back()) || joined(text[to..].chars().next()) {
            continue;
        }
        let written = &text[from..to];
        let line_start = text[..from].rfind('\n').map_or(0, |at| at + 1);
        let line_end = text[to..].find('\n').map_or(text.len(), |at| to + at);
        let loud = headline || crate::index::caps::line_in_capitals(&text[line_start..line_end]);
        if !written.chars().any(char::is_lowercase) {
            if written.chars().any(char::is_uppercase) {
                if loud {
                    writing.in_capitals += 1;
                } else {
                    writing.abbreviation += 1;
                }
            }
            continue;
        }
        if !written.starts_with(char::is_uppercase) {
            writing.lower += 1;
            continue;
        }
        if !loud && !starts_sentence(&text[line_start..from]) {
            writing.capitalised += 1;
        }
    }
}

/// Whether a word after `before` (its line up to it) starts a sentence or the line: a
/// capital there says nothing of the word (nor does one first on a line of a table).
fn starts_sentence(before: &str) -> bool {
    let before = before.trim_end_matches(|c: char| {
        c.is_whitespace() || "\"'\u{201c}\u{2018}\u{ab}([-\u{2013}\u{2014}".contains(c)
    });
    before.is_empty() || before.ends_with(['.', '!', '?', ':', ';', '\u{2026}'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counted(text: &str, word: &str) -> Writing {
        let mut writing = Writing::default();
        count_uses(text, word, false, &mut writing);
        writing
    }

    #[test]
    fn a_capital_inside_a_sentence_counts_for_a_name() {
        let w =
            counted("Shares rose, said Mr Williams. Williams added that Serena Williams won.", "williams");
        // "Williams added" starts a sentence: it says nothing.
        assert_eq!(w, Writing { capitalised: 2, lower: 0, in_capitals: 0, abbreviation: 0 });
        assert!(w.as_name());
        let w = counted("Shares rose. The shares of Acme, and Shares Ltd.", "shares");
        assert_eq!(w, Writing { capitalised: 1, lower: 1, in_capitals: 0, abbreviation: 0 });
        assert!(!w.as_name());
    }

    #[test]
    fn a_word_inside_another_is_not_it() {
        let w = counted("McWilliams and Williamson met, Williams-Sonoma and Mr Williams' shop.", "williams");
        assert_eq!(w, Writing { capitalised: 2, lower: 0, in_capitals: 0, abbreviation: 0 });
    }

    #[test]
    fn a_line_in_capitals_or_first_on_a_line_says_nothing() {
        let w = counted("MET-COIL SYSTEMS CORP <METS> 3RD QTR NET\nSales 10 mln vs 9 mln\n", "mets");
        assert_eq!(w, Writing { capitalised: 0, lower: 0, in_capitals: 1, abbreviation: 0 });
        assert!(w.as_name(), "a ticker, only ever in capitals, is a code");
        let w = counted("AIDS funding\nAIDS research funding rose this year.\n", "aids");
        assert!(w.abbreviation > 0, "{w:?}");
        assert!(!w.as_name(), "an abbreviation in running text is no name: `aids` is also aid");
        let w = counted("Net profit 5 mln\nSales 10 mln vs 9 mln\n", "sales");
        assert_eq!(w, Writing::default());
        assert!(!w.as_name(), "nothing seen is no name");
    }

    #[test]
    fn a_plural_mostly_in_lower_case_is_no_name_but_typed_capitalised_may_be() {
        let w = Writing { capitalised: 17, lower: 433, in_capitals: 8, abbreviation: 0 };
        assert!(!w.as_name());
        assert!(w.as_name_typed_capitalised(), "`Jobs` typed so, as Mr Jobs is written");
        assert!(!Writing { capitalised: 74, lower: 26, in_capitals: 0, abbreviation: 0 }.as_name(), "States");
        assert!(Writing { capitalised: 97, lower: 3, in_capitals: 0, abbreviation: 0 }.as_name(), "Gates");
    }

    #[test]
    fn the_note_says_how_to_search_both_forms() {
        let kept = NameKept { typed: "williams".into(), other: "william".into(), written: "Williams".into() };
        assert_eq!(
            kept.note(),
            "`williams` is searched as written, not as the plural of \u{201c}william\u{201d}: the articles write \u{201c}Williams\u{201d} as a name; `william OR williams` finds both"
        );
        let kept = NameKept { typed: "met".into(), other: "mets".into(), written: "METS".into() };
        assert_eq!(
            kept.note(),
            "`met` is searched without \u{201c}METS\u{201d}, which the articles write as a name or code; `met OR mets` finds both"
        );
    }
}
