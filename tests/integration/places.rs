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

/// Stories naming places by the other names ingest merges, a strait written three ways,
/// and a U.N. chief under his hyphenated title.
fn diplomatic_corpus() -> Corpus {
    let c = Corpus::new();
    c.write(
        "arabian.txt",
        "Tanker hit\n\nA tanker was hit by a missile in the Arabian Gulf on Monday, shipping \
         sources said in Dubai.\n",
    );
    c.write(
        "w-germany.txt",
        "Bonds ease\n\nBond prices in W. Germany eased on Tuesday after the central bank held \
         its rates, dealers said.\n",
    );
    c.write(
        "straits.txt",
        "Patrols\n\nWarships patrolled the Straits of Hormuz on Wednesday, officials said.\n",
    );
    c.write(
        "strait.txt",
        "Convoy\n\nA convoy sailed through the Strait of Hormuz on Thursday, officials said.\n",
    );
    c.write(
        "hormuz-strait.txt",
        "Mines found\n\nMines were found near the Hormuz Strait on Friday, officials said.\n",
    );
    c.write(
        "cuellar.txt",
        "Ceasefire call\n\nJavier Perez de Cuellar called on Iran and Iraq to stop fighting on \
         Monday. Perez de Cuellar said he would travel to Tehran next week.\n",
    );
    c.ingest();
    c
}

#[test]
fn a_place_filter_takes_every_name_ingest_stores_under_one() {
    let c = diplomatic_corpus();
    // Stored as "Persian Gulf" and "West Germany": found by the name the article wrote.
    assert_eq!(c.hit_names(&["--place", "Arabian Gulf"]), ["arabian.txt"]);
    assert_eq!(c.hit_names(&["--place", "Persian Gulf"]), ["arabian.txt"]);
    assert_eq!(c.hit_names(&["--place", "W. Germany"]), ["w-germany.txt"]);
    assert_eq!(c.hit_names(&["--exact", "--place", "Arabian Gulf"]), ["arabian.txt"]);
}

#[test]
fn a_strait_is_one_place_however_it_is_written() {
    let c = diplomatic_corpus();
    let all = ["hormuz-strait.txt", "strait.txt", "straits.txt"];
    for name in ["Strait of Hormuz", "Straits of Hormuz", "Hormuz Strait", "strait of hormuz"] {
        assert_eq!(sorted(c.hit_names(&["--place", name])), all, "{name}");
    }
}

#[test]
fn a_hyphenated_title_and_an_organization_before_it_are_no_part_of_a_name() {
    let c = diplomatic_corpus();
    for name in [
        "Secretary-General Javier Perez de Cuellar",
        "U.N. Secretary-General Javier Perez de Cuellar",
        "Secretary General Javier Perez de Cuellar",
    ] {
        assert_eq!(c.hit_names(&["--person", name]), ["cuellar.txt"], "{name}");
    }
}

#[test]
fn a_json_export_says_which_country_it_was_filtered_by() {
    let c = corpus();
    let json = c.search_json(&["--country", "UK", "-n", "0"]);
    assert_eq!(json["request"]["country"], serde_json::json!(["UK"]));
    for command in ["timeline", "places"] {
        let out = c.cmd(&[command, "--country", "Japan", "--json"]).output().expect("run newsdex");
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert_eq!(json["request"]["country"], serde_json::json!(["Japan"]), "{command}");
    }
}
