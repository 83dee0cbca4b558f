//! The word lists the entity rules consult: titles, organization words, function words,
//! and the gazetteers built from public data (`data/gazetteer/`, see its NOTICE.md).
//!
//! Lookups fold case and accents (`Renée` finds `renee`), so lists stay plain ASCII.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;

/// The key under which two writings of a name are one in the name lists and their
/// filters: [`fold`]ed, without the dots of abbreviations ("U.S. Treasury" and "US
/// Treasury", "St. Paul" and "St Paul"), with British and American spellings one, as in
/// the index ("Defence Ministry" and "Defense Ministry", "World Trade Centre" and "World
/// Trade Center", "Organisation" and "Organization"), and without a final `'s`, which a
/// company keeps in the articles that show it is its own ("Moody's said") and loses in
/// the others ("rated by Moody's" reads as a possessive).
pub fn name_key(s: &str) -> String {
    let key = fold(s).replace('.', "").replace("isation", "ization");
    let key = if key
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| crate::index::spellings::common(w).is_some())
    {
        key.split(' ')
            .map(|word| {
                // A word's own punctuation (a final comma, "Defence's") stays where it is.
                let end = word.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(word.len());
                match crate::index::spellings::common(&word[..end]) {
                    Some(american) => format!("{american}{}", &word[end..]),
                    None => word.to_string(),
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        key
    };
    without_final_s(&key).to_string()
}

/// A name without the `'s` that ends it ("Moody's" → "Moody"), when something is left
/// before it; else the name as it is.
pub fn without_final_s(name: &str) -> &str {
    ["'s", "’s", "'S"]
        .iter()
        .find_map(|s| name.strip_suffix(s))
        .filter(|stem| stem.ends_with(|c: char| c.is_alphanumeric()))
        .unwrap_or(name)
}

/// Lower case with accents removed: `Renée` → `renee`, `Ødegaard` → `odegaard`.
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(|c| match c {
            'ø' | 'Ø' => vec!['o'],
            'ł' | 'Ł' => vec!['l'],
            'đ' | 'Đ' => vec!['d'],
            'ß' => vec!['s', 's'],
            'æ' | 'Æ' => vec!['a', 'e'],
            'ı' => vec!['i'],
            '’' => vec!['\''],
            other => other.to_lowercase().collect(),
        })
        .collect()
}

/// Titles and honorifics that come before a person's name, folded, longest first where
/// one is a prefix of another. Multi-word titles are matched as word sequences.
pub const TITLES: &[&str] = &[
    "vice president",
    "president",
    "president-elect",
    "prime minister",
    "deputy prime minister",
    "chancellor",
    "senator",
    "sen.",
    "sen",
    "rep.",
    "representative",
    "congressman",
    "congresswoman",
    "governor",
    "gov.",
    "gov",
    "lieutenant governor",
    "mayor",
    "deputy mayor",
    "chief",
    "police chief",
    "fire chief",
    "battalion chief",
    "minister",
    "foreign minister",
    "finance minister",
    "secretary",
    "secretary of state",
    "treasurer",
    "attorney general",
    "judge",
    "justice",
    "chief justice",
    "commissioner",
    "sheriff",
    "councilmember",
    "council member",
    "councillor",
    "councilman",
    "councilwoman",
    "alderman",
    "ambassador",
    "general",
    "gen.",
    "colonel",
    "col.",
    "captain",
    "capt.",
    "lieutenant",
    "lt.",
    "sergeant",
    "sgt.",
    "officer",
    "detective",
    "professor",
    "prof",
    "prof.",
    "dr",
    "dr.",
    "doctor",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "miss",
    "sir",
    "dame",
    "lord",
    "lady",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "rev.",
    "reverend",
    "bishop",
    "archbishop",
    "rabbi",
    "imam",
    "coach",
    "chairman",
    "chairwoman",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "superintendent",
    "speaker",
    "premier",
    "pastor",
    "dean",
    "ceo",
    "chief executive",
    "president and ceo",
    "founder",
    "head coach",
    "manager",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "quarterback",
    "chef",
    "nurse",
    "inspector",
    "supt.",
    "det.",
    "insp.",
    "hon.",
    "fr.",
    "adm.",
    "admiral",
    "commander",
    "cmdr.",
    "marshal",
    "president emeritus",
    "leader",
    "opposition leader",
];

/// Words that, ending a name, make it an organization (`Border Patrol`, `Target Center`).
pub const ORG_SUFFIXES: &[&str] = &[
    "department",
    "agency",
    "police",
    "patrol",
    "enforcement",
    "inc",
    "inc.",
    "corp",
    "corp.",
    "corporation",
    "co.",
    "company",
    "companies",
    "ltd",
    "ltd.",
    "llc",
    "plc",
    "ag",
    "gmbh",
    "sa",
    "party",
    "university",
    "institute",
    "council",
    "commission",
    "bank",
    "group",
    "association",
    "ministry",
    "committee",
    "court",
    "congress",
    "union",
    "board",
    "office",
    "service",
    "services",
    "foundation",
    "center",
    "centre",
    "club",
    "airlines",
    "airways",
    "motors",
    "times",
    "post",
    "news",
    "network",
    "fund",
    "authority",
    "administration",
    "bureau",
    "senate",
    "parliament",
    "assembly",
    "federation",
    "league",
    "school",
    "college",
    "academy",
    "hospital",
    "clinic",
    "church",
    "army",
    "navy",
    "guard",
    "forces",
    "force",
    "fc",
    "society",
    "trust",
    "cooperative",
    "co-op",
    "coalition",
    "alliance",
    "partners",
    "holdings",
    "industries",
    "systems",
    "technologies",
    "labs",
    "analytics",
    "media",
    "studios",
    "records",
    "press",
    "exchange",
    "reserve",
    "organization",
    "organisation",
    "museum",
    "library",
    "transit",
    "railways",
    "railway",
    "brigade",
    "cabinet",
    "government",
    "team",
    "orchestra",
    "theatre",
    "theater",
    "hotel",
    "airport",
    "stadium",
    "arena",
    "unit",
    "division",
    "tribunal",
    "secretariat",
    "network",
    "agencies",
    "institution",
    "collective",
    "bancorp",
    "capital",
];

/// Words that head an organization name before "of" (`University of Minnesota`).
pub const ORG_HEADS: &[&str] = &[
    "university",
    "department",
    "ministry",
    "bank",
    "institute",
    "museum",
    "board",
    "college",
    "school",
    "church",
    "council",
    "chamber",
    "court",
    "house",
    "office",
    "bureau",
    "league",
    "federation",
    "association",
    "society",
    "academy",
    "commission",
    "committee",
    "federal",
    "city",
    "state",
    "port",
    "national",
    "royal",
    "central",
    "division",
    "secretary",
];

/// Organizations known by name, with their aliases; the first spelling is canonical.
pub const KNOWN_ORGS: &[&[&str]] = &[
    &["White House"],
    &["United Nations", "UN", "U.N."],
    &["European Union", "EU", "E.U."],
    &["NATO", "Nato"],
    &["FBI", "Federal Bureau of Investigation"],
    &["CIA", "Central Intelligence Agency"],
    &["NASA"],
    &["Pentagon"],
    &["Kremlin"],
    &["BBC"],
    // "Reuter" is the wire's older name, as its 1980s copy signs and cites itself ("told
    // Reuter", "a Reuter survey").
    &["Reuters", "Reuter"],
    &["Associated Press", "AP"],
    // China's news agency, which the 1980s wire calls by its name in English.
    &["Xinhua", "Xinhua News Agency", "New China News Agency"],
    &["World Health Organization", "WHO"],
    &["International Monetary Fund", "IMF"],
    // (Its acronym is no initials: "International Cocoa Organization (ICCO)".)
    &["International Cocoa Organization", "ICCO", "International Cocoa Organisation"],
    &["World Bank"],
    &["Google"],
    &["Microsoft"],
    &["Facebook"],
    &["Twitter"],
    &["Instagram"],
    &["WhatsApp"],
    &["YouTube"],
    &["Netflix"],
    &["Snapchat"],
    &["TikTok"],
    &["OpenAI"],
    &["Congress"],
    &["Senate"],
    &["Supreme Court"],
    &["Old Bailey"],
    &["Labour", "Labour Party"],
    &["Conservative Party", "Conservatives", "Tories", "Tory Party", "Tory party"],
    &[
        "OPEC",
        "Opec",
        "Organization of Petroleum Exporting Countries",
        "Organisation of Petroleum Exporting Countries",
    ],
    &["Liberal Democrats", "Lib Dems", "Lib Dem", "Liberal Democrat"],
    // The US parties, by their members as news names them ("Republicans in Congress",
    // "the GOP"). A word before them names another party ("Liberal Democrats", "Social
    // Democrats"), which the filters keep apart.
    &["Democratic Party", "Democrats", "Democratic party"],
    &["Republican Party", "Republicans", "GOP", "Republican party"],
    &["Downing Street"],
    &["Wall Street"],
    &["Federal Reserve", "Fed", "Federal Reserve Board"],
    &["Securities and Exchange Commission", "SEC"],
    &["US Immigration and Customs Enforcement", "Immigration and Customs Enforcement", "ICE"],
    &["Department of Homeland Security", "DHS", "Homeland Security"],
    // Names of firms, groups and unions the tagger reads as people or places: a firm
    // named after its founders ("Kohlberg Kravis Roberts", "Robert Bosch"), a name with
    // a lower-case particle it stops at ("Banco do Brasil"), a group named in the plural
    // ("the Contras"), a union or charity of common words ("Unison", "Age Concern").
    &["Banco do Brasil"],
    &["Jornal do Brasil"],
    &["Shining Path", "Sendero Luminoso"],
    &["Sandinistas", "Sandinista National Liberation Front"],
    &["Contras"],
    &["Kohlberg Kravis Roberts", "Kohlberg Kravis", "KKR"],
    &["Amerada Hess"],
    &["Yukos"],
    // State oil and gas firms, which the wire writes alone after a cue the tagger does not
    // read ("gas monopoly Gazprom", "sold to Pertamina") and so took for places.
    &["Gazprom"],
    &["Pertamina"],
    &["Petrobras", "Petroleo Brasileiro"],
    &["Pemex", "Petroleos Mexicanos"],
    &["Sonatrach"],
    &["Rosneft"],
    &["Aramco", "Saudi Aramco"],
    &["Manchester United", "Man Utd", "Man United"],
    // A club by its nickname, which sports writing uses as its name ("the Gunners").
    &["Arsenal", "Gunners"],
    &["Unison"],
    &["Age Concern"],
    &["Hoffmann-La Roche", "Hoffmann-LaRoche"],
    &["Aston Martin"],
    &["Robert Bosch"],
];

/// Days of the week, then the months ([`is_month`] reads them from the eighth), written
/// out. Folded.
const DAYS_AND_MONTHS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Whether a folded word is a day of the week or a month, written out.
pub fn is_day_or_month(folded: &str) -> bool {
    DAYS_AND_MONTHS.contains(&folded)
}

/// Months as wires shorten them ("Jan", "Sept"), folded, without the period.
pub const MONTHS_SHORT: &[&str] =
    &["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

/// Whether a folded word is a month, written out or shortened ("march", "oct", "sept.").
pub fn is_month(folded: &str) -> bool {
    DAYS_AND_MONTHS[7..].contains(&folded) || MONTHS_SHORT.contains(&folded.trim_end_matches('.'))
}

/// Capitalized words that are never names and may be dropped from the front of a run:
/// function words, pronouns, days, months and sentence openers. Folded.
pub fn function_words() -> impl Iterator<Item = &'static str> {
    FUNCTION_WORDS.iter().chain(DAYS_AND_MONTHS).copied()
}

/// [`function_words`] but the days and months.
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "if",
    "so",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "into",
    "of",
    "off",
    "on",
    "onto",
    "to",
    "up",
    "with",
    "without",
    "about",
    "after",
    "before",
    "over",
    "under",
    "he",
    "she",
    "it",
    "they",
    "we",
    "you",
    "i",
    "his",
    "her",
    "its",
    "their",
    "our",
    "your",
    "my",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "what",
    "when",
    "where",
    "why",
    "who",
    "how",
    "which",
    "while",
    "then",
    "than",
    "also",
    "not",
    "no",
    "yes",
    "all",
    "some",
    "many",
    "most",
    "more",
    "much",
    "few",
    "each",
    "every",
    "any",
    "both",
    "other",
    "another",
    "several",
    "either",
    "neither",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "please",
    "watch",
    "video",
    "warning",
    "read",
    "more",
    "update",
    "updated",
    "breaking",
    "live",
    "photo",
    "image",
    "images",
    "click",
    "share",
    "follow",
    "subscribe",
    "advertisement",
    "related",
    "meanwhile",
    "however",
    "although",
    "though",
    "because",
    "since",
    "until",
    "despite",
    "during",
    "among",
    "between",
    "through",
    "against",
    "across",
    "around",
    "near",
    "now",
    "still",
    "just",
    "even",
    "only",
    "last",
    "next",
    "first",
    "second",
    "third",
    "one",
    "two",
    "three",
    "four",
    "five",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "can",
    "could",
    "should",
    "must",
    "shall",
    "might",
    "let",
    "said",
    "says",
    "according",
    "earlier",
    "later",
    "once",
    "again",
    "never",
    "always",
    "often",
    "sometimes",
    "perhaps",
    "maybe",
    "indeed",
    "instead",
    "overall",
    "together",
    "nearly",
    "almost",
    "about",
    "above",
    "below",
    "inside",
    "outside",
    "within",
    "upon",
    "like",
    "unlike",
    "via",
    "per",
    "de facto",
    "ok",
    "okay",
    "oh",
    "hey",
    "thanks",
    "thank",
    "hello",
    "dear",
    "sorry",
];

