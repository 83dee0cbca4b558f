//! Counting over a set of articles: the most frequent people, organizations, places or
//! sites among the articles a query matches, read from the exact-name fast fields with a
//! terms aggregation, and the articles per day, week, month or year, read from the date
//! fast field (no stored document is loaded).

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use tantivy::Searcher;
use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::{AggContextParams, AggregationCollector};
use tantivy::collector::Count;
use tantivy::query::Query;

use crate::dates::DateSpan;
use crate::entities::lexicon::name_key;
use crate::index::NewsIndex;
use crate::index::schema::names;
use crate::search::org_rows::OrgRows;
use crate::search::query::{self, PersonKeys, SearchRequest};

/// Names each segment reports to the merge (below tantivy's default bucket limit).
const SEGMENT_NAMES: usize = 60_000;

/// tantivy's default limit on the buckets of one aggregation.
const MAX_BUCKETS: usize = 65_000;

/// A name and how many matching articles mention it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct NameCount {
    /// Canonical name.
    pub name: String,
    /// Articles that mention it.
    pub articles: u64,
    /// The writings of the name counted in this row, most articles first, when there are
    /// two or more ("General Motors Corp", "GM", "General Motors"), so that a merge can be
    /// checked; none (and not in JSON) for a name written one way.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub spellings: Vec<String>,
}

impl NameCount {
    /// A name written one way, and its articles.
    pub fn new(name: impl Into<String>, articles: u64) -> NameCount {
        NameCount { name: name.into(), articles, spellings: Vec::new() }
    }
}

/// The kinds of names counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    /// People.
    Person,
    /// Organizations.
    Org,
    /// Places.
    Place,
    /// Sites (the host of an article's web address).
    Site,
    /// Languages (codes: `en`, `de`).
    Language,
}

impl NameKind {
    /// The exact-name fast field holding this kind.
    pub fn field(self) -> &'static str {
        match self {
            NameKind::Person => names::PERSON_NAME,
            NameKind::Org => names::ORG_NAME,
            NameKind::Place => names::PLACE_NAME,
            NameKind::Site => names::SITE_NAME,
            NameKind::Language => names::LANGUAGE,
        }
    }

    /// The plural used in output (`people`, `organizations`, `places`, `sites`).
    pub fn plural(self) -> &'static str {
        match self {
            NameKind::Person => "people",
            NameKind::Org => "organizations",
            NameKind::Place => "places",
            NameKind::Site => "sites",
            NameKind::Language => "languages",
        }
    }
}

/// The filters of `kind` in a request: its people, organizations, places or sites.
fn filters_of(req: &mut SearchRequest, kind: NameKind) -> &mut Vec<String> {
    match kind {
        NameKind::Person => &mut req.people,
        NameKind::Org => &mut req.orgs,
        NameKind::Place => &mut req.places,
        NameKind::Site => &mut req.sites,
        NameKind::Language => &mut req.languages,
    }
}

/// Adds the names of a listing's `--with` (`with=` in the API) to `req` as filters, each of
/// the kind most articles name it as (the listing's own kind on a tie or when none does):
/// `orgs --with "Paul Volcker"` counts the organizations in the articles naming the person,
/// `people --with Yukos` the people in those naming the company, though one article read
/// "Yukos" as a person. Returns how many articles name each, as the kind chosen.
pub fn add_with_filters(
    news: &NewsIndex,
    searcher: &Searcher,
    req: &mut SearchRequest,
    kind: NameKind,
    with: &[String],
) -> Result<Vec<usize>> {
    let mut counts = Vec::with_capacity(with.len());
    for name in with {
        let naming = |kind: NameKind| -> Result<usize> {
            let mut only = SearchRequest::default();
            filters_of(&mut only, kind).push(name.clone());
            Ok(match query::articles(news, searcher, &only) {
                Ok(query) => searcher.search(&*query, &Count)?,
                Err(_) => 0,
            })
        };
        let mut chosen = kind;
        let mut most = naming(kind)?;
        if !matches!(kind, NameKind::Site | NameKind::Language) {
            for other in [NameKind::Person, NameKind::Org, NameKind::Place].into_iter().filter(|&k| k != kind)
            {
                let named = naming(other)?;
                if named > most {
                    (chosen, most) = (other, named);
                }
            }
        }
        filters_of(req, chosen).push(name.clone());
        counts.push(most);
    }
    Ok(counts)
}

/// The names a listing's `--with` asks about (`with=` in the API), as the rows that are
/// them: a row goes when it is the named entity itself, not when its name holds the
/// asked name's words. `orgs --with Japan` keeps "Bank of Japan", `places --with "New
/// York"` keeps "New York City", `orgs --with "Federal Reserve"` leaves out the row
/// "Federal Reserve" with its writings "U.S. Federal Reserve" and "Fed"; and an acronym or
/// short form is the row it names: `orgs --with IMF` leaves out "International Monetary
/// Fund", `places --with UK` "United Kingdom" (each read as the lists key their rows: an
/// organization by [`query::org_row_key`], a place by its gazetteer name, a person by
/// [`PersonKeys`] without titles).
pub struct AskedRows {
    kind: NameKind,
    keys: std::collections::HashSet<String>,
    orgs: std::sync::Arc<OrgRows>,
    people: PersonKeys,
}

