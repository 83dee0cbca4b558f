//! Real archives from ../shared/corpora (read in place, never copied).

use std::collections::BTreeSet;
use std::path::Path;

use crate::util::{Corpus, shared_corpus};

/// The words of a text as the index sees them: alphanumeric runs, lower-cased.
fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Files whose headline or body contains the phrase, computed by reading every file.
fn files_with_phrase(root: &Path, phrase: &str) -> BTreeSet<String> {
    let wanted = tokens(phrase);
    let mut found = BTreeSet::new();
    for entry in walkdir::WalkDir::new(root).into_iter().filter_map(Result::ok) {
        if entry.path().extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let bytes = std::fs::read(entry.path()).unwrap();
        let text =
            String::from_utf8(bytes.clone()).unwrap_or_else(|_| bytes.iter().map(|&b| b as char).collect());
        let text = text.trim_start();
        let (title, body) = text.split_once('\n').unwrap_or((text, ""));
        let contains = |t: &str| tokens(t).windows(wanted.len()).any(|w| w == wanted.as_slice());
        if contains(title) || contains(body) {
            found.insert(entry.path().to_string_lossy().into_owned());
        }
    }
    found
}

#[test]
fn bbc_corpus_ingests_completely_and_phrase_counts_match_a_scan() {
    let Some(bbc) = shared_corpus("bbc") else { return };
    let c = Corpus::new();
    let categories = ["business", "entertainment", "politics", "sport", "tech"].map(|d| bbc.join(d));
    let mut args = vec!["ingest"];
    args.extend(categories.iter().map(|p| p.to_str().unwrap()));
    let out = c.cmd(&args).assert().success().get_output().clone();
    let summary = String::from_utf8(out.stderr).unwrap();
    assert!(summary.contains("(2225 new, 0 updated, 2225 articles)"), "{summary}");
    assert!(summary.contains("0 skipped"), "{summary}");
    let stats = || -> serde_json::Value {
        serde_json::from_slice(&c.cmd(&["stats", "--json"]).output().unwrap().stdout).unwrap()
    };
    assert_eq!(stats()["documents"], 2225);

    // The whole folder adds nothing: README.TXT and SOURCE.md are a collection's notes.
    let out = c.cmd(&["ingest", bbc.to_str().unwrap()]).assert().success().get_output().clone();
    let summary = String::from_utf8(out.stderr).unwrap();
    assert!(
        summary.contains(
            "(0 new, 0 updated, 0 articles), 2225 unchanged, 0 moved, 0 removed, 2 skipped (2 a collection's notes)"
        ),
        "{summary}"
    );
    assert_eq!(stats()["documents"], 2225);

    for phrase in ["prime minister", "chancellor gordon brown", "mobile phone"] {
        let expected = files_with_phrase(&bbc, phrase);
        let quoted = format!("\"{phrase}\"");
        let json = c.search_json(&[&quoted, "--limit", "5"]);
        assert_eq!(json["total"].as_u64().unwrap() as usize, expected.len(), "{phrase}");
        assert!(!expected.is_empty(), "{phrase} should occur in the BBC corpus");
    }

    // The one Latin-1 file is indexed with its pound sign.
    let mutu = c.search_json(&["title:mutu"]);
    assert!(mutu["hits"][0]["path"].as_str().unwrap().ends_with("sport/199.txt"));
    let fine = c.search_json(&["mutu fined OR fine OR £15.8m"]);
    assert!(fine["total"].as_u64().unwrap() >= 1);

    // Person search finds a well-known politician by surname.
    let blair = c.search_json(&["--person", "blair", "--limit", "1"]);
    assert!(blair["total"].as_u64().unwrap() > 100, "{}", blair["total"]);

    // Paging reaches every match of a broad search, past the 2,000 hits read to fold
    // copies together (it used to stop there), and no hit comes twice.
    let all = c.search_json(&["the", "--limit", "5000"]);
    let total = all["total"].as_u64().unwrap() as usize;
    let hits = all["hits"].as_array().unwrap();
    assert!(total > 2_100 && hits.len() > 2_050, "{total} matches, {} hits", hits.len());
    let keys: BTreeSet<String> = hits.iter().map(|h| format!("{}#{}", h["path"], h["id"])).collect();
    assert_eq!(keys.len(), hits.len());
    let last_page = c.search_json(&["the", "--limit", "10", "--offset", &(hits.len() - 5).to_string()]);
    assert_eq!(last_page["hits"].as_array().unwrap().len(), 5);
    assert_eq!(last_page["hits"][4]["path"], hits[hits.len() - 1]["path"]);
    // Page by page, every article is on some page once: as a hit, or listed as a copy
    // under one (a copy once folded into a story shown earlier without it, on no page).
    // Under `*` every article scores alike, so copies lie far apart in the ranking.
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut offset = 0;
    let total = c.search_json(&["*", "--limit", "1"])["total"].as_u64().unwrap() as usize;
    loop {
        let page = c.search_json(&["*", "--limit", "100", "--offset", &offset.to_string()]);
        let page_hits = page["hits"].as_array().unwrap();
        if page_hits.is_empty() {
            break;
        }
        for hit in page_hits {
            // One article a file here: its path names it.
            let copies =
                hit["duplicates"].as_array().unwrap().iter().map(|d| d.as_str().unwrap().to_string());
            for key in std::iter::once(hit["path"].as_str().unwrap().to_string()).chain(copies) {
                assert!(seen.insert(key.clone()), "{key} twice");
            }
        }
        offset += page_hits.len();
    }
    assert_eq!(seen.len(), total);

    // `similar` answers the same question the same way every time (it once picked among
    // words of equal weight in hash order), and its total does not depend on the page.
    let similar = |n: &str| -> serde_json::Value {
        let out = c.cmd(&["similar", "politics/069.txt", "--json", "-n", n]).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let first = similar("5");
    assert_eq!(first["hits"].as_array().unwrap().len(), 5);
    for _ in 0..4 {
        assert_eq!(similar("5"), first);
    }
    let longer = similar("20");
    assert_eq!(longer["total"], first["total"]);
    assert_eq!(longer["hits"].as_array().unwrap()[..5], first["hits"].as_array().unwrap()[..]);
}

#[test]
fn names_are_read_from_every_real_web_page_without_a_failure() {
    for (name, pages) in [("fundus-news", "articles"), ("readability-news", "")] {
        let Some(root) = shared_corpus(name) else { return };
        let root = root.join(pages);
        let c = Corpus::new();
        let out = c.cmd(&["extract", "--json", root.to_str().unwrap()]).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        // A failure is caught and the page indexed without names: said, never silent.
        let failed: Vec<&str> = stderr.lines().filter(|l| l.contains("finding names failed")).collect();
        assert!(failed.is_empty(), "{name}: {failed:#?}");
    }
}
