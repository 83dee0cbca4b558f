//! Why a search found nothing, in the words of the command line or of the HTTP API.

use anyhow::Result;

use super::{SearchRequest, query};
use crate::index::NewsIndex;
use crate::index::words::is_currency_sign;

/// How the hints name a filter and the listing of names.
#[derive(Debug, Clone, Copy)]
pub struct Wording {
    /// A filter by its name (`person`): `--person` on the command line.
    pub filter: fn(&str) -> String,
    /// The listing of names of a kind (`places`): `newsdex places`.
    pub listing: fn(&str) -> String,
    /// A setting with its value (`sort`, `date`): `--sort date`, and `--no-collapse` for
    /// `collapse` off.
    pub setting: fn(&str, &str) -> String,
}

impl Wording {
    /// As `newsdex search` takes them.
    pub const FLAGS: Wording = Wording {
        filter: |f| format!("--{f}"),
        listing: |l| format!("`newsdex {l}`"),
        setting: |name, value| match (name, value) {
            ("collapse", "0") => "--no-collapse".to_string(),
            _ if value.contains(char::is_whitespace) => format!("--{name} \"{value}\""),
            _ => format!("--{name} {value}"),
        },
    };
    /// As the HTTP API takes them.
    pub const PARAMS: Wording = Wording {
        // `--exact-names` is the API's `exact=1`.
        filter: |f| if f == "exact-names" { "exact=1".to_string() } else { f.to_string() },
        listing: |l| format!("/api/{l}"),
        setting: |name, value| format!("{name}={value}"),
    };
}

/// A filter by name: `--person`, `--org` or `--place`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameFilter {
    /// `--person`.
    Person,
    /// `--org`.
    Org,
    /// `--place`.
    Place,
}

/// One name filter of a request: its kind and the name as typed (`--org "G-7"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterName {
    /// Which filter.
    pub filter: NameFilter,
    /// The name as typed, one of the request's names of that kind.
    pub name: String,
}

impl NameFilter {
    /// The filter's name (`person`), as [`Wording::filter`] takes it.
    pub fn flag(self) -> &'static str {
        match self {
            NameFilter::Person => "person",
            NameFilter::Org => "org",
            NameFilter::Place => "place",
        }
    }
}

impl FilterName {
    fn new(filter: NameFilter, name: &str) -> FilterName {
        FilterName { filter, name: name.to_string() }
    }
}

/// A hint of [`why_nothing_about`]: its words, and the name filter it says no article
/// names, when it says so ("--org \"G-7\": no article names this organization, but 81
/// have these words").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    /// The hint as said.
    pub text: String,
    /// The name filter no article names, for a hint saying so.
    pub unnamed: Option<FilterName>,
}

/// A note of [`name_filter_notes_about`]: its words and the name filter it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterNote {
    /// The note as said.
    pub text: String,
    /// The name filter it is about.
    pub about: FilterName,
}

impl FilterNote {
    fn new(filter: NameFilter, typed: &str, text: String) -> FilterNote {
        FilterNote { text, about: FilterName::new(filter, typed) }
    }
}

/// A `since` after the `until` (`--since 1987-05 --until 1987-03`): no date is in
/// between, a mistake in the request rather than a search that found nothing.
pub fn reversed_dates(req: &SearchRequest, wording: Wording) -> Option<String> {
    let (since, until) = (req.since?, req.until?);
    (since.start >= until.end).then(|| {
        let (since, until) = ((wording.filter)("since"), (wording.filter)("until"));
        format!("{since} is after {until}: no date is in between (swap them?)")
    })
}

/// Operators typed as the query grammar does not take them, each said once: a lower-case
/// `or` or `not` between words is searched as a word (few articles write "or" beside
/// both), and `|`, `||` are no operators at all (`oil || gas` is `oil gas`). Quoted
/// phrases are passed over, in typographic quotes too (“we are not in”, «…», „…“), as the
/// query reads them.
pub fn operators_not_taken(text: &str) -> Vec<String> {
    let straight = query::straighten_quotes(text);
    let text = &*straight;
    let mut notes = Vec::new();
    let mut say = |note: String| {
        if !notes.contains(&note) {
            notes.push(note);
        }
    };
    let mut in_quotes = false;
    let items: Vec<&str> = text
        .split_whitespace()
        .filter(|item| {
            let outside = !in_quotes;
            in_quotes ^= item.matches('"').count() % 2 == 1;
            outside && !item.starts_with('"')
        })
        .collect();
    // A lower-case "and" is a word, as "or" is, but a pasted sentence holds many: said when
    // the query is written as a search (brackets, operators in capitals, truncation, a
    // proximity operator) or is no more than `a and b`.
    let written_as_search = items.len() == 3
        || text.contains(['(', ')'])
        || items.iter().any(|item| {
            matches!(*item, "AND" | "OR" | "NOT")
                || query::truncated_by_bang(item).is_some()
                || proximity_operator(item).is_some()
        });
    for (at, item) in items.iter().enumerate() {
        let between = at > 0 && at + 1 < items.len();
        let quoted_item = Quoted(item);
        match *item {
            "or" | "Or" if between => {
                say(format!("{quoted_item} is searched as a word: for either word, write OR (in capitals)"))
            }
            "not" | "Not" if between => say(format!(
                "{quoted_item} is searched as a word: to leave a word out, write NOT (in capitals) or -word"
            )),
            "|" | "||" => {
                say(format!("{quoted_item} is no operator and was passed over: for either word, write OR"))
            }
            "and" | "And" if between && written_as_search => say(format!(
                "{quoted_item} is searched as a word (only articles that write it match): for both words, write AND (in capitals) or leave it out"
            )),
            // A minus before a figure excludes it: `-80°C` is "not 80°C".
            _ if item.len() > 1
                && item.starts_with('-')
                && item[1..].starts_with(|c: char| c.is_ascii_digit()) =>
            {
                say(format!(
                    "{quoted_item} was taken as \"not {}\": to search for the figure, quote it ('\"{item}\"')",
                    &item[1..]
                ))
            }
            // `^` after a word is a boost: `10^6` is "10" counted 6 times.
            _ if item.split_once('^').is_some_and(|(number, power)| {
                !number.is_empty()
                    && number.bytes().all(|b| b.is_ascii_digit())
                    && power.starts_with(|c: char| c.is_ascii_digit())
            }) =>
            {
                let number = item.split('^').next().unwrap_or_default();
                say(format!(
                    "{quoted_item}: ^ after a word weighs it (word^2 counts it twice), so {number} was searched; for the figure, quote it ('\"{item}\"') or write it out"
                ))
            }
            _ if item.len() > 1 && item.starts_with('!') => say(format!(
                "{quoted_item}: ! is no operator and was passed over: to leave a word out, write -{} or NOT {}",
                &item[1..],
                &item[1..]
            )),
            _ => {}
        }
    }
    // LexisNexis' truncation, read as ours: said once for all the words it ends.
    let mut truncated: Vec<&str> = items.iter().filter_map(|item| query::truncated_by_bang(item)).collect();
    truncated.dedup();
    if !truncated.is_empty() {
        let typed: Vec<String> = truncated.iter().map(|stem| format!("\"{stem}!\"")).collect();
        let read: Vec<String> = truncated.iter().map(|stem| format!("{stem}*")).collect();
        say(format!("{}: ! read as * ({}: any word starting so)", typed.join(", "), read.join(", ")));
    }
    // A quote left open: at a word's start it opens a phrase to the end of the query; after
    // a word (`rates"`) it is passed over.
    let straight = query::straighten_quotes(text);
    if straight.matches('"').count() % 2 == 1
        && let Some(at) = straight.rfind('"')
    {
        let opens = straight[..at]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | ':' | '-' | '+'));
        say(if opens {
            "a '\"' is not closed: the words after it are searched as one phrase, to the end of the query"
                .into()
        } else {
            "a '\"' closes no phrase and was passed over".into()
        });
    }
    // `?` inside a word: no wildcard here (Lucene's one-letter wildcard).
    for item in items.iter().filter(|item| {
        let inner = item.trim_end_matches('?');
        inner.contains('?') && inner.split('?').all(|part| part.chars().any(char::is_alphanumeric))
    }) {
        let quoted_item = Quoted(item);
        say(format!(
            "{quoted_item}: ? is no wildcard here; * stands for any letters ({})",
            item.trim_end_matches('?').replace('?', "*")
        ));
    }
    // `a OR b AND c` is `a OR (b AND c)`, as in most search engines; `a OR b c` groups the
    // other way. Mixed without brackets, say which.
    let and = items.iter().any(|item| matches!(*item, "AND" | "&&"));
    let or = items.contains(&"OR");
    if and && or && !text.contains(['(', ')']) {
        say("AND binds before OR: `a OR b AND c` is `a OR (b AND c)`; put brackets around what OR joins to group otherwise".into());
    }
    notes
}

/// What a search says whatever it found: operators typed as the grammar does not take
/// them ([`operators_not_taken`]) and wildcards that stand for more words than are
/// searched ("`con*` stands for 4,812 words of the text; the 256 most used were searched"),
/// as the query's build found them ([`query::BuiltQuery::wildcards_cut`]), and words kept
/// as typed because the articles write them as names ("`williams` is searched as written,
/// not as the plural of “william”…", [`query::BuiltQuery::names_kept`]).
pub fn notes(req: &SearchRequest, built: &query::BuiltQuery, wording: Wording) -> Vec<String> {
    let mut notes = zones_ignored(req, wording);
    let Some(text) = req.text.as_deref() else { return notes };
    notes.extend(operators_not_taken(text));
    notes.extend(foreign_syntax(text, wording));
    notes.extend(syntax_in_quotes(text));
    notes.extend(symbols_not_kept(text));
    notes.extend(excluded_alike(&built.typed));
    for (typed, words) in &built.wildcards_cut {
        notes.push(format!(
            "{typed} stands for {words} words of the text; the {} most used were searched (a longer pattern reaches the others)",
            query::MAX_WILDCARD_WORDS
        ));
    }
    notes.extend(built.names_kept.iter().map(|kept| kept.note()));
    notes
}

/// A word excluded (`-labour`, `NOT labour`) that the index holds as one word with a word
/// the query asks for (`labor`: British and American spellings, accents and capitals are
/// folded together): it leaves out every article that word finds, and nothing says why.
/// Read from the words the query's pass found ([`query::BuiltQuery::typed`]).
pub fn excluded_alike(typed: &[query::TypedText]) -> Vec<String> {
    let plain = |word: &str| word.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '\''));
    let mut notes = Vec::new();
    for excluded in typed.iter().filter(|t| t.excluded && !t.quoted) {
        let [(word, held)] = excluded.words.as_slice() else { continue };
        let [folded] = held.as_slice() else { continue };
        if !plain(word) {
            continue;
        }
        let same = typed.iter().filter(|t| !t.excluded).find_map(|asked| {
            let alike = asked.words.iter().find(|(w, held)| w != word && held.first() == Some(folded));
            alike.map(|(same, _)| (asked, same))
        });
        if let Some((asked, same)) = same {
            let item = if asked.quoted { format!("\"{}\"", asked.phrase) } else { asked.phrase.clone() };
            notes.push(format!(
                "-{word} leaves out every article {item} finds: {} and {} are one word to the index (spellings, \
                 accents and capitals are folded together), so this search finds nothing {item} asks for",
                Quoted(word),
                Quoted(same)
            ));
        }
    }
    notes
}

/// Letters and a figure typed apart (`"PM 2.5"`, `CO 2`) that articles write as one word
/// ("PM2.5", "CO2"): the search for that word, with how many articles hold it.
fn written_together(news: &NewsIndex, searcher: &tantivy::Searcher, text: &str) -> Result<Vec<String>> {
    use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
    let items: Vec<&str> = text
        .split_whitespace()
        .map(|item| item.trim_matches(|c: char| matches!(c, '"' | '\'' | '(' | ')')))
        .collect();
    let fields = &news.fields;
    let mut hints = Vec::new();
    for pair in items.windows(2) {
        let (word, figure) = (pair[0], pair[1]);
        if word.is_empty()
            || !word.chars().all(char::is_alphabetic)
            || !figure.starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        let joined = format!("{word}{figure}");
        let Ok([term]) = <[String; 1]>::try_from(query::name_terms(&joined)) else { continue };
        let either: Vec<(Occur, Box<dyn Query>)> = fields
            .default_search_fields()
            .into_iter()
            .map(|field| {
                let term = tantivy::Term::from_field_text(field, &term);
                let query = TermQuery::new(term, tantivy::schema::IndexRecordOption::Basic);
                (Occur::Should, Box::new(query) as Box<dyn Query>)
            })
            .collect();
        let docs = searcher.search(&BooleanQuery::new(either), &tantivy::collector::Count)?;
        if docs > 0 {
            let apart = format!("{word} {figure}");
            hints.push(format!(
                "{} is written {} in {docs} {}: search {joined}",
                Quoted(&apart),
                Quoted(&joined),
                super::render::plural(docs, "article", "articles")
            ));
        }
    }
    Ok(hints)
}

/// A word of letters and figures typed as one (`PlayStation2`, `iPodmini`, `WindowsXP`)
/// that no article holds, but that articles write as two words side by side ("PlayStation
/// 2", "iPod mini", "Windows XP"): the search for those words, with how many articles
/// write them, the split written most first. The reverse of [`written_together`]. Gives
/// the hints and the words they are about.
fn written_apart(
    news: &NewsIndex,
    searcher: &tantivy::Searcher,
    text: &str,
) -> Result<(Vec<String>, Vec<String>)> {
    use tantivy::query::{BooleanQuery, Occur, PhraseQuery, Query};
    let fields = &news.fields;
    let in_text = |term: &str| -> Result<u64> {
        let mut docs = 0;
        for field in fields.default_search_fields() {
            docs += searcher.doc_freq(&tantivy::Term::from_field_text(field, term))?;
        }
        Ok(docs)
    };
    let (mut hints, mut about) = (Vec::new(), Vec::new());
    for item in text.split_whitespace().take(8) {
        let item = item.trim_matches(|c: char| matches!(c, '"' | '\'' | '(' | ')'));
        let chars: Vec<(usize, char)> = item.char_indices().collect();
        if !(4..=24).contains(&chars.len())
            || !item.chars().all(char::is_alphanumeric)
            || about.iter().any(|a: &String| a.eq_ignore_ascii_case(item))
        {
            continue;
        }
        let Ok([whole]) = <[String; 1]>::try_from(query::name_terms(item)) else { continue };
        if in_text(&whole)? > 0 {
            continue;
        }
        let mut best: Option<(usize, String)> = None;
        for &(at, c) in &chars[2..] {
            let (left, right) = item.split_at(at);
            // A part of one character is a figure ("xbox 2"), not a letter ("halo s").
            if right.chars().count() < 2 && !c.is_ascii_digit() {
                continue;
            }
            let (Ok([left_term]), Ok([right_term])) = (
                <[String; 1]>::try_from(query::name_terms(left)),
                <[String; 1]>::try_from(query::name_terms(right)),
            ) else {
                continue;
            };
            if in_text(&left_term)? == 0 || in_text(&right_term)? == 0 {
                continue;
            }
            let either: Vec<(Occur, Box<dyn Query>)> = fields
                .default_search_fields()
                .into_iter()
                .map(|field| {
                    let terms = [&left_term, &right_term].map(|t| tantivy::Term::from_field_text(field, t));
                    (Occur::Should, Box::new(PhraseQuery::new(terms.to_vec())) as Box<dyn Query>)
                })
                .collect();
            let docs = searcher.search(&BooleanQuery::new(either), &tantivy::collector::Count)?;
            if docs > 0 && best.as_ref().is_none_or(|(most, _)| docs > *most) {
                best = Some((docs, format!("{left} {right}")));
            }
        }
        if let Some((docs, apart)) = best {
            hints.push(format!(
                "no article writes {} as one word; {} is written apart in {docs} {}: search {}",
                Quoted(item),
                Quoted(&apart),
                super::render::plural(docs, "article", "articles"),
                Quoted(&apart)
            ));
            about.push(item.to_string());
        }
    }
    Ok((hints, about))
}

