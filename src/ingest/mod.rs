//! Ingest: walk → read and decode → parse → extract entities → index.
//!
//! [`run`] is incremental: it compares each walked file's size and change time with the manifest
//! (the file records of the last commit) and reads only what changed; a file whose bytes
//! hash the same as before is only re-stamped. Files that vanished from an ingested
//! folder are removed. Reading, parsing and entity extraction run in parallel (rayon);
//! one tantivy writer indexes the results, committing periodically so a crash loses
//! little, and a kill at any point leaves the previous commit intact.

pub mod article;
pub mod decode;
pub mod formats;
pub mod language;
pub mod mime;
pub mod progress;
pub mod report;
pub mod walk;
pub mod warc;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use tantivy::index::SegmentId;
use tantivy::{IndexReader, IndexWriter, Searcher, TantivyDocument, Term};

pub use article::{Article, FileArticles, Skip, file_from_bytes, find_names, read_file};

use crate::entities::Entities;
use crate::entities::gazetteer::{self, KnownNames};
use crate::entities::rules::Kind;
use crate::index::manifest::{self, Plan};
use crate::index::schema::{article_key, file_key, keeps_body};
use crate::index::stored;
use crate::index::{FileState, NewsIndex, Payload, Root};
use crate::{note, warn};
use report::{Line, Report};

/// Files read in parallel before their documents are handed to the writer.
const BATCH_FILES: usize = 256;

/// The most threads an ingest reads files with (`--jobs`): past it, the index writer is
/// the bottleneck.
pub const MAX_JOBS: usize = 8;
/// At most this many bytes of files in one batch (a larger file makes a batch alone): the
/// batches in flight, and so memory, stay small on archives of large many-article files
/// (JSON Lines, SGML), and Ctrl-C is answered after a batch of seconds, not minutes.
const BATCH_BYTES: u64 = 8 << 20;

/// Splits `items` into consecutive batches of at most `max_items` items whose `size`s add
/// up to at most `max_bytes`; an item larger than that is a batch alone.
fn batches<T>(
    items: &[T],
    size: impl Fn(&T) -> u64,
    max_items: usize,
    max_bytes: u64,
) -> impl Iterator<Item = &[T]> {
    let mut rest = items;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let (mut n, mut bytes) = (1, size(&rest[0]));
        while n < rest.len() && n < max_items && bytes + size(&rest[n]) <= max_bytes {
            bytes += size(&rest[n]);
            n += 1;
        }
        let (batch, tail) = rest.split_at(n);
        rest = tail;
        Some(batch)
    })
}

/// The warnings printed for one file read (a JSON Lines file may have one per line); the
/// rest are counted in one line.
const MAX_WARNINGS_PER_FILE: usize = 10;

/// What `newsdex ingest` was asked to do, validated.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Where the index lives.
    pub index_dir: PathBuf,
    /// Folders or files to ingest, as the user gave them.
    pub roots: Vec<PathBuf>,
    /// Follow symbolic links while walking.
    pub follow_links: bool,
    /// Leave out what these patterns name (`--exclude`, `.gitignore` syntax), as if in a
    /// `.newsdexignore` at the top of each folder ingested.
    pub excludes: Vec<String>,
    /// Ingest what `.gitignore` files name too (`--no-gitignore`).
    pub no_gitignore: bool,
    /// Files above this size are skipped.
    pub max_file_bytes: u64,
    /// Threads for reading and parsing.
    pub jobs: usize,
    /// Memory budget of the index writer (split among its threads).
    pub memory_bytes: usize,
    /// Start from an empty index.
    pub rebuild: bool,
    /// Remove the articles of files gone from the folders (`--no-purge` turns it off).
    pub purge: bool,
    /// Extract people, organizations and places (`--no-entities` turns it off).
    pub entities: bool,
    /// Keep a copy of every article's text in the index, plain-text files' too
    /// (`--keep-text`; see [`crate::index::schema::keeps_body`]).
    pub keep_text: bool,
    /// Commit at least this often during a long pass, so a crash loses little work.
    pub commit_every: Duration,
    /// When set (by Ctrl-C), a pass stops after the batch in hand and commits it.
    pub stop: Option<Arc<AtomicBool>>,
    /// When another process is writing the index, wait for it rather than fail.
    pub wait_for_writer: bool,
    /// Where to write what became of every file met (`--report`; `-` is stdout).
    pub report: Option<PathBuf>,
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
    /// Files whose articles were removed: gone from the folders, or now holding no article.
    pub removed: usize,
    /// Files renamed or moved: same content at a new path, re-pointed without re-reading.
    pub moved: usize,
    /// The pass was stopped early (Ctrl-C); what was done is committed.
    pub interrupted: bool,
    /// A rebuild stopped early and undone: the index is as it was before it.
    pub abandoned: bool,
    /// Articles written, new or changed, from the files indexed (added and updated).
    pub articles: usize,
    /// Articles of updated files left as they were (a feed downloaded again rewrites only
    /// its new and edited items): with [`IngestSummary::articles`], all the articles of the
    /// files indexed, as `--report` counts them (`1 updated, 1 article, 2 as before` for a
    /// feed that gained one item of three).
    pub articles_as_before: usize,
    /// Articles gone from files still there: items fallen off a feed downloaded again,
    /// e-mails deleted from a mailbox, records dropped from an export.
    pub articles_dropped: usize,
    /// Articles that left the index with their files (the files [`IngestSummary::removed`]).
    pub articles_removed: usize,
    /// Articles of updated files whose old version was replaced by the new one: its text,
    /// as the removed articles' text, stays in the index's files until `newsdex purge`.
    pub articles_replaced: usize,
    /// Files skipped, by reason.
    pub skipped: BTreeMap<&'static str, usize>,
    /// Unchanged files that an earlier ingest skipped (empty, binary, no text): passed over
    /// without a warning, counted among the unchanged.
    pub skipped_before: usize,
    /// Files of types newsdex does not read, by extension.
    pub unsupported: BTreeMap<String, usize>,
    /// Folders or files named on the command line (or, with none named, on record) that
    /// were not found and were left out.
    pub roots_missing: usize,
    /// Files named on the command line of a type newsdex does not read.
    pub named_unsupported: usize,
    /// Warnings given (each a line on stderr): about files skipped, and about files
    /// indexed in part or with bytes replaced, lines or records dropped.
    pub warnings: usize,
    /// The report asked for could not be written whole (said on stderr).
    pub report_failed: bool,
    /// The index could not be written (a full disk, memory run out): what happened and
    /// what to do, said before the summary, which then counts what the last commit holds.
    pub failed: Option<String>,
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
        if self.abandoned {
            return format!(
                "rebuild stopped after {:.2}s and abandoned: the index is as it was before it",
                self.elapsed.as_secs_f64()
            );
        }
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
        let stopped = if self.interrupted { "interrupted: " } else { "" };
        let unchanged = match self.skipped_before {
            0 => format!("{} unchanged", self.unchanged),
            n => format!("{} unchanged ({n} of them skipped before)", self.unchanged),
        };
        let files = self.added + self.updated;
        let as_before = match self.articles_as_before {
            0 => String::new(),
            n => format!(", {n} as before"),
        };
        let dropped = match self.articles_dropped {
            0 => String::new(),
            n => format!(", {n} {} dropped", crate::search::render::plural(n, "article", "articles")),
        };
        let removed = match self.articles_removed {
            0 => format!("{} removed", self.removed),
            n => format!(
                "{} removed ({n} {})",
                self.removed,
                crate::search::render::plural(n, "article", "articles")
            ),
        };
        let warnings = match self.warnings {
            0 => String::new(),
            n => format!(", {n} {}", crate::search::render::plural(n, "warning", "warnings")),
        };
        format!(
            "{stopped}indexed {files} {} ({} new, {} updated, {} {}{as_before}{dropped}), {}, {} moved, {removed}, {}{warnings} in {:.2}s",
            crate::search::render::plural(files, "file", "files"),
            self.added,
            self.updated,
            self.articles,
            crate::search::render::plural(self.articles, "article", "articles"),
            unchanged,
            self.moved,
            skipped,
            self.elapsed.as_secs_f64()
        )
    }
}

/// Phase timings on stderr when `NEWSDEX_TIMINGS` is set: for profiling, not for users.
/// They end with how many articles the pass looked for names in (`names sought in 1
/// article`), the costly part of reading a file that is not counted in the summary.
struct Timings {
    on: bool,
    last: Instant,
    laps: Vec<(&'static str, Duration)>,
    named_before: usize,
}

impl Timings {
    fn new() -> Timings {
        Timings {
            on: std::env::var_os("NEWSDEX_TIMINGS").is_some(),
            last: Instant::now(),
            laps: Vec::new(),
            named_before: article::articles_named(),
        }
    }

    fn lap(&mut self, name: &'static str) {
        if self.on {
            self.laps.push((name, self.last.elapsed()));
            self.last = Instant::now();
        }
    }

    fn report(&self) {
        if self.on {
            let laps: Vec<String> =
                self.laps.iter().map(|(n, d)| format!("{n} {:.3}s", d.as_secs_f64())).collect();
            let named = article::articles_named() - self.named_before;
            crate::messages::to_stderr(format_args!(
                "newsdex: timings: {}; names sought in {named} {}",
                laps.join(", "),
                crate::search::render::plural(named, "article", "articles")
            ));
        }
    }
}

/// A walked file that must be read.
struct Work {
    /// Path shown to the user.
    display: PathBuf,
    /// Absolute path: the manifest key.
    source: String,
    /// The file as walked, to read it (`source` may stand for a name that is not UTF-8).
    path: PathBuf,
    size: u64,
    mtime_ns: u64,
    plan: Plan,
    /// Keep a copy of its articles' text in the index (see [`keeps_body`]).
    keep_text: bool,
    /// Unchanged, but read again to copy its text into the index (`--keep-text` given for a
    /// folder indexed without it).
    copy_text: bool,
    /// Named itself on the command line or recorded so (not found in a folder): indexed
    /// even when it reads as a list.
    named: bool,
}

/// What the parallel stage made of one file.
enum Outcome {
    /// Parsed and extracted; for a file indexed before, with what the index holds of its
    /// articles (key → content hash, see [`stored::article_hashes`]): the articles as before
    /// were given no names, and are left as they are.
    Read(FileArticles, Vec<Entities>, Option<HashMap<String, u64>>),
    /// A new file with the same bytes as a file that vanished: probably that file, moved.
    /// The bytes come along: the index may keep no copy of its text (or its twin may be
    /// claimed already), and then they are parsed.
    SameAsVanished(u64, Vec<u8>),
    /// A file indexed before whose time changed and whose bytes did not (a `chmod`, a
    /// `touch`, the same version copied again): only its record is stamped anew.
    Touched,
    /// Not indexable.
    Skipped(Skip),
}

/// An open index and its writer, ready for one or more ingest passes (`watch` keeps one
/// open between passes; the writer lock is held the whole time).
pub struct Ingester {
    news: NewsIndex,
    writer: IndexWriter<TantivyDocument>,
    reader: IndexReader,
    payload: Payload,
    pool: Arc<rayon::ThreadPool>,
    /// Indexing threads of the writer: a pass leaves at most this many new segments.
    writer_threads: usize,
    follow_links: bool,
    no_gitignore: bool,
    excludes: Vec<String>,
    max_file_bytes: u64,
    entities: bool,
    keep_text: bool,
    purge: bool,
    commit_every: Duration,
    stop: Option<Arc<AtomicBool>>,
    /// The index was emptied for a rebuild that no commit has finished yet: the next pass
    /// reads every file, and commits only at its end.
    rebuilding: bool,
    /// For a rebuild, the folders the index recorded before it: a folder rebuilt keeps what
    /// it was ingested with (`--keep-text`, `--follow-links`, `--exclude`).
    recorded_before: Vec<Root>,
    /// Files found over the size limit, by size and modification time: a later pass of
    /// the same run (`watch`) passes them over in silence until they change.
    told_too_large: FxHashMap<String, (u64, u64)>,
    /// Files of types newsdex does not read, counted once a run: `watch` re-walks a folder
    /// at each change, and said `5 skipped (… .bak 1, .swp 1)` after every batch.
    told_unsupported: FxHashSet<String>,
    /// Files in forgotten folders were passed over, and said so (once a run).
    told_passed_over: bool,
    /// Symbolic links were passed over, and said so (once a run).
    told_links: bool,
    /// Whether the files left out by ignore files have been told of (once per run).
    told_ignored: bool,
    /// What became of each file, for `ingest --report`.
    report: Report,
    /// The report's own file, when it is one: not an article, even inside a folder ingested.
    report_file: Option<PathBuf>,
    /// Names read from articles in capitals (see [`crate::entities::gazetteer`]).
    capitals: Capitals,
    /// The folders of the pass in hand, as given and canonical: a file gone or moved away
    /// is named as its folder was given, as the files found are (see [`shown_path`]).
    roots_given: Vec<(PathBuf, PathBuf)>,
    /// The articles of the files gone in the pass in hand, by fingerprint, once a new file
    /// asked (see [`Gone`]).
    gone: Option<Gone>,
}

/// The articles of the files gone from the folders of a pass, by fingerprint: a new file
/// whose articles are mostly theirs is one of them, moved (or renamed) and edited in the
/// same change (`git mv` and a correction in one commit), and its articles keep their uids.
#[derive(Default)]
struct Gone {
    files: Vec<GoneFile>,
    /// Text hash → the articles (index in `articles`) with it.
    exact: FxHashMap<u64, Vec<usize>>,
    /// A near-copy key of a MinHash signature ([`crate::dedup::near_keys`]) → the articles
    /// with it: two near copies share one.
    bands: FxHashMap<(u8, [u8; 3]), Vec<usize>>,
    /// Each article's file (index in `files`) and fingerprint.
    articles: Vec<(usize, crate::dedup::Fingerprint)>,
}

/// A file gone (see [`Gone`]).
struct GoneFile {
    source: String,
    /// Its key in the vanished files: (content hash, size).
    key: (u64, u64),
    /// Its articles' uids (with the former ones), by id in the file.
    uids: HashMap<Option<String>, Vec<String>>,
    /// Its articles' content hashes.
    hashes: FxHashSet<u64>,
    articles: usize,
}

impl Gone {
    /// The articles of the files in `vanished`, read from the index.
    fn of(
        searcher: &Searcher,
        fields: &crate::index::schema::Fields,
        vanished: &HashMap<(u64, u64), Vec<String>>,
    ) -> Result<Gone> {
        use tantivy::schema::Value;
        let mut gone = Gone::default();
        for (key, sources) in vanished {
            for source in sources {
                let at = gone.files.len();
                let mut file = GoneFile {
                    source: source.clone(),
                    key: *key,
                    uids: HashMap::new(),
                    hashes: FxHashSet::default(),
                    articles: 0,
                };
                for doc in stored::documents_of(searcher, fields, source)? {
                    if doc.get_first(fields.file_size).is_some() {
                        continue;
                    }
                    file.articles += 1;
                    let all = doc.get_all(fields.uid).filter_map(|v| v.as_str().map(str::to_string));
                    file.uids.entry(fields.raw_id(&doc)).or_default().extend(all);
                    file.hashes.extend(doc.get_first(fields.article_hash).and_then(|v| v.as_u64()));
                    let text_hash =
                        doc.get_first(fields.text_hash).and_then(|v| v.as_u64()).unwrap_or_default();
                    let minhash =
                        doc.get_first(fields.minhash).and_then(|v| v.as_bytes()).unwrap_or_default().to_vec();
                    let print = crate::dedup::Fingerprint { text_hash, minhash };
                    gone.add(at, print);
                }
                gone.files.push(file);
            }
        }
        Ok(gone)
    }

