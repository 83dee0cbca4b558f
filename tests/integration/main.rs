//! Integration tests: run the real `newsdex` binary on real files in temporary folders.
//!
//! One test binary (as ripgrep does), so the crate links once.

mod bad_input;
mod bylines;
mod capitals;
mod cli;
mod companies;
mod corpora;
mod culture_names;
mod dates_typed;
mod dates_written;
mod east_asian_names;
mod entities;
mod exports;
mod extract;
mod feed;
mod fields;
mod formats;
mod git_archive;
mod headlines;
mod incremental;
mod ingest;
mod languages;
mod name_forms;
mod name_kinds;
mod names;
mod names_rules;
mod near_quotes;
mod numbers;
mod operators;
mod org_rows;
mod places;
mod purge;
mod quality;
mod quotes;
mod resources;
mod screening;
mod scripts;
mod scripts_dates;
mod search;
mod search_words;
mod serve;
mod speakers;
mod spellings;
mod symbols;
mod util;
