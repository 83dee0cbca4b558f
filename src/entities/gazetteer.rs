//! Names read from text in capitals, by matching it against names the archive knows.
//!
//! The tagger reads names by their case, so an article whose only text is in capitals (a
//! wire flash such as "TEXACO GETS RESTRAINING ORDER AGAINST PENNZOIL", an "URGENT" line,
//! old teletype copy) gives it none: it skips such lines. Those articles are matched here
//! instead, word by word with case folded, against a [`Matcher`] of trusted names:
//!
//! - the places and known organizations of [`lexicon`], and
//! - the names of the archive's articles ([`KnownNames`], read from the index),
//!   those found in at least [`MIN_ARTICLES`] articles and not a common English word
//!   ("AT", "NEW", "US", "BANK" are never names alone; see [`is_common_word`]). A name of
//!   one word must also be a name in most articles that hold the word (see
//!   [`WORD_PER_NAME`]): Reuters' "Shr" and "CTS", read as organizations at the start of
//!   a table's row in 20 articles, are words in 2,500 and 3,600.
//!
//! At each word the longest name wins ("NEW YORK TIMES" before "NEW YORK"), and a name
//! ends where the headline's punctuation does.
//!
//! Ingest ([`crate::ingest`]) holds its articles in capitals back until the rest of the
//! pass is committed, and matches them against the names of the index that commit makes
//! (and counts a word's articles there). `newsdex extract`, which has no archive, matches with
//! [`Matcher::lexicon`] alone. Articles with mixed case are never matched: their names
//! are the tagger's.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::Entities;
use super::lexicon::{self, fold, name_key};
use super::rules::Kind;
use crate::ingest::Article;

/// The articles (of mixed case) the tagger must have found a name in for it to be trusted
/// in capitals: a name read once may be a misreading.
pub const MIN_ARTICLES: u32 = 2;

/// The articles a name all of whose words are common words ("Supreme Court", "Central
/// Bank") must be found in: in capitals those words are as often just words.
pub const MIN_ARTICLES_COMMON_WORDS: u32 = 5;

/// A name of one word is trusted only if the articles holding the word (in any case) are
/// at most this many times those the tagger read it in a name in ("Grumman" alone or in
/// "Grumman Corp").
pub const WORD_PER_NAME: u32 = 3;

/// The longest name matched, in words.
const MOST_WORDS: usize = 8;

/// Common English words (SCOWL's small American list, `data/gazetteer/common_words.txt`).
static COMMON_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../data/gazetteer/common_words.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Whether a folded word is a common English word, a function word, a day or a month:
/// in capitals it says nothing of being a name ("AT", "NEW", "BANK", "MARCH").
pub fn is_common_word(folded: &str) -> bool {
    COMMON_WORDS.contains(folded) || lexicon::is_function_word(folded) || lexicon::is_day_or_month(folded)
}

/// Whether an article's text (headline and body) is in capitals: four letters in five or
/// more (a wire's "Reuter" signing off a flash leaves it in capitals), and a word's worth
/// of them. Only English articles (or of no language said) are.
pub fn is_in_capitals(article: &Article) -> bool {
    if article.language.is_some_and(|l| l != "en") {
        return false;
    }
    let title = article.title.as_deref().unwrap_or("");
    mostly_capitals(title.chars().chain(article.body.chars()), title.len() + article.body.len())
}

/// Whether an article is a headline alone, in English (or of no language said): a wire
/// flash whose story came later ("Sumita says little room for Bank of Japan to further
/// ease credit policy"). The tagger reads too little there to tell a name from a word
/// that starts a sentence, so such a headline is matched against the archive's names as
/// one in capitals is ([`is_matched`]), its capitalized words only.
pub fn is_headline_only(article: &Article) -> bool {
    article.language.is_none_or(|l| l == "en")
        && article.body.trim().is_empty()
        && article.title.as_deref().is_some_and(|t| t.chars().any(char::is_alphabetic))
}

/// Whether an article's names are (also) read by matching the archive's names: it is in
/// capitals ([`is_in_capitals`]) or a headline alone ([`is_headline_only`]).
pub fn is_matched(article: &Article) -> bool {
    is_in_capitals(article) || is_headline_only(article)
}

