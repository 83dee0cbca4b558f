//! One company, one row; two companies, two rows: the rows of `newsdex orgs` join the
//! writings of one organization the articles tie together (its acronym, its short name,
//! "&" or "and") and keep apart companies that share a name but not a country's legal
//! form; `--org` finds what the row counts, and a name with a slash finds its parts.

use crate::util::{Corpus, set, shared_corpus};

/// Wire stories in the style of Reuters-21578.
fn corpus() -> Corpus {
    let c = Corpus::new();
    let stories: &[(&str, &str)] = &[
        (
            "shell.txt",
            "Royal Dutch/Shell profits rise\n\nRoyal Dutch/Shell Group said on Monday its net profit rose 20 \
             pct in 1986, helped by higher refining margins.\n",
        ),
        (
            "klm.txt",
            "KLM traffic up\n\nKLM Royal Dutch Airlines said on Monday its passenger traffic rose five pct in \
             February.\n",
        ),
        (
            "att1.txt",
            "ATT cuts rates\n\nAmerican Telephone and Telegraph Co said on Tuesday it would cut long distance \
             rates. An ATT spokesman said the cuts would take effect in June.\n",
        ),
        (
            "att2.txt",
            "ATT wins contract\n\nATT said it won a contract from the Navy. American Telephone and Telegraph Co \
             shares rose one dlr.\n",
        ),
        (
            "att3.txt",
            "AT&T opens office\n\nAT&T said on Friday it would open an office in Tokyo next year.\n",
        ),
        (
            "ford1.txt",
            "Ford sales rise\n\nFord Motor Co said on Monday its car sales rose 10 pct in February. Ford said \
             truck sales fell.\n",
        ),
        (
            "ford2.txt",
            "Ford recalls cars\n\nFord Motor Co said on Friday it would recall 50,000 cars. Ford said no \
             injuries were reported.\n",
        ),
        (
            "ford3.txt",
            "Ford plans plant\n\nFord said on Wednesday it plans a new assembly plant in Mexico.\n",
        ),
        (
            "ge1.txt",
            "GE earnings rise\n\nGeneral Electric Co said on Tuesday its first quarter profit rose 12 pct.\n",
        ),
        (
            "gec.txt",
            "GEC declines comment\n\nGeneral Electric Co Plc, the British electronics group, declined comment \
             on a report that it would bid for Plessey.\n",
        ),
        (
            "twa1.txt",
            "TWA traffic\n\nTrans World Airlines Inc (TWA) said its traffic rose. TWA said load factor was up.\n",
        ),
        (
            "twa2.txt",
            "TWA offer\n\nTrans World Airlines Inc. said on Monday it would offer new fares to Europe.\n",
        ),
    ];
    for (name, text) in stories {
        c.write(&format!("articles/{name}"), text);
    }
    c.ingest();
    c
}

/// The rows of `orgs -n all --json` (after `args`), each with its name, count and writings.
fn rows(c: &Corpus, args: &[&str]) -> Vec<(String, u64, Vec<String>)> {
    let mut full = vec!["orgs", "-n", "all", "--json"];
    full.extend_from_slice(args);
    let out = c.cmd(&full).assert().success().get_output().stdout.clone();
    let json: serde_json::Value = serde_json::from_slice(&out).expect("orgs --json prints JSON");
    json["organizations"]
        .as_array()
        .expect("organizations")
        .iter()
        .map(|o| {
            let spellings = o["spellings"].as_array().into_iter().flatten();
            (
                o["name"].as_str().expect("name").to_string(),
                o["articles"].as_u64().expect("articles"),
                spellings.map(|s| s.as_str().expect("spelling").to_string()).collect(),
            )
        })
        .collect()
}

/// The row counting `writing`, if any.
fn row_of(rows: &[(String, u64, Vec<String>)], writing: &str) -> Option<(String, u64)> {
    rows.iter()
        .find(|(name, _, spellings)| name == writing || spellings.iter().any(|s| s == writing))
        .map(|(name, n, _)| (name.clone(), *n))
}

