//! Names of the arts pages: titles of works, bands, and stage names with figures.
//!
//! The tagger learnt its names from wire news, where a capitalized run is a person, an
//! organization or a place. On the arts pages it is as often a film, an album or a show
//! ("comedy Sideways", "drama Maria Full of Grace"), which it reads as one of those,
//! cut in two at "of"; and a band or star with a figure in its name ("U2", "50 Cent",
//! "Maroon 5") loses the figure or is no name at all. The article says what they are
//! where it first introduces them, by a word before them: [`Culture::read`] collects the
//! titles, bands and stars the article introduces so, and [`Culture::spans`] finds them
//! in each line, so that the tagger leaves the works out (they are no person,
//! organization or place: CoNLL tags them MISC) and names the bands as organizations and
//! the stars as people, with their figures.
//!
//! Only cue words are listed here, never the names themselves.

use super::lexicon::{
    fold, is_company_form, is_day_or_month, is_demonym, is_first_name, is_function_word, is_institution_word,
    is_org_head, is_party_word, is_title, known_org, place,
};
use super::name_words::{Case, Letters, NameWord, NotAName};
use super::rules::{Evidence, Kind, Mention};
use super::tokens::{self, Word};

/// Does a run of capitalized words begin at `i` (a capital after a small word, a break or
/// the line's start, not in the middle of a name)?
fn begins_a_run(words: &[Word<'_>], i: usize) -> bool {
    words[i].is_capitalized() && !(i > 0 && words[i - 1].is_capitalized() && !words[i - 1].break_after)
}

/// What a name the article introduces is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The title of a work (film, album, song, show, book, play): no entity.
    Work,
    /// A band or group: an organization.
    Band,
    /// A performer whose name has a figure ("50 Cent"): a person.
    Star,
}

/// Nouns of works that are no verb or adjective, in the singular and the plural: a
/// capitalized run right after one is the work's title ("comedy Sideways", "the films The
/// Aviator and Ray").
const WORK_NOUNS: &[&str] = &[
    "film",
    "films",
    "movie",
    "movies",
    "biopic",
    "biopics",
    "documentary",
    "documentaries",
    "comedy",
    "comedies",
    "drama",
    "dramas",
    "thriller",
    "thrillers",
    "sitcom",
    "sitcoms",
    "musical",
    "musicals",
    "novel",
    "novels",
    "opera",
    "operas",
    "soap",
    "soaps",
    "album",
    "albums",
    "song",
    "songs",
    "sequel",
    "blockbuster",
    "blockbusters",
    "animation",
    "cartoon",
    "serial",
    "series",
    "programme",
    "ballad",
    "anthem",
];

/// Nouns of works that are also verbs or adjectives ("figures show Japan", "will play
/// Wales", "a single Dutch firm"): a cue only after one of [`BEFORE_AMBIGUOUS_WORK`].
const AMBIGUOUS_WORK_NOUNS: &[&str] =
    &["show", "shows", "play", "plays", "hit", "hits", "single", "singles", "book", "books", "track"];

/// Words before a noun of [`AMBIGUOUS_WORK_NOUNS`] that make it the noun: determiners,
/// possessives and the adjectives of the arts pages ("his new single", "critical hit",
/// "chat show").
const BEFORE_AMBIGUOUS_WORK: &[&str] = &[
    "the",
    "his",
    "her",
    "their",
    "its",
    "new",
    "latest",
    "debut",
    "next",
    "first",
    "last",
    "final",
    "hit",
    "smash",
    "cult",
    "classic",
    "forthcoming",
    "critical",
    "surprise",
    "comeback",
    "charity",
    "cartoon",
    "office",
    "biggest",
    "acclaimed",
    "award-winning",
    "bestselling",
    "best-selling",
    "stage",
    "radio",
    "tv",
    "chat",
    "comedy",
    "reality",
    "talent",
    "quiz",
    "game",
    "music",
    "title",
    "sleeper",
];

/// Nouns of bands ("rock band U2", "boy band Busted", "rockers Green Day"); a "group" only
/// with a word of music before it ("girl group Destiny's Child"), as business news calls
/// firms groups.
const BAND_NOUNS: &[&str] = &["band", "bands", "rockers", "duo", "trio", "quartet", "quintet", "supergroup"];

/// Words before "group" or "act" that make it a band.
const MUSIC_WORDS: &[&str] = &[
    "rock",
    "pop",
    "boy",
    "girl",
    "punk",
    "indie",
    "rap",
    "hip-hop",
    "dance",
    "vocal",
    "folk",
    "metal",
    "soul",
    "garage",
    "grunge",
    "electronic",
    "r&b",
    "music",
    "singing",
    "tribute",
];

/// Words before "band" that make it no band: a range of figures ("trading band", "wage
/// band").
const NO_BAND: &[&str] =
    &["trading", "wage", "target", "fluctuation", "tax", "price", "broad", "narrow", "frequency"];

