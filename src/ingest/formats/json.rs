//! JSON and JSON Lines article exports, as scrapers, APIs and search engines write them
//! (news-please, Fundus, WordPress, the Guardian and New York Times APIs, Elasticsearch,
//! ad-hoc dumps).
//!
//! A `.json` file holds one article object; an array of them; an object holding such an
//! array under `articles`, `items`, `data`, `results`, `docs`, `response` or `hits` (up to
//! three wrappers deep, as in `{"response": {"docs": […]}}`); or an object whose every value
//! is an article (Fundus keeps its gold data as `{"V1": {…}, "V1_1": {…}}`). A CMS's
//! export that keeps its stories under a key of its own (`posts`, `stories`, `nodes`, Ghost's
//! `{"db": [{"data": {"posts": […]}}]}`) is read as the array of stories ([`is_story`]) that
//! holds the most, found at any depth; one under a text key (`{"content": [stories]}`) is
//! stories, not one text. A
//! `.jsonl`/`.ndjson` file holds one article object per line. Each article of a
//! many-article file gets an `id`: its 1-based position in the array, its line number, or
//! its key. An article's fields may be nested one level under `fields` (Guardian),
//! `_source` (Elasticsearch) or `attributes` (JSON:API).
//!
//! Keys are matched case-insensitively, in priority order:
//!
//! | field  | keys |
//! |--------|------|
//! | title  | `title`, `headline`, `title_text`, `webTitle`, `headlines` (Arc XP) |
//! | body   | `maintext`, `text`, `body`, `content`, `articleBody`, `article_body`, `bodyText`, `body_text`, `content_text`, `content_html`, `plaintext`, `html`, `content_elements`; then `description`, `lead_paragraph`, `abstract`, `summary`, `trailText`, `standfirst`, `excerpt`, `snippet` |
//! | date   | `date_publish`, `published`, `publishing_date`, `datePublished`, `date_published`, `published_at`, `publishedAt`, `pubDate`, `publishedTime`, `published_time`, `pub_date`, `publish_date`, `publication_date`, `first_published_at`, `first_publish_date`, `webPublicationDate`, `firstPublicationDate`, `date_gmt` (UTC), `date`, `datetime`, `created_at` |
//! | byline | `authors`, `author`, `byline`, `creator`, `credits`; WordPress's `_embedded.author` |
//! | url    | `url`, `link`, `source_url`, `canonical_url`, `web_url`, `webUrl` |
//! | tags   | `tags`, `keywords`, `categories`, `topics` |
//!
//! A title, byline or tag may be an object standing for its text: `{"rendered": …}`
//! (WordPress), `{"main": …}` and `{"original": "By …"}` (New York Times), `{"name": …}`,
//! `{"webTitle": …}`, `{"value": …}`. HTML entities in titles, bylines and plain-text
//! bodies are decoded (WordPress writes `It&#8217;s`), a title's markup is read as text, a
//! byline is tidied ([`super::tidy_byline`]), and a number is no byline or tag (WordPress's
//! `author` and `tags` are ids; their names are in `_embedded`). A record whose `status`
//! is a draft's (or `"draft": true`) is marked [`Parsed::draft`].
//! A body that is an object or array (Fundus: `{"summary": […], "sections": [{"headline":
//! […], "paragraphs": […]}]}`) is flattened to its strings in document order, one paragraph
//! per line. The date is the first of the date keys whose value parses: a date string
//! ([`parse_published`]), an epoch number in seconds or milliseconds (read as UTC), or a
//! MongoDB-style `{"$date": …}`. Its [`FoundDate::source`] is `json:` and the key as spelled
//! in the table above (`json:datePublished` also for `DatePublished`).
//!
//! Nothing here panics on bad input: invalid JSON, non-object records and records with
//! neither title nor text become warnings naming the line or article, and the rest is read.

use std::collections::HashMap;
use std::fmt;

use chrono::{DateTime, Datelike, FixedOffset};
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use super::html::html_unescape;
use super::{FoundDate, Parsed, squash_whitespace};
use crate::dates::{PublishedDate, parse_published};

const TITLE_KEYS: &[&str] = &["title", "headline", "title_text", "webtitle", "headlines"];
const BODY_KEYS: &[&str] = &[
    "maintext",
    "text",
    "body",
    "content",
    "articlebody",
    "article_body",
    "bodytext",
    "body_text",
    "content_text",
    "content_html",
    // Ghost's export.
    "plaintext",
    "html",
    // Arc XP's stories: a list of elements, `{"type": "text", "content": …}`.
    "content_elements",
];
/// Read as the body only when none of [`BODY_KEYS`] has text: a teaser or the first
/// paragraph (the New York Times APIs give no more), the first of these that has text.
const FALLBACK_BODY_KEYS: &[&str] = &[
    "description",
    "lead_paragraph",
    "abstract",
    "summary",
    "trailtext",
    "standfirst",
    "excerpt",
    "snippet",
];
/// Lower-case key, and the [`FoundDate::source`] it gives.
const DATE_KEYS: &[(&str, &str)] = &[
    ("date_publish", "json:date_publish"),
    ("published", "json:published"),
    ("publishing_date", "json:publishing_date"),
    ("datepublished", "json:datePublished"),
    ("date_published", "json:date_published"),
    ("published_at", "json:published_at"),
    ("publishedat", "json:publishedAt"),
    ("pubdate", "json:pubDate"),
    // Mozilla Readability's output (`publishedTime`), and the Open Graph name for it.
    ("publishedtime", "json:publishedTime"),
    ("published_time", "json:published_time"),
    ("pub_date", "json:pub_date"),
    ("publish_date", "json:publish_date"),
    ("publication_date", "json:publication_date"),
    ("first_published_at", "json:first_published_at"),
    ("first_publish_date", "json:first_publish_date"),
    ("webpublicationdate", "json:webPublicationDate"),
    ("firstpublicationdate", "json:firstPublicationDate"),
    // WordPress's REST API: `date_gmt` is the UTC time of `date`, the site's local time.
    ("date_gmt", "json:date_gmt"),
    ("date", "json:date"),
    ("datetime", "json:datetime"),
    ("created_at", "json:created_at"),
    // Drupal's "authored on" (a time stamp or a date), read when nothing says published
    // and the record also says when it was `changed`, as a CMS's node does (a scraper's
    // `created` is when it fetched the page).
    ("created", "json:created"),
];
/// Date keys whose value is UTC though it says no offset (WordPress's `date_gmt`).
const UTC_DATE_KEYS: &[&str] = &["date_gmt", "modified_gmt"];
/// Lower-case keys of when the article was last changed (news-please's `date_modify`).
const MODIFIED_KEYS: &[&str] = &[
    "datemodified",
    "date_modified",
    "date_modify",
    "modified_gmt",
    "modified",
    "updated",
    "updated_at",
    "lastmodified",
    // Drupal's.
    "changed",
];
const BYLINE_KEYS: &[&str] = &[
    "authors",
    "author",
    "byline",
    "creator",
    "credits",
    // Drupal's fields of a content type: `field_byline`, `field_author`.
    "field_byline",
    "field_author",
    "field_authors",
];
const URL_KEYS: &[&str] = &["url", "link", "source_url", "canonical_url", "web_url", "weburl"];
const TAG_KEYS: &[&str] = &["tags", "keywords", "categories", "topics", "field_tags"];
/// Keys naming the article's language (news-please `language`, schema.org `inLanguage`).
const LANGUAGE_KEYS: &[&str] = &["language", "lang", "inlanguage", "locale"];
/// Keys of a record's own id in its export (a CMS's post id, a database's `_id`, a
/// scraper's `uuid`): what its uid is made from, when it has no address.
const ID_KEYS: &[&str] = &["id", "_id", "uuid", "guid", "article_id", "story_id", "doc_id", "docid"];
/// Keys under which a `.json` document may hold its array of articles: scraper dumps,
/// JSON Feed (`items`), the Guardian and New York Times APIs (`response` → `results` /
/// `docs`), an Elasticsearch export (`hits` → `hits`).
const WRAPPER_KEYS: &[&str] = &["articles", "items", "data", "results", "docs", "response", "hits"];
/// Keys under which an article record keeps (more of) its fields: the Guardian API's
/// `fields` (`headline`, `byline`, `body`), an Elasticsearch hit's `_source`, a JSON:API
/// resource's `attributes`. They are read after the record's own keys.
const NESTED_FIELD_KEYS: &[&str] = &["fields", "_source", "attributes"];
/// Keys of an object that stands for one text: WordPress's `{"rendered": …}`, the New York
/// Times's headline `{"main": …}` and byline `{"original": "By …"}`, an author
/// `{"name": …}`, a Guardian tag `{"webTitle": …}`, a keyword `{"value": …}`.
/// Arc XP's headline `{"basic": …}`.
const TEXT_OBJECT_KEYS: &[&str] = &["rendered", "main", "original", "name", "webtitle", "value", "basic"];
/// The same for a byline: also Arc XP's credits, `{"by": [{"name": …}]}`.
const BYLINE_OBJECT_KEYS: &[&str] = &["rendered", "main", "original", "name", "webtitle", "value", "by"];
/// Keys of a body's parts that say what a part is, not what it says (Arc XP's `{"type":
/// "text", "content": …}`).
const PART_LABEL_KEYS: &[&str] = &["type", "subtype", "_id", "id", "format"];
/// The `type` of a body's part that is no text of the story: Arc XP's photos, videos,
/// embeds and raw markup (an ad's "Advertisement"), whose captions and credits
/// ("The harbour at dawn. (Photo: Lee Kim)") are not the story's words.
const MEDIA_PART_TYPES: &[&str] = &[
    "image",
    "video",
    "gallery",
    "audio",
    "raw_html",
    "oembed",
    "oembed_response",
    "custom_embed",
    "interstitial_link",
    "social_media",
    "ad",
    "embed",
];
/// The same for a tag: a New York Times keyword is `{"name": "persons", "value": "…"}`.
const TAG_OBJECT_KEYS: &[&str] = &["value", "webtitle", "name", "rendered"];
/// How many wrapper objects deep (`{"data": {"articles": […]}}`) to look for the array.
const MAX_WRAPPER_DEPTH: usize = 3;

