//! `newsdex ingest` and `newsdex watch`.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::RecvTimeoutError;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use notify::{RecursiveMode, Watcher};

use crate::cli::{ForgetArgs, IngestArgs, WatchArgs};
use crate::exit::Status;
use crate::ingest::{self, IngestOptions, Ingester};
use crate::{note, warn};

fn options(index_dir: &Path, args: &IngestArgs) -> IngestOptions {
    let jobs = match args.jobs {
        Some(n) if n > 0 => usize::from(n),
        _ => std::thread::available_parallelism().map_or(2, |n| n.get()),
    };
    IngestOptions {
        index_dir: index_dir.to_path_buf(),
        roots: args.paths.clone(),
        follow_links: args.follow_links,
        excludes: args.exclude.clone(),
        no_gitignore: args.no_gitignore,
        max_file_bytes: args.max_file_mb.saturating_mul(1 << 20),
        jobs,
        memory_bytes: usize::try_from(args.memory.saturating_mul(1 << 20)).unwrap_or(usize::MAX),
        rebuild: args.rebuild,
        purge: !args.no_purge,
        entities: !args.no_entities,
        keep_text: args.keep_text,
        commit_every: Duration::from_secs(args.commit_interval.max(1)),
        stop: Some(ctrl_c_flag()),
        wait_for_writer: args.wait,
        report: args.report.clone(),
    }
}

/// A flag set by the first Ctrl-C (work stops after the batch in hand and is committed);
/// a second Ctrl-C exits at once, leaving the last commit.
fn ctrl_c_flag() -> Arc<AtomicBool> {
    let flag = Arc::new(AtomicBool::new(false));
    let handler_flag = flag.clone();
    let installed = ctrlc::set_handler(move || {
        if handler_flag.swap(true, Ordering::SeqCst) {
            note!(
                "newsdex: stopped at once: the index keeps its last commit, and the next ingest finishes the job"
            );
            std::process::exit(130);
        }
        note!("newsdex: stopping after the current batch (a second Ctrl-C or stop signal quits at once)");
    });
    if let Err(err) = installed {
        warn!("cannot catch Ctrl-C ({err}); an interrupted run keeps only its last commit");
    }
    flag
}

/// Runs `newsdex ingest`.
pub fn run(index_dir: &Path, args: &IngestArgs) -> Result<Status> {
    let started = std::time::Instant::now();
    let summary = ingest::run(&options(index_dir, args))?;
    if std::env::var_os("NEWSDEX_TIMINGS").is_some() {
        crate::messages::to_stderr(format_args!(
            "newsdex: timings: whole run {:.3}s",
            started.elapsed().as_secs_f64()
        ));
    }
    ingest::report(&summary);
    Ok(if summary.failed.is_some() {
        // The index could not be written: said, with what to do, above the summary.
        Status::Error
    } else if summary.interrupted {
        Status::Interrupted
    } else if summary.roots_missing > 0
        || summary.named_unsupported > 0
        || summary.report_failed
        || summary.skipped.contains_key("unreadable")
    {
        // As ripgrep: the rest was done, but not all that was asked (a folder not there, a
        // file or folder that could not be read).
        Status::Error
    } else {
        Status::Success
    })
}