/// A text in mixed case with each word written in lower case (but a function word: "Bank
/// of Japan") put out as a comma, which no name crosses: so that only names written
/// capitalized are matched ("Sumita says little room", not "central bank").
fn capitalized_words_only(text: &str) -> String {
    text.split(' ')
        .map(|w| {
            let lower = w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase);
            let folded = fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
            if lower && !lexicon::is_function_word(&folded) { "," } else { w }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Aliases of organizations that are common words ("FED", "SEC"), which a name of one word
/// must not be: read as the organization in a text in capitals or a headline only beside
/// a word of money or markets ([`MONEY_WORDS`]), as wire flashes write them ("FED SAYS
/// IT SETS TWO BILLION DLR CUSTOMER REPURCHASE"), with the organization they stand for.
const MONEY_ALIASES: &[(&str, &str)] =
    &[("fed", "Federal Reserve"), ("sec", "Securities and Exchange Commission")];

/// Words of money and markets, folded ([`MONEY_ALIASES`]).
const MONEY_WORDS: &[&str] = &[
    "billion",
    "million",
    "dlr",
    "dlrs",
    "dollar",
    "dollars",
    "rate",
    "rates",
    "repurchase",
    "repurchases",
    "reserve",
    "reserves",
    "funds",
    "money",
    "credit",
    "discount",
    "interest",
    "inflation",
    "policy",
    "bank",
    "banks",
    "bills",
    "bonds",
    "treasury",
    "securities",
    "stock",
    "stocks",
    "shares",
    "market",
    "markets",
    "economy",
    "growth",
    "prices",
    "supply",
    "fx",
    "intervene",
    "intervenes",
    "intervention",
    "tightening",
    "easing",
    "eases",
    "tightens",
    "matched",
    "sale",
    "sales",
    "buys",
    "purchase",
    "filing",
    "files",
];

/// The organizations of [`MONEY_ALIASES`] among `names` (the words of a text that may be
/// names, folded), when a word of `text` (folded) is of money ([`MONEY_WORDS`]).
fn money_aliases(names: &[Vec<String>], text: &[Vec<String>]) -> Vec<&'static str> {
    if !text.iter().flatten().any(|w| MONEY_WORDS.contains(&w.as_str())) {
        return Vec::new();
    }
    let names: Vec<&str> = names.iter().flatten().map(|w| lexicon::without_final_s(w)).collect();
    MONEY_ALIASES.iter().filter(|(alias, _)| names.contains(alias)).map(|(_, org)| *org).collect()
}

/// Whether a text, given as its characters and its length in bytes, is mostly in capitals:
/// four letters or more, at most one in five in lower case. Most texts are told after a
/// few words.
pub fn mostly_capitals(text: impl Iterator<Item = char>, bytes: usize) -> bool {
    let (mut letters, mut lower) = (0usize, 0usize);
    let mut left = bytes;
    for c in text {
        left -= c.len_utf8();
        if c.is_alphabetic() {
            letters += 1;
            lower += usize::from(!c.is_uppercase());
        }
        // Even if every byte left were a capital, the lower case would be too many: most
        // articles stop here after a few words.
        if lower * 5 > letters + left {
            return false;
        }
    }
    letters >= 4 && lower * 5 <= letters
}

/// The pieces of a text no name crosses (lines, and the parts of a line between commas,
/// colons, quotes, brackets), each as its words folded: a word is letters and digits with
/// the apostrophes, ampersands and dots inside it ("MOODY'S", "AT&T", "U.S."); a hyphen
/// parts two words ("TEXACO-PENNZOIL", "WINSTON-SALEM").
fn pieces(text: &str) -> Vec<Vec<String>> {
    let mut pieces = Vec::new();
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    let end_word = |word: &mut String, words: &mut Vec<String>| {
        let w = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        let w = w.trim_start_matches('.');
        // A final dot ends the sentence, unless the word is an abbreviation ("U.S.").
        let w = match w.strip_suffix('.') {
            Some(stem) if !stem.contains('.') => stem,
            _ => w,
        };
        if w.chars().any(char::is_alphanumeric) {
            words.push(fold(w));
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() || matches!(c, '\'' | '’' | '&' | '.') {
            word.push(c);
        } else if c.is_whitespace() && c != '\n' || c == '-' || c == '/' {
            end_word(&mut word, &mut words);
        } else {
            end_word(&mut word, &mut words);
            if !words.is_empty() {
                pieces.push(std::mem::take(&mut words));
            }
        }
    }
    end_word(&mut word, &mut words);
    if !words.is_empty() {
        pieces.push(words);
    }
    pieces
}

/// The key a name is matched under: its words, folded, one space apart.
fn key_of(name: &str) -> String {
    pieces(name).concat().join(" ")
}

/// Whether a name is one to look for in capitals, by its words (its key's) and how many
/// articles it was found in: a single word only if no common word, written with a capital,
/// and two letters long or more; several words only if they neither start nor end with a
/// function word ("of", "the"), and, all common words, only if seen often.
fn trusted(key: &str, name: &str, articles: u32, word_articles: impl Fn(&str) -> (u32, u32)) -> bool {
    let words: Vec<&str> = key.split(' ').collect();
    if articles < MIN_ARTICLES
        || words.len() > MOST_WORDS
        || !key.chars().any(char::is_alphabetic)
        || !name.starts_with(char::is_uppercase)
    {
        return false;
    }
    if let [word] = words[..] {
        return word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !is_common_word(word) && {
            let (holding, naming) = word_articles(word);
            holding <= articles.max(naming).saturating_mul(WORD_PER_NAME)
        };
    }
    let (first, last) = (words[0], words[words.len() - 1]);
    if lexicon::is_function_word(first) || lexicon::is_function_word(last) {
        return false;
    }
    words.iter().any(|w| !is_common_word(w)) || articles >= MIN_ARTICLES_COMMON_WORDS
}

/// The surname of a person's full name, by its key's words and its written form: the
/// last word ("paul volcker" → `("volcker", "Volcker")`), before a generational suffix
/// ("Martin Luther King Jr" → King). None for a name of one word, or a surname written
/// without a capital ("Ludwig van").
fn surname_of(key: &str, name: &str) -> Option<(String, String)> {
    let keys: Vec<&str> = key.split(' ').collect();
    let mut written: Vec<&str> = name.split_whitespace().collect();
    if written.last().is_some_and(|w| lexicon::is_generational_suffix(w)) {
        written.pop();
    }
    if keys.len() < 2 || written.len() < 2 || keys.len() < written.len() {
        return None;
    }
    let last = *written.last()?;
    let surname = key_of(last);
    (last.starts_with(char::is_uppercase) && !surname.contains(' ') && keys.contains(&surname.as_str()))
        .then(|| (surname, last.to_string()))
}

/// Names to look for in capitals, by key: what kind each is and how to write it.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    names: HashMap<String, (Kind, String)>,
    /// The most words of a name held.
    longest: usize,
}

static LEXICON: LazyLock<Matcher> = LazyLock::new(|| {
    let mut matcher = Matcher::default();
    // Places and organizations the lexicon knows are names already: a single word still
    // must be no common word ("Mobile", "Split", "Reading" are places too).
    let mut add = |alias: &str, kind: Kind, canonical: &str| {
        let key = key_of(alias);
        let single_common = !key.contains(' ') && (is_common_word(&key) || key.chars().count() < 2);
        if !key.is_empty() && !single_common {
            matcher.insert(key, kind, canonical);
        }
    };
    for names in lexicon::KNOWN_ORGS {
        for alias in names.iter() {
            add(alias, Kind::Org, names[0]);
        }
    }
    for (alias, place) in lexicon::places() {
        add(alias, Kind::Place, place.canonical);
    }
    matcher
});

impl Matcher {
    /// The names of the lexicon alone: its places and known organizations.
    pub fn lexicon() -> &'static Matcher {
        &LEXICON
    }

    /// The lexicon's names and the trusted names of `known` (their counts added up): a
    /// name the lexicon has keeps the lexicon's reading. `word_articles` tells how many
    /// articles hold a (folded) word, and in how many it is part of a name, for names of
    /// one word ([`WORD_PER_NAME`]).
    pub fn with_known(known: &[&KnownNames], word_articles: impl Fn(&str) -> (u32, u32)) -> Matcher {
        let mut matcher = LEXICON.clone();
        let mut total: HashMap<&str, ([u32; 3], &str)> = HashMap::default();
        for names in known {
            for (key, seen) in &names.names {
                let entry = total.entry(key.as_str()).or_insert(([0; 3], seen.name.as_str()));
                for (sum, n) in entry.0.iter_mut().zip(seen.articles) {
                    *sum += n;
                }
            }
        }
        // The surnames of the people trusted by their full names, with the articles each
        // full name was found in: see below.
        let mut surnames: HashMap<String, (u32, String)> = HashMap::default();
        for (key, (articles, name)) in total {
            if matcher.names.contains_key(key) {
                continue;
            }
            // The kind it was found as most often; in doubt, an organization, then a place.
            let (at, most) = articles.iter().enumerate().max_by_key(|&(i, n)| (*n, i)).expect("three kinds");
            if *most > 0 && trusted(key, name, articles.iter().sum(), &word_articles) {
                matcher.insert(key.to_string(), KINDS[at], name);
                if KINDS[at] == Kind::Person
                    && let Some((surname, written)) = surname_of(key, name)
                {
                    let entry = surnames.entry(surname).or_insert((0, written));
                    entry.0 += articles[at];
                }
            }
        }
        // A wire flash names a person by the surname alone, in capitals ("REAGAN SAYS
        // VOLCKER WILL NOT ACCEPT 3RD TERM"), where the archive's other articles name him in
        // full ("Paul Volcker", in 109 of the 124 articles holding the word): the surname is
        // looked for too, as the person's, when it is trusted as a name of one word would
        // be (no common word, a name in most articles holding it) and is no given name
        // ("HOWARD" is as often Howard Baker's). Search reads it as the tagger's "Volcker"
        // alone, given to Paul Volcker when no one else has his surname. A place or an
        // organization of that word keeps its reading.
        for (surname, (articles, written)) in surnames {
            if !matcher.names.contains_key(&surname)
                && !lexicon::is_first_name(&surname)
                && trusted(&surname, &written, articles, &word_articles)
            {
                matcher.insert(surname, Kind::Person, &written);
            }
        }
        matcher
    }

    fn insert(&mut self, key: String, kind: Kind, name: &str) {
        self.longest = self.longest.max(key.split(' ').count());
        self.names.entry(key).or_insert_with(|| (kind, name.to_string()));
    }

    /// How many names it holds.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether it holds no name.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The names in `text`, in order, each once: at each word the longest name that
    /// matches there, its last word with or without a final `'s` ("TEXACO'S").
    pub fn find(&self, text: &str) -> Vec<(Kind, &str)> {
        let mut found: Vec<(Kind, &str)> = Vec::new();
        for words in pieces(text) {
            let mut at = 0;
            while at < words.len() {
                let most = self.longest.min(words.len() - at);
                let hit = (1..=most).rev().find_map(|n| self.lookup(&words[at..at + n]).map(|hit| (n, hit)));
                match hit {
                    Some((n, (kind, name))) => {
                        if !found.iter().any(|(k, f)| *k == *kind && *f == name.as_str()) {
                            found.push((*kind, name.as_str()));
                        }
                        at += n;
                    }
                    None => at += 1,
                }
            }
        }
        found
    }

    fn lookup(&self, words: &[String]) -> Option<&(Kind, String)> {
        let (last, before) = words.split_last()?;
        let mut key = before.join(" ");
        if !key.is_empty() {
            key.push(' ');
        }
        let len = key.len();
        key.push_str(last);
        if let Some(hit) = self.names.get(&key) {
            return Some(hit);
        }
        let stem = lexicon::without_final_s(last);
        if stem.len() == last.len() {
            return None;
        }
        key.truncate(len);
        key.push_str(stem);
        self.names.get(&key)
    }
}