impl AskedRows {
    /// The rows of a listing of `kind` that `with` asks about.
    pub fn of(searcher: &Searcher, kind: NameKind, with: &[String]) -> Result<AskedRows> {
        let orgs = match kind {
            NameKind::Org => OrgRows::of(searcher)?,
            _ => Default::default(),
        };
        Ok(AskedRows::new(kind, orgs, person_keys(searcher, kind)?, with))
    }

    /// The rows of `with` in a listing of `kind` whose organizations are rows as `orgs`
    /// says and people's writings as `people`.
    fn new(kind: NameKind, orgs: std::sync::Arc<OrgRows>, people: PersonKeys, with: &[String]) -> AskedRows {
        let mut rows = AskedRows { kind, keys: Default::default(), orgs, people };
        let keys = with
            .iter()
            .flat_map(|name| {
                let canonical = match kind {
                    NameKind::Place => crate::entities::lexicon::place(name).map(|p| p.canonical.to_string()),
                    NameKind::Person => Some(query::without_titles(name)),
                    _ => None,
                };
                [Some(name.clone()), canonical].into_iter().flatten()
            })
            .map(|name| rows.key(&name))
            .collect();
        rows.keys = keys;
        rows
    }

    /// The key a name's row has in the listing.
    fn key(&self, name: &str) -> String {
        match self.kind {
            NameKind::Org => self.orgs.key(name),
            NameKind::Person => self.people.key(name),
            _ => name_key(name),
        }
    }

    /// Whether `row` is a name asked about: its name or a writing counted in it is.
    pub fn is_asked(&self, row: &NameCount) -> bool {
        std::iter::once(&row.name).chain(&row.spellings).any(|name| self.keys.contains(&self.key(name)))
    }
}

/// The `limit` most frequent names of `kind` among the articles matching `query`, most
/// frequent first (ties by name).
pub fn top_names(
    searcher: &Searcher,
    query: &dyn Query,
    kind: NameKind,
    limit: usize,
) -> Result<Vec<NameCount>> {
    // Each segment reports its top `shard_size` names and the merge adds them up, so a name
    // cut from some segment's list would be undercounted (and counts would depend on how
    // segments happen to be laid out). Asking every segment for all its names, up to
    // tantivy's bucket limit, keeps the counts exact on any realistic archive.
    // Every name comes back, so that the forms of a name differing in case or accents are
    // added up before the list is cut (0.06 s more for `stats` over 24,000 articles).
    // (`-n all` asks for every name: as many as tantivy's buckets hold.)
    let size = SEGMENT_NAMES.max(limit).min(MAX_BUCKETS);
    let request: Aggregations = serde_json::from_value(serde_json::json!({
        "top": { "terms": { "field": kind.field(), "size": size, "shard_size": SEGMENT_NAMES.max(size) } }
    }))?;
    let collector = AggregationCollector::from_aggs(request, AggContextParams::default());
    let result = searcher.search(query, &collector)?;
    let keys = person_keys(searcher, kind)?;
    let mut names = buckets(searcher, query, kind, &serde_json::to_value(result)?["top"], limit, &keys)?;
    if kind == NameKind::Person {
        names = with_surnames_alone(searcher, query, names, limit, &keys)?;
    }
    names.truncate(limit);
    Ok(names)
}

/// Which writings of people's names the lists count as one person ([`PersonKeys`]), for
/// a list of people: one read of the exact-name field's words (`newsdex people` over BBC
/// takes 0.05 to 0.10 s with it). Nothing for other kinds.
fn person_keys(searcher: &Searcher, kind: NameKind) -> Result<PersonKeys> {
    if kind != NameKind::Person {
        return Ok(PersonKeys::default());
    }
    let field = searcher.schema().get_field(names::PERSON_NAME)?;
    let every = query::every_name_counted(searcher, field)?;
    Ok(PersonKeys::of_counted(&every))
}

