//! People, organizations and places named in an article.
//!
//! [`extract`] is the only entry point the rest of newsdex uses.
//!
//! It works in three steps:
//! 1. [`tokens`] splits each line into words, keeping `O'Hara`, `Mr.` and sentence starts;
//! 2. [`tagger`] labels the words with a linear-chain CRF ([`crf`], trained with CRFsuite
//!    on hand-labelled and silver news data, see `scripts/ner/`) from the features of
//!    [`features`] (words, shapes, affixes, context, titles, gazetteers of [`lexicon`]),
//!    and turns the labelled spans into mentions, splitting titles off names;
//! 3. [`consolidate`] folds surname and title mentions into the one full name they refer
//!    to in this article ("Mr Frey" → "Jacob Frey"), keeps the other forms as aliases,
//!    moves "people" with organization words to the organizations, and does not believe
//!    a lone word is a person unless the article tags it so at least twice as often as an
//!    organization or a place, counting the words of longer names (a team, a county, the
//!    "Morgan" of "Morgan Stanley"). Before that, the sides of a match named after a town,
//!    county or state ("Leicestershire beat Somerset", "Surrey captain Chris Lewis") become
//!    the teams, organizations, that play under those names.
//!
//! [`rules`] is the rule-based extractor the tagger replaced; its title and organization
//! rules still clean up the tagger's spans.

pub mod countries;
pub mod crf;
pub mod culture;
pub mod east_asian;
pub mod features;
pub mod former_countries;
pub mod gazetteer;
mod kinds;
pub mod language;
pub mod lexicon;
pub mod products;
pub mod quotations;
pub mod rules;
pub mod tagger;
pub mod tokens;

use std::borrow::Cow;
use std::sync::LazyLock;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use lexicon::{fold, known_org, place};
use rules::{Evidence, Kind, Mention};

use crate::ingest::Article;

/// The entities of one article, each list in order of first mention, canonical names only.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entities {
    /// People ("Jacob Frey"), titles stripped; the longest form the article uses.
    pub people: Vec<String>,
    /// Organizations ("Border Patrol").
    pub organizations: Vec<String>,
    /// Places ("Minneapolis", "United States").
    pub places: Vec<String>,
    /// For each of `people`, in the same order, the other forms the article uses for that
    /// person ("Frey" for "Jacob Frey"); often empty.
    pub person_aliases: Vec<Vec<String>>,
    /// Organizations the article names in full and by an acronym, the one in brackets
    /// after the other ("Centers for Disease Control and Prevention (CDC)", "UKIP (UK
    /// Independence Party)"): `(full name, acronym)`, both of them in `organizations`.
    pub org_acronyms: Vec<(String, String)>,
}

/// Extracts the entities of an article from its headline, its dateline (where a format
/// keeps it apart from the body: Reuters' `<DATELINE>`) and its body.
pub fn extract(article: &Article) -> Entities {
    let mut found = extract_text(article.title.as_deref(), &article.body);
    // The dateline's places come first: the story was filed there.
    let mut at = 0;
    for place in article.dateline.as_deref().map(dateline_places).unwrap_or_default() {
        if !found.places.contains(&place) {
            found.places.insert(at, place);
            at += 1;
        }
    }
    // The dateline's state or country tells which of two towns of one name it is
    // ("CAMBRIDGE, Mass.").
    if at > 0 {
        towns_by_their_neighbours(&mut found.places, &found.organizations);
    }
    found
}