/// A `since` or `until` given with a UTC offset or zone, which is not applied: said, as an
/// API client passing UTC times would otherwise get another meaning unawares.
pub fn zones_ignored(req: &SearchRequest, wording: Wording) -> Vec<String> {
    [("since", req.since), ("until", req.until)]
        .into_iter()
        .filter(|(_, span)| span.is_some_and(|s| s.zone_ignored))
        .map(|(name, _)| {
            format!(
                "{}: the offset or zone is not applied: a time is compared with each article's own clock as published",
                (wording.filter)(name)
            )
        })
        .collect()
}

/// How many articles a date filter leaves out only for having no publication date: those
/// the same search finds without `since`/`until` that carry none. 0 without a date filter.
pub fn undated_left_out(
    news: &NewsIndex,
    searcher: &tantivy::Searcher,
    req: &SearchRequest,
) -> Result<usize> {
    if req.since.is_none() && req.until.is_none() {
        return Ok(0);
    }
    let without_dates = SearchRequest { since: None, until: None, ..req.clone() };
    let query = query::articles(news, searcher, &without_dates)?;
    let matching = searcher.search(&*query, &tantivy::collector::Count)?;
    Ok(matching.saturating_sub(dated_count(searcher, &*query)?))
}

/// For each `--person` filter, what its surname alone does that the user cannot see:
///
/// - A full name whose surname the index shares among several people (so the surname
///   alone is no one's, [`query::NameForms::surname_alone`]): the articles matching the
///   rest of the search that name only that surname and that the filter leaves out, said
///   with who shares it and the filter that lists just those: "1 article naming only
///   "Thatcher" is left out: the surname is shared by Margaret Thatcher (12) and Denis
///   Thatcher (3); --person Thatcher --exact-names finds it" (`--person Thatcher` alone
///   finds every Thatcher in full too).
/// - A full name whose surname alone counts as this person's: the matching articles that
///   name only the surname, which the filter takes in ("8 of the articles name only
///   "Howard", taken as Michael Howard's …"): over BBC + Reuters, a goalkeeper "Subs:
///   Howard" and the bank "Howard, Weil" came in under the Tory leader unsaid.
/// - A title before a surname alone (`--person "Chancellor Brown"`, `"Mr Brown"`): the
///   index keeps names without their titles, so the filter is the surname, everyone of
///   that name; said with who shares it.
///
/// None when nothing is left out, taken in or read otherwise.
pub fn surname_left_out(
    news: &NewsIndex,
    searcher: &tantivy::Searcher,
    req: &SearchRequest,
    wording: Wording,
) -> Result<Vec<FilterNote>> {
    use tantivy::collector::Count;
    use tantivy::query::{BooleanQuery, Occur};
    let field = news.fields.person_name;
    let quoted = |name: &str| if name.contains(' ') { format!("\"{name}\"") } else { name.to_string() };
    let mut notes = Vec::new();
    for (at, typed) in req.people.iter().enumerate() {
        let note = |text: String| FilterNote::new(NameFilter::Person, typed, text);
        let name = query::without_titles(typed);
        let Some((_, surname)) = name.rsplit_once(' ') else {
            if let Some(text) = title_dropped(searcher, field, typed, &name, wording)? {
                notes.push(note(text));
            } else if !req.exact_names
                && let Some(text) = given_name_too(news, searcher, req, &name, wording)?
            {
                notes.push(note(text));
            }
            continue;
        };
        let forms = query::name_forms(searcher, field, &[&name], true)?.pop().unwrap_or_default();
        if forms.name.is_empty() && forms.same_person.is_empty() && forms.compatible.is_empty() {
            continue; // No one of that name: the hints for nothing found say so.
        }
        if !forms.surname_alone.is_empty() {
            // The surname alone is this person's: the filter takes it in; say how often.
            let full = [forms.name, forms.same_person, forms.compatible].concat();
            let only_surname = BooleanQuery::new(vec![
                (Occur::Must, query::articles(news, searcher, req)?),
                (Occur::Must, query::any_form(field, forms.surname_alone)),
                (Occur::MustNot, query::any_form(field, full)),
            ]);
            let count = searcher.search(&only_surname, &Count)?;
            if count > 0 {
                let names = if count == 1 { "names" } else { "name" };
                notes.push(note(format!(
                    "{count} of the articles {names} only \"{surname}\", taken as {name}'s (most articles \
                     giving a full name with that surname give this one); {} {} {} finds {}",
                    (wording.filter)("person"),
                    quoted(surname),
                    (wording.filter)("exact-names"),
                    if count == 1 { "it" } else { "them" },
                )));
            }
            continue;
        }
        let alone = query::listed_forms(searcher, field, surname, false)?;
        if alone.is_empty() {
            continue;
        }
        let others =
            SearchRequest { people: [&req.people[..at], &req.people[at + 1..]].concat(), ..req.clone() };
        let left_out = BooleanQuery::new(vec![
            (Occur::Must, query::articles(news, searcher, &others)?),
            (Occur::Must, query::any_form(field, alone)),
            (Occur::MustNot, query::articles(news, searcher, req)?),
        ]);
        let count = searcher.search(&left_out, &Count)?;
        if count == 0 {
            continue;
        }
        let who = sharing_surname(searcher, field, surname)?.who;
        let (articles, is, it) =
            if count == 1 { ("article", "is", "it") } else { ("articles", "are", "them") };
        // `--person Brown` alone finds every Brown in full too (147 articles over BBC +
        // Reuters where 21 were left out): `--exact-names` keeps to the surname alone.
        notes.push(note(format!(
            "{count} {articles} naming only \"{surname}\" {is} left out: the surname is shared by {who}; {} {} {} finds {it}",
            (wording.filter)("person"),
            quoted(surname),
            (wording.filter)("exact-names"),
        )));
    }
    Ok(notes)
}

/// The full names ending in a surname, as [`sharing_surname`] reads them.
struct SurnameSharers {
    /// The first three with their articles, and how many more: "Gordon Brown (86), Dan
    /// Brown (5), Wes Brown (4) and 22 more"; "several people" when none.
    who: String,
    /// The one most articles give ("Gordon Brown").
    commonest: Option<String>,
}

/// Who shares `surname`: the full names ending in it that most articles give.
fn sharing_surname(
    searcher: &tantivy::Searcher,
    field: tantivy::schema::Field,
    surname: &str,
) -> Result<SurnameSharers> {
    use crate::entities::lexicon::name_key;
    let key = name_key(surname);
    let mut sharing: std::collections::HashMap<String, u64> = std::collections::HashMap::new();
    query::each_word(searcher, field, |stored, articles| {
        let folded = name_key(stored);
        if folded.contains(' ') && folded.rsplit(' ').next() == Some(key.as_str()) {
            *sharing.entry(stored.to_string()).or_default() += articles;
        }
    })?;
    let mut sharing: Vec<(String, u64)> = sharing.into_iter().collect();
    let who = most_named(&mut sharing).unwrap_or_else(|| "several people".to_string());
    Ok(SurnameSharers { who, commonest: sharing.into_iter().next().map(|(name, _)| name) })
}

/// Names with their article counts, sorted most named first, said as a note lists them:
/// "Gordon Brown (86), Dan Brown (5), Wes Brown (4) and 22 more". None for no name.
fn most_named(names: &mut [(String, u64)]) -> Option<String> {
    names.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut shown: Vec<String> = names.iter().take(3).map(|(n, c)| format!("{n} ({c})")).collect();
    if names.len() > 3 {
        shown.push(format!("{} more", names.len() - 3));
    }
    match shown.len() {
        0 => None,
        1 => shown.pop(),
        n => Some(format!("{} and {}", shown[..n - 1].join(", "), shown[n - 1])),
    }
}

/// How many of the names holding a surname as their given name (the most named first)
/// [`given_name_too`] counts in a search's articles.
const GIVEN_NAME_HOLDERS_COUNTED: usize = 30;

/// What a one-word person filter typed without a title (`--person Howard`) takes in
/// beside the people of that surname: those with it as their given name, since the filter
/// finds any name holding the word. Said, with the most named and the title form that
/// keeps to the surname, when both kinds are in the index: over the BBC, `--person Howard`
/// took in Howard Hughes and Howard Stern beside Michael Howard unsaid. None for a word
/// no full name ends in (`--person Ebbers` has no given-name holders to tell apart).
fn given_name_too(
    news: &NewsIndex,
    searcher: &tantivy::Searcher,
    req: &SearchRequest,
    typed: &str,
    wording: Wording,
) -> Result<Option<String>> {
    use crate::entities::lexicon::name_key;
    use tantivy::collector::Count;
    use tantivy::query::{BooleanQuery, Occur};
    let field = news.fields.person_name;
    let key = name_key(typed);
    let mut given: std::collections::HashMap<String, u64> = std::collections::HashMap::new();
    let mut as_surname = false;
    query::each_word(searcher, field, |stored, articles| {
        let folded = name_key(stored);
        let Some((first, _)) = folded.split_once(' ') else { return };
        if folded.rsplit(' ').next() == Some(key.as_str()) {
            as_surname = true;
        } else if first == key {
            *given.entry(stored.to_string()).or_default() += articles;
        }
    })?;
    if given.is_empty() || !as_surname {
        return Ok(None);
    }
    // How many of the search's articles name each (the most named over the index first).
    let mut given: Vec<(String, u64)> = given.into_iter().collect();
    given.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let found = query::articles(news, searcher, req)?;
    let mut in_search = Vec::new();
    for (name, _) in given.into_iter().take(GIVEN_NAME_HOLDERS_COUNTED) {
        let naming = BooleanQuery::new(vec![
            (Occur::Must, found.box_clone()),
            (Occur::Must, query::any_form(field, vec![name.clone()])),
        ]);
        let count = searcher.search(&naming, &Count)? as u64;
        if count > 0 {
            in_search.push((name, count));
        }
    }
    let Some(who) = most_named(&mut in_search) else { return Ok(None) };
    let filter = (wording.filter)("person");
    let word = typed.trim();
    // (Typed in lower case, the name is shown as names are written: "Mr Howard".)
    let mut capitalized = word.chars();
    let titled: String =
        capitalized.next().into_iter().flat_map(char::to_uppercase).chain(capitalized).collect();
    Ok(Some(format!(
        "{filter} {word} finds it as a given name too: {who}; {filter} \"Mr {titled}\" keeps to the surname"
    )))
}

/// What a person filter typed as a title and a surname (`--person "Chancellor Brown"`,
/// `"Mr Brown"`) is read as: the surname alone, since the index keeps names without the
/// titles before them, so everyone of that name; said when others share it, with the
/// full name most articles give to keep to one. None for a name typed without a title,
/// or with a royal's (`"Prince Charles"`, which finds the one prince).
fn title_dropped(
    searcher: &tantivy::Searcher,
    field: tantivy::schema::Field,
    typed: &str,
    untitled: &str,
    wording: Wording,
) -> Result<Option<String>> {
    use crate::entities::lexicon::fold;
    if untitled.is_empty() || fold(typed.trim()) == fold(untitled) || query::is_royal_title_before(typed) {
        return Ok(None);
    }
    let sharers = sharing_surname(searcher, field, untitled)?;
    let Some(commonest) = sharers.commonest else { return Ok(None) };
    let filter = (wording.filter)("person");
    Ok(Some(format!(
        "{filter} \"{}\" is read as the surname \"{untitled}\" (names are kept without their titles), so it \
         finds everyone of that name: {}; {filter} \"{commonest}\" keeps to one",
        typed.trim(),
        sharers.who,
    )))
}

/// What the name filters of a search leave out or take in unsaid: a surname shared or
/// taken alone ([`surname_left_out`]), a name written where it was not read as one
/// ([`name_written_elsewhere`]). `search`, `timeline` and their API routes say the same.
pub fn name_filter_notes(
    news: &NewsIndex,
    searcher: &tantivy::Searcher,
    req: &SearchRequest,
    wording: Wording,
) -> Result<Vec<String>> {
    Ok(name_filter_notes_about(news, searcher, req, wording)?.into_iter().map(|note| note.text).collect())
}

/// [`name_filter_notes`], each with the name filter it is about.
pub fn name_filter_notes_about(
    news: &NewsIndex,
    searcher: &tantivy::Searcher,
    req: &SearchRequest,
    wording: Wording,
) -> Result<Vec<FilterNote>> {
    let mut notes = surname_left_out(news, searcher, req, wording)?;
    notes.extend(name_written_elsewhere(news, searcher, req, wording)?);
    for typed in &req.orgs {
        let note = orgs_holding_the_name(news, searcher, req, typed, wording)?;
        notes.extend(note.map(|text| FilterNote::new(NameFilter::Org, typed, text)));
        let note = acronym_spelled_otherwise(news, searcher, req, typed, wording)?;
        notes.extend(note.map(|text| FilterNote::new(NameFilter::Org, typed, text)));
    }
    Ok(notes)
}

/// For an organization filter typed as an acronym (`--org ITC`), the articles it finds
/// that spell out another body with those initials than the one its row of `newsdex orgs`
/// names, counted by that body: "--org ITC finds 5 articles where "ITC" stands for another
/// organization they spell out: International Trade Commission (5); --org with a full
/// name keeps to the one meant". The acronym alone is ambiguous, and the filter finds
/// every meaning; over Reuters, 5 of the 21 articles `--org ITC` found were the U.S.
/// International Trade Commission's, not the International Tin Council's, unsaid.
fn acronym_spelled_otherwise(
    news: &NewsIndex,
    searcher: &tantivy::Searcher,
    req: &SearchRequest,
    typed: &str,
    wording: Wording,
) -> Result<Option<String>> {
    use crate::entities::lexicon::fold;
    use tantivy::collector::Count;
    use tantivy::query::{BooleanQuery, Occur};
    let typed = typed.trim();
    let rows = crate::search::org_rows::OrgRows::of(searcher)?;
    let bare = |name: &str| fold(name).replace('.', "");
    let written: Vec<String> =
        rows.forms(&rows.key(typed)).into_iter().filter(|form| bare(form) == bare(typed)).collect();
    let mut meanings = Vec::new();
    for form in &written {
        meanings.extend(rows.other_meanings(searcher, &news.fields, form)?);
    }
    if meanings.is_empty() {
        return Ok(None);
    }
    let found = query::articles(news, searcher, req)?;
    let mut counted: Vec<(String, usize)> = Vec::new();
    let mut any_other: Vec<(Occur, Box<dyn tantivy::query::Query>)> = Vec::new();
    for (row, meant) in meanings {
        let spelled =
            BooleanQuery::new(vec![(Occur::Must, found.box_clone()), (Occur::Must, meant.box_clone())]);
        let count = searcher.search(&spelled, &Count)?;
        any_other.push((Occur::Should, meant));
        if count == 0 {
            continue;
        }
        counted.push((row, count));
    }
    if counted.is_empty() {
        return Ok(None);
    }
    let total = searcher.search(
        &BooleanQuery::new(vec![(Occur::Must, found), (Occur::Must, Box::new(BooleanQuery::new(any_other)))]),
        &Count,
    )?;
    counted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let shown: Vec<String> = counted.iter().take(3).map(|(row, n)| format!("{row} ({n})")).collect();
    let more = if counted.len() > 3 { format!(" and {} more", counted.len() - 3) } else { String::new() };
    let filter = (wording.filter)("org");
    Ok(Some(format!(
        "{filter} {typed} finds {total} {} where \"{typed}\" stands for another organization they spell out: {}{more}; \
         {filter} with a full name keeps to the one meant",
        super::render::plural(total, "article", "articles"),
        shown.join(", "),
    )))
}

