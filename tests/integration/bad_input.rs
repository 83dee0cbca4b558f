//! Bad input never aborts an ingest: it is warned about, counted, and the rest is indexed.

use crate::util::Corpus;

#[test]
fn binary_empty_and_unsupported_files_are_warned_and_counted() {
    let c = Corpus::new();
    c.write("good.txt", "Good story\n\nHarbour news.\n");
    c.write("empty.txt", "");
    c.write("blank.md", "\n\n   \n");
    c.write("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0");
    c.write("report.pdf", "%PDF-1.4 not an article type newsdex reads");
    c.write("photo.jpg", b"\xff\xd8\xff\xe0");
    let summary = c.ingest();
    assert!(summary.contains("warning: articles/empty.txt: empty file"), "{summary}");
    assert!(summary.contains("warning: articles/blank.md: empty file"), "{summary}");
    assert!(summary.contains("warning: articles/image.txt: binary file"), "{summary}");
    let last = summary.lines().last().unwrap();
    assert!(last.contains("indexed 1 file "), "{last}");
    assert!(last.contains("5 skipped (1 binary; 2 empty; 2 unsupported type: .jpg 1, .pdf 1)"), "{last}");
    assert_eq!(c.hit_names(&["harbour"]), ["good.txt"]);
}

#[test]
fn latin1_files_are_read_with_their_pound_signs() {
    let c = Corpus::new();
    c.write("latin1.txt", b"Chelsea sack Mutu\n\nThe club fined him \xa315.8m for the breach.\n");
    let summary = c.ingest();
    assert!(summary.contains("indexed 1 file "), "{summary}");
    let json = c.search_json(&["mutu"]);
    assert_eq!(json["hits"][0]["title"], "Chelsea sack Mutu");
    let found = c.search_json(&["fined"]);
    let snippet = found["hits"][0]["snippet"].as_str().unwrap();
    assert!(snippet.contains("£15.8m"), "{snippet}");
}

#[test]
fn broken_front_matter_is_salvaged_with_a_warning() {
    let c = Corpus::new();
    c.write("broken.md", "---\ntitle: [unclosed\n---\n# Harbour reopens\n\nShips returned.\n");
    let summary = c.ingest();
    assert!(summary.contains("articles/broken.md: front matter ignored"), "{summary}");
    assert_eq!(c.search_json(&["harbour"])["hits"][0]["title"], "Harbour reopens");
}

#[test]
fn oversized_files_are_skipped_by_the_size_guard() {
    let c = Corpus::new();
    c.write("small.txt", "Small\n\nHarbour.\n");
    c.write("big.txt", format!("Big\n\n{}", "harbour ".repeat(200_000)));
    let out = c.cmd(&["ingest", "--max-file-mb", "1", "articles"]).assert().success().get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("articles/big.txt: file is 1.5 MB, over the 1 MB limit"), "{stderr}");
    assert!(stderr.contains("1 too large"), "{stderr}");
    assert_eq!(c.hit_names(&["harbour"]), ["small.txt"]);
}

#[test]
fn a_small_gzip_file_that_unpacks_past_the_limit_says_so() {
    use std::io::Write;
    let c = Corpus::new();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(format!("Bomb\n\n{}", "harbour ".repeat(300_000)).as_bytes()).unwrap();
    c.write("bomb.txt.gz", gz.finish().unwrap());
    let out = c.cmd(&["ingest", "--max-file-mb", "1", "articles"]).assert().success().get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("articles/bomb.txt.gz: unpacks to more than 1 MB"), "{stderr}");
    // No limit at all is no setting.
    c.cmd(&["ingest", "--max-file-mb", "0", "articles"]).assert().code(2);
}

