//! SGML news collections: Reuters-21578 (`<REUTERS>` records) and TREC (`<DOC>` records).
//!
//! The files are SGML, not XML: they hold control-character references such as `&#2;`,
//! escaped tickers with a bare `>` (`&lt;TWA>`), and stray `<`. So this is a lenient
//! hand-written scanner, one linear pass over the text: `<` is found with `str::find`
//! (memchr), anything that is not `<name ...>` or `</name>` is text, and records are
//! cut at their start and end tags. Text before the first record (`<!DOCTYPE ...>`) is
//! ignored. The dialect is the name of the first record tag in the file.
//!
//! **Reuters-21578.** `id` is the `NEWID` attribute, the title `<TITLE>`, the byline
//! `<AUTHOR>` without `By ` and `, Reuters`, the date `<DATE>` (`26-FEB-1987 15:01:01.79`,
//! fraction and trailing noise dropped), and `tags` the codes of `<TOPICS>`, `<PLACES>`,
//! `<PEOPLE>`, `<ORGS>` and `<EXCHANGES>`, in that order. The body is the
//! text of `<TEXT>` without its `<TITLE>`, `<AUTHOR>` and `<DATELINE>` (`SALVADOR, Feb 26 -`)
//! and without the closing `Reuter` signature; text the markup left outside `<BODY>` is
//! kept, and so is a "dateline" that is really a table row cut off a body. A
//! `<TEXT TYPE="UNPROC">` record has no sub-tags: its first line (when short) is the
//! headline and the rest is the body. A
//! `<TEXT TYPE="BRIEF">` record is a headline only (its text is `Blah blah blah.`): the
//! body stays empty.
//!
//! **TREC.** `id` is `<DOCNO>`, the date `<DATE>`, `<DATE_TIME>`, `<DATE1>` or `<DD>`
//! (ISO, `19980102`, `910514`, `01/02/1998 12:34:00`, `03/24/87`, `January 2, 1998`,
//! ...; a two-digit year is in this century unless that is to come), the title
//! `<HEADLINE>`, `<HL>`, `<TITLE>`, `<HEAD>` or `<TI>`, the byline `<BYLINE>` or `<AUTHOR>`, and the
//! body `<LP>` and `<TEXT>` with every tag stripped.
//!
//! **Text.** Entities `&lt;` `&gt;` `&amp;` `&quot;` `&apos;`, a few SGML ones (`&hyph;`,
//! `&blank;`, ...) and `&#NN;`/`&#xHH;` are decoded. Control characters, as references or
//! raw, are dropped and leave a word break: in the data they stand where a space or letter
//! was lost (`500 mln dlr&#127;untied loan` reads `dlr untied`). Lines
//! hard-wrapped at 70 columns are joined into paragraphs, and a paragraph ends at a blank
//! line, at a line that starts indented (Reuters' and AP's 4-space paragraph indent,
//! and each row of a table), and at `<P>`. Inside `<P>` paragraphs indentation means
//! nothing. Paragraphs are separated by one newline.
//!
//! **Bad input.** A record cut off (no end tag before the next record or the end of the
//! file) is kept if it has a title or text, with a warning; a record with neither is
//! skipped with a warning. No input makes this panic.

use chrono::{Datelike, NaiveDate, NaiveTime};

use super::{FoundDate, Parsed};
use crate::dates::{PublishedDate, parse_published};

/// The `source` of every date found here.
const DATE_SOURCE: &str = "sgml:date";
/// Earliest year accepted from this module's own date formats (as in `crate::dates`).
const MIN_YEAR: i32 = 1700;
/// Latest year accepted from this module's own date formats.
const MAX_YEAR: i32 = 2200;
/// Longest attribute list read in a start tag; a `<` followed by more is text.
const MAX_ATTRS: usize = 1024;
/// How far back a close tag looks for its open element (bounds unclosed `<D>` chains).
const MAX_CLOSE_LOOKBACK: usize = 256;

/// Parses an SGML collection into its articles, one per `<REUTERS>` or `<DOC>` record.
///
/// Records cut off or without any text are reported in `warnings`, each naming the record's
/// id (its `NEWID` or `DOCNO`, else its position in the file).
pub fn parse(text: &str, warnings: &mut Vec<String>) -> Vec<Parsed> {
    let mut articles = Vec::new();
    let mut dialect: Option<Dialect> = None;
    let mut open: Option<OpenRecord<'_>> = None;
    let mut elements: Vec<Element<'_>> = Vec::new();
    let mut ordinal = 0;

    for tag in Tags::new(text) {
        let is_record = match dialect {
            Some(d) => tag.name.eq_ignore_ascii_case(d.tag()),
            None if tag.close => false,
            None => {
                dialect = Dialect::of(tag.name);
                dialect.is_some()
            }
        };
        if is_record {
            if let Some(record) = open.take() {
                let end = Bounds { end: tag.start, closed: tag.close };
                finish(text, &record, &elements, end, &mut articles, warnings);
                elements.clear();
            }
            if !tag.close {
                ordinal += 1;
                open = Some(OpenRecord {
                    dialect: dialect.unwrap_or(Dialect::Reuters),
                    attrs: tag.attrs,
                    ordinal,
                });
            }
            continue;
        }
        if open.is_none() {
            continue;
        }
        if let Some(last) = elements.last_mut()
            && last.next_tag.is_none()
        {
            last.next_tag = Some(tag.start);
        }
        if tag.close {
            let found = elements
                .iter_mut()
                .rev()
                .take(MAX_CLOSE_LOOKBACK)
                .find(|e| e.end.is_none() && e.name.eq_ignore_ascii_case(tag.name));
            if let Some(element) = found {
                element.end = Some(tag.start);
                element.close_end = Some(tag.end);
            }
        } else if !matches!(effect(tag.name), Effect::Paragraph) {
            // Paragraph tags (`<P>`, `<BR>`) are left to the text renderer.
            elements.push(Element {
                name: tag.name,
                attrs: tag.attrs,
                open_start: tag.start,
                start: tag.end,
                end: None,
                close_end: None,
                next_tag: None,
            });
        }
    }
    if let Some(record) = open {
        let end = Bounds { end: text.len(), closed: false };
        finish(text, &record, &elements, end, &mut articles, warnings);
    }
    articles
}

/// The two kinds of collection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dialect {
    /// Reuters-21578: `<REUTERS NEWID="1">`.
    Reuters,
    /// TREC: `<DOC>` with `<DOCNO>`.
    Trec,
}

impl Dialect {
    /// The dialect a record tag starts, if it is one.
    fn of(name: &str) -> Option<Dialect> {
        if name.eq_ignore_ascii_case("REUTERS") {
            Some(Dialect::Reuters)
        } else if name.eq_ignore_ascii_case("DOC") {
            Some(Dialect::Trec)
        } else {
            None
        }
    }

    /// The record tag's name.
    fn tag(self) -> &'static str {
        match self {
            Dialect::Reuters => "REUTERS",
            Dialect::Trec => "DOC",
        }
    }
}

