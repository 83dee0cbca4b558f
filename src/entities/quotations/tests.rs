//! Tests of [`super`]: quotations and their speakers, as an article's text gives them.
use super::*;

fn people(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| n.to_string()).collect()
}

/// (speaker, quote) of each quotation of `body`.
fn said(body: &str, names: &[&str]) -> Vec<(Option<String>, String)> {
    quotations(body, &people(names)).into_iter().map(|q| (q.speaker, q.text)).collect()
}

fn one(speaker: &str, text: &str) -> (Option<String>, String) {
    (Some(speaker.to_string()), text.to_string())
}

#[test]
fn a_place_or_a_capitalized_common_word_is_no_speaker_beside_the_one_who_speaks() {
    let names = ["Gustavo Petricioli", "Beryl Sprinkel", "Miguel Braceras"];
    assert_eq!(
        said(
            "Mexico, Colombia, Argentina and others rejected such action and Mexican finance minister \
             Gustavo Petricioli merely said, \"We want to negotiate.\"",
            &names
        ),
        [one("Gustavo Petricioli", "We want to negotiate.")]
    );
    assert_eq!(
        said(
            "Beryl Sprinkel spoke in Washington. Of Brazil, he said, \"The debt talks must go on.\"",
            &names
        ),
        [one("Beryl Sprinkel", "The debt talks must go on.")]
    );
    assert_eq!(
        said(
            "\"Exports will rise,\" Agriculture, Livestock and Fisheries Under-Secretary Miguel Braceras \
             said.",
            &names
        ),
        [one("Miguel Braceras", "Exports will rise")]
    );
    // A country alone before its verb speaks for its government; a firm keeps its name.
    assert_eq!(
        said("Iran said: \"The Gulf must stay open to all.\"", &[]),
        [one("Iran", "The Gulf must stay open to all.")]
    );
    assert_eq!(
        said("General Motors said: \"Sales will recover in the spring.\"", &[]),
        [one("General Motors", "Sales will recover in the spring.")]
    );
    // People unnamed in capitals at a sentence's head.
    let q = &quotations("Consumers said: \"Prices are far too high now.\"", &[])[0];
    assert_eq!((q.speaker.as_deref(), q.kind), (None, SpeakerKind::Unnamed));
    // A common word that names one of the article's people is a name.
    assert_eq!(
        said("Size, whose album won the prize, said: \"We never expected to win it.\"", &["Roni Size"]),
        [one("Roni Size", "We never expected to win it.")]
    );
}

#[test]
fn a_surname_alone_is_the_full_name_given_earlier_with_its_particle_or_second_surname() {
    let names = ["Mario Rodriguez Montero", "Jose Eduardo dos Santos"];
    assert_eq!(
        said(
            "Mario Rodriguez Montero spoke in Costa Rica. Rodriguez said: \"The region needs trade.\"",
            &names
        ),
        [one("Mario Rodriguez Montero", "The region needs trade.")]
    );
    let q = &quotations("\"The war is over,\" dos Santos said.", &[])[0];
    assert_eq!(q.speaker.as_deref(), Some("dos Santos"));
}

#[test]
fn a_role_or_a_people_after_a_name_is_that_person_and_a_coordinated_verb_its_subject() {
    let names = ["Rio Ferdinand", "Stefan Koubek", "Marlin Fitzwater"];
    assert_eq!(
        said(
            "\"No one knows what he will bring,\" said Rio Ferdinand. The central defender added: \"We \
             will have to wait and see.\"",
            &names
        ),
        [
            one("Rio Ferdinand", "No one knows what he will bring"),
            one("Rio Ferdinand", "We will have to wait and see.")
        ]
    );
    assert_eq!(
        said("Stefan Koubek withdrew. \"My wrist is still sore,\" the 27-year-old Austrian said.", &names),
        [one("Stefan Koubek", "My wrist is still sore")]
    );
    assert_eq!(
        said(
            "Later, White House spokesman Marlin Fitzwater defended the new sanctions against Japan and \
             said: \"We had no choice in the matter.\"",
            &names
        ),
        [one("Marlin Fitzwater", "We had no choice in the matter.")]
    );
}

#[test]
fn an_attribution_between_two_quotes_run_into_one_line_ends_the_first() {
    let q = quotations(
        "The minister said: \"We are deeply concerned by the shortages in the sector. A spokesman for \
         the union said: \"We are not finished with this at all.\"",
        &[],
    );
    let texts: Vec<&str> = q.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        texts,
        ["We are deeply concerned by the shortages in the sector.", "We are not finished with this at all."]
    );
    assert_eq!(q[1].kind, SpeakerKind::Unnamed);
    assert_eq!(q[1].speaker_as_written.as_deref(), Some("A spokesman for the union"));
    // A quote's own sentences run on: "We said no." is the speaker's.
    let q = quotations("He said: \"We met them. We said no. \"And we will say it again.\"", &[]);
    assert_eq!(q.len(), 1, "{q:#?}");
}

