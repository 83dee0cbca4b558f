//! What duplicate detection costs at ingest: time to fingerprint every article of the given
//! folders (exact hash + MinHash), next to the time to read and parse them.
//!
//!     cargo run --release --example dedup_cost -- ../shared/corpora/bbc ../shared/corpora/reuters21578

use std::time::{Duration, Instant};

fn main() {
    let mut parse = Duration::ZERO;
    let mut fingerprint = Duration::ZERO;
    let mut articles = 0usize;
    for root in std::env::args().skip(1) {
        for entry in walkdir::WalkDir::new(&root).into_iter().filter_map(Result::ok) {
            if !entry.file_type().is_file() {
                continue;
            }
            let started = Instant::now();
            let Ok(file) = newsdex::ingest::read_file(entry.path(), 64 << 20) else { continue };
            parse += started.elapsed();
            let started = Instant::now();
            for article in &file.articles {
                std::hint::black_box(newsdex::dedup::fingerprint(&article.body));
            }
            fingerprint += started.elapsed();
            articles += file.articles.len();
        }
    }
    println!(
        "{articles} articles: read+parse {:.2} s, fingerprints {:.3} s ({:.1}% of read+parse), {:.1} us/article",
        parse.as_secs_f64(),
        fingerprint.as_secs_f64(),
        100.0 * fingerprint.as_secs_f64() / parse.as_secs_f64(),
        fingerprint.as_secs_f64() * 1e6 / articles.max(1) as f64
    );
}
