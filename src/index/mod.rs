//! The on-disk index: the only module that knows where and how it is stored.
//!
//! An index folder is a tantivy index. Each commit carries a JSON payload ([`Payload`])
//! with the newsdex schema version and the folders ingested so far, so the manifest
//! (file records, see [`schema`]) and the articles are always committed together: a
//! crash leaves the last commit whole.

pub mod caps;
pub mod cjk;
pub mod derived;
pub mod directory;
pub mod fold;
pub mod manifest;
pub mod purge;
pub mod schema;
pub mod spellings;
pub mod stored;
pub mod words;
pub mod written;

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};
use tantivy::directory::error::LockError;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, TantivyError};

use directory::IndexFolder;
pub use schema::{Fields, FileState, SCHEMA_VERSION};

/// What newsdex records in every commit.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Payload {
    /// The schema version the index was written with.
    pub newsdex_schema: u32,
    /// Folders (or files) ingested into this index, with when they were last ingested.
    #[serde(default)]
    pub roots: Vec<Root>,
    /// Folders and files `forget` took out of folders still ingested: later ingests of
    /// those folders pass them over, until they are ingested by name again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forgotten: Vec<String>,
    /// Files whose articles in capitals were not written yet when this commit was made
    /// (see `ingest::Capitals`): the next ingest reads them again, whatever their records
    /// say. Kept here rather than as a placeholder record replaced later, because a record
    /// deleted stays in the index's word statistics until merged away, and how it is
    /// merged depends on the number of threads: scores differed between `-j 1` and `-j 2`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pending: Vec<String>,
}

/// A folder ingested into the index.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Root {
    /// Absolute path.
    pub path: String,
    /// RFC 3339 time of the last ingest that covered it.
    pub last_ingest: String,
    /// The index keeps a copy of the text of every article under it (`ingest --keep-text`,
    /// kept by later ingests and rebuilds of the folder until it is forgotten).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub keeps_text: bool,
    /// Symbolic links under it are followed (`ingest --follow-links`, kept by later ingests
    /// and rebuilds of the folder until it is forgotten): a re-scan without the flag must not take
    /// the linked articles for deleted.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub follows_links: bool,
    /// Patterns of files and folders left out under it (`ingest --exclude`, in
    /// `.gitignore` syntax, kept by later ingests and rebuilds of the folder until it is
    /// forgotten): for a folder no `.newsdexignore` can be written into.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excludes: Vec<String>,
    /// What `.gitignore` files name under it is ingested too (`ingest --no-gitignore`,
    /// kept by later ingests and rebuilds of the folder until it is forgotten).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_gitignore: bool,
    /// The file system it was on at its last ingest (Unix's device number): a folder found
    /// empty on another one is a drive's mount point with the drive not mounted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<u64>,
    /// Its last ingest has not finished: it is running, or it was stopped part way (Ctrl-C,
    /// killed, a crash) after a commit, and the files it had not read yet are missing until
    /// the next ingest finishes the job.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unfinished: bool,
}

impl Root {
    /// What the folder was ingested with, as the flags that asked for it (`--keep-text,
    /// --exclude 'codes/'`); `None` when nothing.
    pub fn settings(&self) -> Option<String> {
        let mut flags: Vec<String> = Vec::new();
        if self.keeps_text {
            flags.push("--keep-text".into());
        }
        if self.follows_links {
            flags.push("--follow-links".into());
        }
        if self.no_gitignore {
            flags.push("--no-gitignore".into());
        }
        flags.extend(self.excludes.iter().map(|p| format!("--exclude '{p}'")));
        (!flags.is_empty()).then(|| flags.join(", "))
    }
}

/// The file system `path` is on (Unix's device number), where the platform tells.
pub fn device_of(path: &std::path::Path) -> Option<u64> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(path).ok().map(|m| m.dev())
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// An opened newsdex index.
pub struct NewsIndex {
    /// The tantivy index, with the newsdex tokenizer registered.
    pub index: Index,
    /// Handles to the schema's fields.
    pub fields: Fields,
    /// The folder it lives in.
    pub dir: PathBuf,
    /// Bytes of files left over from an interrupted write (an ingest killed, or stopped by
    /// a full disk) that the last writer taken ([`NewsIndex::writer`]) removed.
    leftovers_removed: std::sync::atomic::AtomicU64,
}

/// The index folder used when neither `--index` nor `NEWSDEX_INDEX` is given.
pub fn default_dir() -> PathBuf {
    dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join("newsdex").join("index")
}