#[test]
fn a_quote_is_its_speaker_s_after_the_closing_mark_in_every_order() {
    let names = ["Michael Howard", "Tony Blair"];
    assert_eq!(
        said("\"We will cut taxes,\" said Mr Howard.", &names),
        [one("Michael Howard", "We will cut taxes")]
    );
    assert_eq!(
        said("“We will cut taxes,” Mr Howard said on Sunday.", &names),
        [one("Michael Howard", "We will cut taxes")]
    );
    assert_eq!(
        said("Tony Blair spoke in Hull. \"Taxes will not rise,\" he said.", &names),
        [one("Tony Blair", "Taxes will not rise")]
    );
    assert_eq!(
        said("Mr Blair was in Hull.\n\n\"Is that a promise on tax?\" he asked.", &names),
        [one("Tony Blair", "Is that a promise on tax?")]
    );
    let q = &quotations("\"We will cut taxes,\" he added.", &people(&names))[0];
    // No one is named before it: unknown, with the words as written.
    assert_eq!(q.speaker, None);
    assert_eq!(q.speaker_as_written.as_deref(), Some("he"));
    assert_eq!(q.attribution.as_deref(), Some("he added"));
}

#[test]
fn a_quote_is_its_speaker_s_before_the_opening_mark() {
    let names = ["Tony Blair", "Patricia Hewitt"];
    assert_eq!(
        said("Mr Blair said: \"We will not raise the basic rate of income tax.\"", &names),
        [one("Tony Blair", "We will not raise the basic rate of income tax.")]
    );
    assert_eq!(
        said("Mr Blair spoke in Hull. He told the BBC: \"Our promise on tax stands.\"", &names),
        [one("Tony Blair", "Our promise on tax stands.")]
    );
    assert_eq!(
        said("Mr Blair added: ‘There will be no tax rises for the many.’", &names),
        [one("Tony Blair", "There will be no tax rises for the many.")]
    );
    assert_eq!(
        said("The Trade Secretary, Patricia Hewitt, said: \"Maternity pay will rise by £1,400.\"", &names),
        [one("Patricia Hewitt", "Maternity pay will rise by £1,400.")]
    );
}

#[test]
fn a_name_inside_an_opponent_s_quote_is_not_its_speaker() {
    let body = "“Mr Blair said exactly the same thing in 1997, and taxes went up 66 times,” said Mr \
                Howard.\n\n\"Tony Blair has made promises on tax before,\" he said.";
    assert_eq!(
        said(body, &["Michael Howard", "Tony Blair"]),
        [
            one("Michael Howard", "Mr Blair said exactly the same thing in 1997, and taxes went up 66 times"),
            one("Michael Howard", "Tony Blair has made promises on tax before"),
        ]
    );
}

#[test]
fn a_role_is_the_person_the_article_gives_it() {
    let body = "Prime Minister Tony Blair met Michael Howard.\n\nMr Howard left early. \"We will not \
                raise income tax,\" the prime minister said.";
    assert_eq!(
        said(body, &["Tony Blair", "Michael Howard"]),
        [one("Tony Blair", "We will not raise income tax")]
    );
    // Not given to anyone: as a pronoun.
    let body = "Mr Blair was in Hull. \"We will not raise income tax,\" the prime minister said.";
    assert_eq!(said(body, &["Tony Blair"]), [one("Tony Blair", "We will not raise income tax")]);
    // An unnamed spokesman is no one named before him.
    let body = "Mr Blair was in Hull. \"We will not raise income tax,\" a Downing Street spokesman said.";
    let q = &quotations(body, &people(&["Tony Blair"]))[0];
    assert_eq!(
        (q.speaker.as_deref(), q.speaker_as_written.as_deref()),
        (None, Some("a Downing Street spokesman"))
    );
}

#[test]
fn she_and_he_skip_the_people_of_the_other_gender() {
    let body = "Ms Hewitt spoke after Mr Brown. \"Maternity pay will rise,\" she said.";
    assert_eq!(
        said(body, &["Patricia Hewitt", "Gordon Brown"]),
        [one("Patricia Hewitt", "Maternity pay will rise")]
    );
}

#[test]
fn a_pronoun_far_from_any_name_is_unknown() {
    let body = "Mr Blair spoke.\n\nIt rained.\n\nIt rained more.\n\nStill it rained.\n\n\"Taxes will not rise,\" he said.";
    assert_eq!(said(body, &["Tony Blair"]), [(None, "Taxes will not rise".to_string())]);
}

