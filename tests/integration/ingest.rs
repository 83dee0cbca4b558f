//! Ingesting folders: what is read, what is skipped, and re-ingesting after changes.

use predicates::prelude::*;

use crate::util::{Corpus, sample_corpus};

#[test]
fn sample_corpus_ingests_and_searches() {
    let c = Corpus::new();
    let corpus = sample_corpus();
    c.cmd(&["ingest", corpus.to_str().unwrap()])
        .assert()
        .success()
        .stderr(predicate::str::contains("0 skipped"));
    let json = c.search_json(&["federal agents"]);
    let paths: Vec<&str> =
        json["hits"].as_array().unwrap().iter().map(|h| h["path"].as_str().unwrap()).collect();
    assert!(paths.iter().any(|p| p.ends_with("000_a6e24111e258e245.txt")), "{paths:?}");
    c.cmd(&["stats", "--json"]).assert().success().stdout(predicate::str::contains("\"documents\""));
    // The text says which days the archive spans, whatever clock each article was dated on.
    c.cmd(&["stats"]).assert().success().stdout(
        predicate::str::is_match(r"\ndates: +\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d \(\d+ undated\)\n").unwrap(),
    );
}

#[test]
fn summary_counts_new_unchanged_updated_and_removed() {
    let c = Corpus::new();
    c.write("a.txt", "Alpha headline\n\nFirst text about harbours.\n");
    c.write("b.txt", "Beta headline\n\nSecond text about harbours.\n");
    c.write("notes/c.md", "# Gamma headline\n\nThird text about harbours.\n");
    let first = c.ingest();
    assert!(
        first.contains("indexed 3 files (3 new, 0 updated, 3 articles), 0 unchanged, 0 moved, 0 removed"),
        "{first}"
    );

    let again = c.ingest();
    assert!(
        again.contains("indexed 0 files (0 new, 0 updated, 0 articles), 3 unchanged, 0 moved, 0 removed"),
        "{again}"
    );

    // Edit one (new size), delete one.
    c.write("a.txt", "Alpha headline, corrected\n\nFirst text about harbours and ferries.\n");
    std::fs::remove_file(c.root().join("b.txt")).unwrap();
    let changed = c.ingest();
    assert!(
        changed.contains("indexed 1 file (0 new, 1 updated, 1 article), 1 unchanged, 0 moved, 1 removed"),
        "{changed}"
    );

    assert_eq!(c.hit_names(&["harbours"]).len(), 2);
    assert_eq!(c.hit_names(&["ferries"]), ["a.txt"]);
    assert!(c.hit_names(&["beta"]).is_empty());
    // The edit replaced the old version rather than adding a second one.
    assert_eq!(c.search_json(&["alpha"])["total"], 1);
}

#[test]
fn a_touched_but_unchanged_file_is_not_reindexed() {
    let c = Corpus::new();
    let path = c.write("a.txt", "Alpha\n\nText.\n");
    c.ingest();
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
    std::fs::File::options().write(true).open(&path).unwrap().set_modified(later).unwrap();
    let again = c.ingest();
    assert!(again.contains("0 updated") && again.contains("1 unchanged"), "{again}");
    let third = c.ingest();
    assert!(third.contains("1 unchanged"), "{third}");
    assert_eq!(c.search_json(&["alpha"])["total"], 1);
}

#[test]
fn hidden_files_and_folders_are_skipped() {
    let c = Corpus::new();
    c.write("visible.txt", "Visible story\n\nHarbour news.\n");
    c.write(".hidden.txt", "Hidden story\n\nHarbour news.\n");
    c.write(".git/story.txt", "Git story\n\nHarbour news.\n");
    c.ingest();
    assert_eq!(c.hit_names(&["harbour"]), ["visible.txt"]);
}

