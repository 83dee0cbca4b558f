//! `duplicates`: what is a copy of a story, and what is not (a recurring report with new
//! figures, another day), and exact copies inside a group of near ones.

use crate::util::{Corpus, file_name};

/// A daily report in the same words, with the day's sum of repurchases.
fn fed_report(day: &str, sum: &str) -> String {
    format!(
        "Fed adds reserves via customer repurchases\n\nPublished: {day}\n\n\
         The Federal Reserve entered the U.S. Government securities market to arrange {sum} \
         billion dlrs of customer repurchase agreements, a Fed spokesman said. Dealers said \
         Federal funds were trading at six pct when the Fed began its temporary and indirect \
         supply of reserves to the banking system. Economists had expected the Fed to add \
         reserves indirectly today, the dealers said, as banks settled the end of the \
         statement period and the Treasury balance at the Fed rose.\n"
    )
}

fn duplicates_json(c: &Corpus) -> serde_json::Value {
    serde_json::from_slice(&c.cmd(&["duplicates", "--json"]).output().unwrap().stdout).unwrap()
}

#[test]
fn a_report_with_new_figures_on_another_day_is_a_series_not_a_copy() {
    let c = Corpus::new();
    // Monday's report carried by two papers and re-sent that evening, then new figures on
    // two later Mondays, and on a third Monday the first Monday's figures again: that
    // day's report, not a copy.
    c.write("mon.txt", fed_report("1987-03-02T11:45:00", "1.5"));
    c.write("mon-paper.txt", fed_report("1987-03-02T11:45:00", "1.5"));
    c.write("mon-rerun.txt", fed_report("1987-03-02T19:30:00", "1.5"));
    c.write("next-mon.txt", fed_report("1987-03-09T11:45:00", "2.5"));
    c.write("last-mon.txt", fed_report("1987-03-16T11:45:00", "3.0"));
    c.write("third-mon.txt", fed_report("1987-03-23T11:45:00", "1.5"));
    c.ingest();
    let dups = duplicates_json(&c);
    // One report in three copies; four reports in a series.
    assert_eq!((dups["groups"].as_u64(), dups["series"].as_u64()), (Some(1), Some(1)), "{dups}");
    assert_eq!(dups["articles_in_groups"], 3, "{dups}");
    let kind = |k: &str| dups["shown"].as_array().unwrap().iter().find(|g| g["kind"] == k).unwrap().clone();
    let names = |g: &serde_json::Value| -> Vec<String> {
        g["copies"].as_array().unwrap().iter().map(|p| file_name(p.as_str().unwrap())).collect()
    };
    let copies = names(&kind("exact"));
    assert_eq!(copies.len(), 3, "{dups}");
    assert!(copies.contains(&"mon-rerun.txt".to_string()) && !copies.contains(&"third-mon.txt".to_string()));
    let series = kind("series");
    assert_eq!(names(&series)[1..], ["next-mon.txt", "last-mon.txt", "third-mon.txt"], "{series}");
    let text = String::from_utf8(c.cmd(&["duplicates"]).output().unwrap().stdout).unwrap();
    assert!(
        text.contains("3 of 6 articles are in 1 group of copies (1 exact, 0 near duplicates)\n"),
        "{text}"
    );
    assert!(text.contains("4 reports (series, 1987-03-02 – 1987-03-23): "), "{text}");
    // `search` lists each report: the copies of one day fold, the other days' do not.
    let json = c.search_json(&["repurchase"]);
    assert_eq!((json["total"].as_u64(), json["stories"].as_u64()), (Some(6), Some(4)), "{json}");
}

#[test]
fn a_correction_a_day_later_stays_a_copy_of_its_story() {
    let c = Corpus::new();
    c.write("mon.txt", fed_report("1987-03-02T11:45:00", "1.5"));
    let corrected = fed_report("1987-03-03T11:45:00", "2.5")
        .replace("Fed adds reserves", "CORRECTED - Fed adds reserves");
    c.write("tue-corrected.txt", corrected);
    c.ingest();
    let dups = duplicates_json(&c);
    assert_eq!((dups["groups"].as_u64(), dups["series"].as_u64()), (Some(1), Some(0)), "{dups}");
    assert_eq!(dups["shown"][0]["kind"], "near", "{dups}");
}

#[test]
fn exact_copies_inside_a_group_of_near_ones_say_so() {
    let c = Corpus::new();
    let story = "Talks aim to avert pension strike\n\nTalks aimed at averting a series of national \
        strikes over pensions are to be held on Tuesday between unions and the government. The \
        unions say the changes would mean staff working until 65 for a full pension, and they \
        have warned that more than a million workers could walk out next month if ministers do \
        not drop the plans. The minister said he was ready to listen to their concerns.\n";
    c.write("069.txt", story);
    c.write("311.txt", story);
    c.write(
        "312.txt",
        story.replace("Talks aim to avert", "Stalemate in").replace("on Tuesday", "on Wednesday"),
    );
    c.ingest();
    let dups = duplicates_json(&c);
    let group = &dups["shown"][0];
    assert_eq!(group["kind"], "near", "{dups}");
    assert_eq!(group["texts"], serde_json::json!([0, 0, 2]), "{group}");
    let text = String::from_utf8(c.cmd(&["duplicates"]).output().unwrap().stdout).unwrap();
    assert!(text.contains("311.txt · exact copy of articles/069.txt\n"), "{text}");
}
