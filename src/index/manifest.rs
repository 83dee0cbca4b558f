//! The ingest manifest: what the index knows about each source file.
//!
//! It is read from the file records (`kind:file`) of the last commit, through fast
//! fields, so loading it for a large archive costs milliseconds and never touches the
//! document store. [`plan`] compares it with a fresh walk and decides, per file, whether
//! it must be read again.

use anyhow::{Context, Result};
use rustc_hash::FxHashMap;
use tantivy::schema::IndexRecordOption;
use tantivy::{DocSet, Searcher, TERMINATED, Term};

use super::Fields;
use super::schema::{FileState, KIND_FILE, KIND_SKIPPED, names};

/// Source path → what was indexed from it.
pub type Manifest = FxHashMap<String, FileState>;

/// Loads the manifest of the searcher's commit.
pub fn load(searcher: &Searcher, fields: &Fields) -> Result<Manifest> {
    let mut manifest = Manifest::default();
    for (kind, skipped) in [(KIND_FILE, false), (KIND_SKIPPED, true)] {
        load_kind(searcher, fields, kind, skipped, &mut manifest)?;
    }
    Ok(manifest)
}

/// Adds the file records of one kind to the manifest.
fn load_kind(
    searcher: &Searcher,
    fields: &Fields,
    kind: &str,
    skipped: bool,
    manifest: &mut Manifest,
) -> Result<()> {
    let term = Term::from_field_text(fields.kind, kind);
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(fields.kind)?;
        let Some(mut postings) = inverted.read_postings(&term, IndexRecordOption::Basic)? else {
            continue;
        };
        let fast = segment.fast_fields();
        let sources = fast.str(names::SOURCE)?.context("source column missing")?;
        let sizes = fast.u64(names::FILE_SIZE)?;
        let mtimes = fast.u64(names::FILE_MTIME)?;
        let hashes = fast.u64(names::FILE_HASH)?;
        // Stream the segment's path dictionary once, in order, instead of looking up each
        // document's path: on 200,000 files that is the difference between milliseconds and
        // seconds.
        let mut paths: Vec<String> = Vec::with_capacity(sources.dictionary().num_terms());
        let mut stream = sources.dictionary().stream()?;
        while stream.advance() {
            paths.push(String::from_utf8_lossy(stream.key()).into_owned());
        }
        let mut doc = postings.doc();
        while doc != TERMINATED {
            if !segment.is_deleted(doc)
                && let Some(path) = sources.ords().first(doc).and_then(|ord| paths.get(ord as usize))
            {
                let state = FileState {
                    size: sizes.first(doc).unwrap_or_default(),
                    mtime_ns: mtimes.first(doc).unwrap_or_default(),
                    hash: hashes.first(doc).unwrap_or_default(),
                    skipped,
                };
                manifest.insert(path.clone(), state);
            }
            doc = postings.advance();
        }
    }
    Ok(())
}

/// What to do with a walked file, given what the manifest says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    /// Never indexed: read it.
    New,
    /// Size or time differ: read it; its hash decides whether it really changed.
    Changed(FileState),
    /// Same size and time as when indexed: leave it.
    Unchanged,
}

/// Decides whether a file must be read again. Only size and time are compared here;
/// reading and hashing happen only for files that fail this cheap test. The time is the
/// walk's [`crate::ingest::walk::change_stamp_ns`], which counts the inode change time: a
/// new version copied over the old with its modification time kept (`cp -p`, `rsync -a`)
/// still fails the test.
pub fn plan(manifest: &Manifest, source: &str, size: u64, mtime_ns: u64) -> Plan {
    match manifest.get(source) {
        None => Plan::New,
        Some(old) if old.size == size && old.mtime_ns == mtime_ns => Plan::Unchanged,
        Some(old) => Plan::Changed(*old),
    }
}

/// How many articles of `source` the searcher's commit holds (its documents less its file
/// record): what leaves the index with the file.
pub fn articles_in(searcher: &Searcher, fields: &Fields, source: &str) -> Result<usize> {
    let term = Term::from_field_text(fields.source, source);
    let mut docs = 0usize;
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(fields.source)?;
        let Some(mut postings) = inverted.read_postings(&term, IndexRecordOption::Basic)? else {
            continue;
        };
        let mut doc = postings.doc();
        while doc != TERMINATED {
            if !segment.is_deleted(doc) {
                docs += 1;
            }
            doc = postings.advance();
        }
    }
    Ok(docs.saturating_sub(1))
}

/// Is `source` inside the ingested root `root` (or the root itself)?
pub fn is_under(source: &str, root: &str) -> bool {
    let root = root.trim_end_matches(std::path::MAIN_SEPARATOR);
    source == root
        || (source.starts_with(root) && source[root.len()..].starts_with(std::path::MAIN_SEPARATOR))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_reads_only_what_changed() {
        let mut m = Manifest::default();
        let state = FileState { size: 10, mtime_ns: 5, hash: 99, skipped: false };
        m.insert("/a/x.txt".into(), state);
        assert_eq!(plan(&m, "/a/x.txt", 10, 5), Plan::Unchanged);
        assert_eq!(plan(&m, "/a/x.txt", 11, 5), Plan::Changed(state));
        assert_eq!(plan(&m, "/a/x.txt", 10, 6), Plan::Changed(state));
        assert_eq!(plan(&m, "/a/y.txt", 10, 5), Plan::New);
    }

    #[test]
    fn under_respects_path_components() {
        assert!(is_under("/news/a.txt", "/news"));
        assert!(is_under("/news/a.txt", "/news/"));
        assert!(is_under("/news", "/news"));
        assert!(!is_under("/newsroom/a.txt", "/news"));
    }
}
