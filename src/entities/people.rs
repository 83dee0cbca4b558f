//! The settle steps for people: names the tagger cut in two, surnames it left out, people
//! read as places after "in", and nicknames and maiden names as other names of a person.

use super::consolidate::without_generational_suffix;
use super::lexicon::{fold, known_org, place};
use super::rules::{Kind, Mention};
use super::{Entities, gazetteer, lexicon, rules, tagger, tokens};

/// Gives the nicknames and maiden names taken out of people's names
/// ([`rules::without_asides`]) to those people as aliases: "Big Jim" to James Callahan,
/// "Mary Brown" to Mary Smith (née Brown).
pub(super) fn add_asides(entities: &mut Entities, asides: &[rules::Aside]) {
    for aside in asides {
        let Some(alias) = aside.alias() else {
            continue;
        };
        let before: Vec<String> = aside.before.split(' ').map(fold).collect();
        let person = entities.people.iter().position(|name| {
            let words: Vec<String> = name.split(' ').map(fold).collect();
            if aside.is_maiden_name() {
                words.ends_with(&before) || words == before
            } else {
                words.len() >= 2
                    && lexicon::same_given_name(&words[0], &before[0])
                    && words[words.len() - 1] == fold(&aside.after)
            }
        });
        if let Some(i) = person
            && fold(&entities.people[i]) != fold(&alias)
            && !entities.person_aliases[i].iter().any(|a| fold(a) == fold(&alias))
        {
            entities.person_aliases[i].push(alias);
        }
    }
}

