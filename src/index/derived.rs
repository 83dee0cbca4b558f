//! Files computed from a commit's articles and kept beside the index, so that a query reads
//! them instead of computing them again (the rows of `newsdex orgs`: 0.35 s of CPU over
//! BBC + Reuters in every process that filters or lists organizations).
//!
//! Such a file is written by the command that committed (an ingest, `forget`, `purge`),
//! once its segments are final, and records what it was computed from: each segment's id
//! and its deleted documents, and a fingerprint of the code that computed it. A segment's
//! files never change and its deletions only grow, so a searcher with the same segments
//! and deletion counts reads the same articles; a merge (same articles, new segments), a
//! commit, a crash between a commit and the write, another newsdex: the file does not
//! match, and the query computes what it needs as if there were none. Nothing of tantivy's
//! lists it: tantivy neither reads nor removes it, and an index without it (older ones)
//! works as before.
//!
//! The file is two lines of JSON: what it was computed from ([`Stamp`]), then the value,
//! so that a query can tell a stale file from the first line alone.

use std::path::Path;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use tantivy::Searcher;
use tantivy::directory::Directory;

/// What a stored file was computed from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    /// The fingerprint of the code that computed it ([`fingerprint`]).
    pub code: String,
    /// The segments of the commit it was computed from, each by its id and its deleted
    /// documents, sorted.
    pub segments: Vec<(String, u32)>,
}

impl Stamp {
    /// The stamp of what `searcher` reads, computed by code of fingerprint `code`.
    pub fn of(searcher: &Searcher, code: &str) -> Stamp {
        Stamp { code: code.to_string(), segments: segments(searcher) }
    }
}

/// The segments `searcher` reads, each by its id and its deleted documents, sorted.
pub fn segments(searcher: &Searcher) -> Vec<(String, u32)> {
    let mut segments: Vec<(String, u32)> = searcher
        .segment_readers()
        .iter()
        .map(|s| (s.segment_id().uuid_string(), s.num_deleted_docs()))
        .collect();
    segments.sort();
    segments
}

/// A fingerprint of `sources` (the code a stored value depends on, as `include_str!`
/// gives it) and of this newsdex's version: a stored value computed by other code is
/// stale. FNV-1a, the same in every process and on every platform.
pub fn fingerprint(sources: &[&str]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for source in std::iter::once(env!("CARGO_PKG_VERSION")).chain(sources.iter().copied()) {
        for byte in source.bytes().chain(std::iter::once(0)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The value stored as `name` in the index `searcher` reads, when it was computed from
/// what the searcher reads (`stamp`): `None` when there is none, it is stale, or it cannot
/// be read.
pub fn read<T: DeserializeOwned>(searcher: &Searcher, name: &str, stamp: &Stamp) -> Option<T> {
    let bytes = searcher.index().directory().atomic_read(Path::new(name)).ok()?;
    let (head, body) = split(&bytes)?;
    if serde_json::from_slice::<Stamp>(head).ok()? != *stamp {
        return None;
    }
    serde_json::from_slice(body).ok()
}

/// Whether the file `name` of `folder` was computed from what `stamp` says.
pub fn is_current(folder: &Path, name: &str, stamp: &Stamp) -> bool {
    use std::io::BufRead;
    let Ok(file) = std::fs::File::open(folder.join(name)) else { return false };
    let mut head = Vec::new();
    std::io::BufReader::new(file).read_until(b'\n', &mut head).is_ok()
        && head.pop() == Some(b'\n')
        && serde_json::from_slice::<Stamp>(&head).is_ok_and(|stored| stored == *stamp)
}

/// Stores `value` as `name` in the index folder `folder`, stamped `stamp`: a temporary file
/// beside it, renamed over it (see [`super::directory::IndexFolder`]), so that a reader sees
/// the old file or the new one, whole.
pub fn write<T: Serialize>(folder: &Path, name: &str, stamp: &Stamp, value: &T) -> anyhow::Result<()> {
    let mut bytes = serde_json::to_vec(stamp)?;
    bytes.push(b'\n');
    serde_json::to_writer(&mut bytes, value)?;
    bytes.push(b'\n');
    let directory = super::directory::IndexFolder::open(folder)?;
    directory.atomic_write(Path::new(name), &bytes)?;
    Ok(())
}

/// A stored file's stamp and value, as their two lines.
fn split(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let end = bytes.iter().position(|&b| b == b'\n')?;
    Some((&bytes[..end], &bytes[end + 1..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::index::NewsIndex;

    /// An index in a temporary folder with one article committed by each of `commits` commits.
    fn index_with(commits: usize) -> (tempfile::TempDir, NewsIndex) {
        let dir = tempfile::tempdir().unwrap();
        let news = NewsIndex::open_or_create(dir.path()).unwrap();
        let mut writer = news.writer(15 << 20, 1).unwrap();
        for n in 0..commits {
            let source = format!("/news/{n}.txt");
            writer
                .add_document(tantivy::doc!(news.fields.kind => "article", news.fields.source => source))
                .unwrap();
            news.commit(&mut writer, &news.payload().unwrap()).unwrap();
        }
        writer.wait_merging_threads().unwrap();
        (dir, news)
    }

    #[test]
    fn a_stored_value_is_read_only_for_the_segments_and_code_it_was_computed_from() {
        let (dir, news) = index_with(2);
        let searcher = news.reader().unwrap().searcher();
        let stamp = Stamp::of(&searcher, &fingerprint(&["rows v1"]));
        assert_eq!(stamp.segments.len(), 2);
        assert_eq!(read::<Vec<String>>(&searcher, "rows.json", &stamp), None, "none stored yet");
        write(dir.path(), "rows.json", &stamp, &vec!["Ford".to_string()]).unwrap();
        assert!(is_current(dir.path(), "rows.json", &stamp));
        assert_eq!(read::<Vec<String>>(&searcher, "rows.json", &stamp), Some(vec!["Ford".to_string()]));

        // Other code: stale.
        let other_code = Stamp::of(&searcher, &fingerprint(&["rows v2"]));
        assert!(!is_current(dir.path(), "rows.json", &other_code));
        assert_eq!(read::<Vec<String>>(&searcher, "rows.json", &other_code), None);

        // An article deleted: the same segments, one more deletion: stale.
        let mut writer = news.writer(15 << 20, 1).unwrap();
        writer.delete_term(tantivy::Term::from_field_text(news.fields.source, "/news/0.txt"));
        news.commit(&mut writer, &news.payload().unwrap()).unwrap();
        writer.wait_merging_threads().unwrap();
        let after = news.reader().unwrap().searcher();
        let new_stamp = Stamp::of(&after, &fingerprint(&["rows v1"]));
        assert_ne!(new_stamp, stamp);
        assert_eq!(read::<Vec<String>>(&after, "rows.json", &new_stamp), None);
        assert!(!is_current(dir.path(), "rows.json", &new_stamp));

        // A file cut short (or garbled) is no value.
        std::fs::write(dir.path().join("rows.json"), b"{\"code\"").unwrap();
        assert_eq!(read::<Vec<String>>(&searcher, "rows.json", &stamp), None);
    }

    #[test]
    fn a_fingerprint_follows_its_sources() {
        assert_eq!(fingerprint(&["a", "b"]), fingerprint(&["a", "b"]));
        assert_ne!(fingerprint(&["a", "b"]), fingerprint(&["ab"]));
        assert_ne!(fingerprint(&["a"]), fingerprint(&["b"]));
    }
}
