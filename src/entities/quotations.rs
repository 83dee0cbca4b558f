//! Direct quotations in an article's text, each with its speaker as the article
//! attributes it, for `newsdex quotes`.
//!
//! A speechwriter citing what Tony Blair said on tax wants his words, not the article's: a
//! search for `"said blair"~2` finds the line inside his opponent's quote ("“Mr Blair said
//! exactly the same thing in 1997,” said Mr Howard") and misses "he said" and "the prime
//! minister said". Here a quotation is the text between quote marks, and its speaker the
//! one the attribution next to it names:
//!
//! - after the closing mark, when the quote ends its clause with a comma, `?` or `!`
//!   (`," said Mr Howard.`, `," Mr Howard said`, `," he added`);
//! - before the opening mark (`Mr Blair said: "…`, `He told the BBC: "…`, `He said "…`);
//! - a quote with no attribution of its own that follows an attributed one with nothing
//!   but that attribution between them (`"…," he said. "…"`), or a sentence of reported
//!   speech (`She said mothers were entitled to 12 months. "We have made a firm
//!   commitment."`), is that speaker's.
//!
//! A pronoun or a role ("he", "the prime minister") is the person named last before it
//! outside quotes, in the nearest sentence naming one (its speaker, else its first name,
//! the subject), no more than [`WINDOW_PARAGRAPHS`] paragraphs back; "she" skips the men
//! ("Mr", "Lord") and "he" the women ("Ms", "Mrs"); a role the article gives someone
//! ("Prime Minister Tony Blair") is that person. A name is the article's person it names
//! ("Mr Howard" is the listed "Michael Howard"). Anyone else is unknown: "a spokesman",
//! "they", a pronoun with no one named near.
//!
//! Quote marks: straight (`"`), curly (“ ” ‘ ’) and single (`'`), a single one only where
//! it is no apostrophe ("Blair's", "the Tories' plan", "the '90s") and closes in its
//! paragraph. A paragraph that opens with a quote mark and leaves it open continues in the
//! next paragraph that opens with one, as newspapers set a long quote; text that ran two
//! such paragraphs into one line ("…26 weeks. "We are going to…") is read the same way.

use std::ops::Range;

use super::lexicon::{fold, is_party_word, is_sentence_opener, is_title_before_name};

mod titled;

/// Longest quotation given, in characters: an unbalanced quote mark must not make the rest
/// of an article one quote. A longer one is cut after a word, with "…".
pub const MAX_QUOTE_CHARS: usize = 1500;

/// How many paragraphs back the person a pronoun or a role stands for may be named.
pub const WINDOW_PARAGRAPHS: usize = 2;

/// Fewest words of a quotation no one is said to speak: shorter ones are words set in
/// quotes ("dismissed the plan as "desperate""), not things said on the record.
const MIN_UNATTRIBUTED_WORDS: usize = 4;

/// Most paragraphs one quotation runs over.
const MAX_PARTS: usize = 12;

/// How a quotation's speaker was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Attributed {
    /// By the words after it: `," said Mr Howard`.
    After,
    /// By the words before it: `Mr Blair said: "`.
    Before,
    /// As the quote before it, with only that one's attribution between them.
    Continued,
    /// By the sentence of reported speech just before it: `She said …. "…"`.
    Context,
    /// A part of a sentence of the speaker's reported speech: `Mr Fox said Labour's plans
    /// showed Mr Blair was "terrified of facing proper scrutiny"`.
    Partial,
}

/// What kind of speaker a quotation has, for an auditor telling named from unnamed sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    /// A person: one of the article's people, or a name read as a person's ("Mr Smith",
    /// "Nicola Sturgeon").
    Person,
    /// An organization of the article's ("Tesco said"); set by the caller, which has the
    /// article's organizations.
    Organization,
    /// A name the article does not give as a person's or an organization's.
    Name,
    /// Someone unnamed: "a spokesman for the LSE", "sources close to the leader",
    /// "analysts"; `speaker_as_written` says who, also for a "he" standing for one.
    Unnamed,
    /// No one told: no attribution, "they", a pronoun with no one named near.
    Unknown,
}

/// One direct quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quotation {
    /// The words quoted, paragraphs of one quote joined by a space.
    pub text: String,
    /// The paragraph it opens in, from 1.
    pub paragraph: usize,
    /// Who said it: the article's person ("Michael Howard"), else the name as written
    /// without its title; `None` when unknown.
    pub speaker: Option<String>,
    /// Each one said to speak it: the speaker, or the people of "Owen Bieber and Marc
    /// Stepp said" (whose `speaker` is "Owen Bieber and Marc Stepp"); empty when unknown.
    pub speakers: Vec<String>,
    /// The speaker as the attribution writes it: "Mr Howard", "he", "the prime minister".
    pub speaker_as_written: Option<String>,
    /// The words attributing it: "said Mr Howard", "Mr Blair said:".
    pub attribution: Option<String>,
    /// How the attribution was found; `None` when there is none.
    pub attributed: Option<Attributed>,
    /// What kind of speaker it is.
    pub kind: SpeakerKind,
    /// The speaker's gender, when a title, a pronoun or the article's titles for them
    /// tell it.
    pub gender: Option<Gender>,
}

/// The direct quotations of an article's `body`, in order, with their speakers resolved
/// among `people` (the article's people, full names as listed).
pub fn quotations(body: &str, people: &[String]) -> Vec<Quotation> {
    let names: Names = people.iter().flat_map(|p| p.split_whitespace().map(fold)).collect();
    let names = &names;
    let paragraphs = paragraphs(body);
    let spans = quote_spans(&paragraphs, names);
    let mut context = Context::new(&paragraphs, &spans, people, names);
    let mut found: Vec<Quotation> = Vec::with_capacity(spans.len());
    // The last quote kept: its speaker, and where its attribution (else itself) ends.
    let mut previous: Option<(Said, Attributed, (usize, usize))> = None;
    for span in &spans {
        // The comma that ends a quote before its attribution is the article's, not the
        // speaker's: `"We will cut taxes," he said` quotes "We will cut taxes".
        let with_comma = span_text(&paragraphs, span);
        let text = with_comma.trim_end_matches([',', ' ']).to_string();
        let (open_para, open_at) = span.open;
        let para = &paragraphs[open_para];
        let mut said = None;
        let mut end = span.close.unwrap_or_else(|| {
            let (p, range) = span.parts.last().cloned().unwrap_or((open_para, open_at..open_at));
            (p, range.end)
        });
        if let Some((close_para, close_at)) = span.close
            && let Some(after) = trailing(&paragraphs[close_para], close_para, close_at, &with_comma, names)
        {
            end = (close_para, after.attribution_end);
            said = Some((after, Attributed::After));
        }
        // Where the text before the opening mark starts: after the quote before it (and
        // that one's attribution) in this paragraph, else at the paragraph's start.
        let after_previous = match &previous {
            Some((_, _, (p, at))) if *p == open_para && *at <= open_at => *at,
            _ => 0,
        };
        let from = spans_before(&spans, span).unwrap_or(0).max(after_previous);
        if said.is_none()
            && let Some(before) = leading(para, open_para, from, open_at, names)
        {
            said = Some((before, Attributed::Before));
        }
        // `- Manchester United boss Sir Alex Ferguson: "…"`: a paragraph that opens with
        // one of the article's people and a colon.
        if said.is_none()
            && let Some(head) = headed(para, open_para, from, open_at, names)
            && context.person_named(&head.written).1
        {
            said = Some((head, Attributed::Before));
        }
        if said.is_none()
            && let Some((before, _, (p, at))) = &previous
            && continues(&paragraphs, (*p, *at), span.open)
        {
            said = Some((before.clone(), Attributed::Continued));
        }
        if said.is_none()
            && let Some(sentence) = reported_speech(para, open_para, from, open_at, names)
        {
            said = Some((sentence, Attributed::Context));
        }
        if said.is_none()
            && let Some(sentence) = partial(para, open_para, from, open_at, names)
        {
            said = Some((sentence, Attributed::Partial));
        }
        let words = text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
        if said.is_none() && words < MIN_UNATTRIBUTED_WORDS {
            continue;
        }
        // A name or a label in quotes is what something is called, not words said: the
        // "Black Monday" sell-off, the upper intervention ("may sell") price.
        let bracketed = span.close.is_some_and(|(p, after)| {
            para[..open_at].trim_end().ends_with('(') && paragraphs[p][after..].trim_start().starts_with(')')
        });
        if words == 0 || bracketed || is_quoted_name(&text) {
            continue;
        }
        let resolved = said.as_ref().map(|(s, _)| context.speaker(s));
        let (speaker, kind, described) = resolved.unwrap_or((None, SpeakerKind::Unknown, None));
        let speaker = speaker.map(|s| context.titled(s));
        let gender = said.as_ref().and_then(|(s, _)| {
            written_gender(&s.written).or_else(|| speaker.as_deref().and_then(|p| context.gender_of(p)))
        });
        // The speaker an attribution names is the last one named as a speaker, for a "he"
        // after it: "said Janney Montgomery analyst Louis Marckesano" is Marckesano's, and
        // so is the next "he said", not the broker's.
        let speakers = match &said {
            Some((Said { who: Who::Names(names), .. }, _)) => {
                names.iter().map(|n| context.titled(context.person_named(n).0)).collect()
            }
            _ => speaker.iter().cloned().collect(),
        };
        if let (Some(person), Some((s, _))) = (&speaker, &said)
            && matches!(kind, SpeakerKind::Person | SpeakerKind::Name)
            && !matches!(s.who, Who::Names(_))
        {
            // A pronoun's gender is no title's: a "she" misread must not make him a woman.
            let titled = if matches!(s.who, Who::Name(_)) { written_gender(&s.written) } else { None };
            context.said_by(s.at, person, titled);
        }
        found.push(Quotation {
            text: capped(&text),
            paragraph: open_para + 1,
            speaker,
            speakers,
            speaker_as_written: described.or_else(|| said.as_ref().map(|(s, _)| s.written.clone())),
            attribution: said.as_ref().map(|(s, _)| s.attribution.clone()),
            attributed: said.as_ref().map(|(_, how)| *how),
            kind,
            gender,
        });
        // An unattributed quote between two: the second is not continued from the first.
        previous = said.map(|(s, how)| (s, how, end));
    }
    found
}

/// Whether a quote is a name set in quotes, what something is called and no words said
/// ("Black Monday", "The Cosby Show", "Beverly Hills Cop II", "Improving Opportunity,
/// Strengthening Society"): two to six words, each capitalized or a figure but for small
/// words inside ("Lord of the Rings"), a small letter somewhere (a quote in capitals is
/// speech written so), and no sentence's end. Over BBC + Reuters, 25 such quotes had a
/// speaker ("Black Monday" was Nakasone's, as "analysts who called the stock sell-off
/// "Black Monday," Nakasone said: …").
fn is_quoted_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if !(2..=6).contains(&words.len())
        || text.ends_with(['.', '?', '!', '…'])
        || !text.chars().any(char::is_lowercase)
    {
        return false;
    }
    let last = words.len() - 1;
    words.iter().enumerate().all(|(i, word)| match word.chars().find(|c| c.is_alphanumeric()) {
        Some(c) if c.is_uppercase() || c.is_numeric() => true,
        _ => {
            i > 0
                && i < last
                && matches!(
                    fold(word).as_str(),
                    "of" | "the" | "and" | "a" | "in" | "on" | "for" | "to" | "de"
                )
        }
    })
}

/// Whether `wanted` (as typed to `--speaker`) names the speaker of `quote`
/// ([`is_speaker`]), and a title typed fits what the article tells of the speaker's gender:
/// `--speaker "Mrs Blair"` is not Tony Blair, said "Mr Blair" or "he". A title before a
/// surname alone keeps to the surname, as `--person "Mr Howard"` does: not Howard Archer.
pub fn speaks(quote: &Quotation, wanted: &str) -> bool {
    // One of two speaking together ("Owen Bieber and Marc Stepp") is each.
    let Some(speaker) = quote.speakers.iter().find(|s| is_speaker(s, wanted)) else { return false };
    let typed_gender = written_gender(wanted);
    if typed_gender.is_some() && quote.gender.is_some() && typed_gender != quote.gender {
        return false;
    }
    let typed: Vec<&str> = wanted.split_whitespace().collect();
    if typed.len() > 1 && typed[..typed.len() - 1].iter().all(|w| is_title_before_name(&fold(w))) {
        let surname = fold(typed[typed.len() - 1]);
        return speaker.split_whitespace().next_back().is_some_and(|last| fold(last) == surname);
    }
    true
}

/// Whether `wanted` (as typed to `--speaker`: "Blair", "Mr Blair", "tony blair") names
/// `speaker`: each of its words, titles left out, is a word of the speaker's name, any case
/// and accents, as `--person` matches a surname to the full name.
pub fn is_speaker(speaker: &str, wanted: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
            .filter(|w| !w.is_empty())
            .map(fold)
            .collect()
    };
    let spoken = words(speaker);
    let mut typed = words(wanted);
    // Titles come before the name: a last word that is one is the surname ("Mervyn King",
    // whose "King" left out would name Mervyn Davies).
    let titles = typed.iter().take_while(|w| is_title_before_name(w)).count();
    typed.drain(..titles.min(typed.len().saturating_sub(1)));
    !typed.is_empty() && typed.iter().all(|w| spoken.contains(w))
}

// ---------------------------------------------------------------------------------------
// Paragraphs and quote marks

/// The paragraphs of a text: its lines, a line that does not end a sentence (text wrapped
/// at 70 columns) running on into the next unless that one is indented or follows a
/// blank line.
fn paragraphs(body: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut runs_on = false;
    for raw in body.lines() {
        let line = raw.trim();
        if line.is_empty() {
            runs_on = false;
            continue;
        }
        match out.last_mut() {
            Some(last) if runs_on && !raw.starts_with(char::is_whitespace) => {
                last.push(' ');
                last.push_str(line);
            }
            _ => out.push(line.to_string()),
        }
        runs_on = line.chars().count() <= 100
            && !line.ends_with(['.', '!', '?', ':', '"', '”', '\'', '’', ')', '»']);
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Double,
    Single,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Opens(Kind),
    Closes(Kind),
    /// A straight `"` between two non-spaces (`"word"word`): closes an open quote.
    Either,
    Neither,
}

fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '\'' | '‘' | '’')
}