impl NewsIndex {
    /// Opens an existing index for reading; a missing one is an error that says what to do.
    pub fn open(dir: &Path) -> Result<NewsIndex> {
        if dir.is_file() {
            bail!("{} is a file, not an index folder: point --index at a folder", dir.display());
        }
        if !dir.join("meta.json").exists() {
            if has_segment_files(dir) {
                bail!(
                    "no usable index at {}: its segments are there but not their list, meta.json (a first \
                     ingest stopped before its first commit, or the file lost): run `newsdex ingest FOLDER` \
                     to build it again",
                    dir.display()
                );
            }
            bail!(
                "no index at {}: run `newsdex ingest FOLDER` first (or point --index / NEWSDEX_INDEX at one)",
                dir.display()
            );
        }
        let index = IndexFolder::open(dir)
            .map_err(TantivyError::from)
            .and_then(Index::open)
            .map_err(|err| unreadable(dir, err))?;
        Self::wrap(index, dir)
    }

    /// Opens the index, creating the folder and an empty index when there is none.
    pub fn open_or_create(dir: &Path) -> Result<NewsIndex> {
        if dir.join("meta.json").exists() {
            return Self::open(dir);
        }
        if dir.is_file() {
            bail!("{} is a file, not an index folder: point --index at a folder", dir.display());
        }
        std::fs::create_dir_all(dir).with_context(|| format!("creating index folder {}", dir.display()))?;
        // Created under a lock on the folder: a second ingest started at the same moment
        // waits here, then finds the index made (and its writer busy) instead of a folder
        // of files it did not know.
        let creating = std::fs::File::open(dir).ok().filter(|folder| folder.lock().is_ok());
        if dir.join("meta.json").exists() {
            drop(creating);
            return Self::open(dir);
        }
        let mut leftovers = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            if !entry.file_type()?.is_file() || !is_creation_leftover(&entry.file_name().to_string_lossy()) {
                bail!(
                    "{} exists and is not a newsdex index: refusing to write an index into it",
                    dir.display()
                );
            }
            leftovers.push(entry.path());
        }
        // What a creation killed before its first commit left (tantivy's list of its
        // files, a temporary file): no index yet, and nothing of anyone else's.
        for path in leftovers {
            std::fs::remove_file(&path).with_context(|| format!("removing {}", path.display()))?;
        }
        let (schema, _) = schema::build();
        let index = Index::builder()
            .schema(schema)
            .settings(index_settings())
            .open_or_create(IndexFolder::open(dir).map_err(TantivyError::from)?)
            .with_context(|| format!("creating index at {}", dir.display()))?;
        Self::wrap(index, dir)
    }

    /// Opens the index in `dir` for `ingest --rebuild`. A readable index of this version is
    /// opened as it is: the rebuild empties it inside the writer's lock and commits once, at
    /// its end, so searches see the old articles until then and an interrupted rebuild leaves
    /// them. An index of another version, or one that cannot be opened or read (damaged), is
    /// deleted and created again, unless another process is writing it; what it recorded
    /// (read from its list of commits, which outlives a damaged segment) is returned: its
    /// forgotten folders stay forgotten, and its folders keep what they were ingested with.
    pub fn open_for_rebuild(dir: &Path) -> Result<(NewsIndex, Option<Payload>)> {
        // A damaged one (a segment file missing or cut short) is no use either.
        let opened = Self::open_or_create(dir).and_then(|news| news.reader().map(|_| news));
        match opened {
            Ok(news) => Ok((news, None)),
            Err(_) if dir.join("meta.json").exists() => {
                refuse_while_written(dir)?;
                let recorded = recorded_payload(dir).unwrap_or_default();
                std::fs::remove_dir_all(dir)
                    .with_context(|| format!("removing old index at {}", dir.display()))?;
                Ok((Self::open_or_create(dir)?, Some(recorded)))
            }
            Err(err) => Err(err),
        }
    }

    fn wrap(index: Index, dir: &Path) -> Result<NewsIndex> {
        let (expected, fields) = schema::build();
        let payload = read_payload(&index)?;
        let committed = !index.searchable_segment_ids()?.is_empty() || payload.is_some();
        let version = payload.as_ref().map(|p| p.newsdex_schema);
        if let Some(newer) = version.filter(|&v| committed && v > SCHEMA_VERSION) {
            bail!(
                "the index at {} was written by a newer newsdex (index schema {newer}; this newsdex {} reads \
                 schema {SCHEMA_VERSION}): use that newsdex, or upgrade this one. (`newsdex ingest --rebuild` \
                 here would rebuild it for this older version, and the newer one would have to rebuild it again.)",
                dir.display(),
                env!("CARGO_PKG_VERSION"),
            );
        }
        if committed && (version != Some(SCHEMA_VERSION) || index.schema() != expected) {
            bail!(
                "the index at {} was written by an incompatible newsdex version (schema {}, this newsdex uses {}): \
                 run `newsdex ingest --rebuild FOLDER...` to rebuild it",
                dir.display(),
                version.map_or_else(|| "unknown".to_string(), |v| v.to_string()),
                SCHEMA_VERSION
            );
        }
        index.tokenizers().register(schema::TOKENIZER, schema::analyzer());
        index.tokenizers().register(schema::MARKS_TOKENIZER, schema::marks_analyzer());
        index.tokenizers().register(schema::CAPS_TOKENIZER, schema::caps_analyzer());
        index.tokenizers().register(schema::WRITTEN_TOKENIZER, schema::written_analyzer(false));
        Ok(NewsIndex { index, fields, dir: dir.to_path_buf(), leftovers_removed: Default::default() })
    }

    /// A reader that sees the last commit.
    pub fn reader(&self) -> Result<IndexReader> {
        self.reader_reloading(ReloadPolicy::Manual)
    }

    /// A reader that sees the last commit, and then the next ones as `policy` says.
    pub fn reader_reloading(&self, policy: ReloadPolicy) -> Result<IndexReader> {
        self.index.reader_builder().reload_policy(policy).try_into().map_err(|err| unreadable(&self.dir, err))
    }

    /// The payload of the last commit (empty for a new index).
    pub fn payload(&self) -> Result<Payload> {
        Ok(read_payload(&self.index)?
            .unwrap_or(Payload { newsdex_schema: SCHEMA_VERSION, ..Default::default() }))
    }

    /// Takes the index's single writer lock. A second writer gets a clear error naming the
    /// process that holds it; the lock dies with its process, so a killed ingest never
    /// blocks the next one.
    pub fn writer(&self, memory_bytes: usize, threads: usize) -> Result<IndexWriter<TantivyDocument>> {
        let pid_file = self.dir.join("newsdex-writer.pid");
        match self.index.writer_with_num_threads(threads, memory_bytes) {
            Ok(writer) => {
                // Best effort: the pid only makes the message below more useful.
                let _ = std::fs::write(&pid_file, std::process::id().to_string());
                // A writer killed during its commit leaves files no commit lists (a segment's
                // `<segment>.<opstamp>.del`, new segments), which tantivy collects only after
                // its next commit. A commit that writes a file of the same name first (the
                // same deletes again, at the same opstamp: a `forget` run again) failed on
                // it every time: they are removed before anything is written. Best effort,
                // as tantivy's own collection. What went is measured, for `purge` and
                // `ingest` to say.
                let before = disk_use(&self.index, &self.dir).leftover;
                let _ = writer.garbage_collect_files().wait();
                let removed = before.saturating_sub(disk_use(&self.index, &self.dir).leftover);
                self.leftovers_removed.store(removed, std::sync::atomic::Ordering::Relaxed);
                Ok(writer)
            }
            Err(TantivyError::LockFailure(LockError::LockBusy, _)) => Err(being_updated(&self.dir)),
            Err(TantivyError::LockFailure(LockError::IoError(err), _)) => {
                Err(anyhow::anyhow!("cannot write the index at {}: {err}", self.dir.display()))
            }
            // Under a memory limit (`ulimit -v`) the system refuses the writer's threads
            // their stacks: EAGAIN, as often as the allocator's own refusal, which says
            // what to try (see main.rs); so does this.
            Err(TantivyError::IoError(err))
                if matches!(err.raw_os_error(), Some(11 | 12))
                    || err.kind() == std::io::ErrorKind::OutOfMemory =>
            {
                Err(writer_threads_refused(&self.dir, &err))
            }
            // The same refusal met by tantivy's thread pools, which keep only their own words
            // ("Failed to spawn segment merging thread").
            Err(TantivyError::SystemError(err)) if err.starts_with("Failed to spawn") => {
                Err(writer_threads_refused(&self.dir, &err))
            }
            Err(err) => Err(err).with_context(|| format!("opening index writer at {}", self.dir.display())),
        }
    }

    /// Bytes of files left over from an interrupted write that the last writer taken
    /// removed (0 when none were there).
    pub fn leftovers_removed(&self) -> u64 {
        self.leftovers_removed.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The index's writer ([`NewsIndex::writer`]); with `wait`, once the process writing
    /// the index (another ingest, a `watch`, a `purge`) lets it go, checking twice a second
    /// and saying once that `command` ("ingest", "purge") waits. `stop` (Ctrl-C) ends the
    /// wait.
    pub fn writer_when_free(
        &self,
        memory_bytes: usize,
        threads: usize,
        (command, wait): (&str, bool),
        stop: Option<&std::sync::atomic::AtomicBool>,
    ) -> Result<IndexWriter<TantivyDocument>> {
        let mut told = false;
        loop {
            match self.writer(memory_bytes, threads) {
                Err(err) if wait && err.is::<BeingUpdated>() => {
                    if !told {
                        let waiting = err.downcast_ref::<BeingUpdated>().map(|busy| busy.waiting(command));
                        crate::note!("newsdex: {}", waiting.unwrap_or_else(|| format!("waiting: {err:#}")));
                        told = true;
                    }
                    if stop.is_some_and(|stop| stop.load(std::sync::atomic::Ordering::SeqCst)) {
                        return Err(crate::exit::Stopped(
                            "stopped while waiting for the other process writing the index",
                        )
                        .into());
                    }
                    std::thread::sleep(std::time::Duration::from_millis(500));
                }
                other => return other,
            }
        }
    }

    /// Commits what `writer` holds, with `payload` (the known folders) stored in the commit,
    /// so the articles and the record of where they came from change together.
    pub fn commit(&self, writer: &mut IndexWriter<TantivyDocument>, payload: &Payload) -> Result<()> {
        let mut prepared = writer.prepare_commit().context("preparing commit")?;
        prepared.set_payload(&serde_json::to_string(payload)?);
        prepared.commit().context("committing index")?;
        Ok(())
    }

    /// Stores beside the index what queries would otherwise compute from its articles each
    /// time (the rows of `newsdex orgs`, see [`derived`]), from its last commit, unless what
    /// is stored was computed from that: for a command that wrote the index, once its
    /// commits and merges are done. Best effort: an index without it is read as well, only
    /// slower, so a failure is said and the command goes on.
    pub fn store_derived(&self) {
        let stored = self
            .reader()
            .and_then(|reader| crate::search::org_rows::OrgRows::store(&reader.searcher(), &self.dir));
        if let Err(err) = stored {
            crate::note!(
                "newsdex: could not store the organization rows in {}: {err:#} (searches compute them \
                 each time until the next ingest)",
                self.dir.join(crate::search::org_rows::STORED).display()
            );
        }
    }
}

