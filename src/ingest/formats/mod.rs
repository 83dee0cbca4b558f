//! Article formats: each submodule is a pure function from decoded text to [`Parsed`] articles.
//!
//! Adding a format means a new submodule, a [`Format`] variant and a line in
//! [`FileKind::from_path`]; nothing else in the pipeline changes. A format that holds many
//! articles per file (JSON Lines, SGML collections) gives each one an `id`.

pub mod credits;
pub mod feed;
pub mod html;
pub mod json;
pub mod markdown;
pub mod news_xml;
pub mod sgml;
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
    /// `.html`, `.htm`: a saved web page.
    Html,
    /// `.json`: one article object, or an array of them.
    Json,
    /// `.jsonl`, `.ndjson`: one article object per line.
    JsonLines,
    /// `.sgm`, `.sgml`: Reuters-21578 `<REUTERS>` or TREC `<DOC>` collections.
    Sgml,
    /// `.rss`, `.atom`, `.rdf`, `.xml`: an RSS or Atom feed, one article per item; an
    /// `.xml` whose root is a news agency's (`<nitf>`, `<newsItem>`) is read as [`Format::NewsXml`].
    Feed,
    /// `.nitf`, `.newsml` (and `.xml`, by its root element): NITF, NewsML-G2 or NewsML 1,
    /// one article per story.
    NewsXml,
    /// `.mhtml`, `.mht`: a web page saved with its parts in one MIME message, read from
    /// bytes by [`crate::ingest::mime`].
    Mhtml,
    /// `.eml`: an e-mail (a newsletter, a press release, a news alert), read from bytes by
    /// [`crate::ingest::mime`].
    Email,
    /// `.mbox`, `.mbx`: a mailbox, one e-mail per article, read from bytes by
    /// [`crate::ingest::mime`].
    Mailbox,
    /// `.warc`: a web archive, whose HTML pages are read one record at a time by
    /// [`crate::ingest::warc`], not from text.
    Warc,
}

/// How to read a file: its format, and whether it is gzip-compressed first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileKind {
    /// The article format inside.
    pub format: Format,
    /// True for `*.gz`.
    pub gzip: bool,
}

impl FileKind {
    /// The kind a file's name says it is (`a.jsonl.gz` is gzipped JSON Lines), if newsdex
    /// reads it.
    pub fn from_path(path: &Path) -> Option<FileKind> {
        // Lossy: the extension of "caf\xe9.txt" is still .txt.
        let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
        let (name, gzip) = match name.strip_suffix(".gz") {
            Some(inner) => (inner.to_string(), true),
            None => (name, false),
        };
        // wget keeps an address's query in the name (`story.html?id=123`, or with `@` for
        // `?` under --restrict-file-names=windows): the type is before it.
        let format = format_of_name(&name)
            .or_else(|| name.split_once(['?', '@']).and_then(|(before, _)| format_of_name(before)))?;
        Some(FileKind { format, gzip })
    }

    /// The kind of a file: what its name says, else, for a name that says nothing newsdex
    /// reads (no extension, or a server page's: `story`, `article.php`, as wget saves pages
    /// without `--adjust-extension`), what its first bytes show ([`FileKind::sniffed`]).
    pub fn of_file(path: &Path) -> Option<FileKind> {
        FileKind::from_path(path).or_else(|| {
            if !may_hide_an_article(path) {
                return None;
            }
            let mut head = Vec::with_capacity(SNIFF_BYTES);
            let file = std::fs::File::open(path).ok()?;
            std::io::Read::read_to_end(&mut std::io::Read::take(file, SNIFF_BYTES as u64), &mut head).ok()?;
            FileKind::sniffed(&head)
        })
    }

    /// [`FileKind::of_file`] for a file already read.
    pub fn of_bytes(path: &Path, bytes: &[u8]) -> Option<FileKind> {
        FileKind::from_path(path).or_else(|| {
            may_hide_an_article(path).then(|| FileKind::sniffed(&bytes[..bytes.len().min(SNIFF_BYTES)]))?
        })
    }

    /// The kind a file's first bytes show: a web page (`<!DOCTYPE html`, `<html`), a
    /// mailbox (a `From ` line, then mail headers) or an e-mail (mail headers: a Maildir's
    /// or an MH folder's messages).
    pub fn sniffed(head: &[u8]) -> Option<FileKind> {
        let text = String::from_utf8_lossy(head);
        let format = if is_a_web_page(&text) {
            Format::Html
        } else if text.starts_with("From ")
            && ["\nFrom:", "\nSubject:", "\nDate:", "\nReceived:"].iter().any(|h| text.contains(h))
        {
            Format::Mailbox
        } else if is_an_email(&text) {
            Format::Email
        } else {
            return None;
        };
        Some(FileKind { format, gzip: false })
    }

