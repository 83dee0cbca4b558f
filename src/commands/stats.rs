//! `newsdex stats`: what the index holds.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use serde::Serialize;
use tantivy::Term;
use tantivy::collector::Count;
use tantivy::query::{AllQuery, ExistsQuery, TermQuery};
use tantivy::schema::IndexRecordOption;

use crate::cli::StatsArgs;
use crate::exit::Status;
use crate::index::schema::{KIND_ARTICLE, KIND_FILE, KIND_SKIPPED, names};
use crate::index::{NewsIndex, Root, disk_use};
use crate::search::dated_range;
use crate::search::facets::{NameCount, NameKind, top_names};

/// Everything `stats` reports.
#[derive(Debug, Serialize)]
pub struct Stats {
    /// The newsdex that reports (`newsdex --version`): a saved report says what read it.
    pub newsdex_version: &'static str,
    /// Index folder.
    pub index: String,
    /// Articles indexed, under the name every other command's JSON gives them.
    pub articles: usize,
    /// The same count, under the name `stats --json` first gave it.
    pub documents: usize,
    /// Source files indexed.
    pub files: usize,
    /// Files passed over for what they hold (empty, binary, no text), read again when they
    /// change.
    pub skipped_files: usize,
    /// Bytes the index is: the files of its last commit's segments and its own lists.
    pub index_bytes: u64,
    /// Bytes more in its folder that no commit lists: left over from an ingest (or purge)
    /// killed or stopped by a full disk, removed by the next `ingest` or `purge`; or, while
    /// one is at work (`being_updated`), what it has written and not committed yet.
    pub leftover_bytes: u64,
    /// Articles removed from the index (their files deleted, emptied or forgotten) or
    /// replaced by a new version (their files edited) whose text the index's files still
    /// hold, unsearched, until `newsdex purge`.
    pub removed_not_purged: u64,
    /// Earliest publication date.
    pub first_date: Option<String>,
    /// Latest publication date.
    pub last_date: Option<String>,
    /// Articles with no date.
    pub undated: usize,
    /// Articles with a byline (as ingested by this build or an earlier one).
    pub with_byline: usize,
    /// Articles with none: a clips list by writer leaves them out.
    pub without_byline: usize,
    /// Folders ingested.
    pub roots: Vec<Root>,
    /// Folders and files `forget` took out of folders still ingested: left out of their
    /// folders' ingests (a rebuild's too) until ingested by name.
    pub forgotten: Vec<String>,
    /// Most frequent people.
    pub top_people: Vec<NameCount>,
    /// Most frequent organizations.
    pub top_organizations: Vec<NameCount>,
    /// Most frequent places.
    pub top_places: Vec<NameCount>,
    /// The sites most articles come from (articles with a web address).
    pub top_sites: Vec<NameCount>,
    /// The languages the articles are written in, most articles first (codes: `en`): all
    /// of them. The articles of no language known are the others.
    pub languages: Vec<NameCount>,
    /// Another process is writing the index (an ingest running): the figures are of its
    /// last commit.
    pub being_updated: bool,
}

/// How many articles (not file records) the searcher's commit holds.
pub fn article_count(news: &NewsIndex, searcher: &tantivy::Searcher) -> Result<usize> {
    Ok(searcher.search(&*crate::search::query::every_article(news), &Count)?)
}

/// How many articles have a byline: those whose byline field holds a word (its field
/// norm, the count of its words, is not 0). The byline is searched, not a fast field, so
/// an `ExistsQuery` cannot count it as it counts dates; only articles have bylines.
fn with_byline(news: &NewsIndex, searcher: &tantivy::Searcher) -> Result<usize> {
    let mut count = 0;
    for segment in searcher.segment_readers() {
        let norms = segment.get_fieldnorms_reader(news.fields.byline)?;
        count += segment.doc_ids_alive().filter(|&doc| norms.fieldnorm_id(doc) > 0).count();
    }
    Ok(count)
}

/// Gathers the statistics of an index.
pub fn gather(news: &NewsIndex, top: usize) -> Result<Stats> {
    gather_from(news, &news.reader()?.searcher(), top)
}

