//! Publication dates: parsing what articles say, and the `--since/--until` bounds users type.
//!
//! A date is never invented. Articles give dates in many shapes (`2026-01-24`,
//! `2026-01-24T14:30:00-06:00`, `January 24, 2026`); [`parse_published`] reads them and
//! rejects impossible ones such as a CMS's `0001-01-01T00:00:00Z`.
//!
//! Dates are compared on the publication's own wall clock: an article stamped
//! `2026-01-24T23:00:00-05:00` belongs to January 24 for `--until 2026-01-24`, as its
//! readers saw it, even though it was already January 25 in UTC. The index stores that
//! wall-clock time as if it were UTC (see [`PublishedDate::sort_key`]) and keeps the exact
//! original for display.

use std::fmt;

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};

mod names;
mod span;
mod unreadable;

use names::{MONTH_NAMES, in_english_words};
pub use span::{DateSpan, offset_written, parse_duration, parse_span, read_as};
pub use unreadable::{Unreadable, impossible_date_in_path, unreadable};

/// The months' names in English, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Earliest year accepted as a publication date (older "dates" are CMS defaults or typos).
pub const MIN_YEAR: i32 = 1700;
/// Latest year accepted as a publication date.
const MAX_YEAR: i32 = 2200;

/// A publication date as the article gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedDate {
    /// The wall-clock date and time at the publication (midnight when only a day is known).
    pub local: NaiveDateTime,
    /// The UTC offset, when the article stated one.
    pub offset: Option<FixedOffset>,
    /// Whether a time of day was given, or only the day.
    pub has_time: bool,
}

impl PublishedDate {
    /// A date with no time of day.
    pub fn day(date: NaiveDate) -> PublishedDate {
        PublishedDate { local: date.and_time(NaiveTime::MIN), offset: None, has_time: false }
    }

    /// Seconds since the epoch of the wall-clock time read as UTC: the value indexed,
    /// sorted on and compared with `--since/--until`.
    pub fn sort_key(&self) -> i64 {
        self.local.and_utc().timestamp()
    }

    /// The ISO 8601 form shown to users: `2026-01-24`, `2026-01-24T14:30:00-06:00`,
    /// or `2026-01-24T14:30:00` when no offset was given.
    pub fn iso(&self) -> String {
        self.to_string()
    }

    /// The instant in UTC, RFC 3339 to the second (`2026-01-24T20:30:00Z`), one form for
    /// every date, that sorts as text; a day alone stays a day (`2026-01-24`). None for a
    /// time given without its zone (Reuters-21578's `<DATE>`, a `2026-05-13 15:44`): it
    /// names no instant, and reading it as UTC would state a false one (a New York wire's
    /// evening story on the next day).
    pub fn utc(&self) -> Option<String> {
        if !self.has_time {
            return Some(self.local.format("%Y-%m-%d").to_string());
        }
        self.offset?;
        Some(utc_instant(self).format("%Y-%m-%dT%H:%M:%SZ").to_string())
    }

    /// [`PublishedDate::utc`] of a date as [`PublishedDate::iso`] wrote it (the index keeps that).
    pub fn utc_of_iso(iso: &str) -> Option<String> {
        parse_published(iso).and_then(|date| date.utc())
    }
}

impl fmt::Display for PublishedDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.has_time {
            return write!(f, "{}", self.local.format("%Y-%m-%d"));
        }
        match self.offset {
            Some(offset) => {
                let dt = DateTime::<FixedOffset>::from_naive_utc_and_offset(self.local - offset, offset);
                write!(f, "{}", dt.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
            }
            None => write!(f, "{}", self.local.format("%Y-%m-%dT%H:%M:%S")),
        }
    }
}

/// Where an article's date was read, as a reader says it, from its `date_source`:
/// `sgml:date` is "the SGML <DATE>", `text:published-line` "its Published line",
/// `path` "the file's name or folders", `meta:og:published_time` "its <meta>
/// og:published_time"; a source not listed here is its code.
pub fn source_described(code: &str) -> String {
    let said = match code {
        "sgml:date" => "the SGML <DATE>",
        "text:published-line" => "its Published line",
        "text:updated-line" => "its Updated line",
        "text:date-line" => "the date on a line of its own",
        "text:header" => "its header's date",
        "text:email-header" => "the e-mail's Sent line",
        "text:dateline" => "its dateline",
        "text:dateline+file-time" => "its dateline, the year from the file's time",
        "text:byline" => "its byline",
        "path" => "the file's name or folders",
        "url" => "its web address",
        "jsonld" => "its JSON-LD",
        "time-tag" => "its <time> tag",
        "email:date" => "the e-mail's Date",
        "feed:published" => "the feed's <published>",
        "feed:updated" => "the feed's <updated>",
        _ => {
            return match code.split_once(':') {
                Some(("meta", name)) => format!("its <meta> {name}"),
                Some(("front-matter", key)) => format!("its front matter's {key}"),
                Some(("json", key)) => format!("its JSON {key}"),
                _ => code.to_string(),
            };
        }
    };
    said.to_string()
}

/// The day a file's path names ([`date_in_path`]), when the article's date (`date`, ISO
/// 8601, read from `source`) is another day: a file named `1987-10-19-harbour.txt` whose
/// Published line says 20 October. Inside a file of many articles (`one_of_many`) only
/// its folders are read, as ingest reads them.
pub fn path_date_otherwise(path: &str, one_of_many: bool, date: &str, source: &str) -> Option<String> {
    let path = std::path::Path::new(path);
    let dated = if one_of_many { path.parent()? } else { path };
    let named = date_in_path(&dated.to_string_lossy())?.iso();
    (source != "path" && date.get(..10) != Some(named.as_str())).then_some(named)
}

/// Seconds since the epoch that cover every date the index can hold ([`MIN_YEAR`] to
/// [`MAX_YEAR`]), widened by one on each side. A date filter's bounds are clamped to them:
/// tantivy keeps dates as nanoseconds, which wrap outside the years 1678-2262, so
/// `--until 9999` would otherwise match nothing.
pub fn indexable_secs() -> std::ops::RangeInclusive<i64> {
    let new_year = |year| {
        NaiveDate::from_ymd_opt(year, 1, 1).map_or(0, |d| d.and_time(NaiveTime::MIN).and_utc().timestamp())
    };
    new_year(MIN_YEAR) - 1..=new_year(MAX_YEAR + 1) + 1
}

fn plausible(date: NaiveDate) -> bool {
    (MIN_YEAR..=MAX_YEAR).contains(&date.year())
}