/// A record whose start tag has been seen.
struct OpenRecord<'a> {
    /// Its dialect.
    dialect: Dialect,
    /// The start tag's attributes (`TOPICS="YES" ... NEWID="1"`).
    attrs: &'a str,
    /// 1-based position of the record in the file.
    ordinal: usize,
}

/// Where a record's content ends.
#[derive(Clone, Copy)]
struct Bounds {
    /// Byte offset of the end tag, of the next record's start tag, or of the end of text.
    end: usize,
    /// Whether the record had its own end tag.
    closed: bool,
}

/// An element inside a record, in the order of its start tag.
#[derive(Debug)]
struct Element<'a> {
    /// Tag name as written.
    name: &'a str,
    /// Start tag attributes.
    attrs: &'a str,
    /// Offset of the start tag's `<`.
    open_start: usize,
    /// Offset just after the start tag (the content starts here).
    start: usize,
    /// Offset of the end tag's `<`, once seen.
    end: Option<usize>,
    /// Offset just after the end tag, once seen.
    close_end: Option<usize>,
    /// Offset of the first tag after the start tag.
    next_tag: Option<usize>,
}

impl Element<'_> {
    /// Content range of an element holding text only: an unclosed one stops at the next tag.
    fn leaf(&self, record_end: usize) -> (usize, usize) {
        let end = self.end.or(self.next_tag).unwrap_or(record_end).min(record_end);
        (self.start, end.max(self.start))
    }

    /// Content range of an element holding other elements: an unclosed one runs to the end
    /// of the record.
    fn container(&self, record_end: usize) -> (usize, usize) {
        let end = self.end.unwrap_or(record_end).min(record_end);
        (self.start, end.max(self.start))
    }
}

/// Builds the article of one record (or warns and skips it).
fn finish(
    text: &str,
    record: &OpenRecord<'_>,
    elements: &[Element<'_>],
    bounds: Bounds,
    articles: &mut Vec<Parsed>,
    warnings: &mut Vec<String>,
) {
    let mut parsed = match record.dialect {
        Dialect::Reuters => reuters(text, record, elements, bounds.end, warnings),
        Dialect::Trec => trec(text, record, elements, bounds.end, warnings),
    };
    let id = parsed.id.get_or_insert_with(|| record.ordinal.to_string()).clone();
    let tag = record.dialect.tag();
    let has_text = parsed.title.is_some() || !parsed.body.is_empty();
    match (has_text, bounds.closed) {
        (true, true) => {}
        (true, false) => {
            warnings.push(format!("article {id}: unclosed <{tag}> record; salvaged what was there"));
        }
        (false, closed) => {
            let unclosed = if closed { String::new() } else { format!(" (unclosed <{tag}> record)") };
            warnings.push(format!("article {id}: no headline or text{unclosed}; skipped"));
            return;
        }
    }
    articles.push(parsed);
}

/// The first element named `name` (case-insensitive).
fn first<'e, 'a>(elements: &'e [Element<'a>], name: &str) -> Option<&'e Element<'a>> {
    elements.iter().find(|e| e.name.eq_ignore_ascii_case(name))
}

/// A Reuters-21578 `<REUTERS>` record.
fn reuters(
    text: &str,
    record: &OpenRecord<'_>,
    elements: &[Element<'_>],
    end: usize,
    warnings: &mut Vec<String>,
) -> Parsed {
    let leaf = |e: &Element<'_>| {
        let (s, t) = e.leaf(end);
        &text[s..t]
    };
    let id = attr(record.attrs, "NEWID").map(str::trim).filter(|v| !v.is_empty()).map(str::to_string);
    let label = id.clone().unwrap_or_else(|| record.ordinal.to_string());
    let mut parsed = Parsed { id, ..Parsed::default() };

    parsed.title = first(elements, "TITLE").map(|e| inline_text(leaf(e))).filter(|t| !t.is_empty());
    parsed.byline = first(elements, "AUTHOR").and_then(|e| byline(leaf(e)));
    // A real dateline is kept out of the body (below) but not lost: its place is named.
    parsed.dateline = first(elements, "DATELINE")
        .map(&leaf)
        .and_then(|d| dateline_end(d).map(|len| &d[..len]))
        .map(inline_text)
        .filter(|d| !d.is_empty());
    parsed.date = first(elements, "DATE").and_then(|e| found_date(leaf(e), &label, warnings));
    // The collection's subject codes, each list in its order: `tag:opec` finds what its
    // editors filed under OPEC, whether or not the text names it.
    for list in ["TOPICS", "PLACES", "PEOPLE", "ORGS", "EXCHANGES"] {
        let Some(codes) = first(elements, list) else { continue };
        let (from, to) = codes.container(end);
        for code in
            elements.iter().filter(|e| e.name.eq_ignore_ascii_case("D") && (from..to).contains(&e.open_start))
        {
            let code = inline_text(leaf(code));
            if !code.is_empty() && !parsed.tags.contains(&code) {
                parsed.tags.push(code);
            }
        }
    }

    let Some(body_el) = first(elements, "TEXT").or_else(|| first(elements, "BODY")) else {
        return parsed;
    };
    let kind = attr(body_el.attrs, "TYPE").unwrap_or("");
    if kind.eq_ignore_ascii_case("BRIEF") {
        return parsed;
    }
    let (from, to) = body_el.container(end);
    let mut out = TextBuilder::new(true);
    let mut pos = from;
    for e in elements.iter().filter(|e| (from..to).contains(&e.open_start)) {
        let is_dateline_el = e.name.eq_ignore_ascii_case("DATELINE");
        // The article text a dateline runs into ("WASHINGTON, April 9 - The World Bank
        // said it approved a 70-"), read from where the dateline ends.
        let dateline_text_at =
            if is_dateline_el { dateline_end(leaf(e)).map(|len| e.start + len) } else { None };
        let skip = e.name.eq_ignore_ascii_case("TITLE")
            || e.name.eq_ignore_ascii_case("AUTHOR")
            || dateline_text_at.is_some();
        if !skip || e.open_start < pos {
            continue;
        }
        out.feed_markup(&text[pos..e.open_start]);
        pos = e.close_end.unwrap_or_else(|| e.leaf(end).1).clamp(pos, to);
        out.word_break();
        if let Some(at) = dateline_text_at {
            let (_, leaf_end) = e.leaf(end);
            let rest = &text[at.min(leaf_end)..leaf_end];
            if !rest.trim().is_empty() {
                out.feed_markup(rest);
                // A word the dateline cuts at its hyphen goes on in the body:
                // "a 70-</DATELINE><BODY>mln-dlr, 20-year loan" is "a 70-mln-dlr".
                let after = &text[pos..to];
                if rest.ends_with('-') && after.len() >= 6 && after[..6].eq_ignore_ascii_case("<BODY>") {
                    pos += 6;
                }
            }
        }
    }
    out.feed_markup(&text[pos..to]);
    parsed.body = strip_signature(out.finish());
    // An unprocessed record's first line is its headline ("FEDERAL RESERVE WEEKLY REPORT").
    if kind.eq_ignore_ascii_case("UNPROC") && parsed.title.is_none() {
        let (first_line, rest) = parsed.body.split_once('\n').unwrap_or((parsed.body.as_str(), ""));
        if (1..=100).contains(&first_line.chars().count()) {
            let (title, rest) = (first_line.to_string(), rest.to_string());
            parsed.title = Some(title);
            parsed.body = rest;
        } else {
            parsed.title = headline_before_dateline(first_line);
        }
    }
    parsed
}

