//! Walking the folders to ingest: which files are candidates, in a stable order.
//!
//! Hidden files and folders (names starting with `.`) are skipped, except a root the user
//! named explicitly, and so are a search index's folder and a saved page's parts. Symbolic links are followed only with `--follow-links`. Nothing here
//! opens a file: it only lists paths with their size and modification time, which is all
//! incremental ingest needs to decide what to re-read.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use ignore::gitignore::{Gitignore, GitignoreBuilder};
use std::time::UNIX_EPOCH;

use rayon::prelude::*;
use walkdir::WalkDir;

/// A file found by the walk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundFile {
    /// The path as walked (root as the user gave it, joined with the relative part).
    pub path: PathBuf,
    /// Size in bytes.
    pub size: u64,
    /// When the file last changed, in nanoseconds since the epoch (0 when unknown): the
    /// later of its modification time and, on Unix, its inode change time (see
    /// [`change_stamp_ns`]). Kept in the index's `file_mtime` field.
    pub mtime_ns: u64,
}

/// A problem met while walking (a folder that cannot be read, a broken link).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalkProblem {
    /// The path involved, when known.
    pub path: Option<PathBuf>,
    /// What went wrong.
    pub cause: String,
}

/// Everything a walk found.
#[derive(Debug, Default)]
pub struct Walked {
    /// Regular files, sorted by path within each root.
    pub files: Vec<FoundFile>,
    /// Entries that could not be read.
    pub problems: Vec<WalkProblem>,
    /// Lines of an [`IGNORE_FILE`] that are no pattern, or one that cannot be read: its
    /// other patterns still hold.
    pub ignore_file_problems: Vec<WalkProblem>,
    /// Every file and folder the walk passed over, with why (for `ingest --report`):
    /// hidden ones, indexes, a saved page's parts, those ignore patterns name, links.
    pub left_out: Vec<(PathBuf, LeftOut)>,
}

impl Walked {
    /// Symbolic links inside the folder, not followed (without `--follow-links`).
    pub fn links_not_followed(&self) -> usize {
        self.left_out.iter().filter(|(_, why)| *why == LeftOut::LinkNotFollowed).count()
    }

    /// Files and folders left out by a [`IGNORE_FILE`]'s patterns (or `--exclude`).
    pub fn ignored(&self) -> usize {
        self.left_out.iter().filter(|(_, why)| *why == LeftOut::Ignored).count()
    }

    /// Symbolic links followed to a file or folder inside the folder walked, passed over.
    pub fn links_inside(&self) -> usize {
        self.left_out.iter().filter(|(_, why)| *why == LeftOut::LinkInside).count()
    }

    /// Files and folders left out by git's patterns: a [`GIT_IGNORE_FILE`]'s, or the
    /// repository's [`GIT_EXCLUDE_FILE`].
    pub fn git_ignored(&self) -> usize {
        self.left_out
            .iter()
            .filter(|(_, why)| matches!(why, LeftOut::GitIgnored | LeftOut::GitExcluded))
            .count()
    }

    /// Of [`Walked::git_ignored`], those the repository's [`GIT_EXCLUDE_FILE`] names.
    pub fn git_excluded(&self) -> usize {
        self.left_out.iter().filter(|(_, why)| *why == LeftOut::GitExcluded).count()
    }
}

/// Why a walk passed over a file or folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeftOut {
    /// Its name starts with a dot.
    Hidden,
    /// A folder holding a search index.
    AnIndex,
    /// The folder of a saved page's parts (`Story_files` beside `Story.html`).
    SavedPagesParts,
    /// Named by a [`IGNORE_FILE`]'s or `--exclude`'s patterns.
    Ignored,
    /// Named by a [`GIT_IGNORE_FILE`]'s patterns (without `--no-gitignore`).
    GitIgnored,
    /// Named by the patterns of the [`GIT_EXCLUDE_FILE`] of the git repository the folder
    /// is in (without `--no-gitignore`).
    GitExcluded,
    /// A symbolic link, not followed (without `--follow-links`).
    LinkNotFollowed,
    /// A symbolic link to a file or folder inside the folder walked, followed: what it
    /// points to is walked once, where it is (`latest -> 2024/12`).
    LinkInside,
}

impl LeftOut {
    /// What it is, said in a few words.
    pub fn label(self) -> &'static str {
        match self {
            LeftOut::Hidden => "hidden",
            LeftOut::AnIndex => "a search index",
            LeftOut::SavedPagesParts => "a saved page's parts",
            LeftOut::Ignored => "ignore pattern",
            LeftOut::GitIgnored => "gitignore pattern",
            LeftOut::GitExcluded => "git info/exclude pattern",
            LeftOut::LinkNotFollowed => "symbolic link not followed",
            LeftOut::LinkInside => "symbolic link to a file or folder walked already",
        }
    }
}

/// The file, in the folder ingested or any folder below it, whose patterns (in
/// `.gitignore` syntax) name files and folders that are no articles: a corpus's
/// `README.md`, its code lists, a folder of drafts. They apply to the folder the file is
/// in and those below it; a deeper file's patterns, `!` ones included, come after.
pub const IGNORE_FILE: &str = ".newsdexignore";