/// Words that open a sentence and are capitalized there, which the tagger's list of
/// function words lacks ("Besides Reagan, no one came"): never the start of a name. Kept
/// apart from [`function_words`], which are the tagger's features. Folded.
const SENTENCE_OPENERS: &[&str] = &[
    "besides",
    "whether",
    "unless",
    "yet",
    "moreover",
    "furthermore",
    "nevertheless",
    "nonetheless",
    "otherwise",
    "including",
    "except",
    "following",
    "amid",
    "behind",
    "beyond",
];

/// Whether a folded word opens sentences and never a name ([`SENTENCE_OPENERS`]).
pub fn is_sentence_opener(folded: &str) -> bool {
    SENTENCE_OPENERS.contains(&folded)
}

/// Parties and their members' labels, written before a politician's full name ("Tory
/// Liam Fox", "Lib Dem Norman Baker"). Folded.
const PARTY_WORDS: &[&str] = &[
    "tory",
    "tories",
    "labour",
    "lib",
    "dem",
    "dems",
    "liberal",
    "conservative",
    "democrat",
    "socialist",
    "communist",
    "green",
    "snp",
    "ukip",
    "gop",
    "unionist",
    "nationalist",
];

/// Whether a folded word is a party's label ([`PARTY_WORDS`]).
pub fn is_party_word(folded: &str) -> bool {
    PARTY_WORDS.contains(&folded)
}

