//! A newspaper's archive moved off its CMS: the JSON, WordPress (REST and WXR) and
//! Markdown exports a migration leaves, read as the stories they hold.

use crate::util::Corpus;

/// `extract --json` of one file: its records and its warnings.
fn extract(c: &Corpus, name: &str) -> (Vec<serde_json::Value>, String) {
    let out = c.cmd(&["extract", "--json", &format!("articles/{name}")]).output().unwrap();
    let records =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    (records, String::from_utf8(out.stderr).unwrap())
}

fn titles(records: &[serde_json::Value]) -> Vec<&str> {
    records.iter().map(|r| r["title"].as_str().unwrap_or("")).collect()
}

#[test]
fn a_cms_exports_stories_under_a_key_of_its_own_are_each_an_article() {
    let c = Corpus::new();
    c.write(
        "export/stories.json",
        r#"{"site": "Valley Courier", "stories": [
            {"title": "Ferry service resumes", "body": "The lake ferry runs again from Monday."},
            {"title": "Library extends hours", "body": "The main library stays open until nine."}]}"#,
    );
    c.write(
        "export/ghost.json",
        r#"{"db": [{"meta": {"exported_on": 1688140800000}, "data": {
            "posts": [{"id": "p1", "title": "Levy passes", "html": "<p>Voters approved the school levy.</p>",
                       "status": "published", "published_at": "2023-05-03T01:00:00.000Z"}],
            "users": [{"id": "1", "name": "Ann Lee"}]}}]}"#,
    );
    c.write(
        "export/content.json",
        r#"{"content": [{"title": "Roadwork on Elm", "body": "Crews repave Elm Street."},
                        {"title": "Bridge inspection", "body": "Inspectors found rust on the bridge."}]}"#,
    );
    c.write("export/stats.json", r#"{"posts": [{"slug": "a", "views": 10}, {"slug": "b", "views": 4}]}"#);
    let (records, _) = extract(&c, "export/stories.json");
    assert_eq!(titles(&records), ["Ferry service resumes", "Library extends hours"]);
    let (records, _) = extract(&c, "export/ghost.json");
    assert_eq!(titles(&records), ["Levy passes"]);
    assert_eq!(records[0]["date"], "2023-05-03T01:00:00Z");
    let (records, _) = extract(&c, "export/content.json");
    assert_eq!(titles(&records), ["Roadwork on Elm", "Bridge inspection"], "one article per story, not one");
    let (records, warnings) = extract(&c, "export/stats.json");
    assert!(records.is_empty());
    assert!(
        warnings.contains("an array of 2 objects under `posts` with none of the keys of an article"),
        "{warnings}"
    );
    let summary = c.ingest();
    assert!(summary.contains("5 articles"), "{summary}");
    assert_eq!(c.hit_names(&["rust"]), ["content.json"]);
}

#[test]
fn wordpress_rest_posts_give_their_authors_names_terms_and_utc_dates() {
    let c = Corpus::new();
    c.write(
        "wp/posts.json",
        r#"[{"id": 7, "date_gmt": "2023-06-01T12:00:00", "author": 3, "tags": [12], "categories": [4],
             "status": "publish", "title": {"rendered": "Budget <em>approved</em> &#8211; finally"},
             "content": {"rendered": "<p>The county approved its budget.</p>"},
             "_embedded": {"author": [{"id": 3, "name": "Jo Park"}],
                           "wp:term": [[{"id": 4, "name": "County", "taxonomy": "category"}],
                                       [{"id": 12, "name": "Budget", "taxonomy": "post_tag"}]]}},
            {"id": 8, "date": "2023-06-02T08:00:00", "status": "draft",
             "title": {"rendered": "Chief retiring"}, "content": {"rendered": "<p>Not yet.</p>"}}]"#,
    );
    let (records, warnings) = extract(&c, "wp/posts.json");
    assert_eq!(titles(&records), ["Budget approved \u{2013} finally"]);
    let r = &records[0];
    assert_eq!(r["byline"], "Jo Park");
    assert_eq!(r["tags"], serde_json::json!(["County", "Budget"]));
    assert_eq!(r["date"], "2023-06-01T12:00:00Z");
    assert!(
        warnings.contains("article 2 (\u{201c}Chief retiring\u{201d}): draft, not published; skipped"),
        "{warnings}"
    );
}