/// The countries and states a headline in capitals names ("JAPAN PERSONAL SAVINGS SOAR
/// IN 1986", "BRAZIL TO RESHUFFLE CABINET"), by their canonical names, in order, each
/// once. The tagger skips such a line, and a story whose text then names only its cities
/// (Tokyo) would not be placed in its country. Only the lexicon's names are matched,
/// longest first, so a known organization keeps its words ("BANK OF JAPAN"); a city's
/// name is left (too many are words or companies too: "READING", "PHOENIX"), and so is a
/// place followed by a word that makes it a company's or an institution's name ("JAPAN
/// FUND", "TEXAS AIR", "CALIFORNIA FIRST BANK") or after one and "of" ("BANK OF
/// CANADA", where the lexicon does not know it). A longer place the article's text
/// names (`named`, "New South Wales") holds its words: "NEW SOUTH WALES STRIKES" is not
/// Wales's.
pub fn places_in_headline(headline: &str, named: &[String]) -> Vec<&'static str> {
    let org_word = |w: &str| {
        HEADLINE_COMPANY_WORDS.contains(&w)
            || lexicon::is_org_suffix(w)
            || lexicon::is_company_form(w)
            || lexicon::is_trade_word(w)
            || lexicon::is_institution_word(w)
            || lexicon::is_club_ending(w)
            || lexicon::is_org_head(w)
    };
    let matcher = &*HEADLINE;
    // The article's own places of two words or more, by their words: "NEW SOUTH WALES"
    // is the state the text names, not Wales. A part of a country named by where it lies
    // is in it ("SOUTH AUSTRALIA", "WESTERN CANADA"): that name does not hide the country.
    let longer: Vec<Vec<String>> = named
        .iter()
        .map(|n| key_of(n))
        .map(|k| k.split(' ').map(str::to_string).collect::<Vec<_>>())
        .filter(|k| k.len() > 1 && !k[..k.len() - 1].iter().all(|w| super::places::is_compass_word(w)))
        .collect();
    let mut found: Vec<&'static str> = Vec::new();
    // What comes before a stock symbol is a company's name ("SHELL CANADA <SHC> RAISES
    // CRUDE", "CANADA SOUTHERN PETROLEUM <CSW>").
    let headline = match headline.find('<') {
        Some(at) if headline[at..].contains('>') => {
            &headline[headline[at..].find('>').map_or(at, |end| at + end + 1)..]
        }
        _ => headline,
    };
    for words in pieces(headline) {
        let mut at = 0;
        while at < words.len() {
            let most = matcher.longest.min(words.len() - at);
            let hit = (1..=most).rev().find_map(|n| matcher.lookup(&words[at..at + n]).map(|hit| (n, hit)));
            let named_here = longer.iter().filter(|l| words[at..].starts_with(l)).map(Vec::len).max();
            if let Some(skip) = named_here.filter(|&skip| hit.is_none_or(|(n, _)| skip > n)) {
                at += skip;
                continue;
            }
            let Some((n, (kind, name))) = hit else {
                at += 1;
                continue;
            };
            let next = words.get(at + n).map(String::as_str);
            // "GULF OF MEXICO", "BANK OF FRANCE": a place of its own, or an institution.
            let after_of = at >= 2 && words[at - 1] == "of" && !lexicon::is_function_word(&words[at - 2]);
            // "OHIO EDISON CO 3RD QTR": a company's name holds the place.
            let company = words[at + n..].iter().any(|w| lexicon::is_legal_form(w.trim_end_matches('.')));
            if *kind == Kind::Place
                && let Some(place) = lexicon::place(name).filter(|p| p.kind != "city")
                && !next.is_some_and(|w| org_word(lexicon::without_final_s(w)))
                && !after_of
                && !company
                && !found.contains(&place.canonical)
            {
                found.push(place.canonical);
            }
            at += n;
        }
    }
    found
}