#[test]
fn a_quote_runs_over_paragraphs_opening_with_a_quote_mark() {
    let body = "Mr Blair said: \"We will not raise the basic rate.\n\n\"Nor the top rate.\"\n\nThen he left.";
    assert_eq!(
        said(body, &["Tony Blair"]),
        [one("Tony Blair", "We will not raise the basic rate. Nor the top rate.")]
    );
    // Two such paragraphs run into one line.
    let body = "Ms Hewitt said: \"We have doubled maternity pay. \"We are going to extend it.\" She left.";
    assert_eq!(
        said(body, &["Patricia Hewitt"]),
        [one("Patricia Hewitt", "We have doubled maternity pay. We are going to extend it.")]
    );
    // Attributed at its end.
    let body = "\"We will not raise the basic rate.\n\n\"Nor the top rate,\" Mr Blair said.";
    assert_eq!(
        said(body, &["Tony Blair"]),
        [one("Tony Blair", "We will not raise the basic rate. Nor the top rate")]
    );
}

#[test]
fn a_quote_after_its_speaker_s_quote_or_reported_speech_is_theirs() {
    let body = "\"We will cut taxes,\" said Mr Howard. \"And we will cut waste too.\"";
    assert_eq!(
        said(body, &["Michael Howard"]),
        [one("Michael Howard", "We will cut taxes"), one("Michael Howard", "And we will cut waste too.")]
    );
    let body = "She said mothers were entitled to 12 months. \"We have made a firm commitment.\"";
    let q = quotations(&format!("Ms Hewitt spoke. {body}"), &people(&["Patricia Hewitt"]));
    assert_eq!(q[0].speaker.as_deref(), Some("Patricia Hewitt"));
    assert_eq!(q[0].attributed, Some(Attributed::Context));
}

#[test]
fn a_partial_quote_is_the_speaker_s_of_its_sentence_not_another_s_named_there() {
    let names = ["Liam Fox", "Tony Blair", "Gordon Brown"];
    assert_eq!(
        said("Liam Fox said Labour's plans showed Mr Blair was \"terrified of facing scrutiny\".", &names),
        [one("Liam Fox", "terrified of facing scrutiny")]
    );
    // A name in apposition: "Lord Strathclyde, Tory leader in the Lords," is no "Lords".
    let q = quotations(
        "Lord Strathclyde, Tory leader in the Lords, said the bill would be \"substantially re-written\".",
        &[],
    );
    assert_eq!(q[0].speaker.as_deref(), Some("Lord Strathclyde"));
    // Words another is said to use: not the sentence's speaker's.
    assert_eq!(
        said("Mr Brown announced cuts - described by one union as a \"bonfire of the quangos\".", &names),
        [(None, "bonfire of the quangos".to_string())]
    );
    // The speaker of the verb nearest the quote.
    let body = "The Lib Dems say they will look at his plans, but Tory Liam Fox said his party offered a \
                \"clear choice\" on the issue.";
    assert_eq!(quotations(body, &people(&names))[0].speaker.as_deref(), Some("Liam Fox"));
    // A clause is no speaker: "the barrister who had represented Mr Blair".
    let body =
        "The barrister who had represented Mr Blair had said the rules were \"weighted overwhelmingly\".";
    assert!(said(body, &names).is_empty());
}

#[test]
fn a_he_who_leads_a_sentence_is_not_the_man_that_sentence_names() {
    // "He suggested that Lord Falconer…": the next "he" is still the Attorney General.
    let body = "Lord Goldsmith spoke on Tuesday. He suggested the claim that Lord Falconer had drafted \
                the answer was wrong. \"I set out my own view,\" he said.";
    assert_eq!(said(body, &["Goldsmith", "Falconer"]), [one("Lord Goldsmith", "I set out my own view")]);
    // A spokesman said to speak: a "he" after him is no one named before him.
    let body = "Mr Blair spoke. A Labour spokesman said the party obeyed the rules. \"We ask which party \
                they will vote for,\" he said.";
    assert_eq!(said(body, &["Tony Blair"]), [(None, "We ask which party they will vote for".to_string())]);
}

#[test]
fn the_full_stop_of_initials_ends_no_sentence_a_he_reads_back_over() {
    // "U.N. Secretary General…" is the sentence Anthony Cordesman is said to speak, not
    // one of its own whose first name is Javier Perez de Cuellar.
    let names = ["Anthony Cordesman", "Javier Perez de Cuellar"];
    let body = "Anthony Cordesman, author of a new book on the war, said the United States chose a \
                limited target to keep alive the possibility that U.N. Secretary General Javier Perez de \
                Cuellar might still persuade Iran.\n\n\"We want the U.N. peace initiative to work,\" he said.";
    assert_eq!(said(body, &names), [one("Anthony Cordesman", "We want the U.N. peace initiative to work")]);
    // Nor a partial quote's sentence: "Lawson said the U.S. Should embark on "…"".
    let body = "Lawson said the U.S. Should embark on \"a gradual reduction of its fiscal deficits.\"";
    assert_eq!(
        said(body, &["Nigel Lawson"]),
        [one("Nigel Lawson", "a gradual reduction of its fiscal deficits.")]
    );
}

