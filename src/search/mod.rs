//! Searching the index: query → rank → snippet. Returns plain data and prints nothing, so
//! the command line and a future server share it.

pub mod facets;
pub mod query;
pub mod render;
pub mod snippet;

use anyhow::Result;
use serde::Serialize;
use tantivy::collector::{Count, TopDocs};
use tantivy::schema::{Field, OwnedValue, Value};
use tantivy::{DateTime, DocAddress, Order, Searcher, TantivyDocument};

pub use query::{QueryError, SearchRequest, Sort};
pub use snippet::Snippet;

use crate::index::NewsIndex;

/// One matching article.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// Absolute path of the file the article came from.
    pub path: String,
    /// Which article inside a many-article file.
    pub id: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Publication date, ISO 8601.
    pub date: Option<String>,
    /// BM25 score (0 when sorted by date without a text query).
    pub score: f32,
    /// Byline.
    pub byline: Option<String>,
    /// People named.
    pub people: Vec<String>,
    /// Organizations named.
    pub organizations: Vec<String>,
    /// Places named.
    pub places: Vec<String>,
    /// The headline with its matches.
    pub title_snippet: Snippet,
    /// Part of the body with its matches.
    pub snippet: Snippet,
}

/// A page of results.
#[derive(Debug, Clone)]
pub struct SearchResults {
    /// How many articles match in all.
    pub total: usize,
    /// The requested page of hits.
    pub hits: Vec<Hit>,
}

/// Runs a search on the searcher's commit.
pub fn search(news: &NewsIndex, searcher: &Searcher, req: &SearchRequest) -> Result<SearchResults> {
    let built = query::build(news, req)?;
    let limit = req.limit.max(1);
    let page = TopDocs::with_limit(limit).and_offset(req.offset);
    let (ranked, total): (Vec<(f32, DocAddress)>, usize) = match req.sort {
        Sort::Relevance => searcher.search(&*built.query, &(page.order_by_score(), Count))?,
        Sort::Date => {
            let by_date =
                page.order_by_fast_field::<DateTime>(crate::index::schema::names::DATE, Order::Desc);
            let (docs, total) = searcher.search(&*built.query, &(by_date, Count))?;
            (docs.into_iter().map(|(_, addr)| (0.0, addr)).collect(), total)
        }
    };
    let mut docs: Vec<(f32, TantivyDocument)> =
        ranked.into_iter().map(|(score, addr)| Ok((score, searcher.doc(addr)?))).collect::<Result<_>>()?;
    if req.sort == Sort::Relevance {
        // Equal scores in a stable order (by key): doc order changes as segments merge.
        let key = news.fields.key;
        docs.sort_by(|a, b| {
            b.0.total_cmp(&a.0).then_with(|| first_text(&a.1, key).cmp(&first_text(&b.1, key)))
        });
    }

    let fields = &news.fields;
    let text_query = built.text.as_deref();
    let body_snippets = snippet::Snippeter::new(searcher, text_query, fields.body, snippet::SNIPPET_CHARS)?;
    let title_snippets = snippet::Snippeter::new(searcher, text_query, fields.title, 1_000)?;
    let mut hits = Vec::with_capacity(docs.len());
    for (score, doc) in docs {
        let title = first_text(&doc, fields.title);
        let body = first_text(&doc, fields.body).unwrap_or_default();
        hits.push(Hit {
            path: first_text(&doc, fields.source).unwrap_or_default(),
            id: first_text(&doc, fields.id),
            date: first_text(&doc, fields.date_text),
            score,
            byline: first_text(&doc, fields.byline),
            people: all_text(&doc, fields.person),
            organizations: all_text(&doc, fields.org),
            places: all_text(&doc, fields.place),
            title_snippet: title.as_deref().map(|t| title_snippets.whole(t)).unwrap_or_default(),
            snippet: body_snippets.snippet(&body, snippet::SNIPPET_CHARS),
            title,
        });
    }
    Ok(SearchResults { total, hits })
}

/// The first stored text value of a field.
pub fn first_text(doc: &TantivyDocument, field: Field) -> Option<String> {
    doc.get_first(field).and_then(|v| v.as_str()).map(str::to_string)
}

/// Every stored text value of a field, in order.
pub fn all_text(doc: &TantivyDocument, field: Field) -> Vec<String> {
    doc.get_all(field)
        .filter_map(|v| match OwnedValue::from(v) {
            OwnedValue::Str(s) => Some(s),
            _ => None,
        })
        .collect()
}