/// The files a search finds, as a set.
fn hits(c: &Corpus, args: &[&str]) -> std::collections::BTreeSet<String> {
    let mut full = vec!["--limit", "50"];
    full.extend_from_slice(args);
    c.hit_names(&full).into_iter().collect()
}

#[test]
fn a_name_with_a_slash_finds_the_articles_naming_its_parts() {
    let c = corpus();
    // The story names "Royal Dutch" and "Shell Group"; KLM's name holds "Royal Dutch" but
    // names no Shell.
    assert_eq!(hits(&c, &["--org", "Royal Dutch/Shell"]), set(&["shell.txt"]));
    assert_eq!(hits(&c, &["org:\"Royal Dutch/Shell\""]), set(&["shell.txt"]));
    assert_eq!(hits(&c, &["--exact", "--org", "Royal Dutch/Shell"]), set(&["shell.txt"]));
}

#[test]
fn an_acronym_and_a_short_name_are_the_full_name_s_row_where_articles_tie_them() {
    let c = corpus();
    let rows = rows(&c, &[]);
    // "ATT" is named beside "American Telephone and Telegraph Co" in two stories; "AT&T"
    // is "ATT" written with its "&".
    let att = row_of(&rows, "ATT").expect("an ATT row");
    assert_eq!(att.1, 3, "{rows:?}");
    for writing in ["AT&T", "American Telephone and Telegraph Co"] {
        assert_eq!(row_of(&rows, writing), Some(att.clone()), "{writing}: {rows:?}");
    }
    // "Ford" alone is named beside "Ford Motor Co" in two of its three stories.
    let ford = row_of(&rows, "Ford Motor Co").expect("a Ford row");
    assert_eq!(ford.1, 3, "{rows:?}");
    assert_eq!(row_of(&rows, "Ford"), Some(ford), "{rows:?}");
    let every_att = set(&["att1.txt", "att2.txt", "att3.txt"]);
    for typed in ["AT&T", "ATT", "American Telephone and Telegraph Co"] {
        assert_eq!(hits(&c, &["--exact", "--org", typed]), every_att, "{typed}");
        assert_eq!(hits(&c, &["--org", typed]), every_att, "{typed}");
    }
    let every_ford = set(&["ford1.txt", "ford2.txt", "ford3.txt"]);
    assert_eq!(hits(&c, &["--exact", "--org", "Ford"]), every_ford);
    assert_eq!(hits(&c, &["--org", "Ford Motor Co"]), every_ford);
}

#[test]
fn a_name_written_in_one_word_or_two_is_one_row() {
    let c = Corpus::new();
    c.write("e1.txt", "Eastern traffic\n\nEastern Air Lines Inc said its March traffic rose four pct.\n");
    c.write("e2.txt", "Eastern fares\n\nEastern Air Lines said it would cut fares to Florida.\n");
    c.write("e3.txt", "Eastern strike\n\nEastern Airlines said its pilots would vote on a contract.\n");
    c.ingest();
    let rows = rows(&c, &[]);
    let (air_lines, airlines) = (row_of(&rows, "Eastern Air Lines"), row_of(&rows, "Eastern Airlines"));
    assert!(air_lines.is_some() && air_lines == airlines, "{rows:?}");
    assert_eq!(air_lines.unwrap().1, 3, "{rows:?}");
    assert_eq!(hits(&c, &["--exact", "--org", "Eastern Airlines"]), set(&["e1.txt", "e2.txt", "e3.txt"]));
}

