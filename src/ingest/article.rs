//! What an article is once read, and reading one file into articles.
//!
//! [`read_file`] is the whole per-file stage: read bytes → [`decode`](super::decode) →
//! the parser for the file's [`Format`] → [`Article`]s. It does no indexing and no entity
//! extraction, so `extract`, `ingest` and tests all share it.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

use std::io::Read;

use super::decode::decode;
use super::formats::{self, FileKind, Format, Parsed};
use crate::dates::PublishedDate;

/// One news article, as parsed from its file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
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
    /// Its dateline, where the format keeps it apart from the body (`SALVADOR, Feb 26 -`).
    pub dateline: Option<String>,
    /// When it was published, if the article says so (never the file's mtime).
    pub date: Option<PublishedDate>,
    /// Where the date was found (`front-matter:date`, `text:published-line`, …).
    pub date_source: Option<&'static str>,
    /// When it was last changed, if the article says so apart from its publication date
    /// ([`Parsed::modified`]).
    pub modified: Option<PublishedDate>,
    /// Tags or keywords the article carries.
    pub tags: Vec<String>,
    /// The article's URL, when the source gives one.
    pub url: Option<String>,
    /// The language it is written in, as a code (`en`, `de`): see [`super::language`].
    pub language: Option<&'static str>,
    /// Inside a file of many articles, what its uid is made from when that is steadier
    /// than its place in the file: its web address (`url:https://…`; `…#2` for the second
    /// item giving the same one), else the file's own name for it ([`Parsed::key`]:
    /// `message-id:<…>`, `guid:…`, `id:…`). A feed, a mailbox or an export saved again
    /// with new items on top moves every item down one place; a uid from the place would
    /// open another article. `None`: the uid is made from the id.
    pub uid_key: Option<String>,
    /// The uids it had before its file moved to a name or folder that dates it otherwise
    /// (`story.txt` into `2024-12-06/`): read again for its new date, it keeps answering
    /// to them. Set by the ingest, never parsed.
    pub former_uids: Vec<String>,
}

/// Gives the articles of a file of many articles their [`Article::uid_key`]: from their
/// web address, else from the file's own name for them (set from [`Parsed::key`]). An
/// article alone in its file has none: its uid is made from the file.
fn with_steady_uid_keys(articles: &mut [Article]) {
    let mut seen: rustc_hash::FxHashMap<String, usize> = rustc_hash::FxHashMap::default();
    for article in articles.iter_mut() {
        let key = match (&article.id, &article.url) {
            (None, _) => None,
            (Some(_), Some(url)) => Some(format!("url:{url}")),
            (Some(_), None) => article.uid_key.take(),
        };
        article.uid_key = key.map(|key| {
            let times = seen.entry(key.clone()).or_default();
            *times += 1;
            match *times {
                1 => key,
                n => format!("{key}#{n}"),
            }
        });
    }
}

/// The longest headline kept whole. Headlines run to 175 characters at most over the
/// 23,813 BBC and Reuters articles and the 309 gold pages; a longer "headline" is a
/// paragraph (a text file whose first line is its first paragraph, or a whole article on
/// one line).
const MAX_TITLE_CHARS: usize = 300;

/// A title too long to be a headline becomes the body's first paragraph (nothing of it
/// is lost), and the title its opening as a snippet shows it: the first sentence, or the
/// first words up to `MAX_TITLE_CHARS`, then "…".
fn headline_and_body(title: Option<String>, body: String) -> (Option<String>, String) {
    let title = match title {
        Some(t) if t.chars().count() > MAX_TITLE_CHARS => t,
        short => return (short, body),
    };
    let opening = crate::search::snippet::lead(&title, MAX_TITLE_CHARS);
    let whole_sentence = opening.text.ends_with(['.', '?', '!']);
    let headline = if whole_sentence {
        opening.text
    } else {
        format!("{}…", opening.text.trim_end_matches([',', ';', ':']))
    };
    let body = if body.trim().is_empty() { title } else { format!("{title}\n{body}") };
    (Some(headline), body)
}

/// Characters that print as nothing (or as a hyphen only where a line breaks) and split
/// the word they sit in for search: the soft hyphen (`&shy;`, which German and Dutch news
/// sites put in long words, and OCR in broken ones), the word joiner, a byte-order mark in
/// mid-text. (A zero-width space is one only between Latin letters: in Thai or Khmer it is
/// how words are told apart.)
fn is_invisible_in_a_word(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{2060}' | '\u{feff}')
}

const ZERO_WIDTH_SPACE: char = '\u{200b}';

fn is_latin_letter(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphabetic() && c < '\u{250}')
}

/// The typographic ligatures of Latin letters (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ), which PDF and OCR
/// text keeps: searched as their letters already, but shown as themselves ("Oﬃcials").
fn is_latin_ligature(c: char) -> bool {
    ('\u{fb00}'..='\u{fb06}').contains(&c)
}

/// `text` composed ([`crate::nfc`]: "Que\u{301}bec" as macOS writes it is "Québec"),
/// without invisible characters inside words and with ligatures as their letters, so that
/// what is shown, searched and named is the word as written ("parlia\u{ad}ment" is
/// "parliament", "Matﬁeld" is "Matfield"). Done to a file's text before it is parsed (the
/// parsers see whole words), and to what a parser made of markup (`&shy;` in a page,
/// `e&#769;`) or read on its own (an e-mail's parts, a web archive's pages).
fn plain_letters(text: String) -> String {
    let text = crate::nfc::composed_string(text);
    if !text.contains(|c| is_invisible_in_a_word(c) || is_latin_ligature(c) || c == ZERO_WIDTH_SPACE) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().filter(|&c| !is_invisible_in_a_word(c)).peekable();
    while let Some(c) = chars.next() {
        if c == ZERO_WIDTH_SPACE
            && is_latin_letter(out.chars().next_back())
            && is_latin_letter(chars.peek().copied())
        {
            continue;
        }
        if is_latin_ligature(c) {
            unicode_normalization::char::decompose_compatible(c, |letter| out.push(letter));
        } else {
            out.push(c);
        }
    }
    out
}

