//! Places a foreign desk relies on: a country with everything in it (`--country`), a
//! country that no longer exists by the articles' dates, a nationality as its country, a
//! headline in capitals read for its country, and one name for a place's other names.

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
        // Stored as one name, and marked in each snippet as the article writes it.
        let json = c.search_json(&["--place", name]);
        for hit in json["hits"].as_array().expect("hits") {
            let marks = crate::util::marks(hit);
            assert!(marks.iter().any(|m| m.contains("Hormuz")), "{name}: {marks:?} in {hit}");
        }
    }
    // The places list counts it once, under one writing.
    let out = c.cmd(&["places", "-n", "100"]).assert().success().get_output().clone();
    let places = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(places.contains("3  Strait of Hormuz") && !places.contains("Straits"), "{places}");
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

/// Stories from Moscow of 1987, 2005 and no date, from Frankfurt, Leipzig and Belgrade in
/// 1987, one of 1987 naming Germany alone, and one naming Kampuchea.
fn cold_war_corpus() -> Corpus {
    let c = Corpus::new();
    let story = |name: &str, date: Option<&str>, text: &str| {
        let published = date.map(|d| format!("Published: {d}\n\n")).unwrap_or_default();
        c.write(name, format!("{}\n\n{published}{text}\n", name.trim_end_matches(".txt")));
    };
    let grain = "Grain officials in Moscow said on Monday that imports would rise this year.";
    story("moscow-1987.txt", Some("12 March 1987"), grain);
    story("moscow-2005.txt", Some("12 May 2005"), grain);
    story("moscow-undated.txt", None, grain);
    story(
        "frankfurt-1987.txt",
        Some("13 March 1987"),
        "Bankers in Frankfurt said on Tuesday that call money rates eased.",
    );
    story("leipzig-1987.txt", Some("14 March 1987"), "The spring trade fair opened in Leipzig on Wednesday.");
    story(
        "belgrade-1987.txt",
        Some("15 March 1987"),
        "Ministers met in Belgrade on Thursday to discuss debt.",
    );
    story(
        "germany-1987.txt",
        Some("16 March 1987"),
        "The Treasury said on Friday that Germany and Japan should do more to help growth.",
    );
    story(
        "kampuchea-1987.txt",
        Some("17 March 1987"),
        "Diplomats in Bangkok said Vietnam would pull troops out of Kampuchea next year.",
    );
    c.ingest();
    c
}

#[test]
fn a_former_country_holds_todays_cities_in_the_stories_of_its_time() {
    let c = cold_war_corpus();
    // Moscow is the Soviet Union's in 1987, not in 2005 nor in an undated story.
    assert_eq!(c.hit_names(&["--country", "USSR"]), ["moscow-1987.txt"]);
    assert_eq!(c.hit_names(&["country:\"Soviet Union\""]), ["moscow-1987.txt"]);
    assert_eq!(
        sorted(c.hit_names(&["--country", "West Germany"])),
        ["frankfurt-1987.txt", "germany-1987.txt"]
    );
    assert_eq!(c.hit_names(&["--country", "East Germany"]), ["leipzig-1987.txt"]);
    assert_eq!(c.hit_names(&["--country", "Yugoslavia"]), ["belgrade-1987.txt"]);
    // Today's countries hold their cities at every date, undated stories too.
    assert_eq!(
        sorted(c.hit_names(&["--country", "Russia"])),
        ["moscow-1987.txt", "moscow-2005.txt", "moscow-undated.txt"]
    );
    assert_eq!(
        sorted(c.hit_names(&["--country", "Germany"])),
        ["frankfurt-1987.txt", "germany-1987.txt", "leipzig-1987.txt"]
    );
    assert_eq!(c.hit_names(&["--country", "Serbia"]), ["belgrade-1987.txt"]);
}

