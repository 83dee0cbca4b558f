//! Plain-text articles.
//!
//! The first non-empty line is the headline, unless it is a date on its own or page
//! furniture (`THE DAILY COURIER — Page 3`), as at the top of a scanned page: up to three
//! such lines go before it, a date among them taken as the publication date. After the
//! headline, a short header block may hold `Published: 2026-01-24` (or `Date:`/`Posted:`;
//! an `Updated:` line's date only when none gives the publication date), a line that is only a date (`2026-01-24`, as in the bench corpora), a byline
//! (`By Jane Doe`, `— Jane Doe`, `Jane Doe, Staff Writer`) and a sub-headline: those
//! metadata lines leave the body, everything else is the body. Failing a date there, a
//! dateline opening the body (`SPRINGFIELD, March 3, 1987 --`) gives it. Words broken
//! over two lines with a hyphen (`govern-` / `ment`) are whole again.

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use super::{FoundDate, Parsed, squash_whitespace};
use crate::dates::{
    PublishedDate, SlashDate, SlashOrder, parse_published, slash_order_in, slash_order_of_language,
};

/// How many non-empty lines after the headline may hold metadata, a sub-headline or two
/// among them.
const HEADER_LINES: usize = 5;

/// How many lines before the headline may be a date or page furniture.
const LINES_BEFORE_HEADLINE: usize = 3;

/// Parses a plain-text file: a front matter block at its start (`---` YAML or `+++` TOML,
/// as static-site tools write even in .txt files) gives what it says, as in Markdown, and
/// the text after it is the article.
pub fn parse_file(text: &str, warnings: &mut Vec<String>) -> Parsed {
    let (front, rest) = super::markdown::front_matter(text, warnings);
    if rest.len() == text.trim_start_matches('\u{feff}').len() {
        if let Some((front, rest)) = labelled_header(text) {
            let headline = front.title.clone();
            return under_front_matter(front, headline, rest, warnings);
        }
        return parse(&with_slash_dates_settled(text, None, warnings));
    }
    let headline = front.title.clone();
    under_front_matter(front, headline, rest, warnings)
}

/// A date in figures with slashes that reads two ways (`08/12/2025`: August 12 or 8
/// December), settled by the order the same text's other slash dates are written in
/// (`Updated: 08/14/2025` is month first), else by the language the article declares
/// (`en-US`; `en-GB`, `de`), else by a dateline from a US state (`READING, Pa. —`); with
/// none of them it is left undated, and `warnings` says so, naming both days. `written`
/// may have a time after the date (`08/12/2025 10:30 AM`).
pub(super) fn settled_slash_date(
    written: &str,
    text: &str,
    language: Option<&str>,
    warnings: &mut Vec<String>,
) -> Option<PublishedDate> {
    let written = written.trim();
    let (figures, time) = written.split_once(' ').unwrap_or((written, ""));
    let date = SlashDate::of(figures)?;
    let order = slash_order_in(text)
        .or_else(|| language.and_then(slash_order_of_language))
        .or_else(|| has_us_state_dateline(text).then_some(SlashOrder::MonthFirst));
    let Some(order) = order else {
        warnings.push(format!("date {figures} reads as {}: left undated", date.readings()));
        return None;
    };
    parse_published(format!("{} {time}", date.in_order(order)).trim())
}

/// The date a web page's text opens with, when its markup gives none: "Published January
/// 22, 2026", "Updated: 08/12/2025" ([`settled_slash_date`] by the page's `language`),
/// "Posted on January 22, 2026 by Derek Lutz" (its writer too), in the first three lines,
/// as a text file's header gives them.
pub(super) fn opening_publication_line(
    body: &str,
    language: Option<&str>,
    warnings: &mut Vec<String>,
) -> Parsed {
    let mut parsed = Parsed::default();
    let top: Vec<&str> = body.lines().map(str::trim).filter(|l| !l.is_empty()).take(3).collect();
    let top = with_slash_dates_settled(&top.join("\n"), language, warnings).into_owned();
    for line in top.lines() {
        if parts(line).first().is_some_and(|part| labelled_value(part).is_some()) {
            read_header_line(line, &mut parsed);
        }
    }
    parsed
}

/// How many non-empty lines at the top of a text may hold its publication date.
const TOP_LINES: usize = LINES_BEFORE_HEADLINE + 1 + HEADER_LINES;

/// `text` with a labelled date in figures that reads two ways in its top lines
/// (`Published: 08/12/2025`) written as the day [`settled_slash_date`] makes it
/// (`Published: 2025-08-12`), so that it is read as any other; left as it is (and said)
/// when nothing settles it.
fn with_slash_dates_settled<'t>(
    text: &'t str,
    language: Option<&str>,
    warnings: &mut Vec<String>,
) -> Cow<'t, str> {
    say_unreadable_date(text, warnings);
    let top = text.lines().filter(|l| !l.trim().is_empty()).take(TOP_LINES);
    let written = top.flat_map(parts).find_map(|part| {
        let (value, _) = labelled_value(part)?;
        let figures = value.split_whitespace().next()?;
        SlashDate::of(figures).map(|_| figures.to_string())
    });
    let Some(written) = written else { return Cow::Borrowed(text) };
    match settled_slash_date(&written, text, language, warnings) {
        Some(date) => Cow::Owned(text.replacen(&written, &date.local.date().to_string(), 1)),
        None => Cow::Borrowed(text),
    }
}

/// Says in `warnings` when a labelled date in the top lines of `text` (`Published:
/// 19.10.87`, `Posted 31 September 2004`) is shaped like a date but is none newsdex reads
/// ([`crate::dates::unreadable`]: a year of two figures, or before the earliest read; a
/// day the month has not; no year): a line that announces a date and is passed over
/// silently leaves the article undated with nothing said.
fn say_unreadable_date(text: &str, warnings: &mut Vec<String>) {
    let top = text.lines().filter(|l| !l.trim().is_empty()).take(TOP_LINES);
    let unread = top.flat_map(parts).find_map(|part| {
        let (value, _) = labelled_value(part)?;
        if parse_published(value).is_some() {
            return None;
        }
        // "Posted on 19.10.87 by Derek Lutz": the date before the writer.
        let written = value.split(" by ").next()?.trim();
        // A month and its year ("Published: March 2004"): no day, and a month is no
        // article's date, as a `2004-03` in a page's markup is not either.
        if crate::dates::parse_month_year(written).is_some() {
            return Some(format!("date {written:?} not read: a month without its day; left undated"));
        }
        let why = crate::dates::unreadable(written, crate::dates::MIN_YEAR)?;
        Some(format!("date {written:?} not read: {}", why.reason()))
    });
    warnings.extend(unread);
}

/// Whether a text's dateline names a US state as the AP writes them (`READING, Pa. —`,
/// `SPRINGFIELD, Ill., March 3 —`, `BOISE, Idaho (AP) —`): a US paper, which writes dates
/// month first.
fn has_us_state_dateline(text: &str) -> bool {
    const AP_STATES: &[&str] = &[
        "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.",
        "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.",
        "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.",
        "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.", "Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio",
        "Texas", "Utah",
    ];
    text.lines().filter(|l| !l.trim().is_empty()).take(TOP_LINES + 2).any(|line| {
        let line = line.trim();
        opens_in_capitals(line)
            && line.split_once(", ").is_some_and(|(place, after)| {
                place.split_whitespace().count() <= 3
                    && AP_STATES.iter().any(|state| {
                        after
                            .strip_prefix(state)
                            .is_some_and(|rest| rest.starts_with([' ', ',']) || rest.is_empty())
                    })
            })
    })
}

