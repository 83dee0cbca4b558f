//! Search quality: fuzzy terms, phrase-aware multi-fragment snippets, recency, duplicates,
//! and "more like this".

use crate::util::{Corpus, file_name, marks};

#[test]
fn a_misspelled_surname_finds_the_person_and_highlights_the_right_word() {
    let c = Corpus::new();
    c.write("a.txt", "Senator tours farms\n\nSenator Amy Klobuchar visited farms near Mankato on Monday.\n");
    c.write("b.txt", "Council meets\n\nThe council met on Monday about the budget.\n");
    c.ingest();
    for query in
        [vec!["klobuchr~1"], vec!["--fuzzy", "klobuchr"], vec!["klobucar~1 farms"], vec!["klobuchr~"]]
    {
        let json = c.search_json(&query);
        assert_eq!(json["total"], 1, "{query:?}");
        assert_eq!(marks(&json["hits"][0]).first().map(String::as_str), Some("Klobuchar"), "{query:?}");
    }
    assert_eq!(c.search_json(&["klobuchr"])["total"], 0, "without ~ the word must match exactly");
    assert_eq!(c.search_json(&["klbchr~1"])["total"], 0, "three edits are more than one");
    // `~` alone: as many edits as the word's length allows (two from six letters).
    assert_eq!(c.search_json(&["klobchr~"])["total"], 1, "two edits for a word of seven letters");
}

#[test]
fn a_word_typed_with_its_accents_ranks_the_articles_that_write_it_so_first() {
    let c = Corpus::new();
    // "schon" ("already") in a short title, which BM25 favours; "schön" ("beautiful")
    // once, in a longer text.
    c.write("schon.txt", "Schon wieder Regen\n\nEs regnet schon wieder in Berlin.\n");
    c.write(
        "schoen.txt",
        "Wetter am Wochenende\n\nDas Wochenende wird schön und warm, sagt der Wetterdienst in Hamburg.\n",
    );
    c.ingest();
    // Folded, both match; the form typed ranks first, whichever it is.
    assert_eq!(c.hit_names(&["schön"]), ["schoen.txt", "schon.txt"]);
    assert_eq!(c.hit_names(&["schon"]), ["schon.txt", "schoen.txt"]);
    // Typed without its accent, a word finds every spelling, as before.
    assert_eq!(c.search_json(&["schon"])["total"], 2);
    // Only as typed, with --exact-words.
    assert_eq!(c.hit_names(&["--exact-words", "schön"]), ["schoen.txt"]);
    assert_eq!(c.hit_names(&["--exact-words", "schön Wetterdienst"]), ["schoen.txt"]);
    assert_eq!(c.search_json(&["--exact-words", "schön -wetterdienst"])["total"], 0);
    // A file moved keeps its words as written.
    std::fs::rename(c.root().join("schoen.txt"), c.root().join("wetter.txt")).unwrap();
    c.ingest();
    assert_eq!(c.hit_names(&["--exact-words", "schön"]), ["wetter.txt"]);
}

#[test]
fn ae_oe_ue_typed_for_umlauts_find_the_words_written_with_them() {
    let c = Corpus::new();
    c.write("muc.txt", "Streik in München\n\nIn München und Köln streiken die Fahrer.\n");
    c.write("blue.txt", "Blue skies\n\nThe poet wrote of blue skies over the Ruhr.\n");
    c.ingest();
    assert_eq!(c.hit_names(&["muenchen"]), ["muc.txt"]);
    assert_eq!(c.hit_names(&["koeln streik"]), ["muc.txt"]);
    let json = c.search_json(&["muenchen"]);
    assert_eq!(marks(&json["hits"][0]), ["München"], "the word found is highlighted");
    // Only spellings some article writes with umlauts: "blue" is no "blü".
    assert_eq!(c.hit_names(&["blue"]), ["blue.txt"]);
    // Typed as the text writes it, as before; typed with umlauts, it also finds them
    // spelled out.
    assert_eq!(c.hit_names(&["münchen"]), ["muc.txt"]);
    c.write("dpa.txt", "Streik in Muenchen\n\nIn Muenchen streiken die Fahrer weiter.\n");
    c.ingest();
    let mut both = c.hit_names(&["münchen"]);
    both.sort();
    assert_eq!(both, ["dpa.txt", "muc.txt"]);
}

#[test]
fn half_width_katakana_finds_the_full_width_word_and_the_other_way() {
    let c = Corpus::new();
    c.write("quake.txt", "地震速報\n\n地震のマグニチュードは6.1と推定されている。\n");
    c.write("half.txt", "ﾆｭｰｽ\n\nｿﾌﾄﾊﾞﾝｸが新しいｻｰﾋﾞｽを発表した。\n");
    c.ingest();
    assert_eq!(c.hit_names(&["ﾏｸﾞﾆﾁｭｰﾄﾞ"]), ["quake.txt"]);
    assert_eq!(c.hit_names(&["ソフトバンク"]), ["half.txt"]);
    let json = c.search_json(&["サービス"]);
    assert_eq!(marks(&json["hits"][0]), ["ｻｰﾋﾞｽ"], "the half-width word is highlighted whole");
}

