//! `newsdex purge`: a removed article's text, words and names leave the index's files.

use std::time::Duration;

use newsdex::index::NewsIndex;
use newsdex::index::schema::names::{PERSON_NAME, SOURCE};
use predicates::prelude::*;
use tantivy::{Document, TantivyDocument};

use crate::util::Corpus;

/// A folder of two articles; `gone.html` (an HTML page: its text is kept in the index)
/// names someone no other article does and a word no other article writes.
fn two_articles() -> Corpus {
    let c = Corpus::new();
    c.write("keep.txt", "Harbour reopens\n\nThe harbour reopened on Monday, Mayor Jacob Frey said.\n");
    c.write(
        "gone.html",
        "<html><head><title>Quarry inquiry</title></head><body><p>The quarry owner Xanthippa Quorndon \
         said the zorblaxian plan was never filed. Quorndon declined to comment further.</p></body></html>",
    );
    c
}

/// Every place in the index's files where `needle` (lower case) is still found: a word of
/// a field's dictionary, a stored document (removed ones too), a name in a fast column.
fn remains_of(c: &Corpus, needle: &str) -> Vec<String> {
    let news = NewsIndex::open(&c.index()).unwrap();
    let searcher = news.reader().unwrap().searcher();
    let schema = news.index.schema();
    let mut found = Vec::new();
    for segment in searcher.segment_readers() {
        for (field, entry) in schema.fields().filter(|(_, e)| e.is_indexed()) {
            let terms = segment.inverted_index(field).unwrap();
            let mut stream = terms.terms().stream().unwrap();
            while let Some((word, _)) = stream.next() {
                if String::from_utf8_lossy(word).to_lowercase().contains(needle) {
                    found.push(format!("the word {:?} of {}", String::from_utf8_lossy(word), entry.name()));
                }
            }
        }
        // Without an alive set: removed documents too.
        let store = segment.get_store_reader(0).unwrap();
        for doc in store.iter::<TantivyDocument>(None) {
            let json = doc.unwrap().to_json(&schema);
            if json.to_lowercase().contains(needle) {
                found.push(format!("a stored document: {json}"));
            }
        }
        for column in [SOURCE, PERSON_NAME] {
            let Some(names) = segment.fast_fields().str(column).unwrap() else { continue };
            let mut stream = names.dictionary().stream().unwrap();
            while let Some((name, _)) = stream.next() {
                if String::from_utf8_lossy(name).to_lowercase().contains(needle) {
                    found.push(format!("{:?} in the {column} column", String::from_utf8_lossy(name)));
                }
            }
        }
    }
    found
}

#[test]
fn a_purge_takes_a_deleted_articles_text_words_and_path_out_of_the_index_files() {
    let c = two_articles();
    c.ingest();
    std::fs::remove_file(c.root().join("gone.html")).unwrap();
    let out = c.cmd(&["ingest", "articles"]).assert().success().get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    // A note says so, and the summary stays the last line.
    assert!(stderr.contains("stays in the index's files until `newsdex purge`"), "{stderr}");
    assert!(stderr.trim_end().lines().last().unwrap().contains("1 removed"), "{stderr}");
    assert!(c.hit_names(&["zorblaxian"]).is_empty());
    // Out of every search, but still in the files: its words, its text, its path.
    for needle in ["zorblaxian", "quorndon", "gone.html"] {
        assert!(!remains_of(&c, needle).is_empty(), "{needle} was never in the files?");
    }
    let before = NewsIndex::open(&c.index()).unwrap().payload().unwrap();
    let uid = c.search_json(&["harbour"])["hits"][0]["uid"].clone();

    c.cmd(&["purge"])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("newsdex: purged 1 removed article; the index is 1 segment, "));
    for needle in ["zorblaxian", "quorndon", "gone.html"] {
        assert_eq!(remains_of(&c, needle), Vec::<String>::new(), "{needle}");
    }
    // No segment keeps a removed document, and the rest is as it was.
    let meta: serde_json::Value =
        serde_json::from_slice(&std::fs::read(c.index().join("meta.json")).unwrap()).unwrap();
    assert!(meta["segments"].as_array().unwrap().iter().all(|s| s["deletes"].is_null()), "{meta}");
    assert_eq!(NewsIndex::open(&c.index()).unwrap().payload().unwrap(), before);
    assert_eq!(c.search_json(&["harbour"])["hits"][0]["uid"], uid);
    assert_eq!(c.hit_names(&["--person", "Jacob Frey"]), ["keep.txt"]);
    // An ingest after it finds every file unchanged.
    assert!(c.ingest().contains("1 unchanged"));
}

#[test]
fn a_forgotten_folder_is_purged_too_and_stays_forgotten() {
    let c = Corpus::new();
    c.write("keep.txt", "Harbour reopens\n\nThe harbour reopened on Monday.\n");
    c.write("private/notes.md", "# Quarry inquiry\n\nThe zorblaxian plan was never filed.\n");
    c.cmd(&["ingest", "--keep-text", "articles"]).assert().success();
    c.cmd(&["forget", "articles/private"])
        .assert()
        .success()
        .stderr(predicate::str::contains("their text leaves the index's files at the next `newsdex purge`"));
    assert!(!remains_of(&c, "zorblaxian").is_empty());
    let out = c.cmd(&["purge", "--json"]).assert().success().get_output().clone();
    let purged: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(purged["articles"], 1, "{purged}");
    assert_eq!(purged["segments"], 1, "{purged}");
    assert!(remains_of(&c, "zorblaxian").is_empty());
    assert!(remains_of(&c, "notes.md").is_empty());
    // Still passed over by the next ingest of the folder.
    c.ingest();
    assert!(c.hit_names(&["zorblaxian"]).is_empty());
}

#[test]
fn a_purge_with_nothing_removed_says_so_and_changes_nothing() {
    let c = two_articles();
    c.ingest();
    let meta = std::fs::read(c.index().join("meta.json")).unwrap();
    c.cmd(&["purge"])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("nothing to purge: the index's files hold no removed article"));
    assert_eq!(std::fs::read(c.index().join("meta.json")).unwrap(), meta);
}

#[test]
fn a_purge_waits_for_the_writer_lock_as_an_ingest_does() {
    let c = two_articles();
    c.ingest();
    std::fs::remove_file(c.root().join("gone.html")).unwrap();
    c.ingest();
    // This test holds the writer, as a running ingest or watch would.
    let news = NewsIndex::open(&c.index()).unwrap();
    let writer = news.writer(15 << 20, 1).unwrap();
    c.cmd(&["purge"])
        .timeout(Duration::from_secs(30))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is being updated by another newsdex process"));
    assert!(!remains_of(&c, "zorblaxian").is_empty());
    let mut purge = std::process::Command::new(env!("CARGO_BIN_EXE_newsdex"))
        .arg("--index")
        .arg(c.index())
        .args(["purge", "--wait"])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(700));
    assert!(purge.try_wait().unwrap().is_none(), "purge --wait did not wait");
    drop(writer);
    let out = purge.wait_with_output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("the purge starts when it is done"), "{stderr}");
    assert!(stderr.contains("purged 1 removed article"), "{stderr}");
    assert!(remains_of(&c, "zorblaxian").is_empty());
}
