//! Printing search results: as text for people (ANSI colour or `**markers**`) or as one
//! JSON document for scripts. Both write into any `io::Write`, so tests print into a
//! `Vec<u8>`.
//!
//! The JSON field names are a stable interface: `newsdex_version`, `query`, `total`, `offset`, `limit`,
//! `hits[]` with `path`, `relpath`, `id`, `title`, `headline`, `date`, `date_utc`, `score`, `byline`, `url`, `site`, `people`,
//! `organizations`, `places`, `tags`, `snippet`, `highlights`, `title_highlights`,
//! `duplicates` (other copies of the same story folded into the hit) with their
//! `duplicate_uids`, and `uid` (the article's id for `newsdex serve`'s
//! `/api/article/{uid}`).

use std::borrow::Cow;
use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;

use super::{Hit, SearchRequest, SearchResults, Snippet};

/// How matches are marked in text output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// ANSI bold red for matches, bold for titles, dim for details.
    Ansi,
    /// `**match**`, readable in a pipe or a file.
    Plain,
}

impl Marker {
    fn open(self) -> &'static str {
        match self {
            Marker::Ansi => "\x1b[1;31m",
            Marker::Plain => "**",
        }
    }

    fn close(self) -> &'static str {
        match self {
            Marker::Ansi => "\x1b[0m",
            Marker::Plain => "**",
        }
    }

    /// What turns the style `code` on again after a [`Marker::close`].
    fn resume(self, code: &str) -> String {
        match self {
            Marker::Ansi => format!("\x1b[{code}m"),
            Marker::Plain => String::new(),
        }
    }

    /// `text` in the ANSI style `code` (`2` dim, `1` bold), or as it is, plain.
    pub fn styled(self, code: &str, text: &str) -> String {
        match self {
            Marker::Ansi => format!("\x1b[{code}m{text}\x1b[0m"),
            Marker::Plain => text.to_string(),
        }
    }
}

/// The snippet's text with its highlights marked.
pub fn mark(snippet: &Snippet, marker: Marker) -> String {
    let mut out = String::with_capacity(snippet.text.len() + 8 * snippet.highlights.len());
    let mut ranges = snippet.highlights.iter().peekable();
    let mut open = false;
    for (i, c) in snippet.text.chars().enumerate() {
        if ranges.peek().is_some_and(|r| i == r.start) {
            out.push_str(marker.open());
            open = true;
        }
        // A control character in an article (an escape sequence) is shown, not obeyed.
        crate::messages::push_printable(&mut out, c);
        if let Some(r) = ranges.peek()
            && i + 1 == r.end
        {
            out.push_str(marker.close());
            open = false;
            ranges.next();
        }
    }
    if open {
        out.push_str(marker.close());
    }
    out
}

pub(crate) fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}

/// A path relative to `cwd` when it lies under it (what a user would type), else as is;
/// bytes of a file name that are not UTF-8 show as "�", as `ls` and `Path::display` do.
pub fn display_path(path: &str, cwd: &Path) -> String {
    let path = crate::ingest::walk::path_of(path);
    path.strip_prefix(cwd).unwrap_or(&path).display().to_string()
}

/// `source`'s path from the folder it was ingested from (of `roots`, the recorded ones),
/// that folder's own name first, with `/` between names on every system:
/// `bbc/politics/099.txt` for `/home/ana/corpora/bbc/politics/099.txt` ingested as
/// `ingest corpora/bbc`. So a list made on one laptop compares with one made on another
/// (`{path}` is where each keeps it) whenever the folder has the same name; the name is
/// kept because `politics/099.txt` alone would not say which corpus. A file ingested on
/// its own gives its name. Of folders inside one another both ingested (`bbc` and later
/// `bbc/politics`), the outermost counts, so that ingesting a part again changes no row.
/// `None` when no root holds it.
pub fn relative_path(source: &str, roots: &[String]) -> Option<String> {
    let sep = std::path::MAIN_SEPARATOR;
    let root = roots
        .iter()
        .filter(|root| crate::index::manifest::is_under(source, root))
        .min_by_key(|root| root.trim_end_matches(sep).len())?
        .trim_end_matches(sep);
    let name = root.rsplit(sep).next().unwrap_or_default();
    let below = source[root.len()..].trim_start_matches(sep);
    let relative = match (name.is_empty(), below.is_empty()) {
        (_, true) => name.to_string(),
        (true, false) => below.to_string(),
        (false, false) => format!("{name}{sep}{below}"),
    };
    Some(if sep == '/' { relative } else { relative.replace(sep, "/") })
}

/// The query as typed, in quotes: `"gordon brown"` for the words. A query with double
/// quotes of its own (a phrase) is shown in single quotes, as a shell takes it,
/// `'"gordon brown"'`, so that output pasted elsewhere tells the phrase from the words
/// (both were `"gordon brown"`); one holding a single quote too, as it is.
pub fn quoted(query: &str) -> String {
    let query = crate::messages::printable(query);
    match (query.contains('"'), query.contains('\'')) {
        (false, _) => format!("\"{query}\""),
        (true, false) => format!("'{query}'"),
        (true, true) => query.into_owned(),
    }
}

