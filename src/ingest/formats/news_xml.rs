//! The XML that news agencies and publishers' systems deliver and archive stories in:
//! NITF (the News Industry Text Format: wire copy, and the New York Times Annotated
//! Corpus), NewsML-G2 (`newsItem`, or many in a `newsMessage`: Reuters, AFP, AP, dpa) and
//! NewsML 1 (`NewsML`, `NewsItem`). Saved as `.xml` (told from a feed by its root
//! element), `.nitf` or `.newsml`.
//!
//! The document is parsed by `roxmltree`. Elements are found by their local name, whatever
//! namespace prefix a system writes. Each story gives:
//!
//! | field    | NITF                                          | NewsML-G2                         | NewsML 1                 |
//! |----------|-----------------------------------------------|-----------------------------------|--------------------------|
//! | headline | `hedline/hl1`, else `head/title`              | `contentMeta/headline`            | `NewsLines/HeadLine`     |
//! | byline   | `byline` (its `person`s, without `byttl`)     | `by`, else `creator/name`         | `NewsLines/ByLine`       |
//! | date     | `date.issue`, `date.publication`, `date.release`, `story.date` (`norm`) | `firstCreated`, `contentCreated`, `versionCreated` | `FirstCreated`, `ThisRevisionCreated` |
//! | dateline | `dateline`                                    | `dateline`                        | `NewsLines/DateLine`     |
//! | text     | `hl2` (the deck), `body.content` (`block class=full_text` when there is one) | `inlineXML`, `inlineData` | `DataContent`           |
//! | tags     | `keyword key`, `classifier`s, indexed `person`, `org`, `location` | `keyword`, `subject/name` | —            |
//! | key      | `doc-id id-string`                            | `guid`                            | `PublicIdentifier`       |
//!
//! Dates are ISO 8601, often in its basic form (`20240517T123000Z`,
//! `20030101T000000`): a midnight with no zone is a day, as systems write a day.

use roxmltree::{Document, Node};

use super::{FoundDate, Parsed, after_prolog, squash_whitespace};
use crate::dates::{PublishedDate, parse_published};

/// The kinds of news XML, told by the root element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `<nitf>`.
    Nitf,
    /// `<newsItem>` or `<newsMessage>` (IPTC NewsML-G2).
    NewsMlG2,
    /// `<NewsML>` (IPTC NewsML 1.x).
    NewsMl1,
}

/// The kind of news XML a text is, by its root element (after the XML declaration, a
/// `<!DOCTYPE …>` and comments), if it is one.
pub fn kind_of(text: &str) -> Option<Kind> {
    let mut rest = after_prolog(text);
    if rest.starts_with("<!DOCTYPE") || rest.starts_with("<!doctype") {
        rest = after_prolog(rest.split_once('>').map_or("", |(_, after)| after));
    }
    let name = rest.strip_prefix('<')?;
    let end = name.find(|c: char| c.is_whitespace() || c == '>' || c == '/').unwrap_or(name.len());
    let name = &name[..end];
    let local = name.rsplit(':').next().unwrap_or(name);
    match local {
        "nitf" => Some(Kind::Nitf),
        "newsItem" | "newsMessage" => Some(Kind::NewsMlG2),
        "NewsML" => Some(Kind::NewsMl1),
        _ => None,
    }
}

