//! `newsdex quotes`: the direct quotations of the matching articles with their speakers as
//! the articles attribute them, so that what one person said can be cited.

use crate::util::Corpus;

/// Two election stories: one quoting Tony Blair (as "he" and "the prime minister" too) and
/// Michael Howard, whose quote names Blair; one quoting only Howard, on schools.
fn campaign() -> Corpus {
    let c = Corpus::new();
    c.write(
        "tax.md",
        "---\ntitle: Blair and Howard clash on tax\ndate: 2005-02-03\nauthor: Nick Assinder\n---\n\n\
         Prime Minister Tony Blair and Tory leader Michael Howard clashed over tax on Wednesday.\n\n\
         “Mr Blair said exactly the same thing in 1997, and taxes went up 66 times,” said Mr Howard.\n\n\
         Mr Blair was speaking in Hull. \"We will not raise the basic rate of income tax,\" he said.\n\n\
         \"Our promise on tax stands.\n\n\
         \"It will stand after the election too,\" the prime minister added.\n\n\
         Mr Blair said: \"Schools come first.\"\n\n\
         A Labour spokesman said: \"The Tories would cut tax for the few.\"\n",
    );
    c.write(
        "schools.md",
        "---\ntitle: Howard pledges school places\ndate: 2005-02-01\n---\n\n\
         Tory leader Michael Howard spoke in Leeds on Tuesday.\n\n\
         \"Every parent should have the right to choose a school,\" Mr Howard said.\n",
    );
    c.ingest();
    c
}

/// The `quotes --json` lines of a run, parsed.
fn quotes_json(c: &Corpus, args: &[&str]) -> Vec<serde_json::Value> {
    let mut full = vec!["quotes", "--json"];
    full.extend_from_slice(args);
    let out = c.cmd(&full).output().expect("run newsdex");
    String::from_utf8(out.stdout)
        .expect("utf8")
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON object a line"))
        .collect()
}

/// Each quote's speaker (null when none is named), its words as written and its kind.
fn speaker_rows(quotes: &[serde_json::Value]) -> Vec<(&serde_json::Value, &str, &str)> {
    quotes
        .iter()
        .map(|q| {
            (&q["speaker"], q["speaker_as_written"].as_str().unwrap(), q["speaker_kind"].as_str().unwrap())
        })
        .collect()
}

#[test]
fn the_undated_articles_a_speakers_dates_leave_out_are_those_naming_him() {
    let c = campaign();
    // An undated story quoting someone else, and one naming Howard.
    c.write("harbour.txt", "Harbour reopens\n\n\"The quay is safe,\" said harbour master John Smith.\n");
    c.write("leeds.txt", "Howard in Leeds\n\n\"We will win Leeds,\" said Michael Howard.\n");
    c.ingest();
    let undated_note = |args: &[&str]| -> String {
        let out = c.cmd(args).output().expect("run newsdex");
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        err.lines().filter(|l| l.contains("no publication date")).collect()
    };
    let note = undated_note(&["quotes", "--since", "2005-01-01", "--speaker", "Michael Howard"]);
    assert!(note.starts_with("newsdex: 1 more article matches"), "{note}");
    let note = undated_note(&["quotes", "--since", "2005-01-01"]);
    assert!(note.starts_with("newsdex: 2 more articles match"), "{note}");
}

