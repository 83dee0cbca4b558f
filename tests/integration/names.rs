//! `newsdex people|orgs|places`: frequent names, co-occurrence, filters.

use crate::util::Corpus;

fn corpus() -> Corpus {
    let c = Corpus::new();
    c.write("a.txt", "Transit bill signed\n\nMinnesota Governor Tim Walz signed the bill. Minneapolis Mayor Jacob Frey praised it. Metro Transit will add trains.\n");
    c.write("b.txt", "Budget talks\n\nMinnesota Governor Tim Walz met Senator Amy Klobuchar in St. Paul about the budget.\n");
    c.write("c.txt", "Snow emergency\n\nMinneapolis Mayor Jacob Frey declared a snow emergency. Metro Transit slowed trains.\n");
    c.ingest();
    c
}

fn listing(c: &Corpus, args: &[&str]) -> serde_json::Value {
    let out = c.cmd(&[args, &["--json"]].concat()).output().unwrap();
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn names(list: &serde_json::Value, key: &str) -> Vec<(String, u64)> {
    list[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["name"].as_str().unwrap().to_string(), n["articles"].as_u64().unwrap()))
        .collect()
}

#[test]
fn people_are_counted_by_articles() {
    let c = corpus();
    let all = listing(&c, &["people"]);
    assert_eq!(all["articles"], 3);
    assert_eq!(
        names(&all, "people"),
        [("Jacob Frey".into(), 2), ("Tim Walz".into(), 2), ("Amy Klobuchar".into(), 1)]
    );
}

#[test]
fn with_lists_who_appears_alongside_and_leaves_the_name_out() {
    let c = corpus();
    let with = listing(&c, &["people", "--with", "walz"]);
    assert_eq!(with["articles"], 2);
    assert_eq!(names(&with, "people"), [("Amy Klobuchar".into(), 1), ("Jacob Frey".into(), 1)]);
}

#[test]
fn orgs_and_places_follow_a_query() {
    let c = corpus();
    let orgs = listing(&c, &["orgs", "trains"]);
    assert_eq!(orgs["articles"], 2);
    assert_eq!(names(&orgs, "organizations"), [("Metro Transit".into(), 2)]);
    let places = listing(&c, &["places", "budget"]);
    let found: Vec<String> = names(&places, "places").into_iter().map(|(n, _)| n).collect();
    assert!(found.contains(&"Minnesota".to_string()), "{found:?}");
    c.cmd(&["people", "zeppelin"]).assert().code(1);
}
