//! `newsdex quotes`: what people said, on the record: the direct quotations of the
//! matching articles, each with its speaker as the article attributes it
//! ([`crate::entities::quotations`]).

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use serde::Serialize;
use tantivy::collector::DocSetCollector;
use tantivy::{DocAddress, TantivyDocument};

use crate::cli::{QuotesArgs, SortArg};
use crate::entities::quotations::{self, Attributed, Quotation, SpeakerKind};
use crate::exit::Status;
use crate::index::NewsIndex;
use crate::search::snippet::Highlighter;
use crate::search::template::Ending;
use crate::search::{SearchRequest, Sort, query, render};

/// One quotation as `--json` and `--format` give it: the quote, its speaker, and the
/// article to cite.
#[derive(Debug, Serialize)]
struct QuoteRow<'a> {
    quote: &'a str,
    speaker: Option<&'a str>,
    /// Each one said to speak it: two for "Owen Bieber and Marc Stepp said" (`speaker`
    /// joins them with "and"), one for one speaker, none when unknown.
    speakers: &'a [String],
    speaker_as_written: Option<&'a str>,
    speaker_kind: SpeakerKind,
    attribution: Option<&'a str>,
    attributed: Option<Attributed>,
    paragraph: usize,
    #[serde(rename = "ref")]
    reference: &'a str,
    relpath: Option<&'a str>,
    path: &'a str,
    uid: Option<&'a str>,
    title: Option<&'a str>,
    date: Option<&'a str>,
    day: Option<&'a str>,
    byline: Option<&'a str>,
    /// The later copies of the article whose same quotes were left out of the list.
    duplicates: &'a [String],
}

/// A matching article, with what citing it takes and the quotations kept of it.
struct Cited {
    path: String,
    reference: String,
    relpath: Option<String>,
    uid: Option<String>,
    title: Option<String>,
    date: Option<String>,
    modified: Option<String>,
    byline: Option<String>,
    /// The article's people and organizations, as listed.
    people: Vec<String>,
    orgs: Vec<String>,
    quotes: Vec<Quotation>,
    /// The references of its later copies whose same quotes were left out.
    duplicates: Vec<String>,
}

impl Cited {
    fn row<'a>(&'a self, q: &'a Quotation) -> QuoteRow<'a> {
        QuoteRow {
            quote: &q.text,
            speaker: q.speaker.as_deref(),
            speakers: &q.speakers,
            speaker_as_written: q.speaker_as_written.as_deref(),
            speaker_kind: q.kind,
            attribution: q.attribution.as_deref(),
            attributed: q.attributed,
            paragraph: q.paragraph,
            reference: &self.reference,
            relpath: self.relpath.as_deref(),
            path: &self.path,
            uid: self.uid.as_deref(),
            title: self.title.as_deref(),
            date: self.date.as_deref(),
            day: self.date.as_deref().map(|d| d.get(..10).unwrap_or(d)),
            byline: self.byline.as_deref(),
            duplicates: &self.duplicates,
        }
    }
}

/// What was left out of the quotations of the matching articles, for the note.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct LeftOut {
    /// Of another speaker than --speaker names.
    others: usize,
    /// Of no speaker known.
    unknown: usize,
    /// Holding no word of the query.
    without_words: usize,
    /// Of copies of an article listed (kept otherwise), and how many copies.
    of_copies: usize,
    copies: usize,
}

