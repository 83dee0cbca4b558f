//! Finding name mentions: capitalized runs of words, split at titles and classified by
//! their words.
//!
//! A run is a sequence of capitalized words with no punctuation between them, joined
//! through `of` after an organization head (`University of Minnesota`), through `and`
//! when the name ends like an organization (`Immigration and Customs Enforcement`), and
//! through name particles (`von der Leyen`). Each run becomes at most a few [`Mention`]s:
//! `Minneapolis Mayor Jacob Frey` is the place `Minneapolis` and the titled person
//! `Jacob Frey`. Folding surnames into full names happens later, in `consolidate`.

use super::lexicon::{
    TITLES, fold, is_day_or_month, is_demonym, is_first_name, is_function_word, is_last_name, is_not_name,
    is_org_head, is_org_suffix, is_party_word, is_sentence_opener, is_title, is_title_before_name, known_org,
    place,
};
use super::tokens::{Word, is_acronym};

/// What kind of entity a mention names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A person.
    Person,
    /// An organization.
    Org,
    /// A place.
    Place,
}

/// How sure the rules are that a person mention is a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Evidence {
    /// A lone capitalized word: only counts if it is the surname of a person found elsewhere.
    Bare,
    /// Two or three name-like words with no cue: kept only if a titled surname confirms them.
    Candidate,
    /// A known first name, a title, or a verb of saying.
    Confirmed,
}

/// One name found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Person, organization or place.
    pub kind: Kind,
    /// The name as it should be stored (titles stripped, gazetteer canonical form).
    pub name: String,
    /// For people: how strong the evidence is. Organizations and places are `Confirmed`.
    pub evidence: Evidence,
    /// For people: whether a title or honorific introduced it (`Mr Frey`, `Chief O'Hara`).
    pub titled: bool,
    /// Whether the CRF tagger (not a rule) labelled it.
    pub tagged: bool,
}

impl Mention {
    /// A confirmed mention with no title.
    pub fn new(kind: Kind, name: String) -> Mention {
        Mention { kind, name, evidence: Evidence::Confirmed, titled: false, tagged: false }
    }
}

/// Words of places that are features, not settlements: `Lake Superior`, `Hennepin County`.
const GEO_WORDS: &[&str] = &[
    "lake",
    "river",
    "mount",
    "mountain",
    "mountains",
    "street",
    "avenue",
    "road",
    "bridge",
    "park",
    "valley",
    "county",
    "island",
    "islands",
    "bay",
    "sea",
    "ocean",
    "square",
    "beach",
    "falls",
    "heights",
    "hills",
    "canyon",
    "coast",
    "gulf",
    "harbor",
    "harbour",
    "peninsula",
    "desert",
    "forest",
    "province",
    "region",
    "district",
    "strait",
    "creek",
    "boulevard",
    "highway",
    "interstate",
    "township",
    "borough",
];

/// Name particles that may sit lower-case inside a person's name.
const PARTICLES: &[&str] =
    &["de", "van", "von", "der", "da", "di", "del", "dos", "du", "la", "le", "bin", "al", "ibn", "ben"];

/// Verbs that, right after a name, say it is a person talking.
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "explained",
    "wrote",
    "argued",
    "insisted",
    "noted",
    "warned",
    "claimed",
    "announced",
    "asked",
    "replied",
    "stated",
];

pub(crate) fn is_geo_word(folded: &str) -> bool {
    GEO_WORDS.contains(&folded)
}

/// The bodies of a state that follow a country's abbreviation in an organization's name:
/// "U.S. Treasury", "U.K. Government", "U.S. Embassy".
const STATE_BODIES: &[&str] = &[
    "administration",
    "agency",
    "army",
    "bank",
    "bureau",
    "cabinet",
    "congress",
    "consulate",
    "court",
    "customs",
    "department",
    "embassy",
    "government",
    "house",
    "marines",
    "military",
    "mint",
    "ministry",
    "navy",
    "parliament",
    "senate",
    "treasury",
];

/// Parts of a country named by where they lie, besides [`GEO_WORDS`]: "U.S. Midwest",
/// "the U.S. West".
const COMPASS_REGIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "midwest",
    "plains",
    "mainland",
];