/// Capitalized words that are not names by themselves but may start one
/// (`Democratic Party`, `Federal Reserve`, `North Korea`). Folded.
pub const NAME_MODIFIERS: &[&str] = &[
    "new",
    "tv",
    "ceo",
    "gdp",
    "pm",
    "am",
    "covid",
    "covid-19",
    "internet",
    "web",
    "online",
    "email",
    "democratic",
    "republican",
    "democrats",
    "republicans",
    "former",
    "acting",
    "interim",
    "deputy",
    "senior",
    "junior",
    "american",
    "americans",
    "british",
    "welsh",
    "scottish",
    "irish",
    "european",
    "african",
    "asian",
    "federal",
    "national",
    "international",
    "global",
    "local",
    "state",
    "city",
    "county",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "residents",
    "officials",
    "police",
    "organisers",
    "organizers",
    "participants",
    "thousands",
    "hundreds",
    "millions",
];

fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

static FIRST_NAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| lines(include_str!("../../data/gazetteer/first_names.txt")).collect());

static LAST_NAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| lines(include_str!("../../data/gazetteer/last_names.txt")).collect());

static DEMONYMS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    lines(include_str!("../../data/gazetteer/demonyms.txt"))
        .chain(NATIONALITY_NOUNS.iter().copied())
        .collect()
});

/// Nouns of nationality that `demonyms.txt` (adjectives and the nouns alike to them)
/// lacks, which news writes before a name as it does a title ("Spaniard Guillermo
/// Garcia-Lopez", "Frenchman Gael Monfils"). Not those that are names too ("Dane",
/// "Finn", "Pole", "Scot", "Turk").
const NATIONALITY_NOUNS: &[&str] = &[
    "spaniard",
    "spaniards",
    "swede",
    "frenchman",
    "frenchwoman",
    "englishman",
    "englishwoman",
    "dutchman",
    "dutchwoman",
    "irishman",
    "irishwoman",
    "scotsman",
    "scotswoman",
    "welshman",
    "welshwoman",
];

/// A place in the gazetteer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// `country`, `state` or `city`.
    pub kind: &'static str,
    /// The name to store and show (`US` → `United States`).
    pub canonical: &'static str,
}

static PLACES: LazyLock<HashMap<String, Place>> = LazyLock::new(|| {
    lines(include_str!("../../data/gazetteer/places.tsv"))
        .filter_map(|line| {
            let mut cols = line.split('\t');
            let name = cols.next()?;
            let kind = cols.next()?;
            let canonical = cols.next().unwrap_or(name);
            Some((fold(name), Place { kind, canonical }))
        })
        .collect()
});

/// Folded alias → (canonical name, the alias as written).
static ORGS: LazyLock<HashMap<String, (&'static str, &'static str)>> = LazyLock::new(|| {
    KNOWN_ORGS
        .iter()
        .flat_map(|names| names.iter().map(move |alias| (fold(alias), (names[0], *alias))))
        .collect()
});

static FUNCTION_WORD_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| function_words().collect());

static NOT_NAME_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| function_words().chain(NAME_MODIFIERS.iter().copied()).collect());

/// Every first name of the gazetteer (folded).
pub fn first_names() -> impl Iterator<Item = &'static str> {
    FIRST_NAMES.iter().copied()
}

