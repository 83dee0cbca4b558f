//! RSS and Atom feeds (`.rss`, `.atom`, `.xml`), as a feed reader or a news alert saves
//! them: every item is an article, numbered from 1 in the feed's order (`feed.rss#3`).
//!
//! The feed is parsed by `feed-rs` (RSS 0.9x, 1.0 and 2.0, Atom). An item's headline,
//! link, author (`author`, `dc:creator`), categories and publication date (`pubDate`,
//! `published`, `dc:date`, else `updated`) are kept; its text is the full content
//! (`content:encoded`, Atom `content`) when the feed carries it, else the summary
//! (`description`, Atom `summary`), with its markup read as a web page's would be.

use std::borrow::Cow;
use std::cell::RefCell;

use chrono::{DateTime, Utc};
use feed_rs::model::{Entry, Text};

use super::{FoundDate, Parsed, html, squash_whitespace};
use crate::dates::PublishedDate;

thread_local! {
    /// The dates met while the feed at hand was parsed, as written (with their offset, or
    /// only a day) beside the instant handed to `feed-rs`, which keeps instants alone.
    static DATES_READ: RefCell<Vec<(DateTime<Utc>, PublishedDate)>> = const { RefCell::new(Vec::new()) };
}

/// The items of a feed. Text that is no RSS or Atom feed (a sitemap, a configuration file
/// saved as `.xml`) gives none, with a warning saying so.
pub fn parse(text: &str, warnings: &mut Vec<String>) -> Vec<Parsed> {
    // The text is already decoded: a declaration of its original encoding would make the
    // parser decode it a second time.
    let xml = with_ampersands_mended(super::after_prolog(text), false);
    let xml = xml.as_ref();
    let feed = match parse_feed(xml) {
        Ok(feed) => feed,
        Err(feed_rs::parser::ParseFeedError::ParseError(feed_rs::parser::ParseErrorKind::NoFeedRoot)) => {
            warnings.push(match is_feed_start(xml) {
                true => "an RSS or Atom feed cut short or damaged before its first whole item".to_string(),
                false => "not an RSS or Atom feed, nor a news agency's NITF or NewsML".to_string(),
            });
            return Vec::new();
        }
        Err(err) => match salvaged(xml) {
            Some(feed) => {
                warnings.push(format!(
                    "the feed is damaged after item {} ({err}); the items before the damage are read",
                    feed.0.entries.len()
                ));
                feed
            }
            None if is_feed_start(xml) => {
                warnings.push(format!(
                    "an RSS or Atom feed cut short or damaged before its first whole item ({err})"
                ));
                return Vec::new();
            }
            None => {
                warnings.push(format!("not a readable RSS or Atom feed: {err}"));
                return Vec::new();
            }
        },
    };
    let (feed, dates) = feed;
    if feed.entries.is_empty() {
        warnings.push("a feed without items".to_string());
    }
    // Atom puts an author common to every entry on the feed.
    let feed_authors: Vec<String> =
        feed.authors.iter().filter_map(|person| author_name(&person.name)).collect();
    let items: Vec<Parsed> = feed
        .entries
        .into_iter()
        .enumerate()
        .map(|(i, entry)| item(i + 1, entry, &dates, &feed_authors))
        .collect();
    match wordpress_export(xml) {
        Some(export) if export.items.len() == items.len() => export.apply(items, warnings),
        _ => items,
    }
}

/// What a WordPress export (WXR: an RSS feed with `wp:` elements, as Tools → Export writes
/// it) says of its items beyond RSS, and its authors' names.
struct WordPressExport {
    /// Each `<item>`'s, in the file's order.
    items: Vec<WordPressItem>,
}

#[derive(Default)]
struct WordPressItem {
    /// `wp:post_type`: `post`, `page`, `attachment`, `nav_menu_item`, …
    post_type: Option<String>,
    /// `wp:status`: `publish`, `draft`, `private`, `trash`, …
    status: Option<String>,
    /// `wp:post_date_gmt`, else `wp:post_date`.
    date: Option<FoundDate>,
    /// The `wp:author_display_name` of the `dc:creator` login.
    author: Option<String>,
}