/// Epoch dates outside these years are taken for something else (an id, a counter).
const EPOCH_YEARS: std::ops::RangeInclusive<i32> = 1990..=2100;

/// Parses a JSON document (`lines == false`) or JSON Lines (`lines == true`) into its
/// articles. Problems worked around are pushed to `warnings`, each naming the line
/// (`line 3: …`) or article (`article 2: …`) it concerns.
///
/// A `.json` file that is really JSON Lines, or a `.jsonl` file that is one (pretty-printed)
/// document, is read as what it is, with a warning.
pub fn parse(text: &str, lines: bool, warnings: &mut Vec<String>) -> Vec<Parsed> {
    let text = text.trim_start_matches('\u{feff}');
    if let Some(opening) = no_json_at_all(text) {
        warnings.push(format!("not JSON: it starts \u{201c}{opening}\u{201d}"));
        return Vec::new();
    }
    if lines {
        if first_line_is_invalid(text) {
            if let Some(doc) = document(text) {
                warnings.push("not one JSON object per line; read as a single JSON document".to_string());
                return parse_document(doc, warnings);
            }
            if let Some(values) = salvage_stream(text, warnings) {
                return values;
            }
        }
        return parse_lines(text, warnings);
    }
    let err = match serde_json::from_str::<Node>(text) {
        Ok(doc) => return parse_document(doc, warnings),
        Err(err) => err,
    };
    if let Some(doc) = repaired(text).and_then(|text| serde_json::from_str::<Node>(&text).ok()) {
        return parse_document(doc, warnings);
    }
    if looks_like_json_lines(text) {
        warnings.push(format!("not one JSON document ({err}); read as JSON Lines"));
        return parse_lines(text, warnings);
    }
    if text.trim_start().starts_with('[') {
        return salvage_array(text, &err, warnings);
    }
    if let Some(values) = salvage_stream(text, warnings) {
        return values;
    }
    warnings.push(format!("invalid JSON: {err}"));
    Vec::new()
}

/// The opening of a text that is no JSON at all: no line of it starts an object or an
/// array, and it is no JSON value either (a text file or a page under a `.json` name, a
/// `.jsonl.gz` that is no gzip data): one warning saying so, not one per line.
fn no_json_at_all(text: &str) -> Option<String> {
    let trimmed = text.trim();
    if trimmed.is_empty()
        || text.lines().any(|l| l.trim_start().trim_start_matches('\u{feff}').starts_with(['{', '[']))
        || serde_json::from_str::<serde::de::IgnoredAny>(trimmed).is_ok()
    {
        return None;
    }
    let line = trimmed.lines().next().unwrap_or_default().trim();
    let opening: String = line.chars().take(40).collect();
    Some(if opening.len() < line.len() { format!("{opening}…") } else { opening })
}

/// A JSON error as a warning about one line says it: `trailing comma at column 41`, not
/// `… at line 1 column 41` (the line is the file's, named before).
fn error_on_a_line(err: &serde_json::Error) -> String {
    let text = err.to_string();
    let position = format!(" at line {} column {}", err.line(), err.column());
    match text.strip_suffix(&position) {
        Some(message) if err.line() == 1 => format!("{message} at column {}", err.column()),
        _ => text,
    }
}

/// `text` as one JSON document, repaired if need be (see [`repaired`]).
fn document(text: &str) -> Option<Node> {
    serde_json::from_str::<Node>(text).ok().or_else(|| serde_json::from_str::<Node>(&repaired(text)?).ok())
}

/// One article per non-blank line; `id` is the 1-based line number.
fn parse_lines(text: &str, warnings: &mut Vec<String>) -> Vec<Parsed> {
    let mut out = Vec::new();
    for (index, line) in text.lines().enumerate() {
        // A byte-order mark inside the file: files joined with `cat`.
        let line = line.trim().trim_start_matches('\u{feff}');
        if line.is_empty() {
            continue;
        }
        let label = format!("line {}", index + 1);
        read_value(line, &label, (index + 1).to_string(), &mut out, warnings);
    }
    out
}

/// Reads one JSON value holding an article into `out`, or warns naming `label`.
fn read_value(text: &str, label: &str, id: String, out: &mut Vec<Parsed>, warnings: &mut Vec<String>) {
    match serde_json::from_str::<Node>(text).or_else(|err| match repaired(text) {
        Some(fixed) => serde_json::from_str::<Node>(&fixed),
        None => Err(err),
    }) {
        Ok(Node::Obj(fields)) => {
            if let Some(parsed) = read_article(&fields, Some(id), label, warnings) {
                out.push(parsed);
            }
        }
        Ok(other) => warnings.push(format!("{label}: not a JSON object ({}), skipped", other.kind())),
        Err(err) if err.is_eof() => {
            warnings.push(format!("{label}: its JSON stops before its end (cut off), skipped"))
        }
        Err(err) => warnings.push(format!("{label}: invalid JSON: {}", error_on_a_line(&err))),
    }
}

/// The complete articles of an array that does not parse whole: an export cut off
/// mid-write (no closing `]`, half an object at the end), or one bad element. Each element
/// is read on its own; `id` is its 1-based position, as when the array parses.
fn salvage_array(text: &str, err: &serde_json::Error, warnings: &mut Vec<String>) -> Vec<Parsed> {
    let start = text.len() - text.trim_start().len() + 1;
    let elements = value_spans(&text[start..]);
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for (index, (_, element)) in elements.iter().enumerate() {
        let n = index + 1;
        read_value(element, &format!("article {n}"), n.to_string(), &mut out, &mut problems);
    }
    warnings.push(format!("invalid JSON ({err}); read the array's {} elements one by one", elements.len()));
    warnings.append(&mut problems);
    out
}

/// The articles of JSON values written one after another, as `jq` writes a pretty-printed
/// stream (`jq '.[]' > out.jsonl`); `id` is the line each value starts on. None when the
/// text holds fewer than two values.
fn salvage_stream(text: &str, warnings: &mut Vec<String>) -> Option<Vec<Parsed>> {
    let values = value_spans(text);
    if values.len() < 2 {
        return None;
    }
    warnings.push(format!("not one JSON document; read as {} JSON values one after another", values.len()));
    let mut out = Vec::new();
    for (at, value) in values {
        let line = text[..at].matches('\n').count() + 1;
        read_value(value, &format!("line {line}"), line.to_string(), &mut out, warnings);
    }
    Some(out)
}

/// The top-level JSON values of `text`, one after another, each with the byte offset it
/// starts at, up to a `]` closing an enclosing array or the end. Values may be separated by
/// whitespace or commas; the last may be cut off. Brackets inside strings are text.
fn value_spans(text: &str) -> Vec<(usize, &str)> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b' ' | b'\t' | b'\r' | b'\n' | b',' => i += 1,
            // A byte-order mark between values: files joined with `cat`.
            0xEF if bytes[i..].starts_with("\u{feff}".as_bytes()) => i += 3,
            b']' | b'}' => break,
            _ => {
                let start = i;
                let mut depth = 0usize;
                let mut in_string = false;
                while i < bytes.len() {
                    let b = bytes[i];
                    i += 1;
                    if in_string {
                        match b {
                            b'\\' => i += 1,
                            b'"' => in_string = false,
                            _ => {}
                        }
                        if !in_string && depth == 0 {
                            break;
                        }
                        continue;
                    }
                    match b {
                        b'"' => in_string = true,
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' if depth > 0 => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        b'}' | b']' | b',' | b' ' | b'\t' | b'\r' | b'\n' if depth == 0 => {
                            i -= 1;
                            break;
                        }
                        _ => {}
                    }
                }
                let end = i.min(bytes.len());
                // Only ASCII bytes end a value, so `end` is a character boundary.
                spans.push((start, &text[start..end]));
            }
        }
    }
    spans
}

/// `text` with what strict JSON refuses but real exports hold made valid: a bare `NaN`,
/// `Infinity` or `-Infinity` (Python's `json.dump` writes them) is `null`, and a lone UTF-16
/// surrogate escape (`"\ud83d"`, half an emoji cut by a truncating scraper) is U+FFFD.
/// None when there is nothing to repair.
fn repaired(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut changed = false;
    let mut in_string = false;
    let mut i = 0;
    let hex_at = |at: usize| -> Option<u32> {
        let digits = text.get(at..at + 4)?;
        u32::from_str_radix(digits, 16).ok()
    };
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            match b {
                b'"' => in_string = false,
                b'\\' if bytes.get(i + 1) == Some(&b'u') => {
                    let unit = hex_at(i + 2);
                    let low_follows = text.get(i + 6..i + 8) == Some("\\u")
                        && hex_at(i + 8).is_some_and(|u| (0xDC00..=0xDFFF).contains(&u));
                    match unit {
                        Some(0xD800..=0xDBFF) if low_follows => i += 6,
                        Some(0xD800..=0xDFFF) => {
                            out.push_str(&text[copied..i]);
                            out.push_str("\\ufffd");
                            i += 6;
                            copied = i;
                            changed = true;
                            continue;
                        }
                        _ => {}
                    }
                }
                b'\\' => i += 1,
                _ => {}
            }
            i += 1;
            continue;
        }
        if b == b'"' {
            in_string = true;
            i += 1;
            continue;
        }
        let word =
            ["-Infinity", "Infinity", "NaN"].into_iter().find(|w| bytes[i..].starts_with(w.as_bytes()));
        match word {
            Some(word) if !bytes.get(i + word.len()).is_some_and(u8::is_ascii_alphanumeric) => {
                out.push_str(&text[copied..i]);
                out.push_str("null");
                i += word.len();
                copied = i;
                changed = true;
            }
            _ => i += 1,
        }
    }
    changed.then(|| {
        out.push_str(&text[copied..]);
        out
    })
}