#[test]
fn a_legal_form_of_another_country_s_style_is_another_company() {
    let c = corpus();
    let rows = rows(&c, &[]);
    let us = row_of(&rows, "General Electric Co").expect("General Electric Co listed");
    let british = row_of(&rows, "General Electric Co Plc").expect("General Electric Co Plc listed");
    assert_ne!(us.0, british.0, "{rows:?}");
    assert_eq!(hits(&c, &["--exact", "--org", "General Electric Co"]), set(&["ge1.txt"]));
    assert_eq!(hits(&c, &["--exact", "--org", "General Electric Co Plc"]), set(&["gec.txt"]));
}

#[test]
fn plain_org_finds_every_article_its_exact_row_counts() {
    let c = corpus();
    let exact = hits(&c, &["--exact", "--org", "TWA"]);
    assert_eq!(exact, set(&["twa1.txt", "twa2.txt"]));
    assert_eq!(hits(&c, &["--org", "TWA"]), exact);
    // A plural's possessive pasted with the name: "Ford Motor Co'" as "Ford Motor Co".
    assert_eq!(hits(&c, &["--org", "Trans World Airlines'"]), exact);
}

#[test]
fn a_row_keeps_its_name_whatever_the_filter() {
    let c = corpus();
    // The row goes by its commonest writing, "ATT", also in the one story naming only
    // "AT&T".
    let everywhere = row_of(&rows(&c, &[]), "ATT").expect("an ATT row").0;
    let tokyo = rows(&c, &["Tokyo"]);
    assert_eq!(row_of(&tokyo, "AT&T").map(|r| r.0), Some(everywhere), "{tokyo:?}");
}

#[test]
fn a_name_with_its_country_before_it_or_a_word_cut_short_is_one_row() {
    let c = Corpus::new();
    c.write("un1.txt", "Iran vote\n\nThe U.N. Security Council voted on Monday to extend the ceasefire.\n");
    c.write("un2.txt", "Gulf talks\n\nThe Security Council met on Friday to discuss shipping in the Gulf.\n");
    c.write("nsc.txt", "Arms review\n\nThe National Security Council reviewed the arms sales on Tuesday.\n");
    c.write("pan1.txt", "Fares cut\n\nPan Am World Airways said on Monday it would cut fares to London.\n");
    c.write(
        "pan2.txt",
        "Traffic up\n\nPan American World Airways said on Friday its traffic rose six pct.\n",
    );
    c.ingest();
    let rows = rows(&c, &[]);
    let council = row_of(&rows, "Security Council").expect("a Security Council row");
    assert_eq!(row_of(&rows, "U.N. Security Council"), Some(council.clone()), "{rows:?}");
    assert_eq!(council.1, 2, "{rows:?}");
    // Another organization whose name ends so is another row.
    assert_ne!(row_of(&rows, "National Security Council").map(|r| r.0), Some(council.0), "{rows:?}");
    let pan_am = row_of(&rows, "Pan American World Airways").expect("a Pan American row");
    assert_eq!(row_of(&rows, "Pan Am World Airways"), Some(pan_am), "{rows:?}");
    assert_eq!(hits(&c, &["--exact", "--org", "Pan Am World Airways"]), set(&["pan1.txt", "pan2.txt"]));
}

/// A name with its country before it joins the name's row when that row goes by the
/// name's acronym: `--org FDA` finds "the U.S. Food and Drug Administration" (over Reuters
/// it left out 15 of the 90 articles naming the agency).
#[test]
fn a_name_with_its_country_before_it_joins_its_acronyms_row() {
    let c = Corpus::new();
    for n in 1..=2 {
        c.write(
            &format!("fda{n}.txt"),
            format!(
                "Drug cleared {n}\n\nThe Food and Drug Administration (FDA) cleared the drug on Monday. \
                 The FDA said trials would go on.\n"
            ),
        );
    }
    c.write(
        "usfda.txt",
        "Drug review\n\nThe U.S. Food and Drug Administration said on Friday it would review the drug.\n",
    );
    c.ingest();
    let rows = rows(&c, &[]);
    let fda = row_of(&rows, "FDA").expect("an FDA row");
    assert_eq!(row_of(&rows, "U.S. Food and Drug Administration"), Some(fda.clone()), "{rows:?}");
    assert_eq!(hits(&c, &["--org", "FDA"]), set(&["fda1.txt", "fda2.txt", "usfda.txt"]));
}