#[cfg(unix)]
#[test]
fn symlinks_are_followed_only_with_follow_links() {
    let c = Corpus::new();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("linked.txt"), "Linked story\n\nHarbour news, linked.\n").unwrap();
    std::os::unix::fs::symlink(outside.path(), c.root().join("link")).unwrap();
    c.write("own.txt", "Own story\n\nHarbour news.\n");
    // Passed over, and said so, by `ingest` and `extract`.
    let summary = c.ingest();
    assert!(summary.contains("passed over 1 symbolic link (`--follow-links` follows it)"), "{summary}");
    assert_eq!(c.hit_names(&["harbour"]), ["own.txt"]);
    c.cmd(&["extract", "--json", "articles"])
        .assert()
        .stderr(predicate::str::contains("passed over 1 symbolic link"));
    c.cmd(&["ingest", "--follow-links", "articles"]).assert().success();
    let mut names = c.hit_names(&["harbour"]);
    names.sort();
    assert_eq!(names, ["linked.txt", "own.txt"]);
    // Remembered for the folder: a re-scan without the flag does not take the linked
    // articles for deleted.
    for rescan in [&["ingest"][..], &["ingest", "articles"]] {
        c.cmd(rescan).assert().success().stderr(predicates::str::contains("2 unchanged, 0 moved, 0 removed"));
        let mut names = c.hit_names(&["harbour"]);
        names.sort();
        assert_eq!(names, ["linked.txt", "own.txt"], "{rescan:?}");
    }
    c.cmd(&["stats"]).assert().success().stdout(predicates::str::contains("symbolic links followed"));
    // A link to nothing is a pointer left behind: named, and the run does not fail.
    std::os::unix::fs::symlink(outside.path().join("gone.txt"), c.root().join("gone.txt")).unwrap();
    c.cmd(&["ingest"]).assert().success().stderr(
        predicates::str::contains("gone.txt: a symbolic link to ")
            .and(predicates::str::contains("1 broken link")),
    );
}

#[test]
fn two_folders_share_one_index_and_purging_stays_inside_each() {
    let c = Corpus::new();
    c.write("a/one.txt", "One\n\nHarbour news from the north.\n");
    c.write("b/two.txt", "Two\n\nHarbour news from the south.\n");
    c.cmd(&["ingest", "articles/a"]).assert().success();
    c.cmd(&["ingest", "articles/b"]).assert().success();
    let mut names = c.hit_names(&["harbour"]);
    names.sort();
    assert_eq!(names, ["one.txt", "two.txt"]);
}

#[test]
fn a_file_under_two_given_folders_is_indexed_once() {
    let c = Corpus::new();
    c.write("a/one.txt", "One\n\nHarbour news from the north.\n");
    c.write("a/sub/two.txt", "Two\n\nHarbour news from the south.\n");
    let out = c.cmd(&["ingest", "articles/a", "articles/a/sub"]).assert().success().get_output().clone();
    let summary = String::from_utf8_lossy(&out.stderr);
    assert!(summary.contains("indexed 2 files (2 new"), "{summary}");
    assert_eq!(c.search_json(&["harbour"])["total"], 2);
    let again = c.cmd(&["ingest"]).assert().success().get_output().clone();
    let again = String::from_utf8_lossy(&again.stderr);
    assert!(again.contains("0 new, 0 updated, 0 articles), 2 unchanged"), "{again}");
    assert_eq!(c.search_json(&["harbour"])["total"], 2);
}

#[test]
fn rebuild_starts_from_an_empty_index() {
    let c = Corpus::new();
    c.write("a/one.txt", "One\n\nHarbour news from the north.\n");
    c.write("b/two.txt", "Two\n\nHarbour news from the south.\n");
    c.cmd(&["ingest", "articles/a"]).assert().success();
    c.cmd(&["ingest", "--rebuild", "articles/b"]).assert().success();
    assert_eq!(c.hit_names(&["harbour"]), ["two.txt"]);
}