impl Article {
    fn from_parsed(path: &Path, parsed: Parsed) -> Article {
        let (title, body) = headline_and_body(parsed.title.map(plain_letters), plain_letters(parsed.body));
        let language = super::language::of_article(parsed.language.as_deref(), title.as_deref(), &body);
        // Failing a byline of its own, a wire story's closing credit line gives one
        // ("(Reporting by Jane Smith; Editing by Mark Potter)" → "Jane Smith").
        let byline = parsed.byline.map(plain_letters).or_else(|| formats::credits::byline(&body));
        Article {
            path: path.to_path_buf(),
            id: parsed.id,
            title,
            body,
            byline,
            dateline: parsed.dateline.map(plain_letters),
            date: parsed.date.as_ref().map(|d| d.date.clone()),
            date_source: parsed.date.map(|d| d.source),
            modified: parsed.modified,
            url: parsed.url,
            tags: parsed.tags.into_iter().map(plain_letters).collect(),
            language,
            // Made final by `with_steady_uid_keys`, once the file's articles are all read.
            uid_key: parsed.key,
            former_uids: Vec::new(),
        }
    }

    /// A hash of everything parsed from the article, to tell which articles of an edited
    /// many-article file really changed.
    pub fn content_hash(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        (
            &self.id,
            &self.title,
            &self.body,
            &self.byline,
            &self.dateline,
            &self.tags,
            &self.url,
            &self.language,
        )
            .hash(&mut h);
        self.date.as_ref().map(PublishedDate::iso).hash(&mut h);
        self.date_source.hash(&mut h);
        self.modified.as_ref().map(PublishedDate::iso).hash(&mut h);
        h.finish()
    }

    /// The id shown to users for an article inside a many-article file:
    /// `reut2-000.sgm#5`. `None` for one-article files.
    pub fn display_id(&self) -> Option<String> {
        let id = self.id.as_ref()?;
        let name = self.path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        Some(format!("{name}#{id}"))
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
        /// The size is what the gzip data unpacks to (at least), not the file's.
        unpacked: bool,
    },
    /// A file type newsdex does not read (yet).
    Unsupported,
    /// The file could not be read (permissions, vanished, I/O error): the run did not read
    /// all it was asked to, and `ingest` ends with status 2.
    Unreadable(String),
    /// Its bytes are damaged past reading (gzip data that does not unpack).
    Damaged(String),
    /// The file parsed but held no headline and no text; what the reader warned of on
    /// the way ("invalid JSON: EOF while parsing ...") says why.
    NoText(Vec<String>),
    /// A document of a format newsdex does not read (a PDF, a Word file), whatever its
    /// name says: what it is (`a PDF document`).
    OtherDocument(&'static str),
    /// Every article it holds is marked unpublished by its source (a draft, a private or
    /// trashed post): how many.
    Draft(usize),
    /// A plain-text file that is a list or data, not prose (see [`looks_like_a_list`]).
    List,
    /// A Git LFS pointer ([`is_a_git_lfs_pointer`]): the file's content was never fetched.
    LfsPointer,
}

/// The first line of a Git LFS pointer file, which the spec makes its first key.
const LFS_POINTER_START: &[u8] = b"version https://git-lfs.github.com/spec/v1\n";

/// Git LFS pointer files are shorter than this (the spec's limit).
const LFS_POINTER_MAX_BYTES: u64 = 1024;

/// Whether `bytes` are a Git LFS pointer: what a repository keeping its files in Git LFS
/// checks out in place of a file's content until `git lfs pull` fetches it (`version
/// https://git-lfs.github.com/spec/v1`, `oid sha256:…`, `size 12345`), read as text it
/// was indexed as an article of those three lines.
pub fn is_a_git_lfs_pointer(bytes: &[u8]) -> bool {
    (bytes.len() as u64) < LFS_POINTER_MAX_BYTES
        && bytes.starts_with(LFS_POINTER_START)
        && bytes.windows(11).any(|w| w == b"\noid sha256")
}

/// Whether a plain text is a list or data rather than an article: at least
/// [`LIST_MIN_LINES`] lines that are not blank, most of them one to three words, and
/// hardly a sentence (fewer ends of sentences than one per 50 lines). A corpus's lists of
/// names (`amex\nase\nasx…`, one code a line), a table of categories, Prolog facts.
///
/// An article is made of sentences: a story wrapped at 30 characters still ends one every
/// few lines, and a short one (a headline and two lines) has too few lines to be judged.
/// A sentence ends at `.`, `!`, `?` or an ideographic full stop after two letters of any
/// script (not after `U.S`), so a Chinese or Russian story counts its sentences too.
pub fn looks_like_a_list(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    if lines.len() < LIST_MIN_LINES {
        return false;
    }
    let short = lines.iter().filter(|l| l.split_whitespace().count() <= 3).count();
    if short * 2 <= lines.len() {
        return false;
    }
    let mut sentences = 0usize;
    let mut letters = 0usize;
    for c in text.chars() {
        if matches!(c, '.' | '!' | '?' | '。' | '！' | '？') && letters >= 2 {
            sentences += 1;
        }
        letters = if c.is_alphabetic() { letters + 1 } else { 0 };
    }
    sentences * 50 < lines.len()
}

/// The fewest lines (not blank) a text must have to be judged a list.
pub const LIST_MIN_LINES: usize = 10;

/// What a file's first bytes show it to be, when a document of a format newsdex does not
/// read: a PDF saved as `report.html`, an RTF as `tip.txt`, a Word file with no extension.
/// Read as text, their markup was indexed as an article (`%PDF-1.4 1 0 obj <<`).
pub fn other_document(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"%PDF-", "a PDF document"),
        (b"{\\rtf", "an RTF document"),
        (b"PK\x03\x04", "a ZIP archive (or a Word, OpenDocument or EPUB file, which are ones)"),
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an old Word, Excel or Outlook file"),
    ];
    let start = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    SIGNATURES.iter().find(|(magic, _)| start.starts_with(magic)).map(|(_, what)| *what)
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
            Skip::Damaged(_) => "damaged",
            Skip::NoText(_) => "no text",
            Skip::OtherDocument(_) => "not an article format",
            Skip::Draft(_) => "draft",
            Skip::List => "a list, not an article",
            Skip::LfsPointer => "a Git LFS pointer",
        }
    }
}