/// " for QUERY" after a count, or nothing without a query.
fn about(query: Option<&str>) -> String {
    query.map(|q| format!(" for {}", quoted(q))).unwrap_or_default()
}

/// Copies fold into one hit: how many hits, what they are ("stories" or "articles"), and
/// how many articles they stand for when that differs.
fn counted(results: &SearchResults) -> (usize, &'static str, String) {
    match results.stories {
        Some(stories) if stories < results.total => (
            stories,
            plural(stories, "story", "stories"),
            format!(" ({} articles with their copies)", results.total),
        ),
        _ => (results.total, plural(results.total, "article", "articles"), String::new()),
    }
}

/// The count of a search without its hits (`search -n 0`): "12 stories for \"snow\" (14
/// articles with their copies)".
/// `filters` is what narrowed it, as typed ([`crate::commands`]' `filters_typed`: " with
/// --person \"Tony Blair\""), or empty.
pub fn count_only<W: Write>(
    out: &mut W,
    query: Option<&str>,
    filters: &str,
    results: &SearchResults,
) -> io::Result<()> {
    let (count, unit, copies) = counted(results);
    writeln!(out, "{count} {unit}{}{filters}{copies}", about(query))
}

/// The paths of the files holding `hits`, each once, in the hits' order (`search -l`): a
/// file of many articles is listed at its best-ranked one. Each ends with a new line, or
/// with `nul` a NUL byte; a path is written byte for byte (see
/// [`super::template::path_bytes`]), so that `xargs -0` gets a name holding a new line whole.
pub fn files_with_matches<W: Write>(out: &mut W, hits: &[Hit], nul: bool) -> io::Result<()> {
    let mut listed = std::collections::HashSet::new();
    for hit in hits {
        if listed.insert(hit.path.as_str()) {
            out.write_all(&super::template::path_bytes(&hit.path))?;
            out.write_all(if nul { b"\0" } else { b"\n" })?;
        }
    }
    Ok(())
}

/// An article's date as a hit or `show` gives it: `2025-05-14`, `undated`, and the day it
/// was last changed when that is another: `2025-05-14 21:05 -04:00 (updated 2025-05-16
/// 08:00 -04:00)`. A time is given where the article gives one, in the form of
/// [`readable_date`] (the JSON keeps ISO 8601).
pub fn dates_shown(date: Option<&str>, modified: Option<&str>) -> String {
    let shown = date.map_or_else(|| "undated".to_string(), readable_date);
    match modified {
        Some(modified) if date.is_none_or(|d| d.get(..10) != modified.get(..10)) => {
            format!("{shown} (updated {})", readable_date(modified))
        }
        _ => shown,
    }
}

/// An ISO 8601 date as people read it: the day, and the time and zone when it has them,
/// without the `T` and the seconds when they are 0: `2019-03-13T14:30:00-04:00` is
/// `2019-03-13 14:30 -04:00`, `…T14:30:00Z` is `2019-03-13 14:30 UTC`, and `2022-01-03`
/// stays as it is. An HTML page's date has a time, a text file's seldom does: one form
/// for both.
pub fn readable_date(iso: &str) -> String {
    let Some((day, time)) = iso.split_once('T').filter(|(day, _)| day.len() == 10) else {
        return iso.to_string();
    };
    let zone_at = time.find(['Z', 'z', '+', '-']).unwrap_or(time.len());
    let (clock, zone) = time.split_at(zone_at);
    // Fractions of a second go; seconds stay unless 0.
    let clock = clock.split('.').next().unwrap_or(clock);
    let clock = clock.strip_suffix(":00").filter(|hm| hm.len() == 5).unwrap_or(clock);
    match zone {
        "" => format!("{day} {clock}"),
        "Z" | "z" => format!("{day} {clock} UTC"),
        zone => format!("{day} {clock} {zone}"),
    }
}

/// What a search that matched nothing says (on stderr: stdout holds results only):
/// `No articles match "snow".`
pub fn no_match(query: Option<&str>) -> String {
    let what = query.map(|q| format!(" {}", quoted(q))).unwrap_or_default();
    format!("No articles match{what}.")
}

/// How [`text`] shows hits: how matches are marked, the folder paths are shown from, the
/// terminal's width (none when piped) and whether the copies folded in are named by their
/// headlines.
pub struct TextView<'a> {
    /// ANSI colour or `**markers**`.
    pub marker: Marker,
    /// Paths under it are shown relative to it.
    pub cwd: &'a Path,
    /// A terminal's width, at which lines are wrapped; none when piped.
    pub width: Option<usize>,
    /// Each copy folded into a hit is named by its headline where it is not the hit's
    /// ([`Hit::duplicate_titles`]): `search`'s "also at" line.
    pub copy_titles: bool,
    /// The filters, as typed, said after the query in the count line (see
    /// [`count_only`]).
    pub filters: &'a str,
}