/// The kinds of WordPress items that are stories: posts, and a site's own post types
/// (`story`, `article`); not its pages ("About us", "Contact"), files, menus, revisions,
/// blocks and templates.
fn is_a_story_type(post_type: &str) -> bool {
    const NOT_STORIES: &[&str] = &[
        "page",
        "attachment",
        "nav_menu_item",
        "revision",
        "custom_css",
        "customize_changeset",
        "oembed_cache",
        "user_request",
        "wp_block",
        "wp_template",
        "wp_template_part",
        "wp_global_styles",
        "wp_navigation",
        "wp_font_family",
        "wp_font_face",
    ];
    !NOT_STORIES.contains(&post_type)
}

/// The WordPress export `xml` is, if it is one (it declares the `wp:` namespace and parses
/// whole).
fn wordpress_export(xml: &str) -> Option<WordPressExport> {
    const WP: &str = "http://wordpress.org/export/";
    if !xml.contains(WP) {
        return None;
    }
    let options = roxmltree::ParsingOptions { allow_dtd: true, ..roxmltree::ParsingOptions::default() };
    let doc = roxmltree::Document::parse_with_options(xml, options).ok()?;
    let in_wp = |node: &roxmltree::Node| node.tag_name().namespace().is_some_and(|ns| ns.starts_with(WP));
    let text = |node: roxmltree::Node| {
        let text: String = node.descendants().filter(|n| n.is_text()).filter_map(|n| n.text()).collect();
        Some(text.trim().to_string()).filter(|t| !t.is_empty())
    };
    let child = |node: roxmltree::Node, name: &str| {
        node.children().find(|c| c.is_element() && c.tag_name().name() == name && in_wp(c)).and_then(text)
    };
    let channel = doc.root_element().children().find(|n| n.has_tag_name("channel"))?;
    let names: Vec<(String, String)> = channel
        .children()
        .filter(|n| n.is_element() && n.tag_name().name() == "author" && in_wp(n))
        .filter_map(|a| Some((child(a, "author_login")?, child(a, "author_display_name")?)))
        .collect();
    let items = channel
        .children()
        .filter(|n| n.is_element() && n.tag_name().name() == "item" && n.tag_name().namespace().is_none())
        .map(|item| {
            // WordPress writes `0000-00-00 00:00:00` for a draft's time in UTC.
            let date = [("post_date_gmt", "wxr:post_date_gmt"), ("post_date", "wxr:post_date")]
                .into_iter()
                .find_map(|(name, source)| {
                    let mut date = crate::dates::parse_published(&child(item, name)?)?;
                    if name == "post_date_gmt" && date.offset.is_none() {
                        date.offset = chrono::FixedOffset::east_opt(0);
                    }
                    Some(FoundDate { date, source })
                });
            let login = item
                .children()
                .find(|c| c.has_tag_name(("http://purl.org/dc/elements/1.1/", "creator")))
                .and_then(text);
            WordPressItem {
                post_type: child(item, "post_type"),
                status: child(item, "status"),
                date,
                author: login
                    .and_then(|login| names.iter().find(|(l, _)| *l == login).map(|(_, n)| n.clone())),
            }
        })
        .collect();
    Some(WordPressExport { items })
}

