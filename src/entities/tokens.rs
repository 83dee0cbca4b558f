//! Splitting text into the word tokens the entity rules look at.
//!
//! Unlike the search tokenizer, this keeps what names need: apostrophes (`O'Hara`),
//! hyphens (`Jean-Luc`), the period of abbreviations and initials (`Mr.`, `U.S.`, `J.`),
//! and where sentences start, because a capital letter there says little.

/// One word of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'a> {
    /// The word as written, with a possessive `'s` removed.
    pub text: &'a str,
    /// True for the first word of a sentence, of a quotation, or after a colon.
    pub sentence_start: bool,
    /// True when punctuation (other than an abbreviation's period) separates this word from
    /// the next, so a name cannot continue across it.
    pub break_after: bool,
    /// True when the word carried a possessive `'s` (`Trump's`).
    pub possessive: bool,
}

impl Word<'_> {
    /// Starts with an upper-case letter (`Minneapolis`, `O'Hara`, `JD`, `McDonald`).
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Entirely upper case with at least two letters (`ICE`, `U.S.`).
    pub fn is_acronym(&self) -> bool {
        is_acronym(self.text)
    }
}

/// Two letters or more and none in lower case: "IBM", "U.S.", "G7".
pub fn is_acronym(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !text.chars().any(char::is_lowercase)
}

