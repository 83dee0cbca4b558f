//! Entity extraction speed on one core: tokenize → features → CRF tagging → consolidation.
//!
//!     cargo run --release --example ner_speed -- [FOLDER] [--rounds N]
//!
//! Reads every `.txt` file under FOLDER (default `../shared/corpora/bbc`) as an article
//! (first line the headline, the rest the body; Latin-1 bytes are read as such), then runs
//! `newsdex::entities::extract_text` over all of them N times (default 3) on this thread
//! and prints words per second. "Words" are the tokenizer's words over the same lines the
//! extractor reads. Loading the model happens before the clock starts and is timed apart.

mod common;

use std::path::PathBuf;
use std::time::Instant;

use newsdex::entities::{extract_text, tagger::MODEL};

/// CPU seconds this process has used (Linux `/proc/self/stat`; `None` elsewhere), so the
/// figure stays honest on a busy machine.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn main() {
    let mut folder = PathBuf::from("../shared/corpora/bbc");
    let mut rounds = 3;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--rounds" {
            rounds = args.next().and_then(|n| n.parse().ok()).unwrap_or(3);
        } else {
            folder = PathBuf::from(a);
        }
    }
    let (_, articles) = common::txt_articles(&folder);
    let word_count = common::word_count(&articles);
    let bytes: usize = articles.iter().map(|(t, b)| t.len() + b.len()).sum();

    let t = Instant::now();
    let attributes = MODEL.num_attributes();
    let load = t.elapsed();
    println!(
        "{} articles, {} words, {:.1} MB from {}; model load {:.0} ms ({} attributes)",
        articles.len(),
        word_count,
        bytes as f64 / 1e6,
        folder.display(),
        load.as_secs_f64() * 1e3,
        attributes
    );
    let mut best = f64::INFINITY;
    let mut people = 0;
    for round in 1..=rounds {
        let t = Instant::now();
        let cpu = cpu_seconds();
        people = 0;
        for (title, body) in &articles {
            people += extract_text(Some(title), body).people.len();
        }
        let secs = t.elapsed().as_secs_f64();
        let cpu = cpu_seconds().zip(cpu).map(|(b, a)| b - a);
        best = best.min(secs);
        println!(
            "round {round}: {secs:.3} s, {:.0} words/s, {:.0} articles/s, {:.1} MB/s{}",
            word_count as f64 / secs,
            articles.len() as f64 / secs,
            bytes as f64 / 1e6 / secs,
            cpu.map(|c| format!(" (CPU time {c:.2} s: {:.0} words per CPU second)", word_count as f64 / c))
                .unwrap_or_default()
        );
    }
    println!("best: {:.0} words/s on one core ({people} people found)", word_count as f64 / best);
}
