//! `newsdex people`, `newsdex orgs`, `newsdex places`: who and what the articles name most.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use serde::Serialize;

use crate::cli::NamesArgs;
use crate::entities::lexicon::{fold, name_key};
use crate::exit::Status;
use crate::index::NewsIndex;
use crate::search::facets::{NameCount, NameKind, add_with_filters, top_names};
use crate::search::template::Ending;

#[derive(Serialize)]
struct Listing<'a> {
    query: Option<&'a str>,
    with: &'a [String],
    /// The filters and options, as `search --json` echoes them.
    request: crate::search::render::JsonRequest<'a>,
    articles: usize,
    #[serde(flatten)]
    names: std::collections::BTreeMap<&'static str, Vec<NameCount>>,
}

/// Runs `newsdex people|orgs|places`.
pub fn run(index_dir: &Path, args: &NamesArgs, kind: NameKind) -> Result<Status> {
    let typed = crate::cli::query_of(&args.query);
    let mut req = super::filtered_request(typed.clone(), &args.filters)?;
    super::say_zones_ignored(&req);
    // As asked: --with is echoed apart, not as the filters it adds.
    let asked_req = req.clone();
    let news = NewsIndex::open(index_dir)?;
    let searcher = news.reader()?.searcher();
    let named = add_with_filters(&news, &searcher, &mut req, kind, &args.with)?;
    // A name few articles give may be a slip for one many give: say so, whatever it found.
    let mut offered: Vec<String> = Vec::new();
    if !crate::messages::is_quiet() {
        for (name, &count) in args.with.iter().zip(&named) {
            if count < 10
                && let Some(note) = crate::search::hints::with_name_meant(&news, &searcher, name, count)?
            {
                crate::note!("newsdex: {note}");
                offered.push(name.clone());
            }
        }
    }
    let (query, articles) = super::matching(&news, &searcher, &req)?;
    // Leave out the names asked about (--with): they co-occur with themselves everywhere.
    // A person as the index keeps names: without the titles before it ("Mrs Thatcher").
    let asked: Vec<Vec<String>> = args
        .with
        .iter()
        .map(|w| {
            if kind == NameKind::Person { words(&crate::search::query::without_titles(w)) } else { words(w) }
        })
        .collect();
    // And a person's other writings, as the filter finds them ("Robert Charlton" for
    // `--with "Bobby Charlton"`, "Michael Jagger" for "Mick Jagger").
    let mut other_writings: std::collections::HashSet<String> = std::collections::HashSet::new();
    if kind == NameKind::Person {
        let untitled: Vec<String> =
            args.with.iter().map(|w| crate::search::query::without_titles(w)).collect();
        let untitled: Vec<&str> = untitled.iter().map(String::as_str).collect();
        for forms in crate::search::query::name_forms(&searcher, news.fields.person_name, &untitled, true)? {
            other_writings.extend(forms.same_person.iter().chain(&forms.compatible).map(|f| name_key(f)));
        }
    }
    let wanted = args.limit.saturating_add(asked.len() * 3 + other_writings.len());
    let mut names = top_names(&searcher, &*query, kind, wanted)?;
    // A row is the name asked about when any writing counted in it is ("General Motors
    // Corp" for `orgs --with GM`, where the articles give "General Motors Corp <GM>").
    // Other names are left out only when they are the entity asked about, not when they
    // hold its words ("Bank of Japan" stays for `orgs --with Japan`); a person is also
    // left out by the words of the name asked (`--with walz` leaves out Tim Walz).
    let asked_rows = match kind {
        NameKind::Person => None,
        _ => Some(crate::search::facets::AskedRows::of(&searcher, kind, &args.with)?),
    };
    names.retain(|n| {
        if let Some(asked_rows) = &asked_rows {
            return !asked_rows.is_asked(n);
        }
        let is_asked = |name: &String| {
            asked.iter().any(|a| contains_words(&words(name), a)) || other_writings.contains(&name_key(name))
        };
        !is_asked(&n.name) && !n.spellings.iter().any(is_asked)
    });
    names.truncate(args.limit);
    if kind == NameKind::Language {
        // The articles of no language told count too, last, as `stats` says them
        // ("unknown", which `--lang unknown` keeps to): without them the counts do not add
        // up to the articles.
        use tantivy::query::{BooleanQuery, ExistsQuery, Occur, Query};
        let with_language: Box<dyn Query> =
            Box::new(ExistsQuery::new(crate::index::schema::names::LANGUAGE.to_string(), false));
        let both = BooleanQuery::new(vec![(Occur::Must, query.box_clone()), (Occur::Must, with_language)]);
        let unknown = articles - searcher.search(&both, &tantivy::collector::Count)?;
        if unknown > 0 {
            names.push(NameCount::new(UNKNOWN_LANGUAGE, unknown as u64));
        }
    }

    let status = if names.is_empty() { Status::NoHits } else { Status::Success };
    let mut out = super::stdout();
    if args.json {
        let listing = Listing {
            query: typed.as_deref(),
            with: &args.with,
            request: crate::search::render::JsonRequest::of(&asked_req),
            articles,
            names: [(kind.plural(), names)].into_iter().collect(),
        };
        serde_json::to_writer_pretty(&mut out, &listing).context("writing JSON")?;
        writeln!(out)?;
    } else if let Some(template) = &args.format {
        // Rows for a spreadsheet: every field as the JSON has it, spellings always a list.
        let rows: Vec<serde_json::Value> = names
            .iter()
            .map(|n| serde_json::json!({"name": n.name, "articles": n.articles, "spellings": n.spellings}))
            .collect();
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
            crate::note!("No articles match.");
        }
    } else if names.is_empty() {
        // Names are read from articles in English only: an archive in other languages
        // lists none, and should say why.
        let why = match kind {
            NameKind::Site | NameKind::Language => "",
            _ => " (names are read only in articles in English)",
        };
        match articles {
            // A message, not a result: on stderr, as `search` says it.
            0 => crate::note!("No articles match."),
            n => writeln!(
                out,
                "No {} found in the {n} matching {}{why}.",
                kind.plural(),
                crate::search::render::plural(n, "article", "articles")
            )?,
        }
    } else {
        for n in &names {
            match kind {
                NameKind::Language => match crate::ingest::language::name_of(&n.name) {
                    Some(name) => writeln!(out, "{:>7}  {}  {name}", n.articles, n.name)?,
                    None if n.name == UNKNOWN_LANGUAGE => {
                        writeln!(out, "{:>7}  {}  (no language told: --lang none)", n.articles, n.name)?
                    }
                    None => writeln!(out, "{:>7}  {}", n.articles, n.name)?,
                },
                _ => writeln!(out, "{:>7}  {}", n.articles, n.name)?,
            }
        }
    }
    if kind == NameKind::Site && !args.json {
        // The articles with no web address (plain text, SGML) have no site: say how many,
        // or the counts read as all there is.
        use tantivy::query::{BooleanQuery, ExistsQuery, Occur, Query};
        let with_site: Box<dyn Query> =
            Box::new(ExistsQuery::new(crate::index::schema::names::SITE_NAME.to_string(), false));
        let both = BooleanQuery::new(vec![(Occur::Must, query.box_clone()), (Occur::Must, with_site)]);
        let without = articles - searcher.search(&both, &tantivy::collector::Count)?;
        if without > 0 {
            crate::note!(
                "newsdex: {without} of the {articles} matching articles have no web address, so no site"
            );
        }
    }
    if articles == 0 {
        super::print_why_nothing_with(&news, &searcher, &req, &args.with, &offered)?;
    }
    super::finish(out)?;
    Ok(status)
}

