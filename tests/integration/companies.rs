//! Products and companies are not people or places, and one government department is one
//! row whichever way an article writes its name.

use crate::util::Corpus;

/// A technology story, a business story, two job reports naming the Labor Department in
/// its two forms, and a story with a non-breaking hyphen (U+2011) in a name.
fn corpus() -> Corpus {
    let c = Corpus::new();
    c.write(
        "broadband.txt",
        "Broadband in the UK gathers pace\n\nOne person in the UK is joining the internet's fast lane \
         every 10 seconds, according to BT. \"The take-up rate for broadband is accelerating at a terrific \
         pace,\" said Ben Verwaayen, BT's chief executive. Those signing up include those that get their \
         service direct from BT.\n",
    );
    c.write(
        "pirated.txt",
        "Swap offer for pirated Windows XP\n\nMicrosoft is launching a pilot scheme to replace counterfeit \
         versions of Windows XP with legal ones. The firm wants to turn users of fake versions of Windows \
         into legitimate ones. Yahoo said people chatting on Yahoo Messenger were also warned, said Graham \
         Cluley of Sophos.\n",
    );
    c.write(
        "gas.txt",
        "Gazprom in talks over Yugansk\n\nRussian gas giant Gazprom is in talks to buy an oil unit. \
         Gazprom chief Alexei Miller said Rosneft-owned Yugansk was not part of the deal. A letter by \
         Henry VIII was sold in London on Tuesday.\n",
    );
    c.write(
        "claims.txt",
        "Jobless claims fall\n\nThe number of Americans filing new claims for jobless benefits fell last \
         week, the U.S. Department of Labor said on Thursday.\n",
    );
    c.write(
        "payrolls.txt",
        "Payrolls grow\n\nEmployers added jobs last month, the Labor Department said on Friday, in a \
         report that beat forecasts.\n",
    );
    c.write(
        "wifi.txt",
        "Phones certified\n\nThe Wi\u{2011}Fi Alliance chief Frank Hanzlik said on Monday that the group \
         would certify more phones.\n",
    );
    c.ingest();
    c
}

/// The names of a listing (`people`, `orgs`, `places`), most mentioned first.
fn listed(c: &Corpus, command: &str) -> Vec<String> {
    let out = c.cmd(&[command, "-n", "100"]).assert().success().get_output().stdout.clone();
    String::from_utf8(out)
        .expect("utf8")
        .lines()
        .filter_map(|l| {
            l.trim_start().split_once(char::is_whitespace).map(|(_, name)| name.trim().to_string())
        })
        .collect()
}

#[test]
fn firms_and_products_are_no_places_or_people() {
    let c = corpus();
    let places = listed(&c, "places");
    for name in ["BT", "Windows", "Windows XP", "Yugansk"] {
        assert!(!places.contains(&name.to_string()), "{name} listed as a place: {places:?}");
    }
    assert!(places.contains(&"London".to_string()), "{places:?}");
    let orgs = listed(&c, "orgs");
    for name in ["BT", "Gazprom", "Yugansk"] {
        assert!(orgs.contains(&name.to_string()), "{name} not listed as an organization: {orgs:?}");
    }
    let people = listed(&c, "people");
    for name in ["Ben Verwaayen", "Alexei Miller", "Graham Cluley", "Henry VIII", "Frank Hanzlik"] {
        assert!(people.contains(&name.to_string()), "{name} not listed as a person: {people:?}");
    }
    assert_eq!(c.hit_names(&["--org", "BT"]), ["broadband.txt"]);
    assert!(c.hit_names(&["--place", "BT"]).is_empty());
}

#[test]
fn a_department_is_found_and_counted_by_either_of_its_names() {
    let c = corpus();
    let mut found = c.hit_names(&["--org", "Department of Labor"]);
    found.sort();
    assert_eq!(found, ["claims.txt", "payrolls.txt"]);
    let mut found = c.hit_names(&["--org", "Labor Department"]);
    found.sort();
    assert_eq!(found, ["claims.txt", "payrolls.txt"]);
    let orgs = listed(&c, "orgs");
    let rows = orgs.iter().filter(|o| o.contains("Labor")).count();
    assert_eq!(rows, 1, "one row for the department: {orgs:?}");
}

#[test]
fn a_non_breaking_hyphen_joins_a_name_as_a_hyphen_does() {
    let c = corpus();
    assert_eq!(c.hit_names(&["--org", "Wi-Fi Alliance"]), ["wifi.txt"]);
    let people = listed(&c, "people");
    assert!(!people.iter().any(|p| p.contains("Wi")), "{people:?}");
    // Listed with a plain hyphen, as users type it.
    let orgs = listed(&c, "orgs");
    assert!(orgs.contains(&"Wi-Fi Alliance".to_string()), "{orgs:?}");
    assert!(!orgs.contains(&"Fi Alliance".to_string()), "{orgs:?}");
}