/// For each name filter (`--org PlayStation`, `--place Yukos`, `--person "Gordon Brown"`),
/// the articles matching the rest of the search that write the name (as a phrase, any case)
/// where it was not read as such a name, and that the filter so leaves out: "--org
/// PlayStation leaves out 31 articles that write "PlayStation" where it was not read as
/// an organization (a product, a nickname, a headline in capitals); the words in the query
/// find them". A filter keeps to the names read from the text, so a clip count from it is
/// no full count; this says by how much. A person named by one word counts only when the
/// word is no common English word ([`is_a_name_alone`]): `--person Ebbers` left out 3 of
/// the 11 BBC articles writing "Ebbers", where "Bernie Ebbers" was read as an
/// organization, unsaid; "Brown" is a colour as often as a surname.
pub fn name_written_elsewhere(
    news: &NewsIndex,
    searcher: &tantivy::Searcher,
    req: &SearchRequest,
    wording: Wording,
) -> Result<Vec<FilterNote>> {
    use tantivy::collector::Count;
    use tantivy::query::{BooleanQuery, Occur};
    type NamesOf = fn(&mut SearchRequest) -> &mut Vec<String>;
    let mut notes = Vec::new();
    // The whole search, built once: each filter's count leaves out what it finds.
    let mut whole: Option<Box<dyn tantivy::query::Query>> = None;
    let kinds: [(NameFilter, &str, &[String], NamesOf); 3] = [
        (NameFilter::Person, "a person", &req.people, |r| &mut r.people),
        (NameFilter::Org, "an organization", &req.orgs, |r| &mut r.orgs),
        (NameFilter::Place, "a place", &req.places, |r| &mut r.places),
    ];
    for (filter, kind, names, names_of) in kinds {
        let flag = filter.flag();
        for (at, typed) in names.iter().enumerate() {
            let note = |text: String| FilterNote::new(filter, typed, text);
            let name = if flag == "person" { query::without_titles(typed) } else { typed.trim().to_string() };
            let words: Vec<&str> = name.split_whitespace().collect();
            if words.is_empty() || (flag == "person" && words.len() < 2 && !is_a_name_alone(words[0])) {
                continue;
            }
            let phrase = words.join(" ").replace('"', " ").to_lowercase();
            let mut others = req.clone();
            names_of(&mut others).remove(at);
            let written = SearchRequest { text: Some(format!("\"{phrase}\"")), ..SearchRequest::default() };
            let Ok(written) = query::articles(news, searcher, &written) else { continue };
            let whole = match &whole {
                Some(query) => query.box_clone(),
                None => whole.insert(query::articles(news, searcher, req)?).box_clone(),
            };
            let mut left_out = vec![
                (Occur::Must, query::articles(news, searcher, &others)?),
                (Occur::Must, written),
                (Occur::MustNot, whole),
            ];
            // Articles where the name's words are read in another person's name are no
            // misreading: `--person "Mr Howard"` keeps to the surname, not "Howard Hughes".
            // Nor, with `--exact-names`, those naming another organization or place that
            // holds the name (`--org Shearson --exact-names` and "Shearson Lehman Bros
            // Inc"): counted apart, as what the exact name leaves out.
            let mut inside_other_names = 0;
            if flag == "person" || req.exact_names {
                let mut anyone = SearchRequest::default();
                names_of(&mut anyone).push(name.clone());
                let anyone = query::articles(news, searcher, &anyone)?;
                if flag != "person" {
                    let mut inside = left_out.iter().map(|(o, q)| (*o, q.box_clone())).collect::<Vec<_>>();
                    inside.push((Occur::Must, anyone.box_clone()));
                    inside_other_names = searcher.search(&BooleanQuery::new(inside), &Count)?;
                }
                left_out.push((Occur::MustNot, anyone));
            }
            let left_out = BooleanQuery::new(left_out);
            let count = searcher.search(&left_out, &Count)?;
            let shown =
                if words.len() > 1 { format!("\"{}\"", words.join(" ")) } else { words[0].to_string() };
            if inside_other_names > 0 {
                notes.push(note(format!(
                    "{} {shown} {} leaves out {inside_other_names} {} only another {} whose name holds \
                     it; without {} they are found",
                    (wording.filter)(flag),
                    (wording.filter)("exact-names"),
                    super::render::plural(inside_other_names, "article naming", "articles naming"),
                    kind.split_once(' ').map_or(kind, |(_, bare)| bare),
                    (wording.filter)("exact-names"),
                )));
            }
            if count == 0 {
                continue;
            }
            let (articles, write) = if count == 1 { ("article", "writes") } else { ("articles", "write") };
            notes.push(note(format!(
                "{} {shown} leaves out {count} {articles} that {write} \"{}\" where it was not read as {kind}; \
                 {}",
                (wording.filter)(flag),
                words.join(" "),
                if req.text.is_some() {
                    "the words in the query find them".to_string()
                } else {
                    format!("a search for \"{}\" finds them", words.join(" "))
                },
            )));
        }
    }
    Ok(notes)
}

/// For an organization filter (`--org Shell`), the rows of `newsdex orgs` holding its words
/// that the articles it finds are listed under, when there are several: "--org Shell
/// finds every organization whose name holds it: Shell Canada (12), Royal Dutch Shell
/// (9)…; --exact-names keeps to Shell (40)", as `--person "Lord Black"` says who shares
/// the surname. A screening of one company otherwise took in its namesakes unsaid: over
/// BBC + Reuters `--org Apple` took in Apple Corps, `--org Shell` Shell Canada and Shell
/// Oil. None with `--exact-names`, or when one row holds the name.
fn orgs_holding_the_name(
    news: &NewsIndex,
    searcher: &tantivy::Searcher,
    req: &SearchRequest,
    typed: &str,
    wording: Wording,
) -> Result<Option<String>> {
    use crate::entities::lexicon::name_key;
    use crate::search::facets::{NameKind, top_names};
    let words: Vec<String> = name_key(typed).split_whitespace().map(str::to_string).collect();
    // A known organization keeps to its own names, not another's holding its words
    // (`--org Democrats` is not the Liberal Democrats).
    if req.exact_names || words.is_empty() || crate::entities::lexicon::known_org_any_case(typed).is_some() {
        return Ok(None);
    }
    let found = query::articles(news, searcher, req)?;
    let holds = |name: &str| {
        let key: Vec<String> = name_key(name).split_whitespace().map(str::to_string).collect();
        key.windows(words.len()).any(|run| run == words.as_slice())
    };
    let typed_key = query::org_key(typed);
    // The rows of the matching articles read, most articles first: enough for the names
    // holding the filter's words among the organizations beside them, without recounting
    // every row of a broad search.
    const ROWS_READ: usize = 500;
    let (mut own, mut others) = (None, Vec::new());
    for row in top_names(searcher, &*found, NameKind::Org, ROWS_READ)? {
        let spellings = std::iter::once(&row.name).chain(&row.spellings);
        if spellings.clone().any(|name| query::org_key(name) == typed_key) {
            own = Some(row);
        } else if spellings.into_iter().any(|name| holds(name)) {
            others.push(row);
        }
    }
    if others.is_empty() || (own.is_none() && others.len() < 2) {
        return Ok(None);
    }
    let mut shown: Vec<String> =
        others.iter().take(3).map(|row| format!("{} ({})", row.name, row.articles)).collect();
    if others.len() > 3 {
        shown.push(format!("{} more", others.len() - 3));
    }
    let who = match shown.len() {
        1 => shown[0].clone(),
        n => format!("{} and {}", shown[..n - 1].join(", "), shown[n - 1]),
    };
    let filter = (wording.filter)("org");
    let quoted = |name: &str| if name.contains(' ') { format!("\"{name}\"") } else { name.to_string() };
    let keeps_to = match own {
        // The row of the name itself (with or without its legal form: "Shell" and "Shell
        // Plc"), named as listed, which `--exact-names` keeps to.
        Some(row) => format!(
            "{filter} {} {} keeps to it ({})",
            quoted(&row.name),
            (wording.filter)("exact-names"),
            row.articles
        ),
        None => format!("{filter} with one of them and {} keeps to it", (wording.filter)("exact-names")),
    };
    Ok(Some(format!(
        "{filter} {} finds every organization whose name holds it: {who}; {keeps_to}",
        quoted(typed.trim())
    )))
}

/// Whether a person filter's one word (`--person Ebbers`) is a name wherever an article
/// writes it: no common English word, function word, day or month
/// ([`is_common_word`](crate::entities::gazetteer::is_common_word)), so that the articles
/// writing it are about that name. "Ebbers", "Icahn" and "Pickens" are; "Brown", "Black"
/// and "Young" are not.
fn is_a_name_alone(word: &str) -> bool {
    use crate::entities::{gazetteer::is_common_word, lexicon::fold};
    let folded = fold(word);
    let folded = folded.trim_end_matches('.');
    !folded.is_empty() && !is_common_word(folded)
}

#[cfg(test)]
mod one_word_name_tests {
    use super::is_a_name_alone;

    #[test]
    fn a_surname_that_is_no_word_is_a_name_alone_and_a_word_is_not() {
        assert!(is_a_name_alone("Ebbers") && is_a_name_alone("Icahn") && is_a_name_alone("Pickens"));
        assert!(!is_a_name_alone("Brown") && !is_a_name_alone("Black") && !is_a_name_alone("Young"));
        assert!(!is_a_name_alone("May") && !is_a_name_alone("the"));
    }
}

/// What [`undated_left_out`] counted, said: "170 more articles match but have no
/// publication date, which --since leaves out".
pub fn undated_left_out_note(count: usize, req: &SearchRequest, wording: Wording) -> String {
    let filters: Vec<String> = [("since", req.since.is_some()), ("until", req.until.is_some())]
        .iter()
        .filter(|(_, given)| *given)
        .map(|(name, _)| (wording.filter)(name))
        .collect();
    let leave = if filters.len() == 1 { "leaves" } else { "leave" };
    let (articles, match_, have) =
        if count == 1 { ("article", "matches", "has") } else { ("articles", "match", "have") };
    format!(
        "{count} more {articles} {match_} but {have} no publication date, which {} {leave} out",
        filters.join(" and ")
    )
}

/// A search by one name filter alone, given the name.
type Only = fn(String) -> SearchRequest;

/// The name filters, each with the search by a name alone under it.
const NAME_ALONE: [(&str, Only); 3] = [
    ("person", |n| SearchRequest { people: vec![n], ..Default::default() }),
    ("org", |n| SearchRequest { orgs: vec![n], ..Default::default() }),
    ("place", |n| SearchRequest { places: vec![n], ..Default::default() }),
];

/// For a search that found nothing, why: dates that leave no day between them, a query
/// that matches alone but not with the filters, and each filter name that no article of
/// the index carries, naming the filter and where the names there are are listed
/// ("--place \"Nowhere\": no article names this place; `newsdex places` lists the most named").
pub fn why_nothing(
    news: &NewsIndex,
    searcher: &tantivy::Searcher,
    req: &SearchRequest,
    wording: Wording,
) -> Result<Vec<String>> {
    Ok(why_nothing_about(news, searcher, req, wording)?.into_iter().map(|hint| hint.text).collect())
}

