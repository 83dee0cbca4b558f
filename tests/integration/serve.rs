//! `newsdex serve`: the HTTP API, called in-process through the router.

use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;

use crate::util::Corpus;

fn corpus() -> Corpus {
    let c = Corpus::new();
    c.write("a.txt", "Harbour reopens\n\nPublished: 2026-01-12\n\nMinneapolis Mayor Jacob Frey said the harbour reopened. Metro Transit added buses.\n");
    c.write("b.txt", "Harbour budget\n\nPublished: 2026-02-03\n\nMinnesota Governor Tim Walz and Mayor Jacob Frey agreed a harbour budget.\n");
    c.write("c.txt", "Snow day\n\nPublished: 2026-02-20\n\nSchools closed in Duluth for snow.\n");
    c.write("hostile.md", "---\ntitle: \"<script>alert('x')</script> harbour\"\ndate: 2026-03-01\n---\nThe \"><img src=x onerror=alert(1)> harbour story.\n");
    c.ingest();
    c
}

async fn get(c: &Corpus, uri: &str) -> (StatusCode, serde_json::Value) {
    let state = newsdex::serve::AppState::open(&c.index()).unwrap();
    get_with(state, uri).await
}

async fn get_with(
    state: std::sync::Arc<newsdex::serve::AppState>,
    uri: &str,
) -> (StatusCode, serde_json::Value) {
    let response =
        newsdex::serve::router(state).oneshot(Request::get(uri).body(Body::empty()).unwrap()).await.unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let json = serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null);
    (status, json)
}

#[tokio::test]
async fn a_page_that_is_not_there_points_to_the_ones_that_are() {
    let c = corpus();
    let (status, json) = get(&c, "/search?q=harbour").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let error = json["error"].as_str().unwrap();
    assert!(error.contains("the search page is / (as /?q=words)") && error.contains("GET /api"), "{error}");
}