/// Prints results for people: nothing when nothing matched ([`no_match`] says so).
pub fn text<W: Write>(
    out: &mut W,
    query: Option<&str>,
    results: &SearchResults,
    offset: usize,
    view: &TextView,
) -> io::Result<()> {
    let TextView { marker, cwd, width, copy_titles, filters } = *view;
    let shown = results.hits.len();
    let about = format!("{}{filters}", about(query));
    if results.total == 0 {
        return Ok(());
    }
    let (count, unit, copies) = counted(results);
    if shown == 0 {
        return writeln!(out, "No {unit}{about} on this page: {count} in all{copies}.");
    }
    writeln!(
        out,
        "{}",
        marker.styled(
            "2",
            &format!("Showing {}–{} of {count} {unit}{about}{copies}", offset + 1, offset + shown)
        )
    )?;
    hits_text(out, results, offset, marker, cwd, width, copy_titles)
}

/// The hits as [`text`] lists them under its header, each after a blank line and numbered
/// from `offset + 1` (for a command with a header of its own: `similar`), with
/// `copy_titles` each copy folded in named by its headline where it is not the hit's:
/// `search`'s text gives it beside the copy's path, so that "Talks aim to avert pension
/// strike", folded under "Stalemate in pension strike talks", is seen by who searches
/// `title:pension`.
pub fn hits_text<W: Write>(
    out: &mut W,
    results: &SearchResults,
    offset: usize,
    marker: Marker,
    cwd: &Path,
    width: Option<usize>,
    copy_titles: bool,
) -> io::Result<()> {
    for (n, hit) in results.hits.iter().enumerate() {
        writeln!(out)?;
        write_hit(out, offset + n + 1, hit, marker, cwd, width, copy_titles)?;
    }
    Ok(())
}

/// The copies of `hit` as its "also at" line lists them: each path, and after it in
/// brackets and quotes the copy's headline where it is not the hit's (`politics/069.txt
/// ("Talks aim to avert pension strike")`), with `copy_titles`; the same headline, or
/// none, is not repeated.
fn copies_shown(hit: &Hit, cwd: &Path, copy_titles: bool) -> Vec<String> {
    use crate::messages::one_line;
    let own = hit.title.as_deref().map(str::trim).unwrap_or_default();
    hit.duplicates
        .iter()
        .enumerate()
        .map(|(i, path)| {
            let path = one_line(&display_path(path, cwd));
            let title =
                hit.duplicate_titles.get(i).filter(|_| copy_titles).and_then(Option::as_deref).map(str::trim);
            match title.filter(|t| !t.is_empty() && *t != own) {
                Some(title) => {
                    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
                    format!("{path} (\"{}\")", crate::messages::printable(&title))
                }
                None => path,
            }
        })
        .collect()
}

/// Characters of context each side of a match in `search --kwic`, unless `--context`
/// says otherwise.
pub const KWIC_WIDTH: usize = 40;

/// One line of `search --kwic`: the text before a match right-aligned in `width`
/// characters ([`KWIC_WIDTH`] unless `--context` is given), the match, the text after, and where it is, so that the
/// matches of many lines stand in one column: `   the council voted to close the  harbour
/// for the winter, after a storm…  news/a.txt`. The match is coloured with ANSI; plain,
/// the two spaces each side set it apart, as concordances print one. They stand only
/// where the text has a space: a match the text runs on from without one (`down,` in
/// "won't back down," or `(harbour)`) is printed against it, `down,` and not `down ,`,
/// and still in its column.
pub fn kwic_line(
    before: &str,
    matched: &str,
    after: &str,
    place: &str,
    marker: Marker,
    width: usize,
) -> String {
    use crate::messages::printable;
    let matched = match marker {
        Marker::Ansi => marker.styled("1;31", &printable(matched)),
        Marker::Plain => printable(matched).into_owned(),
    };
    let gap = |spaced: bool| if spaced { "  " } else { "" };
    let left = printable(before.trim_end());
    let left = format!("{left}{}", gap(!left.is_empty() && before.ends_with(char::is_whitespace)));
    let right = printable(after.trim_start());
    let right = format!("{}{right}", gap(!right.is_empty() && after.starts_with(char::is_whitespace)));
    let column = width + 2;
    format!("{left:>column$}{matched}{right:<column$}  {}", marker.styled("35", &printable(place)))
}

/// The first `most` of `items`, comma-separated, and how many more: `a, b, c and 4 more`.
pub fn first_of(items: &[impl AsRef<str>], most: usize) -> String {
    let shown: Vec<&str> = items.iter().take(most).map(AsRef::as_ref).collect();
    match items.len().saturating_sub(most) {
        0 => shown.join(", "),
        more => format!("{} and {more} more", shown.join(", ")),
    }
}