/// People's counts with the articles that give a full name's surname alone counted under
/// the full name, when the surname is that person's ([`query::listed_forms`], the forms
/// the page's `exact=1` filter keeps to): over Reuters-21578, "Reagan" (489 articles) and
/// "Ronald Reagan" (25) are "Ronald Reagan" (514), and clicking the name gives 514. The
/// one-word name then leaves the list. Most frequent first again.
///
/// A name's count does not depend on how many names are shown: every full name that could
/// reach the first `shown` once its surname's articles are added is counted, and no other
/// (one read of the exact-name field's words, and one count per name folded: +10 ms for
/// `newsdex people` over BBC + Reuters + fundus).
///
/// [`query::listed_forms`]: crate::search::query::listed_forms
fn with_surnames_alone(
    searcher: &Searcher,
    query: &dyn Query,
    mut names: Vec<NameCount>,
    shown: usize,
    keys: &PersonKeys,
) -> Result<Vec<NameCount>> {
    use std::collections::HashMap;
    use tantivy::collector::Count;
    use tantivy::query::{BooleanQuery, Occur};
    let field = searcher.schema().get_field(names::PERSON_NAME)?;
    // One-word names, by folded form: where each is in the list.
    let alone: HashMap<String, usize> = names
        .iter()
        .enumerate()
        .filter(|(_, n)| !n.name.contains(' '))
        .map(|(at, n)| (name_key(&n.name), at))
        .collect();
    if alone.is_empty() {
        return Ok(names);
    }
    // Each one-word name is decided by the full name with its surname that the most
    // articles of the whole index give (only it can give 80% of the surname's full-name
    // articles), whether or not the matching articles give it: so a surname is the same
    // person in every week's list ("Reagan" was "Ronald Reagan" in weeks where some
    // article gave the full name, and "Reagan" in one where none did).
    let surnames = alone.keys().cloned().collect();
    let full_names = crate::search::query::commonest_full_names(searcher, field, &surnames)?;
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    // Where each person is in the list (a list's names are each one person's row).
    let mut rows: HashMap<String, usize> = HashMap::new();
    for (at, n) in names.iter().enumerate() {
        rows.entry(keys.key(&n.name)).or_insert(at);
    }
    for (surname, &bare_at) in &alone {
        let Some(full) = full_names.get(surname) else { continue };
        let at = match rows.get(&keys.key(full)) {
            Some(&at) => at,
            None => {
                names.push(NameCount::new(full.clone(), 0));
                rows.insert(keys.key(full), names.len() - 1);
                names.len() - 1
            }
        };
        pairs.push((at, bare_at));
    }
    pairs.sort_unstable();
    // The names that stay in the list whatever the folding, at their counts now: the
    // `shown`-th of them is a floor under the last name shown. A full name that cannot
    // reach it even with all its surname's articles stays out of sight, uncounted.
    let mut folds_or_folded = vec![false; names.len()];
    for &(at, bare_at) in &pairs {
        folds_or_folded[at] = true;
        folds_or_folded[bare_at] = true;
    }
    let mut staying: Vec<u64> =
        names.iter().zip(&folds_or_folded).filter(|(_, f)| !**f).map(|(n, _)| n.articles).collect();
    staying.sort_unstable_by(|a, b| b.cmp(a));
    let floor = staying.get(shown.saturating_sub(1)).copied().unwrap_or(0);
    pairs.retain(|&(at, bare_at)| names[at].articles + names[bare_at].articles >= floor);
    if pairs.is_empty() {
        return Ok(names);
    }
    let full_names: Vec<&str> = pairs.iter().map(|&(at, _)| names[at].name.as_str()).collect();
    let forms = crate::search::query::name_forms(searcher, field, &full_names, true)?;
    let mut folded_away = vec![false; names.len()];
    for ((at, bare_at), forms) in pairs.into_iter().zip(forms) {
        if forms.surname_alone.is_empty() {
            continue;
        }
        let both = BooleanQuery::new(vec![
            (Occur::Must, query.box_clone()),
            (
                Occur::Must,
                crate::search::query::any_form(
                    field,
                    [forms.name, forms.same_person, forms.surname_alone].concat(),
                ),
            ),
        ]);
        names[at].articles = searcher.search(&both, &Count)? as u64;
        let mut spellings = std::mem::take(&mut names[at].spellings);
        let mut bare = std::mem::take(&mut names[bare_at].spellings);
        if spellings.is_empty() {
            spellings.push(names[at].name.clone());
        }
        if bare.is_empty() {
            bare.push(names[bare_at].name.clone());
        }
        spellings.extend(bare);
        names[at].spellings = spellings;
        folded_away[bare_at] = true;
    }
    // A full name brought in for its surname that took none stays out.
    let mut kept: Vec<NameCount> = names
        .into_iter()
        .zip(folded_away)
        .filter(|(name, away)| !away && name.articles > 0)
        .map(|(name, _)| name)
        .collect();
    kept.sort_by(|a, b| b.articles.cmp(&a.articles).then_with(|| a.name.cmp(&b.name)));
    Ok(kept)
}

/// Names each segment reports for the facets of a broad search (over
/// [`EXACT_FACETS_UP_TO`] articles): far fewer than [`SEGMENT_NAMES`], which is what makes
/// facets cheap on broad queries over a large archive. A count then falls short by a
/// name's articles in a segment where it is outside the top 1,000: even for a name that
/// leads a list, when it is named once in a segment where a thousand other names are too.
/// An exact recount of the names shown, from their postings and the matching articles,
/// would close it.
const FACET_SEGMENT_NAMES: usize = 1_000;

/// Up to this many matching articles, facets count every name of every segment, as the
/// name lists do, and a name's count is what clicking it gives: on BBC + Reuters, `q=oil`
/// (1,656 articles) gave Caspar Weinberger 18 with the cut, 19 in `/api/people` and when
/// picked. It costs `q=oil` about a tenth more time (17.4 → 19.0 ms in the server,
/// medians of 15) and `q=government` (2,705 articles) 1.7 times (18.8 → 31.9 ms): the
/// cost grows with the names read, hence the limit.
pub const EXACT_FACETS_UP_TO: usize = 3_000;