#[test]
fn a_damaged_index_says_which_file_and_rebuild_replaces_it() {
    let c = Corpus::new();
    c.write("one.txt", "One\n\nHarbour news from the north.\n");
    c.write("two.txt", "Two\n\nHarbour news from the south.\n");
    c.ingest();
    // A file of the index's with this extension.
    let index_file = |extension: &str| {
        std::fs::read_dir(c.index())
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.extension().is_some_and(|e| e == extension))
            .unwrap_or_else(|| panic!("a .{extension} file"))
    };
    // A segment's stored documents lost (a full disk, a copy taken mid-commit).
    let store = index_file("store");
    let name = store.file_name().unwrap().to_string_lossy().into_owned();
    std::fs::write(&store, b"cut").unwrap();
    for command in [&["search", "harbour"][..], &["stats"], &["ingest"]] {
        c.cmd(command)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("is damaged").and(predicate::str::contains(name.as_str())))
            .stderr(predicate::str::contains("ingest --rebuild"));
    }
    // The folders are still on record: `ingest --rebuild` alone builds it again.
    c.cmd(&["ingest", "--rebuild"]).assert().success();
    assert_eq!(c.hit_names(&["harbour"]).len(), 2);
    // A meta.json garbled beyond reading: the folder must be named.
    std::fs::write(c.index().join("meta.json"), "{").unwrap();
    c.cmd(&["search", "harbour"]).assert().code(2).stderr(predicate::str::contains("meta.json is garbled"));
    c.cmd(&["ingest", "--rebuild"]).assert().code(2).stderr(
        predicate::str::contains("meta.json is garbled").and(predicate::str::contains("name the folders")),
    );
    c.cmd(&["ingest", "--rebuild", "articles"]).assert().success();
    assert_eq!(c.hit_names(&["harbour"]).len(), 2);
    // A file read only when a search needs it (positions) missing: named all the same.
    let positions = index_file("pos");
    let name = positions.file_name().unwrap().to_string_lossy().into_owned();
    std::fs::remove_file(&positions).unwrap();
    for command in [&["search", "harbour"][..], &["stats"], &["ingest"]] {
        c.cmd(command)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!("is damaged (its file {name} is missing)")))
            .stderr(predicate::str::contains("ingest --rebuild"));
    }
    c.cmd(&["ingest", "--rebuild"]).assert().success();
    assert_eq!(c.hit_names(&["harbour"]).len(), 2);
    // The list of segments lost: said, and an ingest builds the index again.
    std::fs::remove_file(c.index().join("meta.json")).unwrap();
    c.cmd(&["search", "harbour"]).assert().code(2).stderr(
        predicate::str::contains("not their list, meta.json")
            .and(predicate::str::contains("newsdex ingest FOLDER")),
    );
    c.cmd(&["ingest", "--rebuild", "articles"]).assert().success();
    assert_eq!(c.hit_names(&["harbour"]).len(), 2);
    std::fs::remove_file(c.index().join("meta.json")).unwrap();
    c.cmd(&["ingest", "articles"]).assert().success();
    assert_eq!(c.hit_names(&["harbour"]).len(), 2);
}

#[cfg(unix)]
#[test]
fn the_index_list_of_segments_is_as_readable_as_the_index_folder() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let c = Corpus::new();
    c.write("one.txt", "One\n\nHarbour news from the north.\n");
    c.ingest();
    // Shared folder: another account (a web server running `serve`) can read all of it.
    std::fs::set_permissions(c.index(), std::fs::Permissions::from_mode(0o755)).unwrap();
    c.write("two.txt", "Two\n\nHarbour news from the south.\n");
    c.ingest();
    assert_eq!(mode(&c.index().join("meta.json")), 0o644);
    // Private folder: private list.
    std::fs::set_permissions(c.index(), std::fs::Permissions::from_mode(0o700)).unwrap();
    std::fs::remove_file(c.root().join("two.txt")).unwrap();
    c.ingest();
    assert_eq!(mode(&c.index().join("meta.json")), 0o600);
}

#[test]
fn an_ingest_leaves_one_segment_per_writer_thread_and_no_stale_files() {
    let c = Corpus::new();
    for i in 0..40 {
        c.write(&format!("a/{i:02}.txt"), format!("Story {i}\n\nHarbour news number {i} from the north.\n"));
    }
    // Two writer threads write two segments; a small pass merges what it wrote into one.
    c.cmd(&["ingest", "--jobs", "2", "articles"]).assert().success();
    c.write("a/new.txt", "New\n\nHarbour news from the south.\n");
    std::fs::remove_file(c.root().join("a/00.txt")).unwrap();
    c.cmd(&["ingest", "articles"]).assert().success();
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(c.index().join("meta.json")).unwrap()).unwrap();
    let live: Vec<String> = meta["segments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["segment_id"].as_str().unwrap().replace('-', ""))
        .collect();
    assert!(live.len() <= 2, "one segment per pass: {live:?}");
    for entry in std::fs::read_dir(c.index()).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if let Some((stem, _)) = name.split_once('.')
            && stem.len() == 32
        {
            assert!(live.iter().any(|l| l == stem), "{name} belongs to no live segment");
        }
    }
    assert_eq!(c.search_json(&["harbour"])["total"], 40);
}

#[test]
fn a_missing_folder_is_an_error_naming_it() {
    let c = Corpus::new();
    c.cmd(&["ingest", "no-such-folder"]).assert().code(2).stderr(predicate::str::contains("no-such-folder"));
}

#[test]
fn an_index_folder_that_is_not_an_index_is_left_alone() {
    let c = Corpus::new();
    c.write("a.txt", "A\n\nText.\n");
    std::fs::create_dir_all(c.index()).unwrap();
    std::fs::write(c.index().join("precious.doc"), "keep me").unwrap();
    c.cmd(&["ingest", "articles"]).assert().code(2).stderr(predicate::str::contains("not a newsdex index"));
    assert!(c.index().join("precious.doc").exists());
}

