//! People, organizations and places named in an article.
//!
//! [`extract`] is the only entry point the rest of newsdex uses, so the rule-based
//! extractor here can be replaced by a trained tagger without touching ingest or search.
//!
//! It works in three steps:
//! 1. [`tokens`] splits the text into words, keeping `O'Hara`, `Mr.` and sentence starts;
//! 2. [`rules`] finds capitalized runs and classifies them with titles, organization words
//!    and the gazetteers of [`lexicon`];
//! 3. [`consolidate`] folds surname and title mentions into the one full name they refer
//!    to in this article ("Mr Frey" → "Jacob Frey") and drops lone capitalized words
//!    that never turn out to be anyone's surname.

pub mod lexicon;
pub mod rules;
pub mod tokens;

use std::collections::HashSet;

use lexicon::{fold, is_org_suffix, known_org, place};
use rules::{Evidence, Kind, Mention};

use crate::ingest::Article;

/// The entities of one article, each list in order of first mention, canonical names only.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entities {
    /// People ("Jacob Frey"), titles stripped.
    pub people: Vec<String>,
    /// Organizations ("Border Patrol").
    pub organizations: Vec<String>,
    /// Places ("Minneapolis", "United States").
    pub places: Vec<String>,
}

/// Extracts the entities of an article from its headline and body.
pub fn extract(article: &Article) -> Entities {
    extract_text(article.title.as_deref(), &article.body)
}

/// Extracts entities from a headline and a body.
pub fn extract_text(title: Option<&str>, body: &str) -> Entities {
    let mut mentions = Vec::new();
    for line in title.into_iter().chain(body.lines()) {
        // All-capitals lines (wire headlines, section labels) carry no case information.
        if is_shouting(line) {
            continue;
        }
        mentions.extend(rules::mentions(&tokens::words(line)));
    }
    consolidate(&mentions)
}

fn is_shouting(line: &str) -> bool {
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    let upper = line.chars().filter(|c| c.is_uppercase()).count();
    letters >= 12 && upper * 10 >= letters * 8
}

/// One person as the article refers to them.
#[derive(Debug)]
struct Person {
    /// The longest full form seen.
    name: String,
    /// Folded first and last words, which identify the person within one article.
    first: String,
    last: String,
    confirmed: bool,
}

/// Turns raw mentions into canonical, de-duplicated entity lists.
pub fn consolidate(mentions: &[Mention]) -> Entities {
    let mut people: Vec<Person> = Vec::new();
    // Full names first, so that any later (or earlier) surname can find them.
    for m in mentions.iter().filter(|m| m.kind == Kind::Person && m.name.contains(' ')) {
        let words: Vec<String> = m.name.split(' ').map(fold).collect();
        let (first, last) = (words[0].clone(), words[words.len() - 1].clone());
        let confirmed = m.evidence == Evidence::Confirmed;
        match people.iter_mut().find(|p| p.first == first && p.last == last) {
            Some(p) => {
                p.confirmed |= confirmed;
                if m.name.len() > p.name.len() {
                    p.name = m.name.clone();
                }
            }
            None => people.push(Person { name: m.name.clone(), first, last, confirmed }),
        }
    }
    // Then single words: a surname confirms and joins its full name; a titled surname with
    // no full name is a person in its own right ("Mr Smith" → "Smith").
    for m in mentions.iter().filter(|m| m.kind == Kind::Person && !m.name.contains(' ')) {
        let word = fold(&m.name);
        let strong = m.evidence == Evidence::Confirmed;
        if let Some(p) = people.iter_mut().find(|p| p.last == word || p.first == word) {
            p.confirmed |= strong && p.last == word;
        } else if strong && m.titled {
            people.push(Person { name: m.name.clone(), first: word.clone(), last: word, confirmed: true });
        }
    }

    let mut entities = Entities::default();
    let mut seen = HashSet::new();
    let mut push = |list: &mut Vec<String>, kind: Kind, name: &str| {
        if seen.insert((kind, fold(name))) {
            list.push(name.to_string());
        }
    };
    for m in mentions {
        match m.kind {
            Kind::Org => push(&mut entities.organizations, Kind::Org, &m.name),
            Kind::Place => push(&mut entities.places, Kind::Place, &m.name),
            Kind::Person => {}
        }
    }
    for p in people.iter().filter(|p| p.confirmed) {
        let words: Vec<String> = p.name.split(' ').map(fold).collect();
        if words.iter().any(|w| is_org_suffix(w)) || known_org(&p.name).is_some() {
            // "Minneapolis Police", "Patrol Agent Smith": an organization, not a person.
            push(&mut entities.organizations, Kind::Org, &p.name);
        } else if place(&p.name).is_none() {
            push(&mut entities.people, Kind::Person, &p.name);
        }
    }
    entities
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surnames_and_titles_fold_into_full_names() {
        let e = extract_text(
            Some("Frey meets Walz"),
            "Minneapolis Mayor Jacob Frey spoke. Mr Frey said so. Minnesota Governor Tim Walz agreed.\nMr Walz left.",
        );
        assert_eq!(e.people, ["Jacob Frey", "Tim Walz"]);
        assert_eq!(e.places, ["Minneapolis", "Minnesota"]);
    }

    #[test]
    fn a_titled_surname_alone_is_a_person() {
        let e = extract_text(None, "Mr Okafor declined to comment.");
        assert_eq!(e.people, ["Okafor"]);
    }

    #[test]
    fn lone_capitalized_words_are_not_people() {
        let e = extract_text(None, "Insurrection was the word. Residents were angry. Please stay home.");
        assert!(e.people.is_empty(), "{e:?}");
    }

    #[test]
    fn candidates_need_confirmation() {
        let unconfirmed =
            extract_text(None, "at the Kreuzberg Bakehouse party with Adebayo Ogunleye present");
        assert!(unconfirmed.people.is_empty(), "{unconfirmed:?}");
        let confirmed = extract_text(None, "with Adebayo Ogunleye present. Mr Ogunleye said no.");
        assert_eq!(confirmed.people, ["Adebayo Ogunleye"]);
    }

    #[test]
    fn shouting_headlines_are_ignored() {
        let e = extract_text(Some("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT"), "");
        assert_eq!(e, Entities::default());
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