/// The headline an unprocessed wire record runs into its dateline and text, as the words
/// in capitals before the dateline's city: "SHULTZ SAYS U.S. ECONOMY IS STRONG LONDON, Oct
/// 20 - U.S. Secretary of State ..." → "SHULTZ SAYS U.S. ECONOMY IS STRONG". `None` when
/// the capitals end in no dateline (a table of prices), or leave fewer than three words.
fn headline_before_dateline(line: &str) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let capitals = words.iter().take_while(|w| !w.chars().any(char::is_lowercase)).count();
    // The dateline: "CITY, Mon" with the month the first word in lower case.
    let month = words.get(capitals)?.trim_end_matches('.');
    let city_end = capitals.checked_sub(1)?;
    let is_month = crate::entities::lexicon::is_month(&month.to_ascii_lowercase());
    if !words[city_end].ends_with(',') || !is_month {
        return None;
    }
    // The city is one to three words ("NEW YORK,"): the longest a gazetteer knows, else one.
    let city_words = (1..=3)
        .rev()
        .filter(|&n| n <= city_end)
        .find(|&n| {
            let city = words[city_end + 1 - n..=city_end].join(" ");
            crate::entities::lexicon::place(city.trim_end_matches(',')).is_some()
        })
        .unwrap_or(1);
    let headline = &words[..=city_end - city_words];
    let text = headline.join(" ");
    (headline.len() >= 3 && text.chars().count() <= 100).then_some(text)
}

/// A TREC `<DOC>` record.
fn trec(
    text: &str,
    record: &OpenRecord<'_>,
    elements: &[Element<'_>],
    end: usize,
    warnings: &mut Vec<String>,
) -> Parsed {
    let leaf = |e: &Element<'_>| {
        let (s, t) = e.leaf(end);
        &text[s..t]
    };
    // Fields such as <HEADLINE> may hold <P> paragraphs, so read them as containers.
    let content = |e: &Element<'_>| {
        let (s, t) = e.container(end);
        &text[s..t]
    };
    let field = |names: &[&str]| {
        elements
            .iter()
            .filter(|e| names.iter().any(|n| e.name.eq_ignore_ascii_case(n)))
            .map(|e| inline_text(content(e)))
            .find(|t| !t.is_empty())
    };
    let id = first(elements, "DOCNO").or_else(|| first(elements, "DOCID")).map(|e| inline_text(leaf(e)));
    let id = id.filter(|v| !v.is_empty());
    let label = id.clone().unwrap_or_else(|| record.ordinal.to_string());
    let mut parsed = Parsed { id, ..Parsed::default() };
    parsed.title = field(&["HEADLINE", "HL", "TITLE", "HEAD", "TI"]);
    parsed.byline = field(&["BYLINE", "AUTHOR"]).and_then(|b| byline(&b));

    let dates: Vec<&Element<'_>> = elements
        .iter()
        .filter(|e| ["DATE", "DATE_TIME", "DATE1", "DD"].iter().any(|n| e.name.eq_ignore_ascii_case(n)))
        .collect();
    parsed.date = match dates.iter().find_map(|e| parse_date(content(e))) {
        Some(date) => Some(FoundDate { date, source: DATE_SOURCE }),
        // None of them is a date: warn about the first.
        None => dates.first().and_then(|e| found_date(content(e), &label, warnings)),
    };

    let mut out = TextBuilder::new(true);
    for e in
        elements.iter().filter(|e| e.name.eq_ignore_ascii_case("TEXT") || e.name.eq_ignore_ascii_case("LP"))
    {
        let body = content(e);
        out.indent_breaks = !has_paragraph_tags(body);
        out.paragraph_break();
        out.feed_markup(body);
    }
    parsed.body = out.finish();
    parsed
}

/// Whether a Reuters `<DATELINE>` is a real one (`SALVADOR, Feb 26 - `) and not table text
/// the markup mistook for one (` MAR8  --     --`, `r   11330.00 - 11390.00 kuwait ... -`).
fn is_dateline(raw: &str) -> bool {
    let s = raw.trim();
    let Some(place) = s.strip_suffix('-') else { return false };
    let place = place.trim_end();
    !place.is_empty()
        && !place.ends_with('-')
        && place.len() <= 80
        && !place.contains("  ")
        && place.bytes().any(|b| b.is_ascii_alphabetic())
}

/// How much of a Reuters `<DATELINE>` is the dateline (its length in bytes, through its
/// " -"), or `None` when none of it is one. Some of the collection's datelines run on
/// into the article's first words, cut where the markup's line ended: "WASHINGTON,
/// April 9 - The World Bank said it approved a 70-" is the dateline "WASHINGTON, April 9
/// -" and then text of the body, which was lost with it. The dateline ends at the first
/// " - " after its date ("April 9", "March 11, Reuter", "CHICAGO, April"); a place
/// written with a dash before its date ("KANSAS CITY, Mo. - March 13 - ") is whole.
fn dateline_end(raw: &str) -> Option<usize> {
    if !is_dateline(raw) {
        return None;
    }
    // Each " -" that ends a word of its own, at the end too ("ROCKVILLE, Md, - March 6 -\n").
    let dashes: Vec<usize> = raw
        .match_indices(" -")
        .map(|(i, _)| i + 2)
        .filter(|&end| raw[end..].chars().next().is_none_or(char::is_whitespace))
        .collect();
    let after_a_date = |&end: &usize| {
        let last_word = raw[..end - 2].split_whitespace().next_back().unwrap_or("");
        let last_word = last_word.trim_end_matches([',', '.']);
        last_word.bytes().any(|b| b.is_ascii_digit())
            || last_word.eq_ignore_ascii_case("Reuter")
            || is_english_month(last_word)
    };
    let end = dashes.iter().copied().find(after_a_date).or(dashes.first().copied());
    match end {
        Some(end) if is_dateline(&raw[..end]) && !raw[end..].trim().is_empty() => Some(end),
        _ => Some(raw.len()),
    }
}

/// Whether `word` is an English month's name or its abbreviation ("April", "Apr", "SEPT").
fn is_english_month(word: &str) -> bool {
    crate::entities::lexicon::is_month(&word.to_ascii_lowercase())
}

/// Removes the wire signature closing a Reuters body: last lines `Reuter`, `REUTER`,
/// `Reuter...` (some bodies have two), or a last word `REUTER` on the last line
/// (`... of an ounce. REUTER`).
fn strip_signature(mut body: String) -> String {
    for _ in 0..3 {
        let line_start = body.rfind('\n').map_or(0, |i| i + 1);
        if !is_signature(&body[line_start..]) {
            break;
        }
        body.truncate(line_start.saturating_sub(1));
    }
    let line_start = body.rfind('\n').map_or(0, |i| i + 1);
    if let Some(space) = body[line_start..].rfind(' ').map(|i| line_start + i) {
        let word = &body[space + 1..];
        let after_sentence = body[..space].ends_with(['.', ')', '"', '\'', '!', '?']);
        if word.starts_with("REUTER") && is_signature(word)
            || after_sentence && is_signature(word) && !word.ends_with('.')
        {
            body.truncate(space);
        }
    }
    body
}