/// Two names of people where the one's last word is the other's first ("Fernando Santos"
/// and "Santos Alvite") are one person's whole name when the article writes them so,
/// overlapping, with nothing between ("Fernando Santos Alvite arrived"): the tagger cut a
/// name of three words it had not seen, and "Santos Alvite said" was how it read the
/// rest. The whole name is added; consolidation folds the two parts into it.
pub(super) fn join_overlapping_names(lines: &[Vec<tokens::Word<'_>>], mentions: &mut Vec<Mention>) {
    let people: Vec<Vec<&str>> = mentions
        .iter()
        .filter(|m| m.kind == Kind::Person && m.tagged && m.name.contains(' '))
        .map(|m| m.name.split(' ').collect())
        .collect();
    let mut found: Vec<String> = Vec::new();
    for a in &people {
        for b in people.iter().filter(|b| b[0] == a[a.len() - 1] && *b != a) {
            let whole: Vec<&str> = a.iter().chain(&b[1..]).copied().collect();
            let written = lines.iter().any(|words| {
                words.windows(whole.len()).any(|w| {
                    w.iter().zip(&whole).all(|(word, text)| word.text == *text)
                        && w[..w.len() - 1].iter().all(|word| !word.break_after)
                })
            });
            let name = whole.join(" ");
            if written && !found.contains(&name) {
                found.push(name);
            }
        }
    }
    for name in found {
        mentions.push(Mention { tagged: true, ..Mention::new(Kind::Person, name) });
    }
}

/// A person known only by a surname ("Mr Ogunleye") whose full name the tagger missed:
/// look for the surname after a capitalized word elsewhere in the article ("with Adebayo
/// Ogunleye") and add that full name.
pub(super) fn complete_surnames(lines: &[Vec<tokens::Word<'_>>], mentions: &mut Vec<Mention>) {
    // The surnames of full names, and the words between a given name and a surname: a
    // lone "Santos" beside "Fernando Santos Alvite" is his first surname, not a name to
    // complete as "Fernando Santos".
    let full: Vec<String> = mentions
        .iter()
        .filter(|m| m.kind == Kind::Person && m.name.contains(' '))
        .flat_map(|m| without_generational_suffix(&m.name).0.split(' ').skip(1).map(fold))
        .collect();
    let mut lone: Vec<String> = mentions
        .iter()
        .filter(|m| m.kind == Kind::Person && !m.name.contains(' '))
        .map(|m| fold(&m.name))
        .filter(|s| !full.contains(s))
        .collect();
    lone.sort();
    lone.dedup();
    if lone.is_empty() {
        return;
    }
    let mut found = Vec::new();
    for words in lines {
        for k in 1..words.len() {
            let (first, last) = (&words[k - 1], &words[k]);
            if last.is_capitalized()
                && first.is_capitalized()
                && !first.break_after
                && lone.contains(&fold(last.text))
                && first.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && let folded_first = fold(first.text)
                && !lexicon::is_not_name(&folded_first)
                && !lexicon::is_sentence_opener(&folded_first)
                && !lexicon::is_party_word(&folded_first)
                && rules::title_len(&[first.text], 0) == 0
                && !tagger::is_imperative(&folded_first)
                && rules::modifier_base(first.text).is_none()
                && place(first.text).is_none()
                && known_org(first.text).is_none()
            {
                let name = format!("{} {}", first.text, last.text);
                if !found.contains(&name) {
                    found.push(name);
                }
            }
        }
    }
    for name in found {
        mentions.push(Mention { tagged: true, ..Mention::new(Kind::Person, name) });
    }
}

/// A given name and a surname read as a place (after "in", as places are: "an outstanding
/// manager in Jose Mourinho") are a person when the article goes on to write the surname
/// alone, as it writes a person's ("Mourinho has won the biggest prize"). A place the
/// gazetteer knows keeps its reading, and so does a name whose second word is a place's
/// own ("Victoria Falls", "Alice Springs") or a common word ("Florence Road").
pub(super) fn people_read_as_places(lines: &[Vec<tokens::Word<'_>>], mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| m.kind == Kind::Place && m.tagged) {
        let &[given, surname] = &m.name.split(' ').collect::<Vec<_>>()[..] else {
            continue;
        };
        let folded = fold(surname);
        if !lexicon::is_first_name(&fold(given))
            || !surname.starts_with(char::is_uppercase)
            || gazetteer::is_common_word(&folded)
            || tagger::PLACE_KIND_NOUNS.contains(&folded.as_str())
            || place(&m.name).is_some()
            || place(surname).is_some()
            || known_org(&m.name).is_some()
        {
            continue;
        }
        let alone = lines.iter().any(|words| {
            words.iter().enumerate().any(|(i, w)| {
                w.text == surname
                    && (i == 0 || words[i - 1].break_after || !words[i - 1].is_capitalized())
                    && (w.break_after || words.get(i + 1).is_none_or(|next| !next.is_capitalized()))
            })
        });
        if alone {
            m.kind = Kind::Person;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::entities::extract_text;

    #[test]
    fn a_person_read_as_a_place_after_in_is_the_person_the_article_names_alone() {
        let text = "They have an outstanding manager in Jose Mourinho and money to spend. \
                    Mourinho has won the biggest prize of all.";
        let found = extract_text(None, text);
        assert!(found.people.contains(&"Jose Mourinho".to_string()), "{found:?}");
        assert!(!found.places.contains(&"Jose Mourinho".to_string()), "{found:?}");
        // A place's own second word ("Falls") is never a surname.
        let text = "The tourists stayed in Victoria Falls for a week. The Falls were busy.";
        assert!(extract_text(None, text).people.is_empty(), "{text}");
    }

    #[test]
    fn a_determiner_opening_a_sentence_is_not_part_of_the_name() {
        let e =
            extract_text(None, "Neither Palomino nor his lawyer would comment on Tuesday. Palomino left.");
        assert_eq!(e.people, ["Palomino"]);
    }

    #[test]
    fn a_place_modifier_or_a_treasurer_is_no_part_of_a_name() {
        let e = extract_text(
            None,
            "The San Francisco-based Balco laboratory was raided on Friday. Balco denied it.\n\
             Treasurer Paul Keating said the deficit would fall.",
        );
        assert!(e.people.iter().all(|p| !p.contains("-based")), "{e:?}");
        assert!(e.people.contains(&"Paul Keating".to_string()), "{e:?}");
        assert!(e.people.iter().all(|p| !p.contains("Treasurer")), "{e:?}");
    }

    #[test]
    fn names_need_no_cue_words() {
        // The rules needed a known first name, a title or "said" to believe in a person;
        // the tagger reads the context.
        let e = extract_text(None, "at the Kreuzberg Bakehouse party with Adebayo Ogunleye present");
        assert_eq!(e.people, ["Adebayo Ogunleye"]);
        let e = extract_text(None, "with Adebayo Ogunleye present. Mr Ogunleye said no.");
        assert_eq!(e.people, ["Adebayo Ogunleye"]);
        assert_eq!(e.person_aliases, [["Ogunleye"]]);
    }

    #[test]
    fn sentence_openers_and_party_labels_are_not_part_of_a_name() {
        let e = extract_text(None, "Besides Reagan, nobody came. President Reagan left early.");
        assert_eq!(e.people, ["Reagan"]);
        let e = extract_text(None, "Tory Liam Fox attacked the plan. Lib Dem Norman Baker agreed with him.");
        assert_eq!(e.people, ["Liam Fox", "Norman Baker"]);
        let e = extract_text(None, "Lib Dem MP Lembit Opik said ministers had invented a problem.");
        assert_eq!(e.people, ["Lembit Opik"]);
    }

    #[test]
    fn an_occupation_before_a_name_is_no_part_of_it() {
        let e = extract_text(None, "Actress Elizabeth Hurley attended the premiere in London on Monday.");
        assert_eq!(e.people, ["Elizabeth Hurley"]);
    }

    #[test]
    fn old_abbreviations_of_given_names_start_a_persons_name() {
        let e = extract_text(
            Some("Court news"),
            "In the case of Wm. Thompson vs. Chas. Baker the jury found for the plaintiff. Geo. W. Harris, Jr., \
             testified for the defence, and Jas. Patterson was fined five dollars. Thos. Reilly, Sr., of this \
             city was excused.",
        );
        assert_eq!(
            e.people,
            ["Wm. Thompson", "Chas. Baker", "Geo. W. Harris", "Jas. Patterson", "Thos. Reilly"],
            "{e:?}"
        );
        // William Thompson named in full later is the same man.
        let e = extract_text(None, "Wm. Thompson was elected. Later William Thompson thanked the voters.");
        assert_eq!(e.people.len(), 1, "{e:?}");
    }

    #[test]
    fn a_nickname_in_quotes_is_another_name_of_the_person() {
        let e = extract_text(
            Some("Union boss"),
            "The union leader James \"Big Jim\" Callahan told the meeting the strike would go on.",
        );
        assert_eq!(e.people, ["James Callahan"], "{e:?}");
        assert_eq!(e.person_aliases, [vec!["Big Jim".to_string()]]);
    }

    #[test]
    fn a_maiden_name_is_no_person_of_its_own() {
        let e = extract_text(
            Some("Social notes"),
            "Mrs. Mary Smith (née Brown) entertained friends at her home on Tuesday. Miss Ann Jones, nee \
             Green, of the same street, was among the guests. Later J. J. Brown spoke to the council.",
        );
        assert_eq!(e.people, ["Mary Smith", "Ann Jones", "J. J. Brown"], "{e:?}");
        assert_eq!(e.person_aliases[0], ["Mary Brown"]);
        assert_eq!(e.person_aliases[1], ["Ann Green"]);
        assert!(e.person_aliases[2].is_empty(), "{e:?}");
    }

    #[test]
    fn a_name_the_tagger_cut_in_two_is_joined_where_the_article_writes_it_whole() {
        let e = extract_text(
            None,
            "Ecuador's deputy energy minister Fernando Santos Alvite arrived here last night for talks \
             on further assistance to his country's oil industry, officials said.\n\
             Santos Alvite last night met the energy minister and will today hold talks.",
        );
        assert_eq!(e.people, ["Fernando Santos Alvite"], "{e:?}");
    }
}