/// Formats for dates written out in words, tried in order after ISO forms fail.
const WORDY_FORMATS: &[&str] = &[
    "%B %d, %Y", // January 24, 2026
    "%b %d, %Y", // Jan 24, 2026
    "%B %d %Y",  // January 24 2026
    "%b %d %Y",
    "%d %B %Y", // 24 January 2026
    "%d %b %Y",
    "%d %B, %Y", // 3 March, 1921, as older papers write it
    "%d %b, %Y",
    "%b. %d, %Y", // Jan. 24, 2026
    "%d %b. %Y",  // 24 Jan. 2026
    "%d-%b-%Y",   // 24-JAN-2026, as wires and databases write it
    "%Y/%m/%d",
    "%Y.%m.%d",
];

/// Reads a date in the form of e-mail and RSS headers (RFC 2822: `Sat, 24 Jan 2026
/// 18:30:00 -0600`, or a zone name such as `GMT` or `EST`), keeping its offset.
pub fn parse_rfc2822(text: &str) -> Option<PublishedDate> {
    let date = DateTime::parse_from_rfc2822(text.trim()).ok()?;
    plausible(date.date_naive()).then(|| PublishedDate {
        local: date.naive_local(),
        offset: Some(*date.offset()),
        has_time: true,
    })
}

/// The instant a date names, reading a date without an offset as UTC.
pub fn utc_instant(date: &PublishedDate) -> DateTime<chrono::Utc> {
    let offset = date.offset.map_or(0, |o| o.local_minus_utc());
    (date.local - Duration::seconds(offset.into())).and_utc()
}

/// Reads a publication date from a metadata value or a dateline-like string.
///
/// Accepts RFC 3339 and ISO 8601 date-times (with or without offset, `T` or space),
/// plain `YYYY-MM-DD`, and day/month-name forms, optionally after a weekday
/// (`Saturday, 24 January 2026`). Returns `None` for anything else and for impossible
/// years, rather than guessing.
pub fn parse_published(text: &str) -> Option<PublishedDate> {
    let text = with_western_digits(text);
    let s = text.trim().trim_matches(|c| c == '*' || c == '_').trim();
    // Counted in characters: a Greek or Arabic date takes two bytes a letter.
    if s.is_empty() || s.len() > 256 || s.chars().count() > 64 {
        return None;
    }
    let parsed = parse_iso(s)
        .or_else(|| parse_wordy(s))
        .or_else(|| parse_numeric(s))
        .or_else(|| parse_with_time(s))?;
    plausible(parsed.local.date()).then_some(parsed)
}

/// `text` with the Arabic-Indic digits (`٠`–`٩`) and Persian ones (`۰`–`۹`) as 0–9, the
/// Arabic comma as a comma, and without the marks that set a direction (U+200E, U+200F,
/// U+061C and the embeddings and isolates), which right-to-left text puts around figures:
/// `٥ ديسمبر ٢٠٢٦` is read as `5 ديسمبر 2026`, `٢٠٢٦-١٢-٠٥` as `2026-12-05`; and the
/// dashes a word processor writes between figures as hyphens (`2004–05–12`).
pub(super) fn with_western_digits(text: &str) -> std::borrow::Cow<'_, str> {
    let digit = |c: char| match c {
        '\u{660}'..='\u{669}' => char::from_digit(c as u32 - 0x660, 10),
        '\u{6f0}'..='\u{6f9}' => char::from_digit(c as u32 - 0x6f0, 10),
        _ => None,
    };
    let direction_mark = |c: char| matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    // The dashes a word processor puts between figures (`2004–05–12`): hyphens.
    let dash = |c: char| matches!(c, '\u{2010}'..='\u{2013}' | '\u{2212}');
    if !text.chars().any(|c| digit(c).is_some() || direction_mark(c) || c == '،' || dash(c)) {
        return std::borrow::Cow::Borrowed(text);
    }
    let chars: Vec<char> = text
        .chars()
        .filter(|&c| !direction_mark(c))
        .map(|c| if c == '،' { ',' } else { digit(c).unwrap_or(c) })
        .collect();
    let between_figures = |i: usize| {
        i > 0 && chars[i - 1].is_ascii_digit() && chars.get(i + 1).is_some_and(char::is_ascii_digit)
    };
    (0..chars.len()).map(|i| if dash(chars[i]) && between_figures(i) { '-' } else { chars[i] }).collect()
}

/// `24.01.2026` (day first, as wherever dots are written), and `01/24/2026` or
/// `24/01/2026` when one of the first two numbers can only be the day, or both are the
/// same (`03/03/2026` is March 3 either way). `01/02/2026` is January 2 in the United
/// States and February 1 in Britain: no date rather than a guess ([`SlashDate`] says
/// which two it may be).
pub(super) fn parse_numeric(s: &str) -> Option<PublishedDate> {
    // The year in four figures: chrono reads "19.10.87" as the year 87.
    let four_figure_year = s.rsplit('.').next().is_some_and(|year| year.len() == 4 && is_number(year));
    if four_figure_year && let Ok(date) = NaiveDate::parse_from_str(s, "%d.%m.%Y") {
        return Some(PublishedDate::day(date));
    }
    let (a, b, year) = slash_figures(s)?;
    let (month, day) = match (a > 12, b > 12) {
        (true, false) => (b, a),
        (false, true) => (a, b),
        (false, false) if a == b => (a, b),
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year, month, day).map(PublishedDate::day)
}

/// The three numbers of `8/12/2025` or `08/12/2025`: two of one or two figures, and a
/// year of four.
fn slash_figures(s: &str) -> Option<(u32, u32, i32)> {
    let [a, b, year] = s.split('/').collect::<Vec<_>>()[..] else { return None };
    let figures = |p: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit())
    };
    if !(figures(a, 1..=2) && figures(b, 1..=2) && figures(year, 4..=4)) {
        return None;
    }
    Some((a.parse().ok()?, b.parse().ok()?, year.parse().ok()?))
}

/// Which number of a date in figures with slashes is the month: the first, as in the
/// United States (`08/12/2025` is August 12), or the second, as in Britain and most of
/// the world (8 December).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlashOrder {
    /// `MM/DD/YYYY`.
    MonthFirst,
    /// `DD/MM/YYYY`.
    DayFirst,
}

/// A date in figures with slashes that reads as two days (`08/12/2025`: August 12, or 8
/// December), as [`parse_numeric`] leaves it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlashDate {
    /// The day it is read month first.
    pub month_first: NaiveDate,
    /// The day it is read day first.
    pub day_first: NaiveDate,
}

impl SlashDate {
    /// `08/12/2025` → August 12 or 8 December; `None` for a date that reads one way only
    /// (`13/12/2025`, `03/03/2026`) or not at all.
    pub fn of(s: &str) -> Option<SlashDate> {
        let (a, b, year) = slash_figures(s.trim())?;
        let month_first = NaiveDate::from_ymd_opt(year, a, b)?;
        let day_first = NaiveDate::from_ymd_opt(year, b, a)?;
        (a != b && plausible(month_first)).then_some(SlashDate { month_first, day_first })
    }

