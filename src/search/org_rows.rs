//! The rows of `newsdex orgs`: which of the index's organization names are one
//! organization. Names with the same [`org_key`] are one (with and without the legal form,
//! "&" or "and"), and an acronym is its full name's where the articles give it in brackets
//! ([`acronym_keys`]). On top of that, read from the whole index (so that a row is the same
//! whatever a listing's filter, and works on indexes built before):
//!
//! - a legal form of another country's style is another company: "General Electric Co
//!   Plc" (Britain's GEC) is not "General Electric Co", "Salomon SA" not "Salomon Inc";
//!   nor is an acronym with a legal form of its own the full name an article gave it
//!   ("ABC Inc" beside "Arab Banking Corp (ABC)"), or with a legal form at all when its
//!   full name has none ("ASA Ltd" beside the "American Soybean Association (ASA)");
//! - an acronym is no one organization's when another full name with its letters is named
//!   beside it too ("EPA": Japan's Economic Planning Agency and the Environmental
//!   Protection Agency);
//! - an acronym joins the one full name with its letters that the articles naming it name
//!   too ("ATT", "AT&T" and "American Telephone and Telegraph Co"; "AMC" and "American
//!   Motors Corp");
//! - a short name joins the one longer name that begins or ends with it that the articles
//!   naming it name too ("Ford" and "Ford Motor Co", "Kodak" and "Eastman Kodak Co"), also
//!   in a row going by its acronym ("Honda" and HMC's "Honda Motor Co Ltd");
//! - a Japanese firm's "Co Ltd" is its "Co" or "Ltd" written short ("Nomura Securities Co
//!   Ltd" and "Nomura Securities Co");
//! - a name of three words or more with an "s" too many or too few in a word is the name
//!   named four times as often ("Moody's Investors Services Inc");
//! - a match line ("Brentford v Manchester United") is its side's row, and a word before a
//!   known organization ("Holders Manchester United") no part of its name.
//!
//! A row goes by its writing that most articles of the index give.
//!
//! Reading them takes 0.35 s of CPU over BBC + Reuters, so a command that writes the index
//! stores them beside it ([`STORED`], see [`crate::index::derived`]) and a query reads them
//! from there when they were computed from the commit it reads; else (an older index, a
//! merge or a crash since) it reads them as before.
//!
//! [`org_key`]: crate::search::query::org_key
//! [`acronym_keys`]: crate::search::query::acronym_keys

use std::collections::{HashMap, HashSet};

use std::cell::{OnceCell, RefCell};
use std::path::Path;
use std::rc::Rc;
use std::sync::{Arc, Mutex, OnceLock};

use serde::{Deserialize, Serialize};
use tantivy::columnar::Column;
use tantivy::query::{BooleanQuery, Occur, Query};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DateTime, Searcher, Term};

use crate::index::derived::{self, Stamp};

use crate::entities::lexicon::{fold, is_demonym_or_name, is_org_head, known_org_any_case, name_key, place};
use crate::index::schema::names;
use crate::search::query::{
    acronym_owners, acronym_pairs, each_word, keys_of_owners, org_key, org_row_key, without_legal_form,
};

/// Of the articles naming an acronym or a short name, the share that must name the longer
/// name it joins too.
const JOIN_SHARE: f64 = 0.2;

/// [`JOIN_SHARE`] for a short name that begins the name of another organization too,
/// unrelated (its next word is not the longer name's: "Eastern" of "Eastern Air Lines"
/// and of the "Eastern Economic Association", not "Moody's" of "Moody's Investors
/// Service" and of "Moody's Investor Service").
const SHARED_JOIN_SHARE: f64 = 0.5;

/// The fewest articles that must name a short name and the longer one together to join them.
const JOIN_ARTICLES: u64 = 2;

/// How many times the articles naming a short name with the longer name it joins must
/// outnumber those naming it with any other candidate.
const JOIN_MARGIN: u64 = 4;

/// The names written before a name ([`with_prefix`]), and the rows of the names with
/// them, each with whether all its writings have it written short.
type Prefixed = (HashSet<String>, Vec<(String, bool)>);

/// The other bodies an acronym stands for, each by its row's name with the articles
/// where it does ([`OrgRows::other_meanings`]).
pub type Meanings = Vec<(String, Box<dyn Query>)>;

/// An index's segments, each by its id and its deleted articles.
type Segments = Vec<(String, u32)>;

/// The file of an index folder that holds its rows ([`OrgRows::store`]).
pub const STORED: &str = "newsdex-org-rows.json";

/// What the rows are read by: this file, the keys' code, the lexicon and the data it
/// reads names and places from, and the spellings table that [`name_key`] writes every
/// word in (a change to "Organisation"'s row must follow a change to the table).
const SOURCES: &[&str] = &[
    include_str!("org_rows.rs"),
    include_str!("query.rs"),
    include_str!("../entities/lexicon.rs"),
    include_str!("../entities/countries.rs"),
    include_str!("../index/spellings.rs"),
    include_str!("../../data/spellings/british_american.tsv"),
    include_str!("../../data/gazetteer/places.tsv"),
    include_str!("../../data/gazetteer/first_names.txt"),
    include_str!("../../data/gazetteer/last_names.txt"),
    include_str!("../../data/gazetteer/demonyms.txt"),
    include_str!("../../data/ner/given_name_diminutives.txt"),
];

/// The fingerprint of [`SOURCES`] (a stored file of other code or data is stale, and read
/// again).
fn code() -> &'static str {
    static CODE: OnceLock<String> = OnceLock::new();
    CODE.get_or_init(|| derived::fingerprint(SOURCES))
}

/// Which organization names of an index are one row, and what each row is called.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrgRows {
    /// Acronyms' keys by their full names' keys ([`acronym_keys`](crate::search::query::acronym_keys)).
    acronyms: HashMap<String, String>,
    /// Each name the index holds, as stored, to its row's key.
    rows: HashMap<String, String>,
    /// Keys joined to another row (a short name's, an acronym's), for names typed that
    /// the index does not hold as typed.
    joined: HashMap<String, String>,
    /// Each row's name: its writing that most articles give.
    names: HashMap<String, String>,
    /// A row's name of one word ("Tandy", of Tandy Corp's row) to the names of other rows
    /// beginning with it ("Tandy Brands Inc"): an article naming it with one of them and
    /// no other name of its row names that one ([`OrgRows::any_form`]).
    shared: HashMap<String, Vec<String>>,
}

impl OrgRows {
    /// Rows made by [`org_row_key`] alone, from acronyms keyed as `acronyms`.
    pub fn from_acronyms(acronyms: HashMap<String, String>) -> OrgRows {
        OrgRows { acronyms, ..OrgRows::default() }
    }

    /// The key of the row counting `name`.
    pub fn key(&self, name: &str) -> String {
        if let Some(key) = self.rows.get(name) {
            return key.clone();
        }
        let base = org_row_key(&self.acronyms, name);
        self.joined.get(&base).cloned().unwrap_or(base)
    }

    /// The name of the row keyed `key`, when the index holds it.
    pub fn name(&self, key: &str) -> Option<&str> {
        self.names.get(key).map(String::as_str)
    }

    /// The names the index holds in the row keyed `key`, sorted.
    pub fn forms(&self, key: &str) -> Vec<String> {
        let mut forms: Vec<String> =
            self.rows.iter().filter(|(_, k)| k.as_str() == key).map(|(form, _)| form.clone()).collect();
        forms.sort();
        forms
    }

    /// The articles naming one of `forms` (names the index holds, in the exact
    /// organization field `exact`) as the rows count them: a row's name of one word that
    /// begins the names of other rows counts only where the article names none of those,
    /// or another name of its own row ("Tandy" beside "Tandy Brands Inc" alone is Tandy
    /// Brands, not Tandy Corp).
    pub fn any_form(&self, exact: Field, forms: Vec<String>) -> Box<dyn Query> {
        let (shared, plain): (Vec<String>, Vec<String>) =
            forms.into_iter().partition(|f| self.shared.contains_key(f));
        if shared.is_empty() {
            return crate::search::query::any_form(exact, plain);
        }
        let mut any: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if !plain.is_empty() {
            any.push((Occur::Should, crate::search::query::any_form(exact, plain)));
        }
        for form in shared {
            let rivals = self.shared[&form].clone();
            let alone: Vec<(Occur, Box<dyn Query>)> = vec![
                (Occur::Must, crate::search::query::any_form(exact, vec![form])),
                (Occur::MustNot, crate::search::query::any_form(exact, rivals)),
            ];
            any.push((Occur::Should, Box::new(BooleanQuery::new(alone))));
        }
        Box::new(BooleanQuery::new(any))
    }

