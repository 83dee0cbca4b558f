//! `search --format`: one line per hit from a template of the hit's fields, for a list to
//! paste (`- [{title}]({link}) — {day}`) or a table to sort (`{day}\t{title}\t{link}`).

use std::io::Write;

/// A field of a hit a template may name, in braces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    Date,
    Day,
    DateUtc,
    Modified,
    Byline,
    Url,
    Site,
    Path,
    Link,
    Id,
    Uid,
    Score,
    Language,
    Snippet,
    People,
    Orgs,
    Places,
    Tags,
}

/// The names a template takes, with what each gives, for the help and the error.
const FIELDS: &[(&str, Field)] = &[
    ("title", Field::Title),
    ("date", Field::Date),
    ("day", Field::Day),
    ("date_utc", Field::DateUtc),
    ("modified", Field::Modified),
    ("byline", Field::Byline),
    ("url", Field::Url),
    ("site", Field::Site),
    ("path", Field::Path),
    ("link", Field::Link),
    ("id", Field::Id),
    ("uid", Field::Uid),
    ("score", Field::Score),
    ("language", Field::Language),
    ("snippet", Field::Snippet),
    ("people", Field::People),
    ("orgs", Field::Orgs),
    ("places", Field::Places),
    ("tags", Field::Tags),
];

#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(String),
    Field(Field),
}

/// A parsed `--format` template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template(Vec<Piece>);

/// Reads a template: `{field}` names a field, `{{` and `}}` are braces, `\t` and `\n` a
/// tab and a new line. An unknown field is an error naming the ones there are.
pub fn parse(text: &str) -> Result<Template, String> {
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                literal.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                literal.push('}');
            }
            '{' => {
                let name: String = chars.by_ref().take_while(|&c| c != '}').collect();
                let Some(&(_, field)) = FIELDS.iter().find(|(n, _)| *n == name.trim()) else {
                    let known: Vec<&str> = FIELDS.iter().map(|(n, _)| *n).collect();
                    return Err(format!("{{{name}}} is no field of a hit: use {}", known.join(", ")));
                };
                if !literal.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut literal)));
                }
                pieces.push(Piece::Field(field));
            }
            '\\' if matches!(chars.peek(), Some('t' | 'n')) => {
                literal.push(if chars.next() == Some('t') { '\t' } else { '\n' });
            }
            c => literal.push(c),
        }
    }
    if !literal.is_empty() {
        pieces.push(Piece::Text(literal));
    }
    if !pieces.iter().any(|p| matches!(p, Piece::Field(_))) {
        return Err(format!("{text:?} names no field: write one in braces, as {{title}} or {{date}}"));
    }
    Ok(Template(pieces))
}

impl Template {
    /// Whether it names `{snippet}`: a search printing it makes no snippets otherwise,
    /// which cost `search -n 5000 --format '{path}' the` more than half its time.
    pub fn shows_snippet(&self) -> bool {
        self.0.contains(&Piece::Field(Field::Snippet))
    }
}

/// How each hit's line of a template ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// A new line; a field's own tabs and line breaks become spaces, so that each hit
    /// stays one line.
    Line,
    /// A NUL byte (`search -0`, for `xargs -0`); fields are written as they are, and
    /// `{path}` byte for byte, a file name holding a new line or bytes that are not UTF-8
    /// too.
    Nul,
}

/// Writes each hit of a `search --json` document (`hits`) as the template says, one line
/// (or NUL-ended record) each. A field the hit lacks is empty.
pub fn write(
    out: &mut impl Write,
    template: &Template,
    doc: &serde_json::Value,
    ending: Ending,
) -> std::io::Result<()> {
    let empty = Vec::new();
    for hit in doc["hits"].as_array().unwrap_or(&empty) {
        let mut line = Vec::new();
        for piece in &template.0 {
            match (piece, ending) {
                (Piece::Text(text), _) => line.extend_from_slice(text.as_bytes()),
                (Piece::Field(field), Ending::Line) => {
                    line.extend_from_slice(one_line(&value_of(hit, *field)).as_bytes())
                }
                (Piece::Field(Field::Path), Ending::Nul) => {
                    line.extend_from_slice(&path_bytes(hit["path"].as_str().unwrap_or_default()))
                }
                (Piece::Field(field), Ending::Nul) => {
                    line.extend_from_slice(value_of(hit, *field).as_bytes())
                }
            }
        }
        line.push(if ending == Ending::Nul { b'\0' } else { b'\n' });
        out.write_all(&line)?;
    }
    Ok(())
}

