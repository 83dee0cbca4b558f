//! `newsdex search`

use std::io::{IsTerminal, Write};
use std::path::Path;

use anyhow::{Context, Result};

use crate::cli::{ColorArg, SearchArgs, SortArg};
use crate::exit::Status;
use crate::index::NewsIndex;
use crate::search::query::{BuiltQuery, Highlight};
use crate::search::render::{self, Marker};
use crate::search::template::Ending;
use crate::search::{self, SearchRequest, Sort, hints};

/// Validates the arguments into a request; errors name the flag.
pub fn request(args: &SearchArgs) -> Result<SearchRequest> {
    if args.null && !args.files_with_matches && args.format.is_none() {
        anyhow::bail!("-0/--null ends the paths of -l or the lines of --format: give one of them");
    }
    if args.half_life != crate::cli::DEFAULT_HALF_LIFE && !matches!(args.sort, SortArg::Recent) {
        crate::note!("newsdex: --half-life is for --sort recent only; passed over");
    }
    Ok(SearchRequest {
        sort: match args.sort {
            SortArg::Relevance => Sort::Relevance,
            SortArg::Date => Sort::Date,
            SortArg::Oldest => Sort::Oldest,
            SortArg::Recent => Sort::Recent,
        },
        half_life_secs: crate::dates::parse_duration(&args.half_life)
            .map_err(|e| anyhow::anyhow!("--half-life: {e}"))?,
        limit: args.limit.unwrap_or(DEFAULT_HITS),
        offset: args.offset,
        fragments: if shows_snippets(args) { args.fragments } else { 0 },
        // -l lists the file of every matching article, a copy's too.
        collapse: !args.no_collapse && !args.files_with_matches,
        ..super::filtered_request(crate::cli::query_of(&args.query), &args.filters)?
    })
}

/// The hits a search shows when `-n` is not given.
pub const DEFAULT_HITS: usize = 10;

/// What stderr says when a search's output, to a file or through `--format`, holds fewer
/// hits than match and `-n` was not given: `search blair --format '{path}' > out.csv` wrote
/// 10 rows of 170 without a word. `shown` hits from `offset` on, of `stories` (after
/// copies are folded; else `total` articles). None when every one was written.
fn fewer_written(shown: usize, offset: usize, total: usize, stories: Option<usize>) -> Option<String> {
    let (matching, what) = match stories {
        Some(stories) => (stories, "stories"),
        None => (total, "articles"),
    };
    (shown > 0 && offset + shown < matching)
        .then(|| format!("wrote {shown} of {matching} {what}: -n all writes every one"))
}

/// Whether a search's output is a file's rows: `--format`, or any output not to a
/// terminal; [`fewer_written`] is said then.
fn writes_rows(args: &SearchArgs) -> bool {
    args.format.is_some() || !std::io::stdout().is_terminal()
}

/// Whether the search lists every article, newest or oldest first: `search --sort date`
/// with no query and no filter (a feed of what came in), where a search by relevance of
/// nothing is refused.
fn lists_everything(req: &SearchRequest) -> bool {
    !req.narrows() && matches!(req.sort, Sort::Date | Sort::Oldest)
}

/// Whether what is printed shows snippets: not `-l`, nor a `--format` without
/// `{snippet}`, which then are not made (`search -n 5000 --format '{path}' the` over BBC
/// took 331 ms with them, 115 without, median of 3).
fn shows_snippets(args: &SearchArgs) -> bool {
    match &args.format {
        _ if args.files_with_matches || args.kwic => false,
        Some(template) if !args.json => template.shows_snippet(),
        _ => true,
    }
}

/// Whether to colour, from `--color` and the environment.
pub fn marker(color: ColorArg) -> Marker {
    let auto = || {
        std::io::stdout().is_terminal()
            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            && std::env::var("TERM").map_or(true, |t| t != "dumb")
    };
    match color {
        ColorArg::Always => Marker::Ansi,
        ColorArg::Never => Marker::Plain,
        ColorArg::Auto if auto() => Marker::Ansi,
        ColorArg::Auto => Marker::Plain,
    }
}

