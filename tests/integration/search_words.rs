//! How words are matched: scores, amounts, shares, hyphenated words and names joined by
//! `&` as written, and their parts as before; a bare figure finds the amounts written
//! with a unit, and a share typed with `%` the ones written "pct" or "per cent".

use std::collections::BTreeSet;

use crate::util::{Corpus, file_name, found, marks, set, shared_corpus};

/// A sports desk's results, each file one thing a search must tell apart.
fn results() -> Corpus {
    let c = Corpus::new();
    c.write("straight-sets.txt", "Henman through\n\nHenman beat Rochus 6-4 6-3 in Melbourne.\n");
    c.write(
        "lost-a-set.txt",
        "Murray recovers\n\nMurray lost 4-6 in the first set, then won the next three.\n",
    );
    c.write("tie-break.txt", "Long final\n\nThe final went 7-6 (7-3) 6-4 6-3 after three hours.\n");
    c.write("no-space.txt", "Scoreboard\n\nResults: Safin bt Hewitt 1-6,4-6,7-5.\n");
    c.write("one-nil.txt", "Late winner\n\nChelsea won 1-0 at Anfield with a late goal.\n");
    c.write("sets.txt", "Davis Cup\n\nThe tie ended 6-1 3-1 0-30 when rain came.\n");
    c.write("pounds.txt", "Transfer\n\nUnited paid £25m for the striker.\n");
    c.write("dollars.txt", "Sponsor deal\n\nThe deal is worth $25m (£13m) over five years.\n");
    c.write("euros.txt", "Stadium\n\nThe new stand cost 25m euros.\n");
    c.write("share.txt", "Ticket sales\n\nTicket sales rose 40% this season.\n");
    c.write("metres.txt", "Javelin\n\nHer throw fell 40 metres short of the record.\n");
    c.write("hat-trick.txt", "Striker scores three\n\nOwen scored a hat-trick against Wales.\n");
    c.write("hat-trick-spaced.txt", "Another three\n\nA hat trick for the captain on Saturday.\n");
    c.ingest();
    c
}