    /// Whether the file is its one article's text as written: plain text or Markdown, not
    /// compressed.
    pub fn is_text_as_is(&self) -> bool {
        !self.gzip && matches!(self.format, Format::Text | Format::Markdown)
    }
}

/// How much of a file is read to tell its kind.
const SNIFF_BYTES: usize = 2048;

/// Whether a file whose name names no format newsdex reads may still be an article's: it
/// has no extension (`story`, a mail client's `Inbox`), or a server page's (`article.php`).
pub(crate) fn may_hide_an_article(path: &Path) -> bool {
    let Some(name) = path.file_name() else { return false };
    // wget's query suffix is no part of the type (`index.php?id=5`, `article.aspx@id=7`).
    let name = name.to_string_lossy();
    let name = name.split(['?', '@']).next().unwrap_or_default();
    match Path::new(name).extension().and_then(|e| e.to_str()) {
        None => true,
        // Not a type's name: a Maildir message's `1733.M12P34.host:2,S`, a `report.2024`.
        Some(ext) if ext.len() > 5 || !ext.chars().all(|c| c.is_ascii_alphanumeric()) => true,
        Some(ext) if ext.chars().all(|c| c.is_ascii_digit()) => true,
        Some(ext) => ["php", "php3", "asp", "aspx", "jsp", "jspx", "cfm", "cgi", "do", "action"]
            .contains(&ext.to_ascii_lowercase().as_str()),
    }
}

/// Whether text starts as an e-mail does: a header line (`Return-Path: <…>`), and among the
/// first lines at least two of the headers every e-mail has.
fn is_an_email(text: &str) -> bool {
    if !crate::ingest::mime::starts_with_a_header(text.as_bytes()) {
        return false;
    }
    let headers = ["from:", "subject:", "date:", "message-id:", "to:"];
    let lower = text.to_ascii_lowercase();
    headers.iter().filter(|h| lower.starts_with(*h) || lower.contains(&format!("\n{h}"))).count() >= 2
}

/// The format a lower-cased file name's extension names.
fn format_of_name(name: &str) -> Option<Format> {
    Some(match Path::new(name).extension()?.to_str()? {
        "txt" | "text" => Format::Text,
        "md" | "markdown" => Format::Markdown,
        "html" | "htm" | "xhtml" | "shtml" => Format::Html,
        "json" => Format::Json,
        "jsonl" | "ndjson" => Format::JsonLines,
        "sgm" | "sgml" => Format::Sgml,
        "rss" | "atom" | "rdf" | "xml" => Format::Feed,
        "nitf" | "newsml" => Format::NewsXml,
        "mhtml" | "mht" => Format::Mhtml,
        "eml" | "emlx" => Format::Email,
        "mbox" | "mbx" => Format::Mailbox,
        "warc" => Format::Warc,
        _ => return None,
    })
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
    /// Which article of a many-article file (a JSONL line number, a Reuters NEWID, a TREC
    /// DOCNO); `None` for one-article files.
    pub id: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Plain text of the body, paragraphs separated by newlines.
    pub body: String,
    /// Author(s) as written.
    pub byline: Option<String>,
    /// Where the story was filed, as its dateline gives it (`SALVADOR, Feb 26 -`), when the
    /// format keeps the dateline apart from the body.
    pub dateline: Option<String>,
    /// Publication date.
    pub date: Option<FoundDate>,
    /// When the article was last changed, where the source says so apart from its
    /// publication date (JSON-LD `dateModified`, front matter's `updated`, an "Updated:"
    /// line): a story updated or corrected and saved again.
    pub modified: Option<PublishedDate>,
    /// Tags or keywords.
    pub tags: Vec<String>,
    /// The article's URL, when the source gives one.
    pub url: Option<String>,
    /// The language the source declares (`<html lang>`, a `language` key, front matter's
    /// `lang`), as written.
    pub language: Option<String>,
    /// The source's own name for the article inside a many-article file, steadier than
    /// its place there: an e-mail's Message-ID, a feed item's guid, a JSON record's `id`.
    pub key: Option<String>,
    /// The source marks it unpublished: a draft, a private or trashed post (WordPress's
    /// `status`, front matter's `draft: true`). Such an article is not indexed
    /// ([`crate::ingest::article`] skips it with a warning).
    pub draft: bool,
}

impl Parsed {
    /// Whether there is an article here: a headline or some text.
    pub fn has_content(&self) -> bool {
        self.title.is_some() || !self.body.trim().is_empty()
    }
}