/// The most lines a labelled header ([`labelled_header`]) has.
const MAX_LABELLED_LINES: usize = 12;

/// A header of `Label: value` lines opening with the title, as read-later apps and
/// reference managers export articles (`Title: …`, `URL: …`, `Author: …`, `Date: …`), up to
/// the first line that is no such line: what it says, and the text after it. Labels it
/// does not know (`Saved:`, `Excerpt:`) leave the text with the others. An e-mail saved as
/// text (Outlook's "Save as: Text only": `From:`, `Sent:`, `To:`, `Subject:`) is read as
/// the e-mail is: the subject its headline, the sender its byline, when it was sent its date.
fn labelled_header(text: &str) -> Option<(Parsed, &str)> {
    let text = text.trim_start_matches('\u{feff}').trim_start();
    let mut parsed = Parsed::default();
    let mut end = 0;
    let mut mail = false;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let labelled = line.split_once(':').filter(|(label, value)| {
            !value.trim().is_empty()
                && (1..=3).contains(&label.split_whitespace().count())
                && label.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '_')
        });
        let Some((label, value)) = labelled.filter(|_| n < MAX_LABELLED_LINES) else { break };
        let (label, value) = (label.trim().to_lowercase(), squash_whitespace(value.trim()));
        match label.as_str() {
            "title" | "headline" => parsed.title = Some(value),
            "from" if n == 0 => {
                mail = true;
                parsed.byline = crate::ingest::mime::sender_name(&value);
            }
            "subject" if mail => parsed.title = Some(crate::ingest::mime::subject_line(&value)),
            "sent" | "date" if mail && parsed.date.is_none() => {
                parsed.date =
                    parse_published(&value).map(|date| FoundDate { date, source: "text:email-header" });
            }
            "to" | "cc" | "bcc" | "importance" | "attachments" if mail => {}
            _ if n == 0 => return None,
            "url" | "link" | "source url" | "source" if value.starts_with("http") => parsed.url = Some(value),
            "author" | "authors" | "by" | "byline" => parsed.byline = Some(value),
            "language" | "lang" => parsed.language = Some(value),
            "tags" | "keywords" => parsed.tags = value.split(',').map(|t| t.trim().to_string()).collect(),
            label if PUBLISHED_LABELS.contains(&label) && parsed.date.is_none() => {
                parsed.date = parse_published(&value).map(|date| FoundDate { date, source: "text:header" });
            }
            _ => {}
        }
        end += line.len();
    }
    // A title and something else said: one `Title:` line alone may be a headline that
    // happens to hold a colon.
    let said = [parsed.url.is_some(), parsed.byline.is_some(), parsed.date.is_some()];
    (parsed.title.is_some() && said.contains(&true)).then(|| (parsed, &text[end..]))
}

/// `text` read as a plain-text article under `headline` (its first line when there is
/// none), a front matter's fields (`front`) coming first: what both a .txt and a Markdown
/// file with front matter are.
pub fn under_front_matter(
    front: Parsed,
    headline: Option<String>,
    text: &str,
    warnings: &mut Vec<String>,
) -> Parsed {
    let text = match headline {
        Some(headline) => format!("{headline}\n\n{text}"),
        None => text.to_string(),
    };
    let mut parsed = match front.date {
        Some(_) => parse(&text),
        None => parse(&with_slash_dates_settled(&text, front.language.as_deref(), warnings)),
    };
    parsed.title = front.title.or(parsed.title);
    parsed.date = front.date.or(parsed.date);
    parsed.byline = front.byline.or(parsed.byline);
    parsed.tags = front.tags;
    parsed.url = front.url.or(parsed.url);
    parsed.language = front.language;
    parsed.draft = front.draft;
    parsed
}

/// Parses a plain-text article.
pub fn parse(text: &str) -> Parsed {
    let lines: Vec<&str> = text.lines().collect();
    let non_empty: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].trim().is_empty()).collect();
    let mut parsed = Parsed::default();
    // Before the headline: a date on a line of its own, a masthead, a page header. A
    // masthead's words stay in the text ([`is_masthead`]).
    let mut first = 0;
    let mut mastheads = Vec::new();
    while first < LINES_BEFORE_HEADLINE && first + 1 < non_empty.len() {
        let line = lines[non_empty[first]].trim();
        if parsed.date.is_none()
            && let Some(date) = date_line(line)
        {
            parsed.date = Some(FoundDate { date, source: "text:date-line" });
            if is_masthead(line) {
                mastheads.push(line);
            }
        } else if !is_page_furniture(line) && !is_over_the_headline(line, lines[non_empty[first + 1]].trim())
        {
            break;
        }
        first += 1;
    }
    let Some(&title_at) = non_empty.get(first) else { return parsed };
    parsed.title = Some(squash_whitespace(lines[title_at].trim().trim_start_matches('#').trim()));
    let rest = &lines[title_at + 1..];

    // The header block: metadata lines leave the body; a sub-headline stays in it and the
    // block goes on; a line of prose ends it.
    let mut metadata = vec![false; rest.len()];
    let mut seen = 0;
    let mut after_byline = false;
    for (i, line) in rest.iter().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if seen == HEADER_LINES {
            break;
        }
        seen += 1;
        let had_byline = parsed.byline.is_some();
        let had_date = parsed.date.is_some();
        if read_header_line(line, &mut parsed)
            || (after_byline && is_byline_role(line))
            || is_page_furniture(line)
        {
            // A masthead read for its date stays in the text for its words.
            let dated_here = !had_date && parsed.date.as_ref().is_some_and(|d| d.source == "text:date-line");
            metadata[i] = !(dated_here && is_masthead(line));
            after_byline = !had_byline && parsed.byline.is_some();
            continue;
        }
        after_byline = false;
        if reads_as_prose(line) {
            break;
        }
    }
    let mut body: Vec<&str> = mastheads.into_iter().flat_map(|line| [line, ""]).collect();
    body.extend(rest.iter().zip(&metadata).filter(|&(_, &meta)| !meta).map(|(line, _)| *line));
    // One blank line where a metadata line left two.
    body.dedup_by(|line, before| line.trim().is_empty() && before.trim().is_empty());
    let body = body.join("\n");
    let body = body.trim();
    if parsed.date.is_none()
        && let Some(date) = body.lines().next().and_then(dateline_date)
    {
        parsed.date = Some(FoundDate { date, source: "text:dateline" });
    }
    parsed.body = unwrapped(&rejoined_hyphenation(body)).into_owned();
    parsed
}

/// A line of body text rather than a header's: it ends a sentence, or is long.
fn reads_as_prose(line: &str) -> bool {
    line.ends_with(['.', '!', '?', '…', '"', '”', '’', ';']) || line.split_whitespace().count() > 25
}

