//! Searching the index: query → rank → snippet. Returns plain data and prints nothing, so
//! the command line and a future server share it.

pub mod facets;
pub mod hints;
pub mod names_written;
pub mod org_rows;
pub mod query;
pub mod render;
pub mod snippet;
pub mod template;

use anyhow::Result;
use rustc_hash::FxHashMap;
use serde::Serialize;
use tantivy::collector::sort_key::{SortBySimilarityScore, SortByStaticFastValue};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, ConstScoreQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, OwnedValue, Value};
use tantivy::{DateTime, DocAddress, Order, Searcher, TantivyDocument, Term};

pub use query::{QueryError, SearchRequest, Sort, WordMatch};
pub use snippet::Snippet;

use crate::dedup::{DisjointSets, Fingerprint, near_keys, same_story};
use crate::index::NewsIndex;

/// One matching article.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// Absolute path of the file the article came from.
    pub path: String,
    /// Its path from the folder it was ingested from, that folder's name first
    /// (`bbc/politics/099.txt`; a file ingested on its own, its name): see
    /// [`render::relative_path`]. `None` for a file under no folder the index records.
    pub relpath: Option<String>,
    /// Which article inside a many-article file.
    pub id: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// What names the article in a list: its title, or without one the opening of its
    /// text ([`snippet::headline`]).
    pub headline: String,
    /// Publication date, ISO 8601.
    pub date: Option<String>,
    /// Where the date was read (`jsonld`, `meta`, `sgml`, `dateline`, `path`, …).
    pub date_source: Option<String>,
    /// When it was last changed, where it says so, ISO 8601.
    pub modified: Option<String>,
    /// BM25 score (0 when sorted by date without a text query).
    pub score: f32,
    /// Byline.
    pub byline: Option<String>,
    /// Where a wire story was filed (`WINNIPEG, March 3 -`), kept apart from its text.
    pub dateline: Option<String>,
    /// The article's web address, when its source gave one.
    pub url: Option<String>,
    /// People named.
    pub people: Vec<String>,
    /// Organizations named.
    pub organizations: Vec<String>,
    /// Places named.
    pub places: Vec<String>,
    /// The source's own tags or keywords.
    pub tags: Vec<String>,
    /// The language it is written in (`en`, `de`), when known.
    pub language: Option<String>,
    /// The headline with its matches.
    pub title_snippet: Snippet,
    /// Part of the body with its matches.
    pub snippet: Snippet,
    /// Other copies of the same story (exact or near duplicates) collapsed into this hit:
    /// their paths, with `#id` for articles inside many-article files.
    pub duplicates: Vec<String>,
    /// Their uids, in the same order (`/api/article/{uid}` fetches one).
    pub duplicate_uids: Vec<String>,
    /// Their paths from the folders ingested, in the same order, as [`Hit::relpath`] says
    /// the hit's own (`reuters21578/reut2-004.sgm#4738`); `None` for a copy under no
    /// folder the index records.
    pub duplicate_relpaths: Vec<Option<String>>,
    /// Their headlines, in the same order (`None` for a copy without one): read with the
    /// copies, for a list naming a copy by its own headline (`search`'s "also at" line and
    /// its JSON's `duplicate_titles`).
    pub duplicate_titles: Vec<Option<String>>,
    /// A short stable id of the article (`/api/article/{uid}`).
    pub uid: String,
    /// Why the snippet is not from the text indexed: the file changed or went since the
    /// last ingest (`None` when it is).
    pub body_problem: Option<String>,
}

/// A page of results.
#[derive(Debug, Clone)]
pub struct SearchResults {
    /// How many articles match in all.
    pub total: usize,
    /// How many hits the pages hold once copies are folded together (when collapsing):
    /// the stories among the top candidates, plus every match past them, each its own hit
    /// (copies are looked for among the candidates only).
    pub stories: Option<usize>,
    /// The requested page of hits.
    pub hits: Vec<Hit>,
    /// Sorted by date (`--sort date` or `oldest`, or dates searched alone), how many of the
    /// results have a date: they are listed first, the undated after them. `None` for
    /// another order.
    pub dated: Option<Dated>,
}

/// The dated part of a search sorted by date (see [`SearchResults::dated`]), counted in
/// the same pass as the ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dated {
    /// The matching articles with a date.
    pub articles: usize,
    /// The stories they make once copies are folded, counted as
    /// [`SearchResults::stories`] counts every match's: what the same search kept to
    /// dated articles gives. `None` when copies are not folded.
    pub stories: Option<usize>,
}

/// The folders ingested into the index (their paths), for each hit's path from its
/// folder ([`render::relative_path`]); none when the index's record of them cannot be
/// read (`relpath` null), rather than no results.
pub fn ingested_roots(news: &NewsIndex) -> Vec<String> {
    news.payload().map(|p| p.roots.into_iter().map(|r| r.path).collect()).unwrap_or_default()
}

/// Runs a search on the searcher's commit.
pub fn search(news: &NewsIndex, searcher: &Searcher, req: &SearchRequest) -> Result<SearchResults> {
    search_built(news, searcher, req, &query::build(news, searcher, req)?, &ingested_roots(news))
}

/// [`search`] with the request's query already built (by [`query::build`]), for a caller
/// that runs it again (the server's facets), and the folders ingested ([`ingested_roots`])
/// as the caller read them (the server, once for each commit it serves).
pub fn search_built(
    news: &NewsIndex,
    searcher: &Searcher,
    req: &SearchRequest,
    built: &query::BuiltQuery,
    roots: &[String],
) -> Result<SearchResults> {
    // No page starts past the last article: a deeper offset (any number is taken) finds
    // the same empty page without sizing a ranking to it.
    let articles = usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX);
    let clamped;
    let req = if req.offset > articles {
        clamped = SearchRequest { offset: articles, ..req.clone() };
        &clamped
    } else {
        req
    };
    if req.collapse {
        // Collapsing reads the top MAX_CANDIDATES matches (all, for a search matching no
        // more), on every page alike: a story's copies are those among the same candidates
        // whichever page it is on. (A window sized to each page folded a copy into a story
        // shown earlier without it: the copy was on no page.) Past the candidates, the hits
        // follow one by one, uncollapsed, so that paging reaches every match.
        let (ranked, total, dated) = rank(searcher, built, req, MAX_CANDIDATES, 0)?;
        let window = ranked.len();
        // Under `--sort oldest` (when a story first appeared), a story's first version
        // leads; a later version of the same web page still does, as always.
        let latest = if req.sort == Sort::Oldest { Latest::OfThePage } else { Latest::OfTheStory };
        let groups = collapse(searcher, &news.fields, ranked, latest)?;
        let stories = groups.len();
        let dated = dated.map(|articles| dated_stories(searcher, &groups, articles)).transpose()?;
        // A limit of 0 asks for the counts alone (`search -n 0`).
        let mut page: Vec<Vec<(f32, DocAddress)>> =
            groups.into_iter().skip(req.offset).take(req.limit).collect();
        if page.len() < req.limit && window < total {
            let skip = window + req.offset.saturating_sub(stories);
            let more = req.limit - page.len();
            let (rest, _, _) = rank(searcher, built, req, more, skip)?;
            page.extend(rest.into_iter().map(|hit| vec![hit]));
        }
        let mut results = finish(news, searcher, req, built, page, total, roots)?;
        // What paging reaches: a `total` that counted the copies folded away promised
        // pages that came out empty.
        results.stories = Some(stories + (total - window));
        results.dated = dated;
        return Ok(results);
    }
    // tantivy takes no page of 0: a page of 1 is counted and dropped.
    let (ranked, total, dated) = rank(searcher, built, req, req.limit.max(1), req.offset)?;
    let groups = ranked.into_iter().map(|hit| vec![hit]).take(req.limit).collect();
    let mut results = finish(news, searcher, req, built, groups, total, roots)?;
    results.dated = dated.map(|articles| Dated { articles, stories: None });
    Ok(results)
}