/// [`gather`], of the commit `searcher` reads (the server's, which follows its commits).
pub fn gather_from(news: &NewsIndex, searcher: &tantivy::Searcher, top: usize) -> Result<Stats> {
    let f = &news.fields;
    let count_kind = |kind: &str| {
        let q = TermQuery::new(Term::from_field_text(f.kind, kind), IndexRecordOption::Basic);
        searcher.search(&q, &Count)
    };
    let documents = count_kind(KIND_ARTICLE)?;
    // Each segment's dictionary counts its articles live or removed: the difference is
    // what a purge takes out (as `newsdex purge` counts it).
    let held = searcher.doc_freq(&Term::from_field_text(f.kind, KIND_ARTICLE))?;
    let dated = ExistsQuery::new(names::DATE.to_string(), false);
    let (first_date, last_date) = dated_range(news, searcher)?.unzip();
    let with_byline = with_byline(news, searcher)?;
    let payload = news.payload()?;
    let disk = disk_use(&news.index, &news.dir);
    // `--top 0` (the page's start, `/api/stats?top=0`) tallies no names: every name of
    // each kind is read to find the top ones.
    let top =
        |kind: NameKind| if top == 0 { Ok(Vec::new()) } else { top_names(searcher, &AllQuery, kind, top) };
    Ok(Stats {
        newsdex_version: env!("CARGO_PKG_VERSION"),
        // Absolute, as every path it lists: `--index ix` is `/home/me/ix`.
        index: std::path::absolute(&news.dir).unwrap_or_else(|_| news.dir.clone()).display().to_string(),
        articles: documents,
        documents,
        files: count_kind(KIND_FILE)?,
        skipped_files: count_kind(KIND_SKIPPED)?,
        index_bytes: disk.used,
        leftover_bytes: disk.leftover,
        removed_not_purged: held.saturating_sub(documents as u64),
        first_date,
        last_date,
        undated: documents - searcher.search(&dated, &Count)?,
        with_byline,
        without_byline: documents.saturating_sub(with_byline),
        being_updated: crate::index::being_written(&news.dir),
        roots: payload.roots,
        forgotten: payload.forgotten,
        top_people: top(NameKind::Person)?,
        top_organizations: top(NameKind::Org)?,
        top_places: top(NameKind::Place)?,
        top_sites: top(NameKind::Site)?,
        // All of them (whatlang tells 70), whatever `--top` says.
        languages: top_names(searcher, &AllQuery, NameKind::Language, 200)?,
    })
}

/// Runs `newsdex stats`.
pub fn run(index_dir: &Path, args: &StatsArgs) -> Result<Status> {
    let news = NewsIndex::open(index_dir)?;
    let stats = gather(&news, args.top)?;
    let mut out = super::stdout();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &stats).context("writing JSON")?;
        writeln!(out)?;
    } else {
        write_text(&mut out, &stats, args.top)?;
    }
    super::finish(out)?;
    Ok(Status::Success)
}

/// What the text says of the bytes in the index folder that no commit lists, if any.
fn leftover_line(bytes: u64, being_updated: bool) -> Option<String> {
    let mb = bytes as f64 / 1e6;
    match (bytes, being_updated) {
        (0, _) => None,
        (_, true) => {
            Some(format!("{mb:.1} MB more on disk, written by the process at work and not committed yet"))
        }
        (_, false) => Some(format!(
            "{mb:.1} MB more on disk, left over from an interrupted ingest; the next `newsdex ingest` (or \
             `newsdex purge`) removes it"
        )),
    }
}

