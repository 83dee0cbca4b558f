//! Products and companies the tagger reads as places or people.
//!
//! The tagger learnt places and people from news of governments and wars; a technology or
//! business story names firms and their products in the same shapes: "BT said", "users of
//! Windows XP", "the Gizmondo console", "MSN Messenger", "Xbox Live". An article says
//! what such a name is by the words around it: a firm has a spokesman, shares and a chief
//! executive, and is called a firm, a giant or a rival ("telecoms giant BT", "analysts
//! Jupiter Research"); a product has users, a version and a kind ("Windows software",
//! "Halo fans", "the game Halo"). [`firms_and_products`] reads those cues, and also the
//! shape of a "person" that is a product of a firm the article names ("Yahoo Messenger"
//! beside "Yahoo").
//!
//! A firm becomes an organization; a product leaves the lists (it is no person, place or
//! organization). Names the gazetteer knows as countries or states never change; a city
//! the gazetteer knows ("Toyota", "Hitachi" are Japanese towns) changes only when the
//! article calls it a firm in so many words ("carmaker Toyota"), since "London shares" and
//! "Tokyo dealers" are the markets of those cities.

use super::lexicon::{self, fold, known_org, place};
use super::rules::{Kind, Mention};
use super::tokens::{self, Word};

/// Lower-case nouns after a name that make it a product, a person's name too: "Windows
/// software", "the Gizmondo console", "Kazaa users".
const PRODUCT_NOUNS_ANY: &[&str] = &[
    "software",
    "console",
    "consoles",
    "handset",
    "handsets",
    "browser",
    "program",
    "programs",
    "virus",
    "worm",
    "users",
    "device",
    "devices",
    "operating",
    "app",
    "gadget",
    "laptop",
    "laptops",
    "chip",
    "chips",
    "processor",
    "processors",
    "subscribers",
    "download",
    "downloads",
    "toolbar",
    "spyware",
    "desktop",
    "machines",
];

/// Lower-case nouns after a name that make it a product, but not a person's name ("Halo
/// fans", "Beckham fans"): "Halo fans", "Windows version"; with [`PRODUCT_NOUNS_ANY`],
/// which make a person's name a product too.
const PRODUCT_NOUNS: &[&str] = &[
    "programme",
    "programmes",
    "viruses",
    "game",
    "games",
    "gamers",
    "fans",
    "update",
    "updates",
    "version",
    "versions",
    "sequel",
    "player",
    "players",
    "computer",
    "computers",
    "titles",
    "platform",
    "plug-in",
    "network",
    "networks",
    "service",
    "system",
    "systems",
];

/// Lower-case nouns before a name that make it a product: "the game Halo", "the worm
/// Bagle", "the program Spybot".
const PRODUCT_NOUNS_BEFORE: &[&str] = &[
    "software",
    "console",
    "program",
    "programme",
    "virus",
    "worm",
    "game",
    "title",
    "browser",
    "handset",
    "gadget",
    "device",
    "service",
    "system",
];

/// Lower-case words after a name that make it a firm: "BT spokesman", "Gizmondo shares",
/// "Jupiter analyst Ian Fogg".
const FIRM_NOUNS_AFTER: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "shares",
    "boss",
    "bosses",
    "executives",
    "analyst",
    "analysts",
    "chairman",
    "founder",
    "shareholders",
];

/// Words after a name's `'s` that make it a firm: "BT's chief executive", "Gazprom's
/// shares", "Yugansk's output".
const FIRM_NOUNS_AFTER_POSSESSIVE: &[&str] = &[
    "chief",
    "boss",
    "chairman",
    "founder",
    "shares",
    "shareholders",
    "profits",
    "profit",
    "revenues",
    "revenue",
    "sales",
    "customers",
    "subscribers",
    "website",
    "spokesman",
    "spokeswoman",
    "executives",
    "owners",
    "assets",
    "products",
    "software",
    "network",
    "exchanges",
    "lines",
    "services",
    "engine",
    "division",
    "unit",
];