/// The places a wire dateline names: the place it was filed from and the state or
/// country after it, if the gazetteer knows that ("McLEAN, Va., March 3 -", "TRAIL,
/// British Columbia, March 3 -"). A place in capitals the gazetteer does not know is
/// written in title case ("TRAIL" → "Trail").
fn dateline_places(dateline: &str) -> Vec<String> {
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

/// "SANTA BARBARA" → "Santa Barbara", "WINSTON-SALEM" → "Winston-Salem", "O'BRIEN" →
/// "O'Brien" (after one letter and an apostrophe, as Irish and French names are written;
/// "MARTHA'S" is "Martha's"); a word not all in capitals is kept ("McLEAN").
pub(crate) fn title_case(name: &str) -> String {
    let word = |w: &str| {
        if w.chars().any(char::is_lowercase) {
            return w.to_string();
        }
        let mut out = String::new();
        let mut start = true;
        for c in w.chars() {
            if start {
                out.extend(c.to_uppercase())
            } else {
                out.extend(c.to_lowercase())
            }
            let mut before = out.chars().rev().skip(1);
            let one_letter_before = before.next().is_some_and(char::is_alphabetic)
                && before.next().is_none_or(|b| !b.is_alphanumeric());
            start = !c.is_alphanumeric() && (c != '\'' || one_letter_before);
        }
        out
    };
    name.split_whitespace().map(word).collect::<Vec<_>>().join(" ")
}

/// Extracts entities from a headline and a body; none when the body is not English
/// ([`language::is_english`]): the tagger only knows English.
pub fn extract_text(title: Option<&str>, body: &str) -> Entities {
    if !language::is_english(body) {
        return Entities::default();
    }
    extract_with(&tagger::MODEL, title, body, |tagger, line, words, out| {
        tagger.mentions(line, words, false, out)
    })
}

/// [`extract_text`] with the tagging of each line left to `tag_line` (given a tagger for
/// `crf`, the line, its words and where to push mentions): a way to run the same pipeline
/// with another model or decoder, as `examples/ner_crfs.rs` does.
pub fn extract_with(
    crf: &crf::Crf,
    title: Option<&str>,
    body: &str,
    mut tag_line: impl FnMut(&mut tagger::Tagger<'_>, &str, &[tokens::Word<'_>], &mut Vec<Mention>),
) -> Entities {
    let mut tagger = tagger::Tagger::new(crf);
    tagger.read_document(body);
    let mut mentions = Vec::new();
    // All-capitals lines (wire headlines, section labels) carry no case information. The
    // model can tag them (it learnt from capitalized copies of its training lines, marked
    // with the `hl` feature), but on CoNLL testa that adds as many errors as it finds
    // names, which the body repeats anyway: they are skipped. Each line is tokenized once,
    // for the tagger and for surname completion.
    // A wire dateline ("MINSK 1996-08-30", "LONDON (AP) -"), often too short to count as
    // shouting, names where the story was filed: that place is kept. So is the place of a
    // row of a table in capitals ("CEDAR RAPIDS 2.35 2.40"), unless the article also
    // names a team by it: then the row is the team's, in a standings table.
    let mut row_places: Vec<usize> = Vec::new();
    // Nicknames and maiden names inside people's names are read apart from them
    // ([`rules::without_asides`]): "James Callahan" is tagged, and "Big Jim" joins him
    // as another name.
    let mut asides = Vec::new();
    let pieces: Vec<Cow<'_, str>> = title
        .map(rules::without_wire_slug)
        .into_iter()
        .chain(body.lines().flat_map(tagging_pieces))
        .map(|line| {
            // A non-breaking hyphen (U+2011) joins a word as a hyphen does: "Wi‑Fi Alliance".
            let line: Cow<'_, str> = if line.contains('\u{2011}') {
                Cow::Owned(line.replace('\u{2011}', "-"))
            } else {
                Cow::Borrowed(line)
            };
            match rules::without_asides(&line) {
                Some((text, found)) => {
                    asides.extend(found);
                    Cow::Owned(text)
                }
                None => line,
            }
        })
        .collect();
    let lines: Vec<Vec<tokens::Word<'_>>> = pieces
        .iter()
        .map(|line| &**line)
        .filter_map(|line| {
            if let Some(found) = place_in_capitals(line) {
                if found.table_row {
                    row_places.push(mentions.len());
                }
                mentions.push(Mention::new(Kind::Place, found.place.to_string()));
            } else if let Some(venue) = venue_in_capitals(line) {
                mentions.push(Mention::new(Kind::Place, venue.to_string()));
            }
            if features::is_shouting(line) {
                return None;
            }
            let words = tokens::words(line);
            tag_line(&mut tagger, line, &words, &mut mentions);
            Some(words)
        })
        .collect();
    drop_places_of_team_rows(&mut mentions, &row_places);
    join_overlapping_names(&lines, &mut mentions);
    ships_are_no_people_or_places(&lines, &mut mentions);
    people_read_as_places(&lines, &mut mentions);
    complete_surnames(&lines, &mut mentions);
    teams_are_organizations(&pieces, &lines, &mut mentions);
    initials_of_team_sheets_are_people(&mut mentions);
    places_the_article_calls_so(&lines, &mut mentions);
    places_before_their_region(&lines, &mut mentions);
    places_inside_longer_places(&lines, &mut mentions);
    airports_and_twin_cities(&lines, &mut mentions);
    places_of_price_lines(&pieces, &mut mentions);
    places_joined_by_a_hyphen(&lines, &mut mentions);
    places_cut_to_the_known(&mut mentions);
    towns_the_tagger_passed_over(&lines, &mut mentions);
    drop_places_of_common_words(&mut mentions);
    firms_the_article_lists(&lines, &mut mentions);
    firms_named_after_two_partners(&lines, &mut mentions);
    firms_with_stock_symbols(&pieces, &mut mentions);
    drop_common_words_read_as_names(&lines, &mut mentions);
    drop_journals_read_as_places(&lines, &mut mentions);
    peoples_republics(&pieces, &mut mentions);
    products::firms_and_products(&lines, &mut mentions);
    kinds::firms_read_as_people(&lines, &mut mentions);
    kinds::places_read_as_firms(&lines, &mut mentions);
    towns_that_name_a_firm(&lines, &mut mentions);
    kinds::drop_words_read_as_organizations(&lines, &mut mentions);
    kinds::people_with_particles(&lines, &mut mentions);
    culture::settle(&lines, &mut mentions);
    mentions.retain(|m| is_name_sized(&m.name));
    let mut entities = consolidate_with(&mentions, &common_noun_uses(&lines));
    // A headline in capitals, which the tagger skipped, names the story's countries and
    // states first ("JAPAN PERSONAL SAVINGS SOAR", a story whose text names Tokyo).
    if let Some(title) = title.filter(|t| features::is_shouting(t)) {
        let mut at = 0;
        for place in gazetteer::places_in_headline(title, &entities.places) {
            if !entities.places.iter().any(|p| p == place) {
                entities.places.insert(at, place.to_string());
                at += 1;
            }
        }
    }
    towns_by_their_neighbours(&mut entities.places, &entities.organizations);
    drop_towns_read_from_a_word(&mut entities.places);
    add_asides(&mut entities, &asides);
    entities.org_acronyms = acronyms_in_brackets(&pieces, &entities.organizations);
    // An acronym read only from the brackets ("Bank of England (BoE)") names the body too.
    for (_, acronym) in &entities.org_acronyms {
        if !entities.organizations.contains(acronym) {
            entities.organizations.push(acronym.clone());
        }
    }
    entities
}

/// The organizations of `orgs` that the article's `lines` name in full with an acronym in
/// brackets, or the other way round: `(full name, acronym)`. The acronym's letters are
/// the initials of the full name's words, in order and beginning with the first, some
/// words left out ("Centers for Disease Control and Prevention (CDC)"); an acronym's word
/// gives all its letters ("UK Independence Party (UKIP)"), a small word its initial too
/// ("Bank of Japan (BOJ)", "Bank of England (BoE)") and a number its figure ("Group of
/// Seven (G-7)"). An acronym in brackets right after the full name is taken though the
/// tagger did not read it as a name (the caller adds it to the organizations).
fn acronyms_in_brackets(lines: &[Cow<'_, str>], orgs: &[String]) -> Vec<(String, String)> {
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

/// Gives the nicknames and maiden names taken out of people's names
/// ([`rules::without_asides`]) to those people as aliases: "Big Jim" to James Callahan,
/// "Mary Brown" to Mary Smith (née Brown).
fn add_asides(entities: &mut Entities, asides: &[rules::Aside]) {
    for aside in asides {
        let Some(alias) = aside.alias() else {
            continue;
        };
        let before: Vec<String> = aside.before.split(' ').map(fold).collect();
        let person = entities.people.iter().position(|name| {
            let words: Vec<String> = name.split(' ').map(fold).collect();
            if aside.is_maiden_name() {
                words.ends_with(&before) || words == before
            } else {
                words.len() >= 2
                    && lexicon::same_given_name(&words[0], &before[0])
                    && words[words.len() - 1] == fold(&aside.after)
            }
        });
        if let Some(i) = person
            && fold(&entities.people[i]) != fold(&alias)
            && !entities.person_aliases[i].iter().any(|a| fold(a) == fold(&alias))
        {
            entities.person_aliases[i].push(alias);
        }
    }
}

/// The longest line tagged as one: the tagger's memory grows with a line's words, and a
/// 70 MB file on one line took 3.8 GB.
const MAX_TAGGED_LINE_BYTES: usize = 8 * 1024;

/// A line in pieces the tagger takes one at a time: the line itself, or, for a line over
/// [`MAX_TAGGED_LINE_BYTES`], pieces cut after a sentence's end (else at a space, else
/// anywhere on a character's boundary).
fn tagging_pieces(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = line;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        if rest.len() <= MAX_TAGGED_LINE_BYTES {
            return Some(std::mem::take(&mut rest));
        }
        let mut limit = MAX_TAGGED_LINE_BYTES;
        while !rest.is_char_boundary(limit) {
            limit -= 1;
        }
        let head = &rest[..limit];
        let cut = [". ", "? ", "! "]
            .iter()
            .filter_map(|end| head.rfind(end).map(|at| at + 1))
            .max()
            .or_else(|| head.rfind(' '))
            .filter(|&at| at > 0)
            .unwrap_or(limit);
        let (piece, after) = rest.split_at(cut);
        rest = after.trim_start();
        Some(piece)
    })
}