/// The stories of a news XML document. A document that is not well-formed gives none,
/// with a warning naming the fault's line.
pub fn parse(text: &str, warnings: &mut Vec<String>) -> Vec<Parsed> {
    let Some(kind) = kind_of(text) else {
        warnings.push("not an NITF or NewsML document".to_string());
        return Vec::new();
    };
    // The text is decoded already: its declaration of an encoding no longer holds.
    // Entities the DTD declares (`&mdash;`) are read as HTML reads them: the DTD is not
    // fetched.
    let xml = super::feed::with_ampersands_mended(after_prolog(text), true);
    let options = roxmltree::ParsingOptions { allow_dtd: true, ..roxmltree::ParsingOptions::default() };
    let doc = match Document::parse_with_options(&xml, options) {
        Ok(doc) => doc,
        Err(err) => {
            warnings.push(format!("not well-formed XML, nothing read: {err}"));
            return Vec::new();
        }
    };
    let root = doc.root_element();
    let stories: Vec<Parsed> = match kind {
        Kind::Nitf => vec![nitf(root)],
        Kind::NewsMlG2 => descendants(root, "newsItem").map(newsml_g2_item).collect(),
        Kind::NewsMl1 => descendants(root, "NewsItem").map(newsml1_item).collect(),
    };
    let mut stories: Vec<Parsed> = stories.into_iter().filter(Parsed::has_content).collect();
    if stories.is_empty() {
        warnings.push("a news XML document without a story's headline or text".to_string());
    }
    if stories.len() > 1 {
        for (i, story) in stories.iter_mut().enumerate() {
            story.id = Some((i + 1).to_string());
        }
    }
    stories
}

/// A NITF document's story.
fn nitf(root: Node) -> Parsed {
    let head = child(root, "head");
    let body = child(root, "body");
    let body_head = body.and_then(|b| child(b, "body.head"));
    let docdata = head.and_then(|h| child(h, "docdata"));
    let title = body_head
        .and_then(|bh| descendant(bh, "hl1"))
        .or_else(|| head.and_then(|h| child(h, "title")))
        .map(text_of)
        .filter(|t| !t.is_empty());
    let mut date = None;
    for (found, source) in [
        (docdata.and_then(|d| child(d, "date.issue")), "nitf:date.issue"),
        (head.and_then(|h| child(h, "pubdata")), "nitf:date.publication"),
        (docdata.and_then(|d| child(d, "date.release")), "nitf:date.release"),
        (body_head.and_then(|bh| descendant(bh, "story.date")), "nitf:story.date"),
    ] {
        let attribute = if source == "nitf:date.publication" { "date.publication" } else { "norm" };
        if let Some(parsed) = found.and_then(|n| n.attribute(attribute)).and_then(news_date) {
            date = Some(FoundDate { date: parsed, source });
            break;
        }
    }
    if date.is_none() {
        date = head.and_then(publication_metas).map(|date| FoundDate { date, source: "nitf:meta" });
    }
    let byline = body_head.and_then(nitf_byline);
    let dateline = body_head.and_then(|bh| child(bh, "dateline")).map(text_of).filter(|t| !t.is_empty());
    let content = body.and_then(|b| child(b, "body.content"));
    // The New York Times gives the lead paragraph as a block of its own, and again at the
    // start of the full text.
    let content_text = content.map_or_else(String::new, |c| {
        let full_text =
            c.children().find(|n| is_named(*n, "block") && n.attribute("class") == Some("full_text"));
        paragraphs(full_text.unwrap_or(c))
    });
    let mut body_text = if content_text.trim().is_empty() {
        body_head.and_then(|bh| child(bh, "abstract")).map(paragraphs).unwrap_or_default()
    } else {
        content_text
    };
    // The deck under the headline is the story's first paragraph, as a page shows it.
    if let Some(deck) = body_head.and_then(|bh| descendant(bh, "hl2")).map(text_of).filter(|d| !d.is_empty())
    {
        body_text = format!("{deck}\n{body_text}");
    }
    let mut tags = Vec::new();
    if let Some(docdata) = docdata {
        for node in docdata.descendants().filter(Node::is_element) {
            let tag = match node.tag_name().name() {
                "keyword" => node.attribute("key").map(squash_whitespace),
                "classifier" | "person" | "org" | "location" | "event" | "object.title"
                    if node.ancestors().any(|a| is_named(a, "identified-content")) =>
                {
                    Some(text_of(node))
                }
                _ => None,
            };
            push_tag(&mut tags, tag);
        }
    }
    let url = head
        .and_then(|h| child(h, "pubdata"))
        .and_then(|p| p.attribute("ex-ref"))
        .filter(|r| r.starts_with("http://") || r.starts_with("https://"))
        .map(str::to_string);
    let key =
        docdata.and_then(|d| child(d, "doc-id")).and_then(|d| d.attribute("id-string")).map(str::to_string);
    let language = [Some(root), head, body, content].into_iter().flatten().find_map(xml_lang);
    Parsed { title, body: body_text, byline, dateline, date, tags, url, language, key, ..Parsed::default() }
}

