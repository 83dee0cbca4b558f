//! What an article is once read, and reading one file into articles.
//!
//! [`read_file`] is the whole per-file stage: read bytes → [`decode`](super::decode) →
//! the parser for the file's [`Format`] → [`Article`]s. It does no indexing and no entity
//! extraction, so `extract`, `ingest` and tests all share it.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::decode::decode;
use super::formats::{self, Format, Parsed};
use crate::dates::PublishedDate;

/// One news article, as parsed from its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The file it came from, as walked or given.
    pub path: PathBuf,
    /// Where a file holds many articles: which one (`reut2-000.sgm#5`). `None` otherwise.
    pub id: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// The article text, paragraphs separated by newlines.
    pub body: String,
    /// Who wrote it.
    pub byline: Option<String>,
    /// When it was published, if the article says so (never the file's mtime).
    pub date: Option<PublishedDate>,
    /// Where the date was found (`front-matter:date`, `text:published-line`, …).
    pub date_source: Option<&'static str>,
    /// Tags or keywords the article carries.
    pub tags: Vec<String>,
}

impl Article {
    fn from_parsed(path: &Path, parsed: Parsed) -> Article {
        Article {
            path: path.to_path_buf(),
            id: None,
            title: parsed.title,
            body: parsed.body,
            byline: parsed.byline,
            date: parsed.date.as_ref().map(|d| d.date.clone()),
            date_source: parsed.date.map(|d| d.source),
            tags: parsed.tags,
        }
    }
}

/// Why a file was not indexed. Each is a one-line warning naming the file, and a count in
/// the ingest summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    /// Zero bytes, or only whitespace.
    Empty,
    /// Contains NUL bytes or mostly control characters.
    Binary,
    /// Larger than `--max-file-mb`.
    TooLarge {
        /// The file's size.
        bytes: u64,
        /// The limit in force.
        limit: u64,
    },
    /// A file type newsdex does not read (yet).
    Unsupported,
    /// The file could not be read (permissions, vanished, I/O error).
    Unreadable(String),
    /// The file parsed but held no headline and no text.
    NoText,
}

impl Skip {
    /// A short label used to group skips in the ingest summary.
    pub fn label(&self) -> &'static str {
        match self {
            Skip::Empty => "empty",
            Skip::Binary => "binary",
            Skip::TooLarge { .. } => "too large",
            Skip::Unsupported => "unsupported type",
            Skip::Unreadable(_) => "unreadable",
            Skip::NoText => "no text",
        }
    }
}

impl fmt::Display for Skip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Skip::Empty => write!(f, "empty file, skipped"),
            Skip::Binary => write!(f, "binary file (not text), skipped"),
            Skip::TooLarge { bytes, limit } => write!(
                f,
                "file is {} MB, over the {} MB limit (--max-file-mb), skipped",
                bytes.div_ceil(1 << 20),
                limit >> 20
            ),
            Skip::Unsupported => write!(f, "not a supported article type, skipped"),
            Skip::Unreadable(cause) => write!(f, "cannot read: {cause}"),
            Skip::NoText => write!(f, "no headline or text found, skipped"),
        }
    }
}

/// A file read into articles.
#[derive(Debug, Clone)]
pub struct FileArticles {
    /// The articles it holds (one for .txt and .md).
    pub articles: Vec<Article>,
    /// A 64-bit xxh3 hash of the file's bytes, to tell real edits from touched files.
    pub hash: u64,
    /// The encoding the text was read as.
    pub encoding: &'static str,
    /// Problems that were worked around (a broken front matter block, say).
    pub warnings: Vec<String>,
}

/// Reads, decodes and parses one file. `max_bytes` guards against huge files.
pub fn read_file(path: &Path, max_bytes: u64) -> Result<FileArticles, Skip> {
    let format = Format::from_path(path).ok_or(Skip::Unsupported)?;
    let size = std::fs::metadata(path).map_err(|e| Skip::Unreadable(e.to_string()))?.len();
    if size > max_bytes {
        return Err(Skip::TooLarge { bytes: size, limit: max_bytes });
    }
    let bytes = std::fs::read(path).map_err(|e| Skip::Unreadable(e.to_string()))?;
    parse_bytes(path, format, &bytes)
}

/// Decodes and parses bytes already read from `path`.
pub fn parse_bytes(path: &Path, format: Format, bytes: &[u8]) -> Result<FileArticles, Skip> {
    let hash = xxhash_rust::xxh3::xxh3_64(bytes);
    let decoded = decode(bytes)?;
    let mut warnings = Vec::new();
    let parsed = formats::parse(format, &decoded.text, &mut warnings);
    if parsed.title.is_none() && parsed.body.trim().is_empty() {
        return Err(Skip::NoText);
    }
    Ok(FileArticles {
        articles: vec![Article::from_parsed(path, parsed)],
        hash,
        encoding: decoded.encoding,
        warnings,
    })
}

/// The JSON form of an article printed by `newsdex extract --json`.
#[derive(Debug, Serialize)]
pub struct ArticleRecord<'a> {
    /// The file path as given or walked.
    pub path: String,
    /// Which article inside a many-article file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'a str>,
    /// Headline.
    pub title: Option<&'a str>,
    /// ISO 8601 date or date-time.
    pub date: Option<String>,
    /// Where the date came from.
    pub date_source: Option<&'static str>,
    /// Author(s).
    pub byline: Option<&'a str>,
    /// Canonical names of people.
    pub people: &'a [String],
    /// Canonical names of organizations.
    pub organizations: &'a [String],
    /// Canonical names of places.
    pub places: &'a [String],
    /// Tags.
    pub tags: &'a [String],
    /// The text, with `--body`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<&'a str>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsupported_types_are_refused_before_reading() {
        let err = read_file(Path::new("/nonexistent/photo.jpg"), 1 << 20).unwrap_err();
        assert_eq!(err, Skip::Unsupported);
    }

    #[test]
    fn a_file_with_only_markup_has_no_text() {
        let err = parse_bytes(Path::new("a.md"), Format::Markdown, b"---\ntags: [x]\n---\n").unwrap_err();
        assert_eq!(err, Skip::NoText);
    }

    #[test]
    fn the_hash_tells_edits_apart() {
        let a = parse_bytes(Path::new("a.txt"), Format::Text, b"Title\n\nBody one").unwrap();
        let b = parse_bytes(Path::new("a.txt"), Format::Text, b"Title\n\nBody two").unwrap();
        assert_ne!(a.hash, b.hash);
    }
}
