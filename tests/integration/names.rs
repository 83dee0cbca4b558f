//! `newsdex people|orgs|places`: frequent names, co-occurrence, filters.

use crate::util::Corpus;
use predicates::prelude::*;

fn corpus() -> Corpus {
    let c = Corpus::new();
    c.write("a.txt", "Transit bill signed\n\nMinnesota Governor Tim Walz signed the bill. Minneapolis Mayor Jacob Frey praised it. Metro Transit will add trains.\n");
    c.write("b.txt", "Budget talks\n\nMinnesota Governor Tim Walz met Senator Amy Klobuchar in St. Paul about the budget.\n");
    c.write("c.txt", "Snow emergency\n\nMinneapolis Mayor Jacob Frey declared a snow emergency. Metro Transit slowed trains.\n");
    c.ingest();
    c
}

fn listing(c: &Corpus, args: &[&str]) -> serde_json::Value {
    let out = c.cmd(&[args, &["--json"]].concat()).output().unwrap();
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn names(list: &serde_json::Value, key: &str) -> Vec<(String, u64)> {
    list[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["name"].as_str().unwrap().to_string(), n["articles"].as_u64().unwrap()))
        .collect()
}

#[test]
fn people_are_counted_by_articles() {
    let c = corpus();
    let all = listing(&c, &["people"]);
    assert_eq!(all["articles"], 3);
    assert_eq!(
        names(&all, "people"),
        [("Jacob Frey".into(), 2), ("Tim Walz".into(), 2), ("Amy Klobuchar".into(), 1)]
    );
}

#[test]
fn with_lists_who_appears_alongside_and_leaves_the_name_out() {
    let c = corpus();
    let with = listing(&c, &["people", "--with", "walz"]);
    assert_eq!(with["articles"], 2);
    assert_eq!(names(&with, "people"), [("Amy Klobuchar".into(), 1), ("Jacob Frey".into(), 1)]);
    // Asked with a title, as the articles write it: still left out.
    let titled = listing(&c, &["people", "--with", "Governor Walz"]);
    assert_eq!(names(&titled, "people"), names(&with, "people"));
}

#[test]
fn an_article_giving_two_forms_of_a_name_counts_once() {
    let c = Corpus::new();
    c.write(
        "a.txt",
        "Bond sale\n\nThe U.S. Treasury said on Monday it would sell bonds. Later the US Treasury added more notes.\n",
    );
    c.write("b.txt", "Notes\n\nThe U.S. Treasury sold notes on Tuesday.\n");
    c.ingest();
    let orgs = listing(&c, &["orgs"]);
    assert_eq!(names(&orgs, "organizations"), [("U.S. Treasury".into(), 2)], "{orgs}");
}

#[test]
fn orgs_and_places_follow_a_query() {
    let c = corpus();
    let orgs = listing(&c, &["orgs", "trains"]);
    assert_eq!(orgs["articles"], 2);
    assert_eq!(names(&orgs, "organizations"), [("Metro Transit".into(), 2)]);
    let places = listing(&c, &["places", "budget"]);
    let found: Vec<String> = names(&places, "places").into_iter().map(|(n, _)| n).collect();
    assert!(found.contains(&"Minnesota".to_string()), "{found:?}");
    c.cmd(&["people", "zeppelin"]).assert().code(1);
}

