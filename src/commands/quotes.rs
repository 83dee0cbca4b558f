//! `newsdex quotes`: what people said, on the record: the direct quotations of the
//! matching articles, each with its speaker as the article attributes it
//! ([`crate::entities::quotations`]).

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use serde::Serialize;
use tantivy::collector::DocSetCollector;
use tantivy::{DocAddress, TantivyDocument};

use crate::cli::QuotesArgs;
use crate::entities::quotations::{self, Attributed, Quotation};
use crate::exit::Status;
use crate::index::NewsIndex;
use crate::search::snippet::Highlighter;
use crate::search::template::Ending;
use crate::search::{SearchRequest, all_text, first_text, query, render};

/// One quotation as `--json` and `--format` give it: the quote, its speaker, and the
/// article to cite.
#[derive(Debug, Serialize)]
struct QuoteRow<'a> {
    quote: &'a str,
    speaker: Option<&'a str>,
    speaker_as_written: Option<&'a str>,
    attribution: Option<&'a str>,
    attributed: Option<Attributed>,
    paragraph: usize,
    #[serde(rename = "ref")]
    reference: &'a str,
    relpath: Option<&'a str>,
    path: &'a str,
    uid: Option<&'a str>,
    title: Option<&'a str>,
    date: Option<&'a str>,
    day: Option<&'a str>,
    byline: Option<&'a str>,
}

/// A matching article, with what citing it takes and the quotations kept of it.
struct Cited {
    path: String,
    reference: String,
    relpath: Option<String>,
    uid: Option<String>,
    title: Option<String>,
    date: Option<String>,
    modified: Option<String>,
    byline: Option<String>,
    quotes: Vec<Quotation>,
}

impl Cited {
    fn row<'a>(&'a self, q: &'a Quotation) -> QuoteRow<'a> {
        QuoteRow {
            quote: &q.text,
            speaker: q.speaker.as_deref(),
            speaker_as_written: q.speaker_as_written.as_deref(),
            attribution: q.attribution.as_deref(),
            attributed: q.attributed,
            paragraph: q.paragraph,
            reference: &self.reference,
            relpath: self.relpath.as_deref(),
            path: &self.path,
            uid: self.uid.as_deref(),
            title: self.title.as_deref(),
            date: self.date.as_deref(),
            day: self.date.as_deref().map(|d| d.get(..10).unwrap_or(d)),
            byline: self.byline.as_deref(),
        }
    }
}

/// What was left out of the quotations of the matching articles, for the note.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct LeftOut {
    /// Of another speaker than --speaker names.
    others: usize,
    /// Of no speaker known.
    unknown: usize,
    /// Holding no word of the query.
    without_words: usize,
}

