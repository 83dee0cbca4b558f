//! Reading back what the index holds for one source file: its articles' keys and content
//! hashes (to update only the changed articles of an edited JSON Lines or SGML file), its
//! stored documents (to move a renamed file without re-extracting it), and an article's
//! body, from the index's copy or the file itself.

use std::collections::HashMap;
use std::path::Path;

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

/// An article's body text, as a snippet or the article view shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Body {
    /// The text: the one indexed, or the file's text now when `problem` says it changed.
    /// Empty when the file cannot be read.
    pub text: String,
    /// Why the text may differ from what was indexed, for a one-line warning.
    pub problem: Option<String>,
}

/// The body of a stored article: the index's copy, or else the article read again from its
/// source file (see [`super::schema::keeps_body`]). A file changed or gone since the last
/// ingest gives its text as it is now, or none, with a problem naming the file.
pub fn body(fields: &Fields, doc: &TantivyDocument) -> Body {
    if let Some(text) = doc.get_first(fields.stored_body).and_then(|v| v.as_str()) {
        return Body { text: text.to_string(), problem: None };
    }
    let Some(source) = doc.get_first(fields.source).and_then(|v| v.as_str()) else {
        return Body::default();
    };
    let stale = |what: String| {
        Some(format!("{source}: {what} since the last ingest; run `newsdex ingest` to update the index"))
    };
    let read = match crate::ingest::read_file(Path::new(source), REREAD_LIMIT) {
        Ok(read) => read,
        Err(_) if !Path::new(source).exists() => {
            return Body { text: String::new(), problem: stale("deleted or moved".to_string()) };
        }
        Err(crate::ingest::Skip::Unreadable(cause)) => {
            return Body { text: String::new(), problem: stale(format!("unreadable ({cause})")) };
        }
        Err(_) => return Body { text: String::new(), problem: stale("emptied".to_string()) },
    };
    let id = fields.raw_id(doc);
    let Some(article) = read.articles.into_iter().find(|a| a.id == id) else {
        return Body { text: String::new(), problem: stale("lost this article".to_string()) };
    };
    let indexed = doc.get_first(fields.article_hash).and_then(|v| v.as_u64());
    let problem = if indexed == Some(article.content_hash()) { None } else { stale("changed".to_string()) };
    Body { text: article.body, problem }
}

/// Ingest skips files above `--max-file-mb`, so a file read again for its body is read
/// whatever its size now (this bound only keeps the gzip reader's arithmetic finite).
const REREAD_LIMIT: u64 = 1 << 40;
