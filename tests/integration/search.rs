//! Searching: ranking, operators, filters, snippets, JSON, exit codes.

use predicates::prelude::*;

use crate::util::{Corpus, SITES_EXPORT, file_name, marks};

/// A small corpus where each article tests one thing.
fn newsroom() -> Corpus {
    let c = Corpus::new();
    c.write(
        "title-match.txt",
        "Budget vote delayed again\n\nPublished: 2026-01-10\n\nThe council met on Monday and adjourned early.\n",
    );
    c.write(
        "body-match.txt",
        "Council adjourns\n\nPublished: 2026-02-15\n\nMembers argued about the budget for an hour before the vote was postponed.\n",
    );
    c.write(
        "walz.md",
        "---\ntitle: Governor signs transit bill\ndate: 2026-03-03\nauthor: Lena Park\n---\n\nMinnesota Governor Tim Walz signed the transit bill on Tuesday. Mr Walz called it overdue.\n",
    );
    c.write(
        "good.txt",
        "Vigil for Renée Good\n\nPublished: 2025-12-20\n\nNeighbours remembered Renée Good, a US citizen, at a vigil. The Department of Homeland Security did not comment.\n",
    );
    c.write("undated.txt", "Prime minister visits\n\nThe prime minister visited the port of Duluth. Ministers of state followed.\n");
    c
}

#[test]
fn a_title_match_ranks_above_a_body_only_match() {
    let c = newsroom();
    c.ingest();
    let names = c.hit_names(&["budget"]);
    assert_eq!(names, ["title-match.txt", "body-match.txt"]);
}

#[test]
fn words_are_anded_by_default_and_or_widens() {
    let c = newsroom();
    c.ingest();
    assert_eq!(c.hit_names(&["budget postponed"]), ["body-match.txt"]);
    let mut either = c.hit_names(&["postponed OR transit"]);
    either.sort();
    assert_eq!(either, ["body-match.txt", "walz.md"]);
    assert_eq!(c.hit_names(&["budget -postponed"]), ["title-match.txt"]);
}

#[test]
fn a_misspelled_word_that_finds_nothing_gets_the_word_meant() {
    let c = newsroom();
    c.ingest();
    c.cmd(&["search", "budgett", "vote"]).assert().code(1).stderr(predicate::str::contains(
        "no article has the word \"budgett\"; did you mean \"budget\" (2 articles)?",
    ));
    // A word the index holds, an exclusion and a fuzzy word get no such hint.
    let out = c.cmd(&["search", "budget", "vigil", "-vigill", "transitt~1"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("did you mean"), "{out:?}");
}

#[test]
fn a_word_a_few_articles_hold_gets_the_common_word_it_slipped_from() {
    let c = Corpus::new();
    for i in 0..200 {
        c.write(
            &format!("m{i}.txt"),
            format!("Cabinet news {i}\n\nThe prime minister met the cabinet; the minutes were called in.\n"),
        );
    }
    c.write(
        "york.txt",
        "Cathedral appeal\n\nThe prime minster of the appeal, York Minster, calmed the crowd.\n",
    );
    c.ingest();
    // Found: the one article that writes the slip, and a note with the word meant.
    let out = c.cmd(&["search", "prime", "minster"]).assert().success().get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("only 1 article has the word \"minster\"; did you mean \"minister\" (200 articles)?"),
        "{stderr}"
    );
    // A letter changed makes another word as often as a slip: "calmed" is no "called".
    let out = c.cmd(&["search", "calmed"]).assert().success().get_output().clone();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("did you mean"), "{out:?}");
    // Nothing found: each word gets its own, the rare one and the one no article holds.
    let out = c.cmd(&["search", "minster", "cabinnet"]).assert().code(1).get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("did you mean \"cabinet\" (200 articles)?"), "{stderr}");
    assert!(stderr.contains("did you mean \"minister\" (200 articles)?"), "{stderr}");
    // The API says it as a note.
    let json = c.search_json(&["prime", "minster"]);
    let notes = json["notes"].as_array().unwrap();
    assert!(notes.iter().any(|n| n.as_str().unwrap().contains("did you mean \"minister\"")), "{json}");
}

#[test]
fn a_word_only_a_headline_holds_is_offered_for_a_typo() {
    let c = Corpus::new();
    c.write("drug.txt", "Trial of donanemab succeeds\n\nThe antibody slowed decline in the trial.\n");
    c.write("other.txt", "Ferry resumes\n\nThe ferry runs again.\n");
    c.ingest();
    c.cmd(&["search", "donanemub"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("did you mean \"donanemab\" (1 article)?"));
}

#[test]
fn a_word_only_a_removed_article_held_is_never_offered_for_a_typo() {
    let c = Corpus::new();
    c.write("a.txt", "Harbour reopens\n\nThe harbour reopened on Monday, the mayor said.\n");
    c.write("b.txt", "Quarry inquiry\n\nThe owner, Xanthippa Quorndon, said the quarry would close.\n");
    c.ingest();
    c.cmd(&["search", "quorndn"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("did you mean \"quorndon\""));
    std::fs::remove_file(c.root().join("b.txt")).unwrap();
    c.ingest();
    // The index's files still hold the word until a purge; no hint may spell it out.
    for typo in ["quorndn", "xanthipa"] {
        let out = c.cmd(&["search", typo]).assert().code(1).get_output().clone();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(!stderr.contains("quorndon") && !stderr.contains("xanthippa\""), "{stderr}");
        let json = c.search_json(&[typo]).to_string().to_lowercase();
        assert!(!json.contains("quorndon") && !json.contains("xanthippa\\\""), "{json}");
    }
    let out = c.cmd(&["search", "--person", "Xanthippa Quorndn"]).assert().code(1).get_output().clone();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("Quorndon"), "{out:?}");
}

#[test]
fn hints_give_words_as_typed_and_as_the_articles_write_them() {
    let c = Corpus::new();
    c.write(
        "a.txt",
        "Kühltürme gesprengt\n\nVon Ana Peña\n\nDie Kühltürme des Kraftwerks wurden gesprengt.\n",
    );
    c.ingest();
    // Not "kuhlturm" and "kuhlturme": the word typed, and the word meant as written.
    c.cmd(&["search", "Kühlturm"]).assert().code(1).stderr(predicate::str::contains(
        "no article has the word \"Kühlturm\"; did you mean \"kühltürme\" (1 article)?",
    ));
    let out = c.cmd(&["search", "Peña"]).assert().code(1).get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(
            "\"Peña\" is in no headline or text, but in the byline of 1 article: search byline:Peña"
        ),
        "{stderr}"
    );
    assert_eq!(c.hit_names(&["byline:Peña"]), ["a.txt"]);
}

#[test]
fn words_that_together_find_nothing_say_which_one_to_leave_out() {
    let c = Corpus::new();
    c.write("a.txt", "Arsenal hold Chelsea\n\nArsenal and Chelsea drew 1-1 at Highbury.\n");
    c.write("b.txt", "Chelsea win\n\nChelsea beat Everton.\n");
    c.ingest();
    c.cmd(&["search", "arsenal vs chelsea"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("1 article matches \"arsenal chelsea\" (without \"vs\")"));
    // Two words missing: leaving one out finds nothing either, and nothing is offered.
    let out = c.cmd(&["search", "arsenal vs versus chelsea"]).assert().code(1).get_output().clone();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("without"), "{out:?}");
}

#[test]
fn a_query_of_marks_alone_is_an_error_not_every_article() {
    let c = newsroom();
    c.ingest();
    for query in ["--", "-", "?", "\""] {
        c.cmd(&["search", "--", query])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("has no word to search for"));
    }
    assert!(c.search_json(&["*"])["total"].as_u64().unwrap() > 1);
}

#[test]
fn a_reporters_name_found_only_in_bylines_says_how_to_search_it() {
    let c = Corpus::new();
    c.write(
        "a.txt",
        "Ferry resumes after repairs\n\nPublished: 2025-11-25\nBy Dana Whitfield\n\nThe lake ferry runs again.\n",
    );
    c.ingest();
    let out = c.cmd(&["search", "whitfield"]).assert().code(1).get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(
            "\"whitfield\" is in no headline or text, but in the byline of 1 article: search byline:whitfield"
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("did you mean"), "{stderr}");
    assert_eq!(c.hit_names(&["byline:whitfield"]), ["a.txt"]);
}

