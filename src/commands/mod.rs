//! One function per subcommand: validate the arguments, call the library, print.
//!
//! These are the only places that write results to stdout.

pub mod duplicates;
pub mod extract;
pub mod ingest;
pub mod names;
pub mod purge;
pub mod quotes;
pub mod search;
pub mod show;
pub mod similar;
pub mod stats;
pub mod timeline;

use std::io::{self, BufWriter, Write};

use anyhow::Result;
use tantivy::Searcher;
use tantivy::collector::Count;
use tantivy::query::Query;

use crate::cli::FilterArgs;
use crate::dates::parse_span;
use crate::index::NewsIndex;
use crate::search::SearchRequest;

/// Says on stderr which of `--since` and `--until` were given a zone that is not applied
/// (`search` says it among its notes).
pub(crate) fn say_zones_ignored(req: &SearchRequest) {
    for note in crate::search::hints::zones_ignored(req, crate::search::hints::Wording::FLAGS) {
        crate::note!("newsdex: {note}");
    }
}

/// The filters as typed, for a count line: ` with --person "Tony Blair" --since 2005`,
/// so that a count pasted into notes keeps what it counted ("33 stories for "tax"" read
/// as a count of every article on tax). Nothing without filters.
pub(crate) fn filters_typed(filters: &FilterArgs) -> String {
    let shown = |value: &str| {
        if value.is_empty() || value.contains(|c: char| c.is_whitespace() || c == '"') {
            format!("{value:?}")
        } else {
            value.to_string()
        }
    };
    let folders: Vec<String> = filters.folder.iter().map(|f| f.display().to_string()).collect();
    let lists: [(&str, &[String]); 8] = [
        ("--person", &filters.person),
        ("--org", &filters.org),
        ("--place", &filters.place),
        ("--country", &filters.country),
        ("--site", &filters.site),
        ("--folder", &folders),
        ("--lang", &filters.lang),
        ("--url", &filters.url),
    ];
    let mut typed: Vec<String> = lists
        .into_iter()
        .flat_map(|(flag, values)| values.iter().map(move |value| format!("{flag} {}", shown(value))))
        .collect();
    typed.extend(filters.since.as_deref().map(|since| format!("--since {}", shown(since))));
    typed.extend(filters.until.as_deref().map(|until| format!("--until {}", shown(until))));
    if typed.is_empty() {
        return String::new();
    }
    if filters.exact_names
        && !(filters.person.is_empty() && filters.org.is_empty() && filters.place.is_empty())
    {
        typed.push("--exact-names".to_string());
    }
    format!(" with {}", typed.join(" "))
}

/// A request for the articles matching `text` and the filters; errors name the flag.
pub(crate) fn filtered_request(text: Option<String>, filters: &FilterArgs) -> Result<SearchRequest> {
    // A zone given is said in the notes (`hints::notes`).
    let span = |flag: &str, value: &Option<String>| {
        value.as_deref().map(|v| parse_span(v).map_err(|e| anyhow::anyhow!("{flag}: {e}"))).transpose()
    };
    let req = SearchRequest {
        text,
        people: filters.person.clone(),
        orgs: filters.org.clone(),
        places: filters.place.clone(),
        countries: filters.country.clone(),
        sites: filters.site.clone(),
        folders: filters.folder.iter().map(|p| crate::search::query::folder_filter(p)).collect(),
        languages: filters.lang.clone(),
        urls: filters.url.clone(),
        since: span("--since", &filters.since)?,
        until: span("--until", &filters.until)?,
        word_match: filters.word_match,
        exact_names: filters.exact_names,
        fuzzy: filters.fuzzy,
        exact_words: filters.exact_words,
        ..SearchRequest::default()
    };
    match crate::search::hints::reversed_dates(&req, crate::search::hints::Wording::FLAGS) {
        Some(reversed) => Err(anyhow::anyhow!(reversed)),
        None => {
            say_dates_read(filters);
            Ok(req)
        }
    }
}

