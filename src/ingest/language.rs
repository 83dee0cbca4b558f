//! The language an article is written in, as a code (`en`, `de`, `zu`): ISO 639-1 where the
//! language has one, else ISO 639-3, as a page's `lang` attribute would give it.
//!
//! English prose is told by newsdex's own count of function words
//! ([`crate::entities::language`]), at a tenth of the cost of [whatlang], which reads a
//! text's trigrams for 70 languages and tells the others. In Latin letters a guess must be
//! borne out by the function words or by what the source declares (`<html lang>`, a JSON
//! export's `language`, front matter's `lang`): trigrams call tables of figures French.
//! The declaration alone is taken only where the text gives no answer (a short brief, a
//! table), since site templates declare `en` on pages in Zulu or French. With neither, a
//! text is English when its few function words are, or when it has words and none is
//! another language's function word (a results table, a headline alone: English, as the
//! entity tagger reads them); of no known language otherwise.

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
    // With little foreign evidence (words in other scripts count as such) and nothing
    // declared, no guess of whatlang's could be borne out: it is not asked.
    let may_be_borne_out = declared.is_some() || foreign >= FEW_FOREIGN;
    if may_be_borne_out && let Some(guess) = whatlang::detect(&sample).filter(whatlang::Info::is_reliable) {
        let code = detected_code(guess.lang());
        // Trigrams call a table of figures in Latin letters French or Catalan ("Shr 37 cts
        // vs 42 cts": whatlang, reliably, of 169 Reuters results tables): in Latin
        // letters, a guess needs the function words, or the declaration, to bear it out.
        // Other scripts say much by themselves.
        let borne_out = guess.script() != whatlang::Script::Latin
            || code == declared
            || match code {
                Some("en") => english > foreign,
                _ => foreign >= FEW_FOREIGN && foreign > english,
            };
        if borne_out {
            return code;
        }
    }
    // A text too short or too bare to tell (a brief, a table): what the source says, else
    // English when its few function words are, or when it has words and none of them is
    // another language's function word ("Shr loss 20 cts vs loss 12 cts Net loss", a
    // headline alone), as the entity tagger reads it.
    let worded = || {
        sample
            .split_whitespace()
            .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 2)
            .nth(2)
            .is_some()
    };
    declared.or((english > foreign || (foreign == 0 && worded())).then_some("en"))
}

/// The code of a language whatlang detected. Two of its 70 are varieties whose language has
/// a two-letter code: Mandarin is `zh`, Iranian Persian `fa`.
fn detected_code(lang: whatlang::Lang) -> Option<&'static str> {
    match lang {
        whatlang::Lang::Cmn => Some("zh"),
        whatlang::Lang::Pes => Some("fa"),
        other => Language::from_639_3(other.code()).map(short_code),
    }
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
        ezindaweni eziphansi ngoba amanzi akhuphuka kakhulu, kanye nemifula.";

    #[test]
    fn the_text_tells_the_language_whatever_the_page_declares() {
        assert_eq!(of_article(None, Some("Harbour to close"), ENGLISH), Some("en"));
        assert_eq!(of_article(None, Some("Hafen schließt"), GERMAN), Some("de"));
        // A site template declaring English on a page in Zulu.
        assert_eq!(of_article(Some("en-US"), None, ZULU), Some("zu"));
        assert_eq!(of_article(Some("de"), None, ENGLISH), Some("en"));
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