/// What a quote mark `c` does between `prev` and `next`.
fn mark(prev: Option<char>, c: char, next: Option<char>) -> Mark {
    // Before an opening mark: the start, a space or an opening bracket or dash; after a
    // closing one: the end, a space or punctuation. Quote marks of the other kind count
    // as text, so that `"'Yes'"` opens and closes both.
    let open_before =
        |others: &str| prev.is_none_or(|p| p.is_whitespace() || "([{—–-/:".contains(p) || others.contains(p));
    let close_after = |others: &str| {
        next.is_none_or(|n| n.is_whitespace() || ".,;:!?)]}—–-…".contains(n) || others.contains(n))
    };
    match c {
        '“' | '„' | '«' => Mark::Opens(Kind::Double),
        '”' | '»' => {
            // Some text types ” for both marks.
            if prev.is_none_or(char::is_whitespace) && next.is_some_and(char::is_alphanumeric) {
                Mark::Opens(Kind::Double)
            } else {
                Mark::Closes(Kind::Double)
            }
        }
        '"' => match (open_before(""), close_after("")) {
            (true, false) => Mark::Opens(Kind::Double),
            (false, true) => Mark::Closes(Kind::Double),
            (false, false) => Mark::Either,
            (true, true) => Mark::Neither,
        },
        '‘' | '\'' | '’' => {
            let letter_before = prev.is_some_and(char::is_alphanumeric);
            let letter_after = next.is_some_and(char::is_alphanumeric);
            if letter_before && letter_after {
                // Blair's, don't.
                Mark::Neither
            } else if open_before("\"“") && next.is_some_and(|n| n.is_alphabetic() || "\"“".contains(n)) {
                Mark::Opens(Kind::Single)
            } else if c != '‘' && !open_before("") && close_after("\"”") {
                Mark::Closes(Kind::Single)
            } else {
                Mark::Neither
            }
        }
        _ => Mark::Neither,
    }
}

/// A quotation found: the paragraphs it runs over and where its marks are.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Span {
    /// Each paragraph's quoted words: the paragraph and their bytes.
    parts: Vec<(usize, Range<usize>)>,
    /// The paragraph and byte of the opening mark.
    open: (usize, usize),
    /// The paragraph and byte just after the closing mark; `None` for a quote left open.
    close: Option<(usize, usize)>,
}

/// A quote being read.
struct Open {
    kind: Kind,
    parts: Vec<(usize, Range<usize>)>,
    open: (usize, usize),
    /// The paragraph and byte where the part being read starts.
    part: Option<(usize, usize)>,
}

impl Open {
    fn end_part(&mut self, at: usize) {
        if let Some((p, start)) = self.part.take() {
            self.parts.push((p, start..at.max(start)));
        }
    }

    fn into_span(self, close: Option<(usize, usize)>) -> Span {
        Span { parts: self.parts, open: self.open, close }
    }
}

/// Whether a single quote opening at `chars[0]` closes in its paragraph, within
/// [`MAX_QUOTE_CHARS`].
fn single_closes(chars: &[(usize, char)], from: usize) -> bool {
    let end = chars.len().min(from + MAX_QUOTE_CHARS);
    (from..end).any(|k| {
        let c = chars[k].1;
        is_quote_char(c)
            && mark(k.checked_sub(1).map(|j| chars[j].1), c, chars.get(k + 1).map(|x| x.1))
                == Mark::Closes(Kind::Single)
    })
}

/// Whether the straight double mark at `chars[k]`, a space on either side, ends a quote:
/// the words before the space end a clause (`industry, " Eric Abensur, …, told the BBC`). A
/// mark that opens one follows a word or a colon (`said: "`, `the word " and`), not a comma
/// or a full stop ended inside the quote.
fn closes_spaced(chars: &[(usize, char)], k: usize) -> bool {
    k >= 2 && chars[k - 1].1.is_whitespace() && ",.!?".contains(chars[k - 2].1)
}

/// The first character of a paragraph, when it opens a quote of `kind`.
fn opens_with(paragraph: &str, kind: Kind) -> bool {
    let mut chars = paragraph.chars();
    let (first, second) = (chars.next(), chars.next());
    first.is_some_and(|c| is_quote_char(c) && mark(None, c, second) == Mark::Opens(kind))
}

/// The quotations of the paragraphs, in order.
fn quote_spans(paragraphs: &[String], names: &Names) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut open: Option<Open> = None;
    for (p, para) in paragraphs.iter().enumerate() {
        let chars: Vec<(usize, char)> = para.char_indices().collect();
        let mut start = 0;
        if let Some(mut quote) = open.take() {
            if opens_with(para, quote.kind) && quote.parts.len() < MAX_PARTS {
                let first = chars[0].1.len_utf8();
                quote.part = Some((p, first));
                open = Some(quote);
                start = 1;
            } else {
                spans.push(quote.into_span(None));
            }
        }
        let next_opens_single = paragraphs.get(p + 1).is_some_and(|n| opens_with(n, Kind::Single));
        for k in start..chars.len() {
            let (at, c) = chars[k];
            if !is_quote_char(c) {
                continue;
            }
            let after = at + c.len_utf8();
            let found = mark(k.checked_sub(1).map(|j| chars[j].1), c, chars.get(k + 1).map(|x| x.1));
            match open.as_mut() {
                None => match found {
                    Mark::Opens(Kind::Double) => {
                        open = Some(Open {
                            kind: Kind::Double,
                            parts: Vec::new(),
                            open: (p, at),
                            part: Some((p, after)),
                        });
                    }
                    Mark::Opens(Kind::Single)
                        if single_closes(&chars, k + 1) || (k == 0 && next_opens_single) =>
                    {
                        open = Some(Open {
                            kind: Kind::Single,
                            parts: Vec::new(),
                            open: (p, at),
                            part: Some((p, after)),
                        });
                    }
                    _ => {}
                },
                Some(quote) => match found {
                    Mark::Closes(kind) if kind == quote.kind => {
                        quote.end_part(at);
                        spans.push(open.take().expect("a quote is open").into_span(Some((p, after))));
                    }
                    Mark::Either if quote.kind == Kind::Double && c == '"' => {
                        quote.end_part(at);
                        spans.push(open.take().expect("a quote is open").into_span(Some((p, after))));
                    }
                    // A closing mark typed after a space: `industry, " Eric Abensur said`.
                    Mark::Neither if quote.kind == Kind::Double && c == '"' && closes_spaced(&chars, k) => {
                        quote.end_part(at);
                        spans.push(open.take().expect("a quote is open").into_span(Some((p, after))));
                    }
                    // Two paragraphs of one quote run into one line: the second goes on,
                    // unless the words before the mark say who speaks ("…in the sector. A
                    // spokesman for the union said: "We…"): the quote ended before them.
                    Mark::Opens(Kind::Double)
                        if quote.kind == Kind::Double && quote.parts.len() < MAX_PARTS =>
                    {
                        let narrated = quote
                            .part
                            .filter(|(part_para, _)| *part_para == p)
                            .and_then(|(_, from)| narration_before(para, from, at, names));
                        if let Some(sentence) = narrated {
                            quote.end_part(sentence);
                            spans.push(open.take().expect("a quote is open").into_span(Some((p, sentence))));
                            open = Some(Open {
                                kind: Kind::Double,
                                parts: Vec::new(),
                                open: (p, at),
                                part: Some((p, after)),
                            });
                        } else {
                            quote.end_part(at);
                            quote.part = Some((p, after));
                        }
                    }
                    _ => {}
                },
            }
        }
        if let Some(quote) = open.as_mut() {
            quote.end_part(para.len());
        }
    }
    if let Some(quote) = open {
        spans.push(quote.into_span(None));
    }
    spans
}

/// Where the last sentence of `para[from..at]` starts, when it is no quote's but an
/// attribution of the quote opening at `at`, or of the one before: "A spokesman for the
/// union said:", "This mirrored earlier concerns, it said.", "A spokesman said the union
/// was pleased." (not the quote's first sentence, nor "We said no." of a speaker).
fn narration_before(para: &str, from: usize, at: usize, names: &Names) -> Option<usize> {
    let toks = tokens(para, from..at);
    let body_end = toks.iter().rposition(|t| !(t.is(".") || t.is(":") || t.is(","))).map_or(0, |i| i + 1);
    let ended = toks.len() > body_end;
    let start = toks[..body_end].iter().rposition(|t| t.is(".") || t.is("?") || t.is("!"))? + 1;
    let sentence = &toks[start..body_end];
    let first = sentence.first()?;
    if !first.is_capitalized()
        || matches!(first.folded().as_str(), "i" | "we" | "my" | "our" | "you" | "your")
    {
        return None;
    }
    let last = sentence.last()?;
    // "A spokesman for the union said:", "…, it said."
    let verb_last = ended && is_speech_verb(last);
    // "…, said Mr Smith."
    let verb_after_comma = sentence
        .iter()
        .rposition(is_speech_verb)
        .is_some_and(|v| v > 0 && sentence[v - 1].is(",") && sentence.len() - v <= 5);
    // "A spokesman said the union was pleased.": someone unnamed (not "Mr Blair said he
    // would act.", which a speaker may say).
    let reported =
        sentence.iter().take(7).position(is_speech_verb).is_some_and(|v| {
            v > 0 && matches!(speaker_in(&sentence[..v], names), Some((Who::Unnamed, _, _)))
        });
    (verb_last || verb_after_comma || reported).then_some(first.at)
}

/// The words of a quotation, its parts joined by a space.
fn span_text(paragraphs: &[String], span: &Span) -> String {
    let mut text = String::new();
    for (p, range) in &span.parts {
        let part = paragraphs[*p].get(range.clone()).unwrap_or_default().trim();
        if part.is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(part);
    }
    text
}

/// `text` cut after a word at [`MAX_QUOTE_CHARS`], with "…".
fn capped(text: &str) -> String {
    match text.char_indices().nth(MAX_QUOTE_CHARS) {
        None => text.to_string(),
        Some((at, _)) => {
            let cut = text[..at].rfind(char::is_whitespace).filter(|&w| w > 0).unwrap_or(at);
            format!("{}…", text[..cut].trim_end())
        }
    }
}

/// Where the text before a quote starts in its paragraph: just after the quote before
/// it there, else the paragraph's start (`None`).
fn spans_before(spans: &[Span], span: &Span) -> Option<usize> {
    spans
        .iter()
        .take_while(|s| s.open < span.open)
        .filter_map(|s| s.close)
        .filter(|&(p, _)| p == span.open.0)
        .map(|(_, at)| at)
        .last()
}

/// Whether nothing but punctuation stands between the end of one quote's attribution
/// `from` and the opening mark of the next, `to`: in one paragraph, or the first at the end
/// of one and the second opening the next.
fn continues(paragraphs: &[String], from: (usize, usize), to: (usize, usize)) -> bool {
    let no_words = |s: &str| !s.chars().any(char::is_alphanumeric);
    if from.0 == to.0 {
        return from.1 <= to.1 && paragraphs[to.0].get(from.1..to.1).is_some_and(no_words);
    }
    from.0 + 1 == to.0
        && paragraphs[from.0].get(from.1..).is_some_and(no_words)
        && paragraphs[to.0].get(..to.1).is_some_and(no_words)
}

// ---------------------------------------------------------------------------------------
// Words and attributions

/// A word of a paragraph (letters and digits, with the apostrophes, hyphens and full stops
/// inside it, and the full stop of a title: "O'Brien", "U.S.", "Mr."), or one character of
/// punctuation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Tok<'a> {
    text: &'a str,
    /// Its byte in the paragraph.
    at: usize,
}

impl Tok<'_> {
    fn end(&self) -> usize {
        self.at + self.text.len()
    }
    fn is_word(&self) -> bool {
        self.text.starts_with(char::is_alphanumeric)
    }
    fn is_capitalized(&self) -> bool {
        self.text.starts_with(char::is_uppercase)
    }
    fn is_lower(&self) -> bool {
        self.text.starts_with(char::is_lowercase)
    }
    fn folded(&self) -> String {
        fold(self.text)
    }
    fn is(&self, text: &str) -> bool {
        self.text == text
    }
}

/// Abbreviations whose full stop is theirs, not a sentence's.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "prof", "gen", "rev", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
    "jr", "sr", "mt", "ft", "no",
];

/// The words and punctuation of `text[range]`, their bytes in `text`.
fn tokens(text: &str, range: Range<usize>) -> Vec<Tok<'_>> {
    let Some(slice) = text.get(range.clone()) else { return Vec::new() };
    let base = range.start;
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let (at, c) = chars[k];
        if c.is_whitespace() {
            k += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Tok { text: &slice[at..at + c.len_utf8()], at: base + at });
            k += 1;
            continue;
        }
        let mut e = k + 1;
        while e < chars.len() {
            let c = chars[e].1;
            let inner = matches!(c, '\'' | '’' | '-' | '.')
                && chars.get(e + 1).is_some_and(|n| n.1.is_alphanumeric())
                && (c != '.'
                    || chars[e - 1].1.is_uppercase()
                    // A decimal point: "1.1 mln members" is one sentence.
                    || (chars[e - 1].1.is_ascii_digit() && chars.get(e + 1).is_some_and(|n| n.1.is_ascii_digit()))
                    || (chars[e - 1].1.is_alphanumeric()
                        && chars.get(e + 1).is_some_and(|n| n.1.is_uppercase())));
            if c.is_alphanumeric() || inner {
                e += 1;
            } else {
                break;
            }
        }
        let end = chars.get(e).map_or(slice.len(), |x| x.0);
        let word = &slice[at..end];
        let abbreviation = ABBREVIATIONS.contains(&fold(word).as_str())
            || (word.chars().count() == 1 && word.starts_with(char::is_uppercase))
            || is_initialism(word);
        let (word_end, next) = if abbreviation && chars.get(e).is_some_and(|x| x.1 == '.') {
            (end + 1, e + 1)
        } else {
            (end, e)
        };
        out.push(Tok { text: &slice[at..word_end], at: base + at });
        k = next;
    }
    out
}