/// `Reuter`, `REUTERS`, `Reuter...`, `REUTER^M` (the data holds a literal `^M`).
fn is_signature(word: &str) -> bool {
    let w = word.trim();
    let w = w.strip_suffix("^M").unwrap_or(w).trim_end_matches('.');
    w.eq_ignore_ascii_case("reuter") || w.eq_ignore_ascii_case("reuters")
}

/// A byline as [`tidy_byline`](super::tidy_byline) writes it: without `By ` and a trailing
/// `, Reuters` (`By WALKER SIMON, REUTERS` is "Walker Simon").
fn byline(raw: &str) -> Option<String> {
    let name = super::tidy_byline(&inline_text(raw));
    (!name.is_empty()).then_some(name)
}

/// The date in a `<DATE>`-like element, or a warning naming the article when it has text
/// that is not a date.
fn found_date(raw: &str, label: &str, warnings: &mut Vec<String>) -> Option<FoundDate> {
    if let Some(date) = parse_date(raw) {
        return Some(FoundDate { date, source: DATE_SOURCE });
    }
    let shown = inline_text(raw);
    if !shown.is_empty() {
        let shown: String = shown.chars().take(60).collect();
        warnings.push(format!("article {label}: date {shown:?} not understood; left undated"));
    }
    None
}

/// Reads a date as Reuters and TREC write them.
fn parse_date(raw: &str) -> Option<PublishedDate> {
    let s = inline_text(raw);
    if s.is_empty() {
        return None;
    }
    reuters_date(&s).or_else(|| parse_published(&s)).or_else(|| numeric_date(&s)).or_else(|| prefix_date(&s))
}

/// `26-FEB-1987 15:01:01.79` (also ` 1-MAR-1987`, trailing noise such as `.13RM`).
fn reuters_date(s: &str) -> Option<PublishedDate> {
    let mut words = s.split_whitespace();
    let day = NaiveDate::parse_from_str(words.next()?, "%d-%b-%Y").ok()?;
    with_time(day, words.next())
}

/// `19980102` and `01/02/1998`, and with a two-digit year (the Wall Street Journal's
/// `<DD> 03/24/87`, the Financial Times's `<DATE>910514`), each optionally followed by
/// `12:34:00` or `12:34`.
fn numeric_date(s: &str) -> Option<PublishedDate> {
    let mut words = s.split_whitespace();
    let first = words.next()?;
    let number = |d: &str| if d.bytes().all(|b| b.is_ascii_digit()) { d.parse::<u32>().ok() } else { None };
    let year = |y: &str| match y.len() {
        4 => i32::try_from(number(y)?).ok(),
        2 => Some(full_year(i32::try_from(number(y)?).ok()?)),
        _ => None,
    };
    let all_digits = first.bytes().all(|b| b.is_ascii_digit());
    let day = if all_digits && (first.len() == 8 || first.len() == 6) {
        let (y, rest) = first.split_at(first.len() - 4);
        NaiveDate::from_ymd_opt(year(y)?, number(&rest[..2])?, number(&rest[2..])?)?
    } else {
        let mut parts = first.split('/');
        let (m, d, y) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        NaiveDate::from_ymd_opt(year(y)?, number(m)?, number(d)?)?
    };
    with_time(day, words.next())
}

/// A two-digit year in this century, unless that is still to come: then in the last
/// (`87` is 1987, `05` is 2005).
fn full_year(two_digits: i32) -> i32 {
    let this_year = chrono::Utc::now().year();
    let this_century = this_year - this_year % 100 + two_digits;
    if this_century > this_year { this_century - 100 } else { this_century }
}

/// A date followed by other words: `January 1, 1989, Sunday, Home Edition` (LA Times),
/// `1998-01-02 Friday`.
fn prefix_date(s: &str) -> Option<PublishedDate> {
    let cuts = s.match_indices(',').map(|(i, _)| i).take(4);
    let word = s.find(char::is_whitespace);
    cuts.chain(word).find_map(|cut| parse_published(&s[..cut]))
}

/// A day with the time of day in `word` (`15:01:01.79` → 15:01:01), if it has one.
fn with_time(day: NaiveDate, word: Option<&str>) -> Option<PublishedDate> {
    if !(MIN_YEAR..=MAX_YEAR).contains(&day.year()) {
        return None;
    }
    let time = word.and_then(|w| {
        let end = w.find(|c: char| !(c.is_ascii_digit() || c == ':')).unwrap_or(w.len());
        let t = &w[..end];
        NaiveTime::parse_from_str(t, "%H:%M:%S").or_else(|_| NaiveTime::parse_from_str(t, "%H:%M")).ok()
    });
    Some(match time {
        Some(time) => PublishedDate { local: day.and_time(time), offset: None, has_time: true },
        None => PublishedDate::day(day),
    })
}

/// Reads an attribute value (`NEWID="1"`, `TYPE=BRIEF`) from a start tag's attributes.
fn attr<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = attrs;
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            return None;
        }
        let key_end = rest.find(|c: char| c == '=' || c.is_whitespace()).unwrap_or(rest.len());
        let key = &rest[..key_end];
        rest = rest[key_end..].trim_start();
        let mut value = "";
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            if let Some(quote) = after.chars().next().filter(|c| matches!(c, '"' | '\'')) {
                let inner = &after[1..];
                let close = inner.find(quote).unwrap_or(inner.len());
                value = &inner[..close];
                rest = inner.get(close + 1..).unwrap_or("");
            } else {
                let close = after.find(char::is_whitespace).unwrap_or(after.len());
                value = &after[..close];
                rest = &after[close..];
            }
        }
        if key.eq_ignore_ascii_case(name) {
            return Some(value);
        }
    }
}

/// One tag found in the text.
#[derive(Debug, Clone, Copy)]
struct Tag<'a> {
    /// Name as written (`REUTERS`, `p`).
    name: &'a str,
    /// `</name>`.
    close: bool,
    /// Everything between the name and `>`.
    attrs: &'a str,
    /// Offset of `<`.
    start: usize,
    /// Offset just after `>`.
    end: usize,
}

/// The tags of a text, in order. A `<` that does not start `<name>`, `<name attrs>` or
/// `</name>` is text (`a < b`, `<<`, `<!DOCTYPE`).
struct Tags<'a> {
    /// The text scanned.
    text: &'a str,
    /// Where to look for the next `<`.
    pos: usize,
}

impl<'a> Tags<'a> {
    /// Scans `text` from the start.
    fn new(text: &'a str) -> Tags<'a> {
        Tags { text, pos: 0 }
    }
}

impl<'a> Iterator for Tags<'a> {
    type Item = Tag<'a>;

