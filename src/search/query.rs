//! From what the user typed to a tantivy query.
//!
//! The text goes through tantivy's query parser over title and body, with AND as the
//! default operator and the title boosted. Each `--person/--org/--place` becomes a
//! required phrase on that entity field (so `walz` and `tim walz` both find "Tim Walz",
//! and accents and case do not matter), and `--since/--until` a required date range.

use std::fmt;
use std::ops::Bound;

use tantivy::query::{BooleanQuery, Occur, PhraseQuery, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DateTime, Term};

use crate::dates::DateSpan;
use crate::index::NewsIndex;
use crate::index::schema::analyzer;

/// How much more a match in the headline counts than one in the body.
pub const TITLE_BOOST: f32 = 2.5;

/// The order of hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// BM25, best first.
    #[default]
    Relevance,
    /// Publication date, newest first; undated articles last.
    Date,
}

/// A search, validated.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// Query text in tantivy syntax; `None` to search by filters only.
    pub text: Option<String>,
    /// Required people.
    pub people: Vec<String>,
    /// Required organizations.
    pub orgs: Vec<String>,
    /// Required places.
    pub places: Vec<String>,
    /// Published on or after the start of this span.
    pub since: Option<DateSpan>,
    /// Published before the end of this span.
    pub until: Option<DateSpan>,
    /// Order of hits.
    pub sort: Sort,
    /// Hits per page.
    pub limit: usize,
    /// Hits skipped.
    pub offset: usize,
}

/// A query newsdex cannot run, with a message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError(pub String);

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for QueryError {}

/// The query to run, and the text part alone (what snippets highlight).
pub struct BuiltQuery {
    /// Text and filters together.
    pub query: Box<dyn Query>,
    /// The text query, when there is one.
    pub text: Option<Box<dyn Query>>,
}

/// Builds the query for a request.
pub fn build(news: &NewsIndex, req: &SearchRequest) -> Result<BuiltQuery, QueryError> {
    let fields = &news.fields;
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let text = match req.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        Some(text) => {
            let mut parser = QueryParser::for_index(&news.index, fields.default_search_fields());
            parser.set_conjunction_by_default();
            parser.set_field_boost(fields.title, TITLE_BOOST);
            let query =
                parser.parse_query(text).map_err(|e| QueryError(format!("invalid query {text:?}: {e}")))?;
            clauses.push((Occur::Must, query.box_clone()));
            Some(query)
        }
        None => None,
    };
    for (flag, field, names) in [
        ("--person", fields.person, &req.people),
        ("--org", fields.org, &req.orgs),
        ("--place", fields.place, &req.places),
    ] {
        for name in names {
            clauses.push((Occur::Must, name_query(flag, field, name)?));
        }
    }
    if req.since.is_some() || req.until.is_some() {
        let lower = req.since.map_or(Bound::Unbounded, |s| Bound::Included(date_term(fields.date, s.start)));
        let upper = req.until.map_or(Bound::Unbounded, |s| Bound::Excluded(date_term(fields.date, s.end)));
        clauses.push((Occur::Must, Box::new(RangeQuery::new(lower, upper))));
    }
    if clauses.is_empty() {
        return Err(QueryError(
            "nothing to search for: give a query, or a filter such as --person or --since".into(),
        ));
    }
    let query: Box<dyn Query> = if clauses.len() == 1 {
        clauses.pop().expect("one clause").1
    } else {
        Box::new(BooleanQuery::new(clauses))
    };
    Ok(BuiltQuery { query, text })
}

fn date_term(field: Field, secs: i64) -> Term {
    Term::from_field_date(field, DateTime::from_timestamp_secs(secs))
}

/// The words of a name as the index tokenized them.
pub fn name_terms(name: &str) -> Vec<String> {
    let mut analyzer = analyzer();
    let mut stream = analyzer.token_stream(name);
    let mut terms = Vec::new();
    while let Some(token) = stream.next() {
        terms.push(token.text.clone());
    }
    terms
}

/// A name as a phrase on an entity field: every word, in order, inside one name.
fn name_query(flag: &str, field: Field, name: &str) -> Result<Box<dyn Query>, QueryError> {
    let terms: Vec<Term> = name_terms(name).iter().map(|t| Term::from_field_text(field, t)).collect();
    match terms.len() {
        0 => Err(QueryError(format!("{flag} {name:?}: give a name with letters in it"))),
        1 => Ok(Box::new(TermQuery::new(terms[0].clone(), IndexRecordOption::WithFreqs))),
        _ => Ok(Box::new(PhraseQuery::new(terms))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_folded_like_the_index() {
        assert_eq!(name_terms("Renée GOOD"), ["renee", "good"]);
        assert_eq!(name_terms("O'Hara"), ["o", "hara"]);
    }
}
