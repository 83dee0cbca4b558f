//! Progress of the read stage on stderr: a live bar on a terminal; elsewhere (a log file,
//! a pipe, cron, CI) one line every so often during a long run, so that the log shows the
//! run is alive and how far it has got. Nothing under `--quiet`.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{HumanCount, HumanDuration, ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::note;

/// How often a line is printed when stderr is not a terminal.
const LINE_EVERY: Duration = Duration::from_secs(15);

/// The progress of reading `len` files.
pub struct Progress {
    bar: ProgressBar,
    lines: Option<ProgressLines>,
    /// When a bar or lines are shown: since when.
    shown_since: Option<Instant>,
}

/// A run that read for this long says that it goes on to write the index, which takes a
/// while on a large archive (7 s after reading 150,000 files), with the bar gone.
const SAY_WRITING_AFTER: Duration = Duration::from_secs(10);

impl Progress {
    /// Progress over `len` files: a bar on a terminal, lines elsewhere, nothing when quiet
    /// or for a single file.
    pub fn new(len: u64) -> Progress {
        let hidden = Progress { bar: ProgressBar::hidden(), lines: None, shown_since: None };
        if crate::messages::is_quiet() || len < 2 {
            return hidden;
        }
        if !std::io::stderr().is_terminal() {
            return Progress {
                lines: Some(ProgressLines::new(len, Instant::now(), LINE_EVERY)),
                shown_since: Some(Instant::now()),
                ..hidden
            };
        }
        let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} {human_pos}/{human_len} files read [{elapsed_precise}] {rate} {left}",
            )
            .expect("the template is valid")
            // Whole files a second, and a time left only once the rate means something
            // (it said 4 hours at the start of a one-minute run).
            .with_key("rate", |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{}/s", HumanCount(state.per_sec().round() as u64));
            })
            .with_key("left", |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                if state.elapsed() >= Duration::from_secs(3) {
                    let _ = write!(w, "about {} left", HumanDuration(state.eta()));
                }
            }),
        );
        Progress { bar, lines: None, shown_since: Some(Instant::now()) }
    }

    /// One more file read.
    pub fn inc(&mut self) {
        self.bar.inc(1);
        if let Some(line) = self.lines.as_mut().and_then(|lines| lines.tick(Instant::now())) {
            note!("{line}");
        }
    }

    /// The reading is over (`all_read`: not stopped part way): the bar goes, and a long
    /// run says what comes next.
    pub fn finish(&self, all_read: bool) {
        self.bar.finish_and_clear();
        if all_read && self.shown_since.is_some_and(|since| since.elapsed() >= SAY_WRITING_AFTER) {
            note!("newsdex: all files read; writing the index");
        }
    }
}

/// Progress told as lines: the line due at each tick, if one is.
struct ProgressLines {
    len: u64,
    done: u64,
    started: Instant,
    last_line: Instant,
    every: Duration,
}

impl ProgressLines {
    fn new(len: u64, now: Instant, every: Duration) -> ProgressLines {
        ProgressLines { len, done: 0, started: now, last_line: now, every }
    }

    /// Counts one file read at `now`; the line to print when one is due.
    fn tick(&mut self, now: Instant) -> Option<String> {
        self.done += 1;
        if now.duration_since(self.last_line) < self.every || self.done >= self.len {
            return None;
        }
        self.last_line = now;
        Some(progress_line(self.done, self.len, now.duration_since(self.started)))
    }
}

/// `newsdex: 5,400 of 21,578 files read (25%) in 30 seconds, about 90 seconds left`.
fn progress_line(done: u64, len: u64, elapsed: Duration) -> String {
    let percent = done * 100 / len.max(1);
    let mut line = format!(
        "newsdex: {} of {} files read ({percent}%) in {}",
        HumanCount(done),
        HumanCount(len),
        HumanDuration(elapsed)
    );
    if done > 0 {
        let left = elapsed.mul_f64(len.saturating_sub(done) as f64 / done as f64);
        line.push_str(&format!(", about {} left", HumanDuration(left)));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_run_off_a_terminal_prints_a_line_every_so_often_saying_how_far_it_got() {
        let start = Instant::now();
        let mut lines = ProgressLines::new(1000, start, Duration::from_secs(15));
        let at = |s: u64| start + Duration::from_secs(s);
        assert_eq!(lines.tick(at(1)), None);
        for _ in 0..248 {
            assert_eq!(lines.tick(at(10)), None, "none before 15 s");
        }
        assert_eq!(
            lines.tick(at(15)).as_deref(),
            Some("newsdex: 250 of 1,000 files read (25%) in 15 seconds, about 45 seconds left")
        );
        assert_eq!(lines.tick(at(20)), None, "the next only 15 s after the last");
        for _ in 0..748 {
            lines.tick(at(29));
        }
        // The last file: the summary line follows; no progress line.
        assert_eq!(lines.tick(at(200)), None);
    }

    #[test]
    fn durations_and_counts_read_as_a_person_writes_them() {
        assert_eq!(
            progress_line(21_578, 1_000_000, Duration::from_secs(60)),
            "newsdex: 21,578 of 1,000,000 files read (2%) in 60 seconds, about 45 minutes left"
        );
        assert_eq!(
            progress_line(10, 40, Duration::from_secs(185)),
            "newsdex: 10 of 40 files read (25%) in 3 minutes, about 9 minutes left"
        );
    }
}