/// The facets of a result page: the most frequent people, organizations and places among
/// the matching articles, and the articles per month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facets {
    /// Most frequent people, most frequent first.
    pub people: Vec<NameCount>,
    /// Most frequent organizations.
    pub organizations: Vec<NameCount>,
    /// Most frequent places.
    pub places: Vec<NameCount>,
    /// Sites most articles come from.
    pub sites: Vec<NameCount>,
    /// Languages the articles are written in, most articles first.
    pub languages: Vec<NameCount>,
    /// Articles per calendar month (`2026-01`), oldest first.
    pub months: Vec<(String, u64)>,
}

/// Computes [`Facets`] (`limit` names of each kind) in one pass over the `matching`
/// articles.
pub fn facets(searcher: &Searcher, query: &dyn Query, matching: usize, limit: usize) -> Result<Facets> {
    let cut = if matching <= EXACT_FACETS_UP_TO { SEGMENT_NAMES } else { FACET_SEGMENT_NAMES };
    let shard = cut.max(limit);
    let terms = |kind: NameKind| serde_json::json!({ "terms": { "field": kind.field(), "size": shard, "shard_size": shard } });
    let request: Aggregations = serde_json::from_value(serde_json::json!({
        "people": terms(NameKind::Person),
        "organizations": terms(NameKind::Org),
        "places": terms(NameKind::Place),
        "sites": terms(NameKind::Site),
        "languages": terms(NameKind::Language),
    }))?;
    let names = AggregationCollector::from_aggs(request, AggContextParams::default());
    let (names, months) = searcher.search(query, &(names, PeriodCollector(Period::Month)))?;
    let names = serde_json::to_value(names)?;
    let none = PersonKeys::default();
    let top = |key: &str, kind: NameKind| -> Result<Vec<NameCount>> {
        let mut counts = buckets(searcher, query, kind, &names[key], limit, &none)?;
        counts.truncate(limit);
        Ok(counts)
    };
    let keys = person_keys(searcher, NameKind::Person)?;
    let people = buckets(searcher, query, NameKind::Person, &names["people"], limit, &keys)?;
    let mut people = with_surnames_alone(searcher, query, people, limit, &keys)?;
    people.truncate(limit);
    Ok(Facets {
        people,
        organizations: top("organizations", NameKind::Org)?,
        places: top("places", NameKind::Place)?,
        sites: top("sites", NameKind::Site)?,
        languages: top("languages", NameKind::Language)?,
        months: months.into_iter().map(|(start, n)| (Period::Month.label(start), n)).collect(),
    })
}

/// The name counts of one terms aggregation's result, most frequent first (ties by name).
/// Forms of a name that differ only in case, accents, dots or a company's own 's ("OPEC"
/// and "Opec", "Willy De Clercq" and "Willy de Clercq", "U.S. Treasury" and "US Treasury")
/// are one name, shown as most articles write it, and so are the writings of a person's
/// name that `keys` make one ("Bobby Charlton" and "Robert Charlton": the people lists'
/// [`PersonKeys`]). Among the first `shown`, such a name is
/// counted again as the articles matching `query` that give any of its forms, so that an
/// article giving two is counted once, as clicking the name finds it.
fn buckets(
    searcher: &Searcher,
    query: &dyn Query,
    kind: NameKind,
    terms: &serde_json::Value,
    shown: usize,
    keys: &PersonKeys,
) -> Result<Vec<NameCount>> {
    use tantivy::collector::Count;
    use tantivy::query::{BooleanQuery, Occur};
    let counts = terms["buckets"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|b| Some(NameCount::new(b["key"].as_str()?, b["doc_count"].as_u64()?)));
    // An organization's acronym and its full name are one ("CDC" and "Centers for Disease
    // Control and Prevention"), where the articles give the one with the other in brackets;
    // and its name with and without its legal form, hyphens or dots ("General Motors
    // Corp", "General Motors": [`query::org_key`]), as the `--org` filter finds them.
    let orgs = match kind {
        NameKind::Org => OrgRows::of(searcher)?,
        _ => Default::default(),
    };
    let mut groups = merge_variants(counts, |name| match kind {
        NameKind::Person => keys.key(name),
        NameKind::Org => orgs.key(name),
        _ => name_key(name),
    });
    if kind == NameKind::Org {
        // A row keeps one name whatever the filter: the writing most articles of the
        // index give ("New York Stock Exchange", also where the matching ones say "NYSE").
        for (group, forms) in &mut groups {
            if let Some(name) = orgs.name(&orgs.key(&group.name))
                && *name != group.name
            {
                if group.spellings.is_empty() {
                    group.spellings = forms.clone();
                }
                group.name = name.to_string();
            }
        }
        with_acronyms_stored_as_full_names(searcher, &mut groups)?;
    }
    let field = searcher.schema().get_field(kind.field())?;
    // A group counted again can only fall (its sum counted an article twice at most), so
    // others move up: count until the first `shown` are all exact. A group counted keeps
    // no forms, so it is not counted twice.
    // (A name some of whose articles are another row's, "Tandy" beside "Tandy Brands Inc",
    // is counted again too.)
    let again = |forms: &Vec<String>| forms.len() > 1 || forms.iter().any(|f| orgs.is_shared(f));
    while groups.iter().take(shown).any(|(_, forms)| again(forms)) {
        for (group, forms) in groups.iter_mut().take(shown).filter(|(_, forms)| again(forms)) {
            let any = orgs.any_form(field, std::mem::take(forms));
            let both = BooleanQuery::new(vec![(Occur::Must, query.box_clone()), (Occur::Must, any)]);
            group.articles = searcher.search(&both, &Count)? as u64;
        }
        groups.sort_by(|a, b| by_frequency(&a.0, &b.0));
    }
    Ok(groups.into_iter().map(|(name, _)| name).collect())
}

