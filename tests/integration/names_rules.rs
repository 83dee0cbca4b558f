//! Names that follow rules of their own: firms joined by "&", old abbreviations of given
//! names, nicknames in quotes, and market jargon that is no name.

use crate::util::Corpus;

fn listed(c: &Corpus, what: &str, key: &str) -> Vec<String> {
    let out = c.cmd(&[what, "--json"]).output().unwrap();
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", String::from_utf8_lossy(&out.stderr));
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    list[key].as_array().unwrap().iter().map(|n| n["name"].as_str().unwrap().to_string()).collect()
}

#[test]
fn firms_joined_by_an_ampersand_are_organizations_and_grades_are_no_names() {
    let c = Corpus::new();
    c.write(
        "deal.html",
        "<html><head><title>Deal</title></head><body><p>AT&amp;T Inc. (NYSE: T) agreed to buy the unit. \
         Shares of Johnson &amp; Johnson rose, Standard &amp; Poor's rated the debt AAA and the cargo \
         was sold FOB Rotterdam, traders said on Tuesday.</p></body></html>",
    );
    c.write(
        "court.txt",
        "Court news\n\nIn the case of Wm. Thompson vs. Chas. Baker the jury found for the plaintiff.\n",
    );
    c.ingest();
    let orgs = listed(&c, "orgs", "organizations");
    assert!(orgs.contains(&"AT&T Inc.".to_string()), "{orgs:?}");
    assert!(orgs.contains(&"Johnson & Johnson".to_string()), "{orgs:?}");
    assert!(!orgs.iter().any(|o| o == "AAA" || o == "FOB" || o == "T Inc."), "{orgs:?}");
    let people = listed(&c, "people", "people");
    assert_eq!(people.len(), 2, "{people:?}");
    assert!(people.contains(&"Wm. Thompson".to_string()) && people.contains(&"Chas. Baker".to_string()));
}