/// The error for an index in `dir` that tantivy could not open: for a damaged one (a file
/// missing, cut short or garbled, as a full disk or a copy made during a commit leave
/// it), which file and what to do, instead of tantivy's debug dump.
fn unreadable(dir: &Path, err: TantivyError) -> anyhow::Error {
    use tantivy::directory::error::OpenReadError;
    let name = |path: &Path| {
        path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
    };
    let cause = match &err {
        TantivyError::OpenReadError(OpenReadError::FileDoesNotExist(path)) => {
            format!("its file {} is missing", name(path))
        }
        TantivyError::OpenReadError(OpenReadError::IoError { io_error, filepath }) => {
            if io_error.kind() == std::io::ErrorKind::PermissionDenied {
                return anyhow::anyhow!("cannot read {}: {io_error}", dir.join(filepath).display());
            }
            format!("its file {} is cut short or garbled", name(filepath))
        }
        TantivyError::DataCorruption(corruption) => {
            // Its fields are private; its Debug form reads "Data corruption (in file `"x"`): …".
            let text = format!("{corruption:?}");
            match text.split_once("(in file `\"").and_then(|(_, rest)| rest.split_once("\"`")) {
                Some((file, _)) => format!("its file {} is garbled", name(Path::new(file))),
                None => text.trim_end_matches('.').to_lowercase(),
            }
        }
        _ => return anyhow::Error::new(err).context(format!("opening the index at {}", dir.display())),
    };
    damaged(dir, &cause)
}