/// The words written one space apart: "Leicester City", "Johnson Controls Inc".
pub fn joined(words: &[Word<'_>]) -> String {
    words.iter().map(|w| w.text).collect::<Vec<_>>().join(" ")
}

/// Abbreviations whose period does not end a sentence, for the extractor's sentences and
/// for snippets alike.
const ABBREVIATIONS: &[&str] = &[
    // Law and citations ("Roe v. Wade", "No. 21-1496", "Art. 50", "para. 4", "et al.").
    "v", "Nos", "Art", "Arts", "Sec", "Secs", "para", "paras", "Para", "cf", "al", "Cir", "Supp", "Ch", "Vol",
    "Fig", "pp", "Pt", "Cos", "Bros", "Plc", "Pres", "Mr", "Mrs", "Ms", "Dr", "St", "Gov", "Sen", "Rep",
    "Gen", "Lt", "Col", "Sgt", "Capt", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Prof", "Rev", "Mt", "Ft",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "vs", "Ave",
    "Blvd", "Dept", "Univ", "Adm", "Cmdr", "Supt", "Det", "Insp", "Hon",
    "Fr", // Given names as old papers shorten them ("Wm. Thompson", "Chas. Baker").
    "Wm", "Chas", "Geo", "Jas", "Thos", "Jno", "Robt", "Benj", "Saml", "Edw", "Edwd", "Richd", "Danl",
    "Alex", "Jos", "Fredk", "Nathl", "Margt", "Eliz",
];

/// One of [`ABBREVIATIONS`], as written or in capitals ("ST. PAUL", "GEN. SMITH").
pub(crate) fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS
        .iter()
        .any(|a| *a == word || (a.eq_ignore_ascii_case(word) && !word.contains(char::is_lowercase)))
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Splits `text` into words, marking sentence starts and punctuation breaks.
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut out: Vec<Word<'_>> = Vec::new();
    let mut sentence_start = true;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        let c = text[i..].chars().next().expect("i is on a char boundary");
        if !is_word_char(c) {
            match c {
                '.' | '!' | '?' | ':' | ';' | '\n' | '"' | '“' | '”' | '(' | ')' | '[' | ']' | '<' | '>'
                | '|' | '•' | '—' | '–' | '-' => {
                    if let Some(last) = out.last_mut() {
                        last.break_after = true;
                    }
                    if matches!(c, '.' | '!' | '?' | ':' | '\n' | '"' | '“' | '(' | '•' | '|') {
                        sentence_start = true;
                    }
                }
                ',' | '\'' | '‘' | '’' | '/' | '&' => {
                    if c != '&'
                        && let Some(last) = out.last_mut()
                    {
                        last.break_after = true;
                    }
                }
                _ => {}
            }
            i += c.len_utf8();
            continue;
        }
        // A word: letters/digits joined by inner apostrophes, hyphens and dots, and capitals
        // by an ampersand ("AT&T", "S&P", "C&F").
        let start = i;
        let mut end = i;
        let mut j = i;
        while j < text.len() {
            let ch = text[j..].chars().next().expect("char boundary");
            if is_word_char(ch) {
                j += ch.len_utf8();
                end = j;
            } else if (matches!(ch, '\'' | '’' | '-' | '.')
                && text[j + ch.len_utf8()..].chars().next().is_some_and(is_word_char))
                || (ch == '&'
                    && text[..j].chars().next_back().is_some_and(char::is_uppercase)
                    && text[j + 1..].chars().next().is_some_and(char::is_uppercase))
            {
                j += ch.len_utf8();
            } else {
                break;
            }
        }
        let mut word = &text[start..end];
        let mut next = end;
        // An abbreviation or initial keeps its period, which then ends no sentence.
        if bytes.get(end) == Some(&b'.') {
            let letters = word.chars().filter(|c| c.is_alphabetic()).count();
            let dotted = word.contains('.');
            if is_abbreviation(word) || (letters == 1 && word.chars().all(char::is_uppercase)) || dotted {
                next = end + 1;
                word = &text[start..next];
            }
        }
        // A hashtag or a handle (`#Hamilton`, `@LucasNolan`, not the `@` of an e-mail
        // address) is no name, and no part of one: "the #Hamilton Chicago show" names
        // Chicago, not a "Hamilton Chicago".
        let tagged = text[..start].chars().next_back().is_some_and(|c| c == '#' || c == '@')
            && text[..start].chars().rev().nth(1).is_none_or(|c| !is_word_char(c) && c != '&')
            && word.starts_with(char::is_alphabetic);
        if tagged {
            if let Some(last) = out.last_mut() {
                last.break_after = true;
            }
            i = next;
            continue;
        }
        let mut possessive = false;
        for suffix in ["'s", "’s", "'S"] {
            if let Some(stem) = word.strip_suffix(suffix) {
                word = stem;
                possessive = true;
            }
        }
        out.push(Word { text: word, sentence_start, break_after: possessive, possessive });
        sentence_start = false;
        i = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        words(s).into_iter().map(|w| w.text).collect()
    }

    #[test]
    fn names_keep_apostrophes_and_hyphens_and_lose_possessives() {
        assert_eq!(
            texts("Chief O'Hara met Jean-Luc at Trump's rally."),
            ["Chief", "O'Hara", "met", "Jean-Luc", "at", "Trump", "rally"]
        );
    }

    #[test]
    fn abbreviations_keep_their_period_and_end_no_sentence() {
        let w = words("Mr. Frey met U.S. officials. Then Walz spoke.");
        assert_eq!(w[0].text, "Mr.");
        assert_eq!(w[3].text, "U.S.");
        assert!(!w[1].sentence_start);
        assert!(!w[4].sentence_start);
        let then = w.iter().find(|x| x.text == "Then").unwrap();
        assert!(then.sentence_start);
    }

    #[test]
    fn hashtags_and_handles_are_no_words_of_a_name() {
        let w = words("The #Hamilton Chicago show, said @LucasNolan of Breitbart (ana@example.com) #1.");
        let texts: Vec<&str> = w.iter().map(|w| w.text).collect();
        assert_eq!(texts, ["The", "Chicago", "show", "said", "of", "Breitbart", "ana", "example.com", "1"]);
        // A character reference left in the text (`Bernab&#233;u`) is no hashtag.
        assert_eq!(words("el Bernab&#233;u").len(), 4);
        assert!(w[0].break_after, "a name does not run across a hashtag");
    }

    #[test]
    fn angle_brackets_break_runs() {
        let w = words("Texaco Inc <TX> Continental");
        assert!(w[1].break_after && w[2].break_after);
        assert_eq!(w[2].text, "TX");
    }

    #[test]
    fn a_dash_between_spaces_breaks_runs_and_capitals_keep_abbreviations() {
        // A wire dateline: the place is no part of the name after it.
        let w = words("ST. PAUL - Metro Transit said, and Jean-Luc spoke - briefly.");
        assert_eq!(w[0].text, "ST.");
        assert!(!w[0].break_after && !w[1].sentence_start);
        assert!(w[1].break_after);
        assert_eq!(w[6].text, "Jean-Luc");
        assert!(w[7].break_after);
    }

    #[test]
    fn commas_break_runs() {
        let w = words("Minneapolis, Minnesota");
        assert!(w[0].break_after);
        assert!(!w[1].sentence_start);
    }

    #[test]
    fn an_ampersand_between_capitals_is_inside_the_word() {
        assert_eq!(texts("AT&T and S&P, Johnson & Johnson"), ["AT&T", "and", "S&P", "Johnson", "Johnson"]);
        assert_eq!(texts("rock&roll"), ["rock", "roll"]);
    }

    #[test]
    fn old_abbreviations_of_given_names_keep_their_period() {
        let w = words("Wm. Thompson vs. Chas. Baker");
        assert_eq!(w[0].text, "Wm.");
        assert!(!w[0].break_after && !w[1].sentence_start);
        assert_eq!(w[3].text, "Chas.");
    }
}