/// The separators between the parts of a masthead or a dateline.
const SEPARATORS: [&str; 7] = [" — ", " – ", " -- ", " - ", " | ", " · ", " • "];

/// The parts of `line` between [`SEPARATORS`].
fn parts(line: &str) -> Vec<&str> {
    let mut parts = vec![line];
    for separator in SEPARATORS {
        parts = parts.iter().flat_map(|p| p.split(separator)).map(str::trim).collect();
    }
    parts
}

/// A line that is a date and nothing else (`Tuesday, March 3, 1987`), or a short line of
/// parts, one of them a date and the others a few words (`Vol. XII, No. 45 — Saturday,
/// March 5, 1988`, `THE DAILY COURIER | March 3, 1987`).
fn date_line(line: &str) -> Option<PublishedDate> {
    if let Some(date) = parse_published(line) {
        return Some(date);
    }
    if line.chars().count() > 100 {
        return None;
    }
    let few_words = |p: &str| p.split_whitespace().count() <= 6 && !p.ends_with(['.', '!', '?']);
    let one_date_among_few_words = |parts: Vec<&str>| {
        // Each part read once: a date, or a few words.
        let read: Vec<(&str, Option<PublishedDate>)> =
            parts.into_iter().map(|p| (p, parse_published(p))).collect();
        let mut dates = read.iter().filter_map(|(_, date)| date.as_ref());
        let (Some(date), None) = (dates.next(), dates.next()) else { return None };
        (read.len() > 1 && read.iter().all(|(p, d)| d.is_some() || few_words(p))).then(|| date.clone())
    };
    // Parts between dashes and bars; else between full stops too, as an old paper's
    // folio line has them ("Vol. XII, No. 43. March 3, 1921. Price Two Cents").
    let sentences = || parts(line).into_iter().flat_map(|p| p.split(". ")).map(str::trim).collect();
    one_date_among_few_words(parts(line))
        .or_else(|| one_date_among_few_words(sentences()))
        .or_else(|| place_and_date(line))
}

/// A dateline on a line of its own, a place of a few capitalised words and the date
/// after one of its commas: `Peoria, Ill., March 4, 1921.`
fn place_and_date(line: &str) -> Option<PublishedDate> {
    line.match_indices(", ").find_map(|(at, _)| {
        let place = &line[..at];
        let words: Vec<&str> = place.split([' ', ',']).filter(|w| !w.is_empty()).collect();
        let capitalised = words.iter().all(|w| w.starts_with(char::is_uppercase));
        let place_like = capitalised && words.len() <= 4 && byline(place).is_none();
        place_like.then(|| parse_published(&line[at + 2..])).flatten()
    })
}

/// Whether a line [`date_line`] read a date from gives other words with it, a paper's name
/// or its volume (`THE GAZETTE -- Saturday, October 12th, 1889`, `Vol. XII, No. 45 — March
/// 5, 1988`): it is kept in the text, where its words are found (`search gazette`). A date
/// alone leaves the text.
fn is_masthead(line: &str) -> bool {
    parse_published(line).is_none()
}

/// A page's header or number, not its text: `Page 3`, `THE DAILY COURIER — Page 3`, `p. 12`,
/// `Page 3 of 12`, `- 3 -`.
fn is_page_furniture(line: &str) -> bool {
    if line.chars().count() > 80 {
        return false;
    }
    let lower = line.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let number = |w: &&str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    let page = |w: &&str| matches!(*w, "page" | "p." | "pg." | "seite" | "pagina" | "página");
    let lone_number = line.trim_matches(['-', '—', '–', ' ']);
    match words.as_slice() {
        [.., p, n] if page(p) && number(n) => true,
        [.., p, n, "of", m] if page(p) && number(n) && number(m) => true,
        _ => {
            !lone_number.is_empty()
                && lone_number.len() <= 3
                && lone_number.bytes().all(|b| b.is_ascii_digit())
        }
    }
}

/// A breadcrumb, or a section's label with a headline under it (`next`): neither is the
/// headline.
fn is_over_the_headline(line: &str, next: &str) -> bool {
    is_breadcrumb(line) || (is_section_label(line) && reads_as_headline(next))
}

/// A site's trail to the page, pasted with its text: `Home > News > Local`, `News »
/// Local`, `Home / News / Local`, `News | Local | Schools`: short parts (a few words
/// each, no sentence) between `>`, `»` or `›`, or three or more between `/` or `|`.
fn is_breadcrumb(line: &str) -> bool {
    if line.chars().count() > 100 {
        return false;
    }
    let short = |part: &&str| {
        let words = part.split_whitespace().count();
        (1..=4).contains(&words) && !part.ends_with(['.', '!', '?'])
    };
    let trail = |separator: &str, fewest: usize| {
        let parts: Vec<&str> = line.split(separator).map(str::trim).collect();
        parts.len() >= fewest && parts.iter().all(short)
    };
    trail(" > ", 2) || trail(" » ", 2) || trail(" › ", 2) || trail(" / ", 3) || trail(" | ", 3)
}

/// A section's name set over a story, `LOCAL NEWS`, `SPORTS`: one to three words in
/// capitals, without a figure or a stop.
fn is_section_label(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=3).contains(&words)
        && line.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && line.chars().all(|c| c.is_uppercase() || c == ' ' || c == '&' || c == '-')
}

/// A line that may be a headline under a section's name: words in small letters as well,
/// not a sentence, a date, a byline or a page's furniture.
fn reads_as_headline(line: &str) -> bool {
    line.chars().any(char::is_lowercase)
        && line.split_whitespace().count() <= 25
        && !reads_as_prose(line)
        && date_line(line).is_none()
        && labelled_date(line).is_none()
        && byline(line).is_none()
        && !is_page_furniture(line)
}

/// The date of a dateline opening an article's text: `SPRINGFIELD, March 3, 1987 -- The
/// council…`, `SPRINGFIELD, Mass., March 3, 1987 —`, `WASHINGTON (AP) — March 5, 1988 —`.
/// The place is in capitals, as datelines are written; a sentence is no dateline.
fn dateline_date(line: &str) -> Option<PublishedDate> {
    if !opens_in_capitals(line) {
        return None;
    }
    let head: String = line.chars().take(120).collect();
    let separated: Vec<&str> = parts(&head);
    let [place, after, ..] = separated.as_slice() else { return None };
    // `PLACE, date`: the date after one of the place's commas.
    let after_a_comma =
        place.match_indices(", ").find_map(|(at, _)| parse_published(&without_desk(&place[at + 2..])));
    after_a_comma
        .or_else(|| (place.split_whitespace().count() <= 4).then(|| parse_published(after)).flatten())
}

/// Whether a line opens with a word in capitals, as a dateline's place is written.
fn opens_in_capitals(line: &str) -> bool {
    let first_word = line.split([' ', ',']).next().unwrap_or_default();
    first_word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && first_word.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
}

/// A date without a desk or agency after it ("July 7, 2013 (Sports Desk)", "Dec 5
/// (Reuters)"), which is no part of it.
fn without_desk(s: &str) -> String {
    match s.trim_end().strip_suffix(')').and_then(|s| s.rsplit_once('(')) {
        Some((before, _)) => before.trim_end().to_string(),
        None => s.to_string(),
    }
}

