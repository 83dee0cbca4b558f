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