/// Runs `newsdex watch`: one pass, then a pass for every batch of changes until Ctrl-C.
///
/// The watcher starts before the first pass, so a change made while it runs is seen by the
/// first batch. A watched file is followed through its folder: an editor that saves by
/// writing a new file and renaming it over the old one replaces what a watch on the file
/// itself would follow. A watched folder that disappears (an unplugged drive) is watched
/// again, and re-scanned, when it comes back.
pub fn watch(index_dir: &Path, args: &WatchArgs) -> Result<Status> {
    let opts = options(index_dir, &args.ingest);
    let (roots, _) = ingest::roots_to_scan(&opts)?;
    let stop = opts.stop.clone().expect("options always carry a stop flag");

    // File events, less reads: scanning a folder opens its files, and those opens must not
    // start the next pass.
    let (tx, rx) = std::sync::mpsc::channel::<notify::Result<notify::Event>>();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if !matches!(&event, Ok(e) if e.kind.is_access()) {
            let _ = tx.send(event);
        }
    })
    .context("starting the file watcher")?;
    // What each root is watched through, while it exists.
    let mut watched: Vec<Option<PathBuf>> = Vec::with_capacity(roots.len());
    for (given, canonical) in &roots {
        let target = match canonical.exists() {
            true => Some(
                watch_root(&mut watcher, canonical)
                    .with_context(|| format!("watching {}", given.display()))?,
            ),
            false => None,
        };
        watched.push(target);
    }

    let mut ingester = Ingester::open(&opts)?;
    let first = ingester.pass(&roots)?;
    ingest::report(&first);
    if first.failed.is_some() {
        return Ok(Status::Error);
    }
    if first.interrupted {
        return Ok(Status::Interrupted);
    }
    ingester.store_derived();
    ingester.keep_changes();
    let index_dir = std::fs::canonicalize(ingester.index_dir()).unwrap_or_else(|_| index_dir.to_path_buf());
    let quiet_for = Duration::from_millis(args.debounce_ms);
    note!(
        "newsdex: watching {} {} for changes; Ctrl-C to stop",
        roots.len(),
        crate::search::render::plural(roots.len(), "folder", "folders")
    );
    // A folder that never rests for the debounce time (a wire feed writing a file every
    // few hundred milliseconds) is still indexed this long after its first change.
    let longest_wait = quiet_for * 10;
    while !stop.load(Ordering::Relaxed) {
        // Wait for a change, then until changes stop for the debounce time (a file copied
        // in parts, a folder unpacked): one pass per batch.
        let mut changed: Vec<PathBuf> = Vec::new();
        let mut first_change: Option<Instant> = None;
        // Until when to wait for more: 200 ms at first, then the debounce time after each
        // change; waited in slices, so that a stop is seen at once.
        let mut quiet_until = Instant::now() + Duration::from_millis(200);
        while !stop.load(Ordering::Relaxed) && first_change.is_none_or(|at| at.elapsed() < longest_wait) {
            let left = quiet_until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            match rx.recv_timeout(left.min(Duration::from_millis(200))) {
                Ok(Ok(event)) => {
                    // The index's own files change on every commit: never react to them.
                    changed.extend(event.paths.into_iter().filter(|p| !p.starts_with(&index_dir)));
                    if !changed.is_empty() {
                        quiet_until = Instant::now() + quiet_for;
                        first_change.get_or_insert_with(Instant::now);
                    }
                }
                Ok(Err(err)) => warn!("file watcher: {err}"),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => {
                    stop.store(true, Ordering::Relaxed);
                }
            }
        }
        // A folder gone is no longer watched; one back is watched again and scanned.
        for ((given, canonical), target) in roots.iter().zip(watched.iter_mut()) {
            match (target.take(), canonical.exists()) {
                (Some(gone), false) => {
                    let _ = watcher.unwatch(&gone);
                }
                (None, true) => match watch_root(&mut watcher, canonical) {
                    Ok(through) => {
                        *target = Some(through);
                        changed.push(canonical.clone());
                    }
                    Err(err) => warn!("cannot watch {} again: {err}", given.display()),
                },
                (kept, _) => *target = kept,
            }
        }
        let touched: Vec<(PathBuf, PathBuf)> =
            roots.iter().filter(|(_, c)| changed.iter().any(|p| p.starts_with(c))).cloned().collect();
        if touched.is_empty() {
            continue;
        }
        // Stopped with changes seen and not yet indexed: index them before going, as the
        // last words promise. The stop is lowered for that pass, so that a second Ctrl-C
        // stops it after the batch in hand, committed.
        let last = stop.swap(false, Ordering::SeqCst);
        if last {
            note!(
                "newsdex: indexing the changes seen before the stop (Ctrl-C again stops after the batch in hand)"
            );
        }
        let summary = ingester.pass(&touched)?;
        let now = chrono::Local::now().format("%H:%M:%S");
        if let Some(failed) = &summary.failed {
            // The watch cannot go on writing: said whatever --quiet says, summary last.
            crate::messages::to_stderr(format_args!("newsdex: {}", crate::messages::printable(failed)));
            note!("newsdex: {now} {}", summary.line());
            return Ok(Status::Error);
        }
        // What came in, by name; a pass that changed nothing (a folder made, a file
        // touched or saved unchanged) says nothing.
        let changes = ingester.take_changes();
        let nothing_new = summary.skipped_total() == 0 && summary.warnings == 0 && !summary.interrupted;
        if !(changes.is_empty() && nothing_new) {
            for line in changes.iter().take(CHANGES_TOLD) {
                note!("newsdex: {now} {}", change_told(line));
            }
            if changes.len() > CHANGES_TOLD {
                note!("newsdex: {now} and {} more", changes.len() - CHANGES_TOLD);
            }
            note!("newsdex: {now} {}", summary.line());
        }
        if summary.interrupted {
            return Ok(Status::Interrupted);
        }
        ingester.store_derived();
        if last {
            break;
        }
    }
    ingester.finish()?;
    note!("newsdex: stopped; everything seen is committed");
    Ok(Status::Success)
}

