//! Exit statuses, in one place, following grep and ripgrep:
//! 0 = success (a search found something), 1 = a search found nothing, 2 = an error,
//! 130 = stopped by Ctrl-C (as shells report it), after committing what was done.

use std::process::ExitCode;

/// How a newsdex run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// The command did what was asked (and a search found at least one article).
    Success,
    /// A search ran fine but matched no article.
    NoHits,
    /// Bad usage, a malformed query, an unreadable index or any other error.
    Error,
    /// Stopped by Ctrl-C after committing what was done.
    Interrupted,
}

impl Status {
    /// The numeric code the process exits with.
    pub fn code(self) -> u8 {
        match self {
            Status::Success => 0,
            Status::NoHits => 1,
            Status::Error => 2,
            Status::Interrupted => 130,
        }
    }
}

/// An error that is a stop asked for (Ctrl-C, a stop signal) before any work was done,
/// such as while `ingest --wait` waits for the writer: it exits with 130, as a stop does,
/// not with 2 as an error.
#[derive(Debug)]
pub struct Stopped(pub &'static str);

impl std::fmt::Display for Stopped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for Stopped {}

/// The status a run that failed with `err` exits with.
pub fn status_of(err: &anyhow::Error) -> Status {
    match err.is::<Stopped>() {
        true => Status::Interrupted,
        false => Status::Error,
    }
}

impl From<Status> for ExitCode {
    fn from(status: Status) -> ExitCode {
        ExitCode::from(status.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_follow_the_grep_convention() {
        assert_eq!(Status::Success.code(), 0);
        assert_eq!(Status::NoHits.code(), 1);
        assert_eq!(Status::Error.code(), 2);
    }

    #[test]
    fn a_stop_before_the_work_exits_as_a_stop() {
        let stopped = anyhow::Error::new(Stopped("stopped while waiting"));
        assert_eq!(status_of(&stopped), Status::Interrupted);
        assert_eq!(status_of(&stopped.context("ingest")), Status::Interrupted);
        assert_eq!(status_of(&anyhow::anyhow!("index damaged")), Status::Error);
    }
}