impl fmt::Display for Skip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Skip::Empty => write!(f, "empty file, skipped"),
            Skip::Binary => write!(f, "binary file (not text), skipped"),
            Skip::TooLarge { limit, unpacked: true, .. } => {
                write!(f, "unpacks to more than {} MB, the limit (--max-file-mb), skipped", limit >> 20)
            }
            Skip::TooLarge { bytes, limit, unpacked: false } => write!(
                f,
                "file is {:.1} MB, over the {} MB limit (--max-file-mb), skipped",
                *bytes as f64 / f64::from(1 << 20),
                limit >> 20
            ),
            Skip::Unsupported => write!(f, "not a supported article type, skipped"),
            Skip::Unreadable(cause) | Skip::Damaged(cause) => write!(f, "cannot read: {cause}"),
            Skip::NoText(why) if why.is_empty() => write!(f, "no headline or text found, skipped"),
            Skip::NoText(why) if why.len() > 3 => write!(
                f,
                "no headline or text found ({}; and {} more problems), skipped",
                why[..3].join("; "),
                why.len() - 3
            ),
            Skip::NoText(why) => write!(f, "no headline or text found ({}), skipped", why.join("; ")),
            Skip::Draft(1) => write!(f, "draft, not published; skipped"),
            Skip::Draft(n) => write!(f, "{n} drafts, not published; skipped"),
            Skip::List => write!(
                f,
                "a list, not an article (most lines one to three words, no sentences); skipped (name the \
                 file itself to ingest it anyway)"
            ),
            Skip::OtherDocument(what) => write!(
                f,
                "{what}, not an article format newsdex reads (convert it to text or HTML first, as with \
                 pdftotext or pandoc), skipped"
            ),
            Skip::LfsPointer => write!(
                f,
                "a Git LFS pointer, not the file's content: run `git lfs pull` in its repository to fetch \
                 it; skipped"
            ),
        }
    }
}

/// A file read into articles.
#[derive(Debug, Clone)]
pub struct FileArticles {
    /// The articles it holds (one for .txt and .md, many for JSON Lines and SGML).
    pub articles: Vec<Article>,
    /// A 64-bit xxh3 hash of the file's bytes, to tell real edits from touched files.
    pub hash: u64,
    /// The encoding the text was read as (`UTF-8`, `windows-1252`, `macintosh`, …; `per
    /// part` for an e-mail, `per page` for a web archive).
    pub encoding: &'static str,
    /// Problems that were worked around (a broken front matter block, say).
    pub warnings: Vec<String>,
}

/// Reads, decodes and parses one file. `max_bytes` guards against huge files (and, for
/// gzip, against what they expand to).
pub fn read_file(path: &Path, max_bytes: u64) -> Result<FileArticles, Skip> {
    guarded(|| read_file_unguarded(path, max_bytes))
}

/// Runs a reader on one file, and turns a panic in it (a bug in newsdex or in a library it
/// uses, met on a strange file) into a skip of that file with the panic's message: one
/// bad file never stops an ingest.
pub fn guarded<T>(read: impl FnOnce() -> Result<T, Skip>) -> Result<T, Skip> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read)).unwrap_or_else(|panic| {
        Err(Skip::Unreadable(format!(
            "newsdex failed on this file ({}); please report it",
            panic_message(&*panic)
        )))
    })
}

/// The people, organizations and places of each article of a file read, found in
/// parallel. A panic while finding them (a bug met on a strange text) leaves the articles
/// without names, with a warning, rather than losing their text.
pub fn find_names(file: &mut FileArticles) -> Vec<crate::entities::Entities> {
    find_names_where(file, |_| true)
}

/// How many articles this process has looked for names in (for `NEWSDEX_TIMINGS`).
static ARTICLES_NAMED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// How many articles this process has looked for names in, for the timings of a pass
/// (`NEWSDEX_TIMINGS`): an edited file's articles as before are not.
pub fn articles_named() -> usize {
    ARTICLES_NAMED.load(std::sync::atomic::Ordering::Relaxed)
}

/// As [`find_names`], for the articles `wanted` says alone: the others get no names. An
/// edited JSON Lines file whose articles are mostly as the index holds them (a feed a
/// scraper appends to all day) costs the names of its new lines, not of all of them.
pub fn find_names_where(
    file: &mut FileArticles,
    wanted: impl Fn(&Article) -> bool + Sync,
) -> Vec<crate::entities::Entities> {
    use rayon::prelude::*;
    let found = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        file.articles
            .par_iter()
            .map(|article| match wanted(article) {
                true => {
                    ARTICLES_NAMED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    crate::entities::extract(article)
                }
                false => Default::default(),
            })
            .collect()
    }));
    found.unwrap_or_else(|panic| {
        let why = panic_message(&*panic);
        file.warnings
            .push(format!("finding names failed ({why}); indexed without people, organizations and places"));
        vec![Default::default(); file.articles.len()]
    })
}

/// What a panic said.
pub fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    match (panic.downcast_ref::<&str>(), panic.downcast_ref::<String>()) {
        (Some(text), _) => text.to_string(),
        (_, Some(text)) => text.clone(),
        _ => "a panic".to_string(),
    }
}

fn read_file_unguarded(path: &Path, max_bytes: u64) -> Result<FileArticles, Skip> {
    // What the bytes show of a file whose name says nothing is read from the bytes read
    // below (in `file_from_bytes_unguarded`), not from a first read of its start.
    let kind = FileKind::from_path(path);
    if kind.is_none() && !formats::may_hide_an_article(path) {
        return Err(Skip::Unsupported);
    }
    // A file small enough to be a Git LFS pointer is read whole, whatever its format.
    let small = || std::fs::metadata(path).is_ok_and(|m| m.len() < LFS_POINTER_MAX_BYTES);
    if let Some(kind) = kind
        && kind.format == Format::Warc
        && !small()
    {
        // Streamed: an archive may be any size; the limit holds for each page in it.
        let file = std::fs::File::open(path).map_err(|e| Skip::Unreadable(e.to_string()))?;
        return web_archive(path, file, kind.gzip, max_bytes);
    }
    if let Some(kind) = kind
        && kind.format == Format::Mailbox
        && !kind.gzip
        && !small()
    {
        // Streamed too: a Takeout mailbox holds gigabytes; the limit holds for each e-mail.
        let file = std::fs::File::open(path).map_err(|e| Skip::Unreadable(e.to_string()))?;
        return mailbox(path, std::io::BufReader::with_capacity(1 << 16, file), max_bytes);
    }
    let size = std::fs::metadata(path).map_err(|e| Skip::Unreadable(e.to_string()))?.len();
    if size > max_bytes {
        return Err(Skip::TooLarge { bytes: size, limit: max_bytes, unpacked: false });
    }
    let bytes = std::fs::read(path).map_err(|e| Skip::Unreadable(e.to_string()))?;
    file_from_bytes_unguarded(path, bytes, max_bytes)
}

