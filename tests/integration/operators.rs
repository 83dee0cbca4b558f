//! The operators of other news databases (LexisNexis, Factiva, Westlaw), typed out of
//! habit: each read as newsdex reads it, or said on stderr and in the JSON's `notes` with
//! the newsdex way to write it, never searched silently as words.

use crate::util::Corpus;

/// Merger stories in several forms of the word, one that only "emerges", and a quote.
fn wire() -> Corpus {
    let c = Corpus::new();
    c.write(
        "merger.txt",
        "Banks agree merger\n\nTexaco and Pennzoil talked about a merger and an acquisition.\n",
    );
    c.write("merged.txt", "Utilities merged\n\nThe two utilities merged their networks last year.\n");
    c.write("merges.txt", "Airline merges units\n\nThe airline merges two units into one.\n");
    c.write("emerge.txt", "Data emerges\n\nNew figures emerge on the economy.\n");
    c.write("stop.txt", "Protest\n\n\"Stop!\" the crowd shouted at the stopping train.\n");
    c.ingest();
    c
}

/// The hit names of a search, sorted (the order is the ranking's).
fn hits(c: &Corpus, query: &str) -> Vec<String> {
    let mut names = c.hit_names(&[query]);
    names.sort();
    names
}

/// The notes a search gives in its JSON, joined.
fn notes(c: &Corpus, query: &str) -> String {
    c.search_json(&[query])["notes"].to_string()
}

#[test]
fn a_bang_ending_a_word_truncates_it_and_says_so() {
    let c = wire();
    // Was "merge" alone (merged.txt, merges.txt and merger.txt missed: only the mark was dropped).
    assert_eq!(hits(&c, "merg!"), ["merged.txt", "merger.txt", "merges.txt"]);
    assert_eq!(hits(&c, "merg!"), hits(&c, "merg*"));
    let said = notes(&c, "merg! AND texaco");
    assert!(said.contains(r#"\"merg!\": ! read as * (merg*: any word starting so)"#), "{said}");
    // On the command line, on stderr.
    let out = c.cmd(&["search", "(merg!)"]).output().unwrap();
    assert!(String::from_utf8(out.stderr).unwrap().contains("! read as *"));
    // Quoted, as pasted, it stays a mark: "stopping" is not "Stop!".
    assert_eq!(hits(&c, r#""Stop!" crowd"#), ["stop.txt"]);
    assert_eq!(notes(&c, r#""Stop!" crowd"#), "[]");
}
