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

/// The months' names in English, January first.
const MONTHS: [&str; 12] = [
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
const MIN_YEAR: i32 = 1700;
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
/// `٥ ديسمبر ٢٠٢٦` is read as `5 ديسمبر 2026`, `٢٠٢٦-١٢-٠٥` as `2026-12-05`.
fn with_western_digits(text: &str) -> std::borrow::Cow<'_, str> {
    let digit = |c: char| match c {
        '\u{660}'..='\u{669}' => char::from_digit(c as u32 - 0x660, 10),
        '\u{6f0}'..='\u{6f9}' => char::from_digit(c as u32 - 0x6f0, 10),
        _ => None,
    };
    let direction_mark = |c: char| matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if !text.chars().any(|c| digit(c).is_some() || direction_mark(c) || c == '،') {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .filter(|&c| !direction_mark(c))
        .map(|c| if c == '،' { ',' } else { digit(c).unwrap_or(c) })
        .collect()
}

/// `24.01.2026` (day first, as wherever dots are written), and `01/24/2026` or
/// `24/01/2026` when one of the first two numbers can only be the day. `01/02/2026` is
/// January 2 in the United States and February 1 in Britain: no date rather than a guess.
fn parse_numeric(s: &str) -> Option<PublishedDate> {
    if let Ok(date) = NaiveDate::parse_from_str(s, "%d.%m.%Y") {
        return Some(PublishedDate::day(date));
    }
    let parts: Vec<&str> = s.split('/').collect();
    let [a, b, year] = parts.as_slice() else { return None };
    let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    let year: i32 = year.parse().ok().filter(|_| year.len() == 4)?;
    let (month, day) = match (a > 12, b > 12) {
        (true, false) => (b, a),
        (false, true) => (a, b),
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year, month, day).map(PublishedDate::day)
}

/// A date followed by a time of day, as bylines and "Published" lines give them:
/// `24 January 2026 14:05 GMT`, `January 24, 2026 at 2:05 p.m. CST`, `Jan 24, 2026 2:05
/// PM`, `24.01.2026, 09:30`. The date is whatever [`parse_published`] reads before the
/// time; after it only a clock time, a.m./p.m. and a time zone may follow, so a sentence
/// that starts with a date is not one. A zone newsdex knows (GMT, UTC, BST, CET, the US
/// zones) gives the offset; another leaves the time as the wall clock.
fn parse_with_time(s: &str) -> Option<PublishedDate> {
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
    for word in &words[clock + 1..] {
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

fn parse_iso(s: &str) -> Option<PublishedDate> {
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

fn parse_wordy(s: &str) -> Option<PublishedDate> {
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
    // Drop a leading weekday: "Saturday, 24 January 2026", "Sat 24 Jan 2026".
    let without_weekday = match s.split_once([',', ' ']) {
        Some((first, rest)) if is_weekday(first) => rest.trim_start_matches([',', ' ']),
        _ => s,
    };
    // AP style writes September "Sept." ("Sept. 3, 2024"), which no date library reads.
    let cleaned = strip_ordinal_suffixes(&september(without_weekday));
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
fn parse_month_year(s: &str) -> Option<NaiveDate> {
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

/// Month names and their common abbreviations in German, French, Spanish, Italian,
/// Portuguese and Dutch, lower case and with their accents, by month number.
const MONTH_NAMES: &[(&str, u32)] = &[
    // German (with Austria's Jänner and Feber)
    ("januar", 1),
    ("jänner", 1),
    ("februar", 2),
    ("feber", 2),
    ("märz", 3),
    ("mär", 3),
    ("april", 4),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("august", 8),
    ("oktober", 10),
    ("okt", 10),
    ("dezember", 12),
    ("dez", 12),
    // French
    ("janvier", 1),
    ("janv", 1),
    ("février", 2),
    ("févr", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("avr", 4),
    ("juin", 6),
    ("juillet", 7),
    ("juil", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("déc", 12),
    ("decembre", 12),
    // Spanish
    ("enero", 1),
    ("ene", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("dic", 12),
    // Italian
    ("gennaio", 1),
    ("gen", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("mag", 5),
    ("giugno", 6),
    ("giu", 6),
    ("luglio", 7),
    ("lug", 7),
    ("settembre", 9),
    ("set", 9),
    ("ottobre", 10),
    ("ott", 10),
    ("dicembre", 12),
    // Portuguese
    ("janeiro", 1),
    ("fevereiro", 2),
    ("fev", 2),
    ("março", 3),
    ("marco", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("out", 10),
    ("dezembro", 12),
    // Dutch
    ("januari", 1),
    ("februari", 2),
    ("maart", 3),
    ("mei", 5),
    ("augustus", 8),
    ("okt", 10),
];

/// Weekday names in the same languages, which a date may open with ("Montag, 3. März
/// 2024", "lundi 3 mars 2024").
const WEEKDAY_NAMES: &[&str] = &[
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonnabend",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "miercoles",
    "jueves",
    "viernes",
    "sábado",
    "sabado",
    "domingo",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "segunda-feira",
    "terça-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];

/// Small words that stand around a date's parts in those languages: "am 3. März", "le 3
/// mars", "15 de marzo de 2024", "il 4 marzo", "op 3 maart", Arabic "في ٥ ديسمبر".
const DATE_FILLERS: &[&str] = &["am", "den", "le", "el", "de", "del", "il", "op", "في"];

/// A date written with another language's month name ("3. März 2024", "15 de marzo de
/// 2024", "1er janvier 2024", "mardi 4 juin 2024", "5 декабря 2026 г.", "5 ديسمبر 2026",
/// "3 בדצמבר 2026") in the English words the date formats read ("3 March 2024"), or
/// `None` when `s` names no such month. Only a whole date is rewritten: any other word
/// left over makes it no date, as in English.
fn in_english_words(s: &str) -> Option<String> {
    const ENGLISH: [&str; 12] = MONTHS;
    let mut words: Vec<String> = Vec::new();
    let mut month_seen = None;
    let mut raw_words = s.split_whitespace().peekable();
    while let Some(raw) = raw_words.next() {
        // The Levant's and Iraq's two-word months: "كانون الأول", "تشرين الثاني".
        let joined;
        let raw = match raw_words.peek() {
            Some(next) if TWO_WORD_MONTHS.contains(&fold(raw).as_str()) => {
                joined = format!("{raw}_{next}");
                raw_words.next();
                joined.as_str()
            }
            _ => raw,
        };
        let word = raw.trim_end_matches([',', '.']).to_lowercase();
        if let Some(month) = month_named(&word) {
            // The same month named again in another calendar's words, as Levantine papers
            // write it: "كانون الأول (ديسمبر)".
            if month_seen == Some(month) && words.last().is_some_and(|w| w == ENGLISH[month as usize - 1]) {
                continue;
            }
            month_seen = Some(month);
            words.push(ENGLISH[month as usize - 1].to_string());
        } else if (words.is_empty() && is_weekday_word(&word)) || DATE_FILLERS.contains(&word.as_str()) {
            continue;
        } else if let Some(day) =
            ["er", "º", "°", "ª"].iter().find_map(|end| word.strip_suffix(end)).filter(|d| is_number(d))
        {
            words.push(day.to_string()); // "1er janvier", "1º de mayo"
        } else if let Some(day) = HEBREW_DAY_PREFIXES
            .iter()
            .find_map(|prefix| word.strip_prefix(prefix))
            .filter(|d| is_number(d) && d.len() <= 2)
        {
            words.push(day.to_string()); // "ב-5 בדצמבר"
        } else if is_number(&word) {
            words.push(word);
        } else if let Some(year) =
            YEAR_MARKS.iter().find_map(|mark| word.strip_suffix(mark)).filter(|y| is_year(y))
        {
            words.push(year.to_string()); // "2026г.", "٢٠٢٦م"
        } else if YEAR_MARKS.contains(&fold(&word).as_str()) && words.last().is_some_and(|w| is_year(w)) {
            continue; // "5 декабря 2026 г.", "5 грудня 2026 року"
        } else {
            return None;
        }
    }
    month_seen.map(|_| words.join(" "))
}

/// The month a word names in one of the languages newsdex reads dates in: the Latin
/// alphabet's by their spelling ([`MONTH_NAMES`]), the others' ([`SCRIPT_MONTHS`]) folded
/// as [`fold`] does, so that capitals, Greek accents and the seats of Arabic hamza do not
/// matter. A Hebrew month may carry its prefix ("בדצמבר", "לדצמבר"), and a month named
/// twice with a slash or in brackets ("ديسمبر/كانون الأول") names one month.
fn month_named(word: &str) -> Option<u32> {
    if let Some(&(_, month)) = MONTH_NAMES.iter().find(|(name, _)| *name == word) {
        return Some(month);
    }
    if word.is_ascii() {
        return None;
    }
    let mut months = word.split('/').map(|part| {
        let folded = fold(part.trim_matches(['(', ')']));
        let in_table = |name: &str| SCRIPT_MONTHS_FOLDED.iter().find(|(n, _)| n == name).map(|&(_, m)| m);
        in_table(&folded).or_else(|| in_table(folded.strip_prefix(['ב', 'ל'])?))
    });
    let first = months.next()??;
    months.all(|m| m == Some(first)).then_some(first)
}

/// Whether a word names a day of the week, in the languages whose month names are known.
fn is_weekday_word(word: &str) -> bool {
    WEEKDAY_NAMES.contains(&word) || (!word.is_ascii() && SCRIPT_WEEKDAYS_FOLDED.contains(&fold(word)))
}

fn is_year(word: &str) -> bool {
    word.len() == 4 && is_number(word)
}

/// A word of a date with what does not tell one spelling from another taken away: lower
/// case (Greek's final sigma as any other), without accents and marks (Greek tonos and
/// dialytika, Arabic vowel signs and the hamza on an alef's seat, Russian ё's dots),
/// Persian's and Egypt's letter forms as Arabic's (ی, ى as ي; ک as ك; ة as ه), without
/// tatweel, joiners and apostrophes ("пʼятниця").
fn fold(word: &str) -> String {
    use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};
    word.nfd()
        .filter(|&c| {
            !is_combining_mark(c) && !matches!(c, '\u{640}' | '\u{200c}' | '\u{200d}' | '\'' | 'ʼ' | '’')
        })
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ς' => 'σ',
            'ی' | 'ى' => 'ي',
            'ک' => 'ك',
            'ة' => 'ه',
            c => c,
        })
        .collect()
}

/// Month names in Russian, Ukrainian, Greek, Arabic (Egypt's and the Gulf's, the Levant's
/// and Iraq's, the Maghreb's), Hebrew and Persian, by month number: the form a date
/// writes (Russian "декабря", Greek "Δεκεμβρίου"), the form that names a month alone
/// ("декабрь", "Δεκέμβριος") and the common abbreviations. Compared folded ([`fold`]), so
/// written here as the languages write them.
const SCRIPT_MONTHS: &[(&str, u32)] = &[
    // Russian
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
    ("январь", 1),
    ("февраль", 2),
    ("март", 3),
    ("апрель", 4),
    ("май", 5),
    ("июнь", 6),
    ("июль", 7),
    ("август", 8),
    ("сентябрь", 9),
    ("октябрь", 10),
    ("ноябрь", 11),
    ("декабрь", 12),
    ("янв", 1),
    ("фев", 2),
    ("февр", 2),
    ("мар", 3),
    ("апр", 4),
    ("июн", 6),
    ("июл", 7),
    ("авг", 8),
    ("сен", 9),
    ("сент", 9),
    ("окт", 10),
    ("ноя", 11),
    ("нояб", 11),
    ("дек", 12),
    // Ukrainian
    ("січня", 1),
    ("лютого", 2),
    ("березня", 3),
    ("квітня", 4),
    ("травня", 5),
    ("червня", 6),
    ("липня", 7),
    ("серпня", 8),
    ("вересня", 9),
    ("жовтня", 10),
    ("листопада", 11),
    ("грудня", 12),
    ("січень", 1),
    ("лютий", 2),
    ("березень", 3),
    ("квітень", 4),
    ("травень", 5),
    ("червень", 6),
    ("липень", 7),
    ("серпень", 8),
    ("вересень", 9),
    ("жовтень", 10),
    ("листопад", 11),
    ("грудень", 12),
    ("січ", 1),
    ("лют", 2),
    ("бер", 3),
    ("квіт", 4),
    ("трав", 5),
    ("черв", 6),
    ("лип", 7),
    ("серп", 8),
    ("вер", 9),
    ("жовт", 10),
    ("лист", 11),
    ("груд", 12),
    // Greek
    ("Ιανουαρίου", 1),
    ("Φεβρουαρίου", 2),
    ("Μαρτίου", 3),
    ("Απριλίου", 4),
    ("Μαΐου", 5),
    ("Ιουνίου", 6),
    ("Ιουλίου", 7),
    ("Αυγούστου", 8),
    ("Σεπτεμβρίου", 9),
    ("Οκτωβρίου", 10),
    ("Νοεμβρίου", 11),
    ("Δεκεμβρίου", 12),
    ("Ιανουάριος", 1),
    ("Φεβρουάριος", 2),
    ("Μάρτιος", 3),
    ("Απρίλιος", 4),
    ("Μάιος", 5),
    ("Ιούνιος", 6),
    ("Ιούλιος", 7),
    ("Αύγουστος", 8),
    ("Σεπτέμβριος", 9),
    ("Οκτώβριος", 10),
    ("Νοέμβριος", 11),
    ("Δεκέμβριος", 12),
    ("Ιαν", 1),
    ("Φεβ", 2),
    ("Μαρ", 3),
    ("Απρ", 4),
    ("Μαΐ", 5),
    ("Ιουν", 6),
    ("Ιουλ", 7),
    ("Αυγ", 8),
    ("Σεπ", 9),
    ("Σεπτ", 9),
    ("Οκτ", 10),
    ("Νοε", 11),
    ("Δεκ", 12),
    // Arabic, as Egypt and the Gulf write the months
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("أبريل", 4),
    ("إبريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("أغسطس", 8),
    ("سبتمبر", 9),
    ("أكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    // … the Levant and Iraq (two words joined, see TWO_WORD_MONTHS)
    ("كانون_الثاني", 1),
    ("شباط", 2),
    ("آذار", 3),
    ("نيسان", 4),
    ("أيار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("آب", 8),
    ("أيلول", 9),
    ("تشرين_الأول", 10),
    ("تشرين_الثاني", 11),
    ("كانون_الأول", 12),
    // … Morocco, Algeria and Tunisia
    ("ماي", 5),
    ("يوليوز", 7),
    ("غشت", 8),
    ("شتنبر", 9),
    ("نونبر", 11),
    ("دجنبر", 12),
    ("جانفي", 1),
    ("فيفري", 2),
    ("أفريل", 4),
    ("جوان", 6),
    ("جويلية", 7),
    ("أوت", 8),
    // Hebrew
    ("ינואר", 1),
    ("פברואר", 2),
    ("מרץ", 3),
    ("מרס", 3),
    ("אפריל", 4),
    ("מאי", 5),
    ("יוני", 6),
    ("יולי", 7),
    ("אוגוסט", 8),
    ("ספטמבר", 9),
    ("אוקטובר", 10),
    ("נובמבר", 11),
    ("דצמבר", 12),
    // Persian (the Gregorian months; the solar calendar's years are no plausible years)
    ("ژانویه", 1),
    ("فوریه", 2),
    ("آوریل", 4),
    ("مه", 5),
    ("می", 5),
    ("ژوئن", 6),
    ("ژوئیه", 7),
    ("جولای", 7),
    ("اوت", 8),
    ("آگوست", 8),
    ("سپتامبر", 9),
    ("اکتبر", 10),
    ("نوامبر", 11),
    ("دسامبر", 12),
];

/// [`SCRIPT_MONTHS`] folded ([`fold`]), as words are compared with it.
static SCRIPT_MONTHS_FOLDED: std::sync::LazyLock<Vec<(String, u32)>> =
    std::sync::LazyLock::new(|| SCRIPT_MONTHS.iter().map(|&(name, month)| (fold(name), month)).collect());

/// The first words of the Levant's two-word months, folded: "كانون الأول" is one month.
const TWO_WORD_MONTHS: &[&str] = &["كانون", "تشرين"];

/// Weekday names in Russian, Ukrainian, Greek, Arabic, Hebrew (after "יום", itself here)
/// and Persian, which a date may open with ("суббота, 5 декабря 2026", "السبت، 5 ديسمبر
/// 2026", "יום שישי, 4 בדצמבר 2026").
const SCRIPT_WEEKDAYS: &[&str] = &[
    "понедельник",
    "вторник",
    "среда",
    "среду",
    "четверг",
    "пятница",
    "пятницу",
    "суббота",
    "субботу",
    "воскресенье",
    "понеділок",
    "вівторок",
    "середа",
    "четвер",
    "пʼятниця",
    "субота",
    "неділя",
    "Δευτέρα",
    "Τρίτη",
    "Τετάρτη",
    "Πέμπτη",
    "Παρασκευή",
    "Σάββατο",
    "Κυριακή",
    "الأحد",
    "الإثنين",
    "الاثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
    "יום",
    "ראשון",
    "שני",
    "שלישי",
    "רביעי",
    "חמישי",
    "שישי",
    "שבת",
    "شنبه",
    "یکشنبه",
    "دوشنبه",
    "سه‌شنبه",
    "چهارشنبه",
    "پنج‌شنبه",
    "جمعه",
];

/// [`SCRIPT_WEEKDAYS`] folded.
static SCRIPT_WEEKDAYS_FOLDED: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| SCRIPT_WEEKDAYS.iter().map(|name| fold(name)).collect());

/// What may follow a year, folded: Russian "г."/"года", Ukrainian "р."/"року", Arabic
/// "م" (of the Christian era), Persian "میلادی".
const YEAR_MARKS: &[&str] = &["г", "год", "года", "р", "рік", "року", "م", "ميلادي"];

/// What may stand before a day of the month in Hebrew: "ב-5 בדצמבר", "ה־5 בדצמבר".
const HEBREW_DAY_PREFIXES: &[&str] = &["ב-", "ה-", "ב\u{5be}", "ה\u{5be}"];

fn is_number(word: &str) -> bool {
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

fn is_weekday(word: &str) -> bool {
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

/// "January 24th, 2026" → "January 24, 2026".
fn strip_ordinal_suffixes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        out.push(c);
        rest = &rest[c.len_utf8()..];
        if c.is_ascii_digit() {
            let suffix = rest.get(..2).map(|x| x.to_ascii_lowercase());
            let is_ordinal = matches!(suffix.as_deref(), Some("st" | "nd" | "rd" | "th"));
            if is_ordinal && rest[2..].chars().next().is_none_or(|n| !n.is_alphanumeric()) {
                rest = &rest[2..];
            }
        }
    }
    out
}

/// A date written into a path or URL: `/2024/05/17/slug`, `2024-05-17-slug.txt`,
/// `2024_05_17`, `2024-05-17 Morning briefing.txt`, `courier_19870303_p2.txt` (eight
/// digits, as archives and cameras name files), `1987/March/03/`, and day-first or
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
    year_first.or_else(eight_digits).or_else(year_last)
}

/// A duration such as `30d`, `12h`, `2w`, `3m`, `1y` or a plain number of days, in seconds.
pub fn parse_duration(text: &str) -> Result<i64, String> {
    let t = text.trim();
    let (number, unit) = t.split_at(t.find(|c: char| c.is_alphabetic()).unwrap_or(t.len()));
    let n: f64 =
        number.trim().parse().map_err(|_| format!("{t:?} is not a duration like 30d, 12h, 2w or 1y"))?;
    let secs = match unit.trim() {
        "" | "d" | "day" | "days" => 86_400.0,
        "h" | "hour" | "hours" => 3_600.0,
        "w" | "week" | "weeks" => 7.0 * 86_400.0,
        "m" | "month" | "months" => 30.0 * 86_400.0,
        "y" | "year" | "years" => 365.0 * 86_400.0,
        other => return Err(format!("unknown unit {other:?} (use h, d, w, m or y)")),
    };
    if n.is_nan() || n <= 0.0 || n > 1e6 {
        return Err(format!("{t:?}: must be more than zero"));
    }
    Ok((n * secs) as i64)
}

/// A `--since`/`--until` value: the half-open span of time it names.
///
/// `2026` is the whole year, `2026-01` the whole month, `2026-01-24` the whole day, and a
/// full RFC 3339 time the one second it names. `--since` uses the start, `--until` the end,
/// so both include the period they name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateSpan {
    /// First second inside the span (seconds since the epoch, wall clock read as UTC).
    pub start: i64,
    /// First second after the span.
    pub end: i64,
    /// It was given with a UTC offset or zone after its time of day, which is not applied
    /// ([`offset_written`]): the search says so.
    pub zone_ignored: bool,
}

/// A span told from `today` (the user's own calendar): `today`, `yesterday`; `7d`, `2w`,
/// `3m`, `1y`, the day that long ago (`--since 7d`: the last seven days and today); `this
/// week`, `last week` (ISO weeks, Monday to Sunday), `this month`, `last month`, `this year`,
/// `last year` (hyphens for spaces too: `last-week`). `None` when `text` is none of these;
/// `Some(None)` when it is one that leaves the calendar.
fn relative_span(text: &str, today: NaiveDate) -> Option<Option<DateSpan>> {
    let lower = text.to_ascii_lowercase().replace(['-', '_'], " ");
    let secs = |day: NaiveDate| day.and_time(NaiveTime::MIN).and_utc().timestamp();
    let span = |first: NaiveDate, next: Option<NaiveDate>| {
        next.map(|next| DateSpan { start: secs(first), end: secs(next), zone_ignored: false })
    };
    let day = |d: Option<NaiveDate>| d.and_then(|d| span(d, d.succ_opt()));
    let monday = today - chrono::Days::new(u64::from(today.weekday().num_days_from_monday()));
    let month = today.with_day(1)?;
    let year = NaiveDate::from_ymd_opt(today.year(), 1, 1)?;
    let months = |n: u32| chrono::Months::new(n);
    Some(match lower.trim() {
        "today" => day(Some(today)),
        "yesterday" => day(today.pred_opt()),
        "this week" => span(monday, monday.checked_add_days(chrono::Days::new(7))),
        "last week" => span(monday.checked_sub_days(chrono::Days::new(7))?, Some(monday)),
        "this month" => span(month, month.checked_add_months(months(1))),
        "last month" => span(month.checked_sub_months(months(1))?, Some(month)),
        "this year" => span(year, year.checked_add_months(months(12))),
        "last year" => span(year.checked_sub_months(months(12))?, Some(year)),
        ago => {
            let unit = ago.chars().last().filter(char::is_ascii_alphabetic)?;
            let n: u32 = ago[..ago.len() - 1].trim().parse().ok()?;
            let back = match unit {
                'd' => today.checked_sub_days(chrono::Days::new(u64::from(n))),
                'w' => today.checked_sub_days(chrono::Days::new(7 * u64::from(n))),
                'm' => today.checked_sub_months(months(n)),
                'y' => today.checked_sub_months(months(n.checked_mul(12)?)),
                _ => return None,
            };
            day(back)
        }
    })
}

/// Parses the date a user gives to `--since` or `--until`.
pub fn parse_span(text: &str) -> Result<DateSpan, String> {
    let span = span_of(text)?;
    Ok(DateSpan { zone_ignored: offset_written(text), ..span })
}

fn span_of(text: &str) -> Result<DateSpan, String> {
    let text = with_western_digits(text);
    let s = text.trim();
    let bad = || {
        format!(
            "{s:?} is not a date: use 2026, 2026-01, 2026-01-24, 2026-01-24T10:00:00Z, 2026-W04, 24.01.2026, 24 January 2026, January 2026, or today, yesterday, 7d, 2w, 3m, 1y (that long ago), this week, last week, this month, last month, this year, last year"
        )
    };
    if let Some(span) = relative_span(s, chrono::Local::now().date_naive()) {
        return span.ok_or_else(bad);
    }
    // A day as articles write it, day first with dots ("24.01.2026") or in words ("24
    // January 2026", "24. Januar 2026"): the whole day. A weekday given must be its own:
    // "Monday, October 20, 1987" is a slip for the 19th or the Tuesday.
    if let Some(date) = parse_numeric(s).or_else(|| parse_wordy(s)) {
        let day = date.local.date();
        if let Some(given) = s.split([',', ' ']).next().and_then(weekday_named)
            && given != day.weekday()
        {
            return Err(format!(
                "{s:?}: {} was a {}, not a {}",
                day.format("%Y-%m-%d"),
                day.format("%A"),
                weekday_name(given)
            ));
        }
        return Ok(DateSpan::of(&date));
    }
    // Day and month in figures with slashes, either of which may come first: no guess.
    if let [a, b, year] = s.split('/').collect::<Vec<_>>()[..]
        && let (Ok(a), Ok(b)) = (a.parse::<u32>(), b.parse::<u32>())
        && (1..=12).contains(&a)
        && (1..=12).contains(&b)
        && a != b
        && year.len() == 4
        && is_number(year)
    {
        return Err(format!(
            "{s:?} is {b} {} or {a} {} (day and month written either way round): write \
             {year}-{a:02}-{b:02} or {year}-{b:02}-{a:02}",
            month_name(a),
            month_name(b)
        ));
    }
    // An e-mail's or a feed's date ("Mon, 19 Oct 1987 16:08:24 GMT"): its second.
    if let Ok(date) = DateTime::parse_from_rfc2822(s) {
        return Ok(DateSpan::of(&PublishedDate {
            local: date.naive_local(),
            offset: Some(*date.offset()),
            has_time: true,
        }));
    }
    // The day in ISO 8601's basic form, "19871019".
    if s.len() == 8
        && is_number(s)
        && let Ok(day) = NaiveDate::parse_from_str(s, "%Y%m%d")
    {
        return Ok(DateSpan::of(&PublishedDate::day(day)));
    }
    // A month in words, "June 1987": the whole month.
    if let Some(first) = parse_month_year(s) {
        let next = first.checked_add_months(chrono::Months::new(1)).ok_or_else(bad)?;
        let secs = |day: NaiveDate| day.and_time(NaiveTime::MIN).and_utc().timestamp();
        return Ok(DateSpan { start: secs(first), end: secs(next), zone_ignored: false });
    }
    let parts: Vec<&str> = s.split('-').collect();
    let all_digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let (start, end) = match parts.as_slice() {
        [year] if year.len() == 4 && all_digits(year) => {
            let y: i32 = year.parse().map_err(|_| bad())?;
            let start = NaiveDate::from_ymd_opt(y, 1, 1).ok_or_else(bad)?;
            let end = NaiveDate::from_ymd_opt(y + 1, 1, 1).ok_or_else(bad)?;
            (start.and_time(NaiveTime::MIN), end.and_time(NaiveTime::MIN))
        }
        [year, month] if year.len() == 4 && all_digits(year) && all_digits(month) => {
            let y: i32 = year.parse().map_err(|_| bad())?;
            let m: u32 = month.parse().map_err(|_| bad())?;
            let start = NaiveDate::from_ymd_opt(y, m, 1).ok_or_else(bad)?;
            let end = if m == 12 {
                NaiveDate::from_ymd_opt(y + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(y, m + 1, 1)
            }
            .ok_or_else(bad)?;
            (start.and_time(NaiveTime::MIN), end.and_time(NaiveTime::MIN))
        }
        // An ISO week, as `timeline --by week` labels them ("1987-W10"): Monday to Sunday.
        [year, week]
            if year.len() == 4 && all_digits(year) && week.len() == 3 && week.starts_with(['W', 'w']) =>
        {
            let y: i32 = year.parse().map_err(|_| bad())?;
            let w: u32 = week[1..].parse().map_err(|_| bad())?;
            let start = NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon).ok_or_else(bad)?;
            (start.and_time(NaiveTime::MIN), (start + Duration::days(7)).and_time(NaiveTime::MIN))
        }
        // A year of four digits, always: "26-01-01" is no date (it was read as the year 26).
        [year, ..] if year.len() != 4 || !all_digits(year) => return Err(bad()),
        _ => {
            let date = parse_iso(s).or_else(|| hour_of(s)).ok_or_else(bad)?;
            // A time to the minute or the hour is that whole minute or hour, as a day is
            // the whole day: `--until 16:08` keeps what was published at 16:08:24.
            let mut span = DateSpan::of(&date);
            if date.has_time {
                span.end = span.start + time_precision(s);
            }
            return Ok(span);
        }
    };
    Ok(DateSpan { start: start.and_utc().timestamp(), end: end.and_utc().timestamp(), zone_ignored: false })
}

/// A date and an hour with no minutes ("1987-10-19T16"), which [`parse_iso`] does not
/// read: that hour.
fn hour_of(s: &str) -> Option<PublishedDate> {
    let (day, hour) = s.split_once(['T', ' '])?;
    let hour: u32 = hour.parse().ok().filter(|_| hour.len() == 2)?;
    let local = NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()?.and_hms_opt(hour, 0, 0)?;
    Some(PublishedDate { local, offset: None, has_time: true })
}

/// How long the time of day written in `s` lasts, in seconds: 3600 for an hour alone
/// (`T16`), 60 for hours and minutes (`T16:08`), else 1 (with seconds).
fn time_precision(s: &str) -> i64 {
    let Some(time) = s.get(11..) else { return 1 };
    let clock: String = time.chars().take_while(|c| c.is_ascii_digit() || *c == ':').collect();
    match clock.matches(':').count() {
        0 if clock.len() == 2 => 3_600,
        1 => 60,
        _ => 1,
    }
}

/// The weekday a word names ("Mon", "monday", "Tue."), if it names one.
fn weekday_named(word: &str) -> Option<chrono::Weekday> {
    let word = word.trim_end_matches('.');
    is_weekday(word).then(|| word[..3].to_ascii_lowercase().parse().ok()).flatten()
}

fn weekday_name(day: chrono::Weekday) -> &'static str {
    use chrono::Weekday::*;
    match day {
        Mon => "Monday",
        Tue => "Tuesday",
        Wed => "Wednesday",
        Thu => "Thursday",
        Fri => "Friday",
        Sat => "Saturday",
        Sun => "Sunday",
    }
}

fn month_name(month: u32) -> &'static str {
    MONTHS[(month as usize).clamp(1, 12) - 1]
}

/// Whether a `--since`/`--until` value has a UTC offset or a Z after its time of day,
/// which is not applied (dates are compared on each article's own clock): said, not
/// silently dropped.
pub fn offset_written(text: &str) -> bool {
    let s = text.trim();
    s.len() > 10 && parse_iso(s).is_some_and(|date| date.has_time && date.offset.is_some())
        || DateTime::parse_from_rfc2822(s).is_ok()
}

impl DateSpan {
    /// Its first moment, as `--since` would give it: `1987-03-01`, or with the time of day
    /// when it starts within one (`1987-03-01T10:00:00`).
    pub fn first(&self) -> String {
        Self::moment(self.start)
    }

    /// Its last moment, as `--until` would give it: `1987-03-31` for March 1987.
    pub fn last(&self) -> String {
        Self::moment(self.end - if self.end % 86_400 == 0 { 86_400 } else { 1 })
    }

    fn moment(secs: i64) -> String {
        match chrono::DateTime::from_timestamp(secs, 0) {
            Some(at) if secs % 86_400 == 0 => at.format("%Y-%m-%d").to_string(),
            Some(at) => at.format("%Y-%m-%dT%H:%M:%S").to_string(),
            None => secs.to_string(),
        }
    }

    /// The span a date names: its second when it has a time of day, else its whole day.
    fn of(date: &PublishedDate) -> DateSpan {
        let length = if date.has_time { Duration::seconds(1) } else { Duration::days(1) };
        let start = date.local.and_utc().timestamp();
        DateSpan { start, end: (date.local + length).and_utc().timestamp(), zone_ignored: false }
    }
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
    fn reads_numeric_dates_only_when_they_are_not_ambiguous() {
        assert_eq!(iso("24.01.2026").as_deref(), Some("2026-01-24"));
        assert_eq!(iso("01/24/2026").as_deref(), Some("2026-01-24"));
        assert_eq!(iso("24/01/2026").as_deref(), Some("2026-01-24"));
        assert_eq!(iso("01/02/2026"), None);
        assert_eq!(iso("13/13/2026"), None);
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
    }

    #[test]
    fn wall_clock_is_the_sort_key() {
        let late = parse_published("2026-01-24T23:00:00-05:00").unwrap();
        let day = parse_span("2026-01-24").unwrap();
        assert!(late.sort_key() >= day.start && late.sort_key() < day.end);
    }

    #[test]
    fn partial_dates_span_the_whole_period() {
        let year = parse_span("2026").unwrap();
        assert_eq!(year.start, parse_published("2026-01-01").unwrap().sort_key());
        assert_eq!(year.end, parse_published("2027-01-01").unwrap().sort_key());
        let december = parse_span("2025-12").unwrap();
        assert_eq!(december.end, parse_published("2026-01-01").unwrap().sort_key());
        let day = parse_span("2026-01-24").unwrap();
        assert_eq!(day.end - day.start, 86_400);
        let instant = parse_span("2026-01-24T10:00:00Z").unwrap();
        assert_eq!(instant.end - instant.start, 1);
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("30d"), Ok(30 * 86_400));
        assert_eq!(parse_duration("12h"), Ok(12 * 3_600));
        assert_eq!(parse_duration("2"), Ok(2 * 86_400));
        assert!(parse_duration("-3d").is_err());
        assert!(parse_duration("3 fortnights").is_err());
    }

    #[test]
    fn spans_told_from_today_are_days_weeks_months_and_years_of_the_calendar() {
        // A Friday.
        let today = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
        let span = |text: &str| {
            let span = relative_span(text, today).unwrap().unwrap();
            (span.first(), span.last())
        };
        let day = |d: &str| (d.to_string(), d.to_string());
        assert_eq!(span("today"), day("2026-12-04"));
        assert_eq!(span("Yesterday"), day("2026-12-03"));
        assert_eq!(span("7d"), day("2026-11-27"));
        assert_eq!(span("2w"), day("2026-11-20"));
        assert_eq!(span("3m"), day("2026-09-04"));
        assert_eq!(span("1y"), day("2025-12-04"));
        assert_eq!(span("this week"), ("2026-11-30".into(), "2026-12-06".into()));
        assert_eq!(span("last-week"), ("2026-11-23".into(), "2026-11-29".into()));
        assert_eq!(span("last month"), ("2026-11-01".into(), "2026-11-30".into()));
        assert_eq!(span("this year"), ("2026-01-01".into(), "2026-12-31".into()));
        assert_eq!(span("last year"), ("2025-01-01".into(), "2025-12-31".into()));
        // Not one of these: read as a date, or refused as one.
        for other in ["2026", "7", "d", "7x", "last decade", "Smith"] {
            assert!(relative_span(other, today).is_none(), "{other}");
        }
        assert!(parse_span("today").is_ok() && parse_span("7d").is_ok());
    }

    #[test]
    fn an_iso_week_spans_monday_to_sunday() {
        let week = parse_span("1987-W10").unwrap();
        assert_eq!((week.first(), week.last()), ("1987-03-02".into(), "1987-03-08".into()));
        assert_eq!(parse_span("2026-w01").unwrap().first(), "2025-12-29");
        assert!(parse_span("2026-W54").is_err() && parse_span("2026-W1").is_err());
    }

    #[test]
    fn a_span_says_its_first_and_last_day_or_moment() {
        let span = |text: &str| parse_span(text).unwrap();
        assert_eq!(
            (span("March 1987").first(), span("March 1987").last()),
            ("1987-03-01".into(), "1987-03-31".into())
        );
        assert_eq!(span("1987").last(), "1987-12-31");
        assert_eq!(span("2026-01-24").first(), span("2026-01-24").last());
        assert_eq!(span("2026-01-24T10:00:00Z").first(), "2026-01-24T10:00:00");
        assert_eq!(span("2026-01-24T10:00:00Z").last(), "2026-01-24T10:00:00");
    }

    #[test]
    fn bad_spans_say_what_is_accepted() {
        let day = parse_span("2026-01-24").unwrap();
        let err = parse_span("the week before").unwrap_err();
        assert!(err.contains("2026-01-24") && err.contains("last week"), "{err}");
        assert!(parse_span("2026-13").is_err());
        // A day as articles write it is that day.
        for written in ["24.01.2026", "24 January 2026", "24. Januar 2026", "2026年1月24日"] {
            assert_eq!(parse_span(written), Ok(day), "{written}");
        }
        assert!(parse_span("01/02/2026").is_err(), "January 2 or February 1: no guess");
        // A two-digit year is refused, not read as the year 26 (which kept every article).
        assert!(parse_span("26-01-01").is_err());
        assert!(parse_span("26").is_err());
        assert!(parse_span("02026-01-01").is_err());
        assert!(parse_span("2026-01-24T10:00:00Z").is_ok());
        // A month in words is the whole month, as 2026-01 is; "June 1987" was read as
        // June 19 of the year 87, so --since kept every article and --until none.
        let january = parse_span("2026-01").unwrap();
        for written in ["January 2026", "Jan 2026", "jan. 2026", "Januar 2026", "janvier 2026"] {
            assert_eq!(parse_span(written), Ok(january), "{written}");
        }
        assert_eq!(parse_span("December 1987"), parse_span("1987-12"));
        assert_eq!(parse_span("24-JAN-2026"), Ok(day), "a wire's date");
        for two_digit_year in ["2 March 87", "March 2 87", "March 87", "June 1987x"] {
            assert!(parse_span(two_digit_year).is_err(), "{two_digit_year}");
        }
        assert!(parse_span("Smith 2026").is_err());
    }

    #[test]
    fn a_span_is_read_as_people_write_dates() {
        let day = parse_span("1987-10-19").unwrap();
        for written in ["19th Oct. 1987", "19871019", "Monday, October 19, 1987", "Mon 19 Oct 1987"] {
            assert_eq!(parse_span(written), Ok(day), "{written}");
        }
        // A weekday that is not the date's own is a slip: which day was meant?
        let err = parse_span("Monday, October 20, 1987").unwrap_err();
        assert!(err.contains("1987-10-20 was a Tuesday, not a Monday"), "{err}");
        // An e-mail's date is its second.
        let second = parse_span("Mon, 19 Oct 1987 16:08:24 GMT").unwrap();
        assert_eq!(second.end - second.start, 1);
        assert!(second.zone_ignored, "GMT is a zone, not applied");
        assert_eq!(DateSpan { zone_ignored: false, ..second }, parse_span("1987-10-19T16:08:24").unwrap());
        // A time to the minute or the hour spans it.
        let minute = parse_span("1987-10-19T16:08").unwrap();
        assert_eq!((minute.start, minute.end - minute.start), (second.start - 24, 60));
        let hour = parse_span("1987-10-19T16").unwrap();
        assert_eq!((hour.start, hour.end - hour.start), (second.start - 8 * 60 - 24, 3_600));
        assert_eq!(parse_span("1987-10-19 16:08"), Ok(minute));
        // Day and month in figures either way round: the error offers both.
        let err = parse_span("12/03/2024").unwrap_err();
        assert!(err.contains("is 3 December or 12 March (day and month written either way round): write 2024-12-03 or 2024-03-12"), "{err}");
        assert!(parse_span("13/03/2024").is_ok());
    }

    #[test]
    fn an_offset_written_after_a_time_is_noticed() {
        assert!(offset_written("1987-10-19T18:00:00+05:00"));
        assert!(offset_written("1987-10-19T18:00:00Z"));
        assert!(offset_written("Mon, 19 Oct 1987 16:08:24 GMT"));
        assert!(!offset_written("1987-10-19T18:00:00"));
        assert!(!offset_written("1987-10-19"));
        assert!(!offset_written("October 1987"));
    }
}
