//! Which kind a name is, from the words around it in the article: firms are not people,
//! and a country's abbreviation before a common noun is no organization.
//!
//! The tagger reads a firm named after people ("James Capel", "Merrill Lynch", "J.P.
//! Morgan") as a person, and wire copy that capitalizes the word after "U.S." ("five U.S.
//! Firms", "the U.S. Position") gives it organizations that are a country and a noun.
//! These rules look at what the article itself says around the name: a legal form after
//! it ("James Capel and Co"), a noun of a trade before it ("brokers Hoare Govett", "drinks
//! group Diageo", "band Franz Ferdinand") or an analyst's "at" or "with" ("an analyst with
//! L.F. Rothschild").

use super::lexicon::{self, fold};
use super::rules::{Kind, Mention};
use super::tokens::Word;

/// Nouns of a trade or a kind of firm that, written right before a capitalized name,
/// make it a firm's (or a band's): "brokers James Capel", "gas giant Gazprom", "the
/// drinks group Diageo", "rock band Franz Ferdinand". Not one "broker", which is a
/// person's trade ("said broker Shakil Rizvi"), nor a "carrier", a warship's too.
const FIRM_CUE_NOUNS: &[&str] = &[
    "brokers",
    "stockbrokers",
    "brokerage",
    "brokerages",
    "bank",
    "banks",
    "bankers",
    "firm",
    "firms",
    "group",
    "company",
    "companies",
    "conglomerate",
    "giant",
    "maker",
    "makers",
    "carmaker",
    "automaker",
    "retailer",
    "brewer",
    "distiller",
    "insurer",
    "airline",
    "chain",
    "label",
    "band",
    "bands",
];

/// People whose trade is another firm's shares or markets, who work "at" or "with" a
/// firm: "an analyst with L.F. Rothschild", "economist at Hoare Govett".
const MARKET_JOBS: &[&str] = &[
    "analyst",
    "analysts",
    "economist",
    "economists",
    "strategist",
    "strategists",
    "dealer",
    "dealers",
    "trader",
    "traders",
];

/// The bodies of a state that follow a country's abbreviation in an organization's name:
/// "U.S. Treasury", "U.K. Government", "U.S. District Court" (three words are not looked
/// at). Any other single word after "U.S." is a noun the wire capitalized ("U.S. Firms",
/// "U.S. Economy", "U.S. Attack"), no organization.
const STATE_BODIES: &[&str] = &[
    "administration",
    "agency",
    "army",
    "bank",
    "bureau",
    "cabinet",
    "congress",
    "consulate",
    "court",
    "customs",
    "department",
    "embassy",
    "government",
    "house",
    "marines",
    "military",
    "mint",
    "ministry",
    "navy",
    "parliament",
    "senate",
    "treasury",
];

/// The capitalized words from `start` on that a name can run over: up to a break, a word
/// in lower case or a legal form.
fn run_from<'w, 'a>(words: &'w [Word<'a>], start: usize) -> &'w [Word<'a>] {
    let mut end = start;
    while end < words.len() && words[end].is_capitalized() && !lexicon::is_legal_form(&fold(words[end].text))
    {
        end += 1;
        if words[end - 1].break_after || words[end - 1].possessive {
            break;
        }
    }
    &words[start..end]
}

/// The capitalized words right before a legal form at `form` ("James Capel and Co",
/// "Janney Montgomery Scott Inc"), the "and" of "and Co" left out.
fn run_before_form<'w, 'a>(words: &'w [Word<'a>], form: usize) -> &'w [Word<'a>] {
    let mut end = form;
    if end >= 2 && words[end - 1].text == "and" && !words[end - 1].break_after {
        end -= 1;
    }
    if end == 0 || !words[end - 1].is_capitalized() {
        return &words[end..end];
    }
    // Where the capitalized words ending at `last` start, within a sentence.
    let head = |last: usize| {
        let mut start = last;
        while start > 0
            && !words[start].sentence_start
            && words[start - 1].is_capitalized()
            && !words[start - 1].break_after
        {
            start -= 1;
        }
        start
    };
    let mut start = head(end - 1);
    // Partners' names parted by commas, two single names or more before the form and a
    // longer one before them: "L.F. Rothschild, Unterberg, Towbin Inc". One single name
    // after a comma may be an apposition ("John Smith, Acme Inc's chairman").
    if start + 1 == end {
        let (mut at, mut singles) = (start, 1);
        while at > 0 && !words[at].sentence_start && singles <= 4 {
            let comma = at - 1;
            if !words[comma].is_capitalized() || !words[comma].break_after {
                break;
            }
            at = head(comma);
            if at < comma {
                if singles >= 2 {
                    start = at;
                }
                break;
            }
            singles += 1;
        }
    }
    &words[start..end]
}

