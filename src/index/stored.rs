//! Reading back what the index holds for one source file: its articles' keys and content
//! hashes (to update only the changed articles of an edited JSON Lines or SGML file) and
//! its stored documents (to move a renamed file without re-extracting it).

use std::collections::HashMap;

use anyhow::Result;
use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{Searcher, TantivyDocument, Term};

use super::Fields;

/// Every stored document (articles and file record) of a source file.
pub fn documents_of(searcher: &Searcher, fields: &Fields, source: &str) -> Result<Vec<TantivyDocument>> {
    let query = TermQuery::new(Term::from_field_text(fields.source, source), IndexRecordOption::Basic);
    let mut addresses: Vec<_> = searcher.search(&query, &DocSetCollector)?.into_iter().collect();
    addresses.sort();
    addresses.into_iter().map(|addr| Ok(searcher.doc(addr)?)).collect()
}

/// Article key → content hash, for the articles of a source file.
pub fn article_hashes(searcher: &Searcher, fields: &Fields, source: &str) -> Result<HashMap<String, u64>> {
    Ok(documents_of(searcher, fields, source)?
        .iter()
        .filter(|doc| doc.get_first(fields.file_size).is_none())
        .filter_map(|doc| {
            let key = doc.get_first(fields.key)?.as_str()?.to_string();
            let hash = doc.get_first(fields.article_hash).and_then(|v| v.as_u64()).unwrap_or_default();
            Some((key, hash))
        })
        .collect())
}
