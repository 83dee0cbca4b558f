//! Why a text that is shaped like a date is no date newsdex reads: a year of two figures
//! (`19.10.87`), a year before any news (`0087-10-19`), no year at all (`19 Oct`), a day
//! the month has not (`31 September 2004`, `1987-02-29`), a month a year has not
//! (`1987-13`), a month misspelt (`Octobr 1987`).
//!
//! `--since`/`--until` refuse such a date with the reason and what to type
//! ([`super::span`]); an article whose "Published:" line holds one gets a warning at
//! ingest naming the file, not a silent "undated".

use chrono::{Datelike, NaiveDate};

use super::names::month_named;
use super::{MONTHS, is_weekday, with_western_digits};

/// What is wrong with a date as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// A year of two figures: the text with the year in four, in the century most likely
    /// meant (`19.10.1987`) and in the other (`19.10.2087`), and the day in ISO 8601 when
    /// the text names one (`1987-10-19`).
    TwoFigureYear {
        /// The year as most likely meant (a year up to this one's two figures is this
        /// century's, a later one the last century's).
        likely: i32,
        /// The same year in the other century.
        other: i32,
        /// The text as typed with the year written in full, as most likely meant.
        written: String,
        /// The day it names, in ISO 8601, when it names one.
        iso: Option<String>,
    },
    /// A year before `earliest` (`0087-10-19` is in the year 87).
    EarlyYear {
        /// The year as written.
        year: i32,
    },
    /// A day and a month with no year (`19 Oct`).
    NoYear,
    /// A day the month has not, or a month the year has not: why ("February 1987 has 28
    /// days", "a year has 12 months").
    NoSuchDay(String),
    /// A word in a month's place that is no month, spelled like one (`Octobr`).
    Misspelt {
        /// The word as written.
        written: String,
        /// The month it is spelled like.
        month: &'static str,
    },
}

impl Unreadable {
    /// Why, in a few words, as a warning or an error says it: "a year of two figures is
    /// not guessed (1987? 2087?)", "September has 30 days".
    pub fn reason(&self) -> String {
        match self {
            Unreadable::TwoFigureYear { likely, other, .. } => {
                format!("a year of two figures is not guessed ({likely}? {other}?)")
            }
            Unreadable::EarlyYear { year } => format!("the year {year} is before any news"),
            Unreadable::NoYear => "it has no year".to_string(),
            Unreadable::NoSuchDay(why) => why.clone(),
            Unreadable::Misspelt { written, month } => {
                format!("{written:?} is no month (did you mean {month}?)")
            }
        }
    }

    /// Whether the date reads as *some* day, but a wrong one: a year of two figures or
    /// before `earliest`, which the formats would take as the year 87. A typed date of
    /// these is refused even though it parses.
    pub fn reads_wrongly(&self) -> bool {
        matches!(self, Unreadable::TwoFigureYear { .. } | Unreadable::EarlyYear { .. })
    }
}

/// A part of a date as written: a number (with how many figures it has), a month's name,
/// or another word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part<'s> {
    Number { value: u32, figures: usize, ordinal: bool },
    Month(u32),
    Word(&'s str),
}

/// The digits of a number, and whether an ordinal's letters followed them ("19th").
fn number(word: &str) -> Option<(&str, bool)> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = word[digits.len()..].to_ascii_lowercase();
    let ordinal = matches!(suffix.as_str(), "st" | "nd" | "rd" | "th");
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && (suffix.is_empty() || ordinal))
        .then_some((digits, ordinal))
}

/// The month an English name or its abbreviation of three letters or more names
/// ("Oct", "Sept", "october"), or another language's ([`month_named`]).
fn month_of(word: &str) -> Option<u32> {
    let lower = word.to_lowercase();
    let english = MONTHS.iter().position(|m| {
        let m = m.to_lowercase();
        lower == m || (lower.len() >= 3 && m.starts_with(&lower)) || (lower == "sept" && m == "september")
    });
    english.map(|i| i as u32 + 1).or_else(|| month_named(&lower))
}

/// The number of days in a month (`None` for no month).
pub(super) fn days_in_month(year: i32, month: u32) -> Option<u32> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = first.checked_add_months(chrono::Months::new(1))?;
    Some((next - first).num_days() as u32)
}