    /// The names the index holds in rows other than that of `form`, an acronym, whose
    /// initials spell it ([`acronym_letters`]): the other bodies an article may mean by it
    /// ("U.S. International Trade Commission" and "International Trade Commission" for
    /// "ITC", the International Tin Council's row). Not a name holding the acronym as a
    /// word ("EC Commission" is the EC's), nor one written as a name of the acronym's own
    /// row with a letter slipped or a word cut short ([`same_body`]: "Organisation of
    /// Economic Cooperation and Development", "Scandinavian Airline Systems"). None for a
    /// name that is no acronym.
    pub fn spelled_out_otherwise(&self, form: &str) -> Vec<String> {
        if !is_acronym(form) {
            return Vec::new();
        }
        let letters: String = fold(form).chars().filter(char::is_ascii_alphanumeric).collect();
        let own = self.key(form);
        let own_forms = self.forms(&own);
        let mut others: Vec<String> = self
            .rows
            .iter()
            .filter(|(name, key)| {
                **key != own
                    && name.split_whitespace().count() >= 2
                    && name.chars().next().is_some_and(char::is_uppercase)
                    && !name.split([' ', '-']).any(|word| fold(word).replace('.', "") == letters)
                    && acronym_letters(name).contains(&letters)
                    && !own_forms.iter().any(|own| same_body(own, name))
            })
            .map(|(name, _)| name.clone())
            .collect();
        others.sort();
        others
    }

