//! Chinese and Korean names, which put the family name first ("Zhao Ziyang", "Kim
//! Mahn-je", "Roh Tae-woo"): which full names read so, their family name, and one key
//! for the ways wire copy writes the given name ("Chun Doo-hwan", "Chun Doo Hwan", "Chun
//! Doohwan").
//!
//! A name reads as family name first when its first word is a common Chinese or Korean
//! family name and the rest a given name of one or two syllables as those languages
//! romanize them: hyphenated ("Tae-woo"), spaced ("Doo Hwan") or joined ("Ziyang",
//! "Xiaoping"). "Kim Howells" and "Lee Marvin" do not: their given names are no such
//! syllables.

use super::lexicon::fold;

/// Common Chinese (pinyin and Wade-Giles) and Korean family names, folded.
const FAMILY_NAMES: &[&str] = &[
    // Chinese, pinyin.
    "bai", "bo", "cai", "cao", "chen", "cheng", "cui", "dai", "deng", "ding", "dong", "du", "duan", "fan",
    "fang", "feng", "fu", "gao", "gong", "gu", "guo", "han", "hao", "he", "hou", "hu", "hua", "huang", "jia",
    "jiang", "jin", "kong", "lei", "li", "liang", "liao", "lin", "liu", "long", "lu", "luo", "ma", "mao",
    "meng", "pan", "peng", "qian", "qiao", "qin", "qiu", "ren", "rong", "shao", "shen", "song", "sun", "tan",
    "tang", "tian", "wan", "wang", "wei", "wen", "wu", "xia", "xiao", "xie", "xu", "xue", "yan", "yang",
    "yao", "ye", "yin", "yu", "yuan", "zeng", "zhang", "zhao", "zheng", "zhou", "zhu", "zou",
    // Chinese, Wade-Giles and Cantonese.
    "chan", "chang", "cheung", "chiang", "chou", "chu", "hsu", "hsieh", "ho", "kuo", "lam", "lau", "lee",
    "leung", "teng", "tsang", "wong", "yeung", // Korean.
    "ahn", "bae", "baek", "byun", "chae", "cho", "choe", "choi", "chun", "chung", "hong", "huh", "hwang",
    "hyun", "jang", "jeon", "jung", "kang", "kim", "koh", "kwon", "lim", "min", "moon", "nam", "noh", "oh",
    "paik", "park", "pyo", "rha", "rhee", "roh", "ryu", "seo", "shin", "suh", "yi", "yoo", "yoon", "yun",
];

/// The consonants a syllable of pinyin, Wade-Giles or Korean romanization may begin with
/// (longest first).
const ONSETS: &[&str] = &[
    "zh", "ch", "sh", "hs", "ts", "hw", "kk", "tt", "pp", "ss", "jj", "kw", "gw", "b", "p", "m", "f", "d",
    "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w",
];

/// The vowels of such a syllable (longest first).
const NUCLEI: &[&str] = &[
    "iao", "uai", "yeo", "yae", "wae", "ai", "ei", "ao", "ou", "ia", "ie", "iu", "ua", "uo", "ui", "ue",
    "ae", "eo", "oe", "oo", "ee", "eu", "a", "o", "e", "i", "u",
];

/// What may end a syllable of a given name written joined ("Ziyang", "Taewoo"): pinyin's
/// nasals only, so that "Wilde" or "Basinger" are no such name.
const JOINED_CODAS: &[&str] = &["ng", "n", ""];

/// What may end a syllable of a given name written apart ("Mahn-je", "Il Sung", "Jong-pil").
const APART_CODAS: &[&str] = &["hng", "hn", "ng", "n", "m", "l", "k", "p", "t", "h", ""];

/// How many letters of `word` one syllable at its start takes with each coda of `codas`.
fn syllable_ends(word: &str, codas: &[&str]) -> Vec<usize> {
    let mut ends = Vec::new();
    let starts: Vec<usize> =
        std::iter::once(0).chain(ONSETS.iter().filter(|o| word.starts_with(*o)).map(|o| o.len())).collect();
    for start in starts {
        let rest = &word[start..];
        for nucleus in NUCLEI.iter().filter(|n| rest.starts_with(*n)) {
            let after = &rest[nucleus.len()..];
            for coda in codas.iter().filter(|c| after.starts_with(*c)) {
                ends.push(start + nucleus.len() + coda.len());
            }
        }
    }
    ends
}

