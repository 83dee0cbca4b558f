//! `search --format`: one line per hit from a template of the hit's fields, for a list to
//! paste (`- [{title}]({link}) — {day}`) or a table to sort (`{day}\t{title}\t{link}`).
//! A field may name how it is escaped for where it goes: `{title:md}` in Markdown,
//! `{title:csv}` in a CSV cell, `{title:json}` in JSON, so that a headline such as
//! `DUPONT <DD> UNIT` or `BUDGET 3.0 | Sars` reads as it is written.

use std::io::Write;

/// A field of a hit a template may name, in braces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    Headline,
    Date,
    Day,
    DateUtc,
    Modified,
    Byline,
    Url,
    Site,
    Path,
    RelPath,
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
    /// `{lead}`: the article's first paragraph (its text up to the first blank line, or its
    /// first line when it is written a paragraph a line), cut at [`LEAD_CHARS`]: what a
    /// list of stories shows under each headline. Read from the hit's `lead`, which `search`
    /// adds when a template names it.
    Lead,
    /// `{duplicates}`: the other copies of the story folded into the hit, each as `{ref}`
    /// names an article (`reuters21578/reut2-016.sgm#16483`), joined by ", ". Read from
    /// the hit's `duplicate_refs`, which `search` adds for a template (else its
    /// `duplicates`, the copies' paths).
    Duplicates,
    /// `{ref}`: the relpath, and `#ID` for one article of a file of many
    /// (`reuters21578/reut2-000.sgm#175`): a citation that names the one article, the same
    /// on every machine.
    Ref,
    /// A column of a row that is not a hit (a name listing's, a timeline's) or of a
    /// `--kwic` line: the JSON key it is read from.
    Key(&'static str),
}

/// The names a template takes, with what each gives, for the help and the error.
const FIELDS: &[(&str, Field)] = &[
    ("title", Field::Title),
    ("headline", Field::Headline),
    ("date", Field::Date),
    ("day", Field::Day),
    ("date_utc", Field::DateUtc),
    ("modified", Field::Modified),
    ("byline", Field::Byline),
    ("url", Field::Url),
    ("site", Field::Site),
    ("path", Field::Path),
    ("relpath", Field::RelPath),
    ("ref", Field::Ref),
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
    ("lead", Field::Lead),
    ("duplicates", Field::Duplicates),
];

/// The fields of a row of `people`, `orgs`, `places`, `sites` and `languages --format`:
/// the name as listed, its articles (with their copies) and, for a row that counts
/// several writings of one name, those writings.
pub const LISTING_FIELDS: &[&str] = &["name", "articles", "spellings"];

/// The fields of a row of `timeline --format`: the period as labelled (`1987-W09`), the
/// first and last day counted in it (a period cut by --since or --until: the days
/// counted), and its articles.
pub const TIMELINE_FIELDS: &[&str] = &["period", "start", "end", "articles"];

/// The fields of a row of `quotes --format`, one row a quotation: {speaker} (empty when
/// unknown), {speakers} (each one said to speak it, joined by ", ": "Owen Bieber, Marc
/// Stepp"), {quote}, {speaker_as_written} ("he", "Mr Howard"), {attribution} ("said Mr
/// Howard"), {paragraph}, and its article's {title}, {date}, {day}, {byline}, {ref},
/// {relpath}, {path} and {uid}.
pub const QUOTE_FIELDS: &[&str] = &[
    "speaker",
    "speakers",
    "quote",
    "speaker_as_written",
    "speaker_kind",
    "attribution",
    "attributed",
    "paragraph",
    "title",
    "date",
    "day",
    "byline",
    "ref",
    "relpath",
    "path",
    "uid",
    "duplicates",
];

/// The fields `search --kwic --format` adds to a hit's: the text before the match, the
/// match, the text after it.
pub const KWIC_FIELDS: &[&str] = &["left", "match", "right"];