/// Parses decoded text in the given format into its articles. Problems worked around are
/// pushed to `warnings`, each naming the article or line it concerns. A web archive is
/// not text: its records are read from bytes ([`crate::ingest::warc`]); as text it yields
/// nothing, and so do the MIME formats ([`crate::ingest::mime`]).
pub fn parse(format: Format, text: &str, warnings: &mut Vec<String>) -> Vec<Parsed> {
    match format {
        // A feed or a web page saved under another name (`feed/index.html` from wget
        // mirroring a blog, `page.txt` from a script, `wget -O`).
        Format::Text | Format::Html if is_a_feed(text) => feed::parse(text, warnings),
        Format::Text if is_a_web_page(text) => vec![html::parse(text, warnings)],
        Format::Text => vec![text::parse_file(text, warnings)],
        Format::Markdown => vec![markdown::parse(text, warnings)],
        Format::Html => vec![html::parse(text, warnings)],
        Format::Json => json::parse(text, false, warnings),
        Format::JsonLines => json::parse(text, true, warnings),
        Format::Sgml => sgml::parse(text, warnings),
        // `.xml` is a feed or a news agency's story, told by its root element.
        Format::Feed if news_xml::kind_of(text).is_some() => news_xml::parse(text, warnings),
        Format::Feed => feed::parse(text, warnings),
        Format::NewsXml => news_xml::parse(text, warnings),
        Format::Warc | Format::Mhtml | Format::Email | Format::Mailbox => Vec::new(),
    }
}

/// Whether text starts as an HTML document does (`<!DOCTYPE html`, `<html`), after its
/// prolog ([`after_prolog`]).
fn is_a_web_page(text: &str) -> bool {
    let head: String = after_prolog(text).chars().take(14).collect::<String>().to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// Whether text starts as an RSS or Atom feed does (`<rss`, `<feed`, `<rdf:RDF`), after its
/// prolog ([`after_prolog`]).
fn is_a_feed(text: &str) -> bool {
    let rest = after_prolog(text);
    ["<rss", "<feed", "<rdf:RDF"].iter().any(|root| rest.starts_with(root))
}

/// Markup text after what may come before its root element: a byte-order mark, blank
/// lines, the XML declaration (`<?xml version="1.0" encoding="ISO-8859-1"?>`, which no
/// longer holds for text already decoded), style-sheet instructions and comments.
pub(crate) fn after_prolog(text: &str) -> &str {
    let mut rest = text.trim_start_matches('\u{feff}').trim_start();
    loop {
        if let Some(after) = rest.strip_prefix("<?") {
            rest = after.split_once("?>").map_or("", |(_, after)| after).trim_start();
        } else if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.split_once("-->").map_or("", |(_, after)| after).trim_start();
        } else {
            return rest;
        }
    }
}

/// A byline as written in a CMS's field or a feed (`By MARIA DELGADO, Staff Writer`) as
/// the names alone (`Maria Delgado`): without "By ", without the writer's title after a
/// comma (`Staff Writer`, `Correspondent`, `Associated Press Writer`), and a name written in
/// capitals as names are written. Names after a comma stay (`Ann Lee, Bo Chen`).
pub(crate) fn tidy_byline(byline: &str) -> String {
    let byline = squash_whitespace(byline);
    let name = html::without_by(&byline).trim();
    let name = match name.split_once(", ") {
        Some((name, role)) if text::is_byline_role(&capitalized(role)) || is_an_agency(role) => name,
        _ => name,
    };
    let name = name.trim().trim_end_matches([',', ';']).trim();
    name.split(", ").map(name_in_capitals_as_written).collect::<Vec<_>>().join(", ")
}

