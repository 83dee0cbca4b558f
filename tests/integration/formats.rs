//! Every supported format, ingested by the real binary from small files written here.

use std::io::Write;

use crate::util::{Corpus, marks, sample_corpus, shared_corpus};

const PAGE: &str = r#"<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour reopens after storm | The Example Ledger</title>
<meta property="og:site_name" content="The Example Ledger">
<link rel="canonical" href="https://ledger.example/2026/05/04/harbour-reopens">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Harbour reopens after storm","datePublished":"2026-05-04T18:20:00-05:00",
 "author":{"@type":"Person","name":"Marisol Vega"}}</script></head>
<body><nav><a href="/">Home</a><a href="/sport">Sport</a><a href="/weather">Weather</a></nav>
<article><h1>Harbour reopens after storm</h1>
<p>The harbour in Duluth reopened on Monday after crews cleared the ice that a storm had pushed onto the piers.</p>
<p>Mayor Jacob Frey said the city would help pay for repairs to the damaged cranes at the western terminal.</p>
<p>Ships that had waited offshore for four days began unloading grain and steel before noon, port officials said.</p>
</article><footer>Copyright 2026 The Example Ledger. Subscribe to our newsletter.</footer></body></html>"#;

#[test]
fn html_pages_give_title_date_byline_and_clean_text() {
    let c = Corpus::new();
    c.write("page.html", PAGE);
    c.ingest();
    let json = c.search_json(&["harbour"]);
    let hit = &json["hits"][0];
    assert_eq!(hit["title"], "Harbour reopens after storm");
    assert_eq!(hit["date"], "2026-05-04T18:20:00-05:00");
    assert_eq!(hit["byline"], "Marisol Vega");
    assert_eq!(hit["url"], "https://ledger.example/2026/05/04/harbour-reopens");
    assert!(hit["people"].as_array().unwrap().contains(&"Jacob Frey".into()));
    // Navigation and footer are not part of the article.
    assert!(c.hit_names(&["newsletter"]).is_empty());
    assert!(c.hit_names(&["weather"]).is_empty());
    assert_eq!(c.hit_names(&["cranes", "--since", "2026-05-04", "--until", "2026-05-04"]), ["page.html"]);
}

#[test]
fn text_written_decomposed_on_a_mac_is_found_by_words_names_and_paths_typed_composed() {
    let c = Corpus::new();
    // macOS writes "é" as "e" and a combining accent, in the text and in file names.
    let nfd = |text: &str| text.replace('é', "e\u{301}").replace('è', "e\u{300}").replace('à', "a\u{300}");
    c.write(
        &nfd("Montréal/Québec.txt"),
        nfd("Festival opens in the old town\nPublished: 2024-05-02\nBy Hélène Côté\n\n\
             Thousands of visitors arrived in Québec City on Friday for the déjà-vu festival. \
             Hotels in Québec City were full, the tourism office said.\n")
        .replace('ô', "o\u{302}"),
    );
    c.ingest();
    for word in ["québec", "quebec", "byline:Hélène", "déjà", &nfd("québec")] {
        assert_eq!(c.hit_names(&[word]), [nfd("Québec.txt")], "{word}");
    }
    // The accent no longer splits the word in two.
    assert!(c.hit_names(&["\"que bec\""]).is_empty());
    let json = c.search_json(&["québec"]);
    assert!(marks(&json["hits"][0]).iter().all(|mark| mark == "Québec"), "{json}");
    assert_eq!(json["hits"][0]["byline"], "Hélène Côté");
    assert_eq!(json["hits"][0]["places"], serde_json::json!(["Québec City"]));
    assert_eq!(c.hit_names(&["--place", "Québec City"]), [nfd("Québec.txt")]);
    // A path typed composed finds the file and the folder named decomposed.
    assert_eq!(c.hit_names(&["--folder", "articles/Montréal"]), [nfd("Québec.txt")]);
    let shown = c.cmd(&["show", "articles/Montréal/Québec.txt"]).assert().success().get_output().clone();
    assert!(String::from_utf8_lossy(&shown.stdout).starts_with("Festival opens in the old town\n"));
}

#[test]
fn a_classic_mac_text_file_is_read_as_mac_roman() {
    let c = Corpus::new();
    let text = "Museum reopens after “décor” overhaul\rPublished: 1998-04-17\rBy François Léger\r\r\
                Visitors queued to see the gallery, which curator Émile Petit called “the jewel”.\r\
                The museum’s director, Anne Müller, said attendance had doubled.\r";
    let path = c.write("museum.txt", encoding_rs::MACINTOSH.encode(text).0);
    let out = c.cmd(&["extract", "--json", path.to_str().unwrap()]).assert().success().get_output().clone();
    let record: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(record["title"], "Museum reopens after “décor” overhaul");
    assert_eq!(record["byline"], "François Léger");
    assert_eq!(record["encoding"], "macintosh");
    assert!(record["people"].as_array().unwrap().contains(&"Anne Müller".into()), "{record}");
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    c.ingest();
    assert_eq!(c.hit_names(&["décor"]), ["museum.txt"]);
}