    /// The day it is in that order.
    pub fn in_order(&self, order: SlashOrder) -> NaiveDate {
        match order {
            SlashOrder::MonthFirst => self.month_first,
            SlashOrder::DayFirst => self.day_first,
        }
    }

    /// Both readings, day first as the other messages write them: "12 August or 8 December".
    pub fn readings(&self) -> String {
        let day = |d: NaiveDate| format!("{} {}", d.day(), MONTHS[d.month0() as usize]);
        format!("{} or {}", day(self.month_first), day(self.day_first))
    }
}

/// The order a text's dates in figures with slashes are written in, as told by those that
/// read one way only (`08/14/2025` is month first, `14/08/2025` day first): `None` when
/// none tells, or they disagree.
pub fn slash_order_in(text: &str) -> Option<SlashOrder> {
    let mut found = None;
    let tokens = text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | '|' | '"'));
    for token in tokens.filter(|t| t.len() >= 8 && t.contains('/')) {
        let token = token.trim_end_matches(['.', ':']);
        let Some((a, b, year)) = slash_figures(token) else { continue };
        let order = match (NaiveDate::from_ymd_opt(year, a, b), NaiveDate::from_ymd_opt(year, b, a)) {
            (Some(_), None) => SlashOrder::MonthFirst,
            (None, Some(_)) => SlashOrder::DayFirst,
            _ => continue,
        };
        match found {
            Some(seen) if seen != order => return None,
            _ => found = Some(order),
        }
    }
    found
}

/// The order a language tag's region writes dates in figures: month first in the United
/// States (`en-US`, `en_US`), day first where a region or language says otherwise (`en-GB`,
/// `de`, `fr-CA`); `None` for English with no region, which may be either.
pub fn slash_order_of_language(tag: &str) -> Option<SlashOrder> {
    let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
    let mut parts = tag.split('-');
    let language = parts.next().filter(|l| (2..=3).contains(&l.len()))?;
    let region = parts.find(|p| p.len() == 2);
    match (language, region) {
        (_, Some("us")) => Some(SlashOrder::MonthFirst),
        // Canada and the Philippines write both.
        (_, Some("ca" | "ph")) => None,
        ("en", None) => None,
        _ => Some(SlashOrder::DayFirst),
    }
}

/// A date followed by a time of day, as bylines and "Published" lines give them:
/// `24 January 2026 14:05 GMT`, `January 24, 2026 at 2:05 p.m. CST`, `Jan 24, 2026 2:05
/// PM`, `24.01.2026, 09:30`. The date is whatever [`parse_published`] reads before the
/// time; after it only a clock time, a.m./p.m. and a time zone may follow, so a sentence
/// that starts with a date is not one. A zone newsdex knows (GMT, UTC, BST, CET, the US
/// zones) gives the offset; another leaves the time as the wall clock.
fn parse_with_time(s: &str) -> Option<PublishedDate> {
    if let Some(date) = parse_time_first(s) {
        return Some(date);
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    let clock = words.iter().position(|w| clock_time(w).is_some())?;
    let date_part = words[..clock].join(" ");
    let date_part =
        date_part.trim_end_matches(|c: char| c == ',' || c == '-' || c == '|' || c.is_whitespace());
    // "at", Russian "в", Ukrainian "о", Greek "στις" before the time.
    let date_part = [" at", " в", " о", " στις"]
        .iter()
        .find_map(|at| date_part.strip_suffix(at))
        .unwrap_or(date_part)
        .trim_end_matches(',');
    let day = parse_iso(date_part).or_else(|| parse_wordy(date_part)).or_else(|| parse_numeric(date_part))?;
    if day.has_time {
        return None;
    }
    let (mut hour, minute) = clock_time(words[clock])?;
    let mut offset = None;
    let mut meridiem = None;
    let mut after = &words[clock + 1..];
    // The same moment on a second clock after the zone, as BBC News Online wrote it:
    // "09:10 GMT 10:10 UK". The first time and its zone are the date's.
    if let [zone, .., second, place] = after
        && zone_offset(&zone.to_lowercase()).is_some()
        && clock_time(second).is_some()
        && place.len() <= 5
        && place.chars().all(|c| c.is_ascii_uppercase())
    {
        after = &after[..after.len() - 2];
    }
    for word in after {
        let word = word.trim_matches(|c: char| c == '(' || c == ')' || c == ',');
        let lower = word.to_lowercase().replace('.', "");
        match lower.as_str() {
            "am" | "pm" if meridiem.is_none() => meridiem = Some(lower == "pm"),
            "local" | "time" | "uhr" | "" => {}
            _ => match zone_offset(&lower) {
                Some(hours) if offset.is_none() => offset = FixedOffset::east_opt(hours * 3600),
                // A zone newsdex does not know (ET, IST): the time stays the wall clock.
                None if (2..=5).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase()) => {}
                _ => return None,
            },
        }
    }
    // "2:05 PM" written as one word: "2:05pm".
    let lower = words[clock].to_ascii_lowercase().replace('.', "");
    if meridiem.is_none() && (lower.ends_with("am") || lower.ends_with("pm")) {
        meridiem = Some(lower.ends_with("pm"));
    }
    if let Some(pm) = meridiem {
        if !(1..=12).contains(&hour) {
            return None;
        }
        hour = hour % 12 + if pm { 12 } else { 0 };
    }
    let time = NaiveTime::from_hms_opt(hour, minute, 0)?;
    Some(PublishedDate { local: day.local.date().and_time(time), offset, has_time: true })
}

/// A time of day with its zone before the date, after a comma, as BBC News Online's "Page
/// last updated at" lines give it: `09:10 GMT, Tuesday, 16 March 2004` (and the same
/// moment on a second clock after it: `… 2004 10:10 UK`). The zone is one newsdex knows
/// ([`zone_offset`]), so a sentence that opens with a time is not read.
fn parse_time_first(s: &str) -> Option<PublishedDate> {
    let (time, date) = s.split_once(',')?;
    let [clock, zone] = time.split_whitespace().collect::<Vec<_>>()[..] else { return None };
    let (hour, minute) = clock_time(clock)?;
    let offset = FixedOffset::east_opt(zone_offset(&zone.to_lowercase())? * 3600)?;
    let words: Vec<&str> = date.split_whitespace().collect();
    let date = match words[..] {
        [.., second, place]
            if clock_time(second).is_some()
                && place.len() <= 5
                && place.chars().all(|c| c.is_ascii_uppercase()) =>
        {
            words[..words.len() - 2].join(" ")
        }
        _ => words.join(" "),
    };
    let date = date.trim_end_matches(',');
    let day = parse_iso(date).or_else(|| parse_wordy(date))?;
    if day.has_time {
        return None;
    }
    let time = NaiveTime::from_hms_opt(hour, minute, 0)?;
    Some(PublishedDate { local: day.local.date().and_time(time), offset: Some(offset), has_time: true })
}