/// Runs `newsdex quotes`.
pub fn run(index_dir: &Path, args: &QuotesArgs) -> Result<Status> {
    let typed = crate::cli::query_of(&args.query);
    let req = super::filtered_request(typed.clone(), &args.filters)?;
    super::say_zones_ignored(&req);
    let news = NewsIndex::open(index_dir)?;
    let searcher = news.reader()?.searcher();
    let (matching, articles) = super::matching(&news, &searcher, &req)?;
    // The query's words, found in a quote as a search finds them in an article (their
    // other number, any case and accents): the filters' names are not among them.
    let words = match &typed {
        Some(text) => {
            let words_only = SearchRequest {
                text: Some(text.clone()),
                exact_words: req.exact_words,
                fuzzy: req.fuzzy,
                ..SearchRequest::default()
            };
            let built = query::build(&news, &searcher, &words_only).map_err(|e| anyhow::anyhow!("{e}"))?;
            (!built.highlight.is_empty()).then(|| Highlighter::new(&built.highlight))
        }
        None => None,
    };
    let mut found: Vec<DocAddress> = searcher.search(&*matching, &DocSetCollector)?.into_iter().collect();
    found.sort();
    // Under --sort, each article's place in a search's ranking of the same request.
    let ranking: Option<std::collections::HashMap<DocAddress, usize>> = match args.sort {
        Some(sort) => {
            let ranked_req = SearchRequest {
                sort: Sort::from(sort),
                half_life_secs: crate::commands::search::half_life_secs(&args.half_life)?,
                // Every article, as `search '*'` lists them, when nothing narrows them.
                text: req.text.clone().or_else(|| (!req.narrows()).then(|| "*".to_string())),
                ..req.clone()
            };
            let ranked = crate::search::ranked_articles(&news, &searcher, &ranked_req)?;
            Some(ranked.into_iter().enumerate().map(|(place, addr)| (addr, place)).collect())
        }
        None => None,
    };
    if args.half_life != crate::cli::DEFAULT_HALF_LIFE && args.sort != Some(SortArg::Recent) {
        crate::note!("newsdex: --half-life is for --sort recent only; passed over");
    }
    // A story published twice is quoted once: its copies as `search` folds them, and the
    // copies `duplicates` lists sent on another day.
    let stories: Vec<Vec<DocAddress>> = if args.no_collapse {
        found.into_iter().map(|addr| vec![addr]).collect()
    } else {
        stories_of(&searcher, found)?
    };
    let roots = crate::search::ingested_roots(&news);
    let mut read: Vec<Vec<(usize, Cited)>> = Vec::with_capacity(stories.len());
    for story in &stories {
        let mut copies = Vec::with_capacity(story.len());
        for &addr in story {
            let place = ranking.as_ref().map_or(0, |r| r.get(&addr).copied().unwrap_or(usize::MAX));
            copies.push((place, read_article(&news, &searcher, addr, &roots)?));
        }
        read.push(copies);
    }
    // A surname alone is the person `people` and `--person` take it for.
    let owners = surname_owners(&searcher, news.fields.person_name, read.iter().flatten().map(|(_, a)| a))?;
    for (_, article) in read.iter_mut().flatten() {
        for q in &mut article.quotes {
            resolve_surname(q, &article.people, &article.orgs, &owners);
        }
    }
    one_writing_per_person(&searcher, news.fields.person_name, read.iter_mut().flatten().map(|(_, a)| a))?;
    // Each article listed, with the place of its story under --sort and its own among the
    // story's copies.
    let mut cited: Vec<((usize, usize), Cited)> = Vec::with_capacity(read.len());
    let (mut left_out, mut kept) = (LeftOut::default(), 0);
    // Why a quote is left out, if it is.
    let left_out_for = |q: &Quotation| -> Option<fn(&mut LeftOut)> {
        let has_word = words.as_ref().is_none_or(|w| !w.char_ranges(&q.text).is_empty());
        let by_speaker = args.speaker.is_empty() || args.speaker.iter().any(|w| quotations::speaks(q, w));
        match (has_word, by_speaker, &q.speaker) {
            (false, _, _) => Some(|l| l.without_words += 1),
            (true, false, Some(_)) => Some(|l| l.others += 1),
            (true, false, None) => Some(|l| l.unknown += 1),
            (true, true, _) => None,
        }
    };
    for mut copies in read {
        // Oldest first: a quote is listed under the first copy holding it, and a copy's
        // quote an earlier copy holds is counted, not listed again; a later copy's own
        // quotes (an update's) are listed under it.
        copies.sort_by(|(_, a), (_, b)| oldest_first(a, b));
        let story_place = copies.iter().map(|(place, _)| *place).min().unwrap_or(0);
        // Each quote read so far, by its words, with the copy it was first read in; each
        // repeat kept otherwise, (first copy, repeating copy).
        let mut seen: Vec<(String, usize)> = Vec::new();
        let mut repeats: Vec<(usize, usize)> = Vec::new();
        for (j, (_, copy)) in copies.iter_mut().enumerate() {
            for q in std::mem::take(&mut copy.quotes) {
                let key = quote_key(&q.text);
                if let Some(&(_, first)) = seen.iter().find(|(seen, _)| same_quote(seen, &key)) {
                    if left_out_for(&q).is_none() {
                        left_out.of_copies += 1;
                        repeats.push((first, j));
                    }
                    continue;
                }
                seen.push((key, j));
                match left_out_for(&q) {
                    Some(count) => count(&mut left_out),
                    None => copy.quotes.push(q),
                }
            }
        }
        repeats.sort_unstable();
        repeats.dedup();
        let mut repeating: Vec<usize> = repeats.iter().map(|&(_, j)| j).collect();
        repeating.sort_unstable();
        repeating.dedup();
        left_out.copies += repeating.len();
        let refs: Vec<String> = copies.iter().map(|(_, c)| c.reference.clone()).collect();
        for (i, (_, mut article)) in copies.into_iter().enumerate() {
            article.duplicates =
                repeats.iter().filter(|&&(first, _)| first == i).map(|&(_, j)| refs[j].clone()).collect();
            article.duplicates.sort();
            kept += article.quotes.len();
            if !article.quotes.is_empty() {
                cited.push(((story_place, i), article));
            }
        }
    }
    match args.sort {
        // In the order of a search's ranking, a story's copies together, oldest first.
        Some(_) => cited.sort_by(|(a_at, a), (b_at, b)| a_at.cmp(b_at).then_with(|| oldest_first(a, b))),
        // Oldest first, as a record reads; the undated after, by where they are.
        None => cited.sort_by(|(_, a), (_, b)| oldest_first(a, b)),
    }
    let quoted = cited.len();
    let cited: Vec<Cited> =
        cited.into_iter().map(|(_, a)| a).take(args.limit.unwrap_or(usize::MAX)).collect();
    let listed = cited.iter().map(|a| a.quotes.len()).sum::<usize>();

    let mut out = super::stdout();
    if args.json {
        for article in &cited {
            for q in &article.quotes {
                serde_json::to_writer(&mut out, &article.row(q)).context("writing JSON")?;
                writeln!(out)?;
            }
        }
    } else if let Some(template) = &args.format {
        let rows: Vec<serde_json::Value> = cited
            .iter()
            .flat_map(|a| {
                a.quotes.iter().map(|q| serde_json::to_value(a.row(q)).expect("a quote serializes"))
            })
            .collect();
        crate::search::template::write_rows_with_header(
            &mut out,
            args.rows.header.as_deref(),
            template,
            &rows,
            Ending::of_lines(args.rows.null),
        )
        .context("writing results")?;
    } else {
        write_text(&mut out, &cited).context("writing results")?;
    }
    // The notes after the quotes, on a terminal showing both.
    out.flush()?;
    if articles == 0 {
        crate::note!("{}", render::no_match(typed.as_deref()));
        super::print_why_nothing(&news, &searcher, &req)?;
    }
    // The articles a date filter left out for having no date, as `search` says them: with
    // one --speaker, those naming that person (the others hold none of his quotes).
    let undated_req = match args.speaker.as_slice() {
        [speaker] => {
            SearchRequest { people: [req.people.clone(), vec![speaker.clone()]].concat(), ..req.clone() }
        }
        _ => req.clone(),
    };
    let undated = crate::search::hints::undated_left_out(&news, &searcher, &undated_req)?;
    super::note_undated_left_out(undated, &undated_req);
    if articles > 0 && !crate::messages::is_quiet() {
        let mut said = summary(kept, quoted, articles, left_out, &args.speaker, typed.is_some());
        if cited.len() < quoted {
            let shown = cited.len();
            said.push_str(&format!(
                "; -n {shown} lists {shown} of the {quoted} articles, {listed} quotes (-n all lists every one)"
            ));
        }
        crate::note!("newsdex: {said}");
    }
    super::finish(out)?;
    super::leave_to_exit(searcher);
    Ok(if kept == 0 { Status::NoHits } else { Status::Success })
}

