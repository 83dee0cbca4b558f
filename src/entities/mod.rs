//! People, organizations and places named in an article.
//!
//! [`extract`] is the only entry point the rest of newsdex uses.
//!
//! It works in three steps:
//! 1. [`tokens`] splits each line into words, keeping `O'Hara`, `Mr.` and sentence starts;
//! 2. [`tagger`] labels the words with a linear-chain CRF ([`crf`], trained with CRFsuite
//!    on hand-labelled and silver news data, see `scripts/ner/`) from the features of
//!    [`features`] (words, shapes, affixes, context, titles, gazetteers of [`lexicon`]),
//!    and turns the labelled spans into mentions, splitting titles off names;
//! 3. [`consolidate`] folds surname and title mentions into the one full name they refer
//!    to in this article ("Mr Frey" → "Jacob Frey"), keeps the other forms as aliases,
//!    moves "people" with organization words to the organizations, and does not believe
//!    a lone word is a person unless the article tags it so at least twice as often as an
//!    organization or a place, counting the words of longer names (a team, a county, the
//!    "Morgan" of "Morgan Stanley"). Before that, the sides of a match named after a town,
//!    county or state ("Leicestershire beat Somerset", "Surrey captain Chris Lewis") become
//!    the teams, organizations, that play under those names.
//!
//! [`rules`] is the rule-based extractor the tagger replaced; its title and organization
//! rules still clean up the tagger's spans.

mod consolidate;
pub mod countries;
pub mod crf;
pub mod culture;
pub mod east_asian;
pub mod features;
mod firms;
pub mod former_countries;
pub mod gazetteer;
mod kinds;
pub mod language;
pub mod lexicon;
mod name_words;
mod people;
mod places;
pub mod products;
pub mod quotations;
pub mod rules;
pub mod tagger;
mod teams;
pub mod tokens;

use std::borrow::Cow;

use rules::{Kind, Mention};

use crate::ingest::Article;
pub use consolidate::consolidate;
use consolidate::{common_noun_uses, consolidate_with};
use firms::{
    acronyms_in_brackets, drop_common_words_read_as_names, drop_journals_read_as_places,
    firms_named_after_two_partners, firms_the_article_lists, firms_with_stock_symbols, peoples_republics,
};
use people::{add_asides, complete_surnames, join_overlapping_names, people_read_as_places};
use places::{
    airports_and_twin_cities, dateline_places, drop_places_of_common_words, drop_towns_read_from_a_word,
    place_in_capitals, places_before_their_region, places_cut_to_the_known, places_inside_longer_places,
    places_joined_by_a_hyphen, places_of_price_lines, places_the_article_calls_so,
    ships_are_no_people_or_places, towns_by_their_neighbours, towns_that_name_a_firm,
    towns_the_tagger_passed_over, venue_in_capitals,
};
use teams::{drop_places_of_team_rows, initials_of_team_sheets_are_people, teams_are_organizations};

/// The entities of one article, each list in order of first mention, canonical names only.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entities {
    /// People ("Jacob Frey"), titles stripped; the longest form the article uses.
    pub people: Vec<String>,
    /// Organizations ("Border Patrol").
    pub organizations: Vec<String>,
    /// Places ("Minneapolis", "United States").
    pub places: Vec<String>,
    /// For each of `people`, in the same order, the other forms the article uses for that
    /// person ("Frey" for "Jacob Frey"); often empty.
    pub person_aliases: Vec<Vec<String>>,
    /// Organizations the article names in full and by an acronym, the one in brackets
    /// after the other ("Centers for Disease Control and Prevention (CDC)", "UKIP (UK
    /// Independence Party)"): `(full name, acronym)`, both of them in `organizations`.
    pub org_acronyms: Vec<(String, String)>,
}

/// Extracts the entities of an article from its headline, its dateline (where a format
/// keeps it apart from the body: Reuters' `<DATELINE>`) and its body.
pub fn extract(article: &Article) -> Entities {
    let mut found = extract_text(article.title.as_deref(), &article.body);
    // The dateline's places come first: the story was filed there.
    let mut at = 0;
    for place in article.dateline.as_deref().map(dateline_places).unwrap_or_default() {
        if !found.places.contains(&place) {
            found.places.insert(at, place);
            at += 1;
        }
    }
    // The dateline's state or country tells which of two towns of one name it is
    // ("CAMBRIDGE, Mass.").
    if at > 0 {
        towns_by_their_neighbours(&mut found.places, &found.organizations);
    }
    found
}

