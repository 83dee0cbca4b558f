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
    if let Some(field) = args.format.as_ref().and_then(|t| t.kwic_field()).filter(|_| !args.kwic) {
        anyhow::bail!(
            "--format: {{{field}}} is a field of --kwic's lines (with {{match}} and its context): add --kwic"
        );
    }
    if args.half_life != crate::cli::DEFAULT_HALF_LIFE && !matches!(args.sort, SortArg::Recent) {
        crate::note!("newsdex: --half-life is for --sort recent only; passed over");
    }
    Ok(SearchRequest {
        sort: Sort::from(args.sort),
        half_life_secs: half_life_secs(&args.half_life)?,
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
            names_kept: Vec::new(),
            typed: Vec::new(),
        }
    } else {
        search::query::build(&news, &searcher, &req)?
    };
    let results = search::search_built(&news, &searcher, &req, &built, &search::ingested_roots(&news))?;
    let mut out = super::stdout();
    let query = crate::cli::query_of(&args.query);
    let query = query.as_deref();
    // Said on stderr and, as the API answers, in the JSON: the notes, and what a date filter
    // left out for having no date (a search of its own: counted once).
    let mut notes = hints::notes(&req, &built, hints::Wording::FLAGS);
    if results.total > 0 {
        notes.extend(hints::unfinished_ingest(&news)?);
        notes.extend(hints::rare_spellings(&news, &searcher, req.text.as_deref())?);
    }
    let filter_notes = hints::name_filter_notes_about(&news, &searcher, &req, hints::Wording::FLAGS)?;
    notes.extend(filter_notes.iter().map(|note| note.text.clone()));
    // Every story on this page: the undated ones listed can be counted (copies are folded).
    let every_story = req.offset == 0 && results.stories.is_some_and(|stories| results.hits.len() >= stories);
    let listed =
        every_story.then(|| (results.hits.iter().filter(|h| h.date.is_none()).count(), results.hits.len()));
    let copies_folded = results.stories.is_some_and(|stories| stories < results.total);
    notes.extend(hints::undated_listed_last(
        &searcher,
        &req,
        &*built.query,
        results.total,
        listed,
        copies_folded,
    )?);
    let undated = hints::undated_left_out(&news, &searcher, &req)?;
    let mut no_kwic_line = false;
    if args.files_with_matches {
        render::files_with_matches(&mut out, &results.hits, args.null)
    } else if args.kwic {
        let width = args.context.map_or(render::KWIC_WIDTH, usize::from);
        let lines = kwic_lines(&news, &searcher, &built, &results.hits, width)?;
        no_kwic_line = lines.is_empty();
        if args.json || args.format.is_some() {
            let mut doc = render::json_value(query, Some(&req), &results, req.offset, req.limit);
            if args.format.as_ref().is_some_and(|t| t.shows_lead()) {
                add_leads(&news, &searcher, &mut doc, &results.hits)?;
            }
            kwic_rows(&mut out, &doc, &lines, args)
        } else {
            kwic_text(&mut out, &results.hits, &lines, marker(args.color), width)
        }
    } else if args.json {
        let mut doc = render::json_value(query, Some(&req), &results, req.offset, req.limit);
        add_copy_titles(&mut doc, &results.hits);
        doc["limit"] =
            serde_json::json!(page_size(args.limit, req.limit, results.stories.unwrap_or(results.total)));
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
        let mut doc = render::json_value(query, Some(&req), &results, req.offset, req.limit);
        if template.shows_lead() {
            add_leads(&news, &searcher, &mut doc, &results.hits)?;
        }
        add_duplicate_refs(&mut doc, &results.hits);
        let ending = Ending::of_lines(args.null);
        crate::search::template::write_with_header(&mut out, args.header.as_deref(), template, &doc, ending)
    } else if req.limit == 0 && results.total > 0 {
        render::count_only(&mut out, query, &super::filters_typed(&args.filters), &results)
    } else {
        let cwd = std::env::current_dir().unwrap_or_default();
        render::text(
            &mut out,
            query,
            &results,
            req.offset,
            &render::TextView {
                marker: marker(args.color),
                cwd: &cwd,
                width: render::terminal_width(),
                copy_titles: true,
                filters: &super::filters_typed(&args.filters),
            },
        )
    }
    .context("writing results")?;
    if results.total == 0 {
        if !args.json && !args.files_with_matches {
            crate::note!("{}", render::no_match(query));
        }
        let said = super::print_why_nothing(&news, &searcher, &req)?;
        // What the name filters leave out is the reason as often as the other filters are
        // (`--person Sumita --since 1987-04-02` found nothing, unsaid that one article of the
        // day writes "Sumita" where it was not read as a person); `--json` always had it.
        if !crate::messages::is_quiet() {
            for note in filter_notes.iter().filter(|note| !said_by_why_nothing(note, &said)) {
                crate::note!("newsdex: {}", note.text);
            }
        }
    } else if !crate::messages::is_quiet() {
        for note in &notes {
            crate::note!("newsdex: {note}");
        }
        if no_kwic_line {
            // `--kwic --folder mine` printed nothing and exited 0, unsaid.
            crate::note!(
                "newsdex: --kwic has no line to show: it shows where the query's words and the names of \
                 --person, --org and --place stand, and this search gives none ({} without --kwic)",
                plural_matched(results.total)
            );
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

/// Whether a name filter's note is what a hint of [`hints::why_nothing`] already says:
/// "--org G-7 leaves out 81 articles that write "G-7" …" beside "--org "G-7": no article
/// names this organization, but 81 have these words": a hint that no article names the
/// note's filter name.
fn said_by_why_nothing(note: &hints::FilterNote, hints: &[hints::Hint]) -> bool {
    hints.iter().any(|hint| hint.unnamed.as_ref() == Some(&note.about))
}

/// Adds to each hit of a `search --json` document `duplicate_titles`: the headline of each
/// copy in `duplicates`, in its order (null for a copy without one). A key of its own, so
/// that `duplicates` stays the list of paths scripts read.
fn add_copy_titles(doc: &mut serde_json::Value, hits: &[search::Hit]) {
    for (at, hit) in hits.iter().enumerate() {
        doc["hits"][at]["duplicate_titles"] = serde_json::json!(hit.duplicate_titles);
    }
}

/// Adds to each hit of `doc` its `lead` ([`crate::search::template::lead`]), for a template
/// naming `{lead}`: the text is read for it then only.
fn add_leads(
    news: &NewsIndex,
    searcher: &tantivy::Searcher,
    doc: &mut serde_json::Value,
    hits: &[search::Hit],
) -> Result<()> {
    for (at, hit) in hits.iter().enumerate() {
        let body = body_of(news, searcher, hit)?;
        doc["hits"][at]["lead"] = serde_json::json!(crate::search::template::lead(&body));
    }
    Ok(())
}

/// A hit's text as indexed, read again by its uid (empty when it is gone): for what shows
/// more of it than the snippet (a template's `{lead}`, `--kwic`'s lines).
fn body_of(news: &NewsIndex, searcher: &tantivy::Searcher, hit: &search::Hit) -> Result<String> {
    Ok(match search::article_by_uid(news, searcher, &hit.uid)? {
        Some(addr) => {
            let doc: tantivy::TantivyDocument = searcher.doc(addr)?;
            crate::index::stored::body(&news.fields, &doc).text
        }
        None => String::new(),
    })
}

/// Each hit's copies as `{ref}` names an article (the path from the folder ingested, with
/// `#ID` in a file of many; else the path), for a template's `{duplicates}`.
fn add_duplicate_refs(doc: &mut serde_json::Value, hits: &[search::Hit]) {
    for (at, hit) in hits.iter().enumerate() {
        let refs: Vec<&str> = hit
            .duplicates
            .iter()
            .enumerate()
            .map(|(i, path)| hit.duplicate_relpaths.get(i).and_then(Option::as_deref).unwrap_or(path))
            .collect();
        doc["hits"][at]["duplicate_refs"] = serde_json::json!(refs);
    }
}

/// The JSON's `limit`, the page's size: `-n`'s number, and for `-n all` the hits every
/// match makes (`hits_in_all`: the stories, else the articles), not the size of the index
/// the search was bounded by (4452 for a search that found 12).
fn page_size(asked: Option<usize>, limit: usize, hits_in_all: usize) -> usize {
    if asked == Some(usize::MAX) { hits_in_all } else { limit }
}

/// "1 article matches", "5 articles match".
fn plural_matched(total: usize) -> String {
    match total {
        1 => "1 article matches".to_string(),
        n => format!("{n} articles match"),
    }
}

/// One match of `search --kwic`: which hit (its place in the page), the text before it,
/// the match, the text after it.
type KwicLine = (usize, String, String, String);

/// `search --kwic`: each match of the query in each hit's title and text, with `width`
/// characters each side, found by the highlighters that mark headlines and snippets (a
/// word typed with `title:` in titles alone).
fn kwic_lines(
    news: &NewsIndex,
    searcher: &tantivy::Searcher,
    built: &BuiltQuery,
    hits: &[search::Hit],
    width: usize,
) -> Result<Vec<KwicLine>> {
    let in_title = search::snippet::Highlighter::for_title(&built.highlight);
    let in_body = search::snippet::Highlighter::new(&built.highlight);
    let mut lines = Vec::new();
    for (at, hit) in hits.iter().enumerate() {
        let body = body_of(news, searcher, hit)?;
        for (highlighter, text) in [(&in_title, hit.title.as_deref().unwrap_or_default()), (&in_body, &body)]
        {
            for (before, matched, after) in highlighter.in_context(text, width) {
                lines.push((at, before, matched, after));
            }
        }
    }
    Ok(lines)
}

/// `search --kwic`'s text: one line a match ([`render::kwic_line`]), the matches in one
/// column, where each is (path, or path#id in a file of many) last.
fn kwic_text(
    out: &mut impl Write,
    hits: &[search::Hit],
    lines: &[KwicLine],
    marker: Marker,
    width: usize,
) -> std::io::Result<()> {
    let cwd = std::env::current_dir().unwrap_or_default();
    for (at, before, matched, after) in lines {
        let hit = &hits[*at];
        let mut place = crate::messages::one_line(&render::display_path(&hit.path, &cwd));
        if let Some(number) = hit.id.as_deref().and_then(|id| id.rsplit('#').next()) {
            place = format!("{place}#{number}");
        }
        writeln!(out, "{}", render::kwic_line(before, matched, after, &place, marker, width))?;
    }
    Ok(())
}

/// `search --kwic --json` (one object a line: path, relpath, id, ref, uid, title, date,
/// byline, url, left, match, right) or `--kwic --format` (a hit's fields and {left}, {match}, {right}), from the
/// hits of `doc`, the page's `search --json` document.
fn kwic_rows(
    out: &mut impl Write,
    doc: &serde_json::Value,
    lines: &[KwicLine],
    args: &SearchArgs,
) -> std::io::Result<()> {
    let rows: Vec<serde_json::Value> = lines
        .iter()
        .map(|(at, before, matched, after)| kwic_row(&doc["hits"][*at], before, matched, after, args.json))
        .collect();
    match &args.format {
        Some(template) => {
            let ending = Ending::of_lines(args.null);
            crate::search::template::write_rows_with_header(
                out,
                args.header.as_deref(),
                template,
                &rows,
                ending,
            )
        }
        None => {
            for row in &rows {
                serde_json::to_writer(&mut *out, row).map_err(std::io::Error::from)?;
                writeln!(out)?;
            }
            Ok(())
        }
    }
}

/// One match as a row: for JSON Lines, where it is and the three columns; for a template,
/// the whole hit with them.
fn kwic_row(
    hit: &serde_json::Value,
    before: &str,
    matched: &str,
    after: &str,
    lean: bool,
) -> serde_json::Value {
    let mut row = if lean {
        serde_json::json!({
            "path": hit["path"],
            "relpath": hit["relpath"],
            "id": hit["id"],
            "ref": crate::search::template::reference(hit),
            "uid": hit["uid"],
            // What a quotation is cited with.
            "title": hit["title"],
            "date": hit["date"],
            "byline": hit["byline"],
            "url": hit["url"],
        })
    } else {
        hit.clone()
    };
    row["left"] = serde_json::json!(before);
    row["match"] = serde_json::json!(matched);
    row["right"] = serde_json::json!(after);
    row
}

impl From<SortArg> for Sort {
    fn from(sort: SortArg) -> Sort {
        match sort {
            SortArg::Relevance => Sort::Relevance,
            SortArg::Date => Sort::Date,
            SortArg::Oldest => Sort::Oldest,
            SortArg::Recent => Sort::Recent,
        }
    }
}

/// The seconds of `--half-life` (`search`, `quotes`), or an error naming the option.
pub(crate) fn half_life_secs(half_life: &str) -> Result<i64> {
    crate::dates::parse_duration(half_life).map_err(|e| anyhow::anyhow!("--half-life: {e}"))
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
    fn a_name_filters_note_is_left_out_where_a_hint_says_no_article_names_the_name() {
        use hints::{FilterName, FilterNote, Hint, NameFilter};
        let about = |filter, name: &str| FilterName { filter, name: name.to_string() };
        let hints = vec![Hint {
            text: "--org \"G-7\": no article names this organization, but 81 have these words".to_string(),
            unnamed: Some(about(NameFilter::Org, "G-7")),
        }];
        let note = |filter, name: &str| FilterNote {
            text: format!("{name} leaves out"),
            about: about(filter, name),
        };
        assert!(said_by_why_nothing(&note(NameFilter::Org, "G-7"), &hints));
        assert!(!said_by_why_nothing(&note(NameFilter::Person, "Sumita"), &hints));
        // Another filter of the same name, and a longer name starting with it, are other
        // notes ("--org "Bank of Japan"" was left out beside a hint on --org Bank).
        assert!(!said_by_why_nothing(&note(NameFilter::Place, "G-7"), &hints));
        assert!(!said_by_why_nothing(&note(NameFilter::Org, "G-7 summit"), &hints));
        let dates = Hint { text: "33 articles match without the filters --since".to_string(), unnamed: None };
        assert!(!said_by_why_nothing(&note(NameFilter::Org, "G-7"), &[dates]));
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
    fn the_json_limit_of_n_all_is_the_hits_it_makes_not_the_size_of_the_index() {
        assert_eq!(page_size(Some(usize::MAX), 4452, 12), 12);
        assert_eq!(page_size(Some(3), 3, 12), 3);
        assert_eq!(page_size(None, 10, 12), 10);
    }

    #[test]
    fn kwic_fields_need_kwic() {
        let err = request(&args(&["x", "--format", "{left}|{title}"])).unwrap_err().to_string();
        assert!(err.contains("{left} is a field of --kwic's lines"), "{err}");
        assert!(request(&args(&["x", "--kwic", "--format", "{left}|{title}"])).is_ok());
    }

    #[test]
    fn a_kwic_row_in_json_says_where_and_the_three_columns() {
        let hit = serde_json::json!({"path": "/c/reuters/reut2-000.sgm", "relpath": "reuters/reut2-000.sgm",
            "id": "reut2-000.sgm#5", "uid": "u5", "title": "T", "snippet": ""});
        let row = kwic_row(&hit, "the ", "harbour", " closed", true);
        assert_eq!(
            row,
            serde_json::json!({"path": "/c/reuters/reut2-000.sgm", "relpath": "reuters/reut2-000.sgm",
                "id": "reut2-000.sgm#5", "ref": "reuters/reut2-000.sgm#5", "uid": "u5",
                "title": "T", "date": null, "byline": null, "url": null,
                "left": "the ", "match": "harbour", "right": " closed"})
        );
        assert_eq!(kwic_row(&hit, "a", "b", "c", false)["title"], "T");
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
