//! Dates as an "on this day" desk types and files them: two-figure years refused with the
//! date to type, impossible days said, unreadable "Published:" lines warned of at ingest,
//! where a date was read shown, and the timeline's weeks and counts labelled.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;

use crate::util::Corpus;

/// Three harbour stories of October 1987, one of 2004 and one of another day, each dated
/// by its Published line or its file name.
fn anniversary_desk() -> Corpus {
    let c = Corpus::new();
    let story = |title: &str, published: &str| {
        format!(
            "{title}\n\nPublished: {published}\n\nThe council met to discuss the harbour budget. Officials said the vote would follow.\n"
        )
    };
    c.write("crash.txt", story("Harbour budget crash", "19 October 1987"));
    c.write("after.txt", story("Harbour budget after the crash", "20 October 1987"));
    c.write("1987-10-19-filed.txt", story("Harbour budget filed late", "21 October 1987"));
    c.write("later.txt", story("Harbour budget in 2004", "12 May 2004"));
    c.ingest();
    c
}

fn stderr_of(c: &Corpus, args: &[&str]) -> (Option<i32>, String) {
    let out = c.cmd(args).output().expect("run newsdex");
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_two_figure_year_is_refused_with_the_date_to_type_not_read_as_the_year_87() {
    let c = anniversary_desk();
    for (typed, to_type) in [
        ("19.10.87", "as 19.10.1987 (or 1987-10-19)"),
        ("19/10/87", "as 19/10/1987 (or 1987-10-19)"),
        ("87-10-19", "as 1987-10-19"),
        ("19 Oct 87", "as 19 Oct 1987 (or 1987-10-19)"),
    ] {
        let (code, stderr) = stderr_of(&c, &["search", "harbour", "--since", typed]);
        assert_eq!(code, Some(2), "{typed}: {stderr}");
        assert!(stderr.contains("a year of two figures is not guessed (1987? 2087?)"), "{typed}: {stderr}");
        assert!(stderr.contains(to_type), "{typed}: {stderr}");
    }
    // A year before 1000 is a slip too: "0087-10-19" kept every article.
    let (code, stderr) = stderr_of(&c, &["search", "harbour", "--since", "0087-10-19"]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("the year 87 is before any news"), "{stderr}");
    // The date written in full is read, and said as read.
    let (code, stderr) =
        stderr_of(&c, &["search", "harbour", "--since", "19.10.1987", "--until", "19.10.1987"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("--since 19.10.1987 is read as 1987-10-19"), "{stderr}");
    assert!(stderr.contains("--until 19.10.1987 is read as 1987-10-19 (included)"), "{stderr}");
    assert_eq!(c.hit_names(&["harbour", "--since", "19.10.1987", "--until", "19.10.1987"]), ["crash.txt"]);
    // The date as ISO 8601 writes it is not said again.
    let (_, stderr) = stderr_of(&c, &["search", "harbour", "--since", "1987-10"]);
    assert!(!stderr.contains("is read as"), "{stderr}");
}

#[tokio::test]
async fn the_api_refuses_a_two_figure_year_too() {
    let c = anniversary_desk();
    let state = newsdex::serve::AppState::open(&c.index()).unwrap();
    let get = |uri: &'static str| {
        let state = state.clone();
        async move {
            let response = newsdex::serve::router(state)
                .oneshot(Request::get(uri).body(Body::empty()).unwrap())
                .await
                .unwrap();
            let status = response.status();
            let bytes = response.into_body().collect().await.unwrap().to_bytes();
            (status, serde_json::from_slice::<serde_json::Value>(&bytes).unwrap_or_default())
        }
    };
    let (status, json) = get("/api/search?q=harbour&since=19.10.87").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{json}");
    assert!(json["error"].as_str().unwrap().contains("19.10.1987"), "{json}");
    // The timeline's periods are listed whole, decades among them.
    let (status, json) = get("/api/timeline?q=harbour&by=fortnight").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{json}");
    assert!(json["error"].as_str().unwrap().contains("day, week, month, year or decade"), "{json}");
}

#[test]
fn impossible_and_yearless_dates_say_what_is_wrong() {
    let c = anniversary_desk();
    for (typed, said) in [
        ("1987-02-29", "\"1987-02-29\" is no date: February 1987 has 28 days"),
        ("30 February 1987", "February 1987 has 28 days"),
        ("31.04.1987", "\"31.04.1987\" is no date: April has 30 days"),
        ("1987-13", "a year has 12 months"),
        ("Octobr 1987", "\"Octobr\" is no month: did you mean October?"),
        ("19 Oct", "\"19 Oct\" has no year: add it in four figures"),
        ("26 Feb", "has no year"),
    ] {
        let (code, stderr) = stderr_of(&c, &["search", "harbour", "--since", typed]);
        assert_eq!(code, Some(2), "{typed}: {stderr}");
        assert!(stderr.contains(said), "{typed}: {stderr}");
        assert!(
            !stderr.contains("last spring"),
            "{typed}: the specific reason, not the list of forms: {stderr}"
        );
    }
}

#[test]
fn months_with_slashes_en_dashes_clock_times_and_weeks_are_read() {
    let c = anniversary_desk();
    let october = c.hit_names(&["harbour", "--since", "1987-10", "--until", "1987-10", "--sort", "oldest"]);
    assert_eq!(october, ["crash.txt", "after.txt", "1987-10-19-filed.txt"]);
    for (since, until) in [("1987/10", "1987/10"), ("10/1987", "10/1987"), ("1987–10–01", "1987–10–31")]
    {
        let found = c.hit_names(&["harbour", "--since", since, "--until", until, "--sort", "oldest"]);
        assert_eq!(found, october, "{since} to {until}");
    }
    // A time of day after a day, as "yesterday 9:15pm" is typed: 09:30 on the 20th keeps
    // the 20th's story (published at midnight) out.
    assert_eq!(
        c.hit_names(&["harbour", "--since", "1987-10-20 9:30am", "--until", "1987-10"]),
        ["1987-10-19-filed.txt"]
    );
    // "week of" a day: its Monday to Sunday (19 October 1987 was a Monday).
    let week = c.hit_names(&[
        "harbour",
        "--since",
        "week of 21 October 1987",
        "--until",
        "week of 21 October 1987",
        "--sort",
        "oldest",
    ]);
    assert_eq!(week, october);
}

#[test]
fn unreadable_published_lines_and_file_names_are_warned_of_at_ingest() {
    let c = Corpus::new();
    let story = |title: &str, published: &str| {
        format!(
            "{title}\n\nPublished: {published}\n\nDock workers and ferry operators resumed talks over pay at the port.\n"
        )
    };
    c.write("w.txt", story("Ferry talks W", "19.10.87"));
    c.write("x.txt", story("Ferry talks X", "19 Oct 87"));
    c.write("cc.txt", story("Ferry talks CC", "31 September 2004"));
    c.write("aa.txt", story("Ferry talks AA", "0087-10-19"));
    c.write("z.txt", story("Ferry talks Z", "2004–05–12"));
    c.write("fine.txt", story("Ferry talks fine", "19 October 1987"));
    c.write(
        "2004-02-30-harbour.txt",
        "Harbour plan L\n\nThe council met over the harbour plan and its budget.\n",
    );
    let summary = c.ingest();
    for said in [
        "w.txt: date \"19.10.87\" not read: a year of two figures is not guessed (1987? 2087?)",
        "x.txt: date \"19 Oct 87\" not read: a year of two figures",
        "cc.txt: date \"31 September 2004\" not read: September has 30 days",
        "aa.txt: date \"0087-10-19\" not read: the year 87 is before any news",
        "2004-02-30-harbour.txt: the file name's date 2004-02-30 is no day (February 2004 has 29 days): left undated",
    ] {
        assert!(summary.contains(said), "{said}: {summary}");
    }
    assert!(summary.contains(", 5 warnings in"), "counted in the summary: {summary}");
    assert!(!summary.contains("fine.txt") && !summary.contains("z.txt"), "{summary}");
    // En dashes between the figures are hyphens.
    assert_eq!(c.hit_names(&["ferry", "--since", "2004-05-12", "--until", "2004-05-12"]), ["z.txt"]);
}

#[test]
fn a_date_after_today_is_kept_with_a_warning() {
    let c = Corpus::new();
    c.write(
        "future.txt",
        "Harbour plan H\n\nPublished: 1 January 2199\n\nThe council met over the harbour plan.\n",
    );
    let summary = c.ingest();
    assert!(summary.contains("future.txt: date 2199-01-01 is after today"), "{summary}");
    assert!(summary.contains("kept as given"), "{summary}");
    assert_eq!(c.hit_names(&["harbour", "--since", "2199"]), ["future.txt"]);
}

#[test]
fn show_and_extract_say_where_the_date_was_read_and_a_file_name_that_disagrees() {
    let c = anniversary_desk();
    let uid = |name: &str| {
        let json = c.search_json(&["harbour", "-n", "10"]);
        let hit = json["hits"]
            .as_array()
            .unwrap()
            .iter()
            .find(|h| h["path"].as_str().unwrap().ends_with(name))
            .cloned();
        hit.unwrap()["uid"].as_str().unwrap().to_string()
    };
    let show = |name: &str| {
        let out = c.cmd(&["show", &uid(name)]).assert().success().get_output().stdout.clone();
        String::from_utf8(out).unwrap().lines().nth(1).unwrap().to_string()
    };
    assert!(
        show("crash.txt").starts_with("1987-10-19 (from its Published line) · "),
        "{}",
        show("crash.txt")
    );
    let filed = show("1987-10-19-filed.txt");
    assert!(
        filed.starts_with("1987-10-21 (from its Published line; the file's name says 1987-10-19) · "),
        "{filed}"
    );
    let out =
        c.cmd(&["extract", "articles/1987-10-19-filed.txt"]).assert().success().get_output().stdout.clone();
    let extracted = String::from_utf8(out).unwrap();
    assert!(
        extracted.contains("date:   1987-10-21 (from text:published-line; the file's name says 1987-10-19)"),
        "{extracted}"
    );
}

#[test]
fn the_timeline_says_it_counts_articles_and_when_each_week_starts() {
    let c = anniversary_desk();
    let out = c
        .cmd(&["timeline", "harbour", "--by", "week", "--since", "1987-10-19", "--until", "1987-10-25"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with("3 matching articles (each copy counted); dated ones per week:\n"), "{text}");
    assert!(text.contains("\n1987-W43 (19 Oct)       3  "), "{text}");
}

#[test]
fn a_timeline_for_a_spreadsheet_says_how_many_matching_articles_no_row_counts() {
    let c = anniversary_desk();
    c.write("undated.txt", "Harbour budget undated\n\nThe council met to discuss the harbour budget.\n");
    c.ingest();
    let (status, err) = stderr_of(&c, &["timeline", "harbour", "--format", "{period},{articles}"]);
    assert_eq!(status, Some(0), "{err}");
    assert!(err.contains("1 of 5 matching articles has no date: no row counts it"), "{err}");
    // All dated: nothing said.
    let (_, err) =
        stderr_of(&c, &["timeline", "harbour", "--format", "{period},{articles}", "--since", "1987"]);
    assert!(!err.contains("no row counts"), "{err}");
}

#[test]
fn sorted_by_date_the_undated_note_counts_the_stories_listed() {
    let c = Corpus::new();
    let body = "Harbour budget talks resumed at the port, the council said, with a vote due next week.\n";
    c.write("dated.txt", format!("Harbour budget talks\n\nPublished: 19 October 1987\n\n{body}"));
    // Copies of the dated story, undated: folded into it, not listed.
    for n in 1..=3 {
        c.write(&format!("copy{n}.txt"), format!("Harbour budget talks\n\n{body}"));
    }
    c.write(
        "other.txt",
        "Harbour pilots strike\n\nHarbour pilots walked out over the budget for tugs and crews.\n",
    );
    c.ingest();
    let json = c.search_json(&["harbour", "budget", "--sort", "oldest", "-n", "all"]);
    let hits = json["hits"].as_array().unwrap();
    let undated_listed = hits.iter().filter(|h| h["date"].is_null()).count();
    assert_eq!(undated_listed, 1, "{json}");
    let notes: Vec<&str> = json["notes"].as_array().unwrap().iter().filter_map(|n| n.as_str()).collect();
    let note = notes.iter().find(|n| n.contains("no date")).expect("an undated note");
    assert!(note.starts_with(&format!("1 of {} stories has no date", hits.len())), "{note}");
    assert!(note.contains("(5 matches, copies folded)"), "{note}");
}