#[tokio::test]
async fn search_answers_like_the_cli_with_facets_and_months() {
    let c = corpus();
    let (status, json) = get(&c, "/api/search?q=harbour&person=frey").await;
    assert_eq!(status, StatusCode::OK, "{json}");
    assert_eq!(json["total"], 2);
    let hit = &json["hits"][0];
    for key in [
        "path",
        "title",
        "date",
        "score",
        "people",
        "organizations",
        "places",
        "snippet",
        "highlights",
        "uid",
    ] {
        assert!(hit.get(key).is_some(), "{key} missing: {hit}");
    }
    let people: Vec<&str> =
        json["facets"]["people"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(people[0], "Jacob Frey");
    assert_eq!(
        json["months"],
        serde_json::json!([{"month": "2026-01", "articles": 1}, {"month": "2026-02", "articles": 1}])
    );
    let took = json["took_ms"].as_f64().expect("took_ms is a number");
    assert!(took > 0.0 && took < 60_000.0, "took_ms {took}");
    let (status, bare) = get(&c, "/api/search?q=harbour&person=frey&facets=0").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(bare["hits"], json["hits"]);
    assert!(bare.get("facets").is_none() && bare.get("months").is_none(), "{bare}");
    let (_, by_month) = get(&c, "/api/search?q=harbour&since=2026-02&until=2026-02").await;
    assert_eq!(by_month["total"], 1);
}

#[tokio::test]
async fn a_name_picked_from_the_facets_gives_as_many_articles_as_its_count() {
    let c = Corpus::new();
    c.write("1.txt", "Ferry strike\n\nThe ferry strike closed the port, Metro Transit said on Monday.\n");
    c.write("2.txt", "Bus strike\n\nMetro Transit Police said the bus strike ended on Tuesday.\n");
    c.write("3.txt", "Rail strike\n\nMetro Transit will add trains after the strike, the council said.\n");
    // Another form of the same name: the list counts the forms as one.
    c.write("4.txt", "Tram strike\n\nThe tram strike went on, METRO TRANSIT said on Friday.\n");
    c.ingest();
    let (_, all) = get(&c, "/api/search?q=strike").await;
    let counted = |name: &str| {
        all["facets"]["organizations"].as_array().unwrap().iter().find(|o| o["name"] == name).unwrap()["articles"]
            .clone()
    };
    let listed = counted("Metro Transit");
    // As the page asks (exact=1): the articles of the count. Without it, the words inside
    // every name, as `search --org`.
    let (_, exact) = get(&c, "/api/search?q=strike&org=Metro%20Transit&exact=1").await;
    assert_eq!(exact["total"], listed, "{exact}");
    let (_, words) = get(&c, "/api/search?q=strike&org=Metro%20Transit").await;
    assert_eq!(words["total"].as_u64().unwrap(), listed.as_u64().unwrap() + 1, "{words}");
    // Typed in other capitals, it is the name listed; a name no list holds is read as
    // words, exact=1 or not.
    let (_, typed) = get(&c, "/api/search?q=strike&org=metro%20transit&exact=1").await;
    assert_eq!(typed["total"], listed, "{typed}");
    let (_, part) = get(&c, "/api/search?q=strike&org=transit&exact=1").await;
    assert_eq!(part["total"], words["total"], "{part}");
}

#[tokio::test]
async fn a_search_that_finds_nothing_says_why_in_the_apis_words() {
    let c = corpus();
    let (status, json) = get(&c, "/api/search?q=harbour&since=2026-03&until=2026-01").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(json["error"], "since is after until: no date is in between (swap them?)");
    let (status, json) = get(&c, "/api/search?q=harbour&place=Nowhereville&since=2026-01").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(json["total"], 0);
    let hints: Vec<&str> = json["hints"].as_array().unwrap().iter().map(|h| h.as_str().unwrap()).collect();
    assert!(
        hints.iter().any(|h| h.contains("place \"Nowhereville\": no article names this place; /api/places")),
        "{hints:?}"
    );
    assert!(
        hints.iter().any(|h| h == &"3 articles match \"harbour\" without the filters place, since"),
        "{hints:?}"
    );
    let (_, found) = get(&c, "/api/search?q=harbour").await;
    assert!(found.get("hints").is_none(), "{found}");
    // The timeline and the name lists say so too.
    for path in ["/api/timeline?q=harbour&place=Nowhereville", "/api/people?q=harbour&place=Nowhereville"] {
        let (status, json) = get(&c, path).await;
        assert_eq!(status, StatusCode::OK);
        assert!(json["hints"].to_string().contains("no article names this place"), "{path}: {json}");
    }
    let (_, found) = get(&c, "/api/timeline?q=harbour").await;
    assert!(found.get("hints").is_none(), "{found}");
}

#[tokio::test]
async fn hits_come_oldest_first_when_asked_and_limit_0_counts_alone() {
    let c = corpus();
    let titles = |json: &serde_json::Value| -> Vec<String> {
        json["hits"].as_array().unwrap().iter().map(|h| h["title"].as_str().unwrap().to_string()).collect()
    };
    let (status, oldest) = get(&c, "/api/search?q=harbour&sort=oldest").await;
    assert_eq!(status, StatusCode::OK, "{oldest}");
    let (_, newest) = get(&c, "/api/search?q=harbour&sort=date").await;
    let mut reversed = titles(&newest);
    reversed.reverse();
    assert_eq!(titles(&oldest), reversed);
    assert_eq!(titles(&oldest)[0], "Harbour reopens");
    // A count without hits, as Elasticsearch's size=0 and `search -n 0`.
    let (status, count) = get(&c, "/api/search?q=harbour&limit=0").await;
    assert_eq!(status, StatusCode::OK, "{count}");
    assert_eq!(count["total"], 3);
    assert_eq!(count["hits"], serde_json::json!([]));
}

#[tokio::test]
async fn match_takes_any_or_some_of_the_words_as_the_cli_does() {
    let c = corpus();
    let total = |json: &serde_json::Value| json["total"].as_u64().unwrap();
    let (_, all) = get(&c, "/api/search?q=harbour%20snow").await;
    assert_eq!(total(&all), 0, "{all}");
    let (status, any) = get(&c, "/api/search?q=harbour%20snow&match=any").await;
    assert_eq!(status, StatusCode::OK, "{any}");
    assert_eq!(total(&any), 4, "{any}");
    let (_, timeline) = get(&c, "/api/timeline?q=harbour%20snow&match=any&by=month").await;
    assert_eq!(timeline["articles"], 4, "{timeline}");
    let months: u64 =
        timeline["periods"].as_array().unwrap().iter().map(|p| p["articles"].as_u64().unwrap()).sum();
    assert_eq!(months, 4, "{timeline}");
    // It says how it was made, as `timeline --json` does.
    assert_eq!(
        (&timeline["request"]["match"], &timeline["request"]["query"]),
        (&"any".into(), &"harbour snow".into())
    );
    // What a date filter leaves out for having no date: none here, every article is dated.
    let (_, dated) = get(&c, "/api/search?q=harbour&since=2026-02").await;
    assert_eq!((dated["total"].as_u64(), dated["undated_left_out"].as_u64()), (Some(2), Some(0)), "{dated}");
    let (_, lower) = get(&c, "/api/search?q=harbour%20or%20snow").await;
    assert_eq!(
        lower["notes"][0], "\"or\" is searched as a word: for either word, write OR (in capitals)",
        "{lower}"
    );
    let (status, bad) = get(&c, "/api/search?q=harbour&match=most").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(bad["error"].as_str().unwrap().starts_with("match: "), "{bad}");
}

#[tokio::test]
async fn similar_lists_the_articles_most_like_one_and_not_itself() {
    let c = corpus();
    let (_, found) = get(&c, "/api/search?q=budget").await;
    let uid = found["hits"][0]["uid"].as_str().unwrap().to_string();
    let (status, like) = get(&c, &format!("/api/similar/{uid}?limit=2")).await;
    assert_eq!(status, StatusCode::OK, "{like}");
    let hits = like["hits"].as_array().unwrap();
    assert!(!hits.is_empty() && hits.len() <= 2, "{like}");
    assert!(hits.iter().all(|h| h["uid"] != uid.as_str()), "not itself: {like}");
    // The other harbour story with Jacob Frey is the most alike.
    assert_eq!(hits[0]["title"], "Harbour reopens", "{like}");
    let (status, _) = get(&c, "/api/similar/00000000000000ff").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, bad) = get(&c, &format!("/api/similar/{uid}?q=x")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
}

#[tokio::test]
async fn articles_come_whole_by_uid_and_unknown_ids_are_404() {
    let c = corpus();
    let (_, search) = get(&c, "/api/search?q=snow").await;
    let uid = search["hits"][0]["uid"].as_str().unwrap().to_string();
    let (status, article) = get(&c, &format!("/api/article/{uid}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(article["title"], "Snow day");
    assert_eq!(article["body"], "Schools closed in Duluth for snow.");
    assert!(article.get("highlights").is_none(), "{article}");
    // Opened from a search: where its words are, in characters, as in search hits.
    let (status, marked) = get(&c, &format!("/api/article/{uid}?q=snows+OR+schools")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(marked["title_highlights"], serde_json::json!([[0, 4]]));
    assert_eq!(marked["highlights"], serde_json::json!([[0, 7], [29, 33]]));
    assert_eq!(get(&c, &format!("/api/article/{uid}?q=title:(snow")).await.0, StatusCode::BAD_REQUEST);
    assert_eq!(get(&c, &format!("/api/article/{uid}?limit=5")).await.0, StatusCode::BAD_REQUEST);
    assert_eq!(get(&c, "/api/article/0000000000000000").await.0, StatusCode::NOT_FOUND);
    assert_eq!(get(&c, "/api/article/not-an-id").await.0, StatusCode::BAD_REQUEST);
    // Not UTF-8: a JSON error too, as every other.
    let (status, json) = get(&c, "/api/article/%FF").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(json["error"].as_str().unwrap().contains("16 hex digits"), "{json}");
    assert!(get(&c, "/api/article/..%2F..%2Fetc%2Fpasswd").await.0.is_client_error());
    assert_eq!(get(&c, "/api/article/../../etc/passwd").await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn bad_requests_are_4xx_with_a_json_message() {
    let c = corpus();
    let long = "a".repeat(20_000);
    for (uri, want) in [
        ("/api/search?q=title:(harbour".to_string(), StatusCode::BAD_REQUEST),
        ("/api/search".to_string(), StatusCode::BAD_REQUEST),
        ("/api/search?q=harbour&limit=-1".to_string(), StatusCode::BAD_REQUEST),
        ("/api/search?q=harbour&limit=100000".to_string(), StatusCode::BAD_REQUEST),
        ("/api/search?q=harbour&offset=-5".to_string(), StatusCode::BAD_REQUEST),
        ("/api/search?q=harbour&sort=sideways".to_string(), StatusCode::BAD_REQUEST),
        ("/api/search?q=harbour&since=the%20day%20before".to_string(), StatusCode::BAD_REQUEST),
        ("/api/search?q=%FF%FE".to_string(), StatusCode::BAD_REQUEST),
        (format!("/api/search?q={long}"), StatusCode::URI_TOO_LONG),
        ("/api/nothing".to_string(), StatusCode::NOT_FOUND),
    ] {
        let (status, json) = get(&c, &uri).await;
        assert_eq!(status, want, "{uri}: {json}");
        assert!(json["error"].as_str().is_some_and(|e| !e.is_empty()), "{uri}: {json}");
    }
    let (_, json) = get(&c, "/api/search?q=title:(harbour").await;
    assert!(json["error"].as_str().unwrap().contains("invalid query"), "{json}");
    // A pasted paragraph in a script percent-encoded at 9 bytes a character is a query.
    let pasted = "%E6%9D%B1%E4%BA%AC".repeat(500);
    let (status, json) = get(&c, &format!("/api/search?q={pasted}")).await;
    assert_eq!(status, StatusCode::OK, "{json}");
}

#[tokio::test]
async fn people_and_health() {
    let c = corpus();
    let (status, json) = get(&c, "/api/people?with=walz").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(json["people"][0]["name"], "Jacob Frey");
    assert!(json["people"].as_array().unwrap().iter().all(|p| p["name"] != "Tim Walz"));
    let (status, health) = get(&c, "/api/health").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!((health["articles"].clone(), health["documents"].clone()), (4.into(), 4.into()));
}

#[tokio::test]
async fn the_api_lists_its_routes_and_each_answers() {
    let c = corpus();
    let (status, index) = get(&c, "/api").await;
    assert_eq!(status, StatusCode::OK);
    let routes = index["routes"].as_array().unwrap();
    assert!(routes.len() >= 9, "{index}");
    let search = routes.iter().find(|r| r["path"] == "/api/search").unwrap();
    assert!(search["parameters"].as_array().unwrap().iter().any(|p| p == "offset"), "{search}");
    // Each route listed is there and takes the parameters it lists (an unknown one is a 400).
    for route in routes {
        let path = route["path"].as_str().unwrap().replace("{uid}", "0000000000000000");
        let (status, answer) = get(&c, &path).await;
        assert_ne!(status, StatusCode::METHOD_NOT_ALLOWED, "{path}: {answer}");
        assert!(answer["error"] != "no such page", "{path}: {answer}");
        for parameter in route["parameters"].as_array().unwrap() {
            let (status, answer) = get(&c, &format!("{path}?{}=", parameter.as_str().unwrap())).await;
            assert!(
                !answer["error"].as_str().unwrap_or("").contains("unknown"),
                "{path} {parameter}: {status} {answer}"
            );
        }
    }
}

#[tokio::test]
async fn a_full_name_listed_with_its_surname_alone_filters_to_its_count() {
    let c = Corpus::new();
    c.write("1.txt", "Budget plan\n\nPresident Ronald Reagan sent the budget plan to Congress.\n");
    for n in 2..5 {
        c.write(
            &format!("{n}.txt"),
            format!("Veto threat {n}\n\nPresident Reagan said he would veto the bill.\n"),
        );
    }
    c.ingest();
    let (_, facets) = get(&c, "/api/search?q=president").await;
    assert_eq!(facets["facets"]["people"][0]["name"], "Ronald Reagan", "{facets}");
    assert_eq!(facets["facets"]["people"][0]["articles"], 4, "{facets}");
    let (_, picked) = get(&c, "/api/search?person=Ronald%20Reagan&exact=1&collapse=0").await;
    assert_eq!(picked["total"], 4, "{picked}");
}

#[tokio::test]
async fn name_lists_page_and_routes_refuse_what_they_would_ignore() {
    let c = corpus();
    let names = |json: &serde_json::Value| -> Vec<String> {
        json["people"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap().to_string()).collect()
    };
    let (_, all) = get(&c, "/api/people").await;
    let (status, second) = get(&c, "/api/people?limit=1&offset=1").await;
    assert_eq!(status, StatusCode::OK, "{second}");
    assert_eq!(names(&second), names(&all)[1..2], "{all}");
    // A listing may ask for no names: the count of matching articles alone.
    let (status, none) = get(&c, "/api/people?limit=0").await;
    assert_eq!(status, StatusCode::OK, "{none}");
    assert!(names(&none).is_empty() && none["articles"] == all["articles"], "{none}");
    let (status, json) = get(&c, "/api/people?limit=101").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(json["error"], "limit must be a whole number from 0 to 100", "{json}");
    for uri in ["/api/timeline?q=harbour&offset=5", "/api/people?sort=date", "/api/health?limt=1"] {
        let (status, json) = get(&c, uri).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}: {json}");
        assert!(json["error"].as_str().unwrap().contains("unknown parameter"), "{uri}: {json}");
    }
    let (_, hits) = get(&c, "/api/search?q=harbour").await;
    let uid = hits["hits"][0]["uid"].as_str().unwrap();
    let (status, _) = get(&c, &format!("/api/article/{uid}?limt=1")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn timeline_answers_like_the_cli() {
    let c = corpus();
    let (status, json) = get(&c, "/api/timeline?q=harbour").await;
    assert_eq!(status, StatusCode::OK, "{json}");
    assert_eq!((json["query"].as_str(), json["by"].as_str()), (Some("harbour"), Some("month")));
    assert_eq!((json["articles"].as_u64(), json["undated"].as_u64()), (Some(3), Some(0)));
    let months: Vec<(&str, u64)> = json["periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["period"].as_str().unwrap(), p["articles"].as_u64().unwrap()))
        .collect();
    assert_eq!(months, [("2026-01", 1), ("2026-02", 1), ("2026-03", 1)]);
    let (_, days) = get(&c, "/api/timeline?by=day&place=duluth").await;
    assert_eq!(days["periods"][0]["start"], "2026-02-20", "{days}");
    let (status, json) = get(&c, "/api/timeline?by=fortnight").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(json["error"].as_str().unwrap().contains("fortnight"), "{json}");
    // The request echoed is the CLI's, word for word, for the counts and the name lists.
    for (route, command) in [("timeline", "timeline"), ("people", "people")] {
        let (_, api) = get(&c, &format!("/api/{route}?q=harbour&since=2026-02")).await;
        let cli = c.cmd(&[command, "--json", "harbour", "--since", "2026-02"]).output().unwrap();
        let cli: serde_json::Value = serde_json::from_slice(&cli.stdout).unwrap();
        assert_eq!(api["request"], cli["request"], "{route}");
        assert_eq!(api["request"]["collapse"], false, "articles are counted, copies and all");
    }
    // A week cut by `since` says the days it counts, as the CLI's does.
    let (_, api) = get(&c, "/api/timeline?q=harbour&since=2026-02-20&by=week").await;
    let cli =
        c.cmd(&["timeline", "--json", "harbour", "--since", "2026-02-20", "--by", "week"]).output().unwrap();
    let cli: serde_json::Value = serde_json::from_slice(&cli.stdout).unwrap();
    assert_eq!(api["periods"], cli["periods"]);
    assert_eq!(api["periods"][0]["partial"], true, "{api}");
    assert_eq!(api["notes"], cli["notes"]);
}

#[tokio::test]
async fn hostile_text_comes_back_as_data() {
    let c = corpus();
    let (_, json) = get(&c, "/api/search?q=harbour&since=2026-03").await;
    assert_eq!(json["hits"][0]["title"], "<script>alert('x')</script> harbour");
}

#[tokio::test(flavor = "multi_thread")]
async fn new_commits_show_up_without_a_restart() {
    let c = corpus();
    let state = newsdex::serve::AppState::open(&c.index()).unwrap();
    assert_eq!(get_with(state.clone(), "/api/search?q=ferry").await.1["total"], 0);
    c.write("d.txt", "Ferry returns\n\nThe ferry returned.\n");
    c.ingest();
    let started = Instant::now();
    loop {
        if get_with(state.clone(), "/api/search?q=ferry").await.1["total"] == 1 {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "the server never saw the new commit");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_keeps_answering_through_a_purge_and_serves_the_purged_index_after() {
    let c = corpus();
    let state = newsdex::serve::AppState::open(&c.index()).unwrap();
    std::fs::remove_file(c.root().join("c.txt")).unwrap();
    c.ingest();
    let started = Instant::now();
    while get_with(state.clone(), "/api/search?q=duluth").await.1["total"] != 0 {
        assert!(started.elapsed() < Duration::from_secs(10), "the server never saw the removal");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // The files it reads are deleted under it: it answers from them until it reloads.
    c.cmd(&["purge"]).assert().success();
    let (status, json) = get_with(state.clone(), "/api/search?q=harbour").await;
    assert_eq!((status, json["total"].clone()), (StatusCode::OK, 3.into()), "{json}");
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let (status, json) = get_with(state.clone(), "/api/search?q=harbour&person=frey").await;
    assert_eq!((status, json["total"].clone()), (StatusCode::OK, 2.into()), "{json}");
    let (_, json) = get_with(state, "/api/search?q=duluthh").await;
    assert!(!json.to_string().contains("duluth\\\""), "{json}");
}

#[tokio::test]
async fn the_page_and_its_assets_are_served_without_other_origins() {
    let c = corpus();
    let state = newsdex::serve::AppState::open(&c.index()).unwrap();
    let response =
        newsdex::serve::router(state).oneshot(Request::get("/").body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let csp = response.headers()["content-security-policy"].to_str().unwrap().to_string();
    assert!(csp.contains("default-src 'self'"), "{csp}");
    let html = String::from_utf8(response.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
    // Relative: a reverse proxy may serve the page under a path of its own.
    assert!(html.contains(r#"src="app.js""#) && !html.contains("http://") && !html.contains("https://"));
}

/// Sends any request and returns the status, the headers and the body as JSON.
async fn send(c: &Corpus, request: Request<Body>) -> (StatusCode, axum::http::HeaderMap, serde_json::Value) {
    let state = newsdex::serve::AppState::open(&c.index()).unwrap();
    let response = newsdex::serve::router(state).oneshot(request).await.unwrap();
    let (parts, body) = response.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes();
    (parts.status, parts.headers, serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null))
}

#[tokio::test]
async fn the_month_histogram_lists_empty_months_at_zero() {
    let c = Corpus::new();
    c.write("a.txt", "Harbour freezes\n\nPublished: 2025-11-04\n\nThe harbour froze early.\n");
    c.write("b.txt", "Harbour thaws\n\nPublished: 2026-02-10\n\nThe harbour thawed.\n");
    c.ingest();
    let (status, json) = get(&c, "/api/search?q=harbour").await;
    assert_eq!(status, StatusCode::OK, "{json}");
    assert_eq!(
        json["months"],
        serde_json::json!([
            {"month": "2025-11", "articles": 1},
            {"month": "2025-12", "articles": 0},
            {"month": "2026-01", "articles": 0},
            {"month": "2026-02", "articles": 1},
        ])
    );
    // A year bar asks for since=YYYY&until=YYYY.
    let (status, json) = get(&c, "/api/search?q=harbour&since=2025&until=2025").await;
    assert_eq!((status, json["total"].as_u64()), (StatusCode::OK, Some(1)), "{json}");
}

#[tokio::test]
async fn yes_no_parameters_take_the_usual_spellings_and_refuse_others() {
    let c = corpus();
    for flag in ["fuzzy", "collapse", "facets"] {
        for v in ["1", "0", "true", "FALSE", "yes", "No", "on", "OFF"] {
            let (status, json) = get(&c, &format!("/api/search?q=harbour&{flag}={v}")).await;
            assert_eq!(status, StatusCode::OK, "{flag}={v}: {json}");
        }
        let (status, json) = get(&c, &format!("/api/search?q=harbour&{flag}=maybe")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{flag}=maybe: {json}");
        let message = json["error"].as_str().unwrap();
        assert!(message.contains(flag) && message.contains("maybe"), "{message}");
    }
    let (_, off) = get(&c, "/api/search?q=harbour&facets=Off").await;
    assert!(off.get("facets").is_none() && off.get("months").is_none(), "{off}");
    let (_, on) = get(&c, "/api/search?q=harbour&facets=YES").await;
    assert!(on.get("facets").is_some(), "{on}");
    let (_, fuzzy) = get(&c, "/api/search?q=harbor&fuzzy=on").await;
    assert!(fuzzy["total"].as_u64().unwrap() > 0, "fuzzy=on finds harbour from harbor: {fuzzy}");
}

#[tokio::test]
async fn every_bad_limit_gives_the_same_range() {
    let c = corpus();
    for limit in ["101", "-1", "ten"] {
        let (status, json) = get(&c, &format!("/api/search?q=harbour&limit={limit}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "limit={limit}");
        assert_eq!(json["error"], "limit must be a whole number from 0 to 100", "limit={limit}");
    }
    let (status, _) = get(&c, "/api/search?q=harbour&limit=100").await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn other_methods_are_a_json_405() {
    let c = corpus();
    for (method, uri) in
        [("POST", "/api/search?q=harbour"), ("DELETE", "/api/article/0000000000000000"), ("PUT", "/")]
    {
        let request = Request::builder().method(method).uri(uri).body(Body::empty()).unwrap();
        let (status, headers, json) = send(&c, request).await;
        assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED, "{method} {uri}");
        assert!(json["error"].as_str().is_some_and(|e| e.contains(method)), "{method} {uri}: {json}");
        assert!(headers["allow"].to_str().unwrap().contains("GET"), "{method} {uri}: {headers:?}");
    }
}

#[tokio::test]
async fn article_ids_are_taken_in_either_case() {
    let c = corpus();
    let (_, search) = get(&c, "/api/search?q=snow").await;
    let uid = search["hits"][0]["uid"].as_str().unwrap().to_string();
    let (status, article) = get(&c, &format!("/api/article/{}", uid.to_ascii_uppercase())).await;
    assert_eq!(status, StatusCode::OK, "{article}");
    assert_eq!((article["title"].as_str(), article["uid"].as_str()), (Some("Snow day"), Some(uid.as_str())));
}

#[tokio::test]
async fn an_article_link_pasted_with_punctuation_after_it_still_opens() {
    let c = corpus();
    let (_, search) = get(&c, "/api/search?q=snow").await;
    let uid = search["hits"][0]["uid"].as_str().unwrap().to_string();
    // As a link shared in a sentence ends: a full stop, a bracket, a space, a comma.
    for tail in [".", ")", "%20", ",", ").", "%0A"] {
        let (status, article) = get(&c, &format!("/api/article/{uid}{tail}")).await;
        assert_eq!(status, StatusCode::OK, "{tail}: {article}");
        assert_eq!(article["uid"].as_str(), Some(uid.as_str()), "{tail}");
        assert_eq!(get(&c, &format!("/api/similar/{uid}{tail}")).await.0, StatusCode::OK, "{tail}");
    }
    // Digits missing or wrong are still no id.
    assert_eq!(get(&c, &format!("/api/article/{}.", &uid[..15])).await.0, StatusCode::BAD_REQUEST);
    assert_eq!(get(&c, &format!("/api/article/{uid}0")).await.0, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_page_s_files_are_revalidated_by_etag_and_not_sent_again() {
    let c = corpus();
    for uri in ["/", "/app.js", "/app.css", "/favicon.svg"] {
        let ask = |tag: Option<&str>| {
            let mut request = Request::get(uri);
            if let Some(tag) = tag {
                request = request.header("if-none-match", tag);
            }
            request.body(Body::empty()).unwrap()
        };
        let state = newsdex::serve::AppState::open(&c.index()).unwrap();
        let first = newsdex::serve::router(state.clone()).oneshot(ask(None)).await.unwrap();
        assert_eq!(first.status(), StatusCode::OK, "{uri}");
        assert_eq!(first.headers()["cache-control"], "no-cache", "{uri}");
        let tag = first.headers()["etag"].to_str().unwrap().to_string();
        assert!(tag.starts_with('"') && tag.ends_with('"') && tag.len() > 2, "{uri}: {tag}");
        // The browser's second visit: the same file is a 304 without a body.
        let again = newsdex::serve::router(state.clone()).oneshot(ask(Some(&tag))).await.unwrap();
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED, "{uri}");
        assert_eq!(again.headers()["etag"], tag.as_str(), "{uri}");
        assert!(again.into_body().collect().await.unwrap().to_bytes().is_empty(), "{uri}");
        // Another version's tag (an older binary's file): the file itself.
        let other = newsdex::serve::router(state).oneshot(ask(Some("\"0123456789abcdef\""))).await.unwrap();
        assert_eq!(other.status(), StatusCode::OK, "{uri}");
        assert!(!other.into_body().collect().await.unwrap().to_bytes().is_empty(), "{uri}");
    }
}

#[tokio::test]
async fn the_page_has_an_icon() {
    let c = corpus();
    for uri in ["/favicon.svg", "/favicon.ico"] {
        let state = newsdex::serve::AppState::open(&c.index()).unwrap();
        let response = newsdex::serve::router(state)
            .oneshot(Request::get(uri).body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{uri}");
        assert_eq!(response.headers()["content-type"], "image/svg+xml", "{uri}");
        let svg = response.into_body().collect().await.unwrap().to_bytes();
        assert!(svg.starts_with(b"<svg"), "{uri}");
    }
    let state = newsdex::serve::AppState::open(&c.index()).unwrap();
    let response =
        newsdex::serve::router(state).oneshot(Request::get("/").body(Body::empty()).unwrap()).await.unwrap();
    let csp = response.headers()["content-security-policy"].to_str().unwrap().to_string();
    assert!(csp.contains("img-src 'self'"), "the policy lets the page load its icon: {csp}");
    let html = String::from_utf8(response.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
    assert!(html.contains(r#"<link rel="icon" href="favicon.svg""#), "{html}");
}

#[tokio::test]
async fn a_local_server_answers_only_for_local_names_and_refuses_unknown_parameters() {
    let c = corpus();
    let state = newsdex::serve::AppState::open(&c.index()).unwrap();
    let ask = |at: &str, host: &str, uri: &str| {
        let app = newsdex::serve::router_at(state.clone(), at.parse().unwrap(), &[], &[]).unwrap();
        let request = Request::get(uri).header("host", host).body(Body::empty()).unwrap();
        async move {
            let response = app.oneshot(request).await.unwrap();
            let status = response.status();
            let bytes = response.into_body().collect().await.unwrap().to_bytes();
            (status, serde_json::from_slice::<serde_json::Value>(&bytes).unwrap_or_default())
        }
    };
    // A page elsewhere that points its own name at 127.0.0.1 (DNS rebinding) gets nothing.
    let (status, json) = ask("127.0.0.1:7878", "attacker.example:7878", "/api/search?q=harbour").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{json}");
    assert!(json["error"].as_str().unwrap().contains("answers for localhost, IP addresses"), "{json}");
    for host in ["localhost:7878", "127.0.0.1:7878"] {
        assert_eq!(ask("127.0.0.1:7878", host, "/api/search?q=harbour").await.0, StatusCode::OK, "{host}");
    }
    // Serving other machines, by name, is the user's choice.
    assert_eq!(ask("0.0.0.0:7878", "newsroom.example:7878", "/api/search?q=harbour").await.0, StatusCode::OK);
    // Behind a reverse proxy that passes its public name on, that name is allowed, and the
    // refusal says how to allow it.
    let (status, json) = ask("127.0.0.1:7878", "News.Example.com", "/api/health").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{json}");
    assert!(json["error"].as_str().unwrap().contains("--allow-host news.example.com"), "{json}");
    // Named with --allow-host: on loopback behind a proxy, and serving other machines.
    for at in ["127.0.0.1:7878", "0.0.0.0:7878"] {
        let proxied = |host: &'static str| {
            let app = newsdex::serve::router_at(
                state.clone(),
                at.parse().unwrap(),
                &[],
                &["news.example.com".to_string()],
            )
            .unwrap();
            async move {
                let request =
                    Request::get("/api/search?q=harbour").header("host", host).body(Body::empty()).unwrap();
                app.oneshot(request).await.unwrap().status()
            }
        };
        assert_eq!(proxied("news.example.com").await, StatusCode::OK, "{at}");
        assert_eq!(proxied("NEWS.example.com:443").await, StatusCode::OK, "{at}");
        assert_eq!(proxied("localhost").await, StatusCode::OK, "{at}");
        assert_eq!(proxied("192.0.2.7:7878").await, StatusCode::OK, "{at}");
        assert_eq!(proxied("attacker.example").await, StatusCode::FORBIDDEN, "{at}");
    }

    // Every answer, JSON and errors too, says its type is not to be guessed.
    let app = newsdex::serve::router_at(state.clone(), "127.0.0.1:7878".parse().unwrap(), &[], &[]).unwrap();
    for uri in ["/api/search?q=harbour", "/api/search?since=banana", "/nowhere"] {
        let request = Request::get(uri).header("host", "localhost").body(Body::empty()).unwrap();
        let response = app.clone().oneshot(request).await.unwrap();
        assert_eq!(response.headers()["x-content-type-options"], "nosniff", "{uri}");
    }

    // A misspelt or repeated parameter is refused, not ignored.
    let (status, json) = get(&c, "/api/search?q=harbour&limt=1").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(json["error"].as_str().unwrap().contains("unknown parameter \"limt\""), "{json}");
    let (status, json) = get(&c, "/api/search?q=harbour&q=snow").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(json["error"].as_str().unwrap().contains("q is given twice"), "{json}");
    assert_eq!(get(&c, "/api/timeline?q=harbour&with=frey").await.0, StatusCode::BAD_REQUEST);
    assert_eq!(get(&c, "/api/people?q=harbour&with=frey").await.0, StatusCode::OK);
    assert_eq!(get(&c, "/api/search?q=harbour&person=frey&person=walz&facets=0").await.0, StatusCode::OK);
    // A year of two digits is no date (it was the year 26, and kept every article).
    assert_eq!(get(&c, "/api/search?q=harbour&since=26-01-01").await.0, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_site_as_listed_keeps_to_that_host_as_its_count_says() {
    let c = Corpus::new();
    c.write("export.jsonl", crate::util::SITES_EXPORT);
    c.ingest();
    let (_, listed) = get(&c, "/api/sites?exact=1").await;
    let count = |name: &str| {
        listed["sites"].as_array().unwrap().iter().find(|s| s["name"] == name).unwrap()["articles"].clone()
    };
    assert_eq!(count("ledger.example"), 1, "{listed}");
    // The page's click (exact=1) gives the count beside the name; without it, a site is
    // every host under it.
    assert_eq!(get(&c, "/api/search?site=ledger.example&exact=1").await.1["total"], 1);
    assert_eq!(get(&c, "/api/search?site=ledger.example").await.1["total"], 2);
}

#[tokio::test]
async fn a_name_listed_once_for_its_forms_with_and_without_dots_finds_them_all() {
    let c = Corpus::new();
    c.write("a.txt", "Vote\n\nDiplomats at the U.N. Security Council voted on Tuesday.\n");
    c.write("b.txt", "Vote again\n\nDiplomats at the U.N. Security Council voted on Wednesday.\n");
    c.write("c.txt", "Vote two\n\nDiplomats at the UN Security Council voted again on Friday.\n");
    c.ingest();
    let (_, all) = get(&c, "/api/search?q=*").await;
    let orgs = all["facets"]["organizations"].as_array().unwrap();
    let listed = orgs.iter().find(|o| o["name"] == "U.N. Security Council").unwrap();
    assert_eq!(listed["articles"], 3, "{orgs:?}");
    assert!(!orgs.iter().any(|o| o["name"] == "UN Security Council"), "{orgs:?}");
    // Clicked on the page (exact=1), the name finds the articles it counts.
    let (_, exact) = get(&c, "/api/search?q=*&org=U.N.%20Security%20Council&exact=1").await;
    assert_eq!(exact["total"], 3, "{exact}");
}

#[tokio::test]
async fn pages_from_an_allowed_origin_may_call_the_api_and_others_may_not() {
    let c = corpus();
    let state = newsdex::serve::AppState::open(&c.index()).unwrap();
    let allowed = ["http://localhost:3000".to_string()];
    let ask = |origins: &[String], request: Request<Body>| {
        let app = newsdex::serve::router_at(state.clone(), "127.0.0.1:7878".parse().unwrap(), origins, &[])
            .unwrap();
        async move { app.oneshot(request).await.unwrap() }
    };
    let from = |origin: &str| {
        Request::get("/api/search?q=harbour")
            .header("host", "localhost:7878")
            .header("origin", origin)
            .body(Body::empty())
            .unwrap()
    };
    let allow_origin = |response: &axum::response::Response| {
        response.headers().get("access-control-allow-origin").map(|v| v.to_str().unwrap().to_string())
    };
    let response = ask(&allowed, from("http://localhost:3000")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(allow_origin(&response).as_deref(), Some("http://localhost:3000"));
    // Another page's script gets no leave to read the answer; nor any, without the option.
    assert_eq!(allow_origin(&ask(&allowed, from("http://elsewhere.example")).await), None);
    assert_eq!(allow_origin(&ask(&[], from("http://localhost:3000")).await), None);
    // The browser's preflight is answered.
    let preflight = Request::builder()
        .method("OPTIONS")
        .uri("/api/search?q=harbour")
        .header("host", "localhost:7878")
        .header("origin", "http://localhost:3000")
        .header("access-control-request-method", "GET")
        .header("access-control-request-headers", "authorization, x-requested-with")
        .body(Body::empty())
        .unwrap();
    let response = ask(&allowed, preflight).await;
    assert!(response.status().is_success(), "{:?}", response.status());
    assert_eq!(allow_origin(&response).as_deref(), Some("http://localhost:3000"));
    // The headers the script sends (a proxy's Authorization) are let through.
    let headers =
        response.headers().get("access-control-allow-headers").map(|v| v.to_str().unwrap().to_lowercase());
    assert_eq!(headers.as_deref(), Some("authorization, x-requested-with"));
    assert!(response.headers().get("access-control-max-age").is_some());
    // `*`: any page.
    let response = ask(&["*".to_string()], from("http://elsewhere.example")).await;
    assert_eq!(allow_origin(&response).as_deref(), Some("*"));
    // `https://*.example.org`: its subdomains, with the same scheme, not the domain itself.
    let subdomains = ["https://*.example.org".to_string()];
    let response = ask(&subdomains, from("https://cms.example.org")).await;
    assert_eq!(allow_origin(&response).as_deref(), Some("https://cms.example.org"));
    for other in [
        "https://example.org",
        "http://cms.example.org",
        "https://cms.example.org.evil.test",
        "https://evilexample.org",
    ] {
        assert_eq!(allow_origin(&ask(&subdomains, from(other)).await), None, "{other}");
    }
}

/// Garbles the middle half of every file of the index's document stores, as a bad disk
/// block or a copy cut off in the middle would.
fn garble_the_stores(index: &std::path::Path) {
    for entry in std::fs::read_dir(index).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "store") {
            let mut bytes = std::fs::read(&path).unwrap();
            let len = bytes.len();
            for b in &mut bytes[len / 4..len * 3 / 4] {
                *b ^= 0x5A;
            }
            std::fs::write(&path, bytes).unwrap();
        }
    }
}

#[tokio::test]
async fn a_garbled_index_file_is_named_by_the_api_and_the_cli() {
    let c = corpus();
    garble_the_stores(&c.index());
    let (status, json) = get(&c, "/api/search?q=harbour").await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR, "{json}");
    let error = json["error"].as_str().unwrap();
    assert!(error.contains("is damaged (its file") && error.contains(".store is garbled"), "{error}");
    assert!(error.contains("newsdex ingest --rebuild"), "{error}");
    let out = c.cmd(&["search", "harbour"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(".store is garbled): rebuild it with `newsdex ingest --rebuild`"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn the_server_logs_each_request_and_stops_cleanly_on_sigterm() {
    use std::io::{BufRead, BufReader, Read, Write};
    let c = corpus();
    let mut server = std::process::Command::new(env!("CARGO_BIN_EXE_newsdex"))
        .arg("--index")
        .arg(c.index())
        .args(["serve", "--addr", "127.0.0.1:0"])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(server.stderr.take().unwrap());
    let mut first = String::new();
    stderr.read_line(&mut first).unwrap();
    let address = first.split("http://").nth(1).and_then(|rest| rest.split('/').next()).unwrap().to_string();
    let mut stream = std::net::TcpStream::connect(&address).unwrap();
    write!(stream, "GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    // A second server on the same port says what to do (`--port` is `--addr`, as many
    // servers call it).
    let port = address.rsplit(':').next().unwrap();
    let second = std::process::Command::new(env!("CARGO_BIN_EXE_newsdex"))
        .arg("--index")
        .arg(c.index())
        .args(["serve", "--port", port])
        .output()
        .unwrap();
    assert_eq!(second.status.code(), Some(2));
    let said = String::from_utf8_lossy(&second.stderr);
    assert!(said.contains("uses that port; give another with --addr 127.0.0.1:PORT"), "{said}");
    // What `systemctl stop` and `docker stop` send.
    let killed =
        std::process::Command::new("kill").args(["-TERM", &server.id().to_string()]).status().unwrap();
    assert!(killed.success());
    let status = server.wait().unwrap();
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    assert!(status.success(), "{status:?}: {rest}");
    assert!(rest.contains("127.0.0.1 \"GET /api/health\" 200"), "{rest}");
    assert!(rest.trim_end().ends_with("newsdex: stopped serving"), "{rest}");
}

#[tokio::test]
async fn answers_are_gzipped_when_asked_and_the_page_cannot_be_framed() {
    let c = corpus();
    let state = newsdex::serve::AppState::open(&c.index()).unwrap();
    let app = newsdex::serve::router_at(state, "127.0.0.1:7878".parse().unwrap(), &[], &[]).unwrap();
    let ask = |request: Request<Body>| {
        let app = app.clone();
        async move { app.oneshot(request).await.unwrap() }
    };
    let gzipped = ask(Request::get("/api/search?q=harbour")
        .header("host", "localhost:7878")
        .header("accept-encoding", "gzip")
        .body(Body::empty())
        .unwrap())
    .await;
    assert_eq!(gzipped.status(), StatusCode::OK);
    assert_eq!(gzipped.headers()["content-encoding"], "gzip");
    let bytes = gzipped.into_body().collect().await.unwrap().to_bytes();
    let mut json = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut json).unwrap();
    assert_eq!(serde_json::from_str::<serde_json::Value>(&json).unwrap()["total"], 3);

    let page = ask(Request::get("/").header("host", "localhost").body(Body::empty()).unwrap()).await;
    assert_eq!(page.headers()["x-frame-options"], "DENY");
    let csp = page.headers()["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");

    // HTTP/1.1 names its host once: none, or two, is a bad request.
    let no_host = ask(Request::get("/api/health").body(Body::empty()).unwrap()).await;
    assert_eq!(no_host.status(), StatusCode::BAD_REQUEST);
    let two = ask(Request::get("/api/health")
        .header("host", "localhost")
        .header("host", "evil.example")
        .body(Body::empty())
        .unwrap())
    .await;
    assert_eq!(two.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_facet_counts_what_picking_it_gives_on_a_real_archive() {
    let (Some(bbc), Some(reuters)) =
        (crate::util::shared_corpus("bbc"), crate::util::shared_corpus("reuters21578"))
    else {
        return;
    };
    let c = Corpus::new();
    c.cmd(&["ingest", bbc.to_str().unwrap(), reuters.to_str().unwrap()]).assert().success();
    let state = newsdex::serve::AppState::open(&c.index()).unwrap();
    // A search of a few thousand articles, over segments each naming thousands of people:
    // every count shown is the articles that picking the name gives.
    let (_, oil) = get_with(state.clone(), "/api/search?q=oil&limit=0").await;
    for (kind, param) in [("people", "person"), ("organizations", "org"), ("places", "place")] {
        for facet in oil["facets"][kind].as_array().unwrap() {
            let name = facet["name"].as_str().unwrap();
            let uri =
                format!("/api/search?q=oil&{param}={}&exact=1&limit=0&facets=0", name.replace(' ', "%20"));
            let (_, picked) = get_with(state.clone(), &uri).await;
            assert_eq!(picked["total"], facet["articles"], "{kind} {name}");
        }
    }
    // Every story of a broad search is reachable by paging, past 10,000 too, in the order
    // of one export: the last page ends where `stories` says.
    let (_, all) = get_with(state.clone(), "/api/search?q=*&limit=0&facets=0").await;
    let stories = all["stories"].as_u64().unwrap();
    assert!(stories > 20_000, "{all}");
    let (status, last) =
        get_with(state.clone(), &format!("/api/search?q=*&limit=100&offset={}&facets=0", stories - 3)).await;
    assert_eq!(status, StatusCode::OK, "{last}");
    assert_eq!(last["hits"].as_array().unwrap().len(), 3, "{last}");
    let (status, past) = get_with(state.clone(), "/api/search?q=*&limit=10&offset=1000000&facets=0").await;
    assert_eq!((status, past["hits"].as_array().unwrap().len()), (StatusCode::OK, 0), "{past}");
}

#[tokio::test]
async fn a_zone_given_with_a_date_is_said_in_the_notes() {
    let c = corpus();
    let (status, json) = get(&c, "/api/search?q=harbour&since=2026-01-01T09:00:00Z").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        json["notes"],
        serde_json::json!([
            "since: the offset or zone is not applied: a time is compared with each article's own clock as published"
        ])
    );
}

#[tokio::test]
async fn a_long_article_marks_its_first_ten_thousand_matches_and_says_there_are_more() {
    let c = Corpus::new();
    c.write(
        "long.txt",
        format!("Minutes of the harbour board\n\n{}\n", "The harbour was busy. ".repeat(12_000)),
    );
    c.write("short.txt", "Harbour note\n\nThe harbour was quiet.\n");
    c.ingest();
    let (_, found) = get(&c, "/api/search?q=minutes").await;
    let uid = found["hits"][0]["uid"].as_str().unwrap().to_string();
    let (status, long) = get(&c, &format!("/api/article/{uid}?q=harbour")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(long["highlights"].as_array().unwrap().len(), 10_000);
    assert_eq!(long["highlights"][0], serde_json::json!([4, 11]));
    assert_eq!(long["highlights_cut"], true);
    let (_, found) = get(&c, "/api/search?q=quiet").await;
    let uid = found["hits"][0]["uid"].as_str().unwrap().to_string();
    let (_, short) = get(&c, &format!("/api/article/{uid}?q=harbour")).await;
    assert_eq!(short["highlights"], serde_json::json!([[4, 11]]));
    assert!(short.get("highlights_cut").is_none(), "{short}");
}

#[tokio::test]
async fn an_index_gone_from_under_the_server_is_unavailable_not_an_error() {
    let c = corpus();
    let state = newsdex::serve::AppState::open(&c.index()).unwrap();
    std::fs::remove_dir_all(c.index()).unwrap();
    let (status, health) = get_with(state.clone(), "/api/health").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(health["status"], "unavailable");
    assert!(health["error"].as_str().unwrap().contains("is gone"), "{health}");
    let (status, answer) = get_with(state, "/api/search?q=harbour&facets=0").await;
    assert_ne!(status, StatusCode::INTERNAL_SERVER_ERROR, "{answer}");
}

#[tokio::test]
async fn filters_that_take_many_values_take_them_repeated() {
    let c = corpus();
    let (status, json) = get(&c, "/api/search?q=harbour&lang=en&lang=de&folder=a&folder=b&url=https://x.example/a&url=https://x.example/b").await;
    assert_eq!(status, StatusCode::OK, "{json}");
    assert_eq!(json["request"]["lang"], serde_json::json!(["en", "de"]));
    let (status, json) = get(&c, "/api/search?q=harbour&lang=en&lang=de").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(json["total"], 3, "{json}");
}

#[tokio::test]
async fn copies_and_articles_are_placed_from_the_folder_ingested() {
    // The page shows no server paths: an article, and each copy of a hit, says where it is
    // from the folder ingested, as the hit's own relpath does.
    let c = Corpus::new();
    let story = "Quay closed\n\nPublished: 2026-02-12\n\nThe old quay is closed to cars during the works.\n";
    c.write("desk/quay.txt", story);
    c.write("wires/quay.txt", story);
    c.ingest();
    let (status, json) = get(&c, "/api/search?q=quay&facets=0").await;
    assert_eq!(status, StatusCode::OK, "{json}");
    let hit = &json["hits"][0];
    let (own, copy) = (hit["relpath"].as_str().unwrap(), hit["duplicate_relpaths"][0].as_str().unwrap());
    let mut places = [own, copy];
    places.sort_unstable();
    assert_eq!(places, ["articles/desk/quay.txt", "articles/wires/quay.txt"], "{hit}");
    assert!(hit["duplicates"][0].as_str().unwrap().ends_with(copy), "{hit}");
    let uid = hit["duplicate_uids"][0].as_str().unwrap();
    let (status, article) = get(&c, &format!("/api/article/{uid}")).await;
    assert_eq!(status, StatusCode::OK, "{article}");
    assert_eq!(article["relpath"], copy, "{article}");
    let (_, like) = get(&c, &format!("/api/similar/{uid}")).await;
    assert!(like["hits"].as_array().unwrap().iter().all(|h| h["duplicate_relpaths"].is_array()), "{like}");
}

#[tokio::test]
async fn a_name_found_under_another_kind_is_offered_alone_without_names_spelt_like_it() {
    let c = Corpus::new();
    c.write("wire.txt", "Wire story\n\nPublished: 2026-02-05\n\nThe ferry plan would go ahead, Reuters reported. Reuters said the port agreed.\n");
    c.write("bank.txt", "Bank view\n\nPublished: 2026-02-06\n\nMr Reuter said buses would run. Hans Reuter, the bank chairman, agreed with Mr Reuter.\n");
    c.ingest();
    // "Reuters" is no person, but an organization: that is what was meant, not the
    // person "Reuter" spelt like it.
    let (status, json) = get(&c, "/api/search?person=Reuters&exact=1").await;
    assert_eq!((status, json["total"].clone()), (StatusCode::OK, 0.into()), "{json}");
    let hints = json["hints"].to_string();
    assert!(hints.contains(r#"1 article names it as an organization: org \"Reuters\""#), "{hints}");
    assert!(!hints.contains("did you mean"), "{hints}");
    // The filter it names finds it.
    let (_, org) = get(&c, "/api/search?org=Reuters&exact=1").await;
    assert_eq!(org["total"], 1, "{org}");
    // Where no other kind has the name, names spelt like it are still offered.
    let (_, misspelt) = get(&c, "/api/search?person=Hans%20Reutter&exact=1").await;
    assert!(misspelt["hints"].to_string().contains(r#"did you mean \"Hans Reuter\""#), "{misspelt}");
}

#[tokio::test]
async fn a_note_gives_the_apis_own_parameter_that_finds_what_it_left_out() {
    let c = Corpus::new();
    c.write(
        "won.txt",
        "Thatcher wins\n\nMargaret Thatcher won the election on Thursday. Mrs Thatcher thanked voters.\n",
    );
    c.write("moscow.txt", "Thatcher in Moscow\n\nMargaret Thatcher met Mikhail Gorbachev in Moscow.\n");
    c.write("denis.txt", "Husband dies\n\nDenis Thatcher died on Thursday aged 88, his family said.\n");
    c.write("lords.txt", "Lords seat\n\nBaroness Thatcher took her seat in the House of Lords on Tuesday.\n");
    c.ingest();
    let (_, json) = get(&c, "/api/search?person=Margaret%20Thatcher&exact=1").await;
    let notes = json["notes"].to_string();
    // `exact=1`, as the API takes it (it said "exact-names", no parameter of the API's).
    assert!(notes.contains("person Thatcher exact=1 finds it") && !notes.contains("exact-names"), "{notes}");
    let (_, left_out) = get(&c, "/api/search?person=Thatcher&exact=1").await;
    assert_eq!(left_out["total"], 1, "{left_out}");
    assert!(left_out["hits"][0]["path"].as_str().unwrap().ends_with("lords.txt"), "{left_out}");
}

#[tokio::test]
async fn sorted_by_date_the_answer_says_how_many_undated_come_last_and_from_where() {
    let c = corpus();
    c.write("e.json", r#"{"title": "Harbour history", "text": "The harbour was dug in 1850."}"#);
    c.write("f.json", r#"{"title": "Harbour song", "text": "A song about the harbour."}"#);
    c.ingest();
    for sort in ["date", "oldest"] {
        let (status, json) = get(&c, &format!("/api/search?q=harbour&sort={sort}&limit=2")).await;
        assert_eq!(status, StatusCode::OK, "{json}");
        // 3 dated, then the 2 undated: results 4 and 5.
        assert_eq!(
            json["undated_listed_last"],
            serde_json::json!({"results": 2, "from": 4}),
            "{sort}: {json}"
        );
        let (_, last) = get(&c, &format!("/api/search?q=harbour&sort={sort}&offset=3")).await;
        assert!(last["hits"].as_array().unwrap().iter().all(|h| h["date"].is_null()), "{last}");
    }
    // By relevance, or with a date filter (which leaves the undated out), nothing to say.
    for asked in ["/api/search?q=harbour", "/api/search?q=harbour&sort=date&since=2026"] {
        let (_, json) = get(&c, asked).await;
        assert!(json.get("undated_listed_last").is_none(), "{asked}: {json}");
    }
    let (_, dated) = get(&c, "/api/search?q=snow&sort=date").await;
    assert!(dated.get("undated_listed_last").is_none(), "every match dated: {dated}");
}

#[tokio::test]
async fn stats_says_what_the_archive_holds_folder_by_folder() {
    let c = corpus();
    c.write("e.json", r#"{"title": "Harbour history", "text": "The harbour was dug in 1850."}"#);
    c.ingest();
    let (status, json) = get(&c, "/api/stats").await;
    assert_eq!(status, StatusCode::OK, "{json}");
    assert_eq!((json["articles"].as_u64(), json["undated"].as_u64()), (Some(5), Some(1)), "{json}");
    assert_eq!(json["first_date"].as_str().map(|d| &d[..10]), Some("2026-01-12"), "{json}");
    // The folder by the name its hits' places start with.
    let root = &json["roots"][0];
    assert_eq!(root["name"], "articles", "{json}");
    assert_eq!((root["articles"].as_u64(), root["undated"].as_u64()), (Some(5), Some(1)), "{json}");
    let (status, refused) = get(&c, "/api/stats?q=harbour").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{refused}");
    let (_, routes) = get(&c, "/api").await;
    assert!(routes.to_string().contains("/api/stats"), "{routes}");
}

#[tokio::test(flavor = "multi_thread")]
async fn stats_are_counted_once_for_each_commit_and_again_after_the_next() {
    // The server keeps a commit's stats (a tally of every name of each kind): a new
    // commit is counted again, and each `top` is its own answer.
    let c = corpus();
    let state = newsdex::serve::AppState::open(&c.index()).unwrap();
    let (status, before) = get_with(state.clone(), "/api/stats?top=1").await;
    assert_eq!(status, StatusCode::OK, "{before}");
    let articles = before["articles"].as_u64().unwrap();
    assert_eq!(before["top_people"].as_array().map(Vec::len), Some(1), "{before}");
    let (_, again) = get_with(state.clone(), "/api/stats?top=1").await;
    assert_eq!(again, before, "the same commit, the same answer");
    let (_, wider) = get_with(state.clone(), "/api/stats?top=5").await;
    assert!(wider["top_people"].as_array().unwrap().len() > 1, "{wider}");
    c.write("d.txt", "Ferry returns\n\nPublished: 2026-03-02\n\nThe ferry returned.\n");
    c.ingest();
    let started = Instant::now();
    while get_with(state.clone(), "/api/search?q=ferry").await.1["total"] != 1 {
        assert!(started.elapsed() < Duration::from_secs(10), "the server never saw the new commit");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let (_, after) = get_with(state.clone(), "/api/stats?top=1").await;
    assert_eq!(after["articles"].as_u64(), Some(articles + 1), "{after}");
    assert_eq!(after["roots"][0]["articles"].as_u64(), Some(articles + 1), "{after}");
    assert_eq!(after["last_date"].as_str().map(|d| &d[..10]), Some("2026-03-02"), "{after}");
}

#[tokio::test]
async fn the_page_says_how_to_search_in_a_short_box_hint_and_a_help_with_examples() {
    let c = corpus();
    let state = newsdex::serve::AppState::open(&c.index()).unwrap();
    let response =
        newsdex::serve::router(state).oneshot(Request::get("/").body(Body::empty()).unwrap()).await.unwrap();
    let html = String::from_utf8(response.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
    let placeholder = html.split(r#"id="q""#).nth(1).and_then(|s| s.split("placeholder=\"").nth(1)).unwrap();
    let placeholder = &placeholder[..placeholder.find('"').unwrap()];
    // Short enough for the box, and no syntax a reader has not been shown.
    assert!(
        placeholder.chars().count() <= 40 && !placeholder.contains('~') && !placeholder.contains(':'),
        "{placeholder}"
    );
    assert!(
        html.contains(r#"<details id="help">"#) && html.contains("<summary>How to search</summary>"),
        "{html}"
    );
    // Each way of searching with an example that runs it.
    for example in [
        r#"href="?q=%22interest+rates%22""#,
        r#"href="?q=snowstorm+OR+blizzard""#,
        r#"href="?q=budget+-school""#,
    ] {
        assert!(html.contains(example), "{example}");
    }
}

#[tokio::test]
async fn no_answer_shows_the_servers_own_paths() {
    let c = corpus();
    let state = newsdex::serve::AppState::open(&c.index()).unwrap();
    let (_, found) = get_with(state.clone(), "/api/search?q=harbour").await;
    let uid = found["hits"][0]["uid"].as_str().unwrap().to_string();
    // A hit's file is said from the folder ingested, as its `relpath` says it.
    assert!(found["hits"][0]["path"].as_str().unwrap().starts_with("articles/"), "{found}");
    let mut answers = vec![found];
    for uri in [
        "/api/stats".to_string(),
        format!("/api/article/{uid}?q=harbour"),
        // The server's working folder, and a folder of the archive, as typed.
        "/api/search?q=harbour&folder=.".to_string(),
        "/api/search?q=harbour&folder=articles/nowhere".to_string(),
    ] {
        answers.push(get_with(state.clone(), &uri).await.1);
    }
    let cwd = std::env::current_dir().unwrap();
    for answer in &answers {
        let text = answer.to_string();
        for server_path in [c.root(), c.index(), cwd.clone()] {
            let server_path = server_path.canonicalize().unwrap().display().to_string();
            assert!(!text.contains(&server_path), "{server_path} in {text}");
        }
    }
    let stats = &answers[1];
    assert!(stats.get("index").is_none() && stats["roots"][0]["name"] == "articles", "{stats}");
    let typed = answers[3]["notes"].to_string() + &answers[3]["hints"].to_string();
    assert!(typed.contains("\\\".\\\"") || typed.contains("\".\""), "{}", answers[3]);
}

#[tokio::test]
async fn an_articles_own_text_is_never_rewritten_even_where_it_names_the_servers_folders() {
    // A note about the archive itself may name its folders: what the article says is
    // shown as written; only the places the server gives are said from the folder ingested.
    let c = Corpus::new();
    let root = c.root().canonicalize().unwrap().display().to_string();
    let index = c.index().canonicalize().unwrap_or_else(|_| c.index()).display().to_string();
    let said = format!("The clippings were moved from {root}/desk/old.txt to {index} on Monday.");
    c.write("desk/archive-note.txt", format!("Archive moved\n\nPublished: 2026-02-12\n\n{said}\n"));
    c.ingest();
    let (status, found) = get(&c, "/api/search?q=clippings&facets=0").await;
    assert_eq!(status, StatusCode::OK, "{found}");
    let hit = &found["hits"][0];
    assert_eq!(hit["path"], "articles/desk/archive-note.txt", "{hit}");
    assert!(hit["snippet"].as_str().unwrap().contains(&format!("{root}/desk/old.txt")), "{hit}");
    let uid = hit["uid"].as_str().unwrap();
    let (status, article) = get(&c, &format!("/api/article/{uid}?q=clippings")).await;
    assert_eq!(status, StatusCode::OK, "{article}");
    assert_eq!(article["body"], said, "{article}");
    assert_eq!(article["path"], "articles/desk/archive-note.txt", "{article}");
    // The words marked where they are in the text as written.
    let at = said[..said.find("clippings").unwrap()].chars().count();
    assert_eq!(article["highlights"], serde_json::json!([[at, at + "clippings".len()]]), "{article}");
}
