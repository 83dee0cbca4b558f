//! Names of the arts pages: titles of works are no people, organizations or places; bands
//! are organizations and stars keep the figures of their names; awards are none of the three.

use crate::util::Corpus;

fn corpus() -> Corpus {
    let c = Corpus::new();
    c.write(
        "awards.txt",
        "Comedy leads the field\n\nModest wine country comedy Sideways led the nominations, ahead of the \
         Colombian drama Maria Full of Grace and Eternal Sunshine of the Spotless Mind.\n\nSideways star Paul \
         Giamatti said the Bafta and Golden Globe nominations were a surprise. The Aviator, Million Dollar Baby \
         and Sideways will compete at the Grammys too.\n",
    );
    c.write(
        "music.txt",
        "Rock band tours Europe\n\nIrish rock band U2 will tour Europe with the band Maroon 5, U2 said in \
         Dublin. Rapper 50 Cent will join them, and Hollywood star Will Smith met singer Will Young in London.\n",
    );
    c.ingest();
    c
}

fn listing(c: &Corpus, kind: &str, key: &str) -> Vec<String> {
    let out = c.cmd(&[kind, "--json", "-n", "100"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    list[key].as_array().unwrap().iter().map(|n| n["name"].as_str().unwrap().to_string()).collect()
}

#[test]
fn titles_of_works_and_awards_are_no_names() {
    let c = corpus();
    let all: Vec<String> = [("people", "people"), ("orgs", "organizations"), ("places", "places")]
        .iter()
        .flat_map(|(kind, key)| listing(&c, kind, key))
        .collect();
    for work in [
        "Sideways",
        "Maria Full",
        "Grace",
        "Eternal Sunshine",
        "Spotless Mind",
        "Aviator",
        "Million Dollar Baby",
        "Bafta",
        "Golden Globe",
        "Grammys",
    ] {
        assert!(!all.contains(&work.to_string()), "{work} listed: {all:?}");
    }
    assert!(listing(&c, "people", "people").contains(&"Paul Giamatti".to_string()));
    assert!(listing(&c, "places", "places").contains(&"Dublin".to_string()));
}

#[test]
fn bands_are_organizations_and_stars_keep_their_names_whole() {
    let c = corpus();
    let orgs = listing(&c, "orgs", "organizations");
    assert!(orgs.contains(&"U2".to_string()) && orgs.contains(&"Maroon 5".to_string()), "{orgs:?}");
    let people = listing(&c, "people", "people");
    for star in ["50 Cent", "Will Smith", "Will Young"] {
        assert!(people.contains(&star.to_string()), "{star} missing: {people:?}");
    }
    for part in ["Cent", "Smith", "Young", "Maroon"] {
        assert!(!people.contains(&part.to_string()) && !orgs.contains(&part.to_string()), "{part}");
    }
}

/// A list of stars is people, though the tagger reads such a list as a firm; a festival
/// named after a town puts the town among the story's places.
#[test]
fn stars_in_a_list_are_people_and_a_festivals_town_is_a_place() {
    let c = Corpus::new();
    c.write(
        "gala.txt",
        "Stars gather for gala\n\nA host of Hollywood stars, including Cate Blanchett, Leonardo DiCaprio, \
         Keanu Reeves and Richard Gere, are expected to attend Saturday's ceremony.\n\nThe winners will \
         then travel to the Cannes Film Festival in May.\n",
    );
    c.ingest();
    let people = listing(&c, "people", "people");
    let orgs = listing(&c, "orgs", "organizations");
    for star in ["Cate Blanchett", "Keanu Reeves", "Richard Gere"] {
        assert!(people.contains(&star.to_string()), "{star} missing: {people:?}");
        assert!(!orgs.contains(&star.to_string()), "{star} an organization: {orgs:?}");
    }
    assert!(listing(&c, "places", "places").contains(&"Cannes".to_string()));
    assert_eq!(c.hit_names(&["--place", "Cannes", "gala"]), ["gala.txt"]);
}
