//! Markdown articles, with optional YAML (`---`) or TOML (`+++`) front matter.
//!
//! Front matter gives `title` (or `headline`), `date` (or `published`, `pubDate`, …),
//! `author`/`authors`/`byline` and `tags`. Without a title there, the first `# heading` is
//! the headline. The body is the Markdown rendered to plain text by pulldown-cmark, so
//! emphasis markers and link targets never reach the index or the snippets.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use super::{FoundDate, Parsed, squash_whitespace};
use crate::dates::parse_published;

const TITLE_KEYS: &[&str] = &["title", "headline"];
/// Date keys, the publication's first, each with the `date_source` it gives. `created` (the
/// day a note was made, or an article clipped) is the last resort.
const DATE_KEYS: &[(&str, &str)] = &[
    ("published", "front-matter:published"),
    ("date_published", "front-matter:published"),
    ("datepublished", "front-matter:published"),
    ("publishdate", "front-matter:published"),
    ("pubdate", "front-matter:published"),
    ("date", "front-matter:date"),
    ("created", "front-matter:created"),
];
/// When the article was last changed (`updated:`, Hugo's `lastmod:`).
const MODIFIED_KEYS: &[&str] =
    &["updated", "lastmod", "modified", "last_modified", "datemodified", "date_modified"];
const BYLINE_KEYS: &[&str] = &["author", "authors", "byline", "by"];
/// Each of these gives tags: Hugo and Jekyll sites write both `tags` and `categories`.
const TAG_KEYS: &[&str] = &["tags", "keywords", "categories"];
/// The article's address (`source:` is where Obsidian's web clipper puts it).
const URL_KEYS: &[&str] = &["url", "link", "source", "canonical_url"];
const LANGUAGE_KEYS: &[&str] = &["lang", "language", "locale"];

/// A byline without the brackets of wiki links (`[[Sam Carter]]`, `[[people/Sam|Sam]]`), as
/// note-taking apps write names.
fn without_wiki_links(byline: &str) -> String {
    let mut out = String::with_capacity(byline.len());
    let mut rest = byline;
    while let Some(start) = rest.find("[[") {
        let Some(len) = rest[start + 2..].find("]]") else { break };
        out.push_str(&rest[..start]);
        let link = &rest[start + 2..start + 2 + len];
        out.push_str(link.rsplit_once('|').map_or(link, |(_, shown)| shown).trim());
        rest = &rest[start + 2 + len + 2..];
    }
    out.push_str(rest);
    out.trim().to_string()
}

/// Parses a Markdown article. A malformed front matter block is dropped with a warning and
/// the rest of the file is still read.
pub fn parse(text: &str, warnings: &mut Vec<String>) -> Parsed {
    let (front, markdown) = front_matter(text, warnings);
    let (heading, body) = render_plain_text(markdown);
    // The text read as a plain-text article is: its headline (the `# heading`, or else,
    // with no title in the front matter either, the first line, as in a .txt) and a header
    // block of `Published:` and `By` lines under it.
    let headline = heading.or_else(|| front.title.clone());
    super::text::under_front_matter(front, headline, &body, warnings)
}

/// What a front matter block at the start of `text` says (`title`, `date`, `author`,
/// `tags`), and the text after it. A malformed block is dropped with a warning.
pub fn front_matter<'t>(text: &'t str, warnings: &mut Vec<String>) -> (Parsed, &'t str) {
    let (front, rest) = split_front_matter(text);
    let mut parsed = Parsed::default();
    if let Some(front) = front {
        match front.to_json_salvaged(warnings) {
            Ok(value) => {
                read_front_matter(&value, &mut parsed);
                settle_slash_date(&value, &mut parsed, rest, warnings);
            }
            Err(err) => warnings.push(format!("front matter ignored: {err}")),
        }
    } else if let Some((fence, front, rest)) = unclosed_front_matter(text) {
        // Salvaged: the `key: value` lines up to the first blank line, when they read so.
        if let Ok(value) = front.to_json_salvaged(warnings)
            && value.is_object()
        {
            warnings.push(format!(
                "front matter not closed (no closing {fence}); read up to the first blank line"
            ));
            read_front_matter(&value, &mut parsed);
            return (parsed, rest);
        }
        warnings.push(format!("front matter not closed (no closing {fence}); read as text"));
    }
    (parsed, rest)
}