    /// The articles where `form`, an acronym of this index's rows, stands for another body
    /// than its row's ([`OrgRows::spelled_out_otherwise`]), each body by its row's name:
    /// those that spell the body out with the acronym after it ("U.S. International
    /// Trade Commission (ITC)", "…Commission, ITC,"), and, where most of the articles
    /// naming both do so, every article naming both (the Harley-Davidson story that writes
    /// "International Trade Commission" and later "the ITC"). An article naming a body
    /// beside the acronym does not spell it out otherwise: most Reuters articles naming
    /// the European Commission call the European Community "EC".
    pub fn other_meanings(
        &self,
        searcher: &Searcher,
        fields: &crate::index::Fields,
        form: &str,
    ) -> tantivy::Result<Meanings> {
        use tantivy::collector::Count;
        use tantivy::query::{PhraseQuery, TermQuery};
        let term = |field: Field, word: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(Term::from_field_text(field, word), IndexRecordOption::Basic))
        };
        // The other bodies by row ("International Trade Commission" and "U.S.
        // International Trade Commission" are one).
        let mut by_row: Vec<(String, Vec<String>)> = Vec::new();
        for other in self.spelled_out_otherwise(form) {
            let row = self.name(&self.key(&other)).unwrap_or(&other).to_string();
            match by_row.iter_mut().find(|(name, _)| *name == row) {
                Some((_, names)) => names.push(other),
                None => by_row.push((row, vec![other])),
            }
        }
        let mut meanings: Vec<(String, Box<dyn Query>)> = Vec::new();
        for (row, names) in by_row {
            let both = BooleanQuery::new(vec![
                (Occur::Must, term(fields.org_name, form)),
                (Occur::Must, crate::search::query::any_form(fields.org_name, names.clone())),
            ]);
            let named_together = searcher.search(&both, &Count)?;
            if named_together == 0 {
                continue;
            }
            let mut spelled: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            for name in &names {
                let words = crate::search::query::name_terms(&format!("{name} {form}"));
                for field in [fields.title, fields.body] {
                    let terms = words.iter().map(|w| Term::from_field_text(field, w)).collect();
                    spelled.push((Occur::Should, Box::new(PhraseQuery::new(terms))));
                }
            }
            let spelled_out = BooleanQuery::new(vec![
                (Occur::Must, Box::new(both.clone()) as Box<dyn Query>),
                (Occur::Must, Box::new(BooleanQuery::new(spelled))),
            ]);
            let spelled_count = searcher.search(&spelled_out, &Count)?;
            if spelled_count == 0 {
                continue;
            }
            let meant: Box<dyn Query> =
                if 2 * spelled_count >= named_together { Box::new(both) } else { Box::new(spelled_out) };
            meanings.push((row, meant));
        }
        Ok(meanings)
    }

    /// [`OrgRows::any_form`] for a filter typed as `typed`: an acronym among `forms` other
    /// than the one typed counts only in the articles where it stands for no other body
    /// ([`OrgRows::other_meanings`]). An acronym means the name its article spells out:
    /// `--org "International Tin Council"` reached the five Reuters articles on the "U.S.
    /// International Trade Commission (ITC)" by "ITC". The acronym typed alone stays as
    /// ambiguous as it is (`--org ITC` finds both, and a note says so).
    pub fn any_form_as_typed(
        &self,
        searcher: &Searcher,
        fields: &crate::index::Fields,
        exact: Field,
        forms: Vec<String>,
        typed: &str,
    ) -> tantivy::Result<Box<dyn Query>> {
        let typed = fold(typed).replace('.', "");
        let mut plain = Vec::new();
        let mut meant: Vec<(String, Meanings)> = Vec::new();
        for form in forms {
            let others = if fold(&form).replace('.', "") == typed || !is_acronym(&form) {
                Vec::new()
            } else {
                self.other_meanings(searcher, fields, &form)?
            };
            if others.is_empty() {
                plain.push(form);
            } else {
                meant.push((form, others));
            }
        }
        if meant.is_empty() {
            return Ok(self.any_form(exact, plain));
        }
        let mut any: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if !plain.is_empty() {
            any.push((Occur::Should, self.any_form(exact, plain)));
        }
        for (form, others) in meant {
            let mut alone: Vec<(Occur, Box<dyn Query>)> =
                vec![(Occur::Must, self.any_form(exact, vec![form]))];
            alone.extend(others.into_iter().map(|(_, query)| (Occur::MustNot, query)));
            any.push((Occur::Should, Box::new(BooleanQuery::new(alone))));
        }
        Ok(Box::new(BooleanQuery::new(any)))
    }

    /// Whether [`OrgRows::any_form`] counts the articles naming `form` other than by its
    /// postings: some of them are another row's.
    pub fn is_shared(&self, form: &str) -> bool {
        self.shared.contains_key(form)
    }

    /// The rows of the organizations `searcher`'s index names: one read of the exact
    /// organization field and of its acronyms, and one count for each pair of names that
    /// might join (about 20 ms over BBC + Reuters).
    /// The rows are those stored beside the index ([`STORED`]) when they were computed
    /// from the commit `searcher` reads.
    pub fn of(searcher: &Searcher) -> tantivy::Result<Arc<OrgRows>> {
        OrgRows::of_stored(searcher, true)
    }

    /// [`OrgRows::of`], with or without the stored rows.
    fn of_stored(searcher: &Searcher, stored: bool) -> tantivy::Result<Arc<OrgRows>> {
        // The last index read's rows, by its segments and their deletions: a search reads
        // them for each filter, a listing once more.
        static LAST: Mutex<Option<(Segments, Arc<OrgRows>)>> = Mutex::new(None);
        let segments: Segments = derived::segments(searcher);
        if let Ok(last) = LAST.lock()
            && let Some((read, rows)) = last.as_ref()
            && *read == segments
        {
            return Ok(rows.clone());
        }
        let stamp = Stamp { code: code().to_string(), segments };
        // (Not read when storing: the file is stale then, and 1.6 MB over BBC + Reuters.)
        let rows = match stored.then(|| derived::read::<StoredRows>(searcher, STORED, &stamp)).flatten() {
            Some(rows) => rows.into(),
            None => OrgRows::read(searcher)?,
        };
        let rows = Arc::new(rows);
        if let Ok(mut last) = LAST.lock() {
            *last = Some((stamp.segments, rows.clone()));
        }
        Ok(rows)
    }

    /// Stores the rows of the index `searcher` reads (the last commit of the index in
    /// `folder`) beside it, for [`OrgRows::of`] to read, unless the rows stored there were
    /// computed from that commit already.
    pub fn store(searcher: &Searcher, folder: &Path) -> anyhow::Result<()> {
        let stamp = Stamp::of(searcher, code());
        if derived::is_current(folder, STORED, &stamp) {
            return Ok(());
        }
        // Read again, not from the stored file: it is stale.
        let rows = OrgRows::of_stored(searcher, false)?;
        derived::write(folder, STORED, &stamp, &StoredRows::from(rows.as_ref()))
    }

    /// [`OrgRows::of`], read.
    fn read(searcher: &Searcher) -> tantivy::Result<OrgRows> {
        let schema = searcher.schema();
        let exact = schema.get_field(names::ORG_NAME)?;
        let pairs = schema.get_field(names::ORG_ACRONYM)?;
        let mut articles: HashMap<String, u64> = HashMap::new();
        each_word(searcher, exact, |form, n| *articles.entry(form.to_string()).or_default() += n)?;
        let together = Together { searcher, exact, docs: Default::default(), dates: Default::default() };
        // The names by their keys.
        let mut by_org_key: HashMap<String, Vec<String>> = HashMap::new();
        let mut by_name_key: HashMap<String, Vec<String>> = HashMap::new();
        for form in articles.keys() {
            by_org_key.entry(org_key(form)).or_default().push(form.clone());
            by_name_key.entry(name_key(form)).or_default().push(form.clone());
        }
        let mut by_initials: HashMap<String, Vec<String>> = HashMap::new();
        for key in by_org_key.keys() {
            for letters in initials(key) {
                by_initials.entry(letters).or_default().push(key.clone());
            }
        }
        let none = Vec::new();
        // The acronyms the articles give in brackets, less those the names contradict.
        let learnt = acronym_pairs(searcher, pairs)?;
        let mut owners = acronym_owners(&learnt);
        for (acronym, owner) in owners.iter_mut() {
            let Some(full) = owner.clone() else { continue };
            let written = by_org_key.get(acronym).or_else(|| by_name_key.get(acronym)).unwrap_or(&none);
            let (its, theirs) = (legal_forms(written), legal_forms(by_org_key.get(&full).unwrap_or(&none)));
            let named = written.iter().map(|f| articles[f]).sum::<u64>();
            let owned = together.count(written, by_org_key.get(&full).unwrap_or(&none))?;
            // ("GMB", the British union, is not Zimbabwe's "Grain Marketing Board (GMB)".)
            if together.apart(written, by_org_key.get(&full).unwrap_or(&none))? {
                *owner = None;
                continue;
            }
            // ("ABC Inc" beside "Arab Banking Corp (ABC)", in few of the articles naming ABC.)
            if !its.is_empty()
                && !theirs.is_empty()
                && its.is_disjoint(&theirs)
                && (owned as f64) < JOIN_SHARE * named as f64
            {
                *owner = None;
                continue;
            }
            let rivals: Vec<&String> = by_initials
                .get(acronym)
                .unwrap_or(&none)
                .iter()
                .filter(|rival| {
                    **rival != full
                        && by_org_key[*rival].iter().map(|f| articles[f]).sum::<u64>() >= JOIN_ARTICLES
                })
                .collect();
            if rivals.is_empty() {
                continue;
            }
            for rival in rivals {
                let shared = together.count(written, &by_org_key[rival])?;
                if shared >= JOIN_ARTICLES
                    && shared * JOIN_MARGIN >= owned
                    && shared as f64 >= JOIN_SHARE * named as f64
                {
                    *owner = None;
                    break;
                }
            }
        }
        let owned: Vec<(String, String)> =
            owners.iter().filter_map(|(a, full)| Some((a.clone(), full.clone()?))).collect();
        let acronyms = keys_of_owners(owners);
        // Each name's row by its key, its acronym's, and the style of its legal form.
        let mut base: HashMap<String, Vec<String>> = HashMap::new();
        for form in articles.keys() {
            base.entry(org_row_key(&acronyms, form)).or_default().push(form.clone());
        }
        let mut members: HashMap<String, Vec<String>> = HashMap::new();
        for (key, forms) in base {
            let main = forms
                .iter()
                .max_by(|a, b| articles[*a].cmp(&articles[*b]).then_with(|| b.cmp(a)))
                .expect("a key has a name");
            let main_style = legal_style(main);
            // An institution (no company: an acronym's full name without a legal form)
            // shares its name with no company.
            let institution = main_style.is_none()
                && acronyms.contains_key(&key)
                && forms
                    .iter()
                    .filter(|f| !is_acronym(&without_legal_form(f)))
                    .all(|f| legal_style(f).is_none());
            for form in forms {
                let style = legal_style(&form);
                let row = match style {
                    Some(style)
                        if !main_style.is_some_and(|main| same_style(style, main))
                            && (main_style.is_some() || institution) =>
                    {
                        format!("{}\u{1f}{style}", org_key(&form))
                    }
                    _ => key.clone(),
                };
                members.entry(row).or_default().push(form);
            }
        }
        let mut joined: HashMap<String, String> = HashMap::new();
        let row_articles = |forms: &[String]| forms.iter().map(|f| articles[f]).sum::<u64>();
        // A union's name with "union" written after it ("United Automobile Workers union",
        // "UAW union", "Teamsters Union") is the union's: a "union" in small letters is the
        // writer's word (the name before it is made a row when the index holds none), a
        // "Union" joins only a row the index holds ("Soviet Union" and "European Union"
        // have no plural or acronym before it).
        let acronym_keys: HashSet<&String> = acronyms.values().collect();
        let mut keys: Vec<String> = members.keys().filter(|k| !k.contains('\u{1f}')).cloned().collect();
        keys.sort();
        for key in keys {
            let Some(forms) = members.get(&key).cloned() else { continue };
            for form in forms {
                let Some((rest, small)) = union_descriptor(&form) else { continue };
                let to = resolve(&joined, org_row_key(&acronyms, rest));
                // (An acronym's row takes the name's: "Transport and General Workers" joins
                // TGWU's, which holds "Transport and General Workers Union".)
                if acronym_keys.contains(&key) && to != key && members.contains_key(&to) {
                    let (from, into) = if acronym_keys.contains(&to)
                        && row_articles(&members[&to]) > row_articles(&members[&key])
                    {
                        (key.clone(), to)
                    } else {
                        (to, key.clone())
                    };
                    join(&mut members, &from, &into);
                    joined.insert(from.clone(), into);
                    if from == key {
                        break;
                    }
                    continue;
                }
                if acronym_keys.contains(&key) {
                    continue;
                }
                if to == key
                    || !(members.contains_key(&to) || (small && rest.split_whitespace().count() >= 2))
                {
                    continue;
                }
                let Some(its) = members.get_mut(&key) else { continue };
                its.retain(|f| *f != form);
                if its.is_empty() {
                    members.remove(&key);
                    joined.insert(key.clone(), to.clone());
                }
                members.entry(to).or_default().push(form);
            }
        }
        // Full names given one acronym in brackets that differ only in a word one of them
        // writes short are one ("United Auto Workers (UAW)" and "United Automobile Workers
        // (UAW)"; "European Community (EC)" and "European Commission (EC)" are not).
        let mut by_acronym: HashMap<String, Vec<String>> = HashMap::new();
        for (full, acronym, _) in &learnt {
            let full = union_descriptor(full).map_or(full.as_str(), |(rest, _)| rest);
            by_acronym.entry(name_key(acronym)).or_default().push(org_key(full));
        }
        let mut variants: Vec<(String, Vec<String>)> = by_acronym.into_iter().collect();
        variants.sort();
        for (_, mut fulls) in variants {
            fulls.sort();
            fulls.dedup();
            for (at, a) in fulls.iter().enumerate() {
                for b in fulls[at + 1..].iter().filter(|b| written_short(a, b)) {
                    let a = resolve(&joined, org_row_key(&acronyms, a));
                    let b = resolve(&joined, org_row_key(&acronyms, b));
                    if a == b || !members.contains_key(&a) || !members.contains_key(&b) {
                        continue;
                    }
                    let (from, to) = if row_articles(&members[&a]) >= row_articles(&members[&b]) {
                        (b, a)
                    } else {
                        (a, b)
                    };
                    join(&mut members, &from, &to);
                    joined.insert(from, to);
                }
            }
        }
        // A name written in one word or two is one: "Eastern Air Lines" and "Eastern
        // Airlines", "Trans World Airlines" and "Transworld Airlines", "BankAmerica".
        // (By the names' own keys: a row may go by its acronym's, "Delta Air Lines" by "DAL".)
        let mut by_letters: HashMap<String, Vec<String>> = HashMap::new();
        for (key, forms) in &members {
            for letters in forms.iter().map(|f| org_key(f).replace(' ', "")).collect::<HashSet<_>>() {
                by_letters.entry(letters).or_default().push(key.clone());
            }
        }
        let mut spaced: Vec<Vec<String>> = by_letters.into_values().filter(|keys| keys.len() > 1).collect();
        spaced.sort();
        for keys in spaced {
            let mut keys: Vec<String> = keys.into_iter().filter(|k| members.contains_key(k)).collect();
            keys.sort_by(|a, b| {
                row_articles(&members[b]).cmp(&row_articles(&members[a])).then_with(|| a.cmp(b))
            });
            keys.dedup();
            for from in keys.iter().skip(1) {
                join(&mut members, from, &keys[0]);
                joined.insert(from.clone(), keys[0].clone());
            }
        }
        // An acronym the articles give in brackets to full names of one legal style that
        // is not its full name's row's ("General Electric Co Plc (GEC)", where "General
        // Electric Co" is GE's) goes to that style's row.
        let mut owned = owned;
        owned.sort();
        for (acronym, full) in &owned {
            let styles: HashSet<&str> = learnt
                .iter()
                .filter(|(f, a, _)| name_key(a) == *acronym && org_key(f) == *full)
                .filter_map(|(f, _, _)| legal_style(f))
                .collect();
            let (Some(style), 1) = (styles.iter().next(), styles.len()) else { continue };
            let to = format!("{full}\u{1f}{style}");
            let from = acronyms.get(acronym).cloned().unwrap_or_else(|| acronym.clone());
            if from != to && members.contains_key(&to) && members.contains_key(&from) {
                join(&mut members, &from, &to);
                joined.insert(from, to);
            }
        }
        // A name with a word cut short is the name with it whole: "Pan Am World Airways"
        // and "Pan American World Airways", "Eastern Air" and "Eastern Airlines".
        for (from, to) in cut_short(&members, &row_articles) {
            let (from, to) = (resolve(&joined, from), resolve(&joined, to));
            if from != to && members.contains_key(&from) && members.contains_key(&to) {
                join(&mut members, &from, &to);
                joined.insert(from, to);
            }
        }
        // A name of three words or more with a word written with an "s" too many or too
        // few is the name written right when that one is named in four times as many
        // articles ("Moody's Investors Services Inc", "Moody's Investor Service Inc").
        for (from, to) in plural_slips(&members, &row_articles) {
            let (from, to) = (resolve(&joined, from), resolve(&joined, to));
            if from != to && members.contains_key(&from) && members.contains_key(&to) {
                join(&mut members, &from, &to);
                joined.insert(from, to);
            }
        }
        // A name that is another's with a country or an organization written before it
        // ("U.N. Security Council", "British Civil Aviation Authority") is that one's when
        // no other country or organization is written before it ("Australian Labour Party"
        // beside "Irish Labour Party" is no one's), and, written out ("British"), when
        // an article names the two together.
        let mut prefixed: HashMap<String, Prefixed> = HashMap::new();
        let mut prefixed_keys: Vec<&String> = members.keys().collect();
        prefixed_keys.sort();
        for key in prefixed_keys {
            if key.contains('\u{1f}') {
                continue;
            }
            let each: Vec<(String, String, bool)> = members[key]
                .iter()
                .filter_map(|f| with_prefix(f).map(|(p, rest, short)| (p, org_key(rest), short)))
                .collect();
            if each.len() < members[key].len() {
                continue;
            }
            let Some((_, rest, _)) = each.first().cloned() else { continue };
            let short = each.iter().all(|(_, _, short)| *short);
            if rest.split_whitespace().count() < 2 || each.iter().any(|(_, r, _)| *r != rest) {
                continue;
            }
            let entry = prefixed.entry(rest).or_default();
            entry.0.extend(each.into_iter().map(|(p, _, _)| p));
            entry.1.push((key.clone(), short));
        }
        let mut prefixed: Vec<(String, Prefixed)> = prefixed.into_iter().collect();
        prefixed.sort_by(|a, b| a.0.cmp(&b.0));
        for (rest, (prefixes, keys)) in prefixed {
            if prefixes.len() != 1 {
                continue;
            }
            // (The name without its prefix may be in its acronym's row: "U.S. Food and Drug
            // Administration" joins FDA's.)
            let rest = acronyms.get(&rest).cloned().unwrap_or(rest);
            for (from, abbreviated) in keys {
                let (from, to) = (resolve(&joined, from), resolve(&joined, rest.clone()));
                if from == to || !members.contains_key(&from) || !members.contains_key(&to) {
                    continue;
                }
                if !abbreviated && together.count(&members[&from], &members[&to])? == 0 {
                    continue;
                }
                // Into the row of more articles ("BBC World Service", not "World Service").
                let (from, to) = if row_articles(&members[&from]) > row_articles(&members[&to]) {
                    (to, from)
                } else {
                    (from, to)
                };
                join(&mut members, &from, &to);
                joined.insert(from, to);
            }
        }
        // An acronym joins the full name with its letters that is named beside it.
        let mut acronym_rows: Vec<String> = members
            .iter()
            .filter(|(key, forms)| {
                !acronyms.contains_key(*key)
                    && (2..=5).contains(&key.chars().count())
                    && key.chars().all(|c| c.is_ascii_alphabetic())
                    && forms.iter().any(|f| is_acronym(f))
            })
            .map(|(key, _)| key.clone())
            .collect();
        acronym_rows.sort();
        let mut by_row_initials: HashMap<String, Vec<String>> = HashMap::new();
        for (key, forms) in &members {
            if key.split_whitespace().count() < 2 {
                continue;
            }
            let mut all: HashSet<String> = HashSet::new();
            for form in forms {
                all.extend(acronym_letters(form));
            }
            for letters in all {
                by_row_initials.entry(letters).or_default().push(key.clone());
            }
        }
        for acronym in acronym_rows {
            let forms = members[&acronym].clone();
            // ("ABC Inc" is not "Arab Banking Corp".)
            let its = legal_forms(&forms);
            let candidates: Vec<String> = by_row_initials
                .get(&acronym)
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .filter(|c| {
                    let theirs = legal_forms(&members[c]);
                    its.is_empty() || theirs.is_empty() || !its.is_disjoint(&theirs)
                })
                .collect();
            if let Some((to, _)) = joins(&together, &forms, row_articles(&forms), &candidates, &members)?
                && !together.apart(&forms, &members[&to])?
            {
                join(&mut members, &acronym, &to);
                joined.insert(acronym, to);
            }
        }
        // A short name joins the longer name beginning or ending with it that is named
        // beside it: the longest short names first ("Shearson Lehman" joins "Shearson
        // Lehman Brothers Inc" before "Shearson" is read).
        let words = |key: &str| -> Vec<String> {
            key.split('\u{1f}')
                .next()
                .unwrap_or("")
                .split_whitespace()
                .map(|w| without_s(w).to_string())
                .collect()
        };
        // (A row going by its acronym is read by its names' words too: "Honda" joins HMC's
        // row, which holds "Honda Motor Co Ltd".)
        let mut spelt: HashMap<String, Vec<Vec<String>>> = HashMap::new();
        for (key, forms) in &members {
            let mut all = vec![words(key)];
            if acronym_keys.contains(key) {
                all.extend(forms.iter().map(|f| words(&org_key(f))));
                all.sort();
                all.dedup();
            }
            spelt.insert(key.clone(), all);
        }
        let mut by_end_word: HashMap<String, Vec<String>> = HashMap::new();
        for (key, all) in &spelt {
            for w in all.iter().filter(|w| w.len() >= 2) {
                by_end_word.entry(w[0].clone()).or_default().push(key.clone());
                by_end_word.entry(w[w.len() - 1].clone()).or_default().push(key.clone());
            }
        }
        let mut short: Vec<(usize, String)> = members
            .iter()
            .filter(|(key, forms)| {
                !key.contains('\u{1f}')
                    && !acronyms.contains_key(*key)
                    && (1..=2).contains(&words(key).len())
                    && row_articles(forms) >= JOIN_ARTICLES
                    && !forms.iter().any(|f| known_org_any_case(f).is_some())
                    // ("Salomon Inc" is a company's whole name, not Salomon Brothers'.)
                    && !forms.iter().any(|f| legal_style(f).is_some() && articles[f] >= JOIN_ARTICLES)
            })
            .map(|(key, _)| (words(key).len(), key.clone()))
            .collect();
        short.sort_by(|a, b| b.cmp(a));
        for (_, key) in short {
            let Some(forms) = members.get(&key).cloned() else { continue };
            let w = words(&key);
            let longer = |other: &[String]| {
                other.len() > w.len()
                    && (other[..w.len()] == w[..] || other[other.len() - w.len()..] == w[..])
            };
            let mut candidates: Vec<String> = [&w[0], &w[w.len() - 1]]
                .into_iter()
                .flat_map(|word| by_end_word.get(word).cloned().unwrap_or_default())
                .filter(|other| {
                    *other != key && spelt.get(other).is_some_and(|all| all.iter().any(|w| longer(w)))
                })
                .map(|other| resolve(&joined, other))
                .filter(|other| members.contains_key(other) && *other != key)
                .collect();
            candidates.sort();
            candidates.dedup();
            candidates.retain(|c| row_articles(&members[c]) >= JOIN_ARTICLES);
            if candidates.len() > MAX_CANDIDATES {
                continue;
            }
            // A short name that begins another organization's name too ("Eastern": Eastern
            // Air Lines, and the Eastern Economic Association) is one of them only where
            // most of its articles name that one.
            let Some((to, best)) = joins(&together, &forms, row_articles(&forms), &candidates, &members)?
            else {
                continue;
            };
            let next =
                |key: &str| words(key).get(w.len()).map(|word| word.chars().take(3).collect::<String>());
            let unrelated = words(&to).starts_with(&w)
                && candidates.iter().any(|c| words(c).starts_with(&w) && next(c) != next(&to));
            if !unrelated || best as f64 >= SHARED_JOIN_SHARE * row_articles(&forms) as f64 {
                join(&mut members, &key, &to);
                joined.insert(key, to);
            }
        }
        // A longer name that is a short one with a word saying "company" ([`COMPANY_WORDS`])
        // is the short one's where most of its articles name the short one too and the short one
        // is named in four times as many articles as all such names ("Airbus Industrie"
        // and "Airbus"; not "Continental Airlines" and "Continental", which other
        // companies' articles call so too).
        let mut shorts: Vec<String> = members
            .keys()
            .filter(|key| {
                !key.contains('\u{1f}') && !acronyms.contains_key(*key) && (1..=2).contains(&words(key).len())
            })
            .cloned()
            .collect();
        shorts.sort();
        for key in shorts {
            let Some(forms) = members.get(&key).cloned() else { continue };
            if forms.iter().any(|f| known_org_any_case(f).is_some()) {
                continue;
            }
            let w = words(&key);
            let mut longer: Vec<String> = by_end_word
                .get(&w[0])
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .filter(|other| {
                    let theirs = words(other);
                    theirs.len() > w.len() && theirs[..w.len()] == w[..]
                })
                .map(|other| resolve(&joined, other))
                .filter(|other| *other != key && members.contains_key(other))
                .collect();
            longer.sort();
            longer.dedup();
            let mut claim = Vec::new();
            for other in longer {
                let theirs = &members[&other];
                // ("Fiat-GM" is a venture of Fiat's, "House Banking" a committee of the House,
                // "Apple iPod" a product of Apple's.)
                let plain = theirs.iter().all(|f| {
                    let written: Vec<&str> = f.split_whitespace().collect();
                    legal_form(f).is_none()
                        && written.len() > w.len()
                        && written[..w.len()]
                            .iter()
                            .map(|x| without_s(&fold(x)).to_string())
                            .eq(w.iter().cloned())
                        && written[w.len()..].iter().all(|word| COMPANY_WORDS.contains(&fold(word).as_str()))
                });
                let named = row_articles(theirs);
                let both = if plain && named >= JOIN_ARTICLES { together.count(theirs, &forms)? } else { 0 };
                if both >= JOIN_ARTICLES && 2 * both > named {
                    claim.push(other);
                }
            }
            let claimed: u64 = claim.iter().map(|c| row_articles(&members[c])).sum();
            if claim.is_empty() || row_articles(&forms) < JOIN_MARGIN * claimed {
                continue;
            }
            for other in claim {
                join(&mut members, &other, &key);
                joined.insert(other, key.clone());
            }
        }
        // A match line ("Brentford v Manchester United") is the side's row of more
        // articles, and a word written before a known organization ("Holders Manchester
        // United") is no part of its name where every article naming it names that one.
        let mut strays: Vec<(String, Vec<String>)> = members
            .iter()
            .filter(|(key, _)| !key.contains('\u{1f}'))
            .filter_map(|(key, forms)| {
                let mut names: Vec<String> = Vec::new();
                for form in forms {
                    names.extend(stray_names(form)?);
                }
                Some((key.clone(), names))
            })
            .collect();
        strays.sort();
        for (key, names) in strays {
            let Some(forms) = members.get(&key).cloned() else { continue };
            let mut rows: Vec<String> = names
                .iter()
                .map(|n| resolve(&joined, org_row_key(&acronyms, n)))
                .filter(|row| *row != key && members.contains_key(row))
                .collect();
            rows.sort_by(|a, b| {
                row_articles(&members[b]).cmp(&row_articles(&members[a])).then_with(|| a.cmp(b))
            });
            let Some(to) = rows.into_iter().next() else { continue };
            let match_line = forms.iter().all(|f| match_sides(f).is_some());
            if !match_line && together.count(&forms, &members[&to])? < together.docs(&forms)?.len() as u64 {
                continue;
            }
            join(&mut members, &key, &to);
            joined.insert(key, to);
        }
        let joined: HashMap<String, String> =
            joined.keys().map(|key| (key.clone(), resolve(&joined, key.clone()))).collect();
        let shared = shared_names(&members);
        let mut rows = HashMap::new();
        let mut row_names = HashMap::new();
        for (key, forms) in members {
            let mut name = forms
                .iter()
                .max_by(|a, b| articles[*a].cmp(&articles[*b]).then_with(|| b.cmp(a)))
                .expect("a row has a name")
                .clone();
            // "Moody's" before "Moody": a company's own 's, which a possessive loses.
            if let Some(own) =
                forms.iter().find(|f| f.ends_with("'s") && f.strip_suffix("'s") == Some(name.as_str()))
            {
                name = own.clone();
            }
            row_names.insert(key.clone(), name);
            for form in forms {
                rows.insert(form, key.clone());
            }
        }
        Ok(OrgRows { acronyms, rows, joined, names: row_names, shared })
    }
}