/// The most people (organizations, places) a hit lists in the text output.
const NAMES_PER_HIT: usize = 12;

/// The width to wrap hits at: on a terminal, its width (or `COLUMNS`, as a user sets it to
/// try a narrower one); in a pipe or a file, none (a line per field, for `grep`).
pub fn terminal_width() -> Option<usize> {
    use std::io::IsTerminal;
    if !io::stdout().is_terminal() {
        return None;
    }
    let columns = std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse::<usize>().ok());
    columns.or_else(|| terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)))
}

/// The narrowest width hits are wrapped at: below it, a line is left to the terminal.
const NARROWEST_WRAP: usize = 30;

/// Writes `text` after `first`, wrapped at `width` under an indent of four spaces, so that a
/// long snippet or list of names keeps its indent on a terminal instead of breaking
/// mid-word at the edge (colour sequences take no width).
fn write_wrapped(out: &mut impl Write, first: &str, text: &str, width: Option<usize>) -> io::Result<()> {
    if width.is_some_and(|w| w >= NARROWEST_WRAP) {
        for line in wrapped(text, width, first, "    ") {
            writeln!(out, "{line}")?;
        }
        Ok(())
    } else {
        writeln!(out, "{first}{text}")
    }
}

/// `text` broken between words into lines of at most `width` columns, the first after
/// `first` and the others after `rest` (a word longer than the width is cut; colour
/// sequences take no width); the text whole without a width (piped) or with one narrower
/// than [`NARROWEST_WRAP`], which is left to the terminal.
pub fn wrapped<'a>(text: &'a str, width: Option<usize>, first: &'a str, rest: &'a str) -> Vec<Cow<'a, str>> {
    match width.filter(|&w| w >= NARROWEST_WRAP) {
        Some(width) => {
            let options = textwrap::Options::new(width)
                .initial_indent(first)
                .subsequent_indent(rest)
                .word_splitter(textwrap::WordSplitter::NoHyphenation)
                .break_words(true);
            textwrap::wrap(text, options)
        }
        None => vec![Cow::Borrowed(text)],
    }
}

/// `text` opened by a wire story's dateline, as the wire prints it: `WINNIPEG, March 3 -
/// text`; a dateline that ends in no dash (`DULUTH`) takes one.
pub fn with_dateline(dateline: &str, text: &str) -> String {
    let dateline = dateline.trim();
    if dateline.ends_with(['-', '\u{2013}', '\u{2014}', ':']) {
        format!("{dateline} {text}")
    } else {
        format!("{dateline} - {text}")
    }
}