/// Members of a band: a name right before one of them is the band's ("U2 frontman Bono",
/// "Coldplay singer Chris Martin").
const MEMBERS: &[&str] = &[
    "frontman",
    "frontwoman",
    "guitarist",
    "drummer",
    "bassist",
    "keyboardist",
    "singer",
    "lead",
    "bandmates",
];

/// Performers: a name with a figure right after one is a person ("rapper 50 Cent").
const PERFORMERS: &[&str] =
    &["rapper", "singer", "star", "dj", "rocker", "crooner", "diva", "comedian", "musician"];

/// Lower-case words that can sit inside a title between capitalized words ("Maria Full
/// of Grace", "Bonnie and Clyde", "Lord of the Rings").
const TITLE_JOINERS: &[&str] =
    &["of", "the", "and", "in", "on", "a", "an", "to", "for", "from", "at", "with", "&", "or"];

/// Words of the names of places and bodies joined by "of the" ("Gulf of the Farallones",
/// "League of the South"), which no title without a cue may hold.
const NOT_IN_TITLES: &[&str] = &[
    "gulf",
    "bay",
    "isle",
    "isles",
    "island",
    "islands",
    "republic",
    "kingdom",
    "cape",
    "mouth",
    "sea",
    "river",
    "valley",
    "state",
    "states",
    "city",
    "province",
    "district",
    "county",
    "united",
    "federation",
    "emirates",
    "union",
    "league",
    "order",
    "friends",
    "society",
    "museum",
    "church",
    "cathedral",
    "temple",
    "mosque",
    "north",
    "south",
    "east",
    "west",
    "central",
    "people",
    "peoples",
    "army",
    "front",
    "movement",
    "brotherhood",
];

/// The works, bands and stars one article introduces, each as its words.
#[derive(Debug, Clone, Default)]
pub struct Culture {
    names: Vec<(Vec<String>, Role)>,
}

impl Culture {
    /// Reads the article's text for the names it introduces by a cue word.
    pub fn read(text: &str) -> Culture {
        let mut culture = Culture::default();
        // Only lines with a cue or an "of the"/"and the" before a capital are tokenized:
        // most lines of most articles have neither.
        for line in text.lines().filter(|line| may_introduce(line)) {
            culture.read_line(&tokens::words(line));
        }
        // Other names listed with a work are works ("The Aviator, Million Dollar Baby and
        // Sideways" once the article calls Sideways a comedy), unless they look like people:
        // every line of an article that names a work.
        if culture.names.iter().any(|(_, r)| *r == Role::Work) {
            for line in text.lines() {
                culture.read_lists(&tokens::words(line));
            }
        }
        culture
    }

