//! Keeping the index in step with a folder that changes: edits, renames, moves, deletions,
//! known folders, crashes, concurrent use and schema versions.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use predicates::prelude::*;

use crate::util::{Corpus, shared_corpus};

fn story(title: &str, body: &str) -> String {
    format!("{title}\n\n{body}\n")
}

/// The counts of a summary line, as (new, updated, unchanged, moved, removed).
fn counts(summary: &str) -> (usize, usize, usize, usize, usize) {
    let line = summary.lines().last().expect("a summary line");
    let num = |before: &str| -> usize {
        let end = line.find(before).unwrap_or_else(|| panic!("{before:?} not in {line}"));
        line[..end].trim_end().rsplit([' ', '(']).next().unwrap().parse().unwrap()
    };
    (num(" new"), num(" updated"), num(" unchanged"), num(" moved"), num(" removed"))
}

#[test]
fn edits_renames_moves_and_deletions_are_followed() {
    let c = Corpus::new();
    c.write("a.txt", story("Ferry resumes", "The lake ferry runs again."));
    c.write("b.txt", story("Bridge shut", "The lift bridge is shut for repairs."));
    c.write("sub/c.md", "# Grain record\n\nThe cooperative shipped record grain.\n");
    c.write("d.txt", story("Snow emergency", "Plows are out across the city."));
    assert_eq!(counts(&c.ingest()), (4, 0, 0, 0, 0));

    // Edit content (and so size and mtime).
    c.write("a.txt", story("Ferry resumes, hourly", "The lake ferry runs again every hour."));
    // Rename b.txt, move c.md across folders, delete d.txt.
    std::fs::rename(c.root().join("b.txt"), c.root().join("bridge.txt")).unwrap();
    std::fs::create_dir_all(c.root().join("other")).unwrap();
    std::fs::rename(c.root().join("sub/c.md"), c.root().join("other/grain.md")).unwrap();
    std::fs::remove_file(c.root().join("d.txt")).unwrap();
    assert_eq!(counts(&c.ingest()), (0, 1, 0, 2, 1));

    assert_eq!(c.hit_names(&["hourly"]), ["a.txt"]);
    assert_eq!(c.hit_names(&["bridge"]), ["bridge.txt"]);
    // A moved text file's body is indexed again from the file: the index keeps no copy.
    assert_eq!(c.hit_names(&["repairs"]), ["bridge.txt"]);
    assert_eq!(c.hit_names(&["cooperative"]), ["grain.md"]);
    assert_eq!(c.hit_names(&["grain"]), ["grain.md"]);
    assert!(c.hit_names(&["plows"]).is_empty());
    assert_eq!(c.search_json(&["ferry"])["total"], 1, "the edit replaced the old version");

    // Moved articles keep their extracted fields.
    let grain = c.search_json(&["grain"]);
    assert_eq!(grain["hits"][0]["title"], "Grain record");
    assert!(grain["hits"][0]["path"].as_str().unwrap().ends_with("other/grain.md"));
    assert_eq!(counts(&c.ingest()), (0, 0, 3, 0, 0), "nothing changed since");
}

