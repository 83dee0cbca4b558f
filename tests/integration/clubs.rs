//! Clubs named after their towns are organizations in sports stories, and state firms
//! are organizations wherever the wire writes them alone.

use crate::util::Corpus;

/// A match report, a fixtures list, a rugby team sheet, a story of the town, and a story
/// of two state oil firms.
fn corpus() -> Corpus {
    let c = Corpus::new();
    c.write(
        "report.txt",
        "Newcastle 2-1 Bolton\n\nKieron Dyer scored twice as Newcastle came from behind. Newcastle \
         are now ninth in the table, and Bolton have lost three in a row.\n",
    );
    c.write(
        "fixtures.txt",
        "Cup draw\n\nUnited were drawn against Everton, while Chelsea face a trip to Newcastle.\n\n\
         Everton v Manchester United\n\nNewcastle v Chelsea\n",
    );
    c.write(
        "sheet.txt",
        "Tait picked for England\n\nEngland: J Robinson (Sale), M Tait (Newcastle), J Noon \
         (Newcastle), O Barkley (Bath); C Hodgson (Sale), K Maggs (Bath), S Borthwick (Bath).\n",
    );
    c.write(
        "town.txt",
        "Shipyard jobs\n\nA shipyard in Newcastle is to take on 200 workers, the council said on \
         Monday.\n",
    );
    c.write(
        "oil.txt",
        "Indonesia signs gas deal\n\nThe contract was signed by Pertamina and Japanese buyers, a \
         Pertamina official said. Analysts said the deal was a boost for Pertamina and for gas \
         monopoly Gazprom, which sells to Europe.\n",
    );
    c.ingest();
    c
}

fn sorted(mut names: Vec<String>) -> Vec<String> {
    names.sort();
    names
}

#[test]
fn a_town_named_as_a_side_of_a_match_is_its_club() {
    let c = corpus();
    assert_eq!(sorted(c.hit_names(&["--org", "Newcastle"])), ["fixtures.txt", "report.txt", "sheet.txt"]);
    assert_eq!(c.hit_names(&["--place", "Newcastle"]), ["town.txt"]);
    assert_eq!(c.hit_names(&["--org", "Everton"]), ["fixtures.txt"]);
    assert!(c.hit_names(&["--person", "Everton"]).is_empty());
    assert_eq!(c.hit_names(&["--org", "Bolton"]), ["report.txt"]);
}

#[test]
fn a_team_sheets_initial_and_surname_is_a_player() {
    let c = corpus();
    assert!(c.hit_names(&["--org", "K Maggs"]).is_empty());
    // The clubs in brackets are organizations ("Bath", which the tagger passes over here, is
    // not found at all: left for a rule of its own).
    assert_eq!(c.hit_names(&["--org", "Sale"]), ["sheet.txt"]);
    assert!(c.hit_names(&["--country", "Morocco"]).is_empty());
}

#[test]
fn a_state_oil_firm_written_alone_is_an_organization() {
    let c = corpus();
    assert_eq!(c.hit_names(&["--org", "Pertamina"]), ["oil.txt"]);
    assert_eq!(c.hit_names(&["--org", "Gazprom"]), ["oil.txt"]);
    assert!(c.hit_names(&["--place", "Pertamina"]).is_empty());
    assert!(c.hit_names(&["--place", "Gazprom"]).is_empty());
}