/// Whether a word is capitals set apart by full stops, the last one's its own: "U.S",
/// "U.N", "E.F" of "E.F. Hutton", "S.R" of "John S.R. Shad". Its full stop ends no
/// sentence ("one U.S. trade official", "U.N. Secretary General Javier Perez de Cuellar").
fn is_initialism(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| part.chars().count() == 1 && part.starts_with(char::is_uppercase))
}

/// Verbs of saying, folded, as written after or before a speaker.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "added",
    "adds",
    "told",
    "tells",
    "asked",
    "asks",
    "insisted",
    "insists",
    "warned",
    "warns",
    "explained",
    "explains",
    "argued",
    "argues",
    "claimed",
    "stressed",
    "stresses",
    "continued",
    "continues",
    "replied",
    "replies",
    "recalled",
    "recalls",
    "declared",
    "declares",
    "admitted",
    "admits",
    "commented",
    "complained",
    "complains",
    "suggested",
    "urged",
    "wrote",
    "writes",
    "remarked",
    "conceded",
    "concedes",
    "acknowledged",
    "announced",
    "observed",
    "noted",
    "notes",
    "countered",
    "responded",
    "joked",
    "jokes",
    "predicted",
    "predicts",
    "promised",
    "pledged",
    "maintained",
    "maintains",
    "agreed",
    "agrees",
    "stated",
    "answered",
    "cautioned",
    "protested",
    "boasted",
    "vowed",
    "vows",
    "demanded",
    "confirmed",
    "emphasised",
    "emphasized",
    "reiterated",
    "revealed",
    "quipped",
    "mused",
    "shouted",
    "tweeted",
    "retorted",
    "snapped",
    "cried",
    "exclaimed",
    "whispered",
    "went",
    "goes",
];

fn is_speech_verb(tok: &Tok) -> bool {
    tok.is_lower() && SPEECH_VERBS.contains(&tok.folded().as_str())
}

/// Words between a speaker and the verb, or before a speaker, that are neither: "he
/// *later* said", "*But* Mr Blair said".
const ASIDES: &[&str] = &[
    "also",
    "later",
    "then",
    "again",
    "earlier",
    "once",
    "has",
    "had",
    "have",
    "was",
    "is",
    "would",
    "will",
    "simply",
    "just",
    "previously",
    "recently",
    "today",
    "yesterday",
    "but",
    "and",
    "however",
    "yet",
    "so",
    "now",
    "meanwhile",
    "instead",
    "still",
    "further",
    "repeatedly",
    "reportedly",
    "himself",
    "herself",
    "apparently",
    "clearly",
    "last",
    "week",
    "month",
    "year",
    "on",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "tonight",
    "privately",
    "publicly",
    "only",
];

/// Words ending the name after a verb: "said Mr Blair *in* a speech".
const AFTER_NAME: &[&str] = &[
    "in",
    "on",
    "at",
    "to",
    "during",
    "after",
    "before",
    "when",
    "while",
    "as",
    "who",
    "adding",
    "yesterday",
    "today",
    "tonight",
    "last",
    "this",
    "from",
    "with",
    "of",
    "and",
    "but",
    "referring",
    "speaking",
    "according",
    "recently",
    "earlier",
    "later",
    "told",
    "that",
];

/// Determiners of someone unnamed: "*a* spokesman", "*his* aide".
const UNNAMED: &[&str] = &[
    "a", "an", "one", "another", "his", "her", "their", "its", "our", "my", "your", "some", "many",
    "several", "two", "three", "other", "others", "most", "few", "all", "both", "each",
];

/// Heads of a role that names one person the article names ("the prime minister", "the
/// Tory leader"): a pronoun-like role, resolved as one when the article ties it to no one.
const PERSON_ROLES: &[&str] = &[
    "minister",
    "secretary",
    "chancellor",
    "leader",
    "president",
    "premier",
    "chairman",
    "chairwoman",
    "chair",
    "chief",
    "executive",
    "director",
    "governor",
    "mayor",
    "senator",
    "commissioner",
    "ambassador",
    "deputy",
    "boss",
    "head",
    "manager",
    "coach",
    "captain",
    "judge",
    "general",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "mp",
    "mep",
    "candidate",
    "founder",
    "owner",
    "star",
    "actor",
    "actress",
    "singer",
    "author",
    "writer",
    "presenter",
    "player",
    "striker",
    "champion",
    "politician",
    "campaigner",
    "veteran",
    "prosecutor",
    "lawyer",
    "chairperson",
    "treasurer",
    "speaker",
    "whip",
    "envoy",
    "tycoon",
    "billionaire",
    "businessman",
    "businesswoman",
    "economist",
    "designer",
    "novelist",
    "comedian",
    "rapper",
    "musician",
    "director-general",
    "bishop",
    "archbishop",
    "officer",
    "defender",
    "midfielder",
    "goalkeeper",
    "winger",
    "batsman",
    "bowler",
    "fly-half",
    "scrum-half",
    "full-back",
    "flanker",
    "sprinter",
    "athlete",
    "skipper",
];

/// A speaker's gender, as titles and pronouns tell it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    #[allow(missing_docs)]
    Male,
    #[allow(missing_docs)]
    Female,
}

/// The kind of speaker an attribution writes.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Who {
    /// "he", "she" (a gender), "they", "I" (none: unknown).
    Pronoun(Option<Gender>),
    /// "the prime minister": its folded words after the determiner.
    Role(String),
    /// "a spokesman", "officials": no one named.
    Unnamed,
    /// A name, as written with its title ("Mr Howard", "Tory leader Michael Howard").
    Name(String),
    /// Two people speaking together, each name as written: "Owen Bieber and Marc Stepp".
    Names(Vec<String>),
}

/// Who an attribution says spoke.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Said {
    who: Who,
    /// The speaker as written.
    written: String,
    /// Where it is written: paragraph and byte.
    at: (usize, usize),
    /// The words of the attribution.
    attribution: String,
    /// Where the attribution ends in its paragraph.
    attribution_end: usize,
}

/// The speaker `toks` write, a noun phrase with nothing else (no verb, no comma).
fn speaker_in(toks: &[Tok], names: &Names) -> Option<(Who, usize, usize)> {
    let mut toks = toks;
    while let Some(first) = toks.first() {
        let folded = first.folded();
        let is_aside = ASIDES.contains(&folded.as_str()) || (toks.len() > 1 && is_sentence_opener(&folded));
        if is_aside || !first.is_word() {
            toks = &toks[1..];
        } else {
            break;
        }
    }
    // "…against Japan and (said)": a verb joined to the clause's, whose subject is its head.
    let coordinated = toks.len() > 2 && toks.last().is_some_and(|t| t.is("and") || t.is("but"));
    while let Some(last) = toks.last() {
        // "Gustavo Petricioli merely (said)": an adverb after a name is no name's.
        let adverb = last.is_lower()
            && last.text.ends_with("ly")
            && toks.len() > 1
            && toks[toks.len() - 2].is_capitalized();
        if ASIDES.contains(&last.folded().as_str()) || !last.is_word() || adverb {
            toks = &toks[..toks.len() - 1];
        } else {
            break;
        }
    }
    // "White House spokesman Marlin Fitzwater defended the new sanctions against Japan and
    // said": the one who did the first thing says, not the last name before the verb.
    if coordinated {
        // "Shadow home secretary David Davis said it was … and": up to the last capital
        // before the first verb; else the words in capitals and roles at the head.
        let verb = toks.iter().position(blocks_subject);
        let before_verb =
            verb.and_then(|v| toks[..v].iter().rposition(|t| t.is_capitalized()).map(|c| c + 1));
        if let Some(head) = before_verb.filter(|&h| h < toks.len()) {
            return speaker_in(&toks[..head], names);
        }
        let head = toks
            .iter()
            .take_while(|t| {
                t.is_word()
                    && (t.is_capitalized()
                        || matches!(t.text, "de" | "von" | "van" | "da" | "dos" | "del")
                        || PERSON_ROLES.contains(&t.folded().as_str())
                        || is_unnamed_noun(&t.folded())
                        || matches!(t.text, "the" | "a" | "an"))
            })
            .count();
        if head > 0 && head < toks.len() && toks[head].is_lower() && toks[head - 1].is_capitalized() {
            return speaker_in(&toks[..head], names);
        }
    }
    // "actor George C Scott who (said)".
    if toks.len() > 1 && toks.last().is_some_and(|t| t.is("who")) {
        return speaker_in(&toks[..toks.len() - 1], names);
    }
    let (first, last) = (toks.first()?, toks.last()?);
    if toks.iter().any(|t| !t.is_word() && !t.is("'") && !t.is("’") && !t.is("-")) {
        return None;
    }
    // A clause is no speaker: "the barrister who had represented Mr Martin".
    if toks.iter().any(|t| t.is_lower() && RELATIVES.contains(&t.folded().as_str())) {
        return None;
    }
    if let Some(both) = two_names(toks, names) {
        return Some(both);
    }
    if toks.len() > 8 {
        // A long part is no speaker, but for its end after a phrase of time or place
        // ("before he left for Africa on Tuesday the chancellor"): from its last
        // determiner.
        let from = toks.len() - 6;
        let determiner = toks[from..]
            .iter()
            .rposition(|t| t.is_lower() && matches!(t.folded().as_str(), "the" | "a" | "an"));
        return match determiner {
            Some(d) if !last.is_capitalized() => speaker_in(&toks[from + d..], names),
            _ if last.is_capitalized() => speaker_in(&toks[from..], names),
            _ => None,
        };
    }
    let (start, end) = (first.at, last.end());
    let folded = first.folded();
    if toks.len() == 1 {
        match folded.as_str() {
            "he" => return Some((Who::Pronoun(Some(Gender::Male)), start, end)),
            "she" => return Some((Who::Pronoun(Some(Gender::Female)), start, end)),
            "they" | "we" | "i" | "you" | "it" | "who" => return Some((Who::Pronoun(None), start, end)),
            _ => {}
        }
    }
    // "Sources close to the leader", "A spokesman for the LSE", "Analysts", "Mr Blair's
    // official spokesman": someone unnamed, whatever names follow or go before the noun
    // (not "spokesman Jamie Shea", who is named).
    if let Some(head) = toks.iter().take(5).position(|t| is_unnamed_noun(&t.folded()))
        && !toks.get(head + 1).is_some_and(|t| t.is_capitalized() && t.is_word())
    {
        return Some((Who::Unnamed, start, end));
    }
    // "a local GP", "an MP": a description, no name.
    if toks.len() > 1 && matches!(folded.as_str(), "a" | "an") && first.is_word() {
        return Some((Who::Unnamed, start, end));
    }
    if last.is_capitalized() && !last.is("I") {
        // A possessive is no speaker ("Howard's"), nor a number ("Five").
        if last.text.ends_with("'s") || last.text.ends_with("’s") || last.text.ends_with('\'') {
            return None;
        }
        // A place's or a country's initials alone are no one: "In Woodbridge, N.J.".
        if is_initialism(last.text.trim_end_matches('.')) && toks.len() == 1 {
            return None;
        }
        // The run of capitalized words that ends it: "Tory leader *Michael Howard*".
        let run_start = |after_possessive: bool| {
            let mut from = toks.len() - 1;
            while from > 0 {
                let before = &toks[from - 1];
                let joiner = matches!(
                    before.folded().as_str(),
                    "de" | "van"
                        | "von"
                        | "bin"
                        | "al"
                        | "da"
                        | "du"
                        | "le"
                        | "la"
                        | "di"
                        | "del"
                        | "der"
                        | "dos"
                        | "das"
                        | "do"
                );
                let possessive = before.text.ends_with("'s") || before.text.ends_with("’s");
                // "dos Santos said": a particle opening the words is the name's.
                if (before.is_capitalized() && before.is_word() && !(possessive && after_possessive))
                    || (joiner && before.is_lower() && (from == 1 || toks[from - 2].is_capitalized()))
                {
                    from -= 1;
                } else {
                    break;
                }
            }
            from
        };
        // "Bank of Tokyo's Kimura", "Deutsche Bank's Simon Champion": the name after a
        // possessive is the speaker's (not "The People's Daily", "Chi-Chi's Inc", "Barclays
        // de Zoete's May", "Authenti-corp's CEO").
        let mut from = run_start(true);
        let one = toks[from].folded();
        if from + 1 == toks.len()
            && (is_common_name(toks[from].text, names)
                || super::lexicon::is_org_suffix(&one)
                || super::lexicon::is_company_form(&one)
                || super::lexicon::is_day_or_month(&one)
                || is_title_before_name(&one)
                || is_role_word(&one))
        {
            from = run_start(false);
        }
        // "editor of fansite Halo.Bungie.Org": a description of someone, not a name.
        if first.is_lower() && toks[..from].iter().any(|t| matches!(t.text, "of" | "at" | "for")) {
            return None;
        }
        // "Tory leader in the Lords": a place, not a name.
        // "Department of Trade and Industry": an organization's end, not a name.
        let placed = from > 0
            && ["the", "in", "of", "at", "for", "from", "to", "with", "by", "on", "and", "&"]
                .contains(&toks[from - 1].text);
        // "50 Cent": the number is the name's.
        if from > 0 && toks[from - 1].text.chars().all(|c| c.is_ascii_digit()) {
            from -= 1;
        }
        // "Economic and Fiscal Policy Minister Heizo Takenaka", "Livestock and Fisheries
        // Under-Secretary Miguel Braceras": after an office's name, the name after its role.
        let role_in_run = (from..toks.len() - 1).rev().find(|&i| is_role_word(&toks[i].folded()));
        let office = toks[..from].iter().all(|t| t.is_capitalized() || matches!(t.text, "and" | "&" | "of"));
        if placed
            && office
            && let Some(r) = role_in_run
            && toks[r + 1].is_capitalized()
        {
            from = r + 1;
        } else if placed {
            return None;
        }
        // "The Foreign Secretary", "The MP": a role, as "the prime minister".
        if toks[from].folded() == "the" && from + 1 < toks.len() {
            let role: Vec<String> = toks[from + 1..].iter().map(Tok::folded).collect();
            return Some((Who::Role(role.join(" ")), toks[from].at, end));
        }
        // A word that opens sentences or tells a time is no name: "Overall", "Separately",
        // "This", "Five", "In September".
        let run = &toks[from..];
        let opening = run[0].folded();
        let titled = is_title_before_name(&opening);
        // An adverb: "Separately", "Ultimately" (not "Kelly", a name).
        let adverb = ASIDES.contains(&opening.as_str())
            || (opening.ends_with("ly")
                && !super::lexicon::is_first_name(&opening)
                && !super::lexicon::is_last_name(&opening));
        let not_a_name = is_sentence_opener(&opening)
            || super::lexicon::is_function_word(&opening)
            || NUMBER_WORDS.contains(&opening.as_str())
            || (run.len() == 1 && (adverb || super::lexicon::is_day_or_month(&opening)));
        if !titled && not_a_name {
            return None;
        }
        // "the 27-year-old Austrian", "the Swiss": a role, as "the defender" (not "Jewish").
        if run.len() == 1 && is_people_word(&opening) {
            if toks[0].folded() == "the" && from > 0 {
                let role: Vec<String> = toks[1..].iter().map(Tok::folded).collect();
                return Some((Who::Role(role.join(" ")), toks[0].at, end));
            }
            return None;
        }
        // "UK Chancellor", "European Commissioner": a role with no name.
        let role_end =
            run.last().map(Tok::folded).is_some_and(|l| PERSON_ROLES.contains(&l.as_str()) || l == "ceo");
        if role_end && !titled && !super::lexicon::is_first_name(&opening) {
            let role: Vec<String> = run.iter().map(Tok::folded).collect();
            return Some((Who::Role(role.join(" ")), toks[from].at, end));
        }
        // The written name is filled in by the caller, which has the text.
        return Some((Who::Name(String::new()), toks[from].at, end));
    }
    if matches!(folded.as_str(), "the" | "this" | "that") && toks.len() > 1 {
        let role: Vec<String> = toks[1..].iter().map(Tok::folded).collect();
        return Some((Who::Role(role.join(" ")), start, end));
    }
    // "a spokesman", "officials", "police": someone, not named.
    let few_words = toks.len() <= 2 && !toks.iter().any(|t| RELATIVES.contains(&t.folded().as_str()));
    if UNNAMED.contains(&folded.as_str()) || (few_words && toks.iter().all(Tok::is_lower)) {
        return Some((Who::Unnamed, start, end));
    }
    None
}

