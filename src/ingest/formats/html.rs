//! Saved web pages: the article's text without the page around it, and its metadata.
//!
//! The body comes from the `trafilatura` crate (a port of the trafilatura extractor, with
//! its readability fallback on), which drops navigation, ads, comments, share bars and
//! "related stories". It measured best of five Rust extractors on our shared corpora (see
//! ../shared/eval/EXTRACTORS.md). Headline, byline and date come from our own reading of
//! the page's structured metadata, in order of reliability:
//!
//! - headline: JSON-LD `headline` → `og:title`/`twitter:title` → the article `h1` →
//!   `<title>`, without a trailing " - Site Name";
//! - byline: JSON-LD `author` → `meta name=author` and friends → `rel=author` →
//!   `itemprop=author` → byline markup outside the comments → the author trafilatura
//!   finds in the page's markup;
//! - date: JSON-LD `datePublished` (NewsArticle and friends, `@graph` included) →
//!   `article:published_time` and other `meta` variants → `<time datetime>` in the article
//!   → a `/2024/05/17/` date in the page's URL. Impossible dates (`0001-01-01`) are ignored.

use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

use super::{FoundDate, Parsed, squash_whitespace};
use crate::dates::{PublishedDate, date_in_path, parse_published};

/// JSON-LD `@type`s that describe an article.
const ARTICLE_TYPES: &[&str] = &[
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "blogposting",
    "liveblogposting",
    "socialmediaposting",
    "report",
    "scholarlyarticle",
    "techarticle",
    "claimreview",
    "webpage",
];

/// `meta` names/properties holding the publication date, most specific first.
const DATE_METAS: &[(&str, &str)] = &[
    ("article:published_time", "meta:article:published_time"),
    ("og:article:published_time", "meta:article:published_time"),
    ("datepublished", "meta:datePublished"),
    ("article.published", "meta:article.published"),
    ("published_time", "meta:published_time"),
    ("publish-date", "meta:publish-date"),
    ("publishdate", "meta:publishdate"),
    ("publication_date", "meta:publication_date"),
    ("pubdate", "meta:pubdate"),
    ("parsely-pub-date", "meta:parsely-pub-date"),
    ("sailthru.date", "meta:sailthru.date"),
    ("dc.date.issued", "meta:dc.date.issued"),
    ("dcterms.issued", "meta:dcterms.issued"),
    ("dc.date", "meta:dc.date"),
    ("dcterms.date", "meta:dcterms.date"),
    ("date", "meta:date"),
    ("og:published_time", "meta:og:published_time"),
    ("article:published", "meta:article:published"),
    ("cxenseparse:recs:publishtime", "meta:cxenseparse:recs:publishtime"),
    ("citation_publication_date", "meta:citation_publication_date"),
    ("citation_date", "meta:citation_date"),
    ("dc.created", "meta:dc.created"),
];

/// `meta` names/properties holding the author.
const AUTHOR_METAS: &[&str] = &[
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "byl",
    "citation_author",
    "twitter:creator:name",
];

/// How deep elements may nest before a page is read as plain paragraphs
/// ([`without_body_tags`]). Chromium's HTML parser stops nesting at 512 too; real pages stay under 40 (34 at most over the 309 gold
/// pages), but unclosed tags in a broken page can nest thousands deep, and the article
/// extractor walks the tree recursively: 8,000 levels overflowed its stack and aborted
/// the whole ingest.
const MAX_NESTING: usize = 512;

/// Parses a web page into one article.
pub fn parse(html: &str, warnings: &mut Vec<String>) -> Parsed {
    // A page nested past [`MAX_NESTING`] (unclosed tags) is read as plain paragraphs. One
    // past [`MAX_MARKUP_NESTING`], as its tags count, is not even parsed as written.
    let (markup_depth, elements) = markup_nesting(html);
    let parsed =
        (markup_depth <= MAX_MARKUP_NESTING && elements <= MAX_ELEMENTS).then(|| Html::parse_document(html));
    let depth = parsed.as_ref().map_or(markup_depth, nesting_depth);
    let untagged;
    let (html, doc) = match parsed {
        Some(doc) if depth <= MAX_NESTING => (html, doc),
        _ => {
            warnings.push(if elements > MAX_ELEMENTS {
                format!(
                    "{elements} elements (no news page has {MAX_ELEMENTS}; read as written, each costs memory); \
                     the page's text is read as plain paragraphs"
                )
            } else {
                format!("elements nested {depth} deep (unclosed tags?); the page's text is read as plain paragraphs")
            });
            untagged = without_body_tags(html, if elements > MAX_ELEMENTS { 200 } else { 0 });
            let doc = Html::parse_document(&untagged);
            (untagged.as_str(), doc)
        }
    };
    let mut page = Page::read(&doc);
    page.url = page_address(page.canonical.as_deref(), page.meta("og:url"), saved_from_url(html).as_deref());
    let title = page.title();
    let Extraction { mut body, author } = extract_body(html, &doc, &page, warnings);
    // Extractors often keep the headline as the first paragraph; it is already the title.
    if let Some(title) = &title
        && let Some((first, rest)) = body.split_once('\n')
        && squash_whitespace(first) == *title
    {
        body = rest.to_string();
    }
    for notice in correction_notices(&doc, &body) {
        body.push('\n');
        body.push_str(&notice);
    }
    let mut date = page.date();
    let mut byline = page.byline(author.as_deref());
    // Failing the markup, the text's opening "Published January 22, 2026" line.
    if date.is_none() {
        let opening = super::text::opening_publication_line(&body, page.language().as_deref(), warnings);
        date = opening.date;
        byline = byline.or(opening.byline);
    }
    Parsed {
        id: None,
        title,
        byline,
        dateline: None,
        date,
        modified: page.modified(),
        tags: page.tags(),
        url: page.url.clone(),
        language: page.language(),
        body,
        key: None,
        draft: false,
    }
}

/// How a correction, a clarification or an editor's note opens ("Correction: …",
/// "An earlier version of this article…"), lower case.
const NOTICE_OPENINGS: &[&str] = &[
    "correction:",
    "corrections:",
    "clarification:",
    "editor's note:",
    "editor’s note:",
    "editors' note:",
    "editors’ note:",
    "an earlier version of this",
    "this article was amended",
    "this article has been amended",
    "this story has been updated to correct",
    "this article has been updated to correct",
];

/// Words in a class or id that mark a correction box (`<aside class="correction">`,
/// `<div id="editors-note">`).
const NOTICE_CLASSES: &[&str] =
    &["correction", "clarification", "editors-note", "editor-note", "editorsnote"];

/// The corrections, clarifications and editors' notes of a page that the article's text
/// left out: extractors drop them as boxes beside the text (`<aside class="correction">`,
/// a `<footer>` in the article), yet they are what a standards desk searches for. Each is
/// a short element marked by its class or id, or opening as a notice does; one inside the
/// readers' comments is no notice of the page's.
fn correction_notices(doc: &Html, body: &str) -> Vec<String> {
    static ELEMENTS: std::sync::LazyLock<Selector> = std::sync::LazyLock::new(|| {
        Selector::parse("aside, div, p, section, footer, small, em, span").expect("a valid selector")
    });
    let body_words = squash_whitespace(body);
    let mut notices: Vec<String> = Vec::new();
    for element in doc.select(&ELEMENTS) {
        let marked_by = |el: ElementRef<'_>, words: &[&str]| {
            let value = el.value();
            let names =
                format!("{} {}", value.attr("class").unwrap_or_default(), value.id().unwrap_or_default())
                    .to_ascii_lowercase();
            words.iter().any(|w| names.contains(w))
        };
        // The opening read first, and the whole text only of a notice: a page's outer
        // elements hold all of its text.
        let is_notice = marked_by(element, NOTICE_CLASSES) || {
            let mut opening = String::new();
            for chunk in element.text() {
                opening.push_str(chunk);
                if opening.len() > 80 {
                    break;
                }
            }
            let opening = squash_whitespace(&opening).to_lowercase();
            NOTICE_OPENINGS.iter().any(|o| opening.starts_with(o))
        };
        if !is_notice {
            continue;
        }
        let text = text_of(element);
        if text.len() < 30
            || text.len() > 1500
            || std::iter::once(element)
                .chain(element.ancestors().filter_map(ElementRef::wrap))
                .any(|a| marked_by(a, &["comment"]))
            || body_words.contains(&text)
            || notices.iter().any(|n| n.contains(&text) || text.contains(n.as_str()))
        {
            continue;
        }
        notices.push(text);
    }
    notices
}

/// The address a browser wrote at the top of a page it saved, when the page names none
/// of its own: `<!-- saved from url=(0048)https://example.org/2022/05/17/storm -->`
/// (Internet Explorer, Chrome and Edge write it).
fn saved_from_url(html: &str) -> Option<String> {
    const MARK: &str = "<!-- saved from url=";
    let mut end = html.len().min(4096);
    while !html.is_char_boundary(end) {
        end -= 1;
    }
    let head = &html[..end];
    let rest = &head[head.find(MARK)? + MARK.len()..];
    // The length in brackets first, when there is one.
    let rest = rest.strip_prefix('(').and_then(|r| r.split_once(')')).map_or(rest, |(_, after)| after);
    let url = rest.split("-->").next()?.split_whitespace().next()?;
    (url.starts_with("http://") || url.starts_with("https://")).then(|| url.to_string())
}

/// The page's web address: its canonical link, resolved when it is relative ("/news/…")
/// against the page's own address (`og:url`, or the one a browser noted when saving it).
/// A canonical link to another site than `og:url` (a syndicated copy names the original:
/// the copy on waz.de gives morgenpost.de) gives way to `og:url`: where the page was
/// published, which `--site` asks for. A relative link with nothing to resolve it against
/// is no address.
fn page_address(canonical: Option<&str>, og_url: Option<&str>, saved_from: Option<&str>) -> Option<String> {
    let web = |text: &str| url::Url::parse(text).ok().filter(|u| matches!(u.scheme(), "http" | "https"));
    let og_url = og_url.and_then(|text| Some((text, web(text)?)));
    let saved_from = saved_from.and_then(|text| Some((text, web(text)?)));
    let own = og_url.as_ref().or(saved_from.as_ref());
    let canonical = canonical.and_then(|text| match web(text) {
        Some(address) => Some((text.to_string(), address)),
        None => {
            let address = own?.1.join(text).ok().filter(|u| u.has_host())?;
            Some((address.to_string(), address))
        }
    });
    let site = |u: &url::Url| u.host_str().map(|h| h.strip_prefix("www.").unwrap_or(h).to_ascii_lowercase());
    match (canonical, &og_url) {
        (Some((_, address)), Some((og, og_address))) if site(&address) != site(og_address) => {
            Some(og.to_string())
        }
        (Some((text, _)), _) => Some(text),
        (None, _) => own.map(|(text, _)| text.to_string()),
    }
}

/// How deep the document's elements nest.
fn nesting_depth(doc: &Html) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for edge in doc.tree.root().traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) if node.value().is_element() => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            ego_tree::iter::Edge::Close(node) if node.value().is_element() => depth -= 1,
            _ => {}
        }
    }
    deepest
}