/// `14:05`, `2:05`, `2.05pm`, `09:30:15` → (hour, minute).
fn clock_time(word: &str) -> Option<(u32, u32)> {
    let lower = word.to_ascii_lowercase();
    let digits = lower.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.' || c == ',');
    let rest = &lower[digits.len()..];
    if !matches!(rest.replace('.', "").as_str(), "" | "am" | "pm" | "h") {
        return None;
    }
    let mut parts = digits.split([':', '.']);
    let (hour, minute) = (parts.next()?, parts.next()?);
    if !(1..=2).contains(&hour.len())
        || minute.len() != 2
        || parts.clone().any(|p| p.len() != 2)
        || parts.count() > 1
    {
        return None;
    }
    let (hour, minute): (u32, u32) = (hour.parse().ok()?, minute.parse().ok()?);
    (hour < 24 && minute < 60).then_some((hour, minute))
}

/// Hours east of UTC of the time zones news sites print after a time. Ambiguous ones
/// (IST is India's and Ireland's; ET, CT, PT say nothing of daylight saving) are not here.
fn zone_offset(zone: &str) -> Option<i32> {
    Some(match zone {
        "gmt" | "utc" | "z" | "wet" => 0,
        "bst" | "cet" | "wat" => 1,
        "cest" | "eet" | "sast" | "cat" => 2,
        "eest" | "msk" | "мск" | "eat" => 3,
        "edt" => -4,
        "est" | "cdt" => -5,
        "cst" | "mdt" => -6,
        "mst" | "pdt" => -7,
        "pst" | "akdt" => -8,
        "akst" => -9,
        "hst" => -10,
        _ => return None,
    })
}

pub(super) fn parse_iso(s: &str) -> Option<PublishedDate> {
    // RSS `pubDate` and e-mail dates ("Fri, 03 May 2024 10:00:00 +0000") as well.
    if let Ok(dt) = DateTime::parse_from_rfc3339(s).or_else(|_| DateTime::parse_from_rfc2822(s)) {
        return Some(PublishedDate { local: dt.naive_local(), offset: Some(*dt.offset()), has_time: true });
    }
    // A `Z` where a numeric offset may stand: "2024-05-03T10:00Z".
    let zulu;
    let s = match s.strip_suffix(['Z', 'z']) {
        Some(rest) if rest.contains(':') => {
            zulu = format!("{rest}+00:00");
            zulu.as_str()
        }
        _ => s,
    };
    // "2026-01-24 14:30:00+01:00", "2026-01-24T14:30+0100", "…T10:00:00.000+0000" and
    // friends; Twitter's "Fri May 03 10:00:00 +0000 2024".
    const WITH_OFFSET: &[&str] = &[
        "%Y-%m-%d %H:%M:%S%:z",
        "%Y-%m-%dT%H:%M%:z",
        "%Y-%m-%dT%H:%M%z",
        "%Y-%m-%dT%H:%M:%S%z",
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S %z",
        "%a %b %d %H:%M:%S %z %Y",
    ];
    for format in WITH_OFFSET {
        if let Ok(dt) = DateTime::parse_from_str(s, format) {
            return Some(PublishedDate {
                local: dt.naive_local(),
                offset: Some(*dt.offset()),
                has_time: true,
            });
        }
    }
    for format in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"] {
        if let Ok(local) = NaiveDateTime::parse_from_str(s, format) {
            return Some(PublishedDate { local, offset: None, has_time: true });
        }
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok().map(PublishedDate::day)
}

pub(super) fn parse_wordy(s: &str) -> Option<PublishedDate> {
    if let Some(date) = parse_cjk(s) {
        return Some(date);
    }
    let english;
    let s = match in_english_words(s) {
        Some(words) => {
            english = words;
            english.as_str()
        }
        None => s,
    };
    // Drop a leading weekday: "Saturday, 24 January 2026", "Sat 24 Jan 2026", and the
    // part of the day an evening paper gives after it ("Wednesday Evening, March 2, 1921").
    let without_weekday = match s.split_once([',', ' ']) {
        Some((first, rest)) if is_weekday(first) => {
            let rest = rest.trim_start_matches([',', ' ']);
            match rest.split_once([',', ' ']) {
                Some((part, after)) if PARTS_OF_THE_DAY.contains(&part.to_ascii_lowercase().as_str()) => {
                    after.trim_start_matches([',', ' '])
                }
                _ => rest,
            }
        }
        _ => s,
    };
    // AP style writes September "Sept." ("Sept. 3, 2024"), which no date library reads;
    // a date closing a line may end it with a full stop ("March 3, 1921.").
    let cleaned = strip_ordinal_suffixes(&september(without_weekday.trim_end_matches('.')));
    WORDY_FORMATS
        .iter()
        .find_map(|format| NaiveDate::parse_from_str(&cleaned, format).ok())
        // The year in four digits, as written: chrono reads "June 1987" as June 19 of the
        // year 87, and "2 March 87" as the year 87.
        .filter(|date| {
            cleaned.split(|c: char| !c.is_ascii_digit()).any(|n| n == format!("{:04}", date.year()))
        })
        .map(PublishedDate::day)
}

/// The first day of the month a month and a year name, in English or another language
/// whose month names [`in_english_words`] knows: "June 1987", "Jun. 1987", "März 2024".
pub fn parse_month_year(s: &str) -> Option<NaiveDate> {
    let [month, year] = s.split_whitespace().collect::<Vec<_>>()[..] else { return None };
    if year.len() != 4
        || !is_number(year)
        || !month.trim_end_matches(['.', ',']).chars().all(char::is_alphabetic)
    {
        return None;
    }
    let month = month.trim_end_matches(['.', ',']);
    parse_wordy(&format!("1 {month} {year}")).map(|date| date.local.date())
}

pub(super) fn is_number(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit())
}

/// A date in Chinese, Japanese or Korean: `2024年4月10日`, `2024年4月10日（水）`, `2024년 5월
/// 9일`, `2024년 5월 9일 (목)`.
fn parse_cjk(s: &str) -> Option<PublishedDate> {
    let mut numbers = [0u32; 3];
    let mut rest = s.trim();
    for (slot, marks) in numbers.iter_mut().zip([["年", "년"], ["月", "월"], ["日", "일"]]) {
        let digits = rest.trim_start().split(|c: char| !c.is_ascii_digit()).next()?;
        let after = rest.trim_start()[digits.len()..].trim_start();
        let mark = marks.iter().find(|m| after.starts_with(**m))?;
        *slot = digits.parse().ok()?;
        rest = &after[mark.len()..];
    }
    // A weekday in brackets may follow: "(水)", "（목）".
    let rest = rest.trim();
    let bracketed = |r: &str| {
        let inner = r.strip_prefix(['(', '（']).and_then(|r| r.strip_suffix([')', '）']));
        inner.is_some_and(|w| w.chars().count() <= 3)
    };
    if !(rest.is_empty() || bracketed(rest)) {
        return None;
    }
    let [year, month, day] = numbers;
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day).map(PublishedDate::day)
}