/// [`OrgRows`] as stored: each row once, with its key, its name and the names the index
/// holds in it (1.6 MB over BBC + Reuters).
#[derive(Debug, Serialize, Deserialize)]
struct StoredRows {
    /// [`OrgRows::acronyms`], sorted.
    acronyms: Vec<(String, String)>,
    /// [`OrgRows::joined`], sorted.
    joined: Vec<(String, String)>,
    /// Each row's key, name and names held, sorted.
    rows: Vec<(String, String, Vec<String>)>,
    /// [`OrgRows::shared`], sorted.
    shared: Vec<(String, Vec<String>)>,
}

impl From<&OrgRows> for StoredRows {
    fn from(rows: &OrgRows) -> StoredRows {
        let sorted = |map: &HashMap<String, String>| {
            let mut pairs: Vec<(String, String)> = map.iter().map(|(a, b)| (a.clone(), b.clone())).collect();
            pairs.sort();
            pairs
        };
        let mut forms: HashMap<&str, Vec<String>> = HashMap::new();
        for (form, key) in &rows.rows {
            forms.entry(key.as_str()).or_default().push(form.clone());
        }
        let mut stored: Vec<(String, String, Vec<String>)> = rows
            .names
            .iter()
            .map(|(key, name)| {
                let mut forms = forms.remove(key.as_str()).unwrap_or_default();
                forms.sort();
                (key.clone(), name.clone(), forms)
            })
            .collect();
        // A name's row without a name of its own (none is: each row is named).
        stored.extend(forms.into_iter().map(|(key, mut forms)| {
            forms.sort();
            (key.to_string(), String::new(), forms)
        }));
        stored.sort();
        let mut shared: Vec<(String, Vec<String>)> =
            rows.shared.iter().map(|(form, rivals)| (form.clone(), rivals.clone())).collect();
        shared.sort();
        StoredRows { acronyms: sorted(&rows.acronyms), joined: sorted(&rows.joined), rows: stored, shared }
    }
}

