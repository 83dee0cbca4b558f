//! An archive kept in git (or copied out of one): `.gitignore` files, a rename and an
//! edit in one change, folders deleted or moved whole, what the summary and `stats` say
//! of the text that stays in the index's files until `purge`. No git repository is
//! needed for most: the changes are made as git makes them, with plain file operations;
//! merge conflicts and `.git/info/exclude` are made by a real `git` in the folder.

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

/// Runs git in the articles folder (a repository made by [`git_repository`]), with no
/// user or system configuration.
fn git(c: &Corpus, args: &[&str]) -> String {
    let out = std::process::Command::new("git")
        .args(["-c", "user.name=Desk", "-c", "user.email=desk@example.org", "-c", "init.defaultBranch=main"])
        .args(["-c", "merge.conflictStyle=merge", "-c", "core.autocrlf=false"])
        .args(args)
        .current_dir(c.root())
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("HOME", c.root().parent().unwrap())
        .output()
        .expect("git runs");
    String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
}

/// The articles folder as a git repository, its files committed.
fn git_repository(c: &Corpus) {
    git(c, &["init", "-q"]);
    git(c, &["add", "-A"]);
    git(c, &["commit", "-qm", "archive"]);
}

#[test]
fn a_file_git_left_with_merge_conflicts_is_indexed_as_the_side_checked_out_with_a_warning() {
    let c = Corpus::new();
    c.write(
        "harbour.txt",
        story("Harbour reopens", "Twelve ships docked on Monday.\nThe port is busy again."),
    );
    c.write("ferry.txt", story("Ferry runs", "The ferry runs again."));
    git_repository(&c);
    git(&c, &["checkout", "-qb", "fix-figures"]);
    c.write(
        "harbour.txt",
        story("Harbour reopens", "Fourteen ships docked on Monday.\nThe port is busy again."),
    );
    git(&c, &["commit", "-qam", "fourteen"]);
    git(&c, &["checkout", "-q", "main"]);
    c.write(
        "harbour.txt",
        story("Harbour reopens", "Eleven ships docked on Monday.\nThe port is busy again."),
    );
    git(&c, &["commit", "-qam", "eleven"]);
    let merged = git(&c, &["merge", "fix-figures"]);
    assert!(merged.contains("CONFLICT"), "{merged}");
    let text = std::fs::read_to_string(c.root().join("harbour.txt")).unwrap();
    assert!(text.contains("<<<<<<< HEAD") && text.contains(">>>>>>> fix-figures"), "{text}");

    let said = ingest_with(&c, &["articles", "--report", "report.jsonl"]);
    let warning: Vec<&str> = said.lines().filter(|l| l.contains("merge conflict")).collect();
    assert_eq!(warning.len(), 1, "{said}");
    assert!(warning[0].contains("harbour.txt: git merge conflict markers (lines 3-7)"), "{said}");
    assert!(warning[0].contains("HEAD") && warning[0].contains("fix-figures"), "{said}");
    let line = summary_line(&said);
    assert!(line.contains("(2 new, 0 updated, 2 articles)") && line.contains("1 warning"), "{said}");
    let added: Vec<_> = report_lines(&c, "report.jsonl")
        .into_iter()
        .filter(|l| l["path"] == "articles/harbour.txt")
        .collect();
    assert_eq!(added[0]["outcome"], "added");
    assert!(added[0]["warnings"][0].as_str().unwrap().contains("merge conflict markers"), "{added:?}");
    // The side checked out is the article: no markers, no other side in its text.
    assert_eq!(c.hit_names(&["eleven"]), ["harbour.txt"]);
    assert!(c.hit_names(&["fourteen"]).is_empty());
    assert!(c.hit_names(&["fix-figures"]).is_empty());
    let out = c.cmd(&["show", "harbour.txt", "--body"]).assert().success().get_output().stdout.clone();
    let shown = String::from_utf8(out).unwrap();
    assert!(shown.contains("Eleven ships docked") && !shown.contains("<<<<<<<"), "{shown}");

    // Resolved (theirs taken) and committed: read again, without a warning.
    c.write(
        "harbour.txt",
        story("Harbour reopens", "Fourteen ships docked on Monday.\nThe port is busy again."),
    );
    git(&c, &["commit", "-qam", "merged"]);
    let said = c.ingest();
    assert!(!said.contains("merge conflict") && summary_line(&said).contains("1 updated"), "{said}");
    assert_eq!(c.hit_names(&["fourteen"]), ["harbour.txt"]);
}

