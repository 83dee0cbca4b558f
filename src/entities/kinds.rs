//! Which kind a name is, from the words around it in the article: firms and bands are not
//! people.
//!
//! The tagger reads a firm named after people ("James Capel", "Merrill Lynch", "J.P.
//! Morgan") or a band with a person's name ("Franz Ferdinand") as a person. These rules
//! look at what the article itself says around the name: a legal form after it ("James
//! Capel and Co"), a noun of a trade before it ("brokers Hoare Govett", "drinks group
//! Diageo", "band Franz Ferdinand"), an analyst's "at" or "with" ("an analyst with L.F.
//! Rothschild") or a verb in the plural after it ("Franz Ferdinand were", "Franz
//! Ferdinand, who are").

use super::lexicon::{self, fold};
use super::products::FIRM_NOUNS_BEFORE_ANY;
use super::rules::{Kind, Mention};
use super::tokens::Word;

/// People whose trade is another firm's shares or markets, who work "at" or "with" a
/// firm: "an analyst with L.F. Rothschild", "economist at Hoare Govett".
const MARKET_JOBS: &[&str] = &[
    "analyst",
    "analysts",
    "economist",
    "economists",
    "strategist",
    "strategists",
    "dealer",
    "dealers",
    "trader",
    "traders",
];

/// The capitalized words from `start` on that a name can run over: up to a break, a word
/// in lower case or a legal form.
fn run_from<'w, 'a>(words: &'w [Word<'a>], start: usize) -> &'w [Word<'a>] {
    let mut end = start;
    while end < words.len() && words[end].is_capitalized() && !lexicon::is_legal_form(&fold(words[end].text))
    {
        end += 1;
        if words[end - 1].break_after || words[end - 1].possessive {
            break;
        }
    }
    &words[start..end]
}

/// The capitalized words right before a legal form at `form` ("James Capel and Co",
/// "Janney Montgomery Scott Inc"), the "and" of "and Co" left out.
fn run_before_form<'w, 'a>(words: &'w [Word<'a>], form: usize) -> &'w [Word<'a>] {
    let mut end = form;
    if end >= 2 && words[end - 1].text == "and" && !words[end - 1].break_after {
        end -= 1;
    }
    if end == 0 || !words[end - 1].is_capitalized() {
        return &words[end..end];
    }
    // Where the capitalized words ending at `last` start, within a sentence.
    let head = |last: usize| {
        let mut start = last;
        while start > 0
            && !words[start].sentence_start
            && words[start - 1].is_capitalized()
            && !words[start - 1].break_after
        {
            start -= 1;
        }
        start
    };
    let mut start = head(end - 1);
    // Partners' names parted by commas, two single names or more before the form and a
    // longer one before them: "L.F. Rothschild, Unterberg, Towbin Inc". One single name
    // after a comma may be an apposition ("John Smith, Acme Inc's chairman").
    if start + 1 == end {
        let (mut at, mut singles) = (start, 1);
        while at > 0 && !words[at].sentence_start && singles <= 4 {
            let comma = at - 1;
            if !words[comma].is_capitalized() || !words[comma].break_after {
                break;
            }
            at = head(comma);
            if at < comma {
                if singles >= 2 {
                    start = at;
                }
                break;
            }
            singles += 1;
        }
    }
    &words[start..end]
}