#[test]
fn a_speaker_s_quotes_on_a_subject_are_his_own_not_those_naming_him() {
    let c = campaign();
    let quotes = quotes_json(&c, &["tax", "--speaker", "Blair"]);
    let said: Vec<(&str, &str)> =
        quotes.iter().map(|q| (q["speaker"].as_str().unwrap(), q["quote"].as_str().unwrap())).collect();
    assert_eq!(
        said,
        [
            ("Tony Blair", "We will not raise the basic rate of income tax"),
            ("Tony Blair", "Our promise on tax stands. It will stand after the election too"),
        ],
        "{quotes:#?}"
    );
    // Cited with the article, as written.
    let first = &quotes[0];
    assert_eq!(first["speaker_as_written"], "he");
    assert_eq!(first["attribution"], "he said");
    assert_eq!(first["title"], "Blair and Howard clash on tax");
    assert_eq!(first["day"], "2005-02-03");
    assert_eq!(first["byline"], "Nick Assinder");
    assert_eq!(first["paragraph"], 3);
    assert!(first["ref"].as_str().unwrap().ends_with("tax.md"), "{first}");
    assert_eq!(quotes[1]["speaker_as_written"], "the prime minister");

    // Howard's quote naming Blair is Howard's, with "taxes" as a word of the query.
    let howard = quotes_json(&c, &["tax", "--speaker", "Mr Howard"]);
    assert_eq!(howard.len(), 1, "{howard:#?}");
    assert_eq!(howard[0]["speaker"], "Michael Howard");
    assert!(howard[0]["quote"].as_str().unwrap().starts_with("Mr Blair said exactly the same thing"));
}

#[test]
fn the_text_lists_each_article_s_quotes_and_stderr_says_what_was_left_out() {
    let c = campaign();
    let out = c.cmd(&["quotes", "--speaker", "Blair"]).assert().success().get_output().clone();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Blair and Howard clash on tax\n"), "{text}");
    assert!(
        text.contains("  Tony Blair (he): “We will not raise the basic rate of income tax” (¶3)\n"),
        "{text}"
    );
    assert!(text.contains("  Tony Blair: “Schools come first.”"), "{text}");
    assert!(!text.contains("Howard pledges"), "an article with no quote of his is not listed: {text}");
    let note = String::from_utf8(out.stderr).unwrap();
    // Blair's three (the one over two paragraphs once); Howard's two (one in each
    // article) and the spokesman's left out.
    assert!(
        note.contains(
            "3 quotes in 1 of 2 articles; left out: 2 quotes of other speakers, 1 of unknown speakers"
        ),
        "{note}"
    );

    // Every quote of the articles a filter keeps, with no query and no speaker.
    let all = quotes_json(&c, &["--folder", "articles/schools.md"]);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0]["speaker"], "Michael Howard");
    // The spokesman is unknown, as written.
    let unknown = quotes_json(&c, &["cut"]);
    assert_eq!(unknown.len(), 1, "{unknown:#?}");
    assert_eq!(unknown[0]["speaker"], serde_json::Value::Null);
    assert_eq!(unknown[0]["speaker_as_written"], "A Labour spokesman");
}

#[test]
fn quotes_are_written_by_a_template_and_none_found_is_status_1() {
    let c = campaign();
    let out = c
        .cmd(&[
            "quotes",
            "school",
            "--format",
            "{day},{speaker:csv},{quote:csv}",
            "--header",
            "day,speaker,quote",
        ])
        .assert()
        .success()
        .get_output()
        .clone();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "day,speaker,quote\n2005-02-01,Michael Howard,Every parent should have the right to choose a school\n\
         2005-02-03,Tony Blair,Schools come first.\n",
        "oldest first; \"school\" also finds \"Schools\", as a search does"
    );
    c.cmd(&["quotes", "tax", "--speaker", "Kennedy"]).assert().code(1);
    let err = c.cmd(&["quotes", "--format", "{nobody}"]).assert().code(2).get_output().stderr.clone();
    assert!(String::from_utf8(err).unwrap().contains("{nobody} is no field of a quote"));
}

#[test]
fn a_story_published_twice_is_quoted_once_and_stderr_says_what_its_copies_held() {
    let c = Corpus::new();
    let story = "Council backs plan\n\nCouncil leader Margaret Hughes spoke on Monday.\n\n\
                 \"We have no choice given the budget we have been handed,\" Ms Hughes said.\n";
    c.write("monday.txt", story);
    c.write("monday-copy.txt", story);
    c.ingest();
    let out = c.cmd(&["quotes", "--json"]).assert().success().get_output().clone();
    let quotes: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(quotes.len(), 1, "{quotes:#?}");
    let other = if quotes[0]["relpath"].as_str().unwrap().ends_with("monday.txt") {
        "articles/monday-copy.txt"
    } else {
        "articles/monday.txt"
    };
    assert_eq!(quotes[0]["duplicates"], serde_json::json!([other]));
    let note = String::from_utf8(out.stderr).unwrap();
    assert!(
        note.contains(
            "left out: 1 quote repeated in 1 later copy of the stories listed (--no-collapse lists them)"
        ),
        "{note}"
    );
    // Every copy's, on demand.
    assert_eq!(quotes_json(&c, &["--no-collapse"]).len(), 2);
}