/// Git's ignore file: its patterns leave files out as an [`IGNORE_FILE`]'s do (ripgrep and
/// fd honour it too), whether or not the folder is in a git repository (an archive copied
/// out of one keeps its drafts out); `ingest --no-gitignore` takes them in. In a folder
/// holding both, the [`IGNORE_FILE`]'s patterns come after (a `!` there lets a file back in).
pub const GIT_IGNORE_FILE: &str = ".gitignore";

/// The ignore file of a git repository that is not in its working tree: git reads it as a
/// [`GIT_IGNORE_FILE`] at the repository's top, before all others (theirs come after, so
/// a `!` pattern in one lets a file back in). Read when the folder walked is in a git
/// repository (a `.git` folder, or a worktree's `.git` file, in it or a folder above it);
/// `--no-gitignore` takes what it names in.
pub const GIT_EXCLUDE_FILE: &str = ".git/info/exclude";

/// The patterns of the [`GIT_EXCLUDE_FILE`] of the repository a walk is in.
struct RepositoryExclude {
    patterns: Gitignore,
    /// Where the folder walked is in the repository (empty at its top), to match a path
    /// below the folder as git does, from the repository's top.
    place: PathBuf,
}

/// One ignore file's patterns, and whether it is a [`GIT_IGNORE_FILE`].
type Patterns = (Rc<Gitignore>, bool);

/// The patterns of the [`IGNORE_FILE`]s met on a walk: for each folder walked into, those
/// of its own file and of its parents' up to the base (the root, or the folder ingested
/// before that holds it), outermost first. Each file is read once, and an entry costs one
/// look-up of its folder (none holds a file: no patterns).
#[derive(Default)]
struct IgnoreFiles {
    in_force: rustc_hash::FxHashMap<PathBuf, Rc<[Patterns]>>,
    problems: Vec<WalkProblem>,
    /// Whether [`GIT_IGNORE_FILE`]s are read.
    gitignore: bool,
    /// Where the patterns start: the folder walked, or the folder ingested before that
    /// holds it ([`Outer`]).
    base: PathBuf,
    /// The patterns given with `ingest --exclude` for the base, as if in an ignore file
    /// there, before its own.
    base_excludes: Option<Rc<Gitignore>>,
    /// The folder walked, and its own `--exclude` patterns when it is not the base.
    root: PathBuf,
    root_excludes: Option<Rc<Gitignore>>,
    /// The patterns of the repository's [`GIT_EXCLUDE_FILE`], when [`GIT_IGNORE_FILE`]s
    /// are read and the folder walked is in a repository that has one.
    repository: Option<RepositoryExclude>,
}

/// The folder ingested before that holds the one walked (`archive` for `archive/2024`),
/// with its `--exclude` patterns: its ignore files and patterns, and those of the folders
/// between, hold in the one walked too, so that ingesting a folder inside it does not take
/// back what they leave out.
pub struct Outer<'a> {
    /// The folder ingested before.
    pub folder: &'a Path,
    /// Its `--exclude` patterns.
    pub excludes: &'a [String],
}

impl IgnoreFiles {
    fn new(root: &Path, excludes: &[String], outer: Option<Outer>, gitignore: bool) -> IgnoreFiles {
        let mut files = IgnoreFiles::at(root, excludes, outer, gitignore);
        if gitignore {
            files.repository = files.repository_exclude(root);
        }
        files
    }

    fn at(root: &Path, excludes: &[String], outer: Option<Outer>, gitignore: bool) -> IgnoreFiles {
        match outer.filter(|o| root.starts_with(o.folder) && root != o.folder) {
            Some(outer) => IgnoreFiles {
                base: outer.folder.to_path_buf(),
                base_excludes: exclude_patterns(outer.folder, outer.excludes),
                root: root.to_path_buf(),
                root_excludes: exclude_patterns(root, excludes),
                gitignore,
                ..IgnoreFiles::default()
            },
            None => IgnoreFiles {
                base: root.to_path_buf(),
                base_excludes: exclude_patterns(root, excludes),
                root: root.to_path_buf(),
                gitignore,
                ..IgnoreFiles::default()
            },
        }
    }

    /// Whether `path` (below the root) is left out, and by which kind of file: the deepest
    /// file whose patterns match it decides, as in git (the repository's
    /// [`GIT_EXCLUDE_FILE`] is the outermost).
    fn ignores(&mut self, path: &Path, is_dir: bool) -> Option<LeftOut> {
        let folder = path.parent()?;
        let in_force = self.in_force(folder);
        let found = in_force
            .iter()
            .rev()
            .map(|(patterns, git)| (patterns.matched(path, is_dir), *git))
            .find(|(m, _)| !m.is_none());
        match found {
            Some((m, git)) => {
                m.is_ignore().then_some(if git { LeftOut::GitIgnored } else { LeftOut::Ignored })
            }
            None => {
                let repository = self.repository.as_ref()?;
                // Matched by its place in the repository: a relative path is matched as
                // one from the repository's top.
                let inside = repository.place.join(path.strip_prefix(&self.root).ok()?);
                repository.patterns.matched(&inside, is_dir).is_ignore().then_some(LeftOut::GitExcluded)
            }
        }
    }