    fn add(&mut self, file: usize, print: crate::dedup::Fingerprint) {
        let at = self.articles.len();
        self.exact.entry(print.text_hash).or_default().push(at);
        for key in crate::dedup::near_keys(&print.minhash) {
            self.bands.entry(key).or_default().push(at);
        }
        self.articles.push((file, print));
    }

    /// The file gone (index in `files`) that `articles` are mostly from, among those
    /// `still_gone` says are unclaimed: at least half of its articles and of theirs are
    /// the same story (the same text, or a near copy of it). The one sharing most wins.
    /// `prints` are the new file's articles' fingerprints, as they are indexed.
    fn twin_of(
        &self,
        prints: &[crate::dedup::Fingerprint],
        still_gone: impl Fn(&GoneFile) -> bool,
    ) -> Option<usize> {
        let mut votes: FxHashMap<usize, usize> = FxHashMap::default();
        for print in prints {
            let mut near: FxHashSet<usize> = FxHashSet::default();
            let exact = self.exact.get(&print.text_hash).into_iter().flatten();
            let banded = crate::dedup::near_keys(&print.minhash).filter_map(|b| self.bands.get(&b)).flatten();
            for &at in exact.chain(banded) {
                let (file, old) = &self.articles[at];
                if !near.contains(file) && crate::dedup::same_story(print, old) {
                    near.insert(*file);
                }
            }
            for file in near {
                *votes.entry(file).or_default() += 1;
            }
        }
        votes
            .into_iter()
            .filter(|&(file, n)| {
                let f = &self.files[file];
                2 * n >= prints.len().max(f.articles) && still_gone(f)
            })
            .max_by_key(|&(file, n)| (n, std::cmp::Reverse(file)))
            .map(|(file, _)| file)
    }
}

/// Articles in capitals, held back until the names of the other articles are in the
/// index. A commit with some held ([`Ingester::commit`]) is made in two: the rest first,
/// then the held articles, matched against the names of the index that commit made (and
/// the words its articles hold), which costs the pass nothing while it reads. While some
/// are held, the pass makes no commit of its own (`--commit-interval`), so that they are
/// matched against the names of the whole pass, as a clean ingest does; they are written
/// sooner when they grow past [`HELD_BYTES`] or have waited [`HELD_LONGEST`] (an archive
/// of teletype copy, all in capitals, still commits as it goes).
///
/// A file with articles held is recorded at once, and named in the first commit's
/// [`Payload::pending`]: an ingest killed between the two commits leaves it to be read
/// again by the next (as if its record were [`PENDING`]), which adds the articles missing,
/// as for a file edited. No document is written to be deleted later: a fresh ingest
/// leaves no deleted document behind, and its scores do not depend on `--jobs`.
#[derive(Default)]
struct Capitals {
    /// The articles held back: source, article, the names the tagger found, and whether
    /// the index keeps its text.
    held: Vec<(String, Article, Entities, bool)>,
    /// The bytes of their text.
    held_bytes: usize,
    /// When the first of them was held back.
    held_since: Option<Instant>,
    /// The files they are from.
    sources: Vec<String>,
    /// The segments of the index before the last held were written: those written after
    /// hold only them (see [`Ingester::merge_new_segments`]).
    segments_before_held: Option<HashSet<SegmentId>>,
}

/// What the manifest says of a file named in [`Payload::pending`] (see [`Capitals`]): no
/// file on disk has its size and time, so the ingest reads the file again.
const PENDING: FileState = FileState { size: 0, mtime_ns: 0, hash: 0, skipped: false };

/// The most text of articles in capitals held back: past it they are written with the
/// names known so far.
const HELD_BYTES: usize = 32 << 20;

/// The longest articles in capitals are held back, and so the longest a pass holding them
/// goes without committing.
const HELD_LONGEST: Duration = Duration::from_secs(600);

impl Capitals {
    /// Whether the pass may commit now (see [`Capitals`]).
    fn may_commit(&self) -> bool {
        self.held_since.is_none_or(|since| since.elapsed() >= HELD_LONGEST)
    }

    /// Whether too much is held to wait for the end of the pass.
    fn overflowing(&self) -> bool {
        self.held_bytes > HELD_BYTES
    }
}

/// The patterns `kept` for a folder, with those `given` now that it lacks, in order.
fn with_patterns(kept: Option<&Vec<String>>, given: &[String]) -> Vec<String> {
    let mut patterns = kept.cloned().unwrap_or_default();
    for pattern in given {
        if !patterns.contains(pattern) {
            patterns.push(pattern.clone());
        }
    }
    patterns
}

impl Ingester {
    /// Opens (or creates, or with `rebuild` recreates) the index and takes its writer.
    pub fn open(opts: &IngestOptions) -> Result<Ingester> {
        // Before the index is touched: a report that cannot be written stops the run.
        let report = match &opts.report {
            Some(path) => Report::create(path)?,
            None => Report::default(),
        };
        // A damaged index, or one of another version, is deleted and made again by a
        // rebuild: what it recorded as forgotten stays forgotten.
        let (news, removed) = if opts.rebuild {
            NewsIndex::open_for_rebuild(&opts.index_dir)?
        } else {
            (NewsIndex::open_or_create(&opts.index_dir)?, None)
        };
        let threads = opts.jobs.clamp(1, MAX_JOBS);
        // tantivy needs at least 15 MB per writer thread; more than two threads only adds
        // segments to merge.
        let writer_threads = threads.min(2).min(opts.memory_bytes / (15 << 20)).max(1);
        let writer = news.writer_when_free(
            opts.memory_bytes.max(15 << 20),
            writer_threads,
            ("ingest", opts.wait_for_writer),
            opts.stop.as_deref(),
        )?;
        if news.leftovers_removed() > 0 {
            note!(
                "newsdex: removed {:.1} MB left over from an interrupted ingest",
                news.leftovers_removed() as f64 / 1e6
            );
        }
        let reader = news.reader()?;
        let mut payload = news.payload()?;
        let mut recorded_before = Vec::new();
        if opts.rebuild {
            // Emptied inside the lock; the old articles stay visible until the commit.
            writer.delete_all_documents().context("emptying the index for the rebuild")?;
            recorded_before = match removed {
                Some(old) => {
                    payload.forgotten.extend(old.forgotten);
                    old.roots
                }
                None => std::mem::take(&mut payload.roots),
            };
        }
        Ok(Ingester {
            news,
            writer,
            reader,
            payload,
            pool: Arc::new(rayon::ThreadPoolBuilder::new().num_threads(threads).build()?),
            writer_threads,
            follow_links: opts.follow_links,
            no_gitignore: opts.no_gitignore,
            excludes: opts.excludes.clone(),
            max_file_bytes: opts.max_file_bytes,
            entities: opts.entities,
            keep_text: opts.keep_text,
            purge: opts.purge,
            commit_every: opts.commit_every,
            stop: opts.stop.clone(),
            rebuilding: opts.rebuild,
            recorded_before,
            told_too_large: FxHashMap::default(),
            told_unsupported: FxHashSet::default(),
            told_passed_over: false,
            told_links: false,
            told_ignored: false,
            report,
            report_file: opts
                .report
                .as_deref()
                .filter(|p| *p != Path::new("-"))
                .and_then(|p| p.canonicalize().ok()),
            capitals: Capitals::default(),
            roots_given: Vec::new(),
            gone: None,
        })
    }

    fn read_config(&self) -> ReadConfig {
        ReadConfig { max_file_bytes: self.max_file_bytes, entities: self.entities }
    }

    fn stopping(&self) -> bool {
        self.stop.as_ref().is_some_and(|s| s.load(Ordering::Relaxed))
    }

    /// The folders ingested into this index before, as recorded in its last commit.
    pub fn known_roots(&self) -> Vec<PathBuf> {
        self.payload.roots.iter().map(|r| walk::path_of(&r.path)).collect()
    }

    /// The index folder.
    pub fn index_dir(&self) -> &Path {
        &self.news.dir
    }

    /// Keeps what becomes of the files that change, for [`Ingester::take_changes`].
    pub fn keep_changes(&mut self) {
        self.report.keep_changes();
    }

    /// The files added, updated, moved and removed since last asked, once kept.
    pub fn take_changes(&mut self) -> Vec<Line> {
        self.report.take_changes()
    }

    /// One incremental pass over `roots`, ending with a commit.
    ///
    /// When the index cannot be written (a full disk, memory run out, a folder made
    /// read-only), what was written since the last commit is rolled back and its files are
    /// deleted, so that a full disk is not left full; the summary returned then counts what
    /// the pass had committed, and [`IngestSummary::failed`] says what happened. Any other
    /// error is returned as it is, after the same clean-up.
    pub fn pass(&mut self, roots: &[(PathBuf, PathBuf)]) -> Result<IngestSummary> {
        let started = Instant::now();
        let warned_before = crate::messages::warnings_given();
        let mut committed = IngestSummary::default();
        let err = match self.pass_committing(roots, &mut committed) {
            Ok(summary) => return Ok(summary),
            Err(err) => err,
        };
        let undone = self.undo_uncommitted(&err);
        if !err.is::<Writing>() {
            return Err(err);
        }
        committed.interrupted = true;
        committed.abandoned = self.rebuilding;
        committed.failed = Some(undone.message(&self.news.dir, self.rebuilding));
        committed.warnings = crate::messages::warnings_given() - warned_before;
        committed.elapsed = started.elapsed();
        let _ = self.report.flush();
        Ok(committed)
    }

