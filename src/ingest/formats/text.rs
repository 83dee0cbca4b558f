//! Plain-text articles.
//!
//! The first non-empty line is the headline. Right after it, a short header block may hold
//! `Published: 2026-01-24` (or `Date:`/`Updated:`/`Posted:`), a line that is only a date
//! (`2026-01-24`, as in the bench corpora), and `By Jane Doe`. Those lines are metadata and
//! leave the body; everything after the header block is the body.

use std::borrow::Cow;

use super::{FoundDate, Parsed, squash_whitespace};
use crate::dates::parse_published;

/// How many non-empty lines after the headline may hold metadata.
const HEADER_LINES: usize = 4;

/// Parses a plain-text file: a front matter block at its start (`---` YAML or `+++` TOML,
/// as static-site tools write even in .txt files) gives what it says, as in Markdown, and
/// the text after it is the article.
pub fn parse_file(text: &str, warnings: &mut Vec<String>) -> Parsed {
    let (front, rest) = super::markdown::front_matter(text, warnings);
    if rest.len() == text.trim_start_matches('\u{feff}').len() {
        return parse(text);
    }
    let headline = front.title.clone();
    under_front_matter(front, headline, rest)
}

/// `text` read as a plain-text article under `headline` (its first line when there is
/// none), a front matter's fields (`front`) coming first: what both a .txt and a Markdown
/// file with front matter are.
pub fn under_front_matter(front: Parsed, headline: Option<String>, text: &str) -> Parsed {
    let mut parsed = parse(&match headline {
        Some(headline) => format!("{headline}\n\n{text}"),
        None => text.to_string(),
    });
    parsed.title = front.title.or(parsed.title);
    parsed.date = front.date.or(parsed.date);
    parsed.byline = front.byline.or(parsed.byline);
    parsed.tags = front.tags;
    parsed
}

/// Parses a plain-text article.
pub fn parse(text: &str) -> Parsed {
    let mut lines = text.lines().map(|l| l.trim_end_matches('\r'));
    let title = lines
        .by_ref()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(|l| squash_whitespace(l.trim_start_matches('#').trim()));
    let rest: Vec<&str> = lines.collect();

    let mut parsed = Parsed { title, ..Parsed::default() };
    let mut body_start = 0;
    let mut seen = 0;
    for (i, line) in rest.iter().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            body_start = i + 1;
            continue;
        }
        if seen == HEADER_LINES || !read_header_line(line, &mut parsed) {
            break;
        }
        seen += 1;
        body_start = i + 1;
    }
    parsed.body = unwrapped(rest[body_start.min(rest.len())..].join("\n").trim()).into_owned();
    parsed
}