/// Words after a place's name in capitals that make it a company's ("TEXAS AIR", "JAPAN
/// FUND", "NEW YORK TIMES") beside the lexicon's organization words.
const HEADLINE_COMPANY_WORDS: &[&str] = &["air", "fund", "funds", "instruments", "times", "post", "journal"];

/// The lexicon's names for [`places_in_headline`]: its known organizations, and its
/// countries and states even where the name is a common word too ("CHINA", "TURKEY"),
/// but for one of two letters ("US").
static HEADLINE: LazyLock<Matcher> = LazyLock::new(|| {
    let mut matcher = LEXICON.clone();
    for (alias, place) in lexicon::places() {
        let key = key_of(alias);
        if place.kind == "country" && !key.contains(' ') && key.chars().count() > 2 {
            matcher.insert(key, Kind::Place, place.canonical);
        }
    }
    matcher
});

/// The kinds in the order [`KnownNames`] counts them.
const KINDS: [Kind; 3] = [Kind::Person, Kind::Org, Kind::Place];

/// How often one name was found.
#[derive(Debug, Clone, Default)]
struct Seen {
    /// Articles it was found in, as a person, an organization and a place.
    articles: [u32; 3],
    /// How it is written: the writing found in the most articles (the first of those met).
    name: String,
    /// The articles that writing was found in.
    name_articles: u32,
}