/// A front matter's date in figures that reads two ways (`date: 08/12/2025`), read in the
/// order the article's text and language tell ([`super::text::settled_slash_date`]), or
/// left out with a warning.
fn settle_slash_date(value: &serde_json::Value, parsed: &mut Parsed, text: &str, warnings: &mut Vec<String>) {
    let Some(map) = value.as_object().filter(|_| parsed.date.is_none()) else { return };
    parsed.date = DATE_KEYS.iter().find_map(|&(key, source)| {
        let written = map.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).and_then(|(_, v)| as_text(v))?;
        super::text::settled_slash_date(&written, text, parsed.language.as_deref(), warnings)
            .map(|date| FoundDate { date, source })
    });
}

/// A front matter block opened and never closed: its fence, the lines up to the first
/// blank line, and the text after them.
fn unclosed_front_matter(text: &str) -> Option<(&'static str, FrontMatter<'_>, &str)> {
    let text = text.trim_start_matches('\u{feff}');
    let fence = ["---", "+++"].into_iter().find(|fence| {
        text.strip_prefix(fence).is_some_and(|after| after.starts_with('\n') || after.starts_with("\r\n"))
    })?;
    let after_open = text[fence.len()..].trim_start_matches(['\r', '\n']);
    let end = after_open.find("\n\n").or_else(|| after_open.find("\r\n\r\n")).unwrap_or(after_open.len());
    let (block, rest) = after_open.split_at(end);
    let front = if fence == "---" { FrontMatter::Yaml(block) } else { FrontMatter::Toml(block) };
    Some((fence, front, rest.trim_start_matches(['\r', '\n'])))
}

/// A front matter block, still unparsed.
enum FrontMatter<'a> {
    Yaml(&'a str),
    Toml(&'a str),
}

impl FrontMatter<'_> {
    /// As [`Self::to_json`]; a YAML block refused for a `: ` in a value that is not quoted
    /// (`title: Boscastle floods: a year to remember`, as headlines are written) is read
    /// with each such value taken as the text after its key's `: `, and `warnings` names
    /// the keys.
    fn to_json_salvaged(&self, warnings: &mut Vec<String>) -> Result<serde_json::Value, String> {
        let err = match self.to_json() {
            Ok(value) => return Ok(value),
            Err(err) => err,
        };
        let FrontMatter::Yaml(src) = self else { return Err(err) };
        let Some((quoted, keys)) = with_colons_quoted(src) else { return Err(err) };
        let value = FrontMatter::Yaml(&quoted).to_json().map_err(|_| err)?;
        for key in keys {
            warnings.push(format!(
                "front matter: {key}'s value holds \": \" and is not quoted; read as the text after \"{key}: \""
            ));
        }
        Ok(value)
    }

    fn to_json(&self) -> Result<serde_json::Value, String> {
        match self {
            FrontMatter::Yaml(src) => serde_yaml_ng::from_str(src).map_err(|e| format!("YAML: {e}")),
            FrontMatter::Toml(src) => toml::from_str::<toml::Value>(src)
                .map(toml_to_json)
                .map_err(|e| format!("TOML: {}", e.message())),
        }
    }
}