/// The rows of known organizations ([`KNOWN_ORGS`]) with the acronyms the extractor
/// stores under their full names among their spellings, where some article writes the
/// acronym in capitals: the row "International Monetary Fund" counts the articles saying
/// "IMF", and now says so ("spellings": ["International Monetary Fund", "IMF"]), so that a
/// merge can be checked and `orgs --with IMF` knows the row for the IMF's.
///
/// [`KNOWN_ORGS`]: crate::entities::lexicon::KNOWN_ORGS
fn with_acronyms_stored_as_full_names(
    searcher: &Searcher,
    groups: &mut [(NameCount, Vec<String>)],
) -> Result<()> {
    use crate::entities::lexicon::{fold, known_org_aliases, known_org_any_case};
    let caps = searcher.schema().get_field(names::CAPS)?;
    for (group, _) in groups.iter_mut() {
        let Some(canonical) = known_org_any_case(&group.name) else { continue };
        let written = |alias: &&&str| {
            let term = tantivy::Term::from_field_text(caps, &fold(alias));
            searcher.doc_freq(&term).is_ok_and(|n| n > 0)
        };
        let acronyms: Vec<String> = known_org_aliases(canonical)
            .iter()
            .filter(|alias| alias.len() >= 2 && alias.chars().all(|c| c.is_ascii_uppercase()))
            .filter(|alias| group.name != **alias && !group.spellings.iter().any(|s| s == *alias))
            .filter(written)
            .map(|alias| alias.to_string())
            .collect();
        if !acronyms.is_empty() {
            if group.spellings.is_empty() {
                group.spellings.push(group.name.clone());
            }
            group.spellings.extend(acronyms);
        }
    }
    Ok(())
}

fn by_frequency(a: &NameCount, b: &NameCount) -> std::cmp::Ordering {
    b.articles.cmp(&a.articles).then_with(|| a.name.cmp(&b.name))
}

/// [`NameCount`]s with the forms of each name (same `key`, at least the same [`name_key`])
/// as one, most frequent first (ties by name), each with its forms (also its
/// [`NameCount::spellings`] where there are two or more). The most frequent form names the
/// group, unless a company's own 's shows in another ("Moody's" before "Moody"); the
/// counts are added.
fn merge_variants(
    counts: impl IntoIterator<Item = NameCount>,
    key: impl Fn(&str) -> String,
) -> Vec<(NameCount, Vec<String>)> {
    let mut forms: Vec<NameCount> = counts.into_iter().collect();
    forms.sort_by(by_frequency);
    let mut merged: Vec<(NameCount, Vec<String>)> = Vec::with_capacity(forms.len());
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for form in forms {
        match seen.entry(key(&form.name)) {
            std::collections::hash_map::Entry::Occupied(at) => {
                let (group, names) = &mut merged[*at.get()];
                group.articles += form.articles;
                names.push(form.name.clone());
                group.spellings.clone_from(names);
                if form.name.ends_with("'s") && !group.name.ends_with("'s") {
                    group.name = form.name;
                }
            }
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(merged.len());
                merged.push((form.clone(), vec![form.name]));
            }
        }
    }
    merged.sort_by(|a, b| by_frequency(&a.0, &b.0));
    merged
}

/// Articles per period, keyed by the period's first day.
pub type PeriodCounts = std::collections::BTreeMap<NaiveDate, u64>;

/// A span of the calendar that articles are counted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    /// Each day.
    Day,
    /// Each ISO week (Monday to Sunday), shown as `2026-W05`.
    Week,
    /// Each calendar month.
    #[default]
    Month,
    /// Each year.
    Year,
    /// Each decade, shown as `1960s`: for an archive spanning many years.
    Decade,
}

