//! Prints the CRF label of every word of the text on standard input, line by line, and the
//! entities `extract_text` makes of it (a development aid).
//!
//!     echo "Minneapolis Mayor Jacob Frey spoke." | cargo run --release --example ner_tag

use std::io::Read;

use newsdex::entities::{extract_text, features::is_shouting, tagger, tokens::words};

fn main() {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).expect("read standard input");
    let mut t = tagger::Tagger::new(&tagger::MODEL);
    for line in text.lines() {
        let ws = words(line);
        let labels = t.tag(&ws, false);
        let shown: Vec<String> = ws.iter().zip(&labels).map(|(w, l)| format!("{}/{l}", w.text)).collect();
        println!("{}{}", if is_shouting(line) { "(skipped) " } else { "" }, shown.join(" "));
    }
    println!("{:#?}", extract_text(None, &text));
}
