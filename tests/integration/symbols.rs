//! Names and sums as people type them: American money (`$1.2B`, `$25k`, `$5MM`,
//! `US$1bn`) is the amount the BBC and the wire write, a sum in full is its scale, a
//! product name typed as one word that articles write as two is offered apart, and a
//! name whose signs the index drops (`C++`, `C#`, `.NET`) says what was searched.

use std::collections::BTreeSet;

use crate::util::{Corpus, set};

/// A business and technology desk's files, each sum written one way.
fn desk() -> Corpus {
    let c = Corpus::new();
    c.write("bn.txt", "Takeover\n\nThe group agreed a $1.2bn takeover of the chain.\n");
    c.write("billion.txt", "Merger\n\nThe merger is worth $1.2 billion in shares.\n");
    c.write("pounds-bn.txt", "Rescue\n\nThe bank's rescue cost £1.2bn in all.\n");
    c.write("thousand.txt", "Prize\n\nThe winner takes home $25,000 and a trophy.\n");
    c.write("million.txt", "Fine\n\nThe regulator imposed a $5m fine on the broker.\n");
    c.write("in-full.txt", "Settlement\n\nThe firm paid $1,200,000 to settle the claims.\n");
    c.write("wire-in-full.txt", "ORDER\n\nThe navy placed a 1,200,000 dlrs order.\n");
    c.write("mln-dlrs.txt", "LOAN\n\nThe utility arranged a 1.2 mln dlrs credit line.\n");
    c.write("written-b.txt", "Deal\n\nA $3.4B deal was signed on Monday.\n");
    c.write("wifi.txt", "Wireless\n\nThe router supports the 802.11b standard.\n");
    c.write("console.txt", "Games\n\nSony said the PlayStation 2 had sold well.\n");
    c.write("console-two.txt", "Console\n\nFans queued for the PlayStation 2 at midnight.\n");
    c.write("letter.txt", "Grades\n\nShe got a C in maths and an A in art.\n");
    c.ingest();
    c
}

fn found(c: &Corpus, query: &str) -> BTreeSet<String> {
    c.hit_names(&["--limit", "50", "--no-collapse", "--", query]).into_iter().collect()
}

#[test]
fn american_money_finds_the_amount_as_the_bbc_and_the_wire_write_it() {
    let c = desk();
    let dollars_bn = set(&["bn.txt", "billion.txt"]);
    for typed in ["$1.2B", "$1.2b", "$1.2bn"] {
        assert_eq!(found(&c, typed), dollars_bn, "{typed}");
    }
    assert_eq!(found(&c, "US$1.2bn"), dollars_bn);
    assert_eq!(found(&c, "$25k"), set(&["thousand.txt"]));
    assert_eq!(found(&c, "$25K"), set(&["thousand.txt"]));
    assert_eq!(found(&c, "$5MM"), set(&["million.txt"]));
    // An article's "$3.4B" is the amount too.
    assert_eq!(found(&c, "$3.4bn"), set(&["written-b.txt"]));
    // Still no other currency, and no version read as billions.
    assert!(!found(&c, "$1.2B").contains("pounds-bn.txt"));
    assert_eq!(found(&c, "802.11b"), set(&["wifi.txt"]));
    assert!(found(&c, "$802.11bn").is_empty());
}

#[test]
fn a_sum_written_in_full_is_the_same_sum_in_its_scale() {
    let c = desk();
    let sum = set(&["in-full.txt", "wire-in-full.txt", "mln-dlrs.txt"]);
    assert_eq!(found(&c, "$1.2m"), sum);
    assert_eq!(found(&c, "$1.2 million"), sum);
    assert_eq!(found(&c, "$1,200,000"), sum);
}

#[test]
fn a_name_typed_as_one_word_that_articles_write_apart_is_offered_apart() {
    let c = desk();
    let out = c.cmd(&["search", "PlayStation2"]).assert().code(1).get_output().clone();
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(
        said.contains(r#"no article writes "PlayStation2" as one word; "PlayStation 2" is written apart in 2 articles: search "PlayStation 2""#),
        "{said}"
    );
    let json = c.search_json(&["playstation2"]);
    assert!(
        json["hints"].to_string().contains(r#"\"playstation 2\" is written apart in 2 articles"#),
        "{json}"
    );
    // The search offered finds them.
    assert_eq!(found(&c, r#""PlayStation 2""#), set(&["console.txt", "console-two.txt"]));
}

#[test]
fn a_name_whose_signs_the_index_drops_says_what_was_searched() {
    let c = desk();
    let json = c.search_json(&["C++"]);
    let notes = json["notes"].to_string();
    assert!(notes.contains(r#"\"C++\" is searched as \"c\""#), "{notes}");
    let out = c.cmd(&["search", "--", ".NET"]).output().unwrap();
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(said.contains(r#"".NET" is searched as "net""#), "{said}");
    // A plain letter says nothing of the kind.
    assert_eq!(c.search_json(&["C"])["notes"].to_string(), "[]");
}