fn damaged(dir: &Path, cause: &str) -> anyhow::Error {
    anyhow::anyhow!(
        "the index at {} is damaged ({cause}): rebuild it with `newsdex ingest --rebuild` \
         (name the folders if it cannot list them)",
        dir.display()
    )
}

/// The files of `index` whose checksums fail, sorted: a garbled segment file. `None` when
/// the check could not run.
fn garbled_files(index: &Index) -> Option<Vec<String>> {
    let mut names: Vec<String> =
        index.validate_checksum().ok()?.iter().map(|f| f.display().to_string()).collect();
    names.sort();
    Some(names)
}

/// The files every segment is written with (its deletes apart).
const SEGMENT_COMPONENTS: [&str; 6] = ["idx", "pos", "term", "store", "fast", "fieldnorm"];

/// The files of the committed segments of `index` (in `dir`) that are not there, sorted:
/// tantivy reads some only when a search needs them, and then reports a field it cannot
/// open, not the file.
fn missing_files(index: &Index, dir: &Path) -> Option<Vec<String>> {
    let mut names: Vec<String> = index
        .searchable_segment_metas()
        .ok()?
        .iter()
        .flat_map(|meta| SEGMENT_COMPONENTS.map(|ext| format!("{}.{ext}", meta.id().uuid_string())))
        .filter(|name| !dir.join(name).exists())
        .collect();
    names.sort();
    Some(names)
}

