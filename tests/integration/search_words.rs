//! How words are matched: scores, amounts, shares and hyphenated words as written, and
//! their parts as before.

use std::collections::BTreeSet;

use crate::util::{Corpus, file_name, marks, shared_corpus};

/// A sports desk's results, each file one thing a search must tell apart.
fn results() -> Corpus {
    let c = Corpus::new();
    c.write("straight-sets.txt", "Henman through\n\nHenman beat Rochus 6-4 6-3 in Melbourne.\n");
    c.write(
        "lost-a-set.txt",
        "Murray recovers\n\nMurray lost 4-6 in the first set, then won the next three.\n",
    );
    c.write("tie-break.txt", "Long final\n\nThe final went 7-6 (7-3) 6-4 6-3 after three hours.\n");
    c.write("no-space.txt", "Scoreboard\n\nResults: Safin bt Hewitt 1-6,4-6,7-5.\n");
    c.write("one-nil.txt", "Late winner\n\nChelsea won 1-0 at Anfield with a late goal.\n");
    c.write("sets.txt", "Davis Cup\n\nThe tie ended 6-1 3-1 0-30 when rain came.\n");
    c.write("pounds.txt", "Transfer\n\nUnited paid £25m for the striker.\n");
    c.write("dollars.txt", "Sponsor deal\n\nThe deal is worth $25m (£13m) over five years.\n");
    c.write("euros.txt", "Stadium\n\nThe new stand cost 25m euros.\n");
    c.write("share.txt", "Ticket sales\n\nTicket sales rose 40% this season.\n");
    c.write("metres.txt", "Javelin\n\nHer throw fell 40 metres short of the record.\n");
    c.write("hat-trick.txt", "Striker scores three\n\nOwen scored a hat-trick against Wales.\n");
    c.write("hat-trick-spaced.txt", "Another three\n\nA hat trick for the captain on Saturday.\n");
    c.ingest();
    c
}

fn found(c: &Corpus, query: &str) -> BTreeSet<String> {
    c.hit_names(&["--limit", "50", query]).into_iter().collect()
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|n| n.to_string()).collect()
}

