//! `newsdex ingest`

use std::path::Path;

use anyhow::Result;

use crate::cli::IngestArgs;
use crate::exit::Status;
use crate::ingest::{self, IngestOptions};

/// Runs `newsdex ingest`.
pub fn run(index_dir: &Path, args: &IngestArgs) -> Result<Status> {
    let jobs = args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()));
    let opts = IngestOptions {
        index_dir: index_dir.to_path_buf(),
        roots: args.paths.clone(),
        follow_links: args.follow_links,
        max_file_bytes: args.max_file_mb.saturating_mul(1 << 20),
        jobs,
        rebuild: args.rebuild,
    };
    let summary = ingest::run(&opts)?;
    ingest::report(&summary);
    Ok(Status::Success)
}