    /// Rolls the writer back to the last commit and deletes the files written since (see
    /// [`Ingester::pass`]), after `err`; says why the writer failed, what was freed and
    /// what the index holds now.
    fn undo_uncommitted(&mut self, err: &anyhow::Error) -> Undone {
        let dir = &self.news.dir;
        let before = crate::index::disk_use(&self.news.index, dir).leftover;
        // A writer thread that failed leaves `add_document` only "An index writer was
        // killed"; its own error (the disk full, memory refused) comes out of joining the
        // threads, which preparing a commit does. Nothing is committed here.
        let killed = format!("{err:#}").contains("index writer was killed");
        let cause = match killed {
            true => {
                self.writer.prepare_commit().err().map(|cause| anyhow::Error::new(cause).context(Writing))
            }
            false => None,
        };
        let failure = crate::index::write_failure(cause.as_ref().unwrap_or(err));
        // Rolling back starts a new writer, which needs threads: with memory refused it
        // fails, and lets the writer's lock go.
        let rolled_back = self.writer.rollback().is_ok();
        let mut after = before;
        // Joining stops at the first thread that failed: another may still be finishing
        // its segment, whose files stay while it holds them. A few more tries, briefly.
        for _ in 0..20 {
            if !rolled_back || self.writer.garbage_collect_files().wait().is_err() {
                break;
            }
            after = crate::index::disk_use(&self.news.index, dir).leftover;
            if after == 0 {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        if after > 0 && !rolled_back {
            crate::index::remove_leftovers(&self.news.index, dir);
            after = crate::index::disk_use(&self.news.index, dir).leftover;
        }
        let articles = self.reader.reload().ok().and_then(|()| {
            let query = crate::search::query::every_article(&self.news);
            self.reader.searcher().search(&*query, &tantivy::collector::Count).ok()
        });
        Undone { failure, freed: before.saturating_sub(after), left: after, articles }
    }

    /// Hands a document to the writer; a failure is the writer's (see [`Writing`]).
    fn add(&self, doc: TantivyDocument) -> Result<()> {
        match self.writer.add_document(doc) {
            Ok(_) => Ok(()),
            Err(err) => Err(anyhow::Error::new(err).context(Writing)),
        }
    }

    /// [`Ingester::pass`], up to the error that stops it; `committed` is kept to what the
    /// pass's commits hold.
    fn pass_committing(
        &mut self,
        roots: &[(PathBuf, PathBuf)],
        committed: &mut IngestSummary,
    ) -> Result<IngestSummary> {
        let started = Instant::now();
        let warned_before = crate::messages::warnings_given();
        let mut timings = Timings::new();
        self.roots_given = roots.to_vec();
        self.gone = None;
        self.reader.reload()?;
        let searcher = self.reader.searcher();
        let segments_before: HashSet<SegmentId> =
            searcher.segment_readers().iter().map(|s| s.segment_id()).collect();
        self.capitals = Capitals::default();
        let mut manifest: manifest::Manifest =
            if self.rebuilding { Default::default() } else { manifest::load(&searcher, &self.news.fields)? };
        // Files whose articles in capitals an ingest killed part way did not write: read
        // again (see [`Capitals`]). Named until a pass has read them.
        self.payload.pending.retain(|source| manifest.contains_key(source));
        for source in &self.payload.pending {
            manifest.insert(source.clone(), PENDING);
        }
        timings.lap("manifest");
        let mut summary = IngestSummary::default();
        // A folder gone (an unplugged drive, a folder renamed under `watch`) is passed over
        // and keeps its articles: it must not empty the index. A file ingested alone and
        // gone from its folder, which is still there, was deleted: its articles go, as those
        // of a file deleted from a folder ingested do, and it leaves the roots.
        let mut deleted_files: Vec<String> = Vec::new();
        let roots: Vec<&(PathBuf, PathBuf)> = roots
            .iter()
            .filter(|(given, canonical)| match std::fs::metadata(canonical) {
                Ok(_) => true,
                Err(err) => {
                    let source = walk::source_of(canonical.clone());
                    let folder_there = canonical.parent().is_some_and(Path::is_dir);
                    if err.kind() == std::io::ErrorKind::NotFound
                        && folder_there
                        && manifest.contains_key(&source)
                    {
                        deleted_files.push(source);
                        if self.purge {
                            self.report.add(|| {
                                Line::new(given, report::Outcome::Removed)
                                    .detail("deleted: its articles leave the index")
                            });
                        }
                        return false;
                    }
                    summary.roots_missing += 1;
                    warn!(
                        "{}: {err}; skipped, its articles stay in the index (if it was renamed or moved, \
                         `newsdex forget {}` removes them)",
                        given.display(),
                        shlex::try_quote(&given.to_string_lossy()).unwrap_or_default()
                    );
                    self.report.add(|| {
                        Line::new(given, report::Outcome::NotFound)
                            .detail(format!("{err}; its articles stay in the index"))
                    });
                    false
                }
            })
            .collect();
        // (With --no-purge its articles stay, and it stays among the roots, in silence.)
        for source in deleted_files.iter().filter(|_| self.purge) {
            self.writer.delete_term(Term::from_field_text(self.news.fields.source, source));
            if manifest.get(source).is_some_and(|state| !state.skipped) {
                summary.removed += 1;
                summary.articles_removed += manifest::articles_in(&searcher, &self.news.fields, source)?;
            }
            note!("newsdex: {}: deleted; its articles leave the index", walk::path_of(source).display());
            self.payload.roots.retain(|r| r.path != *source);
        }
        // A folder ingested by name is no longer forgotten; what is still forgotten is
        // passed over.
        self.payload.forgotten.retain(|f| {
            !roots.iter().any(|(_, canonical)| manifest::is_under(&walk::source_of(canonical.clone()), f))
        });
        let mut forgotten = self.payload.forgotten.clone();
        // A folder new to the index is recorded before any of its files is read, in a
        // commit of its own, so that a pass killed part way (`kill -9`, a crash, a second
        // Ctrl-C) leaves it known: `ingest` with no folder then finishes the job, removals
        // included. Its time and text copying are set at the end.
        let first_seen = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let canonical_roots: Vec<String> = roots.iter().map(|(_, c)| walk::source_of(c.clone())).collect();
        let missing_roots = self.missing_roots(&canonical_roots);
        let mut new_roots: Vec<String> = Vec::new();
        // A file named that newsdex cannot read gives no article: it is no root, or every
        // later `ingest` would name it again, and fail (`newsdex ingest note.bak`).
        let unreadable_kind = |root: &String| {
            let path = walk::path_of(root);
            path.is_file()
                && manifest.get(root).is_none_or(|state| state.skipped)
                && formats::FileKind::of_file(&path).is_none()
        };
        let not_roots: Vec<String> = canonical_roots.iter().filter(|r| unreadable_kind(r)).cloned().collect();
        for root in &canonical_roots {
            if not_roots.contains(root) {
                continue;
            }
            if self.payload.roots.iter().any(|r| r.path == *root) {
                continue;
            }
            // A folder rebuilt is ingested as it was, and said to be.
            let before = self.recorded_before.iter().find(|r| r.path == *root);
            if let Some(settings) = before.and_then(Root::settings) {
                note!(
                    "newsdex: {} is rebuilt as it was ingested ({settings}); to drop that, `newsdex forget` it \
                     and ingest it again",
                    walk::path_of(root).display()
                );
            }
            self.payload.roots.push(Root {
                path: root.clone(),
                last_ingest: first_seen.clone(),
                keeps_text: before.is_some_and(|r| r.keeps_text),
                follows_links: self.follow_links || before.is_some_and(|r| r.follows_links),
                excludes: with_patterns(before.map(|r| &r.excludes), &self.excludes),
                no_gitignore: self.no_gitignore || before.is_some_and(|r| r.no_gitignore),
                device: None,
                unfinished: true,
            });
            new_roots.push(root.clone());
        }
        // Until the pass ends, every commit it makes (each `--commit-interval`) says that
        // these folders are not all read yet.
        let unfinished_before: FxHashSet<String> =
            self.payload.roots.iter().filter(|r| r.unfinished).map(|r| r.path.clone()).collect();
        for root in self.payload.roots.iter_mut().filter(|r| canonical_roots.contains(&r.path)) {
            root.unfinished = true;
        }
        self.payload.roots.sort_by(|a, b| a.path.cmp(&b.path));
        if !new_roots.is_empty() && !self.rebuilding {
            self.commit()?;
        }
        let mut seen: FxHashSet<String> = FxHashSet::default();
        // Files and folders that could not be read: what was indexed under them stays.
        let mut unreadable: Vec<String> = Vec::new();
        let mut work = Vec::new();
        // Folders whose text the index kept before this pass; files read for `--keep-text`.
        let mut kept_text: FxHashSet<String> =
            self.payload.roots.iter().filter(|r| r.keeps_text).map(|r| r.path.clone()).collect();
        // Folders walked through their symbolic links before this pass.
        let mut followed_links: FxHashSet<String> =
            self.payload.roots.iter().filter(|r| r.follows_links).map(|r| r.path.clone()).collect();
        // Folders whose git-ignored files are ingested too (`--no-gitignore`, kept).
        let mut takes_gitignored: FxHashSet<String> =
            self.payload.roots.iter().filter(|r| r.no_gitignore).map(|r| r.path.clone()).collect();
        // The patterns each folder leaves out, kept from before this pass and given now.
        let mut excluded: FxHashMap<String, Vec<String>> =
            self.payload.roots.iter().map(|r| (r.path.clone(), r.excludes.clone())).collect();
        let mut copying_text = 0usize;
        // Files under forgotten folders, passed over.
        let mut passed_over = 0usize;
        // Symbolic links, not followed.
        let mut links_not_followed = 0usize;
        // Symbolic links followed to what the walk reads anyway, passed over.
        let mut links_inside = 0usize;
        // Files and folders left out by ignore files, and by `.gitignore` files.
        let mut ignored = 0usize;
        let mut git_ignored = 0usize;
        let mut git_excluded = 0usize;
        let mut ignore_file_problems = 0usize;
        // New files that by their names are a collection's notes (README.md, SOURCE.md).
        let mut notes_files: Vec<PathBuf> = Vec::new();
        // Folders found to be drives not mounted: they keep their record as it was.
        let mut unmounted: Vec<String> = Vec::new();
        for (given, canonical) in roots.iter().copied() {
            let root = walk::source_of(canonical.clone());
            let mut walked = walk::Walked::default();
            let mut follow_links = self.follow_links || followed_links.contains(&root);
            let mut excludes = with_patterns(excluded.get(&root), &self.excludes);
            // The outermost folder ingested that holds this one: its ignore files and
            // patterns hold here too (`ingest archive/local` took back a file that
            // `archive/.newsdexignore` left out, and `ingest` with no folder kept it).
            let outer_root = self
                .payload
                .roots
                .iter()
                .filter(|r| r.path != root && manifest::is_under(&root, &r.path))
                .min_by_key(|r| r.path.len())
                .map(|r| (walk::path_of(&r.path), excluded.get(&r.path).cloned().unwrap_or_default()));
            let outer = || outer_root.as_ref().map(|(folder, excludes)| walk::Outer { folder, excludes });
            let gitignore = !(self.no_gitignore || takes_gitignored.contains(&root));
            let how = || walk::Walk { follow_links, gitignore };
            self.pool.install(|| walk::walk_with(canonical, how(), &excludes, outer(), &mut walked));
            // A new folder that is a known one renamed takes over what the index remembers
            // for it: its forgotten folders, text copying and links followed.
            if new_roots.contains(&root)
                && let Some(old) = renamed_from(&root, &walked.files, &missing_roots, &manifest)
            {
                note!(
                    "newsdex: {} is {} renamed or moved: its settings go with it",
                    given.display(),
                    walk::path_of(old).display()
                );
                let moved = |path: &String| match manifest::is_under(path, old) {
                    true => format!("{root}{}", &path[old.len()..]),
                    false => path.clone(),
                };
                self.payload.forgotten = self.payload.forgotten.iter().map(moved).collect();
                forgotten = forgotten.iter().map(moved).collect();
                if kept_text.contains(old) {
                    kept_text.insert(root.clone());
                }
                let follows_old = followed_links.contains(old);
                if follows_old {
                    followed_links.insert(root.clone());
                }
                let takes_old = takes_gitignored.contains(old);
                if takes_old {
                    takes_gitignored.insert(root.clone());
                }
                let old_excludes = with_patterns(excluded.get(old), &excludes);
                if (follows_old && !follow_links) || old_excludes != excludes || (takes_old && gitignore) {
                    follow_links |= follows_old;
                    excludes = old_excludes;
                    walked = walk::Walked::default();
                    let how = walk::Walk { follow_links, gitignore: gitignore && !takes_old };
                    self.pool.install(|| walk::walk_with(canonical, how, &excludes, outer(), &mut walked));
                }
            }
            excluded.insert(root.clone(), excludes);
            for (path, why) in &walked.left_out {
                self.report.add(|| {
                    Line::new(&display_path(given, canonical, path), report::Outcome::LeftOut)
                        .reason(why.label())
                });
            }
            links_not_followed += walked.links_not_followed();
            links_inside += walked.links_inside();
            ignored += walked.ignored();
            git_ignored += walked.git_ignored();
            git_excluded += walked.git_excluded();
            ignore_file_problems += walked.ignore_file_problems.len();
            if !self.told_ignored {
                for problem in &walked.ignore_file_problems {
                    let path = problem.path.as_deref().map(|p| display_path(given, canonical, p));
                    warn!("{}: {}", path.as_deref().unwrap_or(given).display(), problem.cause);
                }
            }
            // The files indexed from a folder that holds none now: counted once, for either
            // warning below (only then: it reads the whole manifest).
            let held = walked.files.is_empty().then(|| {
                manifest.iter().filter(|(s, st)| !st.skipped && manifest::is_under(s, &root)).count()
            });
            // A folder that held articles, now holds no file and is on another file system
            // than at its last ingest is a drive's mount point, the drive not mounted: its
            // articles stay, as an unplugged drive's do, and it keeps its record.
            let recorded = self.payload.roots.iter().find(|r| r.path == root).and_then(|r| r.device);
            if let Some(held) = held
                && mount_point_without_its_drive(canonical, recorded)
            {
                warn!(
                    "{}: holds no files now and is on another file system than at its last ingest (a drive \
                     not mounted?); the articles of its {held} {} stay in the index (`newsdex forget {}` takes \
                     them out)",
                    given.display(),
                    crate::search::render::plural(held, "file", "files"),
                    given.display()
                );
                unreadable.push(root.clone());
                unmounted.push(root.clone());
                continue;
            }
            // One that held articles and now holds no file at all, on the same file system, was
            // emptied: its articles go, as its files did, but not without a word (a share or a
            // sync folder not connected looks the same).
            if let Some(held) = held.filter(|&n| n > 0)
                && walked.problems.is_empty()
                && self.purge
            {
                warn!(
                    "{}: holds no files now; the articles of the {held} {} indexed from it leave the index \
                     (a drive or share not connected? they come back with the next ingest once it is)",
                    given.display(),
                    crate::search::render::plural(held, "file", "files"),
                );
            }
            let kept_before = kept_text.contains(&root);
            let keep_text = self.keep_text || kept_before;
            for problem in &walked.problems {
                // One gone since it was listed (deleted during the walk: a folder emptied
                // while it is read) is no longer there to protect, nor a problem: its
                // articles leave as a deleted file's do.
                let there = problem.path.as_deref().is_some_and(|p| std::fs::symlink_metadata(p).is_ok());
                if problem.path.is_some() && !there {
                    continue;
                }
                let path = problem.path.as_deref().map(|p| display_path(given, canonical, p));
                // A link followed (--follow-links) to nothing is a pointer left behind, not a
                // file that could not be read: a warning, and the run does not fail.
                if let Some(target) = problem.path.as_deref().and_then(broken_link_target) {
                    let detail =
                        format!("a symbolic link to {}, which is not there; skipped", target.display());
                    warn!("{}: {detail}", path.as_deref().unwrap_or(given).display());
                    self.report.add(|| {
                        Line::new(path.as_deref().unwrap_or(given), report::Outcome::Skipped)
                            .reason("broken link")
                            .detail(detail.clone())
                    });
                    *summary.skipped.entry("broken link").or_default() += 1;
                    continue;
                }
                unreadable.extend(problem.path.clone().filter(|_| there).map(walk::source_of));
                crate::warn_failing!("{}: {}", path.as_deref().unwrap_or(given).display(), problem.cause);
                self.report.add(|| {
                    Line::new(path.as_deref().unwrap_or(given), report::Outcome::Skipped)
                        .reason("unreadable")
                        .detail(&problem.cause)
                });
                *summary.skipped.entry("unreadable").or_default() += 1;
            }
            for file in walked.files {
                let source = walk::source_of(file.path.clone());
                if seen.contains(&source) {
                    continue; // under two of the roots given: once is enough
                }
                if self.report_file.as_ref() == Some(&file.path) {
                    continue;
                }
                if forgotten.iter().any(|f| manifest::is_under(&source, f)) {
                    passed_over += 1;
                    self.report.add(|| {
                        Line::new(&display_path(given, canonical, &file.path), report::Outcome::Forgotten)
                    });
                    continue;
                }
                if self.told_too_large.get(&source) == Some(&(file.size, file.mtime_ns)) {
                    seen.insert(source);
                    continue;
                }
                let path = file.path;
                // A file that gave articles before and no longer reads as any kind (a
                // mailbox without a type's name emptied, a `story.php` overwritten with
                // text) is read again, for its articles to go.
                let indexed_before = manifest.get(&source).is_some_and(|state| !state.skipped);
                if !indexed_before && formats::FileKind::of_file(&path).is_none() {
                    if path == *canonical && self.payload.roots.iter().any(|r| r.path == source) {
                        // Recorded as a root by an earlier newsdex: it leaves the roots, once.
                        note!(
                            "newsdex: {}: {}; no longer among the folders and files ingested",
                            given.display(),
                            article::Skip::Unsupported
                        );
                        self.payload.roots.retain(|r| r.path != source);
                    } else if path == *canonical {
                        // Named on the command line: say why nothing came of it, and fail the
                        // run, as for a file that could not be read.
                        crate::warn_failing!(
                            "{}: {}; not recorded among the folders and files ingested",
                            given.display(),
                            article::Skip::Unsupported
                        );
                        summary.named_unsupported += 1;
                    }
                    if self.told_unsupported.insert(source.clone()) {
                        *summary.unsupported.entry(extension_label(&path)).or_default() += 1;
                    }
                    self.report.add(|| {
                        Line::new(&display_path(given, canonical, &path), report::Outcome::Skipped)
                            .reason(Skip::Unsupported.label())
                            .detail(extension_label(&path))
                    });
                    seen.insert(source);
                    continue;
                }
                let mut plan = manifest::plan(&manifest, &source, file.size, file.mtime_ns);
                // A collection's notes by name (README, LICENSE): passed over, unless named, and
                // recorded as skipped, so that the next ingest passes it over in silence.
                let skipped_as_before =
                    plan == Plan::Unchanged && manifest.get(&source).is_some_and(|state| state.skipped);
                if !canonical_roots.contains(&source)
                    && !skipped_as_before
                    && walk::looks_like_a_collections_notes(&path)
                {
                    let shown = display_path(given, canonical, &path);
                    match manifest.get(&source) {
                        // Indexed as an article by an earlier newsdex: its articles go.
                        Some(state) if !state.skipped => {
                            self.writer.delete_term(Term::from_field_text(self.news.fields.source, &source));
                            let articles = manifest::articles_in(&searcher, &self.news.fields, &source)?;
                            summary.removed += 1;
                            summary.articles_removed += articles;
                            self.report.add(|| {
                                Line::new(&shown, report::Outcome::Removed)
                                    .articles(articles)
                                    .detail("by its name a collection's notes: its articles leave the index")
                            });
                        }
                        known => {
                            if known.is_some() {
                                let key = Term::from_field_text(self.news.fields.key, &file_key(&source));
                                self.writer.delete_term(key);
                            }
                            self.report.add(|| {
                                Line::new(&shown, report::Outcome::Skipped).reason(NOTES_LABEL).detail(
                                    "by its name a collection's notes, not an article; name the file to ingest it",
                                )
                            });
                        }
                    }
                    let state =
                        FileState { size: file.size, mtime_ns: file.mtime_ns, hash: 0, skipped: true };
                    self.add(self.news.fields.file_doc(&source, state))?;
                    *summary.skipped.entry(NOTES_LABEL).or_default() += 1;
                    notes_files.push(shown);
                    seen.insert(source);
                    continue;
                }
                // A file named that was skipped before (a list, a README) is read again: named,
                // it is ingested whatever it looks like.
                if skipped_as_before && new_roots.contains(&source) {
                    plan = Plan::Changed(manifest[&source]);
                }
                let copy_text = keep_text && !kept_before && !keeps_body(&source, false);
                if plan == Plan::Unchanged
                    && copy_text
                    && let Some(state) = manifest.get(&source)
                {
                    plan = Plan::Changed(*state);
                    copying_text += 1;
                }
                match plan {
                    Plan::Unchanged => {
                        summary.unchanged += 1;
                        let skipped_before = manifest.get(&source).is_some_and(|state| state.skipped);
                        if skipped_before {
                            summary.skipped_before += 1;
                        }
                        self.report.add(|| {
                            let shown = display_path(given, canonical, &path);
                            match skipped_before {
                                true => Line::new(&shown, report::Outcome::Skipped).reason("skipped before").detail(
                                    "unchanged since an earlier ingest skipped it (empty, binary or without text)",
                                ),
                                false => Line::new(&shown, report::Outcome::Unchanged),
                            }
                        });
                    }
                    plan => work.push(Work {
                        display: display_path(given, canonical, &path),
                        source: source.clone(),
                        path,
                        size: file.size,
                        mtime_ns: file.mtime_ns,
                        plan,
                        keep_text,
                        copy_text,
                        named: canonical_roots.contains(&source),
                    }),
                }
                seen.insert(source);
            }
        }

        if passed_over > 0 && !std::mem::replace(&mut self.told_passed_over, true) {
            note!(
                "newsdex: passed over {passed_over} {} in forgotten folders (`newsdex stats` lists them; \
                 `newsdex ingest FOLDER` takes one back)",
                crate::search::render::plural(passed_over, "file", "files")
            );
        }
        if links_not_followed > 0 && !std::mem::replace(&mut self.told_links, true) {
            note!("newsdex: {}", walk::links_not_followed_note(links_not_followed));
        }
        if links_inside > 0 && !self.told_ignored {
            note!("newsdex: {}", walk::links_inside_note(links_inside));
        }
        if ignored > 0 && !self.told_ignored {
            note!("newsdex: {}", walk::ignored_note(ignored));
        }
        if git_ignored > 0 && !self.told_ignored {
            note!("newsdex: {}", walk::git_ignored_note(git_ignored, git_excluded));
        }
        if !notes_files.is_empty() {
            let shown: Vec<String> = notes_files.iter().map(|p| p.display().to_string()).collect();
            note!(
                "newsdex: passed over {} {} by {} a collection's notes, not articles: {} (name a file to \
                 ingest it anyway: `newsdex ingest {}`)",
                shown.len(),
                crate::search::render::plural(shown.len(), "file", "files"),
                crate::search::render::plural(shown.len(), "its name", "their names"),
                crate::search::render::first_of(&shown, 3),
                shlex::try_quote(&shown[0]).unwrap_or_default()
            );
        }
        // Said once a run (`watch` passes again and again).
        self.told_ignored |= ignored > 0 || git_ignored > 0 || links_inside > 0 || ignore_file_problems > 0;
        timings.lap("walk");
        // Files gone from the folders of this pass: candidates for moves, then removal.
        let mut vanished: Vec<(&String, &FileState)> = manifest
            .iter()
            .filter(|(source, _)| {
                !seen.contains(*source)
                    && canonical_roots.iter().any(|r| manifest::is_under(source, r))
                    && !unreadable.iter().any(|u| manifest::is_under(source, u))
            })
            .collect();
        // A folder ingested before and gone from its place (renamed, moved, or an unplugged
        // drive) lends its files as candidates: one found here with the same bytes moved
        // here. Those not found stay in the index, as its folder's do (see `existing_roots`).
        let lent: FxHashSet<&String> = manifest
            .iter()
            .filter(|(source, state)| {
                !state.skipped && missing_roots.iter().any(|r| manifest::is_under(source, r))
            })
            .map(|(source, _)| source)
            .collect();
        vanished.extend(manifest.iter().filter(|(source, _)| lent.contains(source)));
        vanished.sort_by(|a, b| a.0.cmp(b.0));
        let mut vanished_by_content: HashMap<(u64, u64), Vec<String>> = HashMap::new();
        // Files skipped before (empty, binary, no text): only their records go.
        let mut vanished_skipped: Vec<&String> = Vec::new();
        for (source, state) in &vanished {
            match state.skipped {
                true => vanished_skipped.push(source),
                false => {
                    vanished_by_content.entry((state.hash, state.size)).or_default().push((*source).clone())
                }
            }
        }

        if copying_text > 0 {
            note!(
                "newsdex: copying the text of {copying_text} files indexed without --keep-text into the index"
            );
        }
        let mut progress = progress::Progress::new(work.len() as u64, work.iter().map(|w| w.size).sum());
        let mut last_commit = Instant::now();
        // What the parallel stage needs to tell a moved file. A snapshot: applying outcomes
        // claims vanished files as it goes (it never removes a key).
        let movable: HashSet<(u64, u64)> = vanished_by_content.keys().copied().collect();
        let movable_sizes: HashSet<u64> = movable.iter().map(|&(_, size)| size).collect();
        let config = self.read_config();
        let fields = self.news.fields;
        let pool = Arc::clone(&self.pool);
        // The pool reads and extracts the next batch while this thread hands the previous one
        // to the writer; at most one finished batch waits, so memory stays bounded.
        // How many of `work` were written, in order: on a stop, the rest were not read.
        let mut applied = 0usize;
        summary.interrupted = std::thread::scope(|scope| -> Result<bool> {
            let (tx, rx) = std::sync::mpsc::sync_channel::<(&[Work], Vec<Outcome>)>(1);
            let (work, movable, movable_sizes) = (&work, &movable, &movable_sizes);
            let index = (&searcher, &fields);
            scope.spawn(move || {
                for batch in batches(work, |w| w.size, BATCH_FILES, BATCH_BYTES) {
                    let outcomes = pool.install(|| {
                        batch
                            .par_iter()
                            .map(|w| read_stage(w, config, index, movable, movable_sizes))
                            .collect()
                    });
                    if tx.send((batch, outcomes)).is_err() {
                        break; // the writer side stopped
                    }
                }
            });
            for (batch, outcomes) in rx {
                for (w, outcome) in batch.iter().zip(outcomes) {
                    self.apply(&searcher, w, outcome, &mut vanished_by_content, &mut summary)?;
                    applied += 1;
                    progress.inc(w.size);
                }
                let due = last_commit.elapsed() >= self.commit_every && self.capitals.may_commit();
                if !self.rebuilding && (due || self.capitals.overflowing()) {
                    self.commit()?;
                    last_commit = Instant::now();
                    *committed = summary.clone();
                } else if self.rebuilding && self.capitals.overflowing() {
                    // A rebuild commits only at its end: the held are matched against the
                    // names of the index it replaces.
                    let before = self.reader.searcher();
                    self.write_held(&before)?;
                }
                if self.stopping() {
                    return Ok(true);
                }
            }
            Ok(false)
        })?;
        progress.finish(!summary.interrupted);
        timings.lap("read+index");
        for w in &work[applied..] {
            self.report.add(|| {
                Line::new(&w.display, report::Outcome::NotRead)
                    .detail("the ingest was stopped first; the next ingest reads it")
            });
        }
        if self.rebuilding && summary.interrupted {
            // Half a rebuild would forget the articles it had not read again yet.
            self.writer.rollback().context("abandoning the rebuild")?;
            summary.abandoned = true;
            summary.warnings = crate::messages::warnings_given() - warned_before;
            summary.elapsed = started.elapsed();
            return Ok(summary);
        }

        // An interrupted pass has not looked at every new file, so some "vanished" files may
        // have moved there: leave them for the next pass.
        if self.purge && !summary.interrupted {
            for source in vanished_by_content.values().flatten().filter(|s| !lent.contains(s)) {
                self.writer.delete_term(Term::from_field_text(self.news.fields.source, source));
                let articles = manifest::articles_in(&searcher, &self.news.fields, source)?;
                summary.removed += 1;
                summary.articles_removed += articles;
                let shown = shown_path(&self.roots_given, source);
                self.report.add(|| {
                    Line::new(&shown, report::Outcome::Removed)
                        .articles(articles)
                        .detail("gone from its folder: its articles leave the index")
                });
            }
            for source in vanished_skipped {
                self.writer.delete_term(Term::from_field_text(self.news.fields.source, source));
                let shown = shown_path(&self.roots_given, source);
                self.report.add(|| {
                    Line::new(&shown, report::Outcome::Removed)
                        .detail("gone from its folder; an earlier ingest skipped it")
                });
            }
        }
        if !summary.interrupted {
            self.settle_missing_roots(&missing_roots, &lent, &vanished_by_content, &manifest);
        }

        // A known folder or file gone from inside a folder of this pass went with it.
        if !summary.interrupted {
            self.payload.roots.retain(|r| {
                let inside = canonical_roots.iter().any(|c| *c != r.path && manifest::is_under(&r.path, c));
                !(inside && std::fs::symlink_metadata(walk::path_of(&r.path)).is_err())
            });
        }
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        for root in canonical_roots.into_iter().filter(|r| !unmounted.contains(r) && !not_roots.contains(r)) {
            // An interrupted pass may not have copied every file's text yet: the next one will.
            let keeps_text = kept_text.contains(&root) || (self.keep_text && !summary.interrupted);
            let follows_links = followed_links.contains(&root) || self.follow_links;
            let no_gitignore = takes_gitignored.contains(&root) || self.no_gitignore;
            // Every folder of the pass was walked with its patterns, recorded then.
            let excludes = excluded.remove(&root).unwrap_or_default();
            self.payload.roots.retain(|r| r.path != root);
            let device = crate::index::device_of(&walk::path_of(&root));
            self.payload.roots.push(Root {
                path: root,
                last_ingest: now.clone(),
                keeps_text,
                follows_links,
                excludes,
                no_gitignore,
                device,
                unfinished: summary.interrupted,
            });
        }
        // A drive not mounted was not read: its record stays as it was.
        for root in self.payload.roots.iter_mut().filter(|r| unmounted.contains(&r.path)) {
            root.unfinished = unfinished_before.contains(&root.path);
        }
        self.payload.roots.sort_by(|a, b| a.path.cmp(&b.path));
        self.commit()?;
        self.rebuilding = false;
        timings.lap("commit");
        if !summary.interrupted {
            // Nothing may hold the old segments open, or their files would stay.
            drop(searcher);
            self.merge_new_segments(&segments_before);
            timings.lap("merge");
        }
        timings.report();
        if let Err(err) = self.report.flush() {
            crate::warn_failing!("{err:#}");
            summary.report_failed = true;
        }
        summary.warnings = crate::messages::warnings_given() - warned_before;
        summary.elapsed = started.elapsed();
        Ok(summary)
    }

    /// The folders ingested before, other than `canonical_roots` and the folders around or
    /// inside them, that are gone from their place (renamed, moved, unplugged). None in a
    /// rebuild, which starts from nothing.
    fn missing_roots(&self, canonical_roots: &[String]) -> Vec<String> {
        if self.rebuilding {
            return Vec::new();
        }
        self.payload
            .roots
            .iter()
            .map(|r| r.path.clone())
            .filter(|r| {
                !canonical_roots.iter().any(|c| manifest::is_under(r, c) || manifest::is_under(c, r))
                    && std::fs::symlink_metadata(walk::path_of(r)).is_err()
            })
            .collect()
    }

    /// A folder gone from its place whose every indexed file this pass found elsewhere (a
    /// folder renamed or moved as a whole, then ingested under its new name) leaves the
    /// folders `ingest` re-scans, with the records of its skipped files. One only partly
    /// found stays, with what was not found, and is named.
    fn settle_missing_roots(
        &mut self,
        missing_roots: &[String],
        lent: &FxHashSet<&String>,
        unclaimed: &HashMap<(u64, u64), Vec<String>>,
        manifest: &manifest::Manifest,
    ) {
        for root in missing_roots {
            let lent_here = lent.iter().filter(|s| manifest::is_under(s, root)).count();
            let left = unclaimed.values().flatten().filter(|s| manifest::is_under(s, root)).count();
            let shown = walk::path_of(root);
            if lent_here == 0 || left == lent_here {
                continue; // nothing of it found here: an unplugged drive, or another folder
            }
            if left > 0 {
                warn!(
                    "{}: gone; {} of its files were found here and moved, {left} were not and stay in \
                     the index (`newsdex forget {}` removes them)",
                    shown.display(),
                    lent_here - left,
                    shlex::try_quote(&shown.to_string_lossy()).unwrap_or_default()
                );
                continue;
            }
            note!(
                "newsdex: {}: gone, and all its files were found here: it leaves the folders ingested",
                shown.display()
            );
            for (source, state) in manifest.iter() {
                if state.skipped && manifest::is_under(source, root) {
                    self.writer.delete_term(Term::from_field_text(self.news.fields.source, source));
                }
            }
            self.payload.roots.retain(|r| r.path != *root);
        }
    }

    /// Writes one file's outcome to the index and the summary.
    fn apply(
        &mut self,
        searcher: &Searcher,
        w: &Work,
        outcome: Outcome,
        vanished: &mut HashMap<(u64, u64), Vec<String>>,
        summary: &mut IngestSummary,
    ) -> Result<()> {
        if !self.payload.pending.is_empty() {
            self.payload.pending.retain(|source| *source != w.source);
        }
        // A vanished file this one is, moved to a name or folder that dates it otherwise.
        let mut moved_from = None;
        let held_before = self.capitals.held.len();
        // The articles changed, when a file gone was found here moved and edited.
        let mut edited = None;
        let (mut file, entities, before) = match outcome {
            Outcome::Read(file, entities, before) => (file, entities, before),
            Outcome::Touched => {
                let Plan::Changed(old) = w.plan else {
                    unreachable!("only a file indexed before is touched")
                };
                summary.unchanged += 1;
                self.report.add(|| Line::new(&w.display, report::Outcome::Unchanged));
                let fields = self.news.fields;
                self.writer.delete_term(Term::from_field_text(fields.key, &file_key(&w.source)));
                let state = FileState { size: w.size, mtime_ns: w.mtime_ns, ..old };
                return self.add(fields.file_doc(&w.source, state));
            }
            Outcome::Skipped(Skip::Unreadable(_)) if std::fs::symlink_metadata(&w.path).is_err() => {
                // Deleted since the walk listed it (a folder emptied during the ingest): as a
                // file deleted before, without a warning for each.
                if let Plan::Changed(old) = &w.plan {
                    self.writer.delete_term(Term::from_field_text(self.news.fields.source, &w.source));
                    if !old.skipped {
                        let articles = manifest::articles_in(searcher, &self.news.fields, &w.source)?;
                        summary.removed += 1;
                        summary.articles_removed += articles;
                        self.report.add(|| {
                            Line::new(&w.display, report::Outcome::Removed)
                                .articles(articles)
                                .detail("deleted during the ingest")
                        });
                    }
                }
                return Ok(());
            }
            Outcome::Skipped(skip) => {
                // A file that cannot be read now (permissions, a flaky disk) or has grown
                // past the size limit keeps what was indexed from it: never lose data to a
                // passing failure or to a limit the user can raise. One that now holds no
                // article (emptied, overwritten with binary data, no text left) no longer
                // gives the articles it gave: as a rebuild.
                let had_articles = matches!(w.plan, Plan::Changed(old) if !old.skipped);
                // A Git LFS pointer in place of a file indexed before (a clone without
                // `git lfs pull`) is the content not fetched yet: kept too.
                let kept = matches!(skip, Skip::Unreadable(_) | Skip::Damaged(_) | Skip::TooLarge { .. })
                    || (matches!(skip, Skip::LfsPointer) && had_articles);
                let gone = matches!(w.plan, Plan::Changed(_)) && !kept;
                let mut articles_gone = 0;
                if gone {
                    articles_gone = manifest::articles_in(searcher, &self.news.fields, &w.source)?;
                    self.writer.delete_term(Term::from_field_text(self.news.fields.source, &w.source));
                }
                let detail = if gone && had_articles {
                    summary.removed += 1;
                    summary.articles_removed += articles_gone;
                    format!("{skip}; the articles indexed from it before are removed")
                } else if had_articles && kept {
                    format!("{skip}; the articles indexed from it before are kept")
                } else {
                    skip.to_string()
                };
                if matches!(skip, Skip::Unreadable(_)) {
                    // Not read at all (permissions, a failing disk): the run fails, and says
                    // why even with --quiet, so a nightly job notices.
                    crate::warn_failing!("{}: {detail}", w.display.display());
                } else {
                    warn!("{}: {detail}", w.display.display());
                }
                let outcome =
                    if gone && had_articles { report::Outcome::Removed } else { report::Outcome::Skipped };
                self.report.add(|| {
                    let line = Line::new(&w.display, outcome).reason(skip.label()).detail(detail);
                    match outcome {
                        report::Outcome::Removed => line.articles(articles_gone),
                        _ => line,
                    }
                });
                // A file skipped for what it holds is recorded, so that the next ingest
                // passes it over (and says nothing) until it changes; one that could not be
                // read, or was over the size limit in force, is tried again.
                // (A changed file's record went with its articles, by path, above.)
                if matches!(
                    skip,
                    Skip::Empty
                        | Skip::Binary
                        | Skip::NoText(_)
                        | Skip::OtherDocument(_)
                        | Skip::Draft(_)
                        | Skip::List
                ) || (matches!(skip, Skip::LfsPointer) && !kept)
                {
                    let state = FileState { size: w.size, mtime_ns: w.mtime_ns, hash: 0, skipped: true };
                    self.add(self.news.fields.file_doc(&w.source, state))?;
                }
                if matches!(skip, Skip::TooLarge { .. }) {
                    self.told_too_large.insert(w.source.clone(), (w.size, w.mtime_ns));
                }
                // A file counts once: one whose articles it took out is among the removed.
                if !(gone && had_articles) {
                    *summary.skipped.entry(skip.label()).or_default() += 1;
                }
                return Ok(());
            }
            Outcome::SameAsVanished(hash, bytes) => {
                // Of files with the same bytes, the one of the same name, or the longest same
                // end of its path (`tech/036.txt` for `science-tech/036.txt`).
                let twin = vanished.get_mut(&(hash, w.size)).and_then(|olds| {
                    let at = olds
                        .iter()
                        .enumerate()
                        .filter(|(_, old)| reads_alike_at(old, &w.source))
                        .max_by_key(|(at, old)| (same_ending(old, &w.source), *at))?
                        .0;
                    Some(olds.remove(at))
                });
                if let Some(old) = twin {
                    return self.relocate(searcher, &old, w, hash, bytes, summary);
                }
                // Its new name or folder dates it otherwise (`story.txt` filed into
                // `2024-12-06/`): read again for that date, its articles keep their uids, and
                // it counts as moved. Else its twin was claimed by another moved copy: index it
                // after all (the twin's articles go with the vanished).
                let kind = formats::FileKind::from_path(Path::new(&w.source));
                let dated_otherwise = vanished.get_mut(&(hash, w.size)).and_then(|olds| {
                    let at =
                        olds.iter().rposition(|old| formats::FileKind::from_path(Path::new(old)) == kind)?;
                    Some(olds.remove(at))
                });
                let file = file_from_bytes(&w.path, bytes, self.max_file_bytes);
                match extract(file, self.read_config(), &w.source, None) {
                    Outcome::Read(mut file, entities, before) => {
                        if let Some(old) = dated_otherwise {
                            use tantivy::schema::Value;
                            let fields = self.news.fields;
                            let mut uids: HashMap<Option<String>, Vec<String>> = HashMap::new();
                            for doc in stored::documents_of(searcher, &fields, &old)? {
                                let all =
                                    doc.get_all(fields.uid).filter_map(|v| v.as_str().map(str::to_string));
                                uids.entry(fields.raw_id(&doc)).or_default().extend(all);
                            }
                            for article in &mut file.articles {
                                article.former_uids = uids.remove(&article.id).unwrap_or_default();
                            }
                            self.writer.delete_term(Term::from_field_text(fields.source, &old));
                            moved_from = Some(old);
                        }
                        (file, entities, before)
                    }
                    other => return self.apply(searcher, w, other, vanished, summary),
                }
            }
        };
        // A new file while files are gone: its articles' fingerprints find the one it may
        // be (moved and edited), and are then indexed, computed once.
        let mut prints = Vec::new();
        if moved_from.is_none()
            && matches!(w.plan, Plan::New)
            && vanished.values().any(|olds| !olds.is_empty())
        {
            prints = file
                .articles
                .iter()
                .map(|a| crate::dedup::article_fingerprint(a.title.as_deref(), &a.body))
                .collect();
            if let Some((old, changed)) = self.edited_twin(searcher, w, &mut file, &prints, vanished)? {
                moved_from = Some(old);
                edited = Some(changed);
                summary.articles_replaced += changed;
            }
        }
        let mut prints = prints.into_iter();
        for warning in file.warnings.iter().take(MAX_WARNINGS_PER_FILE) {
            warn!("{}: {warning}", w.display.display());
        }
        if file.warnings.len() > MAX_WARNINGS_PER_FILE {
            let more = file.warnings.len() - MAX_WARNINGS_PER_FILE;
            warn!(
                "{}: {more} more warnings for this file (`newsdex extract` lists them all)",
                w.display.display()
            );
        }
        let fields = self.news.fields;
        let keep_body = keeps_body(&w.source, w.keep_text);
        let state = FileState { size: w.size, mtime_ns: w.mtime_ns, hash: file.hash, skipped: false };
        let record_key = Term::from_field_text(fields.key, &file_key(&w.source));
        match w.plan {
            Plan::Changed(old) if old.hash == file.hash && !w.copy_text => {
                // Touched but not edited: only the file record changes.
                summary.unchanged += 1;
                self.report.add(|| Line::new(&w.display, report::Outcome::Unchanged));
            }
            Plan::Changed(old) => {
                // Replace only the articles whose content changed; drop the ones now gone.
                let mut before = match before {
                    Some(before) => before,
                    None => stored::article_hashes(searcher, &fields, &w.source)?,
                };
                for (article, entities) in file.articles.iter().zip(&entities) {
                    let key = article_key(&w.source, article.id.as_deref());
                    match before.remove(&key) {
                        Some(hash) if hash == article.content_hash() && !w.copy_text => {
                            summary.articles_as_before += 1;
                            continue;
                        }
                        Some(_) => {
                            summary.articles_replaced += 1;
                            self.writer.delete_term(Term::from_field_text(fields.key, &key))
                        }
                        None => 0,
                    };
                    self.add_article(&w.source, article, entities, keep_body, None)?;
                    summary.articles += 1;
                }
                for gone in before.keys() {
                    self.writer.delete_term(Term::from_field_text(fields.key, gone));
                }
                summary.articles_dropped += before.len();
                // One skipped before (empty, then filled) is new.
                let outcome = match (w.copy_text && old.hash == file.hash, old.skipped) {
                    (true, _) => {
                        summary.unchanged += 1;
                        report::Outcome::Unchanged
                    }
                    (false, true) => {
                        summary.added += 1;
                        report::Outcome::Added
                    }
                    (false, false) => {
                        summary.updated += 1;
                        report::Outcome::Updated
                    }
                };
                self.report.add(|| {
                    let line =
                        Line::new(&w.display, outcome).articles(file.articles.len()).warnings(&file.warnings);
                    match before.len() {
                        0 => line,
                        n => line.detail(format!(
                            "{n} {} it gave before no longer in it",
                            crate::search::render::plural(n, "article", "articles")
                        )),
                    }
                });
            }
            _ => {
                for (article, entities) in file.articles.iter().zip(&entities) {
                    self.add_article(&w.source, article, entities, keep_body, prints.next())?;
                }
                // A file moved is counted among the moved, with its articles: not among the
                // files indexed ("indexed 0 files (… 1 article)").
                if moved_from.is_none() {
                    summary.articles += file.articles.len();
                }
                let outcome = match moved_from {
                    Some(_) => (&mut summary.moved, report::Outcome::Moved),
                    None => (&mut summary.added, report::Outcome::Added),
                };
                *outcome.0 += 1;
                let moved_from = moved_from.map(|old| shown_path(&self.roots_given, &old));
                self.report.add(|| {
                    let line = Line::new(&w.display, outcome.1)
                        .articles(file.articles.len())
                        .warnings(&file.warnings);
                    let line = match &moved_from {
                        Some(old) => line.from(old),
                        None => line,
                    };
                    match edited {
                        Some(n) => line.detail(format!(
                            "moved and edited: {n} of its {} {} changed; its articles keep their uids",
                            file.articles.len(),
                            crate::search::render::plural(file.articles.len(), "article", "articles")
                        )),
                        None => line,
                    }
                });
            }
        }
        // A new file has no record to replace. Skipping the delete matters: tantivy keeps
        // every pending delete in memory until the commit, which on a first ingest of a large
        // archive would cost memory in proportion to its size.
        if !matches!(w.plan, Plan::New) {
            self.writer.delete_term(record_key);
        }
        if self.capitals.held.len() > held_before {
            self.capitals.sources.push(w.source.clone());
        }
        self.add(fields.file_doc(&w.source, state))?;
        Ok(())
    }

    /// A file gone this new file is, moved and edited in the same change (see [`Gone`]): its
    /// articles take the uids of the gone file's articles (by id in the file; a file of one
    /// article, that one's), whose documents leave the index with its record; the file gone
    /// is claimed, not removed. Returns it and how many articles changed. `prints` are the
    /// articles' fingerprints, which their documents take.
    fn edited_twin(
        &mut self,
        searcher: &Searcher,
        w: &Work,
        file: &mut FileArticles,
        prints: &[crate::dedup::Fingerprint],
        vanished: &mut HashMap<(u64, u64), Vec<String>>,
    ) -> Result<Option<(String, usize)>> {
        if file.articles.is_empty() {
            return Ok(None);
        }
        if self.gone.is_none() {
            self.gone = Some(Gone::of(searcher, &self.news.fields, vanished)?);
        }
        let gone = self.gone.as_ref().expect("just made");
        let kind = formats::FileKind::from_path(Path::new(&w.source));
        let still_gone = |f: &GoneFile| {
            formats::FileKind::from_path(Path::new(&f.source)) == kind
                && vanished.get(&f.key).is_some_and(|olds| olds.contains(&f.source))
        };
        let Some(twin) = gone.twin_of(prints, still_gone) else { return Ok(None) };
        let old = &gone.files[twin];
        let single = file.articles.len() == 1 && old.articles == 1;
        let mut changed = 0;
        for article in &mut file.articles {
            let uids = match single {
                true => old.uids.values().next(),
                false => old.uids.get(&article.id),
            };
            article.former_uids = uids.cloned().unwrap_or_default();
            if !old.hashes.contains(&article.content_hash()) {
                changed += 1;
            }
        }
        let source = old.source.clone();
        if let Some(olds) = vanished.get_mut(&old.key) {
            olds.retain(|s| *s != source);
        }
        self.writer.delete_term(Term::from_field_text(self.news.fields.source, &source));
        Ok(Some((source, changed)))
    }

    /// Moves a vanished file's documents to its new path, without re-extracting.
    fn relocate(
        &mut self,
        searcher: &Searcher,
        old: &str,
        w: &Work,
        hash: u64,
        bytes: Vec<u8>,
        summary: &mut IngestSummary,
    ) -> Result<()> {
        let fields = self.news.fields;
        let docs = stored::documents_of(searcher, &fields, old)?;
        let articles: Vec<_> = docs.iter().filter(|d| d.get_first(fields.file_size).is_none()).collect();
        // Bodies the index keeps no copy of come from the moved file, which has the same bytes.
        let mut bodies: HashMap<Option<String>, String> = HashMap::new();
        if articles.iter().any(|d| d.get_first(fields.stored_body).is_none()) {
            match file_from_bytes(&w.path, bytes, self.max_file_bytes) {
                Ok(file) => bodies.extend(file.articles.into_iter().map(|a| (a.id, a.body))),
                Err(skip) => {
                    // Gone or broken between the walk and now: the next pass sees it again.
                    warn!("{}: {skip}", w.display.display());
                    self.report.add(|| {
                        Line::new(&w.display, report::Outcome::Skipped)
                            .reason(skip.label())
                            .detail(skip.to_string())
                    });
                    *summary.skipped.entry(skip.label()).or_default() += 1;
                    return Ok(());
                }
            }
        }
        self.writer.delete_term(Term::from_field_text(fields.source, old));
        for doc in articles {
            let body = bodies.get(&fields.raw_id(doc)).map(String::as_str);
            let keep_body = keeps_body(&w.source, w.keep_text);
            self.add(fields.relocate(doc, &w.source, body, keep_body))?;
        }
        let state = FileState { size: w.size, mtime_ns: w.mtime_ns, hash, skipped: false };
        self.add(fields.file_doc(&w.source, state))?;
        summary.moved += 1;
        let from = shown_path(&self.roots_given, old);
        self.report.add(|| Line::new(&w.display, report::Outcome::Moved).from(&from));
        Ok(())
    }

    /// Writes one article, or holds it back when it is in capitals (see [`Capitals`]); with
    /// its fingerprints when they were computed already.
    fn add_article(
        &mut self,
        source: &str,
        article: &Article,
        entities: &Entities,
        keep_body: bool,
        print: Option<crate::dedup::Fingerprint>,
    ) -> Result<()> {
        if self.entities && gazetteer::is_matched(article) {
            let c = &mut self.capitals;
            c.held_bytes += article.body.len() + article.title.as_ref().map_or(0, String::len);
            c.held_since.get_or_insert_with(Instant::now);
            c.held.push((source.to_string(), article.clone(), entities.clone(), keep_body));
            return Ok(());
        }
        let print = print
            .unwrap_or_else(|| crate::dedup::article_fingerprint(article.title.as_deref(), &article.body));
        self.add(self.news.fields.article_doc_printed(source, article, entities, keep_body, print))
    }

    /// Writes the articles in capitals held back, with the names read from them by matching
    /// the names of `index` (see [`Capitals`]), then their files' records.
    fn write_held(&mut self, index: &Searcher) -> Result<()> {
        if self.capitals.held.is_empty() {
            return Ok(());
        }
        let fields = self.news.fields;
        let names = names_in_index(index, &fields)?;
        // The articles holding a word, and naming it. (The name fields are tokenized as the
        // body is.)
        let body = std::cell::RefCell::new(self.news.index.tokenizer_for_field(fields.body)?);
        let word_articles = |word: &str| {
            let mut body = body.borrow_mut();
            let mut stream = body.token_stream(word);
            let Some(token) = stream.next() else { return (0, 0) };
            let count =
                |field| index.doc_freq(&Term::from_field_text(field, &token.text)).unwrap_or(0) as u32;
            (count(fields.body), count(fields.person) + count(fields.org) + count(fields.place))
        };
        // The names the tagger read in the headlines alone held (in mixed case) count as
        // they did when such articles were written with the others.
        let mut headlines = KnownNames::default();
        for (_, article, entities, _) in &self.capitals.held {
            if gazetteer::is_in_capitals(article) {
                continue;
            }
            for (kind, list) in [
                (Kind::Person, &entities.people),
                (Kind::Org, &entities.organizations),
                (Kind::Place, &entities.places),
            ] {
                list.iter().for_each(|name| headlines.add(kind, name, 1));
            }
        }
        let matcher = gazetteer::Matcher::with_known(&[&names, &headlines], word_articles);
        let segments_before_held = self.capitals.segments_before_held.take();
        let c =
            std::mem::replace(&mut self.capitals, Capitals { segments_before_held, ..Capitals::default() });
        for (source, article, mut entities, keep_body) in c.held {
            // Only articles in capitals were held ([`Self::add_article`]).
            gazetteer::add_names_matched(&matcher, &article, &mut entities);
            self.add(fields.article_doc(&source, &article, &entities, keep_body))?;
        }
        Ok(())
    }

    /// Commits what the pass wrote; with articles in capitals held, in two (see [`Capitals`]).
    fn commit(&mut self) -> Result<()> {
        if !self.capitals.held.is_empty() {
            // Until the second commit, the folders of the files held are not all read.
            let mut first = self.payload.clone();
            for root in &mut first.roots {
                let holds = |source: &String| manifest::is_under(source, &root.path);
                root.unfinished |= self.capitals.sources.iter().any(holds);
            }
            first.pending.extend(self.capitals.sources.iter().cloned());
            self.news.commit(&mut self.writer, &first).context(Writing)?;
            self.reader.reload()?;
            let index = self.reader.searcher();
            self.write_held(&index)?;
            self.capitals.segments_before_held =
                Some(index.segment_readers().iter().map(|s| s.segment_id()).collect());
        }
        self.news.commit(&mut self.writer, &self.payload).context(Writing)
    }

    /// Merges the segments this pass wrote into one per writer thread, side by side. A
    /// search pays a fixed cost per segment: on the 200k-file scaled corpus a first ingest
    /// left 6 segments, on which a phrase search took 10.7 ms and a person 8.2 ms, against
    /// 8.5 and 5.9 ms on 2 (whole process, hyperfine). Merging them costs 4-6 s on 2 cores
    /// there (about 8 CPU-s), against the 50 s of the ingest. Segments written before this
    /// pass are left to tantivy's merge policy, so a small update never rewrites a large
    /// index. The segments of the articles in capitals written at the end of a large pass
    /// (see [`Capitals`]) are merged into one of their own: taking them into the large
    /// ones would rewrite those (0.44 s of a 3.1 s ingest of BBC and Reuters). A merge that
    /// cannot start (its segments are already being merged in the background) is skipped:
    /// it only saves time later.
    fn merge_new_segments(&mut self, before: &HashSet<SegmentId>) {
        let Ok(metas) = self.news.index.searchable_segment_metas() else { return };
        let mut new: Vec<_> = metas.into_iter().filter(|m| !before.contains(&m.id())).collect();
        // A small pass (watch's usual one) merges into one segment: it costs next to nothing.
        let new_docs: u32 = new.iter().map(|m| m.num_docs()).sum();
        let groups = if new_docs < SMALL_PASS_DOCS { 1 } else { self.writer_threads.max(1) };
        let held_apart = |id: &SegmentId| {
            groups > 1 && self.capitals.segments_before_held.as_ref().is_some_and(|b| !b.contains(id))
        };
        let held: Vec<SegmentId> = new.iter().map(|m| m.id()).filter(held_apart).collect();
        new.retain(|m| !held.contains(&m.id()));
        // Largest first, each into the group with the fewest documents so far.
        new.sort_by_key(|m| std::cmp::Reverse(m.num_docs()));
        let mut buckets: Vec<(u32, Vec<SegmentId>)> = vec![(0, Vec::new()); groups];
        for meta in &new {
            let bucket = buckets.iter_mut().min_by_key(|(docs, _)| *docs).expect("at least one group");
            bucket.0 += meta.num_docs();
            bucket.1.push(meta.id());
        }
        buckets.push((0, held));
        // A segment's files stay while any copy of its meta lives.
        drop(new);
        let merges: Vec<_> =
            buckets.iter().filter(|(_, ids)| ids.len() > 1).map(|(_, ids)| self.writer.merge(ids)).collect();
        if merges.is_empty() {
            return;
        }
        for merge in merges {
            let _ = merge.wait();
        }
        // The merged segments' files go now, not at the next commit: once the reader has
        // let go of them.
        let _ = self.reader.reload();
        let _ = self.writer.garbage_collect_files().wait();
    }

    /// Stores what queries read beside the index ([`crate::index::NewsIndex::store_derived`]),
    /// from the last commit: for `watch`, after each pass.
    pub fn store_derived(&self) {
        self.news.store_derived();
    }

    /// Waits for background merges, then releases the writer, leaving no file that no
    /// commit lists. A merge tantivy's merge policy started at the last commit ends here,
    /// and deletes the segments it merged only if no searcher of this process holds them:
    /// with the pass's reader still open, 3 of 30 ingests of a feed appended to left their
    /// merged segments on disk, which `stats` then called left over from an interrupted
    /// ingest. The reader goes first, what merges already ended freed is collected, and
    /// once the writer's lock is let go, any file no commit lists (one another writer lost
    /// track of) is removed as `stats` counts it.
    pub fn finish(self) -> Result<()> {
        let Ingester { writer, reader, news, .. } = self;
        drop(reader);
        let _ = writer.garbage_collect_files().wait();
        writer.wait_merging_threads().context("finishing index merges")?;
        crate::index::remove_leftovers(&news.index, &news.dir);
        news.store_derived();
        Ok(())
    }
}

/// The context of an error of the index writer (a document not taken, a commit that
/// failed): [`Ingester::pass`] tells its cause and what to do, rather than end the run with
/// tantivy's words.
#[derive(Debug)]
struct Writing;

impl std::fmt::Display for Writing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("writing the index")
    }
}

/// What undoing a failed pass found (see [`Ingester::undo_uncommitted`]).
struct Undone {
    failure: crate::index::WriteFailure,
    /// Bytes of uncommitted files deleted.
    freed: u64,
    /// Bytes of uncommitted files that could not be deleted.
    left: u64,
    /// Articles the last commit holds, when they could be counted.
    articles: Option<usize>,
}

impl Undone {
    /// What happened to the index in `dir` and what to do, in a line.
    fn message(&self, dir: &Path, rebuild: bool) -> String {
        use crate::index::WriteFailure;
        let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
        let dir = dir.display();
        let (what, todo) = match &self.failure {
            WriteFailure::DiskFull(cause) => (
                format!("the disk holding the index at {dir} is full ({cause})"),
                "free some space and run `newsdex ingest` again",
            ),
            WriteFailure::NoMemory(cause) => (
                format!("the index writer at {dir} ran out of memory ({cause})"),
                "run `newsdex ingest -j 1 --memory 15` (one thread, the writer's least memory)",
            ),
            WriteFailure::NotWritable(cause) => (
                format!("cannot write the index at {dir} ({cause})"),
                "make the folder writable and run `newsdex ingest` again",
            ),
            WriteFailure::Io(cause) => (
                format!("writing the index at {dir} failed ({cause})"),
                "check the disk and run `newsdex ingest` again",
            ),
            WriteFailure::Unknown(cause) => (
                format!(
                    "the index writer at {dir} stopped ({cause}); it most likely ran out of memory or disk space"
                ),
                "free some disk space, or run `newsdex ingest -j 1 --memory 15` (one thread, the writer's least memory)",
            ),
        };
        let mb = |bytes: u64| format!("{:.1} MB", bytes as f64 / 1e6);
        let stopped = if rebuild { "the rebuild stopped" } else { "the ingest stopped" };
        let removed = match (self.freed, self.left) {
            (0, 0) => String::new(),
            (freed, 0) => format!(" and removed the {} it had written and not committed", mb(freed)),
            (freed, left) => format!(
                " and removed {} it had written and not committed ({} more could not be removed: the next \
                 ingest or `newsdex purge` removes it)",
                mb(freed),
                mb(left)
            ),
        };
        let holds = match self.articles {
            Some(n) => format!(" ({n} {})", crate::search::render::plural(n, "article", "articles")),
            None => String::new(),
        };
        match rebuild {
            true => format!(
                "{what}: {stopped}{removed}; it is abandoned, and the index is as it was before it{holds}; {}",
                todo.replace("`newsdex ingest", "`newsdex ingest --rebuild")
            ),
            false => format!(
                "{what}: {stopped}{removed}; the index holds its last commit{holds}; {todo}: it carries on \
                 from there"
            ),
        }
    }
}

/// The summary's reason for files passed over as a collection's notes (README, LICENSE).
const NOTES_LABEL: &str = "a collection's notes";

/// Below this many new documents, a pass merges what it wrote into a single segment.
const SMALL_PASS_DOCS: u32 = 10_000;

/// The folders and files a run covers, each with its canonical path; and those not found,
/// each with why.
pub type ScanRoots = (Vec<(PathBuf, PathBuf)>, Vec<(PathBuf, String)>);

/// Runs an ingest: one pass over the given folders, or over every folder ingested before
/// when none is given.
pub fn run(opts: &IngestOptions) -> Result<IngestSummary> {
    let started = Instant::now();
    let warned_before = crate::messages::warnings_given();
    let (roots, roots_missing) = roots_to_scan(opts)?;
    let mut ingester = Ingester::open(opts)?;
    for (root, cause) in &roots_missing {
        ingester.report.add(|| Line::new(root, report::Outcome::NotFound).detail(cause));
    }
    let mut summary = ingester.pass(&roots)?;
    summary.roots_missing += roots_missing.len();
    // The folders passed over as missing were warned of before the pass.
    summary.warnings = crate::messages::warnings_given() - warned_before;
    ingester.finish()?;
    // The whole run, as a clock on the wall says: opening the index, taking its lock and
    // the merges the pass started count too (`touch wire/*.sgm` said 0.31s of 1.63s).
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// The folders a run covers, each with its canonical path: the ones given, or else every
/// folder ingested before (read before `--rebuild` empties the index); and how many of
/// those were not found and are left out, each warned of (an unplugged drive, a folder
/// renamed: their articles stay, but a nightly run must be able to tell).
pub fn roots_to_scan(opts: &IngestOptions) -> Result<ScanRoots> {
    if opts.roots.is_empty() {
        let recorded = crate::index::recorded_roots(&opts.index_dir);
        let known: Vec<PathBuf> = recorded.iter().map(|r| walk::path_of(&r.path)).collect();
        if known.is_empty() {
            // meta.json garbled: its list of folders went with it, as the damage says.
            if opts.index_dir.join("meta.json").exists()
                && let Err(damaged) = crate::index::NewsIndex::open(&opts.index_dir)
            {
                return Err(damaged);
            }
            bail!(
                "nothing to ingest: give one or more folders (the index at {} lists none)",
                opts.index_dir.display()
            );
        }
        if opts.rebuild
            && let Some(missing) = known.iter().find(|root| std::fs::metadata(root).is_err())
        {
            bail!(
                "{} is missing (an unplugged drive?): a rebuild would lose its articles; plug it in, \
                 or name the folders to rebuild from (`newsdex ingest --rebuild FOLDER...`)",
                missing.display()
            );
        }
        if opts.rebuild
            && let Some(root) =
                recorded.iter().find(|r| mount_point_without_its_drive(&walk::path_of(&r.path), r.device))
        {
            bail!(
                "{} is empty and on another file system than at its last ingest (a drive not mounted?): a \
                 rebuild would lose its articles; mount it, or name the folders to rebuild from \
                 (`newsdex ingest --rebuild FOLDER...`)",
                root.path
            );
        }
        Ok(existing_roots(&known))
    } else {
        resolve_roots(&opts.roots)
    }
}

/// Whether the folder at `path` is empty and on another file system than the one
/// `recorded` at its last ingest: a drive's mount point, the drive not mounted.
fn mount_point_without_its_drive(path: &Path, recorded: Option<u64>) -> bool {
    recorded.is_some_and(|before| crate::index::device_of(path).is_some_and(|now| now != before))
        && std::fs::read_dir(path).is_ok_and(|mut entries| entries.next().is_none())
}

/// Known roots that still exist. A missing one is skipped with a warning and its articles
/// are kept: an unplugged drive must not empty the index.
fn existing_roots(known: &[PathBuf]) -> ScanRoots {
    let mut missing = Vec::new();
    let found = known
        .iter()
        .filter_map(|root| match std::fs::canonicalize(root) {
            Ok(canonical) => Some((root.clone(), canonical)),
            // One inside another known folder (a file ingested alone, then its folder) is
            // that folder's business: its articles go with the folder's other vanished files.
            Err(_) if inside_another(root, known) => None,
            // Gone from a folder still there: a file ingested alone and deleted, or a folder
            // removed. The pass tells them apart by the index's records (see
            // [`Ingester::pass`]), and warns of a folder as below.
            Err(err)
                if err.kind() == std::io::ErrorKind::NotFound
                    && let Some(folder) = root.parent().and_then(|p| std::fs::canonicalize(p).ok())
                    && let Some(name) = root.file_name() =>
            {
                Some((root.clone(), folder.join(name)))
            }
            Err(err) => {
                missing.push((root.clone(), err.to_string()));
                warn!(
                    "{}: {err}; skipped, its articles stay in the index (if it was renamed or moved, \
                     `newsdex forget {}` removes them)",
                    root.display(),
                    shlex::try_quote(&root.to_string_lossy()).unwrap_or_default()
                );
                None
            }
        })
        .collect();
    (found, missing)
}

/// Is `root` inside another of the `known` folders that still exists?
fn inside_another(root: &Path, known: &[PathBuf]) -> bool {
    let source = walk::source_of(root.to_path_buf());
    known.iter().any(|other| {
        let other_source = walk::source_of(other.clone());
        other_source != source && manifest::is_under(&source, &other_source) && other.exists()
    })
}

/// The folder among `missing` that folder `root` is, renamed or moved: the one more than
/// half of whose indexed files are found under `root` at the same place with the same
/// size (`files`, the walk of `root`).
fn renamed_from<'a>(
    root: &str,
    files: &[walk::FoundFile],
    missing: &'a [String],
    manifest: &manifest::Manifest,
) -> Option<&'a String> {
    let sizes: FxHashMap<String, u64> =
        files.iter().map(|f| (walk::source_of(f.path.clone()), f.size)).collect();
    missing.iter().find(|old| {
        let (mut had, mut found) = (0usize, 0usize);
        for (source, state) in manifest.iter().filter(|(s, st)| !st.skipped && manifest::is_under(s, old)) {
            had += 1;
            let here = format!("{root}{}", &source[old.len()..]);
            found += usize::from(sizes.get(&here) == Some(&state.size));
        }
        had > 0 && 2 * found > had
    })
}