/// [`why_nothing`], each hint with the name filter it says no article names, if any.
pub fn why_nothing_about(
    news: &NewsIndex,
    searcher: &tantivy::Searcher,
    req: &SearchRequest,
    wording: Wording,
) -> Result<Vec<Hint>> {
    let filters: [(NameFilter, &str, &str, &[String], Only); 3] = [
        (NameFilter::Person, "person", "people", &req.people, NAME_ALONE[0].1),
        (NameFilter::Org, "organization", "orgs", &req.orgs, NAME_ALONE[1].1),
        (NameFilter::Place, "place", "places", &req.places, NAME_ALONE[2].1),
    ];
    // The hints that say a name filter's name is named by no article, by their place.
    let mut unnamed: Vec<(usize, FilterName)> = Vec::new();
    let mut hints = notes(req, &query::build(news, searcher, req)?, wording);
    // With every other part of the search kept, are the dates what leaves nothing?
    let undated_search = SearchRequest { since: None, until: None, ..req.clone() };
    let mut dates_to_blame = false;
    if (req.since.is_some() || req.until.is_some()) && undated_search.narrows() {
        let built = query::build(news, searcher, &undated_search)?;
        let without_dates = searcher.search(&*built.query, &tantivy::collector::Count)?;
        if without_dates > 0 {
            dates_to_blame = true;
            let dates = [("since", req.since.is_some()), ("until", req.until.is_some())];
            hints.push(matches_without(without_dates, req.text.as_deref(), &dates, wording));
            if dated_count(searcher, &*built.query)? == 0 {
                hints.push(
                    "none of them has a publication date, so no date filter keeps them (their files give none)"
                        .to_string(),
                );
            }
        }
    }
    // Dates the index has no article of at all: say which it has.
    if req.since.is_some() || req.until.is_some() {
        let dates_alone = SearchRequest { since: req.since, until: req.until, ..Default::default() };
        let built = query::build(news, searcher, &dates_alone)?;
        if searcher.search(&*built.query, &tantivy::collector::Count)? == 0
            && let Some((first, last)) = super::dated_range(news, searcher)?
        {
            let day = |d: &str| d.get(..10).unwrap_or(d).to_string();
            // A span between the first and the last dated article is no span the index
            // lacks, only one it holds no article of: "its dated articles run from 1987-02-26
            // to 2026-08-02" read as if 2025-06-03 were outside them.
            let key = |d: &str| crate::dates::parse_published(d).map(|date| date.sort_key());
            let (from, to) = (req.since.map_or(i64::MIN, |s| s.start), req.until.map_or(i64::MAX, |s| s.end));
            let within = key(&first).zip(key(&last)).is_some_and(|(first, last)| from <= last && first < to);
            let joined = if within { ", though" } else { ":" };
            hints.push(format!(
                "no article in the index is dated in that span{joined} its dated articles run from {} to {}",
                day(&first),
                day(&last)
            ));
            // Undated articles are outside every span: say how many, and where they are
            // when one folder holds them (a whole collection whose files give no date).
            hints.extend(undated_note(news, searcher)?);
        }
    }
    // Words no article holds: the word meant, when the index has one spelled like it.
    if let Some(text) = req.text.as_deref() {
        // A word typed as one that articles write as two (`PlayStation2`): that, rather
        // than the word spelled most like it ("PSone" is no "phone").
        let (apart, about) = written_apart(news, searcher, text)?;
        hints.extend(apart);
        let mut said: Vec<String> = about;
        for (typed, near, docs) in query::words_spelled_like(news, searcher, text)? {
            // A Hebrew word is also searched without the letters at its front (`המשלחת` as
            // `לחת` too): a word spelled like such a form ("לחן") is not what was meant.
            let whole = query::name_terms(&typed).into_iter().next().unwrap_or_default();
            let like_whole =
                query::name_terms(&near).first().is_some_and(|n| strsim::damerau_levenshtein(&whole, n) <= 2);
            // A contraction typed without its apostrophe (`wont`) is no misspelling of
            // another word: "did you mean "want"" took "we wont back down" elsewhere.
            // A segment of another engine (`hlead(merger)`) is said as one, not as "lead".
            let (lower, lower_text) = (typed.to_lowercase(), text.to_lowercase());
            let segment = SEGMENTS.iter().any(|(name, _)| lower == *name)
                && [format!("{lower}("), format!("{lower}=")]
                    .iter()
                    .any(|so| lower_text.contains(so.as_str()));
            // So is a date comparison (`date bef 1987-03-01`: not "be", nor "data").
            let date_comparison = DATE_COMPARISONS.iter().any(|comparison| {
                (lower == "date" || lower == *comparison)
                    && lower_text.contains(&format!("date {comparison}"))
            });
            // An acronym typed in capitals (`MRSA`) is no misspelling of a word a letter
            // longer or shorter ("Mrs"): only a letter changed or two swapped are offered.
            // Capitals only in a script that has them: Hebrew or Chinese letters are no acronym.
            let acronym = typed.chars().filter(|c| c.is_uppercase()).count() >= 3
                && !typed.chars().any(char::is_lowercase)
                && near.chars().count() != typed.chars().count();
            if said.iter().any(|s| s.eq_ignore_ascii_case(&typed))
                || acronym
                || !like_whole
                || segment
                || date_comparison
                || query::contraction_typed_without_apostrophe(&typed).is_some()
            {
                continue;
            }
            said.push(typed.clone());
            // Counted as the search for it counts ("election" finds "elections" too).
            let docs = found_by(news, searcher, &near)?.max(docs);
            let (typed, near) = (Quoted(&typed), Quoted(&near));
            hints.push(format!(
                "no article has the word {typed}; did you mean {near} ({docs} {})?",
                super::render::plural(docs as usize, "article", "articles")
            ));
        }
    }
    // Words a few articles hold, one edit from a word many hold ("prime minster").
    hints.extend(rare_spellings(news, searcher, req.text.as_deref())?);
    // Letters and a figure typed apart that articles write together: `"PM 2.5"`, "PM2.5".
    if let Some(text) = req.text.as_deref() {
        hints.extend(written_together(news, searcher, text)?);
    }
    // Words that together match nothing, when one of them is what leaves nothing
    // ("arsenal vs chelsea": no article writes "vs").
    if !dates_to_blame {
        hints.extend(without_one_word(news, searcher, req)?);
        hints.extend(quote_apart(news, searcher, req)?);
        // The quote one word off that articles write, with the search to type.
        hints.extend(near_quotes(news, searcher, req)?);
    }
    // A reporter's name: searched in headlines and text, found in bylines.
    if let Some(text) = req.text.as_deref() {
        for (word, docs) in query::words_in_bylines_only(news, searcher, text)? {
            let quoted_word = Quoted(&word);
            hints.push(format!(
                "{quoted_word} is in no headline or text, but in the byline of {docs} {}: search byline:{word}",
                super::render::plural(docs as usize, "article", "articles")
            ));
        }
    }
    let text_only = SearchRequest { text: req.text.clone(), ..Default::default() };
    let filtered = SearchRequest { text: None, ..req.clone() };
    if !dates_to_blame && text_only.narrows() && filtered.narrows() {
        let built = query::build(news, searcher, &text_only)?;
        let alone = searcher.search(&*built.query, &tantivy::collector::Count)?;
        if alone > 0 {
            let given = [
                ("person", !req.people.is_empty()),
                ("org", !req.orgs.is_empty()),
                ("place", !req.places.is_empty()),
                ("site", !req.sites.is_empty()),
                ("folder", !req.folders.is_empty()),
                ("lang", !req.languages.is_empty()),
                ("url", !req.urls.is_empty()),
                ("since", req.since.is_some()),
                ("until", req.until.is_some()),
            ];
            hints.push(matches_without(alone, req.text.as_deref(), &given, wording));
        }
    }
    for (which, kind, listing, names, only) in filters {
        let filter = which.flag();
        let (flag, command) = ((wording.filter)(filter), (wording.listing)(listing));
        for name in names {
            let built = query::build(news, searcher, &only(name.clone()))?;
            if searcher.search(&*built.query, &tantivy::collector::Count)? == 0 {
                // Names are read from English articles only: the words may still be there.
                let as_words = SearchRequest {
                    // In any case: quoted in capitals, a word would be asked for so.
                    text: Some(format!("\"{}\"", name.replace('"', " ").to_lowercase())),
                    ..Default::default()
                };
                let with_words = match query::build(news, searcher, &as_words) {
                    Ok(built) => searcher.search(&*built.query, &tantivy::collector::Count)?,
                    Err(_) => 0,
                };
                // Read as a name of another kind ("Downing Street" as an organization).
                let mut as_other_kind = String::new();
                for (other, other_kind, _, _, other_only) in &filters {
                    if *other == which {
                        continue;
                    }
                    let built = query::build(news, searcher, &other_only(name.clone()))?;
                    let named = searcher.search(&*built.query, &tantivy::collector::Count)?;
                    if named > 0 {
                        as_other_kind.push_str(&format!(
                            "; {named} {} it as {} {other_kind}: {} {}",
                            super::render::plural(named, "article names", "articles name"),
                            if *other_kind == "organization" { "an" } else { "a" },
                            (wording.filter)(other.flag()),
                            Quoted(name)
                        ));
                    }
                }
                // The name itself under another kind is what was meant: names spelt like it
                // ("Diageo": did you mean "Diablo", "Diego"?) are noise beside it.
                let meant = if as_other_kind.is_empty() {
                    spelled_like(news, searcher, filter, name, only)?
                } else {
                    Vec::new()
                };
                let did_you_mean = match meant.as_slice() {
                    [] => as_other_kind,
                    [one] => format!("; did you mean {one}?"),
                    [first @ .., last] => format!("; did you mean {} or {last}?", first.join(", ")),
                };
                let quoted_name = Quoted(name);
                unnamed.push((hints.len(), FilterName::new(which, name)));
                hints.push(if with_words > 0 {
                    format!(
                        "{flag} {quoted_name}: no article names this {kind}, but {with_words} {} these words \
                         (search for them as words: not every mention is read as a name, and names are \
                         read only in articles in English){did_you_mean}",
                        super::render::plural(with_words as usize, "has", "have")
                    )
                } else if !did_you_mean.is_empty() {
                    format!("{flag} {quoted_name}: no article names this {kind}{did_you_mean}")
                } else {
                    format!(
                        "{flag} {quoted_name}: no article names this {kind}; {command} lists the most named"
                    )
                });
            }
        }
    }
    for site in &req.sites {
        let only = SearchRequest { sites: vec![site.clone()], ..Default::default() };
        let built = query::build(news, searcher, &only)?;
        if searcher.search(&*built.query, &tantivy::collector::Count)? == 0 {
            let (flag, command) = ((wording.filter)("site"), (wording.listing)("sites"));
            let site = Quoted(site);
            hints.push(format!("{flag} {site}: no article comes from this site; {command} lists them"));
        }
    }
    for language in &req.languages {
        let only = SearchRequest { languages: vec![language.clone()], ..Default::default() };
        let built = query::build(news, searcher, &only)?;
        if searcher.search(&*built.query, &tantivy::collector::Count)? == 0 {
            let (flag, command) = ((wording.filter)("lang"), (wording.listing)("languages"));
            let language = Quoted(language);
            hints.push(format!(
                "{flag} {language}: no article is written in it; {command} lists those that are"
            ));
        }
    }
    for folder in &req.folders {
        let only = SearchRequest { folders: vec![folder.clone()], ..Default::default() };
        let built = query::build(news, searcher, &only)?;
        if searcher.search(&*built.query, &tantivy::collector::Count)? == 0 {
            let flag = (wording.filter)("folder");
            hints.push(format!(
                "{flag} {}: no article in the index comes from there (`newsdex stats` lists the folders ingested)",
                Quoted(&crate::ingest::walk::path_of(folder).display().to_string())
            ));
        }
    }
    hints.extend(unfinished_ingest(news)?);
    let mut unnamed = unnamed.into_iter().peekable();
    Ok(hints
        .into_iter()
        .enumerate()
        .map(|(at, text)| Hint {
            text,
            unnamed: unnamed.next_if(|(place, _)| *place == at).map(|(_, name)| name),
        })
        .collect())
}

/// Said of any search while the index's articles may not all be in: an ingest running, or
/// one stopped part way (Ctrl-C, killed), whose unread files the next ingest reads.
pub fn unfinished_ingest(news: &NewsIndex) -> Result<Option<String>> {
    let unfinished: Vec<String> = news
        .payload()?
        .roots
        .iter()
        .filter(|r| r.unfinished)
        .map(|r| crate::ingest::walk::path_of(&r.path).display().to_string())
        .collect();
    Ok((!unfinished.is_empty()).then(|| {
        format!(
            "the ingest of {} has not finished (it is running, or it stopped part way: `newsdex ingest` \
             finishes it); the articles it has not read yet are not searched",
            unfinished.join(", ")
        )
    }))
}

/// How many articles a search for `word` alone finds.
fn found_by(news: &NewsIndex, searcher: &tantivy::Searcher, word: &str) -> Result<u64> {
    let alone = SearchRequest { text: Some(word.to_string()), ..Default::default() };
    let built = query::build(news, searcher, &alone)?;
    Ok(searcher.search(&*built.query, &tantivy::collector::Count)? as u64)
}

/// The words of a query that a few articles hold, one edit from a word that many hold,
/// each with the word meant as a suggestion: `only 1 article has the word "minster"; did
/// you mean "minister" (5009 articles)?`. Said whether or not the search found anything:
/// "prime minster" finds the one article writing "minster", not the thousands meant.
pub fn rare_spellings(
    news: &NewsIndex,
    searcher: &tantivy::Searcher,
    text: Option<&str>,
) -> Result<Vec<String>> {
    let Some(text) = text else { return Ok(Vec::new()) };
    let mut notes = Vec::new();
    // Counted as the searches for them count ("minster" finds "minsters" too): the count
    // shown is the one the rule weighed.
    let found = |word: &str| found_by(news, searcher, word);
    for (typed, held, near, docs) in query::rare_words_spelled_like(news, searcher, text, found)? {
        // "as is his wont" is no misspelling of "want".
        if query::contraction_typed_without_apostrophe(&typed).is_some() {
            continue;
        }
        let (quoted_typed, quoted_near) = (Quoted(&typed), Quoted(&near));
        let has = if held == 1 { "article has" } else { "articles have" };
        notes.push(format!(
            "only {held} {has} the word {quoted_typed}; did you mean {quoted_near} ({docs} {})?",
            super::render::plural(docs as usize, "article", "articles")
        ));
    }
    Ok(notes)
}

/// For a query of plain words (2 to 8 of them, no quotes, operators or fields), the words
/// without which it matches articles, the most matched first (at most three): `25 articles
/// match "arsenal chelsea" (without "vs")`, as a search engine's "Missing: vs".
fn without_one_word(
    news: &NewsIndex,
    searcher: &tantivy::Searcher,
    req: &SearchRequest,
) -> Result<Vec<String>> {
    let Some(text) = req.text.as_deref() else { return Ok(Vec::new()) };
    let words: Vec<&str> = text.split_whitespace().collect();
    let plain = |w: &&str| is_a_plain_word(w) && !matches!(*w, "AND" | "OR" | "NOT");
    if !(2..=8).contains(&words.len()) || !words.iter().all(plain) {
        return Ok(Vec::new());
    }
    let mut found = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let rest: Vec<&str> = words.iter().enumerate().filter(|&(j, _)| j != i).map(|(_, w)| *w).collect();
        let rest = rest.join(" ");
        let without = SearchRequest { text: Some(rest.clone()), ..req.clone() };
        let Ok(built) = query::build(news, searcher, &without) else { continue };
        let count = searcher.search(&*built.query, &tantivy::collector::Count)?;
        if count > 0 {
            found.push((count, *word, rest));
        }
    }
    found.sort_by_key(|f| std::cmp::Reverse(f.0));
    Ok(found
        .into_iter()
        .take(3)
        .map(|(count, word, rest)| {
            let (word, rest) = (Quoted(word), Quoted(&rest));
            format!(
                "{count} {} {} {rest} (without {word})",
                super::render::plural(count, "article", "articles"),
                super::render::plural(count, "matches", "match")
            )
        })
        .collect())
}

/// For a quote that no article writes as quoted, when its words are in articles all the
/// same: a quote misremembered or altered ("desperate attempt to win back women voters"
/// for "desperate bid to win back women voters") is not a quote made up.
fn quote_apart(
    news: &NewsIndex,
    searcher: &tantivy::Searcher,
    req: &SearchRequest,
) -> Result<Option<String>> {
    let Some(inner) = req.text.as_deref().and_then(whole_quote) else { return Ok(None) };
    if inner.split_whitespace().count() < 2 {
        return Ok(None);
    }
    // The words as the quote's query reads them, without the quotes.
    let loose = SearchRequest { text: Some(unquoted(&inner)), ..req.clone() };
    let Ok(built) = query::build(news, searcher, &loose) else { return Ok(None) };
    let count = searcher.search(&*built.query, &tantivy::collector::Count)?;
    if count > 0 {
        return Ok(Some(format!(
            "no article writes the quote as given, but {count} {} all its words: search them without the \
             quotes to see where they differ",
            super::render::plural(count, "article has", "articles have")
        )));
    }
    // A word changed: the quote's other words, without the quotes.
    Ok(without_one_word(news, searcher, &loose)?
        .into_iter()
        .next()
        .map(|near| format!("no article writes the quote as given; without the quotes, {near}")))
}

/// A word of a query that is a word and no more: letters and digits, and the marks a
/// number, an amount, a share, a score or a name holds ("3.5", "$1.2bn", "40%", "4-6",
/// "AT&T", "O'Hara"), but no query syntax (a field, a wildcard, brackets, an exclusion).
fn is_a_plain_word(word: &str) -> bool {
    word.contains(char::is_alphanumeric)
        && !word.starts_with(['-', '\''])
        && word.chars().all(|c| {
            c.is_alphanumeric() || matches!(c, '\'' | '.' | ',' | '-' | '&' | '%') || is_currency_sign(c)
        })
}

/// The words of a quote as a search without its quotes reads them: each word as the quote
/// does ("$1.2", "3.5", "AT&T"), where the quote's words split by the marks it holds were
/// words of their own ("3 5" for "3.5"), which no search typed finds; the marks a query
/// would read as syntax (an exclusion's `-`, a field's `:`, brackets, wildcards, quotes)
/// dropped.
fn unquoted(inner: &str) -> String {
    let marks: String = inner
        .chars()
        .map(|c| {
            let kept =
                c.is_alphanumeric() || matches!(c, '\'' | '.' | ',' | '-' | '&' | '%') || is_currency_sign(c);
            if kept { c } else { ' ' }
        })
        .collect();
    let words: Vec<&str> = marks
        .split_whitespace()
        .map(|w| w.trim_start_matches(['-', '\'']).trim_end_matches('\''))
        .filter(|w| w.contains(char::is_alphanumeric))
        .collect();
    words.join(" ")
}

/// The names spelled like a filter's `name` that the index holds, as `"Volcker" (110
/// articles)`, the most found first: what a misspelled name may have meant.
fn spelled_like(
    news: &NewsIndex,
    searcher: &tantivy::Searcher,
    filter: &str,
    name: &str,
    only: fn(String) -> SearchRequest,
) -> Result<Vec<String>> {
    let meant = common_spellings(spelled_like_counted(news, searcher, filter, name, only)?);
    Ok(meant.into_iter().map(|(near, count)| said_with_count(&near, count)).collect())
}

/// Spellings with their counts, the most found first, without the rare ones beside a
/// common one: noise ("Thayer" beside "Thatcher").
fn common_spellings(mut meant: Vec<(String, usize)>) -> Vec<(String, usize)> {
    meant.sort_by_key(|m| std::cmp::Reverse(m.1));
    let most = meant.first().map_or(0, |m| m.1);
    meant.retain(|m| m.1 * 10 >= most);
    meant
}

/// `"Volcker" (110 articles)`.
fn said_with_count(name: &str, count: usize) -> String {
    let name = Quoted(name);
    format!("{name} ({count} {})", super::render::plural(count, "article", "articles"))
}

/// At most this many names are offered for a misspelled one.
const NAMES_OFFERED: usize = 3;

/// [`spelled_like`]'s names, each with how many articles the filter finds (never none).
fn spelled_like_counted(
    news: &NewsIndex,
    searcher: &tantivy::Searcher,
    filter: &str,
    name: &str,
    only: fn(String) -> SearchRequest,
) -> Result<Vec<(String, usize)>> {
    let exact = match filter {
        "person" => news.fields.person_name,
        "org" => news.fields.org_name,
        _ => news.fields.place_name,
    };
    // Spelled as the index keeps names: a person's without the titles before it.
    let name = if filter == "person" { query::without_titles(name) } else { name.to_string() };
    let mut meant = Vec::new();
    // The names of removed articles stay in the index's files until a purge: more are read
    // than offered, so that those (found by no filter) do not crowd out the live ones.
    for near in query::names_spelled_like(searcher, exact, &name, NAMES_OFFERED * 3)? {
        let built = query::build(news, searcher, &only(near.clone()))?;
        let count = searcher.search(&*built.query, &tantivy::collector::Count)?;
        if count > 0 {
            meant.push((near, count));
        }
        if meant.len() == NAMES_OFFERED {
            break;
        }
    }
    Ok(meant)
}

