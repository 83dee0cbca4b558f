//! Ingest: walk → read and decode → parse → extract entities → index.
//!
//! [`run`] is incremental: it compares each walked file's size and mtime with the manifest
//! (the file records of the last commit) and reads only what changed; a file whose bytes
//! hash the same as before is only re-stamped. Files that vanished from an ingested
//! folder are removed. Reading, parsing and entity extraction run in parallel (rayon);
//! one tantivy writer indexes the results, committing periodically so a crash loses
//! little, and a kill at any point leaves the previous commit intact.

pub mod article;
pub mod decode;
pub mod formats;
pub mod walk;

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use tantivy::{IndexWriter, TantivyDocument, Term};

pub use article::{Article, FileArticles, Skip, read_file};

use crate::entities::{self, Entities};
use crate::index::manifest::{self, Plan};
use crate::index::schema::file_key;
use crate::index::{FileState, NewsIndex, Payload, Root};
use crate::{note, warn};

/// Commit at least this often during a long ingest, so a crash loses little work.
const COMMIT_EVERY: Duration = Duration::from_secs(60);
/// Files read in parallel before their documents are handed to the writer.
const BATCH_FILES: usize = 256;

/// What `newsdex ingest` was asked to do, validated.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Where the index lives.
    pub index_dir: PathBuf,
    /// Folders or files to ingest, as the user gave them.
    pub roots: Vec<PathBuf>,
    /// Follow symbolic links while walking.
    pub follow_links: bool,
    /// Files above this size are skipped.
    pub max_file_bytes: u64,
    /// Threads for reading and parsing.
    pub jobs: usize,
    /// Start from an empty index.
    pub rebuild: bool,
}

/// What an ingest did, for the summary line.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct IngestSummary {
    /// Files indexed for the first time.
    pub added: usize,
    /// Files whose content changed and were re-indexed.
    pub updated: usize,
    /// Files left as they were.
    pub unchanged: usize,
    /// Files gone from the folders, whose articles were removed.
    pub removed: usize,
    /// Articles written (from added and updated files).
    pub articles: usize,
    /// Files skipped, by reason.
    pub skipped: BTreeMap<&'static str, usize>,
    /// Files of types newsdex does not read, by extension.
    pub unsupported: BTreeMap<String, usize>,
    /// Wall time.
    pub elapsed: Duration,
}

impl IngestSummary {
    /// Files skipped for any reason, unsupported types included.
    pub fn skipped_total(&self) -> usize {
        self.skipped.values().sum::<usize>() + self.unsupported.values().sum::<usize>()
    }

    /// The one-line summary printed on stderr.
    pub fn line(&self) -> String {
        let mut reasons: Vec<String> = self.skipped.iter().map(|(k, v)| format!("{v} {k}")).collect();
        let unsupported: usize = self.unsupported.values().sum();
        if unsupported > 0 {
            let exts: Vec<String> = self.unsupported.iter().map(|(e, n)| format!("{e} {n}")).collect();
            reasons.push(format!("{unsupported} unsupported type: {}", exts.join(", ")));
        }
        let skipped = match reasons.is_empty() {
            true => "0 skipped".to_string(),
            false => format!("{} skipped ({})", self.skipped_total(), reasons.join("; ")),
        };
        format!(
            "indexed {} files ({} new, {} updated, {} articles), {} unchanged, {} removed, {} in {:.2}s",
            self.added + self.updated,
            self.added,
            self.updated,
            self.articles,
            self.unchanged,
            self.removed,
            skipped,
            self.elapsed.as_secs_f64()
        )
    }
}

/// A walked file that must be read.
struct Work {
    /// Path shown to the user.
    display: PathBuf,
    /// Absolute path: the manifest key.
    source: String,
    size: u64,
    mtime_ns: u64,
    plan: Plan,
}

/// A file after reading, parsing and entity extraction.
type Outcome = Result<(FileArticles, Vec<Entities>), Skip>;

