//! Messages on stderr: warnings about single files, progress and summaries.
//!
//! Results go to stdout; everything meant for the person at the terminal goes here, so
//! `newsdex search … --json | jq` always works. `--quiet` silences all of it but errors.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

static QUIET: AtomicBool = AtomicBool::new(false);

/// Warnings given so far (printed or, with `--quiet`, not).
static WARNINGS: AtomicUsize = AtomicUsize::new(0);

/// Counts a warning (see [`warnings_given`]).
pub fn count_warning() {
    WARNINGS.fetch_add(1, Ordering::Relaxed);
}

/// How many warnings this process has given: an ingest's summary says how many of them
/// are its own.
pub fn warnings_given() -> usize {
    WARNINGS.load(Ordering::Relaxed)
}

/// Silence (or not) warnings and progress for the rest of the process.
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
}

/// Whether `--quiet` was given.
pub fn is_quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// Writes a line on stderr. A stderr that cannot be written (a log pipe closed, as
/// `newsdex ingest 2>&1 | head -1` closes it) loses the line and nothing else: `eprintln!`
/// would panic there, and an ingest stop half done for a log no one reads.
pub fn to_stderr(line: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// Print a line on stderr unless `--quiet`: `newsdex: warning: path: cause`.
#[macro_export]
macro_rules! warn {
    ($($arg:tt)*) => {
        $crate::messages::warning(&format!($($arg)*), false)
    };
}

/// Counts a warning and prints it (`newsdex: warning: text`, on one line) unless `--quiet`;
/// with `failing` (it makes the run fail), whatever `--quiet` says.
pub fn warning(text: &str, failing: bool) {
    count_warning();
    if failing || !is_quiet() {
        to_stderr(format_args!("newsdex: warning: {}", one_line(text)));
    }
}

/// A warning that makes the run end with status 2 (a folder given that is not there, a
/// report not written): printed even with `--quiet`, which silences all but errors, so that
/// a job that mails what a failed run printed has the cause.
#[macro_export]
macro_rules! warn_failing {
    ($($arg:tt)*) => {
        $crate::messages::warning(&format!($($arg)*), true)
    };
}

/// Prints `newsdex: error: text` on one line, whatever `--quiet` says: for one of several
/// things asked that failed while the rest go on (`show` of an article not in the index),
/// which makes the run end with status 2.
pub fn error(text: &str) {
    to_stderr(format_args!("newsdex: error: {}", one_line(text)));
}

/// Print a status line on stderr unless `--quiet`.
#[macro_export]
macro_rules! note {
    ($($arg:tt)*) => {
        if !$crate::messages::is_quiet() {
            // Names in it (a folder's, a headline) may hold escape sequences.
            $crate::messages::to_stderr(format_args!(
                "{}",
                $crate::messages::printable(&format!($($arg)*))
            ));
        }
    };
}

/// `text` safe to print on a terminal: control characters (an escape sequence in a
/// headline or a file name could clear the screen or retitle the window) are shown as
/// `\u{..}` escapes; tabs and line feeds are kept.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| c != '\n' && is_unprintable(c);
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c == '\n' {
            out.push(c);
        } else {
            push_printable(&mut out, c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether `c` is a control character other than a tab: shown as an escape on a terminal.
fn is_unprintable(c: char) -> bool {
    c.is_control() && c != '\t'
}

/// Pushes `c` to `out`, as its `\u{..}` escape when [`is_unprintable`].
pub fn push_printable(out: &mut String, c: char) {
    if is_unprintable(c) {
        out.extend(c.escape_unicode());
    } else {
        out.push(c);
    }
}

/// [`printable`], on one line: a line feed (in a file name, say) is shown as `\n`.
pub fn one_line(text: &str) -> String {
    printable(text).replace('\n', "\\n")
}

/// True when the error (or any of its causes) is a closed pipe on stdout, written to
/// directly or through the JSON writer.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    err.chain().any(|cause| {
        cause.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == BrokenPipe)
            || cause
                .downcast_ref::<serde_json::Error>()
                .is_some_and(|json| json.io_error_kind() == Some(BrokenPipe))
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_characters_are_shown_not_obeyed() {
        assert_eq!(printable("Evil \u{1b}[2Jtitle\ttab\nline"), "Evil \\u{1b}[2Jtitle\ttab\nline");
        assert_eq!(one_line("bad\nname.json"), "bad\\nname.json");
        assert!(matches!(printable("plain"), std::borrow::Cow::Borrowed(_)));
    }

    use super::*;

    #[test]
    fn broken_pipe_is_found_under_context() {
        let io = std::io::Error::new(std::io::ErrorKind::BrokenPipe, "closed");
        let err = anyhow::Error::new(io).context("writing results");
        assert!(is_broken_pipe(&err));
        assert!(!is_broken_pipe(&anyhow::anyhow!("other")));
        let json = serde_json::Error::io(std::io::Error::new(std::io::ErrorKind::BrokenPipe, "closed"));
        assert!(is_broken_pipe(&anyhow::Error::new(json).context("writing JSON")));
    }
}