/// Lower-case nouns of a trade or a kind of firm that, written right before a capitalized
/// name, make it a firm's (or a band's), a person's name too: "telecoms giant BT", "the
/// firm Gizmondo", "carmaker Toyota", "brokers James Capel", "the drinks group Diageo",
/// "the band Franz Ferdinand". [`super::kinds`] reads the firms named after people with
/// the same nouns. Not one "broker", which is a person's trade ("said broker Shakil
/// Rizvi"), nor a "carrier", a warship's too, nor a "maker" ("film maker Michael Moore"),
/// nor "bands" ("wedding bands Ozzy gave her").
pub(super) const FIRM_NOUNS_BEFORE_ANY: &[&str] = &[
    "firm",
    "firms",
    "company",
    "companies",
    "group",
    "giant",
    "giants",
    "conglomerate",
    "subsidiary",
    "operator",
    "provider",
    "retailer",
    "manufacturer",
    "exporter",
    "brokers",
    "stockbrokers",
    "brokerage",
    "brokerages",
    "bank",
    "banks",
    "bankers",
    "insurer",
    "airline",
    "brewer",
    "distiller",
    "carmaker",
    "automaker",
    "chipmaker",
    "drugmaker",
    "steelmaker",
    "toymaker",
    "portal",
    "telco",
    "chain",
    "label",
    "band",
];

/// Lower-case nouns before a name that make it a firm, but not a person's name ("rival
/// Gordon Brown", "producer Quincy Jones", "film maker Michael Moore"): "rival Sony",
/// "analysts Jupiter Research", "PC maker Dell".
const FIRM_NOUNS_BEFORE: &[&str] =
    &["rival", "rivals", "developer", "publisher", "analysts", "producer", "maker", "makers"];

/// Nouns before "of" or "in" before a name that make it a firm: "chief executive of BT",
/// "shares in Gazprom", "a stake in Yugansk".
const FIRM_NOUNS_BEFORE_OF: &[&str] =
    &["executive", "boss", "chairman", "founder", "shares", "stake", "shareholders", "owners", "takeover"];

/// Nouns before "of" before a name that make it a product: "versions of Windows", "users
/// of Kazaa", "copies of Halo".
const PRODUCT_NOUNS_BEFORE_OF: &[&str] =
    &["version", "versions", "users", "copies", "copy", "owners", "fans"];

/// Nouns of a firm in apposition after a name: "Gazprom, the state gas company".
const APPOSITION_FIRM_NOUNS: &[&str] = &[
    "company",
    "firm",
    "giant",
    "group",
    "operator",
    "maker",
    "producer",
    "provider",
    "retailer",
    "manufacturer",
    "telco",
    "supplier",
    "conglomerate",
    "subsidiary",
    "developer",
    "publisher",
];

/// Words after a name, not a person's, that make it a firm: "Yugansk division", "Gazprom
/// chief Alexei Miller", "BT announced".
const FIRM_WORDS_AFTER: &[&str] = &[
    "division",
    "unit",
    "subsidiary",
    "arm",
    "chief",
    "announced",
    "unveiled",
    "launched",
    "offers",
    "sells",
    "employs",
];

/// What an article's words make of a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Firm,
    Product,
}