fn write_hit<W: Write>(
    out: &mut W,
    n: usize,
    hit: &Hit,
    marker: Marker,
    cwd: &Path,
    width: Option<usize>,
    copy_titles: bool,
) -> io::Result<()> {
    let title = if hit.title_snippet.text.is_empty() {
        // The opening of the text says what the article is.
        crate::messages::printable(&format!("(untitled) {}", hit.headline)).trim_end().to_string()
    } else {
        // Each highlight's reset would end the title's bold: it resumes after each.
        mark(&hit.title_snippet, marker)
            .replace(marker.close(), &format!("{}{}", marker.close(), marker.resume("1")))
    };
    write_wrapped(out, &format!("{n:>2}. "), &marker.styled("1", &title), width)?;
    use crate::messages::one_line;
    let mut details = vec![dates_shown(hit.date.as_deref(), hit.modified.as_deref())];
    if let Some(byline) = &hit.byline {
        details.push(format!("by {}", one_line(byline)));
    }
    let mut path = one_line(&display_path(&hit.path, cwd));
    if let Some(id) = &hit.id {
        path = format!("{path} ({id})");
    }
    details.push(marker.styled("35", &path));
    if hit.score > 0.0 {
        details.push(format!("score {:.2}", hit.score));
    }
    write_wrapped(out, "    ", &details.join(" · "), width)?;
    if let Some(url) = &hit.url {
        writeln!(out, "    {}", marker.styled("2", &one_line(url)))?;
    }
    if !hit.duplicates.is_empty() {
        let paths = copies_shown(hit, cwd, copy_titles);
        write_wrapped(
            out,
            "    ",
            &format!("{}: {}", marker.styled("2", "also at"), first_of(&paths, 3)),
            width,
        )?;
    }
    // A hit is a few lines: a data file naming hundreds of places (a country list) shows
    // the first of them (`show` and the JSON give all).
    for (label, names) in [("people", &hit.people), ("orgs", &hit.organizations), ("places", &hit.places)] {
        if !names.is_empty() {
            let names =
                format!("{}: {}", marker.styled("2", label), one_line(&first_of(names, NAMES_PER_HIT)));
            write_wrapped(out, "    ", &names, width)?;
        }
    }
    let snippet = &hit.snippet;
    // The dateline opens the text, as the wire prints it: a story found by its city
    // shows it.
    let dateline = hit.dateline.as_deref().map(|d| with_dateline(&one_line(d), ""));
    if !snippet.text.is_empty() {
        let before = if snippet.at_start { "" } else { "…" };
        let after = if snippet.at_end { "" } else { "…" };
        let text = format!("{}{before}{}{after}", dateline.unwrap_or_default(), mark(snippet, marker));
        write_wrapped(out, "    ", &text, width)?;
    } else if let Some(dateline) = dateline {
        write_wrapped(out, "    ", dateline.trim_end(), width)?;
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonResults<'a> {
    /// Which newsdex answered, as `stats --json` says it: a saved answer says what made it.
    newsdex_version: &'static str,
    query: Option<&'a str>,
    /// The whole search, when it was one: a saved answer says how it was made.
    #[serde(skip_serializing_if = "Option::is_none")]
    request: Option<JsonRequest<'a>>,
    total: usize,
    /// Hits once copies are folded together, when known (null otherwise).
    stories: Option<usize>,
    offset: usize,
    limit: usize,
    hits: Vec<JsonHit<'a>>,
}

#[derive(Serialize)]
struct JsonHit<'a> {
    path: &'a str,
    /// The path from the folder it was ingested from, that folder's name first
    /// ([`relative_path`]: `bbc/politics/099.txt`), the same on every machine the folder
    /// is ingested on; null for a file under no recorded folder.
    relpath: Option<&'a str>,
    id: Option<&'a str>,
    title: Option<&'a str>,
    headline: &'a str,
    date: Option<&'a str>,
    date_utc: Option<String>,
    date_source: Option<&'a str>,
    modified: Option<&'a str>,
    score: f32,
    byline: Option<&'a str>,
    /// Where a wire story was filed (`WINNIPEG, March 3 -`), kept apart from its text
    /// and so from `snippet`.
    dateline: Option<&'a str>,
    url: Option<&'a str>,
    /// The site of `url` ([`crate::sites::site`]: `bbc.co.uk`), as `--site` takes it.
    site: Option<String>,
    people: &'a [String],
    organizations: &'a [String],
    places: &'a [String],
    tags: &'a [String],
    language: Option<&'a str>,
    snippet: &'a str,
    /// Whether the body goes on before the snippet, as text output shows with "…" (the
    /// snippet's text and highlight offsets leave the mark out).
    snippet_starts_mid_text: bool,
    /// Whether the body goes on after it.
    snippet_ends_mid_text: bool,
    highlights: Vec<[usize; 2]>,
    title_highlights: Vec<[usize; 2]>,
    duplicates: &'a [String],
    duplicate_uids: &'a [String],
    uid: &'a str,
    body_problem: Option<&'a str>,
}

/// What a search asked for, as its JSON answers echo it: the query, the filters (dates as
/// the first and last day they keep) and the options that change which articles match
/// and in what order.
#[derive(Serialize)]
pub struct JsonRequest<'a> {
    query: Option<&'a str>,
    person: &'a [String],
    org: &'a [String],
    place: &'a [String],
    /// `--country` (`country=`): each country, as typed.
    country: &'a [String],
    site: &'a [String],
    folder: &'a [String],
    lang: &'a [String],
    url: &'a [String],
    since: Option<String>,
    until: Option<String>,
    #[serde(rename = "match")]
    word_match: String,
    sort: &'static str,
    /// With `sort: recent`, the age at which the boost halves, in hours, days or years
    /// (`30d`); `null` with another sort, which does not use it.
    half_life: Option<String>,
    fuzzy: bool,
    exact_words: bool,
    exact_names: bool,
    collapse: bool,
}

/// A half-life in the largest unit that says it whole: `365d` is `1y`, `36h` stays `36h`.
fn duration_text(secs: i64) -> String {
    const UNITS: [(i64, &str); 4] = [(365 * 86_400, "y"), (7 * 86_400, "w"), (86_400, "d"), (3_600, "h")];
    UNITS
        .iter()
        .find(|(unit, _)| secs % unit == 0)
        .map_or_else(|| format!("{secs}s"), |(unit, name)| format!("{}{name}", secs / unit))
}

impl<'a> JsonRequest<'a> {
    /// The echo of `req`.
    pub fn of(req: &'a SearchRequest) -> JsonRequest<'a> {
        JsonRequest {
            query: req.text.as_deref(),
            person: &req.people,
            org: &req.orgs,
            place: &req.places,
            country: &req.countries,
            site: &req.sites,
            folder: &req.folders,
            lang: &req.languages,
            url: &req.urls,
            since: req.since.map(|span| span.first()),
            until: req.until.map(|span| span.last()),
            word_match: req.word_match.as_typed(),
            sort: req.sort.name(),
            half_life: (req.sort == super::query::Sort::Recent).then(|| duration_text(req.half_life_secs)),
            fuzzy: req.fuzzy,
            exact_words: req.exact_words,
            exact_names: req.exact_names,
            collapse: req.collapse,
        }
    }
}

fn pairs(snippet: &Snippet) -> Vec<[usize; 2]> {
    snippet.highlights.iter().map(|r| [r.start, r.end]).collect()
}

/// Prints results as one JSON document; `request`, the search made, when it was one.
pub fn json<W: Write>(
    out: &mut W,
    query: Option<&str>,
    request: Option<&SearchRequest>,
    results: &SearchResults,
    offset: usize,
    limit: usize,
) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &json_value(query, request, results, offset, limit))?;
    writeln!(out)
}

