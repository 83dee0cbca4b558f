//! `newsdex duplicates`: every group of copies of one story in the index, each copy with
//! its date, path and, where it differs from the group's, its own headline.
//!
//! A wire story re-filed with a corrected headline ("U.S. HOSUING COMPLETIONS FELL 0.2 PCT
//! IN JANUARY", then "U.S. HOUSING COMPLETIONS FELL 0.2 PCT IN JAN") or a BBC story filed
//! twice under two headlines ("Talks aim to avert pension strike" / "Stalemate in pension
//! strike talks") is one group: the group is named by the headline most of its copies
//! share, else the one closest to them all ([`group_title`]), and each copy under another
//! says which.
//!
//! A group whose near copies are reports of a series (the same words with other figures,
//! another day: "FED ADDS RESERVES VIA CUSTOMER REPURCHASES" with each day's sum) is cut
//! into each report's copies, and the series is listed apart, as its own kind.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, DocSet, TERMINATED, TantivyDocument, Term};

use crate::cli::DuplicatesArgs;
use crate::dedup::{self, Fingerprint};
use crate::exit::Status;
use crate::index::NewsIndex;
use crate::index::schema::KIND_ARTICLE;
use crate::search::render::{self, display_path};
use crate::search::template::Ending;
use crate::search::{self, first_text};

#[derive(Serialize)]
struct Group {
    kind: &'static str,
    /// The headline the group is listed under: the one most of its copies share, else the
    /// one with most words in common with the others', else the oldest copy's
    /// ([`group_title`]).
    title: Option<String>,
    /// Each copy as `search --json` names duplicates and `similar` takes them: the absolute
    /// path, with `#ID` for an article inside a many-article file.
    copies: Vec<String>,
    /// Each copy's publication date as `search --json` gives it, in the order of `copies`
    /// (`null` when undated): near copies of a daily report are each a day's.
    dates: Vec<Option<String>>,
    /// Each copy's own headline, in the order of `copies` (`null` when it has none): a
    /// copy re-filed under a corrected or a new headline shows it.
    titles: Vec<Option<String>>,
    /// Each copy's `{ref}` as `search --format` gives it: its path from the folder ingested
    /// and `#ID` in a file of many (`reuters21578/reut2-003.sgm#3708`), in the order of
    /// `copies`.
    refs: Vec<String>,
    /// For each copy, in the order of `copies`, the place in them of the first copy of its
    /// text: its own, or an exact copy's listed before it (in a group of near copies, two
    /// of one text are exact copies of each other).
    texts: Vec<usize>,
    /// The copies as the text output shows them (date, relative path, then the id) and as
    /// `--format` writes them.
    #[serde(skip)]
    rows: Vec<CopyRow>,
}

/// One copy, as a line of the text output and a row of `--format`.
struct CopyRow {
    /// `1987-03-11 · reuters21578/reut2-003.sgm (reut2-003.sgm#3720)`.
    shown: String,
    /// Its fields, as `--format` names them ([`crate::search::template::DUPLICATE_FIELDS`]).
    fields: serde_json::Value,
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
    /// Series: the reports of a recurring story in the same words with other figures, sent
    /// on other days (kind `series` in `shown`, each report by its oldest copy). Their
    /// reports are not copies, and count in no group but of their own copies.
    series: usize,
    shown: Vec<Group>,
}