/// The bytes of the file a hit's path names (as the index keeps it, a name that is not
/// UTF-8 holds stand-ins for its bytes: see [`crate::ingest::walk::source_of`]).
pub fn path_bytes(path: &str) -> Vec<u8> {
    let path = crate::ingest::walk::path_of(path);
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        path.as_os_str().as_bytes().to_vec()
    }
    #[cfg(not(unix))]
    {
        path.to_string_lossy().into_owned().into_bytes()
    }
}

fn value_of(hit: &serde_json::Value, field: Field) -> String {
    let text = |key: &str| hit[key].as_str().unwrap_or_default().to_string();
    let list = |key: &str| {
        let items = hit[key].as_array().map(Vec::as_slice).unwrap_or_default();
        items.iter().filter_map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
    };
    match field {
        Field::Title => text("title"),
        Field::Date => text("date"),
        Field::Day => text("date").chars().take(10).collect(),
        Field::DateUtc => text("date_utc"),
        Field::Modified => text("modified"),
        Field::Byline => text("byline"),
        Field::Url => text("url"),
        Field::Site => text("site"),
        Field::Path => text("path"),
        Field::Link => Some(text("url")).filter(|u| !u.is_empty()).unwrap_or_else(|| text("path")),
        // The JSON's id is the file's name and the article's number in it (`wire.jsonl#2`):
        // the path is given whole, as `show` takes it.
        Field::Id => match hit["id"].as_str() {
            Some(id) => format!("{}#{}", text("path"), id.rsplit('#').next().unwrap_or(id)),
            None => text("path"),
        },
        Field::Uid => text("uid"),
        Field::Score => hit["score"].as_f64().map(|s| format!("{s:.3}")).unwrap_or_default(),
        Field::Language => text("language"),
        Field::Snippet => text("snippet"),
        Field::People => list("people"),
        Field::Orgs => list("organizations"),
        Field::Places => list("places"),
        Field::Tags => list("tags"),
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits() -> serde_json::Value {
        serde_json::json!({"hits": [
            {"title": "Ferry\tresumes", "date": "2026-01-06T11:00:00-06:00", "url": null, "path": "/a/feed.json",
             "id": "feed.json#2", "people": ["Tim Walz", "Jacob Frey"], "score": 1.23456},
            {"title": "Port strike ends", "date": null, "url": "https://news.example/port", "path": "/a/port.html"}
        ]})
    }

    fn lines(template: &str) -> String {
        let mut out = Vec::new();
        write(&mut out, &parse(template).unwrap(), &hits(), Ending::Line).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn with_nul_endings_fields_keep_their_line_breaks() {
        let doc = serde_json::json!({"hits": [
            {"title": "Two\nlines", "path": "/a/odd\nname.txt"},
            {"title": "Plain", "path": "/a/plain.txt"}
        ]});
        let mut out = Vec::new();
        write(&mut out, &parse("{path}:{title}").unwrap(), &doc, Ending::Nul).unwrap();
        assert_eq!(out, b"/a/odd\nname.txt:Two\nlines\0/a/plain.txt:Plain\0");
        let mut out = Vec::new();
        write(&mut out, &parse("{path}").unwrap(), &doc, Ending::Line).unwrap();
        assert_eq!(out, b"/a/odd name.txt\n/a/plain.txt\n");
    }

    #[test]
    fn a_template_shows_a_snippet_only_when_it_names_one() {
        assert!(parse("{title}: {snippet}").unwrap().shows_snippet());
        assert!(!parse("{path}\t{title}").unwrap().shows_snippet());
    }

    #[test]
    fn a_template_makes_one_line_per_hit_from_its_fields() {
        assert_eq!(
            lines("- [{title}]({link}) — {day}"),
            "- [Ferry resumes](/a/feed.json) — 2026-01-06\n- [Port strike ends](https://news.example/port) — \n"
        );
        assert_eq!(
            lines("{id}\\t{people}\\t{score}"),
            "/a/feed.json#2\tTim Walz, Jacob Frey\t1.235\n/a/port.html\t\t\n"
        );
        assert_eq!(lines("{{{title}}}"), "{Ferry resumes}\n{Port strike ends}\n");
    }

    #[test]
    fn a_template_naming_no_field_or_an_unknown_one_is_refused() {
        let err = parse("{headline} {date}").unwrap_err();
        assert!(err.contains("{headline} is no field") && err.contains("title, date"), "{err}");
        assert!(parse("just text").unwrap_err().contains("names no field"));
    }
}