/// A country's abbreviation with periods and one capitalized common noun, a name the
/// tagger reads as an organization's or a place's: a state's body is the organization
/// (`None`: "U.S. Treasury", "U.K. Government"), a geographic noun a place of its own
/// ("U.S. Gulf", the Gulf coast, "U.S. Midwest"), and any other noun one that the wire
/// capitalized after the country ("five U.S. Firms", "the U.S. Position", "U.K. Budget"):
/// the country.
pub(crate) fn country_before_a_noun(run: &[&str]) -> Option<Mention> {
    let [country, noun] = run else {
        return None;
    };
    let folded = fold(noun);
    if !country.contains('.')
        || STATE_BODIES.contains(&folded.as_str())
        || !noun.starts_with(char::is_uppercase)
        || !noun.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
    {
        return None;
    }
    let country = place(country)?;
    Some(if is_geo_word(&folded) || COMPASS_REGIONS.contains(&folded.as_str()) {
        Mention::new(Kind::Place, format!("{} {noun}", run[0]))
    } else {
        Mention::new(Kind::Place, country.canonical.to_string())
    })
}

/// All mentions in one stretch of text, in order.
pub fn mentions(words: &[Word<'_>]) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !words[i].is_capitalized() {
            i += 1;
            continue;
        }
        let end = run_end(words, i);
        let run: Vec<&str> = words[i..end].iter().map(|w| w.text).collect();
        let before = lowercase_title_before(words, i);
        let said = speech_verb_after(words, end);
        classify_run(&run, before, said, &mut out);
        i = end;
    }
    out
}

