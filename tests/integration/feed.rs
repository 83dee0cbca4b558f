//! A feed written all day: a JSON Lines file a scraper appends to, ingested by cron or kept
//! up to date by `watch`. Each test writes its own lines.

use crate::util::Corpus;

/// One JSON Lines article naming a person, with its own id.
/// Its words are its own (`ledger7a ledger7b …`), so that no two lines are copies of one
/// another that a search folds.
fn line(id: usize, person: &str) -> String {
    let words: Vec<String> = ('a'..='t').map(|c| format!("ledger{id}{c}")).collect();
    format!(
        "{{\"title\":\"Story {id}\",\"body\":\"{person} spoke in Lisbon on Tuesday. {}.\"}}\n",
        words.join(" ")
    )
}

/// `ingest` with the timings on: the summary, and how many articles names were sought in.
fn ingest_timed(c: &Corpus) -> (String, String) {
    let out =
        c.cmd(&["ingest", "articles"]).env("NEWSDEX_TIMINGS", "1").assert().success().get_output().clone();
    let stderr = String::from_utf8(out.stderr).expect("utf8");
    let named = stderr
        .lines()
        .find_map(|l| l.split_once("; names sought in ").map(|(_, n)| n.to_string()))
        .unwrap_or_else(|| panic!("no timings in {stderr}"));
    (stderr.lines().last().expect("summary").to_string(), named)
}

/// The headlines of the articles naming `person`.
fn headlines(c: &Corpus, person: &str) -> Vec<String> {
    let found = c.search_json(&["--person", person, "--limit", "100"]);
    let hits = found["hits"].as_array().expect("hits");
    hits.iter().map(|h| h["headline"].as_str().expect("headline").to_string()).collect()
}

#[test]
fn a_line_appended_costs_the_names_of_that_line_alone() {
    let c = Corpus::new();
    let mut feed: String = (0..30).map(|i| line(i, "Angela Merkel")).collect();
    c.write("feed.jsonl", &feed);
    let (_, named) = ingest_timed(&c);
    assert_eq!(named, "30 articles");

    feed.push_str(&line(30, "Gordon Brown"));
    c.write("feed.jsonl", &feed);
    let (summary, named) = ingest_timed(&c);
    assert!(summary.contains("(0 new, 1 updated, 1 article, 30 as before)"), "{summary}");
    assert_eq!(named, "1 article", "{summary}");
    // The new line's names are found, and the old lines keep theirs.
    assert_eq!(headlines(&c, "Gordon Brown"), ["Story 30"]);
    assert_eq!(headlines(&c, "Angela Merkel").len(), 30);

    // An article edited in place is named again.
    let edited = feed.replace(
        "Angela Merkel spoke in Lisbon on Tuesday. ledger3a",
        "Tony Blair spoke in Lisbon on Tuesday. ledger3a",
    );
    c.write("feed.jsonl", &edited);
    let (summary, named) = ingest_timed(&c);
    assert!(summary.contains("(0 new, 1 updated, 1 article, 30 as before)"), "{summary}");
    assert_eq!(named, "1 article");
    assert_eq!(headlines(&c, "Tony Blair"), ["Story 3"]);
    assert_eq!(headlines(&c, "Angela Merkel").len(), 29);
}

/// What `stats --json` counts as left over in the index folder, in bytes.
fn leftover_bytes(c: &Corpus) -> u64 {
    let out = c.cmd(&["stats", "--json"]).assert().success().get_output().stdout.clone();
    let stats: serde_json::Value = serde_json::from_slice(&out).expect("stats --json prints JSON");
    stats["leftover_bytes"].as_u64().expect("leftover_bytes")
}

#[test]
fn ingests_that_end_cleanly_leave_nothing_over() {
    // tantivy's merge policy merges segments in the background after some commits; the
    // merged segments' files were left behind 3 times in 30 ingests like these.
    let c = Corpus::new();
    let mut feed: String = (0..20).map(|i| line(i, "Angela Merkel")).collect();
    for i in 20..45 {
        feed.push_str(&line(i, "Gordon Brown"));
        c.write("feed.jsonl", &feed);
        c.cmd(&["ingest", "--no-entities", "articles"]).assert().success();
        assert_eq!(leftover_bytes(&c), 0, "left over after ingest {}", i - 19);
    }
}

#[test]
fn purge_removes_what_stats_calls_left_over() {
    let c = Corpus::new();
    c.write("feed.jsonl", line(1, "Angela Merkel"));
    c.ingest();
    // A segment's file no commit lists, and that tantivy has no record of writing (another
    // writer lost track of it).
    std::fs::write(c.index().join("0123456789abcdef0123456789abcdef.store"), vec![7u8; 5000]).expect("write");
    assert_eq!(leftover_bytes(&c), 5000);
    let out = c.cmd(&["purge", "--json"]).assert().success().get_output().stdout.clone();
    let purged: serde_json::Value = serde_json::from_slice(&out).expect("purge --json prints JSON");
    assert_eq!(purged["leftover_bytes"], 5000);
    assert_eq!(leftover_bytes(&c), 0);
}

#[test]
fn files_gone_and_moved_are_named_as_the_folder_was_given() {
    let c = Corpus::new();
    c.write("feed/old.jsonl", line(1, "Angela Merkel"));
    c.write("html/x.txt", "Ferry resumes\n\nThe lake ferry runs again from Monday, the council said.\n");
    c.ingest();
    std::fs::remove_file(c.root().join("feed/old.jsonl")).expect("rm");
    std::fs::create_dir_all(c.root().join("pages")).expect("mkdir");
    std::fs::rename(c.root().join("html/x.txt"), c.root().join("pages/x.txt")).expect("mv");
    let out = c.cmd(&["ingest", "articles", "--report", "-"]).assert().success().get_output().stdout.clone();
    let report = String::from_utf8(out).expect("utf8");
    let lines: Vec<serde_json::Value> =
        report.lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect();
    let outcome = |o: &str| lines.iter().find(|l| l["outcome"] == o).unwrap_or_else(|| panic!("{report}"));
    assert_eq!(outcome("removed")["path"], "articles/feed/old.jsonl", "{report}");
    assert_eq!(outcome("moved")["path"], "articles/pages/x.txt", "{report}");
    assert_eq!(outcome("moved")["from"], "articles/html/x.txt", "{report}");
}