    fn next(&mut self) -> Option<Tag<'a>> {
        loop {
            let start = self.pos + self.text.get(self.pos..)?.find('<')?;
            self.pos = start + 1;
            if let Some(tag) = tag_at(self.text, start) {
                self.pos = tag.end;
                return Some(tag);
            }
        }
    }
}

/// The tag starting at `start` (a `<`), if there is one.
fn tag_at(text: &str, start: usize) -> Option<Tag<'_>> {
    let b = text.as_bytes();
    let mut i = start + 1;
    let close = b.get(i) == Some(&b'/');
    if close {
        i += 1;
    }
    let name_start = i;
    if !b.get(i)?.is_ascii_alphabetic() {
        return None;
    }
    while b.get(i).is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.' | b':')) {
        i += 1;
    }
    // All bytes so far are ASCII, so these are char boundaries.
    let name = &text[name_start..i];
    match *b.get(i)? {
        b'>' => Some(Tag { name, close, attrs: "", start, end: i + 1 }),
        c if c.is_ascii_whitespace() => {
            let window = &b[i..b.len().min(i + MAX_ATTRS)];
            let stop = window.iter().position(|&c| c == b'>' || c == b'<')?;
            (window[stop] == b'>').then(|| Tag {
                name,
                close,
                attrs: &text[i..i + stop],
                start,
                end: i + stop + 1,
            })
        }
        _ => None,
    }
}

/// What a tag does to the text around it once tags are stripped.
enum Effect {
    /// Ends the paragraph (`<P>`, `<BR>`).
    Paragraph,
    /// Separates words.
    Word,
    /// Nothing: a Reuters `<DATELINE>` kept as body text may cut a word in two (`transfe<DATELINE>r`).
    Join,
}

/// The effect of a tag named `name`.
fn effect(name: &str) -> Effect {
    const PARAGRAPH: [&str; 7] = ["P", "BR", "HR", "DIV", "TABLE", "TR", "LI"];
    if PARAGRAPH.iter().any(|p| name.eq_ignore_ascii_case(p)) {
        Effect::Paragraph
    } else if name.eq_ignore_ascii_case("DATELINE") {
        Effect::Join
    } else {
        Effect::Word
    }
}

/// Whether `s` holds `<P>` tags.
fn has_paragraph_tags(s: &str) -> bool {
    Tags::new(s).any(|t| t.name.eq_ignore_ascii_case("P"))
}

/// Where the text fed so far stands on its current line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Line {
    /// At the start of a line.
    Start,
    /// Only whitespace so far on this line.
    Indented,
    /// After text on this line.
    Mid,
}

/// Builds plain text from markup: tags stripped, entities decoded, lines joined into
/// paragraphs (see the module docs), one newline between paragraphs.
struct TextBuilder {
    /// The text so far.
    out: String,
    /// Whether the current paragraph has words.
    para_open: bool,
    /// Position on the current input line.
    line: Line,
    /// Whether the input so far ends inside a word (the next text may continue it).
    mid_word: bool,
    /// Whether an indented line starts a paragraph.
    indent_breaks: bool,
    /// Reused buffer for entity decoding.
    scratch: String,
}

impl TextBuilder {
    /// An empty builder.
    fn new(indent_breaks: bool) -> TextBuilder {
        TextBuilder {
            out: String::new(),
            para_open: false,
            line: Line::Start,
            mid_word: false,
            indent_breaks,
            scratch: String::new(),
        }
    }

    /// The text built.
    fn finish(self) -> String {
        self.out
    }

    /// Ends the current paragraph.
    fn paragraph_break(&mut self) {
        self.para_open = false;
        self.mid_word = false;
    }

    /// Ends the current word.
    fn word_break(&mut self) {
        self.mid_word = false;
    }

    /// Feeds text that may hold tags and entities.
    fn feed_markup(&mut self, s: &str) {
        let mut pos = 0;
        for tag in Tags::new(s) {
            self.feed_text(&s[pos..tag.start]);
            match effect(tag.name) {
                Effect::Paragraph => self.paragraph_break(),
                Effect::Word => self.word_break(),
                Effect::Join => {}
            }
            pos = tag.end;
        }
        self.feed_text(&s[pos..]);
    }

    /// Feeds text without tags (entities are decoded here).
    fn feed_text(&mut self, raw: &str) {
        if raw.is_empty() {
            return;
        }
        let Some(first) = next_special(raw.as_bytes(), 0) else {
            self.feed_lines(raw);
            return;
        };
        let mut scratch = std::mem::take(&mut self.scratch);
        scratch.clear();
        decode_into(raw, first, &mut scratch);
        self.feed_lines(&scratch);
        self.scratch = scratch;
    }

    /// Feeds plain text, line by line.
    fn feed_lines(&mut self, text: &str) {
        let mut segments = text.split('\n').peekable();
        let mut first_segment = true;
        while let Some(segment) = segments.next() {
            let followed_by_newline = segments.peek().is_some();
            if !first_segment {
                self.line = Line::Start;
                self.mid_word = false;
            }
            let trimmed = segment.trim_start();
            let leading_space = trimmed.len() != segment.len();
            if self.line != Line::Mid {
                if trimmed.trim_end().is_empty() {
                    if followed_by_newline {
                        self.paragraph_break(); // a blank line
                    } else if leading_space {
                        self.line = Line::Indented;
                    }
                    first_segment = false;
                    continue;
                }
                if self.indent_breaks && (leading_space || self.line == Line::Indented) {
                    self.paragraph_break();
                }
            }
            let glue = first_segment && self.mid_word && !leading_space;
            let words = trimmed.trim_end();
            if words.is_empty() {
                // Only whitespace, after text on the same line.
            } else if words.is_ascii() && single_spaced(words.as_bytes()) {
                // The common case: the line's words can be copied at once.
                self.push_word(words, glue);
            } else if words.is_ascii() {
                self.push_words(trimmed.split_ascii_whitespace(), glue);
            } else {
                self.push_words(trimmed.split_whitespace(), glue);
            }
            if !segment.is_empty() {
                self.line = Line::Mid;
                self.mid_word = !segment.ends_with(char::is_whitespace);
            }
            first_segment = false;
        }
    }

    /// Appends words, the first joined to the previous one when `glue`.
    fn push_words<'w>(&mut self, words: impl Iterator<Item = &'w str>, mut glue: bool) {
        for word in words {
            self.push_word(word, glue);
            glue = false;
        }
    }

    /// Appends a word, joined to the previous one when `glue`.
    fn push_word(&mut self, word: &str, glue: bool) {
        if glue && self.para_open {
            // continues the previous word
        } else if self.para_open {
            self.out.push(' ');
        } else if !self.out.is_empty() {
            self.out.push('\n');
        }
        self.out.push_str(word);
        self.para_open = true;
    }
}

/// Whether the words of `line` (trimmed) are separated by single spaces only.
fn single_spaced(line: &[u8]) -> bool {
    let mut after_space = false;
    for &b in line {
        let space = b == b' ';
        if (space && after_space) || matches!(b, b'\t' | b'\r' | 0x0c) {
            return false;
        }
        after_space = space;
    }
    true
}

