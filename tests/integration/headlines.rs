//! Headlines where a reader or a quote checker needs them: each copy of a story under its
//! own headline (`duplicates`, and search's folded copies), a quote's words as the text
//! spaces them (`--kwic`), an article's opening paragraph (`{lead}`), and a text's
//! paragraphs apart (`extract --body`).

use crate::util::Corpus;

/// A story long enough to be compared as a near copy (MinHash), filed three times: twice
/// as "Talks aim to avert pension strike", once with a sentence changed as "Stalemate in
/// pension strike talks" (as BBC politics/069, 311 and 312 are).
fn pension_copies() -> Corpus {
    let c = Corpus::new();
    let story = "Talks aimed at averting a series of national strikes over pensions reforms will \
        take place this week. Five public sector unions will hold private talks with the deputy \
        prime minister at the spring conference in the north. They want the government to withdraw \
        regulations which would raise the pension age for council workers from sixty to sixty five. \
        Up to a million workers could take part in strikes planned for the end of March.";
    c.write("politics/069.txt", format!("Talks aim to avert pension strike\n\n{story}\n"));
    c.write("politics/311.txt", format!("Talks aim to avert pension strike\n\n{story}\n"));
    c.write(
        "politics/312.txt",
        format!(
            "Stalemate in pension strike talks\n\n{}\n",
            story.replace("will take place this week", "have ended without agreement")
        ),
    );
    c.write("politics/400.txt", "Budget day\n\nThe chancellor set out his budget on Wednesday.\n");
    c.ingest();
    c
}

