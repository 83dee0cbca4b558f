//! Figures as the BBC and the wire write them: a share or an amount typed one way finds
//! it written the other ("5%" finds "five pct", "$100m" "100 mln dlrs", "£1.2bn" "1.2
//! billion pounds"), other dollars are not the US one, a wire fraction is its value, and
//! a range of shares is marked where it matched.

use crate::util::{Corpus, found, marks, set};

/// A business desk's figures, each file written one way.
fn figures() -> Corpus {
    let c = Corpus::new();
    c.write("five-pct.txt", "SPAIN KEEPS TARGET\n\nSpain kept its five pct inflation target.\n");
    c.write("five-per-cent.txt", "Wages\n\nPay rose five per cent last year.\n");
    c.write("five-sign.txt", "Sales\n\nSales rose 5% in May.\n");
    c.write("five-prose.txt", "Squad\n\nFive players and one coach left the club.\n");
    c.write("two-mln-dlrs.txt", "Loss\n\nThe company lost two mln dlrs in the quarter.\n");
    c.write("mln-dlrs.txt", "Bond issue\n\nAegon is issuing a 100 mln dlrs eurobond.\n");
    c.write("dollars-m.txt", "Share sale\n\nNasdaq plans to raise $100m from the sale.\n");
    c.write("dollars-million.txt", "Bid\n\nThe bid was $100 million in cash.\n");
    c.write("pounds-bn.txt", "Rescue\n\nThe debt is £1.2bn in all.\n");
    c.write("pounds-billion.txt", "Deficit\n\nThe gap was £1.2 billion by March.\n");
    c.write("billion-pounds.txt", "Fund\n\nThe fund holds 1.2 billion pounds of bonds.\n");
    c.write("billion-stg.txt", "MONEY MARKET\n\nA shortage of around 1.2 billion stg today.\n");
    c.write("australian.txt", "Miner\n\nThe miner paid A$8.4bn for the mine.\n");
    c.write("hong-kong.txt", "Property\n\nThe tower sold for HK$6.31bn last week.\n");
    c.write("us-dollars.txt", "Oil\n\nThe refinery cost $8.4bn to build, and a $1bn upgrade.\n");
    c.write("fraction.txt", "PRIME RATE\n\nThe bank set its prime rate at 7-1/2 pct.\n");
    c.write("sixteenths.txt", "BONDS\n\nThe bond yields 10-15/16 pct to maturity.\n");
    c.write("seven-five.txt", "Growth\n\nOutput grew 7.5% in the year.\n");
    c.write("range.txt", "GE\n\nGE forecast growth of between 10-15% for this year.\n");
    c.write("range-pct.txt", "KUMAGAI\n\nLi will take a 10-15 pct stake in the unit.\n");
    c.write("joined.txt", "Shares\n\nThe group sold 2.5mln shares, up 3.5pct.\n");
    c.write("spaced.txt", "Shares\n\nThe group bought 2.5 mln shares, down 3.5 pct.\n");
    c.ingest();
    c
}