impl From<StoredRows> for OrgRows {
    fn from(stored: StoredRows) -> OrgRows {
        let mut rows = HashMap::new();
        let mut names = HashMap::new();
        for (key, name, forms) in stored.rows {
            for form in forms {
                rows.insert(form, key.clone());
            }
            if !name.is_empty() {
                names.insert(key, name);
            }
        }
        OrgRows {
            acronyms: stored.acronyms.into_iter().collect(),
            rows,
            joined: stored.joined.into_iter().collect(),
            names,
            shared: stored.shared.into_iter().collect(),
        }
    }
}

/// The words after a company's short name that name the company itself, not a part of it
/// ("Airbus Industrie", "Visa International").
const COMPANY_WORDS: &[&str] = &[
    "industrie",
    "industries",
    "group",
    "holdings",
    "holding",
    "international",
    "company",
    "companies",
    "enterprises",
];

/// The names of one word of each row (keys of `members`) that also holds a longer name
/// beginning with it, to the names of other rows that begin with it but not with such a
/// longer name ("Deutsche", in Deutsche Bank's row, to "Deutsche Boerse" and "Deutsche
/// Babcock AG", not to "Deutsche Bank Capital Markets"), each sorted ([`OrgRows::shared`]).
/// (A row of the one word alone is left as it is: "Acme" beside "Acme Steel" is no other
/// row's.)
fn shared_names(members: &HashMap<String, Vec<String>>) -> HashMap<String, Vec<String>> {
    let words = |form: &str| -> Vec<String> {
        form.split_whitespace().map(|w| without_s(&fold(w)).to_string()).collect()
    };
    let mut by_first: HashMap<String, Vec<(&str, &str)>> = HashMap::new();
    for (key, forms) in members {
        for form in forms.iter().filter(|f| f.split_whitespace().count() >= 2) {
            by_first.entry(words(form).remove(0)).or_default().push((form, key));
        }
    }
    let mut shared = HashMap::new();
    for (key, forms) in members {
        for form in forms.iter().filter(|f| f.split_whitespace().count() == 1) {
            let word = words(form).remove(0);
            let longer: Vec<Vec<String>> =
                forms.iter().map(|f| words(f)).filter(|w| w.len() >= 2 && w[0] == word).collect();
            if longer.is_empty() {
                continue;
            }
            let mut rivals: Vec<String> = by_first
                .get(&word)
                .into_iter()
                .flatten()
                .filter(|(rival, theirs)| {
                    let w = words(rival);
                    *theirs != key.as_str()
                        && !longer.iter().any(|l| w.starts_with(l))
                        && members[*theirs].iter().any(|f| another_company(f, &word))
                })
                .map(|(rival, _)| rival.to_string())
                .collect();
            if rivals.is_empty() {
                continue;
            }
            rivals.sort();
            shared.insert(form.clone(), rivals);
        }
    }
    shared
}

/// Whether `form` is a company's whole name, with its legal form, that begins with `word`
/// and says more than "company" between them ("Tandy Brands Inc", "Deutsche Babcock AG";
/// not "Viacom International Inc", Viacom's own name).
fn another_company(form: &str, word: &str) -> bool {
    let written: Vec<String> = form.split_whitespace().map(fold).collect();
    legal_form(form).is_some()
        && written.len() >= 3
        && without_s(&written[0]) == word
        && !written[1..written.len() - 1].iter().all(|w| COMPANY_WORDS.contains(&w.as_str()))
}

/// The most rows a short name is weighed against: one with more is no one's ("Bank").
const MAX_CANDIDATES: usize = 30;

/// Moves the names of the row `from` to the row `to`, but for those with a legal form of
/// a style `to` has none of: another company ("ASA Ltd" stays out of the American Soybean
/// Association's row with "ASA").
fn join(members: &mut HashMap<String, Vec<String>>, from: &str, to: &str) {
    let styles: HashSet<&str> =
        members.get(to).into_iter().flatten().filter_map(|f| legal_style(f)).collect();
    let forms = members.remove(from).unwrap_or_default();
    let (stay, go): (Vec<String>, Vec<String>) =
        forms.into_iter().partition(|f| legal_style(f).is_some_and(|s| !styles.contains(s)));
    members.entry(to.to_string()).or_default().extend(go);
    if !stay.is_empty() {
        members.insert(from.to_string(), stay);
    }
}

/// The legal forms ([`legal_form`]) of some names.
fn legal_forms(forms: &[String]) -> HashSet<String> {
    forms.iter().filter_map(|f| legal_form(f)).collect()
}

/// Counts the articles naming two rows together from the postings of the exact
/// organization field, each name's read once (a search for each pair took 2 s over BBC +
/// Reuters).
struct Together<'a> {
    searcher: &'a Searcher,
    exact: Field,
    /// The live articles naming each name read (segment and document, as one number).
    docs: RefCell<HashMap<String, Rc<Vec<u64>>>>,
    /// The date column of each segment, read for the first [`Together::years`].
    dates: OnceCell<Vec<Option<Column<DateTime>>>>,
}