/// "SANTA BARBARA" → "Santa Barbara", "WINSTON-SALEM" → "Winston-Salem", "O'BRIEN" →
/// "O'Brien" (after one letter and an apostrophe, as Irish and French names are written;
/// "MARTHA'S" is "Martha's"); a word not all in capitals is kept ("McLEAN").
pub(crate) fn title_case(name: &str) -> String {
    let word = |w: &str| {
        if w.chars().any(char::is_lowercase) {
            return w.to_string();
        }
        let mut out = String::new();
        let mut start = true;
        for c in w.chars() {
            if start {
                out.extend(c.to_uppercase())
            } else {
                out.extend(c.to_lowercase())
            }
            let mut before = out.chars().rev().skip(1);
            let one_letter_before = before.next().is_some_and(char::is_alphabetic)
                && before.next().is_none_or(|b| !b.is_alphanumeric());
            start = !c.is_alphanumeric() && (c != '\'' || one_letter_before);
        }
        out
    };
    name.split_whitespace().map(word).collect::<Vec<_>>().join(" ")
}

/// Extracts entities from a headline and a body; none when the body is not English
/// ([`language::is_english`]): the tagger only knows English.
pub fn extract_text(title: Option<&str>, body: &str) -> Entities {
    if !language::is_english(body) {
        return Entities::default();
    }
    extract_with(&tagger::MODEL, title, body, |tagger, line, words, out| {
        tagger.mentions(line, words, false, out)
    })
}