/// Markup (tags stripped, entities decoded) as one line of squashed text.
fn inline_text(raw: &str) -> String {
    let mut builder = TextBuilder::new(false);
    builder.feed_markup(raw);
    let mut text = builder.finish();
    if text.contains('\n') {
        text = text.replace('\n', " ");
    }
    text
}

/// A byte that is dropped from text (leaving a space): a control character other than
/// the whitespace `split_ascii_whitespace` knows.
const fn is_control_byte(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\n' | b'\t' | b'\r' | 0x0c)) || b == 0x7f
}

/// The bytes [`decode_into`] acts on: `&`, control characters, and 0xC2 (the lead byte of
/// the C1 controls U+0080–U+009F).
const SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = b == b'&' as usize || b == 0xc2 || is_control_byte(b as u8);
        b += 1;
    }
    table
};

/// The first offset at or after `from` holding a [`SPECIAL`] byte.
fn next_special(bytes: &[u8], from: usize) -> Option<usize> {
    bytes.get(from..)?.iter().position(|&b| SPECIAL[usize::from(b)]).map(|i| from + i)
}

/// Appends `raw` to `out` with entities decoded and control characters turned into spaces,
/// starting at
/// `first`, its first [`SPECIAL`] byte. An `&` that starts no known entity stays as it is.
/// (A space is the word break that stands for a dropped control character.)
fn decode_into(raw: &str, first: usize, out: &mut String) {
    let bytes = raw.as_bytes();
    let mut copied = 0;
    let mut at = Some(first);
    while let Some(i) = at {
        // Each position cut at is an ASCII byte or the lead byte 0xC2, so a char boundary.
        let skip = match bytes[i] {
            b'&' => entity(&raw[i..]),
            0xc2 if bytes.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)) => Some((' ', 2)),
            0xc2 => None,
            _ => Some((' ', 1)),
        };
        let next = match skip {
            Some((decoded, len)) => {
                out.push_str(&raw[copied..i]);
                out.push(decoded);
                copied = i + len;
                copied
            }
            None => i + 1,
        };
        at = next_special(bytes, next);
    }
    out.push_str(&raw[copied..]);
}

/// Named entities decoded (case-insensitive): the XML five, and SGML ones seen in TREC.
const ENTITIES: [(&str, char); 16] = [
    ("lt", '<'),
    ("gt", '>'),
    ("amp", '&'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", ' '),
    ("blank", ' '),
    ("hyph", '-'),
    ("mdash", '—'),
    ("ndash", '–'),
    ("sect", '§'),
    ("para", '¶'),
    ("cent", '¢'),
    ("pound", '£'),
    ("deg", '°'),
    ("times", '×'),
];

/// The entity at the start of `s` (which starts with `&`): the character it stands for
/// (a space for a control character) and its length in bytes.
fn entity(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let hex = matches!(b.get(2), Some(b'x' | b'X'));
        let digits_at = if hex { 3 } else { 2 };
        let digits = b
            .get(digits_at..)?
            .iter()
            .take_while(|c| if hex { c.is_ascii_hexdigit() } else { c.is_ascii_digit() })
            .count();
        if digits == 0 || digits > 8 {
            return None;
        }
        let code = u32::from_str_radix(&s[digits_at..digits_at + digits], if hex { 16 } else { 10 }).ok()?;
        let mut len = digits_at + digits;
        if b.get(len) == Some(&b';') {
            len += 1;
        }
        return Some((numeric_char(code), len));
    }
    let n = b[1..].iter().take(8).take_while(|c| c.is_ascii_alphanumeric()).count();
    if n == 0 || b.get(1 + n) != Some(&b';') {
        return None;
    }
    let name = &s[1..1 + n];
    let (_, c) = ENTITIES.iter().find(|(e, _)| e.eq_ignore_ascii_case(name))?;
    Some((*c, n + 2))
}

