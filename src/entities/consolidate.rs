//! From mentions to an article's entity lists: [`consolidate`] folds surnames and titled
//! forms into full names, keeps the other forms as aliases, and decides which lone words
//! are people, organizations or places.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::lexicon::{fold, known_org, place};
use super::rules::{Evidence, Kind, Mention};
use super::{Entities, countries, east_asian, gazetteer, lexicon, tokens};

/// Words that come before a common noun, not a person's name: "an Oscar", "her Oscar";
/// and "at", before a place or a company: "at Anfield", "at Gatwick", "at Mack". In lower
/// case only: "A Foley" in a team list is an initial.
const NOUN_MARKERS: &[&str] = &["a", "an", "the", "his", "her", "their", "its", "every", "each", "at"];

/// How often each capitalized word is a noun phrase of its own after a determiner or
/// "at": "won an Oscar for", "top of the Premiership.", "at the Bernabeu", "the game at
/// Anfield.", as a person's name seldom is. Only where punctuation, the line's end or a
/// function word follows: "the Reagan administration" and "the Baker plan" use a person's
/// name as a modifier, "the Oscar Wilde estate" starts a longer name, and "at Smith
/// Barney" a company's.
pub(super) fn common_noun_uses(lines: &[Vec<tokens::Word<'_>>]) -> HashMap<String, usize> {
    let mut uses: HashMap<String, usize> = HashMap::default();
    for words in lines {
        for k in 1..words.len() {
            let (before, word) = (&words[k - 1], &words[k]);
            // The marker first: it rules out most words at once.
            if NOUN_MARKERS.contains(&before.text)
                && !before.break_after
                && word.is_capitalized()
                && !word.is_acronym()
                && (word.break_after
                    || words.get(k + 1).is_none_or(|next| lexicon::is_function_word(&fold(next.text))))
            {
                *uses.entry(fold(word.text)).or_default() += 1;
            }
        }
    }
    uses
}

/// A person's name without the generational suffix that ends it, and that suffix:
/// "Martin Luther King Jr" is ("Martin Luther King", Some("Jr")), so "King" is the
/// surname; "Ken Griffey" is ("Ken Griffey", None).
pub(super) fn without_generational_suffix(name: &str) -> (&str, Option<&str>) {
    match name.rsplit_once(' ') {
        Some((rest, last)) if lexicon::is_generational_suffix(last) => (rest, Some(last)),
        _ => (name, None),
    }
}

/// One person as the article refers to them.
#[derive(Debug)]
struct Person {
    /// The longest full form seen.
    name: String,
    /// Folded first and last words, which identify the person within one article.
    first: String,
    last: String,
    /// The [`lexicon::middle_names`] of the first full form seen.
    middles: Vec<String>,
    /// The generational suffix of the name ("Jr", "III"), folded: "Martin Luther King Jr"
    /// and "Martin Luther King III" are father and son, not one person.
    suffix: Option<String>,
    /// Where (the index of the mention) the article first names the person in full.
    at: usize,
    confirmed: bool,
    /// A title or honorific introduced the person at least once ("President Bush", "Mr
    /// Bush"): a person even when the name is also a place's.
    titled: bool,
    /// Every form seen, in order of first use (the canonical one included).
    forms: Vec<String>,
}

impl Person {
    fn add_form(&mut self, form: &str) {
        if !self.forms.iter().any(|f| f == form) {
            self.forms.push(form.to_string());
        }
    }
}

/// A name of two words or more that is how one longer name of the article ends is that
/// person by a shorter name: "De Clercq" is "Willy De Clercq", "Perez de Cuellar" is
/// "Javier Perez de Cuellar", "Lloyd Webber" is "Andrew Lloyd Webber". So is one of two
/// words or more that begins it, as Spanish and Portuguese names drop the second
/// surname: "Fernando Santos" is "Fernando Santos Alvite" ("Martin Luther King" and
/// "Martin Luther King III", father and son, stay apart). Names that could end or begin
/// two different people's stay apart.
fn fold_name_endings(people: &mut Vec<Person>) {
    let words = |p: &Person| -> Vec<String> { p.name.split(' ').map(fold).collect() };
    let mut k = 0;
    while k < people.len() {
        let short = words(&people[k]);
        let begins = |long: &[String]| {
            short.len() >= 2
                && long.starts_with(&short)
                && long[short.len()..].iter().all(|w| !lexicon::is_generational_suffix(w))
        };
        let longer: Vec<usize> = (0..people.len())
            .filter(|&i| {
                let long = words(&people[i]);
                long.len() > short.len() && (long.ends_with(&short) || begins(&long))
            })
            .collect();
        if let [into] = longer[..] {
            let part = people.remove(k);
            let into = if into > k { into - 1 } else { into };
            let whole = &mut people[into];
            let whole_words = words(whole);
            // "Prof Joni Lovenduski" is "Joni Lovenduski" with a title.
            if whole_words.ends_with(&short)
                && whole_words[..whole_words.len() - short.len()].iter().all(|w| lexicon::is_title(w))
            {
                whole.name = part.name.clone();
                whole.first = part.first.clone();
            }
            whole.confirmed |= part.confirmed;
            whole.titled |= part.titled;
            for form in &part.forms {
                whole.add_form(form);
            }
        } else {
            k += 1;
        }
    }
}

/// Turns raw mentions into canonical, de-duplicated entity lists.
pub fn consolidate(mentions: &[Mention]) -> Entities {
    consolidate_with(mentions, &HashMap::default())
}

/// [`consolidate`], with how often the article uses each word as a common noun
/// ([`common_noun_uses`]): votes against reading that word alone as a person.
pub(super) fn consolidate_with(mentions: &[Mention], common_noun_uses: &HashMap<String, usize>) -> Entities {
    let mut people: Vec<Person> = Vec::new();
    // How often each single word was tagged a person, and how often an organization or a
    // place, alone or inside a longer name. A lone word the tagger reads as a person is one
    // only when that reading outnumbers the others two to one, or a title vouches for it:
    // a team or a county ("Wessex reached 310", "Wessex look certain"), a company named in
    // full once ("Morgan Stanley" ... "Morgan said") or a city ("the University of
    // Minnesota Duluth" ... "snow fell on Duluth") is not a person because the tagger once
    // read it so.
    let mut votes: HashMap<String, (usize, usize, bool)> = HashMap::default();
    for m in mentions.iter().filter(|m| m.tagged) {
        if m.name.contains(' ') {
            if m.kind != Kind::Person {
                for word in m.name.split(' ').filter(|w| w.starts_with(char::is_uppercase)) {
                    votes.entry(fold(lexicon::without_final_s(word))).or_default().1 += 1;
                }
            }
            continue;
        }
        // An organization keeps its own 's ("Albertson's" said): a vote for "Albertson".
        let v = votes.entry(fold(lexicon::without_final_s(&m.name))).or_default();
        if m.kind == Kind::Person {
            v.0 += 1;
            v.2 |= m.titled;
        } else {
            v.1 += 1;
        }
    }
    for (word, uses) in common_noun_uses {
        if let Some(v) = votes.get_mut(word) {
            v.1 += uses;
        }
    }
    let mostly_person =
        |word: &str| votes.get(word).is_none_or(|&(person, other, titled)| titled || person > 2 * other);
    let firms = firm_words(mentions);
    // Full names first, so that any later (or earlier) surname can find them. Those with
    // middle names come first: different middle names are different people ("George W.
    // Bush" and his father "George H. W. Bush"), and a name without them joins the one
    // person it may be, or neither when it may be either ("George Bush" beside both).
    let full_names: Vec<(usize, &Mention)> =
        mentions.iter().enumerate().filter(|(_, m)| m.kind == Kind::Person && m.name.contains(' ')).collect();
    let (with_middles, without): (Vec<_>, Vec<_>) =
        full_names.into_iter().partition(|(_, m)| !lexicon::middle_names(&m.name).is_empty());
    for (at, m) in with_middles.into_iter().chain(without) {
        let (name, suffix) = without_generational_suffix(&m.name);
        let suffix = suffix.map(fold);
        let words: Vec<String> = name.split(' ').map(fold).collect();
        // A Chinese or Korean name puts the family name first ("Premier Zhao" is Zhao
        // Ziyang), its given name written hyphenated, spaced or joined ("Tae-woo").
        let (first, last, middles) = match east_asian::key(name) {
            Some(key) => {
                let (family, given) = key.split_once(' ').expect("a family and a given name");
                (given.to_string(), family.to_string(), Vec::new())
            }
            None => (words[0].clone(), words[words.len() - 1].clone(), lexicon::middle_names(name)),
        };
        let confirmed = m.evidence == Evidence::Confirmed;
        let mut same = people.iter().enumerate().filter(|(_, p)| {
            p.last == last
                && lexicon::same_given_name(&p.first, &first)
                && (middles.is_empty() || lexicon::same_middle_names(&p.middles, &middles))
                && (p.suffix.is_none() || suffix.is_none() || p.suffix == suffix)
        });
        let found = match (same.next(), same.next()) {
            (Some((i, _)), None) => Some(i),
            (None, _) => None,
            // Either of two people: neither.
            (Some(_), Some(_)) => continue,
        };
        match found {
            Some(i) => {
                let p = &mut people[i];
                p.confirmed |= confirmed;
                p.titled |= m.titled;
                p.at = p.at.min(at);
                if m.name.len() > p.name.len() {
                    p.name = m.name.clone();
                    p.first = first;
                }
                p.suffix = p.suffix.take().or(suffix);
                p.add_form(&m.name);
            }
            None => people.push(Person {
                name: m.name.clone(),
                first,
                last,
                middles,
                suffix,
                at,
                confirmed,
                titled: m.titled,
                forms: vec![m.name.clone()],
            }),
        }
    }
    // In the order the article first names them.
    people.sort_by_key(|p| p.at);
    fold_name_endings(&mut people);
    // Then single words: a surname (or first name) joins its full name; a word the
    // tagger or a title vouches for is a person in its own right ("Mr Smith" → "Smith").
    for m in mentions.iter().filter(|m| m.kind == Kind::Person && !m.name.contains(' ')) {
        let word = fold(&m.name);
        let strong = m.evidence == Evidence::Confirmed;
        // A word a title introduced is a surname ("Mr Blair") or a name a title goes with
        // alone ("Prince Charles"), never the given name of someone else ("Charles
        // Kennedy").
        // A word that two people of the article share ("Mr Bush" beside George W. Bush
        // and George H. W. Bush, "Clinton" beside Bill and Hillary) is either's: it
        // vouches for both and is an alias of neither.
        let by_last: Vec<usize> = (0..people.len()).filter(|&i| people[i].last == word).collect();
        let by_first: Vec<usize> = (0..people.len()).filter(|&i| people[i].first == word).collect();
        // A word between the given name and the surname is the first of two surnames
        // ("Santos" of "Fernando Santos Alvite", "Hernandez" of "Arturo Hernandez
        // Grisanti"), when the article has no one else by that name.
        let by_inner: Vec<usize> = (0..people.len())
            .filter(|&i| {
                let name: Vec<String> =
                    without_generational_suffix(&people[i].name).0.split(' ').map(fold).collect();
                word.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && name.len() >= 3
                    && name[1..name.len() - 1].contains(&word)
            })
            .collect();
        let shared = match (by_last.is_empty(), by_first.is_empty() || m.titled) {
            (false, _) => &by_last,
            (true, false) => &by_first,
            (true, true) => &by_inner,
        };
        if shared.len() > 1 {
            for &i in shared {
                people[i].confirmed |= strong && people[i].last == word;
                people[i].titled |= m.titled;
            }
            continue;
        }
        let found = shared.first().copied();
        if let Some(i) = found {
            let p = &mut people[i];
            p.confirmed |= strong && p.last == word;
            p.titled |= m.titled;
            p.add_form(&m.name);
        } else if strong
            && (m.titled
                || (m.tagged && mostly_person(&word) && reads_as_a_name(&m.name) && !firms.contains(&word)))
        {
            people.push(Person {
                name: m.name.clone(),
                first: word.clone(),
                last: word,
                middles: Vec::new(),
                suffix: None,
                at: usize::MAX,
                confirmed: true,
                titled: m.titled,
                forms: vec![m.name.clone()],
            });
        }
    }
    // Which surnames and full names belong to people of this article: an organization or
    // place mention that is one of them is that person mislabelled ("Frey said" as ORG).
    let person_word = |name: &str| -> bool {
        let folded = fold(name);
        // "Santos Alvite said", read as an organization, ends "Fernando Santos Alvite";
        // "Espinosa said" is the first surname of "Javier Espinosa Teran".
        let ends_name = |p: &Person| {
            let name = fold(&p.name);
            if folded.contains(' ') {
                name.ends_with(&format!(" {folded}"))
            } else {
                let words: Vec<&str> = name.split(' ').collect();
                words.len() >= 3 && words[1..words.len() - 1].contains(&folded.as_str())
            }
        };
        people.iter().any(|p| {
            p.confirmed
                && (p.forms.iter().any(|f| fold(f) == folded)
                    || (!folded.contains(' ') && p.last == folded)
                    || ends_name(p))
        })
    };

    let mut entities = Entities::default();
    let mut seen = HashSet::default();
    let mut push = |list: &mut Vec<String>, kind: Kind, name: &str| {
        let new = seen.insert((kind, fold(name)));
        if new {
            list.push(name.to_string());
        }
        new
    };
    for m in mentions {
        let country_or_state = place(&m.name).is_some_and(|p| p.kind != "city");
        match m.kind {
            Kind::Org if !(m.tagged && person_word(&m.name)) => {
                push(&mut entities.organizations, Kind::Org, &m.name);
            }
            Kind::Place if !(m.tagged && !country_or_state && person_word(&m.name)) => {
                // One name for a place's other names; none for a nationality alone.
                if let Some(name) = countries::listed_place(&m.name) {
                    push(&mut entities.places, Kind::Place, &name);
                }
            }
            _ => {}
        }
    }
    let acronyms: Vec<&str> = mentions
        .iter()
        .filter(|m| m.kind == Kind::Org && tokens::is_acronym(&m.name) && !m.name.contains(' '))
        .map(|m| m.name.as_str())
        .collect();
    for p in people.iter().filter(|p| p.confirmed) {
        let words: Vec<String> = p.name.split(' ').map(fold).collect();
        // "Mr Reuter" is a person, though "Reuter" alone is the wire.
        let known = known_org(&p.name).filter(|_| !(p.titled && words.len() == 1));
        let last = &words[words.len() - 1];
        if words.iter().any(|w| lexicon::is_company_form(w))
            || (words.len() > 1 && (lexicon::is_club_ending(last) || lexicon::is_trade_word(last)))
            || known.is_some()
            || (words.len() > 1 && !p.titled && firms.contains(&words.join(" ")))
            || (!p.titled && spelled_by_initials(&p.name, &acronyms))
        {
            // "Minneapolis Police", "Patrol Agent Smith", "Manchester United", "Champlin
            // Petroleum": an organization, not a person; a known one by its canonical
            // name ("Lib Dems"). So is a name the article gives a company with its legal
            // form ("Diamond Shamrock" beside "Diamond Shamrock Corp"), and one the
            // article shortens to an organization's acronym ("Archer Daniels Midland
            // (ADM)").
            push(&mut entities.organizations, Kind::Org, known.unwrap_or(&p.name));
        } else if (p.titled || (place(&p.name).is_none() && !is_unknown_abbreviation(&p.name)))
            && !is_a_term_of_common_words(&words)
            && push(&mut entities.people, Kind::Person, &p.name)
        {
            let canonical = fold(&p.name);
            let mut aliases: Vec<String> = Vec::new();
            for form in &p.forms {
                let folded = fold(form);
                if folded != canonical && !aliases.iter().any(|a| fold(a) == folded) {
                    aliases.push(form.clone());
                }
            }
            entities.person_aliases.push(aliases);
        }
    }
    entities
}

/// The words by which an article may call a firm it names in full: the first word of a
/// company's name with its legal form or an organization word ("Baker International Corp"
/// ... "Baker said it had signed"), and each name of a partnership ("Wagner and Brown",
/// "Baker and Botts"). Such a word alone is the firm, not a person, unless a title or the
/// person's full name says otherwise: the same name of a person elsewhere in the archive
/// (James Baker) must not gain the firm's articles.
///
/// Also (folded, words one space apart) the words of a company's name before its legal
/// form or word of trade, when they are two or more: "diamond shamrock" of "Diamond
/// Shamrock Corp" and of "Diamond Shamrock Refining and Marketing Co", which the article
/// calls the firm by too ("Diamond Shamrock said"). Not when a given name starts it: the
/// founder of "Charles Schwab Corp" is named in the same article.
fn firm_words(mentions: &[Mention]) -> HashSet<String> {
    let mut firms = HashSet::default();
    for m in mentions.iter().filter(|m| m.kind == Kind::Org) {
        let words: Vec<&str> = m.name.split(' ').collect();
        if words.len() < 2 {
            continue;
        }
        let folded: Vec<String> = words.iter().map(|w| fold(w)).collect();
        if folded[1..].iter().any(|w| lexicon::is_company_form(w)) {
            firms.insert(fold(lexicon::without_final_s(words[0])));
        }
        if let Some(form) = folded.iter().position(|w| lexicon::is_legal_form(w) || lexicon::is_trade_word(w))
            && form >= 2
            && !lexicon::is_first_name(&folded[0])
        {
            firms.insert(folded[..form].join(" "));
        }
        if folded.iter().any(|w| w == "and" || w == "&") {
            for word in words.iter().filter(|w| w.starts_with(char::is_uppercase)) {
                firms.insert(fold(lexicon::without_final_s(word.trim_end_matches(','))));
            }
        }
    }
    firms
}

/// Whether the initials of a name of three words or more are one of `acronyms`, an
/// organization's as the article writes it: "Archer Daniels Midland" beside "ADM" is that
/// company, no person.
fn spelled_by_initials(name: &str, acronyms: &[&str]) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    if words.len() < 3 || !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return false;
    }
    let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
    acronyms.iter().any(|a| a.chars().filter(|c| c.is_alphabetic()).eq(initials.chars()))
}