/// Over Reuters-21578: AT&T's four writings are one row, which `--org "AT&T"` finds whole;
/// "Royal Dutch/Shell" finds the stories naming the group by its parts; Britain's GEC
/// ("General Electric Co Plc") is not General Electric's row.
#[test]
fn reuters_companies_are_one_row_each() {
    let Some(reuters) = shared_corpus("reuters21578") else { return };
    let c = Corpus::new();
    c.cmd(&["ingest", reuters.to_str().expect("utf8 path")]).assert().success();
    let rows = rows(&c, &[]);
    let att = row_of(&rows, "ATT").expect("ATT listed");
    assert_eq!(row_of(&rows, "American Telephone and Telegraph Co").map(|r| r.0), Some(att.0.clone()));
    assert_eq!(row_of(&rows, "AT&T").map(|r| r.0), Some(att.0.clone()));
    assert!(att.1 >= 60, "{att:?}");
    let count = |args: &[&str]| -> u64 {
        let mut full = vec!["search", "-n", "0", "--json"];
        full.extend_from_slice(args);
        let out = c.cmd(&full).output().expect("run newsdex");
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        json["total"].as_u64().or_else(|| json["matches"].as_u64()).expect("a count")
    };
    assert_eq!(count(&["--exact", "--org", "AT&T"]), att.1);
    assert!(count(&["--org", "Royal Dutch/Shell"]) >= 30);
    assert_ne!(
        row_of(&rows, "General Electric Co Plc").map(|r| r.0),
        row_of(&rows, "General Electric Co").map(|r| r.0)
    );
    // "GEC", given in brackets to "General Electric Co Plc", is that row, not GE's.
    assert_eq!(row_of(&rows, "GEC").map(|r| r.0), row_of(&rows, "General Electric Co Plc").map(|r| r.0));
    assert_eq!(row_of(&rows, "GE").map(|r| r.0), row_of(&rows, "General Electric Co").map(|r| r.0));
    assert_eq!(
        row_of(&rows, "Pan Am World Airways").map(|r| r.0),
        row_of(&rows, "Pan American World Airways").map(|r| r.0)
    );
    let standard = row_of(&rows, "Standard & Poor's").expect("S&P listed");
    assert_eq!(row_of(&rows, "Standard and Poor's Corp").map(|r| r.0), Some(standard.0));
}

/// The file beside the index that holds its organization rows.
fn stored(c: &Corpus) -> std::path::PathBuf {
    c.index().join("newsdex-org-rows.json")
}

/// The first line of the stored rows: what they were computed from.
fn stamp(c: &Corpus) -> String {
    let text = std::fs::read_to_string(stored(c)).expect("the rows are stored");
    text.lines().next().expect("a first line").to_string()
}

#[test]
fn the_rows_stored_by_an_ingest_are_those_an_index_without_them_gives() {
    let c = corpus();
    assert!(stored(&c).is_file(), "an ingest stores the rows beside the index");
    let listed = rows(&c, &[]);
    let ford = hits(&c, &["--org", "Ford"]);
    let att = hits(&c, &["--exact", "--org", "AT&T"]);
    std::fs::remove_file(stored(&c)).unwrap();
    assert_eq!(rows(&c, &[]), listed);
    assert_eq!(hits(&c, &["--org", "Ford"]), ford);
    assert_eq!(hits(&c, &["--exact", "--org", "AT&T"]), att);
    // An ingest with nothing new to read stores them again (an index of an older newsdex).
    c.ingest();
    assert!(stored(&c).is_file());
    assert_eq!(rows(&c, &[]), listed);
}

