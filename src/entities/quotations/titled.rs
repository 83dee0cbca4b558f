//! What a title or a given name tells of a speaker.
//!
//! A peer's title names one person by a surname alone ("Lord Hoffmann", "Baroness
//! Scotland"), who is no other person of that surname ("Fred Hoffmann" of a shipping
//! story, "Charles Kennedy" beside "Baroness Kennedy") unless the article writes the title
//! before the full name ("Baroness Helena Kennedy") or names the peer in full.
//!
//! A given name borne (almost) only by men or only by women tells a speaker's sex, so a
//! "she" is not Mark Oaten's: `data/gazetteer/given_name_sex.tsv`, the share of men among
//! the people so named in the US Census 1990 lists (`scripts/build_gazetteers.py`).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::Gender;

/// Titles of a peer or a peeress, folded, as written before a surname alone.
const PEER_TITLES: &[&str] =
    &["lord", "lady", "baroness", "baron", "viscount", "viscountess", "earl", "countess", "marquess"];

/// Words after "Lord" or "Lady" that make an office or a name of its own, no peer's
/// surname: "Lord Chancellor", "Lord Mayor", "Lord Justice Auld", "Lady Luck".
const OFFICES: &[&str] = &[
    "chancellor",
    "mayor",
    "justice",
    "justices",
    "chief",
    "provost",
    "lieutenant",
    "advocate",
    "president",
    "speaker",
    "privy",
    "high",
    "great",
    "protector",
    "chamberlain",
    "commissioner",
    "commissioners",
    "luck",
    "of",
    "and",
    "the",
];

/// Whether a folded word is a peer's title ("lord", "baroness").
pub(super) fn is_peer_title(folded: &str) -> bool {
    PEER_TITLES.contains(&folded)
}

/// Whether a folded word after a peer's title makes an office, not a peer: "Lord
/// Chancellor".
pub(super) fn is_office(folded: &str) -> bool {
    OFFICES.contains(&folded)
}

/// Fewest men (or women) in a hundred of those so named for a given name to tell a sex:
/// "Chris" (89 men in 100) and "Leslie" (34) tell none.
const ONE_SEX_SHARE: f32 = 0.95;

/// Fewest in a hundred of one sex so named (a percent) for a name the other sex's list
/// lacks to tell a sex: two and a half times the percent where the other list stops (the
/// men's at 0.004, the women's at 0.001). A name of 0.009% of women ("Beryl", as Beryl
/// Sprinkel) may be a man's; "Imelda" (0.010%) is a woman's, "Rich" (0.007% of men) a
/// man's.
const WOMEN_ALONE_PERCENT: f32 = 0.010;
const MEN_ALONE_PERCENT: f32 = 0.0025;

/// Each Census given name, folded, with the percent of men and of women so named.
static GIVEN_NAME_SEX: LazyLock<HashMap<&'static str, (f32, f32)>> = LazyLock::new(|| {
    include_str!("../../../data/gazetteer/given_name_sex.tsv")
        .lines()
        .filter_map(|line| {
            let mut cells = line.split('\t');
            let name = cells.next()?;
            let men = cells.next()?.trim().parse().ok()?;
            let women = cells.next()?.trim().parse().ok()?;
            Some((name, (men, women)))
        })
        .collect()
});

/// The sex a folded given name tells when (almost) only men or only women bear it:
/// "mark" a man's, "helena" a woman's; "chris" and "jan" neither, nor a rare name one
/// list lacks ("hui", "tama").
pub(super) fn given_name_gender(folded: &str) -> Option<Gender> {
    let &(men, women) = GIVEN_NAME_SEX.get(folded)?;
    let share = men / (men + women);
    if (men == 0.0 && women < WOMEN_ALONE_PERCENT) || (women == 0.0 && men < MEN_ALONE_PERCENT) {
        None
    } else if share >= ONE_SEX_SHARE {
        Some(Gender::Male)
    } else if share <= 1.0 - ONE_SEX_SHARE {
        Some(Gender::Female)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_peer_s_title_is_told_from_an_office() {
        assert!(is_peer_title("lord") && is_peer_title("baroness") && is_peer_title("lady"));
        assert!(!is_peer_title("mr") && !is_peer_title("sir"));
        assert!(is_office("chancellor") && is_office("justice") && !is_office("hoffmann"));
    }

    #[test]
    fn a_given_name_borne_by_one_sex_tells_it_and_a_shared_one_does_not() {
        assert_eq!(given_name_gender("mark"), Some(Gender::Male));
        assert_eq!(given_name_gender("charles"), Some(Gender::Male));
        assert_eq!(given_name_gender("helena"), Some(Gender::Female));
        assert_eq!(given_name_gender("imelda"), Some(Gender::Female));
        assert_eq!(given_name_gender("chris"), None);
        assert_eq!(given_name_gender("leslie"), None);
        assert_eq!(given_name_gender("tony blair"), None);
        assert_eq!(given_name_gender("beryl"), None);
        assert_eq!(given_name_gender("tama"), None);
        assert_eq!(given_name_gender("rich"), Some(Gender::Male));
    }
}
