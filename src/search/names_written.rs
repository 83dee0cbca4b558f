//! Words with a final "s" that the archive writes as names: "Williams", "Gates", "Yukos",
//! a ticker's "METS". A plain word typed also finds its other number ([`super::query`]'s
//! `number_forms`), so `williams` found every "William …" (371 articles against 121 that
//! write "Williams", BBC and Reuters), `gates` every gate, `mets` every "met", and counts,
//! timelines and first articles were wrong without a word said.
//!
//! The index folds case, so how a word is written is kept beside it: the `written` field
//! counts its uses inside sentences, capitalised or in lower case ([`crate::index::written`]:
//! a capital that starts a sentence or a line, a headline (title case says nothing), and a
//! line in capitals say nothing of the word), and the `caps` field its uses in capitals
//! ([`crate::index::caps`]). [`writing`] sums them over the whole archive, and
//! [`Writing::as_name`] decides; a word in capitals ("METS") counts for a name only when
//! nothing else of it is seen. No list of names: "states" stays the plural of "state"
//! because articles write "member states" and "Gulf states" as much as they write "United
//! States".

use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Searcher, Term};

use crate::index::NewsIndex;
use crate::index::caps::LOUD_MARK;
use crate::index::written::LOWER_MARK;

/// The share of a word's uses inside sentences that are capitalised for it to be a name.
/// On BBC and Reuters: "Williams" 1.00, "Yukos" 1.00, "Gates" 0.97, against "States" 0.73
/// ("member states"), "banks" 0.03, "sales" 0.02, "jobs" 0.04.
const NAME_SHARE: f64 = 0.9;

/// The least articles naming a person by a word typed capitalised (`Jobs`) for the word
/// to be searched as that name: one is an extractor's slip ("Export Sales").
const LEAST_NAMED: usize = 2;

/// How the articles write a word, counted over its uses.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Writing {
    /// Capitalised inside a sentence ("said Mr Williams").
    pub capitalised: usize,
    /// The articles that write it so.
    pub articles_capitalised: usize,
    /// In lower case, anywhere.
    pub lower: usize,
    /// All in capitals on a line in capitals ("<METS.O>" in a wire headline, its
    /// "WILLIAMS").
    pub in_capitals: usize,
    /// All in capitals elsewhere: an abbreviation ("AIDS research"), which typed in lower
    /// case finds every spelling alike, as before.
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

    /// Whether a word typed capitalised (`Jobs`) is a name as typed, `named` the articles
    /// naming a person by it: the articles write it as a name ([`Writing::as_name`]), or
    /// those that write it capitalised inside a sentence mostly name a person by it (at
    /// least [`LEAST_NAMED`] and half of them). "Jobs" is written so in 5 articles of BBC
    /// and Reuters, and 5 name Steve Jobs; "Banks" in 88, and 9 name someone Banks (the
    /// others write "Midland Banks", "Irish Banks"), "Sales" in 48 ("Export Sales"), 8 naming
    /// someone: a capital typed first ("Banks in crisis") means the word.
    pub fn as_name_typed_capitalised(&self, named: usize) -> bool {
        self.as_name()
            || self.capitalised > 0 && named >= LEAST_NAMED && 2 * named >= self.articles_capitalised
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

/// How the articles write `word` (folded as the index folds it, ending in "s"), summed
/// over all of them: its uses kept in the `written` and `caps` fields.
pub fn writing(news: &NewsIndex, searcher: &Searcher, word: &str) -> tantivy::Result<Writing> {
    let fields = &news.fields;
    let uses = |field: Field, text: &str| uses(searcher, &Term::from_field_text(field, text));
    let (capitalised, articles_capitalised) = uses(fields.written, word)?;
    Ok(Writing {
        capitalised,
        articles_capitalised,
        lower: uses(fields.written, &format!("{LOWER_MARK}{word}"))?.0,
        in_capitals: uses(fields.caps, &format!("{LOUD_MARK}{word}"))?.0,
        abbreviation: uses(fields.caps, word)?.0,
    })
}

/// How many times the live articles hold `term` (its frequencies summed), and how many
/// articles hold it.
fn uses(searcher: &Searcher, term: &Term) -> tantivy::Result<(usize, usize)> {
    let (mut uses, mut articles) = (0, 0);
    crate::index::each_live_posting(searcher, term, IndexRecordOption::WithFreqs, |_, _, freq| {
        uses += freq as usize;
        articles += 1;
    })?;
    Ok((uses, articles))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::index::schema::{caps_analyzer, words_by, written_analyzer};

    /// What [`writing`] sums of `word` over an archive of the one article `text`: the
    /// terms its `written` and `caps` fields hold.
    fn counted(text: &str, word: &str) -> Writing {
        let written = words_by(written_analyzer(false), text);
        let caps = words_by(caps_analyzer(), text);
        let count = |terms: &[String], term: String| terms.iter().filter(|t| **t == term).count();
        let capitalised = count(&written, word.to_string());
        Writing {
            capitalised,
            articles_capitalised: capitalised.min(1),
            lower: count(&written, format!("{LOWER_MARK}{word}")),
            in_capitals: count(&caps, format!("{LOUD_MARK}{word}")),
            abbreviation: count(&caps, word.to_string()),
        }
    }

    #[test]
    fn a_capital_inside_a_sentence_counts_for_a_name() {
        let w =
            counted("Shares rose, said Mr Williams. Williams added that Serena Williams won.", "williams");
        // "Williams added" starts a sentence: it says nothing.
        assert_eq!(w, Writing { capitalised: 2, articles_capitalised: 1, ..Writing::default() });
        assert!(w.as_name());
        let w = counted("Shares rose. The shares of Acme, and Shares Ltd.", "shares");
        assert_eq!(w, Writing { capitalised: 1, articles_capitalised: 1, lower: 1, ..Writing::default() });
        assert!(!w.as_name());
    }

    #[test]
    fn a_word_inside_another_is_not_it() {
        let w = counted("McWilliams and Williamson met, Williams-Sonoma and Mr Williams' shop.", "williams");
        assert_eq!(w, Writing { capitalised: 2, articles_capitalised: 1, ..Writing::default() });
    }

    #[test]
    fn a_line_in_capitals_or_first_on_a_line_says_nothing() {
        let w = counted("MET-COIL SYSTEMS CORP <METS> 3RD QTR NET\nSales 10 mln vs 9 mln\n", "mets");
        assert_eq!(w, Writing { in_capitals: 1, ..Writing::default() });
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
        // BBC and Reuters.
        let jobs =
            Writing { capitalised: 17, articles_capitalised: 5, lower: 379, in_capitals: 5, abbreviation: 0 };
        assert!(!jobs.as_name());
        assert!(
            jobs.as_name_typed_capitalised(5),
            "`Jobs` typed so: the 5 articles writing Jobs name Steve Jobs"
        );
        assert!(!jobs.as_name_typed_capitalised(1), "one article naming someone so is an extractor's slip");
        let banks = Writing {
            capitalised: 94,
            articles_capitalised: 88,
            lower: 2937,
            in_capitals: 189,
            abbreviation: 1,
        };
        assert!(!banks.as_name_typed_capitalised(9), "`Banks`: most articles writing it so name banks");
        let states = Writing { capitalised: 74, lower: 26, ..Writing::default() };
        assert!(!states.as_name(), "States");
        assert!(Writing { capitalised: 97, lower: 3, ..Writing::default() }.as_name(), "Gates");
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