#[test]
fn a_listing_of_nothing_says_why_as_search_does() {
    use predicates::prelude::*;
    let c = corpus();
    c.cmd(&["people", "--person", "zeppelin"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--person \"zeppelin\": no article names this person"));
    c.cmd(&["places", "budget", "--org", "metro transit"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("1 article matches \"budget\" without the filter --org"));
}

#[test]
fn timeline_counts_articles_per_period_with_gaps_and_undated_apart() {
    let c = Corpus::new();
    c.write("2026-01-05-transit.txt", "Transit bill signed\n\nGovernor Tim Walz signed the transit bill.\n");
    c.write("2026-01-20-budget.txt", "Budget talks\n\nGovernor Tim Walz met lawmakers about the budget.\n");
    c.write("2026-03-03-snow.txt", "Snow emergency\n\nMayor Jacob Frey declared a snow emergency.\n");
    c.write("notes.txt", "Undated notes\n\nGovernor Tim Walz spoke to reporters.\n");
    c.ingest();

    let all = listing(&c, &["timeline"]);
    assert_eq!((all["articles"].as_u64(), all["undated"].as_u64()), (Some(4), Some(1)));
    let periods = |t: &serde_json::Value| -> Vec<(String, u64)> {
        t["periods"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p["period"].as_str().unwrap().to_string(), p["articles"].as_u64().unwrap()))
            .collect()
    };
    // February had none: it is listed, at 0.
    assert_eq!(periods(&all), [("2026-01".into(), 2), ("2026-02".into(), 0), ("2026-03".into(), 1)]);

    let walz = listing(&c, &["timeline", "--person", "walz"]);
    assert_eq!(walz["articles"], 3);
    assert_eq!(periods(&walz), [("2026-01".into(), 2)]);

    let weeks = listing(&c, &["timeline", "--by", "week"]);
    let weeks = periods(&weeks);
    assert_eq!(weeks.len(), 9, "{weeks:?}");
    assert_eq!(weeks[0], ("2026-W02".into(), 1));
    assert_eq!(weeks[8], ("2026-W10".into(), 1));
    // A span asked for is drawn whole: the week's quiet days at its ends are there, at 0.
    let week = listing(&c, &["timeline", "--by", "day", "--since", "2026-W02", "--until", "2026-W02"]);
    let days = periods(&week);
    assert_eq!(days.len(), 7, "{days:?}");
    assert_eq!((days[0].0.as_str(), days[6].0.as_str()), ("2026-01-05", "2026-01-11"));
    assert_eq!(days.iter().map(|(_, n)| n).sum::<u64>(), 1);

    let text = c.cmd(&["timeline", "snow OR budget"]).output().unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.starts_with("2 matching articles (each copy counted); dated ones per month:\n"), "{text}");
    assert!(text.contains("\n2026-02          0  \n"), "{text}");
    c.cmd(&["timeline", "zeppelin"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("No articles match \"zeppelin\".\n"));
    c.cmd(&["people", "zeppelin"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("No articles match."));
    // Matches that are all undated are matches: said so, exit 0.
    c.cmd(&["timeline", "reporters"])
        .assert()
        .code(0)
        .stdout("1 matching article, none of them dated: a timeline needs publication dates.\n");
    // A filter nobody carries says so, as `search` does.
    c.cmd(&["timeline", "--person", "nobody here"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("--person \"nobody here\": no article names this person"));
}

#[test]
fn forms_of_a_name_that_differ_in_case_are_counted_as_one() {
    let c = Corpus::new();
    c.write("a.txt", "Trade talks\n\nEC Commissioner Willy De Clercq said the talks would go on. The GATT meeting mattered.\n");
    c.write("b.txt", "Trade row\n\nEuropean trade chief Willy de Clercq met officials in Geneva. Gatt ministers met too.\n");
    c.write("c.txt", "Oil output\n\nGatt ministers agreed to cut tariffs in Geneva.\n");
    c.ingest();
    let people = names(&listing(&c, &["people"]), "people");
    assert!(people.contains(&("Willy De Clercq".into(), 2)), "{people:?}");
    assert!(!people.iter().any(|(n, _)| n == "Willy de Clercq"), "{people:?}");
    // Shown as most articles write it.
    let orgs = names(&listing(&c, &["orgs"]), "organizations");
    assert_eq!(orgs[0], ("Gatt".into(), 3), "{orgs:?}");
}

#[test]
fn forms_of_a_name_with_and_without_dots_are_counted_as_one_and_found_as_one() {
    let c = Corpus::new();
    c.write("a.txt", "Vote\n\nDiplomats at the U.N. Security Council voted on Tuesday.\n");
    c.write("b.txt", "Vote again\n\nDiplomats at the U.N. Security Council voted on Wednesday.\n");
    c.write("c.txt", "Vote two\n\nDiplomats at the UN Security Council voted again on Friday.\n");
    c.ingest();
    let orgs = names(&listing(&c, &["orgs"]), "organizations");
    assert!(orgs.contains(&("U.N. Security Council".into(), 3)), "{orgs:?}");
    assert!(!orgs.iter().any(|(n, _)| n == "UN Security Council"), "{orgs:?}");
    assert_eq!(c.search_json(&["--org", "UN Security Council"])["total"], 3);
}

#[test]
fn a_full_names_count_does_not_depend_on_how_many_names_are_shown() {
    let c = Corpus::new();
    for n in 0..3 {
        c.write(
            &format!("r{n}.txt"),
            format!("Budget {n}\n\nPresident Ronald Reagan sent budget {n} to Congress.\n"),
        );
    }
    for n in 0..2 {
        c.write(&format!("s{n}.txt"), format!("Veto {n}\n\nPresident Reagan said he would veto bill {n}.\n"));
    }
    for n in 0..4 {
        c.write(
            &format!("t{n}.txt"),
            format!("Summit {n}\n\nMargaret Thatcher flew to summit {n} in Bonn.\n"),
        );
    }
    c.ingest();
    // Unfolded, "Reagan" (2) is third: past a one-name page, yet it counts under the first.
    for shown in ["1", "2", "50"] {
        let people = names(&listing(&c, &["people", "-n", shown]), "people");
        assert_eq!(people[0], ("Ronald Reagan".to_string(), 5), "-n {shown}: {people:?}");
    }
    let stats = names(&listing(&c, &["stats"]), "top_people");
    assert_eq!(stats[0], ("Ronald Reagan".to_string(), 5), "{stats:?}");
}

#[test]
fn a_surname_alone_counts_under_the_full_name_it_belongs_to() {
    let c = Corpus::new();
    c.write("1.txt", "Budget plan\n\nPresident Ronald Reagan sent the budget plan to Congress.\n");
    c.write("2.txt", "Trade talks\n\nRonald Reagan met trade ministers in Washington.\n");
    for n in 3..6 {
        c.write(
            &format!("{n}.txt"),
            format!("Veto threat {n}\n\nPresident Reagan said he would veto the bill.\n"),
        );
    }
    // A surname two people share stays apart.
    c.write("6.txt", "Labour vote\n\nTony Blair spoke to the party in Brighton.\n");
    c.write("7.txt", "Cup final\n\nBob Blair scored twice in the final at Hampden.\n");
    c.write("8.txt", "Blair speech\n\nMr Blair spoke again on Tuesday.\n");
    c.ingest();
    let people = names(&listing(&c, &["people"]), "people");
    assert!(people.contains(&("Ronald Reagan".to_string(), 5)), "{people:?}");
    assert!(!people.iter().any(|(name, _)| name == "Reagan"), "{people:?}");
    assert!(people.contains(&("Blair".to_string(), 1)), "{people:?}");
    // The count is what the name finds (the page's filter, as listed, is in serve.rs).
    assert_eq!(c.search_json(&["--person", "Ronald Reagan", "--no-collapse"])["total"], 5);
    // Among articles none of which gives the full name, the surname is still his: the
    // same row in every week's list.
    let vetoes = names(&listing(&c, &["people", "veto"]), "people");
    assert_eq!(vetoes, vec![("Ronald Reagan".to_string(), 3)]);
    // One article's full name does not claim a word that many others use alone.
    c.write("9.txt", "Poet reads in Leeds\n\nThe poet Hilda Frost read her new poems in Leeds.\n");
    for n in 10..22 {
        c.write(
            &format!("{n}.txt"),
            format!("Frost warning {n}\n\nThe forecaster said Frost would call the farmers at {n}.\n"),
        );
    }
    c.ingest();
    let people = names(&listing(&c, &["people", "-n", "50"]), "people");
    assert!(people.iter().any(|(name, _)| name == "Frost"), "{people:?}");
    assert!(people.contains(&("Hilda Frost".to_string(), 1)), "{people:?}");
    assert_eq!(c.search_json(&["--person", "Hilda Frost", "--no-collapse"])["total"], 1);
}

#[test]
fn exact_names_make_a_filter_count_what_the_lists_count() {
    let c = Corpus::new();
    c.write("mexico.txt", "Peso falls\n\nThe central bank of Mexico raised interest rates on Monday, officials in Mexico said, as the peso fell.\n");
    c.write("new-mexico.txt", "Voters head to polls\n\nVoters in New Mexico went to the polls on Tuesday, and officials in Santa Fe, New Mexico, expected a high turnout.\n");
    c.ingest();
    let places = names(&listing(&c, &["places"]), "places");
    assert!(
        places.contains(&("Mexico".to_string(), 1)) && places.contains(&("New Mexico".to_string(), 1)),
        "{places:?}"
    );
    // As words inside names, "Mexico" is in both; as the name listed, in one, whatever
    // its capitals.
    assert_eq!(c.search_json(&["--place", "Mexico"])["total"], 2);
    for flag in ["--exact-names", "--exact"] {
        assert_eq!(c.hit_names(&["--place", "mexico", flag]), ["mexico.txt"]);
    }
    let timeline = c.cmd(&["timeline", "--place", "Mexico", "--exact", "--json"]).output().unwrap();
    let timeline: serde_json::Value = serde_json::from_slice(&timeline.stdout).unwrap();
    assert_eq!((&timeline["articles"], &timeline["request"]["exact_names"]), (&1.into(), &true.into()));
    // The lists say how they were made, as a search does.
    let request = &listing(&c, &["places", "--place", "Mexico", "--exact", "--since", "2026"])["request"];
    assert_eq!(
        (&request["exact_names"], &request["since"]),
        (&true.into(), &"2026-01-01".into()),
        "{request}"
    );
    // A name no list holds is read as words, as without the flag.
    assert_eq!(
        c.search_json(&["--place", "mex", "--exact"])["total"],
        c.search_json(&["--place", "mex"])["total"]
    );
}

#[test]
fn a_with_name_few_articles_give_is_offered_the_spelling_many_give() {
    use predicates::prelude::*;
    let c = Corpus::new();
    for (i, day) in ["Monday", "Tuesday", "Wednesday"].iter().enumerate() {
        c.write(
            &format!("{i}.txt"),
            format!("Rates\n\nFederal Reserve chairman Paul Volcker spoke to the Senate Banking Committee on {day}.\n"),
        );
    }
    c.write("typo.txt", "Ford hails Volker\n\nFord Motor Co praised Volker and the Treasury on Friday.\n");
    c.ingest();
    // Misspelled: the one headline that writes it so, and a note of the name the others give.
    c.cmd(&["orgs", "--with", "Volker"]).assert().stderr(predicate::str::contains(
        "--with \"Volker\": 1 article names it; did you mean \"Volcker\" (3 articles)?",
    ));
    // With an initial the articles leave out: the same man, found as they write him.
    c.cmd(&["orgs", "--with", "Paul A. Volcker"])
        .assert()
        .success()
        .stdout(predicate::str::contains("3  Federal Reserve"))
        .stderr(predicate::str::contains("did you mean").not());
    // Misspelt: the spelling the articles give.
    c.cmd(&["orgs", "--with", "Paul Volkcer"]).assert().stderr(
        predicate::str::contains("did you mean \"Paul Volcker\" (3 articles)?")
            .and(predicate::str::contains("no article names this organization").not()),
    );
    // Spelled as the articles spell it: no note.
    c.cmd(&["orgs", "--with", "Paul Volcker"])
        .assert()
        .success()
        .stderr(predicate::str::contains("did you mean").not());
}

/// The file names a search by `args` finds, sorted.
fn found(c: &Corpus, args: &[&str]) -> Vec<String> {
    let mut names = c.hit_names(args);
    names.sort();
    names
}

#[test]
fn a_father_and_son_of_one_name_stay_two_people_and_their_filters_keep_apart() {
    let c = Corpus::new();
    c.write("both.txt", "Two presidents\n\nFormer President George H.W. Bush and his son, President George W. Bush, opened the library on Sunday. Mr Bush thanked the donors.\n");
    c.write(
        "father.txt",
        "Award\n\nFormer President George H. W. Bush received an award in Houston on Monday.\n",
    );
    c.write("son.txt", "Speech\n\nPresident George W. Bush spoke in Texas about the economy on Friday.\n");
    c.write("old.txt", "Farm visit\n\nVice President George Bush met farmers in Iowa on Tuesday.\n");
    c.ingest();
    let people = listing(&c, &["people"]);
    let people = names(&people, "people");
    assert!(people.contains(&("George W. Bush".into(), 2)), "{people:?}");
    // The father written two ways is one row, and "George Bush", who may be either, stays
    // apart; each row finds what it counts.
    assert!(people.contains(&("George H. W. Bush".into(), 2)), "{people:?}");
    assert!(people.contains(&("George Bush".into(), 1)), "{people:?}");
    for (name, count) in &people {
        assert_eq!(found(&c, &["--person", name, "--exact"]).len() as u64, *count, "{name}");
    }
    assert_eq!(found(&c, &["--person", "George H. W. Bush"]), ["both.txt", "father.txt"]);
    // "George Bush" may be the father: the son's name, typed with or without the dot, does
    // not find it.
    assert_eq!(found(&c, &["--person", "George W Bush"]), ["both.txt", "son.txt"]);
    assert_eq!(found(&c, &["--person", "George W. Bush"]), ["both.txt", "son.txt"]);
    // Initials run together are initials.
    assert_eq!(found(&c, &["--person", "George HW Bush"]), ["both.txt", "father.txt"]);
}

#[test]
fn a_middle_name_typed_finds_the_name_without_it_only_when_no_one_else_has_another() {
    let c = Corpus::new();
    c.write("a.txt", "Court\n\nJudge John R. Smith ruled on Monday that the case could go on.\n");
    c.write("b.txt", "Court again\n\nJudge John Smith adjourned the case on Tuesday.\n");
    c.ingest();
    assert_eq!(found(&c, &["--person", "John R. Smith"]), ["a.txt", "b.txt"]);
}

#[test]
fn an_initial_two_people_of_the_archive_share_is_neither_ones() {
    let c = Corpus::new();
    c.write("tennis.txt", "Tennis final\n\nSerena Williams beat her sister in the final on Saturday.\n");
    c.write("rugby.txt", "Wales win\n\nWinger Shane Williams scored twice as Wales beat Italy.\n");
    c.write(
        "sheet.txt",
        "Wales team\n\nWales: G Thomas (Toulouse), S Williams (Ospreys), T Shanklin (Cardiff).\n",
    );
    c.write("court.txt", "Court\n\nJudge J. Smith ruled on Monday that the case could go on.\n");
    c.write("bench.txt", "Court again\n\nJudge John Smith adjourned the case on Tuesday.\n");
    c.ingest();
    // "S Williams" may be Serena or Shane: the team sheet is neither one's.
    assert_eq!(found(&c, &["--person", "Serena Williams"]), ["tennis.txt"]);
    assert_eq!(found(&c, &["--person", "Shane Williams"]), ["rugby.txt"]);
    // Typed with the initial, both and the team sheet.
    assert_eq!(found(&c, &["--person", "S Williams"]), ["rugby.txt", "sheet.txt", "tennis.txt"]);
    // An initial only one given name of the archive begins with is that person's.
    assert_eq!(found(&c, &["--person", "John Smith"]), ["bench.txt", "court.txt"]);
}

#[test]
fn a_diminutive_finds_the_given_name_in_full_and_the_other_way_round() {
    let c = Corpus::new();
    c.write("a.txt", "Campaign\n\nSenator Bob Dole opened his campaign office in Kansas on Monday.\n");
    c.write("b.txt", "Vote\n\nSenator Robert Dole said the Senate would vote on Thursday.\n");
    c.write(
        "c.txt",
        "Adviser\n\nChief medical adviser Chris Whitty said on Friday that cases were falling.\n",
    );
    c.write("d.txt", "Briefing\n\nProfessor Christopher Whitty gave the briefing on Saturday.\n");
    c.write("e.txt", "Other Dole\n\nSenator Elizabeth Dole spoke on Sunday.\n");
    c.ingest();
    assert_eq!(found(&c, &["--person", "Bob Dole"]), ["a.txt", "b.txt"]);
    assert_eq!(found(&c, &["--person", "Robert Dole"]), ["a.txt", "b.txt"]);
    assert_eq!(found(&c, &["--person", "Chris Whitty"]), ["c.txt", "d.txt"]);
}

#[test]
fn degrees_after_a_name_and_pm_before_it_are_left_out_of_a_person_filter() {
    let c = Corpus::new();
    c.write(
        "a.txt",
        "Pandemic\n\nPublic health expert Ashish Jha said on Tuesday the pandemic was not over.\n",
    );
    c.write("b.txt", "Summit\n\nPrime Minister Tony Blair arrived in Brussels on Monday.\n");
    c.ingest();
    assert_eq!(found(&c, &["--person", "Ashish Jha, PhD"]), ["a.txt"]);
    assert_eq!(found(&c, &["--person", "Ashish Jha MD"]), ["a.txt"]);
    assert_eq!(found(&c, &["--person", "PM Tony Blair"]), ["b.txt"]);
}

#[test]
fn us_and_british_parties_are_found_by_their_members_names_and_not_inside_other_parties() {
    let c = Corpus::new();
    c.write("us.txt", "Budget fight\n\nRepublicans in Congress rejected the budget on Tuesday. Democrats said they would try again next week.\n");
    c.write(
        "gop.txt",
        "Convention\n\nThe GOP chose Cleveland for its convention, officials said on Monday.\n",
    );
    c.write("party.txt", "Platform\n\nThe Democratic Party published its platform in Denver on Friday.\n");
    c.write("libdem.txt", "Conference\n\nThe Liberal Democrats opened their conference in Brighton on Sunday, and party leader Charles Kennedy spoke.\n");
    c.write(
        "libdem2.txt",
        "Poll\n\nThe Lib Dems gained two seats in the poll on Thursday, officials said.\n",
    );
    c.write("tories.txt", "Tax\n\nThe Tories said on Monday that the tax plans would hurt families.\n");
    c.write("cons.txt", "Manifesto\n\nThe Conservative Party launched its manifesto in London on Monday.\n");
    c.write(
        "words.txt",
        "Markets\n\nOn a conservative estimate, the City expects little movement, traders said on Monday.\n",
    );
    c.ingest();
    assert_eq!(found(&c, &["--org", "Republicans"]), ["gop.txt", "us.txt"]);
    assert_eq!(found(&c, &["--org", "GOP"]), ["gop.txt", "us.txt"]);
    assert_eq!(found(&c, &["--org", "Democrats"]), ["party.txt", "us.txt"]);
    assert_eq!(found(&c, &["--org", "Democratic Party"]), ["party.txt", "us.txt"]);
    assert_eq!(found(&c, &["--org", "Liberal Democrats"]), ["libdem.txt", "libdem2.txt"]);
    assert_eq!(found(&c, &["--org", "Lib Dems"]), ["libdem.txt", "libdem2.txt"]);
    for tory in ["Tory", "Tories", "Conservatives", "Conservative Party"] {
        assert_eq!(found(&c, &["--org", tory]), ["cons.txt", "tories.txt"], "{tory}");
    }
}

#[test]
fn an_organization_is_found_by_the_acronym_an_article_gave_it_and_by_either_spelling_of_isation() {
    let c = Corpus::new();
    c.write("full.txt", "Flu shots\n\nThe Centers for Disease Control and Prevention (CDC) urged flu shots on Monday, officials said.\n");
    c.write("short.txt", "Measles\n\nThe CDC warned on Friday that measles cases were rising in Ohio.\n");
    c.write(
        "ukip.txt",
        "Poll\n\nThe UK Independence Party (UKIP) said on Monday it would stand in every seat.\n",
    );
    c.write("ukip2.txt", "Leader\n\nUKIP leader Roger Knapman said on Tuesday that the party had grown.\n");
    c.write(
        "who.txt",
        "Outbreak\n\nThe World Health Organisation said on Tuesday that cases were rising in Geneva.\n",
    );
    c.ingest();
    assert_eq!(found(&c, &["--org", "Centers for Disease Control"]), ["full.txt", "short.txt"]);
    assert_eq!(found(&c, &["--org", "CDC"]), ["full.txt", "short.txt"]);
    assert_eq!(found(&c, &["--org", "UK Independence Party"]), ["ukip.txt", "ukip2.txt"]);
    assert_eq!(found(&c, &["--org", "World Health Organization"]), ["who.txt"]);
}

#[test]
fn the_orgs_list_counts_an_acronym_and_the_full_name_it_was_given_as_one_row() {
    let c = Corpus::new();
    c.write("full.txt", "Flu season\n\nThe Centers for Disease Control and Prevention (CDC) said flu cases were rising. The CDC urged shots.\n");
    c.write("short.txt", "Vaccines\n\nThe CDC said vaccine stocks were low in three states.\n");
    c.write(
        "cut.txt",
        "Budget\n\nCongress cut the budget of the Centers for Disease Control and Prevention by a tenth.\n",
    );
    c.write("fda.txt", "Approval\n\nThe Food and Drug Administration approved the drug on Monday.\n");
    c.ingest();
    let orgs = names(&listing(&c, &["orgs"]), "organizations");
    let cdc: Vec<&(String, u64)> =
        orgs.iter().filter(|(name, _)| name.contains("CDC") || name.contains("Disease")).collect();
    assert_eq!(cdc, [&("CDC".to_string(), 3)], "{orgs:?}");
    // Clicking the row (the lists' exact filter) finds what it counted.
    assert_eq!(found(&c, &["--org", "CDC", "--exact"]), ["cut.txt", "full.txt", "short.txt"]);
    assert_eq!(found(&c, &["--org", "CDC"]), ["cut.txt", "full.txt", "short.txt"]);
}

#[test]
fn a_given_name_alone_is_not_the_surname_of_someone_named_in_full() {
    let c = Corpus::new();
    c.write(
        "ray.txt",
        "Soul legend\n\nThe singer Ray Charles recorded the album in Los Angeles on Monday.\n",
    );
    c.write("ray2.txt", "Soul film\n\nThe film about Ray Charles opened in London on Friday.\n");
    for n in 1..4 {
        c.write(
            &format!("royal{n}.txt"),
            format!("Royal wedding {n}\n\nOn Thursday night, Prince Charles, 56, and Mrs Parker Bowles hosted a dinner at Windsor. Charles said he was delighted.\n"),
        );
    }
    for n in 1..3 {
        c.write(
            &format!("kennedy{n}.txt"),
            format!(
                "Lib Dems {n}\n\nLiberal Democrat leader Charles Kennedy spoke in Brighton on Tuesday {n}.\n"
            ),
        );
    }
    c.ingest();
    // "Charles" alone is the prince, a given name as the articles give it ("Charles
    // Kennedy"), not the soul singer's surname.
    let people = names(&listing(&c, &["people"]), "people");
    assert!(
        people.contains(&("Ray Charles".to_string(), 2)) && people.contains(&("Charles".to_string(), 3)),
        "{people:?}"
    );
    assert_eq!(found(&c, &["--person", "Ray Charles", "--exact"]), ["ray.txt", "ray2.txt"]);
    assert_eq!(found(&c, &["--person", "Ray Charles"]), ["ray.txt", "ray2.txt"]);
}

/// Articles naming one person written several ways, and people whose names differ only by
/// a son's mark.
fn one_person_written_otherwise() -> Corpus {
    let c = Corpus::new();
    c.write(
        "bobby1.txt",
        "Museum\n\nSir Bobby Charlton opened the museum at Old Trafford on Monday with Alex Ferguson.\n",
    );
    c.write("bobby2.txt", "Award\n\nBobby Charlton received an award in Manchester on Tuesday.\n");
    c.write("robert.txt", "Honour\n\nRobert Charlton was knighted on Friday, and Alex Ferguson cheered.\n");
    c.write("davila1.txt", "Ruling\n\nJudge Edward J. Davila ruled on Monday that the case could go on.\n");
    c.write("davila2.txt", "Hearing\n\nJudge Edward Davila adjourned the hearing on Tuesday.\n");
    c.write(
        "sands1.txt",
        "Inquiry\n\nPhilippe Sands QC told the inquiry on Monday that the war was illegal.\n",
    );
    c.write("sands2.txt", "Book\n\nThe lawyer Philippe Sands published a book on Friday.\n");
    c.write("jagger1.txt", "Tour\n\nMick Jagger and Keith Richards announced a tour in London on Monday.\n");
    c.write(
        "jagger2.txt",
        "Knighthood\n\nMichael Jagger was knighted at the palace on Friday, and Ronnie Wood cheered.\n",
    );
    c.write("smith.txt", "Bakery\n\nJohn Smith opened a bakery in Leeds on Monday.\n");
    c.write("smith3.txt", "Heir\n\nJohn Smith III took over the family firm in Boston on Monday.\n");
    c.write("connick.txt", "Singer\n\nHarry Connick Jr sang in New Orleans on Saturday.\n");
    c.ingest();
    c
}

#[test]
fn the_people_list_counts_one_person_written_otherwise_as_one_row_and_the_row_finds_it() {
    let c = one_person_written_otherwise();
    let people = names(&listing(&c, &["people", "-n", "50"]), "people");
    for row in [("Bobby Charlton", 3), ("Edward Davila", 2), ("Philippe Sands", 2), ("Michael Jagger", 2)] {
        assert!(people.contains(&(row.0.to_string(), row.1)), "{row:?} in {people:?}");
    }
    for other in ["Robert Charlton", "Edward J. Davila", "Philippe Sands QC", "Mick Jagger"] {
        assert!(!people.iter().any(|(name, _)| name == other), "{other} in {people:?}");
    }
    // Clicking a row (the lists' exact filter) finds what it counts, and so does the name.
    for (name, count) in &people {
        assert_eq!(found(&c, &["--person", name, "--exact"]).len() as u64, *count, "{name}");
    }
    assert_eq!(found(&c, &["--person", "Bobby Charlton"]), ["bobby1.txt", "bobby2.txt", "robert.txt"]);
    // A son's mark makes another person: the father's name does not find him.
    assert_eq!(found(&c, &["--person", "John Smith"]), ["smith.txt"]);
    assert_eq!(c.search_json(&["--person", "Harry Connick"])["total"], 0);
    assert_eq!(found(&c, &["--person", "Connick"]), ["connick.txt"]);
    assert_eq!(found(&c, &["--person", "John Smith III"]), ["smith3.txt"]);
}

#[test]
fn with_a_person_leaves_out_every_writing_of_that_person() {
    let c = one_person_written_otherwise();
    let with = names(&listing(&c, &["people", "--with", "Bobby Charlton"]), "people");
    assert_eq!(with, [("Alex Ferguson".to_string(), 2)]);
    let with = names(&listing(&c, &["people", "--with", "Robert Charlton"]), "people");
    assert_eq!(with, [("Alex Ferguson".to_string(), 2)]);
    let with = names(&listing(&c, &["people", "--with", "Mick Jagger"]), "people");
    assert_eq!(with, [("Keith Richards".to_string(), 1), ("Ronnie Wood".to_string(), 1)]);
}

#[test]
fn a_surname_is_not_found_inside_an_irish_surname() {
    let c = Corpus::new();
    c.write("ocallaghan.txt", "Rugby\n\nIreland lock Donnacha O'Callaghan was injured on Saturday.\n");
    c.write("callaghan.txt", "Memoir\n\nLord Callaghan, the former prime minister, died on Saturday.\n");
    c.write(
        "jim.txt",
        "Cabinet\n\nJim Callaghan led the cabinet in 1977, and Donnacha O'Callaghan was not born.\n",
    );
    c.ingest();
    assert_eq!(found(&c, &["--person", "Lord Callaghan"]), ["callaghan.txt", "jim.txt"]);
    assert_eq!(found(&c, &["--person", "Callaghan"]), ["callaghan.txt", "jim.txt"]);
    assert_eq!(found(&c, &["--person", "O'Callaghan"]), ["jim.txt", "ocallaghan.txt"]);
}

#[test]
fn a_full_name_filter_says_what_it_leaves_out_of_a_surname_others_share() {
    let c = Corpus::new();
    c.write(
        "won.txt",
        "Thatcher wins\n\nMargaret Thatcher won the election on Thursday. Mrs Thatcher thanked voters.\n",
    );
    c.write("moscow.txt", "Thatcher in Moscow\n\nMargaret Thatcher met Mikhail Gorbachev in Moscow.\n");
    c.write("denis.txt", "Husband dies\n\nDenis Thatcher died on Thursday aged 88, his family said.\n");
    c.write("lords.txt", "Lords seat\n\nBaroness Thatcher took her seat in the House of Lords on Tuesday.\n");
    c.ingest();
    let out = c.cmd(&["search", "--person", "Margaret Thatcher", "--json"]).output().unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["total"], 2, "{doc}");
    let notes = doc["notes"].to_string();
    assert!(
        notes.contains(r#"1 article naming only \"Thatcher\" is left out"#)
            && notes.contains("Margaret Thatcher (2) and Denis Thatcher (1)")
            && notes.contains("--person Thatcher --exact-names finds it"),
        "{notes}"
    );
    assert_eq!(found(&c, &["--person", "Thatcher"]), ["denis.txt", "lords.txt", "moscow.txt", "won.txt"]);
    // The command the note gives finds just the article left out.
    assert_eq!(found(&c, &["--person", "Thatcher", "--exact-names"]), ["lords.txt"]);
    // Where the surname alone is the person's, nothing is left out and nothing is said.
    let out = c.cmd(&["search", "--person", "Mikhail Gorbachev", "--json"]).output().unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["notes"], serde_json::json!([]), "{doc}");
}

#[test]
fn a_name_filter_says_how_many_articles_write_the_name_where_it_was_not_read_as_one() {
    let c = Corpus::new();
    c.write(
        "a.txt",
        "Harbour deal\n\nThe company Vantorix Holdings said on Monday it would buy the harbour.\n",
    );
    c.write("b.txt", "Ferry talks\n\nOfficials at Vantorix Holdings met the ferry operators in Duluth.\n");
    // In a headline in capitals and a lower-case mention, the name is not read as one.
    c.write(
        "c.txt",
        "VANTORIX HOLDINGS SHARES FALL\n\nshares of vantorix holdings fell 4 pct in early trading.\n",
    );
    c.ingest();
    let out = c.cmd(&["search", "--org", "Vantorix Holdings"]).output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(
            "--org \"Vantorix Holdings\" leaves out 1 article that writes \"Vantorix Holdings\" where it was not \
             read as an organization; a search for \"Vantorix Holdings\" finds them"
        ),
        "{stderr}"
    );
    let json = c.search_json(&["--org", "Vantorix Holdings"]);
    assert_eq!(json["total"], 2, "{json}");
    assert!(json["notes"].to_string().contains("leaves out 1 article"), "{json}");
    // Nothing is said when the filter keeps every article writing the name.
    let out = c.cmd(&["search", "--org", "Vantorix Holdings", "harbour OR ferry"]).output().unwrap();
    assert!(!String::from_utf8(out.stderr).unwrap().contains("leaves out"));
}

