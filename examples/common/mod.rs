//! What the NER examples share: the `.txt` articles of a folder, read as newsdex's plain
//! text articles are (first line the headline, the rest the body; bytes that are not
//! UTF-8 are read as Latin-1), and the number of words the extractor sees in them.

use std::path::{Path, PathBuf};

use newsdex::entities::{features::is_shouting, tokens::words};

/// The `.txt` files under `folder` (README.TXT aside), sorted, and their articles as
/// (headline, body), in the same order.
pub fn txt_articles(folder: &Path) -> (Vec<PathBuf>, Vec<(String, String)>) {
    let mut files = Vec::new();
    collect(folder, &mut files);
    let articles = files
        .iter()
        .map(|p| std::fs::read(p).expect("readable article"))
        .map(|bytes| {
            String::from_utf8(bytes).unwrap_or_else(|e| e.into_bytes().iter().map(|&b| b as char).collect())
        })
        .map(|text| {
            let (title, body) = text.split_once('\n').unwrap_or((&text, ""));
            (title.trim().to_string(), body.to_string())
        })
        .collect();
    (files, articles)
}

/// The words of the lines the extractor tags (all-capitals lines are skipped).
pub fn word_count(articles: &[(String, String)]) -> usize {
    articles
        .iter()
        .flat_map(|(t, b)| std::iter::once(t.as_str()).chain(b.lines()))
        .filter(|l| !is_shouting(l))
        .map(|l| words(l).len())
        .sum()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "txt") && !p.ends_with("README.TXT") {
            out.push(p);
        }
    }
}