#[test]
fn a_story_sent_again_days_later_is_quoted_under_its_first_copy_and_an_update_s_own_quote_under_it() {
    let c = Corpus::new();
    let story = "Council leader Margaret Hughes spoke at the town hall on Saturday about the budget for \
                 schools, roads and the library, which the council must set before the end of March.\n\n\
                 \"We have no choice given the budget we have been handed,\" Ms Hughes said.\n\n\
                 The council will vote on the plan next month, after a consultation with residents, \
                 businesses and the unions representing its staff, who fear for their jobs.\n\n\
                 Opposition members said the plan would close two libraries and cut bus routes in the \
                 villages, and asked for the vote to be put off until the summer.\n";
    c.write("saturday.md", format!("---\ntitle: Council backs plan\ndate: 2005-02-05\n---\n\n{story}"));
    // Sent again on Monday, with a paragraph quoting the opposition leader added.
    c.write(
        "monday.md",
        format!(
            "---\ntitle: Council backs plan\ndate: 2005-02-07\n---\n\n{story}\n\
             \"This plan will shut the libraries our children need,\" said opposition leader Tom Price.\n"
        ),
    );
    c.ingest();
    let out = c.cmd(&["quotes", "--json"]).assert().success().get_output().clone();
    let quotes: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let listed: Vec<(&str, &str)> =
        quotes.iter().map(|q| (q["speaker"].as_str().unwrap(), q["ref"].as_str().unwrap())).collect();
    assert_eq!(
        listed,
        [("Margaret Hughes", "articles/saturday.md"), ("Tom Price", "articles/monday.md")],
        "{quotes:#?}"
    );
    assert_eq!(quotes[0]["duplicates"], serde_json::json!(["articles/monday.md"]));
    let note = String::from_utf8(out.stderr).unwrap();
    assert!(note.contains("left out: 1 quote repeated in 1 later copy"), "{note}");
    // Every copy's, on demand.
    assert_eq!(quotes_json(&c, &["--no-collapse"]).len(), 3);
}

#[test]
fn quotes_are_listed_in_a_search_s_order_and_as_many_articles_as_n_says() {
    let c = campaign();
    let refs = |args: &[&str]| -> Vec<String> {
        let mut refs: Vec<String> =
            quotes_json(&c, args).iter().map(|q| q["ref"].as_str().unwrap().to_string()).collect();
        refs.dedup();
        refs
    };
    // Oldest first by default; newest first with --sort date, as search sorts.
    assert_eq!(refs(&[]), ["articles/schools.md", "articles/tax.md"]);
    assert_eq!(refs(&["--sort", "date"]), ["articles/tax.md", "articles/schools.md"]);
    assert_eq!(refs(&["--sort", "oldest"]), ["articles/schools.md", "articles/tax.md"]);
    // By relevance: the article writing "school" most.
    assert_eq!(refs(&["school", "--sort", "relevance"]), ["articles/schools.md", "articles/tax.md"]);
    // -n: the first articles of that order, and stderr says how many more.
    let out = c.cmd(&["quotes", "--sort", "date", "-n", "1"]).assert().success().get_output().clone();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("Blair and Howard clash on tax\n") && !text.contains("Howard pledges"),
        "{text}"
    );
    let note = String::from_utf8(out.stderr).unwrap();
    let said = format!(
        "-n 1 lists 1 of the 2 articles, {} quotes (-n all lists every one)",
        text.matches('“').count()
    );
    assert!(note.contains(&said), "{note}");
    let none = c.cmd(&["quotes", "-n", "0"]).assert().success().get_output().clone();
    assert!(none.stdout.is_empty());
}

