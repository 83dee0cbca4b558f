//! The operators of other news databases (LexisNexis, Factiva, Westlaw), typed out of
//! habit: each read as newsdex reads it, or said on stderr and in the JSON's `notes` with
//! the newsdex way to write it, never searched silently as words.

use crate::util::Corpus;

/// Merger stories in several forms of the word, one that only "emerges", and a quote.
fn wire() -> Corpus {
    let c = Corpus::new();
    c.write(
        "merger.txt",
        "Banks agree merger\n\nTexaco and Pennzoil talked about a merger and an acquisition.\n",
    );
    c.write("merged.txt", "Utilities merged\n\nThe two utilities merged their networks last year.\n");
    c.write("merges.txt", "Airline merges units\n\nThe airline merges two units into one.\n");
    c.write("emerge.txt", "Data emerges\n\nNew figures emerge on the economy.\n");
    c.write("stop.txt", "Protest\n\n\"Stop!\" the crowd shouted at the stopping train.\n");
    c.ingest();
    c
}

/// The hit names of a search, sorted (the order is the ranking's).
fn hits(c: &Corpus, query: &str) -> Vec<String> {
    let mut names = c.hit_names(&[query]);
    names.sort();
    names
}

/// The notes a search gives in its JSON, joined.
fn notes(c: &Corpus, query: &str) -> String {
    c.search_json(&[query])["notes"].to_string()
}

#[test]
fn a_bang_ending_a_word_truncates_it_and_says_so() {
    let c = wire();
    // Was "merge" alone (merged.txt, merges.txt and merger.txt missed: only the mark was dropped).
    assert_eq!(hits(&c, "merg!"), ["merged.txt", "merger.txt", "merges.txt"]);
    assert_eq!(hits(&c, "merg!"), hits(&c, "merg*"));
    let said = notes(&c, "merg! AND texaco");
    assert!(said.contains(r#"\"merg!\": ! read as * (merg*: any word starting so)"#), "{said}");
    // On the command line, on stderr.
    let out = c.cmd(&["search", "(merg!)"]).output().unwrap();
    assert!(String::from_utf8(out.stderr).unwrap().contains("! read as *"));
    // Quoted, as pasted, it stays a mark: "stopping" is not "Stop!".
    assert_eq!(hits(&c, r#""Stop!" crowd"#), ["stop.txt"]);
    assert_eq!(notes(&c, r#""Stop!" crowd"#), "[]");
}

/// The notes and hints a search gives in its JSON, joined.
fn said(c: &Corpus, query: &str) -> String {
    let json = c.search_json(&[query]);
    format!("{} {}", json["notes"], json["hints"])
}

#[test]
fn a_proximity_operator_of_another_engine_is_said_with_the_phrases_that_find_it() {
    let c = wire();
    // Was searched as the letter "s", with no word.
    let sentence = said(&c, "merger /s acquisition");
    assert!(sentence.contains(r#"\"/s\" is no operator here (searched as text): for words in one sentence, write \"merger acquisition\"~50;"#), "{sentence}");
    assert!(sentence.contains("there is no same-paragraph or ordered proximity"), "{sentence}");
    // Was "merger (acquisition"~5, without the other alternative.
    let either = said(&c, "texaco w/5 (merger OR acquisition)");
    assert!(either.contains(r#"write \"texaco merger\"~5 OR \"texaco acquisition\"~5;"#), "{either}");
    // The search the note gives finds the story.
    assert_eq!(hits(&c, r#""texaco merger"~5 OR "texaco acquisition"~5"#), ["merger.txt"]);
    // Was no note at all: the phrase after the operator is kept whole.
    let phrase = said(&c, r#"texaco w/5 "a merger""#);
    assert!(phrase.contains(r#"write \"texaco a merger\"~5;"#), "{phrase}");
    let truncated = said(&c, "merg! w/10 acqui!");
    assert!(truncated.contains("a phrase holds * only at its very end"), "{truncated}");
    for typed in [
        "merger pre/3 acquisition",
        "merger near5 acquisition",
        "merger adj3 acquisition",
        "merger w/p acquisition",
    ] {
        assert!(said(&c, typed).contains("is no operator here"), "{typed}");
    }
}

#[test]
fn segments_dates_and_settings_typed_in_the_query_are_said_with_the_newsdex_form() {
    let c = wire();
    // Was only `did you mean "lead"`.
    let hlead = said(&c, "hlead(merger)");
    assert!(
        hlead.contains("for the headline, write title:merger; there is no lead-paragraph search"),
        "{hlead}"
    );
    assert!(!hlead.contains("did you mean"), "{hlead}");
    assert!(said(&c, "company(texaco)").contains("give --org texaco"));
    assert!(said(&c, "atleast3(merger)").contains(r#"there is no \"at least N times\""#));
    let date = said(&c, "merger date aft 1987-03-01");
    assert!(date.contains("dates are given apart from the query, as --since and --until"), "{date}");
    // The comparison is no misspelling ("did you mean "be"" for "bef").
    let before = said(&c, "merger date bef 1987-03-01");
    assert!(before.contains("--since and --until") && !before.contains("did you mean"), "{before}");
    assert!(said(&c, "merger sort by date").contains("give --sort date"));
    assert!(said(&c, "merger duplicates off").contains("give --no-collapse"));
    // headline: is title:, as the output calls it.
    assert_eq!(hits(&c, "headline:merger"), ["merger.txt"]);
    assert_eq!(hits(&c, "headline:merger"), hits(&c, "title:merger"));
    // On the command line, on stderr.
    let out = c.cmd(&["search", "merger", "/s", "acquisition"]).output().unwrap();
    assert!(String::from_utf8(out.stderr).unwrap().contains("\"/s\" is no operator here"));
}

#[test]
fn a_lower_case_and_is_said_in_a_query_written_as_a_search_and_plain_text_says_nothing() {
    let c = wire();
    let and = said(&c, "(texaco and pennzoil) OR utilities");
    assert!(and.contains(r#"\"and\" is searched as a word"#), "{and}");
    for plain in [
        "texaco pennzoil merger",
        "Texaco and Pennzoil talked about a merger",
        "utilities merged their networks",
    ] {
        assert_eq!(c.search_json(&[plain])["notes"], serde_json::json!([]), "{plain}");
    }
}