/// Whether the first non-blank line fails to parse on its own, even repaired (a
/// pretty-printed document).
fn first_line_is_invalid(text: &str) -> bool {
    let valid = |line: &str| {
        serde_json::from_str::<serde::de::IgnoredAny>(line).is_ok()
            || repaired(line).is_some_and(|l| serde_json::from_str::<serde::de::IgnoredAny>(&l).is_ok())
    };
    text.lines().map(str::trim).find(|l| !l.is_empty()).is_some_and(|l| !valid(l))
}

/// Whether text that is not one JSON document has an object on each of its first lines.
fn looks_like_json_lines(text: &str) -> bool {
    let mut non_blank = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let first_two: Vec<&str> = non_blank.by_ref().take(2).collect();
    first_two.len() == 2
        && first_two.iter().all(|l| matches!(serde_json::from_str::<Node>(l), Ok(Node::Obj(_))))
}

fn parse_document(doc: Node, warnings: &mut Vec<String>) -> Vec<Parsed> {
    match doc {
        Node::List(items) => parse_array(&items, warnings),
        Node::Obj(fields) => parse_object(&fields, 0, warnings),
        other => {
            warnings.push(format!("not a JSON object or array ({}), nothing read", other.kind()));
            Vec::new()
        }
    }
}

/// An array of articles; `id` is the 1-based position.
fn parse_array(items: &[Node], warnings: &mut Vec<String>) -> Vec<Parsed> {
    let mut out = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let label = format!("article {}", index + 1);
        match item {
            Node::Obj(fields) => {
                let fields =
                    if is_article(fields) { fields } else { wrapped_article(fields).unwrap_or(fields) };
                if let Some(parsed) = read_article(fields, Some((index + 1).to_string()), &label, warnings) {
                    out.push(parsed);
                }
            }
            other => warnings.push(format!("{label}: not a JSON object ({}), skipped", other.kind())),
        }
    }
    out
}

/// A top-level object: a wrapper around an array of articles (even when it has a title of
/// its own, as a JSON Feed does), a single article, or a map of articles.
fn parse_object(fields: &[(String, Node)], depth: usize, warnings: &mut Vec<String>) -> Vec<Parsed> {
    let wrapped = get(fields, WRAPPER_KEYS);
    if let Some(Node::List(items)) = wrapped
        && items.iter().any(|item| matches!(item, Node::Obj(inner) if is_article(inner)))
    {
        return parse_array(items, warnings);
    }
    // Stories under a text key (`{"content": [{"title": …, "body": …}, …]}`) are stories,
    // not one text.
    if let Some(Node::List(items)) = get(fields, BODY_KEYS)
        && is_list_of_stories(items)
    {
        return parse_array(items, warnings);
    }
    if !is_article(fields) && depth < MAX_WRAPPER_DEPTH {
        match wrapped {
            Some(Node::List(items)) => return parse_array(items, warnings),
            Some(Node::Obj(inner)) => return parse_object(inner, depth + 1, warnings),
            _ => {}
        }
        if is_article_map(fields) {
            return fields
                .iter()
                .filter_map(|(key, value)| match value {
                    Node::Obj(article) => {
                        read_article(article, Some(key.clone()), &format!("article {key}"), warnings)
                    }
                    _ => None,
                })
                .collect();
        }
    }
    if depth == 0 && !is_article(fields) {
        // A CMS's export keeps its stories under a key of its own (`posts`, `stories`,
        // `nodes`, `entries`), at any depth (Ghost: `{"db": [{"data": {"posts": […]}}]}`).
        // The list holding the most; of two as long, the first.
        let most = story_lists(fields, 0).into_iter().rev().max_by_key(|(stories, _)| *stories);
        if let Some((_, items)) = most {
            let mut stories = parse_array(items, warnings);
            let authors = ghost_authors(fields, 0);
            for story in stories.iter_mut().filter(|s| s.byline.is_none()) {
                let id = story.key.as_deref().and_then(|key| key.strip_prefix("id:"));
                story.byline = id.and_then(|id| authors.get(id)).map(|names| names.join(", "));
            }
            return stories;
        }
    }
    let mut own = Vec::new();
    let article = read_article(fields, None, "article", &mut own);
    if article.is_none()
        && !is_article(fields)
        && own.iter().any(|w| w.ends_with("no title or text, skipped"))
    {
        warnings.push(format!("no article found: {}", what_it_holds(fields)));
    } else {
        warnings.append(&mut own);
    }
    article.into_iter().collect()
}

/// How deep in a document to look for its list of stories.
const MAX_STORY_LIST_DEPTH: usize = 6;

/// Whether an object reads as a story: a headline and a text, a teaser, a date or an
/// address (itself, in its nested fields, or in the one object it wraps, as a Drupal
/// export's `{"node": {…}}`).
fn is_story(fields: &[(String, Node)]) -> bool {
    let has = |fields: &[(String, Node)], keys: &[&str]| {
        get(fields, keys).is_some_and(|v| !matches!(v, Node::Other))
    };
    let story = |fields: &[(String, Node)]| {
        has(fields, TITLE_KEYS)
            && (has(fields, BODY_KEYS)
                || has(fields, FALLBACK_BODY_KEYS)
                || has(fields, URL_KEYS)
                || DATE_KEYS.iter().any(|(key, _)| has(fields, &[key])))
    };
    story(fields) || nested_fields(fields).is_some_and(story) || wrapped_article(fields).is_some_and(story)
}

/// The one object a record wraps its article in (`{"node": {"title": …}}`), when the
/// record is no article itself.
fn wrapped_article(fields: &[(String, Node)]) -> Option<&[(String, Node)]> {
    match fields {
        [(_, Node::Obj(inner))] if is_article(inner) => Some(inner),
        _ => None,
    }
}

/// Whether an array is a list of stories: objects, half of them at least stories.
fn is_list_of_stories(items: &[Node]) -> bool {
    let stories = items.iter().filter(|item| matches!(item, Node::Obj(f) if is_story(f))).count();
    stories > 0 && stories * 2 >= items.len()
}

/// The lists of stories in an object, at any depth up to [`MAX_STORY_LIST_DEPTH`], each
/// with how many stories it holds, in document order. A list of stories is not looked into.
fn story_lists(fields: &[(String, Node)], depth: usize) -> Vec<(usize, &[Node])> {
    let mut found = Vec::new();
    if depth >= MAX_STORY_LIST_DEPTH {
        return found;
    }
    for (_, value) in fields {
        match value {
            Node::List(items) if is_list_of_stories(items) => {
                let stories = items.iter().filter(|item| matches!(item, Node::Obj(f) if is_story(f))).count();
                found.push((stories, &items[..]));
            }
            Node::List(items) => {
                for item in items {
                    if let Node::Obj(inner) = item {
                        found.extend(story_lists(inner, depth + 1));
                    }
                }
            }
            Node::Obj(inner) => found.extend(story_lists(inner, depth + 1)),
            _ => {}
        }
    }
    found
}

/// The authors of a Ghost export's posts, by post id: its `posts_authors` (post and user
/// ids, in their `sort_order`) and `users` (names), beside its posts, at any depth up to
/// [`MAX_STORY_LIST_DEPTH`]. Empty for any other document.
fn ghost_authors(fields: &[(String, Node)], depth: usize) -> HashMap<String, Vec<String>> {
    let mut authors: HashMap<String, Vec<String>> = HashMap::new();
    if depth >= MAX_STORY_LIST_DEPTH {
        return authors;
    }
    if let (Some(Node::List(links)), Some(Node::List(users))) =
        (get(fields, &["posts_authors"]), get(fields, &["users"]))
    {
        let text = |fields: &[(String, Node)], key: &str| match get(fields, &[key]) {
            Some(Node::Str(s)) => Some(s.clone()),
            Some(Node::Num(n)) => Some(number_text(*n)),
            _ => None,
        };
        let names: HashMap<String, String> = users
            .iter()
            .filter_map(|user| match user {
                Node::Obj(user) => Some((text(user, "id")?, text(user, "name")?)),
                _ => None,
            })
            .collect();
        let mut ordered: Vec<(String, f64, String)> = links
            .iter()
            .filter_map(|link| match link {
                Node::Obj(link) => {
                    let order = match get(link, &["sort_order"]) {
                        Some(Node::Num(n)) => *n,
                        _ => 0.0,
                    };
                    Some((text(link, "post_id")?, order, names.get(&text(link, "author_id")?)?.clone()))
                }
                _ => None,
            })
            .collect();
        ordered.sort_by(|a, b| a.1.total_cmp(&b.1));
        for (post, _, name) in ordered {
            authors.entry(post).or_default().push(name);
        }
        return authors;
    }
    for (_, value) in fields {
        let found = match value {
            Node::Obj(inner) => ghost_authors(inner, depth + 1),
            Node::List(items) => items
                .iter()
                .filter_map(|item| match item {
                    Node::Obj(inner) => Some(ghost_authors(inner, depth + 1)),
                    _ => None,
                })
                .find(|found| !found.is_empty())
                .unwrap_or_default(),
            _ => continue,
        };
        if !found.is_empty() {
            return found;
        }
    }
    authors
}

/// What an object holds, said for a warning when no article is found in it: its largest
/// array of objects and where, or its keys.
fn what_it_holds(fields: &[(String, Node)]) -> String {
    fn largest<'a>(fields: &'a [(String, Node)], depth: usize, best: &mut Option<(&'a str, usize)>) {
        if depth >= MAX_STORY_LIST_DEPTH {
            return;
        }
        for (key, value) in fields {
            match value {
                Node::List(items) => {
                    let objects = items.iter().filter(|i| matches!(i, Node::Obj(_))).count();
                    if objects > best.map_or(0, |(_, n)| n) {
                        *best = Some((key, objects));
                    }
                    for item in items {
                        if let Node::Obj(inner) = item {
                            largest(inner, depth + 1, best);
                        }
                    }
                }
                Node::Obj(inner) => largest(inner, depth + 1, best),
                _ => {}
            }
        }
    }
    const ARTICLE_KEYS: &str = "title, headline, text, body, content, …";
    let mut best = None;
    largest(fields, 0, &mut best);
    match best {
        Some((key, n)) => {
            let objects = if n == 1 { "1 object".to_string() } else { format!("{n} objects") };
            format!(
                "an array of {objects} under `{key}` with none of the keys of an article ({ARTICLE_KEYS})"
            )
        }
        None if fields.is_empty() => "an empty object".to_string(),
        None => {
            let keys: Vec<&str> = fields.iter().take(8).map(|(k, _)| k.as_str()).collect();
            let more = if fields.len() > 8 { ", …" } else { "" };
            format!(
                "an object with none of the keys of an article ({ARTICLE_KEYS}); its keys: {}{more}",
                keys.join(", ")
            )
        }
    }
}

