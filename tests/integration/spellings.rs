//! British and American spellings of one word find each other: "color" finds "colour",
//! `"labor party"` "Labour Party", `center-left` "centre-left", and the snippet marks the
//! word as the article writes it; words that only look alike ("tour", "metre" and a gas
//! "meter") stay apart.

use std::collections::BTreeSet;

use crate::util::{Corpus, file_name, found, marks, set, shared_corpus};

/// A British and an American desk, and words a spelling rule would wrongly join.
fn desks() -> Corpus {
    let c = Corpus::new();
    c.write("colour.txt", "Kit launch\n\nThe club unveiled its new colours at a theatre in Leeds.\n");
    c.write("color.txt", "Paint sales\n\nSales of color paint rose at the theater chain.\n");
    c.write("labour.txt", "Election\n\nThe Labour Party organised a rally in the city centre.\n");
    c.write("labor.txt", "Union vote\n\nThe labor union is organizing a strike downtown.\n");
    c.write("centre-left.txt", "Coalition\n\nThe centre-left parties agreed a defence budget.\n");
    c.write("center-right.txt", "Senate\n\nA center-right group cut defense spending.\n");
    c.write("favourite.txt", "Derby\n\nThe favourite was cancelled after a fall.\n");
    c.write("tour.txt", "Cricket\n\nThe tour lasted four weeks and our side won every hour.\n");
    c.write("metre.txt", "Athletics\n\nShe won the 100 metres final.\n");
    c.write("meter.txt", "Bills\n\nThe gas meter was read on Monday.\n");
    c.write("tyre.txt", "Motor racing\n\nA tyre burst on the final lap.\n");
    c.write("tire.txt", "Marathon\n\nRunners tired quickly in the heat.\n");
    c.write("tires.txt", "Results\n\nGoodyear Tire sold more tires in Ohio.\n");
    c.ingest();
    c
}

#[test]
fn either_spelling_finds_both_and_their_inflected_forms() {
    let c = desks();
    for query in ["color", "colour", "colors", "colours"] {
        assert_eq!(found(&c, query), set(&["colour.txt", "color.txt"]), "{query}");
    }
    for query in ["theater", "theatre"] {
        assert_eq!(found(&c, query), set(&["colour.txt", "color.txt"]), "{query}");
    }
    for query in ["labor", "labour", "Labour"] {
        assert_eq!(found(&c, query), set(&["labour.txt", "labor.txt"]), "{query}");
    }
    assert_eq!(found(&c, "organized"), set(&["labour.txt"]));
    assert_eq!(found(&c, "organising"), set(&["labor.txt"]));
    assert_eq!(found(&c, "favorite"), set(&["favourite.txt"]));
    assert_eq!(found(&c, "canceled"), set(&["favourite.txt"]));
    for query in ["defense", "defence"] {
        assert_eq!(found(&c, query), set(&["centre-left.txt", "center-right.txt"]), "{query}");
    }
}