#[test]
fn a_surname_alone_is_the_speaker_search_takes_it_for() {
    let c = Corpus::new();
    c.write(
        "advice.txt",
        "Advice published\n\nAttorney General Peter Goldsmith published his advice.\n\n\
         \"I set out my own view,\" Peter Goldsmith said.\n",
    );
    c.write(
        "debate.txt",
        "Advice debated\n\nMr Goldsmith spoke to MPs on Tuesday.\n\n\
         \"The advice was my own,\" said Mr Goldsmith.\n",
    );
    c.ingest();
    let quotes = quotes_json(&c, &["--speaker", "Peter Goldsmith"]);
    let speakers: Vec<&str> = quotes.iter().map(|q| q["speaker"].as_str().unwrap()).collect();
    assert_eq!(speakers, ["Peter Goldsmith", "Peter Goldsmith"], "{quotes:#?}");
    // As written in the article all the same.
    assert!(quotes.iter().any(|q| q["speaker_as_written"] == "Mr Goldsmith"), "{quotes:#?}");
}

#[test]
fn a_peer_is_the_speaker_the_article_titles_not_a_namesake_of_another_article() {
    let c = Corpus::new();
    // A shipping story names Fred Hoffmann; the Law Lords' story Lord Hoffmann alone.
    c.write(
        "shipping.txt",
        "Tanker rates firm\n\nFred Hoffmann, a broker in Hamburg, said rates were firm.\n\n\
         \"Rates will rise again next week,\" Fred Hoffmann said.\n",
    );
    c.write(
        "ruling.txt",
        "Law Lords rule on detention\n\nThe Law Lords ruled against the government on Thursday.\n\n\
         Lord Hoffmann said: \"The real threat to the life of the nation comes from laws such as these.\"\n\n\
         Liberal Democrat leader Charles Kennedy welcomed the ruling. Labour peer Baroness Kennedy said \
         the ruling was right. \"This is a great day for the rule of law,\" she said.\n",
    );
    c.ingest();
    let quotes = quotes_json(&c, &["--folder", "articles/ruling.txt"]);
    let speakers: Vec<&str> = quotes.iter().map(|q| q["speaker"].as_str().unwrap_or("?")).collect();
    assert_eq!(speakers, ["Lord Hoffmann", "Baroness Kennedy"], "{quotes:#?}");
    // Neither namesake finds the peer's words.
    assert!(quotes_json(&c, &["--speaker", "Fred Hoffmann", "--folder", "articles/ruling.txt"]).is_empty());
    assert!(quotes_json(&c, &["--speaker", "Charles Kennedy"]).is_empty());
    assert_eq!(quotes_json(&c, &["--speaker", "Hoffmann"]).len(), 2);
}