impl WordPressExport {
    /// The feed's items as the export says they are: dated by their post date (never the
    /// feed's own, nor the export's), signed with their authors' names, drafts marked, and
    /// what is no story (pages, files, menu entries) left out, with one warning naming it.
    fn apply(self, items: Vec<Parsed>, warnings: &mut Vec<String>) -> Vec<Parsed> {
        let mut passed_over: Vec<(String, usize)> = Vec::new();
        let mut out = Vec::with_capacity(items.len());
        for (mut parsed, wp) in items.into_iter().zip(self.items) {
            if let Some(kind) = wp.post_type.as_deref().filter(|t| !is_a_story_type(t)) {
                match passed_over.iter_mut().find(|(k, _)| k == kind) {
                    Some((_, n)) => *n += 1,
                    None => passed_over.push((kind.to_string(), 1)),
                }
                continue;
            }
            if let Some(date) = wp.date {
                parsed.date = Some(date);
            } else if parsed.date.as_ref().is_some_and(|d| {
                use chrono::Datelike;
                d.date.local.year() < 1000
            }) {
                parsed.date = None;
            }
            if wp.author.is_some() {
                parsed.byline = wp.author;
            }
            parsed.draft = wp.status.as_deref().is_some_and(super::is_unpublished_status);
            out.push(parsed);
        }
        if !passed_over.is_empty() {
            let what: Vec<String> = passed_over
                .iter()
                .map(|(kind, n)| format!("{n} {kind}{}", if *n == 1 { "" } else { "s" }))
                .collect();
            warnings.push(format!(
                "a WordPress export: items that are no posts passed over ({})",
                what.join(", ")
            ));
        }
        out
    }
}

/// Does the text open as a feed (its root element `rss`, `feed` or `rdf:RDF`), whatever
/// follows?
fn is_feed_start(xml: &str) -> bool {
    let opening = xml.trim_start().trim_start_matches(|c: char| c != '<');
    let opening = opening.get(..opening.len().min(2000)).unwrap_or(opening);
    ["<rss", "<feed", "<rdf:RDF"].iter().any(|root| opening.contains(root))
}

/// A feed parsed, with the dates read on the way.
type FeedRead = (feed_rs::model::Feed, Vec<(DateTime<Utc>, PublishedDate)>);

fn parse_feed(xml: &str) -> Result<FeedRead, feed_rs::parser::ParseFeedError> {
    DATES_READ.with_borrow_mut(Vec::clear);
    let parser = feed_rs::parser::Builder::new()
        .sanitize_content(false)
        .timestamp_parser(read_timestamp)
        // An item with no guid has no id: feed-rs would make one up, at random when the
        // item has no link, and an item's uid is made from its id (`Parsed::key`).
        .id_generator(|_, _, _| String::new())
        .build();
    let parsed = parser.parse(xml.as_bytes());
    let dates = DATES_READ.take();
    parsed.map(|feed| (feed, dates))
}

/// The longest run of whole items at the start of a feed cut short or damaged (a download
/// that stopped, a bare `&` in one item): the feed up to the end of an item, closed again.
fn salvaged(xml: &str) -> Option<FeedRead> {
    let (item_end, closing) = if xml.contains("</entry>") {
        ("</entry>", "</feed>")
    } else if xml.contains("<rdf:RDF") {
        ("</item>", "</rdf:RDF>")
    } else {
        ("</item>", "</channel></rss>")
    };
    let ends: Vec<usize> = xml.match_indices(item_end).map(|(at, _)| at + item_end.len()).collect();
    let read = |n: usize| parse_feed(&format!("{}{closing}", &xml[..ends[n - 1]])).ok();
    // The feed up to the end of item n reads for every n up to the first damaged item:
    // find the last that does, in a few parses.
    let (mut good, mut bad) = (0, ends.len() + 1);
    let mut best = None;
    while bad - good > 1 {
        let mid = (good + bad) / 2;
        match read(mid) {
            Some(feed) => {
                good = mid;
                best = Some(feed);
            }
            None => bad = mid,
        }
    }
    best.filter(|(feed, _)| !feed.entries.is_empty())
}

