//! The language an article is written in, as a code (`en`, `de`, `zu`): ISO 639-1 where the
//! language has one, else ISO 639-3, as a page's `lang` attribute would give it.
//!
//! English prose is told by newsdex's own count of function words
//! ([`crate::entities::language`]), at a tenth of the cost of [whatlang], which reads a
//! text's trigrams for 70 languages and tells the others. In Latin letters a guess must be
//! borne out by the function words, by what the source declares (`<html lang>`, a JSON
//! export's `language`, front matter's `lang`), or by being prose (40 words or more, few
//! figures): trigrams call tables of figures French. Prose overrules a declaration (site
//! templates declare `en` on pages in Zulu or Danish), except between languages trigrams
//! barely tell apart (Danish and Norwegian, Croatian and Serbian) and for languages
//! whatlang does not know (Swahili, Galician). A text too short to tell takes the
//! declaration; with none, it is English when its few function words are, or when it has
//! words, none another language's function word and no letters English does not use (a
//! results table, an English headline alone); of no known language otherwise.

use isolang::Language;

/// How much of an article is read to tell its language: its headline and the start of its
/// text. A paragraph or two tells it; reading the whole of a long article costs more
/// (0.2 ms for 3,000 characters) and says the same.
const SAMPLE_CHARS: usize = 1_000;

/// The language of an article: what its text reads as, else what its source `declared`
/// (any form [`code_of`] takes), else none.
pub fn of_article(declared: Option<&str>, title: Option<&str>, body: &str) -> Option<&'static str> {
    use crate::entities::language::{Evidence, FEW_FOREIGN, evidence};
    let mut sample = String::with_capacity(SAMPLE_CHARS + 200);
    if let Some(title) = title {
        sample.push_str(title);
        sample.push('\n');
    }
    sample.extend(body.chars().take(SAMPLE_CHARS));
    // Most archives are mostly English: newsdex's own count of function words tells English
    // prose at a tenth of whatlang's cost.
    let (english, foreign) = match evidence(&sample) {
        Evidence::SurelyEnglish => return Some("en"),
        Evidence::Counted { english, foreign } => (english, foreign),
    };
    let declared = declared.and_then(code_of);
    let prose = reads_as_prose(&sample);
    // Whatlang is asked only where its guess could count: a declaration to check, foreign
    // function words (or other scripts) to bear it out, or prose that is not English by
    // its function words (Hungarian, Latvian: languages the function words do not know).
    let worth_asking = declared.is_some() || foreign >= FEW_FOREIGN || (prose && english <= foreign);
    if worth_asking && let Some(guess) = whatlang::detect(&sample) {
        let code = detected_code(guess.lang());
        // Whatlang calls a guess unreliable when a close second is near (Danish and
        // Norwegian, Hindi and Marathi): over prose, a guess well ahead is still far
        // likelier than the others.
        // Between close languages trigrams are unsure which, not that it is one of them:
        // Danish prose is Danish or Norwegian beyond doubt (whatlang's 0.70 for Danish is
        // its nearness to Norwegian).
        let reliable = guess.is_reliable() || (prose && sure_of_its_group(&sample, guess.lang()));
        let confident = reliable || (prose && guess.confidence() >= 0.75);
        // Trigrams call a table of figures in Latin letters French or Catalan ("Shr 37 cts
        // vs 42 cts": whatlang, reliably, of 169 Reuters results tables): in Latin letters
        // a guess needs the function words or prose to bear it out. Other scripts say much
        // by themselves.
        let words_agree = match code {
            Some("en") => english > foreign,
            _ => foreign >= FEW_FOREIGN && foreign > english,
        };
        let taken = match declared {
            Some(declared) if Some(declared) == code => true,
            // A declaration stands unless the function words bear out a reliable guess, or
            // prose says otherwise, reliably (or, against the
            // `en` of a site template, well ahead with no English function words leading):
            // not between languages trigrams barely tell apart (Danish and Norwegian,
            // Croatian and Serbian, Malay and Indonesian), nor for a language whatlang does
            // not know (Swahili, Galician, Icelandic: it names another).
            Some(declared) => {
                !close_languages(declared, code.unwrap_or_default())
                    && ((reliable && words_agree)
                        || (prose
                            && whatlang_knows(declared)
                            && (reliable || (declared == "en" && confident && english <= foreign))))
            }
            None => {
                (reliable && (guess.script() != whatlang::Script::Latin || words_agree))
                    || (confident && prose && english <= foreign)
            }
        };
        if taken {
            return code;
        }
    }
    // A text too short or too bare to tell (a brief, a table): what the source says, else
    // English when its few function words are, or when it has words and none of them is
    // another language's function word ("Shr loss 20 cts vs loss 12 cts Net loss", a
    // headline alone), as the entity tagger reads it; not when its letters are ones
    // English does not use (a Vietnamese, Polish or Hungarian headline).
    let worded = || {
        sample
            .split_whitespace()
            .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 2)
            .nth(2)
            .is_some()
    };
    let english_letters = || {
        let (letters, other) = sample
            .chars()
            .filter(|c| c.is_alphabetic())
            .fold((0usize, 0usize), |(all, other), c| (all + 1, other + usize::from(!c.is_ascii())));
        other * 50 <= letters
    };
    declared.or(((english > foreign || (foreign == 0 && worded())) && english_letters()).then_some("en"))
}