#[test]
fn files_an_ignore_file_names_stay_out_and_leave_when_it_names_them() {
    let c = Corpus::new();
    c.write("2024/storm.txt", story("Storm hits Duluth", "A storm closed the harbour on Monday."));
    c.write("README.md", "# About this archive\n\nThe harbour stories of the Duluth desk.\n");
    c.write("drafts/ferry.txt", story("Ferry draft", "The harbour ferry may run again."));
    c.write(".newsdexignore", "README*\n");
    let summary = c.ingest();
    assert!(
        summary.contains("left out 1 file or folder that .newsdexignore or --exclude patterns name"),
        "{summary}"
    );
    assert_eq!(c.hit_names(&["harbour"]), ["ferry.txt", "storm.txt"]);

    // Naming a folder later takes what it held out of the index; a deeper ignore file's
    // `!` pattern lets one file back in.
    c.write(".newsdexignore", "README*\ndrafts/\n");
    assert_eq!(counts(&c.ingest()), (0, 0, 1, 0, 1));
    assert_eq!(c.hit_names(&["harbour"]), ["storm.txt"]);
    c.write(".newsdexignore", "README*\n*.txt\n");
    c.write("drafts/.newsdexignore", "!ferry.txt\n");
    assert_eq!(counts(&c.ingest()), (1, 0, 0, 0, 1));
    assert_eq!(c.hit_names(&["harbour"]), ["ferry.txt"]);
    c.write(".newsdexignore", "README*\n");

    // A pattern that is none is a warning naming the file and line; the others still hold.
    c.write(".newsdexignore", "README*\n{drafts\n{notes\n");
    let out = c.cmd(&["ingest"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    // Each on a line of its own.
    for line in ["line 2:", "line 3:"] {
        let warned = stderr.lines().filter(|l| l.contains(".newsdexignore: ") && l.contains(line));
        let warned: Vec<&str> = warned.collect();
        assert_eq!(warned.len(), 1, "{stderr}");
        assert!(
            warned[0].ends_with("its other patterns still hold") && warned[0].matches("line ").count() == 1
        );
    }
    assert_eq!(c.hit_names(&["harbour"]), ["ferry.txt", "storm.txt"]);
    assert!(c.hit_names(&["archive"]).is_empty(), "README stays out");
}

#[test]
fn a_folder_ingested_inside_another_keeps_to_the_outer_folders_ignore_files_and_patterns() {
    let c = Corpus::new();
    c.write("local/letters.txt", story("Letter withdrawn", "A letter about the harbour, withdrawn."));
    c.write("local/storm.txt", story("Storm hits Duluth", "A storm closed the harbour on Monday."));
    c.write("local/codes.txt", "harbour\nduluth\n");
    c.write(".newsdexignore", "local/letters.txt\n");
    c.cmd(&["ingest", "articles", "--exclude", "codes.txt"]).assert().success();
    assert_eq!(c.hit_names(&["harbour"]), ["storm.txt"]);
    // Ingesting the folder inside by its name, then everything again (a nightly job),
    // takes back neither the file the outer ignore file names nor the one its --exclude did.
    c.cmd(&["ingest", "articles/local"]).assert().success();
    assert_eq!(c.hit_names(&["harbour"]), ["storm.txt"]);
    c.cmd(&["ingest"]).assert().success();
    assert_eq!(c.hit_names(&["harbour"]), ["storm.txt"]);
    // A file named is read whatever the patterns say.
    c.cmd(&["ingest", "articles/local/letters.txt"]).assert().success();
    assert_eq!(c.hit_names(&["harbour"]), ["letters.txt", "storm.txt"]);
}

#[test]
fn exclude_patterns_leave_files_out_of_a_folder_that_cannot_be_written_and_are_remembered() {
    let c = Corpus::new();
    c.write("2024/storm.txt", story("Storm hits Duluth", "A storm closed the harbour on Monday."));
    c.write("README.txt", "About this archive: the harbour stories of the Duluth desk.\n");
    c.write("codes/places.txt", "harbour\nduluth\nsuperior\n");
    let out = c
        .cmd(&["ingest", "articles", "--exclude", "README.txt", "--exclude", "/codes/"])
        .assert()
        .success()
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("left out 2 files and folders that .newsdexignore or --exclude patterns name"),
        "{stderr}"
    );
    assert_eq!(c.hit_names(&["harbour"]), ["storm.txt"]);
    // Remembered for the folder: a later ingest with no folder keeps leaving them out.
    c.write("codes/orgs.txt", "harbour authority\n");
    c.cmd(&["ingest"]).assert().success();
    assert_eq!(c.hit_names(&["harbour"]), ["storm.txt"]);
    let stats = c.cmd(&["stats"]).assert().success().get_output().clone();
    assert!(String::from_utf8_lossy(&stats.stdout).contains("leaving out README.txt, /codes/"));
    // The folder renamed: its patterns go with it.
    let archive = c.root().with_file_name("archive");
    std::fs::rename(c.root(), &archive).unwrap();
    std::fs::write(archive.join("ferry.txt"), story("Ferry", "The harbour ferry runs.")).unwrap();
    c.cmd(&["ingest", "archive"]).assert().success();
    assert_eq!(c.hit_names(&["harbour"]), ["ferry.txt", "storm.txt"], "README and codes stay out");
    // A pattern added later takes what it names out of the index.
    c.cmd(&["ingest", "archive", "--exclude", "2024/"]).assert().success();
    assert_eq!(c.hit_names(&["harbour"]), ["ferry.txt"]);
    // A rebuild (as a new version asks for) keeps them, even of an index it must remove.
    c.cmd(&["ingest", "--rebuild"]).assert().success();
    assert_eq!(c.hit_names(&["harbour"]), ["ferry.txt"]);
    let meta_path = c.index().join("meta.json");
    let meta = std::fs::read_to_string(&meta_path).unwrap();
    let schema = format!("\\\"newsdex_schema\\\":{}", newsdex::index::SCHEMA_VERSION);
    assert!(meta.contains(&schema), "{meta}");
    std::fs::write(&meta_path, meta.replace(&schema, "\\\"newsdex_schema\\\":1")).unwrap();
    c.cmd(&["ingest", "--rebuild"]).assert().success().stderr(predicate::str::contains(
        "is rebuilt as it was ingested (--exclude 'README.txt', --exclude '/codes/', --exclude '2024/')",
    ));
    assert_eq!(c.hit_names(&["harbour"]), ["ferry.txt"]);
    // A pattern that is none is refused before anything is read.
    c.cmd(&["ingest", "archive", "--exclude", "{drafts"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("\"{drafts\" is not a pattern"));
}

#[test]
fn moved_files_keep_counting_in_listings_and_stats() {
    let c = Corpus::new();
    c.write("a.txt", story("Ferry resumes", "Mayor Jacob Frey said the lake ferry runs again."));
    c.write("b.txt", story("Bridge shut", "Jacob Frey said the bridge is shut."));
    c.ingest();
    std::fs::create_dir_all(c.root().join("moved")).unwrap();
    std::fs::rename(c.root().join("a.txt"), c.root().join("moved/a.txt")).unwrap();
    assert_eq!(counts(&c.ingest()), (0, 0, 1, 1, 0));
    assert_eq!(stats(&c)["documents"], 2, "{}", stats(&c));
    let people = c.cmd(&["people", "--json"]).output().unwrap();
    let people: serde_json::Value = serde_json::from_slice(&people.stdout).unwrap();
    assert_eq!(people["articles"], 2, "{people}");
    assert_eq!(people["people"][0]["name"], "Jacob Frey");
    assert_eq!(people["people"][0]["articles"], 2, "{people}");
}

#[test]
fn a_rename_that_changes_how_a_file_reads_reads_it_again() {
    let c = Corpus::new();
    // An export saved as .txt is one text article; named .jsonl, it is two.
    let export = "{\"title\":\"Export one\",\"text\":\"Ferry notes from Hanoi.\"}\n\
                  {\"title\":\"Export two\",\"text\":\"Ferry notes from Hue.\"}\n";
    c.write("export.txt", export);
    // A story re-filed from one dated folder to another takes the new folder's date.
    c.write("2024/05/17/story.txt", story("Harbour log", "The harbour ferry was late."));
    c.ingest();
    let old_uid = c.search_json(&["harbour"])["hits"][0]["uid"].as_str().unwrap().to_string();
    std::fs::rename(c.root().join("export.txt"), c.root().join("export.jsonl")).unwrap();
    std::fs::create_dir_all(c.root().join("2019/01/02")).unwrap();
    std::fs::rename(c.root().join("2024/05/17/story.txt"), c.root().join("2019/01/02/story.txt")).unwrap();
    let summary = c.ingest();
    // The export reads as another kind of file: new, its old self removed. The story is
    // read again for its new date, and is a move: a link to it still opens it.
    assert_eq!(counts(&summary), (1, 0, 0, 1, 1), "{summary}");
    // The articles counted are those of the files indexed, not of the one moved.
    assert!(summary.contains("indexed 1 file (1 new, 0 updated, 2 articles)"), "{summary}");
    let out = c.cmd(&["show", &old_uid, "--json"]).assert().success().get_output().clone();
    assert!(String::from_utf8_lossy(&out.stdout).contains("2019/01/02/story.txt"));
    let hits = c.search_json(&["ferry", "--no-collapse", "--sort", "date"]);
    let titles: Vec<&str> =
        hits["hits"].as_array().unwrap().iter().map(|h| h["title"].as_str().unwrap()).collect();
    assert_eq!(hits["total"], 3, "{hits}");
    assert!(titles.contains(&"Export one") && titles.contains(&"Export two"), "{titles:?}");
    let story = c.search_json(&["harbour"]);
    assert_eq!(story["hits"][0]["date"], "2019-01-02", "{story}");
    // A plain move, same name and no dated folder involved, is still a move.
    std::fs::create_dir_all(c.root().join("old")).unwrap();
    std::fs::rename(c.root().join("export.jsonl"), c.root().join("old/export.jsonl")).unwrap();
    assert_eq!(counts(&c.ingest()), (0, 0, 1, 1, 0));
}

#[test]
fn deleting_a_file_skipped_before_removes_no_article() {
    let c = Corpus::new();
    c.write("a.txt", story("Ferry resumes", "The lake ferry runs again."));
    c.write("empty.txt", "");
    c.ingest();
    std::fs::remove_file(c.root().join("empty.txt")).unwrap();
    let summary = c.ingest();
    assert_eq!(counts(&summary), (0, 0, 1, 0, 0), "{summary}");
    // Its record went: deleting it again later changes nothing.
    assert_eq!(counts(&c.ingest()), (0, 0, 1, 0, 0));
}

#[test]
fn a_file_that_no_longer_holds_an_article_loses_its_articles() {
    let c = Corpus::new();
    c.write("a.txt", story("Ferry resumes", "The lake ferry runs again."));
    c.write("b.txt", story("Bridge shut", "The bridge is shut."));
    c.write("wire.jsonl", "{\"headline\":\"Harbour\",\"text\":\"The harbour opened.\"}\n");
    c.ingest();
    c.write("a.txt", "");
    c.write("b.txt", b"\x00\x01\x02binary\x00".as_slice());
    c.write("wire.jsonl", "garbage\n");
    let summary = c.ingest();
    assert!(
        summary.contains("a.txt: empty file, skipped; the articles indexed from it before are removed"),
        "{summary}"
    );
    assert!(c.hit_names(&["ferry"]).is_empty(), "{summary}");
    assert!(c.hit_names(&["bridge"]).is_empty());
    assert!(c.hit_names(&["harbour"]).is_empty());
    assert_eq!(stats(&c)["documents"], 0);
}

#[test]
fn articles_gone_from_a_file_still_there_are_counted_as_dropped() {
    let c = Corpus::new();
    let record = |n: usize| format!("{{\"title\": \"Tide table {n}\", \"text\": \"High water at {n}.\"}}\n");
    c.write("wire.jsonl", (1..=3).map(record).collect::<String>());
    c.ingest();
    // Exported again: the last record gone, the second edited.
    c.write("wire.jsonl", format!("{}{}", record(1), record(2).replace("High water", "Low water")));
    let summary = c.ingest();
    assert!(summary.contains("(0 new, 1 updated, 1 article, 1 as before, 1 article dropped)"), "{summary}");
    assert_eq!(c.search_json(&["tide"])["total"], 2);
    assert!(!c.ingest().contains("dropped"));
}

#[test]
fn a_file_known_by_its_bytes_that_no_longer_holds_an_article_loses_its_articles() {
    let c = Corpus::new();
    let mail = |subject: &str| {
        format!(
            "From: Desk <desk@example.org>\nSubject: {subject}\nDate: Mon, 5 Jan 2026 09:00:00 +0000\n\nThe {subject} story.\n"
        )
    };
    // A mail client's folder (no type's name) and a page saved as a server page's name.
    c.write("Mail/Trash", format!("From desk@example.org Mon Jan  5 09:00:00 2026\n{}", mail("ferry")));
    c.write(
        "story.php",
        "<!DOCTYPE html><html><head><title>Bridge shut</title></head><body><p>The bridge is shut.</p></body></html>",
    );
    c.ingest();
    assert_eq!(c.hit_names(&["ferry"]), ["Trash"]);
    assert_eq!(c.hit_names(&["bridge"]), ["story.php"]);
    // Trash emptied; the page overwritten with what is no article.
    c.write("Mail/Trash", "");
    c.write("story.php", "<?php echo 'moved'; ?>");
    let summary = c.ingest();
    assert!(c.hit_names(&["ferry"]).is_empty(), "{summary}");
    assert!(c.hit_names(&["bridge"]).is_empty(), "{summary}");
    assert!(
        summary.contains("Trash: empty file, skipped; the articles indexed from it before are removed"),
        "{summary}"
    );
    assert!(summary.contains("story.php: not a supported article type"), "{summary}");
    assert_eq!((stats(&c)["articles"].as_u64(), stats(&c)["documents"].as_u64()), (Some(0), Some(0)));
    // Nothing left to do after.
    assert_eq!(counts(&c.ingest()), (0, 0, 0, 0, 0));
}

#[test]
fn an_export_cut_off_mid_write_keeps_its_complete_articles() {
    let c = Corpus::new();
    let record = |n: usize| {
        format!("{{\"title\": \"Council vote {n}\", \"text\": \"The council voted on item {n}.\"}}")
    };
    let whole: Vec<String> = (1..=3).map(record).collect();
    c.write("export.json", format!("[\n{}\n]\n", whole.join(",\n")));
    c.ingest();
    assert_eq!(c.search_json(&["council"])["total"], 3);
    // The scraper rewrites the file and is killed mid-write: five whole records, half a sixth.
    let more: Vec<String> = (1..=5).map(record).collect();
    c.write("export.json", format!("[\n{},\n{{\"title\": \"Council vo", more.join(",\n")));
    let summary = c.ingest();
    assert!(
        summary.contains("export.json: article 6: its JSON stops before its end (cut off), skipped"),
        "{summary}"
    );
    assert_eq!(c.search_json(&["council"])["total"], 5, "{summary}");
    assert_eq!(counts(&summary), (0, 1, 0, 0, 0), "{summary}");
}

#[test]
fn a_file_grown_past_the_size_limit_keeps_its_articles() {
    let c = Corpus::new();
    c.write("wire.jsonl", "{\"headline\":\"Harbour opens\",\"text\":\"The harbour opened.\"}\n");
    c.ingest();
    let mut grown = String::from("{\"headline\":\"Harbour opens\",\"text\":\"The harbour opened.\"}\n");
    while grown.len() < 1_200_000 {
        grown.push_str("{\"headline\":\"Tide table\",\"text\":\"High water at noon.\"}\n");
    }
    c.write("wire.jsonl", grown);
    let out = c.cmd(&["ingest", "--max-file-mb", "1", "articles"]).assert().success().get_output().clone();
    let summary = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(summary.contains("over the 1 MB limit"), "{summary}");
    assert!(summary.contains("the articles indexed from it before are kept"), "{summary}");
    assert_eq!(c.hit_names(&["harbour"]), ["wire.jsonl"], "{summary}");
    // With the limit raised, the file is read again.
    c.cmd(&["ingest", "--max-file-mb", "8", "articles"]).assert().success();
    assert!(c.search_json(&["tide"])["total"].as_u64().unwrap() > 1000);
}

#[test]
fn a_renamed_folder_ingested_under_its_new_name_is_a_move_and_its_old_name_goes() {
    let c = Corpus::new();
    c.write("r1/a.txt", story("Ferry resumes", "The lake ferry runs again."));
    c.write("r1/sub/b.txt", story("Ferry fares", "Ferry fares go up in spring."));
    c.write("r1/empty.txt", "");
    c.write("r2/c.txt", story("Bridge shut", "The bridge is shut."));
    c.cmd(&["ingest", "articles/r1", "articles/r2"]).assert().success();
    std::fs::rename(c.root().join("r1"), c.root().join("r1new")).unwrap();
    let out = c.cmd(&["ingest", "articles/r1new"]).assert().success().get_output().clone();
    let summary = String::from_utf8(out.stderr).unwrap();
    assert_eq!(counts(&summary), (0, 0, 0, 2, 0), "moved, not read again: {summary}");
    assert!(summary.contains("r1: gone, and all its files were found here"), "{summary}");
    let ferry = c.search_json(&["ferry"]);
    assert_eq!(ferry["total"], 2, "{ferry}");
    for hit in ferry["hits"].as_array().unwrap() {
        assert!(hit["path"].as_str().unwrap().contains("/r1new/"), "{hit}");
    }
    // The old name is no longer among the folders `ingest` re-scans, nor warned about.
    let out = c.cmd(&["ingest"]).assert().success().get_output().clone();
    let summary = String::from_utf8(out.stderr).unwrap();
    assert!(!summary.contains("r1:"), "{summary}");
    assert_eq!(counts(&summary), (0, 0, 4, 0, 0), "{summary}");
    let stats = c.cmd(&["stats", "--json"]).assert().success().get_output().stdout.clone();
    let stats: serde_json::Value = serde_json::from_slice(&stats).unwrap();
    assert_eq!(stats["skipped_files"], 1, "the old empty file's record went with its folder: {stats}");
    let roots: Vec<&str> =
        stats["roots"].as_array().unwrap().iter().map(|r| r["path"].as_str().unwrap()).collect();
    assert!(roots.iter().all(|r| !r.ends_with("/r1")), "{roots:?}");
}

#[test]
fn a_renamed_folder_keeps_its_forgotten_folders_and_its_text_copying() {
    let c = Corpus::new();
    c.write("r1/a.txt", story("Ferry resumes", "The lake ferry runs again."));
    c.write("r1/b.txt", story("Ferry fares", "Ferry fares go up in spring."));
    c.write("r1/drafts/c.txt", story("Ferry draft", "A ferry story not ready yet."));
    c.cmd(&["ingest", "--keep-text", "articles/r1"]).assert().success();
    c.cmd(&["forget", "articles/r1/drafts"]).assert().success();
    std::fs::rename(c.root().join("r1"), c.root().join("r1new")).unwrap();
    let out = c.cmd(&["ingest", "articles/r1new"]).assert().success().get_output().clone();
    let summary = String::from_utf8(out.stderr).unwrap();
    assert!(summary.contains("r1new is "), "{summary}");
    assert!(summary.contains("passed over 1 file in forgotten folders"), "{summary}");
    assert_eq!(counts(&summary), (0, 0, 0, 2, 0), "{summary}");
    assert_eq!(c.search_json(&["ferry"])["total"], 2, "the forgotten draft stays out");
    let stats = c.cmd(&["stats"]).assert().success().get_output().stdout.clone();
    let stats = String::from_utf8(stats).unwrap();
    assert!(stats.contains("r1new/drafts (left out of its folder"), "{stats}");
    assert!(
        stats.contains("r1new (last ingested") && stats.contains("its text is kept in the index"),
        "{stats}"
    );
    // A new file of the renamed folder has its text copied, as the folder's always did.
    c.write("r1new/d.txt", story("Ocelot seen", "An ocelot was seen near the lake."));
    c.cmd(&["ingest"]).assert().success();
    std::fs::remove_file(c.root().join("r1new/d.txt")).unwrap();
    let hit = c.search_json(&["ocelot"]);
    assert!(hit["hits"][0]["snippet"].as_str().unwrap().contains("ocelot"), "{hit}");
}

/// Makes the index remember `folder` as ingested from another file system than the one it
/// is on: what it finds of a drive's mount point when the drive is not mounted.
fn remember_on_another_device(c: &Corpus, folder: &str) {
    let meta_path = c.index().join("meta.json");
    let mut meta: serde_json::Value = serde_json::from_slice(&std::fs::read(&meta_path).unwrap()).unwrap();
    let mut payload: serde_json::Value = serde_json::from_str(meta["payload"].as_str().unwrap()).unwrap();
    let root = payload["roots"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|r| r["path"].as_str().unwrap().ends_with(folder))
        .expect("the folder is recorded");
    let device = root["device"].as_u64().expect("its file system is recorded");
    root["device"] = (device + 1).into();
    meta["payload"] = payload.to_string().into();
    std::fs::write(&meta_path, meta.to_string()).unwrap();
}

#[test]
fn an_empty_mount_point_keeps_the_articles_of_the_drive_not_mounted() {
    let c = Corpus::new();
    c.write("drive/a.txt", story("Ferry resumes", "The lake ferry runs again."));
    c.write("drive/b.txt", story("Ferry fares", "Ferry fares go up in spring."));
    c.write("local/c.txt", story("Ferry crew", "The ferry hired a crew."));
    c.cmd(&["ingest", "articles/drive", "articles/local"]).assert().success();
    // The drive not mounted: its mount point is left, empty, on the file system above.
    remember_on_another_device(&c, "drive");
    for name in ["a.txt", "b.txt"] {
        std::fs::remove_file(c.root().join("drive").join(name)).unwrap();
    }
    // A folder emptied on its own file system is emptied in the index.
    std::fs::remove_file(c.root().join("local/c.txt")).unwrap();
    let out = c.cmd(&["ingest"]).assert().success().get_output().clone();
    let summary = String::from_utf8(out.stderr).unwrap();
    assert!(summary.contains("drive: holds no files now and is on another file system"), "{summary}");
    assert!(summary.contains("the articles of its 2 files stay"), "{summary}");
    assert_eq!(c.hit_names(&["ferry"]), ["a.txt", "b.txt"], "the drive's articles stay; the local one goes");
    // A rebuild refuses to lose them.
    c.cmd(&["ingest", "--rebuild"]).assert().code(2).stderr(predicate::str::contains("drive not mounted?"));
    // Forgotten, they go.
    c.cmd(&["forget", "articles/drive"]).assert().success();
    assert_eq!(c.search_json(&["ferry"])["total"], 0);
}

#[test]
fn forgetting_a_forgotten_folder_since_gone_clears_it() {
    let c = Corpus::new();
    c.write("a.txt", story("Ferry resumes", "The lake ferry runs again."));
    c.write("drafts/b.txt", story("Ferry draft", "A ferry story not ready yet."));
    c.ingest();
    c.cmd(&["forget", "articles/drafts"]).assert().success();
    // Forgotten again while it is there (a script run twice), it stays forgotten.
    c.cmd(&["forget", "articles/drafts"])
        .assert()
        .success()
        .stderr(predicate::str::contains("forgotten already"));
    c.ingest();
    assert_eq!(c.search_json(&["ferry"])["total"], 1);
    std::fs::remove_dir_all(c.root().join("drafts")).unwrap();
    c.cmd(&["forget", "articles/drafts"])
        .assert()
        .success()
        .stderr(predicate::str::contains("no longer passed over"));
    let stats = c.cmd(&["stats"]).assert().success().get_output().stdout.clone();
    assert!(!String::from_utf8(stats).unwrap().contains("forgotten:"));
    // Made again, it is ingested with its folder.
    c.write("drafts/b.txt", story("Ferry draft", "A ferry story not ready yet."));
    c.ingest();
    assert_eq!(c.search_json(&["ferry"])["total"], 2);
}

#[test]
fn a_renamed_folder_with_an_edited_file_keeps_its_old_name_until_forgotten() {
    let c = Corpus::new();
    c.write("r1/a.txt", story("Ferry resumes", "The lake ferry runs again."));
    c.write("r1/b.txt", story("Ferry fares", "Ferry fares go up in spring."));
    c.write("r2/c.txt", story("Bridge shut", "The bridge is shut."));
    c.cmd(&["ingest", "articles/r1", "articles/r2"]).assert().success();
    std::fs::rename(c.root().join("r1"), c.root().join("r1new")).unwrap();
    c.write("r1new/b.txt", story("Ferry fares", "Ferry fares go up in summer."));
    let out = c.cmd(&["ingest", "articles/r1new"]).assert().success().get_output().clone();
    let summary = String::from_utf8(out.stderr).unwrap();
    assert_eq!(counts(&summary), (1, 0, 0, 1, 0), "{summary}");
    assert!(summary.contains("r1: gone; 1 of its files were found here and moved, 1 were not"), "{summary}");
    assert_eq!(c.search_json(&["ferry"])["total"], 3, "the old b.txt stays until forgotten");
    // Re-scanning the folders known says how to forget the old name, and exits with 2
    // (a nightly run must notice a folder gone).
    let out = c.cmd(&["ingest"]).assert().code(2).get_output().clone();
    let warning = String::from_utf8(out.stderr).unwrap();
    assert!(
        warning.contains("its articles stay in the index (if it was renamed or moved, `newsdex forget /"),
        "{warning}"
    );
    assert!(warning.contains("/articles/r1` removes them)"), "{warning}");
    let out = c.cmd(&["forget", "articles/r1"]).assert().success().get_output().clone();
    assert!(String::from_utf8(out.stderr).unwrap().contains("forgot 1 file\n"));
    let ferry = c.search_json(&["ferry"]);
    assert_eq!(ferry["total"], 2);
    for hit in ferry["hits"].as_array().unwrap() {
        assert!(hit["path"].as_str().unwrap().contains("/r1new/"), "{hit}");
    }
    let out = c.cmd(&["ingest"]).assert().success().get_output().clone();
    let summary = String::from_utf8(out.stderr).unwrap();
    assert!(!summary.contains("r1:"), "{summary}");
    assert_eq!(counts(&summary), (0, 0, 3, 0, 0), "{summary}");
    c.cmd(&["forget", "articles/nowhere"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nothing in the index comes from there"));
    // One article of a file of many is not forgotten: the message says how to take it out.
    c.write("r1new/wire.jsonl", "{\"title\": \"Ferry fares\", \"text\": \"Fares frozen.\"}\n");
    c.cmd(&["ingest", "articles/r1new"]).assert().success();
    c.cmd(&["forget", "articles/r1new/wire.jsonl#1"]).assert().code(2).stderr(predicate::str::contains(
        "not one article of a file of many; to take one out, delete it from its file",
    ));
}

#[test]
fn a_folder_forgotten_inside_one_still_ingested_stays_out_until_ingested_by_name() {
    let c = Corpus::new();
    c.write("a.txt", story("Ferry resumes", "The lake ferry runs again."));
    c.write("drafts/b.txt", story("Ferry draft", "A ferry story not ready yet."));
    c.ingest();
    let out = c.cmd(&["forget", "articles/drafts"]).assert().success().get_output().clone();
    assert!(String::from_utf8_lossy(&out.stderr).contains("pass it over"));
    assert_eq!(c.search_json(&["ferry"])["total"], 1);
    // Neither a re-scan of the folders nor a new file in the forgotten one brings it back.
    c.write("drafts/c.txt", story("Ferry notes", "More ferry notes."));
    c.cmd(&["ingest"]).assert().success();
    c.ingest();
    assert_eq!(c.hit_names(&["ferry"]), ["a.txt"]);
    // `stats` says what is left out, so a difference from a fresh index is explained.
    let forgotten = stats(&c)["forgotten"].clone();
    assert!(forgotten[0].as_str().unwrap().ends_with("drafts"), "{forgotten}");
    c.cmd(&["stats"]).assert().success().stdout(predicate::str::contains("forgotten: "));
    // Ingested by name, it is back, and stays with the folder's later ingests.
    c.cmd(&["ingest", "articles/drafts"]).assert().success();
    assert_eq!(c.search_json(&["ferry"])["total"], 3);
    c.ingest();
    assert_eq!(c.search_json(&["ferry"])["total"], 3);
    assert_eq!(stats(&c)["forgotten"], serde_json::json!([]));
}

#[test]
fn a_rebuild_of_a_damaged_index_keeps_forgotten_folders_out() {
    let c = Corpus::new();
    c.write("a.txt", story("Ferry resumes", "The lake ferry runs again."));
    c.write("drafts/b.txt", story("Ferry draft", "A ferry story not ready yet."));
    c.ingest();
    c.cmd(&["forget", "articles/drafts"]).assert().success();
    // A segment's stored documents lost: the index can only be made again.
    for entry in std::fs::read_dir(c.index()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "store") {
            std::fs::write(&path, b"cut").unwrap();
        }
    }
    c.cmd(&["search", "ferry"]).assert().code(2).stderr(predicate::str::contains("is damaged"));
    c.cmd(&["ingest", "--rebuild"]).assert().success();
    assert_eq!(c.hit_names(&["ferry"]), ["a.txt"]);
    assert!(stats(&c)["forgotten"][0].as_str().unwrap().ends_with("drafts"));
}

#[test]
fn a_forget_killed_during_its_commit_does_not_block_the_next_forget() {
    let c = Corpus::new();
    c.write("a.txt", story("Ferry resumes", "The lake ferry runs again."));
    c.write("drafts/b.txt", story("Ferry draft", "A ferry story not ready yet."));
    c.ingest();
    // What a forget killed in its commit leaves: each segment's delete file for the opstamp
    // the same forget will commit at again, listed in `.managed.json` (tantivy lists a
    // file before it creates it) but in no commit.
    let index = c.index();
    let read_meta = || -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(index.join("meta.json")).unwrap()).unwrap()
    };
    let meta = read_meta();
    let opstamp = meta["opstamp"].as_u64().unwrap();
    let managed_path = index.join(".managed.json");
    let mut managed: Vec<String> =
        serde_json::from_str(&std::fs::read_to_string(&managed_path).unwrap()).unwrap();
    for segment in meta["segments"].as_array().unwrap() {
        let id = segment["segment_id"].as_str().unwrap().replace('-', "");
        for stamp in opstamp..opstamp + 4 {
            let name = format!("{id}.{stamp}.del");
            std::fs::write(index.join(&name), b"cut short").unwrap();
            managed.push(name);
        }
    }
    std::fs::write(&managed_path, serde_json::to_string(&managed).unwrap()).unwrap();
    let out = c.cmd(&["forget", "articles/drafts"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(c.hit_names(&["ferry"]), ["a.txt"]);
    // The delete files left are those the last commit lists.
    let mut listed: Vec<String> = read_meta()["segments"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| !s["deletes"].is_null())
        .map(|s| {
            format!("{}.{}.del", s["segment_id"].as_str().unwrap().replace('-', ""), s["deletes"]["opstamp"])
        })
        .collect();
    let mut on_disk: Vec<String> = std::fs::read_dir(&index)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".del"))
        .collect();
    listed.sort();
    on_disk.sort();
    assert_eq!(on_disk, listed);
}

#[test]
fn a_file_ingested_alone_then_moved_out_of_its_folder_goes_without_a_false_warning() {
    let c = Corpus::new();
    c.write("a.txt", story("Ferry resumes", "The lake ferry runs again."));
    c.write("b.txt", story("Bridge shut", "The bridge is shut."));
    c.cmd(&["ingest", "articles/a.txt"]).assert().success();
    c.ingest();
    std::fs::rename(c.root().join("a.txt"), c.root().parent().unwrap().join("a.txt")).unwrap();
    for _ in 0..2 {
        let out = c.cmd(&["ingest"]).assert().success().get_output().clone();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(!stderr.contains("a.txt:"), "{stderr}");
    }
    assert!(c.hit_names(&["ferry"]).is_empty());
    let stats = c.cmd(&["stats"]).assert().success().get_output().stdout.clone();
    assert!(!String::from_utf8_lossy(&stats).contains("a.txt"), "the file is no longer a known folder");
}

#[test]
fn an_index_inside_the_folder_ingested_is_no_article() {
    let c = Corpus::new();
    c.write("a.txt", story("Ferry resumes", "The lake ferry runs again."));
    let index = c.root().join("search-index");
    let run = || {
        let out = newsdex_at(&index).args(["ingest"]).arg(c.root()).assert().success().get_output().clone();
        String::from_utf8(out.stderr).unwrap()
    };
    run();
    let again = run();
    assert!(again.contains(" 0 skipped"), "{again}");
    assert!(!again.contains("meta.json"), "{again}");
    assert_eq!(counts(&again), (0, 0, 1, 0, 0), "{again}");
}

#[test]
fn an_index_path_that_is_a_file_is_named_in_the_error() {
    let c = Corpus::new();
    let file = c.write("not-a-folder.txt", "x");
    for args in [vec!["ingest", "articles"], vec!["search", "ferry"]] {
        let out = newsdex_at(&file)
            .current_dir(c.root().parent().unwrap())
            .args(&args)
            .assert()
            .code(2)
            .get_output()
            .clone();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains("not-a-folder.txt is a file, not an index folder"), "{args:?}: {stderr}");
    }
}