#[test]
fn an_index_whose_creation_was_killed_is_taken_over() {
    let c = Corpus::new();
    c.write("a.txt", "Harbour closes\n\nThe harbour closed for the winter.\n");
    // What a first ingest killed before its first commit leaves: tantivy's list of files,
    // a temporary file of an atomic write, a lock and a segment file; no meta.json.
    std::fs::create_dir_all(c.index()).unwrap();
    std::fs::write(c.index().join(".managed.json"), "[]").unwrap();
    std::fs::write(c.index().join(".tmpLoq25L"), "{\"segments\"").unwrap();
    std::fs::write(c.index().join(".tantivy-writer.lock"), "").unwrap();
    std::fs::write(c.index().join("0123456789abcdef0123456789abcdef.store"), [0u8; 7]).unwrap();
    c.cmd(&["search", "harbour"]).assert().code(2).stderr(predicate::str::contains("newsdex ingest"));
    c.cmd(&["ingest", "articles"]).assert().success();
    assert_eq!(c.hit_names(&["harbour"]), ["a.txt"]);
    assert!(!c.index().join(".tmpLoq25L").exists());
}

#[test]
fn the_writer_memory_budget_is_a_flag_with_a_checked_range() {
    let c = Corpus::new();
    c.write("a.txt", "Alpha headline\n\nText about harbours.\n");
    let root = c.root();
    c.cmd(&["ingest", "--memory", "5", root.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--memory"));
    // The smallest budget tantivy takes (one writer thread) still indexes everything.
    c.cmd(&["ingest", "--memory", "15", "--jobs", "2", root.to_str().unwrap()]).assert().success();
    assert_eq!(c.hit_names(&["harbours"]), ["a.txt"]);
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_indexed_shown_and_followed() {
    use std::os::unix::ffi::OsStringExt;
    let c = Corpus::new();
    // "café.txt" written in Latin-1, as old archives have it.
    let name = std::ffi::OsString::from_vec(b"caf\xe9.txt".to_vec());
    std::fs::write(c.root().join(&name), "Harbour reopens\n\nThe harbour reopened after the storm.\n")
        .unwrap();
    let first = c.ingest();
    assert!(first.contains("indexed 1 file (1 new"), "{first}");
    // The snippet of a text file is read from the file again: the name must lead back to it.
    let json = c.search_json(&["harbour"]);
    assert_eq!(json["hits"][0]["snippet"], "The harbour reopened after the storm.", "{json}");
    let out = c.cmd(&["search", "harbour"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("caf\u{FFFD}.txt"), "{text}");
    let again = c.ingest();
    assert!(again.contains("0 new, 0 updated, 0 articles), 1 unchanged"), "{again}");
    std::fs::create_dir(c.root().join("old")).unwrap();
    std::fs::rename(c.root().join(&name), c.root().join("old").join(&name)).unwrap();
    let moved = c.ingest();
    assert!(moved.contains("1 moved, 0 removed"), "{moved}");
    // `similar` takes the path a search printed in its JSON.
    let path = c.search_json(&["harbour"])["hits"][0]["path"].as_str().unwrap().to_string();
    c.cmd(&["similar", &path]).assert().code(1);
    // And the path as the shell gives it, in its own bytes.
    let raw = c.root().join("old").join(&name);
    let out = c.cmd(&["show", "--json"]).arg(&raw).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let shown: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(shown["title"], "Harbour reopens");
    c.cmd(&["similar"]).arg(&raw).assert().code(1);
    // The report writes the name as the JSON does, so that the two join.
    let report = c.root().join("../report.jsonl");
    c.cmd(&["ingest", "--rebuild", "--report"]).arg(&report).assert().success();
    let report = std::fs::read_to_string(&report).unwrap();
    let name = path.rsplit('/').next().unwrap();
    assert!(name.contains('\u{F7E9}') && report.contains(name), "{report}");
}

#[test]
fn a_folder_named_that_is_not_there_is_left_out_and_the_others_ingested() {
    let c = Corpus::new();
    c.write("a/one.txt", "One\n\nHarbour news from the north.\n");
    let out = c.cmd(&["ingest", "articles/a", "articles/nosuch"]).assert().code(2).get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("articles/nosuch: No such file or directory"), "{stderr}");
    assert!(stderr.contains("(1 new, 0 updated, 1 article)") && stderr.contains("1 warning in"), "{stderr}");
    assert_eq!(c.hit_names(&["harbour"]), ["one.txt"]);
    // `--quiet` silences all but what makes the run fail: a nightly job's mail says why.
    let quiet =
        c.cmd(&["--quiet", "ingest", "articles/a", "articles/nosuch"]).assert().code(2).get_output().clone();
    let stderr = String::from_utf8(quiet.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("articles/nosuch: No such file or directory"), "{stderr}");
    // Alone, it is an error and nothing is done.
    c.cmd(&["ingest", "articles/nosuch"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("articles/nosuch"));
    // Threads are 0 (one per core) to 8, as the help says.
    c.cmd(&["ingest", "--jobs", "99", "articles/a"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("0..=8"));
}

#[test]
fn a_collections_notes_and_lists_are_passed_over_unless_named() {
    let c = Corpus::new();
    c.write("README.md", "# About this archive\n\nStories from the harbour desk, 1997.\n");
    c.write("LICENSE-DATA.txt", "The harbour stories may be shared.\n");
    c.write("harbour.txt", "Harbour reopens\n\nThe harbour reopened on Monday.\n");
    // One name a line: a list, whatever the file is called.
    let ports =
        ["amsterdam", "antwerp", "bremen", "genoa", "hamburg", "harbour-master", "le-havre", "lisbon"];
    c.write("codes/ports.txt", ports.repeat(2).join("\n"));
    let out = c.cmd(&["ingest", "articles"]).assert().success().get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("passed over 2 files by their names a collection's notes, not articles: articles/LICENSE-DATA.txt, articles/README.md"),
        "{stderr}"
    );
    assert!(stderr.contains("codes/ports.txt: a list, not an article"), "{stderr}");
    let summary = stderr.lines().last().unwrap();
    assert!(summary.contains("(1 new, 0 updated, 1 article)"), "{summary}");
    assert!(summary.contains("3 skipped (2 a collection's notes; 1 a list, not an article)"), "{summary}");
    assert_eq!(c.hit_names(&["harbour"]), ["harbour.txt"]);
    // Not told again by the next ingest, but counted as skipped before.
    let again = c.cmd(&["ingest"]).assert().success().get_output().clone();
    let again = String::from_utf8(again.stderr).unwrap();
    assert!(!again.contains("ports.txt") && !again.contains("notes"), "{again}");
    assert!(again.contains("4 unchanged (3 of them skipped before)"), "{again}");
    // Named, each is indexed.
    c.cmd(&["ingest", "articles/README.md", "articles/codes/ports.txt"]).assert().success();
    assert_eq!(c.search_json(&["archive"])["total"], 1);
    assert_eq!(c.search_json(&["antwerp"])["total"], 1);
    // And stays indexed when its folder is ingested again.
    c.cmd(&["ingest"]).assert().success();
    assert_eq!(c.search_json(&["archive"])["total"], 1);
    assert_eq!(c.search_json(&["antwerp"])["total"], 1);
}

/// Stories of many lengths, every fourth in capitals as wire copy was (those are written
/// in a second commit), sharing the word "harbour".
fn stories_of_many_lengths(c: &Corpus, folder: &str) {
    let words = ["ferry", "tide", "cargo", "pier", "crane", "storm", "quay", "berth", "pilot", "dredge"];
    for i in 0..48usize {
        let body: Vec<&str> = (0..20 + (i * 37) % 260).map(|n| words[(n * 7 + i) % words.len()]).collect();
        let text = format!("Harbour report {i}\n\nThe harbour {}. The harbour again.\n", body.join(" "));
        let text = if i % 4 == 0 { text.to_uppercase() } else { text };
        c.write(&format!("{folder}/{i:02}.txt"), text);
    }
}

#[test]
fn scores_do_not_depend_on_the_number_of_ingest_threads() {
    let c = Corpus::new();
    stories_of_many_lengths(&c, "news");
    let scores = |jobs: &str| {
        let index = c.index().with_file_name(format!("index-j{jobs}"));
        let index = index.to_str().unwrap();
        let newsdex = |args: &[&str]| {
            let mut cmd = crate::util::newsdex();
            cmd.arg("--index").arg(index).args(args);
            cmd
        };
        newsdex(&["ingest", "--jobs", jobs, c.root().join("news").to_str().unwrap()]).assert().success();
        // No document written to be deleted at once: none waits in the index to be merged away.
        let meta: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(format!("{index}/meta.json")).unwrap()).unwrap();
        for segment in meta["segments"].as_array().unwrap() {
            assert!(segment["deletes"].is_null(), "-j {jobs}: {segment}");
        }
        let out =
            newsdex(&["search", "--json", "--no-collapse", "--limit", "100", "harbour"]).output().unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let hits: Vec<(String, f64)> = json["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| (h["path"].as_str().unwrap().to_string(), h["score"].as_f64().unwrap()))
            .collect();
        assert_eq!(hits.len(), 48);
        hits
    };
    assert_eq!(scores("1"), scores("2"));
}