/// Two people joined by "and", each named with a given name or a title: "Owen Bieber and
/// Marc Stepp", "UAW president Owen Bieber and vice president Marc Stepp" (not "Marks and
/// Spencer", nor "James Capel and Co analyst Tom Murtha", a firm and its analyst).
fn two_names(toks: &[Tok], names: &Names) -> Option<(Who, usize, usize)> {
    let and = toks.iter().position(|t| t.is("and"))?;
    if and == 0 || toks.len() > 14 {
        return None;
    }
    // The name a side ends with, from a given name or a title; on the second side, only a
    // role in lower case before it ("vice president").
    let named = |part: &[Tok], second: bool| -> Option<String> {
        let (Who::Name(_), start, end) = speaker_in(part, names)? else { return None };
        let from = part.iter().position(|t| t.at == start)?;
        let words: Vec<&str> = part[from..].iter().filter(|t| t.end() <= end).map(|t| t.text).collect();
        let first = fold(words.first()?);
        let given = super::lexicon::is_first_name(&first)
            || super::lexicon::is_diminutive(&first)
            || is_title_before_name(&first);
        let role_only = !second || part[..from].iter().all(|t| t.is_lower());
        (words.len() >= 2 && given && role_only).then(|| words.join(" "))
    };
    let first = named(&toks[..and], false)?;
    let second = named(&toks[and + 1..], true)?;
    Some((Who::Names(vec![first, second]), toks[0].at, toks[toks.len() - 1].end()))
}

/// Whether a folded word is a role's head ([`PERSON_ROLES`]), also its last part after a
/// hyphen: "Under-Secretary".
fn is_role_word(folded: &str) -> bool {
    PERSON_ROLES.contains(&folded)
        || folded.rsplit('-').next().is_some_and(|last| PERSON_ROLES.contains(&last))
}

/// Whether a folded word names a people ("swiss", "austrian") and no person.
fn is_people_word(folded: &str) -> bool {
    super::lexicon::is_demonym(folded)
        && !super::lexicon::is_first_name(folded)
        && !super::lexicon::is_last_name(folded)
}

/// Whether a folded word names one person by a nationality ("scot", "dutchman",
/// "spaniard", "italian"): no given name nor surname.
fn is_nationality_noun(folded: &str) -> bool {
    let demonym = |w: &str| super::lexicon::is_demonym(w);
    let noun = demonym(folded)
        || matches!(
            folded,
            "scot" | "scotsman" | "briton" | "spaniard" | "dane" | "swede" | "finn" | "pole" | "turk"
        )
        || folded.strip_suffix("man").is_some_and(demonym);
    noun && !super::lexicon::is_first_name(folded) && !super::lexicon::is_last_name(folded)
}

/// Whether a name as written is a place's or a people's ("Colombia", "West Germany",
/// "Swiss"): the speaker only as the subject next to its verb ("Iran said"), never one
/// of a list or a phrase before it.
fn is_place_name(written: &str) -> bool {
    super::lexicon::place(written).is_some() || (!written.contains(' ') && is_people_word(&fold(written)))
}

/// Whether a name as written is one capitalized common word ("Agriculture", "Late",
/// "Consumers") and no given name or surname the lexicon knows.
fn is_common_name(written: &str, names: &Names) -> bool {
    // "COB", "TV": an acronym, no word.
    let capitals = written.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    if written.contains(' ') || !written.starts_with(char::is_uppercase) || is_initialism(written) || capitals
    {
        return false;
    }
    let folded = fold(written);
    // "Size, whose New Forms album won…, said": a word of the article's people's names.
    if names.contains(&folded) {
        return false;
    }
    let common =
        |w: &str| super::gazetteer::is_common_word(w) || w.split('-').all(super::gazetteer::is_common_word);
    (common(&folded) || common(super::lexicon::without_final_s(&folded)))
        && !super::lexicon::is_first_name(&folded)
        && !super::lexicon::is_last_name(&folded)
}

/// The folded words of the names of the article's people (made by [`quotations`], handed
/// to each reading of a speaker): a common word that is one ("Size" of "Roni Size",
/// "Yelling" of "Liz Yelling") is a name there ([`is_common_name`]).
type Names = std::collections::HashSet<String>;

/// Numbers written as words: "Five said" is no one's name.
const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "dozens",
    "hundreds",
    "thousands",
    "many",
    "some",
    "most",
    "both",
    "all",
    "none",
];

/// Nouns of people speaking unnamed, one or many, folded: "a spokesman said", "sources
/// said", "analysts said". Such a speaker is unknown, with these words as written.
const UNNAMED_NOUNS: &[&str] = &[
    "analyst",
    "analysts",
    "critics",
    "residents",
    "traders",
    "dealers",
    "economists",
    "prosecutors",
    "investigators",
    "experts",
    "witnesses",
    "observers",
    "diplomats",
    "bankers",
    "executives",
    "protesters",
    "campaigners",
    "police",
    "officers",
    "authorities",
    "organisers",
    "organizers",
    "scientists",
    "researchers",
    "doctors",
    "lawyers",
    "opponents",
    "supporters",
    "fans",
    "locals",
    "delegates",
    "negotiators",
    "ministers",
    "mps",
    "lawmakers",
    "judges",
    "others",
    "arbitragers",
    "arbitrageurs",
];

/// Whether a folded word is a noun of someone speaking unnamed ([`UNNAMED_NOUNS`],
/// [`UNNAMED_SPEAKERS`]).
fn is_unnamed_noun(folded: &str) -> bool {
    UNNAMED_NOUNS.contains(&folded) || UNNAMED_SPEAKERS.contains(&folded)
}

/// Words that open a clause of its own: a part holding one is no speaker.
const RELATIVES: &[&str] =
    &["who", "which", "that", "whom", "whose", "when", "if", "because", "whether", "while"];

/// Words that open a part of a phrase that is no speaker: ", for the Liberal Democrats,".
const PREPOSITIONS: &[&str] = &[
    "for",
    "of",
    "in",
    "at",
    "from",
    "with",
    "on",
    "by",
    "after",
    "before",
    "during",
    "like",
    "unlike",
    "as",
    "who",
    "which",
    "speaking",
    "writing",
    "interviewed",
    "asked",
    "appearing",
    "responding",
    "according",
    "addressing",
    "meanwhile",
    "however",
];

/// The speaker of a noun phrase split at its commas: "Michael Howard, the Tory leader" and
/// "the Tory leader, Michael Howard" are the name; `prefer_last` for the words before a
/// verb ("Asked about tax, Mr Blair" is Mr Blair), else the first part.
fn speaker_of_parts(
    para: &str,
    toks: &[Tok],
    prefer_last: bool,
    names: &Names,
) -> Option<(Who, usize, usize)> {
    let parts: Vec<&[Tok]> =
        toks.split(|t| t.is(",") || t.is("—") || t.is("–")).filter(|p| !p.is_empty()).collect();
    let mut parsed: Vec<Option<(Who, usize, usize)>> = parts.iter().map(|p| speaker_in(p, names)).collect();
    let named_as = |w: &Option<(Who, usize, usize)>, test: &dyn Fn(&str) -> bool| matches!(w, Some((Who::Name(_), start, end)) if test(&para[*start..*end]));
    // "Agriculture, Livestock and Fisheries Under-Secretary Miguel Braceras", "Late
    // yesterday, Continental Materials board": a capitalized common word alone in its part
    // is no name beside other parts.
    if parts.len() > 1 {
        for w in parsed.iter_mut() {
            if named_as(w, &|w| is_common_name(w, names)) {
                *w = None;
            }
        }
    }
    let is_name = |w: &Option<(Who, usize, usize)>| matches!(w, Some((Who::Name(_) | Who::Names(_), _, _)));
    // (A part in brackets is a name's short form, no one speaking: "Bumpei Otsuki,
    // president of the Japan Federation of Employers' Associations, (Nikkeiren), told".)
    let is_relative =
        |p: &&[Tok]| p.first().is_some_and(|t| PREPOSITIONS.contains(&t.folded().as_str()) || t.is("("));
    let order: Vec<usize> =
        if prefer_last { (0..parts.len()).rev().collect() } else { (0..parts.len()).collect() };
    let mut chosen = None;
    for i in order {
        if is_relative(&parts[i]) {
            continue;
        }
        if parsed[i].is_none() {
            // "Lord Strathclyde, Tory leader in the Lords,": the name before it.
            if prefer_last && i > 0 && is_name(&parsed[i - 1]) {
                continue;
            }
            if prefer_last {
                // "Asked whether he would raise taxes, Mr Blair": the part before the
                // verb is the speaker, or none is.
                return None;
            }
            continue;
        }
        // A role beside a name in apposition: the name (not a pronoun's: "Brazil, he said").
        let beside = [i.wrapping_sub(1), i + 1].into_iter().find(|&j| j < parts.len() && is_name(&parsed[j]));
        if !is_name(&parsed[i])
            && !matches!(parsed[i], Some((Who::Pronoun(_), _, _)))
            && let Some(j) = beside
        {
            chosen = Some(j);
        } else {
            chosen = Some(i);
        }
        break;
    }
    // "Juan Lechin Oquendo, the veteran secretary general of the Bolivian Labour
    // Organization, COB," and "Lindner, the Cincinnati, Ohio, investor who controls
    // American Financial Corp,": one word after a name and its role is the role's union,
    // firm or place, not who speaks.
    // (The name opens the clause and only descriptions stand between: not "Asked about
    // critics in Akron, Ohio, where GenCorp is headquartered, Reed said".)
    if prefer_last
        && let Some(i) = chosen
        && i >= 2
        && parts[i].len() == 1
        && is_name(&parsed[i])
        && is_name(&parsed[0])
        && !is_relative(&parts[0])
        && parsed[1..i].iter().all(|w| !is_name(w) && !matches!(w, Some((Who::Pronoun(_), _, _))))
        && parts[1..i]
            .iter()
            .all(|p| !p.iter().any(|t| t.is_lower() && RELATIVES.contains(&t.folded().as_str())))
    {
        chosen = Some(0);
    }
    // "Mexico, Colombia, Argentina and others rejected it and …", "…at Dakota City,
    // Nebraska, because it said": a place is the speaker only in the part next to the
    // verb ("Iran said", "In a memorandum to GATT, China said"), not one before it.
    let nearest = if prefer_last {
        (0..parts.len()).rev().find(|&i| !is_relative(&parts[i]))
    } else {
        (0..parts.len()).find(|&i| !is_relative(&parts[i]))
    };
    if let Some(i) = chosen
        && Some(i) != nearest
        && named_as(&parsed[i], &is_place_name)
    {
        return None;
    }
    let (who, start, end) = parsed.into_iter().nth(chosen?)??;
    let written = para[start..end].to_string();
    Some((if let Who::Name(_) = who { Who::Name(written) } else { who }, start, end))
}

/// Where the clause starting at `toks[0]` ends: before a full stop, `;`, `?`, `!`, `:` or
/// a quote mark.
fn clause_end(toks: &[Tok]) -> usize {
    toks.iter()
        .position(|t| {
            t.text.len() <= 4
                && t.text.chars().all(|c| ".;?!:".contains(c) || is_quote_char(c))
                && !t.is_word()
        })
        .unwrap_or(toks.len())
}

