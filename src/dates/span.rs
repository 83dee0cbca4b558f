//! The spans of time users type to `--since` and `--until` (`2026`, `1987-03`, `last
//! week`, `7d`, `24 January 2026`), and durations such as `--half-life 30d`.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

use super::{
    MONTHS, PublishedDate, Unreadable, clock_time, is_number, is_weekday, parse_iso, parse_month_year,
    parse_numeric, parse_wordy, unreadable, with_western_digits,
};

/// A duration such as `30d`, `12h`, `90min`, `2w`, `3m` (months), `1y` or a plain number of
/// days, in seconds.
pub fn parse_duration(text: &str) -> Result<i64, String> {
    let t = text.trim();
    let (number, unit) = t.split_at(t.find(|c: char| c.is_alphabetic()).unwrap_or(t.len()));
    let n: f64 =
        number.trim().parse().map_err(|_| format!("{t:?} is not a duration like 30d, 12h, 2w or 1y"))?;
    let secs = match unit.trim() {
        "" | "d" | "day" | "days" => 86_400.0,
        "h" | "hr" | "hrs" | "hour" | "hours" => 3_600.0,
        "min" | "mins" | "minute" | "minutes" => 60.0,
        "w" | "week" | "weeks" => 7.0 * 86_400.0,
        "m" | "month" | "months" => 30.0 * 86_400.0,
        "y" | "year" | "years" => 365.0 * 86_400.0,
        other => return Err(format!("unknown unit {other:?} (use min, h, d, w, m for months, or y)")),
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

/// A span told from `now` (the user's own clock and calendar): `today`, `yesterday`; `7d`,
/// `2w`, `3m` (months), `1y` (or `3 weeks`, `3 weeks ago`, `a month ago`), the day that
/// long ago (`--since 7d`: the last seven days and today); `this week`, `last week` (ISO
/// weeks, Monday to Sunday), `this month`, `last month`, `this year`, `last year` (hyphens
/// for spaces too: `last-week`). Within the day, to the minute, as a time written to the
/// minute is (`1987-10-19T16:08`): `now`; `2h`, `90min`, `2 hours ago`, `an hour ago`,
/// that long ago (`--since 2h`: the last two hours, for a breaking story); `14:30`, `today
/// 14:30`, `yesterday 9:15pm`, that time of the day. `None` when `text` is none of these;
/// `Some(None)` when it is one that leaves the calendar.
fn relative_span(text: &str, now: NaiveDateTime) -> Option<Option<DateSpan>> {
    let today = now.date();
    let lower = text.to_ascii_lowercase().replace(['-', '_'], " ");
    // To the minute: the minute it names, as `--until 16:08` keeps 16:08:24.
    let minute = |at: NaiveDateTime| {
        let start = at.with_second(0)?.with_nanosecond(0)?.and_utc().timestamp();
        Some(DateSpan { start, end: start + 60, zone_ignored: false })
    };
    // "14:30", "today 14:30", "yesterday 2:30pm", "today at 14:30".
    let words: Vec<&str> = lower.split_whitespace().collect();
    let (day, clock) = match words[..] {
        [clock] => (Some(today), clock),
        ["today", clock] | ["today", "at", clock] => (Some(today), clock),
        ["yesterday", clock] | ["yesterday", "at", clock] => (today.pred_opt(), clock),
        _ => (None, ""),
    };
    if let Some(day) = day
        && let Some((hour, min)) = clock_of_day(clock)
    {
        return Some(NaiveTime::from_hms_opt(hour, min, 0).and_then(|time| minute(day.and_time(time))));
    }
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
        "now" | "right now" => minute(now),
        last if last.starts_with("last ") && season_first_month(&last[5..]).is_some() => {
            let first_month = season_first_month(&last[5..])?;
            // The last one over: in April, "last spring" is the year before's.
            let ended = |year: i32| season(year, first_month).is_some_and(|span| span.end <= secs(today));
            let year = (today.year() - 2..=today.year()).rev().find(|&year| ended(year))?;
            season(year, first_month)
        }
        ago => {
            // "3w", "3 weeks", "3 weeks ago", "a week ago".
            let ago = ago.strip_suffix(" ago").unwrap_or(ago).trim();
            let (n, unit): (u32, &str) = match ago.strip_prefix("a ").or_else(|| ago.strip_prefix("an ")) {
                Some(unit) => (1, unit.trim()),
                None => {
                    let at = ago.find(|c: char| c.is_ascii_alphabetic())?;
                    (ago[..at].trim().parse().ok()?, ago[at..].trim())
                }
            };
            let within_the_day = match unit {
                "h" | "hr" | "hrs" | "hour" | "hours" => Some(Duration::hours(i64::from(n))),
                "min" | "mins" | "minute" | "minutes" => Some(Duration::minutes(i64::from(n))),
                _ => None,
            };
            if let Some(back) = within_the_day {
                return Some(now.checked_sub_signed(back).and_then(minute));
            }
            let back = match unit {
                "d" | "day" | "days" => today.checked_sub_days(chrono::Days::new(u64::from(n))),
                "w" | "week" | "weeks" => today.checked_sub_days(chrono::Days::new(7 * u64::from(n))),
                "m" | "month" | "months" => today.checked_sub_months(months(n)),
                "y" | "year" | "years" => today.checked_sub_months(months(n.checked_mul(12)?)),
                _ => return None,
            };
            day(back)
        }
    })
}