#[test]
fn stored_rows_are_read_only_for_the_commit_they_were_computed_from() {
    let c = corpus();
    let text = std::fs::read_to_string(stored(&c)).unwrap();
    let (first, body) = text.split_once('\n').unwrap();
    assert!(first.contains("\"segments\""), "{first}");
    // The stored rows are what a listing reads: a row renamed in the file is renamed.
    let mut value: serde_json::Value = serde_json::from_str(body).unwrap();
    let row = value["rows"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|row| row[1] == "Ford")
        .expect("a row named Ford");
    row[1] = "Ford Motor Company".into();
    let renamed = value.to_string();
    std::fs::write(stored(&c), format!("{first}\n{renamed}")).unwrap();
    assert_eq!(row_of(&rows(&c, &[]), "Ford").map(|r| r.0).as_deref(), Some("Ford Motor Company"));
    // The same file, said to be computed from another commit (one more article deleted):
    // not read.
    let other = first.replacen(",0]", ",1]", 1);
    assert_ne!(other, first);
    std::fs::write(stored(&c), format!("{other}\n{renamed}")).unwrap();
    assert_eq!(row_of(&rows(&c, &[]), "Ford").map(|r| r.0).as_deref(), Some("Ford"));
    // Cut short, as a full disk may leave it: not read either.
    std::fs::write(stored(&c), &first[..first.len() / 2]).unwrap();
    assert_eq!(row_of(&rows(&c, &[]), "Ford").map(|r| r.0).as_deref(), Some("Ford"));
}

#[test]
fn the_rows_follow_forget_and_purge_and_a_crash_before_they_are_stored() {
    let c = corpus();
    let before = stamp(&c);
    let old_file = std::fs::read(stored(&c)).unwrap();
    let ford = row_of(&rows(&c, &[]), "Ford").expect("a Ford row");
    assert_eq!(ford, ("Ford".to_string(), 3));
    // Forgetting the two stories naming "Ford Motor Co": "Ford" is a row of its own.
    for name in ["articles/articles/ford1.txt", "articles/articles/ford2.txt"] {
        c.cmd(&["forget", name]).assert().success();
    }
    let forgotten = stamp(&c);
    assert_ne!(forgotten, before, "forget stores the rows of its commit");
    let listed = rows(&c, &[]);
    assert_eq!(row_of(&listed, "Ford"), Some(("Ford".to_string(), 1)), "{listed:?}");
    assert_eq!(row_of(&listed, "Ford Motor Co"), None, "{listed:?}");
    std::fs::remove_file(stored(&c)).unwrap();
    assert_eq!(rows(&c, &[]), listed, "the stored rows are those computed");
    // A purge merges the segments: it stores the rows again, the same.
    c.cmd(&["purge"]).assert().success();
    assert_ne!(stamp(&c), forgotten);
    assert_eq!(rows(&c, &[]), listed);
    // A forget killed between its commit and the rows' writing leaves the rows stored
    // before: stale, and not read; the next ingest stores them again.
    std::fs::write(stored(&c), &old_file).unwrap();
    assert_eq!(rows(&c, &[]), listed);
    c.ingest();
    assert_ne!(stamp(&c), before);
    assert_eq!(rows(&c, &[]), listed);
}