/// How many years must lie between the articles naming an acronym alone and those
/// giving its full name for the acronym to be another body's ([`Together::apart`]).
const APART_YEARS: i64 = 5;

/// A year of 365.25 days, in seconds.
const SECONDS_A_YEAR: i64 = 31_557_600;

impl Together<'_> {
    /// The articles naming `form`.
    fn of_form(&self, form: &str) -> tantivy::Result<Rc<Vec<u64>>> {
        if let Some(docs) = self.docs.borrow().get(form) {
            return Ok(docs.clone());
        }
        let term = Term::from_field_text(self.exact, form);
        let mut docs = Vec::new();
        crate::index::each_live_posting(self.searcher, &term, IndexRecordOption::Basic, |ord, doc, _| {
            docs.push((u64::from(ord) << 32) | u64::from(doc));
        })?;
        let docs = Rc::new(docs);
        self.docs.borrow_mut().insert(form.to_string(), docs.clone());
        Ok(docs)
    }

    /// The articles naming any of `forms`.
    fn docs(&self, forms: &[String]) -> tantivy::Result<HashSet<u64>> {
        let mut all = HashSet::new();
        for form in forms {
            all.extend(self.of_form(form)?.iter().copied());
        }
        Ok(all)
    }

    /// The year (from 1970) of an article (segment and document, as one number), when
    /// it has a date.
    fn year(&self, doc: u64) -> Option<i64> {
        let columns = self.dates.get_or_init(|| {
            self.searcher.segment_readers().iter().map(|s| s.fast_fields().date(names::DATE).ok()).collect()
        });
        let column = columns.get((doc >> 32) as usize)?.as_ref()?;
        column.first((doc & 0xffff_ffff) as u32).map(|d| d.into_timestamp_secs() / SECONDS_A_YEAR)
    }

    /// Whether the articles naming `short` (an acronym) but none of `full` are about
    /// another body: each dated more than [`APART_YEARS`] from all the articles naming
    /// `full` (a British union "GMB" of 2005, Zimbabwe's "Grain Marketing Board (GMB)" of
    /// 1987). An acronym explained in brackets names that body in the articles of its
    /// time; years away, and never written beside it, another.
    fn apart(&self, short: &[String], full: &[String]) -> tantivy::Result<bool> {
        if short.is_empty() || full.is_empty() {
            return Ok(false);
        }
        let with_full = self.docs(full)?;
        let alone: Vec<u64> = self.docs(short)?.into_iter().filter(|d| !with_full.contains(d)).collect();
        let years: Vec<i64> = with_full.iter().filter_map(|d| self.year(*d)).collect();
        if alone.is_empty() || years.is_empty() {
            return Ok(false);
        }
        Ok(alone
            .iter()
            .all(|d| self.year(*d).is_some_and(|y| years.iter().all(|f| (y - f).abs() > APART_YEARS))))
    }

    /// How many articles name one of `some` and one of `others`.
    fn count(&self, some: &[String], others: &[String]) -> tantivy::Result<u64> {
        if some.is_empty() || others.is_empty() {
            return Ok(0);
        }
        let some = self.docs(some)?;
        Ok(self.docs(others)?.iter().filter(|doc| some.contains(doc)).count() as u64)
    }
}

/// The one row of `candidates` (keys of `members`) that the articles naming `forms` (of
/// `articles` in all) name too: in at least [`JOIN_ARTICLES`] and [`JOIN_SHARE`] of them,
/// [`JOIN_MARGIN`] times as many as any other candidate; with how many name both.
fn joins(
    together: &Together,
    forms: &[String],
    articles: u64,
    candidates: &[String],
    members: &HashMap<String, Vec<String>>,
) -> tantivy::Result<Option<(String, u64)>> {
    let mut counts: Vec<(u64, &String)> = Vec::new();
    for candidate in candidates {
        let Some(theirs) = members.get(candidate) else { continue };
        counts.push((together.count(forms, theirs)?, candidate));
    }
    counts.sort_by(|a, b| b.cmp(a));
    let Some(&(best, row)) = counts.first() else { return Ok(None) };
    let second = counts.get(1).map_or(0, |c| c.0);
    let joins =
        best >= JOIN_ARTICLES && best as f64 >= JOIN_SHARE * articles as f64 && best >= JOIN_MARGIN * second;
    Ok(joins.then(|| (row.clone(), best)))
}

/// The row a key ends in, following the joins.
fn resolve(joined: &HashMap<String, String>, mut key: String) -> String {
    let mut steps = 0;
    while let Some(next) = joined.get(&key) {
        key = next.clone();
        steps += 1;
        if steps > 16 {
            break;
        }
    }
    key
}

/// The name before a "union" that follows it ("United Automobile Workers union": "United
/// Automobile Workers", true; "Teamsters Union": "Teamsters", false) when that name ends
/// in a plural or an acronym, and whether "union" is written small.
fn union_descriptor(form: &str) -> Option<(&str, bool)> {
    let (rest, last) = form.trim().rsplit_once(' ')?;
    let rest = rest.trim_end();
    let before = rest.split_whitespace().last()?;
    let plural = before.len() > 3
        && before.starts_with(char::is_uppercase)
        && before.ends_with('s')
        && !before.ends_with("ss")
        && !before.ends_with("'s");
    let small = last == "union";
    ((small || last == "Union") && (plural || is_acronym(before))).then_some((rest, small))
}

/// Whether two keys of as many words (two or more) differ only in words one of them
/// writes short, of three letters or more ("united auto workers" and "united automobile
/// workers").
fn written_short(a: &str, b: &str) -> bool {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.split_whitespace().collect(), b.split_whitespace().collect());
    a.len() == b.len()
        && a.len() >= 2
        && a != b
        && a.iter()
            .zip(&b)
            .all(|(x, y)| x == y || (x.len().min(y.len()) >= 3 && (x.starts_with(y) || y.starts_with(x))))
}

/// A word without the 's that ends it.
fn without_s(word: &str) -> &str {
    word.strip_suffix("'s").filter(|w| !w.is_empty()).unwrap_or(word)
}

/// The letters an acronym of a name may take: its [`initials`], also with its "of", "and"
/// and "for" ("DOT", the Department of Transportation) and without the country or
/// organization written before it ([`with_prefix`]: "CAA", the British Civil Aviation
/// Authority).
fn acronym_letters(form: &str) -> Vec<String> {
    let mut all = Vec::new();
    for name in std::iter::once(form).chain(with_prefix(form).map(|(_, rest, _)| rest)) {
        let key = name_key(name).replace(" & ", " and ");
        all.extend(initials(&key));
        all.extend(initials_with(&key, &["of", "and", "for"]));
    }
    all.sort();
    all.dedup();
    all
}

/// The country or organization written before a name of two words or more, folded and
/// without its dots, the name after it, and whether it is written short ("U.N. Security
/// Council": "un", "Security Council", true; "British Civil Aviation Authority":
/// "british", "Civil Aviation Authority", false).
fn with_prefix(name: &str) -> Option<(String, &str, bool)> {
    let (first, rest) = name.trim().split_once(char::is_whitespace)?;
    let rest = rest.trim_start();
    if rest.split_whitespace().count() < 2 || !rest.starts_with(char::is_uppercase) {
        return None;
    }
    let letters = first.replace('.', "");
    let short = (2..=4).contains(&letters.len()) && letters.chars().all(|c| c.is_ascii_uppercase());
    let country = place(first).is_some_and(|p| p.kind == "country");
    let prefix = if short {
        country || known_org_any_case(first).is_some()
    } else {
        first.starts_with(char::is_uppercase) && (country || is_demonym_or_name(&fold(first)))
    };
    prefix.then(|| (fold(&letters), rest, short))
}

/// Pairs of rows (keys of `members`, of two words or more) whose keys differ in one word
/// that one of them cuts short ("pan am world airways" and "pan american world airways":
/// a word of two or three letters that begins the other's, three letters longer or more;
/// "news international" is not "newsweek international"),
/// each the one with fewer articles first, when the cut word begins no other row's word there.
fn cut_short(
    members: &HashMap<String, Vec<String>>,
    row_articles: &impl Fn(&[String]) -> u64,
) -> Vec<(String, String)> {
    let mut by_rest: HashMap<(usize, String), Vec<(String, String)>> = HashMap::new();
    for key in members.keys().filter(|k| !k.contains('\u{1f}')) {
        let w: Vec<&str> = key.split_whitespace().collect();
        if w.len() < 2 {
            continue;
        }
        for at in 0..w.len() {
            let mut rest = w.clone();
            rest[at] = "*";
            by_rest.entry((at, rest.join(" "))).or_default().push((w[at].to_string(), key.clone()));
        }
    }
    let mut pairs = Vec::new();
    for group in by_rest.values().filter(|g| g.len() > 1) {
        for (word, key) in group {
            // ("EC Energy" is not "Ecuadorean Energy": an acronym is no word cut short.)
            let written_caps = members[key].iter().flat_map(|f| f.split_whitespace()).any(|w| {
                fold(w) == *word
                    && w.chars().filter(char::is_ascii_alphabetic).all(|c| c.is_ascii_uppercase())
            });
            if written_caps
                || !(2..=3).contains(&word.chars().count())
                || !word.chars().all(char::is_alphabetic)
            {
                continue;
            }
            let whole: Vec<&String> = group
                .iter()
                .filter(|(other, _)| other.len() >= word.len() + 3 && other.starts_with(word.as_str()))
                .map(|(_, k)| k)
                .collect();
            if let [other] = whole[..] {
                let (a, b) = (row_articles(&members[key]), row_articles(&members[other]));
                let pair = if (a, other) < (b, key) {
                    (key.clone(), other.clone())
                } else {
                    (other.clone(), key.clone())
                };
                pairs.push(pair);
            }
        }
    }
    pairs.sort();
    pairs.dedup();
    pairs
}

