//! Article formats: each submodule is a pure function from decoded text to [`Parsed`] fields.
//!
//! Adding a format means a new submodule, a [`Format`] variant and a line in
//! [`Format::from_path`]; nothing else in the pipeline changes.

pub mod markdown;
pub mod text;

use std::path::Path;

use crate::dates::PublishedDate;

/// The article formats newsdex reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.txt`: headline on the first line, optional `Published:`/`By` lines, then the body.
    Text,
    /// `.md`, `.markdown`: YAML or TOML front matter, or a first `# heading`.
    Markdown,
}

impl Format {
    /// The format a file's extension names, if newsdex reads it.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            _ => None,
        }
    }
}

/// A date and where in the article it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    /// The date.
    pub date: PublishedDate,
    /// Where it came from, e.g. `front-matter:date` or `text:published-line`.
    pub source: &'static str,
}

/// The fields a format parser finds in one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    /// Headline.
    pub title: Option<String>,
    /// Plain text of the body, paragraphs separated by newlines.
    pub body: String,
    /// Author(s) as written.
    pub byline: Option<String>,
    /// Publication date.
    pub date: Option<FoundDate>,
    /// Tags or keywords.
    pub tags: Vec<String>,
}

/// Parses decoded text in the given format. Problems worked around are pushed to `warnings`.
pub fn parse(format: Format, text: &str, warnings: &mut Vec<String>) -> Parsed {
    match format {
        Format::Text => text::parse(text),
        Format::Markdown => markdown::parse(text, warnings),
    }
}

/// Collapses runs of whitespace (including newlines) into single spaces.
pub fn squash_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