impl Period {
    /// The period's name: `day`, `week`, `month`, `year`, `decade`.
    pub fn name(self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
            Period::Year => "year",
            Period::Decade => "decade",
        }
    }

    /// The first day of the period holding `date`.
    pub fn start(self, date: NaiveDate) -> NaiveDate {
        match self {
            Period::Day => date,
            Period::Week => date - chrono::Days::new(u64::from(date.weekday().num_days_from_monday())),
            Period::Month => date.with_day(1).unwrap_or(date),
            Period::Year => NaiveDate::from_ymd_opt(date.year(), 1, 1).unwrap_or(date),
            Period::Decade => {
                NaiveDate::from_ymd_opt(date.year() - date.year().rem_euclid(10), 1, 1).unwrap_or(date)
            }
        }
    }

    /// The first day of the period after the one starting on `start`.
    pub fn next(self, start: NaiveDate) -> NaiveDate {
        match self {
            Period::Day => start + chrono::Days::new(1),
            Period::Week => start + chrono::Days::new(7),
            Period::Month => start + chrono::Months::new(1),
            Period::Year => start + chrono::Months::new(12),
            Period::Decade => start + chrono::Months::new(120),
        }
    }

    /// How the period starting on `start` is written: `2026-01-24`, `2026-W04`, `2026-01`,
    /// `2026`, `2020s`.
    pub fn label(self, start: NaiveDate) -> String {
        match self {
            Period::Day => start.format("%Y-%m-%d").to_string(),
            Period::Week => {
                let week = start.iso_week();
                format!("{:04}-W{:02}", week.year(), week.week())
            }
            Period::Month => start.format("%Y-%m").to_string(),
            Period::Year => start.format("%Y").to_string(),
            Period::Decade => format!("{}s", start.format("%Y")),
        }
    }
}

/// How many of the articles matching a query were published each period: what `newsdex
/// timeline` and `/api/timeline` give.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timeline {
    /// The period counted by.
    pub by: Period,
    /// Articles matching.
    pub articles: usize,
    /// Of those, the ones with no date.
    pub undated: usize,
    /// Every period from the first with an article to the last, oldest first.
    pub periods: Vec<PeriodCount>,
}

/// One period of a [`Timeline`], with the days it counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PeriodCount {
    /// As written for people: `2026-01-24`, `2026-W04`, `2026-01`, `2026`.
    pub period: String,
    /// The first day counted: the period's first (`2026-01-19`), or the day `since` gives
    /// inside it.
    pub start: String,
    /// The last day counted: the period's last, or the day `until` gives inside it.
    pub end: String,
    /// Articles published in it.
    pub articles: u64,
    /// Whether `since` or `until` cut it: fewer days counted than the period has.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub partial: bool,
}

impl PeriodCount {
    /// The period of `by` starting on `first`, with `articles`, counted from the first day
    /// asked for to the last (`since`, `until`): they cut the period holding them.
    /// `--by week --since 1987-03` counts 1987-W09 (Monday 23 February to Sunday 1 March)
    /// from 1 March only: it starts 1987-03-01, partial.
    fn of(
        by: Period,
        first: NaiveDate,
        articles: u64,
        (since, until): (Option<NaiveDate>, Option<NaiveDate>),
    ) -> PeriodCount {
        let day = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
        let last = by.next(first).pred_opt().unwrap_or(first);
        let start = since.filter(|&s| s > first && s <= last).unwrap_or(first);
        let end = until.filter(|&u| u >= first && u < last).unwrap_or(last);
        PeriodCount {
            period: by.label(first),
            start: day(start),
            end: day(end),
            articles,
            partial: start != first || end != last,
        }
    }
}

/// The [`Timeline`] of the `articles` articles matching `query`, its periods running from
/// `since` to `until` where they are given (a week asked for has its seven days, the
/// quiet Saturday and Sunday at its ends too), else from the first article to the last.
pub fn timeline(
    searcher: &Searcher,
    query: &dyn Query,
    articles: usize,
    by: Period,
    (since, until): (Option<&DateSpan>, Option<&DateSpan>),
) -> Result<Timeline> {
    let mut counts = articles_per_period(searcher, query, by)?;
    let dated: u64 = counts.values().sum();
    // The first day asked for and the last.
    let day = |secs: i64| chrono::DateTime::from_timestamp(secs, 0).map(|t| t.date_naive());
    let days_asked = (since.and_then(|s| day(s.start)), until.and_then(|u| day(u.end - 1)));
    if let (Some(&first), Some(&last)) = (counts.keys().next(), counts.keys().next_back()) {
        // The periods of the ends asked for, unless far from every article ("--since 1900
        // --by day").
        let near =
            |from: NaiveDate, to: NaiveDate| periods_between(by, from, to) <= MAX_EMPTY_PERIODS_AT_AN_END;
        if let Some(start) = days_asked.0.map(|d| by.start(d)).filter(|&s| s < first && near(s, first)) {
            counts.insert(start, 0);
        }
        if let Some(end) = days_asked.1.map(|d| by.start(d)).filter(|&e| e > last && near(last, e)) {
            counts.insert(end, 0);
        }
    }
    let periods = with_gaps(&counts, by)
        .into_iter()
        .map(|(start, n)| PeriodCount::of(by, start, n, days_asked))
        .collect();
    Ok(Timeline { by, articles, undated: articles.saturating_sub(dated as usize), periods })
}

/// The most empty periods a timeline draws before its first article or after its last, to
/// reach the `since` or `until` asked for.
const MAX_EMPTY_PERIODS_AT_AN_END: u64 = 60;

/// How many periods after the one starting on `from` the one starting on `to` is (at most
/// [`MAX_EMPTY_PERIODS_AT_AN_END`] + 1: only whether it is further matters).
fn periods_between(by: Period, from: NaiveDate, to: NaiveDate) -> u64 {
    let mut at = from;
    let mut n = 0;
    while at < to && n <= MAX_EMPTY_PERIODS_AT_AN_END {
        at = by.next(at);
        n += 1;
    }
    n
}

