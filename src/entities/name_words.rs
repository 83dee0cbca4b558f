//! Whether a capitalized word may be a word of a person's name.
//!
//! Several steps ask it of a word beside a name: the tagger of a surname it left out
//! ("Fernando Santos Alvite"), the culture rules of a run of capitalized words in a list
//! ("Keanu Reeves"), the team rules of an initial's surname ("K Maggs") and the firm rules
//! of a partner of "Duff and Phelps". They share one test, [`NameWord::admits`]: a
//! capital first, letters only, no place and no known organization, and none of the kinds
//! of word ([`NotAName`]) that the step names. The steps differ in those kinds, as each
//! sees other mistakes: a team sheet has no months, a list of firms' partners has no
//! common nouns.

use super::gazetteer::is_common_word;
use super::lexicon::{self, fold, known_org, place};
use super::tokens;

/// Which characters a word of a name may have besides letters.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Letters {
    /// Letters alone: "Phelps", not "Pratt-Whitney".
    Only,
    /// Letters, a hyphen and an apostrophe: "Sowden-Taylor", "O'Driscoll".
    OrJoins,
}

/// How a word of a name is written.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Case {
    /// Any way but all in capitals ("Smith", "A"; not "ICE", "U.S."): for words the caller
    /// took from a run of capitalized words.
    NotAcronym,
    /// A capital first, and not all in capitals: "Smith", "A"; not "smith", "ICE".
    CapitalNotAcronym,
    /// A capital first and a letter in lower case after it: "Smith"; not "A", "SMITH".
    CapitalThenLower,
}

/// A kind of word that is no word of a person's name, in [`NameWord::not`].
#[derive(Debug, Clone, Copy)]
pub(crate) enum NotAName {
    /// "The", "However" ([`lexicon::is_function_word`]).
    FunctionWord,
    /// "Monday", "March" ([`lexicon::is_day_or_month`]).
    DayOrMonth,
    /// "March", "Sept" ([`lexicon::is_month`]).
    Month,
    /// "President", "Mr" ([`lexicon::is_title`]).
    Title,
    /// "Italian" ([`lexicon::is_demonym`]).
    Demonym,
    /// A nationality or the name of a people ([`lexicon::is_demonym_or_name`]).
    DemonymOrName,
    /// "Labour", "Democrat" ([`lexicon::is_party_word`]).
    PartyWord,
    /// "Ltd", "Group" ([`lexicon::is_company_form`]).
    CompanyForm,
    /// "Inc", "Plc" ([`lexicon::is_legal_form`]).
    LegalForm,
    /// "Bank", "Airlines" ([`lexicon::is_trade_word`]).
    TradeWord,
    /// "Club", "Council" ([`lexicon::is_org_head`]).
    OrgHead,
    /// "University", "Hospital" ([`lexicon::is_institution_word`]).
    InstitutionWord,
    /// A common English word ([`is_common_word`]).
    CommonWord,
    /// A capitalized word no name is made of ([`lexicon::is_not_name`]).
    NotName,
}

impl NotAName {
    fn holds(self, folded: &str) -> bool {
        match self {
            NotAName::FunctionWord => lexicon::is_function_word(folded),
            NotAName::DayOrMonth => lexicon::is_day_or_month(folded),
            NotAName::Month => lexicon::is_month(folded),
            NotAName::Title => lexicon::is_title(folded),
            NotAName::Demonym => lexicon::is_demonym(folded),
            NotAName::DemonymOrName => lexicon::is_demonym_or_name(folded),
            NotAName::PartyWord => lexicon::is_party_word(folded),
            NotAName::CompanyForm => lexicon::is_company_form(folded),
            NotAName::LegalForm => lexicon::is_legal_form(folded),
            NotAName::TradeWord => lexicon::is_trade_word(folded),
            NotAName::OrgHead => lexicon::is_org_head(folded),
            NotAName::InstitutionWord => lexicon::is_institution_word(folded),
            NotAName::CommonWord => is_common_word(folded),
            NotAName::NotName => lexicon::is_not_name(folded),
        }
    }
}

/// What one step takes for a word of a person's name.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NameWord {
    pub(crate) case: Case,
    pub(crate) letters: Letters,
    /// The kinds of word that are none.
    pub(crate) not: &'static [NotAName],
}

impl NameWord {
    /// Whether `text` may be a word of a person's name: written as [`NameWord::case`] says,
    /// of the characters [`NameWord::letters`] allows, of none of the kinds
    /// [`NameWord::not`] lists, and no place or organization the lists know ("Smith", not
    /// "Monday", "Paris" or "Ltd", when the rule lists days and legal forms).
    pub(crate) fn admits(&self, text: &str) -> bool {
        let cased = match self.case {
            Case::NotAcronym => !tokens::is_acronym(text),
            Case::CapitalNotAcronym => text.starts_with(char::is_uppercase) && !tokens::is_acronym(text),
            Case::CapitalThenLower => {
                text.starts_with(char::is_uppercase) && text.chars().skip(1).any(char::is_lowercase)
            }
        };
        let lettered = match self.letters {
            Letters::Only => text.chars().all(char::is_alphabetic),
            Letters::OrJoins => text.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\''),
        };
        if !cased || !lettered {
            return false;
        }
        let folded = fold(text);
        !self.not.iter().any(|kind| kind.holds(&folded)) && place(text).is_none() && known_org(text).is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SURNAME: NameWord = NameWord {
        case: Case::CapitalThenLower,
        letters: Letters::OrJoins,
        not: &[NotAName::DayOrMonth, NotAName::LegalForm, NotAName::Title],
    };

    #[test]
    fn a_surname_is_a_name_word_and_a_place_a_firm_or_a_listed_kind_is_none() {
        for name in ["Smith", "O'Driscoll", "Sowden-Taylor", "Maggs"] {
            assert!(SURNAME.admits(name), "{name}");
        }
        // Not written as a name: all in capitals, lower case, one letter, a figure.
        for word in ["SMITH", "smith", "A", "Smith2"] {
            assert!(!SURNAME.admits(word), "{word}");
        }
        // A place, a known organization and the kinds the rule lists are none.
        for word in ["Paris", "Monday", "Inc", "President"] {
            assert!(!SURNAME.admits(word), "{word}");
        }
        // Kinds the rule does not list are its callers' to judge: a nationality passes here.
        assert!(SURNAME.admits("Italian"));
        let with_nationalities = NameWord { not: &[NotAName::Demonym], ..SURNAME };
        assert!(!with_nationalities.admits("Italian"));
    }

    #[test]
    fn letters_and_case_are_the_rules_own() {
        let letters_only = NameWord { letters: Letters::Only, ..SURNAME };
        assert!(!letters_only.admits("O'Driscoll") && letters_only.admits("Phelps"));
        let capital = NameWord { case: Case::CapitalNotAcronym, ..SURNAME };
        assert!(capital.admits("Smith") && !capital.admits("ICE") && !capital.admits("smith"));
        let any_case = NameWord { case: Case::NotAcronym, ..SURNAME };
        assert!(any_case.admits("smith") && !any_case.admits("ICE"));
    }
}