/// The New York Times Annotated Corpus's date: `publication_year`, `publication_month` and
/// `publication_day_of_month` metas.
fn publication_metas(head: Node) -> Option<PublishedDate> {
    let meta = |name: &str| -> Option<u32> {
        head.children()
            .find(|n| is_named(*n, "meta") && n.attribute("name") == Some(name))?
            .attribute("content")?
            .trim()
            .parse()
            .ok()
    };
    let year = i32::try_from(meta("publication_year")?).ok()?;
    let day =
        chrono::NaiveDate::from_ymd_opt(year, meta("publication_month")?, meta("publication_day_of_month")?)?;
    Some(PublishedDate::day(day))
}

/// A NITF byline: its `person`s when it marks them, else its text without the writer's
/// title (`byttl`) and "By". One written in capitals ("By JOHN SMITH") is given as a name
/// is written, and the New York Times's normalised form ("Smith, John") in name order.
fn nitf_byline(body_head: Node) -> Option<String> {
    let bylines: Vec<Node> = body_head.children().filter(|n| is_named(*n, "byline")).collect();
    let printed =
        bylines.iter().find(|b| b.attribute("class") != Some("normalized_byline")).or(bylines.first())?;
    let persons: Vec<String> = printed
        .descendants()
        .filter(|n| is_named(*n, "person"))
        .map(text_of)
        .filter(|p| !p.is_empty())
        .collect();
    let text = if persons.is_empty() {
        let mut text = String::new();
        inline_text(*printed, &mut text, &|n| is_named(n, "byttl"));
        squash_whitespace(&text)
    } else {
        persons.join(", ")
    };
    let text = super::html::without_by(text.trim()).trim().trim_end_matches([',', ';']).trim();
    if text.is_empty() {
        return None;
    }
    let is_capitals = text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase);
    if !is_capitals {
        return Some(text.to_string());
    }
    let normalised = bylines
        .iter()
        .filter(|b| b.attribute("class") == Some("normalized_byline"))
        .map(|b| text_of(*b))
        .find(|n| n.matches(',').count() == 1 && n.chars().any(char::is_lowercase));
    match normalised {
        Some(name) => crate::ingest::mime::sender_name(&name),
        None => Some(name_case(text)),
    }
}

/// "JOHN SMITH AND MARY O'BRIEN-JONES" → "John Smith and Mary O'Brien-Jones".
fn name_case(text: &str) -> String {
    // "and" between names stays as English writes it.
    crate::entities::title_case(text).replace(" And ", " and ")
}