#[test]
fn a_he_is_the_last_one_named_as_speaker_or_subject_not_any_one_named() {
    // The broker his role follows is no one; the analyst the attribution names is "he".
    let names = ["Janney Montgomery", "Louis Marckesano"];
    let body = "\"It paves the way for better value,\" said Janney Montgomery analyst Louis Marckesano of \
                the sale.\n\n\"Technically, you didn't know what was going to happen,\" he said.";
    assert_eq!(
        said(body, &names),
        [
            one("Louis Marckesano", "It paves the way for better value"),
            one("Louis Marckesano", "Technically, you didn't know what was going to happen")
        ]
    );
    // A speaker the article does not list is still the one "she" follows.
    let body = "\"The industry wants a plan now,\" Fairbanks said.\n\nMarkets were calm. \"The cost \
                would be recaptured,\" she said.";
    assert_eq!(said(body, &[])[1], one("Fairbanks", "The cost would be recaptured"));
    // A man named as what another said, hoped or did is not the "he" after it.
    let names = ["John Smith", "Peter Jones"];
    let body = "Mr Smith spoke in Leeds. The council said it hoped Peter Jones would stay. \"We will win \
                the vote,\" he said.";
    assert_eq!(said(body, &names), [one("John Smith", "We will win the vote")]);
    let body = "The bill was sponsored by Peter Jones. \"We will win the vote,\" he said.";
    assert_eq!(said(body, &names), [(None, "We will win the vote".to_string())]);
}

#[test]
fn a_comma_after_the_closing_mark_or_a_long_role_leaves_the_attribution_after_it() {
    let names = ["Frank-Juergen Weise", "Gavin Patterson", "Roy Asher", "Ward McCarthy"];
    let body = "The increase \"was due primarily to the onstart of winter\", labour office chief \
                Frank-Juergen Weise said.";
    assert_eq!(
        said(body, &names),
        [one("Frank-Juergen Weise", "was due primarily to the onstart of winter")]
    );
    let body = "Gavin Patterson of BT spoke. Monitoring was \"quite a task in itself\", he added.";
    assert_eq!(said(body, &names), [one("Gavin Patterson", "quite a task in itself")]);
    let body = "\"Ireland ticks all the boxes,\" Roy Asher, chief investment officer of Hibernian \
                Investment Managers, told Reuters.";
    assert_eq!(said(body, &names), [one("Roy Asher", "Ireland ticks all the boxes")]);
    let body = "\"The increase was broadbased,\" noted Ward McCarthy of Merrill Lynch.";
    assert_eq!(said(body, &names), [one("Ward McCarthy", "The increase was broadbased")]);
    // A name after a preposition or "is" is still the subject; a role's verb is found
    // behind it.
    let names = ["Murilo Rubens Habbema", "Matthew Warchus", "Kevin Wallace", "Marc Morin"];
    let body = "The head of the authority, Murilo Rubens Habbema, was quoted as saying so. \"Brazil is \
                in a crisis,\" he said.";
    assert_eq!(said(body, &names), [one("Murilo Rubens Habbema", "Brazil is in a crisis")]);
    let body = "\"There will be no singing Hobbits,\" said Mr Wallace. The musical's director is Matthew \
                Warchus, best known for Art. \"It will be a hybrid of text and music,\" he said.";
    assert_eq!(said(body, &names)[1], one("Matthew Warchus", "It will be a hybrid of text and music"));
    let body = "Networks must cope, said Sandvine's chief technology officer Marc Morin. Providers are \
                making their networks intelligent. \"It is a clarion call,\" he said.";
    assert_eq!(said(body, &names), [one("Marc Morin", "It is a clarion call")]);
    // The man reported speech opens with is not who said it.
    let names = ["Paul Jones", "Manfred Mann", "Ray Charles"];
    let body = "Former Manfred Mann singer Paul Jones, who sang on 1960s hits such as Come Tomorrow, said \
                Charles was one of his heroes. \"I'm quite sure my own writing was influenced by him,\" he \
                told BBC News Online.";
    assert_eq!(
        said(body, &names),
        [one("Paul Jones", "I'm quite sure my own writing was influenced by him")]
    );
    // Another clause after the comma: the sentence's speaker, not the clause's subject.
    let body = "Mr Fox said the plans were \"a con on voters\", and the party said it would fight them.";
    assert_eq!(said(body, &["Liam Fox"]), [one("Liam Fox", "a con on voters")]);
}