#[test]
fn a_search_by_name_alone_shows_where_the_article_names_it() {
    let c = Corpus::new();
    let filler = "The rest of the paragraph is about the weather and the roads and the schools. ".repeat(6);
    c.write(
        "budget.txt",
        format!(
            "Budget day\n\n{filler}\n\nChancellor Gordon Brown spoke for an hour.\n\n{filler}\n\nLater Mr Brown left.\n"
        ),
    );
    c.write("eu.txt", format!("Summit\n\n{filler}\n\nThe EU met in Brussels.\n"));
    c.ingest();
    let json = c.search_json(&["--person", "Gordon Brown", "--fragments", "2"]);
    // As many fragments as the API gives at most.
    c.cmd(&["search", "budget", "--fragments", "11"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("from 0 to 10"));
    assert_eq!(json["total"], 1);
    assert_eq!(marks(&json["hits"][0]), ["Gordon Brown", "Brown"]);
    let json = c.search_json(&["org:EU"]);
    assert_eq!(marks(&json["hits"][0]), ["EU"], "a name in the query is shown too");
    // A name excluded is not marked.
    let json = c.search_json(&["summit -person:brown"]);
    assert_eq!(json["hits"][0]["highlights"], serde_json::json!([]));
}

#[test]
fn the_word_as_typed_ranks_above_words_an_edit_away() {
    let c = Corpus::new();
    // The near word sits in short titles, which BM25 favours; the typed word only in a
    // long body, once.
    c.write("mart1.txt", "Wal-Mart opens store\n\nThe chain opened a store.\n");
    c.write("mart2.txt", "Wal-Mart sales rise\n\nSales rose in March.\n");
    let filler = "The session went on about roads, schools and the weather for a long time. ".repeat(8);
    c.write("walz.txt", format!("Budget talks drag on\n\n{filler} Governor Walz said little.\n"));
    c.write("walz2.txt", format!("Session ends\n\n{filler} Then Walz left for Duluth.\n"));
    c.ingest();
    let names = c.hit_names(&["walz~1"]);
    assert_eq!(names.len(), 4, "{names:?}");
    let mut first_two = names[..2].to_vec();
    first_two.sort();
    assert_eq!(first_two, ["walz.txt", "walz2.txt"], "{names:?}");
    // Scores still follow BM25 among the near words: not one flat score for all.
    let json = c.search_json(&["walz~1"]);
    let scores: Vec<f64> =
        json["hits"].as_array().unwrap().iter().map(|h| h["score"].as_f64().unwrap()).collect();
    assert!(scores[0] > scores[3], "{scores:?}");
}

#[test]
fn a_phrase_is_highlighted_as_one_span_and_the_title_too() {
    let c = Corpus::new();
    c.write("a.txt", "Federal agents leave the city\n\nUS federal agents shot a man. Federal officials and other agents said little.\n");
    c.ingest();
    let json = c.search_json(&["\"federal agents\""]);
    let hit = &json["hits"][0];
    assert_eq!(marks(hit), ["federal agents"]);
    assert_eq!(hit["title_highlights"], serde_json::json!([[0, 14]]));
}

#[test]
fn two_fragments_come_from_different_paragraphs() {
    let c = Corpus::new();
    let filler = "The rest of this paragraph talks about other things entirely and at length. ".repeat(6);
    c.write(
        "a.txt",
        format!("Winter roundup\n\nThe harbour froze early this year.\n\n{filler}\n\nIn spring the ferry returned to the lake.\n\n{filler}\n"),
    );
    c.ingest();
    let json = c.search_json(&["harbour ferry"]);
    let snippet = json["hits"][0]["snippet"].as_str().unwrap();
    let fragments: Vec<&str> = snippet.split(" … ").collect();
    assert_eq!(fragments.len(), 2, "{snippet}");
    assert!(fragments.iter().any(|f| f.starts_with("The harbour froze")), "{snippet}");
    assert!(fragments.iter().any(|f| f.starts_with("In spring the ferry")), "{snippet}");
    assert_eq!(marks(&json["hits"][0]).len(), 2);
    let one = c.search_json(&["harbour ferry", "--fragments", "1"]);
    assert_eq!(one["hits"][0]["snippet"].as_str().unwrap().split(" … ").count(), 1);
}

#[test]
fn recent_favours_new_stories_without_burying_much_better_old_ones() {
    let c = Corpus::new();
    // Old, slightly more relevant; new, slightly less; new, much less relevant.
    c.write(
        "old-strong.txt",
        "Harbour news\n\nPublished: 2020-01-10\n\nThe harbour froze. The harbour reopened.\n",
    );
    c.write("new-close.txt", "Harbour news\n\nPublished: 2026-03-01\n\nThe harbour froze over the winter months, officials at the port said.\n");
    c.write("new-weak.txt", "Weekly notes\n\nPublished: 2026-03-02\n\nMany items this week about roads, schools, parks, budgets and one about the harbour.\n");
    c.ingest();
    let scores = |sort: &str| -> Vec<(String, f64)> {
        c.search_json(&["harbour", "--sort", sort])["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| (crate::util::file_name(h["path"].as_str().unwrap()), h["score"].as_f64().unwrap()))
            .collect()
    };
    let relevance = scores("relevance");
    let score = |name: &str| relevance.iter().find(|(n, _)| n == name).unwrap().1;
    // The corpus must have the shape the test is about.
    assert!(score("old-strong.txt") > score("new-close.txt"), "{relevance:?}");
    assert!(score("old-strong.txt") < 2.0 * score("new-close.txt"), "only slightly better: {relevance:?}");
    assert!(score("old-strong.txt") > 2.0 * score("new-weak.txt"), "much better: {relevance:?}");
    let recent: Vec<String> = scores("recent").into_iter().map(|(n, _)| n).collect();
    assert_eq!(recent, ["new-close.txt", "old-strong.txt", "new-weak.txt"]);
}

#[test]
fn duplicates_collapse_into_one_hit_with_the_right_count() {
    let c = Corpus::new();
    let story = "Ships waiting to load grain were sent to Superior, Wisconsin, where the port stayed open \
        through the week. The port authority said repairs to two damaged cranes would take at least until \
        Friday, and that crews had worked through the night to clear ice from the western piers after the \
        storm pushed it ashore on Monday. Grain traders said the delay would cost shippers several hundred \
        thousand dollars, and two vessels bound for Europe were expected to leave a week late.";
    c.write("wire.txt", format!("Storm shuts grain port\n\n{story}\n"));
    c.write("copy.txt", format!("Storm shuts grain port\n\n{story}\n"));
    c.write(
        "edited.txt",
        format!(
            "Storm closes grain port for days\n\n{}\n",
            story.replace("at least until Friday", "until Friday at the earliest")
        ),
    );
    c.write(
        "other.txt",
        "Port budget approved\n\nThe port authority approved its budget for cranes and piers.\n",
    );
    c.ingest();
    let json = c.search_json(&["port"]);
    let hits = json["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 2, "{json}");
    let story_hit = hits.iter().find(|h| !h["duplicates"].as_array().unwrap().is_empty()).unwrap();
    assert_eq!(story_hit["duplicates"].as_array().unwrap().len(), 2, "{story_hit}");
    // Each copy's uid, in the same order: the uid of that copy when it is a hit of its own.
    let all = c.search_json(&["port", "--no-collapse"]);
    let uid_of = |path: &str| {
        let hits = all["hits"].as_array().unwrap();
        hits.iter().find(|h| h["path"] == path).map(|h| h["uid"].clone()).unwrap()
    };
    let uids: Vec<serde_json::Value> = story_hit["duplicates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|path| uid_of(path.as_str().unwrap()))
        .collect();
    assert_eq!(story_hit["duplicate_uids"], serde_json::Value::from(uids), "{story_hit}");
    // The count is of stories, with the articles they stand for.
    assert_eq!((json["total"].as_u64(), json["stories"].as_u64()), (Some(4), Some(2)), "{json}");
    let all = c.search_json(&["port", "--no-collapse"]);
    assert_eq!(all["hits"].as_array().unwrap().len(), 4);
    assert_eq!(all["stories"], serde_json::Value::Null, "{all}");
    c.cmd(&["search", "port"]).assert().success().stdout(predicates::str::contains("also at:")).stdout(
        predicates::str::contains("Showing 1–2 of 2 stories for \"port\" (4 articles with their copies)"),
    );
    let dups: serde_json::Value =
        serde_json::from_slice(&c.cmd(&["duplicates", "--json"]).output().unwrap().stdout).unwrap();
    assert_eq!(dups["groups"], 1);
    assert_eq!(dups["articles_in_groups"], 3);
    // Copies are named as `similar` takes them: each one finds its article.
    for copy in dups["shown"][0]["copies"].as_array().unwrap() {
        let out = c.cmd(&["similar", copy.as_str().unwrap()]).output().unwrap();
        assert_ne!(out.status.code(), Some(2), "{copy}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn copies_published_on_other_days_are_their_own_hits() {
    let c = Corpus::new();
    let report = "The Federal Reserve added reserves to the banking system through customer \
        repurchase agreements, a spokesman said. Federal funds were trading at six pct when the \
        Fed began its temporary and indirect supply of reserves, dealers said.";
    // One wire report carried by two papers the same day, and the same words on two later
    // days: three reports, one of them in two copies.
    c.write("a.txt", format!("Fed adds reserves\n\nPublished: 1987-03-02\n\n{report}\n"));
    c.write("b.txt", format!("Fed adds reserves\n\nPublished: 1987-03-02\n\n{report}\n"));
    c.write("c.txt", format!("Fed adds reserves\n\nPublished: 1987-03-03\n\n{report}\n"));
    c.write("d.txt", format!("Fed adds reserves\n\nPublished: 1987-03-10\n\n{report}\n"));
    // Other news, so that the report's words are rare enough for `similar` to weigh.
    for (i, topic) in [
        "wheat harvest",
        "ferry timetable",
        "school budget",
        "museum opening",
        "rail strike",
        "snow emergency",
        "coffee prices",
        "election count",
        "bridge repairs",
        "film festival",
        "hockey final",
        "library hours",
        "tram extension",
        "harbour ice",
        "tax reform",
        "water main",
    ]
    .iter()
    .enumerate()
    {
        c.write(&format!("other{i}.txt"), format!("News {i}\n\nA short story about the {topic}.\n"));
    }
    c.ingest();
    let json = c.search_json(&["reserves"]);
    assert_eq!((json["total"].as_u64(), json["stories"].as_u64()), (Some(4), Some(3)), "{json}");
    let dates: Vec<&str> =
        json["hits"].as_array().unwrap().iter().map(|h| h["date"].as_str().unwrap()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(sorted, ["1987-03-02", "1987-03-03", "1987-03-10"], "{json}");
    // `similar` leaves out the same-day copy only.
    let like: serde_json::Value =
        serde_json::from_slice(&c.cmd(&["similar", "articles/a.txt", "--json"]).output().unwrap().stdout)
            .unwrap();
    let paths: Vec<String> =
        like["hits"].as_array().unwrap().iter().map(|h| file_name(h["path"].as_str().unwrap())).collect();
    assert!(!paths.contains(&"b.txt".to_string()) && paths.contains(&"c.txt".to_string()), "{paths:?}");
    // `duplicates` lists all four, oldest first, each with its day.
    let dups: serde_json::Value =
        serde_json::from_slice(&c.cmd(&["duplicates", "--json"]).output().unwrap().stdout).unwrap();
    let group = &dups["shown"][0];
    let days: Vec<&str> =
        group["dates"].as_array().unwrap().iter().map(|d| &d.as_str().unwrap()[..10]).collect();
    assert_eq!(days, ["1987-03-02", "1987-03-02", "1987-03-03", "1987-03-10"], "{group}");
    let last = group["copies"][3].as_str().unwrap();
    assert!(last.ends_with("d.txt"), "{group}");
    let text = c.cmd(&["duplicates"]).output().unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("    1987-03-10 · articles/d.txt\n"), "{text}");
    // Narrowed by a query or filters: the groups with a copy they keep, whole.
    let narrowed = |args: &[&str]| -> serde_json::Value {
        let mut all = vec!["duplicates", "--json"];
        all.extend(args);
        serde_json::from_slice(&c.cmd(&all).output().unwrap().stdout).unwrap()
    };
    let by_date = narrowed(&["--since", "1987-03-10"]);
    assert_eq!((by_date["groups"].as_u64(), by_date["matching"].as_u64()), (Some(1), Some(1)), "{by_date}");
    assert_eq!(by_date["shown"][0]["copies"].as_array().unwrap().len(), 4, "{by_date}");
    let elsewhere = narrowed(&["harbour"]);
    assert_eq!(elsewhere["groups"].as_u64(), Some(0), "{elsewhere}");
    c.cmd(&["duplicates", "--until", "1987-03-01"]).assert().code(1);
}

#[test]
fn a_daily_report_a_day_later_is_its_own_hit_however_close_the_hour() {
    let c = Corpus::new();
    let report = |funds: &str| {
        format!(
            "The Federal Reserve added reserves to the banking system through customer repurchase \
             agreements, a spokesman said. Federal funds were trading at {funds} pct when the Fed began \
             its temporary and indirect supply of reserves, dealers said. Economists said the move was \
             expected and signalled no change in policy, and that the Fed would add more reserves later \
             in the week to meet seasonal needs of the banking system."
        )
    };
    let story =
        |at: &str, funds: &str| format!("Fed adds reserves\n\nPublished: {at}\n\n{}\n", report(funds));
    // Two days' reports, 23 hours 59 minutes apart: each its own hit (they were one).
    c.write("wed.txt", story("1987-03-11T11:45:40", "6-5/16"));
    c.write("thu.txt", story("1987-03-12T11:45:22", "6-1/8"));
    // A report re-sent with a figure corrected the same afternoon: one story.
    c.write("fri.txt", story("1987-03-13T11:45:00", "6-1/4"));
    c.write("fri-corrected.txt", story("1987-03-13T15:10:00", "6-3/16"));
    // The same text word for word, either side of midnight: one story.
    c.write("mon.txt", story("1987-03-16T23:50:00", "6"));
    c.write("mon-copy.txt", story("1987-03-17T00:10:00", "6"));
    // A story sent in the evening and re-run with a figure changed the next morning: one.
    c.write("tue.txt", story("1987-03-17T22:55:00", "6-1/2"));
    c.write("wed-rerun.txt", story("1987-03-18T07:31:00", "6-3/8"));
    // A day's report sent just after midnight, and the next day's just before the next
    // midnight: two, though on one date.
    c.write("thu-early.txt", story("1987-03-19T00:27:00", "5-7/8"));
    c.write("thu-late.txt", story("1987-03-19T23:58:00", "5-3/4"));
    c.ingest();
    let json = c.search_json(&["reserves", "--sort", "oldest"]);
    let stories: Vec<Vec<String>> = json["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            let mut names = vec![file_name(h["path"].as_str().unwrap())];
            names.extend(h["duplicates"].as_array().unwrap().iter().map(|d| file_name(d.as_str().unwrap())));
            names
        })
        .collect();
    assert_eq!(
        stories,
        [
            vec!["wed.txt"],
            vec!["thu.txt"],
            vec!["fri.txt", "fri-corrected.txt"],
            vec!["mon.txt", "mon-copy.txt"],
            vec!["tue.txt", "wed-rerun.txt"],
            vec!["thu-early.txt"],
            vec!["thu-late.txt"]
        ],
        "{json}"
    );
}

#[test]
fn a_page_stays_full_when_copies_of_one_story_outrank_the_rest() {
    let c = Corpus::new();
    let story = "Port closed by storm\n\nThe port closed. Port crews said the port would reopen when the port \
        authority had cleared the port piers of ice.\n";
    for n in 0..12 {
        c.write(&format!("wire-{n:02}.txt"), story);
    }
    c.write(
        "budget.txt",
        "Budget approved\n\nThe council approved a budget that includes money for the port.\n",
    );
    c.write(
        "ferry.txt",
        "Ferry schedule\n\nThe ferry leaves the port at nine on weekdays and at ten on Sundays.\n",
    );
    c.ingest();
    // Twelve copies fill the first candidates asked for; the page must still have two stories.
    let json = c.search_json(&["port", "--limit", "2"]);
    let hits = json["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 2, "{json}");
    assert_eq!(hits[0]["duplicates"].as_array().unwrap().len(), 11, "{json}");
    assert!(hits[1]["duplicates"].as_array().unwrap().is_empty(), "{json}");
    assert_eq!(json["total"], 14, "{json}");
}

#[test]
fn similar_finds_the_follow_up_of_a_japanese_story() {
    let c = Corpus::new();
    c.write(
        "quake.txt",
        "日向灘で地震\n\n気象庁によると、十三日夜、宮崎県で震度五弱の地震があった。震源は日向灘。\n",
    );
    c.write("quake-update.txt", "日向灘の地震、調査終了\n\n気象庁は十四日、宮崎県で震度五弱を観測した日向灘の地震について調査を終えた。\n");
    c.write("snow.txt", "東京で大雪\n\n東京都心で十日、大雪のため電車が止まり、学校が休校になった。\n");
    c.write(
        "budget.txt",
        "Council passes budget\n\nThe council passed the city budget after a long debate.\n",
    );
    c.ingest();
    let json: serde_json::Value =
        serde_json::from_slice(&c.cmd(&["similar", "articles/quake.txt", "--json"]).output().unwrap().stdout)
            .unwrap();
    let first = json["hits"][0]["path"].as_str().unwrap_or_default();
    assert!(first.ends_with("quake-update.txt"), "{json}");
}

#[test]
fn similar_returns_the_follow_up_story_first() {
    let c = Corpus::new();
    c.write("fire.txt", "Warehouse fire in St. Paul\n\nPublished: 2026-02-09\n\nA fire destroyed a warehouse on Prior Avenue in St. Paul overnight. Battalion Chief Kevin Moreau said two firefighters were hurt and the cause was under investigation by fire marshals.\n");
    c.write("fire-update.txt", "Update: warehouse fire cause found\n\nPublished: 2026-02-13\n\nInvestigators said an electrical fault caused the Prior Avenue warehouse fire in St. Paul. Battalion Chief Kevin Moreau said one firefighter, not two, was hurt.\n");
    c.write("budget.txt", "Council passes budget\n\nThe council passed the city budget after a long debate about parks and roads.\n");
    c.write("rail.txt", "Light rail extension\n\nMetro Transit unveiled the route of the light rail extension through the north side.\n");
    c.ingest();
    let json: serde_json::Value =
        serde_json::from_slice(&c.cmd(&["similar", "articles/fire.txt", "--json"]).output().unwrap().stdout)
            .unwrap();
    let first = json["hits"][0]["path"].as_str().unwrap();
    assert!(first.ends_with("fire-update.txt"), "{json}");
    assert!(
        json["hits"].as_array().unwrap().iter().all(|h| !h["path"].as_str().unwrap().ends_with("/fire.txt"))
    );
    c.cmd(&["similar", "articles/nope.txt"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("no such article"));
}

#[test]
fn similar_takes_an_article_as_search_shows_it() {
    let c = Corpus::new();
    c.write(
        "wire.jsonl",
        concat!(
            r#"{"title":"Council passes budget","text":"The council passed the city budget after a debate about parks."}"#,
            "\n",
            r#"{"title":"Ferry fares rise","text":"Fares on the Madeline Island ferry from Bayfield rise in June, the operator said."}"#,
            "\n",
        ),
    );
    c.write(
        "a/ferry.txt",
        "Ferry timetable\n\nThe Madeline Island ferry leaves Bayfield every half hour in June.\n",
    );
    c.write("b/ferry.txt", "School lunch\n\nSchools will serve free lunch all summer, the district said.\n");
    c.write(
        "c.txt",
        "Snow emergency\n\nThe city declared a snow emergency as the blizzard closed schools.\n",
    );
    c.write("d.txt", "Rail extension\n\nMetro Transit unveiled the route of the light rail extension.\n");
    c.ingest();
    let first_hit = |args: &[&str]| -> String {
        let mut full = vec!["similar", "--json"];
        full.extend_from_slice(args);
        let out = c.cmd(&full).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        json["hits"][0]["path"].as_str().unwrap().to_string()
    };
    // The id in search's output ("wire.jsonl#2"), the end of a path, and the uid all name
    // one article, from any folder.
    assert!(first_hit(&["wire.jsonl#2"]).ends_with("a/ferry.txt"));
    assert!(first_hit(&["a/ferry.txt"]).ends_with("wire.jsonl"));
    let uid = c.search_json(&["timetable"])["hits"][0]["uid"].as_str().unwrap().to_string();
    assert!(first_hit(&[&uid]).ends_with("wire.jsonl"));
    // A name that fits several says which, instead of picking one.
    c.cmd(&["similar", "ferry.txt"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("several articles end so"))
        .stderr(predicates::str::contains("b/ferry.txt"));
    // An article found with nothing like it says so, not that it is not there.
    c.cmd(&["similar", "d.txt"])
        .assert()
        .code(1)
        .stdout(predicates::str::contains("No other article is like \"d.txt\""));
}

#[test]
fn past_the_folded_candidates_the_count_is_what_paging_reaches() {
    let c = Corpus::new();
    // 1,300 stories, each in two folders: more matches than the 2,000 candidates folded.
    for n in 0..1300 {
        let text =
            format!("Harbour notice {n}\n\nThe harbour office posted notice number {n} about berth w{n}.\n");
        c.write(&format!("a/{n}.txt"), &text);
        c.write(&format!("b/{n}.txt"), &text);
    }
    c.ingest();
    let first = c.search_json(&["harbour", "-n", "1"]);
    assert_eq!(first["total"], 2600, "{}", first["total"]);
    let stories = first["stories"].as_u64().expect("a count of what the pages hold") as usize;
    assert!((1300..2600).contains(&stories), "{stories}");
    // The last page is full up to that count, and the next one is empty: no page promised
    // by the count comes out empty.
    let last = c.search_json(&["harbour", "-n", "5", "--offset", &(stories - 5).to_string()]);
    assert_eq!(last["hits"].as_array().unwrap().len(), 5, "{last}");
    assert_eq!(last["stories"].as_u64(), Some(stories as u64));
    let past = c.search_json(&["harbour", "-n", "5", "--offset", &stories.to_string()]);
    assert_eq!(past["hits"].as_array().unwrap().len(), 0, "{past}");
}

#[test]
fn similar_counts_and_ranks_alike_whatever_the_page_length() {
    let Some(bbc) = crate::util::shared_corpus("bbc") else { return };
    let c = Corpus::new();
    c.cmd(&["ingest", bbc.to_str().unwrap()]).assert().success();
    let similar = |n: &str| -> serde_json::Value {
        let out = c.cmd(&["similar", "bbc/business/001.txt", "-n", n, "--json"]).output().unwrap();
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let (short, long) = (similar("5"), similar("300"));
    // More than the 200 candidates folded: the rest follow, and the counts stay.
    assert_eq!(long["hits"].as_array().unwrap().len(), 300, "{}", long["stories"]);
    assert_eq!((&short["total"], &short["stories"]), (&long["total"], &long["stories"]));
    let uids = |json: &serde_json::Value, n: usize| -> Vec<String> {
        json["hits"]
            .as_array()
            .unwrap()
            .iter()
            .take(n)
            .map(|h| h["uid"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(uids(&short, 5), uids(&long, 5));
    let all = uids(&long, 300);
    let distinct: std::collections::HashSet<&String> = all.iter().collect();
    assert_eq!(distinct.len(), 300, "no article listed twice");
}

#[test]
fn a_filter_narrows_a_search_without_changing_any_score() {
    let c = Corpus::new();
    let filler = "Polling stations opened early and queues formed in the rain. ".repeat(3);
    c.write(
        "politics/howard.txt",
        format!(
            "Howard sets out his election pitch\n\nPublished: 2005-03-14\n\nConservative leader Michael \
             Howard said the election would be won on crime and immigration. {filler}Mr Howard spoke in \
             Dover.\n"
        ),
    );
    c.write(
        "politics/kennedy.txt",
        format!(
            "Kennedy on the election\n\nPublished: 2005-03-15\n\nLiberal Democrat leader Charles Kennedy \
             said the election was about the war, and that Michael Howard was wrong. {filler}\n"
        ),
    );
    c.write(
        "business/rates.txt",
        "Rates held before the election\n\nPublished: 2005-03-10\n\nThe Bank of England held rates, \
         weeks before a general election.\n",
    );
    c.ingest();
    let scores = |filters: &[&str]| -> Vec<(String, f64)> {
        let mut args = vec!["election"];
        args.extend_from_slice(filters);
        c.search_json(&args)["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| (file_name(h["path"].as_str().unwrap()), h["score"].as_f64().unwrap()))
            .collect()
    };
    let unfiltered = scores(&[]);
    assert_eq!(unfiltered.len(), 3, "{unfiltered:?}");
    let folder = c.root().join("politics").display().to_string();
    for filters in [
        vec!["--folder", folder.as_str()],
        vec!["--lang", "en"],
        vec!["--person", "Michael Howard"],
        vec!["--since", "2005-03-12"],
        vec!["--since", "2005-03-12", "--lang", "en", "--person", "Michael Howard"],
    ] {
        let filtered = scores(&filters);
        let kept = if filters == ["--lang", "en"] { 3 } else { 2 };
        assert_eq!(filtered.len(), kept, "{filters:?}: {filtered:?}");
        for (name, score) in &filtered {
            let before = unfiltered.iter().find(|(n, _)| n == name).unwrap().1;
            assert!((score - before).abs() < 1e-4, "{filters:?}: {name} scored {score}, {before} unfiltered");
        }
        // So the order is the words' own.
        let order: Vec<&String> =
            unfiltered.iter().map(|(n, _)| n).filter(|n| filtered.iter().any(|(f, _)| f == *n)).collect();
        assert_eq!(filtered.iter().map(|(n, _)| n).collect::<Vec<_>>(), order, "{filters:?}");
    }
}

#[test]
fn a_story_updated_through_the_day_is_shown_as_its_latest_version() {
    let c = Corpus::new();
    let story = "Fire broke out in a warehouse at the eastern docks shortly before noon, sending smoke \
        across the river. Firefighters from three stations were called, and the harbour master closed \
        the eastern channel to shipping while crews fought the blaze. Nobody was reported hurt, the fire \
        service said, and residents nearby were asked to keep their windows shut.";
    let updates = [
        "",
        " Police closed the dock road at one o'clock.",
        " Police closed the dock road at one o'clock. Two ships were held outside the channel.",
        " Police closed the dock road at one o'clock. Two ships were held outside the channel. The \
         fire was under control by three, the service said.",
    ];
    for (n, update) in updates.iter().enumerate() {
        let version = n + 1;
        let hour = 11 + version;
        let text = format!(
            "---\ntitle: Warehouse fire at the docks\ndate: 2026-03-02T{hour}:00:00\n---\n\n{story}{update}\n"
        );
        c.write(&format!("story-v{version}.md"), &text);
        if version == 4 {
            // The same file saved twice: the original leads, as before.
            c.write("story-v4 (1).md", &text);
        }
    }
    c.write(
        "other.md",
        "---\ntitle: Dock road works\ndate: 2026-03-01\n---\n\nThe dock road will be resurfaced in April.\n",
    );
    c.ingest();
    // The first version matches best (the shortest text): it no longer leads.
    let all = c.hit_names(&["warehouse", "--no-collapse"]);
    assert_eq!(all.first().map(String::as_str), Some("story-v1.md"), "{all:?}");
    let json = c.search_json(&["warehouse"]);
    let hits = json["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 1, "{json}");
    assert_eq!(file_name(hits[0]["path"].as_str().unwrap()), "story-v4.md", "{json}");
    assert_eq!(hits[0]["date"], "2026-03-02T15:00:00");
    let mut copies: Vec<String> =
        hits[0]["duplicates"].as_array().unwrap().iter().map(|p| file_name(p.as_str().unwrap())).collect();
    copies.sort();
    assert_eq!(copies, ["story-v1.md", "story-v2.md", "story-v3.md", "story-v4 (1).md"]);
    // The same under the other orders that fold copies.
    for sort in ["recent", "date"] {
        let names = c.hit_names(&["warehouse", "--sort", sort]);
        assert_eq!(names, ["story-v4.md"], "--sort {sort}");
    }
    // But `--sort oldest` asks when the story first appeared.
    assert_eq!(c.hit_names(&["warehouse", "--sort", "oldest"]), ["story-v1.md"]);
}

#[test]
fn recent_ranks_a_window_of_an_old_archive_by_its_own_newest_story() {
    let c = Corpus::new();
    let dated = |name: &str, date: &str, text: &str| {
        c.write(name, format!("---\ntitle: OPEC talks\ndate: {date}\n---\n\n{text}\n"));
    };
    dated("early.md", "1987-03-02", "OPEC ministers met.");
    dated("mid.md", "1987-03-16", "OPEC ministers met in Vienna on Sunday.");
    dated("late.md", "1987-03-30", "OPEC ministers met in Vienna on Sunday to talk about output.");
    // The archive runs to 2026.
    dated("now.md", "2026-03-30", "OPEC ministers met again.");
    c.ingest();
    let window = ["opec", "--since", "1987-03", "--until", "1987-03", "--half-life", "2d"];
    let relevance = c.hit_names(&window);
    assert_eq!(
        relevance.last().map(String::as_str),
        Some("late.md"),
        "the latest matches least: {relevance:?}"
    );
    let mut recent = window.to_vec();
    recent.extend(["--sort", "recent"]);
    let ranked = c.hit_names(&recent);
    // The window's own newest story gets the boost (it was 39 years older than the index's
    // newest, and no story in the window got any).
    assert_eq!(ranked.first().map(String::as_str), Some("late.md"), "{ranked:?}");
    let json = c.search_json(&recent);
    let late =
        json["hits"].as_array().unwrap().iter().find(|h| file_name(h["path"].as_str().unwrap()) == "late.md");
    let plain = c.search_json(&window);
    let late_plain = plain["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| file_name(h["path"].as_str().unwrap()) == "late.md");
    let ratio = late.unwrap()["score"].as_f64().unwrap() / late_plain.unwrap()["score"].as_f64().unwrap();
    assert!((ratio - 2.0).abs() < 1e-3, "twice its score, as new as the newest it finds: {ratio}");
}

#[test]
fn duplicates_lists_groups_and_copies_in_the_same_order_whatever_order_they_were_ingested_in() {
    let c = Corpus::new();
    let fishing = "Fishing talks resume\n\nNegotiators on the fishing accord met again on Tuesday and \
                   said the remaining points on quotas, inspections and net sizes could be settled before \
                   the summit, officials from both delegations told reporters after the session.\n";
    let steel = "Steel talks resume\n\nThe steelmakers' association and the union resumed wage talks \
                 in Pittsburgh after a two-week break, with pensions and plant closures still dividing \
                 them, a spokeswoman for the mills said late on Thursday.\n";
    // Ingested in reverse order of their names: the z group and the later copy of each first.
    c.write("z2.txt", fishing);
    c.cmd(&["ingest", "articles/z2.txt"]).assert().success();
    c.write("b2.txt", steel);
    c.cmd(&["ingest", "articles/b2.txt"]).assert().success();
    c.write("z1.txt", fishing);
    c.write("b1.txt", steel);
    c.ingest();
    let dups: serde_json::Value =
        serde_json::from_slice(&c.cmd(&["duplicates", "--json"]).output().unwrap().stdout).unwrap();
    let copies: Vec<Vec<String>> = dups["shown"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["copies"].as_array().unwrap().iter().map(|p| file_name(p.as_str().unwrap())).collect())
        .collect();
    assert_eq!(copies, [["b1.txt", "b2.txt"], ["z1.txt", "z2.txt"]], "{dups}");
    assert_eq!(dups["shown"][0]["title"].as_str(), Some("Steel talks resume"), "{dups}");
}

#[test]
fn a_correction_of_a_wire_storys_first_paragraphs_folds_under_the_story() {
    let c = Corpus::new();
    let opening = "Goodyear Tire and Rubber Co said it agreed to sell its Celeron Corp oil and gas \
        unit to a group of investors for about 600 mln dlrs in cash and notes.\n\n\
        The company said the sale would produce a gain of about 64 cents a share in the second \
        quarter, and that the money would go to pay down debt taken on to fight off a takeover bid.\n\n\
        Goodyear said the buyers would keep the Celeron pipeline staff in Houston and Santa Barbara.";
    let rest = "\n\nAnalysts said the price was at the top of the range they had expected for the unit, \
        whose reserves have fallen with oil prices over the past year.\n\n\
        Shares of Goodyear rose one dlr to 48 in early trading on the New York Stock Exchange, \
        where more than two mln shares changed hands before noon.";
    c.write("1987-06-05-goodyear.txt", format!("GOODYEAR TO SELL CELERON\n\n{opening}{rest}\n"));
    c.write(
        "1987-06-05-goodyear-corrected.txt",
        format!("(CORRECTED) - GOODYEAR TO SELL CELERON\n\n{}\n", opening.replace("64 cents", "59 cents")),
    );
    // Another week's story under the same headline, in other words, is its own.
    c.write(
        "1987-06-12-goodyear.txt",
        "GOODYEAR TO SELL CELERON\n\nGoodyear said the Celeron sale closed on Friday after the \
         Federal Energy Regulatory Commission approved the transfer of the pipeline, and that the \
         buyers paid the last of the notes ahead of time. The company did not say how it would use \
         the cash, but analysts expect more debt to be retired this year.\n",
    );
    c.ingest();
    let json = c.search_json(&["goodyear celeron"]);
    let hits = json["hits"].as_array().unwrap();
    assert_eq!((json["total"].as_u64(), json["stories"].as_u64()), (Some(3), Some(2)), "{json}");
    let folded = hits.iter().find(|h| !h["duplicates"].as_array().unwrap().is_empty()).unwrap();
    let mut pair: Vec<String> = std::iter::once(&folded["path"])
        .chain(folded["duplicates"].as_array().unwrap())
        .map(|p| file_name(p.as_str().unwrap()))
        .collect();
    pair.sort();
    assert_eq!(pair, ["1987-06-05-goodyear-corrected.txt", "1987-06-05-goodyear.txt"], "{folded}");
    // `duplicates` lists the pair as one group.
    let dups: serde_json::Value =
        serde_json::from_slice(&c.cmd(&["duplicates", "--json"]).output().unwrap().stdout).unwrap();
    assert_eq!((dups["groups"].as_u64(), dups["articles_in_groups"].as_u64()), (Some(1), Some(2)), "{dups}");
    assert!(!dups.to_string().contains("1987-06-12-goodyear.txt"), "{dups}");
    // Each copy of the pair as the text lists it, a line each with its date and file; of
    // the two headlines, the group is listed under one, the other copy's line gives its own.
    let text = String::from_utf8(c.cmd(&["duplicates"]).output().unwrap().stdout).unwrap();
    let rows: Vec<&str> = text.lines().filter(|l| l.starts_with("    1987-06-05 · ")).collect();
    assert_eq!(rows.len(), 2, "{text}");
    for file in ["1987-06-05-goodyear.txt", "1987-06-05-goodyear-corrected.txt"] {
        assert_eq!(rows.iter().filter(|r| r.contains(&format!("/{file}"))).count(), 1, "{text}");
    }
    assert!(text.contains("(CORRECTED) - GOODYEAR TO SELL CELERON"), "{text}");
    assert_eq!(text.matches("GOODYEAR TO SELL CELERON").count(), 2, "{text}");
}