/// Runs `newsdex quotes`.
pub fn run(index_dir: &Path, args: &QuotesArgs) -> Result<Status> {
    let typed = crate::cli::query_of(&args.query);
    let req = super::filtered_request(typed.clone(), &args.filters)?;
    super::say_zones_ignored(&req);
    let news = NewsIndex::open(index_dir)?;
    let searcher = news.reader()?.searcher();
    let (matching, articles) = super::matching(&news, &searcher, &req)?;
    // The query's words, found in a quote as a search finds them in an article (their
    // other number, any case and accents): the filters' names are not among them.
    let words = match &typed {
        Some(text) => {
            let words_only = SearchRequest {
                text: Some(text.clone()),
                exact_words: req.exact_words,
                fuzzy: req.fuzzy,
                ..SearchRequest::default()
            };
            let built = query::build(&news, &searcher, &words_only).map_err(|e| anyhow::anyhow!("{e}"))?;
            (!built.highlight.is_empty()).then(|| Highlighter::new(&built.highlight))
        }
        None => None,
    };
    let mut found: Vec<DocAddress> = searcher.search(&*matching, &DocSetCollector)?.into_iter().collect();
    found.sort();
    let roots: Vec<String> =
        news.payload().map(|p| p.roots.into_iter().map(|r| r.path).collect()).unwrap_or_default();
    let fields = &news.fields;
    let mut cited = Vec::with_capacity(found.len());
    let (mut left_out, mut kept) = (LeftOut::default(), 0);
    for addr in found {
        let doc: TantivyDocument = searcher.doc(addr)?;
        let body = crate::index::stored::body(fields, &doc);
        if let Some(problem) = &body.problem {
            crate::warn!("{problem}");
        }
        let people = all_text(&doc, fields.person);
        let mut quotes = quotations::quotations(&body.text, &people);
        quotes.retain(|q| {
            let has_word = words.as_ref().is_none_or(|w| !w.char_ranges(&q.text).is_empty());
            let by_speaker = args.speaker.is_empty()
                || q.speaker
                    .as_deref()
                    .is_some_and(|s| args.speaker.iter().any(|w| quotations::is_speaker(s, w)));
            match (has_word, by_speaker, &q.speaker) {
                (false, _, _) => left_out.without_words += 1,
                (true, false, Some(_)) => left_out.others += 1,
                (true, false, None) => left_out.unknown += 1,
                (true, true, _) => {}
            }
            has_word && by_speaker
        });
        kept += quotes.len();
        if quotes.is_empty() {
            continue;
        }
        let path = first_text(&doc, fields.source).unwrap_or_default();
        let relpath = render::relative_path(&path, &roots);
        let id = first_text(&doc, fields.id);
        let reference = crate::search::template::reference(&serde_json::json!({
            "path": path, "relpath": relpath, "id": id,
        }));
        cited.push(Cited {
            reference,
            relpath,
            path,
            uid: first_text(&doc, fields.uid),
            title: first_text(&doc, fields.title),
            date: first_text(&doc, fields.date_text),
            modified: first_text(&doc, fields.modified_text),
            byline: first_text(&doc, fields.byline),
            quotes,
        });
    }
    // Oldest first, as a record reads; the undated after, by where they are.
    cited.sort_by(|a, b| {
        (a.date.is_none(), &a.date, &a.reference).cmp(&(b.date.is_none(), &b.date, &b.reference))
    });

    let mut out = super::stdout();
    if args.json {
        for article in &cited {
            for q in &article.quotes {
                serde_json::to_writer(&mut out, &article.row(q)).context("writing JSON")?;
                writeln!(out)?;
            }
        }
    } else if let Some(template) = &args.format {
        let rows: Vec<serde_json::Value> = cited
            .iter()
            .flat_map(|a| {
                a.quotes.iter().map(|q| serde_json::to_value(a.row(q)).expect("a quote serializes"))
            })
            .collect();
        crate::search::template::write_rows_with_header(
            &mut out,
            args.header.as_deref(),
            template,
            &rows,
            Ending::of_lines(args.null),
        )
        .context("writing results")?;
    } else {
        write_text(&mut out, &cited).context("writing results")?;
    }
    // The notes after the quotes, on a terminal showing both.
    out.flush()?;
    if articles == 0 {
        crate::note!("{}", render::no_match(typed.as_deref()));
        super::print_why_nothing(&news, &searcher, &req)?;
    } else if !crate::messages::is_quiet() {
        crate::note!(
            "newsdex: {}",
            summary(kept, cited.len(), articles, left_out, &args.speaker, typed.is_some())
        );
    }
    super::finish(out)?;
    super::leave_to_exit(searcher);
    Ok(if kept == 0 { Status::NoHits } else { Status::Success })
}

