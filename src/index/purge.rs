//! Taking removed articles out of the index's files for good (`newsdex purge`).
//!
//! tantivy deletes a document by marking it in its segment (the segment's `.del` file):
//! its stored text, its words in the term dictionary and its names in the fast columns stay
//! in the segment's files, unsearched, until a merge rewrites the segment. An article whose
//! file was deleted, edited or forgotten is therefore still readable from the index folder
//! by anyone who can read the files. A purge merges every segment that holds a removed
//! document, with the documents still live, into one: tantivy's merge writes only live
//! documents, keeps a word only when a live document holds it, and keeps a name in a fast
//! column's dictionary only when a live document has it. The merged segment replaces the old
//! ones in one atomic write of `meta.json`, which keeps the last commit's payload (the
//! folders ingested, the forgotten ones), and the old segments' files are then deleted.
//!
//! A purge killed part way leaves the last commit whole: the new segment's files, not yet
//! listed, are deleted by the next writer to open the index ([`super::NewsIndex::writer`]).

use anyhow::{Context, Result};
use serde::Serialize;
use tantivy::collector::Count;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::{IndexWriter, TantivyDocument, Term};

use super::NewsIndex;
use super::schema::KIND_ARTICLE;

/// What a purge did.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Purged {
    /// Removed articles whose remains were deleted (an edited file's old version counts).
    pub articles: u64,
    /// Removed documents of any kind: the articles, and the records of files gone or changed.
    pub documents: u64,
    /// Segments before the purge.
    pub segments_before: usize,
    /// Segments after it.
    pub segments: usize,
    /// The index folder's size after it, in bytes.
    pub bytes: u64,
}

/// Rewrites the segments of the index that hold removed documents into one without them,
/// then deletes the old segments' files (see the module's documentation). `writer` is the
/// index's writer, with nothing uncommitted. Does nothing when no removed document is left.
pub fn purge(news: &NewsIndex, writer: &mut IndexWriter<TantivyDocument>) -> Result<Purged> {
    let metas = news.index.searchable_segment_metas()?;
    let segments_before = metas.len();
    let documents: u64 = metas.iter().map(|m| u64::from(m.num_deleted_docs())).sum();
    let articles = removed_articles(news)?;
    let with_removed: Vec<_> = metas.iter().filter(|m| m.has_deletes()).map(|m| m.id()).collect();
    // A segment's files stay while any copy of its meta lives.
    drop(metas);
    if !with_removed.is_empty() {
        writer.merge(&with_removed).wait().context("rewriting the index without the removed articles")?;
        // tantivy collects the old files at the end of the merge; once more, for a file a
        // reader of this process still held then.
        let _ = writer.garbage_collect_files().wait();
    }
    Ok(Purged {
        articles,
        documents,
        segments_before,
        segments: news.index.searchable_segment_metas()?.len(),
        bytes: super::size_on_disk(&news.dir),
    })
}

/// How many removed articles the index's files still hold: the articles each segment's
/// dictionary counts (live or removed), less those a search finds.
fn removed_articles(news: &NewsIndex) -> Result<u64> {
    let searcher = news.reader()?.searcher();
    let article = Term::from_field_text(news.fields.kind, KIND_ARTICLE);
    let held = searcher.doc_freq(&article)?;
    let live = searcher.search(&TermQuery::new(article, IndexRecordOption::Basic), &Count)?;
    Ok(held.saturating_sub(live as u64))
}
