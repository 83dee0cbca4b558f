//! Ports, ships and towns of one name in two countries, as a shipping desk and a sports
//! desk search them: a price line's port, a ship that is no person and no place, a port
//! the gazetteer of cities leaves out, and Newcastle told apart by the story's other places.

use crate::util::Corpus;

fn corpus() -> Corpus {
    let c = Corpus::new();
    c.write(
        "newcastle-sport.txt",
        "Newcastle beat Fulham\n\nNewcastle United beat Fulham 2-0 on Saturday, lifting Newcastle clear of \
         Manchester City and Southampton before their trip to Liverpool.\n",
    );
    c.write(
        "newcastle-coal.txt",
        "Coal exports rise\n\nCoal shipments from Newcastle rose in March, port officials in Sydney said, \
         as mines in New South Wales raised their output.\n",
    );
    c.write(
        "newcastle-city.txt",
        "Shipyard jobs cut\n\nA shipyard in Newcastle will cut 300 jobs, union officials in Sunderland \
         said on Monday.\n",
    );
    c.write(
        "rotterdam.txt",
        "Oilseeds midsession\n\nPrices ruling at 1200 hrs local time cif Rotterdam dlrs per tonne\n\
         SOYBEANS US No Two Yellow Afloat 205\nMay 203 up 0.80\n",
    );
    c.write(
        "tankers.txt",
        "Tanker hit in Gulf\n\nIraqi jets hit the U.S. frigate Stark last month, and the Kuwaiti tanker \
         Sea Isle City was struck on Friday, shipping sources said.\n",
    );
    c.write(
        "kharg.txt",
        "Iraq raids oil terminal\n\nIraqi jets attacked Kharg on Monday, and crude loadings at Ras Tanura \
         went on as usual, shipping sources said.\n",
    );
    c.write(
        "toyota.txt",
        "Carmaker raises prices\n\nToyota Motor Corp said it would raise its car prices next month. Toyota \
         said the rise would average two pct.\n",
    );
    c.write(
        "canton.txt",
        "Trade fair opens\n\nForeign buyers flocked to the trade fair in Canton, officials in Beijing said, \
         as China courted exporters.\n",
    );
    c.ingest();
    c
}

fn sorted(mut names: Vec<String>) -> Vec<String> {
    names.sort();
    names
}

#[test]
fn a_town_of_two_countries_is_the_one_the_storys_other_places_are_in() {
    let c = corpus();
    assert_eq!(c.hit_names(&["--country", "Australia"]), ["newcastle-coal.txt"]);
    let uk = c.hit_names(&["--country", "UK"]);
    assert!(
        uk.contains(&"newcastle-sport.txt".to_string()) && uk.contains(&"newcastle-city.txt".to_string())
    );
    // (The club of the sport story is an organization, not the town.)
    let newcastle = c.hit_names(&["--place", "Newcastle"]);
    assert!(newcastle.contains(&"newcastle-city.txt".to_string()), "{newcastle:?}");
    assert!(!newcastle.contains(&"newcastle-sport.txt".to_string()), "{newcastle:?}");
    assert_eq!(c.hit_names(&["--place", "Newcastle, New South Wales"]), ["newcastle-coal.txt"]);
    // China's Canton is Guangzhou.
    assert_eq!(c.hit_names(&["--place", "Guangzhou"]), ["canton.txt"]);
}

#[test]
fn a_price_lines_port_places_the_story() {
    let c = corpus();
    assert_eq!(c.hit_names(&["--place", "Rotterdam"]), ["rotterdam.txt"]);
    assert_eq!(c.hit_names(&["--country", "Netherlands"]), ["rotterdam.txt"]);
}

#[test]
fn a_ship_is_no_person_and_no_place() {
    let c = corpus();
    assert!(c.hit_names(&["--person", "Stark"]).is_empty());
    assert!(c.hit_names(&["--place", "Sea Isle City"]).is_empty());
    // The words still find it.
    assert_eq!(c.hit_names(&["\"Sea Isle City\""]), ["tankers.txt"]);
}

#[test]
fn oil_terminals_are_places_in_their_countries() {
    let c = corpus();
    assert_eq!(c.hit_names(&["--place", "Kharg Island"]), ["kharg.txt"]);
    assert_eq!(c.hit_names(&["--country", "Iran"]), ["kharg.txt"]);
    assert_eq!(c.hit_names(&["--country", "Saudi Arabia"]), ["kharg.txt"]);
}

#[test]
fn a_town_named_like_a_firm_of_the_story_is_the_firm() {
    let c = corpus();
    assert!(c.hit_names(&["--place", "Toyota"]).is_empty());
    assert!(c.hit_names(&["--country", "Japan"]).is_empty());
}

#[test]
fn prc_is_china() {
    let c = corpus();
    assert_eq!(sorted(c.hit_names(&["--country", "PRC"])), ["canton.txt"]);
}