/// Whether one word reads as a person's name with nothing to vouch for it: a given name or
/// surname the lists know, or a surname by its shape (`O'Sullivan`, `McAteer`,
/// `Sowden-Taylor`, ending in a known surname). A company, a club or a product the tagger read as a
/// person ("Yukos said", "Premiership", "Napster") is none of these.
fn reads_as_a_name(word: &str) -> bool {
    let known = |part: &str| {
        let folded = fold(part);
        lexicon::is_first_name(&folded) || lexicon::is_last_name(&folded)
    };
    let prefixed = ["O'", "O\u{2019}", "Mc", "Mac"]
        .iter()
        .any(|prefix| word.strip_prefix(prefix).is_some_and(|rest| rest.starts_with(char::is_uppercase)));
    prefixed || known(word) || word.rsplit_once('-').is_some_and(|(_, last)| known(last))
}

/// Whether the (folded) words of a "person" are a term written in capitals, not a name:
/// three words or more, no given name among them and all but one common English words
/// ("Asymmetric Digital Subscriber Line"); or two common words, neither a given name nor
/// a surname ("Feeder Cattle", "Crop Bulletin"; not "Export Sales", as Sales is a surname,
/// nor the pitcher "Buddy Groom").
fn is_a_term_of_common_words(words: &[String]) -> bool {
    let name = |w: &String| lexicon::is_first_name(w) || lexicon::is_last_name(w);
    match words.len() {
        2 => words.iter().all(|w| gazetteer::is_common_word(w) && !name(w)),
        n => {
            n >= 3
                && !words.iter().any(|w| lexicon::is_first_name(w))
                && words.iter().filter(|w| !gazetteer::is_common_word(w)).count() <= 1
        }
    }
}

