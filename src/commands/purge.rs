//! `newsdex purge`: removed articles out of the index's files for good.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

use crate::cli::PurgeArgs;
use crate::exit::Status;
use crate::index::NewsIndex;
use crate::index::purge::{Purged, purge};
use crate::note;
use crate::search::render::plural;

/// Runs `newsdex purge`: takes the writer lock as an ingest does (a purge and an ingest
/// never write at once), rewrites the index without its removed articles, and says what
/// it did on stderr (and with `--json` on stdout).
pub fn run(index_dir: &Path, args: &PurgeArgs) -> Result<Status> {
    let news = NewsIndex::open(index_dir)?;
    // One thread and tantivy's least memory: a purge adds no document, it only merges.
    let mut writer = news.writer_when_free(15 << 20, 1, ("purge", args.wait), None)?;
    // Taking the writer removed what an interrupted ingest had left.
    let mut leftover_bytes = news.leftovers_removed();
    let mut purged = purge(&news, &mut writer)?;
    writer.wait_merging_threads().context("finishing index merges")?;
    // tantivy collects only the files it has on its own list: a segment file another
    // writer lost track of (a rebuild beside a waiting ingest) stayed, which `stats`
    // counted as left over while `purge` said it removed nothing. What `stats` counts goes.
    let unlisted = crate::index::disk_use(&news.index, &news.dir).leftover;
    if unlisted > 0 {
        crate::index::remove_leftovers(&news.index, &news.dir);
        let removed = unlisted.saturating_sub(crate::index::disk_use(&news.index, &news.dir).leftover);
        leftover_bytes += removed;
        purged.bytes = purged.bytes.saturating_sub(removed);
    }
    news.store_derived();
    note!("newsdex: {}", said(&purged, leftover_bytes));
    if args.json {
        let mut out = super::stdout();
        serde_json::to_writer_pretty(&mut out, &Said { purged, leftover_bytes })?;
        writeln!(out)?;
        super::finish(out)?;
    }
    Ok(Status::Success)
}

/// What `purge --json` prints: what the purge did, and the bytes left over from an
/// interrupted ingest that it removed.
#[derive(serde::Serialize)]
struct Said {
    #[serde(flatten)]
    purged: Purged,
    leftover_bytes: u64,
}

/// What a purge did, in a line: "purged 17 removed articles; the index is 1 segment,
/// 12.3 MB", after the files an interrupted ingest had left, when it removed some
/// (`leftover` bytes).
fn said(purged: &Purged, leftover: u64) -> String {
    let segments = plural(purged.segments, "segment", "segments");
    let index = format!("the index is {} {segments}, {:.1} MB", purged.segments, purged.bytes as f64 / 1e6);
    let left = match leftover {
        0 => String::new(),
        bytes => format!("removed {:.1} MB left over from an interrupted ingest; ", bytes as f64 / 1e6),
    };
    format!("{left}{}", said_of_articles(purged, &index, leftover > 0))
}

/// What a purge did to the removed articles, ending with `index`; `cleaned` when it
/// removed leftover files, so "nothing to purge" is not said of a purge that freed space.
fn said_of_articles(purged: &Purged, index: &str, cleaned: bool) -> String {
    match (purged.articles, purged.documents) {
        (_, 0) if cleaned => format!("no removed article to purge; {index}"),
        (_, 0) => format!("nothing to purge: the index's files hold no removed article; {index}"),
        (0, records) => format!(
            "purged the old records of {records} {} (no removed article was left); {index}",
            plural(records as usize, "file", "files")
        ),
        (articles, _) => {
            format!("purged {articles} removed {}; {index}", plural(articles as usize, "article", "articles"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn purged(articles: u64, documents: u64) -> Purged {
        Purged { articles, documents, segments_before: 3, segments: 1, bytes: 12_345_678 }
    }

    #[test]
    fn the_line_says_how_many_articles_went_and_what_the_index_is_now() {
        assert_eq!(said(&purged(17, 30), 0), "purged 17 removed articles; the index is 1 segment, 12.3 MB");
        assert_eq!(said(&purged(1, 2), 0), "purged 1 removed article; the index is 1 segment, 12.3 MB");
    }

    #[test]
    fn a_purge_with_nothing_removed_says_so() {
        assert_eq!(
            said(&purged(0, 0), 0),
            "nothing to purge: the index's files hold no removed article; the index is 1 segment, 12.3 MB"
        );
        assert!(said(&purged(0, 2), 0).starts_with("purged the old records of 2 files (no removed article"));
    }

    #[test]
    fn a_purge_that_removed_leftover_files_says_so() {
        assert_eq!(
            said(&purged(0, 0), 16_800_000),
            "removed 16.8 MB left over from an interrupted ingest; no removed article to purge; the index is 1 \
             segment, 12.3 MB"
        );
        assert!(
            said(&purged(17, 30), 1_000_000)
                .ends_with("purged 17 removed articles; the index is 1 segment, 12.3 MB")
        );
    }
}
