//! Writes CRFsuite training lines for newsdex's entity tagger (development time only).
//!
//! Reads documents as JSON Lines, `{"src": ..., "text": ..., "spans": [[start, end, "PER"], ...]}`
//! (byte offsets; `scripts/ner/make_data.py` writes them), splits each into lines and words
//! exactly as `newsdex::entities::extract` does, labels each word `B-`/`I-` + type from the
//! span its first byte falls in (else `O`), and prints one line per word:
//!
//! ```text
//! LABEL<TAB>feature<TAB>feature...
//! ```
//!
//! with an empty line after each sequence (one text line). The features are the strings of
//! `newsdex::entities::features`, the very ones the tagger hashes at run time.
//!
//! With `--shout-every N`, every Nth line is also written in capitals (marked as a
//! shouting line), so the tagger can learn to read all-caps headlines.
//!
//!     cargo run --release --example ner_features -- [--shout-every N] docs.jsonl... > train.tsv

use std::io::{BufRead, BufReader, BufWriter, Write};

use newsdex::entities::features::{Prepared, is_shouting};
use newsdex::entities::tokens::words;

struct Dumper<W: Write> {
    out: W,
    prepared: Prepared,
    buf: String,
    tokens: usize,
}

impl<W: Write> Dumper<W> {
    /// Writes one sequence: the words of `line` (which starts at byte `offset` of the
    /// document), labelled from `spans`.
    fn sequence(
        &mut self,
        line: &str,
        offset: usize,
        spans: &[(usize, usize, String)],
        shouting: bool,
    ) -> std::io::Result<()> {
        let ws = words(line);
        if ws.is_empty() {
            return Ok(());
        }
        self.prepared.prepare(&ws, shouting);
        let mut prev_span = None;
        for (i, w) in ws.iter().enumerate() {
            let at = offset + (w.text.as_ptr() as usize - line.as_ptr() as usize);
            let span = spans.iter().position(|(s, e, _)| *s <= at && at < *e);
            let label = match span {
                Some(k) if prev_span == Some(k) => format!("I-{}", spans[k].2),
                Some(k) => format!("B-{}", spans[k].2),
                None => "O".to_string(),
            };
            prev_span = span;
            write!(self.out, "{label}")?;
            let mut result = Ok(());
            let out = &mut self.out;
            self.prepared.features(&ws, i, &mut self.buf, |f| {
                if result.is_ok() {
                    result = write!(out, "\t{f}");
                }
            });
            result?;
            writeln!(self.out)?;
            self.tokens += 1;
        }
        writeln!(self.out)
    }
}

fn main() -> std::io::Result<()> {
    let mut paths: Vec<String> = Vec::new();
    let mut shout_every = 0usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--shout-every" {
            shout_every = args.next().and_then(|n| n.parse().ok()).unwrap_or(0);
        } else {
            paths.push(a);
        }
    }
    if paths.is_empty() {
        eprintln!("usage: ner_features [--shout-every N] DOCS.jsonl... > train.tsv");
        std::process::exit(2);
    }
    let stdout = std::io::stdout();
    let mut d = Dumper {
        out: BufWriter::new(stdout.lock()),
        prepared: Prepared::default(),
        buf: String::new(),
        tokens: 0,
    };
    let (mut docs, mut lines) = (0usize, 0usize);
    for path in &paths {
        let reader = BufReader::new(std::fs::File::open(path)?);
        for line in reader.lines() {
            let doc: serde_json::Value = serde_json::from_str(&line?).map_err(std::io::Error::other)?;
            let text = doc["text"].as_str().unwrap_or_default();
            let mut spans: Vec<(usize, usize, String)> = doc["spans"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|s| {
                            Some((
                                s[0].as_u64()? as usize,
                                s[1].as_u64()? as usize,
                                s[2].as_str()?.to_string(),
                            ))
                        })
                        .collect()
                })
                .unwrap_or_default();
            spans.sort();
            docs += 1;
            let mut line_start = 0;
            for raw in text.split('\n') {
                let offset = line_start;
                line_start += raw.len() + 1;
                let line = raw.strip_suffix('\r').unwrap_or(raw);
                if is_shouting(line) {
                    continue;
                }
                d.sequence(line, offset, &spans, false)?;
                lines += 1;
                // Every Nth ASCII line again in capitals, as a wire headline would be, so
                // the tagger learns what it can read from such lines (the `hl` feature).
                if shout_every > 0 && lines % shout_every == 0 && line.is_ascii() {
                    let upper = line.to_ascii_uppercase();
                    if is_shouting(&upper) {
                        d.sequence(&upper, offset, &spans, true)?;
                    }
                }
            }
        }
    }
    d.out.flush()?;
    eprintln!("ner_features: {docs} documents, {} words", d.tokens);
    Ok(())
}