/// Every surname of the gazetteer (folded).
pub fn last_names() -> impl Iterator<Item = &'static str> {
    LAST_NAMES.iter().copied()
}

/// Every place of the gazetteer, by folded name.
pub fn places() -> impl Iterator<Item = (&'static str, Place)> {
    PLACES.iter().map(|(k, v)| (k.as_str(), *v))
}

/// Every known organization name and alias, folded.
pub fn known_org_names() -> impl Iterator<Item = &'static str> {
    ORGS.keys().map(String::as_str)
}

/// Is this (folded) word a common first name?
pub fn is_first_name(folded: &str) -> bool {
    FIRST_NAMES.contains(folded)
}

/// Is this (folded) word a common surname?
pub fn is_last_name(folded: &str) -> bool {
    LAST_NAMES.contains(folded)
}

/// Is this (folded) word or phrase a nationality ("american", "south korean"), and not
/// also a given name ("roman", "german")?
pub fn is_demonym(folded: &str) -> bool {
    is_demonym_or_name(folded) && !is_first_name(folded)
}

/// Is this (folded) word or phrase a nationality, even one that is also a given name
/// ("german" before "Bundesbank")?
pub fn is_demonym_or_name(folded: &str) -> bool {
    DEMONYMS.contains(folded)
}

/// Places GeoNames does not list under these names, looked up after the gazetteer and not
/// part of its features (the model was trained without them): folded name, kind and
/// canonical name. Countries that no longer exist, which news archives name often
/// (Reuters-21578, from 1987, has the Soviet Union in 1,000 articles), an old spelling
/// of a capital that GeoNames lacks (Peking, in 141 of its articles), Canada's provinces
/// (GeoNames' list here has the US states only), Australia's states, the Brazilian states
/// and Argentine provinces of the grain and coffee reports (and Rosario, their port), and the wires'
/// abbreviations of US states ("Calif.", "N.J."; those that are also words, names or
/// titles, such as "Miss.", "Ind.", "Wash.", "Kan." or "Ark.", are left out).
const EXTRA_PLACES: &[(&str, &str, &str)] = &[
    ("soviet union", "country", "Soviet Union"),
    ("ussr", "country", "Soviet Union"),
    ("u.s.s.r.", "country", "Soviet Union"),
    ("yugoslavia", "country", "Yugoslavia"),
    ("czechoslovakia", "country", "Czechoslovakia"),
    ("east germany", "country", "East Germany"),
    ("west germany", "country", "West Germany"),
    ("zaire", "country", "Zaire"),
    ("peking", "city", "Beijing"),
    ("alberta", "state", "Alberta"),
    ("british columbia", "state", "British Columbia"),
    ("manitoba", "state", "Manitoba"),
    ("new brunswick", "state", "New Brunswick"),
    ("newfoundland", "state", "Newfoundland"),
    ("nova scotia", "state", "Nova Scotia"),
    ("prince edward island", "state", "Prince Edward Island"),
    ("saskatchewan", "state", "Saskatchewan"),
    ("new south wales", "state", "New South Wales"),
    ("queensland", "state", "Queensland"),
    ("western australia", "state", "Western Australia"),
    ("south australia", "state", "South Australia"),
    ("tasmania", "state", "Tasmania"),
    ("northern territory", "state", "Northern Territory"),
    ("rio grande do sul", "state", "Rio Grande do Sul"),
    ("rio grande do norte", "state", "Rio Grande do Norte"),
    ("mato grosso do sul", "state", "Mato Grosso do Sul"),
    ("mato grosso", "state", "Mato Grosso"),
    ("minas gerais", "state", "Minas Gerais"),
    ("espirito santo", "state", "Espírito Santo"),
    ("bahia", "state", "Bahia"),
    ("goias", "state", "Goiás"),
    ("pernambuco", "state", "Pernambuco"),
    ("la pampa", "state", "La Pampa"),
    ("entre rios", "state", "Entre Ríos"),
    ("rosario", "city", "Rosario"),
    ("u.s", "country", "United States"),
    ("ala", "state", "Alabama"),
    ("ariz", "state", "Arizona"),
    ("calif", "state", "California"),
    ("colo", "state", "Colorado"),
    ("conn", "state", "Connecticut"),
    ("fla", "state", "Florida"),
    ("ill", "state", "Illinois"),
    ("mass", "state", "Massachusetts"),
    ("mich", "state", "Michigan"),
    ("minn", "state", "Minnesota"),
    ("neb", "state", "Nebraska"),
    ("nev", "state", "Nevada"),
    ("okla", "state", "Oklahoma"),
    ("tenn", "state", "Tennessee"),
    ("tex", "state", "Texas"),
    ("wis", "state", "Wisconsin"),
    ("wyo", "state", "Wyoming"),
    ("n.y.", "state", "New York"),
    ("n.j.", "state", "New Jersey"),
    ("n.h.", "state", "New Hampshire"),
    ("n.m.", "state", "New Mexico"),
    ("n.c.", "state", "North Carolina"),
    ("n.d.", "state", "North Dakota"),
    ("s.c.", "state", "South Carolina"),
    ("s.d.", "state", "South Dakota"),
    ("r.i.", "state", "Rhode Island"),
];

/// The wires' abbreviations of US states and Canadian provinces that are also words,
/// names or titles ("Pa.", "Wash.", "Ore.", "Miss."), left out of [`EXTRA_PLACES`]: they
/// name the state only right after a place and a comma ("PORTLAND, Ore."). Folded,
/// without the final period, and the state's name.
const STATES_AFTER_A_PLACE: &[(&str, &str)] = &[
    ("ark", "Arkansas"),
    ("del", "Delaware"),
    ("ga", "Georgia"),
    ("ind", "Indiana"),
    ("kan", "Kansas"),
    ("kans", "Kansas"),
    ("ky", "Kentucky"),
    ("la", "Louisiana"),
    ("md", "Maryland"),
    ("me", "Maine"),
    ("miss", "Mississippi"),
    ("mo", "Missouri"),
    ("mont", "Montana"),
    ("ore", "Oregon"),
    ("pa", "Pennsylvania"),
    ("va", "Virginia"),
    ("vt", "Vermont"),
    ("wash", "Washington"),
    ("w.va", "West Virginia"),
    ("alta", "Alberta"),
    ("b.c", "British Columbia"),
    ("man", "Manitoba"),
    ("n.b", "New Brunswick"),
    ("n.s", "Nova Scotia"),
    ("nfld", "Newfoundland"),
    ("ont", "Ontario"),
    ("que", "Quebec"),
    ("sask", "Saskatchewan"),
];