/// [`extract_text`] with the tagging of each line left to `tag_line` (given a tagger for
/// `crf`, the line, its words and where to push mentions): a way to run the same pipeline
/// with another model or decoder, as `examples/ner_crfs.rs` does.
pub fn extract_with(
    crf: &crf::Crf,
    title: Option<&str>,
    body: &str,
    mut tag_line: impl FnMut(&mut tagger::Tagger<'_>, &str, &[tokens::Word<'_>], &mut Vec<Mention>),
) -> Entities {
    let mut tagger = tagger::Tagger::new(crf);
    tagger.read_document(body);
    let mut mentions = Vec::new();
    // All-capitals lines (wire headlines, section labels) carry no case information. The
    // model can tag them (it learnt from capitalized copies of its training lines, marked
    // with the `hl` feature), but on CoNLL testa that adds as many errors as it finds
    // names, which the body repeats anyway: they are skipped. Each line is tokenized once,
    // for the tagger and for surname completion.
    // A wire dateline ("MINSK 1996-08-30", "LONDON (AP) -"), often too short to count as
    // shouting, names where the story was filed: that place is kept. So is the place of a
    // row of a table in capitals ("CEDAR RAPIDS 2.35 2.40"), unless the article also
    // names a team by it: then the row is the team's, in a standings table.
    let mut row_places: Vec<usize> = Vec::new();
    // Nicknames and maiden names inside people's names are read apart from them
    // ([`rules::without_asides`]): "James Callahan" is tagged, and "Big Jim" joins him
    // as another name.
    let mut asides = Vec::new();
    let pieces: Vec<Cow<'_, str>> = title
        .map(rules::without_wire_slug)
        .into_iter()
        .chain(body.lines().flat_map(tagging_pieces))
        .map(|line| {
            // A non-breaking hyphen (U+2011) joins a word as a hyphen does: "Wi‑Fi Alliance".
            let line: Cow<'_, str> = if line.contains('\u{2011}') {
                Cow::Owned(line.replace('\u{2011}', "-"))
            } else {
                Cow::Borrowed(line)
            };
            match rules::without_asides(&line) {
                Some((text, found)) => {
                    asides.extend(found);
                    Cow::Owned(text)
                }
                None => line,
            }
        })
        .collect();
    let lines: Vec<Vec<tokens::Word<'_>>> = pieces
        .iter()
        .map(|line| &**line)
        .filter_map(|line| {
            if let Some(found) = place_in_capitals(line) {
                if found.table_row {
                    row_places.push(mentions.len());
                }
                mentions.push(Mention::new(Kind::Place, found.place.to_string()));
            } else if let Some(venue) = venue_in_capitals(line) {
                mentions.push(Mention::new(Kind::Place, venue.to_string()));
            }
            if features::is_shouting(line) {
                return None;
            }
            let words = tokens::words(line);
            tag_line(&mut tagger, line, &words, &mut mentions);
            Some(words)
        })
        .collect();
    drop_places_of_team_rows(&mut mentions, &row_places);
    join_overlapping_names(&lines, &mut mentions);
    ships_are_no_people_or_places(&lines, &mut mentions);
    people_read_as_places(&lines, &mut mentions);
    complete_surnames(&lines, &mut mentions);
    teams_are_organizations(&pieces, &lines, &mut mentions);
    initials_of_team_sheets_are_people(&mut mentions);
    places_the_article_calls_so(&lines, &mut mentions);
    places_before_their_region(&lines, &mut mentions);
    places_inside_longer_places(&lines, &mut mentions);
    airports_and_twin_cities(&lines, &mut mentions);
    places_of_price_lines(&pieces, &mut mentions);
    places_joined_by_a_hyphen(&lines, &mut mentions);
    places_cut_to_the_known(&mut mentions);
    towns_the_tagger_passed_over(&lines, &mut mentions);
    drop_places_of_common_words(&mut mentions);
    firms_the_article_lists(&lines, &mut mentions);
    firms_named_after_two_partners(&lines, &mut mentions);
    firms_with_stock_symbols(&pieces, &mut mentions);
    drop_common_words_read_as_names(&lines, &mut mentions);
    drop_journals_read_as_places(&lines, &mut mentions);
    peoples_republics(&pieces, &mut mentions);
    products::firms_and_products(&lines, &mut mentions);
    kinds::firms_read_as_people(&lines, &mut mentions);
    kinds::places_read_as_firms(&lines, &mut mentions);
    towns_that_name_a_firm(&lines, &mut mentions);
    kinds::drop_words_read_as_organizations(&lines, &mut mentions);
    kinds::people_with_particles(&lines, &mut mentions);
    // Names in a list of people are people; a festival named after a town names the town.
    culture::people_in_lists(&lines, &mut mentions);
    culture::festival_towns(&lines, &mut mentions);
    mentions.retain(|m| is_name_sized(&m.name));
    let mut entities = consolidate_with(&mentions, &common_noun_uses(&lines));
    // A headline in capitals, which the tagger skipped, names the story's countries and
    // states first ("JAPAN PERSONAL SAVINGS SOAR", a story whose text names Tokyo).
    if let Some(title) = title.filter(|t| features::is_shouting(t)) {
        let mut at = 0;
        for place in gazetteer::places_in_headline(title, &entities.places) {
            if !entities.places.iter().any(|p| p == place) {
                entities.places.insert(at, place.to_string());
                at += 1;
            }
        }
    }
    towns_by_their_neighbours(&mut entities.places, &entities.organizations);
    drop_towns_read_from_a_word(&mut entities.places);
    add_asides(&mut entities, &asides);
    entities.org_acronyms = acronyms_in_brackets(&pieces, &entities.organizations);
    // An acronym read only from the brackets ("Bank of England (BoE)") names the body too.
    for (_, acronym) in &entities.org_acronyms {
        if !entities.organizations.contains(acronym) {
            entities.organizations.push(acronym.clone());
        }
    }
    entities
}

/// The longest line tagged as one: the tagger's memory grows with a line's words, and a
/// 70 MB file on one line took 3.8 GB.
const MAX_TAGGED_LINE_BYTES: usize = 8 * 1024;

/// A line in pieces the tagger takes one at a time: the line itself, or, for a line over
/// [`MAX_TAGGED_LINE_BYTES`], pieces cut after a sentence's end (else at a space, else
/// anywhere on a character's boundary).
fn tagging_pieces(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = line;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        if rest.len() <= MAX_TAGGED_LINE_BYTES {
            return Some(std::mem::take(&mut rest));
        }
        let mut limit = MAX_TAGGED_LINE_BYTES;
        while !rest.is_char_boundary(limit) {
            limit -= 1;
        }
        let head = &rest[..limit];
        let cut = [". ", "? ", "! "]
            .iter()
            .filter_map(|end| head.rfind(end).map(|at| at + 1))
            .max()
            .or_else(|| head.rfind(' '))
            .filter(|&at| at > 0)
            .unwrap_or(limit);
        let (piece, after) = rest.split_at(cut);
        rest = after.trim_start();
        Some(piece)
    })
}