/// A NewsML-G2 `newsItem`'s story.
fn newsml_g2_item(item: Node) -> Parsed {
    let item_meta = child(item, "itemMeta");
    let content_meta = child(item, "contentMeta");
    let meta_child = |name: &str| content_meta.and_then(|m| child(m, name));
    let title = content_meta
        .and_then(|m| {
            let headlines: Vec<Node> = m.children().filter(|n| is_named(*n, "headline")).collect();
            headlines.iter().find(|h| h.attribute("role").is_none()).or(headlines.first()).copied()
        })
        .map(text_of)
        .filter(|t| !t.is_empty());
    let byline = meta_child("by")
        .map(text_of)
        .or_else(|| meta_child("creator").and_then(|c| child(c, "name")).map(text_of))
        .map(|b| super::html::without_by(&b).trim().to_string())
        .filter(|b| !b.is_empty());
    let dateline = meta_child("dateline").map(text_of).filter(|t| !t.is_empty());
    let date = [
        (item_meta.and_then(|m| child(m, "firstCreated")), "newsml:firstCreated"),
        (meta_child("contentCreated"), "newsml:contentCreated"),
        (item_meta.and_then(|m| child(m, "versionCreated")), "newsml:versionCreated"),
    ]
    .into_iter()
    .find_map(|(node, source)| Some(FoundDate { date: news_date(&text_of(node?))?, source }));
    let modified = item_meta.and_then(|m| child(m, "versionCreated")).and_then(|n| news_date(&text_of(n)));
    let content_set = child(item, "contentSet");
    let mut body = String::new();
    if let Some(set) = content_set {
        // The richest rendition: an inline XML body (NITF or XHTML), else inline text.
        let inline = set
            .children()
            .find(|n| is_named(*n, "inlineXML"))
            .or_else(|| set.children().find(|n| is_named(*n, "inlineData")));
        if let Some(inline) = inline {
            body = paragraphs(inline);
        }
    }
    if body.trim().is_empty()
        && let Some(summary) = content_meta.and_then(|m| child(m, "description"))
    {
        body = paragraphs(summary);
    }
    let mut tags = Vec::new();
    if let Some(meta) = content_meta {
        for node in meta.children().filter(Node::is_element) {
            match node.tag_name().name() {
                "keyword" => push_tag(&mut tags, Some(text_of(node))),
                "subject" => push_tag(&mut tags, child(node, "name").map(text_of)),
                _ => {}
            }
        }
    }
    let language = meta_child("language")
        .and_then(|l| l.attribute("tag"))
        .map(str::to_string)
        .or_else(|| item.ancestors().find_map(xml_lang));
    Parsed {
        title,
        body,
        byline,
        dateline,
        date,
        modified,
        tags,
        language,
        key: item.attribute("guid").map(str::to_string),
        ..Parsed::default()
    }
}

/// A NewsML 1 `NewsItem`'s story.
fn newsml1_item(item: Node) -> Parsed {
    let lines = descendant(item, "NewsLines");
    let line = |name: &str| lines.and_then(|l| child(l, name)).map(text_of).filter(|t| !t.is_empty());
    let management = descendant(item, "NewsManagement");
    let date =
        [("FirstCreated", "newsml:FirstCreated"), ("ThisRevisionCreated", "newsml:ThisRevisionCreated")]
            .into_iter()
            .find_map(|(name, source)| {
                let node = management.and_then(|m| child(m, name))?;
                Some(FoundDate { date: news_date(&text_of(node))?, source })
            });
    let mut body = String::new();
    for content in item.descendants().filter(|n| is_named(*n, "DataContent")) {
        let text = paragraphs(content);
        if !text.trim().is_empty() {
            if !body.is_empty() {
                body.push('\n');
            }
            body.push_str(&text);
        }
    }
    let language = descendant(item, "Language")
        .and_then(|l| l.attribute("FormalName"))
        .map(str::to_string)
        .or_else(|| item.ancestors().find_map(xml_lang));
    Parsed {
        title: line("HeadLine"),
        byline: line("ByLine").map(|b| super::html::without_by(&b).trim().to_string()),
        dateline: line("DateLine"),
        date,
        body,
        language,
        key: descendant(item, "PublicIdentifier").map(text_of),
        ..Parsed::default()
    }
}

/// A date as news XML writes it: ISO 8601 in its basic form (`20240517T123000Z`,
/// `20240517T123000-0500`, `20240517`) or extended (`2024-05-17T12:30:00+01:00`). A
/// midnight without a zone (`20030101T000000`) is the day alone.
fn news_date(text: &str) -> Option<PublishedDate> {
    let text = text.trim();
    let date = basic_iso(text).or_else(|| parse_published(text))?;
    let plausible = crate::dates::indexable_secs().contains(&date.sort_key());
    Some(match date.offset {
        None if date.has_time && date.local.time() == chrono::NaiveTime::MIN => {
            PublishedDate::day(date.local.date())
        }
        _ => date,
    })
    .filter(|_| plausible)
}