/// Where the words `name` (split on spaces) start in `words`, whole words.
fn occurrences(words: &[Word<'_>], name: &[&str]) -> Vec<usize> {
    if name.is_empty() || words.len() < name.len() {
        return Vec::new();
    }
    (0..=words.len() - name.len())
        .filter(|&s| {
            name.iter()
                .enumerate()
                .all(|(i, n)| words[s + i].text == *n && (i + 1 == name.len() || !words[s + i].break_after))
        })
        .filter(|&s| {
            // The whole name, not part of a longer one ("BT" of "BT Group").
            let before = s.checked_sub(1).map(|b| &words[b]).filter(|b| !b.break_after);
            let last = &words[s + name.len() - 1];
            let after = words.get(s + name.len()).filter(|_| !last.break_after && !last.possessive);
            // Nor the end of a name with "of" ("Patriotic Union of Kurdistan").
            let of_a_name = s >= 2
                && words[s - 1].text == "of"
                && !words[s - 2].break_after
                && words[s - 2].is_capitalized();
            let owner = before.is_some_and(|b| b.text.ends_with("-owned") || b.text.ends_with("-backed"));
            let inside = before.is_some_and(|b| b.is_capitalized() && !words[s].sentence_start) && !owner;
            !inside
                && !of_a_name
                && !after.is_some_and(|a| a.is_capitalized() && !lexicon::is_legal_form(&fold(a.text)))
        })
        .collect()
}

/// The cue the words around one use of a name at `words[s..e]` give, if any; `city`
/// keeps only a firm's noun before the name and a legal form after it, which a town does
/// not have.
fn cue_at(words: &[Word<'_>], s: usize, e: usize, city: bool, person: bool) -> Option<Cue> {
    let last = &words[e - 1];
    // A possessive breaks a name, not the phrase: "BT's chief executive".
    let joined = !last.break_after || last.possessive;
    let after = words.get(e).filter(|_| joined).map(|w| w.text);
    let after2 = words.get(e + 1).filter(|_| joined && !words[e].break_after).map(|w| w.text);
    let before = s.checked_sub(1).map(|b| &words[b]).filter(|b| !b.break_after).map(|w| w.text);
    let before2 = s.checked_sub(2).map(|b| &words[b]).filter(|b| !b.break_after).map(|w| w.text);
    // "state-owned Gazprom", "Rosneft-owned Yugansk", "US-backed Sky".
    let firm_before = |b: &str| {
        FIRM_NOUNS_BEFORE_ANY.contains(&b)
            || (!person && FIRM_NOUNS_BEFORE.contains(&b))
            || b.ends_with("-owned")
            || b.ends_with("-backed")
    };
    if let Some(b) = before
        && firm_before(b)
    {
        return Some(Cue::Firm);
    }
    if let Some(a) = after
        && !last.possessive
        && lexicon::is_legal_form(&fold(a))
        && a.starts_with(char::is_uppercase)
    {
        return Some(Cue::Firm);
    }
    if city {
        return None;
    }
    if last.possessive {
        // "BT's chief executive", "BT's internet telephony software": the noun within
        // three lower-case words.
        let phrase = words[e..].iter().take(3);
        let mut nouns = phrase.take_while(|w| w.text.starts_with(char::is_lowercase));
        return nouns.any(|w| FIRM_NOUNS_AFTER_POSSESSIVE.contains(&w.text)).then_some(Cue::Firm);
    }
    // "Gazprom, the Russian state-owned company", "Dell, the computer maker": a firm in
    // apposition (not for a person: "Steve Jobs, the company's founder").
    if !person
        && last.break_after
        && !last.possessive
        && words.get(e).is_some_and(|w| matches!(w.text, "the" | "a" | "an"))
    {
        let apposition = words[e + 1..].iter().take(5);
        let mut nouns = apposition.scan(false, |stop, w| {
            let this = (!*stop).then_some(w);
            *stop |= w.break_after;
            this
        });
        if nouns.any(|w| APPOSITION_FIRM_NOUNS.contains(&w.text) && !w.possessive) {
            return Some(Cue::Firm);
        }
    }
    if let (Some(of), Some(noun)) = (before, before2)
        && matches!(of, "of" | "in")
        && FIRM_NOUNS_BEFORE_OF.contains(&noun)
    {
        return Some(Cue::Firm);
    }
    match after {
        Some(a) if FIRM_NOUNS_AFTER.contains(&a) => return Some(Cue::Firm),
        Some(a) if !person && FIRM_WORDS_AFTER.contains(&a) => return Some(Cue::Firm),
        Some("chief") if after2.is_some_and(|w| w == "executive") => return Some(Cue::Firm),
        Some(a) if PRODUCT_NOUNS_ANY.contains(&a) || (!person && PRODUCT_NOUNS.contains(&a)) => {
            return Some(Cue::Product);
        }
        _ => {}
    }
    if let Some(b) = before
        && ((PRODUCT_NOUNS_BEFORE.contains(&b) && !(person && matches!(b, "title" | "service" | "system")))
            || (!person && b == "running"))
    {
        return Some(Cue::Product);
    }
    // "versions of Windows", "users of Kazaa".
    if let (Some("of"), Some(noun)) = (before, before2)
        && PRODUCT_NOUNS_BEFORE_OF.contains(&noun)
    {
        return Some(Cue::Product);
    }
    None
}

/// The cue an article gives for a name: a firm wherever any use calls it one, else a
/// product where a use calls it one. `person` asks for a person's name, which "said it"
/// and a "'s" say nothing of; `firms` are the organizations the article names in one
/// word, whose "'s" before a place's name makes it their product ("Microsoft's Windows").
fn cue_for(lines: &[Vec<Word<'_>>], name: &str, city: bool, person: bool, firms: &[&str]) -> Option<Cue> {
    let parts: Vec<&str> = name.split(' ').collect();
    let mut found = None;
    for words in lines {
        for s in occurrences(words, &parts) {
            let e = s + parts.len();
            let cue =
                if person && words[e - 1].possessive { None } else { cue_at(words, s, e, city, person) };
            match cue {
                Some(Cue::Firm) => return Some(Cue::Firm),
                Some(Cue::Product) => found = Some(Cue::Product),
                None if !person && !city => {
                    // "Gizmondo said it", "Jupiter forecasts that": places do not.
                    let said_it = words.get(e).is_some_and(|w| matches!(w.text, "said" | "says"))
                        && !words[e - 1].break_after
                        && words.get(e + 1).is_some_and(|w| matches!(w.text, "it" | "its"));
                    if said_it {
                        return Some(Cue::Firm);
                    }
                    // "Microsoft's Windows": an organization's product.
                    let owned = s > 0
                        && words[s - 1].possessive
                        && (firms.iter().any(|f| *f == words[s - 1].text)
                            || known_org(words[s - 1].text).is_some());
                    if owned {
                        found = Some(Cue::Product);
                    }
                }
                None => {}
            }
        }
    }
    found
}

/// Whether a word of a name is written as products are and people's names are not: an
/// acronym ending the name ("Mac OS", "TiVo DVR"), or a capital after a lower-case letter
/// past the name's prefixes ("PlayStation", "TiVo"; not "McDonald", "MacArthur",
/// "DiCaprio", "LeBlanc", "O'Neill").
fn product_shaped(words: &[&str]) -> bool {
    let last = words[words.len() - 1];
    // Not a king's numeral ("Henry VIII") or a legal form ("Pirelli SpA", "Bayer AG").
    let numeral = |w: &str| w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'));
    if lexicon::is_legal_form(&fold(last)) || !words.iter().any(|w| w.contains(char::is_lowercase)) {
        return false;
    }
    let inner_capital = |w: &str| {
        let rest = ["Mc", "Mac", "Di", "De", "Da", "Du", "La", "Le", "Van", "Von", "St", "Fitz"]
            .iter()
            .find_map(|p| w.strip_prefix(p))
            .unwrap_or(w);
        let chars: Vec<char> = rest.chars().collect();
        chars.windows(2).skip(1).any(|p| p[0].is_lowercase() && p[1].is_uppercase())
            && !w.contains(['\'', '’', '-'])
    };
    (words.len() > 1
        && tokens::is_acronym(last)
        && last.chars().all(|c| c.is_ascii_uppercase())
        && last.len() >= 2
        && !numeral(last))
        || words.iter().any(|w| inner_capital(w) && !lexicon::is_legal_form(&fold(w)))
}

/// Products and firms the tagger read as places or people become what the article's words
/// make them: a firm an organization, a product nothing (see the module's notes). A person
/// named with a title, or one of the story's people named in full, keeps the reading.
pub fn firms_and_products(lines: &[Vec<Word<'_>>], mentions: &mut Vec<Mention>) {
    // Single words the tagger read as an organization in this article ("Yahoo", "Sony").
    let org_words: Vec<String> = mentions
        .iter()
        .filter(|m| m.kind == Kind::Org && !m.name.contains(' '))
        .map(|m| fold(&m.name))
        .collect();
    let firm_names: Vec<&str> = mentions
        .iter()
        .filter(|m| m.kind == Kind::Org && !m.name.contains(' '))
        .map(|m| m.name.as_str())
        .collect();
    let titled: Vec<String> = mentions.iter().filter(|m| m.titled).map(|m| m.name.clone()).collect();
    let mut verdicts: Vec<(Kind, String, Option<Cue>)> = Vec::new();
    for m in mentions.iter() {
        if !m.tagged || m.titled {
            continue;
        }
        if verdicts.iter().any(|(k, n, _)| *k == m.kind && *n == m.name) {
            continue;
        }
        let cue = match m.kind {
            Kind::Place => {
                let known = place(&m.name);
                if known.is_some_and(|p| p.kind != "city") {
                    continue;
                }
                // "Windows XP": a product's shape.
                let words: Vec<&str> = m.name.split(' ').collect();
                if known.is_none() && known_org(&m.name).is_some() {
                    Some(Cue::Firm)
                } else if known.is_none() && words.len() > 1 && product_shaped(&words) {
                    Some(Cue::Product)
                } else {
                    cue_for(lines, &m.name, known.is_some(), false, &firm_names)
                }
            }
            Kind::Person => {
                if titled.contains(&m.name) || known_org(&m.name).is_some() {
                    continue;
                }
                let words: Vec<&str> = m.name.split(' ').collect();
                let first = fold(words[0]);
                let last = fold(words[words.len() - 1]);
                // "Yahoo Messenger" beside "Yahoo", its last word a common word and no
                // surname: a firm's product. Not a name of two surnames ("Wang Donghai"
                // beside a "Wang" read as an organization), nor a person whose given name
                // the tagger read as a firm ("Ozzy Osbourne" beside "Ozzy").
                let common = super::gazetteer::is_common_word(&last) && !lexicon::is_last_name(&last);
                let of_a_firm = words.len() > 1
                    && org_words.contains(&first)
                    && !lexicon::is_first_name(&first)
                    && !lexicon::is_last_name(&first)
                    && common
                    && !lexicon::is_legal_form(&last);
                // "France's Pernod Ricard" beside "Pernod shares": a firm's full name that
                // begins with a word the article calls a firm when it stands alone, a word
                // that is no given name or surname ("Wang Donghai" beside "Wang's arrest"),
                // and ends with a surname. Not "Huw Stephens" beside a show "Bethan and Huw".
                let firms_full_name = words.len() > 1
                    && !lexicon::is_first_name(&first)
                    && !lexicon::is_last_name(&first)
                    && !common
                    && cue_for(lines, words[0], false, false, &firm_names) == Some(Cue::Firm);
                if product_shaped(&words) || of_a_firm {
                    Some(Cue::Product)
                } else if firms_full_name {
                    Some(Cue::Firm)
                } else if !m.name.contains(' ') {
                    // Only a lone word: "Chairman of the firm Gordon Wu" is a person.
                    cue_for(lines, &m.name, false, true, &firm_names)
                } else {
                    None
                }
            }
            Kind::Org => continue,
        };
        verdicts.push((m.kind, m.name.clone(), cue));
    }
    for (kind, name, cue) in verdicts {
        match cue {
            Some(Cue::Firm) => mentions
                .iter_mut()
                .filter(|m| m.kind == kind && m.name == name && m.tagged && !m.titled)
                .for_each(|m| m.kind = Kind::Org),
            Some(Cue::Product) => {
                mentions.retain(|m| !(m.kind == kind && m.name == name && m.tagged && !m.titled))
            }
            None => {}
        }
    }
}

/// An organization's name as wires most often write a government department: "Department
/// of Labor" and "U.S. Department of Labor" are "Labor Department", "U.S. Agriculture
/// Department" is "Agriculture Department", "Department of the Treasury" "Treasury
/// Department": the key of one row of `newsdex orgs`. None for other names ("Department
/// for Education", "Los Angeles Department of Water") and for a name already so.
pub fn department_form(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let home = |w: &str| {
        matches!(w, "U.S." | "US" | "U.S" | "UK" | "U.K.") || place(w).is_some_and(|p| p.kind == "country")
    };
    let rest = if words.len() > 2 && home(words[0]) { &words[1..] } else { &words[..] };
    match rest {
        ["Department", "of", subject @ ..] if !subject.is_empty() => {
            let subject = subject.strip_prefix(&["the"]).unwrap_or(subject);
            let capitalized =
                subject.iter().all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "and" | "of" | "&"));
            (capitalized && !subject.is_empty() && subject[0].starts_with(char::is_uppercase))
                .then(|| format!("{} Department", subject.join(" ")))
        }
        [.., "Department"] if rest.len() >= 2 && rest.len() < words.len() => Some(rest.join(" ")),
        _ => None,
    }
}

/// The other names of a government department that `--org` looks for: "Labor Department"
/// and "Department of Labor" for either of them, or for "U.S. Department of Labor".
pub fn department_forms(name: &str) -> Vec<String> {
    let short = department_form(name).or_else(|| {
        let words: Vec<&str> = name.split_whitespace().collect();
        let named = words.len() >= 2
            && words.last() == Some(&"Department")
            && words[0].starts_with(char::is_uppercase)
            && !words[0].contains('.');
        named.then(|| words.join(" "))
    });
    let Some(short) = short else { return Vec::new() };
    let subject = short.trim_end_matches(" Department");
    [short.clone(), format!("Department of {subject}")]
        .into_iter()
        .filter(|f| fold(f) != fold(name))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tagged(kind: Kind, name: &str) -> Mention {
        let mut m = Mention::new(kind, name.to_string());
        m.tagged = true;
        m
    }

    fn run(text: &str, mut mentions: Vec<Mention>) -> Vec<(Kind, String)> {
        let lines: Vec<Vec<Word<'_>>> = text.lines().map(tokens::words).collect();
        firms_and_products(&lines, &mut mentions);
        mentions.into_iter().map(|m| (m.kind, m.name)).collect()
    }

    #[test]
    fn a_place_the_article_calls_a_firm_is_an_organization() {
        let text =
            "The report by telecoms giant BT says more homes will go online. BT set out to predict it.";
        assert_eq!(run(text, vec![tagged(Kind::Place, "BT")]), vec![(Kind::Org, "BT".to_string())]);
        let text = "Gizmondo said it would sell the device in Europe.";
        assert_eq!(
            run(text, vec![tagged(Kind::Place, "Gizmondo")]),
            vec![(Kind::Org, "Gizmondo".to_string())]
        );
    }

    #[test]
    fn a_place_the_article_calls_a_product_leaves_the_lists() {
        let text = "Users of Windows XP should update. The Halo 2 sequel is out, and Halo fans queued.";
        let out = run(text, vec![tagged(Kind::Place, "Halo"), tagged(Kind::Place, "London")]);
        assert_eq!(out, vec![(Kind::Place, "London".to_string())]);
    }

    #[test]
    fn a_city_of_the_gazetteer_keeps_its_reading_without_a_firm_noun() {
        // "London shares" are the market's.
        let text = "London shares rose. Trading in London was brisk.";
        assert_eq!(run(text, vec![tagged(Kind::Place, "London")]), vec![(Kind::Place, "London".to_string())]);
    }

    #[test]
    fn a_person_of_a_firm_or_shaped_as_a_product_is_none() {
        let text = "Xbox said Xbox Live and Mac OS users were hit. Wang beat Wang Donghai.";
        let out = run(
            text,
            vec![
                tagged(Kind::Org, "Xbox"),
                tagged(Kind::Org, "Wang"),
                tagged(Kind::Person, "Xbox Live"),
                tagged(Kind::Person, "Mac OS"),
                tagged(Kind::Person, "Henry VIII"),
                tagged(Kind::Person, "Wang Donghai"),
                tagged(Kind::Person, "Ian Fogg"),
            ],
        );
        let people: Vec<&str> =
            out.iter().filter(|(k, _)| *k == Kind::Person).map(|(_, n)| n.as_str()).collect();
        assert_eq!(people, ["Henry VIII", "Wang Donghai", "Ian Fogg"]);
    }

    #[test]
    fn people_named_so_keep_their_reading() {
        let text = "Tony Blair said it was right. Paul McCartney and Leonardo DiCaprio came.";
        let names = ["Tony Blair", "Paul McCartney", "Leonardo DiCaprio"];
        let out = run(text, names.iter().map(|n| tagged(Kind::Person, n)).collect());
        assert_eq!(out.len(), 3);
        assert!(out.iter().all(|(k, _)| *k == Kind::Person));
    }

    #[test]
    fn a_department_has_one_name() {
        assert_eq!(department_form("Department of Labor").as_deref(), Some("Labor Department"));
        assert_eq!(department_form("U.S. Department of Commerce").as_deref(), Some("Commerce Department"));
        assert_eq!(department_form("Department of the Treasury").as_deref(), Some("Treasury Department"));
        assert_eq!(department_form("U.S. Agriculture Department").as_deref(), Some("Agriculture Department"));
        assert_eq!(department_form("Agriculture Department"), None);
        assert_eq!(department_form("Department for Education"), None);
        assert_eq!(department_form("Los Angeles Department of Water"), None);
        assert_eq!(department_forms("Labor Department"), ["Department of Labor"]);
        assert_eq!(department_forms("Department of State"), ["State Department"]);
        assert!(department_forms("Police").is_empty());
    }

    #[test]
    fn a_name_that_begins_with_an_organization_of_the_article_is_the_firms() {
        let text = "Shares in Allied Domecq rose on talk of a bid by France's Pernod Ricard. \
                    Pernod shares in Paris slipped 1.2%. Pernod said it was seeking acquisitions. \
                    Pernod's chairman Patrick Ricard said nothing.";
        let found = super::super::extract_text(None, text);
        assert!(!found.people.contains(&"Pernod Ricard".to_string()), "{found:?}");
        assert!(found.people.contains(&"Patrick Ricard".to_string()), "{found:?}");
    }
}