/// The order of an article among its story's copies, and of the articles listed by
/// default: oldest first, the undated after, by reference.
fn oldest_first(a: &Cited, b: &Cited) -> std::cmp::Ordering {
    (a.date.is_none(), &a.date, &a.reference).cmp(&(b.date.is_none(), &b.date, &b.reference))
}

/// The matching articles `found` as stories: the copies `search` folds (a story's copies
/// of one day, a re-run cut short), joined with the exact and near copies `duplicates`
/// lists whenever sent (a weekend story sent again on Monday: 13 such stories over
/// Reuters-21578 were quoted twice).
fn stories_of(searcher: &tantivy::Searcher, found: Vec<DocAddress>) -> Result<Vec<Vec<DocAddress>>> {
    let mut reader = crate::search::FingerprintReader::new(searcher);
    let prints = found
        .iter()
        .map(|&addr| reader.read_dated(addr).map(|(print, _)| print))
        .collect::<Result<Vec<_>>>()?;
    let place: std::collections::HashMap<DocAddress, usize> =
        found.iter().enumerate().map(|(i, &addr)| (addr, i)).collect();
    // The copies `search` folds, as pairs, joined with the groups `duplicates` lists.
    let folded: Vec<(usize, usize)> = crate::search::stories(searcher, found.clone())?
        .iter()
        .flat_map(|story| story.windows(2).map(|w| (place[&w[0]], place[&w[1]])).collect::<Vec<_>>())
        .collect();
    let groups = crate::dedup::groups_with(crate::dedup::groups(&prints), found.len(), &folded);
    let mut grouped = vec![false; found.len()];
    let mut stories: Vec<Vec<DocAddress>> = groups
        .iter()
        .map(|group| {
            group
                .iter()
                .map(|&i| {
                    grouped[i] = true;
                    found[i]
                })
                .collect()
        })
        .collect();
    stories.extend(found.iter().zip(&grouped).filter(|(_, grouped)| !**grouped).map(|(&addr, _)| vec![addr]));
    Ok(stories)
}