/// ISO 8601's basic form: `YYYYMMDD`, then `THHMM` or `THHMMSS`, then `Z` or `±HHMM`.
fn basic_iso(text: &str) -> Option<PublishedDate> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let (day, time) = text.split_once(['T', 't']).map_or((text, None), |(d, t)| (d, Some(t)));
    if day.len() != 8 || !digits(day) {
        return None;
    }
    let date = chrono::NaiveDate::parse_from_str(day, "%Y%m%d").ok()?;
    let Some(time) = time else { return Some(PublishedDate::day(date)) };
    let zone_at = time.find(['Z', 'z', '+', '-']).unwrap_or(time.len());
    let (clock, zone) = time.split_at(zone_at);
    let clock = clock.split('.').next().unwrap_or(clock);
    let clock = match clock.len() {
        4 if digits(clock) => chrono::NaiveTime::parse_from_str(clock, "%H%M").ok()?,
        6 if digits(clock) => chrono::NaiveTime::parse_from_str(clock, "%H%M%S").ok()?,
        _ => return None,
    };
    let offset = match zone {
        "" => None,
        "Z" | "z" => chrono::FixedOffset::east_opt(0),
        _ => {
            let sign = if zone.starts_with('-') { -1 } else { 1 };
            let hhmm = zone[1..].replace(':', "");
            if hhmm.len() != 4 || !digits(&hhmm) {
                return None;
            }
            let (hours, minutes): (i32, i32) = (hhmm[..2].parse().ok()?, hhmm[2..].parse().ok()?);
            Some(chrono::FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60))?)
        }
    };
    Some(PublishedDate { local: date.and_time(clock), offset, has_time: true })
}

/// The text of a body as paragraphs, one per line: each block element (`p`, `hl2`, `li`,
/// a heading, a NITF `block`, a `div`) and each run of text between them. Pictures and
/// their captions (`media`), tables' metadata, scripts and styles are left out; plain
/// text (`inlineData`) keeps its blank-line paragraphs.
fn paragraphs(node: Node) -> String {
    let mut out = Vec::new();
    let mut run = String::new();
    collect_paragraphs(node, &mut out, &mut run);
    flush(&mut out, &mut run);
    out.join("\n")
}

fn collect_paragraphs(node: Node, out: &mut Vec<String>, run: &mut String) {
    for child in node.children() {
        if child.is_text() {
            let text = child.text().unwrap_or_default();
            // Plain text's paragraphs are blank-line apart.
            let mut parts = text.split("\n\n").peekable();
            while let Some(part) = parts.next() {
                run.push_str(part);
                if parts.peek().is_some() {
                    flush(out, run);
                }
            }
        } else if child.is_element() {
            let name = child.tag_name().name();
            if SKIPPED.contains(&name) {
                continue;
            }
            if name == "br" {
                flush(out, run);
            } else if BLOCKS.contains(&name) {
                flush(out, run);
                collect_paragraphs(child, out, run);
                flush(out, run);
            } else {
                collect_paragraphs(child, out, run);
            }
        }
    }
}

fn flush(out: &mut Vec<String>, run: &mut String) {
    let paragraph = squash_whitespace(run);
    if !paragraph.is_empty() {
        out.push(paragraph);
    }
    run.clear();
}

/// Elements whose text is its own paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "hl1",
    "hl2",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "block",
    "div",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "tr",
    "ul",
    "ol",
    "dl",
    "table",
    "section",
    "article",
    "body",
    "body.content",
    "bq",
    "nitf",
    "html",
];

/// Elements whose text is no part of the story's.
const SKIPPED: &[&str] =
    &["media", "media-caption", "script", "style", "head", "nitf-table-metadata", "note"];

/// The text an element holds, whitespace squashed.
fn text_of(node: Node) -> String {
    let mut text = String::new();
    inline_text(node, &mut text, &|_| false);
    squash_whitespace(&text)
}

/// The text an element holds, without the elements `skip` names.
fn inline_text(node: Node, out: &mut String, skip: &dyn Fn(Node) -> bool) {
    for child in node.children() {
        if child.is_text() {
            out.push_str(child.text().unwrap_or_default());
        } else if child.is_element() && !skip(child) {
            out.push(' ');
            inline_text(child, out, skip);
        }
    }
}

