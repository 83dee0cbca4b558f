//! The settle steps for places: a wire dateline's place, a place in capitals at a line's
//! start, names the article calls a town or a port, places before their region or inside
//! longer ones, towns the tagger passed over, and the places that are a common word, a
//! ship or a firm of the article. [`super::extract_with`] runs them in its order.

use std::borrow::Cow;

use rustc_hash::FxHashSet as HashSet;

use super::lexicon::{fold, known_org, place};
use super::rules::{Kind, Mention};
use super::teams::name_starting_at;
use super::{countries, gazetteer, lexicon, tagger, title_case, tokens};

/// The places a wire dateline names: the place it was filed from and the state or
/// country after it, if the gazetteer knows that ("McLEAN, Va., March 3 -", "TRAIL,
/// British Columbia, March 3 -"). A place in capitals the gazetteer does not know is
/// written in title case ("TRAIL" → "Trail").
pub(super) fn dateline_places(dateline: &str) -> Vec<String> {
    let mut parts = dateline.split(',').map(str::trim);
    let Some(first) = parts.next().filter(|p| !p.is_empty() && p.split_whitespace().count() <= 4) else {
        return Vec::new();
    };
    // Asterisks before it are the wire's marks ("****LONDON, March 5 -"); anything else
    // that is no letter makes it no place: a table's heading ("----UNLEADED GAS -",
    // "(totals -").
    let first = first.trim_start_matches('*').trim_end_matches(['-', ' ']);
    if !first.starts_with(char::is_alphabetic) {
        return Vec::new();
    }
    let region = parts.next().and_then(|r| {
        let known = place(r).or_else(|| place(r.trim_end_matches('.'))).map(|p| p.canonical);
        known.or_else(|| lexicon::state_after_a_place(r))
    });
    let mut places = match place(first) {
        Some(p) => vec![p.canonical.to_string()],
        // A commodity's or a date's heading where the place goes ("WHEAT, March 3 -",
        // "COPPER GRADE A -", "APRIL 7 -") is no place: one the gazetteer does not know,
        // of common words or with a figure, and with no state after it ("TRAIL, British
        // Columbia" is one).
        None if region.is_none() && !dateline_could_be_a_place(first) => Vec::new(),
        None => vec![title_case(first)],
    };
    if let Some(region) = region {
        places.push(region.to_string());
    }
    places
}

/// Whether the head of a dateline that the gazetteer does not know may be a place: no
/// figure in it, and a word that is not a common English word ("Wheat", "Lead", "Copper
/// Grade A" are none).
fn dateline_could_be_a_place(head: &str) -> bool {
    !head.chars().any(|c| c.is_ascii_digit())
        && head
            .split_whitespace()
            .any(|w| !gazetteer::is_common_word(&fold(w.trim_matches(|c: char| !c.is_alphanumeric()))))
}

