//! `newsdex similar` and `newsdex duplicates`.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use serde::Serialize;
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, DocSet, TERMINATED, TantivyDocument, Term};

use crate::cli::{DuplicatesArgs, SimilarArgs};
use crate::dedup::{self, Fingerprint};
use crate::exit::Status;
use crate::index::NewsIndex;
use crate::index::schema::KIND_ARTICLE;
use crate::search::render::{self, display_path};
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
    let results = search::similar(&news, &searcher, target, within, args.limit.max(1))?;
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
        writeln!(out, "{}", marker.styled("2", &header))
            .and_then(|()| render::hits_text(&mut out, &results, 0, marker, &cwd, render::terminal_width()))
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

#[derive(Serialize)]
struct Group {
    kind: &'static str,
    title: Option<String>,
    /// Each copy as `search --json` names duplicates and `similar` takes them: the absolute
    /// path, with `#ID` for an article inside a many-article file.
    copies: Vec<String>,
    /// Each copy's publication date as `search --json` gives it, in the order of `copies`
    /// (`null` when undated): near copies of a daily report are each a day's.
    dates: Vec<Option<String>>,
    /// The same copies as the text output shows them (relative path, then the id).
    #[serde(skip)]
    shown: Vec<String>,
}

#[derive(Serialize)]
struct Report {
    articles: usize,
    /// With a query or filters: the articles they match, whose groups are listed.
    #[serde(skip_serializing_if = "Option::is_none")]
    matching: Option<usize>,
    groups: usize,
    exact_groups: usize,
    near_groups: usize,
    articles_in_groups: usize,
    shown: Vec<Group>,
}

/// Runs `newsdex duplicates`: every group of copies in the index.
pub fn duplicates(index_dir: &Path, args: &DuplicatesArgs) -> Result<Status> {
    let typed = crate::cli::query_of(&args.query);
    let req = super::filtered_request(typed.clone(), &args.filters)?;
    super::say_zones_ignored(&req);
    let news = NewsIndex::open(index_dir)?;
    let searcher = news.reader()?.searcher();
    let (addrs, prints) = all_fingerprints(&news, &searcher)?;
    let mut groups = dedup::groups(&prints);
    // Only the groups with a copy the query and filters keep.
    let mut matching = None;
    if req.narrows() {
        let (query, count) = super::matching(&news, &searcher, &req)?;
        let kept = searcher.search(&*query, &tantivy::collector::DocSetCollector)?;
        groups.retain(|g| g.iter().any(|&i| kept.contains(&addrs[i])));
        matching = Some(count);
        if count == 0 {
            super::print_why_nothing(&news, &searcher, &req)?;
        }
    }
    // The order the index holds articles in depends on how many threads ingested them, so
    // groups and their copies are put in an order of their own: largest group first, then by
    // its oldest copy; each group's copies oldest first, the undated last, then by file and id.
    // Each grouped copy is read once: for its place here, and for its line below.
    let mut members = std::collections::HashMap::new();
    for &i in groups.iter().flatten() {
        let doc: TantivyDocument = searcher.doc(addrs[i])?;
        members.insert(i, (copy_order(&news, &doc), doc));
    }
    for g in &mut groups {
        g.sort_by(|a, b| members[a].0.cmp(&members[b].0));
    }
    groups.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| members[&a[0]].0.cmp(&members[&b[0]].0)));
    let is_exact = |g: &Vec<usize>| g.iter().all(|&i| prints[i].text_hash == prints[g[0]].text_hash);
    let exact_groups = groups.iter().filter(|g| is_exact(g)).count();
    let cwd = std::env::current_dir().unwrap_or_default();
    let describe = |g: &Vec<usize>| -> Result<Group> {
        let mut title = None;
        let (mut copies, mut dates, mut shown) = (Vec::new(), Vec::new(), Vec::new());
        // In copy order: the first is the original, the others its copies.
        for &i in g {
            let ((_, date, ..), doc) = &members[&i];
            let (date, doc) = (date.clone(), doc);
            title = title.or_else(|| first_text(doc, news.fields.title));
            let source = first_text(doc, news.fields.source).unwrap_or_default();
            let path = display_path(&source, &cwd);
            let day = date.as_deref().map_or("undated  ", |d| d.get(..10).unwrap_or(d));
            shown.push(match first_text(doc, news.fields.id) {
                Some(id) => format!("{day} · {path} ({id})"),
                None => format!("{day} · {path}"),
            });
            dates.push(date);
            copies.push(match news.fields.raw_id(doc) {
                Some(id) => format!("{source}#{id}"),
                None => source,
            });
        }
        Ok(Group { kind: if is_exact(g) { "exact" } else { "near" }, title, copies, dates, shown })
    };
    let report = Report {
        articles: prints.len(),
        matching,
        groups: groups.len(),
        exact_groups,
        near_groups: groups.len() - exact_groups,
        articles_in_groups: groups.iter().map(Vec::len).sum(),
        shown: groups.iter().take(args.limit).map(describe).collect::<Result<_>>()?,
    };
    let mut out = super::stdout();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report).context("writing JSON")?;
        writeln!(out)?;
    } else {
        let among = match (report.matching, typed.as_deref()) {
            (Some(n), Some(q)) => format!(", with a copy among the {n} matching {}", render::quoted(q)),
            (Some(n), None) => format!(", with a copy among the {n} the filters keep"),
            _ => String::new(),
        };
        writeln!(
            out,
            "{} of {} articles are in {} {} of copies ({} exact, {} near duplicates){among}",
            report.articles_in_groups,
            report.articles,
            report.groups,
            if report.groups == 1 { "group" } else { "groups" },
            report.exact_groups,
            report.near_groups
        )?;
        for g in &report.shown {
            writeln!(
                out,
                "\n{} copies ({}): {}",
                g.shown.len(),
                g.kind,
                g.title.as_deref().unwrap_or("(untitled)")
            )?;
            for c in g.shown.iter().take(10) {
                writeln!(out, "    {c}")?;
            }
            if g.shown.len() > 10 {
                writeln!(out, "    … and {} more", g.shown.len() - 10)?;
            }
        }
    }
    super::finish(out)?;
    Ok(if groups.is_empty() { Status::NoHits } else { Status::Success })
}

/// Every live article's address and duplicate fingerprints.
/// Where a copy stands in its group: oldest first, the undated last, then by file and id.
/// Nothing in it depends on where the index holds the article.
fn copy_order(news: &NewsIndex, doc: &TantivyDocument) -> (bool, Option<String>, String, Option<String>) {
    let date = first_text(doc, news.fields.date_text);
    (date.is_none(), date, first_text(doc, news.fields.source).unwrap_or_default(), news.fields.raw_id(doc))
}

fn all_fingerprints(
    news: &NewsIndex,
    searcher: &tantivy::Searcher,
) -> Result<(Vec<DocAddress>, Vec<Fingerprint>)> {
    let term = Term::from_field_text(news.fields.kind, KIND_ARTICLE);
    let (mut addrs, mut prints) = (Vec::new(), Vec::new());
    let mut reader = search::FingerprintReader::new(searcher);
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        let Some(mut postings) =
            segment.inverted_index(news.fields.kind)?.read_postings(&term, IndexRecordOption::Basic)?
        else {
            continue;
        };
        let mut doc = postings.doc();
        while doc != TERMINATED {
            if !segment.is_deleted(doc) {
                let addr = DocAddress::new(ord as u32, doc);
                prints.push(reader.read(addr)?);
                addrs.push(addr);
            }
            doc = postings.advance();
        }
    }
    Ok((addrs, prints))
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