pub(super) fn is_weekday(word: &str) -> bool {
    const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let lower = word.to_ascii_lowercase();
    lower.len() >= 3 && DAYS.iter().any(|d| lower.starts_with(d))
}

/// `s` with the abbreviation "Sept" (any case) written "Sep".
fn september(s: &str) -> String {
    match s.to_ascii_lowercase().find("sept") {
        Some(at) if !s[at + 4..].starts_with(|c: char| c.is_ascii_alphabetic()) => {
            format!("{}{}", &s[..at + 3], &s[at + 4..])
        }
        _ => s.to_string(),
    }
}

/// The parts of the day an evening or a morning paper gives after the weekday.
const PARTS_OF_THE_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];

/// "January 24th, 2026" → "January 24, 2026", and the older "3d March" and "22d" (for
/// "3rd", "22nd") → "3 March", "22".
fn strip_ordinal_suffixes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        out.push(c);
        rest = &rest[c.len_utf8()..];
        if c.is_ascii_digit() {
            let suffix = rest.get(..2).map(|x| x.to_ascii_lowercase());
            let is_ordinal = matches!(suffix.as_deref(), Some("st" | "nd" | "rd" | "th"));
            let ends = |n: usize| {
                rest.get(n..).is_some_and(|r| r.chars().next().is_none_or(|n| !n.is_alphanumeric()))
            };
            // "2d", "3d", "22d" (not "12d": the twelfth is "12th").
            let tens = out.chars().rev().nth(1).filter(char::is_ascii_digit);
            let old_ordinal = matches!(c, '2' | '3') && tens != Some('1') && rest.starts_with(['d', 'D']);
            if is_ordinal && ends(2) {
                rest = &rest[2..];
            } else if old_ordinal && ends(1) {
                rest = &rest[1..];
            }
        }
    }
    out
}

/// A date written into a path or URL: `/2024/05/17/slug`, `2024-05-17-slug.txt`,
/// `2024_05_17`, `2024-05-17 Morning briefing.txt`, `courier_19870303_p2.txt` (eight
/// digits, as archives and cameras name files), `1987/March/03/`, `March_3_1921`,
/// `3-Mar-1921`, and day-first or
/// month-first where only one reading is a date (`17-03-1987`, `03-17-1987`). Only full
/// dates count, so `/2024/05/` alone does not, nor does `03-04-1987`.
pub fn date_in_path(path: &str) -> Option<PublishedDate> {
    let path = path.split_once("://").map_or(path, |(_, rest)| rest);
    let parts: Vec<&str> = path.split(['/', '\\', '-', '_', '.', ' ']).collect();
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    let month = |s: &str| -> Option<u32> {
        if digits(s, 1..=2) {
            return s.parse().ok();
        }
        let lower = s.to_lowercase();
        let english = MONTHS.iter().position(|m| {
            let m = m.to_lowercase();
            lower == m || (lower.len() == 3 && m.starts_with(&lower))
        });
        english
            .map(|i| i as u32 + 1)
            .or_else(|| MONTH_NAMES.iter().find(|(name, _)| *name == lower).map(|&(_, m)| m))
    };
    let date = |year: &str, month: u32, day: &str| -> Option<PublishedDate> {
        let date = NaiveDate::from_ymd_opt(year.parse().ok()?, month, day.parse().ok()?)?;
        plausible(date).then(|| PublishedDate::day(date))
    };
    let year_first = parts.windows(3).find_map(|w| {
        if !(digits(w[0], 4..=4) && digits(w[2], 1..=2)) {
            return None;
        }
        date(w[0], month(w[1])?, w[2])
    });
    let eight_digits = || {
        parts.iter().filter(|p| digits(p, 8..=8)).find_map(|p| date(&p[..4], p[4..6].parse().ok()?, &p[6..]))
    };
    // Day-first (Europe) or month-first (the United States): only where the other
    // reading is no date.
    let year_last = || {
        parts.windows(3).find_map(|w| {
            if !(digits(w[0], 1..=2) && digits(w[1], 1..=2) && digits(w[2], 4..=4)) {
                return None;
            }
            let (a, b): (u32, u32) = (w[0].parse().ok()?, w[1].parse().ok()?);
            match (a > 12, b > 12) {
                (true, false) => date(w[2], b, w[0]),
                (false, true) => date(w[2], a, w[1]),
                _ => None,
            }
        })
    };
    // A month by its name, before or after the day: `March_3_1921`, `3-Mar-1921`.
    let month_named = || {
        parts.windows(3).find_map(|w| {
            if !digits(w[2], 4..=4) {
                return None;
            }
            let named = |s: &str| month(s).filter(|_| !digits(s, 1..=2));
            match (named(w[0]), named(w[1])) {
                (Some(m), None) if digits(w[1], 1..=2) => date(w[2], m, w[1]),
                (None, Some(m)) if digits(w[0], 1..=2) => date(w[2], m, w[0]),
                _ => None,
            }
        })
    };
    year_first.or_else(eight_digits).or_else(year_last).or_else(month_named)
}

#[cfg(test)]
mod tests {
    #[test]
    fn mail_and_feed_dates_keep_their_offset() {
        let date = super::parse_rfc2822("Sat, 24 Jan 2026 18:30:00 -0600").unwrap();
        assert_eq!(date.iso(), "2026-01-24T18:30:00-06:00");
        assert_eq!(super::utc_instant(&date).to_rfc3339(), "2026-01-25T00:30:00+00:00");
        assert_eq!(
            super::parse_rfc2822(" Fri, 23 Jan 2026 09:00:00 GMT ").unwrap().iso(),
            "2026-01-23T09:00:00Z"
        );
        assert_eq!(super::parse_rfc2822("the 2019 election"), None);
    }

    use super::*;

    fn iso(s: &str) -> Option<String> {
        parse_published(s).map(|d| d.iso())
    }

    #[test]
    fn the_utc_form_is_one_shape_for_every_date() {
        let utc = |s: &str| PublishedDate::utc_of_iso(s);
        assert_eq!(utc("2026-01-24T18:30:00-06:00").as_deref(), Some("2026-01-25T00:30:00Z"));
        assert_eq!(utc("2024-04-28T10:00:00.863186Z").as_deref(), Some("2024-04-28T10:00:00Z"));
        // A time without its zone names no instant.
        assert_eq!(utc("2026-05-13T15:44:00"), None);
        assert_eq!(utc("2026-01-24").as_deref(), Some("2026-01-24"));
        assert_eq!(utc("no date"), None);
    }

