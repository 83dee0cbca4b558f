//! Is a text English? The entity tagger was trained on English news and reads names from
//! capital letters, so on other languages it finds junk: German capitalizes every noun
//! ("Menschen", "Kinder" and "Jahr" became the top people and organizations of a
//! multilingual archive), and scripts without capitals give it nothing to go on. Entities
//! are only extracted from text this check calls English.
//!
//! The evidence is function words, which every running text is full of: lower-case words
//! that are common in English and rare elsewhere, against those common in 15 other
//! languages written in Latin letters (German, French, Spanish, Dutch, the Nordic and West
//! Slavic languages, Turkish, Indonesian, Vietnamese, Swahili, Zulu...), plus words in a
//! script other than Latin
//! (Cyrillic, Greek, Arabic, CJK, Devanagari, ...). Only lower-case words count, so `MIT`,
//! `Al` or `Von` in an English text are no evidence. A text is English unless the foreign
//! evidence outweighs the English one and is not a handful of words, or is a few words
//! (four or more) against next to no English ones (a short foreign brief): a results table
//! or a list with no function words at all stays English, as the tagger handles those.

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

/// Lower-case words frequent in English prose and not words of the other languages checked
/// (no `in`, `an`, `was`, `will`, `also`, `die`: they are German or Dutch words too).
const ENGLISH: &[&str] = &[
    "the", "of", "and", "to", "that", "for", "with", "said", "his", "her", "he", "she", "it", "by", "from",
    "have", "has", "had", "this", "which", "who", "would", "been", "are", "but", "not", "they", "their",
    "at", "were", "or", "its", "after", "about", "than", "when", "there", "we", "you",
];

/// Lower-case words frequent in the prose of other languages written in Latin letters and
/// not English words (no `do`, `per`, `par`, `pro`, `bet`, `men`, `at`, `for`, `her`...).
const FOREIGN: &[&str] = &[
    // German
    "der", "die", "das", "und", "ist", "nicht", "mit", "sich", "auf", "für", "ein", "eine", "dem", "den",
    "von", "zu", "auch", "nach", "bei", "wie", "werden", "wird", "sind", "wurde", "oder", "noch", "einer",
    "dass", "über", "vor", // French
    "le", "la", "les", "et", "est", "des", "du", "une", "dans", "pour", "que", "qui", "sur", "pas", "au",
    "aux", "avec", "ce", "cette", "il", "elle", "sont", "ont", "été", "leur",
    // Spanish, Portuguese, Italian
    "de", "el", "los", "las", "del", "por", "una", "para", "es", "se", "su", "al", "como", "más", "pero",
    "sus", "fue", "está", "não", "uma", "os", "da", "em", "com", "mais", "foi", "são", "ao", "dos", "das",
    "pelo", "pela", "di", "che", "della", "non", "sono", "gli", "nel", "alla", "delle", "anche", "è",
    "questo", // Dutch
    "het", "een", "van", "en", "niet", "op", "voor", "zijn", "dat", "met", "te", "ook", "naar", "bij",
    "worden", "wordt", // Swedish, Danish, Norwegian, Icelandic
    "och", "att", "det", "som", "är", "på", "av", "till", "har", "inte", "om", "ett", "var", "jag", "kan",
    "från", "eller", "og", "er", "til", "af", "ikke", "jeg", "fra", "skal", "også", "blir", "etter", "seg",
    "ble", "að", "í", "á", "sem", "um", "við", "með", "ekki", "það", "hann", "hún", "fyrir",
    // Polish, Czech, Lithuanian
    "i", "w", "z", "na", "się", "nie", "że", "jest", "jak", "przez", "od", "za", "dla", "są", "oraz", "ale",
    "jego", "czy", "już", "je", "že", "jsou", "který", "která", "které", "také", "ir", "kad", "yra", "į",
    "su", "iš", "buvo", "tai", "kaip", "nuo", "dėl", "taip", // Turkish
    "ve", "bir", "bu", "için", "ile", "olarak", "çok", "daha", "gibi", "olan", "kadar", "sonra", "ama",
    "değil", // Indonesian, Malay
    "yang", "dan", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada", "juga", "ke",
    "karena", "ada", "oleh", "atau", "bisa", "sudah", "mereka", // Vietnamese
    "của", "và", "các", "có", "là", "được", "trong", "cho", "với", "này", "những", "người", "không", "một",
    "đã", "khi", "để", "theo", // Swahili, Zulu, Xhosa
    "ya", "wa", "kwa", "katika", "ni", "kwamba", "hiyo", "hii", "cha", "pia", "lakini", "baada", "kuwa",
    "ukuthi", "futhi", "kodwa", "uma", "kanye", "ngoba", "lokhu", "ukuba", "kwaye", "noma", "kakhulu",
];

