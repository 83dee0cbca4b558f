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
}