/// A name in capitals as names are written ("MARIA DELGADO" → "Maria Delgado"), when it
/// is one: two words at least ("NASA", "AFP" stay), and a word without a vowel is an
/// abbreviation that stays ("MDR SACHSEN-ANHALT" → "MDR Sachsen-Anhalt").
fn name_in_capitals_as_written(name: &str) -> String {
    let capitals = name.split_whitespace().count() >= 2
        && name.chars().any(char::is_alphabetic)
        && !name.chars().any(char::is_lowercase);
    if !capitals {
        return name.to_string();
    }
    let has_vowel = |w: &str| w.chars().any(|c| "AEIOUYÀÁÂÄÅÈÉÊËÌÍÎÏÒÓÔÖØÙÚÛÜ".contains(c));
    name.split_whitespace()
        .map(|w| match w {
            "AND" => "and".to_string(),
            w if has_vowel(w) => crate::entities::title_case(w),
            w => w.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a CMS's publication status (WordPress's `status`/`wp:status`, Ghost's, a front
/// matter's) says the article was never published or was taken down: a draft, one pending
/// review, a private or trashed post.
pub(crate) fn is_unpublished_status(status: &str) -> bool {
    const UNPUBLISHED: &[&str] =
        &["draft", "auto-draft", "pending", "private", "trash", "inherit", "unpublished"];
    UNPUBLISHED.contains(&status.trim().to_ascii_lowercase().as_str())
}

/// Whether a byline's last part names a news agency the writer files for (`Jo Park,
/// Associated Press`).
fn is_an_agency(text: &str) -> bool {
    const AGENCIES: &[&str] =
        &["associated press", "the associated press", "ap", "reuters", "reuter", "afp", "bloomberg"];
    AGENCIES.contains(&text.trim().trim_end_matches('.').to_lowercase().as_str())
}

/// `text` with its first letter a capital ("staff writer" → "Staff writer").
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// Collapses runs of whitespace (including newlines) into single spaces.
pub fn squash_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_web_page_saved_under_a_text_name_is_read_as_a_web_page() {
        let page = "\u{feff}\n<!DOCTYPE html><html><head><title>Ad sales boost profits</title></head>\
                    <body><article><p>Quarterly profits at the media giant rose on strong ad sales.</p>\
                    </article></body></html>";
        let parsed = parse(Format::Text, page, &mut Vec::new());
        assert_eq!(parsed[0].title.as_deref(), Some("Ad sales boost profits"));
        assert!(parsed[0].body.starts_with("Quarterly profits"), "{:?}", parsed[0].body);
        // Text that mentions markup is text.
        let text = "Markup lessons\n\nWrite <html> at the top of every page.";
        assert_eq!(parse(Format::Text, text, &mut Vec::new())[0].title.as_deref(), Some("Markup lessons"));
        // A feed saved as a page (wget mirroring a blog's `feed/`) is read as a feed.
        let feed = "<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"feed.xsl\"?>\n<rss version=\"2.0\"><channel>\
                    <title>Blog</title><item><title>One</title><description>First.</description></item>\
                    <item><title>Two</title><description>Second.</description></item></channel></rss>";
        for format in [Format::Html, Format::Text] {
            let items = parse(format, feed, &mut Vec::new());
            let titles: Vec<_> = items.iter().map(|i| i.title.as_deref().unwrap()).collect();
            assert_eq!(titles, ["One", "Two"]);
        }
    }

    #[test]
    fn a_files_kind_is_read_from_its_name_and_a_saved_addresss_query_is_passed_over() {
        let kind = |name: &str| FileKind::from_path(Path::new(name)).map(|k| (k.format, k.gzip));
        assert_eq!(kind("wire.JSONL.gz"), Some((Format::JsonLines, true)));
        assert_eq!(kind("alerts.rss"), Some((Format::Feed, false)));
        assert_eq!(kind("Saved Page.mhtml"), Some((Format::Mhtml, false)));
        assert_eq!(kind("story.html?id=123"), Some((Format::Html, false)));
        assert_eq!(kind("index.php@p=7.html"), Some((Format::Html, false)));
        assert_eq!(kind("article.htm@page=2"), Some((Format::Html, false)));
        assert_eq!(kind("photo.jpg?w=800"), None);
        assert_eq!(kind("notes"), None);
        assert_eq!(kind("archive.mbox"), Some((Format::Mailbox, false)));
    }

    #[test]
    fn a_file_whose_name_says_nothing_is_known_by_its_first_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, text: &str| {
            let path = dir.path().join(name);
            std::fs::write(&path, text).unwrap();
            FileKind::of_file(&path).map(|k| k.format)
        };
        assert_eq!(write("story", "\n<!DOCTYPE html><html><title>T</title>"), Some(Format::Html));
        assert_eq!(write("article.php", "<html lang=en><p>x</p></html>"), Some(Format::Html));
        assert_eq!(write("index.php?id=5", "<html lang=en><p>x</p></html>"), Some(Format::Html));
        assert_eq!(write("article.aspx@id=7", "<!doctype html><p>x</p>"), Some(Format::Html));
        assert_eq!(
            write(
                "Inbox",
                "From desk@example.org Mon Jan 6 11:00:00 2025\nFrom: Desk <desk@example.org>\nSubject: A\n\nB\n"
            ),
            Some(Format::Mailbox)
        );
        assert_eq!(
            write(
                "1733.M12P34.host:2,S",
                "Return-Path: <a@b.example>\nFrom: A <a@b.example>\nSubject: S\n\nText.\n"
            ),
            Some(Format::Email)
        );
        assert_eq!(write("notes", "Note: call back\nSubject: lunch\n"), None);
        // Other text, and other extensions, are not read for what they hold.
        assert_eq!(write("LICENSE", "Permission is hereby granted"), None);
        assert_eq!(write("page.bak", "<!DOCTYPE html><html></html>"), None);
        assert_eq!(write("index.php", "<?php echo 'hi'; ?>"), None);
    }
}
