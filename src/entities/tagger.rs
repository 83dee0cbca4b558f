//! Tagging lines with the CRF and turning the tagged spans into [`Mention`]s.
//!
//! The CRF labels each word `B-`/`I-` `PER`, `ORG`, `LOC` or `MISC`, or `O`. A span
//! never continues across punctuation. Then the same clean-up as the rules applies: a
//! title inside a person span splits it ("Minneapolis Police Chief Brian O'Hara" → the
//! organization "Minneapolis Police" and the person "Brian O'Hara"), leading function
//! words go ("The"), and known places and organizations take their canonical names.

use std::sync::LazyLock;

use super::crf::{Crf, MAX_LABELS};
use super::culture::{Culture, Role};
use super::features::{FeatureHashes, Prepared};
use super::lexicon::{
    MONTHS_SHORT, fold, is_company_form, is_day_or_month, is_demonym, is_first_name, is_function_word,
    is_generational_suffix, is_given_name_that_is_a_word, is_institution_word, is_last_name, is_legal_form,
    is_month, is_org_head, is_party_word, is_title, is_trade_word, known_org, old_given_name, place,
    state_after_a_place,
};
use super::name_words::{Case, Letters, NameWord, NotAName};
use super::rules::{
    Evidence, Kind, Mention, classify_plain, country_before_a_noun, is_compound_adjective, modifier_base,
    push_person, title_len,
};
use super::tokens::Word;

/// The model shipped in `data/ner/model.bin` (see `scripts/ner/README.md`).
pub static MODEL: LazyLock<Crf> = LazyLock::new(|| {
    Crf::from_bytes(include_bytes!("../../data/ner/model.bin")).expect("the embedded NER model is valid")
});

/// What a label says: the entity kind (`None` for `O` and `MISC`) and whether it begins a span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct LabelInfo {
    /// 0 = outside, 1 = PER, 2 = ORG, 3 = LOC, 4 = MISC.
    class: u8,
    begin: bool,
}

fn label_info(label: &str) -> LabelInfo {
    let (bio, typ) = label.split_once('-').unwrap_or(("O", ""));
    let class = match typ {
        "PER" => 1,
        "ORG" => 2,
        "LOC" => 3,
        "MISC" => 4,
        _ => 0,
    };
    LabelInfo { class, begin: bio == "B" }
}

/// Reusable state for tagging many lines with one model.
#[derive(Debug)]
pub struct Tagger<'m> {
    crf: &'m Crf,
    info: Vec<LabelInfo>,
    prepared: Prepared,
    scores: Vec<[i32; MAX_LABELS]>,
    labels: Vec<u8>,
    /// Words within [`WINDOW`] of a possible name: the ones the model scores.
    near_name: Vec<bool>,
    /// Words whose punctuation after them lies inside an organization's name (the comma of
    /// "Goldman, Sachs and Co"): its span goes on across it. Set by [`Tagger::firm_names`].
    bridged: Vec<bool>,
    back: Vec<u8>,
    /// Label scores that hold a word outside any name.
    held_outside: [i32; MAX_LABELS],
    /// The id of label `O`, and the labels of one stretch.
    outside: u8,
    segment: Vec<u8>,
    /// Feature hashes of the line's scored words, in word order.
    hashes: Vec<u64>,
    /// Each scored word and the end of its hashes in `hashes`.
    ends: Vec<(usize, usize)>,
    /// Names the document writes with an `'s` that is no possessive ("rated by Moody's.",
    /// "McDonald's said"): see [`names_keeping_their_s`]. Lower case.
    own_s: Vec<String>,
    /// The works, bands and stars the document introduces ("comedy Sideways", "rock band
    /// U2"): see [`Culture`].
    culture: Culture,
}

/// Words tagged on each side of a possible name.
const WINDOW: usize = 2;