/// The runs of capitalized words the article's own words make a firm's: before a legal
/// form, after a noun of [`FIRM_NOUNS_BEFORE_ANY`], after "analyst at" or "economist with".
/// Each run comes with whether a legal form ends it: only then is a name inside it, not at
/// its start, a piece of the firm's ("Dean Witter Reynolds Inc"). A run after a cue noun
/// that starts with a title ("the bank Governor Robin Leigh-Pemberton") is the person's;
/// before a legal form a title is a partner's name ("Dean Witter Reynolds Inc").
fn firm_runs(lines: &[Vec<Word<'_>>]) -> Vec<(Vec<String>, bool)> {
    let mut runs: Vec<(Vec<String>, bool)> = Vec::new();
    let mut push = |run: &[Word<'_>], formal: bool| {
        if run.first().is_none_or(|w| !formal && lexicon::is_title(&fold(w.text))) {
            return;
        }
        let run = (run.iter().map(|w| w.text.to_string()).collect(), formal);
        if !runs.contains(&run) {
            runs.push(run);
        }
    };
    for words in lines {
        for (k, word) in words.iter().enumerate() {
            let folded = fold(word.text);
            if k > 0 && word.is_capitalized() && (lexicon::is_legal_form(&folded) || folded == "cos") {
                push(run_before_form(words, k), true);
                continue;
            }
            if word.is_capitalized() || word.break_after || word.possessive {
                continue;
            }
            if FIRM_NOUNS_BEFORE_ANY.contains(&word.text) {
                push(run_from(words, k + 1), false);
            } else if MARKET_JOBS.contains(&word.text)
                && words.get(k + 1).is_some_and(|w| matches!(w.text, "at" | "with") && !w.break_after)
            {
                push(run_from(words, k + 2), false);
            }
        }
    }
    runs
}

/// Verbs in the plural, which no one person's name is the subject of: "Franz Ferdinand
/// were the only UK band", "Keane are touring".
const PLURAL_VERBS: &[&str] = &["were", "are", "have"];

/// Words that, beginning a sentence before a name, leave a plural verb after it to other
/// subjects or to the subjunctive: "And Jones were", "The Kennedys were", "If Smith were",
/// "Did Smith have".
const BEFORE_NO_PLURAL_SUBJECT: &[&str] = &[
    "and", "&", "or", "nor", "the", "if", "though", "wish", "as", "did", "does", "do", "would", "could",
    "should", "might", "must", "will", "can", "may", "shall",
];

/// The runs of capitalized words right before a verb in the plural, or before ", who" and
/// one ("Franz Ferdinand, who were shortlisted"), each with the word before it unless
/// punctuation parts them: a band's or a firm's name (British English writes "Diageo
/// are"), no one person's, when the run begins its clause.
fn runs_before_plural_verbs<'w, 'a>(words: &'w [Word<'a>]) -> Vec<(&'w [Word<'a>], Option<&'w Word<'a>>)> {
    let mut runs = Vec::new();
    for (k, verb) in words.iter().enumerate().skip(1) {
        if !PLURAL_VERBS.contains(&verb.text) {
            continue;
        }
        let end =
            if words[k - 1].text == "who" && k >= 2 && words[k - 2].break_after && !words[k - 2].possessive {
                k - 1
            } else if !words[k - 1].break_after && !words[k - 1].possessive {
                k
            } else {
                continue;
            };
        let mut start = end;
        while start > 0
            && words[start - 1].is_capitalized()
            && (start == end || !words[start - 1].break_after)
            && !(start < end && words[start].sentence_start)
        {
            start -= 1;
        }
        if start < end {
            // A possessive before the name is no break: "Argentina's Mustafa Yoda are".
            let before = start.checked_sub(1).map(|b| &words[b]).filter(|b| !b.break_after || b.possessive);
            // Nor is the name one of several subjects: "France's Fabien Pelous, Gordon
            // Bullock and Italy's Marco Bortolami are", "Joseph D., Mahaffey have".
            let sentence = words[..=start].iter().rposition(|w| w.sentence_start).unwrap_or(0);
            if words[sentence..start].iter().any(|w| matches!(w.text, "and" | "&")) {
                continue;
            }
            runs.push((&words[start..end], before));
        }
    }
    runs
}