#[test]
fn a_countrys_former_name_is_the_country() {
    let c = cold_war_corpus();
    assert_eq!(c.hit_names(&["--country", "Kampuchea"]), ["kampuchea-1987.txt"]);
    assert_eq!(c.hit_names(&["--country", "Cambodia"]), ["kampuchea-1987.txt"]);
}

/// Stories naming places whose names hold a country's: New South Wales (under a headline
/// in capitals, and once after a word the tagger left out), a New Mexico mine, and one
/// story about Wales itself.
#[test]
fn a_longer_place_holding_a_countrys_name_is_not_that_country() {
    let c = Corpus::new();
    c.write(
        "strikes.txt",
        "AUSTRALIAN UNIONS PLAN NEW SOUTH WALES STRIKES\n\nUnions are planning a week of state-wide \
         strikes in New South Wales, starting midnight next Tuesday, officials in Sydney said.\n",
    );
    c.write(
        "inquiry.txt",
        "Fund collapse\n\nThe fund was running out of money. A subsequent New South Wales state inquiry \
         criticised its managers.\n",
    );
    c.write(
        "mine.txt",
        "Copper costs fall\n\nDurham said production costs at the New Mexico-located Chino mine will be \
         lower this year.\n",
    );
    c.write(
        "guinea.txt",
        "GUINEA-BISSAU SEEKS AID\n\nThe government said on Monday it would seek more aid from Portugal.\n",
    );
    c.write(
        "cardiff.txt",
        "Rain in Wales\n\nHeavy rain fell across Wales on Monday, and roads near Cardiff were closed.\n",
    );
    c.ingest();
    assert_eq!(c.hit_names(&["--country", "UK"]), ["cardiff.txt"]);
    // A place names its whole name: "Wales" is no part of "New South Wales" (without
    // --exact-names, `--place Wales` finds the names holding the word, as a surname does).
    assert_eq!(c.hit_names(&["--exact-names", "--place", "Wales"]), ["cardiff.txt"]);
    assert_eq!(sorted(c.hit_names(&["--place", "New South Wales"])), ["inquiry.txt", "strikes.txt"]);
    assert_eq!(c.hit_names(&["--place", "New Mexico"]), ["mine.txt"]);
    assert!(c.hit_names(&["--country", "Mexico"]).is_empty());
    assert_eq!(c.hit_names(&["--country", "US"]), ["mine.txt"]);
    assert_eq!(c.hit_names(&["--place", "Guinea-Bissau"]), ["guinea.txt"]);
    // Guinea-Bissau's own hyphenated name holds "Guinea" as a word even so: its country
    // is not Guinea.
    assert!(c.hit_names(&["--country", "Guinea"]).is_empty());
}

/// Stories of 1987 naming West Germany alone, the Soviet Union alone, Georgia beside
/// Moscow, and Georgia beside no Soviet place (in 1987 and in 2005), and one from Brazil.
fn other_names_corpus() -> Corpus {
    let c = Corpus::new();
    let story = |name: &str, date: &str, text: &str| {
        c.write(name, format!("{}\n\nPublished: {date}\n\n{text}\n", name.trim_end_matches(".txt")));
    };
    story(
        "west-germany-1987.txt",
        "12 March 1987",
        "Exports from West Germany rose sharply in January, officials said.",
    );
    story(
        "soviet-1987.txt",
        "13 March 1987",
        "Grain imports by the Soviet Union will rise this year, traders said.",
    );
    story(
        "soviet-georgia-1987.txt",
        "14 March 1987",
        "Floods damaged tea plantations in Georgia, officials in Moscow said on Monday.",
    );
    let mills = "Textile mills in Georgia cut output last month, a company spokesman said.";
    story("mills-1987.txt", "15 March 1987", mills);
    story("mills-2005.txt", "15 March 2005", mills);
    story(
        "brazil-1987.txt",
        "16 March 1987",
        "Coffee growers in Brazil expect a larger crop, the institute said.",
    );
    c.ingest();
    c
}