/// The quotes as text: each article's headline, date and reference, then its quotes,
/// `speaker: “quote”`.
fn write_text(out: &mut impl Write, cited: &[Cited]) -> std::io::Result<()> {
    use crate::messages::one_line;
    for (n, article) in cited.iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        let title = one_line(article.title.as_deref().unwrap_or("(untitled)"));
        writeln!(out, "{title}")?;
        let mut details = vec![render::dates_shown(article.date.as_deref(), article.modified.as_deref())];
        if let Some(byline) = &article.byline {
            details.push(format!("by {}", one_line(byline)));
        }
        details.push(one_line(&crate::messages::printable(&article.reference)));
        writeln!(out, "{}", details.join(" · "))?;
        for q in &article.quotes {
            writeln!(out, "  {}: “{}” (¶{})", speaker_shown(q), one_line(&q.text), q.paragraph)?;
        }
    }
    Ok(())
}

/// A quote's speaker as the text lists it: the name, with the words the article wrote
/// when they do not say it ("Tony Blair (he)", "Tony Blair (the prime minister)"); unknown,
/// with them ("unknown (a spokesman)").
fn speaker_shown(q: &Quotation) -> String {
    let written = q.speaker_as_written.as_deref().map(crate::messages::one_line);
    match (&q.speaker, written) {
        (Some(name), Some(written)) if !says_name(&written, name) => format!("{name} ({written})"),
        (Some(name), _) => name.clone(),
        (None, Some(written)) => format!("unknown ({written})"),
        (None, None) => "unknown".to_string(),
    }
}

/// Whether the words written name the speaker: "Mr Howard" does "Michael Howard", "he"
/// does not.
fn says_name(written: &str, name: &str) -> bool {
    name.split_whitespace().next_back().is_some_and(|surname| quotations::is_speaker(written, surname))
}

/// The note after the quotes: how many, of how many articles, and what was left out and
/// why: "3 quotes in 2 of 31 articles; left out: 40 quotes of other speakers, 12 of
/// unknown speakers, 200 holding no word of the query".
fn summary(
    kept: usize,
    cited: usize,
    articles: usize,
    left_out: LeftOut,
    speakers: &[String],
    query: bool,
) -> String {
    let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut said = format!(
        "{} in {cited} of {}",
        plural(kept, "quote", "quotes"),
        plural(articles, "article", "articles")
    );
    let mut out = Vec::new();
    if !speakers.is_empty() {
        out.push(format!("{} of other speakers", plural(left_out.others, "quote", "quotes")));
        out.push(format!("{} of unknown speakers", left_out.unknown));
    }
    if query {
        out.push(format!("{} holding no word of the query", left_out.without_words));
    }
    if !out.is_empty() {
        said.push_str("; left out: ");
        said.push_str(&out.join(", "));
    }
    said
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(speaker: Option<&str>, written: Option<&str>) -> Quotation {
        Quotation {
            text: "We will not raise income tax".into(),
            paragraph: 1,
            speaker: speaker.map(String::from),
            speaker_as_written: written.map(String::from),
            attribution: None,
            attributed: None,
        }
    }

    #[test]
    fn a_speaker_is_shown_with_the_words_written_when_they_do_not_name_him() {
        assert_eq!(speaker_shown(&quote(Some("Michael Howard"), Some("Mr Howard"))), "Michael Howard");
        assert_eq!(speaker_shown(&quote(Some("Tony Blair"), Some("he"))), "Tony Blair (he)");
        assert_eq!(speaker_shown(&quote(None, Some("a spokesman"))), "unknown (a spokesman)");
        assert_eq!(speaker_shown(&quote(None, None)), "unknown");
    }

    #[test]
    fn the_note_says_what_was_left_out_and_why() {
        let left_out = LeftOut { others: 40, unknown: 12, without_words: 200 };
        assert_eq!(
            summary(3, 2, 31, left_out, &["Blair".into()], true),
            "3 quotes in 2 of 31 articles; left out: 40 quotes of other speakers, 12 of unknown speakers, \
             200 holding no word of the query"
        );
        assert_eq!(summary(1, 1, 1, LeftOut::default(), &[], false), "1 quote in 1 of 1 article");
    }
}