#[test]
fn a_name_with_a_long_role_after_the_quote_is_its_speaker_not_the_one_quoted_before() {
    let names = ["Ian Warhaftig", "Peter Giles"];
    let body = "\"This flurry of new technology could yield systems,\" said Ian Warhaftig, a senior analyst \
                with International Data Corp, Framingham, Mass.\n\n\"We're developing new systems,\" Peter \
                Giles, vice president and general manager of Kodak's mass memory division, said in a recent \
                interview.";
    assert_eq!(
        said(body, &names),
        [
            one("Ian Warhaftig", "This flurry of new technology could yield systems"),
            one("Peter Giles", "We're developing new systems")
        ]
    );
}

#[test]
fn a_quote_opened_by_x_said_is_x_s_whatever_the_next_sentence_names() {
    let body = "Mr McLetchie asked: \"Will the smokers become criminals?\" The Green health \
                spokeswoman, Eleanor Scott, said she was pleased.";
    assert_eq!(
        said(body, &["David McLetchie", "Eleanor Scott"]),
        [one("David McLetchie", "Will the smokers become criminals?")]
    );
    // A titled name after words that are no name: "In the interview Mr Howard said:".
    let body = "In the Cosmopolitan interview Mr Howard said: \"I believe abortion should be available.\"";
    assert_eq!(
        said(body, &["Michael Howard"]),
        [one("Michael Howard", "I believe abortion should be available.")]
    );
}

#[test]
fn a_he_after_a_role_heading_its_sentence_is_the_role_s_holder_or_no_one() {
    let body = "Tony Blair was in Hull. The Tory leader countered that the deals were struck at \
                dinners. He declared: \"He is the deals on meals prime minister.\"";
    assert_eq!(said(body, &["Tony Blair"]), [(None, "He is the deals on meals prime minister.".to_string())]);
    let body = format!("Tory leader Michael Howard spoke in Leeds. {body}");
    assert_eq!(
        said(&body, &["Tony Blair", "Michael Howard"]),
        [one("Michael Howard", "He is the deals on meals prime minister.")]
    );
}

#[test]
fn a_he_is_the_one_named_after_a_possessive_not_the_possessor() {
    let body = "Wenger's Bayern counterpart Felix Magath was in no mood to celebrate. He said: \"I am \
                far from happy.\"";
    assert_eq!(said(body, &["Arsene Wenger", "Felix Magath"]), [one("Felix Magath", "I am far from happy.")]);
}

#[test]
fn a_he_after_someone_s_spokesman_is_the_spokesman() {
    let body = "On Monday, Tony Blair's official spokesman declined to say whether the prime minister \
                backed the plans. He said: \"Let's wait for that process to complete itself.\"";
    assert_eq!(
        kinds(body, &["Tony Blair"]),
        [(None, Some("Tony Blair's official spokesman".to_string()), SpeakerKind::Unnamed)]
    );
    // His friend named is no one unnamed.
    let body = "Mr Blair's friend Peter Mandelson spoke. \"We will win,\" he said.";
    assert_eq!(said(body, &["Tony Blair", "Peter Mandelson"]), [one("Peter Mandelson", "We will win")]);
}

#[test]
fn a_union_or_place_after_a_leader_s_role_is_not_who_speaks() {
    let body = "Juan Lechin Oquendo, the veteran secretary general of the Bolivian Labour Organization, \
                COB, told reporters: \"I am joining the fast.\"";
    assert_eq!(said(body, &["Juan Lechin Oquendo"]), [one("Juan Lechin Oquendo", "I am joining the fast.")]);
    let body = "Lindner, the Cincinnati, Ohio, investor who controls American Financial Corp, said: \"We \
                have no plans to sell.\"";
    assert_eq!(said(body, &["Carl Lindner"]), [one("Carl Lindner", "We have no plans to sell.")]);
}

#[test]
fn two_named_together_both_speak() {
    let body = "UAW president Owen Bieber and vice president Marc Stepp said in a statement: \"We believe \
                our members' interests can be well served.\"";
    let q = &quotations(body, &people(&["Owen Bieber", "Marc Stepp"]))[0];
    assert_eq!(q.speaker.as_deref(), Some("Owen Bieber and Marc Stepp"));
    assert_eq!(q.speakers, ["Owen Bieber", "Marc Stepp"]);
    assert!(speaks(q, "Stepp") && speaks(q, "Owen Bieber") && !speaks(q, "Owen Stepp"));
    // A firm's name is no two people.
    let q = &quotations("\"Sales rose by a tenth this year,\" Marks and Spencer said.", &[])[0];
    assert!(q.speakers.len() < 2, "{q:?}");
}