#[test]
fn unnamed_sources_are_unknown_speakers_with_their_words_as_written() {
    let c = Corpus::new();
    c.write(
        "plan.txt",
        "Plan in doubt\n\nThe council met on Monday to discuss the library plan.\n\n\
         Sources said the plan was \"all but agreed\".\n\n\
         \"The plan is dead,\" sources said.\n\n\
         Sources close to the leader said: \"It will pass.\"\n\n\
         A spokesman for the LSE said: \"We have been talking for two years.\"\n\n\
         Analysts said the scheme was \"risky\".\n",
    );
    c.ingest();
    let quotes = quotes_json(&c, &[]);
    let rows = speaker_rows(&quotes);
    let null = &serde_json::Value::Null;
    assert_eq!(
        rows,
        [
            (null, "Sources", "unnamed"),
            (null, "sources", "unnamed"),
            (null, "Sources close to the leader", "unnamed"),
            (null, "A spokesman for the LSE", "unnamed"),
            (null, "Analysts", "unnamed"),
        ],
        "{quotes:#?}"
    );
    // The kind and how it was found, in a template too.
    let out = c
        .cmd(&["quotes", "pass", "--format", "{speaker_kind},{attributed}"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8(out).unwrap(), "unnamed,before\n");
}

#[test]
fn a_title_typed_to_speaker_keeps_to_its_gender_and_the_surname() {
    let c = Corpus::new();
    c.write("mrs.txt", "Vote due\n\n\"I am confident of winning,\" Mrs Hughes said.\n");
    c.write("mr.txt", "Vote due again\n\n\"The town should be proud,\" Mr Hughes said.\n");
    c.write("first.txt", "Budget\n\n\"Rates will rise,\" said Hughes Archer, an economist.\n");
    c.ingest();
    let said = |who: &str| -> Vec<String> {
        quotes_json(&c, &["--speaker", who])
            .iter()
            .map(|q| q["quote"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(said("Mrs Hughes"), ["I am confident of winning"]);
    assert_eq!(said("Mr Hughes"), ["The town should be proud"]);
    // Untitled, every Hughes, the given name too.
    assert_eq!(said("Hughes").len(), 3);
}

#[test]
fn an_unnamed_official_is_said_unnamed_and_a_he_is_the_last_speaker_named_not_his_firm() {
    let c = Corpus::new();
    c.write(
        "coffee.txt",
        "Coffee talks fail\n\n\"Brazil will want to test the resolve of other producers,\" said one U.S. trade \
         official.\n\n\"It paves the way for better value,\" said Janney Montgomery analyst Louis Marckesano of \
         the sale.\n\n\"Technically, you didn't know what was going to happen,\" he said.\n",
    );
    c.ingest();
    let quotes = quotes_json(&c, &[]);
    let rows = speaker_rows(&quotes);
    let null = &serde_json::Value::Null;
    let marckesano = &serde_json::Value::from("Louis Marckesano");
    // No "U.S" for a speaker, and the broker before the analyst's role is not "he".
    assert_eq!(
        rows,
        [
            (null, "one U.S. trade official", "unnamed"),
            (marckesano, "Louis Marckesano", "person"),
            (marckesano, "he", "person"),
        ],
        "{quotes:#?}"
    );
    let out = c.cmd(&["quotes", "Brazil"]).assert().success().get_output().stdout.clone();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains(
            "  unnamed (one U.S. trade official): “Brazil will want to test the resolve of other producers”"
        ),
        "{text}"
    );
}

#[test]
fn a_long_role_after_a_quote_and_a_leader_s_spokesman_name_the_right_speaker() {
    let c = Corpus::new();
    c.write(
        "storage.txt",
        "New storage systems\n\n\"This flurry of new technology could yield new systems,\" said Ian Warhaftig, \
         a senior analyst with International Data Corp, Framingham, Mass.\n\n\"We're developing new systems \
         because our customers are asking for them,\" Peter Giles, vice president and general manager of \
         Kodak's mass memory division, said in a recent interview.\n",
    );
    c.write(
        "pensions.txt",
        "Strike threat over pensions\n\nOn Monday, Tony Blair's official spokesman declined to say whether the \
         prime minister backed the plans. He said: \"What's important is that there's a process going on.\"\n",
    );
    c.ingest();
    let quotes = quotes_json(&c, &[]);
    let rows: Vec<(&serde_json::Value, &str, &str)> = quotes
        .iter()
        .map(|q| (&q["speaker"], q["speaker_kind"].as_str().unwrap(), q["quote"].as_str().unwrap()))
        .collect();
    let null = &serde_json::Value::Null;
    let (giles, warhaftig) =
        (&serde_json::Value::from("Peter Giles"), &serde_json::Value::from("Ian Warhaftig"));
    assert_eq!(
        rows,
        [
            (null, "unnamed", "What's important is that there's a process going on."),
            (warhaftig, "person", "This flurry of new technology could yield new systems"),
            (giles, "person", "We're developing new systems because our customers are asking for them"),
        ],
        "{quotes:#?}"
    );
    assert_eq!(quotes[0]["speaker_as_written"], "Tony Blair's official spokesman");
    assert!(quotes_json(&c, &["--speaker", "Blair"]).is_empty());
}

#[test]
fn two_speaking_together_are_both_speakers_and_a_short_given_name_is_the_full_one() {
    let c = Corpus::new();
    c.write(
        "uaw.txt",
        "UAW backs Chrysler deal\n\nUAW president Owen Bieber and vice president Marc Stepp said in a \
         statement: \"We believe our members' interests can be well served.\"\n",
    );
    c.write(
        "gm.txt",
        "GM strike talk\n\n\"GM is acting as if they would welcome a strike,\" said Ron Glantz, analyst with \
         Montgomery Securities.\n",
    );
    c.write(
        "buyback.txt",
        "GM buyback\n\n\"The stock is obviously going to be strong tomorrow,\" said Ronald Glantz, analyst at \
         Montgomery Securities.\n",
    );
    c.ingest();
    let quotes = quotes_json(&c, &["--speaker", "Stepp"]);
    assert_eq!(quotes.len(), 1, "{quotes:#?}");
    assert_eq!(quotes[0]["speaker"], "Owen Bieber and Marc Stepp");
    assert_eq!(quotes[0]["speakers"], serde_json::json!(["Owen Bieber", "Marc Stepp"]));
    assert_eq!(quotes_json(&c, &["--speaker", "Owen Bieber"]).len(), 1);
    // "Ron Glantz" is the "Ronald Glantz" `people` counts him as.
    let glantz = quotes_json(&c, &["--speaker", "Glantz"]);
    let speakers: Vec<&str> = glantz.iter().map(|q| q["speaker"].as_str().unwrap()).collect();
    assert_eq!(speakers, ["Ronald Glantz", "Ronald Glantz"], "{glantz:#?}");
    assert_eq!(glantz[0]["speakers"], serde_json::json!(["Ronald Glantz"]));
}

#[test]
fn a_template_writes_each_speaker_as_the_json_lists_them() {
    let c = Corpus::new();
    c.write(
        "uaw.txt",
        "UAW backs Chrysler deal\n\nUAW president Owen Bieber and vice president Marc Stepp said in a \
         statement: \"We believe our members' interests can be well served.\"\n",
    );
    c.ingest();
    let out = c.cmd(&["quotes", "--format", "{speakers}|{speaker}"]).assert().success().get_output().clone();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "Owen Bieber, Marc Stepp|Owen Bieber and Marc Stepp\n"
    );
}

#[test]
fn a_quote_after_x_said_is_x_s_and_a_he_after_a_role_is_not_the_one_named_before() {
    let c = Corpus::new();
    c.write(
        "smoking.txt",
        "Smoking ban backed\n\n\
         Mr McLetchie asked: \"Will the smokers become criminals?\" The Green health spokeswoman, \
         Eleanor Scott, said she was pleased.\n",
    );
    c.write(
        "dinners.txt",
        "Howard taunts Blair\n\n\
         Tory leader Michael Howard spoke in Leeds on Tuesday.\n\n\
         Tony Blair answered in Hull. The Tory leader countered that the deals were struck at dinners. \
         He declared: \"He is the deals on meals prime minister.\"\n",
    );
    c.ingest();
    let smokers = quotes_json(&c, &["--speaker", "McLetchie"]);
    assert_eq!(smokers.len(), 1, "{smokers:?}");
    assert_eq!(smokers[0]["quote"], "Will the smokers become criminals?");
    assert!(quotes_json(&c, &["--speaker", "Eleanor Scott"]).is_empty());
    // The Tory leader's words are Howard's, the one the story gave the role, not Blair's.
    assert!(quotes_json(&c, &["--speaker", "Blair"]).is_empty());
    let howard = quotes_json(&c, &["--speaker", "Howard"]);
    assert_eq!(howard.len(), 1, "{howard:?}");
    assert_eq!(howard[0]["quote"], "He is the deals on meals prime minister.");
}