#[test]
fn json_and_json_lines_articles_each_become_a_document() {
    let c = Corpus::new();
    c.write(
        "one.json",
        r#"{"title":"Grain cooperative posts record quarter","maintext":"Northstar said profits rose.","date_publish":"2026-05-12 09:30:00","authors":["Tom Haugen"]}"#,
    );
    c.write(
        "wire.jsonl",
        concat!(
            r#"{"headline":"Ship arrives in Duluth","text":"The first saltie of the season docked.","published":"2026-05-02"}"#,
            "\n\n",
            r#"{"headline":"Fare change","text":"Metro Transit fares rise in July.","published":"2026-05-03"}"#,
            "\n",
            "{not json at all\n",
            r#"{"headline":"Road closure","text":"Shepard Road closes for repairs.","published":"2026-05-05"}"#,
            "\n",
        ),
    );
    let summary = c.ingest();
    assert!(summary.contains("articles/wire.jsonl: line 4: invalid JSON"), "{summary}");
    assert!(summary.contains("4 articles"), "{summary}");
    let json = c.search_json(&["fares"]);
    assert_eq!(json["hits"][0]["id"], "wire.jsonl#3");
    assert_eq!(json["hits"][0]["date"], "2026-05-03");
    assert_eq!(c.search_json(&["shepard"])["hits"][0]["id"], "wire.jsonl#5");
    let one = c.search_json(&["northstar"]);
    assert_eq!(one["hits"][0]["byline"], "Tom Haugen");
    assert!(one["hits"][0]["id"].is_null());
}

#[test]
fn an_edited_json_lines_file_updates_its_articles() {
    let c = Corpus::new();
    let line = |h: &str, t: &str| format!("{{\"headline\":\"{h}\",\"text\":\"{t}\"}}\n");
    c.write(
        "wire.jsonl",
        format!(
            "{}{}",
            line("Ferry resumes", "The ferry runs again."),
            line("Bridge shut", "The bridge is shut.")
        ),
    );
    c.ingest();
    c.write("wire.jsonl", line("Ferry resumes", "The ferry runs again, hourly."));
    c.ingest();
    assert_eq!(c.search_json(&["ferry"])["total"], 1);
    assert!(c.hit_names(&["bridge"]).is_empty());
}

#[test]
fn gzip_files_are_read_transparently_and_damage_is_a_warning() {
    let c = Corpus::new();
    let gz = |text: &str| {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(text.as_bytes()).unwrap();
        enc.finish().unwrap()
    };
    c.write("story.md.gz", gz("---\ntitle: Lunch program expands\ndate: 2026-06-02\n---\nSchools will serve free lunch all summer.\n"));
    c.write("page.html.gz", gz(PAGE));
    let whole = gz("Ferry news\n\nThe ferry returned to service on the lake after repairs.\n");
    c.write("cut.txt.gz", &whole[..whole.len() - 10]);
    c.write("junk.txt.gz", b"\x1f\x8bthis is no gzip stream".as_slice());
    // A `.gz` a browser already unpacked is read as the text it is.
    c.write("unpacked.txt.gz", "Tram news\n\nThe tram line reopened on Sunday.\n");
    let summary = c.ingest();
    assert!(summary.contains("articles/cut.txt.gz: gzip data is damaged"), "{summary}");
    assert!(summary.contains("articles/junk.txt.gz: cannot read: not valid gzip"), "{summary}");
    assert!(
        summary.contains("articles/unpacked.txt.gz: not gzip data despite its name; read as it is"),
        "{summary}"
    );
    assert_eq!(c.hit_names(&["tram"]), ["unpacked.txt.gz"]);
    assert_eq!(c.hit_names(&["lunch"]), ["story.md.gz"]);
    assert_eq!(c.search_json(&["lunch"])["hits"][0]["date"], "2026-06-02");
    assert_eq!(c.hit_names(&["cranes"]), ["page.html.gz"]);
    assert_eq!(c.hit_names(&["ferry"]), ["cut.txt.gz"]);
}

