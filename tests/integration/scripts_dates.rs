//! Dates written in Cyrillic, Greek, Arabic, Hebrew and Persian, in their own digits, and
//! pages whose declared charset garbles them: what a foreign desk's archive gives `ingest`.

use crate::util::Corpus;

fn sorted(mut names: Vec<String>) -> Vec<String> {
    names.sort();
    names
}

/// One Markdown article dated `date` in its front matter.
fn dated_md(c: &Corpus, name: &str, title: &str, date: &str) {
    c.write(name, format!("---\ntitle: {title}\ndate: {date}\n---\n\n{title}: the desk's report.\n"));
}

/// A foreign desk's December articles, each dated in its own language, and two that are
/// not dated in December.
fn foreign_desk() -> Corpus {
    let c = Corpus::new();
    dated_md(&c, "ru.md", "Встреча в правительстве", "суббота, 5 декабря 2026 г.");
    dated_md(&c, "uk.md", "Зустріч в уряді", "5 грудня 2026 року");
    dated_md(&c, "ar-egypt.md", "اجتماع حكومي", "٥ ديسمبر ٢٠٢٦");
    dated_md(&c, "ar-levant.md", "اجتماع في بيروت", "5 كانون الأول 2026");
    dated_md(&c, "ar-digits.md", "اجتماع في عمان", "٢٠٢٦-١٢-٠٥");
    // Day and month in figures either way round (5 December or 12 May): no date.
    dated_md(&c, "ar-ambiguous.md", "اجتماع في الرياض", "٥/١٢/٢٠٢٦");
    dated_md(&c, "ru-november.md", "Встреча в ноябре", "5 ноября 2026 г.");
    c.write(
        "wire.jsonl",
        concat!(
            r#"{"title":"Συνάντηση στην κυβέρνηση","text":"Συνάντηση: η αναφορά.","date":"4 ΔΕΚΕΜΒΡΙΟΥ 2026"}"#,
            "\n",
            r#"{"title":"פגישה בממשלה","text":"פגישה: הדיווח.","date":"יום חמישי, 3 בדצמבר 2026"}"#,
            "\n",
            r#"{"title":"دیدار در تهران","text":"دیدار: گزارش.","date":"۵ دسامبر ۲۰۲۶"}"#,
            "\n",
        ),
    );
    c.ingest();
    c
}

#[test]
fn dates_in_other_scripts_and_digits_put_articles_in_their_month() {
    let c = foreign_desk();
    let december = sorted(c.hit_names(&["--since", "2026-12-01", "--until", "2026-12-31"]));
    assert_eq!(
        december,
        [
            "ar-digits.md",
            "ar-egypt.md",
            "ar-levant.md",
            "ru.md",
            "uk.md",
            "wire.jsonl",
            "wire.jsonl",
            "wire.jsonl"
        ]
    );
    assert_eq!(c.hit_names(&["--since", "2026-11-01", "--until", "2026-11-30"]), ["ru-november.md"]);
    // The user's own words and digits name the day too.
    assert_eq!(sorted(c.hit_names(&["--since", "٥ ديسمبر ٢٠٢٦", "--until", "5 декабря 2026"])).len(), 6);
}

#[test]
fn extract_shows_the_day_each_script_wrote() {
    let c = foreign_desk();
    let out = c.cmd(&["extract", "--json", "articles"]).assert().success().get_output().stdout.clone();
    let dates: std::collections::BTreeMap<String, serde_json::Value> = String::from_utf8(out)
        .expect("utf8")
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).expect("JSON"))
        .map(|a| (a["title"].as_str().expect("title").to_string(), a["date"].clone()))
        .collect();
    for (title, day) in [
        ("Встреча в правительстве", "2026-12-05"),
        ("Зустріч в уряді", "2026-12-05"),
        ("اجتماع حكومي", "2026-12-05"),
        ("اجتماع في بيروت", "2026-12-05"),
        ("اجتماع في عمان", "2026-12-05"),
        ("Συνάντηση στην κυβέρνηση", "2026-12-04"),
        ("פגישה בממשלה", "2026-12-03"),
        ("دیدار در تهران", "2026-12-05"),
    ] {
        assert_eq!(dates[title], day, "{title}");
    }
    assert_eq!(dates["اجتماع في الرياض"], serde_json::Value::Null, "an ambiguous date is not guessed");
}

/// A page declaring `declared` whose headline and text are `text` in `written_in`.
fn page(declared: &str, lang: &str, written_in: &'static encoding_rs::Encoding, text: &str) -> Vec<u8> {
    let (body, _, unmappable) = written_in.encode(text);
    assert!(!unmappable);
    let mut page = format!("<html lang=\"{lang}\"><head><meta charset=\"{declared}\"><title>").into_bytes();
    page.extend_from_slice(&body);
    page.extend_from_slice(b"</title></head><body><article><h1>");
    page.extend_from_slice(&body);
    page.extend_from_slice(b"</h1><p>");
    for _ in 0..3 {
        page.extend_from_slice(&body);
        page.push(b' ');
    }
    page.extend_from_slice(b"</p></article></body></html>");
    page
}