/// One feed item as an article.
fn item(
    number: usize,
    entry: Entry,
    dates: &[(DateTime<Utc>, PublishedDate)],
    feed_authors: &[String],
) -> Parsed {
    let as_written = |instant: DateTime<Utc>| {
        dates
            .iter()
            .find(|(seen, _)| *seen == instant)
            .map_or_else(|| utc_date(instant), |(_, date)| date.clone())
    };
    let date = match (entry.published, entry.updated) {
        (Some(published), _) => Some(FoundDate { date: as_written(published), source: "feed:published" }),
        (None, Some(updated)) => Some(FoundDate { date: as_written(updated), source: "feed:updated" }),
        (None, None) => None,
    };
    let body = entry
        .content
        .as_ref()
        .and_then(|content| content.body.as_deref().map(|body| body_of(content.content_type.as_ref(), body)))
        .filter(|text| !text.trim().is_empty())
        .or_else(|| {
            entry.summary.as_ref().map(|summary| body_of(summary.content_type.as_ref(), &summary.content))
        })
        .filter(|text| !text.trim().is_empty())
        // A podcast's or a video's item describes its media (`itunes:summary`,
        // `media:description`).
        .or_else(|| {
            let described = entry.media.iter().find_map(|media| media.description.as_ref())?;
            Some(text_of(described.content_type.as_ref(), &described.content))
        })
        .map(|text| without_feed_footer(&text))
        .unwrap_or_default();
    let title = entry.title.as_ref().map(headline).filter(|t| !t.is_empty());
    let mut authors: Vec<String> =
        entry.authors.iter().filter_map(|person| author_name(&person.name)).collect();
    if authors.is_empty() {
        authors = feed_authors.to_vec();
    }
    let url = entry
        .links
        .iter()
        .find(|link| link.rel.as_deref().is_none_or(|rel| rel == "alternate"))
        .map(|link| redirect_target(&link.href).unwrap_or_else(|| link.href.clone()))
        // An RSS item with no link may give its address as its `guid`.
        .or_else(|| entry.id.starts_with("http").then(|| entry.id.clone()));
    let tags = entry
        .categories
        .iter()
        .map(|c| c.label.clone().unwrap_or_else(|| c.term.clone()))
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    Parsed {
        id: Some(number.to_string()),
        title,
        body,
        byline: (!authors.is_empty()).then(|| authors.join(", ")),
        date,
        tags,
        url,
        key: Some(entry.id.trim()).filter(|id| !id.is_empty()).map(|id| format!("guid:{id}")),
        ..Parsed::default()
    }
}

/// A body without the line a blog's feed adds to every item ("The post Ferry resumes
/// appeared first on Harbor Gazette."), which would make the site a place or a company
/// named in every article.
fn without_feed_footer(text: &str) -> String {
    let trimmed = text.trim_end();
    match trimmed.rsplit_once('\n') {
        Some((before, last)) if last.starts_with("The post ") && last.contains(" appeared first on ") => {
            before.trim_end().to_string()
        }
        None if trimmed.starts_with("The post ") && trimmed.contains(" appeared first on ") => String::new(),
        _ => trimmed.to_string(),
    }
}

/// The address a redirecting link leads to, as alert services write their items' links
/// (`https://www.google.com/url?rct=j&sa=t&url=https://news.example/story`): the `url`
/// (or `q`) it carries, when that is a web address.
fn redirect_target(href: &str) -> Option<String> {
    let link = url::Url::parse(href).ok()?;
    if link.path() != "/url" {
        return None;
    }
    link.query_pairs()
        .find(|(key, value)| (key == "url" || key == "q") && value.starts_with("http"))
        .map(|(_, value)| value.into_owned())
}

/// A headline, markup and all whitespace runs undone.
fn headline(title: &Text) -> String {
    squash_whitespace(&text_of(title.content_type.as_ref(), &title.content))
}

/// The text of a feed field: markup read as a web page's text, plain text with the
/// entities that feeds escaped twice (`Caf&amp;eacute;`, `&amp;nbsp;`) read as a feed reader
/// shows them.
fn text_of(media_type: &str, content: &str) -> String {
    if media_type.contains("html") || html::looks_like_markup(content) {
        html::fragment_text(content)
    } else {
        html_escape::decode_html_entities(content.trim()).into_owned()
    }
}

/// An item's text: [`text_of`], its markup read as a page's article text is, without
/// share bars, captions and WordPress shortcodes ([`html::article_fragment_text`]).
fn body_of(media_type: &str, content: &str) -> String {
    if media_type.contains("html") || html::looks_like_markup(content) {
        html::article_fragment_text(content)
    } else {
        text_of(media_type, content)
    }
}