impl<'m> Tagger<'m> {
    /// A tagger for `crf`.
    pub fn new(crf: &'m Crf) -> Tagger<'m> {
        Tagger {
            crf,
            info: crf.labels().iter().map(|l| label_info(l)).collect(),
            prepared: Prepared::default(),
            scores: Vec::new(),
            labels: Vec::new(),
            near_name: Vec::new(),
            bridged: Vec::new(),
            back: Vec::new(),
            held_outside: crf.held_outside(),
            outside: crf.outside(),
            segment: Vec::new(),
            hashes: Vec::new(),
            ends: Vec::new(),
            own_s: Vec::new(),
            culture: Culture::default(),
        }
    }

    /// Reads the whole document before its lines are tagged, for what one line cannot
    /// tell: which names keep their `'s` ([`names_keeping_their_s`]).
    pub fn read_document(&mut self, text: &str) {
        self.own_s = names_keeping_their_s(text);
        self.culture = Culture::read(text);
    }

    /// Whether word `k` is a name the document writes with its `'s` ("Moody's").
    fn keeps_its_s(&self, word: &Word<'_>) -> bool {
        word.possessive && self.own_s.iter().any(|n| *n == fold(word.text))
    }

    /// The ids of the begin and inside labels of a class (1 = PER, 2 = ORG), when the
    /// model has both.
    fn span_labels(&self, class: u8) -> Option<(u8, u8)> {
        let find = |begin| self.info.iter().position(|&l| l == LabelInfo { class, begin }).map(|p| p as u8);
        Some((find(true)?, find(false)?))
    }

    /// The class of word `k`'s label (0 = outside, 1 = PER, 2 = ORG, 3 = LOC, 4 = MISC).
    fn class_at(&self, k: usize) -> u8 {
        self.info[self.labels[k] as usize].class
    }

    /// Whether any of words `start..end` carries a label of `class`.
    fn any_of_class(&self, start: usize, end: usize, class: u8) -> bool {
        (start..end).any(|k| self.class_at(k) == class)
    }

    /// Labels words `start..end` as one span: `begin` on the first, `inside` on the rest.
    fn label_span(&mut self, start: usize, end: usize, (begin, inside): (u8, u8)) {
        self.labels[start] = begin;
        self.labels[start + 1..end].fill(inside);
    }

    /// Labels the words of one line; returns the label names.
    pub fn tag(&mut self, words: &[Word<'_>], shouting: bool) -> Vec<&'m str> {
        self.run(words, shouting);
        self.labels.iter().map(|&l| self.crf.labels()[l as usize].as_str()).collect()
    }

    fn run(&mut self, words: &[Word<'_>], shouting: bool) {
        self.prepared.prepare_near_names(words, shouting, WINDOW);
        let n = words.len();
        // Only words within WINDOW of a possible name are scored by the model; the rest of
        // the line (lower-case prose) is held outside any name.
        self.scores.clear();
        self.scores.resize(n, self.held_outside);
        self.near_name.clear();
        self.near_name.resize(n, false);
        for k in 0..n {
            if self.prepared.may_be_name(k) {
                self.near_name[k.saturating_sub(WINDOW)..(k + WINDOW + 1).min(n)].fill(true);
            }
        }
        let crf = self.crf;
        // The features of all scored words are hashed first, then looked up in one pass
        // that fetches table entries ahead of their use (see `Crf::add_hashed`).
        self.hashes.clear();
        self.ends.clear();
        for i in (0..n).filter(|&i| self.near_name[i]) {
            let hashes = &mut self.hashes;
            self.prepared.features_into(words, i, &mut FeatureHashes(hashes));
            self.ends.push((i, hashes.len()));
        }
        let mut start = 0;
        for &(i, end) in &self.ends {
            let row = &mut self.scores[i];
            *row = [0; MAX_LABELS];
            crf.add_hashed(&self.hashes, start..end, row);
            start = end;
        }
        // Viterbi over each stretch of scored words, with the held word on either side: a
        // word held outside fixes the path there, so this is the whole line's best path.
        self.labels.clear();
        self.labels.resize(n, self.outside);
        let mut i = 0;
        while i < n {
            if !self.near_name[i] {
                i += 1;
                continue;
            }
            let end = (i..n).find(|&k| !self.near_name[k]).unwrap_or(n);
            let (from, to) = (i.saturating_sub(1), (end + 1).min(n));
            self.crf.viterbi(&self.scores[from..to], &mut self.segment, &mut self.back);
            self.labels[i..end].copy_from_slice(&self.segment[i - from..end - from]);
            i = end;
        }
    }

    /// The mentions in one line (`words` are `line`'s words).
    pub fn mentions(&mut self, line: &str, words: &[Word<'_>], shouting: bool, out: &mut Vec<Mention>) {
        if words.is_empty() {
            return;
        }
        self.run(words, shouting);
        self.spans(line, words, out);
    }

    /// The mentions in one line whose words another decoder labelled (label names of this
    /// tagger's model). Used to compare decoders on the same pipeline (`examples/ner_crfs.rs`).
    pub fn mentions_labelled(
        &mut self,
        line: &str,
        words: &[Word<'_>],
        labels: &[&str],
        out: &mut Vec<Mention>,
    ) {
        self.labels.clear();
        for label in labels {
            let id = self.crf.labels().iter().position(|l| l == label).unwrap_or(0);
            self.labels.push(id as u8);
        }
        if !words.is_empty() && self.labels.len() == words.len() {
            self.spans(line, words, out);
        }
    }

    /// Rule fixes on the current labels, then the mentions of their spans.
    fn spans(&mut self, line: &str, words: &[Word<'_>], out: &mut Vec<Mention>) {
        let teams = self.table_rows(line, words);
        self.honorifics(words);
        self.old_given_names(words);
        self.hyphenated_given_names(words);
        self.family_first_given_names(words);
        self.kind_nouns(words);
        self.fill_gaps(words);
        self.fill_orgs(words);
        self.acronym_names(line, words);
        self.person_shapes(line, words);
        self.people_after_possessives(line, words);
        self.people_after_roles(words);
        self.bridged.clear();
        self.bridged.resize(words.len(), false);
        self.firm_names(line, words);
        self.name_lists(line, words);
        self.saints_buildings(line, words);
        self.place_nouns(words);
        self.laws(words);
        self.law_firms(words);
        self.courts(words);
        self.given_names_that_are_words(words);
        self.names_with_particles(words);
        self.culture_names(words, out);
        let mut i = 0;
        while i < words.len() {
            let first = self.info[self.labels[i] as usize];
            if first.class == 0 {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            while end < words.len()
                && (!words[end - 1].break_after
                    || (first.class == 2
                        && (self.bridged[end - 1] || self.possessive_inside_name(line, words, end - 1))))
            {
                let next = self.info[self.labels[end] as usize];
                if next.class != first.class || next.begin {
                    break;
                }
                end += 1;
            }
            // A person's name goes on through lower-case particles the tagger stopped at:
            // "Pieter van Dam", "Anna van der Berg".
            if first.class == 1 {
                let mut k = end;
                while k < words.len() && !words[k - 1].break_after && PARTICLES.contains(&words[k].text) {
                    k += 1;
                }
                if k > end && k < words.len() && !words[k - 1].break_after && words[k].is_capitalized() {
                    end = k + 1;
                    while end < words.len() && !words[end - 1].break_after && words[end].is_capitalized() {
                        end += 1;
                    }
                }
                // ... and through the hyphenated ones: "Mana Said al-Oteiba".
                while end < words.len()
                    && !words[end - 1].break_after
                    && is_joined_particle_name(words[end].text)
                    && self.class_at(end) == 0
                {
                    end += 1;
                }
                // A name that ends on one goes on through the person's name the tagger began
                // after it: "Zine al-Abidine Ben Ali", not "Zine al-Abidine" and "Ben Ali".
                if is_joined_particle_name(words[end - 1].text)
                    && end < words.len()
                    && !words[end - 1].break_after
                    && self.class_at(end) == 1
                {
                    end += 1;
                    while end < words.len()
                        && !words[end - 1].break_after
                        && self.class_at(end) == 1
                        && !self.info[self.labels[end] as usize].begin
                    {
                        end += 1;
                    }
                }
            }
            // A person's name goes on through a last surname the tagger left out, a word that
            // can be nothing else: "Fernando Santos Alvite arrived", as Spanish names have
            // two surnames.
            if first.class == 1
                && end - i >= 2
                && end < words.len()
                && !words[end - 1].break_after
                && self.info[self.labels[end] as usize].class == 0
                && is_surname_left_out(words, end)
            {
                end += 1;
            }
            let before = out.len();
            span_mentions(line, words, i, end, first.class, teams, out);
            let last = &words[end - 1];
            let own_s = first.class == 2 && self.keeps_its_s(last);
            for m in &mut out[before..] {
                m.tagged = true;
                if own_s && m.kind == Kind::Org && m.name.ends_with(last.text) {
                    m.name.push_str("'s");
                }
            }
            i = end;
        }
    }
}

/// The lower-case words inside Portuguese, Spanish and Italian names of firms and places,
/// which the tagger ends a name at: "Banco do Brasil", "Rio Grande do Sul".
const NAME_PARTICLES: &[&str] = &["do", "dos", "da", "das", "de", "del", "di"];

impl Tagger<'_> {
    /// A known organization or place whose name holds a lower-case particle, the whole run
    /// of it with nothing capitalized on either side, is one name of its kind, whatever
    /// the tagger read: "Banco do Brasil" (not the organizations "Banco" and "Brasil"),
    /// "Rio Grande do Sul" (not the place "Rio Grande" and a "Sul").
    fn names_with_particles(&mut self, words: &[Word<'_>]) {
        let n = words.len();
        let mut i = 0;
        while i < n {
            let starts = words[i].is_capitalized()
                && (i == 0 || words[i - 1].break_after || !words[i - 1].is_capitalized());
            let found = starts
                .then(|| {
                    (3..=5.min(n - i)).rev().find_map(|len| {
                        let span = &words[i..i + len];
                        let end = i + len;
                        let whole = span[..len - 1].iter().all(|w| !w.break_after)
                            && span[len - 1].is_capitalized()
                            && (end == n || span[len - 1].break_after || !words[end].is_capitalized())
                            && span.iter().any(|w| NAME_PARTICLES.contains(&w.text));
                        if !whole {
                            return None;
                        }
                        let text = span.iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
                        let class = if known_org(&text).is_some() {
                            2
                        } else if place(&text).is_some() {
                            3
                        } else {
                            return None;
                        };
                        Some((len, class))
                    })
                })
                .flatten();
            match found {
                Some((len, class)) => {
                    if let Some(labels) = self.span_labels(class) {
                        self.label_span(i, i + len, labels);
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
    }

    /// A capitalized given name that is also a common word, right before a person's name
    /// the tagger began after it, begins the name: "Will Smith", "Bill Wyman", not "Smith".
    fn given_names_that_are_words(&mut self, words: &[Word<'_>]) {
        let Some((b_per, i_per)) = self.span_labels(1) else {
            return;
        };
        for (i, word) in words.iter().enumerate().take(words.len().saturating_sub(1)) {
            let next = self.info[self.labels[i + 1] as usize];
            if word.break_after
                || !word.is_capitalized()
                || word.is_acronym()
                || self.class_at(i) != 0
                || next != (LabelInfo { class: 1, begin: true })
                || !is_given_name_that_is_a_word(&fold(word.text))
            {
                continue;
            }
            self.labels[i] = b_per;
            self.labels[i + 1] = i_per;
        }
    }

    /// The works, bands and stars the document introduces, wherever a line names them: a
    /// work is no entity (its words are held outside any name), a band an organization and
    /// a star a person; a name with a figure ("U2", "Maroon 5", "50 Cent") is pushed as
    /// written, the figure kept, as the span rules drop figures at a name's ends.
    fn culture_names(&mut self, words: &[Word<'_>], out: &mut Vec<Mention>) {
        if self.culture.is_empty() {
            return;
        }
        for (start, end, role) in self.culture.spans(words) {
            let (class, kind) = match role {
                Role::Work => {
                    self.labels[start..end].fill(self.outside);
                    continue;
                }
                Role::Band => (2, Kind::Org),
                Role::Star => (1, Kind::Person),
            };
            let figures = words[start..end].iter().any(|w| w.text.chars().any(|c| c.is_ascii_digit()));
            if figures {
                self.labels[start..end].fill(self.outside);
                let mut mention = Mention::new(kind, super::tokens::joined(&words[start..end]));
                mention.tagged = true;
                out.push(mention);
            } else if let Some(labels) = self.span_labels(class) {
                self.label_span(start, end, labels);
            }
        }
    }
}

/// Whether word `k`, right after a person's name of two words, is a surname of it the
/// tagger left out: capitalized mid-sentence, before lower case or punctuation, and no
/// common word, place, organization, title, nationality, party, month or firm's word
/// ("Fernando Santos Alvite said"; not "John Smith Monday", "Tony Blair Labour", "Steffi
/// Graf Germany", "Ian Botham Ltd").
fn is_surname_left_out(words: &[Word<'_>], k: usize) -> bool {
    const SURNAME_LEFT_OUT: NameWord = NameWord {
        case: Case::CapitalNotAcronym,
        letters: Letters::OrJoins,
        not: &[
            NotAName::FunctionWord,
            NotAName::DayOrMonth,
            NotAName::Month,
            NotAName::Title,
            NotAName::Demonym,
            NotAName::PartyWord,
            NotAName::CompanyForm,
            NotAName::TradeWord,
            NotAName::CommonWord,
        ],
    };
    let w = &words[k];
    !w.sentence_start
        && words.get(k + 1).is_none_or(|next| w.break_after || next.text.starts_with(char::is_lowercase))
        && SURNAME_LEFT_OUT.admits(w.text)
}

/// A row of a sports table: its team or player names, and its figures.
struct TableRow {
    /// Word spans `(start, end)` of the names.
    names: Vec<(usize, usize)>,
    /// The row's whole numbers, in order (a score such as "3-1" is none).
    figures: Vec<u32>,
    /// How many figures follow each name.
    runs: Vec<usize>,
}

/// The row of a sports table a line is, if it is one: one name followed by three figures
/// or more ("Barnsley 3 3 0 0 8 2 9", "BOSTON 69 65 .515 5"), or two names each followed
/// by one or two ("Harlequins 75 Gloucester 19"). A name is one to four capitalized words
/// without punctuation between them. Words in brackets are notes and are passed over: a
/// team's country, extra innings, the half-time score ("Benetton (Italy) 92 Dinamo
/// (Russia) 81 (halftime 50-28)", "MILWAUKEE 5 Minnesota 4 (in 12)").
fn table_row(line: &str, words: &[Word<'_>]) -> Option<TableRow> {
    // Whole numbers of up to three digits, or a score ("3-1"): prices and statistics
    // ("3.04", "1,250") make a table of another kind.
    let figure = |w: &Word<'_>| {
        w.text.split('-').all(|n| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
    };
    // Most lines are prose without a figure: no row.
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut depth = 0usize;
    let mut kept = Vec::with_capacity(words.len());
    for (k, word) in words.iter().enumerate() {
        let gap = if k == 0 { text_before(line, word) } else { text_between(line, &words[k - 1], word) };
        for c in gap.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        if depth == 0 {
            kept.push(k);
        }
    }
    let mut row = TableRow { names: Vec::new(), figures: Vec::new(), runs: Vec::new() };
    let mut i = 0;
    while i < kept.len() {
        let start = i;
        while i < kept.len() && words[kept[i]].is_capitalized() && !figure(&words[kept[i]]) {
            if words[kept[i]].break_after && !kept.get(i + 1).is_some_and(|&k| figure(&words[k])) {
                return None; // "Ilse Vandermeer (Belgium) 10.93"
            }
            i += 1;
        }
        if i == start || i - start > 4 || i == kept.len() {
            return None;
        }
        let first_figure = i;
        while i < kept.len() && figure(&words[kept[i]]) {
            row.figures.extend(words[kept[i]].text.parse::<u32>().ok());
            i += 1;
        }
        row.names.push((kept[start], kept[first_figure - 1] + 1));
        row.runs.push(i - first_figure);
    }
    match row.runs.as_slice() {
        [n] if *n >= 3 => Some(row),
        [a, b] if (1..=2).contains(a) && (1..=2).contains(b) => Some(row),
        _ => None,
    }
}

/// Whether a row's figures add up as a league table's do: games played first, then
/// won, (drawn,) lost summing to it, and more columns after (goals, points): "Barnsley 3
/// 3 0 0 8 2 9", "Tranmere 4 2 1 1 6 4 7". Five figures or more, so that a row of any
/// other table matches only by rare chance ("Wheat 133 44 52 4" does not).
fn adds_up_as_standings(figures: &[u32]) -> bool {
    let [played, rest @ ..] = figures else {
        return false;
    };
    figures.len() >= 5 && *played > 0 && [2, 3].iter().any(|&n| rest[..n].iter().sum::<u32>() == *played)
}

impl Tagger<'_> {
    /// In a row of a sports table, a town's name is its team: an organization ("NEW YORK
    /// 74 59 .556", "Harlequins 75 Gloucester 19"), as is a name the tagger read as one,
    /// while a country stays a place (national sides). A name the tagger read as a person,
    /// or that begins with a given name or an initial ("Tiger Woods 70 68 71 209"), is
    /// left alone, and so is any other: a row label of a table of figures ("Production
    /// 345 360 370") has the same shape as an unknown team's row, and only the second is a
    /// name. Returns whether the line is such a row, so that its names are not looked up as
    /// places afterwards.
    fn table_rows(&mut self, line: &str, words: &[Word<'_>]) -> bool {
        let (Some((b_org, i_org)), Some((b_loc, i_loc))) = (self.span_labels(2), self.span_labels(3)) else {
            return false;
        };
        let Some(row) = table_row(line, words) else {
            return false;
        };
        // One name whose figures add up as a league table's: any name is a team there.
        let standings = row.names.len() == 1 && adds_up_as_standings(&row.figures);
        struct Side {
            /// Read as a person by the tagger.
            tagged_person: bool,
            /// Two words or more read as a person, or beginning with a given name or an
            /// initial ("Tiger Woods", "R. Pellworth").
            person_shaped: bool,
            country: bool,
            club: bool,
        }
        let sides: Vec<Side> = row
            .names
            .iter()
            .map(|&(start, end)| {
                let name: Vec<&str> = words[start..end].iter().map(|w| w.text).collect();
                let known = place(&name.join(" "));
                Side {
                    tagged_person: self.any_of_class(start, end, 1),
                    person_shaped: end - start >= 2
                        && (self.any_of_class(start, end, 1)
                            || is_first_name(&fold(words[start].text))
                            || (words[start].text.len() == 2 && words[start].text.ends_with('.'))),
                    country: known.is_some_and(|p| p.kind == "country"),
                    club: known.is_some() || self.any_of_class(start, end, 2),
                }
            })
            .collect();
        // A result's two sides are of a kind: a club's opponent is a club ("Currie 45
        // Hawick 23" once Hawick is known), even one the tagger read as a person. One
        // score each: two figures each are as often a weather table's highs and lows, and
        // a price table's rows have fractions ("TEXACO 34 P UP 3/8").
        let against_a_club = row.runs == [1, 1]
            && sides.iter().any(|s| s.club && !s.country && !s.tagged_person && !s.person_shaped);
        for (&(start, end), side) in row.names.iter().zip(&sides) {
            if side.person_shaped || (side.tagged_person && !against_a_club) {
                continue;
            }
            if !side.club && !standings && !against_a_club {
                continue; // "Revs 12 10 9", "Production 345 360": a row label, not a name
            }
            let (b, i) = if side.country { (b_loc, i_loc) } else { (b_org, i_org) };
            self.label_span(start, end, (b, i));
        }
        true
    }
}

impl Tagger<'_> {
    /// A name followed by its acronym in brackets is one name, whole, and so is the
    /// acronym: "the Organisation for Security and Cooperation in Europe (OSCE)", "the
    /// Office of Fair Trading (OFT)". The name is the run of capitalized words, with the
    /// function words between them, whose initials spell the acronym, and the words before
    /// them the tagger read as the start of the same organization. It is taken as an
    /// organization when the tagger read any word of the name as one, or when one of its
    /// words names an institution; otherwise the labels stay: "Really Simple Syndication
    /// (RSS)" is no organization though an acronym alone in brackets often reads as one,
    /// and "Democratic Republic of Congo (DRC)" is a place already.
    fn acronym_names(&mut self, line: &str, words: &[Word<'_>]) {
        let Some(org) = self.span_labels(2) else {
            return;
        };
        for a in 1..words.len() {
            let acronym = &words[a];
            // The cheap test first: most words are no acronym.
            if !acronym.is_acronym() || acronym.text.chars().count() > 8 {
                continue;
            }
            let bracketed = text_before(line, acronym).trim_end().ends_with('(')
                && text_after(line, acronym).trim_start().starts_with(')');
            if !bracketed {
                continue;
            }
            let Some(mut start) =
                spelled_by(words, a, acronym.text).or_else(|| spelled_loosely_by(words, a, acronym.text))
            else {
                continue;
            };
            // An organization the tagger began earlier keeps its first words: "Indian
            // State Trading Corporation (STC)", "U.S. Securities and Exchange Commission (SEC)".
            while start > 0 && self.class_at(start - 1) == 2 && !words[start - 1].break_after {
                start -= 1;
            }
            let institution = words[start..a].iter().any(|w| is_institution_word(&fold(w.text)));
            if institution || self.any_of_class(start, a, 2) {
                self.label_span(start, a, org);
                self.label_span(a, a + 1, org);
            }
        }
    }
}

/// Where the name that `acronym` (word `a`, in brackets) abbreviates begins: the words
/// right before it, capitalized or function words, whose capitalized words' initials spell
/// the acronym's letters ("Office of Fair Trading" for OFT). None when they do not.
fn spelled_by(words: &[Word<'_>], a: usize, acronym: &str) -> Option<usize> {
    let letters: Vec<char> = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    let mut matched = 0;
    let mut k = a;
    while k > 0 && matched < letters.len() {
        let word = &words[k - 1];
        // Punctuation between two words of the name ends it; the bracket after the last
        // word does not.
        if k < a && word.break_after {
            return None;
        }
        if word.is_capitalized() {
            let initial = word.text.chars().next()?;
            if !initial.to_uppercase().eq(letters[letters.len() - 1 - matched].to_uppercase()) {
                return None;
            }
            matched += 1;
        } else if k == a || !is_function_word(&fold(word.text)) {
            return None;
        }
        k -= 1;
    }
    (matched == letters.len()).then_some(k)
}

/// [`spelled_by`] for an acronym that leaves out a word of its name or spells a word in
/// capitals whole: "Centers for Disease Control and Prevention (CDC)", "UK Independence
/// Party (UKIP)". The acronym's first letter is the first word's initial, its letters come
/// in order from the initials of the capitalized words (all the letters of a word in
/// capitals), and at most one capitalized word gives none.
fn spelled_loosely_by(words: &[Word<'_>], a: usize, acronym: &str) -> Option<usize> {
    let letters: Vec<char> =
        acronym.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_uppercase).collect();
    // The name's possible first word: back from the bracket over capitalized and function
    // words, up to one more word than the acronym has letters, with no punctuation between.
    let mut earliest = a;
    while earliest > 0 && a - earliest <= 2 * letters.len() {
        let word = &words[earliest - 1];
        if (earliest < a && word.break_after)
            || !(word.is_capitalized() || is_function_word(&fold(word.text)))
        {
            break;
        }
        earliest -= 1;
    }
    // The shortest name that spells it.
    (earliest..a).rev().filter(|&k| words[k].is_capitalized()).find(|&start| {
        let mut wanted = letters.iter().peekable();
        let mut silent = 0;
        for word in words[start..a].iter().filter(|w| w.is_capitalized()) {
            let given: Vec<char> = if word.is_acronym() {
                word.text.chars().filter(|c| c.is_alphabetic()).collect()
            } else {
                word.text.chars().take(1).flat_map(char::to_uppercase).collect()
            };
            let mut gave = false;
            for c in given {
                if wanted.peek() == Some(&&c) {
                    wanted.next();
                    gave = true;
                } else if word.is_acronym() {
                    return false;
                }
            }
            if !gave {
                silent += 1;
            }
        }
        let first = words[start].text.chars().next().and_then(|c| c.to_uppercase().next());
        wanted.peek().is_none() && silent <= 1 && first == letters.first().copied() && a - start > 1
    })
}

impl Tagger<'_> {
    /// A line that lists people (a team sheet, a squad, a bowling analysis: "Pakistan:
    /// Aamir Sohail, Saeed Anwar, ..., Wasim Akram (captain), Waqar Younis") names a person
    /// in every item of the same shape: when the line has few lower-case words (one for
    /// four capitalized), four or more of its items are read as people and they are at
    /// least half of the items, an item of one to three name-like
    /// words the tagger left out or read as something else is a person too. A known place
    /// or organization stays what it is ("Pakistan"), and so does an item in brackets (a
    /// player's club).
    fn name_lists(&mut self, line: &str, words: &[Word<'_>]) {
        let Some((b_per, i_per)) = self.span_labels(1) else {
            return;
        };
        // A list, not running text: few lower-case words ("captain", "lbw b"). Checked
        // first: most lines are prose and stop here.
        let lower = words.iter().filter(|w| w.text.starts_with(char::is_lowercase)).count();
        let capitalized = words.iter().filter(|w| w.is_capitalized()).count();
        if capitalized < 4 || lower * 4 > capitalized {
            return;
        }
        // The items: runs of capitalized words with only spaces between them ("Film -
        // Sideways" is two), ended by punctuation, numbers and lower-case words.
        let spaced = |k: usize| text_between(line, &words[k - 1], &words[k]).trim().is_empty();
        let mut items: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while i < words.len() {
            if !words[i].is_capitalized() {
                i += 1;
                continue;
            }
            let start = i;
            while i < words.len() && words[i].is_capitalized() && (i == start || spaced(i)) {
                i += 1;
            }
            // An item in brackets is the player's club or country ("Phil Dowson (Newcastle
            // Falcons)"), one before a colon heads the list ("Backs: Mike Blair, ..."):
            // neither is an item of the list.
            let bracketed = text_before(line, &words[start]).trim_end().ends_with('(');
            let heading = text_after(line, &words[i - 1]).trim_start().starts_with(':');
            if !bracketed && !heading {
                items.push((start, i));
            }
        }
        let people = items.iter().filter(|&&(start, end)| self.any_of_class(start, end, 1)).count();
        if people < 4 || people * 2 < items.len() {
            return;
        }
        for &(start, end) in &items {
            if self.any_of_class(start, end, 1) || end - start > 3 {
                continue;
            }
            let run: Vec<&str> = words[start..end].iter().map(|w| w.text).collect();
            let joined = run.join(" ");
            let name_like = run.iter().all(|w| {
                let f = fold(w);
                is_name_word(w) && !is_institution_word(&f) && !is_org_head(&f)
            });
            // One word alone must look like a surname: a known one or a compound
            // ("Inzamam-ul-Haq"), not "Sideways" of "Film - Sideways".
            let full = end - start >= 2 || is_last_name(&fold(run[0])) || run[0].contains('-');
            if full && name_like && place(&joined).is_none() && known_org(&joined).is_none() {
                self.label_span(start, end, (b_per, i_per));
            }
        }
    }
}

/// Whether this (folded) word ends a firm's name after its partners' names: a legal form
/// ("Co", "Inc", "Plc") or "Cos". Not "Company", which ends bands' names too ("Free and
/// Bad Company").
fn is_firm_form(folded: &str) -> bool {
    is_legal_form(folded) || folded == "cos"
}

/// A word that can be a partner's name in a firm's: capitalized, with a lower-case letter
/// (or any capitalized word when `acronyms`), and no function word or title.
fn is_partner_word(word: &Word<'_>, acronyms: bool) -> bool {
    let f = fold(word.text);
    word.is_capitalized()
        && (acronyms || word.text.chars().any(char::is_lowercase))
        && !is_function_word(&f)
        && !is_title(&f)
        && !is_firm_form(&f)
}

impl Tagger<'_> {
    /// A firm named after its partners or trades is one organization, though its "and",
    /// "&" and commas would split it: "Goldman, Sachs and Co", "Standard and Poor's Corp",
    /// "American Telephone and Telegraph Co", "Procter & Gamble Co", "Donaldson, Lufkin and
    /// Jenrette Securities Corp". The name ends in a legal form; between the "and" and it
    /// stands one word, or two when the tagger read the "and" inside a name. Before the
    /// "and" stand one to three capitalized words that are not a place or a known
    /// organization ("Hongkong and Shanghai Banking Corp", "IBM and Digital Equipment Corp"
    /// stay two; "HBO and Co" is one), and before them, each after a comma, up to three
    /// single names ("Merrill Lynch, Pierce, Fenner and Smith": two words only when the tagger
    /// went on across the comma), or the start of an organization the tagger read ("Bank
    /// of America NT and SA"). A legal form right before the "and" ends a firm of its own
    /// ("Johnson Controls Inc and Lear Corp"), and so does a known organization after it
    /// ("Zenith and Microsoft Corp").
    fn firm_names(&mut self, line: &str, words: &[Word<'_>]) {
        let Some(org) = self.span_labels(2) else {
            return;
        };
        let inside_org = LabelInfo { class: 2, begin: false };
        let mut k = 1;
        while k < words.len() {
            // The join: the word "and", or "&" between two words.
            let right_start = if words[k].text == "and" && !words[k].break_after {
                k + 1
            } else if text_between(line, &words[k - 1], &words[k]).trim() == "&" {
                k
            } else {
                k += 1;
                continue;
            };
            let tagger_joined = self.info[self.labels[k] as usize] == inside_org;
            let found = self.firm_around(line, words, k, right_start, tagger_joined);
            let Some((start, end, bridges)) = found else {
                k += 1;
                continue;
            };
            self.label_span(start, end, org);
            // The firm's name ends there, though the tagger went on ("Kidder, Peabody and
            // Co. Holders of ...").
            if end < words.len() && self.info[self.labels[end] as usize] == inside_org {
                self.labels[end] = org.0;
            }
            for b in bridges {
                self.bridged[b] = true;
            }
            k = end;
        }
    }

    /// The firm's name around the join at word `k` (the "and", or the word after "&"), whose
    /// second part starts at `right_start`: its span and the commas inside it.
    fn firm_around(
        &self,
        line: &str,
        words: &[Word<'_>],
        k: usize,
        right_start: usize,
        tagger_joined: bool,
    ) -> Option<(usize, usize, Vec<usize>)> {
        if words[k - 1].break_after {
            return None;
        }
        // After the join: up to two names, then the legal forms ("and Co Inc"). An "&"
        // between capitalized names joins them into one name without a legal form too
        // ("Johnson & Johnson", "Ben & Jerry's"): two people would be joined by "and".
        let ampersand = right_start == k;
        let mut form = right_start;
        let mut open = false;
        while form < words.len() && !is_firm_form(&fold(words[form].text)) {
            let name = &words[form];
            if form - right_start == 2 || !is_partner_word(name, false) {
                if ampersand && form > right_start {
                    open = true;
                    break;
                }
                return None;
            }
            form += 1;
            if name.break_after && !name.possessive {
                if ampersand {
                    open = true;
                    break;
                }
                return None;
            }
        }
        let between = form - right_start;
        // "Zenith and Microsoft Corp": a known organization after the join is a firm of its own.
        let right_text = super::tokens::joined(&words[right_start..form]);
        if (form == words.len() && !(ampersand && between > 0))
            || (between == 2 && !tagger_joined)
            || known_org(&right_text).is_some()
        {
            return None;
        }
        let open = open || form == words.len();
        let mut end = if open { form } else { form + 1 };
        while !open
            && end < words.len()
            && !words[end - 1].break_after
            && is_firm_form(&fold(words[end].text))
        {
            end += 1;
        }
        // Before it: the partner's or trade's name, one to three words.
        let last = k; // one past the left part's last word
        let mut start = last;
        while start > 0
            && words[start - 1].is_capitalized()
            && (start == last || !words[start - 1].break_after)
        {
            start -= 1;
            if last - start > 3 {
                return None;
            }
        }
        // Nor is a description before it ("Family-controlled Douglas & Lomason").
        while start < last && {
            let f = fold(words[start].text);
            is_function_word(&f) || is_title(&f) || is_compound_adjective(words[start].text)
        } {
            start += 1;
        }
        let acronyms = between == 0; // "HBO and Co"; "IBM and Digital Equipment Corp" is two
        let left = &words[start..last];
        let left_text = super::tokens::joined(left);
        // "Trinidad & Tobago", "Bosnia & Herzegovina": a place's name, not a firm's.
        let joined_place = || ampersand && place(&format!("{left_text} and {right_text}")).is_some();
        if left.is_empty()
            || !left.iter().all(|w| is_partner_word(w, acronyms))
            || place(&left_text).is_some()
            || joined_place()
            || (between > 0 && known_org(&left_text).is_some())
        {
            return None;
        }
        // A name the tagger began earlier keeps its first words: "Bank of America NT and SA".
        let goes_back = |k: usize| {
            let w = &words[k];
            self.class_at(k) == 2 && !w.break_after && (w.text == "of" || is_partner_word(w, true))
        };
        if start > 0 && goes_back(start - 1) {
            while start > 0 && goes_back(start - 1) {
                start -= 1;
            }
            return Some((start, end, Vec::new()));
        }
        // Partners before it, each after a comma.
        let mut bridges = Vec::new();
        while bridges.len() < 3 && start >= 1 {
            let before = start - 1;
            if !words[before].break_after || text_between(line, &words[before], &words[start]).trim() != "," {
                break;
            }
            let mut group = before;
            while group > 0
                && before - group < 2
                && words[group - 1].is_capitalized()
                && !words[group - 1].break_after
            {
                group -= 1;
            }
            let two_words = before > group;
            let run_on = group > 0 && words[group - 1].is_capitalized() && !words[group - 1].break_after;
            let names = &words[group..=before];
            let text = super::tokens::joined(names);
            if run_on
                || (two_words
                    && self.info[self.labels[start] as usize] != (LabelInfo { class: 2, begin: false }))
                || !names.iter().all(|w| is_name_word(w.text))
                // A firm's hyphenated name is a list's item, not a partner's: "Kimberly-Clark,
                // Johnson & Johnson", "Rolls-Royce, Pratt & Whitney".
                || names.iter().any(|w| w.text.contains('-'))
                || place(&text).is_some()
                || known_org(&text).is_some()
            {
                break;
            }
            bridges.push(before);
            start = group;
        }
        Some((start, end, bridges))
    }
}

/// Verbs that may follow a name's own `'s` but no possessive, which needs a noun after it
/// ("Moody's said", "Sotheby's downgraded"). Not a noun's look-alike ("cut", "rates"),
/// nor a participle that is also an adjective ("lowered", "reported"), nor a conjunction
/// or a comma, which a possessive takes too ("the Chicago Board of Trade's, CBT, proposal").
const AFTER_A_NAMES_OWN_S: &[&str] =
    &["said", "says", "told", "added", "rated", "downgraded", "upgraded", "affirmed"];

/// The names a text writes with an `'s` that is no possessive: the `'s` of a capitalized
/// word followed by a verb of [`AFTER_A_NAMES_OWN_S`] ("Moody's said", "McDonald's
/// told"), lower case. The tagger then keeps the `'s` in that name wherever the text
/// uses it.
pub fn names_keeping_their_s(text: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for (at, s) in text.match_indices("'s").chain(text.match_indices("’s")) {
        let before = &text[..at];
        let word_start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric() || matches!(c, '-' | '.' | '&'))
            .last()
            .map_or(at, |(i, _)| i);
        let word = &before[word_start..];
        if word.chars().count() < 2 || !word.starts_with(char::is_uppercase) {
            continue;
        }
        let Some(rest) = text[at + s.len()..].strip_prefix(' ') else {
            continue;
        };
        let next: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        if AFTER_A_NAMES_OWN_S.contains(&next.as_str()) {
            let name = fold(word);
            if !is_function_word(&name) && !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// Common nouns whose possessive begins organizations' names ("People's Party",
/// "Women's Institute", "Children's Hospital").
const POSSESSOR_NOUNS: &[&str] = &["people", "women", "men", "children", "girls", "boys", "citizens"];

impl Tagger<'_> {
    /// Whether the possessive `'s` of word `k` lies inside an organization's name the
    /// tagger goes on with: the name after it ends in a company's legal form ("McDonald's
    /// Corp", "Sotheby's Holdings Inc") or the possessor is a common noun ("People's Party").
    /// Otherwise the possessive ends the name: "Panasonic's Hollywood Laboratories" is a
    /// company's unit, "Usher's Caught Up" a singer's record.
    fn possessive_inside_name(&self, line: &str, words: &[Word<'_>], k: usize) -> bool {
        let goes_on = |j: usize| self.info[self.labels[j] as usize] == (LabelInfo { class: 2, begin: false });
        // "Sun Co's Sun Refining Co": a company's own name ends before its possessive.
        if k + 1 >= words.len()
            || !words[k].possessive
            || !goes_on(k + 1)
            || is_legal_form(&fold(words[k].text))
        {
            return false;
        }
        let gap = text_between(line, &words[k], &words[k + 1]);
        if !["'s", "’s", "'S"].iter().any(|s| gap.strip_prefix(s).is_some_and(|rest| rest.trim().is_empty()))
        {
            return false; // more punctuation: "Sotheby's, Christie's"
        }
        if self.keeps_its_s(&words[k]) {
            return true; // "Moody's Investors Service", where "Moody's" is a name of its own
        }
        let mut last = k + 1;
        while last + 1 < words.len() && !words[last].break_after && goes_on(last + 1) {
            last += 1;
        }
        is_legal_form(&fold(words[last].text)) || POSSESSOR_NOUNS.contains(&fold(words[k].text).as_str())
    }
}

/// Lower-case nouns for a kind of place: the name after "<noun> of" is that place ("the
/// Kurdish city of Arbil", "the province of Quebec", "the Pacific port of Balao"), whatever
/// the tagger read. A port's authority is written with a capital ("Port of London
/// Authority").
pub(crate) const PLACE_KIND_NOUNS: &[&str] = &[
    "city",
    "town",
    "village",
    "province",
    "region",
    "district",
    "county",
    "island",
    "suburb",
    "municipality",
    "neighbourhood",
    "neighborhood",
    "port",
    "harbour",
    "harbor",
    "coast",
];

impl Tagger<'_> {
    /// A name the tagger read as an organization or a person right after "<kind of place>
    /// of" ("the city of Arbil", "the town of Hebron") is a place.
    fn place_nouns(&mut self, words: &[Word<'_>]) {
        let Some((b_loc, i_loc)) = self.span_labels(3) else {
            return;
        };
        for i in 2..words.len() {
            let label = self.info[self.labels[i] as usize];
            if !label.begin
                || !matches!(label.class, 1 | 2)
                || words[i - 1].text != "of"
                || words[i - 2].break_after
                || words[i - 1].break_after
                || !PLACE_KIND_NOUNS.contains(&words[i - 2].text)
            {
                continue;
            }
            let mut end = i + 1;
            while end < words.len()
                && !words[end - 1].break_after
                && self.info[self.labels[end] as usize] == (LabelInfo { class: label.class, begin: false })
            {
                end += 1;
            }
            if words[end - 1].possessive {
                continue; // "the city of Chicago's schools" can be the city's; leave it to the tagger
            }
            self.label_span(i, end, (b_loc, i_loc));
        }
    }
}

/// Honorifics that only ever come before a person's name.
const HONORIFICS: &[&str] = &["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame"];

/// Ranks of the peerage, which British news puts before the names of peers and judges
/// ("Lord Hutton", "Lady Hale", "Baroness Hale", "Lord Justice Leveson"): the words after
/// one are a person, as after [`HONORIFICS`], and the rank itself is no organization's
/// word. Apart from them because a rank alone is a word of names ("the Lord's Prayer",
/// "Lady Luck") that [`could_be_a_name`] must not turn down.
const PEERAGE_RANKS: &[&str] = &["lord", "lady", "baroness", "baron"];

impl Tagger<'_> {
    /// The capitalized words right after an honorific are a person, whatever the tagger
    /// thought ("Mr Okafor declined to comment").
    fn honorifics(&mut self, words: &[Word<'_>]) {
        let Some((b_per, i_per)) = self.span_labels(1) else {
            return;
        };
        for i in 0..words.len().saturating_sub(1) {
            if words[i].break_after || !words[i + 1].is_capitalized() {
                continue;
            }
            let folded = fold(words[i].text);
            let rank = PEERAGE_RANKS.contains(&folded.as_str()) && words[i].is_capitalized();
            if !(rank || HONORIFICS.contains(&folded.as_str()))
                || self.info[self.labels[i + 1] as usize].class == 1
            {
                continue;
            }
            if rank {
                self.labels[i] = self.outside;
            }
            let mut j = i + 1;
            while j < words.len() && words[j].is_capitalized() && (j == i + 1 || !words[j - 1].break_after) {
                self.labels[j] = if j == i + 1 { b_per } else { i_per };
                j += 1;
            }
        }
    }
}

/// An ordinal as numbered courts and circuits write it: "9th", "3rd", "Eleventh".
fn is_ordinal(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh",
    ];
    let digits = word.chars().take_while(char::is_ascii_digit).count();
    (digits > 0 && ["st", "nd", "rd", "th"].contains(&&word[digits..]))
        || (word.starts_with(char::is_uppercase) && WORDS.contains(&fold(word).as_str()))
}

impl Tagger<'_> {
    /// A court is one organization, whole, wherever the tagger's spans began and ended: the
    /// capitalized words before "Court" ("A High Court jury", "Manchester Crown Court"),
    /// those after "Court of" ("Court of Appeal"), and a numbered circuit ("the 9th
    /// Circuit", "U.S. Court of Appeals for the 9th Circuit").
    fn courts(&mut self, words: &[Word<'_>]) {
        let Some((b_org, i_org)) = self.span_labels(2) else {
            return;
        };
        let capitalized_name_word =
            |w: &Word<'_>| w.is_capitalized() && !is_function_word(&fold(w.text)) && !w.possessive;
        // Before "Court": no title or rank ("Deputy High Court judge"), no "San
        // Francisco-based".
        let court_word = |w: &Word<'_>| {
            let folded = fold(w.text);
            capitalized_name_word(w)
                && !super::lexicon::is_title_before_name(&folded)
                && !["deputy", "acting", "former", "interim"].contains(&folded.as_str())
                && modifier_base(w.text).is_none()
        };
        let mut k = 0;
        while k < words.len() {
            let circuit = words[k].text == "Circuit"
                && k > 0
                && !words[k - 1].break_after
                && is_ordinal(words[k - 1].text);
            if words[k].text != "Court" && !circuit {
                k += 1;
                continue;
            }
            let mut start = k;
            if circuit {
                start = k - 1;
            } else {
                while start > 0 && !words[start - 1].break_after && court_word(&words[start - 1]) {
                    start -= 1;
                }
            }
            // "Royal Court Theatre": a name that goes on past "Court" is the tagger's to read.
            if !words[k].break_after && words.get(k + 1).is_some_and(|w| w.is_capitalized()) {
                k += 1;
                continue;
            }
            let mut end = k + 1;
            // "Court of Appeal", "Court of Arbitration for Sport", "Court of Appeals for the
            // 9th Circuit".
            if !circuit && !words[k].break_after && words.get(k + 1).is_some_and(|w| w.text == "of") {
                let mut j = k + 2;
                while j < words.len() && capitalized_name_word(&words[j]) {
                    j += 1;
                    if words[j - 1].break_after {
                        break;
                    }
                    // "… for Sport", not "… for the 9th Circuit", read below.
                    if words[j].text == "for"
                        && !words[j].break_after
                        && words.get(j + 1).is_some_and(&capitalized_name_word)
                    {
                        j += 1;
                    }
                }
                if j > k + 2 {
                    end = j;
                    let tail = &words[end.min(words.len())..];
                    if !words[end - 1].break_after
                        && tail.len() >= 4
                        && tail[0].text == "for"
                        && tail[1].text == "the"
                        && is_ordinal(tail[2].text)
                        && tail[3].text == "Circuit"
                    {
                        end += 4;
                    }
                }
            }
            if end - start >= 2 {
                self.labels[start] = b_org;
                self.labels[start + 1..end].fill(i_org);
                // A name the tagger ran on past the court starts afresh.
                if let Some(next) = self.labels.get(end).map(|&l| self.info[l as usize])
                    && next.class != 0
                    && !next.begin
                    && let Some((b, _)) = self.span_labels(next.class)
                {
                    self.labels[end] = b;
                }
            }
            k = end.max(k + 1);
        }
    }
}

/// Lower-case words inside the name of a law ("Computer Fraud and Abuse Act", "Freedom of
/// Information Act").
const LAW_NAME_WORDS: &[&str] = &["and", "of", "for", "on", "the", "to", "in"];

impl Tagger<'_> {
    /// The name of a law is no organization, person or place, nor is any word of it: the
    /// tagger read "Computer Fraud and Abuse Act" as the organizations "Computer Fraud"
    /// and "Abuse Act", and "Lilly Ledbetter Fair Pay Act" as one named Lilly.
    fn laws(&mut self, words: &[Word<'_>]) {
        for end in 0..words.len() {
            let word = words[end].text;
            if word != "Act" || end == 0 {
                continue;
            }
            let mut start = end;
            while start > 0
                && !words[start - 1].break_after
                && (words[start - 1].is_capitalized() || LAW_NAME_WORDS.contains(&words[start - 1].text))
            {
                start -= 1;
            }
            while start < end && !words[start].is_capitalized() {
                start += 1;
            }
            if start < end {
                self.labels[start..=end].fill(self.outside);
            }
        }
    }
}

impl Tagger<'_> {
    /// A given name as old papers shorten it ([`old_given_name`]: "Wm. Thompson", "Chas.
    /// Baker", "Geo. W. Harris") starts a person's name, which goes on over the
    /// capitalized words and initials after it, whatever the tagger read.
    fn old_given_names(&mut self, words: &[Word<'_>]) {
        let Some((b_per, i_per)) = self.span_labels(1) else {
            return;
        };
        let mut i = 0;
        while i + 1 < words.len() {
            if words[i].break_after
                || !words[i + 1].is_capitalized()
                || old_given_name(words[i].text).is_none()
            {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            while end < words.len()
                && end - i <= 3
                && words[end].is_capitalized()
                && (end == i + 1 || !words[end - 1].break_after)
                && !is_company_form(&fold(words[end].text))
            {
                end += 1;
            }
            // "Alex. Brown & Sons": a firm named after its founder, which `firm_names` reads.
            if end < words.len() && !words[end - 1].break_after && is_company_form(&fold(words[end].text)) {
                i = end;
                continue;
            }
            self.label_span(i, end, (b_per, i_per));
            i = end;
        }
    }
}

/// Whether a word is a hyphenated given name as French, German and Nordic names join two
/// ("Jean-Claude", "Anne-Marie", "Hans-Dietrich", "Sven-Goran"): two capitalized halves of
/// letters, each of two letters or more and not all in capitals ("Hewlett-Packard" has
/// that shape too: [`Tagger::hyphenated_given_names`] asks more of it).
fn is_hyphenated_name_shape(word: &str) -> bool {
    let Some((a, b)) = word.split_once('-') else {
        return false;
    };
    let half = |h: &str| {
        h.chars().count() >= 2
            && h.starts_with(char::is_uppercase)
            && h.chars().all(char::is_alphabetic)
            && h.chars().skip(1).all(char::is_lowercase)
    };
    half(a) && half(b)
}

/// Whether a capitalized word after a given name can be its surname: a known surname, or
/// no common English word ("Eriksson", "Baker"; not "Furniture").
fn is_surname_not_noun(word: &str) -> bool {
    let folded = fold(word);
    is_last_name(&folded) || !super::gazetteer::is_common_word(&folded)
}

impl Tagger<'_> {
    /// A hyphenated given name and a surname after it ("Jean-Claude Juncker", "Sven-Goran
    /// Eriksson") are a person, whatever the tagger read: the model learnt the shape
    /// `Xx-Xx` mostly from firms ("Hewlett-Packard", "Coca-Cola") and read such people as
    /// organizations unless "Mr" came first. It is a given name when either half is a
    /// known given name ("Jean", "Marie", "Hans") or the name has a title before it ("coach
    /// Sven-Goran Eriksson"; a speech verb after it is no cue: "Coca-Cola Amatil said"); the
    /// surname is one or two capitalized words that are no firm's word, no place, no title
    /// and no common noun unless a known surname ("Clayton-Marcus Furniture"), and the
    /// hyphenated word is no place or known organization, nor has a place for a half
    /// ("Winston-Salem", "Mercedes-Benz", "Beijing-Santiago Copper").
    /// "Al" is too short a half to count as known: it is the Arabic article of
    /// "Al-Jazeera Arabic"; a nationality is none either ("Dutch-German Chamber"). No
    /// capitalized word follows the surname ("Guardian-Morton Shulman Precious Metals").
    fn hyphenated_given_names(&mut self, words: &[Word<'_>]) {
        let Some((b_per, i_per)) = self.span_labels(1) else {
            return;
        };
        let mut i = 0;
        while i + 1 < words.len() {
            let given = words[i].text;
            if words[i].break_after || self.class_at(i) == 1 || !is_hyphenated_name_shape(given) {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            while end < words.len()
                && end - i <= 2
                && (end == i + 1 || !words[end - 1].break_after)
                && is_name_word(words[end].text)
                && !is_hyphenated_name_shape(words[end].text)
                && !is_trade_word(&fold(words[end].text))
                && place(words[end].text).is_none()
                && is_surname_not_noun(words[end].text)
            {
                end += 1;
            }
            let known_half = given.split('-').any(|h| h.len() >= 3 && is_first_name(&fold(h)))
                && !given.split('-').any(|h| super::lexicon::is_demonym_or_name(&fold(h)));
            let whole = super::tokens::joined(&words[i..end]);
            if end > i + 1
                && (known_half || titled_before(words, i))
                && place(given).is_none()
                && given.split('-').all(|h| place(h).is_none())
                && known_org(given).is_none()
                && known_org(&whole).is_none()
                && words.get(end).is_none_or(|w| words[end - 1].break_after || !w.is_capitalized())
            {
                self.label_span(i, end, (b_per, i_per));
                i = end;
                continue;
            }
            i += 1;
        }
    }
}

impl Tagger<'_> {
    /// A Chinese or Korean family name read as a person goes on through the hyphenated
    /// given name after it that the tagger left out ("Finance Minister Chung In-yong",
    /// "Kim In-ho"): the model reads a first half that is an English word ("In-") as no
    /// name's. Both must read so together ([`super::east_asian::family_first`]: "Chung",
    /// then syllables such as "In-yong"), and the given name is capitalized and ends the
    /// name ("Kim Dae-jung", not "Kim Il-sung Square").
    fn family_first_given_names(&mut self, words: &[Word<'_>]) {
        let Some((_, i_per)) = self.span_labels(1) else {
            return;
        };
        for k in 1..words.len() {
            let (family, given) = (&words[k - 1], &words[k]);
            if self.class_at(k - 1) != 1
                || self.class_at(k) != 0
                || family.break_after
                || !given.text.contains('-')
                || !given.is_capitalized()
                || words.get(k + 1).is_some_and(|w| !given.break_after && w.is_capitalized())
                || (k >= 2 && self.class_at(k - 2) == 1 && !words[k - 2].break_after)
            {
                continue;
            }
            if super::east_asian::family_first(&format!("{} {}", family.text, given.text)).is_some() {
                self.labels[k] = i_per;
            }
        }
    }
}

/// Words that make a saint's name before them the name of a building or an institution:
/// "St. Mary's Church", "St. Elizabeth's Hospital", "St. Joseph's School".
const SAINTS_BUILDINGS: &[&str] = &[
    "church",
    "hospital",
    "school",
    "college",
    "cathedral",
    "chapel",
    "abbey",
    "academy",
    "university",
    "parish",
    "infirmary",
    "basilica",
    "seminary",
    "convent",
    "priory",
    "orphanage",
    "cemetery",
];

impl Tagger<'_> {
    /// A saint's name before a church, hospital, school and the like is part of that
    /// building's or institution's name ("St. Mary's Church", "St Thomas' Hospital",
    /// "Saint Joseph Catholic School"), not a person or a place: the whole is one
    /// organization, across the saint's possessive.
    fn saints_buildings(&mut self, line: &str, words: &[Word<'_>]) {
        let Some(org) = self.span_labels(2) else {
            return;
        };
        let mut i = 0;
        while i + 2 < words.len() {
            let saint = matches!(fold(words[i].text).as_str(), "st" | "st." | "saint" | "ste" | "ste.");
            if !saint || !words[i].is_capitalized() || words[i].break_after {
                i += 1;
                continue;
            }
            // The saint's name, then up to three words ending in the building ("St. Mary's
            // Roman Catholic Church"), with no punctuation but the saint's possessive.
            let mut end = i + 1;
            let mut building = None;
            while end < words.len() && end - i <= 5 && words[end].is_capitalized() {
                end += 1;
                let last = &words[end - 1];
                if SAINTS_BUILDINGS.contains(&fold(last.text).as_str()) {
                    building = Some(end).filter(|&end| end - i >= 3);
                    break;
                }
                if last.break_after && !text_after(line, last).starts_with(['\'', '’']) {
                    break;
                }
            }
            let Some(end) = building else {
                i += 1;
                continue;
            };
            self.label_span(i, end, org);
            for k in i..end - 1 {
                self.bridged[k] = true;
            }
            i = end;
        }
    }
}

/// Common nouns that, written right before a name, say what kind of organization it is:
/// "oil firm Yukos", "Premiership side Chelsea", "the band Franz Ferdinand".
const ORG_KIND_NOUNS: &[&str] = &[
    "firm",
    "company",
    "group",
    "giant",
    "maker",
    "carmaker",
    "bank",
    "airline",
    "retailer",
    "insurer",
    "operator",
    "chain",
    "conglomerate",
    "club",
    "side",
    "band",
    "newspaper",
    "broadcaster",
    "network",
    "label",
    "studio",
    "party",
    "charity",
];

/// Lawyers' words before "at" and a firm's name ("lawyers at Schillings", "a partner at
/// Jones Day").
const LAWYERS: &[&str] =
    &["lawyers", "lawyer", "solicitors", "solicitor", "partner", "partners", "barristers"];

impl Tagger<'_> {
    /// A law firm is an organization, though named after its partners as people are
    /// ("Leigh Day", "Reynolds Porter Chamberlain"): the capitalized words after "solicitors"
    /// ("Solicitors Leigh Day said", "instructed solicitors Carter-Ruck") or after lawyers
    /// "at" ("lawyers at Schillings"), and before ", the law firm" or ", a law firm", are
    /// one organization, whatever the tagger read.
    fn law_firms(&mut self, words: &[Word<'_>]) {
        let Some((b_org, i_org)) = self.span_labels(2) else {
            return;
        };
        let name_word = |w: &Word<'_>| w.is_capitalized() && !is_function_word(&fold(w.text));
        let mut start = 0;
        while start < words.len() {
            if !name_word(&words[start])
                || (start > 0 && !words[start - 1].break_after && name_word(&words[start - 1]))
            {
                start += 1;
                continue;
            }
            let mut end = start + 1;
            while end < words.len() && !words[end - 1].break_after && name_word(&words[end]) {
                end += 1;
            }
            // The word `n` before the name, when nothing parts them.
            let before = |n: usize| {
                start.checked_sub(n).filter(|_| !words[start - n].break_after).map(|k| words[k].text)
            };
            let after_solicitors = before(1) == Some("solicitors");
            let after_lawyers_at = before(1) == Some("at")
                && before(2).is_some_and(|w| LAWYERS.contains(&w.to_lowercase().as_str()));
            let the_law_firm = words[end - 1].break_after
                && words.get(end..end + 3).is_some_and(|next| {
                    ["the", "a"].contains(&next[0].text)
                        && next[1].text == "law"
                        && next[2].text.starts_with("firm")
                });
            // "Solicitors Leigh Day" starting a sentence.
            let from = if words[start].text.eq_ignore_ascii_case("solicitors") { start + 1 } else { start };
            if (after_solicitors || after_lawyers_at || the_law_firm || from > start) && from < end {
                self.labels[start..from].fill(self.outside);
                self.labels[from] = b_org;
                self.labels[from + 1..end].fill(i_org);
            }
            start = end;
        }
    }
}

impl Tagger<'_> {
    /// A name the tagger read as a person or a place right after a lower-case noun that
    /// names a kind of organization ("oil firm Yukos", "gas giant Gazprom", "carmaker
    /// Toyota", "Premiership side Chelsea") is that organization.
    fn kind_nouns(&mut self, words: &[Word<'_>]) {
        let Some((b_org, i_org)) = self.span_labels(2) else {
            return;
        };
        for i in 1..words.len() {
            let before = &words[i - 1];
            let label = self.info[self.labels[i] as usize];
            if before.break_after
                || !label.begin
                || !(label.class == 1 || label.class == 3)
                || !before.text.starts_with(|c: char| c.is_lowercase())
                || !ORG_KIND_NOUNS.contains(&before.text)
            {
                continue;
            }
            self.labels[i] = b_org;
            let mut k = i + 1;
            while k < words.len()
                && self.info[self.labels[k] as usize] == (LabelInfo { class: label.class, begin: false })
            {
                self.labels[k] = i_org;
                k += 1;
            }
        }
    }
}

impl Tagger<'_> {
    /// Names the tagger left unlabelled although their form says "person": a known first
    /// name or an initial followed by capitalized words ("Tomas Brennholt", "K. Oduya"), when
    /// no word of them is labelled, the first is not a place and nothing in them is an
    /// organization or geographic word.
    fn fill_gaps(&mut self, words: &[Word<'_>]) {
        let Some((b_per, i_per)) = self.span_labels(1) else {
            return;
        };

        let mut i = 0;
        while i + 1 < words.len() {
            let w = &words[i];
            let initial = w.text.len() == 2 && w.text.ends_with('.') && w.is_capitalized();
            let starts = w.is_capitalized()
                && !w.break_after
                && self.class_at(i) == 0
                && (initial || (is_first_name(&fold(w.text)) && place(w.text).is_none()));
            if !starts {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            while end < words.len()
                && end - i < 4
                && words[end].is_capitalized()
                && self.class_at(end) == 0
                && !words[end - 1].break_after
            {
                end += 1;
            }
            let rest_ok = end > i + 1
                && (i + 1..end).all(|k| {
                    let f = fold(words[k].text);
                    !is_company_form(&f)
                        && !GEO_WORDS.contains(&f.as_str())
                        && !is_function_word(&f)
                        && words[k].text.chars().any(char::is_lowercase)
                })
                && (end == words.len() || !is_company_form(&fold(words[end].text)));
            if rest_ok && place(words[i + 1].text).is_none() {
                self.label_span(i, end, (b_per, i_per));
            }
            i = end;
        }
    }
}

impl Tagger<'_> {
    /// Organizations the tagger left unlabelled: known ones ("ICE"), and two or more
    /// capitalized words, none labelled, ending in an institution word ("Metro Transit",
    /// "the Port Authority").
    fn fill_orgs(&mut self, words: &[Word<'_>]) {
        let Some((b_org, i_org)) = self.span_labels(2) else {
            return;
        };
        // Known organizations ("ICE", "White House") are organizations wherever they stand.
        let mut i = 0;
        let mut joined = String::new();
        let mut ends = [0; 4];
        while i < words.len() {
            let free = |k: usize| words[k].is_capitalized() && self.info[self.labels[k] as usize].class == 0;
            // Up to four unlabelled capitalized words in a row, without punctuation between.
            let mut run = 0;
            joined.clear();
            while run < 4
                && i + run < words.len()
                && free(i + run)
                && (run == 0 || !words[i + run - 1].break_after)
            {
                if run > 0 {
                    joined.push(' ');
                }
                joined.push_str(words[i + run].text);
                ends[run] = joined.len();
                run += 1;
            }
            let known = (1..=run).rev().find(|&n| {
                // One word at a sentence start must be an acronym: "Labour costs rose".
                (n > 1 || !words[i].sentence_start || words[i].is_acronym())
                    && known_org(&joined[..ends[n - 1]]).is_some()
            });
            // "Social Democrats" is no "Democrats" (but "Liberal Democrats" is known whole).
            let known = known.filter(|&n| !qualified(words, i, &joined[..ends[n - 1]]));
            if let Some(n) = known {
                self.labels[i] = b_org;
                for k in i + 1..i + n {
                    self.labels[k] = i_org;
                }
                i += n;
            } else {
                i += 1;
            }
        }
        let mut i = 0;
        while i < words.len() {
            let free = |k: usize| words[k].is_capitalized() && self.info[self.labels[k] as usize].class == 0;
            if !free(i) {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            while end < words.len() && !words[end - 1].break_after && free(end) {
                end += 1;
            }
            let mut start = i;
            while start < end
                && (is_function_word(&fold(words[start].text)) || is_title(&fold(words[start].text)))
            {
                start += 1;
            }
            if end - start >= 2
                && is_institution_word(&fold(words[end - 1].text))
                && (start..end).all(|k| !is_title(&fold(words[k].text)))
            {
                self.label_span(start, end, (b_org, i_org));
            }
            i = end;
        }
    }
}

impl Tagger<'_> {
    /// Two forms that say "person" whatever the tagger read, common in sports results and
    /// scorecards: an initial and a surname ("K. Oduya", "R. Pellworth 87"), and two or
    /// three name-like words right before a country in brackets ("Ilse Vandermeer (Belgium)",
    /// "Aino Rautavaara (Finland) beat ...").
    fn person_shapes(&mut self, line: &str, words: &[Word<'_>]) {
        let Some((b_per, i_per)) = self.span_labels(1) else {
            return;
        };
        let name_like = |w: &Word<'_>| is_name_word(w.text);
        let mut i = 0;
        while i < words.len() {
            let w = &words[i];
            let initial = w.text.len() == 2 && w.text.ends_with('.') && w.is_capitalized();
            if initial && self.info[self.labels[i] as usize].class != 1 {
                let mut end = i + 1;
                while end < words.len()
                    && end - i <= 2
                    && !words[end - 1].break_after
                    && name_like(&words[end])
                {
                    end += 1;
                }
                if end > i + 1 && place(words[end - 1].text).is_none() {
                    self.label_span(i, end, (b_per, i_per));
                    i = end;
                    continue;
                }
            }
            i += 1;
        }
        // "Name Surname (Country)".
        for end in 2..words.len() {
            let before = &words[end - 1];
            let after = text_after(line, before);
            let country = &words[end];
            if !before.break_after
                || !after.trim_start().starts_with('(')
                || !words[end].break_after
                || place(country.text).is_none_or(|p| p.kind == "city")
            {
                continue;
            }
            let mut start = end - 1;
            while start > 0
                && end - start < 3
                && !words[start - 1].break_after
                && name_like(&words[start - 1])
            {
                start -= 1;
            }
            let run: Vec<&str> = words[start..end].iter().map(|w| w.text).collect();
            if end - start >= 2
                && (start..end).all(|k| name_like(&words[k]))
                && (start..end).all(|k| place(words[k].text).is_none())
                && known_org(&run.join(" ")).is_none()
            {
                self.label_span(start, end, (b_per, i_per));
            }
        }
    }
}

impl Tagger<'_> {
    /// A given name and a surname right after an organization's or a place's possessive
    /// (or a party's, which the tagger reads as a miscellaneous name),
    /// with at most a few lower-case words of a role between ("Liberal Democrats' economics
    /// spokesman Vincent Cable", "The Green Party's Caroline Lucas", "the CBI's Digby
    /// Jones"), are a person, whatever the tagger read: the possessive says who the person
    /// speaks or works for. A name that is no given name and surname stays as read
    /// ("Panasonic's Hollywood Laboratories", "Britain's Virgin Atlantic").
    fn people_after_possessives(&mut self, line: &str, words: &[Word<'_>]) {
        let Some((b_per, i_per)) = self.span_labels(1) else {
            return;
        };
        for k in 0..words.len().saturating_sub(2) {
            let owner = &words[k];
            let plural_possessive = owner.text.ends_with('s')
                && text_after(line, owner)
                    .strip_prefix(['\'', '’'])
                    .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric));
            if !(owner.possessive || plural_possessive)
                || !owner.is_capitalized()
                || !matches!(self.class_at(k), 2..=4)
            {
                continue;
            }
            // The role: up to four lower-case words, none of them a verb's or a function
            // word ("'s plans for Tony Blair" is no role).
            let mut start = k + 1;
            // (The possessive itself counts as a break after its word.)
            let joined = |w: usize| w == k || !words[w].break_after;
            while start < words.len()
                && start - k <= 4
                && joined(start - 1)
                && words[start].text.starts_with(char::is_lowercase)
                && !is_function_word(&fold(words[start].text))
            {
                start += 1;
            }
            if start - k > 4 || start >= words.len() || !joined(start - 1) {
                continue;
            }
            let end = name_run_end(words, start);
            let name = super::tokens::joined(&words[start..end]);
            if end - start >= 2
                && self.class_at(start) != 1
                && (is_first_name(&fold(words[start].text)) || is_last_name(&fold(words[end - 1].text)))
                && !words[start..end].iter().any(|w| is_institution_word(&fold(w.text)))
                && place(&name).is_none()
                && known_org(&name).is_none()
                && words.get(end).is_none_or(|next| !next.is_capitalized() || words[end - 1].break_after)
                && !names_a_publication(words, end)
            {
                self.label_span(start, end, (b_per, i_per));
            }
        }
    }
}

impl Tagger<'_> {
    /// A given name and a surname right after a lower-case role or title ("Former Worldcom
    /// boss Bernie Ebbers is on trial", "chief executive Bernie Ebbers said") are a person,
    /// whatever the tagger read: the model, meeting a surname it has never seen, read
    /// "Bernie Ebbers" as a firm, and "Worldcom boss Bernard Ebbers" as one. The role is no
    /// part of a name either. A name that is no given name and surname, or a known
    /// organization or place, stays as read.
    fn people_after_roles(&mut self, words: &[Word<'_>]) {
        let Some((b_per, i_per)) = self.span_labels(1) else {
            return;
        };
        for start in 1..words.len().saturating_sub(1) {
            // (The given name first: the role is looked for before few words.)
            if !is_name_word(words[start].text) || !is_first_name(&fold(words[start].text)) {
                continue;
            }
            let role = (1..=2).find(|&n| {
                start >= n
                    && words[start - n..start]
                        .iter()
                        .all(|w| !w.break_after && w.text.starts_with(char::is_lowercase))
                    && super::lexicon::is_title_before_name(
                        &words[start - n..start].iter().map(|w| fold(w.text)).collect::<Vec<_>>().join(" "),
                    )
            });
            let Some(role) = role else {
                continue;
            };
            // "lead manager Morgan Stanley said": a bank running a bond issue, no person.
            let issue_manager = words[start - 1].text == "manager"
                && start > role
                && BOND_MANAGER_WORDS.contains(&fold(words[start - role - 1].text).as_str());
            if issue_manager {
                continue;
            }
            let end = name_run_end(words, start);
            let name = super::tokens::joined(&words[start..end]);
            if end - start >= 2
                && self.class_at(start) != 1
                && !words[start..end].iter().any(|w| is_institution_word(&fold(w.text)) || w.possessive)
                && place(&name).is_none()
                && known_org(&name).is_none()
                && words.get(end).is_none_or(|next| !next.is_capitalized() || words[end - 1].break_after)
            {
                for k in start - role..start {
                    self.labels[k] = self.outside;
                }
                self.label_span(start, end, (b_per, i_per));
            }
        }
    }
}

/// Whether the name that ends before word `end` titles a publication, the lower-case noun
/// of one following it: "the department's latest Export Sales report" is no person.
fn names_a_publication(words: &[Word<'_>], end: usize) -> bool {
    end > 0
        && !words[end - 1].break_after
        && words.get(end).is_some_and(|next| {
            matches!(
                next.text,
                "report"
                    | "reports"
                    | "survey"
                    | "index"
                    | "bulletin"
                    | "study"
                    | "figures"
                    | "data"
                    | "estimates"
            )
        })
}

/// The end of the name of at most three name words starting at `start`, stopping after a
/// word a break follows: the name after a role or a possessive.
fn name_run_end(words: &[Word<'_>], start: usize) -> usize {
    let mut end = start;
    while end < words.len() && end - start < 3 && is_name_word(words[end].text) {
        end += 1;
        if words[end - 1].break_after {
            break;
        }
    }
    end
}

/// Words before "manager" that make it the bank running a bond issue ("lead manager Morgan
/// Stanley", "said sole manager Merrill Lynch"), not a person's role.
const BOND_MANAGER_WORDS: &[&str] =
    &["lead", "sole", "joint", "co-lead", "co", "book-running", "bookrunning"];

/// Words of geographic features, which make a name a place ("Virginia Beach").
const GEO_WORDS: &[&str] = &[
    "lake", "river", "mount", "street", "avenue", "road", "park", "valley", "county", "island", "bay",
    "beach", "falls", "heights", "hills", "square", "bridge", "city", "airport", "station",
];

/// Lower-case particles inside people's names.
pub(crate) const PARTICLES: &[&str] =
    &["de", "van", "von", "der", "den", "da", "di", "del", "dos", "du", "la", "le", "bin", "ibn"];

/// Arabic articles and kin words written joined by a hyphen to the capitalized name
/// after them ("al-Sabah", "el-Sadat", "bin-Laden"): a word so written is a word of a
/// person's name, though it starts in lower case ("Sheikh Ali al-Khalifa al-Sabah").
const JOINED_PARTICLES: &[&str] = &["al-", "el-", "ad-", "ash-", "bin-", "ibn-", "abu-"];

/// Whether a run of words opens on a given name, not on an article ("Al-Rai al-Aam", a
/// newspaper, "al-Dhahiri" alone): only then are the hyphenated articles inside it words
/// of a person's name.
fn opens_a_name(run: &[&str]) -> bool {
    run.first()
        .is_some_and(|w| w.starts_with(char::is_uppercase) && !is_joined_particle_name(&title_first(w)))
}

/// `word` with its first letter in lower case ("al-Rai" for "Al-Rai").
fn title_first(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

/// Lower-case nouns of a place after a name, which make the name a place's though it
/// holds an Arabic article ("the Jebel al-Akhdar region", "the Ain el-Hilweh camp").
const PLACE_NOUNS_AFTER: &[&str] =
    &["region", "area", "camp", "field", "oilfield", "mountains", "province", "district", "valley", "desert"];

/// Whether `word` is a name word opened by a lower-case particle and a hyphen
/// ("al-Oteiba"): see [`JOINED_PARTICLES`].
pub(crate) fn is_joined_particle_name(word: &str) -> bool {
    JOINED_PARTICLES.iter().any(|p| {
        word.strip_prefix(p).is_some_and(|rest| {
            rest.chars().next().is_some_and(char::is_uppercase)
                && rest.chars().filter(|c| c.is_alphabetic()).count() >= 2
        })
    })
}

/// The length of an "ex-" before a name ("ex-England", "Ex-BBC"), or 0. "Ex-Im Bank" and
/// "Ex-Cell-O Corp" are names of their own: what follows is a word of three letters or
/// more without another hyphen.
fn former_prefix_len(word: &str) -> usize {
    let Some(rest) = word.strip_prefix("ex-").or_else(|| word.strip_prefix("Ex-")) else {
        return 0;
    };
    let named = rest.starts_with(char::is_uppercase)
        && rest.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !rest.contains('-');
    if named { 3 } else { 0 }
}

/// Whether the "and" at `and` in an organization's span joins two names, not one name's
/// words ("Procter and Gamble", "Trinidad and Tobago"): a company's legal form ends the
/// first ("Johnson Controls Inc and Lear Corp"), or each side is a place the whole is not
/// ("Rotterdam and Ghent").
fn joins_two_names(words: &[Word<'_>], start: usize, and: usize, end: usize) -> bool {
    let text = |from: usize, to: usize| super::tokens::joined(&words[from..to]);
    is_legal_form(&fold(words[and - 1].text))
        || (place(&text(start, and)).is_some()
            && place(&text(and + 1, end)).is_some()
            && place(&text(start, end)).is_none())
}

fn is_name_word(word: &str) -> bool {
    let f = fold(word);
    word.starts_with(char::is_uppercase)
        && word.chars().any(char::is_lowercase)
        && !word.chars().any(|c| c.is_ascii_digit())
        && !is_company_form(&f)
        && !GEO_WORDS.contains(&f.as_str())
        && !is_function_word(&f)
        && !is_title(&f)
}

/// Byte offset of a word inside its line.
fn offset(line: &str, word: &str) -> usize {
    word.as_ptr() as usize - line.as_ptr() as usize
}

/// The text of the line before a word.
fn text_before<'l>(line: &'l str, word: &Word<'_>) -> &'l str {
    &line[..offset(line, word.text)]
}

/// The text of the line after a word.
fn text_after<'l>(line: &'l str, word: &Word<'_>) -> &'l str {
    &line[offset(line, word.text) + word.text.len()..]
}

/// The text between two words of the line (`a` before `b`).
fn text_between<'l>(line: &'l str, a: &Word<'_>, b: &Word<'_>) -> &'l str {
    &line[offset(line, a.text) + a.text.len()..offset(line, b.text)]
}

/// Is there a title right before word `start` ("Mr Frey", "said chief executive Tim Cook")?
fn titled_before(words: &[Word<'_>], start: usize) -> bool {
    (1..=2).any(|n| {
        start >= n && !words[start - n..start].iter().any(|w| w.break_after) && {
            let phrase: Vec<String> = words[start - n..start].iter().map(|w| fold(w.text)).collect();
            super::lexicon::is_title_before_name(&phrase.join(" "))
        }
    })
}

fn span_mentions(
    line: &str,
    words: &[Word<'_>],
    start: usize,
    end: usize,
    class: u8,
    teams: bool,
    out: &mut Vec<Mention>,
) {
    // Leading function words are not part of a name, nor are numbers at either end
    // ("Midlands 83", "R. Pellworth 5-40" in score tables).
    let mut start = start;
    let mut end = end;
    // A person's generational suffix the tagger left out is the end of the name: "Martin
    // Luther King III".
    if class == 1
        && !words[end - 1].break_after
        && words.get(end).is_some_and(|w| is_generational_suffix(w.text))
    {
        end += 1;
    }
    let numeric =
        |w: &Word<'_>| w.text.chars().any(|c| c.is_ascii_digit()) || !w.text.chars().any(char::is_alphabetic);
    // An organization or place keeps a leading ordinal or number word ("First Union
    // Corp", "One Liberty Plaza"), which is otherwise a function word.
    // So does a court its ordinal ("9th Circuit").
    let circuit = words[end - 1].text == "Circuit";
    let keeps = |w: &Word<'_>, rest: usize| {
        class != 1
            && rest >= 2
            && ((w.is_capitalized() && NUMBER_WORDS.contains(&fold(w.text).as_str()))
                || (circuit && is_ordinal(w.text)))
    };
    // Nor a given name that is also a function word ("Will Smith", "May Yohe").
    let given = |k: usize| {
        class == 1
            && k + 1 < end
            && words[k].is_capitalized()
            && !words[k].sentence_start
            && is_given_name_that_is_a_word(&fold(words[k].text))
    };
    while start < end
        && (((is_function_word(&fold(words[start].text)) || numeric(&words[start]))
            && !keeps(&words[start], end - start)
            && !given(start))
            || is_market_jargon(words[start].text))
    {
        start += 1;
    }
    // Nor a portfolio that ends a title written with "of" before a person's name ("Minister
    // of Mines and Energy Subroto", "Minister of Energy and Mines Subroto").
    if class == 1
        && start > 0
        && !words[start - 1].break_after
        && matches!(words[start - 1].text, "of" | "and" | "&")
    {
        // (Each portfolio of the list, and the "and" between them.)
        while end - start >= 2
            && (is_portfolio(&fold(words[start].text))
                || (matches!(words[start].text, "and" | "&") && is_portfolio(&fold(words[start + 1].text))))
        {
            start += 1;
        }
    }
    // Nor does a name end in a lower-case function word ("Johnson Controls Inc and").
    let lower_function_word =
        |w: &Word<'_>| w.text.starts_with(char::is_lowercase) && is_function_word(&fold(w.text));
    // Nor in when it happened ("Clure Public Marine Terminal on Thursday").
    while end >= start + 3
        && is_day_or_month(&fold(words[end - 1].text))
        && ["on", "in", "since", "until", "by", "from", "before", "after"].contains(&words[end - 2].text)
    {
        end -= 2;
    }
    // Nor does an organization's name end in a month or a day: the month of a figure the
    // name was glued to ("Opec February output", "OPEC March production").
    while class == 2 && end >= start + 2 && {
        let last = fold(words[end - 1].text);
        is_day_or_month(&last) || is_month(&last)
    } {
        end -= 1;
    }
    // Nor in a case's "v" ("Dobbs v" of "Dobbs v Jackson" as the tagger cut it).
    while end > start
        && (numeric(&words[end - 1])
            || lower_function_word(&words[end - 1])
            || matches!(words[end - 1].text, "v" | "v." | "vs" | "vs.")
            || is_market_jargon(words[end - 1].text))
    {
        end -= 1;
    }
    if start == end {
        return;
    }
    // "ex-England fast bowler", "Ex-BBC presenter": a former tie to the name that follows.
    // A former portfolio before its title ("Ex-Home Secretary David Blunkett") names none,
    // and no person's name starts so.
    let former = former_prefix_len(words[start].text);
    if former > 0
        && (class == 1 || (end - start == 1 && words.get(end).is_some_and(|w| is_title(&fold(w.text)))))
    {
        return;
    }
    let run: Vec<&str> = words[start..end].iter().map(|w| w.text).collect();
    if is_bracketed_symbol(line, &words[start..end])
        || names_a_scale(words, end)
        || names_an_event(&run)
        || names_a_crude_grade(&run)
        || is_an_award(&run)
    {
        return;
    }
    if !could_be_a_name(&run) || (class == 1 && run.len() == 1 && start == 0 && is_table_row(&words[1..])) {
        return;
    }
    if class == 1 && run.len() == 1 && words.get(end).is_some_and(|w| AGREEMENTS.contains(&w.text)) {
        return;
    }
    if class != 1 && country_then_person(&run, out) {
        return;
    }
    // "the Lago Agrio to Balao pipeline": the ends of a route are places, whatever the
    // tagger read, and two of them.
    if matches!(class, 2 | 3) && is_end_of_a_route(words, start, end) {
        match (start + 1..end - 1).find(|&k| words[k].text == "to") {
            Some(to) => {
                out.push(Mention::new(Kind::Place, super::tokens::joined(&words[start..to])));
                out.push(Mention::new(Kind::Place, super::tokens::joined(&words[to + 1..end])));
            }
            None => out.push(Mention::new(Kind::Place, run.join(" "))),
        }
        return;
    }
    // "TOPEKA, Kan.": a wire's abbreviation of a state after a place and a comma is the
    // state, whatever the tagger read ("Kan" is no person, "Wash." no organization), and
    // the dateline's place in capitals before it is a place.
    if class != 3
        && end - start == 1
        && start > 0
        && words[start - 1].is_capitalized()
        && text_between(line, &words[start - 1], &words[start]).trim() == ","
        && let Some(state) = state_after_a_place(run[0])
    {
        if start == 1 && words[0].is_acronym() {
            let city = place(words[0].text)
                .map_or_else(|| super::title_case(words[0].text), |p| p.canonical.to_string());
            out.push(Mention::new(Kind::Place, city));
        }
        out.push(Mention::new(Kind::Place, state.to_string()));
        return;
    }
    if class == 2
        && let Some(and) =
            (start + 1..end - 1).find(|&k| words[k].text == "and" && joins_two_names(words, start, k, end))
    {
        span_mentions(line, words, start, and, class, teams, out);
        span_mentions(line, words, and + 1, end, class, teams, out);
        return;
    }
    match class {
        // "Fergus Falls", "Stevens Point", "Pearl Harbour": a place, though the tagger read
        // a person's name (a lake ends people's names too: Ricki Lake).
        1 if end - start >= 2
            && !titled_before(words, start)
            && fold(words[end - 1].text) != "lake"
            && names_a_natural_feature(&words[start..end]) =>
        {
            out.push(Mention::new(Kind::Place, run.join(" ")));
        }
        // "in St Paul", "San Jose": a known place's whole name, though the tagger read a
        // person's.
        1 if let Some(known) =
            (end - start >= 2 && !titled_before(words, start)).then(|| place(&run.join(" "))).flatten() =>
        {
            out.push(Mention::new(Kind::Place, known.canonical.to_string()));
        }
        // "Kohlberg Kravis", "Age Concern": a known organization's name, though the tagger
        // read a person's ("Mr Reuter" is still a person).
        1 if let Some(org) = (!titled_before(words, start)).then(|| known_org(&run.join(" "))).flatten() => {
            out.push(Mention::new(Kind::Org, org.to_string()));
        }
        // "South African president Thabo Mbeki": a name right after a title is a person's,
        // though the tagger read a place, when the gazetteer knows no place in it.
        3 if end - start >= 2
            && titled_before(words, start)
            && run.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) && place(w).is_none())
            && place(&run.join(" ")).is_none()
            && known_org(&run.join(" ")).is_none() =>
        {
            person_mentions(&run, true, out)
        }
        // "Secretary of Agriculture Richard Lyng": the department of a title written with
        // "of" is part of the title, and the name after it a person's, though the tagger
        // read the whole as an organization.
        2 if let Some(k) = name_after_title_of(words, start, end) => {
            person_mentions(&run[k - start..], true, out)
        }
        // "the Jebel al-Akhdar region": a place whose name holds an Arabic article.
        1 if run.iter().any(|w| is_joined_particle_name(w))
            && !words[end - 1].break_after
            && words.get(end).is_some_and(|w| PLACE_NOUNS_AFTER.contains(&w.text)) =>
        {
            out.push(Mention::new(Kind::Place, run.join(" ")));
        }
        1 => person_mentions(&run, titled_before(words, start), out),
        2 | 3 => {
            let text = &line[offset(line, words[start].text) + former
                ..offset(line, words[end - 1].text) + words[end - 1].text.len()];
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            // "London-based": the place is London; "US-led" names the US, "State-owned"
            // and "BB-minus" nothing.
            let text = match modifier_base(&text) {
                None => text,
                Some(Some(base)) => base.to_string(),
                Some(None) => return,
            };
            if !text.chars().any(char::is_alphabetic) {
                return;
            }
            // "Pittsburgh, Pa.": a wire's abbreviation of a state right after a place.
            let after_a_place = class == 3
                && end - start == 1
                && start > 0
                && words[start - 1].is_capitalized()
                && text_between(line, &words[start - 1], &words[start]).trim() == ",";
            let mention = if let Some(org) = with_word_before(words, start, &text)
                .and_then(|whole| known_org(&whole))
                .filter(|_| known_org(&text).is_some())
            {
                Mention::new(Kind::Org, org.to_string())
            } else if let Some(org) = known_org(&text) {
                Mention::new(Kind::Org, org.to_string())
            } else if let Some(country) = country_before_a_noun(&run) {
                // "five U.S. Firms", "the U.S. Gulf": no organization, whatever the tagger read.
                country
            } else if let Some(state) = after_a_place.then(|| state_after_a_place(&text)).flatten() {
                Mention::new(Kind::Place, state.to_string())
            } else if class == 2 && teams {
                Mention::new(Kind::Org, text) // a team in a table row, though named as its town
            } else if let Some(p) = place(&text).or_else(|| place(&text.replace(" & ", " and "))) {
                Mention::new(Kind::Place, p.canonical.to_string())
            } else if class == 2 && end - start >= 2 && names_a_natural_feature(&words[start..end]) {
                // "Lake Superior", "Yangtze River", "Yukon Territory": a place, even when the
                // tagger read the context as an organization's.
                Mention::new(Kind::Place, text)
            } else if class == 2 || (end - start >= 2 && ends_no_place(&fold(words[end - 1].text))) {
                // "Metro Transit", "Port Authority": the last word says organization, even
                // when the tagger read the first as a place.
                Mention::new(Kind::Org, text)
            } else {
                Mention::new(Kind::Place, text)
            };
            // A dateline's place in capitals the gazetteer does not know ("ARMONK, N.Y. --")
            // is written as the known ones are, in title case ("Armonk", as "DALLAS" is
            // "Dallas").
            let dateline = start == 0
                && words[start..end]
                    .iter()
                    .all(|w| w.text.chars().filter(|c| c.is_alphabetic()).count() >= 3)
                && words[start..end].iter().all(Word::is_acronym)
                && text_after(line, &words[end - 1]).trim_start().starts_with([',', '-', '(', '—', '–']);
            let mention = match mention {
                Mention { kind: Kind::Place, name, .. } if dateline => {
                    Mention::new(Kind::Place, super::title_case(&name))
                }
                other => other,
            };
            out.push(mention);
        }
        // "the Tories", "OPEC" read as a miscellaneous name (as "Tory" is, an adjective):
        // an organization known by that name.
        // A word before it that makes it another party's name does not ("Liberal
        // Democrats", "Social Democrats"): the whole name when it is known, else none.
        4 if let Some(org) = known_org(&run.join(" ")) => {
            if let Some(whole) = with_word_before(words, start, &run.join(" ")).and_then(|w| known_org(&w)) {
                out.push(Mention::new(Kind::Org, whole.to_string()));
            } else if !qualified(words, start, &run.join(" ")) {
                out.push(Mention::new(Kind::Org, org.to_string()));
            }
        }
        _ => {}
    }
}

/// Where a person's name starts inside an organization's span `start..end` right after a
/// title written with "of" ("Secretary of Agriculture Richard Lyng"): the department's one
/// or two words, then a known given name and one or two more words.
fn name_after_title_of(words: &[Word<'_>], start: usize, end: usize) -> Option<usize> {
    if start < 2
        || words[start - 1].text != "of"
        || words[start - 2].break_after
        || words[start - 1].break_after
    {
        return None;
    }
    if !is_title(&fold(words[start - 2].text)) {
        return None;
    }
    (start + 1..=start + 2).find(|&k| {
        k < end
            && (2..=3).contains(&(end - k))
            && words[start..end - 1].iter().all(|w| !w.break_after)
            && is_first_name(&fold(words[k].text))
            && !is_first_name(&fold(words[start].text))
    })
}

/// The name `name` (of words from `start`) with the capitalized word right before it, when
/// nothing parts them: "Liberal" and "Democrats".
fn with_word_before(words: &[Word<'_>], start: usize, name: &str) -> Option<String> {
    let before = words.get(start.checked_sub(1)?)?;
    (before.is_capitalized() && !before.break_after).then(|| format!("{} {name}", before.text))
}

/// Whether the known organization `name` (of words from `start`) is part of another
/// organization's name: a capitalized word right before it that is no place, nationality,
/// title, function word or chamber of a parliament ("Social Democrats", "Young
/// Republicans"; not "Senate Democrats", "Scottish Labour", "The Tories"), and with it no
/// known organization of its own.
fn qualified(words: &[Word<'_>], start: usize, name: &str) -> bool {
    const CHAMBERS: &[&str] = &["senate", "house", "congressional", "assembly", "state", "new"];
    let Some(whole) = with_word_before(words, start, name) else {
        return false;
    };
    let before = fold(words[start - 1].text);
    known_org(&whole).is_none()
        && known_org(name).is_some()
        && !is_function_word(&before)
        && !is_title(&before)
        && !is_demonym(&before)
        && !CHAMBERS.contains(&before.as_str())
        && place(words[start - 1].text).is_none()
        && !words[start - 1].is_acronym()
}

/// Nouns for a way from one place to another, after the names of its ends ("the Lago
/// Agrio to Balao pipeline", "the London to Brighton road").
const ROUTE_NOUNS: &[&str] =
    &["pipeline", "railway", "railroad", "road", "highway", "motorway", "route", "canal"];

/// Whether words `start..end` are one end (or both, "A to B") of a route: "<A> to <B>
/// <route noun>", all capitalized but the "to", nothing between.
fn is_end_of_a_route(words: &[Word<'_>], start: usize, end: usize) -> bool {
    let mut from = start;
    while from > 0
        && !words[from - 1].break_after
        && (words[from - 1].is_capitalized() || words[from - 1].text == "to")
    {
        from -= 1;
    }
    let mut to = end;
    while to < words.len()
        && !words[to - 1].break_after
        && (words[to].is_capitalized() || words[to].text == "to")
    {
        to += 1;
    }
    let joins = (from..to).filter(|&k| words[k].text == "to").count() == 1
        && words[from].text != "to"
        && words[to - 1].text != "to";
    joins && !words[to - 1].break_after && words.get(to).is_some_and(|w| ROUTE_NOUNS.contains(&w.text))
}

/// Whether the name ending before word `end` names a scale, not its namesake: "on the
/// Mercalli scale", "6.1 on the Richter scale" name neither an organization nor a person
/// ("Companies scale back" is the verb).
fn names_a_scale(words: &[Word<'_>], end: usize) -> bool {
    end > 0
        && !words[end - 1].break_after
        && words.get(end).is_some_and(|w| w.text == "scale" || w.text == "scales")
        && !words.get(end + 1).is_some_and(|w| matches!(w.text, "back" | "down" | "up"))
}

/// Credit ratings, the closed scales of the rating agencies ("rated AAA", "cut to BBB",
/// "BBB-plus Hechinger Co", Moody's "Baa"), which the tagger reads as organizations. Not
/// the bare grades that are also names: "CCC" (the Commodity Credit Corp), "AA" (the
/// Automobile Association).
fn is_credit_rating(word: &str) -> bool {
    const BARE: &[&str] = &["AAA", "BBB", "BB", "Aaa", "Baa", "Caa"];
    const GRADES: &[&str] =
        &["AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C", "Aaa", "Aa", "Baa", "Ba", "Caa", "Ca"];
    match ["-plus", "-minus", "+", "-"].iter().find_map(|s| word.strip_suffix(s)) {
        Some(grade) => GRADES.contains(&grade),
        None => BARE.contains(&word),
    }
}

/// The trade terms of commodity contracts (Incoterms: "FOB Rotterdam", "CIF Europe",
/// "C&F"), written in capitals or with periods, which the tagger reads as names.
const TRADE_TERMS: &[&str] = &[
    "fob", "f.o.b.", "cif", "c.i.f.", "cfr", "c&f", "cnf", "exw", "fca", "cpt", "cip", "ddp", "ddu", "dap",
    "dpu",
];

/// A credit rating or a trade term: market jargon, no name and no part of one.
fn is_market_jargon(word: &str) -> bool {
    is_credit_rating(word)
        || (!word.chars().any(char::is_lowercase) && TRADE_TERMS.contains(&fold(word).as_str()))
}

/// Words that end the name of a grade of crude oil after the region it comes from ("West
/// Texas Intermediate", "Louisiana Sweet", "Arab Light", "Brent Blend").
const CRUDE_GRADES: &[&str] = &["intermediate", "sweet", "sour", "light", "heavy", "medium", "blend"];

/// Whether a name is a grade of crude oil, a commodity, not an organization, person or
/// place: a place or a nationality followed by one of [`CRUDE_GRADES`] ("West Texas
/// Sour", "Arab Heavy"), or any name ending in "Blend" or "Intermediate", which no
/// person's or place's does ("Brent Blend").
fn names_a_crude_grade(run: &[&str]) -> bool {
    let [region @ .., last] = run else {
        return false;
    };
    let last = fold(last);
    if region.is_empty() || !CRUDE_GRADES.contains(&last.as_str()) {
        return false;
    }
    let region = region.join(" ");
    matches!(last.as_str(), "blend" | "intermediate")
        || place(&region).is_some()
        || is_demonym(&fold(&region))
        || region.split_once(' ').is_some_and(|(side, rest)| {
            matches!(side, "West" | "East" | "North" | "South") && place(rest).is_some()
        })
}

/// Ordinal and number words, which lead some organizations' and places' names.
const NUMBER_WORDS: &[&str] = &["first", "second", "third", "one", "two", "three", "four", "five"];

/// Whether a name ending in this (folded) word is an organization even when the tagger
/// read a place: an institution word, other than "bank", which ends places too ("West
/// Bank", "South Bank").
fn ends_no_place(folded: &str) -> bool {
    is_institution_word(folded) && folded != "bank"
}

/// Last words of the names of competitions and events ("U.S. Open", "World Cup", "BellSouth
/// Classic"), which the tagger can read as organizations or people.
const EVENT_ENDINGS: &[&str] = &[
    "open",
    "cup",
    "championship",
    "championships",
    "trophy",
    "tournament",
    "classic",
    "olympics",
    "prix",
    "marathon",
];

/// Awards named alone, which the tagger reads as people ("Oscar voters", "the Bafta
/// nominations") or places ("at the Grammys").
const AWARDS: &[&str] = &["oscar", "oscars", "grammy", "grammys", "emmy", "emmys", "bafta", "baftas"];

/// Whether a name is an award, which CoNLL tags MISC and is no person, organization or
/// place, whatever the tagger read: an award alone ("the Baftas", "Grammys") or with its
/// noun ("Golden Globe", "Brit Awards", "Academy Award"). A person of the name is named in
/// full ("Oscar Pistorius").
fn is_an_award(run: &[&str]) -> bool {
    let folded: Vec<String> = run.iter().map(|w| fold(w)).collect();
    match folded.as_slice() {
        [one] => AWARDS.contains(&one.as_str()),
        [first, .., last] => {
            (AWARDS.contains(&first.as_str()) || matches!(first.as_str(), "brit" | "academy"))
                && matches!(last.as_str(), "award" | "awards" | "globe" | "globes")
                || (first == "golden" && matches!(last.as_str(), "globe" | "globes"))
        }
        [] => false,
    }
}

/// Whether a name of two words or more is a competition or event: it ends in one of
/// [`EVENT_ENDINGS`] ("Texas Open", "UEFA Cup"), and no word of it says organization.
fn names_an_event(run: &[&str]) -> bool {
    let folded: Vec<String> = run.iter().map(|w| fold(w)).collect();
    run.len() >= 2
        && folded.last().is_some_and(|f| EVENT_ENDINGS.contains(&f.as_str()))
        && !folded.iter().any(|f| is_company_form(f) || is_institution_word(f))
}

/// Whether these words are a stock symbol in angle brackets, as news wires write them
/// after a company's name ("General Electric Co <GE>", "<ANZA.S>"): capitals only,
/// with nothing else between the brackets. A company's full name in brackets ("<Conoco
/// Inc>") is a name.
fn is_bracketed_symbol(line: &str, words: &[Word<'_>]) -> bool {
    words.iter().all(Word::is_acronym)
        && text_before(line, &words[0]).trim_end().ends_with('<')
        && text_after(line, &words[words.len() - 1]).trim_start().starts_with('>')
}

/// Time zones, which the tagger can read as organizations ("at 1400 GMT").
const TIME_ZONES: &[&str] =
    &["gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt"];

/// Holidays and feasts, which the tagger can read as people ("over Easter").
const HOLIDAYS: &[&str] = &[
    "easter",
    "christmas",
    "thanksgiving",
    "ramadan",
    "eid",
    "hanukkah",
    "diwali",
    "passover",
    "halloween",
    "pentecost",
    "lent",
];

/// Lower-case nouns for an agreement: the lone word right before one names the agreement
/// ("the Louvre accord", "the Plaza agreement"), not a person.
const AGREEMENTS: &[&str] = &["accord", "accords", "agreement", "pact", "treaty"];

/// Currencies, which end an amount and no name ("100 mln U.S. Dlrs", "Hong Kong
/// dollars", "the U.S. Dollar"). Not those that are surnames too (Pound, Marks, Sterling).
const CURRENCIES: &[&str] = &[
    "dlrs", "dollars", "francs", "pounds", "lire", "pesos", "euros", "rupees", "roubles", "rubles",
    "cruzados", "guilders", "kronor", "kroner", "ringgit", "dollar", "dlr",
];

/// A government's portfolios: alone, the word left of a title ("Finance Minister Omar
/// Davies", "Secretary of State Condoleezza Rice"), not an organization.
const PORTFOLIOS: &[&str] = &[
    "finance",
    "state",
    "foreign",
    "interior",
    "defence",
    "defense",
    "justice",
    "health",
    "trade",
    "agriculture",
    "energy",
    "economy",
    "education",
    "environment",
    "transport",
    "industry",
    "culture",
];

/// Portfolios of ministers besides [`PORTFOLIOS`], which name no one either ("Minister of
/// Mines and Energy Subroto").
const MORE_PORTFOLIOS: &[&str] = &[
    "mines",
    "mining",
    "oil",
    "petroleum",
    "commerce",
    "labour",
    "labor",
    "planning",
    "information",
    "communications",
    "housing",
    "tourism",
    "works",
    "fisheries",
    "forestry",
    "telecommunications",
    "affairs",
    "resources",
];

/// Whether a folded word is a government's portfolio ("energy", "mines").
fn is_portfolio(folded: &str) -> bool {
    PORTFOLIOS.contains(&folded) || MORE_PORTFOLIOS.contains(&folded)
}

/// Whether the words of a span can be a name at all: not all lower case ("cts"), two
/// letters or more, not only legal forms ("Co Inc"), not an amount's currency ("U.S.
/// Dlrs"), and not one generic word ("Council" of "Council Member Jane Doe", "Bank",
/// "Mr", "Finance" of "Finance Minister") or a time zone ("GMT").
fn could_be_a_name(run: &[&str]) -> bool {
    let letters = run.iter().flat_map(|w| w.chars()).filter(|c| c.is_alphabetic()).count();
    let cased = run.iter().flat_map(|w| w.chars()).any(char::is_uppercase)
        || !run.iter().flat_map(|w| w.chars()).any(char::is_lowercase);
    if letters < 2 || !cased {
        return false;
    }
    let folded: Vec<String> = run.iter().map(|w| fold(w)).collect();
    let legal_forms = folded.iter().all(|f| is_legal_form(f));
    let generic = match (run, folded.as_slice()) {
        ([word], [f]) => {
            (is_institution_word(f)
                || [HONORIFICS, TIME_ZONES, PORTFOLIOS, HOLIDAYS].iter().any(|list| list.contains(&f.as_str()))
                // "Aug", "Sept.", but not an acronym that spells one ("DEC").
                // Not in capitals: "DEC" is also the Disasters Emergency Committee.
                || (MONTHS_SHORT.contains(&f.trim_end_matches('.')) && word.chars().any(char::is_lowercase)))
                && known_org(word).is_none()
        }
        _ => false,
    };
    let currency = folded.last().is_some_and(|f| CURRENCIES.contains(&f.as_str()));
    !legal_forms && !generic && !currency
}

/// Whether the rest of a line after its first word is a row of figures: numbers and
/// short lower-case units only ("Shr 34 cts vs 1.19 dlrs", "Avg shrs 51.7 mln"), so its
/// first word is a row label, not a person.
fn is_table_row(rest: &[Word<'_>]) -> bool {
    rest.iter().any(|w| w.text.chars().any(|c| c.is_ascii_digit()))
        && rest.iter().all(|w| {
            !w.text.chars().any(char::is_alphabetic)
                || w.text.chars().any(|c| c.is_ascii_digit())
                || (w.text.chars().count() <= 4 && w.text.chars().all(char::is_lowercase))
        })
}

/// Words that make a name a place's when they end it: a natural feature, a street
/// ("Yangtze River", "Wall Street", "Lancaster Avenue"), a country's area ("Yukon
/// Territory"). Not "Lane" or "Drive", which end people's names too (Nathan Lane).
const FEATURE_LAST: &[&str] = &[
    "falls",
    "springs",
    "heights",
    "harbour",
    "harbor",
    "canyon",
    "point",
    "road",
    "river",
    "sea",
    "ocean",
    "lake",
    "island",
    "islands",
    "mountains",
    "peninsula",
    "strait",
    "street",
    "avenue",
    "boulevard",
    "square",
    // A country's area by its own name ("Yukon Territory", "Hubei Province"), read as the
    // organization that governs it.
    "territory",
    "territories",
    "province",
    "prefecture",
    "oblast",
    "governorate",
];

/// Words that make a name a natural feature when they begin it ("Lake Superior").
const FEATURE_FIRST: &[&str] = &["lake", "mount", "mt", "mt."];

/// Whether a name is a lake, river, sea, mountain, island or street ("Wall Street",
/// "Tiananmen Square"): it begins or ends with such a word, and no word of it says
/// organization ("Lake Forest College", "River Island Ltd").
fn names_a_natural_feature(words: &[Word<'_>]) -> bool {
    let folded: Vec<String> = words.iter().map(|w| fold(w.text)).collect();
    let (first, last) = (&folded[0], &folded[folded.len() - 1]);
    (FEATURE_FIRST.contains(&first.as_str()) || FEATURE_LAST.contains(&last.as_str()))
        && !folded.iter().any(|f| is_company_form(f) || is_institution_word(f))
}

/// A country or a nationality followed by a full name, in one span the tagger did not
/// call a person ("Norway Henrik Solbakk" in a list of scorers, "American Dennis
/// Mitchell"): the place (a nationality names none) and the person.
fn country_then_person(run: &[&str], out: &mut Vec<Mention>) -> bool {
    for k in 1..=2.min(run.len()) {
        let rest = &run[k..];
        if !(2..=3).contains(&rest.len()) || !is_first_name(&fold(rest[0])) {
            continue;
        }
        let prefix = run[..k].join(" ");
        let country = place(&prefix).filter(|p| p.kind != "city");
        if country.is_none() && !is_demonym(&fold(&prefix)) {
            continue;
        }
        let name_like = rest.iter().all(|w| is_name_word(w));
        let joined = rest.join(" ");
        if name_like && place(&joined).is_none() && known_org(&joined).is_none() {
            if let Some(country) = country {
                out.push(Mention::new(Kind::Place, country.canonical.to_string()));
            }
            push_person(rest, Evidence::Confirmed, false, out);
            return true;
        }
    }
    false
}

/// A person span: split at a title ("Police Chief Brian O'Hara"), keep the name after it.
/// Whether a folded word is a verb of slogans and headlines in the imperative, which a
/// surname may follow ("Vote Blair", "Sack Smith"), and no given name ("Sue").
/// A capitalized common English word that is no given name or diminutive of one:
/// "Beach", "Boy", "Born", "Veteran"; not "Grace", "Bill".
fn is_common_word_before_a_name(word: &str) -> bool {
    let folded = fold(word);
    super::gazetteer::is_common_word(&folded)
        && !is_first_name(&folded)
        && !super::lexicon::is_diminutive(&folded)
}

/// A capitalized common word ending in "-ing" or "-ed" that is no name: "Quoting",
/// "Featuring", "Accused"; not "Fielding", "Manning", "Ted".
fn is_participle(word: &str) -> bool {
    let folded = fold(word);
    folded.chars().count() > 4
        && (folded.ends_with("ing") || folded.ends_with("ed"))
        && is_common_word_before_a_name(word)
        && !is_last_name(&folded)
}

pub(crate) fn is_imperative(folded: &str) -> bool {
    IMPERATIVES.contains(&folded) && !is_first_name(folded)
}

/// Verbs of slogans and headlines in the imperative ([`is_imperative`]). Folded.
const IMPERATIVES: &[&str] = &[
    "vote", "get", "end", "stop", "back", "save", "sack", "ban", "axe", "oust", "ditch", "dump", "fire",
    "impeach", "elect", "re-elect", "reelect", "defeat", "beat", "blame", "jail", "free", "support", "trust",
    "boot", "expel", "remove", "replace", "arrest", "punish", "thank",
];

/// Creeds and movements, which follow a name as its adjective ("Ken Nazi jibe"). Folded.
const CREEDS: &[&str] = &["nazi", "nazis", "fascist", "marxist", "stalinist", "trotskyist", "maoist"];

/// Whether `word` before `title`, the two a person's name as the tagger read them, is a
/// given name and the title a surname ("Mervyn King", "Carwyn Bishop"): the title is a
/// known surname too, and the word one that can be nothing else, a capitalized word of
/// letters that is no common English word, nationality, place, organization or party
/// ("Bosnian King", "Burger King", "Tory Leader" stay a title with no name). The list of
/// given names ([`is_first_name`]) is American and lacks many British and other ones.
fn is_given_name_before_a_title(word: &str, title: &str) -> bool {
    let folded = fold(word);
    let mut letters = word.chars();
    letters.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 3
        && letters.all(char::is_lowercase)
        && is_last_name(&fold(title))
        && !super::gazetteer::is_common_word(&folded)
        && !is_function_word(&folded)
        && !is_demonym(&folded)
        && !is_party_word(&folded)
        && place(word).is_none()
        && known_org(word).is_none()
}

fn person_mentions(run: &[&str], titled: bool, out: &mut Vec<Mention>) {
    // Letters after a name are no part of it: a silk's ("Philippe Sands QC"), a member's of
    // a parliament ("Diane Abbott MP") or an honour's ("Tony Adams MBE").
    if let [rest @ .., letters] = run
        && !rest.is_empty()
        && letters.chars().all(|c| c.is_ascii_uppercase())
        && crate::entities::lexicon::is_post_nominal(&letters.to_ascii_lowercase())
    {
        return person_mentions(rest, titled, out);
    }
    // A generational suffix ends the name before it ("Martin Luther King Jr.", "Ken Griffey
    // Jr", "Martin Luther King III"): the name is read without it, so that "King" before
    // it is the surname, not a title with "Jr." for a name, and the person who ends the
    // run gets it back. Alone it names no one.
    if let [rest @ .., suffix] = run
        && is_generational_suffix(suffix)
    {
        let from = out.len();
        if let Some(&before) = rest.last() {
            person_mentions(rest, titled, out);
            if let Some(person) = out[from..]
                .last_mut()
                .filter(|m| m.kind == Kind::Person && m.name.ends_with(before.trim_end_matches('.')))
            {
                person.name = format!("{} {}", person.name, suffix.trim_end_matches('.'));
            }
        }
        return;
    }
    let mut run = run;
    // A lower-case word other than a particle ends whatever came before: "Midlands
    // batsman Daniel Mwangi" is a place (or team) and the person after it.
    if let Some(k) = run.iter().rposition(|w| {
        w.chars().next().is_some_and(char::is_lowercase)
            && !PARTICLES.contains(w)
            && !(opens_a_name(run) && is_joined_particle_name(w))
    }) {
        if k + 1 >= run.len() {
            return;
        }
        if let Some(p) = place(&run[..k].join(" ")) {
            out.push(Mention::new(Kind::Place, p.canonical.to_string()));
        }
        // A title's list of portfolios goes on after its "and": "Minister of Mines and
        // Energy Subroto" is Subroto.
        let portfolios_go_on = matches!(run[k], "and" | "&");
        run = &run[k + 1..];
        while portfolios_go_on && run.len() >= 2 && is_portfolio(&fold(run[0])) {
            run = &run[1..];
        }
    }
    // A country or state right before a full name is not part of it ("Kenya Daniel
    // Mwangi" in a team list), nor is a nationality ("Kenyan Paul Tergat"); a first name
    // that is also a country ("Chad") is.
    for k in (1..=3.min(run.len().saturating_sub(2))).rev() {
        if is_first_name(&fold(run[0])) {
            break;
        }
        if k <= 2 && is_demonym(&fold(&run[..k].join(" "))) {
            run = &run[k..];
            break;
        }
        if let Some(p) = place(&run[..k].join(" ")).filter(|p| p.kind != "city") {
            out.push(Mention::new(Kind::Place, p.canonical.to_string()));
            run = &run[k..];
            break;
        }
    }
    // Common words before a given name and a surname are no part of the name: a role or
    // a band's member ("Beach Boy Bruce Johnston"), a verb ("Born Margaret Roberts in
    // Grantham"). A word that is a given name too ("Grace"), or a title, stays for what
    // follows to read.
    // A surname that is a common word ("Mark Stephen Trotter") stays but for one beside
    // another common word ("Beach Boy"); a run too long for a name is none of these.
    if run.len() <= 4
        && let Some(k) = (1..run.len() - 1)
            .find(|&k| run[k].starts_with(char::is_uppercase) && is_first_name(&fold(run[k])))
        && run[..k].iter().all(|w| is_common_word_before_a_name(w) && title_len(&[w], 0) == 0)
        && run[..k].iter().any(|w| !is_last_name(&fold(w)))
    {
        run = &run[k..];
    }
    // A participle before a name is none of it: "Quoting St Francis, she said",
    // "Featuring Jay-Z".
    if let [word, rest @ ..] = run
        && !rest.is_empty()
        && is_participle(word)
    {
        run = rest;
    }
    // A slogan or a headline is no given name: a verb in the imperative before a surname
    // ("Vote Blair, Get Brown", "End Bush 'denial'") is the verb and the surname ("Ban
    // Ki-moon", whose second word is no surname, and "Sue Lawley", whose first is a given
    // name, stay whole); a party or a creed after a name is no surname of it ("Blair
    // Labour's longest-serving PM", "Probe launched on Ken Nazi jibe").
    if run.len() == 2 && is_imperative(&fold(run[0])) && is_last_name(&fold(run[1])) {
        run = &run[1..];
    }
    if let [.., last] = run
        && run.len() >= 2
        && (is_party_word(&fold(last)) || CREEDS.contains(&fold(last).as_str()))
        && !is_last_name(&fold(last))
    {
        run = &run[..run.len() - 1];
    }
    // A one-word "title" that is also a given name, before a lone surname the tagger
    // joined to it, is the given name: "Dean Ferris", "Earl Mabry".
    if run.len() == 2 && title_len(run, 0) == 1 && is_first_name(&fold(run[0])) && title_len(run, 1) == 0 {
        push_person(run, Evidence::Confirmed, titled, out);
        return;
    }
    for at in 0..run.len() {
        let mut len = title_len(run, at);
        if len == 0 {
            continue;
        }
        while at + len < run.len() && title_len(run, at + len) > 0 {
            len += title_len(run, at + len);
        }
        if at + len >= run.len() {
            if at > 0 && is_first_name(&fold(run[0])) {
                break; // "Martin Luther King", "Billie Jean King": a surname, not a title.
            }
            if at == 1 && len == 1 && is_given_name_before_a_title(run[0], run[1]) {
                break; // "Mervyn King": a given name the lists lack, and a surname.
            }
            return; // "President", "Bosnian President": a title with no name.
        }
        if at > 0 {
            classify_plain(&run[..at], false, false, out);
        }
        push_person(&run[at + len..], Evidence::Confirmed, true, out);
        return;
    }
    if run.len() == 1 && run[0].chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return; // "X", "A": not a name on its own.
    }
    if run.iter().all(|w| !w.chars().any(char::is_lowercase)) {
        return; // "PCT GB", "ERA": column headings; a line of running text writes names in mixed case.
    }
    push_person(run, Evidence::Confirmed, titled, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_read() {
        assert_eq!(label_info("B-PER"), LabelInfo { class: 1, begin: true });
        assert_eq!(label_info("I-LOC"), LabelInfo { class: 3, begin: false });
        assert_eq!(label_info("O"), LabelInfo { class: 0, begin: false });
    }

    #[test]
    fn titles_split_person_spans() {
        let mut out = Vec::new();
        person_mentions(&["Minneapolis", "Police", "Chief", "Brian", "O'Hara"], false, &mut out);
        let names: Vec<(Kind, &str)> = out.iter().map(|m| (m.kind, m.name.as_str())).collect();
        // "Police Chief" is one title, so the prefix left is the place.
        assert_eq!(names, [(Kind::Place, "Minneapolis"), (Kind::Person, "Brian O'Hara")]);
        assert!(out[1].titled);
    }

    #[test]
    fn a_surname_that_is_a_title_after_an_unlisted_given_name_is_the_name() {
        let mut out = Vec::new();
        person_mentions(&["Mervyn", "King"], true, &mut out);
        assert_eq!(kinds(&out), [(Kind::Person, "Mervyn King")]);
        for run in [["Bosnian", "King"], ["Burger", "King"], ["Deputy", "Speaker"]] {
            out.clear();
            person_mentions(&run, false, &mut out);
            assert!(out.iter().all(|m| m.kind != Kind::Person), "{run:?}: {out:?}");
        }
    }

    fn kinds(out: &[Mention]) -> Vec<(Kind, &str)> {
        out.iter().map(|m| (m.kind, m.name.as_str())).collect()
    }

    #[test]
    fn a_country_or_a_lower_case_word_before_a_name_is_not_part_of_it() {
        let mut out = Vec::new();
        person_mentions(&["Kenya", "Daniel", "Mwangi"], false, &mut out);
        assert_eq!(kinds(&out), [(Kind::Place, "Kenya"), (Kind::Person, "Daniel Mwangi")]);
        out.clear();
        person_mentions(&["Midlands", "batsman", "Daniel", "Mwangi"], false, &mut out);
        assert_eq!(kinds(&out), [(Kind::Person, "Daniel Mwangi")]);
        out.clear();
        // A given name that is also a country stays the given name.
        person_mentions(&["Chad", "Mwangi"], false, &mut out);
        assert_eq!(kinds(&out), [(Kind::Person, "Chad Mwangi")]);
    }

    #[test]
    fn a_generational_suffix_ends_the_name_and_makes_no_title_of_the_surname() {
        let mut out = Vec::new();
        person_mentions(&["Martin", "Luther", "King", "Jr."], false, &mut out);
        assert_eq!(kinds(&out), [(Kind::Person, "Martin Luther King Jr")]);
        out.clear();
        person_mentions(&["Ken", "Griffey", "Jr"], false, &mut out);
        assert_eq!(kinds(&out), [(Kind::Person, "Ken Griffey Jr")]);
        out.clear();
        person_mentions(&["Jr."], false, &mut out);
        assert_eq!(kinds(&out), []);
    }

    #[test]
    fn a_title_that_is_also_a_given_name_before_a_lone_surname_is_the_given_name() {
        let mut out = Vec::new();
        person_mentions(&["Dean", "Ferris"], false, &mut out);
        assert_eq!(kinds(&out), [(Kind::Person, "Dean Ferris")]);
        out.clear();
        person_mentions(&["Mayor", "Ferris"], false, &mut out);
        assert_eq!(kinds(&out), [(Kind::Person, "Ferris")]);
    }

    #[test]
    fn a_country_then_a_full_name_in_one_span_is_both() {
        let mut out = Vec::new();
        assert!(country_then_person(&["Norway", "Erik", "Solbakk"], &mut out));
        assert_eq!(kinds(&out), [(Kind::Place, "Norway"), (Kind::Person, "Erik Solbakk")]);
        assert!(!country_then_person(&["Norway", "Telecom"], &mut Vec::new()));
        assert!(!country_then_person(&["Norway", "Daniel", "Industries"], &mut Vec::new()));
    }

    /// The mentions the model and rules find in `text`, read as one document.
    fn tagged(text: &str) -> Vec<(Kind, String)> {
        let mut tagger = Tagger::new(&MODEL);
        tagger.read_document(text);
        let mut out = Vec::new();
        for line in text.lines() {
            let words = super::super::tokens::words(line);
            tagger.mentions(line, &words, false, &mut out);
        }
        out.into_iter().map(|m| (m.kind, m.name)).collect()
    }

    #[test]
    fn a_given_name_that_is_a_common_word_begins_the_name() {
        let person = |name: &str| (Kind::Person, name.to_string());
        let found = tagged("Hollywood star Will Smith met singer Will Young in London.");
        assert!(found.contains(&person("Will Smith")) && found.contains(&person("Will Young")), "{found:?}");
        assert_eq!(labelled("He met Will Smith there", "O O O B-PER O"), [person("Will Smith")]);
    }

    #[test]
    fn works_the_article_introduces_are_no_names_and_bands_are_organizations() {
        let found = tagged(
            "The comedy Sideways won, ahead of the drama Maria Full of Grace.\n\
             Sideways star Paul Giamatti thanked rock band U2 and rapper 50 Cent.\n\
             U2 played with the band Maroon 5 at the Grammys.",
        );
        let names: Vec<&str> = found.iter().map(|(_, n)| n.as_str()).collect();
        for work in ["Sideways", "Maria Full", "Grace", "Grammys"] {
            assert!(!names.contains(&work), "{work} in {found:?}");
        }
        assert!(found.contains(&(Kind::Person, "Paul Giamatti".to_string())), "{found:?}");
        assert!(found.contains(&(Kind::Person, "50 Cent".to_string())), "{found:?}");
        assert_eq!(found.iter().filter(|m| *m == &org("U2")).count(), 2, "{found:?}");
        assert!(found.contains(&org("Maroon 5")), "{found:?}");
    }

    /// The mentions of `line` when its words carry `labels` (one per word, as the CRF
    /// would give them), after the rule fixes.
    fn labelled(line: &str, labels: &str) -> Vec<(Kind, String)> {
        let words = super::super::tokens::words(line);
        let labels: Vec<&str> = labels.split_whitespace().collect();
        assert_eq!(words.len(), labels.len(), "one label per word of {line:?}");
        let mut out = Vec::new();
        Tagger::new(&MODEL).mentions_labelled(line, &words, &labels, &mut out);
        out.into_iter().map(|m| (m.kind, m.name)).collect()
    }

    #[test]
    fn a_given_name_and_surname_after_a_possessive_and_a_role_is_a_person() {
        let person = |name: &str| (Kind::Person, name.to_string());
        assert_eq!(
            labelled("The Green Party's Caroline Lucas said", "O B-ORG I-ORG I-ORG I-ORG O"),
            [org("Green Party"), person("Caroline Lucas")]
        );
        assert_eq!(
            labelled(
                "The Liberal Democrats' economics spokesman Vincent Cable said",
                "O B-ORG I-ORG O O B-ORG I-ORG O"
            ),
            [org("Liberal Democrats"), person("Vincent Cable")]
        );
        assert_eq!(
            labelled("The Liberal Democrats' Vincent Cable said", "O B-MISC I-MISC B-ORG I-ORG O"),
            [org("Liberal Democrats"), person("Vincent Cable")]
        );
        // A curly apostrophe is three bytes: read as one character.
        assert_eq!(
            labelled("The Liberal Democrats’ Vincent Cable said", "O B-MISC I-MISC B-ORG I-ORG O"),
            [org("Liberal Democrats"), person("Vincent Cable")]
        );
        assert_eq!(
            labelled("said the CBI's Digby Jones.", "O O B-ORG B-LOC I-LOC"),
            [org("CBI"), person("Digby Jones")]
        );
        // No given name and surname: as read.
        assert_eq!(
            labelled("Panasonic's Hollywood Laboratories said", "B-ORG B-ORG I-ORG O"),
            [org("Panasonic"), org("Hollywood Laboratories")]
        );
    }

    #[test]
    fn a_given_name_and_surname_after_a_lower_case_role_is_a_person() {
        let person = |name: &str| (Kind::Person, name.to_string());
        assert_eq!(
            labelled("Former Worldcom boss Bernie Ebbers is on trial", "O B-ORG I-ORG I-ORG I-ORG O O O"),
            [org("Worldcom"), person("Bernie Ebbers")]
        );
        assert_eq!(
            labelled("said chief executive Bernie Ebbers.", "O O O B-ORG I-ORG"),
            [person("Bernie Ebbers")]
        );
        // The bank running a bond issue, and a name that is no given name first: as read.
        assert_eq!(
            labelled("lead manager Morgan Stanley said", "O O B-ORG I-ORG O"),
            [org("Morgan Stanley")]
        );
        assert_eq!(labelled("analyst Goldman Sachs said", "O B-ORG I-ORG O"), [org("Goldman Sachs")]);
    }

    #[test]
    fn a_verb_of_a_slogan_or_a_party_after_a_name_is_no_part_of_it() {
        let mut out = Vec::new();
        for run in [
            &["Vote", "Blair"][..],
            &["Get", "Brown"],
            &["Sack", "Smith"],
            &["Blair", "Labour"],
            &["Ken", "Nazi"],
        ] {
            person_mentions(run, false, &mut out);
        }
        assert_eq!(
            kinds(&out),
            [
                (Kind::Person, "Blair"),
                (Kind::Person, "Brown"),
                (Kind::Person, "Smith"),
                (Kind::Person, "Blair"),
                (Kind::Person, "Ken")
            ]
        );
        out.clear();
        for run in [&["Ban", "Ki-moon"][..], &["Sue", "Lawley"], &["Damian", "Green"]] {
            person_mentions(run, false, &mut out);
        }
        assert_eq!(
            kinds(&out),
            [(Kind::Person, "Ban Ki-moon"), (Kind::Person, "Sue Lawley"), (Kind::Person, "Damian Green")]
        );
    }

    fn org(name: &str) -> (Kind, String) {
        (Kind::Org, name.to_string())
    }

    #[test]
    fn a_name_followed_by_a_verb_keeps_its_s() {
        let names = names_keeping_their_s(
            "Moody's said it would review. Sotheby’s told buyers. The Chicago Board of Trade's, \
             CBT, proposal; IBM's profits; Britain's and Japan's trade; it's said; McDonald'sX said",
        );
        assert_eq!(names, ["moody", "sotheby"]);
    }

    #[test]
    fn a_possessive_inside_a_company_or_after_a_common_noun_stays_in_the_name() {
        assert_eq!(labelled("McDonald's Corp said", "B-ORG I-ORG O"), [org("McDonald's Corp")]);
        assert_eq!(
            labelled("Sotheby's Holdings Inc fell", "B-ORG I-ORG I-ORG O"),
            [org("Sotheby's Holdings Inc")]
        );
        assert_eq!(labelled("the People's Party won", "O B-ORG I-ORG O"), [org("People's Party")]);
        // A company's unit or a singer's record: the owner is its own name.
        assert_eq!(
            labelled("Panasonic's Hollywood Laboratories said", "B-ORG I-ORG I-ORG O"),
            [org("Panasonic"), org("Hollywood Laboratories")]
        );
        assert_eq!(
            labelled("Sun Co's Sun Refining Co", "B-ORG I-ORG I-ORG I-ORG I-ORG"),
            [org("Sun Co"), org("Sun Refining Co")]
        );
        // More punctuation than the possessive ends the name.
        assert_eq!(
            labelled("Sotheby's, Christie's Inc", "B-ORG I-ORG I-ORG"),
            [org("Sotheby"), org("Christie's Inc")]
        );
    }

    #[test]
    fn a_firm_named_after_its_partners_is_one_organization() {
        // The labels the model gives these lines: the "and" or the comma split each firm.
        assert_eq!(
            labelled("Standard and Poor's Corp lowered it", "O O B-ORG I-ORG O O"),
            [org("Standard and Poor's Corp")]
        );
        assert_eq!(
            labelled("American Telephone and Telegraph Co fell", "B-ORG I-ORG O B-ORG I-ORG O"),
            [org("American Telephone and Telegraph Co")]
        );
        assert_eq!(
            labelled("Goldman, Sachs and Co said", "B-ORG I-ORG I-ORG I-ORG O"),
            [org("Goldman, Sachs and Co")]
        );
        assert_eq!(
            labelled("Smith Barney, Harris Upham and Co said", "B-ORG I-ORG I-ORG I-ORG O B-ORG O"),
            [org("Smith Barney, Harris Upham and Co")]
        );
        assert_eq!(
            labelled(
                "Donaldson, Lufkin and Jenrette Securities Corp said",
                "B-ORG I-ORG I-ORG B-ORG I-ORG I-ORG O"
            ),
            [org("Donaldson, Lufkin and Jenrette Securities Corp")]
        );
        assert_eq!(labelled("Procter & Gamble Co said", "O O O O"), [org("Procter & Gamble Co")]);
        assert_eq!(
            labelled("Alex Brown and Sons Inc said", "B-PER I-PER O B-ORG I-ORG O"),
            [org("Alex Brown and Sons Inc")]
        );
        assert_eq!(labelled("HBO and Co rose", "B-ORG O B-ORG O"), [org("HBO and Co")]);
        assert_eq!(
            labelled("Bank of America NT and SA said", "B-ORG I-ORG I-ORG I-ORG O B-ORG O"),
            [org("Bank of America NT and SA")]
        );
        // The name ends at its legal form, though the tagger went on.
        assert_eq!(
            labelled("Kidder, Peabody and Co. Holders sold", "B-ORG I-ORG I-ORG I-ORG I-ORG O"),
            [org("Kidder, Peabody and Co."), org("Holders")]
        );
    }

    #[test]
    fn a_state_abbreviated_after_a_place_is_the_state() {
        assert_eq!(
            labelled("based in Pittsburgh, Pa., it said", "O O B-LOC B-LOC O O"),
            [(Kind::Place, "Pittsburgh".into()), (Kind::Place, "Pennsylvania".into())]
        );
        assert_eq!(
            labelled("in Portland, Ore., and Toronto, Ont.", "O B-LOC B-LOC O B-LOC B-LOC"),
            [
                (Kind::Place, "Portland".into()),
                (Kind::Place, "Oregon".into()),
                (Kind::Place, "Toronto".into()),
                (Kind::Place, "Ontario".into())
            ]
        );
        // Not after a place and a comma, the word is what the tagger read.
        assert_eq!(labelled("Pa said", "B-LOC O"), [(Kind::Place, "Pa".into())]);
    }

    #[test]
    fn two_firms_joined_by_and_stay_two() {
        // A legal form before the "and", an acronym, a place or a known organization on one
        // side, two words after the "and" the tagger read as a new name: two firms.
        assert_eq!(
            labelled("Johnson Controls Inc and Lear Corp rose", "B-ORG I-ORG I-ORG O B-ORG I-ORG O"),
            [org("Johnson Controls Inc"), org("Lear Corp")]
        );
        assert_eq!(
            labelled("IBM and Digital Equipment Corp rose", "B-ORG O B-ORG I-ORG I-ORG O"),
            [org("IBM"), org("Digital Equipment Corp")]
        );
        assert_eq!(
            labelled("Chrysler and American Motors Corp agreed", "B-ORG O B-ORG I-ORG I-ORG O"),
            [org("Chrysler"), org("American Motors Corp")]
        );
        assert_eq!(
            labelled("Hongkong and Shanghai Banking Corp rose", "B-LOC O B-ORG I-ORG I-ORG O"),
            [(Kind::Place, "Hongkong".into()), org("Shanghai Banking Corp")]
        );
        assert_eq!(
            labelled("Zenith and Microsoft Corp agreed", "B-ORG O B-ORG I-ORG O"),
            [org("Zenith"), org("Microsoft Corp")]
        );
        // Partners before a comma: single names, not a firm of two words the tagger ended.
        assert_eq!(
            labelled("Salomon Brothers, Goldman, Sachs and Co led", "B-ORG I-ORG B-ORG I-ORG I-ORG I-ORG O"),
            [org("Salomon Brothers"), org("Goldman, Sachs and Co")]
        );
        assert_eq!(
            labelled("In Tokyo, Mitsui and Co said", "O B-LOC B-ORG O B-ORG O"),
            [(Kind::Place, "Tokyo".into()), org("Mitsui and Co")]
        );
    }

    #[test]
    fn organizations_keep_a_leading_ordinal_and_lose_a_trailing_conjunction() {
        assert_eq!(
            labelled("First Union Corp and Lear Corp rose", "B-ORG I-ORG I-ORG I-ORG B-ORG I-ORG O"),
            [org("First Union Corp"), org("Lear Corp")]
        );
        assert_eq!(labelled("Three Gorges Dam", "B-ORG I-ORG I-ORG"), [org("Three Gorges Dam")]);
        // One span over two companies, or over two towns, is two; one name with "and" is one.
        assert_eq!(
            labelled("Johnson Controls Inc and Lear Corp rose", "B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O"),
            [org("Johnson Controls Inc"), org("Lear Corp")]
        );
        assert_eq!(
            labelled("Rotterdam and Ghent ports", "B-ORG I-ORG I-ORG O"),
            [(Kind::Place, "Rotterdam".into()), (Kind::Place, "Gent".into())]
        );
        assert_eq!(labelled("Procter and Gamble rose", "B-ORG I-ORG I-ORG O"), [org("Procter and Gamble")]);
        // A person's span that names a place is the place; a lake ends people's names too.
        assert_eq!(
            labelled("in Fergus Falls today", "O B-PER I-PER O"),
            [(Kind::Place, "Fergus Falls".into())]
        );
        assert_eq!(labelled("Ricki Lake said", "B-PER I-PER O"), [(Kind::Person, "Ricki Lake".into())]);
        assert_eq!(labelled("in St Paul today", "O B-PER I-PER O"), [(Kind::Place, "Saint Paul".into())]);
        // Nor does a name run on into when it happened.
        assert_eq!(
            labelled("the Clure Marine Terminal on Thursday", "O B-ORG I-ORG I-ORG I-ORG I-ORG"),
            [org("Clure Marine Terminal")]
        );
        assert_eq!(
            labelled("Bank of America in May", "B-ORG I-ORG I-ORG I-ORG I-ORG"),
            [org("Bank of America")]
        );
        // A person's span still drops it: "First" there is a sentence's word.
        assert_eq!(
            labelled("First Tim Henman won", "B-PER I-PER I-PER O"),
            [(Kind::Person, "Tim Henman".into())]
        );
    }

    #[test]
    fn the_name_after_a_kind_of_place_and_of_is_a_place() {
        let place = |n: &str| (Kind::Place, n.to_string());
        assert_eq!(labelled("the Kurdish city of Arbil fell", "O B-MISC O O B-ORG O"), [place("Arbil")]);
        assert_eq!(labelled("the town of Port Said", "O O O B-PER I-PER"), [place("Port Said")]);
        // Not before a possessive, nor after other nouns.
        assert_eq!(labelled("the city of Arbil's council", "O O O B-ORG O"), [org("Arbil")]);
        assert_eq!(labelled("the state of Parmalat's finances", "O O O B-ORG O"), [org("Parmalat")]);
        assert_eq!(labelled("the head of Arbil", "O O O B-ORG"), [org("Arbil")]);
    }

    #[test]
    fn a_nationality_before_a_name_is_not_part_of_it() {
        let person = |n: &str| (Kind::Person, n.to_string());
        assert_eq!(
            labelled("American Dennis Mitchell ran", "B-ORG I-ORG I-ORG O"),
            [person("Dennis Mitchell")]
        );
        assert_eq!(labelled("Kenyan Paul Tergat won", "B-PER I-PER I-PER O"), [person("Paul Tergat")]);
        assert_eq!(labelled("the Briton won", "O B-PER O"), []);
        // A nationality that is a given name too is the given name.
        assert_eq!(labelled("Roman Abramovich said", "B-PER I-PER O"), [person("Roman Abramovich")]);
        // And a nationality before a company's name is part of it.
        assert_eq!(labelled("American Express rose", "B-ORG I-ORG O"), [org("American Express")]);
    }

    #[test]
    fn a_town_in_a_row_of_a_sports_table_is_its_team() {
        let place = |n: &str| (Kind::Place, n.to_string());
        assert_eq!(labelled("Chicago 69 65 515 5", "B-LOC O O O O"), [org("Chicago")]);
        assert_eq!(labelled("Harlequins 75 Chicago 19", "O O B-LOC O"), [org("Harlequins"), org("Chicago")]);
        assert_eq!(
            labelled("Bristol 28 Harlequins 75", "B-ORG O B-ORG O"),
            [org("Bristol"), org("Harlequins")]
        );
        // A country is a national side, which CoNLL and users alike call a place.
        assert_eq!(labelled("Germany 3 2 1 0 5 2 7", "B-LOC O O O O O O O"), [place("Germany")]);
        // A player, a row label, and a table of prices are not teams.
        assert_eq!(
            labelled("Tiger Woods 70 68 71 209", "B-PER I-PER O O O O"),
            [(Kind::Person, "Tiger Woods".to_string())]
        );
        assert_eq!(labelled("Production 345 360 370", "O O O O"), []);
        // A name the lexicons do not know is a team where the figures add up as a league
        // table's (played = won + drawn + lost), and not where they do not.
        assert_eq!(labelled("Tranmere 4 2 1 1 6 4 7", "O O O O O O O O"), [org("Tranmere")]);
        assert_eq!(
            labelled("Queens Park Rangers 3 2 1 0 5 3 7", "O O O O O O O O O O"),
            [org("Queens Park Rangers")]
        );
        assert_eq!(labelled("Wheat 133 44 52 4 9", "O O O O O O"), []);
        // A club's opponent in a result is a club.
        assert_eq!(
            labelled("Boroughmuir 20 Chicago 23", "B-PER O B-LOC O"),
            [org("Boroughmuir"), org("Chicago")]
        );
        assert_eq!(labelled("Boroughmuir 20 Hawick 23", "O O O O"), []);
        assert_eq!(labelled("HURON 70 34 MINOT 66 41", "B-ORG O O O O O"), [org("HURON")]);
        assert_eq!(labelled("TEXACO 34 P UP 3/8", "B-ORG O O O O O"), [org("TEXACO")]);
        assert_eq!(
            labelled("Tiger Woods 20 Chicago 23", "B-PER I-PER O B-LOC O"),
            [(Kind::Person, "Tiger Woods".to_string()), org("Chicago")]
        );
        // Notes in brackets do not hide the row: a team's country, extra innings.
        assert_eq!(
            labelled("MILWAUKEE 5 Minnesota 4 (in 12)", "B-ORG O B-LOC O O O"),
            [org("MILWAUKEE"), org("Minnesota")]
        );
        assert_eq!(
            labelled("Benetton (Italy) 92 Dinamo (Russia) 81", "B-ORG B-LOC O B-ORG B-LOC O"),
            [org("Benetton"), place("Italy"), org("Dinamo"), place("Russia")]
        );
        assert_eq!(labelled("Chicago 3.04 2.98 2.90", "B-LOC O O O"), [place("Chicago")]);
        // Nor is a town in running text.
        assert_eq!(labelled("Chicago 3 times", "B-LOC O O"), [place("Chicago")]);
    }

    #[test]
    fn every_name_shaped_item_of_a_list_of_people_is_a_person() {
        let people_in = |line: &str, labels: &str| -> Vec<String> {
            labelled(line, labels).into_iter().filter(|(k, _)| *k == Kind::Person).map(|(_, n)| n).collect()
        };
        let line = "Pakistan: Aamir Sohail, Saeed Anwar, Ijaz Ahmed, Salim Malik, Wasim Akram (captain), Waqar Younis.";
        let labels = "B-LOC B-PER I-PER B-PER I-PER B-PER I-PER B-PER I-PER O O O B-ORG I-ORG";
        assert_eq!(
            people_in(line, labels),
            ["Aamir Sohail", "Saeed Anwar", "Ijaz Ahmed", "Salim Malik", "Wasim Akram", "Waqar Younis"]
        );
        assert!(labelled(line, labels).contains(&(Kind::Place, "Pakistan".to_string())));
        // The heading before a colon, a club in brackets and a lone word that is no
        // surname are not people.
        let line = "Backs: Mike Blair (Edinburgh Rugby), Andy Craig, Chris Cusiter, Ben Hinshelwood, Film - Sideways";
        let labels = "O B-PER I-PER O O B-PER I-PER B-PER I-PER B-PER I-PER O O";
        assert_eq!(people_in(line, labels), ["Mike Blair", "Andy Craig", "Chris Cusiter", "Ben Hinshelwood"]);
        // Running text is no list, however many people it names.
        let line = "Speaking on Monday, John Smith, Mary Jones, Tom Brown and Ann Lee said it would work.";
        let labels = "O O O B-PER I-PER B-PER I-PER B-PER I-PER O B-PER I-PER O O O O";
        assert!(!people_in(line, labels).contains(&"Speaking".to_string()));
    }

    #[test]
    fn a_name_before_its_acronym_in_brackets_is_one_organization() {
        let line = "talks mediated by the Organisation for Security and Cooperation in Europe (OSCE) resumed";
        let labels = "O O O O B-ORG O O O O O B-LOC O O";
        assert_eq!(
            labelled(line, labels),
            [org("Organisation for Security and Cooperation in Europe"), org("OSCE")]
        );
        // The initials must spell the acronym; a word before the name is no part of it.
        assert_eq!(
            labelled("the UK's Office of Fair Trading (OFT) said", "O B-LOC B-ORG I-ORG I-ORG I-ORG O O"),
            [(Kind::Place, "United Kingdom".to_string()), org("Office of Fair Trading"), org("OFT")]
        );
        assert_eq!(
            labelled("the Indian State Trading Corporation (STC) bought", "O B-ORG I-ORG I-ORG I-ORG O O"),
            [org("Indian State Trading Corporation"), org("STC")]
        );
        assert_eq!(labelled("a new Internet Protocol (IP) address", "O O O O O O"), []);
        assert_eq!(labelled("the Federal Reserve (ECB) said", "O B-ORG I-ORG O O"), [org("Federal Reserve")]);
    }

    #[test]
    fn a_hyphenated_given_name_and_a_surname_are_a_person() {
        let person = |n: &str| (Kind::Person, n.to_string());
        assert_eq!(
            labelled("On Monday Jean-Claude Juncker said", "O O B-ORG I-ORG O"),
            [person("Jean-Claude Juncker")]
        );
        assert_eq!(labelled("by Anne-Marie Dupont", "O B-ORG I-ORG"), [person("Anne-Marie Dupont")]);
        // Neither half a known given name: only after a title.
        assert_eq!(
            labelled("coach Sven-Goran Eriksson has", "O B-ORG I-ORG O"),
            [person("Sven-Goran Eriksson")]
        );
        assert_eq!(labelled("Sven-Goran Eriksson has", "B-ORG I-ORG O"), [org("Sven-Goran Eriksson")]);
        // Firms, places and a common noun after two given names stay as read.
        assert_eq!(labelled("Rolls-Royce Holdings said", "B-ORG I-ORG O"), [org("Rolls-Royce Holdings")]);
        assert_eq!(
            labelled("Clayton-Marcus Furniture said", "B-ORG I-ORG O"),
            [org("Clayton-Marcus Furniture")]
        );
        assert_eq!(labelled("Al-Jazeera Arabic said", "B-ORG I-ORG O"), [org("Al-Jazeera Arabic")]);
        assert_eq!(
            labelled("Beijing-Santiago Copper said", "B-ORG I-ORG O"),
            [org("Beijing-Santiago Copper")]
        );
        assert!(is_hyphenated_name_shape("Hans-Dietrich"));
        assert!(!is_hyphenated_name_shape("Jean-claude") && !is_hyphenated_name_shape("US-Japan"));
    }

    #[test]
    fn competitions_are_no_organizations_and_streets_are_places() {
        assert_eq!(labelled("won the Texas Open on Sunday", "O O B-ORG I-ORG O O"), []);
        assert_eq!(labelled("the BellSouth Classic", "O B-PER I-PER"), []);
        assert_eq!(labelled("the Davis Cup final", "O B-LOC I-LOC O"), []);
        // A company whose name ends so stays one.
        assert_eq!(labelled("Classic Cup Inc said", "B-ORG I-ORG I-ORG O"), [org("Classic Cup Inc")]);
        assert_eq!(labelled("Cup fell", "B-ORG O"), [org("Cup")]);
        let place = |n: &str| (Kind::Place, n.to_string());
        assert_eq!(labelled("Fleet Street rallied", "B-ORG I-ORG O"), [place("Fleet Street")]);
        assert_eq!(labelled("closed Lancaster Avenue", "O B-ORG I-ORG"), [place("Lancaster Avenue")]);
        assert_eq!(labelled("the Wall Street Journal", "O B-ORG I-ORG I-ORG"), [org("Wall Street Journal")]);
    }

    #[test]
    fn a_stock_symbol_in_angle_brackets_is_no_name_but_a_bracketed_company_is() {
        assert_eq!(labelled("Conoco Inc <DD> said", "B-ORG I-ORG B-ORG O"), [org("Conoco Inc")]);
        assert_eq!(
            labelled("bought <Airbus Industrie> shares", "O B-ORG I-ORG O"),
            [org("Airbus Industrie")]
        );
        // Brackets end a name: the symbol is not glued to the next company.
        assert_eq!(
            labelled("Texaco <TX> Continental Airlines", "B-ORG I-ORG I-ORG I-ORG"),
            [org("Texaco"), org("Continental Airlines")]
        );
    }

    #[test]
    fn a_bank_read_as_a_place_stays_a_place_and_a_union_is_an_organization() {
        let place = |n: &str| (Kind::Place, n.to_string());
        assert_eq!(labelled("the West Bank", "O B-LOC I-LOC"), [place("West Bank")]);
        assert_eq!(labelled("the African Union", "O B-LOC I-LOC"), [org("African Union")]);
        // A former country is a place, whatever the tagger read.
        assert_eq!(labelled("the Soviet Union", "O B-ORG I-ORG"), [place("Soviet Union")]);
        assert_eq!(labelled("Metro Transit", "B-LOC I-LOC"), [org("Metro Transit")]);
    }

    /// The mentions of a whole line read as one span of `class` (2 = ORG).
    fn span_of(line: &str, class: u8) -> Vec<(Kind, String)> {
        let words = super::super::tokens::words(line);
        let mut out = Vec::new();
        span_mentions(line, &words, 0, words.len(), class, false, &mut out);
        out.into_iter().map(|m| (m.kind, m.name)).collect()
    }

    #[test]
    fn the_label_of_a_row_of_figures_is_no_person() {
        let row = super::super::tokens::words("Shr 34 cts vs 1.19 dlrs");
        let mut out = Vec::new();
        span_mentions("Shr 34 cts vs 1.19 dlrs", &row, 0, 1, 1, false, &mut out);
        assert!(out.is_empty());
        let line = "Okafor 34 said the figures were final";
        span_mentions(line, &super::super::tokens::words(line), 0, 1, 1, false, &mut out);
        assert_eq!(kinds(&out), [(Kind::Person, "Okafor")]);
    }

    #[test]
    fn a_lake_or_a_river_read_as_an_organization_is_a_place() {
        assert_eq!(span_of("Lake Superior", 2), [(Kind::Place, "Lake Superior".to_string())]);
        assert_eq!(span_of("Yangtze River", 2), [(Kind::Place, "Yangtze River".to_string())]);
        // An organization word keeps it an organization.
        assert_eq!(span_of("Lake Forest College", 2), [(Kind::Org, "Lake Forest College".to_string())]);
        // A country's area ("Yukon Territory"), unless an organization's word says otherwise.
        assert_eq!(span_of("Yukon Territory", 2), [(Kind::Place, "Yukon Territory".to_string())]);
        assert_eq!(span_of("Hubei Province", 2), [(Kind::Place, "Hubei Province".to_string())]);
        assert_eq!(
            span_of("Northern Territory Land Council", 2),
            [(Kind::Org, "Northern Territory Land Council".to_string())]
        );
    }

    #[test]
    fn an_award_named_alone_is_no_person() {
        for line in ["The actor said Oscar voters liked the film.", "Oscar hopefuls gathered on Sunday."] {
            let found = crate::entities::extract_text(None, line);
            assert!(found.people.is_empty(), "{line}: {:?}", found.people);
        }
        let found = crate::entities::extract_text(None, "The sprinter Oscar Pistorius said he would run.");
        assert_eq!(found.people, ["Oscar Pistorius"]);
    }

    fn per(name: &str) -> (Kind, String) {
        (Kind::Person, name.to_string())
    }

    #[test]
    fn an_arabic_name_keeps_its_hyphenated_articles() {
        let line = "Oil Minister Sheikh Ali al-Khalifa al-Sabah said";
        assert_eq!(labelled(line, "O O B-PER I-PER I-PER I-PER O"), [per("Ali al-Khalifa al-Sabah")]);
        // The tagger stopping before the article: the name goes on through it.
        assert_eq!(
            labelled("minister Mana Said al-Oteiba said", "O B-PER I-PER O O"),
            [per("Mana Said al-Oteiba")]
        );
        assert_eq!(
            labelled("minister Mana Said al-Oteiba said", "O B-PER I-PER I-PER O"),
            [per("Mana Said al-Oteiba")]
        );
        // A lower-case word that is no such article still ends what comes before it.
        assert_eq!(
            labelled("Midlands batsman Daniel Mwangi", "B-PER I-PER I-PER I-PER"),
            [per("Daniel Mwangi")]
        );
        let line = "President Zine al-Abidine Ben Ali arrived";
        assert_eq!(labelled(line, "O B-PER I-PER B-PER I-PER O"), [per("Zine al-Abidine Ben Ali")]);
        // An article opening the run is no given name: a newspaper, a lone family name.
        assert_eq!(labelled("the daily Al-Rai al-Aam said", "O O B-PER I-PER O"), []);
        assert_eq!(
            labelled("the Jebel al-Akhdar region", "O B-PER I-PER O"),
            [(Kind::Place, "Jebel al-Akhdar".into())]
        );
        assert!(is_joined_particle_name("el-Sadat") && is_joined_particle_name("bin-Laden"));
        assert!(
            !is_joined_particle_name("al-")
                && !is_joined_particle_name("all-Star")
                && !is_joined_particle_name("al-sabah")
        );
    }

    #[test]
    fn a_portfolio_ending_a_title_with_of_is_no_part_of_the_name() {
        let line = "Minister of Mines and Energy Subroto said";
        assert_eq!(labelled(line, "O O O O B-PER I-PER O"), [per("Subroto")]);
        assert_eq!(labelled(line, "O O B-PER I-PER I-PER I-PER O"), [per("Subroto")]);
        let line = "Minister of Foreign Affairs Ali Smith said";
        assert_eq!(labelled(line, "O O B-PER I-PER I-PER I-PER O"), [per("Ali Smith")]);
        // Not after a title's "of" or "and": "Energy" may be a word of a name elsewhere.
        assert_eq!(labelled("the singer Energy Subroto said", "O O B-PER I-PER O"), [per("Energy Subroto")]);
    }

    #[test]
    fn a_name_before_a_report_after_a_possessive_is_no_person() {
        let line = "according to the Agriculture Department's latest Export Sales report";
        let found = crate::entities::extract_text(None, line);
        assert!(!found.people.iter().any(|p| p.contains("Sales")), "{:?}", found.people);
        assert!(names_a_publication(&super::super::tokens::words("Export Sales report"), 2));
        assert!(!names_a_publication(&super::super::tokens::words("John Smith said"), 2));
    }

    #[test]
    fn a_month_written_short_is_no_name() {
        assert_eq!(labelled("Aug 12.3 11.9", "B-ORG O O"), []);
        assert_eq!(labelled("Sept. deliveries", "B-ORG O"), []);
        assert_eq!(labelled("Aug Capital", "B-ORG I-ORG"), [org("Aug Capital")]);
        assert_eq!(labelled("the DEC appeal", "O B-ORG O"), [org("DEC")]);
    }

    #[test]
    fn a_currency_is_no_name() {
        let text = "The bank said it will raise 100 mln U.S. Dlrs by the end of the year, and 20 mln \
                    H.K. Dlrs later, against 50 mln Hong Kong Dollars last year.";
        let found = crate::entities::extract_text(None, text);
        let names: Vec<&String> =
            found.people.iter().chain(&found.organizations).chain(&found.places).collect();
        assert!(!names.iter().any(|n| n.ends_with("Dlrs") || n.ends_with("Dollars")), "{names:?}");
        assert!(could_be_a_name(&["Raheem", "Sterling"]));
        assert!(!could_be_a_name(&["N.Z.", "Dlrs"]));
    }

    #[test]
    fn a_former_tie_names_what_follows_ex() {
        assert_eq!(labelled("the Ex-BBC presenter", "O B-ORG O"), [org("BBC")]);
        assert_eq!(labelled("Ex-Home Secretary David Blunkett", "B-ORG O B-PER I-PER").len(), 1);
        assert_eq!(labelled("Ex-Labour MP", "B-PER O"), []);
        assert_eq!(labelled("the Ex-Im Bank", "O B-ORG I-ORG"), [org("Ex-Im Bank")]);
    }

    #[test]
    fn the_portfolio_before_a_title_is_not_an_organization() {
        let text = "\"It is a catalyst,\" said Finance Minister Omar Davies. US Secretary of State \
                    Condoleezza Rice met Energy Secretary John Herrington on Monday.";
        let found = crate::entities::extract_text(None, text);
        for word in ["Finance", "State", "Energy"] {
            assert!(!found.organizations.iter().any(|o| o == word), "{word}: {:?}", found.organizations);
        }
        assert!(found.people.contains(&"Omar Davies".to_string()), "{:?}", found.people);
    }

    #[test]
    fn a_based_modifier_names_the_place() {
        let found = crate::entities::extract_text(None, "The London-based firm said sales rose.");
        assert!(!found.places.iter().chain(&found.organizations).any(|p| p.ends_with("-based")), "{found:?}");
    }

    #[test]
    fn holidays_and_agreements_are_not_people() {
        let found = crate::entities::extract_text(
            None,
            "Sullivan predicted the Fed will ease by Easter. Treasury Secretary James Baker said \
             the Louvre accord held.",
        );
        assert!(!found.people.iter().any(|p| p == "Easter" || p == "Louvre"), "{:?}", found.people);
        assert!(found.people.contains(&"James Baker".to_string()), "{:?}", found.people);
    }

    #[test]
    fn a_bare_institution_word_is_not_an_organization() {
        assert!(span_of("Council", 2).is_empty());
        assert!(span_of("Bank", 2).is_empty());
        assert!(span_of("Mr", 2).is_empty());
        assert!(span_of("Co Inc", 2).is_empty());
        assert!(span_of("cts", 2).is_empty());
        assert!(span_of("GMT", 2).is_empty());
        assert_eq!(span_of("Metro Transit", 2), [(Kind::Org, "Metro Transit".to_string())]);
    }

    /// The mentions of the span of words `from..to` of `line`, read as `class`.
    fn span_in(line: &str, from: usize, to: usize, class: u8) -> Vec<(Kind, String)> {
        let words = super::super::tokens::words(line);
        let mut out = Vec::new();
        span_mentions(line, &words, from, to, class, false, &mut out);
        out.into_iter().map(|m| (m.kind, m.name)).collect()
    }

    #[test]
    fn an_organization_glued_to_a_month_loses_the_month() {
        assert_eq!(span_in("Opec February output fell", 0, 2, 2), [(Kind::Org, "OPEC".to_string())]);
        assert_eq!(span_in("Exxon Corp March sales", 0, 3, 2), [(Kind::Org, "Exxon Corp".to_string())]);
        // A person keeps a surname that is a month's name.
        assert_eq!(span_in("Theresa May said", 0, 2, 1), [(Kind::Person, "Theresa May".to_string())]);
    }

    #[test]
    fn the_namesake_of_a_scale_is_no_name() {
        assert!(span_in("six on the Mercalli scale", 3, 4, 2).is_empty());
        assert!(span_in("6.1 on the Richter scale", 3, 4, 1).is_empty());
        assert_eq!(span_in("Exxon scale back output", 0, 1, 2), [(Kind::Org, "Exxon".to_string())]);
    }

    #[test]
    fn the_ends_of_a_route_are_places() {
        let line = "the Lago Agrio to Balao pipeline was cut";
        assert_eq!(
            span_in(line, 1, 5, 2),
            [(Kind::Place, "Lago Agrio".to_string()), (Kind::Place, "Balao".to_string())]
        );
        assert_eq!(span_in(line, 4, 5, 2), [(Kind::Place, "Balao".to_string())]);
        // An organization's name with "to" in it is no route.
        let line = "the Committee to Protect Journalists said";
        assert_eq!(span_in(line, 1, 5, 2), [(Kind::Org, "Committee to Protect Journalists".to_string())]);
    }

    #[test]
    fn a_surname_the_tagger_left_out_can_be_nothing_else() {
        let words = super::super::tokens::words("minister Fernando Santos Alvite arrived last night");
        assert!(is_surname_left_out(&words, 3));
        for (line, k) in [
            ("met John Smith Monday in Quito", 3),
            ("said Tony Blair Labour would win", 3),
            ("beat Steffi Graf Germany and", 3),
            ("met John Smith The next day", 3),
            ("met John Smith Street to", 3),
        ] {
            assert!(!is_surname_left_out(&super::super::tokens::words(line), k), "{line}");
        }
    }
}