/// Runs `newsdex search`.
pub fn run(index_dir: &Path, args: &SearchArgs) -> Result<Status> {
    let mut req = request(args)?;
    let news = NewsIndex::open(index_dir)?;
    let searcher = news.reader()?.searcher();
    let articles = usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX).max(1);
    if args.files_with_matches {
        // Every match, on one page.
        req.offset = 0;
        req.limit = articles;
    }
    if req.limit == usize::MAX {
        // `-n all`: every match, so as many as there are articles.
        req.limit = articles;
    }
    let built = if lists_everything(&req) {
        BuiltQuery {
            query: search::query::every_article(&news),
            highlight: Highlight::default(),
            wildcards_cut: Vec::new(),
        }
    } else {
        search::query::build(&news, &searcher, &req)?
    };
    let results = search::search_built(&news, &searcher, &req, &built)?;
    let mut out = super::stdout();
    let query = crate::cli::query_of(&args.query);
    let query = query.as_deref();
    // Said on stderr and, as the API answers, in the JSON: the notes, and what a date filter
    // left out for having no date (a search of its own: counted once).
    let mut notes = hints::notes(&req, &built.wildcards_cut, hints::Wording::FLAGS);
    if results.total > 0 {
        notes.extend(hints::unfinished_ingest(&news)?);
    }
    notes.extend(hints::surname_left_out(&news, &searcher, &req, hints::Wording::FLAGS)?);
    notes.extend(hints::name_written_elsewhere(&news, &searcher, &req, hints::Wording::FLAGS)?);
    notes.extend(hints::undated_listed_last(&searcher, &req, &*built.query, results.total)?);
    let undated = hints::undated_left_out(&news, &searcher, &req)?;
    if args.files_with_matches {
        render::files_with_matches(&mut out, &results.hits, args.null)
    } else if args.json {
        let mut doc = render::json_value(query, Some(&req), &results, req.offset, req.limit);
        doc["notes"] = serde_json::json!(notes);
        doc["undated_left_out"] = serde_json::json!(undated);
        // Why nothing matched, as the API says it (and stderr, below).
        if results.total == 0 && req.narrows() {
            doc["hints"] =
                serde_json::json!(hints::why_nothing(&news, &searcher, &req, hints::Wording::FLAGS)?);
        }
        serde_json::to_writer_pretty(&mut out, &doc)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out))
    } else if let Some(template) = &args.format {
        let doc = render::json_value(query, Some(&req), &results, req.offset, req.limit);
        let ending = if args.null { Ending::Nul } else { Ending::Line };
        crate::search::template::write_with_header(&mut out, args.header.as_deref(), template, &doc, ending)
    } else if args.kwic {
        kwic(&mut out, &news, &searcher, &built, &results.hits, marker(args.color))
    } else if req.limit == 0 && results.total > 0 {
        render::count_only(&mut out, query, &results)
    } else {
        let cwd = std::env::current_dir().unwrap_or_default();
        render::text(
            &mut out,
            query,
            &results,
            req.offset,
            marker(args.color),
            &cwd,
            render::terminal_width(),
        )
    }
    .context("writing results")?;
    if results.total == 0 {
        if !args.json && !args.files_with_matches {
            crate::note!("{}", render::no_match(query));
        }
        super::print_why_nothing(&news, &searcher, &req)?;
    } else if !crate::messages::is_quiet() {
        for note in &notes {
            crate::note!("newsdex: {note}");
        }
        super::note_undated_left_out(undated, &req);
        let shown_all = args.limit.is_some() || args.files_with_matches || req.limit == 0;
        let fewer = fewer_written(results.hits.len(), req.offset, results.total, results.stories);
        if let Some(fewer) = fewer.filter(|_| !shown_all && writes_rows(args)) {
            crate::note!("newsdex: {fewer}");
        }
    }
    super::finish(out)?;
    super::leave_to_exit((searcher, news));
    Ok(if results.total == 0 { Status::NoHits } else { Status::Success })
}

