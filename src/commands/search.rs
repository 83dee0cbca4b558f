//! `newsdex search`

use std::io::IsTerminal;
use std::path::Path;

use anyhow::{Context, Result};

use crate::cli::{ColorArg, SearchArgs, SortArg};
use crate::exit::Status;
use crate::index::NewsIndex;
use crate::search::render::{self, Marker};
use crate::search::{self, SearchRequest, Sort};

/// Validates the arguments into a request; errors name the flag.
pub fn request(args: &SearchArgs) -> Result<SearchRequest> {
    Ok(SearchRequest {
        sort: match args.sort {
            SortArg::Relevance => Sort::Relevance,
            SortArg::Date => Sort::Date,
            SortArg::Recent => Sort::Recent,
        },
        half_life_secs: crate::dates::parse_duration(&args.half_life)
            .map_err(|e| anyhow::anyhow!("--half-life: {e}"))?,
        limit: args.limit,
        offset: args.offset,
        fuzzy: args.fuzzy,
        fragments: args.fragments,
        collapse: !args.no_collapse,
        ..super::filtered_request(args.query.clone(), &args.filters)?
    })
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

/// For a search that found nothing, why: dates that leave no day between them, a query
/// that matches alone but not with the filters, and each filter name that no article of
/// the index carries, naming the flag and the command that lists the names there are
/// ("--place \"Nowhere\": no article names this place; `newsdex places` lists the most named").
fn no_hit_hints(news: &NewsIndex, searcher: &tantivy::Searcher, req: &SearchRequest) -> Result<Vec<String>> {
    type Only = fn(String) -> SearchRequest;
    let filters: [(&str, &str, &str, &[String], Only); 3] = [
        ("--person", "person", "people", &req.people, |n| SearchRequest {
            people: vec![n],
            ..Default::default()
        }),
        ("--org", "organization", "orgs", &req.orgs, |n| SearchRequest {
            orgs: vec![n],
            ..Default::default()
        }),
        ("--place", "place", "places", &req.places, |n| SearchRequest {
            places: vec![n],
            ..Default::default()
        }),
    ];
    let mut hints = Vec::new();
    if let (Some(since), Some(until)) = (req.since, req.until)
        && since.start >= until.end
    {
        hints.push("--since is after --until: no date is in between (swap them?)".to_string());
    }
    let text_only = SearchRequest { text: req.text.clone(), ..Default::default() };
    let filtered = SearchRequest { text: None, ..req.clone() };
    if text_only.narrows() && filtered.narrows() {
        let built = search::query::build(news, searcher, &text_only)?;
        let alone = searcher.search(&*built.query, &tantivy::collector::Count)?;
        if alone > 0 {
            hints.push(format!(
                "{alone} articles match {:?} without the filters (--person, --org, --place, --site, --since, --until)",
                req.text.as_deref().unwrap_or_default()
            ));
        }
    }
    for (flag, kind, command, names, only) in filters {
        for name in names {
            let built = search::query::build(news, searcher, &only(name.clone()))?;
            if searcher.search(&*built.query, &tantivy::collector::Count)? == 0 {
                hints.push(format!(
                    "{flag} {name:?}: no article names this {kind}; `newsdex {command}` lists the most named"
                ));
            }
        }
    }
    for site in &req.sites {
        let only = SearchRequest { sites: vec![site.clone()], ..Default::default() };
        let built = search::query::build(news, searcher, &only)?;
        if searcher.search(&*built.query, &tantivy::collector::Count)? == 0 {
            hints.push(format!(
                "--site {site:?}: no article comes from this site; `newsdex sites` lists them"
            ));
        }
    }
    Ok(hints)
}

/// Runs `newsdex search`.
pub fn run(index_dir: &Path, args: &SearchArgs) -> Result<Status> {
    let req = request(args)?;
    let news = NewsIndex::open(index_dir)?;
    let searcher = news.reader()?.searcher();
    let results = search::search(&news, &searcher, &req)?;
    let mut out = super::stdout();
    let query = args.query.as_deref();
    if args.json {
        render::json(&mut out, query, &results, req.offset, req.limit)
    } else {
        let cwd = std::env::current_dir().unwrap_or_default();
        render::text(&mut out, query, &results, req.offset, marker(args.color), &cwd)
    }
    .context("writing results")?;
    if results.total == 0 && !crate::messages::is_quiet() {
        for hint in no_hit_hints(&news, &searcher, &req)? {
            crate::note!("newsdex: {hint}");
        }
    }
    super::finish(out)?;
    super::leave_to_exit((searcher, news));
    Ok(if results.total == 0 { Status::NoHits } else { Status::Success })
}