/// A quote's words as copies of a story are compared: letters and figures, lower case.
fn quote_key(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether two quotes' words ([`quote_key`]) are one quote of a story's copies: the same,
/// or one cut short of the other (a copy re-sent shorter), of four words or more.
fn same_quote(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long
        || (short.split(' ').count() >= 4 && long.starts_with(short) && long.as_bytes()[short.len()] == b' ')
}

/// An article with every quotation of its text, the speakers resolved among its people.
fn read_article(
    news: &NewsIndex,
    searcher: &tantivy::Searcher,
    addr: DocAddress,
    roots: &[String],
) -> Result<Cited> {
    let fields = &news.fields;
    let doc: TantivyDocument = searcher.doc(addr)?;
    let body = crate::index::stored::body(fields, &doc);
    if let Some(problem) = &body.problem {
        crate::warn!("{problem}");
    }
    let hit = crate::search::Hit::stored(fields, &doc, roots, &body.text);
    let quotes = quotations::quotations(&body.text, &hit.people);
    let reference = crate::search::template::reference(&serde_json::json!({
        "path": hit.path, "relpath": hit.relpath, "id": hit.id,
    }));
    Ok(Cited {
        reference,
        relpath: hit.relpath,
        path: hit.path,
        uid: Some(hit.uid).filter(|uid| !uid.is_empty()),
        title: hit.title,
        date: hit.date,
        modified: hit.modified,
        byline: hit.byline,
        people: hit.people,
        orgs: hit.organizations,
        quotes,
        duplicates: Vec::new(),
    })
}

/// For the one-word speakers of `articles` (a surname alone: "Goldsmith", "Reagan"), the
/// person the whole index takes that surname for, by the rule of `people` and
/// `--person`: the full name with that surname the most articles give, when at least 80%
/// of the articles giving a full name with it give that one
/// ([`crate::search::query::NameForms::surname_alone`]). Keyed by the surname as
/// [`name_key`](crate::entities::lexicon::name_key) folds it.
fn surname_owners<'a>(
    searcher: &tantivy::Searcher,
    field: tantivy::schema::Field,
    articles: impl Iterator<Item = &'a Cited>,
) -> Result<std::collections::HashMap<String, String>> {
    use crate::entities::lexicon::name_key;
    use crate::search::query;
    let mut surnames = std::collections::HashSet::new();
    for article in articles {
        for q in &article.quotes {
            if let Some(speaker) = q.speaker.as_deref().filter(|s| !s.contains(' ')) {
                surnames.insert(name_key(speaker));
            }
        }
    }
    if surnames.is_empty() {
        return Ok(Default::default());
    }
    let full_names: Vec<(String, String)> =
        query::commonest_full_names(searcher, field, &surnames)?.into_iter().collect();
    let names: Vec<&str> = full_names.iter().map(|(_, name)| name.as_str()).collect();
    let forms = query::name_forms(searcher, field, &names, true)?;
    Ok(full_names
        .into_iter()
        .zip(forms)
        .filter(|(_, forms)| !forms.surname_alone.is_empty())
        .map(|(pair, _)| pair)
        .collect())
}