/// Why `day month year` is no day: "a year has 12 months", "September has 30 days",
/// "February 1987 has 28 days"; `None` when it is one.
fn no_such_day(year: i32, month: u32, day: u32) -> Option<String> {
    if !(1..=12).contains(&month) {
        return Some("a year has 12 months".to_string());
    }
    let days = days_in_month(year, month)?;
    if (1..=days).contains(&day) {
        return None;
    }
    if day == 0 {
        return Some("a month's days start at 1".to_string());
    }
    let name = MONTHS[month as usize - 1];
    Some(if month == 2 {
        format!("{name} {year} has {days} days")
    } else {
        format!("{name} has {days} days")
    })
}

/// The year a year of two figures most likely means: one up to this year's two figures
/// this century's (`05` is 2005), a later one the last century's (`87` is 1987).
fn likely_century(two_figures: u32, this_year: i32) -> (i32, i32) {
    let century = this_year - this_year.rem_euclid(100);
    let yy = two_figures as i32;
    if yy <= this_year.rem_euclid(100) {
        (century + yy, century - 100 + yy)
    } else {
        (century - 100 + yy, century + yy)
    }
}

/// Why `text`, shaped like a date (numbers and a month's name, between spaces, commas,
/// dots, slashes or hyphens), is no date: `None` when it is one, or is not shaped like
/// one. A year before `earliest` is an [`Unreadable::EarlyYear`] (1000 for a typed date,
/// where an earlier one can only be a slip; the earliest publication year for an
/// article's).
pub fn unreadable(text: &str, earliest: i32) -> Option<Unreadable> {
    let normal = with_western_digits(text);
    let s = normal.trim().trim_end_matches('.');
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    // The words and numbers, with where each is in `s`.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (at, c) in s.char_indices().chain([(s.len(), ' ')]) {
        let separator = matches!(c, ' ' | ',' | '.' | '/' | '-');
        match (start, separator) {
            (None, false) => start = Some(at),
            (Some(from), true) => {
                words.push((from, &s[from..at]));
                start = None;
            }
            _ => {}
        }
        if !separator && !c.is_alphanumeric() {
            return None;
        }
    }
    if words.first().is_some_and(|(_, w)| is_weekday(w) && month_of(w).is_none()) {
        words.remove(0);
    }
    if !(2..=3).contains(&words.len()) {
        return None;
    }
    let parts: Vec<Part> = words
        .iter()
        .map(|(_, w)| match number(w) {
            Some((digits, ordinal)) => {
                Part::Number { value: digits.parse().unwrap_or(u32::MAX), figures: digits.len(), ordinal }
            }
            None => month_of(w).map_or(Part::Word(w), Part::Month),
        })
        .collect();
    let numbers: Vec<(usize, u32, usize, bool)> = parts
        .iter()
        .enumerate()
        .filter_map(|(i, p)| match *p {
            Part::Number { value, figures, ordinal } => Some((i, value, figures, ordinal)),
            _ => None,
        })
        .collect();
    let months: Vec<u32> =
        parts.iter().filter_map(|p| if let Part::Month(m) = p { Some(*m) } else { None }).collect();
    let others: Vec<&str> =
        parts.iter().filter_map(|p| if let Part::Word(w) = p { Some(*w) } else { None }).collect();
    let this_year = chrono::Local::now().year();

    // A word in the month's place spelled like a month: "Octobr 1987", "19 Setpember 1987".
    if let [other] = others[..] {
        let lower = other.to_lowercase();
        let has_year = numbers.iter().any(|n| n.2 == 4);
        if !months.is_empty()
            || !has_year
            || lower.chars().count() < 4
            || !lower.chars().all(char::is_alphabetic)
        {
            return None;
        }
        return MONTHS
            .iter()
            .map(|m| (strsim::damerau_levenshtein(&lower, &m.to_lowercase()), *m))
            .filter(|(distance, m)| *distance <= 2 && *distance * 3 <= m.len())
            .min_by_key(|(distance, _)| *distance)
            .map(|(_, month)| Unreadable::Misspelt { written: other.to_string(), month });
    }
    if !others.is_empty() {
        return None;
    }
    // Which number is the year, and the month and day.
    let mut both_ways = false;
    let (year_at, month, day): (usize, Option<u32>, Option<u32>) = match (&months[..], &numbers[..]) {
        ([month], [n]) => {
            // "19 Oct" has no year; "Oct 87" has one of two figures; "Oct 1987" is read.
            if n.2 <= 2 && (1..=31).contains(&n.1) {
                return Some(Unreadable::NoYear);
            }
            (n.0, Some(*month), None)
        }
        ([month], [a, b]) => {
            // The year is the one of more figures, else the later (unless the first cannot
            // be a day: "87 Oct 19").
            let (year, day) = if a.2 > b.2 || (a.2 == b.2 && a.1 > 31 && !a.3) { (a, b) } else { (b, a) };
            (year.0, Some(*month), Some(day.1))
        }
        ([], [a, b, c]) => {
            if a.3 || b.3 || c.3 {
                return None;
            }
            if a.2 >= 3 || (a.2 == 2 && c.2 == 2 && a.1 > 31) {
                (a.0, Some(b.1), Some(c.1)) // 1987-10-19, 87-10-19
            } else {
                // Day first, as dots are written, unless only the other way reads: 10/19/87.
                // Either way round when both read ("6/5/05"): said so, not chosen.
                both_ways = a.1 <= 12 && b.1 <= 12 && a.1 != b.1;
                let (month, day) = if b.1 > 12 && a.1 <= 12 { (a.1, b.1) } else { (b.1, a.1) };
                (c.0, Some(month), Some(day))
            }
        }
        ([], [a, b]) => {
            // A year and a month in figures: "1987-13", "13/1987".
            let (year, month) = if a.2 == 4 { (a, b) } else { (b, a) };
            if year.2 != 4 || month.2 > 2 || a.3 || b.3 {
                return None;
            }
            (year.0, Some(month.1), None)
        }
        _ => return None,
    };
    let Part::Number { value: year, figures, .. } = parts[year_at] else { return None };
    if figures <= 2 {
        let (likely, other) = likely_century(year, this_year);
        let (from, written_year) = words[year_at];
        let written = format!("{}{likely}{}", &s[..from], &s[from + written_year.len()..]);
        let date = |m, d| NaiveDate::from_ymd_opt(likely, m, d).map(|d| d.to_string());
        let iso = month.zip(day).and_then(|(m, d)| date(m, d));
        // "6/5/05" in four figures is refused in its turn (6 May or 5 June?): its two dates.
        if both_ways
            && let (Some(m), Some(d)) = (month, day)
            && let (Some(one), Some(other_way)) = (date(m, d), date(d, m))
        {
            return Some(Unreadable::TwoFigureYear {
                likely,
                other,
                written: format!("{one} or {other_way}"),
                iso: None,
            });
        }
        return Some(Unreadable::TwoFigureYear { likely, other, written, iso });
    }
    let year = i32::try_from(year).ok()?;
    if year < earliest {
        return Some(Unreadable::EarlyYear { year });
    }
    let month = month?;
    if !(1..=12).contains(&month) {
        return Some(Unreadable::NoSuchDay("a year has 12 months".to_string()));
    }
    no_such_day(year, month, day.unwrap_or(1)).map(Unreadable::NoSuchDay)
}

