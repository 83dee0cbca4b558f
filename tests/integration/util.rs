//! Test helpers: a temporary corpus and index, and a clean `newsdex` command.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

/// A temporary folder of articles with its own index folder beside it.
pub struct Corpus {
    dir: TempDir,
}

impl Corpus {
    pub fn new() -> Corpus {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("articles")).expect("articles dir");
        Corpus { dir }
    }

    /// The folder holding the articles.
    pub fn root(&self) -> PathBuf {
        self.dir.path().join("articles")
    }

    /// The index folder used by [`Corpus::cmd`].
    pub fn index(&self) -> PathBuf {
        self.dir.path().join("index")
    }

    /// Writes a file (creating folders) under the articles folder.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.root().join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, contents).expect("write");
        path
    }

    /// `newsdex --index <this corpus's index> ARGS…`, with the environment cleaned.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = newsdex();
        cmd.arg("--index").arg(self.index()).args(args).current_dir(self.dir.path());
        cmd
    }

    /// Ingests the articles folder and returns the summary line (stderr).
    pub fn ingest(&self) -> String {
        let out = self.cmd(&["ingest", "articles"]).assert().success().get_output().clone();
        String::from_utf8(out.stderr).expect("utf8")
    }

    /// Runs `search --json` and returns the parsed document.
    pub fn search_json(&self, args: &[&str]) -> serde_json::Value {
        let mut full = vec!["search", "--json"];
        full.extend_from_slice(args);
        let out = self.cmd(&full).output().expect("run newsdex");
        assert!(
            out.status.code() == Some(0) || out.status.code() == Some(1),
            "search failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).expect("search --json prints JSON")
    }

    /// Paths (file names only) of the hits of a search, in order.
    pub fn hit_names(&self, args: &[&str]) -> Vec<String> {
        let json = self.search_json(args);
        json["hits"]
            .as_array()
            .expect("hits")
            .iter()
            .map(|h| file_name(h["path"].as_str().expect("path")))
            .collect()
    }
}

/// The binary, with variables that could leak into a test removed.
pub fn newsdex() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsdex"));
    cmd.env_remove("NEWSDEX_INDEX").env_remove("NO_COLOR").env("TERM", "dumb");
    cmd
}

pub fn file_name(path: &str) -> String {
    Path::new(path).file_name().expect("file name").to_string_lossy().into_owned()
}

/// The repository's sample corpus.
pub fn sample_corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_corpus")
}

/// The file names of a search's hits (up to 50), as a set: for tests where the order
/// is not the point.
pub fn found(c: &Corpus, query: &str) -> BTreeSet<String> {
    c.hit_names(&["--limit", "50", query]).into_iter().collect()
}

/// Names as a set, to compare with [`found`].
pub fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|n| n.to_string()).collect()
}

/// A shared corpus under ../shared/corpora, or None when this machine does not have it.
/// With NEWSDEX_REQUIRE_CORPORA=1 (set by CI) a missing corpus fails the test instead.
pub fn shared_corpus(name: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora").join(name);
    if path.is_dir() {
        return Some(path);
    }
    assert!(
        std::env::var_os("NEWSDEX_REQUIRE_CORPORA").is_none(),
        "{} is missing but NEWSDEX_REQUIRE_CORPORA is set",
        path.display()
    );
    eprintln!("skipping: {} not found", path.display());
    None
}

/// The highlighted parts of a search hit's snippet (`highlights` are character ranges).
pub fn marks(hit: &serde_json::Value) -> Vec<String> {
    let snippet: Vec<char> = hit["snippet"].as_str().expect("snippet").chars().collect();
    hit["highlights"]
        .as_array()
        .expect("highlights")
        .iter()
        .map(|r| {
            let at = |i: usize| r[i].as_u64().expect("offset") as usize;
            snippet[at(0)..at(1)].iter().collect()
        })
        .collect()
}

/// A JSON Lines export of four articles: two on one site (`www.` and a subdomain), one on
/// another, one with no address.
pub const SITES_EXPORT: &str = concat!(
    r#"{"title":"Ferry fares rise","text":"Ferry fares rise in June.","url":"https://www.ledger.example/ferry"}"#,
    "\n",
    r#"{"title":"Ferry crew hired","text":"The ferry hired four deckhands.","url":"https://news.ledger.example/crew"}"#,
    "\n",
    r#"{"title":"Ferry timetable","text":"The ferry runs every half hour.","url":"https://dispatch.example/timetable"}"#,
    "\n",
    r#"{"title":"Ferry without an address","text":"The ferry docked."}"#,
    "\n",
);