/// The dated part of a search sorted by date whose top matches `groups` folded into
/// stories, `articles` of its matches dated: the stories the same search kept to dated
/// articles makes. Its ranking is the dated matches in the same order, which come first
/// here; each hit joins a story by the copies ranked before it, so its stories are the
/// groups here holding a dated article, plus its matches past the candidates, each its own.
fn dated_stories(searcher: &Searcher, groups: &[Vec<(f32, DocAddress)>], articles: usize) -> Result<Dated> {
    let columns = searcher
        .segment_readers()
        .iter()
        .map(|segment| segment.fast_fields().date(crate::index::schema::names::DATE).ok())
        .collect::<Vec<_>>();
    let dated = |addr: &DocAddress| {
        columns[addr.segment_ord as usize].as_ref().is_some_and(|c| c.first(addr.doc_id).is_some())
    };
    let (mut stories, mut read) = (0, 0);
    for group in groups {
        let in_group = group.iter().filter(|(_, addr)| dated(addr)).count();
        stories += usize::from(in_group > 0);
        read += in_group;
    }
    Ok(Dated { articles, stories: Some(stories + articles.saturating_sub(read)) })
}

/// Whether the hits go by date: `--sort date` or `oldest`, and a search of dates alone
/// (`--since 1987-04-07 --until 1987-04-07`, no query to rank by), which lists them oldest
/// first (by relevance, every hit scored alike, they came in the order of their files).
fn by_date(req: &SearchRequest) -> Option<Order> {
    match req.sort {
        Sort::Date => Some(Order::Desc),
        Sort::Oldest => Some(Order::Asc),
        Sort::Relevance if req.text.is_none() && (req.since.is_some() || req.until.is_some()) => {
            Some(Order::Asc)
        }
        _ => None,
    }
}

/// A page of ranked hits (score and place), how many articles match in all, and sorted by
/// date, how many of them have a date.
type Ranked = (Vec<(f32, DocAddress)>, usize, Option<usize>);

/// The `limit` hits from the `offset`-th in the request's order, how many articles match in
/// all, and sorted by date, how many of them have a date (counted in the same pass).
fn rank(
    searcher: &Searcher,
    built: &query::BuiltQuery,
    req: &SearchRequest,
    limit: usize,
    offset: usize,
) -> Result<Ranked> {
    let page = TopDocs::with_limit(limit.max(1)).and_offset(offset);
    if let (Some(order), Some(_)) = (by_date(req), req.text.as_deref()) {
        return dated_then_by_relevance(searcher, &*built.query, order, limit, offset);
    }
    if let Some(order) = by_date(req) {
        use crate::index::schema::names::DATE;
        // Undated articles come last (tantivy's ascending order puts a missing value after
        // the others), here where they have no relevance to go by.
        let by_date = (SortByStaticFastValue::<DateTime>::for_field(DATE), order);
        let dated = tantivy::collector::FilterCollector::new(DATE.to_string(), |_: DateTime| true, Count);
        let (docs, total, dated) =
            searcher.search(&*built.query, &(page.order_by((by_date, tie_breaker())), Count, dated))?;
        return Ok((docs.into_iter().map(|(_, addr)| (0.0, addr)).collect(), total, Some(dated)));
    }
    let (hits, total) = match req.sort {
        // Equal scores (every match of `*` or of filters alone, copies of one text) are
        // ranked by the article's file and then its text, not by where the index happened
        // to put it: a rebuilt index lists the same hits in the same order and folds the
        // same copies (by place in the index, `*` made 23,746 stories of BBC + Reuters on
        // one build and 23,771 on the next).
        Sort::Relevance => {
            let by_score = page.order_by((SortBySimilarityScore, tie_breaker()));
            let (docs, total) = searcher.search(&*built.query, &(by_score, Count))?;
            (docs.into_iter().map(|((score, _), addr)| (score, addr)).collect(), total)
        }
        Sort::Date | Sort::Oldest => unreachable!("ranked by date above"),
        Sort::Recent => {
            let reference = newest_match(searcher, &*built.query)?;
            let half_life = req.half_life_secs.max(1) as f64;
            let blended = page.tweak_score(move |segment: &tantivy::SegmentReader| {
                let dates = segment.fast_fields().date(crate::index::schema::names::DATE).ok();
                move |doc: tantivy::DocId, score: f32| {
                    let published = dates.as_ref().and_then(|c| c.first(doc));
                    score * recency_factor(published.map(|d| d.into_timestamp_secs()), reference, half_life)
                }
            });
            searcher.search(&*built.query, &(blended, Count))?
        }
    };
    Ok((hits, total, None))
}

/// The hits of a query sorted by date: the dated ones in `order`, then the undated ones
/// by relevance, with their scores (`search blair --sort date` over BBC + Reuters listed
/// the 170 undated BBC articles after 1987's nine in the order of their files, each
/// scored 0.000). `limit` hits from the `offset`-th, how many match in all, and how many
/// of them have a date.
fn dated_then_by_relevance(
    searcher: &Searcher,
    query: &dyn Query,
    order: Order,
    limit: usize,
    offset: usize,
) -> Result<Ranked> {
    use crate::index::schema::names::DATE;
    let has_date =
        || -> Box<dyn Query> { Box::new(tantivy::query::ExistsQuery::new(DATE.to_string(), false)) };
    let dated = BooleanQuery::new(vec![(Occur::Must, query.box_clone()), (Occur::Must, has_date())]);
    let undated = BooleanQuery::new(vec![(Occur::Must, query.box_clone()), (Occur::MustNot, has_date())]);
    let (dated_total, undated_total) = (searcher.search(&dated, &Count)?, searcher.search(&undated, &Count)?);
    let mut hits = Vec::new();
    if offset < dated_total && limit > 0 {
        let by_date = (SortByStaticFastValue::<DateTime>::for_field(DATE), order);
        let page = TopDocs::with_limit(limit.min(dated_total - offset)).and_offset(offset);
        let docs = searcher.search(&dated, &page.order_by((by_date, tie_breaker())))?;
        hits.extend(docs.into_iter().map(|(_, addr)| (0.0, addr)));
    }
    let more = limit - hits.len();
    let skip = offset.saturating_sub(dated_total);
    if more > 0 && skip < undated_total {
        let page = TopDocs::with_limit(more).and_offset(skip);
        let docs = searcher.search(&undated, &page.order_by((SortBySimilarityScore, tie_breaker())))?;
        hits.extend(docs.into_iter().map(|((score, _), addr)| (score, addr)));
    }
    Ok((hits, dated_total + undated_total, Some(dated_total)))
}

/// How articles ranked alike are ordered (see [`tie_breaker`]).
type TieBreaker = (
    (SortByStaticFastValue<u64>, Order),
    (SortByStaticFastValue<u64>, Order),
    (SortByStaticFastValue<DateTime>, Order),
);

/// The order of articles ranked alike: by a hash of their file's bytes, then of their
/// text (the articles of one file), then by date (copies of one text in one file),
/// whatever their place in the index. (By path, the strings cost 3 to 6 times the
/// search.)
fn tie_breaker() -> TieBreaker {
    use crate::index::schema::names::{DATE, FILE_HASH, TEXT_HASH};
    (
        (SortByStaticFastValue::for_field(FILE_HASH), Order::Asc),
        (SortByStaticFastValue::for_field(TEXT_HASH), Order::Asc),
        (SortByStaticFastValue::for_field(DATE), Order::Asc),
    )
}

/// The page of hits, with stored fields and snippets.
fn finish(
    news: &NewsIndex,
    searcher: &Searcher,
    req: &SearchRequest,
    built: &query::BuiltQuery,
    groups: Vec<Vec<(f32, DocAddress)>>,
    total: usize,
    roots: &[String],
) -> Result<SearchResults> {
    let hits = build_hits(news, searcher, groups, &built.highlight, req.fragments, roots)?;
    Ok(SearchResults { total, stories: None, hits, dated: None })
}