/// Past this many elements open at once, as [`markup_nesting`] counts them, a page is not
/// parsed as written: the HTML parser's work grows with the square of the depth (a page of
/// 200,000 unclosed `<div>`s took two minutes), so its body's tags go first.
const MAX_MARKUP_NESTING: usize = 10_000;

/// Past this many start tags, a page is not parsed as written either: the article
/// extractors hold some kilobytes for each element (200,000 `<div>`s took 525 MB, an 11 MB
/// page 3.4 GB), and the most of the 309 gold pages has 4,110.
const MAX_ELEMENTS: usize = 60_000;

/// How many elements the markup leaves open at once at most, counted over its tags
/// without parsing it: each start tag opens one (not a void element's, nor one that closes
/// itself or is commonly left open: `p`, `li`, `td`…), each end tag closes one; and how
/// many start tags it has.
fn markup_nesting(html: &str) -> (usize, usize) {
    const LEFT_OPEN: &[&str] = &["p", "li", "td", "th", "tr", "dt", "dd", "option"];
    let (mut depth, mut deepest, mut elements) = (0usize, 0usize, 0usize);
    for (at, _) in html.match_indices('<') {
        let (rest, closes) = match html[at + 1..].strip_prefix('/') {
            Some(rest) => (rest, true),
            None => (&html[at + 1..], false),
        };
        // Read in place, not copied: this runs over every tag of every page.
        let name = &rest[..rest.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(rest.len())];
        let listed = |names: &[&str]| names.iter().any(|n| n.eq_ignore_ascii_case(name));
        let self_closing = rest.split('>').next().is_some_and(|tag| tag.ends_with('/'));
        if !name.is_empty() && !closes {
            elements += 1;
        }
        if name.is_empty() || self_closing || listed(VOID_ELEMENTS) || listed(LEFT_OPEN) {
            continue;
        }
        if closes {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            deepest = deepest.max(depth);
        }
    }
    (deepest, elements)
}

/// A page with its body's tags left out and its text kept, a block's tags starting a new
/// paragraph; the head, scripts and style sheets are kept as written (the head and
/// JSON-LD scripts hold the metadata). Comments are dropped. The article extractor takes
/// one element's text as the article's, and in a tree thousands deep an element holds
/// only the text after it (an old forum page lost its first 500 posts), while the depth
/// cost it gigabytes.
///
/// A paragraph holds at least `least` bytes of text (0: every block starts one): a page
/// of a million tiny blocks is not a million paragraphs.
fn without_body_tags(html: &str, least: usize) -> String {
    // Elements whose text is no markup, kept whole to their end tag.
    const RAW_TEXT: &[&str] =
        &["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "template"];
    let lower = html.to_ascii_lowercase();
    let body = lower.find("<body").or_else(|| lower.find("</head>")).unwrap_or(0);
    let mut out = String::with_capacity(html.len() / 2);
    out.push_str(&html[..body]);
    out.push_str("<body><p>");
    let mut paragraph_from = out.len();
    let mut at = lower[body..].find('>').map_or(body, |end| body + end + 1);
    while let Some(open) = lower[at..].find('<').map(|k| at + k) {
        out.push_str(&html[at..open]);
        if lower[open..].starts_with("<!--") {
            at = lower[open..].find("-->").map_or(html.len(), |k| open + k + 3);
            continue;
        }
        let tag_end = lower[open..].find('>').map_or(html.len(), |k| open + k + 1);
        let name: String =
            lower[open + 1..tag_end].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '/').collect();
        let name = name.trim_start_matches('/');
        at = tag_end;
        if RAW_TEXT.contains(&name) && !lower[open + 1..].starts_with('/') {
            // Kept whole, to its end tag: its text is no markup.
            let close = format!("</{name}");
            let end = lower[tag_end..].find(&close).map_or(html.len(), |k| tag_end + k);
            let end = lower[end..].find('>').map_or(html.len(), |k| end + k + 1);
            out.push_str(&html[open..end]);
            at = end;
        } else if BLOCKS.contains(&name) && out.len() - paragraph_from > least && !ends_with_a_paragraph(&out)
        {
            // One paragraph between two texts, however many blocks stood there.
            out.push_str("<p>");
            paragraph_from = out.len();
        } else if BLOCKS.contains(&name) && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.push_str(&html[at.min(html.len())..]);
    out
}

/// Whether `out` ends with a paragraph's start tag, white space after it aside (looked for
/// in its last bytes only: a page of a million blocks and line breaks must not be read
/// again at each).
fn ends_with_a_paragraph(out: &str) -> bool {
    let tail = &out.as_bytes()[out.len().saturating_sub(64)..];
    tail.trim_ascii_end().ends_with(b"<p>")
}

/// Elements that have no end tag.
const VOID_ELEMENTS: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

/// What the article extractor found: the main text, and the author it read from the
/// page's markup (its own list of author classes, ids and attributes), if any.
struct Extraction {
    body: String,
    author: Option<String>,
}

/// The warning for a page with no article text (a redirect, an error page, a frame). The
/// page's title, date and byline are indexed if it has them; if not, the page is skipped,
/// and the warning says why: it must read right either way.
const NO_ARTICLE_TEXT: &str = "no article text found in the page";

/// The most text (outside scripts and styles) a page may hold for the article extractor
/// to read it. Its time grows faster than the text past a few megabytes (2 MB of
/// paragraphs take 1.2 s, 20 MB 19 s, 50 MB about 50 s); a page holding more is no
/// single article (a book, a dump of a forum), and its paragraphs are read as they stand.
const MAX_EXTRACTOR_TEXT_BYTES: usize = 2 << 20;

fn extract_body(html: &str, doc: &Html, page: &Page, warnings: &mut Vec<String>) -> Extraction {
    let text_bytes = visible_text_bytes(doc);
    if text_bytes > MAX_EXTRACTOR_TEXT_BYTES {
        warnings.push(format!(
            "{:.1} MB of text, more than the article extractor reads (2 MB); its paragraphs are read as they stand",
            text_bytes as f64 / 1e6
        ));
        let body = match &page.article_body {
            Some(article_body) => tidy_body(article_body),
            None if !page.paragraphs.is_empty() => tidy_body(&page.paragraphs.join("\n")),
            None => tidy_body(&block_text(html)),
        };
        return Extraction { body, author: None };
    }
    let options = trafilatura::Options::default().with_fallback(true);
    let outcome = trafilatura::extract(html, &options);
    // trafilatura separates several authors with "; ".
    let author = outcome
        .as_ref()
        .ok()
        .map(|r| r.metadata.author.split(';').map(str::trim).filter(|a| !a.is_empty()).collect::<Vec<_>>())
        .filter(|names| !names.is_empty())
        .map(|names| names.join(", "));
    if let Ok(result) = &outcome {
        let body = tidy_body(&block_text(&result.content_html));
        if !body.is_empty() {
            let body = article_blocks(doc, &body).unwrap_or(body);
            return Extraction { body, author };
        }
    }
    // Too little text for trafilatura: fall back to JSON-LD articleBody, then <p>s.
    let fallback = match &page.article_body {
        Some(article_body) => tidy_body(article_body),
        None => tidy_body(&page.paragraphs.join("\n")),
    };
    if fallback.is_empty() {
        // The extractor's reason ("insufficient content: text 0 < 1 and comments 0 < 1")
        // tells a user nothing the plain words do not.
        warnings.push(NO_ARTICLE_TEXT.to_string());
    }
    Extraction { body: fallback, author }
}

/// How many bytes of text the page holds outside scripts, styles and templates.
fn visible_text_bytes(doc: &Html) -> usize {
    use scraper::node::Node;
    doc.tree
        .nodes()
        .filter_map(|node| match node.value() {
            Node::Text(text) => Some((node, text.len())),
            _ => None,
        })
        .filter(|(node, _)| {
            !node
                .parent()
                .and_then(|p| p.value().as_element())
                .is_some_and(|p| matches!(p.name(), "script" | "style" | "template" | "noscript"))
        })
        .map(|(_, len)| len)
        .sum()
}

/// The text of the page's `<article>` with its paragraphs and headings apart, when `body`
/// is one line holding exactly that text. trafilatura's last resort for a short page takes
/// an `<article>`'s text whole, without breaks between its blocks: from markup written
/// without line breaks ("<h1>Rail strike ends</h1><p>The strike…") that glued the words
/// either side of each break ("endsThe"), which no search then found.
///
/// The two texts are compared by their visible letters: trafilatura drops a soft hyphen
/// (`parlia&shy;ment`) that the `<article>`'s own text keeps, and one soft hyphen
/// anywhere in the page left all its paragraphs glued.
fn article_blocks(doc: &Html, body: &str) -> Option<String> {
    if body.contains('\n') {
        return None;
    }
    let letters =
        |text: &str| text.chars().filter(|&c| !c.is_whitespace() && !is_invisible(c)).collect::<String>();
    let wanted = letters(body);
    doc.select(&selector("article"))
        .map(|article| tidy_body(&block_text(&article.html())))
        .find(|blocks| blocks.contains('\n') && letters(blocks) == wanted)
}

/// Characters that print as nothing: the soft hyphen, zero-width space, word joiner and
/// byte-order mark, which one text of a page may keep and another drop.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}' | '\u{2060}' | '\u{feff}')
}

/// HTML elements that start a new line of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "figcaption",
    "dd",
    "dt",
    "hr",
    "main",
];

/// The text of an HTML fragment with one line per block element (paragraph, heading,
/// list item), so paragraphs stay apart in the index and in snippets.
fn block_text(fragment: &str) -> String {
    block_text_but(fragment, |_| false)
}

/// [`block_text`] without the text of the elements `left_out` says are no part of it.
fn block_text_but(fragment: &str, left_out: impl Fn(&scraper::node::Element) -> bool) -> String {
    use scraper::node::Node;
    let doc = Html::parse_fragment(fragment);
    let mut out = String::with_capacity(fragment.len() / 2);
    // Inside <pre>, line breaks are the text's; elsewhere a browser shows a line break of
    // the source (hard-wrapped paragraphs: "The\nplane continued") as a space.
    let mut preformatted = 0usize;
    let mut inside_left_out = 0usize;
    for edge in doc.root_element().traverse() {
        let open = matches!(edge, ego_tree::iter::Edge::Open(_));
        if let ego_tree::iter::Edge::Open(node) | ego_tree::iter::Edge::Close(node) = edge
            && let Node::Element(el) = node.value()
            && left_out(el)
        {
            inside_left_out = if open { inside_left_out + 1 } else { inside_left_out.saturating_sub(1) };
            out.push('\n');
            continue;
        }
        if inside_left_out > 0 {
            continue;
        }
        match edge {
            ego_tree::iter::Edge::Open(node) | ego_tree::iter::Edge::Close(node) => match node.value() {
                Node::Text(_)
                    if node
                        .parent()
                        .and_then(|p| p.value().as_element())
                        .is_some_and(|p| matches!(p.name(), "script" | "style" | "template")) => {}
                Node::Text(text) if open => {
                    if preformatted > 0 {
                        out.push_str(text);
                    } else {
                        out.extend(text.chars().map(|c| if c == '\n' || c == '\r' { ' ' } else { c }));
                    }
                }
                // Table cells are apart on their row's line.
                Node::Element(el) if matches!(el.name(), "td" | "th") => out.push(' '),
                Node::Element(el) if BLOCKS.contains(&el.name()) => {
                    if el.name() == "pre" {
                        preformatted = if open { preformatted + 1 } else { preformatted.saturating_sub(1) };
                    }
                    out.push('\n');
                }
                _ => {}
            },
        }
    }
    out
}