/// How the parallel stage reads a file.
#[derive(Debug, Clone, Copy)]
struct ReadConfig {
    max_file_bytes: u64,
    entities: bool,
}

/// Whether a file moved from `old` to `new` reads the same there, so that its articles
/// can be moved without reading it again: the same format by name (a rename that fixes the
/// extension, `export.txt` to `export.jsonl`, is read again) and the same date in its path
/// (a file re-filed from `2024/05/17/` to `2019/01/02/` is read again).
/// How many parts at the end of two paths are the same (`2` for `tech/036.txt` and
/// `archive/tech/036.txt`, `1` for the same file name in other folders).
fn same_ending(a: &str, b: &str) -> usize {
    Path::new(a).components().rev().zip(Path::new(b).components().rev()).take_while(|(x, y)| x == y).count()
}

fn reads_alike_at(old: &str, new: &str) -> bool {
    formats::FileKind::from_path(Path::new(old)) == formats::FileKind::from_path(Path::new(new))
        && crate::dates::date_in_path(old) == crate::dates::date_in_path(new)
}

/// The parallel stage: read, and unless the bytes match a vanished file, parse and extract.
/// `vanished_sizes` lets a new file skip hashing when no vanished file has its size.
fn read_stage(
    w: &Work,
    config: ReadConfig,
    (searcher, fields): (&Searcher, &crate::index::schema::Fields),
    movable: &HashSet<(u64, u64)>,
    movable_sizes: &HashSet<u64>,
) -> Outcome {
    // Hashed before it is parsed: a file touched but not edited costs a read, not a parse.
    if let Plan::Changed(old) = w.plan
        && !old.skipped
        && !w.copy_text
        && old.size == w.size
        && walk::content_hash(&w.path).is_ok_and(|hash| hash == old.hash)
    {
        return Outcome::Touched;
    }
    // An edited file's articles as the index holds them: those that read the same are
    // left as they are, and need no names (a feed appended to costs its new lines). One
    // whose text is being copied into the index is written whole, and named whole.
    let before = match w.plan {
        Plan::Changed(old) if !old.skipped && !w.copy_text => {
            stored::article_hashes(searcher, fields, &w.source).ok()
        }
        _ => None,
    };
    // A plain-text file found in a folder may be a list, not an article (see
    // [`article::looks_like_a_list`]): judged on its text before it is parsed.
    let may_be_a_list = !w.named
        && w.size <= config.max_file_bytes
        && formats::FileKind::from_path(&w.path)
            .is_some_and(|k| !k.gzip && k.format == formats::Format::Text);
    let may_have_moved = w.plan == Plan::New && movable_sizes.contains(&w.size);
    if (may_be_a_list || may_have_moved)
        && let Ok(bytes) = std::fs::read(&w.path)
    {
        if may_have_moved {
            let hash = xxhash_rust::xxh3::xxh3_64(&bytes);
            if movable.contains(&(hash, w.size)) {
                return Outcome::SameAsVanished(hash, bytes);
            }
        }
        if may_be_a_list
            && decode::decode(&bytes).is_ok_and(|d| {
                // Markup saved as text (a page, a feed) is read as such, not judged by lines.
                !d.text.trim_start().starts_with('<') && article::looks_like_a_list(&d.text)
            })
        {
            return Outcome::Skipped(Skip::List);
        }
        return extract(file_from_bytes(&w.path, bytes, config.max_file_bytes), config, &w.source, before);
    }
    extract(read_file(&w.path, config.max_file_bytes), config, &w.source, before)
}