#[test]
fn a_relative_clause_with_a_number_leaves_the_name_before_it_the_speaker() {
    let body = "\"That troubles me,\" the UAW leader told reporters.\n\nBieber, whose union has 1.1 mln \
                members, said that with Greenspan heading the Fed, \"I'm afraid it means a continuation of \
                the same policies.\"";
    let q = quotations(body, &people(&["Owen Bieber", "Alan Greenspan"]));
    assert_eq!(q[1].speaker.as_deref(), Some("Owen Bieber"));
}

#[test]
fn a_closing_mark_typed_after_a_space_ends_the_quote() {
    let names = ["Eric Abensur", "Ian Templeton"];
    let body = "Wanadoo goes head to head with BT. \"Voice-over broadband is a key trend, \" Eric Abensur, \
                Wanadoo's chief executive, told the BBC. Mr Templeton said he agreed. \"Voice-over-packet is \
                the second killer application,\" he said.";
    assert_eq!(
        said(body, &names),
        [
            one("Eric Abensur", "Voice-over broadband is a key trend"),
            one("Ian Templeton", "Voice-over-packet is the second killer application")
        ]
    );
}

#[test]
fn apostrophes_are_no_quote_marks() {
    let body = "Mr Blair's plan and the Tories' plan differ. ‘The ’90s are over,’ said Mr Blair. It's \
                'rock 'n' roll' politics.";
    assert_eq!(said(body, &["Tony Blair"]), [one("Tony Blair", "The ’90s are over")]);
}

#[test]
fn a_word_in_quotes_said_by_no_one_is_no_quotation() {
    assert!(said("The Tories called the plan \"desperate\" on Sunday.", &[]).is_empty());
    // A sentence with no one said to speak it is listed, unknown.
    assert_eq!(
        said("\"This will never happen again.\"", &[]),
        [(None, "This will never happen again.".to_string())]
    );
}

#[test]
fn a_name_set_in_quotes_is_no_quotation_of_the_speaker_near_it() {
    let body = "Asked if he agreed with analysts who called the stock sell-off \"Black Monday,\" \
                Nakasone said: \"Compared with times past, economics have changed completely.\"";
    assert_eq!(
        said(body, &["Yasuhiro Nakasone"]),
        [one("Yasuhiro Nakasone", "Compared with times past, economics have changed completely.")]
    );
    for name in ["The Cosby Show", "Beverly Hills Cop II", "Lord of the Rings"] {
        assert!(said(&format!("\"{name},\" he said."), &[]).is_empty(), "{name}");
    }
    // Words said stay: a quote in capitals, one of words in lower case.
    let kept = |body: &str| said(body, &["Tony Blair"]).len();
    assert_eq!(kept("\"WE WILL WIN,\" Tony Blair said."), 1);
    assert_eq!(kept("\"We Will win,\" Tony Blair said."), 1);
    // A label in brackets, the whole of them.
    let price = "Tony Blair said the price stays above the upper intervention (\"may sell\") price.";
    assert!(said(price, &["Tony Blair"]).is_empty());
    assert_eq!(kept("Tony Blair spoke (\"We will win,\" he said) in Hull."), 1);
}

#[test]
fn a_sentence_after_a_quote_is_no_attribution() {
    let body = "Ms Hewitt said: \"We will extend pay.\" She said ministers would consult.";
    let q = quotations(body, &people(&["Patricia Hewitt"]));
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].attribution.as_deref(), Some("Ms Hewitt said:"));
}

#[test]
fn odd_text_never_panics_and_a_quote_is_capped() {
    let long = format!("He said: \"{}", "word ".repeat(5000));
    let q = quotations(&long, &[]);
    assert_eq!(q.len(), 1);
    assert!(q[0].text.chars().count() <= MAX_QUOTE_CHARS + 1 && q[0].text.ends_with('…'));
    for odd in
        ["\"", "\"\"", "'", "“”", "” “", "said: \"", "\" said", "’’’", "a\"b\"c", "“\n\n“\n\n“", ",\" he"]
    {
        let _ = quotations(odd, &people(&["He"]));
    }
}

/// (speaker, as written, kind) of each quotation of `body`.
fn kinds(body: &str, names: &[&str]) -> Vec<(Option<String>, Option<String>, SpeakerKind)> {
    quotations(body, &people(names)).into_iter().map(|q| (q.speaker, q.speaker_as_written, q.kind)).collect()
}