/// The fields of a row of `duplicates --format`, one row a copy: {group} (the group's
/// number, 1 for the largest), {kind} (exact, near or series), {copies} (how many in the group),
/// {group_title} (the headline the group is listed under), {title} (this copy's own
/// headline), {date}, {day}, {path}, {relpath}, {ref}, {id} and {uid}.
pub const DUPLICATE_FIELDS: &[&str] = &[
    "group",
    "kind",
    "copies",
    "group_title",
    "title",
    "date",
    "day",
    "path",
    "relpath",
    "ref",
    "id",
    "uid",
];

/// How a field's text is written, for the format it goes into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Escape {
    /// As it is.
    Plain,
    /// `{title:md}`: the characters Markdown or HTML would read as markup escaped with a
    /// backslash, so that `A [B SHARE` stays out of a link's text, `<DD>` is no HTML tag
    /// and `|` no table column: `DUPONT \<DD\> UNIT`.
    Markdown,
    /// `{title:csv}`: a cell of RFC 4180 CSV, in double quotes (doubled inside) when it
    /// holds a comma, a quote or a line break: `"Smith, Jones"`.
    Csv,
    /// `{title:json}`: a JSON string (`"Say \"no\""`), a list field a JSON array.
    Json,
}

/// The escapes a field may name after a colon.
const ESCAPES: &[(&str, Escape)] = &[("md", Escape::Markdown), ("csv", Escape::Csv), ("json", Escape::Json)];

#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(String),
    Field(Field, Escape),
}

/// A parsed `--format` template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template(Vec<Piece>);

/// Reads a template: `{field}` names a field and `{field:md}` (`csv`, `json`) one
/// escaped so ([`Escape`]); `{{` and `}}` are braces, `\t` and `\n` a tab and a new line,
/// `\\` a backslash (`\\t` is `\t` as written). An unknown field or escape is an error
/// naming the ones there are.
pub fn parse(text: &str) -> Result<Template, String> {
    let mut fields = FIELDS.to_vec();
    fields.extend(KWIC_FIELDS.iter().map(|&k| (k, Field::Key(k))));
    parse_with(text, &fields, "a hit")
}

/// Reads a template of a name listing's rows ([`LISTING_FIELDS`]), as [`parse`] reads a
/// search's.
pub fn parse_listing(text: &str) -> Result<Template, String> {
    parse_with(text, &keys(LISTING_FIELDS), "a listed name")
}

/// Reads a template of `duplicates`' rows ([`DUPLICATE_FIELDS`]), as [`parse`] reads a
/// search's.
pub fn parse_duplicates(text: &str) -> Result<Template, String> {
    parse_with(text, &keys(DUPLICATE_FIELDS), "a copy")
}

/// Reads a template of a timeline's rows ([`TIMELINE_FIELDS`]), as [`parse`] reads a
/// search's.
pub fn parse_timeline(text: &str) -> Result<Template, String> {
    parse_with(text, &keys(TIMELINE_FIELDS), "a period")
}

/// Reads a template of `quotes`' rows ([`QUOTE_FIELDS`]), as [`parse`] reads a search's.
pub fn parse_quotes(text: &str) -> Result<Template, String> {
    parse_with(text, &keys(QUOTE_FIELDS), "a quote")
}

