//! An archive kept in git (or copied out of one): `.gitignore` files, a rename and an
//! edit in one change, folders deleted or moved whole, what the summary and `stats` say
//! of the text that stays in the index's files until `purge`. No git repository is
//! needed: the changes are made as git makes them, with plain file operations.

use crate::util::Corpus;

fn story(title: &str, body: &str) -> String {
    format!("{title}\n\n{body}\n")
}

/// A body long enough for a near-copy fingerprint (more than 25 words).
fn long_body(topic: &str) -> String {
    format!(
        "The {topic} committee met on Tuesday to review the plans for the coming year. Members said the \
         budget would rise by four per cent, and the chair told reporters that the new rules on the {topic} \
         would be published before the end of the month after a final vote by the full council."
    )
}

fn summary_line(stderr: &str) -> String {
    stderr.lines().last().expect("a summary line").to_string()
}

fn report_lines(c: &Corpus, name: &str) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(c.root().parent().unwrap().join(name)).expect("report");
    text.lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect()
}

fn ingest_with(c: &Corpus, args: &[&str]) -> String {
    let mut full = vec!["ingest"];
    full.extend_from_slice(args);
    let out = c.cmd(&full).assert().success().get_output().clone();
    String::from_utf8(out.stderr).unwrap()
}

fn sgml(records: &[(u32, &str, &str)]) -> String {
    let mut text = String::from("<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n");
    for (id, title, body) in records {
        text.push_str(&format!(
            "<REUTERS NEWID=\"{id}\"><DATE>27-FEB-1987 10:02:11.00</DATE><TEXT>\n<TITLE>{title}</TITLE>\n\
             <BODY>{body}\n Reuter\n</BODY></TEXT></REUTERS>\n"
        ));
    }
    text
}

#[test]
fn gitignore_leaves_files_out_and_no_gitignore_takes_them_in_for_good() {
    let c = Corpus::new();
    c.write(".gitignore", "drafts/\nold-*.txt\n");
    c.write("a.txt", story("Harbour reopens", "The harbour is open again."));
    c.write("drafts/d.txt", story("Draft zebraword", "A zebraword draft never published."));
    c.write("old-b.txt", story("Old zebraword", "An old zebraword copy."));
    let said = ingest_with(&c, &["articles", "--report", "report.jsonl"]);
    assert!(said.contains("left out 2 files and folders that .gitignore patterns name"), "{said}");
    assert!(said.contains("`--no-gitignore` takes them in"), "{said}");
    assert!(summary_line(&said).contains("indexed 1 file (1 new"), "{said}");
    assert!(c.hit_names(&["zebraword"]).is_empty());
    let left_out: Vec<_> =
        report_lines(&c, "report.jsonl").into_iter().filter(|l| l["reason"] == "gitignore pattern").collect();
    assert_eq!(left_out.len(), 2, "{left_out:?}");

    // Taken in, and remembered for the folder: `ingest` with no folder keeps them.
    let said = ingest_with(&c, &["articles", "--no-gitignore"]);
    assert!(summary_line(&said).contains("2 new"), "{said}");
    assert_eq!(c.hit_names(&["zebraword"]).len(), 2);
    let said = ingest_with(&c, &[]);
    assert!(summary_line(&said).contains("3 unchanged"), "{said}");
    assert_eq!(c.hit_names(&["zebraword"]).len(), 2);
    let out = c.cmd(&["stats", "--top", "0"]).assert().success().get_output().stdout.clone();
    assert!(String::from_utf8(out).unwrap().contains("what .gitignore names ingested too"));
}

#[test]
fn a_file_git_ignores_later_leaves_the_index() {
    let c = Corpus::new();
    c.write("a.txt", story("Harbour reopens", "The harbour is open again."));
    c.write("drafts/d.txt", story("Draft zebraword", "A zebraword draft."));
    c.ingest();
    assert_eq!(c.hit_names(&["zebraword"]), ["d.txt"]);
    c.write(".gitignore", "drafts/\n");
    let said = c.ingest();
    assert!(summary_line(&said).contains("1 removed (1 article)"), "{said}");
    assert!(c.hit_names(&["zebraword"]).is_empty());
}