/// Runs `newsdex duplicates`: every group of copies in the index.
pub fn run(index_dir: &Path, args: &DuplicatesArgs) -> Result<Status> {
    if args.rows.null && args.format.is_none() {
        anyhow::bail!("-0/--null ends the lines of --format: give --format");
    }
    let typed = crate::cli::query_of(&args.query);
    let req = super::filtered_request(typed.clone(), &args.filters)?;
    super::say_zones_ignored(&req);
    let news = NewsIndex::open(index_dir)?;
    let searcher = news.reader()?.searcher();
    let (addrs, prints, published) = all_fingerprints(&news, &searcher)?;
    // Re-runs cut short (a correction sending the first paragraphs again) join their
    // story's group besides the copies MinHash finds.
    let mut groups = dedup::groups(&prints);
    let items: Vec<(Option<i64>, &[u8])> =
        published.iter().zip(&prints).map(|(at, p)| (*at, p.minhash.as_slice())).collect();
    let mut group_of = vec![usize::MAX; prints.len()];
    for (g, members) in groups.iter().enumerate() {
        for &i in members {
            group_of[i] = g;
        }
    }
    let apart = |i: usize, j: usize| group_of[i] == usize::MAX || group_of[i] != group_of[j];
    // The articles the pairs read are kept: the copies they join are listed below.
    let mut read = FxHashMap::default();
    let cut_short = search::cut_short_pairs(&searcher, &news.fields, &addrs, &items, apart, &mut read)?;
    if !cut_short.is_empty() {
        groups = dedup::groups_with(groups, prints.len(), &cut_short);
    }
    // A daily report in the same words with new figures is another report, not a copy:
    // such groups are cut into their reports' copies, and listed as a series.
    let cut_short: FxHashSet<(usize, usize)> = cut_short.into_iter().collect();
    let found = Found { addrs: &addrs, prints: &prints, published: &published, cut_short: &cut_short };
    let (mut groups, mut series) = split_series(&searcher, &news.fields, &found, groups, &mut read)?;
    // Only the groups with a copy the query and filters keep.
    let mut matching = None;
    if req.narrows() {
        let (query, count) = super::matching(&news, &searcher, &req)?;
        let kept = searcher.search(&*query, &tantivy::collector::DocSetCollector)?;
        groups.retain(|g| g.iter().any(|&i| kept.contains(&addrs[i])));
        series.retain(|reports| reports.iter().flatten().any(|&i| kept.contains(&addrs[i])));
        matching = Some(count);
        if count == 0 {
            super::print_why_nothing(&news, &searcher, &req)?;
        }
    }
    // The order the index holds articles in depends on how many threads ingested them, so
    // groups and their copies are put in an order of their own: largest group first, then by
    // its oldest copy; each group's copies oldest first, the undated last, then by file and id.
    // Each grouped copy is read once (here, or for the cut-short pairs above): for its
    // place here, and for its line below. In the order the index stores them: neighbours
    // share the store's compressed blocks.
    let mut grouped: Vec<usize> = groups.iter().chain(series.iter().flatten()).flatten().copied().collect();
    grouped.sort_unstable_by_key(|&i| addrs[i]);
    grouped.dedup();
    let mut members = std::collections::HashMap::new();
    for i in grouped {
        let doc: TantivyDocument = match read.remove(&i) {
            Some(doc) => doc,
            None => searcher.doc(addrs[i])?,
        };
        members.insert(i, (copy_order(&news, &doc), doc));
    }
    drop(read);
    for g in &mut groups {
        g.sort_by(|a, b| members[a].0.cmp(&members[b].0));
    }
    // A series is listed by its reports, each by its oldest copy, oldest first.
    for reports in &mut series {
        for copies in reports.iter_mut() {
            copies.sort_by(|a, b| members[a].0.cmp(&members[b].0));
        }
        reports.sort_by(|a, b| members[&a[0]].0.cmp(&members[&b[0]].0));
    }
    let copy_groups = groups.len();
    let articles_in_groups = groups.iter().map(Vec::len).sum();
    let series_of = groups.len();
    groups.extend(series.iter().map(|reports| reports.iter().map(|copies| copies[0]).collect::<Vec<_>>()));
    // The listing: copy groups and series, largest first (a series by its reports), then
    // by the oldest copy.
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&groups[a], &groups[b]);
        b.len().cmp(&a.len()).then_with(|| members[&a[0]].0.cmp(&members[&b[0]].0))
    });
    let is_series = |g: usize| g >= series_of;
    let is_exact = |g: &Vec<usize>| g.iter().all(|&i| prints[i].text_hash == prints[g[0]].text_hash);
    let exact_groups = groups[..copy_groups].iter().filter(|g| is_exact(g)).count();
    let cwd = std::env::current_dir().unwrap_or_default();
    let roots = crate::search::ingested_roots(&news);
    let describe = |(number, &at): (usize, &usize)| -> Result<Group> {
        let g = &groups[at];
        let kind = if is_series(at) {
            "series"
        } else if is_exact(g) {
            "exact"
        } else {
            "near"
        };
        let titles: Vec<Option<String>> =
            g.iter().map(|i| first_text(&members[i].1, news.fields.title)).collect();
        let title = group_title(&titles);
        let (mut copies, mut dates, mut refs, mut rows) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        // Copies of one text: the first of them, by its place in the group.
        let texts = same_texts(g, prints.as_slice());
        // In copy order: the first is the original, the others its copies.
        for (n, (&i, own_title)) in g.iter().zip(&titles).enumerate() {
            let ((_, date, ..), doc) = &members[&i];
            let source = first_text(doc, news.fields.source).unwrap_or_default();
            let id = first_text(doc, news.fields.id);
            let path = display_path(&source, &cwd);
            let day = date.as_deref().map_or("undated  ", |d| d.get(..10).unwrap_or(d));
            let mut shown = match &id {
                Some(id) => format!("{day} · {path} ({id})"),
                None => format!("{day} · {path}"),
            };
            if let Some(own) = own_title.as_deref().filter(|own| Some(*own) != title.as_deref()) {
                shown = format!("{shown} · {}", render::quoted(&crate::messages::one_line(own)));
            }
            // In a group of near copies, an exact copy of one listed above says so.
            if kind == "near" && texts[n] != n {
                let first = &members[&g[texts[n]]].1;
                let name = first_text(first, news.fields.id).unwrap_or_else(|| {
                    display_path(&first_text(first, news.fields.source).unwrap_or_default(), &cwd)
                });
                shown = format!("{shown} · exact copy of {name}");
            }
            let mut fields = serde_json::json!({
                "group": number + 1,
                "kind": kind,
                "copies": g.len(),
                "group_title": title,
                "title": own_title,
                "date": date,
                "day": date.as_deref().map(|d| d.get(..10).unwrap_or(d)),
                "path": source,
                "relpath": render::relative_path(&source, &roots),
                "id": id,
                "uid": first_text(doc, news.fields.uid),
            });
            let reference = crate::search::template::reference(&fields);
            fields["ref"] = serde_json::json!(reference);
            refs.push(reference);
            rows.push(CopyRow { shown, fields });
            dates.push(date.clone());
            copies.push(match news.fields.raw_id(doc) {
                Some(id) => format!("{source}#{id}"),
                None => source,
            });
        }
        Ok(Group { kind, title, copies, dates, titles, refs, texts, rows })
    };
    let report = Report {
        articles: prints.len(),
        matching,
        groups: copy_groups,
        exact_groups,
        near_groups: copy_groups - exact_groups,
        articles_in_groups,
        series: groups.len() - copy_groups,
        shown: order.iter().enumerate().take(args.limit).map(describe).collect::<Result<_>>()?,
    };
    let mut out = super::stdout();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report).context("writing JSON")?;
        writeln!(out)?;
    } else if let Some(template) = &args.format {
        let rows: Vec<serde_json::Value> =
            report.shown.iter().flat_map(|g| g.rows.iter().map(|r| r.fields.clone())).collect();
        let ending = Ending::of_lines(args.rows.null);
        crate::search::template::write_rows_with_header(
            &mut out,
            args.rows.header.as_deref(),
            template,
            &rows,
            ending,
        )
        .context("writing results")?;
    } else {
        write_text(&mut out, &report, typed.as_deref())?;
    }
    super::finish(out)?;
    Ok(if groups.is_empty() { Status::NoHits } else { Status::Success })
}

