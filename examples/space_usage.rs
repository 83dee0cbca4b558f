//! Where an index's bytes go: per component (terms, postings, positions, fast fields,
//! field norms, document store) and per field, summed over segments. For choosing what to
//! store, index and make fast (issue 6's index size / corpus size figure).
//!
//!     cargo run --release --example space_usage -- INDEX_DIR

use std::collections::BTreeMap;

use anyhow::{Context, Result};

fn main() -> Result<()> {
    let dir = std::env::args().nth(1).context("usage: space_usage INDEX_DIR")?;
    let index = tantivy::Index::open_in_dir(&dir).with_context(|| format!("opening {dir}"))?;
    let searcher = index.reader()?.searcher();
    let usage = searcher.space_usage()?;
    let mut by_field: BTreeMap<(String, &str), u64> = BTreeMap::new();
    let mut store = 0u64;
    for segment in usage.segments() {
        let parts = [
            ("terms", segment.termdict()),
            ("postings", segment.postings()),
            ("positions", segment.positions()),
            ("fast", segment.fast_fields()),
            ("norms", segment.fieldnorms()),
        ];
        for (part, per_field) in parts {
            for field_usage in per_field.fields() {
                let name = field_usage.field_name().to_string();
                *by_field.entry((name, part)).or_default() += field_usage.total().get_bytes();
            }
        }
        store += segment.store().total().get_bytes();
    }
    let total = usage.total().get_bytes();
    let mb = |b: u64| b as f64 / 1e6;
    println!(
        "{} segments, {:.1} MB in all; document store {:.1} MB",
        usage.segments().len(),
        mb(total),
        mb(store)
    );
    let mut rows: Vec<_> = by_field.into_iter().collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.1));
    for ((field, part), bytes) in rows.into_iter().filter(|r| r.1 >= 100_000) {
        println!("{:>9.1} MB  {field} {part}", mb(bytes));
    }
    Ok(())
}