#[test]
fn a_stock_symbol_links_a_company_and_its_acronym_despite_a_slip_elsewhere() {
    let c = Corpus::new();
    for n in 0..4 {
        c.write(
            &format!("gm{n}.txt"),
            format!("Car output {n}\n\nGeneral Motors Corp <GM> said output fell in week {n}.\n"),
        );
    }
    // One article misspells the name beside the symbol: the symbol stays General Motors'.
    c.write("slip.txt", "Strike talks\n\nGeneral Motor Corp <GM> met the union in Detroit.\n");
    c.write("brief.txt", "Pontiac sales\n\nThe automaker GM said Pontiac sales rose in March.\n");
    c.ingest();
    assert!(c.hit_names(&["--org", "General Motors", "pontiac"]).contains(&"brief.txt".to_string()));
    assert!(c.hit_names(&["--org", "GM", "output"]).len() == 4);
}

#[test]
fn a_full_name_filter_says_how_many_articles_it_takes_in_for_the_surname_alone() {
    let c = Corpus::new();
    for n in 0..4 {
        c.write(
            &format!("leader{n}.txt"),
            format!("Tory plans {n}\n\nTory leader Michael Howard set out his plans on day {n}.\n"),
        );
    }
    c.write("subs.txt", "Cup tie\n\nThe keeper was replaced at half time. Mr Howard came on instead.\n");
    c.ingest();
    let doc = c.search_json(&["--person", "Michael Howard", "--no-collapse"]);
    assert_eq!(doc["total"], 5, "{doc}");
    let notes = doc["notes"].to_string();
    assert!(
        notes.contains(r#"1 of the articles names only \"Howard\", taken as Michael Howard's"#)
            && notes.contains("--person Howard --exact-names finds it"),
        "{notes}"
    );
    assert_eq!(found(&c, &["--person", "Howard", "--exact-names"]), ["subs.txt"]);
    // Said on stderr too; and nothing when no article names the surname alone.
    let out = c.cmd(&["search", "--person", "Michael Howard", "instead"]).output().unwrap();
    assert!(String::from_utf8(out.stderr).unwrap().contains("names only \"Howard\""));
    let out = c.cmd(&["search", "--person", "Michael Howard", "--json", "day"]).output().unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["notes"], serde_json::json!([]), "{doc}");
}