/// A lone word of three letters or fewer that no list of given names or surnames knows:
/// an abbreviation ("Avg", "Div" of a row of figures), not a person. Short names that are
/// names ("Lee", "Kim", "Fox", "Wu") are in the lists.
fn is_unknown_abbreviation(name: &str) -> bool {
    let folded = fold(name);
    !folded.contains(' ')
        && folded.chars().filter(|c| c.is_alphabetic()).count() <= 3
        && !lexicon::is_first_name(&folded)
        && !lexicon::is_last_name(&folded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::{
        extract_text,
        tests::{person, tagged, titled_person},
    };

    #[test]
    fn a_short_unknown_lone_word_is_an_abbreviation_not_a_person() {
        let table = "Year\nShr 1.23 dlrs vs 98 cts\nDiv 9.0p vs 7.75p making 13.75p vs 12.0p\n\
                     Avg shrs diluted 24.5 mln vs 10.2 mln\n";
        assert_eq!(extract_text(None, table).people, Vec::<String>::new());
        for abbreviation in ["Avg", "Div", "Qtr", "MoU"] {
            assert!(is_unknown_abbreviation(abbreviation), "{abbreviation}");
        }
        for name in ["Lee", "Kim", "Fox", "Wu", "Jacob Frey", "Ali Bey"] {
            assert!(!is_unknown_abbreviation(name), "{name}");
        }
    }

    #[test]
    fn platforms_are_organizations() {
        let found = extract_text(
            None,
            "The series will stream on Netflix from Friday, and clips went up on Snapchat.",
        );
        assert!(found.places.is_empty() && found.people.is_empty(), "{found:?}");
        assert_eq!(found.organizations, ["Netflix", "Snapchat"]);
    }

    #[test]
    fn a_company_that_keeps_its_s_keeps_it_in_every_mention() {
        let found = extract_text(
            None,
            "Moody's Investors Service said it may cut the bank's rating. The bonds were rated by \
             Moody's last year. Moody's said the review would take a month.",
        );
        assert_eq!(found.organizations, ["Moody's Investors Service", "Moody's"], "{found:?}");
        // Without a verb after it, the 's is a possessive and the owner its own name.
        let found = extract_text(None, "Panasonic's Hollywood Laboratories said sales rose.");
        assert_eq!(found.organizations, ["Panasonic", "Hollywood Laboratories"], "{found:?}");
        // "Albertson's said": a company, not a person called Albertson.
        let found =
            extract_text(None, "Albertson's said it would open 30 stores. Albertson's Inc shares rose.");
        assert!(found.people.is_empty(), "{found:?}");
    }

    #[test]
    fn a_known_organization_read_as_a_person_gets_its_canonical_name() {
        let found =
            extract_text(None, "The Lib Dem leader Charles Kennedy said the Lib Dems would vote against it.");
        assert_eq!(found.organizations, ["Liberal Democrats"]);
        assert_eq!(found.people, ["Charles Kennedy"]);
    }

    #[test]
    fn a_party_or_cartel_by_its_nickname_is_the_organization() {
        let found = extract_text(
            None,
            "Michael Howard said the Tories would cut taxes, while the Labour Party disagreed. \
             Opec ministers met in Vienna.",
        );
        for org in ["Conservative Party", "Labour", "OPEC"] {
            assert!(found.organizations.iter().any(|o| o == org), "{org}: {found:?}");
        }
        assert!(!found.organizations.iter().any(|o| o == "Labour Party" || o == "Opec"), "{found:?}");
    }

    #[test]
    fn surnames_and_titles_fold_into_full_names() {
        let e = extract_text(
            Some("Frey meets Walz"),
            "Minneapolis Mayor Jacob Frey spoke. Mr Frey said so. Minnesota Governor Tim Walz agreed.\nMr Walz left.",
        );
        assert_eq!(e.people, ["Jacob Frey", "Tim Walz"]);
        assert_eq!(e.places, ["Minneapolis", "Minnesota"]);
    }

    #[test]
    fn a_surname_of_several_words_folds_into_the_full_name() {
        let e = extract_text(
            None,
            "EC Commissioner Willy De Clercq said on Monday the talks would go on. De Clercq told \
             reporters that Javier Perez de Cuellar had called. Perez de Cuellar said little.\n\
             Prof Joni Lovenduski said more women were needed. Joni Lovenduski added that parties must act.",
        );
        assert_eq!(e.people, ["Willy De Clercq", "Javier Perez de Cuellar", "Joni Lovenduski"]);
        assert_eq!(e.person_aliases[0], ["De Clercq"]);
    }

    #[test]
    fn a_titled_surname_alone_is_a_person() {
        let e = extract_text(None, "Mr Okafor declined to comment.");
        assert_eq!(e.people, ["Okafor"]);
    }

    #[test]
    fn lone_capitalized_words_are_not_people() {
        let e = extract_text(None, "Insurrection was the word. Residents were angry. Please stay home.");
        assert!(e.people.is_empty(), "{e:?}");
    }

    #[test]
    fn a_word_of_an_organization_or_place_name_is_not_a_person_alone() {
        let mentions = [
            tagged(Kind::Org, "Morgan Stanley"),
            tagged(Kind::Org, "Morgan Stanley Group"),
            person("Morgan"),
            person("Morgan"),
            person("Brennan"),
        ];
        assert_eq!(consolidate(&mentions).people, ["Brennan"]);
        let mentions = [tagged(Kind::Org, "University of Minnesota Duluth"), person("Duluth")];
        assert!(consolidate(&mentions).people.is_empty());
    }

    #[test]
    fn a_firm_called_by_its_first_word_is_not_a_person() {
        // Named in full once, then by its first word again and again: the firm, however
        // often the tagger reads the word as a person.
        let firm = [
            tagged(Kind::Org, "Baker International Corp"),
            person("Baker"),
            person("Baker"),
            person("Baker"),
            person("Brennan"),
        ];
        assert_eq!(consolidate(&firm).people, ["Brennan"]);
        let partnership = [tagged(Kind::Org, "Jones and Vining Inc"), person("Vining"), person("Vining")];
        assert!(consolidate(&partnership).people.is_empty());
        // A title, or the person's full name, says person.
        let titled = [tagged(Kind::Org, "Baker International Corp"), titled_person("Baker")];
        assert_eq!(consolidate(&titled).people, ["Baker"]);
        let full = [tagged(Kind::Org, "Baker International Corp"), person("James Baker"), person("Baker")];
        assert_eq!(consolidate(&full).people, ["James Baker"]);
    }

    #[test]
    fn a_name_after_a_kind_of_organization_or_ending_like_a_club_is_an_organization() {
        let e = extract_text(None, "Russian oil firm Yukos has filed for bankruptcy.");
        assert!(e.people.is_empty(), "{e:?}");
        assert_eq!(e.organizations, ["Yukos"]);
        // The model reads the company as a place; the noun before it says company.
        let e = extract_text(None, "Russian gas giant Gazprom said on Monday it would buy the unit.");
        assert!(e.places.iter().all(|p| p != "Gazprom"), "{e:?}");
        assert!(e.organizations.iter().any(|o| o == "Gazprom"), "{e:?}");
        let e = extract_text(None, "Manchester United beat Arsenal 2-0 on Sunday.");
        assert!(!e.people.iter().any(|p| p == "Manchester United"), "{e:?}");
        assert!(e.organizations.iter().any(|o| o == "Manchester United"), "{e:?}");
    }

    #[test]
    fn titles_and_possessives_are_stripped() {
        let e = extract_text(
            None,
            "Vice President JD Vance spoke on Monday. Senator Amy Klobuchar's office said the \
             Senate would act. Gov. Tim Walz agreed with President Donald Trump's envoy.",
        );
        assert_eq!(e.people, ["JD Vance", "Amy Klobuchar", "Tim Walz", "Donald Trump"]);
    }

    #[test]
    fn place_and_organization_prefixes_are_split_from_titled_names() {
        let e = extract_text(None, "Minneapolis Police Chief Brian O'Hara said officers were on the scene.");
        assert_eq!(e.people, ["Brian O'Hara"]);
        assert!(
            e.places.contains(&"Minneapolis".to_string())
                || e.organizations.iter().any(|o| o.contains("Minneapolis")),
            "{e:?}"
        );
    }

    #[test]
    fn surnames_and_titled_surnames_become_aliases_of_the_full_name() {
        let e = extract_text(
            None,
            "Mayor Jacob Frey met residents on Tuesday. Frey said the city would help. \
             \"We are not going anywhere,\" Mr Frey told reporters.",
        );
        assert_eq!(e.people, ["Jacob Frey"]);
        assert_eq!(e.person_aliases, [["Frey"]]);
    }

    #[test]
    fn other_middle_initials_are_other_people_and_a_shared_surname_an_alias_of_neither() {
        let e = extract_text(
            Some("Two presidents"),
            "Former President George H.W. Bush and his son, President George W. Bush, opened the \
             library. The elder Mr Bush spoke first. Bill Clinton came, and Senator Hillary Clinton. \
             Mrs Clinton spoke last. President John R. Smith and John Smith met John Robert Smith.",
        );
        assert_eq!(
            e.people,
            ["George H.W. Bush", "George W. Bush", "Bill Clinton", "Hillary Clinton", "John Robert Smith"]
        );
        assert!(e.person_aliases[..4].iter().all(Vec::is_empty), "{e:?}");
        assert_eq!(e.person_aliases[4], ["John R. Smith", "John Smith"]);
        // "George Bush" beside both is either: neither's.
        let e = extract_text(None, "George W. Bush met George H. W. Bush. George Bush spoke.");
        assert_eq!(e.people, ["George W. Bush", "George H. W. Bush"]);
        assert!(e.person_aliases.iter().all(Vec::is_empty), "{e:?}");
    }

    #[test]
    fn the_longest_form_is_canonical() {
        let e = consolidate(&[person("Donald Trump"), person("Trump"), person("Donald J. Trump")]);
        assert_eq!(e.people, ["Donald J. Trump"]);
        assert_eq!(e.person_aliases, [["Donald Trump", "Trump"]]);
    }

    #[test]
    fn nicknames_fold_into_one_person() {
        let e = consolidate(&[person("Bill Clinton"), person("William Clinton"), person("Hillary Clinton")]);
        assert_eq!(e.people, ["William Clinton", "Hillary Clinton"]);
        assert_eq!(e.person_aliases[0], ["Bill Clinton"]);
    }

    #[test]
    fn a_known_surname_mislabelled_as_organization_or_place_is_the_person() {
        let e = consolidate(&[
            person("Tim Walz"),
            tagged(Kind::Org, "Walz"),
            tagged(Kind::Place, "Walz"),
            tagged(Kind::Place, "Minnesota"),
        ]);
        assert_eq!(e.people, ["Tim Walz"]);
        assert!(e.organizations.is_empty(), "{e:?}");
        assert_eq!(e.places, ["Minnesota"]);
        // A country stays a place even when someone shares its name.
        let e = consolidate(&[person("Michael Jordan"), tagged(Kind::Place, "Jordan")]);
        assert_eq!(e.places, ["Jordan"]);
    }

    #[test]
    fn a_word_the_article_mostly_tags_as_a_team_or_place_is_not_a_person() {
        let e = consolidate(&[
            tagged(Kind::Place, "Essex"),
            tagged(Kind::Org, "Essex"),
            person("Essex"),
            person("Brennan"),
        ]);
        assert_eq!(e.people, ["Brennan"]);
        assert_eq!(e.organizations, ["Essex"]);
        assert_eq!(e.places, ["Essex"]);
        // A title settles it, and so does a majority of more than two to one.
        let titled = Mention { titled: true, ..person("Essex") };
        let e = consolidate(&[tagged(Kind::Org, "Essex"), titled]);
        assert_eq!(e.people, ["Essex"]);
        let e = consolidate(&[tagged(Kind::Org, "Essex"), person("Essex"), person("Essex")]);
        assert!(e.people.is_empty(), "{e:?}");
        let e = consolidate(&[tagged(Kind::Org, "Essex"), person("Essex"), person("Essex"), person("Essex")]);
        assert_eq!(e.people, ["Essex"]);
    }

    #[test]
    fn people_with_organization_words_are_organizations() {
        let e = consolidate(&[person("Minneapolis Police"), person("Border Patrol"), person("Greg Bovino")]);
        assert_eq!(e.people, ["Greg Bovino"]);
        assert_eq!(e.organizations, ["Minneapolis Police", "Border Patrol"]);
    }

    #[test]
    fn a_lone_surname_the_tagger_found_is_a_person() {
        let e = consolidate(&[person("Brennan")]);
        assert_eq!(e.people, ["Brennan"]);
        assert_eq!(e.person_aliases, [Vec::<String>::new()]);
    }

    #[test]
    fn a_lone_word_no_list_of_names_knows_is_a_person_only_with_a_title() {
        // A company, a club or a product the tagger read as a person, named alone.
        for word in ["Yukos", "Napster", "Premiership"] {
            assert!(consolidate(&[person(word), person(word)]).people.is_empty(), "{word}");
        }
        let titled = Mention { titled: true, ..person("Miyazawa") };
        assert_eq!(consolidate(&[titled]).people, ["Miyazawa"]);
        // A full name vouches for its surname.
        assert_eq!(consolidate(&[person("Kiichi Miyazawa"), person("Miyazawa")]).people, ["Kiichi Miyazawa"]);
        // A surname's shape is enough.
        for word in ["O'Callaghan", "O\u{2019}Neill", "McAteer", "MacLeod", "Sowden-Taylor"] {
            assert_eq!(consolidate(&[person(word)]).people, [word]);
        }
        assert!(consolidate(&[person("Mcdonalds"), person("Glass-Steagall")]).people.is_empty());
    }

    #[test]
    fn a_titled_word_is_never_someone_elses_given_name() {
        let prince = Mention { titled: true, ..person("Charles") };
        let e = consolidate(&[person("Charles Kennedy"), prince]);
        assert_eq!(e.people, ["Charles Kennedy", "Charles"]);
        // Untitled, a given name alone is the person's named in full.
        let e = consolidate(&[person("Charles Kennedy"), person("Charles")]);
        assert_eq!(e.people, ["Charles Kennedy"]);
        // A title before a surname still joins the full name.
        let mr = Mention { titled: true, ..person("Kennedy") };
        assert_eq!(consolidate(&[person("Charles Kennedy"), mr]).people, ["Charles Kennedy"]);
    }

    #[test]
    fn a_word_the_article_uses_as_a_common_noun_is_no_person_alone() {
        let text = [
            "She won an Oscar for the role, her second Oscar.",
            "The Reagan administration said the Premiership is over, and the Reagan plan too.",
            "A Foley scored, then the Oscar Wilde estate sued.",
            "They lost at Anfield, and Tate worked at Smith Barney.",
        ];
        let lines: Vec<Vec<tokens::Word<'_>>> = text.iter().map(|l| tokens::words(l)).collect();
        let uses = common_noun_uses(&lines);
        // "an Oscar for" counts; "her second Oscar" has no determiner right before it, a
        // name's modifier use ("the Reagan plan") and a longer name ("the Oscar Wilde
        // estate") are no common noun, and "A Foley" is an initial.
        assert_eq!((uses.get("oscar"), uses.get("premiership")), (Some(&1), Some(&1)));
        assert_eq!((uses.get("reagan"), uses.get("foley")), (None, None));
        assert_eq!((uses.get("anfield"), uses.get("smith")), (Some(&1), None));
        assert!(consolidate_with(&[person("Oscar")], &uses).people.is_empty());
        assert_eq!(consolidate_with(&[person("Reagan")], &uses).people, ["Reagan"]);
        // The reading as a person still wins when it is twice as frequent.
        assert_eq!(
            consolidate_with(&[person("Oscar"), person("Oscar"), person("Oscar")], &uses).people,
            ["Oscar"]
        );
    }

    #[test]
    fn a_title_makes_a_person_of_a_name_that_is_also_a_place() {
        let e = extract_text(
            Some("Trade talks stall"),
            "President Bush met the delegation on Monday in Washington and said that the talks \
             would go on for as long as it takes. Mr Bush said the talks would go on. The \
             delegation from Brazil said it was not happy with the way the talks were going.",
        );
        assert_eq!(e.people, ["Bush"], "{e:?}");
        assert!(!e.places.contains(&"Būsh".to_string()), "{e:?}");
    }

    #[test]
    fn the_founder_of_a_firm_named_after_him_stays_a_person() {
        let e = extract_text(
            None,
            "Charles Schwab, who founded Charles Schwab Corp, said the firm would expand. Schwab said so.",
        );
        assert!(e.people.contains(&"Charles Schwab".to_string()), "{e:?}");
        assert!(spelled_by_initials("Archer Daniels Midland", &["ADM"]));
        assert!(!spelled_by_initials("Archer Daniels", &["AD"]));
    }

    #[test]
    fn a_name_with_two_surnames_is_one_person_by_either_shorter_form() {
        let e = extract_text(
            None,
            "Ecuador will produce crude oil above its quota, Energy Minister Rodrigo Paz Olmedo told a \
             news conference. Paz said the move had been explained to other members. Energy minister \
             Rodrigo Paz said exports would resume in May.",
        );
        assert_eq!(e.people, ["Rodrigo Paz Olmedo"], "{e:?}");
        assert!(e.person_aliases[0].contains(&"Rodrigo Paz".to_string()), "{e:?}");
    }
}