/// Whether a text is running prose, long enough for its trigrams to tell its language: 40
/// words or more, few of them figures (a results table's "Shr 37 cts vs 42 cts Net 26.6
/// mln" is not).
fn reads_as_prose(text: &str) -> bool {
    let (mut words, mut figures) = (0usize, 0usize);
    for word in text.split_whitespace() {
        words += 1;
        figures += usize::from(word.chars().any(|c| c.is_ascii_digit()));
    }
    words >= 40 && figures * 8 < words
}

/// Whether whatlang can name the language of code `code` at all.
fn whatlang_knows(code: &str) -> bool {
    let three = Language::from_639_1(code).map_or(code, |language| language.to_639_3());
    matches!(code, "zh" | "fa") || whatlang::Lang::from_code(three).is_some()
}

/// Whether whatlang is sure of `lang` once the languages close to it are left out: that
/// the text is in one of them, whichever.
fn sure_of_its_group(text: &str, lang: whatlang::Lang) -> bool {
    let Some(code) = detected_code(lang) else { return false };
    let others: Vec<whatlang::Lang> = whatlang::Lang::all()
        .iter()
        .copied()
        .filter(|&other| other != lang && detected_code(other).is_some_and(|c| close_languages(code, c)))
        .collect();
    if others.is_empty() {
        return false;
    }
    whatlang::Detector::with_denylist(others)
        .detect(text)
        .is_some_and(|g| g.lang() == lang && g.is_reliable())
}

/// Languages so alike that trigrams tell them apart poorly.
fn close_languages(a: &str, b: &str) -> bool {
    const GROUPS: &[&[&str]] = &[
        &["da", "nb", "nn"],
        &["hr", "sr", "bs", "sl"],
        &["ms", "id"],
        &["es", "gl"],
        &["zu", "xh"],
        &["cs", "sk"],
        &["hi", "mr", "ne"],
    ];
    a == b || GROUPS.iter().any(|group| group.contains(&a) && group.contains(&b))
}

/// The code of a language whatlang detected, as [`code_of`] gives it (Mandarin, `cmn`, is
/// `zh`).
fn detected_code(lang: whatlang::Lang) -> Option<&'static str> {
    code_of(lang.code())
}

/// A language's code as stored: two letters where it has them.
fn short_code(language: Language) -> &'static str {
    language.to_639_1().unwrap_or_else(|| language.to_639_3())
}

/// The code of a language as sources declare it and users name it: a tag (`en`, `en-GB`,
/// `pt_BR.UTF-8`, `zh-Hant`), a three-letter code (`eng`, `deu`) or an English name
/// (`English`, `german`). `None` for anything else, and for "undetermined" (`und`, `mul`,
/// `zxx`).
pub fn code_of(said: &str) -> Option<&'static str> {
    let said = said.trim();
    let primary = said.split(['-', '_', '.', '@']).next().unwrap_or_default().to_ascii_lowercase();
    let language = match primary.len() {
        2 => Language::from_639_1(&primary),
        3 => Language::from_639_3(&primary),
        _ => None,
    }
    .or_else(|| Language::from_name_lowercase(&said.to_lowercase()))?;
    match language.to_639_3() {
        "und" | "mul" | "zxx" | "mis" => None,
        // One code for one language, as detection gives it: Norwegian is mostly written
        // in Bokmål, Filipino is Tagalog, Mandarin is Chinese.
        "nor" => Some("nb"),
        "fil" => Some("tl"),
        "cmn" => Some("zh"),
        "pes" => Some("fa"),
        _ => Some(short_code(language)),
    }
}