/// The attribution after a quote's closing mark at `close_at` (its byte after the mark):
/// `," said Mr Howard`, `," Mr Howard said`, `," he added`. Only when the quote ends its
/// clause short of a full stop (`,` `?` `!` a dash), or the words after it go on in lower
/// case (`." he said`): after `."` a new sentence starts ("She said ministers would…").
fn trailing(para: &str, p: usize, close_at: usize, quoted: &str, names: &Names) -> Option<Said> {
    let toks = tokens(para, close_at..para.len().min(close_at + 300));
    let toks = &toks[..clause_end(&toks)];
    // A comma set after the closing mark ends the clause as one inside it does: `The rise
    // "was due to winter", labour office chief Frank-Juergen Weise said`, `monitoring was
    // "quite a task", he added` (not `"a con", and the party said`, another clause).
    let comma_after = toks.first().is_some_and(|t| t.is(","))
        && !toks.get(1).is_some_and(|t| t.is_lower() && CLAUSE_OPENERS.contains(&t.folded().as_str()));
    let toks = if comma_after { &toks[1..] } else { toks };
    let first = toks.first()?;
    let open_ended =
        comma_after || quoted.ends_with([',', '?', '!', '-', '—', '–', '…']) || quoted.ends_with("...");
    // After a quote ended by its full stop or set in a sentence ("the "less painful"
    // option, our correspondent added"), only a verb or a pronoun going on at once.
    let goes_on = is_speech_verb(first) || matches!(first.text, "he" | "she");
    if !open_ended && !goes_on {
        return None;
    }
    let shown_end = toks[..toks.len().min(14)].last().map_or(close_at, Tok::end);
    let clause_end_byte = toks.last().map_or(close_at, Tok::end);
    // `," according to John Binks, director of GfK.`
    if let Some((who, start, end)) = according_to(para, toks, names) {
        return Some(Said {
            who,
            written: para[start..end].to_string(),
            at: (p, start),
            attribution: para[toks[0].at..shown_end.max(end)].trim().to_string(),
            attribution_end: clause_end_byte.max(end),
        });
    }
    // After a name and its role: `," Roy Asher, chief investment officer of Hibernian
    // Investment Managers, told Reuters`, however long the role between commas.
    let verb = toks.iter().take(14).position(is_speech_verb).or_else(|| verb_after_role(toks))?;
    let shown_end = shown_end.max(toks[verb].end());
    let (who, start, end) = if verb == 0 {
        if matches!(toks[0].folded().as_str(), "told" | "tells") {
            return None;
        }
        let rest = &toks[1..];
        let stop = rest
            .iter()
            .position(|t| t.is_lower() && AFTER_NAME.contains(&t.folded().as_str()))
            .unwrap_or(rest.len());
        // "said the prime minister, Tony Blair": the name in apposition (not "said Mr
        // Blair in Hull, where…").
        let named = match rest.iter().position(|t| t.is(",")) {
            Some(comma) if comma < stop => {
                let after = &rest[comma + 1..];
                let to = after
                    .iter()
                    .position(|t| t.is(",") || (t.is_lower() && AFTER_NAME.contains(&t.folded().as_str())))
                    .unwrap_or(after.len());
                comma + 1 + to
            }
            _ => stop,
        };
        // "said Gulf and Western chairman Martin Davis", "said Tony Blair and Gordon Brown":
        // a name after "and" (not "said Mr Blair and his wife").
        let past_and = rest.get(stop).is_some_and(|t| t.is("and")).then(|| {
            let more = rest[stop + 1..]
                .iter()
                .position(|t| t.is(",") || (t.is_lower() && AFTER_NAME.contains(&t.folded().as_str())))
                .unwrap_or(rest.len() - stop - 1);
            speaker_of_parts(para, &rest[..stop + 1 + more], false, names)
                .filter(|(who, _, _)| matches!(who, Who::Name(_) | Who::Names(_)))
        });
        // "said Bank of Japan chief Toshihiko Fukui", "said Bank of Tokyo's Kimura": a
        // firm's name of a common word and "of", and who speaks after it (not "said John
        // Smith of Merrill Lynch").
        let of_firm = (stop > 0
            && rest.get(stop).is_some_and(|t| t.is("of"))
            && rest.get(stop + 1).is_some_and(|t| t.is_capitalized())
            && is_common_name(&para[rest[0].at..rest[stop - 1].end()], names))
        .then(|| {
            let more = rest[stop + 1..]
                .iter()
                .position(|t| t.is(",") || (t.is_lower() && AFTER_NAME.contains(&t.folded().as_str())))
                .unwrap_or(rest.len() - stop - 1);
            speaker_of_parts(para, &rest[..stop + 1 + more], false, names)
                .filter(|(who, start, _)| matches!(who, Who::Name(_)) && *start > rest[stop].at)
        });
        of_firm
            .flatten()
            .or(past_and.flatten())
            .or_else(|| speaker_of_parts(para, &rest[..named.min(rest.len())], false, names))
            .or_else(|| speaker_of_parts(para, &rest[..stop], false, names))?
    } else {
        // `…criminals?" The Scottish Green Party's health spokeswoman, Eleanor Scott, said
        // she was pleased…`: after a quote that ends its sentence, a clause opening in
        // capitals whose verb goes on with what it reports is the next sentence.
        let sentence_ended =
            !comma_after && !quoted.ends_with([',', '-', '—', '–']) && first.is_capitalized();
        let reports = toks.get(verb + 1).is_some_and(|t| {
            t.is_lower()
                && matches!(
                    t.folded().as_str(),
                    "that"
                        | "he"
                        | "she"
                        | "it"
                        | "they"
                        | "we"
                        | "i"
                        | "there"
                        | "this"
                        | "these"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                )
        });
        if sentence_ended && reports {
            return None;
        }
        speaker_of_parts(para, &toks[..verb], false, names)?
    };
    let attribution_start = toks[0].at.min(start);
    Some(Said {
        who,
        written: para[start..end].to_string(),
        at: (p, start),
        attribution: para[attribution_start..shown_end.max(end)].trim().to_string(),
        attribution_end: clause_end_byte.max(end),
    })
}

/// Where the verb is after a name and a role set off by commas, however long the role:
/// `Peter Giles, vice president and general manager of Kodak's mass memory division,
/// said` (the quote was the person's named before it).
fn verb_after_role(toks: &[Tok]) -> Option<usize> {
    let name = toks.iter().take_while(|t| t.is_word() && t.is_capitalized()).count();
    if name == 0 || name > 4 || !toks.get(name).is_some_and(|t| t.is(",")) {
        return None;
    }
    let verb = toks.iter().take(40).position(is_speech_verb)?;
    toks[verb - 1].is(",").then_some(verb)
}

/// Words opening a clause of its own after a comma: what follows them is no attribution.
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "or", "while", "whereas", "as", "which", "who", "where", "when", "adding", "saying",
    "although", "though", "so", "because", "after", "before", "since", "if", "unless", "until", "then",
    "even",
];

/// The speaker of `toks` opening with "according to": "according to John Binks, director
/// of GfK" is John Binks, "according to the chief librarian, Susan Park" Susan Park.
fn according_to(para: &str, toks: &[Tok], names: &Names) -> Option<(Who, usize, usize)> {
    let [first, second, rest @ ..] = toks else { return None };
    if first.folded() != "according" || second.folded() != "to" {
        return None;
    }
    let stop = rest
        .iter()
        .position(|t| t.is_lower() && AFTER_NAME.contains(&t.folded().as_str()))
        .unwrap_or(rest.len());
    speaker_of_parts(para, &rest[..stop], false, names)
}

/// The start of the last sentence in `toks`: after a full stop, `?`, `!` or `;`, or a
/// quote mark.
fn last_sentence(toks: &[Tok]) -> usize {
    toks.iter()
        .rposition(|t| {
            !t.is_word() && (t.text.chars().all(|c| ".;?!".contains(c)) || t.text.chars().any(is_quote_char))
        })
        .map_or(0, |i| i + 1)
}

/// The attribution before a quote opening at `open_at`, from the words of its paragraph
/// since `from`: `Mr Blair said: "`, `He told the BBC: "`, `He said "`, `said Mr Blair: "`.
fn leading(para: &str, p: usize, from: usize, open_at: usize, names: &Names) -> Option<Said> {
    let toks = tokens(para, from..open_at);
    let clause = &toks[last_sentence(&toks)..];
    let (last, rest) = clause.split_last()?;
    let introduces = last.is(":")
        || last.is(",")
        || last.is("—")
        || last.is("–")
        || (last.is_lower() && last.folded() == "that");
    let clause = if introduces { rest } else { clause };
    // `According to the chief librarian, Susan Park, "…`
    if introduces && let Some((who, start, end)) = according_to(para, clause, names) {
        return Some(Said {
            who,
            written: para[start..end].to_string(),
            at: (p, start),
            attribution: para[clause[0].at..toks.last().map_or(end, Tok::end)].trim().to_string(),
            attribution_end: open_at,
        });
    }
    let verb = clause.iter().rposition(is_speech_verb)?;
    let after = &clause[verb + 1..];
    // Said just now: at most a few words after the verb ("told BBC Radio 4's Today
    // programme"), and the quote right after those, or after a colon.
    if after.iter().filter(|t| t.is_word()).count() > 8 {
        return None;
    }
    if !introduces && !after.is_empty() {
        // No colon or comma before the quote: the verb must be the last word ("He said
        // "…"), not a partial quote inside reported speech.
        return None;
    }
    let before = &clause[..verb];
    let (who, start, end) = match speaker_of_parts(para, before, true, names) {
        Some(found) => found,
        None if before.iter().all(|t| !t.is_word() || ASIDES.contains(&t.folded().as_str())) => {
            let stop = after
                .iter()
                .position(|t| t.is_lower() && AFTER_NAME.contains(&t.folded().as_str()))
                .unwrap_or(after.len());
            speaker_of_parts(para, &after[..stop], false, names)?
        }
        None => titled_name(para, before)?,
    };
    let attribution_start = clause.first().map_or(start, |t| t.at).min(start);
    let attribution_end = toks.last().map_or(end, Tok::end);
    Some(Said {
        who,
        written: para[start..end].to_string(),
        at: (p, start),
        attribution: para[attribution_start..attribution_end].trim().to_string(),
        attribution_end: open_at,
    })
}

/// A titled name ending `toks`, after words that are no name: "In the Cosmopolitan
/// interview Mr Howard", "Speaking in Harrogate Mr Kennedy".
fn titled_name(para: &str, toks: &[Tok]) -> Option<(Who, usize, usize)> {
    let title = toks.iter().rposition(|t| {
        matches!(
            t.folded().as_str(),
            "mr" | "mr."
                | "ms"
                | "ms."
                | "mrs"
                | "mrs."
                | "miss"
                | "dr"
                | "dr."
                | "sir"
                | "lord"
                | "lady"
                | "dame"
        )
    })?;
    let name = &toks[title + 1..];
    if name.is_empty() || name.len() > 2 || !name.iter().all(|t| t.is_word() && t.is_capitalized()) {
        return None;
    }
    let (start, end) = (toks[title].at, name[name.len() - 1].end());
    Some((Who::Name(para[start..end].to_string()), start, end))
}

/// A paragraph's head naming who speaks, with a colon and no verb: `- Manchester United
/// boss Sir Alex Ferguson: "…"` (a list of reactions). The caller keeps it only for one of
/// the article's people.
fn headed(para: &str, p: usize, from: usize, open_at: usize, names: &Names) -> Option<Said> {
    if from != 0 {
        return None;
    }
    let toks = tokens(para, 0..open_at);
    let (last, rest) = toks.split_last()?;
    if !last.is(":") {
        return None;
    }
    let words = rest.iter().skip_while(|t| !t.is_word()).copied().collect::<Vec<_>>();
    if words.is_empty() || words.len() > 10 || words.iter().any(is_speech_verb) {
        return None;
    }
    let (who, start, end) = speaker_of_parts(para, &words, true, names)?;
    if !matches!(who, Who::Name(_)) {
        return None;
    }
    Some(Said {
        who,
        written: para[start..end].to_string(),
        at: (p, start),
        attribution: para[words[0].at..last.end()].trim().to_string(),
        attribution_end: open_at,
    })
}

/// The speaker of a sentence of reported speech just before a quote, with nothing
/// between: "She said new mothers were already entitled to 12 months. "We have made a firm
/// commitment."" The sentence starts with its speaker and the verb.
fn reported_speech(para: &str, p: usize, from: usize, open_at: usize, names: &Names) -> Option<Said> {
    let toks = tokens(para, from..open_at);
    let (last, rest) = toks.split_last()?;
    if !(last.is(".") || last.is("!") || last.is("?")) {
        return None;
    }
    let sentence = &rest[last_sentence(rest)..];
    // "In a statement, First City chairman J.A. Elkins said the bank's strategy was…"
    let verb = sentence.iter().take(12).position(is_speech_verb)?;
    if verb == 0
        || matches!(
            sentence[verb].folded().as_str(),
            "asked" | "asks" | "urged" | "denied" | "promised" | "pledged"
        )
    {
        return None;
    }
    let (who, start, end) = speaker_of_parts(para, &sentence[..verb], true, names)?;
    if matches!(who, Who::Unnamed | Who::Pronoun(None)) {
        return None;
    }
    Some(Said {
        who,
        written: para[start..end].to_string(),
        at: (p, start),
        attribution: para[sentence[0].at.min(start)..sentence[verb].end()].to_string(),
        attribution_end: open_at,
    })
}