/// The first month of a season by its name, the meteorological seasons newsrooms and
/// weather services count in whole months: spring March to May, summer June to August,
/// autumn (fall) September to November, winter December to February.
fn season_first_month(name: &str) -> Option<u32> {
    Some(match name.trim() {
        "spring" => 3,
        "summer" => 6,
        "autumn" | "fall" => 9,
        "winter" => 12,
        _ => return None,
    })
}

/// The three months of a season starting in `year`: winter 2026 is December 2026 to
/// February 2027.
fn season(year: i32, first_month: u32) -> Option<DateSpan> {
    let first = NaiveDate::from_ymd_opt(year, first_month, 1)?;
    let next = first.checked_add_months(chrono::Months::new(3))?;
    let secs = |day: NaiveDate| day.and_time(NaiveTime::MIN).and_utc().timestamp();
    Some(DateSpan { start: secs(first), end: secs(next), zone_ignored: false })
}

/// A season and a year, "spring 2026", "Fall 2025": those three months ([`season`]).
fn season_of_year(text: &str) -> Option<DateSpan> {
    let lower = text.to_lowercase();
    let [name, year] = lower.split_whitespace().collect::<Vec<_>>()[..] else { return None };
    let first_month = season_first_month(name)?;
    (year.len() == 4 && is_number(year)).then(|| season(year.parse().ok()?, first_month))?
}

/// A quarter of a year, as reports and filings name them: "1987-Q2", "1987Q2", "Q2 1987",
/// "2nd quarter 1987", "second quarter of 1987": its three months (Q2 is April to June).
/// `None` when the text names no quarter; an error when it names one a year has not
/// ("1987-Q5").
fn quarter_of_year(text: &str) -> Option<Result<DateSpan, String>> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split([' ', '-', '/']).filter(|w| !w.is_empty() && *w != "of").collect();
    let is_year = |w: &str| w.len() == 4 && is_number(w);
    fn q_number(w: &str) -> Option<&str> {
        w.strip_prefix('q').filter(|n| !n.is_empty() && is_number(n))
    }
    let ordinal = |w: &str| {
        Some(match w {
            "1st" | "first" => "1",
            "2nd" | "second" => "2",
            "3rd" | "third" => "3",
            "4th" | "fourth" => "4",
            _ => return None,
        })
    };
    let (year, quarter) = match words[..] {
        [year, q] | [q, year] if is_year(year) && q_number(q).is_some() => (year, q_number(q)?),
        [yq] => {
            let (year, q) = yq.split_at(yq.find('q')?);
            (year, q_number(q).filter(|_| is_year(year))?)
        }
        [nth, "quarter" | "qtr", year] if is_year(year) => (year, ordinal(nth)?),
        _ => return None,
    };
    let quarter: u32 = quarter.parse().unwrap_or(0);
    if !(1..=4).contains(&quarter) {
        return Some(Err(format!(
            "{text:?}: a year has four quarters, Q1 to Q4 (write {year}-Q2, Q2 {year})"
        )));
    }
    Some(season(year.parse().ok()?, 3 * quarter - 2).ok_or_else(|| format!("{text:?} is out of range")))
}

