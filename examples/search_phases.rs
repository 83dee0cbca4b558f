//! Where the time of one search goes, in process (no HTTP): building the query, ranking
//! (top hits alone, the count alone, both together as `search` runs them), and the whole
//! search with and without collapsing duplicates (stored fields and snippets included).
//!
//!     cargo run --release --example search_phases -- INDEX_DIR [ROUNDS]
//!
//! Asks the queries of ../shared/bench/queries.tsv (fourth column), each ROUNDS times
//! (default 30), and prints the median of each phase per query in milliseconds.
//! `DOCSTORE_CACHE_BLOCKS=0` turns off the searcher's cache of decompressed document-store
//! blocks (100 per segment by default), as for queries whose hits no recent query fetched.

use std::time::Instant;

use newsdex::index::NewsIndex;
use newsdex::search::{SearchRequest, query, search};
use tantivy::collector::{Count, TopDocs};

fn median_ms(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2] * 1000.0
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("usage: search_phases INDEX_DIR [ROUNDS]");
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(30);
    let news = NewsIndex::open(std::path::Path::new(&dir))?;
    let blocks: usize =
        std::env::var("DOCSTORE_CACHE_BLOCKS").ok().and_then(|v| v.parse().ok()).unwrap_or(100);
    let searcher = news.index.reader_builder().doc_store_cache_num_blocks(blocks).try_into()?.searcher();
    let queries: Vec<String> = std::fs::read_to_string("../shared/bench/queries.tsv")?
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').nth(3).map(str::to_string))
        .collect();
    println!(
        "{:<22} {:>7} {:>7} {:>7} {:>9} {:>9} {:>10}",
        "query", "build", "top50", "count", "top+count", "search", "collapsed"
    );
    for q in &queries {
        let req = SearchRequest {
            text: Some(q.clone()),
            limit: 10,
            fragments: 2,
            collapse: false,
            ..Default::default()
        };
        let collapsed = SearchRequest { collapse: true, ..req.clone() };
        let mut t = [vec![], vec![], vec![], vec![], vec![], vec![]];
        for _ in 0..rounds {
            let s = Instant::now();
            let built = query::build(&news, &searcher, &req)?;
            t[0].push(s.elapsed().as_secs_f64());
            let s = Instant::now();
            searcher.search(&*built.query, &TopDocs::with_limit(50).order_by_score())?;
            t[1].push(s.elapsed().as_secs_f64());
            let s = Instant::now();
            searcher.search(&*built.query, &Count)?;
            t[2].push(s.elapsed().as_secs_f64());
            let s = Instant::now();
            searcher.search(&*built.query, &(TopDocs::with_limit(50).order_by_score(), Count))?;
            t[3].push(s.elapsed().as_secs_f64());
            let s = Instant::now();
            search(&news, &searcher, &req)?;
            t[4].push(s.elapsed().as_secs_f64());
            let s = Instant::now();
            search(&news, &searcher, &collapsed)?;
            t[5].push(s.elapsed().as_secs_f64());
        }
        let [a, b, c, d, e, f] = t.map(median_ms);
        println!("{q:<22} {a:>7.3} {b:>7.3} {c:>7.3} {d:>9.3} {e:>9.3} {f:>10.3}");
    }
    Ok(())
}