/// For each copy of a group, the place in the group of the first copy of its text: its
/// own, or an exact copy's listed before it.
fn same_texts(group: &[usize], prints: &[Fingerprint]) -> Vec<usize> {
    (0..group.len())
        .map(|n| (0..=n).find(|&m| prints[group[m]].text_hash == prints[group[n]].text_hash).unwrap_or(n))
        .collect()
}

/// A series: each report's copies (indexes of the articles), one copy or more each.
type Series = Vec<Vec<usize>>;

/// What [`split_series`] reads of the articles: each one's address, fingerprints and
/// publication time, by index, and the re-runs cut short found among them.
struct Found<'a> {
    addrs: &'a [DocAddress],
    prints: &'a [Fingerprint],
    published: &'a [Option<i64>],
    cut_short: &'a FxHashSet<(usize, usize)>,
}

/// The groups of copies, with each group holding reports of a series (a daily report in the
/// same words with new figures, [`dedup::CutShortText::another_report`]) cut into the
/// copies of each report; and the series, each as its reports' copies. Two articles of a
/// group stay copies when they are alike as the group was made (exact or near by MinHash,
/// or a re-run cut short) and not two reports; in a group holding a series, copies of one
/// report are also of one day ([`dedup::SERIES_HOURS`]). A report with no copy is in no
/// group, but in its series. Only groups of near copies published [`dedup::SERIES_HOURS`] or more
/// apart are read; the articles read are left in `read`.
fn split_series(
    searcher: &tantivy::Searcher,
    fields: &crate::index::Fields,
    found: &Found,
    groups: Vec<Vec<usize>>,
    read: &mut FxHashMap<usize, TantivyDocument>,
) -> Result<(Vec<Vec<usize>>, Vec<Series>)> {
    let (mut kept, mut series) = (Vec::new(), Vec::new());
    for group in groups {
        let dates: Vec<i64> = group.iter().filter_map(|&i| found.published[i]).collect();
        let span = dates.iter().max().zip(dates.iter().min()).map_or(0, |(last, first)| last - first);
        let exact = group.iter().all(|&i| found.prints[i].text_hash == found.prints[group[0]].text_hash);
        if exact || span < dedup::SERIES_HOURS * 3600 {
            kept.push(group);
            continue;
        }
        let mut texts = Vec::with_capacity(group.len());
        for &i in &group {
            let doc = match read.entry(i) {
                std::collections::hash_map::Entry::Occupied(held) => held.into_mut(),
                std::collections::hash_map::Entry::Vacant(slot) => slot.insert(searcher.doc(found.addrs[i])?),
            };
            let body = crate::index::stored::body(fields, doc).text;
            texts.push(dedup::CutShortText::new(first_text(doc, fields.title).as_deref(), body));
        }
        // The copies of each report; in a series, a report's copies are of one day (the
        // Fed's 23 March report in the words and figures of 2 March's is that day's report).
        let reports_of = |series: bool| -> Vec<Vec<usize>> {
            let mut sets = dedup::DisjointSets::new(group.len());
            for a in 0..group.len() {
                for b in a + 1..group.len() {
                    let (i, j) = (group[a], group[b]);
                    let (at, other_at) = (found.published[i], found.published[j]);
                    let alike = dedup::same_story(&found.prints[i], &found.prints[j])
                        || found.cut_short.contains(&(i.min(j), i.max(j)));
                    let apart =
                        at.zip(other_at).is_some_and(|(x, y)| (x - y).abs() >= dedup::SERIES_HOURS * 3600);
                    if alike && !texts[a].another_report(at, &texts[b], other_at) && !(series && apart) {
                        sets.join(a, b);
                    }
                }
            }
            sets.sets().into_iter().map(|set| set.into_iter().map(|n| group[n]).collect()).collect()
        };
        if reports_of(false).len() == 1 {
            kept.push(group);
            continue;
        }
        let reports = reports_of(true);
        kept.extend(reports.iter().filter(|copies| copies.len() > 1).cloned());
        series.push(reports);
    }
    Ok((kept, series))
}

