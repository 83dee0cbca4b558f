//! `newsdex show`: stored articles, whole.

use std::borrow::Cow;
use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use serde_json::Value;

use crate::cli::ShowArgs;
use crate::exit::Status;
use crate::index::NewsIndex;
use crate::search::render::{self, Marker, display_path};
use crate::search::snippet::{Highlighter, Snippet};
use crate::search::{self, SearchRequest, query};

/// Runs `newsdex show`: each article named, with its metadata and its whole text, the
/// words of `--mark` marked.
pub fn run(index_dir: &Path, args: &ShowArgs) -> Result<Status> {
    let news = NewsIndex::open(index_dir)?;
    let searcher = news.reader()?.searcher();
    let marks = match &args.mark {
        Some(text) => {
            let words = SearchRequest { text: Some(text.clone()), ..SearchRequest::default() };
            let built = query::build(&news, &searcher, &words).map_err(|e| anyhow::anyhow!("--mark: {e}"))?;
            Some(Marking {
                title: Highlighter::for_title(&built.highlight),
                body: Highlighter::new(&built.highlight),
            })
        }
        None => None,
    };
    let marker = super::search::marker(args.color);
    // On a terminal, paragraphs are wrapped at its width (between words, as search wraps
    // its hits); piped, each stays one line, as indexed.
    let width = render::terminal_width();
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut out = super::stdout();
    // Each article found is shown, and each not found said: a batch of saved ids with one
    // gone still shows the others (and the status says one failed).
    let (mut shown, mut missing) = (0, 0);
    for target in &args.articles {
        // A path whose name is not UTF-8 (an old archive's Latin-1 names), as the index
        // names it.
        let target = crate::ingest::walk::source_of(target.into());
        let found = search::find_article(&news, &searcher, &target);
        let addr = match found {
            Ok(addr) => addr,
            Err(err) => {
                // The run fails: an error, said even with --quiet.
                crate::messages::error(&format!("{err:#}"));
                missing += 1;
                continue;
            }
        };
        let n = shown;
        shown += 1;
        let doc: tantivy::TantivyDocument = searcher.doc(addr)?;
        let record = search::article_record(&news, &doc);
        if let Some(problem) = record["body_problem"].as_str() {
            crate::warn!("{problem}");
        }
        if args.json {
            serde_json::to_writer(&mut out, &record).context("writing the article")?;
            writeln!(out).context("writing the article")?;
        } else if args.body {
            if n > 0 {
                write!(out, "\n{BODY_SEPARATOR}\n\n").context("writing the article")?;
            }
            write_body(&mut out, &record, marks.as_ref().map(|m| &m.body), marker, width)
                .context("writing the article")?;
        } else {
            if n > 0 {
                write!(out, "\n{}\n\n", article_rule(width)).context("writing the article")?;
            }
            write_article(&mut out, &record, marks.as_ref(), marker, &cwd, width)
                .context("writing the article")?;
        }
    }
    super::finish(out)?;
    Ok(if missing > 0 { Status::Error } else { Status::Success })
}

/// The words of `--mark` to mark in a headline, and in the text: a word typed with
/// `title:` is marked in the headline alone, one with `body:` in the text alone.
struct Marking {
    title: Highlighter,
    body: Highlighter,
}

/// One line of text with the words `marks` finds marked (and control characters shown).
fn marked(line: &str, marks: Option<&Highlighter>, marker: Marker) -> String {
    let highlights = marks.map(|m| m.char_ranges(line)).unwrap_or_default();
    render::mark(&Snippet { text: line.to_string(), highlights, at_start: true, at_end: true }, marker)
}

/// The date line's date: the date (and a later update), where it was read ("1987-02-26
/// 15:10:44 (from the SGML <DATE>)"), and the file name's date when that is another day
/// ("2004-05-12 (from its Published line; the file's name says 2004-05-11)").
fn date_shown(record: &Value) -> String {
    let text = |key: &str| record[key].as_str();
    let shown = crate::search::render::dates_shown(text("date"), text("modified"));
    let (Some(date), Some(source)) = (text("date"), text("date_source")) else { return shown };
    let mut from = vec![format!("from {}", crate::dates::source_described(source))];
    if let Some(named) = crate::dates::path_date_otherwise(
        text("path").unwrap_or_default(),
        text("id").is_some(),
        date,
        source,
    ) {
        from.push(format!("the file's name says {named}"));
    }
    format!("{shown} ({})", from.join("; "))
}