fn stdout_of(c: &Corpus, args: &[&str]) -> String {
    let out = c.cmd(args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn duplicates_shows_each_copy_under_its_own_headline() {
    let c = pension_copies();
    let text = stdout_of(&c, &["duplicates"]);
    // The group under the headline two of its three copies share; the third says its own.
    assert!(text.contains("3 copies (near): Talks aim to avert pension strike\n"), "{text}");
    let lines: Vec<&str> = text.lines().filter(|l| l.starts_with("    ")).collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[2].ends_with("312.txt · \"Stalemate in pension strike talks\""), "{text}");
    assert!(!lines[0].contains("Talks aim") && !lines[1].contains("Talks aim"), "{text}");

    let doc: serde_json::Value = serde_json::from_str(&stdout_of(&c, &["duplicates", "--json"])).unwrap();
    let group = &doc["shown"][0];
    assert_eq!(group["title"], "Talks aim to avert pension strike");
    // `copies` stays the list of paths; each copy's headline and ref beside it, in its order.
    assert!(group["copies"][2].as_str().unwrap().ends_with("312.txt"), "{group}");
    assert_eq!(
        group["titles"],
        serde_json::json!([
            "Talks aim to avert pension strike",
            "Talks aim to avert pension strike",
            "Stalemate in pension strike talks"
        ])
    );
    assert_eq!(
        group["refs"],
        serde_json::json!([
            "articles/politics/069.txt",
            "articles/politics/311.txt",
            "articles/politics/312.txt"
        ])
    );

    let rows = stdout_of(
        &c,
        &[
            "duplicates",
            "--format",
            "{group}\\t{kind}\\t{title}\\t{ref}",
            "--header",
            "group\\tkind\\ttitle\\tref",
        ],
    );
    assert_eq!(
        rows,
        "group\tkind\ttitle\tref\n\
         1\tnear\tTalks aim to avert pension strike\tarticles/politics/069.txt\n\
         1\tnear\tTalks aim to avert pension strike\tarticles/politics/311.txt\n\
         1\tnear\tStalemate in pension strike talks\tarticles/politics/312.txt\n"
    );
    let nul = c.cmd(&["duplicates", "--format", "{relpath}", "-0"]).output().unwrap().stdout;
    assert_eq!(nul.iter().filter(|&&b| b == 0).count(), 3);
    // -0 is for --format's lines.
    c.cmd(&["duplicates", "-0"]).assert().code(2);
}

#[test]
fn a_copy_folded_under_another_headline_is_named_by_its_own() {
    let c = pension_copies();
    let json = c.search_json(&["title:pension"]);
    let hits = json["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 1, "the three copies are one story: {json}");
    let hit = &hits[0];
    // Every headline the story was filed under is in the answer.
    let mut headlines: Vec<&str> =
        hit["duplicate_titles"].as_array().unwrap().iter().map(|t| t.as_str().unwrap()).collect();
    assert_eq!(headlines.len(), hit["duplicates"].as_array().unwrap().len(), "{hit}");
    headlines.push(hit["title"].as_str().unwrap());
    assert!(headlines.contains(&"Talks aim to avert pension strike"), "{hit}");
    assert!(headlines.contains(&"Stalemate in pension strike talks"), "{hit}");
    // The text's "also at" line gives a copy's headline where it is not the hit's.
    let text = stdout_of(&c, &["search", "title:pension", "--color", "never"]);
    let also = text.lines().find(|l| l.trim_start().starts_with("also at:")).unwrap_or_default();
    let other = if hit["title"] == "Stalemate in pension strike talks" {
        "Talks aim to avert pension strike"
    } else {
        "Stalemate in pension strike talks"
    };
    assert!(also.contains(&format!("(\"{other}\")")), "{text}");
    assert!(!also.contains(&format!("(\"{}\")", hit["title"].as_str().unwrap())), "{text}");
}

#[test]
fn kwic_keeps_a_quote_s_spaces_as_the_text_has_them() {
    let c = Corpus::new();
    c.write(
        "union.txt",
        "Union leader speaks\n\nThe union leader told the rally: “We won’t back down, not now.” Talks resume on Monday.\n",
    );
    c.ingest();
    // A template's columns put together give the text as it stands, as --json has them.
    let joined = stdout_of(&c, &["search", "\"back down\"", "--kwic", "--format", "{left}{match}{right}"]);
    assert!(joined.contains("“We won’t back down, not now.”"), "{joined}");
    let cells = stdout_of(&c, &["search", "\"back down\"", "--kwic", "--format", "[{left}|{match}|{right}]"]);
    assert!(cells.contains("“We won’t |back down|, not now.” Talks"), "{cells}");
    // The column view sets the match apart where the text has a space, and puts none
    // before the comma, which follows it in the text.
    let column = stdout_of(&c, &["search", "\"back down\"", "--kwic", "--color", "never"]);
    assert!(column.contains("“We won’t  back down, not now.”"), "{column}");
    assert!(!column.contains("down ,"), "{column}");
}

#[test]
fn a_template_gives_an_article_s_opening_paragraph() {
    let c = Corpus::new();
    c.write(
        "ferry.txt",
        "Ferry service resumes\n\nThe harbour ferry ran again on Monday after a week of storms.\n\n\
         Crews cleared the western piers overnight. Passengers said they were glad.\n",
    );
    c.write(
        "wire.jsonl",
        "{\"title\": \"Harbour reopens\", \"text\": \"The harbour reopened to shipping.\\nTugs stood by at the entrance.\"}\n",
    );
    c.ingest();
    let rows = stdout_of(&c, &["search", "harbour", "--sort", "oldest", "--format", "{title}: {lead}"]);
    let mut rows: Vec<&str> = rows.lines().collect();
    rows.sort();
    assert_eq!(
        rows,
        [
            "Ferry service resumes: The harbour ferry ran again on Monday after a week of storms.",
            "Harbour reopens: The harbour reopened to shipping."
        ]
    );
}

#[test]
fn a_field_over_several_words_is_shown_in_search_help() {
    let help = stdout_of(&Corpus::new(), &["search", "--help"]);
    assert!(help.contains("title:(brown budget)"), "{help}");
}

#[test]
fn extract_sets_a_text_s_paragraphs_apart_as_show_does() {
    let c = Corpus::new();
    let page = "<html><head><title>Facebook and me</title></head><body><article>\
        <h1>Facebook and me</h1>\
        <p>I don't use Facebook. I'm not technophobic, I've been online since the early 1990s and I like it.</p>\
        <p>But Facebook and other big web companies push toward unaccountable, centralized social control.</p>\
        <p>Information from other users is the first of the two kinds it has about people like me.</p>\
        </article></body></html>";
    let path = c.write("page.html", page);
    let out = c.cmd(&["extract", "--body", path.to_str().unwrap()]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("and I like it.\n\nBut Facebook and other big web companies push toward unaccountable, centralized social control.\n\nInformation from"),
        "{text}"
    );
    // The index's copy is shown by `show --body` with the same breaks.
    c.ingest();
    let shown = stdout_of(&c, &["show", "articles/page.html", "--body"]);
    assert!(shown.contains("and I like it.\n\nBut Facebook"), "{shown}");
}