/// For a listing's `--with NAME` that few articles name (`named` of them): names of any
/// kind spelled like it that three times as many name, as a note ("--with "Volker": 1 article names
/// it; did you mean "Volcker" (110 articles)?"). A misspelled name found in a headline or
/// two otherwise lists their names as if they were the person's company.
pub fn with_name_meant(
    news: &NewsIndex,
    searcher: &tantivy::Searcher,
    name: &str,
    named: usize,
) -> Result<Option<String>> {
    let mut meant: Vec<(String, usize)> = Vec::new();
    for (filter, only) in NAME_ALONE {
        for (near, count) in spelled_like_counted(news, searcher, filter, name, only)? {
            if count >= named * 3 && !meant.iter().any(|(m, _)| m.eq_ignore_ascii_case(&near)) {
                meant.push((near, count));
            }
        }
    }
    if meant.is_empty() {
        return Ok(None);
    }
    let options: Vec<String> =
        common_spellings(meant).iter().take(3).map(|(near, count)| said_with_count(near, *count)).collect();
    let names = match named {
        0 => "no article names it".to_string(),
        n => format!("{n} {} it", super::render::plural(n, "article names", "articles name")),
    };
    let name = Quoted(name);
    Ok(Some(format!("--with {name}: {names}; did you mean {}?", options.join(" or "))))
}

/// "3 articles match "harbour" without the filters --place, --since": how many articles
/// the search matches without the filters given (those `on`), named as the user gave them.
fn matches_without(count: usize, text: Option<&str>, filters: &[(&str, bool)], wording: Wording) -> String {
    use super::render::plural;
    let named: Vec<String> = filters.iter().filter(|(_, on)| *on).map(|(f, _)| (wording.filter)(f)).collect();
    let text = text.map(|t| format!(" {}", Quoted(t))).unwrap_or_default();
    format!(
        "{count} {} {}{text} without the {} {}",
        plural(count, "article", "articles"),
        plural(count, "matches", "match"),
        plural(named.len(), "filter", "filters"),
        named.join(", ")
    )
}

/// How many of the articles `query` matches have a publication date.
/// How many articles of the index have no date, and the folder holding at least
/// [`UNDATED_FOLDER_SHARE`] of them where one does: "2225 articles have no date (all of
/// them under bbc: their files give none)". None when every article has a date.
fn undated_note(news: &NewsIndex, searcher: &tantivy::Searcher) -> Result<Option<String>> {
    use tantivy::aggregation::agg_req::Aggregations;
    use tantivy::aggregation::{AggContextParams, AggregationCollector};
    use tantivy::query::{BooleanQuery, ExistsQuery, Occur, Query};
    let date: Box<dyn Query> =
        Box::new(ExistsQuery::new(crate::index::schema::names::DATE.to_string(), false));
    let undated = BooleanQuery::new(vec![(Occur::Must, query::every_article(news)), (Occur::MustNot, date)]);
    let request: Aggregations = serde_json::from_value(serde_json::json!({
        "files": { "terms": { "field": crate::index::schema::names::SOURCE, "size": 60_000, "shard_size": 60_000 } }
    }))?;
    let collector = AggregationCollector::from_aggs(request, AggContextParams::default());
    let (count, files) = searcher.search(&undated, &(tantivy::collector::Count, collector))?;
    if count == 0 {
        return Ok(None);
    }
    let files = serde_json::to_value(files)?;
    let files: Vec<(String, u64)> = files["files"]["buckets"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|b| Some((b["key"].as_str()?.to_string(), b["doc_count"].as_u64()?)))
        .collect();
    let cwd = std::env::current_dir().unwrap_or_default();
    let articles = super::render::plural(count, "article has", "articles have");
    Ok(Some(match folder_holding(&files, count as u64) {
        Some((folder, n)) if n == count as u64 => format!(
            "{count} {articles} no date (all of them under {}: their files give none)",
            super::render::display_path(&folder, &cwd)
        ),
        Some((folder, n)) => format!(
            "{count} {articles} no date ({n} of them under {}: their files give none)",
            super::render::display_path(&folder, &cwd)
        ),
        None => format!("{count} {articles} no date (their files give none)"),
    }))
}

/// The share of the undated articles one folder must hold for [`undated_note`] to name it.
const UNDATED_FOLDER_SHARE: f64 = 0.9;

/// The deepest folder holding at least [`UNDATED_FOLDER_SHARE`] of `total` articles, of
/// `files` (each file's path and its articles counted), with how many it holds; none when
/// only the root does.
fn folder_holding(files: &[(String, u64)], total: u64) -> Option<(String, u64)> {
    let mut per_folder: std::collections::BTreeMap<&str, u64> = std::collections::BTreeMap::new();
    for (path, n) in files {
        let mut at = path.as_str();
        while let Some((folder, _)) = at.rsplit_once('/') {
            if folder.is_empty() {
                break;
            }
            *per_folder.entry(folder).or_default() += n;
            at = folder;
        }
    }
    per_folder
        .into_iter()
        .filter(|&(_, n)| n as f64 >= UNDATED_FOLDER_SHARE * total as f64)
        .max_by_key(|(folder, n)| (folder.matches('/').count(), *n))
        .map(|(folder, n)| (folder.to_string(), n))
}

/// For a search with a query sorted by date (`blair --sort date`), which lists the undated
/// matches after the dated ones, by relevance: how many of its `total` matches have no date
/// ("170 of 179 matches have no date: listed after the dated ones, by relevance"). None
/// when every match is dated, or when the sort or query does not make it a question.
///
/// Copies folded into their stories are not listed: when `listed` holds every story of
/// the search (the undated among them, and how many there are), the note counts those
/// ("1 of 17 stories has no date: …; 23 matches, copies folded"); otherwise, when
/// `copies_folded`, it says the matches counted include copies.
pub fn undated_listed_last(
    searcher: &tantivy::Searcher,
    req: &SearchRequest,
    query: &dyn tantivy::query::Query,
    total: usize,
    listed: Option<(usize, usize)>,
    copies_folded: bool,
) -> Result<Option<String>> {
    use crate::search::Sort;
    if req.text.is_none() || !matches!(req.sort, Sort::Date | Sort::Oldest) || total == 0 {
        return Ok(None);
    }
    let undated = total.saturating_sub(dated_count(searcher, query)?);
    let has = |n: usize| if n == 1 { "has" } else { "have" };
    Ok((undated > 0).then(|| match listed {
        Some((undated_stories, stories)) if stories < total && undated_stories > 0 => format!(
            "{undated_stories} of {stories} {} {} no date: listed after the dated ones, by relevance ({total} matches, copies folded)",
            if stories == 1 { "story" } else { "stories" },
            has(undated_stories)
        ),
        Some((0, stories)) if stories < total => format!(
            "the {undated} undated of {total} matches are copies folded into dated stories: every story listed has a date"
        ),
        _ if copies_folded => format!(
            "{undated} of {total} matches (copies included) {} no date: listed after the dated ones, by relevance",
            has(undated)
        ),
        _ => format!("{undated} of {total} matches {} no date: listed after the dated ones, by relevance", has(undated)),
    }))
}

fn dated_count(searcher: &tantivy::Searcher, query: &dyn tantivy::query::Query) -> Result<usize> {
    let dated = tantivy::query::BooleanQuery::intersection(vec![
        query.box_clone(),
        Box::new(tantivy::query::ExistsQuery::new(crate::index::schema::names::DATE.to_string(), false)),
    ]);
    Ok(searcher.search(&dated, &tantivy::collector::Count)?)
}

/// A word or name as the user typed it, in double quotes: a quote or backslash inside is
/// escaped, and so is a control character, as Rust's `{:?}` does; but a letter with its
/// marks is shown as itself ("יְרוּשָׁלַיִם"), where `{:?}` wrote the marks as escapes
/// (`"י\u{5b0}רו\u{5bc}ש…"`).
struct Quoted<'a>(&'a str);

impl std::fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use std::fmt::Write;
        f.write_char('"')?;
        for c in self.0.chars() {
            match c {
                '"' | '\\' => write!(f, "\\{c}")?,
                c if c.is_control() => write!(f, "{}", c.escape_default())?,
                c => f.write_char(c)?,
            }
        }
        f.write_char('"')
    }
}

/// The most words of a quote that [`near_quotes`] varies: each word is two searches (left
/// out, another word in its place), so a pasted paragraph is not 200 of them.
const MOST_WORDS_VARIED: usize = 12;

/// At most this many near quotes are said, the most found first.
const NEAR_QUOTES_SAID: usize = 3;

/// For a quote of 3 to [`MOST_WORDS_VARIED`] words that no article writes: the quotes one
/// word off that articles do write, each with the search to type. A quote is most often
/// misremembered by a word: one too many ("a promise written in the sand" for "a promise
/// written in sand": `search "a promise written in sand" (the quote without "the"): 1
/// article writes it`), or one changed ("you don't make deals over jobs like this" for
/// "you don't do deals …": `search "you don't do deals over jobs like this" ("do" for
/// "make"): 1 article writes it`). The filters of the search are kept. The count comes
/// last, after the search, as a hint's "N articles match "…" (without "…")" does not.
fn near_quotes(news: &NewsIndex, searcher: &tantivy::Searcher, req: &SearchRequest) -> Result<Vec<String>> {
    use super::render::plural;
    use tantivy::collector::Count;
    let Some(inner) = req.text.as_deref().and_then(whole_quote) else { return Ok(Vec::new()) };
    let words: Vec<&str> = inner.split_whitespace().collect();
    if !(3..=MOST_WORDS_VARIED).contains(&words.len()) || !words.iter().all(|w| is_a_plain_word(w)) {
        return Ok(Vec::new());
    }
    let count_of = |text: String| -> Result<usize> {
        let search = SearchRequest { text: Some(text), ..req.clone() };
        let Ok(built) = query::build(news, searcher, &search) else { return Ok(0) };
        Ok(searcher.search(&*built.query, &Count)?)
    };
    // (articles, where the word is, what is said): one word left out, each as searched.
    let mut near: Vec<(usize, usize, String)> = Vec::new();
    for at in 0..words.len() {
        if is_unit_word(words[at]) {
            continue;
        }
        let rest = without_word(&words, at);
        let count = count_of(format!("\"{rest}\""))?;
        if count > 0 {
            near.push((
                count,
                at,
                format!(
                    "search {} (the quote without {}): {count} {} it",
                    Quoted(&rest),
                    Quoted(words[at]),
                    plural(count, "article writes", "articles write")
                ),
            ));
        }
    }
    // One word in the middle changed: its position left free, the other words kept where
    // they stand. (At either end a free position is the quote without that word.)
    let filters = query::articles(news, searcher, &SearchRequest { text: None, ..req.clone() })?;
    let tokens = quote_tokens(&inner, &words);
    for at in 1..words.len() - 1 {
        if is_unit_word(words[at]) {
            continue;
        }
        let Some(phrase) = phrase_with_a_gap(news, &tokens, at) else { continue };
        let either = tantivy::query::BooleanQuery::intersection(vec![phrase.query, filters.box_clone()]);
        let count = searcher.search(&either, &Count)?;
        if count == 0 {
            continue;
        }
        let written: Vec<String> = words_in_gap(news, searcher, &either, &phrase.terms, &phrase.gap)?
            .into_iter()
            .filter(|word| !is_unit_word(word))
            .collect();
        if written.is_empty() {
            continue;
        }
        let articles = plural(count, "article writes", "articles write");
        let typed = Quoted(words[at]);
        // The quote as the first article writes it, when that search finds it.
        let as_written = written.first().map(|word| {
            let mut with = words.clone();
            with[at] = word;
            with.join(" ")
        });
        let found = match &as_written {
            Some(quote) => count_of(format!("\"{quote}\""))? > 0,
            None => false,
        };
        let said = match (as_written, written.as_slice()) {
            (Some(quote), [word]) if found => {
                format!("search {} ({} for {typed}): {count} {articles} it", Quoted(&quote), Quoted(word))
            }
            (Some(quote), [first, others @ ..]) if found => {
                let others: Vec<String> = others.iter().map(|w| Quoted(w).to_string()).collect();
                format!(
                    "search {} ({} for {typed}, or {}): {count} {articles} one of these",
                    Quoted(&quote),
                    Quoted(first),
                    others.join(", ")
                )
            }
            _ => {
                let mut with_gap = words.clone();
                with_gap[at] = "…";
                format!(
                    "{}, with another word for {typed}: {count} {articles} it",
                    Quoted(&with_gap.join(" "))
                )
            }
        };
        near.push((count, at, said));
    }
    near.sort_by_key(|&(count, at, _)| (std::cmp::Reverse(count), at));
    Ok(near.into_iter().take(NEAR_QUOTES_SAID).map(|(_, _, said)| said).collect())
}