/// Articles per `period` among those matching `query`, oldest first; undated articles are
/// not counted.
pub fn articles_per_period(searcher: &Searcher, query: &dyn Query, period: Period) -> Result<PeriodCounts> {
    Ok(searcher.search(query, &PeriodCollector(period))?)
}

/// Every period from the first counted to the last, those with no article at 0: a
/// timeline with its gaps shown.
pub fn with_gaps(counts: &PeriodCounts, period: Period) -> Vec<(NaiveDate, u64)> {
    let (Some((&first, _)), Some((&last, _))) = (counts.first_key_value(), counts.last_key_value()) else {
        return Vec::new();
    };
    let mut all = Vec::new();
    let mut at = first;
    while at <= last {
        all.push((at, counts.get(&at).copied().unwrap_or(0)));
        at = period.next(at);
    }
    all
}

/// Counts articles per period. Periods follow the publication's own clock, as
/// `--since/--until` do; undated articles are not counted. (tantivy's date histogram has
/// fixed intervals only, so the periods are counted here from the date fast field.)
struct PeriodCollector(Period);

struct PeriodSegment {
    period: Period,
    dates: Option<tantivy::columnar::Column<tantivy::DateTime>>,
    counts: PeriodCounts,
}

impl tantivy::collector::Collector for PeriodCollector {
    type Fruit = PeriodCounts;
    type Child = PeriodSegment;

    fn for_segment(&self, _ord: u32, segment: &tantivy::SegmentReader) -> tantivy::Result<PeriodSegment> {
        let dates = segment.fast_fields().date(names::DATE).ok();
        Ok(PeriodSegment { period: self.0, dates, counts: PeriodCounts::new() })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<PeriodCounts>) -> tantivy::Result<PeriodCounts> {
        let mut all = PeriodCounts::new();
        for fruit in fruits {
            for (start, n) in fruit {
                *all.entry(start).or_default() += n;
            }
        }
        Ok(all)
    }
}

impl tantivy::collector::SegmentCollector for PeriodSegment {
    type Fruit = PeriodCounts;

    fn collect(&mut self, doc: tantivy::DocId, _score: tantivy::Score) {
        let Some(date) = self.dates.as_ref().and_then(|c| c.first(doc)) else { return };
        if let Some(at) = chrono::DateTime::from_timestamp(date.into_timestamp_secs(), 0) {
            *self.counts.entry(self.period.start(at.date_naive())).or_default() += 1;
        }
    }