/// The speaker of the sentence a quote is part of, written at its start with a verb of
/// saying: `Mr Fox said Labour's plans showed Mr Blair was "terrified of facing proper
/// scrutiny"`, `Mark Oaten, for the Liberal Democrats, said the government had "lost the
/// confidence of all sides"`.
fn partial(para: &str, p: usize, from: usize, open_at: usize, names: &Names) -> Option<Said> {
    let toks = tokens(para, from..open_at);
    let sentence = &toks[last_sentence(&toks)..];
    if sentence.len() > 60 {
        return None;
    }
    // The verb nearest the quote: "The Lib Dems say they will look at his plans, but Tory
    // Liam Fox said his party offered a "clear choice"" is Liam Fox's.
    let verb = sentence.iter().rposition(is_speech_verb)?;
    if verb == 0 || matches!(sentence[verb].folded().as_str(), "asked" | "asks") {
        return None;
    }
    // Words of another in between: "Mr Brown announced plans to merge 35 agencies -
    // described by one union as a "bonfire of the quangos"".
    if sentence[verb + 1..].iter().any(|t| t.is("by")) {
        return None;
    }
    let (who, start, end) = speaker_of_parts(para, &sentence[..verb], true, names)?;
    Some(Said {
        who,
        written: para[start..end].to_string(),
        at: (p, start),
        attribution: para[sentence[0].at.min(start)..sentence[verb].end()].to_string(),
        attribution_end: open_at,
    })
}

// ---------------------------------------------------------------------------------------
// Who a name, a pronoun or a role is

/// A person named outside quotes.
#[derive(Debug, Clone)]
struct Mention {
    paragraph: usize,
    at: usize,
    person: String,
    /// Someone unnamed (`person` empty) as written: "a company spokesman".
    described: String,
    /// Which sentence of the article it is in.
    sentence: usize,
    /// Said beside a verb of saying: "Mr Blair said", "said Mr Blair".
    speaks: bool,
    /// Named at its sentence's head, before any verb, preposition or clause: the subject
    /// ("Mr Blair was in Hull"), not an object ("…the possibility that Javier Perez de
    /// Cuellar might…").
    subject: bool,
    /// A title's gender: "Mr", "Mrs".
    gender: Option<Gender>,
    /// The few words before it, folded ("prime minister" of "Prime Minister Tony Blair"),
    /// and after it (", the prime minister,").
    before: String,
    after: String,
    /// A role named with no name, at its sentence's head or beside a verb of saying ("The
    /// Tory leader countered", ", the Tory leader said"): its folded words after "the", for
    /// [`Context::role_holder`]. Its `person` is empty.
    role: Option<String>,
    /// Written with "'s" before more of its noun phrase: "Wenger's Bayern counterpart Felix
    /// Magath" is Felix Magath, not Wenger.
    possessive: bool,
}

impl Mention {
    /// Whether a passive verb follows the name: "Mutu was sacked", "he is accused".
    fn is_passive(&self) -> bool {
        let words: Vec<&str> = self.after.split(' ').take(3).collect();
        let participle = |w: &str| {
            w.ends_with("ed") || matches!(w, "given" | "taken" | "beaten" | "shown" | "told" | "hit" | "sent")
        };
        match words[..] {
            ["has" | "had" | "have", "been", w, ..] => participle(w),
            ["was" | "were" | "is" | "are", w, ..] => participle(w),
            _ => false,
        }
    }

    /// Whether a named person (no possessive, no object of a preposition) acts next: "a
    /// move Wenger has backed", "Wenger said", "Wenger will meet".
    fn acts(&self) -> bool {
        if self.person.is_empty() || self.possessive || self.is_passive() {
            return false;
        }
        if self.before.rsplit(' ').next().is_some_and(|w| PREPOSITIONS.contains(&w) || w == "by" || w == "to")
        {
            return false;
        }
        let mut words = self.after.split(' ');
        let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        (matches!(first, "has" | "had" | "have") && second != "been")
            || matches!(first, "will" | "would" | "could" | "can" | "may" | "might" | "should" | "must")
            || (first.len() > 3 && first.ends_with("ed"))
    }
}

/// An article's people, each with its name's folded words, and where its text names them.
struct Context {
    people: Vec<(String, Vec<String>)>,
    /// The folded words of the people's names ([`Names`]).
    names: Names,
    mentions: Vec<Mention>,
    /// The sentences whose subject is "he" or "she" ("He suggested the claim that Lord
    /// Falconer…"): the people they name are not who a later "he" is.
    pronoun_led: Vec<(usize, Gender)>,
    /// Where each sentence starts (paragraph, byte), with its number, in order.
    sentence_starts: Vec<((usize, usize), usize)>,
    /// The surnames the article writes after a peer's title, folded, with the title as
    /// first written ("hoffmann", "Lord Hoffmann"): that one person's, not a namesake's.
    peers: Vec<(String, String)>,
    /// The names the article writes in full after a peer's title, folded ("helena
    /// kennedy" of "Baroness Helena Kennedy"): "Baroness Kennedy" is that one.
    peers_in_full: Vec<String>,
}

/// The sex the given name of a full name tells ("Mark Oaten"), not a title's ("Lord
/// Hoffmann") nor a one-word name's.
fn given_gender(person: &str) -> Option<Gender> {
    let mut words = person.split_whitespace();
    let first = fold(words.next()?);
    words.next()?;
    if is_title_before_name(&first) || super::east_asian::family_first(person).is_some() {
        return None;
    }
    titled::given_name_gender(&first)
}

/// The peer a surname written after a peer's title is, as the article titles the peer
/// ("Lord Hoffmann"), unless `listed` (the article's person the surname matched) is a full
/// name of the article whose given name fits the title's sex (`title`: "Lord Kinnock" of
/// "Neil Kinnock", not "Baroness Kennedy" of "Charles Kennedy"), or one the article writes
/// after a peer's title ("Baroness Helena Kennedy"): then `None`, that person stands.
fn peer_named(
    peers: &[(String, String)],
    in_full: &[String],
    title: &str,
    surname: &str,
    listed: &str,
) -> Option<String> {
    let key = fold(surname.trim_end_matches("'s").trim_end_matches("’s"));
    let listed_key = listed.split_whitespace().map(fold).collect::<Vec<_>>().join(" ");
    let fits = given_gender(listed).is_none_or(|g| Some(g) == written_gender(title));
    if listed.contains(' ') && (in_full.contains(&listed_key) || fits) {
        return None;
    }
    peers.iter().find(|(s, _)| *s == key).map(|(_, written)| written.clone())
}

/// The peers an article's `paragraphs` name: each surname written after a peer's title
/// alone ("Lord Hoffmann", "Lord Nicholls of Birkenhead"), folded, with the title and
/// surname as first written; and the names written in full after one ("Baroness Helena
/// Kennedy"), folded. Not an office ("Lord Chancellor", "Lord Justice Auld").
fn peers_of(paragraphs: &[String]) -> (Vec<(String, String)>, Vec<String>) {
    let (mut peers, mut in_full): (Vec<(String, String)>, Vec<String>) = (Vec::new(), Vec::new());
    for para in paragraphs {
        let toks = tokens(para, 0..para.len());
        for (k, tok) in toks.iter().enumerate() {
            let capital = |j: usize| {
                toks.get(j).filter(|t| t.is_word() && t.is_capitalized() && !titled::is_office(&t.folded()))
            };
            if !tok.is_capitalized() || !titled::is_peer_title(&tok.folded()) {
                continue;
            }
            let Some(next) = capital(k + 1) else { continue };
            let run = (k + 1..(k + 4).min(toks.len())).take_while(|&j| capital(j).is_some()).count();
            let words = |n: usize| -> Vec<String> {
                toks[k + 1..k + 1 + n]
                    .iter()
                    .map(|t| fold(t.text.trim_end_matches("'s").trim_end_matches("’s")))
                    .collect()
            };
            if run > 1 {
                in_full.push(words(run).join(" "));
            } else {
                let surname = words(1).remove(0);
                if !peers.iter().any(|(s, _)| *s == surname) {
                    let written = next.text.trim_end_matches("'s").trim_end_matches("’s");
                    peers.push((surname, format!("{} {written}", tok.text)));
                }
            }
        }
    }
    (peers, in_full)
}

/// Whether a word before a name in its sentence makes the name no subject: a verb or a
/// clause ("the bill, sponsored by Senator Johnston", "the possibility that Javier Perez
/// de Cuellar might", "Their view was backed by Monique Landry"). Not a preposition nor
/// "is": "The head of the authority, Murilo Habbema,", "The director is Matthew Warchus".
fn blocks_subject(tok: &Tok) -> bool {
    if !tok.is_lower() {
        return false;
    }
    let folded = tok.folded();
    let word = folded.as_str();
    RELATIVES.contains(&word)
        || is_speech_verb(tok)
        || matches!(
            word,
            "to" | "by"
                | "than"
                | "has"
                | "had"
                | "have"
                | "will"
                | "would"
                | "could"
                | "can"
                | "may"
                | "might"
                | "should"
                | "did"
                | "does"
        )
        || (word.len() > 4 && word.ends_with("ed"))
}

/// Where someone unnamed of the person whose name ends at `toks[end - 1]` is: the noun of
/// "Tony Blair's official spokesman", "Mr Brown's aides" (not "Mr Blair's friend Peter
/// Mandelson", who is named).
fn unnamed_of(toks: &[Tok], end: usize) -> Option<usize> {
    let name = toks.get(end.checked_sub(1)?)?;
    // "Blair's" is one word, "Jones' " two.
    let end = match toks.get(end) {
        Some(t) if t.is("'") || t.is("’") => end + 1,
        _ if name.text.ends_with("'s") || name.text.ends_with("’s") => end,
        _ => return None,
    };
    let run =
        toks[end..].iter().take(3).take_while(|t| t.is_word() && t.is_lower() && !is_speech_verb(t)).count();
    let noun = (end..end + run).rev().find(|&i| UNNAMED_SPEAKERS.contains(&toks[i].folded().as_str()))?;
    let named = toks.get(noun + 1).is_some_and(|t| t.is_word() && t.is_capitalized());
    (!named).then_some(noun)
}

/// Someone named by a role alone (the role's head at `toks[k]`) at the head of the
/// sentence starting at `toks[sentence_from]` ("The Tory leader countered that…", "And the
/// French international defender believes…") or beside a verb of saying (", the Tory
/// leader said", "said the chancellor"): the one a "he" after it is, not a person named
/// before. Not a role before a name ("Tory leader Michael Howard", "the Tory leader,
/// Michael Howard,") nor after one ("Michael Howard, the Tory leader"): the name says who.
fn role_mention(
    para: &str,
    p: usize,
    toks: &[Tok],
    k: usize,
    sentence_from: usize,
    sentence: usize,
) -> Option<Mention> {
    let from = sentence_from.min(k);
    let back = toks[from..k].iter().rev().take(5).position(|t| t.folded() == "the")?;
    let det = k - 1 - back;
    let between = &toks[det + 1..k];
    if between.iter().any(|t| !t.is_word() || blocks_subject(t) || is_speech_verb(t) || t.is("and")) {
        return None;
    }
    let next = toks.get(k + 1);
    let capital = |j: usize| toks.get(j).is_some_and(|t| t.is_word() && t.is_capitalized());
    // (Also "The musical's director is Matthew Warchus".)
    let named_after = capital(k + 1)
        || (next.is_some_and(|t| t.is(",")) && capital(k + 2))
        || (next.is_some_and(|t| t.is("is") || t.is("was")) && capital(k + 2));
    let named_before = det >= 2 && toks[det - 1].is(",") && capital(det - 2);
    if named_after || named_before {
        return None;
    }
    // At the sentence's head, or of a clause after ", but": "…, but the Scot admitted".
    let opener =
        |t: &Tok| matches!(t.folded().as_str(), "and" | "but" | "so" | "yet" | "meanwhile" | "however");
    let clause_head = toks[from..det].iter().all(|t| !t.is_word() || opener(t))
        || (det >= 2 && opener(&toks[det - 1]) && toks[det - 2].is(","));
    // Its verb next ("The Tory leader countered"), not more of its phrase ("The head of
    // the authority, Murilo Habbema,").
    let heads = clause_head
        && next.is_some_and(|t| {
            t.is_word()
                && t.is_lower()
                && !PREPOSITIONS.contains(&t.folded().as_str())
                && !RELATIVES.contains(&t.folded().as_str())
                && !matches!(t.folded().as_str(), "and" | "or")
        });
    // "said the chancellor." ends its clause; "said the president was forced" is what
    // someone else said.
    let clause_ends =
        next.is_none_or(|t| !t.is_word() || (t.is_lower() && AFTER_NAME.contains(&t.folded().as_str())));
    let verb_before = clause_ends && det.checked_sub(1).and_then(|j| toks.get(j)).is_some_and(is_speech_verb);
    let verb_after = next.is_some_and(is_speech_verb);
    if !(heads || verb_before || verb_after) {
        return None;
    }
    Some(Mention {
        paragraph: p,
        at: toks[k].at,
        person: String::new(),
        described: para[toks[det].at..toks[k].end()].to_string(),
        sentence,
        speaks: verb_before || verb_after,
        subject: true,
        gender: None,
        before: String::new(),
        after: String::new(),
        role: Some(toks[det + 1..=k].iter().map(Tok::folded).collect::<Vec<_>>().join(" ")),
        possessive: false,
    })
}

/// Who speaks unnamed: a "he" or "she" after one is no one named before.
const UNNAMED_SPEAKERS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "source",
    "sources",
    "official",
    "officials",
    "aide",
    "aides",
    "insider",
    "insiders",
    "friend",
    "friends",
    "colleague",
    "ally",
    "allies",
];

/// The gender a name's title or a pronoun as written tells: "Mrs Blair", "he".
fn written_gender(written: &str) -> Option<Gender> {
    let first = fold(written.split_whitespace().next()?);
    if MEN.contains(&first.as_str()) || first == "he" {
        Some(Gender::Male)
    } else if WOMEN.contains(&first.as_str()) || first == "she" {
        Some(Gender::Female)
    } else {
        None
    }
}

const MEN: &[&str] = &[
    "mr", "mr.", "sir", "lord", "king", "prince", "baron", "duke", "earl", "viscount", "marquess", "father",
];
const WOMEN: &[&str] = &[
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "miss",
    "lady",
    "dame",
    "baroness",
    "queen",
    "princess",
    "duchess",
    "sister",
    "viscountess",
    "countess",
];