/// The text of a fragment of markup, such as the `content` of a CMS export: one line per
/// paragraph or heading, character references decoded, scripts and styles left out.
pub fn fragment_text(fragment: &str) -> String {
    tidy_body(&block_text(fragment))
}

/// The text of an article's markup saved apart from its page (a CMS export's `content`, a
/// feed's `content:encoded`), cleaned as a page's article text is: without share bars
/// ("Share this:", "Facebook", "Twitter"), "Like this:" and related-posts boxes, photo
/// captions and credits (`<figcaption>`), and WordPress shortcodes (`[caption …]…[/caption]`,
/// `[gallery …]`, `[embed]…[/embed]`), which a reader never sees as text.
pub fn article_fragment_text(fragment: &str) -> String {
    let fragment = without_shortcodes(fragment);
    let text = tidy_body(&block_text_but(&fragment, is_boilerplate_element));
    without_share_lines(&text)
}

/// Elements of an article's markup that are no part of its text: captions, share bars,
/// related-posts boxes.
fn is_boilerplate_element(el: &scraper::node::Element) -> bool {
    if matches!(el.name(), "figcaption" | "script" | "style" | "noscript") {
        return true;
    }
    const MARKS: &[&str] =
        &["sharedaddy", "share-bar", "sharing", "social-share", "jp-relatedposts", "wp-caption-text"];
    let marked = |value: Option<&str>| {
        value.is_some_and(|v| v.split_whitespace().any(|c| MARKS.iter().any(|m| c.eq_ignore_ascii_case(m))))
    };
    marked(el.attr("class")) || marked(el.attr("id"))
}

/// WordPress shortcodes a reader never sees: a captioned picture (`[caption …]<img> The
/// plant.[/caption]`, its caption a picture's credit as a `<figcaption>` is), a gallery,
/// an embed's address, a player. Only these names are read as shortcodes: `[sic]` and
/// `[1]` are text.
fn without_shortcodes(text: &str) -> std::borrow::Cow<'_, str> {
    // Those whose content goes with them, then those that stand alone.
    const PAIRED: &[&str] = &["caption", "wp_caption", "embed", "video", "audio", "playlist", "gallery"];
    const ALONE: &[&str] = &["gallery", "video", "audio", "playlist", "embed", "contact-form-7", "wpvideo"];
    if !text.contains('[') {
        return std::borrow::Cow::Borrowed(text);
    }
    let lower = text.to_ascii_lowercase();
    let opens_at = |at: usize, name: &str| {
        lower[at..]
            .strip_prefix('[')
            .and_then(|r| r.strip_prefix(name))
            .is_some_and(|r| r.starts_with([' ', ']']))
    };
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while let Some(found) = lower[i..].find('[') {
        let at = i + found;
        out.push_str(&text[i..at]);
        let Some(close) = lower[at..].find(']').map(|c| at + c + 1) else {
            i = at;
            break;
        };
        if let Some(name) = PAIRED.iter().find(|n| opens_at(at, n))
            && let Some(end) = lower[close..].find(&format!("[/{name}]"))
        {
            i = close + end + name.len() + 3;
        } else if ALONE.iter().any(|n| opens_at(at, n))
            || (lower[at..].starts_with("[/")
                && ALONE.iter().chain(PAIRED).any(|n| lower[at + 2..].starts_with(&format!("{n}]"))))
        {
            // A shortcode standing alone, or the end of one whose start was not found.
            i = close;
        } else {
            out.push('[');
            i = at + 1;
        }
    }
    out.push_str(&text[i..]);
    std::borrow::Cow::Owned(out)
}

