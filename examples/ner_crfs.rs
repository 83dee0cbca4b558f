//! Our CRF decoder (`src/entities/crf.rs`) against the `crfs` crate, on one model and the
//! whole extraction (tokenize → features → tag → consolidate), one core.
//!
//!     python3 scripts/ner/train.py --out target/ner/cmp/model.bin \
//!         --crfsuite-model target/ner/cmp/model.crfsuite ...   # one training, both formats
//!     cargo run --release --example ner_crfs -- target/ner/cmp [FOLDER] [--all-words] \
//!         [--predictions DIR]
//!
//! The folder holds `model.bin` (our compact format) and `model.crfsuite` (the CRFsuite
//! file the same training wrote, which `crfs` reads). Both decoders see the same feature
//! strings from `newsdex::entities::features`, and the same rules and consolidation run
//! on their labels; only the tagging differs. Prints words per second for each and how
//! many articles got different entities.
//!
//! crfs is given every advantage its API allows: features the model does not know are
//! dropped before it sees them, attribute strings are reused from line to line, and (as
//! our tagger does) only words within two of a possible name get their features, the
//! others the bias and their shape. `--all-words` gives crfs every feature of every word
//! instead, as a plain CRFsuite tagger would run. `--predictions DIR` writes each
//! decoder's entities as `DIR/own.jsonl` and `DIR/crfs.jsonl`, in the form
//! `../shared/eval/score_entities.py --predictions` reads (paths relative to FOLDER's
//! parent, so FOLDER = target/eval/testa/articles scores against testa's gold.jsonl).

mod common;

use std::path::{Path, PathBuf};
use std::time::Instant;

use newsdex::entities::crf::Crf;
use newsdex::entities::features::Prepared;
use newsdex::entities::{Entities, extract_with, tagger::Tagger};

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut positional, mut all_words, mut predictions) = (Vec::new(), false, None);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--all-words" => all_words = true,
            "--predictions" => predictions = args.next().map(PathBuf::from),
            _ => positional.push(PathBuf::from(a)),
        }
    }
    let mut positional = positional.into_iter();
    let models = positional.next().expect("usage: ner_crfs MODEL_FOLDER [CORPUS_FOLDER] [--all-words]");
    let folder = positional.next().unwrap_or_else(|| "../shared/corpora/bbc".into());
    let own = Crf::from_bytes(&std::fs::read(models.join("model.bin")).expect("model.bin"))
        .expect("valid model.bin");
    let crfsuite = std::fs::read(models.join("model.crfsuite")).expect("model.crfsuite");
    let crfs_model = crfs::Model::new(&crfsuite).expect("valid CRFsuite model");
    let crfs_tagger = crfs_model.tagger().expect("crfs tagger");

    let (files, articles) = common::txt_articles(&folder);
    let word_count = common::word_count(&articles);
    println!("{} articles, {word_count} words from {}", articles.len(), folder.display());

    let own_run = |out: &mut Vec<Entities>| {
        for (title, body) in &articles {
            out.push(extract_with(&own, Some(title), body, |t, line, ws, m| t.mentions(line, ws, false, m)));
        }
    };
    // The crfs side, as fast as its API allows (see the top of the file).
    let known: rustc_hash::FxHashSet<u64> = (0..crfs_model.num_attrs())
        .filter_map(|a| crfs_model.to_attr(a))
        .map(newsdex::entities::crf::attribute_hash)
        .collect();
    let mut prepared = Prepared::default();
    let mut buf = String::new();
    let mut xseq: Vec<Vec<crfs::Attribute>> = Vec::new();
    let mut lens: Vec<usize> = Vec::new();
    let mut crfs_run = |out: &mut Vec<Entities>| {
        for (title, body) in &articles {
            out.push(extract_with(&own, Some(title), body, |t: &mut Tagger<'_>, line, ws, m| {
                if ws.is_empty() {
                    return;
                }
                let n = ws.len();
                prepared.prepare(ws, false);
                let mut near = vec![false; n];
                for k in 0..n {
                    if prepared.may_be_name(k) {
                        near[k.saturating_sub(2)..(k + 3).min(n)].fill(true);
                    }
                }
                while xseq.len() < n {
                    xseq.push(Vec::new());
                }
                lens.clear();
                for (i, item) in xseq.iter_mut().enumerate().take(n) {
                    let mut used = 0;
                    let mut put = |f: &str| {
                        if !known.contains(&newsdex::entities::crf::attribute_hash(f)) {
                            return;
                        }
                        if used < item.len() {
                            item[used].name.clear();
                            item[used].name.push_str(f);
                        } else {
                            item.push(crfs::Attribute::new(f, 1.0));
                        }
                        used += 1;
                    };
                    if near[i] || all_words {
                        prepared.features(ws, i, &mut buf, &mut put);
                    } else {
                        prepared.outside_features(ws, i, &mut buf, &mut put);
                    }
                    lens.push(used);
                }
                let view: Vec<&[crfs::Attribute]> = xseq.iter().zip(&lens).map(|(x, &l)| &x[..l]).collect();
                let labels = crfs_tagger.tag(&view).expect("crfs tags");
                t.mentions_labelled(line, ws, &labels, m);
            }));
        }
    };
    let mut own_out = Vec::new();
    let mut crfs_out = Vec::new();
    for round in 1..=3 {
        own_out.clear();
        crfs_out.clear();
        let t = Instant::now();
        own_run(&mut own_out);
        let own_secs = t.elapsed().as_secs_f64();
        let t = Instant::now();
        crfs_run(&mut crfs_out);
        let crfs_secs = t.elapsed().as_secs_f64();
        println!(
            "round {round}: own crf.rs {:.0} words/s, crfs 0.4.1 {:.0} words/s",
            word_count as f64 / own_secs,
            word_count as f64 / crfs_secs
        );
    }
    let differ = own_out.iter().zip(&crfs_out).filter(|(a, b)| a != b).count();
    println!("articles whose entities differ between the two decoders: {differ} of {}", articles.len());
    if let Some(dir) = predictions {
        std::fs::create_dir_all(&dir).expect("predictions folder");
        let base = folder.parent().unwrap_or(Path::new("."));
        for (name, out) in [("own.jsonl", &own_out), ("crfs.jsonl", &crfs_out)] {
            let lines: String = files
                .iter()
                .zip(out)
                .map(|(path, e)| {
                    let path = path.strip_prefix(base).unwrap_or(path).to_string_lossy();
                    let row = serde_json::json!({
                        "path": path, "people": e.people, "organizations": e.organizations, "places": e.places,
                    });
                    format!("{row}\n")
                })
                .collect();
            std::fs::write(dir.join(name), lines).expect("predictions written");
        }
        println!("wrote {}/own.jsonl and crfs.jsonl", dir.display());
    }
}