/// The exclusive end of the run starting at `start`.
fn run_end(words: &[Word<'_>], start: usize) -> usize {
    let mut j = start;
    loop {
        if words[j].break_after || j + 1 >= words.len() {
            return j + 1;
        }
        let next = &words[j + 1];
        if next.is_capitalized() {
            j += 1;
            continue;
        }
        let connector = fold(next.text);
        // Skip "of", "of the", "and", particles: join only when a capitalized word follows.
        let mut k = j + 1;
        while k < words.len() && !words[k].is_capitalized() && !words[k - 1].break_after && k - j <= 2 {
            k += 1;
        }
        let joins = k < words.len()
            && k > j + 1
            && !words[k - 1].break_after
            && words[k].is_capitalized()
            && match connector.as_str() {
                "of" => is_org_head(&fold(words[j].text)) && (k == j + 2 || fold(words[j + 2].text) == "the"),
                "and" | "&" => k == j + 2 && ends_like_org(words, k),
                p if PARTICLES.contains(&p) => {
                    k == j + 2 || PARTICLES.contains(&fold(words[j + 2].text).as_str())
                }
                _ => false,
            };
        if !joins {
            return j + 1;
        }
        j = k;
    }
}

/// Does the capitalized run starting at `k` end in an organization word?
fn ends_like_org(words: &[Word<'_>], k: usize) -> bool {
    let mut j = k;
    while j + 1 < words.len() && !words[j].break_after && words[j + 1].is_capitalized() {
        j += 1;
    }
    is_org_suffix(&fold(words[j].text))
}

/// A lower-case title right before a run: "said mayor Jacob Frey", "chief executive Richard Parsons".
fn lowercase_title_before(words: &[Word<'_>], start: usize) -> bool {
    (1..=2).any(|n| {
        start >= n && !words[start - n..start].iter().any(|w| w.break_after || w.is_capitalized()) && {
            let phrase: Vec<String> = words[start - n..start].iter().map(|w| fold(w.text)).collect();
            TITLES.contains(&phrase.join(" ").as_str())
        }
    })
}

fn speech_verb_after(words: &[Word<'_>], end: usize) -> bool {
    end > 0 && !words[end - 1].break_after && words.get(end).is_some_and(|w| SPEECH_VERBS.contains(&w.text))
}

/// Length of the longest title starting at `run[at]`, in words (0 when none).
pub(crate) fn title_len(run: &[&str], at: usize) -> usize {
    let mut best = 0;
    let mut phrase = String::new();
    for (n, word) in run[at..].iter().take(4).enumerate() {
        if n > 0 {
            phrase.push(' ');
        }
        phrase.push_str(&fold(word));
        // A title must be written capitalized inside a run (or be an abbreviation).
        // Hyphenated titles count by their last part: "Lieutenant-Colonel", "Vice-President".
        let hyphenated = n == 0 && phrase.rsplit_once('-').is_some_and(|(_, last)| is_title(last));
        // A title in the plural before the names it goes with ("Princes William and Harry",
        // "Lord Justices Clarke and May", "Singers Jennifer Lopez and Beyonce"); not a
        // surname that ends so ("Deans").
        let plural = n == 0
            && phrase.len() > 3
            && phrase.strip_suffix('s').is_some_and(super::lexicon::is_title_before_name)
            && !is_last_name(&phrase)
            && !is_first_name(&phrase);
        if super::lexicon::is_title_before_name(&phrase) || hyphenated || plural {
            best = n + 1;
        }
    }
    best
}

/// The place of a "-based" modifier ("Minneapolis-based" → "Minneapolis"), which is never a
/// name itself.
pub(crate) fn based_on(text: &str) -> Option<&str> {
    text.strip_suffix("-based").filter(|base| !base.is_empty())
}

/// What a span that ends in a compound modifier names: "US-led" → "US", "World Bank-led"
/// → "World Bank", "EU-wide" → "EU", "Hong Kong-listed" → "Hong Kong". `None`
/// when the span ends in no such modifier; `Some(None)` when the modifier is built on no
/// name ("State-owned", "Chart-topping", "Kuwaiti-owned") or is a credit grade
/// ("BB-minus", "AAA-rated"), so the span names nothing. A single word other than "-based"
/// is a name only when known as a place or organization or written as an acronym ("IBM").
pub(crate) fn modifier_base(text: &str) -> Option<Option<&str>> {
    if let Some(base) = based_on(text) {
        return Some(Some(base));
    }
    let last = text.rsplit(' ').next()?;
    let (_, tail) = last.rsplit_once('-')?;
    let base = &text[..text.len() - tail.len() - 1];
    let grade = !base.is_empty() && base.len() <= 3 && base.chars().all(|c| matches!(c, 'A'..='D'));
    if grade && matches!(tail, "minus" | "plus" | "rated") {
        return Some(None);
    }
    if !is_compound_adjective(last) && !matches!(tail, "wide" | "area") {
        return None;
    }
    if base.is_empty() {
        return Some(None);
    }
    let named = base.contains(' ') || is_acronym(base) || place(base).is_some() || known_org(base).is_some();
    Some(named.then_some(base))
}

fn classify_run(run: &[&str], titled_before: bool, said_after: bool, out: &mut Vec<Mention>) {
    if let Some(known) = known_name(run) {
        out.push(known);
        return;
    }
    // Leading function words: "The", "On", "But".
    let mut start = 0;
    while start < run.len() && is_function_word(&fold(run[start])) && title_len(run, start) == 0 {
        start += 1;
    }
    let mut run = &run[start..];
    // "Minneapolis-based Lumenfield Analytics": the place is a modifier, not part of the name.
    if let Some((first, rest)) = run.split_first()
        && let Some(base) = based_on(first)
    {
        if let Some(p) = place(base) {
            out.push(Mention::new(Kind::Place, p.canonical.to_string()));
        }
        run = rest;
    }
    if run.is_empty() {
        return;
    }
    // A whole-run match on a known name wins over splitting.
    if let Some(known) = known_name(run) {
        out.push(known);
        return;
    }
    // A title inside the run splits it: prefix (place/organization) + person.
    for at in 0..run.len() {
        let len = title_len(run, at);
        if len == 0 {
            continue;
        }
        // Titles in a row count as one: "General Manager", "Deputy Police Chief".
        let mut len = len;
        while at + len < run.len() && title_len(run, at + len) > 0 {
            len += title_len(run, at + len);
        }
        if at + len >= run.len() {
            break; // "The President", "the Mayor": a title with no name.
        }
        let name = &run[at + len..];
        if name.iter().any(|w| is_org_suffix(&fold(w))) {
            break; // "General Motors", "Chief Executive Office": not a person.
        }
        if at > 0 {
            classify_plain(&run[..at], false, false, out);
        }
        push_person(name, Evidence::Confirmed, true, out);
        return;
    }
    classify_plain(run, titled_before, said_after, out);
}

/// The whole run as a known organization or gazetteer place.
fn known_name(run: &[&str]) -> Option<Mention> {
    let whole = run.join(" ");
    if let Some(org) = known_org(&whole) {
        return Some(Mention::new(Kind::Org, org.to_string()));
    }
    place(&whole).map(|p| Mention::new(Kind::Place, p.canonical.to_string()))
}

/// A run with no title inside it.
pub(crate) fn classify_plain(run: &[&str], titled_before: bool, said_after: bool, out: &mut Vec<Mention>) {
    let whole = run.join(" ");
    let folded: Vec<String> = run.iter().map(|w| fold(w)).collect();
    let last = folded.last().map(String::as_str).unwrap_or_default();
    if let Some(known) = known_name(run) {
        out.push(known);
    } else if run.len() >= 2 && (is_org_suffix(last) || is_org_of(&folded)) {
        out.push(Mention::new(Kind::Org, whole));
    } else if run.len() >= 2 && (is_geo_word(last) || is_geo_word(&folded[0])) {
        out.push(Mention::new(Kind::Place, whole));
    } else if run.len() == 1 {
        let word = run[0];
        if is_not_name(last) || word.chars().count() < 2 || word.chars().any(|c| c.is_ascii_digit()) {
            return;
        }
        let evidence = if titled_before { Evidence::Confirmed } else { Evidence::Bare };
        out.push(Mention {
            kind: Kind::Person,
            name: word.to_string(),
            evidence,
            titled: titled_before,
            tagged: false,
        });
    } else if looks_like_person(run, &folded) {
        let first = folded[0].split('-').next().unwrap_or_default();
        let evidence = if is_first_name(first) || titled_before || said_after {
            Evidence::Confirmed
        } else if is_last_name(last) || run.len() <= 3 {
            Evidence::Candidate
        } else {
            return;
        };
        push_person(run, evidence, titled_before, out);
    } else {
        // "Minneapolis Police" without a suffix match, places in a row ("Minneapolis St. Paul"):
        // salvage the words the gazetteer knows as places.
        for w in run {
            if let Some(p) = place(w) {
                out.push(Mention::new(Kind::Place, p.canonical.to_string()));
            }
        }
    }
}

/// "University of Minnesota", "Department of Homeland Security", "Bank of England".
fn is_org_of(folded: &[String]) -> bool {
    folded.windows(2).any(|w| w[1] == "of" && is_org_head(&w[0]))
}

/// Two to four words, each name-like, none a place, function word or organization word.
fn looks_like_person(run: &[&str], folded: &[String]) -> bool {
    (2..=4).contains(&run.len())
        && run.iter().zip(folded).all(|(w, f)| {
            let particle = PARTICLES.contains(&f.as_str());
            let name_like = w.chars().next().is_some_and(char::is_uppercase)
                && !w.chars().any(|c| c.is_ascii_digit())
                && !is_not_name(f)
                && !is_org_suffix(f)
                && !is_geo_word(f);
            particle || name_like
        })
        // "Karen Hagen" is a person even though Hagen is a city; "Hagen Feed" is not.
        && (is_first_name(&folded[0]) || (place(run[0]).is_none() && place(run[run.len() - 1]).is_none()))
}

/// A hyphenated word whose last part is a lower-case participle or one of a few words
/// that make descriptions: "Oscar-winning", "Labour-led", "London-born". Names write
/// their parts capitalized ("Jean-Pierre", "Al-Assad"), or are Asian given names whose
/// syllables are no participles ("Young-hoon", "Xiao-ping").
pub(crate) fn is_compound_adjective(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(head, tail)| {
        let n = tail.chars().count();
        !head.is_empty()
            && tail.chars().all(char::is_lowercase)
            && (["born", "led", "run", "era", "style", "winner", "winners", "nominee", "nominees"]
                .contains(&tail)
                || (n >= 5 && tail.ends_with("ed"))
                || (n >= 6 && tail.ends_with("ing")))
    })
}

pub(crate) fn push_person(name: &[&str], evidence: Evidence, titled: bool, out: &mut Vec<Mention>) {
    // Drop stray leading function words left after a title ("Mr The") and sentence
    // openers ("Besides Reagan"). A nationality before a name ("Briton Tim Henman") or
    // alone ("the Briton") is none, and a party's label before a full name ("Tory Liam
    // Fox", "Lib Dem Norman Baker") is not part of it.
    let mut start = 0;
    while let Some(word) = name.get(start) {
        let f = fold(word);
        // A titled surname that is also a month stays: "Lord Justice May", "Mrs May".
        let titled_month = titled && start + 1 == name.len() && is_day_or_month(&f);
        // A given name that is also a word, capitalized before a surname, is the given name:
        // "Will Smith", "Bill Wyman".
        let given = start + 1 < name.len()
            && word.starts_with(char::is_uppercase)
            && super::lexicon::is_given_name_that_is_a_word(&f);
        if (is_not_name(&f) && !titled_month && !given) || is_demonym(&f) || is_sentence_opener(&f) {
            start += 1;
            continue;
        }
        // A party's label, and the titles after it ("Lib Dem MP Lembit Opik"), before a
        // full name.
        let mut next = start + name[start..].iter().take_while(|w| is_party_word(&fold(w))).count();
        if next == start {
            break;
        }
        while next < name.len() && is_title_before_name(&fold(name[next])) {
            next += 1;
        }
        if name.len() - next < 2 || !name[next].starts_with(char::is_uppercase) {
            break;
        }
        start = next;
    }
    let name = &name[start..];
    if name.is_empty() || name.len() > 4 {
        return;
    }
    // A lone word that names a place is that place, unless a title says it is a person
    // ("President Bush", "Mr Jordan", "Queen Victoria").
    if name.len() == 1 && place(name[0]).is_some() && !titled {
        return;
    }
    if name.iter().any(|w| is_compound_adjective(w)) {
        return; // "Oscar-winning", "Labour-led": a description, not a name.
    }
    let text = name.join(" ").trim_end_matches('.').to_string();
    out.push(Mention { kind: Kind::Person, name: text, evidence, titled, tagged: false });
}

/// Another name a text writes inside a person's: a nickname in quotes between the given
/// name and the surname (`James "Big Jim" Callahan`), or a married woman's maiden name
/// after hers (`Mrs. Mary Smith (née Brown)`, `Miss Mary Jones, nee Brown,`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Aside {
    /// The words of the person's name before the aside ("James", "Mary Smith"), titles
    /// left out.
    pub before: String,
    /// The word of the name after a nickname ("Callahan"); empty after a maiden name.
    pub after: String,
    /// The nickname ("Big Jim") or the maiden name ("Brown").
    pub name: String,
}

impl Aside {
    /// Whether this is a maiden name (else a nickname).
    pub fn is_maiden_name(&self) -> bool {
        self.after.is_empty()
    }

    /// The other name the person goes by: the nickname, or the given name with the maiden
    /// name ("Mary Brown"); `None` for a maiden name after a title and surname only.
    pub fn alias(&self) -> Option<String> {
        if !self.is_maiden_name() {
            return Some(self.name.clone());
        }
        let words: Vec<&str> = self.before.split(' ').collect();
        (words.len() >= 2).then(|| format!("{} {}", words[0], self.name))
    }
}

/// The capitalized words right before byte `at` of `line`, up to `most`, without the titles
/// that lead them ("Mrs. Mary Smith" → "Mary Smith").
fn name_before(line: &str, at: usize, most: usize) -> Vec<&str> {
    const MARRIED_OR_NOT: &[&str] = &["miss", "mrs", "mrs.", "ms", "ms.", "madame", "mme", "mme.", "lady"];
    let is_title = |w: &str| {
        let f = fold(w);
        is_title_before_name(&f) || MARRIED_OR_NOT.contains(&f.as_str())
    };
    // A word ending in a period ends the sentence before, unless it is a title or an
    // initial ("Tuesday. Mrs. J. Smith").
    let in_name = |w: &&str| {
        w.starts_with(char::is_uppercase)
            && !w.ends_with([',', ';', ':', ')'])
            && (!w.ends_with('.') || is_title(w) || w.chars().count() == 2)
    };
    let mut names: Vec<&str> = line[..at].split(' ').rev().take_while(in_name).take(most).collect();
    names.reverse();
    let titles = names.iter().take_while(|w| is_title(w)).count();
    names.drain(..titles);
    names
}

/// The words wire services put before a headline, joined to it by a hyphen: "UPDATE
/// 2-Brakmoor Steel agrees takeover", "CORRECTED-Glimmerton Bank names chief".
const WIRE_SLUGS: &[&str] = &[
    "UPDATE",
    "CORRECTED",
    "CORRECTION",
    "REFILE",
    "REFILED",
    "RPT",
    "REPEAT",
    "RESEND",
    "URGENT",
    "FLASH",
    "BULLETIN",
    "SNAP",
    "WRAPUP",
    "EXCLUSIVE",
    "FACTBOX",
    "ANALYSIS",
    "INSIGHT",
    "PREVIEW",
    "TIMELINE",
    "EXPLAINER",
    "FOCUS",
    "COLUMN",
    "BREAKINGVIEWS",
];

/// A headline without the wire's slugs before it ("UPDATE 2-", "CORRECTED-", "REFILE-UPDATE
/// 1-"), which are no part of the name they are joined to: "UPDATE 2-Brakmoor Steel" gave
/// the organization "Steel", "CORRECTED-Glimmerton Bank" one of that name.
pub fn without_wire_slug(headline: &str) -> &str {
    let mut rest = headline;
    loop {
        let word_end = rest.find(|c: char| !c.is_ascii_uppercase()).unwrap_or(rest.len());
        if !WIRE_SLUGS.contains(&&rest[..word_end]) {
            return rest;
        }
        let after = &rest[word_end..];
        let after =
            after.strip_prefix(' ').map_or(after, |a| a.trim_start_matches(|c: char| c.is_ascii_digit()));
        match after.strip_prefix('-') {
            Some(next) if next.starts_with(|c: char| c.is_alphanumeric()) => rest = next,
            _ => return rest,
        }
    }
}

/// `line` without the nicknames and maiden names written inside people's names, which
/// would otherwise read as names of other people ("Big Jim", a lone "Brown"), and those
/// asides; `None` when the line has none. The tagger then reads "James Callahan" and
/// "Mary Smith".
pub fn without_asides(line: &str) -> Option<(String, Vec<Aside>)> {
    let quotes = line.contains(['"', '“', '\'', '‘']);
    let maiden = line.contains("ee ");
    if !quotes && !maiden {
        return None;
    }
    let mut out = String::with_capacity(line.len());
    let mut asides = Vec::new();
    let mut copied = 0;
    for (at, c) in line.char_indices() {
        if at < copied {
            continue;
        }
        let found = match c {
            '"' | '“' | '\'' | '‘' => nickname_at(line, at),
            'n' | 'N' => maiden_name_at(line, at),
            _ => None,
        };
        if let Some((cut_from, cut_to, aside)) = found {
            out.push_str(&line[copied..cut_from]);
            copied = cut_to;
            asides.push(aside);
        }
    }
    if asides.is_empty() {
        return None;
    }
    out.push_str(&line[copied..]);
    Some((out, asides))
}

/// A nickname in quotes opening at byte `at`, between a known given name and a surname:
/// `James "Big Jim" Callahan`. Its span to cut (from the space before the quote to the
/// space after it) and the aside.
fn nickname_at(line: &str, at: usize) -> Option<(usize, usize, Aside)> {
    let open = line[at..].chars().next()?;
    let close = match open {
        '“' => '”',
        '‘' => '’',
        other => other,
    };
    if !line[..at].ends_with(' ') {
        return None;
    }
    let given = name_before(line, at - 1, 1);
    let [given] = given[..] else {
        return None;
    };
    if !is_first_name(&fold(given)) {
        return None;
    }
    let inside_start = at + open.len_utf8();
    let inside_len = line[inside_start..].find(close)?;
    let nickname = &line[inside_start..inside_start + inside_len];
    let words: Vec<&str> = nickname.split(' ').collect();
    let name_like = |w: &&str| {
        w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
    };
    if words.len() > 3 || !words.iter().all(name_like) {
        return None;
    }
    let after = inside_start + inside_len + close.len_utf8();
    let rest = line[after..].strip_prefix(' ')?;
    let surname: String = rest.chars().take_while(|c| c.is_alphabetic() || matches!(c, '\'' | '-')).collect();
    if !surname.starts_with(char::is_uppercase) || is_function_word(&fold(&surname)) {
        return None;
    }
    let aside = Aside { before: given.to_string(), after: surname, name: nickname.to_string() };
    Some((at - 1, after, aside))
}

/// A maiden name after a married woman's, from the word "née" (or "nee") at byte `at`:
/// `Mary Smith (née Brown)`, `Mary Jones, nee Brown,`. Its span to cut (the brackets, or
/// the comma before it) and the aside.
fn maiden_name_at(line: &str, at: usize) -> Option<(usize, usize, Aside)> {
    let rest = &line[at..];
    let word_len = ["née ", "nee ", "Née ", "Nee "].iter().find(|w| rest.starts_with(**w))?.len();
    let before = line[..at].trim_end_matches(' ');
    let bracket = before.ends_with('(');
    let name_end = before.trim_end_matches(['(', ',']).trim_end().len();
    if name_end == before.len() && !line[..at].ends_with(' ') || name_end == 0 {
        return None;
    }
    let names = name_before(line, name_end, 4);
    if names.is_empty() {
        return None;
    }
    let maiden_start = at + word_len;
    let maiden: Vec<&str> = line[maiden_start..]
        .split(' ')
        .take_while(|w| w.starts_with(char::is_uppercase))
        .take(2)
        .map(|w| w.trim_end_matches([',', ')', '.', ';']))
        .collect();
    if maiden.is_empty() {
        return None;
    }
    let maiden = maiden.join(" ");
    let maiden_end = maiden_start + maiden.len();
    let after = &line[maiden_end..];
    // Cut the brackets, or the comma before the aside (the one after it stays).
    let to = if bracket && after.starts_with(')') { maiden_end + 1 } else { maiden_end };
    let aside = Aside { before: names.join(" "), after: String::new(), name: maiden };
    Some((name_end, to, aside))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_countrys_abbreviation_before_a_noun_is_the_country_or_a_place_of_it() {
        let read = |run: &[&str]| country_before_a_noun(run).map(|m| (m.kind, m.name));
        let country = Some((Kind::Place, "United States".to_string()));
        assert_eq!(read(&["U.S.", "Firms"]), country);
        assert_eq!(read(&["U.S.", "Position"]), country);
        assert_eq!(read(&["U.K.", "Budget"]), Some((Kind::Place, "United Kingdom".to_string())));
        assert_eq!(read(&["U.S.", "Gulf"]), Some((Kind::Place, "U.S. Gulf".to_string())));
        assert_eq!(read(&["U.S.", "Midwest"]), Some((Kind::Place, "U.S. Midwest".to_string())));
        for body in [&["U.S.", "Treasury"][..], &["U.S.", "Navy"], &["U.S.", "Embassy"], &["U.S.", "EPA"]] {
            assert_eq!(read(body), None, "{body:?}");
        }
        assert_eq!(read(&["U.S.", "District", "Court"]), None);
        assert_eq!(read(&["US", "Firms"]), None);
    }

    #[test]
    fn a_wire_slug_before_a_headline_is_no_part_of_a_name() {
        assert_eq!(
            without_wire_slug("UPDATE 2-Brakmoor Steel agrees takeover"),
            "Brakmoor Steel agrees takeover"
        );
        assert_eq!(without_wire_slug("CORRECTED-Glimmerton Bank names chief"), "Glimmerton Bank names chief");
        assert_eq!(without_wire_slug("REFILE-UPDATE 1-Zanfield rescue"), "Zanfield rescue");
        assert_eq!(without_wire_slug("EXXON-Mobil merger talks"), "EXXON-Mobil merger talks");
        assert_eq!(without_wire_slug("UPDATE on the talks"), "UPDATE on the talks");
        assert_eq!(without_wire_slug("URGENT -"), "URGENT -");
    }

    use super::*;
    use crate::entities::tokens::words;

    fn found(text: &str) -> Vec<(Kind, String)> {
        mentions(&words(text))
            .into_iter()
            .filter(|m| m.evidence != Evidence::Bare)
            .map(|m| (m.kind, m.name))
            .collect()
    }

    #[test]
    fn compound_adjectives_are_not_names() {
        assert!(is_compound_adjective("Oscar-winning"));
        assert!(is_compound_adjective("Labour-led"));
        assert!(!is_compound_adjective("Jean-Pierre"));
        assert!(!is_compound_adjective("Al-Assad"));
        assert!(!is_compound_adjective("Young-hoon"));
        assert!(!is_compound_adjective("Xiao-ping"));
        assert!(!is_compound_adjective("Smith"));
        let mut out = Vec::new();
        push_person(&["Oscar-winning"], Evidence::Confirmed, false, &mut out);
        assert!(out.is_empty());
    }

    #[test]
    fn a_compound_modifier_names_what_it_is_built_on() {
        assert_eq!(modifier_base("US-led"), Some(Some("US")));
        assert_eq!(modifier_base("World Bank-led"), Some(Some("World Bank")));
        assert_eq!(modifier_base("Singapore-listed"), Some(Some("Singapore")));
        assert_eq!(modifier_base("IBM-compatible"), None); // no modifier ending: left as is
        assert_eq!(modifier_base("NEC-backed"), Some(Some("NEC")));
        assert_eq!(modifier_base("Lumenfield-based"), Some(Some("Lumenfield")));
        for nothing in ["State-owned", "Chart-topping", "Kuwaiti-owned", "BB-minus", "CCC-plus", "AAA-rated"]
        {
            assert_eq!(modifier_base(nothing), Some(None), "{nothing}");
        }
        for name in
            ["Jean-Pierre Raffarin", "Kim Dae-jung", "Dai-ichi Kangyo", "Blu-ray Disc Association", "Metro"]
        {
            assert_eq!(modifier_base(name), None, "{name}");
        }
    }

    #[test]
    fn a_nationality_alone_is_no_person() {
        let mut out = Vec::new();
        push_person(&["Welsh"], Evidence::Confirmed, false, &mut out);
        push_person(&["Scottish"], Evidence::Confirmed, false, &mut out);
        assert!(out.is_empty());
        push_person(&["Irvine", "Welsh"], Evidence::Confirmed, false, &mut out);
        assert_eq!(out.len(), 1);
    }

    #[test]
    fn place_and_title_prefixes_are_split() {
        assert_eq!(
            found("Minneapolis Mayor Jacob Frey called for an end."),
            [(Kind::Place, "Minneapolis".to_string()), (Kind::Person, "Jacob Frey".to_string())]
        );
        let f = found("Minneapolis Police Chief Brian O'Hara said.");
        assert!(f.contains(&(Kind::Person, "Brian O'Hara".to_string())), "{f:?}");
    }

    #[test]
    fn titles_are_stripped() {
        assert_eq!(
            found("On Thursday, Vice President JD Vance visited."),
            [(Kind::Person, "JD Vance".to_string())]
        );
        assert_eq!(
            found("Democratic Senator Amy Klobuchar also called."),
            [(Kind::Person, "Amy Klobuchar".to_string())]
        );
    }

    #[test]
    fn organizations_by_suffix_and_of() {
        let f = found("The US Department of Homeland Security claimed Border Patrol agents fired.");
        assert_eq!(
            f,
            [
                (Kind::Org, "US Department of Homeland Security".to_string()),
                (Kind::Org, "Border Patrol".to_string())
            ]
        );
        let f =
            found("agents of US Immigration and Customs Enforcement (ICE) and the University of Minnesota");
        assert_eq!(
            f,
            [
                (Kind::Org, "US Immigration and Customs Enforcement".to_string()),
                (Kind::Org, "US Immigration and Customs Enforcement".to_string()),
                (Kind::Org, "University of Minnesota".to_string())
            ]
        );
    }

    #[test]
    fn a_title_with_no_name_is_nothing() {
        assert_eq!(found("The Mayor and the Governor are inciting Insurrection."), []);
        assert_eq!(found("\"The President must end this operation.\""), []);
    }

    #[test]
    fn persons_are_not_joined_across_and() {
        let f = found("Donald Trump and Jacob Frey met.");
        assert_eq!(f, [(Kind::Person, "Donald Trump".to_string()), (Kind::Person, "Jacob Frey".to_string())]);
    }

    #[test]
    fn chained_titles_are_all_stripped() {
        let f = found("Metro Transit General Manager Marcus Hale said.");
        assert_eq!(f, [(Kind::Org, "Metro Transit".to_string()), (Kind::Person, "Marcus Hale".to_string())]);
    }

    #[test]
    fn a_surname_that_is_a_city_is_still_a_surname() {
        assert_eq!(found("Karen Hagen, whose grandfather"), [(Kind::Person, "Karen Hagen".to_string())]);
    }

    #[test]
    fn based_prefix_is_a_place() {
        assert_eq!(
            found("the Minneapolis-based Lumenfield Analytics said"),
            [(Kind::Place, "Minneapolis".to_string()), (Kind::Org, "Lumenfield Analytics".to_string())]
        );
    }

    #[test]
    fn geographic_features_are_places() {
        assert_eq!(found("ice on Lake Superior thickened"), [(Kind::Place, "Lake Superior".to_string())]);
    }

    #[test]
    fn nicknames_and_maiden_names_are_taken_out_of_names() {
        let (text, asides) =
            without_asides("James \"Big Jim\" Callahan and Mrs. Mary Smith (née Brown) came.").unwrap();
        assert_eq!(text, "James Callahan and Mrs. Mary Smith came.");
        assert_eq!(asides[0].alias().as_deref(), Some("Big Jim"));
        assert_eq!(asides[1].alias().as_deref(), Some("Mary Brown"));
        let (text, _) = without_asides("Miss Mary Jones, nee Brown, of Elm Street").unwrap();
        assert_eq!(text, "Miss Mary Jones, of Elm Street");
        // A quotation is no nickname, nor is a word ending in "nee".
        assert_eq!(without_asides("Paul said \"we will win\" and Mr. Chaknee left"), None);
    }
}