/// The most files `watch` names after a pass (then counts the rest).
const CHANGES_TOLD: usize = 10;

/// A file `watch` saw change, as told: `added wire/a.txt (1 article)`.
fn change_told(line: &ingest::report::Line) -> String {
    use ingest::report::Outcome;
    let what = match line.outcome {
        Outcome::Added => "added",
        Outcome::Updated => "updated",
        Outcome::Moved => "moved",
        Outcome::Removed => "removed",
        _ => "read",
    };
    let mut told = format!("{what} {}", line.path);
    if let Some(from) = &line.from {
        told.push_str(&format!(" (from {from})"));
    }
    if let Some(n) = line.articles.filter(|_| line.outcome != Outcome::Removed) {
        told.push_str(&format!(" ({n} {})", crate::search::render::plural(n, "article", "articles")));
    }
    told
}

/// Watches a root: a folder whole, a file through its folder (see [`watch`]). Returns
/// the path watched, to unwatch it should the root go.
fn watch_root(watcher: &mut impl Watcher, root: &Path) -> notify::Result<PathBuf> {
    let (target, mode) = match root.parent() {
        Some(folder) if root.is_file() => (folder, RecursiveMode::NonRecursive),
        _ => (root, RecursiveMode::Recursive),
    };
    watcher.watch(target, mode)?;
    Ok(target.to_path_buf())
}