/// Decompresses (for `*.gz`), decodes and parses the bytes of a file already read.
pub fn file_from_bytes(path: &Path, bytes: Vec<u8>, max_bytes: u64) -> Result<FileArticles, Skip> {
    guarded(|| file_from_bytes_unguarded(path, bytes, max_bytes))
}

fn file_from_bytes_unguarded(path: &Path, bytes: Vec<u8>, max_bytes: u64) -> Result<FileArticles, Skip> {
    // (A file known only by its bytes has none to show when empty.)
    // Before all else: a pointer keeps the name of the file it stands for (`feed.jsonl.gz`).
    if is_a_git_lfs_pointer(&bytes) {
        return Err(Skip::LfsPointer);
    }
    let kind = FileKind::of_bytes(path, &bytes).ok_or(if bytes.is_empty() {
        Skip::Empty
    } else {
        Skip::Unsupported
    })?;
    if kind.format == Format::Warc {
        return web_archive(path, &bytes[..], kind.gzip, max_bytes);
    }
    if bytes.len() as u64 > max_bytes {
        return Err(Skip::TooLarge { bytes: bytes.len() as u64, limit: max_bytes, unpacked: false });
    }
    let hash = xxhash_rust::xxh3::xxh3_64(&bytes);
    let mut warnings = Vec::new();
    // The bytes say whether they are gzip, whatever the name: a `.gz` a browser already
    // unpacked, or gzip data saved under a plain name.
    let gzipped = bytes.starts_with(&GZIP_MAGIC);
    if kind.gzip && !gzipped && !bytes.is_empty() {
        warnings.push("not gzip data despite its name; read as it is".to_string());
    } else if !kind.gzip && gzipped {
        warnings.push("gzip data under a name without .gz; unpacked".to_string());
    }
    let bytes = if gzipped { gunzip(&bytes, max_bytes, &mut warnings)? } else { bytes };
    if let Some(what) = other_document(&bytes) {
        return Err(Skip::OtherDocument(what));
    }
    let mut read = parse_bytes(path, kind.format, &bytes).map_err(|skip| match skip {
        // A damaged stream may be why nothing could be read.
        Skip::NoText(why) => Skip::NoText(warnings.iter().cloned().chain(why).collect()),
        other => other,
    })?;
    read.hash = hash;
    warnings.append(&mut read.warnings);
    read.warnings = warnings;
    Ok(read)
}

/// The e-mails of a mailbox read as a stream ([`super::mime::read_mailbox_from`]) as articles.
fn mailbox(path: &Path, file: impl std::io::BufRead, max_mail_bytes: u64) -> Result<FileArticles, Skip> {
    let mut warnings = Vec::new();
    let (mails, hash) = super::mime::read_mailbox_from(file, max_mail_bytes, &mut warnings);
    streamed_articles(path, mails, hash, "per part", warnings)
}

/// The articles of a file read as a stream (a mailbox, a web archive): each with content,
/// their uids made steady; with none, the file gave no text.
fn streamed_articles(
    path: &Path,
    parsed: Vec<Parsed>,
    hash: u64,
    encoding: &'static str,
    mut warnings: Vec<String>,
) -> Result<FileArticles, Skip> {
    let (parsed, drafts) = without_drafts(parsed, &mut warnings);
    let mut articles: Vec<Article> =
        parsed.into_iter().filter(Parsed::has_content).map(|p| Article::from_parsed(path, p)).collect();
    with_steady_uid_keys(&mut articles);
    if articles.is_empty() && drafts > 0 {
        return Err(Skip::Draft(drafts));
    }
    if articles.is_empty() {
        return Err(Skip::NoText(warnings));
    }
    Ok(FileArticles { articles, hash, encoding, warnings })
}

/// The pages of a web archive (see [`super::warc`]) as articles.
fn web_archive(path: &Path, file: impl Read, gzip: bool, max_page_bytes: u64) -> Result<FileArticles, Skip> {
    let read = super::warc::read(file, gzip, max_page_bytes);
    streamed_articles(path, read.pages, read.hash, "per page", read.warnings)
}

/// The first bytes of gzip data.
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Decompresses gzip data (all members). A truncated or corrupt stream keeps what could be
/// read, with a warning; output above `max_bytes` is refused (a gzip bomb is not news).
fn gunzip(bytes: &[u8], max_bytes: u64, warnings: &mut Vec<String>) -> Result<Vec<u8>, Skip> {
    let mut out = Vec::new();
    let mut decoder = flate2::read::MultiGzDecoder::new(bytes).take(max_bytes + 1);
    if let Err(err) = decoder.read_to_end(&mut out) {
        if out.is_empty() {
            return Err(Skip::Damaged(format!("not valid gzip: {err}")));
        }
        warnings.push(format!("gzip data is damaged ({err}); kept the first {} bytes", out.len()));
    }
    if out.len() as u64 > max_bytes {
        return Err(Skip::TooLarge { bytes: out.len() as u64, limit: max_bytes, unpacked: true });
    }
    Ok(out)
}

/// How long before its file was last written a wire story's dateline may give its day
/// (see [`dated_by_file_time`]).
const DATELINE_DAYS_BEFORE_FILE_TIME: i64 = 7;

/// Dates an article whose dateline gives a month and a day but no year (`JOHANNESBURG,
/// Dec 5 (Reuters) -`, as wire copy is filed) by the year its file was written in, when
/// that day is at most [`DATELINE_DAYS_BEFORE_FILE_TIME`] days before the file's
/// modification time (on the machine's clock): a story landing in a wire folder. In a
/// copied archive the file's time is the copy's, and the dateline stays undated; so it
/// does when the file's time falls on the dateline's week of another year (a git checkout
/// or a clone sets every file's time to its own: "WASHINGTON, Jan 24 -" of a 1987 story
/// checked out on 28 January 2027) and the text names years, all of them more than
/// [`YEARS_NAMED_BEFORE_FILE_TIME`] before the file's ("the 1986 trade deficit").
fn dated_by_file_time(article: &mut Article, path: &Path) {
    use chrono::Datelike;
    let Some(first) = article.body.lines().next() else { return };
    let Ok(written) = std::fs::metadata(path).and_then(|m| m.modified()) else { return };
    let written = chrono::DateTime::<chrono::Local>::from(written).date_naive();
    for year in [written.year(), written.year() - 1] {
        if let Some(date) = formats::text::yearless_dateline_in(first, year) {
            let day = date.local.date();
            if day <= written && (written - day).num_days() <= DATELINE_DAYS_BEFORE_FILE_TIME {
                let latest =
                    latest_year_named(article.title.iter().map(String::as_str).chain([&*article.body]));
                if latest.is_some_and(|named| named < year - YEARS_NAMED_BEFORE_FILE_TIME) {
                    return;
                }
                article.date = Some(date);
                article.date_source = Some("text:dateline+file-time");
                return;
            }
        }
    }
}

