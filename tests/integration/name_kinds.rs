//! Firms and bands are not people, and a country's abbreviation before a noun is no
//! organization but the country, or a region of it: the words around a name in the
//! article decide its kind.

use crate::util::Corpus;

/// A broker's note, company stories naming a firm after its founders, band stories, and
/// wire stories that capitalize the word after "U.S.".
fn corpus() -> Corpus {
    let c = Corpus::new();
    c.write(
        "brokers.txt",
        "Sterling firm on trade data\n\nSterling rose on Tuesday, dealers said. \"The figures were better \
         than expected,\" said Peter Fellner, economist at brokers James Capel and Co. Larry Feinberg, an \
         analyst with Dean Witter Reynolds Inc, said a rate cut was unlikely. Richard Jeffrey of \
         stockbrokers Hoare Govett said it was a good month.\n",
    );
    c.write(
        "drinks.txt",
        "Pernod eyes rival\n\nShares in Allied Domecq rose on talk of a takeover by the French drinks \
         group Pernod Ricard. Its chairman Patrick Ricard would not comment further.\n",
    );
    c.write(
        "chart.txt",
        "Band tops poll\n\nThe poll was topped by the Scottish band Franz Ferdinand, ahead of singer Jamie \
         Cullum, organisers said on Monday.\n",
    );
    c.write(
        "spirits.txt",
        "Takeover talk lifts Domecq\n\nShares in Allied Domecq rose on talk of a bid by France's Castelmont \
         Ricard. Castelmont shares in Paris slipped 1.2%. Castelmont said it was seeking acquisitions.\n",
    );
    c.write(
        "awards.txt",
        "Awards night\n\nThe Streets won two prizes. Nevertheless Franz Ferdinand were the only UK act to \
         win a video award. Keane, who are from Sussex, won none. Singer Joss Stone and Natasha \
         Bedingfield were both nominated.\n",
    );
    c.write(
        "rigs.txt",
        "Gulf rig count\n\nThere were 162 rigs under contract in the U.S. Gulf, down one from the prior week, \
         Offshore Data Services said.\n",
    );
    c.write(
        "wheat.txt",
        "Wheat offer rejected\n\nSri Lankan officials said the U.S. Treasury and the Agriculture Department \
         rejected a U.S. Firm's offer. Sri Lanka then made a counter-offer to five U.S. Firms to buy wheat. \
         Officials blamed the U.S. Position for the delay.\n",
    );
    c.ingest();
    c
}

/// The names of a listing (`people`, `orgs`, `places`), most mentioned first (none when
/// the listing finds none and exits 1).
fn listed(c: &Corpus, command: &str) -> Vec<String> {
    let out = c.cmd(&[command, "-n", "100"]).output().expect("newsdex runs");
    match out.status.code() {
        Some(0) => {}
        Some(1) => return Vec::new(),
        code => panic!("{command} exited {code:?}: {}", String::from_utf8_lossy(&out.stderr)),
    }
    String::from_utf8(out.stdout)
        .expect("utf8")
        .lines()
        .filter_map(|l| {
            l.trim_start().split_once(char::is_whitespace).map(|(_, name)| name.trim().to_string())
        })
        .collect()
}

#[test]
fn firms_named_after_people_are_organizations_not_people() {
    let c = corpus();
    let people = listed(&c, "people");
    for firm in ["James Capel", "Witter Reynolds", "Dean Witter Reynolds", "Hoare Govett", "Pernod Ricard"] {
        assert!(!people.contains(&firm.to_string()), "{firm} listed as a person: {people:?}");
    }
    // The people quoted from those firms stay people.
    for person in ["Peter Fellner", "Larry Feinberg", "Richard Jeffrey", "Jamie Cullum"] {
        assert!(people.contains(&person.to_string()), "{person} not listed as a person: {people:?}");
    }
    let orgs = listed(&c, "orgs");
    for firm in ["Hoare Govett", "Pernod Ricard"] {
        assert!(orgs.contains(&firm.to_string()), "{firm} not listed as an organization: {orgs:?}");
    }
    assert_eq!(c.hit_names(&["--org", "Hoare Govett"]), ["brokers.txt"]);
    assert!(c.hit_names(&["--person", "Hoare Govett"]).is_empty());
}

#[test]
fn a_band_the_article_calls_one_is_no_person() {
    let c = corpus();
    let people = listed(&c, "people");
    assert!(!people.contains(&"Franz Ferdinand".to_string()), "{people:?}");
    assert!(people.contains(&"Jamie Cullum".to_string()), "{people:?}");
}

