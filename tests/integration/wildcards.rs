//! Wildcards over words the index holds joined: a hyphenated pattern finds the word
//! written with or without its hyphen.

use crate::util::Corpus;

#[test]
fn a_wildcard_with_a_hyphen_finds_the_word_written_joined_or_hyphenated() {
    let c = Corpus::new();
    c.write("joined.txt", "Tankers reflagged\n\nThe reflagging of Kuwaiti tankers began on Monday.\n");
    c.write("hyphen.txt", "More tankers\n\nTwo more tankers were re-flagged under the U.S. flag.\n");
    c.write("other.txt", "Flags\n\nThe flag flew over the port.\n");
    c.ingest();
    let mut found = c.hit_names(&["re-flag*"]);
    found.sort();
    assert_eq!(found, ["hyphen.txt", "joined.txt"]);
    let mut found = c.hit_names(&["reflag*"]);
    found.sort();
    assert_eq!(found, ["hyphen.txt", "joined.txt"]);
}
