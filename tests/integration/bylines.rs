//! Bylines as a staff writer compiling her clips reads them: who wrote the story, in every
//! format, without the editors, the places, the roles or the site's name.

use crate::util::{Corpus, newsdex};

/// `newsdex extract --json` of one file: its record.
fn extracted(path: &std::path::Path) -> serde_json::Value {
    let out = newsdex().arg("extract").arg("--json").arg(path).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    serde_json::from_str(text.lines().next().expect("one record")).unwrap()
}

#[test]
fn a_wire_storys_credit_line_gives_its_reporters_not_its_editors() {
    let c = Corpus::new();
    let bracketed = c.write(
        "bracketed.txt",
        "Ministers agree on grain deal\n\nMinisters agreed on Friday to extend the grain deal.\n\n\
         (Reporting by Jane Smith; Editing by Mark Potter)\n",
    );
    let record = extracted(&bracketed);
    assert_eq!(record["byline"], "Jane Smith");
    let plain = c.write(
        "plain.txt",
        "Ministers agree on grain deal\n\nMinisters agreed on Friday.\n\nReporting by Jane Smith in Brussels; \
         Additional reporting by Tom Brown in London; Writing by Ana Ruiz; Editing by Mark Potter\n",
    );
    assert_eq!(extracted(&plain)["byline"], "Jane Smith, Tom Brown, Ana Ruiz");
    let page = c.write(
        "page.html",
        "<html><head><title>Ministers agree on grain deal</title></head><body><article>\
         <h1>Ministers agree on grain deal</h1><p>Ministers agreed on Friday to extend the grain deal \
         that lets ships leave the ports of the Black Sea, officials said after the talks.</p>\
         <p>(Reporting by Jane Smith; Editing by Mark Potter)</p></article></body></html>",
    );
    assert_eq!(extracted(&page)["byline"], "Jane Smith");
    // The byline is searched as stored: the reporter finds the story, the editor does not.
    c.ingest();
    let mut by_smith = c.hit_names(&["byline:smith"]);
    by_smith.sort();
    assert_eq!(by_smith, ["bracketed.txt", "page.html", "plain.txt"]);
    assert!(c.hit_names(&["byline:potter"]).is_empty());
}

#[test]
fn a_pages_by_set_apart_and_its_second_author_meta_are_read_as_names() {
    let c = Corpus::new();
    let story = "<article><h1>Harbour closes for a week</h1><p>The harbour at Duluth closed on Monday \
                 after a storm pushed ice onto the piers, officials said on Tuesday morning.</p></article>";
    let by_apart = c.write(
        "by-apart.html",
        format!(r#"<html><body><p class="byline"><span>By </span><span class="fn">Jane Smith</span></p>{story}</body></html>"#),
    );
    assert_eq!(extracted(&by_apart)["byline"], "Jane Smith");
    let two_metas = c.write(
        "two-metas.html",
        format!(
            r#"<html><head><meta name="author" content="Tom Brown"><meta name="author" content="Jane Smith"></head>
            <body>{story}</body></html>"#
        ),
    );
    assert_eq!(extracted(&two_metas)["byline"], "Tom Brown, Jane Smith");
}

#[test]
fn stats_count_the_articles_with_a_byline() {
    let c = Corpus::new();
    c.write("a.txt", "Port reopens\nBy Jane Smith\n\nThe port reopened on Monday.\n");
    c.write("b.txt", "Port closes\n\nThe port closed on Sunday.\n");
    c.write("c.txt", "Grain deal\n\nMinisters agreed.\n\n(Reporting by Tom Brown; Editing by Mark Potter)\n");
    c.ingest();
    let out = c.cmd(&["stats", "--json"]).output().unwrap();
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((stats["with_byline"].as_u64(), stats["without_byline"].as_u64()), (Some(2), Some(1)));
    let text = String::from_utf8(c.cmd(&["stats"]).output().unwrap().stdout).unwrap();
    assert!(text.contains("\nbylines:   2 with a byline (1 without)\n"), "{text}");
}