/// The day of a dateline that gives a month and a day and no year, as wires write them
/// (`JOHANNESBURG, Dec 5 (Reuters) -`), in `year`.
pub fn yearless_dateline_in(line: &str, year: i32) -> Option<PublishedDate> {
    if !opens_in_capitals(line) {
        return None;
    }
    let head: String = line.chars().take(80).collect();
    let place = parts(&head).into_iter().next()?;
    place.match_indices(", ").find_map(|(at, _)| {
        let day = without_desk(&place[at + 2..]);
        let words: Vec<&str> = day.split_whitespace().collect();
        let day_of_month = |w: &&str| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
        (words.len() == 2 && words.iter().filter(|w| day_of_month(w)).count() == 1)
            .then(|| parse_published(&format!("{day}, {year}")))
            .flatten()
    })
}

/// Words broken over two lines with a hyphen, as typeset and scanned text has them
/// (`govern-` / `ment`), whole again on the first line: a search for "government" finds
/// them. A compound broken at its own hyphen (`long-` / `term`) keeps the hyphen when the
/// text has its second part as a word elsewhere and not the two joined.
pub fn rejoined_hyphenation(text: &str) -> Cow<'_, str> {
    if !text.contains("-\n") {
        return Cow::Borrowed(text);
    }
    let mut counts: FxHashMap<String, usize> = FxHashMap::default();
    for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        *counts.entry(word.to_lowercase()).or_default() += 1;
    }
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    let mut i = 0;
    while i + 1 < lines.len() {
        let Some((head_end, head)) = broken_word_head(&lines[i]) else {
            i += 1;
            continue;
        };
        let next = lines[i + 1].trim_start();
        let tail_len: usize = next.chars().take_while(|c| c.is_alphabetic()).map(char::len_utf8).sum();
        let tail = &next[..tail_len];
        if !tail.starts_with(char::is_lowercase) {
            i += 1;
            continue;
        }
        let joined = format!("{head}{tail}").to_lowercase();
        let seen = |w: &str| counts.get(w).copied().unwrap_or(0);
        let compound = seen(&joined) == 0 && seen(&tail.to_lowercase()) >= 2;
        // The rest of the broken word's token (its punctuation) comes up with it.
        let token_end = next.find(char::is_whitespace).unwrap_or(next.len());
        let mut first = lines[i][..head_end].to_string();
        if compound {
            first.push('-');
        }
        first.push_str(&next[..token_end]);
        let rest = next[token_end..].trim_start().to_string();
        lines[i] = first;
        if rest.is_empty() {
            lines.remove(i + 1);
        } else {
            lines[i + 1] = rest;
        }
    }
    Cow::Owned(lines.join("\n"))
}

/// Where a line ending in a word broken with a hyphen (`…the govern-`) has the hyphen, and
/// the word's part before it: letters only, two at least, not a dash (`--`) or a number.
fn broken_word_head(line: &str) -> Option<(usize, &str)> {
    let line = line.trim_end();
    let before = line.strip_suffix('-')?;
    let start = before
        .rfind(|c: char| !c.is_alphabetic())
        .map_or(0, |at| at + before[at..].chars().next().map_or(1, char::len_utf8));
    let head = &before[start..];
    let whole_word = start == 0
        || before[..start].ends_with(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '\''));
    (head.chars().count() >= 2 && whole_word && head.chars().last().is_some_and(char::is_lowercase))
        .then_some((before.len(), head))
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

/// The words that label a publication date line ("Published: …", "Veröffentlicht am …",
/// "Publié le …", "Опубликовано: …"), lower case.
const PUBLISHED_LABELS: &[&str] = &[
    "published",
    "date",
    "posted",
    "dateline",
    "first published",
    "veröffentlicht",
    "datum",
    "publié",
    "publiée",
    "publicado",
    "publicada",
    "pubblicato",
    "gepubliceerd",
    "опубликовано",
    "дата публикации",
    "дата",
    "опубліковано",
    "дата публікації",
    "δημοσιεύθηκε",
    "δημοσιεύτηκε",
    "δημοσίευση",
    "نشر",
    "نشر في",
    "نُشر في",
    "نُشر",
    "تاريخ النشر",
    "פורסם",
    "תאריך",
];

/// The words that label the date of a later version ("Updated: …", "Last updated …"),
/// lower case: its date is taken only when no line gives the publication date.
const UPDATED_LABELS: &[&str] = &[
    "updated",
    "last updated",
    // BBC News Online's: "Page last updated at 09:10 GMT, Tuesday, 16 March 2004".
    "page last updated",
    "modified",
    "last modified",
    "aktualisiert",
    "stand",
    "mis à jour",
    "actualizado",
    "aggiornato",
    "bijgewerkt",
    "обновлено",
    "оновлено",
    "ενημερώθηκε",
    "ενημέρωση",
    "آخر تحديث",
    "تحديث",
    "עודכן",
];

/// The words that open a byline, as "By" does in English: German "Von", French "Par",
/// Spanish and Portuguese "Por", Italian "Di", Dutch "Door", Russian and Ukrainian "Автор"
/// ("author"), Greek "Του"/"Της" ("of"), Arabic "بقلم" ("by the pen of"), Hebrew "מאת".
/// A colon after one is no matter ("Автор: Иван Петров").
const BYLINE_OPENERS: &[&str] =
    &["By", "Von", "Par", "Por", "Di", "Door", "Автор", "Авторы", "Автори", "Του", "Της", "بقلم", "מאת"];

/// The labels of a byline line in a note's header ("Author: Jane Whitfield", "Reporter:
/// Sam Carter"), read with their colon only: "Reporter Sam Carter said" opens a sentence.
const BYLINE_LABELS: &[&str] = &["Author", "Authors", "Writer", "Writers", "Reporter", "Reporters", "Byline"];

/// Words that join or sit inside names in a byline ("Jane Doe and John Roe", "Ana Pérez
/// y Luis Gómez", "Ursula von der Leyen").
const BYLINE_JOINERS: &[&str] =
    &["and", "&", "in", "de", "van", "von", "der", "den", "da", "y", "e", "et", "und", "en", "del", "la"];

/// The `date_source` of a date from an "Updated: …" line.
const UPDATED_LINE: &str = "text:updated-line";

/// A labelled date: "Published: …", and without the colon "Published 24/01/2026",
/// "Posted on …", "Last updated July 9, 2025"; with whether the label is an update's.
fn labelled_date(line: &str) -> Option<(PublishedDate, bool)> {
    let (value, updated) = labelled_value(line)?;
    parse_published(value).map(|date| (date, updated))
}