/// The runs of capitalized words the article's own words make a firm's: before a legal
/// form, after a noun of [`FIRM_CUE_NOUNS`], after "analyst at" or "economist with".
/// Each run comes with whether a legal form ends it: only then is a name inside it, not at
/// its start, a piece of the firm's ("Dean Witter Reynolds Inc"). A run after a cue noun
/// that starts with a title ("the bank Governor Robin Leigh-Pemberton") is the person's;
/// before a legal form a title is a partner's name ("Dean Witter Reynolds Inc").
fn firm_runs(lines: &[Vec<Word<'_>>]) -> Vec<(Vec<String>, bool)> {
    let mut runs: Vec<(Vec<String>, bool)> = Vec::new();
    let mut push = |run: &[Word<'_>], formal: bool| {
        if run.first().is_none_or(|w| !formal && lexicon::is_title(&fold(w.text))) {
            return;
        }
        let run = (run.iter().map(|w| w.text.to_string()).collect(), formal);
        if !runs.contains(&run) {
            runs.push(run);
        }
    };
    for words in lines {
        for (k, word) in words.iter().enumerate() {
            let folded = fold(word.text);
            if k > 0 && word.is_capitalized() && (lexicon::is_legal_form(&folded) || folded == "cos") {
                push(run_before_form(words, k), true);
                continue;
            }
            if word.is_capitalized() || word.break_after || word.possessive {
                continue;
            }
            if FIRM_CUE_NOUNS.contains(&word.text) {
                push(run_from(words, k + 1), false);
            } else if MARKET_JOBS.contains(&word.text)
                && words.get(k + 1).is_some_and(|w| matches!(w.text, "at" | "with") && !w.break_after)
            {
                push(run_from(words, k + 2), false);
            }
        }
    }
    runs
}

/// Where `name`'s words stand inside `run`, if they do.
fn position_in(run: &[String], name: &[&str]) -> Option<usize> {
    (0..=run.len().checked_sub(name.len())?)
        .find(|&at| run[at..at + name.len()].iter().zip(name).all(|(a, b)| a == b))
}

/// People the tagger read that the article shows to be firms. A person's name (no title
/// before it) that begins a run of [`firm_runs`] is an organization ("James Capel" of
/// "brokers James Capel"); one inside such a run, not at its start, is a piece of a
/// firm's name and no one ("Witter Reynolds" of "Dean Witter Reynolds Inc"). A name the
/// article follows with "who" is a person's ("Charles Schwab, who founded Charles Schwab
/// Corp"), and a lone word that ends the full name of a person of the article is that
/// person's surname and stays.
pub(super) fn firms_read_as_people(lines: &[Vec<Word<'_>>], mentions: &mut Vec<Mention>) {
    if !mentions.iter().any(|m| m.kind == Kind::Person && !m.titled) {
        return;
    }
    let runs = firm_runs(lines);
    // A name followed by "who" is a person's, whatever firm bears it ("Charles Schwab, who
    // founded Charles Schwab Corp").
    let who: Vec<String> = lines
        .iter()
        .flat_map(|words| {
            words.windows(2).enumerate().filter(|(_, pair)| matches!(pair[1].text, "who" | "whose")).map(
                |(k, _)| {
                    let mut start = k;
                    while start > 0 && words[start - 1].is_capitalized() && !words[start - 1].break_after {
                        start -= 1;
                    }
                    super::tokens::joined(&words[start..=k])
                },
            )
        })
        .collect();
    let surnames: Vec<String> = mentions
        .iter()
        .filter(|m| m.kind == Kind::Person && m.name.contains(' '))
        .filter_map(|m| m.name.rsplit(' ').next().map(str::to_string))
        .collect();
    let mut pieces: Vec<String> = Vec::new();
    for m in mentions.iter_mut().filter(|m| m.kind == Kind::Person && !m.titled) {
        let name: Vec<&str> = m.name.split(' ').collect();
        if (name.len() == 1 && surnames.contains(&m.name)) || who.contains(&m.name) {
            continue;
        }
        let at = runs.iter().filter_map(|(run, formal)| Some((position_in(run, &name)?, *formal)));
        let (starts, inside) =
            at.fold((false, false), |(s, i), (at, formal)| (s || at == 0, i || (at > 0 && formal)));
        if starts {
            m.kind = Kind::Org;
        } else if inside {
            pieces.push(m.name.clone());
        }
    }
    if !pieces.is_empty() {
        mentions.retain(|m| !(m.kind == Kind::Person && !m.titled && pieces.contains(&m.name)));
    }
}

/// An organization of two words, a country's abbreviation with periods and one more word
/// that is none of [`STATE_BODIES`] ("U.S. Firms", "U.S. Position", "U.K. Budget"), is that
/// country written before a noun the wire capitalized: it becomes the place.
pub(super) fn countries_before_nouns(mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| m.kind == Kind::Org) {
        let Some((country, noun)) = m.name.split_once(' ') else {
            continue;
        };
        if !country.contains('.') || noun.contains(' ') || STATE_BODIES.contains(&fold(noun).as_str()) {
            continue;
        }
        if !noun.chars().skip(1).all(|c| c.is_lowercase() || c == '-') {
            continue;
        }
        if let Some(place) = lexicon::place(country) {
            m.kind = Kind::Place;
            m.name = place.canonical.to_string();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{extract_text, tokens};
    use super::*;

    fn lines(text: &str) -> Vec<Vec<Word<'_>>> {
        text.lines().map(tokens::words).collect()
    }

    #[test]
    fn a_legal_form_a_trade_noun_or_an_analysts_at_makes_a_firm() {
        let text = "said David Keller, analyst at James Capel and Co. Shares rose.\n\
                    Larry Feinberg, an analyst with Dean Witter Reynolds Inc said a deal was near.\n\
                    Richard Jeffrey of brokers Hoare Govett said it was a good year.\n\
                    Muse beat the band Franz Ferdinand in the poll.\n\
                    The notes were sold through L.F. Rothschild, Unterberg, Towbin Inc.\n\
                    Jane Doe, Acme Inc's chairman, agreed.";
        let runs = firm_runs(&lines(text));
        for firm in [
            &["James", "Capel"][..],
            &["Dean", "Witter", "Reynolds"],
            &["Hoare", "Govett"],
            &["Franz", "Ferdinand"],
        ] {
            assert!(runs.iter().any(|(r, _)| position_in(r, firm) == Some(0)), "{firm:?} in {runs:?}");
        }
        // The people of those lines are no firm's.
        for person in
            [&["David", "Keller"][..], &["Larry", "Feinberg"], &["Richard", "Jeffrey"], &["Jane", "Doe"]]
        {
            assert!(runs.iter().all(|(r, _)| position_in(r, person).is_none()), "{person:?} in {runs:?}");
        }
    }

    #[test]
    fn firms_named_after_people_are_organizations() {
        let text = "Peter Fellner, economist at brokers James Capel and Co, said growth would slow. \
                    Larry Feinberg, an analyst with Dean Witter Reynolds Inc, said a deal was near.";
        let found = extract_text(None, text);
        assert!(found.people.contains(&"Peter Fellner".to_string()), "{found:?}");
        assert!(found.people.contains(&"Larry Feinberg".to_string()), "{found:?}");
        for firm in ["James Capel", "Witter Reynolds", "Dean Witter Reynolds"] {
            assert!(!found.people.iter().any(|p| p == firm), "{firm} in {:?}", found.people);
        }
    }

    #[test]
    fn a_surname_of_the_article_stays_a_person() {
        let text = "The brokers Capel said so.\nJohn Capel, the firm's founder, agreed.";
        let mut mentions = vec![
            Mention::new(Kind::Person, "John Capel".to_string()),
            Mention::new(Kind::Person, "Capel".to_string()),
        ];
        firms_read_as_people(&lines(text), &mut mentions);
        assert!(mentions.iter().all(|m| m.kind == Kind::Person), "{mentions:?}");
    }

    #[test]
    fn a_countrys_abbreviation_before_a_noun_is_the_country() {
        let mut mentions: Vec<Mention> =
            ["U.S. Firms", "U.S. Position", "U.S. Treasury", "U.S. District Court"]
                .iter()
                .map(|n| Mention::new(Kind::Org, n.to_string()))
                .collect();
        countries_before_nouns(&mut mentions);
        let kinds: Vec<(Kind, &str)> = mentions.iter().map(|m| (m.kind, m.name.as_str())).collect();
        assert_eq!(
            kinds,
            [
                (Kind::Place, "United States"),
                (Kind::Place, "United States"),
                (Kind::Org, "U.S. Treasury"),
                (Kind::Org, "U.S. District Court")
            ]
        );
    }
}