fn push_tag(tags: &mut Vec<String>, tag: Option<String>) {
    if let Some(tag) = tag.map(|t| squash_whitespace(&t)).filter(|t| !t.is_empty())
        && !tags.contains(&tag)
    {
        tags.push(tag);
    }
}

fn is_named(node: Node, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name
}

fn child<'a, 'input>(node: Node<'a, 'input>, name: &str) -> Option<Node<'a, 'input>> {
    node.children().find(|n| is_named(*n, name))
}

fn descendant<'a, 'input>(node: Node<'a, 'input>, name: &str) -> Option<Node<'a, 'input>> {
    node.descendants().find(|n| is_named(*n, name))
}

fn descendants<'a, 'input: 'a>(
    node: Node<'a, 'input>,
    name: &'a str,
) -> impl Iterator<Item = Node<'a, 'input>> {
    node.descendants().filter(move |n| is_named(*n, name))
}

/// An element's `xml:lang`.
fn xml_lang(node: Node) -> Option<String> {
    node.attribute(("http://www.w3.org/XML/1998/namespace", "lang")).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NYT_STYLE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "http://www.nitf.org/IPTC/NITF/3.3/specification/dtd/nitf-3-3.dtd">
<nitf change.date="June 10, 2005" change.time="19:30" version="-//IPTC//DTD NITF 3.3//EN">
  <head>
    <title>Harbor Board Delays Vote on Ferry Terminal</title>
    <meta content="14" name="publication_day_of_month"/>
    <meta content="3" name="publication_month"/>
    <meta content="2004" name="publication_year"/>
    <docdata>
      <doc-id id-string="1566871"/>
      <identified-content>
        <classifier class="indexing_service" type="descriptor">Ferries</classifier>
        <person class="indexing_service">Okafor, Grace</person>
        <location class="indexing_service">Duluth (Minn)</location>
      </identified-content>
    </docdata>
    <pubdata date.publication="20040314T000000" ex-ref="http://query.example.com/gst/fullpage.html?res=9A04" name="The Harbor Times"/>
  </head>
  <body>
    <body.head>
      <hedline><hl1>Harbor Board Delays Vote on Ferry Terminal</hl1></hedline>
      <byline class="print_byline">By GRACE OKAFOR</byline>
      <byline class="normalized_byline">Okafor, Grace</byline>
      <abstract><p>Harbor board delays ferry vote.</p></abstract>
    </body.head>
    <body.content>
      <block class="lead_paragraph"><p>The harbor board put off its vote on Tuesday.</p></block>
      <block class="full_text">
        <p>The harbor board put off its vote on Tuesday.</p>
        <p>Commissioners said the plan&mdash;a $40 million terminal&mdash;needs AT&T's cable study.</p>
      </block>
    </body.content>
  </body>
</nitf>"#;

    #[test]
    fn a_nitf_story_gives_headline_byline_day_text_tags_and_address() {
        let mut warnings = Vec::new();
        let stories = parse(NYT_STYLE, &mut warnings);
        assert!(warnings.is_empty(), "{warnings:?}");
        let [story] = stories.as_slice() else { panic!("{stories:?}") };
        assert_eq!(story.title.as_deref(), Some("Harbor Board Delays Vote on Ferry Terminal"));
        assert_eq!(story.byline.as_deref(), Some("Grace Okafor"));
        let date = story.date.as_ref().unwrap();
        assert_eq!((date.date.to_string().as_str(), date.source), ("2004-03-14", "nitf:date.publication"));
        // The lead paragraph once, from the full text; the entities read.
        assert_eq!(
            story.body,
            "The harbor board put off its vote on Tuesday.\n\
             Commissioners said the plan\u{2014}a $40 million terminal\u{2014}needs AT&T's cable study."
        );
        assert_eq!(story.tags, ["Ferries", "Okafor, Grace", "Duluth (Minn)"]);
        assert_eq!(story.url.as_deref(), Some("http://query.example.com/gst/fullpage.html?res=9A04"));
        assert_eq!(story.key.as_deref(), Some("1566871"));
        assert_eq!(story.id, None);
    }

    #[test]
    fn wire_nitf_gives_its_issue_time_dateline_and_marked_byline() {
        let wire = r#"<nitf><head><docdata><date.issue norm="20240517T123000-0500"/></docdata></head>
            <body><body.head><hedline><hl1>Grain exports climb</hl1><hl2>Port busiest since 2019</hl2></hedline>
            <byline>By <person>Jane Doe</person>, <byttl>Staff Writer</byttl></byline>
            <dateline><location>DULUTH, Minn.</location> (Harbor Wire) --</dateline></body.head>
            <body.content><p>Grain exports rose.</p><media media-type="image"><media-caption>A ship.</media-caption></media>
            <p>Shippers cheered.</p></body.content></body></nitf>"#;
        let story = &parse(wire, &mut Vec::new())[0];
        assert_eq!(story.title.as_deref(), Some("Grain exports climb"));
        assert_eq!(story.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(story.dateline.as_deref(), Some("DULUTH, Minn. (Harbor Wire) --"));
        assert_eq!(story.date.as_ref().unwrap().date.to_string(), "2024-05-17T12:30:00-05:00");
        assert_eq!(story.body, "Port busiest since 2019\nGrain exports rose.\nShippers cheered.");
    }

    #[test]
    fn a_newsml_g2_message_gives_each_text_item_as_a_story() {
        let message = r#"<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
  <header><sent>2024-05-17T13:00:00Z</sent></header>
  <itemSet>
    <newsItem guid="urn:newsml:harborwire.example:20240517:grain-1" version="2" xml:lang="en">
      <itemMeta><itemClass qcode="ninat:text"/><versionCreated>2024-05-17T12:45:00Z</versionCreated>
        <firstCreated>2024-05-17T11:00:00Z</firstCreated></itemMeta>
      <contentMeta>
        <creator><name>Jane Doe</name></creator>
        <subject type="cpnat:abstract" qcode="medtop:20000349"><name>agriculture</name></subject>
        <headline>Grain exports climb at the port</headline>
        <dateline>DULUTH, May 17 (Harbor Wire) -</dateline>
        <keyword>grain</keyword>
      </contentMeta>
      <contentSet><inlineXML contenttype="application/nitf+xml">
        <nitf><body><body.content><p>Grain exports rose.</p><p>Shippers cheered.</p></body.content></body></nitf>
      </inlineXML></contentSet>
    </newsItem>
    <newsItem guid="urn:newsml:harborwire.example:20240517:ice-1" xml:lang="de">
      <itemMeta><itemClass qcode="ninat:text"/><versionCreated>20240517T100000Z</versionCreated></itemMeta>
      <contentMeta><headline>Eis auf dem See</headline><by>Von Max Muster</by><language tag="de"/></contentMeta>
      <contentSet><inlineData contenttype="text/plain">Das Eis ist dick.

Die Fähren warten.</inlineData></contentSet>
    </newsItem>
    <newsItem guid="urn:newsml:harborwire.example:photo-9"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta>
      <contentSet><remoteContent href="photo.jpg"/></contentSet></newsItem>
  </itemSet>
</newsMessage>"#;
        let mut warnings = Vec::new();
        let stories = parse(message, &mut warnings);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(stories.len(), 2, "the picture has no text: {stories:?}");
        let (grain, ice) = (&stories[0], &stories[1]);
        assert_eq!((grain.id.as_deref(), ice.id.as_deref()), (Some("1"), Some("2")));
        assert_eq!(grain.title.as_deref(), Some("Grain exports climb at the port"));
        assert_eq!(grain.byline.as_deref(), Some("Jane Doe"));
        let date = grain.date.as_ref().unwrap();
        assert_eq!(
            (date.date.to_string().as_str(), date.source),
            ("2024-05-17T11:00:00Z", "newsml:firstCreated")
        );
        assert_eq!(grain.body, "Grain exports rose.\nShippers cheered.");
        assert_eq!(grain.tags, ["agriculture", "grain"]);
        assert_eq!(grain.language.as_deref(), Some("en"));
        assert_eq!(grain.key.as_deref(), Some("urn:newsml:harborwire.example:20240517:grain-1"));
        assert_eq!(ice.byline.as_deref(), Some("Max Muster"));
        assert_eq!(ice.body, "Das Eis ist dick.\nDie Fähren warten.");
        assert_eq!(ice.language.as_deref(), Some("de"));
        assert_eq!(ice.date.as_ref().unwrap().source, "newsml:versionCreated");
    }

    #[test]
    fn a_newsml_1_item_gives_its_news_lines_and_data_content() {
        let doc = r#"<?xml version="1.0"?><NewsML><NewsItem><Identification><NewsIdentifier>
            <PublicIdentifier>urn:newsml:wire.example:20040517:A1</PublicIdentifier></NewsIdentifier></Identification>
            <NewsManagement><FirstCreated>20040517T093000+0200</FirstCreated></NewsManagement>
            <NewsComponent><NewsLines><HeadLine>Ferry fares rise</HeadLine><ByLine>By Ana Ruiz</ByLine></NewsLines>
            <ContentItem><DataContent><p>Fares rose ten percent.</p></DataContent></ContentItem></NewsComponent>
            </NewsItem></NewsML>"#;
        let story = &parse(doc, &mut Vec::new())[0];
        assert_eq!(story.title.as_deref(), Some("Ferry fares rise"));
        assert_eq!(story.byline.as_deref(), Some("Ana Ruiz"));
        assert_eq!(story.date.as_ref().unwrap().date.to_string(), "2004-05-17T09:30:00+02:00");
        assert_eq!(story.body, "Fares rose ten percent.");
    }

    #[test]
    fn a_broken_document_is_a_warning_and_no_story() {
        let mut warnings = Vec::new();
        assert!(parse("<nitf><body><body.content><p>Cut short", &mut warnings).is_empty());
        assert!(warnings[0].starts_with("not well-formed XML"), "{warnings:?}");
    }

    #[test]
    fn the_kind_is_told_by_the_root_element_after_the_prolog() {
        assert_eq!(
            kind_of("<?xml version=\"1.0\"?>\n<!DOCTYPE nitf SYSTEM \"x.dtd\">\n<nitf>"),
            Some(Kind::Nitf)
        );
        assert_eq!(
            kind_of("<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\">"),
            Some(Kind::NewsMlG2)
        );
        assert_eq!(kind_of("<nar:newsItem xmlns:nar=\"x\">"), Some(Kind::NewsMlG2));
        assert_eq!(kind_of("<NewsML Version=\"1.2\">"), Some(Kind::NewsMl1));
        assert_eq!(kind_of("<rss version=\"2.0\">"), None);
        assert_eq!(kind_of("<urlset>"), None);
    }

    #[test]
    fn basic_iso_dates_read_with_and_without_zones() {
        let iso = |s: &str| news_date(s).map(|d| d.to_string());
        assert_eq!(iso("20240517").as_deref(), Some("2024-05-17"));
        assert_eq!(iso("20030101T000000").as_deref(), Some("2003-01-01"));
        assert_eq!(iso("20240517T1230Z").as_deref(), Some("2024-05-17T12:30:00Z"));
        assert_eq!(iso("20240517T123000+0530").as_deref(), Some("2024-05-17T12:30:00+05:30"));
        assert_eq!(iso("2024-05-17T12:30:00Z").as_deref(), Some("2024-05-17T12:30:00Z"));
        assert_eq!(iso("20241317"), None);
        assert_eq!(iso("00010101"), None);
    }

    #[test]
    fn capitals_bylines_are_written_as_names() {
        assert_eq!(name_case("JOHN SMITH and MARY O'BRIEN-JONES"), "John Smith and Mary O'Brien-Jones");
    }
}
