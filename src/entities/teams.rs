//! The settle steps for sport: the sides of a match named after a town, a county or a
//! state are the teams that play under that name, a table's rows are teams' rows, and a
//! team sheet's initials and surnames are players. [`super::extract_with`] runs them in
//! its order.

use std::borrow::Cow;
use std::sync::LazyLock;

use rustc_hash::FxHashSet as HashSet;

use super::lexicon::{fold, place};
use super::name_words::{Case, Letters, NameWord, NotAName};
use super::rules::{Kind, Mention};
use super::tokens;

/// The places read from rows of a table in capitals (`row_places`, indexes into
/// `mentions`) that the article also names as organizations: those rows are teams' rows of
/// a standings table ("BOSTON 69 65 .515 5"), not the towns.
pub(super) fn drop_places_of_team_rows(mentions: &mut Vec<Mention>, row_places: &[usize]) {
    if row_places.is_empty() {
        return;
    }
    let orgs: HashSet<String> =
        mentions.iter().filter(|m| m.kind == Kind::Org).map(|m| fold(&m.name)).collect();
    let mut at = 0;
    mentions.retain(|m| {
        at += 1;
        !(row_places.contains(&(at - 1)) && orgs.contains(&fold(&m.name)))
    });
}

/// Words between two sides of a match: "Leicestershire beat Somerset", "Wigan drew with
/// Bradford", "Essex v Derbyshire". Each entry is the words in order, lower case.
const MATCH_VERBS: &[&[&str]] = &[
    &["beat"],
    &["beats"],
    &["defeated"],
    &["thrashed"],
    &["trounced"],
    &["routed"],
    &["edged"],
    &["drew", "with"],
    &["draw", "with"],
    &["lost", "to"],
    &["lose", "to"],
    &["v"],
    &["vs"],
];

/// Words before the one side named: "match against Warwickshire", "victory over Kent".
const MATCH_NOUNS: &[&[&str]] = &[
    &["match", "against"],
    &["game", "against"],
    &["win", "over"],
    &["victory", "over"],
    &["win", "against"],
    &["victory", "against"],
    &["defeat", "by"],
    &["defeat", "to"],
];

/// A player's or a coach's role on a team: "Surrey captain Chris Lewis", "Derby striker
/// Dean Sturridge".
const TEAM_ROLES: &[&str] = &[
    "captain",
    "skipper",
    "coach",
    "manager",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "keeper",
    "winger",
    "batsman",
    "bowler",
    "spinner",
    "all-rounder",
    "fly-half",
    "scrum-half",
    "full-back",
    "quarterback",
    "pitcher",
    "boss",
    "centre",
    "prop",
    "flanker",
    "hooker",
    "team-mate",
    "teammate",
];

/// Verbs in the plural after a town that British sports writing uses of its team
/// ("Newcastle are languishing", "Newcastle have joined the race"): read so only in an
/// article that names sides of a match by a stronger cue.
const TEAM_PLURAL_VERBS: &[&str] = &["are", "were", "have"];

/// Whether `word` is a match's score: "2-1", "27-27".
fn is_score(word: &str) -> bool {
    word.split_once('-').is_some_and(|(a, b)| {
        [a, b].iter().all(|n| (1..=3).contains(&n.len()) && n.bytes().all(|c| c.is_ascii_digit()))
    })
}