#[test]
fn sgml_collections_index_each_record_and_salvage_an_unclosed_one() {
    let c = Corpus::new();
    c.write(
        "wire.sgm",
        "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n\
         <REUTERS NEWID=\"1\"><DATE>14-MAY-2026 10:02:11.00</DATE><TEXT>&#2;\n<TITLE>PORT OF DULUTH OPENS</TITLE>\n\
         <DATELINE>    DULUTH, May 14 - </DATELINE><BODY>The port opened for the season, with &lt;NSGC> shipping grain.\n Reuter\n&#3;</BODY></TEXT></REUTERS>\n\
         <REUTERS NEWID=\"2\"><DATE>15-MAY-2026 11:00:00.00</DATE><TEXT>&#2;\n<TITLE>ORE PRICES STEADY</TITLE>\n\
         <BODY>Iron ore prices held steady in thin trade.\n",
    );
    let summary = c.ingest();
    assert!(summary.contains("article 2: unclosed <REUTERS> record"), "{summary}");
    let port = c.search_json(&["port"]);
    assert_eq!(port["hits"][0]["id"], "wire.sgm#1");
    assert_eq!(port["hits"][0]["date"], "2026-05-14T10:02:11");
    assert!(port["hits"][0]["snippet"].as_str().unwrap().contains("<NSGC>"));
    assert!(!port["hits"][0]["snippet"].as_str().unwrap().contains("Reuter"));
    assert_eq!(c.search_json(&["ore"])["hits"][0]["id"], "wire.sgm#2");
}

#[test]
fn a_wire_dateline_is_searched_and_shown_before_the_text_but_kept_out_of_snippets() {
    let c = Corpus::new();
    c.write(
        "wire.sgm",
        "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n\
         <REUTERS NEWID=\"227\"><DATE>3-MAR-1987 01:02:03.00</DATE><TEXT>&#2;\n<TITLE>BUDGET CUTS PLANNED</TITLE>\n\
         <DATELINE>    CANBERRA, March 3 - </DATELINE><BODY>Treasurer Paul Keating said here spending would be cut.\n Reuter\n&#3;</BODY></TEXT></REUTERS>\n\
         <REUTERS NEWID=\"17019\"><DATE>8-APR-1987 10:00:00.00</DATE><TEXT>&#2;\n<TITLE>COAL TALKS OPEN</TITLE>\n\
         <DATELINE>    WHITE SULPHUR SPRINGS, W. Va., April 8 - </DATELINE><BODY>Coal producers met here to discuss prices.\n Reuter\n&#3;</BODY></TEXT></REUTERS>\n",
    );
    c.ingest();
    // The city of the dateline is a word of the story, as grep finds it; `dateline:` alone.
    let canberra = c.search_json(&["canberra"]);
    assert_eq!(canberra["total"], 1, "{canberra}");
    let hit = &canberra["hits"][0];
    assert_eq!(hit["id"], "wire.sgm#227");
    assert_eq!(hit["dateline"], "CANBERRA, March 3 -");
    let snippet = hit["snippet"].as_str().unwrap();
    assert!(snippet.starts_with("Treasurer Paul Keating"), "the text is the story's own: {snippet}");
    assert_eq!(c.search_json(&["dateline:canberra"])["total"], 1);
    assert_eq!(c.search_json(&["body:canberra"])["total"], 0);
    assert_eq!(c.search_json(&["dateline:keating"])["total"], 0);
    // A town the gazetteer does not know is found by its words all the same.
    let springs = c.search_json(&["\"white sulphur springs\""]);
    assert_eq!(springs["total"], 1, "{springs}");
    assert_eq!(springs["hits"][0]["id"], "wire.sgm#17019");
    // Shown as the wire prints it: the "here" of the text has its place.
    let shown = c.cmd(&["show", "articles/wire.sgm#227"]).assert().success().get_output().stdout.clone();
    let shown = String::from_utf8(shown).unwrap();
    assert!(shown.contains("\nCANBERRA, March 3 - Treasurer Paul Keating said here"), "{shown}");
    let body =
        c.cmd(&["show", "--body", "articles/wire.sgm#17019"]).assert().success().get_output().stdout.clone();
    assert_eq!(
        String::from_utf8(body).unwrap(),
        "WHITE SULPHUR SPRINGS, W. Va., April 8 - Coal producers met here to discuss prices.\n"
    );
    let json =
        c.cmd(&["show", "--json", "articles/wire.sgm#227"]).assert().success().get_output().stdout.clone();
    let record: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(record["dateline"], "CANBERRA, March 3 -");
    assert_eq!(record["body"], "Treasurer Paul Keating said here spending would be cut.");
    // A hit in a list opens its text with it too.
    let listed = c.cmd(&["search", "canberra"]).assert().success().get_output().stdout.clone();
    let listed = String::from_utf8(listed).unwrap();
    assert!(listed.contains("    CANBERRA, March 3 - Treasurer Paul Keating"), "{listed}");
}