#[test]
fn quiet_silences_warnings_but_not_errors() {
    let c = Corpus::new();
    c.write("empty.txt", "");
    c.write("good.txt", "Good\n\nText.\n");
    let out = c.cmd(&["--quiet", "ingest", "articles"]).assert().success().get_output().clone();
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_page_nested_thousands_deep_is_read_not_a_crash() {
    let c = Corpus::new();
    c.write("good.txt", "Good story\n\nHarbour news.\n");
    // Unclosed tags, each inside the one before: 20,000 levels overflowed the article
    // extractor's stack and aborted the whole ingest.
    let deep = format!(
        "<html><head><title>Storm closes the harbour</title></head><body><article>\
         <p>The harbour closed on Monday after a storm pushed ice onto the piers.</p>{}</article></body></html>",
        "<div><b>".repeat(10_000)
    );
    c.write("deep.html", deep);
    c.write("truncated.json", r#"{"title": "Harbour", "text": "The harbour clo"#);
    let summary = c.ingest();
    assert!(summary.contains("warning: articles/deep.html: elements nested 20003 deep"), "{summary}");
    assert!(
        summary.contains(
            "warning: articles/truncated.json: no headline or text found (invalid JSON: EOF while parsing"
        ),
        "{summary}"
    );
    let last = summary.lines().last().unwrap();
    assert!(last.contains("indexed 2 files"), "{last}");
    assert!(last.contains("1 skipped (1 no text)"), "{last}");
    let mut hits = c.hit_names(&["harbour"]);
    hits.sort();
    assert_eq!(hits, ["deep.html", "good.txt"]);
}

#[test]
fn a_skipped_file_is_passed_over_quietly_until_it_changes() {
    let c = Corpus::new();
    c.write("story.txt", "Harbour reopens\n\nThe harbour reopened on Monday.\n");
    c.write("empty.txt", "");
    c.write("binary.txt", b"\x00\x01\x02binary\x00\x00\x00");
    c.write("meta.json", "{\"meta\": {\"k\": 1}}");
    let first = c.ingest();
    assert_eq!(first.matches("newsdex: warning").count(), 3, "{first}");
    assert!(first.contains("3 skipped (1 binary; 1 empty; 1 no text), 3 warnings in"), "{first}");
    // Nothing changed: no file read again, no warning again (watch batches alike).
    let second = c.ingest();
    assert!(!second.contains("warning"), "{second}");
    assert!(
        second.contains("4 unchanged (3 of them skipped before)") && second.contains("0 skipped"),
        "{second}"
    );
    let stats: serde_json::Value =
        serde_json::from_slice(&c.cmd(&["stats", "--json"]).output().unwrap().stdout).unwrap();
    assert_eq!((stats["files"].as_u64(), stats["skipped_files"].as_u64()), (Some(1), Some(3)));
    assert_eq!(stats["newsdex_version"], env!("CARGO_PKG_VERSION"), "a saved report says what read it");
    // Written to, a skipped file is read again.
    std::thread::sleep(std::time::Duration::from_millis(20));
    c.write("empty.txt", "Ferry news\n\nThe ferry runs again.\n");
    let third = c.ingest();
    // Not indexed before: it is new.
    assert!(third.contains("(1 new, 0 updated, 1 article)"), "{third}");
    assert_eq!(c.hit_names(&["ferry"]), ["empty.txt"]);
    // A rebuild reads everything again, and says so again.
    let out = c.cmd(&["ingest", "--rebuild", "articles"]).assert().success().get_output().clone();
    let rebuilt = String::from_utf8(out.stderr).unwrap();
    assert_eq!(rebuilt.matches("newsdex: warning").count(), 2, "{rebuilt}");
    // Gone, it leaves no record behind.
    std::fs::remove_file(c.root().join("binary.txt")).unwrap();
    c.ingest();
    let stats: serde_json::Value =
        serde_json::from_slice(&c.cmd(&["stats", "--json"]).output().unwrap().stdout).unwrap();
    assert_eq!(stats["skipped_files"].as_u64(), Some(1));
}

#[cfg(unix)]
#[test]
fn a_device_named_on_the_command_line_is_a_warning_not_silence() {
    let c = Corpus::new();
    c.cmd(&["extract", "/dev/null"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("/dev/null: not a file or folder (a device, pipe or socket)"));
    // Not all that was asked was read: status 2, and the cause said even with --quiet.
    c.cmd(&["ingest", "/dev/null"]).assert().code(2).stderr(predicates::str::contains("1 unreadable"));
    c.cmd(&["-q", "ingest", "/dev/null"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("/dev/null: not a file or folder"));
}

#[test]
fn a_file_of_an_unsupported_type_named_on_the_command_line_is_named_in_a_warning() {
    let c = Corpus::new();
    c.write("digest.docx", "From: desk@example.org\nSubject: Digest\n\nHarbour news.\n");
    c.write("notes.docx", "From: desk@example.org\nSubject: Notes\n\nMore.\n");
    // Not all that was asked was read: status 2, as for a file that could not be read.
    let out = c.cmd(&["ingest", "articles/digest.docx"]).assert().code(2).get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("articles/digest.docx: not a supported article type"), "{stderr}");
    assert!(stderr.contains("convert them to text or HTML first"), "{stderr}");
    // A CMS's spreadsheet export: what to turn it into.
    let sheets = Corpus::new();
    sheets.write("export.csv", "id,title,body\n1,Harbour reopens,The harbour reopened.\n");
    let out = sheets.cmd(&["ingest", "articles/export.csv"]).assert().code(2).get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("spreadsheets (CSV, TSV, Excel) are not read: save their rows as JSON Lines"),
        "{stderr}"
    );
    // Inside a folder, such files are counted by type, not named one by one.
    let out = c.cmd(&["ingest", "articles"]).assert().success().get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains("notes.docx:"), "{stderr}");
    assert!(stderr.contains("unsupported type: .docx"), "{stderr}");
}

#[test]
fn text_with_binary_data_after_it_is_indexed_up_to_it_with_a_warning() {
    let c = Corpus::new();
    let mut bytes = "Harbour reopens\n\n".to_string().into_bytes();
    bytes.extend("The harbour reopened on Monday after the storm.\n".repeat(400).bytes());
    bytes.extend((0..30_000u32).map(|i| (i * 13 % 256) as u8));
    c.write("mixed.txt", &bytes);
    let summary = c.ingest();
    assert!(summary.contains("mixed.txt: binary data from byte"), "{summary}");
    assert!(
        summary.contains("(1 new, 0 updated, 1 article)") && summary.contains("1 warning in"),
        "{summary}"
    );
    assert_eq!(c.hit_names(&["harbour"]), ["mixed.txt"]);
    // Nothing of the binary part became a name (no people at all: exit status 1).
    c.cmd(&["people"]).assert().code(1);
}

#[test]
fn an_article_padded_with_nuls_or_holding_a_stray_one_is_indexed_with_a_warning() {
    let c = Corpus::new();
    // A copy cut short when the drive was pulled: the text, then NULs to the block's end.
    let mut padded = b"Harbour reopens\n\nThe harbour reopened on Monday after the storm.\n".to_vec();
    padded.extend([0u8; 4096]);
    c.write("padded.txt", &padded);
    let mut stray = b"Ferry returns\n\nThe lake ferry returned to service on Friday.\0\n".to_vec();
    stray.extend(b"Passengers welcomed the news, the operator said.\n".repeat(4));
    c.write("stray.txt", &stray);
    c.write("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10");
    let summary = c.ingest();
    assert!(summary.contains("padded.txt: 4096 NUL bytes dropped"), "{summary}");
    assert!(summary.contains("stray.txt: 1 NUL byte dropped"), "{summary}");
    assert!(summary.contains("image.txt: binary file"), "{summary}");
    assert!(summary.contains("(2 new, 0 updated, 2 articles)"), "{summary}");
    assert_eq!(c.hit_names(&["harbour"]), ["padded.txt"]);
    assert_eq!(c.hit_names(&["ferry service"]), ["stray.txt"]);
}

#[test]
fn documents_of_other_formats_are_named_for_what_they_are_and_system_files_left_alone() {
    let c = Corpus::new();
    c.write("ok.txt", "Harbour reopens\n\nThe harbour reopened after the storm.\n");
    // A PDF saved under a page's name, an RTF under a text file's: their markup was indexed.
    c.write(
        "audit-report.html",
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\nBT /F1 12 Tf (Audit) Tj ET\n",
    );
    c.write(
        "tip.txt",
        "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Tip from a source about the harbour.}\n",
    );
    c.write("notes.docx", b"PK\x03\x04\x14\x00\x06\x00word/document.xml");
    // Left by the system beside the user's files: not the user's documents.
    c.write("Thumbs.db", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0");
    c.write("desktop.ini", "[.ShellClassInfo]\nIconResource=C:\\icon.ico\n");
    c.write("~$terview notes.docx", b"\x0bSam Carter");
    // A deleted draft in the Recycle Bin, Word's temporary copy, a shortcut.
    c.write("$RECYCLE.BIN/S-1-5-21-1004/$RAB12CD.txt", "Harbour draft\n\nThe harbour draft, deleted.\n");
    c.write("~WRD0001.txt", "Harbour temp\n\nThe harbour, a temporary copy.\n");
    c.write("Harbour story.url", "[InternetShortcut]\nURL=https://news.example/harbour\n");
    c.write("backup.tar.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00");
    let out = c.cmd(&["ingest", "articles"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(
        stderr.contains("audit-report.html: a PDF document, not an article format newsdex reads"),
        "{stderr}"
    );
    assert!(stderr.contains("tip.txt: an RTF document"), "{stderr}");
    assert!(stderr.contains("2 not an article format"), "{stderr}");
    assert!(stderr.contains("unsupported type: .docx 1, .tar.gz 1"), "{stderr}");
    assert!(stderr.contains("convert them to text or HTML first"), "{stderr}");
    for system in ["Thumbs.db", "desktop.ini", "~$terview", "RECYCLE", "~WRD", ".url"] {
        assert!(!stderr.contains(system), "{system}: {stderr}");
    }
    assert_eq!(c.hit_names(&["harbour"]), ["ok.txt"]);
    assert!(c.hit_names(&["audit"]).is_empty());
}