/// `search --kwic`: each match of the query in each hit's title and text, one line each
/// ([`render::kwic_line`]), found by the highlighter that marks snippets.
fn kwic(
    out: &mut impl Write,
    news: &NewsIndex,
    searcher: &tantivy::Searcher,
    built: &BuiltQuery,
    hits: &[search::Hit],
    marker: Marker,
) -> std::io::Result<()> {
    let highlighter = search::snippet::Highlighter::new(&built.highlight);
    let cwd = std::env::current_dir().unwrap_or_default();
    for hit in hits {
        let mut place = crate::messages::one_line(&render::display_path(&hit.path, &cwd));
        if let Some(number) = hit.id.as_deref().and_then(|id| id.rsplit('#').next()) {
            place = format!("{place}#{number}");
        }
        let body = match search::article_by_uid(news, searcher, &hit.uid).map_err(std::io::Error::other)? {
            Some(addr) => {
                let doc: tantivy::TantivyDocument = searcher.doc(addr).map_err(std::io::Error::other)?;
                crate::index::stored::body(&news.fields, &doc).text
            }
            None => String::new(),
        };
        for text in [hit.title.as_deref().unwrap_or_default(), body.as_str()] {
            for (before, matched, after) in highlighter.in_context(text, render::KWIC_WIDTH) {
                writeln!(out, "{}", render::kwic_line(&before, &matched, &after, &place, marker))?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn args(line: &[&str]) -> SearchArgs {
        let cli = crate::cli::Cli::parse_from([&["newsdex", "search"], line].concat());
        let crate::cli::Command::Search(args) = cli.command else { panic!("expected search") };
        args
    }

    #[test]
    fn snippets_are_made_only_for_output_that_shows_them() {
        assert!(shows_snippets(&args(&["x"])));
        assert!(shows_snippets(&args(&["x", "--json"])));
        assert!(shows_snippets(&args(&["x", "--format", "{title}: {snippet}"])));
        assert!(!shows_snippets(&args(&["x", "--format", "{path}"])));
        assert!(!shows_snippets(&args(&["x", "-l"])));
        assert_eq!(request(&args(&["x", "--format", "{path}"])).unwrap().fragments, 0);
        assert_eq!(request(&args(&["x", "--fragments", "3"])).unwrap().fragments, 3);
    }

    #[test]
    fn a_sort_by_date_of_nothing_lists_every_article_and_n_all_every_hit() {
        assert!(lists_everything(&request(&args(&["--sort", "date"])).unwrap()));
        assert!(lists_everything(&request(&args(&["--sort", "oldest"])).unwrap()));
        assert!(!lists_everything(&request(&args(&[])).unwrap()));
        assert!(!lists_everything(&request(&args(&["x", "--sort", "date"])).unwrap()));
        assert!(!lists_everything(&request(&args(&["--sort", "date", "--since", "2026"])).unwrap()));
        assert_eq!(args(&["x", "-n", "all"]).limit, Some(usize::MAX));
        assert_eq!(args(&["x", "-n", "7"]).limit, Some(7));
    }

    #[test]
    fn fewer_hits_written_than_match_are_counted_against_the_stories() {
        assert_eq!(
            fewer_written(10, 0, 180, Some(170)).as_deref(),
            Some("wrote 10 of 170 stories: -n all writes every one")
        );
        assert_eq!(
            fewer_written(10, 0, 12, None).as_deref(),
            Some("wrote 10 of 12 articles: -n all writes every one")
        );
        assert_eq!(fewer_written(8, 0, 9, Some(8)), None);
        assert_eq!(fewer_written(2, 10, 12, Some(12)), None);
        assert_eq!(fewer_written(0, 0, 12, Some(12)), None);
    }
}