#[test]
fn a_news_agency_xml_dateline_is_searched_and_shown() {
    let c = Corpus::new();
    c.write(
        "wire/dock.nitf",
        "<nitf><head><title>Dock reopens</title></head><body><body.head><hl1>Dock reopens</hl1>\
         <dateline><location>ASHLAND, Wis.</location> &#8212;</dateline></body.head>\
         <body.content><p>The ore dock reopened on Monday after repairs.</p></body.content></body></nitf>",
    );
    c.write(
        "wire/item.newsml",
        "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:x:1\"><contentMeta>\
         <headline>Grain barge freed</headline><dateline>SUPERIOR, Wis., May 20 (Harbor Wire) -</dateline>\
         </contentMeta><contentSet><inlineData>A grain barge stuck on a shoal was freed by two tugs.</inlineData>\
         </contentSet></newsItem>",
    );
    c.ingest();
    let ashland = c.search_json(&["ashland"]);
    assert_eq!(ashland["total"], 1, "{ashland}");
    assert_eq!(ashland["hits"][0]["dateline"], "ASHLAND, Wis. \u{2014}");
    let superior = c.search_json(&["dateline:superior"]);
    assert_eq!(superior["total"], 1, "{superior}");
    assert_eq!(superior["hits"][0]["title"], "Grain barge freed");
    let shown = c
        .cmd(&["show", "--body", "articles/wire/item.newsml"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        String::from_utf8(shown).unwrap(),
        "SUPERIOR, Wis., May 20 (Harbor Wire) - A grain barge stuck on a shoal was freed by two tugs.\n"
    );
}

#[test]
fn dates_in_folder_names_are_used_when_the_article_has_none() {
    let c = Corpus::new();
    c.write("2024/05/17/storm.txt", "Storm closes harbour\n\nIce pushed onto the piers.\n");
    c.ingest();
    assert_eq!(c.search_json(&["storm"])["hits"][0]["date"], "2024-05-17");
    let out = c.cmd(&["extract", "--json", "articles"]).output().unwrap();
    let record: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(record["date_source"], "path");
}

#[test]
fn scanned_back_issues_are_searchable_by_their_words_dates_and_writers() {
    let c = Corpus::new();
    // OCR text: a masthead above the headline, a role under the byline, a word broken over
    // two lines, a soft hyphen, ligatures, DOS end-of-file padding.
    let mut scan =
        "THE DAILY COURIER \u{2014} Page 3\r\n\r\nHARBOR COMMISSION MEETS\r\n\r\nBy JOHN SMITH\r\n\
                    Staff Writer\r\n\r\nTuesday, March 3, 1987\r\n\r\nThe commission backed the govern-\r\n\
                    ment plan for the parlia\u{ad}ment wharf. Oﬃcials ﬁled the papers.\r\n"
            .as_bytes()
            .to_vec();
    scan.extend([0x1Au8; 60]);
    c.write("scans/courier_19870303_p3.txt", scan);
    // Dated only by its file name; and UTF-8 with a pasted Windows-1252 passage.
    c.write("scans/courier_19870304_p1.txt", "Ferry fares rise\n\nThe ferry company raised fares.\n");
    let mut mixed = "Chef award\n\nJosé Müller won the award.\n".as_bytes().to_vec();
    mixed.extend_from_slice(b"Later, Fran\xe7ois Lef\xe8vre said \x93bravo\x94.\n");
    c.write("scans/1987/03/05/chef.txt", mixed);
    let summary = c.ingest();
    assert!(summary.contains("chef.txt: 4 bytes are not UTF-8 like the rest of the text"), "{summary}");
    assert!(!summary.contains("binary"), "{summary}");

    let hit = &c.search_json(&["government"])["hits"][0];
    assert_eq!(hit["title"], "HARBOR COMMISSION MEETS");
    assert_eq!(hit["date"], "1987-03-03");
    assert_eq!(hit["byline"], "John Smith", "a byline in capitals as names are written");
    for word in ["parliament", "officials", "filed"] {
        assert_eq!(c.hit_names(&[word]), ["courier_19870303_p3.txt"], "{word}");
    }
    assert_eq!(
        c.hit_names(&["ferry", "--since", "1987-03-04", "--until", "1987-03-04"]),
        ["courier_19870304_p1.txt"]
    );
    let chef = &c.search_json(&["francois"])["hits"][0];
    assert_eq!(chef["date"], "1987-03-05");
    assert!(chef["people"].as_array().unwrap().iter().any(|p| p == "José Müller"), "{chef}");
    let shown =
        c.cmd(&["show", "articles/scans/1987/03/05/chef.txt"]).assert().success().get_output().stdout.clone();
    let shown = String::from_utf8(shown).unwrap();
    assert!(shown.contains("José Müller won") && shown.contains("François Lefèvre said “bravo”"), "{shown}");
}

#[test]
fn dates_and_bylines_written_in_other_languages_are_read_and_filtered_on() {
    let c = Corpus::new();
    c.write(
        "streik.txt",
        "Streik legt Nahverkehr lahm\n\nVon Jürgen Müller\n3. März 2024\n\nDie Fahrer streiken.\n",
    );
    c.write(
        "greve.md",
        "---\ntitle: Grève des chauffeurs\ndate: 12 janvier 2024\n---\n\nLes chauffeurs sont en grève.\n",
    );
    c.write(
        "huelga.jsonl",
        "{\"title\":\"Huelga de conductores\",\"date\":\"15 de marzo de 2024\",\"text\":\"Los conductores están en huelga.\"}\n",
    );
    c.write("jishin.txt", "運転手がストライキ\n\n2024年4月10日（水）\n\n運転手がストライキを行った。\n");
    c.ingest();
    let dates = |args: &[&str]| -> Vec<(String, String)> {
        let json = c.search_json(args);
        let mut dates: Vec<(String, String)> = json["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| (h["date"].as_str().unwrap_or("none").to_string(), h["date_source"].to_string()))
            .collect();
        dates.sort();
        dates
    };
    let all = dates(&["*"]);
    let days: Vec<&str> = all.iter().map(|(d, _)| d.as_str()).collect();
    assert_eq!(days, ["2024-01-12", "2024-03-03", "2024-03-15", "2024-04-10"], "{all:?}");
    // `--since` and `--until` take a day as articles write it.
    let march: Vec<String> = dates(&["*", "--since", "03.03.2024", "--until", "15. März 2024"])
        .into_iter()
        .map(|(d, _)| d)
        .collect();
    assert_eq!(march, ["2024-03-03", "2024-03-15"]);
    let json = c.search_json(&["fahrer"]);
    assert_eq!(json["hits"][0]["byline"], "Jürgen Müller");
}

#[test]
fn reuters_21578_is_searchable_by_date() {
    let Some(reuters) = shared_corpus("reuters21578") else { return };
    let c = Corpus::new();
    let sgm: Vec<String> = std::fs::read_dir(&reuters)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "sgm"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    assert_eq!(sgm.len(), 22);
    let mut args = vec!["ingest"];
    args.extend(sgm.iter().map(String::as_str));
    let out = c.cmd(&args).assert().success().get_output().clone();
    let summary = String::from_utf8(out.stderr).unwrap();
    // 21,578 records; NEWID 12793 holds no text at all and is reported, not indexed.
    assert!(summary.contains("21577 articles"), "{summary}");
    assert!(summary.contains("article 12793: no headline or text"), "{summary}");
    let all_1987 = c.search_json(&["--since", "1987", "--until", "1987", "--limit", "1"]);
    assert_eq!(all_1987["total"], 21577, "every Reuters article is dated");
    // Lines of the files holding both marks: counted straight from the files.
    let lines_with = |a: &str, b: &str| -> usize {
        sgm.iter()
            .map(|p| {
                let text = String::from_utf8_lossy(&std::fs::read(p).unwrap()).into_owned();
                text.lines().filter(|l| l.contains(a) && l.contains(b)).count()
            })
            .sum()
    };
    // March 1987, by the <DATE> lines.
    let march_dates = lines_with("<DATE>", "-MAR-1987");
    let march = c.search_json(&["--since", "1987-03", "--until", "1987-03", "--limit", "1"]);
    assert_eq!(march["total"].as_u64().unwrap() as usize, march_dates);
    let cocoa = c.search_json(&["cocoa", "--since", "1987-02-26", "--until", "1987-02-26"]);
    assert!(cocoa["hits"][0]["title"].as_str().unwrap().contains("COCOA"));
    // The editors' codes are tags, organizations' as topics', by the <ORGS> lists.
    let filed_opec = lines_with("<ORGS>", "<D>opec</D>");
    assert!(filed_opec > 50, "{filed_opec}");
    let opec = c.search_json(&["tag:opec", "--limit", "1"]);
    assert_eq!(opec["total"].as_u64().unwrap() as usize, filed_opec);
    // A dateline's city is a word of its story, as a scan of the records finds it (19,043
    // records have a dateline; most name their city nowhere else: `winnipeg` found 5 of 29).
    let records_naming = |word: &str| -> usize {
        sgm.iter()
            .map(|p| {
                let text = String::from_utf8_lossy(&std::fs::read(p).unwrap()).to_lowercase();
                text.split("</reuters>").filter(|record| record.contains(word)).count()
            })
            .sum()
    };
    for city in ["winnipeg", "canberra"] {
        let found = c.search_json(&[city, "--no-collapse", "--limit", "1"]);
        assert_eq!(found["total"].as_u64().unwrap() as usize, records_naming(city), "{city}");
    }
    let filed = c.search_json(&["dateline:winnipeg", "--limit", "1"]);
    assert_eq!(filed["hits"][0]["dateline"].as_str().unwrap().split(',').next(), Some("WINNIPEG"));
}

/// A `.warc.gz` as crawlers write it (one gzip member per record), by the `warc` crate's
/// writer: each `(kind, address, block)` is a record.
fn web_archive(records: &[(warc::RecordType, &str, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    for (kind, address, block) in records {
        let record = warc::RecordBuilder::default()
            .warc_type(kind.clone())
            .header(warc::WarcHeader::TargetURI, address.as_bytes())
            .header(warc::WarcHeader::ContentType, "application/http; msgtype=response")
            .body(block.clone())
            .build()
            .unwrap();
        let mut raw = Vec::new();
        warc::WarcWriter::new(&mut raw).write(&record).unwrap();
        let mut member = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        member.write_all(&raw).unwrap();
        out.extend(member.finish().unwrap());
    }
    out
}

fn http_ok(content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut block =
        format!("HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n", body.len())
            .into_bytes();
    block.extend_from_slice(body);
    block
}

#[test]
fn web_archives_index_each_page_and_follow_what_the_crawl_appends() {
    use warc::RecordType::{Request, Response};
    let c = Corpus::new();
    let ferry =
        PAGE.replace("Harbour reopens after storm", "Ferry resumes after storm").replace("cranes", "ferries");
    let image = vec![0x89u8; 2 << 20]; // 2 MB: the archive is larger than --max-file-mb 1
    let pages = [
        (Request, "https://ledger.example/harbour", b"GET /harbour HTTP/1.1\r\n\r\n".to_vec()),
        (Response, "https://ledger.example/harbour", http_ok("text/html; charset=utf-8", PAGE.as_bytes())),
    ];
    let photo = [(Response, "https://ledger.example/photo.png", http_ok("image/png", &image))];
    let mut archive = [web_archive(&pages), web_archive(&photo)].concat();
    c.write("crawl.warc.gz", &archive);
    let summary = String::from_utf8(
        c.cmd(&["ingest", "--max-file-mb", "1", "articles"]).assert().success().get_output().stderr.clone(),
    )
    .unwrap();
    assert!(summary.contains("1 new, 0 updated, 1 article"), "{summary}");
    let hit = &c.search_json(&["cranes"])["hits"][0];
    assert_eq!(hit["id"], "crawl.warc.gz#2");
    assert_eq!(hit["title"], "Harbour reopens after storm");
    assert_eq!(hit["url"], "https://ledger.example/harbour");
    assert_eq!(hit["date"], "2026-05-04T18:20:00-05:00");
    assert!(hit["snippet"].as_str().unwrap().contains("cranes"), "{hit}");

    // The crawl goes on: the file grows by a record; only the new page is written, the
    // one already indexed stays.
    archive.extend(web_archive(&[(
        Response,
        "https://ledger.example/ferry",
        http_ok("text/html", ferry.as_bytes()),
    )]));
    c.write("crawl.warc.gz", &archive);
    let again = c.ingest();
    assert!(again.contains("0 new, 1 updated, 1 article"), "{again}");
    assert_eq!(c.search_json(&["ferries"])["hits"][0]["id"], "crawl.warc.gz#4");
    assert_eq!(c.search_json(&["storm"])["total"], 2);

    // A crawl cut off mid-record keeps the pages before the cut, with a warning naming the
    // record.
    c.write("crawl.warc.gz", &archive[..archive.len() - 200]);
    let third = c.ingest();
    assert!(third.contains("crawl.warc.gz: record 4"), "{third}");
    assert_eq!(c.hit_names(&["cranes"]), ["crawl.warc.gz"]);

    // Bytes damaged in the middle of the crawl cost the record they fall in (the photo's),
    // not the pages after it.
    let photo_middle = web_archive(&pages).len() + web_archive(&photo).len() / 2;
    for byte in &mut archive[photo_middle..photo_middle + 16] {
        *byte ^= 0x5a;
    }
    c.write("crawl.warc.gz", &archive);
    let fourth = c.ingest();
    assert!(fourth.contains("crawl.warc.gz: record 3: "), "{fourth}");
    assert!(fourth.contains("reading went on at the next record"), "{fourth}");
    assert_eq!(c.search_json(&["ferries"])["hits"][0]["id"], "crawl.warc.gz#4");
    assert_eq!(c.search_json(&["storm"])["total"], 2);
}

#[test]
fn feeds_saved_pages_and_emails_are_articles_and_a_saved_addresss_query_is_no_obstacle() {
    let c = Corpus::new();
    for name in [
        "034-harbor-gazette-feed.rss",
        "035-ore-dock-saved-page.mhtml",
        "036-port-terminal-press-release.eml",
    ] {
        std::fs::copy(sample_corpus().join(name), c.root().join(name)).unwrap();
    }
    // wget keeps the address's query in the name.
    c.write("story.html?id=4821", PAGE);
    c.write(
        "sitemap.xml",
        r#"<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>"#,
    );
    let summary = c.ingest();
    assert!(
        summary.contains("sitemap.xml: no headline or text found (not an RSS or Atom feed, nor a news agency's NITF or NewsML)"),
        "{summary}"
    );
    assert!(summary.contains("indexed 4 files (4 new, 0 updated, 6 articles)"), "{summary}");
    assert!(summary.contains("1 skipped (1 no text)"), "{summary}");

    // Each feed item is an article of its own, with its own date, author and address.
    let bridge = c.search_json(&["counterweight"]);
    assert_eq!(bridge["total"], 1);
    let hit = &bridge["hits"][0];
    assert_eq!(hit["id"], "034-harbor-gazette-feed.rss#1");
    assert_eq!(hit["title"], "Lift bridge closes for two nights of cable repairs");
    assert_eq!(hit["date"], "2026-05-05T16:40:00-05:00");
    assert_eq!(hit["byline"], "Ingrid Solberg");
    assert_eq!(hit["url"], "https://gazette.example/local/2026/05/05/lift-bridge-repairs");
    assert_eq!(
        c.search_json(&["duluth", "--until", "2026-05-03"])["hits"][0]["id"],
        "034-harbor-gazette-feed.rss#3"
    );
    assert_eq!(c.search_json(&["saltie"])["hits"][0]["byline"], "Paul Reinholt");

    // A page saved as one file: its HTML part, not its style sheet; the saved address.
    let dock = c.search_json(&["taconite"]);
    assert_eq!(dock["hits"][0]["title"], "Ore dock conversion wins state grant");
    assert_eq!(dock["hits"][0]["date"], "2026-05-07T08:30:00-05:00");
    assert_eq!(dock["hits"][0]["url"], "https://ledger.example/news/2026/05/07/ore-dock-grant");
    assert!(c.hit_names(&["georgia"]).is_empty());

    // An e-mail: subject, sender, date sent; its people found in its text.
    let release = c.search_json(&["turbine", "--person", "Deb DeLuca"]);
    assert_eq!(release["hits"][0]["title"], "Press release: Port opens new cargo terminal at Clure");
    assert_eq!(release["hits"][0]["date"], "2026-05-07T10:15:00-05:00");

    assert_eq!(c.hit_names(&["cranes"]), ["story.html?id=4821"]);
}

#[test]
fn pages_mailboxes_and_emails_saved_without_an_extension_are_read() {
    let c = Corpus::new();
    // wget without --adjust-extension: the page's name is its address's last part.
    c.write("ledger.example/2026/05/04/harbour-reopens", PAGE);
    c.write("ledger.example/article.php", PAGE.replace("cranes", "gantries"));
    c.write("Mail/Inbox", "From desk@example.org Mon Jan  6 11:00:00 2025\nFrom: City Desk <desk@example.org>\n\
        Subject: Snow emergency declared\nDate: Mon, 6 Jan 2025 11:00:00 -0600\n\nPlows cleared the avenues overnight.\n\n\
        From wire@example.org Tue Jan  7 09:00:00 2025\nFrom: Wire <wire@example.org>\nSubject: Port strike ends\n\
        Date: Tue, 7 Jan 2025 09:00:00 +0000\n\nDock workers returned on Tuesday.\n");
    // A Maildir's message: headers first, a name that is no type.
    c.write("Maildir/cur/1733.M12P34.newsroom:2,S", "Return-Path: <desk@example.org>\nFrom: City Desk <desk@example.org>\n\
        Subject: Ferry resumes\nDate: Wed, 8 Jan 2025 10:00:00 -0600\n\nThe ferry to Madeline Island ran again.\n");
    c.write("LICENSE", "Permission is hereby granted, free of charge.");
    // Apple Mail's own file: the message's length, the message, its flags.
    let message = "From: Harbour Office <office@example.org>\nSubject: Dredging delayed\n\
        Date: Thu, 9 Jan 2025 08:00:00 -0600\n\nThe dredging of the channel waits for spring.\n";
    c.write(
        "Mail/V10/INBOX.mbox/Messages/4821.emlx",
        format!(
            "{}\n{message}<?xml version=\"1.0\"?><plist><dict><key>flags</key></dict></plist>\n",
            message.len()
        ),
    );
    let summary = c.ingest();
    assert!(summary.contains("indexed 5 files (5 new, 0 updated, 6 articles)"), "{summary}");
    assert_eq!(c.search_json(&["madeline"])["hits"][0]["title"], "Ferry resumes");
    let dredging = c.search_json(&["dredging"]);
    assert_eq!(dredging["hits"][0]["title"], "Dredging delayed");
    assert_eq!(dredging["hits"][0]["snippet"], "The dredging of the channel waits for spring.");
    assert!(summary.contains("1 unsupported type: no extension 1"), "{summary}");
    assert_eq!(c.hit_names(&["cranes"]), ["harbour-reopens"]);
    assert_eq!(c.hit_names(&["gantries"]), ["article.php"]);
    let strike = c.search_json(&["dock workers"]);
    assert_eq!(strike["hits"][0]["id"], "Inbox#2");
    assert_eq!(strike["hits"][0]["title"], "Port strike ends");
    assert_eq!(c.search_json(&["plows", "--until", "2025-01-06"])["hits"][0]["id"], "Inbox#1");
}

#[test]
fn a_mailbox_larger_than_the_file_limit_is_read_e_mail_by_e_mail() {
    let c = Corpus::new();
    let mail = |n: usize, text: &str| {
        format!(
            "From desk@example.org Mon Jan  6 11:00:{n:02} 2025\nFrom: Desk <desk@example.org>\nSubject: Ferry story {n}\nDate: Mon, 6 Jan 2025 11:00:00 -0600\n\n{text}\n"
        )
    };
    // 2,000 short e-mails (about 1.3 MB) and one of 1.2 MB: over a 1 MB limit as a file.
    let mut mbox: String = (0..2000)
        .map(|n| mail(n % 60, &format!("The ferry ran again, day {n}, said the desk in its note.")))
        .collect();
    mbox.push_str(&mail(1, &"An attachment pasted whole. ".repeat(45_000)));
    c.write("Takeout/All mail.mbox", &mbox);
    let out = c.cmd(&["ingest", "--max-file-mb", "1", "articles"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("message 2001: over the 1 MB limit (--max-file-mb), skipped"), "{stderr}");
    assert!(stderr.contains("2000 articles"), "{stderr}");
    assert_eq!(c.search_json(&["ferry", "-n", "0"])["total"], 2000);
}

#[test]
fn news_agency_xml_nitf_and_newsml_stories_are_articles_with_their_metadata() {
    let c = Corpus::new();
    for name in ["038-ferry-terminal-vote.nitf.xml", "039-harbor-wire-newsml.xml"] {
        std::fs::copy(sample_corpus().join(name), c.root().join(name)).unwrap();
    }
    // A story cut short in transfer: a warning naming it, the others indexed.
    c.write("wire/cut.nitf", "<nitf><body><body.content><p>The lift bridge stuck half");
    let summary = c.ingest();
    assert!(summary.contains("cut.nitf: no headline or text found (not well-formed XML"), "{summary}");
    assert!(summary.contains("indexed 2 files (2 new, 0 updated, 3 articles)"), "{summary}");

    // NITF: headline, byline without the writer's title, date with its offset, deck and
    // text searchable, picture caption not.
    let ferry = c.search_json(&["traffic study", "--person", "Walter Lindqvist"]);
    assert_eq!(ferry["total"], 1);
    let hit = &ferry["hits"][0];
    assert_eq!(hit["title"], "Harbor board delays vote on ferry terminal");
    assert_eq!(hit["byline"], "Grace Okafor");
    assert_eq!(hit["date"], "2026-05-19T16:30:00-05:00");
    assert_eq!(hit["date_source"], "nitf:date.issue");
    assert_eq!(hit["tags"], serde_json::json!(["ferries", "harbor board"]));
    assert_eq!(c.search_json(&["commissioners committing"])["total"], 1);
    assert_eq!(c.search_json(&["rendering"])["total"], 0);

    // NewsML-G2: each text item of the message is an article; the picture is none.
    let ore = c.search_json(&["taconite"]);
    assert_eq!(ore["total"], 1);
    assert_eq!(ore["hits"][0]["id"], "039-harbor-wire-newsml.xml#2");
    assert_eq!(ore["hits"][0]["byline"], "Daniel Roanhorse");
    assert_eq!(ore["hits"][0]["date_source"], "newsml:firstCreated");
    let by_day = c.search_json(&["*", "--since", "2026-05-20", "--until", "2026-05-20"]);
    assert_eq!(by_day["total"], 2, "{by_day}");
    let by_writer = c.search_json(&["byline:thunderbird"]);
    assert_eq!(by_writer["hits"][0]["title"], "Ice survey finds Lake Superior cover thinnest in a decade");
}

#[test]
fn private_and_unpublished_front_matter_is_skipped_as_a_draft() {
    let c = Corpus::new();
    c.write(
        "a.md",
        "---\ntitle: Staff memo\nprivate: true\n---\n\nThe embargoed memo names the new chief.\n",
    );
    c.write("b.md", "---\ntitle: Staff memo two\nvisibility: private\n---\n\nAn embargoed second memo.\n");
    c.write("c.md", "---\ntitle: Old post\npublished: false\n---\n\nAn embargoed Jekyll post.\n");
    c.write("d.md", "---\ntitle: Open post\npublished: true\n---\n\nAn embargoed story, now public.\n");
    let summary = c.ingest();
    for name in ["a.md", "b.md", "c.md"] {
        assert!(summary.contains(&format!("{name}: draft, not published; skipped")), "{summary}");
    }
    assert_eq!(c.hit_names(&["embargoed"]), ["d.md"]);
}

#[test]
fn an_author_line_in_a_notes_opening_lines_is_its_byline() {
    let c = Corpus::new();
    c.write(
        "note.txt",
        "Harbour dredging halted\n\nDate: 5 May 2005\nAuthor: Jane Whitfield\n\nA judge halted the dredging of the harbour.\n",
    );
    c.ingest();
    let json = c.search_json(&["dredging"]);
    let hit = &json["hits"][0];
    assert_eq!(hit["byline"], "Jane Whitfield", "{hit}");
    assert_eq!(hit["date"], "2005-05-05", "{hit}");
    assert!(c.hit_names(&["author"]).is_empty(), "the label is no word of the body");
    assert!(c.hit_names(&["--person", "Jane Whitfield"]).is_empty(), "the writer is no person mentioned");
}