#[test]
fn unnamed_sources_are_unnamed_whatever_their_capitals_or_what_follows_them() {
    let unnamed = |written: &str| (None, Some(written.to_string()), SpeakerKind::Unnamed);
    assert_eq!(kinds("Sources said the plan was \"all but agreed\".", &[]), [unnamed("Sources")]);
    assert_eq!(
        kinds("Sources close to the leader said: \"It will pass.\"", &[]),
        [unnamed("Sources close to the leader")]
    );
    assert_eq!(
        kinds("A spokesman for the LSE said: \"We have been talking.\"", &[]),
        [unnamed("A spokesman for the LSE")]
    );
    assert_eq!(kinds("\"Prices will fall,\" analysts said.", &[]), [unnamed("analysts")]);
    // A country's initials are no one's name: "U.S" was the speaker of these.
    assert_eq!(
        kinds("\"We are together on this,\" said one U.S. trade official.", &[]),
        [unnamed("one U.S. trade official")]
    );
    assert_eq!(
        kinds("\"It is a key,\" said one major U.S. coffee importer.", &[]),
        [unnamed("one major U.S. coffee importer")]
    );
    // A "he" standing for an unnamed spokesman: who, as the article wrote him.
    let body = "Shares rose, a company spokesman said on Monday.\n\n\"We are pleased,\" he told Reuters.";
    assert_eq!(kinds(body, &[]), [unnamed("a company spokesman")]);
    // Named: a person, and a name the article does not list.
    assert_eq!(
        kinds("\"We will cut taxes,\" said Mr Howard.", &["Michael Howard"]),
        [(Some("Michael Howard".into()), Some("Mr Howard".into()), SpeakerKind::Person)]
    );
}

#[test]
fn words_opening_a_sentence_and_roles_are_no_names() {
    for body in [
        "Separately, the Bundesbank warned that rates were \"far too low\".",
        "Overall, he said: \"It was a good year for us all.\"",
        "In September said: \"It was a good year for us all.\"",
        "Five said: \"It was a good year for us all.\"",
    ] {
        let q = quotations(body, &[]);
        assert!(q.iter().all(|q| q.speaker.is_none()), "{body}: {q:?}");
    }
    // "The Foreign Secretary" is the one the article named so.
    let body =
        "Foreign Secretary Jack Straw flew to Washington.\n\nThe Foreign Secretary said: \"We will talk.\"";
    assert_eq!(said(body, &["Jack Straw"]), [one("Jack Straw", "We will talk.")]);
    // A description beside a name is no name: "Dr Anita Shah, a local GP".
    let body = "Dr Anita Shah, a local GP, said the closures were \"short-sighted\".";
    assert_eq!(said(body, &["Anita Shah"]), [one("Anita Shah", "short-sighted")]);
    // "editor of fansite Halo.Bungie.Org" is no one's name: the name before it is.
    let body = "Claude Errera, editor of fansite Halo.Bungie.Org, said: \"Bungie got everything right.\"";
    assert_eq!(said(body, &[]), [one("Claude Errera", "Bungie got everything right.")]);
}

#[test]
fn according_to_and_a_name_heading_a_paragraph_attribute_a_quote() {
    let names = ["Michael Owen", "John Binks", "Alex Ferguson"];
    let body = "When asked about his future, Owen said: \"I've not thought about it.\"\n\n\
                \"The UK is the largest display market in Europe,\" according to John Binks, director of GfK.\n\n\
                - Manchester United boss Sir Alex Ferguson: \"It wasn't our best performance.\"";
    assert_eq!(
        said(body, &names),
        [
            one("Michael Owen", "I've not thought about it."),
            one("John Binks", "The UK is the largest display market in Europe"),
            one("Alex Ferguson", "It wasn't our best performance."),
        ]
    );
    let body = "According to the chief librarian, Susan Park, \"Visitor numbers have risen every year.\"";
    assert_eq!(said(body, &["Susan Park"]), [one("Susan Park", "Visitor numbers have risen every year.")]);
}

#[test]
fn a_name_after_a_preposition_in_the_pronoun_s_sentence_is_not_who_it_is() {
    let body = "Cate Blanchett, who won for playing late screen legend Katharine Hepburn in The Aviator, \
                said it was an honour. Of Hepburn, she said: \"Her career is inspiring.\"";
    assert_eq!(
        said(body, &["Cate Blanchett", "Katharine Hepburn"]),
        [one("Cate Blanchett", "Her career is inspiring.")]
    );
}

#[test]
fn a_title_typed_keeps_to_its_gender_and_the_surname() {
    let quote = |speaker: &str, written: &str| {
        quotations(&format!("\"We will win,\" said {written}."), &people(&[speaker])).remove(0)
    };
    let tony = quote("Tony Blair", "Mr Blair");
    assert!(speaks(&tony, "Blair") && speaks(&tony, "Mr Blair") && !speaks(&tony, "Mrs Blair"));
    let archer = quote("Howard Archer", "Howard Archer");
    assert!(speaks(&archer, "Howard") && !speaks(&archer, "Mr Howard"));
}