    /// The [`GIT_EXCLUDE_FILE`] of the git repository `root` is in, when it has one: the
    /// nearest folder from `root` up holding a `.git` folder, or a `.git` file (a linked
    /// worktree's, whose exclude file is its main repository's; a submodule's).
    fn repository_exclude(&mut self, root: &Path) -> Option<RepositoryExclude> {
        let real = std::fs::canonicalize(root).ok()?;
        let real_folder = if real.is_dir() { real.clone() } else { real.parent()?.to_path_buf() };
        let top = real_folder.ancestors().find(|folder| folder.join(".git").exists())?;
        let dot_git = top.join(".git");
        let git_dir = match dot_git.is_dir() {
            true => dot_git,
            false => {
                let text = std::fs::read_to_string(&dot_git).ok()?;
                let dir = top.join(text.lines().next()?.strip_prefix("gitdir:")?.trim());
                match std::fs::read_to_string(dir.join("commondir")) {
                    Ok(common) => dir.join(common.trim()),
                    Err(_) => dir,
                }
            }
        };
        let file = git_dir.join("info").join("exclude");
        let patterns = self.read(top, &file)?;
        if patterns.is_empty() {
            return None;
        }
        // The folder walked (a file named: its folder, whose path `root` is not below).
        let place = real_folder.strip_prefix(top).ok()?.to_path_buf();
        Some(RepositoryExclude { patterns, place })
    }

    /// The patterns in force in `folder`: its parent's (the walk went through the parent
    /// first, or they are read on the way up to the base), and its own file's.
    fn in_force(&mut self, folder: &Path) -> Rc<[Patterns]> {
        if let Some(known) = self.in_force.get(folder) {
            return known.clone();
        }
        let mut patterns: Vec<Patterns> = match folder.parent() {
            Some(parent) if folder != self.base && folder.starts_with(&self.base) => {
                self.in_force(parent).to_vec()
            }
            _ if folder == self.base => self.base_excludes.iter().map(|p| (p.clone(), false)).collect(),
            _ => Vec::new(),
        };
        if folder == self.root && self.root != self.base {
            patterns.extend(self.root_excludes.iter().map(|p| (p.clone(), false)));
        }
        let git = self.gitignore.then(|| folder.join(GIT_IGNORE_FILE));
        for file in git.into_iter().chain([folder.join(IGNORE_FILE)]) {
            if let Some(own) = self.read(folder, &file) {
                patterns.push((Rc::new(own), file.ends_with(GIT_IGNORE_FILE)));
            }
        }
        let patterns: Rc<[Patterns]> = patterns.into();
        self.in_force.insert(folder.to_path_buf(), patterns.clone());
        patterns
    }

    /// The patterns of the ignore file `file` in `folder`, when there is one; its lines
    /// that are no pattern are problems.
    fn read(&mut self, folder: &Path, file: &Path) -> Option<Gitignore> {
        let file = file.to_path_buf();
        if file.is_file() {
            let mut builder = GitignoreBuilder::new(folder);
            if let Some(err) = builder.add(&file) {
                // One warning per line that is no pattern (they come as one error).
                let each = match err {
                    ignore::Error::Partial(errs) => errs,
                    err => vec![err],
                };
                for err in each {
                    self.problems
                        .push(WalkProblem { path: Some(file.clone()), cause: ignore_error(&err, &file) });
                }
            }
            match builder.build() {
                Ok(own) => return Some(own),
                Err(err) => self
                    .problems
                    .push(WalkProblem { path: Some(file.clone()), cause: ignore_error(&err, &file) }),
            }
        }
        None
    }
}

/// The patterns of `ingest --exclude`, read at `root` (`/drafts/` is the root's drafts
/// folder); none when there are none. A line that is no pattern was refused with the
/// command line.
fn exclude_patterns(root: &Path, excludes: &[String]) -> Option<Rc<Gitignore>> {
    if excludes.is_empty() {
        return None;
    }
    let mut builder = GitignoreBuilder::new(root);
    for pattern in excludes {
        let _ = builder.add_line(None, pattern);
    }
    builder.build().ok().map(Rc::new)
}

/// Whether `pattern` is one line of `.gitignore` syntax, for `--exclude`: the error if not.
pub fn check_exclude(pattern: &str) -> Result<String, String> {
    let mut builder = GitignoreBuilder::new("/");
    builder.add_line(None, pattern).map_err(|e| format!("{pattern:?} is not a pattern: {e}"))?;
    builder.build().map_err(|e| format!("{pattern:?} is not a pattern: {e}"))?;
    if pattern.trim().is_empty() || pattern.trim_start().starts_with('#') {
        return Err(format!("{pattern:?} is no pattern (empty, or a comment)"));
    }
    Ok(pattern.to_string())
}

/// An ignore file's problem, in one line: the pattern and why it is none, or why the file
/// could not be read.
fn ignore_error(err: &ignore::Error, file: &Path) -> String {
    let line = err.to_string().replace('\n', " ");
    // The warning names the file already.
    let line = line.strip_prefix(&format!("{}: ", file.display())).unwrap_or(&line);
    format!("{line}; its other patterns still hold")
}

/// The first of the 128 private-use characters that stand for the bytes 0x80-0xFF of a
/// file name that is not valid UTF-8 (bytes below 0x80 are always valid).
const RAW_BYTE_BASE: u32 = 0xF780;