#[test]
fn a_name_before_a_verb_in_the_plural_is_a_band_not_a_person() {
    let c = corpus();
    let people = listed(&c, "people");
    for band in ["Franz Ferdinand", "Keane"] {
        assert!(!people.contains(&band.to_string()), "{band} listed as a person: {people:?}");
    }
    // Two people as one subject stay people.
    for person in ["Joss Stone", "Natasha Bedingfield"] {
        assert!(people.contains(&person.to_string()), "{person} not listed as a person: {people:?}");
    }
    let mut hits = c.hit_names(&["--org", "Franz Ferdinand"]);
    hits.sort();
    assert_eq!(hits, ["awards.txt", "chart.txt"]);
}

#[test]
fn a_firms_full_name_that_begins_with_the_firms_word_is_no_person() {
    let c = corpus();
    assert!(c.hit_names(&["--person", "Castelmont Ricard"]).is_empty());
    assert_eq!(c.hit_names(&["--org", "Castelmont Ricard"]), ["spirits.txt"]);
}

#[test]
fn a_region_after_us_is_a_place_of_its_own() {
    let c = corpus();
    let places = listed(&c, "places");
    assert!(places.contains(&"U.S. Gulf".to_string()), "{places:?}");
    assert!(c.hit_names(&["--org", "U.S. Gulf"]).is_empty());
    assert_eq!(c.hit_names(&["--place", "U.S. Gulf"]), ["rigs.txt"]);
}

#[test]
fn a_noun_the_wire_capitalizes_after_us_is_no_organization() {
    let c = corpus();
    let orgs = listed(&c, "orgs");
    for noun in ["U.S. Firm", "U.S. Firms", "U.S. Position"] {
        assert!(!orgs.contains(&noun.to_string()), "{noun} listed as an organization: {orgs:?}");
    }
    assert!(orgs.contains(&"U.S. Treasury".to_string()), "{orgs:?}");
    assert_eq!(c.hit_names(&["--place", "United States"]), ["wheat.txt"]);
}

/// A given name, a particle and a surname are a person, whatever places or firms the words
/// also name: Orlando and Santos are cities, Madrid a capital.
#[test]
fn a_given_name_a_particle_and_a_surname_are_a_person() {
    let c = Corpus::new();
    c.write(
        "strike.txt",
        "Dockers defiant\n\nThe dockers were in defiant mood. Orlando dos Santos, one of their leaders, \
         told reporters the strike would go on.\n",
    );
    c.write(
        "summit.txt",
        "Summit backed\n\nThe plan was backed by Miguel de la Madrid, Luiz da Silva and Pieter van den \
         Broek on Tuesday.\n",
    );
    c.write(
        "tender.txt",
        "Tender\n\nNew tender participants are Vickers da Costa Ltd and Smith Barney, the bank said in \
         Madrid.\n",
    );
    c.ingest();
    let people = listed(&c, "people");
    for person in ["Orlando dos Santos", "Miguel de la Madrid", "Luiz da Silva", "Pieter van den Broek"] {
        assert!(people.contains(&person.to_string()), "{person} not listed as a person: {people:?}");
    }
    assert!(!people.iter().any(|p| p.contains("Vickers")), "a firm listed as a person: {people:?}");
    let places = listed(&c, "places");
    for not_here in ["Orlando", "Santos"] {
        assert!(!places.contains(&not_here.to_string()), "{not_here} listed as a place: {places:?}");
    }
    // Madrid named apart is the city.
    assert!(places.contains(&"Madrid".to_string()), "{places:?}");
    let orgs = listed(&c, "orgs");
    assert!(!orgs.iter().any(|o| o.contains("da Silva") || o.contains("de la Madrid")), "{orgs:?}");
}