/// An author as a byline gives it: RSS 2.0's `<author>` is an address with the name in
/// brackets (`jdoe@example.com (Jane Doe)`), and an address alone names no one.
fn author_name(name: &Option<String>) -> Option<String> {
    let name = name.as_deref()?.trim();
    let name = match name.split_once('(') {
        Some((address, rest)) if address.contains('@') => rest,
        _ => name,
    };
    let name = name.trim_matches(|c: char| c == '(' || c == ')' || c.is_whitespace());
    (!name.is_empty() && !name.contains('@')).then(|| super::tidy_byline(name)).filter(|n| !n.is_empty())
}

/// Reads a feed's date as newsdex reads any date, remembering it as written; dates only
/// the feed parser's own rules read are taken as UTC.
fn read_timestamp(text: &str) -> Option<DateTime<Utc>> {
    let date = crate::dates::parse_rfc2822(text).or_else(|| crate::dates::parse_published(text))?;
    let instant = crate::dates::utc_instant(&date);
    DATES_READ.with_borrow_mut(|seen| seen.push((instant, date)));
    Some(instant)
}

/// A date known only as an instant.
fn utc_date(instant: DateTime<Utc>) -> PublishedDate {
    PublishedDate {
        local: instant.naive_utc(),
        offset: Some(chrono::FixedOffset::east_opt(0).unwrap()),
        has_time: true,
    }
}

