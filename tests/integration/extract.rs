//! `newsdex extract`: what ingest would store, as JSON Lines.

use crate::util::{Corpus, newsdex, sample_corpus};

fn extract_json(args: &[&str]) -> Vec<serde_json::Value> {
    let out = newsdex().arg("extract").arg("--json").args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn seed_article_has_exactly_the_seven_people() {
    let seed = sample_corpus().join("000_a6e24111e258e245.txt");
    let records = extract_json(&[seed.to_str().unwrap()]);
    assert_eq!(records.len(), 1);
    let mut people: Vec<String> =
        records[0]["people"].as_array().unwrap().iter().map(|p| p.as_str().unwrap().to_string()).collect();
    people.sort();
    assert_eq!(
        people,
        ["Amy Klobuchar", "Brian O'Hara", "Donald Trump", "JD Vance", "Jacob Frey", "Renée Good", "Tim Walz"]
    );
    let places = records[0]["places"].as_array().unwrap();
    assert!(places.contains(&"Minneapolis".into()), "{places:?}");
    assert!(places.contains(&"Minnesota".into()), "{places:?}");
    assert!(records[0]["date"].is_null(), "the seed article gives no date");
}

#[test]
fn records_carry_every_documented_field() {
    let c = Corpus::new();
    let path = c.write(
        "a.md",
        "---\ntitle: Council passes budget\ndate: 2026-02-11\nauthor: Lena Park\n---\nMayor Jacob Frey signed it in Minneapolis.\n",
    );
    let records = extract_json(&["--body", path.to_str().unwrap()]);
    let r = &records[0];
    assert_eq!(r["path"], path.to_str().unwrap());
    assert_eq!(r["title"], "Council passes budget");
    assert_eq!(r["date"], "2026-02-11");
    assert_eq!(r["date_utc"], "2026-02-11");
    assert_eq!(r["date_source"], "front-matter:date");
    assert_eq!(r["byline"], "Lena Park");
    assert_eq!(r["people"], serde_json::json!(["Jacob Frey"]));
    assert_eq!(r["places"], serde_json::json!(["Minneapolis"]));
    assert!(r["organizations"].is_array());
    assert_eq!(r["body"], "Mayor Jacob Frey signed it in Minneapolis.");
    // What the article has not is null, as in search hits: every record has every key.
    for key in ["id", "url"] {
        assert_eq!(r.get(key), Some(&serde_json::Value::Null), "{key}: {r}");
    }
    let without_body = extract_json(&[path.to_str().unwrap()]);
    assert!(without_body[0].get("body").is_none());
}

#[test]
fn folders_are_walked_and_paths_keep_the_given_prefix() {
    let c = Corpus::new();
    c.write("x/one.txt", "One\n\nText.\n");
    c.write("x/two.md", "# Two\n\nText.\n");
    c.write("x/skip.jpg", "not an article");
    let out = c.cmd(&["extract", "--json", "articles/x"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let paths: Vec<String> = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["path"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(paths, ["articles/x/one.txt", "articles/x/two.md"]);
    assert!(out.stderr.is_empty(), "a folder's other files pass silently");
}

#[test]
fn extract_writes_no_index() {
    let c = Corpus::new();
    c.write("a.txt", "A\n\nText.\n");
    c.cmd(&["extract", "articles"]).assert().success();
    assert!(!c.index().exists());
}

#[test]
fn a_path_that_is_not_there_is_an_error_naming_it() {
    let c = Corpus::new();
    c.write("a.txt", "A\n\nText.\n");
    let out = c.cmd(&["extract", "--json", "articles/a.txt", "articles/no-such.txt"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "nothing is extracted from a mistyped command");
    assert!(String::from_utf8_lossy(&out.stderr).contains("articles/no-such.txt"));
}

#[test]
fn a_date_in_the_folders_is_the_same_for_extract_and_ingest() {
    let c = Corpus::new();
    c.write("2024/05/17/batch/story.txt", "Ferry resumes\n\nThe lake ferry runs again.\n");
    // extract run inside the dated folder, on `.`, reads the date where ingest does.
    let out = newsdex()
        .args(["extract", "--json", "."])
        .current_dir(c.root().join("2024/05/17/batch"))
        .output()
        .unwrap();
    let record: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(record["date"], "2024-05-17", "{record}");
    assert_eq!(record["date_source"], "path");
    c.ingest();
    let hit = &c.search_json(&["ferry"])["hits"][0];
    assert_eq!(hit["date"], "2024-05-17");
    assert_eq!(hit["date_source"], "path", "search --json says where the date came from");
}

#[test]
fn extract_gives_each_article_the_uid_search_gives_it() {
    let c = Corpus::new();
    c.write("a.txt", "Ferry resumes\n\nThe lake ferry runs again.\n");
    c.write(
        "feed.jsonl",
        "{\"title\":\"Ferry fares\",\"text\":\"Ferry fares rise.\"}\n{\"title\":\"Ferry crew\",\"text\":\"The ferry hired a crew.\"}\n",
    );
    c.ingest();
    let searched = c.search_json(&["ferry", "--limit", "10"]);
    let mut from_search: Vec<String> =
        searched["hits"].as_array().unwrap().iter().map(|h| h["uid"].as_str().unwrap().to_string()).collect();
    let out = c.cmd(&["extract", "--json", "articles"]).assert().success().get_output().stdout.clone();
    let mut from_extract: Vec<String> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["uid"].as_str().unwrap().to_string())
        .collect();
    from_search.sort();
    from_extract.sort();
    assert_eq!(from_search.len(), 3);
    assert_eq!(from_extract, from_search);
}

/// The title, date, date source and byline `extract --json` gives each of `files` (name,
/// contents), by name.
fn header_fields(files: &[(&str, &str)]) -> Vec<[serde_json::Value; 4]> {
    let c = Corpus::new();
    let paths: Vec<String> =
        files.iter().map(|(name, text)| c.write(name, text).to_string_lossy().into_owned()).collect();
    let args: Vec<&str> = paths.iter().map(String::as_str).collect();
    let mut records = extract_json(&args);
    records.sort_by_key(|r| r["path"].as_str().unwrap_or_default().to_string());
    records
        .iter()
        .map(|r| [r["title"].clone(), r["date"].clone(), r["date_source"].clone(), r["byline"].clone()])
        .collect()
}

#[test]
fn a_cms_paste_gives_the_writer_without_role_paper_or_capitals() {
    let story = "The council approved the budget on Tuesday night.\n";
    let got = header_fields(&[
        ("a.txt", &format!("Council approves budget\nBy Maggie Alvarez | Staff Writer\n\n{story}")),
        ("b.txt", &format!("Council approves budget\nBy Maggie Alvarez | Reading Ledger\n\n{story}")),
        ("c.txt", &format!("Council approves budget\nBy MAGGIE ALVAREZ\n\n{story}")),
        ("d.txt", &format!("Council approves budget\nPosted on January 22, 2026 by Derek Lutz\n\n{story}")),
    ]);
    let bylines: Vec<&serde_json::Value> = got.iter().map(|r| &r[3]).collect();
    assert_eq!(bylines, ["Maggie Alvarez", "Maggie Alvarez", "Maggie Alvarez", "Derek Lutz"]);
    assert_eq!(got[3][1], "2026-01-22");
}

#[test]
fn a_section_label_or_breadcrumb_over_a_pasted_story_is_not_its_headline() {
    let story = "By Maggie Alvarez\n\nThe council approved the budget on Tuesday night.\n";
    let got = header_fields(&[
        ("a.txt", &format!("LOCAL NEWS\nCouncil approves budget\n{story}")),
        ("b.txt", &format!("Home > News > Local\nCouncil approves budget\n{story}")),
        ("c.txt", &format!("COUNCIL APPROVES BUDGET\n\n{story}")),
    ]);
    let titles: Vec<&serde_json::Value> = got.iter().map(|r| &r[0]).collect();
    assert_eq!(titles, ["Council approves budget", "Council approves budget", "COUNCIL APPROVES BUDGET"]);
}

#[test]
fn a_slash_date_is_read_when_it_reads_one_way_or_the_file_tells_which_and_said_when_not() {
    let story = "The council approved the budget on Tuesday night.\n";
    let c = Corpus::new();
    let files = [
        ("a.txt", format!("Council approves budget\nPublished 3/3/2026\n\n{story}")),
        ("b.md", format!("---\ntitle: Bridge closes\ndate: 03/03/2026\n---\n\n{story}")),
        ("c.txt", format!("Council approves budget\nPublished: 08/12/2025 | Updated: 08/14/2025\n\n{story}")),
        ("d.md", format!("---\ntitle: Bridge closes\ndate: 08/12/2025\nlang: en-US\n---\n\n{story}")),
        ("e.txt", format!("Council approves budget\nPublished: 08/12/2025\n\n{story}")),
    ];
    for (name, text) in &files {
        c.write(name, text);
    }
    let out = c.cmd(&["extract", "--json", "articles"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut dates: Vec<(String, serde_json::Value)> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .map(|r| (crate::util::file_name(r["path"].as_str().unwrap()), r["date"].clone()))
        .collect();
    dates.sort_by(|a, b| a.0.cmp(&b.0));
    let days: Vec<&str> = dates.iter().map(|(_, d)| d.as_str().unwrap_or("undated")).collect();
    assert_eq!(days, ["2026-03-03", "2026-03-03", "2025-08-12", "2025-08-12", "undated"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("e.txt: date 08/12/2025 reads as 12 August or 8 December: left undated"),
        "{stderr}"
    );
    assert_eq!(stderr.matches("reads as").count(), 1, "{stderr}");
}

#[test]
fn a_soft_hyphen_keeps_a_pages_paragraphs_apart_and_its_words_found() {
    let c = Corpus::new();
    let page = "<html><head><title>Rail strike ends</title></head><body><article><h1>Rail strike ends</h1>\
        <p>The opposition opened the debate</p><p>Ministers were naïve about the risks, the report claimed.</p>\
        <p>Officials told the parlia&shy;ment nothing.</p></article></body></html>";
    let path = c.write("page.html", page);
    let records = extract_json(&["--body", path.to_str().unwrap()]);
    assert_eq!(
        records[0]["body"],
        "The opposition opened the debate\nMinisters were naïve about the risks, the report claimed.\n\
         Officials told the parliament nothing."
    );
    c.ingest();
    assert_eq!(c.hit_names(&["ministers"]), ["page.html"]);
    assert_eq!(c.hit_names(&["parliament"]), ["page.html"]);
}
