//! Chinese and Korean names put the family name first: "Premier Zhao" and "Zhao said" are
//! Zhao Ziyang where the article names him, and "Chun Doo-hwan", "Chun Doo Hwan" are one
//! person in the lists and for `--exact-names`.

use crate::util::Corpus;

fn desk() -> Corpus {
    let c = Corpus::new();
    c.write(
        "zhao.txt",
        "China reforms\n\nPremier Zhao Ziyang opened the congress in Peking on Wednesday.\n\n\
         \"We must cut demand and continue the reforms,\" Zhao said.\n",
    );
    c.write("chun-1.txt", "Seoul\n\nPresident Chun Doo-hwan met the cabinet in Seoul on Monday.\n");
    c.write("chun-2.txt", "Seoul talks\n\nPresident Chun Doo Hwan met opposition leaders in Seoul.\n");
    c.ingest();
    c
}

fn people(c: &Corpus) -> Vec<(String, u64)> {
    let out = c.cmd(&["people", "-n", "all", "--json"]).output().expect("run newsdex");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("people JSON");
    let rows = json.as_array().cloned().or_else(|| json["people"].as_array().cloned()).expect("rows");
    rows.iter().map(|r| (r["name"].as_str().unwrap().to_string(), r["articles"].as_u64().unwrap())).collect()
}

#[test]
fn a_korean_given_name_hyphenated_or_spaced_is_one_person() {
    let c = desk();
    let rows = people(&c);
    let chun: Vec<_> = rows.iter().filter(|(name, _)| name.starts_with("Chun ")).collect();
    assert_eq!(chun.len(), 1, "{rows:?}");
    assert_eq!(chun[0].1, 2, "{rows:?}");
    let exact = c.hit_names(&["--exact-names", "--person", "Chun Doo-hwan"]);
    assert_eq!(exact.len(), 2, "{exact:?}");
}

#[test]
fn a_chinese_family_name_alone_is_the_full_name_the_article_gives() {
    let c = desk();
    let out = c.cmd(&["quotes", "--speaker", "Zhao Ziyang", "--json"]).output().expect("run newsdex");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("cut demand") && stdout.contains("\"speaker\":\"Zhao Ziyang\""), "{stdout}");
    assert!(!people(&c).iter().any(|(name, _)| name == "Zhao"), "{:?}", people(&c));
}

#[test]
fn a_korean_given_name_starting_with_an_english_word_stays_with_the_name() {
    let c = Corpus::new();
    c.write(
        "won.txt",
        "Won policy\n\nFinance Minister Chung In-yong said on Tuesday the won would stay stable. \
         Chung In-yong will visit Washington next week.\n",
    );
    c.ingest();
    assert_eq!(c.hit_names(&["--person", "Chung In-yong"]), ["won.txt"]);
    assert!(!people(&c).iter().any(|(name, _)| name == "Chung"), "{:?}", people(&c));
}
