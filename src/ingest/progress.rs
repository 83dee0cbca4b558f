//! Progress of the read stage on stderr: a live bar on a terminal; elsewhere (a log file,
//! a pipe, cron, CI) one line every so often during a long run, so that the log shows the
//! run is alive and how far it has got. Nothing under `--quiet`.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{BinaryBytes, HumanCount, HumanDuration, ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::note;

/// How often a line is printed when stderr is not a terminal.
const LINE_EVERY: Duration = Duration::from_secs(15);

/// The progress of reading files, told in files and measured in bytes: a folder of a few
/// large collections (Reuters' 22 files of 1,000 stories) and many small pages reads at
/// the pace of its bytes, not of its files (the time left said "23 minutes" for a run of
/// 31 seconds when counted in files).
pub struct Progress {
    bar: ProgressBar,
    files: u64,
    files_read: u64,
    lines: Option<ProgressLines>,
    /// When a bar or lines are shown: since when.
    shown_since: Option<Instant>,
}

/// A run that read for this long says that it goes on to write the index, which takes a
/// while on a large archive (7 s after reading 150,000 files), with the bar gone.
const SAY_WRITING_AFTER: Duration = Duration::from_secs(10);

impl Progress {
    /// Progress over `files` files of `bytes` bytes in all: a bar on a terminal, lines
    /// elsewhere, nothing when quiet or for a single file.
    pub fn new(files: u64, bytes: u64) -> Progress {
        let hidden =
            Progress { bar: ProgressBar::hidden(), files, files_read: 0, lines: None, shown_since: None };
        if crate::messages::is_quiet() || files < 2 {
            return hidden;
        }
        if !std::io::stderr().is_terminal() {
            return Progress {
                lines: Some(ProgressLines::new(files, bytes, Instant::now(), LINE_EVERY)),
                shown_since: Some(Instant::now()),
                ..hidden
            };
        }
        let bar = ProgressBar::with_draw_target(Some(bytes.max(1)), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} {msg} files read ({percent}% of {binary_total_bytes}) [{elapsed_precise}] {left}",
            )
            .expect("the template is valid")
            // A time left only once the rate means something (it said 4 hours at the start
            // of a one-minute run).
            .with_key("left", |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                if state.elapsed() >= Duration::from_secs(3) {
                    let _ = write!(w, "about {} left", HumanDuration(state.eta()));
                }
            }),
        );
        Progress { bar, lines: None, shown_since: Some(Instant::now()), ..hidden }
    }

    /// One more file read, of `bytes` bytes.
    pub fn inc(&mut self, bytes: u64) {
        self.files_read += 1;
        if !self.bar.is_hidden() {
            self.bar.set_message(format!("{}/{}", HumanCount(self.files_read), HumanCount(self.files)));
            self.bar.inc(bytes);
        }
        if let Some(line) = self.lines.as_mut().and_then(|lines| lines.tick(bytes, Instant::now())) {
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
    bytes: u64,
    bytes_done: u64,
    started: Instant,
    last_line: Instant,
    every: Duration,
}

impl ProgressLines {
    fn new(len: u64, bytes: u64, now: Instant, every: Duration) -> ProgressLines {
        ProgressLines { len, done: 0, bytes, bytes_done: 0, started: now, last_line: now, every }
    }

    /// Counts one file of `bytes` read at `now`; the line to print when one is due.
    fn tick(&mut self, bytes: u64, now: Instant) -> Option<String> {
        self.done += 1;
        self.bytes_done += bytes;
        if now.duration_since(self.last_line) < self.every || self.done >= self.len {
            return None;
        }
        self.last_line = now;
        let share = Share { done: self.bytes_done, of: self.bytes };
        Some(progress_line(self.done, self.len, share, now.duration_since(self.started)))
    }
}

/// How much of the bytes to read were read.
#[derive(Clone, Copy)]
struct Share {
    done: u64,
    of: u64,
}

/// `newsdex: 5,400 of 21,578 files read (25% of 1.20 GiB) in 30 seconds, about 90
/// seconds left`: the share and the time left by bytes, or by files when there are none.
fn progress_line(done: u64, len: u64, bytes: Share, elapsed: Duration) -> String {
    let (part, whole) = if bytes.of > 0 { (bytes.done, bytes.of) } else { (done, len.max(1)) };
    let percent = part.min(whole) * 100 / whole;
    let mut line = format!(
        "newsdex: {} of {} files read ({percent}% of {}) in {}",
        HumanCount(done),
        HumanCount(len),
        BinaryBytes(bytes.of),
        HumanDuration(elapsed)
    );
    if part > 0 {
        let left = elapsed.mul_f64(whole.saturating_sub(part) as f64 / part as f64);
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
        let mut lines = ProgressLines::new(1000, 1000 << 20, start, Duration::from_secs(15));
        let at = |s: u64| start + Duration::from_secs(s);
        let mib = 1 << 20;
        assert_eq!(lines.tick(mib, at(1)), None);
        for _ in 0..248 {
            assert_eq!(lines.tick(mib, at(10)), None, "none before 15 s");
        }
        assert_eq!(
            lines.tick(mib, at(15)).as_deref(),
            Some(
                "newsdex: 250 of 1,000 files read (25% of 1000.00 MiB) in 15 seconds, about 45 seconds left"
            )
        );
        assert_eq!(lines.tick(mib, at(20)), None, "the next only 15 s after the last");
        for _ in 0..748 {
            lines.tick(mib, at(29));
        }
        // The last file: the summary line follows; no progress line.
        assert_eq!(lines.tick(mib, at(200)), None);
    }

    #[test]
    fn durations_and_counts_read_as_a_person_writes_them() {
        let gib = 1 << 30;
        assert_eq!(
            progress_line(21_578, 1_000_000, Share { done: gib / 40, of: gib }, Duration::from_secs(60)),
            "newsdex: 21,578 of 1,000,000 files read (2% of 1.00 GiB) in 60 seconds, about 39 minutes left"
        );
        assert_eq!(
            progress_line(10, 40, Share { done: 0, of: 0 }, Duration::from_secs(185)),
            "newsdex: 10 of 40 files read (25% of 0 B) in 3 minutes, about 9 minutes left"
        );
    }

    #[test]
    fn the_time_left_goes_by_bytes_not_files() {
        // A few large collections read first, then many small pages: 26 files of 2,254 are
        // nine tenths of the bytes, so most of the run is over.
        let mib = 1 << 20;
        let line = progress_line(26, 2_254, Share { done: 27 * mib, of: 30 * mib }, Duration::from_secs(16));
        assert_eq!(
            line,
            "newsdex: 26 of 2,254 files read (90% of 30.00 MiB) in 16 seconds, about 2 seconds left"
        );
    }
}