/// A YAML block with each top-level `key: value` whose value holds a `: ` (or ends in a
/// colon) and is not quoted written with the value quoted, and those keys; `None` when
/// there is none.
fn with_colons_quoted(src: &str) -> Option<(String, Vec<String>)> {
    let mut keys = Vec::new();
    let mut out = String::with_capacity(src.len() + 16);
    for line in src.lines() {
        let quoted = line.split_once(": ").and_then(|(key, value)| {
            let value = value.trim();
            let plain_key = key.starts_with(|c: char| c.is_alphabetic())
                && key.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-');
            let colon = value.contains(": ") || value.ends_with(':');
            let plain_value = !value.starts_with(['"', '\'', '[', '{', '|', '>', '&', '*', '!', '#']);
            (plain_key && colon && plain_value).then(|| (key, serde_json::Value::from(value).to_string()))
        });
        match quoted {
            Some((key, value)) => {
                out.push_str(&format!("{key}: {value}\n"));
                keys.push(key.to_string());
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    (!keys.is_empty()).then_some((out, keys))
}

/// TOML values as JSON; dates become their TOML text (`2026-03-02`), ready for date parsing.
fn toml_to_json(value: toml::Value) -> serde_json::Value {
    use serde_json::Value as Json;
    match value {
        toml::Value::String(s) => Json::String(s),
        toml::Value::Integer(i) => Json::from(i),
        toml::Value::Float(f) => Json::from(f),
        toml::Value::Boolean(b) => Json::Bool(b),
        toml::Value::Datetime(dt) => Json::String(dt.to_string()),
        toml::Value::Array(items) => Json::Array(items.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(table) => {
            Json::Object(table.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect())
        }
    }
}

fn split_front_matter(text: &str) -> (Option<FrontMatter<'_>>, &str) {
    let text = text.trim_start_matches('\u{feff}');
    for fence in ["---", "+++"] {
        let Some(after_open) = text.strip_prefix(fence) else { continue };
        let Some(after_open) = after_open.strip_prefix('\n').or_else(|| after_open.strip_prefix("\r\n"))
        else {
            continue;
        };
        let mut offset = 0;
        for line in after_open.split_inclusive('\n') {
            let bare = line.trim_end();
            if bare == fence || (fence == "---" && bare == "...") {
                let block = &after_open[..offset];
                let rest = &after_open[offset + line.len()..];
                let front = if fence == "---" { FrontMatter::Yaml(block) } else { FrontMatter::Toml(block) };
                return (Some(front), rest);
            }
            offset += line.len();
        }
    }
    (None, text)
}

fn read_front_matter(value: &serde_json::Value, parsed: &mut Parsed) {
    let Some(map) = value.as_object() else { return };
    // The first of `keys`, in their order (not the file's: Obsidian's web clipper writes
    // `created:`, the day of the clipping, before or after `published:`), that gives a value.
    let first = |keys: &'static [&'static str]| {
        keys.iter()
            .find_map(|&key| map.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|(_, v)| (key, v)))
    };
    let get = |keys: &'static [&'static str]| first(keys).map(|(_, v)| v);
    parsed.title = get(TITLE_KEYS).and_then(as_text).filter(|t| !t.is_empty());
    parsed.byline = get(BYLINE_KEYS)
        .and_then(as_text)
        .map(|b| super::tidy_byline(&without_wiki_links(&b)))
        .filter(|t| !t.is_empty());
    parsed.date = DATE_KEYS.iter().find_map(|&(key, source)| {
        let value = map.iter().find(|(k, _)| k.eq_ignore_ascii_case(key))?.1;
        as_text(value).and_then(|s| parse_published(&s)).map(|date| FoundDate { date, source })
    });
    parsed.modified = get(MODIFIED_KEYS).and_then(as_text).and_then(|s| parse_published(&s));
    parsed.url =
        get(URL_KEYS).and_then(as_text).filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    parsed.language = get(LANGUAGE_KEYS).and_then(as_text).filter(|l| !l.is_empty());
    for key in TAG_KEYS {
        let value = map.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|(_, v)| v);
        let tags: Vec<String> = match value {
            Some(serde_json::Value::Array(items)) => items.iter().filter_map(as_text).collect(),
            Some(other) => as_text(other)
                .map(|s| s.split(',').map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect())
                .unwrap_or_default(),
            None => Vec::new(),
        };
        for tag in tags {
            if !parsed.tags.iter().any(|t| t.eq_ignore_ascii_case(&tag)) {
                parsed.tags.push(tag);
            }
        }
    }
    parsed.draft = map.iter().any(|(k, v)| says_unpublished(k, v));
}

