//! The settle steps for firms and other organizations: acronyms in brackets, firms the
//! article lists after a firm's noun, firms named after two partners ("Duff and Phelps"),
//! names before a stock symbol, common words and journals read as names, and "People's
//! Republic". [`super::extract_with`] runs them in its order.

use std::borrow::Cow;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::lexicon::{fold, known_org, place};
use super::name_words::{Case, Letters, NameWord, NotAName};
use super::rules::{Kind, Mention};
use super::{gazetteer, lexicon, tokens};

/// The organizations of `orgs` that the article's `lines` name in full with an acronym in
/// brackets, or the other way round: `(full name, acronym)`. The acronym's letters are
/// the initials of the full name's words, in order and beginning with the first, some
/// words left out ("Centers for Disease Control and Prevention (CDC)"); an acronym's word
/// gives all its letters ("UK Independence Party (UKIP)"), a small word its initial too
/// ("Bank of Japan (BOJ)", "Bank of England (BoE)") and a number its figure ("Group of
/// Seven (G-7)"). An acronym in brackets right after the full name is taken though the
/// tagger did not read it as a name (the caller adds it to the organizations).
pub(super) fn acronyms_in_brackets(lines: &[Cow<'_, str>], orgs: &[String]) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for acronym in orgs.iter().filter(|o| tokens::is_acronym(o) && !o.contains(' ')) {
        for full in orgs.iter().filter(|o| o.contains(' ') && spells_initials(o, acronym)) {
            let written = [format!("{full} ({acronym})"), format!("{acronym} ({full})")];
            if lines.iter().any(|line| written.iter().any(|w| line.contains(w.as_str()))) {
                pairs.push((full.clone(), acronym.clone()));
            }
        }
    }
    // "Bank of England (BoE)", "Group of Seven (G-7)": an acronym in mixed case or with a
    // figure, which the tagger reads as no name.
    for full in orgs.iter().filter(|o| o.contains(' ')) {
        let opening = format!("{full} (");
        for line in lines {
            for (at, _) in line.match_indices(opening.as_str()) {
                let Some((acronym, _)) = line[at + opening.len()..].split_once(')') else {
                    continue;
                };
                // ("Intelligent Network (IN)": a word of the language in capitals is too
                // often something else to become a name of its own.)
                if is_acronym_in_brackets(acronym)
                    && !lexicon::is_function_word(&acronym.to_lowercase())
                    && spells_initials(full, acronym)
                    && !pairs.iter().any(|(f, a)| f == full && a == acronym)
                {
                    pairs.push((full.clone(), acronym.to_string()));
                }
            }
        }
    }
    // A wire's stock symbol after the name, when it spells the name's initials: "General
    // Motors Corp <GM>", "International Business Machines Corp <IBM.N>" (the symbol, not its
    // exchange's suffix). `--org GM` then finds the articles naming General Motors so.
    for full in orgs.iter().filter(|o| o.contains(' ')) {
        let opening = format!("{full} <");
        for line in lines {
            for (at, _) in line.match_indices(opening.as_str()) {
                let rest = &line[at + opening.len()..];
                let Some(symbol) = rest.split_once('>').map(|(s, _)| s.split('.').next().unwrap_or(s)) else {
                    continue;
                };
                if (2..=6).contains(&symbol.len())
                    && symbol.bytes().all(|b| b.is_ascii_uppercase())
                    && spells_initials(full, symbol)
                    && !pairs.iter().any(|(f, a)| f == full && a == symbol)
                {
                    pairs.push((full.clone(), symbol.to_string()));
                }
            }
        }
    }
    pairs
}

/// Whether `acronym` spells the initials of `full` ([`acronyms_in_brackets`]): each of its
/// letters (in capitals) and figures is, in order, the initial of one of the full name's
/// words, the first its first; a capitalized word gives its initial (an acronym all its
/// letters), a small word in lower case ("of", "and") its initial, a number written in
/// words or figures its figure ("Seven", "77").
fn spells_initials(full: &str, acronym: &str) -> bool {
    const NUMBERS: [&str; 12] =
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    let initials: Vec<String> = full
        .split([' ', '-'])
        .filter(|w| !w.is_empty())
        .flat_map(|w| -> Vec<String> {
            let folded = w.to_lowercase();
            if let Some(at) = NUMBERS.iter().position(|n| *n == folded) {
                vec![(at + 1).to_string()]
            } else if w.chars().all(|c| c.is_ascii_digit()) {
                vec![w.to_string()]
            } else if tokens::is_acronym(w) {
                w.chars().filter(|c| c.is_alphabetic()).map(|c| c.to_uppercase().collect()).collect()
            } else if w.starts_with(char::is_uppercase) || (w.len() <= 3 && w.chars().all(char::is_lowercase))
            {
                w.chars().take(1).map(|c| c.to_uppercase().collect()).collect()
            } else {
                Vec::new()
            }
        })
        .collect();
    // The acronym's letters one by one, a run of figures as one.
    let mut units: Vec<String> = Vec::new();
    for c in acronym.chars().filter(|c| c.is_alphanumeric()) {
        match units.last_mut() {
            Some(last) if c.is_ascii_digit() && last.chars().all(|d| d.is_ascii_digit()) => last.push(c),
            _ => units.push(c.to_uppercase().collect()),
        }
    }
    let letters = units.iter().filter(|u| !u.starts_with(|c: char| c.is_ascii_digit())).count();
    let mut rest = initials.iter();
    units.len() >= 2
        && letters >= 1
        && initials.first() == units.first()
        && units.iter().all(|unit| rest.any(|initial| initial == unit))
}