/// An article as a reader wants it: the headline, the date, byline and source, the names,
/// then the text, a blank line between paragraphs.
fn write_article<W: Write>(
    out: &mut W,
    record: &Value,
    marks: Option<&Marking>,
    marker: Marker,
    cwd: &Path,
    width: Option<usize>,
) -> std::io::Result<()> {
    use crate::messages::one_line;
    let text = |key: &str| record[key].as_str().map(str::to_string);
    let title =
        marked(&one_line(record["title"].as_str().unwrap_or_default()), marks.map(|m| &m.title), marker);
    writeln!(out, "{}", if title.is_empty() { "(untitled)" } else { &title })?;
    let mut details = vec![date_shown(record)];
    if let Some(byline) = text("byline") {
        details.push(format!("by {}", one_line(&byline)));
    }
    let mut path = one_line(&display_path(&text("path").unwrap_or_default(), cwd));
    if let Some(id) = text("id") {
        path = format!("{path} ({id})");
    }
    details.push(path);
    if let Some(uid) = text("uid") {
        details.push(format!("uid {uid}"));
    }
    writeln!(out, "{}", details.join(" · "))?;
    if let Some(url) = text("url") {
        writeln!(out, "{}", one_line(&url))?;
    }
    for (label, key) in
        [("people", "people"), ("orgs", "organizations"), ("places", "places"), ("tags", "tags")]
    {
        let names: Vec<&str> =
            record[key].as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
        if !names.is_empty() {
            writeln!(out, "{label}: {}", one_line(&names.join(", ")))?;
        }
    }
    writeln!(out)?;
    let body = record["body"].as_str().unwrap_or_default();
    if body.trim().is_empty()
        && let Some(problem) = record["body_problem"].as_str()
    {
        // The text is read from the file, which is gone or unreadable: said in its place
        // too, not only on stderr.
        writeln!(out, "[text not available: {}]", one_line(problem))?;
        return Ok(());
    }
    write_body(out, record, marks.map(|m| &m.body), marker, width)
}

/// An article's text alone (`show --body`), or after its headline and names: a paragraph
/// (a long line, or a sentence) is set apart by a blank line; short lines (a table's rows,
/// a list) follow each other as written. With a `width` (a terminal's), each is wrapped at
/// it. A text that cannot be read prints nothing here (stderr has said why), so that a
/// reader aloud is not given the message.
fn write_body<W: Write>(
    out: &mut W,
    record: &Value,
    marks: Option<&Highlighter>,
    marker: Marker,
    width: Option<usize>,
) -> std::io::Result<()> {
    let body = record["body"].as_str().unwrap_or_default();
    // A wire story's dateline opens its first line, as the wire prints it ("WINNIPEG,
    // March 3 - Canada's grain..."): the place a "here" of the text is. The index keeps
    // it apart from the text (snippets are the story's own words).
    let mut dateline = record["dateline"].as_str().map(crate::messages::one_line);
    for (apart, line) in laid_out(body) {
        if apart {
            writeln!(out)?;
        }
        let line = match dateline.take() {
            Some(dateline) => Cow::Owned(render::with_dateline(&dateline, line)),
            None => Cow::Borrowed(line),
        };
        for wrapped_line in wrapped(&marked(&line, marks, marker), width) {
            writeln!(out, "{wrapped_line}")?;
        }
    }
    if let Some(dateline) = dateline {
        // No text (a headline-only brief): the dateline alone.
        writeln!(out, "{}", marked(dateline.trim(), marks, marker))?;
    }
    Ok(())
}