/// Whether a front matter field marks the article unpublished: `draft: true` (Hugo,
/// Jekyll, Astro), `published: false` (Jekyll's way to keep a post out of the site),
/// `private: true` or `visibility: private`, or a `status` that is no publication
/// (`status: private`, as WordPress writes it). A flag may be written as text
/// (`draft: "true"`).
fn says_unpublished(key: &str, value: &serde_json::Value) -> bool {
    let flag = match value {
        serde_json::Value::Bool(b) => Some(*b),
        serde_json::Value::String(s) if s.trim().eq_ignore_ascii_case("true") => Some(true),
        serde_json::Value::String(s) if s.trim().eq_ignore_ascii_case("false") => Some(false),
        _ => None,
    };
    let key = key.to_ascii_lowercase();
    match (key.as_str(), flag, value) {
        ("draft" | "private", Some(true), _) | ("published", Some(false), _) => true,
        ("status", _, serde_json::Value::String(s)) => super::is_unpublished_status(s),
        ("visibility", _, serde_json::Value::String(s)) => s.trim().eq_ignore_ascii_case("private"),
        _ => false,
    }
}

/// A scalar as text; a list of scalars joined with ", " (for `authors: [A, B]`).
fn as_text(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::String(s) => Some(squash_whitespace(s)),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Array(items) => {
            let parts: Vec<String> = items.iter().filter_map(as_text).collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        // `author: {name: …}` as some generators write it.
        serde_json::Value::Object(map) => map.get("name").and_then(as_text),
        _ => None,
    }
}