/// The state or province a wire abbreviation names when it follows a place and a comma
/// ("Pa." in "PITTSBURGH, Pa."), by its canonical name: any of [`EXTRA_PLACES`]' and
/// [`STATES_AFTER_A_PLACE`]'.
pub fn state_after_a_place(abbreviation: &str) -> Option<&'static str> {
    let folded = fold(abbreviation.trim_end_matches('.'));
    if let Some(p) = place_folded(&folded).or_else(|| place_folded(&format!("{folded}."))) {
        return (p.kind == "state").then_some(p.canonical);
    }
    let &(_, name) = STATES_AFTER_A_PLACE.iter().find(|(short, _)| *short == folded)?;
    Some(place(name).map_or(name, |p| p.canonical))
}

static EXTRA_PLACE_MAP: LazyLock<HashMap<&'static str, Place>> = LazyLock::new(|| {
    let ports = super::countries::PORTS.iter().map(|&(name, canonical, _)| (name, "city", canonical));
    EXTRA_PLACES
        .iter()
        .copied()
        .chain(ports)
        .map(|(name, kind, canonical)| (name, Place { kind, canonical }))
        .collect()
});

/// The place a name denotes, if the gazetteer knows it.
pub fn place(name: &str) -> Option<Place> {
    let folded = fold(name);
    // "St Paul" as British style writes it: the gazetteer has "St. Paul" and "Saint Paul".
    // (Not in `place_folded`, which gives the tagger its features as it was trained.)
    place_folded(&folded).or_else(|| {
        let (saint, rest) = folded.split_once(' ')?;
        let long = match saint {
            "st" => "saint",
            "ste" => "sainte",
            _ => return None,
        };
        place_folded(&format!("{saint}. {rest}")).or_else(|| place_folded(&format!("{long} {rest}")))
    })
}

/// The place a folded name denotes (`fold` already applied), without folding again.
pub fn place_folded(folded: &str) -> Option<Place> {
    PLACES.get(folded).or_else(|| EXTRA_PLACE_MAP.get(folded)).copied()
}

/// Is this folded phrase a known organization or one of its aliases? (Case is not checked.)
pub fn is_known_org_folded(folded: &str) -> bool {
    ORGS.contains_key(folded)
}

static TITLE_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| TITLES.iter().copied().collect());

static ORG_SUFFIX_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| ORG_SUFFIXES.iter().copied().collect());

/// Ranks and occupations written before a name as titles are ("Sheikh Yamani", "actress
/// Elizabeth Hurley", "economist Jane Doe"), left out of a person's name like
/// [`TITLES`]. Apart from them because the tagger's model was trained on features of
/// [`TITLES`] alone, and because an organization before an occupation is one ("BBC
/// presenter"), unlike a portfolio before an office ("Energy Secretary").
const OCCUPATIONS: &[&str] = &[
    // Members of parliaments, as British and European news write them ("Lib Dem MP
    // Lembit Opik", "Labour MEP Glenys Kinnock").
    "mp",
    "mep",
    "msp",
    // Rank and nobility.
    "baron",
    "baroness",
    "duke",
    "duchess",
    "earl",
    "sheikh",
    "sheik",
    "ayatollah",
    "emir",
    "sultan",
    // Occupations written before a name, as titles are ("actress Elizabeth Hurley",
    // "rapper Eminem", "economist Jane Doe").
    "actor",
    "actress",
    "singer",
    "rapper",
    "producer",
    "comedian",
    "novelist",
    "author",
    "presenter",
    "broadcaster",
    "journalist",
    "photographer",
    "economist",
    "analyst",
    "lawyer",
    "attorney",
    // A headline word for whoever runs a firm or a team ("Worldcom boss Bernie Ebbers").
    "boss",
];

/// Is this folded word or phrase left out before a person's name: a title ([`TITLES`]) or
/// a rank or occupation ([`OCCUPATIONS`])?
pub fn is_title_before_name(folded: &str) -> bool {
    is_title(folded) || OCCUPATIONS.contains(&folded)
}

/// Is this folded word or phrase a title or honorific (`mayor`, `vice president`, `mr.`)?
pub fn is_title(folded: &str) -> bool {
    TITLE_SET.contains(folded)
}

/// Common English diminutives of given names and the names they stand for (folded),
/// `(short, full)`: `data/ner/given_name_diminutives.txt`.
static DIMINUTIVES: LazyLock<HashSet<(&'static str, &'static str)>> = LazyLock::new(|| {
    lines(include_str!("../../data/ner/given_name_diminutives.txt"))
        .filter_map(|line| line.split_once(' ').map(|(short, full)| (short.trim(), full.trim())))
        .collect()
});

/// Whether one of two folded given names is a common diminutive of the other (`bob` and
/// `robert`, `liz` and `elizabeth`), as the list `data/ner/given_name_diminutives.txt`
/// has them; not a name and itself.
pub fn is_diminutive_of(a: &str, b: &str) -> bool {
    DIMINUTIVES.contains(&(a, b)) || DIMINUTIVES.contains(&(b, a))
}

static DIMINUTIVE_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| DIMINUTIVES.iter().flat_map(|&(short, full)| [short, full]).collect());

/// Whether a folded word is a given name of the list of diminutives, short or full
/// ("bill", "will"): a given name though first_names.txt lacks it.
pub fn is_diminutive(folded: &str) -> bool {
    DIMINUTIVE_SET.contains(folded)
}

/// Given names as papers of the 19th and early 20th century shorten them, folded without
/// their period, with the name each stands for: "Wm. Thompson" is William Thompson.
const OLD_GIVEN_NAMES: &[(&str, &str)] = &[
    ("wm", "william"),
    ("chas", "charles"),
    ("geo", "george"),
    ("jas", "james"),
    ("thos", "thomas"),
    ("jno", "john"),
    ("robt", "robert"),
    ("benj", "benjamin"),
    ("saml", "samuel"),
    ("edw", "edward"),
    ("edwd", "edward"),
    ("richd", "richard"),
    ("danl", "daniel"),
    ("alex", "alexander"),
    ("jos", "joseph"),
    ("fredk", "frederick"),
    ("nathl", "nathaniel"),
    ("margt", "margaret"),
    ("eliz", "elizabeth"),
];