/// Each evidence word and whether it is English.
static EVIDENCE: LazyLock<HashMap<&'static str, bool>> = LazyLock::new(|| {
    let english = ENGLISH.iter().map(|w| (*w, true));
    english.chain(FOREIGN.iter().map(|w| (*w, false))).collect()
});

/// Whether a lower-case word is one of the frequent function words of English or of the
/// other languages checked ("de", "la", "des", "las"): a word of prose, no abbreviation.
pub fn is_function_word_of_a_language(word: &str) -> bool {
    EVIDENCE.contains_key(word)
}

/// How many words of a text are read: the start of an article tells its language.
const SAMPLE_WORDS: usize = 400;

/// Reading stops early once this many English words lead the foreign ones two to one:
/// English prose gets there within its first hundred words or so.
const SURELY_ENGLISH: usize = 25;

/// Foreign evidence below this many words never overrules: a few foreign words are quotes,
/// names or a results table.
const MIN_FOREIGN: usize = 12;

/// Whether `text` reads as English (see the module documentation).
pub fn is_english(text: &str) -> bool {
    match evidence(text) {
        Evidence::SurelyEnglish => true,
        Evidence::Counted { english, foreign } => {
            // A short text holds few function words: a brief of 50 German words gives
            // eight or so, and no English ones.
            let lopsided = foreign >= FEW_FOREIGN && foreign > 3 * english;
            (foreign < MIN_FOREIGN || foreign <= english) && !lopsided
        }
    }
}

/// Whether `text` is English prose beyond doubt: [`SURELY_ENGLISH`] English function words
/// leading the foreign ones two to one, as English prose does within its first hundred
/// words or so. A table, a brief or a text in another language is not.
pub fn is_surely_english(text: &str) -> bool {
    matches!(evidence(text), Evidence::SurelyEnglish)
}

/// What the function words of a text say.
pub enum Evidence {
    /// English beyond doubt, found before the sample was read whole.
    SurelyEnglish,
    /// The English and foreign evidence of the whole sample.
    Counted {
        /// English function words.
        english: usize,
        /// Other languages' function words, and words in other scripts.
        foreign: usize,
    },
}

/// The function words of the start of `text` ([`SAMPLE_WORDS`]), English and foreign.
pub fn evidence(text: &str) -> Evidence {
    let (mut english, mut foreign) = (0usize, 0usize);
    let words = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(SAMPLE_WORDS);
    for word in words {
        if word.chars().any(is_non_latin_letter) {
            // Chinese, Japanese, Thai... write no spaces between words: count their
            // characters, about two to a word.
            foreign += (word.chars().filter(|&c| is_unspaced_script(c)).count() / 2).max(1);
        } else if let Some(&is_english) = EVIDENCE.get(word)
            && !word.chars().any(char::is_uppercase)
        {
            if is_english {
                english += 1;
                if english >= SURELY_ENGLISH && english > 2 * foreign {
                    return Evidence::SurelyEnglish;
                }
            } else {
                foreign += 1;
            }
        }
    }
    Evidence::Counted { english, foreign }
}

/// Foreign evidence this strong overrules when English evidence is a third of it or less.
pub const FEW_FOREIGN: usize = 4;