    #[test]
    fn reads_iso_dates_and_datetimes() {
        assert_eq!(iso("2026-01-24").as_deref(), Some("2026-01-24"));
        assert_eq!(iso(" *2026-01-24* ").as_deref(), Some("2026-01-24"));
        assert_eq!(iso("2026-02-03T14:30:00-06:00").as_deref(), Some("2026-02-03T14:30:00-06:00"));
        assert_eq!(iso("2026-02-03T14:30:00Z").as_deref(), Some("2026-02-03T14:30:00Z"));
        assert_eq!(iso("2026-02-03 14:30:00").as_deref(), Some("2026-02-03T14:30:00"));
    }

    #[test]
    fn reads_old_papers_ordinals_and_parts_of_the_day() {
        assert_eq!(iso("3d March 1921").as_deref(), Some("1921-03-03"));
        assert_eq!(iso("March 23d, 1921").as_deref(), Some("1921-03-23"));
        assert_eq!(iso("3rd March, 1921").as_deref(), Some("1921-03-03"));
        assert_eq!(iso("Wednesday Evening, March 2, 1921").as_deref(), Some("1921-03-02"));
        assert_eq!(iso("March 3, 1921.").as_deref(), Some("1921-03-03"));
        assert_eq!(iso("March 13d, 1921"), None, "the thirteenth is 13th");
        assert_eq!(iso("3D printing 1921"), None);
    }

    #[test]
    fn reads_dates_in_words() {
        assert_eq!(iso("January 24, 2026").as_deref(), Some("2026-01-24"));
        assert_eq!(iso("Saturday, 24 January 2026").as_deref(), Some("2026-01-24"));
        assert_eq!(iso("Jan 3rd, 2026").as_deref(), Some("2026-01-03"));
    }

    #[test]
    fn reads_dates_in_the_words_of_other_languages() {
        for (written, day) in [
            ("3. März 2024", "2024-03-03"),
            ("Montag, 4. März 2024", "2024-03-04"),
            ("am 12. Jänner 2024", "2024-01-12"),
            ("3 mars 2024", "2024-03-03"),
            ("le 1er janvier 2024", "2024-01-01"),
            ("mardi 13 août 2024", "2024-08-13"),
            ("15 de marzo de 2024", "2024-03-15"),
            ("domingo, 1º de diciembre de 2024", "2024-12-01"),
            ("4 marzo 2024", "2024-03-04"),
            ("3 de março de 2024", "2024-03-03"),
            ("3 maart 2024", "2024-03-03"),
            ("2024年4月10日", "2024-04-10"),
            ("2024年4月10日（水）", "2024-04-10"),
            ("2024년 5월 9일", "2024-05-09"),
            ("2024년 5월 9일 (목)", "2024-05-09"),
        ] {
            assert_eq!(iso(written).as_deref(), Some(day), "{written}");
        }
        assert_eq!(iso("3. März 2024, 14:05 Uhr").as_deref(), Some("2024-03-03T14:05:00"));
        // A sentence with a month in it is no date, in any language.
        assert_eq!(iso("Im März 2024 streikten die Fahrer"), None);
        assert_eq!(iso("le 3 mars 2024 à Paris"), None);
        assert_eq!(iso("2024年4月10日に発表した"), None);
        assert_eq!(iso("2024年2月30日"), None);
    }

    #[test]
    fn reads_dates_in_cyrillic_greek_arabic_hebrew_and_persian() {
        for (written, day) in [
            // Russian, with the year's "г."/"года" and a weekday before
            ("5 декабря 2026", "2026-12-05"),
            ("5 декабря 2026 г.", "2026-12-05"),
            ("5 декабря 2026 года", "2026-12-05"),
            ("5 декабря 2026г.", "2026-12-05"),
            ("суббота, 5 декабря 2026", "2026-12-05"),
            ("Суббота, 5 Декабря 2026 г.", "2026-12-05"),
            ("1 мая 2026", "2026-05-01"),
            ("5 дек. 2026", "2026-12-05"),
            ("3 марта 2024", "2024-03-03"),
            ("ЧЕТВЕРГ, 3 СЕНТЯБРЯ 2026", "2026-09-03"),
            // Ukrainian
            ("5 грудня 2026", "2026-12-05"),
            ("5 грудня 2026 року", "2026-12-05"),
            ("пʼятниця, 4 грудня 2026 р.", "2026-12-04"),
            ("п'ятниця, 4 грудня 2026", "2026-12-04"),
            ("14 лютого 2026", "2026-02-14"),
            // Greek, with and without tonos, in capitals
            ("4 Δεκεμβρίου 2026", "2026-12-04"),
            ("4 Δεκεμβριου 2026", "2026-12-04"),
            ("4 ΔΕΚΕΜΒΡΙΟΥ 2026", "2026-12-04"),
            ("Παρασκευή, 4 Δεκεμβρίου 2026", "2026-12-04"),
            ("ΠΑΡΑΣΚΕΥΗ 4 ΔΕΚΕΜΒΡΙΟΥ 2026", "2026-12-04"),
            ("15 Μαΐου 2026", "2026-05-15"),
            ("15 ΜΑΪΟΥ 2026", "2026-05-15"),
            ("15 Μαΐ 2026", "2026-05-15"),
            // Arabic: Egypt's and the Gulf's months, the Levant's, the Maghreb's
            ("5 ديسمبر 2026", "2026-12-05"),
            ("٥ ديسمبر ٢٠٢٦", "2026-12-05"),
            ("السبت، ٥ ديسمبر ٢٠٢٦", "2026-12-05"),
            ("في 5 ديسمبر 2026", "2026-12-05"),
            ("٥ ديسمبر ٢٠٢٦م", "2026-12-05"),
            ("٥ ديسمبر ٢٠٢٦ م", "2026-12-05"),
            ("12 أبريل 2026", "2026-04-12"),
            ("12 ابريل 2026", "2026-04-12"),
            ("12 إبريل 2026", "2026-04-12"),
            ("3 يونيه 2026", "2026-06-03"),
            ("3 أكتوبر 2026", "2026-10-03"),
            ("3 اكتوبر 2026", "2026-10-03"),
            ("5 كانون الأول 2026", "2026-12-05"),
            ("5 كانون الاول 2026", "2026-12-05"),
            ("٥ كانون الثاني ٢٠٢٦", "2026-01-05"),
            ("5 تشرين الأول 2026", "2026-10-05"),
            ("5 تشرين الثاني 2026", "2026-11-05"),
            ("5 آذار 2026", "2026-03-05"),
            ("5 اذار 2026", "2026-03-05"),
            ("5 آب 2026", "2026-08-05"),
            ("5 أيار 2026", "2026-05-05"),
            ("5 كانون الأول/ديسمبر 2026", "2026-12-05"),
            ("5 كانون الأول (ديسمبر) 2026", "2026-12-05"),
            ("5 دجنبر 2026", "2026-12-05"),
            ("5 جوان 2026", "2026-06-05"),
            // Hebrew, the month with its prefix letter
            ("3 בדצמבר 2026", "2026-12-03"),
            ("3 לדצמבר 2026", "2026-12-03"),
            ("ב-3 בדצמבר 2026", "2026-12-03"),
            ("יום חמישי, 3 בדצמבר 2026", "2026-12-03"),
            ("3 דצמבר 2026", "2026-12-03"),
            ("20 במרץ 2026", "2026-03-20"),
            // Persian: the Gregorian months, Persian digits
            ("۵ دسامبر ۲۰۲۶", "2026-12-05"),
            ("۵ دسامبر ۲۰۲۶ میلادی", "2026-12-05"),
            ("شنبه ۵ دسامبر ۲۰۲۶", "2026-12-05"),
            ("۱۰ ژوئن ۲۰۲۶", "2026-06-10"),
            // Arabic-Indic and Persian digits in figures
            ("٢٠٢٦-١٢-٠٥", "2026-12-05"),
            ("۲۰۲۶-۱۲-۰۵", "2026-12-05"),
            ("٢٥/١٢/٢٠٢٦", "2026-12-25"),
            ("٠٥.١٢.٢٠٢٦", "2026-12-05"),
            ("\u{200f}٥ ديسمبر ٢٠٢٦\u{200f}", "2026-12-05"),
        ] {
            assert_eq!(iso(written).as_deref(), Some(day), "{written}");
        }
        assert_eq!(iso("5 декабря 2026 г., 14:30").as_deref(), Some("2026-12-05T14:30:00"));
        assert_eq!(iso("5 декабря 2026 года в 14:30 МСК").as_deref(), Some("2026-12-05T14:30:00+03:00"));
        assert_eq!(iso("4 Δεκεμβρίου 2026, 10:15").as_deref(), Some("2026-12-04T10:15:00"));
        assert_eq!(iso("٥ ديسمبر ٢٠٢٦ ١٤:٣٠").as_deref(), Some("2026-12-05T14:30:00"));
        assert_eq!(iso("٢٠٢٦-١٢-٠٥T١٤:٣٠:٠٠+٠٣:٠٠").as_deref(), Some("2026-12-05T14:30:00+03:00"));
    }