fn keys(names: &[&'static str]) -> Vec<(&'static str, Field)> {
    names.iter().map(|&k| (k, Field::Key(k))).collect()
}

/// Reads a template naming the `fields` of `what` (for the error: "a hit").
fn parse_with(text: &str, fields: &[(&'static str, Field)], what: &str) -> Result<Template, String> {
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
                let inside: String = chars.by_ref().take_while(|&c| c != '}').collect();
                let (name, escape) = match inside.split_once(':') {
                    Some((name, escape)) => (name, Some(escape)),
                    None => (inside.as_str(), None),
                };
                let Some(&(_, field)) = fields.iter().find(|(n, _)| *n == name.trim()) else {
                    let known: Vec<&str> = fields.iter().map(|(n, _)| *n).collect();
                    return Err(format!("{{{name}}} is no field of {what}: use {}", known.join(", ")));
                };
                let escape = match escape.map(str::trim) {
                    None => Escape::Plain,
                    Some(escape) => match ESCAPES.iter().find(|(n, _)| *n == escape) {
                        Some(&(_, found)) => found,
                        None => {
                            return Err(format!(
                                "{{{inside}}}: {escape:?} is no escape: use {name}:md (Markdown), {name}:csv or {name}:json"
                            ));
                        }
                    },
                };
                if !literal.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut literal)));
                }
                pieces.push(Piece::Field(field, escape));
            }
            '\\' if matches!(chars.peek(), Some('t' | 'n' | '\\')) => {
                literal.push(match chars.next() {
                    Some('t') => '\t',
                    Some('n') => '\n',
                    _ => '\\',
                });
            }
            c => literal.push(c),
        }
    }
    if !literal.is_empty() {
        pieces.push(Piece::Text(literal));
    }
    if !pieces.iter().any(|p| matches!(p, Piece::Field(..))) {
        let (first, second) = (fields[0].0, fields.get(1).map_or(fields[0].0, |f| f.0));
        return Err(format!("{text:?} names no field: write one in braces, as {{{first}}} or {{{second}}}"));
    }
    Ok(Template(pieces))
}

/// `text` with the escapes a template reads (`\t` a tab, `\n` a new line, `\\` a
/// backslash) read, and nothing else: for `--header 'day\ttitle'`, where braces are text.
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if matches!(chars.peek(), Some('t' | 'n' | '\\')) => out.push(match chars.next() {
                Some('t') => '\t',
                Some('n') => '\n',
                _ => '\\',
            }),
            c => out.push(c),
        }
    }
    out
}

impl Template {
    /// Whether it names `{snippet}`: a search printing it makes no snippets otherwise,
    /// which cost `search -n 5000 --format '{path}' the` more than half its time.
    pub fn shows_snippet(&self) -> bool {
        self.0.iter().any(|p| matches!(p, Piece::Field(Field::Snippet, _)))
    }

    /// Whether it names `{lead}`: a search reads each hit's text for it only then.
    pub fn shows_lead(&self) -> bool {
        self.0.iter().any(|p| matches!(p, Piece::Field(Field::Lead, _)))
    }