const RUSSIAN: &str = "Морозы ударят по Сибири. Синоптики предупреждают о резком похолодании в Сибири.";
const ARABIC: &str = "ارتفاع أسعار الذهب في الأسواق المحلية. سجلت أسعار الذهب ارتفاعاً ملحوظاً اليوم.";
// The pages declared right, other stories (identical ones are shown once in a search).
const RUSSIAN_2: &str = "Снегопад в Сибири закрыл трассы. Дорожные службы Сибири работают круглосуточно.";
const ARABIC_2: &str = "تراجع الطلب على الذهب في دبي. قال تجار الذهب إن الأسعار المرتفعة أبعدت المشترين.";

#[test]
fn a_page_whose_declared_charset_garbles_it_is_read_right_with_a_warning() {
    let c = Corpus::new();
    c.write("ru-says-koi8.html", page("koi8-r", "ru", encoding_rs::WINDOWS_1251, RUSSIAN));
    c.write("ar-says-latin1.html", page("iso-8859-1", "ar", encoding_rs::WINDOWS_1256, ARABIC));
    c.write("ru-koi8.html", page("koi8-r", "ru", encoding_rs::KOI8_R, RUSSIAN_2));
    c.write("ar-1256.html", page("windows-1256", "ar", encoding_rs::WINDOWS_1256, ARABIC_2));
    let stderr = c.ingest();
    assert!(
        stderr.contains(
            "ru-says-koi8.html: the charset it declares, KOI8-R, garbles its words; read as windows-1251 instead"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("ar-says-latin1.html: the charset it declares, windows-1252 (ISO-8859-1), garbles its words; read as windows-1256 instead"),
        "{stderr}"
    );
    assert_eq!(stderr.matches("garbles").count(), 2, "once each, and none for the right ones: {stderr}");
    assert_eq!(sorted(c.hit_names(&["Сибири"])), ["ru-koi8.html", "ru-says-koi8.html"]);
    assert_eq!(sorted(c.hit_names(&["الذهب"])), ["ar-1256.html", "ar-says-latin1.html"]);
    let out = c.cmd(&["extract", "--json", "articles"]).assert().success().get_output().stdout.clone();
    let mut read: Vec<(String, String, String)> = String::from_utf8(out)
        .expect("utf8")
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).expect("JSON"))
        .map(|a| {
            let field = |k: &str| a[k].as_str().expect(k).to_string();
            (crate::util::file_name(&field("path")), field("encoding"), field("title"))
        })
        .collect();
    read.sort();
    assert_eq!(
        read,
        [
            ("ar-1256.html".into(), "windows-1256".into(), ARABIC_2.into()),
            ("ar-says-latin1.html".into(), "windows-1256".into(), ARABIC.into()),
            ("ru-koi8.html".into(), "KOI8-R".into(), RUSSIAN_2.into()),
            ("ru-says-koi8.html".into(), "windows-1251".into(), RUSSIAN.into()),
        ]
    );
}

#[test]
fn russian_koi8_without_a_declaration_is_named_koi8_r() {
    let c = Corpus::new();
    let text = format!("Морозы ударят по Сибири\n\n{}\n", RUSSIAN.repeat(3));
    c.write("ru.txt", encoding_rs::KOI8_R.encode(&text).0);
    let out = c.cmd(&["extract", "--json", "articles"]).assert().success().get_output().stdout.clone();
    let article: serde_json::Value = serde_json::from_slice(&out).expect("JSON");
    assert_eq!(
        (article["encoding"].as_str(), article["title"].as_str()),
        (Some("KOI8-R"), Some("Морозы ударят по Сибири"))
    );
}

