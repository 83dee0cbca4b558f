//! newsdex turns a folder of news articles into a searchable archive.
//!
//! # The pipeline
//!
//! Writing (`newsdex ingest`):
//! [`ingest::walk`] lists files → [`ingest::decode`] turns bytes into text (BOM, UTF-8,
//! Windows-1252, Mac Roman; binary and empty files refused), composed ([`nfc`]) →
//! [`ingest::formats`] parse each format into an [`ingest::Article`] → [`entities`] finds people, organizations and places →
//! [`index`] writes articles and a per-file manifest in one commit.
//!
//! Reading (`newsdex search`):
//! [`search::query`] builds a tantivy query from text and filters → [`search`] ranks with
//! BM25 (title boosted) or by date → [`search::snippet`] cuts highlighted snippets →
//! [`search::render`] prints text or JSON.
//!
//! [`commands`] holds one function per subcommand; [`cli`] the flags; [`dates`] every date
//! rule; [`messages`] what goes to stderr; [`exit`] the exit codes.

#![warn(missing_docs)]

pub mod cli;
pub mod commands;
pub mod dates;
pub mod dedup;
pub mod entities;
pub mod exit;
pub mod index;
pub mod ingest;
pub mod messages;
pub mod nfc;
pub mod search;
pub mod serve;
pub mod sites;

use anyhow::Result;

use cli::{Cli, Command};
use exit::Status;

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<Status> {
    messages::set_quiet(cli.quiet);
    let index_dir =
        cli.index.clone().filter(|dir| !dir.as_os_str().is_empty()).unwrap_or_else(index::default_dir);
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_command(&cli, &index_dir)));
    let uses_an_index =
        !matches!(cli.command, Command::Extract(_) | Command::Completions(_) | Command::Manual);
    match outcome {
        Ok(Err(err)) if uses_an_index => Err(index::explain_damage(&index_dir, err)),
        Ok(result) => result,
        // A panic while the index was read is most often a garbled file: say which.
        Err(panic) if uses_an_index => Err(index::after_a_panic(&index_dir, &*panic)),
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

fn run_command(cli: &Cli, index_dir: &std::path::Path) -> Result<Status> {
    match &cli.command {
        Command::Ingest(args) => commands::ingest::run(index_dir, args),
        Command::Watch(args) => commands::ingest::watch(index_dir, args),
        Command::Forget(args) => commands::ingest::forget(index_dir, args),
        Command::Purge(args) => commands::purge::run(index_dir, args),
        Command::Search(args) => commands::search::run(index_dir, args),
        Command::People(args) => commands::names::run(index_dir, args, search::facets::NameKind::Person),
        Command::Orgs(args) => commands::names::run(index_dir, args, search::facets::NameKind::Org),
        Command::Places(args) => commands::names::run(index_dir, args, search::facets::NameKind::Place),
        Command::Sites(args) => commands::names::run(index_dir, args, search::facets::NameKind::Site),
        Command::Languages(args) => commands::names::run(index_dir, args, search::facets::NameKind::Language),
        Command::Timeline(args) => commands::timeline::run(index_dir, args),
        Command::Similar(args) => commands::similar::run(index_dir, args),
        Command::Quotes(args) => commands::quotes::run(index_dir, args),
        Command::Show(args) => commands::show::run(index_dir, args),
        Command::Duplicates(args) => commands::duplicates::run(index_dir, args),
        Command::Extract(args) => commands::extract::run(args),
        Command::Serve(args) => {
            serve::run(index_dir, args.addr, &args.allow_origins, &args.allow_hosts).map(|()| Status::Success)
        }
        Command::Stats(args) => commands::stats::run(index_dir, args),
        Command::Completions(args) => {
            let mut out = commands::stdout();
            clap_complete::generate(
                args.shell,
                &mut <Cli as clap::CommandFactory>::command(),
                "newsdex",
                &mut out,
            );
            commands::finish(out).map(|()| Status::Success)
        }
        Command::Manual => {
            let mut out = commands::stdout();
            cli::manual(&mut out)?;
            commands::finish(out).map(|()| Status::Success)
        }
    }
}