/// What reads as an acronym in brackets after a name, though not in capitals alone: two
/// to six letters and figures (a hyphen or a full stop between), starting with a capital,
/// with two capitals or a figure ("BoE", "DfES", "G-7"; not "Reuters" or "Mr").
fn is_acronym_in_brackets(text: &str) -> bool {
    let signs = text.chars().filter(|c| c.is_alphanumeric()).count();
    let capitals = text.chars().filter(|c| c.is_uppercase()).count();
    let figures = text.chars().any(|c| c.is_ascii_digit());
    (2..=6).contains(&signs)
        && text.starts_with(char::is_uppercase)
        && text.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.')
        && (capitals >= 2 || figures)
}

/// Plural nouns for kinds of firm: the names listed after "<noun> such as" or
/// "<noun> including" are firms.
const FIRM_NOUNS: &[&str] = &[
    "companies",
    "firms",
    "corporations",
    "concerns",
    "refiners",
    "processors",
    "manufacturers",
    "banks",
    "insurers",
    "retailers",
    "brokerages",
    "conglomerates",
    "utilities",
    "suppliers",
    "agribusinesses",
];

/// Names the article lists as firms ("agribusiness firms including Archer Daniels Midland
/// (ADM) and A.E. Staley", "corn refiner companies such as A.E. Staley and Archer Daniels
/// Midland") are organizations wherever the tagger read them as people.
pub(super) fn firms_the_article_lists(lines: &[Vec<tokens::Word<'_>>], mentions: &mut [Mention]) {
    let mut listed: Vec<String> = Vec::new();
    for words in lines {
        for k in 1..words.len() {
            let cue_len = match (words[k].text, words.get(k + 1).map(|w| w.text)) {
                ("such", Some("as")) => 2,
                ("including", _) => 1,
                _ => continue,
            };
            if words[k - 1].break_after || !FIRM_NOUNS.contains(&words[k - 1].text) {
                continue;
            }
            let mut at = k + cue_len;
            // Names one after another, parted by commas, brackets, "and" or "or"; an
            // acronym in brackets ("(ADM)") starts no sentence.
            while at < words.len()
                && words[at].is_capitalized()
                && (!words[at].sentence_start || words[at].is_acronym())
            {
                let start = at;
                while at + 1 < words.len() && !words[at].break_after && words[at + 1].is_capitalized() {
                    at += 1;
                }
                listed.push(tokens::joined(&words[start..=at]));
                at += 1;
                match words.get(at) {
                    Some(w) if matches!(w.text, "and" | "or") => at += 1,
                    Some(_) if words[at - 1].break_after => {}
                    _ => break,
                }
            }
        }
    }
    if listed.is_empty() {
        return;
    }
    for m in mentions.iter_mut().filter(|m| m.kind == Kind::Person && m.tagged && !m.titled) {
        if listed.contains(&m.name) {
            m.kind = Kind::Org;
        }
    }
}

/// Whether a lower-case word looks like a plural noun, which makes the names before it two
/// things ("Heathrow and Gatwick airports"): it ends in "s" and is no verb of saying or
/// being ("says", "is", "was", "has").
fn is_plural_noun(word: &str) -> bool {
    word.starts_with(char::is_lowercase)
        && word.ends_with('s')
        && !matches!(word, "says" | "is" | "was" | "has")
}

/// Words before two names joined by "and" that make the pair one firm: "a lawyer of Baker
/// and Botts", "an analyst at Duff and Phelps", and a list's "and" ("AFG and Wagner and
/// Brown": people would be listed "AFG, Wagner and Brown").
const BEFORE_A_FIRM_OF_TWO: &[&str] = &["of", "at", "and"];

/// Words after "said" or "says" that make the subject one firm: "Duff and Phelps said it
/// lowered", not two people.
const SINGULAR_AFTER_SAID: &[&str] = &["it", "its"];

/// Nouns for a firm or a part of one that make the pair beside them one firm: before it,
/// "auditor Coopers and Lybrand", "the unit Pratt and Whitney", "auditors, Ernst and
/// Whinney"; after it, "Pratt and Whitney unit", "a Duff and Phelps spokesman".
const FIRM_NOUNS_BESIDE_A_PAIR: &[&str] = &[
    "unit",
    "division",
    "subsidiary",
    "affiliate",
    "firm",
    "auditor",
    "auditors",
    "accountants",
    "consultants",
    "brokers",
    "stockbrokers",
    "spokesman",
    "spokeswoman",
];

/// Verbs in the singular that make the pair before them one thing: "Pratt and Whitney is a
/// division of United Technologies"; two people "are".
const SINGULAR_VERBS: &[&str] = &["is", "has", "was"];

/// A firm named after two partners, "X and Y" of two bare capitalized words, is one
/// organization, not the two people or the person and the organization the tagger reads
/// ("Duff and Phelps", "Baker and Botts", "Wagner and Brown"). A pair is a firm when some
/// use of it reads as one thing: after "of", "at" or another "and" ([`BEFORE_A_FIRM_OF_TWO`]),
/// with an `'s`, or before "said it" ("Duff and Phelps said it lowered the rating"); then
/// every use of it is the firm. Stronger cues say "firm" outright: a firm's noun beside
/// it ("auditors, Coopers and Lybrand", "the Pratt and Whitney unit", [`FIRM_NOUNS_BESIDE_A_PAIR`]),
/// a firm's possessive before it ("United Technologies Corp's Pratt and Whitney") or its noun
/// in an aside after it ("Pratt and Whitney, a unit of"), an
/// officer's title after it ("Ernst and Whinney Chairman Ray Groves") or a verb in the
/// singular ("Pratt and Whitney is"). Only a pair the tagger read a person in (or, after a
/// firm's noun or possessive, an organization), and not both as places, is changed. No other capitalized
/// word stands beside the pair, neither word is a place, a known organization, a
/// nationality, a party, a month or a day, nor a given name ("Charles and Diana", "Beckham
/// and Owen") unless a strong cue says firm and the other is none ("Pratt and Whitney"), no
/// plural noun follows ("at Heathrow and Gatwick airports"), and the article never
/// names either as a person in full or with a title ("Tony Blair ... Blair and Brown",
/// "Mr Baker"): partners of a firm are not its story's people.
pub(super) fn firms_named_after_two_partners(lines: &[Vec<tokens::Word<'_>>], mentions: &mut Vec<Mention>) {
    const PARTNER: NameWord = NameWord {
        case: Case::CapitalThenLower,
        letters: Letters::Only,
        not: &[
            NotAName::NotName,
            NotAName::Title,
            NotAName::LegalForm,
            NotAName::DemonymOrName,
            NotAName::PartyWord,
            NotAName::DayOrMonth,
        ],
    };
    let partner = |w: &tokens::Word<'_>| PARTNER.admits(w.text);
    let mut firms: Vec<(&str, &str, bool)> = Vec::new();
    for words in lines {
        for k in 1..words.len().saturating_sub(1) {
            let (x, and, y) = (&words[k - 1], &words[k], &words[k + 1]);
            if and.text != "and" || x.break_after || and.break_after || !partner(x) || !partner(y) {
                continue;
            }
            let before = k.checked_sub(2).map(|b| &words[b]).filter(|b| !b.break_after);
            let after = words.get(k + 2).filter(|_| !y.break_after);
            // A firm's possessive before it names the firm's unit ("United Technologies
            // Corp's Pratt and Whitney"); a title after it, the firm's officer ("Ernst and
            // Whinney Chairman Ray Groves").
            let owner_before = k.checked_sub(2).map(|b| &words[b]).is_some_and(|b| {
                let f = fold(b.text);
                b.possessive && (lexicon::is_legal_form(&f) || lexicon::is_org_head(&f))
            });
            // Or the firm's noun in an aside after it: "Pratt and Whitney, a unit of".
            let unit_aside = y.break_after
                && words.get(k + 2).is_some_and(|w| matches!(w.text, "a" | "an"))
                && words.get(k + 3).is_some_and(|w| FIRM_NOUNS_BESIDE_A_PAIR.contains(&w.text));
            // Not the tail of a list: "Culture, Media and Sport Secretary Tessa Jowell".
            let list_tail = k >= 2 && words[k - 2].break_after && !x.sentence_start;
            let title_after = !list_tail
                && after.is_some_and(|a| {
                    lexicon::is_title(&fold(a.text))
                        && !a.break_after
                        && words.get(k + 3).is_some_and(|w| w.is_capitalized())
                });
            if (before.is_some_and(|b| b.is_capitalized() && !x.sentence_start) && !owner_before)
                || (after.is_some_and(|a| a.is_capitalized()) && !title_after)
                || after.is_some_and(|a| is_plural_noun(a.text))
            {
                continue;
            }
            let given_names = [x, y].map(|w| lexicon::is_first_name(&fold(w.text)));
            // "a lawyer of Baker and Botts", not "the Return of Refugees and Democracy".
            let noun_before = k < 3 || words[k - 3].break_after || !words[k - 3].is_capitalized();
            let cue_before = before
                .is_some_and(|b| BEFORE_A_FIRM_OF_TWO.contains(&b.text) && (b.text == "and" || noun_before));
            let said_it = after.is_some_and(|a| matches!(a.text, "said" | "says"))
                && words.get(k + 3).is_some_and(|w| SINGULAR_AFTER_SAID.contains(&w.text));
            // A firm's noun beside it, even across a comma ("its auditors, Coopers and
            // Lybrand"), but not across a sentence's end.
            let noun_beside = (k >= 2
                && FIRM_NOUNS_BESIDE_A_PAIR.contains(&words[k - 2].text)
                && (!words[k - 2].break_after || !x.sentence_start))
                || after.is_some_and(|a| FIRM_NOUNS_BESIDE_A_PAIR.contains(&a.text));
            // "Pratt and Whitney is a division", not "the talks between Blair and Brown was".
            let singular = after.is_some_and(|a| SINGULAR_VERBS.contains(&a.text))
                && before.is_none_or(|b| b.text != "between");
            // The cues that say "firm" outright ("unit", "is"), where the weaker ones ("of",
            // "'s") need both words to be no given names and one read as a person.
            let strong = owner_before || unit_aside || title_after || noun_beside || singular;
            // The cues that name a firm's part or staff, which make a pair of two names read as
            // organizations one firm ("auditor Coopers and Lybrand"); a verb in the singular or a
            // title after two firms does not ("Phytopharm and Unilever has").
            let firm_cue = owner_before || unit_aside || noun_beside;
            let cue = if given_names[0] || given_names[1] {
                strong && !(given_names[0] && given_names[1])
            } else {
                strong || cue_before || y.possessive || said_it
            };
            if cue && !firms.iter().any(|f| (f.0, f.1) == (x.text, y.text)) {
                firms.push((x.text, y.text, firm_cue));
            }
        }
    }
    for (x, y, firm_cue) in firms {
        let named_as_person = mentions.iter().any(|m| {
            m.kind == Kind::Person
                && ((m.titled && (m.name == x || m.name == y))
                    || (m.name.contains(' ')
                        && m.name.rsplit(' ').next().is_some_and(|last| last == x || last == y)))
        });
        // Only a pair the tagger read a person in, and not both of them places somewhere
        // ("the mining towns of Barentsburg and Pyramiden").
        let read_as = |kind: Kind| mentions.iter().any(|m| m.kind == kind && (m.name == x || m.name == y));
        let place_read = |n: &str| mentions.iter().any(|m| m.kind == Kind::Place && m.name == n);
        // Or, after a strong cue, one read as an organization ("auditor Coopers and
        // Lybrand", "the Pratt and Whitney unit").
        let firm = format!("{x} and {y}");
        if named_as_person
            || !(read_as(Kind::Person) || (firm_cue && read_as(Kind::Org)))
            || (place_read(x) && place_read(y))
            || mentions.iter().any(|m| m.name == firm)
        {
            continue;
        }
        let first = mentions.iter().position(|m| m.tagged && !m.titled && (m.name == x || m.name == y));
        mentions.retain(|m| !(m.tagged && !m.titled && (m.name == x || m.name == y)));
        let mut mention = Mention::new(Kind::Org, firm);
        mention.tagged = true;
        mentions.insert(first.unwrap_or(mentions.len()).min(mentions.len()), mention);
    }
}

/// A name the article follows with a stock symbol in angle brackets, as wires write a
/// listed company's ("Phillips Petroleum <P> and Diamond Shamrock <DIA> also said"), is a
/// company wherever the tagger read it as a person.
pub(super) fn firms_with_stock_symbols(lines: &[Cow<'_, str>], mentions: &mut [Mention]) {
    let is_symbol = |after: &str| {
        after.strip_prefix('<').and_then(|rest| rest.split_once('>')).is_some_and(|(symbol, _)| {
            !symbol.is_empty()
                && symbol.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.')
        })
    };
    for m in mentions.iter_mut().filter(|m| m.kind == Kind::Person && m.tagged && !m.titled) {
        let followed = lines.iter().any(|line| {
            line.match_indices(m.name.as_str())
                .any(|(at, _)| is_symbol(line[at + m.name.len()..].trim_start_matches(' ')))
        });
        if followed {
            m.kind = Kind::Org;
        }
    }
}

/// A lone word the tagger read as an organization or a place is no name when the article
/// writes it in lower case elsewhere and with a capital only where every word has one, at
/// the start of a sentence or a quotation: "Digital prints cost less" beside "the digital
/// network", "Cinemas will be given the film" beside "150 cinemas". A name is capitalized
/// mid-sentence too ("the Budget", "shares in Apple"), and names the gazetteer or the list
/// of organizations knows keep their reading ("Reading", "Bath").
pub(super) fn drop_common_words_read_as_names(lines: &[Vec<tokens::Word<'_>>], mentions: &mut Vec<Mention>) {
    let is_candidate = |m: &Mention| {
        m.tagged
            && m.kind != Kind::Person
            && !m.name.contains(' ')
            && m.name.starts_with(char::is_uppercase)
            && !tokens::is_acronym(&m.name)
            && known_org(&m.name).is_none()
            && place(&m.name).is_none()
    };
    let names: HashSet<&str> = mentions.iter().filter(|m| is_candidate(m)).map(|m| m.name.as_str()).collect();
    if names.is_empty() {
        return;
    }
    // A text written all in lower case (some wire copy is) says nothing by its case.
    let inside: Vec<&tokens::Word<'_>> = lines.iter().flatten().filter(|w| !w.sentence_start).collect();
    if inside.iter().filter(|w| w.is_capitalized()).count() * 50 < inside.len() {
        return;
    }
    // For each candidate, in lower case: (written in lower case, capitalized mid-sentence).
    let mut uses: HashMap<String, (bool, bool)> =
        names.iter().map(|n| (n.to_lowercase(), (false, false))).collect();
    // Compared letter by letter, not lower-cased into a new string for every word.
    let same_word = |text: &str, lower: &str| {
        text.len() == lower.len() && text.chars().flat_map(char::to_lowercase).eq(lower.chars())
    };
    for word in lines.iter().flatten() {
        let Some((_, seen)) = uses.iter_mut().find(|(lower, _)| same_word(word.text, lower)) else {
            continue;
        };
        if word.is_capitalized() {
            seen.1 |= !word.sentence_start;
        } else {
            seen.0 |= !word.text.contains(char::is_uppercase);
        }
    }
    let common: HashSet<String> = uses
        .iter()
        .filter(|(_, (lower, capital_inside))| *lower && !capital_inside)
        .map(|(w, _)| w.clone())
        .collect();
    // A common English word read as a place, capitalized only where a sentence starts,
    // is that word even when the article never writes it in lower case ("Sea levels
    // rose", "Samples were taken"); a place is capitalized mid-sentence too.
    let common_place: HashSet<String> = uses
        .into_iter()
        .filter(|(w, (_, capital_inside))| !capital_inside && gazetteer::is_common_word(w))
        .map(|(w, _)| w)
        .collect();
    if !common.is_empty() || !common_place.is_empty() {
        mentions.retain(|m| {
            let lower = m.name.to_lowercase();
            !(is_candidate(m)
                && (common.contains(&lower) || (m.kind == Kind::Place && common_place.contains(&lower))))
        });
    }
}

/// A lone word read as a place that a study is published in ("published on Wednesday in
/// Nature", "in the journal Science") is the journal, no place; the gazetteer's places keep
/// their reading.
pub(super) fn drop_journals_read_as_places(lines: &[Vec<tokens::Word<'_>>], mentions: &mut Vec<Mention>) {
    let mut journals: Vec<&str> = Vec::new();
    const PUBLISHED: [&str; 5] = ["published", "publishes", "publish", "appears", "appeared"];
    for words in lines {
        for k in 1..words.len() {
            // Most words are no capitalized word after "in" or "journal": asked first.
            let before = words[k - 1].text;
            let after_in = before.eq_ignore_ascii_case("in");
            if !words[k].is_capitalized() || !(after_in || before.eq_ignore_ascii_case("journal")) {
                continue;
            }
            let published = || {
                words[..k - 1]
                    .iter()
                    .rev()
                    .take(8)
                    .any(|w| PUBLISHED.iter().any(|p| w.text.eq_ignore_ascii_case(p)))
            };
            if !after_in || published() {
                journals.push(words[k].text);
            }
        }
    }
    if journals.is_empty() {
        return;
    }
    mentions.retain(|m| {
        !(m.kind == Kind::Place
            && !m.name.contains(' ')
            && place(&m.name).is_none()
            && journals.contains(&m.name.as_str()))
    });
}

/// "People's Republic of China", "People's Republic of the Congo": the tagger reads the
/// possessive's owner apart, a place "People", and the rest as another country ("Republic
/// of China" is Taiwan's name). Where a line writes such a name, "People" is dropped and
/// the rest is the whole name, which [`countries::listed_place`] lists as the country it
/// is ("China", "Republic of the Congo").
pub(super) fn peoples_republics(pieces: &[Cow<'_, str>], mentions: &mut Vec<Mention>) {
    let mut formal: Vec<(String, String)> = Vec::new();
    for line in pieces {
        for start in ["People's Republic of ", "Peoples Republic of ", "People’s Republic of "] {
            for (at, _) in line.match_indices(start) {
                let mut words: Vec<&str> = Vec::new();
                for word in line[at + start.len()..].split_whitespace().take(4) {
                    let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
                    if bare == "the" || bare.starts_with(char::is_uppercase) {
                        words.push(bare);
                    }
                    if bare != "the" && (!bare.starts_with(char::is_uppercase) || bare.len() < word.len()) {
                        break;
                    }
                }
                if words.last().is_some_and(|w| *w != "the") {
                    let rest = words.join(" ");
                    formal.push((format!("Republic of {rest}"), format!("People's Republic of {rest}")));
                }
            }
        }
    }
    if formal.is_empty() {
        return;
    }
    mentions.retain(|m| !(m.kind != Kind::Person && matches!(m.name.as_str(), "People" | "Peoples")));
    for m in mentions.iter_mut().filter(|m| m.kind == Kind::Place) {
        if let Some((_, whole)) = formal.iter().find(|(republic, _)| *republic == m.name) {
            m.name = whole.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::{extract_text, tests::tagged};

    #[test]
    fn a_journal_a_study_is_published_in_is_no_place() {
        let text = "The team published the results in Nature. Researchers in Boston and Reading took \
                    part, and wrote in the journal Science.";
        let lines = vec![tokens::words(text)];
        let mut mentions: Vec<Mention> = ["Nature", "Boston", "Reading", "Science"]
            .iter()
            .map(|name| Mention { tagged: true, ..Mention::new(Kind::Place, name.to_string()) })
            .collect();
        drop_journals_read_as_places(&lines, &mut mentions);
        let left: Vec<&str> = mentions.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(left, ["Boston", "Reading"]);
    }

    #[test]
    fn an_acronym_in_brackets_after_an_organizations_name_is_its_acronym() {
        let e = extract_text(
            None,
            "The Centers for Disease Control and Prevention (CDC) urged flu shots. The UK Independence \
             Party (UKIP) disagreed.",
        );
        assert_eq!(
            e.org_acronyms,
            [
                ("Centers for Disease Control and Prevention".to_string(), "CDC".to_string()),
                ("UK Independence Party".to_string(), "UKIP".to_string())
            ]
        );
    }

    #[test]
    fn an_acronym_with_a_small_words_initial_or_a_figure_is_the_names_acronym() {
        let e = extract_text(
            None,
            "The Bank of Japan (BOJ) held its discount rate. The Bank of England (BoE) kept rates on hold, \
             and the Group of Seven (G-7) met in Paris. The Bank of Japan said, as Reuters (Reuters) put it.",
        );
        let pairs: Vec<(&str, &str)> = e.org_acronyms.iter().map(|(f, a)| (f.as_str(), a.as_str())).collect();
        assert!(pairs.contains(&("Bank of Japan", "BOJ")), "{pairs:?}");
        assert!(pairs.contains(&("Bank of England", "BoE")), "{pairs:?}");
        assert!(pairs.contains(&("Group of Seven", "G-7")), "{pairs:?}");
        for acronym in ["BOJ", "BoE", "G-7"] {
            assert!(e.organizations.iter().any(|o| o == acronym), "{acronym}: {:?}", e.organizations);
        }
        assert!(!pairs.iter().any(|(_, a)| *a == "Reuters"), "{pairs:?}");
    }

    #[test]
    fn initials_are_spelled_in_order_from_the_first_word() {
        assert!(spells_initials("Bank of Japan", "BOJ"));
        assert!(spells_initials("Group of Seven", "G7"));
        assert!(spells_initials("Group of 77", "G-77"));
        assert!(spells_initials("Centers for Disease Control and Prevention", "CDC"));
        assert!(!spells_initials("Bank of Japan", "JB"));
        assert!(!spells_initials("Group of Seven", "G-5"));
        assert!(!spells_initials("Group of Seven", "7"));
        assert!(
            is_acronym_in_brackets("BoE") && is_acronym_in_brackets("G-7") && is_acronym_in_brackets("DfES")
        );
        assert!(
            !is_acronym_in_brackets("Reuters")
                && !is_acronym_in_brackets("Mr")
                && !is_acronym_in_brackets("1987")
        );
    }

    #[test]
    fn a_stock_symbol_spelling_an_organizations_initials_is_its_acronym() {
        let e = extract_text(
            None,
            "General Motors Corp <GM> said its Pontiac sales rose. Chrysler Corp <C> and \
             International Business Machines Corp <IBM.N> were steady.",
        );
        let pairs: Vec<(&str, &str)> = e.org_acronyms.iter().map(|(f, a)| (f.as_str(), a.as_str())).collect();
        assert!(pairs.contains(&("General Motors Corp", "GM")), "{pairs:?}");
        assert!(pairs.contains(&("International Business Machines Corp", "IBM")), "{pairs:?}");
        // A symbol of one letter, or one that is no initials, says nothing.
        assert!(!pairs.iter().any(|(_, a)| *a == "C"), "{pairs:?}");
    }

    #[test]
    fn a_word_capitalized_only_where_sentences_start_is_no_name_alone() {
        let text = [
            "Cinemas will be given the film on a drive, and 150 cinemas will show it.",
            "Digital prints cost less, said the head of the Screen Network at Apple.",
            "Apple said the digital network would grow.",
        ];
        let lines: Vec<Vec<tokens::Word<'_>>> = text.iter().map(|l| tokens::words(l)).collect();
        let mut mentions = vec![
            tagged(Kind::Org, "Cinemas"),
            tagged(Kind::Org, "Digital"),
            tagged(Kind::Org, "Apple"),
            tagged(Kind::Org, "Screen Network"),
            tagged(Kind::Place, "Digital"),
        ];
        drop_common_words_read_as_names(&lines, &mut mentions);
        // "cinemas" and "digital" are written in lower case and capitalized only where a
        // sentence starts; "Apple" is capitalized mid-sentence, and a longer name stays.
        let kept: Vec<&str> = mentions.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(kept, ["Apple", "Screen Network"]);

        // A text in lower case throughout says nothing by its case.
        let lower = ["quantum corp said it will take a charge.", "Quantum earned 22 mln dlrs, quantum said."];
        let lines: Vec<Vec<tokens::Word<'_>>> = lower.iter().map(|l| tokens::words(l)).collect();
        let mut mentions = vec![tagged(Kind::Org, "Quantum")];
        drop_common_words_read_as_names(&lines, &mut mentions);
        assert_eq!(mentions.len(), 1);
    }

    #[test]
    fn a_peoples_republic_is_its_country_not_a_place_called_people() {
        let e = extract_text(
            None,
            "Loans did not have the full backing of the People's Republic of China, he said.",
        );
        assert_eq!(e.places, ["China"]);
        let e = extract_text(
            None,
            "Conoco said the well offshore the People's Republic of the Congo produced oil.",
        );
        assert_eq!(e.places, ["Republic of the Congo"]);
        // A headline in capitals names its country.
        let e = extract_text(
            Some("JAPAN PERSONAL SAVINGS SOAR IN 1986"),
            "Savings rose in Tokyo last year, officials said.",
        );
        assert_eq!(e.places, ["Japan", "Tokyo"]);
        // A nationality alone is no place.
        let e = extract_text(None, "The Kuwaiti oil minister met traders in London on Monday.");
        assert!(!e.places.iter().any(|p| p == "Kuwaiti"), "{e:?}");
    }

    #[test]
    fn names_joined_by_an_ampersand_are_one_organization() {
        let e = extract_text(
            Some("Deals roundup"),
            "AT&amp;T Inc. (NYSE: T) reported higher profit on Tuesday. Shares of Procter & Gamble Co. and \
             Johnson & Johnson rose, while Ben & Jerry's said it would open new shops in the city. Morgan \
             Stanley & Co. advised the buyer. Standard & Poor's and Marsh & McLennan were unchanged."
                .replace("&amp;", "&")
                .as_str(),
        );
        assert!(e.people.is_empty(), "{e:?}");
        for org in
            ["AT&T Inc.", "Procter & Gamble Co.", "Johnson & Johnson", "Ben & Jerry's", "Marsh & McLennan"]
        {
            assert!(e.organizations.contains(&org.to_string()), "{org}: {e:?}");
        }
        assert!(e.organizations.iter().any(|o| o.starts_with("Standard & Poor")), "{e:?}");
        assert!(!e.organizations.iter().any(|o| o.starts_with("T ")), "{e:?}");
        // Places joined so stay places, and a description before the firm is not its name.
        let e = extract_text(
            None,
            "Family-controlled Douglas & Lomason said its sales in Trinidad & Tobago fell.",
        );
        assert!(e.organizations.contains(&"Douglas & Lomason".to_string()), "{e:?}");
        assert!(!e.organizations.iter().any(|o| o.contains("Trinidad") || o.contains("Family")), "{e:?}");
        // A list's item before the firm is no partner of it.
        let e = extract_text(
            None,
            "Suitors include Kimberly-Clark, Johnson & Johnson and others. Engines came from Rolls-Royce, \
             Pratt & Whitney and others. Phil Pace of Kidder, Peabody and Co said so.",
        );
        for org in ["Johnson & Johnson", "Pratt & Whitney", "Kidder, Peabody and Co"] {
            assert!(e.organizations.contains(&org.to_string()), "{org}: {e:?}");
        }
        assert!(
            !e.organizations
                .iter()
                .any(|o| o.starts_with("Kimberly-Clark,") || o.starts_with("Rolls-Royce,")),
            "{e:?}"
        );
    }

    #[test]
    fn ratings_trade_terms_and_crude_grades_are_no_names() {
        let e = extract_text(
            Some("Crude prices"),
            "West Texas Intermediate crude rose 50 cents, while Louisiana Sweet gained 40 cents and West \
             Texas Sour was unchanged, traders said. Standard and Poor's rated the debt AAA and the notes \
             BBB, and cut BBB-plus Hechinger Co. The cargo was sold FOB Rotterdam, dealers said.",
        );
        let all: Vec<&String> = e.people.iter().chain(&e.organizations).chain(&e.places).collect();
        for junk in ["AAA", "BBB", "FOB", "Sweet", "Sour", "Intermediate"] {
            assert!(!all.iter().any(|n| n.split(' ').any(|w| w == junk)), "{junk}: {e:?}");
        }
        assert!(e.organizations.contains(&"Hechinger Co.".to_string()), "{e:?}");
        // The Commodity Credit Corp goes by a grade's letters: still an organization.
        let e = extract_text(None, "The CCC said it would buy wheat, the USDA said.");
        assert!(e.organizations.contains(&"CCC".to_string()), "{e:?}");
    }

    #[test]
    fn a_saints_church_or_hospital_is_an_organization() {
        let e = extract_text(
            Some("Parish news"),
            "The bazaar at St. Mary's Church raised funds for St. Elizabeth's Hospital on Saturday. Pupils of \
             St Thomas' School sang.",
        );
        assert!(e.people.is_empty() && e.places.is_empty(), "{e:?}");
        assert_eq!(e.organizations, ["St. Mary's Church", "St. Elizabeth's Hospital", "St Thomas' School"]);
    }

    #[test]
    fn a_wire_by_its_old_name_is_reuters_and_scales_and_ports_are_no_organizations() {
        let e = extract_text(
            None,
            "The tremor measured six on the Mercalli scale, officials said. Crude reaches the \
             Pacific port of Tulara by pipeline. Loading at Tulara stopped, a Reuter survey showed. \
             Opec February output fell, Reuters said.",
        );
        assert!(e.organizations.contains(&"Reuters".to_string()), "{e:?}");
        assert!(e.organizations.contains(&"OPEC".to_string()), "{e:?}");
        for wrong in ["Reuter", "Mercalli", "Tulara", "Opec February"] {
            assert!(!e.organizations.contains(&wrong.to_string()), "{wrong}: {e:?}");
        }
        assert!(e.places.contains(&"Tulara".to_string()), "{e:?}");
        // A titled Reuter is a person.
        let e = extract_text(None, "Daimler chairman Mr Reuter said sales rose.");
        assert!(!e.organizations.contains(&"Reuters".to_string()), "{e:?}");
    }

    #[test]
    fn companies_read_as_people_are_organizations() {
        let e = extract_text(
            None,
            "Marsden Petroleum said it raised the price it pays for crude oil. Sun Co <SUN> and \
             Ashford Kestrel <AKL> also raised their postings. Ethanol is made by a few large firms \
             including Holloway Daniels Bright (HDB). Diamond Shamrock Corp said it \
             would buy the refinery. Diamond Shamrock said the deal was worth 40 mln dlrs.",
        );
        assert!(e.people.is_empty(), "{e:?}");
        let listed = extract_text(
            None,
            "He will take the message to corn refiner companies such as A.E. Staley and Archer \
             Daniels Midland soon, he said.",
        );
        assert!(listed.people.is_empty(), "{listed:?}");
        assert!(listed.organizations.contains(&"A.E. Staley".to_string()), "{listed:?}");
        for firm in ["Marsden Petroleum", "Ashford Kestrel", "Holloway Daniels Bright", "Diamond Shamrock"] {
            assert!(e.organizations.contains(&firm.to_string()), "{firm}: {e:?}");
        }
    }

    #[test]
    fn a_firm_named_after_two_partners_is_one_organization() {
        let e = extract_text(
            None,
            "Crane and Whitlow said it lowered the rating of the bonds. The debt is high, Crane and \
             Whitlow said. A lawyer of Hobbs and Pellew said the suit would go on.",
        );
        assert!(e.people.is_empty(), "{e:?}");
        assert_eq!(e.organizations, ["Crane and Whitlow", "Hobbs and Pellew"], "{e:?}");
        // Two people the article names in full, and a pair with no cue, stay people.
        let people = extract_text(
            None,
            "Tony Blair met Gordon Brown on Monday. Aides of Blair and Brown said it went well.",
        );
        assert_eq!(people.people, ["Tony Blair", "Gordon Brown"], "{people:?}");
        assert!(people.organizations.is_empty(), "{people:?}");
    }

    #[test]
    fn a_pair_beside_a_firms_noun_or_verb_in_the_singular_is_one_firm() {
        for text in [
            "The order went to United Technologies Corp's Pratt and Whitney. Pratt and Whitney \
             said the order could include up to 69 engines.",
            "Pratt and Whitney, a unit of United Technologies Corp, said the order was large.",
            "Pratt and Whitney is a division of United Technologies Corp.",
            "The contract went to the Pratt and Whitney unit.",
        ] {
            let e = extract_text(None, text);
            assert!(e.organizations.contains(&"Pratt and Whitney".to_string()), "{text}: {e:?}");
            assert!(e.people.is_empty(), "{text}: {e:?}");
        }
        let e = extract_text(
            None,
            "Gulf States Utilities Co said its auditors, Coopers and Lybrand, qualified its opinion.",
        );
        assert!(e.organizations.contains(&"Coopers and Lybrand".to_string()), "{e:?}");
        assert!(!e.organizations.iter().any(|o| o == "Coopers" || o == "Lybrand"), "{e:?}");
        // Two people as one subject stay two.
        let e = extract_text(None, "Talks between Blair and Brown were tense. Blair and Brown are friends.");
        assert!(!e.organizations.iter().any(|o| o.contains(" and ")), "{e:?}");
    }
}