const LFS_POINTER: &str = "version https://git-lfs.github.com/spec/v1\n\
     oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n";

#[test]
fn a_git_lfs_pointer_is_skipped_with_a_warning_until_git_lfs_pull_fetches_the_file() {
    let c = Corpus::new();
    c.write("wire/feed.jsonl", LFS_POINTER);
    c.write("story.txt", LFS_POINTER);
    c.write("ferry.txt", story("Ferry runs", "The ferry runs again."));
    let said = ingest_with(&c, &["articles", "--report", "report.jsonl"]);
    for name in ["story.txt", "feed.jsonl"] {
        let warned: Vec<&str> = said.lines().filter(|l| l.contains(name)).collect();
        assert_eq!(warned.len(), 1, "{said}");
        assert!(warned[0].contains("a Git LFS pointer") && warned[0].contains("`git lfs pull`"), "{said}");
    }
    assert!(
        summary_line(&said).contains("indexed 1 file") && said.contains("2 skipped (2 a Git LFS pointer)")
    );
    let skipped: Vec<_> = report_lines(&c, "report.jsonl")
        .into_iter()
        .filter(|l| l["outcome"] == "skipped" && l["reason"] == "a Git LFS pointer")
        .collect();
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert!(c.hit_names(&["sha256"]).is_empty());
    // Said once: the next ingest passes them over until they change.
    let said = c.ingest();
    assert!(!said.contains("LFS") && said.contains("3 unchanged (2 of them skipped before)"), "{said}");
    // `git lfs pull` puts the content in place: indexed.
    c.write("story.txt", story("Harbour reopens", "The harbour is open again."));
    let said = c.ingest();
    assert!(summary_line(&said).contains("(1 new"), "{said}");
    assert_eq!(c.hit_names(&["harbour"]), ["story.txt"]);
    // A clone without `git lfs pull` over an archive indexed before keeps its articles.
    c.write("story.txt", LFS_POINTER);
    let said = c.ingest();
    assert!(said.contains("story.txt: a Git LFS pointer") && said.contains("kept"), "{said}");
    assert_eq!(c.hit_names(&["harbour"]), ["story.txt"]);
}