/// The binary on the index at `index`.
fn newsdex_at(index: &std::path::Path) -> assert_cmd::Command {
    let mut cmd = crate::util::newsdex();
    cmd.arg("--index").arg(index);
    cmd
}

#[test]
fn a_file_replaced_by_a_folder_is_followed() {
    let c = Corpus::new();
    c.write("x.txt", story("Harbour", "The harbour opened."));
    c.write("keep.txt", story("Keep", "A story that stays."));
    c.ingest();
    std::fs::remove_file(c.root().join("x.txt")).unwrap();
    c.write("x.txt/inner.txt", story("Inner", "Docks reopened after the storm."));
    let (new, _, _, _, removed) = counts(&c.ingest());
    assert_eq!((new, removed), (1, 1));
    assert!(c.hit_names(&["harbour"]).is_empty());
    assert_eq!(c.hit_names(&["docks"]), ["inner.txt"]);
}

#[test]
fn a_json_lines_file_losing_a_line_loses_exactly_that_article() {
    let c = Corpus::new();
    let line = |h: &str, t: &str| format!("{{\"headline\":\"{h}\",\"text\":\"{t}\"}}\n");
    let all = [
        line("Ferry resumes", "The ferry runs."),
        line("Bridge shut", "The bridge is shut."),
        line("Grain record", "Record grain."),
    ];
    c.write("wire.jsonl", all.concat());
    c.ingest();
    // Drop the middle line and change the last: ids are line numbers, so line 3 is now "Grain".
    c.write("wire.jsonl", format!("{}{}", all[0], line("Grain record", "Record grain again.")));
    let summary = c.ingest();
    assert!(
        summary.contains("(0 new, 1 updated, 1 article, 1 as before, 1 article dropped)"),
        "only the changed article is rewritten: {summary}"
    );
    assert!(c.hit_names(&["bridge"]).is_empty());
    assert_eq!(c.search_json(&["ferry"])["hits"][0]["id"], "wire.jsonl#1");
    assert_eq!(c.search_json(&["again"])["hits"][0]["id"], "wire.jsonl#2");
    assert_eq!(c.search_json(&["grain"])["total"], 1);
}