/// `-n` of the name listings and `duplicates`: a number of rows, or `all` (every one), as
/// `search -n` takes it; 0, which `search` reads as "only how many match", lists nothing
/// here and is refused.
pub fn listing_count(value: &str) -> Result<usize, String> {
    match value.trim() {
        all if all.eq_ignore_ascii_case("all") => Ok(usize::MAX),
        n => match n.parse::<usize>() {
            Ok(0) => Err("must be at least 1 (or all, for every row)".to_string()),
            Ok(n) => Ok(n),
            Err(_) => Err(format!("{value:?} is not a number of rows (or all)")),
        },
    }
}

/// What `languages` calls the articles of no language told, as `stats` does.
const UNKNOWN_LANGUAGE: &str = "unknown";

fn words(name: &str) -> Vec<String> {
    fold(name).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// Does `name` contain the words of `asked` in order (so "Walz" matches "Tim Walz")?
fn contains_words(name: &[String], asked: &[String]) -> bool {
    !asked.is_empty() && name.windows(asked.len()).any(|w| w == asked)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listing_takes_a_number_of_rows_or_all() {
        assert_eq!(listing_count("all"), Ok(usize::MAX));
        assert_eq!(listing_count("ALL"), Ok(usize::MAX));
        assert_eq!(listing_count("5"), Ok(5));
        assert!(listing_count("0").unwrap_err().contains("must be at least 1"));
        assert!(listing_count("many").unwrap_err().contains("or all"));
    }

    #[test]
    fn asked_names_match_by_words() {
        assert!(contains_words(&words("Tim Walz"), &words("walz")));
        assert!(contains_words(&words("Renée Good"), &words("renee good")));
        assert!(!contains_words(&words("Tim Walzer"), &words("walz")));
    }
}