/// The index in `dir` damaged, naming its missing or garbled files, when it is so (this
/// reads the whole index).
pub fn damage(dir: &Path) -> Option<anyhow::Error> {
    let files = |names: &[String], state: &str| match names {
        [] => None,
        [name] => Some(format!("its file {name} is {state}")),
        names => Some(format!("its files {} are {state}", names.join(", "))),
    };
    let index = IndexFolder::open(dir).map_err(TantivyError::from).and_then(Index::open).ok()?;
    let cause = files(&missing_files(&index, dir).unwrap_or_default(), "missing")
        .or_else(|| files(&garbled_files(&index).unwrap_or_default(), "garbled"))?;
    Some(damaged(dir, &cause))
}

/// `err`, met while reading the index in `dir`, as the index damaged when its checksums
/// say so ("Unknown frame descriptor" from a garbled store), naming the files; otherwise
/// `err` as it is. Only tantivy's errors are checked: newsdex's own (a damaged index found
/// on opening, a bad query, a file of the user's that cannot be read) say what they are.
pub fn explain_damage(dir: &Path, err: anyhow::Error) -> anyhow::Error {
    match err.chain().any(|cause| cause.is::<TantivyError>()) {
        true => damage(dir).unwrap_or(err),
        false => err,
    }
}

/// The error to give when reading the index in `dir` panicked: tantivy trusts the bytes of
/// its files and panics on some garbled ones ("mid > len") rather than returning an error.
/// The files whose checksums fail are named, as for a damaged index found on opening;
/// when every file checks out, it is an internal error, with the panic's message.
pub fn after_a_panic(dir: &Path, panic: &(dyn std::any::Any + Send)) -> anyhow::Error {
    damage(dir).unwrap_or_else(|| panic_error(dir, panic))
}

/// A panic, with its message, as an internal error: the index's files checked out.
pub fn panic_error(dir: &Path, panic: &(dyn std::any::Any + Send)) -> anyhow::Error {
    let what = panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".to_string());
    anyhow::anyhow!(
        "internal error ({what}) with the index at {}; if `newsdex ingest --rebuild` does not mend it, \
         please report it",
        dir.display()
    )
}

/// Whether another process holds the index's writer lock (an ingest, `watch` or `forget`
/// at work): what it has not committed is not seen yet.
pub fn being_written(dir: &Path) -> bool {
    let Ok(lock) = std::fs::File::open(dir.join(".tantivy-writer.lock")) else { return false };
    match lock.try_lock_shared() {
        Ok(()) => {
            let _ = lock.unlock();
            false
        }
        Err(err) => matches!(err, std::fs::TryLockError::WouldBlock),
    }
}

/// Another process holds the writer lock of the index (see [`being_updated`]).
#[derive(Debug)]
pub struct BeingUpdated {
    /// "index at DIR is being updated by another newsdex process (pid N)".
    what: String,
}

impl BeingUpdated {
    /// What `ingest --wait` (`command`: "ingest") or `purge --wait` says while it waits.
    pub fn waiting(&self, command: &str) -> String {
        format!("waiting: the {}; the {command} starts when it is done (Ctrl-C stops waiting)", self.what)
    }
}

impl std::fmt::Display for BeingUpdated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} (an ingest or a purge, or a `watch` until it is stopped); try again when it is done, or \
             give ingest or purge --wait to wait for it",
            self.what
        )
    }
}

impl std::error::Error for BeingUpdated {}

/// The error for an index another process holds the writer lock of, naming that process.
fn being_updated(dir: &Path) -> anyhow::Error {
    let holder = std::fs::read_to_string(dir.join("newsdex-writer.pid"))
        .ok()
        .map(|pid| format!(" (pid {})", pid.trim()))
        .unwrap_or_default();
    let what = format!("index at {} is being updated by another newsdex process{holder}", dir.display());
    anyhow::Error::new(BeingUpdated { what })
}

/// Fails when a process holds the writer lock of the index in `dir` (tantivy's lock file,
/// an advisory lock that dies with its process), for an index that cannot be opened to
/// take the lock the usual way.
/// Whether a file name is one tantivy writes into an index folder before its first commit
/// (`meta.json` ends it): its list of files, a temporary file of an atomic write, a lock, a
/// segment file (32 hex digits and an extension); or what newsdex stored beside a commit
/// whose `meta.json` was lost since ([`derived`]).
fn is_creation_leftover(name: &str) -> bool {
    name == ".managed.json"
        || name == "newsdex-writer.pid"
        || name == crate::search::org_rows::STORED
        || name.starts_with(".tmp")
        || (name.starts_with(".tantivy-") && name.ends_with(".lock"))
        || is_segment_file(name)
}