/// Runs `newsdex forget`: removes what was indexed from each folder or file given, and the
/// folder from those `ingest` with no folder re-scans. For a folder renamed (ingest the new
/// name, forget the old) or no longer wanted; the files themselves are not touched.
pub fn forget(index_dir: &Path, args: &ForgetArgs) -> Result<Status> {
    let news = crate::index::NewsIndex::open(index_dir)?;
    let mut writer = news.writer(64 << 20, 1)?;
    let searcher = news.reader()?.searcher();
    let manifest = crate::index::manifest::load(&searcher, &news.fields)?;
    let mut payload = news.payload()?;
    let mut forgotten = 0;
    for path in &args.paths {
        // A folder renamed away no longer exists: name it as it was ingested.
        let prefix = crate::search::query::folder_source(path);
        let under = |source: &str| crate::index::manifest::is_under(source, &prefix);
        let files: Vec<&String> = manifest.keys().filter(|s| under(s)).collect();
        let known = payload.roots.iter().any(|r| under(&r.path));
        // A folder forgotten before and since gone (renamed, deleted) is still passed over
        // by name: forgetting it again clears that.
        let passed_over = payload.forgotten.iter().any(|f| under(f));
        if files.is_empty() && !known && passed_over && std::fs::symlink_metadata(path).is_ok() {
            // Still there: forgetting it again keeps it forgotten (a script run twice).
            note!(
                "newsdex: {}: forgotten already; ingests pass it over (`newsdex ingest {}` takes it back)",
                path.display(),
                path.display()
            );
            continue;
        }
        if files.is_empty() && !known && passed_over {
            payload.forgotten.retain(|f| !under(f));
            note!(
                "newsdex: {}: no longer passed over (nothing in the index came from there)",
                path.display()
            );
            continue;
        }
        if files.is_empty() && !known {
            // One article of a file of many (`wire.jsonl#2`), a uid, a web address: forget
            // takes files and folders, and says how to take one article out.
            let text = path.to_string_lossy();
            let in_a_file = text
                .rsplit_once('#')
                .is_some_and(|(file, _)| !file.is_empty() && std::path::Path::new(file).is_file());
            let uid = crate::index::schema::looks_like_a_uid(&text);
            if in_a_file || uid || text.starts_with("http://") || text.starts_with("https://") {
                anyhow::bail!(
                    "{text}: forget takes folders and files, not one article of a file of many; to take one out, \
                     delete it from its file (the line of a JSON Lines file, the e-mail of a mailbox, the record \
                     of an SGML collection) and run `newsdex ingest` (then `newsdex purge` takes its text out of \
                     the index's files), or forget the whole file"
                );
            }
            anyhow::bail!(
                "{}: nothing in the index comes from there (`newsdex stats` lists the folders ingested)",
                path.display()
            );
        }
        for source in &files {
            writer.delete_term(tantivy::Term::from_field_text(news.fields.source, source));
        }
        // Folders ingested on their own inside it go with it: named, not silently.
        let inside: Vec<&str> = payload
            .roots
            .iter()
            .filter(|r| under(&r.path) && r.path != prefix)
            .map(|r| r.path.as_str())
            .collect();
        if !inside.is_empty() {
            note!(
                "newsdex: {}: the {} inside it, ingested on {} own, {} forgotten with it: {}",
                path.display(),
                crate::search::render::plural(inside.len(), "folder", "folders"),
                crate::search::render::plural(inside.len(), "its", "their"),
                crate::search::render::plural(inside.len(), "is", "are"),
                crate::search::render::first_of(&inside, 5)
            );
        }
        payload.roots.retain(|r| !under(&r.path));
        let plural = if files.len() == 1 { "" } else { "s" };
        // Files skipped before (empty, binary) had no articles: say how many, as the
        // summary of an ingest does.
        let skipped = files.iter().filter(|s| manifest.get(s.as_str()).is_some_and(|f| f.skipped)).count();
        let of_them = match skipped {
            0 => String::new(),
            n => format!(" ({n} of them skipped before, without articles)"),
        };
        note!("newsdex: {}: forgot {} file{plural}{of_them}", path.display(), files.len());
        // Inside a folder still ingested: its next ingest must not bring them back.
        if let Some(parent) =
            payload.roots.iter().find(|r| crate::index::manifest::is_under(&prefix, &r.path))
        {
            note!(
                "newsdex: ingests of {} pass it over from now on (`newsdex ingest {}` takes it back)",
                parent.path,
                path.display()
            );
            payload.forgotten.retain(|f| !under(f));
            payload.forgotten.push(prefix.clone());
        }
        forgotten += files.len();
    }
    news.commit(&mut writer, &payload)?;
    writer.wait_merging_threads().context("finishing index merges")?;
    news.store_derived();
    note!(
        "newsdex: {forgotten} {} forgotten in all; their articles are no longer searched, and their text \
         leaves the index's files at the next `newsdex purge`",
        crate::search::render::plural(forgotten, "file", "files")
    );
    Ok(Status::Success)
}