/// Runs an ingest.
pub fn run(opts: &IngestOptions) -> Result<IngestSummary> {
    let started = Instant::now();
    let roots = resolve_roots(&opts.roots)?;
    let news = if opts.rebuild {
        NewsIndex::recreate(&opts.index_dir)?
    } else {
        NewsIndex::open_or_create(&opts.index_dir)?
    };
    let threads = opts.jobs.clamp(1, 8);
    let writer_threads = threads.min(2);
    let mut writer = news.writer((64 << 20) * writer_threads, writer_threads)?;
    let manifest = manifest::load(&news.reader()?.searcher(), &news.fields)?;
    let mut payload = news.payload()?;

    let mut summary = IngestSummary::default();
    let mut seen: HashSet<String> = HashSet::new();
    let mut work = Vec::new();
    for (given, canonical) in &roots {
        let mut walked = walk::Walked::default();
        walk::walk(canonical, opts.follow_links, &mut walked);
        for problem in &walked.problems {
            let path = problem.path.as_deref().map(|p| display_path(given, canonical, p));
            warn!("{}: {}", path.as_deref().unwrap_or(given).display(), problem.cause);
            *summary.skipped.entry("unreadable").or_default() += 1;
        }
        for file in walked.files {
            let source = file.path.to_string_lossy().into_owned();
            seen.insert(source.clone());
            if formats::FileKind::from_path(&file.path).is_none() {
                *summary.unsupported.entry(extension_label(&file.path)).or_default() += 1;
                continue;
            }
            match manifest::plan(&manifest, &source, file.size, file.mtime_ns) {
                Plan::Unchanged => summary.unchanged += 1,
                plan => work.push(Work {
                    display: display_path(given, canonical, &file.path),
                    source,
                    size: file.size,
                    mtime_ns: file.mtime_ns,
                    plan,
                }),
            }
        }
    }

    let progress = progress_bar(work.len() as u64);
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build()?;
    let mut last_commit = Instant::now();
    for batch in work.chunks(BATCH_FILES) {
        let outcomes: Vec<Outcome> = pool.install(|| {
            batch.par_iter().map(|w| read_and_extract(Path::new(&w.source), opts.max_file_bytes)).collect()
        });
        for (w, outcome) in batch.iter().zip(outcomes) {
            apply(&news, &mut writer, w, outcome, &mut summary)?;
            progress.inc(1);
        }
        if last_commit.elapsed() >= COMMIT_EVERY {
            commit(&mut writer, &payload)?;
            last_commit = Instant::now();
        }
    }
    progress.finish_and_clear();

    // Files gone from the folders of this run: remove their articles and records.
    let canonical_roots: Vec<String> = roots.iter().map(|(_, c)| c.to_string_lossy().into_owned()).collect();
    for source in manifest.keys() {
        if !seen.contains(source) && canonical_roots.iter().any(|r| manifest::is_under(source, r)) {
            writer.delete_term(Term::from_field_text(news.fields.source, source));
            summary.removed += 1;
        }
    }

    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    for root in canonical_roots {
        payload.roots.retain(|r| r.path != root);
        payload.roots.push(Root { path: root, last_ingest: now.clone() });
    }
    payload.roots.sort_by(|a, b| a.path.cmp(&b.path));
    commit(&mut writer, &payload)?;
    writer.wait_merging_threads().context("finishing index merges")?;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

fn read_and_extract(path: &Path, max_file_bytes: u64) -> Outcome {
    let file = read_file(path, max_file_bytes)?;
    let entities = file.articles.iter().map(entities::extract).collect();
    Ok((file, entities))
}

/// Writes one file's outcome to the index and the summary.
fn apply(
    news: &NewsIndex,
    writer: &mut IndexWriter<TantivyDocument>,
    w: &Work,
    outcome: Outcome,
    summary: &mut IngestSummary,
) -> Result<()> {
    let fields = &news.fields;
    let (file, entities) = match outcome {
        Ok(read) => read,
        Err(skip) => {
            // A file that breaks keeps whatever was indexed from it before: never lose data.
            warn!("{}: {skip}", w.display.display());
            *summary.skipped.entry(skip.label()).or_default() += 1;
            return Ok(());
        }
    };
    for warning in &file.warnings {
        warn!("{}: {warning}", w.display.display());
    }
    let state = FileState { size: w.size, mtime_ns: w.mtime_ns, hash: file.hash };
    if let Plan::Changed(old) = w.plan
        && old.hash == file.hash
    {
        // Touched but not edited: only the file record changes.
        writer.delete_term(Term::from_field_text(fields.key, &file_key(&w.source)));
        writer.add_document(fields.file_doc(&w.source, state))?;
        summary.unchanged += 1;
        return Ok(());
    }
    if matches!(w.plan, Plan::Changed(_)) {
        writer.delete_term(Term::from_field_text(fields.source, &w.source));
        summary.updated += 1;
    } else {
        summary.added += 1;
    }
    for (article, entities) in file.articles.iter().zip(&entities) {
        writer.add_document(fields.article_doc(&w.source, article, entities))?;
        summary.articles += 1;
    }
    writer.add_document(fields.file_doc(&w.source, state))?;
    Ok(())
}

fn commit(writer: &mut IndexWriter<TantivyDocument>, payload: &Payload) -> Result<()> {
    let mut prepared = writer.prepare_commit().context("preparing commit")?;
    prepared.set_payload(&serde_json::to_string(payload)?);
    prepared.commit().context("committing index")?;
    Ok(())
}

/// Checks that every root exists, and pairs it with its canonical absolute path.
fn resolve_roots(roots: &[PathBuf]) -> Result<Vec<(PathBuf, PathBuf)>> {
    roots
        .iter()
        .map(|root| {
            let canonical = std::fs::canonicalize(root).with_context(|| format!("{}", root.display()))?;
            Ok((root.clone(), canonical))
        })
        .collect::<Result<Vec<_>>>()
        .and_then(|roots| {
            if roots.is_empty() {
                bail!("nothing to ingest: give one or more folders");
            }
            Ok(roots)
        })
}

/// The path as the user would write it: their root joined with the walked remainder.
pub fn display_path(given: &Path, canonical: &Path, path: &Path) -> PathBuf {
    match path.strip_prefix(canonical) {
        Ok(rest) if rest.as_os_str().is_empty() => given.to_path_buf(),
        Ok(rest) => given.join(rest),
        Err(_) => path.to_path_buf(),
    }
}

fn extension_label(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .map_or_else(|| "no extension".to_string(), |e| format!(".{}", e.to_ascii_lowercase()))
}

fn progress_bar(len: u64) -> ProgressBar {
    if crate::messages::is_quiet() || len < 2 {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} {pos}/{len} files read [{elapsed_precise}] {per_sec} ETA {eta}",
        )
        .expect("the template is valid"),
    );
    bar
}

/// Prints the summary of an ingest on stderr.
pub fn report(summary: &IngestSummary) {
    note!("newsdex: {}", summary.line());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_line_counts_everything() {
        let mut s = IngestSummary {
            added: 3,
            updated: 1,
            unchanged: 5,
            removed: 2,
            articles: 4,
            ..Default::default()
        };
        s.skipped.insert("binary", 1);
        s.skipped.insert("empty", 2);
        s.unsupported.insert(".html".into(), 4);
        s.elapsed = Duration::from_millis(1500);
        assert_eq!(
            s.line(),
            "indexed 4 files (3 new, 1 updated, 4 articles), 5 unchanged, 2 removed, \
             7 skipped (1 binary; 2 empty; 4 unsupported type: .html 4) in 1.50s"
        );
    }

    #[test]
    fn display_paths_keep_the_users_root() {
        let p = display_path(Path::new("corpus"), Path::new("/abs/corpus"), Path::new("/abs/corpus/a/b.txt"));
        assert_eq!(p, PathBuf::from("corpus/a/b.txt"));
    }
}