/// The character of `&#code;`: a space for control characters and codes that are no
/// character; 128–159 read as Windows-1252, as old SGML meant them.
fn numeric_char(code: u32) -> char {
    const CP1252: [char; 32] = [
        '€', ' ', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', ' ', 'Ž', ' ', ' ', '‘', '’', '“',
        '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', ' ', 'ž', 'Ÿ',
    ];
    match code {
        0x0a => '\n',
        0..0x20 | 0x7f => ' ',
        0x80..0xa0 => CP1252[(code - 0x80) as usize],
        _ => char::from_u32(code).unwrap_or(' '),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(text: &str) -> (Vec<Parsed>, Vec<String>) {
        let mut warnings = Vec::new();
        let articles = parse(text, &mut warnings);
        (articles, warnings)
    }

    const COFFEE: &str = "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">
<REUTERS TOPICS=\"YES\" LEWISSPLIT=\"TRAIN\" CGISPLIT=\"TRAINING-SET\" OLDID=\"17\" NEWID=\"1\">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS><D>coffee</D><D>trade</D></TOPICS>
<PLACES><D>brazil</D></PLACES>
<UNKNOWN> 
&#5;&#5;&#5;C T
&#22;&#22;&#1;f0001&#31;reute
u f BC-SANTOS-COFFEE   02-26 0042</UNKNOWN>
<TEXT>&#2;
<TITLE>SANTOS COFFEE &lt;SCF> EXPORTS RISE</TITLE>
<AUTHOR>    By Ana Lima, Reuters</AUTHOR>
<DATELINE>    SANTOS, Feb 26 - </DATELINE><BODY>Coffee shipments from the port of
Santos rose sharply in the week, a trade group said.
    Exporters said demand from &lt;Nestle> &amp; others was firm
and prices held at 1.20 dlrs a pound.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
";

    #[test]
    fn bylines_lose_by_and_the_agency_and_names_in_capitals_are_written_as_names() {
        assert_eq!(byline("    By WALKER SIMON, REUTERS").as_deref(), Some("Walker Simon"));
        assert_eq!(byline(" By Nelson Graves, Reuter").as_deref(), Some("Nelson Graves"));
        assert_eq!(byline("    by Janie Gabbett").as_deref(), Some("Janie Gabbett"));
        assert_eq!(byline("   "), None);
    }

    #[test]
    fn a_normal_reuters_record() {
        let (articles, warnings) = parse_ok(COFFEE);
        assert_eq!(warnings, Vec::<String>::new());
        assert_eq!(articles.len(), 1);
        let a = &articles[0];
        assert_eq!(a.id.as_deref(), Some("1"));
        assert_eq!(a.title.as_deref(), Some("SANTOS COFFEE <SCF> EXPORTS RISE"));
        assert_eq!(a.byline.as_deref(), Some("Ana Lima"));
        let date = a.date.as_ref().unwrap();
        assert_eq!(date.date.iso(), "1987-02-26T15:01:01");
        assert_eq!(date.source, "sgml:date");
        assert_eq!(a.tags, ["coffee", "trade", "brazil"], "topics, then places");
        assert_eq!(
            a.body,
            "Coffee shipments from the port of Santos rose sharply in the week, a trade group said.\n\
             Exporters said demand from <Nestle> & others was firm and prices held at 1.20 dlrs a pound."
        );
        assert!(!a.body.chars().any(|c| c.is_control() && c != '\n'), "{:?}", a.body);
    }

    #[test]
    fn escaped_tickers_with_a_bare_gt_are_decoded() {
        let doc = "<REUTERS NEWID=\"7\"><DATE> 3-MAR-1987  09:15:05.4&#5;&#5;RM</DATE><TEXT>
<TITLE>&lt;TWA> BID FOR USAIR</TITLE>
<DATELINE>    NEW YORK, March 3 - </DATELINE><BODY>Trans World Airlines &lt;TWA> said
it bid. Shares rose 1 < 2 &unknown; &#201;&#150;a 9&#127;pct&#x2014;gain&#0;. REUTER
&#3;</BODY></TEXT></REUTERS>";
        let (articles, warnings) = parse_ok(doc);
        assert!(warnings.is_empty(), "{warnings:?}");
        let a = &articles[0];
        assert_eq!(a.title.as_deref(), Some("<TWA> BID FOR USAIR"));
        assert_eq!(
            a.body,
            "Trans World Airlines <TWA> said it bid. Shares rose 1 < 2 &unknown; É–a 9 pct—gain ."
        );
        assert_eq!(a.date.as_ref().unwrap().date.iso(), "1987-03-03T09:15:05");
    }

    #[test]
    fn a_brief_record_is_title_only() {
        let doc = "<REUTERS NEWID=\"30\">
<DATE>26-FEB-1987 15:41:56.54</DATE>
<TEXT TYPE=\"BRIEF\">&#2;
******<TITLE>MONEY FUNDS ROSE 7 MLN DLRS
IN LATEST WEEK
</TITLE>Blah blah blah.
&#3;

</TEXT>
</REUTERS>";
        let (articles, warnings) = parse_ok(doc);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(articles.len(), 1);
        assert_eq!(articles[0].title.as_deref(), Some("MONEY FUNDS ROSE 7 MLN DLRS IN LATEST WEEK"));
        assert_eq!(articles[0].body, "");
        assert!(articles[0].date.is_some());
    }

    #[test]
    fn an_unproc_record_that_runs_its_headline_into_the_dateline_keeps_the_headline() {
        let doc = "<REUTERS NEWID=\"7\">
<DATE>20-OCT-1987 10:35:30.48</DATE>
<TEXT TYPE=\"UNPROC\">&#2;
FARM BANK SEES WHEAT PRICES STEADY NEW YORK, Oct 20 - The
farm bank said on Tuesday that wheat prices would stay steady
through the winter, and that the harvest was as large as the
last one.
 REUTER
&#3;
</TEXT>
</REUTERS>
<REUTERS NEWID=\"8\">
<DATE>07-APR-1987 12:10:00.00</DATE>
<TEXT TYPE=\"UNPROC\">&#2;
CBT 12:10 EDT WHEAT MAY7 286 3/4 UP 1/2 JUL7 271 3/4 OFF 1 SEP7 272 1/2 OFF 1/2 DEC7 277 3/4 OFF 1/4 MAR8 277 3/4
 REUTER
&#3;
</TEXT>
</REUTERS>";
        let (articles, _) = parse_ok(doc);
        assert_eq!(articles[0].title.as_deref(), Some("FARM BANK SEES WHEAT PRICES STEADY"));
        assert!(articles[0].body.starts_with("FARM BANK SEES"), "{}", articles[0].body);
        // A table of prices in capitals has no headline to take.
        assert_eq!(articles[1].title, None);
    }

    #[test]
    fn an_unproc_record_takes_its_first_line_as_headline() {
        let doc = "<REUTERS NEWID=\"99\">
<DATE>26-FEB-1987 16:34:34.40</DATE>
<TEXT TYPE=\"UNPROC\">&#2;
GRAIN FUTURES WEEKLY 2 - FEB 26
    Two weeks ended Feb 25
 Wheat..............644 vs.....1,337
 Corn...............680 vs.......425

 Reuter
&#3;

</TEXT>
</REUTERS>";
        let (articles, _) = parse_ok(doc);
        let a = &articles[0];
        assert_eq!(a.title.as_deref(), Some("GRAIN FUTURES WEEKLY 2 - FEB 26"));
        assert_eq!(
            a.body,
            "Two weeks ended Feb 25\n\
             Wheat..............644 vs.....1,337\nCorn...............680 vs.......425"
        );
    }

    #[test]
    fn text_outside_body_is_kept_and_a_false_dateline_too() {
        let doc = "<REUTERS NEWID=\"5\"><TEXT>
<TITLE>GOLD PRICES</TITLE>
London gold
<DATELINE> us        7.80 - </DATELINE><BODY>zurich 7.81
 Reuter
</BODY></TEXT></REUTERS>";
        let (articles, _) = parse_ok(doc);
        assert_eq!(articles[0].body, "London gold\nus 7.80 - zurich 7.81");
        assert_eq!(articles[0].dateline, None);
    }

    #[test]
    fn a_dateline_running_into_the_text_keeps_the_text_in_the_body() {
        let doc = "<REUTERS NEWID=\"16054\"><TEXT>
<TITLE>PAKISTAN GETS 70 MLN DLR WORLD BANK LOAN</TITLE>
<DATELINE>    WASHINGTON, April 9 - The World Bank said it approved a 70-</DATELINE><BODY>mln-dlr, 20-year loan
to assist Pakistan.
 Reuter
</BODY></TEXT></REUTERS>";
        let (articles, _) = parse_ok(doc);
        assert_eq!(
            articles[0].body,
            "The World Bank said it approved a 70-mln-dlr, 20-year loan to assist Pakistan."
        );
        assert_eq!(articles[0].dateline.as_deref(), Some("WASHINGTON, April 9 -"));
    }

    #[test]
    fn where_a_dateline_ends() {
        fn dateline(raw: &str) -> Option<&str> {
            dateline_end(raw).map(|len| raw[..len].trim())
        }
        assert_eq!(dateline("    HAMBURG, March 4 - Vereins- "), Some("HAMBURG, March 4 -"));
        assert_eq!(dateline("    LONDON, April 1 - Enquiries - "), Some("LONDON, April 1 -"));
        assert_eq!(
            dateline("    ROME, March 13, Reuter - Italy said the 10-"),
            Some("ROME, March 13, Reuter -")
        );
        assert_eq!(dateline("    KANSAS CITY, Mo. - March 13 - "), Some("KANSAS CITY, Mo. - March 13 -"));
        assert_eq!(dateline("    NEW YORK - "), Some("NEW YORK -"));
        assert_eq!(dateline("    ROCKVILLE, Md, - March 6 -\n    "), Some("ROCKVILLE, Md, - March 6 -"));
        assert_eq!(dateline("    SALVADOR, Feb 26 - "), Some("SALVADOR, Feb 26 -"));
        assert_eq!(dateline(" us        7.80 - "), None);
    }

    #[test]
    fn two_records_in_one_file() {
        let doc = format!(
            "{COFFEE}<REUTERS NEWID=\"2\">
<DATE>27-FEB-1987 08:00:00.00</DATE>
<TEXT>&#2;
<TITLE>SECOND</TITLE>
<DATELINE>    PARIS, Feb 27 - </DATELINE><BODY>Second body.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
"
        );
        let (articles, warnings) = parse_ok(&doc);
        assert!(warnings.is_empty());
        let ids: Vec<_> = articles.iter().map(|a| a.id.as_deref().unwrap()).collect();
        assert_eq!(ids, ["1", "2"]);
        assert_eq!(articles[1].title.as_deref(), Some("SECOND"));
        assert_eq!(articles[1].body, "Second body.");
        assert_eq!(articles[1].dateline.as_deref(), Some("PARIS, Feb 27 -"));
        assert_eq!(articles[1].date.as_ref().unwrap().date.iso(), "1987-02-27T08:00:00");
    }

    #[test]
    fn a_truncated_last_record_is_salvaged_with_a_warning() {
        let doc = format!(
            "{COFFEE}<REUTERS NEWID=\"5\">
<DATE>27-FEB-1987 08:00:00.00</DATE>
<TEXT>&#2;
<TITLE>CUT OFF</TITLE>
<DATELINE>    ROME, Feb 27 - </DATELINE><BODY>The file ends in the midd"
        );
        let (articles, warnings) = parse_ok(&doc);
        assert_eq!(articles.len(), 2);
        assert_eq!(articles[1].title.as_deref(), Some("CUT OFF"));
        assert_eq!(articles[1].body, "The file ends in the midd");
        assert_eq!(warnings, ["article 5: unclosed <REUTERS> record; salvaged what was there"]);
    }

    #[test]
    fn an_unclosed_record_ends_at_the_next_one_and_empty_records_are_skipped() {
        let doc = "<REUTERS NEWID=\"1\"><TEXT><TITLE>FIRST
<REUTERS NEWID=\"2\"><DATE>1-MAR-1987 00:00:00.00</DATE><TEXT>&#2; &#3;</TEXT></REUTERS>
<REUTERS NEWID=\"3\"><TEXT><TITLE>THIRD</TITLE></TEXT></REUTERS>";
        let (articles, warnings) = parse_ok(doc);
        let titles: Vec<_> = articles.iter().map(|a| a.title.as_deref().unwrap()).collect();
        assert_eq!(titles, ["FIRST", "THIRD"]);
        assert_eq!(
            warnings,
            [
                "article 1: unclosed <REUTERS> record; salvaged what was there",
                "article 2: no headline or text; skipped"
            ]
        );
    }

    #[test]
    fn a_trec_doc_with_paragraphs_and_a_compact_date() {
        let doc = "<DOC>
<DOCNO> NYT19980102.0001 </DOCNO>
<DATE>19980102</DATE>
<HEADLINE>
<P>Storm closes
schools</P>
</HEADLINE>
<BYLINE>By JANE ROE</BYLINE>
<DATELINE>BOSTON</DATELINE>
<TEXT>
<P>
   The storm closed schools
across the state.
</P>
<P>
   Officials said &quot;stay home&quot;.
</P>
</TEXT>
</DOC>
<DOC><DOCNO>X2</DOCNO><DATE_TIME>01/02/1998 12:34:00</DATE_TIME><HL>Two</HL>
<TEXT>Short
text.

Second paragraph.</TEXT></DOC>";
        let (articles, warnings) = parse_ok(doc);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(articles.len(), 2);
        let a = &articles[0];
        assert_eq!(a.id.as_deref(), Some("NYT19980102.0001"));
        assert_eq!(a.title.as_deref(), Some("Storm closes schools"));
        // A byline in capitals is written as names are.
        assert_eq!(a.byline.as_deref(), Some("Jane Roe"));
        assert_eq!(a.date.as_ref().unwrap().date.iso(), "1998-01-02");
        assert_eq!(a.date.as_ref().unwrap().source, "sgml:date");
        assert_eq!(a.body, "The storm closed schools across the state.\nOfficials said \"stay home\".");
        let b = &articles[1];
        assert_eq!(b.date.as_ref().unwrap().date.iso(), "1998-01-02T12:34:00");
        assert_eq!(b.body, "Short text.\nSecond paragraph.");
    }

    #[test]
    fn trec_date_shapes() {
        let iso = |s: &str| parse_date(s).map(|d| d.iso());
        assert_eq!(iso("1998-01-02").as_deref(), Some("1998-01-02"));
        assert_eq!(iso("January 2, 1998").as_deref(), Some("1998-01-02"));
        assert_eq!(iso("<P>January 1, 1989, Sunday, Home Edition</P>").as_deref(), Some("1989-01-01"));
        assert_eq!(iso("01/02/1998").as_deref(), Some("1998-01-02"));
        // Two-digit years: the Wall Street Journal's <DD>, the Financial Times's <DATE>.
        assert_eq!(iso(" 03/24/87 ").as_deref(), Some("1987-03-24"));
        assert_eq!(iso("910514").as_deref(), Some("1991-05-14"));
        assert_eq!(iso("050102").as_deref(), Some("2005-01-02"));
        assert_eq!(iso("03/24/1987x"), None);
        assert_eq!(iso("911314"), None);
        assert_eq!(iso("19981302"), None);
        assert_eq!(iso("not a date"), None);
    }

    #[test]
    fn an_unreadable_date_is_a_warning() {
        let (articles, warnings) =
            parse_ok("<DOC><DOCNO>D1</DOCNO><DATE>sometime</DATE><TEXT>Body.</TEXT></DOC>");
        assert_eq!(articles[0].date, None);
        assert_eq!(warnings, ["article D1: date \"sometime\" not understood; left undated"]);
    }

    #[test]
    fn garbage_never_panics() {
        let inputs = [
            "",
            "<",
            "</",
            "<REUTERS",
            "<REUTERS NEWID=\"é",
            "<REUTERS>",
            "<DOC><DOCNO>",
            "&#",
            "&#x",
            "&#99999999999;",
            "<REUTERS NEWID=1><TEXT>&#xD800; &#0; é&#3;<TITLE>ü</REUTERS>",
            "plain text with no records at all",
            "<<<>>></></x><a b=\"c>\u{1F600}<b>",
            "<REUTERS NEWID='x'><DATE>99-ZZZ-1987 99:99</DATE><TEXT><BODY>Ç</BODY></TEXT></REUTERS>",
            "</REUTERS></DOC><DOC>",
        ];
        for input in inputs {
            let mut warnings = Vec::new();
            let _ = parse(input, &mut warnings);
        }
        let (articles, warnings) = parse_ok("\u{0}\u{1}ÿþ garbage <<>> &amp; </nope>");
        assert!(articles.is_empty());
        assert!(warnings.is_empty());
        // Every prefix of a record, cut at each char boundary.
        for (i, _) in COFFEE.char_indices() {
            let mut warnings = Vec::new();
            let _ = parse(&COFFEE[..i], &mut warnings);
        }
    }
}