#[test]
fn a_speaker_is_named_by_the_surname_or_the_full_name_titles_left_out() {
    assert!(is_speaker("Tony Blair", "Blair"));
    assert!(is_speaker("Tony Blair", "Mr Blair"));
    assert!(is_speaker("Tony Blair", "tony blair"));
    assert!(!is_speaker("Michael Howard", "Blair"));
    assert!(!is_speaker("Tony Blair", "Cherie Blair"));
    // A title after the given name is the surname.
    assert!(!is_speaker("Mervyn Davies", "Mervyn King"));
    assert!(is_speaker("Mervyn King", "Mervyn King") && is_speaker("Mervyn King", "Mr King"));
}

#[test]
fn a_peer_is_named_as_the_article_titles_him_or_her_not_as_a_namesake() {
    // "Baroness Kennedy" is no Charles Kennedy of the article: a peer's title before a
    // surname alone is that peer, as written.
    let body = "Liberal Democrat leader Charles Kennedy spoke first. Labour peer Baroness Kennedy, who \
                chairs the inquiry, said people distrusted politicians. \"This feeling of distrust is \
                going to be enlarged,\" she said.";
    assert_eq!(
        said(body, &["Charles Kennedy", "Kennedy"]),
        [one("Baroness Kennedy", "This feeling of distrust is going to be enlarged")]
    );
    let body = "Lord Hoffmann said: \"The real threat to the life of the nation comes from laws such as \
                these.\"";
    assert_eq!(
        said(body, &["Hoffmann"]),
        [one("Lord Hoffmann", "The real threat to the life of the nation comes from laws such as these.")]
    );
    // A peer the article names in full is that person: "Neil Kinnock", "Lord Kinnock".
    let body = "Neil Kinnock took his seat. Lord Kinnock said: \"It is a good base for campaigning.\"";
    assert_eq!(said(body, &["Neil Kinnock"]), [one("Neil Kinnock", "It is a good base for campaigning.")]);
    // An office is no peer: "Lord Chancellor Lord Falconer".
    let body = "The Lord Chancellor, Lord Falconer, said: \"We need to look very carefully at it.\"";
    assert_eq!(said(body, &["Falconer"]), [one("Lord Falconer", "We need to look very carefully at it.")]);
}

#[test]
fn a_she_is_no_man_named_before_nor_a_he_a_woman() {
    // "Mark" is a man's name: the "She" is the spokeswoman, unnamed.
    let body = "Lib Dem home affairs spokesman Mark Oaten said the plans were wrong. A Human Rights Watch \
                spokeswoman said the orders were punishments. She said: \"Having a judge impose those \
                punishments without a trial does not sanitise them either.\"";
    let quotes = quotations(body, &people(&["Mark Oaten"]));
    assert_eq!(quotes[0].speaker, None);
    // "Steven Gaydos" is a man: "he" goes back past Imelda Staunton to him.
    let body = "Variety's Steven Gaydos said the race was open. Imelda Staunton won praise for Vera Drake. \
                \"Everything has the ability to flip by one vote,\" he said.";
    assert_eq!(
        said(body, &["Steven Gaydos", "Imelda Staunton"]),
        [one("Steven Gaydos", "Everything has the ability to flip by one vote")]
    );
    // After a phrase a preposition opens, the name after the comma heads the sentence: her
    // attorney named in the phrase is not "she".
    let body = "In a statement released through her attorney Rich Nichols, Jones repeated her innocence. \
                \"Victor Conte's allegations are not true,\" she said.";
    assert_eq!(
        said(body, &["Rich Nichols", "Marion Jones"]),
        [one("Marion Jones", "Victor Conte's allegations are not true")]
    );
}

#[test]
fn a_he_after_a_passive_subject_is_the_one_named_acting_after_it() {
    let body = "Arsenal boss Arsene Wenger would consider signing Adrian Mutu.\n\nMutu was sacked by Chelsea \
                on Friday after testing positive for cocaine - a move Wenger has backed. But he said: \"I \
                would then meet the player and see what he tells me.\"";
    assert_eq!(
        said(body, &["Arsene Wenger", "Adrian Mutu"]),
        [one("Arsene Wenger", "I would then meet the player and see what he tells me.")]
    );
}

#[test]
fn the_scot_after_a_possessive_is_the_manager_not_his_player() {
    let body = "Ferguson said Milan would be a formidable challenge. \"They can play Kaka forward,\" he \
                said. Ferguson's own goalscoring talisman Ruud van Nistelrooy is fit again, but the Scot \
                admitted he was unsure whether to start the Dutchman.\n\n\"Ruud is the best striker in \
                Europe,\" he said.";
    let found = said(body, &["Alex Ferguson", "Ruud van Nistelrooy"]);
    assert_eq!(found.last(), Some(&one("Alex Ferguson", "Ruud is the best striker in Europe")));
}
