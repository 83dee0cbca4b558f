//! `newsdex timeline`: how many of the matching articles were published in each period.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use serde::Serialize;

use crate::cli::TimelineArgs;
use crate::exit::Status;
use crate::index::NewsIndex;
use crate::search::facets::{Period, PeriodCount, timeline};
use crate::search::hints;
use crate::search::template::Ending;
use chrono::NaiveDate;

#[derive(Serialize)]
struct Answer<'a> {
    query: Option<&'a str>,
    /// The search counted over, as `search --json` echoes it.
    request: crate::search::render::JsonRequest<'a>,
    by: crate::search::facets::Period,
    articles: usize,
    undated: usize,
    periods: &'a [Row],
    /// What a date filter left out for having no date, as `search --json` says it.
    undated_left_out: usize,
    /// What stderr says of the search, as `search --json`'s notes.
    notes: &'a [String],
}

/// A period as `timeline --json` and `--format` give it: its first and last day counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
struct Row {
    /// As labelled: `1987-W09`, `1987-03`.
    period: String,
    /// The first day counted: the period's first, or the day --since gives inside it.
    start: String,
    /// The last day counted: the period's last, or the day --until gives inside it.
    end: String,
    articles: u64,
    /// Whether --since or --until cut it: fewer days counted than the period has.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    partial: bool,
}

/// The rows of `periods` (of `by`), each with the days it counts: the first and last day
/// asked for (`since`, `until`) cut the period holding them. `--by week --since 1987-03`
/// counts 1987-W09 (Monday 23 February to Sunday 1 March) from 1 March only: its row
/// starts 1987-03-01, partial.
fn rows(
    periods: &[PeriodCount],
    by: Period,
    (since, until): (Option<NaiveDate>, Option<NaiveDate>),
) -> Vec<Row> {
    let day = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    periods
        .iter()
        .map(|p| {
            let Ok(first) = NaiveDate::parse_from_str(&p.start, "%Y-%m-%d") else {
                return Row {
                    period: p.period.clone(),
                    start: p.start.clone(),
                    end: p.start.clone(),
                    articles: p.articles,
                    partial: false,
                };
            };
            let last = by.next(first).pred_opt().unwrap_or(first);
            let start = since.filter(|&s| s > first && s <= last).unwrap_or(first);
            let end = until.filter(|&u| u >= first && u < last).unwrap_or(last);
            Row {
                period: p.period.clone(),
                start: day(start),
                end: day(end),
                articles: p.articles,
                partial: start != first || end != last,
            }
        })
        .collect()
}

/// The day of a span's first second, and of its last (`--since`, `--until`).
fn days_asked(req: &crate::search::SearchRequest) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let day = |secs: i64| chrono::DateTime::from_timestamp(secs, 0).map(|t| t.date_naive());
    (req.since.as_ref().and_then(|s| day(s.start)), req.until.as_ref().and_then(|u| day(u.end - 1)))
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
    let rows = rows(&timeline.periods, args.by, days_asked(&req));
    let undated_left_out = hints::undated_left_out(&news, &searcher, &req)?;
    // What `search` says of the same filters: a --place that leaves out the articles
    // writing the name where it was not read as a place, a surname shared.
    let mut said = hints::surname_left_out(&news, &searcher, &req, hints::Wording::FLAGS)?;
    said.extend(hints::name_written_elsewhere(&news, &searcher, &req, hints::Wording::FLAGS)?);
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
                periods: &rows,
                undated_left_out,
                notes: &notes,
            },
        )
        .context("writing JSON")?;
        writeln!(out)?;
    } else if let Some(template) = &args.format {
        let rows: Vec<serde_json::Value> =
            rows.iter().map(|r| serde_json::to_value(r).expect("a period serializes")).collect();
        let ending = Ending::of_lines(args.null);
        crate::search::template::write_rows_with_header(
            &mut out,
            args.header.as_deref(),
            template,
            &rows,
            ending,
        )
        .context("writing results")?;
        if articles == 0 {
            crate::note!("{}", crate::search::render::no_match(typed.as_deref()));
        }
    } else if articles == 0 {
        let what =
            typed.as_deref().map(|q| format!(" {}", crate::search::render::quoted(q))).unwrap_or_default();
        // A message, not a result: on stderr, as `search` says it (stdout stays empty).
        crate::note!("No articles match{what}.");
    } else if timeline.periods.is_empty() {
        writeln!(
            out,
            "{articles} matching articles, none of them dated: a timeline needs publication dates."
        )?;
    } else {
        let undated = match timeline.undated {
            0 => String::new(),
            n => format!(", {n} undated"),
        };
        writeln!(out, "{articles} matching articles{undated}; dated ones per {}:", args.by.name())?;
        let most = timeline.periods.iter().map(|p| p.articles).max().unwrap_or(0);
        for p in &timeline.periods {
            writeln!(out, "{:<10} {:>7}  {}", p.period, p.articles, bar(p.articles, most, BAR_WIDTH))?;
        }
    }
    if articles == 0 {
        super::print_why_nothing(&news, &searcher, &req)?;
    } else if !crate::messages::is_quiet() {
        for note in &said {
            crate::note!("newsdex: {note}");
        }
        if !args.json {
            for row in rows.iter().filter(|r| r.partial) {
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
    fn bars_scale_to_the_largest_count_and_never_hide_a_small_one() {
        assert_eq!(bar(10, 10, 4), "████");
        assert_eq!(bar(5, 10, 4), "██");
        assert_eq!(bar(1, 1000, 4), "▏");
        assert_eq!(bar(0, 10, 4), "");
        assert_eq!(bar(3, 8, 4), "█▌");
    }

    fn period(by: Period, start: &str, articles: u64) -> PeriodCount {
        let day = NaiveDate::parse_from_str(start, "%Y-%m-%d").unwrap();
        PeriodCount { period: by.label(day), start: start.to_string(), articles }
    }

    #[test]
    fn a_period_cut_by_since_or_until_says_the_days_it_counts() {
        let day = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok();
        let weeks = [period(Period::Week, "1987-02-23", 3), period(Period::Week, "1987-03-02", 40)];
        let got = rows(&weeks, Period::Week, (day("1987-03-01"), day("1987-03-04")));
        assert_eq!(
            got[0],
            Row {
                period: "1987-W09".into(),
                start: "1987-03-01".into(),
                end: "1987-03-01".into(),
                articles: 3,
                partial: true
            }
        );
        assert_eq!(
            (got[1].start.as_str(), got[1].end.as_str(), got[1].partial),
            ("1987-03-02", "1987-03-04", true)
        );
        // A month asked for whole is no part of one.
        let months = [period(Period::Month, "1987-03-01", 5)];
        let got = rows(&months, Period::Month, (day("1987-03-01"), day("1987-03-31")));
        assert_eq!(
            (got[0].start.as_str(), got[0].end.as_str(), got[0].partial),
            ("1987-03-01", "1987-03-31", false)
        );
        assert!(!rows(&months, Period::Month, (None, None))[0].partial);
    }
}