/// A quote's one-word speaker as the person the index takes that surname for
/// ([`surname_owners`]), unless the article gives a full name with it (then the article's
/// own reading stands); a speaker that is one of the article's organizations is one.
fn resolve_surname(
    q: &mut Quotation,
    people: &[String],
    orgs: &[String],
    owners: &std::collections::HashMap<String, String>,
) {
    use crate::entities::lexicon::name_key;
    let Some(speaker) = q.speaker.as_deref() else { return };
    let key = name_key(speaker);
    if orgs.iter().any(|org| name_key(org) == key) {
        q.kind = SpeakerKind::Organization;
        return;
    }
    // Each of two speaking together ("Bieber and Stepp") as one speaking alone.
    let mut changed = false;
    let speakers: Vec<String> = q
        .speakers
        .iter()
        .map(|one| match surname_owner(one, people, owners, q.gender) {
            Some(full) => {
                changed = true;
                full
            }
            None => one.clone(),
        })
        .collect();
    if changed {
        q.speaker = Some(speakers.join(" and "));
        q.speakers = speakers;
        q.kind = SpeakerKind::Person;
    }
}

/// The person the index takes a one-word `speaker` for ([`surname_owners`]), unless the
/// article gives another full name with it.
fn surname_owner(
    speaker: &str,
    people: &[String],
    owners: &std::collections::HashMap<String, String>,
    gender: Option<quotations::Gender>,
) -> Option<String> {
    use crate::entities::lexicon::name_key;
    if speaker.contains(' ') {
        return None;
    }
    let key = name_key(speaker);
    let full = owners.get(&key)?;
    // The article's full names with that surname: with none, the index's reading; with
    // several ("Tim Henman" and "Classy Henman"), the index's person among them, unless a
    // title or pronoun tells a gender the article may give another (Tony and Cherie Blair).
    let in_full: Vec<&String> = people
        .iter()
        .filter(|p| p.contains(' ') && name_key(p).rsplit(' ').next() == Some(key.as_str()))
        .collect();
    let owner_among = in_full.iter().any(|p| name_key(p) == name_key(full));
    (in_full.is_empty() || (owner_among && gender.is_none())).then(|| full.clone())
}