/// Turns groups of ranked hits (each led by its best copy) into [`Hit`]s with snippets,
/// `highlight`'s words marked in the headline and text each where its field says, and
/// their places from the folders ingested, `roots` ([`ingested_roots`]).
fn build_hits(
    news: &NewsIndex,
    searcher: &Searcher,
    groups: Vec<Vec<(f32, DocAddress)>>,
    highlight: &query::Highlight,
    fragments: usize,
    roots: &[String],
) -> Result<Vec<Hit>> {
    let in_title = snippet::Highlighter::for_title(highlight);
    let in_body = snippet::Highlighter::new(highlight);
    // Each hit's stored document, read once: for the order of a group's copies and of
    // hits alike ([`settle_copies`]), and for what is shown of it here.
    let mut groups = groups
        .into_iter()
        .map(|group| group.into_iter().map(|(score, addr)| Ok((score, addr, searcher.doc(addr)?))).collect())
        .collect::<Result<Vec<Vec<ReadHit>>>>()?;
    settle_copies(news, searcher, &mut groups)?;
    // Each group's lead: its score, document, and its copies' names, uids and headlines.
    type Lead = (f32, TantivyDocument, Vec<(String, String, Option<String>)>);
    let mut docs: Vec<Lead> = Vec::with_capacity(groups.len());
    for group in groups {
        let mut group = group.into_iter();
        let (score, _, doc) = group.next().expect("a group holds its lead");
        let copies = group
            .map(|(_, _, doc)| {
                let path = first_text(&doc, news.fields.source).unwrap_or_default();
                let uid = first_text(&doc, news.fields.uid).unwrap_or_default();
                let named = match news.fields.raw_id(&doc) {
                    Some(id) => format!("{path}#{id}"),
                    None => path,
                };
                (named, uid, first_text(&doc, news.fields.title))
            })
            .collect();
        docs.push((score, doc, copies));
    }
    // Equal scores are ordered in the ranking itself (`tie_breaker`): the same on every
    // page and for every --limit (sorting each page apart by path ranked ties differently
    // with -n 1 and -n 3).

    let fields = &news.fields;
    let mut hits = Vec::with_capacity(docs.len());
    for (score, doc, copies) in docs {
        let body = body_text(fields, &doc);
        let mut hit = Hit::stored(fields, &doc, roots, &body.text);
        hit.score = score;
        hit.title_snippet = hit.title.as_deref().map(|t| in_title.whole(t)).unwrap_or_default();
        hit.snippet = in_body.snippet(&body.text, fragments);
        for (named, uid, title) in copies {
            hit.duplicates.push(named);
            hit.duplicate_uids.push(uid);
            hit.duplicate_titles.push(title);
        }
        hit.duplicate_relpaths =
            hit.duplicates.iter().map(|copy| render::relative_path(copy, roots)).collect();
        hit.body_problem = body.problem;
        hits.push(hit);
    }
    Ok(hits)
}

impl Hit {
    /// An article as its stored fields give it, `body` its text as indexed: no score,
    /// snippets, copies or body problem yet. `search` fills those in; `quotes` cites the
    /// article from it (one reader of the stored fields, so the two cannot drift apart).
    /// `roots` are the folders ingested, for [`Hit::relpath`].
    pub fn stored(fields: &crate::index::Fields, doc: &TantivyDocument, roots: &[String], body: &str) -> Hit {
        let title = first_text(doc, fields.title);
        let path = first_text(doc, fields.source).unwrap_or_default();
        Hit {
            relpath: render::relative_path(&path, roots),
            path,
            id: first_text(doc, fields.id),
            date: first_text(doc, fields.date_text),
            date_source: first_text(doc, fields.date_source),
            modified: first_text(doc, fields.modified_text),
            score: 0.0,
            byline: first_text(doc, fields.byline),
            dateline: first_text(doc, fields.dateline),
            url: first_text(doc, fields.url),
            people: all_text(doc, fields.person),
            organizations: one_writing_per_organization(all_text(doc, fields.org)),
            places: all_text(doc, fields.place),
            tags: all_text(doc, fields.tag),
            language: first_text(doc, fields.language),
            title_snippet: Snippet::default(),
            snippet: Snippet::default(),
            headline: snippet::headline(title.as_deref(), body),
            title,
            duplicates: Vec::new(),
            duplicate_uids: Vec::new(),
            duplicate_relpaths: Vec::new(),
            duplicate_titles: Vec::new(),
            uid: first_text(doc, fields.uid).unwrap_or_default(),
            body_problem: None,
        }
    }
}

/// Orders what the ranking cannot tell apart: copies of one file (the same bytes, so
/// the same text and score) with the same date, which it leaves in the index's order.
/// Among a group's such copies of its lead, the one with the first path leads, after any
/// whose file name does not call it a copy ([`looks_like_a_copy`]); hits in a row that are
/// such copies (without collapsing) are listed so. So a rebuilt index shows the same.
fn settle_copies(news: &NewsIndex, searcher: &Searcher, groups: &mut [Vec<ReadHit>]) -> Result<()> {
    use crate::index::schema::names::{DATE, FILE_HASH, TEXT_HASH};
    // What the ranking saw: the score and the tie-breaker's keys (fast columns).
    type Alike = (u32, Option<u64>, Option<u64>, Option<i64>);
    let alike = |&(score, addr, _): &ReadHit| -> Result<Alike> {
        let fast = searcher.segment_reader(addr.segment_ord).fast_fields();
        let hash = |name: &str| -> Result<Option<u64>> { Ok(fast.u64(name)?.first(addr.doc_id)) };
        let date = fast.date(DATE)?.first(addr.doc_id).map(|d| d.into_timestamp_secs());
        Ok((score.to_bits(), hash(FILE_HASH)?, hash(TEXT_HASH)?, date))
    };
    // The original before a copy its name calls one (`story copy.txt`, `story (1).html`),
    // then by path.
    let path = |(_, _, doc): &ReadHit| -> (bool, String, Option<String>) {
        let source = first_text(doc, news.fields.source).unwrap_or_default();
        let copy = looks_like_a_copy(source.rsplit('/').next().unwrap_or_default());
        (copy, source, news.fields.raw_id(doc))
    };
    // Each group's lead key: the copy put first below shares it.
    let mut leads = Vec::with_capacity(groups.len());
    for group in groups.iter_mut() {
        let lead = alike(&group[0])?;
        leads.push(lead);
        if group.len() < 2 {
            continue;
        }
        let mut first = (0, path(&group[0]));
        for (i, copy) in group.iter().enumerate().skip(1) {
            if alike(copy)? == lead {
                let candidate = path(copy);
                if candidate < first.1 {
                    first = (i, candidate);
                }
            }
        }
        group[..=first.0].rotate_right(1);
    }
    let mut start = 0;
    while start < groups.len() {
        let end = start + leads[start..].iter().take_while(|&&key| key == leads[start]).count();
        if end - start > 1 {
            let mut run: Vec<_> =
                groups[start..end].iter_mut().map(|g| (path(&g[0]), std::mem::take(g))).collect();
            run.sort_by(|a, b| a.0.cmp(&b.0));
            for (slot, (_, group)) in groups[start..end].iter_mut().zip(run) {
                *slot = group;
            }
        }
        start = end;
    }
    Ok(())
}

/// A ranked hit (score and place) with its stored document.
type ReadHit = (f32, DocAddress, TantivyDocument);

/// At most this many top hits are examined when collapsing duplicates (about 3 ms per
/// 1,000, fingerprints read and compared); a search matching at most this many articles
/// collapses them all, and knows how many stories they make. With 2,000, a month of
/// Reuters-21578 (5,660 articles) counted 43 copies folded and one day of it 57: a
/// monthly report's count of stories changed with its window. Folding all 21,577 of 1987
/// costs `search '*'` 24 → 96 ms over BBC + Reuters. A search matching more counts the
/// stories of the top matches in its own order, so its count changes with `--sort`: with
/// 20,000, `search '*'` over BBC + Reuters (23,802 articles) made 23,111 stories by
/// relevance, 23,152 newest first, 23,121 oldest first, 23,029 by recency (22,936 each
/// now). A search matching fewer is not slowed (`search "oil prices"`, 5 runs under load:
/// median 261 ms with 20,000, 259 ms with 100,000).
const MAX_CANDIDATES: usize = 100_000;

/// The most body fragments a hit shows (`--fragments`, the API's `fragments`).
pub const MAX_FRAGMENTS: usize = 10;