/// Whether a mention is short enough to be a name: "United Nations Educational,
/// Scientific and Cultural Organization" is 8 words. A headline of capitalized words
/// thousands long (a broken export) read as one organization filled the name lists.
fn is_name_sized(name: &str) -> bool {
    const MOST_WORDS: usize = 12;
    const MOST_CHARS: usize = 120;
    name.len() <= MOST_CHARS * 4
        && name.chars().count() <= MOST_CHARS
        && name.split_whitespace().count() <= MOST_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_capitals_are_written_as_names_are() {
        assert_eq!(title_case("WINSTON-SALEM"), "Winston-Salem");
        assert_eq!(title_case("MARY O'BRIEN"), "Mary O'Brien");
        assert_eq!(title_case("MARTHA'S VINEYARD"), "Martha's Vineyard");
        assert_eq!(title_case("McLEAN"), "McLEAN");
    }

    #[test]
    fn a_run_of_capitalized_words_too_long_for_a_name_is_none() {
        let headline = "Wordy ".repeat(2000);
        let found =
            extract_text(Some(headline.trim()), "The council met in Duluth on Monday to discuss the budget.");
        let all = found.people.iter().chain(&found.organizations).chain(&found.places);
        assert!(all.clone().all(|name| name.len() < 200), "{found:?}");
        assert!(found.places.contains(&"Duluth".to_string()), "{found:?}");
        assert!(is_name_sized("United Nations Educational, Scientific and Cultural Organization"));
    }

    pub(super) fn person(name: &str) -> Mention {
        Mention { tagged: true, ..Mention::new(Kind::Person, name.to_string()) }
    }

    pub(super) fn titled_person(name: &str) -> Mention {
        Mention { titled: true, ..person(name) }
    }

    pub(super) fn tagged(kind: Kind, name: &str) -> Mention {
        Mention { tagged: true, ..Mention::new(kind, name.to_string()) }
    }

    #[test]
    fn a_line_too_long_to_tag_at_once_is_tagged_a_sentence_at_a_time() {
        let sentence = "The ferry to Duluth left on time, said Anna Berg. ";
        let line = sentence.repeat(MAX_TAGGED_LINE_BYTES / sentence.len() * 3).trim_end().to_string();
        let pieces: Vec<&str> = tagging_pieces(&line).collect();
        assert!(pieces.len() >= 3, "{}", pieces.len());
        assert!(pieces.iter().all(|p| p.len() <= MAX_TAGGED_LINE_BYTES && p.ends_with("Berg.")));
        assert_eq!(pieces.join(" "), line);
        // No sentence end, no space: cut on a character's boundary.
        let solid = "é".repeat(MAX_TAGGED_LINE_BYTES);
        assert_eq!(tagging_pieces(&solid).map(str::len).sum::<usize>(), solid.len());
        assert_eq!(tagging_pieces("Short line.").collect::<Vec<_>>(), ["Short line."]);
        let found = extract_text(None, &line);
        assert_eq!(found.people, ["Anna Berg"]);
    }

    #[test]
    fn shouting_headlines_give_their_countries_alone() {
        // The tagger skips a headline in capitals; the countries and states it names are
        // read from the gazetteer.
        let e = extract_text(Some("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT"), "");
        assert_eq!(e, Entities { places: vec!["Japan".into(), "China".into()], ..Entities::default() });
    }

    #[test]
    fn seed_article_people_are_exactly_the_seven() {
        let text = include_str!("../../sample_corpus/000_a6e24111e258e245.txt");
        let (title, body) = text.split_once('\n').unwrap();
        let e = extract_text(Some(title), body);
        let mut people = e.people.clone();
        people.sort();
        assert_eq!(
            people,
            [
                "Amy Klobuchar",
                "Brian O'Hara",
                "Donald Trump",
                "JD Vance",
                "Jacob Frey",
                "Renée Good",
                "Tim Walz"
            ]
        );
        assert!(e.places.contains(&"Minneapolis".to_string()), "{e:?}");
        assert!(e.places.contains(&"Minnesota".to_string()), "{e:?}");
    }
}