/// Every speaker's full name written one way where `people` counts the writings as one
/// person ([`query::PersonKeys`]) for a short given name: "Ron Glantz" and "Ronald Glantz"
/// are "Ronald Glantz". Only the given name may differ: "George Bush" is not made "George
/// W Bush", nor "Paul Boateng" "Paul Boateng MP". The writing kept gives the given name in
/// full, and is the most quoted of those that do.
fn one_writing_per_person<'a>(
    searcher: &tantivy::Searcher,
    field: tantivy::schema::Field,
    articles: impl Iterator<Item = &'a mut Cited>,
) -> Result<()> {
    use crate::entities::lexicon::{is_diminutive_of, name_key};
    use std::collections::HashMap;
    let articles: Vec<&mut Cited> = articles.collect();
    let mut writings: HashMap<String, usize> = HashMap::new();
    for q in articles.iter().flat_map(|a| &a.quotes) {
        for one in q.speakers.iter().filter(|s| s.contains(' ')) {
            *writings.entry(one.clone()).or_default() += 1;
        }
    }
    if writings.is_empty() {
        return Ok(());
    }
    let every = query::every_name(searcher, field)?;
    let keys = query::PersonKeys::of(every.iter().chain(writings.keys()).map(String::as_str));
    // The group of a writing: its person, and its words after the given name.
    let group = |writing: &str| -> (String, String) {
        let folded = name_key(writing);
        let rest = folded.split_once(' ').map_or(String::new(), |(_, rest)| rest.to_string());
        (keys.key(writing), rest)
    };
    let given = |writing: &str| name_key(writing).split(' ').next().unwrap_or_default().to_string();
    let mut groups: HashMap<(String, String), Vec<(&String, usize)>> = HashMap::new();
    let mut sorted: Vec<(&String, &usize)> = writings.iter().collect();
    sorted.sort();
    for (writing, &count) in sorted {
        groups.entry(group(writing)).or_default().push((writing, count));
    }
    let mut chosen: HashMap<&String, &String> = HashMap::new();
    for members in groups.values().filter(|m| m.len() > 1) {
        // A short given name beside the full one ("ron" beside "ronald") is not kept.
        let short = |w: &str| {
            let first = given(w);
            members.iter().any(|(other, _)| {
                let full = given(other);
                full.len() > first.len() && is_diminutive_of(&first, &full)
            })
        };
        let best = members.iter().filter(|(w, _)| !short(w)).max_by_key(|(_, count)| *count);
        if let Some(&(best, _)) = best {
            for (writing, _) in members {
                chosen.insert(writing, best);
            }
        }
    }
    for article in articles {
        for q in &mut article.quotes {
            let mut changed = false;
            for one in q.speakers.iter_mut() {
                if let Some(&writing) = chosen.get(&*one)
                    && writing != one
                {
                    *one = writing.clone();
                    changed = true;
                }
            }
            if changed {
                q.speaker = Some(q.speakers.join(" and "));
            }
        }
    }
    Ok(())
}

/// The quotes as text: each article's headline, date and reference, then its quotes,
/// `speaker: “quote”`.
fn write_text(out: &mut impl Write, cited: &[Cited]) -> std::io::Result<()> {
    use crate::messages::one_line;
    for (n, article) in cited.iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        let title = one_line(article.title.as_deref().unwrap_or("(untitled)"));
        writeln!(out, "{title}")?;
        let mut details = vec![render::dates_shown(article.date.as_deref(), article.modified.as_deref())];
        if let Some(byline) = &article.byline {
            details.push(format!("by {}", one_line(byline)));
        }
        details.push(one_line(&crate::messages::printable(&article.reference)));
        writeln!(out, "{}", details.join(" · "))?;
        for q in &article.quotes {
            writeln!(out, "  {}: “{}” (¶{})", speaker_shown(q), one_line(&q.text), q.paragraph)?;
        }
    }
    Ok(())
}

