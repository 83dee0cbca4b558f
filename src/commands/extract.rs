//! `newsdex extract`: what ingest would store, without an index.

use std::io::Write;

use anyhow::{Context, Result};

use crate::cli::ExtractArgs;
use crate::entities::Entities;
use crate::entities::gazetteer::{self, Matcher};
use crate::exit::Status;
use crate::ingest::article::ArticleRecord;
use crate::ingest::formats::FileKind;
use crate::ingest::walk::{self, Walked};
use crate::ingest::{Article, Skip, find_names, read_file};
use crate::warn;

/// The largest file `extract` reads (as `ingest`'s default).
const MAX_FILE_BYTES: u64 = 64 << 20;

/// Runs `newsdex extract`.
pub fn run(args: &ExtractArgs) -> Result<Status> {
    let mut out = super::stdout();
    // A path that is not there is a mistake in the command, as for `ingest`: say so before
    // printing anything.
    for root in &args.paths {
        std::fs::metadata(root).with_context(|| root.display().to_string())?;
    }
    let mut printed = 0usize;
    for root in &args.paths {
        let mut walked = Walked::default();
        let how = walk::Walk { follow_links: args.follow_links, gitignore: !args.no_gitignore };
        walk::walk_with(root, how, &args.exclude, None, &mut walked);
        for problem in walked.problems.iter().chain(&walked.ignore_file_problems) {
            let path = problem.path.as_deref().unwrap_or(root);
            warn!("{}: {}", path.display(), problem.cause);
        }
        if walked.links_not_followed() > 0 {
            crate::note!(
                "newsdex: {}: {}",
                root.display(),
                walk::links_not_followed_note(walked.links_not_followed())
            );
        }
        if walked.ignored() > 0 {
            crate::note!("newsdex: {}: {}", root.display(), walk::ignored_note(walked.ignored()));
        }
        if walked.git_ignored() > 0 {
            crate::note!(
                "newsdex: {}: {}",
                root.display(),
                walk::git_ignored_note(walked.git_ignored(), walked.git_excluded())
            );
        }
        let named_file = root.is_file();
        for file in walked.files {
            // Inside a folder, files of other types are passed over silently.
            if FileKind::of_file(&file.path).is_none() && !named_file {
                continue;
            }
            match read_file(&file.path, MAX_FILE_BYTES) {
                Ok(mut read) => {
                    // As ingest keys the file: its canonical path (links resolved).
                    let canonical = std::fs::canonicalize(&file.path).unwrap_or_else(|_| file.path.clone());
                    let source = walk::source_of(canonical);
                    let mut names = find_names(&mut read);
                    // Without an archive to learn names from, an article in capitals is
                    // matched against the lexicon's (ingest adds the archive's).
                    for (article, entities) in read.articles.iter().zip(&mut names) {
                        gazetteer::add_names_in_capitals(Matcher::lexicon(), article, entities);
                    }
                    for warning in &read.warnings {
                        warn!("{}: {warning}", file.path.display());
                    }
                    for (article, entities) in read.articles.iter().zip(&names) {
                        if args.json {
                            write_json(&mut out, &source, read.encoding, article, entities, args.body)?;
                        } else {
                            write_text(&mut out, article, entities, args.body)?;
                        }
                        printed += 1;
                    }
                }
                Err(Skip::Unsupported) => warn!("{}: {}", file.path.display(), Skip::Unsupported),
                Err(skip) => warn!("{}: {skip}", file.path.display()),
            }
        }
    }
    super::finish(out)?;
    Ok(if printed > 0 { Status::Success } else { Status::NoHits })
}

fn write_json(
    out: &mut impl Write,
    source: &str,
    encoding: &'static str,
    article: &Article,
    entities: &Entities,
    body: bool,
) -> Result<()> {
    let record = ArticleRecord {
        path: article.path.display().to_string(),
        id: article.display_id(),
        uid: crate::index::schema::uid_of(source, article),
        title: article.title.as_deref(),
        date: article.date.as_ref().map(|d| d.iso()),
        date_utc: article.date.as_ref().and_then(|d| d.utc()),
        date_source: article.date_source,
        modified: article.modified.as_ref().map(|d| d.iso()),
        byline: article.byline.as_deref(),
        url: article.url.as_deref(),
        people: &entities.people,
        organizations: &entities.organizations,
        places: &entities.places,
        tags: &article.tags,
        language: article.language,
        encoding,
        body: body.then_some(article.body.as_str()),
    };
    serde_json::to_writer(&mut *out, &record).context("writing JSON")?;
    writeln!(out).context("writing JSON")?;
    Ok(())
}

fn write_text(out: &mut impl Write, article: &Article, entities: &Entities, body: bool) -> Result<()> {
    // Written whole, then shown with its control characters escaped (see `printable`).
    let mut text = Vec::new();
    write_text_raw(&mut text, article, entities, body)?;
    out.write_all(crate::messages::printable(&String::from_utf8_lossy(&text)).as_bytes())?;
    Ok(())
}

fn write_text_raw(out: &mut impl Write, article: &Article, entities: &Entities, body: bool) -> Result<()> {
    match article.display_id() {
        Some(id) => writeln!(out, "{} ({id})", article.path.display())?,
        None => writeln!(out, "{}", article.path.display())?,
    }
    let none = || "-".to_string();
    writeln!(out, "  title:  {}", article.title.clone().unwrap_or_else(none))?;
    let date = match (&article.date, article.date_source) {
        (Some(d), Some(src)) => {
            let path = article.path.to_string_lossy();
            match crate::dates::path_date_otherwise(&path, article.id.is_some(), &d.iso(), src) {
                Some(named) => format!("{} (from {src}; the file's name says {named})", d.iso()),
                None => format!("{} (from {src})", d.iso()),
            }
        }
        (Some(d), None) => d.iso(),
        _ => none(),
    };
    writeln!(out, "  date:   {date}")?;
    writeln!(out, "  byline: {}", article.byline.clone().unwrap_or_else(none))?;
    if let Some(url) = &article.url {
        writeln!(out, "  url:    {url}")?;
    }
    for (label, names) in
        [("people", &entities.people), ("orgs", &entities.organizations), ("places", &entities.places)]
    {
        let label = format!("{label}:");
        writeln!(out, "  {label:<7} {}", if names.is_empty() { none() } else { names.join(", ") })?;
    }
    if !article.tags.is_empty() {
        writeln!(out, "  tags:   {}", article.tags.join(", "))?;
    }
    if body {
        // Paragraphs apart by a blank line, as `show --body` prints them (a web page's
        // are kept a paragraph a line, and ran together here).
        write!(out, "\n{}", super::show::in_paragraphs(&article.body))?;
    }
    writeln!(out)?;
    Ok(())
}