/// The names of the index's articles, with how many articles hold each (articles deleted
/// and not yet merged away count too: a little more, never less, than there are).
fn names_in_index(searcher: &Searcher, fields: &crate::index::schema::Fields) -> Result<KnownNames> {
    let mut names = KnownNames::default();
    for (kind, field) in
        [(Kind::Person, fields.person_name), (Kind::Org, fields.org_name), (Kind::Place, fields.place_name)]
    {
        crate::search::query::each_word(searcher, field, |name, docs| names.add(kind, name, docs as u32))?;
    }
    Ok(names)
}

/// Extracts the entities of a file read from `source` (or says why it was skipped): of
/// its articles not found in `before` with the same content hash (see [`Outcome::Read`]).
fn extract(
    read: Result<FileArticles, Skip>,
    config: ReadConfig,
    source: &str,
    before: Option<HashMap<String, u64>>,
) -> Outcome {
    match read {
        Ok(mut file) => {
            let entities = match (config.entities, &before) {
                (false, _) => vec![Entities::default(); file.articles.len()],
                (true, None) => article::find_names(&mut file),
                (true, Some(before)) => {
                    article::find_names_where(&mut file, |a| !is_as_before(before, source, a))
                }
            };
            Outcome::Read(file, entities, before)
        }
        Err(skip) => Outcome::Skipped(skip),
    }
}