/// A path as the index keeps it: its text, where a file name that is not valid UTF-8 (a
/// Latin-1 name from an old archive, "caf\xe9.txt") keeps each stray byte as a private-use
/// character, so that [`path_of`] finds the file again. Such names are otherwise
/// unreadable: the lossy text "caf\u{FFFD}.txt" names no file.
pub fn source_of(path: PathBuf) -> String {
    match path.into_os_string().into_string() {
        Ok(text) => text,
        #[cfg(unix)]
        Err(os) => {
            use std::os::unix::ffi::OsStrExt;
            let mut text = String::new();
            for chunk in os.as_bytes().utf8_chunks() {
                text.push_str(chunk.valid());
                text.extend(
                    chunk
                        .invalid()
                        .iter()
                        .filter_map(|&b| char::from_u32(RAW_BYTE_BASE + u32::from(b) - 0x80)),
                );
            }
            text
        }
        #[cfg(not(unix))]
        Err(os) => os.to_string_lossy().into_owned(),
    }
}

/// The path a [`source_of`] text stands for.
pub fn path_of(source: &str) -> PathBuf {
    #[cfg(unix)]
    {
        let raw_byte = |c: char| (RAW_BYTE_BASE..RAW_BYTE_BASE + 0x80).contains(&u32::from(c));
        if source.chars().any(raw_byte) {
            use std::os::unix::ffi::OsStringExt;
            let mut bytes = Vec::with_capacity(source.len());
            for c in source.chars() {
                if raw_byte(c) {
                    bytes.push((u32::from(c) - RAW_BYTE_BASE + 0x80) as u8);
                } else {
                    bytes.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
            }
            return PathBuf::from(std::ffi::OsString::from_vec(bytes));
        }
    }
    PathBuf::from(source)
}

/// `path` as it is on disk when it is not there as written but names a file or folder
/// in the other Unicode form ([`crate::nfc`]): "Québec.txt" typed composed for a file that
/// macOS named decomposed, or the other way round. Each part of the path not found is
/// looked for among its folder's entries by its composed form. `None` when the path is
/// there as written (or all in ASCII, which has one form) or no file answers it. Nothing
/// is renamed: the file keeps its name, and the index the path it was ingested by.
pub fn in_any_unicode_form(path: &Path) -> Option<PathBuf> {
    use std::path::Component;
    let text = path.to_str()?;
    if text.is_ascii() || std::fs::symlink_metadata(path).is_ok() {
        return None;
    }
    let mut found = PathBuf::new();
    for part in path.components() {
        let next = found.join(part);
        if std::fs::symlink_metadata(&next).is_ok() {
            found = next;
            continue;
        }
        let Component::Normal(name) = part else { return None };
        let wanted = crate::nfc::composed(name.to_str()?);
        let folder = if found.as_os_str().is_empty() { Path::new(".") } else { found.as_path() };
        let entry = std::fs::read_dir(folder).ok()?.filter_map(Result::ok).find(|entry| {
            entry.file_name().to_str().is_some_and(|name| crate::nfc::composed(name) == wanted)
        })?;
        found.push(entry.file_name());
    }
    Some(found)
}

/// What to say of symbolic links a walk did not follow.
pub fn links_not_followed_note(links: usize) -> String {
    let (count, them) = match links {
        1 => ("1 symbolic link".to_string(), "it"),
        n => (format!("{n} symbolic links"), "them"),
    };
    format!("passed over {count} (`--follow-links` follows {them})")
}

/// What to say of symbolic links passed over for pointing inside the folder walked.
pub fn links_inside_note(links: usize) -> String {
    let count = match links {
        1 => "1 symbolic link".to_string(),
        n => format!("{n} symbolic links"),
    };
    format!("passed over {count} to a file or folder inside the folder, which is read once, where it is")
}

/// Whether a file is by its name a collection's notes rather than an article: project
/// documentation in plain text or Markdown (`.txt`, `.md`, `.rst`, `.markdown`, or no
/// extension). `README`, `LICENSE`/`LICENCE`, `COPYING`, `CHANGELOG` and `MANIFEST`, alone
/// or with a suffix after `-` or `_` (`README-2.txt`, `LICENSE_MIT`); and `NOTICE`,
/// `AUTHORS`, `CONTRIBUTING`, `SOURCE`, `INSTALL`, `CITATION`, `CHANGES` as they are, in
/// capitals, as projects write them: a reporter's `notice.txt` or `changes.md` is news. An
/// ingest passes them over (a corpus's README got the date it was written and stretched
/// the index's range), unless the file itself is named (`newsdex ingest corpus/README.md`).
pub fn looks_like_a_collections_notes(path: &Path) -> bool {
    const WITH_SUFFIXES: &[&str] = &["readme", "license", "licence", "copying", "changelog", "manifest"];
    const EXACT: &[&str] = &["notice", "authors", "contributing", "source", "install", "citation", "changes"];
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else { return false };
    let lower = name.to_ascii_lowercase();
    let (stem, extension) = lower.split_once('.').unwrap_or((&lower, ""));
    let suffixed = |note: &&str| {
        stem.strip_prefix(*note).is_some_and(|rest| rest.is_empty() || rest.starts_with(['-', '_']))
    };
    let in_capitals = !name.split('.').next().unwrap_or(name).bytes().any(|b| b.is_ascii_lowercase());
    (WITH_SUFFIXES.iter().any(suffixed) || (EXACT.contains(&stem) && in_capitals))
        && matches!(extension, "" | "md" | "txt" | "rst" | "markdown")
}

/// What to say of the files and folders an ignore file left out.
pub fn ignored_note(ignored: usize) -> String {
    let count = match ignored {
        1 => "1 file or folder".to_string(),
        n => format!("{n} files and folders"),
    };
    format!("left out {count} that {IGNORE_FILE} or --exclude patterns name")
}

/// What to say of the files and folders [`GIT_IGNORE_FILE`]s and the repository's
/// [`GIT_EXCLUDE_FILE`] left out (`excluded` of them by the latter).
pub fn git_ignored_note(ignored: usize, excluded: usize) -> String {
    let count = match ignored {
        1 => "1 file or folder".to_string(),
        n => format!("{n} files and folders"),
    };
    let by = match excluded {
        0 => format!("{GIT_IGNORE_FILE} patterns name"),
        n if n == ignored => format!("the repository's {GIT_EXCLUDE_FILE} names"),
        n => format!("{GIT_IGNORE_FILE} patterns name ({n} the repository's {GIT_EXCLUDE_FILE})"),
    };
    format!("left out {count} that {by} (`--no-gitignore` takes them in)")
}

/// Lists the files under `root` (or `root` itself, when it is a file), leaving out what
/// the ignore files below it, its `excludes` and those of the folder ingested before that
/// holds it (`outer`) name.
pub fn walk(root: &Path, follow_links: bool, excludes: &[String], outer: Option<Outer>, out: &mut Walked) {
    walk_with(root, Walk { follow_links, gitignore: true }, excludes, outer, out)
}

/// How to walk: [`walk`]'s switches.
#[derive(Debug, Clone, Copy)]
pub struct Walk {
    /// Follow symbolic links (`--follow-links`).
    pub follow_links: bool,
    /// Leave out what [`GIT_IGNORE_FILE`]s name (not with `--no-gitignore`).
    pub gitignore: bool,
}

/// [`walk`], with `how` to.
pub fn walk_with(root: &Path, how: Walk, excludes: &[String], outer: Option<Outer>, out: &mut Walked) {
    let follow_links = how.follow_links;
    let mut ignore_files = IgnoreFiles::new(root, excludes, outer, how.gitignore);
    let mut left_out = Vec::new();
    let real_root = follow_links.then(|| std::fs::canonicalize(root).ok()).flatten();
    let walker =
        WalkDir::new(root).follow_links(follow_links).sort_by_file_name().into_iter().filter_entry(|entry| {
            if entry.depth() == 0 {
                return true;
            }
            let inside = |real: &PathBuf| {
                std::fs::canonicalize(entry.path()).is_ok_and(|target| target.starts_with(real))
            };
            let why = if is_hidden(entry.file_name()) {
                Some(LeftOut::Hidden)
            } else if entry.path_is_symlink() && real_root.as_ref().is_some_and(inside) {
                Some(LeftOut::LinkInside)
            } else if is_an_index(entry) {
                Some(LeftOut::AnIndex)
            } else if is_a_saved_pages_parts(entry) {
                Some(LeftOut::SavedPagesParts)
            } else {
                ignore_files.ignores(entry.path(), entry.file_type().is_dir())
            };
            if let Some(why) = why {
                left_out.push((entry.path().to_path_buf(), why));
            }
            why.is_none()
        });
    let mut entries = Vec::new();
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let cause = err.io_error().map_or_else(|| err.to_string(), ToString::to_string);
                out.problems.push(WalkProblem { path: err.path().map(Path::to_path_buf), cause });
                continue;
            }
        };
        let kind = entry.file_type();
        // A link named on the command line is the file it points to, followed or not.
        if kind.is_file() || (entry.depth() == 0 && kind.is_symlink() && entry.path().is_file()) {
            entries.push(entry);
        } else if kind.is_symlink() && entry.depth() > 0 {
            out.left_out.push((entry.into_path(), LeftOut::LinkNotFollowed));
        } else if entry.depth() == 0 && !kind.is_dir() && !kind.is_symlink() {
            // Named on the command line (`/dev/null`, a pipe): say why nothing was read.
            out.problems.push(WalkProblem {
                path: Some(entry.into_path()),
                cause: "not a file or folder (a device, pipe or socket), nothing read".to_string(),
            });
        }
    }
    out.left_out.append(&mut left_out);
    out.ignore_file_problems.append(&mut ignore_files.problems);
    // Stat the files in parallel (in the caller's rayon pool): on a no-op re-ingest of a
    // large archive the stats are most of the work.
    let stats: Vec<Result<FoundFile, WalkProblem>> = entries.into_par_iter().map(stat).collect();
    for stat in stats {
        match stat {
            Ok(file) => out.files.push(file),
            Err(problem) => out.problems.push(problem),
        }
    }
}