#[test]
fn a_rename_with_an_edit_is_a_move_and_the_old_uid_still_opens_it() {
    let c = Corpus::new();
    c.write("entertainment/010.txt", story("Film festival opens", &long_body("festival")));
    c.write("entertainment/011.txt", story("Band tours", &long_body("music")));
    c.ingest();
    let old_uid = c.search_json(&["festival"])["hits"][0]["uid"].as_str().unwrap().to_string();

    std::fs::remove_file(c.root().join("entertainment/010.txt")).unwrap();
    let edited = story("Film festival opens", &long_body("festival").replacen(" the ", " teh ", 1));
    c.write("entertainment/new-slug.txt", edited);
    let said = ingest_with(&c, &["articles", "--report", "report.jsonl"]);
    let line = summary_line(&said);
    assert!(line.contains("0 new") && line.contains("1 moved, 0 removed"), "{said}");
    let moved: Vec<_> =
        report_lines(&c, "report.jsonl").into_iter().filter(|l| l["outcome"] == "moved").collect();
    assert_eq!(moved.len(), 1, "{moved:?}");
    assert_eq!(moved[0]["from"], "articles/entertainment/010.txt");
    assert!(moved[0]["detail"].as_str().unwrap().contains("moved and edited: 1 of its 1 article changed"));
    // The edit is searchable, the old uid opens the article at its new path.
    assert_eq!(c.hit_names(&["teh"]), ["new-slug.txt"]);
    let out = c.cmd(&["show", &old_uid, "--json"]).assert().success().get_output().stdout.clone();
    let shown: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert!(shown["path"].as_str().unwrap().ends_with("new-slug.txt"), "{shown}");
    // An unrelated new file and a file deleted stay a new file and a removal.
    std::fs::remove_file(c.root().join("entertainment/011.txt")).unwrap();
    c.write("entertainment/012.txt", story("Gallery closes", &long_body("gallery").replace(' ', " and ")));
    let said = c.ingest();
    assert!(summary_line(&said).contains("1 new") && said.contains("0 moved, 1 removed"), "{said}");
}

#[test]
fn a_collection_moved_and_edited_keeps_the_uids_of_its_articles() {
    let c = Corpus::new();
    let records = [
        (5, "HARBOUR WEAPONS TALKS", "Mayor Jacob Frey said the harbour talks on weapons would resume."),
        (6, "GRAIN SHIPMENTS RISE", "Mayor Jacob Frey welcomed grain shipments at the harbour."),
        (7, "FERRY SERVICE RESUMES", "The lake ferry runs again from Monday, officials said."),
        (8, "STEEL OUTPUT FALLS", "Steel output fell in February, the institute said."),
    ];
    c.write("wire/reut2-008.sgm", sgml(&records));
    c.ingest();
    let uids = |query: &str| -> Vec<String> {
        let hits = c.search_json(&["--limit", "10", query]);
        hits["hits"].as_array().unwrap().iter().map(|h| h["uid"].as_str().unwrap().to_string()).collect()
    };
    let before: Vec<String> = ["weapons", "grain", "ferry", "steel"].iter().flat_map(|q| uids(q)).collect();
    assert_eq!(before.len(), 4);

    let mut edited = records;
    edited[1].1 = "GRAIN SHIPMENTS RISE SHARPLY";
    std::fs::remove_file(c.root().join("wire/reut2-008.sgm")).unwrap();
    c.write("wire/1987/reut2-008.sgm", sgml(&edited));
    let said = c.ingest();
    let line = summary_line(&said);
    assert!(line.contains("(0 new, 0 updated, 0 articles)") && line.contains("1 moved, 0 removed"), "{said}");
    assert_eq!(c.hit_names(&["sharply"]), ["reut2-008.sgm"]);
    // Every article opens by its old uid, the edited one too.
    for uid in &before {
        let out = c.cmd(&["show", uid, "--json"]).assert().success().get_output().stdout.clone();
        let shown: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert!(shown["path"].as_str().unwrap().contains("1987"), "{shown}");
    }
}