/// How many years before its file's time the latest year an article names may be for
/// its dateline to take the file's year ([`dated_by_file_time`]): a story of this week
/// names this year or last ("the 2025 figures") or none at all.
const YEARS_NAMED_BEFORE_FILE_TIME: i32 = 2;

/// The latest year (1800 to 2199, four digits standing as a word of their own: not in
/// "12,1987", "1987.5", "BA2035" or "1980s") that `texts` name, if any.
fn latest_year_named<'a>(texts: impl Iterator<Item = &'a str>) -> Option<i32> {
    texts
        .flat_map(|text| text.split(|c: char| !(c.is_alphanumeric() || c == '.' || c == ',')))
        .map(|word| word.trim_end_matches(['.', ',']))
        .filter(|word| word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .filter_map(|word| word.parse().ok())
        .filter(|year| (1800..2200).contains(year))
        .max()
}

/// Decodes and parses bytes already read from `path`.
pub fn parse_bytes(path: &Path, format: Format, bytes: &[u8]) -> Result<FileArticles, Skip> {
    let hash = xxhash_rust::xxh3::xxh3_64(bytes);
    let mut warnings = Vec::new();
    let (parsed, encoding) = match format {
        // Each part of a MIME message declares its own encoding.
        Format::Mhtml | Format::Email => {
            if bytes.iter().all(u8::is_ascii_whitespace) {
                return Err(Skip::Empty);
            }
            (super::mime::read(format, bytes, &mut warnings).into_iter().collect(), "per part")
        }
        Format::Mailbox => (super::mime::read_mailbox(bytes, &mut warnings), "per part"),
        _ => {
            let decoded = decode(bytes)?;
            warnings.extend(decoded.byte_warnings());
            if decoded.nuls_dropped > 0 {
                warnings.push(format!(
                    "{} NUL {} dropped (padding, or damage in copying); the text around them is indexed",
                    decoded.nuls_dropped,
                    crate::search::render::plural(decoded.nuls_dropped, "byte", "bytes")
                ));
            }
            if let Some(from) = decoded.binary_from {
                warnings.push(format!(
                    "binary data from byte {from} of {} on; only the text before it is indexed",
                    bytes.len()
                ));
            }
            let text = match merged_side(&decoded.text) {
                Some(ours) => {
                    warnings.push(ours.warning());
                    ours.text
                }
                None => decoded.text,
            };
            (formats::parse(format, &plain_letters(text), &mut warnings), decoded.encoding)
        }
    };
    let (parsed, drafts) = without_drafts(parsed, &mut warnings);
    let full_path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut articles: Vec<Article> = parsed
        .into_iter()
        .filter(Parsed::has_content)
        .map(|p| Article::from_parsed(path, p))
        .map(|mut article| {
            // Last resort: a date in the file's name or folders (`2024/05/17/…`), read
            // from the whole path, so that `extract` on `.` finds what `ingest` does.
            // The name of a file of many articles (`site.WordPress.2023-06-30.xml`, a
            // feed saved as `feed-2024-05-17.rss`) dates the file, not its articles: only
            // its folders are read for theirs.
            let dated_path = match &article.id {
                Some(_) => full_path.parent().map_or_else(|| full_path.clone(), Path::to_path_buf),
                None => full_path.clone(),
            };
            if article.date.is_none()
                && let Some(date) = crate::dates::date_in_path(&dated_path.to_string_lossy())
            {
                article.date = Some(date);
                article.date_source = Some("path");
            }
            if article.date.is_none() {
                dated_by_file_time(&mut article, path);
            }
            article
        })
        .collect();
    say_dates_passed_over(&articles, &full_path, &mut warnings);
    with_steady_uid_keys(&mut articles);
    if articles.is_empty() && drafts > 0 {
        return Err(Skip::Draft(drafts));
    }
    if articles.is_empty() {
        return Err(Skip::NoText(warnings));
    }
    if let [article] = &articles[..]
        && is_next_to_nothing(article)
    {
        return Err(Skip::Empty);
    }
    Ok(FileArticles { articles, hash, encoding, warnings })
}

/// The text of a file git left with merge conflicts, as the side checked out wrote it.
#[derive(Debug, PartialEq, Eq)]
struct OursSide {
    /// The text without the conflicts' markers and the other side's lines (and, in the
    /// `diff3` style, the lines of the common base).
    text: String,
    /// Where each conflict was: its first and last line (its markers), from 1.
    conflicts: Vec<(usize, usize)>,
    /// What the markers name the two sides (`HEAD`, `feature-branch`), when they do.
    ours: String,
    theirs: String,
}

impl OursSide {
    /// The one-line warning for the file.
    fn warning(&self) -> String {
        let lines: Vec<String> = self.conflicts.iter().take(5).map(|(a, b)| format!("{a}-{b}")).collect();
        let more = match self.conflicts.len() {
            n if n > 5 => format!(" and {} more", n - 5),
            _ => String::new(),
        };
        let name = |label: &str, or: &'static str| match label {
            "" => or.to_string(),
            label => format!("{or}, {label}"),
        };
        format!(
            "git merge conflict markers (lines {}{more}): indexed the side checked out ({}) without the \
             markers; the other side ({}) is left out until the conflict is resolved",
            lines.join(", "),
            name(&self.ours, "ours"),
            name(&self.theirs, "theirs"),
        )
    }
}

/// Whether `line` is a merge-conflict marker: seven `mark` characters, then the line's end
/// or a space and a label (`<<<<<<< HEAD`, `>>>>>>> feature`); for `=======`, nothing after.
fn conflict_marker<'a>(line: &'a str, mark: &str) -> Option<&'a str> {
    let rest = line.trim_end_matches(['\n', '\r']).strip_prefix(mark)?;
    match rest {
        "" => Some(""),
        _ if mark == "=======" => rest.trim().is_empty().then_some(""),
        _ => rest.strip_prefix([' ', '\t']).map(str::trim),
    }
}