/// The given name an old abbreviation of one stands for: `Wm.` (or `Wm`, which is no
/// word of its own) → "william", `Chas.` → "charles". The abbreviations that are also
/// words or names without their period ("Geo", "Alex", "Jos") count only with it.
pub fn old_given_name(word: &str) -> Option<&'static str> {
    const WITHOUT_PERIOD: &[&str] = &["wm", "chas", "thos", "jno", "robt", "saml", "richd", "danl", "fredk"];
    // Written as a name: a capital, then lower case ("Wm.", not "WM" or "wm").
    let mut chars = word.trim_end_matches('.').chars();
    if !chars.next().is_some_and(char::is_uppercase) || !chars.all(char::is_lowercase) {
        return None;
    }
    let folded = fold(word);
    let (stem, period) = match folded.strip_suffix('.') {
        Some(stem) => (stem, true),
        None => (folded.as_str(), false),
    };
    OLD_GIVEN_NAMES
        .iter()
        .find(|(short, _)| *short == stem && (period || WITHOUT_PERIOD.contains(short)))
        .map(|&(_, full)| full)
}

/// Can two folded given names name the same person: equal, a nickname of the other
/// (`bill`/`william`), or one a prefix of the other of at least three letters
/// (`chris`/`christopher`)?
pub fn same_given_name(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // "Wm." is William, "Chas." Charles.
    let expand =
        |n: &str| OLD_GIVEN_NAMES.iter().find(|(short, _)| *short == n.trim_end_matches('.')).map(|f| f.1);
    match (expand(a), expand(b)) {
        (None, None) => {}
        (x, y) => return x.unwrap_or(a) == y.unwrap_or(b) || same_given_name(x.unwrap_or(a), y.unwrap_or(b)),
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    (short.len() >= 3 && !short.ends_with('.') && long.starts_with(short)) || is_diminutive_of(a, b)
}

/// The middle names of a person's name, its words between the first and the last, folded
/// and as they compare across writings: without a final period ("R." is "r"), and initials
/// run together one by one ("H.W.", "H. W." and "HW" are "h", "w"; a middle word of two or
/// three letters in capitals, or with no vowel, is initials).
pub fn middle_names(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut middles = Vec::new();
    for word in words.iter().skip(1).take(words.len().saturating_sub(2)) {
        let bare = word.trim_end_matches('.');
        let letters = bare.chars().filter(|c| c.is_alphabetic()).count();
        let pieces: Vec<&str> = bare.split('.').filter(|p| !p.is_empty()).collect();
        let folded = fold(bare);
        if pieces.len() > 1 && pieces.iter().all(|p| p.chars().count() == 1) {
            middles.extend(pieces.iter().map(|p| fold(p)));
        } else if (2..=3).contains(&letters)
            && letters == bare.chars().count()
            && (bare.chars().all(char::is_uppercase) || !folded.contains(['a', 'e', 'i', 'o', 'u', 'y']))
        {
            middles.extend(folded.chars().map(String::from));
        } else {
            middles.push(folded.replace('.', ""));
        }
    }
    middles
}

/// Whether two people's [`middle_names`] may be the same: as many, each equal or an
/// initial of the other ("R." and "Robert"). "W." and "H. W." are not.
pub fn same_middle_names(a: &[String], b: &[String]) -> bool {
    let alike = |x: &String, y: &String| {
        x == y
            || (x.chars().count() == 1 && y.starts_with(x.as_str()))
            || (y.chars().count() == 1 && x.starts_with(y.as_str()))
    };
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| alike(x, y))
}

/// The canonical name of a known organization. Acronyms must match in capitals, so the
/// word "Ice" starting a sentence is not ICE.
pub fn known_org(name: &str) -> Option<&'static str> {
    let (canonical, alias) = ORGS.get(&fold(name)).copied()?;
    let acronym = !alias.chars().any(char::is_lowercase);
    (!acronym || name == alias).then_some(canonical)
}

/// The canonical name of a known organization from any spelling of one of its names,
/// acronyms in any case (`ice` → "US Immigration and Customs Enforcement"), or from the
/// adjective of a party's members ("Tory", which the extractor does not take for the party
/// in "Tory leader"): for search filters, where the user's case says nothing.
pub fn known_org_any_case(name: &str) -> Option<&'static str> {
    let folded = fold(name);
    ORGS.get(&folded).map(|&(canonical, _)| canonical).or_else(|| {
        PARTY_ADJECTIVES.iter().find(|(adjective, _)| *adjective == folded).map(|&(_, party)| party)
    })
}

/// Every name and alias of the known organization whose canonical name is `canonical`,
/// as written in [`KNOWN_ORGS`]; none for an organization it does not list.
pub fn known_org_aliases(canonical: &str) -> &'static [&'static str] {
    KNOWN_ORGS.iter().find(|names| names[0] == canonical).copied().unwrap_or_default()
}

/// The adjectives of parties' members that a search filter reads as the party (folded).
const PARTY_ADJECTIVES: &[(&str, &str)] =
    &[("tory", "Conservative Party"), ("conservative", "Conservative Party")];

/// The generational suffixes written after a person's name, folded and without their dots
/// ("jr" of "Jr."): what [`is_generational_suffix`] reads as written, and what the search
/// filters read in a typed name ("John Smith III" is not "John Smith").
pub const GENERATIONAL_SUFFIXES: &[&str] = &["jr", "sr", "jnr", "snr", "ii", "iii", "iv"];