/// Whether an object has a title or body key (whatever its value), itself or in its
/// nested fields (an Elasticsearch hit's `_source`).
fn is_article(fields: &[(String, Node)]) -> bool {
    let has_keys =
        |fields: &[(String, Node)]| [TITLE_KEYS, BODY_KEYS].iter().any(|keys| get(fields, keys).is_some());
    has_keys(fields) || nested_fields(fields).is_some_and(has_keys)
}

/// `{"V1": {article}, "V2": {article}}`: every value an object, and one at least an article.
fn is_article_map(fields: &[(String, Node)]) -> bool {
    !fields.is_empty()
        && fields.iter().all(|(_, v)| matches!(v, Node::Obj(_)))
        && fields.iter().any(|(_, v)| matches!(v, Node::Obj(inner) if is_article(inner)))
}

/// Reads one article object. `None`, with a warning, when it has neither title nor text.
fn read_article(
    fields: &[(String, Node)],
    id: Option<String>,
    label: &str,
    warnings: &mut Vec<String>,
) -> Option<Parsed> {
    let merged;
    let fields = match nested_fields(fields) {
        Some(nested) => {
            merged = fields.iter().chain(nested).cloned().collect::<Vec<_>>();
            &merged[..]
        }
        None => fields,
    };
    let title = first_of(fields, TITLE_KEYS, |v| as_text(v, TEXT_OBJECT_KEYS)).map(|t| title_text(&t));
    let text = first_of(fields, BODY_KEYS, body_text);
    let teaser = || first_of(fields, FALLBACK_BODY_KEYS, body_text);
    let body = text.clone().or_else(teaser).unwrap_or_default();
    if title.is_none() && body.is_empty() {
        warnings.push(format!("{label}: no title or text, skipped"));
        return None;
    }
    let cms_node = get(fields, &["changed"]).is_some();
    let date =
        DATE_KEYS.iter().filter(|(key, _)| *key != "created" || cms_node).find_map(|&(key, source)| {
            fields
                .iter()
                .filter(|(k, _)| k.eq_ignore_ascii_case(key))
                .find_map(|(_, v)| as_date_of(key, v))
                .map(|date| FoundDate { date, source })
        });
    let embedded = embedded_fields(fields);
    // WordPress's REST API gives the author as an id; with `?_embed`, its name is in
    // `_embedded.author`.
    let byline = first_of(fields, BYLINE_KEYS, as_byline)
        .or_else(|| embedded.and_then(|e| first_of(e, &["author"], as_byline)));
    let modified = MODIFIED_KEYS.iter().find_map(|&key| {
        fields.iter().filter(|(k, _)| k.eq_ignore_ascii_case(key)).find_map(|(_, v)| as_date_of(key, v))
    });
    let url = first_of(fields, URL_KEYS, |v| match v {
        Node::Str(s) => Some(s.trim().to_string()).filter(|u| !u.is_empty()),
        _ => None,
    });
    // A file that is one object with no article's text, only a title or a description,
    // is some other file (a `package.json`'s "description", a `config.json`'s "title");
    // with a date, an address, a byline, or a title and a teaser, it is a brief. (Among
    // many objects, a title alone is a headline.)
    let vouched = date.is_some() || url.is_some() || byline.is_some();
    let brief = title.is_some() && !body.is_empty();
    if id.is_none() && text.is_none() && !vouched && !brief {
        let only = if title.is_some() { "a title" } else { "a description" };
        warnings.push(format!("{label}: only {only}, no text, date or address: not an article, skipped"));
        return None;
    }
    // With no id of its own, its headline: steadier than its line, which a line deleted
    // above moves (a link would then open the next story; a headline edited only stops
    // answering).
    let key = first_of(fields, ID_KEYS, |v| as_text(v, TEXT_OBJECT_KEYS))
        .map(|id| format!("id:{id}"))
        .or_else(|| title.as_ref().map(|title| format!("title:{title}")));
    Some(Parsed {
        id,
        title,
        body,
        byline,
        dateline: None,
        date,
        modified,
        // WordPress's `tags` and `categories` are ids; their names are in `_embedded`.
        tags: embedded
            .and_then(|e| get(e, &["wp:term"]))
            .and_then(as_tags)
            .or_else(|| first_of(fields, TAG_KEYS, as_tags))
            .unwrap_or_default(),
        url,
        language: first_of(fields, LANGUAGE_KEYS, |v| match v {
            Node::Str(s) => Some(s.trim().to_string()).filter(|l| !l.is_empty()),
            _ => None,
        }),
        key,
        draft: is_draft(fields),
    })
}

/// Whether a record is marked unpublished: a `status` (WordPress, Ghost, Strapi) of a
/// draft, a post pending review, a private or trashed one, or `"draft": true`,
/// `"published": false`.
fn is_draft(fields: &[(String, Node)]) -> bool {
    fields.iter().any(|(key, value)| match value {
        Node::Str(status) => {
            ["status", "post_status", "state"].iter().any(|k| key.eq_ignore_ascii_case(k))
                && super::is_unpublished_status(status)
        }
        Node::Bool(true) => ["draft", "is_draft"].iter().any(|k| key.eq_ignore_ascii_case(k)),
        Node::Bool(false) => ["published", "is_published"].iter().any(|k| key.eq_ignore_ascii_case(k)),
        _ => false,
    })
}

/// A headline's text: entities decoded, and markup (`Only date_gmt <em>given</em>`, as
/// WordPress renders a title) read as a page shows it.
fn title_text(raw: &str) -> String {
    if super::html::looks_like_markup(raw) {
        squash_whitespace(&super::html::fragment_text(raw))
    } else {
        squash_whitespace(&html_unescape(raw))
    }
}

/// The fields of a WordPress REST record's `_embedded` object (its author, its terms).
fn embedded_fields(fields: &[(String, Node)]) -> Option<&[(String, Node)]> {
    match get(fields, &["_embedded"]) {
        Some(Node::Obj(inner)) => Some(inner),
        _ => None,
    }
}

/// [`as_date`] of the value of `key`; one of [`UTC_DATE_KEYS`] gives UTC when it says no
/// offset.
fn as_date_of(key: &str, value: &Node) -> Option<PublishedDate> {
    let mut date = as_date(value, 0)?;
    if date.offset.is_none() && date.has_time && UTC_DATE_KEYS.contains(&key) {
        date.offset = FixedOffset::east_opt(0);
    }
    Some(date)
}

/// The fields of the first object under one of [`NESTED_FIELD_KEYS`], if any.
fn nested_fields(fields: &[(String, Node)]) -> Option<&[(String, Node)]> {
    NESTED_FIELD_KEYS.iter().find_map(|key| {
        fields.iter().find_map(|(k, v)| match v {
            Node::Obj(inner) if k.eq_ignore_ascii_case(key) => Some(&inner[..]),
            _ => None,
        })
    })
}

/// The value of the first of `keys` (in priority order) present, matched case-insensitively.
fn get<'a>(fields: &'a [(String, Node)], keys: &[&str]) -> Option<&'a Node> {
    keys.iter().find_map(|key| fields.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|(_, v)| v))
}

/// The first non-empty result of `read` over the values of `keys`, in priority order.
fn first_of<T>(fields: &[(String, Node)], keys: &[&str], read: impl Fn(&Node) -> Option<T>) -> Option<T> {
    keys.iter()
        .find_map(|key| fields.iter().filter(|(k, _)| k.eq_ignore_ascii_case(key)).find_map(|(_, v)| read(v)))
}

/// A scalar as one line of text; a list joined with ", " (`"authors": ["A", "B"]`); an
/// object by the first of `object_keys` it has (`{"name": "A", "url": …}`). `None` when
/// that leaves nothing.
fn as_text(value: &Node, object_keys: &[&str]) -> Option<String> {
    let text = match value {
        Node::Str(s) => squash_whitespace(s),
        Node::Num(n) => number_text(*n),
        Node::List(items) => {
            items.iter().filter_map(|item| as_text(item, object_keys)).collect::<Vec<_>>().join(", ")
        }
        Node::Obj(fields) => first_of(fields, object_keys, |v| as_text(v, object_keys))?,
        Node::Other | Node::Bool(_) => return None,
    };
    (!text.is_empty()).then_some(text)
}

/// A byline: the names in a string, list or name object, without "By " and with HTML
/// entities decoded. A number (WordPress's author id) is no byline.
fn as_byline(value: &Node) -> Option<String> {
    let text = match value {
        Node::Str(s) => super::tidy_byline(&html_unescape(s)),
        Node::List(items) => items.iter().filter_map(as_byline).collect::<Vec<_>>().join(", "),
        Node::Obj(fields) => first_of(fields, BYLINE_OBJECT_KEYS, as_byline)?,
        Node::Num(_) | Node::Other | Node::Bool(_) => return None,
    };
    (!text.is_empty()).then_some(text)
}

/// Tags from a list (of strings or tag objects, [`TAG_OBJECT_KEYS`]) or a comma-separated
/// string.
fn as_tags(value: &Node) -> Option<Vec<String>> {
    let tags: Vec<String> = match value {
        // A number is a term's id (WordPress's `"tags": [12, 15]`), no tag's name; WordPress
        // embeds its terms as a list of lists, one per taxonomy.
        Node::List(items) => items
            .iter()
            .filter(|item| !matches!(item, Node::Num(_)))
            .flat_map(|item| match item {
                Node::List(_) => as_tags(item).unwrap_or_default(),
                _ => as_text(item, TAG_OBJECT_KEYS).into_iter().collect(),
            })
            .collect(),
        other => as_text(other, TAG_OBJECT_KEYS)?
            .split(',')
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect(),
    };
    (!tags.is_empty()).then_some(tags)
}