/// Whether the index holds `article` of `source` as it reads now (see [`Outcome::Read`]).
fn is_as_before(before: &HashMap<String, u64>, source: &str, article: &Article) -> bool {
    before.get(&article_key(source, article.id.as_deref())) == Some(&article.content_hash())
}

/// Checks that every root exists, and pairs it with its canonical absolute path.
/// The folders and files named, with their canonical paths. One that cannot be found is
/// warned of and left out, as ripgrep does with a path it cannot read: the others are
/// ingested (a nightly `ingest /mnt/a /mnt/b` with one drive away), and the run then
/// exits with status 2 ([`IngestSummary::roots_missing`]). None found is an error.
fn resolve_roots(roots: &[PathBuf]) -> Result<ScanRoots> {
    if roots.is_empty() {
        bail!("nothing to ingest: give one or more folders");
    }
    let mut found = Vec::new();
    let mut missing = Vec::new();
    let mut first_error = None;
    for root in roots {
        match std::fs::canonicalize(root) {
            Ok(canonical) => found.push((root.clone(), canonical)),
            Err(err) if roots.len() > 1 => {
                crate::warn_failing!("{}: {err}; skipped, the others are ingested", root.display());
                missing.push((root.clone(), err.to_string()));
            }
            Err(err) => first_error = Some(anyhow::Error::new(err).context(root.display().to_string())),
        }
    }
    match first_error {
        Some(err) => Err(err),
        None if found.is_empty() => bail!("none of the folders given was found"),
        None => Ok((found, missing)),
    }
}