/// The sides a team sheet names in brackets after each player: "M Tait (Newcastle), J
/// Noon (Newcastle), J Lewsey (Wasps)". A line is a team sheet when it brackets three
/// names so or more, each after a capitalized word; one bracket alone may be anything (a
/// party, a constituency, an acronym).
fn team_sheet_sides(pieces: &[Cow<'_, str>]) -> Vec<String> {
    let mut sides = Vec::new();
    for line in pieces {
        let mut found = Vec::new();
        let mut rest: &str = line;
        let mut offset = 0;
        while let Some(open) = rest.find('(') {
            let at = offset + open;
            let Some(close) = line[at..].find(')').map(|c| at + c) else { break };
            let inside = line[at + 1..close].trim();
            let before = line[..at].trim_end();
            let after_a_name = before.rsplit(' ').next().is_some_and(|w| w.starts_with(char::is_uppercase));
            let a_name = !inside.is_empty()
                && inside.split(' ').count() <= 3
                && inside.split(' ').all(|w| {
                    w.starts_with(char::is_uppercase)
                        && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                })
                && !tokens::is_acronym(inside);
            if after_a_name && a_name {
                found.push(inside.to_string());
            }
            offset = close + 1;
            rest = &line[offset..];
        }
        if found.len() >= 3 {
            sides.extend(found);
        }
    }
    sides
}

/// A sports article's sides of a match read as places are the teams that play under those
/// names: a county ("Leicestershire beat Somerset by an innings"), a city ("Wigan drew with
/// Bradford"), a state ("Texas beat Oklahoma"). A country keeps its place reading: its
/// national side is the country, as news indexes it.
///
/// Also: a score between two names ("Newcastle 2-1 Bolton"), a team sheet's brackets
/// ([`team_sheet_sides`]) and a match's pair written as one name ("Tottenham v
/// Nottingham Forest", which is two sides). Once the article names sides so, a town it
/// writes with a verb in the plural ([`TEAM_PLURAL_VERBS`]: "Newcastle are 14th") or
/// after "against" ("two tries against Newcastle") is a team too.
pub(super) fn teams_are_organizations(
    pieces: &[Cow<'_, str>],
    lines: &[Vec<tokens::Word<'_>>],
    mentions: &mut Vec<Mention>,
) {
    sides_of_a_pair_named_as_one(mentions);
    // Sides as written, paired where a verb names both: the article's people are only
    // looked up once a line names sides at all.
    let mut sides: Vec<(String, Option<String>)> =
        team_sheet_sides(pieces).into_iter().map(|side| (side, None)).collect();
    for words in lines {
        for k in 1..words.len() {
            if is_score(words[k].text) && !words[k - 1].break_after {
                // Each side on its own: a table's player ("Smith 2-1 Jones") is no team.
                sides.extend(name_ending_at(words, k).map(|a| (a, None)));
                sides.extend(name_starting_at(words, k + 1).map(|b| (b, None)));
                continue;
            }
            // Every cue starts with one of these words: most words are passed over here.
            if !is_match_cue(words[k].text) {
                continue;
            }
            let matches_at = |phrase: &[&str]| {
                phrase.iter().enumerate().all(|(j, w)| {
                    words
                        .get(k + j)
                        .is_some_and(|word| word.text == *w && (j + 1 == phrase.len() || !word.break_after))
                })
            };
            if let Some(verb) = MATCH_VERBS.iter().find(|v| matches_at(v)) {
                let before = (!words[k - 1].break_after).then(|| name_ending_at(words, k)).flatten();
                let after = name_starting_at(words, k + verb.len());
                if matches!(verb[0], "v" | "vs") {
                    // A fixture ("Newcastle v Chelsea") names two sides whatever else the
                    // article reads either name as.
                    sides.extend(before.into_iter().chain(after).map(|side| (side, None)));
                } else if let (Some(a), Some(b)) = (before, after) {
                    sides.push((a, Some(b)));
                }
            } else if let Some(noun) = MATCH_NOUNS.iter().find(|n| matches_at(n)) {
                sides.extend(name_starting_at(words, k + noun.len()).map(|b| (b, None)));
            } else if TEAM_ROLES.contains(&words[k].text)
                && !words[k - 1].break_after
                && !words[k].break_after
                && words.get(k + 1).is_some_and(|w| w.is_capitalized())
            {
                sides.extend(name_ending_at(words, k).map(|a| (a, None)));
            }
        }
    }
    if sides.is_empty() {
        return;
    }
    // The weaker cues, in an article that names sides.
    for words in lines {
        for k in 0..words.len() {
            let word = &words[k];
            if word.is_capitalized()
                && !word.break_after
                && (k + 1 == words.len() || !words[k + 1].is_capitalized())
                && words.get(k + 1).is_some_and(|w| TEAM_PLURAL_VERBS.contains(&w.text))
            {
                sides.extend(name_ending_at(words, k + 1).map(|a| (a, None)));
            } else if word.text == "against" && !word.break_after {
                sides.extend(name_starting_at(words, k + 1).map(|b| (b, None)));
            }
        }
    }
    // The article's people: every name read as a person's, and the surnames of full names.
    // A lone word read as a person's, with no title, can be the team: a town ("Bradford
    // beat Wigan") or a club's own name ("drawn against Everton"); the surname of a person
    // named in full ("Abraham Lincoln") or with a title ("Mr Hughes") cannot.
    let mut people: HashSet<String> = HashSet::default();
    let mut town_or_person: HashSet<String> = HashSet::default();
    for m in mentions.iter().filter(|m| m.kind == Kind::Person) {
        let folded = fold(&m.name);
        if let Some((_, surname)) = folded.rsplit_once(' ') {
            people.insert(surname.to_string());
        } else if !m.titled && place(&m.name).is_none_or(|p| p.kind != "country") {
            town_or_person.insert(folded);
            continue;
        }
        people.insert(folded);
    }
    // A side is no person of the article ("Yushchenko defeated Moscow-backed ..." and
    // "Franz Ferdinand beat Morrissey" are no matches), and no abbreviation with periods.
    let side = |name: &String| (!name.contains('.') && !people.contains(&fold(name))).then(|| fold(name));
    // Folded name and the name as written ("Sale", the rugby club, not the place "Salé"),
    // in the order the article names them.
    let mut teams: Vec<(String, String)> = Vec::new();
    for (a, b) in &sides {
        let named = match b {
            // Both sides must be teams, and a side does not play itself: "Shr N.A. vs
            // N.A." is a table's blanks.
            Some(b) => match (side(a), side(b)) {
                (Some(fa), Some(fb)) if fa != fb => vec![(fa, a), (fb, b)],
                _ => continue,
            },
            None => side(a).map(|fa| (fa, a)).into_iter().collect(),
        };
        for (folded, written) in named {
            if !teams.iter().any(|(team, _)| *team == folded) {
                teams.push((folded, written.clone()));
            }
        }
    }
    let is_country = |name: &str| place(name).is_some_and(|p| p.kind == "country");
    for m in mentions.iter_mut() {
        let folded = fold(&m.name);
        let could_be_team = match m.kind {
            Kind::Place => true,
            Kind::Person => town_or_person.contains(&folded) && !people.contains(&folded),
            Kind::Org => false,
        };
        if could_be_team
            && let Some((_, written)) = teams.iter().find(|(team, _)| *team == folded)
            && !is_country(&m.name)
        {
            m.kind = Kind::Org;
            m.name = written.clone();
        }
    }
    // A side the tagger passed over is a team when it is a town or county the gazetteer
    // knows ("Surrey captain Chris Lewis").
    for (folded, written) in teams {
        if place(&written).is_some()
            && !is_country(&written)
            && !mentions.iter().any(|m| fold(&m.name) == folded)
        {
            mentions.push(Mention::new(Kind::Org, written));
        }
    }
}

/// Whether `name` is a capital initial and a surname, as team sheets and results write a
/// player: "K Maggs", "S. Parisse", "O'Driscoll" after "B". Not when the second word is
/// a firm's or a place's ("M Inc", "S Africa", "S Club"), a nationality ("S Korean") or
/// a word of no name ("I. The").
fn is_initial_and_surname(name: &str) -> bool {
    const SURNAME_AFTER_AN_INITIAL: NameWord = NameWord {
        case: Case::CapitalThenLower,
        letters: Letters::OrJoins,
        not: &[
            NotAName::OrgHead,
            NotAName::CompanyForm,
            NotAName::TradeWord,
            NotAName::InstitutionWord,
            NotAName::FunctionWord,
            NotAName::Demonym,
        ],
    };
    let Some((initial, surname)) = name.split_once(' ') else { return false };
    let initial = initial.strip_suffix('.').unwrap_or(initial);
    initial.len() == 1
        && initial.chars().all(|c| c.is_ascii_uppercase())
        && SURNAME_AFTER_AN_INITIAL.admits(surname)
}

/// An organization read in a team sheet or a results list is its player: an article that
/// names three people or more by an initial and a surname ("F Sheahan, M Horan, K
/// Maggs.") lists players, and "K Maggs" read as an organization is one of them. A name
/// that begins a longer organization of the article ("J. Rothschild Holdings") keeps its
/// reading, and so does every such name in an article that lists no players.
pub(super) fn initials_of_team_sheets_are_people(mentions: &mut [Mention]) {
    let listed: HashSet<&str> =
        mentions.iter().map(|m| m.name.as_str()).filter(|n| is_initial_and_surname(n)).collect();
    if listed.len() < 3 {
        return;
    }
    let begins_a_longer_org = |name: &str| {
        mentions.iter().any(|o| {
            o.kind == Kind::Org && o.name.strip_prefix(name).is_some_and(|rest| rest.starts_with(' '))
        })
    };
    let players: HashSet<String> = mentions
        .iter()
        .filter(|m| m.kind == Kind::Org && is_initial_and_surname(&m.name) && !begins_a_longer_org(&m.name))
        .map(|m| m.name.clone())
        .collect();
    for m in mentions.iter_mut().filter(|m| m.kind == Kind::Org && players.contains(&m.name)) {
        m.kind = Kind::Person;
    }
}

/// A match's two sides the tagger read as one name ("Tottenham v Nottingham Forest",
/// "Wales v England"): each side a name of its own, a country a place (its national
/// side is the country, as news indexes it), any other an organization.
fn sides_of_a_pair_named_as_one(mentions: &mut Vec<Mention>) {
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions.drain(..) {
        let words: Vec<&str> = m.name.split(' ').collect();
        let at = words.iter().position(|w| matches!(*w, "v" | "vs" | "v." | "vs."));
        let sides = at
            .filter(|&at| at > 0 && at + 1 < words.len())
            .map(|at| (words[..at].join(" "), words[at + 1..].join(" ")));
        match sides {
            Some((a, b)) if [&a, &b].iter().all(|s| s.starts_with(char::is_uppercase)) => {
                for side in [a, b] {
                    let kind = if place(&side).is_some_and(|p| p.kind == "country") {
                        Kind::Place
                    } else {
                        Kind::Org
                    };
                    out.push(Mention { kind, name: side, ..m.clone() });
                }
            }
            _ => out.push(m),
        }
    }
    *mentions = out;
}

/// The first word of a cue in [`MATCH_VERBS`], [`MATCH_NOUNS`] or [`TEAM_ROLES`].
fn is_match_cue(word: &str) -> bool {
    static FIRST_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
        MATCH_VERBS.iter().chain(MATCH_NOUNS).map(|cue| cue[0]).chain(TEAM_ROLES.iter().copied()).collect()
    });
    word.starts_with(|c: char| c.is_ascii_lowercase()) && FIRST_WORDS.contains(word)
}

/// Up to four capitalized words ending just before `end`, with no punctuation between.
fn name_ending_at(words: &[tokens::Word<'_>], end: usize) -> Option<String> {
    let mut start = end;
    while start > 0
        && end - start < 4
        && words[start - 1].is_capitalized()
        && (start == end || !words[start - 1].break_after)
    {
        start -= 1;
    }
    (start < end).then(|| tokens::joined(&words[start..end]))
}

/// Up to four capitalized words from `start` on, with no punctuation between.
pub(super) fn name_starting_at(words: &[tokens::Word<'_>], start: usize) -> Option<String> {
    let mut end = start;
    while end < words.len() && end - start < 4 && words[end].is_capitalized() {
        end += 1;
        if words[end - 1].break_after {
            break;
        }
    }
    (start < end).then(|| tokens::joined(&words[start..end]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::{extract_text, tests::tagged};

    #[test]
    fn results_tables_and_scorecards_give_people() {
        let e = extract_text(
            Some("Athletics results"),
            "Results of the women's discus on Friday:\n\
             1. Ilse Vandermeer (Belgium) 63.95 metres\n\
             2. Tomas Brennholt (Norway) 62.10\n\
             Aino Rautavaara (Finland) beat Greta Lindqvist (Sweden) 6-3 6-4\n\
             Midlands 310 and 122-4 K. Oduya 87 not out, R. Pellworth 5-40",
        );
        assert_eq!(
            e.people,
            [
                "Ilse Vandermeer",
                "Tomas Brennholt",
                "Aino Rautavaara",
                "Greta Lindqvist",
                "K. Oduya",
                "R. Pellworth"
            ]
        );
        assert!(e.places.contains(&"Belgium".to_string()), "{e:?}");
    }

    #[test]
    fn the_sides_of_a_match_named_after_towns_are_teams_but_countries_stay_places() {
        let e = extract_text(
            Some("Wigan go top after win"),
            "Wigan beat Halifax 24-12 on Sunday to go top of the table, a week after their victory over Huddersfield.\n\
             Warrington coach Tom Harlow said his side would meet Wigan in the cup next month.\n\
             In the international match, France beat Italy 30-17 in Paris.",
        );
        let mut organizations = e.organizations.clone();
        organizations.sort();
        assert_eq!(organizations, ["Halifax", "Huddersfield", "Warrington", "Wigan"], "{e:?}");
        assert_eq!(e.places, ["France", "Italy", "Paris"]);
        // The same towns outside a match are places.
        let e = extract_text(
            None,
            "Snow fell on Wigan and Warrington on Sunday night, closing roads around Halifax and Huddersfield.",
        );
        assert!(e.organizations.is_empty(), "{e:?}");
        assert!(e.places.contains(&"Huddersfield".to_string()), "{e:?}");
        // A person who defeats another is no team, even with a town's name.
        let e = extract_text(
            None,
            "Senator Jane Ruskin defeated Governor Tom Salford in the primary on Tuesday.\n\
             Ruskin beat Salford by eight points, the state election board said.",
        );
        assert_eq!(e.people, ["Jane Ruskin", "Tom Salford"]);
        assert!(e.organizations.is_empty(), "{e:?}");
    }

    #[test]
    fn a_score_a_fixture_a_team_sheet_and_a_plural_verb_name_clubs() {
        let e = extract_text(
            Some("Newcastle 2-1 Bolton"),
            "Kieron Dyer scored twice. Newcastle are now ninth in the table.\n\
             Newcastle boss Graeme Souness said his side deserved it.",
        );
        assert!(e.organizations.contains(&"Newcastle".to_string()), "{e:?}");
        assert!(e.organizations.contains(&"Bolton".to_string()), "{e:?}");
        assert!(e.places.is_empty(), "{e:?}");
        // A fixture the tagger read as one name is two sides.
        let e = extract_text(Some("Cup draw"), "West Bromwich Albion or Tottenham v Nottingham Forest\n");
        assert!(!e.organizations.iter().any(|o| o.contains(" v ")), "{e:?}");
        assert!(!e.people.iter().any(|o| o.contains(" v ")), "{e:?}");
        // A team sheet brackets each player's club.
        let e = extract_text(
            Some("Squad named"),
            "England: J Robinson (Sale), M Tait (Newcastle), J Noon (Newcastle), O Barkley (Bath).",
        );
        assert!(e.organizations.contains(&"Newcastle".to_string()), "{e:?}");
        assert!(!e.places.contains(&"Newcastle".to_string()), "{e:?}");
        // Without a match, the plural verb is the town's people's.
        let e = extract_text(None, "Shops in Newcastle are open late, and Gateshead has a new bridge.");
        assert!(!e.organizations.contains(&"Newcastle".to_string()), "{e:?}");
        // One bracket is a constituency, not a team sheet.
        assert!(team_sheet_sides(&[Cow::Borrowed("Jane Smith (Newcastle) said so.")]).is_empty());
        assert!(is_score("2-1") && is_score("27-27") && !is_score("1987-88x") && !is_score("a-1"));
    }

    #[test]
    fn a_team_sheets_initials_and_surnames_are_players_not_organizations() {
        assert!(is_initial_and_surname("K Maggs"));
        assert!(is_initial_and_surname("S. Parisse"));
        for name in ["M Inc", "S Korean", "I. The", "Kevin Maggs", "AB Maggs"] {
            assert!(!is_initial_and_surname(name), "{name}");
        }
        let mut mentions = vec![
            tagged(Kind::Person, "F Sheahan"),
            tagged(Kind::Person, "M Horan"),
            tagged(Kind::Org, "K Maggs"),
            tagged(Kind::Org, "J. Rothschild"),
            tagged(Kind::Org, "J. Rothschild Holdings"),
        ];
        initials_of_team_sheets_are_people(&mut mentions);
        assert_eq!(mentions[2].kind, Kind::Person);
        assert_eq!(mentions[3].kind, Kind::Org, "a firm's name begins a longer one");
        // Two names so are no list.
        let mut mentions = vec![tagged(Kind::Person, "F Sheahan"), tagged(Kind::Org, "K Maggs")];
        initials_of_team_sheets_are_people(&mut mentions);
        assert_eq!(mentions[1].kind, Kind::Org);
    }

    #[test]
    fn a_standings_table_names_teams_and_its_schedule_the_venues() {
        let e = extract_text(
            Some("Baseball standings"),
            "Standings after games played on Thursday:\nW L PCT GB\nBOSTON 69 65 .515 -\n\
             SEATTLE 70 63 .526 1\nOAKLAND 64 72 .471 5\nFRIDAY SCHEDULE\nBOSTON AT OAKLAND\nSEATTLE AT TORONTO",
        );
        assert_eq!(e.organizations, ["BOSTON", "SEATTLE", "OAKLAND"]);
        assert_eq!(e.places, ["Oakland", "Toronto"]);
        // A table of prices by town names the towns.
        let e = extract_text(
            Some("Cash grain prices"),
            "Prices at country elevators on Tuesday:\nCEDAR RAPIDS 2.35 2.40\nPEORIA 2.31 2.38",
        );
        assert_eq!(e.places, ["Cedar Rapids", "Peoria"]);
        assert!(e.organizations.is_empty(), "{e:?}");
    }
}