/// A date in a file's name or folders written year first (`2004-02-30-harbour.txt`,
/// `2004_13_01`) that is no day: the date as written and why ("February 2004 has 29
/// days"). [`super::date_in_path`] reads only real days; this says what it passed over.
pub fn impossible_date_in_path(path: &str) -> Option<(String, String)> {
    let bytes = path.as_bytes();
    let digits = |from: usize, n: usize| {
        bytes.get(from..from + n).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && !bytes.get(from + n).is_some_and(u8::is_ascii_digit)
            && (from == 0 || !bytes[from - 1].is_ascii_digit())
    };
    let separator = |at: usize| bytes.get(at).is_some_and(|&b| b == b'-' || b == b'_');
    (0..bytes.len()).find_map(|at| {
        if !(digits(at, 4)
            && separator(at + 4)
            && digits(at + 5, 2)
            && separator(at + 7)
            && digits(at + 8, 2))
        {
            return None;
        }
        let written = &path[at..at + 10];
        let year: i32 = written[..4].parse().ok()?;
        let (month, day): (u32, u32) = (written[5..7].parse().ok()?, written[8..].parse().ok()?);
        // A number of a file's name that only looks like a date: months past 12 are said,
        // a day past 31 not.
        if !(super::MIN_YEAR..=2200).contains(&year) || day > 31 {
            return None;
        }
        no_such_day(year, month, day).map(|why| (written.to_string(), why))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn why(text: &str) -> Option<String> {
        unreadable(text, 1000).map(|u| u.reason())
    }

    #[test]
    fn a_year_of_two_figures_is_said_with_the_year_in_full() {
        let this_year = chrono::Local::now().year();
        assert!(this_year < 2087, "the examples take 87 for 1987");
        for (typed, written, iso) in [
            ("19.10.87", "19.10.1987", Some("1987-10-19")),
            ("19/10/87", "19/10/1987", Some("1987-10-19")),
            ("87-10-19", "1987-10-19", Some("1987-10-19")),
            ("19 Oct 87", "19 Oct 1987", Some("1987-10-19")),
            ("Monday 19 October 87", "Monday 19 October 1987", Some("1987-10-19")),
            ("Oct 19, 87", "Oct 19, 1987", Some("1987-10-19")),
            ("Oct 87", "Oct 1987", None),
            // Day and month either way round: both dates, none chosen.
            ("6/5/87", "1987-05-06 or 1987-06-05", None),
        ] {
            let Some(Unreadable::TwoFigureYear { likely, other, written: w, iso: i }) =
                unreadable(typed, 1000)
            else {
                panic!("{typed}: {:?}", unreadable(typed, 1000))
            };
            assert_eq!((likely, other), (1987, 2087), "{typed}");
            assert_eq!((w.as_str(), i.as_deref()), (written, iso), "{typed}");
        }
        assert_eq!(likely_century(5, 2026), (2005, 1905));
        assert_eq!(likely_century(26, 2026), (2026, 1926));
        assert_eq!(likely_century(27, 2026), (1927, 2027));
    }

    #[test]
    fn impossible_days_months_and_years_say_why() {
        assert_eq!(why("1987-02-29").as_deref(), Some("February 1987 has 28 days"));
        assert_eq!(why("30 February 1987").as_deref(), Some("February 1987 has 28 days"));
        assert_eq!(why("2004-02-30").as_deref(), Some("February 2004 has 29 days"));
        assert_eq!(why("31.04.1987").as_deref(), Some("April has 30 days"));
        assert_eq!(why("31 September 2004").as_deref(), Some("September has 30 days"));
        assert_eq!(why("1987-13").as_deref(), Some("a year has 12 months"));
        assert_eq!(why("13/1987").as_deref(), Some("a year has 12 months"));
        assert_eq!(why("0087-10-19").as_deref(), Some("the year 87 is before any news"));
        assert_eq!(why("19 Oct").as_deref(), Some("it has no year"));
        assert_eq!(why("Oct 19").as_deref(), Some("it has no year"));
        assert_eq!(why("Octobr 1987").as_deref(), Some("\"Octobr\" is no month (did you mean October?)"));
        assert_eq!(
            why("19 Setpember 1987").as_deref(),
            Some("\"Setpember\" is no month (did you mean September?)")
        );
        // An article's year before the earliest read.
        assert_eq!(unreadable("19 October 1650", 1700), Some(Unreadable::EarlyYear { year: 1650 }));
    }

    #[test]
    fn a_day_a_month_has_not_in_a_file_name_is_said() {
        let said = |p: &str| impossible_date_in_path(p);
        assert_eq!(
            said("/news/2004-02-30-harbour-l.txt"),
            Some(("2004-02-30".to_string(), "February 2004 has 29 days".to_string()))
        );
        assert_eq!(said("a/2004_13_01.txt").map(|s| s.1).as_deref(), Some("a year has 12 months"));
        for fine in
            ["/news/2004-02-29-x.txt", "2004-05-12 Morning.txt", "id-12004-02-30.txt", "x-2004-02-301.txt"]
        {
            assert_eq!(said(fine), None, "{fine}");
        }
    }

    #[test]
    fn dates_and_what_is_no_date_have_no_reason() {
        for fine in [
            "1987-10-19",
            "19 October 1987",
            "Monday, October 19, 1987",
            "19th Oct. 1987",
            "19.10.1987",
            "June 1987",
            "1987-03",
            "2026-W04",
            "Q2 1987",
            "spring 2026",
            "Smith 2026",
            "7d",
            "the week before",
            "14:30",
            "1987-10-19T16:08",
            "2004",
            "LONDON, March 3 (Reuters)",
            "12/05/2004",
        ] {
            assert_eq!(unreadable(fine, 1000), None, "{fine}");
        }
    }
}
