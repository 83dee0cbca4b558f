//! Places a foreign desk relies on: a country with everything in it (`--country`), a
//! nationality as its country, a headline in capitals read for its country, and one
//! name for a place's other names.

use crate::util::Corpus;

/// A London story that never names Britain, a Tokyo story under a headline in capitals,
/// a British Columbia story, a story naming the Mideast and one naming the Middle East.
fn corpus() -> Corpus {
    let c = Corpus::new();
    c.write(
        "london.txt",
        "Brokers cut staff\n\nSeveral brokers in London said on Monday they would cut jobs after a \
         quiet month, and traders in Manchester expected more cuts.\n",
    );
    c.write(
        "tokyo.txt",
        "JAPAN PERSONAL SAVINGS SOAR IN 1986\n\nHousehold savings rose sharply last year, officials in \
         Tokyo said on Friday, as wages grew faster than spending.\n",
    );
    c.write(
        "columbia.txt",
        "Mine reopens\n\nA copper mine in British Columbia reopened on Tuesday after a strike, the \
         company said in Vancouver.\n",
    );
    c.write(
        "britain.txt",
        "Sterling firm\n\nSterling rose against the dollar in Britain on Wednesday as British bond \
         yields climbed, dealers said.\n",
    );
    c.write(
        "mideast.txt",
        "Oil talks\n\nMinisters from the Mideast met in Vienna on Thursday to discuss output, \
         officials said.\n",
    );
    c.write(
        "middle-east.txt",
        "Shipping rates\n\nTanker rates from the Middle East rose on Friday as demand grew, brokers \
         said in Oslo.\n",
    );
    c.ingest();
    c
}

fn sorted(mut names: Vec<String>) -> Vec<String> {
    names.sort();
    names
}

#[test]
fn a_country_finds_the_stories_placed_only_by_its_cities() {
    let c = corpus();
    // The place as written: only the story naming Britain.
    assert_eq!(c.hit_names(&["--place", "United Kingdom"]), ["britain.txt"]);
    // The country and everything in it: London and Manchester too.
    assert_eq!(sorted(c.hit_names(&["--country", "UK"])), ["britain.txt", "london.txt"]);
    assert_eq!(sorted(c.hit_names(&["--country", "Britain"])), ["britain.txt", "london.txt"]);
    assert_eq!(sorted(c.hit_names(&["--country", "British"])), ["britain.txt", "london.txt"]);
    assert_eq!(sorted(c.hit_names(&["country:uk"])), ["britain.txt", "london.txt"]);
    assert_eq!(c.hit_names(&["--country", "Canada"]), ["columbia.txt"]);
    assert_eq!(c.hit_names(&["--country", "japan"]), ["tokyo.txt"]);
    // Left out with a minus in the query.
    assert!(!c.hit_names(&["* -country:japan"]).contains(&"tokyo.txt".to_string()));
}

#[test]
fn a_city_or_an_unknown_name_is_no_country_and_says_so() {
    let c = corpus();
    let out = c.cmd(&["search", "--country", "London"]).assert().code(2).get_output().clone();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("is a city in United Kingdom") && err.contains("--country \"United Kingdom\""),
        "{err}"
    );
    let out = c.cmd(&["search", "--country", "Atlantis"]).assert().code(2).get_output().clone();
    assert!(String::from_utf8_lossy(&out.stderr).contains("no country newsdex knows"));
}

#[test]
fn a_nationality_is_its_country_not_a_place_it_begins() {
    let c = corpus();
    // Not the British Columbia story.
    assert_eq!(c.hit_names(&["--place", "British"]), ["britain.txt"]);
    let out = c.cmd(&["places", "-n", "100"]).assert().success().get_output().clone();
    let places = String::from_utf8_lossy(&out.stdout);
    assert!(!places.lines().any(|l| l.contains("British ") && !l.contains("Columbia")), "{places}");
}

#[test]
fn a_headline_in_capitals_places_the_story_in_its_country() {
    let c = corpus();
    assert_eq!(c.hit_names(&["--exact", "--place", "Japan"]), ["tokyo.txt"]);
}

#[test]
fn other_names_of_a_region_are_one_place() {
    let c = corpus();
    assert_eq!(
        sorted(c.hit_names(&["--exact", "--place", "Middle East"])),
        ["middle-east.txt", "mideast.txt"]
    );
    let out = c.cmd(&["places", "-n", "100"]).assert().success().get_output().clone();
    assert!(!String::from_utf8_lossy(&out.stdout).contains("Mideast"));
}