/// Text without the share bar a blog's theme prints under a post, a line each ("Share
/// this:", "Facebook", "Twitter", "Like this:", "Like Loading..."): a run of two such
/// lines or more, or one opening "Share this"/"Like this". A network's name within a
/// sentence, or alone once, stays.
fn without_share_lines(text: &str) -> String {
    const NETWORKS: &[&str] = &[
        "facebook",
        "twitter",
        "x",
        "email",
        "e-mail",
        "print",
        "linkedin",
        "whatsapp",
        "pinterest",
        "reddit",
        "tumblr",
        "telegram",
        "pocket",
        "threads",
        "bluesky",
        "more",
        "share",
        "tweet",
        "like loading...",
        "loading...",
        "related",
    ];
    const OPENERS: &[&str] = &["share this:", "share this", "like this:", "share:", "share on:"];
    let lines: Vec<&str> = text.lines().collect();
    let is_share = |l: &str| {
        let l = l.trim().to_lowercase();
        NETWORKS.contains(&l.as_str()) || OPENERS.contains(&l.as_str())
    };
    let mut keep = vec![true; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        if !is_share(lines[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && is_share(lines[i]) {
            i += 1;
        }
        let opened = lines[start..i].iter().any(|l| OPENERS.contains(&l.trim().to_lowercase().as_str()));
        if i - start >= 2 || opened {
            keep[start..i].iter_mut().for_each(|k| *k = false);
        }
    }
    lines.iter().zip(keep).filter(|(_, k)| *k).map(|(l, _)| *l).collect::<Vec<_>>().join("\n")
}

/// Whether a text is markup rather than text that mentions a `<`: it closes an element
/// (`</p>`) or holds a paragraph or line break (`<p>`, `<br>`).
pub fn looks_like_markup(text: &str) -> bool {
    text.match_indices('<').any(|(at, _)| {
        let rest = &text.as_bytes()[at + 1..];
        let opens = |tag: &[u8]| {
            rest.len() > tag.len()
                && rest[..tag.len()].eq_ignore_ascii_case(tag)
                && matches!(rest[tag.len()], b'>' | b' ' | b'/')
        };
        let closes = rest.first() == Some(&b'/') && rest.get(1).is_some_and(u8::is_ascii_alphabetic);
        closes || opens(b"p") || opens(b"br")
    })
}

/// One paragraph per line, whitespace inside paragraphs collapsed, without the empty
/// lines, without markup left as text (a `<noscript>` holding `<iframe src=…>` reaches the
/// extractor as text, and a line that is one tag is never the article's), and without
/// the short lines a page repeats three times or more: the site's notices beside each
/// widget ("Tu suscripción se está usando en otro dispositivo", "この記事は会員限定です"),
/// which an article's own paragraphs never are.
fn tidy_body(text: &str) -> String {
    let lines: Vec<String> =
        text.lines().map(squash_whitespace).filter(|l| !l.is_empty() && !is_a_tag(l)).collect();
    let mut seen: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
    for line in &lines {
        *seen.entry(line.as_str()).or_default() += 1;
    }
    let repeated = |line: &str| line.chars().count() <= MAX_NOTICE_CHARS && seen[line] >= 3;
    lines.iter().map(String::as_str).filter(|l| !repeated(l)).collect::<Vec<_>>().join("\n")
}

/// The longest line [`tidy_body`] drops as a notice when a page repeats it.
const MAX_NOTICE_CHARS: usize = 200;

/// A line that is markup: `<iframe src="…" …></iframe>`, `<img …>`, `<!-- … -->`.
fn is_a_tag(line: &str) -> bool {
    let mut chars = line.chars();
    chars.next() == Some('<')
        && chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!')
        && line.ends_with('>')
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("selectors in this file are valid")
}

/// Whether an element sits in a reader-comments section (a class or id naming comments),
/// whose bylines name commenters, not the article's author.
fn in_comments(el: ElementRef<'_>) -> bool {
    el.ancestors().filter_map(ElementRef::wrap).any(|a| {
        let v = a.value();
        v.id().into_iter().chain(v.classes()).any(|name| name.to_ascii_lowercase().contains("comment"))
    })
}

fn text_of(el: ElementRef<'_>) -> String {
    squash_whitespace(&el.text().collect::<String>())
}

/// The text of byline markup, each author apart: markup that sets its authors in elements
/// side by side with nothing between them (`<span>Birgit Baumann</span> <span>Anna Giulia
/// Fink</span>`) has them joined by commas, where its text alone runs them together ("Birgit
/// Baumann Anna Giulia Fink"). Any other markup is its text.
fn byline_text(el: ElementRef<'_>) -> String {
    let own_text =
        |e: ElementRef<'_>| e.children().filter_map(|n| n.value().as_text()).any(|t| !t.trim().is_empty());
    let mut at = el;
    loop {
        // An element holding only "By" (`<span>By </span><span class="fn">Jane Doe</span>`,
        // `<em>By</em> <a>Jane Doe</a>`) is no author: the text keeps it before the name.
        let children: Vec<ElementRef<'_>> = at
            .children()
            .filter_map(ElementRef::wrap)
            .filter(|c| !text_of(*c).is_empty() && !is_only_by(&text_of(*c)))
            .collect();
        if own_text(at) {
            break;
        }
        match children.as_slice() {
            [only] => at = *only,
            [_, _, ..] if children.iter().all(|c| looks_like_byline(&text_of(*c))) => {
                return children.iter().map(|c| text_of(*c)).collect::<Vec<_>>().join(", ");
            }
            _ => break,
        }
    }
    // The element the walk stopped at: past a "By" set apart, the name's alone.
    text_of(at)
}

/// Everything the metadata rules read from a page, gathered in one pass.
#[derive(Debug, Default)]
struct Page {
    /// JSON-LD objects whose `@type` is an article type, in page order.
    articles: Vec<Value>,
    /// `meta` tags: lower-cased name/property/itemprop → content, in page order.
    metas: Vec<(String, String)>,
    title_tag: Option<String>,
    h1: Option<String>,
    time_datetime: Option<String>,
    rel_author: Option<String>,
    itemprop_author: Option<String>,
    byline_markup: Option<String>,
    /// The canonical link as written (it may be relative).
    canonical: Option<String>,
    /// The page's web address (see [`page_address`]).
    url: Option<String>,
    article_body: Option<String>,
    paragraphs: Vec<String>,
    /// `<html lang>` (or `xml:lang`).
    html_lang: Option<String>,
    /// `<meta http-equiv="content-language">`.
    content_language: Option<String>,
}

impl Page {
    fn read(doc: &Html) -> Page {
        let mut page = Page::default();
        for script in doc.select(&selector(r#"script[type="application/ld+json"]"#)) {
            let raw: String = script.text().collect();
            if let Some(value) = parse_json_ld(&raw) {
                collect_articles(&value, &mut page.articles);
            }
        }
        for meta in doc.select(&selector("meta[content]")) {
            let el = meta.value();
            let key = el.attr("property").or_else(|| el.attr("name")).or_else(|| el.attr("itemprop"));
            if let (Some(key), Some(content)) = (key, el.attr("content")) {
                let content = content.trim();
                if !content.is_empty() {
                    page.metas.push((key.trim().to_ascii_lowercase(), content.to_string()));
                }
            }
        }
        let root = doc.root_element().value();
        page.html_lang = root.attr("lang").or_else(|| root.attr("xml:lang")).map(str::to_string);
        page.content_language = doc
            .select(&selector("meta[http-equiv][content]"))
            .find(|m| {
                m.value().attr("http-equiv").is_some_and(|h| h.eq_ignore_ascii_case("content-language"))
            })
            .and_then(|m| m.value().attr("content"))
            .map(str::to_string);
        page.title_tag = doc.select(&selector("title")).next().map(text_of).filter(|t| !t.is_empty());
        page.h1 = doc
            .select(&selector("article h1, main h1, [itemprop=headline], h1"))
            .map(text_of)
            .find(|t| !t.is_empty());
        page.time_datetime = doc
            .select(&selector(
                "article time[datetime], header time[datetime], main time[datetime], \
                 time[itemprop=datePublished], time[pubdate], time[datetime]",
            ))
            .filter_map(|t| t.value().attr("datetime").map(str::to_string))
            .next();
        page.rel_author = doc
            .select(&selector(r#"a[rel~="author"], link[rel~="author"][title]"#))
            .map(|a| a.value().attr("title").map(str::to_string).unwrap_or_else(|| text_of(a)))
            .find(|t| looks_like_byline(t));
        page.itemprop_author = doc
            .select(&selector(r#"[itemprop~="author"] [itemprop~="name"], [itemprop~="author"]"#))
            .map(|el| el.value().attr("content").map(str::to_string).unwrap_or_else(|| text_of(el)))
            .find(|t| looks_like_byline(t));
        page.byline_markup = doc
            .select(&selector(
                ".byline, .article-byline, .author-name, .byline-name, [class*=byline] a, \
                 [data-testid*=byline], address.author",
            ))
            .filter(|el| !in_comments(*el))
            .map(byline_text)
            .map(|t| clean_byline(&t))
            .find(|t| looks_like_byline(t));
        page.canonical = doc
            .select(&selector(r#"link[rel="canonical"]"#))
            .filter_map(|l| {
                l.value().attr("href").map(str::trim).filter(|h| !h.is_empty()).map(str::to_string)
            })
            .next();
        page.article_body = page
            .articles
            .iter()
            .filter_map(|a| a.get("articleBody").and_then(Value::as_str))
            .map(str::to_string)
            .find(|b| !b.trim().is_empty());
        page.paragraphs =
            doc.select(&selector("article p, main p, p")).map(text_of).filter(|p| !p.is_empty()).collect();
        page.paragraphs.dedup();
        page
    }

    fn meta(&self, key: &str) -> Option<&str> {
        self.metas_named(key).next()
    }

    /// Every `meta` of that name, in page order: a page may state the site as its author
    /// and then the reporter.
    fn metas_named<'a>(&'a self, key: &str) -> impl Iterator<Item = &'a str> {
        self.metas.iter().filter(move |(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    fn site_name(&self) -> Option<&str> {
        self.meta("og:site_name").or_else(|| self.meta("application-name"))
    }

    /// The headline, taken from the page's metadata first, as the publisher declares it
    /// for search engines and link previews: JSON-LD `headline`, then `og:title`, the
    /// Twitter card, the `h1`, and `<title>` last. Meta titles, and JSON-LD's, lose a
    /// site-name suffix (or a section's, after the `h1`), and one that holds the page's own headline (the `h1` or JSON-LD's) plus decoration
    /// ("Kicker: Headline | Section - Site") gives that headline. A one-to-three-word
    /// candidate is passed over while a longer one follows: it is usually the site or the
    /// section name. The `h1` and `og:title` agreeing on a headline outweigh JSON-LD.
    fn title(&self) -> Option<String> {
        let site = self.site_name();
        let clean = |t: &str| squash_whitespace(&html_unescape(t));
        let h1 = self.h1.as_deref().map(clean).filter(|t| !t.is_empty());
        let json_ld = self
            .articles
            .iter()
            .find_map(|a| a.get("headline").and_then(as_text))
            .map(|t| clean(&strip_site_suffix(&t, site, h1.as_deref())))
            .filter(|t| !t.is_empty());
        let headlines: Vec<&String> = [&json_ld, &h1].into_iter().flatten().collect();
        let meta = |t: Option<&str>| {
            t.map(|t| clean(&strip_site_suffix(t, site, h1.as_deref())))
                .filter(|t| !t.is_empty())
                .map(|t| headlines.iter().find(|h| decorates(&t, h)).map_or(t, |h| (*h).clone()))
        };
        let og = meta(self.meta("og:title"));
        // The visible headline and the link-preview title agreeing outweigh JSON-LD,
        // whose headline is at times a search-engine variant.
        if let (Some(h1), Some(og)) = (&h1, &og)
            && h1 == og
        {
            return Some(og.clone());
        }
        let candidates: Vec<String> = [
            json_ld.clone(),
            og,
            meta(self.meta("twitter:title")),
            h1.clone(),
            meta(self.title_tag.as_deref()),
        ]
        .into_iter()
        .flatten()
        .collect();
        let first = candidates.first()?;
        Some(candidates.iter().find(|t| !reads_as_a_label(t)).unwrap_or(first).clone())
    }

    /// The author a WordPress SEO plugin states in the Twitter card's label/data pairs
    /// (`twitter:label1` "Written by" + `twitter:data1` "Jane Doe", Yoast) or as
    /// `twitter:misc:Written by`, in the languages such plugins ship.
    fn written_by(&self) -> Option<&str> {
        const LABELS: &[&str] =
            &["written by", "verfasst von", "geschrieben von", "écrit par", "escrito por", "scritto da"];
        let labelled = (1..=4).find_map(|n| {
            let label = self.meta(&format!("twitter:label{n}"))?;
            LABELS
                .contains(&label.trim().to_lowercase().as_str())
                .then(|| self.meta(&format!("twitter:data{n}")))?
        });
        labelled.or_else(|| LABELS.iter().find_map(|l| self.meta(&format!("twitter:misc:{l}"))))
    }

    /// The byline: JSON-LD `author`, the author `meta` tags, the Twitter card's "Written
    /// by", `rel=author`, `itemprop=author`, byline markup, in that order, and the
    /// extractor's author when none of them names anyone. A byline that only names the
    /// site or publisher ("Lesotho Times", "STERN.de") is kept for last: a person named by
    /// a later source is the better byline.
    fn byline(&self, extractor_author: Option<&str>) -> Option<String> {
        let from_json_ld = self.articles.iter().find_map(|a| a.get("author").and_then(author_names));
        let from_metas = AUTHOR_METAS
            .iter()
            .filter_map(|k| self.meta_authors(k))
            .chain(self.written_by().map(str::to_string));
        let candidates: Vec<String> = from_json_ld
            .into_iter()
            .chain(from_metas)
            .chain(
                [self.rel_author.clone(), self.itemprop_author.clone(), self.byline_markup.clone()]
                    .into_iter()
                    .flatten(),
            )
            .map(|b| clean_byline(&b))
            .filter(|b| looks_like_byline(b))
            .collect();
        let Some(first) = candidates.first() else {
            // The extractor's wider net (author classes and ids in any markup) is the last
            // resort: it also catches the author of a quoted claim or a linked profile.
            return extractor_author.map(clean_byline).filter(|b| looks_like_byline(b));
        };
        let names_site = |b: &String| self.names_the_site(b);
        if !names_site(first) {
            return Some(first.clone());
        }
        // A person's name: two to four words, each capitalised (or in a script without
        // capitals: "신현주 기자", name and "reporter").
        let capitalised =
            |w: &&str| w.starts_with(|c: char| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()));
        let names_a_person = |b: &&String| {
            let words: Vec<&str> = b.split_whitespace().collect();
            (2..=4).contains(&words.len()) && words.iter().all(capitalised)
        };
        Some(
            candidates
                .iter()
                .skip(1)
                .filter(|b| !names_site(b))
                .find(names_a_person)
                .unwrap_or(first)
                .clone(),
        )
    }

    /// Every author the `meta` tags of one name give, joined: a page with two `<meta
    /// name="author">` tags has two writers ("Tom Brown, Jane Smith"). A tag naming the
    /// site gives way to those naming someone else (a page may state the site, then the
    /// reporter); one name written twice is one. A further tag must read as a name: pages
    /// also give photo credits as `itemprop=author` ("(Image: Getty Images)").
    fn meta_authors(&self, key: &str) -> Option<String> {
        let mut names: Vec<String> = Vec::new();
        for name in self.metas_named(key).map(clean_byline).filter(|b| looks_like_byline(b)) {
            let credit_or_note = name.contains(['(', ')', ':', '/', '©']);
            let repeated = names.iter().any(|n| n.to_lowercase() == name.to_lowercase());
            if names.is_empty() || !(credit_or_note || repeated) {
                names.push(name);
            }
        }
        if names.iter().any(|n| !self.names_the_site(n)) {
            names.retain(|n| !self.names_the_site(n));
        }
        (!names.is_empty()).then(|| names.join(", "))
    }

    /// Whether a byline only names the site or publisher ("Lesotho Times").
    fn names_the_site(&self, byline: &str) -> bool {
        self.publisher_names().any(|site| same_name(byline, site))
    }

    /// What the page calls its site or publisher: `og:site_name`, `application-name`,
    /// JSON-LD `publisher`, and the canonical URL's host.
    fn publisher_names(&self) -> impl Iterator<Item = &str> {
        let publishers = self.articles.iter().filter_map(|a| {
            a.get("publisher").and_then(|p| p.get("name").or(Some(p))).and_then(Value::as_str)
        });
        let host = self.url.as_deref().and_then(|u| u.split("://").nth(1)).and_then(|rest| {
            let host = rest.split(['/', '?', '#', ':']).next()?;
            let host = host.strip_prefix("www.").unwrap_or(host);
            host.split('.').next()
        });
        [self.meta("og:site_name"), self.meta("application-name"), host]
            .into_iter()
            .flatten()
            .chain(publishers)
            .filter(|name| name.chars().filter(|c| c.is_alphanumeric()).count() >= 3)
    }

    fn date(&self) -> Option<FoundDate> {
        let json_ld = self.articles.iter().find_map(|a| {
            ["datePublished", "dateCreated", "uploadDate"]
                .iter()
                .find_map(|k| a.get(*k).and_then(as_text).and_then(|s| parse_published(&s)))
        });
        if let Some(date) = json_ld {
            return Some(FoundDate { date, source: "jsonld" });
        }
        for (key, source) in DATE_METAS {
            if let Some(date) = self.meta(key).and_then(parse_published) {
                return Some(FoundDate { date, source });
            }
        }
        if let Some(date) = self.time_datetime.as_deref().and_then(parse_published) {
            return Some(FoundDate { date, source: "time-tag" });
        }
        // A relative canonical link that nothing resolves still has its path.
        let address = self.url.as_deref().or(self.canonical.as_deref());
        address.and_then(date_in_path).map(|date| FoundDate { date, source: "url" })
    }

    /// The language the page declares: `<html lang>`, JSON-LD `inLanguage`, `og:locale`,
    /// a `content-language` or `language` meta. Which the text bears out is
    /// [`crate::ingest::language`]'s to judge.
    fn language(&self) -> Option<String> {
        let in_language = || {
            self.articles.iter().find_map(|a| match a.get("inLanguage") {
                Some(Value::String(code)) => Some(code.clone()),
                Some(Value::Object(lang)) => {
                    lang.get("alternateName").or_else(|| lang.get("name"))?.as_str().map(str::to_string)
                }
                _ => None,
            })
        };
        self.html_lang
            .clone()
            .or_else(in_language)
            .or_else(|| {
                ["og:locale", "content-language", "language", "dc.language"]
                    .iter()
                    .find_map(|key| self.meta(key).map(str::to_string))
            })
            .or_else(|| self.content_language.clone())
            .map(|lang| lang.trim().to_string())
            .filter(|lang| !lang.is_empty())
    }

    /// When the page was last changed: JSON-LD `dateModified`, else the `meta` tags
    /// `article:modified_time`, `og:updated_time` or `dc.date.modified`.
    fn modified(&self) -> Option<PublishedDate> {
        self.articles
            .iter()
            .find_map(|a| a.get("dateModified").and_then(Value::as_str).and_then(parse_published))
            .or_else(|| {
                ["article:modified_time", "og:updated_time", "dc.date.modified", "dcterms.modified"]
                    .iter()
                    .find_map(|key| self.meta(key).and_then(parse_published))
            })
    }

    fn tags(&self) -> Vec<String> {
        let mut tags: Vec<String> =
            self.metas.iter().filter(|(k, _)| k == "article:tag").map(|(_, v)| v.clone()).collect();
        if tags.is_empty()
            && let Some(keywords) = self.meta("news_keywords").or_else(|| self.meta("keywords"))
        {
            tags = keywords.split(',').map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect();
        }
        // JSON-LD `keywords`: a list, or one comma-separated string.
        if tags.is_empty() {
            let keywords = self.articles.iter().find_map(|a| a.get("keywords"));
            tags = match keywords {
                Some(Value::Array(list)) => {
                    list.iter().filter_map(Value::as_str).map(str::to_string).collect()
                }
                Some(Value::String(list)) => list.split(',').map(str::to_string).collect(),
                _ => Vec::new(),
            };
            tags = tags.iter().map(|t| squash_whitespace(t)).filter(|t| !t.is_empty()).collect();
        }
        tags.truncate(30);
        tags
    }
}

/// Parses a JSON-LD block, tolerating what CMSs wrap around it: HTML comments, CDATA
/// sections (`<![CDATA[ … ]]>`, bare or behind `//` or `/* */`) and trailing semicolons.
/// Whatever the wrapping, the JSON is what runs from the first `{` or `[` to the last `}`
/// or `]`.
fn parse_json_ld(raw: &str) -> Option<Value> {
    if let Ok(value) = serde_json::from_str(raw.trim()) {
        return Some(value);
    }
    let unwrapped = raw.replace("<![CDATA[", "").replace("]]>", "").replace("<!--", "").replace("-->", "");
    let start = unwrapped.find(['{', '['])?;
    let end = unwrapped.rfind(['}', ']']).filter(|&end| end > start)?;
    serde_json::from_str(&unwrapped[start..=end]).ok()
}

/// Collects article objects from a JSON-LD value: top level, arrays, `@graph`, and one
/// level of nesting (`mainEntity`).
fn collect_articles(value: &Value, out: &mut Vec<Value>) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| collect_articles(v, out)),
        Value::Object(map) => {
            if let Some(graph) = map.get("@graph") {
                collect_articles(graph, out);
            }
            if let Some(main) = map.get("mainEntity").or_else(|| map.get("mainEntityOfPage"))
                && main.is_object()
            {
                collect_articles(main, out);
            }
            if is_article_type(map.get("@type")) {
                out.push(value.clone());
            }
        }
        _ => {}
    }
    // Prefer real article types over a generic WebPage.
    out.sort_by_key(|v| is_web_page(v.get("@type")));
}

fn type_names(t: Option<&Value>) -> Vec<String> {
    match t {
        Some(Value::String(s)) => vec![s.to_ascii_lowercase()],
        Some(Value::Array(items)) => {
            items.iter().filter_map(Value::as_str).map(str::to_ascii_lowercase).collect()
        }
        _ => Vec::new(),
    }
}

fn is_article_type(t: Option<&Value>) -> bool {
    type_names(t).iter().any(|n| ARTICLE_TYPES.contains(&n.as_str()))
}

fn is_web_page(t: Option<&Value>) -> bool {
    let names = type_names(t);
    names.iter().all(|n| n == "webpage")
}

fn as_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(squash_whitespace(&html_unescape(s))).filter(|s| !s.is_empty()),
        Value::Array(items) => items.iter().find_map(as_text),
        Value::Object(map) => map.get("@value").and_then(as_text),
        _ => None,
    }
}

/// JSON-LD `author`: a name, an object with `name`, or a list of either. Organizations
/// count only when no person is given.
fn author_names(value: &Value) -> Option<String> {
    fn collect(value: &Value, people: &mut Vec<String>, orgs: &mut Vec<String>) {
        match value {
            Value::String(s) => people.push(squash_whitespace(s)),
            Value::Array(items) => items.iter().for_each(|v| collect(v, people, orgs)),
            Value::Object(map) => {
                // A person given by parts alone: `{"givenName": "Anna Giulia", "familyName":
                // "Fink"}`.
                let by_parts = || {
                    let parts: Vec<String> = ["givenName", "familyName"]
                        .iter()
                        .filter_map(|k| map.get(*k).and_then(as_text))
                        .collect();
                    (!parts.is_empty()).then(|| parts.join(" "))
                };
                if let Some(name) = map.get("name").and_then(as_text).or_else(by_parts) {
                    if type_names(map.get("@type"))
                        .iter()
                        .any(|t| t == "organization" || t == "newsmediaorganization")
                    {
                        orgs.push(name);
                    } else {
                        people.push(name);
                    }
                }
            }
            _ => {}
        }
    }
    let (mut people, mut orgs) = (Vec::new(), Vec::new());
    collect(value, &mut people, &mut orgs);
    let names = if people.is_empty() { orgs } else { people };
    let mut names: Vec<String> = names.into_iter().filter(|n| !n.is_empty() && !n.contains("://")).collect();
    names.dedup();
    (!names.is_empty()).then(|| names.join(", "))
}

/// HTML entities left in metadata strings (`&#8217;` inside JSON-LD is common).
pub(super) fn html_unescape(s: &str) -> String {
    html_escape::decode_html_entities(s).into_owned()
}

/// "By Jane Doe | Staff writer" → "Jane Doe"; "Jane Doe22 Dec 2016" → "Jane Doe" (names
/// hold no digits: one starts the date or count glued on after the name).
fn clean_byline(s: &str) -> String {
    let s = squash_whitespace(s);
    let s = s.split(['|', '\n']).next().unwrap_or_default();
    let s = without_by(s);
    let name = without_trailing_date(s);
    name.trim().trim_end_matches([',', '.', ';', ':', '-', '–', '—', '•']).trim().to_string()
}

/// A byline without its "By " ("By Jane Doe"), or the link title of an author page ("Posts
/// by Jane Doe", "View all articles written by Jane Doe", "More stories by Jane Doe").
pub(super) fn without_by(s: &str) -> &str {
    const LEADS: &[&str] = &["", "view all ", "see all ", "more "];
    // And the German, French, Spanish or Portuguese, and Dutch "by".
    const BY: &[&str] = &["by ", "written by ", "von ", "par ", "por ", "door "];
    let starts = |s: &str, p: &str| s.get(..p.len()).is_some_and(|lead| lead.eq_ignore_ascii_case(p));
    for lead in LEADS.iter().filter(|lead| starts(s, lead)) {
        let rest = &s[lead.len()..];
        let rest = ["posts ", "articles ", "stories "]
            .iter()
            .find(|w| starts(rest, w))
            .map_or(rest, |w| &rest[w.len()..]);
        if let Some(by) = BY.iter().find(|by| starts(rest, by)) {
            return &rest[by.len()..];
        }
        // "By: Jane Doe", and "By, Jane Doe" where markup set "By" apart.
        for by in BY.iter().map(|by| by.trim_end()) {
            for mark in [": ", ", "] {
                if starts(rest, by) && rest[by.len()..].starts_with(mark) {
                    return &rest[by.len() + mark.len()..];
                }
            }
        }
    }
    s
}

/// Whether a text is only the word that opens a byline ("By", "By:", "Written by"), set in
/// an element of its own before the name.
fn is_only_by(text: &str) -> bool {
    let word = text.trim().trim_end_matches([':', ',']).trim_end();
    !word.is_empty() && without_by(&format!("{word} ")).is_empty()
}

/// A byline up to the date or count glued on after the name: the first word that starts
/// with a digit, a month name followed by one ("March 11, 2015"), or digits right after a
/// lowercase letter ("Nolan22 Dec 2016"). "BR24 Redaktion" keeps its digits.
fn without_trailing_date(s: &str) -> &str {
    // chrono reads English month names and their three-letter forms, in any case.
    let is_month = |w: &str| w.trim_end_matches(['.', ',']).parse::<chrono::Month>().is_ok();
    let starts_with_digit = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    // The byline's whitespace is squashed: words are one space apart.
    let words: Vec<&str> = s.split(' ').collect();
    let mut end = 0;
    for (i, word) in words.iter().enumerate() {
        let next_is_number = words.get(i + 1).is_some_and(|w| starts_with_digit(w));
        if i > 0 && (starts_with_digit(word) || (is_month(word) && next_is_number)) {
            break;
        }
        end += word.len() + 1;
    }
    let s = &s[..end - 1]; // the first word is always kept: end >= 1
    match s.match_indices(|c: char| c.is_ascii_digit()).find(|(at, _)| s[..*at].ends_with(char::is_lowercase))
    {
        Some((at, _)) => &s[..at],
        None => s,
    }
}

/// A plausible byline: short, a word of two letters or more (initials alone, "J J", are
/// an avatar's), no URL or e-mail address.
fn looks_like_byline(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (1..=16).contains(&words)
        && s.split_whitespace().any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        && !s.contains("://")
        && !s.contains('@')
        && s.len() <= 200
}

/// A short text such as a site or section name ("World", "Local news", "Allergies Health
/// Center"): up to three words. Japanese and Chinese write no spaces between words, so a
/// headline in them is one "word": eight or more of their characters make no label.
fn reads_as_a_label(text: &str) -> bool {
    let written_without_spaces =
        |c: char| matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}');
    text.split_whitespace().count() <= 3 && text.chars().filter(|&c| written_without_spaces(c)).count() < 8
}

/// Removes a trailing (or leading) site name: "Storm hits coast - BBC News" → "Storm hits
/// coast". A part is dropped when it names the site (`og:site_name`), or when what is left
/// is exactly the page's `h1`.
fn strip_site_suffix(title: &str, site: Option<&str>, h1: Option<&str>) -> String {
    let title = squash_whitespace(title);
    let is_site = |part: &str| site.is_some_and(|s| same_name(part, s));
    let is_h1 = |part: &str| h1.is_some_and(|h| squash_whitespace(part) == squash_whitespace(h));
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " * "] {
        for (at, _) in title.match_indices(sep) {
            if is_h1(&title[..at]) {
                return title[..at].trim().to_string();
            }
        }
        if let Some((head, tail)) = title.rsplit_once(sep)
            && is_site(tail)
            && !head.trim().is_empty()
        {
            return head.trim().to_string();
        }
        if let Some((head, tail)) = title.split_once(sep)
            && is_site(head)
            && !tail.trim().is_empty()
        {
            return tail.trim().to_string();
        }
    }
    title
}

/// Whether `title` is `headline` with more around it: a kicker, a section or a site name
/// ("Infant Abandonment Cases In India: Newborns left in dustbins… | Bhopal News"). The
/// headline must not read as a label (an `h1` of "World" is no headline) and must stand
/// as whole words.
fn decorates(title: &str, headline: &str) -> bool {
    if title.len() <= headline.len() || reads_as_a_label(headline) {
        return false;
    }
    title.match_indices(headline).any(|(at, _)| {
        let before = title[..at].chars().next_back();
        let after = title[at + headline.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn same_name(a: &str, b: &str) -> bool {
    let norm =
        |s: &str| s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>();
    let (a, b) = (norm(a), norm(b));
    !a.is_empty() && (a == b || a.contains(&b) || b.contains(&a))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(head: &str, body: &str) -> Parsed {
        let html = format!("<!doctype html><html lang=en><head>{head}</head><body>{body}</body></html>");
        let mut warnings = Vec::new();
        parse(&html, &mut warnings)
    }

    const ARTICLE: &str = "<nav><a href=/>Home</a> <a href=/world>World</a></nav>\
        <article><h1>Storm closes harbour for a week</h1>\
        <p>The harbour at Duluth closed on Monday after a storm pushed ice onto the piers, officials said.</p>\
        <p>Ships waiting to load grain were sent to Superior, Wisconsin, where the port stayed open through the week.</p>\
        <p>The port authority said repairs to two damaged cranes would take at least until Friday.</p></article>\
        <aside class=related><h2>Related stories</h2><a href=/x>Another story about something else</a></aside>\
        <footer>Copyright 2026 Example News. All rights reserved.</footer>";

    #[test]
    fn json_ld_gives_headline_author_and_date() {
        let head = r#"<title>Storm closes harbour for a week - Example News</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Example News"},
              {"@type":"NewsArticle","headline":"Storm closes harbour for a week",
               "datePublished":"2026-01-12T08:30:00-06:00",
               "author":[{"@type":"Person","name":"Dana Whitfield"},{"@type":"Person","name":"Erik Sandvik"}]}]}
            </script>"#;
        let p = page(head, ARTICLE);
        assert_eq!(p.title.as_deref(), Some("Storm closes harbour for a week"));
        assert_eq!(p.byline.as_deref(), Some("Dana Whitfield, Erik Sandvik"));
        let date = p.date.unwrap();
        assert_eq!(date.date.iso(), "2026-01-12T08:30:00-06:00");
        assert_eq!(date.source, "jsonld");
    }

    #[test]
    fn corrections_and_editors_notes_beside_the_text_are_part_of_it() {
        let story = "<p>The school board voted on Tuesday to close two elementary schools at the end of \
            the year, citing falling enrolment across the district.</p><p>Parents protested outside \
            the meeting, and several spoke against the plan during the public comment period.</p>\
            <p>The board will hold a further hearing on the closures in June, its chair said.</p>";
        let note = "Correction: An earlier version of this article incorrectly reported that three schools would close.";
        for layout in [
            format!(
                "<article><aside class=\"correction\">{note}</aside><h1>Board votes</h1>{story}</article>"
            ),
            format!("<article><h1>Board votes</h1>{story}<div class=\"correction\">{note}</div></article>"),
            format!(
                "<article><h1>Board votes</h1>{story}<div><strong>Correction:</strong>{}</div></article>",
                &note[11..]
            ),
            format!("<article><h1>Board votes</h1>{story}<footer>{note}</footer></article>"),
            format!(
                "<article><h1>Board votes</h1>{story}</article><div class=\"corrections\"><p>{note}</p></div>"
            ),
        ] {
            let p = page("<title>Board votes</title>", &layout);
            assert!(p.body.contains("incorrectly reported"), "{layout}\n{}", p.body);
            assert_eq!(p.body.matches("incorrectly").count(), 1, "{}", p.body);
        }
        // A reader's comment is no notice of the page's.
        let commented = format!(
            "<article><h1>Board votes</h1>{story}</article><section id=\"comments\"><p>Correction: the \
             board never listens to parents, as usual.</p></section>"
        );
        assert!(!page("", &commented).body.contains("never listens"));
    }

    #[test]
    fn json_ld_keywords_are_tags_as_a_list_or_one_string() {
        for keywords in [r#"["rugby", "world cup"]"#, r#""rugby, world cup""#] {
            let head = format!(
                r#"<script type="application/ld+json">{{"@type":"NewsArticle","headline":"Boks win",
                   "keywords":{keywords}}}</script>"#
            );
            assert_eq!(page(&head, ARTICLE).tags, ["rugby", "world cup"], "{keywords}");
        }
    }

    #[test]
    fn a_saved_pages_address_comes_from_the_browsers_note_when_the_page_names_none() {
        let html = format!(
            "<!DOCTYPE html>\n<!-- saved from url=(0050)https://news.example.org/2022/05/17/storm-a -->\n\
             <html><head><title>Storm</title></head><body>{ARTICLE}</body></html>"
        );
        let p = parse(&html, &mut Vec::new());
        assert_eq!(p.url.as_deref(), Some("https://news.example.org/2022/05/17/storm-a"));
        assert_eq!(p.date.map(|d| (d.date.iso(), d.source)), Some(("2022-05-17".to_string(), "url")));
        // The page's own address wins.
        let own = html.replace("<title>", r#"<link rel="canonical" href="https://example.org/own"><title>"#);
        assert_eq!(parse(&own, &mut Vec::new()).url.as_deref(), Some("https://example.org/own"));
        assert_eq!(saved_from_url("<!-- saved from url=(0014)about:internet -->"), None);
    }

    #[test]
    fn a_notice_the_page_repeats_is_no_part_of_the_body() {
        let notice = "Tu suscripción se está usando en otro dispositivo";
        let text = format!(
            "El metro cierra.\n{notice}\nLos trenes paran a las diez.\n{notice}\n  {notice}  \n\
             Sí.\nSí.\nEl alcalde habló."
        );
        // A line said twice ("Sí.") may be the article's own; three times is the site's.
        assert_eq!(
            tidy_body(&text),
            "El metro cierra.\nLos trenes paran a las diez.\nSí.\nSí.\nEl alcalde habló."
        );
        // A long paragraph is kept however often it comes.
        let long = "word ".repeat(60);
        let text = format!("{long}\n{long}\n{long}");
        assert_eq!(tidy_body(&text).lines().count(), 3);
    }

    #[test]
    fn a_page_with_more_text_than_the_extractor_reads_keeps_all_its_paragraphs() {
        let paragraphs: Vec<String> =
            (0..50_000).map(|n| format!("Paragraph {n} of the council minutes, read aloud.")).collect();
        let html = format!(
            "<html><head><title>Minutes</title></head><body><nav>Home</nav><p>{}</p></body></html>",
            paragraphs.join("</p><p>")
        );
        assert!(html.len() > MAX_EXTRACTOR_TEXT_BYTES);
        let mut warnings = Vec::new();
        let parsed = parse(&html, &mut warnings);
        assert_eq!(parsed.body.lines().count(), 50_000);
        assert!(parsed.body.starts_with("Paragraph 0 of the council minutes"), "{}", &parsed.body[..80]);
        assert!(parsed.body.ends_with("Paragraph 49999 of the council minutes, read aloud."));
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("MB of text, more than the article extractor reads"), "{warnings:?}");
        // Megabytes of script are no text: a short article beside them is extracted.
        let script = format!("var data = \"{}\";", "x".repeat(3 << 20));
        let html = format!(
            "<html><head><script>{script}</script></head><body><article><h1>Dam opens</h1>\
             <p>The new dam opened on Monday after nine years of building, the engineers said.</p>\
             <p>Water will reach the valley's farms by the spring, its operators expect.</p></article></body></html>"
        );
        let mut warnings = Vec::new();
        let parsed = parse(&html, &mut warnings);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert!(parsed.body.contains("The new dam opened on Monday"), "{}", parsed.body);
    }

    #[test]
    fn body_keeps_paragraphs_apart_and_drops_the_repeated_headline() {
        let p = page("<title>Storm closes harbour for a week</title>", ARTICLE);
        let lines: Vec<&str> = p.body.lines().collect();
        assert_eq!(lines.len(), 3, "{}", p.body);
        assert!(lines[0].starts_with("The harbour at Duluth"), "{}", p.body);
    }

    #[test]
    fn hard_wrapped_paragraphs_are_one_line_each_but_preformatted_text_keeps_its_lines() {
        let wrapped = ARTICLE
            .replace("The harbour at Duluth closed", "The harbour at\nDuluth closed")
            .replace("Ships waiting to load grain were sent", "Ships\nwaiting to load grain\r\nwere sent");
        let p = page("<title>Storm closes harbour for a week</title>", &wrapped);
        let lines: Vec<&str> = p.body.lines().collect();
        assert_eq!(lines.len(), 3, "{}", p.body);
        assert!(lines[0].starts_with("The harbour at Duluth closed"), "{}", p.body);
        assert!(lines[1].starts_with("Ships waiting to load grain were sent"), "{}", p.body);
        assert_eq!(block_text("<p>one\ntwo</p><pre>three\nfour</pre>").trim(), "one two\n\nthree\nfour");
    }

    #[test]
    fn blocks_written_without_line_breaks_stay_apart() {
        let p = page(
            "<title>Rail strike ends</title>",
            "<article><h1>Rail strike ends</h1><p>The strike stopped all trains between Paris and Lyon</p>\
             <p>Marseille reported normal service by Tuesday.</p><p>Unions said talks would resume in June.</p></article>",
        );
        assert_eq!(
            p.body,
            "The strike stopped all trains between Paris and Lyon\nMarseille reported normal service by Tuesday.\n\
             Unions said talks would resume in June."
        );
        assert_eq!(
            block_text(
                "<table><tr><th>City</th><th>Turnout</th></tr><tr><td>Hamburg</td><td>23.4</td></tr></table>"
            )
            .split_whitespace()
            .collect::<Vec<_>>(),
            ["City", "Turnout", "Hamburg", "23.4"]
        );
    }

    #[test]
    fn a_soft_hyphen_leaves_blocks_written_without_line_breaks_apart() {
        let p = page(
            "<title>Rail strike ends</title>",
            "<article><h1>Rail strike ends</h1><p>The opposition opened the debate</p>\
             <p>Ministers were na\u{ef}ve, the report claimed.</p><p>Officials told the parlia&shy;ment nothing.</p></article>",
        );
        let lines: Vec<&str> = p.body.lines().map(|l| l.trim_end_matches('\u{ad}')).collect();
        assert_eq!(lines.len(), 3, "{}", p.body);
        assert_eq!(lines[0], "The opposition opened the debate");
        assert_eq!(lines[1], "Ministers were na\u{ef}ve, the report claimed.");
        assert_eq!(lines[2].replace('\u{ad}', ""), "Officials told the parliament nothing.");
    }

    #[test]
    fn body_leaves_out_navigation_related_and_footer() {
        let p = page("<title>Storm</title>", ARTICLE);
        assert!(p.body.contains("The harbour at Duluth closed on Monday"), "{}", p.body);
        assert!(p.body.contains("until Friday"), "{}", p.body);
        assert!(!p.body.contains("Copyright"), "{}", p.body);
        assert!(!p.body.contains("Related stories"), "{}", p.body);
    }

    #[test]
    fn meta_tags_when_there_is_no_json_ld() {
        let head = r#"<title>Storm closes harbour | Example News</title>
            <meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2026-01-12T08:30:00Z">
            <meta name="author" content="By Dana Whitfield">"#;
        let p = page(head, ARTICLE);
        assert_eq!(p.title.as_deref(), Some("Storm closes harbour for a week"));
        assert_eq!(p.byline.as_deref(), Some("Dana Whitfield"));
        assert_eq!(p.date.map(|d| d.source), Some("meta:article:published_time"));
    }

    #[test]
    fn cms_default_dates_are_ignored_and_time_tags_used() {
        let head = r#"<meta property="article:published_time" content="0001-01-01T00:00:00Z">"#;
        let body = format!("<article><time datetime=\"2026-02-03\">Feb 3</time>{ARTICLE}</article>");
        let p = page(head, &body);
        let date = p.date.unwrap();
        assert_eq!((date.date.iso().as_str(), date.source), ("2026-02-03", "time-tag"));
    }

    #[test]
    fn the_address_is_the_canonical_link_resolved_and_on_the_pages_own_site() {
        let own = Some("https://www.heise.de/news/story-1.html?from=feed");
        // A relative canonical link, resolved against the page's own address.
        assert_eq!(
            page_address(Some("/news/story-1.html"), own, None).as_deref(),
            Some("https://www.heise.de/news/story-1.html")
        );
        assert_eq!(
            page_address(Some("/news/story-1.html"), None, Some("https://heise.de/x")).as_deref(),
            Some("https://heise.de/news/story-1.html")
        );
        // A browser's note gives way to a canonical link elsewhere (an AMP copy saved).
        assert_eq!(
            page_address(Some("https://heise.de/a"), None, Some("https://amp.heise.de/a")).as_deref(),
            Some("https://heise.de/a")
        );
        // Nothing to resolve it against: no address.
        assert_eq!(page_address(Some("/news/story-1.html"), None, None), None);
        // The canonical link wins on the page's own site, with or without www or https.
        assert_eq!(
            page_address(Some("https://heise.de/news/story-1.html"), own, None).as_deref(),
            Some("https://heise.de/news/story-1.html")
        );
        // A syndicated copy's canonical link names the original: the copy's own address stays.
        let copy = Some("https://www.waz.de/politik/article1/story");
        assert_eq!(
            page_address(Some("https://www.morgenpost.de/politik/article1/story"), copy, None).as_deref(),
            copy
        );
        assert_eq!(page_address(None, copy, None).as_deref(), copy);
        assert_eq!(page_address(None, Some("/relative"), None), None);
    }

    #[test]
    fn url_dates_are_the_last_resort() {
        let head =
            r#"<link rel="canonical" href="https://example.org/news/2024/05/17/storm-closes-harbour">"#;
        let p = page(head, ARTICLE);
        let date = p.date.unwrap();
        assert_eq!((date.date.iso().as_str(), date.source), ("2024-05-17", "url"));
    }

    #[test]
    fn site_suffixes_are_removed() {
        assert_eq!(strip_site_suffix("Storm hits - BBC News", Some("BBC News"), None), "Storm hits");
        assert_eq!(strip_site_suffix("BBC News | Storm hits", Some("BBC"), None), "Storm hits");
        assert_eq!(strip_site_suffix("Left - right debate", None, None), "Left - right debate");
        assert_eq!(
            strip_site_suffix("Storm hits the coast | Site", None, Some("Storm hits the coast")),
            "Storm hits the coast"
        );
    }

    #[test]
    fn meta_titles_that_wrap_the_headline_give_the_headline() {
        // Three meta titles add a kicker and a section; the h1 and JSON-LD give the
        // headline alone.
        let decorated = "Harbour Closures: Storm closes harbour for a week - Local | Example News";
        let head = format!(
            r#"<title>{decorated}</title>
            <meta property="og:title" content="{decorated}">
            <meta name="twitter:title" content="{decorated}">
            <meta property="og:site_name" content="Example News">
            <script type="application/ld+json">
              {{"@type":"NewsArticle","headline":"Storm closes harbour for a week"}}</script>"#
        );
        let p = page(&head, ARTICLE);
        assert_eq!(p.title.as_deref(), Some("Storm closes harbour for a week"));
    }

    #[test]
    fn metadata_headlines_come_before_the_h1_unless_h1_and_og_title_agree() {
        let json_ld = r#"<script type="application/ld+json">
            {"@type":"NewsArticle","headline":"Storm shuts Duluth harbour for a week"}</script>"#;
        // JSON-LD's headline wins over an h1 that nothing else repeats.
        let p = page(json_ld, ARTICLE);
        assert_eq!(p.title.as_deref(), Some("Storm shuts Duluth harbour for a week"));
        // Without JSON-LD, og:title comes before the h1.
        let og = r#"<meta property="og:title" content="Ice storm shuts the port of Duluth">"#;
        let p = page(og, ARTICLE);
        assert_eq!(p.title.as_deref(), Some("Ice storm shuts the port of Duluth"));
        // The h1 and og:title agreeing outweigh JSON-LD's variant.
        let agreeing =
            format!(r#"{json_ld}<meta property="og:title" content="Storm closes harbour for a week">"#);
        let p = page(&agreeing, ARTICLE);
        assert_eq!(p.title.as_deref(), Some("Storm closes harbour for a week"));
        // JSON-LD's headline loses a site's name as the meta titles do.
        let suffixed = json_ld.replace("for a week", "for a week - Duluth Ledger");
        let named = r#"<meta property="og:site_name" content="Duluth Ledger">"#;
        let p = page(&format!("{suffixed}{named}"), ARTICLE);
        assert_eq!(p.title.as_deref(), Some("Storm shuts Duluth harbour for a week"));
        // A one-to-three-word og:title (a section name) is passed over.
        let p = page(r#"<meta property="og:title" content="Local news">"#, ARTICLE);
        assert_eq!(p.title.as_deref(), Some("Storm closes harbour for a week"));
        // A Japanese headline is one "word" but no section name.
        let japanese = "嵐で港が一週間閉鎖";
        let p = page(&format!(r#"<meta property="og:title" content="{japanese}">"#), ARTICLE);
        assert_eq!(p.title.as_deref(), Some(japanese));
    }

    #[test]
    fn authors_set_side_by_side_or_given_by_parts_stay_apart() {
        let spans = format!(
            r#"{ARTICLE}<div class="article-byline"><div class="origins"><span>Birgit Baumann</span>
               <span>Anna Giulia Fink</span> <span>Jan Michael Marchart</span></div></div>"#
        );
        assert_eq!(
            page("", &spans).byline.as_deref(),
            Some("Birgit Baumann, Anna Giulia Fink, Jan Michael Marchart")
        );
        // A byline written as a sentence keeps its words as they are.
        let sentence = format!(
            r#"{ARTICLE}<p class="byline">By <a href="/a/jd">Jane Doe</a> and <a>Erik Sandvik</a></p>"#
        );
        assert_eq!(page("", &sentence).byline.as_deref(), Some("Jane Doe and Erik Sandvik"));
        let parts = r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour",
            "author":[{"@type":"Person","givenName":"Birgit","familyName":"Baumann"},
                      {"@type":"Person","givenName":"Anna Giulia","familyName":"Fink"}]}</script>"#;
        assert_eq!(page(parts, ARTICLE).byline.as_deref(), Some("Birgit Baumann, Anna Giulia Fink"));
    }

    #[test]
    fn bylines_lose_a_glued_on_date_but_keep_digits_in_a_name() {
        assert_eq!(clean_byline("By Lucas Nolan22 Dec 2016651"), "Lucas Nolan");
        assert_eq!(clean_byline("GILLIAN MOHNEY March 11, 2015 3:46 PM"), "GILLIAN MOHNEY");
        assert_eq!(clean_byline("James Akinaka • 8h"), "James Akinaka");
        assert_eq!(clean_byline("BR24 Redaktion"), "BR24 Redaktion");
        assert_eq!(clean_byline("Marcel Sommer, Mar Vila"), "Marcel Sommer, Mar Vila");
        // An author page's link text.
        assert_eq!(clean_byline("View all articles written by Ana Sandoiu"), "Ana Sandoiu");
        assert_eq!(clean_byline("Posts by Jane Doe"), "Jane Doe");
        assert_eq!(clean_byline("More stories by Jane Doe"), "Jane Doe");
        assert_eq!(clean_byline("More Jones"), "More Jones");
        assert!(!looks_like_byline("j.doe@example.org"));
    }

    #[test]
    fn by_set_in_an_element_of_its_own_is_no_author() {
        for markup in [
            r#"<p class="byline"><span>By </span><span class="fn">Jane Smith</span></p>"#,
            r#"<h6 class="byline"><em class="byline__by">By</em> <a href="/a/js"><span>Jane Smith</span></a></h6>"#,
            r#"<div class="byline"><span>By:</span><span>Jane Smith</span></div>"#,
        ] {
            let html = format!("{ARTICLE}{markup}");
            assert_eq!(page("", &html).byline.as_deref(), Some("Jane Smith"), "{markup}");
        }
        let two = format!(
            r#"{ARTICLE}<p class="byline"><span>By</span><span>Jane Smith</span><span>Tom Brown</span></p>"#
        );
        assert_eq!(page("", &two).byline.as_deref(), Some("Jane Smith, Tom Brown"));
        assert_eq!(clean_byline("By: Jane Smith"), "Jane Smith");
        assert_eq!(clean_byline("By, Jane Smith"), "Jane Smith");
        assert_eq!(clean_byline("Bystander Jones"), "Bystander Jones");
    }

    #[test]
    fn a_byline_naming_the_site_gives_way_to_a_person() {
        let head = r#"<meta property="og:site_name" content="Example News">
            <meta name="author" content="Example News">"#;
        let with_person = format!(r#"{ARTICLE}<p class="byline">By Jane Doe</p>"#);
        assert_eq!(page(head, &with_person).byline.as_deref(), Some("Jane Doe"));
        // With no person named anywhere, the site is the byline; a one-word label is no person.
        let with_label = format!(r#"{ARTICLE}<p class="byline">Contact</p>"#);
        assert_eq!(page(head, &with_label).byline.as_deref(), Some("Example News"));
        // The site stated as author, then the reporter, in a script without capitals.
        let two_metas = r#"<meta property="og:site_name" content="한국일보">
            <meta name="author" content="한국일보"><meta name="author" content="신현주 기자">"#;
        assert_eq!(page(two_metas, ARTICLE).byline.as_deref(), Some("신현주 기자"));
    }

    #[test]
    fn every_author_meta_is_an_author() {
        let two = r#"<meta name="author" content="Tom Brown"><meta name="author" content="Jane Smith">"#;
        assert_eq!(page(two, ARTICLE).byline.as_deref(), Some("Tom Brown, Jane Smith"));
        let twice = r#"<meta name="author" content="Tom Brown"><meta name="author" content="TOM BROWN">"#;
        assert_eq!(page(twice, ARTICLE).byline.as_deref(), Some("Tom Brown"));
        let photo = r#"<meta name="author" content="Tom Brown"><meta itemprop="author" content="(Image: Getty Images)">"#;
        assert_eq!(page(photo, ARTICLE).byline.as_deref(), Some("Tom Brown"));
    }

    #[test]
    fn the_extractors_author_markup_is_the_last_resort() {
        let marked = ARTICLE.replace("<article>", r#"<article><div class="author">Jane Doe</div>"#);
        assert_eq!(page("", &marked).byline.as_deref(), Some("Jane Doe"));
        // A byline the page states itself comes first.
        let stated = r#"<meta name="author" content="Erik Sandvik">"#;
        assert_eq!(page(stated, &marked).byline.as_deref(), Some("Erik Sandvik"));
    }

    #[test]
    fn a_published_line_opening_the_text_dates_a_page_whose_markup_does_not() {
        let story = "<p>The council approved the budget on Tuesday night after a long debate about roads.</p>\
                     <p>More text here about the roads and the schools of the town.</p>";
        let page = |lang: &str, opening: &str| {
            let html = format!(
                "<html lang=\"{lang}\"><head><title>Council approves budget</title></head><body><article>\
                 <h1>Council approves budget</h1>{opening}{story}</article></body></html>"
            );
            let mut warnings = Vec::new();
            let p = parse(&html, &mut warnings);
            (p.date.map(|d| d.date.iso()), p.byline, warnings)
        };
        assert_eq!(page("en", "<p>Published January 22, 2026</p>").0.as_deref(), Some("2026-01-22"));
        let (date, byline, _) = page("en", "<p>Posted on <time>January 22, 2026</time> by Derek Lutz</p>");
        assert_eq!((date.as_deref(), byline.as_deref()), (Some("2026-01-22"), Some("Derek Lutz")));
        // A date in figures that reads two ways takes the page's language, or is said.
        assert_eq!(page("en-US", "<p>Updated 08/12/2025</p>").0.as_deref(), Some("2025-08-12"));
        let (date, _, warnings) = page("en", "<p>Updated 08/12/2025</p>");
        assert_eq!(date, None);
        assert_eq!(warnings, ["date 08/12/2025 reads as 12 August or 8 December: left undated"]);
        // A date in a sentence is the text's.
        assert_eq!(page("en", "<p>Published January 22, 2026, the report found more.</p>").0, None);
    }

    #[test]
    fn commenters_and_initials_are_no_byline() {
        let comments = format!(
            r#"{ARTICLE}<section id="comments"><div class="comment"><div class="byline">Walter Frost</div>
            <p>I was there that week and the ice was worse than reported.</p></div></section>"#
        );
        assert_eq!(page("", &comments).byline, None);
        let avatar = format!(r#"{ARTICLE}<div class="byline">J J</div>"#);
        assert_eq!(page("", &avatar).byline, None);
        let initial = format!(r#"{ARTICLE}<div class="byline">J. Doe</div>"#);
        assert_eq!(page("", &initial).byline.as_deref(), Some("J. Doe"));
    }

    #[test]
    fn a_fact_checks_claim_review_gives_author_and_date() {
        let head = r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{
            "@type":"ClaimReview","datePublished":"2026-05-13 15:44",
            "itemReviewed":{"@type":"Claim","datePublished":"2026-05-07",
                "author":{"@type":"Person","name":"Rex Claimant"}},
            "author":{"@type":"Organization","name":"Example Fact Check"}}]}</script>"#;
        let p = page(head, ARTICLE);
        assert_eq!(p.byline.as_deref(), Some("Example Fact Check"));
        assert_eq!(p.date.map(|d| d.date.to_string()).as_deref(), Some("2026-05-13T15:44:00"));
    }

    #[test]
    fn the_twitter_cards_written_by_is_a_byline() {
        let yoast = r#"<meta name="twitter:label1" content="Est. reading time">
            <meta name="twitter:data1" content="3 minutes">
            <meta name="twitter:label2" content="Verfasst von">
            <meta name="twitter:data2" content="Anna Sleegers">"#;
        assert_eq!(page(yoast, ARTICLE).byline.as_deref(), Some("Anna Sleegers"));
        let misc = r#"<meta name="twitter:misc:Written by" content="Dieter Kuckelkorn">"#;
        assert_eq!(page(misc, ARTICLE).byline.as_deref(), Some("Dieter Kuckelkorn"));
        // Another label's data is no byline.
        let reading_time = r#"<meta name="twitter:label1" content="Est. reading time">
            <meta name="twitter:data1" content="3 minutes">"#;
        assert_eq!(page(reading_time, ARTICLE).byline, None);
        // An author page's link title loses its "Posts by".
        let rel = format!(r#"{ARTICLE}<a rel="author" href="/author/jd">Posts by Jane Doe</a>"#);
        assert_eq!(page("", &rel).byline.as_deref(), Some("Jane Doe"));
    }

    #[test]
    fn json_ld_in_a_cdata_section_or_comment_is_read() {
        for (before, after) in
            [("<![CDATA[", "]]>"), ("//<![CDATA[", "//]]>"), ("/*<![CDATA[*/", "/*]]>*/"), ("<!--", "-->")]
        {
            let head = format!(
                r#"<script type="application/ld+json">
                {before}
                {{"@type":"Article","headline":"Storm shuts Duluth harbour for a week","datePublished":"2018-04-05T06:00"}}
                {after}</script>"#
            );
            let p = page(&head, ARTICLE);
            assert_eq!(p.title.as_deref(), Some("Storm shuts Duluth harbour for a week"), "{before}");
            assert_eq!(p.date.map(|d| d.date.iso()).as_deref(), Some("2018-04-05T06:00:00"), "{before}");
        }
    }

    #[test]
    fn markup_left_as_text_is_no_body() {
        assert!(is_a_tag(r#"<iframe src="https://example.org/ns.html" height="0"></iframe>"#));
        assert!(is_a_tag("<!-- ad slot -->"));
        assert!(!is_a_tag("<3 for the winners, said the fan >"));
        assert!(!is_a_tag("The rate rose <2% this year>"));
        let noscript = r#"<noscript><iframe src="https://www.example.org/ns.html?id=GTM" height="0" width="0"></iframe></noscript>"#;
        let mut warnings = Vec::new();
        let p = parse(
            &format!(
                "<html><head><title>Storm closes harbour for a week</title></head><body>{noscript}</body></html>"
            ),
            &mut warnings,
        );
        assert_eq!(p.body, "");
        assert_eq!(warnings, [NO_ARTICLE_TEXT]);
    }

    #[test]
    fn a_short_h1_or_a_word_inside_another_does_not_swallow_the_title() {
        assert!(decorates("Storm closes harbour for a week | Local", "Storm closes harbour for a"));
        assert!(!decorates("Storm closes harbours for a week", "Storm closes harbour for a"));
        assert!(!decorates("Storm closes harbour for a week - World", "World"));
        assert!(!decorates("Storm closes harbour for a week", "Storm closes harbour for a week"));
    }

    #[test]
    fn elements_nested_deeper_than_a_browser_builds_are_read_as_text() {
        // Unclosed tags nest each in the one before (tests/integration/bad_input.rs
        // ingests a page 20,000 deep, which overflowed the article extractor's stack).
        let html = format!(
            "<html><head><title>Harbour closed by storm</title>\
             <script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"Storm & ice close the harbour\"}}</script>\
             </head><body><article><p>The harbour at Duluth closed on Monday after a storm pushed ice onto the piers.</p>\
             {}<p>Officials said it would reopen within a week, once the ice had been cleared away.</p></article></body></html>",
            "<div><b>".repeat(1_000)
        );
        let mut warnings = Vec::new();
        let p = parse(&html, &mut warnings);
        assert_eq!(p.title.as_deref(), Some("Storm & ice close the harbour"));
        assert!(p.body.contains("after a storm pushed ice"), "{}", p.body);
        assert!(p.body.contains("\nOfficials said it would reopen within a week"), "{}", p.body);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].starts_with("elements nested 2004 deep"), "{warnings:?}");
        // The flattened page nests no deeper than the limit, keeps its head and scripts.
        let flat = Html::parse_document(&without_body_tags(&html, 0));
        assert!(nesting_depth(&flat) <= 4);
        assert!(flat.root_element().html().contains("<title>Harbour closed by storm</title>"));
        // Tens of thousands deep: the tags go before the page is parsed, the text stays.
        let deep = format!(
            "<html><head><title>Deep</title><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"Deep <div> page\"}}</script>\
             </head><body>{}<p>The text at the bottom, said Anna Berg.</p><!-- <div> --></body></html>",
            "<div>".repeat(MAX_MARKUP_NESTING + 1)
        );
        assert!(markup_nesting(&deep).0 > MAX_MARKUP_NESTING);
        let mut warnings = Vec::new();
        let p = parse(&deep, &mut warnings);
        assert_eq!(p.title.as_deref(), Some("Deep <div> page"));
        assert_eq!(p.body, "The text at the bottom, said Anna Berg.");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        // Tags left open by habit, void and self-closing tags count for nothing.
        assert_eq!(markup_nesting("<div><p>a<p>b<br><img src=x /><li>c</div><div><b>d</b></div>"), (2, 8));
        // Elements by the hundred thousand, however shallow: read as text, not as written.
        let wide = format!(
            "<html><head><title>Wide page</title></head><body><p>Harbour news, said Anna Berg.</p>{}</body></html>",
            "<div>x</div>".repeat(MAX_ELEMENTS)
        );
        let mut warnings = Vec::new();
        let p = parse(&wide, &mut warnings);
        assert_eq!(p.title.as_deref(), Some("Wide page"));
        assert!(p.body.starts_with("Harbour news, said Anna Berg."), "{}", &p.body[..100]);
        assert!(warnings[0].starts_with("60005 elements (no news page has 60000"), "{warnings:?}");
        // Posts each in an unclosed <font>, thousands deep: every one is kept.
        let posts: String = (0..2000)
            .map(|n| format!("<font color=red>Post {n} about the harbour, said Anna Berg.<br>"))
            .collect();
        let p = parse(
            &format!("<html><head><title>Old forum</title></head><body>{posts}</body></html>"),
            &mut Vec::new(),
        );
        for n in [0, 1, 508, 1999] {
            assert!(p.body.contains(&format!("Post {n} about")), "post {n}: {}", &p.body[..200]);
        }
        // An ordinary page is not touched.
        let mut warnings = Vec::new();
        parse(&format!("<html><body>{ARTICLE}</body></html>"), &mut warnings);
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn a_page_without_text_is_empty_not_an_error() {
        let mut warnings = Vec::new();
        let p = parse("<html><head><title>Nothing</title></head><body></body></html>", &mut warnings);
        assert_eq!(p.title.as_deref(), Some("Nothing"));
        assert!(p.body.is_empty());
    }
}