/// Whether a name is the subject of a verb in the plural somewhere in the article
/// ([`runs_before_plural_verbs`]): the words of the run end with the name, which begins
/// its clause.
fn is_plural_subject(lines: &[Vec<Word<'_>>], name: &[&str]) -> bool {
    lines.iter().any(|words| {
        runs_before_plural_verbs(words).into_iter().any(|(run, before)| {
            let Some(at) = run.len().checked_sub(name.len()) else {
                return false;
            };
            // The name begins its clause, or follows one word that begins the sentence
            // ("Nevertheless Franz Ferdinand were"): "a wrist injury to Mary Joe Fernandez
            // have forced", "leaders in Chechnya have" are said of others.
            let opens = match at {
                0 => before.is_none(),
                1 => run[0].sentence_start && !BEFORE_NO_PLURAL_SUBJECT.contains(&fold(run[0].text).as_str()),
                _ => false,
            };
            opens && run[at..].iter().zip(name).all(|(w, n)| w.text == *n)
        })
    })
}

/// Where `name`'s words stand inside `run`, if they do.
fn position_in(run: &[String], name: &[&str]) -> Option<usize> {
    (0..=run.len().checked_sub(name.len())?)
        .find(|&at| run[at..at + name.len()].iter().zip(name).all(|(a, b)| a == b))
}

/// People the tagger read that the article shows to be firms. A person's name (no title
/// before it) that begins a run of [`firm_runs`] is an organization ("James Capel" of
/// "brokers James Capel"); one inside such a run, not at its start, is a piece of a
/// firm's name and no one ("Witter Reynolds" of "Dean Witter Reynolds Inc"). A name the
/// article follows with "who" is a person's ("Charles Schwab, who founded Charles Schwab
/// Corp"), and a lone word that ends the full name of a person of the article is that
/// person's surname and stays. A name that is the subject of a verb in the plural is an
/// organization too ([`is_plural_subject`]: "Franz Ferdinand were").
pub(super) fn firms_read_as_people(lines: &[Vec<Word<'_>>], mentions: &mut Vec<Mention>) {
    if !mentions.iter().any(|m| m.kind == Kind::Person && !m.titled) {
        return;
    }
    let runs = firm_runs(lines);
    // A name followed by "who" is a person's, whatever firm bears it ("Charles Schwab, who
    // founded Charles Schwab Corp").
    let who: Vec<String> = lines
        .iter()
        .flat_map(|words| {
            let said_of_one = |k: usize| words.get(k + 2).is_none_or(|w| !PLURAL_VERBS.contains(&w.text));
            words
                .windows(2)
                .enumerate()
                .filter(move |&(k, pair)| matches!(pair[1].text, "who" | "whose") && said_of_one(k))
                .map(|(k, _)| {
                    let mut start = k;
                    while start > 0 && words[start - 1].is_capitalized() && !words[start - 1].break_after {
                        start -= 1;
                    }
                    super::tokens::joined(&words[start..=k])
                })
        })
        .collect();
    let surnames: Vec<String> = mentions
        .iter()
        .filter(|m| m.kind == Kind::Person && m.name.contains(' '))
        .filter_map(|m| m.name.rsplit(' ').next().map(str::to_string))
        .collect();
    let mut pieces: Vec<String> = Vec::new();
    for m in mentions.iter_mut().filter(|m| m.kind == Kind::Person && !m.titled) {
        let name: Vec<&str> = m.name.split(' ').collect();
        if (name.len() == 1 && surnames.contains(&m.name)) || who.contains(&m.name) {
            continue;
        }
        let at = runs.iter().filter_map(|(run, formal)| Some((position_in(run, &name)?, *formal)));
        let (starts, inside) =
            at.fold((false, false), |(s, i), (at, formal)| (s || at == 0, i || (at > 0 && formal)));
        if starts || is_plural_subject(lines, &name) {
            m.kind = Kind::Org;
        } else if inside {
            pieces.push(m.name.clone());
        }
    }
    if !pieces.is_empty() {
        mentions.retain(|m| !(m.kind == Kind::Person && !m.titled && pieces.contains(&m.name)));
    }
}

/// Nouns after a name that make it a firm's, not a place's: "Piedmont shareholders",
/// "Piedmont's board". A verb of saying does not ("Europe says the euro has had enough"),
/// nor trading nouns after a market's place ("Asia shares"), but after the name's `'s`
/// these are a firm's too ("Piedmont's stock", "Alitalia's flights").
const FIRM_NOUNS_AFTER: &[&str] = &[
    "board",
    "directors",
    "shareholders",
    "stockholders",
    "management",
    "spokesman",
    "spokeswoman",
    "pilots",
    "official",
    "officials",
];

/// Nouns after a name's `'s` that make it a firm's, besides [`FIRM_NOUNS_AFTER`].
const FIRM_NOUNS_AFTER_S: &[&str] =
    &["shares", "stock", "flights", "fleet", "chairman", "profits", "earnings"];

/// Whether the article's `lines` write the one word `name` as a firm's ([`FIRM_NOUNS_AFTER`],
/// [`FIRM_NOUNS_AFTER_S`]).
fn used_as_a_firm(lines: &[Vec<Word<'_>>], name: &str) -> bool {
    lines.iter().any(|words| {
        words.windows(2).any(|pair| {
            let (word, next) = (&pair[0], pair[1].text);
            word.text == name
                && (!word.break_after || word.possessive)
                && (FIRM_NOUNS_AFTER.contains(&next)
                    || (word.possessive && FIRM_NOUNS_AFTER_S.contains(&next)))
        })
    })
}

/// A lone word the tagger read as a place is a firm when the article writes it as one
/// ([`used_as_a_firm`]: "Piedmont's board", "Piedmont shareholders", "a Pertamina
/// official") and the gazetteer knows no place by it: "Tokyo's stock market" stays a
/// place. So is such a word that begins the name of a company the article gives with its
/// legal form: "Nippon" beside "Nippon Steel Corp" is the firm's short name, not a place;
/// not a common word or a compass word, which names a region too ("Gulf" beside "Gulf
/// Canada Ltd", "Southwest" beside "Southwest Airlines Co").
pub(super) fn places_read_as_firms(lines: &[Vec<Word<'_>>], mentions: &mut [Mention]) {
    let firm_heads: Vec<String> = mentions
        .iter()
        .filter(|m| m.kind == Kind::Org)
        .filter_map(|m| {
            let words: Vec<&str> = m.name.split(' ').collect();
            let formal = words.len() > 1 && words[1..].iter().any(|w| lexicon::is_legal_form(&fold(w)));
            formal.then(|| words[0].to_string())
        })
        .collect();
    let mut firms: Vec<String> = Vec::new();
    for m in mentions.iter().filter(|m| m.kind == Kind::Place && m.tagged && !m.name.contains(' ')) {
        if !firms.contains(&m.name)
            && lexicon::place(&m.name).is_none()
            && (used_as_a_firm(lines, &m.name)
                || (firm_heads.contains(&m.name)
                    && !gazetteer_common(&fold(&m.name))
                    && !super::places::is_compass_word(&fold(&m.name))))
        {
            firms.push(m.name.clone());
        }
    }
    for m in mentions.iter_mut().filter(|m| m.kind == Kind::Place && firms.contains(&m.name)) {
        m.kind = Kind::Org;
    }
}

/// Verbs after a nationality that make it a firm's short name ("American said", "American
/// had fired seven flight attendants"): one before a noun is an adjective ("Kuwaiti
/// ships").
const FIRM_VERBS_AFTER_A_NATIONALITY: &[&str] = &["said", "says", "had", "has", "is", "was", "will", "would"];

/// Where the article's `lines` write the word `name`: each line's words and the word's place.
fn occurrences<'l, 'a>(
    lines: &'l [Vec<Word<'a>>],
    name: &'l str,
) -> impl Iterator<Item = (&'l [Word<'a>], usize)> + 'l {
    lines.iter().flat_map(move |words| {
        (0..words.len()).filter(move |&k| words[k].text == name).map(move |k| (words.as_slice(), k))
    })
}

/// Drops what the tagger read as an organization but is none: a nationality alone
/// ("Kuwaiti" of "Kuwaiti ships"), unless the article writes it with an `'s` or as the
/// subject of a firm's verb ("American's terminals", "American said"); and a word of one
/// or two letters in title case on lines of figures only ("Ba", a price's "bid asked" in
/// "May 1145/1148 Ba").
pub(super) fn drop_words_read_as_organizations(lines: &[Vec<Word<'_>>], mentions: &mut Vec<Mention>) {
    let nationality = |name: &str| {
        lexicon::is_demonym(&fold(name))
            && !occurrences(lines, name).any(|(words, k)| {
                words[k].possessive
                    || (!words[k].break_after
                        && words.get(k + 1).is_some_and(|w| FIRM_VERBS_AFTER_A_NATIONALITY.contains(&w.text)))
            })
    };
    let of_figures = |words: &[Word<'_>]| {
        let figures = words.iter().filter(|w| w.text.chars().any(|c| c.is_ascii_digit())).count();
        figures > 0 && figures * 2 >= words.len()
    };
    let table_mark = |name: &str| {
        let letters = name.chars().count();
        (1..=2).contains(&letters)
            && name.starts_with(char::is_uppercase)
            && name.chars().skip(1).all(char::is_lowercase)
            && occurrences(lines, name).all(|(words, _)| of_figures(words))
    };
    mentions.retain(|m| !(m.kind == Kind::Org && m.tagged && (nationality(&m.name) || table_mark(&m.name))));
}

/// Particles that join a given name to a surname in Portuguese, Spanish, Dutch, German,
/// French and Italian names ("Orlando dos Santos", "Miguel de la Madrid", "Pieter van den
/// Broek").
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "ter",
];

/// What a given name, a particle and a surname from `start` make ("Orlando dos Santos",
/// "Luiz Inacio Lula da Silva", "Miguel de la Madrid"):
/// one to three capitalized words, the first a given name, then one or two particles,
/// then a capitalized surname (and a second surname).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ParticleName {
    /// A person's name, ending before this word.
    Person(usize),
    /// A firm's name, ending before this word: a legal form or a trade's word comes after
    /// it ("Vickers da Costa Ltd", "Pieter van den Broek Inc").
    Firm(usize),
}

