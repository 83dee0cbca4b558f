//! Articles in capitals (wire flashes, teletype copy): their names are read by matching
//! the names the archive's other articles give, and the lexicon's.

use crate::util::{Corpus, newsdex};

/// Two stories in mixed case naming a company and its chief, one of them a second company
/// named once, and a flash in capitals naming all three and common words ("AT", "NEW",
/// "BANK").
fn corpus(with_flash: bool) -> Corpus {
    let c = Corpus::new();
    c.write(
        "a.txt",
        "Brennan Oil wins ruling in Houston\n\n\
         Brennan Oil Corp said on Monday that its chief executive, Marta Lindqvist, would meet \
         regulators in Houston next week. Shares of Brennan Oil Corp rose 3 percent after the news, \
         and Lindqvist said the company expected a ruling soon.\n",
    );
    c.write(
        "b.txt",
        "Brennan Oil expands drilling\n\n\
         Brennan Oil Corp will drill six new wells off the coast of Texas, chief executive Marta \
         Lindqvist told reporters on Thursday. Quillon Mining Ltd, a partner in one well, declined \
         to comment.\n",
    );
    if with_flash {
        write_flash(&c);
    }
    c
}

fn write_flash(c: &Corpus) {
    c.write(
        "flash.txt",
        "URGENT\n\nBRENNAN OIL CORP SAYS MARTA LINDQVIST TO STEP DOWN; QUILLON MINING LTD AT NEW BANK HIGH\n",
    );
}

/// The file names of the articles a search finds, sorted.
fn found(c: &Corpus, args: &[&str]) -> Vec<String> {
    let mut names = c.hit_names(args);
    names.sort();
    names
}

/// The people, organizations and places the index holds for the flash.
fn flash_names(c: &Corpus) -> (Vec<String>, Vec<String>, Vec<String>) {
    let json = c.search_json(&["--no-collapse", "step down"]);
    let hit = json["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .find(|h| h["path"].as_str().is_some_and(|p| p.ends_with("flash.txt")));
    let hit = hit.expect("the flash is found by its words");
    let list = |key: &str| -> Vec<String> {
        hit[key].as_array().expect(key).iter().map(|v| v.as_str().expect("name").to_string()).collect()
    };
    (list("people"), list("organizations"), list("places"))
}

#[test]
fn a_flash_in_capitals_is_found_by_the_names_the_archive_knows() {
    let c = corpus(true);
    c.ingest();
    assert_eq!(found(&c, &["--org", "Brennan Oil Corp"]), ["a.txt", "b.txt", "flash.txt"]);
    assert_eq!(found(&c, &["--person", "Marta Lindqvist"]), ["a.txt", "b.txt", "flash.txt"]);
    let (people, orgs, _) = flash_names(&c);
    assert_eq!(people, ["Marta Lindqvist"]);
    // Named in one article only: not trusted yet. Common words are no names.
    assert_eq!(orgs, ["Brennan Oil Corp"]);
    assert_eq!(found(&c, &["--org", "Quillon Mining Ltd"]), ["b.txt"]);
}

#[test]
fn a_flash_ingested_later_reads_the_names_of_the_index() {
    let c = corpus(false);
    c.ingest();
    write_flash(&c);
    c.ingest();
    assert_eq!(found(&c, &["--org", "Brennan Oil Corp"]), ["a.txt", "b.txt", "flash.txt"]);
    assert_eq!(found(&c, &["--person", "Marta Lindqvist"]), ["a.txt", "b.txt", "flash.txt"]);
}

#[test]
fn a_flash_reads_the_same_with_one_thread() {
    let c = corpus(true);
    c.cmd(&["ingest", "-j", "1", "articles"]).assert().success();
    assert_eq!(found(&c, &["--org", "Brennan Oil Corp"]), ["a.txt", "b.txt", "flash.txt"]);
}

#[test]
fn extract_reads_a_file_in_capitals_with_the_lexicon_alone() {
    let c = corpus(true);
    let out = newsdex()
        .args(["extract", "--json"])
        .arg(c.root().join("flash.txt"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let record: serde_json::Value = serde_json::from_slice(&out).expect("JSON");
    // No archive: the company is unknown.
    assert_eq!(record["organizations"], serde_json::json!([]));
    let tokyo = c.write("tokyo.txt", "UNITED NATIONS TO MEET IN TOKYO AT NEW BANK\n");
    let out = newsdex().args(["extract", "--json"]).arg(tokyo).assert().success().get_output().stdout.clone();
    let record: serde_json::Value = serde_json::from_slice(&out).expect("JSON");
    assert_eq!(record["organizations"], serde_json::json!(["United Nations"]));
    assert_eq!(record["places"], serde_json::json!(["Tokyo"]));
}

#[test]
fn a_flash_naming_a_person_by_the_surname_alone_is_found_by_the_person() {
    let c = corpus(false);
    c.write(
        "later.txt",
        "LINDQVIST SAYS BRENNAN OIL WILL NOT SELL TEXAS WELLS\n\nLINDQVIST SAID THE WELLS STAY\n",
    );
    c.ingest();
    // Named in full by the mixed-case stories, she is named by her surname alone in capitals.
    assert_eq!(found(&c, &["--person", "Marta Lindqvist"]), ["a.txt", "b.txt", "later.txt"]);
    assert_eq!(found(&c, &["--person", "Lindqvist"]), ["a.txt", "b.txt", "later.txt"]);
}

#[test]
fn a_headline_alone_in_mixed_case_names_whom_the_archive_knows() {
    let c = corpus(false);
    c.write("brief.txt", "Lindqvist says drilling off the coast will go on\n");
    c.ingest();
    assert_eq!(found(&c, &["--person", "Marta Lindqvist"]), ["a.txt", "b.txt", "brief.txt"]);
}

#[test]
fn a_flash_on_money_names_the_fed_and_one_on_farmers_does_not() {
    let c = Corpus::new();
    c.write("fed.txt", "FED SAYS IT SETS TWO BILLION DLR CUSTOMER REPURCHASE\n");
    c.write("farm.txt", "FARMERS FED UP WITH DROUGHT\n");
    c.ingest();
    assert_eq!(found(&c, &["--org", "Federal Reserve"]), ["fed.txt"]);
}