/// A time of day as a user types it, with a colon: `14:30`, `9:15pm`, `9:15p.m.` →
/// (hour, minute) on the 24-hour clock. Not `12.03.26`, which is a date.
fn clock_of_day(word: &str) -> Option<(u32, u32)> {
    if !word.contains(':') {
        return None;
    }
    let (hour, minute) = clock_time(word)?;
    let letters = word.trim_start_matches(|c: char| c.is_ascii_digit() || c == ':').replace('.', "");
    match letters.as_str() {
        "" => Some((hour, minute)),
        "am" | "pm" if (1..=12).contains(&hour) => {
            Some((hour % 12 + if letters == "pm" { 12 } else { 0 }, minute))
        }
        _ => None,
    }
}

/// The earliest year a typed date may name: an earlier one is a slip (`0087-10-19`, a
/// year of two figures read as one).
const TYPED_EARLIEST_YEAR: i32 = 1000;

/// Parses the date a user gives to `--since` or `--until`.
///
/// A year is written in four figures: `19.10.87` is refused with the date to type
/// (`19.10.1987`), not read as the year 87 (which kept every article, or none); so is a
/// year before 1000. A date that is no day says why ("February 1987 has 28 days", "a year
/// has 12 months", "did you mean October?", "has no year").
pub fn parse_span(text: &str) -> Result<DateSpan, String> {
    let span = span_of(text).map_err(|err| {
        let s = with_western_digits(text);
        let s = s.trim();
        // The list of forms, for a text no more telling: say what is wrong when it can be.
        match unreadable(s, TYPED_EARLIEST_YEAR) {
            Some(why) if err.starts_with(&format!("{s:?} is not a date")) => refusal(s, &why),
            _ => err,
        }
    })?;
    if let Some(at) = chrono::DateTime::from_timestamp(span.start, 0)
        && at.year() < TYPED_EARLIEST_YEAR
    {
        return Err(refusal(text.trim(), &Unreadable::EarlyYear { year: at.year() }));
    }
    Ok(DateSpan { zone_ignored: offset_written(text), ..span })
}

/// The error for a typed date that is [`Unreadable`]: why, and what to type.
fn refusal(s: &str, why: &Unreadable) -> String {
    match why {
        Unreadable::TwoFigureYear { written, iso, .. } => {
            let iso =
                iso.as_ref().filter(|d| *d != written).map(|d| format!(" (or {d})")).unwrap_or_default();
            format!("{s:?}: {}: write it in four figures, as {written}{iso}", why.reason())
        }
        Unreadable::EarlyYear { .. } => {
            format!("{s:?}: {}: write the year in four figures (1987, not 87 or 0087)", why.reason())
        }
        Unreadable::NoYear => {
            format!("{s:?} has no year: add it in four figures, as {s} {}", chrono::Local::now().year())
        }
        Unreadable::NoSuchDay(reason) => format!("{s:?} is no date: {reason}"),
        Unreadable::Misspelt { written, month } => {
            format!("{s:?}: {written:?} is no month: did you mean {month}?")
        }
    }
}