/// A generational suffix written after a person's name ("Martin Luther King Jr.", "Ken
/// Griffey Jr", "Martin Luther King III"): part of the name, which it tells apart from the
/// father's or the son's, and never a title's or a person's name by itself. Written with a
/// capital, and Roman numerals only in capitals, so the pronoun "I" and a word "Iv" are none.
pub fn is_generational_suffix(word: &str) -> bool {
    let bare = word.strip_suffix('.').unwrap_or(word);
    let folded = bare.to_ascii_lowercase();
    GENERATIONAL_SUFFIXES.contains(&folded.as_str())
        && bare.starts_with(|c: char| c.is_ascii_uppercase())
        && (!folded.starts_with('i') || bare.chars().all(|c| c.is_ascii_uppercase()))
}

/// Letters written after a person's name, folded and without their dots: a degree ("PhD",
/// "MD"), a barrister's rank ("QC"), a seat in a parliament ("MP"), an order of chivalry
/// ("OBE"). "Jr." and "III" are none: they tell a son from his father.
const POST_NOMINALS: &[&str] = &[
    "phd", "dphil", "md", "mbbs", "frcp", "frs", "qc", "kc", "mp", "mep", "msp", "am", "obe", "mbe", "cbe",
    "kbe", "dbe", "esq", "mba", "jd", "rn", "dds", "facs", "mph",
];

/// Whether a word folded and without its dots is letters written after a person's name
/// ([`POST_NOMINALS`]).
pub fn is_post_nominal(folded: &str) -> bool {
    POST_NOMINALS.contains(&folded)
}

/// Given names that are also common words ("Will", "May", "Bill"), which the tagger
/// and the rules left out of a name when it begins it ("Will Smith" read as "Smith").
const GIVEN_NAMES_THAT_ARE_WORDS: &[&str] = &[
    "will", "mark", "bill", "grace", "rose", "hope", "joy", "faith", "sue", "pat", "guy", "drew", "chase",
    "dean", "frank", "gene", "rob", "jack", "art", "bob", "penny", "holly", "ivy", "dawn", "destiny", "sky",
    "woody", "rusty", "sonny", "buddy", "carol", "lance", "bud",
];

/// Is this (folded) word a given name that is also a common word ("will", "may")?
pub fn is_given_name_that_is_a_word(folded: &str) -> bool {
    GIVEN_NAMES_THAT_ARE_WORDS.contains(&folded)
}

/// A capitalized word that is never a name by itself.
pub fn is_not_name(folded: &str) -> bool {
    NOT_NAME_SET.contains(folded)
}

/// A function word or sentence opener, dropped from the front of a name run.
pub fn is_function_word(folded: &str) -> bool {
    FUNCTION_WORD_SET.contains(folded)
}

/// Does this (folded) word end organization names?
pub fn is_org_suffix(folded: &str) -> bool {
    ORG_SUFFIX_SET.contains(folded)
}

/// Company-form words that, anywhere in a "person", make it a company ("Douglas Lomason
/// Co", "Pirelli SpA"); checked after tagging, on top of [`is_org_suffix`].
pub fn is_company_form(folded: &str) -> bool {
    is_org_suffix(folded) || is_legal_form(folded)
}

/// Words of trade that end companies' names, not people's: "Champlin Petroleum",
/// "Murphy Oil", "Indiana Grain", "Champlin Refining". Only words no surname is spelt
/// as: not "Steel" (Danielle Steel), "Power" (Samantha Power), "Gold", "Mills", "Sugar".
/// Apart from [`ORG_SUFFIXES`], whose words the tagger's model was trained to see.
const TRADE_WORDS: &[&str] = &[
    "petroleum",
    "petroleums",
    "oil",
    "oils",
    "gas",
    "petrochemical",
    "petrochemicals",
    "refining",
    "chemical",
    "chemicals",
    "mining",
    "minerals",
    "metals",
    "foods",
    "grain",
    "energy",
    "resources",
    "exploration",
    "drilling",
    "pharmaceutical",
    "pharmaceuticals",
    "electronics",
    "insurance",
    "financial",
    "bancshares",
    "bankshares",
    "savings",
    "realty",
    "properties",
    "communications",
    "telecommunications",
    "computers",
    "software",
    "semiconductor",
    "shipping",
    "textiles",
    "brewing",
    "breweries",
    "distillers",
    "aerospace",
    "tobacco",
    "manufacturing",
    "enterprises",
    "investments",
    "securities",
    "utilities",
    "pipeline",
    "airline",
];

/// Does this (folded) word of trade end companies' names? See [`TRADE_WORDS`].
pub fn is_trade_word(folded: &str) -> bool {
    TRADE_WORDS.contains(&folded)
}

/// Legal forms of companies ("Co", "Inc", "GmbH"), which name no company on their own.
const LEGAL_FORMS: &[&str] = &[
    "co", "co.", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "llp", "plc", "ag", "gmbh", "sa",
    "spa", "nv", "bv", "ab", "bhd", "sarl", "srl", "oyj",
];

/// Is this (folded) word a company's legal form? See [`LEGAL_FORMS`].
pub fn is_legal_form(folded: &str) -> bool {
    LEGAL_FORMS.contains(&folded)
}

/// Organization words that never end the name of a place: a span the tagger took for a
/// place that ends in one is an organization ("Metro Transit", "Port Authority"), and a
/// capitalized run it left unlabelled that ends in one is an organization too. Narrower
/// than [`ORG_SUFFIXES`], which also has words that end places ("Target Center",
/// "Heathrow Airport").
const INSTITUTION_WORDS: &[&str] = &[
    "department",
    "agency",
    "agencies",
    "police",
    "patrol",
    "enforcement",
    "inc",
    "inc.",
    "corp",
    "corp.",
    "corporation",
    "company",
    "companies",
    "ltd",
    "ltd.",
    "llc",
    "plc",
    "gmbh",
    "party",
    "university",
    "institute",
    "council",
    "commission",
    "bank",
    "group",
    "association",
    "ministry",
    "committee",
    "union",
    "board",
    "service",
    "services",
    "foundation",
    "club",
    "airlines",
    "airways",
    "motors",
    "fund",
    "authority",
    "administration",
    "bureau",
    "federation",
    "league",
    "society",
    "trust",
    "coalition",
    "alliance",
    "holdings",
    "industries",
    "systems",
    "technologies",
    "labs",
    "analytics",
    "media",
    "studios",
    "records",
    "exchange",
    "organization",
    "organisation",
    "transit",
    "railways",
    "railway",
    "brigade",
    "cabinet",
    "government",
    "orchestra",
    "tribunal",
    "secretariat",
    "institution",
    "bancorp",
    "fc",
    "army",
    "navy",
];