#[test]
fn a_number_written_as_a_word_is_found_by_its_digits_before_a_share_or_an_amount() {
    let c = figures();
    assert_eq!(found(&c, "5%"), set(&["five-pct.txt", "five-per-cent.txt", "five-sign.txt"]));
    assert_eq!(found(&c, "$2m"), set(&["two-mln-dlrs.txt"]));
    // A share quoted in words is the share; "five" and "one" in prose are no figures.
    assert_eq!(found(&c, r#""five pct""#), set(&["five-pct.txt", "five-per-cent.txt", "five-sign.txt"]));
    assert!(!found(&c, "5").contains("five-prose.txt"));
    assert!(!found(&c, "1").contains("five-prose.txt"));
    let hit = c.search_json(&["5%", "spain"])["hits"][0].clone();
    assert_eq!(marks(&hit), ["Spain", "five pct"]);
}

#[test]
fn an_amount_finds_itself_written_the_bbc_or_the_wire_way() {
    let c = figures();
    let hundred = set(&["mln-dlrs.txt", "dollars-m.txt", "dollars-million.txt"]);
    assert_eq!(found(&c, "$100m"), hundred);
    assert_eq!(found(&c, "100m"), hundred);
    let pounds = set(&["pounds-bn.txt", "pounds-billion.txt", "billion-pounds.txt", "billion-stg.txt"]);
    assert_eq!(found(&c, "£1.2bn"), pounds);
    // A currency finds no other.
    assert!(found(&c, "$1.2bn").is_empty());
    // Phrases as written keep working.
    assert_eq!(found(&c, r#""100 mln dlrs""#), set(&["mln-dlrs.txt"]));
    assert_eq!(found(&c, r#""£1.2 billion by""#), set(&["pounds-billion.txt"]));
    let hit = c.search_json(&["$100m", "aegon"])["hits"][0].clone();
    assert_eq!(marks(&hit), ["Aegon", "100 mln dlrs"]);
}

#[test]
fn other_dollars_are_not_the_us_dollar() {
    let c = figures();
    assert_eq!(found(&c, "$8.4bn"), set(&["us-dollars.txt"]));
    assert!(found(&c, "$6.31bn").is_empty());
    assert_eq!(found(&c, "A$8.4bn"), set(&["australian.txt"]));
    assert_eq!(found(&c, "a$8.4bn"), set(&["australian.txt"]));
    assert_eq!(found(&c, "HK$6.31bn"), set(&["hong-kong.txt"]));
    // "a $1bn upgrade" is a US dollar after an article.
    assert!(found(&c, "A$1bn").is_empty());
    assert_eq!(found(&c, "$1bn"), set(&["us-dollars.txt"]));
}

#[test]
fn a_wire_fraction_is_its_value_and_no_range() {
    let c = figures();
    assert_eq!(found(&c, "7.5%"), set(&["fraction.txt", "seven-five.txt"]));
    // Quoted, a fraction is its value too, either way (`"5-1/2 pct"` 34 -> 98 BBC +
    // Reuters articles, as `"5.5 pct"` finds).
    let seven_and_a_half = set(&["fraction.txt", "seven-five.txt"]);
    assert_eq!(found(&c, r#""7-1/2 pct""#), seven_and_a_half);
    assert_eq!(found(&c, r#""7.5 pct""#), seven_and_a_half);
    // Its numbers are no words: "7-1/2" is no 7, and no 1.
    assert!(!found(&c, "1").contains("fraction.txt"));
    assert_eq!(found(&c, "10-15"), set(&["range.txt", "range-pct.txt"]));
    let hit = c.search_json(&["7.5%", "prime"])["hits"][0].clone();
    assert_eq!(marks(&hit), ["prime", "7-1/2 pct"]);
}

#[test]
fn a_range_of_shares_is_marked_where_it_matched() {
    let c = figures();
    assert_eq!(found(&c, "10-15%"), set(&["range.txt", "range-pct.txt"]));
    let json = c.search_json(&["10-15%"]);
    let mut marked: Vec<String> = json["hits"].as_array().unwrap().iter().flat_map(marks).collect();
    marked.sort();
    assert_eq!(marked, ["10-15 pct", "10-15%"]);
    let out = c.cmd(&["search", "10-15%", "--kwic"]).assert().success().get_output().stdout.clone();
    let lines = String::from_utf8(out).unwrap();
    assert_eq!(lines.lines().count(), 2, "{lines}");
}

#[test]
fn joined_and_spaced_figures_find_each_other() {
    let c = figures();
    let both = set(&["joined.txt", "spaced.txt"]);
    assert_eq!(found(&c, "2.5mln"), both);
    assert_eq!(found(&c, "2.5mn"), both);
    assert_eq!(found(&c, "3.5pct"), both);
    assert_eq!(found(&c, r#""3.5 %""#), both);
    // Unquoted, a figure typed apart from its sign or scale is the figure too (was every
    // "3.5", the % dropped unsaid).
    assert_eq!(found(&c, "3.5 %"), both);
    assert_eq!(found(&c, "2.5 mln"), both);
    assert_eq!(found(&c, "1.2 bn"), found(&c, "1.2bn"));
    assert_eq!(found(&c, "£ 1.2bn"), found(&c, "£1.2bn"));
    // Typed in words, an amount or a share is the figure too (was its words anywhere):
    // the BBC's "$100m", the wire's "100 mln dlrs" and "$100 million" alike.
    let hundred = set(&["mln-dlrs.txt", "dollars-m.txt", "dollars-million.txt"]);
    assert_eq!(found(&c, "$100 million"), hundred);
    assert_eq!(found(&c, "100 mln dlrs"), hundred);
    assert_eq!(found(&c, "1.2 billion pounds"), found(&c, "£1.2bn"));
    assert_eq!(found(&c, "five per cent"), found(&c, "5%"));
    let hit = c.search_json(&["100 million dollars", "nasdaq"])["hits"][0].clone();
    assert_eq!(marks(&hit), ["Nasdaq", "$100m"]);
    // Quoted, the words side by side, "mln" the word million: not "$100m".
    assert_eq!(found(&c, r#""$100 million""#), set(&["dollars-million.txt", "mln-dlrs.txt"]));
    // A bare figure's mark keeps the amount's sign.
    let hit = c.search_json(&["100m", "nasdaq"])["hits"][0].clone();
    assert_eq!(marks(&hit), ["Nasdaq", "$100m"]);
}

#[test]
fn a_model_number_finds_its_plural_and_a_decade_does_not() {
    let c = Corpus::new();
    c.write("order.txt", "Qantas order\n\nQantas will buy four Boeing 747s for one billion dlrs.\n");
    c.write("jet.txt", "Jet delivered\n\nThe first 747 of the year was delivered on Monday.\n");
    c.write("decade.txt", "Looking back\n\nThe 1980s were a decade of deals.\n");
    c.write("year.txt", "A year of deals\n\nIn 1980 the deals began.\n");
    c.ingest();
    assert_eq!(found(&c, "747"), set(&["order.txt", "jet.txt"]));
    assert_eq!(found(&c, "747s"), set(&["order.txt", "jet.txt"]));
    assert_eq!(found(&c, "1980"), set(&["year.txt"]));
}

#[test]
fn an_amount_in_a_quoted_phrase_finds_the_phrase_however_the_amount_is_written() {
    let c = Corpus::new();
    c.write("wire-bid.txt", "BID\n\nThe group offered 25 dlrs a share in cash.\n");
    c.write("bbc-bid.txt", "Bid\n\nThe group offered $25 a share in cash.\n");
    c.write("million.txt", "Loan\n\nThe bank lent 25 mln dlrs a share of the fund.\n");
    c.write("wire-bn.txt", "DEBT\n\nIt owes 1.2 billion dlrs to banks.\n");
    c.write("bbc-bn.txt", "Debt\n\nIt owes $1.2bn to banks.\n");
    c.write("pounds.txt", "Debt\n\nIt owes £1.2bn to banks.\n");
    c.write("pct.txt", "Pay\n\nPay rose 5 pct last year.\n");
    c.write("per-cent.txt", "Pay\n\nPay rose 5 per cent last year.\n");
    c.ingest();
    let bid = set(&["wire-bid.txt", "bbc-bid.txt"]);
    // A price per share: not "25 mln dlrs a share", a sum in millions.
    assert_eq!(found(&c, r#""$25 a share""#), bid);
    assert_eq!(found(&c, r#""25 dlrs a share""#), bid);
    assert_eq!(found(&c, r#""offered $25 a share""#), bid);
    let owed = set(&["wire-bn.txt", "bbc-bn.txt"]);
    assert_eq!(found(&c, r#""owes $1.2 billion to""#), owed);
    assert_eq!(found(&c, r#""owes 1.2 billion dlrs""#), owed);
    assert_eq!(found(&c, r#""owes $1.2bn""#), owed);
    // An amount quoted alone is that writing (unquoted, every writing).
    assert_eq!(found(&c, r#""1.2 billion dlrs""#), set(&["wire-bn.txt"]));
    assert_eq!(found(&c, r#""owes £1.2bn""#), set(&["pounds.txt"]));
    let rose = set(&["pct.txt", "per-cent.txt"]);
    assert_eq!(found(&c, r#""rose 5 per cent""#), rose);
    assert_eq!(found(&c, r#""rose 5 pct""#), rose);
    // The snippet marks the amount as each article writes it.
    let hits = c.search_json(&[r#""$25 a share""#]);
    let mut marked: Vec<Vec<String>> = hits["hits"].as_array().unwrap().iter().map(marks).collect();
    marked.sort();
    assert_eq!(marked, [vec!["$25 a share".to_string()], vec!["25 dlrs a share".to_string()]]);
}

#[test]
fn percent_finds_every_writing_of_a_share_and_a_quoted_share_is_the_share() {
    let c = figures();
    let percent = found(&c, "percent");
    for file in [
        "five-pct.txt",
        "five-per-cent.txt",
        "five-sign.txt",
        "seven-five.txt",
        "range.txt",
        "range-pct.txt",
        "joined.txt",
        "spaced.txt",
        "fraction.txt",
    ] {
        assert!(percent.contains(file), "{file}: {percent:?}");
    }
    assert!(!percent.contains("five-prose.txt"), "{percent:?}");
    assert_eq!(found(&c, r#""per cent""#), percent);
    let five = set(&["five-pct.txt", "five-per-cent.txt", "five-sign.txt"]);
    for query in [r#""5 per cent""#, r#""five per cent""#, r#""5 percent""#, r#""5 pct""#, r#""5%""#] {
        assert_eq!(found(&c, query), five, "{query}");
    }
    // Within a longer phrase, "per cent" is the word "percent", side by side, and the share
    // is found however written ("rose 5%").
    assert_eq!(found(&c, r#""rose five percent""#), set(&["five-per-cent.txt", "five-sign.txt"]));
    assert_eq!(found(&c, r#""pay rose five per cent""#), set(&["five-per-cent.txt"]));
}

#[test]
fn a_fraction_in_a_phrase_finds_the_decimal_and_the_other_way_round() {
    let c = Corpus::new();
    c.write("wire.txt", "PRIME\n\nThe bank cut its prime rate to 7-3/4 pct from eight pct.\n");
    c.write("decimal.txt", "PRIME\n\nAnother bank cut its prime rate to 7.75 pct on Monday.\n");
    c.write("sign.txt", "Rates\n\nThe lender cut its prime rate to 7.75% this week.\n");
    c.write("seven.txt", "PRIME\n\nA third bank cut its prime rate to 7 pct.\n");
    c.ingest();
    let all = set(&["wire.txt", "decimal.txt", "sign.txt"]);
    assert_eq!(found(&c, r#""prime rate to 7-3/4 pct""#), all);
    assert_eq!(found(&c, r#""prime rate to 7.75 pct""#), all);
    assert_eq!(found(&c, r#""prime rate to 7.75%""#), all);
    // A whole number is not the fraction it starts.
    assert_eq!(found(&c, r#""prime rate to 7 pct""#), set(&["seven.txt"]));
    let hit = c.search_json(&[r#""rate to 7.75 pct""#, "from"])["hits"][0].clone();
    assert_eq!(marks(&hit), ["rate to 7-3/4 pct", "from"]);
}

#[test]
fn a_number_word_before_percentage_point_is_its_figure_and_a_sum_in_full_its_scale() {
    let c = Corpus::new();
    c.write("word.txt", "RATES\n\nThe rate fell one percentage point in March.\n");
    c.write("figure.txt", "Rates\n\nThe rate fell 1 percentage point in April.\n");
    c.write("prose.txt", "Talks\n\nAt one point the talks stalled.\n");
    c.write("full.txt", "SUGAR\n\nExports reached 1,792,000 tonnes last year.\n");
    c.write("scaled.txt", "SUGAR\n\nImports reached 1.792 mln tonnes last year.\n");
    c.ingest();
    let point = set(&["word.txt", "figure.txt"]);
    assert_eq!(found(&c, r#""1 percentage point""#), point);
    assert_eq!(found(&c, r#""one percentage point""#), point);
    assert_eq!(found(&c, r#""fell 1 percentage point""#), point);
    // "Point" alone is no unit: "at one point" is prose.
    assert!(found(&c, r#""1 point""#).is_empty());
    let tonnes = set(&["full.txt", "scaled.txt"]);
    assert_eq!(found(&c, r#""1.792 mln tonnes""#), tonnes);
    assert_eq!(found(&c, r#""1,792,000 tonnes""#), tonnes);
    assert_eq!(found(&c, "1.792 mln"), tonnes);
}

#[test]
fn a_no_hit_quote_is_offered_no_other_unit_for_its_amount() {
    let c = Corpus::new();
    c.write("oil.txt", "CONOCO RAISES CRUDE OIL PRICES UP TO ONE DLR BARREL\n\nConoco raised prices.\n");
    c.write("barrel.txt", "OIL\n\nPrices rose 1 dlr a barrel on Monday.\n");
    c.ingest();
    // The wire's "dlr" is a dollar: `"$1 a barrel"` finds "1 dlr a barrel".
    assert_eq!(found(&c, r#""$1 a barrel""#), set(&["barrel.txt"]));
    // No "1 DLR barrel" ("DLR" for "mln": another amount) for a quote of a million barrels.
    let out = c.cmd(&["search", r#""1 mln barrel""#]).assert().get_output().stderr.clone();
    let notes = String::from_utf8(out).unwrap();
    assert!(!notes.contains("DLR"), "{notes}");
    let out = c.cmd(&["search", r#""$1 per barrel""#]).assert().get_output().stderr.clone();
    let notes = String::from_utf8(out).unwrap();
    assert!(!notes.contains("$1 DLR"), "{notes}");
}

#[test]
fn a_rate_of_oil_output_is_found_however_written() {
    let c = Corpus::new();
    c.write("wire.txt", "OPEC OUTPUT\n\nOPEC produced 15.8 mln bpd in March, the agency said.\n");
    c.write("full.txt", "Output\n\nOPEC pumped 15.8 million barrels per day last month.\n");
    c.write("daily.txt", "Output\n\nMembers pumped 15.8 million barrels a day in April.\n");
    c.write("other.txt", "Output\n\nMembers pumped 16.2 million barrels a day in May.\n");
    c.write("price.txt", "Prices\n\nThe benchmark rose to 15.8 dlrs a barrel per day of trading.\n");
    c.write("slash.txt", "REFINERY\n\nCrude runs were 154,000 b/d higher.\n");
    c.ingest();
    let rate = set(&["wire.txt", "full.txt", "daily.txt"]);
    for phrase in [r#""15.8 mln bpd""#, r#""15.8 million barrels per day""#, r#""15.8 mln barrels a day""#] {
        assert_eq!(found(&c, phrase), rate, "{phrase}");
    }
    let any = set(&["wire.txt", "full.txt", "daily.txt", "other.txt", "slash.txt"]);
    let daily = set(&["wire.txt", "full.txt", "daily.txt", "other.txt"]);
    assert_eq!(found(&c, r#""barrels a day""#), daily);
    // The wire's word alone, or its "b/d", is every writing too; "b/d" after a figure
    // only, as its words are initials as often.
    assert_eq!(found(&c, "b/d"), any);
    assert_eq!(found(&c, r#""154,000 bpd""#), set(&["slash.txt"]));
    assert_eq!(found(&c, "bpd"), daily);
    // The words marked are the text's.
    let hit = c.search_json(&[r#""15.8 mln bpd""#, "--limit", "10"])["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .find(|hit| hit["path"].as_str().is_some_and(|p| p.ends_with("daily.txt")))
        .cloned()
        .expect("daily.txt found");
    assert_eq!(marks(&hit), ["15.8 million barrels a day"]);
}

/// Oil prices and sums as the BBC and the wire write them.
fn prices() -> Corpus {
    let c = Corpus::new();
    c.write("bbc-price.txt", "Oil\n\nOpec wants oil at $18 a barrel this year.\n");
    c.write("wire-price.txt", "OPEC\n\nOPEC defends its 18 dlrs a barrel reference price.\n");
    c.write("us-dlrs.txt", "OIL\n\nSaudi crude sold at 18 U.S. dlrs a barrel in March.\n");
    c.write("cents.txt", "CRUDE\n\nThe posting was raised to 18.00 dlrs on Monday.\n");
    c.write("wire-sum.txt", "LOAN\n\nThe company borrowed 18 mln dlrs from banks.\n");
    c.write("bbc-sum.txt", "Deal\n\nThe firm paid $18m for the site.\n");
    c.write("bbc-million.txt", "Deal\n\nThe club spent $18 million on players.\n");
    c.write("share.txt", "RATES\n\nInflation reached 18 pct in the year.\n");
    c.ingest();
    c
}

#[test]
fn a_price_is_no_sum_of_millions_and_a_figure_to_the_cent_is_a_price() {
    let c = prices();
    let price = set(&["bbc-price.txt", "wire-price.txt", "us-dlrs.txt", "cents.txt"]);
    // The scale is part of the amount: `$18` is no "$18m" or "18 mln dlrs".
    assert_eq!(found(&c, "$18"), price);
    assert_eq!(found(&c, "18 dlrs"), price);
    assert_eq!(found(&c, "$18m"), set(&["wire-sum.txt", "bbc-sum.txt", "bbc-million.txt"]));
    // The figure alone is every 18.
    assert_eq!(found(&c, "18").len(), 8);
    // Typed to the cent, a figure is a price, quoted or not: not "18 pct" or "18 mln".
    assert_eq!(found(&c, "18.00"), price);
    assert_eq!(found(&c, r#""18.00""#), price);
    // "U.S." between the figure and the dollars is the dollar's.
    let barrel = set(&["bbc-price.txt", "wire-price.txt", "us-dlrs.txt"]);
    assert_eq!(found(&c, r#""18 dlrs a barrel""#), barrel);
    assert_eq!(found(&c, r#""$18 a barrel""#), barrel);
}

#[test]
fn a_figure_in_full_finds_its_scale_and_a_group_of_nations_its_name() {
    let c = Corpus::new();
    c.write("full.txt", "SUGAR\n\nExports reached 1,792,000 tonnes last year.\n");
    c.write("scaled.txt", "SUGAR\n\nImports reached 1.792 mln tonnes last year.\n");
    c.write("joined.txt", "Sugar\n\nThe crop was 1.792m tonnes.\n");
    c.write("hyphen.txt", "G-7\n\nThe G-7 finance ministers met in Paris.\n");
    c.write("joined-g.txt", "Summit\n\nThe G7 summit opened on Monday.\n");
    c.write("named.txt", "MONEY\n\nThe Group of Seven industrial nations agreed.\n");
    c.write("figures.txt", "MONEY\n\nThe Group of 7 met again.\n");
    c.write("other.txt", "Band\n\nA group of three musicians played.\n");
    c.ingest();
    let tonnes = set(&["full.txt", "scaled.txt", "joined.txt"]);
    assert_eq!(found(&c, "1,792,000"), tonnes);
    assert_eq!(found(&c, "1,792,000 tonnes"), tonnes);
    assert_eq!(found(&c, r#""1,792,000 tonnes""#), tonnes);
    let seven = set(&["hyphen.txt", "joined-g.txt", "named.txt", "figures.txt"]);
    assert_eq!(found(&c, "G7"), seven);
    assert_eq!(found(&c, "G-7"), seven);
    assert_eq!(found(&c, r#""Group of Seven""#), seven);
    assert_eq!(found(&c, r#""group of 7""#), seven);
    assert!(found(&c, "G3").is_empty());
}