#[test]
fn a_title_before_a_surname_alone_is_said_to_be_read_as_the_surname() {
    let c = Corpus::new();
    c.write("budget.txt", "Budget day\n\nChancellor Gordon Brown set out the budget on Wednesday.\n");
    c.write("tax.txt", "Tax plans\n\nGordon Brown said taxes would not rise.\n");
    c.write("novel.txt", "Book sales\n\nThe novelist Dan Brown sold a million copies.\n");
    c.ingest();
    for typed in ["Chancellor Brown", "Mr Brown"] {
        let doc = c.search_json(&["--person", typed]);
        assert_eq!(doc["total"], 3, "{doc}");
        let notes = doc["notes"].to_string();
        assert!(
            notes.contains(&format!(r#"--person \"{typed}\" is read as the surname \"Brown\""#))
                && notes.contains("Gordon Brown (2) and Dan Brown (1)")
                && notes.contains(r#"--person \"Gordon Brown\" keeps to one"#),
            "{notes}"
        );
    }
    // Typed without a title, the surname is what was asked: nothing to say.
    assert_eq!(c.search_json(&["--person", "Brown"])["notes"], serde_json::json!([]));
}

#[test]
fn a_title_before_a_surname_keeps_to_the_surname_and_a_bare_word_says_it_is_a_given_name_too() {
    let c = Corpus::new();
    c.write("tory.txt", "Tory plans\n\nMichael Howard set out Tory tax plans. Mr Howard spoke in Kent.\n");
    c.write("aussie.txt", "Canberra\n\nAustralian Prime Minister John Howard met officials.\n");
    c.write("aviator.txt", "Film awards\n\nThe film about Howard Hughes, the aviator, won awards.\n");
    c.ingest();
    // "Mr Howard": the people of that surname, not Howard Hughes.
    assert_eq!(found(&c, &["--person", "Mr Howard"]), ["aussie.txt", "tory.txt"]);
    let notes = c.search_json(&["--person", "Mr Howard"])["notes"].to_string();
    assert!(!notes.contains("not read as a person"), "{notes}");
    // The word alone finds any name holding it, and says so.
    assert_eq!(found(&c, &["--person", "Howard"]), ["aussie.txt", "aviator.txt", "tory.txt"]);
    let notes = c.search_json(&["--person", "howard"])["notes"].to_string();
    assert!(
        notes.contains("--person howard finds it as a given name too: Howard Hughes (1)")
            && notes.contains(r#"--person \"Mr Howard\" keeps to the surname"#),
        "{notes}"
    );
    // Not when the search's articles name no one so.
    let notes = c.search_json(&["--person", "Howard", "tax"])["notes"].to_string();
    assert!(!notes.contains("given name"), "{notes}");
}

#[test]
fn one_company_written_with_and_co_a_comma_or_its_country_is_one_row_and_the_row_finds_it() {
    let c = Corpus::new();
    c.write("a.txt", "Share offer\n\nThe offer was managed by Goldman, Sachs and Co in New York.\n");
    c.write("b.txt", "Bond sale\n\nThe bonds were sold through Goldman Sachs and Co on Monday.\n");
    c.write("c.txt", "Bank profits\n\nGoldman Sachs reported higher profits on Tuesday.\n");
    c.write("d.txt", "Rates\n\nThe U.S. Federal Reserve left rates unchanged on Tuesday.\n");
    c.write("e.txt", "Rates again\n\nThe Federal Reserve raised rates on Wednesday.\n");
    c.ingest();
    let orgs = names(&listing(&c, &["orgs"]), "organizations");
    let row =
        |start: &str| orgs.iter().filter(|(name, _)| name.starts_with(start)).cloned().collect::<Vec<_>>();
    assert_eq!(row("Goldman").len(), 1, "{orgs:?}");
    assert_eq!(row("Goldman")[0].1, 3, "{orgs:?}");
    assert_eq!(row("Federal Reserve"), [("Federal Reserve".to_string(), 2)], "{orgs:?}");
    assert!(!orgs.iter().any(|(name, _)| name.starts_with("U.S.")), "{orgs:?}");
    // Each row's exact filter finds what the row counts, however the name is typed.
    for typed in ["Goldman Sachs", "Goldman, Sachs and Co", "Goldman Sachs & Co"] {
        assert_eq!(found(&c, &["--org", typed, "--exact"]), ["a.txt", "b.txt", "c.txt"], "{typed}");
    }
    assert_eq!(found(&c, &["--org", "Federal Reserve", "--exact"]), ["d.txt", "e.txt"]);
}

#[test]
fn an_exact_acronym_filter_finds_the_row_it_names_not_the_names_holding_it() {
    let c = Corpus::new();
    c.write("a.txt", "Loan talks\n\nThe International Monetary Fund (IMF) agreed a loan on Monday.\n");
    c.write("b.txt", "Loan terms\n\nThe IMF said on Tuesday the loan terms were strict.\n");
    c.write("c.txt", "Committee meets\n\nThe IMF Interim Committee met in Washington on Friday.\n");
    c.ingest();
    let orgs = names(&listing(&c, &["orgs"]), "organizations");
    assert!(orgs.contains(&("International Monetary Fund".to_string(), 2)), "{orgs:?}");
    for typed in ["IMF", "imf", "International Monetary Fund"] {
        assert_eq!(found(&c, &["--org", typed, "--exact"]), ["a.txt", "b.txt"], "{typed}");
    }
    // Without --exact, the word inside other names is found too, as before.
    assert_eq!(found(&c, &["--org", "IMF"]), ["a.txt", "b.txt", "c.txt"]);
}

#[test]
fn a_row_lists_the_acronym_it_counts_and_with_the_acronym_leaves_the_row_out() {
    let c = Corpus::new();
    c.write("a.txt", "Loan talks\n\nThe IMF agreed a loan to Kenya on Monday, said the World Bank.\n");
    c.write("b.txt", "Loan terms\n\nThe International Monetary Fund said the World Bank would help.\n");
    c.ingest();
    let orgs = listing(&c, &["orgs"]);
    let row = orgs["organizations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "International Monetary Fund")
        .cloned()
        .unwrap_or_else(|| panic!("{orgs}"));
    assert_eq!(row["articles"], 2, "{row}");
    assert_eq!(row["spellings"], serde_json::json!(["International Monetary Fund", "IMF"]), "{row}");
    // Asked by its acronym, the body is left out of its own list.
    assert_eq!(names(&listing(&c, &["orgs", "--with", "IMF"]), "organizations"), [("World Bank".into(), 2)]);
}

#[test]
fn with_leaves_out_the_entity_asked_about_not_the_names_holding_its_words() {
    let c = Corpus::new();
    c.write(
        "a.txt",
        "Yen falls\n\nThe Bank of Japan bought dollars in Tokyo on Monday as Japan's exports slowed, \
         and the Tokyo Stock Exchange fell.\n",
    );
    c.write(
        "b.txt",
        "Rates held\n\nThe Bank of Japan kept rates on hold, officials in Japan said, and Toyota Motor Corp \
         shares rose.\n",
    );
    c.ingest();
    let orgs = names(&listing(&c, &["orgs", "--with", "Japan"]), "organizations");
    assert!(orgs.iter().any(|(name, n)| name == "Bank of Japan" && *n == 2), "{orgs:?}");
    let places = names(&listing(&c, &["places", "--with", "Japan"]), "places");
    assert!(places.iter().all(|(name, _)| name != "Japan"), "the place asked about is left out: {places:?}");
}

#[test]
fn a_surname_that_is_a_title_after_a_given_name_is_a_person_and_his_quotes_are_his() {
    let c = Corpus::new();
    c.write(
        "rates.txt",
        "Rates on hold\n\nBank of England governor Mervyn King said on Wednesday that the economy \
         had hit a softer patch.\n\n\"We will watch the figures closely,\" Mervyn King said.\n",
    );
    c.write(
        "deal.txt",
        "Bank seals deal\n\n\"We're comfortable with the price paid,\" said chief executive Mervyn \
         Davies of Standard Chartered.\n",
    );
    c.ingest();
    assert_eq!(c.hit_names(&["--person", "Mervyn King"]), ["rates.txt"]);
    let out = c.cmd(&["quotes", "--speaker", "Mervyn King", "--json"]).output().expect("run newsdex");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("watch the figures") && !stdout.contains("comfortable"), "{stdout}");
}

#[test]
fn a_given_name_spelled_two_ways_beside_a_rare_surname_is_one_row_and_arabic_names_stay_whole() {
    let c = Corpus::new();
    c.write(
        "a.txt",
        "Sprinter cleared\n\nThe Greek sprinter Kostas Kenteris was cleared by the panel on Monday.\n",
    );
    c.write(
        "b.txt",
        "Sprinter returns\n\nThe Greek sprinter Kostas Kenteris returned to training in Athens.\n",
    );
    c.write("c.txt", "Sprinter appeals\n\nThe Greek sprinter Costas Kenteris appealed against the ban.\n");
    c.write(
        "d.txt",
        "Kuwait output\n\nKuwait's Oil Minister Sheikh Ali al-Khalifa al-Sabah said output would stay at its quota.\n",
    );
    c.ingest();
    let people = names(&listing(&c, &["people"]), "people");
    assert!(people.contains(&("Kostas Kenteris".into(), 3)), "{people:?}");
    assert!(!people.iter().any(|(name, _)| name == "Costas Kenteris"), "{people:?}");
    assert!(people.iter().any(|(name, _)| name == "Ali al-Khalifa al-Sabah"), "{people:?}");
}