/// Pairs of rows (keys of `members`, of three words or more) whose keys differ only in
/// an "s" ending one word but the first ("moody's investors services" and "moody's
/// investors service"), each the one with fewer articles first, when the other is named in
/// [`JOIN_MARGIN`] times as many articles or more (a slip of the pen, not another firm).
fn plural_slips(
    members: &HashMap<String, Vec<String>>,
    row_articles: &impl Fn(&[String]) -> u64,
) -> Vec<(String, String)> {
    let mut by_singular: HashMap<Vec<String>, Vec<&String>> = HashMap::new();
    for key in members.keys().filter(|k| !k.contains('\u{1f}')) {
        let w: Vec<String> = key
            .split_whitespace()
            .enumerate()
            .map(
                |(at, w)| {
                    if at > 0 && w.len() > 3 && !w.ends_with("ss") { w.trim_end_matches('s') } else { w }
                },
            )
            .map(str::to_string)
            .collect();
        if w.len() >= 3 {
            by_singular.entry(w).or_default().push(key);
        }
    }
    let mut pairs = Vec::new();
    for keys in by_singular.values().filter(|keys| keys.len() > 1) {
        let mut keys: Vec<(u64, &String)> = keys.iter().map(|k| (row_articles(&members[*k]), *k)).collect();
        keys.sort_by(|a, b| b.cmp(a));
        let (most, to) = keys[0];
        for &(n, from) in &keys[1..] {
            if most >= JOIN_MARGIN * n {
                pairs.push((from.clone(), to.clone()));
            }
        }
    }
    pairs.sort();
    pairs
}

/// The two sides of a match line taken for a name ("Brentford v Manchester United"), each
/// a capitalized name.
fn match_sides(form: &str) -> Option<(&str, &str)> {
    let (a, b) = [" v ", " vs ", " vs. ", " v. "].iter().find_map(|sep| form.split_once(sep))?;
    let (a, b) = (a.trim(), b.trim());
    (a.starts_with(char::is_uppercase) && b.starts_with(char::is_uppercase)).then_some((a, b))
}

/// The names a name taken wrongly stands for: the sides of a match line ([`match_sides`]),
/// or the known organization after a word that is no place, nationality or organization
/// word ("Holders Manchester United": "Manchester United"; not "Scottish Labour Party"
/// or "State Supreme Court").
fn stray_names(form: &str) -> Option<Vec<String>> {
    if let Some((a, b)) = match_sides(form) {
        return Some(vec![a.to_string(), b.to_string()]);
    }
    let (first, rest) = form.trim().split_once(' ')?;
    let folded = fold(first);
    let plain = first.starts_with(char::is_uppercase)
        && first.chars().all(char::is_alphabetic)
        && rest.split_whitespace().count() >= 2
        && place(first).is_none()
        && !is_demonym_or_name(&folded)
        && !is_org_head(&folded)
        && !NOT_BEFORE_AN_ORG.contains(&folded.as_str());
    (plain && known_org_any_case(rest).is_some()).then(|| vec![rest.to_string()])
}

/// Words that make a known organization's name another's ("State Supreme Court",
/// "Federal Reserve Bank").
const NOT_BEFORE_AN_ORG: &[&str] = &[
    "state",
    "federal",
    "national",
    "royal",
    "central",
    "city",
    "county",
    "provincial",
    "regional",
    "new",
    "old",
];

/// Whether two names of an organization are one body's written otherwise: word for
/// word alike once their small words, legal forms and the country before them are left
/// out, each word the other's with a letter slipped or cut short ([`words_alike`]):
/// "Organisation of Economic Cooperation and Development" and "Organisation for Economic
/// Co-operation and Development", "Commodity Credit Corportion" and "Commodity Credit
/// Corp", not "African Development Bank" and "Asian Development Bank".
fn same_body(a: &str, b: &str) -> bool {
    const SMALL: &[&str] = &["and", "&", "of", "the", "for", "de", "du", "des", "la", "le", "in", "on"];
    // (With and without the legal form: "Corportion" is no legal form to strip.)
    let words = |name: &str, legal: bool| -> Vec<String> {
        let bare = with_prefix(name).map_or(name, |(_, rest, _)| rest);
        let bare = if legal { bare.to_string() } else { without_legal_form(bare) };
        let key = name_key(&bare).replace(['-', ',', '.'], " ");
        key.split_whitespace().filter(|w| !SMALL.contains(w)).map(str::to_string).collect()
    };
    [false, true].into_iter().any(|legal| {
        let (a, b) = (words(a, legal), words(b, legal));
        a.len() == b.len() && !a.is_empty() && a.iter().zip(&b).all(|(x, y)| words_alike(x, y))
    })
}

/// Whether two words are one written otherwise: the same, or beginning alike with the
/// shorter's letters in the longer in order ("Adminstration", "Commmission", "Pty" of
/// "Proprietary") or all but its last two letters beginning the longer ("Agriculture"
/// and "Agricultural").
fn words_alike(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.chars().count() <= b.chars().count() { (a, b) } else { (b, a) };
    if short.chars().next() != long.chars().next() {
        return false;
    }
    let mut rest = long.chars();
    let within = short.chars().all(|c| rest.any(|l| l == c));
    let common = short.chars().zip(long.chars()).take_while(|(x, y)| x == y).count();
    within
        || common >= 3.max(short.chars().count().saturating_sub(2))
        || (short.chars().count() >= 6 && strsim::levenshtein(short, long) <= 2)
}

/// Whether a name is written as an acronym: capitals, with "&" or dots between them
/// ("ATT", "AT&T", "S&P", "E.C.").
fn is_acronym(name: &str) -> bool {
    let letters: Vec<char> = name.chars().filter(|c| !matches!(c, '&' | '.')).collect();
    (2..=5).contains(&letters.len()) && letters.iter().all(char::is_ascii_uppercase)
}

/// The initials of a key's words, leaving out "and", "of", "the" and the like, each
/// without and then with the legal forms that end it ("American Motors Corp": "am" and
/// "amc"): none for a name of one word.
fn initials(key: &str) -> Vec<String> {
    initials_with(key, &[])
}

/// [`initials`], with the small words of `kept` kept.
fn initials_with(key: &str, kept: &[&str]) -> Vec<String> {
    const SKIPPED: &[&str] = &["and", "&", "of", "the", "for", "de", "du", "des", "la", "le", "in", "on"];
    let words: Vec<&str> =
        key.split_whitespace().filter(|w| !SKIPPED.contains(w) || kept.contains(w)).collect();
    let bare = without_legal_form(&words.join(" ")).split_whitespace().count();
    if bare < 2 {
        return Vec::new();
    }
    let letters: String = words.iter().filter_map(|w| w.chars().next()).collect();
    (bare..=words.len()).map(|n| letters.chars().take(n).collect()).collect()
}

/// The legal form that ends a company's name, as one word for all its writings ("Corp."
/// and "Corporation" are "corp"), if any.
fn legal_form(name: &str) -> Option<String> {
    let last = fold(name.split_whitespace().last()?.trim_end_matches(',')).replace('.', "");
    Some(
        match last.as_str() {
            "corporation" => "corp",
            "company" => "co",
            "incorporated" => "inc",
            "limited" => "ltd",
            other if crate::entities::lexicon::is_legal_form(other) => other,
            _ => return None,
        }
        .to_string(),
    )
    .filter(|_| name.split_whitespace().count() >= 2)
}

/// The country style of the legal form that ends a company's name: "Inc" and "Corp" are
/// American, "Plc" and "Ltd" British, "AG" and "GmbH" German, "SA" French, "SpA" Italian,
/// and "Co Ltd" Japanese (the wires' "Nomura Securities Co Ltd", of a Japanese,
/// Korean or Hong Kong firm, which they write "Nomura Securities Co" too).
fn legal_style(name: &str) -> Option<&'static str> {
    let form = legal_form(name)?;
    let words: Vec<&str> = name.split_whitespace().collect();
    let before = words.len().checked_sub(2).map(|at| fold(words[at]).replace('.', ""));
    if form == "ltd" && words.len() >= 3 && matches!(before.as_deref(), Some("co" | "company")) {
        return Some("jp");
    }
    Some(match form.as_str() {
        "inc" | "corp" | "co" | "llc" | "llp" => "us",
        "plc" | "ltd" => "uk",
        "ag" | "gmbh" => "de",
        "sa" | "sarl" => "fr",
        "spa" | "srl" => "it",
        "nv" | "bv" => "nl",
        "ab" | "oyj" => "nordic",
        _ => "other",
    })
}