    #[test]
    fn dates_in_other_scripts_are_not_guessed() {
        // Day and month in figures either way round, in any digits: no date.
        assert_eq!(iso("٥/١٢/٢٠٢٦"), None);
        assert_eq!(iso("۰۵/۱۲/۲۰۲۶"), None);
        // A sentence holding a date is no date.
        assert_eq!(iso("Встреча прошла 5 декабря 2026"), None);
        assert_eq!(iso("5 декабря 2026 г. в Москве"), None);
        assert_eq!(iso("عقد الاجتماع في ٥ ديسمبر ٢٠٢٦"), None);
        assert_eq!(iso("הפגישה נערכה ב-3 בדצמבר 2026"), None);
        // The year's mark only after a year; a weekday only before the date.
        assert_eq!(iso("5 декабря г. 2026"), None);
        assert_eq!(iso("5 декабря 2026 суббота"), None);
        // Two different months, an impossible day.
        assert_eq!(iso("5 декабря ноября 2026"), None);
        assert_eq!(iso("5 كانون الأول/نوفمبر 2026"), None);
        assert_eq!(iso("31 февраля 2026"), None);
        // The solar Hijri calendar's years, and the Hijri one's, are no plausible years.
        assert_eq!(iso("۱۴ آذر ۱۴۰۵"), None);
        assert_eq!(iso("٢٥ جمادى الآخرة ١٤٤٨"), None);
        // The words of the other languages stay what they were.
        assert_eq!(iso("3 marz 2024"), None);
    }

    #[test]
    fn a_month_in_another_script_is_a_span_and_other_digits_are_figures() {
        let december = parse_span("2026-12").unwrap();
        for written in ["декабрь 2026", "грудень 2026", "Δεκέμβριος 2026", "ديسمبر 2026", "דצמבר 2026"]
        {
            assert_eq!(parse_span(written), Ok(december), "{written}");
        }
        let day = parse_span("2026-12-05").unwrap();
        for written in ["٢٠٢٦-١٢-٠٥", "۲۰۲۶-۱۲-۰۵", "5 декабря 2026", "٥ ديسمبر ٢٠٢٦", "5 בדצמבר 2026"]
        {
            assert_eq!(parse_span(written), Ok(day), "{written}");
        }
    }

    #[test]
    fn reads_feed_api_and_wire_style_dates() {
        assert_eq!(iso("Fri, 03 May 2024 10:00:00 +0000").as_deref(), Some("2024-05-03T10:00:00Z"));
        assert_eq!(iso("Fri, 03 May 2024 10:00:00 -0400").as_deref(), Some("2024-05-03T10:00:00-04:00"));
        assert_eq!(iso("2024-05-03T10:00:00.000+0000").as_deref(), Some("2024-05-03T10:00:00Z"));
        assert_eq!(iso("2024-05-03T10:00Z").as_deref(), Some("2024-05-03T10:00:00Z"));
        assert_eq!(iso("Fri May 03 10:00:00 +0000 2024").as_deref(), Some("2024-05-03T10:00:00Z"));
        assert_eq!(iso("Sept. 3, 2024").as_deref(), Some("2024-09-03"));
        assert_eq!(iso("Sept 3, 2024").as_deref(), Some("2024-09-03"));
        assert_eq!(iso("September 3, 2024").as_deref(), Some("2024-09-03"));
    }

    #[test]
    fn reads_a_date_followed_by_a_time_of_day() {
        assert_eq!(iso("24 January 2026 14:05 GMT").as_deref(), Some("2026-01-24T14:05:00Z"));
        assert_eq!(iso("January 24, 2026 at 2:05 p.m. CST").as_deref(), Some("2026-01-24T14:05:00-06:00"));
        assert_eq!(iso("Jan 24, 2026 2:05 PM").as_deref(), Some("2026-01-24T14:05:00"));
        assert_eq!(iso("Jan 24, 2026, 12:30am EDT").as_deref(), Some("2026-01-24T00:30:00-04:00"));
        assert_eq!(iso("Saturday 24 January 2026 09.30 BST").as_deref(), Some("2026-01-24T09:30:00+01:00"));
        assert_eq!(iso("24.01.2026, 09:30").as_deref(), Some("2026-01-24T09:30:00"));
        assert_eq!(iso("January 24, 2026 11:00 a.m. ET").as_deref(), Some("2026-01-24T11:00:00"));
        // A date that opens a sentence is not a date line; nor is an impossible time.
        assert_eq!(iso("24 January 2026 14:05 the council met"), None);
        assert_eq!(iso("24 January 2026 25:10"), None);
        assert_eq!(iso("24 January 2026 13:05 pm"), None);
    }