#[test]
fn ingest_without_folders_rescans_the_known_ones() {
    let c = Corpus::new();
    c.write("a/one.txt", story("One", "Harbour news from the north."));
    c.write("b/two.txt", story("Two", "Harbour news from the south."));
    c.cmd(&["ingest", "articles/a"]).assert().success();
    c.cmd(&["ingest", "articles/b"]).assert().success();
    c.write("a/three.txt", story("Three", "Harbour news from the east."));
    std::fs::remove_file(c.root().join("b/two.txt")).unwrap();
    let out = c.cmd(&["ingest"]).assert().success().get_output().clone();
    let summary = String::from_utf8(out.stderr).unwrap();
    assert_eq!(counts(&summary), (1, 0, 1, 0, 1), "{summary}");
    let mut names = c.hit_names(&["harbour"]);
    names.sort();
    assert_eq!(names, ["one.txt", "three.txt"]);

    // stats (or status) shows the folders and when they were last ingested.
    let stats: serde_json::Value =
        serde_json::from_slice(&c.cmd(&["status", "--json"]).output().unwrap().stdout).unwrap();
    let roots: Vec<&str> =
        stats["roots"].as_array().unwrap().iter().map(|r| r["path"].as_str().unwrap()).collect();
    assert_eq!(roots.len(), 2);
    assert!(roots[0].ends_with("articles/a") && roots[1].ends_with("articles/b"), "{roots:?}");

    // --rebuild with no folders rebuilds from the known ones.
    c.cmd(&["ingest", "--rebuild"]).assert().success();
    assert_eq!(c.hit_names(&["harbour"]).len(), 2);
}

/// The snippet of the only hit of a search, and what the search said on stderr.
fn snippet_and_warnings(c: &Corpus, args: &[&str]) -> (String, String) {
    let mut full = vec!["search", "--json"];
    full.extend_from_slice(args);
    let out = c.cmd(&full).assert().success().get_output().clone();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["total"], 1, "{json}");
    let snippet = json["hits"][0]["snippet"].as_str().unwrap().replace("**", "");
    (snippet, String::from_utf8(out.stderr).unwrap())
}

#[test]
fn snippets_of_text_files_are_read_from_the_files_and_say_when_they_changed() {
    let c = Corpus::new();
    c.write("ferry.txt", story("Ferry resumes", "The lake ferry runs again after the thaw."));
    c.write(
        "bridge.html",
        "<html><head><title>Bridge shut</title></head><body><article><h1>Bridge shut</h1>\
         <p>The lift bridge is shut for repairs until spring.</p></article></body></html>",
    );
    c.ingest();
    let (snippet, warnings) = snippet_and_warnings(&c, &["thaw"]);
    assert!(snippet.contains("ferry runs again after the thaw"), "{snippet}");
    assert_eq!(warnings, "");

    // Edited since the ingest: the snippet shows the file as it is now, and says so.
    c.write("ferry.txt", story("Ferry resumes", "The lake ferry runs again after the thaw, hourly."));
    let (snippet, warnings) = snippet_and_warnings(&c, &["thaw"]);
    assert!(snippet.contains("thaw, hourly"), "{snippet}");
    assert!(warnings.contains("ferry.txt: changed since the last ingest"), "{warnings}");

    // Deleted: still found (the index has its words) but with no snippet, and a warning.
    std::fs::remove_file(c.root().join("ferry.txt")).unwrap();
    let (snippet, warnings) = snippet_and_warnings(&c, &["thaw"]);
    assert_eq!(snippet, "");
    assert!(warnings.contains("ferry.txt: deleted or moved since the last ingest"), "{warnings}");
    assert!(warnings.contains("newsdex ingest"), "{warnings}");

    // Gone with its folder, which `ingest` keeps (an unplugged drive): the warning says how
    // to bring it up to date.
    c.write("sub/gull.txt", story("Gulls return", "The gulls are back on the pier."));
    c.cmd(&["ingest", "articles/sub"]).assert().success();
    std::fs::rename(c.root().join("sub"), c.root().join("sub2")).unwrap();
    let (_, warnings) = snippet_and_warnings(&c, &["gulls"]);
    assert!(
        warnings.contains("gull.txt: deleted or moved since the last ingest, with its folder"),
        "{warnings}"
    );
    assert!(warnings.contains("articles/sub: ingest that where it is now"), "{warnings}");
    assert!(warnings.contains("newsdex forget"), "{warnings}");

    // A web page's text is kept in the index: its snippet needs no file.
    std::fs::remove_file(c.root().join("bridge.html")).unwrap();
    let (snippet, warnings) = snippet_and_warnings(&c, &["repairs"]);
    assert!(snippet.contains("shut for repairs until spring"), "{snippet}");
    assert_eq!(warnings, "");
}