fn write_text(out: &mut impl Write, s: &Stats, top: usize) -> Result<()> {
    writeln!(out, "index:     {}", s.index)?;
    writeln!(
        out,
        "articles:  {} (from {} {})",
        s.documents,
        s.files,
        crate::search::render::plural(s.files, "file", "files")
    )?;
    if s.being_updated {
        writeln!(
            out,
            "updating:  an ingest, or a watch until it is stopped, holds this index; these figures are of \
             its last commit"
        )?;
    }
    if s.skipped_files > 0 {
        writeln!(
            out,
            "skipped:   {} {} (empty, binary, no text, a collection's notes or a list; read again when they change)",
            s.skipped_files,
            crate::search::render::plural(s.skipped_files, "file", "files")
        )?;
    }
    writeln!(out, "size:      {:.1} MB", s.index_bytes as f64 / 1e6)?;
    if let Some(line) = leftover_line(s.leftover_bytes, s.being_updated) {
        writeln!(out, "leftover:  {line}")?;
    }
    if s.removed_not_purged > 0 {
        writeln!(
            out,
            "removed:   {} {} no longer searched (removed, replaced by an edit, or moved) whose text the \
             index's files still hold (`newsdex purge` takes it out)",
            s.removed_not_purged,
            crate::search::render::plural(
                s.removed_not_purged as usize,
                "article version",
                "article versions"
            )
        )?;
    }
    // The days: "1987-02-26 to 2026-08-02" (the JSON keeps the times).
    let day = |d: &str| d.get(..10).unwrap_or(d).to_string();
    let range = match (&s.first_date, &s.last_date) {
        (Some(a), Some(b)) => format!("{} to {}", day(a), day(b)),
        _ => "no dated articles".to_string(),
    };
    writeln!(out, "dates:     {range} ({} undated)", s.undated)?;
    writeln!(out, "bylines:   {} with a byline ({} without)", s.with_byline, s.without_byline)?;
    if !s.languages.is_empty() {
        let known: u64 = s.languages.iter().map(|l| l.articles).sum();
        let mut said: Vec<String> =
            s.languages.iter().map(|l| format!("{} {}", l.name, l.articles)).collect();
        if known < s.documents as u64 {
            said.push(format!("unknown {}", s.documents as u64 - known));
        }
        writeln!(out, "languages: {}", said.join(", "))?;
    }
    for root in &s.roots {
        let kept = if root.keeps_text { "; its text is kept in the index" } else { "" };
        let links = if root.follows_links { "; symbolic links followed" } else { "" };
        let gitignored = if root.no_gitignore { "; what .gitignore names ingested too" } else { "" };
        let excludes = match root.excludes.is_empty() {
            true => String::new(),
            false => format!("; leaving out {}", root.excludes.join(", ")),
        };
        let what = if Path::new(&root.path).is_file() { "file:  " } else { "folder:" };
        let unfinished = match (root.unfinished, s.being_updated) {
            (false, _) => "",
            (true, true) => "; being ingested, or its last ingest stopped part way",
            (true, false) => "; its last ingest stopped part way: `newsdex ingest` finishes it",
        };
        writeln!(
            out,
            "{what}    {} (last ingested {}{unfinished}{kept}{links}{gitignored}{excludes})",
            crate::messages::printable(&root.path),
            root.last_ingest
        )?;
    }
    for path in &s.forgotten {
        writeln!(
            out,
            "forgotten: {} (left out of its folder until ingested by name)",
            crate::messages::printable(path)
        )?;
    }
    for (label, list) in [
        ("people", &s.top_people),
        ("organizations", &s.top_organizations),
        ("places", &s.top_places),
        ("sites", &s.top_sites),
    ] {
        if top == 0 || (label == "sites" && list.is_empty()) {
            continue; // none asked for; an archive of text files has no web addresses
        }
        writeln!(out, "\ntop {label}:")?;
        if list.is_empty() {
            writeln!(out, "  (none)")?;
        }
        for c in list {
            writeln!(out, "  {:>6}  {}", c.articles, c.name)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::leftover_line;

    #[test]
    fn leftover_files_are_named_for_what_they_are() {
        assert_eq!(leftover_line(0, false), None);
        assert_eq!(
            leftover_line(16_800_000, false).unwrap(),
            "16.8 MB more on disk, left over from an interrupted ingest; the next `newsdex ingest` (or \
             `newsdex purge`) removes it"
        );
        assert!(leftover_line(1_000_000, true).unwrap().contains("not committed yet"));
    }
}
