//! Screening names: what a compliance analyst checking a name against the archive sees.
//! A name filter says what it leaves out and what it takes in, a person is one person
//! under a nickname and the name it stands for, and `--fuzzy` keeps to near spellings.

use crate::util::Corpus;

/// The notes of a search, as its JSON gives them.
fn notes(c: &Corpus, args: &[&str]) -> String {
    c.search_json(args)["notes"].to_string()
}

#[test]
fn a_one_word_person_filter_says_how_many_articles_write_the_name_unread() {
    let c = Corpus::new();
    c.write("a.txt", "Trial opens\n\nFormer telecoms chief Bernard Okwuosa went on trial on Monday.\n");
    c.write("b.txt", "Verdict due\n\nThe jury will hear Bernard Okwuosa again on Friday, his lawyer said.\n");
    c.write("c.txt", "OKWUOSA TRIAL ENDS\n\nthe jury in the okwuosa fraud trial retired on friday.\n");
    c.ingest();
    assert_eq!(c.hit_names(&["--person", "Okwuosa"]), ["a.txt", "b.txt"]);
    let said = notes(&c, &["--person", "Okwuosa"]);
    assert!(
        said.contains("--person Okwuosa leaves out 1 article that writes \\\"Okwuosa\\\" where it was not read as a person"),
        "{said}"
    );
    let out = c.cmd(&["search", "--person", "Okwuosa"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--person Okwuosa leaves out 1 article"), "{stderr}");
}

#[test]
fn a_search_that_finds_nothing_says_what_its_name_filter_left_out() {
    let c = Corpus::new();
    c.write("a.txt", "Trial opens\n\nFormer telecoms chief Bernard Okwuosa went on trial on Monday.\n");
    c.write("c.txt", "OKWUOSA TRIAL ENDS\n\nthe jury in the okwuosa fraud trial retired on friday.\n");
    c.ingest();
    // The one article writing "retired" names him in capitals only: not read as a person.
    let out = c.cmd(&["search", "retired", "--person", "Okwuosa"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("No articles match"), "{stderr}");
    assert!(stderr.contains("--person Okwuosa leaves out 1 article that writes \"Okwuosa\""), "{stderr}");
    // A name no article was read as is said once, by the hint that no article names it.
    let out = c.cmd(&["search", "--org", "Okwuosa"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no article names this organization"), "{stderr}");
    assert!(!stderr.contains("leaves out"), "{stderr}");
}

#[test]
fn a_one_word_person_filter_that_is_a_common_word_says_nothing_of_the_word() {
    let c = Corpus::new();
    c.write("a.txt", "Budget speech\n\nChancellor Gordon Brown set out his budget on Wednesday.\n");
    c.write("b.txt", "Parcel found\n\nthe police found a brown envelope in the car on tuesday.\n");
    c.ingest();
    let said = notes(&c, &["--person", "Brown"]);
    assert!(!said.contains("leaves out"), "{said}");
}

#[test]
fn a_nickname_of_the_published_list_is_the_person_of_the_full_given_name() {
    let c = Corpus::new();
    c.write(
        "a.txt",
        "Telecoms trial\n\nBernard Kowalczyk, the former chief executive, denied the charges on Monday.\n",
    );
    c.write(
        "b.txt",
        "Verdict\n\nBernie Kowalczyk was found guilty of fraud by a jury in New York on Tuesday.\n",
    );
    c.ingest();
    let mut found = c.hit_names(&["--person", "Bernard Kowalczyk"]);
    found.sort();
    assert_eq!(found, ["a.txt", "b.txt"]);
    let out = c.cmd(&["people", "--format", "{name}\t{articles}"]).output().unwrap();
    let rows = String::from_utf8_lossy(&out.stdout);
    let kowalczyk: Vec<&str> = rows.lines().filter(|row| row.contains("Kowalczyk")).collect();
    assert_eq!(kowalczyk.len(), 1, "{rows}");
    assert!(kowalczyk[0].ends_with("\t2"), "{rows}");
}

#[test]
fn a_fuzzy_name_filter_keeps_to_one_edit_a_word_of_five_letters_or_more() {
    let c = Corpus::new();
    c.write(
        "a.txt",
        "Museum gift\n\nThe collector Peggy Guggenheim left the paintings to the museum, it said.\n",
    );
    c.write(
        "b.txt",
        "Gallery sale\n\nThe dealer Martin Guggenham sold the gallery on Monday, his lawyer said.\n",
    );
    c.ingest();
    // A swap of two letters is one edit; "Guggenham" is two away.
    assert_eq!(c.hit_names(&["--person", "Guggenhiem", "--fuzzy"]), ["a.txt"]);
    assert_eq!(c.hit_names(&["--person", "Guggenham"]), ["b.txt"]);
}

/// Four articles naming Vantorix Inc (two), Vantorix Canada Ltd and Royal Dutch Vantorix
/// Group, not yet ingested.
fn vantorix_corpus() -> Corpus {
    let c = Corpus::new();
    c.write(
        "a.txt",
        "Oil results\n\nShares of Vantorix Inc rose on Monday after the company raised its dividend.\n",
    );
    c.write(
        "b.txt",
        "Canada unit\n\nVantorix Canada Ltd said on Tuesday it would close a refinery in Alberta.\n",
    );
    c.write("c.txt", "Dutch parent\n\nRoyal Dutch Vantorix Group said its profit fell in the quarter.\n");
    c.write(
        "d.txt",
        "Harbour deal\n\nThe Port of Duluth said on Monday that Vantorix Inc would lease the pier.\n",
    );
    c
}

#[test]
fn an_org_filter_says_which_organizations_holding_its_name_it_takes_in() {
    let c = vantorix_corpus();
    c.ingest();
    assert_eq!(c.hit_names(&["--org", "Vantorix"]).len(), 4);
    let said = notes(&c, &["--org", "Vantorix"]);
    assert!(said.contains("--org Vantorix finds every organization whose name holds it: "), "{said}");
    assert!(
        said.contains("Royal Dutch Vantorix Group (1)") && said.contains("Vantorix Canada Ltd (1)"),
        "{said}"
    );
    assert!(said.contains("--org \\\"Vantorix Inc\\\" --exact-names keeps to it (2)"), "{said}");
    // The row it names keeps to it, and says nothing more.
    let kept = c.hit_names(&["--org", "Vantorix Inc", "--exact-names"]);
    assert_eq!(kept.len(), 2, "{kept:?}");
    assert!(!notes(&c, &["--org", "Vantorix Inc", "--exact-names"]).contains("finds every organization"));
    let out = c.cmd(&["search", "--org", "Vantorix"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("finds every organization whose name holds it"), "{stderr}");
}

#[test]
fn an_exact_org_filter_says_it_leaves_out_the_organizations_holding_its_name_as_such() {
    let c = vantorix_corpus();
    c.write(
        "e.txt",
        "Vantorix move\n\nVantorix said on Friday it would buy a rival. Vantorix shares rose.\n",
    );
    c.ingest();
    let exact = c.hit_names(&["--org", "Vantorix", "--exact-names"]);
    assert_eq!(exact.len(), 3, "{exact:?}");
    // The two others are read as organizations, of other names: not "not read as one".
    let said = notes(&c, &["--org", "Vantorix", "--exact-names"]);
    assert!(
        said.contains(
            "--org Vantorix --exact-names leaves out 2 articles naming only another organization whose \
             name holds it; without --exact-names they are found"
        ),
        "{said}"
    );
    assert!(!said.contains("where it was not read as an organization"), "{said}");
    assert_eq!(c.hit_names(&["--org", "Vantorix"]).len(), 5);
}