/// The names an archive's articles were found to have, with the number of articles each
/// was found in, as each kind.
#[derive(Debug, Clone, Default)]
pub struct KnownNames {
    names: HashMap<String, Seen>,
}

impl KnownNames {
    /// Counts `name`, found as `kind` in `articles` articles.
    pub fn add(&mut self, kind: Kind, name: &str, articles: u32) {
        let key = key_of(name);
        if key.is_empty() {
            return;
        }
        let at = KINDS.iter().position(|k| *k == kind).expect("one of the three kinds");
        let seen = self.names.entry(key).or_default();
        seen.articles[at] += articles;
        if articles > seen.name_articles {
            seen.name = name.to_string();
            seen.name_articles = articles;
        }
    }

    /// How many names it holds.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether it holds no name.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// Adds to `entities` the names `matcher` finds in an article in capitals (see
/// [`is_in_capitals`]; others are left as they are), after those it has already, unless
/// it has them (by [`name_key`]).
pub fn add_names_in_capitals(matcher: &Matcher, article: &Article, entities: &mut Entities) {
    if is_matched(article) {
        add_names_matched(matcher, article, entities);
    }
}

/// Adds to `entities` the names `matcher` finds in `article`, after those it has already,
/// unless it has them (by [`name_key`]): for an article known to be in capitals (ingest
/// holds back only such articles, so it does not test them twice).
pub fn add_names_matched(matcher: &Matcher, article: &Article, entities: &mut Entities) {
    let mut text = article.title.clone().unwrap_or_default();
    text.push('\n');
    text.push_str(&article.body);
    let all_words = pieces(&text);
    if !is_in_capitals(article) {
        text = text.lines().map(capitalized_words_only).collect::<Vec<_>>().join("\n");
    }
    let mut have: HashSet<String> = entities
        .people
        .iter()
        .chain(&entities.organizations)
        .chain(&entities.places)
        .map(|n| name_key(n))
        .collect();
    let money = money_aliases(&pieces(&text), &all_words).into_iter().map(|org| (Kind::Org, org));
    for (kind, name) in matcher.find(&text).into_iter().chain(money) {
        if !have.insert(name_key(name)) {
            continue;
        }
        match kind {
            Kind::Person => {
                entities.people.push(name.to_string());
                entities.person_aliases.push(Vec::new());
            }
            Kind::Org => entities.organizations.push(name.to_string()),
            Kind::Place => entities.places.push(name.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_in_capitals_names_its_countries_and_states() {
        assert_eq!(places_in_headline("JAPAN PERSONAL SAVINGS SOAR IN 1986", &[]), ["Japan"]);
        assert_eq!(places_in_headline("BRAZIL TO RESHUFFLE CABINET, RETAIN FUNARO", &[]), ["Brazil"]);
        assert_eq!(
            places_in_headline("U.K. MONEY MARKET GIVEN HELP, TEXAS RAINS", &[]),
            ["United Kingdom", "Texas"]
        );
        // A company or institution named after a place is no place.
        assert!(places_in_headline("JAPAN FUND SETS PAYOUT", &[]).is_empty());
        assert!(places_in_headline("TEXAS AIR UNIT SEES LOSS", &[]).is_empty());
        assert!(places_in_headline("BANK OF CANADA RATE RISES", &[]).is_empty());
        // A city's name is left to the body.
        assert!(places_in_headline("PHOENIX SETS PLAN", &[]).is_empty());
        assert!(places_in_headline("SHELL CANADA <SHC> RAISES CRUDE 32 CTS", &[]).is_empty());
        assert!(places_in_headline("OHIO EDISON CO 3RD QTR SHR 60 CTS", &[]).is_empty());
        assert!(places_in_headline("GULF OF MEXICO RIG COUNT FALLS", &[]).is_empty());
        assert_eq!(places_in_headline("CHRYSLER SAID IN AUTO SUPPLY TALKS WITH CHINA", &[]), ["China"]);
        // A longer place the article names holds the country's name: the state, not Wales.
        let named = ["Sydney".to_string(), "New South Wales".to_string()];
        assert!(places_in_headline("AUSTRALIAN UNIONS PLAN NEW SOUTH WALES STRIKES", &named).is_empty());
        assert_eq!(places_in_headline("NEW SOUTH WALES AND WALES SIGN PACT", &named), ["Wales"]);
        assert_eq!(places_in_headline("GUINEA-BISSAU SEEKS AID", &[]), ["Guinea-Bissau"]);
        let named = ["South Australia".to_string()];
        assert_eq!(places_in_headline("SOUTH AUSTRALIA ISSUES BOND", &named), ["Australia"]);
    }

    fn known(names: &[(Kind, &str, u32)]) -> KnownNames {
        let mut known = KnownNames::default();
        for &(kind, name, n) in names {
            known.add(kind, name, n);
        }
        known
    }

    fn no_words(_: &str) -> (u32, u32) {
        (0, 0)
    }

    #[test]
    fn a_flash_names_a_person_known_in_full_by_the_surname_alone() {
        let known = known(&[
            (Kind::Person, "Paul Volcker", 20),
            (Kind::Person, "Michael Howard", 20),
            (Kind::Person, "Gordon Brown", 20),
            (Kind::Person, "Ken Griffey Jr", 5),
            (Kind::Person, "Ann Teller", 5),
        ]);
        let words = |w: &str| match w {
            "volcker" => (24, 20),
            "howard" => (30, 25),
            "griffey" => (6, 5),
            // A word far more often a word than a name.
            "teller" => (400, 5),
            _ => (0, 0),
        };
        let matcher = Matcher::with_known(&[&known], words);
        assert_eq!(
            matcher.find("REAGAN SAYS VOLCKER WILL NOT ACCEPT THIRD TERM, NAMES GRIFFEY'S TELLER"),
            vec![(Kind::Person, "Volcker"), (Kind::Person, "Griffey")]
        );
        // A given name ("Howard") or a common word ("Brown") alone is no one's.
        assert_eq!(matcher.find("HOWARD SAYS BROWN BUDGET FAILS"), vec![]);
        assert_eq!(surname_of("paul volcker", "Paul Volcker"), Some(("volcker".into(), "Volcker".into())));
        assert_eq!(surname_of("volcker", "Volcker"), None);
    }

    #[test]
    fn a_word_more_often_a_word_than_a_name_is_no_name() {
        let known = known(&[(Kind::Org, "Shr", 20), (Kind::Org, "Grumman", 3)]);
        let words = |w: &str| match w {
            "shr" => (2542, 20),
            "grumman" => (12, 10),
            _ => (0, 0),
        };
        let matcher = Matcher::with_known(&[&known], words);
        assert_eq!(matcher.find("GRUMMAN 3RD QTR SHR 67 CTS"), vec![(Kind::Org, "Grumman")]);
    }

    fn article(title: &str, body: &str) -> Article {
        Article {
            path: "flash.txt".into(),
            title: Some(title.to_string()),
            body: body.to_string(),
            ..Default::default()
        }
    }

    #[test]
    fn words_are_folded_and_split_at_punctuation() {
        assert_eq!(
            pieces("TEXACO'S U.S. UNIT, AT&T-LED GROUP: \"URGENT\"\nMOODY'S."),
            vec![
                vec!["texaco's", "u.s.", "unit"],
                vec!["at&t", "led", "group"],
                vec!["urgent"],
                vec!["moody's"]
            ]
        );
        assert_eq!(key_of("Winston-Salem"), "winston salem");
    }

    #[test]
    fn an_article_in_capitals_is_told_from_one_with_a_headline_in_capitals() {
        assert!(is_in_capitals(&article("TEXACO GETS RESTRAINING ORDER", "")));
        assert!(is_in_capitals(&article("URGENT", "PENNZOIL SAYS IT WILL APPEAL.\nReuter")));
        assert!(!is_in_capitals(&article(
            "TEXACO GETS RESTRAINING ORDER",
            "Texaco Inc said on Tuesday it got it."
        )));
        assert!(!is_in_capitals(&article("US", "")));
        let mut german = article("BUNDESBANK SENKT ZINSEN", "");
        german.language = Some("de");
        assert!(!is_in_capitals(&german));
    }

    #[test]
    fn trusted_names_are_found_longest_first() {
        let known = known(&[
            (Kind::Org, "Texaco", 5),
            (Kind::Org, "Pennzoil", 3),
            (Kind::Org, "New York Times", 2),
            (Kind::Person, "James Baker", 4),
            (Kind::Org, "Moody's", 3),
        ]);
        let matcher = Matcher::with_known(&[&known], no_words);
        assert_eq!(
            matcher.find("TEXACO GETS ORDER FROM TEXAS COURT AGAINST PENNZOIL"),
            vec![(Kind::Org, "Texaco"), (Kind::Place, "Texas"), (Kind::Org, "Pennzoil")]
        );
        assert_eq!(
            matcher.find("NEW YORK TIMES SAYS JAMES BAKER MET TEXACO'S CHIEF IN NEW YORK"),
            vec![
                (Kind::Org, "New York Times"),
                (Kind::Person, "James Baker"),
                (Kind::Org, "Texaco"),
                (Kind::Place, "New York")
            ]
        );
        assert_eq!(
            matcher.find("MOODY'S DOWNGRADES TEXACO'S DEBT"),
            vec![(Kind::Org, "Moody's"), (Kind::Org, "Texaco")]
        );
    }

    #[test]
    fn common_words_and_names_seen_once_are_not_names() {
        let known = known(&[
            (Kind::Org, "Bank", 40),
            (Kind::Place, "US", 90),
            (Kind::Org, "AT", 3),
            (Kind::Org, "New", 3),
            (Kind::Org, "Zorbatex", 1),
            (Kind::Org, "the Bank", 9),
            (Kind::Org, "Royal Court", 4),
            (Kind::Org, "Central Bank", 6),
        ]);
        let matcher = Matcher::with_known(&[&known], no_words);
        assert_eq!(matcher.find("US BANK AT NEW HIGH AS ZORBATEX GAINS; ROYAL COURT SILENT"), vec![]);
        assert_eq!(matcher.find("CENTRAL BANK RAISES RATES"), vec![(Kind::Org, "Central Bank")]);
        // "U.S." with its dots is no word: the lexicon's United States.
        assert_eq!(matcher.find("U.S. RATES"), vec![(Kind::Place, "United States")]);
    }

    #[test]
    fn counts_add_up_across_the_index_and_the_ingest() {
        let (index, ingest) = (known(&[(Kind::Org, "Pennzoil", 1)]), known(&[(Kind::Org, "Pennzoil", 1)]));
        assert!(Matcher::with_known(&[&index], no_words).find("PENNZOIL").is_empty());
        assert_eq!(
            Matcher::with_known(&[&index, &ingest], no_words).find("PENNZOIL"),
            vec![(Kind::Org, "Pennzoil")]
        );
    }

    #[test]
    fn a_name_is_written_as_most_articles_write_it() {
        let known = known(&[(Kind::Org, "AMEX", 2), (Kind::Org, "Amex", 33), (Kind::Org, "AmEx", 2)]);
        assert_eq!(Matcher::with_known(&[&known], no_words).find("AMEX UP"), vec![(Kind::Org, "Amex")]);
    }

    #[test]
    fn the_kind_most_found_wins() {
        let known = known(&[(Kind::Person, "Zorbatex", 2), (Kind::Org, "Zorbatex", 7)]);
        assert_eq!(
            Matcher::with_known(&[&known], no_words).find("ZORBATEX UP"),
            vec![(Kind::Org, "Zorbatex")]
        );
    }

    #[test]
    fn names_found_are_added_to_an_article_in_capitals_only() {
        let known = known(&[(Kind::Org, "Texaco", 5), (Kind::Person, "James Baker", 2)]);
        let matcher = Matcher::with_known(&[&known], no_words);
        let mut found = Entities { places: vec!["Texas".into()], ..Entities::default() };
        add_names_in_capitals(&matcher, &article("JAMES BAKER, TEXACO IN TEXAS", ""), &mut found);
        assert_eq!(found.people, ["James Baker"]);
        assert_eq!(found.person_aliases, [Vec::<String>::new()]);
        assert_eq!(found.organizations, ["Texaco"]);
        assert_eq!(found.places, ["Texas"]);
        let mut mixed = Entities::default();
        add_names_in_capitals(&matcher, &article("TEXACO IN TEXAS", "Texaco said so."), &mut mixed);
        assert_eq!(mixed, Entities::default());
    }

    #[test]
    fn a_headline_alone_is_matched_by_its_capitalized_words() {
        let known = known(&[(Kind::Person, "Satoshi Sumita", 20), (Kind::Org, "Central Bank", 9)]);
        let words = |w: &str| if w == "sumita" { (40, 20) } else { (0, 0) };
        let matcher = Matcher::with_known(&[&known], words);
        let mut found = Entities::default();
        let flash = article("Sumita says little room for the central bank to ease policy", "");
        assert!(is_headline_only(&flash) && !is_in_capitals(&flash));
        add_names_in_capitals(&matcher, &flash, &mut found);
        assert_eq!(found.people, ["Sumita"]);
        assert!(found.organizations.is_empty(), "{found:?}");
        // A story with its text is the tagger's alone.
        let mut story = Entities::default();
        add_names_in_capitals(&matcher, &article("Sumita says so", "Sumita said so today."), &mut story);
        assert_eq!(story, Entities::default());
    }

    #[test]
    fn the_fed_is_read_in_a_flash_about_money_only() {
        let matcher = Matcher::lexicon();
        let mut found = Entities::default();
        add_names_in_capitals(
            matcher,
            &article("FED SAYS IT SETS TWO BILLION DLR CUSTOMER REPURCHASE", ""),
            &mut found,
        );
        assert_eq!(found.organizations, ["Federal Reserve"]);
        for title in ["FARMERS FED UP WITH DROUGHT", "Ministers fed two billion dlrs to farmers"] {
            let mut none = Entities::default();
            add_names_in_capitals(matcher, &article(title, ""), &mut none);
            assert!(none.organizations.is_empty(), "{title}: {none:?}");
        }
    }

    #[test]
    fn the_lexicon_alone_reads_places_and_known_organizations() {
        let found = Matcher::lexicon().find("UNITED NATIONS MEETS IN TOKYO; MOBILE BANK AT NEW HIGH");
        assert_eq!(found, vec![(Kind::Org, "United Nations"), (Kind::Place, "Tokyo")]);
    }
}