/// Whether a mention is short enough to be a name: "United Nations Educational,
/// Scientific and Cultural Organization" is 8 words. A headline of capitalized words
/// thousands long (a broken export) read as one organization filled the name lists.
fn is_name_sized(name: &str) -> bool {
    const MOST_WORDS: usize = 12;
    const MOST_CHARS: usize = 120;
    name.len() <= MOST_CHARS * 4
        && name.chars().count() <= MOST_CHARS
        && name.split_whitespace().count() <= MOST_WORDS
}

/// A name the article calls a place once ("the Kurdish city of Arbil", "the town of
/// Duluth", "Balao, a Pacific Ocean port") is that place wherever the tagger read the same name alone as an organization
/// ("Iraqi troops captured Arbil", "the Arbil attack"). Known organizations keep theirs.
fn places_the_article_calls_so(lines: &[Vec<tokens::Word<'_>>], mentions: &mut [Mention]) {
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
fn airports_and_twin_cities(lines: &[Vec<tokens::Word<'_>>], mentions: &mut Vec<Mention>) {
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
fn places_before_their_region(lines: &[Vec<tokens::Word<'_>>], mentions: &mut Vec<Mention>) {
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
fn places_inside_longer_places(lines: &[Vec<tokens::Word<'_>>], mentions: &mut [Mention]) {
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
fn places_of_price_lines(pieces: &[Cow<'_, str>], mentions: &mut Vec<Mention>) {
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
fn places_joined_by_a_hyphen(lines: &[Vec<tokens::Word<'_>>], mentions: &mut Vec<Mention>) {
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
fn places_cut_to_the_known(mentions: &mut [Mention]) {
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
fn towns_the_tagger_passed_over(lines: &[Vec<tokens::Word<'_>>], mentions: &mut Vec<Mention>) {
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
fn drop_places_of_common_words(mentions: &mut Vec<Mention>) {
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
fn drop_towns_read_from_a_word(places: &mut Vec<String>) {
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
fn ships_are_no_people_or_places(lines: &[Vec<tokens::Word<'_>>], mentions: &mut Vec<Mention>) {
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
fn towns_that_name_a_firm(lines: &[Vec<tokens::Word<'_>>], mentions: &mut [Mention]) {
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
fn towns_by_their_neighbours(places: &mut Vec<String>, organizations: &[String]) {
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
fn firms_the_article_lists(lines: &[Vec<tokens::Word<'_>>], mentions: &mut [Mention]) {
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
fn firms_named_after_two_partners(lines: &[Vec<tokens::Word<'_>>], mentions: &mut Vec<Mention>) {
    let partner = |w: &tokens::Word<'_>| {
        let f = fold(w.text);
        w.is_capitalized()
            && w.text.chars().skip(1).any(char::is_lowercase)
            && w.text.chars().all(char::is_alphabetic)
            && !lexicon::is_not_name(&f)
            && !lexicon::is_title(&f)
            && !lexicon::is_legal_form(&f)
            && !lexicon::is_demonym_or_name(&f)
            && !lexicon::is_party_word(&f)
            && !lexicon::is_day_or_month(&f)
            && place(w.text).is_none()
            && known_org(w.text).is_none()
    };
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
fn firms_with_stock_symbols(lines: &[Cow<'_, str>], mentions: &mut [Mention]) {
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
fn drop_common_words_read_as_names(lines: &[Vec<tokens::Word<'_>>], mentions: &mut Vec<Mention>) {
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
fn drop_journals_read_as_places(lines: &[Vec<tokens::Word<'_>>], mentions: &mut Vec<Mention>) {
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
fn peoples_republics(pieces: &[Cow<'_, str>], mentions: &mut Vec<Mention>) {
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

/// The places read from rows of a table in capitals (`row_places`, indexes into
/// `mentions`) that the article also names as organizations: those rows are teams' rows of
/// a standings table ("BOSTON 69 65 .515 5"), not the towns.
fn drop_places_of_team_rows(mentions: &mut Vec<Mention>, row_places: &[usize]) {
    if row_places.is_empty() {
        return;
    }
    let orgs: HashSet<String> =
        mentions.iter().filter(|m| m.kind == Kind::Org).map(|m| fold(&m.name)).collect();
    let mut at = 0;
    mentions.retain(|m| {
        at += 1;
        !(row_places.contains(&(at - 1)) && orgs.contains(&fold(&m.name)))
    });
}

/// Words between two sides of a match: "Leicestershire beat Somerset", "Wigan drew with
/// Bradford", "Essex v Derbyshire". Each entry is the words in order, lower case.
const MATCH_VERBS: &[&[&str]] = &[
    &["beat"],
    &["beats"],
    &["defeated"],
    &["thrashed"],
    &["trounced"],
    &["routed"],
    &["edged"],
    &["drew", "with"],
    &["draw", "with"],
    &["lost", "to"],
    &["lose", "to"],
    &["v"],
    &["vs"],
];

/// Words before the one side named: "match against Warwickshire", "victory over Kent".
const MATCH_NOUNS: &[&[&str]] = &[
    &["match", "against"],
    &["game", "against"],
    &["win", "over"],
    &["victory", "over"],
    &["win", "against"],
    &["victory", "against"],
    &["defeat", "by"],
    &["defeat", "to"],
];

/// A player's or a coach's role on a team: "Surrey captain Chris Lewis", "Derby striker
/// Dean Sturridge".
const TEAM_ROLES: &[&str] = &[
    "captain",
    "skipper",
    "coach",
    "manager",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "keeper",
    "winger",
    "batsman",
    "bowler",
    "spinner",
    "all-rounder",
    "fly-half",
    "scrum-half",
    "full-back",
    "quarterback",
    "pitcher",
    "boss",
    "centre",
    "prop",
    "flanker",
    "hooker",
    "team-mate",
    "teammate",
];

/// Verbs in the plural after a town that British sports writing uses of its team
/// ("Newcastle are languishing", "Newcastle have joined the race"): read so only in an
/// article that names sides of a match by a stronger cue.
const TEAM_PLURAL_VERBS: &[&str] = &["are", "were", "have"];

/// Whether `word` is a match's score: "2-1", "27-27".
fn is_score(word: &str) -> bool {
    word.split_once('-').is_some_and(|(a, b)| {
        [a, b].iter().all(|n| (1..=3).contains(&n.len()) && n.bytes().all(|c| c.is_ascii_digit()))
    })
}

/// The sides a team sheet names in brackets after each player: "M Tait (Newcastle), J
/// Noon (Newcastle), J Lewsey (Wasps)". A line is a team sheet when it brackets three
/// names so or more, each after a capitalized word; one bracket alone may be anything (a
/// party, a constituency, an acronym).
fn team_sheet_sides(pieces: &[Cow<'_, str>]) -> Vec<String> {
    let mut sides = Vec::new();
    for line in pieces {
        let mut found = Vec::new();
        let mut rest: &str = line;
        let mut offset = 0;
        while let Some(open) = rest.find('(') {
            let at = offset + open;
            let Some(close) = line[at..].find(')').map(|c| at + c) else { break };
            let inside = line[at + 1..close].trim();
            let before = line[..at].trim_end();
            let after_a_name = before.rsplit(' ').next().is_some_and(|w| w.starts_with(char::is_uppercase));
            let a_name = !inside.is_empty()
                && inside.split(' ').count() <= 3
                && inside.split(' ').all(|w| {
                    w.starts_with(char::is_uppercase)
                        && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                })
                && !tokens::is_acronym(inside);
            if after_a_name && a_name {
                found.push(inside.to_string());
            }
            offset = close + 1;
            rest = &line[offset..];
        }
        if found.len() >= 3 {
            sides.extend(found);
        }
    }
    sides
}

/// A sports article's sides of a match read as places are the teams that play under those
/// names: a county ("Leicestershire beat Somerset by an innings"), a city ("Wigan drew with
/// Bradford"), a state ("Texas beat Oklahoma"). A country keeps its place reading: its
/// national side is the country, as news indexes it.
///
/// Also: a score between two names ("Newcastle 2-1 Bolton"), a team sheet's brackets
/// ([`team_sheet_sides`]) and a match's pair written as one name ("Tottenham v
/// Nottingham Forest", which is two sides). Once the article names sides so, a town it
/// writes with a verb in the plural ([`TEAM_PLURAL_VERBS`]: "Newcastle are 14th") or
/// after "against" ("two tries against Newcastle") is a team too.
fn teams_are_organizations(
    pieces: &[Cow<'_, str>],
    lines: &[Vec<tokens::Word<'_>>],
    mentions: &mut Vec<Mention>,
) {
    sides_of_a_pair_named_as_one(mentions);
    // Sides as written, paired where a verb names both: the article's people are only
    // looked up once a line names sides at all.
    let mut sides: Vec<(String, Option<String>)> =
        team_sheet_sides(pieces).into_iter().map(|side| (side, None)).collect();
    for words in lines {
        for k in 1..words.len() {
            if is_score(words[k].text) && !words[k - 1].break_after {
                // Each side on its own: a table's player ("Smith 2-1 Jones") is no team.
                sides.extend(name_ending_at(words, k).map(|a| (a, None)));
                sides.extend(name_starting_at(words, k + 1).map(|b| (b, None)));
                continue;
            }
            // Every cue starts with one of these words: most words are passed over here.
            if !is_match_cue(words[k].text) {
                continue;
            }
            let matches_at = |phrase: &[&str]| {
                phrase.iter().enumerate().all(|(j, w)| {
                    words
                        .get(k + j)
                        .is_some_and(|word| word.text == *w && (j + 1 == phrase.len() || !word.break_after))
                })
            };
            if let Some(verb) = MATCH_VERBS.iter().find(|v| matches_at(v)) {
                let before = (!words[k - 1].break_after).then(|| name_ending_at(words, k)).flatten();
                let after = name_starting_at(words, k + verb.len());
                if matches!(verb[0], "v" | "vs") {
                    // A fixture ("Newcastle v Chelsea") names two sides whatever else the
                    // article reads either name as.
                    sides.extend(before.into_iter().chain(after).map(|side| (side, None)));
                } else if let (Some(a), Some(b)) = (before, after) {
                    sides.push((a, Some(b)));
                }
            } else if let Some(noun) = MATCH_NOUNS.iter().find(|n| matches_at(n)) {
                sides.extend(name_starting_at(words, k + noun.len()).map(|b| (b, None)));
            } else if TEAM_ROLES.contains(&words[k].text)
                && !words[k - 1].break_after
                && !words[k].break_after
                && words.get(k + 1).is_some_and(|w| w.is_capitalized())
            {
                sides.extend(name_ending_at(words, k).map(|a| (a, None)));
            }
        }
    }
    if sides.is_empty() {
        return;
    }
    // The weaker cues, in an article that names sides.
    for words in lines {
        for k in 0..words.len() {
            let word = &words[k];
            if word.is_capitalized()
                && !word.break_after
                && (k + 1 == words.len() || !words[k + 1].is_capitalized())
                && words.get(k + 1).is_some_and(|w| TEAM_PLURAL_VERBS.contains(&w.text))
            {
                sides.extend(name_ending_at(words, k + 1).map(|a| (a, None)));
            } else if word.text == "against" && !word.break_after {
                sides.extend(name_starting_at(words, k + 1).map(|b| (b, None)));
            }
        }
    }
    // The article's people: every name read as a person's, and the surnames of full names.
    // A lone word read as a person's, with no title, can be the team: a town ("Bradford
    // beat Wigan") or a club's own name ("drawn against Everton"); the surname of a person
    // named in full ("Abraham Lincoln") or with a title ("Mr Hughes") cannot.
    let mut people: HashSet<String> = HashSet::default();
    let mut town_or_person: HashSet<String> = HashSet::default();
    for m in mentions.iter().filter(|m| m.kind == Kind::Person) {
        let folded = fold(&m.name);
        if let Some((_, surname)) = folded.rsplit_once(' ') {
            people.insert(surname.to_string());
        } else if !m.titled && place(&m.name).is_none_or(|p| p.kind != "country") {
            town_or_person.insert(folded);
            continue;
        }
        people.insert(folded);
    }
    // A side is no person of the article ("Yushchenko defeated Moscow-backed ..." and
    // "Franz Ferdinand beat Morrissey" are no matches), and no abbreviation with periods.
    let side = |name: &String| (!name.contains('.') && !people.contains(&fold(name))).then(|| fold(name));
    // Folded name and the name as written ("Sale", the rugby club, not the place "Salé"),
    // in the order the article names them.
    let mut teams: Vec<(String, String)> = Vec::new();
    for (a, b) in &sides {
        let named = match b {
            // Both sides must be teams, and a side does not play itself: "Shr N.A. vs
            // N.A." is a table's blanks.
            Some(b) => match (side(a), side(b)) {
                (Some(fa), Some(fb)) if fa != fb => vec![(fa, a), (fb, b)],
                _ => continue,
            },
            None => side(a).map(|fa| (fa, a)).into_iter().collect(),
        };
        for (folded, written) in named {
            if !teams.iter().any(|(team, _)| *team == folded) {
                teams.push((folded, written.clone()));
            }
        }
    }
    let is_country = |name: &str| place(name).is_some_and(|p| p.kind == "country");
    for m in mentions.iter_mut() {
        let folded = fold(&m.name);
        let could_be_team = match m.kind {
            Kind::Place => true,
            Kind::Person => town_or_person.contains(&folded) && !people.contains(&folded),
            Kind::Org => false,
        };
        if could_be_team
            && let Some((_, written)) = teams.iter().find(|(team, _)| *team == folded)
            && !is_country(&m.name)
        {
            m.kind = Kind::Org;
            m.name = written.clone();
        }
    }
    // A side the tagger passed over is a team when it is a town or county the gazetteer
    // knows ("Surrey captain Chris Lewis").
    for (folded, written) in teams {
        if place(&written).is_some()
            && !is_country(&written)
            && !mentions.iter().any(|m| fold(&m.name) == folded)
        {
            mentions.push(Mention::new(Kind::Org, written));
        }
    }
}

/// Whether `name` is a capital initial and a surname, as team sheets and results write a
/// player: "K Maggs", "S. Parisse", "O'Driscoll" after "B". Not when the second word is
/// a firm's or a place's ("M Inc", "S Africa", "S Club"), a nationality ("S Korean") or
/// a word of no name ("I. The").
fn is_initial_and_surname(name: &str) -> bool {
    let Some((initial, surname)) = name.split_once(' ') else { return false };
    let initial = initial.strip_suffix('.').unwrap_or(initial);
    let folded = fold(surname);
    initial.len() == 1
        && initial.chars().all(|c| c.is_ascii_uppercase())
        && surname.chars().next().is_some_and(char::is_uppercase)
        && surname.chars().skip(1).any(char::is_lowercase)
        && surname.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && !lexicon::is_org_head(&folded)
        && !lexicon::is_company_form(&folded)
        && !lexicon::is_trade_word(&folded)
        && !lexicon::is_institution_word(&folded)
        && !lexicon::is_function_word(&folded)
        && !lexicon::is_demonym(&folded)
        && place(surname).is_none()
        && known_org(surname).is_none()
}

/// An organization read in a team sheet or a results list is its player: an article that
/// names three people or more by an initial and a surname ("F Sheahan, M Horan, K
/// Maggs.") lists players, and "K Maggs" read as an organization is one of them. A name
/// that begins a longer organization of the article ("J. Rothschild Holdings") keeps its
/// reading, and so does every such name in an article that lists no players.
fn initials_of_team_sheets_are_people(mentions: &mut [Mention]) {
    let listed: HashSet<&str> =
        mentions.iter().map(|m| m.name.as_str()).filter(|n| is_initial_and_surname(n)).collect();
    if listed.len() < 3 {
        return;
    }
    let begins_a_longer_org = |name: &str| {
        mentions.iter().any(|o| {
            o.kind == Kind::Org && o.name.strip_prefix(name).is_some_and(|rest| rest.starts_with(' '))
        })
    };
    let players: HashSet<String> = mentions
        .iter()
        .filter(|m| m.kind == Kind::Org && is_initial_and_surname(&m.name) && !begins_a_longer_org(&m.name))
        .map(|m| m.name.clone())
        .collect();
    for m in mentions.iter_mut().filter(|m| m.kind == Kind::Org && players.contains(&m.name)) {
        m.kind = Kind::Person;
    }
}

/// A match's two sides the tagger read as one name ("Tottenham v Nottingham Forest",
/// "Wales v England"): each side a name of its own, a country a place (its national
/// side is the country, as news indexes it), any other an organization.
fn sides_of_a_pair_named_as_one(mentions: &mut Vec<Mention>) {
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions.drain(..) {
        let words: Vec<&str> = m.name.split(' ').collect();
        let at = words.iter().position(|w| matches!(*w, "v" | "vs" | "v." | "vs."));
        let sides = at
            .filter(|&at| at > 0 && at + 1 < words.len())
            .map(|at| (words[..at].join(" "), words[at + 1..].join(" ")));
        match sides {
            Some((a, b)) if [&a, &b].iter().all(|s| s.starts_with(char::is_uppercase)) => {
                for side in [a, b] {
                    let kind = if place(&side).is_some_and(|p| p.kind == "country") {
                        Kind::Place
                    } else {
                        Kind::Org
                    };
                    out.push(Mention { kind, name: side, ..m.clone() });
                }
            }
            _ => out.push(m),
        }
    }
    *mentions = out;
}

/// The first word of a cue in [`MATCH_VERBS`], [`MATCH_NOUNS`] or [`TEAM_ROLES`].
fn is_match_cue(word: &str) -> bool {
    static FIRST_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
        MATCH_VERBS.iter().chain(MATCH_NOUNS).map(|cue| cue[0]).chain(TEAM_ROLES.iter().copied()).collect()
    });
    word.starts_with(|c: char| c.is_ascii_lowercase()) && FIRST_WORDS.contains(word)
}

/// Up to four capitalized words ending just before `end`, with no punctuation between.
fn name_ending_at(words: &[tokens::Word<'_>], end: usize) -> Option<String> {
    let mut start = end;
    while start > 0
        && end - start < 4
        && words[start - 1].is_capitalized()
        && (start == end || !words[start - 1].break_after)
    {
        start -= 1;
    }
    (start < end).then(|| tokens::joined(&words[start..end]))
}

/// Up to four capitalized words from `start` on, with no punctuation between.
fn name_starting_at(words: &[tokens::Word<'_>], start: usize) -> Option<String> {
    let mut end = start;
    while end < words.len() && end - start < 4 && words[end].is_capitalized() {
        end += 1;
        if words[end - 1].break_after {
            break;
        }
    }
    (start < end).then(|| tokens::joined(&words[start..end]))
}

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
fn common_noun_uses(lines: &[Vec<tokens::Word<'_>>]) -> HashMap<String, usize> {
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

/// A place that starts a line in capitals, and whether the line is a row of a table.
#[derive(Debug, PartialEq, Eq)]
struct PlaceInCapitals {
    place: &'static str,
    table_row: bool,
}

/// The place of a wire dateline in capitals: up to four words the gazetteer knows as a
/// place, then a date, the agency in brackets, or a comma and a date ("COLOMBO
/// 1996-08-30", "LONDON (Reuters) -", "WASHINGTON, Jan 24"). A headline in capitals
/// ("LONDON CALLING") is none: what follows the place says dateline. Other figures than
/// a date make a row of a table ("CEDAR RAPIDS 2.35 2.40", "BOSTON 69 65 .515 5").
fn place_in_capitals(line: &str) -> Option<PlaceInCapitals> {
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
fn venue_in_capitals(line: &str) -> Option<&'static str> {
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

/// Two names of people where the one's last word is the other's first ("Fernando Santos"
/// and "Santos Alvite") are one person's whole name when the article writes them so,
/// overlapping, with nothing between ("Fernando Santos Alvite arrived"): the tagger cut a
/// name of three words it had not seen, and "Santos Alvite said" was how it read the
/// rest. The whole name is added; consolidation folds the two parts into it.
fn join_overlapping_names(lines: &[Vec<tokens::Word<'_>>], mentions: &mut Vec<Mention>) {
    let people: Vec<Vec<&str>> = mentions
        .iter()
        .filter(|m| m.kind == Kind::Person && m.tagged && m.name.contains(' '))
        .map(|m| m.name.split(' ').collect())
        .collect();
    let mut found: Vec<String> = Vec::new();
    for a in &people {
        for b in people.iter().filter(|b| b[0] == a[a.len() - 1] && *b != a) {
            let whole: Vec<&str> = a.iter().chain(&b[1..]).copied().collect();
            let written = lines.iter().any(|words| {
                words.windows(whole.len()).any(|w| {
                    w.iter().zip(&whole).all(|(word, text)| word.text == *text)
                        && w[..w.len() - 1].iter().all(|word| !word.break_after)
                })
            });
            let name = whole.join(" ");
            if written && !found.contains(&name) {
                found.push(name);
            }
        }
    }
    for name in found {
        mentions.push(Mention { tagged: true, ..Mention::new(Kind::Person, name) });
    }
}

/// A person known only by a surname ("Mr Ogunleye") whose full name the tagger missed:
/// look for the surname after a capitalized word elsewhere in the article ("with Adebayo
/// Ogunleye") and add that full name.
fn complete_surnames(lines: &[Vec<tokens::Word<'_>>], mentions: &mut Vec<Mention>) {
    // The surnames of full names, and the words between a given name and a surname: a
    // lone "Santos" beside "Fernando Santos Alvite" is his first surname, not a name to
    // complete as "Fernando Santos".
    let full: Vec<String> = mentions
        .iter()
        .filter(|m| m.kind == Kind::Person && m.name.contains(' '))
        .flat_map(|m| without_generational_suffix(&m.name).0.split(' ').skip(1).map(fold))
        .collect();
    let mut lone: Vec<String> = mentions
        .iter()
        .filter(|m| m.kind == Kind::Person && !m.name.contains(' '))
        .map(|m| fold(&m.name))
        .filter(|s| !full.contains(s))
        .collect();
    lone.sort();
    lone.dedup();
    if lone.is_empty() {
        return;
    }
    let mut found = Vec::new();
    for words in lines {
        for k in 1..words.len() {
            let (first, last) = (&words[k - 1], &words[k]);
            if last.is_capitalized()
                && first.is_capitalized()
                && !first.break_after
                && lone.contains(&fold(last.text))
                && first.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && let folded_first = fold(first.text)
                && !lexicon::is_not_name(&folded_first)
                && !lexicon::is_sentence_opener(&folded_first)
                && !lexicon::is_party_word(&folded_first)
                && rules::title_len(&[first.text], 0) == 0
                && !tagger::is_imperative(&folded_first)
                && rules::modifier_base(first.text).is_none()
                && place(first.text).is_none()
                && known_org(first.text).is_none()
            {
                let name = format!("{} {}", first.text, last.text);
                if !found.contains(&name) {
                    found.push(name);
                }
            }
        }
    }
    for name in found {
        mentions.push(Mention { tagged: true, ..Mention::new(Kind::Person, name) });
    }
}

/// A given name and a surname read as a place (after "in", as places are: "an outstanding
/// manager in Jose Mourinho") are a person when the article goes on to write the surname
/// alone, as it writes a person's ("Mourinho has won the biggest prize"). A place the
/// gazetteer knows keeps its reading, and so does a name whose second word is a place's
/// own ("Victoria Falls", "Alice Springs") or a common word ("Florence Road").
fn people_read_as_places(lines: &[Vec<tokens::Word<'_>>], mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| m.kind == Kind::Place && m.tagged) {
        let &[given, surname] = &m.name.split(' ').collect::<Vec<_>>()[..] else {
            continue;
        };
        let folded = fold(surname);
        if !lexicon::is_first_name(&fold(given))
            || !surname.starts_with(char::is_uppercase)
            || gazetteer::is_common_word(&folded)
            || tagger::PLACE_KIND_NOUNS.contains(&folded.as_str())
            || place(&m.name).is_some()
            || place(surname).is_some()
            || known_org(&m.name).is_some()
        {
            continue;
        }
        let alone = lines.iter().any(|words| {
            words.iter().enumerate().any(|(i, w)| {
                w.text == surname
                    && (i == 0 || words[i - 1].break_after || !words[i - 1].is_capitalized())
                    && (w.break_after || words.get(i + 1).is_none_or(|next| !next.is_capitalized()))
            })
        });
        if alone {
            m.kind = Kind::Person;
        }
    }
}

/// A person's name without the generational suffix that ends it, and that suffix:
/// "Martin Luther King Jr" is ("Martin Luther King", Some("Jr")), so "King" is the
/// surname; "Ken Griffey" is ("Ken Griffey", None).
fn without_generational_suffix(name: &str) -> (&str, Option<&str>) {
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
fn consolidate_with(mentions: &[Mention], common_noun_uses: &HashMap<String, usize>) -> Entities {
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
    fn names_in_capitals_are_written_as_names_are() {
        assert_eq!(title_case("WINSTON-SALEM"), "Winston-Salem");
        assert_eq!(title_case("MARY O'BRIEN"), "Mary O'Brien");
        assert_eq!(title_case("MARTHA'S VINEYARD"), "Martha's Vineyard");
        assert_eq!(title_case("McLEAN"), "McLEAN");
    }

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
    fn a_run_of_capitalized_words_too_long_for_a_name_is_none() {
        let headline = "Wordy ".repeat(2000);
        let found =
            extract_text(Some(headline.trim()), "The council met in Duluth on Monday to discuss the budget.");
        let all = found.people.iter().chain(&found.organizations).chain(&found.places);
        assert!(all.clone().all(|name| name.len() < 200), "{found:?}");
        assert!(found.places.contains(&"Duluth".to_string()), "{found:?}");
        assert!(is_name_sized("United Nations Educational, Scientific and Cultural Organization"));
    }

    #[test]
    fn a_person_read_as_a_place_after_in_is_the_person_the_article_names_alone() {
        let text = "They have an outstanding manager in Jose Mourinho and money to spend. \
                    Mourinho has won the biggest prize of all.";
        let found = extract_text(None, text);
        assert!(found.people.contains(&"Jose Mourinho".to_string()), "{found:?}");
        assert!(!found.places.contains(&"Jose Mourinho".to_string()), "{found:?}");
        // A place's own second word ("Falls") is never a surname.
        let text = "The tourists stayed in Victoria Falls for a week. The Falls were busy.";
        assert!(extract_text(None, text).people.is_empty(), "{text}");
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
    fn a_determiner_opening_a_sentence_is_not_part_of_the_name() {
        let e =
            extract_text(None, "Neither Palomino nor his lawyer would comment on Tuesday. Palomino left.");
        assert_eq!(e.people, ["Palomino"]);
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
    fn a_place_modifier_or_a_treasurer_is_no_part_of_a_name() {
        let e = extract_text(
            None,
            "The San Francisco-based Balco laboratory was raided on Friday. Balco denied it.\n\
             Treasurer Paul Keating said the deficit would fall.",
        );
        assert!(e.people.iter().all(|p| !p.contains("-based")), "{e:?}");
        assert!(e.people.contains(&"Paul Keating".to_string()), "{e:?}");
        assert!(e.people.iter().all(|p| !p.contains("Treasurer")), "{e:?}");
    }

    #[test]
    fn names_need_no_cue_words() {
        // The rules needed a known first name, a title or "said" to believe in a person;
        // the tagger reads the context.
        let e = extract_text(None, "at the Kreuzberg Bakehouse party with Adebayo Ogunleye present");
        assert_eq!(e.people, ["Adebayo Ogunleye"]);
        let e = extract_text(None, "with Adebayo Ogunleye present. Mr Ogunleye said no.");
        assert_eq!(e.people, ["Adebayo Ogunleye"]);
        assert_eq!(e.person_aliases, [["Ogunleye"]]);
    }

    #[test]
    fn sentence_openers_and_party_labels_are_not_part_of_a_name() {
        let e = extract_text(None, "Besides Reagan, nobody came. President Reagan left early.");
        assert_eq!(e.people, ["Reagan"]);
        let e = extract_text(None, "Tory Liam Fox attacked the plan. Lib Dem Norman Baker agreed with him.");
        assert_eq!(e.people, ["Liam Fox", "Norman Baker"]);
        let e = extract_text(None, "Lib Dem MP Lembit Opik said ministers had invented a problem.");
        assert_eq!(e.people, ["Lembit Opik"]);
    }

    fn person(name: &str) -> Mention {
        Mention { tagged: true, ..Mention::new(Kind::Person, name.to_string()) }
    }

    fn titled_person(name: &str) -> Mention {
        Mention { titled: true, ..person(name) }
    }

    fn tagged(kind: Kind, name: &str) -> Mention {
        Mention { tagged: true, ..Mention::new(kind, name.to_string()) }
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
    fn an_occupation_before_a_name_is_no_part_of_it() {
        let e = extract_text(None, "Actress Elizabeth Hurley attended the premiere in London on Monday.");
        assert_eq!(e.people, ["Elizabeth Hurley"]);
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
    fn a_line_too_long_to_tag_at_once_is_tagged_a_sentence_at_a_time() {
        let sentence = "The ferry to Duluth left on time, said Anna Berg. ";
        let line = sentence.repeat(MAX_TAGGED_LINE_BYTES / sentence.len() * 3).trim_end().to_string();
        let pieces: Vec<&str> = tagging_pieces(&line).collect();
        assert!(pieces.len() >= 3, "{}", pieces.len());
        assert!(pieces.iter().all(|p| p.len() <= MAX_TAGGED_LINE_BYTES && p.ends_with("Berg.")));
        assert_eq!(pieces.join(" "), line);
        // No sentence end, no space: cut on a character's boundary.
        let solid = "é".repeat(MAX_TAGGED_LINE_BYTES);
        assert_eq!(tagging_pieces(&solid).map(str::len).sum::<usize>(), solid.len());
        assert_eq!(tagging_pieces("Short line.").collect::<Vec<_>>(), ["Short line."]);
        let found = extract_text(None, &line);
        assert_eq!(found.people, ["Anna Berg"]);
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
    fn shouting_headlines_give_their_countries_alone() {
        // The tagger skips a headline in capitals; the countries and states it names are
        // read from the gazetteer.
        let e = extract_text(Some("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT"), "");
        assert_eq!(e, Entities { places: vec!["Japan".into(), "China".into()], ..Entities::default() });
    }

    #[test]
    fn results_tables_and_scorecards_give_people() {
        let e = extract_text(
            Some("Athletics results"),
            "Results of the women's discus on Friday:\n\
             1. Ilse Vandermeer (Belgium) 63.95 metres\n\
             2. Tomas Brennholt (Norway) 62.10\n\
             Aino Rautavaara (Finland) beat Greta Lindqvist (Sweden) 6-3 6-4\n\
             Midlands 310 and 122-4 K. Oduya 87 not out, R. Pellworth 5-40",
        );
        assert_eq!(
            e.people,
            [
                "Ilse Vandermeer",
                "Tomas Brennholt",
                "Aino Rautavaara",
                "Greta Lindqvist",
                "K. Oduya",
                "R. Pellworth"
            ]
        );
        assert!(e.places.contains(&"Belgium".to_string()), "{e:?}");
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
    fn the_sides_of_a_match_named_after_towns_are_teams_but_countries_stay_places() {
        let e = extract_text(
            Some("Wigan go top after win"),
            "Wigan beat Halifax 24-12 on Sunday to go top of the table, a week after their victory over Huddersfield.\n\
             Warrington coach Tom Harlow said his side would meet Wigan in the cup next month.\n\
             In the international match, France beat Italy 30-17 in Paris.",
        );
        let mut organizations = e.organizations.clone();
        organizations.sort();
        assert_eq!(organizations, ["Halifax", "Huddersfield", "Warrington", "Wigan"], "{e:?}");
        assert_eq!(e.places, ["France", "Italy", "Paris"]);
        // The same towns outside a match are places.
        let e = extract_text(
            None,
            "Snow fell on Wigan and Warrington on Sunday night, closing roads around Halifax and Huddersfield.",
        );
        assert!(e.organizations.is_empty(), "{e:?}");
        assert!(e.places.contains(&"Huddersfield".to_string()), "{e:?}");
        // A person who defeats another is no team, even with a town's name.
        let e = extract_text(
            None,
            "Senator Jane Ruskin defeated Governor Tom Salford in the primary on Tuesday.\n\
             Ruskin beat Salford by eight points, the state election board said.",
        );
        assert_eq!(e.people, ["Jane Ruskin", "Tom Salford"]);
        assert!(e.organizations.is_empty(), "{e:?}");
    }

    #[test]
    fn a_score_a_fixture_a_team_sheet_and_a_plural_verb_name_clubs() {
        let e = extract_text(
            Some("Newcastle 2-1 Bolton"),
            "Kieron Dyer scored twice. Newcastle are now ninth in the table.\n\
             Newcastle boss Graeme Souness said his side deserved it.",
        );
        assert!(e.organizations.contains(&"Newcastle".to_string()), "{e:?}");
        assert!(e.organizations.contains(&"Bolton".to_string()), "{e:?}");
        assert!(e.places.is_empty(), "{e:?}");
        // A fixture the tagger read as one name is two sides.
        let e = extract_text(Some("Cup draw"), "West Bromwich Albion or Tottenham v Nottingham Forest\n");
        assert!(!e.organizations.iter().any(|o| o.contains(" v ")), "{e:?}");
        assert!(!e.people.iter().any(|o| o.contains(" v ")), "{e:?}");
        // A team sheet brackets each player's club.
        let e = extract_text(
            Some("Squad named"),
            "England: J Robinson (Sale), M Tait (Newcastle), J Noon (Newcastle), O Barkley (Bath).",
        );
        assert!(e.organizations.contains(&"Newcastle".to_string()), "{e:?}");
        assert!(!e.places.contains(&"Newcastle".to_string()), "{e:?}");
        // Without a match, the plural verb is the town's people's.
        let e = extract_text(None, "Shops in Newcastle are open late, and Gateshead has a new bridge.");
        assert!(!e.organizations.contains(&"Newcastle".to_string()), "{e:?}");
        // One bracket is a constituency, not a team sheet.
        assert!(team_sheet_sides(&[Cow::Borrowed("Jane Smith (Newcastle) said so.")]).is_empty());
        assert!(is_score("2-1") && is_score("27-27") && !is_score("1987-88x") && !is_score("a-1"));
    }

    #[test]
    fn a_team_sheets_initials_and_surnames_are_players_not_organizations() {
        assert!(is_initial_and_surname("K Maggs"));
        assert!(is_initial_and_surname("S. Parisse"));
        for name in ["M Inc", "S Korean", "I. The", "Kevin Maggs", "AB Maggs"] {
            assert!(!is_initial_and_surname(name), "{name}");
        }
        let mut mentions = vec![
            tagged(Kind::Person, "F Sheahan"),
            tagged(Kind::Person, "M Horan"),
            tagged(Kind::Org, "K Maggs"),
            tagged(Kind::Org, "J. Rothschild"),
            tagged(Kind::Org, "J. Rothschild Holdings"),
        ];
        initials_of_team_sheets_are_people(&mut mentions);
        assert_eq!(mentions[2].kind, Kind::Person);
        assert_eq!(mentions[3].kind, Kind::Org, "a firm's name begins a longer one");
        // Two names so are no list.
        let mut mentions = vec![tagged(Kind::Person, "F Sheahan"), tagged(Kind::Org, "K Maggs")];
        initials_of_team_sheets_are_people(&mut mentions);
        assert_eq!(mentions[1].kind, Kind::Org);
    }

    #[test]
    fn a_standings_table_names_teams_and_its_schedule_the_venues() {
        let e = extract_text(
            Some("Baseball standings"),
            "Standings after games played on Thursday:\nW L PCT GB\nBOSTON 69 65 .515 -\n\
             SEATTLE 70 63 .526 1\nOAKLAND 64 72 .471 5\nFRIDAY SCHEDULE\nBOSTON AT OAKLAND\nSEATTLE AT TORONTO",
        );
        assert_eq!(e.organizations, ["BOSTON", "SEATTLE", "OAKLAND"]);
        assert_eq!(e.places, ["Oakland", "Toronto"]);
        // A table of prices by town names the towns.
        let e = extract_text(
            Some("Cash grain prices"),
            "Prices at country elevators on Tuesday:\nCEDAR RAPIDS 2.35 2.40\nPEORIA 2.31 2.38",
        );
        assert_eq!(e.places, ["Cedar Rapids", "Peoria"]);
        assert!(e.organizations.is_empty(), "{e:?}");
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
    fn seed_article_people_are_exactly_the_seven() {
        let text = include_str!("../../sample_corpus/000_a6e24111e258e245.txt");
        let (title, body) = text.split_once('\n').unwrap();
        let e = extract_text(Some(title), body);
        let mut people = e.people.clone();
        people.sort();
        assert_eq!(
            people,
            [
                "Amy Klobuchar",
                "Brian O'Hara",
                "Donald Trump",
                "JD Vance",
                "Jacob Frey",
                "Renée Good",
                "Tim Walz"
            ]
        );
        assert!(e.places.contains(&"Minneapolis".to_string()), "{e:?}");
        assert!(e.places.contains(&"Minnesota".to_string()), "{e:?}");
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
    fn old_abbreviations_of_given_names_start_a_persons_name() {
        let e = extract_text(
            Some("Court news"),
            "In the case of Wm. Thompson vs. Chas. Baker the jury found for the plaintiff. Geo. W. Harris, Jr., \
             testified for the defence, and Jas. Patterson was fined five dollars. Thos. Reilly, Sr., of this \
             city was excused.",
        );
        assert_eq!(
            e.people,
            ["Wm. Thompson", "Chas. Baker", "Geo. W. Harris", "Jas. Patterson", "Thos. Reilly"],
            "{e:?}"
        );
        // William Thompson named in full later is the same man.
        let e = extract_text(None, "Wm. Thompson was elected. Later William Thompson thanked the voters.");
        assert_eq!(e.people.len(), 1, "{e:?}");
    }

    #[test]
    fn a_nickname_in_quotes_is_another_name_of_the_person() {
        let e = extract_text(
            Some("Union boss"),
            "The union leader James \"Big Jim\" Callahan told the meeting the strike would go on.",
        );
        assert_eq!(e.people, ["James Callahan"], "{e:?}");
        assert_eq!(e.person_aliases, [vec!["Big Jim".to_string()]]);
    }

    #[test]
    fn a_maiden_name_is_no_person_of_its_own() {
        let e = extract_text(
            Some("Social notes"),
            "Mrs. Mary Smith (née Brown) entertained friends at her home on Tuesday. Miss Ann Jones, nee \
             Green, of the same street, was among the guests. Later J. J. Brown spoke to the council.",
        );
        assert_eq!(e.people, ["Mary Smith", "Ann Jones", "J. J. Brown"], "{e:?}");
        assert_eq!(e.person_aliases[0], ["Mary Brown"]);
        assert_eq!(e.person_aliases[1], ["Ann Green"]);
        assert!(e.person_aliases[2].is_empty(), "{e:?}");
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
    fn a_datelines_place_in_capitals_is_written_in_title_case() {
        let e = extract_text(
            Some("IBM results"),
            "ARMONK, N.Y. -- International Business Machines Corp. said on Tuesday that its profit rose.",
        );
        assert!(e.places.contains(&"Armonk".to_string()), "{e:?}");
        assert!(!e.places.contains(&"ARMONK".to_string()), "{e:?}");
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

    #[test]
    fn a_name_the_tagger_cut_in_two_is_joined_where_the_article_writes_it_whole() {
        let e = extract_text(
            None,
            "Ecuador's deputy energy minister Fernando Santos Alvite arrived here last night for talks \
             on further assistance to his country's oil industry, officials said.\n\
             Santos Alvite last night met the energy minister and will today hold talks.",
        );
        assert_eq!(e.people, ["Fernando Santos Alvite"], "{e:?}");
    }
}
