//! `newsdex timeline`: how many of the matching articles were published in each period.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use serde::Serialize;

use crate::cli::TimelineArgs;
use crate::exit::Status;
use crate::index::NewsIndex;
use crate::search::facets::{PeriodCount, timeline};
use crate::search::hints;
use crate::search::template::Ending;

#[derive(Serialize)]
struct Answer<'a> {
    query: Option<&'a str>,
    /// The search counted over, as `search --json` echoes it.
    request: crate::search::render::JsonRequest<'a>,
    by: crate::search::facets::Period,
    articles: usize,
    undated: usize,
    periods: &'a [PeriodCount],
    /// What a date filter left out for having no date, as `search --json` says it.
    undated_left_out: usize,
    /// What stderr says of the search, as `search --json`'s notes.
    notes: &'a [String],
}

/// Runs `newsdex timeline`.
pub fn run(index_dir: &Path, args: &TimelineArgs) -> Result<Status> {
    let typed = crate::cli::query_of(&args.query);
    let req = super::filtered_request(typed.clone(), &args.filters)?;
    super::say_zones_ignored(&req);
    let news = NewsIndex::open(index_dir)?;
    let searcher = news.reader()?.searcher();
    let (query, articles) = super::matching(&news, &searcher, &req)?;
    let mut timeline =
        timeline(&searcher, &*query, articles, args.by, (req.since.as_ref(), req.until.as_ref()))?;
    if args.skip_empty {
        timeline.periods.retain(|p| p.articles > 0);
    }
    let undated_left_out = hints::undated_left_out(&news, &searcher, &req)?;
    // What `search` says of the same filters: a --place that leaves out the articles
    // writing the name where it was not read as a place, a surname shared.
    let said = hints::name_filter_notes(&news, &searcher, &req, hints::Wording::FLAGS)?;
    let notes: Vec<String> =
        hints::zones_ignored(&req, hints::Wording::FLAGS).into_iter().chain(said.clone()).collect();

    let mut out = super::stdout();
    if args.json {
        serde_json::to_writer_pretty(
            &mut out,
            &Answer {
                query: typed.as_deref(),
                request: crate::search::render::JsonRequest::of(&req),
                by: timeline.by,
                articles: timeline.articles,
                undated: timeline.undated,
                periods: &timeline.periods,
                undated_left_out,
                notes: &notes,
            },
        )
        .context("writing JSON")?;
        writeln!(out)?;
    } else if let Some(template) = &args.format {
        let rows: Vec<serde_json::Value> =
            timeline.periods.iter().map(|p| serde_json::to_value(p).expect("a period serializes")).collect();
        let ending = Ending::of_lines(args.rows.null);
        crate::search::template::write_rows_with_header(
            &mut out,
            args.rows.header.as_deref(),
            template,
            &rows,
            ending,
        )
        .context("writing results")?;
        if articles == 0 {
            crate::note!("{}", crate::search::render::no_match(typed.as_deref()));
        } else if timeline.undated > 0 {
            // The rows are for a spreadsheet: the articles they leave out are said beside
            // them, as the text view's heading says it.
            crate::note!("newsdex: {}", undated_outside_rows(articles, timeline.undated));
        }
    } else if articles == 0 {
        let what =
            typed.as_deref().map(|q| format!(" {}", crate::search::render::quoted(q))).unwrap_or_default();
        // A message, not a result: on stderr, as `search` says it (stdout stays empty).
        crate::note!("No articles match{what}.");
    } else if timeline.periods.is_empty() {
        writeln!(
            out,
            "{articles} matching {}, none of them dated: a timeline needs publication dates.",
            if articles == 1 { "article" } else { "articles" }
        )?;
    } else {
        let undated = match timeline.undated {
            0 => String::new(),
            n => format!(", {n} undated"),
        };
        let unit = if articles == 1 { "article" } else { "articles" };
        // Articles, each copy of a story counted: `search` leads with stories, copies folded.
        writeln!(
            out,
            "{articles} matching {unit} (each copy counted){undated}; dated ones per {}:",
            args.by.name()
        )?;
        let most = timeline.periods.iter().map(|p| p.articles).max().unwrap_or(0);
        let labels: Vec<String> = timeline.periods.iter().map(|p| labelled(&p.period)).collect();
        let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0).max(10);
        for (p, label) in timeline.periods.iter().zip(&labels) {
            writeln!(out, "{label:<width$} {:>7}  {}", p.articles, bar(p.articles, most, BAR_WIDTH))?;
        }
    }
    if articles == 0 {
        super::print_why_nothing(&news, &searcher, &req)?;
    } else if !crate::messages::is_quiet() {
        for note in &said {
            crate::note!("newsdex: {note}");
        }
        if !args.json {
            for row in timeline.periods.iter().filter(|p| p.partial) {
                crate::note!(
                    "newsdex: {} counts {} to {} only: --since or --until cuts the {}",
                    row.period,
                    row.start,
                    row.end,
                    args.by.name()
                );
            }
        }
        super::note_undated_left_out(undated_left_out, &req);
    }
    super::finish(out)?;
    super::leave_to_exit(searcher);
    // Exit status 1 is for nothing matched, as `search`'s; undated matches are matches.
    Ok(if articles == 0 { Status::NoHits } else { Status::Success })
}