/// The side checked out ("ours") of a text holding the conflicts `git merge` (or a rebase,
/// a stash pop) leaves in a file it could not merge, as a file saved with them and
/// committed keeps them: `<<<<<<< HEAD`, our lines, (`||||||| base`, the base's lines,)
/// `=======`, their lines, `>>>>>>> branch`. `None` when the text holds no conflict, or
/// markers that do not make whole conflicts (left as they are).
///
/// Ours, not both sides: it is a version of the article that was committed (what it read
/// before the merge), and it keeps the file's format whole (a JSON Lines record, an SGML
/// story or an HTML page given twice, once per side, would be two articles with one id),
/// while both sides one after the other read as one article that says two things.
fn merged_side(text: &str) -> Option<OursSide> {
    if !text.contains("<<<<<<<") {
        return None;
    }
    #[derive(PartialEq)]
    enum In {
        Text,
        Ours,
        Base,
        Theirs,
    }
    let mut side = OursSide {
        text: String::with_capacity(text.len()),
        conflicts: Vec::new(),
        ours: String::new(),
        theirs: String::new(),
    };
    let mut state = In::Text;
    let mut start = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let n = n + 1;
        match state {
            In::Text => match conflict_marker(line, "<<<<<<<") {
                Some(label) => {
                    if side.ours.is_empty() {
                        side.ours = label.to_string();
                    }
                    (state, start) = (In::Ours, n);
                }
                None => side.text.push_str(line),
            },
            In::Ours | In::Base if conflict_marker(line, "=======").is_some() => state = In::Theirs,
            In::Ours if conflict_marker(line, "|||||||").is_some() => state = In::Base,
            In::Ours => {
                if conflict_marker(line, "<<<<<<<").is_some() || conflict_marker(line, ">>>>>>>").is_some() {
                    return None;
                }
                side.text.push_str(line);
            }
            In::Base => {}
            In::Theirs => {
                if let Some(label) = conflict_marker(line, ">>>>>>>") {
                    if side.theirs.is_empty() {
                        side.theirs = label.to_string();
                    }
                    side.conflicts.push((start, n));
                    state = In::Text;
                } else if conflict_marker(line, "<<<<<<<").is_some() {
                    return None;
                }
            }
        }
    }
    (state == In::Text && !side.conflicts.is_empty()).then_some(side)
}

/// Says in `warnings` what about the articles' dates a reader should check: a date in
/// the file's name that is no day (`2004-02-30-harbour.txt`), when it leaves an article
/// undated; and a publication date after today (`Published: 1 January 2030`), kept as
/// given (a date typed wrong, or an embargo: the article sorts first by date until then).
fn say_dates_passed_over(articles: &[Article], path: &Path, warnings: &mut Vec<String>) {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    if articles.iter().any(|a| a.date.is_none())
        && let Some((written, why)) = crate::dates::impossible_date_in_path(&name)
    {
        warnings.push(format!("the file name's date {written} is no day ({why}): left undated"));
    }
    let today = chrono::Local::now().date_naive();
    for article in articles {
        if let Some(date) = &article.date
            && date.local.date() > today + chrono::Days::new(1)
        {
            let which = article.display_id().map(|id| format!("article {id}: ")).unwrap_or_default();
            warnings.push(format!("{which}date {} is after today ({today}): kept as given", date.iso()));
        }
    }
}

/// Whether the one article of a file is next to nothing: one word at most in all (`x`, a
/// stray keystroke saved as a file), no date or writer said. A headline of its own with
/// nothing under it was indexed as an article that search found for that word.
fn is_next_to_nothing(article: &Article) -> bool {
    let words = article.title.iter().chain([&article.body]).flat_map(|t| t.split_whitespace()).count();
    article.id.is_none()
        && words <= 1
        && article.byline.is_none()
        && article.date_source.is_none_or(|s| s == "path")
}

/// The articles of a file without those its source marks unpublished ([`Parsed::draft`]),
/// and how many those were. A migrating archive holds drafts, private and trashed posts
/// beside its stories; none was ever read by the public, so none is indexed. Among other
/// articles they are one warning line for the file, naming them; a file of drafts alone is
/// a [`Skip::Draft`].
fn without_drafts(parsed: Vec<Parsed>, warnings: &mut Vec<String>) -> (Vec<Parsed>, usize) {
    let (drafts, kept): (Vec<Parsed>, Vec<Parsed>) = parsed.into_iter().partition(|p| p.draft);
    if !drafts.is_empty() && kept.iter().any(Parsed::has_content) {
        let named: Vec<String> = drafts
            .iter()
            .take(5)
            .map(|d| match (&d.id, &d.title) {
                (Some(id), Some(title)) => format!("article {id} (\u{201c}{title}\u{201d})"),
                (Some(id), None) => format!("article {id}"),
                (None, Some(title)) => format!("\u{201c}{title}\u{201d}"),
                (None, None) => "an untitled article".to_string(),
            })
            .collect();
        let more = if drafts.len() > 5 { format!(" and {} more", drafts.len() - 5) } else { String::new() };
        warnings.push(match drafts.len() {
            1 => format!("{}: draft, not published; skipped", named[0]),
            n => format!("{n} drafts, not published; skipped: {}{more}", named.join(", ")),
        });
    }
    (kept, drafts.len())
}