#[test]
fn entities_in_plain_json_text_are_decoded_so_words_are_found() {
    let c = Corpus::new();
    c.write(
        "cms.jsonl",
        r#"{"title": "New caf&eacute; on Main", "body": "Smith &amp; Sons &#8217;s store &mdash; a caf&eacute; &nbsp;opens. AT&T and R&D stay."}"#,
    );
    let (records, _) = extract(&c, "cms.jsonl");
    assert_eq!(records[0]["title"], "New café on Main");
    c.ingest();
    assert_eq!(c.hit_names(&["café"]), ["cms.jsonl"]);
    let out = c.cmd(&["extract", "--json", "--body", "articles/cms.jsonl"]).output().unwrap();
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        r["body"], "Smith & Sons \u{2019}s store \u{2014} a café opens. AT&T and R&D stay.",
        "entities decoded, bare ampersands kept"
    );
    assert!(!r["organizations"].to_string().contains("&amp"), "{r}");
}

#[test]
fn a_wordpress_export_gives_its_posts_dated_and_signed_without_pages_files_or_drafts() {
    let c = Corpus::new();
    c.write(
        "wxr/courier.WordPress.2023-06-30.xml",
        r#"<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Courier</title><link>https://courier.example</link>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:author><wp:author_login><![CDATA[jpark]]></wp:author_login><wp:author_display_name><![CDATA[Jo Park]]></wp:author_display_name></wp:author>
<item><title>Water rates rise</title><link>https://courier.example/2023/06/20/water/</link>
  <dc:creator><![CDATA[jpark]]></dc:creator>
  <content:encoded><![CDATA[<p>Water rates rise 6 percent in July.</p>
[caption id="attachment_5" width="300"]<img src="plant.jpg" /> The treatment plant.[/caption]
<p>The increase pays for the new filters.</p>
[embed]https://video.example/x[/embed]]]></content:encoded>
  <wp:post_date><![CDATA[2023-06-20 09:00:00]]></wp:post_date>
  <wp:post_date_gmt><![CDATA[2023-06-20 14:00:00]]></wp:post_date_gmt>
  <wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type></item>
<item><title>Mayor to run again</title><dc:creator><![CDATA[jpark]]></dc:creator>
  <content:encoded><![CDATA[<p>The mayor filed papers on Friday.</p>]]></content:encoded>
  <wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type></item>
<item><title>Chief retiring</title><pubDate>Mon, 30 Nov -0001 00:00:00 +0000</pubDate>
  <content:encoded><![CDATA[<p>Chief Ray Dunn will retire.</p>]]></content:encoded>
  <wp:post_date_gmt><![CDATA[0000-00-00 00:00:00]]></wp:post_date_gmt>
  <wp:status><![CDATA[draft]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type></item>
<item><title>plant.jpg</title><wp:status><![CDATA[inherit]]></wp:status><wp:post_type><![CDATA[attachment]]></wp:post_type></item>
<item><title>About Us</title><content:encoded><![CDATA[<p>Serving the valley since 1911.</p>]]></content:encoded>
  <wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[page]]></wp:post_type></item>
<item><title>Home</title><wp:post_type><![CDATA[nav_menu_item]]></wp:post_type></item>
</channel></rss>"#,
    );
    let (records, warnings) = extract(&c, "wxr/courier.WordPress.2023-06-30.xml");
    assert_eq!(titles(&records), ["Water rates rise", "Mayor to run again"], "{warnings}");
    assert_eq!(records[0]["date"], "2023-06-20T14:00:00Z");
    assert_eq!(records[0]["byline"], "Jo Park");
    assert_eq!(records[1]["date"], serde_json::Value::Null, "the export's own date is not its posts'");
    assert!(warnings.contains("draft, not published; skipped"), "{warnings}");
    assert!(warnings.contains("1 attachment, 1 page, 1 nav_menu_item"), "{warnings}");
    let out = c
        .cmd(&["extract", "--json", "--body", "articles/wxr/courier.WordPress.2023-06-30.xml"])
        .output()
        .unwrap();
    let first: serde_json::Value =
        serde_json::from_str(String::from_utf8(out.stdout).unwrap().lines().next().unwrap()).unwrap();
    assert_eq!(first["body"], "Water rates rise 6 percent in July.\nThe increase pays for the new filters.");
}

#[test]
fn drafts_are_not_indexed_and_each_file_says_so_once() {
    let c = Corpus::new();
    c.write(
        "md/2023-05-01-embargo.md",
        "---\ntitle: Embargoed story\ndraft: true\n---\n\nThe council will vote on the budget.\n",
    );
    c.write(
        "md/2023-05-02-park.md",
        "---\ntitle: Dog park opens\nauthor: By SAM FIELDING, Staff Writer\ntags: [parks]\ncategories:\n  - Community\ndraft: false\n---\n\nThe dog park opened on Monday.\n",
    );
    c.write(
        "stories.jsonl",
        concat!(
            r#"{"title": "Fair opens", "body": "The county fair opens.", "date": "2021-07-20"}"#,
            "\n",
            r#"{"title": "Unpublished", "body": "Embargoed until further notice.", "status": "draft", "draft": true}"#,
            "\n"
        ),
    );
    let summary = c.ingest();
    assert!(summary.contains("md/2023-05-01-embargo.md: draft, not published; skipped"), "{summary}");
    assert!(
        summary.contains(
            "stories.jsonl: article 2 (\u{201c}Unpublished\u{201d}): draft, not published; skipped"
        ),
        "{summary}"
    );
    assert!(c.hit_names(&["embargoed"]).is_empty());
    assert!(c.hit_names(&["council"]).is_empty());
    // Until it changes, a file of drafts is passed over in silence.
    let again = c.ingest();
    assert!(!again.contains("embargo.md"), "{again}");
    let (records, _) = extract(&c, "md/2023-05-02-park.md");
    assert_eq!(records[0]["byline"], "Sam Fielding");
    assert_eq!(records[0]["tags"], serde_json::json!(["parks", "Community"]));
}

#[test]
fn publication_date_keys_of_cms_exports_are_read_and_update_times_are_not() {
    let c = Corpus::new();
    c.write(
        "dates.jsonl",
        concat!(
            r#"{"title": "A", "body": "one", "publish_date": "2023-06-11"}"#,
            "\n",
            r#"{"title": "B", "body": "two", "first_published_at": "2023-06-12T00:00:00Z"}"#,
            "\n",
            r#"{"title": "C", "body": "three", "datetime": "2023-06-13 14:00:00"}"#,
            "\n",
            r#"{"title": "D", "body": "four", "updated_at": "2023-06-09T00:00:00Z"}"#,
            "\n",
        ),
    );
    let (records, _) = extract(&c, "dates.jsonl");
    let dates: Vec<String> = records.iter().map(|r| r["date"].to_string()).collect();
    assert_eq!(dates, [r#""2023-06-11""#, r#""2023-06-12T00:00:00Z""#, r#""2023-06-13T14:00:00""#, "null"]);
}

#[test]
fn share_bars_and_photo_credits_stay_out_of_embedded_markup() {
    let c = Corpus::new();
    c.write(
        "post.json",
        r#"{"title": "Robotics team wins", "content": "<p>The robotics team won the state title.</p><figure><img src=\"a.jpg\"><figcaption>Photo by Lee Wong / Courier</figcaption></figure><div class=\"sharedaddy\"><h3>Share this:</h3><ul><li><a>Facebook</a></li><li><a>Twitter</a></li></ul></div>"}"#,
    );
    let out = c.cmd(&["extract", "--json", "--body", "articles/post.json"]).output().unwrap();
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["body"], "The robotics team won the state title.");
}

#[test]
fn a_json_lines_file_that_is_no_json_says_so_once() {
    let c = Corpus::new();
    c.write("bad.jsonl", "{\"title\": \"A\", \"body\": \"x\",}\n{\"title\": \"B\", \"body\": \"y\"}\n");
    c.write("notgzip.jsonl.gz", "this is not gzip at all\nnor json\n");
    let summary = c.ingest();
    assert!(summary.contains("bad.jsonl: line 1: invalid JSON: trailing comma at column"), "{summary}");
    assert!(!summary.contains("at line 1 column"), "{summary}");
    assert!(summary.contains("notgzip.jsonl.gz: no headline or text found (not gzip data despite its name; read as it is; not JSON: it starts \u{201c}this is not gzip at all\u{201d}), skipped"), "{summary}");
}

#[test]
fn a_story_without_an_id_keeps_its_link_when_a_line_above_it_goes() {
    let c = Corpus::new();
    let lines = [
        r#"{"title": "Water main break floods downtown", "body": "Crews closed Main Street."}"#,
        r#"{"title": "Parade route announced", "body": "The Fourth of July parade takes Elm Street."}"#,
        r#"{"title": "Library extends hours", "body": "The main library stays open until nine."}"#,
    ];
    c.write("stories.jsonl", lines.join("\n"));
    c.ingest();
    let uid_of = |word: &str| c.search_json(&[word])["hits"][0]["uid"].as_str().unwrap().to_string();
    let (flood, parade) = (uid_of("floods"), uid_of("parade"));
    // The first story deleted from the export: the others keep their uids, and the
    // deleted one's opens nothing (not the story that took its line).
    c.write("stories.jsonl", lines[1..].join("\n"));
    c.ingest();
    assert_eq!(uid_of("parade"), parade);
    let shown = c.cmd(&["show", &parade]).output().unwrap();
    assert!(String::from_utf8_lossy(&shown.stdout).contains("Parade route announced"));
    c.cmd(&["show", &flood]).assert().code(2);
}

#[test]
fn show_body_prints_only_the_texts_and_articles_are_set_apart() {
    let c = Corpus::new();
    let lines = [
        r#"{"title": "Water main break floods downtown", "byline": "Ann Lee", "tags": ["city"], "body": "Crews closed Main Street at dawn.\n\nTraffic was diverted by Mayor Jacob Frey."}"#,
        r#"{"title": "Parade route announced", "body": "The Fourth of July parade takes Elm Street."}"#,
    ];
    c.write("stories.jsonl", lines.join("\n"));
    c.ingest();
    let stdout = |args: &[&str]| {
        let out = c.cmd(args).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    // The text alone, for a reader aloud: no headline, byline, path or names; two
    // articles apart by a line `* * *`.
    let texts = "Crews closed Main Street at dawn.\n\nTraffic was diverted by Mayor Jacob Frey.\n\n* * *\n\n\
                 The Fourth of July parade takes Elm Street.\n";
    assert_eq!(stdout(&["show", "stories.jsonl#1", "stories.jsonl#2", "--body"]), texts);
    assert_eq!(
        stdout(&["show", "stories.jsonl#2", "--text"]),
        "The Fourth of July parade takes Elm Street.\n"
    );
    // The whole view: a rule between the articles, not only the blank line a paragraph has.
    let shown = stdout(&["show", "stories.jsonl#1", "stories.jsonl#2"]);
    let rule = "─".repeat(40);
    let (first, second) = shown.split_once(&format!("\n\n{rule}\n\n")).expect(&shown);
    assert!(
        first.starts_with("Water main break floods downtown\n") && first.contains("people: Jacob Frey"),
        "{first}"
    );
    assert!(first.ends_with("Traffic was diverted by Mayor Jacob Frey."), "{first}");
    assert!(second.starts_with("Parade route announced\n"), "{second}");
    // Piped, a long paragraph is not wrapped.
    assert!(shown.contains("Traffic was diverted by Mayor Jacob Frey.\n"));
}