/// Whether `word` (typed, or as an article writes it) is the unit of an amount or a share:
/// a scale ("mln", "billion"), a currency ("dlrs", "DLR", "stg") or a word for "per cent"
/// ("pct"). A quote's unit is no word misremembered, and [`near_quotes`] neither leaves
/// one out nor offers one for another word: `"1 mln barrel"` offered "1 DLR barrel"
/// (another amount, "DLR" for "mln"), and `"$1 a barrel"` "$1 DLR barrel" (the currency
/// twice).
fn is_unit_word(word: &str) -> bool {
    use crate::index::words::{currency_word, scale_of};
    scale_of(word, true).is_some()
        || currency_word(word, true).is_some()
        || ["pct", "percent", "per", "cent", "%"].iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The inside of a query that is one quote and nothing else, as [`quote_apart`] and
/// [`near_quotes`] take it: typographic quotes straightened, punctuation after the closing
/// quote passed over (a quote pasted with its full stop). None for anything else.
fn whole_quote(typed: &str) -> Option<String> {
    let straight = query::straighten_quotes(typed);
    let text = straight.trim().trim_end_matches(['.', ',', ';', ':', '!', '?']);
    let inner = text.strip_prefix('"')?.strip_suffix('"')?;
    (!inner.contains('"')).then(|| inner.to_string())
}

/// `words` joined without the one `at`.
fn without_word(words: &[&str], at: usize) -> String {
    let rest: Vec<&str> = words.iter().enumerate().filter(|&(i, _)| i != at).map(|(_, w)| *w).collect();
    rest.join(" ")
}

/// A quote's words as the query parser makes them ([`crate::index::schema::query_analyzer`]),
/// each with its position in the phrase and the typed word (of `words`, split from
/// `inner`) it comes from.
fn quote_tokens(inner: &str, words: &[&str]) -> Vec<(usize, String, usize)> {
    // Where each typed word starts and ends in `inner`.
    let mut spans = Vec::with_capacity(words.len());
    let mut from = 0;
    for word in words {
        let start = inner[from..].find(word).map_or(from, |at| from + at);
        spans.push(start..start + word.len());
        from = start + word.len();
    }
    let mut analyzer = crate::index::schema::query_analyzer();
    let mut stream = analyzer.token_stream(inner);
    let mut tokens = Vec::new();
    while let Some(token) = stream.next() {
        if let Some(word) = spans.iter().position(|span| span.contains(&token.offset_from)) {
            tokens.push((token.position, token.text.clone(), word));
        }
    }
    tokens
}

/// A phrase on the title, the dateline or the body with the positions of one word left free: the query,
/// its words with their offsets from the first, and the free offsets.
struct PhraseWithGap {
    query: Box<dyn tantivy::query::Query>,
    terms: Vec<(usize, String)>,
    gap: Vec<usize>,
}

/// The phrase of `tokens` ([`quote_tokens`]) without those of the word `at`, their positions
/// kept free; None when fewer than two words are left or the word has no token.
fn phrase_with_a_gap(
    news: &NewsIndex,
    tokens: &[(usize, String, usize)],
    at: usize,
) -> Option<PhraseWithGap> {
    use tantivy::query::{BooleanQuery, PhraseQuery, Query};
    let first = tokens.first()?.0;
    let terms: Vec<(usize, String)> = tokens
        .iter()
        .filter(|t| t.2 != at)
        .map(|(position, text, _)| (position - first, text.clone()))
        .collect();
    let gap: Vec<usize> = tokens.iter().filter(|t| t.2 == at).map(|t| t.0 - first).collect();
    if terms.len() < 2 || gap.is_empty() {
        return None;
    }
    let fields = &news.fields;
    let per_field: Vec<Box<dyn Query>> = fields
        .default_search_fields()
        .into_iter()
        .map(|field| {
            let terms =
                terms.iter().map(|(offset, text)| (*offset, tantivy::Term::from_field_text(field, text)));
            Box::new(PhraseQuery::new_with_offset(terms.collect())) as Box<dyn Query>
        })
        .collect();
    Some(PhraseWithGap { query: Box::new(BooleanQuery::union(per_field)), terms, gap })
}

/// At most this many articles are read for the word they write in a quote's gap.
const GAPS_READ: usize = 3;

/// The words the first articles `query` matches write where a quote's word was left free
/// ([`phrase_with_a_gap`]), as they write them, each once (any case), the most written
/// first: read from the headline, the dateline and the text, found where the phrase's `terms` stand
/// around the `gap`.
fn words_in_gap(
    news: &NewsIndex,
    searcher: &tantivy::Searcher,
    query: &dyn tantivy::query::Query,
    terms: &[(usize, String)],
    gap: &[usize],
) -> Result<Vec<String>> {
    let mut addresses: Vec<_> =
        searcher.search(query, &tantivy::collector::DocSetCollector)?.into_iter().collect();
    addresses.sort();
    let mut written: Vec<(String, usize)> = Vec::new();
    for address in addresses.into_iter().take(GAPS_READ) {
        let doc: tantivy::TantivyDocument = searcher.doc(address)?;
        let title = super::first_text(&doc, news.fields.title).unwrap_or_default();
        let dateline = super::first_text(&doc, news.fields.dateline).unwrap_or_default();
        let body = crate::index::stored::body(&news.fields, &doc).text;
        let Some(word) = [title, dateline, body].iter().find_map(|text| word_in_gap(text, terms, gap)) else {
            continue;
        };
        match written.iter_mut().find(|(w, _)| w.to_lowercase() == word.to_lowercase()) {
            Some((_, n)) => *n += 1,
            None => written.push((word, 1)),
        }
    }
    written.sort_by_key(|w| std::cmp::Reverse(w.1));
    Ok(written.into_iter().map(|(word, _)| word).collect())
}

/// What `text` writes in a phrase's `gap`, where its `terms` (each with its offset from the
/// first) stand around it, the words as an article's are indexed: "do" in "you don't do
/// deals" for the terms of "you don't … deals" and the gap after "don't".
fn word_in_gap(text: &str, terms: &[(usize, String)], gap: &[usize]) -> Option<String> {
    let mut analyzer = crate::index::schema::analyzer();
    let mut stream = analyzer.token_stream(text);
    // Each position's words, with where they are in the text.
    let mut at: std::collections::BTreeMap<usize, Vec<(String, usize, usize)>> = Default::default();
    while let Some(token) = stream.next() {
        at.entry(token.position).or_default().push((token.text.clone(), token.offset_from, token.offset_to));
    }
    let holds =
        |position: usize, word: &str| at.get(&position).is_some_and(|ws| ws.iter().any(|w| w.0 == word));
    let (&first_gap, &last_gap) = (gap.iter().min()?, gap.iter().max()?);
    let start =
        at.keys().copied().find(|&start| terms.iter().all(|(offset, word)| holds(start + offset, word)))?;
    // A word the index also holds joined with the words after it, at its own position (an
    // amount in words, "ten billion dlrs", is also `$10bn`), reaches past the gap: only
    // the words before the phrase's next term are the gap's ("ten" in "owes ten billion",
    // not "ten billion dlrs", which made "owes ten billion dlrs billion").
    let next = terms
        .iter()
        .filter(|(offset, _)| *offset > last_gap)
        .min_by_key(|(offset, _)| *offset)
        .and_then(|(offset, word)| at.get(&(start + offset))?.iter().find(|w| w.0 == *word).map(|w| w.1))
        .unwrap_or(usize::MAX);
    let from = at.get(&(start + first_gap))?.iter().map(|w| w.1).min()?;
    let to = at.get(&(start + last_gap))?.iter().map(|w| w.2).filter(|&to| to <= next).max()?;
    text.get(from..to).map(str::to_string).filter(|w| !w.trim().is_empty())
}

/// How near each other a proximity operator of another engine asks its words to be.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Reach {
    /// Within so many words, in either order (`w/5`, `NEAR/10`, `near5`, `/3`, `NEAR`).
    Words(u32),
    /// The first word before the second, within so many words (`pre/3`, `adj3`).
    Ordered(u32),
    /// In one sentence (`/s`, `w/s`, `w/sent`).
    Sentence,
    /// In one paragraph (`/p`, `w/p`, `w/para`).
    Paragraph,
    /// In one segment, as LexisNexis calls a headline, a lead, a byline (`w/seg`).
    Segment,
}

/// The proximity operators of LexisNexis, Westlaw, Factiva and Dialog that say their
/// reach in letters, lower-cased: `merger /s acquisition` searched the letter "s" (82
/// Reuters articles, from "S Acquisition Corp").
const REACH_OPERATORS: [(&str, Reach); 9] = [
    ("/s", Reach::Sentence),
    ("w/s", Reach::Sentence),
    ("w/sent", Reach::Sentence),
    ("/sent", Reach::Sentence),
    ("/p", Reach::Paragraph),
    ("w/p", Reach::Paragraph),
    ("w/para", Reach::Paragraph),
    ("/para", Reach::Paragraph),
    ("w/seg", Reach::Segment),
];

/// The proximity operators that end in their gap (`w/5`, `near5`), lower-cased, and
/// whether they keep the order of the words.
const GAP_OPERATORS: [(&str, bool); 6] =
    [("w/", false), ("near/", false), ("near", false), ("/", false), ("pre/", true), ("adj", true)];

/// The reach of a proximity operator of other engines, which the query grammar takes as
/// text (`w/5` is "w 5"); None for any other item. Said only of an item between two
/// others, the caller's to check.
fn proximity_operator(item: &str) -> Option<Reach> {
    let lower = item.to_lowercase();
    if let Some((_, reach)) = REACH_OPERATORS.iter().find(|(typed, _)| *typed == lower) {
        return Some(*reach);
    }
    // NEAR and Factiva's ADJ alone, in capitals only: "homes near the river" is text.
    match item {
        "NEAR" => return Some(Reach::Words(5)),
        "ADJ" => return Some(Reach::Ordered(1)),
        _ => {}
    }
    GAP_OPERATORS.iter().find_map(|&(prefix, ordered)| {
        let gap: u32 = lower.strip_prefix(prefix)?.parse().ok().filter(|&n| n > 0)?;
        Some(if ordered { Reach::Ordered(gap) } else { Reach::Words(gap) })
    })
}

/// The most phrases a proximity note writes out (`"a c"~5 OR "a d"~5 OR …`).
const PROXIMITY_PHRASES_SAID: usize = 6;

/// The words one side of a proximity operator stands for, each set in turn: a word
/// (`merger`), a quoted phrase's words (`"savings bank"`), or each alternative of a bracket
/// joined by OR (`(acquisition OR takeover)`). `outward` runs from the operator away: the
/// items after it, or those before it, nearest first. None when the side is more than
/// phrases joined by OR can say (AND, NOT, a field, brackets within brackets).
fn proximity_side(outward: &[&str], before: bool) -> Option<Vec<Vec<String>>> {
    let first = *outward.first()?;
    let (opens, closes) = if before { (')', '(') } else { ('(', ')') };
    let mut group = vec![first];
    if (before && first.ends_with(')')) || (!before && first.starts_with('(')) {
        let mut depth = 0;
        let taken = outward.iter().position(|item| {
            depth += item.matches(opens).count() as i32 - item.matches(closes).count() as i32;
            depth <= 0
        })?;
        group = outward[..=taken].to_vec();
        if before {
            group.reverse();
        }
    }
    let brackets: usize = group.iter().map(|item| item.matches('(').count()).sum();
    if brackets > 1 {
        return None;
    }
    let inner: Vec<&str> =
        group.iter().map(|item| item.trim_matches(['(', ')'])).filter(|item| !item.is_empty()).collect();
    let mut alternatives = Vec::new();
    for alternative in inner.split(|item| *item == "OR") {
        let mut words = Vec::new();
        for item in alternative {
            if matches!(*item, "AND" | "NOT" | "&&" | "||") || item.starts_with('-') || item.contains(':') {
                return None;
            }
            let phrase = item.trim_end_matches(|c: char| c.is_ascii_digit()).trim_end_matches('~');
            words.extend(phrase.trim_matches('"').split_whitespace().map(str::to_string));
        }
        if words.is_empty() {
            return None;
        }
        alternatives.push(words);
    }
    Some(alternatives)
}

/// A word as a phrase can hold it: a truncated one (`merg!`, `acqui*`) as its stem and an
/// ellipsis, for the words in full to be written in its place ("merg…").
fn in_full(word: &str) -> (String, bool) {
    match query::truncated_by_bang(word).or_else(|| word.strip_suffix('*')) {
        Some(stem) => (format!("{}…", stem.replace('*', "")), true),
        None if word.contains('*') => (format!("{}…", word.replace('*', "")), true),
        None => (word.to_string(), false),
    }
}

/// The note for a proximity operator of another engine (`op`) between `before` and
/// `after` (each side's items, nearest first): the phrases with a gap (`"a b"~N`) that ask
/// for the nearest the index can, one for each pair of alternatives
/// (`merger w/5 (acquisition OR takeover)`: `"merger acquisition"~5 OR "merger
/// takeover"~5`), and what the index has no way to ask.
fn proximity_note(op: &str, reach: Reach, before: &[&str], after: &[&str]) -> String {
    let gap = |n: u32| n.min(query::MAX_SLOP);
    let (what, within) = match reach {
        Reach::Words(n) => (format!("for words within {n} words of each other"), gap(n)),
        Reach::Ordered(n) => (format!("for words within {n} words of each other (in either order)"), gap(n)),
        Reach::Sentence => ("for words in one sentence".to_string(), query::MAX_SLOP),
        Reach::Paragraph => {
            ("for words in one paragraph, the nearest is one sentence".to_string(), query::MAX_SLOP)
        }
        Reach::Segment => (
            "for words in one segment, the nearest is one sentence (title:(a b) for both in the headline)"
                .to_string(),
            query::MAX_SLOP,
        ),
    };
    let sides = proximity_side(before, true).zip(proximity_side(after, false));
    let mut truncated = false;
    let phrases: Option<Vec<String>> = sides.and_then(|(left, right)| {
        if left.len() * right.len() > PROXIMITY_PHRASES_SAID {
            return None;
        }
        let mut phrases = Vec::new();
        for l in &left {
            for r in &right {
                let words: Vec<String> = l
                    .iter()
                    .chain(r)
                    .map(|word| {
                        let (word, cut) = in_full(word);
                        truncated |= cut;
                        word
                    })
                    .collect();
                phrases.push(format!("\"{}\"~{within}", words.join(" ")));
            }
        }
        Some(phrases)
    });
    let write = match phrases {
        Some(phrases) => phrases.join(" OR "),
        None => format!("\"a b\"~{within} for each pair of words, joined by OR"),
    };
    let in_full = if truncated {
        " with each word in full, one phrase for each form (a phrase holds * only at its very end, and then without ~)"
    } else {
        ""
    };
    format!(
        "{} is no operator here (searched as text): {what}, write {write}{in_full}; \"a b\"~N finds words within N words in one sentence, in either order (the other order costs 2 of them; N at most {}), and there is no same-paragraph or ordered proximity",
        Quoted(op),
        query::MAX_SLOP
    )
}