#[test]
fn phrases_and_hyphenated_words_match_across_spellings() {
    let c = desks();
    assert_eq!(found(&c, r#""labor party""#), set(&["labour.txt"]));
    assert_eq!(found(&c, r#""city center""#), set(&["labour.txt"]));
    assert_eq!(found(&c, "center-left"), set(&["centre-left.txt"]));
    assert_eq!(found(&c, "centre-right"), set(&["center-right.txt"]));
    assert_eq!(found(&c, r#""centre right group""#), set(&["center-right.txt"]));
}

#[test]
fn the_snippet_marks_the_word_as_the_article_spells_it() {
    let c = desks();
    let hits = c.search_json(&["--limit", "50", "color"]);
    let marked: BTreeSet<(String, Vec<String>)> = hits["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .map(|h| (file_name(h["path"].as_str().expect("path")), marks(h)))
        .collect();
    assert!(marked.contains(&("colour.txt".to_string(), vec!["colours".to_string()])), "{marked:?}");
    assert!(marked.contains(&("color.txt".to_string(), vec!["color".to_string()])), "{marked:?}");
    let hit = &c.search_json(&[r#""labor party""#])["hits"][0];
    assert_eq!(marks(hit), ["Labour Party"]);
}

#[test]
fn words_that_only_look_alike_stay_apart() {
    let c = desks();
    assert_eq!(found(&c, "tour"), set(&["tour.txt"]));
    assert_eq!(found(&c, "four"), set(&["tour.txt"]));
    assert_eq!(found(&c, "hour"), set(&["tour.txt"]));
    // A metre is no gas meter: left out of the table.
    assert_eq!(found(&c, "metre"), set(&["metre.txt"]));
    assert_eq!(found(&c, "meter"), set(&["meter.txt"]));
    // A tyre is the American tire, but "tired" (grow weary) has no other spelling.
    assert_eq!(found(&c, "tyre"), set(&["tyre.txt", "tires.txt"]));
    assert_eq!(found(&c, "tires"), set(&["tyre.txt", "tires.txt"]));
    assert_eq!(found(&c, "tired"), set(&["tire.txt"]));
}

#[test]
fn spellings_that_differ_by_a_class_rule_find_each_other() {
    let c = Corpus::new();
    let pairs = [
        ("totalled", "totaled", "Sales {} 5 mln dlrs."),
        ("fuelled", "fueled", "Fears {} the rally."),
        ("travelling", "traveling", "Fans {} to Leeds."),
        ("targetted", "targeted", "The issue was {} at Japan."),
        ("benefitted", "benefited", "Farmers {} from rain."),
        ("focussed", "focused", "Talks {} on trade."),
        ("capitalisation", "capitalization", "Its market {} rose."),
        ("skilful", "skillful", "A {} winger scored."),
        ("wilful", "willful", "Charged with {} neglect."),
        ("acknowledgement", "acknowledgment", "An {} of defeat."),
    ];
    for (british, american, text) in pairs {
        c.write(&format!("{british}-gb.txt"), format!("Story\n\n{}\n", text.replace("{}", british)));
        c.write(&format!("{british}-us.txt"), format!("Story\n\n{}\n", text.replace("{}", american)));
    }
    // Doubled in both, or a word of its own: stays apart.
    c.write("compelled.txt", "Story\n\nHe felt compelled to resign.\n");
    c.write("footballer.txt", "Story\n\nThe footballer was controlled.\n");
    c.ingest();
    for (british, american, _) in pairs {
        let both = set(&[&format!("{british}-gb.txt"), &format!("{british}-us.txt")]);
        assert_eq!(found(&c, british), both, "{british}");
        assert_eq!(found(&c, american), both, "{american}");
    }
    assert_eq!(found(&c, "compelled"), set(&["compelled.txt"]));
    assert_eq!(found(&c, "footballer"), set(&["footballer.txt"]));
    assert_eq!(found(&c, "controlled"), set(&["footballer.txt"]));
}

#[test]
fn bbc_american_spellings_find_the_british_archive() {
    let Some(bbc) = shared_corpus("bbc") else { return };
    let c = Corpus::new();
    c.cmd(&["ingest", bbc.to_str().unwrap()]).assert().success();
    let paths = |query: &str| -> BTreeSet<String> {
        let json = c.search_json(&["--limit", "2500", "--no-collapse", query]);
        json["hits"].as_array().unwrap().iter().map(|h| h["path"].as_str().unwrap().to_string()).collect()
    };
    // The BBC writes "favourite" (about 90 articles) and "Labour Party" (about 50).
    let favourite = paths("favourite");
    assert!(favourite.len() > 80, "{} articles", favourite.len());
    assert_eq!(paths("favorite"), favourite);
    let labour = paths(r#""labour party""#);
    assert!(labour.len() > 40, "{} articles", labour.len());
    assert_eq!(paths(r#""labor party""#), labour);
    let colour = paths("colour");
    assert!(colour.len() > 30, "{} articles", colour.len());
    assert_eq!(paths("color"), colour);
}