    /// The first field of `--kwic` it names (`left`), which a search without --kwic
    /// has not.
    pub fn kwic_field(&self) -> Option<&'static str> {
        self.0.iter().find_map(|p| match p {
            Piece::Field(Field::Key(key), _) if KWIC_FIELDS.contains(key) => Some(*key),
            _ => None,
        })
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

impl Ending {
    /// The ending `-0`/`--null` asks for when `null`, else a new line.
    pub fn of_lines(null: bool) -> Ending {
        if null { Ending::Nul } else { Ending::Line }
    }
}

/// `--format`'s output: the `--header` line once (ended as the rows are, by a newline or
/// under `-0` a NUL), then each hit of the JSON document `doc` by `template` (search's and
/// similar's alike).
pub fn write_with_header(
    out: &mut impl Write,
    header: Option<&str>,
    template: &Template,
    doc: &serde_json::Value,
    ending: Ending,
) -> std::io::Result<()> {
    let empty = Vec::new();
    write_rows_with_header(out, header, template, doc["hits"].as_array().unwrap_or(&empty), ending)
}

/// `--format`'s output for rows that are not a search's hits (a listing's names, a
/// timeline's periods, `--kwic`'s lines): the `--header` line once, then each row of
/// `rows` (JSON objects) by `template`.
pub fn write_rows_with_header(
    out: &mut impl Write,
    header: Option<&str>,
    template: &Template,
    rows: &[serde_json::Value],
    ending: Ending,
) -> std::io::Result<()> {
    if let Some(header) = header {
        out.write_all(header.as_bytes())?;
        out.write_all(if ending == Ending::Nul { b"\0" } else { b"\n" })?;
    }
    write_rows(out, template, rows, ending)
}

/// Writes each of `rows` (a hit, or a row of another listing, as its JSON gives it) as the
/// template says, one line (or NUL-ended record) each.
fn write_rows(
    out: &mut impl Write,
    template: &Template,
    rows: &[serde_json::Value],
    ending: Ending,
) -> std::io::Result<()> {
    for hit in rows {
        let mut line = Vec::new();
        for piece in &template.0 {
            match (piece, ending) {
                (Piece::Text(text), _) => line.extend_from_slice(text.as_bytes()),
                (Piece::Field(Field::Path, Escape::Plain), Ending::Nul) => {
                    line.extend_from_slice(&path_bytes(hit["path"].as_str().unwrap_or_default()))
                }
                (Piece::Field(Field::RelPath, Escape::Plain), Ending::Nul) => {
                    line.extend_from_slice(&path_bytes(hit["relpath"].as_str().unwrap_or_default()))
                }
                (Piece::Field(field, escape), _) => {
                    line.extend_from_slice(escaped(hit, *field, *escape, ending).as_bytes())
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

/// A field's text as `escape` writes it. A line's field is one line (its tabs and line
/// breaks spaces) before it is escaped; JSON keeps the text as it is, escaped within the
/// string.
fn escaped(hit: &serde_json::Value, field: Field, escape: Escape, ending: Ending) -> String {
    if escape == Escape::Json {
        return match (list_key(field), field) {
            (Some(key), _) => serde_json::to_string(&hit[key].as_array().cloned().unwrap_or_default()),
            // A row's own column as its JSON has it: a count a number, spellings an array.
            (None, Field::Key(key)) => serde_json::to_string(&hit[key]),
            (None, _) => serde_json::to_string(&value_of(hit, field)),
        }
        .expect("strings serialize");
    }
    let text = value_of(hit, field);
    let text = match (ending, field) {
        // `--kwic`'s columns are cut from one sentence: a space at the edge of {left} or
        // {right} is the space between words, which `{left}{match}{right}` must keep
        // ("We won't back down - not now", not "Wewon't back down- not now").
        (Ending::Line, Field::Key(key)) if KWIC_FIELDS.contains(&key) => one_line_keeping_edges(&text),
        (Ending::Line, _) => one_line(&text),
        (Ending::Nul, _) => text,
    };
    match escape {
        Escape::Markdown => markdown(&text),
        Escape::Csv => csv_cell(&text),
        Escape::Plain | Escape::Json => text,
    }
}

/// `text` with a backslash before each character Markdown (CommonMark, and GitHub's
/// tables and strikethrough) or HTML would take for markup, so that it reads literally in
/// a link's text, a list or a table cell: `A [B SHARE` → `A \[B SHARE`, `<DD>` →
/// `\<DD\>`, `******` → `\*\*\*\*\*\*`. A `#`, `+`, `-` or `=` starting it, and the `.` or
/// `)` of a number starting it, would begin a heading or a list item at the start of a
/// line: they are escaped too. Other text stays as it is (`3.0`, `S/P`).
fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let number = text.chars().take_while(char::is_ascii_digit).count();
    for (i, c) in text.chars().enumerate() {
        let markup = matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&')
            || (i == 0 && matches!(c, '#' | '+' | '-' | '='))
            || (i == number && number > 0 && matches!(c, '.' | ')'));
        if markup {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `text` as one cell of CSV (RFC 4180): in double quotes, with each quote doubled, when
/// it holds a comma, a quote or a line break; else as it is.
fn csv_cell(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The key of a list field in the JSON, for `{people:json}` as an array.
fn list_key(field: Field) -> Option<&'static str> {
    match field {
        Field::People => Some("people"),
        Field::Orgs => Some("organizations"),
        Field::Places => Some("places"),
        Field::Tags => Some("tags"),
        Field::Duplicates => Some("duplicate_refs"),
        _ => None,
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
        // Older answers (a saved JSON) have no headline: the title.
        Field::Headline => Some(text("headline")).filter(|h| !h.is_empty()).unwrap_or_else(|| text("title")),
        Field::Date => text("date"),
        Field::Day => text("date").chars().take(10).collect(),
        Field::DateUtc => text("date_utc"),
        Field::Modified => text("modified"),
        Field::Byline => text("byline"),
        Field::Url => text("url"),
        Field::Site => text("site"),
        Field::Path => text("path"),
        // The path from the folder ingested, its name first (`bbc/politics/099.txt`): the
        // same on each laptop the folder is ingested on, where `{path}` differs.
        Field::RelPath => text("relpath"),
        // Without an address, the one article: `reut2-000.sgm#873`, not the file of 1,000.
        Field::Link => {
            Some(text("url")).filter(|u| !u.is_empty()).unwrap_or_else(|| value_of(hit, Field::Id))
        }
        // The JSON's id is the file's name and the article's number in it (`wire.jsonl#2`):
        // the path is given whole, as `show` takes it.
        Field::Id => match hit["id"].as_str() {
            Some(id) => format!("{}#{}", text("path"), id.rsplit('#').next().unwrap_or(id)),
            None => text("path"),
        },
        Field::Uid => text("uid"),
        Field::Score => hit["score"].as_f64().map(|s| format!("{s:.3}")).unwrap_or_default(),
        Field::Language => text("language"),
        // With the "…" text output shows where the body goes on before or after it.
        Field::Snippet => {
            let snippet = text("snippet");
            let cut =
                |key: &str| if hit[key].as_bool() == Some(true) && !snippet.is_empty() { "…" } else { "" };
            format!("{}{snippet}{}", cut("snippet_starts_mid_text"), cut("snippet_ends_mid_text"))
        }
        Field::People => list("people"),
        Field::Orgs => list("organizations"),
        Field::Places => list("places"),
        Field::Tags => list("tags"),
        Field::Lead => text("lead"),
        Field::Duplicates if hit.get("duplicate_refs").is_some() => list("duplicate_refs"),
        Field::Duplicates => list("duplicates"),
        Field::Ref => reference(hit),
        Field::Key(key) => match &hit[key] {
            serde_json::Value::String(text) => text.clone(),
            serde_json::Value::Null => String::new(),
            serde_json::Value::Array(_) => list(key),
            other => other.to_string(),
        },
    }
}

/// A hit's `{ref}`: its relpath (else its path), with `#` and the article's number in a
/// file of many: `reuters21578/reut2-000.sgm#175`, `bbc/politics/099.txt`.
pub fn reference(hit: &serde_json::Value) -> String {
    let text = |key: &str| hit[key].as_str().unwrap_or_default().to_string();
    let file = Some(text("relpath")).filter(|r| !r.is_empty()).unwrap_or_else(|| text("path"));
    match hit["id"].as_str() {
        Some(id) => format!("{file}#{}", id.rsplit('#').next().unwrap_or(id)),
        None => file,
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` as one line, as [`one_line`] makes it, but with a space kept where it starts or
/// ends with white space: ` back down ` stays ` back down `, `\nnow` becomes ` now`.
fn one_line_keeping_edges(text: &str) -> String {
    let inner = one_line(text);
    if inner.is_empty() {
        return if text.is_empty() { String::new() } else { " ".to_string() };
    }
    let before = if text.starts_with(char::is_whitespace) { " " } else { "" };
    let after = if text.ends_with(char::is_whitespace) { " " } else { "" };
    format!("{before}{inner}{after}")
}

/// Longest `{lead}`, in characters: a paragraph of a few sentences, not a wire story set
/// as one line.
pub const LEAD_CHARS: usize = 400;

/// An article's first paragraph, for `{lead}`: its text up to the first blank line, or
/// up to the first line that ends a sentence where the text is kept a paragraph a line
/// (Reuters' wire copy, most web pages), as one line, cut after a word at [`LEAD_CHARS`]
/// with "…". A line that ends no sentence (a text wrapped at 70 columns, a dateline) runs
/// on into the next.
pub fn lead(body: &str) -> String {
    let mut paragraph = Vec::new();
    for line in body.trim_start().lines().map(str::trim) {
        if line.is_empty() {
            break;
        }
        paragraph.push(line);
        if line.ends_with(['.', '!', '?', '"', '”', '’']) {
            break;
        }
    }
    let paragraph = paragraph.join("\n");
    let text = one_line(&paragraph);
    if text.chars().count() <= LEAD_CHARS {
        return text;
    }
    let cut: String = text.chars().take(LEAD_CHARS).collect();
    let cut = match cut.rfind(' ') {
        Some(space) if space > LEAD_CHARS / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_reads_the_escapes_of_a_template_and_keeps_braces() {
        assert_eq!(unescape(r"day\ttitle\\n{x}"), "day\ttitle\\n{x}");
        assert_eq!(unescape("day,title,path"), "day,title,path");
    }

    fn hits() -> serde_json::Value {
        serde_json::json!({"hits": [
            {"title": "Ferry\tresumes", "date": "2026-01-06T11:00:00-06:00", "url": null, "path": "/a/feed.json",
             "id": "feed.json#2", "people": ["Tim Walz", "Jacob Frey"], "score": 1.23456},
            {"title": "Port strike ends", "date": null, "url": "https://news.example/port", "path": "/a/port.html"}
        ]})
    }

    fn lines(template: &str) -> String {
        let mut out = Vec::new();
        write_with_header(&mut out, None, &parse(template).unwrap(), &hits(), Ending::Line).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_snippet_shows_where_the_text_goes_on() {
        let doc = serde_json::json!({"hits": [
            {"snippet": "the ferry ran", "snippet_starts_mid_text": true, "snippet_ends_mid_text": false},
            {"snippet": "Whole text.", "snippet_starts_mid_text": false, "snippet_ends_mid_text": false},
            {"snippet": "opening words", "snippet_starts_mid_text": false, "snippet_ends_mid_text": true},
            {"snippet": ""}
        ]});
        let mut out = Vec::new();
        write_with_header(&mut out, None, &parse("[{snippet}]").unwrap(), &doc, Ending::Line).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "[…the ferry ran]\n[Whole text.]\n[opening words…]\n[]\n"
        );
    }

    #[test]
    fn with_nul_endings_fields_keep_their_line_breaks() {
        let doc = serde_json::json!({"hits": [
            {"title": "Two\nlines", "path": "/a/odd\nname.txt"},
            {"title": "Plain", "path": "/a/plain.txt"}
        ]});
        let mut out = Vec::new();
        write_with_header(&mut out, None, &parse("{path}:{title}").unwrap(), &doc, Ending::Nul).unwrap();
        assert_eq!(out, b"/a/odd\nname.txt:Two\nlines\0/a/plain.txt:Plain\0");
        let mut out = Vec::new();
        write_with_header(&mut out, None, &parse("{path}").unwrap(), &doc, Ending::Line).unwrap();
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
            "- [Ferry resumes](/a/feed.json#2) — 2026-01-06\n- [Port strike ends](https://news.example/port) — \n"
        );
        assert_eq!(
            lines("{id}\\t{people}\\t{score}"),
            "/a/feed.json#2\tTim Walz, Jacob Frey\t1.235\n/a/port.html\t\t\n"
        );
        assert_eq!(lines("{{{title}}}"), "{Ferry resumes}\n{Port strike ends}\n");
        // Without an address, a link names the one article of a file of many.
        assert_eq!(lines("{link}"), "/a/feed.json#2\nhttps://news.example/port\n");
        // `\\` is a backslash: `\\t` is written `\t`.
        assert_eq!(lines("{day}\\\\t\\n"), "2026-01-06\\t\n\n\\t\n\n");
    }

    #[test]
    fn an_escaped_field_reads_literally_in_markdown_csv_and_json() {
        assert_eq!(markdown("FIRST WISCONSIN <FWB> A [B SHARE"), "FIRST WISCONSIN \\<FWB\\> A \\[B SHARE");
        assert_eq!(markdown("161125******S/P"), "161125\\*\\*\\*\\*\\*\\*S/P");
        assert_eq!(markdown("BUDGET 3.0 | Sars"), "BUDGET 3.0 \\| Sars");
        assert_eq!(markdown("# 1 & 2_b"), "\\# 1 \\& 2\\_b");
        assert_eq!(markdown("1987. A year"), "1987\\. A year");
        assert_eq!(csv_cell("Plain"), "Plain");
        assert_eq!(csv_cell("Smith, Jones say \"no\""), "\"Smith, Jones say \"\"no\"\"\"");
        let doc = serde_json::json!({"hits": [
            {"title": "Say \"no\", Smith\n[says]", "people": ["Tim Walz", "Jacob Frey"], "path": "/a"}
        ]});
        let mut out = Vec::new();
        let template = parse("{title:md}|{title:csv}|{title:json}|{people:json}|{people:csv}").unwrap();
        write_with_header(&mut out, None, &template, &doc, Ending::Line).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "Say \"no\", Smith \\[says\\]|\"Say \"\"no\"\", Smith [says]\"|\"Say \\\"no\\\", Smith\\n[says]\"|[\"Tim Walz\",\"Jacob Frey\"]|\"Tim Walz, Jacob Frey\"\n"
        );
        assert!(parse("{title:html}").unwrap_err().contains("title:md"));
    }

    #[test]
    fn a_headline_is_the_title_else_what_the_hit_gives() {
        let doc = serde_json::json!({"hits": [
            {"title": "Port strike ends", "headline": "Port strike ends"},
            {"title": null, "headline": "Grain shipments set a harbour record."},
            {"title": "Saved before headlines"}
        ]});
        let mut out = Vec::new();
        write_with_header(&mut out, None, &parse("- {headline}").unwrap(), &doc, Ending::Line).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "- Port strike ends\n- Grain shipments set a harbour record.\n- Saved before headlines\n"
        );
    }

    #[test]
    fn a_ref_names_the_one_article_by_its_relpath() {
        let doc = serde_json::json!({"hits": [
            {"path": "/home/a/corpora/reuters21578/reut2-000.sgm", "relpath": "reuters21578/reut2-000.sgm",
             "id": "reut2-000.sgm#175"},
            {"path": "/home/a/corpora/bbc/politics/099.txt", "relpath": "bbc/politics/099.txt", "id": null},
            {"path": "/a/saved.json", "id": "saved.json#2"}
        ]});
        let mut out = Vec::new();
        write_with_header(&mut out, None, &parse("{ref}\t{relpath}").unwrap(), &doc, Ending::Line).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "reuters21578/reut2-000.sgm#175\treuters21578/reut2-000.sgm\n\
             bbc/politics/099.txt\tbbc/politics/099.txt\n/a/saved.json#2\t\n"
        );
    }

    #[test]
    fn a_listing_s_rows_are_written_from_their_own_fields() {
        let rows = vec![
            serde_json::json!({"name": "General Motors Corp", "articles": 61,
                               "spellings": ["General Motors Corp", "GM"]}),
            serde_json::json!({"name": "Chrysler, Inc", "articles": 7, "spellings": []}),
        ];
        let mut out = Vec::new();
        let template = parse_listing("{name:csv},{articles},{spellings:csv}|{spellings:json}").unwrap();
        write_rows_with_header(&mut out, Some("name,articles,spellings"), &template, &rows, Ending::Line)
            .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "name,articles,spellings\nGeneral Motors Corp,61,\"General Motors Corp, GM\"|[\"General Motors Corp\",\"GM\"]\n\
             \"Chrysler, Inc\",7,|[]\n"
        );
        let err = parse_listing("{title}").unwrap_err();
        assert!(err.contains("{title} is no field of a listed name: use name, articles, spellings"), "{err}");
        assert!(parse_timeline("{period}\t{start}\t{end}\t{articles}").is_ok());
        assert!(parse_timeline("{name}").unwrap_err().contains("use period, start, end, articles"));
        assert!(parse_timeline("x").unwrap_err().contains("as {period} or {start}"));
    }

    #[test]
    fn kwic_fields_are_known_to_a_search_template_and_said_apart() {
        assert_eq!(parse("{left}\t{match}\t{right}\t{ref}").unwrap().kwic_field(), Some("left"));
        assert_eq!(parse("{title}").unwrap().kwic_field(), None);
    }

    #[test]
    fn a_template_naming_no_field_or_an_unknown_one_is_refused() {
        let err = parse("{heading} {date}").unwrap_err();
        assert!(err.contains("{heading} is no field") && err.contains("title, headline, date"), "{err}");
        assert!(parse("just text").unwrap_err().contains("names no field"));
    }

    #[test]
    fn kwic_columns_keep_the_spaces_between_their_words() {
        let rows = [
            serde_json::json!({"left": "“We ", "match": "won’t back down", "right": " - not\tnow"}),
            serde_json::json!({"left": "a (", "match": "harbour", "right": "), it"}),
        ];
        let mut out = Vec::new();
        let template = parse("{left}{match}{right}").unwrap();
        write_rows_with_header(&mut out, None, &template, &rows, Ending::Line).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "“We won’t back down - not now\na (harbour), it\n");
        assert_eq!(one_line_keeping_edges("\n now \t"), " now ");
        assert_eq!(one_line_keeping_edges(" \n"), " ");
        assert_eq!(one_line_keeping_edges(""), "");
        // Other fields are trimmed, as before.
        assert_eq!(lines("[{title}]"), "[Ferry resumes]\n[Port strike ends]\n");
    }

    #[test]
    fn a_lead_is_the_first_paragraph() {
        // Paragraphs apart by a blank line.
        assert_eq!(
            lead("\n  Talks will take\nplace this week.\n\nFive unions met."),
            "Talks will take place this week."
        );
        // A paragraph a line: the first sentence-ending line.
        assert_eq!(
            lead("Completions fell 0.2 pct.\nThe fall came after a rise."),
            "Completions fell 0.2 pct."
        );
        // A text wrapped at a width runs on to the end of its sentence.
        assert_eq!(
            lead("LONDON, March 3 - The bank\nraised its rate.\nIt said so."),
            "LONDON, March 3 - The bank raised its rate."
        );
        assert_eq!(lead(""), "");
        let long = "word ".repeat(200);
        let cut = lead(&long);
        assert!(cut.ends_with("word…") && cut.chars().count() <= LEAD_CHARS + 1, "{cut}");
        assert!(parse("{title}: {lead}").is_ok());
    }

    #[test]
    fn a_duplicates_row_is_written_from_its_own_fields() {
        let rows =
            [serde_json::json!({"group": 1, "kind": "near", "title": "Talks aim to avert pension strike",
            "relpath": "bbc/politics/069.txt"})];
        let mut out = Vec::new();
        let template = parse_duplicates("{group}\t{kind}\t{title}\t{relpath}").unwrap();
        write_rows_with_header(&mut out, Some("group\tkind\ttitle\trelpath"), &template, &rows, Ending::Line)
            .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "group\tkind\ttitle\trelpath\n1\tnear\tTalks aim to avert pension strike\tbbc/politics/069.txt\n"
        );
        assert!(parse_duplicates("{snippet}").unwrap_err().contains("no field of a copy: use group, kind"));
    }
}
