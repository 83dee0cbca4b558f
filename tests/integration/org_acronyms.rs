//! An acronym means the body its article spells out: `--org` with a full name reaches an
//! article by the acronym only where that article spells the acronym as no other body
//! ("ITC" is the International Tin Council in the tin stories, the U.S. International
//! Trade Commission in the trade stories); the acronym typed alone finds both and says
//! so; and a full name given an acronym once, by a slip, does not take the acronym's
//! articles.

use crate::util::{Corpus, set};

/// Wire stories in the style of Reuters-21578.
fn corpus() -> Corpus {
    let c = Corpus::new();
    let stories: &[(&str, &str)] = &[
        (
            "tin1.txt",
            "TIN PACT TALKS\n\nLONDON, March 3 - The International Tin Council (ITC) met on Monday to discuss \
             the extension of the tin pact. ITC delegates said a decision was likely.\n",
        ),
        (
            "tin2.txt",
            "TIN COUNCIL APPEAL\n\nLONDON, March 9 - The International Tin Council (ITC) appealed against a \
             winding-up ruling. The ITC said its creditors would be paid.\n",
        ),
        (
            "tin3.txt",
            "TIN PACT EXTENDED\n\nLONDON, April 2 - ITC delegates agreed to extend the tin pact for two years, \
             the ITC said in a statement.\n",
        ),
        (
            "trade1.txt",
            "U.S. AGENCY RULES ON JUICE\n\nWASHINGTON, April 13 - The U.S. International Trade Commission \
             (ITC) voted to authorize duties on imports of orange juice. The ITC ruling takes effect next \
             month.\n",
        ),
        (
            "trade2.txt",
            "STEELMAKERS SEEK CURB\n\nWASHINGTON, March 31 - Steelmakers said they will tell the U.S. \
             International Trade Commission (ITC) that imports are hurting them. The ITC must advise the \
             President.\n",
        ),
        (
            "sec1.txt",
            "SEC CHARGES BROKER\n\nWASHINGTON, March 2 - The Securities and Exchange Commission (SEC) charged \
             a broker with insider trading. The SEC said the case was settled.\n",
        ),
        (
            "sec2.txt",
            "SEC PROPOSES RULES\n\nWASHINGTON, March 5 - The Securities and Exchange Commission (SEC) proposed \
             new disclosure rules. The SEC will take comments until May.\n",
        ),
        (
            "sec3.txt",
            "SEC STUDIES TAKEOVERS\n\nWASHINGTON, March 9 - The Securities and Exchange Commission (SEC) is \
             studying takeover rules, officials said. The SEC staff will report in June.\n",
        ),
        (
            "sec4.txt",
            "SEC NAMES DIRECTOR\n\nWASHINGTON, March 12 - The Securities and Exchange Commission (SEC) named a \
             new enforcement director. The SEC said he starts on Monday.\n",
        ),
        (
            "edison1.txt",
            "UNOCAL UNIT BEGINS PLANT\n\nLOS ANGELES, March 20 - Unocal Corp said its unit began building a \
             geothermal plant that will sell power to Southern California Edison Co <SEC>, Unocal said.\n",
        ),
        (
            "edison2.txt",
            "SOCAL EDISON UNIT BACK\n\nROSEMEAD, Calif., March 13 - Southern California Edison Co said its \
             nuclear unit is back in service after refueling.\n",
        ),
    ];
    for (name, text) in stories {
        c.write(&format!("articles/{name}"), text);
    }
    c.ingest();
    c
}

/// The files a search finds, as a set.
fn hits(c: &Corpus, args: &[&str]) -> std::collections::BTreeSet<String> {
    let mut full = vec!["--limit", "50"];
    full.extend_from_slice(args);
    c.hit_names(&full).into_iter().collect()
}

#[test]
fn a_full_name_does_not_reach_an_article_spelling_its_acronym_as_another_body() {
    let c = corpus();
    let tin = set(&["tin1.txt", "tin2.txt", "tin3.txt"]);
    assert_eq!(hits(&c, &["--org", "International Tin Council"]), tin);
    assert_eq!(hits(&c, &["--exact", "--org", "International Tin Council"]), tin);
    assert_eq!(hits(&c, &["--org", "International Trade Commission"]), set(&["trade1.txt", "trade2.txt"]));
}

#[test]
fn an_acronym_typed_alone_finds_every_body_it_stands_for_and_says_so() {
    let c = corpus();
    assert_eq!(
        hits(&c, &["--org", "ITC"]),
        set(&["tin1.txt", "tin2.txt", "tin3.txt", "trade1.txt", "trade2.txt"])
    );
    let out = c.cmd(&["search", "--org", "ITC"]).output().expect("run newsdex");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("--org ITC finds 2 articles where \"ITC\" stands for another organization")
            && stderr.contains("International Trade Commission (2)"),
        "{stderr}"
    );
    // The full name says nothing of it: it keeps to its own.
    let out = c.cmd(&["search", "--org", "International Tin Council"]).output().expect("run newsdex");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("stands for"), "{out:?}");
}

#[test]
fn a_full_name_given_an_acronym_once_by_a_slip_does_not_take_its_articles() {
    let c = corpus();
    // "Southern California Edison Co <SEC>" once, beside four articles giving SEC to the
    // Securities and Exchange Commission: `--org SEC` does not find every Edison story.
    let found = hits(&c, &["--org", "SEC"]);
    assert!(["sec1.txt", "sec2.txt", "sec3.txt", "sec4.txt"].iter().all(|f| found.contains(*f)), "{found:?}");
    assert!(!found.contains("edison2.txt"), "{found:?}");
}