/// Renders Markdown to plain text: one line per paragraph, heading or list item. Returns the
/// first level-1 heading separately (it is the headline, not body text).
fn render_plain_text(markdown: &str) -> (Option<String>, String) {
    let mut title: Option<String> = None;
    let mut in_title = false;
    let mut title_text = String::new();
    let mut out = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Heading { level: HeadingLevel::H1, .. }) if title.is_none() && !in_title => {
                in_title = true;
            }
            Event::End(TagEnd::Heading(HeadingLevel::H1)) if in_title => {
                in_title = false;
                title = Some(squash_whitespace(&title_text));
            }
            Event::Text(t) | Event::Code(t) if in_title => title_text.push_str(&t),
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::CodeBlock | TagEnd::TableRow,
            ) if !out.ends_with('\n') => out.push('\n'),
            Event::End(TagEnd::TableCell) => out.push(' '),
            _ => {}
        }
    }
    let body = out.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n");
    (title.filter(|t| !t.is_empty()), body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(text: &str) -> Parsed {
        let mut warnings = Vec::new();
        let p = parse(text, &mut warnings);
        assert!(warnings.is_empty(), "{warnings:?}");
        p
    }

    #[test]
    fn tags_and_categories_are_both_tags_and_a_draft_is_marked() {
        let p = parse_ok(
            "---\ntitle: T\ntags: [parks, pets]\ncategories:\n  - Community\n  - parks\ndraft: true\n---\n\nText.\n",
        );
        assert_eq!(p.tags, ["parks", "pets", "Community"]);
        assert!(p.draft);
        assert!(!parse_ok("---\ntitle: T\ndraft: false\n---\n\nText.\n").draft);
    }

    #[test]
    fn private_or_unpublished_front_matter_is_a_draft() {
        for field in [
            "private: true",
            "visibility: private",
            "published: false",
            "published: \"false\"",
            "status: private",
        ] {
            assert!(parse_ok(&format!("---\ntitle: T\n{field}\n---\n\nText.\n")).draft, "{field}");
        }
        for field in ["private: false", "visibility: public", "published: true", "status: publish"] {
            assert!(!parse_ok(&format!("---\ntitle: T\n{field}\n---\n\nText.\n")).draft, "{field}");
        }
        let p = parse_ok("---\ntitle: T\nauthor: By MARIA DELGADO, Staff Writer\n---\n\nText.\n");
        assert_eq!(p.byline.as_deref(), Some("Maria Delgado"));
    }

    #[test]
    fn yaml_front_matter() {
        let p = parse_ok(
            "---\ntitle: \"Council passes budget\"\ndate: 2026-02-11\nauthor: Lena Park\ntags: [budget, council]\n---\n\nThe **council** voted [yes](https://example.org).\n",
        );
        assert_eq!(p.title.as_deref(), Some("Council passes budget"));
        assert_eq!(p.date.as_ref().map(|d| d.date.iso()).as_deref(), Some("2026-02-11"));
        assert_eq!(p.byline.as_deref(), Some("Lena Park"));
        assert_eq!(p.tags, ["budget", "council"]);
        assert_eq!(p.body, "The council voted yes.");
    }

    #[test]
    fn a_clipping_s_publication_date_and_address_come_before_the_day_it_was_clipped() {
        // Obsidian's web clipper: `created` is the day of the clipping, in either order.
        for front in [
            "created: 2024-01-03\npublished: 2023-05-12",
            "published: 2023-05-12\ncreated: 2024-01-03",
            "created: 2024-01-03\ndate: 2023-05-12",
        ] {
            let p = parse_ok(&format!(
                "---\ntitle: Harbour dredging halted\n{front}\nauthor:\n  - \"[[Sam Carter]]\"\n\
                 source: https://example.org/2023/05/12/harbour\nlang: en-GB\n---\nA judge halted it.\n"
            ));
            assert_eq!(p.date.as_ref().map(|d| d.date.iso()).as_deref(), Some("2023-05-12"), "{front}");
            assert!(p.date.as_ref().is_some_and(|d| d.source != "front-matter:created"), "{front}");
            assert_eq!(p.byline.as_deref(), Some("Sam Carter"));
            assert_eq!(p.url.as_deref(), Some("https://example.org/2023/05/12/harbour"));
            assert_eq!(p.language.as_deref(), Some("en-GB"));
        }
        let p = parse_ok("---\ncreated: 2024-01-03\n---\nA note.\n");
        assert_eq!(
            p.date.map(|d| (d.date.iso(), d.source)),
            Some(("2024-01-03".into(), "front-matter:created"))
        );
        // Not an address: a source named.
        assert_eq!(parse_ok("---\nsource: Reuters\n---\nA note.\n").url, None);
        assert_eq!(
            without_wiki_links("[[people/Sam Carter|Sam Carter]] and [[Ann Lee]]"),
            "Sam Carter and Ann Lee"
        );
    }

    #[test]
    fn a_front_matter_date_read_two_ways_is_settled_by_the_language_or_said() {
        let mut warnings = Vec::new();
        let p = parse(
            "---\ntitle: Bridge closes\ndate: 08/12/2025\nlang: en-US\n---\nThe bridge closed.\n",
            &mut warnings,
        );
        assert_eq!(p.date.map(|d| d.date.iso()).as_deref(), Some("2025-08-12"));
        assert!(warnings.is_empty(), "{warnings:?}");
        let p =
            parse("---\ntitle: Bridge closes\ndate: 08/12/2025\n---\nThe bridge closed.\n", &mut warnings);
        assert_eq!(p.date, None);
        assert_eq!(warnings, ["date 08/12/2025 reads as 12 August or 8 December: left undated"]);
        let p =
            parse("---\ntitle: Bridge closes\ndate: 03/03/2026\n---\nThe bridge closed.\n", &mut Vec::new());
        assert_eq!(p.date.map(|d| d.date.iso()).as_deref(), Some("2026-03-03"));
    }

    #[test]
    fn toml_front_matter() {
        let p = parse_ok(
            "+++\ntitle = \"Rail line opens\"\ndate = 2026-03-02\nauthor = \"Sam Ortiz\"\n+++\nBody text.\n",
        );
        assert_eq!(p.title.as_deref(), Some("Rail line opens"));
        assert_eq!(p.date.map(|d| d.date.iso()).as_deref(), Some("2026-03-02"));
        assert_eq!(p.byline.as_deref(), Some("Sam Ortiz"));
        assert_eq!(p.body, "Body text.");
    }

    #[test]
    fn without_a_heading_the_first_line_is_the_headline_as_in_a_text_file() {
        let p = parse_ok(
            "City hall reopens after flood repairs\n\nPublished: 2026-03-02\n\nThe hall reopened on Monday.\n",
        );
        assert_eq!(p.title.as_deref(), Some("City hall reopens after flood repairs"));
        assert_eq!(p.date.as_ref().map(|d| d.date.iso()).as_deref(), Some("2026-03-02"));
        assert_eq!(p.body, "The hall reopened on Monday.");
        // A title in the front matter leaves the first line in the body.
        let p = parse_ok("---\ntitle: Hall reopens\n---\nThe hall reopened on Monday.\n");
        assert_eq!(p.title.as_deref(), Some("Hall reopens"));
        assert_eq!(p.body, "The hall reopened on Monday.");
    }

    #[test]
    fn first_heading_is_the_title_without_front_matter() {
        let p = parse_ok("# Storm hits *Duluth*\n\nWinds of 60 mph.\n\n## Damage\n\n- Roofs\n- Trees\n");
        assert_eq!(p.title.as_deref(), Some("Storm hits Duluth"));
        assert_eq!(p.body, "Winds of 60 mph.\nDamage\nRoofs\nTrees");
        assert_eq!(p.date, None);
    }

    #[test]
    fn a_colon_in_an_unquoted_title_keeps_the_front_matter() {
        let mut warnings = Vec::new();
        let p = parse(
            "---\ntitle: Boscastle floods: a year to remember\ndate: 2004-12-31T23:30:00-05:00\nauthor: Jane Doe\ntags: [floods]\n---\n\nThe village was flooded.\n",
            &mut warnings,
        );
        assert_eq!(p.title.as_deref(), Some("Boscastle floods: a year to remember"));
        assert_eq!(p.date.map(|d| d.date.iso()).as_deref(), Some("2004-12-31T23:30:00-05:00"));
        assert_eq!(p.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(p.tags, ["floods"]);
        assert_eq!(p.body, "The village was flooded.");
        assert_eq!(
            warnings,
            [
                "front matter: title's value holds \": \" and is not quoted; read as the text after \"title: \""
            ]
        );
        // A title ending in a colon; a quoted one is read as YAML reads it, with no word.
        let mut warnings = Vec::new();
        let p = parse("---\ntitle: Breaking:\ndate: 2004-12-31\n---\nText.\n", &mut warnings);
        assert_eq!(p.title.as_deref(), Some("Breaking:"));
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        let mut warnings = Vec::new();
        let p = parse("---\ntitle: \"Floods: a year on\"\n---\nText.\n", &mut warnings);
        assert_eq!(p.title.as_deref(), Some("Floods: a year on"));
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn broken_front_matter_is_a_warning_not_a_loss() {
        let mut warnings = Vec::new();
        let p = parse("---\ntitle: [unclosed\n---\n# Real title\n\nText.\n", &mut warnings);
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].starts_with("front matter ignored"), "{warnings:?}");
        assert_eq!(p.title.as_deref(), Some("Real title"));
        assert_eq!(p.body, "Text.");
    }

    #[test]
    fn front_matter_never_closed_is_read_up_to_the_first_blank_line_with_a_warning() {
        let mut warnings = Vec::new();
        let text = "---\ntitle: Never closed\ndate: 2020-01-01\n\n# Ferry runs again\n\nThe ferry runs.\n";
        let p = parse(text, &mut warnings);
        // As the same block closed gives it.
        let closed = parse(&text.replacen("\n\n", "\n---\n", 1), &mut Vec::new());
        assert_eq!(p.title, closed.title);
        assert_eq!(p.body, closed.body);
        assert_eq!(p.date.map(|d| d.date.iso()).as_deref(), Some("2020-01-01"));
        assert!(p.body.contains("The ferry runs."), "{:?}", p.body);
        assert!(warnings[0].starts_with("front matter not closed (no closing ---)"), "{warnings:?}");
        // Lines that are no front matter at all: the text, with the warning.
        let mut warnings = Vec::new();
        let p = parse("---\nFerry runs again\nThe ferry: it runs.\n", &mut warnings);
        assert!(warnings[0].ends_with("read as text"), "{warnings:?}");
        assert!(p.title.is_some());
    }

    #[test]
    fn authors_list_and_impossible_date() {
        let p = parse_ok("---\ntitle: T\nauthors: [Ann Lee, Bo Kim]\ndate: 0001-01-01T00:00:00Z\n---\nx\n");
        assert_eq!(p.byline.as_deref(), Some("Ann Lee, Bo Kim"));
        assert_eq!(p.date, None);
    }
}