    #[test]
    fn bbc_news_online_date_lines_with_two_clocks_give_the_first() {
        // The time in GMT, then the same moment in the UK's time.
        let bbc = Some("2004-03-16T09:10:00Z");
        assert_eq!(iso("Tuesday, 16 March, 2004, 09:10 GMT 10:10 UK").as_deref(), bbc);
        assert_eq!(iso("Tuesday, 16 March, 2004, 09:10 GMT").as_deref(), bbc);
        // The time before the date.
        assert_eq!(iso("09:10 GMT, Tuesday, 16 March 2004 10:10 UK").as_deref(), bbc);
        assert_eq!(iso("09:10 GMT, Tuesday, 16 March 2004").as_deref(), bbc);
        assert_eq!(iso("16:22 BST, Friday, 16 July 2004").as_deref(), Some("2004-07-16T16:22:00+01:00"));
        // A sentence that opens with a time, or a time in no zone newsdex knows, is no date.
        assert_eq!(iso("09:10 the council met, Tuesday, 16 March 2004"), None);
        assert_eq!(iso("09:10 XYZ, Tuesday, 16 March 2004"), None);
        assert_eq!(iso("Tuesday, 16 March, 2004, 09:10 GMT 10:10 the council"), None);
    }

    #[test]
    fn reads_numeric_dates_only_when_they_are_not_ambiguous() {
        assert_eq!(iso("24.01.2026").as_deref(), Some("2026-01-24"));
        assert_eq!(iso("01/24/2026").as_deref(), Some("2026-01-24"));
        assert_eq!(iso("24/01/2026").as_deref(), Some("2026-01-24"));
        assert_eq!(iso("01/02/2026"), None);
        assert_eq!(iso("13/13/2026"), None);
        // The same day either way round is that day.
        assert_eq!(iso("03/03/2026").as_deref(), Some("2026-03-03"));
        assert_eq!(iso("3/3/2026").as_deref(), Some("2026-03-03"));
        assert_eq!(iso("3/3/26"), None, "a year of four figures");
    }

    #[test]
    fn a_slash_date_that_reads_two_ways_says_both_and_an_order_picks_one() {
        let date = SlashDate::of("08/12/2025").unwrap();
        assert_eq!(date.readings(), "12 August or 8 December");
        assert_eq!(date.in_order(SlashOrder::MonthFirst).to_string(), "2025-08-12");
        assert_eq!(date.in_order(SlashOrder::DayFirst).to_string(), "2025-12-08");
        for one_way in ["13/12/2025", "03/03/2026", "8/12/25", "2025/08/12", "x/12/2025"] {
            assert_eq!(SlashDate::of(one_way), None, "{one_way}");
        }
        // The dates a text writes one way only tell its order; dates that disagree do not.
        assert_eq!(slash_order_in("Published 08/12/2025, updated 08/14/2025."), Some(SlashOrder::MonthFirst));
        assert_eq!(slash_order_in("Updated: 14/08/2025 | 08/12/2025"), Some(SlashOrder::DayFirst));
        assert_eq!(slash_order_in("08/12/2025 and 03/03/2026"), None);
        assert_eq!(slash_order_in("08/14/2025 then 14/08/2025"), None);
        assert_eq!(slash_order_of_language("en-US"), Some(SlashOrder::MonthFirst));
        assert_eq!(slash_order_of_language("en_us"), Some(SlashOrder::MonthFirst));
        assert_eq!(slash_order_of_language("en-GB"), Some(SlashOrder::DayFirst));
        assert_eq!(slash_order_of_language("de"), Some(SlashOrder::DayFirst));
        assert_eq!(slash_order_of_language("en"), None);
        assert_eq!(slash_order_of_language("en-CA"), None);
    }

    #[test]
    fn rejects_impossible_and_non_dates() {
        assert_eq!(iso("0001-01-01T00:00:00Z"), None);
        assert_eq!(iso("2026-02-30"), None);
        assert_eq!(iso("yesterday"), None);
        assert_eq!(iso(""), None);
    }

    #[test]
    fn dates_in_paths() {
        let iso = |p: &str| date_in_path(p).map(|d| d.iso());
        assert_eq!(iso("https://example.org/news/2024/05/17/storm").as_deref(), Some("2024-05-17"));
        assert_eq!(iso("archive/2024-05-17-storm.txt").as_deref(), Some("2024-05-17"));
        assert_eq!(iso("archive/2024/05/storm.txt"), None);
        assert_eq!(iso("archive/2024/13/45/x.txt"), None);
        assert_eq!(iso("story-12345-2024.txt"), None);
        // As Finder and Explorer users name files.
        assert_eq!(iso("notes/2023-03-14 Morning Briefing.txt").as_deref(), Some("2023-03-14"));
        assert_eq!(iso("notes/Briefing 2023 03 14.txt").as_deref(), Some("2023-03-14"));
        // As archives of back issues are named.
        assert_eq!(iso("scans/19870303/d.txt").as_deref(), Some("1987-03-03"));
        assert_eq!(iso("courier_19870303_p2.txt").as_deref(), Some("1987-03-03"));
        assert_eq!(iso("1987/March/03/a.txt").as_deref(), Some("1987-03-03"));
        assert_eq!(iso("1987/mar/03/a.txt").as_deref(), Some("1987-03-03"));
        assert_eq!(iso("17-03-1987/f.txt").as_deref(), Some("1987-03-17"));
        assert_eq!(iso("03-17-1987/f.txt").as_deref(), Some("1987-03-17"));
        // Either reading could be meant; eight digits that are no date; a month alone.
        assert_eq!(iso("03-04-1987/f.txt"), None);
        assert_eq!(iso("story-12345678.txt"), None);
        assert_eq!(iso("ids/20241399.txt"), None);
        assert_eq!(iso("1987/March/b.txt"), None);
        // A month by its name, before or after the day.
        assert_eq!(iso("scans/March_3_1921.txt").as_deref(), Some("1921-03-03"));
        assert_eq!(iso("scans/3-Mar-1921.txt").as_deref(), Some("1921-03-03"));
        assert_eq!(iso("scans/Mar-1921-3.txt"), None);
    }

    #[test]
    fn wall_clock_is_the_sort_key() {
        let late = parse_published("2026-01-24T23:00:00-05:00").unwrap();
        let day = parse_span("2026-01-24").unwrap();
        assert!(late.sort_key() >= day.start && late.sort_key() < day.end);
    }
}
