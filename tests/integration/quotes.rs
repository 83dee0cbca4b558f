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