impl Context {
    fn new(paragraphs: &[String], spans: &[Span], people: &[String], names: &Names) -> Context {
        let mut people: Vec<(String, Vec<String>)> = people
            .iter()
            .map(|name| (name.clone(), name.split_whitespace().map(fold).collect::<Vec<_>>()))
            .filter(|(_, words)| !words.is_empty())
            .collect();
        let (peers, peers_in_full) = peers_of(paragraphs);
        let mut mentions = Vec::new();
        let mut pronoun_led = Vec::new();
        let mut sentence = 0;
        let mut sentence_starts = Vec::new();
        for (p, para) in paragraphs.iter().enumerate() {
            sentence += 1;
            sentence_starts.push(((p, 0), sentence));
            // The first token of the sentence being read.
            let mut sentence_from = 0;
            let quoted: Vec<&Range<usize>> = spans
                .iter()
                .flat_map(|s| s.parts.iter())
                .filter(|(sp, _)| *sp == p)
                .map(|(_, r)| r)
                .collect();
            let toks = tokens(para, 0..para.len());
            let mut k = 0;
            while k < toks.len() {
                let tok = toks[k];
                if !tok.is_word() {
                    if (tok.is(".") || tok.is("?") || tok.is("!"))
                        && toks
                            .get(k + 1)
                            .is_some_and(|n| n.is_capitalized() || n.text.chars().all(is_quote_char))
                    {
                        sentence += 1;
                        sentence_starts.push(((p, tok.end()), sentence));
                        sentence_from = k + 1;
                    }
                    k += 1;
                    continue;
                }
                if quoted.iter().any(|r| r.contains(&tok.at)) {
                    k += 1;
                    continue;
                }
                let opens_sentence = toks[..k]
                    .iter()
                    .rev()
                    .take_while(|t| !(t.is(".") || t.is("?") || t.is("!")))
                    .filter(|t| t.is_word())
                    .count()
                    <= 1;
                if opens_sentence {
                    match tok.text {
                        "He" | "he" => pronoun_led.push((sentence, Gender::Male)),
                        "She" | "she" => pronoun_led.push((sentence, Gender::Female)),
                        _ => {}
                    }
                }
                let folded = tok.folded();
                // "the Scot admitted", "the Dutchman said": a nationality for a person.
                let national = tok.is_capitalized()
                    && k > 0
                    && toks[k - 1].folded() == "the"
                    && is_nationality_noun(&folded);
                if (national || (tok.is_lower() && !is_unnamed_noun(&folded)))
                    && (national || is_role_word(&folded) || is_people_word(&folded))
                    && let Some(mention) = role_mention(para, p, &toks, k, sentence_from, sentence)
                {
                    mentions.push(mention);
                    k += 1;
                    continue;
                }
                if !tok.is_capitalized() || is_unnamed_noun(&folded) {
                    // Someone unnamed said to speak ("a Labour spokesman said", "said a
                    // source", "Sources said"): a "he" after it is no one named before.
                    if is_unnamed_noun(&folded) {
                        let beside = |t: Option<&Tok>| t.is_some_and(is_speech_verb);
                        let before = k.checked_sub(1).and_then(|j| toks.get(j));
                        let after = toks[k + 1..]
                            .iter()
                            .filter(|t| t.is_word())
                            .find(|t| !ASIDES.contains(&t.folded().as_str()));
                        // "A spokesman" opening a sentence is who a "he" after it is,
                        // whatever he did: "A spokesman for the Oxford University Press
                        // explained the word". Not one named beside it ("Barry Hugill, a
                        // spokesman for Liberty", "A spokesman for the agency, Dean Boyd,")
                        // nor "the spokesman", who may be someone named before.
                        let head = &toks[sentence_from.min(k)..k];
                        let rest = &toks[k + 1..];
                        let clause = &rest[..rest
                            .iter()
                            .position(|t| is_speech_verb(t) || t.is(".") || t.is("?") || t.is("!"))
                            .unwrap_or(rest.len())];
                        let spokesman = (UNNAMED_SPEAKERS.contains(&folded.as_str()) || folded == "analyst")
                            && !folded.ends_with('s')
                            && head.first().is_some_and(|t| matches!(t.text, "A" | "An"))
                            && head.iter().all(|t| t.is_word() && !blocks_subject(t))
                            && !rest.first().is_some_and(|t| t.is_word() && t.is_capitalized())
                            && !clause.iter().any(|t| t.is(","));
                        if beside(before) || beside(after) || spokesman {
                            // As written, from its determiner: "a company spokesman".
                            let from = toks[..k]
                                .iter()
                                .rev()
                                .take(3)
                                .take_while(|t| t.is_word() && !is_speech_verb(t))
                                .position(|t| {
                                    let f = t.folded();
                                    UNNAMED.contains(&f.as_str()) || f == "the"
                                })
                                .map_or(tok.at, |back| toks[k - 1 - back].at);
                            mentions.push(Mention {
                                paragraph: p,
                                at: tok.at,
                                person: String::new(),
                                described: para[from..tok.end()].to_string(),
                                sentence,
                                speaks: true,
                                subject: false,
                                gender: match folded.as_str() {
                                    "spokesman" => Some(Gender::Male),
                                    "spokeswoman" => Some(Gender::Female),
                                    _ => None,
                                },
                                before: String::new(),
                                after: String::new(),
                                role: None,
                                possessive: false,
                            });
                        }
                    }
                    k += 1;
                    continue;
                }
                let title = tok.folded();
                let gender = if MEN.contains(&title.as_str()) {
                    Some(Gender::Male)
                } else if WOMEN.contains(&title.as_str()) {
                    Some(Gender::Female)
                } else {
                    None
                };
                let name_from =
                    if gender.is_some() || matches!(title.as_str(), "dr" | "dr.") { k + 1 } else { k };
                let found = match_person(&toks[name_from.min(toks.len())..], &people).or_else(|| {
                    // Someone with a title the list lacks: "Mr Smith".
                    (name_from > k).then(|| {
                        let run = toks[name_from..]
                            .iter()
                            .take_while(|t| t.is_capitalized() && t.is_word())
                            .count();
                        (run > 0).then(|| {
                            let last = toks[name_from + run - 1];
                            (para[toks[name_from].at..last.end()].to_string(), run)
                        })
                    })?
                });
                let mut fresh = false;
                let found = found.or_else(|| {
                    // Someone the list lacks, by a given name: "Nicola Sturgeon".
                    let run =
                        toks[k..].iter().take(3).take_while(|t| t.is_capitalized() && t.is_word()).count();
                    let given = name_from == k && run >= 2 && super::lexicon::is_first_name(&title);
                    // A given name and a surname no common word nor place: one of the
                    // article's people from here on ("Adrian Mutu", not "Christian Democrats").
                    fresh = given && run == 2 && {
                        let surname = toks[k + 1].text;
                        let key = fold(surname);
                        let shared = people.iter().any(|(_, words)| words.contains(&key));
                        let in_run = k > 0 && toks[k - 1].is_word() && toks[k - 1].is_capitalized();
                        !shared
                            && !in_run
                            && !matches!(
                                key.as_str(),
                                "corp" | "inc" | "co" | "ltd" | "plc" | "group" | "bank"
                            )
                            && !is_common_name(surname, names)
                            && !is_place_name(surname)
                            && !super::gazetteer::is_common_word(&fold(surname))
                            && !surname.ends_with("'s")
                            && !surname.ends_with("’s")
                    };
                    given.then(|| (para[tok.at..toks[k + run - 1].end()].to_string(), run))
                });
                let Some((mut person, len)) = found else {
                    k += 1;
                    continue;
                };
                // "Baroness Kennedy" is no "Charles Kennedy" the article names, nor "Lord
                // Browne" a "Des Browne": a peer is named as the article titles him or her.
                if titled::is_peer_title(&title)
                    && len == 1
                    && let Some(peer) =
                        peer_named(&peers, &peers_in_full, &title, toks[name_from].text, &person)
                {
                    person = peer;
                }
                let end = name_from + len;
                // After a phrase a preposition opens and a comma closes ("In a statement
                // released through her attorney Rich Nichols, Jones repeated…"), the name
                // right after the comma heads the sentence.
                let head_from = sentence_from.min(k);
                let fronted = toks
                    .get(head_from)
                    .is_some_and(|t| t.is_capitalized() && PREPOSITIONS.contains(&t.folded().as_str()))
                    && k > 0
                    && toks[k - 1].is(",");
                let subject = fronted || toks[head_from..k].iter().all(|t| !blocks_subject(t));
                // Someone unnamed of a person's: "Tony Blair's official spokesman declined
                // to comment. He said…" is the spokesman, not Tony Blair.
                if let Some(noun) = unnamed_of(&toks, end) {
                    let spoken = |t: Option<&Tok>| t.is_some_and(is_speech_verb);
                    mentions.push(Mention {
                        paragraph: p,
                        at: tok.at,
                        person: String::new(),
                        described: para[tok.at..toks[noun].end()].to_string(),
                        sentence,
                        speaks: spoken(toks.get(noun + 1))
                            || spoken(k.checked_sub(1).and_then(|j| toks.get(j))),
                        subject,
                        gender: match toks[noun].folded().as_str() {
                            "spokesman" => Some(Gender::Male),
                            "spokeswoman" => Some(Gender::Female),
                            _ => None,
                        },
                        before: String::new(),
                        after: String::new(),
                        role: None,
                        possessive: false,
                    });
                    k = noun + 1;
                    continue;
                }
                // A firm before someone's role and name is no one: "Janney Montgomery
                // analyst Louis Marckesano", "Merrill Lynch economist Jane Doe".
                let employer = toks.get(end).is_some_and(|t| {
                    t.is_lower()
                        && (PERSON_ROLES.contains(&t.folded().as_str()) || is_unnamed_noun(&t.folded()))
                }) && toks.get(end + 1).is_some_and(|t| t.is_capitalized() && t.is_word());
                if employer {
                    k = end;
                    continue;
                }
                let near = |range: std::ops::Range<usize>| -> String {
                    toks[range].iter().map(Tok::folded).collect::<Vec<_>>().join(" ")
                };
                let before = near(k.saturating_sub(4)..k);
                let after = near(end.min(toks.len())..(end + 6).min(toks.len()));
                let verb_after = toks[end.min(toks.len())..]
                    .iter()
                    .filter(|t| t.is_word())
                    .take(3)
                    .find(|t| !ASIDES.contains(&t.folded().as_str()));
                // The verb before the name and its role: "said Sandvine's chief technology
                // officer Marc Morin".
                let verb_before = toks[k.saturating_sub(6)..k]
                    .iter()
                    .rev()
                    .take_while(|t| {
                        (t.is_word() || t.is("'") || t.is("’"))
                            && !(t.is_lower()
                                && !is_speech_verb(t)
                                && (PREPOSITIONS.contains(&t.folded().as_str())
                                    || RELATIVES.contains(&t.folded().as_str())
                                    || matches!(t.folded().as_str(), "by" | "to" | "and" | "or" | "but")))
                    })
                    .find(|t| is_speech_verb(t))
                    .copied();
                // "said Mr Blair in Hull" is Mr Blair speaking, "said Charles was one of his
                // heroes" the start of what someone else said.
                let clause_ends = toks.get(end).is_none_or(|t| {
                    !t.is_word() || (t.is_lower() && AFTER_NAME.contains(&t.folded().as_str()))
                });
                let speaks = verb_after.is_some_and(|t| is_speech_verb(t))
                    || (clause_ends && verb_before.is_some_and(|t| is_speech_verb(&t)))
                    // "Andrew Burke, chief of BT's new Entertainment unit told the forum".
                    || (toks.get(end).is_some_and(|t| t.is(","))
                        && toks[end..]
                            .iter()
                            .take(12)
                            .take_while(|t| !(t.is(".") || t.is("?") || t.is("!")))
                            .any(is_speech_verb));
                let last = toks[(end - 1).min(toks.len() - 1)];
                let possessive = (last.text.ends_with("'s") || last.text.ends_with("’s"))
                    || toks.get(end).is_some_and(|t| t.is("'") || t.is("’"));
                if fresh && !people.iter().any(|(listed, _)| *listed == person) {
                    // "Adrian Mutu", named once in full: "Mutu" after it is him.
                    people.push((person.clone(), person.split_whitespace().map(fold).collect()));
                }
                mentions.push(Mention {
                    paragraph: p,
                    at: toks[k].at,
                    person,
                    described: String::new(),
                    sentence,
                    speaks,
                    subject,
                    gender,
                    before,
                    after,
                    role: None,
                    possessive,
                });
                k = end.max(k + 1);
            }
        }
        Context { people, names: names.clone(), mentions, pronoun_led, sentence_starts, peers, peers_in_full }
    }

    /// Records that `person` is said to speak at `at` (an attribution's speaker): a
    /// mention there speaks, or one is added.
    fn said_by(&mut self, at: (usize, usize), person: &str, gender: Option<Gender>) {
        let place = self.mentions.partition_point(|m| (m.paragraph, m.at) < at);
        if let Some(m) = self.mentions.get_mut(place).filter(|m| (m.paragraph, m.at) == at) {
            m.speaks |= !m.person.is_empty();
            return;
        }
        let sentence =
            self.sentence_starts.iter().rev().find(|(start, _)| *start <= at).map_or(0, |(_, n)| *n);
        self.mentions.insert(
            place,
            Mention {
                paragraph: at.0,
                at: at.1,
                person: person.to_string(),
                described: String::new(),
                sentence,
                speaks: true,
                subject: true,
                gender,
                before: String::new(),
                after: String::new(),
                role: None,
                possessive: false,
            },
        );
    }

    /// A one-word speaker as the article titles that peer ("Hoffmann" → "Lord Hoffmann"),
    /// else as given.
    fn titled(&self, person: String) -> String {
        if person.contains(' ') {
            return person;
        }
        let key = fold(&person);
        self.peers.iter().find(|(s, _)| *s == key).map_or(person, |(_, written)| written.clone())
    }