#[test]
fn a_score_finds_the_articles_that_write_it_not_two_sets_side_by_side() {
    let c = results();
    // "6-4 6-3" and "7-6 (7-3) 6-4 6-3" hold the words 4 and 6 side by side, across sets.
    assert_eq!(found(&c, r#""4-6""#), set(&["lost-a-set.txt", "no-space.txt"]));
    assert_eq!(found(&c, "4-6"), set(&["lost-a-set.txt", "no-space.txt"]));
    assert_eq!(found(&c, "1-0"), set(&["one-nil.txt"]));
    assert_eq!(found(&c, r#""(7-3)""#), set(&["tie-break.txt"]));
    // Two sets in a row, as written, and a score typed with an en dash.
    assert_eq!(found(&c, r#""6-4 6-3""#), set(&["straight-sets.txt", "tie-break.txt"]));
    assert_eq!(found(&c, "6–3"), set(&["straight-sets.txt", "tie-break.txt"]));
    assert_eq!(found(&c, r#""lost 4-6 in""#), set(&["lost-a-set.txt"]));
    // A number alone still finds the scores that hold it.
    assert!(found(&c, "30").contains("sets.txt"));
    assert_eq!(found(&c, "7"), set(&["tie-break.txt", "no-space.txt"]));
}

#[test]
fn an_amount_keeps_its_currency_and_a_share_its_percent_sign() {
    let c = results();
    assert_eq!(found(&c, "£25m"), set(&["pounds.txt"]));
    assert_eq!(found(&c, "$25m"), set(&["dollars.txt"]));
    // "25m euros" is the amount `€25m`, as "£25m" is `£25m`.
    assert_eq!(found(&c, "€25m"), set(&["euros.txt"]));
    assert_eq!(found(&c, "25m"), set(&["pounds.txt", "dollars.txt", "euros.txt"]));
    assert_eq!(found(&c, "40%"), set(&["share.txt"]));
    assert_eq!(found(&c, "40"), set(&["share.txt", "metres.txt"]));
}

#[test]
fn a_hyphenated_word_is_found_written_as_one_word_and_as_its_parts() {
    let c = results();
    assert_eq!(found(&c, "hattrick"), set(&["hat-trick.txt"]));
    assert_eq!(found(&c, "hat-trick"), set(&["hat-trick.txt", "hat-trick-spaced.txt"]));
    assert_eq!(found(&c, r#""hat trick""#), set(&["hat-trick.txt", "hat-trick-spaced.txt"]));
    assert_eq!(found(&c, "trick"), set(&["hat-trick.txt", "hat-trick-spaced.txt"]));
}

#[test]
fn a_score_amount_or_joined_word_is_highlighted_as_written() {
    let c = results();
    let hit = |query: &str| c.search_json(&[query])["hits"][0].clone();
    assert_eq!(marks(&hit(r#""4-6""#)), ["4-6"]);
    assert_eq!(marks(&hit(r#""6-4 6-3""#)), ["6-4 6-3"]);
    assert_eq!(marks(&hit("£25m")), ["£25m"]);
    assert_eq!(marks(&hit("40%")), ["40%"]);
    assert_eq!(marks(&hit("hattrick")), ["hat-trick"]);
    // A part searched alone is marked alone.
    assert_eq!(marks(&hit("trick")), ["trick"]);
    let amounts = c.search_json(&["25m"]);
    let pounds = amounts["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| file_name(h["path"].as_str().unwrap()) == "pounds.txt");
    // With its sign: `25m` marks "£25m" and "$25m", told apart in an export.
    assert_eq!(marks(pounds.expect("pounds.txt found by 25m")), ["£25m"]);
}

/// A financial desk's figures, written the ways the BBC and Reuters write them.
fn markets() -> Corpus {
    let c = Corpus::new();
    c.write("bn.txt", "Merger\n\nThe deal is worth $1.2bn to shareholders.\n");
    c.write("billion.txt", "Bid\n\nThe offer values the firm at $1.2 billion.\n");
    c.write("mln.txt", "Profit\n\nNet profit was 1.2 mln dlrs.\n");
    c.write("pounds.txt", "Sale\n\nThe unit was sold for £1.2bn.\n");
    c.write("one-two.txt", "Cup\n\nThe 1 team won 2 titles and a billion fans.\n");
    c.write("pct.txt", "Inflation\n\nInflation rose 3.5 pct to a high.\n");
    c.write("per-cent.txt", "Growth\n\nGrowth was 3.5 per cent last year.\n");
    c.write("percent.txt", "Wages\n\nWages went up 3.5 percent.\n");
    c.write("sign.txt", "Sales\n\nSales fell 3.5% in May.\n");
    c.write("att.txt", "Phone deal\n\nAT&T agreed to buy the company.\n");
    c.write("at-t.txt", "Festival\n\nFoo Fighters are also at T In The Park.\n");
    c.write("sp.txt", "Stocks\n\nThe S&P 500 closed higher.\n");
    c.write("spi.txt", "S.P.I. SUSPENSION\n\nShares of S.P.I. were suspended.\n");
    c.write("race.txt", "Sprint\n\nHe won the 100m in 9.8 seconds.\n");
    c.ingest();
    c
}

#[test]
fn a_bare_figure_finds_the_amounts_written_with_a_unit() {
    let c = markets();
    assert_eq!(found(&c, "1.2"), set(&["bn.txt", "billion.txt", "mln.txt", "pounds.txt"]));
    // With its sign and no scale, a figure is that money: the scale is part of an amount.
    assert!(found(&c, "$1.2").is_empty());
    assert!(found(&c, "£1.2").is_empty());
    // Typed with its unit or sign, an amount finds it however written, and no other.
    assert_eq!(found(&c, "1.2bn"), set(&["bn.txt", "billion.txt", "pounds.txt"]));
    assert_eq!(found(&c, "$1.2bn"), set(&["bn.txt", "billion.txt"]));
    assert_eq!(found(&c, "1.2m"), set(&["mln.txt"]));
    assert_eq!(found(&c, "100m"), set(&["race.txt"]));
    assert_eq!(found(&c, "100"), set(&["race.txt"]));
    assert_eq!(found(&c, r#""$1.2 billion""#), set(&["billion.txt"]));
    let hit = |query: &str| c.search_json(&[query])["hits"][0].clone();
    assert_eq!(marks(&hit("1.2 shareholders")), ["$1.2bn", "shareholders"]);
}

#[test]
fn a_share_typed_with_a_percent_sign_finds_it_written_pct_or_per_cent() {
    let c = markets();
    let shares = set(&["pct.txt", "per-cent.txt", "percent.txt", "sign.txt"]);
    assert_eq!(found(&c, "3.5%"), shares);
    assert_eq!(found(&c, "3.5"), shares);
    // A share quoted alone is the share; in a longer phrase the words after the number
    // stand where they are ("pct" is the word percent).
    assert_eq!(found(&c, r#""3.5 pct""#), shares);
    assert_eq!(found(&c, r#""rose 3.5 pct to""#), set(&["pct.txt"]));
    assert_eq!(found(&c, r#""3.5 per cent last""#), set(&["per-cent.txt"]));
    let hit = |query: &str| c.search_json(&[query])["hits"][0].clone();
    assert_eq!(marks(&hit("3.5% inflation")), ["Inflation", "3.5 pct"]);
}

#[test]
fn letters_joined_by_an_ampersand_are_found_as_one_name() {
    let c = markets();
    assert_eq!(found(&c, "AT&T"), set(&["att.txt"]));
    assert_eq!(found(&c, r#""AT&T agreed""#), set(&["att.txt"]));
    assert_eq!(found(&c, "S&P"), set(&["sp.txt"]));
    assert_eq!(found(&c, "s&p 500"), set(&["sp.txt"]));
    // Its letters alone still find it.
    assert_eq!(found(&c, r#""at t""#), set(&["att.txt", "at-t.txt"]));
}

/// Runs the searches the hints of `query` offer ("2 articles match "billion" (without
/// "£1.2")", "1 article has all its words: search them without the quotes") and checks
/// that each finds as many articles as it says; gives the hints.
fn hints_kept(c: &Corpus, query: &str) -> Vec<String> {
    let out = c.cmd(&["search", query]).assert().code(1).get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    let inner = query.trim_matches('"');
    let mut offered = Vec::new();
    for line in stderr.lines() {
        // "… N article(s) …": the count, and what follows it.
        let words: Vec<&str> = line.split(' ').collect();
        let Some(at) = (1..words.len())
            .find(|&k| words[k].starts_with("article") && words[k - 1].parse::<usize>().is_ok())
        else {
            continue;
        };
        let count: usize = words[at - 1].parse().unwrap();
        let rest = words[at..].join(" ");
        let search = if rest.contains("all its words") {
            inner.to_string()
        } else if let Some((_, quoted)) = rest.split_once(" \"") {
            quoted.split_once("\" (without").expect(line).0.to_string()
        } else {
            continue;
        };
        let total = c.search_json(&["--no-collapse", &search])["total"].as_u64().unwrap();
        assert_eq!(total as usize, count, "{line}: {search}");
        offered.push(line.to_string());
    }
    offered
}

#[test]
fn a_quote_not_found_offers_searches_that_keep_its_numbers_whole() {
    let c = markets();
    // Nowhere "£1.2 billion"; unquoted it is the amount, which "sold for £1.2bn" writes
    // (the figure whole: no search without "1" or "2").
    let hints = hints_kept(&c, r#""£1.2 billion""#);
    assert!(hints.iter().any(|h| h.contains("1 article has all its words")), "{hints:?}");
    assert!(
        hints.iter().all(|h| !h.contains(r#"(without "1")"#) && !h.contains(r#"(without "2")"#)),
        "{hints:?}"
    );
    assert_eq!(c.hit_names(&["£1.2 billion"]), ["pounds.txt"]);
    // Unquoted, "3.5 pct" is the figure 3.5%: "Sales fell 3.5%" has all the words (the
    // phrase in this order, "fell 3.5 pct", finds it: the share however written).
    assert_eq!(c.hit_names(&[r#""fell 3.5 pct""#]), ["sign.txt"]);
    let hints = hints_kept(&c, r#""3.5 pct fell""#);
    assert!(hints.iter().any(|h| h.contains("1 article has all its words")), "{hints:?}");
    assert!(hints.iter().all(|h| !h.contains(r#"(without "5")"#)), "{hints:?}");
    // No article holds the price $1.2: the "$1.2 billion" is a sum.
    let hints = hints_kept(&c, r#""billion $1.2""#);
    assert!(hints.iter().any(|h| h.contains(r#"(without "$1.2")"#)), "{hints:?}");
}

#[test]
fn an_index_made_before_asks_to_be_rebuilt() {
    let c = Corpus::new();
    c.write("a.txt", "Result\n\nWon 4-6 6-3.\n");
    c.ingest();
    // The version stored with the index's last commit, set back to the one before.
    let meta = c.index().join("meta.json");
    let text = std::fs::read_to_string(&meta).unwrap();
    let version = format!("\\\"newsdex_schema\\\":{}", newsdex::index::SCHEMA_VERSION);
    assert!(text.contains(&version), "{text}");
    let older = format!("\\\"newsdex_schema\\\":{}", newsdex::index::SCHEMA_VERSION - 1);
    std::fs::write(&meta, text.replace(&version, &older)).unwrap();
    let out = c.cmd(&["search", "4-6"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("incompatible newsdex version") && stderr.contains("ingest --rebuild"),
        "{stderr}"
    );
    c.cmd(&["ingest", "--rebuild", "articles"]).assert().success();
    assert_eq!(c.hit_names(&["4-6"]), ["a.txt"]);
}

/// Files of a folder whose text matches a pattern, as `grep -l` finds them.
fn files_matching(root: &std::path::Path, matches: impl Fn(&str) -> bool) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for entry in walkdir::WalkDir::new(root).into_iter().filter_map(Result::ok) {
        if entry.path().extension().is_some_and(|e| e == "txt") {
            let bytes = std::fs::read(entry.path()).unwrap();
            let text: String = String::from_utf8(bytes.clone())
                .unwrap_or_else(|_| bytes.iter().map(|&b| b as char).collect());
            if matches(&text) {
                found.insert(file_name(&entry.path().to_string_lossy()));
            }
        }
    }
    found
}

/// Whether `text` holds `written` with no word, point or hyphen glued before it, nor a
/// word or another hyphenated number after it.
fn holds_alone(text: &str, written: &str) -> bool {
    text.match_indices(written).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = &text[at + written.len()..];
        let glued = |c: char| c.is_alphanumeric() || c == '_';
        before.is_none_or(|c| !glued(c) && c != '.' && c != '-')
            && !after.starts_with(glued)
            && !(after.starts_with('-') && after[1..].starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// Whether `text` holds `written` with no word, point or hyphen glued before it (when it
/// starts with a letter or digit), followed by what `then` takes.
fn holds_then(text: &str, written: &str, then: impl Fn(&str) -> bool) -> bool {
    let signed = !written.starts_with(char::is_alphanumeric);
    text.match_indices(written).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let glued = |c: char| c.is_alphanumeric() || c == '_';
        (signed || before.is_none_or(|c| !glued(c) && c != '.' && c != '-'))
            && then(&text[at + written.len()..])
    })
}

/// Whether `after` starts with what makes the number before it a share: `%`, or after a
/// space `%`, "pct", "percent" or "per cent".
fn a_share_follows(after: &str) -> bool {
    let spaced = after.trim_start();
    let word_ends = |rest: &str| !rest.starts_with(char::is_alphanumeric);
    let starts = |word: &str| {
        spaced.get(..word.len()).is_some_and(|w| w.eq_ignore_ascii_case(word))
            && word_ends(&spaced[word.len()..])
    };
    let per_cent = spaced.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("per"))
        && spaced[3..].starts_with(char::is_whitespace)
        && spaced[3..].trim_start().get(..4).is_some_and(|w| w.eq_ignore_ascii_case("cent"))
        && word_ends(&spaced[3..].trim_start()[4..]);
    after.starts_with('%')
        || (spaced.len() < after.len() && (starts("%") || starts("pct") || starts("percent") || per_cent))
}

/// The unit of amount `after` gives the figure before it, joined or after a space ("bn",
/// "billion", "mln"…), lower-cased, "" when it gives none (the figure alone, a price), or
/// `None` when the figure goes on ("$1.25").
fn scale_after(after: &str) -> Option<String> {
    // Zeros ending a fraction are the figure still ("$1.20" is $1.2).
    let zeros = after.bytes().take_while(|&b| b == b'0').count();
    let after =
        if after[zeros..].starts_with(|c: char| c.is_ascii_digit()) { after } else { &after[zeros..] };
    let figure_goes_on = (after.starts_with(['.', ','])
        && after[1..].starts_with(|c: char| c.is_ascii_digit()))
        || after.starts_with(|c: char| c.is_ascii_digit() || c == '_');
    if figure_goes_on {
        return None;
    }
    let unit: String = after.chars().take_while(char::is_ascii_alphabetic).collect();
    let spaced = after.trim_start_matches(' ');
    let word: String = spaced.chars().take_while(char::is_ascii_alphabetic).collect();
    let scales = ["million", "billion", "trillion", "thousand", "mn", "mln", "bn", "bln", "tn", "trn"];
    Some(match unit.to_lowercase() {
        unit if !unit.is_empty() => unit,
        _ if spaced.len() < after.len() && scales.contains(&word.to_lowercase().as_str()) => {
            word.to_lowercase()
        }
        _ => String::new(),
    })
}

#[test]
fn bbc_business_amounts_and_shares_are_found_where_a_scan_finds_them() {
    let Some(bbc) = shared_corpus("bbc") else { return };
    let business = bbc.join("business");
    let c = Corpus::new();
    c.cmd(&["ingest", business.to_str().unwrap()]).assert().success();
    let paths = |query: &str| -> BTreeSet<String> {
        let json = c.search_json(&["--limit", "600", "--no-collapse", query]);
        json["hits"].as_array().unwrap().iter().map(|h| file_name(h["path"].as_str().unwrap())).collect()
    };
    // "$1.2bn", "$1.20bn" and "$1.2 billion", not "$1.25bn" or "$1.2m".
    let billions =
        |after: &str| scale_after(after).is_some_and(|s| ["b", "bn", "billion"].contains(&s.as_str()));
    let dollars = files_matching(&business, |text| holds_then(text, "$1.2", billions));
    assert_eq!(paths("$1.2bn"), dollars);
    // And `$1.2` is the price alone: no sum of millions or billions.
    let price = files_matching(&business, |text| {
        holds_then(text, "$1.2", |a| scale_after(a).is_some_and(|s| s.is_empty()))
    });
    assert_eq!(paths("$1.2"), price);
    // "12%" and "12 percent", not "12 percentage points".
    let shares = files_matching(&business, |text| holds_then(text, "12", a_share_follows));
    assert!(shares.len() > files_matching(&business, |text| holds_alone(text, "12%")).len());
    assert_eq!(paths("12%"), shares);
}

#[test]
fn bbc_sport_scores_and_amounts_are_found_where_a_scan_finds_them() {
    let Some(bbc) = shared_corpus("bbc") else { return };
    let sport = bbc.join("sport");
    let c = Corpus::new();
    c.cmd(&["ingest", sport.to_str().unwrap()]).assert().success();
    let paths = |query: &str| -> BTreeSet<String> {
        let json = c.search_json(&["--limit", "600", "--no-collapse", query]);
        json["hits"].as_array().unwrap().iter().map(|h| file_name(h["path"].as_str().unwrap())).collect()
    };
    for written in ["4-6", "1-0", "7-6", "£25m"] {
        let expected = files_matching(&sport, |text| holds_alone(text, written));
        assert!(!expected.is_empty(), "{written}");
        assert_eq!(paths(written), expected, "{written}");
    }
    // A share, as "40%", "40 per cent" or "40 percent" (sport writes "%").
    assert_eq!(paths("40%"), files_matching(&sport, |text| holds_then(text, "40", a_share_follows)));
    let quoted = paths(r#""4-6""#);
    assert_eq!(quoted, files_matching(&sport, |text| holds_alone(text, "4-6")));
    let hat_tricks = files_matching(&sport, |text| text.to_lowercase().contains("hat-trick"));
    assert!(paths("hattrick").is_superset(&hat_tricks));
}

/// A health and science desk: capitals, hyphens, figures with units and Greek letters, each
/// written more than one way.
fn science() -> Corpus {
    let c = Corpus::new();
    c.write("agency.txt", "Flu season\n\nThe WHO said the season started early; the WHO urged shots.\n");
    c.write(
        "pronoun.txt",
        "Village fete\n\nThe man who won, who bakes, said who knew who would come. Who cares.\n",
    );
    c.write("flash.txt", "WHO URGES FLU SHOTS\n\nWHO URGES FLU SHOTS FOR THE OLD THIS WINTER.\n");
    c.write("hearing.txt", "Hearing aids\n\nNew hearing aids help people who struggle, aids say.\n");
    c.write("epidemic.txt", "Epidemic report\n\nAIDS deaths fell last year.\n");
    c.write("email.txt", "Inbox\n\nShe sent an email to the board.\n");
    c.write("e-mail.txt", "Memo\n\nAn e-mail reached the office.\n");
    c.write("e-mails.txt", "Spam\n\nThe e-mails kept coming.\n");
    c.write("wifi.txt", "Cafe\n\nFree WiFi for all customers.\n");
    c.write("wi-fi.txt", "Train\n\nWi-Fi on trains is patchy.\n");
    c.write("cooperation.txt", "Treaty\n\nTheir cooperation grew.\n");
    c.write("healthcare.txt", "Budget\n\nSpending on healthcare rose.\n");
    c.write("sars.txt", "Virus\n\nSARS-CoV-2 spreads in the air.\n");
    c.write("sars2.txt", "Virus name\n\nThe SARS-CoV2 strain was sequenced.\n");
    c.write("players.txt", "Players\n\nMP3s are cheap now.\n");
    c.write("immunity.txt", "Immunity\n\nT-cells fight the virus.\n");
    c.write("retro.txt", "Retro\n\nMusic of the 1980s.\n");
    c.write("warming.txt", "Warming\n\nThe world passed 1.5C last year.\n");
    c.write("limit.txt", "Limit\n\nKeeping warming under 1.5°C is the goal.\n");
    c.write("paris.txt", "Paris goal\n\nA rise of 1.5 °C matters.\n");
    c.write("dose.txt", "Dose\n\nA 200mg tablet twice a day.\n");
    c.write("pill.txt", "Pill\n\nEach pill holds 200 mg of salt.\n");
    c.write("run.txt", "Run\n\nShe ran 10km before work.\n");
    c.write("walk.txt", "Walk\n\nHe walked 10 km home.\n");
    c.write("plaques.txt", "Alzheimer's\n\nβ-amyloid plaques build up in the brain.\n");
    c.write("inflammation.txt", "Inflammation\n\nTNF-α levels rose.\n");
    c.write("parkinsons.txt", "Parkinson's\n\nα-synuclein clumps in the cells.\n");
    c.ingest();
    c
}

#[test]
fn a_word_typed_in_capitals_ranks_the_articles_writing_it_so_first() {
    let c = science();
    assert_eq!(c.hit_names(&["WHO"])[0], "agency.txt");
    assert_eq!(c.hit_names(&["AIDS"])[0], "epidemic.txt");
    assert_eq!(c.hit_names(&["WHO flu"])[0], "agency.txt");
    // In lower case, every "who" alike.
    assert!(found(&c, "who").is_superset(&set(&["agency.txt", "pronoun.txt", "flash.txt", "hearing.txt"])));
}

#[test]
fn a_word_in_capitals_quoted_or_exact_finds_only_the_articles_writing_it_so() {
    let c = science();
    // An article in capitals says nothing of case: it is kept.
    assert_eq!(found(&c, r#""WHO""#), set(&["agency.txt", "flash.txt"]));
    assert_eq!(
        c.hit_names(&["--exact-words", "--limit", "50", "WHO"]).into_iter().collect::<BTreeSet<_>>(),
        set(&["agency.txt", "flash.txt"])
    );
    assert_eq!(found(&c, r#""AIDS""#), set(&["epidemic.txt"]));
    assert_eq!(found(&c, r#""the WHO said""#), set(&["agency.txt"]));
    // Not in lower case, and not a query all in capitals of several words (caps lock).
    assert_eq!(found(&c, r#""aids""#), set(&["hearing.txt", "epidemic.txt"]));
    assert_eq!(found(&c, r#""HEARING AIDS""#), set(&["hearing.txt"]));
}

#[test]
fn a_hyphenated_word_also_finds_it_written_as_one() {
    let c = science();
    let emails = set(&["email.txt", "e-mail.txt", "e-mails.txt"]);
    assert_eq!(found(&c, "e-mail"), emails);
    assert_eq!(found(&c, "email"), emails);
    assert_eq!(found(&c, "Wi-Fi"), set(&["wifi.txt", "wi-fi.txt"]));
    assert_eq!(found(&c, "wifi"), set(&["wifi.txt", "wi-fi.txt"]));
    assert_eq!(found(&c, "co-operation"), set(&["cooperation.txt"]));
    assert_eq!(found(&c, "health-care"), set(&["healthcare.txt"]));
    for typed in ["SARS-CoV-2", "sars-cov2", "SARS-CoV2", "sarscov2"] {
        assert_eq!(found(&c, typed), set(&["sars.txt", "sars2.txt"]), "{typed}");
    }
}

#[test]
fn letters_and_digits_and_hyphenated_words_find_their_plurals() {
    let c = science();
    assert_eq!(found(&c, "MP3"), set(&["players.txt"]));
    assert_eq!(found(&c, "T-cell"), set(&["immunity.txt"]));
    assert_eq!(found(&c, "tcell"), set(&["immunity.txt"]));
    // A decade is no plural.
    assert!(found(&c, "1980").is_empty());
}

#[test]
fn a_figure_with_a_unit_is_found_however_the_unit_is_written() {
    let c = science();
    let degrees = set(&["warming.txt", "limit.txt", "paris.txt"]);
    for typed in ["1.5C", "1.5°C", r#""1.5 °C""#, "1.5 °C", "1.5"] {
        assert_eq!(found(&c, typed), degrees, "{typed}");
    }
    for typed in ["200mg", "200 mg", "200"] {
        assert_eq!(found(&c, typed), set(&["dose.txt", "pill.txt"]), "{typed}");
    }
    for typed in ["10km", "10 km"] {
        assert_eq!(found(&c, typed), set(&["run.txt", "walk.txt"]), "{typed}");
    }
}

#[test]
fn greek_letters_in_a_word_are_found_spelt_out() {
    let c = science();
    assert_eq!(found(&c, "beta-amyloid"), set(&["plaques.txt"]));
    assert_eq!(found(&c, "β-amyloid"), set(&["plaques.txt"]));
    assert_eq!(found(&c, "TNF-alpha"), set(&["inflammation.txt"]));
    assert_eq!(found(&c, "alpha-synuclein"), set(&["parkinsons.txt"]));
    assert_eq!(found(&c, "alpha"), set(&["inflammation.txt", "parkinsons.txt"]));
}

#[test]
fn letters_and_a_figure_typed_apart_point_to_the_word_written_together() {
    let c = Corpus::new();
    c.write("smog.txt", "Smog alert\n\nPM2.5 levels doubled in the city.\n");
    c.ingest();
    c.cmd(&["search", r#""PM 2.5""#])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(r#""PM 2.5" is written "PM2.5" in 1 article: search PM2.5"#));
}

#[test]
fn a_minus_before_a_figure_and_a_power_are_said() {
    let c = science();
    let out = c.cmd(&["search", "--", "warming -1.5C"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(r#""-1.5C" was taken as "not 1.5C""#), "{stderr}");
    let out = c.cmd(&["search", "10^6"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(r#""10^6": ^ after a word weighs it"#), "{stderr}");
}

/// A court desk's stories: case names written with "v", "v." and "vs.", and citations with
/// the section sign or the word.
fn court() -> Corpus {
    let c = Corpus::new();
    c.write("roe.txt", "Court overturns Roe v. Wade\n\nThe Supreme Court on Friday overturned Roe v. Wade, the 1973 decision.\n");
    c.write("brown.txt", "Schools mark anniversary\n\nSeventy years after Brown vs. Board of Education, schools remain divided, researchers said in 2016.\n");
    c.write(
        "hacker.txt",
        "Hacker convicted\n\nHe was convicted under 18 U.S.C. § 1030 for entering the servers.\n",
    );
    c.write(
        "platforms.txt",
        "Platforms shielded\n\nSection 230 of the Communications Decency Act shields platforms.\n",
    );
    c.ingest();
    c
}

#[test]
fn a_case_name_is_found_written_with_v_vs_or_versus() {
    let c = court();
    for query in [r#""Roe v Wade""#, r#""Roe vs. Wade""#, "Roe versus Wade"] {
        assert_eq!(found(&c, query), set(&["roe.txt"]), "{query}");
    }
    for query in [r#""Brown v. Board of Education""#, r#""Brown vs Board""#] {
        assert_eq!(found(&c, query), set(&["brown.txt"]), "{query}");
    }
}

#[test]
fn a_section_sign_is_the_word_section() {
    let c = court();
    assert_eq!(found(&c, r#""section 1030""#), set(&["hacker.txt"]));
    assert_eq!(found(&c, r#""§ 230""#), set(&["platforms.txt"]));
    assert_eq!(found(&c, "§"), set(&["hacker.txt", "platforms.txt"]));
    // A section number is not any year of that number.
    assert_eq!(c.cmd(&["search", r#""§ 2016""#]).output().unwrap().status.code(), Some(1));
}

/// Reports whose words meet across a sentence end or a paragraph break, and one in which
/// they meet within a sentence, past an abbreviation and an initial.
fn quotes() -> Corpus {
    let c = Corpus::new();
    c.write(
        "across.txt",
        "Old phones\n\n\"I keep mine in a drawer,\" she said. Mr Goodman said phones could be reused.\n",
    );
    c.write("within.txt", "Recycling\n\nSome of them are sold on, said Mr Goodman of the recycling firm.\n");
    c.write(
        "paragraphs.txt",
        "Migration plans\n\nNew border controls will be part of plans unveiled on Monday\n\n\
         Home Secretary Charles Clarke wants a points system.\n",
    );
    c.write(
        "weapons.txt",
        "Inspectors\n\nThe team found no weapons. Destruction of the old stocks was complete.\n",
    );
    c.write(
        "abbreviations.txt",
        "Treasury\n\nThe U.S. Treasury and Mr. Brown met J. K. Rowling at No. 10 on Monday.\n",
    );
    c.ingest();
    c
}

#[test]
fn a_phrase_matches_within_a_sentence_not_across_its_end_or_a_paragraph_break() {
    let c = quotes();
    assert_eq!(found(&c, r#""said mr""#), set(&["within.txt"]));
    assert_eq!(found(&c, r#""said mr goodman""#), set(&["within.txt"]));
    assert_eq!(found(&c, r#""unveiled on monday home secretary""#), set(&[]));
    assert_eq!(found(&c, r#""weapons destruction"~3"#), set(&[]));
    // The words alone, and each sentence's own phrases, are found as before.
    assert_eq!(found(&c, "weapons destruction"), set(&["weapons.txt"]));
    assert_eq!(found(&c, r#""mr goodman said""#), set(&["across.txt"]));
    assert_eq!(found(&c, r#""home secretary charles clarke""#), set(&["paragraphs.txt"]));
    // A full stop after an abbreviation or an initial ends no sentence.
    for phrase in [r#""u.s. treasury""#, r#""mr brown""#, r#""j k rowling""#, r#""no 10 on monday""#] {
        assert_eq!(found(&c, phrase), set(&["abbreviations.txt"]), "{phrase}");
    }
    // KWIC prints the one match within a sentence.
    let out = c.cmd(&["search", r#""said mr""#, "--kwic"]).assert().success().get_output().stdout.clone();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.contains("said Mr"), "{text}");
}

#[test]
fn a_hyphenated_word_finds_its_parts_in_either_number_as_the_spaced_words_do() {
    let c = Corpus::new();
    c.write("a.txt", "Camp report\n\nThe camp housed forty asylum seekers over the winter.\n");
    c.write("b.txt", "One case\n\nA single asylum–seeker was moved to the city.\n");
    c.write("c.txt", "Border\n\nThe asylum-seekers crossed at night.\n");
    c.ingest();
    let all = ["a.txt", "b.txt", "c.txt"];
    let mut found = c.hit_names(&["asylum-seeker"]);
    found.sort();
    assert_eq!(found, all, "singular typed, plural written");
    let mut found = c.hit_names(&["asylum-seekers"]);
    found.sort();
    assert_eq!(found, all, "plural typed, singular written");
    // --exact-words keeps to the number typed.
    let mut found = c.hit_names(&["--exact-words", "asylum-seeker"]);
    found.sort();
    assert_eq!(found, ["b.txt"]);
}

#[test]
fn a_word_excluded_that_is_one_word_with_a_word_asked_for_is_said() {
    let c = Corpus::new();
    c.write("labour.txt", "Election\n\nThe Labour Party won the seat.\n");
    c.write("labor.txt", "Strike\n\nThe labor union voted to strike.\n");
    c.ingest();
    let out = c.cmd(&["search", "labor -labour"]).output().expect("run newsdex");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(r#"-labour leaves out every article labor finds: "labour" and "labor" are one word"#),
        "{stderr}"
    );
    // Another word excluded: no such note.
    let out = c.cmd(&["search", "labor -strike"]).output().expect("run newsdex");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("leaves out"));
}

#[test]
fn an_acronym_in_capitals_is_no_other_word_and_no_misspelling_of_one() {
    let c = Corpus::new();
    c.write("mrsa.txt", "Hospital\n\nCases of MRSA rose on the ward.\n");
    c.write("mrs.txt", "Visit\n\nMrs Smith opened the new ward.\n");
    c.write("mrs-two.txt", "Fete\n\nMrs Jones and Mrs Brown ran the fete.\n");
    c.ingest();
    assert_eq!(found(&c, "MRSA"), set(&["mrsa.txt"]));
    assert_eq!(found(&c, "mrsa"), set(&["mrsa.txt"]));
    assert_eq!(found(&c, "Mrs"), set(&["mrs.txt", "mrs-two.txt"]));
    // An index without it offers no "Mrs" for `MRSA`.
    let c = Corpus::new();
    c.write("mrs.txt", "Visit\n\nMrs Smith opened the new ward.\n");
    c.ingest();
    let out = c.cmd(&["search", "MRSA"]).output().expect("run newsdex");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("did you mean"), "{stderr}");
}

/// A wire's grain desk: a story filed from Winnipeg that names the city only in its
/// dateline, one that writes "Winnipeg" in its text, one filed from Saskatoon, under
/// topic codes of which one holds another ("wheat", "iwc-wheat").
fn wire_desk() -> Corpus {
    let c = Corpus::new();
    let record = |id: u32, topics: &str, orgs: &str, dateline: &str, title: &str, body: &str| {
        let dateline =
            if dateline.is_empty() { String::new() } else { format!("<DATELINE>    {dateline} </DATELINE>") };
        format!(
            "<REUTERS NEWID=\"{id}\"><DATE>7-APR-1987 16:17:27.00</DATE><TOPICS>{topics}</TOPICS><ORGS>{orgs}</ORGS>\
             <TEXT>&#2;\n<TITLE>{title}</TITLE>\n{dateline}<BODY>{body}\n Reuter\n&#3;</BODY></TEXT></REUTERS>\n"
        )
    };
    let mut text = String::from("<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n");
    text.push_str(&record(
        1,
        "<D>grain</D><D>wheat</D>",
        "",
        "WINNIPEG, April 7 -",
        "OILSEED FUTURES END UP",
        "Oilseed futures closed higher in sympathy with strength in the soybean complex.",
    ));
    text.push_str(&record(
        2,
        "<D>grain</D>",
        "<D>iwc-wheat</D>",
        "",
        "COUNCIL SEES LOWER WORLD CROP",
        "The council met at the Winnipeg office of the grain exchange on Tuesday.",
    ));
    text.push_str(&record(
        3,
        "<D>grain</D>",
        "",
        "SASKATOON, April 7 -",
        "FARMERS PLANT EARLY",
        "Farmers planted early after a dry March.",
    ));
    c.write("wire.sgm", text);
    c.write("ms.txt", "Retail results\n\nMarks & Spencer said its sales rose in the spring.\n");
    c.write("soya.txt", "Harvest\n\nThe soyabean crop was the largest yet.\n");
    c.write("owes.txt", "Debt talks\n\nThe country owes ten billion dlrs to its banks.\n");
    c.ingest();
    c
}

/// The ids of the articles a search finds, sorted.
fn ids(c: &Corpus, args: &[&str]) -> Vec<String> {
    let json = c.search_json(args);
    let mut ids: Vec<String> =
        json["hits"].as_array().unwrap().iter().map(|h| h["id"].as_str().unwrap_or("").to_string()).collect();
    ids.sort();
    ids
}

#[test]
fn a_city_in_capitals_in_a_dateline_alone_is_found_as_written() {
    let c = wire_desk();
    assert_eq!(ids(&c, &["--no-collapse", "winnipeg"]), ["wire.sgm#1", "wire.sgm#2"]);
    // The dateline writes the city in capitals; the text of the other writes "Winnipeg".
    assert_eq!(ids(&c, &["--no-collapse", "--exact-words", "WINNIPEG"]), ["wire.sgm#1"]);
    assert_eq!(ids(&c, &["--no-collapse", "\"SASKATOON\""]), ["wire.sgm#3"]);
    // A city named only there is a word the no-hit hints know, with its count.
    let out = c.cmd(&["search", "saskatoom"]).assert().code(1).get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("did you mean \"saskatoon\" (1 article)?"), "{stderr}");
}

#[test]
fn a_tag_matches_whole_and_a_word_of_no_tag_inside_the_tags() {
    let c = wire_desk();
    assert_eq!(ids(&c, &["--no-collapse", "tag:wheat"]), ["wire.sgm#1"]);
    assert_eq!(ids(&c, &["--no-collapse", "tag:iwc-wheat"]), ["wire.sgm#2"]);
    assert_eq!(ids(&c, &["--no-collapse", "tag:Grain"]).len(), 3);
    // "iwc" is no tag whole: found inside one, as before.
    assert_eq!(ids(&c, &["--no-collapse", "tag:iwc"]), ["wire.sgm#2"]);
    assert_eq!(ids(&c, &["--no-collapse", "tag:grain -tag:wheat"]), ["wire.sgm#2", "wire.sgm#3"]);
}

#[test]
fn an_ampersand_and_and_and_soyabean_and_soybean_find_each_other() {
    let c = wire_desk();
    assert_eq!(c.hit_names(&["\"Marks and Spencer\""]), ["ms.txt"]);
    assert_eq!(c.hit_names(&["\"Marks & Spencer\""]), ["ms.txt"]);
    assert_eq!(c.hit_names(&["--no-collapse", "soyabean"]), c.hit_names(&["--no-collapse", "soybean"]));
    assert_eq!(c.hit_names(&["--no-collapse", "soyabean"]).len(), 2);
}

#[test]
fn a_quote_one_amount_off_offers_the_words_written_in_its_place() {
    let c = wire_desk();
    let out = c.cmd(&["search", "\"owes $1.2 billion\""]).assert().code(1).get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    // Not "owes ten billion dlrs billion": the amount's joined words reach past the gap.
    assert!(
        stderr.contains("search \"owes ten billion\" (\"ten\" for \"$1.2\"): 1 article writes it"),
        "{stderr}"
    );
    assert!(!stderr.contains("dlrs billion"), "{stderr}");
    assert_eq!(c.hit_names(&["\"owes ten billion\""]), ["owes.txt"]);
}

#[test]
fn a_two_letter_abbreviation_finds_its_plural_with_an_s_and_the_other_way() {
    let c = Corpus::new();
    c.write("ozs.txt", "Silver lots\n\nSilver in lots of 5,000 troy ozs changed hands on Comex.\n");
    c.write("oz.txt", "Gold lots\n\nGold in lots of 100 oz was quoted at 420 dlrs.\n");
    c.write("lbs.txt", "Copper price\n\nCopper was offered at 66 cents per lbs delivered.\n");
    c.write("it.txt", "Its price\n\nThe company said its price would rise in May.\n");
    c.ingest();
    let both = set(&["oz.txt", "ozs.txt"]);
    assert_eq!(found(&c, "oz"), both);
    assert_eq!(found(&c, "ozs"), both);
    assert_eq!(found(&c, "lb"), set(&["lbs.txt"]));
    // "it" is a word, not an abbreviation: it does not find "its".
    assert!(!found(&c, "it").contains("it.txt"));
}
