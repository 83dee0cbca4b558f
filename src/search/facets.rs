//! Counting names over a set of articles: the most frequent people, organizations or places
//! among the articles a query matches, read from the exact-name fast fields with a terms
//! aggregation (no stored document is loaded).

use anyhow::Result;
use serde::Serialize;
use tantivy::Searcher;
use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::{AggContextParams, AggregationCollector};
use tantivy::query::Query;

use crate::index::schema::names;

/// Names each segment reports to the merge (below tantivy's default bucket limit, 65,000).
const SEGMENT_NAMES: usize = 60_000;

/// A name and how many matching articles mention it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct NameCount {
    /// Canonical name.
    pub name: String,
    /// Articles that mention it.
    pub articles: u64,
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
}

impl NameKind {
    /// The exact-name fast field holding this kind.
    pub fn field(self) -> &'static str {
        match self {
            NameKind::Person => names::PERSON_NAME,
            NameKind::Org => names::ORG_NAME,
            NameKind::Place => names::PLACE_NAME,
            NameKind::Site => names::SITE_NAME,
        }
    }

    /// The plural used in output (`people`, `organizations`, `places`, `sites`).
    pub fn plural(self) -> &'static str {
        match self {
            NameKind::Person => "people",
            NameKind::Org => "organizations",
            NameKind::Place => "places",
            NameKind::Site => "sites",
        }
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
    let size = limit.max(1);
    let request: Aggregations = serde_json::from_value(serde_json::json!({
        "top": { "terms": { "field": kind.field(), "size": size, "shard_size": SEGMENT_NAMES.max(size) } }
    }))?;
    let collector = AggregationCollector::from_aggs(request, AggContextParams::default());
    let result = searcher.search(query, &collector)?;
    Ok(buckets(&serde_json::to_value(result)?["top"]))
}

/// Names each segment reports for a result page's facets: far fewer than [`SEGMENT_NAMES`],
/// which is what makes facets cheap on broad queries over a large archive. A count can
/// only fall short for a name outside some segment's top 1,000, never for the names that
/// lead a facet list.
const FACET_SEGMENT_NAMES: usize = 1_000;

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
    /// Articles per calendar month (`2026-01`), oldest first.
    pub months: Vec<(String, u64)>,
}

/// Computes [`Facets`] (`limit` names of each kind) in one pass over the matching articles.
pub fn facets(searcher: &Searcher, query: &dyn Query, limit: usize) -> Result<Facets> {
    let size = limit.max(1);
    let shard = FACET_SEGMENT_NAMES.max(size);
    let terms = |kind: NameKind| serde_json::json!({ "terms": { "field": kind.field(), "size": size, "shard_size": shard } });
    let request: Aggregations = serde_json::from_value(serde_json::json!({
        "people": terms(NameKind::Person),
        "organizations": terms(NameKind::Org),
        "places": terms(NameKind::Place),
        "sites": terms(NameKind::Site),
    }))?;
    let names = AggregationCollector::from_aggs(request, AggContextParams::default());
    let (names, months) = searcher.search(query, &(names, MonthCollector))?;
    let names = serde_json::to_value(names)?;
    Ok(Facets {
        people: buckets(&names["people"]),
        organizations: buckets(&names["organizations"]),
        places: buckets(&names["places"]),
        sites: buckets(&names["sites"]),
        months: months.into_iter().map(|((y, m), n)| (format!("{y:04}-{m:02}"), n)).collect(),
    })
}

/// The name counts of one terms aggregation's result, most frequent first (ties by name).
fn buckets(terms: &serde_json::Value) -> Vec<NameCount> {
    let mut counts: Vec<NameCount> = terms["buckets"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|b| {
            Some(NameCount { name: b["key"].as_str()?.to_string(), articles: b["doc_count"].as_u64()? })
        })
        .collect();
    counts.sort_by(|a, b| b.articles.cmp(&a.articles).then_with(|| a.name.cmp(&b.name)));
    counts
}

type MonthCounts = std::collections::BTreeMap<(i32, u32), u64>;

/// Counts articles per calendar month. Months follow the publication's own clock, as
/// `--since/--until` do; undated articles are not counted. (tantivy's date histogram has
/// fixed intervals only, so the months are counted here from the date fast field.)
struct MonthCollector;

struct MonthSegment {
    dates: Option<tantivy::columnar::Column<tantivy::DateTime>>,
    counts: MonthCounts,
}

impl tantivy::collector::Collector for MonthCollector {
    type Fruit = MonthCounts;
    type Child = MonthSegment;

    fn for_segment(&self, _ord: u32, segment: &tantivy::SegmentReader) -> tantivy::Result<MonthSegment> {
        let dates = segment.fast_fields().date(names::DATE).ok();
        Ok(MonthSegment { dates, counts: MonthCounts::new() })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<MonthCounts>) -> tantivy::Result<MonthCounts> {
        let mut all = MonthCounts::new();
        for fruit in fruits {
            for (month, n) in fruit {
                *all.entry(month).or_default() += n;
            }
        }
        Ok(all)
    }
}

impl tantivy::collector::SegmentCollector for MonthSegment {
    type Fruit = MonthCounts;

    fn collect(&mut self, doc: tantivy::DocId, _score: tantivy::Score) {
        use chrono::Datelike;
        let Some(date) = self.dates.as_ref().and_then(|c| c.first(doc)) else { return };
        if let Some(at) = chrono::DateTime::from_timestamp(date.into_timestamp_secs(), 0) {
            *self.counts.entry((at.year(), at.month())).or_default() += 1;
        }
    }

    fn harvest(self) -> MonthCounts {
        self.counts
    }
}
