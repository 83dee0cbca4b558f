//! Quotes searched as the article writes them: across a sentence end typed in the
//! quote, and with the apostrophes an editor may write.

use crate::util::{Corpus, marks};

/// An article quoting a minister over two sentences, and one with the same words in
/// one sentence.
fn minister_corpus() -> Corpus {
    let c = Corpus::new();
    c.write(
        "deals.txt",
        "Minister rules out deal\n\nThe minister said: \"I've dealt with this six months ago. I said then you don't do deals.\" Talks ended.\n",
    );
    c.write(
        "later.txt",
        "Talks go on\n\nOfficials met six months ago I said to colleagues, and nothing came of it.\n",
    );
    c.ingest();
    c
}

#[test]
fn a_quote_typed_with_its_sentence_end_finds_the_article_that_writes_it() {
    let c = minister_corpus();
    for quote in [
        r#""I've dealt with this six months ago. I said then you don't do deals""#,
        r#""six months ago. I said""#,
        "“six months ago. I said”",
    ] {
        assert_eq!(c.hit_names(&[quote]), ["deals.txt"], "{quote}");
    }
    // Typed without the stop, the phrase stays within a sentence: the other article.
    assert_eq!(c.hit_names(&[r#""six months ago I said""#]), ["later.txt"]);
}

#[test]
fn a_quote_typed_with_its_sentence_end_is_marked_whole() {
    let c = minister_corpus();
    let json = c.search_json(&[r#""six months ago. I said""#]);
    assert_eq!(marks(&json["hits"][0]), ["six months ago. I said"]);
    let shown = c
        .cmd(&["show", "articles/deals.txt", "--mark", r#""six months ago. I said""#, "--color", "never"])
        .assert()
        .success()
        .get_output()
        .clone();
    let text = String::from_utf8(shown.stdout).unwrap();
    assert!(text.contains("**six months ago. I said** then"), "{text}");
}

#[test]
fn a_modifier_letter_apostrophe_is_an_apostrophe_in_articles_and_queries() {
    let c = Corpus::new();
    c.write("strike.txt", "Strike goes on\n\nThe union said: we wonʼt back down now.\n");
    c.write("talks.txt", "Talks resume\n\nThe union said: we won’t give in.\n");
    c.ingest();
    assert_eq!(c.hit_names(&[r#""we won't back down""#]), ["strike.txt"]);
    assert_eq!(c.hit_names(&["\"we wonʼt give in\""]), ["talks.txt"]);
}

#[test]
fn a_contraction_typed_without_its_apostrophe_finds_it_written_with_one() {
    let c = Corpus::new();
    c.write("think.txt", "Parents warned\n\nI don't think parents know what their children play.\n");
    c.write("typo.txt", "Forum post\n\nI dont think parents know what their children play online.\n");
    c.write("strike.txt", "Strike goes on\n\nThe union said we won't back down over pay.\n");
    c.write("well.txt", "Well done\n\nWe'll done it before, said the coach.\n");
    c.ingest();
    // As typed first, then the contraction.
    assert_eq!(c.hit_names(&[r#""I dont think""#]), ["typo.txt", "think.txt"]);
    assert_eq!(c.hit_names(&[r#""we wont back down""#]), ["strike.txt"]);
    assert_eq!(c.hit_names(&["wont"]), ["strike.txt"]);
    // Marked as the article writes it.
    let json = c.search_json(&[r#""we wont back down""#]);
    assert_eq!(marks(&json["hits"][0]), ["we won't back down"]);
    // A word of its own is no contraction: "well" is not "we'll".
    assert!(c.hit_names(&[r#""well done it""#]).is_empty());
    // With --exact-words, as typed alone.
    assert_eq!(c.hit_names(&[r#""I dont think""#, "--exact-words"]), ["typo.txt"]);
}

#[test]
fn a_possessive_typed_without_its_apostrophe_is_tried_when_the_phrase_finds_nothing() {
    let c = Corpus::new();
    c.write("choice.txt", "Schools\n\nIt was the government's choice to close them.\n");
    c.write("plural.txt", "Summit\n\nThe governments agreed on a plan.\n");
    c.write("owner.txt", "Summit two\n\nThe government's agreed plan stands.\n");
    c.write("plans.txt", "Plans\n\nThe government's plans were dropped.\n");
    c.ingest();
    assert_eq!(c.hit_names(&[r#""governments choice""#]), ["choice.txt"]);
    // A plural after it stays a plural.
    assert_eq!(c.hit_names(&[r#""governments plans""#]), ["plans.txt"]);
    // The phrase as typed is there: the plural, not the possessive.
    assert_eq!(c.hit_names(&[r#""governments agreed""#]), ["plural.txt"]);
}

#[test]
fn a_word_of_a_phrase_finds_its_hyphenated_spelling_anywhere_and_the_other_way() {
    let c = Corpus::new();
    c.write(
        "claims.txt",
        "Claims fly\n\nThe counter-claims surrounding the deal grew. Talks on co-operation with Israel went on.\n",
    );
    c.write("between.txt", "Ties\n\nThere was close cooperation between the two agencies.\n");
    c.write(
        "apart.txt",
        "Apart\n\nThe counterclaims, as always surrounding it, were filed. Counter claims surrounding.\n",
    );
    c.ingest();
    assert_eq!(c.hit_names(&[r#""counterclaims surrounding""#]), ["claims.txt"]);
    assert_eq!(c.hit_names(&[r#""cooperation with Israel""#]), ["claims.txt"]);
    assert_eq!(c.hit_names(&[r#""co-operation between""#]), ["between.txt"]);
    let json = c.search_json(&[r#""counterclaims surrounding""#]);
    assert_eq!(marks(&json["hits"][0]), ["counter-claims surrounding"]);
}