/// Body text: every string in the value, in document order, one paragraph per line, each
/// line's whitespace squashed. `None` when there is no text.
fn body_text(value: &Node) -> Option<String> {
    let mut paragraphs = Vec::new();
    collect_paragraphs(value, &mut paragraphs);
    (!paragraphs.is_empty()).then(|| paragraphs.join("\n"))
}

fn collect_paragraphs(value: &Node, out: &mut Vec<String>) {
    match value {
        // CMS exports (WordPress `content`) carry the article's markup, read as a page's
        // article is: without share bars and photo captions.
        Node::Str(s) if super::html::looks_like_markup(s) => {
            out.extend(super::html::article_fragment_text(s).lines().map(str::to_string));
        }
        Node::Str(s) => {
            // Text a CMS wrote with its characters as entities (`caf&eacute;`, `Smith &amp;
            // Sons`), or with its markup escaped (`&lt;p&gt;`).
            let decoded = decode_entities(s);
            if decoded != *s && super::html::looks_like_markup(&decoded) {
                out.extend(super::html::article_fragment_text(&decoded).lines().map(str::to_string));
            } else {
                out.extend(decoded.lines().map(squash_whitespace).filter(|l| !l.is_empty()));
            }
        }
        Node::List(items) => items.iter().for_each(|item| collect_paragraphs(item, out)),
        Node::Obj(fields) if is_media_part(fields) => {}
        Node::Obj(fields) => fields
            .iter()
            .filter(|(k, _)| !PART_LABEL_KEYS.iter().any(|l| k.eq_ignore_ascii_case(l)))
            .for_each(|(_, v)| collect_paragraphs(v, out)),
        Node::Num(_) | Node::Other | Node::Bool(_) => {}
    }
}

/// Whether a body's part is a photo, a video, an embed or raw markup ([`MEDIA_PART_TYPES`]).
fn is_media_part(fields: &[(String, Node)]) -> bool {
    matches!(get(fields, &["type"]), Some(Node::Str(kind)) if MEDIA_PART_TYPES.iter().any(|t| kind.eq_ignore_ascii_case(t)))
}