/// What a --format timeline says of the matching articles no row counts for having no
/// date: "167 of 171 matching articles have no date: no row counts them".
fn undated_outside_rows(articles: usize, undated: usize) -> String {
    let verb = if undated == 1 { "has" } else { "have" };
    let of = if undated == articles { String::new() } else { format!(" of {articles}") };
    let unit = if articles == 1 { "article" } else { "articles" };
    let them = if undated == 1 { "it" } else { "them" };
    format!("{undated}{of} matching {unit} {verb} no date: no row counts {them}")
}

/// A period's label as the text view shows it: a week with the day it starts
/// (`1987-W43 (19 Oct)`), as a week number alone tells few readers when it was; any
/// other period as labelled.
fn labelled(period: &str) -> String {
    use chrono::Datelike;
    let monday = period.split_once("-W").and_then(|(year, week)| {
        chrono::NaiveDate::from_isoywd_opt(year.parse().ok()?, week.parse().ok()?, chrono::Weekday::Mon)
    });
    match monday {
        Some(day) => {
            format!("{period} ({} {})", day.day(), &crate::dates::MONTHS[day.month0() as usize][..3])
        }
        None => period.to_string(),
    }
}

/// Width of the longest bar, in characters.
const BAR_WIDTH: usize = 40;

/// A bar `width` characters long for `most`, in eighths of a character: any count above
/// zero shows.
fn bar(n: u64, most: u64, width: usize) -> String {
    const PARTS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    if n == 0 || most == 0 {
        return String::new();
    }
    let eighths = ((n as f64 / most as f64) * (width * 8) as f64).round().max(1.0) as usize;
    let mut bar = "█".repeat(eighths / 8);
    let rest = PARTS[eighths % 8];
    if rest != ' ' {
        bar.push(rest);
    }
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_undated_articles_a_format_leaves_out_are_counted() {
        assert_eq!(
            undated_outside_rows(171, 167),
            "167 of 171 matching articles have no date: no row counts them"
        );
        assert_eq!(undated_outside_rows(1, 1), "1 matching article has no date: no row counts it");
    }

    #[test]
    fn a_week_is_shown_with_the_day_it_starts() {
        assert_eq!(labelled("1987-W43"), "1987-W43 (19 Oct)");
        assert_eq!(labelled("2026-W01"), "2026-W01 (29 Dec)");
        assert_eq!(labelled("1987-10"), "1987-10");
        assert_eq!(labelled("1980s"), "1980s");
    }

    #[test]
    fn bars_scale_to_the_largest_count_and_never_hide_a_small_one() {
        assert_eq!(bar(10, 10, 4), "████");
        assert_eq!(bar(5, 10, 4), "██");
        assert_eq!(bar(1, 1000, 4), "▏");
        assert_eq!(bar(0, 10, 4), "");
        assert_eq!(bar(3, 8, 4), "█▌");
    }
}