#[test]
fn keep_text_keeps_snippets_of_text_files_without_the_files() {
    let c = Corpus::new();
    c.write("ferry.txt", story("Ferry resumes", "The lake ferry runs again after the thaw."));
    c.cmd(&["ingest", "--keep-text", "articles"]).assert().success();
    std::fs::remove_file(c.root().join("ferry.txt")).unwrap();
    let (snippet, warnings) = snippet_and_warnings(&c, &["thaw"]);
    assert!(snippet.contains("ferry runs again after the thaw"), "{snippet}");
    assert_eq!(warnings, "");
}

#[test]
fn keep_text_given_later_copies_the_text_already_indexed_and_stays_on() {
    let c = Corpus::new();
    c.write("ferry.txt", story("Ferry resumes", "The lake ferry runs again after the thaw."));
    c.write("bridge.md", story("Bridge shut", "The lift bridge is shut for repairs."));
    c.ingest();
    let out = c.cmd(&["ingest", "--keep-text", "articles"]).assert().success().get_output().clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("copying the text of 2 files"), "{stderr}");
    assert!(stderr.contains("0 new, 0 updated") && stderr.contains("2 unchanged"), "{stderr}");
    let stats = c.cmd(&["stats"]).assert().success().get_output().stdout.clone();
    assert!(String::from_utf8_lossy(&stats).contains("its text is kept in the index"));

    // A later ingest without the flag keeps the folder's text too: an edited file's new text.
    c.write("bridge.md", story("Bridge shut", "The lift bridge is shut for repairs until spring."));
    let again = c.cmd(&["ingest"]).assert().success().get_output().stderr.clone();
    assert!(!String::from_utf8_lossy(&again).contains("copying the text"));
    std::fs::remove_file(c.root().join("ferry.txt")).unwrap();
    std::fs::remove_file(c.root().join("bridge.md")).unwrap();
    for (query, text) in
        [("thaw", "ferry runs again after the thaw"), ("spring", "shut for repairs until spring")]
    {
        let (snippet, warnings) = snippet_and_warnings(&c, &[query]);
        assert!(snippet.contains(text), "{query}: {snippet}");
        assert_eq!(warnings, "");
    }

    // A rebuild keeps copying, and says so.
    c.write("ferry.txt", story("Ferry resumes", "The lake ferry runs again after the thaw."));
    c.cmd(&["ingest", "--rebuild"])
        .assert()
        .success()
        .stderr(predicate::str::contains("is rebuilt as it was ingested (--keep-text)"));
    std::fs::remove_file(c.root().join("ferry.txt")).unwrap();
    let (snippet, warnings) = snippet_and_warnings(&c, &["thaw"]);
    assert!(snippet.contains("ferry runs again after the thaw") && warnings.is_empty(), "{warnings}");
    // Forgotten and ingested again without the flag, it goes back to reading text files.
    c.write("ferry.txt", story("Ferry resumes", "The lake ferry runs again after the thaw."));
    c.cmd(&["forget", "articles"]).assert().success();
    c.ingest();
    std::fs::remove_file(c.root().join("ferry.txt")).unwrap();
    let (_, warnings) = snippet_and_warnings(&c, &["thaw"]);
    assert!(warnings.contains("deleted or moved"), "{warnings}");
}

#[test]
fn no_purge_keeps_articles_of_deleted_files() {
    let c = Corpus::new();
    c.write("a.txt", story("Alpha", "Harbour news."));
    c.ingest();
    std::fs::remove_file(c.root().join("a.txt")).unwrap();
    c.cmd(&["ingest", "--no-purge", "articles"]).assert().success();
    assert_eq!(c.hit_names(&["alpha"]), ["a.txt"]);
    c.ingest();
    assert!(c.hit_names(&["alpha"]).is_empty());
}

#[test]
fn an_index_from_another_schema_version_asks_for_a_rebuild_or_a_newer_newsdex() {
    let c = Corpus::new();
    c.write("a.txt", story("Alpha", "Harbour news."));
    c.ingest();
    let meta_path = c.index().join("meta.json");
    let set_schema = |version: u32| {
        let mut meta: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&meta_path).unwrap()).unwrap();
        let mut payload: serde_json::Value = serde_json::from_str(meta["payload"].as_str().unwrap()).unwrap();
        payload["newsdex_schema"] = version.into();
        meta["payload"] = payload.to_string().into();
        std::fs::write(&meta_path, meta.to_string()).unwrap();
    };
    // Written by an older newsdex: rebuild it.
    set_schema(1);
    c.cmd(&["search", "alpha"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("incompatible newsdex version"))
        .stderr(predicate::str::contains("ingest --rebuild"));
    c.cmd(&["ingest", "articles"]).assert().code(2);
    c.cmd(&["ingest", "--rebuild"]).assert().success();
    assert_eq!(c.hit_names(&["alpha"]), ["a.txt"]);
    // By a newer one (a colleague's, on a shared index): not a downgrade, unless asked.
    set_schema(999);
    c.cmd(&["search", "alpha"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("was written by a newer newsdex (index schema 999;"))
        .stderr(predicate::str::contains("use that newsdex, or upgrade this one"));
    c.cmd(&["ingest", "--rebuild"]).assert().success();
    assert_eq!(c.hit_names(&["alpha"]), ["a.txt"]);
}

/// Spawns `newsdex ingest` in the background.
fn spawn_ingest(c: &Corpus, args: &[&str]) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_newsdex"))
        .arg("--index")
        .arg(c.index())
        .arg("ingest")
        .args(args)
        .env_remove("NEWSDEX_INDEX")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn newsdex")
}

fn big_corpus() -> Option<Vec<String>> {
    let bbc = shared_corpus("bbc")?;
    let reuters = shared_corpus("reuters21578")?;
    Some(vec![bbc.to_string_lossy().into_owned(), reuters.to_string_lossy().into_owned()])
}

fn stats(c: &Corpus) -> serde_json::Value {
    let out = c.cmd(&["stats", "--json"]).output().unwrap();
    assert!(out.status.success(), "stats failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_second_writer_gets_a_clear_error_while_searches_keep_working() {
    let Some(bbc) = shared_corpus("bbc") else { return };
    let c = Corpus::new();
    c.write("seed.txt", story("Harbour", "The harbour opened."));
    c.ingest();
    let args = [bbc.to_str().unwrap(), "--commit-interval", "1"];
    let mut child = spawn_ingest(&c, &args);
    // Wait until the first ingest holds the writer (its pid file appears).
    let pid_file = c.index().join("newsdex-writer.pid");
    let started = Instant::now();
    while std::fs::read_to_string(&pid_file).map_or(true, |p| p.trim() != child.id().to_string()) {
        assert!(started.elapsed() < Duration::from_secs(30), "ingest never took the writer lock");
        std::thread::sleep(Duration::from_millis(20));
    }
    let second =
        c.cmd(&["ingest", "articles"]).timeout(Duration::from_secs(30)).assert().code(2).get_output().clone();
    let stderr = String::from_utf8(second.stderr).unwrap();
    assert!(stderr.contains("is being updated by another newsdex process"), "{stderr}");
    assert!(stderr.contains(&format!("(pid {})", child.id())), "{stderr}");
    // A rebuild waits its turn too: it used to delete the index under the running writer.
    let rebuild = c
        .cmd(&["ingest", "--rebuild", "articles"])
        .timeout(Duration::from_secs(30))
        .assert()
        .code(2)
        .get_output()
        .clone();
    let stderr = String::from_utf8(rebuild.stderr).unwrap();
    assert!(stderr.contains("is being updated by another newsdex process"), "{stderr}");
    assert!(stderr.contains("give ingest or purge --wait to wait for it"), "{stderr}");
    // With --wait, an ingest waits its turn and then does its work.
    c.write("late.txt", story("Quayside", "The quokkaboat sailed late."));
    let root = c.root();
    let waiting = spawn_ingest(&c, &["--wait", root.to_str().unwrap()]);

    // Searches see the last commit and never fail while the ingest runs.
    let mut searches = 0;
    while child.try_wait().unwrap().is_none() {
        let out = c.cmd(&["search", "the OR harbour", "--limit", "1"]).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "search failed during ingest: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        searches += 1;
    }
    assert!(child.wait().unwrap().success());
    assert!(searches > 3, "only {searches} searches ran during the ingest");
    let waited = waiting.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&waited.stderr);
    assert!(waited.status.success(), "{stderr}");
    assert_eq!(stderr.matches("newsdex: waiting: the index at").count(), 1, "said once: {stderr}");
    assert!(!stderr.contains("--wait"), "no advice to do what it does: {stderr}");
    assert_eq!(c.hit_names(&["quokkaboat"]), ["late.txt"]);
}

#[test]
fn killed_ingests_leave_a_readable_index_and_the_next_run_converges() {
    let Some(big) = big_corpus() else { return };
    let mut args: Vec<&str> = big.iter().map(String::as_str).collect();
    args.extend(["--commit-interval", "1"]);

    let clean = Corpus::new();
    let out = spawn_ingest(&clean, &args).wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let expected = stats(&clean);

    let c = Corpus::new();
    for delay_ms in [300, 1500, 4000, 9000] {
        let mut child = spawn_ingest(&c, &args);
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        if c.index().join("meta.json").exists() {
            // Whatever was committed opens and searches.
            let committed = stats(&c);
            let out = c.cmd(&["search", "the", "--limit", "1"]).output().unwrap();
            assert!(matches!(out.status.code(), Some(0 | 1)), "{}", String::from_utf8_lossy(&out.stderr));
            // Articles committed from the folders: the folders are known from then on.
            if committed["documents"].as_u64() > Some(0) {
                assert_eq!(committed["roots"].as_array().map(Vec::len), Some(big.len()), "{committed}");
            }
        }
    }
    // `ingest` with no folder finishes the job when the folders were recorded.
    let known = stats(&c)["roots"].as_array().map_or(0, Vec::len) == big.len();
    let rest = if known { &["--commit-interval", "1"][..] } else { &args[..] };
    let out = spawn_ingest(&c, rest).wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let after = stats(&c);
    for key in ["documents", "files", "first_date", "last_date", "undated", "top_people", "top_places"] {
        assert_eq!(after[key], expected[key], "{key} differs from a clean ingest");
    }
    for query in ["cocoa", "\"prime minister\"", "oil OR gold", "-the chelsea"] {
        let total = |corpus: &Corpus| corpus.search_json(&["--limit", "1", "--", query])["total"].clone();
        assert_eq!(total(&c), total(&clean), "{query}");
    }
}

/// `newsdex watch FOLDER`, once it says it is watching: the process, its stderr lines to
/// come, and the lines it printed until then.
fn spawn_watch(c: &Corpus, folder: &std::path::Path) -> (std::process::Child, StderrLines, Vec<String>) {
    spawn_watch_with(c, folder, &[])
}

