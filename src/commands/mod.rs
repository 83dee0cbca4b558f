//! One function per subcommand: validate the arguments, call the library, print.
//!
//! These are the only places that write results to stdout.

pub mod extract;
pub mod ingest;
pub mod names;
pub mod search;
pub mod similar;
pub mod stats;

use std::io::{self, BufWriter, Write};

/// A buffered, locked stdout.
pub(crate) fn stdout() -> BufWriter<io::StdoutLock<'static>> {
    BufWriter::new(io::stdout().lock())
}

/// Flushes stdout, keeping a closed pipe recognisable to `main`.
pub(crate) fn finish(mut out: impl Write) -> anyhow::Result<()> {
    out.flush()?;
    Ok(())
}

/// Hands an opened index (or its searcher) to the operating system at exit instead of dropping
/// it. Dropping unmaps each of the index's files and frees its caches one by one: 2-3 ms of a
/// 10 ms `search` on a 7-segment index, where the kernel releases a dying process's memory in
/// one go. For commands that print and exit; a long-lived server drops its index as usual.
pub(crate) fn leave_to_exit<T>(opened: T) {
    std::mem::forget(opened);
}
