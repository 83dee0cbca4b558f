//! A quote no article writes: the quotes one word off that articles do write, with the
//! search to type (one word too many, one word changed), in the command's hints and the
//! API's alike.

use crate::util::Corpus;

/// Two speeches quoted as the papers wrote them, and one on another subject.
fn speeches() -> Corpus {
    let c = Corpus::new();
    c.write(
        "sand.txt",
        "Pledge on schools\n\nThe minister called it a promise written in sand, and said the \
         money would not come.\n",
    );
    c.write(
        "deals.txt",
        "Union talks\n\nThe union leader said: \"You don't do deals over jobs like this.\"\n",
    );
    c.write("weather.txt", "Floods\n\nRain fell on the coast for a week and the roads closed.\n");
    c.ingest();
    c
}

/// The hints (stderr) of a search that finds nothing.
fn hints(c: &Corpus, query: &str) -> String {
    let out = c.cmd(&["search", query]).assert().code(1).get_output().clone();
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn a_quote_with_a_word_too_many_says_the_quote_without_it() {
    let c = speeches();
    let said = hints(&c, r#""a promise written in the sand""#);
    assert!(
        said.contains(r#"search "a promise written in sand" (the quote without "the"): 1 article writes it"#),
        "{said}"
    );
    // The search it gives finds the article.
    assert_eq!(c.hit_names(&[r#""a promise written in sand""#]), ["sand.txt"]);
}

#[test]
fn a_quote_with_a_word_changed_says_the_word_the_article_writes() {
    let c = speeches();
    let said = hints(&c, r#""you don't make deals over jobs like this""#);
    assert!(
        said.contains(
            r#"search "you don't do deals over jobs like this" ("do" for "make"): 1 article writes it"#
        ),
        "{said}"
    );
    assert_eq!(c.hit_names(&[r#""you don't do deals over jobs like this""#]), ["deals.txt"]);
    // Pasted with typographic quotes and its full stop, the same.
    assert!(hints(&c, "“you don't make deals over jobs like this”.").contains(r#"("do" for "make")"#));
    // The API's hints say it too.
    let json = c.search_json(&[r#""you don't make deals over jobs like this""#]);
    assert!(json["hints"].to_string().contains(r#"(\"do\" for \"make\")"#), "{json}");
}

#[test]
fn a_near_quote_keeps_the_filters_and_quotes_far_off_say_nothing_of_it() {
    let c = speeches();
    // Under a filter that leaves the article out, no near quote is offered.
    let mut filtered =
        c.cmd(&["search", "--folder", "articles/weather.txt", r#""a promise written in the sand""#]);
    let out = filtered.assert().code(1).get_output().clone();
    assert!(!String::from_utf8(out.stderr).unwrap().contains("the quote without"));
    // Two words off: nothing near.
    let far = hints(&c, r#""a pledge written in the sand""#);
    assert!(!far.contains("the quote without") && !far.contains("search \""), "{far}");
}

#[test]
fn a_quote_in_typographic_quotes_gets_no_note_on_its_words() {
    let c = Corpus::new();
    c.write("cap.txt", "Donations cap\n\nThe party said: \"We are not in favour of a cap.\"\n");
    c.ingest();
    for quoted in ["“we are not in”", "«we are not in»", "„we are not in“", "\"we are not in\""] {
        let out = c.cmd(&["search", quoted]).assert().success().get_output().clone();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(!stderr.contains("is searched as a word"), "{quoted}: {stderr}");
        assert_eq!(c.search_json(&[quoted])["notes"], serde_json::json!([]), "{quoted}");
    }
}

#[test]
fn a_contraction_typed_without_its_apostrophe_is_not_corrected_to_another_word() {
    let c = Corpus::new();
    c.write("strike.txt", "Strike goes on\n\nWorkers want more pay: \"We won't back down,\" they said.\n");
    c.ingest();
    let out = c.cmd(&["search", r#""we wont back down""#]).output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains("did you mean \"want\""), "{stderr}");
    // A misspelling is still corrected.
    let out = c.cmd(&["search", "strke"]).assert().code(1).get_output().clone();
    assert!(String::from_utf8(out.stderr).unwrap().contains("did you mean \"strike\""));
}

#[test]
fn wildcards_or_brackets_and_near_in_a_proximity_search_are_said_not_taken() {
    let c = Corpus::new();
    c.write("suit.txt", "Oil ruling\n\nTexaco said the court threw out the suit on Monday.\n");
    c.write("lawsuit.txt", "Appeal\n\nTexaco will appeal after losing the lawsuit brought by Pennzoil.\n");
    c.ingest();
    let notes = |query: &str| c.search_json(&[query])["notes"].to_string();
    // The search each note offers finds what was meant.
    assert_eq!(c.search_json(&[r#""texaco suit"~10 OR "texaco lawsuit"~10"#])["total"], 2);
    let or = notes(r#""texaco (suit OR lawsuit)"~10"#);
    assert!(or.contains(r#"for either, write \"texaco suit\"~10 OR \"texaco lawsuit\"~10"#), "{or}");
    let star = notes(r#""texaco suit*"~10"#);
    assert!(star.contains("inside quotes, * is no wildcard"), "{star}");
    let near = notes("texaco NEAR/10 lawsuit");
    assert!(near.contains(r#"write \"texaco lawsuit\"~10"#), "{near}");
    // On the command line, on stderr.
    let out = c.cmd(&["search", r#""texaco (suit OR lawsuit)"~10"#]).output().unwrap();
    assert!(String::from_utf8(out.stderr).unwrap().contains("OR and brackets are no operators"));
}