/// `word` (folded, letters only) is `syllables` syllables at most, each as [`syllable_ends`] reads.
fn syllables(word: &str, codas: &[&str], at_most: usize) -> bool {
    if word.is_empty() {
        return true;
    }
    at_most > 0
        && syllable_ends(word, codas).into_iter().any(|end| syllables(&word[end..], codas, at_most - 1))
}

/// Whether `given` (the words after the family name) reads as a Chinese or Korean given
/// name: one joined word of one or two syllables ("Peng", "Ziyang"), two hyphenated
/// syllables ("Tae-woo") or two words of one syllable each ("Doo Hwan").
fn reads_as_given_name(given: &[&str]) -> bool {
    let folded: Vec<String> = given.iter().map(|w| fold(w)).collect();
    let letters = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase());
    match &folded[..] {
        [one] => match one.split_once('-') {
            Some((a, b)) => {
                letters(a) && letters(b) && syllables(a, APART_CODAS, 1) && syllables(b, APART_CODAS, 1)
            }
            None => letters(one) && syllables(one, JOINED_CODAS, 2),
        },
        [a, b] => letters(a) && letters(b) && syllables(a, APART_CODAS, 1) && syllables(b, APART_CODAS, 1),
        _ => false,
    }
}

/// For a name that reads as family name first (see the module), its family name as
/// written and its given name's words: "Roh Tae-woo" is ("Roh", ["Tae-woo"]). None for
/// other names ("Ronald Reagan", "Kim Howells") and for one word.
pub fn family_first(name: &str) -> Option<(&str, Vec<&str>)> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let (family, given) = words.split_first()?;
    if given.is_empty() || !FAMILY_NAMES.contains(&fold(family).as_str()) || !reads_as_given_name(given) {
        return None;
    }
    Some((family, given.to_vec()))
}

/// The one key of every writing of a family-name-first name (see [`family_first`]):
/// folded, the given name's syllables joined. "Chun Doo-hwan", "Chun Doo Hwan" and "Chun
/// Doohwan" are all "chun doohwan". None for other names.
pub fn key(name: &str) -> Option<String> {
    let (family, given) = family_first(name)?;
    let given: String = given.iter().map(|w| fold(w).replace('-', "")).collect();
    Some(format!("{} {given}", fold(family)))
}

/// The family name of a full name, folded: the first word of one that reads as family
/// name first ("zhao" for "Zhao Ziyang"), the last word of others ("reagan" for "Ronald
/// Reagan"). None for one word.
pub fn family_name(name: &str) -> Option<String> {
    if let Some((family, _)) = family_first(name) {
        return Some(fold(family));
    }
    let mut words = name.split_whitespace();
    words.next()?;
    words.next_back().map(fold)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_and_korean_names_read_family_name_first() {
        for name in ["Zhao Ziyang", "Deng Xiaoping", "Li Peng", "Yao Yilin", "Kim Mahn-je", "Roh Tae-woo"] {
            assert!(family_first(name).is_some(), "{name}");
        }
        assert_eq!(family_first("Chun Doo Hwan"), Some(("Chun", vec!["Doo", "Hwan"])));
        assert_eq!(family_first("Chung In-yong").map(|(f, _)| f), Some("Chung"));
        assert_eq!(family_name("Zhao Ziyang").as_deref(), Some("zhao"));
    }

    #[test]
    fn western_names_with_such_a_first_word_do_not() {
        for name in ["Kim Howells", "Lee Marvin", "Kim Wilde", "Kim Basinger", "Ronald Reagan", "Zhao"] {
            assert!(family_first(name).is_none(), "{name}");
        }
        assert_eq!(family_name("Ronald Reagan").as_deref(), Some("reagan"));
        assert_eq!(family_name("Reagan"), None);
    }

    #[test]
    fn a_given_name_hyphenated_spaced_or_joined_is_one_key() {
        let keys: Vec<_> = ["Chun Doo-hwan", "Chun Doo Hwan", "Chun Doohwan", "CHUN Doo-Hwan"]
            .iter()
            .map(|name| key(name))
            .collect();
        assert!(keys.iter().all(|k| k.as_deref() == Some("chun doohwan")), "{keys:?}");
        assert_eq!(key("Rha Woong Bae"), key("Rha Woong-bae"));
        assert_ne!(key("Roh Tae-woo"), key("Roh Moo-hyun"));
    }
}
