//! Entity extraction end to end: consolidation of titles and surnames, organizations by
//! their last word, and finding people by any form of their name.

use crate::util::{Corpus, newsdex};

/// `newsdex extract --json` of one article written into a fresh corpus.
fn extract(text: &str) -> serde_json::Value {
    let c = Corpus::new();
    let path = c.write("a.txt", text);
    let out = newsdex().args(["extract", "--json"]).arg(path).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn list(record: &serde_json::Value, key: &str) -> Vec<String> {
    record[key].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect()
}

#[test]
fn a_title_with_a_place_prefix_is_split_into_the_place_and_the_person() {
    let r = extract(
        "Chief speaks\n\nMinneapolis Police Chief Brian O'Hara said officers were on the scene. \
         O'Hara asked for calm.\n",
    );
    assert_eq!(list(&r, "people"), ["Brian O'Hara"]);
    let places = list(&r, "places");
    let orgs = list(&r, "organizations");
    assert!(
        places.contains(&"Minneapolis".to_string()) || orgs.iter().any(|o| o.starts_with("Minneapolis")),
        "places {places:?}, organizations {orgs:?}"
    );
    assert!(!orgs.iter().chain(&places).any(|n| n.contains("Chief") || n.contains("O'Hara")), "{r}");
}

#[test]
fn a_titled_surname_folds_into_the_full_name() {
    let r = extract(
        "Mayor on snow\n\nMinneapolis Mayor Jacob Frey declared a snow emergency on Monday. \
         Mr Frey said crews would work through the night. \"Stay home,\" Frey told residents.\n",
    );
    assert_eq!(list(&r, "people"), ["Jacob Frey"]);
    assert_eq!(list(&r, "places"), ["Minneapolis"]);
}

#[test]
fn a_name_ending_in_an_organization_word_is_an_organization() {
    for text in [
        "Snow emergency\n\nMinneapolis Mayor Jacob Frey declared a snow emergency. Metro Transit slowed trains.\n",
        "Transit bill\n\nThe governor signed the bill. Metro Transit will add trains.\n",
    ] {
        let r = extract(text);
        assert_eq!(list(&r, "organizations"), ["Metro Transit"], "{text}");
        assert!(!list(&r, "places").contains(&"Metro Transit".to_string()), "{text}");
    }
}

#[test]
fn a_person_is_found_by_the_canonical_name_and_by_every_alias() {
    let c = Corpus::new();
    c.write(
        "trump.txt",
        "Rally in Ohio\n\nFormer President Donald J. Trump spoke in Ohio on Friday. \
         Donald Trump told the crowd the election mattered. Trump left at noon.\n",
    );
    c.write(
        "clinton.txt",
        "Book tour\n\nBill Clinton signed books in Little Rock. William Clinton, as the cover \
         calls him, stayed for an hour.\n",
    );
    c.write("other.txt", "Council meets\n\nThe council met on Monday about the budget.\n");
    c.ingest();
    // "Donald Trump" is not a phrase of "Donald J. Trump": it is found as an alias.
    for name in ["Donald J. Trump", "donald trump", "TRUMP"] {
        assert_eq!(c.hit_names(&["--person", name]), ["trump.txt"], "--person {name}");
    }
    for name in ["William Clinton", "bill clinton", "Clinton"] {
        assert_eq!(c.hit_names(&["--person", name]), ["clinton.txt"], "--person {name}");
    }
    assert!(c.hit_names(&["--person", "hillary clinton"]).is_empty());
}

#[test]
fn person_search_ignores_case_and_accents() {
    let c = Corpus::new();
    c.write("good.txt", "Vigil held\n\nNeighbours remembered Renée Good on Sunday. Good was 37.\n");
    c.write("other.txt", "Council meets\n\nThe council met on Monday about the budget.\n");
    c.ingest();
    for name in ["renee good", "RENÉE GOOD", "Renee Good", "good"] {
        assert_eq!(c.hit_names(&["--person", name]), ["good.txt"], "--person {name}");
    }
}

#[test]
fn organizations_and_places_are_found_by_their_other_names_too() {
    let c = Corpus::new();
    c.write(
        "raid.txt",
        "Raid questioned\n\nAgents of ICE detained two men in Duluth on Tuesday, officials in the U.S. said.\n",
    );
    c.write("other.txt", "Council meets\n\nThe council met on Monday about the budget.\n");
    c.ingest();
    for name in
        ["ICE", "ice", "Immigration and Customs Enforcement", "US Immigration and Customs Enforcement"]
    {
        assert_eq!(c.hit_names(&["--org", name]), ["raid.txt"], "--org {name}");
    }
    for name in ["United States", "U.S.", "US"] {
        assert_eq!(c.hit_names(&["--place", name]), ["raid.txt"], "--place {name}");
    }
    // The fields in the query text find what the filters find, and combine with OR.
    for query in ["place:US", "place:\"united states\"", "org:ice", "org:ICE OR place:nowhere"] {
        assert_eq!(c.hit_names(&[query]), ["raid.txt"], "{query}");
    }
}

#[test]
fn a_person_field_in_the_query_finds_the_surname_alone_as_the_filter_does() {
    let c = Corpus::new();
    c.write("1.txt", "Budget plan\n\nPresident Ronald Reagan sent the budget plan to Congress.\n");
    c.write("2.txt", "Veto threat\n\nPresident Reagan said he would veto the bill.\n");
    c.write("3.txt", "Trade talks\n\nMargaret Thatcher met trade ministers in Bonn.\n");
    c.ingest();
    let sorted = |mut names: Vec<String>| {
        names.sort();
        names
    };
    let flag = sorted(c.hit_names(&["--person", "Ronald Reagan"]));
    assert_eq!(flag, ["1.txt", "2.txt"]);
    assert_eq!(sorted(c.hit_names(&["person:\"ronald reagan\""])), flag);
    assert_eq!(
        sorted(c.hit_names(&["person:\"Mr Reagan\" OR person:thatcher"])),
        ["1.txt", "2.txt", "3.txt"]
    );
    assert_eq!(c.hit_names(&["budget -person:thatcher"]), ["1.txt"]);
}

#[test]
fn an_organization_is_found_with_or_without_its_legal_form_and_its_dots() {
    let c = Corpus::new();
    c.write("ford.txt", "Car sales\n\nFord Motor Co said on Tuesday that car sales rose in March.\n");
    c.write("exxon.txt", "Oil find\n\nShares of Exxon rose after the company said it found oil.\n");
    c.write("treasury.txt", "Bond sale\n\nThe U.S. Treasury said it would sell more bonds next week.\n");
    c.ingest();
    for (name, file) in [
        ("Ford Motor Company", "ford.txt"),
        ("Ford Motor Co.", "ford.txt"),
        ("Exxon Corporation", "exxon.txt"),
        ("Exxon Corp", "exxon.txt"),
        ("US Treasury", "treasury.txt"),
        ("U.S. Treasury", "treasury.txt"),
    ] {
        assert_eq!(c.hit_names(&["--org", name]), [file], "--org {name}");
    }
}

#[test]
fn articles_in_other_languages_get_no_entities_and_do_not_fill_the_name_lists() {
    // German capitalizes every noun: read as English, "Menschen", "Kinder" and "Jahr"
    // became the top people and organizations of a multilingual archive.
    let c = Corpus::new();
    c.write(
        "de.txt",
        "Streik legt den Nahverkehr lahm\n\nDie Menschen in der Stadt sind mit der Entscheidung \
         nicht zufrieden. Der Bürgermeister Klaus Berger hat sich am Montag zu den Plänen geäußert \
         und gesagt, dass die Kinder auch in Zukunft mit dem Bus zur Schule fahren werden. Für die \
         Eltern ist das eine gute Nachricht, auch wenn noch nicht alle Fragen geklärt sind. Im \
         nächsten Jahr soll die Linie verlängert werden, wie die Verwaltung mitteilte.\n",
    );
    c.write(
        "en.txt",
        "Strike halts buses\n\nMayor Klaus Berger said on Monday that the buses would run again \
         after the strike, and that the city had been talking to the union for a week.\n",
    );
    c.ingest();
    let people = c.cmd(&["people", "--json"]).output().unwrap();
    assert!(people.status.success(), "{}", String::from_utf8_lossy(&people.stderr));
    let people = String::from_utf8(people.stdout).unwrap();
    assert!(people.contains("Klaus Berger"), "{people}");
    for noun in ["Menschen", "Kinder", "Eltern", "Jahr", "Bürgermeister", "Nachricht"] {
        assert!(!people.contains(noun), "{noun} in {people}");
    }
    let de = extract_file(&c, "de.txt");
    for key in ["people", "organizations", "places"] {
        assert!(list(&de, key).is_empty(), "{key}: {de}");
    }
}

fn extract_file(c: &Corpus, name: &str) -> serde_json::Value {
    let out = newsdex().args(["extract", "--json"]).arg(c.root().join(name)).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_full_name_finds_the_articles_that_give_its_surname_alone_when_the_surname_is_its() {
    let c = Corpus::new();
    c.write("a.txt", "Ferry resumes\n\nMayor Jacob Frey said the lake ferry runs again from Monday.\n");
    c.write("b.txt", "Bridge shut\n\nJacob Frey asked drivers to avoid the lift bridge during repairs.\n");
    c.write(
        "c.txt",
        "Rail vote\n\nMayor Frey said the council would vote on the light rail extension soon.\n",
    );
    c.write("d.txt", "Budget passes\n\nAnna Lind said the budget passed by one vote after a long night.\n");
    c.write("e.txt", "Harbour dredged\n\nErik Lind told reporters the harbour would be dredged in spring.\n");
    c.write(
        "f.txt",
        "Tunnel opens\n\nMr Lind said the new tunnel under the river opens to cyclists first.\n",
    );
    c.ingest();
    let sorted = |mut names: Vec<String>| {
        names.sort();
        names
    };
    // Every article giving a full name with the surname Frey names Jacob Frey: the one
    // saying "Mayor Frey" is his.
    assert_eq!(sorted(c.hit_names(&["--person", "Jacob Frey"])), ["a.txt", "b.txt", "c.txt"]);
    // Two people share the surname Lind: "Mr Lind" is neither's for sure.
    assert_eq!(c.hit_names(&["--person", "Anna Lind"]), ["d.txt"]);
    assert_eq!(sorted(c.hit_names(&["--person", "lind"])), ["d.txt", "e.txt", "f.txt"]);
}

#[test]
fn a_firm_named_after_its_partners_is_one_organization_found_however_it_is_written() {
    let c = Corpus::new();
    c.write(
        "rating.txt",
        "Rating cut\n\nStandard and Poor's Corp lowered the debt rating of the utility on Tuesday. \
         The agency cited weak sales.\n",
    );
    c.write(
        "deal.txt",
        "Bank deal\n\nThe offer was managed by Goldman, Sachs and Co, the firm said on Monday.\n",
    );
    c.write("fed.txt", "Rates\n\nThe Fed left interest rates unchanged on Wednesday.\n");
    c.write("buba.txt", "Bonds\n\nThe Bundesbank bought bonds in Frankfurt on Thursday.\n");
    c.ingest();
    for name in ["Standard & Poor's", "Standard and Poor's Corp", "Standard and Poor's"] {
        assert_eq!(c.hit_names(&["--org", name]), ["rating.txt"], "--org {name}");
    }
    for name in ["Goldman Sachs", "Goldman, Sachs & Co"] {
        assert_eq!(c.hit_names(&["--org", name]), ["deal.txt"], "--org {name}");
    }
    // Users write the article the stored name leaves out.
    assert_eq!(c.hit_names(&["--org", "the Fed"]), ["fed.txt"]);
    // And a country before the organization.
    assert_eq!(c.hit_names(&["--org", "the German Bundesbank"]), ["buba.txt"]);
    let out = c.cmd(&["orgs", "--json"]).output().unwrap();
    let orgs = String::from_utf8_lossy(&out.stdout);
    assert!(orgs.contains("Standard and Poor's Corp") && !orgs.contains("\"Poor's Corp\""), "{orgs}");
}

#[test]
fn a_state_abbreviated_after_a_town_is_found_as_the_state() {
    let c = Corpus::new();
    c.write(
        "mill.txt",
        "Mill closes\n\nThe steel maker, based in Pittsburgh, Pa., said on Friday it would close \
         the mill.\n",
    );
    c.ingest();
    assert_eq!(c.hit_names(&["--place", "Pennsylvania"]), ["mill.txt"]);
    assert_eq!(c.hit_names(&["--place", "Pittsburgh"]), ["mill.txt"]);
}

#[test]
fn a_listing_with_a_name_of_another_kind_counts_in_the_articles_naming_it() {
    let c = Corpus::new();
    c.write(
        "one.txt",
        "Talks\n\nTreasury Secretary James Baker met officials of the World Bank in Washington on Monday.\n",
    );
    c.write("two.txt", "Loans\n\nThe World Bank and the Asian Development Bank agreed new loans.\n");
    c.ingest();
    // `orgs --with` a person: the organizations of the articles naming him, not an
    // error that no organization is called so.
    let out = c.cmd(&["orgs", "--with", "James Baker", "--json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let listing: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(listing["articles"], 1, "{listing}");
    let orgs: Vec<&str> =
        listing["organizations"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap()).collect();
    assert!(orgs.contains(&"World Bank") && !orgs.contains(&"Asian Development Bank"), "{orgs:?}");
    // A name no article gives is named as typed, with --with.
    let out = c.cmd(&["people", "--with", "Hilda Nobody"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--with \"Hilda Nobody\": no article names this person"), "{stderr}");
}

#[test]
fn two_people_of_one_name_with_other_middle_initials_stay_apart_and_their_surname_is_neithers() {
    let r = extract(
        "Two presidents\n\nFormer President George H.W. Bush and his son, President George W. Bush, \
         opened the library on Sunday. The elder Mr Bush thanked the donors. Former President Bill \
         Clinton joined them, and Senator Hillary Clinton said Congress would help. Mrs Clinton spoke last.\n",
    );
    assert_eq!(
        list(&r, "people"),
        ["George H.W. Bush", "George W. Bush", "Bill Clinton", "Hillary Clinton"],
        "{r}"
    );
}

#[test]
fn a_person_after_an_organizations_possessive_and_a_role_is_a_person() {
    let r = extract(
        "Budget reaction\n\nThe Liberal Democrats' Vincent Cable said the chancellor had ducked the big \
         questions. The Green Party's Caroline Lucas called for green taxes. The labour market needs \
         skilled migrants, said the CBI's Digby Jones.\n",
    );
    let people = list(&r, "people");
    for person in ["Vincent Cable", "Caroline Lucas", "Digby Jones"] {
        assert!(people.contains(&person.to_string()), "{person}: {r}");
    }
    let others: Vec<String> = list(&r, "organizations").into_iter().chain(list(&r, "places")).collect();
    assert!(!others.iter().any(|o| o.contains("Cable") || o.contains("Lucas") || o.contains("Jones")), "{r}");
}

#[test]
fn slogans_and_headline_words_beside_a_surname_are_no_given_names() {
    let r = extract(
        "Blair Labour's longest-serving PM\n\nThe new slogan on the doorstep was simple. \"Vote Blair, Get \
         Brown,\" one activist said. Mr Blair said he would serve a full term.\n",
    );
    let people = list(&r, "people");
    assert!(!people.iter().any(|p| p.contains("Vote") || p.contains("Get") || p.contains("Labour")), "{r}");
    let r = extract(
        "Probe launched on Ken Nazi jibe\n\nAn inquiry has been launched into remarks made by London mayor \
         Ken Livingstone to a reporter. Mr Livingstone refused to apologise.\n",
    );
    assert_eq!(list(&r, "people"), ["Ken Livingstone"], "{r}");
}

#[test]
fn a_name_with_a_generational_suffix_is_kept_whole_and_father_and_son_stay_apart() {
    let r = extract(
        "Memphis remembers\n\nMartin Luther King Jr. was shot in Memphis in 1968. His son Martin Luther \
         King III laid a wreath on Monday. King was 39 when he died. Ken Griffey Jr hit a home run.\n",
    );
    let people = list(&r, "people");
    assert_eq!(people, ["Martin Luther King Jr", "Martin Luther King III", "Ken Griffey Jr"], "{r}");
}

#[test]
fn peers_and_judges_after_their_rank_are_people() {
    let r = extract(
        "Law lords\n\nThe appeal was heard by Lord Hughes and Lord Hutton. Lord Justice May said the appeal \
         failed. Lord Carnwath dissented. Baroness Hale spoke to reporters. Princes William and Harry attended.\n",
    );
    let people = list(&r, "people");
    for name in ["Hughes", "Hutton", "May", "Carnwath", "Hale", "William", "Harry"] {
        assert!(people.contains(&name.to_string()), "{name}: {r}");
    }
    assert!(!people.iter().any(|p| p.starts_with("Lord") || p.starts_with("Princes")), "{r}");
    assert_eq!(list(&r, "organizations"), Vec::<String>::new(), "{r}");
}

#[test]
fn letters_after_a_name_are_no_part_of_it() {
    let r = extract(
        "Legal advice\n\nPhilippe Sands QC said the war was illegal. Diane Abbott MP agreed. Philippe Sands \
         was speaking in London.\n",
    );
    assert_eq!(list(&r, "people"), ["Philippe Sands", "Diane Abbott"], "{r}");
}

#[test]
fn a_role_a_nationality_or_a_participle_before_a_name_is_no_part_of_it() {
    let r = extract(
        "Concert\n\nSingers Jennifer Lopez and Beyonce performed. Spaniard Guillermo Garcia-Lopez won the match. \
         Beach Boy Bruce Johnston sang. Quoting Tony Blair, she spoke at the door. Mark Stephen Trotter left.\n",
    );
    let people = list(&r, "people");
    for name in
        ["Jennifer Lopez", "Guillermo Garcia-Lopez", "Bruce Johnston", "Tony Blair", "Mark Stephen Trotter"]
    {
        assert!(people.contains(&name.to_string()), "{name}: {r}");
    }
    for junk in ["Singers", "Spaniard", "Beach", "Quoting"] {
        assert!(!people.iter().any(|p| p.contains(junk)), "{junk}: {r}");
    }
}

#[test]
fn a_state_abbreviated_in_a_dateline_is_a_place_whatever_the_tagger_read() {
    let r = extract("Budget\n\nTOPEKA, Kan. (AP) - The governor said on Monday the budget was balanced.\n");
    let places = list(&r, "places");
    assert!(places.contains(&"Topeka".to_string()) && places.contains(&"Kansas".to_string()), "{r}");
    assert!(!list(&r, "people").iter().chain(&list(&r, "organizations")).any(|n| n == "Kan"), "{r}");
}

#[test]
fn the_name_of_a_law_is_no_organization_or_person() {
    let r = extract(
        "Hacking\n\nHe was charged under the Computer Fraud and Abuse Act of 1986 in Boston. Obama signed the \
         Lilly Ledbetter Fair Pay Act.\n",
    );
    let names: Vec<String> = list(&r, "people").into_iter().chain(list(&r, "organizations")).collect();
    assert!(
        !names.iter().any(|n| n.contains("Computer") || n.contains("Abuse") || n.contains("Lilly")),
        "{r}"
    );
}

#[test]
fn a_court_is_one_organization_whole() {
    for (text, court) in [
        ("A High Court jury found him guilty.", "High Court"),
        ("The High Court has upheld an order.", "High Court"),
        ("He appeared at the Old Bailey on Friday.", "Old Bailey"),
        ("The U.S. Court of Appeals for the 9th Circuit ruled.", "U.S. Court of Appeals for the 9th Circuit"),
        ("The 3rd Circuit disagreed.", "3rd Circuit"),
        ("The European Court of Human Rights ruled.", "European Court of Human Rights"),
    ] {
        let r = extract(&format!("Court news\n\n{text}\n"));
        assert!(list(&r, "organizations").contains(&court.to_string()), "{text}: {r}");
        assert_eq!(list(&r, "people"), Vec::<String>::new(), "{text}: {r}");
    }
}

#[test]
fn a_law_firm_named_after_its_partners_is_an_organization() {
    let r = extract(
        "Libel\n\nSolicitors Leigh Day said the claim was filed. Reynolds Porter Chamberlain, the law firm, \
         declined to comment. Lawyers at Schillings wrote to the paper.\n",
    );
    let orgs = list(&r, "organizations");
    for firm in ["Leigh Day", "Reynolds Porter Chamberlain", "Schillings"] {
        assert!(orgs.contains(&firm.to_string()), "{firm}: {r}");
    }
    assert_eq!(list(&r, "people"), Vec::<String>::new(), "{r}");
}

/// The lists of names of one archive, as `what --json` gives them under `key`.
fn listed_names(c: &Corpus, what: &str, key: &str) -> Vec<String> {
    let out = c.cmd(&[what, "--json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    list[key].as_array().unwrap().iter().map(|n| n["name"].as_str().unwrap().to_string()).collect()
}

#[test]
fn oil_stories_list_firms_as_organizations_and_one_minister_once() {
    let c = Corpus::new();
    c.write(
        "quota.txt",
        "Ecuador to produce above quota\n\nEcuador will produce crude oil above its Opec quota, \
         Energy Minister Rodrigo Paz Olmedo told a news conference in Quito. Paz said the move \
         had been explained to other members. Energy minister Rodrigo Paz said exports would \
         resume in May.\n",
    );
    c.write(
        "quake.txt",
        "Quake halts oil exports\n\nThe tremor measured six on the Mercalli scale, officials said. \
         Crude reaches the Pacific port of Tulara by pipeline. Loading at Tulara stopped, a Reuter \
         survey showed.\n\nOpec February output fell to 15.8 mln barrels a day, Reuters said.\n",
    );
    c.write(
        "postings.txt",
        "Refiners raise crude prices\n\nMarsden Petroleum said it raised the price it pays for \
         crude oil by 50 cts a barrel. Sun Co <SUN> and Ashford Kestrel <AKL> also raised their \
         postings, the companies said.\n",
    );
    c.ingest();
    let people = listed_names(&c, "people", "people");
    assert_eq!(people, ["Rodrigo Paz Olmedo"]);
    let orgs = listed_names(&c, "orgs", "organizations");
    for firm in ["Marsden Petroleum", "Ashford Kestrel", "Reuters", "OPEC"] {
        assert!(orgs.contains(&firm.to_string()), "{firm}: {orgs:?}");
    }
    for wrong in ["Reuter", "Mercalli", "Tulara", "Opec February"] {
        assert!(!orgs.contains(&wrong.to_string()), "{wrong}: {orgs:?}");
    }
    // The wire by its old name finds the article naming it by either.
    assert_eq!(c.hit_names(&["--org", "Reuter"]), ["quake.txt"]);
    assert!(listed_names(&c, "places", "places").contains(&"Tulara".to_string()));
}

#[test]
fn a_hyphenated_given_name_makes_a_person_without_a_title() {
    let r = extract(
        "Budget talks\n\nOn Monday Jean-Claude Juncker said the budget was sound. \
         The film by Jean-Pierre Jeunet opens today. England coach Sven-Goran Eriksson watched.\n",
    );
    assert_eq!(list(&r, "people"), ["Jean-Claude Juncker", "Jean-Pierre Jeunet", "Sven-Goran Eriksson"]);
    assert!(list(&r, "organizations").is_empty(), "{r}");
}

#[test]
fn a_firm_named_after_two_partners_is_no_person() {
    let r = extract(
        "Rating cut\n\nCrane and Whitlow said it lowered the rating of the notes. A lawyer of Hobbs \
         and Pellew said the suit would go on.\n",
    );
    assert!(list(&r, "people").is_empty(), "{r}");
    assert_eq!(list(&r, "organizations"), ["Crane and Whitlow", "Hobbs and Pellew"]);
}

#[test]
fn a_name_before_a_state_or_country_and_a_street_are_places() {
    let r = extract(
        "Visit\n\nThe mayor of Bath, England, spoke. A fire in Chatham, Kent, was put out. \
         Police closed Lancaster Avenue on Monday.\n",
    );
    assert!(list(&r, "people").is_empty(), "{r}");
    assert!(list(&r, "organizations").is_empty(), "{r}");
    let places = list(&r, "places");
    for place in ["Bath", "England", "Chatham", "Kent", "Lancaster Avenue"] {
        assert!(places.contains(&place.to_string()), "{place}: {r}");
    }
}