/// A Brazilian bank and newspaper and the states of a crop report: names with "do" in them,
/// where the tagger stopped.
#[test]
fn a_name_with_a_particle_is_one_organization_or_place() {
    let c = Corpus::new();
    c.write(
        "soy.txt",
        "Brazil soy crop seen lower\n\nBanco do Brasil said on Tuesday farm credit was slow. Farmers in \
         Rio Grande do Sul and Mato Grosso do Sul planted less soy this year, and growers in Mato Grosso \
         and Minas Gerais expect a smaller crop, the daily Jornal do Brasil reported.\n",
    );
    c.ingest();
    let orgs = listed(&c, "orgs");
    for org in ["Banco do Brasil", "Jornal do Brasil"] {
        assert!(orgs.contains(&org.to_string()), "{org} not listed as an organization: {orgs:?}");
    }
    for piece in ["Banco", "Brasil", "Jornal"] {
        assert!(!orgs.contains(&piece.to_string()), "{piece} listed alone as an organization: {orgs:?}");
    }
    let places = listed(&c, "places");
    for state in ["Rio Grande do Sul", "Mato Grosso do Sul", "Mato Grosso", "Minas Gerais"] {
        assert!(places.contains(&state.to_string()), "{state} not listed as a place: {places:?}");
    }
    assert!(!places.contains(&"Rio Grande".to_string()), "{places:?}");
    let people = listed(&c, "people");
    assert!(people.is_empty(), "states or firms listed as people: {people:?}");
    assert_eq!(c.hit_names(&["--country", "Brazil", "--place", "Minas Gerais"]), ["soy.txt"]);
}

/// Firms named after their founders, a union and a charity of common words, groups named
/// in the plural, and a party by its members' short name: organizations, not people.
#[test]
fn known_firms_unions_and_groups_are_organizations_not_people() {
    let c = Corpus::new();
    c.write(
        "bids.txt",
        "Buyout firm weighs bid\n\nKohlberg Kravis said it was studying a bid, and Amerada Hess said it \
         would sell its stake. Shares in Yukos fell.\n",
    );
    c.write(
        "pensions.txt",
        "Unions warn on pensions\n\nThe plan was attacked by Unison and Age Concern on Monday. Age Concern \
         said older workers would lose out, and the Lib Dems say the plan is unfair.\n",
    );
    c.write(
        "managua.txt",
        "Rebels attack convoy\n\nThe Contras attacked a convoy near the border and the Sandinistas \
         said they would respond, officials in Managua said.\n",
    );
    c.ingest();
    let people = listed(&c, "people");
    for org in ["Kohlberg Kravis", "Amerada Hess", "Age Concern", "Lib Dems"] {
        assert!(!people.contains(&org.to_string()), "{org} listed as a person: {people:?}");
    }
    let orgs = listed(&c, "orgs");
    for org in [
        "Kohlberg Kravis Roberts",
        "Amerada Hess",
        "Yukos",
        "Unison",
        "Age Concern",
        "Liberal Democrats",
        "Contras",
        "Sandinistas",
    ] {
        assert!(orgs.contains(&org.to_string()), "{org} not listed as an organization: {orgs:?}");
    }
    assert_eq!(c.hit_names(&["--org", "Age Concern"]), ["pensions.txt"]);
}

/// A name right after a title is a person's, though the tagger read a place or an
/// organization: "president Thabo Mbeki", "Secretary of Agriculture Richard Lyng".
#[test]
fn a_name_after_a_title_is_a_person() {
    let c = Corpus::new();
    c.write(
        "summit.txt",
        "Leaders gather\n\nSouth African president Thabo Mbeki has attacked the plan, saying it came \
         too late.\n",
    );
    c.write(
        "wheat.txt",
        "Grain exporters to meet\n\nSecretary of Agriculture Richard Lyng will meet grain exporters \
         today, an aide said.\n",
    );
    c.ingest();
    let people = listed(&c, "people");
    for person in ["Thabo Mbeki", "Richard Lyng"] {
        assert!(people.contains(&person.to_string()), "{person} not listed as a person: {people:?}");
    }
    let places = listed(&c, "places");
    assert!(!places.contains(&"Thabo Mbeki".to_string()), "{places:?}");
    let orgs = listed(&c, "orgs");
    assert!(!orgs.iter().any(|o| o.contains("Lyng")), "a person listed as an organization: {orgs:?}");
}

/// Two common words in capitals, neither a given name nor a surname, are a report's or a
/// product's name, not a person's.
#[test]
fn two_common_words_are_no_person() {
    let c = Corpus::new();
    c.write(
        "corn.txt",
        "China buys corn\n\nChina has added 30,000 tonnes of corn to its commitments, according to the \
         Agriculture Department's latest Crop Bulletin. Feeder Cattle futures fell, trader John Smith \
         said.\n",
    );
    c.ingest();
    let people = listed(&c, "people");
    for term in ["Crop Bulletin", "Feeder Cattle"] {
        assert!(!people.contains(&term.to_string()), "{term} listed as a person: {people:?}");
    }
    assert!(people.contains(&"John Smith".to_string()), "{people:?}");
}