/// A union's acronym, the full names the articles give it in brackets ("United Auto
/// Workers (UAW)", "United Automobile Workers (UAW)") and its name with "union" after it
/// are one row: over Reuters the UAW was four rows (28, 18, 7 and 4 articles).
#[test]
fn a_union_s_acronym_and_its_names_are_one_row() {
    let c = Corpus::new();
    let stories = [
        (
            "uaw1.txt",
            "Strike vote\n\nThe United Auto Workers (UAW) said on Monday General Motors Corp workers \
                      would vote on a strike. The UAW said talks went on.\n",
        ),
        (
            "uaw2.txt",
            "Pact\n\nThe United Automobile Workers (UAW) reached a pact with Ford Motor Co on Friday. \
                      UAW officials said members would vote.\n",
        ),
        ("uaw3.txt", "Layoffs\n\nThe UAW said on Tuesday General Motors Corp would lay off 3,000 workers.\n"),
        (
            "uaw4.txt",
            "Contract\n\nThe United Automobile Workers union said on Wednesday Ford Motor Co \
                      workers approved the contract.\n",
        ),
    ];
    for (name, text) in stories {
        c.write(name, text);
    }
    c.ingest();
    let rows = rows(&c, &[]);
    let uaw = row_of(&rows, "UAW").expect("a UAW row");
    for name in ["United Auto Workers", "United Automobile Workers"] {
        assert_eq!(row_of(&rows, name).map(|r| r.0), Some(uaw.0.clone()), "{name}: {rows:?}");
    }
    assert_eq!(uaw.1, 4, "{rows:?}");
    assert_eq!(
        hits(&c, &["--exact", "--org", "UAW"]),
        set(&["uaw1.txt", "uaw2.txt", "uaw3.txt", "uaw4.txt"])
    );
}

/// Two bodies sharing an acronym are two rows when the articles naming the acronym alone
/// are years away from those giving the full name: Britain's GMB union (2005) is not
/// Zimbabwe's "Grain Marketing Board (GMB)" (1987); over BBC + Reuters they were one row.
#[test]
fn one_acronym_of_two_bodies_years_apart_is_two_rows() {
    let c = Corpus::new();
    let stories = [
        (
            "gmb1.md",
            "1987-03-02",
            "Maize",
            "Zimbabwe's Grain Marketing Board (GMB) said on Monday it held 1.8 mln \
                                         tonnes of maize. The GMB would cut prices.",
        ),
        (
            "gmb2.md",
            "1987-04-09",
            "Bags",
            "The Grain Marketing Board (GMB) banned polypropylene bags, the GMB said.",
        ),
        (
            "union1.md",
            "2005-02-14",
            "Merger",
            "The GMB and Amicus said on Monday they would talk about a merger.",
        ),
        ("union2.md", "2005-03-01", "Pay", "The GMB told Labour on Friday that Amicus backed the pay claim."),
    ];
    for (name, date, title, text) in stories {
        c.write(name, format!("---\ntitle: {title}\ndate: {date}\n---\n\n{text}\n"));
    }
    c.ingest();
    let rows = rows(&c, &[]);
    let gmb = row_of(&rows, "GMB").expect("a GMB row");
    let board = row_of(&rows, "Grain Marketing Board").expect("a Grain Marketing Board row");
    assert_ne!(gmb.0, board.0, "{rows:?}");
    assert_eq!(board.1, 2, "{rows:?}");
    assert_eq!(hits(&c, &["--exact", "--org", "Grain Marketing Board"]), set(&["gmb1.md", "gmb2.md"]));
}

#[test]
fn a_short_name_beside_another_company_of_its_word_is_that_company_s() {
    let c = Corpus::new();
    c.write(
        "t1.txt",
        "Tandy earnings\n\nTandy Corp said its profit rose. Tandy said sales of computers grew.\n",
    );
    c.write(
        "t2.txt",
        "Tandy stores\n\nTandy Corp said it would open 200 stores. Tandy said it hired staff.\n",
    );
    c.write("t3.txt", "Tandy outlook\n\nTandy said on Friday it expects higher sales of its computers.\n");
    c.write(
        "b1.txt",
        "Stake in Tandy Brands\n\nAn investor group said it raised its stake in Tandy Brands Inc to 6.9 pct. \
         The group said it bought Tandy shares for investment.\n",
    );
    c.ingest();
    let rows = rows(&c, &[]);
    // "Tandy" is Tandy Corp's, but in the story naming Tandy Brands Inc and no Tandy Corp
    // it is Tandy Brands.
    let corp = row_of(&rows, "Tandy Corp").expect("a Tandy Corp row");
    assert_eq!(row_of(&rows, "Tandy"), Some(corp.clone()), "{rows:?}");
    assert_eq!(corp.1, 3, "{rows:?}");
    assert_eq!(row_of(&rows, "Tandy Brands Inc").map(|r| r.1), Some(1), "{rows:?}");
    let corp_stories = set(&["t1.txt", "t2.txt", "t3.txt"]);
    for typed in ["Tandy", "Tandy Corp"] {
        assert_eq!(hits(&c, &["--exact", "--org", typed]), corp_stories, "{typed}");
    }
    assert_eq!(hits(&c, &["--exact", "--org", "Tandy Brands"]), set(&["b1.txt"]));
}