/// Text hard-wrapped at a fixed width, as e-mails, wire copy and old text archives are
/// (every line under 100 characters, most of them over 50), with each paragraph joined
/// into one line: a name broken over two lines ("Governor Tim" / "Walz") is one name
/// again, and a line is a paragraph as elsewhere. Other text is returned as it is.
pub fn unwrapped(text: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let widths: Vec<usize> = lines.iter().map(|l| l.chars().count()).filter(|&n| n > 0).collect();
    // Lines running on into the next: in wrapped prose most stop mid-sentence; where each
    // line is a paragraph, almost none do.
    let followed: Vec<&str> = lines
        .windows(2)
        .filter(|pair| !pair[0].is_empty() && !pair[1].is_empty())
        .map(|pair| pair[0])
        .collect();
    let mid_sentence = followed
        .iter()
        .filter(|line| !line.ends_with(['.', '!', '?', '"', '”', '\'', '’', ':', ')']))
        .count();
    // And a line that runs on is cut near the width of the widest, where a table's rows
    // ("62 Nolan Henke") stop wherever their row does.
    let widest = widths.iter().copied().max().unwrap_or(0);
    let near_width = followed.iter().filter(|line| line.chars().count() * 4 >= widest * 3).count();
    let wrapped = widths.len() >= 3
        && widest <= 100
        && widths.iter().filter(|&&n| n >= 50).count() * 2 >= widths.len()
        && !followed.is_empty()
        && mid_sentence * 2 >= followed.len()
        && near_width * 10 >= followed.len() * 7;
    if !wrapped {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut in_paragraph = false;
    for line in lines {
        if line.is_empty() {
            in_paragraph = false;
            continue;
        }
        if in_paragraph {
            out.push(' ');
        } else if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
        in_paragraph = true;
    }
    Cow::Owned(out)
}

/// The words that label a date line ("Published: …", "Veröffentlicht am …", "Publié le
/// …"), lower case.
const PUBLISHED_LABELS: &[&str] = &[
    "published",
    "date",
    "updated",
    "posted",
    "dateline",
    "veröffentlicht",
    "datum",
    "aktualisiert",
    "stand",
    "publié",
    "publiée",
    "publicado",
    "publicada",
    "actualizado",
    "pubblicato",
    "aggiornato",
    "gepubliceerd",
];

/// The words that open a byline, as "By" does in English: German "Von", French "Par",
/// Spanish and Portuguese "Por", Italian "Di", Dutch "Door".
const BYLINE_OPENERS: &[&str] = &["By", "Von", "Par", "Por", "Di", "Door"];

/// Words that join or sit inside names in a byline ("Jane Doe and John Roe", "Ana Pérez
/// y Luis Gómez", "Ursula von der Leyen").
const BYLINE_JOINERS: &[&str] =
    &["and", "&", "in", "de", "van", "von", "der", "den", "da", "y", "e", "et", "und", "en", "del", "la"];

/// Reads one metadata line into `parsed`; false when the line is body text.
fn read_header_line(line: &str, parsed: &mut Parsed) -> bool {
    if parsed.date.is_none() {
        // "Published: …", and without the colon "Published 24/01/2026", "Posted on …".
        let labelled = line.split_once(':').or_else(|| line.trim_start().split_once(' '));
        if let Some((key, value)) = labelled {
            let key = key.trim().to_ascii_lowercase();
            let value = value.trim_start();
            let value = value.strip_prefix("on ").unwrap_or(value);
            if PUBLISHED_LABELS.contains(&key.as_str())
                && let Some(date) = parse_published(value)
            {
                parsed.date = Some(FoundDate { date, source: "text:published-line" });
                return true;
            }
        }
        if let Some(date) = parse_published(line) {
            parsed.date = Some(FoundDate { date, source: "text:date-line" });
            return true;
        }
    }
    if parsed.byline.is_none()
        && let Some(byline) = byline(line)
    {
        parsed.byline = Some(byline);
        return true;
    }
    false
}

/// `By Jane Doe` or `By Jane Doe and John Roe` → the names; not "By Tuesday the city…".
/// Other languages' openers too (`Von Jürgen Müller`, `Par Jean Dupont`, `Por Ana Pérez y
/// Luis Gómez`). A name in a script without capitals ("By محمد الأحمد", "By 山田太郎")
/// counts as capitalized.
fn byline(line: &str) -> Option<String> {
    let (opener, rest) = line.split_once(' ')?;
    if !BYLINE_OPENERS.iter().any(|o| o == &opener || o.to_uppercase() == opener) {
        return None;
    }
    let rest = rest.trim();
    let words: Vec<&str> = rest.split_whitespace().collect();
    let capital = |c: char| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase());
    let looks_like_names = (1..=8).contains(&words.len())
        && words.iter().all(|w| BYLINE_JOINERS.contains(w) || w.chars().next().is_some_and(capital))
        && words.first().is_some_and(|w| !BYLINE_JOINERS.contains(w));
    looks_like_names.then(|| rest.trim_end_matches(['.', ',']).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hard_wrapped_paragraphs_are_joined_and_other_text_is_left_as_it_is() {
        let wrapped = "The transit bill was signed on Tuesday afternoon by Governor Tim\r\n\
                       Walz, who called it overdue after two failed legislative sessions.\r\n\
                       \r\n\
                       Lawmakers from both parties attended the signing ceremony held at\r\n\
                       the capitol in Saint Paul.";
        assert_eq!(
            unwrapped(wrapped),
            "The transit bill was signed on Tuesday afternoon by Governor Tim Walz, who called it overdue after \
             two failed legislative sessions.\n\
             Lawmakers from both parties attended the signing ceremony held at the capitol in Saint Paul."
        );
        // A paragraph per line, and a short list, stay as written.
        let unwrapped_text = format!("{}\nSecond paragraph.", "A long paragraph on one line. ".repeat(6));
        assert_eq!(unwrapped(&unwrapped_text), unwrapped_text);
        assert_eq!(unwrapped("Eggs\nMilk\nBread"), "Eggs\nMilk\nBread");
        let short_paragraphs = "The council met on Tuesday to discuss the new budget plan.\n\
                                Members voted seven to six in favour of the proposal made.\n\
                                The mayor said she would sign it by the end of the week.";
        assert_eq!(unwrapped(short_paragraphs), short_paragraphs);
        // A table's rows are rows.
        let table = "Leading scores after the first round of the open on Thursday in\n\
                     the city (players U.S. unless stated), with the par of the course\n\
                     62 Nolan Henke\n64 Bob Estes\n65 Billy Andrade, Duffy Waldorf, Jesper Parnevik (Sweden)\n\
                     66 Neal Lancaster, Dave Barr (Canada), Mike Sullivan, Willie\nWood, Loren Roberts";
        assert_eq!(unwrapped(table), table);
    }

    #[test]
    fn headline_then_body() {
        let p = parse("\n\nAd sales boost Time Warner profit\n\nQuarterly profits rose.\n\nMore.\n");
        assert_eq!(p.title.as_deref(), Some("Ad sales boost Time Warner profit"));
        assert_eq!(p.body, "Quarterly profits rose.\n\nMore.");
        assert_eq!(p.date, None);
        assert_eq!(p.byline, None);
    }

    #[test]
    fn header_block_gives_date_and_byline() {
        let p = parse("Snow emergency\n\nPublished: 2026-01-24\nBy Dana Whitfield\n\nThe city said.");
        assert_eq!(p.date.as_ref().map(|d| d.date.iso()).as_deref(), Some("2026-01-24"));
        assert_eq!(p.date.as_ref().map(|d| d.source), Some("text:published-line"));
        assert_eq!(p.byline.as_deref(), Some("Dana Whitfield"));
        assert_eq!(p.body, "The city said.");
    }

    #[test]
    fn published_lines_with_a_time_or_without_a_colon_give_their_date() {
        for (header, iso) in [
            ("Published: 24 January 2026 14:05 GMT", "2026-01-24T14:05:00Z"),
            ("Posted: Jan 24, 2026 2:05 PM", "2026-01-24T14:05:00"),
            ("Updated: 01/24/2026", "2026-01-24"),
            ("Published 24.01.2026", "2026-01-24"),
            ("Posted on January 24, 2026", "2026-01-24"),
        ] {
            let p = parse(&format!("Headline\n{header}\n\nBody."));
            assert_eq!(p.date.as_ref().map(|d| d.date.iso()).as_deref(), Some(iso), "{header}");
            assert_eq!(p.body, "Body.", "{header}");
        }
        // A sentence that starts with a label word is body text.
        let p = parse("Headline\n\nPosted guards stood at the gate.\n");
        assert_eq!(p.date, None);
        assert_eq!(p.body, "Posted guards stood at the gate.");
    }

    #[test]
    fn a_front_matter_block_in_a_text_file_gives_title_and_date() {
        let mut warnings = Vec::new();
        let text = "---\ntitle: Bridge closes for repairs\ndate: 2026-03-01\n---\n\nThe bridge closed.\n";
        let p = parse_file(text, &mut warnings);
        assert_eq!(p.title.as_deref(), Some("Bridge closes for repairs"));
        assert_eq!(p.date.as_ref().map(|d| d.date.iso()).as_deref(), Some("2026-03-01"));
        assert_eq!(p.body, "The bridge closed.");
        assert!(warnings.is_empty());
        // A text that merely starts with a rule is read as before.
        let p = parse_file("---\nNot front matter\n\nBody.\n", &mut warnings);
        assert_eq!(p.title.as_deref(), Some("---"));
    }

    #[test]
    fn bench_style_date_line() {
        let p = parse("Headline\n\n2004-03-01\n\nFirst paragraph.");
        assert_eq!(p.date.map(|d| d.source), Some("text:date-line"));
        assert_eq!(p.body, "First paragraph.");
    }

    #[test]
    fn names_in_scripts_without_capitals_are_bylines() {
        for name in ["محمد الأحمد", "山田太郎", "Алёна Ёлкина"] {
            let p = parse(&format!("Headline\n\nBy {name}\n\nThe fair opened on Tuesday.\n"));
            assert_eq!(p.byline.as_deref(), Some(name));
            assert_eq!(p.body, "The fair opened on Tuesday.");
        }
    }

    #[test]
    fn bylines_and_date_lines_in_other_languages() {
        for (header, byline, day) in [
            ("Von Jürgen Müller\n3. März 2024", "Jürgen Müller", "2024-03-03"),
            ("Par Jean Dupont\nPublié le 1er janvier 2024", "Jean Dupont", "2024-01-01"),
            ("Por Ana Pérez y Luis Gómez\n15 de marzo de 2024", "Ana Pérez y Luis Gómez", "2024-03-15"),
            ("Di Marco Rossi\nPubblicato: 4 marzo 2024", "Marco Rossi", "2024-03-04"),
            ("Door Anne de Vries\nGepubliceerd op 3 maart 2024", "Anne de Vries", "2024-03-03"),
            ("Veröffentlicht am 12. Jänner 2024", "", "2024-01-12"),
        ] {
            let p = parse(&format!("Schlagzeile\n\n{header}\n\nDer Text.\n"));
            assert_eq!(p.byline.as_deref().unwrap_or_default(), byline, "{header}");
            assert_eq!(p.date.as_ref().map(|d| d.date.iso()).as_deref(), Some(day), "{header}");
            assert_eq!(p.body, "Der Text.", "{header}");
        }
        // Sentences that open with those words are body text.
        for sentence in ["Von Berlin aus fuhr der Zug.", "Par ailleurs, la grève continue."] {
            let p = parse(&format!("Schlagzeile\n\n{sentence}\n"));
            assert_eq!((p.byline, p.body.as_str()), (None, sentence));
        }
    }

    #[test]
    fn a_body_sentence_is_not_a_byline() {
        let p = parse("Headline\n\nBy Tuesday the council had voted.\n");
        assert_eq!(p.byline, None);
        assert_eq!(p.body, "By Tuesday the council had voted.");
    }

    #[test]
    fn dates_later_in_the_body_are_not_publication_dates() {
        let p = parse("Headline\n\nThe vote was held.\n\nPublished: 2026-01-24\n");
        assert_eq!(p.date, None);
    }
}