/// The [`ParticleName`] from `start`, if any. None when what follows makes it a place's or
/// an institution's name ("Juan de Fuca Strait", "Monte dei Paschi di Siena"), or the
/// surname is a country ("Santiago de Chile").
fn name_with_particles(words: &[Word<'_>], start: usize) -> Option<ParticleName> {
    let capitalized_name_word = |w: &Word<'_>| {
        let folded = fold(w.text);
        w.is_capitalized()
            && !tokens_is_acronym(w.text)
            && !lexicon::is_legal_form(&folded)
            && !lexicon::is_org_suffix(&folded)
            && !lexicon::is_institution_word(&folded)
            && !lexicon::is_org_head(&folded)
            && !lexicon::is_title(&folded)
            && !super::rules::is_geo_word(&folded)
    };
    let joined = |w: &Word<'_>| !w.break_after && !w.possessive;
    let given = fold(words[start].text);
    if !capitalized_name_word(&words[start]) || gazetteer_common(&given) {
        return None;
    }
    let mut at = start + 1;
    while at < words.len() && at - start < 3 && joined(&words[at - 1]) && capitalized_name_word(&words[at]) {
        at += 1;
    }
    // One or two particles, then a capitalized word: where the surname starts, if any.
    let particles_from = |from: usize| {
        let mut at = from;
        while at < words.len()
            && at - from < 2
            && joined(&words[at - 1])
            && NAME_PARTICLES.contains(&words[at].text)
        {
            at += 1;
        }
        (at > from && at < words.len() && joined(&words[at - 1]) && capitalized_name_word(&words[at]))
            .then_some(at)
    };
    let surname_at = particles_from(at)?;
    // The given name is one, or both it and the surname are surnames ("Orlando dos
    // Santos", "Luiz da Silva": the census lists have Orlando and Luiz as surnames).
    let surnames = lexicon::is_last_name(&fold(words[surname_at].text)) && lexicon::is_last_name(&given);
    if !lexicon::is_first_name(&given) && !surnames {
        return None;
    }
    let mut end = surname_at + 1;
    // Another particle and name after it: a place's ("Monte dei Paschi di Siena", a bank)
    // as often as a person's ("Eric de Villegas de Clercamp"), too long to tell.
    if particles_from(end).is_some() {
        return None;
    }
    if end < words.len() && joined(&words[end - 1]) && capitalized_name_word(&words[end]) {
        end += 1;
    }
    let next = words.get(end).filter(|_| joined(&words[end - 1]));
    let firm = next.is_some_and(|w| {
        let folded = fold(w.text);
        lexicon::is_legal_form(&folded)
            || lexicon::is_company_form(&folded)
            || lexicon::is_trade_word(&folded)
    });
    let surname = words[surname_at..end].iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
    let whole = words[start..end].iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
    let country = lexicon::place(&surname).is_some_and(|p| p.kind == "country");
    if country || lexicon::place(&whole).is_some() || lexicon::known_org(&whole).is_some() {
        return None;
    }
    if firm {
        return Some(ParticleName::Firm(end));
    }
    // Another capitalized word after it: a place's or an institution's name ("Juan de Fuca
    // Strait"), or a name too long to tell.
    (!next.is_some_and(|w| w.is_capitalized())).then_some(ParticleName::Person(end))
}