/// The English name of a language code as stored (`en` → `English`).
pub fn name_of(code: &str) -> Option<&'static str> {
    let language = match code.len() {
        2 => Language::from_639_1(code),
        _ => Language::from_639_3(code),
    }?;
    Some(language.to_name())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENGLISH: &str = "The council voted on Tuesday to close the harbour for the winter, after a \
        storm damaged two of its piers and the ferry company said it could no longer run a safe service.";
    const GERMAN: &str = "Der Stadtrat hat am Dienstag beschlossen, den Hafen über den Winter zu schließen, \
        nachdem ein Sturm zwei Anleger beschädigt hatte und die Fähre nicht mehr sicher fahren konnte.";
    const ZULU: &str = "UMongameli uthe uhulumeni uzoqhubeka nokusiza abantu abathintekile ezikhukhuleni, \
        futhi uthe lokhu kuzokwenziwa ngokushesha. Uma izimvula ziqhubeka, kodwa, abantu kumele baphume \
        ezindaweni eziphansi ngoba amanzi akhuphuka kakhulu, kanye nemifula. Abahlali bathi bayakujabulela ukusizwa, kodwa bafuna ukuthi uhulumeni akhe imigwaqo emisha ngoba lokhu kuzosiza izingane ukuya esikoleni.";

    #[test]
    fn the_text_tells_the_language_whatever_the_page_declares() {
        assert_eq!(of_article(None, Some("Harbour to close"), ENGLISH), Some("en"));
        assert_eq!(of_article(None, Some("Hafen schließt"), GERMAN), Some("de"));
        // A site template declaring English on a page in Zulu.
        assert_eq!(of_article(Some("en-US"), None, ZULU), Some("zu"));
        assert_eq!(of_article(Some("de"), None, ENGLISH), Some("en"));
        // Prose in a language the function words do not know, undeclared.
        let hungarian = "A kormány kedden bejelentette, hogy a kikötőt télen bezárják, miután a vihar \
            megrongálta a mólókat, és a kompot üzemeltető társaság közölte, hogy nem tudja biztonságosan \
            fenntartani a járatokat. A polgármester szerint a javítás tavaszig tart, a lakosok pedig \
            aggódnak a téli ellátás miatt, mert a sziget boltjait hajón látják el minden héten.";
        assert_eq!(of_article(None, None, hungarian), Some("hu"));
        assert_eq!(of_article(Some("en"), None, hungarian), Some("hu"));
    }

    #[test]
    fn close_languages_keep_their_declaration_and_foreign_headlines_are_not_english() {
        let croatian = "Vlada je u utorak objavila da će luka biti zatvorena tijekom zime nakon što je \
            oluja oštetila dva mola, a trajektna tvrtka rekla je da više ne može sigurno održavati linije. \
            Gradonačelnik kaže da će popravci trajati do proljeća, a stanovnici se brinu zbog opskrbe \
            otoka jer trgovine dobivaju robu brodom svaki tjedan.";
        assert_eq!(of_article(None, None, croatian), Some("hr"));
        assert_eq!(of_article(Some("sr-Latn"), None, croatian), Some("sr"));
        // A headline alone in letters English does not use is no English headline.
        assert_eq!(of_article(None, Some("Quốc hội thông qua ngân sách mới"), ""), None);
        assert_eq!(of_article(None, Some("Sejm przyjął budżet na przyszły rok"), ""), None);
        assert_eq!(of_article(None, Some("Council passes the budget"), ""), Some("en"));
    }

    #[test]
    fn a_text_too_short_to_tell_takes_the_declared_language_or_none() {
        assert_eq!(of_article(Some("fr-FR"), Some("Résultats"), "3-1"), Some("fr"));
        assert_eq!(of_article(None, Some("Résultats"), "3-1"), None);
        assert_eq!(of_article(None, Some("Hafen schließt"), "Der Hafen ist zu."), None);
        assert_eq!(
            of_article(
                None,
                Some("AVON PRODUCTS 3RD QTR NET"),
                "Shr 37 cts vs 42 cts Net 26.6 mln vs 30.0 mln"
            ),
            Some("en")
        );
        assert_eq!(of_article(Some("x-klingon"), None, "3-1"), None);
    }

    #[test]
    fn declared_languages_and_names_become_codes() {
        for (said, code) in [
            ("en", Some("en")),
            ("en-GB", Some("en")),
            ("EN_us", Some("en")),
            ("pt_BR.UTF-8", Some("pt")),
            ("zh-Hant", Some("zh")),
            ("eng", Some("en")),
            ("deu", Some("de")),
            ("German", Some("de")),
            ("english", Some("en")),
            ("zul", Some("zu")),
            ("und", None),
            ("x", None),
            ("", None),
            ("Klingonish", None),
        ] {
            assert_eq!(code_of(said), code, "{said}");
        }
        assert_eq!(name_of("de"), Some("German"));
        assert_eq!(detected_code(whatlang::Lang::Cmn), Some("zh"));
    }
}
