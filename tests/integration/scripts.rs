//! Words of other scripts as their readers type them: Persian and Arabic spellings of one
//! word, Arabic-Indic and Persian digits, the hamza's seats, Arabic presentation forms (text
//! copied from a PDF), Hebrew prefixes and acronyms, and hints that show such a word as
//! typed.

use crate::util::Corpus;

/// Articles in Persian, Arabic, Hebrew and English, one subject each.
fn rtl_desk() -> Corpus {
    let c = Corpus::new();
    c.write(
        "fa-tehran.txt",
        "وزیر خارجه ایران در تهران با همتای عمانی دیدار کرد\n\n\
         دو طرف درباره مذاکرات هسته\u{200C}ای و تحریم\u{200C}های یکجانبه گفتگو کردند. \
         این دیدار ۱۴ آذر ۱۴۰۵ انجام شد و ۳٫۵ ساعت طول کشید.\n",
    );
    c.write(
        "ar-cairo.txt",
        "وزير الخارجية المصري يستقبل نظيره الأردني\n\n\
         استقبل الوزير المصري نظيره في القاهرة يوم ٥ ديسمبر ٢٠٢٦، وقال مسؤول مصري إن \
         المساعدات بلغت ٢٬٥٠٠ طن.\n",
    );
    c.write(
        "ar-pdf.txt",
        "الرئيس الفرنسي يزور الجزائر\n\n\
         ﺍﻟﺮﺋﻴﺲ ﺍﻟﻔﺮﻧﺴﻲ ﻳﺰﻭﺭ ﺍﻟﺠﺰﺍﺋﺮ ﻟﺒﺤﺚ ﻣﻠﻔﺎﺕ ﺍﻟﺬﺍﻛﺮﺓ ﻭﺍﻟﻬﺠﺮﺓ ﻭﺍﻟﻄﺎﻗﺔ.\n",
    );
    c.write(
        "he-jerusalem.txt",
        "ראש הממשלה נפגש עם שר החוץ בירושלים\n\n\
         הפגישה ובירושלים נערכו תפילות. בתל אביב הפגינו אלפי אנשים, ודובר צה״ל אמר כי \
         יו\"ר הוועדה יגיע מחר.\n",
    );
    c.write(
        "he-court.txt",
        "בית המשפט העליון דחה את העתירה\n\nשופטי בית המשפט קבעו כי אין עילה להתערב בחוק.\n",
    );
    c.write(
        "en-market.txt",
        "Shares rise in 2026\n\nShares rose 64 points in 2026 as the market recovered.\n",
    );
    c.ingest();
    c
}

fn sorted(mut names: Vec<String>) -> Vec<String> {
    names.sort();
    names
}

#[test]
fn persian_and_arabic_spellings_of_a_word_find_each_other() {
    let c = rtl_desk();
    // Arabic yeh and kaf typed for Persian's, and the other way.
    assert_eq!(c.hit_names(&["ايران"]), ["fa-tehran.txt"]);
    assert_eq!(c.hit_names(&["ایران"]), ["fa-tehran.txt"]);
    assert_eq!(c.hit_names(&["المصری"]), ["ar-cairo.txt"]);
    // The hamza on either seat: Egypt's spelling finds the Levant's.
    assert_eq!(c.hit_names(&["مسئول"]), ["ar-cairo.txt"]);
    assert_eq!(c.hit_names(&["مسؤول"]), ["ar-cairo.txt"]);
}

#[test]
fn a_persian_word_is_found_with_or_without_its_half_space() {
    let c = rtl_desk();
    assert_eq!(c.hit_names(&["هستهای"]), ["fa-tehran.txt"]);
    assert_eq!(c.hit_names(&["هسته\u{200C}ای"]), ["fa-tehran.txt"]);
    assert_eq!(c.hit_names(&["تحریمهای"]), ["fa-tehran.txt"]);
    // Its first part alone still finds it.
    assert_eq!(c.hit_names(&["هسته"]), ["fa-tehran.txt"]);
}

#[test]
fn numbers_in_arabic_and_persian_digits_are_numbers() {
    let c = rtl_desk();
    assert_eq!(sorted(c.hit_names(&["2026"])), ["ar-cairo.txt", "en-market.txt"]);
    assert_eq!(sorted(c.hit_names(&["٢٠٢٦"])), ["ar-cairo.txt", "en-market.txt"]);
    assert_eq!(c.hit_names(&["٦٤"]), ["en-market.txt"]);
    assert_eq!(c.hit_names(&["1405"]), ["fa-tehran.txt"]);
    // A decimal separator keeps a number whole, a thousands separator goes.
    assert_eq!(c.hit_names(&["3.5"]), ["fa-tehran.txt"]);
    assert_eq!(c.hit_names(&["2500"]), ["ar-cairo.txt"]);
    assert!(c.hit_names(&["2025"]).is_empty());
}

#[test]
fn arabic_copied_from_a_pdf_is_found_by_its_letters() {
    let c = rtl_desk();
    assert_eq!(c.hit_names(&["الطاقة"]), ["ar-pdf.txt"]);
    assert_eq!(c.hit_names(&["طاقة"]), ["ar-pdf.txt"]);
    assert_eq!(c.hit_names(&["الذاكرة"]), ["ar-pdf.txt"]);
}