/// Groups ranked hits into stories: each hit joins the earlier group holding a copy of the
/// same web page ([`crate::sites::page_key`]: a page saved twice, or exported by a scraper
/// and saved as HTML, whose texts differ by what each extractor kept), or else the first
/// earlier group holding an exact or near duplicate of it (see [`crate::dedup`]) published
/// within a day of every dated copy in the group (see [`same_news_day`]). The
/// best-scoring copy leads, unless the group holds a later version of it, which then
/// leads ([`newest_version`]); the group keeps the place of its best-scoring copy.
fn collapse(
    searcher: &Searcher,
    fields: &crate::index::Fields,
    ranked: Vec<(f32, DocAddress)>,
    latest: Latest,
) -> Result<Vec<Vec<(f32, DocAddress)>>> {
    // Each group: the fingerprints of its members, and the members.
    type Group = (Vec<Copy>, Vec<(f32, DocAddress)>);
    let mut groups: Vec<Group> = Vec::new();
    // The groups holding a text (by hash) or a near key: any group holding a copy of an
    // article is among those of its hash and keys (see `dedup::near_keys`). Each map gives
    // the latest entry of a chain in `links` (group, previous entry), so that the usual
    // key held by one group costs no allocation of its own.
    let mut by_text: FxHashMap<u64, u32> = FxHashMap::default();
    let mut by_page: FxHashMap<u64, usize> = FxHashMap::default();
    let mut by_key: FxHashMap<u32, u32> = FxHashMap::default();
    by_key.reserve(ranked.len() * 10);
    let mut links: Vec<(u32, u32)> = vec![(u32::MAX, u32::MAX)];
    let chain = |links: &[(u32, u32)], mut at: u32, out: &mut Vec<usize>| {
        while at != 0 {
            let (group, previous) = links[at as usize];
            out.push(group as usize);
            at = previous;
        }
    };
    let key_of = |(band, bytes): (u8, [u8; 3])| u32::from_le_bytes([bytes[0], bytes[1], bytes[2], band]);
    // The hits fold the same whatever order was asked for: read oldest first (then by
    // text), each group then put in the place of its best-ranked copy. (Read in the order
    // ranked, a chain of copies a day apart folded otherwise: `search '*'` over BBC +
    // Reuters made 22,937 stories by relevance and 22,936 by date.)
    let mut prints = FingerprintReader::new(searcher);
    let mut read = Vec::with_capacity(ranked.len());
    for (rank, (score, addr)) in ranked.into_iter().enumerate() {
        read.push((Copy { rank, ..prints.read_copy(addr)? }, score, addr));
    }
    read.sort_by_key(|(copy, _, addr)| {
        (copy.published.is_none(), copy.published, copy.print.text_hash, *addr)
    });
    let mut candidates: Vec<usize> = Vec::new();
    for (fingerprint, score, addr) in read {
        let joins = |copies: &[Copy]| {
            copies.iter().any(|c| same_story(&c.print, &fingerprint.print))
                && copies.iter().all(|c| same_news_day(c, &fingerprint))
        };
        candidates.clear();
        if let Some(&at) = by_text.get(&fingerprint.print.text_hash) {
            chain(&links, at, &mut candidates);
        }
        for key in near_keys(&fingerprint.print.minhash) {
            if let Some(&at) = by_key.get(&key_of(key)) {
                chain(&links, at, &mut candidates);
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        let same_page = fingerprint.page.and_then(|page| by_page.get(&page).copied());
        let joined = same_page.or_else(|| candidates.iter().copied().find(|&g| joins(&groups[g].0)));
        let g = joined.unwrap_or(groups.len()) as u32;
        if let Some(page) = fingerprint.page {
            by_page.entry(page).or_insert(g as usize);
        }
        let mut link = |head: &mut u32| {
            // A group's members often share keys: the chain holds it once.
            let mut at = *head;
            while at != 0 {
                if links[at as usize].0 == g {
                    return;
                }
                at = links[at as usize].1;
            }
            links.push((g, *head));
            *head = (links.len() - 1) as u32;
        };
        link(by_text.entry(fingerprint.print.text_hash).or_default());
        for key in near_keys(&fingerprint.print.minhash) {
            link(by_key.entry(key_of(key)).or_default());
        }
        match joined {
            Some(g) => {
                groups[g].0.push(fingerprint);
                groups[g].1.push((score, addr));
            }
            None => groups.push((vec![fingerprint], vec![(score, addr)])),
        }
    }
    for (copies, hits) in &mut groups {
        let mut members: Vec<(Copy, (f32, DocAddress))> = copies.drain(..).zip(hits.drain(..)).collect();
        members.sort_by_key(|(copy, _)| copy.rank);
        (*copies, *hits) = members.into_iter().unzip();
    }
    groups.sort_by_key(|(copies, _)| copies[0].rank);
    let mut groups = join_cut_short(searcher, fields, groups)?;
    for (copies, hits) in &mut groups {
        if let Some(newest) = newest_version(copies, latest) {
            hits[..=newest].rotate_right(1);
        }
    }
    Ok(groups.into_iter().map(|(_, hits)| hits).collect())
}

/// The groups of [`collapse`] with those holding a story and its re-run cut short (see
/// [`cut_short_pairs`]) made one, in the place of the first; each group's copies in the
/// order they were ranked.
fn join_cut_short(
    searcher: &Searcher,
    fields: &crate::index::Fields,
    groups: Vec<(Vec<Copy>, Hits)>,
) -> Result<Vec<(Vec<Copy>, Hits)>> {
    // Every copy, with its group and its place in it.
    let members: Vec<(usize, usize)> = groups
        .iter()
        .enumerate()
        .flat_map(|(g, (copies, _))| (0..copies.len()).map(move |n| (g, n)))
        .collect();
    let items: Vec<(Option<i64>, &[u8])> = members
        .iter()
        .map(|&(g, n)| (groups[g].0[n].published, groups[g].0[n].print.minhash.as_slice()))
        .collect();
    let addrs: Vec<DocAddress> = members.iter().map(|&(g, n)| groups[g].1[n].1).collect();
    let apart = |i: usize, j: usize| members[i].0 != members[j].0;
    let pairs = cut_short_pairs(searcher, fields, &addrs, &items, apart, &mut FxHashMap::default())?;
    if pairs.is_empty() {
        return Ok(groups);
    }
    let mut sets = DisjointSets::new(groups.len());
    for (i, j) in pairs {
        sets.join(members[i].0, members[j].0);
    }
    // Groups are in the order of their best-ranked copy, so a joined group takes the
    // place of the first of its parts; its copies are put back in the order ranked.
    let mut parts: Vec<Option<(Vec<Copy>, Hits)>> = groups.into_iter().map(Some).collect();
    Ok(sets
        .sets()
        .into_iter()
        .map(|set| {
            let mut group: Vec<(Copy, (f32, DocAddress))> = set
                .into_iter()
                .flat_map(|g| {
                    let (copies, hits) = parts[g].take().expect("each group is in one set");
                    copies.into_iter().zip(hits)
                })
                .collect();
            group.sort_by_key(|(copy, _)| copy.rank);
            group.into_iter().unzip()
        })
        .collect())
}

/// A group's hits: (score, address), best-ranked first.
type Hits = Vec<(f32, DocAddress)>;

/// Pairs of articles (indexes into `addrs` and `items`: each one's publication time and
/// MinHash signature) that are a story and its re-run cut short ([`dedup::cut_short_copy`]):
/// a correction sending the first paragraphs again with a figure changed, a shorter copy
/// of a wire story. Published within [`NEAR_COPY_HOURS`] as near copies are; only pairs
/// `apart` says are not yet together are read. For `collapse` and `newsdex duplicates`,
/// with the index's `fields` (built once for the command). The stored documents of the
/// articles read are left in `read`, by index, for a caller that shows them (`duplicates`
/// lists the copies the pairs join): what it holds already is not read again.
pub fn cut_short_pairs(
    searcher: &Searcher,
    fields: &crate::index::Fields,
    addrs: &[DocAddress],
    items: &[(Option<i64>, &[u8])],
    apart: impl Fn(usize, usize) -> bool,
    read: &mut FxHashMap<usize, TantivyDocument>,
) -> Result<Vec<(usize, usize)>> {
    let candidates: Vec<(usize, usize)> = crate::dedup::cut_short_candidates(items, NEAR_COPY_HOURS)
        .into_iter()
        .filter(|&(i, j)| apart(i, j))
        .collect();
    if candidates.is_empty() {
        return Ok(Vec::new());
    }
    // Each article of a pair is read once, prepared once for all its pairs, and read in
    // the order the index stores them: neighbours share the store's compressed blocks,
    // each then decompressed once.
    let mut wanted: Vec<usize> = candidates.iter().flat_map(|&(i, j)| [i, j]).collect();
    wanted.sort_unstable_by_key(|&k| (addrs[k], k));
    wanted.dedup();
    let mut texts: FxHashMap<usize, crate::dedup::CutShortText> = FxHashMap::default();
    texts.reserve(wanted.len());
    for k in wanted {
        let doc = match read.entry(k) {
            std::collections::hash_map::Entry::Occupied(held) => held.into_mut(),
            std::collections::hash_map::Entry::Vacant(slot) => slot.insert(searcher.doc(addrs[k])?),
        };
        let body = crate::index::stored::body(fields, doc).text;
        texts.insert(k, crate::dedup::CutShortText::new(first_text(doc, fields.title).as_deref(), body));
    }
    let mut pairs = Vec::new();
    for (i, j) in candidates {
        if texts[&i].cut_short_copy(&texts[&j]) {
            pairs.push((i, j));
        }
    }
    Ok(pairs)
}

/// Every article `req` matches, in the order `search` ranks them by its `--sort`, copies
/// not folded: for a command listing what the articles hold in a search's order
/// (`quotes --sort`).
pub fn ranked_articles(
    news: &NewsIndex,
    searcher: &Searcher,
    req: &SearchRequest,
) -> Result<Vec<DocAddress>> {
    let every = usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX);
    let (hits, _, _) = rank(searcher, &query::build(news, searcher, req)?, req, every, 0)?;
    Ok(hits.into_iter().map(|(_, addr)| addr).collect())
}

/// The articles `docs` folded into stories as a search folds its hits (see [`collapse`]):
/// each story's copies, the one leading first; stories in the order of their first copy
/// in `docs`. For commands that list what the articles hold (`quotes`), so that a story
/// published twice is counted once.
pub fn stories(searcher: &Searcher, docs: Vec<DocAddress>) -> Result<Vec<Vec<DocAddress>>> {
    let ranked = docs.into_iter().map(|addr| (0.0, addr)).collect();
    // The fields, built once for the command (its one call).
    let fields = crate::index::schema::build().1;
    let groups = collapse(searcher, &fields, ranked, Latest::OfTheStory)?;
    Ok(groups.into_iter().map(|group| group.into_iter().map(|(_, addr)| addr).collect()).collect())
}

/// Of a group's copies, the one to lead in place of the best-scoring one: the latest
/// version of the story, when the group holds a later one (another text, changed or
/// published later: a story updated or corrected through the day, saved again at its
/// address or as another file). Its headline and text are the story as it now reads; the
/// earlier versions are its copies. (A breaking story saved at 12:00, 13:00, 14:00 and
/// 15:00 showed the 12:00 version, which matched the words best, with the later ones
/// under "also at".) An exact copy of the lead (the same text) is no later version
/// whatever its date: which of those leads is [`settle_copies`]' deterministic choice.
fn newest_version(copies: &[Copy], latest: Latest) -> Option<usize> {
    let version = |copy: &Copy| copy.modified.or(copy.published);
    let lead = copies.first()?;
    let page = match latest {
        Latest::OfTheStory => None,
        Latest::OfThePage => Some(lead.page?),
    };
    let mut newest = (0, version(lead)?);
    for (i, copy) in copies.iter().enumerate().skip(1) {
        if page.is_none_or(|page| copy.page == Some(page))
            && copy.print.text_hash != lead.print.text_hash
            && let Some(at) = version(copy)
            && at > newest.1
        {
            newest = (i, at);
        }
    }
    (newest.0 > 0).then_some(newest.0)
}

/// Which later version of a story leads its folded hit ([`newest_version`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Latest {
    /// The latest of its copies with another text: an update saved as another file, or
    /// at the same address.
    OfTheStory,
    /// Only a later version of the lead's own web page (another text at its address).
    OfThePage,
}