/// The file of the index at `source` as the user would write it: under the folder of
/// `roots` (given, canonical) that holds it, as given (`feed/jsonl/old.jsonl`, as the files
/// found are named, not `/tmp/qa-feed/feed/jsonl/old.jsonl`); absolute when none holds it.
fn shown_path(roots: &[(PathBuf, PathBuf)], source: &str) -> PathBuf {
    let path = walk::path_of(source);
    let holder = roots.iter().filter(|(_, canonical)| path.starts_with(canonical));
    match holder.max_by_key(|(_, canonical)| canonical.as_os_str().len()) {
        Some((given, canonical)) => display_path(given, canonical, &path),
        None => path,
    }
}

/// The path as the user would write it: their root joined with the walked remainder.
pub fn display_path(given: &Path, canonical: &Path, path: &Path) -> PathBuf {
    match path.strip_prefix(canonical) {
        Ok(rest) if rest.as_os_str().is_empty() => given.to_path_buf(),
        Ok(rest) => given.join(rest),
        Err(_) => path.to_path_buf(),
    }
}

/// Where `path` points when it is a symbolic link to nothing.
fn broken_link_target(path: &Path) -> Option<PathBuf> {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    (is_link && std::fs::metadata(path).is_err()).then(|| std::fs::read_link(path).ok()).flatten()
}