/// The query's items as the grammar groups them: split at spaces outside quotes, a quoted
/// phrase one item with its quotes and gap (`"savings bank"`, `"a b"~5`), each with where
/// it starts in `text`.
fn query_items(text: &str) -> Vec<(usize, &str)> {
    let mut items = Vec::new();
    let mut start = None;
    let mut in_quotes = false;
    for (at, c) in text.char_indices() {
        if c == '"' {
            in_quotes = !in_quotes;
        }
        match (start, c.is_whitespace() && !in_quotes) {
            (None, false) => start = Some(at),
            (Some(from), true) => {
                items.push((from, &text[from..at]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(from) = start {
        items.push((from, &text[from..]));
    }
    items
}

/// The text from `from` to the bracket closing the first one after it, or to the end of
/// the item there when no bracket opens in it (`hlp=merger`).
fn through_bracket(text: &str, from: usize) -> &str {
    let rest = &text[from..];
    let item_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let Some(open) = rest[..item_end].find('(') else { return &rest[..item_end] };
    let mut depth = 0;
    for (at, c) in rest.char_indices().skip_while(|&(at, _)| at < open) {
        depth += match c {
            '(' => 1,
            ')' => -1,
            _ => 0,
        };
        if depth == 0 {
            return &rest[..=at];
        }
    }
    rest
}

/// What a segment search of another engine asks for, and what newsdex takes instead.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Segment {
    /// The headline: `title:`.
    Headline,
    /// The headline and the lead paragraph (LexisNexis' HLEAD, Factiva's hlp): `title:`,
    /// and no lead.
    HeadlineAndLead,
    /// A company the article is about: `--org`.
    Company,
    /// The writer: `byline:`.
    Byline,
    /// A word at least N times (`atleast3(merger)`): no such search.
    AtLeast,
}

/// The segment searches of LexisNexis and Factiva, lower-cased, each written before a
/// bracket or `=` (`hlead(merger)`, `hlp=merger`, `company(texaco)`): the grammar took them
/// as words ("did you mean "lead""). `atleast` takes its count after it (`atleast3`).
/// ("lead(" is no entry: "lead(II) nitrate" is text.)
const SEGMENTS: [(&str, Segment); 9] = [
    ("headline", Segment::Headline),
    ("hl", Segment::Headline),
    ("hlead", Segment::HeadlineAndLead),
    ("hlp", Segment::HeadlineAndLead),
    ("company", Segment::Company),
    ("companies", Segment::Company),
    ("byline", Segment::Byline),
    ("author", Segment::Byline),
    ("atleast", Segment::AtLeast),
];

/// The segment an item starts with (`hlead(merger)`), and what is searched in it
/// (`merger`, `(a OR b)` for several words) from `whole`, the text through its bracket.
fn segment_search(item: &str, whole: &str) -> Option<(Segment, String)> {
    let name_end = item.find(['(', '='])?;
    let name = item[..name_end].to_lowercase();
    let (_, segment) = SEGMENTS.iter().find(|(known, segment)| {
        name == *known
            || (*segment == Segment::AtLeast
                && name
                    .strip_prefix(*known)
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())))
    })?;
    let inner = whole[name_end + 1..].trim_end_matches(')').trim();
    if inner.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
        return None;
    }
    let searched = if inner.contains(char::is_whitespace) { format!("({inner})") } else { inner.to_string() };
    Some((*segment, searched))
}

/// The words that compare a date in other engines' queries (`date aft 1987-03-01`,
/// `date is 1987`, `date > 3/1/1987`), lower-cased.
const DATE_COMPARISONS: [&str; 15] = [
    "aft", "after", "bef", "before", "is", "=", ">", "<", ">=", "<=", "geq", "leq", "since", "until", "from",
];

/// Whether an item is a date as typed (`1987`, `3/1/1987`, `1987-03-01`): four digits, or
/// digits with a slash or a hyphen between them.
fn is_a_date(item: &str) -> bool {
    let digits = item.chars().filter(char::is_ascii_digit).count();
    digits >= 4
        || (digits >= 2 && item.contains(['/', '-']) && item.starts_with(|c: char| c.is_ascii_digit()))
}

/// The `--since`/`--until` a date compared in a query asks for (`date aft 1987-06-15`:
/// `--since 1987-06-15`; `date bef June 15, 1987`: `--until 1987-06-15`; `date is 1987`:
/// both), with the month of its date in ISO 8601; `None` when the date is none newsdex
/// reads (`3/1/1987`, either way round) or the comparison is none it knows.
fn date_filters_typed(typed: &str, wording: Wording) -> Option<(String, String)> {
    let typed = typed.get(4..)?.trim().trim_start_matches('(').trim_end_matches(')').trim();
    let signs = typed.find(|c: char| !matches!(c, '<' | '>' | '=')).unwrap_or(typed.len());
    let (comparison, date) = match signs {
        0 => typed.split_once(' ')?,
        _ => typed.split_at(signs),
    };
    let date = date.trim();
    let span = crate::dates::parse_span(date).ok()?;
    // A date in ISO 8601 (a year, a month, a day) is given as typed; another as its day.
    let iso = date.bytes().all(|b| b.is_ascii_digit() || b == b'-');
    let (since, until) = if iso { (date.to_string(), date.to_string()) } else { (span.first(), span.last()) };
    let month = span.first().get(..7)?.to_string();
    let filters = match comparison.to_lowercase().as_str() {
        "aft" | "after" | ">" | ">=" | "geq" | "since" | "from" => (wording.setting)("since", &since),
        "bef" | "before" | "<" | "<=" | "leq" | "until" => (wording.setting)("until", &until),
        "is" | "=" => {
            format!("{} {}", (wording.setting)("since", &since), (wording.setting)("until", &until))
        }
        _ => return None,
    };
    Some((filters, month))
}

/// Settings of other engines typed into the query, lower-cased word by word, each with
/// the setting newsdex takes (a name and a value, as [`Wording::setting`] writes it) and
/// what it does: `merger sort by date` searched "sort".
const SETTINGS_TYPED: [(&[&str], (&str, &str), &str); 9] = [
    (&["sort", "by", "date"], ("sort", "date"), "to list the newest first"),
    (&["sorted", "by", "date"], ("sort", "date"), "to list the newest first"),
    (&["sort", "by", "newest"], ("sort", "date"), "to list the newest first"),
    (&["sort", "by", "oldest"], ("sort", "oldest"), "to list the oldest first"),
    (
        &["sort", "by", "relevance"],
        ("sort", "relevance"),
        "the most relevant are first unless asked otherwise",
    ),
    (&["duplicates", "off"], ("collapse", "0"), "copies of a story are one hit: to list each"),
    (&["duplicate", "off"], ("collapse", "0"), "copies of a story are one hit: to list each"),
    (&["dups", "off"], ("collapse", "0"), "copies of a story are one hit: to list each"),
    (&["duplicates", "on"], ("collapse", "0"), "copies of a story are one hit already; to list each"),
];

/// The syntax of other news databases (LexisNexis, Westlaw, Factiva) typed into a query,
/// which the grammar took as words, each said with the newsdex way to write it: a
/// proximity operator (`w/5`, `/s`, `pre/3`, `near5`) with the phrases to type instead, a
/// segment search (`hlead(merger)`, `company(texaco)`), a date (`date aft 1987-03-01`) or
/// a setting (`sort by date`, `duplicates off`). Each rule needs the shape of the syntax
/// (`/s` alone between words, a date after `date aft`), so that pasted text says nothing.
pub fn foreign_syntax(text: &str, wording: Wording) -> Vec<String> {
    let straight = query::straighten_quotes(text);
    let text = &*straight;
    let placed = query_items(text);
    let items: Vec<&str> = placed.iter().map(|(_, item)| *item).collect();
    let lower: Vec<String> = items.iter().map(|item| item.to_lowercase()).collect();
    let mut notes: Vec<String> = Vec::new();
    let mut say = |note: String| {
        if !notes.contains(&note) {
            notes.push(note);
        }
    };
    let has_letters = |item: &str| item.chars().any(char::is_alphabetic);
    for (at, &(offset, item)) in placed.iter().enumerate() {
        let between =
            at > 0 && at + 1 < items.len() && has_letters(items[at - 1]) && has_letters(items[at + 1]);
        if between
            && !item.starts_with('"')
            && let Some(reach) = proximity_operator(item)
        {
            let before: Vec<&str> = items[..at].iter().rev().copied().collect();
            say(proximity_note(item, reach, &before, &items[at + 1..]));
            continue;
        }
        if let Some((segment, searched)) = segment_search(item, through_bracket(text, offset)) {
            let typed = Quoted(through_bracket(text, offset));
            let bare = searched.trim_matches(['(', ')']);
            say(match segment {
                Segment::Headline => {
                    format!("{typed} is no search here: for the headline, write title:{searched}")
                }
                Segment::HeadlineAndLead => format!(
                    "{typed} is no search here: for the headline, write title:{searched}; there is no lead-paragraph search ({bare} alone searches headline and text)"
                ),
                Segment::Company => format!(
                    "{typed} is no search here: for articles naming the company, give {}",
                    (wording.setting)("org", bare)
                ),
                Segment::Byline => {
                    format!("{typed} is no search here: for the writer, write byline:{searched}")
                }
                Segment::AtLeast => format!(
                    "{typed} is no search here: there is no \"at least N times\"; {bare} alone ranks first the articles that use it most"
                ),
            });
            continue;
        }
        // A date compared in the query (`date aft 1987-03-01`, `date(>= 3/1/1987)`).
        let date_typed = if lower[at] == "date" {
            let compared = lower.get(at + 1).is_some_and(|next| DATE_COMPARISONS.contains(&next.as_str()));
            // The date in words too ("June 15, 1987": three items), the longest read.
            let in_words = (3..=5).rev().find(|&end| {
                let date = items.get(at + 2..at + end).map(|words| words.join(" "));
                let year = |date: &str| date.chars().filter(char::is_ascii_digit).count() >= 4;
                compared && date.is_some_and(|date| year(&date) && crate::dates::parse_span(&date).is_ok())
            });
            let end = in_words.map(|end| at + end).or_else(|| {
                let date =
                    items.get(at + 2).filter(|date| compared && is_a_date(date.trim_matches(['(', ')'])));
                date.map(|_| at + 3)
            });
            end.map(|end| items[at..end].join(" "))
        } else if lower[at].starts_with("date(")
            || lower[at].starts_with("date>")
            || lower[at].starts_with("date<")
        {
            let whole = through_bracket(text, offset);
            whole.chars().any(|c| c.is_ascii_digit()).then(|| whole.to_string())
        } else {
            None
        };
        if let Some(typed) = date_typed {
            let (filters, month) = date_filters_typed(&typed, wording)
                .unwrap_or_else(|| ((wording.setting)("since", "1987-03-01"), "1987-03".to_string()));
            say(format!(
                "{} is searched as words: dates are given apart from the query, as {} and {} ({filters}, or a year or month alone for all of it: {})",
                Quoted(&typed),
                (wording.filter)("since"),
                (wording.filter)("until"),
                (wording.setting)("until", &month),
            ));
        }
    }
    // Settings typed as words.
    let words: Vec<&str> =
        lower.iter().map(|word| word.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    for (typed, (name, value), what) in SETTINGS_TYPED {
        if words.windows(typed.len()).any(|window| window == typed) {
            say(format!(
                "{} is searched as words: {what}, give {}",
                Quoted(&typed.join(" ")),
                (wording.setting)(name, value)
            ));
        }
    }
    notes
}

/// The quoted phrases of a query (straight quotes), each with the `~n` after it, if any.
/// A quote left open ends the list: [`operators_not_taken`] says it.
fn quoted_phrases(text: &str) -> Vec<(&str, Option<&str>)> {
    let mut phrases = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('"') {
        let Some(close) = rest[open + 1..].find('"') else { break };
        let inner = &rest[open + 1..open + 1 + close];
        rest = &rest[open + close + 2..];
        let slop = rest.strip_prefix('~').map(|after| {
            let digits = after.find(|c: char| !c.is_ascii_digit()).unwrap_or(after.len());
            &after[..digits]
        });
        phrases.push((inner, slop.filter(|digits| !digits.is_empty())));
    }
    phrases
}

/// Names written with signs the index does not keep (`C++`, `C#`, `.NET`): what was
/// searched instead, so that 499 articles on the letter C are not taken for C++.
fn symbols_not_kept(text: &str) -> Vec<String> {
    let mut notes: Vec<String> = Vec::new();
    for item in text.split_whitespace() {
        let item = item.trim_matches(|c: char| matches!(c, '"' | '\'' | '(' | ')' | ',' | ';'));
        let letters = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphanumeric());
        let named = item.strip_suffix("++").or_else(|| item.strip_suffix('#'));
        let symbol = named
            .is_some_and(|name| letters(name) && name.starts_with(|c: char| c.is_ascii_alphabetic()))
            || item
                .strip_prefix('.')
                .is_some_and(|name| letters(name) && name.starts_with(|c: char| c.is_ascii_alphabetic()));
        let searched = query::name_terms(item).join(" ");
        if !symbol || searched.is_empty() || notes.iter().any(|n| n.starts_with(&Quoted(item).to_string())) {
            continue;
        }
        notes.push(format!(
            "{} is searched as {}: the index keeps a word's letters and figures, not its \"+\", \"#\" or leading \".\", so every article with the word {} matches",
            Quoted(item),
            Quoted(&searched),
            Quoted(&searched)
        ));
    }
    notes
}

/// Wildcards, OR and brackets typed inside quotes, which a phrase reads as its words (the
/// wildcard a phrase takes is a `*` at its very end, without `~`: `"prime minis*"`):
/// `"texaco suit*"~10` and `"texaco (suit OR lawsuit)"~10` found nothing where `"texaco
/// suit"~10` finds 3 (Reuters). Each said with the search that asks for what was meant,
/// one phrase for each word: `"texaco suit"~10 OR "texaco lawsuit"~10`.
fn syntax_in_quotes(text: &str) -> Vec<String> {
    let straight = query::straighten_quotes(text);
    let mut notes = Vec::new();
    for (inner, slop) in quoted_phrases(&straight) {
        let near = slop.map(|n| format!("~{n}")).unwrap_or_default();
        let typed = format!("\"{inner}\"{near}");
        let words: Vec<&str> = inner.split_whitespace().collect();
        let phrase_end_wildcard =
            slop.is_none() && inner.trim_end().ends_with('*') && inner.matches('*').count() == 1;
        if inner.contains('*') && !phrase_end_wildcard {
            // Each starred word in full, and once more with an s, as an example of its forms.
            let full = |plural: bool| {
                let words: Vec<String> = words
                    .iter()
                    .map(|w| {
                        let whole = w.replace('*', "");
                        if plural && w.contains('*') { format!("{whole}s") } else { whole }
                    })
                    .collect();
                format!("\"{}\"{near}", words.join(" "))
            };
            notes.push(format!(
                "{typed}: inside quotes, * is no wildcard (but at the very end of a phrase without ~); write each word in full, as {} OR {}",
                full(false),
                full(true)
            ));
        }
        // A quote in capitals may write "OR" as its word.
        let or =
            words.iter().any(|w| w.trim_matches(['(', ')']) == "OR") && inner.chars().any(char::is_lowercase);
        if or {
            let instead = match or_alternatives(&words) {
                Some(phrases) => {
                    let phrases: Vec<String> = phrases.iter().map(|p| format!("\"{p}\"{near}")).collect();
                    format!("for either, write {}", phrases.join(" OR "))
                }
                None => "for either, write OR between phrases".to_string(),
            };
            notes.push(format!(
                "{typed}: inside quotes, OR and brackets are no operators (\"or\" is searched as a word); {instead}"
            ));
        }
    }
    notes
}

/// The phrases a quote's words (`texaco (suit OR lawsuit)`) stand for when OR is read as
/// an operator: the words it joins (those inside the brackets around it, or else the word
/// on each side) each in turn in the quote, without the brackets: "texaco suit",
/// "texaco lawsuit". None when OR joins nothing.
fn or_alternatives(words: &[&str]) -> Option<Vec<String>> {
    let bare = |w: &&str| w.trim_matches(['(', ')']).to_string();
    let or_at = words.iter().position(|w| bare(w) == "OR")?;
    let open = words[..=or_at].iter().rposition(|w| w.starts_with('('));
    let close = words[or_at..].iter().position(|w| w.ends_with(')')).map(|at| at + or_at);
    let (from, to) = match (open, close) {
        (Some(open), Some(close)) => (open, close),
        _ => (or_at.checked_sub(1)?, or_at + 1),
    };
    let group: Vec<String> = words.get(from..=to)?.iter().map(bare).filter(|w| !w.is_empty()).collect();
    let options: Vec<&[String]> = group.split(|w| w == "OR").filter(|o| !o.is_empty()).collect();
    if options.len() < 2 {
        return None;
    }
    let before: Vec<String> = words[..from].iter().map(bare).collect();
    let after: Vec<String> = words[to + 1..].iter().map(bare).collect();
    Some(options.iter().map(|option| [&before[..], option, &after[..]].concat().join(" ")).collect())
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_name_with_signs_the_index_drops_says_what_was_searched() {
        let notes = super::symbols_not_kept("C++ OR \"C#\" jobs .NET");
        assert_eq!(notes.len(), 3, "{notes:?}");
        assert!(notes[0].starts_with("\"C++\" is searched as \"c\""), "{notes:?}");
        assert!(notes[1].starts_with("\"C#\" is searched as \"c\""), "{notes:?}");
        assert!(notes[2].starts_with("\".NET\" is searched as \"net\""), "{notes:?}");
        // Not a sum, a hashtag, a decimal or a word at a sentence's end.
        for plain in ["1+1", "#bbc", "0.5", "the end.", "+oil", "AT&T"] {
            assert!(super::symbols_not_kept(plain).is_empty(), "{plain}");
        }
    }

    #[test]
    fn the_folder_named_for_the_undated_is_the_deepest_that_holds_nearly_all() {
        let files = |list: &[(&str, u64)]| list.iter().map(|&(p, n)| (p.to_string(), n)).collect::<Vec<_>>();
        let bbc = files(&[("/c/bbc/politics/1.txt", 60), ("/c/bbc/sport/2.txt", 40)]);
        assert_eq!(folder_holding(&bbc, 100), Some(("/c/bbc".to_string(), 100)));
        let mostly = files(&[("/c/bbc/politics/1.txt", 95), ("/c/wire/3.txt", 5)]);
        assert_eq!(folder_holding(&mostly, 100), Some(("/c/bbc/politics".to_string(), 95)));
        let spread = files(&[("/a/1.txt", 50), ("/b/2.txt", 50)]);
        assert_eq!(folder_holding(&spread, 100), None);
    }

    use super::*;

    #[test]
    fn a_word_excluded_that_the_index_holds_as_one_asked_for_is_said() {
        let notes = excluded_alike(&query::typed_text("labor -labour"));
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert!(notes[0].starts_with("-labour leaves out every article labor finds"), "{notes:?}");
        assert!(notes[0].contains("\"labour\" and \"labor\" are one word"), "{notes:?}");
        // In a phrase, after NOT, in capitals, with accents.
        assert_eq!(excluded_alike(&query::typed_text("\"labor party\" NOT labour")).len(), 1);
        assert_eq!(excluded_alike(&query::typed_text("Colour -COLOR")).len(), 1);
        assert_eq!(excluded_alike(&query::typed_text("cafe -café")).len(), 1);
        // Other words, the same word typed twice, an excluded word alone: nothing to say.
        for text in ["labor -union", "labour -labour", "-labour", "tired -tyre"] {
            assert!(excluded_alike(&query::typed_text(text)).is_empty(), "{text}");
        }
    }

    #[test]
    fn operators_typed_in_lower_case_or_as_symbols_are_said() {
        assert_eq!(
            operators_not_taken("oil or gas"),
            ["\"or\" is searched as a word: for either word, write OR (in capitals)"]
        );
        assert_eq!(operators_not_taken("oil not gas not coal").len(), 1, "each said once");
        assert!(operators_not_taken("oil || gas")[0].starts_with("\"||\" is no operator"));
        // Capitals are operators; a quoted "or", the first or last word, are words.
        assert!(operators_not_taken("oil OR gas NOT coal").is_empty());
        assert!(operators_not_taken("\"to be or not to be\" hamlet").is_empty());
        assert!(operators_not_taken("or else").is_empty());
        assert!(operators_not_taken("either or").is_empty());
        let mixed = operators_not_taken("budget OR tax AND election");
        assert!(mixed[0].starts_with("AND binds before OR"), "{mixed:?}");
        assert!(operators_not_taken("(budget OR tax) AND election").is_empty());
        assert!(operators_not_taken("budget OR tax OR election").is_empty());
        // A proximity operator is said by `foreign_syntax`, once.
        assert!(operators_not_taken("gordon NEAR brown").is_empty());
        let bang = operators_not_taken("oil !opec");
        assert!(bang[0].contains("write -opec or NOT opec"), "{bang:?}");
        // A figure: a minus before it, a power after it.
        let minus = operators_not_taken("freezer -80°C");
        assert_eq!(
            minus,
            ["\"-80°C\" was taken as \"not 80°C\": to search for the figure, quote it ('\"-80°C\"')"]
        );
        let power = operators_not_taken("10^6 cells");
        assert!(power[0].starts_with("\"10^6\": ^ after a word weighs it"), "{power:?}");
        assert!(operators_not_taken("budget^2 -sport").is_empty());
    }

    #[test]
    fn a_bang_truncating_words_is_said_once_for_all_of_them() {
        assert_eq!(
            operators_not_taken("(merg! OR acqui!) AND texaco"),
            ["\"merg!\", \"acqui!\": ! read as * (merg*, acqui*: any word starting so)"]
        );
        // A mark in a pasted quote, after a short word, or doubled, is no truncation.
        for typed in ["\"Stop!\" he said", "go! now", "wow!! really", "\"regulat!\""] {
            assert!(operators_not_taken(typed).is_empty(), "{typed}");
        }
    }

    #[test]
    fn words_in_typographic_quotes_are_no_operators() {
        for quoted in ["“we are not in”", "«we are not in»", "„we are not in“", "\"we are not in\""]
        {
            assert!(operators_not_taken(quoted).is_empty(), "{quoted}");
        }
        // Outside them, a lower-case "not" is still said.
        assert_eq!(operators_not_taken("“we are” oil not gas").len(), 1);
    }

    #[test]
    fn a_contraction_without_its_apostrophe_is_known_as_one() {
        assert_eq!(query::contraction_typed_without_apostrophe("wont"), Some("won't"));
        assert_eq!(query::contraction_typed_without_apostrophe("Dont"), Some("don't"));
        assert_eq!(query::contraction_typed_without_apostrophe("youre"), Some("you're"));
        // Words of their own, and misspellings, are not.
        for word in ["were", "its", "want", "wnot", "won't"] {
            assert_eq!(query::contraction_typed_without_apostrophe(word), None, "{word}");
        }
    }

    #[test]
    fn wildcards_or_and_brackets_inside_quotes_are_said_with_what_to_type() {
        let star = syntax_in_quotes("\"texaco suit*\"~10");
        assert_eq!(
            star,
            [
                "\"texaco suit*\"~10: inside quotes, * is no wildcard (but at the very end of a phrase without ~); write each word in full, as \"texaco suit\"~10 OR \"texaco suits\"~10"
            ]
        );
        let or = syntax_in_quotes("“texaco (suit OR lawsuit)”~10 oil");
        assert_eq!(
            or,
            [
                "\"texaco (suit OR lawsuit)\"~10: inside quotes, OR and brackets are no operators (\"or\" is searched as a word); for either, write \"texaco suit\"~10 OR \"texaco lawsuit\"~10"
            ]
        );
        let bare = syntax_in_quotes("\"oil OR gas prices\"");
        assert!(bare[0].ends_with("write \"oil prices\" OR \"gas prices\""), "{bare:?}");
        // A wildcard ending a phrase is one; a quote in capitals writes OR as a word.
        assert!(syntax_in_quotes("\"prime minis*\" \"TO BE OR NOT TO BE\"").is_empty());
        assert!(syntax_in_quotes("oil OR gas").is_empty());
        assert_eq!(quoted_phrases("a \"b c\"~3 \"d\" \"e"), [("b c", Some("3")), ("d", None)]);
    }

    /// The notes [`foreign_syntax`] gives on the command line.
    fn foreign(text: &str) -> Vec<String> {
        foreign_syntax(text, Wording::FLAGS)
    }

    #[test]
    fn a_proximity_operator_of_other_engines_is_said_with_the_gap_it_asks_for() {
        let near = foreign("texaco NEAR/10 lawsuit");
        assert_eq!(
            near,
            [
                "\"NEAR/10\" is no operator here (searched as text): for words within 10 words of each other, write \"texaco lawsuit\"~10; \"a b\"~N finds words within N words in one sentence, in either order (the other order costs 2 of them; N at most 50), and there is no same-paragraph or ordered proximity"
            ]
        );
        assert!(foreign("oil w/5 gas")[0].contains("write \"oil gas\"~5;"));
        assert!(foreign("gordon NEAR brown")[0].contains("write \"gordon brown\"~5;"));
        assert!(
            foreign("oil near/500 gas")[0].contains("within 500 words of each other, write \"oil gas\"~50;")
        );
        // Each form, and what it reaches.
        for (typed, write) in [
            ("merger /s acquisition", "for words in one sentence, write \"merger acquisition\"~50;"),
            ("merger w/sent acquisition", "for words in one sentence, write \"merger acquisition\"~50;"),
            (
                "merger /p acquisition",
                "in one paragraph, the nearest is one sentence, write \"merger acquisition\"~50;",
            ),
            ("merger w/p acquisition", "in one paragraph"),
            ("merger w/seg acquisition", "in one segment"),
            ("merger /3 acquisition", "within 3 words of each other, write \"merger acquisition\"~3;"),
            (
                "merger pre/3 acquisition",
                "within 3 words of each other (in either order), write \"merger acquisition\"~3;",
            ),
            ("merger near5 acquisition", "within 5 words of each other, write \"merger acquisition\"~5;"),
            ("merger adj3 acquisition", "(in either order), write \"merger acquisition\"~3;"),
            ("merger W/S acquisition", "for words in one sentence"),
        ] {
            let said = foreign(typed);
            assert!(said.len() == 1 && said[0].contains(write), "{typed}: {said:?}");
        }
        // Not an operator: alone at either end, between figures, or a word's own part.
        for typed in
            ["merger /s", "/s merger", "2 /3 4", "and/or merger", "merger w/ acquisition", "near the river"]
        {
            assert!(foreign(typed).is_empty(), "{typed}: {:?}", foreign(typed));
        }
    }

    #[test]
    fn a_proximity_note_writes_one_phrase_for_each_alternative_and_words_in_full() {
        let either = foreign("merger w/5 (acquisition OR takeover)");
        assert!(either[0].contains("write \"merger acquisition\"~5 OR \"merger takeover\"~5;"), "{either:?}");
        let before = foreign("(merger OR takeover) w/5 bank");
        assert!(before[0].contains("write \"merger bank\"~5 OR \"takeover bank\"~5;"), "{before:?}");
        let phrase = foreign("merger w/5 \"savings bank\"");
        assert!(phrase[0].contains("write \"merger savings bank\"~5;"), "{phrase:?}");
        let truncated = foreign("merg! w/10 acqui*");
        assert!(
            truncated[0].contains(
                "write \"merg… acqui…\"~10 with each word in full, one phrase for each form (a phrase holds * only at its very end, and then without ~);"
            ),
            "{truncated:?}"
        );
        // More than phrases can say: the general form.
        let nested = foreign("merger w/5 ((a OR b) AND c)");
        assert!(nested[0].contains("write \"a b\"~5 for each pair of words, joined by OR;"), "{nested:?}");
    }

    #[test]
    fn segments_dates_and_settings_of_other_engines_are_said_with_the_newsdex_form() {
        for (typed, said) in [
            (
                "hlead(merger)",
                "\"hlead(merger)\" is no search here: for the headline, write title:merger; there is no lead-paragraph search (merger alone searches headline and text)",
            ),
            ("HLEAD(merger OR takeover)", "write title:(merger OR takeover);"),
            ("hlp=merger", "for the headline, write title:merger;"),
            (
                "headline(merger)",
                "\"headline(merger)\" is no search here: for the headline, write title:merger",
            ),
            ("hl(merger) texaco", "write title:merger"),
            ("atleast3(merger)", "there is no \"at least N times\"; merger alone ranks first"),
            ("company(texaco)", "for articles naming the company, give --org texaco"),
            ("company(royal dutch)", "give --org \"royal dutch\""),
            (
                "merger date aft 1987-03-01",
                "\"date aft 1987-03-01\" is searched as words: dates are given apart from the query, as --since and --until (--since 1987-03-01, or a year or month alone for all of it: --until 1987-03)",
            ),
            ("date(>= 3/1/1987)", "\"date(>= 3/1/1987)\" is searched as words"),
            ("merger AND date > 3/1/1987", "\"date > 3/1/1987\" is searched as words"),
            ("merger date bef 1987-04-01", "\"date bef 1987-04-01\""),
            ("merger date is 1987", "\"date is 1987\""),
            // The date typed, as the filter takes it.
            (
                "oil date aft 1987-06-15",
                "(--since 1987-06-15, or a year or month alone for all of it: --until 1987-06)",
            ),
            ("oil date aft 13/3/1987", "(--since 1987-03-13,"),
            (
                "oil date bef June 15, 1987",
                "\"date bef June 15, 1987\" is searched as words: dates are given apart from the query, as --since and --until (--until 1987-06-15,",
            ),
            ("oil date is 1987", "(--since 1987 --until 1987,"),
            ("oil date(>= 3/15/1987)", "(--since 1987-03-15,"),
            ("oil date < 1987-03", "(--until 1987-03,"),
            (
                "merger sort by date",
                "\"sort by date\" is searched as words: to list the newest first, give --sort date",
            ),
            (
                "merger duplicates off",
                "\"duplicates off\" is searched as words: copies of a story are one hit: to list each, give --no-collapse",
            ),
        ] {
            let notes = foreign(typed);
            assert!(notes.len() == 1 && notes[0].contains(said), "{typed}: {notes:?}");
        }
        // As the API takes them.
        let api = foreign_syntax("merger duplicates off date aft 1987", Wording::PARAMS);
        assert!(api[0].contains("as since and until (since=1987, or"), "{api:?}");
        assert!(api[1].ends_with("give collapse=0"), "{api:?}");
    }

    #[test]
    fn ordinary_text_and_plain_queries_get_no_note_of_other_engines() {
        for typed in [
            "merger acquisition",
            "texaco pennzoil settlement",
            "\"the date is 1987\"",
            "the release date was set",
            "lead(II) nitrate",
            "she said the headline was wrong",
            "company results by date",
            "shares rose 5/8 to 32 3/4",
            "w/o merger",
            "the sort of deal",
            "Stop! Police",
            "title:merger -sport",
            "\"merger w/5 acquisition\"",
        ] {
            assert!(foreign(typed).is_empty(), "{typed}: {:?}", foreign(typed));
            assert!(operators_not_taken(typed).iter().all(|n| !n.contains("\"and\"")), "{typed}");
        }
    }

    #[test]
    fn a_lower_case_and_is_said_where_the_query_is_written_as_a_search() {
        let and = "\"and\" is searched as a word (only articles that write it match): for both words, write AND (in capitals) or leave it out";
        assert_eq!(operators_not_taken("texaco and pennzoil"), [and]);
        assert_eq!(operators_not_taken("(texaco and pennzoil) OR getty"), [and]);
        assert_eq!(operators_not_taken("texaco and pennzoil NOT getty"), [and]);
        // A pasted sentence, a quote, a band's name among other words: no note.
        assert!(operators_not_taken("texaco and pennzoil settle their dispute").is_empty());
        assert!(operators_not_taken("\"texaco and pennzoil\"").is_empty());
    }

    #[test]
    fn a_quote_left_open_and_a_question_mark_in_a_word_are_said() {
        let phrase =
            "a '\"' is not closed: the words after it are searched as one phrase, to the end of the query";
        assert_eq!(operators_not_taken("\"interest rates"), [phrase]);
        assert_eq!(operators_not_taken("oil title:\"bank of"), [phrase]);
        assert_eq!(operators_not_taken("“interest rates"), [phrase]);
        assert_eq!(operators_not_taken("interest rates\""), ["a '\"' closes no phrase and was passed over"]);
        assert!(operators_not_taken("\"interest rates\" fed").is_empty());
        assert_eq!(
            operators_not_taken("te?t"),
            ["\"te?t\": ? is no wildcard here; * stands for any letters (te*t)"]
        );
        // A question is a question.
        assert!(operators_not_taken("who won the cup?").is_empty());
    }

    #[test]
    fn a_quote_without_its_quotes_keeps_its_numbers_amounts_and_names_whole() {
        assert_eq!(unquoted("3.5 pct"), "3.5 pct");
        assert_eq!(unquoted("$1.2 billion, up 40%"), "$1.2 billion, up 40%");
        assert_eq!(unquoted("AT&T lost 4-6 to O'Hara"), "AT&T lost 4-6 to O'Hara");
        // What a query would read as syntax is dropped.
        assert_eq!(unquoted("title:oil -sport (up) 'light' & more*"), "title oil sport up light more");
        assert!(is_a_plain_word("3.5") && is_a_plain_word("$1.2bn") && is_a_plain_word("AT&T"));
        assert!(!is_a_plain_word("-sport") && !is_a_plain_word("&&") && !is_a_plain_word("oil*"));
    }

    #[test]
    fn words_are_quoted_as_typed_with_their_marks() {
        assert_eq!(Quoted("יְרוּשָׁלַיִם").to_string(), "\"יְרוּשָׁלַיִם\"");
        assert_eq!(Quoted("İstanbul").to_string(), "\"İstanbul\"");
        // What `{:?}` escapes in a plain word, this does too.
        for typed in ["gordon brown", "say \"no\"", "back\\slash", "tab\there"] {
            assert_eq!(Quoted(typed).to_string(), format!("{typed:?}"));
        }
    }

    #[test]
    fn a_whole_quote_is_read_with_any_quotes_and_its_full_stop() {
        assert_eq!(whole_quote("\"we are not in\"").as_deref(), Some("we are not in"));
        assert_eq!(whole_quote("“we are not in”.").as_deref(), Some("we are not in"));
        assert_eq!(whole_quote("«on y va»").as_deref(), Some("on y va"));
        // A quote and more, or two quotes, are no one quote.
        assert_eq!(whole_quote("\"we are\" not"), None);
        assert_eq!(whole_quote("\"we\" \"are\""), None);
        assert_eq!(without_word(&["a", "b", "c"], 1), "a c");
    }

    #[test]
    fn the_word_an_article_writes_in_a_quote_s_gap_is_read_as_written() {
        let words = ["you", "don't", "make", "deals"];
        let tokens = quote_tokens("you don't make deals", &words);
        // Each token knows the typed word it comes from.
        assert!(tokens.iter().any(|t| t.2 == 2 && t.1 == "make"), "{tokens:?}");
        let terms: Vec<(usize, String)> =
            tokens.iter().filter(|t| t.2 != 2).map(|t| (t.0, t.1.clone())).collect();
        let gap: Vec<usize> = tokens.iter().filter(|t| t.2 == 2).map(|t| t.0).collect();
        let text = "He said: \"You don't DO deals here.\" Then he left.";
        assert_eq!(word_in_gap(text, &terms, &gap).as_deref(), Some("DO"));
        // Words not standing so around the gap: none.
        assert_eq!(word_in_gap("you don't deals", &terms, &gap), None);
        assert_eq!(word_in_gap("deals you don't make", &terms, &gap), None);
    }

    #[test]
    fn an_amount_in_a_quote_s_gap_is_read_without_the_words_after_it() {
        // "ten billion dlrs" is also one word at "ten"'s position (`$10bn`): the gap before
        // "billion" is "ten", not the amount reaching past the phrase's next word.
        let words = ["owes", "$1.2", "billion"];
        let tokens = quote_tokens("owes $1.2 billion", &words);
        let terms: Vec<(usize, String)> =
            tokens.iter().filter(|t| t.2 != 1).map(|t| (t.0, t.1.clone())).collect();
        let gap: Vec<usize> = tokens.iter().filter(|t| t.2 == 1).map(|t| t.0).collect();
        let text = "The company said it owes ten billion dlrs to banks.";
        assert_eq!(word_in_gap(text, &terms, &gap).as_deref(), Some("ten"));
    }
}