/// `text` with its character references decoded: `&amp;`, `&eacute;`, `&#8217;`,
/// `&#x2014;`, each closed by its `;`. An ampersand that starts none stays (`AT&T`, `R&D`,
/// `Q&A;`), and so does a name HTML does not define.
fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let name_len = after
            .char_indices()
            .take_while(|&(i, c)| i < 32 && (c.is_ascii_alphanumeric() || (i == 0 && c == '#')))
            .count();
        let reference =
            (name_len > 0 && after[name_len..].starts_with(';')).then(|| &rest[at..at + name_len + 2]);
        match reference.map(|r| (r, html_escape::decode_html_entities(r))) {
            Some((reference, decoded)) if decoded != reference => {
                // A no-break space (`&nbsp;`) is a space in the index.
                out.push_str(&decoded.replace('\u{a0}', " "));
                rest = &rest[at + reference.len()..];
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A publication date from a date string, an epoch number (or all-digit string), or a
/// MongoDB-style `{"$date": …}`. `depth` stops runaway `$date` nesting.
fn as_date(value: &Node, depth: usize) -> Option<PublishedDate> {
    match value {
        Node::Str(s) => {
            let s = s.trim();
            if s.len() >= 9 && s.bytes().all(|b| b.is_ascii_digit()) {
                return s.parse::<f64>().ok().and_then(epoch_date);
            }
            parse_published(s)
        }
        Node::Num(n) => epoch_date(*n),
        Node::Obj(fields) if depth < 2 => fields
            .iter()
            .find(|(k, _)| k == "$date" || k == "$numberLong")
            .and_then(|(_, v)| as_date(v, depth + 1)),
        _ => None,
    }
}

/// Seconds or milliseconds since the epoch, as a UTC date-time, when it falls in
/// [`EPOCH_YEARS`] (the two ranges do not overlap, so the unit is never ambiguous).
fn epoch_date(n: f64) -> Option<PublishedDate> {
    if !n.is_finite() {
        return None;
    }
    let plausible = |secs: f64| {
        let whole = secs.floor();
        if !(-1e12..=1e12).contains(&whole) {
            return None;
        }
        // To the millisecond: a float of seconds holds no finer time (1714730400.123 is
        // .122999907 in binary).
        let nanos = (((secs - whole) * 1e3).round() as u32).min(999) * 1_000_000;
        let dt = DateTime::from_timestamp(whole as i64, nanos)?;
        EPOCH_YEARS.contains(&dt.year()).then_some(dt)
    };
    let dt = plausible(n).or_else(|| plausible(n / 1000.0))?;
    Some(PublishedDate { local: dt.naive_utc(), offset: FixedOffset::east_opt(0), has_time: true })
}

/// A number as text, without a trailing `.0` for whole numbers.
fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 { format!("{}", n as i64) } else { n.to_string() }
}

/// A JSON value whose objects keep their keys in document order (serde_json's `Value`
/// sorts them unless its `preserve_order` feature is on), so a body's paragraphs stay in
/// reading order. Duplicate keys are all kept.
#[derive(Debug, Clone, PartialEq)]
enum Node {
    /// `null`: never text.
    Other,
    /// `true`, `false`: never text, but a draft's mark (`"draft": true`).
    Bool(bool),
    Num(f64),
    Str(String),
    List(Vec<Node>),
    Obj(Vec<(String, Node)>),
}

impl Node {
    /// What kind of value this is, for warnings.
    fn kind(&self) -> &'static str {
        match self {
            Node::Other => "null",
            Node::Bool(_) => "boolean",
            Node::Num(_) => "number",
            Node::Str(_) => "string",
            Node::List(_) => "array",
            Node::Obj(_) => "object",
        }
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Bool(v))
    }

    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Other)
    }

    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::Other)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        Node::deserialize(deserializer)
    }

    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Num(v as f64))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Num(v as f64))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Num(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Str(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Node, E> {
        Ok(Node::Str(v))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut fields = Vec::new();
        while let Some(entry) = map.next_entry::<String, Node>()? {
            fields.push(entry);
        }
        Ok(Node::Obj(fields))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(text: &str, lines: bool) -> Vec<Parsed> {
        let mut warnings = Vec::new();
        let out = parse(text, lines, &mut warnings);
        assert!(warnings.is_empty(), "{warnings:?}");
        out
    }

    fn one(text: &str) -> Parsed {
        let mut out = parse_ok(text, false);
        assert_eq!(out.len(), 1, "{out:?}");
        out.remove(0)
    }

    fn iso(p: &Parsed) -> Option<String> {
        p.date.as_ref().map(|d| d.date.iso())
    }

    #[test]
    fn markup_in_a_body_is_read_as_a_page_fragment() {
        let p = one(
            r#"{"title": "Export", "content": "<p>Le <em>maire</em> a parl&eacute; &agrave; la presse.</p><p>Deuxi&egrave;me.<script>alert(1)</script></p>"}"#,
        );
        assert_eq!(p.body, "Le maire a parlé à la presse.\nDeuxième.");
        // Text that only mentions a sign stays as written.
        let p = one(r#"{"title": "Maths", "text": "Profits rose by <5% and x < y > z."}"#);
        assert_eq!(p.body, "Profits rose by <5% and x < y > z.");
    }

    #[test]
    fn drupal_ghost_and_arc_xp_exports_give_their_dates_bylines_and_story_text_alone() {
        // Drupal JSON:API: fields under `attributes`, "authored on" as `created` (a date or
        // a time stamp), the byline in a field of the content type.
        let drupal = parse_ok(
            r#"{"data":[{"type":"node--article","id":"u-1","attributes":{"title":"Bike lanes approved",
            "created":"2023-04-11T09:30:00+00:00","changed":"2023-04-12T10:00:00+00:00",
            "field_byline":"By MARIA DELGADO, Staff Writer","field_tags":["transport"],
            "body":{"value":"<p>The council voted on Tuesday.</p>","format":"basic_html"}}},
            {"type":"node--article","id":"u-2","attributes":{"title":"Library hours","created":1681300000,"changed":1681400000,
            "field_author":{"name":"Sam Carter"},"body":{"value":"<p>Open until nine.</p>"}}}]}"#,
            false,
        );
        assert_eq!(drupal.len(), 2, "{drupal:?}");
        assert_eq!(iso(&drupal[0]).as_deref(), Some("2023-04-11T09:30:00Z"));
        assert_eq!(drupal[0].date.as_ref().unwrap().source, "json:created");
        assert_eq!(drupal[0].modified.as_ref().map(|d| d.iso()).as_deref(), Some("2023-04-12T10:00:00Z"));
        assert_eq!(drupal[0].byline.as_deref(), Some("Maria Delgado"));
        assert_eq!(drupal[0].tags, ["transport"]);
        assert_eq!(iso(&drupal[1]).as_deref(), Some("2023-04-12T11:46:40Z"));
        assert_eq!(drupal[1].byline.as_deref(), Some("Sam Carter"));
        // A scraper's `created`, with no `changed`, is when it fetched the page.
        let scraped = one(r#"{"title":"Fetched","text":"Some text.","created":"2024-06-01T10:00:00Z"}"#);
        assert_eq!(iso(&scraped), None);
        // Ghost: the posts' authors through `posts_authors` and `users`, in their order.
        let ghost = parse_ok(
            r#"{"db":[{"meta":{"version":"5.0"},"data":{
            "posts":[{"id":"p1","title":"Ferry fares to rise","html":"<p>Fares rise in April.</p>",
              "published_at":"2023-03-01T08:00:00.000Z"},
              {"id":"p2","title":"Pier reopens","html":"<p>The pier reopened.</p>","published_at":"2023-03-02T08:00:00.000Z"}],
            "users":[{"id":"u1","name":"Alex Rivera"},{"id":"u2","name":"Jo Park"}],
            "posts_authors":[{"post_id":"p1","author_id":"u2","sort_order":1},
              {"post_id":"p1","author_id":"u1","sort_order":0},{"post_id":"p2","author_id":"u2","sort_order":0}]}}]}"#,
            false,
        );
        let bylines: Vec<Option<&str>> = ghost.iter().map(|p| p.byline.as_deref()).collect();
        assert_eq!(bylines, [Some("Alex Rivera, Jo Park"), Some("Jo Park")]);
        // Arc XP: the text elements, not a photo's caption and credit or an ad's markup.
        let arc = one(r#"{"_id":"A1","type":"story","headlines":{"basic":"Dredging halted"},
            "first_publish_date":"2024-02-03T11:00:00Z","credits":{"by":[{"name":"Jo Park"}]},
            "content_elements":[{"type":"text","content":"A judge halted the dredging."},
            {"type":"image","caption":"The harbour at dawn.","credits":{"by":[{"name":"Lee Kim"}]}},
            {"type":"text","content":"Fishermen had sued."},
            {"type":"raw_html","content":"<div class=\"ad\">Advertisement</div>"}]}"#);
        assert_eq!(arc.body, "A judge halted the dredging.\nFishermen had sued.");
    }

    #[test]
    fn single_object_with_common_keys() {
        let p = one(r#"{"Headline": "Bridge  reopens", "url": "https://example.org/bridge",
                "datePublished": "2026-01-24T14:30:00-06:00", "author": {"name": "Lena Park"},
                "articleBody": "First paragraph.\n\n  Second   paragraph. ", "keywords": "roads, city ,"}"#);
        assert_eq!(p.id, None);
        assert_eq!(p.title.as_deref(), Some("Bridge reopens"));
        assert_eq!(p.body, "First paragraph.\nSecond paragraph.");
        assert_eq!(p.byline.as_deref(), Some("Lena Park"));
        assert_eq!(iso(&p).as_deref(), Some("2026-01-24T14:30:00-06:00"));
        assert_eq!(p.date.as_ref().map(|d| d.source), Some("json:datePublished"));
        assert_eq!(p.url.as_deref(), Some("https://example.org/bridge"));
        assert_eq!(p.tags, ["roads", "city"]);
    }

    #[test]
    fn news_please_style() {
        let p = one(r#"{"authors": ["A", "B"], "date_download": "2024-05-04 10:00:00", "date_modify": null,
                "date_publish": "2024-05-03 15:47:42", "description": "Teaser.", "language": "de",
                "maintext": "One.\nTwo.", "title": "T", "title_page": null, "title_rss": null,
                "url": "https://example.org/a", "image_url": "https://example.org/a.jpg"}"#);
        assert_eq!(p.title.as_deref(), Some("T"));
        assert_eq!(p.body, "One.\nTwo.");
        assert_eq!(p.byline.as_deref(), Some("A, B"));
        assert_eq!(iso(&p).as_deref(), Some("2024-05-03T15:47:42"));
        assert_eq!(p.date.as_ref().map(|d| d.source), Some("json:date_publish"));
        assert_eq!(p.url.as_deref(), Some("https://example.org/a"));
    }

    #[test]
    fn guardian_api_results_with_nested_fields() {
        let out = parse_ok(
            r#"{"response": {"status": "ok", "total": 2, "results": [
                {"id": "world/2026/jan/05/flood", "type": "article", "sectionName": "World news",
                 "webPublicationDate": "2026-01-05T09:30:00Z", "webTitle": "Floods close the valley road",
                 "webUrl": "https://example.org/world/2026/jan/05/flood",
                 "fields": {"headline": "Floods close the valley road", "byline": "Mara Quint",
                            "body": "<p>The river rose overnight.</p><p>Crews worked till dawn.</p>"},
                 "tags": [{"id": "world/floods", "type": "keyword", "webTitle": "Floods"}]},
                {"id": "uk/2026/jan/06/vote", "webPublicationDate": "2026-01-06T18:00:00Z",
                 "webTitle": "Council vote delayed", "fields": {"bodyText": "The vote moved to March."}}
            ]}}"#,
            false,
        );
        assert_eq!(out.len(), 2, "{out:?}");
        assert_eq!(out[0].title.as_deref(), Some("Floods close the valley road"));
        assert_eq!(out[0].body, "The river rose overnight.\nCrews worked till dawn.");
        assert_eq!(out[0].byline.as_deref(), Some("Mara Quint"));
        assert_eq!(iso(&out[0]).as_deref(), Some("2026-01-05T09:30:00Z"));
        assert_eq!(out[0].date.as_ref().map(|d| d.source), Some("json:webPublicationDate"));
        assert_eq!(out[0].url.as_deref(), Some("https://example.org/world/2026/jan/05/flood"));
        assert_eq!(out[0].tags, ["Floods"]);
        assert_eq!(out[1].body, "The vote moved to March.");
    }

    #[test]
    fn new_york_times_api_docs() {
        let out = parse_ok(
            r#"{"status": "OK", "response": {"meta": {"hits": 1}, "docs": [
                {"abstract": "A short summary.", "web_url": "https://example.com/2026/02/01/harbor.html",
                 "lead_paragraph": "The harbor reopened on Sunday after a week of repairs.",
                 "headline": {"main": "Harbor Reopens After Repairs", "kicker": null, "print_headline": "Harbor Open"},
                 "keywords": [{"name": "persons", "value": "Okafor, Ada"}, {"name": "glocations", "value": "Maine"}],
                 "pub_date": "2026-02-01T05:00:00+0000",
                 "byline": {"original": "By Ada Okafor and Lin Wei", "person": [{"firstname": "Ada"}]}}
            ]}}"#,
            false,
        );
        assert_eq!(out.len(), 1, "{out:?}");
        let p = &out[0];
        assert_eq!(p.title.as_deref(), Some("Harbor Reopens After Repairs"));
        assert_eq!(p.body, "The harbor reopened on Sunday after a week of repairs.");
        assert_eq!(p.byline.as_deref(), Some("Ada Okafor and Lin Wei"));
        assert_eq!(iso(p).as_deref(), Some("2026-02-01T05:00:00Z"));
        assert_eq!(p.url.as_deref(), Some("https://example.com/2026/02/01/harbor.html"));
        assert_eq!(p.tags, ["Okafor, Ada", "Maine"]);
    }

    #[test]
    fn wordpress_rest_posts() {
        let out = parse_ok(
            r#"[{"id": 41, "date": "2026-03-02T08:15:00", "date_gmt": "2026-03-02T07:15:00",
                 "link": "https://example.net/2026/03/02/market/", "author": 3,
                 "title": {"rendered": "It&#8217;s market day &amp; the square is full"},
                 "content": {"rendered": "<p>Stalls opened at six.</p>\n<p>By noon &#8212; sold out.</p>", "protected": false},
                 "excerpt": {"rendered": "<p>Stalls opened.</p>"}}]"#,
            false,
        );
        assert_eq!(out.len(), 1, "{out:?}");
        let p = &out[0];
        assert_eq!(p.title.as_deref(), Some("It\u{2019}s market day & the square is full"));
        assert_eq!(p.body, "Stalls opened at six.\nBy noon \u{2014} sold out.");
        assert_eq!(p.byline, None, "an author id is not a name");
        // The UTC time (`date_gmt`), not the site's local `date`.
        assert_eq!(iso(p).as_deref(), Some("2026-03-02T07:15:00Z"));
        assert_eq!(p.url.as_deref(), Some("https://example.net/2026/03/02/market/"));
    }

    #[test]
    fn elasticsearch_export_hits() {
        let out = parse_ok(
            r#"{"took": 3, "hits": {"total": {"value": 2}, "hits": [
                {"_index": "news", "_id": "a1", "_source": {"title": "Mill closes", "text": "The mill shut.", "published": "2025-11-03"}},
                {"_index": "news", "_id": "a2", "_source": {"title": "Mill reopens", "text": "It reopened.", "author": "By Tom Reyes"}}
            ]}}"#,
            false,
        );
        assert_eq!(out.len(), 2, "{out:?}");
        assert_eq!(out[0].title.as_deref(), Some("Mill closes"));
        assert_eq!(iso(&out[0]).as_deref(), Some("2025-11-03"));
        assert_eq!(out[1].body, "It reopened.");
        assert_eq!(out[1].byline.as_deref(), Some("Tom Reyes"));
        assert_eq!(out[1].id.as_deref(), Some("2"));
    }

    #[test]
    fn a_title_or_a_description_alone_is_no_article() {
        let parse = |text: &str| {
            let mut warnings = Vec::new();
            (parse(text, false, &mut warnings), warnings)
        };
        let (articles, warnings) = parse(r#"{"name": "fetcher", "description": "scripts to fetch news"}"#);
        assert!(articles.is_empty());
        assert!(warnings[0].contains("only a description"), "{warnings:?}");
        let (articles, warnings) = parse(r#"{"title": "Config", "theme": "dark"}"#);
        assert!(articles.is_empty());
        assert!(warnings[0].contains("only a title"), "{warnings:?}");
        // A brief: a headline with its date, address or byline, or with a teaser.
        for brief in [
            r#"{"title": "Fed holds rates", "date": "2024-05-01"}"#,
            r#"{"title": "Fed holds rates", "url": "https://example.org/fed"}"#,
            r#"{"title": "Fed holds rates", "author": "Ann Lee"}"#,
            r#"{"title": "Fed holds rates", "description": "Rates stay."}"#,
            r#"{"description": "Rates stay.", "date": "2024-05-01"}"#,
        ] {
            assert_eq!(parse(brief).0.len(), 1, "{brief}");
        }
    }

    #[test]
    fn description_is_the_body_only_as_a_last_resort() {
        assert_eq!(one(r#"{"title": "T", "description": "Teaser."}"#).body, "Teaser.");
        assert_eq!(one(r#"{"title": "T", "description": "Teaser.", "text": "Full."}"#).body, "Full.");
        assert_eq!(one(r#"{"title": "T", "description": "Teaser.", "text": ""}"#).body, "Teaser.");
    }

    #[test]
    fn array_of_objects_gets_positions_as_ids() {
        let out = parse_ok(r#"[{"title": "One"}, {"title": "Two", "text": "Body."}]"#, false);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].id.as_deref(), Some("1"));
        assert_eq!(out[0].title.as_deref(), Some("One"));
        assert_eq!(out[1].id.as_deref(), Some("2"));
        assert_eq!(out[1].body, "Body.");
    }

    #[test]
    fn wrapped_array() {
        let out = parse_ok(r#"{"status": "ok", "Articles": [{"title": "A"}, {"title": "B"}]}"#, false);
        let titles: Vec<_> = out.iter().map(|p| p.title.as_deref().unwrap()).collect();
        assert_eq!(titles, ["A", "B"]);
        assert_eq!(out[1].id.as_deref(), Some("2"));
        let nested = parse_ok(r#"{"data": {"results": [{"title": "C"}]}}"#, false);
        assert_eq!(nested[0].title.as_deref(), Some("C"));
        // A feed with a title of its own (JSON Feed) is still a wrapper.
        let feed = parse_ok(
            r#"{"title": "My feed", "items": [{"title": "D", "url": "https://x/d", "content_html": "<p>Dock <b>strike</b> ends.</p>"},
                {"title": "E", "content_text": "Ships sail."}]}"#,
            false,
        );
        assert_eq!(feed.len(), 2);
        assert_eq!(feed[0].title.as_deref(), Some("D"));
        assert_eq!(feed[0].url.as_deref(), Some("https://x/d"));
        assert_eq!(feed[0].body, "Dock strike ends.");
        assert_eq!(feed[1].body, "Ships sail.");
    }

    #[test]
    fn map_of_articles_keyed_by_name() {
        let out = parse_ok(r#"{"V1": {"title": "Old"}, "V2": {"title": "New"}}"#, false);
        let ids: Vec<_> = out.iter().map(|p| p.id.as_deref().unwrap()).collect();
        assert_eq!(ids, ["V1", "V2"]);
        assert_eq!(out[1].title.as_deref(), Some("New"));
    }

    #[test]
    fn json_lines_with_bad_lines() {
        let text =
            "{\"title\": \"First\"}\n\n{\"title\": oops}\n[1, 2]\n{\"title\": \"Fifth\", \"text\": \"x\"}\n";
        let mut warnings = Vec::new();
        let out = parse(text, true, &mut warnings);
        let got: Vec<_> =
            out.iter().map(|p| (p.id.as_deref().unwrap(), p.title.as_deref().unwrap())).collect();
        assert_eq!(got, [("1", "First"), ("5", "Fifth")]);
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].starts_with("line 3: invalid JSON: "), "{warnings:?}");
        assert!(warnings[1].starts_with("line 4: not a JSON object"), "{warnings:?}");
    }

    #[test]
    fn json_lines_in_a_json_file_and_back() {
        let mut warnings = Vec::new();
        let out = parse("{\"title\": \"A\"}\n{\"title\": \"B\"}\n", false, &mut warnings);
        assert_eq!(out.len(), 2);
        assert_eq!(out[1].id.as_deref(), Some("2"));
        assert_eq!(warnings.len(), 1, "{warnings:?}");

        warnings.clear();
        let out = parse("{\n  \"title\": \"Pretty\",\n  \"text\": \"Body.\"\n}\n", true, &mut warnings);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].title.as_deref(), Some("Pretty"));
        assert_eq!(warnings.len(), 1, "{warnings:?}");
    }

    #[test]
    fn nested_fundus_body_in_document_order() {
        let p = one(r#"{"title": "T", "publishing_date": "2024-05-03 15:47:42.389000+00:00",
                "body": {"summary": ["Lead  text."],
                         "sections": [{"headline": [], "paragraphs": ["P1.", "P2."]},
                                      {"headline": ["Sub"], "paragraphs": ["P3."]}]},
                "authors": ["Birgit B", "Anna F"], "topics": ["Islam", "Hamburg"]}"#);
        assert_eq!(p.body, "Lead text.\nP1.\nP2.\nSub\nP3.");
        assert_eq!(iso(&p).as_deref(), Some("2024-05-03T15:47:42.389Z"));
        assert_eq!(p.date.as_ref().map(|d| d.source), Some("json:publishing_date"));
        assert_eq!(p.byline.as_deref(), Some("Birgit B, Anna F"));
        assert_eq!(p.tags, ["Islam", "Hamburg"]);
    }

    #[test]
    fn mozilla_readabilitys_output_gives_its_date() {
        let r = one(
            r#"{"title": "T", "byline": "Ana Ruiz", "publishedTime": "2018-04-05T06:00", "excerpt": "E."}"#,
        );
        assert_eq!(iso(&r).as_deref(), Some("2018-04-05T06:00:00"));
        assert_eq!(r.date.as_ref().map(|d| d.source), Some("json:publishedTime"));
    }

    #[test]
    fn epoch_dates() {
        let millis = one(r#"{"title": "T", "publishedAt": 1714751262000}"#);
        assert_eq!(iso(&millis).as_deref(), Some("2024-05-03T15:47:42Z"));
        assert_eq!(millis.date.as_ref().map(|d| d.source), Some("json:publishedAt"));
        let float = one(r#"{"title": "T", "created_at": 1714730400.123}"#);
        assert_eq!(iso(&float).as_deref(), Some("2024-05-03T10:00:00.123Z"));
        let secs = one(r#"{"title": "T", "created_at": 1714751262}"#);
        assert_eq!(iso(&secs).as_deref(), Some("2024-05-03T15:47:42Z"));
        let mongo = one(r#"{"title": "T", "date": {"$date": "2024-05-03T15:47:42Z"}}"#);
        assert_eq!(iso(&mongo).as_deref(), Some("2024-05-03T15:47:42Z"));
        // Implausible numbers are not dates; a later key that parses is used instead.
        let p = one(r#"{"title": "T", "published": 42, "date": -1e300, "created_at": "2026-02-11"}"#);
        assert_eq!(iso(&p).as_deref(), Some("2026-02-11"));
        assert_eq!(p.date.as_ref().map(|d| d.source), Some("json:created_at"));
    }

    #[test]
    fn records_without_title_or_text_are_skipped() {
        let mut warnings = Vec::new();
        let out = parse(
            r#"[{"url": "https://x"}, {"title": "Kept"}, {"title": "", "text": "  "}]"#,
            false,
            &mut warnings,
        );
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].id.as_deref(), Some("2"));
        assert_eq!(
            warnings,
            ["article 1: no title or text, skipped", "article 3: no title or text, skipped"]
        );

        warnings.clear();
        assert!(parse("{\"url\": \"https://x\"}\n", true, &mut warnings).is_empty());
        assert_eq!(warnings, ["line 1: no title or text, skipped"]);
    }

    #[test]
    fn an_array_cut_off_mid_write_keeps_its_complete_articles() {
        let mut warnings = Vec::new();
        let text =
            "[\n{\"title\": \"One\"},\n{\"title\": \"Two [draft]\", \"text\": \"a } b\"},\n{\"title\": \"Thr";
        let out = parse(text, false, &mut warnings);
        let got: Vec<_> =
            out.iter().map(|p| (p.id.as_deref().unwrap(), p.title.as_deref().unwrap())).collect();
        assert_eq!(got, [("1", "One"), ("2", "Two [draft]")]);
        assert!(warnings[0].starts_with("invalid JSON ("), "{warnings:?}");
        assert_eq!(warnings[1], "article 3: its JSON stops before its end (cut off), skipped");
        // One bad element among good ones, and a trailing comma.
        warnings.clear();
        let out = parse("[{\"title\": \"A\"}, {\"title\": oops}, {\"title\": \"C\"},]", false, &mut warnings);
        let ids: Vec<_> = out.iter().map(|p| p.id.as_deref().unwrap()).collect();
        assert_eq!(ids, ["1", "3"]);
        assert!(warnings[1].starts_with("article 2: invalid JSON"), "{warnings:?}");
    }

    #[test]
    fn python_nan_and_lone_surrogates_are_repaired() {
        let p = one(
            r#"{"title": "Poll \ud83d", "score": NaN, "rank": -Infinity, "text": "NaN stays \ud83d\ude00"}"#,
        );
        assert_eq!(p.title.as_deref(), Some("Poll \u{fffd}"));
        assert_eq!(p.body, "NaN stays \u{1f600}");
        let lines = parse_ok("{\"title\": \"A\", \"x\": NaN}\n\u{feff}{\"title\": \"B\"}\n", true);
        assert_eq!(lines.len(), 2);
    }

    #[test]
    fn pretty_printed_objects_one_after_another_are_each_read() {
        let text = "{\n  \"title\": \"A\"\n}\n{\n  \"title\": \"B\",\n  \"text\": \"x\"\n}\n";
        for lines in [true, false] {
            let mut warnings = Vec::new();
            let out = parse(text, lines, &mut warnings);
            let got: Vec<_> =
                out.iter().map(|p| (p.id.as_deref().unwrap(), p.title.as_deref().unwrap())).collect();
            assert_eq!(got, [("1", "A"), ("4", "B")]);
            assert_eq!(warnings, ["not one JSON document; read as 2 JSON values one after another"]);
        }
    }

    #[test]
    fn a_cms_exports_stories_are_found_under_any_key_at_any_depth() {
        for key in ["posts", "stories", "nodes", "entries", "records", "rows", "documents", "news"] {
            let doc = format!(
                r#"{{"exported": "2024-05-01", "{key}": [{{"title": "Pier closes", "body": "The pier shut."}},
                    {{"title": "Pier reopens", "body": "It reopened."}}]}}"#
            );
            let titles: Vec<_> = parse_ok(&doc, false).into_iter().map(|p| p.title.unwrap()).collect();
            assert_eq!(titles, ["Pier closes", "Pier reopens"], "{key}");
        }
        // Ghost: the posts beside its users, two levels down in a list.
        let ghost = parse_ok(
            r#"{"db": [{"meta": {"version": "5.50.0"}, "data": {
                "users": [{"id": "1", "name": "Ann Lee"}, {"id": "2", "name": "Bo Chen"}, {"id": "3", "name": "Cy Diaz"}],
                "posts": [{"id": "a1", "title": "Levy passes", "html": "<p>Voters approved the levy.</p>",
                           "status": "published", "published_at": "2023-05-03T01:00:00.000Z"}]}}]}"#,
            false,
        );
        assert_eq!(ghost.len(), 1, "{ghost:?}");
        assert_eq!(ghost[0].body, "Voters approved the levy.");
        assert_eq!(iso(&ghost[0]).as_deref(), Some("2023-05-03T01:00:00Z"));
        // Drupal: each story wrapped in a `node`.
        let drupal = parse_ok(
            r#"{"nodes": [{"node": {"title": "Zoning vote", "body": "<p>The board denied it.</p>"}},
                          {"node": {"title": "Sidewalks", "body": "<p>Repairs start.</p>"}}]}"#,
            false,
        );
        let bodies: Vec<_> = drupal.iter().map(|p| p.body.as_str()).collect();
        assert_eq!(bodies, ["The board denied it.", "Repairs start."]);
        // Of two lists of stories, the longer; of two as long, the first.
        let out = parse_ok(
            r#"{"featured": [{"title": "F", "text": "f"}], "latest": [{"title": "A", "text": "a"}, {"title": "B", "text": "b"}],
                "archive": [{"title": "C", "text": "c"}, {"title": "D", "text": "d"}]}"#,
            false,
        );
        let titles: Vec<_> = out.iter().map(|p| p.title.as_deref().unwrap()).collect();
        assert_eq!(titles, ["A", "B"]);
        // An article's own list of related stories stays part of it.
        let p = one(
            r#"{"title": "Main", "body": "Main text.", "related": [{"title": "Other", "url": "https://x/o"}]}"#,
        );
        assert_eq!(p.title.as_deref(), Some("Main"));
    }

    #[test]
    fn a_file_without_an_article_says_what_it_holds() {
        let mut warnings = Vec::new();
        let out = parse(
            r#"{"posts": [{"slug": "a", "views": 1}, {"slug": "b", "views": 2}, {"slug": "c", "views": 3}]}"#,
            false,
            &mut warnings,
        );
        assert!(out.is_empty());
        assert_eq!(
            warnings,
            [
                "no article found: an array of 3 objects under `posts` with none of the keys of an article (title, \
              headline, text, body, content, …)"
            ]
        );
        warnings.clear();
        parse(r#"{"name": "x", "views": 3}"#, false, &mut warnings);
        assert!(warnings[0].ends_with("its keys: name, views"), "{warnings:?}");
    }

    #[test]
    fn stories_under_a_text_key_are_stories_not_one_text() {
        let out = parse_ok(
            r#"{"content": [{"title": "Roads", "body": "Roads text."}, {"title": "Bridges", "body": "Bridges text."}]}"#,
            false,
        );
        let got: Vec<_> = out.iter().map(|p| (p.title.as_deref().unwrap(), p.body.as_str())).collect();
        assert_eq!(got, [("Roads", "Roads text."), ("Bridges", "Bridges text.")]);
        // Sections with headlines but no text of their own stay one body (Fundus).
        let p = one(r#"{"title": "T", "body": [{"headline": ["Sub"], "paragraphs": ["P."]}]}"#);
        assert_eq!(p.body, "Sub\nP.");
    }

    #[test]
    fn wordpress_rest_embedded_author_terms_and_utc_date() {
        let p = one(r#"[{"id": 1, "date_gmt": "2023-06-01T12:00:00", "modified_gmt": "2023-06-02T12:00:00",
                 "title": {"rendered": "Only date_gmt <em>given</em>"}, "tags": [12, 15], "categories": [3],
                 "content": {"rendered": "<p>Story body.</p>"}, "author": 3,
                 "_embedded": {"author": [{"id": 3, "name": "Jo Park"}],
                               "wp:term": [[{"id": 3, "name": "Local", "taxonomy": "category"}],
                                           [{"id": 12, "name": "Roads", "taxonomy": "post_tag"}]]}}]"#);
        assert_eq!(p.title.as_deref(), Some("Only date_gmt given"));
        assert_eq!(p.byline.as_deref(), Some("Jo Park"));
        assert_eq!(p.tags, ["Local", "Roads"]);
        assert_eq!(iso(&p).as_deref(), Some("2023-06-01T12:00:00Z"));
        assert_eq!(p.date.as_ref().map(|d| d.source), Some("json:date_gmt"));
        // Both: the UTC time, not the site's.
        let p = one(
            r#"{"title": "T", "text": "x", "date": "2026-03-02T08:15:00", "date_gmt": "2026-03-02T07:15:00"}"#,
        );
        assert_eq!(iso(&p).as_deref(), Some("2026-03-02T07:15:00Z"));
        // Ids alone are no tags.
        assert!(one(r#"{"title": "T", "text": "x", "tags": [4, 5]}"#).tags.is_empty());
    }

    #[test]
    fn entities_in_plain_text_are_decoded_and_ampersands_kept() {
        let p = one(
            r#"{"title": "Caf&eacute; opens", "body": "Smith &amp; Sons &#8217;s store &mdash; caf&eacute; &nbsp;open. AT&T and R&D; Q&A."}"#,
        );
        assert_eq!(p.title.as_deref(), Some("Café opens"));
        assert_eq!(p.body, "Smith & Sons \u{2019}s store \u{2014} café open. AT&T and R&D; Q&A.");
        // Markup escaped once more is read as markup.
        let p = one(r#"{"title": "T", "body": "&lt;p&gt;One.&lt;/p&gt;&lt;p&gt;Two.&lt;/p&gt;"}"#);
        assert_eq!(p.body, "One.\nTwo.");
    }

    #[test]
    fn drafts_are_marked() {
        let drafts = [
            r#"{"title": "T", "text": "x", "status": "draft"}"#,
            r#"{"title": "T", "text": "x", "status": "private"}"#,
            r#"{"title": "T", "text": "x", "draft": true}"#,
            r#"{"title": "T", "text": "x", "published": false}"#,
        ];
        for draft in drafts {
            assert!(one(draft).draft, "{draft}");
        }
        for published in [
            r#"{"title": "T", "text": "x", "status": "publish"}"#,
            r#"{"title": "T", "text": "x", "status": "published", "draft": false}"#,
        ] {
            assert!(!one(published).draft, "{published}");
        }
    }

    #[test]
    fn more_publication_date_keys_but_not_the_updated_ones() {
        for (key, value, want) in [
            ("publish_date", "2023-06-11", "2023-06-11"),
            ("first_published_at", "2023-06-12T00:00:00Z", "2023-06-12T00:00:00Z"),
            ("datetime", "2023-06-13 14:00:00", "2023-06-13T14:00:00"),
            ("publishedAt", "2023-06-14T08:00:00Z", "2023-06-14T08:00:00Z"),
            ("pub_date", "2023-06-15", "2023-06-15"),
        ] {
            let p = one(&format!(r#"{{"title": "T", "text": "x", "{key}": "{value}"}}"#));
            assert_eq!(iso(&p).as_deref(), Some(want), "{key}");
        }
        for key in ["updated_at", "modified"] {
            let p = one(&format!(r#"{{"title": "T", "text": "x", "{key}": "2023-06-09T00:00:00Z"}}"#));
            assert_eq!(p.date, None, "{key}");
        }
    }

    #[test]
    fn a_bylines_job_title_goes_and_capitals_are_written_as_a_name() {
        let byline = |b: &str| one(&format!(r#"{{"title": "T", "text": "x", "byline": "{b}"}}"#)).byline;
        assert_eq!(byline("By MARIA DELGADO, Staff Writer").as_deref(), Some("Maria Delgado"));
        assert_eq!(byline("By Jo Park, Associated Press").as_deref(), Some("Jo Park"));
        assert_eq!(byline("Ann Lee, Bo Chen").as_deref(), Some("Ann Lee, Bo Chen"));
        assert_eq!(byline("By The Associated Press").as_deref(), Some("The Associated Press"));
        assert_eq!(byline("NASA").as_deref(), Some("NASA"));
    }

    #[test]
    fn share_bars_captions_and_shortcodes_leave_embedded_markup() {
        let p = one(
            r#"{"title": "T", "content": "<p>The plant opens.</p>[caption id=\"a_5\"]<img src=\"p.jpg\"> Photo: Jo Park[/caption]<figure><img src=\"x.jpg\"><figcaption>Photo by Ann Lee / Courier</figcaption></figure><p>It cost $3 million [sic].</p>[gallery ids=\"1,2\"]<div class=\"sharedaddy\"><h3>Share this:</h3><ul><li>Facebook</li><li>Twitter</li></ul></div><p>Share this:</p><p>Facebook</p><p>Twitter</p>"}"#,
        );
        assert_eq!(p.body, "The plant opens.\nIt cost $3 million [sic].");
    }

    #[test]
    fn garbage_is_a_warning_not_a_panic() {
        let inputs = [
            "not json at all",
            "",
            "{\"title\": ",
            "42",
            "\"just a string\"",
            "[1, null, true]",
            "{}",
            "{\"title\": 5e400}",
            "{\"body\": {\"sections\": [[[[[]]]]]}, \"date\": {\"$date\": {\"$date\": {\"$date\": 1}}}}",
        ];
        for input in inputs {
            for lines in [false, true] {
                let mut warnings = Vec::new();
                let out = parse(input, lines, &mut warnings);
                assert!(out.is_empty(), "{input:?} {lines}: {out:?}");
                if !input.is_empty() {
                    assert!(!warnings.is_empty(), "{input:?} {lines}");
                }
            }
        }
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let mut warnings = Vec::new();
        assert!(parse(&deep, false, &mut warnings).is_empty());
        assert!(warnings[0].starts_with("invalid JSON"), "{warnings:?}");
    }
}