    /// The gender the article's titles give a person, when they agree.
    /// Else the sex its given name tells ([`titled::given_name_gender`]: "Mark Oaten" a
    /// man, "Helena Kennedy" a woman).
    fn gender_of(&self, person: &str) -> Option<Gender> {
        let mut genders = self.mentions.iter().filter(|m| m.person == person).filter_map(|m| m.gender);
        match genders.next() {
            Some(first) => genders.all(|g| g == first).then_some(first),
            None => given_gender(person),
        }
    }

    /// Who an attribution's speaker is, what kind of speaker, and for a pronoun standing
    /// for someone unnamed, who as written there ("a company spokesman").
    fn speaker(&self, said: &Said) -> (Option<String>, SpeakerKind, Option<String>) {
        match &said.who {
            Who::Name(written) => {
                let (person, listed) = self.person_named(written);
                // "Consumers said", "Exporters said": people unnamed, in capitals at a
                // sentence's head.
                let folded = fold(written);
                if !listed && folded.ends_with('s') && is_common_name(written, &self.names) {
                    return (None, SpeakerKind::Unnamed, None);
                }
                let first = written.split_whitespace().next().map(fold).unwrap_or_default();
                let kind = if listed
                    || written_gender(written).is_some()
                    || (written.contains(' ') && super::lexicon::is_first_name(&first))
                {
                    SpeakerKind::Person
                } else {
                    SpeakerKind::Name
                };
                (Some(person), kind, None)
            }
            Who::Pronoun(Some(gender)) => match self.antecedent(said.at, Some(*gender), false) {
                // "The Tory leader countered… He declared:": who the article gives the role,
                // of the pronoun's gender, else no one named.
                Some(m) if m.role.is_some() => {
                    match self
                        .resolve(m, Some(*gender))
                        .filter(|p| self.gender_of(p).is_none_or(|g| g == *gender))
                    {
                        Some(person) => (Some(person), SpeakerKind::Person, None),
                        None => (None, SpeakerKind::Unnamed, Some(m.described.clone())),
                    }
                }
                Some(m) if m.person.is_empty() => (None, SpeakerKind::Unnamed, Some(m.described.clone())),
                Some(m) => (Some(m.person.clone()), SpeakerKind::Person, None),
                None => (None, SpeakerKind::Unknown, None),
            },
            Who::Names(names) => {
                let people: Vec<String> = names.iter().map(|n| self.titled(self.person_named(n).0)).collect();
                (Some(people.join(" and ")), SpeakerKind::Person, None)
            }
            Who::Pronoun(None) => (None, SpeakerKind::Unknown, None),
            Who::Unnamed => (None, SpeakerKind::Unnamed, None),
            Who::Role(role) => match self.role_holder(role, said.at) {
                Some(person) => (Some(person), SpeakerKind::Person, None),
                None => (None, SpeakerKind::Unnamed, None),
            },
        }
    }

    /// The article's person a name as written names ("Mr Howard" → "Michael Howard"),
    /// else the name without its title.
    fn person_named(&self, written: &str) -> (String, bool) {
        let toks = tokens(written, 0..written.len());
        let words: Vec<&Tok> = toks.iter().filter(|t| t.is_word()).collect();
        // A peer's title before a surname alone ("Home Office minister Baroness Scotland",
        // "Lord Nicholls of Birkenhead"): the peer, not a namesake.
        if let Some(i) = words.iter().position(|t| t.is_capitalized() && titled::is_peer_title(&t.folded()))
            && let Some(surname) = words.get(i + 1).filter(|t| t.is_capitalized())
            && words.get(i + 2).is_none_or(|t| t.is("of"))
        {
            let tail = [**surname];
            let listed =
                match_person(&tail, &self.people).map_or_else(|| surname.text.to_string(), |(p, _)| p);
            if let Some(peer) =
                peer_named(&self.peers, &self.peers_in_full, words[i].text, surname.text, &listed)
            {
                return (peer, true);
            }
        }
        // The longest end of the words that is a listed name: "Tory leader Michael
        // Howard", "Shadow Chancellor Oliver Letwin".
        for from in 0..words.len() {
            let tail: Vec<Tok> = words[from..].iter().map(|t| **t).collect();
            if let Some((person, len)) = match_person(&tail, &self.people)
                && len == tail.len()
            {
                return (person, true);
            }
        }
        let mut from = 0;
        while from + 1 < words.len() {
            let folded = words[from].folded();
            let two = words.get(from + 1).map(|n| format!("{folded} {}", n.folded()));
            if two.as_deref().is_some_and(is_title_before_name) && from + 2 < words.len() {
                from += 2;
            } else if from + 2 == words.len() && is_common_name(words[from + 1].text, &self.names) {
                // "General Motors", "General Partners": a firm's name, no title's.
                break;
            } else if is_title_before_name(&folded)
                || is_party_word(&folded)
                || folded == "shadow"
                || folded == "former"
            {
                from += 1;
            } else {
                break;
            }
        }
        let name = match (words.get(from), words.last()) {
            (Some(first), Some(last)) => written[first.at..last.end()].to_string(),
            _ => written.to_string(),
        };
        // A surname two of the article's people share: the one the title's gender fits
        // ("Mrs Blair" beside Tony and Cherie Blair, when the article titles one of them).
        if let Some(gender) = written_gender(written)
            && !name.contains(' ')
        {
            let key = fold(&name);
            let fits: Vec<&String> = self
                .people
                .iter()
                .filter(|(_, words)| words.len() > 1 && words.last() == Some(&key))
                .map(|(person, _)| person)
                .filter(|person| self.gender_of(person) == Some(gender))
                .collect();
            if let [person] = fits[..] {
                return (person.clone(), true);
            }
        }
        (name, false)
    }

    /// The person a pronoun stands for, at `at`: in the nearest sentence before it that
    /// names someone (of its gender) outside quotes as a speaker or its subject, no more
    /// than [`WINDOW_PARAGRAPHS`] back, the one said to speak there (an attribution's
    /// speaker too), else its subject. A person named otherwise is no one's antecedent.
    fn antecedent(&self, at: (usize, usize), gender: Option<Gender>, skip_own: bool) -> Option<&Mention> {
        let fits = |m: &&Mention| {
            let known = m.gender.or_else(|| self.gender_of(&m.person));
            gender.is_none() || known.is_none() || known == gender
        };
        // A name after a preposition in the pronoun's own sentence is not who it is: "Of
        // Hepburn, she said" is Cate Blanchett's.
        let own_sentence = self.sentence_starts.iter().rev().find(|(start, _)| *start <= at).map(|(_, n)| *n);
        let object = |m: &&Mention| {
            Some(m.sentence) == own_sentence
                && m.before.rsplit(' ').next().is_some_and(|w| {
                    matches!(
                        w,
                        "of" | "about" | "on" | "to" | "for" | "with" | "at" | "from" | "by" | "against"
                    )
                })
        };
        let before: Vec<&Mention> = self
            .mentions
            .iter()
            .filter(|m| (m.paragraph, m.at) < at && m.paragraph + WINDOW_PARAGRAPHS >= at.0)
            .filter(|m| !(skip_own && Some(m.sentence) == own_sentence))
            .filter(fits)
            .filter(|m| !object(m))
            .collect();
        let mut sentences: Vec<usize> = before.iter().map(|m| m.sentence).collect();
        sentences.dedup();
        for sentence in sentences.into_iter().rev() {
            let same: Vec<&&Mention> = before.iter().filter(|m| m.sentence == sentence).collect();
            let chosen = match same.iter().rev().find(|m| m.speaks) {
                Some(speaker) => speaker,
                // "He suggested that Lord Falconer…": still the "he" before.
                None if gender.is_some_and(|g| self.pronoun_led.contains(&(sentence, g))) => continue,
                // Its subject; a person named in it otherwise ("…the possibility that Javier
                // Perez de Cuellar might…") is not who "he" is: the sentence before says.
                // (Not a possessive before another: "Wenger's Bayern counterpart Felix
                // Magath was in no mood to celebrate. He said:" is Magath's.)
                // (Not one a passive verb follows when someone named after it acts: "Mutu
                // was sacked by Chelsea - a move Wenger has backed. But he said:" is Wenger.)
                None => match same.iter().find(|m| m.subject && !m.possessive).or(same.first()) {
                    Some(first) if first.subject && first.is_passive() => same
                        .iter()
                        .rev()
                        .find(|m| m.acts() && (m.paragraph, m.at) > (first.paragraph, first.at))
                        .unwrap_or(first),
                    Some(first) if first.subject => first,
                    _ => continue,
                },
            };
            // Someone unnamed ("a spokesman") is no one to name: the caller says who.
            return Some(**chosen);
        }
        None
    }

    /// The person a role stands for ("prime minister" of "the prime minister"): the one the
    /// article gives it ("Prime Minister Tony Blair", "Tony Blair, the prime minister"),
    /// the nearest before `at`; else, for a role held by one named person (a minister, a
    /// leader, not a spokesman), as a pronoun.
    fn role_holder(&self, role: &str, at: (usize, usize)) -> Option<String> {
        let head = role.rsplit(' ').next().unwrap_or(role);
        if let Some(person) = self.given_role(role, at, true) {
            return Some(person);
        }
        // Not someone the role's own sentence names: "Mr Brown's Budget was…, the Tory
        // leader said" is not Mr Brown's.
        if PERSON_ROLES.contains(&head) || is_people_word(head) {
            self.antecedent(at, None, true).and_then(|m| {
                if m.role.is_some() && (m.paragraph, m.at) < at {
                    self.resolve(m, None)
                } else {
                    Some(m.person.clone()).filter(|p| !p.is_empty())
                }
            })
        } else {
            None
        }
    }

    /// The person a mention is: its person, or for a role alone the one the article gave
    /// it before ("Tory leader Michael Howard… the Tory leader said"); else no one: a role
    /// tied to no one is better unknown than given to someone named near it.
    ///
    /// Also the one given the role's head before, with its names ("Chelsea defender
    /// William Gallas… the French international defender", not "Labour leader Tony Blair…
    /// the Tory leader"), else the one said to speak in the nearest sentence before that
    /// names someone of `gender` ("Mourinho said… The Chelsea boss added").
    fn resolve(&self, m: &Mention, gender: Option<Gender>) -> Option<String> {
        let Some(role) = &m.role else {
            return Some(m.person.clone()).filter(|p| !p.is_empty());
        };
        let at = (m.paragraph, m.at);
        if let Some(person) = self.given_role(role, at, false) {
            return Some(person);
        }
        let head = role.rsplit(' ').next().unwrap_or(role);
        let named: Vec<String> = m
            .described
            .split_whitespace()
            .skip(1)
            .filter(|w| w.starts_with(char::is_uppercase))
            .map(|w| fold(super::lexicon::without_final_s(w.trim_end_matches("'s").trim_end_matches("’s"))))
            .collect();
        let by_head = self.mentions.iter().rev().filter(|g| (g.paragraph, g.at) < at).find(|g| {
            !g.person.is_empty()
                && g.before.rsplit(' ').next() == Some(head)
                && named.iter().all(|w| g.before.split(' ').any(|b| b == w))
        });
        if let Some(g) = by_head {
            return Some(g.person.clone());
        }
        // A nationality ("the Scot", "the American") is said of the one the story is
        // about: the one a pronoun there would be, speaking or not. A role before it is
        // who that role is ("The American had cast doubt… And the American remains
        // critical", "The Spaniard believed… The striker joined").
        let is_national = |role: &str| !role.contains(' ') && is_nationality_noun(role);
        let national = is_national(role);
        self.antecedent(at, gender, true)
            .filter(|c| c.speaks || national || c.role.as_deref().is_some_and(is_national))
            .and_then(|c| match c.role {
                Some(_) if (c.paragraph, c.at) < at => self.resolve(c, gender),
                Some(_) => None,
                None => Some(c.person.clone()).filter(|p| !p.is_empty()),
            })
    }

    /// The person the article gives a role ("Prime Minister Tony Blair", "Tony Blair, the
    /// prime minister"), the nearest before `at`; with `later`, also one given after it.
    fn given_role(&self, role: &str, at: (usize, usize), later: bool) -> Option<String> {
        let given: Vec<&Mention> = self
            .mentions
            .iter()
            .filter(|m| {
                !m.person.is_empty()
                    && (m.before.ends_with(role)
                        || m.after.starts_with(&format!(", the {role}"))
                        || m.after.starts_with(&format!(", {role}")))
            })
            .collect();
        let before = given.iter().rev().find(|m| (m.paragraph, m.at) < at);
        before.or(given.first().filter(|_| later)).map(|m| m.person.clone())
    }
}

/// The listed person whose name the words at the start of `toks` write: the full name, or
/// the surname alone when one listed person has it. With how many words it takes.
fn match_person(toks: &[Tok], people: &[(String, Vec<String>)]) -> Option<(String, usize)> {
    let first = toks.first()?;
    if !first.is_capitalized() {
        return None;
    }
    let first_folded = fold(super::lexicon::without_final_s(first.text));
    let mut by_surname: Option<&String> = None;
    let mut surnames = 0;
    for (person, words) in people {
        let full = toks.len() >= words.len()
            && toks.iter().zip(words).all(|(t, w)| fold(super::lexicon::without_final_s(t.text)) == *w);
        if full && words.len() > 1 {
            return Some((person.clone(), words.len()));
        }
        // (A Chinese or Korean name's family name comes first: "Zhao said", of Zhao Ziyang.)
        let last = if super::east_asian::family_first(person).is_some() {
            &words[0]
        } else {
            words.last().expect("a word")
        };
        // "Rodriguez" of "Mario Rodriguez Montero": a Spanish name's first surname.
        let paternal = words.len() >= 3
            && first_folded == words[words.len() - 2]
            && !super::lexicon::is_first_name(&first_folded)
            && words[..words.len() - 2].iter().all(|w| super::lexicon::is_first_name(w));
        if first_folded == *last || paternal {
            // "Blair Government" is the government; "Blair" beside another capitalized
            // name ("Cherie Blair") is not this one.
            if by_surname != Some(person) {
                surnames += 1;
            }
            by_surname = Some(person);
        }
    }
    (surnames == 1).then(|| (by_surname.expect("a surname matched").clone(), 1))
}

#[cfg(test)]
mod tests;