/// When a file last changed, for incremental ingest: the later of its modification time
/// and, on Unix, its inode change time (ctime), in nanoseconds since the epoch.
///
/// The modification time alone misses a new version copied over an old one with its times
/// kept: `cp -p new.txt story.txt`, `rsync -a`, `touch -r old new`, with the same size (a
/// corrected figure, a name spelled right) left the old text indexed for good. The change
/// time cannot be set back by user tools: any write, copy or `touch` moves it to now. It
/// also moves on a `chmod` or a rename, which then costs a read and a hash, not a re-index
/// (the content hash decides, see [`crate::index::manifest::Plan::Changed`]).
pub fn change_stamp_ns(meta: &std::fs::Metadata) -> u64 {
    let modified = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as u64);
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let changed = u64::try_from(meta.ctime())
            .ok()
            .and_then(|s| s.checked_mul(1_000_000_000))
            .and_then(|ns| ns.checked_add(u64::try_from(meta.ctime_nsec()).ok()?))
            .unwrap_or(0);
        modified.max(changed)
    }
    #[cfg(not(unix))]
    modified
}

/// The xxh3 hash of a file's bytes, read as a stream: the hash ingest keeps for each file
/// (see [`super::article::FileArticles::hash`]), to tell a file only touched (a `chmod`, a
/// copy of the same bytes) from one edited without parsing it.
pub fn content_hash(path: &Path) -> std::io::Result<u64> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        match file.read(&mut buf) {
            Ok(0) => return Ok(hasher.digest()),
            Ok(n) => hasher.update(&buf[..n]),
            Err(err) if err.kind() == std::io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
}

