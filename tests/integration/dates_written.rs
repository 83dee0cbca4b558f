//! Dates and headlines as real files write them: BBC News Online's date lines with two
//! clocks, a month alone said, a colon in an unquoted front-matter title, and dates typed
//! month first (`03-15-1987`) or in a pasted Lexis-style query (`date bef June 15, 1987`).

use crate::util::Corpus;

/// `extract --json` of the articles folder: one record per article, by file name, and
/// the warnings (stderr).
fn extracted(c: &Corpus) -> (Vec<(String, serde_json::Value)>, String) {
    let out = c.cmd(&["extract", "--json", "articles"]).assert().success().get_output().clone();
    let records = String::from_utf8(out.stdout)
        .expect("utf8")
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).expect("JSON line"))
        .map(|r| (crate::util::file_name(r["path"].as_str().expect("path")), r))
        .collect();
    (records, String::from_utf8(out.stderr).expect("utf8"))
}

fn record<'r>(records: &'r [(String, serde_json::Value)], name: &str) -> &'r serde_json::Value {
    &records.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("{name} not extracted")).1
}

#[test]
fn bbc_news_online_date_lines_are_read_and_a_month_alone_is_said() {
    let c = Corpus::new();
    let story = |line: &str| {
        format!(
            "Blair backs EU plan\n\n{line}\n\nThe prime minister said the plan would go ahead this year.\n"
        )
    };
    c.write("last-updated.txt", story("Last Updated: Tuesday, 16 March, 2004, 09:10 GMT 10:10 UK"));
    c.write("page-updated.txt", story("Page last updated at 09:10 GMT, Tuesday, 16 March 2004 10:10 UK"));
    c.write("month.txt", story("Published: March 2004"));
    let (records, stderr) = extracted(&c);
    for name in ["last-updated.txt", "page-updated.txt"] {
        let r = record(&records, name);
        assert_eq!(r["date"], "2004-03-16T09:10:00Z", "{name}: {r}");
        assert_eq!(r["title"], "Blair backs EU plan", "{name}: {r}");
    }
    assert_eq!(record(&records, "month.txt")["date"], serde_json::Value::Null);
    assert!(
        stderr.contains("month.txt: date \"March 2004\" not read: a month without its day; left undated"),
        "{stderr}"
    );
    assert_eq!(stderr.matches("warning").count(), 1, "{stderr}");
}

#[test]
fn a_colon_in_an_unquoted_front_matter_title_keeps_the_title_date_and_byline() {
    let c = Corpus::new();
    c.write(
        "c.md",
        "---\ntitle: Boscastle floods: a year to remember\ndate: 2004-12-31T23:30:00-05:00\nauthor: Jane Doe\n---\n\nThe village was flooded in August and rebuilt by December.\n",
    );
    let (records, stderr) = extracted(&c);
    let r = record(&records, "c.md");
    assert_eq!(r["title"], "Boscastle floods: a year to remember", "{r}");
    assert_eq!(r["date"], "2004-12-31T23:30:00-05:00", "{r}");
    assert_eq!(r["byline"], "Jane Doe", "{r}");
    assert!(!stderr.contains("front matter ignored"), "{stderr}");
    assert!(stderr.contains("c.md: front matter: title's value holds \": \" and is not quoted"), "{stderr}");
    // Searched by its date and its title's words.
    c.ingest();
    assert_eq!(c.hit_names(&["boscastle", "--since", "2004-12-31", "--until", "2004-12-31"]), ["c.md"]);
}

#[test]
fn a_month_first_date_with_hyphens_is_read_and_a_pasted_query_date_is_given_as_typed() {
    let c = Corpus::new();
    let story = |published: &str| {
        format!("Oil prices rise\n\nPublished: {published}\n\nOil prices rose on the news from the cartel.\n")
    };
    c.write("ides.txt", story("15 March 1987"));
    c.write("june.txt", story("20 June 1987"));
    c.ingest();
    assert_eq!(c.hit_names(&["oil", "--since", "03-15-1987", "--until", "03-15-1987"]), ["ides.txt"]);
    assert_eq!(c.hit_names(&["oil", "--since", "15-03-1987", "--until", "3-15-1987"]), ["ides.txt"]);
    // Either way round a day: refused with both days to type.
    let out = c.cmd(&["search", "oil", "--since", "03-04-1987"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("write 1987-03-04 or 1987-04-03"), "{stderr}");
    // A two-figure year stays refused.
    let out = c.cmd(&["search", "oil", "--since", "3/15/87"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    for (query, filter) in [
        ("oil date aft 1987-06-15", "--since 1987-06-15"),
        ("oil date aft 13/3/1987", "--since 1987-03-13"),
        ("oil date bef June 15, 1987", "--until 1987-06-15"),
    ] {
        let out = c.cmd(&["search", query]).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(&format!("as --since and --until ({filter},")), "{query}: {stderr}");
    }
}