/// A name the article calls a place once ("the Kurdish city of Arbil", "the town of
/// Duluth", "Balao, a Pacific Ocean port") is that place wherever the tagger read the same name alone as an organization
/// ("Iraqi troops captured Arbil", "the Arbil attack"). Known organizations keep theirs.
pub(super) fn places_the_article_calls_so(lines: &[Vec<tokens::Word<'_>>], mentions: &mut [Mention]) {
    let mut named: Vec<&str> = Vec::new();
    for words in lines {
        // "Balao, a Pacific Ocean port.", "Arbil, a city in northern Iraq": the noun ends
        // the words after "a", before punctuation or a function word ("Smith, a town
        // councillor" is no town).
        for k in 0..words.len().saturating_sub(2) {
            if words[k].is_capitalized()
                && words[k].break_after
                && (k == 0 || !words[k - 1].is_capitalized() || words[k - 1].break_after)
                && matches!(words[k + 1].text, "a" | "an")
                && let Some(noun) = (k + 2..words.len().min(k + 6)).find(|&n| {
                    tagger::PLACE_KIND_NOUNS.contains(&words[n].text)
                        && (words[n].break_after
                            || words.get(n + 1).is_none_or(|w| lexicon::is_function_word(w.text)))
                })
                && words[k + 1..noun].iter().all(|w| !w.break_after)
            {
                named.push(words[k].text);
            }
        }
        for k in 2..words.len() {
            if words[k - 1].text == "of"
                && !words[k - 1].break_after
                && !words[k - 2].break_after
                && words[k].is_capitalized()
                && (k + 1 == words.len() || words[k].break_after || !words[k + 1].is_capitalized())
                && tagger::PLACE_KIND_NOUNS.contains(&words[k - 2].text)
            {
                named.push(words[k].text);
            }
        }
    }
    if named.is_empty() {
        return;
    }
    for m in mentions.iter_mut().filter(|m| m.kind == Kind::Org && m.tagged && !m.name.contains(' ')) {
        if named.iter().any(|n| *n == m.name) && known_org(&m.name).is_none() {
            m.kind = Kind::Place;
        }
    }
}

/// The airports an article names before the word "airport" or "airports" ("Heathrow
/// airport", "Heathrow and Gatwick airports", "At Heathrow, Gatwick, Edinburgh and Glasgow
/// airports") are places wherever the article names them alone ("At Gatwick, the company
/// has written"), whatever the tagger read there or where it read nothing. A name of two
/// places joined by a hyphen is one place, not the first place's word and a lone word:
/// "Dallas-Fort Worth" ("Dallas" and "Fort Worth"), which the words split as "Dallas-Fort"
/// and "Worth".
pub(super) fn airports_and_twin_cities(lines: &[Vec<tokens::Word<'_>>], mentions: &mut Vec<Mention>) {
    let mut airports: Vec<&str> = Vec::new();
    let mut twins: Vec<(String, &str, String)> = Vec::new();
    for words in lines {
        for k in 1..words.len() {
            let (w, next) = (&words[k - 1], &words[k]);
            if let Some((a, b)) = w.text.rsplit_once('-')
                && !w.break_after
                && next.is_capitalized()
                && place(a).is_some()
                && place(&format!("{b} {}", next.text)).is_some()
            {
                let joined = format!("{} {}", w.text, next.text);
                if !twins.iter().any(|t| t.0 == joined) {
                    twins.push((joined, next.text, w.text.to_string()));
                }
            }
            if !matches!(next.text, "airport" | "airports") || w.break_after {
                continue;
            }
            // Back over a list of one-word names: "Heathrow, Gatwick, Edinburgh and Glasgow",
            // neither an acronym ("BAA airports") nor an owner ("BAA's airports").
            let mut at = k - 1;
            let mut seen_and = false;
            loop {
                let name = &words[at];
                // Nor the end of a longer name: "Charles de Gaulle airport".
                let joined_before = at > 0
                    && !words[at - 1].break_after
                    && ((words[at - 1].is_capitalized()
                        && !lexicon::is_function_word(&fold(words[at - 1].text)))
                        || tagger::PARTICLES.contains(&words[at - 1].text));
                if !name.is_capitalized()
                    || name.is_acronym()
                    || name.possessive
                    || joined_before
                    || lexicon::is_function_word(&fold(name.text))
                {
                    break;
                }
                airports.push(name.text);
                if !seen_and && at >= 2 && words[at - 1].text == "and" && !words[at - 2].break_after {
                    seen_and = true;
                    at -= 2;
                } else if seen_and && at >= 1 && words[at - 1].break_after && !name.sentence_start {
                    at -= 1;
                } else {
                    break;
                }
            }
        }
    }
    airports.retain(|a| known_org(a).is_none());
    for m in mentions.iter_mut().filter(|m| m.tagged && !m.titled && airports.contains(&m.name.as_str())) {
        m.kind = Kind::Place;
    }
    for a in airports {
        if !mentions.iter().any(|m| m.name == a) {
            mentions.push(Mention::new(Kind::Place, a.to_string()));
        }
    }
    for (joined, second, first) in twins {
        mentions.retain(|m| !(m.kind == Kind::Place && m.name == second && place(second).is_none()));
        for m in mentions.iter_mut().filter(|m| m.name == first) {
            m.kind = Kind::Place;
            m.name.clone_from(&joined);
        }
        if !mentions.iter().any(|m| m.name == joined) {
            mentions.push(Mention::new(Kind::Place, joined));
        }
    }
}

/// Words before a place that [`places_before_their_region`] asks for.
const PREPOSITIONS_BEFORE_A_PLACE: &[&str] = &["in", "of", "from", "near", "at", "to"];

/// A name after a preposition and before a comma, a country or a state and punctuation is
/// a place: "the mayor of Bath, England, said", "born in Hope, Arkansas, in 1946", whatever
/// the tagger read, and even where it read nothing, as it does with places that are also
/// common words (a team sheet's "Moody, Forrester, England" has no preposition).
/// A word the tagger read as a person after a place (known, or read so) and a comma, and
/// followed by punctuation, is the place's region: "a fire in Chatham, Kent, was". A name with an
/// `'s` after the comma is no region ("Smith, Britain's envoy"), and a person named in
/// full or with a title keeps that reading ("Senator Phil Gramm, Texas,").
pub(super) fn places_before_their_region(lines: &[Vec<tokens::Word<'_>>], mentions: &mut Vec<Mention>) {
    let mut places: Vec<String> = Vec::new();
    let mut regions: Vec<&str> = Vec::new();
    for words in lines {
        for k in 1..words.len() {
            let before = &words[k - 1];
            // A comma between them: punctuation, no sentence's end, at most one space.
            let gap = words[k].text.as_ptr() as usize - (before.text.as_ptr() as usize + before.text.len());
            if !before.break_after
                || words[k].sentence_start
                || gap > 2
                || !before.is_capitalized()
                || before.possessive
                || !words[k].is_capitalized()
            {
                continue;
            }
            // The region: one to three capitalized words, then punctuation or the line's end.
            let Some(end) =
                (k..words.len().min(k + 3)).find(|&e| words[e].break_after || e + 1 == words.len())
            else {
                continue;
            };
            if !words[k..=end].iter().all(|w| w.is_capitalized()) || words[end].possessive {
                continue;
            }
            // The place: one to three capitalized words before the comma.
            let mut start = k - 1;
            while start > 0
                && k - start < 3
                && !words[start - 1].break_after
                && words[start - 1].is_capitalized()
            {
                start -= 1;
            }
            // A preposition before the place: "in Hope, Arkansas", "the mayor of Bath,
            // England"; not a team sheet's "Moody, Forrester, England".
            if start == 0
                || !PREPOSITIONS_BEFORE_A_PLACE.contains(&words[start - 1].text)
                || words[start - 1].break_after
            {
                continue;
            }
            let region = tokens::joined(&words[k..=end]);
            let name = tokens::joined(&words[start..k]);
            let region_is_big = place(&region).is_some_and(|p| p.kind != "city");
            let firm_word = words[start..k].iter().any(|w| lexicon::is_company_form(&fold(w.text)));
            if region_is_big && !firm_word && place(&name).is_none() && known_org(&name).is_none() {
                places.push(name);
            } else if end == k && place(&region).is_none() && known_org(&region).is_none() {
                let read_as_place = |m: &Mention| m.kind == Kind::Place && m.name == name;
                if place(&name).is_some() || mentions.iter().any(read_as_place) {
                    regions.push(words[k].text);
                }
            }
        }
    }
    let full_person = |name: &str| {
        mentions.iter().any(|m| {
            m.kind == Kind::Person
                && (m.titled || m.name.contains(' '))
                && m.name.split(' ').any(|w| w == name)
        })
    };
    let places: Vec<String> = places.into_iter().filter(|p| p.contains(' ') || !full_person(p)).collect();
    let regions: Vec<&str> = regions.into_iter().filter(|r| !full_person(r)).collect();
    for m in mentions.iter_mut().filter(|m| m.tagged && !m.titled) {
        let before_region = places.contains(&m.name) && !(m.kind == Kind::Person && m.name.contains(' '));
        if before_region || (m.kind == Kind::Person && regions.contains(&m.name.as_str())) {
            m.kind = Kind::Place;
        }
    }
    for p in places {
        if !mentions.iter().any(|m| m.name == p) {
            mentions.push(Mention::new(Kind::Place, p));
        }
    }
}

/// A place the tagger read inside a longer place's name is that longer place: "South
/// Wales" of "a New South Wales inquiry", "Mexico" of "the New Mexico-located mine",
/// "Korea" of "South Korea". The longer name is the words before it (up to two) or after
/// it (up to two) that make a place the gazetteer knows or the article names as a place
/// elsewhere, or "New" before it (New Mexico, New South Wales, New Guinea are places of
/// their own, named after another). A place the gazetteer knows keeps its name after
/// words that make no known place with it ("Northern California", "Perry Oklahoma": a part
/// of it, a town in it). Only a place every one of whose writings in the article is so is
/// renamed: "Wales" of an article that also writes "Wales" alone stays, and so does
/// "Colorado" of an article writing "Colorado Springs, Colo.".
pub(super) fn places_inside_longer_places(lines: &[Vec<tokens::Word<'_>>], mentions: &mut [Mention]) {
    let named: HashSet<String> =
        mentions.iter().filter(|m| m.kind == Kind::Place).map(|m| m.name.clone()).collect();
    let is_longer_place = |name: &str| place(name).is_some() || named.contains(name);
    let mut renamed: Vec<(String, String)> = Vec::new();
    for m in mentions.iter().filter(|m| m.kind == Kind::Place && m.tagged) {
        if renamed.iter().any(|(from, _)| *from == m.name) {
            continue;
        }
        let parts: Vec<&str> = m.name.split(' ').collect();
        let n = parts.len();
        let known = place(&m.name).is_some();
        // A place the article also writes another way ("Colorado" of "Colo." after a town)
        // is no part of a longer name there.
        let abbreviated = lines.iter().flatten().any(|w| {
            w.text != m.name
                && [w.text.to_string(), format!("{}.", w.text)]
                    .iter()
                    .any(|t| lexicon::state_after_a_place(t).is_some_and(|s| s == m.name))
        });
        if abbreviated {
            continue;
        }
        let (last, before) = parts.split_last().expect("a name has a word");
        let mut longer: Option<String> = None;
        let mut alone = false;
        'lines: for words in lines {
            for k in 0..words.len().saturating_sub(n - 1) {
                let here = &words[k..k + n];
                let hyphened = here[n - 1].text.strip_prefix(*last).is_some_and(|rest| rest.starts_with('-'));
                if !(here[..n - 1].iter().zip(before).all(|(w, p)| w.text == *p)
                    && (here[n - 1].text == *last || hyphened)
                    && here[..n - 1].iter().all(|w| !w.break_after))
                {
                    continue;
                }
                let joined = |from: usize, to: usize| {
                    let mut name: Vec<&str> = words[from..to].iter().map(|w| w.text).collect();
                    if hyphened && to == k + n {
                        name[to - from - 1] = last;
                    }
                    name.join(" ")
                };
                let mut found: Option<String> = None;
                // Words before: capitalized, with nothing between.
                let mut from = k;
                while from > 0
                    && k - from < 2
                    && words[from - 1].is_capitalized()
                    && !words[from - 1].break_after
                {
                    from -= 1;
                    let name = joined(from, k + n);
                    // A known place after words the gazetteer does not know with it is a
                    // part of it, or a town in it: "Northern California", "Perry Oklahoma".
                    if place(&name).is_some()
                        || words[from].text == "New"
                        || (!known && named.contains(&name))
                    {
                        found = Some(name);
                    }
                }
                // Words after (not after a hyphened word: "Mexico-located" ends there).
                let mut to = k + n;
                while !hyphened
                    && to < words.len()
                    && to - (k + n) < 2
                    && !words[to - 1].break_after
                    && words[to].is_capitalized()
                {
                    to += 1;
                    let name = joined(k, to);
                    if is_longer_place(&name) && found.as_ref().is_none_or(|f| f.len() < name.len()) {
                        found = Some(name);
                    }
                }
                match found {
                    Some(name) => {
                        if longer.as_ref().is_none_or(|l| l.len() < name.len()) {
                            longer = Some(name);
                        }
                    }
                    None => {
                        alone = true;
                        break 'lines;
                    }
                }
            }
        }
        if let Some(name) = longer.filter(|_| !alone) {
            let canonical = place(&name).map_or(name, |p| p.canonical.to_string());
            renamed.push((m.name.clone(), canonical));
        }
    }
    for m in mentions.iter_mut() {
        if let Some((_, to)) = renamed.iter().find(|(from, _)| m.kind == Kind::Place && *from == m.name) {
            m.name = to.clone();
        }
    }
}

/// Trade terms of delivery written before the port a price is for ("dlrs tonne cif
/// Rotterdam", "fob Santos", "c and f Japan"), folded.
const DELIVERY_TERMS: &[&str] = &["cif", "fob", "c&f", "cfr", "fas"];

/// Places the price lines of commodity reports name after a trade term ("cif Rotterdam",
/// "cif rotterdam", "CIF ROTTERDAM", "fob Bahia Blanca"), which the tagger misses in
/// tables of figures, and ports paired by a slash in a freight fixture
/// ("Rotterdam/Karachi"): each a place the gazetteer knows, in any case. Read from the
/// article's pieces of text, lines in capitals too.
pub(super) fn places_of_price_lines(pieces: &[Cow<'_, str>], mentions: &mut Vec<Mention>) {
    let mut found: Vec<&'static str> = Vec::new();
    for piece in pieces {
        let words: Vec<&str> = piece
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&' && c != '/'))
            .collect();
        for (k, word) in words.iter().enumerate() {
            if DELIVERY_TERMS.contains(&fold(word).as_str()) {
                let two = words.get(k + 1..k + 3).map(|w| w.join(" "));
                let hit = two
                    .and_then(|w| place(&w))
                    .or_else(|| words.get(k + 1).and_then(|w| place(w)))
                    .filter(|p| p.kind != "state" || words.get(k + 1).is_some_and(|w| w.len() > 4));
                found.extend(hit.map(|p| p.canonical));
            } else if word.contains('/') {
                let parts: Vec<_> = word.split('/').map(place).collect();
                if parts.len() > 1 && parts.iter().all(|p| p.is_some_and(|p| p.kind == "city")) {
                    found.extend(parts.into_iter().flatten().map(|p| p.canonical));
                }
            }
        }
    }
    for name in found {
        if !mentions.iter().any(|m| m.kind == Kind::Place && m.name == name) {
            mentions.push(Mention::new(Kind::Place, name.to_string()));
        }
    }
}

/// Words after which a name is a ship's ("the tanker Sea Isle City", "the U.S. frigate
/// Stark", "USS Kidd", "HMS Invincible"), folded.
const SHIP_WORDS: &[&str] = &[
    "tanker",
    "supertanker",
    "ship",
    "warship",
    "vessel",
    "frigate",
    "destroyer",
    "cruiser",
    "freighter",
    "carrier",
    "ferry",
    "liner",
    "trawler",
    "minesweeper",
    "submarine",
    "uss",
    "hms",
];

/// Two countries joined by a hyphen ("the Iran-Iraq war", "U.S.-Japan trade talks") are
/// both places, not one place of their own nor a word the tagger passes over; a hyphenated
/// name the gazetteer knows whole ("Guinea-Bissau") keeps it.
pub(super) fn places_joined_by_a_hyphen(lines: &[Vec<tokens::Word<'_>>], mentions: &mut Vec<Mention>) {
    let mut pairs: Vec<(&str, &'static str, &'static str)> = Vec::new();
    for word in lines.iter().flatten() {
        let Some((a, b)) = word.text.split_once('-') else { continue };
        if !a.starts_with(char::is_uppercase)
            || !b.starts_with(char::is_uppercase)
            || place(word.text).is_some()
        {
            continue;
        }
        let country = |name: &str| place(name).filter(|p| p.kind == "country").map(|p| p.canonical);
        if let (Some(pa), Some(pb)) = (country(a), country(b))
            && pa != pb
            && !pairs.iter().any(|(w, _, _)| *w == word.text)
        {
            pairs.push((word.text, pa, pb));
        }
    }
    if pairs.is_empty() {
        return;
    }
    mentions.retain(|m| !pairs.iter().any(|(w, _, _)| m.name == *w));
    for (_, a, b) in pairs {
        for country in [a, b] {
            if !mentions.iter().any(|m| m.kind == Kind::Place && m.name == country) {
                mentions.push(Mention::new(Kind::Place, country.to_string()));
            }
        }
    }
}

/// A place the gazetteer does not know that is a known place with a word of the text
/// around it is that place: a qualifier in lower case before it ("non-OPEC Mexico") or a
/// name after a place of two words or more that is no common word ("North Sea Brent", a
/// crude grade; "New York Harbor" keeps its word).
pub(super) fn places_cut_to_the_known(mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| m.kind == Kind::Place && m.tagged && place(&m.name).is_none()) {
        let words: Vec<&str> = m.name.split(' ').collect();
        let lower = words.iter().take_while(|w| w.starts_with(|c: char| c.is_lowercase())).count();
        let known = if lower > 0 && lower < words.len() {
            place(&words[lower..].join(" "))
        } else if words.len() >= 3 && !gazetteer::is_common_word(&fold(words[words.len() - 1])) {
            place(&words[..words.len() - 1].join(" ")).filter(|p| p.kind != "city")
        } else {
            None
        };
        if let Some(p) = known {
            m.name = p.canonical.to_string();
        }
    }
}

/// A town of the gazetteer right after "in" or "near" that the tagger passed over ("the
/// game in Cardiff", "roads near Cardiff were closed") is a place, where the article reads
/// the word as no other name: no common word ("in Reading"), no given name, no first word
/// of a longer name.
pub(super) fn towns_the_tagger_passed_over(lines: &[Vec<tokens::Word<'_>>], mentions: &mut Vec<Mention>) {
    let named: HashSet<String> =
        mentions.iter().flat_map(|m| m.name.split([' ', '-']).map(fold).collect::<Vec<_>>()).collect();
    let mut found: Vec<&'static str> = Vec::new();
    for words in lines {
        for k in 1..words.len() {
            let word = &words[k];
            if !matches!(words[k - 1].text, "in" | "near")
                || words[k - 1].break_after
                || !word.is_capitalized()
                || word.sentence_start
                || word.possessive
                || word.text.contains(|c: char| !c.is_alphabetic())
                || (!word.break_after && words.get(k + 1).is_some_and(|w| w.is_capitalized()))
            {
                continue;
            }
            let folded = fold(word.text);
            if named.contains(&folded)
                || gazetteer::is_common_word(&folded)
                || lexicon::is_first_name(&folded)
            {
                continue;
            }
            if let Some(p) = place(word.text).filter(|p| p.kind == "city")
                && !found.contains(&p.canonical)
            {
                found.push(p.canonical);
            }
        }
    }
    mentions.extend(found.into_iter().map(|p| Mention::new(Kind::Place, p.to_string())));
}

/// Words that make a name a place's, first or last, though the other words are common
/// words ("Wall Street", "Silicon Valley", "Lake Superior", "Port Hardy").
const PLACE_WORDS: &[&str] = &[
    "street",
    "road",
    "avenue",
    "lane",
    "square",
    "park",
    "bridge",
    "hill",
    "hills",
    "valley",
    "coast",
    "bank",
    "sea",
    "ocean",
    "river",
    "lake",
    "lakes",
    "island",
    "islands",
    "isle",
    "isles",
    "bay",
    "gulf",
    "mount",
    "mountain",
    "mountains",
    "county",
    "counties",
    "city",
    "town",
    "state",
    "states",
    "strait",
    "straits",
    "canal",
    "heights",
    "beach",
    "harbour",
    "harbor",
    "port",
    "fort",
    "point",
    "cape",
    "land",
    "lands",
    "wood",
    "woods",
    "forest",
    "desert",
    "plain",
    "plains",
    "sound",
    "falls",
    "spring",
    "springs",
    "field",
    "fields",
    "green",
    "peninsula",
    "delta",
    "basin",
    "channel",
    "district",
    "province",
    "region",
    "territory",
    "belt",
    "republic",
    "kingdom",
    "empire",
    "village",
    "estate",
    "estates",
    "airport",
    "stadium",
    "ground",
    "arena",
    "zone",
    "pass",
    "reef",
    "creek",
    "marsh",
    "moor",
    "dale",
    "glen",
    "rim",
    "hemisphere",
    "bloc",
    "end",
    "wharf",
    "quay",
    "canyon",
    "view",
    "ridge",
    "grove",
    "haven",
    "butte",
    "bluff",
    "slope",
    "range",
    "gardens",
    "meadows",
    "boulevard",
    "peak",
    "highlands",
    "cottage",
    "brook",
    "castle",
    "palace",
    "hamlets",
    "country",
    "pacific",
    "atlantic",
];

/// A name of two words or more that the tagger read as a place, that the gazetteer does
/// not know, all of whose words are common English words, is a term, not a place: "Grand
/// Slam", "Big Bang", "Golden Globe Awards". A name that says where it lies ("West End",
/// "Northern Hemisphere"), holds a place ("New Guinea") or starts or ends in a word of
/// places ("Lake Superior", "Wall Street", "Silicon Valley") stays.
pub(super) fn drop_places_of_common_words(mentions: &mut Vec<Mention>) {
    mentions.retain(|m| {
        if m.kind != Kind::Place || !m.tagged || place(&m.name).is_some() {
            return true;
        }
        let written: Vec<&str> = m.name.split(' ').collect();
        let words: Vec<String> = written.iter().map(|w| fold(w)).collect();
        let (Some(first), Some(last)) = (words.first(), words.last()) else { return true };
        let term = words.len() >= 2
            && words.iter().all(|w| gazetteer::is_common_word(w) && !lexicon::is_function_word(w))
            && !words.iter().any(|w| is_compass_word(w))
            && !written.iter().any(|w| place(w).is_some())
            && !PLACE_WORDS.contains(&first.as_str())
            && !PLACE_WORDS.contains(&last.as_str());
        !term
    });
}

/// A foreign town whose name, without its accents, is an English word ("Salé" as "Sale",
/// the rugby club's name) is no place of a story that names nothing else in its
/// country: the word was read as the town.
pub(super) fn drop_towns_read_from_a_word(places: &mut Vec<String>) {
    let countries: Vec<Option<&'static str>> = places.iter().map(|p| countries::country_of(p)).collect();
    let read_from_a_word = |at: usize| {
        let name = &places[at];
        !name.is_ascii()
            && !name.contains(' ')
            && place(name).is_some_and(|p| p.kind == "city" && p.canonical == name.as_str())
            && gazetteer::is_common_word(&fold(name))
            && countries[at].is_some_and(|c| {
                !countries.iter().enumerate().any(|(other, oc)| other != at && *oc == Some(c))
            })
    };
    let drop: Vec<usize> = (0..places.len()).filter(|&at| read_from_a_word(at)).collect();
    let mut at = 0;
    places.retain(|_| {
        at += 1;
        !drop.contains(&(at - 1))
    });
}

/// A name right after a word of [`SHIP_WORDS`] is a ship's, not a person's nor a
/// place's: "the frigate Stark" is no Mr Stark, "the tanker Sea Isle City" no town. The
/// article's mentions of the name as a person or a place are dropped (an organization's
/// stays: "the carrier Air France"). A title after the word starts a person's name
/// ("the ship's Captain John Smith"), and a country's name or a nationality is none of a
/// ship ("the tanker Kuwait").
pub(super) fn ships_are_no_people_or_places(lines: &[Vec<tokens::Word<'_>>], mentions: &mut Vec<Mention>) {
    let mut ships: Vec<String> = Vec::new();
    for words in lines {
        for k in 0..words.len().saturating_sub(1) {
            let cue = &words[k];
            if cue.break_after || cue.possessive || !SHIP_WORDS.contains(&fold(cue.text).as_str()) {
                continue;
            }
            let first = fold(words[k + 1].text);
            if lexicon::is_title(&first) || lexicon::is_demonym_or_name(&first) {
                continue;
            }
            let Some(name) = name_starting_at(words, k + 1) else { continue };
            if place(&name).is_some_and(|p| p.kind == "country") {
                continue;
            }
            if !ships.contains(&name) {
                ships.push(name);
            }
        }
    }
    if !ships.is_empty() {
        mentions.retain(|m| !(matches!(m.kind, Kind::Person | Kind::Place) && ships.contains(&m.name)));
    }
}

/// Whether a folded word ends a company's name: its legal form ("Corp", "Ltd.", "AG").
fn is_company_ending(folded: &str) -> bool {
    lexicon::is_legal_form(folded) || matches!(folded, "corporation" | "company")
}

/// Prepositions before a word that make it a place's ("in Toyota City", "at Toyota",
/// "near Toyota"), folded.
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "near", "from", "outside", "around", "across"];

/// A town the gazetteer knows that is also the first word of a firm the article names
/// ("Toyota" beside "Toyota Motor Corp", "Santos" beside "Santos Ltd") is the firm where
/// the article names it alone and never after a place's preposition ("Toyota said",
/// "Toyota's exports"), nor in the dateline: the story is the carmaker's, not Toyota
/// City's.
pub(super) fn towns_that_name_a_firm(lines: &[Vec<tokens::Word<'_>>], mentions: &mut [Mention]) {
    // A firm's name ends in its company form ("Corp", "Ltd"): "Tokyo Stock Exchange" is
    // no firm named after Tokyo.
    let firms: Vec<String> = mentions
        .iter()
        .filter(|m| m.kind == Kind::Org)
        .filter(|m| m.name.rsplit(' ').next().is_some_and(|last| is_company_ending(&fold(last))))
        .filter_map(|m| m.name.split_once(' ').map(|(first, _)| first.to_string()))
        .collect();
    // A place read by a rule (the dateline "LONDON 1996-08-22") is one.
    let by_rule: Vec<&str> =
        mentions.iter().filter(|m| m.kind == Kind::Place && !m.tagged).map(|m| m.name.as_str()).collect();
    let mut towns: Vec<String> = Vec::new();
    for m in mentions.iter().filter(|m| m.kind == Kind::Place && m.tagged && !m.name.contains(' ')) {
        if towns.contains(&m.name)
            || !firms.contains(&m.name)
            || by_rule.contains(&m.name.as_str())
            || place(&m.name).is_none_or(|p| p.kind != "city")
        {
            continue;
        }
        let as_a_place = lines.iter().any(|words| {
            (1..words.len()).any(|k| {
                words[k].text == m.name
                    && !words[k - 1].break_after
                    && PLACE_PREPOSITIONS.contains(&fold(words[k - 1].text).as_str())
            })
        });
        if !as_a_place {
            towns.push(m.name.clone());
        }
    }
    for m in mentions.iter_mut().filter(|m| m.kind == Kind::Place && towns.contains(&m.name)) {
        m.kind = Kind::Org;
    }
}

/// The towns of one name in two countries among `places` ([`countries::town_in_context`]),
/// renamed after the country the article's other places (and the places that start its
/// organizations' names: "Manchester United", "Sheffield Wednesday") are mostly in, each
/// place once.
pub(super) fn towns_by_their_neighbours(places: &mut Vec<String>, organizations: &[String]) {
    let org_places: Vec<&str> = organizations
        .iter()
        .filter_map(|org| {
            let first = org.split(' ').next()?;
            (first.len() < org.len()).then(|| place(first)).flatten().map(|p| p.canonical)
        })
        .collect();
    let renamed: Vec<(usize, &'static str)> = places
        .iter()
        .enumerate()
        .filter_map(|(at, name)| {
            let others = places.iter().map(String::as_str).chain(org_places.iter().copied());
            countries::town_in_context(name, others).map(|other| (at, other))
        })
        .collect();
    for (at, other) in renamed {
        places[at] = other.to_string();
    }
    let mut seen = HashSet::default();
    places.retain(|p| seen.insert(p.clone()));
}

/// Words that name a part of a place by where it lies ("Northern California", "South
/// Wales", "Central London").
pub(crate) fn is_compass_word(folded: &str) -> bool {
    matches!(
        folded,
        "north"
            | "south"
            | "east"
            | "west"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "upper"
            | "lower"
            | "greater"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
    )
}

/// A place that starts a line in capitals, and whether the line is a row of a table.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct PlaceInCapitals {
    pub(super) place: &'static str,
    pub(super) table_row: bool,
}

/// The place of a wire dateline in capitals: up to four words the gazetteer knows as a
/// place, then a date, the agency in brackets, or a comma and a date ("COLOMBO
/// 1996-08-30", "LONDON (Reuters) -", "WASHINGTON, Jan 24"). A headline in capitals
/// ("LONDON CALLING") is none: what follows the place says dateline. Other figures than
/// a date make a row of a table ("CEDAR RAPIDS 2.35 2.40", "BOSTON 69 65 .515 5").
pub(super) fn place_in_capitals(line: &str) -> Option<PlaceInCapitals> {
    let line = line.trim_start_matches(|c: char| !c.is_alphanumeric());
    // Most lines are prose: their second letter is lower case.
    if line.chars().take(2).any(char::is_lowercase) {
        return None;
    }
    // A hyphen inside a word in capitals joins it ("GUINEA-BISSAU SEEKS AID",
    // "LOUISIANA-PACIFIC TO SELL") where one before a word in lower case is a dash
    // ("MIAMI-Brazil and its banks agree").
    let bytes = line.as_bytes();
    let joins = |at: usize| {
        let rest = &line[at + 1..];
        let next_word = &rest[..rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len())];
        at > 0
            && bytes[at - 1].is_ascii_alphanumeric()
            && !next_word.is_empty()
            && !next_word.chars().any(char::is_lowercase)
    };
    let head_end = line.char_indices().find_map(|(at, c)| {
        let ends = c.is_ascii_digit() || matches!(c, ',' | '(' | '—' | '–') || (c == '-' && !joins(at));
        ends.then_some(at)
    })?;
    let (head, rest) = (line[..head_end].trim(), &line[head_end..]);
    if head.is_empty() || head.split_whitespace().count() > 4 || head.chars().any(char::is_lowercase) {
        return None;
    }
    let after_comma = rest.strip_prefix(',').map(str::trim_start);
    let table_row = rest.starts_with(|c: char| c.is_ascii_digit()) && !starts_with_iso_date(rest);
    let dated = table_row
        || starts_with_iso_date(rest)
        || rest.starts_with(['(', '-', '—', '–'])
        || after_comma.is_some_and(|r| {
            r.starts_with(|c: char| c.is_ascii_digit())
                || r.split_whitespace()
                    .next()
                    .is_some_and(|w| w.trim_end_matches('.').parse::<chrono::Month>().is_ok())
        });
    dated.then(|| place(head)).flatten().map(|p| PlaceInCapitals { place: p.canonical, table_row })
}

/// The venue of a fixture in a schedule in capitals, "BOSTON AT OAKLAND": the home town,
/// where the game is played (the visitors are a team).
pub(super) fn venue_in_capitals(line: &str) -> Option<&'static str> {
    let (visitors, home) = line.trim().split_once(" AT ")?;
    let known = |name: &str| {
        let name = name.trim();
        (!name.is_empty() && !name.chars().any(char::is_lowercase)).then(|| place(name)).flatten()
    };
    known(visitors).and(known(home)).map(|p| p.canonical)
}

/// Whether `text` starts with a date written `1996-08-30`.
fn starts_with_iso_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 10
        && b[..10]
            .iter()
            .enumerate()
            .all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::{extract, extract_text};
    use crate::ingest::Article;

    #[test]
    fn places_the_tagger_misreads_or_passes_over() {
        let places = |body: &str| extract_text(Some("Report"), body).places;
        let has = |found: &[String], name: &str| found.iter().any(|p| p == name);
        // A town after "in" that the tagger left untagged.
        let found = places("She lives in Cardiff and works in Swansea.");
        assert!(has(&found, "Cardiff") && has(&found, "Swansea"), "{found:?}");
        // Two countries joined by a hyphen are both places.
        let found = places("The Iran-Iraq war hit exports from the Gulf.");
        assert!(has(&found, "Iran") && has(&found, "Iraq") && !has(&found, "Iran-Iraq"), "{found:?}");
        // A term of common words is no place.
        let found = places("England won the Grand Slam at Twickenham on Saturday.");
        assert!(!has(&found, "Grand Slam"), "{found:?}");
        // A misspelt country is the country.
        let found = places("Officials in Saudia Arabia said output was steady.");
        assert!(has(&found, "Saudi Arabia"), "{found:?}");
    }

    #[test]
    fn a_foreign_town_read_from_an_english_word_is_no_place_alone() {
        let mut places = vec!["England".to_string(), "Salé".to_string(), "London".to_string()];
        drop_towns_read_from_a_word(&mut places);
        assert_eq!(places, ["England", "London"]);
        // Beside another place of its country it stays.
        let mut places = vec!["Salé".to_string(), "Rabat".to_string()];
        drop_towns_read_from_a_word(&mut places);
        assert_eq!(places, ["Salé", "Rabat"]);
    }

    #[test]
    fn a_place_inside_a_longer_place_is_the_longer_place() {
        let places = |title: &str, body: &str| extract_text(Some(title), body).places;
        // The tagger left "New" out; "New" names a place of its own.
        let found = places(
            "Fund collapse",
            "The fund ran out of money. A subsequent New South Wales state inquiry said so.",
        );
        assert_eq!(found, ["New South Wales"]);
        assert_eq!(places("Mine", "Costs at the New Mexico-located Chino mine will fall."), ["New Mexico"]);
        // A part of a place named by where it lies is in it; a place written alone stays.
        let wales = places("Rain", "Rain fell in Wales and in New South Wales on Monday.");
        assert!(
            wales.contains(&"Wales".to_string()) && wales.contains(&"New South Wales".to_string()),
            "{wales:?}"
        );
        // A headline in capitals: the state its text names, not Wales.
        let found = places(
            "AUSTRALIAN UNIONS PLAN NEW SOUTH WALES STRIKES",
            "Unions are planning strikes in New South Wales, starting next Tuesday.",
        );
        assert_eq!(found, ["New South Wales"]);
        // A hyphen inside a word in capitals is no dateline's dash.
        // "Colorado" of "Colo." after a town is written apart from "Colorado Springs".
        let found = places("Plant", "The plant in Colorado Springs, Colo., opens next year.");
        assert!(found.contains(&"Colorado".to_string()), "{found:?}");
        assert_eq!(place_in_capitals("GUINEA-BISSAU SEEKS AID"), None);
        assert_eq!(place_in_capitals("MIAMI-Brazil and banks agree").map(|p| p.place), Some("Miami"));
    }

    #[test]
    fn a_name_the_article_calls_a_town_is_a_place_throughout() {
        let e = extract_text(
            Some("Britain condemns Iraq involvement in Arbil attack."),
            "Iraqi troops captured Arbil on Saturday.\n\
             The Kurdish city of Arbil lies within the safe haven set up after the Gulf War.",
        );
        assert!(e.places.contains(&"Arbil".to_string()), "{e:?}");
        assert!(!e.organizations.contains(&"Arbil".to_string()), "{e:?}");
    }

    #[test]
    fn organization_words_win_over_places_and_fill_what_the_tagger_missed() {
        let e = extract_text(
            None,
            "Minneapolis Mayor Jacob Frey declared a snow emergency. Metro Transit slowed trains.",
        );
        assert_eq!(e.organizations, ["Metro Transit"]);
        assert_eq!(e.places, ["Minneapolis"]);
        let e = extract_text(None, "The governor signed the bill. Metro Transit will add trains.");
        assert_eq!(e.organizations, ["Metro Transit"]);
    }

    #[test]
    fn a_dateline_in_capitals_gives_its_place() {
        let dateline_place = |line| place_in_capitals(line).filter(|p| !p.table_row).map(|p| p.place);
        assert_eq!(dateline_place("MINSK 1996-08-30"), Some("Minsk"));
        assert_eq!(dateline_place("LONDON (Reuters) -"), Some("London"));
        assert_eq!(dateline_place("WASHINGTON, Jan 24 - The"), Some("Washington"));
        assert_eq!(dateline_place("MINNEAPOLIS - Metro Transit will charge $1"), Some("Minneapolis"));
        assert_eq!(dateline_place("LONDON CALLING: A NEW ALBUM"), None);
        assert_eq!(dateline_place("CRICKET - SRI LANKA BEAT AUSTRALIA"), None);
        assert_eq!(dateline_place("Minsk 1996-08-30"), None);
        assert_eq!(venue_in_capitals("BOSTON AT OAKLAND"), Some("Oakland"));
        assert_eq!(venue_in_capitals("LOOK AT OAKLAND"), None);
        assert_eq!(
            place_in_capitals("CEDAR RAPIDS 2.35 2.40"),
            Some(PlaceInCapitals { place: "Cedar Rapids", table_row: true })
        );
        let found = extract_text(
            Some("Top Belarus politician blasts president."),
            "MINSK 1996-08-30\nThe speaker of parliament said the president was wrong, and the opposition agreed with him.",
        );
        assert!(found.places.contains(&"Minsk".to_string()), "{:?}", found.places);
        // A dateline kept apart from the body (Reuters' <DATELINE>) names its place too.
        let article = Article {
            path: "reut2-000.sgm".into(),
            id: Some("1".into()),
            title: Some("Bahia cocoa review".into()),
            body: "Showers continued throughout the week in the cocoa zone, and the crop is better than last year.".into(),
            dateline: Some("SALVADOR, Feb 26 -".into()),
            ..Default::default()
        };
        assert!(extract(&article).places.contains(&"Salvador".to_string()));
        assert_eq!(dateline_places("McLEAN, Va., March 3 -"), ["McLEAN", "Virginia"]);
        assert_eq!(dateline_places("PORTLAND, Ore., March 3 -"), ["Portland", "Oregon"]);
        assert_eq!(dateline_places("PITTSBURGH, Pa., March 3 -"), ["Pittsburgh", "Pennsylvania"]);
        assert_eq!(dateline_places("TORONTO, Ont., March 3 -"), ["Toronto", "Ontario"]);
        assert_eq!(dateline_places("LONDON, March 3 -"), ["London"]);
        assert_eq!(dateline_places("SANTA BARBARA, Calif., March 3 -"), ["Santa Barbara", "California"]);
        assert_eq!(dateline_places("PEKING, March 3 -"), ["Beijing"]);
        assert_eq!(dateline_places("TRAIL, British Columbia, March 3 -"), ["Trail", "British Columbia"]);
        assert_eq!(dateline_places("WINSTON-SALEM, N.C., March 3 -"), ["Winston-Salem", "North Carolina"]);
        // A commodity or a date where the place goes is none.
        assert!(dateline_places("WHEAT, March 3 -").is_empty());
        assert!(dateline_places("COPPER GRADE A -").is_empty() && dateline_places("APRIL 7 -").is_empty());
        assert_eq!(dateline_places("LEAD, S.D., March 3 -"), ["Lead", "South Dakota"]);
        // The wire's asterisks are no part of the place; a table's heading is no place.
        assert_eq!(dateline_places("****RIO DE JANEIRO, March 5 -"), ["Rio de Janeiro"]);
        assert!(dateline_places("----UNLEADED GAS -").is_empty());
        assert!(dateline_places("(totals -").is_empty());
    }

    #[test]
    fn a_datelines_place_in_capitals_is_written_in_title_case() {
        let e = extract_text(
            Some("IBM results"),
            "ARMONK, N.Y. -- International Business Machines Corp. said on Tuesday that its profit rose.",
        );
        assert!(e.places.contains(&"Armonk".to_string()), "{e:?}");
        assert!(!e.places.contains(&"ARMONK".to_string()), "{e:?}");
    }

    #[test]
    fn a_price_lines_port_and_a_fixtures_pair_of_ports_are_places() {
        let found = extract_text(
            Some("Oilseeds"),
            "Prices ruling at noon cif rotterdam dlrs per tonne\nMay 203 up 0.80\n",
        );
        assert_eq!(found.places, ["Rotterdam"]);
        let found =
            extract_text(Some("Freights"), "Enquiries - Rotterdam/Karachi 25,000 tonnes bulk urea 20-30/4\n");
        assert!(
            found.places.contains(&"Rotterdam".to_string()) && found.places.contains(&"Karachi".to_string())
        );
    }

    #[test]
    fn a_name_after_a_ships_word_is_no_person_or_place() {
        let found = extract_text(
            Some("Gulf attack"),
            "Iraqi jets hit the U.S. frigate Stark, and the Kuwaiti tanker Sea Isle City was struck near Kuwait.",
        );
        assert!(!found.people.iter().any(|p| p.contains("Stark")), "{:?}", found.people);
        assert!(!found.places.contains(&"Sea Isle City".to_string()), "{:?}", found.places);
        assert!(found.places.contains(&"Kuwait".to_string()), "{:?}", found.places);
    }

    #[test]
    fn a_town_that_names_a_firm_of_the_article_is_the_firm_unless_written_as_a_place() {
        let firm = extract_text(
            Some("Prices"),
            "Toyota Motor Corp said it would raise prices. Toyota said the rise averaged two pct.",
        );
        assert!(!firm.places.contains(&"Toyota".to_string()), "{:?}", firm.places);
        let town =
            extract_text(Some("Plant"), "Toyota Motor Corp said it would build a plant in Toyota next year.");
        assert!(town.places.contains(&"Toyota".to_string()), "{:?}", town.places);
    }

    #[test]
    fn a_place_the_article_calls_a_port_after_a_comma_is_a_place() {
        let e = extract_text(
            None,
            "Oil flows over the Andes to Tulara, a Pacific Ocean port. Tulara handles most exports.",
        );
        assert!(!e.organizations.contains(&"Tulara".to_string()), "{e:?}");
        let e =
            extract_text(None, "The motion was put by Hobbs, a town councillor. Hobbs said it would pass.");
        assert!(!e.places.contains(&"Hobbs".to_string()), "{e:?}");
    }

    #[test]
    fn a_name_before_its_state_or_country_is_a_place_and_a_person_after_a_place_its_region() {
        let e = extract_text(
            None,
            "The mayor of Bath, England, spoke. Born in Hope, Arkansas, he ran. A fire in Chatham, Kent, was out.",
        );
        assert!(e.people.is_empty(), "{e:?}");
        for place in ["Bath", "Hope", "Chatham", "Kent"] {
            assert!(e.places.contains(&place.to_string()), "{place}: {e:?}");
        }
        // A firm's name before a state abbreviation is none; a person in full keeps his.
        let other =
            extract_text(None, "Bay Co Bldg Auth, Mich, sold bonds. Senator Phil Gramm, Texas, voted.");
        assert!(!other.places.iter().any(|p| p.contains("Bldg") || p.contains("Gramm")), "{other:?}");
    }

    #[test]
    fn airports_before_the_word_airport_and_twin_cities_are_places() {
        let e = extract_text(
            None,
            "At Heathrow, Gatwick, Edinburgh and Glasgow airports, BAA laid out its plans. At Gatwick, \
             the company has written to homes. BAA airports handled more passengers.",
        );
        for p in ["Heathrow", "Gatwick", "Edinburgh", "Glasgow"] {
            assert!(e.places.contains(&p.to_string()), "{p}: {e:?}");
        }
        assert!(!e.places.iter().any(|p| p == "BAA"), "{e:?}");
        let e = extract_text(None, "Flights to Charles de Gaulle airport were cancelled.");
        assert!(!e.places.iter().any(|p| p == "Gaulle"), "{e:?}");
        let e = extract_text(None, "Leaflets were handed out at Dallas-Fort Worth Airport and in Dallas.");
        assert!(e.places.contains(&"Dallas-Fort Worth".to_string()), "{e:?}");
        assert!(!e.places.iter().any(|p| p == "Worth" || p == "Dallas-Fort"), "{e:?}");
    }
}