/// Whether two legal styles ([`legal_style`]) are one company's: the same, or the Japanese
/// "Co Ltd" written short, "Co" or "Ltd" ("Nikko Securities Co Ltd" and "Nikko Securities
/// Co"; "General Electric Co Plc" is not "General Electric Co").
fn same_style(a: &str, b: &str) -> bool {
    a == b || (a == "jp" && matches!(b, "us" | "uk")) || (b == "jp" && matches!(a, "us" | "uk"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stored_rows_follow_every_table_the_keys_read() {
        // Each file that the lexicon and the spellings read names and spellings from is a
        // source of the fingerprint: a new spelling pair ("organisation") makes stored rows
        // stale.
        let root = env!("CARGO_MANIFEST_DIR");
        for (dir, code) in [
            ("src/entities", include_str!("../entities/lexicon.rs")),
            ("src/index", include_str!("../index/spellings.rs")),
        ] {
            for piece in code.split("include_str!(\"").skip(1) {
                let path = &piece[..piece.find('"').expect("a closing quote")];
                let text = std::fs::read_to_string(format!("{root}/{dir}/{path}")).expect(path);
                assert!(
                    SOURCES.contains(&text.as_str()),
                    "{dir}/{path} is no source of the rows' fingerprint"
                );
            }
        }
    }

    #[test]
    fn a_name_with_a_letter_slipped_is_the_same_body_but_another_word_is_not() {
        assert!(same_body(
            "Organisation for Economic Cooperation and Development",
            "Organisation of Economic Cooperation and Development"
        ));
        assert!(same_body("Commodity Credit Corp", "Commodity Credit Corportion"));
        assert!(same_body("International Coffee Organization", "International Coffee Organistion"));
        assert!(same_body("Scandinavian Airlines System", "Scandinavian Airline Systems"));
        assert!(!same_body("Asian Development Bank", "African Development Bank"));
        assert!(!same_body("International Tin Council", "U.S. International Trade Commission"));
        assert!(!same_body("International Cocoa Organization", "International Coffee Organization"));
    }

    #[test]
    fn an_acronym_spelled_out_as_another_body_is_that_body_s() {
        let rows = OrgRows {
            rows: [
                ("ITC", "itc"),
                ("International Tin Council", "itc"),
                ("U.S. International Trade Commission", "international trade commission"),
                ("International Trade Commission", "international trade commission"),
                ("EC Commission", "ec commission"),
                ("Interstate Tin Councils", "interstate tin councils"),
            ]
            .iter()
            .map(|(name, key)| (name.to_string(), key.to_string()))
            .collect(),
            ..OrgRows::default()
        };
        assert_eq!(
            rows.spelled_out_otherwise("ITC"),
            [
                "International Trade Commission",
                "Interstate Tin Councils",
                "U.S. International Trade Commission"
            ]
        );
        assert!(rows.spelled_out_otherwise("International Tin Council").is_empty());
    }

    #[test]
    fn initials_leave_out_small_words_and_may_take_the_legal_form() {
        assert_eq!(initials("american telephone and telegraph"), ["att"]);
        assert_eq!(initials("american motors corp"), ["am", "amc"]);
        assert_eq!(initials("standard and poor"), ["sp"]);
        assert!(initials("ford").is_empty());
    }

    #[test]
    fn stored_rows_are_the_rows_read() {
        let pairs = |list: &[(&str, &str)]| -> HashMap<String, String> {
            list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
        };
        let rows = OrgRows {
            acronyms: pairs(&[("american telephone and telegraph", "att"), ("att", "att")]),
            rows: pairs(&[
                ("AT&T", "att"),
                ("ATT", "att"),
                ("American Telephone and Telegraph Co", "att"),
                ("Ford", "ford motor"),
                ("Ford Motor Co", "ford motor"),
            ]),
            joined: pairs(&[("ford", "ford motor")]),
            names: pairs(&[("att", "AT&T"), ("ford motor", "Ford Motor Co")]),
            shared: [("Ford".to_string(), vec!["Ford Foundation".to_string()])].into_iter().collect(),
        };
        let json = serde_json::to_string(&StoredRows::from(&rows)).unwrap();
        let back = OrgRows::from(serde_json::from_str::<StoredRows>(&json).unwrap());
        assert_eq!(back, rows);
        assert_eq!(back.key("Ford"), "ford motor");
        assert_eq!(back.forms("att"), ["AT&T", "ATT", "American Telephone and Telegraph Co"]);
    }

    #[test]
    fn an_acronym_may_take_the_small_words_and_leave_out_a_country() {
        assert!(acronym_letters("Department of Transportation").contains(&"dot".to_string()));
        assert!(acronym_letters("British Civil Aviation Authority").contains(&"caa".to_string()));
        assert!(acronym_letters("U.S. Department of Transportation").contains(&"dot".to_string()));
        assert!(!acronym_letters("Department of Transportation").contains(&"caa".to_string()));
    }

    #[test]
    fn a_country_or_an_organization_written_before_a_name_is_its_prefix() {
        assert_eq!(with_prefix("U.N. Security Council"), Some(("un".to_string(), "Security Council", true)));
        assert_eq!(
            with_prefix("British Civil Aviation Authority"),
            Some(("british".to_string(), "Civil Aviation Authority", false))
        );
        assert_eq!(with_prefix("National Security Council"), None);
        // One word after it is too little to be a name of its own ("U.S. Steel").
        assert_eq!(with_prefix("U.S. Steel"), None);
    }

    #[test]
    fn a_word_cut_short_is_the_word_whole_but_an_acronym_is_not() {
        let members: HashMap<String, Vec<String>> = [
            ("pan am world airways", "Pan Am World Airways"),
            ("pan american world airways", "Pan American World Airways"),
            ("ec energy", "EC Energy"),
            ("ecuadorean energy", "Ecuadorean Energy"),
        ]
        .into_iter()
        .map(|(k, f)| (k.to_string(), vec![f.to_string()]))
        .collect();
        let articles = |forms: &[String]| if forms[0].starts_with("Pan American") { 9 } else { 3 };
        assert_eq!(
            cut_short(&members, &articles),
            [("pan am world airways".to_string(), "pan american world airways".to_string())]
        );
    }

    #[test]
    fn a_union_written_after_a_plural_or_an_acronym_is_the_union_s_word() {
        assert_eq!(
            union_descriptor("United Automobile Workers union"),
            Some(("United Automobile Workers", true))
        );
        assert_eq!(union_descriptor("UAW union"), Some(("UAW", true)));
        assert_eq!(union_descriptor("Teamsters Union"), Some(("Teamsters", false)));
        assert_eq!(union_descriptor("Soviet Union"), None);
        assert_eq!(union_descriptor("European Union"), None);
        assert_eq!(union_descriptor("Teamsters Union Local"), None);
    }

    #[test]
    fn a_word_written_short_leaves_a_name_the_same() {
        assert!(written_short("united auto workers", "united automobile workers"));
        assert!(!written_short("european community", "european commission"));
        assert!(!written_short("united auto workers", "united auto workers union"));
        assert!(!written_short("auto", "automobile"));
    }

    #[test]
    fn legal_forms_have_a_country_style() {
        assert_eq!(legal_style("General Electric Co Plc"), Some("uk"));
        assert_eq!(legal_style("General Electric Co."), Some("us"));
        assert_eq!(legal_style("Salomon SA"), Some("fr"));
        assert_eq!(legal_style("Salomon"), None);
        assert_eq!(legal_form("Arab Banking Corporation").as_deref(), Some("corp"));
        assert!(is_acronym("AT&T") && is_acronym("ATT") && !is_acronym("Att"));
        // A Japanese "Co Ltd" is its "Co" and its "Ltd" written short; a "Co Plc" is not.
        assert_eq!(legal_style("Nomura Securities Co. Ltd."), Some("jp"));
        assert_eq!(legal_style("Nissan Motor Company Ltd"), Some("jp"));
        assert!(same_style("jp", "us") && same_style("uk", "jp") && !same_style("uk", "us"));
    }

    #[test]
    fn a_word_with_an_s_too_many_is_a_slip_of_the_name_named_four_times_as_often() {
        let members: HashMap<String, Vec<String>> = [
            ("moody's investors service", 8),
            ("moody's investors services", 2),
            ("moody's investor service", 1),
            ("hilton hotels", 1),
            ("hilton hotel", 9),
            ("national grain and feed association", 3),
            ("national grains and feed association", 1),
        ]
        .into_iter()
        .map(|(key, n)| (key.to_string(), (0..n).map(|i| format!("{key} {i}")).collect()))
        .collect();
        let pairs = plural_slips(&members, &|forms: &[String]| forms.len() as u64);
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        // (Two words are too few: "Hilton Hotels" is not "Hilton Hotel"; 3 is not 4 times 1.)
        assert_eq!(
            pairs,
            vec![
                pair("moody's investor service", "moody's investors service"),
                pair("moody's investors services", "moody's investors service"),
            ]
        );
    }

    #[test]
    fn a_match_line_or_a_plain_word_before_a_known_organization_is_no_name() {
        assert_eq!(
            stray_names("Brentford v Manchester United"),
            Some(vec!["Brentford".to_string(), "Manchester United".to_string()])
        );
        assert_eq!(stray_names("Holders Manchester United"), Some(vec!["Manchester United".to_string()]));
        for name in ["Scottish Labour Party", "State Supreme Court", "Manchester United", "Bank v"] {
            assert_eq!(stray_names(name), None, "{name}");
        }
    }
}