/// An acronym in brackets in mixed case or with a figure, which the tagger reads as no
/// name, finds the body and its full name's articles, as an acronym in capitals does.
#[test]
fn an_acronym_in_mixed_case_or_with_a_figure_finds_its_body() {
    let c = Corpus::new();
    c.write(
        "rates.txt",
        "Rates held\n\nThe Bank of England (BoE) kept interest rates on hold on Thursday, the BoE said.\n",
    );
    c.write("governor.txt", "Governor speaks\n\nThe Bank of England warned on inflation on Monday.\n");
    c.write(
        "meeting.txt",
        "Ministers meet\n\nFinance ministers of the Group of Seven (G-7) met in Paris on Sunday.\n",
    );
    c.ingest();
    // "BoE" is the Bank of England's: its articles, and the one writing only the full name.
    assert_eq!(hits(&c, &["--org", "BoE"]), set(&["governor.txt", "rates.txt"]));
    assert_eq!(hits(&c, &["--org", "G-7"]), set(&["meeting.txt"]));
    assert_eq!(hits(&c, &["--org", "G7"]), set(&["meeting.txt"]));
}

/// A Japanese firm's "Co Ltd", which the wire writes "Co" too, is one company; the
/// British "Co Plc" beside the American "Co" stays two (see above).
#[test]
fn a_japanese_firm_s_co_ltd_written_short_is_one_row() {
    let c = Corpus::new();
    c.write(
        "n1.txt",
        "Nikko profit\n\nNikko Securities Co Ltd said on Monday its pretax profit rose 20 pct.\n",
    );
    c.write(
        "n2.txt",
        "Nikko bonds\n\nNikko Securities Co Ltd said it would lead a bond issue for Sony Corp.\n",
    );
    c.write("n3.txt", "Nikko office\n\nNikko Securities Co said it would open an office in Zurich.\n");
    c.ingest();
    let rows = rows(&c, &[]);
    let nikko = row_of(&rows, "Nikko Securities Co Ltd").expect("a Nikko row");
    assert_eq!(row_of(&rows, "Nikko Securities Co"), Some(nikko.clone()), "{rows:?}");
    assert_eq!(nikko.1, 3, "{rows:?}");
    let all = set(&["n1.txt", "n2.txt", "n3.txt"]);
    assert_eq!(hits(&c, &["--exact", "--org", "Nikko Securities Co"]), all);
}

/// A name with a word written with an "s" too many, named far less often than the name
/// written right, is its row: "Moody's Investors Services Inc" is Moody's.
#[test]
fn a_name_misspelt_with_an_s_is_the_name_s_row() {
    let c = Corpus::new();
    for (at, what) in ["Ford Motor Co", "Chrysler Corp", "Texaco Inc", "Exxon Corp"].iter().enumerate() {
        c.write(
            &format!("m{at}.txt"),
            format!(
                "Moody's rates {what}\n\nMoody's Investors Service Inc said on Monday it lowered the \
                 ratings of {what}'s debt.\n"
            ),
        );
    }
    c.write(
        "slip.txt",
        "Moody's upgrades Alcoa\n\nMoody's Investors Services Inc said on Tuesday it raised the ratings of \
         Aluminum Co of America's debt.\n",
    );
    c.ingest();
    let rows = rows(&c, &[]);
    let moodys = row_of(&rows, "Moody's Investors Service Inc").expect("a Moody's row");
    assert_eq!(row_of(&rows, "Moody's Investors Services Inc"), Some(moodys.clone()), "{rows:?}");
    assert_eq!(moodys.1, 5, "{rows:?}");
    assert!(hits(&c, &["--exact", "--org", "Moody's Investors Service"]).contains("slip.txt"));
}

