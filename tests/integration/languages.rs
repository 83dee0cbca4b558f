//! Each article's language: read from its text, else from what its source declares; kept
//! to with `--lang`, counted by `languages` and `stats`.

use crate::util::{Corpus, file_name};

fn multilingual() -> Corpus {
    let c = Corpus::new();
    c.write(
        "en/harbour.txt",
        "Harbour to close for the winter\n\nThe council voted on Tuesday to close the harbour for the winter, \
         after a storm damaged two of its piers and the ferry company said it could no longer run a safe service.\n",
    );
    c.write(
        "de/hafen.html",
        "<!doctype html><html lang=\"de-AT\"><head><title>Hafen schließt im Winter</title></head><body><article>\
         <h1>Hafen schließt im Winter</h1><p>Der Stadtrat hat am Dienstag beschlossen, den Hafen über den Winter zu \
         schließen, nachdem ein Sturm zwei Anleger beschädigt hatte und die Fähre nicht mehr sicher fahren konnte. \
         Die Anrainer hatten seit Jahren mehr Schutz für den Hafen gefordert.</p></article></body></html>",
    );
    // A site template declaring English on a page in Zulu: the text says which.
    c.write(
        "za/izindaba.html",
        "<!doctype html><html lang=\"en\"><head><title>Izikhukhula</title></head><body><article>\
         <h1>Izikhukhula eTheku</h1><p>UMongameli uthe uhulumeni uzoqhubeka nokusiza abantu abathintekile \
         ezikhukhuleni, futhi uthe lokhu kuzokwenziwa ngokushesha. Uma izimvula ziqhubeka, kodwa, abantu kumele \
         baphume ezindaweni eziphansi ngoba amanzi akhuphuka kakhulu, kanye nemifula. Abahlali bathi bayakujabulela ukusizwa, kodwa bafuna ukuthi uhulumeni akhe imigwaqo emisha ngoba lokhu kuzosiza izingane ukuya esikoleni.</p></article></body></html>",
    );
    // Too short for the text to tell: the export's own `language` says it.
    c.write("fr/breves.jsonl", "{\"title\": \"Résultats\", \"text\": \"3-1\", \"language\": \"fr\"}\n");
    c.ingest();
    c
}

fn names(json: &serde_json::Value) -> Vec<String> {
    let mut names: Vec<String> =
        json["hits"].as_array().unwrap().iter().map(|h| file_name(h["path"].as_str().unwrap())).collect();
    names.sort();
    names
}

#[test]
fn articles_are_kept_to_a_language_named_by_code_or_name() {
    let c = multilingual();
    assert_eq!(names(&c.search_json(&["--lang", "de"])), ["hafen.html"]);
    assert_eq!(names(&c.search_json(&["--lang", "German"])), ["hafen.html"]);
    assert_eq!(names(&c.search_json(&["--lang", "zu"])), ["izindaba.html"]);
    assert_eq!(names(&c.search_json(&["--lang", "fra", "--lang", "en"])), ["breves.jsonl", "harbour.txt"]);
    let hit = &c.search_json(&["winter", "--lang", "en"])["hits"][0];
    assert_eq!(
        (hit["language"].as_str(), file_name(hit["path"].as_str().unwrap()).as_str()),
        (Some("en"), "harbour.txt")
    );
    // Not a language: a usage error naming it.
    let out = c.cmd(&["search", "--lang", "Klingonish"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("\"Klingonish\": not a language"));
    // A language nothing is written in is said to be one.
    let out = c.cmd(&["search", "winter", "--lang", "es"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("no article is written in it"));
}

#[test]
fn languages_and_stats_count_the_articles_of_each_language() {
    let c = multilingual();
    let out = c.cmd(&["languages"]).output().unwrap();
    let listed = String::from_utf8_lossy(&out.stdout).to_string();
    for line in ["1  de  German", "1  en  English", "1  fr  French", "1  zu  Zulu"] {
        assert!(listed.contains(line), "{line} in {listed}");
    }
    let json: serde_json::Value =
        serde_json::from_slice(&c.cmd(&["languages", "--json"]).output().unwrap().stdout).unwrap();
    assert_eq!(json["languages"].as_array().unwrap().len(), 4, "{json}");
    let stats = String::from_utf8_lossy(&c.cmd(&["stats"]).output().unwrap().stdout).to_string();
    assert!(stats.contains("languages: de 1, en 1, fr 1, zu 1"), "{stats}");
}

#[test]
fn articles_of_no_language_told_are_found_with_lang_none() {
    let c = multilingual();
    c.write("misc/figures.txt", "Ligue 1\n\n3-1 2-2 0-0\n");
    c.cmd(&["ingest", "articles"]).assert().success();
    assert_eq!(names(&c.search_json(&["--lang", "none"])), ["figures.txt"]);
    assert_eq!(names(&c.search_json(&["--lang", "unknown", "--lang", "de"])), ["figures.txt", "hafen.html"]);
}