#[test]
fn removals_count_articles_and_an_emptied_file_counts_once() {
    let c = Corpus::new();
    let records = [
        (1, "HARBOUR TALKS", "Harbour talks resume."),
        (2, "GRAIN RISES", "Grain shipments rise."),
        (3, "FERRY RUNS", "The ferry runs again."),
    ];
    c.write("wire/a.sgm", sgml(&records));
    c.write("politics/050.txt", story("Budget passes", "The budget passed."));
    c.write("politics/051.txt", story("Vote delayed", "The vote is delayed."));
    c.ingest();

    std::fs::remove_dir_all(c.root().join("wire")).unwrap();
    let said = ingest_with(&c, &["articles", "--report", "report.jsonl"]);
    assert!(
        summary_line(&said).contains("2 unchanged, 0 moved, 1 removed (3 articles), 0 skipped"),
        "{said}"
    );
    let removed: Vec<_> =
        report_lines(&c, "report.jsonl").into_iter().filter(|l| l["outcome"] == "removed").collect();
    assert_eq!(removed.len(), 1);
    assert_eq!(removed[0]["articles"], 3);

    // An emptied file is one file: removed (its article leaves), not also skipped.
    std::fs::write(c.root().join("politics/050.txt"), "").unwrap();
    let said = c.ingest();
    assert!(summary_line(&said).contains("1 unchanged, 0 moved, 1 removed (1 article), 0 skipped"), "{said}");
}

#[test]
fn an_edit_says_its_old_text_stays_until_purge_and_stats_counts_it() {
    let c = Corpus::new();
    c.write("a.txt", story("Minister named", "The minister is Jane Secretname."));
    c.write("b.txt", story("Harbour reopens", "The harbour is open again."));
    c.ingest();
    let stats = |c: &Corpus| -> serde_json::Value {
        let out = c.cmd(&["stats", "--json", "--top", "0"]).assert().success().get_output().stdout.clone();
        serde_json::from_slice(&out).unwrap()
    };
    assert_eq!(stats(&c)["removed_not_purged"], 0);

    // A redaction: the file is edited, not deleted.
    c.write("a.txt", story("Minister named", "The minister is [redacted]."));
    let said = c.ingest();
    assert!(
        said.contains("the text of removed and replaced articles stays in the index's files until"),
        "{said}"
    );
    assert_eq!(stats(&c)["removed_not_purged"], 1);
    let out = c.cmd(&["stats", "--top", "0"]).assert().success().get_output().stdout.clone();
    assert!(String::from_utf8(out).unwrap().contains("removed:   1 article version no longer searched"));

    c.cmd(&["purge"]).assert().success();
    assert_eq!(stats(&c)["removed_not_purged"], 0);
    // Nothing changed: no note.
    let said = c.ingest();
    assert!(!said.contains("until `newsdex purge`"), "{said}");
}

#[test]
fn files_with_the_same_bytes_moved_together_keep_their_names_paired() {
    let c = Corpus::new();
    let same = story("Placeholder", "This story is not available.");
    for n in ["003", "036", "101"] {
        c.write(&format!("tech/{n}.txt"), &same);
    }
    c.write("tech/200.txt", story("Chips", "Chip sales rose."));
    c.ingest();
    std::fs::rename(c.root().join("tech"), c.root().join("science-tech")).unwrap();
    let said = ingest_with(&c, &["articles", "--report", "report.jsonl"]);
    assert!(summary_line(&said).contains("4 moved"), "{said}");
    let moved: Vec<_> =
        report_lines(&c, "report.jsonl").into_iter().filter(|l| l["outcome"] == "moved").collect();
    assert_eq!(moved.len(), 4);
    for line in moved {
        let to = line["path"].as_str().unwrap().replace("science-tech", "tech");
        assert_eq!(line["from"].as_str().unwrap(), to, "{line}");
    }
}

#[cfg(unix)]
#[test]
fn a_link_followed_to_a_folder_inside_is_read_once() {
    let c = Corpus::new();
    c.write("sport/001.txt", story("Cup final", "The cup final is on Saturday."));
    c.write("sport/002.txt", story("Cup draw", "The cup draw is on Monday."));
    c.write("news/003.txt", story("Harbour reopens", "The harbour is open again."));
    std::os::unix::fs::symlink("sport", c.root().join("latest")).unwrap();
    std::os::unix::fs::symlink("news/003.txt", c.root().join("top.txt")).unwrap();
    let said = ingest_with(&c, &["articles", "--follow-links"]);
    assert!(summary_line(&said).contains("indexed 3 files (3 new, 0 updated, 3 articles)"), "{said}");
    assert!(said.contains("passed over 2 symbolic links to a file or folder inside the folder"), "{said}");
    assert_eq!(c.hit_names(&["cup"]).len(), 2);
    // A link to a folder outside is followed as before.
    let outside = c.root().parent().unwrap().join("outside");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(outside.join("004.txt"), story("Ferry runs", "The ferry runs again.")).unwrap();
    std::os::unix::fs::symlink(&outside, c.root().join("more")).unwrap();
    let said = c.ingest();
    assert!(summary_line(&said).contains("1 new"), "{said}");
}
