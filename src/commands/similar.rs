//! `newsdex similar`.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use tantivy::TantivyDocument;

use crate::cli::SimilarArgs;
use crate::exit::Status;
use crate::index::NewsIndex;
use crate::search::render;
use crate::search::template::Ending;
use crate::search::{self, first_text};

/// Runs `newsdex similar`.
pub fn run(index_dir: &Path, args: &SimilarArgs) -> Result<Status> {
    if args.null && args.format.is_none() {
        anyhow::bail!("-0/--null ends the lines of --format: give --format");
    }
    let req = super::filtered_request(None, &args.filters)?;
    super::say_zones_ignored(&req);
    let news = NewsIndex::open(index_dir)?;
    let searcher = news.reader()?.searcher();
    let named = crate::ingest::walk::source_of(args.article.clone().into());
    let target = search::find_article(&news, &searcher, &named)?;
    let within = if req.narrows() { Some(super::matching(&news, &searcher, &req)?.0) } else { None };
    let results =
        search::similar(&news, &searcher, target, within, args.limit.max(1), &search::ingested_roots(&news))?;
    if results.hits.is_empty() {
        super::note_undated_left_out(search::hints::undated_left_out(&news, &searcher, &req)?, &req);
    }
    let mut out = super::stdout();
    if args.json {
        render::json(&mut out, Some(&named), None, &results, 0, args.limit)
    } else if let Some(template) = &args.format {
        // The hits as `search --format` writes them, from the same JSON document.
        let doc = render::json_value(Some(&named), None, &results, 0, args.limit);
        let ending = Ending::of_lines(args.null);
        crate::search::template::write_with_header(&mut out, args.header.as_deref(), template, &doc, ending)
    } else if results.hits.is_empty() {
        // The article was found: it is its likes that are missing.
        let among = if req.narrows() { " among those the filters keep" } else { "" };
        writeln!(
            out,
            "No other article{among} is like {}: none shares enough of its rarer words.",
            render::quoted(&named)
        )
    } else {
        let doc: TantivyDocument = searcher.doc(target)?;
        let headline = first_text(&doc, news.fields.title);
        let marker = super::search::marker(args.color);
        let cwd = std::env::current_dir().unwrap_or_default();
        // The hits as `search` lists them, under a header of `similar`'s own.
        let header = likes_header(headline.as_deref(), &named, results.hits.len(), similar_count(&results));
        writeln!(out, "{}", marker.styled("2", &header)).and_then(|()| {
            render::hits_text(&mut out, &results, 0, marker, &cwd, render::terminal_width(), false)
        })
    }
    .context("writing results")?;
    super::finish(out)?;
    Ok(if results.hits.is_empty() { Status::NoHits } else { Status::Success })
}

/// How many articles are like it, as the header counts them: the stories (copies folded
/// among the most alike), else the articles.
fn similar_count(results: &search::SearchResults) -> usize {
    results.stories.unwrap_or(results.total)
}

/// The line above `similar`'s hits, naming the article by its headline and as it was named:
/// `Articles most like "Blair stresses prosperity goals" (politics/099.txt): 1–3 of 8709`.
/// It read "Showing 1–3 of 8709 stories for \"politics/099.txt\"", as if the path were a
/// query. An article without a title is named by what was typed alone.
fn likes_header(headline: Option<&str>, named: &str, shown: usize, count: usize) -> String {
    let named = crate::messages::printable(named);
    let about = match headline.map(str::trim).filter(|h| !h.is_empty()) {
        Some(h) => format!("{} ({named})", render::quoted(h)),
        None => named.into_owned(),
    };
    format!("Articles most like {about}: 1–{shown} of {count}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_names_the_article_by_its_headline_and_as_typed() {
        assert_eq!(
            likes_header(Some("Blair stresses prosperity goals"), "politics/099.txt", 3, 8709),
            "Articles most like \"Blair stresses prosperity goals\" (politics/099.txt): 1–3 of 8709"
        );
        // Untitled (or a blank title): the name typed alone.
        assert_eq!(likes_header(None, "notes/a.txt", 1, 2), "Articles most like notes/a.txt: 1–1 of 2");
        assert_eq!(likes_header(Some("  "), "notes/a.txt", 1, 2), "Articles most like notes/a.txt: 1–1 of 2");
    }
}
