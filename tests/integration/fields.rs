//! A word searched in one field is marked in that field alone: `body:tax` in the text, not
//! in the headline; `title:blair` in the headline, not in the text; a word typed with no
//! field in both, as before. In the hits (text and JSON), `--kwic`, `show --mark` and the
//! web server's answers alike.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;

use crate::util::{Corpus, marks};

/// Two tax stories naming Blair, one in its headline; a reporter's byline.
fn corpus() -> Corpus {
    let c = Corpus::new();
    c.write(
        "sales.txt",
        "Ottawa widens sales tax\n\nThe minister said the sales tax would cover telephone services. \
         Tony Blair was not consulted, said the economist Adam Smith.\n\n\
         (Reporting by Jane Smith; Editing by Mark Potter)\n",
    );
    c.write(
        "blair.txt",
        "Blair stresses tax goals\n\nTony Blair says his party's manifesto will cut tax for families. \
         Mr Blair spoke in Preston.\n",
    );
    c.ingest();
    c
}

/// The hit of `json` whose file is `name`.
fn hit<'a>(json: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    json["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .find(|h| h["path"].as_str().is_some_and(|p| p.ends_with(name)))
        .unwrap_or_else(|| panic!("no hit {name} in {json}"))
}

/// The highlighted parts of a hit's (or an article's) title.
fn title_marks(hit: &serde_json::Value) -> Vec<String> {
    let title: Vec<char> = hit["title"].as_str().expect("title").chars().collect();
    hit["title_highlights"]
        .as_array()
        .expect("title_highlights")
        .iter()
        .map(|r| title[r[0].as_u64().unwrap() as usize..r[1].as_u64().unwrap() as usize].iter().collect())
        .collect()
}