/// Whether a file's name says it is a copy of another, as file managers and browsers name
/// a second copy: `story copy.txt`, `story copy 2.txt`, `Copy of story.html`,
/// `story - Copy.txt`, `story (1).html`, `story(2).json`.
fn looks_like_a_copy(name: &str) -> bool {
    let lower = name.to_lowercase();
    let stem = lower.rsplit_once('.').map_or(lower.as_str(), |(stem, _)| stem);
    let numbered = stem
        .strip_suffix(')')
        .and_then(|s| s.rsplit_once('('))
        .is_some_and(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    let copy_numbered = stem
        .rsplit_once(" copy ")
        .is_some_and(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    lower.starts_with("copy of ")
        || stem.ends_with(" copy")
        || stem.ends_with(" - copy")
        || numbered
        || copy_numbered
}

/// An article's duplicate fingerprints and publication time (the wall clock's seconds).
struct Copy {
    print: Fingerprint,
    /// Its place among the hits ranked (0 for the best).
    rank: usize,
    published: Option<i64>,
    /// When it was last changed, where it says so (the wall clock's seconds).
    modified: Option<i64>,
    /// The page key of its web address, if it has one.
    page: Option<u64>,
}

/// Copies of a story are folded into one hit only when published within a day of each
/// other (or undated): the same wire story in several papers, not the daily report that
/// repeats yesterday's words with today's figures ("Fed adds reserves via customer
/// repurchases", 12 days of March 1987), nor a text re-run years later. Exact copies fold
/// within 24 hours; near copies (the same words, other figures) within
/// [`NEAR_COPY_HOURS`]: two days' reports sent at about the same hour are 24 hours apart
/// (11:40:18 and 11:40:00 the next day), a story re-run overnight or corrected 8 to 20.
fn same_news_day(a: &Copy, b: &Copy) -> bool {
    const DAY: i64 = 24 * 3600;
    match (a.published, b.published) {
        (Some(x), Some(y)) if a.print.text_hash == b.print.text_hash => (x - y).abs() < DAY,
        (Some(x), Some(y)) => (x - y).abs() < NEAR_COPY_HOURS * 3600,
        _ => true,
    }
}

/// How many hours apart near copies of a story may be published to be one hit. Near pairs
/// of Reuters-21578 (`duplicates --json -n all`) are 0 to 15 hours apart (a story sent in
/// the New York evening re-run in the Tokyo morning, 22 of them across midnight), 19 to 20
/// (a correction), or 23.5 to 24 (daily reports: the Fed's at 11:45 each day, "Bangkok
/// tapioca" at 00:27 and at 23:58 of one day, with the next day's prices).
const NEAR_COPY_HOURS: i64 = 20;

/// How much `--sort recent` multiplies a BM25 score: 2 for an article as new as the newest
/// the search finds, 1.5 one half-life older, tending to 1 (plain BM25) for old articles. So a
/// newer story beats a slightly better older one, and a match more than twice as good
/// still wins. Undated articles keep their score.
pub fn recency_factor(published: Option<i64>, newest: i64, half_life_secs: f64) -> f32 {
    match published {
        Some(at) => {
            let age = (newest - at).max(0) as f64;
            (1.0 + 0.5f64.powf(age / half_life_secs)) as f32
        }
        None => 1.0,
    }
}

/// The newest publication date among the articles `query` finds (seconds), the reference
/// for `--sort recent`: "recent" means recent in what the search covers, so a 1987 archive
/// still ranks its late stories up, and so does a search of March 1987 in an archive
/// running to 2026 (anchored at the newest article in the whole index, every match of
/// `--since 1987-03 --until 1987-03` was decades old and got no boost to tell them apart).
fn newest_match(searcher: &Searcher, query: &dyn Query) -> Result<i64> {
    let dated = tantivy::query::ExistsQuery::new(crate::index::schema::names::DATE.to_string(), false);
    let dated_matches = BooleanQuery::intersection(vec![query.box_clone(), Box::new(dated)]);
    let top = TopDocs::with_limit(1)
        .order_by_fast_field::<DateTime>(crate::index::schema::names::DATE, Order::Desc);
    let found: Vec<(Option<DateTime>, DocAddress)> = searcher.search(&dated_matches, &top)?;
    Ok(found.first().and_then(|(d, _)| *d).map_or(0, |d| d.into_timestamp_secs()))
}

/// A hit's body text (see [`crate::index::stored::body`]), with a warning on stderr when
/// its file changed or went since the last ingest.
fn body_text(fields: &crate::index::Fields, doc: &TantivyDocument) -> crate::index::stored::Body {
    let body = crate::index::stored::body(fields, doc);
    if let Some(problem) = &body.problem {
        crate::warn!("{problem}");
    }
    body
}

/// The publication dates of the earliest and the latest dated article, as the articles
/// give them; None when no article is dated.
pub fn dated_range(news: &NewsIndex, searcher: &tantivy::Searcher) -> Result<Option<(String, String)>> {
    use tantivy::collector::TopDocs;
    let dated = tantivy::query::ExistsQuery::new(crate::index::schema::names::DATE.to_string(), false);
    let edge = |order: tantivy::Order| -> Result<Option<String>> {
        let top = TopDocs::with_limit(1)
            .order_by_fast_field::<tantivy::DateTime>(crate::index::schema::names::DATE, order);
        let found: Vec<(Option<tantivy::DateTime>, tantivy::DocAddress)> = searcher.search(&dated, &top)?;
        match found.first() {
            Some((_, addr)) => {
                Ok(first_text(&searcher.doc::<TantivyDocument>(*addr)?, news.fields.date_text))
            }
            None => Ok(None),
        }
    };
    Ok(edge(tantivy::Order::Asc)?.zip(edge(tantivy::Order::Desc)?))
}

/// The first stored text value of a field.
pub fn first_text(doc: &TantivyDocument, field: Field) -> Option<String> {
    doc.get_first(field).and_then(|v| v.as_str()).map(str::to_string)
}

/// An article's organizations with one writing of each: of the names one organization
/// goes by in it ("Boeing Co" and "Boeing", "Data General" and "Data General Corp", one
/// by [`query::org_key`]), the longest, where the first of them stands. A hit listed both
/// in 4 of 10 hits of Reuters, and the page's four name chips of a card went on them.
fn one_writing_per_organization(names: Vec<String>) -> Vec<String> {
    let mut kept: Vec<(String, String)> = Vec::with_capacity(names.len());
    for name in names {
        let key = query::org_key(&name);
        // (A name of no letters has no key, and is one of its own.)
        match kept.iter_mut().find(|(k, _)| !key.is_empty() && *k == key) {
            Some((_, longest)) if name.len() > longest.len() => *longest = name,
            Some(_) => {}
            None => kept.push((key, name)),
        }
    }
    kept.into_iter().map(|(_, name)| name).collect()
}

/// Every stored text value of a field, in order.
pub fn all_text(doc: &TantivyDocument, field: Field) -> Vec<String> {
    doc.get_all(field)
        .filter_map(|v| match OwnedValue::from(v) {
            OwnedValue::Str(s) => Some(s),
            _ => None,
        })
        .collect()
}

/// One stored article whole, as `show --json` and the API's `/api/article` give it: where
/// it is from, its metadata and names, and its text (`body_problem` says why the text may
/// differ from what was indexed: its file changed or went since the last ingest).
pub fn article_record(news: &NewsIndex, doc: &TantivyDocument) -> serde_json::Value {
    let f = &news.fields;
    let body = crate::index::stored::body(f, doc);
    let date = first_text(doc, f.date_text);
    serde_json::json!({
        "uid": first_text(doc, f.uid),
        "path": first_text(doc, f.source),
        "id": first_text(doc, f.id),
        "title": first_text(doc, f.title),
        "date_utc": date.as_deref().and_then(crate::dates::PublishedDate::utc_of_iso),
        "date": date,
        "date_source": first_text(doc, f.date_source),
        "modified": first_text(doc, f.modified_text),
        "byline": first_text(doc, f.byline),
        "dateline": first_text(doc, f.dateline),
        "site": first_text(doc, f.url).as_deref().and_then(crate::sites::site),
        "url": first_text(doc, f.url),
        "people": all_text(doc, f.person),
        "organizations": all_text(doc, f.org),
        "places": all_text(doc, f.place),
        "tags": all_text(doc, f.tag),
        "language": first_text(doc, f.language),
        "body": body.text,
        "body_problem": body.problem,
    })
}

/// The article whose id is `uid` (lower case): the one it is the id of, or else one that
/// had it before its file was moved or renamed (a link shared before a folder was
/// reorganised).
pub fn article_by_uid(news: &NewsIndex, searcher: &Searcher, uid: &str) -> Result<Option<DocAddress>> {
    use tantivy::collector::DocSetCollector;
    let query = TermQuery::new(Term::from_field_text(news.fields.uid, uid), IndexRecordOption::Basic);
    let mut found: Vec<DocAddress> = searcher.search(&query, &DocSetCollector)?.into_iter().collect();
    found.sort();
    let mut former = None;
    for addr in found {
        let doc: TantivyDocument = searcher.doc(addr)?;
        if first_text(&doc, news.fields.uid).as_deref() == Some(uid) {
            return Ok(Some(addr));
        }
        former = Some(addr);
    }
    Ok(former)
}

/// Finds the stored article a user names: a file path (`sample_corpus/a.txt`), or a path
/// with the article id of a many-article file (`wire.jsonl#3`); failing that, the end of an
/// indexed path (`politics/069.txt`, or `wire.jsonl#3` as search shows it, from any
/// folder) when only one article's path ends so, or the article's 16-digit uid.
pub fn find_article(news: &NewsIndex, searcher: &Searcher, target: &str) -> Result<DocAddress> {
    use tantivy::collector::{DocSetCollector, TopDocs};
    use tantivy::query::{Query, RegexQuery, TermQuery};
    use tantivy::schema::IndexRecordOption;
    let (path, id) = match target.rsplit_once('#') {
        Some((path, id)) if !std::path::Path::new(target).exists() => (path, Some(id)),
        _ => (target, None),
    };
    // A name typed in the other Unicode form than the disk's is the disk's; a file gone
    // from the disk is looked for in the index in either form.
    let on_disk = crate::ingest::walk::path_of(path);
    let source = std::fs::canonicalize(&on_disk)
        .or_else(|err| {
            crate::ingest::walk::in_any_unicode_form(&on_disk).ok_or(err).and_then(std::fs::canonicalize)
        })
        .map_or_else(|_| path.to_string(), crate::ingest::walk::source_of);
    let term = |field, text: &str| {
        TermQuery::new(tantivy::Term::from_field_text(field, text), IndexRecordOption::Basic)
    };
    let forms = [
        source.clone(),
        crate::nfc::composed(&source).into_owned(),
        crate::nfc::decomposed(&source).into_owned(),
    ];
    for (n, form) in forms.iter().enumerate() {
        if forms[..n].contains(form) {
            continue;
        }
        let key = crate::index::schema::article_key(form, id);
        if let Some(addr) =
            searcher.search(&term(news.fields.key, &key), &DocSetCollector)?.into_iter().next()
        {
            return Ok(addr);
        }
    }
    if crate::index::schema::looks_like_a_uid(target)
        && let Some(addr) = article_by_uid(news, searcher, &target.to_ascii_lowercase())?
    {
        return Ok(addr);
    }
    // The end of a path, from a '/' on. Keys of file records start with "file:", not '/'.
    let tail = target.trim_start_matches("./");
    if !tail.is_empty() && !tail.starts_with('/') {
        let pattern = format!("/(.*/)?{}", query::in_either_unicode_form(tail));
        let query: Box<dyn Query> = Box::new(RegexQuery::from_pattern(&pattern, news.fields.key)?);
        let found = searcher.search(&query, &TopDocs::with_limit(6).order_by_score())?;
        match found.as_slice() {
            [(_, addr)] => return Ok(*addr),
            [] => {}
            several => {
                let addrs: Vec<DocAddress> = several.iter().map(|&(_, addr)| addr).collect();
                anyhow::bail!(
                    "{target}: several articles end so ({}); give more of the path",
                    paths_of(news, searcher, &addrs)
                );
            }
        }
    }
    // A web address: the article at it, as a page (`--url`).
    if target.starts_with("http://") || target.starts_with("https://") {
        let at = SearchRequest { urls: vec![target.to_string()], ..SearchRequest::default() };
        if let Ok(built) = query::build(news, searcher, &at) {
            let found: Vec<DocAddress> =
                searcher.search(&*built.query, &DocSetCollector)?.into_iter().collect();
            match found.as_slice() {
                [] => anyhow::bail!("{target}: no article in the index has this web address"),
                [one] => return Ok(*one),
                several => anyhow::bail!(
                    "{target}: {} articles have this web address ({}); give the path of one",
                    several.len(),
                    paths_of(news, searcher, several)
                ),
            }
        }
    }
    // A file the ingest skipped (empty, binary, no text): said, not "no such article".
    let skipped_record = tantivy::query::BooleanQuery::intersection(vec![
        Box::new(term(news.fields.key, &crate::index::schema::file_key(&source))),
        Box::new(term(news.fields.kind, crate::index::schema::KIND_SKIPPED)),
    ]);
    if searcher.search(&skipped_record, &tantivy::collector::Count)? > 0 {
        anyhow::bail!(
            "{target}: the ingest skipped this file (empty, binary or without text): it gives no article"
        );
    }
    // A headline, as a hit shows it: the article whose headline it is.
    if target.split_whitespace().count() > 1 {
        let by_title = SearchRequest {
            // In lower case: a headline is found in any case, and a quoted word in
            // capitals would ask for it written so.
            text: Some(format!("title:\"{}\"", target.replace('"', " ").to_lowercase())),
            ..SearchRequest::default()
        };
        let same = |a: &str| a.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        if let Ok(built) = query::build(news, searcher, &by_title) {
            let found = searcher.search(&*built.query, &TopDocs::with_limit(50).order_by_score())?;
            let titled: Vec<DocAddress> = found
                .iter()
                .map(|&(_, addr)| addr)
                .filter(|&addr| {
                    searcher
                        .doc::<TantivyDocument>(addr)
                        .ok()
                        .and_then(|doc| first_text(&doc, news.fields.title))
                        .is_some_and(|title| same(&title) == same(target))
                })
                .collect();
            match titled.as_slice() {
                [one] => return Ok(*one),
                [] => {}
                several => anyhow::bail!(
                    "{target}: {} articles have this headline ({}); give the path of one",
                    several.len(),
                    paths_of(news, searcher, several)
                ),
            }
        }
    }
    // The end of a file or folder name given without its start (`smith-v-jones.txt` for
    // `01-smith-v-jones.txt`): the one article whose path ends so.
    match &articles_whose_path_ends_with(news, searcher, target)?[..] {
        [] => {}
        [one] => return Ok(*one),
        several => anyhow::bail!(
            "{target}: no article's path has a part so named, and {} articles' paths end so ({}); \
             give more of the path",
            if several.len() >= MOST_ENDINGS {
                format!("{MOST_ENDINGS} or more")
            } else {
                several.len().to_string()
            },
            paths_of(news, searcher, several)
        ),
    }
    let hint = if !target.is_empty() && target.len() <= 4 && target.bytes().all(|b| b.is_ascii_digit()) {
        " (give the path shown under a hit, such as politics/069.txt, not its number in the list)"
    } else if id.is_none() {
        " (give the path shown under a hit; for a file holding many articles, add #ID, e.g. wire.jsonl#3)"
    } else {
        ""
    };
    anyhow::bail!("{target}: no such article in the index{hint}")
}

/// The most articles [`articles_whose_path_ends_with`] looks for: more are "several" all
/// the same.
const MOST_ENDINGS: usize = 6;

/// The articles whose path ends with `tail` (a file or folder name given without its
/// start: `smith-v-jones.txt` for `01-smith-v-jones.txt`), up to [`MOST_ENDINGS`].
fn articles_whose_path_ends_with(
    news: &NewsIndex,
    searcher: &Searcher,
    tail: &str,
) -> Result<Vec<DocAddress>> {
    use tantivy::collector::TopDocs;
    let tail = tail.trim_start_matches("./");
    // A number alone is a hit's place in a list, or an article's in its file (`#2`), not
    // the end of a file's name: `show 1` is no `wire.jsonl#1`.
    if tail.is_empty() || tail.starts_with('/') || tail.chars().all(|c| c.is_ascii_digit() || c == '#') {
        return Ok(Vec::new());
    }
    // Article keys are absolute paths; a file's own record's start with "file:".
    let pattern = format!("/.*{}", query::in_either_unicode_form(tail));
    let ending = tantivy::query::RegexQuery::from_pattern(&pattern, news.fields.key)?;
    let found = searcher.search(&ending, &TopDocs::with_limit(MOST_ENDINGS).order_by_score())?;
    Ok(found.into_iter().map(|(_, addr)| addr).collect())
}

/// The paths (with `#ID`) of articles an argument could name, sorted, the first five of
/// them shown: for an error that asks for one.
fn paths_of(news: &NewsIndex, searcher: &Searcher, addrs: &[DocAddress]) -> String {
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut paths: Vec<String> = addrs
        .iter()
        .filter_map(|&addr| searcher.doc::<TantivyDocument>(addr).ok())
        .filter_map(|doc| first_text(&doc, news.fields.key))
        .map(|key| crate::search::render::display_path(&key, &cwd))
        .collect();
    paths.sort();
    let more = if paths.len() > 5 { ", …" } else { "" };
    paths.truncate(5);
    format!("{}{more}", paths.join(", "))
}

/// The articles most like one article: sharing its rarer words and its people,
/// organizations and places (tantivy's MoreLikeThis), its own duplicates left out; only
/// among the articles `within` selects when given (a folder, dates, a person: its
/// matching adds nothing to how alike they are).
pub fn similar(
    news: &NewsIndex,
    searcher: &Searcher,
    target: DocAddress,
    within: Option<Box<dyn Query>>,
    limit: usize,
    roots: &[String],
) -> Result<SearchResults> {
    let f = &news.fields;
    let doc: TantivyDocument = searcher.doc(target)?;
    let body = body_text(f, &doc).text;
    let fields = [
        (f.title, all_text(&doc, f.title)),
        (f.body, vec![body]),
        // Names whole: "Jean-Pierre Garnier" is one word here, so that an article is not
        // like another for a given name they share (Glaxo's chief and a film director).
        (f.person_name, all_text(&doc, f.person)),
        (f.org_name, all_text(&doc, f.org)),
        (f.place_name, all_text(&doc, f.place)),
    ];
    let like = like_this(searcher, &fields, &[f.person_name, f.org_name, f.place_name])?;
    let query: Box<dyn Query> = match within {
        None => Box::new(like),
        Some(within) => Box::new(BooleanQuery::new(vec![
            (Occur::Must, Box::new(like) as Box<dyn Query>),
            (Occur::Must, Box::new(ConstScoreQuery::new(within, 0.0))),
        ])),
    };
    // A fixed number of candidates, whatever the page's length, folded into stories (as a
    // search does with its own): the order and the counts must not change with `-n`.
    let ranked_page = |page: TopDocs| -> Result<(Vec<(f32, DocAddress)>, usize)> {
        let (ranked, matching) =
            searcher.search(&*query, &(page.order_by((SortBySimilarityScore, tie_breaker())), Count))?;
        Ok((ranked.into_iter().map(|((score, _), addr)| (score, addr)).collect(), matching))
    };
    let (ranked, matching) = ranked_page(TopDocs::with_limit(SIMILAR_CANDIDATES))?;
    let window = ranked.len();
    let mut prints = FingerprintReader::new(searcher);
    let own = prints.read_copy(target)?;
    let mut others = Vec::with_capacity(ranked.len());
    for (score, addr) in ranked {
        let other = prints.read_copy(addr)?;
        let copy = same_story(&own.print, &other.print) && same_news_day(&own, &other);
        if addr != target && !copy {
            others.push((score, addr));
        }
    }
    let own_copies = window - others.len();
    let mut groups = collapse(searcher, &news.fields, others, Latest::OfTheStory)?;
    // Every article sharing one of its words, but itself and its copies: the same total
    // whatever the page's length (it was the stories among the candidates read, which
    // grew with `-n`); as for a search, copies are folded among the candidates read.
    let total = matching - own_copies;
    let stories = groups.len() + (matching - window);
    groups.truncate(limit);
    // Past the candidates, the rest one by one (the article's copies among them not
    // looked for).
    if groups.len() < limit && window < matching {
        let (rest, _) = ranked_page(TopDocs::with_limit(limit - groups.len()).and_offset(window))?;
        groups.extend(rest.into_iter().map(|hit| vec![hit]));
    }
    let hits = build_hits(news, searcher, groups, &query::Highlight::default(), 1, roots)?;
    Ok(SearchResults { total, stories: Some(stories), hits, dated: None })
}

/// The most alike articles `similar` looks at (before leaving out the article's copies).
const SIMILAR_CANDIDATES: usize = 200;

/// The words that make an article what it is, as a query for articles like it: the
/// [`LIKE_THIS_TERMS`] words of its title, body and names that score highest by frequency in
/// it (damped: its square root) times rarity in the index (BM25 idf). An article like it
/// scores the weights of the words it shares, each relative to the best, however often it
/// uses them and however long it is: scored by BM25 instead, a rare word counted its rarity
/// twice (a surname matched any namesake) and short articles won on length (in BBC + Reuters,
/// a BBC results story's most alike were Reuters briefs sharing a word or two). Left out:
/// words of fewer than three letters but for CJK character pairs and the names of `names`
/// ("BP"), words with a figure, words no other article holds and words in more than a fifth
/// of the articles. What tantivy's `MoreLikeThisQuery` does, but deterministic: it picks among
/// words of equal score in hash-map order, so the same article gave other words, other
/// scores and another order from one run to the next.
fn like_this(searcher: &Searcher, fields: &[(Field, Vec<String>)], names: &[Field]) -> Result<BooleanQuery> {
    let mut frequencies: std::collections::BTreeMap<Term, usize> = Default::default();
    for (field, values) in fields {
        let mut analyzer = searcher.index().tokenizer_for_field(*field)?;
        for value in values {
            let mut stream = analyzer.token_stream(value);
            while let Some(token) = stream.next() {
                // Chinese, Japanese and Korean are indexed as character pairs: a pair is a word;
                // a name may be short ("BP"). A figure ("$16.2bn", "548p", "26%") is what one
                // story says, not what it is about, and each one is indexed in several forms:
                // they filled most of the words of a results story.
                let letters = token.text.chars().count();
                let short_word = letters == 2
                    && (names.contains(field) || token.text.chars().all(crate::index::cjk::is_cjk));
                if (letters >= 3 || short_word) && !token.text.chars().any(|c| c.is_ascii_digit()) {
                    *frequencies.entry(Term::from_field_text(*field, &token.text)).or_default() += 1;
                }
            }
        }
    }
    let articles = searcher.num_docs();
    let most_common = (articles / 5).max(2);
    let mut scored: Vec<(f32, Term)> = Vec::new();
    for (term, frequency) in frequencies {
        let in_articles = searcher.doc_freq(&term)?;
        // A word no other article holds finds none.
        if in_articles < 2 || in_articles > most_common {
            continue;
        }
        let rarity = (1.0 + ((articles - in_articles) as f32 + 0.5) / (in_articles as f32 + 0.5)).ln();
        scored.push(((frequency as f32).sqrt() * rarity, term));
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    scored.truncate(LIKE_THIS_TERMS);
    let best = scored.first().map_or(1.0, |(score, _)| *score);
    Ok(BooleanQuery::new(
        scored
            .into_iter()
            .map(|(score, term)| {
                let query = TermQuery::new(term, IndexRecordOption::Basic);
                (
                    Occur::Should,
                    Box::new(ConstScoreQuery::new(Box::new(query), score / best)) as Box<dyn Query>,
                )
            })
            .collect(),
    ))
}

/// How many words stand for an article in [`like_this`].
const LIKE_THIS_TERMS: usize = 40;

/// Reads the duplicate fingerprints of stored articles from the fast fields, opening each
/// segment's two columns once.
pub struct FingerprintReader<'s> {
    searcher: &'s Searcher,
    columns: Vec<Option<FingerprintColumns>>,
}

type FingerprintColumns = (
    Option<tantivy::columnar::Column<u64>>,
    Option<tantivy::columnar::BytesColumn>,
    Option<tantivy::columnar::Column<DateTime>>,
    Option<tantivy::columnar::Column<u64>>,
    Option<tantivy::columnar::Column<DateTime>>,
);

impl<'s> FingerprintReader<'s> {
    /// A reader over the searcher's segments.
    pub fn new(searcher: &'s Searcher) -> FingerprintReader<'s> {
        FingerprintReader { searcher, columns: vec![None; searcher.segment_readers().len()] }
    }

    /// The fingerprints of the article at `addr`.
    pub fn read(&mut self, addr: DocAddress) -> Result<Fingerprint> {
        let slot = &mut self.columns[addr.segment_ord as usize];
        if slot.is_none() {
            let fast = self.searcher.segment_reader(addr.segment_ord).fast_fields();
            *slot = Some((
                fast.u64(crate::index::schema::names::TEXT_HASH).ok(),
                fast.bytes(crate::index::schema::names::MINHASH)?,
                fast.date(crate::index::schema::names::DATE).ok(),
                fast.u64(crate::index::schema::names::PAGE_KEY).ok(),
                fast.date(crate::index::schema::names::MODIFIED).ok(),
            ));
        }
        let (hashes, minhashes, _, _, _) = slot.as_ref().expect("filled above");
        let text_hash = hashes.as_ref().and_then(|c| c.first(addr.doc_id)).unwrap_or_default();
        let mut minhash = Vec::new();
        if let Some(column) = minhashes
            && let Some(ord) = column.ords().first(addr.doc_id)
        {
            column.ord_to_bytes(ord, &mut minhash)?;
        }
        Ok(Fingerprint { text_hash, minhash })
    }

    /// The fingerprints of the article at `addr` and its publication time (the wall
    /// clock's seconds), read at once.
    pub fn read_dated(&mut self, addr: DocAddress) -> Result<(Fingerprint, Option<i64>)> {
        let copy = self.read_copy(addr)?;
        Ok((copy.print, copy.published))
    }

    /// The fingerprints and publication time of the article at `addr`.
    fn read_copy(&mut self, addr: DocAddress) -> Result<Copy> {
        let print = self.read(addr)?;
        let (_, _, dates, pages, changes) =
            self.columns[addr.segment_ord as usize].as_ref().expect("filled by read");
        let secs = |column: &Option<tantivy::columnar::Column<DateTime>>| {
            column.as_ref().and_then(|c| c.first(addr.doc_id)).map(|d| d.into_timestamp_secs())
        };
        let published = secs(dates);
        let modified = secs(changes);
        let page = pages.as_ref().and_then(|c| c.first(addr.doc_id));
        Ok(Copy { print, rank: 0, published, modified, page })
    }
}

#[cfg(test)]
mod tests {
    use super::{looks_like_a_copy, one_writing_per_organization};

    #[test]
    fn an_article_lists_each_organization_once_by_its_longest_writing() {
        let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            one_writing_per_organization(names(&[
                "Boeing",
                "Qantas Airways",
                "Boeing Co",
                "Qantas Airways Ltd"
            ])),
            names(&["Boeing Co", "Qantas Airways Ltd"])
        );
        // Two organizations sharing a word stay two.
        assert_eq!(
            one_writing_per_organization(names(&["Boeing Aerospace Co", "Boeing Co"])),
            names(&["Boeing Aerospace Co", "Boeing Co"])
        );
    }

    #[test]
    fn names_file_managers_give_second_copies_are_copies() {
        for copy in [
            "story copy.txt",
            "story copy 2.txt",
            "Copy of guardian whales.html",
            "story - Copy.txt",
            "newsplease (2).json",
            "story(1).html",
        ] {
            assert!(looks_like_a_copy(copy), "{copy}");
        }
        for original in
            ["story.txt", "copyright.txt", "the copy desk.txt", "results (final).txt", "2024 (1)x.txt"]
        {
            assert!(!looks_like_a_copy(original), "{original}");
        }
    }
}
