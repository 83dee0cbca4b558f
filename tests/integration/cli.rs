//! The command line itself: help, version, index location.

use predicates::prelude::*;

use crate::util::{Corpus, newsdex};

#[test]
fn help_teaches_the_commands_and_exit_codes() {
    newsdex()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("ingest"))
        .stdout(predicate::str::contains("NEWSDEX_INDEX"))
        .stdout(predicate::str::contains("Exit status"));
    newsdex()
        .args(["search", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--person"))
        .stdout(predicate::str::contains("--since"))
        // -q is not grep's: the help says so, and how to test for a match.
        .stdout(predicate::str::contains("Results are still printed on stdout"))
        .stdout(predicate::str::contains(">/dev/null"));
}

#[test]
fn every_listing_takes_color_as_search_does() {
    let c = Corpus::new();
    c.write(
        "a.txt",
        "Harbour

Mayor Jacob Frey spoke at the harbour in Minneapolis.
",
    );
    c.ingest();
    for command in ["people", "orgs", "places", "sites", "languages", "timeline", "duplicates", "stats"] {
        let out = c.cmd(&[command, "--color", "never"]).output().unwrap();
        assert_ne!(out.status.code(), Some(2), "{command}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn the_index_can_come_from_the_environment() {
    let c = Corpus::new();
    c.write("a.txt", "Harbour\n\nText.\n");
    let index = c.index();
    newsdex().env("NEWSDEX_INDEX", &index).current_dir(c.root()).args(["ingest", "."]).assert().success();
    assert!(index.join("meta.json").exists());
    newsdex().env("NEWSDEX_INDEX", &index).args(["search", "harbour"]).assert().success();
}

#[test]
fn unknown_flags_exit_2() {
    newsdex().args(["search", "--frobnicate"]).assert().code(2);
}

#[test]
fn an_empty_index_variable_is_unset_not_a_missing_value() {
    let home = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_newsdex"))
        .args(["search", "harbour"])
        .env("NEWSDEX_INDEX", "")
        .env("XDG_DATA_HOME", home.path())
        .env("HOME", home.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(!stderr.contains("a value is required"), "{stderr}");
    // The per-user default is used, and named.
    assert!(stderr.contains("no index at") && stderr.contains("newsdex"), "{stderr}");
}

#[test]
fn completions_and_the_manual_page_are_printed_for_packagers() {
    let c = Corpus::new();
    let out = c.cmd(&["completions", "bash"]).output().unwrap();
    assert!(out.status.success());
    let bash = String::from_utf8(out.stdout).unwrap();
    assert!(bash.contains("_newsdex()") && bash.contains("--since"), "{bash}");
    let out = c.cmd(&["manual"]).output().unwrap();
    assert!(out.status.success());
    let man = String::from_utf8(out.stdout).unwrap();
    assert!(man.contains(".TH newsdex 1") && man.contains("ingest"), "{man}");
    // Every command's options, on the one page.
    assert!(man.contains(".SH \"NEWSDEX SEARCH\"") && man.contains("\\-\\-fragments"), "{man}");
    assert!(man.contains(".SH \"NEWSDEX TIMELINE\"") && man.contains("\\-\\-skip\\-empty"), "{man}");
    // Neither needs an index: none is made.
    assert!(!c.index().exists());
    c.cmd(&["completions", "tcsh"]).assert().code(2);
}

#[test]
fn an_option_pasted_from_a_handout_with_a_long_dash_is_refused_with_what_to_type() {
    let c = Corpus::new();
    c.write("a.txt", "Harbour\n\nGordon Brown spoke at the harbour.\n");
    c.ingest();
    for (line, typed) in [
        (vec!["search", "\u{2014}person", "Brown"], "type --person"),
        (vec!["search", "harbour", "\u{2013}n", "3"], "type -n"),
        (vec!["people", "\u{2014}with", "Brown"], "type --with"),
        (vec!["show", "a.txt", "\u{2212}json"], "type --json"),
    ] {
        let out = c.cmd(&line).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{line:?}: {stderr}");
        assert!(stderr.contains("starts with a long dash") && stderr.contains(typed), "{line:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{line:?}: nothing searched");
    }
}

#[test]
fn a_short_option_of_another_command_is_said_to_be_none_of_this_one() {
    let c = Corpus::new();
    c.write("a.txt", "Harbour\n\nGordon Brown spoke at the harbour.\n");
    c.ingest();
    let out = c.cmd(&["timeline", "harbour", "-n", "5"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("the timeline command has no option -n (-n is --limit in search"), "{stderr}");
    // Not the line that would search "-n" and "5".
    assert!(!stderr.contains("-- harbour -n 5"), "{stderr}");
    // A query word starting with "-" is still shown where it goes.
    let out = c.cmd(&["timeline", "harbour", "-sport"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("timeline -- harbour -sport"));
}

#[test]
fn a_csv_of_fewer_rows_than_match_says_so_and_can_have_a_header() {
    let c = Corpus::new();
    for n in 0..12 {
        c.write(
            &format!("ferry-{n:02}.txt"),
            format!("Ferry report {n}\n\nThe ferry number {n} sailed late.\n"),
        );
    }
    c.ingest();
    let out = c
        .cmd(&["search", "ferry", "--format", "{title:csv},{path:csv}", "--header", "title,path"])
        .output()
        .unwrap();
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert_eq!(stdout.lines().next(), Some("title,path"), "{stdout}");
    assert_eq!(stdout.lines().count(), 11, "a header and 10 rows: {stdout}");
    assert!(stderr.contains("newsdex: wrote 10 of 12 stories: -n all writes every one"), "{stderr}");
    // -n given, -q, or every match written: nothing said.
    for line in [
        vec!["search", "ferry", "--format", "{title}", "-n", "5"],
        vec!["search", "ferry", "--format", "{title}", "-q"],
        vec!["search", "ferry", "--format", "{title}", "-n", "all"],
        vec!["search", "ferry", "sailed", "number", "3"],
    ] {
        let out = c.cmd(&line).output().unwrap();
        assert!(!String::from_utf8_lossy(&out.stderr).contains("wrote"), "{line:?}");
    }
    // Piped JSON says it too.
    let out = c.cmd(&["search", "ferry", "--json"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("wrote 10 of 12 stories"));
    // A header without --format is refused.
    c.cmd(&["search", "ferry", "--header", "title"]).assert().code(2);
}

#[test]
fn a_phrase_and_its_words_are_told_apart_in_the_count() {
    let c = Corpus::new();
    c.write("a.txt", "Harbour\n\nGordon Brown spoke at the harbour.\n");
    c.write("b.txt", "Budget\n\nBrown bread and Gordon's budget.\n");
    c.ingest();
    let count = |query: &str| {
        let out = c.cmd(&["search", "-n", "0", query]).output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(count("gordon brown"), "2 articles for \"gordon brown\"\n");
    assert_eq!(count("\"gordon brown\""), "1 article for '\"gordon brown\"'\n");
}

/// A Reuters file of three stories, for tables and citations: two in late February
/// 1987, one in March.
fn wire_corpus() -> Corpus {
    let c = Corpus::new();
    c.write(
        "wire/reut2-000.sgm",
        "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n\
         <REUTERS NEWID=\"5\"><DATE>27-FEB-1987 10:02:11.00</DATE><TEXT>\n<TITLE>HARBOUR WEAPONS TALKS</TITLE>\n\
         <BODY>Mayor Jacob Frey said the harbour talks on weapons would resume in Duluth.\n Reuter\n</BODY></TEXT></REUTERS>\n\
         <REUTERS NEWID=\"6\"><DATE>28-FEB-1987 11:00:00.00</DATE><TEXT>\n<TITLE>GRAIN SHIPMENTS RISE</TITLE>\n\
         <BODY>Mayor Jacob Frey welcomed grain shipments at the harbour in Duluth.\n Reuter\n</BODY></TEXT></REUTERS>\n\
         <REUTERS NEWID=\"7\"><DATE>03-MAR-1987 09:00:00.00</DATE><TEXT>\n<TITLE>FERRY SERVICE RESUMES</TITLE>\n\
         <BODY>The lake ferry runs again from Monday, officials said.\n Reuter\n</BODY></TEXT></REUTERS>\n",
    );
    c.ingest();
    c
}

fn stdout_of(c: &Corpus, args: &[&str]) -> (String, String) {
    let out = c.cmd(args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn name_listings_and_timelines_write_rows_for_a_spreadsheet() {
    let c = wire_corpus();
    let (rows, _) =
        stdout_of(&c, &["people", "--format", "{name:csv},{articles}", "--header", "name,articles"]);
    assert_eq!(rows, "name,articles\nJacob Frey,2\n");
    let (rows, _) = stdout_of(&c, &["people", "--format", "{name}", "-0"]);
    assert_eq!(rows, "Jacob Frey\0");
    let (rows, _) = stdout_of(
        &c,
        &[
            "timeline",
            "--format",
            "{period}\\t{start}\\t{end}\\t{articles}",
            "--header",
            "period\\tstart\\tend\\tarticles",
        ],
    );
    // No sentence before the rows, no bars.
    assert_eq!(
        rows,
        "period\tstart\tend\tarticles\n1987-02\t1987-02-01\t1987-02-28\t2\n1987-03\t1987-03-01\t1987-03-31\t1\n"
    );
    let out = c.cmd(&["orgs", "--format", "{title}"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("use name, articles, spellings"));
    c.cmd(&["timeline", "--format", "{period}", "--json"]).assert().code(2);
}

#[test]
fn a_timeline_week_cut_by_since_says_the_days_it_counts() {
    let c = wire_corpus();
    let out = c.cmd(&["timeline", "--by", "week", "--since", "1987-02-28", "--json"]).output().unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &doc["periods"][0];
    assert_eq!(first["period"], "1987-W09", "{doc}");
    assert_eq!(
        (&first["start"], &first["end"], &first["partial"]),
        (&"1987-02-28".into(), &"1987-03-01".into(), &true.into())
    );
    assert_eq!(first["articles"], 1);
    // The next week is whole: not marked.
    assert_eq!(doc["periods"][1]["start"], "1987-03-02");
    assert!(doc["periods"][1].get("partial").is_none(), "{doc}");
    let (_, stderr) = stdout_of(&c, &["timeline", "--by", "week", "--since", "1987-02-28"]);
    assert!(stderr.contains("1987-W09 counts 1987-02-28 to 1987-03-01 only"), "{stderr}");
}

#[test]
fn a_timeline_says_what_a_name_filter_leaves_out_as_search_does() {
    let c = Corpus::new();
    c.write(
        "a.txt",
        "Harbour deal\n\nThe company Vantorix Holdings said on Monday it would buy the harbour.\n",
    );
    c.write("b.txt", "Ferry talks\n\nOfficials at Vantorix Holdings met the ferry operators in Duluth.\n");
    c.write(
        "c.txt",
        "VANTORIX HOLDINGS SHARES FALL\n\nshares of vantorix holdings fell 4 pct in early trading.\n",
    );
    c.ingest();
    let (_, stderr) = stdout_of(&c, &["timeline", "--org", "Vantorix Holdings"]);
    assert!(stderr.contains("leaves out 1 article that writes \"Vantorix Holdings\""), "{stderr}");
    let (json, _) = stdout_of(&c, &["timeline", "--org", "Vantorix Holdings", "--json"]);
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(doc["notes"].to_string().contains("leaves out 1 article"), "{doc}");
}

#[test]
fn kwic_lines_export_as_json_lines_or_a_template_with_their_context() {
    let c = wire_corpus();
    let (lines, _) = stdout_of(&c, &["search", "weapons", "--kwic", "--json", "--context", "12"]);
    let rows: Vec<serde_json::Value> = lines.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 2, "title and text: {lines}");
    let text = &rows[1];
    assert_eq!(text["match"], "weapons");
    // Up to twelve characters each side, as the text has them, cut where a word ends
    // (was "ur talks on " and " would resum"), as the column view shows them.
    assert_eq!((&text["left"], &text["right"]), (&"talks on ".into(), &" would".into()), "{text}");
    let (column, _) = stdout_of(&c, &["search", "weapons", "--kwic", "--context", "12"]);
    assert!(column.lines().nth(1).is_some_and(|l| l.contains("   talks on  weapons  would  ")), "{column}");
    assert_eq!(text["ref"], "articles/wire/reut2-000.sgm#5");
    assert_eq!(text["relpath"], "articles/wire/reut2-000.sgm");
    // What the line is cited with.
    assert_eq!(
        (&text["title"], &text["date"]),
        (&"HARBOUR WEAPONS TALKS".into(), &"1987-02-27T10:02:11".into())
    );
    // A search with no words nor names has no line to show: said, not an empty success.
    let (lines, stderr) = stdout_of(&c, &["search", "--kwic", "--since", "1987-02-28"]);
    assert_eq!(lines, "");
    assert!(
        stderr.contains("--kwic has no line to show") && stderr.contains("(2 articles match without --kwic)"),
        "{stderr}"
    );
    // A name filter alone lists where the name stands.
    let (lines, stderr) = stdout_of(&c, &["search", "--kwic", "--person", "Jacob Frey"]);
    assert_eq!(lines.lines().count(), 2, "{lines}");
    assert!(!stderr.contains("no line"), "{stderr}");
    let (lines, _) =
        stdout_of(&c, &["search", "weapons", "--kwic", "--format", "{left}\\t{match}\\t{right}\\t{ref}"]);
    assert_eq!(
        lines.lines().nth(1),
        Some(
            "Jacob Frey said the harbour talks on \tweapons\t would resume in Duluth.\tarticles/wire/reut2-000.sgm#5"
        )
    );
    // {left} is no hit's field without --kwic.
    c.cmd(&["search", "weapons", "--format", "{left}"]).assert().code(2);
}

#[test]
fn a_ref_cites_one_article_of_a_file_of_many() {
    let c = wire_corpus();
    let (rows, _) =
        stdout_of(&c, &["search", "harbour", "-n", "1", "--sort", "oldest", "--format", "{ref}|{relpath}"]);
    assert_eq!(rows, "articles/wire/reut2-000.sgm#5|articles/wire/reut2-000.sgm\n");
}

#[test]
fn the_json_limit_of_n_all_is_the_hits_it_makes() {
    let c = wire_corpus();
    let doc = c.search_json(&["harbour", "-n", "all"]);
    assert_eq!(doc["limit"], 2, "every hit of -n all, not the index's size: {doc}");
    assert_eq!(c.search_json(&["harbour", "-n", "1"])["limit"], 1);
    assert_eq!(c.search_json(&["harbour"])["limit"], 10);
}

#[test]
fn an_n_given_is_taken_as_meant_as_the_help_says() {
    let c = wire_corpus();
    let (_, stderr) = stdout_of(&c, &["search", "harbour", "-n", "1", "--format", "{ref}"]);
    assert!(!stderr.contains("wrote"), "{stderr}");
    newsdex()
        .args(["search", "--help"])
        .assert()
        .stdout(predicate::str::contains("When -n is not given and fewer are written than match"));
}

#[test]
fn the_listings_help_says_what_a_count_is() {
    newsdex()
        .args(["orgs", "--help"])
        .assert()
        .stdout(predicate::str::contains("in articles with their copies"))
        .stdout(predicate::str::contains("search --exact --org NAME -n 0"));
    newsdex().args(["people", "--help"]).assert().stdout(predicate::str::contains("copies included"));
}

#[test]
fn a_long_option_of_another_command_is_said_to_be_none_of_this_one() {
    let c = Corpus::new();
    c.write("a.txt", "Harbour\n\nGordon Brown spoke at the harbour.\n");
    c.ingest();
    let out = c.cmd(&["timeline", "harbour", "--no-collapse"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("the timeline command has no option --no-collapse (an option of search"),
        "{stderr}"
    );
    assert!(!stderr.contains("unexpected argument"), "{stderr}");
    // A mistyped option is still clap's, with the option it may mean.
    let out = c.cmd(&["timeline", "harbour", "--sinse", "2001"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("--since"));
}