/// A command's stdout, the command succeeding.
fn stdout(c: &Corpus, args: &[&str]) -> String {
    let out = c.cmd(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_word_searched_in_one_field_is_marked_in_that_field_alone() {
    let c = corpus();
    // The text's: "tax" was also marked in "Ottawa widens sales **tax**".
    let json = c.search_json(&["body:tax"]);
    for name in ["sales.txt", "blair.txt"] {
        assert!(title_marks(hit(&json, name)).is_empty(), "{json}");
        assert!(marks(hit(&json, name)).contains(&"tax".to_string()), "{json}");
    }
    let text = stdout(&c, &["search", "body:tax", "--color", "never"]);
    assert!(text.contains("Ottawa widens sales tax\n") && text.contains("sales **tax**"), "{text}");
    // The headline's: the text shows its opening, unmarked.
    let json = c.search_json(&["title:tax"]);
    assert_eq!(title_marks(hit(&json, "sales.txt")), ["tax"]);
    assert!(marks(hit(&json, "sales.txt")).is_empty(), "{json}");
    // `headline:` is `title:`, a phrase with a field is marked where the field says.
    for query in
        ["headline:tax", "title:\"sales tax\"", "headline:\"sales tax\"", "title:tax*", "title:tax~1"]
    {
        let json = c.search_json(&[query]);
        assert!(!title_marks(hit(&json, "sales.txt")).is_empty(), "{query}: {json}");
        assert!(marks(hit(&json, "sales.txt")).is_empty(), "{query}: {json}");
    }
    // With no field, as before: both.
    let json = c.search_json(&["tax"]);
    assert_eq!(title_marks(hit(&json, "sales.txt")), ["tax"]);
    assert!(marks(hit(&json, "sales.txt")).contains(&"tax".to_string()), "{json}");
}

#[test]
fn a_query_mixing_fields_marks_each_word_where_it_was_searched() {
    let c = corpus();
    let json = c.search_json(&["title:blair tax"]);
    let blair = hit(&json, "blair.txt");
    assert_eq!(title_marks(blair), ["Blair", "tax"]);
    // Blair is not marked in the text ("Tony Blair says…"), tax is.
    assert_eq!(marks(blair), ["tax"]);
    // Without the field, Blair is marked in the text too.
    let json = c.search_json(&["blair tax"]);
    assert!(marks(hit(&json, "blair.txt")).contains(&"Blair".to_string()), "{json}");
    // An excluded field's word is marked nowhere: "Tony Blair" stays plain in sales.txt.
    let json = c.search_json(&["tax -title:blair"]);
    let sales = hit(&json, "sales.txt");
    assert_eq!(title_marks(sales), ["tax"]);
    assert!(!marks(sales).iter().any(|m| m.contains("Blair")), "{json}");
    assert!(marks(sales).contains(&"tax".to_string()), "{json}");
}

#[test]
fn a_byline_word_is_marked_nowhere_and_a_name_everywhere() {
    let c = corpus();
    // The reporter Jane Smith, not the economist Adam Smith of the text.
    let json = c.search_json(&["byline:smith"]);
    let sales = hit(&json, "sales.txt");
    assert!(title_marks(sales).is_empty() && marks(sales).is_empty(), "{json}");
    // A name searched as a person is marked as --person marks it: headline and text.
    let json = c.search_json(&["person:\"tony blair\""]);
    let blair = hit(&json, "blair.txt");
    assert_eq!(title_marks(blair), ["Blair"]);
    assert!(marks(blair).contains(&"Tony Blair".to_string()), "{json}");
}

#[test]
fn kwic_gives_the_lines_of_the_field_searched() {
    let c = corpus();
    let rows = |query: &str| -> Vec<serde_json::Value> {
        stdout(&c, &["search", query, "--kwic", "--json"])
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect()
    };
    let line = |row: &serde_json::Value| {
        format!(
            "{}{}{}",
            row["left"].as_str().unwrap(),
            row["match"].as_str().unwrap(),
            row["right"].as_str().unwrap()
        )
    };
    // The headline alone (the text's two "Blair"s were lines too).
    let in_titles = rows("title:blair");
    assert_eq!(in_titles.len(), 1, "{in_titles:?}");
    assert_eq!(line(&in_titles[0]), "Blair stresses tax goals");
    // The text alone: no line is a headline.
    let in_text = rows("body:blair");
    assert_eq!(in_text.len(), 3, "{in_text:?}");
    assert!(in_text.iter().all(|row| line(row) != row["title"].as_str().unwrap()), "{in_text:?}");
    // With no field, both, as before.
    assert_eq!(rows("blair").len(), 4);
}

#[test]
fn show_marks_a_fielded_word_in_its_field_alone() {
    let c = corpus();
    let shown = stdout(&c, &["show", "articles/blair.txt", "--mark", "title:blair", "--color", "never"]);
    let (headline, rest) = shown.split_once('\n').unwrap();
    assert_eq!(headline, "**Blair** stresses tax goals");
    assert!(!rest.contains("**"), "{shown}");
    let shown = stdout(&c, &["show", "articles/blair.txt", "--mark", "body:blair", "--color", "never"]);
    let (headline, rest) = shown.split_once('\n').unwrap();
    assert_eq!(headline, "Blair stresses tax goals");
    assert!(rest.contains("Tony **Blair** says") && rest.contains("Mr **Blair** spoke"), "{shown}");
}

async fn get(c: &Corpus, uri: &str) -> serde_json::Value {
    let state = newsdex::serve::AppState::open(&c.index()).unwrap();
    let response =
        newsdex::serve::router(state).oneshot(Request::get(uri).body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{uri}");
    serde_json::from_slice(&response.into_body().collect().await.unwrap().to_bytes()).unwrap()
}

#[tokio::test]
async fn the_servers_hits_and_articles_mark_a_fielded_word_in_its_field_alone() {
    let c = corpus();
    let found = get(&c, "/api/search?q=title:blair").await;
    let blair = hit(&found, "blair.txt");
    assert_eq!(title_marks(blair), ["Blair"]);
    assert!(marks(blair).is_empty(), "{found}");
    let uid = blair["uid"].as_str().unwrap();
    // The article opened from that search: the headline's Blair, not the text's.
    let article = get(&c, &format!("/api/article/{uid}?q=title:blair")).await;
    assert_eq!(article["title_highlights"], serde_json::json!([[0, 5]]));
    assert_eq!(article["highlights"], serde_json::json!([]));
    let article = get(&c, &format!("/api/article/{uid}?q=body:blair")).await;
    assert_eq!(article["title_highlights"], serde_json::json!([]));
    assert_eq!(article["highlights"].as_array().unwrap().len(), 2, "{article}");
}