/// The JSON document of `search --json` (also the base of the server's answer).
pub fn json_value(
    query: Option<&str>,
    request: Option<&SearchRequest>,
    results: &SearchResults,
    offset: usize,
    limit: usize,
) -> serde_json::Value {
    let doc = JsonResults {
        newsdex_version: env!("CARGO_PKG_VERSION"),
        query,
        request: request.map(JsonRequest::of),
        total: results.total,
        stories: results.stories,
        offset,
        limit,
        hits: results
            .hits
            .iter()
            .map(|h| JsonHit {
                path: &h.path,
                relpath: h.relpath.as_deref(),
                id: h.id.as_deref(),
                title: h.title.as_deref(),
                headline: &h.headline,
                date: h.date.as_deref(),
                date_utc: h.date.as_deref().and_then(crate::dates::PublishedDate::utc_of_iso),
                date_source: h.date_source.as_deref(),
                modified: h.modified.as_deref(),
                score: h.score,
                byline: h.byline.as_deref(),
                dateline: h.dateline.as_deref(),
                url: h.url.as_deref(),
                site: h.url.as_deref().and_then(crate::sites::site),
                people: &h.people,
                organizations: &h.organizations,
                places: &h.places,
                tags: &h.tags,
                language: h.language.as_deref(),
                snippet: &h.snippet.text,
                snippet_starts_mid_text: !h.snippet.text.is_empty() && !h.snippet.at_start,
                snippet_ends_mid_text: !h.snippet.text.is_empty() && !h.snippet.at_end,
                highlights: pairs(&h.snippet),
                title_highlights: pairs(&h.title_snippet),
                duplicates: &h.duplicates,
                duplicate_uids: &h.duplicate_uids,
                uid: &h.uid,
                body_problem: h.body_problem.as_deref(),
            })
            .collect(),
    };
    serde_json::to_value(&doc).expect("search results serialize")
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    fn snippet(text: &str, highlights: Vec<std::ops::Range<usize>>) -> Snippet {
        Snippet { text: text.into(), highlights, at_start: true, at_end: true }
    }

    #[test]
    fn marks_plain_and_ansi() {
        let s = snippet("federal agents shot", vec![0..7, 8..14]);
        assert_eq!(mark(&s, Marker::Plain), "**federal** **agents** shot");
        assert_eq!(mark(&s, Marker::Ansi), "\x1b[1;31mfederal\x1b[0m \x1b[1;31magents\x1b[0m shot");
    }

    #[test]
    fn marks_count_characters_not_bytes() {
        let s = snippet("Renée Good", vec![0..5]);
        assert_eq!(mark(&s, Marker::Plain), "**Renée** Good");
    }

    #[cfg(unix)]
    #[test]
    fn relative_paths_start_at_the_ingested_folders_name() {
        let roots = vec!["/home/ana/corpora/bbc".to_string(), "/tmp/lone.html".to_string()];
        let rel = |source: &str| relative_path(source, &roots);
        assert_eq!(rel("/home/ana/corpora/bbc/politics/099.txt").as_deref(), Some("bbc/politics/099.txt"));
        assert_eq!(rel("/tmp/lone.html").as_deref(), Some("lone.html"));
        // A folder name that only starts like the root's is not under it.
        assert_eq!(rel("/home/ana/corpora/bbc2/a.txt"), None);
        // Of nested roots, the outermost: re-ingesting a part changes no row.
        let nested = vec!["/c/bbc/politics/".to_string(), "/c/bbc/".to_string()];
        assert_eq!(relative_path("/c/bbc/politics/1.txt", &nested).as_deref(), Some("bbc/politics/1.txt"));
        // The whole disk ingested: the path without its leading slash.
        assert_eq!(relative_path("/srv/a.txt", &["/".to_string()]).as_deref(), Some("srv/a.txt"));
    }

    fn plain_view(cwd: &Path) -> TextView<'_> {
        TextView { marker: Marker::Plain, cwd, width: None, copy_titles: true, filters: "" }
    }

    fn sample_hit() -> Hit {
        Hit {
            path: "/data/news/a.txt".into(),
            relpath: Some("news/a.txt".into()),
            id: None,
            title: Some("Snow emergency".into()),
            headline: "Snow emergency".into(),
            date: Some("2026-01-06".into()),
            date_source: Some("dateline".into()),
            modified: None,
            score: 1.5,
            byline: Some("Dana Whitfield".into()),
            dateline: None,
            url: Some("https://ledger.example/snow".into()),
            people: vec!["Jacob Frey".into()],
            organizations: vec![],
            places: vec!["Minneapolis".into()],
            tags: vec![],
            language: Some("en".into()),
            title_snippet: snippet("Snow emergency", vec![0..4]),
            snippet: Snippet { at_start: false, ..snippet("heavy snow fell", vec![6..10]) },
            duplicates: vec!["/data/news/a-copy.txt".into()],
            duplicate_uids: vec!["fedcba9876543210".into()],
            duplicate_relpaths: vec![Some("news/a-copy.txt".into())],
            duplicate_titles: vec![None],
            uid: "0123456789abcdef".into(),
            body_problem: None,
        }
    }

    #[test]
    fn text_output_names_everything_a_reader_needs() {
        let hit = sample_hit();
        let results = SearchResults { total: 2, stories: Some(1), hits: vec![hit], dated: None };
        let mut out = Vec::new();
        text(&mut out, Some("snow"), &results, 0, &plain_view(Path::new("/data"))).unwrap();
        let printed = String::from_utf8(out).unwrap();
        assert_eq!(
            printed,
            "Showing 1–1 of 1 story for \"snow\" (2 articles with their copies)\n\n 1. **Snow** emergency\n    2026-01-06 · by Dana Whitfield · news/a.txt · score 1.50\n    https://ledger.example/snow\n    also at: news/a-copy.txt\n    people: Jacob Frey\n    places: Minneapolis\n    …heavy **snow** fell\n"
        );
        // A file naming hundreds of places (a country list) shows the first of them.
        let mut many = results;
        many.hits[0].places = (1..=14).map(|n| format!("Place {n}")).collect();
        let mut out = Vec::new();
        text(&mut out, Some("snow"), &many, 0, &plain_view(Path::new("/data"))).unwrap();
        let printed = String::from_utf8(out).unwrap();
        assert!(printed.contains("    places: Place 1, Place 2, "), "{printed}");
        assert!(printed.contains(", Place 12 and 2 more\n"), "{printed}");
    }

    #[test]
    fn a_wire_hit_opens_its_snippet_with_its_dateline() {
        let hit = Hit { dateline: Some("WINNIPEG, March 3 -".into()), ..sample_hit() };
        let results = SearchResults { total: 1, stories: Some(1), hits: vec![hit], dated: None };
        let mut out = Vec::new();
        text(&mut out, Some("snow"), &results, 0, &plain_view(Path::new("/data"))).unwrap();
        let printed = String::from_utf8(out).unwrap();
        assert!(printed.ends_with("\n    WINNIPEG, March 3 - …heavy **snow** fell\n"), "{printed}");
        assert_eq!(with_dateline("DULUTH", "The port"), "DULUTH - The port", "a dash where it has none");
        let json = json_value(Some("snow"), None, &results, 0, 10);
        assert_eq!(json["hits"][0]["dateline"], "WINNIPEG, March 3 -");
        assert_eq!(json["hits"][0]["snippet"], "heavy snow fell", "the snippet is the text's alone");
    }

    #[test]
    fn a_copy_under_another_headline_is_named_by_it() {
        let mut hit = sample_hit();
        hit.duplicate_titles = vec![Some("Talks aim to avert\nstrike".into())];
        hit.duplicates.push("/data/news/b.txt".into());
        hit.duplicate_uids.push("b".into());
        hit.duplicate_titles.push(Some("Snow emergency".into()));
        hit.duplicates.push("/data/news/c.txt".into());
        hit.duplicate_uids.push("c".into());
        hit.duplicate_titles.push(None);
        // A headline of its own is given; the hit's own, or none, is not.
        assert_eq!(
            copies_shown(&hit, Path::new("/data"), true),
            ["news/a-copy.txt (\"Talks aim to avert strike\")", "news/b.txt", "news/c.txt"]
        );
        // Where copies are not named by their headlines (`similar`), the paths alone.
        assert_eq!(copies_shown(&hit, Path::new("/data"), false)[0], "news/a-copy.txt");
    }

    #[test]
    fn files_with_matches_lists_each_file_once_in_rank_order() {
        let hit = |path: &str| Hit { path: path.into(), ..sample_hit() };
        let hits = [hit("/n/wire.jsonl"), hit("/n/odd\nname.txt"), hit("/n/wire.jsonl"), hit("/n/a.txt")];
        let mut out = Vec::new();
        files_with_matches(&mut out, &hits, true).unwrap();
        assert_eq!(out, b"/n/wire.jsonl\0/n/odd\nname.txt\0/n/a.txt\0");
        let mut out = Vec::new();
        files_with_matches(&mut out, &hits[..1], false).unwrap();
        assert_eq!(out, b"/n/wire.jsonl\n");
    }

    #[test]
    fn kwic_lines_put_the_matches_in_one_column() {
        let a = kwic_line(
            "the council voted to close the",
            "harbour",
            " for the winter",
            "a.txt",
            Marker::Plain,
            KWIC_WIDTH,
        );
        let b = kwic_line("A", "harbour", "", "b.txt#2", Marker::Plain, KWIC_WIDTH);
        assert_eq!(a.find("harbour"), b.find("harbour"));
        assert_eq!(a.find("harbour"), Some(KWIC_WIDTH + 2));
        assert!(a.ends_with("  a.txt") && b.ends_with("  b.txt#2"), "{a}|{b}");
        assert_eq!(a.find("a.txt"), b.find("b.txt#2"));
        // No space is put where the text has none: "down," stays "down,", in the column.
        let c = kwic_line("“We won’t back ", "down", ", not now", "c.txt", Marker::Plain, KWIC_WIDTH);
        assert!(c.contains("“We won’t back  down, not now"), "{c}");
        assert_eq!(
            c.find("down"),
            Some(KWIC_WIDTH + 2 + "“We won’t back".len() - "“We won’t back".chars().count())
        );
        let d = kwic_line("a (", "harbour", ") b", "d.txt", Marker::Plain, KWIC_WIDTH);
        assert!(d.contains(" a (harbour) b "), "{d}");
        assert_eq!(d.find("harbour"), a.find("harbour"));
    }

    #[test]
    fn dates_read_alike_with_or_without_a_time() {
        assert_eq!(readable_date("2019-03-13T14:30:00-04:00"), "2019-03-13 14:30 -04:00");
        assert_eq!(readable_date("2019-03-13T14:30:15.250Z"), "2019-03-13 14:30:15 UTC");
        assert_eq!(readable_date("2019-03-13T14:30:00"), "2019-03-13 14:30");
        assert_eq!(readable_date("2022-01-03"), "2022-01-03");
        assert_eq!(
            dates_shown(Some("2025-05-14T21:05:00-04:00"), Some("2025-05-16T08:00:00-04:00")),
            "2025-05-14 21:05 -04:00 (updated 2025-05-16 08:00 -04:00)"
        );
        assert_eq!(dates_shown(Some("2025-05-14"), Some("2025-05-14T09:00:00Z")), "2025-05-14");
        assert_eq!(dates_shown(None, None), "undated");
    }

    #[test]
    fn on_a_terminal_a_hit_is_wrapped_under_its_indent() {
        let mut out = Vec::new();
        let words = "The harbour reopened after the storm, and the ferry to the island ran again on Monday.";
        write_wrapped(&mut out, "    ", words, Some(40)).unwrap();
        let printed = String::from_utf8(out).unwrap();
        assert!(printed.lines().count() > 2, "{printed}");
        for line in printed.lines() {
            assert!(
                line.starts_with("    ") && line.chars().count() <= 40 && !line.ends_with(' '),
                "{printed:?}"
            );
        }
        // Colour takes no width; in a pipe (no width) a line stays whole.
        let mut out = Vec::new();
        write_wrapped(&mut out, "    ", &format!("\x1b[1m{words}\x1b[0m"), Some(100)).unwrap();
        assert_eq!(String::from_utf8(out).unwrap().lines().count(), 1);
        let mut out = Vec::new();
        write_wrapped(&mut out, "    ", words, None).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), format!("    {words}\n"));
    }

    #[test]
    fn no_match_and_a_page_past_the_end_say_so() {
        let printed = |results: &SearchResults, offset: usize| {
            let mut out = Vec::new();
            text(&mut out, Some("snow"), results, offset, &plain_view(Path::new("/"))).unwrap();
            String::from_utf8(out).unwrap()
        };
        let none = SearchResults { total: 0, stories: Some(0), hits: vec![], dated: None };
        assert_eq!(printed(&none, 0), "");
        assert_eq!(no_match(Some("snow")), "No articles match \"snow\".");
        assert_eq!(no_match(None), "No articles match.");
        let past = SearchResults { total: 5, stories: Some(3), hits: vec![], dated: None };
        assert_eq!(
            printed(&past, 10),
            "No stories for \"snow\" on this page: 3 in all (5 articles with their copies).\n"
        );
        let uncounted = SearchResults { total: 5, stories: None, hits: vec![], dated: None };
        assert_eq!(printed(&uncounted, 10), "No articles for \"snow\" on this page: 5 in all.\n");
    }

    #[test]
    fn a_phrase_is_echoed_in_single_quotes_apart_from_its_words() {
        assert_eq!(quoted("snow"), "\"snow\"");
        assert_eq!(quoted("tony blair"), "\"tony blair\"");
        assert_eq!(quoted("\"tony blair\""), "'\"tony blair\"'");
        assert_eq!(quoted("\"prime minister\" OR chancellor"), "'\"prime minister\" OR chancellor'");
        assert_eq!(quoted("\"o'hara\" mayor"), "\"o'hara\" mayor");
    }
}