/// What a labelled date line says after its label ("Published: 08/12/2025" → "08/12/2025"),
/// and whether the label is an update's.
fn labelled_value(line: &str) -> Option<(&str, bool)> {
    let line = line.trim();
    let lower = line.to_lowercase();
    let labels = PUBLISHED_LABELS.iter().map(|l| (l, false)).chain(UPDATED_LABELS.iter().map(|l| (l, true)));
    // The longest label the line starts with ("last updated" before "date").
    let (label, updated) = labels
        .filter(|(label, _)| {
            lower.starts_with(**label)
                && lower[label.len()..].starts_with(|c: char| c == ':' || c.is_whitespace())
        })
        .max_by_key(|(label, _)| label.len())?;
    let value = line.get(label.len()..)?.trim_start_matches(|c: char| c == ':' || c.is_whitespace());
    let value = ["on ", "at ", "am ", "le ", "el ", "il ", "op "]
        .iter()
        .find_map(|p| value.strip_prefix(p))
        .unwrap_or(value);
    Some((value, updated))
}

/// Reads one metadata line into `parsed`; false when the line is body text.
fn read_header_line(line: &str, parsed: &mut Parsed) -> bool {
    // "Published: July 7, 2025 | Updated: July 9, 2025" is two labelled dates on a line.
    let labelled: Vec<Option<(PublishedDate, bool)>> = parts(line).into_iter().map(labelled_date).collect();
    if labelled.iter().any(Option::is_some) && labelled.iter().all(Option::is_some) {
        for (date, updated) in labelled.into_iter().flatten() {
            if updated {
                parsed.modified = Some(date.clone());
            }
            let known = parsed.date.as_ref().map(|d| d.source == UPDATED_LINE);
            // A publication date wins over an update's, whichever line comes first.
            if known.is_none() || (known == Some(true) && !updated) {
                let source = if updated { UPDATED_LINE } else { "text:published-line" };
                parsed.date = Some(FoundDate { date, source });
            }
        }
        return true;
    }
    // A blog's "Posted on January 22, 2026 by Derek Lutz": the date and the writer.
    if let Some((posted, name)) = line.rsplit_once(" by ")
        && let Some((date, updated)) = labelled_date(posted)
        && let Some(name) = byline(&format!("By {}", name.trim()))
    {
        if parsed.date.as_ref().is_none_or(|d| d.source == UPDATED_LINE && !updated) {
            let source = if updated { UPDATED_LINE } else { "text:published-line" };
            parsed.date = Some(FoundDate { date, source });
        }
        parsed.byline.get_or_insert(name);
        return true;
    }
    // A byline with its date: "By Sam Stats, 7 July 2013", "By Sam Stats | 7 July 2013".
    if parsed.byline.is_none() {
        let split = SEPARATORS.iter().chain([&", "]).find_map(|sep| line.rsplit_once(sep));
        if let Some((name, tail)) = split
            && let Some(date) = parse_published(tail)
            && let Some(byline) = byline(name.trim())
        {
            parsed.byline = Some(byline);
            if parsed.date.as_ref().is_none_or(|d| d.source == UPDATED_LINE) {
                parsed.date = Some(FoundDate { date, source: "text:byline" });
            }
            return true;
        }
    }
    if parsed.date.is_none()
        && let Some(date) = date_line(line)
    {
        parsed.date = Some(FoundDate { date, source: "text:date-line" });
        return true;
    }
    if parsed.byline.is_none()
        && let Some(byline) = byline(line)
    {
        parsed.byline = Some(byline);
        return true;
    }
    false
}

/// Words of a line that says what a byline's writer is (`Staff Writer`, `Associated Press
/// Writer`, `Special to the Courier`), lower case.
const BYLINE_ROLES: &[&str] = &[
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "columnist",
    "staff",
    "contributor",
    "critic",
    "special",
];

/// A line (or the end of a byline) that says what the writer is: a few words, one of them
/// a [`BYLINE_ROLES`] word, the first capitalized.
pub(super) fn is_byline_role(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=6).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && !text.ends_with(['.', '!', '?'])
        && words.iter().any(|w| {
            BYLINE_ROLES.contains(&w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase().as_str())
        })
}

/// The openers of a byline that is a dash and a name (`— Mary Jones`), as old papers set
/// them.
const DASHES: [&str; 3] = ["—", "–", "--"];

/// `By Jane Doe` or `By Jane Doe and John Roe` → the names; not "By Tuesday the city…".
/// Other languages' openers too (`Von Jürgen Müller`, `Par Jean Dupont`, `Por Ana Pérez y
/// Luis Gómez`), a dash (`— Mary Jones`), and a name with what the writer is (`By JOHN
/// SMITH, Staff Writer`, `Mary Jones, Staff Writer`, `By John Smith of the Courier staff`):
/// the name alone. A name in a script without capitals ("By محمد الأحمد", "By 山田太郎")
/// counts as capitalized.
fn byline(line: &str) -> Option<String> {
    let (opener, rest) = line.split_once(' ')?;
    let labelled = opener
        .strip_suffix(':')
        .is_some_and(|label| BYLINE_LABELS.iter().any(|l| l.eq_ignore_ascii_case(label)));
    let opener = opener.strip_suffix(':').unwrap_or(opener);
    let opened = labelled
        || BYLINE_OPENERS.iter().any(|o| o == &opener || o.to_uppercase() == opener)
        || DASHES.contains(&opener);
    // What a CMS sets after a bar is the writer's role or paper, no part of the name:
    // "By Maggie Alvarez | Staff Writer", "By Maggie Alvarez | Reading Ledger".
    let rest = match rest.split_once(" | ").or_else(|| rest.split_once(" · ")) {
        Some((name, after)) if opened && parse_published(after).is_none() => name,
        _ => rest,
    };
    let rest = if opened { rest.trim() } else { line };
    let name = match rest.split_once(", ").or_else(|| rest.split_once(" of ")) {
        Some((name, role)) if is_byline_role(&capitalized(role)) => name.trim(),
        // Without an opener, only a name with a role is a byline.
        _ if !opened => return None,
        _ => rest,
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let capital = |c: char| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase());
    let looks_like_names = (1..=8).contains(&words.len())
        && words.iter().all(|w| BYLINE_JOINERS.contains(w) || w.chars().next().is_some_and(capital))
        && words.first().is_some_and(|w| !BYLINE_JOINERS.contains(w));
    looks_like_names.then(|| name_as_written(name.trim_end_matches(['.', ','])))
}

/// Words inside a name that stay in lower case ("Ludwig van Beethoven", "Ana de la Cruz").
const NAME_PARTICLES: &[&str] =
    &["van", "von", "de", "der", "den", "da", "del", "della", "di", "du", "la", "le", "y"];

/// A byline set in capitals (`MAGGIE ALVAREZ`) as names are written: "Maggie Alvarez",
/// "Sean McDonald", "Kate O'Brien", "Anne de Vries", "John Smith Jr."; a name with a small
/// letter is left as written (`Maggie McDONALD`), and one word alone (`AP`) is no name.
fn name_as_written(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().filter(|w| !BYLINE_JOINERS.contains(w)).collect();
    let capitals = words.len() >= 2
        && words.iter().any(|w| w.chars().any(char::is_alphabetic))
        && !words.iter().any(|w| w.chars().any(char::is_lowercase));
    if !capitals {
        return name.to_string();
    }
    let word = |(i, w): (usize, &str)| {
        let lower = w.to_lowercase();
        match lower.trim_end_matches('.') {
            "and" => return lower,
            particle if i > 0 && NAME_PARTICLES.contains(&particle) => return lower,
            "jr" | "sr" => return crate::entities::title_case(w),
            numeral if numeral.chars().all(|c| "ivx".contains(c)) && i > 0 => return w.to_string(),
            _ => {}
        }
        let cased = crate::entities::title_case(w);
        // "MCDONALD" → "McDonald".
        match cased.strip_prefix("Mc") {
            Some(rest) if rest.chars().count() >= 2 => {
                let mut rest = rest.chars();
                format!(
                    "Mc{}{}",
                    rest.next().map_or(String::new(), |c| c.to_uppercase().collect()),
                    rest.as_str()
                )
            }
            _ => cased,
        }
    };
    name.split_whitespace().enumerate().map(word).collect::<Vec<_>>().join(" ")
}