/// Says on stderr how a `--since` or `--until` typed otherwise than as the date itself
/// was read: "--since 19.10.1987 is read as 1987-10-19", "--until 2026-W04 is read as
/// 2026-01-25 (included)".
fn say_dates_read(filters: &FilterArgs) {
    for (flag, value, until) in [("--since", &filters.since, false), ("--until", &filters.until, true)] {
        if let Some(typed) = value.as_deref()
            && let Some(read) = crate::dates::read_as(typed, until)
        {
            let included = if until { " (included)" } else { "" };
            crate::note!("newsdex: {flag} {} is read as {read}{included}", typed.trim());
        }
    }
}

/// The query selecting the articles `req` asks for (all of them when it narrows nothing)
/// and how many articles it selects.
pub(crate) fn matching(
    news: &NewsIndex,
    searcher: &Searcher,
    req: &SearchRequest,
) -> Result<(Box<dyn Query>, usize)> {
    let query = crate::search::query::articles(news, searcher, req)?;
    let count = searcher.search(&*query, &Count)?;
    Ok((query, count))
}

/// Says on stderr how many articles a date filter left out for carrying no date (`count`,
/// from [`crate::search::hints::undated_left_out`]), when any: not silently.
pub(crate) fn note_undated_left_out(count: usize, req: &SearchRequest) {
    if count > 0 {
        crate::note!(
            "newsdex: {}",
            crate::search::hints::undated_left_out_note(count, req, crate::search::hints::Wording::FLAGS)
        );
    }
}

/// A buffered, locked stdout.
pub(crate) fn stdout() -> BufWriter<io::StdoutLock<'static>> {
    BufWriter::new(io::stdout().lock())
}

/// When a search or timeline matched nothing: why, on stderr (unless `--quiet`), as
/// [`crate::search::hints::why_nothing`] words it for the command line. Returns the hints
/// (none under `--quiet`).
pub(crate) fn print_why_nothing(
    news: &crate::index::NewsIndex,
    searcher: &Searcher,
    req: &crate::search::query::SearchRequest,
) -> Result<Vec<crate::search::hints::Hint>> {
    print_why_nothing_with(news, searcher, req, &[], &[])
}

/// [`print_why_nothing`] for a name listing, whose `--with` names became filters of a
/// kind: a hint on one names `--with`, as the user typed it. A `--with` name `offered`
/// another spelling already has no hint that no article names it.
pub(crate) fn print_why_nothing_with(
    news: &crate::index::NewsIndex,
    searcher: &Searcher,
    req: &crate::search::query::SearchRequest,
    with: &[String],
    offered: &[String],
) -> Result<Vec<crate::search::hints::Hint>> {
    use crate::search::hints;
    if crate::messages::is_quiet() {
        return Ok(Vec::new());
    }
    let hints = hints::why_nothing_about(news, searcher, req, hints::Wording::FLAGS)?;
    for hint in &hints {
        let as_typed = with.iter().find_map(|name| {
            ["person", "org", "place", "site"]
                .iter()
                .find_map(|kind| hint.text.strip_prefix(&format!("--{kind} {name:?}")))
                .map(|rest| format!("--with {name:?}{rest}"))
        });
        if hint.unnamed.as_ref().is_some_and(|unnamed| offered.contains(&unnamed.name)) {
            continue;
        }
        crate::note!("newsdex: {}", as_typed.as_deref().unwrap_or(&hint.text));
    }
    Ok(hints)
}

/// Flushes stdout, keeping a closed pipe recognisable to `main`.
pub(crate) fn finish(mut out: impl Write) -> anyhow::Result<()> {
    out.flush()?;
    Ok(())
}

/// Hands an opened index (or its searcher) to the operating system at exit instead of dropping
/// it. Dropping unmaps each of the index's files and frees its caches one by one: 2-3 ms of a
/// 10 ms `search` on a 7-segment index, where the kernel releases a dying process's memory in
/// one go. For commands that print and exit; a long-lived server drops its index as usual.
pub(crate) fn leave_to_exit<T>(opened: T) {
    std::mem::forget(opened);
}