    fn harvest(self) -> PeriodCounts {
        self.counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn periods_start_step_and_read_as_the_calendar_does() {
        let tuesday = day("2026-01-20");
        assert_eq!(Period::Week.start(tuesday), day("2026-01-19"));
        assert_eq!(Period::Week.label(day("2026-01-19")), "2026-W04");
        // The ISO week of 1 January 2027 (a Friday) is the last of 2026.
        assert_eq!(Period::Week.label(Period::Week.start(day("2027-01-01"))), "2026-W53");
        assert_eq!(Period::Month.start(tuesday), day("2026-01-01"));
        assert_eq!(Period::Month.next(day("2026-01-01")), day("2026-02-01"));
        assert_eq!(Period::Year.next(day("2026-01-01")), day("2027-01-01"));
        assert_eq!(Period::Day.label(tuesday), "2026-01-20");
    }

    #[test]
    fn a_period_cut_by_since_or_until_says_the_days_it_counts() {
        let asked = (Some(day("1987-03-01")), Some(day("1987-03-04")));
        assert_eq!(
            PeriodCount::of(Period::Week, day("1987-02-23"), 3, asked),
            PeriodCount {
                period: "1987-W09".into(),
                start: "1987-03-01".into(),
                end: "1987-03-01".into(),
                articles: 3,
                partial: true
            }
        );
        let next_week = PeriodCount::of(Period::Week, day("1987-03-02"), 40, asked);
        assert_eq!(
            (next_week.start.as_str(), next_week.end.as_str(), next_week.partial),
            ("1987-03-02", "1987-03-04", true)
        );
        // A month asked for whole is no part of one.
        let march = PeriodCount::of(
            Period::Month,
            day("1987-03-01"),
            5,
            (Some(day("1987-03-01")), Some(day("1987-03-31"))),
        );
        assert_eq!(
            (march.start.as_str(), march.end.as_str(), march.partial),
            ("1987-03-01", "1987-03-31", false)
        );
        assert!(!PeriodCount::of(Period::Month, day("1987-03-01"), 5, (None, None)).partial);
    }

    #[test]
    fn a_decade_runs_from_a_year_ending_in_0_and_reads_as_people_say_it() {
        assert_eq!(Period::Decade.start(day("1969-07-20")), day("1960-01-01"));
        assert_eq!(Period::Decade.start(day("1960-01-01")), day("1960-01-01"));
        assert_eq!(Period::Decade.next(day("1960-01-01")), day("1970-01-01"));
        assert_eq!(Period::Decade.label(day("1960-01-01")), "1960s");
        assert_eq!(Period::Decade.name(), "decade");
        let counts: PeriodCounts = [(day("1960-01-01"), 2), (day("1990-01-01"), 1)].into_iter().collect();
        let labels: Vec<String> =
            with_gaps(&counts, Period::Decade).iter().map(|&(d, _)| Period::Decade.label(d)).collect();
        assert_eq!(labels, ["1960s", "1970s", "1980s", "1990s"]);
    }

    #[test]
    fn forms_of_a_name_in_other_case_or_accents_are_one_name() {
        let count = |name: &str, articles| NameCount::new(name, articles);
        let merged: Vec<(String, u64, Vec<String>)> = merge_variants(
            [
                count("Opec", 19),
                count("OPEC", 137),
                count("Nasdaq", 20),
                count("Renee Good", 2),
                count("Renée Good", 3),
                count("Bank of England", 223),
                count("Moody", 123),
                count("Moody's", 68),
            ],
            name_key,
        )
        .into_iter()
        .map(|(n, _)| (n.name, n.articles, n.spellings))
        .collect();
        let row = |name: &str, articles, spellings: &[&str]| {
            (name.to_string(), articles, spellings.iter().map(|s| s.to_string()).collect::<Vec<_>>())
        };
        assert_eq!(
            merged,
            [
                row("Bank of England", 223, &[]),
                row("Moody's", 191, &["Moody", "Moody's"]),
                row("OPEC", 156, &["OPEC", "Opec"]),
                row("Nasdaq", 20, &[]),
                row("Renée Good", 5, &["Renée Good", "Renee Good"])
            ]
        );
    }

    #[test]
    fn a_company_with_and_without_its_legal_form_is_one_row_under_its_commonest_writing() {
        let merged: Vec<(String, u64)> = merge_variants(
            [
                NameCount::new("General Motors Corp", 114),
                NameCount::new("General Motors", 51),
                NameCount::new("General Motors Corporation", 1),
                NameCount::new("Baker Hughes Inc", 10),
                NameCount::new("Baker-Hughes", 1),
                NameCount::new("Hughes Tool Co", 27),
                NameCount::new("Hughes", 26),
            ],
            query::org_key,
        )
        .into_iter()
        .map(|(n, _)| (n.name, n.articles))
        .collect();
        let rows: Vec<(&str, u64)> = merged.iter().map(|(n, a)| (n.as_str(), *a)).collect();
        assert_eq!(
            rows,
            [("General Motors Corp", 166), ("Hughes Tool Co", 27), ("Hughes", 26), ("Baker Hughes Inc", 11)]
        );
    }

    #[test]
    fn with_leaves_out_the_row_that_is_the_name_asked_not_rows_holding_its_words() {
        let with = |kind, names: &[&str]| {
            let acronyms = [("general motors", "gm"), ("gm", "gm")]
                .into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
            AskedRows::new(
                kind,
                std::sync::Arc::new(OrgRows::from_acronyms(acronyms)),
                PersonKeys::default(),
                &names,
            )
        };
        let row = |name: &str, spellings: &[&str]| NameCount {
            name: name.to_string(),
            articles: 1,
            spellings: spellings.iter().map(|s| s.to_string()).collect(),
        };
        let japan = with(NameKind::Org, &["Japan"]);
        assert!(!japan.is_asked(&row("Bank of Japan", &[])));
        let fed = with(NameKind::Org, &["Federal Reserve"]);
        assert!(fed.is_asked(&row("Federal Reserve", &["Federal Reserve", "U.S. Federal Reserve"])));
        assert!(!fed.is_asked(&row("Federal Reserve Bank", &[])));
        // An acronym is the row it names: a known one, or one the articles gave.
        assert!(with(NameKind::Org, &["IMF"]).is_asked(&row("International Monetary Fund", &[])));
        assert!(with(NameKind::Org, &["Fed"]).is_asked(&row("Federal Reserve", &[])));
        assert!(with(NameKind::Org, &["GM"]).is_asked(&row("General Motors Corp", &[])));
        assert!(!with(NameKind::Org, &["IMF"]).is_asked(&row("IMF Interim Committee", &[])));
        let new_york = with(NameKind::Place, &["New York"]);
        assert!(new_york.is_asked(&row("New York", &[])));
        assert!(!new_york.is_asked(&row("New York City", &[])));
        for uk in ["UK", "U.K.", "Britain"] {
            assert!(with(NameKind::Place, &[uk]).is_asked(&row("United Kingdom", &[])), "{uk}");
        }
        assert!(with(NameKind::Place, &["U.S."]).is_asked(&row("United States", &[])));
    }

    #[test]
    fn gaps_between_counted_periods_are_filled_with_zero() {
        let counts: PeriodCounts = [(day("2025-11-01"), 3), (day("2026-02-01"), 1)].into_iter().collect();
        let filled = with_gaps(&counts, Period::Month);
        let shown: Vec<(String, u64)> = filled.iter().map(|&(d, n)| (Period::Month.label(d), n)).collect();
        assert_eq!(
            shown,
            [("2025-11".into(), 3), ("2025-12".into(), 0), ("2026-01".into(), 0), ("2026-02".into(), 1)]
        );
        assert!(with_gaps(&PeriodCounts::new(), Period::Day).is_empty());
    }
}
