//! The names of months and weekdays in the languages newsdex reads dates in, and the
//! rewriting of a date written in those words into the English words the date formats
//! read ("3. März 2024" → "3 March 2024", "5 декабря 2026 г." → "5 December 2026").

use super::{MONTHS, is_number};

/// Month names and their common abbreviations in German, French, Spanish, Italian,
/// Portuguese and Dutch, lower case and with their accents, by month number.
pub(super) const MONTH_NAMES: &[(&str, u32)] = &[
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
pub(super) fn in_english_words(s: &str) -> Option<String> {
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
pub(super) fn month_named(word: &str) -> Option<u32> {
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