/// A file of one of tantivy's segments: `<32 hex digits>.<component>`.
fn is_segment_file(name: &str) -> bool {
    name.split_once('.')
        .is_some_and(|(stem, _)| stem.len() == 32 && stem.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn has_segment_files(dir: &Path) -> bool {
    std::fs::read_dir(dir)
        .map(|entries| entries.flatten().any(|e| is_segment_file(&e.file_name().to_string_lossy())))
        .unwrap_or(false)
}

fn refuse_while_written(dir: &Path) -> Result<()> {
    let Ok(file) = std::fs::File::open(dir.join(".tantivy-writer.lock")) else { return Ok(()) };
    match file.try_lock() {
        Err(std::fs::TryLockError::WouldBlock) => Err(being_updated(dir)),
        _ => Ok(()),
    }
}

fn read_payload(index: &Index) -> Result<Option<Payload>> {
    let metas = index.load_metas()?;
    match metas.payload {
        None => Ok(None),
        Some(text) => match serde_json::from_str(&text) {
            Ok(payload) => Ok(Some(payload)),
            // Written by something else (or a future layout): treat as unknown version.
            Err(_) => Ok(Some(Payload { newsdex_schema: 0, ..Default::default() })),
        },
    }
}

/// The payload recorded in the index at `dir`, read without the schema check and without
/// its articles (so that `ingest --rebuild` can find the folders and what was forgotten in
/// an index written by another version, or damaged). `None` when there is no index or its
/// list of commits cannot be read.
fn recorded_payload(dir: &Path) -> Option<Payload> {
    if !dir.join("meta.json").exists() {
        return None;
    }
    Index::open_in_dir(dir).ok().and_then(|index| read_payload(&index).ok().flatten())
}

/// The folders recorded in the index at `dir` (see [`recorded_payload`]). Empty when there
/// is no index.
pub fn recorded_roots(dir: &Path) -> Vec<Root> {
    recorded_payload(dir).map(|payload| payload.roots).unwrap_or_default()
}

/// Where the bytes of an index folder go.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DiskUse {
    /// The files of the committed segments, and the index's own (its list of segments, its
    /// list of files, locks): what the index is.
    pub used: u64,
    /// Segment files no commit lists, and temporary files: what an ingest, purge or merge
    /// wrote and did not commit (it is at work, or it was killed or stopped by a full disk).
    /// The next writer removes them.
    pub leftover: u64,
}

/// Where the bytes of the index in `dir` go (see [`DiskUse`]), by its last commit as
/// `meta.json` has it now. When that cannot be read, every byte counts as used.
pub fn disk_use(index: &Index, dir: &Path) -> DiskUse {
    let committed = index.load_metas().map(|metas| metas.list_segment_files()).ok();
    let mut total = DiskUse::default();
    for entry in walkdir::WalkDir::new(dir).into_iter().filter_map(|e| e.ok()) {
        let Some(size) = entry.metadata().ok().filter(|m| m.is_file()).map(|m| m.len()) else { continue };
        let name = entry.file_name().to_string_lossy();
        let top = entry.depth() == 1;
        let stray = top
            && committed.as_ref().is_some_and(|files| {
                (is_segment_file(&name) && !files.contains(Path::new(&*name))) || name.starts_with(".tmp")
            });
        match stray {
            true => total.leftover += size,
            false => total.used += size,
        }
    }
    total
}

/// Deletes the files [`disk_use`] counts as left over in the index in `dir`, when no writer
/// holds the index (its writer's lock is taken for the while): for a writer that failed
/// and could not be rolled back, whose lock went with it. Best effort.
pub fn remove_leftovers(index: &Index, dir: &Path) {
    let Ok(lock) = std::fs::File::open(dir.join(".tantivy-writer.lock")) else { return };
    if lock.try_lock().is_err() {
        return;
    }
    let Ok(committed) = index.load_metas().map(|metas| metas.list_segment_files()) else { return };
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if (is_segment_file(&name) && !committed.contains(Path::new(&name))) || name.starts_with(".tmp") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Why the index writer failed, as far as its errors tell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteFailure {
    /// The disk (or the user's quota on it) is full.
    DiskFull(String),
    /// Memory ran out: the system, or a limit on the process (`ulimit -v`), refused it.
    NoMemory(String),
    /// The folder or its file system cannot be written (permissions, read-only).
    NotWritable(String),
    /// Another error of the file system (a failing disk): its words.
    Io(String),
    /// The writer's threads stopped and said no more than that.
    Unknown(String),
}

/// What made `err`, met while writing the index, fail: the first error of the operating
/// system in its causes, however tantivy wrapped it.
pub fn write_failure(err: &anyhow::Error) -> WriteFailure {
    use tantivy::directory::error::OpenWriteError;
    let mut io: Option<&std::io::Error> = None;
    for cause in err.chain() {
        io = io.or_else(|| cause.downcast_ref::<std::io::Error>()).or_else(|| {
            match cause.downcast_ref::<TantivyError>() {
                Some(TantivyError::IoError(e)) => Some(e),
                Some(TantivyError::OpenWriteError(OpenWriteError::IoError { io_error, .. })) => {
                    Some(io_error)
                }
                _ => None,
            }
        });
    }
    use std::io::ErrorKind;
    // tantivy passes some errors on as text only ("Internal error: 'No space left on device
    // (os error 28)'"): the code is read back from it.
    let text = format!("{err:#}");
    // The words of tantivy's innermost message, without its wrapping ("Internal error: '…'").
    let inner = err
        .chain()
        .find_map(|cause| match cause.downcast_ref::<TantivyError>() {
            Some(
                TantivyError::InternalError(words)
                | TantivyError::ErrorInThread(words)
                | TantivyError::SystemError(words),
            ) => Some(words.clone()),
            _ => None,
        })
        .unwrap_or_else(|| err.root_cause().to_string());
    let (code, kind, words) = match io {
        // One made from another's words ("No space left on device (os error 28)") has its
        // code in them only.
        Some(e) => (e.raw_os_error().or_else(|| os_error_in(&e.to_string())), Some(e.kind()), e.to_string()),
        None => match os_error_in(&text) {
            Some(code) => (Some(code), None, std::io::Error::from_raw_os_error(code).to_string()),
            None => (None, None, inner.clone()),
        },
    };
    match (code, kind) {
        // ENOSPC, EDQUOT
        (Some(28 | 122), _) | (_, Some(ErrorKind::StorageFull | ErrorKind::QuotaExceeded)) => {
            WriteFailure::DiskFull(words)
        }
        (Some(12), _) | (_, Some(ErrorKind::OutOfMemory)) => WriteFailure::NoMemory(words),
        (Some(13 | 1 | 30), _) | (_, Some(ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem)) => {
            WriteFailure::NotWritable(words)
        }
        (Some(_), _) | (_, Some(_)) => WriteFailure::Io(words),
        // zstd's "Allocation error : not enough memory", Rust's "memory allocation of N bytes
        // failed" and "capacity overflow".
        (None, None)
            if ["memory allocation", "not enough memory", "out of memory", "capacity overflow"]
                .iter()
                .any(|words| text.to_lowercase().contains(words)) =>
        {
            WriteFailure::NoMemory(inner)
        }
        (None, None) => WriteFailure::Unknown(inner),
    }
}

/// Calls `each` with the segment, document and frequency of every live document holding
/// `term` (frequency 1 unless `record` keeps frequencies): what counts a term over the
/// archive without a query ([`crate::search::names_written`], [`crate::search::org_rows`]).
pub fn each_live_posting(
    searcher: &tantivy::Searcher,
    term: &tantivy::Term,
    record: tantivy::schema::IndexRecordOption,
    mut each: impl FnMut(u32, tantivy::DocId, u32),
) -> tantivy::Result<()> {
    use tantivy::DocSet;
    use tantivy::postings::Postings;
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        let Some(mut postings) = segment.inverted_index(term.field())?.read_postings(term, record)? else {
            continue;
        };
        let alive = segment.alive_bitset();
        let mut doc = postings.doc();
        while doc != tantivy::TERMINATED {
            if alive.is_none_or(|alive| alive.is_alive(doc)) {
                each(ord as u32, doc, postings.term_freq());
            }
            doc = postings.advance();
        }
    }
    Ok(())
}

/// The system refused the index writer's threads: out of memory, and what to try.
fn writer_threads_refused(dir: &Path, err: &dyn std::fmt::Display) -> anyhow::Error {
    anyhow::anyhow!(
        "out of memory opening the index writer at {} (its threads were refused: {err}); an ingest needs far \
         less with `-j 1 --memory 15`, and carries on from the index's last commit",
        dir.display()
    )
}

/// The code of the last "(os error N)" in `text`, as Rust's `io::Error` prints it.
fn os_error_in(text: &str) -> Option<i32> {
    let (_, rest) = text.rsplit_once("(os error ")?;
    rest.split_once(')')?.0.parse().ok()
}

/// Total size of the files in the index folder.
pub fn size_on_disk(dir: &Path) -> u64 {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}

/// How the document store is written. The article text it keeps (see
/// [`schema::keeps_body`]) is most of its bytes: zstd stores the BBC corpus's documents in
/// 2.8 MB where tantivy's default (lz4) takes 3.7 MB, both on 16 KB blocks. A search
/// decompresses the block of each hit it shows, so the block size is a trade. On the
/// 200k-file scaled corpus (when every body was kept), a query whose hits no recent query
/// fetched (every CLI search, most in `serve`) takes in `serve` a median 2.2-2.5 ms on 64 KB
/// blocks, 1.7 ms on 32 KB and 1.2-1.3 ms on 16 KB (benches/serve_load.sh step 5). Against
/// 64 KB, 32 KB blocks make the store 5% larger and 16 KB ones 11%; and zstd, which
/// tantivy gives a fresh context per block, compresses 32 KB blocks at 95% of the speed of
/// 64 KB ones but 16 KB blocks at 61%. So 32 KB. Indexes keep the settings they were
/// created with, so older ones (lz4, or other block sizes) still open.
fn index_settings() -> tantivy::IndexSettings {
    use tantivy::store::{Compressor, ZstdCompressor};
    tantivy::IndexSettings {
        docstore_compression: Compressor::Zstd(ZstdCompressor { compression_level: None }),
        docstore_blocksize: 32 << 10,
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_failure_is_told_by_the_system_error_however_tantivy_wraps_it() {
        let io = |code| TantivyError::from(std::io::Error::from_raw_os_error(code));
        let failure = |err: TantivyError| write_failure(&anyhow::Error::new(err).context("preparing commit"));
        assert!(
            matches!(failure(io(28)), WriteFailure::DiskFull(w) if w.contains("No space left on device"))
        );
        assert!(matches!(failure(io(122)), WriteFailure::DiskFull(_)));
        assert!(matches!(failure(io(12)), WriteFailure::NoMemory(_)));
        assert!(matches!(failure(io(30)), WriteFailure::NotWritable(_)));
        assert!(matches!(failure(io(5)), WriteFailure::Io(_)));
        let worded = std::io::Error::other("No space left on device (os error 28)");
        assert!(matches!(failure(TantivyError::from(worded)), WriteFailure::DiskFull(_)));
        // Passed on as text only, by a writer thread.
        let text = TantivyError::InternalError("No space left on device (os error 28)".into());
        assert!(
            matches!(failure(text), WriteFailure::DiskFull(w) if w == "No space left on device (os error 28)")
        );
        let zstd = TantivyError::InternalError("Allocation error : not enough memory".into());
        assert_eq!(failure(zstd), WriteFailure::NoMemory("Allocation error : not enough memory".into()));
        let killed = TantivyError::ErrorInThread("An index writer was killed.".into());
        assert_eq!(failure(killed), WriteFailure::Unknown("An index writer was killed.".into()));
    }

    #[test]
    fn files_no_commit_lists_are_left_over() {
        let dir = tempfile::tempdir().unwrap();
        let news = NewsIndex::open_or_create(dir.path()).unwrap();
        let mut writer = news.writer(15 << 20, 1).unwrap();
        writer.add_document(tantivy::doc!(news.fields.kind => "article")).unwrap();
        news.commit(&mut writer, &news.payload().unwrap()).unwrap();
        drop(writer);
        let clean = disk_use(&news.index, dir.path());
        assert_eq!(clean.leftover, 0);
        assert_eq!(clean.used, size_on_disk(dir.path()));
        std::fs::write(dir.path().join("0123456789abcdef0123456789abcdef.idx"), [0u8; 1000]).unwrap();
        std::fs::write(dir.path().join(".tmpAbC123"), [0u8; 10]).unwrap();
        assert_eq!(disk_use(&news.index, dir.path()), DiskUse { used: clean.used, leftover: 1010 });
        remove_leftovers(&news.index, dir.path());
        assert_eq!(disk_use(&news.index, dir.path()), clean);
        assert_eq!(news.reader().unwrap().searcher().num_docs(), 1, "the committed segment stays");
    }

    #[test]
    fn an_index_is_being_written_while_a_writer_holds_it() {
        let dir = tempfile::tempdir().unwrap();
        let news = NewsIndex::open_or_create(dir.path()).unwrap();
        assert!(!being_written(dir.path()));
        let writer = news.writer(64 << 20, 1).unwrap();
        assert!(being_written(dir.path()));
        drop(writer);
        assert!(!being_written(dir.path()), "the lock goes with its writer");
        // Looking did not take the lock from the next writer.
        news.writer(64 << 20, 1).unwrap();
    }
}