#[test]
fn a_score_finds_the_articles_that_write_it_not_two_sets_side_by_side() {
    let c = results();
    // "6-4 6-3" and "7-6 (7-3) 6-4 6-3" hold the words 4 and 6 side by side, across sets.
    assert_eq!(found(&c, r#""4-6""#), set(&["lost-a-set.txt", "no-space.txt"]));
    assert_eq!(found(&c, "4-6"), set(&["lost-a-set.txt", "no-space.txt"]));
    assert_eq!(found(&c, "1-0"), set(&["one-nil.txt"]));
    assert_eq!(found(&c, r#""(7-3)""#), set(&["tie-break.txt"]));
    // Two sets in a row, as written, and a score typed with an en dash.
    assert_eq!(found(&c, r#""6-4 6-3""#), set(&["straight-sets.txt", "tie-break.txt"]));
    assert_eq!(found(&c, "6–3"), set(&["straight-sets.txt", "tie-break.txt"]));
    assert_eq!(found(&c, r#""lost 4-6 in""#), set(&["lost-a-set.txt"]));
    // A number alone still finds the scores that hold it.
    assert!(found(&c, "30").contains("sets.txt"));
    assert_eq!(found(&c, "7"), set(&["tie-break.txt", "no-space.txt"]));
}

#[test]
fn an_amount_keeps_its_currency_and_a_share_its_percent_sign() {
    let c = results();
    assert_eq!(found(&c, "£25m"), set(&["pounds.txt"]));
    assert_eq!(found(&c, "$25m"), set(&["dollars.txt"]));
    assert!(found(&c, "€25m").is_empty());
    assert_eq!(found(&c, "25m"), set(&["pounds.txt", "dollars.txt", "euros.txt"]));
    assert_eq!(found(&c, "40%"), set(&["share.txt"]));
    assert_eq!(found(&c, "40"), set(&["share.txt", "metres.txt"]));
}

#[test]
fn a_hyphenated_word_is_found_written_as_one_word_and_as_its_parts() {
    let c = results();
    assert_eq!(found(&c, "hattrick"), set(&["hat-trick.txt"]));
    assert_eq!(found(&c, "hat-trick"), set(&["hat-trick.txt", "hat-trick-spaced.txt"]));
    assert_eq!(found(&c, r#""hat trick""#), set(&["hat-trick.txt", "hat-trick-spaced.txt"]));
    assert_eq!(found(&c, "trick"), set(&["hat-trick.txt", "hat-trick-spaced.txt"]));
}

#[test]
fn a_score_amount_or_joined_word_is_highlighted_as_written() {
    let c = results();
    let hit = |query: &str| c.search_json(&[query])["hits"][0].clone();
    assert_eq!(marks(&hit(r#""4-6""#)), ["4-6"]);
    assert_eq!(marks(&hit(r#""6-4 6-3""#)), ["6-4 6-3"]);
    assert_eq!(marks(&hit("£25m")), ["£25m"]);
    assert_eq!(marks(&hit("40%")), ["40%"]);
    assert_eq!(marks(&hit("hattrick")), ["hat-trick"]);
    // A part searched alone is marked alone.
    assert_eq!(marks(&hit("trick")), ["trick"]);
    let amounts = c.search_json(&["25m"]);
    let pounds = amounts["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| file_name(h["path"].as_str().unwrap()) == "pounds.txt");
    assert_eq!(marks(pounds.expect("pounds.txt found by 25m")), ["25m"]);
}

#[test]
fn an_index_made_before_asks_to_be_rebuilt() {
    let c = Corpus::new();
    c.write("a.txt", "Result\n\nWon 4-6 6-3.\n");
    c.ingest();
    // The version stored with the index's last commit, set back to the one before.
    let meta = c.index().join("meta.json");
    let text = std::fs::read_to_string(&meta).unwrap();
    let version = format!("\\\"newsdex_schema\\\":{}", newsdex::index::SCHEMA_VERSION);
    assert!(text.contains(&version), "{text}");
    let older = format!("\\\"newsdex_schema\\\":{}", newsdex::index::SCHEMA_VERSION - 1);
    std::fs::write(&meta, text.replace(&version, &older)).unwrap();
    let out = c.cmd(&["search", "4-6"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("incompatible newsdex version") && stderr.contains("ingest --rebuild"),
        "{stderr}"
    );
    c.cmd(&["ingest", "--rebuild", "articles"]).assert().success();
    assert_eq!(c.hit_names(&["4-6"]), ["a.txt"]);
}

/// Files of a folder whose text matches a pattern, as `grep -l` finds them.
fn files_matching(root: &std::path::Path, matches: impl Fn(&str) -> bool) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for entry in walkdir::WalkDir::new(root).into_iter().filter_map(Result::ok) {
        if entry.path().extension().is_some_and(|e| e == "txt") {
            let bytes = std::fs::read(entry.path()).unwrap();
            let text: String = String::from_utf8(bytes.clone())
                .unwrap_or_else(|_| bytes.iter().map(|&b| b as char).collect());
            if matches(&text) {
                found.insert(file_name(&entry.path().to_string_lossy()));
            }
        }
    }
    found
}

/// Whether `text` holds `written` with no word, point or hyphen glued before it, nor a
/// word or another hyphenated number after it.
fn holds_alone(text: &str, written: &str) -> bool {
    text.match_indices(written).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = &text[at + written.len()..];
        let glued = |c: char| c.is_alphanumeric() || c == '_';
        before.is_none_or(|c| !glued(c) && c != '.' && c != '-')
            && !after.starts_with(glued)
            && !(after.starts_with('-') && after[1..].starts_with(|c: char| c.is_ascii_digit()))
    })
}

#[test]
fn bbc_sport_scores_and_amounts_are_found_where_a_scan_finds_them() {
    let Some(bbc) = shared_corpus("bbc") else { return };
    let sport = bbc.join("sport");
    let c = Corpus::new();
    c.cmd(&["ingest", sport.to_str().unwrap()]).assert().success();
    let paths = |query: &str| -> BTreeSet<String> {
        let json = c.search_json(&["--limit", "600", "--no-collapse", query]);
        json["hits"].as_array().unwrap().iter().map(|h| file_name(h["path"].as_str().unwrap())).collect()
    };
    for written in ["4-6", "1-0", "7-6", "£25m", "40%"] {
        let expected = files_matching(&sport, |text| holds_alone(text, written));
        assert!(!expected.is_empty(), "{written}");
        assert_eq!(paths(written), expected, "{written}");
    }
    let quoted = paths(r#""4-6""#);
    assert_eq!(quoted, files_matching(&sport, |text| holds_alone(text, "4-6")));
    let hat_tricks = files_matching(&sport, |text| text.to_lowercase().contains("hat-trick"));
    assert!(paths("hattrick").is_superset(&hat_tricks));
}