/// Words that end the names of sports clubs ("Manchester United", "Blackburn Rovers"),
/// which the tagger can read as people.
const CLUB_ENDINGS: &[&str] = &["united", "rovers", "wanderers", "athletic", "albion", "hotspur"];

/// Does this (folded) word end the names of sports clubs? See [`CLUB_ENDINGS`].
pub fn is_club_ending(folded: &str) -> bool {
    CLUB_ENDINGS.contains(&folded)
}

/// Does this (folded) word end organization names and never places? See [`INSTITUTION_WORDS`].
pub fn is_institution_word(folded: &str) -> bool {
    INSTITUTION_WORDS.contains(&folded)
}

/// Does this (folded) word head organization names before "of"?
pub fn is_org_head(folded: &str) -> bool {
    ORG_HEADS.contains(&folded) || is_org_suffix(folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_case_and_accents() {
        assert_eq!(fold("Renée"), "renee");
        assert_eq!(fold("Søren Ødegaard"), "soren odegaard");
        assert_eq!(fold("O’Hara"), "o'hara");
    }

    #[test]
    fn gazetteers_load() {
        assert!(is_first_name("jacob"));
        assert!(is_first_name("renee"));
        assert!(place("Minneapolis").is_some());
        assert!(is_demonym("kenyan") && is_demonym("south korean"));
        assert_eq!(place("USSR").map(|p| p.canonical), Some("Soviet Union"));
        assert_eq!(place("Calif").map(|p| p.canonical), Some("California"));
        assert_eq!(place("N.J.").map(|p| p.canonical), Some("New Jersey"));
        // Saints with the dot, without it, or in full.
        assert_eq!(place("St Paul").map(|p| p.canonical), Some("Saint Paul"));
        assert_eq!(place("St Louis").map(|p| p.canonical), Some("St. Louis"));
        assert_eq!(place("St Nowhere"), None);
        assert!(!is_demonym("roman"), "a given name too");
        assert_eq!(place("US").map(|p| p.canonical), Some("United States"));
        assert_eq!(known_org("ICE"), Some("US Immigration and Customs Enforcement"));
        assert_eq!(known_org("Ice"), None);
    }

    #[test]
    fn given_names_match_nicknames_and_short_forms() {
        assert!(same_given_name("bill", "william"));
        assert!(same_given_name("chris", "christopher"));
        assert!(same_given_name("jacob", "jacob"));
        assert!(!same_given_name("bill", "hillary"));
        assert!(!same_given_name("jo", "joseph"));
    }

    #[test]
    fn diminutives_come_from_their_list_both_ways() {
        assert!(is_diminutive_of("bob", "robert") && is_diminutive_of("robert", "bob"));
        assert!(is_diminutive_of("steve", "stephen") && is_diminutive_of("steve", "steven"));
        assert!(is_diminutive_of("kate", "catherine") && is_diminutive_of("liz", "elizabeth"));
        assert!(!is_diminutive_of("bob", "william") && !is_diminutive_of("robert", "robert"));
        // The published list's pairs the hand-written one lacked.
        assert!(is_diminutive_of("bernie", "bernard") && is_diminutive_of("bernard", "bernie"));
        assert!(is_diminutive_of("gerry", "gerald") && is_diminutive_of("doug", "douglas"));
        assert!(same_given_name("bernie", "bernard") && !same_given_name("bernie", "benjamin"));
        assert!(same_given_name("jim", "james") && same_given_name("tony", "anthony"));
    }

    #[test]
    fn middle_names_read_initials_run_together_one_by_one() {
        let m = |name: &str| middle_names(name);
        assert_eq!(m("George H.W. Bush"), ["h", "w"]);
        assert_eq!(m("George H. W. Bush"), ["h", "w"]);
        assert_eq!(m("George HW Bush"), ["h", "w"]);
        assert_eq!(m("george hw bush"), ["h", "w"]);
        assert_eq!(m("George W. Bush"), ["w"]);
        assert_eq!(m("John Robert Smith"), ["robert"]);
        assert!(m("George Bush").is_empty() && m("Bush").is_empty());
        assert!(same_middle_names(&m("John R. Smith"), &m("John Robert Smith")));
        assert!(!same_middle_names(&m("George W. Bush"), &m("George H.W. Bush")));
        assert!(same_middle_names(&m("George HW Bush"), &m("George H. W. Bush")));
    }

    #[test]
    fn the_us_parties_are_known_by_their_members_and_tory_finds_the_conservatives() {
        assert_eq!(known_org("Republicans"), Some("Republican Party"));
        assert_eq!(known_org("GOP"), Some("Republican Party"));
        assert_eq!(known_org("Democrats"), Some("Democratic Party"));
        assert_eq!(known_org("Liberal Democrats"), Some("Liberal Democrats"));
        assert_eq!(known_org("Tory"), None, "an adjective in articles");
        assert_eq!(known_org_any_case("tory"), Some("Conservative Party"));
        assert_eq!(known_org_any_case("Tories"), Some("Conservative Party"));
        assert_eq!(name_key("World Health Organisation"), name_key("World Health Organization"));
    }

    #[test]
    fn a_name_spelt_the_british_or_the_american_way_has_one_key() {
        assert_eq!(name_key("U.S. Defence Department"), name_key("US Defense Department"));
        assert_eq!(name_key("World Trade Centre"), "world trade center");
        assert_eq!(name_key("Labour Party's"), "labor party");
        // A pair of two words in British English, kept apart: as it was.
        assert_eq!(name_key("Grey Council"), "grey council");
        assert_eq!(name_key("Tyre Council"), "tire council");
    }

    #[test]
    fn old_abbreviations_of_given_names_are_those_names() {
        assert_eq!(old_given_name("Wm."), Some("william"));
        assert_eq!(old_given_name("Chas"), Some("charles"));
        assert_eq!(old_given_name("Geo"), None); // a word of its own without the period
        assert_eq!(old_given_name("WM."), None);
        assert!(same_given_name("wm.", "william") && same_given_name("thos", "thomas"));
        assert!(!same_given_name("wm.", "charles"));
    }
}