#[test]
fn since_goes_back_hours_and_minutes_and_takes_a_time_of_day() {
    let c = Corpus::new();
    // Dated on the wall clock of a newsroom on UTC, as the searches below run (TZ=UTC):
    // 30 minutes, 5 hours and 30 hours ago.
    let now = chrono::Utc::now().naive_utc();
    let ago = |minutes: i64| now - chrono::Duration::minutes(minutes);
    let written = |at: chrono::NaiveDateTime| at.format("%Y-%m-%dT%H:%M:%S").to_string();
    dated_md(&c, "fresh.md", "Fire at the docks", &written(ago(30)));
    dated_md(&c, "morning.md", "Crews called to the docks", &written(ago(5 * 60)));
    dated_md(&c, "yesterday.md", "Docks inspected", &written(ago(30 * 60)));
    c.ingest();
    let found = |args: &[&str]| -> Vec<String> {
        let mut full = vec!["search", "--json"];
        full.extend_from_slice(args);
        let out = c.cmd(&full).env("TZ", "UTC").output().unwrap();
        assert!(
            out.status.code().is_some_and(|code| code < 2),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        sorted(
            json["hits"]
                .as_array()
                .unwrap()
                .iter()
                .map(|h| crate::util::file_name(h["path"].as_str().unwrap()))
                .collect(),
        )
    };
    assert_eq!(found(&["--since", "2h"]), ["fresh.md"]);
    assert_eq!(found(&["--since", "2 hours ago"]), ["fresh.md"]);
    assert_eq!(found(&["--since", "90min"]), ["fresh.md"]);
    assert_eq!(found(&["--since", "6 hours ago", "--until", "now"]), ["fresh.md", "morning.md"]);
    assert_eq!(found(&["--until", "2h"]), ["morning.md", "yesterday.md"]);
    // A time of day is today's (when an hour ago was still today).
    let hour_ago = ago(60);
    if hour_ago.date() == now.date() {
        let clock = hour_ago.format("%H:%M").to_string();
        assert_eq!(found(&["--since", &clock]), ["fresh.md"], "--since {clock}");
        assert_eq!(found(&["--since", &format!("today {clock}")]), ["fresh.md"], "--since today {clock}");
    }
    // "3m" is still three months.
    assert_eq!(found(&["--since", "3m"]), ["fresh.md", "morning.md", "yesterday.md"]);
    c.cmd(&["search", "--since", "teatime"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("now, 14:30 (today)"))
        .stderr(predicates::str::contains("2h, 90min, 2 hours ago"));
}

#[test]
fn a_day_inside_the_archive_without_articles_is_not_said_to_be_outside_it() {
    let c = Corpus::new();
    dated_md(&c, "before.md", "Budget vote", "2025-06-01");
    dated_md(&c, "after.md", "Budget passed", "2025-06-10");
    c.ingest();
    c.cmd(&["search", "--since", "2025-06-03", "--until", "2025-06-03"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "no article in the index is dated in that span, though its dated articles run from 2025-06-01 to 2025-06-10",
        ));
    // Outside them, as before.
    c.cmd(&["search", "budget", "--since", "2030"]).assert().code(1).stderr(predicates::str::contains(
        "no article in the index is dated in that span: its dated articles run from 2025-06-01 to 2025-06-10",
    ));
}

#[test]
fn since_takes_a_slash_date_read_one_way_and_a_season() {
    let c = Corpus::new();
    dated_md(&c, "march.md", "Bridge closes for repairs", "2026-03-03");
    dated_md(&c, "april.md", "Bridge reopens after repairs", "2026-04-20");
    dated_md(&c, "june.md", "Bridge fair draws crowds", "2026-06-02");
    dated_md(&c, "december.md", "Bridge lights go up", "2025-12-15");
    c.ingest();
    let found = |args: &[&str]| sorted(c.hit_names(&[&["bridge"], args].concat()));
    // The same day either way round, or a day past the twelfth: that day.
    assert_eq!(found(&["--since", "03/03/2026", "--until", "3/3/2026"]), ["march.md"]);
    assert_eq!(found(&["--since", "20/04/2026", "--until", "04/20/2026"]), ["april.md"]);
    // Either way round, two days: still asked which.
    c.cmd(&["search", "bridge", "--since", "08/12/2025"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("is 12 August or 8 December"));
    // A season is its three months; winter runs into the next year.
    assert_eq!(found(&["--since", "spring 2026", "--until", "spring 2026"]), ["april.md", "march.md"]);
    assert_eq!(found(&["--since", "winter 2025", "--until", "winter 2025"]), ["december.md"]);
    assert_eq!(found(&["--since", "summer 2026"]), ["june.md"]);
    c.cmd(&["search", "bridge", "--since", "last spring"]).assert().code(predicates::ord::lt(2));
}

#[test]
fn since_and_until_take_a_quarter_of_a_year() {
    let c = Corpus::new();
    for (name, date) in [
        ("march.md", "1987-03-31"),
        ("april.md", "1987-04-01"),
        ("june.md", "1987-06-30"),
        ("july.md", "1987-07-01"),
    ] {
        c.write(name, format!("---\ntitle: Grain report\ndate: {date}\n---\n\nWheat shipments rose.\n"));
    }
    c.ingest();
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    for quarter in ["1987-Q2", "Q2 1987", "1987Q2", "2nd quarter 1987"] {
        assert_eq!(
            sorted(c.hit_names(&["wheat", "--since", quarter, "--until", quarter])),
            ["april.md", "june.md"],
            "{quarter}"
        );
    }
    let out = c.cmd(&["search", "wheat", "--since", "1987-Q5"]).output().unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("four quarters"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
