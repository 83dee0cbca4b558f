//! A word with a final "s" that the articles write as a name ("Williams", "Gates", a
//! ticker's "METS") is searched as written, not widened to the word without the "s", and
//! the search says so; ordinary plurals still find their singular.

use crate::util::{Corpus, found, set, shared_corpus};

fn desk() -> Corpus {
    let c = Corpus::new();
    c.write("serena.txt", "Tennis final\n\nSerena Williams beat her sister, said her coach.\n");
    c.write("archbishop.txt", "Church vote\n\nThe archbishop, Rowan Williams, spoke on Sunday.\n");
    c.write("casey.txt", "Spy chief\n\nWilliam Casey told the committee he knew nothing.\n");
    c.write("software.txt", "Software\n\nBill Gates said the software would ship soon.\n");
    c.write("stadium.txt", "Stadium\n\nFans queued at the gate for hours.\n");
    c.write(
        "ticker.txt",
        "MONTEX SYSTEMS CORP <METS> SETS PAYOUT\n\nQtly div three cts vs three cts prior.\n",
    );
    c.write("summit.txt", "Summit\n\nThe ministers met in Geneva on Tuesday.\n");
    c.write("new-homes.txt", "Market\n\nNew houses sold well as prices rose.\n");
    c.write("auction.txt", "Auction\n\nThe house sold for a record sum.\n");
    c.ingest();
    c
}

/// The notes of a search, from its JSON and from stderr (which must say the same).
fn notes(c: &Corpus, query: &str) -> Vec<String> {
    let json = c.search_json(&[query]);
    let notes: Vec<String> =
        json["notes"].as_array().expect("notes").iter().map(|n| n.as_str().unwrap().to_string()).collect();
    let out = c.cmd(&["search", "-n", "0", "--", query]).output().expect("run newsdex");
    let stderr = String::from_utf8_lossy(&out.stderr);
    for note in &notes {
        assert!(stderr.contains(note.as_str()), "{note:?} not on stderr: {stderr}");
    }
    notes
}

#[test]
fn a_surname_with_an_s_is_not_the_plural_of_a_first_name() {
    let c = desk();
    assert_eq!(found(&c, "williams"), set(&["serena.txt", "archbishop.txt"]));
    assert_eq!(found(&c, "Williams"), set(&["serena.txt", "archbishop.txt"]));
    // Nor the first name a singular that also finds the surname.
    assert_eq!(found(&c, "william"), set(&["casey.txt"]));
    assert_eq!(found(&c, "william OR williams"), set(&["serena.txt", "archbishop.txt", "casey.txt"]));
    let said = notes(&c, "williams");
    assert!(
        said.iter().any(|n| n.contains("`williams` is searched as written")
            && n.contains("\u{201c}Williams\u{201d}")
            && n.contains("`william OR williams` finds both")),
        "{said:?}"
    );
    let said = notes(&c, "william");
    assert!(
        said.iter().any(|n| n.contains("`william` is searched without \u{201c}Williams\u{201d}")),
        "{said:?}"
    );
}

#[test]
fn a_name_or_ticker_is_not_widened_to_a_common_word() {
    let c = desk();
    assert_eq!(found(&c, "gates"), set(&["software.txt"]));
    assert_eq!(found(&c, "gate"), set(&["stadium.txt"]));
    // A ticker only ever written in capitals is a code, not the plural of "met".
    assert_eq!(found(&c, "mets"), set(&["ticker.txt"]));
    assert_eq!(found(&c, "met"), set(&["summit.txt"]));
    let said = notes(&c, "mets");
    assert!(said.iter().any(|n| n.contains("\u{201c}METS\u{201d} as a name or code")), "{said:?}");
}

#[test]
fn an_ordinary_plural_still_finds_its_singular_and_says_nothing() {
    let c = desk();
    assert_eq!(found(&c, "houses"), set(&["new-homes.txt", "auction.txt"]));
    assert_eq!(found(&c, "house"), set(&["new-homes.txt", "auction.txt"]));
    assert!(notes(&c, "houses").is_empty());
    // Typed capitalised, a word no one is named by is still a plural.
    assert_eq!(found(&c, "Houses"), set(&["new-homes.txt", "auction.txt"]));
}