fn stat(entry: walkdir::DirEntry) -> Result<FoundFile, WalkProblem> {
    let meta = if entry.depth() == 0 {
        std::fs::metadata(entry.path())
    } else {
        entry.metadata().map_err(Into::into)
    };
    match meta {
        Ok(meta) => {
            Ok(FoundFile { path: entry.into_path(), size: meta.len(), mtime_ns: change_stamp_ns(&meta) })
        }
        Err(err) => Err(WalkProblem { path: Some(entry.into_path()), cause: err.to_string() }),
    }
}

/// A folder holding a search index (newsdex's own, when `--index` points inside the
/// folder ingested, or another tantivy index): its files are no articles.
fn is_an_index(entry: &walkdir::DirEntry) -> bool {
    entry.file_type().is_dir() && entry.path().join(".managed.json").is_file()
}

/// The endings a browser's "Save page as, complete" gives the folder of a page's parts
/// (style sheets, scripts, images, ad frames): `Page_files` beside `Page.html`, localized
/// by some browsers.
const SAVED_PARTS_ENDINGS: &[&str] = &[
    "_files",
    "-Dateien",
    "_fichiers",
    "_archivos",
    "_arquivos",
    "_bestanden",
    "_file",
    "-filer",
    "_soubory",
];

/// A folder of a saved page's parts, beside the page (`Story_files` next to `Story.html`):
/// its frames and scripts are no articles ("Advertisement", an `iframe_ad.htm`).
fn is_a_saved_pages_parts(entry: &walkdir::DirEntry) -> bool {
    let Some(name) = entry.file_name().to_str() else { return false };
    let Some(stem) = SAVED_PARTS_ENDINGS.iter().find_map(|end| name.strip_suffix(end)) else { return false };
    entry.file_type().is_dir()
        && !stem.is_empty()
        && ["html", "htm", "xhtml", "shtml", "mhtml", "html.gz", "htm.gz"]
            .iter()
            .any(|ext| entry.path().with_file_name(format!("{stem}.{ext}")).is_file())
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|n| (n.starts_with('.') && n != "." && n != "..") || is_system_file(n))
}