/// The lines of a text as `show --body` prints them, each with whether a blank line goes
/// before it: a paragraph (a long line, or a sentence's end) is set apart, short lines (a
/// table's rows, a list) follow each other; blank lines of the text are dropped.
fn laid_out(body: &str) -> impl Iterator<Item = (bool, &str)> {
    let mut previous: Option<bool> = None;
    body.lines().map(str::trim_end).filter(|l| !l.trim().is_empty()).map(move |line| {
        let paragraph = line.chars().count() > PARAGRAPH_CHARS || line.ends_with(SENTENCE_ENDS);
        let apart = previous.is_some_and(|was_paragraph| was_paragraph || paragraph);
        previous = Some(paragraph);
        (apart, line)
    })
}

/// A text with its paragraphs apart by a blank line, as `show --body` prints it unwrapped:
/// for `extract --body`, whose text ran the paragraphs of a web page (kept a paragraph a
/// line) together.
pub fn in_paragraphs(body: &str) -> String {
    let mut text = String::with_capacity(body.len() + body.len() / 40);
    for (apart, line) in laid_out(body) {
        if apart {
            text.push('\n');
        }
        text.push_str(line);
        text.push('\n');
    }
    text
}

/// A line of text as printed at `width` ([`render::wrapped`], unindented): the lines of at
/// most `width` columns it is broken into between words, or the line whole without a width
/// (piped) or with one too narrow.
fn wrapped(line: &str, width: Option<usize>) -> Vec<std::borrow::Cow<'_, str>> {
    crate::search::render::wrapped(line, width, "", "")
}

/// What `show --body` prints between two articles' texts (a blank line each side): a
/// section break, as a script marks one, that a blank line between paragraphs is not.
const BODY_SEPARATOR: &str = "* * *";

/// The widest rule between two articles in the normal view.
const RULE_WIDTH: usize = 40;

/// The line between two articles in the normal view (a blank line each side), so that the
/// next headline does not read as one more paragraph: a rule of `─`, 40 wide, or the
/// terminal's width when it is narrower.
fn article_rule(width: Option<usize>) -> String {
    "─".repeat(width.map_or(RULE_WIDTH, |w| w.clamp(1, RULE_WIDTH)))
}

/// A line of text longer than this, or ending a sentence, is a paragraph (see
/// [`write_article`]).
const PARAGRAPH_CHARS: usize = 100;

/// What ends a sentence, and so a paragraph's last line.
const SENTENCE_ENDS: &[char] = &['.', '!', '?', '"', '”', '’', ':'];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_set_apart_and_a_list_s_lines_kept_together() {
        let body = "I don't use Facebook. I'm a geek.\nInformation from other users\nWhen you sign up, it asks.\n\n\nRates:\n  a 1\n  b 2";
        assert_eq!(
            in_paragraphs(body),
            "I don't use Facebook. I'm a geek.\n\nInformation from other users\n\nWhen you sign up, it asks.\n\nRates:\n\n  a 1\n  b 2\n"
        );
        assert_eq!(in_paragraphs(""), "");
    }

    #[test]
    fn on_a_terminal_a_paragraph_is_wrapped_between_words_at_its_width() {
        let paragraph = "The council voted on Tuesday to extend the library's opening hours until nine.";
        let lines = wrapped(paragraph, Some(30));
        assert_eq!(
            lines,
            ["The council voted on Tuesday", "to extend the library's", "opening hours until nine."]
        );
        assert!(lines.iter().all(|l| l.chars().count() <= 30));
        // Piped (no width) or too narrow to wrap usefully: the paragraph stays one line.
        assert_eq!(wrapped(paragraph, None), [paragraph]);
        assert_eq!(wrapped(paragraph, Some(12)), [paragraph]);
    }

    #[test]
    fn colour_marks_take_no_width_when_wrapping() {
        // Broken where the unmarked paragraph is, not earlier for the escape codes.
        let marked = "The \x1b[1;31mcouncil\x1b[0m voted on Tuesday to extend the hours.";
        let lines = wrapped(marked, Some(30));
        assert_eq!(lines, ["The \x1b[1;31mcouncil\x1b[0m voted on Tuesday", "to extend the hours."]);
    }

    #[test]
    fn the_rule_between_articles_is_at_most_the_terminal_wide() {
        assert_eq!(article_rule(None).chars().count(), 40);
        assert_eq!(article_rule(Some(120)).chars().count(), 40);
        assert_eq!(article_rule(Some(24)).chars().count(), 24);
    }
}