/// Typed with a capital, a plural mostly written in lower case is a name when the articles
/// writing it capitalised mostly name a person by it: `Jobs` is Steve Jobs, `Banks` the
/// word, though one minister is called so, as "Midland Banks" is no one's name.
#[test]
fn a_capital_typed_is_a_name_only_where_people_mostly_bear_it() {
    let c = Corpus::new();
    c.write("keynote.txt", "Apple\n\nApple chief executive Steve Jobs unveiled the iPod, said Mr Jobs.\n");
    c.write("apple.txt", "Apple shares\n\nThe firm's boss, Steve Jobs, spoke in San Francisco.\n");
    c.write("plant.txt", "Factory\n\nThe plant cut 300 jobs this week.\n");
    c.write("career.txt", "Careers\n\nShe found a new job in the city.\n");
    c.write("minister.txt", "Sport\n\nThe sports minister, Tony Banks, said the stadium would open.\n");
    c.write("vote.txt", "Sport\n\nMPs backed the plan, said Tony Banks after the vote.\n");
    c.write("midland.txt", "Shares\n\nShares of Midland Banks rose in London trading.\n");
    c.write("irish.txt", "Shares\n\nThe bourse said Irish Banks led the market.\n");
    c.write("savings.txt", "Deposits\n\nDeposits at the Savings Banks fell, and the banks cut rates.\n");
    c.write("lending.txt", "Lending\n\nThe bank cut its base rate.\n");
    c.ingest();
    // The name as typed (the index folds case), not widened to "job".
    assert_eq!(found(&c, "Jobs"), set(&["keynote.txt", "apple.txt", "plant.txt"]));
    assert_eq!(found(&c, "jobs"), set(&["keynote.txt", "apple.txt", "plant.txt", "career.txt"]));
    let banks = found(&c, "Banks");
    assert!(banks.contains("lending.txt") && banks.contains("minister.txt"), "{banks:?}");
    assert_eq!(
        found(&c, "Banks cut"),
        set(&["savings.txt", "lending.txt"]),
        "a capital typed first is the word's"
    );
}

/// On BBC and Reuters, the names count what they write ("Williams" 121 articles, where
/// "William …" made it 371) and the plurals keep their singular.
#[test]
fn on_the_corpora_names_count_as_written_and_plurals_as_before() {
    let (Some(bbc), Some(reuters)) = (shared_corpus("bbc"), shared_corpus("reuters21578")) else { return };
    let c = Corpus::new();
    c.cmd(&["ingest", bbc.to_str().unwrap(), reuters.to_str().unwrap()]).assert().success();
    let count = |extra: &[&str], query: &str| -> u64 {
        let mut args = vec!["-n", "0", "--no-collapse"];
        args.extend_from_slice(extra);
        args.extend(["--", query]);
        c.search_json(&args)["total"].as_u64().expect("total")
    };
    for name in ["williams", "gates", "yukos", "mets"] {
        let exact = count(&["--exact-words"], name);
        assert!(exact > 0, "{name}");
        assert_eq!(count(&[], name), exact, "{name} finds more than the articles writing it");
    }
    for plural in ["houses", "talks", "shares", "prices", "states", "jobs"] {
        assert!(count(&[], plural) > count(&["--exact-words"], plural), "{plural} lost its singular");
    }
}

#[test]
fn a_name_s_rare_plural_is_its_family_and_a_british_spelling_is_no_name() {
    let c = Corpus::new();
    let blairs: Vec<String> = (0..12).map(|i| format!("blair{i}.txt")).collect();
    for (i, name) in blairs.iter().enumerate() {
        c.write(name, format!("Politics\n\nMr Blair spoke in town number {i}, aides said.\n"));
    }
    c.write("family.txt", "Holiday\n\nThe Blairs flew to Barbados, aides said.\n");
    // Written "criticises" in lower case; a wire headline in capitals writes "CRITICIZES".
    c.write("church.txt", "Church\n\nThe cardinal criticises the war.\n");
    c.write("minister.txt", "Budget\n\nThe unions criticise the plan.\n");
    c.write("wire.txt", "SENATOR CRITICIZES BUDGET PLAN\n\nThe plan was sent back.\n");
    c.ingest();
    // One article writes "the Blairs" beside twelve naming Blair: `blair` finds the family.
    let mut with_family: Vec<&str> = blairs.iter().map(String::as_str).collect();
    with_family.push("family.txt");
    assert_eq!(found(&c, "blair"), set(&with_family));
    assert!(notes(&c, "blair").is_empty(), "{:?}", notes(&c, "blair"));
    // The British lower case counts against the wire's capitals: no name, the word's forms.
    assert_eq!(found(&c, "criticises"), set(&["church.txt", "minister.txt", "wire.txt"]));
    assert!(notes(&c, "criticises").is_empty(), "{:?}", notes(&c, "criticises"));
}