#[test]
fn or_groups_the_words_it_joins_and_and_not_excludes() {
    let c = newsroom();
    c.ingest();
    let sorted = |args: &[&str]| {
        let mut names = c.hit_names(args);
        names.sort();
        names
    };
    // (transit OR vigil) bill: only the transit story has "bill"; the vigil is not matched
    // for "vigil" alone, nor the other bill-less articles ranked in.
    assert_eq!(sorted(&["transit OR vigil bill"]), ["walz.md"]);
    assert_eq!(sorted(&["bill transit OR vigil"]), ["walz.md"]);
    assert_eq!(sorted(&["council budget OR vigil"]), ["body-match.txt", "title-match.txt"]);
    // AND beside words joined by nothing keeps them all required: `budget AND vote
    // postponed` is `(budget AND vote) postponed`, not "postponed" ranked by the two others.
    assert_eq!(sorted(&["budget AND vote postponed"]), ["body-match.txt"]);
    assert_eq!(sorted(&["postponed budget AND vote"]), ["body-match.txt"]);
    assert!(sorted(&["council AND budget vigil"]).is_empty());
    // AND NOT, as Lucene and Elasticsearch users write it, is `-`.
    assert_eq!(sorted(&["budget AND NOT postponed"]), ["title-match.txt"]);
    assert_eq!(sorted(&["budget AND (NOT postponed)"]), ["title-match.txt"]);
    assert_eq!(
        sorted(&["NOT budget AND NOT governor", "--since", "2000"]),
        ["good.txt"],
        "exclusions only, from every (dated) article"
    );
    // Several words unquoted are one query; a phrase still needs its quotes.
    let out = c.cmd(&["search", "governor", "transit"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("walz.md"));
    let out = c.cmd(&["search", "--json", "--", "-postponed", "budget"]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["total"], 1, "{json}");
}

#[test]
fn phrases_and_fields_work() {
    let c = newsroom();
    c.ingest();
    assert_eq!(c.hit_names(&["\"prime minister\""]), ["undated.txt"]);
    // Both words occur, but not as the phrase.
    assert!(c.hit_names(&["\"state ministers\""]).is_empty());
    assert_eq!(c.hit_names(&["title:governor"]), ["walz.md"]);
    assert_eq!(c.hit_names(&["byline:park"]), ["walz.md"]);
}

#[test]
fn person_filter_matches_surname_full_name_any_case_and_accents() {
    let c = newsroom();
    c.ingest();
    for name in ["Walz", "tim walz", "TIM WALZ"] {
        assert_eq!(c.hit_names(&["--person", name]), ["walz.md"], "--person {name}");
    }
    for name in ["renee good", "Renée Good", "good"] {
        assert_eq!(c.hit_names(&["--person", name]), ["good.txt"], "--person {name}");
    }
    // Filters combine with a query and with each other (all must hold).
    assert_eq!(c.hit_names(&["transit", "--person", "walz", "--place", "minnesota"]), ["walz.md"]);
    // Titles before a name are not part of it: the index keeps "Tim Walz".
    assert_eq!(
        c.hit_names(&["transit", "--person", "Governor Tim Walz", "--place", "minnesota"]),
        ["walz.md"]
    );
    assert!(c.hit_names(&["--person", "walz", "--person", "good"]).is_empty());
    assert_eq!(c.hit_names(&["--org", "homeland security"]), ["good.txt"]);
}

#[test]
fn partial_dates_cover_the_whole_period() {
    let c = newsroom();
    c.ingest();
    let mut jan_feb = c.hit_names(&["council", "--since", "2026-01", "--until", "2026-02"]);
    jan_feb.sort();
    assert_eq!(jan_feb, ["body-match.txt", "title-match.txt"]);
    assert_eq!(c.hit_names(&["council", "--until", "2026-01-10"]), ["title-match.txt"]);
    assert_eq!(c.hit_names(&["--since", "2026-03-03", "--until", "2026-03-03"]), ["walz.md"]);
    assert_eq!(c.hit_names(&["--until", "2025"]), ["good.txt"]);
    assert_eq!(c.hit_names(&["--since", "2026-03-03T00:00:00Z"]), ["walz.md"]);
    // Undated articles never match a date filter.
    assert!(c.hit_names(&["minister", "--since", "1900"]).is_empty());
}

#[test]
fn sort_by_date_puts_newest_or_oldest_first_and_undated_last() {
    let c = newsroom();
    c.ingest();
    let names = c.hit_names(&["--sort", "date", "the OR council OR vigil"]);
    assert_eq!(names.first().map(String::as_str), Some("walz.md"));
    // "newest", as the opposite of "oldest", is the same order.
    assert_eq!(c.hit_names(&["--sort", "newest", "the OR council OR vigil"]), names);
    assert_eq!(names.last().map(String::as_str), Some("undated.txt"));
    // When a story first appeared: the same articles the other way round, the undated
    // ones still last.
    let oldest = c.hit_names(&["--sort", "oldest", "the OR council OR vigil"]);
    assert_eq!(oldest.last().map(String::as_str), Some("undated.txt"));
    let mut dated_newest_first = names[..names.len() - 1].to_vec();
    dated_newest_first.reverse();
    assert_eq!(oldest[..oldest.len() - 1], dated_newest_first[..], "{names:?}");
    assert_eq!(oldest.first().map(String::as_str), Some("good.txt"));
}

#[test]
fn limit_and_offset_page_through_hits() {
    let c = newsroom();
    c.ingest();
    let all = c.hit_names(&["--sort", "date", "--since", "2000"]);
    assert_eq!(all.len(), 4);
    let page2 = c.hit_names(&["--sort", "date", "--since", "2000", "--limit", "2", "--offset", "2"]);
    assert_eq!(page2, all[2..]);
    let json = c.search_json(&["--since", "2000", "--limit", "1"]);
    assert_eq!(json["total"], 4);
    assert_eq!(json["hits"].as_array().unwrap().len(), 1);
}

#[test]
fn json_has_the_documented_fields_and_highlights_point_at_matches() {
    let c = newsroom();
    c.ingest();
    let json = c.search_json(&["transit"]);
    assert_eq!(json["query"], "transit");
    assert_eq!(json["total"], 1);
    // The answer says how it was made: every filter and option, dates as the days they keep.
    let asked = c.search_json(&[
        "--since",
        "March 2026",
        "--until",
        "2026-04",
        "--person",
        "walz",
        "--match",
        "75%",
        "--sort",
        "oldest",
        "transit",
    ]);
    assert_eq!(
        asked["request"],
        serde_json::json!({
            "query": "transit", "person": ["walz"], "org": [], "place": [], "country": [], "site": [], "folder": [], "lang": [], "url": [],
            "since": "2026-03-01", "until": "2026-04-30", "match": "75%", "sort": "oldest", "half_life": null,
            "fuzzy": false, "exact_words": false, "exact_names": false, "collapse": true,
        })
    );
    let timeline: serde_json::Value = serde_json::from_slice(
        &c.cmd(&["timeline", "--json", "--until", "2026-03-03", "transit"]).output().unwrap().stdout,
    )
    .unwrap();
    assert_eq!(
        (&timeline["request"]["until"], &timeline["request"]["since"]),
        (&"2026-03-03".into(), &serde_json::Value::Null)
    );
    let hit = &json["hits"][0];
    for key in [
        "path",
        "title",
        "date",
        "score",
        "people",
        "organizations",
        "places",
        "snippet",
        "highlights",
        "byline",
    ] {
        assert!(hit.get(key).is_some(), "missing {key} in {hit}");
    }
    assert_eq!(file_name(hit["path"].as_str().unwrap()), "walz.md");
    assert_eq!(hit["date"], "2026-03-03");
    assert_eq!(hit["date_utc"], "2026-03-03");
    assert_eq!(hit["language"], "en");
    for key in ["tags", "duplicates", "duplicate_uids", "uid", "url", "id"] {
        assert!(hit.get(key).is_some(), "missing {key} in {hit}");
    }
    assert_eq!(hit["people"], serde_json::json!(["Tim Walz"]));
    assert!(hit["score"].as_f64().unwrap() > 0.0);
    let snippet: Vec<char> = hit["snippet"].as_str().unwrap().chars().collect();
    let highlights = hit["highlights"].as_array().unwrap();
    assert!(!highlights.is_empty());
    for range in highlights {
        let (s, e) = (range[0].as_u64().unwrap() as usize, range[1].as_u64().unwrap() as usize);
        let word: String = snippet[s..e].iter().collect();
        assert_eq!(word.to_lowercase(), "transit");
    }
    // An undated article's date is null, not the file's mtime.
    let undated = c.search_json(&["minister"]);
    assert!(undated["hits"][0]["date"].is_null());
    assert!(undated["hits"][0]["date_utc"].is_null());
}

#[test]
fn chinese_and_japanese_words_are_found_inside_running_text() {
    let c = Corpus::new();
    c.write(
        "jishin.txt",
        "宮崎県で震度5弱の地震\n\n13日午後9時ごろ、宮崎県で震度5弱の地震があった。気象庁によると、震源地は日向灘。\n",
    );
    c.write("beijing.txt", "北京市政府发布新规定\n\n北京市政府今天宣布了新的交通规定，将于下个月实施。\n");
    c.write("english.txt", "Earthquake in Miyazaki\n\nAn earthquake shook Miyazaki on Monday.\n");
    c.write("police.txt", "警視庁が発表\n\n警視庁は十日、事件について発表した。\n");
    c.ingest();
    // A typing error is no edit of a character pair: 気象庁~1 is not 警視庁.
    assert_eq!(c.hit_names(&["気象庁~1"]), ["jishin.txt"]);
    // Words written without spaces around them, as the languages do.
    assert_eq!(c.hit_names(&["地震"]), ["jishin.txt"]);
    assert_eq!(c.hit_names(&["気象庁"]), ["jishin.txt"]);
    assert_eq!(c.hit_names(&["政府"]), ["beijing.txt"]);
    assert_eq!(c.hit_names(&["交通 规定"]), ["beijing.txt"]);
    // A word is its characters in order, not the characters anywhere.
    assert!(c.hit_names(&["震地"]).is_empty());
    assert!(c.hit_names(&["政府 earthquake"]).is_empty());
    // The snippet marks the word itself.
    let json = c.search_json(&["気象庁"]);
    let hit = &json["hits"][0];
    let marked = marks(hit);
    assert_eq!(marked, ["気象庁"]);
}

#[test]
fn a_date_or_a_one_character_word_is_found_where_more_characters_follow_it() {
    let c = Corpus::new();
    // "8月" and "雨" run on into the next characters, as dates and one-character words do.
    c.write("august.txt", "臨時情報\n\n気象庁は昨年8月に続いて2度目となる臨時情報を発表した。\n");
    c.write("rain.txt", "関東で大雨\n\n関東地方は大雨が続き、川が増水した。\n");
    c.write("chapter.txt", "会議\n\n今回は第3回の会議である。\n");
    c.write("march.txt", "花見\n\n3月に桜が咲いた。\n");
    c.ingest();
    assert_eq!(c.hit_names(&["8月"]), ["august.txt"]);
    assert_eq!(c.hit_names(&["雨"]), ["rain.txt"]);
    // A lone character at the start of a word, after other characters.
    assert_eq!(c.hit_names(&["第3"]), ["chapter.txt"]);
    // Still a word: the digits must be the query's.
    assert!(c.hit_names(&["9月"]).is_empty());
    // The snippet marks what was asked, not the whole pair around it.
    let json = c.search_json(&["8月"]);
    let hit = &json["hits"][0];
    let marked = marks(hit);
    assert_eq!(marked, ["8月"]);
}

#[test]
fn text_output_marks_matches_when_piped_and_colours_on_request() {
    let c = newsroom();
    c.ingest();
    c.cmd(&["search", "signed transit"])
        .assert()
        .success()
        .stdout(predicate::str::contains("**signed** the **transit** bill"))
        .stdout(predicate::str::contains("people: Tim Walz"))
        .stdout(predicate::str::contains("2026-03-03"));
    c.cmd(&["search", "--color", "always", "transit"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\x1b[1;31mtransit\x1b[0m"))
        // The title stays bold after its highlighted word: "Governor signs transit bill".
        .stdout(predicate::str::contains("\x1b[1;31mtransit\x1b[0m\x1b[1m bill"));
    c.cmd(&["search", "--color", "never", "transit"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\x1b[").not());
}

#[test]
fn a_person_only_hit_shows_the_opening_of_the_article() {
    let c = newsroom();
    c.ingest();
    let json = c.search_json(&["--person", "walz"]);
    let snippet = json["hits"][0]["snippet"].as_str().unwrap();
    assert!(snippet.starts_with("Minnesota Governor Tim Walz signed"), "{snippet}");
}

#[test]
fn snippets_keep_case_names_and_citations_whole() {
    let c = Corpus::new();
    c.write(
        "ruling.txt",
        "Court overturns abortion ruling\n\nAfter months of waiting and a leaked draft that set off protests, \
         the justices on Friday overturned the landmark abortion ruling in Roe v. Wade, the 1973 decision that \
         established a constitutional right to abortion nationwide and stood for half a century.\n",
    );
    c.write(
        "docket.txt",
        "Docket\n\nThe justices this term heard the platform liability case of Twitter, Inc. v. Taamneh, \
         No. 21-1496, together with Van Buren v. United States, No. 19-783, on computer fraud under the \
         federal hacking law that prosecutors have used for decades.\n",
    );
    c.ingest();
    let snippet = |args: &[&str]| c.search_json(args)["hits"][0]["snippet"].as_str().unwrap().to_string();
    assert!(snippet(&["overturned", "--fragments", "1"]).contains("Roe v. Wade, the 1973 decision"));
    assert!(snippet(&["wade"]).contains("Roe v. Wade"), "{}", snippet(&["wade"]));
    let docket = snippet(&["taamneh"]);
    assert!(docket.contains("Twitter, Inc. v. Taamneh, No. 21-1496"), "{docket}");
    // The fragment runs on past "No." to its limit, ending on a word.
    let docket = snippet(&["platform"]);
    assert!(docket.contains("Van Buren v. United States, No. 19-783, on computer"), "{docket}");
}

#[test]
fn apostrophes_and_colons_typed_as_text_search_as_text() {
    let c = newsroom();
    c.write(
        "chief.txt",
        "Chief's statement at 10:30\n\nPublished: 2026-01-08\n\nPolice Chief Brian O'Hara said the department's officers would wait. Read it at https://example.org/chief.\n",
    );
    c.ingest();
    // Each was a syntax error for tantivy's grammar, where ' quotes a phrase and : names a field.
    for query in [
        "o'hara",
        "O'Hara department's",
        "chief's statement",
        "10:30",
        "Statement: o'hara",
        "statement: o'hara",
        "https://example.org/chief",
        // Typographic quotes pasted from a word processor.
        "“chief’s statement”",
    ] {
        assert_eq!(c.hit_names(&[query]), ["chief.txt"], "{query}");
    }
    // The apostrophe's word is highlighted whole, not each piece wherever it stands.
    let json = c.search_json(&["o'hara"]);
    let snippet = json["hits"][0]["snippet"].as_str().unwrap();
    let marked: Vec<&str> = json["hits"][0]["highlights"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            let (start, end) = (h[0].as_u64().unwrap() as usize, h[1].as_u64().unwrap() as usize);
            let at = |n: usize| snippet.char_indices().nth(n).map_or(snippet.len(), |(i, _)| i);
            &snippet[at(start)..at(end)]
        })
        .collect();
    assert_eq!(marked, ["O'Hara"], "{snippet}");
    // Quoted phrases and fields keep their meaning.
    assert_eq!(c.hit_names(&["title:'transit bill'"]), ["walz.md"]);
    assert_eq!(c.hit_names(&["bill transit"]), ["walz.md"]);
    assert!(c.hit_names(&["'bill transit'"]).is_empty());
}

#[test]
fn malformed_queries_and_bad_flags_exit_2_with_one_line() {
    let c = newsroom();
    c.ingest();
    for query in ["title:(budget", "nosuchfield:x", "budget AND"] {
        let out = c.cmd(&["search", "--", query]).assert().code(2).get_output().clone();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.trim().lines().count(), 1, "{query}: {stderr}");
        assert!(stderr.starts_with("newsdex: invalid query"), "{query}: {stderr}");
        assert!(!stderr.contains("panicked"));
    }
    // Deep nesting is refused, not a stack overflow.
    let deep = format!("{}budget{}", "(".repeat(10_000), ")".repeat(10_000));
    c.cmd(&["search", &deep]).assert().code(2).stderr(predicate::str::contains("nested more than"));
    c.cmd(&["search", "(budget OR vote"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("a '(' is not closed"));
    c.cmd(&["search", "author:park"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the fields are title"));
    c.cmd(&["search", "x", "--since", "the week before"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--since"));
    c.cmd(&["search"]).assert().code(2).stderr(predicate::str::contains("nothing to search for"));
}

#[test]
fn short_flags_with_their_value_attached_are_flags_and_a_query_may_follow_dashes() {
    let c = newsroom();
    c.ingest();
    // "-n1" was read as the query ("Only excluding terms given") before the flags.
    let json = c.search_json(&["--person", "walz", "-n1"]);
    assert_eq!(json["hits"].as_array().unwrap().len(), 1, "{json}");
    assert_eq!(c.hit_names(&["-n1", "budget"]).len(), 1);
    // A query that starts with an exclusion comes after "--".
    assert_eq!(c.hit_names(&["--", "-postponed budget"]), ["title-match.txt"]);
    let out = c.cmd(&["people", "-n1", "transit"]).assert().success().get_output().clone();
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 1);
}

#[test]
fn a_star_finds_every_article_and_nothing_else() {
    let c = newsroom();
    c.write("wire.jsonl", "{\"headline\":\"Harbour\",\"text\":\"The harbour opened.\"}\n{\"headline\":\"Ferry\",\"text\":\"The ferry ran.\"}\n");
    c.ingest();
    // Five files of one article and a file of two: seven articles, no file records.
    let json = c.search_json(&["*", "--limit", "50"]);
    assert_eq!(json["total"], 7, "{json}");
    assert!(json["hits"].as_array().unwrap().iter().all(|h| !h["uid"].as_str().unwrap().is_empty()));
    assert_eq!(c.search_json(&["* -harbour", "--limit", "50"])["total"], 6);
}

#[test]
fn a_phrase_left_out_leaves_out_its_articles_and_keeps_the_others() {
    // One reader thread keeps the files in order, so the phrase's article is not the index's
    // first: tantivy 0.27.0 asks the phrase about an earlier one (see Cargo.toml).
    let c = Corpus::new();
    c.write("a-london.txt", "Brokers cut staff\n\nBrokers in London said they would cut jobs.\n");
    c.write("b-oslo.txt", "Shipping rates\n\nRates from the Middle East rose, brokers said in Oslo.\n");
    c.write("c-tokyo.txt", "Savings soar\n\nOfficials in Tokyo said savings rose.\n");
    c.cmd(&["ingest", "-j", "1", "articles"]).assert().success();
    for query in ["said -\"middle east\"", "* -\"middle east\"", "-\"middle east\" brokers"] {
        let mut names = c.hit_names(&["--", query]);
        names.sort();
        let expected: &[&str] =
            if query.ends_with("brokers") { &["a-london.txt"] } else { &["a-london.txt", "c-tokyo.txt"] };
        assert_eq!(names, expected, "{query}");
    }
}

#[test]
fn ties_keep_one_order_whatever_the_page_size() {
    let c = Corpus::new();
    for i in 0..6 {
        c.write(&format!("n{i}.txt"), format!("Note {i}\n\nThe harbour opened.\n"));
    }
    c.ingest();
    let all = c.hit_names(&["harbour", "--no-collapse", "--limit", "6"]);
    for n in 1..6 {
        assert_eq!(c.hit_names(&["harbour", "--no-collapse", "--limit", &n.to_string()]), all[..n], "-n {n}");
        let page = c.hit_names(&["harbour", "--no-collapse", "--limit", "2", "--offset", &n.to_string()]);
        assert_eq!(page, all[n..(n + 2).min(6)], "--offset {n}");
    }
}

#[test]
fn a_name_only_a_foreign_article_holds_is_found_as_words() {
    let c = Corpus::new();
    c.write(
        "koeln.txt",
        "Straßenfest in Köln\n\nDie Oberbürgermeisterin eröffnete am Samstag das große Straßenfest in der \
         Südstadt. Auch Bundeskanzler Olaf Scholz schickte ein Grußwort aus Berlin, und die Polizei meldete \
         keine besonderen Vorkommnisse.\n",
    );
    c.ingest();
    // No names are read from German text, but the words are there to search.
    c.cmd(&["search", "--person", "Olaf Scholz"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no article names this person, but 1 has these words"));
    assert_eq!(c.hit_names(&["\"Olaf Scholz\""]), ["koeln.txt"]);
}

#[test]
fn no_hits_exits_1() {
    let c = newsroom();
    c.ingest();
    // Said on stderr: stdout holds results only; -q leaves the exit status to say it.
    c.cmd(&["search", "zeppelin"]).assert().code(1).stdout("").stderr("No articles match \"zeppelin\".\n");
    c.cmd(&["-q", "search", "zeppelin"]).assert().code(1).stdout("").stderr("");
}

#[test]
fn a_sort_by_date_with_no_query_lists_every_article_newest_first_and_n_all_every_hit() {
    let c = newsroom();
    c.ingest();
    let json = c.search_json(&["--sort", "date", "-n", "3"]);
    let days: Vec<&str> =
        json["hits"].as_array().unwrap().iter().map(|h| &h["date"].as_str().unwrap()[..10]).collect();
    assert_eq!(days.len(), 3, "{json}");
    assert!(days.windows(2).all(|w| w[0] >= w[1]), "{days:?}");
    let every = c.search_json(&["--sort", "oldest", "-n", "all"]);
    let total = every["total"].as_u64().unwrap() as usize;
    assert!(
        total > 3 && every["hits"].as_array().unwrap().len() == every["stories"].as_u64().unwrap() as usize
    );
    assert!(every["hits"][0]["date"].as_str() <= every["hits"][1]["date"].as_str(), "{every}");
    // By relevance, nothing is still nothing to search for.
    c.cmd(&["search", "-n", "3"]).assert().code(2).stderr(predicate::str::contains("nothing to search for"));
    c.cmd(&["search", "budget", "-n", "some"]).assert().code(2).stderr(predicate::str::contains("(or all)"));
}

#[test]
fn a_filter_name_no_article_carries_is_named_on_stderr() {
    let c = newsroom();
    c.ingest();
    // "Nowhere" is in no article; Minnesota is, just not with "budget".
    c.cmd(&["search", "budget", "--place", "Nowhere", "--place", "Minnesota"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("No articles match \"budget\".\n"))
        .stderr(predicate::str::contains("--place \"Nowhere\": no article names this place"))
        .stderr(predicate::str::contains("2 articles match \"budget\" without the filter --place\n"))
        .stderr(predicate::str::contains("Minnesota").not());
    // A name read as another kind: which filter finds it.
    c.cmd(&["search", "--place", "Department of Homeland Security"]).assert().code(1).stderr(
        predicate::str::contains(
            "1 article names it as an organization: --org \"Department of Homeland Security\"",
        ),
    );
    // Dates the wrong way round are a mistake in the request, as a bad date is.
    for command in ["search", "timeline", "people"] {
        c.cmd(&[command, "budget", "--since", "2026-05", "--until", "2026-01"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("--since is after --until: no date is in between (swap them?)"));
    }
    // --quiet keeps stderr empty; hits print no hint.
    c.cmd(&["search", "budget", "--place", "Nowhere", "--quiet"]).assert().code(1).stderr("");
    c.cmd(&["search", "transit", "--person", "Walz"]).assert().code(0).stderr("");
}

#[test]
fn a_title_before_a_given_name_finds_the_one_person_so_called_not_everyone_of_that_name() {
    let c = Corpus::new();
    c.write("royal.txt", "Prince opens hospital wing\n\nPrince Charles opened the new wing on Monday. Charles praised the nurses.\n");
    c.write("libdem.txt", "Lib Dems launch manifesto\n\nCharles Kennedy launched the manifesto in London.\n");
    c.write("singer.txt", "Soul legend remembered\n\nFans of Ray Charles gathered in Georgia.\n");
    c.ingest();
    assert_eq!(c.hit_names(&["--person", "Prince Charles"]), ["royal.txt"]);
    // Without the title, every Charles; a title before a surname keeps its full names.
    assert_eq!(c.hit_names(&["--person", "Charles"]).len(), 3);
    assert_eq!(c.hit_names(&["--person", "Senator Kennedy"]), ["libdem.txt"]);
    // "Mr Charles": the surname, so Ray Charles (and "Charles" alone), not Charles Kennedy.
    let mut surname = c.hit_names(&["--person", "Mr Charles"]);
    surname.sort();
    assert_eq!(surname, ["royal.txt", "singer.txt"]);
}

#[test]
fn a_misspelled_filter_name_is_answered_with_the_names_it_may_mean() {
    let c = newsroom();
    c.ingest();
    c.cmd(&["search", "--person", "Tim Waltz"]).assert().code(1).stderr(predicate::str::contains(
        "--person \"Tim Waltz\": no article names this person; did you mean \"Tim Walz\" (1 article)?",
    ));
    c.cmd(&["search", "--place", "Minnesotta"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("did you mean \"Minnesota\""));
    // One word is compared with each word of the names, and the word is offered.
    c.cmd(&["search", "--person", "Wals"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("did you mean \"Walz\""));
    // A title before the misspelt name, as the articles write it, is no obstacle.
    c.cmd(&["search", "--person", "Governor Tim Waltz"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("did you mean \"Tim Walz\""));
    // Nothing near: where the names are listed.
    c.cmd(&["search", "--person", "Zeppelin"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("`newsdex people` lists the most named"))
        .stderr(predicate::str::contains("did you mean").not());
}

#[test]
fn searching_without_an_index_says_how_to_make_one() {
    let c = Corpus::new();
    c.cmd(&["search", "x"]).assert().code(2).stderr(predicate::str::contains("newsdex ingest"));
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let c = Corpus::new();
    for i in 0..400 {
        c.write(
            &format!("a{i:03}.txt"),
            format!("Story {i}\n\nThe harbour froze again. {}\n", "word ".repeat(60)),
        );
    }
    c.ingest();
    let articles = c.root();
    let articles = articles.to_str().unwrap();
    // Text from search, and JSON through a writer (160 KB: past the pipe's buffer).
    for args in [&["search", "harbour", "--limit", "400"][..], &["extract", "--json", "--body", articles]] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_newsdex"))
            .arg("--index")
            .arg(c.index())
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let mut first = [0u8; 16];
        stdout.read_exact(&mut first).unwrap();
        drop(stdout);
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(out.stderr.is_empty(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn site_filters_keep_to_one_publication_and_its_subdomains() {
    let c = Corpus::new();
    c.write("export.jsonl", SITES_EXPORT);
    c.ingest();
    let titles = |args: &[&str]| -> Vec<String> {
        let mut full = vec!["ferry"];
        full.extend_from_slice(args);
        let json = c.search_json(&full);
        let mut t: Vec<String> = json["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["title"].as_str().unwrap().to_string())
            .collect();
        t.sort();
        t
    };
    assert_eq!(titles(&["--site", "ledger.example"]), ["Ferry crew hired", "Ferry fares rise"]);
    assert_eq!(titles(&["--site", "news.ledger.example"]), ["Ferry crew hired"]);
    // A pasted address names its site; several sites are any of them.
    assert_eq!(titles(&["--site", "https://www.dispatch.example/some/page"]), ["Ferry timetable"]);
    assert_eq!(titles(&["--site", "dispatch.example", "--site", "news.ledger.example"]).len(), 2);
    // A top-level domain is every site under it.
    assert_eq!(titles(&["--site", "example"]).len(), 3);
    assert_eq!(c.search_json(&["ferry site:dispatch.example"])["hits"][0]["title"], "Ferry timetable");
    // In the query as with --site, "www." is no part of a site.
    assert_eq!(c.search_json(&["ferry site:www.dispatch.example"])["hits"][0]["title"], "Ferry timetable");
    // The sites there are, and a site there is not.
    let out = c.cmd(&["sites"]).assert().success().get_output().clone();
    let sites = String::from_utf8(out.stdout).unwrap();
    // The article with no address is counted apart, not silently left out.
    let note = String::from_utf8(out.stderr).unwrap();
    assert!(note.contains("1 of the 4 matching articles have no web address"), "{note}");
    let mut listed: Vec<&str> = sites.lines().map(str::trim).collect();
    listed.sort();
    assert_eq!(listed, ["1  dispatch.example", "1  ledger.example", "1  news.ledger.example"], "{sites}");
    c.cmd(&["search", "ferry", "--site", "bbc.co.uk"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("--site \"bbc.co.uk\": no article comes from this site"));
    c.cmd(&["search", "ferry", "--site", "two words"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("not a site"));
}

#[test]
fn pasted_headlines_wildcards_and_exclusions_search_as_meant() {
    let c = Corpus::new();
    c.write(
        "howard.txt",
        "UK heading wrong way - Howard\n\nMichael Howard said the economy was heading the wrong way.\n",
    );
    c.write(
        "kelley.txt",
        "KELLEY OIL <KLY> BUYING OIL PROPERTIES\n\nThe minister in charge said KELLEY OIL <KLY> would buy wells.\n",
    );
    c.write("economists.txt", "Economists warn\n\nEconomists said economic growth had slowed sharply.\n");
    c.write("cup.txt", "Cup final\n\nThe team won the cup after extra time.\n");
    c.ingest();
    let sorted = |mut names: Vec<String>| {
        names.sort();
        names
    };
    // Headlines pasted whole: a spaced dash, a capitalised IN, a ticker in angle brackets.
    assert_eq!(c.hit_names(&["UK heading wrong way - Howard"]), ["howard.txt"]);
    assert_eq!(c.hit_names(&["KELLEY OIL <KLY> BUYING OIL PROPERTIES"]), ["kelley.txt"]);
    assert_eq!(c.hit_names(&["MINISTER IN CHARGE"]), ["kelley.txt"]);
    // Wildcards: a word's end, inside it, before it, a phrase's last word.
    assert_eq!(sorted(c.hit_names(&["econom*"])), ["economists.txt", "howard.txt"]);
    assert_eq!(c.hit_names(&["*conomist*"]), ["economists.txt"]);
    assert_eq!(c.hit_names(&["ec*my"]), ["howard.txt"]);
    assert_eq!(c.hit_names(&["\"economic gro*\""]), ["economists.txt"]);
    let json = c.search_json(&["econom*", "--person", "howard"]);
    let marked = marks(&json["hits"][0]);
    assert_eq!(marked, ["Howard", "economy"], "the words the pattern covers, and the name");
    // Exclusions alone exclude from every article; a field name in capitals is the field.
    assert_eq!(sorted(c.hit_names(&["--", "-econom* -oil"])), ["cup.txt"]);
    assert_eq!(c.hit_names(&["NOT econom* NOT cup"]), ["kelley.txt"]);
    assert_eq!(c.hit_names(&["Title:economists"]), ["economists.txt"]);
    // A quote left open is a phrase to the end: "growth slowed" is not in this order.
    assert_eq!(c.hit_names(&["\"had slowed"]), ["economists.txt"]);
    assert!(c.hit_names(&["\"slowed had"]).is_empty());
}

#[test]
fn an_abbreviation_in_capitals_finds_it_written_with_stops() {
    let c = Corpus::new();
    c.write(
        "wire.txt",
        "TRADE GAP WIDENS\n\nThe U.S. trade deficit widened in March, the Commerce Department said.\n",
    );
    c.write("web.txt", "US trade deficit grows\n\nThe US trade deficit grew again, officials said.\n");
    c.write("pronoun.txt", "Letters\n\nTell us about trade in your town.\n");
    c.ingest();
    let sorted = |mut names: Vec<String>| {
        names.sort();
        names
    };
    assert_eq!(sorted(c.hit_names(&["US trade deficit"])), ["web.txt", "wire.txt"]);
    // Typed in lower case it is the word as written; "U.S." stays the abbreviation only.
    assert_eq!(sorted(c.hit_names(&["us trade"])), ["pronoun.txt", "web.txt"]);
    assert_eq!(c.hit_names(&["U.S. trade"]), ["wire.txt"]);
    // The stops' form is highlighted too.
    let json = c.search_json(&["US commerce"]);
    let marked = marks(&json["hits"][0]);
    assert_eq!(marked, ["U.S", "Commerce"]);
}

#[test]
fn two_copies_of_one_web_page_are_one_story_whatever_their_extracted_text() {
    let c = Corpus::new();
    // A scraper's export of the page, and the page saved from the browser, whose extractor
    // keeps more of the text: too different to be near copies, but the same address.
    c.write(
        "export.json",
        r#"{"title": "Harbour reopens", "url": "https://news.example.com/harbour-reopens",
            "text": "Ships returned to the harbour on Monday after the ice broke."}"#,
    );
    c.write(
        "saved.html",
        "<html><head><title>Harbour reopens</title>\
         <link rel=\"canonical\" href=\"http://www.news.example.com/harbour-reopens/\"></head>\
         <body><article><h1>Harbour reopens</h1>\
         <p>Ships returned to the harbour on Monday after the ice broke.</p>\
         <p>The port authority said the channel had been cleared overnight by two tugs, and \
         that pilots would guide the first freighters in at dawn.</p>\
         <p>Fishermen, idle since December, lined the quay to watch.</p></article></body></html>",
    );
    c.write("other.txt", "Harbour fees rise\n\nThe harbour board raised mooring fees for the season.\n");
    c.ingest();
    let results = c.search_json(&["harbour"]);
    assert_eq!(results["total"], 3, "{results}");
    assert_eq!(results["stories"], 2, "{results}");
    let hits = results["hits"].as_array().unwrap();
    let copy = hits.iter().find(|h| h["title"] == "Harbour reopens").unwrap();
    assert_eq!(copy["duplicates"].as_array().unwrap().len(), 1, "{copy}");
}

#[test]
fn a_date_filter_over_undated_articles_says_they_have_no_date() {
    let c = Corpus::new();
    c.write("a.txt", "Ferry resumes\n\nThe lake ferry runs again.\n");
    c.write("b.txt", "Ferry fares\n\nFerry fares rise in spring.\n");
    c.ingest();
    c.cmd(&["search", "ferry", "--since", "2004-09", "--until", "2004-12"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("2 articles match \"ferry\" without the filters --since, --until"))
        .stderr(predicate::str::contains("none of them has a publication date"));
    // With only filters too: a person's articles, all undated.
    c.write("d.txt", "Ferry boss\n\nMr Ferrymaster said Jane Okonjo would run the ferry.\n");
    c.ingest();
    c.cmd(&["search", "--person", "Jane Okonjo", "--since", "2004"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("1 article matches without the filter --since\n"))
        .stderr(predicate::str::contains("none of them has a publication date"));
    c.write("c.txt", "Ferry strike\n\nPublished: 2026-03-02\n\nFerry crews walked out.\n");
    c.ingest();
    c.cmd(&["search", "ferry", "--since", "2004-09", "--until", "2004-12"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("publication date").not())
        // No article of the index is of those months: it says which it has.
        .stderr(predicate::str::contains(
            "no article in the index is dated in that span: its dated articles run from 2026-03-02 to 2026-03-02",
        ));
    // `timeline` says what the date filter left out as `search` does, and matches words
    // as `search` does, flags included.
    let out = c.cmd(&["timeline", "--json", "ferry", "--since", "2026"]).output().unwrap();
    let timeline: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((&timeline["articles"], &timeline["undated_left_out"]), (&1.into(), &3.into()), "{timeline}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("3 more articles match but have no publication date")
    );
    let total = |args: &[&str]| {
        let out = c.cmd(args).output().unwrap();
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()["articles"].clone()
    };
    assert_eq!(total(&["timeline", "--json", "ferries"]), 4);
    assert_eq!(total(&["timeline", "--json", "--exact-words", "ferries"]), 0);
    assert_eq!(total(&["timeline", "--json", "--fuzzy", "ferryy"]), 4);
    // A span some article is of, that the words leave empty, gets no such hint.
    c.cmd(&["search", "okonjo", "--since", "2026-03"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("dated in that span").not());
}

#[test]
fn date_bounds_far_in_the_past_or_future_compare_as_dates() {
    let c = Corpus::new();
    c.write("a.txt", "Ferry strike\n\nPublished: 2024-01-08\n\nFerry crews walked out.\n");
    c.ingest();
    let total = |args: &[&str]| {
        let mut all = vec!["ferry"];
        all.extend_from_slice(args);
        c.search_json(&all)["total"].clone()
    };
    // Before, dates past 2262 or before 1678 wrapped around: "--until 9999" matched nothing.
    assert_eq!(total(&["--until", "9999"]), 1);
    assert_eq!(total(&["--since", "1000", "--until", "9999"]), 1);
    assert_eq!(total(&["--since", "1677"]), 1);
    assert_eq!(total(&["--since", "2263"]), 0);
    assert_eq!(total(&["--until", "1500"]), 0);
    c.cmd(&["search", "ferry", "--since", "9999"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("1 article matches \"ferry\" without the filter --since\n"));
}

#[test]
fn a_search_by_name_alone_ranks_the_articles_about_the_name_first() {
    let c = Corpus::new();
    c.write(
        "passing.txt",
        "Phone use grows\n\nHalf of phones go online, said a report that Jane Okonjo welcomed.\n",
    );
    c.write(
        "about.txt",
        "Okonjo sets out ferry plan\n\nJane Okonjo set out her ferry plan on Monday. Okonjo said \
         Tom Reyes and Ann Lee backed it, and Mark Dunn and Sara Holt would run it. Okonjo \
         will report in June.\n",
    );
    c.ingest();
    for args in [&["--person", "Jane Okonjo"][..], &["*", "--person", "Okonjo"], &["person:okonjo"]] {
        assert_eq!(c.hit_names(args), ["about.txt", "passing.txt"], "{args:?}");
    }
}

#[test]
fn a_word_finds_its_other_number_unless_quoted_or_asked_not_to() {
    let c = Corpus::new();
    c.write("one.txt", "Vote\n\nThe election was held on Sunday in the north.\n");
    c.write("many.txt", "Votes\n\nThree elections were held on Sunday, and two more in the spring.\n");
    c.write("firms.txt", "Firms\n\nSeveral companies reported a fall in profit.\n");
    c.write("owners.txt", "Owners\n\nThe new owners arrived on Monday.\n");
    c.write("bulletin.txt", "Bulletin\n\nThe news was bad.\n");
    c.write("debt.txt", "Debt\n\nTwo debt crises and a chairman for the fund.\n");
    c.write("bank.txt", "Bank\n\nThe banking crisis deepened as the chairmen met.\n");
    c.ingest();
    // Plurals no regular rule makes.
    assert_eq!(c.hit_names(&["crisis"]), ["bank.txt", "debt.txt"]);
    assert_eq!(c.hit_names(&["chairmen"]), ["bank.txt", "debt.txt"]);
    // The form typed first, then the other.
    assert_eq!(c.hit_names(&["election"]), ["one.txt", "many.txt"]);
    assert_eq!(c.hit_names(&["elections"]), ["many.txt", "one.txt"]);
    assert_eq!(c.hit_names(&["company", "profit"]), ["firms.txt"]);
    // As typed: in quotes, with --exact-words, and words whose other number is another word.
    assert_eq!(c.hit_names(&["\"election\""]), ["one.txt"]);
    assert_eq!(c.hit_names(&["election", "--exact-words"]), ["one.txt"]);
    assert_eq!(c.hit_names(&["new"]), ["owners.txt"]);
    assert_eq!(c.hit_names(&["news"]), ["bulletin.txt"]);
    assert_eq!(c.hit_names(&["owner"]), ["owners.txt"]);
    // Excluding a word excludes its other number too.
    assert_eq!(c.hit_names(&["sunday -election"]), Vec::<String>::new());
    // Both forms are highlighted.
    let json = c.search_json(&["elections", "--color", "never"]);
    let marked: Vec<String> = json["hits"].as_array().unwrap().iter().flat_map(marks).collect();
    assert!(
        marked.contains(&"elections".to_string()) && marked.contains(&"election".to_string()),
        "{marked:?}"
    );
}

#[test]
fn a_limit_of_zero_gives_the_count_alone() {
    let c = newsroom();
    c.ingest();
    c.cmd(&["search", "budget", "-n", "0"]).assert().success().stdout("2 articles for \"budget\"\n");
    // The filters are said with the count, so that a count copied into notes keeps them.
    c.cmd(&["search", "budget", "-n", "0", "--since", "2026-02", "--folder", "."])
        .assert()
        .success()
        .stdout("1 article for \"budget\" with --folder . --since 2026-02\n");
    let out = c.cmd(&["search", "--person", "Tim Walz"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("Showing 1–1 of 1 article with --person \"Tim Walz\""), "{text}");
    let json = c.search_json(&["budget", "-n", "0"]);
    assert_eq!(json["total"], 2, "{json}");
    assert!(json["hits"].as_array().unwrap().is_empty(), "{json}");
    // Nothing matching is still no hits.
    c.cmd(&["search", "zzyzx", "-n", "0"]).assert().code(1);
}

#[test]
fn a_quote_pasted_whole_finds_its_article_with_its_inner_quotes_punctuation_and_omissions() {
    let c = Corpus::new();
    c.write(
        "pay.txt",
        "Maternity pay rise\n\nThe Tories dismissed the plan as \"desperate\", while the Liberal Democrats said it was misdirected. Ministers gave a firm commitment to extend it, and would definitely extend it again.\n",
    );
    c.write("other.txt", "Other story\n\nA firm commitment was made about the desperate plan.\n");
    c.ingest();
    for quote in [
        r#""The Tories dismissed the plan as "desperate", while the Liberal Democrats said it was misdirected.""#,
        "“The Tories dismissed the plan as “desperate”, while the Liberal Democrats”",
        r#""gave a firm commitment to extend it"."#,
        r#""gave a firm commitment"…"#,
        r#""a firm commitment ... definitely extend it again""#,
        "“dismissed the plan […] said it was misdirected”",
    ] {
        assert_eq!(c.hit_names(&[quote]), ["pay.txt"], "{quote}");
    }
    // The words either side of an omission are still phrases: the other story has the
    // words, not the phrases.
    assert!(c.hit_names(&[r#""commitment was ... the plan""#]).is_empty());
}

#[test]
fn words_typed_together_rank_the_articles_that_write_them_together_first() {
    let c = Corpus::new();
    // "Cup" in the headline weighs more than the body: before, this came first.
    c.write(
        "davis.txt",
        "Henman quits the Davis Cup\n\nThe British number one said the world of tennis would miss the Cup.\n",
    );
    c.write(
        "world-cup.txt",
        "Republic to face China\n\nThe draw for the World Cup qualifiers put the Republic with China. The World Cup starts in June.\n",
    );
    c.ingest();
    assert_eq!(c.hit_names(&["world", "cup"]), ["world-cup.txt", "davis.txt"]);
    // In the other order the words are not written together anywhere: the headline wins.
    assert_eq!(c.hit_names(&["cup", "world"]), ["davis.txt", "world-cup.txt"]);
}

#[test]
fn match_any_or_some_of_the_words_ranks_the_articles_holding_more_of_them_first() {
    let c = Corpus::new();
    c.write(
        "all-three.txt",
        "Opec cuts output\n\nOpec said crude oil output would fall as petroleum stocks grew.\n",
    );
    c.write("two.txt", "Refinery fire\n\nCrude prices rose after a fire at a petroleum refinery.\n");
    c.write("one.txt", "Pipeline opens\n\nThe new pipeline carries crude from the coast.\n");
    c.write("none.txt", "Harbour budget\n\nThe council agreed the harbour budget.\n");
    c.ingest();
    let words = ["opec", "crude", "petroleum"];
    let with = |how: &str| {
        let mut args = vec!["--match", how];
        args.extend(words);
        c.hit_names(&args)
    };
    // By default every word is required.
    assert_eq!(c.hit_names(&words), ["all-three.txt"]);
    // Any one of them will do, and the more of them an article holds, the higher it ranks.
    assert_eq!(with("any"), ["all-three.txt", "two.txt", "one.txt"]);
    assert_eq!(with("2"), ["all-three.txt", "two.txt"]);
    // 70% of three words is two, rounded down.
    assert_eq!(with("70%"), ["all-three.txt", "two.txt"]);
    assert_eq!(with("all"), ["all-three.txt"]);
    // A word given an operator keeps it: "+pipeline" is required, "-opec" excludes.
    assert_eq!(c.hit_names(&["--match", "any", "crude", "petroleum", "+pipeline"]), ["one.txt"]);
    assert_eq!(c.hit_names(&["--match", "any", "--", "crude", "petroleum", "-opec"]), ["two.txt", "one.txt"]);
    // The counts of the other commands take it too.
    let timeline = c.cmd(&["timeline", "--match", "2", "opec", "crude", "petroleum"]).output().unwrap();
    assert!(String::from_utf8_lossy(&timeline.stdout).contains("2 matching articles"), "{timeline:?}");
    c.cmd(&["search", "--match", "most", "crude"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--match").and(predicates::str::contains("a share of them (75%)")));
}

#[test]
fn a_plural_is_not_taken_for_a_shorter_word_nor_an_abbreviation_for_a_word() {
    let c = Corpus::new();
    c.write("notes.txt", "Budget notes\n\nThe treasury published its notes on the budget.\n");
    c.write("note.txt", "A note on rates\n\nThe bank sent a note to lenders.\n");
    c.write("not.txt", "Council vote\n\nThe council did not agree the harbour plan.\n");
    c.write("aids.txt", "AIDS funding\n\nAIDS research funding rose this year.\n");
    c.write("aid.txt", "Flood aid\n\nThe aid convoy reached the valley.\n");
    c.ingest();
    let mut notes = c.hit_names(&["notes"]);
    notes.sort();
    assert_eq!(notes, ["note.txt", "notes.txt"], "\"notes\" is \"note\", not \"not\"");
    assert_eq!(c.hit_names(&["AIDS"]), ["aids.txt"], "an abbreviation in capitals is not \"aid\"");
    let mut aid = c.hit_names(&["aids"]);
    aid.sort();
    assert_eq!(aid, ["aid.txt", "aids.txt"], "in lower case, the plural of \"aid\"");
    // A query pasted in capitals finds what the same words in lower case find: its
    // capitals say nothing of any one word.
    for (upper, lower) in [("NOTES", "notes"), ("BUDGET NOTES", "budget notes"), ("AID", "aid")] {
        let (mut shouted, mut typed) = (c.hit_names(&[upper]), c.hit_names(&[lower]));
        shouted.sort();
        typed.sort();
        assert_eq!(shouted, typed, "{upper} against {lower}");
    }
    assert_eq!(c.hit_names(&["NOTES"]).len(), 2, "NOTES is \"note\" too");
}

#[test]
fn an_operator_typed_in_lower_case_or_as_a_symbol_is_said_to_be_none() {
    let c = Corpus::new();
    c.write("oil.txt", "Oil output\n\nOil output rose.\n");
    c.write("gas.txt", "Gas prices\n\nGas or coal: the plant burns either.\n");
    c.ingest();
    let out = c.cmd(&["search", "gas or coal"]).assert().success().get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("\"or\" is searched as a word: for either word, write OR (in capitals)"),
        "{stderr}"
    );
    assert_eq!(c.hit_names(&["oil || gas"]), Vec::<String>::new());
    let out = c.cmd(&["search", "oil || gas"]).assert().code(1).get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("\"||\" is no operator and was passed over: for either word, write OR"),
        "{stderr}"
    );
    let out = c.cmd(&["search", "oil OR gas"]).assert().success().get_output().clone();
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    // Habits from Lucene and Elasticsearch: every article, an empty phrase, a quote left
    // open, a one-letter wildcard, a half-life without the recency sort.
    assert_eq!(c.search_json(&["*:*"])["total"], 2);
    c.cmd(&["search", "title:\"\""])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("has no word to search for"));
    let json = c.search_json(&["\"gas prices"]);
    assert_eq!(json["total"], 1);
    assert_eq!(
        json["notes"][0],
        "a '\"' is not closed: the words after it are searched as one phrase, to the end of the query"
    );
    c.cmd(&["search", "g?s"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("? is no wildcard here; * stands for any letters (g*s)"));
    c.cmd(&["search", "oil", "--half-life", "1y"])
        .assert()
        .success()
        .stderr(predicate::str::contains("--half-life is for --sort recent only"));
    c.cmd(&["search", "oil", "--half-life", "1y", "--sort", "recent"]).assert().success().stderr("");
}

#[test]
fn a_possessive_finds_the_name_written_alone() {
    let c = Corpus::new();
    c.write("a.txt", "Budget\n\nBlair's budget passed.\n");
    c.write("b.txt", "Speech\n\nTony Blair spoke on Monday.\n");
    c.ingest();
    let mut both = c.hit_names(&["Blair's"]);
    both.sort();
    assert_eq!(both, ["a.txt", "b.txt"]);
    assert_eq!(c.hit_names(&["\"Blair's budget\""]), ["a.txt"], "quoted, as written");
}

#[test]
fn a_date_filter_says_how_many_undated_articles_it_leaves_out() {
    let c = Corpus::new();
    c.write(
        "dated.txt",
        "Lighthouse keeper retires\n\nPublished: 2026-02-09\n\nThe last lighthouse keeper retired.\n",
    );
    c.write("undated.txt", "Lighthouse history\n\nThe lighthouse was built of granite.\n");
    c.write(
        "undated.json",
        r#"{"title": "Lighthouse tours", "text": "Tours of the lighthouse start in May."}"#,
    );
    c.ingest();
    let stderr = |args: &[&str]| {
        let out = c.cmd(args).assert().success().get_output().clone();
        String::from_utf8(out.stderr).unwrap()
    };
    let note = stderr(&["search", "--since", "2026", "--until", "2026-03", "lighthouse"]);
    assert!(
        note.contains(
            "2 more articles match but have no publication date, which --since and --until leave out"
        ),
        "{note}"
    );
    // None without a date filter, nor when the filter leaves out no undated article.
    assert!(!stderr(&["search", "lighthouse"]).contains("no publication date"));
    assert!(!stderr(&["search", "--since", "2026", "keeper"]).contains("no publication date"));
    assert!(stderr(&["--quiet", "search", "--since", "2026", "lighthouse"]).is_empty());
    // A saved answer says it too, as the API does.
    let json = c.search_json(&["--since", "2026", "lighthouse"]);
    assert_eq!((json["total"].as_u64(), json["undated_left_out"].as_u64()), (Some(1), Some(2)), "{json}");
    assert_eq!(c.search_json(&["lighthouse"])["undated_left_out"], 0);
}

#[test]
fn show_prints_a_stored_article_whole_by_path_id_or_uid() {
    let c = Corpus::new();
    c.write(
        "ferry.txt",
        "Ferry returns to service\n\nBy Ana Ruiz\n\nThe island ferry returned to service on Monday after repairs to its hull.\n\nPassengers said the three-week gap had cut them off from the mainland hospital and the schools.\n",
    );
    c.write(
        "wire.jsonl",
        concat!(
            r#"{"title": "Port strike ends", "text": "Dockers voted to end the strike.", "date": "2026-02-01"}"#,
            "\n",
            r#"{"title": "Port reopens", "text": "The port reopened to ships on Tuesday.", "date": "2026-02-03"}"#,
            "\n"
        ),
    );
    c.ingest();
    let shown =
        c.cmd(&["show", "articles/ferry.txt", "--color", "never"]).assert().success().get_output().clone();
    let text = String::from_utf8(shown.stdout).unwrap();
    assert!(text.starts_with("Ferry returns to service\n"), "{text}");
    assert!(text.contains("by Ana Ruiz"), "{text}");
    assert!(
        text.contains("after repairs to its hull.\n\nPassengers said the three-week gap"),
        "paragraphs apart: {text}"
    );
    // One article of a many-article file, by PATH#ID, as JSON.
    let out = c.cmd(&["show", "wire.jsonl#2", "--json"]).assert().success().get_output().clone();
    let record: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(record["title"], "Port reopens");
    assert_eq!(record["body"], "The port reopened to ships on Tuesday.");
    assert_eq!(record["date"], "2026-02-03");
    // By the uid a search gives, with the words of a query marked.
    let uid = c.search_json(&["dockers"])["hits"][0]["uid"].as_str().unwrap().to_string();
    let out = c
        .cmd(&["show", &uid, "--mark", "strike", "--color", "never"])
        .assert()
        .success()
        .get_output()
        .clone();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Port **strike** ends") && text.contains("to end the **strike**."), "{text}");
    // A file changed since the last ingest: its text now, and a warning saying so.
    c.write("ferry.txt", "Ferry returns to service\n\nThe ferry sails again.\n");
    let out = c.cmd(&["show", "ferry.txt"]).assert().success().get_output().clone();
    assert!(String::from_utf8_lossy(&out.stdout).contains("The ferry sails again."));
    assert!(String::from_utf8_lossy(&out.stderr).contains("changed since the last ingest"));
    // An article the index does not hold is an error naming it.
    c.cmd(&["show", "nowhere.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nowhere.txt: no such article in the index"));
    // By its headline, as a hit shows it, in any case.
    let out = c.cmd(&["show", "port REOPENS", "--json"]).assert().success().get_output().clone();
    let record: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(record["title"], "Port reopens");
    // A hit's number is no name: the error says what is.
    c.cmd(&["show", "1"]).assert().code(2).stderr(predicate::str::contains("not its number in the list"));
    // A file the ingest skipped says so.
    c.write("empty.txt", "");
    c.ingest();
    c.cmd(&["show", "articles/empty.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the ingest skipped this file (empty, binary or without text)"));
    // A file deleted since: its text is said unavailable where it would be, not left blank.
    std::fs::remove_file(c.root().join("ferry.txt")).unwrap();
    c.cmd(&["show", "ferry.txt"]).assert().success().stdout(
        predicate::str::contains("\n[text not available: ").and(predicate::str::contains("deleted or moved")),
    );
}

#[test]
fn a_quote_no_article_writes_says_whether_its_words_are_there_all_the_same() {
    let c = Corpus::new();
    c.write(
        "bid.txt",
        "Maternity pay\n\nShe said it was a desperate bid to win back women voters before the election.\n",
    );
    c.ingest();
    let hints = |query: &str| {
        let out = c.cmd(&["search", query]).assert().code(1).get_output().clone();
        String::from_utf8(out.stderr).unwrap()
    };
    // A word changed: which quote, without it, is there.
    let changed = hints(r#""desperate attempt to win back women voters""#);
    assert!(
        changed.contains(
            "no article writes the quote as given; without the quotes, 1 article matches \"desperate to win back women voters\" (without \"attempt\")"
        ),
        "{changed}"
    );
    // The words in another order: all there.
    let reordered = hints("“win back voters women”.");
    assert!(reordered.contains("but 1 article has all its words"), "{reordered}");
    // Words no article has: nothing to say of the quote.
    assert!(!hints(r#""zebra quokka ballet""#).contains("the quote"));
}

#[test]
fn a_proximity_search_marks_its_words_where_they_stand_together() {
    let c = Corpus::new();
    c.write(
        "bid.txt",
        "Maternity pay\n\nMaternity pay for new mothers is to rise by a sum announced on Sunday. The plans were old. \
         Tony Blair is now recycling it in his desperate bid to win back women voters, the Conservatives said.\n",
    );
    c.ingest();
    let json = c.search_json(&[r#""desperate women voters"~4"#]);
    assert_eq!(json["total"], 1);
    // One span from its first word to its last, as --kwic gives one line per match.
    let marked = marks(&json["hits"][0]);
    assert_eq!(marked, ["desperate bid to win back women voters"], "{}", json["hits"][0]["snippet"]);
}

#[test]
fn a_wildcard_standing_for_more_words_than_are_searched_says_so() {
    let c = Corpus::new();
    // 300 words starting "zq", more than the 256 a wildcard is expanded to.
    let letters: Vec<char> = ('a'..='z').collect();
    let words: Vec<String> =
        letters.iter().flat_map(|a| letters.iter().map(move |b| format!("zq{a}{b}"))).take(300).collect();
    c.write("list.txt", format!("A long list\n\n{}.\n", words.join(" ")));
    c.write("short.txt", "A short list\n\nThe zqaa and zqab stand apart, as does the word quorum.\n");
    c.ingest();
    let cut = c.cmd(&["search", "zq*"]).assert().success().get_output().stderr.clone();
    let cut = String::from_utf8_lossy(&cut);
    assert!(cut.contains("zq* stands for 300 words of the text; the 256 most used were searched"), "{cut}");
    // A leading wildcard is named as typed, and said once though it is searched in
    // headlines and text.
    let leading = c.cmd(&["search", "*q*"]).assert().success().get_output().stderr.clone();
    let leading = String::from_utf8_lossy(&leading);
    assert_eq!(leading.matches("*q* stands for 301 words of the text").count(), 1, "{leading}");
    // A pattern within the cap says nothing of it.
    let whole = c.cmd(&["search", "quo*"]).assert().success().get_output().stderr.clone();
    assert!(!String::from_utf8_lossy(&whole).contains("stands for"), "{}", String::from_utf8_lossy(&whole));
}

#[test]
fn an_index_built_in_another_order_lists_equal_scores_and_copies_alike() {
    let articles = [
        ("a/harbour.txt", "Harbour reopens\n\nShips returned to the harbour on Monday after the storm.\n"),
        ("a/ferry.txt", "Ferry returns\n\nThe lake ferry returned to service on Friday morning.\n"),
        ("a/copy.txt", "Bridge closes\n\nThe old bridge closed for repairs, the council said on Tuesday.\n"),
        ("b/copy.txt", "Bridge closes\n\nThe old bridge closed for repairs, the council said on Tuesday.\n"),
        ("b/market.txt", "Market moves\n\nThe covered market moves to the square next spring.\n"),
        ("b/school.txt", "School opens\n\nThe new school opened its doors to four hundred pupils.\n"),
    ];
    let (whole, in_parts) = (Corpus::new(), Corpus::new());
    for c in [&whole, &in_parts] {
        articles.iter().for_each(|(name, text)| drop(c.write(name, text)));
    }
    whole.ingest();
    // The second index takes folder b first: its articles sit before a's in the index.
    in_parts.cmd(&["ingest", "articles/b"]).assert().success();
    in_parts.ingest();
    let listed = |c: &Corpus, args: &[&str]| -> Vec<(String, Vec<String>)> {
        let root = c.root().canonicalize().unwrap();
        let relative = |p: &serde_json::Value| {
            let path = std::path::PathBuf::from(p.as_str().unwrap());
            path.strip_prefix(&root).unwrap_or(&path).display().to_string()
        };
        let json = c.search_json(args);
        json["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| {
                (relative(&h["path"]), h["duplicates"].as_array().unwrap().iter().map(relative).collect())
            })
            .collect()
    };
    for args in [&["*"][..], &["*", "--no-collapse"], &["*", "--sort", "date"], &["the"]] {
        let first = listed(&whole, args);
        assert_eq!(first, listed(&in_parts, args), "{args:?}");
        assert_eq!(first.len(), if args.contains(&"--no-collapse") { 6 } else { 5 }, "{args:?}");
    }
    // Of two copies of one file, the first path leads.
    let copies = listed(&in_parts, &["bridge"]);
    assert_eq!(copies, [("a/copy.txt".to_string(), vec!["b/copy.txt".to_string()])]);
}

#[test]
fn a_folder_filter_keeps_one_section_of_an_archive() {
    let c = Corpus::new();
    c.write("business/a.txt", "Budget\n\nTony Blair backed the budget for business.\n");
    c.write("politics/b.txt", "Speech\n\nTony Blair spoke in parliament.\n");
    c.write("politics/old/c.txt", "Vote\n\nTony Blair won the vote.\n");
    c.write("politics-extra/d.txt", "Other\n\nTony Blair in another folder.\n");
    c.ingest();
    let mut politics = c.hit_names(&["blair", "--folder", "articles/politics"]);
    politics.sort();
    assert_eq!(politics, ["b.txt", "c.txt"], "the folder and its subfolders, not a folder named alike");
    let mut either =
        c.hit_names(&["blair", "--folder", "articles/business", "--folder", "articles/politics/old"]);
    either.sort();
    assert_eq!(either, ["a.txt", "c.txt"]);
    assert_eq!(c.hit_names(&["blair", "--folder", "articles/business/a.txt"]), ["a.txt"], "a file");
    // Without a query, and in the name lists and the timeline.
    assert_eq!(c.search_json(&["--folder", "articles/politics"])["total"], 2);
    let people = c
        .cmd(&["people", "--folder", "articles/business", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let people: serde_json::Value = serde_json::from_slice(&people).unwrap();
    assert_eq!(people["people"][0]["articles"], 1, "{people}");
    assert_eq!(people["articles"], 1, "{people}");
    // A folder nothing came from is said to be one.
    c.cmd(&["search", "blair", "--folder", "articles/sport"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("articles/sport\": no article in the index comes from there"));
    // A relative path not there from here is the end of a folder's path (the API's folder=
    // from another machine): not a folder merely ending alike.
    assert_eq!(c.hit_names(&["blair", "--folder", "politics/old"]), ["c.txt"]);
    assert_eq!(c.hit_names(&["blair", "--folder", "old"]), ["c.txt"]);
    assert!(c.hit_names(&["blair", "--folder", "itics"]).is_empty());
}

#[test]
fn an_article_is_found_by_its_web_address_however_the_address_is_dressed() {
    let c = Corpus::new();
    c.write(
        "cms/export.json",
        r#"[{"title": "Tram referendum called", "url": "https://news.example/2026/03/05/tram-referendum?utm_source=rss", "text": "Opponents of the tram line called a referendum."},
            {"title": "Bus lanes added", "url": "https://news.example/2026/03/06/bus-lanes", "text": "The council added bus lanes."}]"#,
    );
    c.ingest();
    let found = |args: &[&str]| c.hit_names(args).len();
    for address in [
        "https://news.example/2026/03/05/tram-referendum",
        "http://www.news.example/2026/03/05/tram-referendum/",
        "https://news.example/2026/03/05/tram-referendum?utm_medium=social#comments",
    ] {
        let json = c.search_json(&["--url", address]);
        assert_eq!(json["total"], 1, "{address}");
        assert_eq!(json["hits"][0]["title"], "Tram referendum called");
    }
    assert_eq!(
        found(&[
            "--url",
            "https://news.example/2026/03/05/tram",
            "--url",
            "https://news.example/2026/03/06/bus-lanes"
        ]),
        1
    );
    let out = c.cmd(&["search", "--url", "news.example"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a web address"));
    // `url:` in a query says how to find an address.
    let out = c.cmd(&["search", "url:\"https://news.example/x\""]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("--url ADDRESS"));
    // `show` takes an address, and shows the others of a batch when one is not there.
    let out = c
        .cmd(&[
            "show",
            "--json",
            "https://news.example/2026/03/06/bus-lanes",
            "0000000000000000",
            "http://news.example/2026/03/05/tram-referendum",
        ])
        .output()
        .unwrap();
    let titles: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["title"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(titles, ["Bus lanes added", "Tram referendum called"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("0000000000000000"));
}

#[test]
fn a_zone_given_with_a_date_filter_is_said_to_be_passed_over_in_the_notes() {
    let c = newsroom();
    c.ingest();
    let json = c.search_json(&["transit", "--since", "2026-03-01T09:00:00Z"]);
    assert_eq!(
        json["notes"],
        serde_json::json!([
            "--since: the offset or zone is not applied: a time is compared with each article's own clock as published"
        ])
    );
    let out = c.cmd(&["search", "transit", "--since", "2026-03-01T09:00:00+01:00"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("--since: the offset or zone is not applied"));
    // No zone, no note.
    assert_eq!(c.search_json(&["transit", "--since", "2026-03-01T09:00:00"])["notes"], serde_json::json!([]));
    let out = c.cmd(&["timeline", "transit", "--until", "2026-03-01T09:00:00Z"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("--until: the offset or zone is not applied"));
}

#[test]
fn search_json_says_why_nothing_matched_as_the_api_does() {
    let c = newsroom();
    c.ingest();
    let json = c.search_json(&["transit", "--person", "Nobody Atall"]);
    assert_eq!(json["total"], 0);
    let hints = json["hints"].as_array().expect("hints when nothing matched");
    assert!(hints.iter().any(|h| h.as_str().unwrap().starts_with("--person \"Nobody Atall\"")), "{hints:?}");
    assert!(c.search_json(&["transit"]).get("hints").is_none());
}

#[test]
fn the_original_leads_its_copies_saved_under_copy_names() {
    let c = Corpus::new();
    let text = "Whales stranded\n\nForty whales stranded on the beach at dawn, and volunteers kept them wet until the tide turned.\n";
    c.write("story.txt", text);
    c.write("story copy.txt", text);
    c.write("Copy of story.txt", text);
    c.write("story (1).txt", text);
    c.ingest();
    let json = c.search_json(&["whales"]);
    assert_eq!(json["stories"], 1, "{json}");
    assert_eq!(file_name(json["hits"][0]["path"].as_str().unwrap()), "story.txt", "{json}");
    assert_eq!(json["hits"][0]["duplicates"].as_array().unwrap().len(), 3);
}

#[test]
fn a_template_lists_the_copies_folded_into_a_hit() {
    let c = Corpus::new();
    let text = "Whales stranded\n\nForty whales stranded on the beach at dawn, and volunteers kept them wet until the tide turned.\n";
    c.write("story.txt", text);
    c.write("story copy.txt", text);
    c.write("other.txt", "Seals counted\n\nVolunteers counted the seals on the beach at dawn.\n");
    c.ingest();
    let out =
        c.cmd(&["search", "beach", "--sort", "oldest", "--format", "{ref}|{duplicates}"]).output().unwrap();
    let rows = String::from_utf8_lossy(&out.stdout);
    let whales = rows.lines().find(|row| row.contains("story.txt|")).unwrap_or_else(|| panic!("{rows}"));
    assert!(whales.ends_with("/story copy.txt"), "the copy by its ref: {rows}");
    assert!(!whales.split('|').nth(1).unwrap().starts_with('/'), "a ref, not the absolute path: {rows}");
    let seals = rows.lines().find(|row| row.contains("other.txt")).unwrap();
    assert!(seals.ends_with("other.txt|"), "no copies, an empty field: {rows}");
    let out = c.cmd(&["search", "whales", "--format", "{duplicates:json}"]).output().unwrap();
    let copies: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(copies.as_array().map(Vec::len), Some(1), "{copies}");
}

#[test]
fn each_hit_names_its_site_in_json_in_a_template_and_in_show() {
    let c = Corpus::new();
    c.write("export.jsonl", SITES_EXPORT);
    c.ingest();
    // The site is the host without "www.", as --site takes it; none without an address.
    let json = c.search_json(&["deckhands"]);
    assert_eq!(json["hits"][0]["site"], "news.ledger.example", "{json}");
    assert_eq!(c.search_json(&["docked"])["hits"][0]["site"], serde_json::Value::Null);
    let out = c.cmd(&["search", "ferry", "--format", "{site}|{title}"]).assert().success();
    let mut lines: Vec<String> =
        String::from_utf8(out.get_output().stdout.clone()).unwrap().lines().map(String::from).collect();
    lines.sort();
    assert_eq!(
        lines,
        [
            "dispatch.example|Ferry timetable",
            "ledger.example|Ferry fares rise",
            "news.ledger.example|Ferry crew hired",
            "|Ferry without an address"
        ]
    );
    let uid = json["hits"][0]["uid"].as_str().unwrap();
    let out = c.cmd(&["show", "--json", uid]).assert().success().get_output().stdout.clone();
    let shown: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(shown["site"], "news.ledger.example", "{shown}");
}

#[test]
fn format_prints_one_line_per_hit_from_a_template_for_a_list_to_paste() {
    let c = newsroom();
    c.ingest();
    let out = c
        .cmd(&["search", "budget", "--sort", "date", "--format", "- [{title}]({link}) ({day})"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(
        lines[0].starts_with("- [Council adjourns](/") && lines[0].ends_with("body-match.txt) (2026-02-15)")
    );
    assert!(lines[1].starts_with("- [Budget vote delayed again](/") && lines[1].ends_with("(2026-01-10)"));
    // Tabs for a table; nothing marked; an unknown field is refused with the ones there are.
    let out = c.cmd(&["search", "walz", "--format", "{day}\\t{byline}\\t{people}"]).output().unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "2026-03-03\tLena Park\tTim Walz\n");
    c.cmd(&["search", "walz", "--format", "{heading}"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("{heading} is no field of a hit: use title, headline, date"));
}

#[test]
fn format_escapes_fields_for_markdown_and_csv_and_heads_an_untitled_article_by_its_text() {
    let c = Corpus::new();
    c.write(
        "wire.jsonl",
        concat!(
            r#"{"title": "DUPONT <DD> UNIT SELLS [B SHARES", "text": "Harbour freight: the unit sold its shares."}"#,
            "\n",
            r#"{"title": "BUDGET 3.0 | Sars, \"final\"", "text": "Harbour budget three passed."}"#,
            "\n",
            r#"{"text": "Harbour grain shipments set a record on Monday. Ports were busy all week."}"#,
            "\n",
        ),
    );
    c.ingest();
    let lines = |template: &str| -> Vec<String> {
        let out = c.cmd(&["search", "harbour", "--format", template]).assert().success();
        let mut lines: Vec<String> =
            String::from_utf8(out.get_output().stdout.clone()).unwrap().lines().map(String::from).collect();
        lines.sort();
        lines
    };
    // A Markdown list whose titles render as written, and whose links name each article.
    let md = lines("- [{headline:md}]({link})");
    assert!(md[0].starts_with("- [BUDGET 3.0 \\| Sars, \"final\"](/"), "{md:?}");
    assert!(md[1].starts_with("- [DUPONT \\<DD\\> UNIT SELLS \\[B SHARES](/"), "{md:?}");
    assert!(md[2].starts_with("- [Harbour grain shipments set a record on Monday.](/"), "{md:?}");
    let links: Vec<&str> = md.iter().map(|l| l.rsplit('/').next().unwrap()).collect();
    assert_eq!(links, ["wire.jsonl#2)", "wire.jsonl#1)", "wire.jsonl#3)"]);
    // CSV cells: quoted when they hold a comma or a quote; the headline of an untitled one.
    assert_eq!(
        lines("{title:csv},{day}"),
        ["\"BUDGET 3.0 | Sars, \"\"final\"\"\",", ",", "DUPONT <DD> UNIT SELLS [B SHARES,"]
    );
    assert_eq!(lines("{headline:json}")[0], "\"BUDGET 3.0 | Sars, \\\"final\\\"\"");
    // The text output heads the untitled article by its opening too.
    c.cmd(&["search", "grain"])
        .assert()
        .success()
        .stdout(predicate::str::contains(" 1. (untitled) Harbour grain shipments set a record on Monday.\n"));
}

#[test]
fn format_gives_the_id_of_an_article_in_a_file_of_many_as_show_takes_it() {
    let c = Corpus::new();
    c.write(
        "wire.jsonl",
        "{\"title\": \"Ferry resumes\", \"text\": \"The harbour ferry resumed service.\"}\n\
         {\"title\": \"Grain record\", \"text\": \"Grain shipments set a harbour record.\"}\n",
    );
    c.ingest();
    let out = c.cmd(&["search", "grain", "--format", "{id}"]).output().unwrap();
    let id = String::from_utf8(out.stdout).unwrap().trim().to_string();
    assert!(id.ends_with("/wire.jsonl#2"), "{id}");
    c.cmd(&["show", &id]).assert().success().stdout(predicate::str::contains("Grain record"));
}

#[test]
fn format_and_json_snippets_say_where_the_text_goes_on_as_the_text_view_does() {
    let c = Corpus::new();
    let filler = "The council met for hours and talked about roads, schools and the library. ".repeat(6);
    c.write(
        "long.txt",
        format!("Council session\n\n{filler}Then the ferry timetable was read out. {filler}"),
    );
    c.write("short.txt", "Ferry note\n\nThe ferry ran.\n");
    c.ingest();
    let text = String::from_utf8(c.cmd(&["search", "timetable"]).output().unwrap().stdout).unwrap();
    let shown = text.lines().last().unwrap().trim().replace("**", "");
    assert!(shown.starts_with('…') && shown.ends_with('…'), "{text}");
    let out = c.cmd(&["search", "timetable", "--format", "{snippet}"]).output().unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim_end(), shown);
    let hit = &c.search_json(&["timetable"])["hits"][0];
    assert_eq!(
        (&hit["snippet_starts_mid_text"], &hit["snippet_ends_mid_text"]),
        (&true.into(), &true.into())
    );
    // The snippet's text and offsets are without the marks.
    assert!(!hit["snippet"].as_str().unwrap().contains('…'), "{hit}");
    assert_eq!(marks(hit), ["timetable"]);
    let hit = &c.search_json(&["ran"])["hits"][0];
    assert_eq!(
        (&hit["snippet_starts_mid_text"], &hit["snippet_ends_mid_text"]),
        (&false.into(), &false.into())
    );
    let out = c.cmd(&["search", "ran", "--format", "{snippet}\\\\t{title}"]).output().unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "The ferry ran.\\tFerry note\n");
}

#[test]
fn the_latest_version_of_a_page_leads_its_earlier_versions_and_says_when_it_changed() {
    let c = Corpus::new();
    let page = |headline: &str, modified: &str, text: &str| {
        format!(
            r#"<!doctype html><html lang="en"><head><title>{headline}</title>
            <link rel="canonical" href="https://ledger.example/news/school-closures">
            <script type="application/ld+json">{{"@type":"NewsArticle","headline":"{headline}",
            "datePublished":"2025-05-14T21:05:00-04:00","dateModified":"{modified}"}}</script></head>
            <body><article><h1>{headline}</h1><p>{text}</p><p>The school board met on Tuesday night
            in the district offices, and parents spoke for three hours against the closures.</p>
            </article></body></html>"#
        )
    };
    c.write(
        "school-closures-2025-05-14.html",
        page(
            "School board votes to close three schools",
            "2025-05-14T21:05:00-04:00",
            "The school board voted to close three elementary schools.",
        ),
    );
    c.write(
        "school-closures-2025-05-16.html",
        page(
            "School board votes to close two schools",
            "2025-05-16T08:00:00-04:00",
            "The school board voted to close two elementary schools. Correction: an earlier version said three.",
        ),
    );
    c.ingest();
    // The older version scores better for "three", yet the page as it now reads leads.
    let json = c.search_json(&["three schools"]);
    assert_eq!(json["stories"], 1, "{json}");
    let hit = &json["hits"][0];
    assert_eq!(hit["title"], "School board votes to close two schools", "{json}");
    assert_eq!(hit["modified"], "2025-05-16T08:00:00-04:00");
    assert_eq!(hit["date"], "2025-05-14T21:05:00-04:00");
    assert!(hit["duplicates"][0].as_str().unwrap().ends_with("school-closures-2025-05-14.html"));
    c.cmd(&["search", "three schools"])
        .assert()
        .success()
        .stdout(predicate::str::contains("2025-05-14 21:05 -04:00 (updated 2025-05-16 08:00 -04:00)"));
}

#[test]
fn a_person_is_found_however_the_papers_wrote_the_name() {
    let c = Corpus::new();
    c.write(
        "1921-03-05-obituary.txt",
        "Death of a merchant\n\nJohn R. Smith, for forty years a merchant of this city, died on Thursday. Mr. Smith came to the city in 1872.\n",
    );
    c.write(
        "1921-04-02-probate.txt",
        "Probate court\n\nIn the matter of the estate of John Robert Smith, deceased, letters were granted to his widow.\n",
    );
    c.write(
        "1921-05-01-council.txt",
        "Council news\n\nAlderman Jane Smith spoke for the new bridge. Alderman Frank Baker spoke against it.\n",
    );
    c.write(
        "1899-01-07-bakery.txt",
        "Bakery fire\n\nThe bakery of Otto Mueller on Main Street burned on Friday. Mr. Mueller lost everything.\n",
    );
    c.write(
        "1899-02-11-concert.txt",
        "A concert\n\nProfessor Ernst Müller, lately of Bremen, conducted the choir. Müller was applauded.\n",
    );
    c.ingest();
    let sorted = |args: &[&str]| {
        let mut names = c.hit_names(args);
        names.sort();
        names
    };
    let smiths = ["1921-03-05-obituary.txt", "1921-04-02-probate.txt"];
    // Without the middle name, with initials, surname first: the same man, not Jane.
    for name in ["John Smith", "J. R. Smith", "John R. Smith", "Smith, John", "John Robert Smith"] {
        assert_eq!(sorted(&["--person", name]), smiths, "--person {name}");
    }
    assert_eq!(c.hit_names(&["--person", "Jane Smith"]), ["1921-05-01-council.txt"]);
    assert!(c.hit_names(&["--person", "John T. Smith"]).is_empty(), "another middle initial is another man");
    // Umlauts written or spelled out.
    assert_eq!(sorted(&["--person", "Mueller"]), ["1899-01-07-bakery.txt", "1899-02-11-concert.txt"]);
    assert_eq!(sorted(&["--person", "Müller"]), ["1899-01-07-bakery.txt", "1899-02-11-concert.txt"]);
    assert_eq!(c.hit_names(&["--person", "Otto Müller"]), ["1899-01-07-bakery.txt"]);
    // A misspelt name is found with --fuzzy, as a misspelt word is.
    assert!(c.hit_names(&["--person", "Frank Bakker"]).is_empty());
    assert_eq!(c.hit_names(&["--person", "Frank Bakker", "--fuzzy"]), ["1921-05-01-council.txt"]);
}

#[test]
fn an_old_papers_masthead_and_date_lines_date_it_and_stay_searchable() {
    let c = Corpus::new();
    c.write(
        "gazette.txt",
        "THE GAZETTE -- Saturday, October 12th, 1889\n\nDIED AT SMITHVILLE\n\nMrs. Elizabeth Van Der Berg died on the 9th inst., aged 78 years.\n",
    );
    c.write(
        "peoria.txt",
        "OBITUARY\nPeoria, Ill., March 4, 1921.\n\nMrs. Ada Lovell died yesterday at her home.\n",
    );
    c.write("lovell.txt", "A WEDDING\n3d March 1921\n\nMiss Ada Lovell was married on Tuesday.\n");
    c.write("scans/March_5_1921.txt", "COUNCIL NOTES\n\nThe council met on Friday.\n");
    c.ingest();
    // The paper's name stays in the text, and the date it gives is the article's.
    assert_eq!(c.hit_names(&["gazette"]), ["gazette.txt"]);
    assert_eq!(c.hit_names(&["--since", "1889-10-12", "--until", "1889-10-12"]), ["gazette.txt"]);
    assert_eq!(c.hit_names(&["peoria", "--since", "1921-03-04", "--until", "1921-03-04"]), ["peoria.txt"]);
    assert_eq!(c.hit_names(&["--since", "1921-03-03", "--until", "1921-03-03"]), ["lovell.txt"]);
    assert_eq!(
        c.hit_names(&["council", "--since", "1921-03-05", "--until", "1921-03-05"]),
        ["March_5_1921.txt"]
    );
}

#[test]
fn files_with_matches_lists_each_matching_file_once_best_first() {
    let c = Corpus::new();
    c.write("harbour.txt", "Harbour reopens\n\nThe harbour reopened on Monday after the storm.\n");
    c.write("copy.txt", "Harbour reopens\n\nThe harbour reopened on Monday after the storm.\n");
    c.write(
        "wire.jsonl",
        "{\"title\": \"Ferry news\", \"text\": \"The ferry left the harbour.\"}\n\
         {\"title\": \"Grain news\", \"text\": \"Grain ships wait outside the harbour.\"}\n",
    );
    c.write("odd\nname.txt", "Quay works\n\nWork on the harbour quay began.\n");
    c.write("inland.txt", "Inland\n\nNothing about the sea here.\n");
    c.ingest();
    let root = std::fs::canonicalize(c.root()).unwrap();
    let out = c.cmd(&["search", "-l", "-0", "harbour"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let listed: Vec<&[u8]> = out.stdout.split(|&b| b == 0).filter(|p| !p.is_empty()).collect();
    let path = |name: &str| root.join(name).into_os_string().into_encoded_bytes();
    // The headline match first; the copy listed too; the file of two matches once; the
    // name holding a new line byte for byte.
    assert_eq!(listed.len(), 4, "{:?}", String::from_utf8_lossy(&out.stdout));
    assert!(listed[0] == path("harbour.txt") || listed[0] == path("copy.txt"), "{listed:?}");
    for name in ["harbour.txt", "copy.txt", "wire.jsonl", "odd\nname.txt"] {
        assert_eq!(listed.iter().filter(|p| **p == path(name)).count(), 1, "{name}");
    }
    assert!(out.stdout.ends_with(b"\0"));
    // One a line without -0, and nothing else on stdout; none matching: nothing, status 1.
    let out = c.cmd(&["search", "--files-with-matches", "grain"]).output().unwrap();
    assert_eq!(out.stdout, [path("wire.jsonl"), b"\n".to_vec()].concat());
    let out = c.cmd(&["search", "-l", "zeppelin"]).output().unwrap();
    assert_eq!((out.status.code(), out.stdout.is_empty()), (Some(1), true));
    // --format's {path} with -0 is the name as it is; -0 alone is refused.
    let out = c.cmd(&["search", "quay", "--format", "{path}", "-0"]).output().unwrap();
    assert_eq!(out.stdout, [path("odd\nname.txt"), b"\0".to_vec()].concat());
    c.cmd(&["search", "-0", "quay"]).assert().code(2).stderr(predicate::str::contains("-0/--null"));
}

#[test]
fn a_query_word_starting_with_a_dash_is_named_with_the_command_that_works() {
    let c = newsroom();
    c.ingest();
    c.cmd(&["search", "budget", "-sport"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "\"-sport\" is no option: a query word starting with \"-\" must come after \"--\"",
        ))
        .stderr(predicate::str::contains("newsdex --index "))
        .stderr(predicate::str::contains(" search -- budget -sport\n"));
    c.cmd(&["search", "--", "budget", "-sport"]).assert().success();
}

#[test]
fn show_takes_a_file_name_whole_or_the_end_of_one_paths_name() {
    let c = Corpus::new();
    c.write("cases/01-smith-v-jones.txt", "Smith v. Jones\n\nThe court found for Smith.\n");
    c.write("cases/02-brown-v-board.txt", "Brown v. Board\n\nThe court ruled on schools.\n");
    c.write("cases/03-brown-v-board.txt", "Brown v. Board again\n\nThe court ruled once more.\n");
    c.ingest();
    for name in ["01-smith-v-jones.txt", "cases/01-smith-v-jones.txt", "smith-v-jones.txt"] {
        c.cmd(&["show", name]).assert().success().stdout(predicate::str::starts_with("Smith v. Jones\n"));
    }
    // `similar` takes the same names as `show`.
    c.cmd(&["similar", "smith-v-jones.txt"])
        .assert()
        .stderr("")
        .stdout(predicate::str::contains("No other article is like \"smith-v-jones.txt\""));
    c.cmd(&["similar", "brown-v-board.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("give more of the path"));
    // Several paths ending so are listed; the status is 2.
    c.cmd(&["show", "brown-v-board.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("newsdex: error: brown-v-board.txt: "))
        .stderr(predicate::str::contains("02-brown-v-board.txt, articles/cases/03-brown-v-board.txt"));
    // An article not in the index is an error, said as one.
    c.cmd(&["show", "nowhere.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with("newsdex: error: nowhere.txt: no such article in the index"));
}

#[test]
fn a_timeline_over_decades_counts_by_decade_or_skips_the_empty_years() {
    let c = Corpus::new();
    for (name, date) in [("a.txt", "1961-05-01"), ("b.txt", "1963-07-02"), ("c.txt", "1994-03-03")] {
        c.write(name, format!("Harbour news\n\nPublished: {date}\n\nThe harbour was busy.\n"));
    }
    c.ingest();
    let stdout = |args: &[&str]| String::from_utf8(c.cmd(args).output().unwrap().stdout).unwrap();
    let by_decade = stdout(&["timeline", "--by", "decade"]);
    let rows: Vec<&str> = by_decade.lines().skip(1).collect();
    assert_eq!(rows.len(), 4, "{by_decade}");
    assert!(
        rows[0].starts_with("1960s            2 ") && rows[1].starts_with("1970s            0"),
        "{by_decade}"
    );
    let years = stdout(&["timeline", "--by", "year", "--skip-empty"]);
    let rows: Vec<&str> = years.lines().skip(1).map(|l| &l[..4]).collect();
    assert_eq!(rows, ["1961", "1963", "1994"], "{years}");
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&["timeline", "--by", "year", "--skip-empty", "--json"])).unwrap();
    assert_eq!(json["periods"].as_array().unwrap().len(), 3);
}

#[test]
fn search_json_says_which_version_answered_and_languages_count_every_article() {
    let c = Corpus::new();
    c.write(
        "harbour.txt",
        "Harbour to close for the winter\n\nThe council voted on Tuesday to close the harbour for the winter, \
         after a storm damaged two of its piers and the ferry company said it could no longer run a safe service.\n",
    );
    c.write("figures.txt", "Ligue 1\n\n3-1 2-2 0-0\n");
    c.ingest();
    assert_eq!(c.search_json(&["harbour"])["newsdex_version"], env!("CARGO_PKG_VERSION"));
    // The article of no language told is counted, as stats says it: the counts add up.
    let out = c.cmd(&["languages", "--json"]).assert().success().get_output().stdout.clone();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(
        json["languages"],
        serde_json::json!([{"name": "en", "articles": 1}, {"name": "unknown", "articles": 1}]),
        "{json}"
    );
    assert_eq!(json["articles"], 2);
    let out = c.cmd(&["languages"]).assert().success().get_output().stdout.clone();
    assert!(String::from_utf8(out).unwrap().contains("      1  unknown  (no language told: --lang none)\n"));
    let stats = c.cmd(&["stats"]).assert().success().get_output().stdout.clone();
    assert!(String::from_utf8(stats).unwrap().contains("languages: en 1, unknown 1"));
    // The help says what each field of the JSON is.
    let help = c.cmd(&["search", "--help"]).assert().success().get_output().stdout.clone();
    let help = String::from_utf8(help).unwrap();
    for field in
        ["undated_left_out", "date_source", "snippet_starts_mid_text", "characters", "newsdex_version"]
    {
        assert!(help.contains(field), "{field} in {help}");
    }
}

#[test]
fn kwic_prints_every_match_with_its_context_in_one_column() {
    let c = Corpus::new();
    c.write(
        "harbour.txt",
        "Harbour to close\n\nThe council voted on Tuesday to close the harbour for the winter.\n\n\
         Fishermen said the harbours of the coast could not take their boats.\n",
    );
    c.write("wire.jsonl", "{\"title\": \"Quay\", \"text\": \"The quay by the harbour reopened.\"}\n");
    c.ingest();
    let out = c.cmd(&["search", "harbour", "--kwic"]).assert().success().get_output().stdout.clone();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    // The title's match, the text's two (the plural too, as snippets mark it), the other file's.
    assert_eq!(lines.len(), 4, "{text}");
    let at: Vec<usize> = lines.iter().map(|l| l.to_lowercase().find("harbour").unwrap()).collect();
    assert!(at.iter().all(|&a| a == at[0]), "{text}");
    assert!(text.contains("voted on Tuesday to close the  harbour  for the winter. Fishermen"), "{text}");
    assert!(text.contains("  harbours  of the coast"), "{text}");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("The quay by the  harbour  reopened.") && l.ends_with("wire.jsonl#1")),
        "{text}"
    );
    assert!(lines.iter().filter(|l| l.ends_with("harbour.txt")).count() == 3, "{text}");
}

#[test]
fn copies_are_folded_however_many_articles_match_ahead_of_them() {
    // 2,100 stories that say "harbour" again and again rank ahead of two copies of one
    // long story that says it once: the copies, past the 2,000th hit, were counted as two
    // stories, so a month's count of stories changed with the window it was taken over.
    let c = Corpus::new();
    for n in 0..2100 {
        c.write(
            &format!("busy/{n:04}.txt"),
            format!("Harbour note {n}\n\nThe harbour, the harbour and the harbour again: berth {n} of the harbour.\n"),
        );
    }
    let long: String = (0..60).map(|i| format!("The council met on item {i} of the agenda. ")).collect();
    let story = format!("Council agenda\n\n{long}The harbour was mentioned once.\n");
    c.write("quiet/a.txt", &story);
    c.write("quiet/b.txt", &story);
    c.ingest();
    let json = c.search_json(&["harbour", "-n", "0"]);
    assert_eq!(json["total"], 2102, "{json}");
    assert_eq!(json["stories"], 2101, "{json}");
}

/// `orgs --json` (or any listing) as JSON.
fn listing_json(c: &Corpus, args: &[&str]) -> serde_json::Value {
    let out = c.cmd(&[args, &["--json"]].concat()).output().unwrap();
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_company_with_and_without_its_legal_form_or_by_its_acronym_is_one_row_with_its_spellings() {
    let c = Corpus::new();
    c.write("a.txt", "Car sales\n\nGeneral Motors Corp <GM> said car sales fell in March.\n");
    c.write("b.txt", "Car output\n\nGeneral Motors Corp <GM> said it would idle a plant.\n");
    c.write("c.txt", "GENERAL MOTORS <GM> PROFIT\n\nGeneral Motors said profit rose.\n");
    c.write(
        "d.txt",
        "Strike\n\nA strike at General Motors Corporation went on. GM said talks with the United Auto Workers would resume.\n",
    );
    c.write("e.txt", "Chrysler sales\n\nChrysler Corp said its sales rose in March.\n");
    c.write("f.txt", "Chrysler plant\n\nChrysler said it would close a plant in Kenosha.\n");
    c.write("g.txt", "Oilfield\n\nBaker-Hughes Inc said rig counts rose. Baker Hughes expects more.\n");
    c.ingest();
    let list = listing_json(&c, &["orgs", "-n", "50"]);
    let rows = list["organizations"].as_array().unwrap();
    let row = |name: &str| {
        rows.iter().find(|r| r["spellings"].as_array().is_some_and(|s| s.iter().any(|s| s == name)))
    };
    let gm = row("GM").unwrap_or_else(|| panic!("{list}"));
    assert_eq!(gm["articles"], 4, "{gm}");
    let gm_spellings: Vec<&str> =
        gm["spellings"].as_array().unwrap().iter().map(|s| s.as_str().unwrap()).collect();
    for spelling in ["General Motors Corp", "General Motors", "General Motors Corporation", "GM"] {
        assert!(gm_spellings.contains(&spelling), "{gm}");
    }
    let chrysler = row("Chrysler Corp").unwrap_or_else(|| panic!("{list}"));
    assert_eq!(chrysler["articles"], 2, "{list}");
    // One row each: no other row holds a spelling of theirs.
    let holding = |name: &str| {
        rows.iter()
            .filter(|r| {
                r["name"] == name || r["spellings"].as_array().is_some_and(|s| s.iter().any(|s| s == name))
            })
            .count()
    };
    assert_eq!((holding("GM"), holding("General Motors"), holding("Chrysler")), (1, 1, 1), "{list}");
    // Clicking the row (the exact filter) finds what the row counts.
    assert_eq!(c.search_json(&["--exact", "--org", "GM", "-n", "0"])["total"], 4);
    assert_eq!(c.search_json(&["--exact", "--org", "Chrysler", "-n", "0"])["total"], 2);
    // `--with GM` leaves out the company asked about, under whichever of its names.
    let with = listing_json(&c, &["orgs", "--with", "GM"]);
    assert!(
        !with["organizations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["name"].as_str().unwrap().contains("General Motors")),
        "{with}"
    );
}

#[test]
fn the_name_listings_and_duplicates_take_all_as_search_does() {
    let c = Corpus::new();
    let people = [
        "Margaret Thatcher",
        "Ronald Reagan",
        "Helmut Kohl",
        "Francois Mitterrand",
        "Jacques Chirac",
        "Paul Volcker",
        "James Baker",
        "Nigel Lawson",
        "Yasuhiro Nakasone",
        "Mikhail Gorbachev",
        "Brian Mulroney",
        "Bob Hawke",
        "Rajiv Gandhi",
        "Neil Kinnock",
        "David Owen",
        "Alan Greenspan",
        "Gerhard Stoltenberg",
        "Karl Otto Poehl",
        "Kiichi Miyazawa",
        "Satoshi Sumita",
        "Clayton Yeutter",
        "George Shultz",
        "Howard Baker",
        "Caspar Weinberger",
        "Edwin Meese",
    ];
    for (n, person) in people.iter().enumerate() {
        c.write(
            &format!("{n}.txt"),
            format!("Talks {n}\n\n{person} said on Tuesday that the talks went well.\n"),
        );
    }
    c.ingest();
    let all = listing_json(&c, &["people", "-n", "all"]);
    let some = listing_json(&c, &["people"]);
    assert!(all["people"].as_array().unwrap().len() > some["people"].as_array().unwrap().len(), "{all}");
    c.cmd(&["duplicates", "-n", "all"]).assert().code(predicate::in_iter([0, 1]));
    c.cmd(&["people", "-n", "0"]).assert().code(2).stderr(predicate::str::contains("or all"));
}

#[test]
fn a_date_span_no_article_is_in_says_how_many_have_no_date_and_which_folder_holds_them() {
    let c = Corpus::new();
    c.write("wire/a.txt", "Rates cut\n\nPublished: 1987-03-02\n\nThe bank cut its rates on Monday.\n");
    for n in 0..3 {
        c.write(
            &format!("feature/{n}.txt"),
            format!("Feature {n}\n\nA story with no date at all, number {n}.\n"),
        );
    }
    c.ingest();
    c.cmd(&["search", "--since", "2005-02-10", "--until", "2005-02-10"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("its dated articles run from 1987-03-02 to 1987-03-02"))
        .stderr(predicate::str::contains(
            "3 articles have no date (all of them under articles/feature: their files give none)",
        ));
}

#[test]
fn a_search_sorted_by_date_lists_the_dated_newest_first_then_the_undated_by_relevance() {
    let c = Corpus::new();
    c.write("wire/old.txt", "Blair visit\n\nPublished: 1987-03-02\n\nBlair visited the plant.\n");
    c.write("wire/new.txt", "Blair again\n\nPublished: 1987-05-02\n\nBlair spoke again.\n");
    c.write(
        "bbc/weak.txt",
        "Election night\n\nThe campaign went on; Blair was seen late in the evening among many others.\n",
    );
    c.write("bbc/strong.txt", "Blair Blair Blair\n\nBlair said Blair would lead. Blair won.\n");
    c.ingest();
    let json = c.search_json(&["blair", "--sort", "date"]);
    let hits = json["hits"].as_array().unwrap();
    let names: Vec<String> = hits.iter().map(|h| file_name(h["path"].as_str().unwrap())).collect();
    assert_eq!(names, ["new.txt", "old.txt", "strong.txt", "weak.txt"], "{json}");
    // The undated are ranked, and show it.
    assert!(hits[2]["score"].as_f64().unwrap() > hits[3]["score"].as_f64().unwrap(), "{json}");
    // Paging goes on across the two.
    let page = c.search_json(&["blair", "--sort", "date", "-n", "2", "--offset", "1"]);
    let paged: Vec<String> =
        page["hits"].as_array().unwrap().iter().map(|h| file_name(h["path"].as_str().unwrap())).collect();
    assert_eq!(paged, ["old.txt", "strong.txt"], "{page}");
    assert_eq!(page["total"], 4);
    // Said, on stderr and in the JSON's notes; not when sorted by relevance.
    let said = "2 of 4 matches have no date: listed after the dated ones, by relevance";
    assert!(json["notes"].as_array().unwrap().iter().any(|n| n == said), "{json}");
    let text = c.cmd(&["search", "blair", "--sort", "date"]).output().unwrap();
    assert!(String::from_utf8_lossy(&text.stderr).contains(said), "{text:?}");
    let relevance = c.cmd(&["search", "blair"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&relevance.stderr).contains("no date"), "{relevance:?}");
}

#[test]
fn a_search_of_dates_alone_lists_its_articles_oldest_first() {
    let c = Corpus::new();
    // Files named against their dates: the order of the files is not the order of time.
    c.write("a.txt", "Late\n\nPublished: 1987-04-07T18:00:00Z\n\nThe evening report.\n");
    c.write("b.txt", "Early\n\nPublished: 1987-04-07T06:00:00Z\n\nThe morning report.\n");
    c.write("c.txt", "Noon\n\nPublished: 1987-04-07T12:00:00Z\n\nThe noon report.\n");
    c.ingest();
    let json = c.search_json(&["--since", "1987-04-07", "--until", "1987-04-07"]);
    let names: Vec<String> =
        json["hits"].as_array().unwrap().iter().map(|h| file_name(h["path"].as_str().unwrap())).collect();
    assert_eq!(names, ["b.txt", "c.txt", "a.txt"], "{json}");
}

/// Three articles on one ferry strike, on three days, for `similar`.
fn ferry_strikes() -> Corpus {
    let c = Corpus::new();
    let text = "Ferry crews walked out over pay at Portsmouth harbour, stranding lorries and \
        passengers; the union said the strike at the harbour would last until the operator \
        improved its offer to the crews.";
    c.write("strike.txt", format!("Ferry crews strike at Portsmouth\n\nPublished: 2026-03-02\n\n{text}\n"));
    // Not copies of it, nor of each other: each tells more of its own.
    c.write(
        "older.txt",
        "Portsmouth ferry talks fail\n\nPublished: 2026-01-05\n\nTalks between the union and the \
        ferry operator at Portsmouth harbour failed over pay, and crews voted for a strike in \
        the new year; hauliers warned of queues of lorries.\n",
    );
    c.write(
        "newer.txt",
        "Portsmouth ferry strike ends\n\nPublished: 2026-03-20\n\nThe ferry strike at Portsmouth \
        harbour ended after the operator raised its pay offer; the union told crews to return \
        and passengers were promised refunds.\n",
    );
    c.write(
        "other.txt",
        "Lighthouse history\n\nPublished: 2026-02-01\n\nThe lighthouse was built of granite.\n",
    );
    c.ingest();
    c
}

#[test]
fn similar_writes_one_line_per_article_from_a_format_template() {
    let c = ferry_strikes();
    let out = c.cmd(&["similar", "strike.txt", "--format", "{day}  {headline}"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut lines: Vec<String> = String::from_utf8(out.stdout).unwrap().lines().map(String::from).collect();
    lines.sort();
    assert_eq!(
        lines,
        ["2026-01-05  Portsmouth ferry talks fail", "2026-03-20  Portsmouth ferry strike ends"]
    );
    // --header heads the rows; -0 ends each with a NUL.
    c.cmd(&["similar", "strike.txt", "-n", "1", "--format", "{day}", "--header", "day", "-0"])
        .assert()
        .success()
        .stdout(predicate::str::is_match("^day\0(2026-01-05|2026-03-20)\0$").unwrap());
    c.cmd(&["similar", "strike.txt", "-0"]).assert().code(2).stderr(predicate::str::contains("--format"));
}

#[test]
fn similar_names_the_article_by_its_headline_in_its_header() {
    let c = ferry_strikes();
    c.cmd(&["similar", "strike.txt", "-n", "1"]).assert().success().stdout(predicate::str::starts_with(
        "Articles most like \"Ferry crews strike at Portsmouth\" (strike.txt): 1–1 of 2\n\n 1. Portsmouth ferry",
    ));
    // The JSON keeps its shape: the article as named is its `query`.
    let out = c.cmd(&["similar", "strike.txt", "--json"]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["query"], "strike.txt");
    assert_eq!(json["hits"].as_array().unwrap().len(), 2);
}

#[test]
fn similar_ranks_the_story_on_the_same_subject_above_a_brief_sharing_a_name() {
    // A results story naming its chief executive five times; a long story on the same
    // subject; a short rugby report on a namesake. Scored by BM25, the namesake's rare
    // surname counted twice and the brief's shortness won it first place.
    let c = Corpus::new();
    c.write(
        "bp.txt",
        "BP profits surge on high oil price\n\nPublished: 2005-02-08\n\nOil giant BP reported record annual \
         profits on the back of a high oil price. Lord Browne, its chief executive, said the oil price was not the \
         only cause. Browne said refining margins had helped. Browne rejected calls for a windfall tax on oil \
         profits. Lord Browne said crude output per barrel had risen, and Browne said the company would buy back \
         shares.\n",
    );
    let filler =
        "Analysts in the City expected the figures and shares moved little in early trading. ".repeat(10);
    c.write(
        "shell.txt",
        format!(
            "Shell profits climb with crude\n\nPublished: 2005-02-03\n\n{filler}Shell said annual profits rose as \
             the oil price stayed high. Refining margins widened and crude output rose to a record, the company \
             said, and it rejected a windfall tax. Each barrel earned more.\n"
        ),
    );
    c.write(
        "rugby.txt",
        "Browne try sinks Ulster\n\nPublished: 2005-02-06\n\nBrowne scored late. Browne and Browne again: a \
         hat-trick for Browne.\n",
    );
    for (i, (title, text)) in [
        ("Lighthouse history", "The lighthouse was built of granite in 1850 by the harbour board."),
        ("Harbour dredging", "Dredgers cleared silt from the harbour mouth this week."),
        ("Museum opening", "The new museum opened its doors to schoolchildren."),
        ("Library hours", "The library will open on Sundays from March."),
        ("Ferry timetable", "The winter ferry timetable starts in November."),
        ("Bridge repairs", "Repairs to the old bridge will close one lane."),
        ("Park concert", "A brass band will play in the park on Saturday."),
    ]
    .iter()
    .enumerate()
    {
        c.write(&format!("n{i}.txt"), format!("{title}\n\nPublished: 2005-01-0{}\n\n{text}\n", i + 1));
    }
    c.ingest();
    let out = c.cmd(&["similar", "bp.txt", "-n", "2", "--format", "{headline}"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "Shell profits climb with crude\nBrowne try sinks Ulster\n"
    );
}

#[test]
fn similar_looks_only_among_the_articles_its_filters_keep() {
    let c = ferry_strikes();
    // What came of the strike after it began: the talks of January are left out.
    let out =
        c.cmd(&["similar", "strike.txt", "--since", "2026-03", "--format", "{headline}"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "Portsmouth ferry strike ends\n");
    // The header counts the articles among them alone.
    c.cmd(&["similar", "strike.txt", "--until", "2026-02"])
        .assert()
        .success()
        .stdout(predicate::str::contains("(strike.txt): 1–1 of 1\n"))
        .stdout(predicate::str::contains("Portsmouth ferry talks fail"));
    // Filters that keep none of its likes say so, as filters, not as its words.
    c.cmd(&["similar", "strike.txt", "--since", "2026-04"]).assert().code(1).stdout(
        predicate::str::contains("No other article among those the filters keep is like \"strike.txt\""),
    );
}

#[test]
fn a_word_rare_only_as_written_is_no_slip_when_its_search_finds_many() {
    let c = Corpus::new();
    for i in 0..300 {
        c.write(&format!("m{i}.txt"), format!("Cabinet news {i}\n\nThe prime minister met the cabinet.\n"));
    }
    c.write("york.txt", "Cathedral appeal\n\nThe appeal of York Minster raised funds.\n");
    for i in 0..10 {
        c.write(&format!("t{i}.txt"), format!("Old towns {i}\n\nThe minsters of the north drew visitors.\n"));
    }
    c.ingest();
    // One article writes "minster", but the search for it finds the 10 writing "minsters"
    // too: "only 11 articles have the word" (the note's count) are not a few.
    let out = c.cmd(&["search", "minster"]).assert().success().get_output().clone();
    let found = String::from_utf8(out.stdout).unwrap();
    assert!(found.contains("of 11 articles"), "{found}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains("did you mean"), "{stderr}");
}