/// A short name joins a row that goes by its acronym ("Honda" and HMC's "Honda Motor Co
/// Ltd"), as it joins one that goes by a name beginning with it.
#[test]
fn a_short_name_joins_the_row_of_its_full_name_s_acronym() {
    let c = Corpus::new();
    c.write(
        "h1.txt",
        "Honda sales\n\nHonda Motor Co Ltd (HMC) said its U.S. car sales rose. HMC said Honda would build \
         a plant in Ohio.\n",
    );
    c.write("h2.txt", "Honda plant\n\nHonda said on Monday its plant will open in May. HMC said so too.\n");
    c.write("h3.txt", "Honda output\n\nHonda Motor Co Ltd said output rose. Honda said exports fell.\n");
    c.write("h4.txt", "Honda cars\n\nHonda said on Friday it would raise car prices by two pct.\n");
    c.ingest();
    let rows = rows(&c, &[]);
    let honda = row_of(&rows, "Honda Motor Co Ltd").expect("a Honda row");
    assert_eq!(row_of(&rows, "Honda"), Some(honda.clone()), "{rows:?}");
    assert_eq!(honda.1, 4, "{rows:?}");
}

/// A known alias is its organization's row: the New China News Agency is Xinhua, and the
/// International Cocoa Organization ICCO, whose letters are no initials.
#[test]
fn a_known_alias_is_its_organization_s_row() {
    let c = Corpus::new();
    c.write("x1.txt", "China output\n\nThe New China News Agency said on Monday steel output rose.\n");
    c.write("x2.txt", "China trade\n\nXinhua said on Friday exports rose 10 pct.\n");
    c.write("c1.txt", "Cocoa talks\n\nThe International Cocoa Organization said on Monday stocks rose.\n");
    c.write(
        "c2.txt",
        "Cocoa buffer\n\nThe ICCO council met in London on Tuesday to discuss the buffer stock.\n",
    );
    c.ingest();
    let rows = rows(&c, &[]);
    assert_eq!(row_of(&rows, "Xinhua").map(|r| r.1), Some(2), "{rows:?}");
    for typed in ["Xinhua", "New China News Agency"] {
        assert_eq!(hits(&c, &["--exact", "--org", typed]), set(&["x1.txt", "x2.txt"]), "{typed}");
    }
    assert_eq!(hits(&c, &["--exact", "--org", "ICCO"]), set(&["c1.txt", "c2.txt"]));
}

/// A match line ("Brentford v Manchester United") and a word before a known organization
/// ("Holders Manchester United") are no names of their own.
#[test]
fn a_match_line_or_a_word_before_a_known_club_is_no_row() {
    let c = Corpus::new();
    c.write(
        "draw.txt",
        "Cup draw\n\nManchester United face a trip in the FA Cup.\n\nFifth round draw:\n\n\
         Southampton or Brentford v Manchester United\n",
    );
    c.write(
        "holders.txt",
        "Cup holders\n\nHolders Manchester United and Premiership leaders Chelsea both face difficult away \
         ties. Manchester United travel to Everton.\n",
    );
    c.ingest();
    let rows = rows(&c, &[]);
    for name in ["Brentford v Manchester United", "Holders Manchester United"] {
        assert!(rows.iter().all(|(n, _, _)| n != name), "{name}: {rows:?}");
    }
    let united = row_of(&rows, "Manchester United").expect("a Manchester United row");
    assert_eq!(united.1, 2, "{rows:?}");
}