#[test]
fn the_repositorys_info_exclude_leaves_files_out_of_ingest_and_extract() {
    let c = Corpus::new();
    c.write("a.txt", story("Harbour reopens", "The harbour is open again."));
    c.write("drafts/d.txt", story("Draft zebraword", "A zebraword draft never published."));
    c.write("2024/notes.tmp.txt", story("Note zebraword", "A zebraword note."));
    git_repository(&c);
    std::fs::write(
        c.root().join(".git/info/exclude"),
        "# git ls-files --exclude-standard\n/drafts/\n*.tmp.txt\n",
    )
    .unwrap();
    let said = ingest_with(&c, &["articles", "--report", "report.jsonl"]);
    assert!(
        said.contains("left out 2 files and folders that the repository's .git/info/exclude names"),
        "{said}"
    );
    assert!(summary_line(&said).contains("indexed 1 file (1 new"), "{said}");
    assert!(c.hit_names(&["zebraword"]).is_empty());
    let left_out: Vec<_> = report_lines(&c, "report.jsonl")
        .into_iter()
        .filter(|l| l["reason"] == "git info/exclude pattern")
        .collect();
    assert_eq!(left_out.len(), 2, "{left_out:?}");
    // `extract` walks the folder as `ingest` does, and takes them in as it does.
    let extract = |args: &[&str]| -> (String, String) {
        let out = c.cmd(args).output().unwrap();
        (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
    };
    let (out, err) = extract(&["extract", "articles"]);
    assert!(!out.contains("zebraword") && err.contains(".git/info/exclude"), "{out}{err}");
    let (out, _) = extract(&["extract", "--no-gitignore", "articles"]);
    assert_eq!(out.matches("zebraword").count(), 2, "{out}");
    // Ingest takes them in too.
    let said = ingest_with(&c, &["articles", "--no-gitignore"]);
    assert!(summary_line(&said).contains("2 new"), "{said}");
    assert_eq!(c.hit_names(&["zebraword"]).len(), 2);
}

#[test]
fn a_file_moved_with_git_mv_from_one_folder_ingested_to_another_keeps_its_uid() {
    let c = Corpus::new();
    c.write("desk-a/harbour.txt", story("Harbour reopens", &long_body("harbour")));
    c.write("desk-b/ferry.txt", story("Ferry runs", &long_body("ferry")));
    git_repository(&c);
    c.cmd(&["ingest", "articles/desk-a", "articles/desk-b"]).assert().success();
    let uid = c.search_json(&["harbour"])["hits"][0]["uid"].as_str().unwrap().to_string();
    git(&c, &["mv", "desk-a/harbour.txt", "desk-b/harbour.txt"]);
    let said = ingest_with(&c, &["articles/desk-a", "articles/desk-b"]);
    assert!(summary_line(&said).contains("1 moved, 0 removed"), "{said}");
    assert_eq!(c.hit_names(&["harbour"]), ["harbour.txt"]);
    let out = c.cmd(&["show", &uid, "--json"]).assert().success().get_output().stdout.clone();
    let shown: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert!(shown["path"].as_str().unwrap().ends_with("desk-b/harbour.txt"), "{shown}");
    // Moved back and edited in one commit: a move too, the uid kept.
    git(&c, &["mv", "desk-b/harbour.txt", "desk-a/harbour.txt"]);
    c.write(
        "desk-a/harbour.txt",
        story("Harbour reopens", &long_body("harbour").replacen(" the ", " teh ", 1)),
    );
    let said = c.cmd(&["ingest"]).assert().success().get_output().stderr.clone();
    let said = String::from_utf8(said).unwrap();
    assert!(summary_line(&said).contains("1 moved, 0 removed"), "{said}");
    let out = c.cmd(&["show", &uid, "--json"]).assert().success().get_output().stdout.clone();
    let shown: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert!(shown["path"].as_str().unwrap().ends_with("desk-a/harbour.txt"), "{shown}");
}

#[test]
fn a_yearless_dateline_of_an_old_story_is_not_dated_by_a_git_checkouts_file_time() {
    let c = Corpus::new();
    // Checked out today: the dateline's day is today's, as in an archive's story of this
    // day some year, the file's time the checkout's.
    let today = chrono::Local::now().date_naive();
    let dateline = today.format("%b %-d").to_string();
    c.write(
        "1987/trade.txt",
        story(
            "Trade deficit narrows",
            &format!("WASHINGTON, {dateline} - The U.S. 1986 trade deficit narrowed."),
        ),
    );
    c.write(
        "wire/rescue.txt",
        story(
            "Zanfield rescue under way",
            &format!("JOHANNESBURG, {dateline} (Reuters) - Rescuers reached the miners, the worst accident since {}.", today.format("%Y")),
        ),
    );
    git_repository(&c);
    let clone = c.root().parent().unwrap().join("clone");
    git(&c, &["clone", "-q", ".", clone.to_str().unwrap()]);
    c.cmd(&["ingest", "clone"]).assert().success();
    let date = |query: &str| c.search_json(&[query])["hits"][0]["date"].clone();
    assert_eq!(date("deficit"), serde_json::Value::Null);
    // A story naming this year, as one landing in a wire folder does, is dated by it.
    assert_eq!(date("zanfield"), today.format("%Y-%m-%d").to_string());
}