/// The text output: a line counting the groups, then each group under its headline with a
/// line a copy (the first ten).
fn write_text(out: &mut impl Write, report: &Report, typed: Option<&str>) -> Result<()> {
    let among = match (report.matching, typed) {
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
    if report.series > 0 {
        writeln!(
            out,
            "and {} series of reports: the same wording with other figures on other days, not copies",
            report.series
        )?;
    }
    for g in &report.shown {
        let title = g.title.as_deref().map_or_else(|| "(untitled)".into(), crate::messages::one_line);
        if g.kind == "series" {
            let day = |d: Option<&Option<String>>| {
                d.and_then(|d| d.as_deref()).map_or("undated", |d| d.get(..10).unwrap_or(d)).to_string()
            };
            let (first, last) = (day(g.dates.first()), day(g.dates.last()));
            writeln!(out, "\n{} reports (series, {first} – {last}): {title}", g.rows.len())?;
        } else {
            writeln!(out, "\n{} copies ({}): {title}", g.rows.len(), g.kind)?;
        }
        for c in g.rows.iter().take(10) {
            writeln!(out, "    {}", c.shown)?;
        }
        if g.rows.len() > 10 {
            writeln!(out, "    … and {} more", g.rows.len() - 10)?;
        }
    }
    Ok(())
}

/// The headline a group is listed under, of its copies' `titles` (oldest copy first): the
/// one most of them share; of headlines shared alike, the one with most words in common
/// with the others' (the middle one of a headline filed, corrected and shortened); then
/// the oldest copy's. So "U.S. HOSUING COMPLETIONS FELL 0.2 PCT IN JANUARY", corrected
/// to "…HOUSING…IN JANUARY" and cut to "…HOUSING…IN JAN", is listed as "…HOUSING…IN
/// JANUARY", which has a word of each. Untitled copies count for none; a group with no
/// title has none.
fn group_title(titles: &[Option<String>]) -> Option<String> {
    let named: Vec<&str> = titles.iter().flatten().map(|t| t.trim()).filter(|t| !t.is_empty()).collect();
    let words = |t: &str| -> std::collections::HashSet<String> {
        t.split_whitespace().map(str::to_lowercase).collect()
    };
    let sets: Vec<_> = named.iter().map(|t| words(t)).collect();
    let rank = |i: usize| {
        let copies = named.iter().filter(|n| **n == named[i]).count();
        let shared: usize = sets.iter().map(|other| sets[i].intersection(other).count()).sum();
        (copies, shared)
    };
    // `max_by_key` keeps the last of equals: the oldest is wanted, so the list is reversed.
    (0..named.len()).rev().max_by_key(|&i| rank(i)).map(|i| named[i].to_string())
}

/// Where a copy stands in its group: oldest first, the undated last, then by file and id.
/// Nothing in it depends on where the index holds the article.
fn copy_order(news: &NewsIndex, doc: &TantivyDocument) -> (bool, Option<String>, String, Option<String>) {
    let date = first_text(doc, news.fields.date_text);
    (date.is_none(), date, first_text(doc, news.fields.source).unwrap_or_default(), news.fields.raw_id(doc))
}

/// Articles' addresses, fingerprints and publication times, in one order.
type Articles = (Vec<DocAddress>, Vec<Fingerprint>, Vec<Option<i64>>);

/// Every live article's address, duplicate fingerprints and publication time.
fn all_fingerprints(news: &NewsIndex, searcher: &tantivy::Searcher) -> Result<Articles> {
    let term = Term::from_field_text(news.fields.kind, KIND_ARTICLE);
    let (mut addrs, mut prints, mut published) = (Vec::new(), Vec::new(), Vec::new());
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
                let (print, at) = reader.read_dated(addr)?;
                prints.push(print);
                published.push(at);
                addrs.push(addr);
            }
            doc = postings.advance();
        }
    }
    Ok((addrs, prints, published))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(list: &[Option<&str>]) -> Vec<Option<String>> {
        list.iter().map(|t| t.map(String::from)).collect()
    }

    #[test]
    fn a_group_is_named_by_the_headline_most_copies_share_else_the_oldest() {
        let typo = "U.S. HOSUING COMPLETIONS FELL 0.2 PCT IN JANUARY";
        let fixed = "U.S. HOUSING COMPLETIONS FELL 0.2 PCT IN JANUARY";
        assert_eq!(group_title(&titles(&[Some(typo), Some(fixed), Some(fixed)])).as_deref(), Some(fixed));
        // Each once: the one with a word of each other, not the typo filed first.
        let short = "U.S. HOUSING COMPLETIONS FELL 0.2 PCT IN JAN";
        assert_eq!(group_title(&titles(&[Some(typo), Some(short), Some(fixed)])).as_deref(), Some(fixed));
        // Two headlines once each: the oldest copy's.
        let pension =
            titles(&[Some("Talks aim to avert pension strike"), Some("Stalemate in pension strike talks")]);
        assert_eq!(group_title(&pension).as_deref(), Some("Talks aim to avert pension strike"));
        // Untitled copies count for none.
        assert_eq!(group_title(&titles(&[None, Some("B"), None])).as_deref(), Some("B"));
        assert_eq!(group_title(&titles(&[None, None])), None);
    }
}