fn extension_label(path: &Path) -> String {
    // A packed file is its two types: a `.tar.gz` is no `.gz` of an article.
    let name = path.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    for packed in [".tar.gz", ".tar.bz2", ".tar.xz", ".tar.zst", ".tgz"] {
        if name.ends_with(packed) && name.len() > packed.len() {
            return packed.to_string();
        }
    }
    // A saved address's query is no part of the type (`photo.jpg?w=800` is a .jpg).
    path.extension()
        .and_then(|e| e.to_str())
        .map(|e| e.split(['?', '@']).next().unwrap_or_default())
        .filter(|e| !e.is_empty())
        .map_or_else(|| "no extension".to_string(), |e| format!(".{}", e.to_ascii_lowercase()))
}

/// Prints the summary of an ingest on stderr, and what to do with the files of types
/// newsdex does not read.
pub fn report(summary: &IngestSummary) {
    // The summary comes last, where scripts read it.
    const DOCUMENTS: &[&str] = &[".pdf", ".doc", ".docx", ".odt", ".rtf", ".pages", ".epub", ".zip", ".7z"];
    const SHEETS: &[&str] = &[".csv", ".tsv", ".xls", ".xlsx", ".ods", ".numbers"];
    let documents = summary.unsupported.keys().any(|ext| DOCUMENTS.contains(&ext.as_str()))
        || summary.skipped.contains_key(Skip::OtherDocument("").label());
    if documents {
        note!(
            "newsdex: PDF, Word, RTF and zipped files are not read: convert them to text or HTML first (pdftotext, \
             pandoc; unzip archives), then ingest again; --report FILE lists each file passed over and why"
        );
    } else if summary.unsupported.keys().any(|ext| SHEETS.contains(&ext.as_str())) {
        note!(
            "newsdex: spreadsheets (CSV, TSV, Excel) are not read: save their rows as JSON Lines, one article \
             per line with title, date, author and body keys (`mlr --icsv --ojsonl cat export.csv > \
             export.jsonl`, or Python's csv and json modules), then ingest that; --report FILE lists each file \
             passed over and why"
        );
    } else if !summary.unsupported.is_empty() {
        note!("newsdex: --report FILE lists each file passed over and why");
    }
    // Printed whatever --quiet says: the run fails.
    if let Some(failed) = &summary.failed {
        crate::messages::to_stderr(format_args!("newsdex: {}", crate::messages::printable(failed)));
    }
    // Out of every search, but still in the index's files: a redaction too.
    let gone = summary.articles_removed + summary.articles_replaced + summary.articles_dropped;
    if summary.removed > 0 || gone > 0 {
        note!(
            "newsdex: the text of removed and replaced articles stays in the index's files until `newsdex \
             purge` (`newsdex stats` counts them)"
        );
    }
    note!("newsdex: {}", summary.line());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_are_bounded_by_count_and_bytes() {
        let split = |sizes: &[u64], items, bytes| -> Vec<Vec<u64>> {
            batches(sizes, |s| *s, items, bytes).map(|b| b.to_vec()).collect()
        };
        assert_eq!(split(&[1, 1, 1, 1, 1], 2, 100), [vec![1, 1], vec![1, 1], vec![1]]);
        assert_eq!(split(&[4, 4, 4, 9, 1], 10, 8), [vec![4, 4], vec![4], vec![9], vec![1]]);
        assert!(split(&[], 10, 8).is_empty());
    }

    #[test]
    fn a_failed_write_says_what_happened_what_the_index_holds_and_what_to_do() {
        use crate::index::WriteFailure;
        let undone = |failure, freed, left| Undone { failure, freed, left, articles: Some(2763) };
        let dir = Path::new("/media/small/ix");
        let full = WriteFailure::DiskFull("No space left on device (os error 28)".into());
        assert_eq!(
            undone(full.clone(), 16_800_000, 0).message(dir, false),
            "the disk holding the index at /media/small/ix is full (No space left on device (os error 28)): the \
             ingest stopped and removed the 16.8 MB it had written and not committed; the index holds its last \
             commit (2763 articles); free some space and run `newsdex ingest` again: it carries on from there"
        );
        let rebuild = undone(full, 0, 0).message(dir, true);
        assert!(
            rebuild.ends_with(
                "the rebuild stopped; it is abandoned, and the index is as it was before it (2763 articles); free \
                 some space and run `newsdex ingest --rebuild` again"
            ),
            "{rebuild}"
        );
        let memory = undone(WriteFailure::NoMemory("not enough memory".into()), 1_000_000, 200_000)
            .message(dir, false);
        assert!(
            memory.starts_with("the index writer at /media/small/ix ran out of memory (not enough memory)")
        );
        assert!(
            memory.contains(
                "(0.2 MB more could not be removed: the next ingest or `newsdex purge` removes it)"
            )
        );
        assert!(memory.contains("run `newsdex ingest -j 1 --memory 15`"), "{memory}");
    }

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
            "indexed 4 files (3 new, 1 updated, 4 articles), 5 unchanged, 0 moved, 2 removed, \
             7 skipped (1 binary; 2 empty; 4 unsupported type: .html 4) in 1.50s"
        );
        s.warnings = 5;
        assert!(s.line().ends_with("4 unsupported type: .html 4), 5 warnings in 1.50s"), "{}", s.line());
        // A feed downloaded again: the articles rewritten, and those left as they were.
        let feed = IngestSummary { updated: 1, articles: 1, articles_as_before: 2, ..Default::default() };
        assert!(feed.line().starts_with("indexed 1 file (0 new, 1 updated, 1 article, 2 as before)"));
    }

    #[test]
    fn paths_gone_are_shown_under_the_folder_as_given() {
        let roots = vec![
            (PathBuf::from("feed"), PathBuf::from("/tmp/qa/feed")),
            (PathBuf::from("feed/jsonl"), PathBuf::from("/tmp/qa/feed/jsonl")),
        ];
        assert_eq!(shown_path(&roots, "/tmp/qa/feed/jsonl/old.jsonl"), Path::new("feed/jsonl/old.jsonl"));
        assert_eq!(shown_path(&roots, "/tmp/qa/feed/html/x.html"), Path::new("feed/html/x.html"));
        assert_eq!(shown_path(&roots, "/tmp/qa/feedback/x.html"), Path::new("/tmp/qa/feedback/x.html"));
    }

    #[test]
    fn display_paths_keep_the_users_root() {
        let p = display_path(Path::new("corpus"), Path::new("/abs/corpus"), Path::new("/abs/corpus/a/b.txt"));
        assert_eq!(p, PathBuf::from("corpus/a/b.txt"));
    }
}
