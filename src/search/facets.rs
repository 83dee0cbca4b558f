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
}

impl NameKind {
    /// The exact-name fast field holding this kind.
    pub fn field(self) -> &'static str {
        match self {
            NameKind::Person => names::PERSON_NAME,
            NameKind::Org => names::ORG_NAME,
            NameKind::Place => names::PLACE_NAME,
        }
    }

    /// The plural used in output (`people`, `organizations`, `places`).
    pub fn plural(self) -> &'static str {
        match self {
            NameKind::Person => "people",
            NameKind::Org => "organizations",
            NameKind::Place => "places",
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
    let json = serde_json::to_value(result)?;
    let mut counts: Vec<NameCount> = json["top"]["buckets"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|b| {
            Some(NameCount { name: b["key"].as_str()?.to_string(), articles: b["doc_count"].as_u64()? })
        })
        .collect();
    counts.sort_by(|a, b| b.articles.cmp(&a.articles).then_with(|| a.name.cmp(&b.name)));
    Ok(counts)
}