/// Whether to say how a typed `--since` (`until` false) or `--until` was read: the first
/// or the last day or moment it names, when the text typed is not already that date
/// written out (`19.10.1987`, `2026-W04`, `yesterday`, `3m` are; `1987`, `1987-10`,
/// `1987-10-19` are not). `None` when it is, or when the text is no date.
pub fn read_as(typed: &str, until: bool) -> Option<String> {
    let span = parse_span(typed).ok()?;
    let shown = if until { span.last() } else { span.first() };
    let typed = typed.trim().replace(' ', "T");
    let written_out = typed.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'-' | b':' | b'T'))
        && shown.starts_with(&typed);
    (!written_out && !span.zone_ignored).then_some(shown)
}

fn span_of(text: &str) -> Result<DateSpan, String> {
    let text = with_western_digits(text);
    let s = text.trim();
    let bad = || {
        format!(
            "{s:?} is not a date: use 2026, 2026-01, 2026-01-24, 2026-01-24T10:00:00Z, 2026-W04, 24.01.2026, 24 January 2026, January 2026, spring 2026 (and summer, autumn or fall, winter), 2026-Q2, Q2 2026, or now, 14:30 (today), today 14:30, yesterday 14:30, 2h, 90min, 2 hours ago, today, yesterday, 7d, 2w, 3m (months), 1y, 3 weeks (that long ago), this week, last week, this month, last month, this year, last year, last spring"
        )
    };
    if let Some(span) = relative_span(s, chrono::Local::now().naive_local()) {
        return span.ok_or_else(bad);
    }
    // A year of two figures, or before 1000, reads as a day, a wrong one: refused.
    if let Some(why) = unreadable(s, TYPED_EARLIEST_YEAR).filter(Unreadable::reads_wrongly) {
        return Err(refusal(s, &why));
    }
    // "week of 19 October 1987": that day's ISO week, Monday to Sunday.
    if let Some(day) = s.get(..8).filter(|w| w.eq_ignore_ascii_case("week of ")).map(|_| s[8..].trim()) {
        let day = span_of(day)?;
        let first = chrono::DateTime::from_timestamp(day.start, 0).ok_or_else(bad)?.date_naive();
        let monday = first - Duration::days(i64::from(first.weekday().num_days_from_monday()));
        let start = monday.and_time(NaiveTime::MIN).and_utc().timestamp();
        return Ok(DateSpan { start, end: start + 7 * 86_400, zone_ignored: false });
    }
    // A day and a time of day as a clock says it: "1987-10-19 9:30am", "19 October 1987
    // at 9:30 pm": that minute, as `yesterday 9:15pm` is.
    if let Some(span) = day_at_clock(s) {
        return span;
    }
    // A month with a slash, either way round: "1987/03", "03/1987".
    if let [a, b] = s.split('/').collect::<Vec<_>>()[..]
        && is_number(a)
        && is_number(b)
    {
        let (year, month) = if a.len() == 4 { (a, b) } else { (b, a) };
        if year.len() == 4 && (1..=2).contains(&month.len()) {
            return span_of(&format!("{year}-{month:0>2}")).map_err(|_| bad());
        }
    }
    // Day and month in figures with hyphens ("03-15-1987", "15-03-1987"), as with slashes:
    // read when one of them can only be the day.
    let slashed = match s.split('-').collect::<Vec<_>>()[..] {
        [a, b, year]
            if (1..=2).contains(&a.len())
                && (1..=2).contains(&b.len())
                && year.len() == 4
                && [a, b, year].iter().all(|p| is_number(p)) =>
        {
            format!("{a}/{b}/{year}")
        }
        _ => s.to_string(),
    };
    // A day as articles write it, day first with dots ("24.01.2026") or in words ("24
    // January 2026", "24. Januar 2026"): the whole day. A weekday given must be its own:
    // "Monday, October 20, 1987" is a slip for the 19th or the Tuesday.
    if let Some(date) = parse_numeric(&slashed).or_else(|| parse_wordy(s)) {
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
    if let [a, b, year] = slashed.split('/').collect::<Vec<_>>()[..]
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
    if let Some(span) = season_of_year(s) {
        return Ok(span);
    }
    if let Some(span) = quarter_of_year(s) {
        return span;
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

/// A day followed by a time of day with a colon ([`clock_of_day`]): "1987-10-19 9:30am",
/// "19 October 1987 9:30 pm", "19.10.1987 at 21:30": that minute. `None` when `s` ends
/// in no such time, or the words before it are no day.
fn day_at_clock(s: &str) -> Option<Result<DateSpan, String>> {
    let words: Vec<&str> = s.split_whitespace().collect();
    for n in [1, 2] {
        let Some(at) = words.len().checked_sub(n).filter(|&at| at > 0) else { continue };
        let Some((hour, minute)) = clock_of_day(&words[at..].concat()) else { continue };
        let mut day_words = &words[..at];
        if day_words.last().is_some_and(|w| w.eq_ignore_ascii_case("at")) {
            day_words = &day_words[..day_words.len() - 1];
        }
        let day_text = day_words.join(" ");
        let day_text = day_text.trim_end_matches(',');
        if let Some(why) = unreadable(day_text, TYPED_EARLIEST_YEAR).filter(Unreadable::reads_wrongly) {
            return Some(Err(refusal(s, &why)));
        }
        let day = parse_iso(day_text)
            .filter(|d| !d.has_time)
            .or_else(|| parse_numeric(day_text))
            .or_else(|| parse_wordy(day_text))?;
        let start = day.local.date().and_hms_opt(hour, minute, 0)?.and_utc().timestamp();
        return Some(Ok(DateSpan { start, end: start + 60, zone_ignored: false }));
    }
    None
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
    use super::*;
    use crate::dates::parse_published;

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
        let now = today.and_hms_opt(15, 40, 20).unwrap();
        let span = |text: &str| {
            let span = relative_span(text, now).unwrap().unwrap();
            (span.first(), span.last())
        };
        let day = |d: &str| (d.to_string(), d.to_string());
        assert_eq!(span("today"), day("2026-12-04"));
        assert_eq!(span("Yesterday"), day("2026-12-03"));
        assert_eq!(span("7d"), day("2026-11-27"));
        assert_eq!(span("2w"), day("2026-11-20"));
        assert_eq!(span("2 weeks"), day("2026-11-20"));
        assert_eq!(span("2 weeks ago"), day("2026-11-20"));
        assert_eq!(span("a week ago"), day("2026-11-27"));
        assert_eq!(span("3 days"), day("2026-12-01"));
        assert_eq!(span("3m"), day("2026-09-04"));
        assert_eq!(span("1y"), day("2025-12-04"));
        assert_eq!(span("this week"), ("2026-11-30".into(), "2026-12-06".into()));
        assert_eq!(span("last-week"), ("2026-11-23".into(), "2026-11-29".into()));
        assert_eq!(span("last month"), ("2026-11-01".into(), "2026-11-30".into()));
        assert_eq!(span("this year"), ("2026-01-01".into(), "2026-12-31".into()));
        assert_eq!(span("last year"), ("2025-01-01".into(), "2025-12-31".into()));
        // Not one of these: read as a date, or refused as one.
        for other in ["2026", "7", "d", "7x", "last decade", "Smith", "12.03.26", "today 14"] {
            assert!(relative_span(other, now).is_none(), "{other}");
        }
        assert!(parse_span("today").is_ok() && parse_span("7d").is_ok());
    }

    #[test]
    fn spans_told_from_now_go_back_hours_and_minutes_to_the_minute() {
        let now = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap().and_hms_opt(15, 40, 20).unwrap();
        let minute = |text: &str| {
            let span = relative_span(text, now).unwrap().unwrap();
            assert_eq!(span.end - span.start, 60, "{text}: a minute");
            span.first()
        };
        assert_eq!(minute("now"), "2026-12-04T15:40:00");
        for two_hours in ["2h", "2 hours ago", "2 hours", "2 hrs ago", "120min", "120 minutes ago"] {
            assert_eq!(minute(two_hours), "2026-12-04T13:40:00", "{two_hours}");
        }
        assert_eq!(minute("an hour ago"), "2026-12-04T14:40:00");
        assert_eq!(minute("90min"), "2026-12-04T14:10:00");
        assert_eq!(minute("18h"), "2026-12-03T21:40:00", "back into yesterday");
        // "3m" stays three months.
        assert_eq!(relative_span("3m", now).unwrap().unwrap().first(), "2026-09-04");
        // A time of day: today's, or yesterday's.
        for today_at in ["14:30", "today 14:30", "Today at 14:30", "2:30pm", "today 2:30PM"] {
            assert_eq!(minute(today_at), "2026-12-04T14:30:00", "{today_at}");
        }
        assert_eq!(minute("yesterday 9:15pm"), "2026-12-03T21:15:00");
        assert_eq!(minute("00:05"), "2026-12-04T00:05:00");
        assert_eq!(relative_span("25:00", now), None, "no such time: not one of these");
        let err = parse_span("about teatime").unwrap_err();
        for form in ["now", "14:30", "2h", "90min", "2 hours ago"] {
            assert!(err.contains(form), "the error lists {form}: {err}");
        }
    }

    #[test]
    fn a_season_is_its_three_months_and_last_spring_the_last_one_over() {
        let span = |text: &str| {
            let span = parse_span(text).unwrap();
            (span.first(), span.last())
        };
        let months = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(span("spring 2026"), months("2026-03-01", "2026-05-31"));
        assert_eq!(span("Summer 2026"), months("2026-06-01", "2026-08-31"));
        assert_eq!(span("autumn 2025"), span("fall 2025"));
        assert_eq!(span("fall 2025"), months("2025-09-01", "2025-11-30"));
        assert_eq!(span("winter 2025"), months("2025-12-01", "2026-02-28"));
        // Told from today: a season under way is not yet the last one.
        let last = |text: &str, today: (i32, u32, u32)| {
            let now =
                NaiveDate::from_ymd_opt(today.0, today.1, today.2).unwrap().and_hms_opt(9, 0, 0).unwrap();
            let span = relative_span(text, now).unwrap().unwrap();
            (span.first(), span.last())
        };
        assert_eq!(last("last spring", (2026, 12, 4)), months("2026-03-01", "2026-05-31"));
        assert_eq!(last("last spring", (2026, 4, 10)), months("2025-03-01", "2025-05-31"));
        assert_eq!(last("Last-Winter", (2026, 12, 4)), months("2025-12-01", "2026-02-28"));
        assert_eq!(last("last winter", (2026, 2, 10)), months("2024-12-01", "2025-02-28"));
        for not_a_season in ["spring 26", "spring", "springs 2026", "last springtime"] {
            assert!(parse_span(not_a_season).is_err(), "{not_a_season}");
        }
        assert!(parse_span("last spring").is_ok());
    }

    #[test]
    fn a_quarter_is_its_three_months() {
        let span = |text: &str| {
            let span = parse_span(text).unwrap();
            (span.first(), span.last())
        };
        let months = |a: &str, b: &str| (a.to_string(), b.to_string());
        for written in [
            "1987-Q2",
            "1987Q2",
            "1987 q2",
            "Q2 1987",
            "Q2-1987",
            "2nd quarter 1987",
            "Second quarter of 1987",
        ] {
            assert_eq!(span(written), months("1987-04-01", "1987-06-30"), "{written}");
        }
        assert_eq!(span("Q1 2024"), months("2024-01-01", "2024-03-31"));
        assert_eq!(span("2025-Q4"), months("2025-10-01", "2025-12-31"));
        for malformed in ["1987-Q5", "Q0 1987"] {
            let err = parse_span(malformed).unwrap_err();
            assert!(err.contains("four quarters"), "{malformed}: {err}");
        }
        for not_a_quarter in ["87-Q2", "Q2", "1987-Q", "fifth quarter 1987", "Qatar 1987"] {
            assert!(parse_span(not_a_quarter).is_err(), "{not_a_quarter}");
        }
    }

    #[test]
    fn a_slash_date_the_same_either_way_round_is_that_day() {
        assert_eq!(parse_span("03/03/2026"), parse_span("2026-03-03"));
        assert_eq!(parse_span("3/3/2026"), parse_span("2026-03-03"));
        let err = parse_span("08/12/2025").unwrap_err();
        assert!(err.contains("is 12 August or 8 December"), "{err}");
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
    fn a_two_figure_or_early_year_is_refused_with_the_date_to_type() {
        let err = parse_span("19.10.87").unwrap_err();
        assert_eq!(
            err,
            "\"19.10.87\": a year of two figures is not guessed (1987? 2087?): write it in four figures, as 19.10.1987 (or 1987-10-19)"
        );
        assert!(parse_span("12.03.26").is_err(), "not the year 26");
        assert!(parse_span("19.10.87 9:30am").unwrap_err().contains("19.10.1987"));
        for early in ["0087-10-19", "0999", "19.10.0087"] {
            assert!(parse_span(early).unwrap_err().contains("before any news"), "{early}");
        }
        assert!(parse_span("1500").is_ok(), "a year of four figures is read");
    }

    #[test]
    fn months_with_slashes_dashes_clock_times_and_weeks_of_a_day() {
        let october = parse_span("1987-10").unwrap();
        assert_eq!(parse_span("1987/10"), Ok(october));
        assert_eq!(parse_span("10/1987"), Ok(october));
        assert_eq!(parse_span("1987–10"), Ok(october));
        assert_eq!(parse_span("1987\u{2011}10\u{2011}19"), parse_span("1987-10-19"));
        let minute = |text: &str| {
            let span = parse_span(text).unwrap();
            assert_eq!(span.end - span.start, 60, "{text}");
            span.first()
        };
        assert_eq!(minute("1987-10-19 9:30am"), "1987-10-19T09:30:00");
        assert_eq!(minute("19 October 1987 at 9:30 pm"), "1987-10-19T21:30:00");
        assert_eq!(minute("19.10.1987 21:30"), "1987-10-19T21:30:00");
        let week = parse_span("week of 21 October 1987").unwrap();
        assert_eq!((week.first(), week.last()), ("1987-10-19".into(), "1987-10-25".into()));
        assert_eq!(parse_span("Week of 1987-10-25"), Ok(week));
        // Day and month with hyphens, read as with slashes: when only one order is a day.
        let ides = parse_span("1987-03-15").unwrap();
        assert_eq!(parse_span("03-15-1987"), Ok(ides));
        assert_eq!(parse_span("15-03-1987"), Ok(ides));
        assert_eq!(parse_span("3-15-1987"), Ok(ides));
        let err = parse_span("03-04-1987").unwrap_err();
        assert!(err.contains("\"03-04-1987\" is 4 March or 3 April"), "{err}");
        assert!(err.contains("write 1987-03-04 or 1987-04-03"), "{err}");
        // A year of two figures stays refused.
        assert!(parse_span("03-15-87").is_err());
    }

    #[test]
    fn what_a_typed_date_is_read_as_is_said_when_written_otherwise() {
        assert_eq!(read_as("19.10.1987", false).as_deref(), Some("1987-10-19"));
        assert_eq!(read_as("October 1987", true).as_deref(), Some("1987-10-31"));
        assert_eq!(read_as("1987-W43", false).as_deref(), Some("1987-10-19"));
        for written_out in ["1987", "1987-10", "1987-10-19", "1987-10-19T16:08", "1987-10-19 16:08"] {
            assert_eq!(read_as(written_out, false), None, "{written_out}");
            assert_eq!(read_as(written_out, true), None, "{written_out}");
        }
        assert_eq!(read_as("not a date", false), None);
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