/// [`spawn_watch`] with more options for `watch`.
fn spawn_watch_with(
    c: &Corpus,
    folder: &std::path::Path,
    options: &[&str],
) -> (std::process::Child, StderrLines, Vec<String>) {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsdex"))
        .arg("--index")
        .arg(c.index())
        .arg("watch")
        .args(if options.contains(&"--debounce-ms") { &[][..] } else { &["--debounce-ms", "200"][..] })
        .args(options)
        .arg(folder)
        .env_remove("NEWSDEX_INDEX")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut seen = Vec::new();
    for line in stderr.by_ref() {
        let line = line.unwrap();
        seen.push(line.clone());
        if line.contains("watching 1 folder") {
            break;
        }
    }
    (child, stderr, seen)
}

type StderrLines = std::io::Lines<std::io::BufReader<std::process::ChildStderr>>;

#[cfg(unix)]
#[test]
fn watch_follows_changes_and_ctrl_c_commits_and_exits() {
    let c = Corpus::new();
    c.write("a.txt", story("Alpha", "Harbour news."));
    let (mut child, stderr, seen) = spawn_watch(&c, &c.root());
    assert!(seen.iter().any(|l| l.contains("1 new")), "{seen:?}");

    let wait_for = |query: &str, want: u64| wait_for_hits(&c, query, want);
    c.write("b.txt", story("Bravo", "Ferry news."));
    wait_for("ferry", 1);
    std::fs::rename(c.root().join("a.txt"), c.root().join("renamed.txt")).unwrap();
    std::fs::remove_file(c.root().join("b.txt")).unwrap();
    wait_for("ferry", 0);
    assert_eq!(c.hit_names(&["harbour"]), ["renamed.txt"]);
    // Saved again unchanged: a pass that changes nothing says nothing.
    Command::new("touch").arg(c.root().join("renamed.txt")).status().unwrap();
    std::thread::sleep(Duration::from_millis(1500));

    Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    let status = child.wait().unwrap();
    let rest: Vec<String> = stderr.map(|l| l.unwrap()).collect();
    assert!(status.success(), "{status:?} {rest:?}");
    assert!(rest.iter().any(|l| l.contains("stopped; everything seen is committed")), "{rest:?}");
    // Each file that changed is named.
    let told = |what: &str, tail: &str| rest.iter().any(|l| l.contains(what) && l.ends_with(tail));
    assert!(told(" added ", "b.txt (1 article)"), "{rest:?}");
    assert!(told(" moved ", "a.txt)") && rest.iter().any(|l| l.contains("renamed.txt (from ")), "{rest:?}");
    assert!(told(" removed ", "b.txt"), "{rest:?}");
    assert!(
        !rest.iter().any(|l| l.contains("indexed 0 files") && l.contains("0 moved, 0 removed")),
        "{rest:?}"
    );
    // The writer lock is free again.
    c.ingest();
}

#[cfg(unix)]
#[test]
fn watch_stopped_with_changes_pending_indexes_them_before_it_goes() {
    let c = Corpus::new();
    c.write("a.txt", story("Alpha", "Harbour news."));
    // A debounce far longer than the test: the changes are pending when the stop comes.
    let (mut child, stderr, _) = spawn_watch_with(&c, &c.root(), &["--debounce-ms", "60000"]);
    for name in ["b", "c", "d"] {
        c.write(&format!("{name}.txt"), story(name, "Ferry news."));
    }
    std::thread::sleep(Duration::from_millis(500)); // for the watcher to see them
    Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    let status = child.wait().unwrap();
    let rest: Vec<String> = stderr.map(|l| l.unwrap()).collect();
    assert!(status.success(), "{status:?} {rest:?}");
    assert!(rest.iter().any(|l| l.contains("indexing the changes seen before the stop")), "{rest:?}");
    assert!(rest.iter().any(|l| l.contains("stopped; everything seen is committed")), "{rest:?}");
    assert_eq!(c.hit_names(&["ferry"]).len(), 3, "{rest:?}");
}

#[cfg(unix)]
#[test]
fn watch_indexes_a_folder_that_never_rests() {
    let c = Corpus::new();
    c.write("a.txt", story("Alpha", "Harbour news."));
    // Changes every 100 ms, for a debounce of 300 ms: the folder never rests that long,
    // and is indexed at the latest 3 s (ten debounces) after its first change.
    let (mut child, _stderr, _) = spawn_watch_with(&c, &c.root(), &["--debounce-ms", "300"]);
    let started = Instant::now();
    let mut written = 0;
    let mut found = 0;
    while started.elapsed() < Duration::from_secs(12) && found == 0 {
        c.write(&format!("wire{written:03}.txt"), story("Wire", "Ferry news."));
        written += 1;
        std::thread::sleep(Duration::from_millis(100));
        found = c.search_json(&["ferry", "--no-collapse", "-n", "0"])["total"].as_u64().unwrap();
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(found > 0, "nothing indexed in {written} writes over {:?}", started.elapsed());
}

#[cfg(unix)]
#[test]
fn watch_keeps_the_articles_of_a_folder_that_disappears() {
    let c = Corpus::new();
    c.write("drive/a.txt", story("Alpha", "Harbour news."));
    c.write("drive/b.txt", story("Bravo", "Ferry news."));
    let (mut child, mut stderr, _) = spawn_watch(&c, &c.root().join("drive"));
    // Unplugged: the folder goes away under the watcher.
    std::fs::rename(c.root().join("drive"), c.root().join("drive.unplugged")).unwrap();
    let started = Instant::now();
    let mut seen = Vec::new();
    while started.elapsed() < Duration::from_secs(20) {
        let line = stderr.next().unwrap().unwrap();
        seen.push(line.clone());
        if line.contains("its articles stay in the index") {
            break;
        }
    }
    assert!(seen.iter().any(|l| l.contains("its articles stay in the index")), "{seen:?}");
    assert!(!seen.iter().any(|l| l.contains("2 removed")), "{seen:?}");
    assert_eq!(stats(&c)["documents"], 2);
    // Plugged in again, holding other files: watched again and scanned.
    c.write("drive/c.txt", story("Charlie", "Glacier news."));
    wait_for_hits(&c, "glacier", 1);
    wait_for_hits(&c, "ferry", 0);
    c.write("drive/d.txt", story("Delta", "Tundra news."));
    wait_for_hits(&c, "tundra", 1);
    Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    child.wait().unwrap();
}

#[cfg(unix)]
#[test]
fn watch_warns_of_a_file_too_large_once_until_it_changes() {
    let c = Corpus::new();
    c.write("a.txt", story("Alpha", "Harbour news."));
    c.write("big.txt", "tide ".repeat(300_000));
    let (mut child, mut stderr, seen) = spawn_watch_with(&c, &c.root(), &["--max-file-mb", "1"]);
    let too_large = |lines: &[String]| lines.iter().filter(|l| l.contains("big.txt: file is")).count();
    assert_eq!(too_large(&seen), 1, "{seen:?}");
    // Each change is a pass over the folder; the big file, unchanged, is not told again.
    let mut lines = Vec::new();
    let mut next_pass = |lines: &mut Vec<String>| {
        for line in stderr.by_ref() {
            let line = line.unwrap();
            lines.push(line.clone());
            if line.contains(" indexed ") {
                return;
            }
        }
    };
    c.write("b.txt", story("Bravo", "Ferry news."));
    next_pass(&mut lines);
    wait_for_hits(&c, "ferry", 1);
    assert_eq!(too_large(&lines), 0, "{lines:?}");
    // Grown, it is told again.
    c.write("big.txt", "tide ".repeat(400_000));
    next_pass(&mut lines);
    assert_eq!(too_large(&lines), 1, "{lines:?}");
    Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    child.wait().unwrap();
}

/// Waits (up to 20 s) until `query` has `want` hits.
fn wait_for_hits(c: &Corpus, query: &str, want: u64) {
    let started = Instant::now();
    loop {
        let total = c.search_json(&[query])["total"].as_u64().unwrap_or(0);
        if total == want {
            return;
        }
        assert!(started.elapsed() < Duration::from_secs(20), "{query}: {total} hits, want {want}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[cfg(unix)]
#[test]
fn a_watched_file_is_followed_through_editors_saves() {
    let c = Corpus::new();
    let file = c.write("notes/story.txt", story("Alpha", "Harbour news."));
    c.write("notes/other.txt", story("Other", "Unwatched news."));
    // Its stderr is kept open until the end: a closed one would fail its next line.
    let (mut child, stderr, _) = spawn_watch(&c, &file);
    // An editor's save: a new file renamed over the old one, twice; then a plain write.
    for (n, word) in ["ferry", "glacier"].iter().enumerate() {
        let temp = c.write(&format!("notes/.story.txt.swp{n}"), story("Alpha", &format!("{word} news.")));
        std::fs::rename(&temp, &file).unwrap();
        wait_for_hits(&c, word, 1);
    }
    std::fs::write(&file, story("Alpha", "Tundra news.")).unwrap();
    wait_for_hits(&c, "tundra", 1);
    // Its neighbours are not watched.
    c.write("notes/new.txt", story("New", "Meadow news."));
    std::thread::sleep(Duration::from_millis(2500));
    assert_eq!(c.search_json(&["meadow"])["total"], 0);
    Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    child.wait().unwrap();
    drop(stderr);
}

#[cfg(unix)]
#[test]
fn ctrl_c_during_ingest_commits_the_work_done() {
    interrupted_ingest_commits_the_work_done("-INT");
}

/// `kill`, `timeout`, `systemctl stop` and `docker stop` send SIGTERM: it stops as Ctrl-C
/// does (it used to end the process at once, losing the work since the last commit).
#[cfg(unix)]
#[test]
fn a_terminated_ingest_commits_the_work_done() {
    interrupted_ingest_commits_the_work_done("-TERM");
}

#[cfg(unix)]
fn interrupted_ingest_commits_the_work_done(signal: &str) {
    // Four copies of the BBC corpus (8,908 files) take several seconds to ingest, so the
    // interrupt comes in the middle of the work.
    let Some(bbc) = shared_corpus("bbc") else { return };
    let c = Corpus::new();
    let mut files = 0u64;
    for entry in walkdir::WalkDir::new(&bbc).into_iter().filter_map(Result::ok) {
        let Ok(rel) = entry.path().strip_prefix(&bbc) else { continue };
        if entry.file_type().is_file() && entry.path().extension().is_some_and(|e| e == "txt") {
            for copy in ["one", "two", "three", "four"] {
                let to = c.root().join(copy).join(rel);
                std::fs::create_dir_all(to.parent().unwrap()).unwrap();
                std::fs::copy(entry.path(), to).unwrap();
                files += 1;
            }
        }
    }
    let child = spawn_ingest(&c, &[c.root().to_str().unwrap(), "--commit-interval", "3600"]);
    // Let it index a few batches, then interrupt.
    let started = Instant::now();
    while !c.index().join("newsdex-writer.pid").exists() && started.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(1500));
    Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    if out.status.code() == Some(0) {
        return; // this machine finished the whole corpus in under 1.5 s: nothing to interrupt
    }
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("interrupted: indexed"), "{stderr}");
    let partial = stats(&c)["documents"].as_u64().unwrap();
    assert!(partial > 0 && partial < files, "{partial} of {files} documents committed at the interrupt");
    // The index says it is not all in: `stats`, and every search, until an ingest finishes.
    assert_eq!(stats(&c)["roots"][0]["unfinished"], true);
    let unfinished = |c: &Corpus| {
        let notes = c.search_json(&["the", "-n", "1"])["notes"].clone();
        notes.as_array().unwrap().iter().any(|n| n.as_str().unwrap().contains("has not finished"))
    };
    assert!(unfinished(&c));
    c.cmd(&["stats"]).assert().success().stdout(predicate::str::contains("its last ingest stopped part way"));
    c.cmd(&["ingest"]).assert().success();
    assert_eq!(stats(&c)["documents"].as_u64(), Some(files));
    assert!(stats(&c)["roots"][0].get("unfinished").is_none());
    assert!(!unfinished(&c));
}

#[test]
fn forget_says_how_many_of_the_files_forgotten_had_no_articles() {
    let c = Corpus::new();
    c.write("usb/a.txt", story("Ferry resumes", "The lake ferry runs again."));
    c.write("usb/empty.txt", "");
    c.write("usb/image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10");
    c.write("keep/b.txt", story("Bridge shut", "The bridge is shut."));
    c.ingest();
    let out = c.cmd(&["forget", "articles/usb"]).assert().success().get_output().clone();
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(said.contains("forgot 3 files (2 of them skipped before, without articles)"), "{said}");
    assert!(c.hit_names(&["ferry"]).is_empty());
    assert_eq!(c.hit_names(&["bridge"]), ["b.txt"]);
    // A folder ingested on its own inside the one forgotten goes with it, named.
    c.cmd(&["ingest", "articles/keep"]).assert().success();
    let out = c.cmd(&["forget", "articles"]).assert().success().get_output().clone();
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(said.contains("the folder inside it, ingested on its own, is forgotten with it:"), "{said}");
    assert!(said.contains("/articles/keep"), "{said}");
    let stats = c.cmd(&["stats", "--json"]).assert().success().get_output().stdout.clone();
    let stats: serde_json::Value = serde_json::from_slice(&stats).unwrap();
    assert_eq!(stats["roots"].as_array().map(Vec::len), Some(0), "{stats}");
}

#[test]
fn an_article_moved_or_renamed_is_still_found_by_the_id_it_had() {
    let c = Corpus::new();
    c.write("2024/ferry.txt", story("Ferry resumes", "The lake ferry runs again."));
    c.ingest();
    let old_uid = c.search_json(&["ferry"])["hits"][0]["uid"].as_str().unwrap().to_string();
    std::fs::create_dir_all(c.root().join("archive")).unwrap();
    std::fs::rename(c.root().join("2024/ferry.txt"), c.root().join("archive/ferry-2024.txt")).unwrap();
    c.ingest();
    let hit = &c.search_json(&["ferry"])["hits"][0];
    let new_uid = hit["uid"].as_str().unwrap().to_string();
    assert_ne!(new_uid, old_uid, "the id follows the path");
    // A link made before the move (`show`, `/api/article/{uid}`) still opens it.
    for uid in [&old_uid, &new_uid] {
        let out = c.cmd(&["show", uid, "--json"]).assert().success().get_output().clone();
        let shown: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let shown = if shown.is_array() { shown[0].clone() } else { shown };
        assert!(shown["path"].as_str().unwrap().ends_with("archive/ferry-2024.txt"), "{shown}");
        assert_eq!(shown["uid"], new_uid.as_str());
    }
    // A new article at the old path takes its id back.
    c.write("2024/ferry.txt", story("Bridge shut", "The bridge is shut for repairs."));
    c.ingest();
    let out = c.cmd(&["show", &old_uid, "--json"]).assert().success().get_output().clone();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Bridge shut"));
}

#[test]
fn a_folder_emptied_says_its_articles_leave_the_index() {
    let c = Corpus::new();
    c.write("drive/a.txt", story("Alpha", "Harbour news."));
    c.write("drive/b.txt", story("Bravo", "Ferry news."));
    c.write("local/c.txt", story("Charlie", "Glacier news."));
    c.cmd(&["ingest", "articles/drive", "articles/local"]).assert().success();
    // The folder is still there, and empty: emptied on purpose, or a share not connected.
    for name in ["a.txt", "b.txt"] {
        std::fs::remove_file(c.root().join("drive").join(name)).unwrap();
    }
    c.cmd(&["ingest"]).assert().success().stderr(
        predicate::str::contains(
            "drive: holds no files now; the articles of the 2 files indexed from it leave",
        )
        .and(predicate::str::contains("2 removed")),
    );
    assert_eq!(stats(&c)["documents"], 1);
    // A folder that lost some of its files says nothing of the kind.
    c.write("local/d.txt", story("Delta", "Tundra news."));
    c.cmd(&["ingest"]).assert().success();
    std::fs::remove_file(c.root().join("local/c.txt")).unwrap();
    c.cmd(&["ingest"]).assert().success().stderr(predicate::str::contains("holds no files").not());
}

/// The report's lines, as (path, outcome, reason), sorted by path.
fn report_lines(stdout: &[u8]) -> Vec<(String, String, String)> {
    let mut lines: Vec<(String, String, String)> = String::from_utf8_lossy(stdout)
        .lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON object a line");
            let field = |k: &str| v[k].as_str().unwrap_or_default().to_string();
            (field("path"), field("outcome"), field("reason"))
        })
        .collect();
    lines.sort();
    lines
}