#[test]
fn hebrew_words_are_found_with_the_letters_joined_to_their_front() {
    let c = rtl_desk();
    // "בירושלים", "ובירושלים", "הממשלה", "בתל אביב".
    assert_eq!(c.hit_names(&["ירושלים"]), ["he-jerusalem.txt"]);
    assert_eq!(c.hit_names(&["ממשלה"]), ["he-jerusalem.txt"]);
    assert_eq!(c.hit_names(&["תל אביב"]), ["he-jerusalem.txt"]);
    assert_eq!(c.hit_names(&["\"תל אביב\""]), ["he-jerusalem.txt"]);
    assert_eq!(c.hit_names(&["\"ראש ממשלה\""]), ["he-jerusalem.txt"]);
    // As written, too; and a word that starts with such a letter finds itself.
    assert_eq!(c.hit_names(&["בירושלים"]), ["he-jerusalem.txt"]);
    assert_eq!(c.hit_names(&["\"ראש הממשלה\""]), ["he-jerusalem.txt"]);
    assert_eq!(c.hit_names(&["משפט"]), ["he-court.txt"]);
    assert_eq!(c.hit_names(&["המשפט"]), ["he-court.txt"]);
    // A prefix typed is not taken off the query: "בתל" is not every "תל".
    assert!(c.hit_names(&["ממשפט"]).is_empty());
}

#[test]
fn hebrew_acronyms_are_found_without_their_gershayim() {
    let c = rtl_desk();
    assert_eq!(c.hit_names(&["צהל"]), ["he-jerusalem.txt"]);
    assert_eq!(c.hit_names(&["צה״ל"]), ["he-jerusalem.txt"]);
    assert_eq!(c.hit_names(&["יור"]), ["he-jerusalem.txt"]);
    assert_eq!(c.hit_names(&["יו״ר"]), ["he-jerusalem.txt"]);
}

#[test]
fn hints_show_a_word_with_marks_as_typed() {
    let c = Corpus::new();
    c.write("he.txt", "מסע ירושלמי\n\nהטקס הירושלמי נערך הערב בעיר העתיקה, עם לחן חדש.\n");
    c.ingest();
    let out = c.cmd(&["search", "יְרוּשָׁלַיִם"]).assert().code(1).get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("no article has the word \"יְרוּשָׁלַיִם\"; did you mean"), "{stderr}");
    assert!(!stderr.contains("\\u{"), "{stderr}");
    let json = c.search_json(&["יְרוּשָׁלַיִם"]);
    let hints = json["hints"].to_string();
    assert!(hints.contains("יְרוּשָׁלַיִם") && !hints.contains("\\\\u{"), "{hints}");
    // "המשלחת" is also searched as "לחת", which "לחן" is spelled like: not offered.
    let out = c.cmd(&["search", "המשלחת"]).assert().code(1).get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains("לחן"), "{stderr}");
}

#[test]
fn the_folding_of_arabic_and_hebrew_found_before_still_works() {
    let c = rtl_desk();
    // Vowel marks, alef forms, teh marbuta, the article and its particles, Hebrew points.
    assert_eq!(c.hit_names(&["الْمِصْرِيّ"]), ["ar-cairo.txt"]);
    assert_eq!(c.hit_names(&["اردني"]), ["ar-cairo.txt"]);
    assert_eq!(c.hit_names(&["خارجيه"]), ["ar-cairo.txt"]);
    assert_eq!(c.hit_names(&["قاهرة"]), ["ar-cairo.txt"]);
    assert_eq!(c.hit_names(&["יְרוּשָׁלַיִם"]), ["he-jerusalem.txt"]);
    assert!(c.hit_names(&["ירושלמי"]).is_empty());
}

/// `{relpath}` and the JSON's `relpath`: the same files ingested from two places (two
/// students' laptops) give the same rows, where `{path}` differs.
#[test]
fn relative_paths_compare_across_machines_where_absolute_paths_do_not() {
    let relpaths = |c: &Corpus, folder: &str| {
        let out = c.cmd(&["search", "ferry", "-n", "all", "--format", "{relpath}"]).assert().success();
        let mut rows: Vec<String> =
            String::from_utf8(out.get_output().stdout.clone()).unwrap().lines().map(String::from).collect();
        rows.sort();
        let json = c.search_json(&["ferry", "-n", "all"]);
        let hits = json["hits"].as_array().expect("hits");
        let mut from_json: Vec<String> =
            hits.iter().map(|h| h["relpath"].as_str().unwrap().to_string()).collect();
        from_json.sort();
        assert_eq!(rows, from_json, "{folder}");
        let mut paths: Vec<String> = hits.iter().map(|h| h["path"].as_str().unwrap().to_string()).collect();
        paths.sort();
        (rows, paths)
    };
    let ferry = |n: usize| format!("Ferry story {n}\n\nThe harbour ferry ran again on day {n}.\n");
    let laptop = |folder: &str| {
        let c = Corpus::new();
        c.write(&format!("{folder}/bbc/politics/099.txt"), ferry(1));
        c.write(&format!("{folder}/bbc/politics/deep/100.txt"), ferry(2));
        c.write(&format!("{folder}/bbc/sport/001.txt"), ferry(3));
        c.write("elsewhere/lone-ferry.txt", ferry(4));
        c.cmd(&["ingest", &format!("articles/{folder}/bbc")]).assert().success();
        // A file ingested on its own: its name.
        c.cmd(&["ingest", "articles/elsewhere/lone-ferry.txt"]).assert().success();
        c
    };
    let (ana, ben) = (laptop("corpora"), laptop("Documents/class/week3"));
    let (ana_rows, ana_paths) = relpaths(&ana, "corpora");
    let (ben_rows, ben_paths) = relpaths(&ben, "Documents/class/week3");
    assert_eq!(
        ana_rows,
        ["bbc/politics/099.txt", "bbc/politics/deep/100.txt", "bbc/sport/001.txt", "lone-ferry.txt"]
    );
    assert_eq!(ana_rows, ben_rows);
    assert_ne!(ana_paths, ben_paths);
    assert!(ana_paths.iter().all(|p| std::path::Path::new(p).is_absolute()), "{ana_paths:?}");
}