/// The feed with each `&` that starts no entity written `&amp;`, outside CDATA sections:
/// "AT&T" or an address's `?a=1&b=2` left bare in a title is the commonest fault of real
/// feeds, which feed readers forgive, and XML does not (every item after it was lost).
/// With `html_names`, an entity XML does not know is read as HTML reads it (`&mdash;`,
/// as a DTD not fetched would declare it: NITF's), written as a character reference, and
/// one HTML does not know either is text (`&amp;`).
pub(super) fn with_ampersands_mended(xml: &str, html_names: bool) -> Cow<'_, str> {
    if !xml.contains('&') {
        return Cow::Borrowed(xml);
    }
    let mut out = String::with_capacity(xml.len() + 64);
    let mut rest = xml;
    while let Some(at) = rest.find(['&', '<']) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if rest.starts_with("<![CDATA[") {
            let end = rest.find("]]>").map_or(rest.len(), |e| e + 3);
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        } else if rest.starts_with('<') {
            out.push('<');
            rest = &rest[1..];
        } else {
            match entity_name(&rest[1..]) {
                Some(name) if html_names && !name.starts_with('#') && !XML_ENTITIES.contains(&name) => {
                    let entity = format!("&{name};");
                    let decoded = html_escape::decode_html_entities(&entity);
                    if decoded == entity {
                        out.push_str("&amp;");
                        rest = &rest[1..];
                    } else {
                        for c in decoded.chars() {
                            out.push_str(&format!("&#{};", u32::from(c)));
                        }
                        rest = &rest[entity.len()..];
                    }
                }
                Some(_) => {
                    out.push('&');
                    rest = &rest[1..];
                }
                None => {
                    out.push_str("&amp;");
                    rest = &rest[1..];
                }
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The entities XML knows without a DTD.
const XML_ENTITIES: [&str; 5] = ["amp", "lt", "gt", "quot", "apos"];

/// The entity's name or number (`mdash`, `#8212`) when the text after a `&` is one and
/// its `;`.
fn entity_name(after: &str) -> Option<&str> {
    let end = after.char_indices().take(33).find(|&(_, c)| c == ';').map(|(i, _)| i)?;
    let name = &after[..end];
    let is_entity = match name.strip_prefix('#') {
        Some(number) => match number.strip_prefix(['x', 'X']) {
            Some(hex) => !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit()),
            None => !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()),
        },
        None => {
            name.starts_with(|c: char| c.is_ascii_alphabetic())
                && name.chars().all(|c| c.is_ascii_alphanumeric())
        }
    };
    is_entity.then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbor Gazette</title><link>https://gazette.example/</link>
<item>
  <title>Ferry service resumes after ice clears</title>
  <link>https://gazette.example/2026/01/24/ferry-resumes</link>
  <pubDate>Sat, 24 Jan 2026 18:30:00 -0600</pubDate>
  <dc:creator>Maria Lindqvist</dc:creator>
  <category>Transport</category>
  <description>Short teaser.</description>
  <content:encoded><![CDATA[<p>The Duluth ferry ran again on Saturday.</p><p>Crews had cleared the ice overnight.</p>]]></content:encoded>
</item>
<item>
  <title>Council &amp; mayor agree budget</title>
  <author>news@gazette.example (Tom Okafor)</author>
  <pubDate>Fri, 23 Jan 2026 09:00:00 GMT</pubDate>
  <description>&lt;p&gt;The council approved the &lt;b&gt;2026&lt;/b&gt; budget.&lt;/p&gt;</description>
</item>
</channel></rss>"#;

    #[test]
    fn every_rss_item_is_an_article_with_its_own_fields() {
        let mut warnings = Vec::new();
        let items = parse(RSS, &mut warnings);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(items.len(), 2);
        let ferry = &items[0];
        assert_eq!(ferry.id.as_deref(), Some("1"));
        assert_eq!(ferry.title.as_deref(), Some("Ferry service resumes after ice clears"));
        // The full text wins over the teaser, its paragraphs kept.
        assert_eq!(
            ferry.body,
            "The Duluth ferry ran again on Saturday.\nCrews had cleared the ice overnight."
        );
        assert_eq!(ferry.byline.as_deref(), Some("Maria Lindqvist"));
        assert_eq!(ferry.url.as_deref(), Some("https://gazette.example/2026/01/24/ferry-resumes"));
        assert_eq!(ferry.tags, ["Transport"]);
        // The date as written, offset and all: the local day is the 24th.
        let date = ferry.date.as_ref().unwrap();
        assert_eq!((date.date.iso().as_str(), date.source), ("2026-01-24T18:30:00-06:00", "feed:published"));
        let budget = &items[1];
        assert_eq!(budget.id.as_deref(), Some("2"));
        assert_eq!(budget.title.as_deref(), Some("Council & mayor agree budget"));
        // An escaped HTML description is read as markup; an address is no byline.
        assert_eq!(budget.body, "The council approved the 2026 budget.");
        assert_eq!(budget.byline.as_deref(), Some("Tom Okafor"));
        assert_eq!(budget.date.as_ref().unwrap().date.local.date().to_string(), "2026-01-23");
        let guid_only = RSS.replace(
            "<link>https://gazette.example/2026/01/24/ferry-resumes</link>",
            "<guid isPermaLink=\"true\">https://gazette.example/ferry</guid>",
        );
        assert_eq!(
            parse(&guid_only, &mut Vec::new())[0].url.as_deref(),
            Some("https://gazette.example/ferry")
        );
    }

    #[test]
    fn atom_entries_are_articles_and_updated_stands_in_for_published() {
        let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id><updated>2026-02-02T10:00:00Z</updated>
<entry><title type="html">Port &lt;em&gt;strike&lt;/em&gt; ends</title><id>urn:1</id>
<link rel="alternate" href="https://wire.example/port-strike"/><link rel="enclosure" href="https://wire.example/a.mp3"/>
<updated>2026-02-01T08:15:00+01:00</updated><author><name>Ana Ruiz</name></author>
<summary>Dock workers returned on Sunday.</summary></entry>
</feed>"#;
        let items = parse(atom, &mut Vec::new());
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].title.as_deref(), Some("Port strike ends"));
        assert_eq!(items[0].url.as_deref(), Some("https://wire.example/port-strike"));
        assert_eq!(items[0].byline.as_deref(), Some("Ana Ruiz"));
        assert_eq!(items[0].body, "Dock workers returned on Sunday.");
        let date = items[0].date.as_ref().unwrap();
        assert_eq!((date.date.iso().as_str(), date.source), ("2026-02-01T08:15:00+01:00", "feed:updated"));
    }

    #[test]
    fn a_feed_cut_short_or_damaged_keeps_the_items_before_the_damage() {
        let mut warnings = Vec::new();
        let second_item = RSS.match_indices("<item>").nth(1).unwrap().0;
        let cut = &RSS[..second_item + 40];
        let items = parse(cut, &mut warnings);
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].title.as_deref(), Some("Ferry service resumes after ice clears"));
        assert!(warnings[0].starts_with("the feed is damaged after item 1 ("), "{warnings:?}");
        // A bare "&" in the second of three items costs that item and those after it.
        let third = RSS.replace("</channel>", "<item><title>Third</title></item></channel>");
        let damaged = third.replace("<title>Third", "<title>Third <![CDATA[x]] >");
        let items = parse(&damaged, &mut Vec::new());
        assert_eq!(items.len(), 2);
        assert_eq!(parse(&third, &mut Vec::new()).len(), 3);
    }

    #[test]
    fn a_bare_ampersand_is_forgiven_and_entities_in_plain_text_are_read() {
        let feed = RSS
            .replace("Council &amp; mayor", "AT&T & Council")
            .replace(
                "<link>https://gazette.example/2026/01/24/ferry-resumes</link>",
                "<link>https://gazette.example/?a=1&b=2</link>",
            )
            .replace("<title>Ferry service", "<title>Caf&amp;eacute; &#8216;ferry&#8217; service");
        let mut warnings = Vec::new();
        let items = parse(&feed, &mut warnings);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(items.len(), 2);
        assert_eq!(items[1].title.as_deref(), Some("AT&T & Council agree budget"));
        assert_eq!(items[0].url.as_deref(), Some("https://gazette.example/?a=1&b=2"));
        // Escaped twice, as many feeds do: read as a reader shows it.
        assert_eq!(items[0].title.as_deref(), Some("Café ‘ferry’ service resumes after ice clears"));
        // CDATA is left as it is.
        assert_eq!(
            with_ampersands_mended("<a><![CDATA[A & B]]> & C</a>", false),
            "<a><![CDATA[A & B]]> &amp; C</a>"
        );
    }

    #[test]
    fn alert_links_lead_to_the_story_and_a_blogs_footer_is_dropped() {
        assert_eq!(
            redirect_target(
                "https://www.google.com/url?rct=j&sa=t&url=https://news.example/story%3Fid%3D7&ct=ga"
            ),
            Some("https://news.example/story?id=7".to_string())
        );
        assert_eq!(redirect_target("https://news.example/url?id=3"), None);
        assert_eq!(redirect_target("https://news.example/story"), None);
        assert_eq!(
            without_feed_footer(
                "Crews cleared the ice.\nThe post Ferry resumes appeared first on Harbor Gazette."
            ),
            "Crews cleared the ice."
        );
        assert_eq!(without_feed_footer("The post office reopened."), "The post office reopened.");
        // A feed's author stands for entries that name none.
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><id>w</id><updated>2026-02-02T10:00:00Z</updated>
<author><name>Desk Editor</name></author><entry><title>A</title><id>a</id><updated>2026-02-02T10:00:00Z</updated>
<summary>Text.</summary></entry></feed>"#;
        assert_eq!(parse(atom, &mut Vec::new())[0].byline.as_deref(), Some("Desk Editor"));
    }

    #[test]
    fn xml_that_is_no_feed_gives_no_articles_and_says_why() {
        let mut warnings = Vec::new();
        let sitemap = r#"<?xml version="1.0"?><urlset><url><loc>https://x/</loc></url></urlset>"#;
        assert!(parse(sitemap, &mut warnings).is_empty());
        assert_eq!(warnings, ["not an RSS or Atom feed, nor a news agency's NITF or NewsML"]);
        warnings.clear();
        assert!(parse("just some words", &mut warnings).is_empty());
        assert_eq!(warnings.len(), 1);
        // A feed cut short in its first item is a feed, cut short.
        warnings.clear();
        let cut =
            "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Desk</title><item><title>Fer";
        assert!(parse(cut, &mut warnings).is_empty());
        assert!(
            warnings[0].starts_with("an RSS or Atom feed cut short or damaged before its first whole item")
        );
    }
}
