//! Messages on stderr: warnings about single files, progress and summaries.
//!
//! Results go to stdout; everything meant for the person at the terminal goes here, so
//! `newsdex search … --json | jq` always works. `--quiet` silences all of it but errors.

use std::sync::atomic::{AtomicBool, Ordering};

static QUIET: AtomicBool = AtomicBool::new(false);

/// Silence (or not) warnings and progress for the rest of the process.
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
}

/// Whether `--quiet` was given.
pub fn is_quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// Print a line on stderr unless `--quiet`: `newsdex: warning: path: cause`.
#[macro_export]
macro_rules! warn {
    ($($arg:tt)*) => {
        if !$crate::messages::is_quiet() {
            eprintln!("newsdex: warning: {}", format_args!($($arg)*));
        }
    };
}

/// Print a status line on stderr unless `--quiet`.
#[macro_export]
macro_rules! note {
    ($($arg:tt)*) => {
        if !$crate::messages::is_quiet() {
            eprintln!("{}", format_args!($($arg)*));
        }
    };
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