/// The JSON form of an article printed by `newsdex extract --json`.
#[derive(Debug, Serialize)]
pub struct ArticleRecord<'a> {
    /// The file path as given or walked.
    pub path: String,
    /// Which article inside a many-article file (`reut2-000.sgm#5`), else `null`, as in
    /// search hits: every record has the same keys.
    pub id: Option<String>,
    /// The id the article has once ingested, as search hits give it (`/api/article/{uid}`):
    /// a hash of its file's full path (links resolved) and its id in the file.
    pub uid: String,
    /// Headline.
    pub title: Option<&'a str>,
    /// ISO 8601 date or date-time, as the source gave it.
    pub date: Option<String>,
    /// The same instant in UTC (see [`crate::dates::PublishedDate::utc`]).
    pub date_utc: Option<String>,
    /// Where the date came from.
    pub date_source: Option<&'static str>,
    /// When it was last changed, as the source gives it (JSON-LD `dateModified`, an
    /// "Updated:" line), else `null`.
    pub modified: Option<String>,
    /// Author(s).
    pub byline: Option<&'a str>,
    /// The article's web address, when its source gives one, else `null`.
    pub url: Option<&'a str>,
    /// Canonical names of people.
    pub people: &'a [String],
    /// Canonical names of organizations.
    pub organizations: &'a [String],
    /// Canonical names of places.
    pub places: &'a [String],
    /// Tags.
    pub tags: &'a [String],
    /// The language it is written in (`en`, `de`), when known.
    pub language: Option<&'static str>,
    /// The encoding its file was read as ([`FileArticles::encoding`]): `UTF-8`,
    /// `windows-1252`, `macintosh` (classic Mac OS), … A record of `extract` only: the index
    /// does not keep it.
    pub encoding: &'static str,
    /// The text, with `--body`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<&'a str>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_merge_conflict_reads_as_the_side_checked_out() {
        let text = "Harbour reopens\n\n<<<<<<< HEAD\nTwelve ships docked.\n=======\nFourteen ships docked.\n\
                    >>>>>>> fix-figures\nThe port is busy.\n";
        let ours = merged_side(text).expect("a conflict");
        assert_eq!(ours.text, "Harbour reopens\n\nTwelve ships docked.\nThe port is busy.\n");
        assert_eq!(ours.conflicts, [(3, 7)]);
        let warning = ours.warning();
        assert!(warning.contains("lines 3-7") && warning.contains("ours, HEAD"), "{warning}");
        assert!(warning.contains("theirs, fix-figures"), "{warning}");
        // The diff3 style's base lines go too; CRLF lines and a label-less marker are markers.
        let diff3 = "A\r\n<<<<<<<\r\nours\r\n||||||| merged common ancestors\r\nbase\r\n=======\r\ntheirs\r\n>>>>>>>\r\n";
        assert_eq!(merged_side(diff3).unwrap().text, "A\r\nours\r\n");
        // No whole conflict: left as it is (a setext heading, an arrow, one marker alone).
        assert_eq!(merged_side("Title\n=======\nText.\n"), None);
        assert_eq!(merged_side("<<<<<<<< not a marker\n=======\n>>>>>>> x\n"), None);
        assert_eq!(merged_side("<<<<<<< HEAD\nours\n=======\ntheirs\n"), None);
        assert_eq!(merged_side("<<<<<<< HEAD\nours\n>>>>>>> x\n"), None);
    }

    #[test]
    fn the_latest_year_an_article_names_is_found() {
        let named = |text: &str| latest_year_named([text].into_iter());
        assert_eq!(named("The 1986 trade deficit and the 1987 forecast."), Some(1987));
        assert_eq!(named("Shares rose to 1,987 and 12.2035 pct; flight BA2035, 2035th"), None);
        assert_eq!(named("In 1999."), Some(1999));
        assert_eq!(named("(2024)"), Some(2024));
        assert_eq!(named("Up 20 pct, 12345 tonnes, year 3000"), None);
        assert_eq!(named("the 1980s, in mid-1987 and 1988/89, after .2040"), Some(1988));
    }

    #[test]
    fn a_git_lfs_pointer_is_no_article() {
        let pointer = "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n";
        assert!(is_a_git_lfs_pointer(pointer.as_bytes()));
        let read = file_from_bytes(Path::new("story.txt"), pointer.as_bytes().to_vec(), 1 << 20);
        assert_eq!(read.unwrap_err(), Skip::LfsPointer);
        // An article that quotes one is an article.
        let quoted = format!("How Git LFS works\n\nA pointer reads:\n{pointer}");
        assert!(!is_a_git_lfs_pointer(quoted.as_bytes()));
    }

    #[test]
    fn names_are_sought_only_in_the_articles_wanted() {
        let article = |id: &str, body: &str| Article {
            id: Some(id.to_string()),
            body: body.to_string(),
            ..Default::default()
        };
        let mut file = FileArticles {
            articles: vec![
                article("1", "Angela Merkel spoke in Berlin on Tuesday."),
                article("2", "Gordon Brown spoke in London on Tuesday."),
            ],
            hash: 0,
            encoding: "UTF-8",
            warnings: Vec::new(),
        };
        let names = find_names_where(&mut file, |a| a.id.as_deref() == Some("2"));
        assert_eq!(names[0], Default::default());
        assert_eq!(names[1].people, ["Gordon Brown"]);
    }

    #[test]
    fn lists_and_data_are_told_from_articles() {
        let codes =
            ["amex", "ase", "asx", "biffex", "bse", "cboe", "cbt", "cme", "comex", "cse", "fox"].join("\n");
        assert!(looks_like_a_list(&codes));
        let table = "Some notes on the categories.\n\n".to_string()
            + &["Shipping (SHIP)", "Trade (TRADE)", "U.S. Dollar (DLR)", "Sterling (STG)"]
                .repeat(15)
                .join("\n");
        assert!(looks_like_a_list(&table));
        // Too short to judge: a headline and a few lines.
        assert!(!looks_like_a_list(&codes.lines().take(LIST_MIN_LINES - 1).collect::<Vec<_>>().join("\n")));
        // A story wrapped short is still sentences, in any script.
        let wrapped =
            "Quake toll rises\n\nRescuers dug\nthrough rubble.\nThe toll rose\nto forty.\n".repeat(3);
        assert!(!looks_like_a_list(&wrapped));
        let chinese = "地震死亡人数上升。救援人员在废墟中挖掘。\n".repeat(12);
        assert!(!looks_like_a_list(&chinese));
        let russian = "Число погибших растёт.\n".repeat(12);
        assert!(!looks_like_a_list(&russian));
    }

    #[test]
    fn invisible_characters_leave_words_whole_and_ligatures_are_letters() {
        let plain = |s: &str| plain_letters(s.to_string());
        assert_eq!(plain("The parlia\u{ad}ment met"), "The parliament met");
        assert_eq!(
            plain("the trea\u{200b}surer, \u{feff}Oﬃcials ﬁnd ﬂaws at Anﬁeld"),
            "the treasurer, Officials find flaws at Anfield"
        );
        // Between Thai words a zero-width space is their only separator.
        assert_eq!(plain("ข่าว\u{200b}วันนี้"), "ข่าว\u{200b}วันนี้");
        assert_eq!(plain("nothing to do"), "nothing to do");
    }

    #[test]
    fn decomposed_accents_are_read_composed_in_every_field() {
        let nfd = "Que\u{301}bec City hosts de\u{301}ja\u{300}-vu festival\nPublished: 2024-05-02\n\
                   By He\u{301}le\u{300}ne Co\u{302}te\u{301}\n\nThe mayor of Que\u{301}bec City spoke.\n";
        let read = parse_bytes(Path::new("q.txt"), Format::Text, nfd.as_bytes()).unwrap();
        let article = &read.articles[0];
        assert_eq!(article.title.as_deref(), Some("Québec City hosts déjà-vu festival"));
        assert_eq!(article.byline.as_deref(), Some("Hélène Côté"));
        assert_eq!(article.body, "The mayor of Québec City spoke.");
        // What a parser made of markup, too: a combining mark written as a reference.
        let page = b"<html><head><title>Montre&#769;al</title></head><body><p>Montre&#x301;al wins.</p></body></html>";
        let read = parse_bytes(Path::new("p.html"), Format::Html, page).unwrap();
        assert_eq!(read.articles[0].title.as_deref(), Some("Montréal"));
        assert!(read.articles[0].body.contains("Montréal wins."), "{}", read.articles[0].body);
    }

    #[test]
    fn a_title_too_long_for_a_headline_is_the_first_paragraph() {
        let sentence = "Crews cleared the ice from the harbour piers on Monday.";
        let paragraph = format!("{sentence} {}", "More words follow here about the storm. ".repeat(10));
        let (title, body) = headline_and_body(Some(paragraph.clone()), "Second paragraph.".into());
        assert_eq!(title.as_deref(), Some(sentence));
        assert_eq!(body, format!("{paragraph}\nSecond paragraph."));
        // One giant line without a sentence end: cut at a word, with the whole as the body.
        let line = "harbour storm ice ".repeat(100);
        let (title, body) = headline_and_body(Some(line.clone()), String::new());
        let title = title.unwrap();
        assert!(
            title.ends_with("ice…") || title.ends_with("storm…") || title.ends_with("harbour…"),
            "{title}"
        );
        assert!(title.chars().count() <= MAX_TITLE_CHARS + 1, "{title}");
        assert_eq!(body, line);
        // A headline is kept as it is, even one of 175 characters.
        let long_headline = "A".repeat(175);
        let (title, body) = headline_and_body(Some(long_headline.clone()), "Body.".into());
        assert_eq!((title.as_deref(), body.as_str()), (Some(long_headline.as_str()), "Body."));
    }

    #[test]
    fn a_reader_that_panics_skips_its_file_with_the_reason() {
        let skip = guarded::<()>(|| panic!("index out of range at byte 7")).unwrap_err();
        assert_eq!(
            skip.to_string(),
            "cannot read: newsdex failed on this file (index out of range at byte 7); please report it"
        );
        assert_eq!(guarded(|| Ok::<_, Skip>(3)), Ok(3));
    }

    #[test]
    fn unsupported_types_are_refused_before_reading() {
        let err = read_file(Path::new("/nonexistent/photo.jpg"), 1 << 20).unwrap_err();
        assert_eq!(err, Skip::Unsupported);
    }

    #[test]
    fn a_file_with_only_markup_has_no_text() {
        let err = parse_bytes(Path::new("a.md"), Format::Markdown, b"---\ntags: [x]\n---\n").unwrap_err();
        assert_eq!(err, Skip::NoText(Vec::new()));
        // What went wrong on the way is the reason given.
        let err =
            parse_bytes(Path::new("a.json"), Format::Json, br#"{"title": "Harbour", "text": "The harb"#)
                .unwrap_err();
        let message = err.to_string();
        assert!(
            message.starts_with("no headline or text found (invalid JSON: EOF while parsing"),
            "{message}"
        );
    }

    #[test]
    fn gzip_is_read_transparently_and_truncation_is_salvaged() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(b"Harbour reopens\n\nShips returned to the harbour on Monday after the ice broke.\n")
            .unwrap();
        let bytes = gz.finish().unwrap();
        let whole = dir.path().join("a.txt.gz");
        std::fs::write(&whole, &bytes).unwrap();
        let read = read_file(&whole, 1 << 20).unwrap();
        assert_eq!(read.articles[0].title.as_deref(), Some("Harbour reopens"));
        assert!(read.warnings.is_empty());

        let cut = dir.path().join("cut.txt.gz");
        std::fs::write(&cut, &bytes[..bytes.len() - 12]).unwrap();
        let read = read_file(&cut, 1 << 20).unwrap();
        assert_eq!(read.articles[0].title.as_deref(), Some("Harbour reopens"));
        assert!(read.warnings[0].contains("gzip data is damaged"), "{:?}", read.warnings);

        // The bytes decide, not the name: a `.gz` already unpacked is read as it is, gzip
        // under a plain name is unpacked, and an empty `.gz` is empty.
        let plain = dir.path().join("plain.md.gz");
        std::fs::write(&plain, b"# Ferry resumes\n\nThe ferry runs.\n").unwrap();
        let read = read_file(&plain, 1 << 20).unwrap();
        assert_eq!(read.articles[0].title.as_deref(), Some("Ferry resumes"));
        assert_eq!(read.warnings, ["not gzip data despite its name; read as it is"]);
        let hidden = dir.path().join("hidden.txt");
        std::fs::write(&hidden, &bytes).unwrap();
        let read = read_file(&hidden, 1 << 20).unwrap();
        assert_eq!(read.articles[0].title.as_deref(), Some("Harbour reopens"));
        assert_eq!(read.warnings, ["gzip data under a name without .gz; unpacked"]);
        let empty = dir.path().join("empty.json.gz");
        std::fs::write(&empty, b"").unwrap();
        assert_eq!(read_file(&empty, 1 << 20).unwrap_err(), Skip::Empty);
    }

    #[test]
    fn a_file_of_one_word_is_empty() {
        for text in ["x", "x\n", "  hello  ", "# x\n"] {
            let format = if text.starts_with('#') { Format::Markdown } else { Format::Text };
            assert_eq!(
                parse_bytes(Path::new("a.txt"), format, text.as_bytes()).unwrap_err(),
                Skip::Empty,
                "{text:?}"
            );
        }
        // Two words, or one with its date, are an article.
        assert!(parse_bytes(Path::new("a.txt"), Format::Text, b"Ferry resumes").is_ok());
        assert!(
            parse_bytes(Path::new("a.md"), Format::Markdown, b"---\ndate: 2026-03-01\n---\nClosed\n").is_ok()
        );
    }

    #[test]
    fn the_hash_tells_edits_apart() {
        let a = parse_bytes(Path::new("a.txt"), Format::Text, b"Title\n\nBody one").unwrap();
        let b = parse_bytes(Path::new("a.txt"), Format::Text, b"Title\n\nBody two").unwrap();
        assert_ne!(a.hash, b.hash);
    }
}
