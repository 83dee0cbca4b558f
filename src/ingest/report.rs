//! `ingest --report FILE`: what became of every file and folder an ingest met, one JSON
//! object a line, for a reviewer who must account for every file of an archive (the
//! summary line counts them; this names them).

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::{Context, Result};
use serde::Serialize;

/// What became of a file or folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Indexed for the first time.
    Added,
    /// Changed, and read again.
    Updated,
    /// As it was at the last ingest: not read again.
    Unchanged,
    /// The same bytes as a file gone from its place: its articles follow it.
    Moved,
    /// Gone (or holding no article now): its articles leave the index.
    Removed,
    /// Not indexed: empty, binary, unreadable, too large, of a type newsdex does not read.
    Skipped,
    /// Passed over by the walk: hidden, named by an ignore pattern, a link not followed.
    LeftOut,
    /// In a folder `newsdex forget` took out.
    Forgotten,
    /// Named to be ingested but not found: what was indexed from it stays.
    NotFound,
    /// Not reached: the ingest was stopped first; the next one reads it.
    NotRead,
}

/// One line of the report.
#[derive(Debug, Clone, Serialize)]
pub struct Line {
    /// The path as the user would write it (or, for a file gone, as it was indexed).
    pub path: String,
    /// What became of it.
    pub outcome: Outcome,
    /// Why, in a word or two (`empty`, `binary`, `unsupported type`, `hidden`, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<&'static str>,
    /// Why, in a sentence, as the warning on stderr says it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// The articles it gives (added and updated files).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub articles: Option<usize>,
    /// Where a moved file was indexed before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// What was salvaged or dropped while reading it (bytes replaced, records dropped).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl Line {
    /// A line for `path`, saying only its outcome. A name that is not UTF-8 is written as
    /// `search --json` writes it ([`super::walk::source_of`]), so that the two join.
    pub fn new(path: &Path, outcome: Outcome) -> Line {
        Line {
            path: super::walk::source_of(path.to_path_buf()),
            outcome,
            reason: None,
            detail: None,
            articles: None,
            from: None,
            warnings: Vec::new(),
        }
    }

    /// With why, in a word or two.
    pub fn reason(mut self, reason: &'static str) -> Line {
        self.reason = Some(reason);
        self
    }

    /// With why, in a sentence.
    pub fn detail(mut self, detail: impl Into<String>) -> Line {
        self.detail = Some(detail.into());
        self
    }

    /// With the articles written from it.
    pub fn articles(mut self, articles: usize) -> Line {
        self.articles = Some(articles);
        self
    }

    /// With where it was indexed before it moved.
    pub fn from(mut self, from: &Path) -> Line {
        self.from = Some(super::walk::source_of(from.to_path_buf()));
        self
    }

    /// With what was salvaged or dropped while reading it.
    pub fn warnings(mut self, warnings: &[String]) -> Line {
        self.warnings = warnings.to_vec();
        self
    }
}

/// Where the lines go: nowhere (no `--report`), a file, or stdout (`--report -`); and the
/// changes kept for `watch` to tell, when it asks for them ([`Report::keep_changes`]).
#[derive(Default)]
pub struct Report {
    out: Option<Box<dyn Write>>,
    /// The lines of files added, updated, moved and removed since last taken, when kept.
    changes: Option<Vec<Line>>,
    /// Where it goes, to name it in an error.
    name: String,
    /// The first write that failed: the rest is not written, and the run says so.
    failed: Option<io::Error>,
}

impl Report {
    /// A report to `path` (`-` for stdout), created now: a path that cannot be written
    /// fails before any work is done.
    pub fn create(path: &Path) -> Result<Report> {
        let out: Box<dyn Write> = if path == Path::new("-") {
            Box::new(BufWriter::new(io::stdout()))
        } else {
            let file =
                File::create(path).with_context(|| format!("{}: cannot write the report", path.display()))?;
            Box::new(BufWriter::new(file))
        };
        Ok(Report { out: Some(out), name: path.display().to_string(), changes: None, failed: None })
    }

    /// Keeps the lines of the files that change from now on, for [`Report::take_changes`].
    pub fn keep_changes(&mut self) {
        self.changes.get_or_insert_with(Vec::new);
    }

    /// The files added, updated, moved and removed since last asked (none when not kept).
    pub fn take_changes(&mut self) -> Vec<Line> {
        self.changes.as_mut().map(std::mem::take).unwrap_or_default()
    }

    /// Writes the line `make` builds, when a report is wanted (or keeps it, when it is a
    /// change kept).
    pub fn add(&mut self, make: impl FnOnce() -> Line) {
        if self.out.is_none() && self.changes.is_none() {
            return;
        }
        let line = make();
        if let Some(changes) = self.changes.as_mut()
            && matches!(line.outcome, Outcome::Added | Outcome::Updated | Outcome::Moved | Outcome::Removed)
        {
            changes.push(line.clone());
        }
        let Some(out) = self.out.as_mut() else { return };
        let written = serde_json::to_writer(&mut *out, &line)
            .map_err(io::Error::from)
            .and_then(|()| out.write_all(b"\n"));
        if let Err(err) = written {
            self.failed = Some(err);
            self.out = None;
        }
    }

    /// Flushes what was written (at the end of each pass: `watch` makes many); an error
    /// names the report and says it is incomplete, and is said once.
    pub fn flush(&mut self) -> Result<()> {
        if let Some(out) = self.out.as_mut()
            && let Err(err) = out.flush()
        {
            self.failed = Some(err);
            self.out = None;
        }
        match self.failed.take() {
            Some(err) => {
                Err(anyhow::Error::new(err).context(format!("{}: the report is incomplete", self.name)))
            }
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_leaves_out_what_it_does_not_know() {
        let line =
            Line::new(Path::new("a/b.txt"), Outcome::Skipped).reason("empty").detail("empty file, skipped");
        assert_eq!(
            serde_json::to_string(&line).unwrap(),
            r#"{"path":"a/b.txt","outcome":"skipped","reason":"empty","detail":"empty file, skipped"}"#
        );
        let line = Line::new(Path::new("c.html"), Outcome::LeftOut).reason("hidden");
        assert_eq!(
            serde_json::to_string(&line).unwrap(),
            r#"{"path":"c.html","outcome":"left_out","reason":"hidden"}"#
        );
    }

    #[test]
    fn changes_kept_are_the_files_that_changed() {
        let mut report = Report::default();
        report.add(|| unreachable!("nothing kept yet"));
        report.keep_changes();
        report.add(|| Line::new(Path::new("a.txt"), Outcome::Added).articles(1));
        report.add(|| Line::new(Path::new("b.txt"), Outcome::Unchanged));
        report.add(|| Line::new(Path::new("c.txt"), Outcome::Removed));
        let paths: Vec<String> = report.take_changes().into_iter().map(|l| l.path).collect();
        assert_eq!(paths, ["a.txt", "c.txt"]);
        assert!(report.take_changes().is_empty());
    }

    #[test]
    fn no_report_builds_no_line() {
        let mut report = Report::default();
        report.add(|| unreachable!("no line is built without a report"));
        assert!(report.flush().is_ok());
    }
}