#[test]
fn an_ingest_report_accounts_for_every_file_met() {
    let c = Corpus::new();
    c.write("a.txt", story("Ferry resumes", "The lake ferry runs again."));
    c.write("b.txt", story("Bridge shut", "The lift bridge is shut for repairs."));
    c.write("gone.txt", story("Snow emergency", "Plows are out across the city."));
    c.write("empty.txt", "");
    c.write("minutes.docx", b"PK\x03\x04 not an article");
    c.write(".draft.txt", story("Hidden draft", "Not for the index."));
    c.write("codes/list.txt", "AFG Afghanistan\n");
    c.write(".newsdexignore", "/codes/\n");
    let first =
        c.cmd(&["ingest", "articles", "missing", "--report", "-"]).assert().code(2).get_output().clone();
    let lines = report_lines(&first.stdout);
    let expect = |path: &str, outcome: &str, reason: &str| {
        (format!("articles/{path}"), outcome.to_string(), reason.to_string())
    };
    let mut wanted = vec![
        expect(".draft.txt", "left_out", "hidden"),
        expect(".newsdexignore", "left_out", "hidden"),
        expect("a.txt", "added", ""),
        expect("b.txt", "added", ""),
        expect("codes", "left_out", "ignore pattern"),
        expect("empty.txt", "skipped", "empty"),
        expect("gone.txt", "added", ""),
        expect("minutes.docx", "skipped", "unsupported type"),
        ("missing".to_string(), "not_found".to_string(), String::new()),
    ];
    wanted.sort();
    assert_eq!(lines, wanted);
    // The summary stays on stderr, and the report is all of stdout.
    assert!(String::from_utf8_lossy(&first.stderr).contains("indexed 3 files"));

    // Changes, and a report to a file.
    c.write("a.txt", story("Ferry resumes, hourly", "The lake ferry runs every hour."));
    std::fs::rename(c.root().join("b.txt"), c.root().join("bridge.txt")).unwrap();
    std::fs::remove_file(c.root().join("gone.txt")).unwrap();
    // Written inside the folder ingested, it is no article of it.
    let report = c.root().join("report.jsonl");
    c.cmd(&["ingest", "--report", report.to_str().unwrap()]).assert().success().stdout("");
    let text = std::fs::read(&report).unwrap();
    let outcomes: Vec<(String, String)> =
        report_lines(&text).into_iter().filter(|l| l.1 != "left_out").map(|(p, o, _)| (p, o)).collect();
    let root = c.root().canonicalize().unwrap();
    let at = |name: &str| root.join(name).display().to_string();
    let mut wanted = vec![
        (at("a.txt"), "updated".to_string()),
        (at("bridge.txt"), "moved".to_string()),
        (at("empty.txt"), "skipped".to_string()),
        (at("gone.txt"), "removed".to_string()),
        (at("minutes.docx"), "skipped".to_string()),
    ];
    wanted.sort();
    assert_eq!(outcomes, wanted);
    let moved = String::from_utf8(text).unwrap();
    assert!(
        moved.contains(&format!(r#""from":{}"#, serde_json::to_string(&at("b.txt")).unwrap())),
        "{moved}"
    );
}

#[test]
fn a_report_that_cannot_be_written_stops_the_ingest_before_it_starts() {
    let c = Corpus::new();
    c.write("a.txt", story("Ferry resumes", "The lake ferry runs again."));
    c.cmd(&["ingest", "articles", "--report", "no/such/folder/report.jsonl"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no/such/folder/report.jsonl: cannot write the report"));
    assert!(!c.index().exists(), "no index is made");
}

#[test]
fn a_closed_log_pipe_loses_the_log_not_the_ingest() {
    let c = Corpus::new();
    for n in 0..40 {
        // Each empty file is a warning line on stderr.
        c.write(&format!("empty{n:02}.txt"), "");
        c.write(&format!("story{n:02}.txt"), story(&format!("Ferry {n}"), "The lake ferry runs again."));
    }
    // `newsdex ingest 2>&1 | head -1`: the reader of stderr is gone before the first line.
    let mut child = spawn_ingest(&c, &[c.root().to_str().unwrap()]);
    drop(child.stderr.take());
    let status = child.wait().expect("wait for newsdex");
    assert_eq!(status.code(), Some(0), "the ingest ends as it would have");
    assert_eq!(stats(&c)["articles"], 40);
    // A search whose hints meet the closed pipe keeps its exit status: 1, nothing matched.
    let mut search = Command::new(env!("CARGO_BIN_EXE_newsdex"))
        .arg("--index")
        .arg(c.index())
        .args(["search", "unicorn"])
        .env_remove("NEWSDEX_INDEX")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn newsdex");
    drop(search.stderr.take());
    assert_eq!(search.wait().unwrap().code(), Some(1));
}

#[test]
fn a_saved_uid_opens_the_same_item_after_its_feed_gains_items_on_top_or_moves() {
    let c = Corpus::new();
    let item = |title: &str, slug: &str| {
        format!(
            r#"{{"title": "{title}", "url": "https://news.example/{slug}", "text": "The council said {title} today."}}"#
        )
    };
    let feed = |items: &[String]| format!("{{\"articles\": [{}]}}", items.join(","));
    let (a, b) = (item("Tram line approved", "tram"), item("Referendum called", "referendum"));
    c.write("cms/feed.json", feed(&[a.clone(), b.clone()]));
    // An export without addresses: its items have only their places.
    c.write("cms/wire.jsonl", "{\"title\": \"Alpha\", \"text\": \"Glaciers.\"}\n");
    c.cmd(&["ingest", "articles/cms"]).assert().success();
    let uid_of = |query: &str| -> String {
        let mut cmd = vec!["search", "--json"];
        cmd.push(query);
        let out = c.cmd(&cmd).output().unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        json["hits"][0]["uid"].as_str().unwrap().to_string()
    };
    let shown_title = |uid: &str| -> String {
        let out = c.cmd(&["show", "--json", uid]).output().unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        json["title"].as_str().unwrap_or_default().to_string()
    };
    let referendum = uid_of("referendum");
    assert_eq!(shown_title(&referendum), "Referendum called");
    // Saved again with a new item on top: the referendum is item 3 now, its uid the same.
    c.write("cms/feed.json", feed(&[item("Bus lanes added", "bus"), a, b]));
    c.cmd(&["ingest", "articles/cms"]).assert().success();
    assert_eq!(uid_of("referendum"), referendum);
    assert_eq!(shown_title(&referendum), "Referendum called");
    // Moved: the uid follows it (the new one is made from the new path and the address).
    std::fs::rename(c.root().join("cms"), c.root().join("cms-2026")).unwrap();
    c.cmd(&["ingest", "articles/cms-2026"]).assert().success();
    assert_eq!(shown_title(&referendum), "Referendum called");
    let moved = uid_of("referendum");
    assert_ne!(moved, referendum);
    assert_eq!(shown_title(&moved), "Referendum called");
    // `extract` gives the uid ingest gives.
    let out = c.cmd(&["extract", "--json", "articles/cms-2026/feed.json"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains(&moved));
}

#[test]
fn e_mails_and_records_without_addresses_keep_their_uids_by_their_own_ids() {
    let c = Corpus::new();
    let mail = |id: &str, subject: &str| {
        format!(
            "From desk@example.org Mon Jan  6 11:00:00 2025\nFrom: Desk <desk@example.org>\nSubject: {subject}\n\
             Message-ID: <{id}@example.org>\nDate: Mon, 6 Jan 2025 11:00:00 +0000\n\nThe council said {subject} today.\n\n"
        )
    };
    let record = |id: u32, title: &str| {
        format!("{{\"id\": {id}, \"title\": \"{title}\", \"text\": \"The board said {title}.\"}}\n")
    };
    c.write("desk/inbox.mbox", mail("a1", "ferry fares frozen") + &mail("b2", "harbour dredging delayed"));
    c.write("desk/cms.jsonl", record(7, "Library hours extended") + &record(8, "Stadium roof repaired"));
    c.cmd(&["ingest", "articles/desk"]).assert().success();
    let uid_of = |query: &str| -> String {
        let out = c.cmd(&["search", "--json", query]).output().unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        json["hits"][0]["uid"].as_str().unwrap().to_string()
    };
    let (dredging, roof) = (uid_of("dredging"), uid_of("roof"));
    // The first e-mail deleted and a new one on top; a record added above the others.
    c.write("desk/inbox.mbox", mail("c3", "bridge inspection due") + &mail("b2", "harbour dredging delayed"));
    c.write(
        "desk/cms.jsonl",
        record(9, "Parking fees cut")
            + &record(7, "Library hours extended")
            + &record(8, "Stadium roof repaired"),
    );
    c.cmd(&["ingest", "articles/desk"]).assert().success();
    assert_eq!(uid_of("dredging"), dredging);
    assert_eq!(uid_of("roof"), roof);
    for (uid, title) in [(&dredging, "harbour dredging delayed"), (&roof, "Stadium roof repaired")] {
        let out = c.cmd(&["show", "--json", uid]).output().unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(json["title"], *title);
    }
}

#[test]
fn a_wire_story_filed_with_a_dateline_and_no_year_is_dated_by_when_it_landed() {
    let c = Corpus::new();
    let today = chrono::Local::now().date_naive();
    let dateline = today.format("%b %-d").to_string();
    c.write(
        "wire/zanfield.txt",
        format!(
            "Zanfield rescue under way\n\nJOHANNESBURG, {dateline} (Reuters) - Rescuers reached the miners.\n"
        ),
    );
    c.ingest();
    let hits = c.search_json(&["zanfield", "--since", "today"]);
    assert_eq!(hits["total"], 1, "{hits}");
    assert_eq!(hits["hits"][0]["date"], today.format("%Y-%m-%d").to_string());
    assert_eq!(hits["hits"][0]["date_source"], "text:dateline+file-time");
    // A story whose day is long before its file was written (an archive copied today)
    // is not dated by it.
    let long_ago = (today - chrono::Days::new(40)).format("%b %-d").to_string();
    c.write("wire/old.txt", format!("Old story\n\nLONDON, {long_ago} - An old story.\n"));
    c.ingest();
    assert_eq!(c.search_json(&["old story"])["hits"][0]["date"], serde_json::Value::Null);
}

/// Writes `text` over `path` and sets its modification time back to what it was, as
/// `cp -p`, `rsync -a` or `touch -r old new` do with a new version.
fn write_keeping_mtime(path: &std::path::Path, text: &str) {
    let before = std::fs::metadata(path).unwrap().modified().unwrap();
    std::fs::write(path, text).unwrap();
    std::fs::File::options().write(true).open(path).unwrap().set_modified(before).unwrap();
    assert_eq!(std::fs::metadata(path).unwrap().modified().unwrap(), before);
}

#[cfg(unix)]
#[test]
fn a_new_version_with_the_old_size_and_mtime_is_read_again_and_a_chmod_is_not_an_update() {
    use std::os::unix::fs::PermissionsExt;
    let c = Corpus::new();
    let quake = c.write("quake.txt", story("Quake toll rises in Izmir", "Rescuers dig through rubble."));
    c.write("ferry.txt", story("Ferry resumes", "The lake ferry runs again."));
    assert_eq!(counts(&c.ingest()), (2, 0, 0, 0, 0));
    // The corrected version, the same size, copied over with the old time.
    write_keeping_mtime(&quake, &story("Quake toll rises in Bursa", "Rescuers dig through rubble."));
    assert_eq!(counts(&c.ingest()), (0, 1, 1, 0, 0));
    assert_eq!(c.hit_names(&["bursa"]), ["quake.txt"]);
    assert!(c.hit_names(&["izmir"]).is_empty());
    // A chmod moves the change time too: the file is read and hashed, and stays as it was.
    std::fs::set_permissions(&quake, std::fs::Permissions::from_mode(0o600)).unwrap();
    assert_eq!(counts(&c.ingest()), (0, 0, 2, 0, 0));
    assert_eq!(c.hit_names(&["bursa"]), ["quake.txt"]);
}

#[cfg(unix)]
#[test]
fn watch_reads_a_new_version_with_the_old_size_and_mtime() {
    let c = Corpus::new();
    let quake = c.write("quake.txt", story("Quake toll rises in Izmir", "Rescuers dig through rubble."));
    let (mut child, stderr, _) = spawn_watch(&c, &c.root());
    write_keeping_mtime(&quake, &story("Quake toll rises in Bursa", "Rescuers dig through rubble."));
    wait_for_hits(&c, "bursa", 1);
    assert_eq!(c.search_json(&["izmir"])["total"], 0);
    Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    child.wait().unwrap();
    drop(stderr);
}

fn root_paths(c: &Corpus) -> Vec<String> {
    stats(c)["roots"].as_array().unwrap().iter().map(|r| file_name_of(r["path"].as_str().unwrap())).collect()
}

fn file_name_of(path: &str) -> String {
    std::path::Path::new(path).file_name().unwrap().to_string_lossy().into_owned()
}

#[test]
fn a_file_ingested_alone_and_deleted_leaves_the_index_and_the_roots() {
    let c = Corpus::new();
    let single = c.write("single.txt", story("Quake toll rises", "Rescuers dig through rubble."));
    c.cmd(&["ingest", "articles/single.txt"]).assert().success();
    assert_eq!(c.hit_names(&["rubble"]), ["single.txt"]);
    std::fs::remove_file(&single).unwrap();
    let out = c.cmd(&["ingest"]).assert().success().get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("single.txt: deleted; its articles leave the index"), "{stderr}");
    assert_eq!(counts(&stderr).4, 1, "{stderr}");
    assert!(c.hit_names(&["rubble"]).is_empty());
    assert!(root_paths(&c).is_empty(), "{:?}", stats(&c)["roots"]);
    // A folder gone keeps its articles (an unplugged drive), and the run says so.
    c.write("drive/a.txt", story("Harbour reopens", "The harbour reopened on Monday."));
    c.cmd(&["ingest", "articles/drive"]).assert().success();
    std::fs::remove_dir_all(c.root().join("drive")).unwrap();
    c.cmd(&["ingest"]).assert().code(2).stderr(predicate::str::contains("its articles stay in the index"));
    assert_eq!(c.hit_names(&["harbour"]), ["a.txt"]);
}

#[test]
fn a_file_of_a_type_not_read_named_by_mistake_is_no_root() {
    let c = Corpus::new();
    c.write("news/a.txt", story("Harbour reopens", "The harbour reopened on Monday."));
    c.write("note.bak", "an old note");
    c.cmd(&["ingest", "articles/news"]).assert().success();
    c.cmd(&["ingest", "articles/note.bak"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("note.bak: not a supported article type, skipped; not recorded"));
    assert_eq!(root_paths(&c), ["news"]);
    // A later re-scan of the folders known neither names it nor fails.
    c.cmd(&["ingest"]).assert().success().stderr(predicate::str::contains("note.bak").not());
}

#[cfg(unix)]
#[test]
fn watch_counts_a_file_of_a_type_not_read_once() {
    let c = Corpus::new();
    c.write("a.txt", story("Alpha", "Harbour news."));
    c.write("a.txt.bak", "an editor's backup");
    let (mut child, mut stderr, seen) = spawn_watch(&c, &c.root());
    assert!(seen.iter().any(|l| l.contains("1 skipped (1 unsupported type: .bak 1)")), "{seen:?}");
    c.write("b.txt", story("Bravo", "Ferry news."));
    let mut pass = Vec::new();
    for line in stderr.by_ref() {
        let line = line.unwrap();
        pass.push(line.clone());
        if line.contains(" indexed ") {
            break;
        }
    }
    assert!(pass.last().unwrap().contains("(1 new, 0 updated, 1 article)"), "{pass:?}");
    assert!(pass.last().unwrap().contains("0 skipped"), "{pass:?}");
    Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    child.wait().unwrap();
}