#[test]
fn a_former_country_wholly_inside_one_of_today_is_in_it_at_any_date() {
    let c = other_names_corpus();
    assert_eq!(c.hit_names(&["--country", "Germany"]), ["west-germany-1987.txt"]);
    // West Germany keeps its meaning; the Soviet Union, split, is no one country's.
    assert_eq!(c.hit_names(&["--country", "West Germany"]), ["west-germany-1987.txt"]);
    assert!(!c.hit_names(&["--country", "Russia"]).contains(&"soviet-1987.txt".to_string()));
}

#[test]
fn georgia_in_a_story_of_the_soviet_days_is_the_country_only_beside_a_soviet_place() {
    let c = other_names_corpus();
    assert_eq!(sorted(c.hit_names(&["--country", "Georgia"])), ["mills-2005.txt", "soviet-georgia-1987.txt"]);
}

#[test]
fn a_countrys_name_in_another_language_is_the_country_and_a_union_is_no_country() {
    let c = other_names_corpus();
    assert_eq!(c.hit_names(&["--country", "Brasil"]), ["brazil-1987.txt"]);
    assert_eq!(c.hit_names(&["country:deutschland"]), ["west-germany-1987.txt"]);
    for union in ["EC", "European Union"] {
        let out = c.cmd(&["search", "--country", union]).assert().code(2).get_output().clone();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("a union of countries") && err.contains(&format!("--org {union:?}")), "{err}");
    }
}

/// Australia's states and the Brazilian and Argentine regions of the crop reports are
/// places in their countries, as Canada's provinces are: `--country` finds the stories
/// that name only them.
#[test]
fn a_state_or_province_finds_its_country() {
    let c = Corpus::new();
    c.write(
        "drought.txt",
        "Drought hits wheat\n\nFarmers in New South Wales and Queensland said on Monday the drought \
         would cut the wheat crop.\n",
    );
    c.write(
        "maize.txt",
        "Maize harvest late\n\nRain delayed the maize harvest in La Pampa and Entre Rios, growers said.\n",
    );
    c.write(
        "coffee.txt",
        "Coffee frost feared\n\nGrowers in Minas Gerais said a frost could hurt the coffee crop.\n",
    );
    c.ingest();
    assert_eq!(c.hit_names(&["--country", "Australia"]), ["drought.txt"]);
    assert_eq!(c.hit_names(&["--country", "Argentina"]), ["maize.txt"]);
    assert_eq!(c.hit_names(&["--country", "Brazil"]), ["coffee.txt"]);
    assert_eq!(c.hit_names(&["--place", "Queensland"]), ["drought.txt"]);
}

/// A rugby story naming Sale (the club), the Grand Slam and a game in Cardiff, and an oil
/// story naming the Iran-Iraq war.
fn sport_and_oil_corpus() -> Corpus {
    let c = Corpus::new();
    c.write(
        "rugby.txt",
        "Wales eye the title\n\nWales will play France in Cardiff on Saturday, hoping for a first Grand \
         Slam since 1978. Their lock joined from Sale last summer, and England play Scotland in London.\n",
    );
    c.write(
        "oil.txt",
        "Gulf exports\n\nTanker traffic has slowed since the Iran-Iraq war spread to the Gulf, shippers \
         said on Tuesday.\n",
    );
    c.ingest();
    c
}

#[test]
fn a_game_in_a_town_places_the_story_and_a_term_or_a_clubs_word_does_not() {
    let c = sport_and_oil_corpus();
    assert_eq!(c.hit_names(&["--place", "Cardiff"]), ["rugby.txt"]);
    assert!(c.hit_names(&["--country", "Morocco"]).is_empty());
    assert!(c.hit_names(&["--exact-names", "--place", "Grand Slam"]).is_empty());
}

#[test]
fn two_countries_joined_by_a_hyphen_are_both_places() {
    let c = sport_and_oil_corpus();
    assert_eq!(c.hit_names(&["--country", "Iraq"]), ["oil.txt"]);
    assert_eq!(c.hit_names(&["--country", "Iran"]), ["oil.txt"]);
}