/// `text` with its first letter a capital ("the Courier staff" → "The Courier staff").
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_labelled_header_as_read_later_apps_export_gives_title_address_byline_and_date() {
        let p = parse_file(
            "Title: Harbour dredging halted by court\nURL: https://example.org/harbour\nAuthor: Sam Carter\n\
             Date: 2023-05-12\nSaved: 2024-01-03\n\nA judge halted the dredging of the harbour on Friday.\n",
            &mut Vec::new(),
        );
        assert_eq!(p.title.as_deref(), Some("Harbour dredging halted by court"));
        assert_eq!(p.url.as_deref(), Some("https://example.org/harbour"));
        assert_eq!(p.byline.as_deref(), Some("Sam Carter"));
        assert_eq!(
            p.date.as_ref().map(|d| (d.date.iso(), d.source)),
            Some(("2023-05-12".into(), "text:header"))
        );
        assert_eq!(p.body, "A judge halted the dredging of the harbour on Friday.");
        // A headline with a colon is a headline.
        let p = parse_file("Title: a new start\n\nThe council met.\n", &mut Vec::new());
        assert_eq!(p.title.as_deref(), Some("Title: a new start"));
        let p = parse_file("Breaking: harbour closed\nBy Sam Carter\n\nThe council met.\n", &mut Vec::new());
        assert_eq!(p.title.as_deref(), Some("Breaking: harbour closed"));
    }

    #[test]
    fn an_e_mail_saved_as_text_gives_its_subject_sender_and_date() {
        let p = parse_file(
            "From:\tKelly, Ruth\r\nSent:\t19 February 2009 16:40\r\nTo:\tNewsdesk\r\n\
             Subject:\tRE: Council tax to rise 3% – statement\r\n\r\nThe council tax will rise by 3% in April.\r\n",
            &mut Vec::new(),
        );
        assert_eq!(p.title.as_deref(), Some("Council tax to rise 3% – statement"));
        assert_eq!(p.byline.as_deref(), Some("Ruth Kelly"));
        assert_eq!(
            p.date.as_ref().map(|d| (d.date.iso(), d.source)),
            Some(("2009-02-19T16:40:00".into(), "text:email-header"))
        );
        assert_eq!(p.body.trim(), "The council tax will rise by 3% in April.");
        // A "From:" line opening a story is no e-mail's.
        let p = parse_file("From: the archive\n\nA story from the archive.\n", &mut Vec::new());
        assert_eq!(p.title.as_deref(), Some("From: the archive"));
    }

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
    fn bbc_news_online_date_lines_give_their_date() {
        for header in [
            "Last Updated: Tuesday, 16 March, 2004, 09:10 GMT 10:10 UK",
            "Page last updated at 09:10 GMT, Tuesday, 16 March 2004 10:10 UK",
            "Page last updated at 09:10 GMT, Tuesday, 16 March 2004",
        ] {
            let p = parse_file(
                &format!("Blair backs plan\n\n{header}\n\nThe plan went ahead.\n"),
                &mut Vec::new(),
            );
            let date = p.date.as_ref().map(|d| (d.date.iso(), d.source));
            assert_eq!(date, Some(("2004-03-16T09:10:00Z".to_string(), UPDATED_LINE)), "{header}");
            assert_eq!(p.title.as_deref(), Some("Blair backs plan"), "{header}");
            assert_eq!(p.body, "The plan went ahead.", "{header}");
        }
    }

    #[test]
    fn a_month_alone_leaves_the_article_undated_and_says_so() {
        let mut warnings = Vec::new();
        let p =
            parse_file("Blair backs plan\n\nPublished: March 2004\n\nThe plan went ahead.\n", &mut warnings);
        assert_eq!(p.date, None);
        assert_eq!(warnings, ["date \"March 2004\" not read: a month without its day; left undated"]);
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
    fn the_publication_date_wins_over_an_updates_whichever_comes_first() {
        let date = |header: &str| {
            let p = parse(&format!("Bridge contractor fined\n\n{header}\n\nThe contractor was fined.\n"));
            assert_eq!(p.body, "The contractor was fined.", "{header}");
            p.date.map(|d| (d.date.iso(), d.source))
        };
        let published = Some(("2025-07-07".to_string(), "text:published-line"));
        assert_eq!(date("Updated: 2025-07-09\nPublished: 2025-07-07"), published);
        assert_eq!(date("Published: 2025-07-07\nUpdated: 2025-07-09"), published);
        assert_eq!(date("Published: July 7, 2025 | Updated: July 9, 2025"), published);
        // An update's date alone is the date there is, and says so.
        assert_eq!(date("Last updated: July 9, 2025"), Some(("2025-07-09".to_string(), "text:updated-line")));
        assert_eq!(date("Updated 2025-07-09"), Some(("2025-07-09".to_string(), "text:updated-line")));
    }

    #[test]
    fn bylines_and_labelled_dates_in_cyrillic_greek_arabic_and_hebrew() {
        for (header, byline) in [
            ("Автор: Иван Петров\nОпубликовано: 2026-12-05", "Иван Петров"),
            ("Автор Олена Коваль\nОпубліковано: 2026-12-05", "Олена Коваль"),
            ("Του Γιώργου Παπαδόπουλου\nΔημοσιεύθηκε: 2026-12-05", "Γιώργου Παπαδόπουλου"),
            ("بقلم محمد الأحمد\nتاريخ النشر: 2026-12-05", "محمد الأحمد"),
            ("מאת דנה לוי\nפורסם: 2026-12-05", "דנה לוי"),
        ] {
            let p = parse(&format!("Заголовок\n\n{header}\n\nТекст статьи.\n"));
            assert_eq!(p.byline.as_deref(), Some(byline), "{header}");
            assert_eq!(p.date.map(|d| d.date.iso()).as_deref(), Some("2026-12-05"), "{header}");
            assert_eq!(p.body, "Текст статьи.", "{header}");
        }
    }

    #[test]
    fn a_byline_with_its_date_and_a_dateline_with_its_desk_give_the_date() {
        let p = parse("Holmes takes double gold\n\nBy Sam Stats, 7 July 2013\n\nKelly Holmes won.\n");
        assert_eq!(p.byline.as_deref(), Some("Sam Stats"));
        assert_eq!(p.date.map(|d| (d.date.iso(), d.source)), Some(("2013-07-07".to_string(), "text:byline")));
        assert_eq!(p.body, "Kelly Holmes won.");
        let p = parse("Holmes takes double gold\n\nLONDON, July 7, 2013 (Sports Desk) - Kelly Holmes won.\n");
        assert_eq!(p.date.map(|d| d.date.iso()).as_deref(), Some("2013-07-07"));
    }

    #[test]
    fn old_papers_date_lines_give_the_date() {
        for (line, date) in [
            ("3d March 1921", "1921-03-03"),
            ("March 2d, 1921", "1921-03-02"),
            ("22d March, 1921", "1921-03-22"),
            ("Thursday, 3rd March, 1921.", "1921-03-03"),
            ("Wednesday Evening, March 2, 1921", "1921-03-02"),
            ("Peoria, Ill., March 4, 1921.", "1921-03-04"),
            ("St. Louis, Mo., March 4, 1921", "1921-03-04"),
            ("Vol. XII, No. 43. March 3, 1921. Price Two Cents", "1921-03-03"),
        ] {
            let p = parse(&format!("OBITUARY\n{line}\n\nMrs. Ada Lovell died yesterday.\n"));
            assert_eq!(p.date.map(|d| d.date.iso()).as_deref(), Some(date), "{line}");
            assert_eq!(p.title.as_deref(), Some("OBITUARY"), "{line}");
        }
        // A place and a date keep their words in the text; a date alone does not.
        let p = parse("OBITUARY\nPeoria, Ill., March 4, 1921.\n\nMrs. Ada Lovell died.\n");
        assert_eq!(p.body, "Peoria, Ill., March 4, 1921.\n\nMrs. Ada Lovell died.");
        let p = parse("OBITUARY\n3d March 1921\n\nMrs. Ada Lovell died.\n");
        assert_eq!(p.body, "Mrs. Ada Lovell died.");
        // Not dates: the twelfth is no "12d", a sentence is no date line.
        assert_eq!(parse("OBITUARY\n12d March 1921\n\nShe died.\n").date, None);
        let p = parse("OBITUARY\nShe died in Peoria, on March 4, 1921, at home.\n");
        assert_eq!(p.date, None);
    }

    #[test]
    fn a_byline_loses_the_role_or_paper_after_a_bar_and_its_capitals() {
        for (line, name) in [
            ("By Maggie Alvarez | Staff Writer", "Maggie Alvarez"),
            ("By Maggie Alvarez | Reading Ledger", "Maggie Alvarez"),
            ("By MAGGIE ALVAREZ", "Maggie Alvarez"),
            ("By SEAN MCDONALD and KATE O'BRIEN", "Sean McDonald and Kate O'Brien"),
            ("By ANNE DE VRIES", "Anne de Vries"),
            ("By JOHN SMITH JR", "John Smith Jr"),
            ("By JOHN SMITH III", "John Smith III"),
            ("By Maggie McDONALD", "Maggie McDONALD"),
        ] {
            let p = parse(&format!("Council approves budget\n{line}\n\nThe council met.\n"));
            assert_eq!(p.byline.as_deref(), Some(name), "{line}");
            assert_eq!(p.body, "The council met.", "{line}");
        }
        // A date after the bar is the byline's date.
        let p = parse("Council approves budget\nBy Sam Stats | 7 July 2013\n\nThe council met.\n");
        assert_eq!(p.byline.as_deref(), Some("Sam Stats"));
        assert_eq!(p.date.map(|d| d.date.iso()).as_deref(), Some("2013-07-07"));
    }

    #[test]
    fn a_posted_on_line_gives_the_date_and_the_writer() {
        let p =
            parse("Council approves budget\nPosted on January 22, 2026 by Derek Lutz\n\nThe council met.\n");
        assert_eq!(p.byline.as_deref(), Some("Derek Lutz"));
        assert_eq!(
            p.date.map(|d| (d.date.iso(), d.source)),
            Some(("2026-01-22".into(), "text:published-line"))
        );
        assert_eq!(p.body, "The council met.");
        // Not a name after "by": the line is the text's.
        let p = parse("Council approves budget\n\nPosted on January 22, 2026 by the clerk.\n");
        assert_eq!((p.byline, p.date), (None, None));
    }

    #[test]
    fn a_section_label_or_a_breadcrumb_over_the_headline_is_not_the_headline() {
        for top in [
            "LOCAL NEWS",
            "SPORTS",
            "Home > News > Local",
            "News » Local",
            "Home / News / Local",
            "News | Local | Schools",
        ] {
            let p =
                parse(&format!("{top}\nCouncil approves budget\nBy Maggie Alvarez\n\nThe council met.\n"));
            assert_eq!(p.title.as_deref(), Some("Council approves budget"), "{top}");
            assert_eq!(p.byline.as_deref(), Some("Maggie Alvarez"), "{top}");
            assert_eq!(p.body, "The council met.", "{top}");
        }
        // A headline in capitals is the headline, over a sentence, a date or a deck in capitals.
        for (text, title) in [
            ("HARBOR COMMISSION MEETS\n\nThe commission met on Monday.\n", "HARBOR COMMISSION MEETS"),
            ("OBITUARY\nMarch 3, 1987\n\nMrs. Ada Lovell died.\n", "OBITUARY"),
            ("FLOODS\nBy Maggie Alvarez\n\nThe river rose.\n", "FLOODS"),
            ("Trump / Biden debate\n\nThe two met.\n", "Trump / Biden debate"),
            (
                "Rates > inflation, says the bank governor in a speech\n\nShe said so.\n",
                "Rates > inflation, says the bank governor in a speech",
            ),
        ] {
            assert_eq!(parse(text).title.as_deref(), Some(title), "{text}");
        }
    }

    #[test]
    fn a_slash_date_read_two_ways_takes_the_order_the_article_writes_or_says() {
        let date = |text: &str| {
            let mut warnings = Vec::new();
            let p = parse_file(text, &mut warnings);
            (p.date.map(|d| d.date.iso()), warnings, p.body)
        };
        let story = "The council approved the budget on Tuesday night.";
        // The same text's other dates are month first, or day first.
        let (day, warnings, body) =
            date(&format!("Budget passes\nPublished: 08/12/2025 | Updated: 08/14/2025\n\n{story}\n"));
        assert_eq!((day.as_deref(), warnings.len(), body.as_str()), (Some("2025-08-12"), 0, story));
        let (day, ..) =
            date(&format!("Budget passes\nPublished 08/12/2025\n\n{story} It is due 20/12/2025.\n"));
        assert_eq!(day.as_deref(), Some("2025-12-08"));
        // A US state in the dateline, or the language the front matter gives.
        let (day, ..) =
            date(&format!("Budget passes\nPublished: 08/12/2025 10:30 AM\n\nREADING, Pa. — {story}\n"));
        assert_eq!(day.as_deref(), Some("2025-08-12T10:30:00"));
        let (day, ..) =
            date(&format!("---\ntitle: Budget passes\nlang: en-GB\n---\nPublished: 08/12/2025\n\n{story}\n"));
        assert_eq!(day.as_deref(), Some("2025-12-08"));
        // Nothing to tell: undated, and said.
        let (day, warnings, _) = date(&format!("Budget passes\nPublished: 08/12/2025\n\n{story}\n"));
        assert_eq!(day, None);
        assert_eq!(warnings, ["date 08/12/2025 reads as 12 August or 8 December: left undated"]);
        // A day past the twelfth, or the same either way round, needs nothing.
        let (day, warnings, _) = date(&format!("Budget passes\nPublished 3/3/2026\n\n{story}\n"));
        assert_eq!((day.as_deref(), warnings.len()), (Some("2026-03-03"), 0));
    }

    #[test]
    fn an_author_line_under_the_headline_is_the_byline() {
        for label in ["Author", "Authors", "Writer", "Reporter", "AUTHOR"] {
            let p = parse(&format!(
                "Harbour dredging halted\n\nDate: 5 May 2005\n{label}: Jane Whitfield\n\nA judge halted the dredging.\n"
            ));
            assert_eq!(p.byline.as_deref(), Some("Jane Whitfield"), "{label}");
            assert_eq!(p.date.as_ref().map(|d| d.date.iso()).as_deref(), Some("2005-05-05"), "{label}");
            assert_eq!(p.body, "A judge halted the dredging.", "{label}");
        }
        let p = parse(
            "Harbour dredging halted\n\nAuthors: Jane Whitfield and Sam Carter\n\nA judge halted it.\n",
        );
        assert_eq!(p.byline.as_deref(), Some("Jane Whitfield and Sam Carter"));
        // Without its colon the word opens a sentence of the body.
        let p = parse("Harbour dredging halted\n\nReporter Jane Whitfield asked the judge.\n");
        assert_eq!(p.byline, None);
    }

    #[test]
    fn a_body_sentence_is_not_a_byline() {
        let p = parse("Headline\n\nBy Tuesday the council had voted.\n");
        assert_eq!(p.byline, None);
        assert_eq!(p.body, "By Tuesday the council had voted.");
    }

    #[test]
    fn a_date_or_a_page_header_before_the_headline_is_not_the_headline() {
        let body = "The harbor commission met on Monday.";
        let volume = "Vol. XII, No. 45 — Saturday, March 5, 1988";
        for (top, date, kept) in [
            ("Tuesday, March 3, 1987\n\n", Some("1987-03-03"), None),
            ("1987-03-03\n", Some("1987-03-03"), None),
            ("THE DAILY COURIER — Page 3\n\n", None, None),
            // A masthead's words stay in the text, where they are found.
            (&format!("{volume}\nPage 3 of 12\n"), Some("1988-03-05"), Some(volume)),
            (
                "THE GAZETTE -- Saturday, October 12th, 1889\n\n",
                Some("1889-10-12"),
                Some("THE GAZETTE -- Saturday, October 12th, 1889"),
            ),
            ("- 3 -\n", None, None),
        ] {
            let p = parse(&format!("{top}HARBOR COMMISSION MEETS\n\n{body}\n"));
            assert_eq!(p.title.as_deref(), Some("HARBOR COMMISSION MEETS"), "{top}");
            assert_eq!(p.date.map(|d| d.date.iso()).as_deref(), date, "{top}");
            let text = kept.map_or(body.to_string(), |line| format!("{line}\n\n{body}"));
            assert_eq!(p.body, text, "{top}");
        }
        // A headline that opens with a page is a headline; so is a date alone in a file.
        let p = parse("Page 3 girls return\n\nThe paper said.\n");
        assert_eq!(p.title.as_deref(), Some("Page 3 girls return"));
        assert_eq!(parse("March 3, 1987\n").title.as_deref(), Some("March 3, 1987"));
    }

    #[test]
    fn a_sub_headline_or_a_writers_role_does_not_hide_the_date_and_byline() {
        for (header, byline) in [
            ("Dredging plan approved after long debate\n\nMarch 3, 1987", None),
            ("By JOHN SMITH\nStaff Writer\n\nMarch 3, 1987", Some("John Smith")),
            ("By JOHN SMITH, Staff Writer\nMarch 3, 1987", Some("John Smith")),
            ("— Mary Jones\n\nMarch 3, 1987", Some("Mary Jones")),
            ("Mary Jones, Staff Writer\nMarch 3, 1987", Some("Mary Jones")),
            ("By John Smith of the Courier staff\nMarch 3, 1987", Some("John Smith")),
        ] {
            let p = parse(&format!("Harbor commission meets\n\n{header}\n\nThe commission met.\n"));
            assert_eq!(p.date.map(|d| d.date.iso()).as_deref(), Some("1987-03-03"), "{header}");
            assert_eq!(p.byline.as_deref(), byline, "{header}");
            let deck =
                header.starts_with("Dredging").then_some("Dredging plan approved after long debate\n\n");
            assert_eq!(p.body, format!("{}The commission met.", deck.unwrap_or_default()), "{header}");
        }
        // A first paragraph of prose ends the header: a date after it is the text's.
        let p = parse("Harbor commission meets\n\nThe commission met.\nMarch 3, 1987\n");
        assert_eq!(p.date, None);
        // A name with no role is no byline.
        assert_eq!(parse("Headline\n\nMary Jones, Tom Smith\n\nText.").byline, None);
    }

    #[test]
    fn a_dateline_opening_the_text_gives_its_date() {
        for line in [
            "SPRINGFIELD, March 3, 1987 -- The harbor commission met.",
            "SPRINGFIELD, Mass., March 3, 1987 — The harbor commission met.",
            "WASHINGTON (AP) — March 3, 1987 — The harbor commission met.",
        ] {
            let p = parse(&format!("Harbor commission meets\n\n{line}\n"));
            assert_eq!(
                p.date.as_ref().map(|d| (d.date.iso(), d.source)),
                Some(("1987-03-03".into(), "text:dateline"))
            );
            assert_eq!(p.body, line, "the dateline stays in the text");
        }
        // A sentence about a date is no dateline.
        let p = parse("Headline\n\nOn March 3, 1987 -- a Tuesday -- the commission met.\n");
        assert_eq!(p.date, None);
    }

    #[test]
    fn words_broken_over_two_lines_with_a_hyphen_are_whole() {
        let text = "The council backed the govern-\nment plan; the associ-\nation objected.\n\
                    A long term view was taken over the long-\nterm fix, a well-\nknown one (ca. 1987-\n88) -\nthe end.";
        assert_eq!(
            rejoined_hyphenation(text),
            "The council backed the government\nplan; the association\nobjected.\n\
             A long term view was taken over the long-term\nfix, a wellknown\none (ca. 1987-\n88) -\nthe end."
        );
        // A word whose rest was the whole next line takes the line away.
        assert_eq!(rejoined_hyphenation("the govern-\nment.\nNext."), "the government.\nNext.");
        // Capitals on the next line start a name: "Anglo-\nAmerican" is left alone.
        assert_eq!(rejoined_hyphenation("the Anglo-\nAmerican talks"), "the Anglo-\nAmerican talks");
        let p = parse("Council vote\n\nThe council backed the govern-\nment plan.\n");
        assert_eq!(p.body, "The council backed the government\nplan.");
    }

    #[test]
    fn dates_later_in_the_body_are_not_publication_dates() {
        let p = parse("Headline\n\nThe vote was held.\n\nPublished: 2026-01-24\n");
        assert_eq!(p.date, None);
    }
}