    fn add(&mut self, words: &[Word<'_>], role: Role) {
        let words = without_the(words);
        let name: Vec<String> = words.iter().map(|w| w.text.to_string()).collect();
        if !self.names.iter().any(|(n, _)| *n == name) {
            self.names.push((name, role));
        }
    }

    fn read_line(&mut self, words: &[Word<'_>]) {
        self.take_long_titles(words);
        for i in 0..words.len().saturating_sub(1) {
            let cue = &words[i];
            if cue.break_after || cue.possessive || (cue.is_capitalized() && !cue.sentence_start) {
                continue;
            }
            let folded = fold(cue.text);
            let before = i.checked_sub(1).map(|k| fold(words[k].text));
            let before = before.as_deref().unwrap_or("");
            let work = WORK_NOUNS.contains(&folded.as_str())
                || (AMBIGUOUS_WORK_NOUNS.contains(&folded.as_str())
                    && (BEFORE_AMBIGUOUS_WORK.contains(&before)
                        || (i > 0 && (words[i - 1].possessive || words[i - 1].text.ends_with('\'')))
                        || (folded.starts_with("show")
                            && i > 0
                            && (words[i - 1].is_acronym() || is_figure(&words[i - 1])))));
            let band = (BAND_NOUNS.contains(&folded.as_str()) && !NO_BAND.contains(&before))
                || (matches!(folded.as_str(), "group" | "act" | "outfit") && MUSIC_WORDS.contains(&before));
            let performer = PERFORMERS.contains(&folded.as_str());
            // "one of the shows Alan Titchmarsh left": after a noun that is also a verb, a
            // person's name is no title.
            let ambiguous = AMBIGUOUS_WORK_NOUNS.contains(&folded.as_str());
            if work && !(ambiguous && is_first_name(&fold(words[i + 1].text))) {
                // A plural lists titles ("the films Ray and Sideways"); "series" is one.
                let list = folded.ends_with('s') && folded != "series";
                self.take_titles(words, i + 1, list);
            } else if band {
                if let Some(end) = name_end(words, i + 1, true) {
                    self.add(&words[i + 1..end], Role::Band);
                }
            } else if performer
                && let Some(end) = name_end(words, i + 1, true)
                && words[i + 1..end].iter().any(is_figure)
            {
                self.add(&words[i + 1..end], Role::Star);
            }
            if MEMBERS.contains(&folded.as_str())
                && words[i + 1].is_capitalized()
                && let Some(start) = name_start(words, i)
            {
                self.add(&words[start..i], Role::Band);
            }
        }
    }

    /// Titles that need no cue, by their shape: capitalized words joined by "of the" or
    /// "and the" ("Eternal Sunshine of the Spotless Mind", "Harry Potter and the Prisoner
    /// of Azkaban", "Lord of the Rings"), none of them a word of organizations, places or
    /// titles ("Bank of the West", "Leader of the Opposition", "Gulf of the Farallones").
    fn take_long_titles(&mut self, words: &[Word<'_>]) {
        let mut i = 0;
        while i < words.len() {
            if !begins_a_run(words, i) {
                i += 1;
                continue;
            }
            let Some(end) = title_end(words, i, true) else {
                i += 1;
                continue;
            };
            let run = &words[i..end];
            // "of the" or "and the" before a capitalized word that is no known place or body
            // ("Tom Bellamore of the California avocado group"), not after a person's given
            // name and surname ("Harry Potter and the…" is the title of a book, "Tom Smith of
            // the…" a person of a body).
            // "and the" only with an "of" after it: "Volker and the Treasury" is two names.
            let of_after = |k: usize| run[k..].iter().any(|w| w.text == "of");
            let joined_by_the = run.windows(3).enumerate().any(|(k, w)| {
                (w[0].text == "of" || (w[0].text == "and" && of_after(k + 3)))
                    && w[1].text == "the"
                    && w[2].is_capitalized()
                    && place(w[2].text).is_none()
                    && known_org(w[2].text).is_none()
                    && !(w[0].text == "of" && k == 2 && is_first_name(&fold(run[0].text)))
            });
            // "Mavis Staples and the Blind Boys of Alabama": a band from a place.
            let from_a_place = run.len() >= 2 && place(run[run.len() - 1].text).is_some();
            let folded: Vec<String> = run.iter().map(|w| fold(w.text)).collect();
            let no_name_words = !folded.iter().any(|f| {
                is_org_head(f)
                    || is_institution_word(f)
                    || is_company_form(f)
                    || is_party_word(f)
                    || is_title(f)
                    || NOT_IN_TITLES.contains(&f.as_str())
                    || super::rules::is_compound_adjective(f)
                    || place(f).is_some_and(|p| p.kind == "country")
            });
            if joined_by_the && no_name_words && !from_a_place {
                self.add(run, Role::Work);
            }
            i = end;
        }
    }

    /// The titles after a noun of works at `start`: one, or a list after a plural ("the
    /// films The Aviator, Ray and Sideways").
    fn take_titles(&mut self, words: &[Word<'_>], start: usize, list: bool) {
        let mut start = start;
        while let Some(end) = title_end(words, start, !list) {
            self.add(&words[start..end], Role::Work);
            if !list || end >= words.len() {
                break;
            }
            // "X, Y and Z": the comma after X, or "and" between.
            if words[end - 1].break_after && text_gap_is_comma(words, end) {
                start = end;
            } else if words[end].text == "and" && !words[end - 1].break_after {
                start = end + 1;
            } else {
                break;
            }
        }
    }

    /// Adds the other names of a list holding a known work ("The Aviator, Million Dollar
    /// Baby and Sideways") when none of them looks like a person or is a known place.
    fn read_lists(&mut self, words: &[Word<'_>]) {
        let mut i = 0;
        while i < words.len() {
            if !begins_a_run(words, i) {
                i += 1;
                continue;
            }
            // A list: runs split by commas and one "and".
            let mut items = Vec::new();
            let mut start = i;
            while let Some(end) = title_end(words, start, false) {
                items.push((start, end));
                if end >= words.len() {
                    break;
                }
                if words[end - 1].break_after && text_gap_is_comma(words, end) {
                    start = end;
                } else if words[end].text == "and" && !words[end - 1].break_after {
                    start = end + 1;
                } else {
                    break;
                }
            }
            let next = items.last().map_or(i + 1, |&(_, e)| e.max(i + 1));
            if items.len() >= 2 {
                let works =
                    items.iter().filter(|&&(s, e)| self.role(&words[s..e]) == Some(Role::Work)).count();
                let personal = items.iter().any(|&(s, e)| {
                    let first = fold(words[s].text);
                    super::lexicon::is_first_name(&first) && e - s >= 2
                        || (e - s == 1 && super::lexicon::is_last_name(&first))
                        || self.role(&words[s..e]).is_some_and(|r| r != Role::Work)
                });
                if works >= 1 && !personal {
                    for &(s, e) in &items {
                        self.add(&words[s..e], Role::Work);
                    }
                }
            }
            i = next;
        }
    }

    /// The role of exactly these words, when the article introduced them.
    fn role(&self, words: &[Word<'_>]) -> Option<Role> {
        self.names
            .iter()
            .find(|(n, _)| {
                let words = without_the(words);
                n.len() == words.len() && n.iter().zip(words).all(|(a, w)| a == w.text)
            })
            .map(|(_, r)| *r)
    }

    /// Whether the article introduced no names.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The introduced names in one line's `words`: `(start, end, role)`, each a whole
    /// capitalized run (not "Ray" of "Ray Charles"), a leading "The" of a work included.
    pub fn spans(&self, words: &[Word<'_>]) -> Vec<(usize, usize, Role)> {
        let mut out = Vec::new();
        if self.names.is_empty() {
            return out;
        }
        let mut i = 0;
        while i < words.len() {
            let starts_run = i == 0
                || words[i - 1].break_after
                || !(words[i - 1].is_capitalized() || is_figure(&words[i - 1]))
                || words[i - 1].text == "The"
                || (words[i - 1].sentence_start && is_cue(&fold(words[i - 1].text)));
            let found = starts_run
                .then(|| {
                    self.names.iter().filter(|(n, _)| i + n.len() <= words.len()).find(|(n, _)| {
                        let end = i + n.len();
                        n.iter().zip(&words[i..end]).all(|(a, w)| *a == w.text)
                            && words[i..end - 1].iter().all(|w| !w.break_after)
                            && (end == words.len()
                                || words[end - 1].break_after
                                || !(words[end].is_capitalized() || is_figure(&words[end])))
                    })
                })
                .flatten();
            match found {
                Some((n, role)) => {
                    let mut start = i;
                    if *role == Role::Work && i > 0 && words[i - 1].text == "The" && !words[i - 1].break_after
                    {
                        start -= 1;
                    }
                    out.push((start, i + n.len(), *role));
                    i += n.len();
                }
                None => i += 1,
            }
        }
        out
    }
}

/// The words without a leading "The" ("The Aviator" is "Aviator" with its article).
fn without_the<'w, 'a>(words: &'w [Word<'a>]) -> &'w [Word<'a>] {
    match words {
        [the, rest @ ..] if the.text == "The" && !rest.is_empty() => rest,
        _ => words,
    }
}

/// Whether a line may introduce a name: it has a cue word, or "of the" or "and the"
/// before a capitalized word.
fn may_introduce(line: &str) -> bool {
    let mut words = line.split_ascii_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let (mut before, mut last) = ("", "");
    words.any(|w| {
        let cue = |list: &[&str]| list.iter().any(|c| c.eq_ignore_ascii_case(w));
        let found = ((2..=14).contains(&w.len())
            && [
                WORK_NOUNS,
                AMBIGUOUS_WORK_NOUNS,
                BAND_NOUNS,
                PERFORMERS,
                MEMBERS,
                &["group", "act", "outfit"],
            ]
            .iter()
            .any(|list| cue(list)))
            || (last == "the" && matches!(before, "of" | "and") && w.starts_with(char::is_uppercase));
        (before, last) = (last, w);
        found
    })
}

/// Whether a (folded) word is a cue of this module: a sentence may begin with it ("Rapper
/// 50 Cent said") and the name after it still begins there.
fn is_cue(folded: &str) -> bool {
    [WORK_NOUNS, AMBIGUOUS_WORK_NOUNS, BAND_NOUNS, PERFORMERS].iter().any(|list| list.contains(&folded))
        || is_function_word(folded)
}

/// A word of figures ("50", "5", "182").
fn is_figure(word: &Word<'_>) -> bool {
    !word.text.is_empty() && word.text.len() <= 4 && word.text.chars().all(|c| c.is_ascii_digit())
}

/// Whether only a comma stands between word `end - 1` and word `end`. The tokens do not
/// keep punctuation, so this is told by the break: a comma is a break that leaves the
/// sentence going, the next word in lower case or a name mid-sentence.
fn text_gap_is_comma(words: &[Word<'_>], end: usize) -> bool {
    end < words.len() && !words[end].sentence_start
}

/// Whether a run of these words is a name that no cue can make a work or band: a known
/// place or organization, a day or month, a nationality, a lone function word.
fn is_taken(words: &[Word<'_>]) -> bool {
    let name = tokens::joined(words);
    let folded = fold(&name);
    place(&name).is_some()
        || known_org(&name).is_some()
        || (words.len() == 1
            && (is_day_or_month(&folded) || is_demonym(&folded) || is_function_word(&folded)))
}

/// The end of a title starting at `start`: capitalized words, and lower-case words of
/// [`TITLE_JOINERS`] between them when `joins` ("Maria Full of Grace", "Bonnie and
/// Clyde"; in a list, "and" parts the titles), and a figure after a word ("Shrek 2").
fn title_end(words: &[Word<'_>], start: usize, joins: bool) -> Option<usize> {
    let first = words.get(start)?;
    if !first.is_capitalized() {
        return None;
    }
    let mut end = start + 1;
    while end < words.len() && !words[end - 1].break_after && end - start < 12 {
        let w = &words[end];
        if w.is_capitalized() || (is_figure(w) && !words[end - 1].possessive) {
            end += 1;
            continue;
        }
        // Joiners, then a capitalized word: "of the Rings".
        let mut k = end;
        while k < words.len()
            && !words[k - 1].break_after
            && TITLE_JOINERS.contains(&words[k].text)
            && (joins || words[k].text != "and")
        {
            k += 1;
        }
        if k > end && k < words.len() && !words[k - 1].break_after && words[k].is_capitalized() {
            end = k + 1;
            continue;
        }
        break;
    }
    // "The" alone is no title, nor a known place or firm ("the film Paris", "a documentary
    // BBC made").
    let mut s = start;
    if words[s].text == "The" {
        s += 1;
    }
    if s >= end || is_taken(&words[s..end]) {
        return None;
    }
    Some(end)
}

/// The end of a band's or star's name after its cue at `start`: capitalized words and
/// figures ("Maroon 5", "50 Cent", "The Killers"), at most five.
fn name_end(words: &[Word<'_>], start: usize, figures: bool) -> Option<usize> {
    let first = words.get(start)?;
    if !(first.is_capitalized() || (figures && is_figure(first) && words.get(start + 1)?.is_capitalized())) {
        return None;
    }
    let mut end = start + 1;
    while end < words.len()
        && !words[end - 1].break_after
        && end - start < 5
        && (words[end].is_capitalized() || (figures && is_figure(&words[end])))
    {
        end += 1;
    }
    let s = if words[start].text == "The" && end > start + 1 { start + 1 } else { start };
    if is_taken(&words[s..end]) || words[s..end].iter().all(|w| is_function_word(&fold(w.text))) {
        return None;
    }
    Some(end)
}

/// The start of a band's name that ends right before word `end`, a member's noun ("U2
/// frontman", "Guns N' Roses guitarist"): capitalized words and figures mid-sentence, no
/// place, nationality or known firm ("Irish singer", "BBC singer").
fn name_start(words: &[Word<'_>], end: usize) -> Option<usize> {
    let mut start = end;
    while start > 0
        && !words[start - 1].break_after
        && end - start < 4
        && (words[start - 1].is_capitalized() || is_figure(&words[start - 1]))
        && !words[start - 1].possessive
    {
        start -= 1;
    }
    if start == end
        || words[start].sentence_start
        || !words[start].is_capitalized()
        || is_taken(&words[start..end])
        || words[start..end].iter().any(|w| w.text.contains('-') || is_demonym(&fold(w.text)))
    {
        return None;
    }
    Some(start)
}

/// Words after a town that make the run a festival, an organization ("Cannes Film
/// Festival", "the Glastonbury festival", "Edinburgh Fringe").
const FESTIVAL_WORDS: &[&str] = &["festival", "festivals", "fringe", "biennale", "carnival"];

/// A town that names a festival is a place of the article too: "the Cannes Film Festival"
/// is an organization and its town, Cannes, a place (so the story is found under its
/// country); and a festival read as a place ("Berlin Film Festival") is the organization.
pub(super) fn festival_towns(lines: &[Vec<Word<'_>>], mentions: &mut Vec<Mention>) {
    for m in mentions.iter_mut().filter(|m| m.kind == Kind::Place) {
        let last = m.name.rsplit(' ').next().map(fold).unwrap_or_default();
        if m.name.contains(' ') && FESTIVAL_WORDS.contains(&last.as_str()) {
            m.kind = Kind::Org;
        }
    }
    let mut towns: Vec<String> = Vec::new();
    for words in lines {
        for start in 0..words.len() {
            if !begins_a_run(words, start) {
                continue;
            }
            let mut end = start + 1;
            while end < words.len()
                && end - start < 3
                && !words[end - 1].break_after
                && words[end].is_capitalized()
                && place(tokens::joined(&words[start..=end]).as_str()).is_some()
            {
                end += 1;
            }
            if words[end - 1].break_after || end >= words.len() || words[end - 1].possessive {
                continue;
            }
            // "Cannes Film Festival", "Venice film festival", "Glastonbury festival".
            let mut k = end;
            if matches!(
                fold(words[k].text).as_str(),
                "film" | "music" | "jazz" | "arts" | "book" | "international" | "folk" | "rock"
            ) && !words[k].break_after
            {
                k += 1;
            }
            let festival = words.get(k).is_some_and(|w| FESTIVAL_WORDS.contains(&fold(w.text).as_str()));
            let town = tokens::joined(&words[start..end]);
            // A town the gazetteer lacks, by the festival's full name ("Cannes Film
            // Festival"): one word, no common word, body or nationality.
            let folded = fold(&town);
            let named = festival
                && k > end
                && end == start + 1
                && words[end].is_capitalized()
                && words[k].is_capitalized()
                && !super::gazetteer::is_common_word(&folded)
                && !is_demonym(&folded)
                && !is_org_head(&folded)
                && known_org(&town).is_none();
            let is_town = match place(&town) {
                Some(found) => found.kind != "country",
                None => named,
            };
            if festival && is_town && !towns.contains(&town) {
                towns.push(town);
            }
        }
    }
    for town in towns {
        if !mentions.iter().any(|m| m.kind == Kind::Place && m.name == town) {
            mentions.push(Mention::new(Kind::Place, town));
        }
    }
}

/// In a list of names most of which are the article's people, the other names that look
/// like people's are people too: "Cate Blanchett, Leonardo DiCaprio, Keanu Reeves and
/// Richard Gere", "Bernal, Jamie Foxx, Jim Carrey and Johnny Depp", "Will Smith, Kevin
/// Spacey and Keanu Reeves". The tagger reads such lists as firms ("Marks, Spencer and
/// Co"), the more so when the names are unknown to it. A name that is a known place or
/// organization, a band or work of the article, or holds a word of bodies, places or
/// common nouns is left as it was ("U2, Usher and Green Day").
pub(super) fn people_in_lists(lines: &[Vec<Word<'_>>], mentions: &mut Vec<Mention>) {
    // How often each name was read as a person, and as anything else.
    let mut kinds: std::collections::HashMap<&str, (usize, usize)> = std::collections::HashMap::new();
    for m in mentions.iter() {
        let v = kinds.entry(m.name.as_str()).or_default();
        if m.kind == Kind::Person {
            v.0 += 1;
        } else {
            v.1 += 1;
        }
    }
    let mut found: Vec<String> = Vec::new();
    for words in lines {
        let mut i = 0;
        while i < words.len() {
            if !begins_a_run(words, i) {
                i += 1;
                continue;
            }
            let mut items: Vec<(usize, usize)> = Vec::new();
            let mut start = i;
            while let Some(end) = list_name_end(words, start) {
                items.push((start, end));
                if end >= words.len() {
                    break;
                }
                if words[end - 1].break_after && text_gap_is_comma(words, end) && words[end].is_capitalized()
                {
                    start = end;
                } else if words[end].text == "and" && !words[end - 1].break_after {
                    start = end + 1;
                } else {
                    break;
                }
            }
            i = items.last().map_or(i + 1, |&(_, e)| e.max(i + 1));
            // A list ends with its "and": names after it are said of the last ("Sid Weiss
            // and Leonard Friedman, Wurlitzer chairman").
            if let Some(last_and) = items.iter().rposition(|&(s, _)| s > 0 && words[s - 1].text == "and") {
                items.truncate(last_and + 1);
            } else if items.len() < 3 {
                // A name and a body after a comma are one thing said twice ("David
                // Yarnton, Nintendo Europe's manager").
                continue;
            }
            if items.len() < 2 {
                continue;
            }
            let (mut people, mut others) = (0, 0);
            let mut candidates: Vec<(String, bool)> = Vec::new();
            for &(s, e) in &items {
                let name = tokens::joined(without_the(&words[s..e]));
                let (person, other) = kinds.get(name.as_str()).copied().unwrap_or_default();
                if person > 0 && person >= other {
                    people += usize::from(e - s >= 2) + 1;
                } else if looks_like_a_person(&words[s..e]) {
                    candidates.push((name, e - s >= 2));
                } else {
                    others += 2;
                }
            }
            // Two people at least, counting a full name twice and a lone surname once, and
            // more people than other names: "X and Y" needs a full name beside a full name.
            let enough = people >= 3 && people > others && people >= 2 * candidates.len();
            let pair =
                items.len() == 2 && people >= 2 && others == 0 && candidates.iter().all(|(_, full)| *full);
            if enough || pair {
                found.extend(candidates.into_iter().map(|(n, _)| n));
            }
        }
    }
    if found.is_empty() {
        return;
    }
    for name in found {
        let mut any = false;
        for m in mentions.iter_mut().filter(|m| m.name == name) {
            m.kind = Kind::Person;
            m.evidence = Evidence::Confirmed;
            m.tagged = true;
            any = true;
        }
        if !any {
            let mut m = Mention::new(Kind::Person, name);
            m.tagged = true;
            mentions.push(m);
        }
    }
}

/// The end of a name of a list starting at `start`: capitalized words, at most four, and
/// a lower-case particle between them ("Gael Garcia Bernal", "Leonardo diCaprio").
fn list_name_end(words: &[Word<'_>], start: usize) -> Option<usize> {
    if !words.get(start)?.is_capitalized() {
        return None;
    }
    let mut end = start + 1;
    while end < words.len() && !words[end - 1].break_after && end - start < 5 {
        let w = &words[end];
        let camel = w.text.chars().next().is_some_and(char::is_lowercase)
            && w.text.chars().skip(1).any(char::is_uppercase);
        if w.is_capitalized() || camel {
            end += 1;
        } else {
            break;
        }
    }
    Some(end)
}

/// Words of the names of works, clubs and places in other languages, never of a person's
/// name in an English list ("La Traviata", "El Nacional", "Stade Francais").
const NOT_IN_PEOPLES_NAMES: &[&str] =
    &["la", "le", "les", "el", "los", "las", "il", "der", "die", "das", "stade", "real", "harriers"];

/// Whether a run of words may be a person's name: one to three capitalized words of
/// letters, no known place, organization, nationality or month, no word of bodies,
/// titles or places, and no common noun but a given name ("Green Day", "Film Festival"
/// are no people; "Keanu Reeves", "Nelly", "Thomas Haden Church" may be).
fn looks_like_a_person(words: &[Word<'_>]) -> bool {
    // Its words are capitalized already (they make a run).
    const IN_A_LIST: NameWord = NameWord {
        case: Case::NotAcronym,
        letters: Letters::OrJoins,
        not: &[
            NotAName::OrgHead,
            NotAName::InstitutionWord,
            NotAName::CompanyForm,
            NotAName::PartyWord,
            NotAName::Title,
            NotAName::Demonym,
        ],
    };
    let words = without_the(words);
    if words.is_empty() || words.len() > 3 || is_taken(words) || words[0].text == "The" {
        return false;
    }
    // "Fannie Mae", "Morgan Stanley": a given name last is a firm's or a title's.
    let last = fold(words[words.len() - 1].text);
    if words.len() > 1 && is_first_name(&last) && !super::lexicon::is_last_name(&last) {
        return false;
    }
    words.iter().enumerate().all(|(k, w)| {
        let folded = fold(w.text);
        // "US-based", "Goal-kickers": a hyphen before lower case is a description.
        let described = w.text.split('-').skip(1).any(|part| !part.starts_with(char::is_uppercase));
        w.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !is_demonym(folded.strip_suffix('s').unwrap_or(&folded))
            && !described
            && !NOT_IN_PEOPLES_NAMES.contains(&folded.as_str())
            && !NOT_IN_TITLES.contains(&folded.as_str())
            && IN_A_LIST.admits(w.text)
            && (!super::gazetteer::is_common_word(&folded)
                || (k == 0 && words.len() > 1 && is_first_name(&folded)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str, line: &str) -> Vec<(String, Role)> {
        let culture = Culture::read(text);
        let words = tokens::words(line);
        culture.spans(&words).into_iter().map(|(s, e, r)| (tokens::joined(&words[s..e]), r)).collect()
    }

    #[test]
    fn a_title_after_a_noun_of_works_is_a_work_all_through_the_article() {
        let text = "Modest wine country comedy Sideways won.\nSideways star Paul Giamatti was there.";
        assert_eq!(
            spans(text, "Sideways star Paul Giamatti was there."),
            [("Sideways".to_string(), Role::Work)]
        );
    }

    #[test]
    fn a_title_keeps_its_of_and_and() {
        let text = "Colombian drama Maria Full of Grace won, as did the musical Bonnie and Clyde.";
        let found = spans(text, text);
        assert_eq!(
            found,
            [("Maria Full of Grace".to_string(), Role::Work), ("Bonnie and Clyde".to_string(), Role::Work)]
        );
    }

    #[test]
    fn a_list_after_a_plural_and_a_list_holding_a_work_are_works() {
        let text = "Hits such as the films Open Water and Garden State did well. The comedy Sideways won.\n\
                    The Aviator, Million Dollar Baby and Sideways led.";
        let found = spans(text, "The Aviator, Million Dollar Baby and Sideways led.");
        let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["The Aviator", "Million Dollar Baby", "Sideways"]);
        assert!(spans(text, "Open Water and Garden State").len() == 2);
    }

    #[test]
    fn a_list_naming_people_is_no_list_of_works() {
        let text = "The comedy Sideways won. Sideways, Jamie Foxx and Kate Winslet were there.";
        assert_eq!(spans(text, "Jamie Foxx and Kate Winslet").len(), 0);
    }

    #[test]
    fn a_whole_run_only_and_not_a_person_with_the_titles_name() {
        let text = "He won for the film Ray. Ray Charles died in 2004.";
        assert_eq!(spans(text, "Ray Charles died in 2004.").len(), 0);
    }

    #[test]
    fn a_long_title_joined_by_of_the_needs_no_cue_but_a_body_or_person_of_the_is_none() {
        let text =
            "Eternal Sunshine of the Spotless Mind won. Harry Potter and the Prisoner of Azkaban lost.";
        let names: Vec<String> = spans(text, text).into_iter().map(|(n, _)| n).collect();
        assert_eq!(
            names,
            ["Eternal Sunshine of the Spotless Mind", "Harry Potter and the Prisoner of Azkaban"]
        );
        for text in [
            "said Tom Bellamore of the California avocado group.",
            "He met the Bank of the West and the Leader of the Opposition.",
            "the CFDT and the Communist-led CGT unions",
            "with John Legend, Mavis Staples and the Blind Boys of Alabama.",
            "Ford Motor Co praised Volker and the Treasury on Friday.",
            "one of the shows Alan Titchmarsh left Ground Force to present",
        ] {
            assert!(Culture::read(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn verbs_and_adjectives_are_no_cues() {
        for text in [
            "Figures show Japan grew.",
            "England will play Wales on Saturday.",
            "A single Dutch firm bid.",
            "The trading band Reuters saw held.",
            "The film Paris made.",
        ] {
            assert!(Culture::read(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn bands_and_stars_with_figures() {
        let text = "Irish rock band U2 and rapper 50 Cent played, with the band Maroon 5 and the rock band \
                    The Killers. They met Green Day frontman Billie Joe Armstrong.";
        let culture = Culture::read(text);
        let words = tokens::words("U2 and 50 Cent met Maroon 5, The Killers and Green Day.");
        let found: Vec<(String, Role)> =
            culture.spans(&words).into_iter().map(|(s, e, r)| (tokens::joined(&words[s..e]), r)).collect();
        assert_eq!(
            found,
            [
                ("U2".to_string(), Role::Band),
                ("50 Cent".to_string(), Role::Star),
                ("Maroon 5".to_string(), Role::Band),
                ("Killers".to_string(), Role::Band),
                ("Green Day".to_string(), Role::Band),
            ]
        );
    }

    fn settled(text: &str, mentions: &[(Kind, &str)]) -> Vec<(Kind, String)> {
        let lines: Vec<Vec<Word<'_>>> = text.lines().map(tokens::words).collect();
        let mut mentions: Vec<Mention> = mentions
            .iter()
            .map(|&(kind, name)| {
                let mut m = Mention::new(kind, name.to_string());
                m.tagged = true;
                m
            })
            .collect();
        people_in_lists(&lines, &mut mentions);
        festival_towns(&lines, &mut mentions);
        mentions.into_iter().map(|m| (m.kind, m.name)).collect()
    }

    #[test]
    fn names_in_a_list_of_people_are_people() {
        let found = settled(
            "Stars including Cate Blanchett, Leonardo DiCaprio, Keanu Reeves and Richard Gere came.",
            &[
                (Kind::Org, "Cate Blanchett"),
                (Kind::Person, "Leonardo DiCaprio"),
                (Kind::Org, "Keanu Reeves"),
                (Kind::Person, "Richard Gere"),
            ],
        );
        assert!(found.iter().all(|(k, _)| *k == Kind::Person), "{found:?}");
        let found = settled(
            "He faces Bernal, Jamie Foxx, Jim Carrey and Johnny Depp.",
            &[(Kind::Org, "Bernal"), (Kind::Person, "Jamie Foxx"), (Kind::Person, "Jim Carrey")],
        );
        assert!(found.contains(&(Kind::Person, "Bernal".to_string())), "{found:?}");
        assert!(found.contains(&(Kind::Person, "Johnny Depp".to_string())), "{found:?}");
    }

    #[test]
    fn a_list_of_places_or_firms_or_a_name_said_twice_is_left_as_it_was() {
        for (text, mentions) in [
            (
                "Androscoggin, Franklin, Kennebec, Oxford and Somerset counties were hit.",
                vec![(Kind::Person, "Franklin"), (Kind::Place, "Kennebec"), (Kind::Place, "Somerset")],
            ),
            (
                "Sid Weiss and Leonard Friedman, Wurlitzer chairman, bought it.",
                vec![
                    (Kind::Person, "Sid Weiss"),
                    (Kind::Person, "Leonard Friedman"),
                    (Kind::Org, "Wurlitzer"),
                ],
            ),
            (
                "said David Yarnton, Nintendo Europe's general manager.",
                vec![(Kind::Person, "David Yarnton"), (Kind::Org, "Nintendo Europe")],
            ),
            (
                "with Usher, Gwen Stefani, Nelly and Green Day on stage.",
                vec![(Kind::Person, "Gwen Stefani"), (Kind::Org, "Green Day")],
            ),
        ] {
            let found = settled(text, &mentions);
            let before: Vec<(Kind, String)> = mentions.iter().map(|&(k, n)| (k, n.to_string())).collect();
            assert_eq!(found, before, "{text}");
        }
    }

    #[test]
    fn a_festival_named_after_a_town_names_the_town() {
        let found = settled(
            "It won at the Cannes Film Festival and the Salzburg festival.",
            &[(Kind::Org, "Cannes Film Festival"), (Kind::Place, "Berlin Film Festival")],
        );
        for want in [
            (Kind::Org, "Cannes Film Festival"),
            (Kind::Org, "Berlin Film Festival"),
            (Kind::Place, "Cannes"),
            (Kind::Place, "Salzburg"),
        ] {
            assert!(found.contains(&(want.0, want.1.to_string())), "{want:?} in {found:?}");
        }
        // A line that ends on "Film" (a video page's caption) names no festival and no town.
        assert!(settled("watch Sundance Film", &[]).is_empty());
    }
}