fn tokens_is_acronym(text: &str) -> bool {
    super::tokens::is_acronym(text)
}

fn gazetteer_common(folded: &str) -> bool {
    super::gazetteer::is_common_word(folded)
}

/// A given name, a particle and a surname are a person's name, whatever the tagger read
/// in it: "Orlando dos Santos" is no two places (Orlando, Santos), "Miguel de la Madrid"
/// and "Luiz da Silva" no organizations. The name becomes a person; an organization or a
/// place read inside it goes, unless the article writes it elsewhere too ("Santos" the
/// Brazilian port, named apart).
pub(super) fn people_with_particles(lines: &[Vec<Word<'_>>], mentions: &mut Vec<Mention>) {
    // Each name, and the words of every line the names cover.
    let mut names: Vec<String> = Vec::new();
    let mut covered: Vec<Vec<bool>> = lines.iter().map(|words| vec![false; words.len()]).collect();
    let mut firms: Vec<String> = Vec::new();
    for (l, words) in lines.iter().enumerate() {
        let mut k = 0;
        while k < words.len() {
            // A name starts a run of capitalized words, or follows a title; not a word after
            // a particle ("Banca del Monte di Parma").
            let before = k.checked_sub(1).map(|b| &words[b]);
            let starts_a_run = before.is_none_or(|b| {
                b.break_after
                    || (!b.is_capitalized() && !NAME_PARTICLES.contains(&b.text))
                    || lexicon::is_title(&fold(b.text))
            });
            let found = if starts_a_run { name_with_particles(words, k) } else { None };
            let (end, firm) = match found {
                Some(ParticleName::Person(end)) => (end, false),
                Some(ParticleName::Firm(end)) => (end, true),
                None => {
                    k += 1;
                    continue;
                }
            };
            let name = words[k..end].iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
            let list = if firm { &mut firms } else { &mut names };
            if !list.contains(&name) {
                list.push(name);
            }
            if !firm {
                covered[l][k..end].iter_mut().for_each(|c| *c = true);
            }
            k = end;
        }
    }
    // A name the article writes with a legal form after it once is the firm's everywhere.
    names.retain(|name| !firms.contains(name));
    if names.is_empty() {
        return;
    }
    // A name of the other kinds written only inside those names.
    let only_inside = |name: &str| {
        let parts: Vec<&str> = name.split(' ').collect();
        let mut any = false;
        for (l, words) in lines.iter().enumerate() {
            for k in 0..words.len().saturating_sub(parts.len() - 1) {
                if words[k..k + parts.len()].iter().zip(&parts).all(|(w, p)| w.text == *p) {
                    if !covered[l][k..k + parts.len()].iter().all(|&c| c) {
                        return false;
                    }
                    any = true;
                }
            }
        }
        any
    };
    mentions.retain(|m| {
        m.kind == Kind::Person || !(names.contains(&m.name) || (m.tagged && only_inside(&m.name)))
    });
    for name in names {
        if !mentions.iter().any(|m| m.kind == Kind::Person && m.name == name) {
            mentions.push(Mention { tagged: true, ..Mention::new(Kind::Person, name) });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{extract_text, tokens};
    use super::*;

    fn lines(text: &str) -> Vec<Vec<Word<'_>>> {
        text.lines().map(tokens::words).collect()
    }

    #[test]
    fn a_lone_word_beginning_a_companys_name_or_with_its_official_is_the_firm() {
        let text = "Nippon Steel Corp said output fell. Nippon said prices would rise.\n\
                    A Pertamina official said the field would reopen.";
        let line = lines(text);
        let mut mentions = vec![
            Mention { tagged: true, ..Mention::new(Kind::Org, "Nippon Steel Corp".into()) },
            Mention { tagged: true, ..Mention::new(Kind::Place, "Nippon".into()) },
            Mention { tagged: true, ..Mention::new(Kind::Place, "Pertamina".into()) },
        ];
        places_read_as_firms(&line, &mut mentions);
        assert_eq!(mentions[1].kind, Kind::Org);
        assert_eq!(mentions[2].kind, Kind::Org);
        // A place the gazetteer knows keeps its reading beside a firm named after it.
        let line = lines("Texas Instruments Inc said it would hire. Snow fell in Texas.");
        let mut mentions = vec![
            Mention { tagged: true, ..Mention::new(Kind::Org, "Texas Instruments Inc".into()) },
            Mention { tagged: true, ..Mention::new(Kind::Place, "Texas".into()) },
        ];
        places_read_as_firms(&line, &mut mentions);
        assert_eq!(mentions[1].kind, Kind::Place);
        // Nor a region's word beside a firm that begins with it.
        let line = lines("Gulf Canada Ltd said it would drill. Tankers left the Gulf.");
        let mut mentions = vec![
            Mention { tagged: true, ..Mention::new(Kind::Org, "Gulf Canada Ltd".into()) },
            Mention { tagged: true, ..Mention::new(Kind::Place, "Gulf".into()) },
        ];
        places_read_as_firms(&line, &mut mentions);
        assert_eq!(mentions[1].kind, Kind::Place);
    }

    #[test]
    fn a_given_name_a_particle_and_a_surname_make_a_person() {
        let line = lines(
            "Finance Minister Orlando dos Santos met Vickers da Costa Ltd and Juan de Fuca Strait pilots.",
        );
        let words = &line[0];
        let at = |w: &str| words.iter().position(|x| x.text == w).unwrap();
        assert_eq!(name_with_particles(words, at("Orlando")), Some(ParticleName::Person(at("Santos") + 1)));
        assert_eq!(name_with_particles(words, at("Vickers")), Some(ParticleName::Firm(at("Costa") + 1)));
        assert_eq!(name_with_particles(words, at("Juan")), None);
        let found = extract_text(
            None,
            "Orlando dos Santos said the talks would go on, and Miguel de la Madrid agreed.",
        );
        let mut people = found.people.clone();
        people.sort();
        assert_eq!(people, ["Miguel de la Madrid", "Orlando dos Santos"]);
        assert!(found.places.is_empty(), "{:?}", found.places);
        let found = extract_text(None, "Banca del Monte di Parma said it would lend more.");
        assert!(found.people.is_empty(), "{:?}", found.people);
    }

    #[test]
    fn a_legal_form_a_trade_noun_or_an_analysts_at_makes_a_firm() {
        let text = "said David Keller, analyst at James Capel and Co. Shares rose.\n\
                    Larry Feinberg, an analyst with Dean Witter Reynolds Inc said a deal was near.\n\
                    Richard Jeffrey of brokers Hoare Govett said it was a good year.\n\
                    Muse beat the band Franz Ferdinand in the poll.\n\
                    The notes were sold through L.F. Rothschild, Unterberg, Towbin Inc.\n\
                    Jane Doe, Acme Inc's chairman, agreed.";
        let runs = firm_runs(&lines(text));
        for firm in [
            &["James", "Capel"][..],
            &["Dean", "Witter", "Reynolds"],
            &["Hoare", "Govett"],
            &["Franz", "Ferdinand"],
        ] {
            assert!(runs.iter().any(|(r, _)| position_in(r, firm) == Some(0)), "{firm:?} in {runs:?}");
        }
        // The people of those lines are no firm's.
        for person in
            [&["David", "Keller"][..], &["Larry", "Feinberg"], &["Richard", "Jeffrey"], &["Jane", "Doe"]]
        {
            assert!(runs.iter().all(|(r, _)| position_in(r, person).is_none()), "{person:?} in {runs:?}");
        }
    }

    #[test]
    fn firms_named_after_people_are_organizations() {
        let text = "Peter Fellner, economist at brokers James Capel and Co, said growth would slow. \
                    Larry Feinberg, an analyst with Dean Witter Reynolds Inc, said a deal was near.";
        let found = extract_text(None, text);
        assert!(found.people.contains(&"Peter Fellner".to_string()), "{found:?}");
        assert!(found.people.contains(&"Larry Feinberg".to_string()), "{found:?}");
        for firm in ["James Capel", "Witter Reynolds", "Dean Witter Reynolds"] {
            assert!(!found.people.iter().any(|p| p == firm), "{firm} in {:?}", found.people);
        }
    }

    #[test]
    fn a_surname_of_the_article_stays_a_person() {
        let text = "The brokers Capel said so.\nJohn Capel, the firm's founder, agreed.";
        let mut mentions = vec![
            Mention::new(Kind::Person, "John Capel".to_string()),
            Mention::new(Kind::Person, "Capel".to_string()),
        ];
        firms_read_as_people(&lines(text), &mut mentions);
        assert!(mentions.iter().all(|m| m.kind == Kind::Person), "{mentions:?}");
    }

    #[test]
    fn a_name_before_a_verb_in_the_plural_is_a_bands_or_a_firms() {
        let text = "Nevertheless Franz Ferdinand were the only UK band to win.\n\
                    Muse, who are from Devon, beat Keane.\n\
                    John Smith and Jane Doe were there. If Peter Hill were king, Tom Jones would be too.\n\
                    Mary Brown, who were her friends, agreed.\n\
                    A wrist injury to Mary Joe Fernandez have forced her out.\n\
                    Gordon Bullock of Scotland and Italy's Marco Bortolami are in the party.\n\
                    Artists such as Argentina's Mustafa Yoda are pushing.";
        let lines = lines(text);
        assert!(is_plural_subject(&lines, &["Franz", "Ferdinand"]));
        assert!(is_plural_subject(&lines, &["Muse"]));
        for person in [
            &["Jane", "Doe"][..],
            &["John", "Smith"],
            &["Peter", "Hill"],
            &["Tom", "Jones"],
            &["Keane"],
            &["Mary", "Joe", "Fernandez"],
        ] {
            assert!(!is_plural_subject(&lines, person), "{person:?}");
        }
        let found = extract_text(None, "Nevertheless Franz Ferdinand were the only UK band to win an award.");
        assert!(found.organizations.contains(&"Franz Ferdinand".to_string()), "{found:?}");
        assert!(found.people.is_empty(), "{found:?}");
    }

    #[test]
    fn a_place_the_article_writes_as_a_firm_is_the_firm() {
        let found = extract_text(
            None,
            "Piedmont Aviation Inc agreed to the offer. Piedmont said its board backed it. Piedmont's \
             board met in Winston-Salem. Tokyo's stock market rose and officials in Japan said they were \
             pleased. Europe says the euro is too strong.",
        );
        assert!(!found.places.iter().any(|p| p == "Piedmont"), "{found:?}");
        assert!(found.places.contains(&"Japan".to_string()), "{found:?}");
        assert!(found.places.contains(&"Tokyo".to_string()), "{found:?}");
        assert!(!found.organizations.iter().any(|o| o == "Europe"), "{found:?}");
    }

    #[test]
    fn a_nationality_alone_or_a_mark_in_a_table_is_no_organization() {
        let found = extract_text(
            None,
            "Kuwait asked for help to protect Kuwaiti ships in the Gulf. The Kuwaiti oil tankers sail on.",
        );
        assert!(!found.organizations.iter().any(|o| o == "Kuwaiti"), "{found:?}");
        let table =
            extract_text(Some("Paris sugar"), "Prices at the close.\nMay 1145/1148 Ba\nAug 1167/1169 ba\n");
        assert!(!table.organizations.iter().any(|o| o == "Ba"), "{table:?}");
        let mut mentions = vec![Mention { tagged: true, ..Mention::new(Kind::Org, "American".to_string()) }];
        let text = "AMR Corp's American Airlines grew. American said traffic rose.";
        drop_words_read_as_organizations(&lines(text), &mut mentions);
        assert_eq!(mentions.len(), 1, "{mentions:?}");
    }
}
