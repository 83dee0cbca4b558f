//! Reading back what the index holds for one source file: its articles' keys and content
//! hashes (to update only the changed articles of an edited JSON Lines or SGML file), its
//! stored documents (to move a renamed file without re-extracting it), and an article's
//! body, from the index's copy or the file itself.

use std::collections::HashMap;

use anyhow::Result;
use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{Searcher, TantivyDocument, Term};

use super::Fields;
use crate::ingest::Skip;

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
    let id = fields.raw_id(doc);
    let path = crate::ingest::walk::path_of(source);
    // A folder gone with the file (renamed, moved, a drive unplugged) is kept by `ingest`
    // with its articles: it is to be ingested where it is now, or forgotten.
    let gone_folder = gone_folder(&path);
    let stale = |what: String| match &gone_folder {
        Some(folder) => Some(format!(
            "{source}: {what} since the last ingest, with its folder {}: ingest that where it is now \
             (`newsdex ingest NEW-PATH`), or take it out with `newsdex forget {}`",
            folder.display(),
            folder.display()
        )),
        None => {
            Some(format!("{source}: {what} since the last ingest; run `newsdex ingest` to update the index"))
        }
    };
    let reread = match crate::ingest::read_file(&path, REREAD_LIMIT) {
        Ok(read) => read.articles.into_iter().find(|a| a.id == id).ok_or("lost this article".to_string()),
        // Only a file that is not there is gone: one in a folder made unreadable is not.
        Err(_)
            if std::fs::symlink_metadata(&path).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound) =>
        {
            Err("deleted or moved".to_string())
        }
        Err(Skip::Unreadable(cause) | Skip::Damaged(cause)) => Err(format!("unreadable ({cause})")),
        Err(Skip::TooLarge { .. }) => Err(format!("grown past {} MB", REREAD_LIMIT >> 20)),
        Err(_) => Err("emptied".to_string()),
    };
    match reread {
        Ok(article) => {
            let indexed = doc.get_first(fields.article_hash).and_then(|v| v.as_u64());
            let changed = indexed != Some(article.content_hash());
            Body { text: article.body, problem: if changed { stale("changed".to_string()) } else { None } }
        }
        Err(what) => Body { text: String::new(), problem: stale(what) },
    }
}

/// The outermost folder above `path` that is gone (not found), if its own folder is.
fn gone_folder(path: &std::path::Path) -> Option<std::path::PathBuf> {
    let missing = |p: &&std::path::Path| {
        std::fs::symlink_metadata(p).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound)
    };
    path.ancestors().skip(1).take_while(missing).last().map(std::path::Path::to_path_buf)
}

/// The largest file a search reads again for a body. Ingest skips files above
/// `--max-file-mb` (64 by default), so only a file that grew since then, or an ingest told
/// to take huge files, meets this bound.
const REREAD_LIMIT: u64 = 1 << 30;