/// A quote's speaker as the text lists it: the name, with the words the article wrote
/// when they do not say it ("Tony Blair (he)", "Tony Blair (the prime minister)"); someone
/// the article leaves unnamed as such, with its words ("unnamed (one U.S. trade
/// official)"), never a name made of them; else unknown ("unknown (they)").
fn speaker_shown(q: &Quotation) -> String {
    let written = q.speaker_as_written.as_deref().map(crate::messages::one_line);
    let nobody = if q.kind == SpeakerKind::Unnamed { "unnamed" } else { "unknown" };
    match (&q.speaker, written) {
        (Some(name), Some(written)) if !says_name(&written, name) => format!("{name} ({written})"),
        (Some(name), _) => name.clone(),
        (None, Some(written)) => format!("{nobody} ({written})"),
        (None, None) => nobody.to_string(),
    }
}

/// Whether the words written name the speaker: "Mr Howard" does "Michael Howard", "he"
/// does not.
fn says_name(written: &str, name: &str) -> bool {
    name.split_whitespace().next_back().is_some_and(|surname| quotations::is_speaker(written, surname))
}

/// The note after the quotes: how many, of how many articles, and what was left out and
/// why: "3 quotes in 2 of 31 articles; left out: 40 quotes of other speakers, 12 of
/// unknown speakers, 200 holding no word of the query".
fn summary(
    kept: usize,
    cited: usize,
    articles: usize,
    left_out: LeftOut,
    speakers: &[String],
    query: bool,
) -> String {
    let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut said = format!(
        "{} in {cited} of {}",
        plural(kept, "quote", "quotes"),
        plural(articles, "article", "articles")
    );
    let mut out = Vec::new();
    if !speakers.is_empty() {
        out.push(format!("{} of other speakers", plural(left_out.others, "quote", "quotes")));
        out.push(format!("{} of unknown speakers", left_out.unknown));
    }
    if query {
        out.push(format!("{} holding no word of the query", left_out.without_words));
    }
    if left_out.of_copies > 0 {
        // "2 quotes repeated in 23 later copies of the stories listed": said so, not "2
        // quotes of 23 copies", which a reporter read as one story sent 23 times.
        out.push(format!(
            "{} repeated in {} of the stories listed (--no-collapse lists them)",
            plural(left_out.of_copies, "quote", "quotes"),
            plural(left_out.copies, "later copy", "later copies")
        ));
    }
    if !out.is_empty() {
        said.push_str("; left out: ");
        said.push_str(&out.join(", "));
    }
    said
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(speaker: Option<&str>, written: Option<&str>) -> Quotation {
        let kind = if speaker.is_some() { SpeakerKind::Person } else { SpeakerKind::Unknown };
        Quotation {
            text: "We will not raise income tax".into(),
            paragraph: 1,
            speaker: speaker.map(String::from),
            speakers: speaker.map(String::from).into_iter().collect(),
            speaker_as_written: written.map(String::from),
            attribution: None,
            attributed: None,
            kind,
            gender: None,
        }
    }

    #[test]
    fn a_speaker_is_shown_with_the_words_written_when_they_do_not_name_him() {
        assert_eq!(speaker_shown(&quote(Some("Michael Howard"), Some("Mr Howard"))), "Michael Howard");
        assert_eq!(speaker_shown(&quote(Some("Tony Blair"), Some("he"))), "Tony Blair (he)");
        assert_eq!(speaker_shown(&quote(None, Some("they"))), "unknown (they)");
        assert_eq!(speaker_shown(&quote(None, None)), "unknown");
        // Someone unnamed is said so, with the words written, not given a name of them.
        let official =
            Quotation { kind: SpeakerKind::Unnamed, ..quote(None, Some("one U.S. trade official")) };
        assert_eq!(speaker_shown(&official), "unnamed (one U.S. trade official)");
    }

    #[test]
    fn the_note_says_what_was_left_out_and_why() {
        let left_out = LeftOut { others: 40, unknown: 12, without_words: 200, of_copies: 0, copies: 0 };
        assert_eq!(
            summary(3, 2, 31, left_out, &["Blair".into()], true),
            "3 quotes in 2 of 31 articles; left out: 40 quotes of other speakers, 12 of unknown speakers, \
             200 holding no word of the query"
        );
        assert_eq!(summary(1, 1, 1, LeftOut::default(), &[], false), "1 quote in 1 of 1 article");
    }
}