/// A letter of a script other than Latin (Latin letters, accented ones included, end at
/// U+024F; U+1E00-U+1EFF holds more of them).
fn is_non_latin_letter(c: char) -> bool {
    c.is_alphabetic() && c > '\u{024F}' && !('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// A character of a script written without spaces between words: CJK ideographs, kana,
/// Hangul syllables, Thai, Lao, Khmer, Myanmar.
fn is_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}'
        | '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}')
}

#[cfg(test)]
mod tests {
    use super::is_english;

    #[test]
    fn english_prose_is_english() {
        assert!(is_english(
            "The mayor of Duluth said on Monday that the harbour would stay closed for a week after \
             the storm, and that ships waiting to load grain had been sent to Superior. Officials \
             from the port authority, who met with her, said repairs to two cranes were not finished."
        ));
    }

    #[test]
    fn german_french_and_spanish_prose_are_not() {
        assert!(!is_english(
            "Die Menschen in der Stadt sind mit der Entscheidung nicht zufrieden. Der Bürgermeister \
             hat sich am Montag zu den Plänen geäußert und gesagt, dass die Kinder auch in Zukunft \
             mit dem Bus zur Schule fahren werden. Für die Eltern ist das eine gute Nachricht, auch \
             wenn noch nicht alle Fragen geklärt sind."
        ));
        assert!(!is_english(
            "Le maire de la ville a annoncé lundi que les écoles resteront fermées pour une semaine. \
             Les parents sont inquiets et demandent des explications sur la décision, qui a été prise \
             sans consultation. Il a expliqué que la sécurité des enfants est une priorité pour les \
             services de la ville et que des travaux sont en cours dans les bâtiments."
        ));
        assert!(!is_english(
            "El alcalde de la ciudad anunció el lunes que las escuelas permanecerán cerradas durante \
             una semana. Los padres están preocupados y piden explicaciones sobre la decisión, que \
             fue tomada sin consulta. Según el alcalde, la seguridad de los niños es una prioridad \
             para los servicios de la ciudad y las obras ya están en marcha en los edificios."
        ));
    }

    #[test]
    fn short_foreign_briefs_are_not_english() {
        assert!(!is_english(
            "Die Oberbürgermeisterin Henriette Reker eröffnete am Samstag das große Straßenfest in der \
             Kölner Südstadt. Tausende Besucher strömten trotz Regen in die Severinstraße. „Wir sind \
             stolz auf unsere Stadt“, sagte Reker. Die Polizei meldete keine besonderen Vorkommnisse."
        ));
        assert!(!is_english(
            "Prezydent Warszawy otworzył w poniedziałek nową linię metra. Mieszkańcy cieszą się, że \
             pociągi będą jeździć na Białołękę co pięć minut."
        ));
        // A short English brief stays English.
        assert!(is_english("The council met in Duluth on Monday and voted to keep the harbour open."));
    }

    #[test]
    fn other_scripts_are_not_english() {
        assert!(!is_english(
            "Мэр города заявил в понедельник, что школы будут закрыты на неделю после сильного \
             шторма. Родители обеспокоены и требуют объяснений."
        ));
        assert!(!is_english(
            "東京都は月曜日、大雪のため学校を一週間休校にすると発表した。保護者からは説明を求める声が上がっている。都によると、校舎の点検が終わり次第、授業を再開する。"
        ));
    }

    #[test]
    fn tables_lists_and_quoted_names_stay_english() {
        // A results table has no function words at all.
        assert!(is_english(
            "Leeds 2 Chelsea 1\nArsenal 0 Everton 0\nLiverpool 3 Wimbledon 1\nShr 34 cts vs 1.19 dlrs"
        ));
        // A few foreign words (a name, a quote) do not outweigh English prose.
        assert!(is_english(
            "Ursula von der Leyen told reporters in Brussels that the plan, which she called \
             \"une étape importante\", would be put to the vote after the summer, and that the \
             commission had been working on it for more than a year with the member states."
        ));
    }

    #[test]
    fn no_word_is_evidence_for_both_sides() {
        for word in super::ENGLISH {
            assert!(!super::FOREIGN.contains(word), "{word}");
        }
    }
}