/// Files and folders an operating system or an application leaves beside the user's,
/// hidden on the desktop though their names are not: Windows' thumbnail caches, folder
/// settings, Recycle Bin (its deleted drafts are not the archive) and restore points, the
/// `~$` lock file and `~WRD…` temporary copies Word keeps beside an open document,
/// macOS's folder icon, Thunderbird's mailbox index, and shortcuts (Windows' `.lnk` and
/// `.url`, macOS's `.webloc`), which point at an article and hold none.
fn is_system_file(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    matches!(
        lower.as_str(),
        "thumbs.db"
            | "ehthumbs.db"
            | "ehthumbs_vista.db"
            | "desktop.ini"
            | "icon\r"
            | "$recycle.bin"
            | "recycler"
            | "system volume information"
    ) || name.starts_with("~$")
        || ["~wrd", "~wrl", "~wra"].iter().any(|temp| lower.starts_with(temp))
        || [".msf", ".lnk", ".url", ".webloc"].iter().any(|end| lower.ends_with(end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_typed_in_one_unicode_form_finds_a_file_named_in_the_other() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("Montre\u{301}al");
        std::fs::create_dir(&folder).unwrap();
        std::fs::write(folder.join("Québec.txt"), "text").unwrap();
        let typed = dir.path().join("Montréal").join("Que\u{301}bec.txt");
        assert_eq!(in_any_unicode_form(&typed), Some(folder.join("Québec.txt")));
        assert_eq!(in_any_unicode_form(&dir.path().join("Montréal")), Some(folder.clone()));
        // A path there as written, in ASCII, or naming nothing, gives none.
        assert_eq!(in_any_unicode_form(&folder), None);
        assert_eq!(in_any_unicode_form(&dir.path().join("missing.txt")), None);
        assert_eq!(in_any_unicode_form(&dir.path().join("Montréal").join("Zürich.txt")), None);
    }

    #[test]
    fn a_collections_notes_are_told_by_their_names() {
        for notes in [
            "README.md",
            "LICENSE",
            "reuters/SOURCE.md",
            "Changelog.txt",
            "readme.rst",
            "README-2.txt",
            "LICENSE_MIT",
        ] {
            assert!(looks_like_a_collections_notes(Path::new(notes)), "{notes}");
        }
        // A saved page named so, or a story about a licence, is an article.
        for article in [
            "source.html",
            "licensing-deal.txt",
            "2024-05-17-readme.md",
            "notes.txt",
            "changes-to-tax-law.txt",
            // A reporter's file, in lower case, is no project's NOTICE or CHANGES.
            "notice.txt",
            "changes.md",
            "source.md",
        ] {
            assert!(!looks_like_a_collections_notes(Path::new(article)), "{article}");
        }
    }

    #[test]
    fn hidden_entries_are_skipped_but_a_named_root_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join(".archive");
        std::fs::create_dir_all(root.join(".git")).unwrap();
        std::fs::create_dir_all(root.join("2026")).unwrap();
        std::fs::write(root.join(".git/config"), "x").unwrap();
        std::fs::write(root.join(".draft.txt"), "x").unwrap();
        std::fs::write(root.join("2026/b.txt"), "x").unwrap();
        std::fs::write(root.join("a.txt"), "x").unwrap();
        let mut walked = Walked::default();
        walk(&root, false, &[], None, &mut walked);
        let names: Vec<_> =
            walked.files.iter().map(|f| f.path.strip_prefix(&root).unwrap().to_path_buf()).collect();
        assert_eq!(names, [PathBuf::from("2026/b.txt"), PathBuf::from("a.txt")]);
        assert!(walked.problems.is_empty());
    }

    #[test]
    fn a_repositorys_info_exclude_holds_from_its_top_below_its_gitignores() {
        let dir = tempfile::tempdir().unwrap();
        let top = dir.path().join("archive");
        for (file, text) in [
            (".git/info/exclude", "# local\n/drafts/\n*.tmp\n"),
            ("drafts/d.txt", "x"),
            ("2024/drafts/kept.txt", "x"),
            ("2024/a.tmp", "x"),
            ("2024/.gitignore", "!keep.tmp\n"),
            ("2024/keep.tmp", "x"),
            ("2024/b.txt", "x"),
        ] {
            let path = top.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        let names = |root: &Path, gitignore: bool| {
            let mut walked = Walked::default();
            walk_with(root, Walk { follow_links: false, gitignore }, &[], None, &mut walked);
            let files: Vec<String> = walked
                .files
                .iter()
                .map(|f| f.path.strip_prefix(&top).unwrap().to_string_lossy().into_owned())
                .collect();
            (files, walked.git_excluded())
        };
        let (files, excluded) = names(&top, true);
        assert_eq!(files, ["2024/b.txt", "2024/drafts/kept.txt", "2024/keep.tmp"]);
        assert_eq!(excluded, 2);
        // A folder inside the repository: its patterns hold from the repository's top.
        let (files, _) = names(&top.join("2024"), true);
        assert_eq!(files, ["2024/b.txt", "2024/drafts/kept.txt", "2024/keep.tmp"]);
        let (files, excluded) = names(&top, false);
        assert_eq!(files.len(), 5);
        assert_eq!(excluded, 0);
        // A linked worktree reads its main repository's.
        let tree = dir.path().join("tree");
        let git_dir = top.join(".git/worktrees/tree");
        std::fs::create_dir_all(&git_dir).unwrap();
        std::fs::write(git_dir.join("commondir"), "../..\n").unwrap();
        std::fs::create_dir_all(tree.join("drafts")).unwrap();
        std::fs::write(tree.join(".git"), format!("gitdir: {}\n", git_dir.display())).unwrap();
        std::fs::write(tree.join("drafts/d.txt"), "x").unwrap();
        std::fs::write(tree.join("c.txt"), "x").unwrap();
        let mut walked = Walked::default();
        walk(&tree, false, &[], None, &mut walked);
        assert_eq!(walked.files.len(), 1);
        assert_eq!(walked.git_excluded(), 1);
    }

    #[test]
    fn ignore_files_leave_out_what_they_name_the_deepest_deciding() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for (file, text) in [
            (".newsdexignore", "README*\n/codes/\n*.tmp\n"),
            ("README.txt", "x"),
            ("a.txt", "x"),
            ("a.tmp", "x"),
            ("codes/places.txt", "x"),
            ("2024/codes/kept.txt", "x"),
            ("2024/.newsdexignore", "!keep.tmp\nold/\n"),
            ("2024/keep.tmp", "x"),
            ("2024/drop.tmp", "x"),
            ("2024/old/b.txt", "x"),
        ] {
            let path = root.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        let mut walked = Walked::default();
        walk(root, false, &[], None, &mut walked);
        let names: Vec<_> =
            walked.files.iter().map(|f| f.path.strip_prefix(root).unwrap().to_path_buf()).collect();
        // `/codes/` is anchored to its file's folder: `2024/codes` is another folder.
        assert_eq!(
            names,
            [PathBuf::from("2024/codes/kept.txt"), PathBuf::from("2024/keep.tmp"), PathBuf::from("a.txt")]
        );
        // README.txt, a.tmp, codes/, 2024/drop.tmp, 2024/old/ (a folder counts once).
        assert_eq!(walked.ignored(), 5);
        assert!(walked.ignore_file_problems.is_empty());
        // A file named as the root is read whatever the patterns say.
        let mut walked = Walked::default();
        walk(&root.join("README.txt"), false, &[], None, &mut walked);
        assert_eq!(walked.files.len(), 1);
        // Patterns given on the command line come before the root's own file: its `!`
        // lets a file back in.
        std::fs::write(root.join(".newsdexignore"), "!a.tmp\n").unwrap();
        let mut walked = Walked::default();
        let excludes = ["*.tmp".to_string(), "2024/".to_string()];
        walk(root, false, &excludes, None, &mut walked);
        let names: Vec<_> =
            walked.files.iter().map(|f| f.path.strip_prefix(root).unwrap().to_path_buf()).collect();
        assert_eq!(
            names,
            [
                PathBuf::from("README.txt"),
                PathBuf::from("a.tmp"),
                PathBuf::from("a.txt"),
                PathBuf::from("codes/places.txt")
            ]
        );
        assert!(check_exclude("{a,b").unwrap_err().contains("is not a pattern"));
        assert!(check_exclude("# note").is_err());
        assert_eq!(check_exclude("/codes/"), Ok("/codes/".to_string()));
    }

    #[test]
    fn the_folder_of_a_saved_pages_parts_is_skipped_beside_its_page() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for file in [
            "Storm - News.html",
            "Storm - News_files/ad.htm",
            "Storm - News_files/app.js",
            "my_files/note.txt",
        ] {
            let path = root.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        }
        let mut walked = Walked::default();
        walk(root, false, &[], None, &mut walked);
        let names: Vec<_> =
            walked.files.iter().map(|f| f.path.strip_prefix(root).unwrap().to_path_buf()).collect();
        // A folder ending so with no page beside it is an ordinary folder.
        assert_eq!(names, [PathBuf::from("Storm - News.html"), PathBuf::from("my_files/note.txt")]);
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_are_followed_only_when_asked() {
        let dir = tempfile::tempdir().unwrap();
        let outside = dir.path().join("outside");
        let root = dir.path().join("root");
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::create_dir_all(&root).unwrap();
        std::fs::write(outside.join("linked.txt"), "x").unwrap();
        std::os::unix::fs::symlink(&outside, root.join("link")).unwrap();
        let count = |follow| {
            let mut walked = Walked::default();
            walk(&root, follow, &[], None, &mut walked);
            (walked.files.len(), walked.links_not_followed())
        };
        assert_eq!(count(false), (0, 1));
        assert_eq!(count(true), (1, 0));
        // A link to a file, named as the root, is that file, with the file's size.
        std::fs::write(outside.join("story.txt"), "Headline\n\nBody.").unwrap();
        let named = dir.path().join("named.txt");
        std::os::unix::fs::symlink(outside.join("story.txt"), &named).unwrap();
        let mut walked = Walked::default();
        walk(&named, false, &[], None, &mut walked);
        assert_eq!(walked.files.len(), 1, "{:?}", walked.problems);
        assert_eq!(walked.files[0].size, 15);
    }

    #[cfg(unix)]
    #[test]
    fn file_names_that_are_not_utf8_survive_the_trip_through_the_index() {
        use std::os::unix::ffi::OsStringExt;
        let latin1 = PathBuf::from(std::ffi::OsString::from_vec(b"/archive/caf\xe9 \xff.txt".to_vec()));
        let source = source_of(latin1.clone());
        assert_eq!(source.chars().filter(|c| !c.is_ascii()).count(), 2, "{source:?}");
        assert!(source.starts_with("/archive/caf") && source.ends_with(".txt"));
        assert_eq!(path_of(&source), latin1);
        // Valid names are their own text.
        assert_eq!(source_of(PathBuf::from("/archive/café.txt")), "/archive/café.txt");
        assert_eq!(path_of("/archive/café.txt"), PathBuf::from("/archive/café.txt"));
        // A folder of such a file is found under its root.
        let dir = tempfile::tempdir().unwrap();
        let name = std::ffi::OsString::from_vec(b"r\xe9sum\xe9.txt".to_vec());
        std::fs::write(dir.path().join(&name), "Headline\n\nText.\n").unwrap();
        let mut walked = Walked::default();
        walk(dir.path(), false, &[], None, &mut walked);
        let source = source_of(walked.files[0].path.clone());
        assert_eq!(std::fs::read_to_string(path_of(&source)).unwrap(), "Headline\n\nText.\n");
    }

    #[test]
    fn a_missing_root_is_a_problem_not_a_panic() {
        let mut walked = Walked::default();
        walk(Path::new("/definitely/not/here"), false, &[], None, &mut walked);
        assert!(walked.files.is_empty());
        assert_eq!(walked.problems.len(), 1);
    }
}
