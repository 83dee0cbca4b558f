//! From what the user typed to a tantivy query, and to what snippets should highlight.
//!
//! The text goes through tantivy's query grammar over title and body, with AND as the
//! default operator and the title boosted, after [`escape_stray_syntax`] has made text of
//! the punctuation a pasted headline holds. Four kinds of word are built here rather than
//! by tantivy's parser: `word~N` (within N edits; tantivy's grammar has no per-term
//! fuzziness, and `--fuzzy` gives every word of five letters or more one edit), wildcards
//! (`econom*`, `*oil*`, `"prime minis*"`), CJK words with a lone character at an end
//! (`8月`), and abbreviations typed in capitals (`US` also as "U.S."); each becomes the
//! index's words it stands for, ranked by BM25, and the rest of the query is built by
//! tantivy's parser. Each `--person/--org/--place` becomes a required
//! phrase on that entity field (so `walz` and `tim walz` both find "Tim Walz", and accents
//! and case do not matter; a person is also found by the other forms of the name the
//! article used, "Bill Clinton" for "William Clinton", and an organization or place by
//! the names the extractor turns into its canonical one, "ICE" or "U.S."), and
//! `--since/--until` a required date range.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::fmt;
use std::ops::Bound;

use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, DisjunctionMaxQuery, EmptyQuery, FuzzyTermQuery, Occur,
    PhraseQuery, Query, QueryParser, QueryParserError, RangeQuery, RegexQuery, TermQuery, TermSetQuery,
};
use tantivy::query_grammar::{Delimiter, UserInputAst, UserInputLeaf, UserInputLiteral};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DateTime, Searcher, Term};

use crate::dates::DateSpan;
use crate::entities::lexicon::{GENERATIONAL_SUFFIXES, fold, name_key, without_final_s};
use crate::index::NewsIndex;
use crate::index::cjk::lone_character;
use crate::index::schema::query_analyzer;
use crate::index::words::{SENTENCE_END, SENTENCE_GAP, positions_taken};
use crate::search::names_written::{self, NameKept, Writing};

/// The most character pairs a lone CJK character of a query stands for (the most used).
const MAX_CJK_PAIRS: usize = 1024;

/// The most phrases a query word's forms make (its ends' CJK pairs, its last word's
/// wildcard words).
const MAX_FORMS: usize = 1024;

/// The most index words a wildcard stands for (the most used): `s*` would be most of the
/// index.
pub const MAX_WILDCARD_WORDS: usize = 256;

/// How much more a match in the headline counts than one in the body.
pub const TITLE_BOOST: f32 = 2.5;

/// The most words a query of bare words may have for the articles holding them together
/// to rank first ([`bare_words`]); a longer one is a pasted sentence, whose words are
/// rarely written in its order elsewhere.
const MAX_PHRASE_WORDS: usize = 6;

/// A name's plural held by fewer than one in this many of the articles holding the name
/// is found with it, as a plural ([`Converter::other_forms`]): on BBC + Reuters, "Blairs"
/// (3 articles beside Blair's 189), "Browns", "Frances"; "Williams" beside "William" (121
/// and 255) stays apart.
const RARE_PLURAL: u64 = 10;

/// How many other words may stand between the words of a query of bare words for them to
/// count as written together: none (with one, `bank of england` ranked "Bank of New
/// England" up with the Bank of England).
const PHRASE_SLOP: u32 = 0;

/// How much the phrase of a query of bare words counts beside its words' own scores.
const PHRASE_WEIGHT: f32 = 2.0;

/// The words of a query that is only bare words, each required (`world cup`, `interest
/// rates`), in the order typed: 2 to [`MAX_PHRASE_WORDS`] of them. A field, a phrase, an
/// operator, a wildcard or a fuzzy word makes it no such query.
fn bare_words(ast: &UserInputAst) -> Option<Vec<String>> {
    let UserInputAst::Clause(children) = ast else { return None };
    if !(2..=MAX_PHRASE_WORDS).contains(&children.len()) {
        return None;
    }
    children
        .iter()
        .map(|(occur, child)| match (occur, child) {
            (None | Some(Occur::Must), UserInputAst::Leaf(leaf)) => match leaf.as_ref() {
                UserInputLeaf::Literal(literal)
                    if literal.field_name.is_none()
                        && literal.delimiter == Delimiter::None
                        && literal.slop == 0
                        && !literal.prefix
                        && !literal.phrase.contains(['*', '"', '\\']) =>
                {
                    Some(literal.phrase.clone())
                }
                _ => None,
            },
            _ => None,
        })
        .collect()
}

/// The order of hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// BM25, best first.
    #[default]
    Relevance,
    /// Publication date, newest first; undated articles last.
    Date,
    /// Publication date, oldest first; undated articles last.
    Oldest,
    /// BM25 blended with a recency decay (see `half_life_secs`).
    Recent,
}

/// How many of the words typed side by side an article must hold (Elasticsearch's
/// `default_operator` and `minimum_should_match`). Words given an operator (`+oil`,
/// `-sport`, `oil AND gas`, `oil OR gas`) keep it; the more of the words an article holds,
/// the higher it ranks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum WordMatch {
    /// Every word (the default).
    #[default]
    All,
    /// Any one of them.
    Any,
    /// At least this many of them (all when fewer were typed).
    AtLeast(usize),
    /// At least this share of them, in percent, rounded down (at least one).
    Percent(u8),
}

impl WordMatch {
    /// Reads `all`, `any`, a count (`2`) or a share (`75%`); the error says what is taken.
    pub fn parse(text: &str) -> Result<WordMatch, String> {
        let text = text.trim();
        let wrong = || format!("{text:?} is not all, any, a number of words (2) or a share of them (75%)");
        match text.to_ascii_lowercase().as_str() {
            "all" => Ok(WordMatch::All),
            "any" => Ok(WordMatch::Any),
            other => {
                if let Some(share) = other.strip_suffix('%') {
                    match share.trim().parse::<u8>() {
                        Ok(0) => Ok(WordMatch::Any),
                        Ok(100) => Ok(WordMatch::All),
                        Ok(share) if share < 100 => Ok(WordMatch::Percent(share)),
                        _ => Err(wrong()),
                    }
                } else {
                    match other.parse::<usize>() {
                        Ok(0 | 1) => Ok(WordMatch::Any),
                        Ok(count) => Ok(WordMatch::AtLeast(count)),
                        Err(_) => Err(wrong()),
                    }
                }
            }
        }
    }

    /// As `--match` takes it: `all`, `any`, `2`, `75%`.
    pub fn as_typed(self) -> String {
        match self {
            WordMatch::All => "all".to_string(),
            WordMatch::Any => "any".to_string(),
            WordMatch::AtLeast(count) => count.to_string(),
            WordMatch::Percent(share) => format!("{share}%"),
        }
    }

    /// How many of `words` optional words an article must hold: `None` for every one.
    fn least_of(self, words: usize) -> Option<usize> {
        match self {
            WordMatch::All => None,
            WordMatch::Any => Some(1),
            WordMatch::AtLeast(count) => Some(count.min(words).max(1)),
            WordMatch::Percent(share) => Some((words * usize::from(share) / 100).max(1)),
        }
    }
}

/// A search, validated.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// Query text in tantivy syntax; `None` to search by filters only.
    pub text: Option<String>,
    /// Required people.
    pub people: Vec<String>,
    /// Required organizations.
    pub orgs: Vec<String>,
    /// Required places.
    pub places: Vec<String>,
    /// Required countries, each with everything in it: its states and cities
    /// ([`crate::entities::countries`]).
    pub countries: Vec<String>,
    /// Sites the article must come from (any of them): domains or web addresses.
    pub sites: Vec<String>,
    /// Folders (or files) the article's file must be in (any of them), as the index names
    /// sources: absolute, links resolved, or the end of a path ([`folder_filter`]).
    pub folders: Vec<String>,
    /// Web addresses the article must have (any of them), as pages: the scheme, `www.`, a
    /// trailing `/`, `utm_` parameters and the fragment aside ([`crate::sites::page_key`]).
    pub urls: Vec<String>,
    /// Languages the article must be written in (any of them): codes or English names
    /// (`en`, `deu`, `German`), see [`crate::ingest::language::code_of`].
    pub languages: Vec<String>,
    /// Published on or after the start of this span.
    pub since: Option<DateSpan>,
    /// Published before the end of this span.
    pub until: Option<DateSpan>,
    /// Order of hits.
    pub sort: Sort,
    /// Hits per page.
    pub limit: usize,
    /// Hits skipped.
    pub offset: usize,
    /// Let every word of five letters or more match within one edit.
    pub fuzzy: bool,
    /// Match words only as typed: no other number ("election" without "elections").
    pub exact_words: bool,
    /// How many of the words typed side by side must match.
    pub word_match: WordMatch,
    /// Body fragments per hit.
    pub fragments: usize,
    /// For `Sort::Recent`: the age, relative to the newest article the search finds, at
    /// which the recency boost halves.
    pub half_life_secs: i64,
    /// Show duplicates (exact and near) as one hit under the best-scoring copy.
    pub collapse: bool,
    /// A person, organization or place filter that is a name as listed (the name counts,
    /// the facets) keeps to articles naming exactly that: the search page's filters come
    /// from its lists, and "BBC" (64 articles) must not also take "BBC News" (141). Any
    /// other name is read as words inside names, as always.
    pub exact_names: bool,
}

impl Sort {
    /// As `--sort` and the API's `sort` take it.
    pub fn name(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Date => "date",
            Sort::Oldest => "oldest",
            Sort::Recent => "recent",
        }
    }
}

impl SearchRequest {
    /// Whether the request narrows the index at all: query text, or any filter.
    pub fn narrows(&self) -> bool {
        self.text.as_deref().is_some_and(|t| !t.trim().is_empty())
            || !self.people.is_empty()
            || !self.orgs.is_empty()
            || !self.places.is_empty()
            || !self.countries.is_empty()
            || !self.sites.is_empty()
            || !self.folders.is_empty()
            || !self.languages.is_empty()
            || !self.urls.is_empty()
            || self.since.is_some()
            || self.until.is_some()
    }
}

/// A query newsdex cannot run, with a message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError(pub String);

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for QueryError {}

/// The query to run, and what its text asks snippets to highlight.
pub struct BuiltQuery {
    /// Text and filters together.
    pub query: Box<dyn Query>,
    /// The words and phrases of the text query (not the filters, not excluded words).
    pub highlight: Highlight,
    /// The wildcards that stand for more of the index's words than are searched
    /// ([`MAX_WILDCARD_WORDS`], the most used): each as typed (`con*`) with how many words
    /// it covers, so that a search can say what it left out.
    pub wildcards_cut: Vec<(String, usize)>,
    /// The words kept as typed, not widened to their other number, because the articles
    /// write the form with the "s" as a name (`williams` is not "william" plural).
    pub names_kept: Vec<NameKept>,
    /// The words and quoted phrases typed with no field, as the query's pass read them
    /// ([`TypedText`]): what a note on the words it asks for and excludes compares.
    pub typed: Vec<TypedText>,
}

/// A word or a quoted phrase typed with no field, as the query's pass reads it from the
/// parsed query (`labor`, `"labor party"`, `-labour`, `NOT labour`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypedText {
    /// As typed, without its quotes.
    pub phrase: String,
    /// Typed in double quotes.
    pub quoted: bool,
    /// Excluded (`-labour`, `NOT labour`).
    pub excluded: bool,
    /// Each of its words between spaces, as typed, with the words the index holds for it
    /// ([`query_analyzer`]: `Labour` is `labor`).
    pub words: Vec<(String, Vec<String>)>,
}

/// The words and quoted phrases typed with no field in `text`, as [`build`] reads them
/// (the query grammar's own reading, with no `*` or other change made for the search).
pub fn typed_text(text: &str) -> Vec<TypedText> {
    let mut typed = Vec::new();
    if let Ok(ast) = tantivy::query_grammar::parse_query(&straighten_quotes(text)) {
        collect_typed(&ast, false, &mut typed);
    }
    typed
}

/// What to highlight, by where: the words typed with no field in the headline and the
/// text alike, those typed with `title:` (`headline:`) in the headline only, those with
/// `body:` in the text only (`title:blair tax` marks "Blair" in headlines, "tax" in both).
/// Words typed with a field the snippets do not show (`byline:`, `tag:`) are marked
/// nowhere; a name (`person:`, `--person`) is marked as the text's words are, everywhere.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Highlight {
    /// Words typed with no field, and names: marked in headline and text.
    pub anywhere: Marks,
    /// Words typed with `title:`: marked in the headline only.
    pub title: Marks,
    /// Words typed with `body:`: marked in the text only.
    pub body: Marks,
}

impl Highlight {
    /// True when there is nothing to highlight.
    pub fn is_empty(&self) -> bool {
        self.anywhere.is_empty() && self.title.is_empty() && self.body.is_empty()
    }

    /// What to mark in an article's headline.
    pub fn in_title(&self) -> Marks {
        self.anywhere.clone().with(&self.title)
    }

    /// What to mark in an article's text.
    pub fn in_body(&self) -> Marks {
        self.anywhere.clone().with(&self.body)
    }

    /// Where the words of a literal typed with `field` (none: no field) are marked; none
    /// for a field no snippet shows.
    fn of_field(&mut self, field: Option<&str>) -> Option<&mut Marks> {
        match field {
            None | Some("person" | "org" | "place") => Some(&mut self.anywhere),
            Some("title") => Some(&mut self.title),
            Some("body") => Some(&mut self.body),
            Some(_) => None,
        }
    }
}

/// What to mark in one place: folded words, phrases (highlighted as one span each), and
/// fuzzy words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Marks {
    /// Single words, as the index tokenized them.
    pub terms: Vec<String>,
    /// Quoted phrases, as sequences of words.
    pub phrases: Vec<Vec<String>>,
    /// Words that may match within an edit distance.
    pub fuzzy: Vec<(String, u8)>,
    /// The names of the name filters (`--person`, `person:`), each as its words: marked
    /// as the rest, but a snippet shows a passage with the query's own words before one
    /// with the name alone ("who said it": the claim, not the person).
    pub names: Vec<Vec<String>>,
    /// Quoted phrases with a slop (`"weapons destruction"~3`), as their words and the slop:
    /// each match is marked as one span, from its first word to its last.
    pub near: Vec<(Vec<String>, u32)>,
    /// Words marked only where written in capitals: typed so in quotes or with
    /// `--exact-words` (`"WHO"` marks "WHO", not the pronoun, as it finds).
    pub capitals: Vec<String>,
}

impl Marks {
    /// True when there is nothing to highlight.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
            && self.phrases.is_empty()
            && self.fuzzy.is_empty()
            && self.names.is_empty()
            && self.near.is_empty()
    }

    /// These marks and `more`'s.
    fn with(mut self, more: &Marks) -> Marks {
        self.terms.extend(more.terms.iter().cloned());
        self.phrases.extend(more.phrases.iter().cloned());
        self.fuzzy.extend(more.fuzzy.iter().cloned());
        self.names.extend(more.names.iter().cloned());
        self.near.extend(more.near.iter().cloned());
        self.capitals.extend(more.capitals.iter().cloned());
        self
    }
}

/// The query selecting the articles `req` asks for: every article when it narrows nothing
/// (what `people`, `timeline` and their API routes count over).
pub fn articles(
    news: &NewsIndex,
    searcher: &Searcher,
    req: &SearchRequest,
) -> Result<Box<dyn Query>, QueryError> {
    if !req.narrows() {
        return Ok(every_article(news));
    }
    Ok(build(news, searcher, req)?.query)
}

/// The articles any of `items` keeps: each made a query by `each` (a filter given more than
/// once: `--lang de --lang fr`).
fn kept_by_any(
    items: &[String],
    mut each: impl FnMut(&String) -> Result<Box<dyn Query>, QueryError>,
) -> Result<Box<dyn Query>, QueryError> {
    let mut any: Vec<(Occur, Box<dyn Query>)> = Vec::with_capacity(items.len());
    for item in items {
        any.push((Occur::Should, each(item)?));
    }
    Ok(Box::new(BooleanQuery::new(any)))
}

/// A folder or file given to `--folder`: as [`folder_source`] makes it, except that a
/// relative path that is not there from here stays relative: the end of the path of a
/// folder ingested (`bbc/politics`, as the API's `folder=` gets it from a client on another
/// machine).
pub fn folder_filter(path: &std::path::Path) -> String {
    let on_disk =
        std::fs::symlink_metadata(path).is_ok() || crate::ingest::walk::in_any_unicode_form(path).is_some();
    if path.is_relative() && !on_disk {
        let relative = crate::ingest::walk::source_of(path.to_path_buf());
        let relative = relative.trim_start_matches("./").trim_end_matches('/');
        if !relative.is_empty() && !relative.split('/').any(|part| part == "..") {
            return relative.to_string();
        }
    }
    folder_source(path)
}

/// A folder or file as the index names sources: absolute, with its links resolved as an
/// ingest resolves them (a name typed in the other Unicode form than the disk's as the
/// disk writes it); a folder gone since (moved, unmounted) as given, made absolute.
pub fn folder_source(path: &std::path::Path) -> String {
    let absolute = std::fs::canonicalize(path)
        .or_else(|err| {
            crate::ingest::walk::in_any_unicode_form(path).ok_or(err).and_then(std::fs::canonicalize)
        })
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf());
    let source = crate::ingest::walk::source_of(absolute);
    match source.trim_end_matches('/') {
        "" => "/".to_string(),
        trimmed => trimmed.to_string(),
    }
}

/// A regular expression matching `text` written in either Unicode form ([`crate::nfc`]):
/// each accented letter as one character or as a letter and its combining marks. Paths are
/// kept as ingested, and a folder named on a Mac may be either.
pub fn in_either_unicode_form(text: &str) -> String {
    let mut pattern = String::with_capacity(text.len());
    for c in crate::nfc::composed(text).chars() {
        let one = regex_syntax::escape(c.encode_utf8(&mut [0; 4]));
        let marked = crate::nfc::decomposed(c.encode_utf8(&mut [0; 4])).into_owned();
        if marked.chars().count() > 1 {
            pattern.push_str(&format!("(?:{one}|{})", regex_syntax::escape(&marked)));
        } else {
            pattern.push_str(&one);
        }
    }
    pattern
}

/// Every article document (not the file records kept beside them).
pub fn every_article(news: &NewsIndex) -> Box<dyn Query> {
    let kind = Term::from_field_text(news.fields.kind, crate::index::schema::KIND_ARTICLE);
    Box::new(TermQuery::new(kind, IndexRecordOption::Basic))
}

/// At most this many of the index's words stand for one fuzzy word (Lucene's default).
const MAX_EXPANSIONS: usize = 50;

/// How deep a query may nest parentheses: the grammar reads them recursively, and a few
/// thousand levels overflow the stack.
const MAX_NESTING: usize = 100;

/// Builds the query for a request. The searcher's words are what fuzzy words expand to.
pub fn build(news: &NewsIndex, searcher: &Searcher, req: &SearchRequest) -> Result<BuiltQuery, QueryError> {
    let fields = &news.fields;
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut highlight = Highlight::default();
    let mut wildcards_cut = Vec::new();
    let mut names_kept = Vec::new();
    let mut typed_words = Vec::new();
    let typed_quotes = req.text.as_deref().map(straighten_quotes);
    if let Some(text) = typed_quotes.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        // Lucene's "every document", as Elasticsearch users type it.
        let text = if text == "*:*" { "*" } else { text };
        // Marks alone ("--", "?", a lone quote), or an empty phrase (`title:""`), hold no
        // word: say so, rather than match nothing, or everything.
        // (The section sign is the word "section": `§` finds the citations.)
        if !text.contains(|c: char| c.is_alphanumeric() || c == '*' || c == '§') || text.contains(":\"\"") {
            return Err(QueryError(format!(
                "{text:?} has no word to search for: give words, a \"phrase\", or * for every article"
            )));
        }
        if nesting(text) > MAX_NESTING {
            return Err(QueryError(format!(
                "invalid query: parentheses nested more than {MAX_NESTING} deep"
            )));
        }
        // The query's words as [`query_analyzer`] makes them: `4-6` is the score, not the
        // phrase "4 6" that also runs across two sets ("7-6 (7-3) 6-4 6-3").
        let mut parser = QueryParser::new(
            news.index.schema(),
            fields.default_search_fields(),
            crate::index::schema::query_tokenizers(),
        );
        if req.word_match == WordMatch::All {
            parser.set_conjunction_by_default();
        }
        parser.set_field_boost(fields.title, TITLE_BOOST);
        let schema = news.index.schema();
        let typed = text;
        let figures = figures_joined(typed);
        let without_possessives = without_possessives(&figures);
        // `country:` is no field of the index but a filter of its own ([`country_filter`]).
        let mut text = escape_stray_syntax(&without_possessives, |name| {
            schema.get_field(name).is_ok() || name == COUNTRY_FIELD.trim_end_matches(':')
        });
        if let Cow::Owned(grouped) = grouped_alternatives(&text) {
            text = Cow::Owned(grouped);
        }
        // Only exclusions (`-sport`, `NOT oil`) exclude from every article, as `* -sport`.
        if let Ok(UserInputAst::Clause(children)) = tantivy::query_grammar::parse_query(&text)
            && !children.is_empty()
            && children.iter().all(|(occur, _)| *occur == Some(Occur::MustNot))
        {
            text = Cow::Owned(format!("* {text}"));
        }
        let text = &*text;
        let mut grammar = tantivy::query_grammar::parse_query(text);
        let excludes_only = grammar.as_mut().is_ok_and(hoist_exclusions);
        // The parser's own pass gives the clearest message for a malformed query (it
        // knows no `country:`, which takes a name as `place:` does).
        match parser.parse_query(&with_country_as_place(text)) {
            // `NOT sport AND NOT business`: exclusions, now from every article.
            Err(QueryParserError::AllButQueryForbidden) if excludes_only => {}
            Err(e) => return Err(invalid_query(typed, &e.to_string())),
            Ok(_) => {}
        }
        let mut ast = grammar.map_err(|_| invalid_query(typed, "syntax error"))?;
        normalise_sites(&mut ast);
        collect_typed(&ast, false, &mut typed_words);
        check_slops(&ast)?;
        exists_on_name_columns(&mut ast)?;
        let everything = may_match_everything(&ast);
        let in_order = bare_words(&ast);
        let converter = Converter {
            news,
            searcher,
            parser: &parser,
            fuzzy_all: req.fuzzy,
            word_forms: !req.exact_words,
            every_word: req.word_match == WordMatch::All,
            all_capitals: !typed.chars().any(char::is_lowercase),
            several_words: typed.split_whitespace().nth(1).is_some(),
            title_case: title_case(typed),
            wildcards_cut: RefCell::default(),
            names_kept: RefCell::default(),
        };
        let query = match ast {
            // How many of the words typed side by side must match is counted at the top.
            UserInputAst::Clause(children) if req.word_match != WordMatch::All => {
                converter.convert_clause(children, false, &mut highlight, req.word_match)?
            }
            ast => converter.convert(ast, false, &mut highlight)?,
        };
        clauses.push((Occur::Must, flatten_disjunction(query)));
        wildcards_cut = converter.wildcards_cut.into_inner();
        names_kept = converter.names_kept.into_inner();
        // Words typed together rank the articles that write them together first: `world
        // cup` the stories of the World Cup before those of the Davis Cup that say "world".
        if let Some(words) = in_order
            && let Ok(phrase) = parser.parse_query(&format!("\"{}\"~{PHRASE_SLOP}", words.join(" ")))
        {
            clauses.push((Occur::Should, Box::new(BoostQuery::new(phrase, PHRASE_WEIGHT))));
        }
        if everything {
            // `*` and a query of exclusions only match every document: the articles only.
            clauses.push((Occur::Must, only_narrows(every_article(news))));
        }
    }
    // Every filter below narrows the matches without scoring ([`only_narrows`]): with a
    // text query, an article scores the same with or without `--folder`, `--lang`,
    // `--person` or `--since`, so a sample's ranking is that of the words alone (the BBC's
    // politics/159.txt scored 24.90 for "election", 26.01 with `--folder bbc`, 25.01 with
    // `--lang en` and 54.35 with `--person "Michael Howard"`: each filter added its own
    // score). With no words to rank by, the names rank, deliberately: an article about a
    // person (named in its title, again and again in its text) before one that mentions
    // them once. The name filters themselves still only filter: their own scores favoured
    // the articles naming the fewest people, whatever they were about.
    let names_rank = req.text.as_deref().is_none_or(|t| matches!(t.trim(), "" | "*"));
    for (flag, field, names) in [
        ("--person", fields.person, &req.people),
        ("--org", fields.org, &req.orgs),
        ("--place", fields.place, &req.places),
    ] {
        for name in names {
            highlight_name(fields, field, name, &mut highlight.anywhere);
            let filter = name_filter(news, searcher, flag, field, name, req.exact_names, req.fuzzy)?;
            clauses.push((Occur::Must, only_narrows(filter)));
            if names_rank && let Some(about) = about_name(news, field == fields.person, name) {
                clauses.push((Occur::Should, about));
            }
        }
    }
    for name in &req.countries {
        let country =
            country_filter(news, name).map_err(|why| QueryError(format!("--country {name:?}: {why}")))?;
        highlight_name(fields, fields.place, country.name, &mut highlight.anywhere);
        clauses.push((Occur::Must, only_narrows(country.query)));
        if names_rank && let Some(about) = about_name(news, false, country.name) {
            clauses.push((Occur::Should, about));
        }
    }
    if !req.sites.is_empty() {
        let mut any = Vec::new();
        for input in &req.sites {
            let site = crate::sites::filter(input).ok_or_else(|| {
                QueryError(format!(
                    "--site {input:?}: not a site (give a domain such as bbc.co.uk, or a web address)"
                ))
            })?;
            let term = |site: &str| -> Box<dyn Query> {
                Box::new(TermQuery::new(Term::from_field_text(fields.site, site), IndexRecordOption::Basic))
            };
            let query = if req.exact_names {
                // As listed (the page's facets count each host apart): the site, not the
                // sites under it (`euronews.com` without `de.euronews.com`).
                let under = format!(".+\\.{}", regex_syntax::escape(&site));
                let subdomains = words_matching(searcher, fields.site, &under, usize::MAX)
                    .map_err(|e| QueryError(format!("reading the index: {e}")))?;
                let mut clauses = vec![(Occur::Must, term(&site))];
                clauses.extend(subdomains.iter().map(|sub| (Occur::MustNot, term(sub))));
                Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>
            } else {
                term(&site)
            };
            any.push((Occur::Should, query));
        }
        clauses.push((Occur::Must, only_narrows(Box::new(BooleanQuery::new(any)))));
    }
    if !req.urls.is_empty() {
        clauses.push((
            Occur::Must,
            only_narrows(kept_by_any(&req.urls, |input| {
                let key = crate::sites::page_key(input).ok_or_else(|| {
                    QueryError(format!("--url {input:?}: not a web address (give it whole: https://…)"))
                })?;
                let term = Term::from_field_u64(fields.page_key, key);
                Ok(Box::new(TermQuery::new(term, IndexRecordOption::Basic)))
            })?),
        ));
    }
    if !req.languages.is_empty() {
        clauses.push((
            Occur::Must,
            only_narrows(kept_by_any(&req.languages, |input| {
                // The articles of no language told (`stats` counts them as unknown).
                if matches!(input.trim().to_ascii_lowercase().as_str(), "none" | "unknown" | "und") {
                    let told: Box<dyn Query> = Box::new(tantivy::query::ExistsQuery::new(
                        crate::index::schema::names::LANGUAGE.to_string(),
                        false,
                    ));
                    return Ok(Box::new(BooleanQuery::new(vec![
                        (Occur::Must, every_article(news)),
                        (Occur::MustNot, told),
                    ])));
                }
                let code = crate::ingest::language::code_of(input).ok_or_else(|| {
                    QueryError(format!(
                        "--lang {input:?}: not a language (give a code such as en or de, a name such as English, or none)"
                    ))
                })?;
                let term = Term::from_field_text(fields.language, code);
                Ok(Box::new(TermQuery::new(term, IndexRecordOption::Basic)))
            })?),
        ));
    }
    if !req.folders.is_empty() {
        // The files under a folder are the index's sources that start with it and a slash.
        clauses.push((
            Occur::Must,
            only_narrows(kept_by_any(&req.folders, |folder| {
                let pattern = match folder.as_str() {
                    "/" => ".*".to_string(),
                    absolute if absolute.starts_with('/') => {
                        format!("{}(/.*)?", in_either_unicode_form(absolute))
                    }
                    // The end of a folder's path.
                    relative => format!(".*/{}(/.*)?", in_either_unicode_form(relative)),
                };
                let under = RegexQuery::from_pattern(&pattern, fields.source)
                    .map_err(|e| QueryError(format!("--folder {folder:?}: {e}")))?;
                Ok(Box::new(under))
            })?),
        ));
        // Files' own records carry their path too.
        clauses.push((Occur::Must, only_narrows(every_article(news))));
    }
    if req.since.is_some() || req.until.is_some() {
        let lower = req.since.map_or(Bound::Unbounded, |s| Bound::Included(date_term(fields.date, s.start)));
        let upper = req.until.map_or(Bound::Unbounded, |s| Bound::Excluded(date_term(fields.date, s.end)));
        clauses.push((Occur::Must, only_narrows(Box::new(RangeQuery::new(lower, upper)))));
    }
    if clauses.is_empty() {
        return Err(QueryError(
            "nothing to search for: give a query, or a filter such as --person or --since (the query * lists every article)".into(),
        ));
    }
    let query: Box<dyn Query> = if clauses.len() == 1 {
        clauses.pop().expect("one clause").1
    } else {
        Box::new(BooleanQuery::new(clauses))
    };
    // Filters alone (no words, no names): every match scores 1, so that `--sort recent`
    // still orders them by date alone (a score of 0 times any boost is 0).
    let nothing_ranks = req.text.as_deref().is_none_or(|t| t.trim().is_empty())
        && req.people.is_empty()
        && req.orgs.is_empty()
        && req.places.is_empty()
        && req.countries.is_empty();
    let query = if nothing_ranks { Box::new(ConstScoreQuery::new(query, 1.0)) } else { query };
    Ok(BuiltQuery { query, highlight, wildcards_cut, names_kept, typed: typed_words })
}

/// A query's `country:` written as `place:`, for the parser's check of its syntax.
fn with_country_as_place(text: &str) -> Cow<'_, str> {
    if !text.contains(COUNTRY_FIELD) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(COUNTRY_FIELD) {
        let starts_word =
            rest[..at].chars().next_back().is_none_or(|c| c.is_whitespace() || "(+-".contains(c));
        out.push_str(&rest[..at]);
        out.push_str(if starts_word { "place:" } else { COUNTRY_FIELD });
        rest = &rest[at + COUNTRY_FIELD.len()..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// How `country:` is labelled in messages (and told apart from `place:`).
const COUNTRY_FIELD: &str = "country:";

/// A country filter: `--country NAME` or `country:NAME`.
struct CountryFilter {
    /// The country's canonical name.
    name: &'static str,
    /// The articles naming it or any place in it.
    query: Box<dyn Query>,
}

/// The query of a country and everything in it (`--country`, `country:`, the API's
/// `country=`): the articles naming the country or any of its states and cities as the
/// index stores places, by their canonical names (see [`crate::entities::countries`]),
/// and for a country that no longer exists the places of today's countries that lay in it,
/// by the article's date (Moscow in a story of 1987 for the Soviet Union). An error, for the user, for a name that is
/// no country.
fn country_filter(news: &NewsIndex, name: &str) -> Result<CountryFilter, String> {
    let country = crate::entities::countries::country(name)?;
    let places = |names: &[&str]| -> Box<dyn Query> {
        let terms = names.iter().map(|place| Term::from_field_text(news.fields.place_name, place));
        Box::new(TermSetQuery::new(terms))
    };
    let mut any = vec![(Occur::Should, places(&country.places))];
    let day = |day: chrono::NaiveDate| {
        date_term(news.fields.date, day.and_time(chrono::NaiveTime::MIN).and_utc().timestamp())
    };
    for at in &country.dated {
        let (first, after) = at.days;
        let days = RangeQuery::new(Bound::Included(day(first)), Bound::Excluded(day(after)));
        let dated = BooleanQuery::new(vec![
            (Occur::Must, places(&at.places)),
            (Occur::Must, Box::new(days) as Box<dyn Query>),
        ]);
        any.push((Occur::Should, Box::new(dated)));
    }
    // "Georgia" in 1987: the country (then Soviet) only beside a Soviet place.
    for beside in &country.beside {
        let (first, after) = beside.days;
        let days = || -> Box<dyn Query> {
            Box::new(RangeQuery::new(Bound::Included(day(first)), Bound::Excluded(day(after))))
        };
        let outside = vec![(Occur::Must, places(&[beside.name])), (Occur::MustNot, days())];
        let within = vec![
            (Occur::Must, places(&[beside.name])),
            (Occur::Must, days()),
            (Occur::Must, places(&beside.places)),
        ];
        any.push((Occur::Should, Box::new(BooleanQuery::new(outside))));
        any.push((Occur::Should, Box::new(BooleanQuery::new(within))));
    }
    Ok(CountryFilter { name: country.name, query: Box::new(BooleanQuery::new(any)) })
}

/// A filter as a clause that keeps the articles it matches and adds nothing to their
/// score: the same article scores the same whatever filters narrow a search.
fn only_narrows(filter: Box<dyn Query>) -> Box<dyn Query> {
    Box::new(ConstScoreQuery::new(filter, 0.0))
}

/// The query of one name filter: `--person`, `--org` or `--place NAME` (`flag`), and
/// `person:`, `org:` or `place:` in the query text, which find the same articles. A
/// person's name is found without its titles, by any form the article used and by the
/// surname alone when that is this person's; an organization or place by its canonical
/// name too, and an organization with or without its legal form and dots. With
/// `exact_names`, a name as listed (facets, `/api/people`) keeps to the articles naming
/// exactly it. With `fuzzy` (`--fuzzy`), a name is also found spelled as the index's
/// names nearest it are (`Guggenhiem` finds "Guggenheim").
fn name_filter(
    news: &NewsIndex,
    searcher: &Searcher,
    flag: &str,
    field: Field,
    name: &str,
    exact_names: bool,
    fuzzy: bool,
) -> Result<Box<dyn Query>, QueryError> {
    let fields = &news.fields;
    // "Royal Dutch/Shell": a name joining its parts with a slash is the one organization
    // the articles name by its parts ("Royal Dutch" and "Shell Group"), or by the whole.
    if field == fields.org
        && let Some(parts) = slash_parts(name)
    {
        let whole = name_filter(news, searcher, flag, field, &parts.join(" "), exact_names, fuzzy)?;
        let every = parts
            .iter()
            .map(|part| Ok((Occur::Must, name_filter(news, searcher, flag, field, part, false, fuzzy)?)))
            .collect::<Result<Vec<_>, QueryError>>()?;
        return Ok(Box::new(BooleanQuery::new(vec![
            (Occur::Should, whole),
            (Occur::Should, Box::new(BooleanQuery::new(every)) as Box<dyn Query>),
        ])));
    }
    let original = name;
    // The index keeps a person's name without the titles before it.
    let untitled;
    let name = if field == fields.person {
        untitled = without_titles(&surname_last(without_post_nominals(name)));
        &untitled
    } else {
        // "the Fed", "The World Bank": users write an article that the stored name does
        // not have, and a country before an organization ("German Bundesbank", "the U.S.
        // Federal Reserve"). A name stored so ("The Hague", "U.S. Treasury") is found as
        // written.
        let mut name = name;
        // "General Motors'": a plural's possessive pasted with the name.
        if field == fields.org
            && let Some(bare) = name.strip_suffix(['\'', '’']).filter(|bare| bare.ends_with('s'))
        {
            name = bare;
        }
        // A nationality alone is its country: `--place British` the United Kingdom, not
        // also "British Columbia" (the index lists no nationality as a place).
        if field == fields.place
            && crate::entities::lexicon::place(name).is_none()
            && let Some(country) = crate::entities::countries::country_of_demonym(name)
        {
            name = country;
        }
        let strips: &[fn(&str) -> Option<&str>] =
            if field == fields.org { &[without_article, without_country] } else { &[without_article] };
        for strip in strips {
            if let Some(bare) = strip(name)
                && !names_any(searcher, field, name)?
            {
                name = bare;
            }
        }
        name
    };
    // "Prince Charles", "Queen Elizabeth", "Pope Benedict": a royal's or a pope's title
    // goes before the given name alone, which then names the one person the articles call
    // so, not everyone with that given name ("Charles Kennedy").
    if field == fields.person
        && !name.contains(' ')
        && original
            .split_whitespace()
            .next()
            .is_some_and(|title| ROYAL_TITLES.contains(&fold(title).as_str()))
    {
        let forms = name_forms(searcher, fields.person_name, &[name], false)
            .map_err(|e| QueryError(format!("reading the index: {e}")))?
            .pop()
            .unwrap_or_default()
            .name;
        if !forms.is_empty() {
            return Ok(any_form(fields.person_name, forms));
        }
    }
    // "Mr Howard", "Chancellor Brown": a title before one word makes it a surname, so the
    // people of that surname, not those of that given name too (`--person "Mr Howard"`
    // found Howard Hughes and Howard Stern beside Michael and John Howard: 31 articles of
    // the BBC's more than `--person "Michael Howard"`).
    if field == fields.person
        && !exact_names
        && !name.contains(' ')
        && fold(&surname_last(without_post_nominals(original))) != fold(name)
    {
        let forms = names_ending_in(searcher, fields.person_name, name)
            .map_err(|e| QueryError(format!("reading the index: {e}")))?;
        if !forms.is_empty() {
            return Ok(any_form(fields.person_name, forms));
        }
    }
    // An acronym or short form the index stores under its canonical name ("IMF" as
    // "International Monetary Fund", "U.S." as "United States") is, as listed, that name's
    // row: `--exact --org IMF` counts what the row counts, not also "IMF Interim
    // Committee" and "Washington IMF", which hold the word.
    let canonical = canonical_name(field == fields.org, name);
    let listed_name = match canonical.as_deref() {
        Some(canonical) if field != fields.person => canonical,
        _ => name,
    };
    if exact_names
        && let Some(exact) = fields.exact_name_field(field)
        && let forms = [name, listed_name][..if listed_name == name { 1 } else { 2 }]
            .iter()
            .map(|name| listed_forms(searcher, exact, name, field == fields.person))
            .collect::<tantivy::Result<Vec<Vec<String>>>>()
            .map_err(|e| QueryError(format!("reading the index: {e}")))?
            .concat()
        && !forms.is_empty()
    {
        let mut forms = forms;
        if field == fields.org {
            // The lists count an organization's acronym and full name as one.
            forms.extend(
                forms_by_acronym(searcher, listed_name)
                    .map_err(|e| QueryError(format!("reading the index: {e}")))?,
            );
        }
        forms.sort();
        forms.dedup();
        if field == fields.org {
            // ("Tandy" beside "Tandy Brands Inc" alone is not Tandy Corp's.)
            let rows = crate::search::org_rows::OrgRows::of(searcher)
                .map_err(|e| QueryError(format!("reading the index: {e}")))?;
            return rows
                .any_form_as_typed(searcher, fields, exact, forms, name)
                .map_err(|e| QueryError(format!("reading the index: {e}")));
        }
        return Ok(any_form(exact, forms));
    }
    let mut alternatives = vec![name_query(flag, field, name)?];
    if field == fields.person {
        // A person is found by the canonical name or by any form the article used,
        // and a full name also by the surname alone, when that is this person's.
        alternatives.push(name_query(flag, fields.person_alias, name)?);
        // ... and by the same name written otherwise: with or without a middle name or
        // initials, its umlauts spelled out ("John Smith" finds "John R. Smith" and "J. R.
        // Smith", "Karl Otto Pöhl" "Karl Otto Poehl").
        let forms = name_forms(searcher, fields.person_name, &[name], true)
            .map_err(|e| QueryError(format!("reading the index: {e}")))?
            .pop()
            .unwrap_or_default();
        for form in
            forms.name.iter().chain(&forms.surname_alone).chain(&forms.compatible).chain(&forms.same_person)
        {
            let term = Term::from_field_text(fields.person_name, form);
            alternatives.push(Box::new(TermQuery::new(term, IndexRecordOption::Basic)));
        }
        // A surname alone, as a German without umlauts writes it or with them: `Mueller`
        // finds "Müller" and `Müller` "Mueller".
        if !name.contains(' ') {
            let folded = fold(name);
            // (A name of two words to the index, "O'Callaghan", is no spelling of one:
            // "Callaghan" alone is someone else.)
            let spelled = Some(name_terms(&with_umlauts_spelled_out(name)))
                .filter(|terms| terms.len() == 1)
                .into_iter()
                .flatten();
            // (Those with umlauts some article writes: "Poehl" is not "Pohl" where no
            // article writes "Pöhl".)
            let written = |marked: &String| {
                searcher.doc_freq(&Term::from_field_text(fields.marks, marked)).is_ok_and(|n| n > 0)
            };
            let other_spellings = umlaut_spellings(&folded)
                .into_iter()
                .filter(|(marked, _)| written(marked))
                .map(|(_, vowels)| vowels);
            for spelling in other_spellings.chain(spelled).filter(|s| *s != folded) {
                let term = Term::from_field_text(field, &spelling);
                if searcher.doc_freq(&term).is_ok_and(|n| n > 0) {
                    alternatives.push(Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)));
                }
            }
        }
    } else if field == fields.org
        && let Some(canonical) = crate::entities::lexicon::known_org_any_case(name)
    {
        // A known organization is found by its names and aliases inside the index's
        // names, but not inside another organization's name: `--org Democrats` finds
        // "Democratic Party" and "Senate Democrats", not "Liberal Democrats" (see
        // [`known_org_forms`]).
        let forms = known_org_forms(searcher, fields.org_name, name, canonical)
            .map_err(|e| QueryError(format!("reading the index: {e}")))?;
        alternatives = vec![any_form(fields.org_name, forms)];
    } else if let Some(canonical) = canonical_name(field == fields.org, name) {
        // Organizations and places are stored under their canonical names: "ICE"
        // finds "US Immigration and Customs Enforcement", "U.S." "United States".
        alternatives.push(name_query(flag, field, &canonical)?);
    }
    if field == fields.org && crate::entities::lexicon::known_org_any_case(name).is_none() {
        // Writers differ in a company's legal form and in the dots of an
        // abbreviation: "Exxon Corporation" finds "Exxon" and "Exxon Corp", "U.S.
        // Treasury" "US Treasury".
        // "Moody's" is also "Moody" ("rated by Moody's" reads as a possessive), and
        // "Standard & Poor's" "Standard and Poor's Corp".
        let base = without_legal_form(name);
        let mut forms = vec![base.clone()];
        forms.extend(other_conjunction(&base));
        // "Organisation" and "Organization": British and American spellings of -isation.
        forms.extend(other_isation_spelling(&base));
        // (A form with no 's comes back as it is: `seen` below skips it.)
        let possessive_gone: Vec<String> = forms.iter().map(|f| without_final_s(f).to_string()).collect();
        forms.extend(possessive_gone);
        let mut seen = vec![fold(name)];
        for form in forms.iter().flat_map(|f| [undotted(f), dotted(f), Some(f.clone())]).flatten() {
            if !seen.contains(&fold(&form)) {
                seen.push(fold(&form));
                alternatives.push(name_query(flag, field, &form)?);
            }
        }
    }
    if field == fields.org {
        // "Department of Labor" is also "Labor Department", as wires write it, and the other
        // way round.
        for form in crate::entities::products::department_forms(name) {
            alternatives.push(name_query(flag, field, &form)?);
        }
    }
    if field == fields.org {
        // An organization is also found by the other of its full name and its acronym,
        // where an article of the index gave both ("The CDC" for `--org "Centers for
        // Disease Control"`).
        // (An acronym so found counts where its article spells out no other body it may
        // stand for: see [`OrgRows::any_form_as_typed`](crate::search::org_rows::OrgRows::any_form_as_typed).)
        let rows = crate::search::org_rows::OrgRows::of(searcher)
            .map_err(|e| QueryError(format!("reading the index: {e}")))?;
        let learnt = acronym_partners(searcher, fields.org_acronym, name)
            .map_err(|e| QueryError(format!("reading the index: {e}")))?;
        if !learnt.is_empty() {
            alternatives.push(
                rows.any_form_as_typed(searcher, fields, fields.org_name, learnt, name)
                    .map_err(|e| QueryError(format!("reading the index: {e}")))?,
            );
        }
        // ... and by every writing its row of `newsdex orgs` counts, so that `--org` finds
        // all `--exact --org` does ("Trans World Airlines Inc." for `--org TWA`).
        let row =
            forms_by_acronym(searcher, name).map_err(|e| QueryError(format!("reading the index: {e}")))?;
        if !row.is_empty() {
            alternatives.push(
                rows.any_form_as_typed(searcher, fields, fields.org_name, row, name)
                    .map_err(|e| QueryError(format!("reading the index: {e}")))?,
            );
        }
    }
    if fuzzy && let Some(exact) = fields.exact_name_field(field) {
        // The names offered as "did you mean": a word of a name for a one-word name
        // (every "Guggenheim"), else whole names.
        let near: Vec<String> = names_spelled_like(searcher, exact, name, usize::MAX)
            .map_err(|e| QueryError(format!("reading the index: {e}")))?
            .into_iter()
            .filter(|near| within_fuzzy_edits(name, near))
            .take(FUZZY_NAMES)
            .collect();
        if name.contains(' ') {
            alternatives.push(any_form(exact, near));
        } else {
            for word in near {
                alternatives.push(name_query(flag, field, &word)?);
            }
        }
    }
    let found: Box<dyn Query> = if alternatives.len() == 1 {
        alternatives.pop().expect("one alternative")
    } else {
        Box::new(BooleanQuery::new(alternatives.into_iter().map(|q| (Occur::Should, q)).collect()))
    };
    if field != fields.person {
        return Ok(found);
    }
    // The words of the name, found in the people's names as words, also reach other
    // people's: keep to the articles naming someone else only when they name this person
    // too.
    let (others, reached) = others_reached(searcher, fields.person_name, name)
        .map_err(|e| QueryError(format!("reading the index: {e}")))?;
    if others.is_empty() {
        return Ok(found);
    }
    let not_others =
        BooleanQuery::new(vec![(Occur::Must, found), (Occur::MustNot, any_form(fields.person_name, others))]);
    Ok(Box::new(BooleanQuery::new(vec![
        (Occur::Should, Box::new(not_others) as Box<dyn Query>),
        (Occur::Should, any_form(fields.person_name, reached)),
    ])))
}

/// The names of the exact-name field `exact` that a person filter's words (`name`, without
/// its titles) reach as words but that name someone else, and the names they reach that
/// may be this person's. Someone else's: a name where the words are only the end of a
/// surname joined by an apostrophe (`--person Callaghan` and "Donnacha O'Callaghan",
/// `Connor` and "Sinéad O'Connor"), and a full name followed by a son's or father's mark
/// ("John Smith III" for `John Smith`, "Harry Connick Jr" for `Harry Connick`; his
/// surname alone, `Connick`, finds both).
fn others_reached(
    searcher: &Searcher,
    exact: Field,
    name: &str,
) -> tantivy::Result<(Vec<String>, Vec<String>)> {
    // Words as a name writes them apart: at spaces and hyphens, not apostrophes.
    let whole_words = |text: &str| -> Vec<String> {
        fold(text)
            .split([' ', '-'])
            .map(|w| w.replace('.', ""))
            .map(|w| without_final_s(&w).to_string())
            .filter(|w| !w.is_empty())
            .collect()
    };
    let typed = whole_words(name);
    let terms = name_terms(name);
    let (Some(last), false) = (terms.last(), typed.is_empty()) else { return Ok((Vec::new(), Vec::new())) };
    let full_name =
        typed.len() > 1 && !typed.last().is_some_and(|w| GENERATIONAL_SUFFIXES.contains(&w.as_str()));
    let (mut others, mut reached) = (Vec::new(), Vec::new());
    each_word(searcher, exact, |stored, _| {
        if !fold(stored).contains(last.as_str()) {
            return;
        }
        let stored_terms = name_terms(stored);
        if !stored_terms.windows(terms.len()).any(|run| run == terms.as_slice()) {
            return;
        }
        let words = whole_words(stored);
        let runs: Vec<usize> = (0..words.len().saturating_sub(typed.len() - 1))
            .filter(|&at| words[at..at + typed.len()] == typed[..])
            .collect();
        let son_or_father = |&at: &usize| {
            full_name
                && words.get(at + typed.len()).is_some_and(|w| GENERATIONAL_SUFFIXES.contains(&w.as_str()))
        };
        // (Other writings of the same words, "J.R. Smith" and "J. R. Smith", are no one
        // else.)
        let inside_a_surname = runs.is_empty() && stored.contains(['\'', '’']);
        if inside_a_surname || (!runs.is_empty() && runs.iter().all(son_or_father)) {
            others.push(stored.to_string());
        } else {
            reached.push(stored.to_string());
        }
    })?;
    others.sort();
    others.dedup();
    reached.sort();
    reached.dedup();
    Ok((others, reached))
}

/// At most this many of the index's names, the most used of those within
/// [`within_fuzzy_edits`], stand for a name filter with `--fuzzy`.
const FUZZY_NAMES: usize = 5;

/// Whether a name of the index (`found`) is near enough a name filter's (`typed`) to stand
/// for it with `--fuzzy`: as `--fuzzy` takes the words of a query, each word of five
/// letters or more may be one edit off (a swap of two letters counting as one:
/// `Guggenhiem` finds "Guggenheim"), shorter words none. The nearest names whatever their
/// distance took in too much: `--org Texaco --fuzzy` found Tesco, Taco Bell and Texas Air
/// (255 articles over BBC + Reuters where `--org Texaco` finds 90).
fn within_fuzzy_edits(typed: &str, found: &str) -> bool {
    let typed = fold(typed);
    let edits = typed.split_whitespace().filter(|word| word.chars().count() >= 5).count();
    edits > 0 && strsim::damerau_levenshtein(&typed, &fold(found)) <= edits
}

#[cfg(test)]
mod fuzzy_name_tests {
    use super::within_fuzzy_edits;

    #[test]
    fn a_fuzzy_name_keeps_to_one_edit_a_word_of_five_letters_or_more() {
        assert!(within_fuzzy_edits("Guggenhiem", "Guggenheim"));
        assert!(within_fuzzy_edits("Volker", "Volcker"));
        assert!(!within_fuzzy_edits("Texaco", "Tesco") && !within_fuzzy_edits("Texaco", "Texas"));
        assert!(within_fuzzy_edits("Tony Blaire", "Tony Blair"));
        // A word under five letters is taken as typed.
        assert!(!within_fuzzy_edits("Ford", "Fort") && !within_fuzzy_edits("BP", "BT"));
    }
}

/// A person's name typed surname first, as indexes and lists write it ("Smith, John R.",
/// "Van Der Berg, Elizabeth"), in the order articles give it ("John R. Smith"); any other
/// name as typed ("Martin Luther King, Jr.").
fn surname_last(name: &str) -> Cow<'_, str> {
    match name.split_once(',') {
        Some((surname, given))
            if !surname.trim().is_empty()
                && surname.split_whitespace().count() <= 3
                && !given.trim().is_empty()
                && !given.contains(',')
                && !GENERATIONAL_SUFFIXES.contains(&fold(given.trim()).trim_end_matches('.')) =>
        {
            Cow::Owned(format!("{} {}", given.trim(), surname.trim()))
        }
        _ => Cow::Borrowed(name),
    }
}

/// A person's name without the degrees, honours and offices after it
/// ([`is_post_nominal`](crate::entities::lexicon::is_post_nominal)), with or without
/// commas: a name pasted from a byline or a paper ("Ashish Jha, PhD", "Jane Smith MD",
/// "John Smith QC MP") is found without them, as the index stores it.
fn without_post_nominals(name: &str) -> &str {
    let mut name = name.trim();
    loop {
        let cut = name.rfind([' ', ',']).filter(|&at| {
            let word = fold(&name[at + 1..]).replace('.', "");
            crate::entities::lexicon::is_post_nominal(&word)
                && !name[..at].trim_end_matches([' ', ',']).is_empty()
        });
        match cut {
            Some(at) => name = name[..at].trim_end_matches([' ', ',']),
            None => return name,
        }
    }
}

/// Whether a name is typed after a royal's or a pope's title ("Prince Charles", "Pope
/// Benedict"), which names the one person the articles call so.
pub fn is_royal_title_before(typed: &str) -> bool {
    typed.split_whitespace().next().is_some_and(|title| ROYAL_TITLES.contains(&fold(title).as_str()))
}

/// Titles that go before a given name alone.
const ROYAL_TITLES: &[&str] =
    &["prince", "princess", "queen", "king", "pope", "emperor", "empress", "tsar", "czar"];

/// How much an article is about a name: its words in the title and the text, the
/// surname alone for a person ("Blair" in every later mention of Tony Blair). `None` for a
/// name of no words.
fn about_name(news: &NewsIndex, person: bool, name: &str) -> Option<Box<dyn Query>> {
    let untitled = if person { without_titles(name) } else { name.to_string() };
    let words = if person { name_terms(&untitled).pop()? } else { untitled };
    let on = |field: Field| name_query("", field, &words).ok();
    let fields = &news.fields;
    Some(Box::new(BooleanQuery::new(vec![
        (Occur::Should, Box::new(BoostQuery::new(on(fields.title)?, TITLE_BOOST)) as Box<dyn Query>),
        (Occur::Should, on(fields.body)?),
    ])))
}

fn invalid_query(typed: &str, why: &str) -> QueryError {
    // tantivy's "Syntax Error: <the query>" says no more than that.
    if why.starts_with("Syntax Error") || why == "syntax error" {
        return QueryError(format!("invalid query {typed:?}: {}", syntax_hint(typed)));
    }
    let hint = if typed.contains("date:") {
        " (filter dates with --since and --until)"
    } else if typed.contains("url:") {
        " (find articles by their web address with --url ADDRESS, the API's url=)"
    } else if why.starts_with("Field does not exist") {
        " (the fields are title, body, dateline, byline, person, org, place, country, tag and site; put text with a colon in double quotes)"
    } else {
        ""
    };
    QueryError(format!("invalid query {typed:?}: {why}{hint}"))
}

/// The query's words without the possessive `'s` that ends them, outside quoted phrases
/// and field searches: "Blair's" searches "Blair", as a search engine's English analysis
/// does, where it was the phrase "blair s" and missed every article writing "Blair" alone;
/// a hyphenated name's too ("Pemberton-Hale's"). Quoted, it stays as written (`"Blair's
/// government"`).
fn without_possessives(text: &str) -> Cow<'_, str> {
    if !text.contains("'s") && !text.contains("'S") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut quoted = false;
    for (i, item) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let outside = !quoted && !item.starts_with('"') && !item.contains(':');
        quoted ^= item.matches('"').count() % 2 == 1;
        let stem = item.strip_suffix("'s").or_else(|| item.strip_suffix("'S"));
        match stem {
            Some(stem) if outside && stem.chars().count() >= 2 && is_a_word_or_hyphenated(stem) => {
                out.push_str(stem)
            }
            _ => out.push_str(item),
        }
    }
    Cow::Owned(out)
}

/// A figure typed with a space before its per-cent sign or scale (`3.5 %`, `1.2 bn`,
/// `2.5 mln`) or after its currency sign (`£ 1.2bn`), outside quotes, as one word, which
/// the index's splitter reads as the figure it stores ([`crate::index::words`]): the
/// parser splits at spaces, so `3.5 %` searched every "3.5" and dropped the `%` unsaid
/// (225 BBC + Reuters articles where `3.5%` finds 84). Inside quotes the splitter sees
/// the space itself.
fn figures_joined(text: &str) -> Cow<'_, str> {
    const AFTER: &[&str] = &["%", "pct", "bn", "bln", "mln", "mn"];
    const SIGNS: &[&str] = &["$", "£", "€", "¥"];
    let is_figure = |word: &str| {
        word.starts_with(|c: char| c.is_ascii_digit())
            && word.ends_with(|c: char| c.is_ascii_digit())
            && word.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    };
    let words: Vec<&str> = text.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut quoted = false;
    let mut joined = false;
    for (at, word) in words.iter().enumerate() {
        let outside = !quoted;
        quoted ^= word.matches('"').count() % 2 == 1;
        let previous = at.checked_sub(1).map(|before| words[before]);
        let glue = outside
            && previous.is_some_and(|previous| {
                (is_figure(previous) && AFTER.contains(&word.to_lowercase().as_str()))
                    || (SIGNS.contains(&previous) && word.starts_with(|c: char| c.is_ascii_digit()))
            });
        match out.last_mut() {
            Some(last) if glue => {
                last.push_str(word);
                joined = true;
            }
            _ => out.push(word.to_string()),
        }
    }
    let amounts = amounts_joined(&out);
    if joined || amounts.is_some() {
        Cow::Owned(amounts.unwrap_or(out).join(" "))
    } else {
        Cow::Borrowed(text)
    }
}

/// An amount or a share typed in words, outside quotes (`$100 million`, `100 mln dlrs`,
/// `2.5 billion pounds`, `five pct`, `3.5 per cent`), as the one word the index stores
/// for it however written (`$100m`, `£2.5bn`, `5%`): the parser splits at spaces, so
/// `$100 million` searched "$100" and "million" anywhere (12 BBC + Reuters articles,
/// none with the amount) where `$100m` finds 312. The index's own splitter reads the
/// words ([`crate::index::schema::analyzer`]); a figure with a unit of measure
/// (`10 km`) or with no unit stays as typed. `None` when nothing was joined.
fn amounts_joined(words: &[String]) -> Option<Vec<String>> {
    let plain = |word: &str| {
        !word.is_empty()
            && word
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | ',' | '%' | '$' | '£' | '€' | '¥'))
    };
    let starts_figure = |word: &str| {
        let digits = word.trim_start_matches(['$', '£', '€', '¥']);
        digits.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                word.to_lowercase().as_str(),
                "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
            )
    };
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut quoted = false;
    let mut changed = false;
    let mut at = 0;
    while at < words.len() {
        let outside = !quoted;
        // A share quoted in words (`"5 per cent"`, `"five percent"`, `"3.5 pct"`) is the
        // share, as `"5%"` is: the words of a share say one thing, which the index
        // holds as one word however it is written ("5%", "5 pct", "5 per cent").
        if outside && let Some((last, share)) = quoted_share(&words[at..]) {
            out.push(format!("\"{share}\""));
            changed = true;
            at += last + 1;
            continue;
        }
        if outside && plain(&words[at]) && starts_figure(&words[at]) {
            let longest = (at + 1..words.len().min(at + 4)).take_while(|&next| plain(&words[next])).last();
            let joined = longest.and_then(|longest| {
                (at + 1..=longest).rev().find_map(|last| {
                    let run = words[at..=last].join(" ");
                    amount_word(&run).map(|word| (last, word))
                })
            });
            if let Some((last, word)) = joined {
                out.push(word);
                changed = true;
                at = last + 1;
                continue;
            }
        }
        // A figure typed to the cent alone (`18.00`, `"65.50"`) is a price: the figure as
        // money without a scale (`$18`: "$18", "18 dlrs", "18.00 dlrs"), not every 18.
        let quote_alone = words[at].len() > 2 && words[at].starts_with('"') && words[at].ends_with('"');
        let figure = if quote_alone { &words[at][1..words[at].len() - 1] } else { words[at].as_str() };
        if (outside || quote_alone) && is_to_the_cent(figure) {
            out.push(if quote_alone { format!("\"${figure}\"") } else { format!("${figure}") });
            changed = true;
            at += 1;
            continue;
        }
        quoted ^= words[at].matches('"').count() % 2 == 1;
        out.push(words[at].clone());
        at += 1;
    }
    changed.then_some(out)
}

/// Whether `word` is a figure written to the cent with a zero last, as a price is
/// ("18.00", "65.50", "1,250.00"), and not as a share or a measure is ("18.0", "65.5").
fn is_to_the_cent(word: &str) -> bool {
    let Some((whole, cents)) = word.split_once('.') else { return false };
    !whole.is_empty()
        && whole.chars().all(|c| c.is_ascii_digit() || c == ',')
        && whole.starts_with(|c: char| c.is_ascii_digit())
        && cents.len() == 2
        && cents.bytes().all(|b| b.is_ascii_digit())
        && cents.ends_with('0')
}

/// A quote at the start of `words` that is a figure and a word for "per cent" alone
/// (`"5 per cent"`, `"five pct"`), as the index's word for the share (`5%`), with the
/// index of its last word.
fn quoted_share(words: &[String]) -> Option<(usize, String)> {
    let first = words.first()?.strip_prefix('"')?;
    let last = (1..words.len().min(4)).find(|&end| words[end].ends_with('"'))?;
    if words[..=last].iter().map(|w| w.matches('"').count()).sum::<usize>() != 2 {
        return None;
    }
    let inner: Vec<&str> = std::iter::once(first)
        .chain(words[1..last].iter().map(String::as_str))
        .chain(words[last].strip_suffix('"'))
        .collect();
    // A wire fraction's marks too (`"5-1/2 pct"` is `5.5%`).
    if !inner.iter().all(|w| {
        !w.is_empty() && w.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | ',' | '-' | '/'))
    }) {
        return None;
    }
    let share = amount_word(&inner.join(" ")).filter(|word| word.ends_with('%'))?;
    Some((last, share))
}

/// The one word the index stores for `run` as an amount or a share, all of `run`: its
/// sign, figure and scale (`$100m`, `£2.5bn`, `5%`; `$18` for "18 dlrs"), the signed form
/// before the bare one.
fn amount_word(run: &str) -> Option<String> {
    use tantivy::tokenizer::TokenStream;
    // How good a reading of all of `run` a word is: a figure with its scale or `%` before
    // one with a currency sign alone (`$2.5m`, then `$2.5`), the signed form first.
    let rank = |word: &str| {
        let figure = word.trim_start_matches(['$', '£', '€', '¥']);
        let unit = figure.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
        let signed = figure.len() < word.len();
        let scaled = matches!(unit, "%" | "k" | "m" | "bn" | "tn");
        let figured = unit.len() < figure.len();
        (figured && (scaled || (signed && unit.is_empty()))).then_some((scaled, signed))
    };
    let mut words = crate::index::schema::analyzer();
    let mut stream = words.token_stream(run);
    let mut found: Option<((bool, bool), String)> = None;
    while let Some(token) = stream.next() {
        if token.offset_from != 0 || token.offset_to != run.len() {
            continue;
        }
        if let Some(rank) = rank(&token.text)
            && found.as_ref().is_none_or(|(best, _)| rank > *best)
        {
            found = Some((rank, token.text.clone()));
        }
    }
    found.map(|(_, word)| word)
}

/// Letters and digits, or such words joined by hyphens (`Pemberton-Hale`).
fn is_a_word_or_hyphenated(text: &str) -> bool {
    text.split('-').all(|part| !part.is_empty() && part.chars().all(char::is_alphanumeric))
}

/// Typographic quotes pasted from a word processor are query quotes: “light rail”,
/// „Stadtbahn“ and «tramway léger» are phrases, and ‘O’Hara’ reads like 'O'Hara'; an
/// ellipsis is three dots.
pub(crate) fn straighten_quotes(text: &str) -> Cow<'_, str> {
    if !text.contains(['“', '”', '„', '«', '»', '‘', '’', '…']) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '“' | '”' | '„' | '«' | '»' => '"',
                '‘' | '’' => '\'',
                c => c,
            })
            .collect::<String>()
            .replace('…', "..."),
    )
}

/// The deepest nesting of parentheses outside quotes.
fn nesting(text: &str) -> usize {
    let (mut depth, mut deepest, mut quoted) = (0usize, 0usize, false);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '(' if !quoted => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            ')' if !quoted => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// Groups the words a query joins with OR or AND as people mean them, before the words it
/// joins with nothing (all required): `budget OR tax election` is `(budget OR tax)
/// election`, `budget election OR tax` is `budget (election OR tax)`, and `takeover AND
/// texaco pennzoil` is `(takeover AND texaco) pennzoil`. (The grammar read the first as
/// `election`, ranked by budget and tax, and the last as `pennzoil` alone, ranked by the
/// two others: 51 Reuters stories where the three words find 4.) A run of words joined by
/// operators keeps them as written (`oil AND gas OR coal`, AND binding first); the words
/// in brackets are grouped the same way.
fn grouped_alternatives(text: &str) -> Cow<'_, str> {
    let items = top_level_items(text);
    let is_operator = |item: &str| matches!(item, "OR" | "||" | "AND" | "&&");
    // Each item, with the words in its brackets grouped too.
    let mut changed = false;
    let mut inner_grouped = |item: &str| -> String {
        let open = item.find('(');
        match open {
            Some(open) if item.ends_with(')') && !item[..open].contains(['"', '\\']) => {
                let inside = &item[open + 1..item.len() - 1];
                match grouped_alternatives(inside) {
                    Cow::Owned(grouped) => {
                        changed = true;
                        format!("{}({grouped})", &item[..open])
                    }
                    Cow::Borrowed(_) => item.to_string(),
                }
            }
            _ => item.to_string(),
        }
    };
    // The runs of items joined by operators, each with its operators ("NOT" stays with the
    // item after it).
    let mut runs: Vec<Vec<String>> = Vec::new();
    let mut operator: Option<&str> = None;
    let mut not = false;
    for (k, item) in items.iter().enumerate() {
        if is_operator(item) {
            if k == 0 || k + 1 == items.len() || operator.is_some() {
                return Cow::Borrowed(text); // for the grammar to report
            }
            operator = Some(item);
            continue;
        }
        if *item == "NOT" && k + 1 < items.len() {
            not = true;
            continue;
        }
        let item = match std::mem::take(&mut not) {
            true => format!("NOT {}", inner_grouped(item)),
            false => inner_grouped(item),
        };
        match (runs.last_mut(), operator.take()) {
            (Some(run), Some(operator)) => run.extend([operator.to_string(), item]),
            _ => runs.push(vec![item]),
        }
    }
    let regroup = runs.len() >= 2 && runs.iter().any(|run| run.len() >= 2);
    if !regroup && !changed {
        return Cow::Borrowed(text);
    }
    let parts: Vec<String> = runs
        .into_iter()
        .map(|run| match (run.len(), regroup) {
            (1, _) => run.into_iter().next().expect("one item"),
            (_, true) => format!("({})", run.join(" ")),
            (_, false) => run.join(" "),
        })
        .collect();
    Cow::Owned(parts.join(" "))
}

/// The items of a query's top level: words, phrases and bracketed groups (with what is
/// glued to them: `-`, `title:`, `~2`), split at spaces outside quotes and brackets.
fn top_level_items(text: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let (mut depth, mut quoted, mut escaped) = (0usize, false, false);
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let boundary = c.is_whitespace() && depth == 0 && !quoted && !escaped;
        if boundary {
            if let Some(s) = start.take() {
                items.push(&text[s..i]);
            }
        } else if start.is_none() {
            start = Some(i);
        }
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => quoted = !quoted,
            '(' if !quoted => depth += 1,
            ')' if !quoted => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    if let Some(s) = start {
        items.push(&text[s..]);
    }
    items
}

/// Exclusions written with AND (`blair AND NOT brown`, `oil AND (NOT gas)`) exclude, as
/// `blair -brown` does: the grammar made each a required clause of exclusions only, which
/// nothing matches. A query left with exclusions only excludes from every article: true
/// then.
fn hoist_exclusions(ast: &mut UserInputAst) -> bool {
    match ast {
        UserInputAst::Leaf(_) => false,
        UserInputAst::Boost(inner, _) => hoist_exclusions(inner),
        UserInputAst::Clause(children) => {
            let mut hoisted = Vec::with_capacity(children.len());
            let mut any = false;
            for (occur, mut child) in children.drain(..) {
                // (An inner clause left with exclusions only gets its `*` here.)
                hoist_exclusions(&mut child);
                match child {
                    UserInputAst::Clause(inner)
                        if occur == Some(Occur::Must)
                            && !inner.is_empty()
                            && inner.iter().all(|(o, _)| *o == Some(Occur::MustNot)) =>
                    {
                        any = true;
                        hoisted.extend(inner);
                    }
                    child => hoisted.push((occur, child)),
                }
            }
            let excludes_only = any && hoisted.iter().all(|(o, _)| *o == Some(Occur::MustNot));
            if excludes_only {
                hoisted.insert(0, (None, UserInputAst::Leaf(Box::new(UserInputLeaf::All))));
            }
            *children = hoisted;
            excludes_only
        }
    }
}

/// The most words a phrase's words may stand apart (`"oil prices"~50`): a wider gap
/// matches little a search for the words alone does not, and costs the more the wider (a
/// phrase of common words `~100000` took every byte of memory the machine had).
pub const MAX_SLOP: u32 = 50;

/// The most words in a phrase with a gap: each adds to the positions matched against the
/// others.
const MAX_WORDS_WITH_SLOP: usize = 8;

/// Refuses a phrase whose gap, or whose words with a gap, are more than a search can bear
/// ([`MAX_SLOP`], [`MAX_WORDS_WITH_SLOP`]).
fn check_slops(ast: &UserInputAst) -> Result<(), QueryError> {
    let mut refused = Ok(());
    each_literal(ast, false, &mut |literal, _| {
        if refused.is_ok() {
            refused = check_slop(literal);
        }
    });
    refused
}

/// [`check_slops`] for one literal.
fn check_slop(literal: &UserInputLiteral) -> Result<(), QueryError> {
    if literal.slop > MAX_SLOP {
        return Err(QueryError(format!(
            "\"{}\"~{}: the words of a phrase may stand at most {MAX_SLOP} words apart",
            literal.phrase, literal.slop
        )));
    }
    if literal.slop > 0 && literal.phrase.split_whitespace().count() > MAX_WORDS_WITH_SLOP {
        return Err(QueryError(format!(
            "\"{}\"~{}: a phrase with a gap holds at most {MAX_WORDS_WITH_SLOP} words (search them without the ~ to find them anywhere in an article)",
            literal.phrase, literal.slop
        )));
    }
    Ok(())
}

/// `site:www.bbc.co.uk` or `site:https://www.bbc.co.uk/news` searches the site as the
/// index keeps it (`bbc.co.uk`), as `--site` does.
fn normalise_sites(ast: &mut UserInputAst) {
    match ast {
        UserInputAst::Leaf(leaf) => {
            if let UserInputLeaf::Literal(literal) = leaf.as_mut()
                && literal.field_name.as_deref() == Some(crate::index::schema::names::SITE)
                && let Some(site) = crate::sites::filter(&literal.phrase)
            {
                literal.phrase = site;
            }
        }
        UserInputAst::Boost(inner, _) => normalise_sites(inner),
        UserInputAst::Clause(children) => children.iter_mut().for_each(|(_, child)| normalise_sites(child)),
    }
}

/// Whether a query can match documents that hold none of its words: `*`, `field:*`, or
/// a clause of exclusions only.
fn may_match_everything(ast: &UserInputAst) -> bool {
    match ast {
        UserInputAst::Leaf(leaf) => {
            matches!(leaf.as_ref(), UserInputLeaf::All | UserInputLeaf::Exists { .. })
        }
        UserInputAst::Boost(inner, _) => may_match_everything(inner),
        UserInputAst::Clause(children) => {
            children.iter().all(|(occur, _)| *occur == Some(Occur::MustNot))
                || children
                    .iter()
                    .any(|(occur, child)| *occur != Some(Occur::MustNot) && may_match_everything(child))
        }
    }
}

/// The edits a fuzzy word may be away from the index's words, as Lucene's AUTO: none for a
/// word of one or two letters, one for three to five, two from six. Two edits from a short
/// word reach most short words of the language: `oil~2` matched every BBC article.
fn most_edits(word: &str) -> u8 {
    match word.chars().count() {
        0..=2 => 0,
        3..=5 => 1,
        _ => 2,
    }
}

/// The edits `word~n` asks for: `n`, or with no number (`word~`, Lucene's fuzzy word)
/// as many as [`most_edits`] allows.
fn edits_asked(word: &str, n: &str) -> Option<u8> {
    if n.is_empty() { Some(most_edits(word)) } else { n.parse().ok() }
}

/// `field:*` ("has a person", "has a site") asks the fast column of exact names behind a
/// name field; other fields have none to ask, and say so.
fn exists_on_name_columns(ast: &mut UserInputAst) -> Result<(), QueryError> {
    use crate::index::schema::names;
    match ast {
        UserInputAst::Leaf(leaf) => {
            if let UserInputLeaf::Exists { field } = leaf.as_mut() {
                *field = match field.as_str() {
                    names::PERSON => names::PERSON_NAME,
                    names::ORG => names::ORG_NAME,
                    names::PLACE => names::PLACE_NAME,
                    names::SITE => names::SITE_NAME,
                    other => {
                        return Err(QueryError(format!(
                            "invalid query: {other}:* (has a {other}) works for person, org, place and site only"
                        )));
                    }
                }
                .to_string();
            }
            Ok(())
        }
        UserInputAst::Boost(inner, _) => exists_on_name_columns(inner),
        UserInputAst::Clause(children) => {
            children.iter_mut().try_for_each(|(_, child)| exists_on_name_columns(child))
        }
    }
}

/// What is likely wrong with a query tantivy's grammar refused.
fn syntax_hint(typed: &str) -> &'static str {
    let words: Vec<&str> = typed.split_whitespace().collect();
    let operator = |w: Option<&&str>| w.is_some_and(|w| ["AND", "OR", "NOT"].contains(w));
    let (mut depth, mut quoted) = (0i32, false);
    for c in typed.chars() {
        match c {
            '"' => quoted = !quoted,
            '(' if !quoted => depth += 1,
            ')' if !quoted => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return "a ')' closes no '('";
        }
    }
    if words.iter().any(|w| w.starts_with("--") && w[2..].starts_with(|c: char| c.is_ascii_alphabetic())) {
        "an option typed after `--` is read as a word of the query: put the options before `--` \
         (newsdex search --json -n 0 -- QUERY)"
    } else if depth > 0 {
        "a '(' is not closed"
    } else if operator(words.last()) || operator(words.first()) {
        "AND, OR and NOT need a word on each side"
    } else {
        "syntax error; put words in double quotes to search for them as written"
    }
}

/// Mends the punctuation of a query that the user wrote as text, not as query syntax, so
/// that tantivy's grammar reads it as part of a word (escaped) and a pasted headline or
/// ticker searches as written:
/// - an apostrophe that opens or closes no quoted phrase ("o'hara", "don't", "Jesus'
///   birth", while `'light rail'` stays a phrase);
/// - a colon after a word that is no field ("10:30", "Brexit: what next", a web address,
///   while `title:oil` stays a field search), or before any word (":oil"); a field name
///   in capitals is the field (`Title:oil`);
/// - a dash or plus with no word after it ("wrong way - Howard"), `<`, `>`, brackets and
///   braces outside a field's range (`<KLY>`, "profit > 5", "[1]"), a capitalised `IN`
///   that starts no set ("MINISTER IN UAE TALKS"), a backslash escaping nothing;
/// - a `*` inside or before a word (`*oil*`, `ec*my`), kept in the word for
///   [`Converter`] to read as a wildcard;
/// - a double quote left open: at a word's start it opens a phrase running to the end
///   (`"oil prices`), elsewhere it is text (`5'10"`).
///
/// The index splits such words where it splits the text, so "o'hara" finds "O'Hara" as
/// the phrase "o hara".
fn escape_stray_syntax(text: &str, is_field: impl Fn(&str) -> bool) -> Cow<'_, str> {
    if let Some(aliased) = with_field_aliases(text) {
        return Cow::Owned(escape_stray_syntax(&aliased, is_field).into_owned());
    }
    let mut chars: Vec<char> = text.chars().collect();
    let original = chars.clone();
    let mut escape = vec![false; chars.len()];
    let mut from = 0;
    let mut close_phrase = false;
    // A quote left open is mended, and the scan starts again after it.
    while let Some(open) = mark_stray_syntax(&mut chars, from, &is_field, &mut escape) {
        let starts_word = open == 0 || chars[open - 1].is_whitespace() || "(+-".contains(chars[open - 1]);
        let opens_words = chars.get(open + 1).is_some_and(|c| !c.is_whitespace());
        if chars[open] == '"' && starts_word && opens_words {
            close_phrase = true;
            break;
        }
        escape[open] = true;
        from = open + 1;
    }
    if !escape.contains(&true) && !close_phrase && chars == original {
        return Cow::Borrowed(text);
    }
    let mut mended = String::with_capacity(text.len() + 8);
    for (&c, &e) in chars.iter().zip(&escape) {
        if e {
            mended.push('\\');
        }
        mended.push(c);
    }
    if close_phrase {
        mended.push('"');
    }
    Cow::Owned(mended)
}

/// Other names of fields, lower-cased, each with the field it stands for: `headline:` is
/// `title:`, as a hit's headline is called in `--json` and in other news databases.
const FIELD_ALIASES: [(&str, &str); 1] = [("headline", "title")];

/// The query with each field alias ([`FIELD_ALIASES`]) written as its field, in any case
/// (`headline:merger`, `Headline:(oil OR gas)` → `title:…`), outside quotes, at a word's
/// start and with no space after its colon ("Headline: oil prices" is a pasted headline).
/// None when it has none.
fn with_field_aliases(text: &str) -> Option<String> {
    let mut aliased = String::with_capacity(text.len());
    let (mut in_quotes, mut changed, mut after) = (false, false, None::<char>);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let starts_word = after.is_none_or(|b| b.is_whitespace() || "(+-".contains(b));
        let alias = FIELD_ALIASES.iter().find(|(alias, _)| {
            rest.get(..alias.len()).is_some_and(|typed| typed.eq_ignore_ascii_case(alias))
                && rest[alias.len()..].starts_with(':')
                && rest[alias.len() + 1..].starts_with(|n: char| !n.is_whitespace())
        });
        match alias {
            Some((alias, field)) if starts_word && !in_quotes => {
                aliased.push_str(field);
                rest = &rest[alias.len()..];
                after = Some('e');
                changed = true;
            }
            _ => {
                in_quotes ^= c == '"';
                aliased.push(c);
                rest = &rest[c.len_utf8()..];
                after = Some(c);
            }
        }
    }
    changed.then_some(aliased)
}

/// Marks in `escape` the stray syntax of `chars[from..]` (see [`escape_stray_syntax`]),
/// lower-casing field names written in capitals; returns where a quote was opened and
/// never closed.
fn mark_stray_syntax(
    chars: &mut [char],
    from: usize,
    is_field: impl Fn(&str) -> bool,
    escape: &mut [bool],
) -> Option<usize> {
    let starts_word =
        |chars: &[char], i: usize| i == 0 || chars[i - 1].is_whitespace() || "(+-:".contains(chars[i - 1]);
    let ends_word =
        |chars: &[char], i: usize| chars.get(i + 1).is_none_or(|&c| c.is_whitespace() || ")~^".contains(c));
    // The character before `i` that is not a space, if any.
    let before = |chars: &[char], i: usize| chars[..i].iter().rev().find(|c| !c.is_whitespace()).copied();
    let mut open: Option<(usize, char)> = None;
    // Inside a quote within a double-quoted phrase.
    let mut inner_quote = false;
    // Inside a field's range or set (`date:[a TO b]`, `tag: IN [a b]`).
    let mut in_range = false;
    // The brackets open, innermost last: whether each is text (glued to a word).
    let mut groups: Vec<bool> = Vec::new();
    let mut word_start = from;
    let mut i = from;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match (open, c) {
            // A backslash escaping nothing is text; any other escape stays as written.
            (_, '\\') if next.is_none_or(char::is_whitespace) => escape[i] = true,
            (_, '\\') => i += 1,
            // A quote inside a pasted quote (`"... dismissed it as "desperate", while ..."`):
            // opened after a space before a word, with two more quotes to come (its own
            // end and the phrase's), it is text, and so is the next quote, which ends it.
            (Some((_, '"')), '"') if inner_quote => {
                chars[i] = ' ';
                inner_quote = false;
            }
            (Some((_, '"')), '"')
                if chars[i - 1].is_whitespace()
                    && next.is_some_and(|n| !n.is_whitespace())
                    && chars[i + 1..].iter().filter(|&&c| c == '"').count() >= 2 =>
            {
                chars[i] = ' ';
                inner_quote = true;
            }
            (Some((_, '"')), '"') => {
                open = None;
                // Punctuation copied with the quote (`"firm commitment".`) is no syntax.
                let end = (i + 1..chars.len()).find(|&k| !".,;:!?".contains(chars[k])).unwrap_or(chars.len());
                if end > i + 1 && chars.get(end).is_none_or(|&c| c.is_whitespace() || c == ')') {
                    chars[i + 1..end].fill(' ');
                }
            }
            // An omission in a quote ("firm commitment ... definitely extend"): the words
            // either side are phrases apart, as `"firm commitment" "definitely extend"`.
            (Some((start, '"')), '.' | '[' | '(')
                if starts_word(chars, i)
                    && let Some(len) = ["...", "[...]", "(...)"]
                        .iter()
                        .map(|mark| mark.chars().collect::<Vec<_>>())
                        .find(|mark| chars[i..].starts_with(mark))
                        .map(|mark| mark.len())
                    && ends_word(chars, i + len - 1)
                    && chars[start + 1..i].iter().any(|c| c.is_alphanumeric())
                    && chars[i + len..].iter().take_while(|&&c| c != '"').any(|c| c.is_alphanumeric()) =>
            {
                // The mark's characters become `" "` within spaces: the phrase ends and
                // another starts.
                chars[i..i + len].fill(' ');
                chars[i] = '"';
                chars[i + len - 1] = '"';
                open = Some((i + len - 1, '"'));
                i += len;
                continue;
            }
            // In a single-quoted phrase, a quote inside a word is an apostrophe.
            (Some((start, '\'')), '\'') if ends_word(chars, i) && i > start + 1 => open = None,
            (Some((_, '\'')), '\'') => escape[i] = true,
            (Some(_), _) => {}
            (None, '"') => open = Some((i, '"')),
            (None, '\'') if starts_word(chars, i) && !ends_word(chars, i) => open = Some((i, '\'')),
            (None, '\'') => escape[i] = true,
            (None, ':') => {
                let name: String = chars[word_start..i].iter().collect();
                let name = name.trim_start_matches(['+', '-']);
                let name_at = i - name.chars().count();
                // "peron:walz" is a misspelt field, to be reported; "10:30" and
                // "Brexit: what next" or "brexit: what next" (a pasted headline, a space
                // after the colon) are text.
                let field_like = name.chars().all(|c| c.is_ascii_lowercase() || c == '_');
                let spaced = next.is_none_or(char::is_whitespace);
                // A web address: "https://..." names no field.
                let address = next == Some('/');
                let lower = name.to_lowercase();
                if name.is_empty() {
                    escape[i] = true;
                } else if !is_field(name) && !spaced && !address && lower != name && is_field(&lower) {
                    // `Title:oil` is the title field.
                    for (k, l) in lower.chars().enumerate() {
                        chars[name_at + k] = l;
                    }
                } else if (address || spaced || !field_like) && !is_field(name) {
                    escape[i] = true;
                }
            }
            // A sign with no word after it: "wrong way - Howard", "oil +".
            (None, '-' | '+') if next.is_none_or(|n| n.is_whitespace() || n == ')') => escape[i] = true,
            // Comparison marks count after a field's colon only (`date:>2020`).
            (None, '<' | '>') if before(chars, i) != Some(':') => escape[i] = true,
            (None, '[' | '{')
                if before(chars, i) == Some(':')
                    || (i >= 2 && chars[..i].iter().collect::<String>().trim_end().ends_with(" IN")) =>
            {
                in_range = true
            }
            (None, ']' | '}') if in_range => in_range = false,
            (None, '[' | '{' | ']' | '}') => escape[i] = true,
            // IN starts a set only before a bracket (`tag: IN [a b]`); otherwise a word.
            (None, 'I')
                if starts_word(chars, i)
                    && next == Some('N')
                    && ends_word(chars, i + 1)
                    && chars[i + 2..].iter().find(|c| !c.is_whitespace()) != Some(&'[') =>
            {
                escape[i] = true
            }
            // A star before more of the word is a wildcard, not the grammar's prefix mark.
            (None, '*') if next.is_some_and(|n| n.is_alphanumeric()) => escape[i] = true,
            // LexisNexis' and Westlaw's truncation (`merg!`) is our `*`: as a mark it was
            // dropped, and `merge!` searched "merge" alone (134 Reuters and BBC articles
            // against `merge*`'s 630).
            (None, '!') if bang_truncates(&chars[..i], next) => chars[i] = '*',
            // A bracket glued to a word ("profit(loss)", "alert(1)", "Ohio(R)") is text, as
            // is the one closing it: the words are searched as the phrase the index makes.
            (None, '(') if !starts_word(chars, i) => {
                escape[i] = true;
                groups.push(true);
            }
            (None, '(') => {
                word_start = i + 1;
                groups.push(false);
            }
            (None, ')') => escape[i] = groups.pop() == Some(true),
            (None, c) if c.is_whitespace() => word_start = i + 1,
            (None, _) => {}
        }
        i += 1;
    }
    open.map(|(start, _)| start)
}

/// The fewest letters before a `!` read as truncation: `go!` and `no!` in pasted text
/// are words with a mark, not every word starting "go".
const BANG_STEM_LETTERS: usize = 3;

/// Whether the `!` after `before` (the text up to it) truncates the word it ends, as
/// LexisNexis' and Westlaw's `merg!` does: it ends a word of at least
/// [`BANG_STEM_LETTERS`] letters (no digit: `5!` is no stem), standing alone or after a
/// bracket, a sign or a field (`(merg!`, `-merg!`, `title:merg!`), with nothing after it
/// but a space or a closing bracket (`wow!!`, `why!?` and `a!b` stay marks). Inside quotes
/// it is never read so: a pasted `"Stop!"` stays as written.
pub(crate) fn bang_truncates(before: &[char], after: Option<char>) -> bool {
    if !after.is_none_or(|c| c.is_whitespace() || c == ')') {
        return false;
    }
    let stem = before.iter().rev().take_while(|c| c.is_alphabetic()).count();
    let ahead = before.len().checked_sub(stem + 1).map(|k| before[k]);
    stem >= BANG_STEM_LETTERS && ahead.is_none_or(|c| c.is_whitespace() || "(+-:".contains(c))
}

/// The word a query item (`merg!`, `(acqui!)`, `title:merg!`) truncates with a `!`, as
/// [`bang_truncates`] reads it: `merg`. None when its `!` is a mark (`Stop!!`, `5!`).
pub(crate) fn truncated_by_bang(item: &str) -> Option<&str> {
    let core = item.trim_end_matches(')').strip_suffix('!')?;
    let before: Vec<char> = core.chars().collect();
    let stem_at =
        core.len() - core.chars().rev().take_while(|c| c.is_alphabetic()).map(char::len_utf8).sum::<usize>();
    bang_truncates(&before, None).then(|| &core[stem_at..])
}

/// Is this a plain disjunction: only SHOULD clauses, any one of which makes a match?
fn as_disjunction(query: &dyn Query) -> Option<&BooleanQuery> {
    let boolean = query.downcast_ref::<BooleanQuery>()?;
    let all_should = boolean.clauses().iter().all(|(occur, _)| *occur == Occur::Should);
    (all_should && boolean.get_minimum_number_should_match() <= 1).then_some(boolean)
}

/// Merges disjunctions nested in a disjunction into one: `oil OR prices` parses as
/// `(title:oil body:oil) (title:prices body:prices)` and becomes `title:oil body:oil
/// title:prices body:prices`. The BM25 sum is the same, and one disjunction of terms is
/// scored with one scorer instead of one per level. (Block-max WAND, which prunes such a
/// disjunction when ranking by score alone, is not used: the ranking breaks ties by
/// `search::tie_breaker`'s keys.)
pub fn flatten_disjunction(query: Box<dyn Query>) -> Box<dyn Query> {
    fn gather(query: &dyn Query, out: &mut Vec<(Occur, Box<dyn Query>)>) {
        match as_disjunction(query) {
            Some(boolean) => boolean.clauses().iter().for_each(|(_, child)| gather(&**child, out)),
            None => out.push((Occur::Should, query.box_clone())),
        }
    }
    let Some(top) = as_disjunction(&*query) else { return query };
    if !top.clauses().iter().any(|(_, child)| as_disjunction(&**child).is_some()) {
        return query;
    }
    let mut clauses = Vec::new();
    gather(top, &mut clauses);
    Box::new(BooleanQuery::new(clauses))
}

/// Turns the grammar's tree into a query: fuzzy words become fuzzy term queries, every
/// subtree without one is handed to tantivy's parser unchanged.
struct Converter<'a> {
    news: &'a NewsIndex,
    searcher: &'a Searcher,
    parser: &'a QueryParser,
    fuzzy_all: bool,
    /// Plain words also match their other number ([`number_forms`]).
    word_forms: bool,
    /// Words side by side are each required (`--match all`), rather than optional.
    every_word: bool,
    /// The query's text has no lower-case letter: its capitals say nothing of any word.
    all_capitals: bool,
    /// The query's text is more than one word.
    several_words: bool,
    /// The wildcards met that cover more words than are searched, with how many they
    /// cover (in the field where they cover most).
    wildcards_cut: RefCell<Vec<(String, usize)>>,
    /// The query is a headline's words in title case ("Bill Gates Unveils New Games"): a
    /// capital typed says nothing of a word.
    title_case: bool,
    /// The words kept as typed because the articles write their form with an "s" as a name.
    names_kept: RefCell<Vec<NameKept>>,
}

impl Converter<'_> {
    /// A word or a tree, built. A word typed in capitals ranks the articles that write it
    /// so first ([`CAPS_WEIGHT`]), and, quoted or with `--exact-words`, finds only those
    /// (see [`Converter::capitals`]).
    fn convert(
        &self,
        ast: UserInputAst,
        negated: bool,
        highlight: &mut Highlight,
    ) -> Result<Box<dyn Query>, QueryError> {
        // The words in capitals of a literal, and the field it is typed with.
        let capitals = match &ast {
            UserInputAst::Leaf(leaf) => match leaf.as_ref() {
                UserInputLeaf::Literal(literal) => {
                    self.capitals(literal).map(|caps| (caps, literal.field_name.clone()))
                }
                _ => None,
            },
            _ => None,
        };
        let query = self.convert_marked(ast, negated, highlight)?;
        let Some(((words, strict), field)) = capitals else { return Ok(query) };
        if strict
            && !negated
            && let Some(marks) = highlight.of_field(field.as_deref())
        {
            marks.capitals.extend(words.iter().cloned());
        }
        let caps = self.news.fields.caps;
        let term = |word: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(Term::from_field_text(caps, word), IndexRecordOption::WithFreqs))
        };
        // The word however written counts a quarter, as one typed with marks does written
        // without them ([`UNMARKED_WEIGHT`]): an article writing "it" twenty times, or in
        // its headline, no longer outranks one writing "IT".
        let mut clauses =
            vec![(Occur::Must, Box::new(BoostQuery::new(query, UNMARKED_WEIGHT)) as Box<dyn Query>)];
        for word in &words {
            clauses.push((Occur::Should, Box::new(BoostQuery::new(term(word), CAPS_WEIGHT))));
            if strict {
                // Or on a line in capitals, whose case says nothing: a wire flash, teletype.
                let loud = format!("{}{word}", crate::index::caps::LOUD_MARK);
                let either =
                    BooleanQuery::new(vec![(Occur::Should, term(word)), (Occur::Should, term(&loud))]);
                clauses.push((Occur::Must, Box::new(ConstScoreQuery::new(Box::new(either), 0.0))));
            }
        }
        Ok(Box::new(BooleanQuery::new(clauses)))
    }

    /// The words of a literal typed in capitals ("WHO", "IT", "MP3"), folded, and whether
    /// only the articles writing them so match: quoted, or with `--exact-words`. A query
    /// of several words none of them in lower case (caps lock, a wire headline pasted)
    /// says nothing by its case: it requires nothing, and ranks by its short words alone
    /// (four letters or fewer, as an abbreviation is read there).
    fn capitals(&self, literal: &UserInputLiteral) -> Option<(Vec<String>, bool)> {
        if !on_text(literal) || literal.prefix || literal.phrase.contains(['*', '~']) {
            return None;
        }
        let mut words =
            crate::index::schema::words_by(crate::index::schema::query_caps_analyzer(), &literal.phrase);
        let shouting = self.all_capitals && self.several_words;
        if shouting {
            words.retain(|word| word.chars().filter(|c| c.is_alphabetic()).count() <= 4);
        }
        let strict = !shouting && (literal.delimiter != Delimiter::None || !self.word_forms);
        (!words.is_empty()).then_some((words, strict))
    }

    fn convert_marked(
        &self,
        ast: UserInputAst,
        negated: bool,
        highlight: &mut Highlight,
    ) -> Result<Box<dyn Query>, QueryError> {
        // A word written with marks ("schön", "İstanbul") matches as the index folds it
        // ("schon" too), and the articles that write it as typed rank first: the others
        // score at [`UNMARKED_WEIGHT`]. With `--exact-words`, only those match.
        if let UserInputAst::Leaf(leaf) = &ast
            && let UserInputLeaf::Literal(literal) = leaf.as_ref()
            && let Some(marked) = marked_words(literal)
        {
            let folded = self.convert_word_or_tree(ast, negated, highlight)?;
            let mut as_typed: Vec<(Occur, Box<dyn Query>)> = marked
                .iter()
                .map(|word| {
                    let term = Term::from_field_text(self.news.fields.marks, word);
                    (
                        Occur::Must,
                        Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)) as Box<dyn Query>,
                    )
                })
                .collect();
            if !self.word_forms {
                as_typed.push((Occur::Must, folded));
                return Ok(Box::new(BooleanQuery::new(as_typed)));
            }
            let weighed =
                |query: Box<dyn Query>| Box::new(BoostQuery::new(query, UNMARKED_WEIGHT)) as Box<dyn Query>;
            as_typed.push((Occur::Must, weighed(folded.box_clone())));
            return Ok(Box::new(BooleanQuery::new(vec![
                (Occur::Must, weighed(folded)),
                (Occur::Should, Box::new(BooleanQuery::new(as_typed))),
            ])));
        }
        self.convert_word_or_tree(ast, negated, highlight)
    }

    fn convert_word_or_tree(
        &self,
        ast: UserInputAst,
        negated: bool,
        highlight: &mut Highlight,
    ) -> Result<Box<dyn Query>, QueryError> {
        // A word is classified once: built here, or by the parser.
        if let UserInputAst::Leaf(leaf) = &ast
            && let UserInputLeaf::Literal(literal) = leaf.as_ref()
            && let Some(own) = self.own_word(literal)
        {
            let UserInputAst::Leaf(leaf) = ast else { unreachable!("matched above") };
            let UserInputLeaf::Literal(literal) = *leaf else { unreachable!("matched above") };
            return self.own_query(literal, own, negated, highlight);
        }
        if !self.builds_itself(&ast) {
            collect_highlights(&ast, negated, highlight);
            return self
                .parser
                .build_query_from_user_input_ast(ast)
                .map_err(|e| QueryError(format!("invalid query: {e}")));
        }
        match ast {
            UserInputAst::Clause(children) => {
                self.convert_clause(children, negated, highlight, WordMatch::Any)
            }
            UserInputAst::Boost(inner, boost) => Ok(Box::new(BoostQuery::new(
                self.convert(*inner, negated, highlight)?,
                boost.into_inner() as f32,
            ))),
            // A leaf this converter builds was taken above; any other is the parser's.
            leaf @ UserInputAst::Leaf(_) => {
                collect_highlights(&leaf, negated, highlight);
                self.parser
                    .build_query_from_user_input_ast(leaf)
                    .map_err(|e| QueryError(format!("invalid query: {e}")))
            }
        }
    }

    /// Whether the tree holds a word this converter builds itself rather than tantivy's
    /// parser: a fuzzy word, or a CJK word with a lone character at an end.
    /// A clause's children, each built, side by side. A child with no operator is required
    /// when [`Converter::every_word`] (the parser's default here), else optional, and then
    /// `word_match` says how many of the optional ones an article must hold.
    fn convert_clause(
        &self,
        children: Vec<(Option<Occur>, UserInputAst)>,
        negated: bool,
        highlight: &mut Highlight,
        word_match: WordMatch,
    ) -> Result<Box<dyn Query>, QueryError> {
        let plain = if self.every_word { Occur::Must } else { Occur::Should };
        let mut clauses = Vec::with_capacity(children.len());
        for (occur, child) in children {
            // A word of no letters (a dash the escaping kept as text) is no word, as
            // the parser reads it in a whole tree: not an empty clause to require.
            if let UserInputAst::Leaf(leaf) = &child
                && let UserInputLeaf::Literal(literal) = leaf.as_ref()
                && !literal.phrase.contains('*')
                && name_terms(&literal.phrase).is_empty()
            {
                continue;
            }
            let occur = occur.unwrap_or(plain);
            let child_negated = negated ^ (occur == Occur::MustNot);
            clauses.push((occur, self.convert(child, child_negated, highlight)?));
        }
        let optional = clauses.iter().filter(|(occur, _)| *occur == Occur::Should).count();
        Ok(match word_match.least_of(optional) {
            Some(least) if least > 1 => Box::new(BooleanQuery::with_minimum_required_clauses(clauses, least)),
            _ => Box::new(BooleanQuery::new(clauses)),
        })
    }

    fn builds_itself(&self, ast: &UserInputAst) -> bool {
        match ast {
            UserInputAst::Clause(children) => children.iter().any(|(_, c)| self.builds_itself(c)),
            UserInputAst::Boost(inner, _) => self.builds_itself(inner),
            UserInputAst::Leaf(leaf) => match leaf.as_ref() {
                UserInputLeaf::Literal(literal) => {
                    self.own_word(literal).is_some()
                        || marked_words(literal).is_some()
                        || self.capitals(literal).is_some()
                }
                _ => false,
            },
        }
    }

    /// What makes a literal a word this converter builds itself, if anything does.
    fn own_word(&self, literal: &UserInputLiteral) -> Option<OwnWord> {
        wildcard(literal)
            .map(OwnWord::Wildcard)
            .or_else(|| self.name_word(literal).map(|(flag, field)| OwnWord::Name(flag, field)))
            .or_else(|| self.whole_tag(literal).map(OwnWord::Tag))
            .or_else(|| acronym(literal).map(OwnWord::Abbreviation))
            .or_else(|| self.cjk_ends(literal).map(OwnWord::CjkEnds))
            .or_else(|| self.fuzzy_word(literal).map(|(word, distance)| OwnWord::Fuzzy(word, distance)))
            .or_else(|| self.hyphenated(literal).map(|(word, forms)| OwnWord::Hyphenated(word, forms)))
            .or_else(|| self.respellings(literal).map(OwnWord::Respelled))
            .or_else(|| self.other_forms(literal).map(|(word, forms)| OwnWord::Forms(word, forms)))
    }

    /// A hyphenated word typed (not quoted, not a pattern), written as one word as the
    /// index folds it ("email" for `e-mail`, "wifi" for `Wi-Fi`, "sarscov2" for
    /// `SARS-CoV-2`), and that word's other number the index holds ("emails"), unless
    /// `--exact-words`. A score or a range (`4-6`) is one word already.
    fn hyphenated(&self, literal: &UserInputLiteral) -> Option<(String, Vec<String>)> {
        if literal.delimiter != Delimiter::None
            || literal.prefix
            || literal.slop != 0
            || literal.phrase.contains(['*', '~'])
            || !on_text(literal)
            || !literal.phrase.contains(|c: char| crate::index::words::is_hyphen(c))
        {
            return None;
        }
        // Parts of words, not a score inside ("2-3%").
        let parts = name_terms(&literal.phrase);
        if parts.len() < 2 || parts.iter().any(|part| part.contains('-')) {
            return None;
        }
        let closed: String = literal.phrase.chars().filter(|&c| !crate::index::words::is_hyphen(c)).collect();
        let [word] = name_terms(&closed).try_into().ok()?;
        // `G-7` is also "Group of Seven" ([`Converter::respellings`]).
        if self.word_forms && nation_group(&[word.as_str()]).is_some() {
            return None;
        }
        let forms = if self.word_forms {
            number_forms(&word).into_iter().filter(|form| self.held_in_text(form)).collect()
        } else {
            Vec::new()
        };
        Some((word, forms))
    }

    /// A plain word of the text (not quoted, not a pattern) and its other number as the
    /// index holds it ("elections" for `election`), when [`Converter::word_forms`] and the
    /// index has one.
    fn other_forms(&self, literal: &UserInputLiteral) -> Option<(String, Vec<String>)> {
        if !self.word_forms
            || literal.delimiter != Delimiter::None
            || literal.prefix
            || literal.slop != 0
            || literal.phrase.contains(['*', '~'])
            || !on_text(literal)
        {
            return None;
        }
        let [word] = name_terms(&literal.phrase).try_into().ok()?;
        let fields = &self.news.fields;
        let held = |form: &String| self.held_in_text(form);
        // A short word typed in capitals, or one in capitals among words that are not, is
        // an abbreviation as typed, not made singular: `AIDS` is not "aid". A longer word in
        // a query all in capitals (a list pasted, caps lock) is a word: `ELECTIONS` finds
        // "election" as `elections` does.
        let letters = literal.phrase.chars().filter(|c| c.is_alphabetic()).count();
        let abbreviation = letters >= 2
            && !literal.phrase.chars().any(char::is_lowercase)
            && (letters <= 4 || !self.all_capitals);
        let mut forms: Vec<String> = number_forms(&word)
            .into_iter()
            .filter(|form| !abbreviation || form.len() > word.len())
            .filter(held)
            .collect();
        // A plural's "s" that is a name's ("Williams", "Gates", a ticker's "METS"): the word
        // is searched as typed, `williams` not also "William", `gate` not also "Gates".
        let typed_capitalised = !self.title_case
            && literal.phrase.starts_with(char::is_uppercase)
            && !literal.phrase.chars().skip(1).any(char::is_uppercase);
        forms.retain(|form| {
            let plural = match (word.ends_with('s'), form.ends_with('s')) {
                (true, false) => &word,
                // A name's plural that few articles beside the name's hold is its family
                // ("the Blairs", "the Beckhams") or too rare to matter: `blair` finds it, as
                // a plural, without a note on every search for Blair.
                (false, true) if self.articles_holding(form) * RARE_PLURAL < self.articles_holding(&word) => {
                    return true;
                }
                (false, true) => form,
                _ => return true,
            };
            let Some(writing) = self.written_as_name(plural, typed_capitalised && plural == &word) else {
                return true;
            };
            let kept = NameKept { typed: word.clone(), other: form.clone(), written: writing.shown(plural) };
            let mut names_kept = self.names_kept.borrow_mut();
            if !names_kept.contains(&kept) {
                names_kept.push(kept);
            }
            false
        });
        let written = |marked: &String| {
            self.searcher.doc_freq(&Term::from_field_text(fields.marks, marked)).is_ok_and(|n| n > 0)
        };
        forms.extend(
            umlaut_spellings(&word).into_iter().filter(|(marked, _)| written(marked)).map(|(_, f)| f),
        );
        // The other way: "münchen" typed also finds "Muenchen", where an article writes it so.
        if let [spelled] = name_terms(&with_umlauts_spelled_out(&literal.phrase)).as_slice()
            && *spelled != word
            && held(spelled)
        {
            forms.push(spelled.clone());
        }
        (!forms.is_empty()).then_some((word, forms))
    }

    /// How many articles hold `word` in their body, headline or dateline (the largest count:
    /// a ticker may be in a headline alone).
    fn articles_holding(&self, word: &str) -> u64 {
        let fields = &self.news.fields;
        [fields.body, fields.title, fields.dateline]
            .iter()
            .map(|&field| self.searcher.doc_freq(&Term::from_field_text(field, word)).unwrap_or(0))
            .max()
            .unwrap_or(0)
    }

    /// How the articles write `plural` when they write it as a name (or, with
    /// `typed_capitalised`, as a person's name: [`Writing::as_name_typed_capitalised`]),
    /// else None: summed over the archive, as the index keeps it ([`names_written::writing`]).
    fn written_as_name(&self, plural: &str, typed_capitalised: bool) -> Option<Writing> {
        let writing = names_written::writing(self.news, self.searcher, plural).unwrap_or_default();
        // Typed capitalised, a word mostly written in lower case is a name when people bear
        // it: `Jobs` (Steve Jobs), not `Shares` or `Banks` (a keyboard's capital).
        let name = if typed_capitalised {
            let term = Term::from_field_text(self.news.fields.person, plural);
            let named = self.searcher.doc_freq(&term).unwrap_or(0) as usize;
            writing.as_name_typed_capitalised(named)
        } else {
            writing.as_name()
        };
        name.then_some(writing)
    }

    /// The query of a word [`Converter::own_word`] classified, and its highlights unless
    /// `negated`.
    fn own_query(
        &self,
        literal: UserInputLiteral,
        own: OwnWord,
        negated: bool,
        highlight: &mut Highlight,
    ) -> Result<Box<dyn Query>, QueryError> {
        let field = literal.field_name.clone();
        let field = field.as_deref();
        // Where its words are marked: a word typed with `title:` in headlines alone.
        let mut unmarked = Marks::default();
        let highlight = highlight.of_field(field).unwrap_or(&mut unmarked);
        match own {
            OwnWord::Wildcard(wildcard) => {
                // As typed: a leading `*` reaches here escaped (`\*ing`).
                let phrase = literal.phrase.replace("\\*", "*");
                let typed = if literal.prefix { format!("{phrase}*") } else { phrase };
                let (query, words) = self.wildcard_query(field, &wildcard, typed)?;
                if !negated {
                    highlight.terms.extend(words.terms);
                    highlight.phrases.extend(words.phrases);
                }
                Ok(query)
            }
            OwnWord::Abbreviation(letters) => {
                if !negated {
                    push_highlight(highlight, name_terms(&literal.phrase));
                    highlight.phrases.push(letters.clone());
                }
                // With its plural, as another word typed so: `OIL` also finds "oils".
                let as_typed = match self.other_forms(&literal) {
                    Some((word, forms)) => {
                        if !negated {
                            highlight.terms.extend(forms.iter().cloned());
                        }
                        self.forms_of_word(field, &word, &forms)?
                    }
                    None => self
                        .parser
                        .build_query_from_user_input_ast(UserInputAst::Leaf(Box::new(
                            UserInputLeaf::Literal(literal),
                        )))
                        .map_err(|e| QueryError(format!("invalid query: {e}")))?,
                };
                let positions: Positions = letters.into_iter().map(|l| vec![l]).collect();
                let (dotted, _) = self.forms_query(field, |_| Ok(positions.clone()))?;
                Ok(Box::new(BooleanQuery::new(vec![(Occur::Should, as_typed), (Occur::Should, dotted)])))
            }
            OwnWord::Tag(key) => Ok(Box::new(TermQuery::new(
                Term::from_field_text(self.news.fields.tag_name, &key),
                IndexRecordOption::Basic,
            ))),
            OwnWord::Name(COUNTRY_FIELD, _) => {
                let typed = &literal.phrase;
                let country = country_filter(self.news, typed).map_err(|why| {
                    let why = why.replace("--country ", COUNTRY_FIELD).replace("--place ", "place:");
                    QueryError(format!("invalid query: {COUNTRY_FIELD}{typed:?}: {why}"))
                })?;
                if !negated {
                    highlight_name(&self.news.fields, self.news.fields.place, country.name, highlight);
                }
                let mut clauses =
                    vec![(Occur::Must, Box::new(ConstScoreQuery::new(country.query, 0.0)) as Box<dyn Query>)];
                clauses
                    .extend(about_name(self.news, false, country.name).map(|about| (Occur::Should, about)));
                Ok(Box::new(BooleanQuery::new(clauses)))
            }
            OwnWord::Name(flag, field) => {
                if !negated {
                    highlight_name(&self.news.fields, field, &literal.phrase, highlight);
                }
                // Scored as a search by name alone is: by how much the article is about it.
                let filter = name_filter(
                    self.news,
                    self.searcher,
                    flag,
                    field,
                    &literal.phrase,
                    false,
                    self.fuzzy_all,
                )?;
                let person = field == self.news.fields.person;
                let mut clauses =
                    vec![(Occur::Must, Box::new(ConstScoreQuery::new(filter, 0.0)) as Box<dyn Query>)];
                clauses.extend(
                    about_name(self.news, person, &literal.phrase).map(|about| (Occur::Should, about)),
                );
                Ok(Box::new(BooleanQuery::new(clauses)))
            }
            OwnWord::CjkEnds(words) => {
                if !negated {
                    push_highlight(highlight, words.clone());
                }
                self.cjk_query(field, &words)
            }
            OwnWord::Fuzzy(word, distance) => {
                if !negated {
                    for term in name_terms(&word) {
                        highlight.fuzzy.push((term, distance));
                    }
                }
                self.fuzzy_query(field, &word, distance)
            }
            OwnWord::Forms(word, forms) => {
                if !negated {
                    highlight.terms.push(word.clone());
                    highlight.terms.extend(forms.iter().cloned());
                }
                self.forms_of_word(field, &word, &forms)
            }
            OwnWord::Respelled(variants) => {
                if !negated {
                    push_highlight(highlight, phrase_words(&literal.phrase));
                    for (_, words) in &variants {
                        push_highlight(highlight, words.clone());
                    }
                }
                // As typed, or written as the index may hold it, ranked below as another
                // number is: an article is scored by the better.
                let mut per_field: Vec<(Occur, Box<dyn Query>)> = Vec::new();
                for (field, boost) in self.targets(field)? {
                    let each: Vec<Box<dyn Query>> = variants
                        .iter()
                        .map(|(terms, _)| {
                            Box::new(BoostQuery::new(Self::placed_query(field, terms), OTHER_FORM_WEIGHT))
                                as Box<dyn Query>
                        })
                        .collect();
                    let best = BoostQuery::new(Box::new(DisjunctionMaxQuery::new(each)), boost);
                    per_field.push((Occur::Should, Box::new(best)));
                }
                let typed = self
                    .parser
                    .build_query_from_user_input_ast(UserInputAst::Leaf(Box::new(UserInputLeaf::Literal(
                        literal,
                    ))))
                    .map_err(|e| QueryError(format!("invalid query: {e}")))?;
                Ok(Box::new(DisjunctionMaxQuery::new(vec![typed, Box::new(BooleanQuery::new(per_field))])))
            }
            OwnWord::Hyphenated(word, forms) => {
                let parts = name_terms(&literal.phrase);
                // The last part in its other number too: `asylum-seeker` finds "asylum
                // seekers" as `asylum seeker` does (it found the phrase as typed alone).
                let last_forms = match parts.last() {
                    Some(last) if self.word_forms => {
                        number_forms(last).into_iter().filter(|form| self.held_in_text(form)).collect()
                    }
                    _ => Vec::new(),
                };
                if !negated {
                    push_highlight(highlight, parts.clone());
                    for form in &last_forms {
                        let mut words = parts[..parts.len() - 1].to_vec();
                        words.push(form.clone());
                        push_highlight(highlight, words);
                    }
                    highlight.terms.push(word.clone());
                    highlight.terms.extend(forms.iter().cloned());
                }
                // Its parts side by side ("e-mail", "e mail"), or written as one word
                // ("email", "emails"): an article is scored by the better.
                let parts: Box<dyn Query> = if last_forms.is_empty() {
                    self.parser
                        .build_query_from_user_input_ast(UserInputAst::Leaf(Box::new(
                            UserInputLeaf::Literal(literal),
                        )))
                        .map_err(|e| QueryError(format!("invalid query: {e}")))?
                } else {
                    self.parts_in_either_number(field, &parts, &last_forms)?
                };
                let closed = self.forms_of_word(field, &word, &forms)?;
                Ok(Box::new(DisjunctionMaxQuery::new(vec![parts, closed])))
            }
        }
    }

    /// A hyphenated word's parts side by side ("asylum seeker"), or with the last in its
    /// other number (`last_forms`: "asylum seekers", ranked as [`Self::forms_of_word`]
    /// ranks another number), in one field or in title (boosted) and body.
    fn parts_in_either_number(
        &self,
        field: Option<&str>,
        parts: &[String],
        last_forms: &[String],
    ) -> Result<Box<dyn Query>, QueryError> {
        let mut per_field: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (field, boost) in self.targets(field)? {
            let mut each: Vec<Box<dyn Query>> = vec![Box::new(phrase_query(field, parts))];
            for form in last_forms {
                let mut words = parts[..parts.len() - 1].to_vec();
                words.push(form.clone());
                each.push(Box::new(BoostQuery::new(
                    Box::new(phrase_query(field, &words)),
                    OTHER_FORM_WEIGHT,
                )));
            }
            let best = BoostQuery::new(Box::new(DisjunctionMaxQuery::new(each)), boost);
            per_field.push((Occur::Should, Box::new(best)));
        }
        Ok(Box::new(BooleanQuery::new(per_field)))
    }

    /// The other spellings the index may hold a word or a quoted phrase in (not a pattern,
    /// not with a slop, not with `--exact-words`), each as the terms of a phrase with their
    /// positions and the words to highlight ([`respelled`]):
    /// - a contraction typed without its apostrophe, as the index splits it: `"I dont
    ///   think"` also finds "I don't think", `wont` "won't" ([`CONTRACTIONS`]);
    /// - in a phrase, a word the index also holds hyphenated, at each split into two words
    ///   it holds: `"counterclaims surrounding"` finds "counter-claims surrounding" (the
    ///   index holds the joined word at its first part's position, so that it was found
    ///   only last in a phrase); and a hyphenated word of a phrase as one word:
    ///   `"co-operation between"` finds "cooperation between";
    /// - in a phrase that finds no article as typed, a word ending in `s` before another
    ///   as a possessive typed without its apostrophe ([`possessive_stem`]), one word at a
    ///   time: `"governments plans"` finds "government's plans". Only then, since such a
    ///   word is mostly a plural: `"the governments agreed"`, written so, does not also
    ///   find "the government's agreed".
    fn respellings(&self, literal: &UserInputLiteral) -> Option<Vec<PlacedPhrase>> {
        if !self.word_forms
            || literal.prefix
            || literal.slop != 0
            || literal.phrase.contains(['*', '~'])
            || !on_text(literal)
        {
            return None;
        }
        let words = placed_words(&literal.phrase);
        let mut common: Vec<(usize, Respelling)> = Vec::new();
        for (i, (word, _)) in words.iter().enumerate() {
            if let Some((first, second)) = contraction_parts(word)
                && self.held_in_text(&first)
            {
                common.push((i, Respelling::Split { first, second, joined: false }));
            }
        }
        let changed = |changes: &[(usize, Respelling)], i: usize| changes.iter().any(|(k, _)| *k == i);
        let mut variants: Vec<Vec<(usize, Respelling)>> = Vec::new();
        if words.len() > 1 {
            for (i, (word, _)) in words.iter().enumerate() {
                let letters = word.chars().count();
                if changed(&common, i) || letters < 4 || !word.chars().all(char::is_alphabetic) {
                    continue;
                }
                if !self.held_in_text(word) {
                    continue;
                }
                for (at, _) in word.char_indices().skip(2).take(letters.saturating_sub(3)) {
                    let (first, second) = word.split_at(at);
                    if self.held_in_text(first) && self.held_in_text(second) {
                        let mut changes = common.clone();
                        let (first, second) = (first.to_string(), second.to_string());
                        changes.push((i, Respelling::Split { first, second, joined: true }));
                        variants.push(changes);
                    }
                }
            }
            let mut from = 0;
            for item in literal.phrase.split_whitespace() {
                let parts = name_terms(item);
                let closed: String = item.chars().filter(|&c| !crate::index::words::is_hyphen(c)).collect();
                let Ok([word]) = <[String; 1]>::try_from(name_terms(&closed)) else { continue };
                if parts.len() < 2 || parts.iter().any(|p| !p.chars().all(char::is_alphabetic)) {
                    continue;
                }
                let found = (from..words.len().saturating_sub(parts.len() - 1))
                    .find(|&i| words[i..i + parts.len()].iter().map(|(w, _)| w).eq(parts.iter()));
                let Some(i) = found else { continue };
                from = i + parts.len();
                if (i..from).any(|k| changed(&common, k)) || !self.held_in_text(&word) {
                    continue;
                }
                let mut changes = common.clone();
                changes.push((i, Respelling::Closed { word, parts: parts.len(), after: Vec::new() }));
                variants.push(changes);
            }
            // An amount or a share among other words of a phrase, however the text writes
            // its unit words: `"$25 a share"` finds "25 dlrs a share", `"4.50 dlrs a share"`
            // "$4.50 a share", `"owes $1.2 billion"` "owes $1.2bn", `"rose 5 per cent"` "rose
            // 5 pct" ([`amounts_in_phrase`]). An amount quoted alone (`"100 mln dlrs"`) is
            // that writing: unquoted, it is every writing.
            for (i, parts, word) in amounts_in_phrase(&words) {
                if (i..i + parts).any(|k| changed(&common, k)) {
                    continue;
                }
                let typed: Vec<&str> = words[i..i + parts].iter().map(|(w, _)| w.as_str()).collect();
                for after in unit_words_after(&word) {
                    let written: Vec<&str> =
                        std::iter::once(word.as_str()).chain(after.iter().map(String::as_str)).collect();
                    // Quoted alone, the amount as written: its words after the index's word
                    // for it (`"$100 million"` as `$100m` "million", the index holding no
                    // price `$100` there).
                    let as_written = parts == words.len() && after.iter().eq(typed[1..].iter());
                    if written != typed && (parts < words.len() || as_written) {
                        let mut changes = common.clone();
                        changes.push((i, Respelling::Closed { word: word.clone(), parts, after }));
                        variants.push(changes);
                    }
                }
            }
            // A rate of oil output however the text writes it: the wire's "bpd" is "barrels
            // per day" and "barrels a day", each way round (`"15.8 mln bpd"` finds "15.8
            // million barrels per day"; [`DAILY_BARRELS`]).
            for (i, parts, typed) in daily_barrels_in_phrase(&words) {
                if (i..i + parts).any(|k| changed(&common, k)) {
                    continue;
                }
                // "b/d" after a word only: "B. D. Aggarwal" writes the same words.
                for writing in DAILY_BARRELS.iter().filter(|w| **w != typed && (i > 0 || w[0] != "b")) {
                    let Some((word, after)) = writing.split_first() else { continue };
                    let mut changes = common.clone();
                    let after = after.iter().map(|w| w.to_string()).collect();
                    changes.push((i, Respelling::Closed { word: word.to_string(), parts, after }));
                    variants.push(changes);
                }
            }
            // A group of nations named in words is its "G" (`"Group of Seven"` finds "G-7"
            // and "G7", the index's `g7` for either).
            for (i, digits, other) in nation_groups_in_phrase(&words) {
                if (i..i + 3).any(|k| changed(&common, k)) {
                    continue;
                }
                let mut changes = common.clone();
                changes.push((
                    i,
                    Respelling::Closed { word: format!("g{digits}"), parts: 3, after: Vec::new() },
                ));
                variants.push(changes);
                if other != words[i + 2].0 {
                    let mut changes = common.clone();
                    let after = vec!["of".to_string(), other.to_string()];
                    changes.push((i, Respelling::Closed { word: "group".to_string(), parts: 3, after }));
                    variants.push(changes);
                }
            }
            // Each alone, and not the last word: "plans" in `"governments plans"` is a plural.
            let possessives: Vec<(usize, Respelling)> = words[..words.len() - 1]
                .iter()
                .enumerate()
                .filter(|&(i, _)| !changed(&common, i))
                .filter_map(|(i, (word, _))| {
                    let stem = possessive_stem(word).filter(|stem| self.held_in_text(stem))?;
                    Some((
                        i,
                        Respelling::Split { first: stem.to_string(), second: "s".to_string(), joined: false },
                    ))
                })
                .collect();
            if !possessives.is_empty() && self.finds_nothing(literal) {
                for possessive in possessives {
                    let mut changes = common.clone();
                    changes.push(possessive);
                    variants.push(changes);
                }
            }
        }
        // A group of nations typed as its "G" (`G7`, `G-7`) is also "Group of" and its
        // number in words or figures ("Group of Seven", "Group of 7"); `G-7`, whose words
        // are "g" and "7", also the index's `g7` ("G7").
        let typed: Vec<&str> = words.iter().map(|(w, _)| w.as_str()).collect();
        if common.is_empty()
            && let Some((digits, word)) = nation_group(&typed)
        {
            let parts = typed.len();
            for number in [word, digits] {
                let after = vec!["of".to_string(), number.to_string()];
                variants.push(vec![(0, Respelling::Closed { word: "group".to_string(), parts, after })]);
                if word == digits {
                    break;
                }
            }
            if parts == 2 {
                variants.push(vec![(
                    0,
                    Respelling::Closed { word: format!("g{digits}"), parts, after: Vec::new() },
                )]);
            }
        }
        // A figure in full of a million or more is its scale too, both ways: `1,500,000`
        // finds "1.5 mln" and "$1.5m" as `1.5m` does, and `"1,500,000 tonnes"` "1.5 mln
        // tonnes" ([`crate::index::words::scaled_from_full`]; "1.5m" also finds the figure
        // in full, which the index holds as that too).
        for (i, (word, _)) in words.iter().enumerate() {
            let Some(scaled) = crate::index::words::scaled_from_full(word) else { continue };
            if changed(&common, i) {
                continue;
            }
            let scale = scaled.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
            let in_words = ["million", "billion", "trillion"]
                .into_iter()
                .find(|w| crate::index::words::scale_of(w, false) == Some(scale));
            let mut afters = vec![Vec::new()];
            afters.extend(in_words.filter(|_| words.len() > 1).map(|w| vec![w.to_string()]));
            for after in afters {
                let mut changes = common.clone();
                changes.push((i, Respelling::Closed { word: scaled.clone(), parts: 1, after }));
                variants.push(changes);
            }
        }
        // The word `bpd` alone is every writing of the rate, as in a phrase (but "b/d").
        if let [(word, _)] = words.as_slice()
            && word == "bpd"
            && common.is_empty()
        {
            for writing in DAILY_BARRELS.iter().filter(|w| w[0] != "bpd" && w[0] != "b") {
                let Some((first, after)) = writing.split_first() else { continue };
                let after = after.iter().map(|w| w.to_string()).collect();
                variants.push(vec![(0, Respelling::Closed { word: first.to_string(), parts: 1, after })]);
            }
        }
        if !common.is_empty() {
            variants.insert(0, common);
        }
        let respelled: Vec<_> = variants.iter().map(|changes| respelled(&words, changes)).collect();
        (!respelled.is_empty()).then_some(respelled)
    }

    /// Whether a literal, as the parser builds it, matches no article.
    fn finds_nothing(&self, literal: &UserInputLiteral) -> bool {
        let leaf = UserInputAst::Leaf(Box::new(UserInputLeaf::Literal(literal.clone())));
        self.parser
            .build_query_from_user_input_ast(leaf)
            .ok()
            .and_then(|query| self.searcher.search(&*query, &tantivy::collector::Count).ok())
            .is_some_and(|n| n == 0)
    }

    /// A phrase's terms at their positions ([`Converter::respellings`]), in `field`: one
    /// term alone is a term query.
    fn placed_query(field: Field, terms: &[(usize, String)]) -> Box<dyn Query> {
        if let [(_, word)] = terms {
            return Box::new(TermQuery::new(
                Term::from_field_text(field, word),
                IndexRecordOption::WithFreqs,
            ));
        }
        let terms = terms.iter().map(|(at, word)| (*at, Term::from_field_text(field, word))).collect();
        Box::new(PhraseQuery::new_with_offset(terms))
    }

    /// Whether an article's title or body holds the (indexed) word.
    fn held_in_text(&self, word: &str) -> bool {
        self.articles_holding(word) > 0
    }

    /// A word or its other number, in one field or in title (boosted) and body: each form
    /// ranked by BM25, the form as typed fully and the other at [`OTHER_FORM_WEIGHT`], an
    /// article scored by its best form.
    fn forms_of_word(
        &self,
        field: Option<&str>,
        word: &str,
        forms: &[String],
    ) -> Result<Box<dyn Query>, QueryError> {
        let mut per_field: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (field, boost) in self.targets(field)? {
            let term =
                |w: &str| TermQuery::new(Term::from_field_text(field, w), IndexRecordOption::WithFreqs);
            let mut each: Vec<Box<dyn Query>> = vec![Box::new(term(word))];
            for form in forms {
                each.push(Box::new(BoostQuery::new(Box::new(term(form)), OTHER_FORM_WEIGHT)));
            }
            let best = BoostQuery::new(Box::new(DisjunctionMaxQuery::new(each)), boost);
            per_field.push((Occur::Should, Box::new(best)));
        }
        Ok(Box::new(BooleanQuery::new(per_field)))
    }

    /// `walz~1` → ("walz", 1); with `--fuzzy`, `klobuchar` → ("klobuchar", 1).
    /// `person:`, `org:` or `place:` before a name (not a pattern, not fuzzy): the field,
    /// and how the name is labelled in messages.
    fn name_word(&self, literal: &UserInputLiteral) -> Option<(&'static str, Field)> {
        let fields = &self.news.fields;
        let (flag, field) = match literal.field_name.as_deref()? {
            "person" => ("person:", fields.person),
            "org" => ("org:", fields.org),
            "place" => ("place:", fields.place),
            "country" => (COUNTRY_FIELD, fields.place),
            _ => return None,
        };
        let plain = !literal.prefix && literal.slop == 0 && !literal.phrase.contains(['*', '~']);
        plain.then_some((flag, field))
    }

    /// A tag typed (`tag:wheat`, `tag:"veg-oil"`; no pattern) that some article carries
    /// whole: the tag as the index holds it ([`crate::index::schema::tag_key`]). A topic
    /// is one tag: `tag:wheat` took in the Reuters stories tagged "iwc-wheat" (the
    /// International Wheat Council), `tag:gas` those tagged "nat-gas", `tag:corn`
    /// "corn-oil". A word that is no tag whole (`tag:oil`) is still found inside the tags
    /// ("veg-oil", "palm-oil").
    fn whole_tag(&self, literal: &UserInputLiteral) -> Option<String> {
        if literal.field_name.as_deref() != Some(crate::index::schema::names::TAG)
            || literal.prefix
            || literal.slop != 0
            || literal.phrase.contains(['*', '~'])
        {
            return None;
        }
        let key = crate::index::schema::tag_key(&literal.phrase);
        let term = Term::from_field_text(self.news.fields.tag_name, &key);
        (self.searcher.doc_freq(&term).unwrap_or(0) > 0).then_some(key)
    }

    fn fuzzy_word(&self, literal: &UserInputLiteral) -> Option<(String, u8)> {
        if literal.delimiter != Delimiter::None || literal.prefix || literal.phrase.contains('*') {
            return None;
        }
        if let Some((word, n)) = literal.phrase.rsplit_once('~')
            && let Some(distance) = edits_asked(word, n)
            && !word.is_empty()
        {
            // Chinese, Japanese and Korean are indexed as character pairs: an edit of a
            // pair is another word altogether, so such a word is taken as written.
            let distance = if word.chars().any(crate::index::cjk::is_cjk) { 0 } else { distance };
            return Some((word.to_string(), distance.min(most_edits(word))));
        }
        let plain = literal.phrase.chars().all(|c| c.is_alphanumeric() && !crate::index::cjk::is_cjk(c));
        (self.fuzzy_all && plain && literal.phrase.chars().count() >= 5).then(|| (literal.phrase.clone(), 1))
    }

    /// The words of a literal (as the index tokenizes them) whose first or last word is a
    /// lone Chinese, Japanese or Korean character: `8月`, `2025年`, `雨`. The index holds
    /// such a character alone only where no other CJK character touches it; inside running
    /// text it is part of a pair ("8月に" is "8", "月に"), which the parser's phrase of
    /// "8", "月" never matches.
    fn cjk_ends(&self, literal: &UserInputLiteral) -> Option<Vec<String>> {
        if literal.prefix
            || !on_text(literal)
            || literal.phrase.rsplit_once('~').is_some_and(|(word, n)| edits_asked(word, n).is_some())
        {
            return None;
        }
        let words = name_terms(&literal.phrase);
        let lone_end = |w: Option<&String>| w.is_some_and(|w| lone_character(w).is_some());
        (lone_end(words.first()) || lone_end(words.last())).then_some(words)
    }

    /// A CJK word with a lone character at an end: the character alone or in any pair
    /// that holds it on the side where the text may go on (a last `月` also matches
    /// "月に", a first `第` "は第"), the rest of the word as written. Each form is a phrase
    /// ranked by BM25, the best matching form counting for each article.
    fn cjk_query(&self, field: Option<&str>, words: &[String]) -> Result<Box<dyn Query>, QueryError> {
        let last = words.len().saturating_sub(1);
        let (query, _) = self.forms_query(field, |field| {
            let mut positions = Vec::with_capacity(words.len());
            for (k, word) in words.iter().enumerate() {
                let mut forms = vec![word.clone()];
                if let Some(c) = lone_character(word)
                    && (k == 0 || k == last)
                {
                    forms.extend(self.pairs_with(field, c, k == last, k == 0)?);
                }
                positions.push(forms);
            }
            Ok(positions)
        })?;
        Ok(query)
    }

    /// A word with a wildcard (`econom*`, `*oil*`, `ec*my`): the index's words it covers,
    /// the most used first, at most [`MAX_WILDCARD_WORDS`], each ranked by BM25, the best
    /// counting for each article; in a quoted phrase (`"prime minis*"`) its last word.
    /// Returns the query and the words it stands for, to highlight.
    /// A wildcard covering more words than are searched is noted, as `typed`, in
    /// [`Converter::wildcards_cut`].
    fn wildcard_query(
        &self,
        field: Option<&str>,
        wildcard: &Wildcard,
        typed: String,
    ) -> Result<(Box<dyn Query>, Marks), QueryError> {
        let most_covered = Cell::new(0);
        let (query, positions) = self.forms_query(field, |field| {
            let expand = |pattern: &str| {
                let (words, covered) =
                    words_matching_counted(self.searcher, field, pattern, MAX_WILDCARD_WORDS)?;
                most_covered.set(most_covered.get().max(covered));
                Ok::<_, tantivy::TantivyError>(words)
            };
            Ok(match wildcard {
                Wildcard::Word(pattern) => vec![expand(pattern)?],
                Wildcard::PhraseEnd(words, pattern) => {
                    let mut positions: Vec<Vec<String>> = words.iter().map(|w| vec![w.clone()]).collect();
                    positions.push(expand(pattern)?);
                    positions
                }
            })
        })?;
        let cut = (typed, most_covered.get());
        if cut.1 > MAX_WILDCARD_WORDS && !self.wildcards_cut.borrow().contains(&cut) {
            self.wildcards_cut.borrow_mut().push(cut);
        }
        let mut highlight = Marks::default();
        match positions.as_slice() {
            [only] => highlight.terms.extend(only.iter().cloned()),
            [head @ .., last] => {
                let head: Vec<String> = head.iter().map(|forms| forms[0].clone()).collect();
                for form in last {
                    highlight.phrases.push(head.iter().cloned().chain([form.clone()]).collect());
                }
            }
            [] => {}
        }
        Ok((query, highlight))
    }

    /// Words at consecutive positions, each standing for one or more forms (the most used
    /// first), in title (boosted) and body or the one field a literal names: one word is
    /// any of its forms, several the phrases of their forms (at most [`MAX_FORMS`], fewer
    /// forms of the later words when there are more), the best matching counting for each
    /// article. Also returns the positions found for the last field searched (the body,
    /// or the named field).
    fn forms_query(
        &self,
        field: Option<&str>,
        positions_in: impl Fn(Field) -> tantivy::Result<Positions>,
    ) -> Result<(Box<dyn Query>, Positions), QueryError> {
        let mut per_field: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut positions = Vec::new();
        for (field, boost) in self.targets(field)? {
            positions = positions_in(field).map_err(|e| QueryError(format!("reading the index: {e}")))?;
            let term = |word: &str| Term::from_field_text(field, word);
            let query: Box<dyn Query> = if positions.iter().any(Vec::is_empty) {
                Box::new(EmptyQuery)
            } else if let [only] = positions.as_slice() {
                any_of(
                    only.iter()
                        .map(|w| {
                            Box::new(TermQuery::new(term(w), IndexRecordOption::WithFreqs)) as Box<dyn Query>
                        })
                        .collect(),
                )
            } else {
                let mut phrases: Vec<Vec<&String>> = vec![Vec::new()];
                for forms in &positions {
                    let room = (MAX_FORMS / phrases.len()).max(1);
                    phrases = phrases
                        .iter()
                        .flat_map(|phrase| {
                            forms.iter().take(room).map(move |form| {
                                let mut longer = phrase.clone();
                                longer.push(form);
                                longer
                            })
                        })
                        .collect();
                }
                any_of(
                    phrases
                        .into_iter()
                        .map(|words| Box::new(phrase_query(field, &words)) as Box<dyn Query>)
                        .collect(),
                )
            };
            per_field.push((Occur::Should, Box::new(BoostQuery::new(query, boost))));
        }
        Ok((Box::new(BooleanQuery::new(per_field)), positions))
    }

    /// The character pairs of `field` starting (`starting`) or ending (`ending`) with `c`,
    /// the most used first, at most [`MAX_CJK_PAIRS`].
    fn pairs_with(
        &self,
        field: Field,
        c: char,
        starting: bool,
        ending: bool,
    ) -> tantivy::Result<Vec<String>> {
        let c = regex_syntax::escape(c.encode_utf8(&mut [0; 4]));
        let pattern = match (starting, ending) {
            (true, true) => format!("{c}.|.{c}"),
            (true, false) => format!("{c}."),
            _ => format!(".{c}"),
        };
        words_matching(self.searcher, field, &pattern, MAX_CJK_PAIRS)
    }

    /// Title (boosted), dateline and body, or the one field a literal names.
    fn targets(&self, field: Option<&str>) -> Result<Vec<(Field, f32)>, QueryError> {
        let fields = &self.news.fields;
        Ok(match field {
            // The body last: its positions are what a pattern's words are marked by.
            None => vec![(fields.title, TITLE_BOOST), (fields.dateline, 1.0), (fields.body, 1.0)],
            Some(name) => {
                let field = self
                    .news
                    .index
                    .schema()
                    .get_field(name)
                    .map_err(|_| QueryError(format!("invalid query: Field does not exist: '{name}'")))?;
                vec![(field, 1.0)]
            }
        })
    }

    /// A word within `distance` edits, in one field or in title (boosted) and body. Each
    /// word becomes the index's own words within that distance (the closest and most used
    /// first, at most [`MAX_EXPANSIONS`]), each ranked by BM25 and weighed down by its
    /// distance: the word as typed counts fully, one edit away a tenth, two a hundredth
    /// (a title's match one edit away, "Wal-Mart" for `walz~1`, outweighed a body's exact
    /// "Walz" at a half). So `walz~1` ranks the articles naming Walz first, a misspelt
    /// `klobuchr~1` ranks its near words by BM25, and a document is scored by its best
    /// match of each word, not by how many near words it holds.
    fn fuzzy_query(
        &self,
        field: Option<&str>,
        word: &str,
        distance: u8,
    ) -> Result<Box<dyn Query>, QueryError> {
        let targets = self.targets(field)?;
        let terms = name_terms(word);
        if terms.is_empty() {
            return Ok(Box::new(EmptyQuery));
        }
        let mut per_field: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (field, boost) in targets {
            let mut words: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            for term in &terms {
                let near: Vec<Box<dyn Query>> = near_words(self.searcher, field, term, distance)
                    .map_err(|e| QueryError(format!("invalid query: {e}")))?
                    .into_iter()
                    .map(|(word, edits)| {
                        let exact =
                            TermQuery::new(Term::from_field_text(field, &word), IndexRecordOption::WithFreqs);
                        Box::new(BoostQuery::new(Box::new(exact), 0.1f32.powi(i32::from(edits))))
                            as Box<dyn Query>
                    })
                    .collect();
                let query: Box<dyn Query> = if near.is_empty() {
                    Box::new(EmptyQuery)
                } else {
                    Box::new(DisjunctionMaxQuery::new(near))
                };
                words.push((Occur::Must, query));
            }
            let boosted = BoostQuery::new(Box::new(BooleanQuery::new(words)), boost);
            per_field.push((Occur::Should, Box::new(boosted)));
        }
        Ok(Box::new(BooleanQuery::new(per_field)))
    }
}

/// The words of `field` in the index within `distance` edits of `term` (a swap of two
/// letters is one edit), with their distance: the closest first, then the most used.
fn near_words(
    searcher: &Searcher,
    field: Field,
    term: &str,
    distance: u8,
) -> tantivy::Result<Vec<(String, u8)>> {
    let fuzzy = FuzzyTermQuery::new(Term::from_field_text(field, term), distance, true);
    let mut near: Vec<(u8, std::cmp::Reverse<u64>, String)> =
        words_accepted(searcher, field, &fuzzy.automaton()?)?
            .into_iter()
            .map(|(word, docs)| {
                let edits = strsim::osa_distance(term, &word).min(usize::from(distance)) as u8;
                (edits, std::cmp::Reverse(docs), word)
            })
            .collect();
    near.sort();
    near.truncate(MAX_EXPANSIONS);
    Ok(near.into_iter().map(|(edits, _, word)| (word, edits)).collect())
}

/// How much an article writing a word typed in capitals so ("WHO") counts on top of its
/// score for the word, which counts at [`UNMARKED_WEIGHT`]. On the BBC's technology
/// folder, the five articles that write "IT" ranked 46th, 69th, 75th, 90th and 166th for
/// `IT` (every copy shown); with the word at full weight and this at 2, 2nd to 6th (a
/// headline's "battle it out" first); with the word at a quarter, 1st to 5th.
const CAPS_WEIGHT: f32 = 2.0;

/// Whether a query is a headline typed in title case: three words or more, each
/// beginning with a capital ("Bill Gates Unveils New Games").
fn title_case(typed: &str) -> bool {
    let words: Vec<&str> = typed.split_whitespace().filter(|w| w.starts_with(char::is_alphabetic)).collect();
    words.len() >= 3 && words.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// How much a word's other number counts against the form typed: `election` ranks an
/// article saying "election" before one saying "elections" as often.
const OTHER_FORM_WEIGHT: f32 = 0.5;

/// The weight of an article that writes a word typed with marks ("schön") without them
/// ("schon"), against one writing it as typed: typing the marks says which word is meant,
/// more surely than a word's number does, so less than [`OTHER_FORM_WEIGHT`]. Over the
/// 258 fundus pages, `schön` had its first hit writing "schön" at rank 3 before the marks
/// were indexed; at 0.5, 5 of the first 6 wrote it (a headline's "schon" second); at 0.25,
/// the first 4 do, then that headline.
const UNMARKED_WEIGHT: f32 = 0.25;

/// Words whose other number is another word, or which only look like one number of a noun
/// ("news" is not the plural of "new", nor "its" of "it"): matched as typed.
const OWN_WORDS: &[&str] = &[
    "new",
    "news",
    "its",
    "his",
    "has",
    "was",
    "this",
    "yes",
    "does",
    "less",
    "series",
    "species",
    "means",
    "politics",
    "economics",
    "physics",
    "athletics",
    "times",
    "goods",
    "customs",
    "odds",
    "arms",
    "thanks",
    "lens",
    "alms",
    "summons",
    "whereabouts",
    "commons",
];

/// The other grammatical number of an English word, folded as the index folds it, by the
/// regular rules ("election" ↔ "elections", "tax" ↔ "taxes", "company" ↔ "companies"):
/// candidates, of which the caller keeps those the index holds. None for [`OWN_WORDS`],
/// words of fewer than three letters, or anything but lower-case ASCII letters.
fn number_forms(word: &str) -> Vec<String> {
    // Letters and digits ("mp3", "tcell" is letters): the plural adds an "s" after the
    // digit ("MP3s"). A number alone is a model's when it ends in another digit than 0
    // ("747", "Boeing 747s"); one ending in 0 ("1980", a decade's "1980s"; "the 90s") has
    // no other number.
    if word.bytes().any(|b| b.is_ascii_digit()) {
        // Two letters at least: "g20" is a name, not a thing counted.
        let letters_and_digits = word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            && word.bytes().filter(u8::is_ascii_lowercase).count() >= 2;
        let model_number = |number: &str| {
            (2..=4).contains(&number.len())
                && number.bytes().all(|b| b.is_ascii_digit())
                && !number.ends_with('0')
        };
        let stem = word.strip_suffix('s').filter(|stem| stem.ends_with(|c: char| c.is_ascii_digit()));
        return match stem {
            Some(stem) if letters_and_digits || model_number(stem) => vec![stem.to_string()],
            None if (letters_and_digits && word.ends_with(|c: char| c.is_ascii_digit()))
                || model_number(word) =>
            {
                vec![format!("{word}s")]
            }
            _ => Vec::new(),
        };
    }
    // An abbreviation of two letters (no English word) takes an "s" for its plural: "oz"
    // and "ozs", "lb" and "lbs", "kg" and "kgs" ("it" and "its", "no" and "nos" are words;
    // "ye" and "yes": the plural is one; "de" and "des", "la" and "las" are words of other
    // languages; "Mrs" is a title of its own, no plural of "Mr").
    let abbreviation = |short: &str| {
        use crate::entities::{gazetteer::is_common_word, language::is_function_word_of_a_language};
        let plural = format!("{short}s");
        short.len() == 2
            && short.bytes().all(|b| b.is_ascii_lowercase())
            && !short.ends_with('s')
            && ![short, plural.as_str()]
                .iter()
                .any(|word| is_common_word(word) || is_function_word_of_a_language(word))
            && !crate::entities::lexicon::is_title_before_name(&plural)
    };
    if abbreviation(word) {
        return vec![format!("{word}s")];
    }
    if let Some(stem) = word
        .strip_suffix('s')
        .filter(|stem| abbreviation(stem) && !crate::entities::gazetteer::is_common_word(word))
    {
        return vec![stem.to_string()];
    }
    if word.len() < 3 || !word.bytes().all(|b| b.is_ascii_lowercase()) || OWN_WORDS.contains(&word) {
        return Vec::new();
    }
    if let Some(&(one, many)) = IRREGULAR_PLURALS.iter().find(|(one, many)| word == *one || word == *many) {
        return vec![if word == one { many } else { one }.to_string()];
    }
    // "crisis" ↔ "crises", "analysis" ↔ "analyses" (not "basis" and "bases", which are
    // also "base"'s plural); "chairman" ↔ "chairmen", "woman" ↔ "women" (and "human" ↔
    // "humans" by the regular rule: the caller keeps the forms the index holds).
    if word.len() >= 6
        && let Some(stem) = word.strip_suffix("sis")
    {
        return vec![format!("{stem}ses")];
    }
    if word.len() >= 5
        && let Some(stem) = word.strip_suffix("men")
    {
        return vec![format!("{stem}man")];
    }
    let mut irregular = Vec::new();
    if word.len() >= 6
        && let Some(stem) = word.strip_suffix("ses").filter(|stem| !stem.ends_with('s'))
    {
        irregular.push(format!("{stem}sis"));
    }
    if word.len() >= 5
        && let Some(stem) = word.strip_suffix("man")
    {
        irregular.push(format!("{stem}men"));
    }
    let consonant_y = |w: &str| w.ends_with('y') && !w[..w.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
    let mut forms = Vec::new();
    if let Some(stem) = word.strip_suffix("ies").filter(|s| s.len() >= 2) {
        forms.push(format!("{stem}y"));
    } else if word.ends_with("ss") || word.ends_with("us") || word.ends_with("is") {
        forms.push(format!("{word}es"));
    } else if let Some(stem) = word.strip_suffix('s').filter(|stem| stem.len() >= 3) {
        forms.push(stem.to_string());
        // "-es" is the plural's ending after a hissing sound ("taxes", "churches") or an
        // "o" ("heroes"); elsewhere the "e" is the word's own: "notes" is "note", not "not".
        if let Some(shorter) = word.strip_suffix("es").filter(|stem| {
            stem.ends_with(['s', 'x', 'z'])
                || stem.ends_with("ch")
                || stem.ends_with("sh")
                || (stem.ends_with('o') && stem.len() >= 4)
        }) {
            forms.push(shorter.to_string());
        }
    } else if word.ends_with('s') {
        // Too short to be a plural ("gas"): its own plural is "-es".
        forms.push(format!("{word}es"));
    } else if consonant_y(word) {
        forms.push(format!("{}ies", &word[..word.len() - 1]));
    } else if word.ends_with(['x', 'z']) || word.ends_with("ch") || word.ends_with("sh") {
        forms.push(format!("{word}es"));
    } else {
        forms.push(format!("{word}s"));
    }
    forms.extend(irregular);
    forms.retain(|f| !OWN_WORDS.contains(&f.as_str()));
    forms
}

/// The spellings with umlauts that a word typed with "ae", "oe" or "ue" for them may
/// stand for, as written ("münchen") and as the index folds them ("munchen"): `muenchen`
/// gives ("münchen", "munchen"), as a German keyboard-less writer spells "München". The
/// caller keeps those some article writes (the `marks` field), so "blue" or "poet" give
/// nothing. Every choice of which pairs are umlauts, for up to three pairs.
fn umlaut_spellings(word: &str) -> Vec<(String, String)> {
    const PAIRS: [(&str, char, char); 3] = [("ae", 'ä', 'a'), ("oe", 'ö', 'o'), ("ue", 'ü', 'u')];
    if !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return Vec::new();
    }
    let at: Vec<(usize, char, char)> = (0..word.len().saturating_sub(1))
        .filter_map(|i| PAIRS.iter().find(|p| word[i..].starts_with(p.0)).map(|p| (i, p.1, p.2)))
        .collect();
    // Every pair ends in "e", which begins none: pairs never overlap.
    if at.is_empty() || at.len() > 3 {
        return Vec::new();
    }
    let mut spellings = Vec::new();
    for choice in 1u32..(1 << at.len()) {
        let chosen: Vec<&(usize, char, char)> =
            at.iter().enumerate().filter(|(k, _)| choice & (1 << k) != 0).map(|(_, p)| p).collect();
        let (mut marked, mut folded, mut from) = (String::new(), String::new(), 0);
        for &&(i, umlaut, vowel) in &chosen {
            marked.push_str(&word[from..i]);
            folded.push_str(&word[from..i]);
            marked.push(umlaut);
            folded.push(vowel);
            from = i + 2;
        }
        marked.push_str(&word[from..]);
        folded.push_str(&word[from..]);
        spellings.push((marked, folded));
    }
    spellings
}

/// The word with its umlauts written as "ae", "oe" and "ue" (as without a German
/// keyboard): "München" is "Muenchen".
fn with_umlauts_spelled_out(word: &str) -> String {
    let mut out = String::with_capacity(word.len() + 2);
    for c in word.chars() {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'Ä' => out.push_str("Ae"),
            'Ö' => out.push_str("Oe"),
            'Ü' => out.push_str("Ue"),
            c => out.push(c),
        }
    }
    out
}

/// English nouns whose plural no rule of [`number_forms`] gives, singular first.
const IRREGULAR_PLURALS: &[(&str, &str)] = &[
    ("child", "children"),
    ("foot", "feet"),
    ("tooth", "teeth"),
    ("mouse", "mice"),
    ("goose", "geese"),
    ("life", "lives"),
    ("wife", "wives"),
    ("knife", "knives"),
    ("half", "halves"),
    ("leaf", "leaves"),
    ("thief", "thieves"),
    ("wolf", "wolves"),
    ("shelf", "shelves"),
    ("calf", "calves"),
    ("criterion", "criteria"),
    ("phenomenon", "phenomena"),
];

/// Words at consecutive positions, each as the forms it stands for.
type Positions = Vec<Vec<String>>;

/// A word of a query that [`Converter`] builds itself rather than tantivy's parser.
enum OwnWord {
    /// `econom*`, `*oil*`, `"prime minis*"`.
    Wildcard(Wildcard),
    /// `US` typed in capitals: its letters, for "U.S.".
    Abbreviation(Vec<String>),
    /// A CJK word with a lone character at an end (`8月`): its words.
    CjkEnds(Vec<String>),
    /// `walz~1`, or any longer word with `--fuzzy`: the word and its edits.
    Fuzzy(String, u8),
    /// `election`: the word (folded) and its other number the index holds ("elections").
    Forms(String, Vec<String>),
    /// `e-mail`: written as one word ("email"), and that word's plural the index holds.
    Hyphenated(String, Vec<String>),
    /// `"I dont think"`: the other spellings the index may hold it in, each as the terms
    /// of a phrase at their positions and the words to highlight
    /// ([`Converter::respellings`]).
    Respelled(Vec<PlacedPhrase>),
    /// `person:"ronald reagan"`, `place:britain`: a name, found as `--person` and
    /// `--place` find it (how it is labelled in messages, and its field).
    Name(&'static str, Field),
    /// `tag:wheat`, a tag the index holds whole: that tag alone, not "iwc-wheat"
    /// ([`Converter::whole_tag`]).
    Tag(String),
}

/// The words of a literal on the text that the index folds, as typed and lower-cased
/// (see [`crate::index::schema::names::MARKS`]), if it has any; not in a pattern or a fuzzy word.
fn marked_words(literal: &UserInputLiteral) -> Option<Vec<String>> {
    if !on_text(literal) || literal.phrase.contains(['*', '~']) || literal.phrase.is_ascii() {
        return None;
    }
    let words = crate::index::schema::words_by(crate::index::schema::query_marks_analyzer(), &literal.phrase);
    (!words.is_empty()).then_some(words)
}

/// Whether a literal searches the text (title and body, the default fields).
fn on_text(literal: &UserInputLiteral) -> bool {
    literal.field_name.as_deref().is_none_or(|f| f == "title" || f == "body")
}

/// A wildcard in a query, as a regular expression over the index's words.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Wildcard {
    /// A word: `econom*` is `econom.*`.
    Word(String),
    /// A quoted phrase whose last word has a trailing star: its other words, and the
    /// last word's pattern.
    PhraseEnd(Vec<String>, String),
}

/// The wildcard a literal holds: a word with a `*` (the grammar's prefix mark, or one
/// inside or before the word that [`escape_stray_syntax`] kept), or a quoted phrase
/// ending in one. Each part between stars is folded as the index folds words (`Écon*`
/// is `econ.*`); a part the index would split (`u.s*`) makes no wildcard, nor a star
/// with nothing else.
fn wildcard(literal: &UserInputLiteral) -> Option<Wildcard> {
    let folded = |part: &str| -> Option<String> {
        match name_terms(part).as_slice() {
            [] if part.chars().all(|c| !c.is_alphanumeric()) => Some(String::new()),
            [word] => Some(regex_syntax::escape(word)),
            // A hyphenated part is the one word the index also holds it as: `re-flag*` is
            // `reflag.*`, finding "reflagging" and "re-flagged" (it found nothing).
            _ if part.contains(crate::index::words::is_hyphen) => {
                let closed: String = part.chars().filter(|&c| !crate::index::words::is_hyphen(c)).collect();
                let [word] = name_terms(&closed).try_into().ok()?;
                Some(regex_syntax::escape(&word))
            }
            _ => None,
        }
    };
    let pattern_of = |word: &str| -> Option<String> {
        let parts: Vec<String> = word.split('*').map(folded).collect::<Option<_>>()?;
        parts.iter().any(|p| !p.is_empty()).then(|| parts.join(".*"))
    };
    if literal.delimiter == Delimiter::None {
        let word = if literal.prefix { format!("{}*", literal.phrase) } else { literal.phrase.clone() };
        return if word.contains('*') { pattern_of(&word).map(Wildcard::Word) } else { None };
    }
    let phrase = literal.phrase.trim_end();
    let (phrase, starred) = match phrase.strip_suffix('*') {
        Some(rest) => (rest, true),
        None => (phrase, literal.prefix),
    };
    if !starred || phrase.contains('*') {
        return None;
    }
    let mut words = name_terms(phrase);
    let last = words.pop()?;
    Some(Wildcard::PhraseEnd(words, format!("{}.*", regex_syntax::escape(&last))))
}

/// The letters of an abbreviation typed in capitals (`US`, `UK`, `EU`, `UAE`), which
/// news text also writes with stops ("U.S.", "U.K."): the index holds those as the
/// one-letter words "u", "s", so `US` alone missed most of a wire archive (33 articles for
/// `US trade deficit`, 229 for `U.S. trade deficit`). The other way round is left: "US"
/// in the text is the word "us".
fn acronym(literal: &UserInputLiteral) -> Option<Vec<String>> {
    let word = literal.phrase.as_str();
    let capitals = (2..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase());
    (on_text(literal) && capitals && literal.delimiter == Delimiter::None && !literal.prefix)
        .then(|| word.chars().map(|c| c.to_ascii_lowercase().to_string()).collect())
}

/// The words of `field` matching a regular expression (whole words), the most used first,
/// at most `most`.
fn words_matching(
    searcher: &Searcher,
    field: Field,
    pattern: &str,
    most: usize,
) -> tantivy::Result<Vec<String>> {
    Ok(words_matching_counted(searcher, field, pattern, most)?.0)
}

/// [`words_matching`], with how many words the pattern matched before the cut.
fn words_matching_counted(
    searcher: &Searcher,
    field: Field,
    pattern: &str,
    most: usize,
) -> tantivy::Result<(Vec<String>, usize)> {
    let automaton = tantivy_fst::Regex::new(pattern)
        .map_err(|e| tantivy::TantivyError::InvalidArgument(format!("{pattern}: {e}")))?;
    let mut words = words_accepted(searcher, field, &automaton)?;
    let covered = words.len();
    words.truncate(most);
    Ok((words.into_iter().map(|(word, _)| word).collect(), covered))
}

/// The words of `field` that `automaton` accepts, with how many articles hold each (over
/// all segments), the most used first.
fn words_accepted<A: tantivy_fst::Automaton>(
    searcher: &Searcher,
    field: Field,
    automaton: &A,
) -> tantivy::Result<Vec<(String, u64)>>
where
    A::State: Clone,
{
    let mut found: HashMap<Vec<u8>, u64> = HashMap::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(field)?;
        let mut stream = inverted.terms().search(automaton).into_stream()?;
        while let Some((word, info)) = stream.next() {
            *found.entry(word.to_vec()).or_default() += u64::from(info.doc_freq);
        }
    }
    let mut words: Vec<(String, u64)> =
        found.into_iter().filter_map(|(bytes, docs)| Some((String::from_utf8(bytes).ok()?, docs))).collect();
    words.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(words)
}

/// One query, or the best-scoring of several.
fn any_of(mut queries: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    if queries.len() == 1 {
        queries.pop().expect("one query")
    } else {
        Box::new(DisjunctionMaxQuery::new(queries))
    }
}

/// A query's word (one token) or phrase (several) for the highlighter.
/// Marks a name filtered on in the snippets, so that they show where the article names
/// it: the name's words together, a person's surname alone too ("Mr Brown" for Gordon
/// Brown), an organization's or place's canonical name ("European Union" for `EU`).
fn highlight_name(fields: &crate::index::Fields, field: Field, name: &str, highlight: &mut Marks) {
    let mut push = |words: Vec<String>| {
        if !words.is_empty() {
            highlight.names.push(words);
        }
    };
    if field == fields.person {
        let words = name_terms(&without_titles(name));
        if let Some(surname) = words.last().filter(|_| words.len() > 1) {
            push(vec![surname.clone()]);
        }
        push(words);
        return;
    }
    push(name_terms(name));
    if let Some(canonical) = canonical_name(field == fields.org, name) {
        push(name_terms(&canonical));
    }
    if field == fields.place {
        for form in strait_forms(name) {
            push(name_terms(&form));
        }
    }
}

fn push_highlight(highlight: &mut Marks, mut words: Vec<String>) {
    if words.len() > 1 {
        highlight.phrases.push(words);
    } else {
        highlight.terms.append(&mut words);
    }
}

/// Calls `visit` on each literal of a query's tree (`word`, `title:word`, `"a phrase"~4`)
/// in the order typed, with whether it stands under an exclusion (`-word`, `NOT (a b)`;
/// an exclusion within an exclusion is none). `negated` is whether `ast` itself does.
/// The one walk of [`collect_typed`], [`collect_highlights`] and [`check_slops`].
fn each_literal<F: FnMut(&UserInputLiteral, bool)>(ast: &UserInputAst, negated: bool, visit: &mut F) {
    match ast {
        UserInputAst::Clause(children) => {
            for (occur, child) in children {
                each_literal(child, negated ^ (*occur == Some(Occur::MustNot)), visit);
            }
        }
        UserInputAst::Boost(inner, _) => each_literal(inner, negated, visit),
        UserInputAst::Leaf(leaf) => {
            if let UserInputLeaf::Literal(literal) = leaf.as_ref() {
                visit(literal, negated);
            }
        }
    }
}

/// The words and quoted phrases of a query typed with no field ([`TypedText`]), those
/// under an exclusion marked so.
fn collect_typed(ast: &UserInputAst, negated: bool, typed: &mut Vec<TypedText>) {
    each_literal(ast, negated, &mut |literal, negated| {
        if literal.field_name.is_some() {
            return;
        }
        let mut analyzer = query_analyzer();
        let words = literal
            .phrase
            .split_whitespace()
            .map(|word| {
                let mut stream = analyzer.token_stream(word);
                let mut held = Vec::new();
                while let Some(token) = stream.next() {
                    held.push(token.text.clone());
                }
                (word.to_string(), held)
            })
            .collect();
        typed.push(TypedText {
            phrase: literal.phrase.clone(),
            quoted: literal.delimiter == Delimiter::DoubleQuotes,
            excluded: negated,
            words,
        });
    });
}

/// The words and phrases of the parts of a query that are not excluded, each where its
/// field says ([`Highlight::of_field`]).
fn collect_highlights(ast: &UserInputAst, negated: bool, highlight: &mut Highlight) {
    each_literal(ast, negated, &mut |literal, negated| {
        if negated || !on_text(literal) {
            return;
        }
        let Some(marks) = highlight.of_field(literal.field_name.as_deref()) else { return };
        // A quoted phrase, or a word the index splits ("o'hara", "U.S.-Japan"), which
        // the parser also searches as a phrase. A phrase with a slop
        // (`"desperate voters"~4`) is marked where its words stand close enough, from
        // the first to the last.
        if literal.slop > 0 && literal.delimiter != Delimiter::None {
            marks.near.push((name_terms(&literal.phrase), literal.slop));
        } else {
            push_highlight(marks, phrase_words(&literal.phrase));
        }
    });
}

/// The term for a date bound, clamped to the dates the index can hold
/// ([`indexable_secs`](crate::dates::indexable_secs)).
fn date_term(field: Field, secs: i64) -> Term {
    let indexable = crate::dates::indexable_secs();
    let secs = secs.clamp(*indexable.start(), *indexable.end());
    Term::from_field_date(field, DateTime::from_timestamp_secs(secs))
}

/// The forms of `name` in the exact-name field `exact` that the name lists count as that
/// name: the forms [`fold`](crate::entities::lexicon::fold) alike ("Labour Party" and
/// "Labour party"), and for a `person`'s full name also its other writings the lists
/// count as one ([`NameForms::same_person`]: "Robert Charlton" for "Bobby Charlton") and
/// the surname alone when that is this person's ([`NameForms::surname_alone`]; the lists
/// fold "Reagan" into "Ronald Reagan"). None when the field does not hold `name` itself.
pub fn listed_forms(
    searcher: &Searcher,
    exact: Field,
    name: &str,
    person: bool,
) -> tantivy::Result<Vec<String>> {
    // A name the field does not hold as written, nor in other capitals (`--place mexico`
    // typed for "Mexico"), is no listed name: no read of its words.
    let listed = match searcher.doc_freq(&Term::from_field_text(exact, name))? {
        0 => names_in_other_capitals(searcher, exact, name)?,
        _ => vec![name.to_string()],
    };
    if listed.is_empty() {
        return Ok(Vec::new());
    }
    let names: Vec<&str> = listed.iter().map(String::as_str).collect();
    let mut all: Vec<String> = name_forms(searcher, exact, &names, person)?
        .into_iter()
        .flat_map(|forms| forms.name.into_iter().chain(forms.same_person).chain(forms.surname_alone))
        .collect();
    all.sort();
    all.dedup();
    Ok(all)
}

/// The names the exact-name field `exact` holds whose last word is `surname` ("Michael
/// Howard", "Howard"; not "Howard Hughes").
fn names_ending_in(searcher: &Searcher, exact: Field, surname: &str) -> tantivy::Result<Vec<String>> {
    let key = name_key(surname);
    let mut forms = Vec::new();
    each_word(searcher, exact, |stored, _| {
        if name_key(stored).rsplit(' ').next() == Some(key.as_str())
            || family_key(stored).is_some_and(|family| family == key)
        {
            forms.push(stored.to_string());
        }
    })?;
    forms.sort();
    forms.dedup();
    Ok(forms)
}

/// The names the exact-name field `exact` holds that are `name` in other capitals.
fn names_in_other_capitals(searcher: &Searcher, exact: Field, name: &str) -> tantivy::Result<Vec<String>> {
    let pattern = format!("(?i){}", regex_syntax::escape(name));
    let Ok(automaton) = tantivy_fst::Regex::new(&pattern) else { return Ok(Vec::new()) };
    Ok(words_accepted(searcher, exact, &automaton)?.into_iter().map(|(word, _)| word).collect())
}

/// Articles holding any of `forms` in the exact-name field `exact`.
pub fn any_form(exact: Field, forms: Vec<String>) -> Box<dyn Query> {
    let any: Vec<(Occur, Box<dyn Query>)> = forms
        .into_iter()
        .map(|form| {
            let term = Term::from_field_text(exact, &form);
            (Occur::Should, Box::new(TermQuery::new(term, IndexRecordOption::Basic)) as Box<dyn Query>)
        })
        .collect();
    Box::new(BooleanQuery::new(any))
}

/// Of the articles that give a person's full name, the share that must give this one for
/// the surname alone to count as this person's (see [`NameForms::surname_alone`]).
const SURNAME_SHARE: f64 = 0.8;

/// A full name given in one article only claims its surname alone in at most this many
/// articles (see [`name_forms`]).
const SURNAME_ALONE_PER_FULL_NAME: u64 = 10;

/// A Chinese or Korean full name claims its family name alone only when at least this
/// many articles give it (see [`name_forms`]).
const EAST_ASIAN_FULL_NAME_ARTICLES: u64 = 3;

/// What an exact-name field holds of a name (see [`name_forms`]).
#[derive(Debug, Default)]
pub struct NameForms {
    /// The forms of the name itself ([`fold`](crate::entities::lexicon::fold) alike).
    pub name: Vec<String>,
    /// The forms of the surname that the index holds as names of their own
    /// (an article saying only "President Reagan" stores the person "Reagan"), when that
    /// surname is this person's: at least [`SURNAME_SHARE`] of the articles naming someone
    /// in full with that surname name this person. `--person "Ronald Reagan"` found 27
    /// articles of Reuters-21578 where `--person reagan` finds 524, 497 of them saying
    /// "President Reagan" or "Reagan" alone. A surname shared more evenly ("Blair": Tony and
    /// Bob) stays apart. None for a one-word name.
    pub surname_alone: Vec<String>,
    /// The other writings of the name that the name lists count as this person's (see
    /// [`PersonKeys::key`]): "Robert Charlton" for "Bobby Charlton", "Philippe Sands QC"
    /// for "Philippe Sands". None for a one-word name.
    pub same_person: Vec<String>,
    /// Full names that may be this person's written otherwise: with or without a middle
    /// name, initials for given names, umlauts spelled out ([`same_person_written_otherwise`]).
    pub compatible: Vec<String>,
}

/// Whether two full names (as [`name_key`] folds them) may name one person written two
/// ways, as old papers and wire copy do: the same surname (its umlauts written or spelled
/// out: "Müller", "Mueller", "Muller"), the same first given name or its initial ("John",
/// "J."), and the middle names as many and alike ("John R. Smith", "John Robert Smith",
/// "J. R. Smith"). A name typed with no middle name is any of them ("John Smith"); one
/// typed with a middle name is also the same given name in full without one ("John R.
/// Smith" is "John Smith", but "J. R. Smith" is not "Jane Smith"). "George W. Bush" is not
/// "George H. W. Bush".
fn same_person_written_otherwise(typed: &str, stored: &str) -> bool {
    use crate::entities::lexicon::{is_diminutive_of, same_middle_names};
    let (Some(typed), Some(stored)) = (FullName::read(typed), FullName::read(stored)) else {
        return false;
    };
    let initial = |a: &str, b: &str| a.chars().count() == 1 && b.starts_with(a);
    let first_alike = |a: &str, b: &str| a == b || initial(a, b) || initial(b, a);
    typed.surname == stored.surname
        && (first_alike(&typed.first, &stored.first)
            || is_diminutive_of(&typed.first_written, &stored.first_written))
        && (typed.middles.is_empty()
            || (stored.middles.is_empty() && typed.same_first_in_full(&stored))
            || same_middle_names(&typed.middles, &stored.middles))
}

/// Whether the stored name `stored` (folded) gives its first name as an initial that another
/// given name of the index with the same surname also begins with, other than the typed
/// name's: beside "Serena Williams" and "Shane Williams", "S Williams" of a rugby team sheet
/// may be either, so `--person "Serena Williams"` does not find it (it found 5 Welsh rugby
/// stories of BBC sport). Where the index holds one such given name, the initial is taken
/// as that person's ("J. R. Smith" for "John Smith" when no Jane or James Smith is written).
fn initial_of_another(typed: Option<&FullName>, stored: &str, found: &HashMap<String, u64>) -> bool {
    use crate::entities::lexicon::is_diminutive_of;
    let (Some(typed), Some(stored)) = (typed, FullName::read(stored)) else { return false };
    if stored.first.chars().count() != 1 || typed.first.chars().count() == 1 {
        return false;
    }
    found.keys().filter_map(|form| FullName::read(&name_key(form))).any(|other| {
        other.surname == stored.surname
            && other.first.chars().count() > 1
            && other.first.starts_with(&stored.first)
            && other.first != typed.first
            && !is_diminutive_of(&typed.first_written, &other.first_written)
            && !is_diminutive_of(&other.first_written, &typed.first_written)
    })
}

/// A full name (as [`name_key`] folds it) in the parts [`same_person_written_otherwise`]
/// compares: the first given name, the middle names ([`middle_names`]: "hw" is "h", "w")
/// and the surname, umlauts spelled out read as their vowels.
struct FullName {
    first: String,
    /// The first given name as written (folded): "michael", which `first` reads as
    /// "michal", is the one [`is_diminutive_of`](crate::entities::lexicon::is_diminutive_of)
    /// knows ("Mick").
    first_written: String,
    middles: Vec<String>,
    surname: String,
}

impl FullName {
    /// None for a name of one word.
    fn read(name: &str) -> Option<FullName> {
        use crate::entities::lexicon::middle_names;
        let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
        let [first, .., surname] = words[..] else { return None };
        Some(FullName {
            first: umlauts_as_vowels(first),
            first_written: first.to_string(),
            middles: middle_names(name).iter().map(|m| umlauts_as_vowels(m)).collect(),
            surname: umlauts_as_vowels(surname),
        })
    }

    /// The same first given name written in full in both (or a diminutive of it: "Bob" and
    /// "Robert"), not an initial.
    fn same_first_in_full(&self, other: &FullName) -> bool {
        use crate::entities::lexicon::is_diminutive_of;
        self.first.chars().count() > 1
            && other.first.chars().count() > 1
            && (self.first == other.first || is_diminutive_of(&self.first_written, &other.first_written))
    }
}

/// Which names of people the name lists count as one person written otherwise, read from
/// the names the index holds (see [`PersonKeys::key`]).
#[derive(Debug, Default)]
pub struct PersonKeys {
    /// Per surname, the given names in full the index's names give it that stand for one
    /// given name of another: "bobby" for "robert" beside "Charlton".
    given: HashMap<(String, String), String>,
    /// Per given name (as `given` reads it) and surname, the middle names the index's
    /// names give them, each once.
    middles: HashMap<(String, String), Vec<Vec<String>>>,
    /// Two-word names (as [`name_key`] folds them) written in the other order than the
    /// index knows them, with that order: "nakasone yasuhiro" for "yasuhiro nakasone"
    /// (see [`PersonKeys::of`]).
    reversed: HashMap<String, String>,
}

impl PersonKeys {
    /// The keys of `names`, which hold every name of the index with each surname the
    /// keys are asked about (as [`name_forms`] and the lists read them).
    pub fn of<'a>(names: impl IntoIterator<Item = &'a str>) -> PersonKeys {
        PersonKeys::read(names, &HashMap::new())
    }

    /// [`PersonKeys::of`] the names of `docs`, with the articles holding each: these also
    /// tell a two-word name written in the other order ([`PersonKeys::reversed`]).
    pub fn of_counted(docs: &HashMap<String, u64>) -> PersonKeys {
        PersonKeys::read(docs.keys().map(String::as_str), docs)
    }

    fn read<'a>(names: impl IntoIterator<Item = &'a str>, docs: &HashMap<String, u64>) -> PersonKeys {
        use crate::entities::lexicon::is_diminutive_of;
        let mut keys = PersonKeys::default();
        // Per surname, its given names in full: as read and as written.
        let mut firsts: HashMap<String, Vec<(String, String)>> = HashMap::new();
        let mut parsed = Vec::new();
        for name in names {
            let Some(full) = FullName::read(&name_key(without_post_nominals(name))) else { continue };
            if full.first.chars().count() < 2 || GENERATIONAL_SUFFIXES.contains(&full.surname.as_str()) {
                continue;
            }
            let seen = firsts.entry(full.surname.clone()).or_default();
            let first = (full.first.clone(), full.first_written.clone());
            if !seen.contains(&first) {
                seen.push(first);
            }
            parsed.push(full);
        }
        // A short given name is the full one it stands for where it stands for one only
        // among the names with that surname: beside "Stephen Smith" and "Steven Smith",
        // "Steve Smith" is either.
        for (surname, firsts) in &firsts {
            for (short, short_written) in firsts {
                let mut partners = firsts.iter().filter(|(_, full)| {
                    full.len() > short_written.len() && is_diminutive_of(short_written, full)
                });
                if let (Some((full, _)), None) = (partners.next(), partners.next()) {
                    keys.given.insert((short.clone(), surname.clone()), full.clone());
                }
            }
        }
        // A given name written two ways beside a rare surname, its one or two other given
        // names no others, is one person's: the K or C of a transliteration ("Kostas
        // Kenteris", "Costas Kenteris") or a letter the wire left out ("Aturo Hernandez
        // Grisanti" beside "Arturo"). Both read as the one that sorts first, whichever of
        // them the names at hand hold more of. A surname given to more people keeps them
        // apart ("Kristin Smith", "Kristen Smith" may be two people).
        for (surname, firsts) in &firsts {
            if firsts.len() > PersonKeys::RARE_SURNAME_GIVEN_NAMES {
                continue;
            }
            for (a, _) in firsts {
                for (b, _) in firsts.iter().filter(|(b, _)| a < b && PersonKeys::spelled_alike(a, b)) {
                    keys.given.entry((b.clone(), surname.clone())).or_insert_with(|| a.clone());
                }
            }
        }
        // A two-word name "B A" is "A B" written family name first (as Japanese names are:
        // "Nakasone Yasuhiro") where more articles give "A B", and "B" alone, its surname,
        // at least [`OTHER_ORDER_SHARE`] times as often as "A" alone: "Jones Smith" beside
        // "Smith Jones" stays two people where both words are names alone.
        let mut folded: HashMap<String, u64> = HashMap::new();
        for (name, n) in docs {
            *folded.entry(name_key(without_post_nominals(name))).or_default() += n;
        }
        for (name, &n) in &folded {
            let Some((b, a)) = name.split_once(' ').filter(|(_, a)| !a.contains(' ')) else { continue };
            let ordered = format!("{a} {b}");
            let held = |word: &str| folded.get(word).copied().unwrap_or(0);
            if held(&ordered) > n
                && held(b) > 0
                && held(b) >= OTHER_ORDER_SHARE * held(a)
                && crate::entities::east_asian::key(name).is_none()
            {
                keys.reversed.insert(name.clone(), ordered);
            }
        }
        for full in parsed {
            let first = keys.given_name(&full.first, &full.surname).to_string();
            let middles = keys.middles.entry((first, full.surname)).or_default();
            if !middles.contains(&full.middles) {
                middles.push(full.middles);
            }
        }
        keys
    }

    /// How many given names a surname may have in the index for two of them spelled
    /// alike to be one person's ([`PersonKeys::spelled_alike`]).
    const RARE_SURNAME_GIVEN_NAMES: usize = 3;

    /// Whether two folded given names of four letters or more are one written two ways:
    /// a K for a C ("kostas", "costas"), or one letter left out that is not the last
    /// ("aturo", "arturo"; "louis" and "louise", "paul" and "paula" are two names).
    fn spelled_alike(a: &str, b: &str) -> bool {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        if a.len().min(b.len()) < 4 || a == b {
            return false;
        }
        let k_as_c = |w: &[char]| w.iter().map(|&c| if c == 'k' { 'c' } else { c }).collect::<Vec<_>>();
        if a.len() == b.len() {
            return k_as_c(&a) == k_as_c(&b);
        }
        let (short, long) = if a.len() < b.len() { (&a, &b) } else { (&b, &a) };
        if long.len() != short.len() + 1 || long.len() < 5 {
            return false;
        }
        (0..long.len() - 1).any(|gap| long[..gap] == short[..gap] && long[gap + 1..] == short[gap..])
    }

    /// The given name `first` stands for beside `surname`.
    fn given_name<'a>(&'a self, first: &'a str, surname: &str) -> &'a str {
        self.given.get(&(first.to_string(), surname.to_string())).map_or(first, String::as_str)
    }

    /// The one key the name lists give every writing of a person's name that they count
    /// as one person: a diminutive as the given name it stands for ("Bobby Charlton" and
    /// "Robert Charlton"), without the degrees and honours after it ("Philippe Sands QC"),
    /// and without middle names where the index gives the name no other ones ("Edward J.
    /// Davila" and "Edward Davila"). Beside "George W. Bush" and "George H. W. Bush",
    /// "George Bush" may be either, and each of the three is one. "John Smith III" is not
    /// "John Smith", nor "J. Smith" "John Smith" (initials may stand for anyone).
    pub fn key(&self, name: &str) -> String {
        use crate::entities::lexicon::same_middle_names;
        let folded = name_key(without_post_nominals(name));
        // A Chinese or Korean name whichever way its given name is written ("Chun
        // Doo-hwan", "Chun Doo Hwan"); a Japanese one in either order.
        if let Some(key) = crate::entities::east_asian::key(&folded) {
            return key;
        }
        if let Some(ordered) = self.reversed.get(&folded) {
            return self.key(ordered);
        }
        let Some(full) = FullName::read(&folded) else { return folded };
        if full.first.chars().count() < 2 || GENERATIONAL_SUFFIXES.contains(&full.surname.as_str()) {
            return folded;
        }
        let first = self.given_name(&full.first, &full.surname);
        let variants = self.middles.get(&(first.to_string(), full.surname.clone()));
        // (The name's own middle names too: a name typed with others, "John T. Smith"
        // beside "John R. Smith", is someone else.)
        let given: Vec<&Vec<String>> =
            variants.into_iter().flatten().chain([&full.middles]).filter(|m| !m.is_empty()).collect();
        let one_set = given.iter().all(|a| given.iter().all(|b| same_middle_names(a, b)));
        if full.middles.is_empty() || one_set {
            format!("{first} {}", full.surname)
        } else {
            format!("{first} {} {}", full.middles.join(" "), full.surname)
        }
    }
}

/// A person's surname as [`name_key`] folds it: the last word of a full name, the first
/// of a Chinese or Korean one ("zhao" of "Zhao Ziyang",
/// [`family_name`](crate::entities::east_asian::family_name)). None for one word.
fn family_key(name: &str) -> Option<String> {
    let name = without_post_nominals(name);
    match crate::entities::east_asian::family_first(name) {
        Some((family, _)) => Some(name_key(family)),
        None => name_key(name).rsplit_once(' ').map(|(_, last)| last.to_string()),
    }
}

/// The order the index knows a two-word person's name typed in the other (a Japanese
/// name written family name first: "Nakasone Yasuhiro" is "Yasuhiro Nakasone"): where
/// the exact-name field `field` holds the other order in more articles, and the typed
/// first word alone (the surname) but not the second. None otherwise.
fn other_order(searcher: &Searcher, field: Field, name: &str) -> Option<String> {
    let [a, b] = name.split_whitespace().collect::<Vec<_>>()[..] else { return None };
    if crate::entities::east_asian::family_first(name).is_some() {
        return None;
    }
    let capital = |w: &str| {
        let mut chars = w.chars();
        chars.next().map(|c| c.to_uppercase().chain(chars).collect::<String>()).unwrap_or_default()
    };
    let (a, b) = (capital(a), capital(b));
    let docs = |s: &str| searcher.doc_freq(&Term::from_field_text(field, s)).unwrap_or(0);
    let ordered = format!("{b} {a}");
    (docs(&ordered) > docs(&format!("{a} {b}")) && docs(&a) > 0 && docs(&a) >= OTHER_ORDER_SHARE * docs(&b))
        .then_some(ordered)
}

/// How many times more articles must give a two-word name's surname alone than its given
/// name alone for the name written the other way round to be the same person.
const OTHER_ORDER_SHARE: u64 = 5;

/// Every name the exact-name field `field` holds, with the articles holding it: for
/// [`PersonKeys::of_counted`].
pub fn every_name_counted(searcher: &Searcher, field: Field) -> tantivy::Result<HashMap<String, u64>> {
    let mut names: HashMap<String, u64> = HashMap::new();
    each_word(searcher, field, |name, docs| *names.entry(name.to_string()).or_default() += docs)?;
    Ok(names)
}

/// Every name the exact-name field `field` holds: for [`PersonKeys::of`].
pub fn every_name(searcher: &Searcher, field: Field) -> tantivy::Result<Vec<String>> {
    let mut names = Vec::new();
    each_word(searcher, field, |name, _| names.push(name.to_string()))?;
    names.sort();
    names.dedup();
    Ok(names)
}

/// A folded name word with German's umlauts spelled out read as their vowels ("mueller"
/// as "muller", which is how [`name_key`] folds "Müller"), so that the three spellings
/// compare alike.
fn umlauts_as_vowels(word: &str) -> String {
    word.replace("ae", "a").replace("oe", "o").replace("ue", "u")
}

/// Calls `visit` with each word of `field` in every segment and how many of the segment's
/// articles hold it (a word in several segments comes once per segment).
pub(crate) fn each_word(
    searcher: &Searcher,
    field: Field,
    mut visit: impl FnMut(&str, u64),
) -> tantivy::Result<()> {
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(field)?;
        let mut stream = inverted.terms().stream()?;
        while let Some((word, info)) = stream.next() {
            if let Ok(word) = std::str::from_utf8(word) {
                visit(word, u64::from(info.doc_freq));
            }
        }
    }
    Ok(())
}

/// Names the exact-name field `exact` holds that are spelled like `name` but not as it is
/// (`Volker` → `Volcker`, `Tony Blaire` → `Tony Blair`), the most used first, at most
/// `limit`: what a misspelled filter may have meant. A one-word name is compared with each
/// word of the names (and the word is what is offered: `--person volcker` finds every
/// Volcker); a longer one with whole names. Names of up to three letters have no near
/// spellings that mean anything; up to five, one slip is allowed; longer, two.
pub fn names_spelled_like(
    searcher: &Searcher,
    exact: Field,
    name: &str,
    limit: usize,
) -> tantivy::Result<Vec<String>> {
    let wanted = fold(name);
    let one_word = !wanted.contains(' ');
    let slips = match wanted.chars().count() {
        0..=3 => return Ok(Vec::new()),
        4..=5 => 1,
        _ => 2,
    };
    // Or the name without the initials between its first and last words ("James A. Baker"
    // is "James Baker" where no article gives the initial).
    let words: Vec<&str> = wanted.split(' ').collect();
    let initial = |w: &&str| w.trim_end_matches('.').chars().count() == 1;
    let bare = match words.as_slice() {
        [first, middle @ .., last] if !middle.is_empty() && middle.iter().all(initial) => {
            Some(format!("{first} {last}"))
        }
        _ => None,
    };
    let close = |form: &str| {
        form != wanted
            && (strsim::damerau_levenshtein(form, &wanted) <= slips || bare.as_deref() == Some(form))
    };
    let mut found: HashMap<String, u64> = HashMap::new();
    each_word(searcher, exact, |stored, docs| {
        if one_word {
            for word in stored.split_whitespace().filter(|word| close(&fold(word))) {
                *found.entry(word.to_string()).or_default() += docs;
            }
        } else if close(&fold(stored)) {
            *found.entry(stored.to_string()).or_default() += docs;
        }
    })?;
    // One entry per spelling, under its most used writing.
    let mut by_spelling: HashMap<String, (String, u64, u64)> = HashMap::new();
    for (form, docs) in found {
        let entry = by_spelling.entry(fold(&form)).or_insert_with(|| (form.clone(), 0, 0));
        entry.1 += docs;
        if docs > entry.2 {
            (entry.0, entry.2) = (form, docs);
        }
    }
    let mut near: Vec<(String, u64)> =
        by_spelling.into_values().map(|(form, docs, _)| (form, docs)).collect();
    near.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(near.into_iter().take(limit).map(|(form, _)| form).collect())
}

/// For each of `surnames` (as [`name_key`] folds them), the full name with that surname
/// the most articles of the whole index give, as most of them write it: the person a
/// surname alone may stand for. One read of the exact-name field's words.
pub fn commonest_full_names(
    searcher: &Searcher,
    field: Field,
    surnames: &std::collections::HashSet<String>,
) -> tantivy::Result<HashMap<String, String>> {
    // Per full name (as the lists count a person: [`PersonKeys::key`]): its articles, and
    // its most used writing with their count.
    let mut names: HashMap<String, (u64, String, u64)> = HashMap::new();
    let mut forms: HashMap<String, u64> = HashMap::new();
    each_word(searcher, field, |form, docs| {
        if family_key(form).is_some_and(|family| surnames.contains(&family)) {
            *forms.entry(form.to_string()).or_default() += docs;
        }
    })?;
    let keys = PersonKeys::of_counted(&forms);
    for (form, docs) in forms {
        let entry = names.entry(keys.key(&form)).or_insert_with(|| (0, form.clone(), 0));
        entry.0 += docs;
        if docs > entry.2 || (docs == entry.2 && form < entry.1) {
            (entry.1, entry.2) = (form, docs);
        }
    }
    let mut best: HashMap<String, (u64, String, String)> = HashMap::new();
    for (folded, (docs, form, _)) in names {
        let surname = family_key(&form).unwrap_or_default();
        let better = |held: &(u64, String, String)| docs > held.0 || (docs == held.0 && folded < held.2);
        if best.get(&surname).is_none_or(better) {
            best.insert(surname, (docs, form, folded));
        }
    }
    Ok(best.into_iter().map(|(surname, (_, form, _))| (surname, form)).collect())
}

/// [`NameForms`] for each of `names`, in one read of the exact-name field's words (the
/// name lists ask for several at once); the surname alone only for people (`surnames`).
pub fn name_forms(
    searcher: &Searcher,
    field: Field,
    names: &[&str],
    surnames: bool,
) -> tantivy::Result<Vec<NameForms>> {
    // A Japanese name written family name first is the person the index knows in the
    // other order ("Nakasone Yasuhiro", "Yasuhiro Nakasone"; see [`other_order`]).
    let names: Vec<Cow<'_, str>> = names
        .iter()
        .map(|name| match other_order(searcher, field, name) {
            Some(ordered) if surnames => Cow::Owned(ordered),
            _ => Cow::Borrowed(*name),
        })
        .collect();
    let wanted: Vec<(String, Option<String>)> = names
        .iter()
        .map(|name| {
            let surname = if surnames { family_key(name) } else { None };
            (name_key(name), surname)
        })
        .collect();
    // The other writings of a Chinese or Korean name ("Chun Doo Hwan", "Chun Doo-hwan"),
    // and a two-word name in the other order.
    let east_asian: std::collections::HashSet<String> =
        names.iter().filter_map(|name| crate::entities::east_asian::key(name)).collect();
    let reversed: std::collections::HashSet<String> = wanted
        .iter()
        .filter_map(|(name, _)| {
            name.split_once(' ').filter(|(_, b)| !b.contains(' ')).map(|(a, b)| format!("{b} {a}"))
        })
        .collect();
    let surnames: std::collections::HashSet<&str> = wanted.iter().filter_map(|(_, s)| s.as_deref()).collect();
    let spelled_surnames: std::collections::HashSet<String> =
        surnames.iter().map(|surname| umlauts_as_vowels(surname)).collect();
    // Every word of the field that is one of the names, or ends in one of the surnames
    // (however its umlauts are spelled), with how many articles hold it (over all
    // segments).
    let mut found: HashMap<String, u64> = HashMap::new();
    // And per surname, the articles of full names that begin with it: the articles'
    // given name ("Charles Kennedy" for the surname of "Ray Charles").
    let mut as_given_name: HashMap<String, u64> = HashMap::new();
    each_word(searcher, field, |form, docs| {
        let folded = name_key(form);
        if let Some((first, _)) = folded.split_once(' ')
            && surnames.contains(first)
            && crate::entities::east_asian::family_first(form).is_none()
        {
            *as_given_name.entry(first.to_string()).or_default() += docs;
        }
        let last = folded.rsplit(' ').next().unwrap_or_default();
        // (A name with honours after it, "Philippe Sands QC", is one with its surname.)
        let with_honours = || {
            crate::entities::lexicon::is_post_nominal(last)
                && name_key(without_post_nominals(form))
                    .rsplit(' ')
                    .next()
                    .is_some_and(|l| surnames.contains(l))
        };
        if surnames.contains(last)
            || spelled_surnames.contains(&umlauts_as_vowels(last))
            || wanted.iter().any(|(name, _)| folded == *name)
            || with_honours()
            || family_key(form).is_some_and(|family| surnames.contains(family.as_str()))
            || crate::entities::east_asian::key(form).is_some_and(|key| east_asian.contains(&key))
            || reversed.contains(&folded)
            || (!folded.contains(' ') && wanted.iter().any(|(name, _)| name.split(' ').any(|w| w == folded)))
        {
            *found.entry(form.to_string()).or_default() += docs;
        }
    })?;
    let keys = if surnames.is_empty() { PersonKeys::default() } else { PersonKeys::of_counted(&found) };
    Ok(wanted
        .iter()
        .map(|(name, surname)| {
            let mut forms = NameForms::default();
            let (mut asked, mut full, mut alone) = (0u64, 0u64, 0u64);
            let key = surname.as_ref().map(|_| keys.key(name));
            // A name without middle names is one typed with them only when the index holds
            // no one else of the same first name and surname with other middle names:
            // beside "George H. W. Bush", "George Bush" may be the father, so `"George W.
            // Bush"` does not find it.
            let typed = FullName::read(name);
            let rival = typed.as_ref().filter(|t| !t.middles.is_empty()).is_some_and(|typed| {
                found.keys().filter_map(|form| FullName::read(&name_key(form))).any(|other| {
                    other.surname == typed.surname
                        && typed.same_first_in_full(&other)
                        && !other.middles.is_empty()
                        && !crate::entities::lexicon::same_middle_names(&typed.middles, &other.middles)
                })
            });
            for (form, &docs) in &found {
                let folded = name_key(form);
                let this_person = folded != *name && key.as_ref().is_some_and(|key| keys.key(form) == *key);
                if folded == *name {
                    forms.name.push(form.clone());
                } else if surname.is_some()
                    && same_person_written_otherwise(name, &folded)
                    && !(rival && FullName::read(&folded).is_some_and(|stored| stored.middles.is_empty()))
                    && !initial_of_another(typed.as_ref(), &folded, &found)
                {
                    forms.compatible.push(form.clone());
                }
                if this_person {
                    forms.same_person.push(form.clone());
                }
                let Some(surname) = surname else { continue };
                if folded == *surname {
                    forms.surname_alone.push(form.clone());
                    alone += docs;
                } else if family_key(form).as_ref() == Some(surname) {
                    full += docs;
                    // (The person's other writings are the person's: "Bobby Charlton" and
                    // "Robert Charlton" claim "Charlton" together.)
                    if folded == *name || this_person {
                        asked += docs;
                    }
                }
            }
            let share = if full == 0 { 0.0 } else { asked as f64 / full as f64 };
            // One article's full name does not claim a word many others use alone: "No
            // ads for Passion Oscar campaign" took the 42 BBC articles on the Oscars.
            let thin = asked < 2 && alone > SURNAME_ALONE_PER_FULL_NAME * asked;
            // A Chinese or Korean family name is shared by many more people than most
            // surnames ("Chung" alone, of Chung In-yong, went to Chung Mong-koo, given in
            // one article): its full name must be given in several articles.
            let family_first = crate::entities::east_asian::family_first(name).is_some();
            let thin = thin || (family_first && asked < EAST_ASIAN_FULL_NAME_ARTICLES);
            // Nor is a word the articles give more as a given name than as a surname
            // anyone's surname alone: "Charles" alone is Prince Charles, with William and
            // Harry, where "Charles Kennedy" and "Charles Clarke" outnumber "Ray Charles"
            // (`--person "Ray Charles" --exact` found 25 BBC articles, 6 of them naming
            // only the prince: now 19). "Reagan", a given name too, is a surname in the
            // articles.
            let given_name = surname
                .as_ref()
                .is_some_and(|surname| as_given_name.get(surname).is_some_and(|&given| given >= full));
            if share < SURNAME_SHARE || thin || given_name {
                forms.surname_alone.clear();
            }
            forms.name.sort();
            forms.same_person.sort();
            forms.surname_alone.sort();
            forms.compatible.sort();
            forms
        })
        .collect())
}

/// The organization names the exact-name field `exact` holds that name the known
/// organization `canonical` (typed as `typed`): those holding one of its names or aliases
/// as whole words, with nothing before it but places, nationalities and the words of
/// chambers ("Senate Democrats", "Scottish Labour Party", "Dallas Fed"). Another word
/// before it names another organization ("Liberal Democrats", "Social Democrats",
/// "Progressive Conservative Party"), and so does a name that is another known
/// organization's.
fn known_org_forms(
    searcher: &Searcher,
    exact: Field,
    typed: &str,
    canonical: &str,
) -> tantivy::Result<Vec<String>> {
    use crate::entities::lexicon::{is_demonym_or_name, known_org_aliases, known_org_any_case, place};
    const QUALIFIERS: &[&str] =
        &["senate", "house", "congressional", "state", "states", "new", "federal", "national", "the"];
    let names: Vec<Vec<String>> = known_org_aliases(canonical)
        .iter()
        .copied()
        .chain([typed, canonical])
        .map(|alias| name_key(alias).split_whitespace().map(str::to_string).collect())
        .collect();
    let names_it = |stored: &str| -> bool {
        if let Some(known) = known_org_any_case(stored) {
            return known == canonical;
        }
        let words: Vec<String> = name_key(stored).split_whitespace().map(str::to_string).collect();
        names.iter().filter(|name| !name.is_empty()).any(|name| {
            (0..words.len().saturating_sub(name.len() - 1)).any(|at| {
                words[at..at + name.len()] == name[..]
                    && words[..at].iter().all(|w| {
                        QUALIFIERS.contains(&w.as_str()) || place(w).is_some() || is_demonym_or_name(w)
                    })
            })
        })
    };
    let mut forms = Vec::new();
    each_word(searcher, exact, |stored, _| {
        if names_it(stored) {
            forms.push(stored.to_string());
        }
    })?;
    forms.sort();
    forms.dedup();
    Ok(forms)
}

/// The (full name, acronym, articles) triples that the articles of the index give, an
/// organization's full name with its acronym in brackets or as its stock symbol (the terms
/// of `pairs`, [`names::ORG_ACRONYM`](crate::index::schema::names::ORG_ACRONYM)), with how
/// many articles give each: one read of the field for [`acronym_owners`] and the callers.
pub(crate) fn acronym_pairs(
    searcher: &Searcher,
    pairs: Field,
) -> tantivy::Result<Vec<(String, String, u64)>> {
    use crate::index::schema::ACRONYM_SEPARATOR;
    let mut learnt: HashMap<(String, String), u64> = HashMap::new();
    each_word(searcher, pairs, |pair, articles| {
        if let Some((full, acronym)) = pair.split_once(ACRONYM_SEPARATOR) {
            *learnt.entry((full.to_string(), acronym.to_string())).or_default() += articles;
        }
    })?;
    let mut learnt: Vec<(String, String, u64)> = learnt.into_iter().map(|((f, a), n)| (f, a, n)).collect();
    learnt.sort();
    Ok(learnt)
}

/// The share of the articles giving an acronym to full names that must give it to one of
/// them (by [`name_key`]) for the acronym to be that one's: a slip ("General Motor Corp
/// <GM>" in 2 articles beside "General Motors Corp <GM>" in 20) does not make it nobody's,
/// while "EC", given to the European Community and to the European Commission alike,
/// stays apart.
const ACRONYM_OWNER_SHARE: f64 = 0.8;

/// For each acronym (by [`name_key`]) of `learnt` ([`acronym_pairs`]), the key of the full
/// name it stands for (its [`org_key`]: with or without its legal form): the one given it in at least [`ACRONYM_OWNER_SHARE`] of the articles
/// giving it one, else none.
pub(crate) fn acronym_owners(learnt: &[(String, String, u64)]) -> HashMap<String, Option<String>> {
    let mut counts: HashMap<String, HashMap<String, u64>> = HashMap::new();
    for (full, acronym, articles) in learnt {
        // "General Motors Corp <GM>" and "GENERAL MOTORS <GM>" give it to one company.
        *counts.entry(name_key(acronym)).or_default().entry(org_key(full)).or_default() += articles;
    }
    counts
        .into_iter()
        .map(|(acronym, fulls)| {
            let total: u64 = fulls.values().sum();
            let owner = fulls
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
                .filter(|(_, n)| *n as f64 >= ACRONYM_OWNER_SHARE * total as f64)
                .map(|(full, _)| full);
            (acronym, owner)
        })
        .collect()
}

/// A full name's words before its last " and " when one word follows it ("Centers for
/// Disease Control" of "Centers for Disease Control and Prevention", "Department of Trade"
/// of "Department of Trade and Industry"), two words or more: the name as the extractor
/// reads it where no acronym in brackets follows to show that "and Prevention" is part of
/// it.
fn before_last_and(full: &str) -> Option<&str> {
    let (before, after) = full.rsplit_once(" and ")?;
    (before.split_whitespace().count() >= 2 && after.split_whitespace().count() == 1).then_some(before)
}

/// The names an organization typed as `typed` goes by in the articles that give its full
/// name and its acronym in brackets ([`acronym_pairs`]): for an acronym, its full names
/// (and each one's words before a last "and one word", [`before_last_and`]); for a full
/// name or its first words ("Centers for Disease Control" of "Centers for Disease Control
/// and Prevention"), its acronym, when no article gives that acronym to another
/// organization.
fn acronym_partners(searcher: &Searcher, pairs: Field, typed: &str) -> tantivy::Result<Vec<String>> {
    // (Full names compare without their legal forms, as their owners are kept: "General
    // Motors Corp" begins "General Motors".)
    let typed_org = org_key(typed);
    let typed = name_key(typed);
    let typed_words: Vec<&str> = typed_org.split_whitespace().collect();
    let learnt = acronym_pairs(searcher, pairs)?;
    let owners = acronym_owners(&learnt);
    let begins_with_typed = |full: &str| {
        let words: Vec<String> = org_key(full).split_whitespace().map(str::to_string).collect();
        typed_words.len() >= 2
            && words.len() >= typed_words.len()
            && words[..typed_words.len()] == typed_words[..]
    };
    // The articles giving each full name (by its key) an acronym: a name given the typed
    // acronym in one article, when most give it to another, is a slip ("Southern
    // California Edison Co <SEC>", once, beside 20 for the Securities and Exchange
    // Commission), not a name that `--org SEC` finds every article of.
    let mut given: HashMap<(String, String), u64> = HashMap::new();
    for (full, acronym, articles) in &learnt {
        *given.entry((org_key(full), name_key(acronym))).or_default() += articles;
    }
    let a_slip = |full: &str, acronym: &str| {
        let acronym = name_key(acronym);
        let key = org_key(full);
        let owner = owners.get(&acronym).cloned().flatten();
        owner.is_some_and(|owner| owner != key) && given.get(&(key, acronym)).is_none_or(|n| *n < 2)
    };
    let mut partners: Vec<String> = Vec::new();
    for (full, acronym, _) in &learnt {
        if name_key(acronym) == typed {
            if a_slip(full, acronym) {
                continue;
            }
            partners.push(full.clone());
            partners.extend(before_last_and(full).map(str::to_string));
        } else if begins_with_typed(full)
            && owners
                .get(&name_key(acronym))
                .is_some_and(|owner| owner.as_deref().is_some_and(begins_with_typed))
        {
            partners.push(acronym.clone());
        }
    }
    partners.sort();
    partners.dedup();
    Ok(partners)
}

/// The forms in the exact organization field of the names counted as one with `name` in
/// the name lists ([`org_row_key`]): for "CDC", "Centers for Disease Control and
/// Prevention" and "Centers for Disease Control" as the articles write them; for
/// "Chrysler", "Chrysler Corp" and "Chrysler Corp.".
fn forms_by_acronym(searcher: &Searcher, name: &str) -> tantivy::Result<Vec<String>> {
    let rows = crate::search::org_rows::OrgRows::of(searcher)?;
    Ok(rows.forms(&rows.key(name)))
}

/// The key of the row of `newsdex orgs` that counts `name`: its acronym's where the
/// articles link them (`acronym_keys`, [`acronym_keys`]), else its [`org_key`].
pub fn org_row_key(acronym_keys: &HashMap<String, String>, name: &str) -> String {
    let key = org_key(name);
    acronym_keys.get(&key).or_else(|| acronym_keys.get(&name_key(name))).cloned().unwrap_or(key)
}

/// The organizations the name lists count as one by their acronym: each acronym that the
/// articles give to one full name (by [`org_key`]; see [`acronym_owners`]), keyed by that
/// name's key, by the key of its words before a last "and one word" ([`before_last_and`])
/// and by its own key, each to the acronym's key. ("CDC", "Centers for Disease Control and
/// Prevention" and "Centers for Disease Control" are one row of `newsdex orgs`.)
pub fn acronym_keys(searcher: &Searcher, pairs: Field) -> tantivy::Result<HashMap<String, String>> {
    Ok(keys_of_owners(acronym_owners(&acronym_pairs(searcher, pairs)?)))
}

/// The keys [`acronym_keys`] gives for the acronyms' owners ([`acronym_owners`]). A key
/// two acronyms claim goes to an acronym's own key first, then to a full name's, then to
/// the words before its last "and", each time to the acronym first in the alphabet
/// ("general electric", General Electric Co's and General Electric Co Plc's, to "ge", not
/// "gec"): it went by the order of a hash map, which changed from one run to the next
/// (`orgs` over BBC + Reuters differed in 6 to 20 lines between runs).
pub(crate) fn keys_of_owners(owners: HashMap<String, Option<String>>) -> HashMap<String, String> {
    let mut owned: Vec<(String, String)> =
        owners.into_iter().filter_map(|(acronym, full)| Some((acronym, full?))).collect();
    owned.sort();
    let mut keys = HashMap::new();
    for (acronym, _) in &owned {
        keys.insert(acronym.clone(), acronym.clone());
    }
    for (acronym, full) in &owned {
        keys.entry(full.clone()).or_insert_with(|| acronym.clone());
    }
    for (acronym, full) in &owned {
        if let Some(before) = before_last_and(full) {
            keys.entry(before.to_string()).or_insert_with(|| acronym.clone());
        }
    }
    keys
}

/// A person's name without the titles and honorifics before it, as the extractor stores
/// it: "Mr Blair" is "Blair", "Prime Minister Tony Blair" "Tony Blair" (`--person "mr
/// blair"` found nothing, with a hint blaming the language). The words that qualify a
/// title go with it, as a name pasted from an article has them ("Treasury Secretary James
/// Baker", "Tory leader Michael Howard", "Japanese Prime Minister Yasuhiro Nakasone"), up
/// to a given name ("Carole King" keeps its "King"). A name that is all title stays as
/// given.
pub fn without_titles(name: &str) -> String {
    use crate::entities::lexicon::{is_first_name, is_title_before_name};
    // A possessive pasted with the name is no part of it: "Pemberton-Hale's" is
    // "Pemberton-Hale".
    let name = name.trim();
    let name = ["'s", "’s", "'S", "’S"].iter().find_map(|s| name.strip_suffix(s)).unwrap_or(name);
    let words: Vec<&str> = name.split_whitespace().collect();
    let (mut start, mut at) = (0, 0);
    while at + 1 < words.len() {
        let title = (1..=3).rev().filter(|&n| at + n < words.len()).find(|&n| {
            let phrase = fold(&words[at..at + n].join(" "));
            // "PM Tony Blair", as headlines write it (no title the extractor reads).
            is_title_before_name(&phrase) || phrase == "pm" || is_hyphenated_title(&phrase)
        });
        match title {
            Some(n) => {
                at += n;
                start = at;
            }
            None if is_first_name(&fold(words[at])) => break,
            None => at += 1,
        }
    }
    words[start..].join(" ")
}

/// Whether a folded phrase with a hyphen is a title written so: "secretary-general" (the
/// titles "secretary" and "general"), "vice-president" ("vice president"), as the
/// unhyphenated writings are.
fn is_hyphenated_title(folded: &str) -> bool {
    use crate::entities::lexicon::is_title_before_name;
    folded.contains('-')
        && (is_title_before_name(&folded.replace('-', " "))
            || folded.split(['-', ' ']).all(|part| !part.is_empty() && is_title_before_name(part)))
}

/// A name with its words' -isation spelt -ization, or the other way round ("World Health
/// Organisation" ↔ "World Health Organization"); none when it has no such word.
fn other_isation_spelling(name: &str) -> Option<String> {
    let swapped: Vec<String> = name
        .split(' ')
        .map(|word| {
            for (from, to) in [
                ("isation", "ization"),
                ("ization", "isation"),
                ("ISATION", "IZATION"),
                ("IZATION", "ISATION"),
            ] {
                if word.contains(from) {
                    return word.replace(from, to);
                }
            }
            word.to_string()
        })
        .collect();
    let swapped = swapped.join(" ");
    (swapped != name).then_some(swapped)
}

/// A name without the article written before it: "the Fed" → "Fed".
fn without_article(name: &str) -> Option<&str> {
    let (first, rest) = name.trim().split_once(char::is_whitespace)?;
    first.eq_ignore_ascii_case("the").then(|| rest.trim_start())
}

/// A name without the country or nationality written before it: "German Bundesbank" →
/// "Bundesbank", "U.S. Federal Reserve" → "Federal Reserve".
fn without_country(name: &str) -> Option<&str> {
    use crate::entities::lexicon::{is_demonym_or_name, place};
    let (first, rest) = name.trim().split_once(char::is_whitespace)?;
    let country = is_demonym_or_name(&fold(first)) || place(first).is_some_and(|p| p.kind == "country");
    country.then(|| rest.trim_start())
}

/// A name with its "&" written "and", or its "and" written "&": "Standard & Poor's" and
/// "Standard and Poor's", when it has either.
fn other_conjunction(name: &str) -> Option<String> {
    if name.contains(" & ") {
        Some(name.replace(" & ", " and "))
    } else if name.contains(" and ") {
        Some(name.replace(" and ", " & "))
    } else {
        None
    }
}

/// Whether any article names `name` in an entity field.
fn names_any(searcher: &Searcher, field: Field, name: &str) -> Result<bool, QueryError> {
    let Ok(query) = name_query("", field, name) else {
        return Ok(false);
    };
    let count = searcher.search(&query, &tantivy::collector::Count);
    Ok(count.map_err(|e| QueryError(format!("reading the index: {e}")))? > 0)
}

/// The key under which the name lists count two writings of an organization as one: its
/// [`name_key`] without the legal form that ends it ([`without_legal_form`]) and with its
/// hyphens and commas as spaces, as the `--org` filter finds them: "General Motors Corp",
/// "General Motors Corporation" and "General Motors" are one row of `newsdex orgs`, and
/// so are "Baker Hughes Inc", "Baker-Hughes" and "Baker Hughes", and "Goldman, Sachs and
/// Co", "Goldman Sachs and Co" and "Goldman Sachs" (over Reuters-21578, three rows of 70,
/// 40 and 31 articles). A known organization ([`KNOWN_ORGS`]) is keyed by its canonical
/// name, also after its country's abbreviation ([`without_home_country`]): "U.S. Federal
/// Reserve", "Federal Reserve Board" and "Fed" are the row "Federal Reserve".
///
/// [`KNOWN_ORGS`]: crate::entities::lexicon::KNOWN_ORGS
pub fn org_key(name: &str) -> String {
    use crate::entities::lexicon::known_org_any_case;
    let name = with_and_spelled_alike(name);
    let bare = without_legal_form(&name);
    // "U.S. Department of Labor" and "Labor Department" are one row.
    let bare = crate::entities::products::department_form(&bare).unwrap_or(bare);
    let known = known_org_any_case(&bare).or_else(|| {
        without_home_country(&bare).and_then(|rest| known_org_any_case(&without_legal_form(rest)))
    });
    let key = name_key(known.unwrap_or(&bare)).replace(['-', ','], " ");
    key.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The parts of an organization's name joined by slashes ("Royal Dutch/Shell"), each of
/// two letters or more and not all digits; none for a name without a slash, or a web
/// address.
fn slash_parts(name: &str) -> Option<Vec<String>> {
    if !name.contains('/') || name.contains("://") {
        return None;
    }
    let parts: Vec<String> = name.split('/').map(|p| p.trim().to_string()).collect();
    let real = |p: &String| p.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    (parts.len() >= 2 && parts.iter().all(real)).then_some(parts)
}

/// A name with its "&" written as every writer does: "and" between words ("Standard &
/// Poor's" is "Standard and Poor's"), nothing between capitals ("AT&T", "AT and T" and
/// "ATT" are one; "S&P" is "SP").
fn with_and_spelled_alike(name: &str) -> String {
    let caps = |w: &str| (1..=3).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut at = 0;
    while at < words.len() {
        let word = words[at];
        let joined_caps = word.split('&').count() > 1
            && without_final_s(word).split('&').all(caps)
            && !without_final_s(word).ends_with('&');
        if joined_caps {
            out.push(word.replace('&', ""));
        } else if (word == "and" || word == "&")
            && at > 0
            && at + 1 < words.len()
            && caps(words[at - 1])
            && caps(without_final_s(words[at + 1]))
            && out.last().is_some_and(|w| w == words[at - 1])
        {
            let last = out.pop().unwrap_or_default();
            out.push(format!("{last}{}", words[at + 1]));
            at += 1;
        } else if word == "&" {
            out.push("and".to_string());
        } else {
            out.push(word.to_string());
        }
        at += 1;
    }
    out.join(" ")
}

/// A name without the abbreviation of a country written before it ("U.S. Federal Reserve"
/// → "Federal Reserve", "UK Labour" → "Labour"), as wires qualify their home country's
/// bodies. A country or nationality written out stays: "Australian Labour" and "German
/// Democrats" are other parties than the known "Labour" and "Democrats".
fn without_home_country(name: &str) -> Option<&str> {
    use crate::entities::lexicon::place;
    let (first, rest) = name.trim().split_once(char::is_whitespace)?;
    let abbreviated = first.chars().filter(|c| *c != '.').count() <= 3
        && first.chars().all(|c| c.is_ascii_uppercase() || c == '.');
    (abbreviated && place(first).is_some_and(|p| p.kind == "country")).then(|| rest.trim_start())
}

/// An organization's name without the legal form that ends it ("Inc", "Corp.",
/// "Corporation", "Co", "Company", "plc", "GmbH"...), which writers add or leave out:
/// "Ford Motor Company" is "Ford Motor", found in "Ford Motor Co" too. An "and Co" or
/// "& Co" before it goes too ("Merrill Lynch and Co Inc" is "Merrill Lynch", as "Merrill
/// Lynch & Co." is). A name that is only a legal form after its first word stays as
/// given.
pub(crate) fn without_legal_form(name: &str) -> String {
    use crate::entities::lexicon::is_legal_form;
    let mut words: Vec<&str> = name.split_whitespace().collect();
    let is_form = |word: &str| {
        let folded = fold(word.trim_end_matches(','));
        // Written with dots too: "Volkswagen A.G." is "Volkswagen AG", "Fiat S.p.A." "Fiat SpA".
        is_legal_form(&folded)
            || (folded.contains('.') && is_legal_form(&folded.replace('.', "")))
            || ["corporation", "company", "incorporated", "limited"].contains(&folded.as_str())
    };
    while words.len() > 1 {
        let last = words[words.len() - 1];
        if is_form(last) {
            words.pop();
            // "Merrill Lynch and Co", "Goldman Sachs & Co.": the company's partners.
            let and = words.len().checked_sub(1).map(|at| fold(words[at]));
            let partners = ["co", "co.", "company"].contains(&fold(last).as_str());
            if words.len() >= 2 && partners && matches!(and.as_deref(), Some("and" | "&")) {
                words.pop();
            }
        } else {
            break;
        }
    }
    words.join(" ").trim_end_matches(',').to_string()
}

/// A name with its dotted abbreviations written without dots ("U.S. Treasury" → "US
/// Treasury", "E.C." → "EC"), when it has one.
fn undotted(name: &str) -> Option<String> {
    let is_dotted = |w: &str| {
        let letters: Vec<&str> = w.split_terminator('.').collect();
        w.ends_with('.')
            && letters.len() >= 2
            && letters.iter().all(|l| l.chars().count() == 1 && l.chars().all(char::is_uppercase))
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    words.iter().any(|w| is_dotted(w)).then(|| {
        words
            .iter()
            .map(|w| if is_dotted(w) { w.replace('.', "") } else { w.to_string() })
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// A name with its short all-capital abbreviations written with dots ("US Treasury" →
/// "U.S. Treasury", "EC" → "E.C."), when it has one.
fn dotted(name: &str) -> Option<String> {
    let is_short_caps =
        |w: &str| (2..=3).contains(&w.chars().count()) && w.chars().all(|c| c.is_ascii_uppercase());
    let words: Vec<&str> = name.split_whitespace().collect();
    words.iter().any(|w| is_short_caps(w)).then(|| {
        words
            .iter()
            .map(
                |w| {
                    if is_short_caps(w) {
                        w.chars().map(|c| format!("{c}.")).collect()
                    } else {
                        w.to_string()
                    }
                },
            )
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// For each word of a query's text that no article's title, dateline or text holds, the word of
/// the index spelled most like it (the fewest edits, as `word~N` allows for its length,
/// then the most used), with how many articles hold that: `gorbachov` gives `gorbachev`.
/// Operators, fields, wildcards, fuzzy words and exclusions are passed over.
pub fn words_spelled_like(
    news: &NewsIndex,
    searcher: &Searcher,
    text: &str,
) -> tantivy::Result<Vec<(String, String, u64)>> {
    let fields = &news.fields;
    let mut meant = Vec::new();
    for (typed, word) in plain_words(text) {
        let edits = most_edits(&word);
        let held = |field: Field| live_docs(searcher, &Term::from_field_text(field, &word));
        if edits == 0
            || !word.chars().all(char::is_alphabetic)
            || held(fields.body)? + held(fields.title)? + held(fields.dateline)? + held(fields.byline)? > 0
        {
            continue; // a reporter's name is found in bylines: see `words_in_bylines_only`
        }
        // The index's files keep the words of removed articles until a purge: a word that
        // only they hold is never offered, or two typos would spell out a removed name.
        // The words of headlines too: a name a story only gives in its headline
        // ("lecanemab") is spelled there alone. The fewest edits first, the text's words
        // before the headlines' at equal edits.
        let mut near = near_words(searcher, fields.body, &word, edits)?;
        // And a dateline's: a city a wire names only where it filed from ("Canberra").
        for field in [fields.title, fields.dateline] {
            for (other_word, distance) in near_words(searcher, field, &word, edits)? {
                if !near.iter().any(|(known, _)| *known == other_word) {
                    near.push((other_word, distance));
                }
            }
        }
        near.sort_by_key(|&(_, distance)| distance);
        for (near, _) in near {
            let docs = articles_in_text(searcher, fields, &near)?;
            if docs > 0 {
                let near = as_written(searcher, fields.marks, &near)?.unwrap_or(near);
                meant.push((typed, near, docs));
                break;
            }
        }
    }
    Ok(meant)
}

/// A word of a query that at most this many articles hold may be a misspelling of a
/// common word one edit away ("prime minster": 1 article of BBC + Reuters writes "minster").
const RARE_WORD_ARTICLES: u64 = 10;

/// How many times more articles must hold the word one edit away for it to be offered.
const RARE_WORD_MARGIN: u64 = 200;

/// For each word of a query's text that a few articles hold (at most
/// [`RARE_WORD_ARTICLES`]), the word one edit away that [`RARE_WORD_MARGIN`] times as many
/// hold, with both counts: `minster` (1) gives `minister` (5,009). Not the word's own
/// other number ("blairs" is no misspelling of "blair"), nor a word with a figure.
/// `found` counts the articles a word holds: the caller's count, the one it shows
/// (a search for the word alone finds "minsters" too), so the rule and the note agree.
pub fn rare_words_spelled_like<E: From<tantivy::TantivyError>>(
    news: &NewsIndex,
    searcher: &Searcher,
    text: &str,
    mut found: impl FnMut(&str) -> Result<u64, E>,
) -> Result<Vec<(String, u64, String, u64)>, E> {
    let fields = &news.fields;
    let mut meant = Vec::new();
    for (typed, word) in plain_words(text) {
        if most_edits(&word) == 0 || !word.chars().all(char::is_alphabetic) {
            continue;
        }
        let held = found(&word)?;
        if held == 0 || held > RARE_WORD_ARTICLES {
            continue;
        }
        let own_forms = number_forms(&word);
        let commonest = near_words(searcher, fields.body, &word, 1)?.into_iter().find(|(near, edits)| {
            *edits == 1
                && is_a_slip_of(&word, near)
                && !own_forms.contains(near)
                && !number_forms(near).contains(&word)
        });
        let Some((near, _)) = commonest else { continue };
        let docs = found(&near)?;
        if docs >= RARE_WORD_MARGIN * held {
            let near = as_written(searcher, fields.marks, &near)?.unwrap_or(near);
            meant.push((typed, held, near, docs));
        }
    }
    Ok(meant)
}

/// How many live articles hold `word` in their headline, their dateline or their text.
fn articles_in_text(searcher: &Searcher, fields: &crate::index::Fields, word: &str) -> tantivy::Result<u64> {
    let in_either = any_of(
        fields
            .default_search_fields()
            .into_iter()
            .map(|field| {
                let term = Term::from_field_text(field, word);
                Box::new(TermQuery::new(term, IndexRecordOption::Basic)) as Box<dyn Query>
            })
            .collect(),
    );
    Ok(searcher.search(&*in_either, &tantivy::collector::Count)? as u64)
}

/// Whether `typed` is `word` with a letter left out ("minster", "goverment") or two
/// letters swapped ("recieve"): the slips of a hand typing a known word. A letter
/// changed or added makes another word as often ("wade" and "made", "blank" and "bank",
/// "calmed" and "called": 9 of 12 words of BBC that 10 articles or fewer write, offered a
/// word one edit away, were no slip).
fn is_a_slip_of(typed: &str, word: &str) -> bool {
    let (typed, word): (Vec<char>, Vec<char>) = (typed.chars().collect(), word.chars().collect());
    let same_start = typed.iter().zip(&word).take_while(|(a, b)| a == b).count();
    if word.len() == typed.len() + 1 {
        return typed[same_start..] == word[same_start + 1..];
    }
    word.len() == typed.len()
        && same_start + 1 < typed.len()
        && typed[same_start] == word[same_start + 1]
        && typed[same_start + 1] == word[same_start]
        && typed[same_start + 2..] == word[same_start + 2..]
}

/// How many live articles hold `term`: tantivy's own count (`doc_freq`) also counts
/// the removed articles a segment keeps until it is merged (see [`crate::index::purge`]).
fn live_docs(searcher: &Searcher, term: &Term) -> tantivy::Result<u64> {
    if searcher.doc_freq(term)? == 0 {
        return Ok(0);
    }
    let query = TermQuery::new(term.clone(), IndexRecordOption::Basic);
    Ok(searcher.search(&query, &tantivy::collector::Count)? as u64)
}

/// How the articles write a folded word of the index ("kuhlturme"), when some write it
/// with marks ("kühltürme"): the spelling most of them use, for a hint to show. Only the
/// `marks` field's words that start with the same letter, or with a letter outside ASCII,
/// and are about as long, are folded to compare.
fn as_written(searcher: &Searcher, marks: Field, folded: &str) -> tantivy::Result<Option<String>> {
    let Some(first) = folded.chars().next().filter(char::is_ascii_alphanumeric) else { return Ok(None) };
    let length = folded.chars().count();
    let next = [first as u8 + 1];
    let mut spellings: rustc_hash::FxHashMap<String, u64> = rustc_hash::FxHashMap::default();
    for segment in searcher.segment_readers() {
        let terms = segment.inverted_index(marks)?;
        let same_letter = terms.terms().range().ge([first as u8]).lt(next).into_stream()?;
        let other_letter = terms.terms().range().ge([0x80u8]).into_stream()?;
        for mut stream in [same_letter, other_letter] {
            while stream.advance() {
                let Ok(word) = std::str::from_utf8(stream.key()) else { continue };
                if word.chars().count().abs_diff(length) > 2 {
                    continue;
                }
                if matches!(name_terms(word).as_slice(), [only] if only == folded) {
                    *spellings.entry(word.to_string()).or_default() += u64::from(stream.value().doc_freq);
                }
            }
        }
    }
    let mut spellings: Vec<(String, u64)> = spellings.into_iter().collect();
    spellings.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    // Not a spelling only removed articles hold (see [`live_docs`]).
    for (word, _) in spellings {
        if live_docs(searcher, &Term::from_field_text(marks, &word))? > 0 {
            return Ok(Some(word));
        }
    }
    Ok(None)
}

/// The words of `text` that no headline or text holds but some bylines do (a reporter's
/// name typed as a search), with how many articles' bylines hold each.
pub fn words_in_bylines_only(
    news: &NewsIndex,
    searcher: &Searcher,
    text: &str,
) -> tantivy::Result<Vec<(String, u64)>> {
    let fields = &news.fields;
    let mut found = Vec::new();
    for (typed, word) in plain_words(text) {
        let held = |field: Field| live_docs(searcher, &Term::from_field_text(field, &word));
        let bylines = held(fields.byline)?;
        if bylines > 0 && held(fields.body)? + held(fields.title)? + held(fields.dateline)? == 0 {
            found.push((typed, bylines));
        }
    }
    Ok(found)
}

/// The plain words of a query's text, each as typed ("Kühlturm") and as the index
/// tokenizes it ("kuhlturm"): operators, fields, wildcards, fuzzy words and exclusions are
/// passed over.
fn plain_words(text: &str) -> Vec<(String, String)> {
    let mut analyzer = query_analyzer();
    let mut words = Vec::new();
    for item in text.split_whitespace() {
        if ["OR", "AND", "NOT", "||", "&&"].contains(&item)
            || item.starts_with('-')
            || item.contains([':', '*', '~', '\\'])
            || truncated_by_bang(item).is_some()
        {
            continue;
        }
        let mut stream = analyzer.token_stream(item);
        while let Some(token) = stream.next() {
            let typed = item.get(token.offset_from..token.offset_to).unwrap_or(&token.text);
            words.push((typed.to_string(), token.text.clone()));
        }
    }
    words
}

/// The words of a name (or any text of a query) as the index tokenized them: a score,
/// an amount or a share as its one joined word ("4-6", "£25m"), a hyphenated word as its
/// parts ([`query_analyzer`]).
pub fn name_terms(name: &str) -> Vec<String> {
    crate::index::schema::words_by(query_analyzer(), name)
}

/// The words of a phrase as [`name_terms`] gives them, with [`SENTENCE_END`] between two
/// where its text ends a sentence (`"months ago. I said"`: months ago . i said), as the
/// query's positions leave the index's gap there, for the highlighter to mark the quote
/// across it.
fn phrase_words(text: &str) -> Vec<String> {
    with_sentence_ends(&placed_words(text))
}

/// The contractions that a word typed without its apostrophe stands for ("dont" for
/// "don't"), which the index holds as the two words either side of it ("don", "t").
/// Not those whose letters make a word of their own: "ill" (I'll), "well" (we'll), "were"
/// (we're), "wed" (we'd), "hell" (he'll), "shell" (she'll), "shed" (she'd), "id" (I'd),
/// "its" (it's), "lets" (let's), "hed" (he'd).
const CONTRACTIONS: &[&str] = &[
    "don't",
    "won't",
    "can't",
    "isn't",
    "doesn't",
    "didn't",
    "wouldn't",
    "couldn't",
    "shouldn't",
    "hasn't",
    "haven't",
    "hadn't",
    "aren't",
    "wasn't",
    "weren't",
    "ain't",
    "mustn't",
    "needn't",
    "mightn't",
    "shan't",
    "you're",
    "they're",
    "i've",
    "we've",
    "you've",
    "they've",
    "could've",
    "would've",
    "should've",
    "i'm",
    "you'll",
    "they'll",
    "it'll",
    "you'd",
    "they'd",
    "that's",
    "what's",
    "there's",
    "here's",
    "where's",
    "who's",
    "he's",
    "she's",
];

/// The contraction `typed` stands for, written without its apostrophe (`wont` → "won't",
/// `Dont` → "don't"), as [`CONTRACTIONS`] lists them.
pub fn contraction_typed_without_apostrophe(typed: &str) -> Option<&'static str> {
    let folded = typed.to_lowercase();
    CONTRACTIONS.iter().copied().find(|c| c.len() == folded.len() + 1 && c.replace('\'', "") == folded)
}

/// The words either side of the apostrophe of the contraction `word` (folded) is typed
/// for without it: `dont` is "don" "t", `youre` "you" "re" ([`CONTRACTIONS`]).
fn contraction_parts(word: &str) -> Option<(String, String)> {
    contraction_typed_without_apostrophe(word).map(|c| {
        let (before, after) = c.split_once('\'').expect("an apostrophe");
        (before.to_string(), after.to_string())
    })
}

/// The amounts and shares in a phrase's words (as the query analyzer gives them), each as
/// (index of its first word, how many words it takes, the one word the index stores for
/// it: `$25` for "$25" or "25 dollars", `$1.2bn` for "$1.2 billion", `5%` for "5 percent"
/// or "5 per cent"). A bare figure is none: "25" may be any number.
fn amounts_in_phrase(words: &[(String, usize)]) -> Vec<(usize, usize, String)> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let longest = (1..=3.min(words.len() - i))
            .take_while(|&len| len == 1 || words[i + len - 1].1 == words[i].1 + len - 1)
            .last()
            .unwrap_or(1);
        let amount = (1..=longest).rev().find_map(|len| {
            let run: Vec<&str> = words[i..i + len].iter().map(|(w, _)| w.as_str()).collect();
            amount_word(&run.join(" ")).map(|word| (len, word))
        });
        match amount {
            Some((len, word)) => {
                found.push((i, len, word));
                i += len;
            }
            None => i += 1,
        }
    }
    found
}

/// The words an amount or a share (`$25`, `£1.2bn`, `5%`, as [`amount_word`] gives it)
/// may be written with after its figure, as the index holds them: none ("$25", "£1.2bn",
/// "5%"), its scale ("$1.2 billion"), its currency ("25 dlrs", "25m euros") or both ("1.2
/// bln stg"), or for a share "pct" or "per cent".
fn unit_words_after(amount: &str) -> Vec<Vec<String>> {
    use crate::index::words::{currency_word, scale_of};
    // The scale and currency words as the index holds them (the wire's "mln" and "dlrs" are
    // "million" and "dollars"), each read by the indexer's own rules: "pounds" is money
    // only after a scale.
    const SCALES: [&str; 4] = ["thousand", "million", "billion", "trillion"];
    // One of them too: "1 dlr a barrel" is `$1` "dollar" (`"$1 a barrel"` 0 -> 10 Reuters
    // articles).
    const CURRENCIES: [&str; 8] =
        ["dollars", "dollar", "sterling", "pounds", "pound", "yen", "euros", "euro"];
    let figure = amount.trim_start_matches(['$', '£', '€', '¥']);
    let sign = &amount[..amount.len() - figure.len()];
    let unit = figure.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    if unit == "%" {
        return vec![vec![], vec!["percent".into()], vec!["per".into(), "cent".into()]];
    }
    let scale = SCALES.into_iter().find(|word| scale_of(word, false) == Some(unit));
    let mut all = Vec::new();
    for scaled in std::iter::once(None).chain(scale.map(Some)) {
        let words: Vec<String> = scaled.iter().map(|w| w.to_string()).collect();
        all.push(words.clone());
        for currency in CURRENCIES.into_iter().filter(|w| currency_word(w, scaled.is_some()) == Some(sign)) {
            all.push(words.iter().cloned().chain([currency.to_string()]).collect());
            // With the country's name before the dollars: "18 U.S. dlrs a barrel" is
            // `"$18 a barrel"` (`"18 dlrs a barrel"` 61 -> 62 Reuters articles, as a scan
            // finds).
            if currency_word(currency, false) != Some("$") {
                continue;
            }
            for (country, _) in crate::index::words::DOLLARS.iter().filter(|(_, s)| *s == sign) {
                let named = placed_words(country).into_iter().map(|(w, _)| w);
                all.push(words.iter().cloned().chain(named).chain([currency.to_string()]).collect());
            }
        }
    }
    all
}

/// The word `word` (folded) without its `s`, if it may be a possessive typed without its
/// apostrophe ("governments" for "government's"): four letters or more, ending in an `s`
/// that no plural or word ends with as often ("ss", "us", "is": "business", "status",
/// "crisis" are left alone).
fn possessive_stem(word: &str) -> Option<&str> {
    let stem = word.strip_suffix('s')?;
    let plain = word.len() >= 4 && word.chars().all(|c| c.is_ascii_lowercase());
    (plain && !stem.ends_with(['s', 'u', 'i'])).then_some(stem)
}

/// How a word of a phrase may be written otherwise in the index ([`Converter::respelled`]).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Respelling {
    /// As two words ("don" "t" for `dont`, "government" "s" for `governments`); with
    /// `joined`, the typed word at the first one's position too: how the index holds a
    /// hyphenated word ("counter-claims" is "counterclaims" and "counter" at one
    /// position, "claims" at the next), so that only the hyphenated spelling matches.
    Split { first: String, second: String, joined: bool },
    /// The word and the `parts - 1` after it as one ("co" "operation" as "cooperation"),
    /// then the words `after`, one at each next position: an amount as the index holds it
    /// however written, its normal word at the figure and then the unit words the text
    /// writes ("25 dlrs" as `$25` "dollars", "$1.2bn" as `$1.2bn` alone).
    Closed { word: String, parts: usize, after: Vec<String> },
}

/// The writings of a rate of oil output, as the index holds their words: the wire's "bpd"
/// (Reuters-21578: 133 articles) and "b/d" (1), and the words in full (114 "barrels per
/// day", 52 "barrels a day"). A phrase with one, or the word `bpd` or `b/d` alone, finds
/// the others ([`Converter::respellings`]); "b/d" only after another word of a phrase, as
/// alone its words are initials as often ("B. D. Aggarwal").
const DAILY_BARRELS: &[&[&str]] =
    &[&["bpd"], &["barrels", "per", "day"], &["barrels", "a", "day"], &["b", "d"]];

/// The groups of nations named "G" and their number ("G7", "G-7") or "Group of" and it
/// in words or in figures ("Group of Seven", "Group of 77"): the number and its word. Not
/// "G3" or "G4", which name phones and computers as often, and a group of three or four
/// of anything.
const NATION_GROUPS: &[(&str, &str)] = &[
    ("5", "five"),
    ("6", "six"),
    ("7", "seven"),
    ("8", "eight"),
    ("10", "ten"),
    ("15", "fifteen"),
    ("20", "twenty"),
    ("24", "24"),
    ("77", "77"),
];

/// The number of a group of nations ([`NATION_GROUPS`]) that `words` name as "G" and a
/// number, joined ("g7") or not ("g", "7": `G-7` as a query's words), with its word.
fn nation_group(words: &[&str]) -> Option<(&'static str, &'static str)> {
    let number = match words {
        [joined] => joined.strip_prefix('g')?,
        ["g", number] => number,
        _ => return None,
    };
    NATION_GROUPS.iter().find(|(digits, _)| *digits == number).copied()
}

/// Where a phrase's words name a group of nations as "Group of" and its number ("group",
/// "of", "seven" or "7"): the index of "group", the group's number, and the number as
/// the phrase does not write it ("7" for "seven").
fn nation_groups_in_phrase(words: &[(String, usize)]) -> Vec<(usize, &'static str, &'static str)> {
    words
        .windows(3)
        .enumerate()
        .filter(|(_, w)| w[0].0 == "group" && w[1].0 == "of")
        .filter_map(|(i, w)| {
            NATION_GROUPS
                .iter()
                .find(|(digits, word)| w[2].0 == *digits || w[2].0 == *word)
                .map(|&(digits, word)| (i, digits, if w[2].0 == digits { word } else { digits }))
        })
        .collect()
}

/// Where a phrase's words hold one of the [`DAILY_BARRELS`] writings: its first word's
/// index, its words, and the writing.
fn daily_barrels_in_phrase(words: &[(String, usize)]) -> Vec<(usize, usize, &'static [&'static str])> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let writing = DAILY_BARRELS.iter().find(|writing| {
            words.len() >= i + writing.len()
                && words[i..i + writing.len()].iter().zip(writing.iter()).all(|((word, _), w)| word == w)
        });
        match writing {
            Some(writing) => {
                found.push((i, writing.len(), *writing));
                i += writing.len();
            }
            None => i += 1,
        }
    }
    found
}

/// A phrase written otherwise: its terms at their positions, for the phrase query, and
/// its words for the highlighter.
type PlacedPhrase = (Vec<(usize, String)>, Vec<String>);

/// The words of a phrase (each with its position, as the query analyzer gives them) with
/// the word at each index in `changes` written otherwise: the terms of the phrase query,
/// and the words for the highlighter (with [`SENTENCE_END`] at a sentence end).
fn respelled(
    words: &[(String, usize)],
    changes: &[(usize, Respelling)],
) -> (Vec<(usize, String)>, Vec<String>) {
    let mut terms: Vec<(usize, String)> = Vec::new();
    let mut marked: Vec<(String, usize)> = Vec::new();
    let (mut shift, mut skip) = (0isize, 0usize);
    for (i, (word, position)) in words.iter().enumerate() {
        if skip > 0 {
            skip -= 1;
            continue;
        }
        let at = (*position as isize + shift) as usize;
        match changes.iter().find(|(k, _)| *k == i).map(|(_, change)| change) {
            None => {
                terms.push((at, word.clone()));
                marked.push((word.clone(), at));
            }
            Some(Respelling::Split { first, second, joined }) => {
                if *joined {
                    terms.push((at, word.clone()));
                }
                terms.extend([(at, first.clone()), (at + 1, second.clone())]);
                marked.extend([(first.clone(), at), (second.clone(), at + 1)]);
                shift += 1;
            }
            Some(Respelling::Closed { word, parts, after }) => {
                terms.push((at, word.clone()));
                marked.push((word.clone(), at));
                for (k, unit) in after.iter().enumerate() {
                    terms.push((at + 1 + k, unit.clone()));
                    marked.push((unit.clone(), at + 1 + k));
                }
                skip = parts - 1;
                shift += after.len() as isize - (*parts as isize - 1);
            }
        }
    }
    (terms, with_sentence_ends(&marked))
}

/// Placed words as the highlighter takes them: [`SENTENCE_END`] wherever the next word
/// comes a [`SENTENCE_GAP`] later than the one before it takes.
fn with_sentence_ends(placed: &[(String, usize)]) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut next = 0;
    for (word, position) in placed {
        if !words.is_empty() {
            while *position >= next + SENTENCE_GAP {
                words.push(SENTENCE_END.to_string());
                next += SENTENCE_GAP;
            }
        }
        next = position + positions_taken(word);
        words.push(word.clone());
    }
    words
}

/// The words of `text` as a query's, each with its position.
fn placed_words(text: &str) -> Vec<(String, usize)> {
    let mut analyzer = query_analyzer();
    let mut stream = analyzer.token_stream(text);
    let mut words = Vec::new();
    while let Some(token) = stream.next() {
        words.push((token.text.clone(), token.position));
    }
    words
}

/// The phrase of `words` in `field`, each word as many positions after the one before as
/// that one takes in the index (a joined score two: [`positions_taken`]).
fn phrase_query<S: AsRef<str>>(field: Field, words: &[S]) -> PhraseQuery {
    let mut offset = 0;
    let terms = words
        .iter()
        .map(|word| {
            let at = offset;
            offset += positions_taken(word.as_ref());
            (at, Term::from_field_text(field, word.as_ref()))
        })
        .collect();
    PhraseQuery::new_with_offset(terms)
}

/// The canonical form of an organization (`org`) or place name the entity extractor would
/// store instead of `name`, when it differs. A place goes as ingest takes it: the
/// gazetteer's canonical name, then [`crate::entities::countries::listed_place`]'s one name
/// for its other names ("Arabian Gulf" is stored as "Persian Gulf", "Mideast" as "Middle
/// East", "W. Germany" as "West Germany", "Straits of Hormuz" as "Strait of Hormuz").
fn canonical_name(org: bool, name: &str) -> Option<String> {
    use crate::entities::countries::listed_place;
    use crate::entities::lexicon::{fold, known_org_any_case, place};
    let canonical = if org {
        known_org_any_case(name)?.to_string()
    } else {
        let gazetteer = place(name).map_or(name, |p| p.canonical);
        listed_place(gazetteer).map_or_else(|| gazetteer.to_string(), std::borrow::Cow::into_owned)
    };
    (fold(&canonical) != fold(name)).then_some(canonical)
}

/// A strait's writings in the text, for the highlighter: "Strait of Hormuz", "Straits of
/// Hormuz" and "Hormuz Strait" name one place, which the index stores as one
/// ([`crate::entities::countries::listed_place`]), but the snippets show as written. Empty
/// for a name that is no strait's.
fn strait_forms(name: &str) -> Vec<String> {
    let Some(rest) = crate::entities::countries::strait_named_after(name) else { return Vec::new() };
    [
        format!("Strait of {rest}"),
        format!("Straits of {rest}"),
        format!("{rest} Strait"),
        format!("{rest} Straits"),
    ]
    .into_iter()
    .filter(|form| fold(form) != fold(name))
    .collect()
}

/// A name as a phrase on an entity field: every word, in order, inside one name.
fn name_query(flag: &str, field: Field, name: &str) -> Result<Box<dyn Query>, QueryError> {
    let words = name_terms(name);
    match words.as_slice() {
        [] => Err(QueryError(format!("{flag} {name:?}: give a name with letters in it"))),
        [word] => {
            Ok(Box::new(TermQuery::new(Term::from_field_text(field, word), IndexRecordOption::WithFreqs)))
        }
        _ => Ok(Box::new(phrase_query(field, &words))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_goes_by_its_ingest_name() {
        for name in ["Hormuz Strait", "Straits of Hormuz"] {
            assert_eq!(canonical_name(false, name).as_deref(), Some("Strait of Hormuz"), "{name}");
        }
        assert_eq!(canonical_name(false, "Strait of Hormuz"), None);
        assert_eq!(canonical_name(false, "Arabian Gulf").as_deref(), Some("Persian Gulf"));
        assert_eq!(canonical_name(false, "W. Germany").as_deref(), Some("West Germany"));
        assert_eq!(canonical_name(false, "Persian Gulf"), None);
    }

    #[test]
    fn a_hyphenated_title_goes_as_the_unhyphenated_one_does() {
        assert_eq!(without_titles("Secretary-General Kofi Annan"), "Kofi Annan");
        assert_eq!(
            without_titles("U.N. Secretary-General Javier Perez de Cuellar"),
            "Javier Perez de Cuellar"
        );
        assert_eq!(without_titles("Secretary General Kofi Annan"), "Kofi Annan");
        // A hyphenated surname stays.
        assert_eq!(without_titles("Mr Pemberton-Hale"), "Pemberton-Hale");
    }

    #[test]
    fn a_slip_is_a_letter_left_out_or_two_swapped_not_a_letter_changed_or_added() {
        for (typed, word) in
            [("minster", "minister"), ("goverment", "government"), ("recieve", "receive"), ("hte", "the")]
        {
            assert!(is_a_slip_of(typed, word), "{typed} {word}");
        }
        for (typed, word) in [
            ("calmed", "called"),
            ("blank", "bank"),
            ("wade", "made"),
            ("minister", "minster"),
            ("abc", "abc"),
        ] {
            assert!(!is_a_slip_of(typed, word), "{typed} {word}");
        }
    }

    #[test]
    fn a_fielded_words_marks_go_to_its_field_and_an_excluded_ones_nowhere() {
        let collected = |q: &str| {
            let mut highlight = Highlight::default();
            collect_highlights(&tantivy::query_grammar::parse_query(q).unwrap(), false, &mut highlight);
            highlight
        };
        let words = |w: &[&str]| w.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        let h = collected("title:blair tax body:\"sales tax\" -title:oil -gas byline:smith");
        assert_eq!(h.anywhere.terms, words(&["tax"]));
        assert_eq!(h.title.terms, words(&["blair"]));
        assert_eq!(h.body.phrases, [words(&["sales", "tax"])]);
        assert_eq!(h.in_title().terms, words(&["tax", "blair"]));
        assert!(h.in_title().phrases.is_empty());
        assert_eq!(h.in_body().terms, words(&["tax"]));
        assert_eq!(h.in_body().phrases, [words(&["sales", "tax"])]);
        // A phrase with a slop, in its field.
        let h = collected("body:\"weapons destruction\"~3");
        assert_eq!(h.body.near, [(words(&["weapons", "destruction"]), 3)]);
        assert!(h.anywhere.is_empty() && h.in_title().is_empty());
        // With no field, everywhere, as before.
        let h = collected("tax \"sales tax\"");
        assert_eq!(h.in_title(), h.anywhere);
        assert_eq!(h.in_body(), h.anywhere);
        assert!(h.title.is_empty() && h.body.is_empty());
    }

    #[test]
    fn a_gap_too_wide_or_too_many_words_with_one_are_refused() {
        let check = |q: &str| check_slops(&tantivy::query_grammar::parse_query(q).unwrap());
        assert!(check("\"oil prices\"~50").is_ok());
        assert!(check("\"the of and to a in\"~5 \"a b c d e f g h i j\"").is_ok());
        assert!(check("\"oil prices\"~51").unwrap_err().0.contains("at most 50 words apart"));
        assert!(check("oil OR \"a b c d e f g h i\"~2").unwrap_err().0.contains("at most 8 words"));
    }

    #[test]
    fn the_lists_count_a_person_written_otherwise_as_one_and_rivals_apart() {
        let keys = PersonKeys::of([
            "Bobby Charlton",
            "Robert Charlton",
            "Jack Charlton",
            "Edward J. Davila",
            "Edward Davila",
            "Philippe Sands QC",
            "George W. Bush",
            "George H. W. Bush",
            "George H.W. Bush",
            "George Bush",
            "Steve Smith",
            "Stephen Smith",
            "Steven Smith",
            "John Smith III",
            "Mick Jagger",
            "Michael Jagger",
        ]);
        let same = |a: &str, b: &str| keys.key(a) == keys.key(b);
        assert!(same("Bobby Charlton", "Robert Charlton"));
        assert!(!same("Jack Charlton", "Robert Charlton"));
        assert!(same("Edward Davila", "Edward J. Davila"));
        assert!(same("Philippe Sands", "Philippe Sands QC"));
        assert!(same("Mick Jagger", "Michael Jagger"));
        assert!(same("George H. W. Bush", "George H.W. Bush"));
        assert!(!same("George W. Bush", "George H. W. Bush"));
        assert!(!same("George Bush", "George W. Bush") && !same("George Bush", "George H. W. Bush"));
        // "Steve" may be either.
        assert!(!same("Steve Smith", "Stephen Smith") && !same("Steve Smith", "Steven Smith"));
        assert!(!same("John Smith", "John Smith III"));
        assert!(!same("Edward T. Davila", "Edward J. Davila") && !same("Edward T. Davila", "Edward Davila"));
    }

    #[test]
    fn a_given_name_spelled_two_ways_beside_a_rare_surname_is_one_person() {
        let keys = PersonKeys::of([
            "Kostas Kenteris",
            "Costas Kenteris",
            "Arturo Hernandez Grisanti",
            "Aturo Hernandez Grisanti",
            "Louis Moreau",
            "Louise Moreau",
            "Kristin Smith",
            "Kristen Smith",
            "Cristin Smith",
            "Kathy Smith",
        ]);
        let same = |a: &str, b: &str| keys.key(a) == keys.key(b);
        assert!(same("Kostas Kenteris", "Costas Kenteris"));
        assert!(same("Aturo Hernandez Grisanti", "Arturo Hernandez Grisanti"));
        // A letter at the end makes another name; a common surname keeps its people apart.
        assert!(!same("Louis Moreau", "Louise Moreau"));
        assert!(!same("Kristin Smith", "Cristin Smith"));
        assert!(
            PersonKeys::spelled_alike("nikolai", "nicolai") && !PersonKeys::spelled_alike("maria", "mario")
        );
        assert!(!PersonKeys::spelled_alike("paul", "paula") && !PersonKeys::spelled_alike("ali", "ari"));
    }

    #[test]
    fn a_name_written_with_initials_a_middle_name_or_umlauts_spelled_out_is_one_person() {
        let same = |a: &str, b: &str| same_person_written_otherwise(&name_key(a), &name_key(b));
        assert!(same("John Smith", "John R. Smith"));
        assert!(same("John Smith", "J. R. Smith"));
        assert!(same("J. R. Smith", "John Robert Smith"));
        assert!(same("John R. Smith", "John Smith"));
        assert!(same("Karl Otto Pöhl", "Karl Otto Poehl"));
        assert!(same("Otto Mueller", "Otto Müller"));
        assert!(!same("George W. Bush", "George H. W. Bush"), "middle names differ");
        assert!(!same("George W Bush", "George H.W. Bush"), "middle names differ");
        assert!(same("George HW Bush", "George H.W. Bush"), "initials run together");
        assert!(same("George HW Bush", "George H. W. Bush"));
        assert!(same("Bob Dole", "Robert Dole") && same("Robert Dole", "Bob Dole"));
        assert!(same("Chris Whitty", "Christopher Whitty") && same("Jim Wright", "James C. Wright"));
        assert!(same("Bob J. Dole", "Robert Dole"));
        assert!(!same("Bob Dole", "Elizabeth Dole"));
        assert!(!same("John R. Smith", "John T. Smith"));
        assert!(!same("John Smith", "Jane Smith"));
        assert!(!same("J. R. Smith", "Jane Smith"));
        assert!(!same("John Smith", "John Smithers"));
        assert!(!same("Smith", "John Smith"), "a surname alone is no full name");
    }

    #[test]
    fn degrees_and_honours_after_a_name_are_left_out_but_not_jr() {
        assert_eq!(without_post_nominals("Ashish Jha, PhD"), "Ashish Jha");
        assert_eq!(without_post_nominals("Jane Smith MD, PhD"), "Jane Smith");
        assert_eq!(without_post_nominals("John Smith QC MP"), "John Smith");
        assert_eq!(without_post_nominals("Martin Luther King, Jr."), "Martin Luther King, Jr.");
        assert_eq!(without_post_nominals("PhD"), "PhD");
        assert_eq!(without_titles("PM Tony Blair"), "Tony Blair");
    }

    #[test]
    fn isation_and_ization_are_the_other_spelling_of_each_other() {
        assert_eq!(
            other_isation_spelling("World Health Organisation").as_deref(),
            Some("World Health Organization")
        );
        assert_eq!(
            other_isation_spelling("World Health Organization").as_deref(),
            Some("World Health Organisation")
        );
        assert_eq!(other_isation_spelling("World Bank"), None);
    }

    #[test]
    fn a_name_typed_surname_first_is_turned_round() {
        assert_eq!(surname_last("Smith, John R."), "John R. Smith");
        assert_eq!(surname_last(" Smith ,John"), "John Smith");
        assert_eq!(surname_last("John Smith"), "John Smith");
        assert_eq!(surname_last("Van Der Berg, Elizabeth Anne"), "Elizabeth Anne Van Der Berg");
        assert_eq!(
            surname_last("Martin Luther King, Jr."),
            "Martin Luther King, Jr.",
            "a suffix is no given name"
        );
        assert_eq!(surname_last("Smith, John, Jr"), "Smith, John, Jr");
    }

    #[test]
    fn a_phrase_typed_across_a_sentence_end_is_highlighted_across_its_gap() {
        assert_eq!(phrase_words("months ago. I said"), ["months", "ago", SENTENCE_END, "i", "said"]);
        assert_eq!(phrase_words("months ago I said"), ["months", "ago", "i", "said"]);
        assert_eq!(phrase_words("Is it? Yes! No"), ["is", "it", SENTENCE_END, "yes", SENTENCE_END, "no"]);
        // A score takes two positions and ends no sentence.
        assert_eq!(phrase_words("won 6-4 6-3"), ["won", "6-4", "6-3"]);
        assert_eq!(phrase_words("met Mr. Brown"), ["met", "mr", "brown"]);
    }

    #[test]
    fn a_contraction_or_possessive_typed_without_its_apostrophe_is_split_where_it_was() {
        assert_eq!(contraction_parts("dont"), Some(("don".to_string(), "t".to_string())));
        assert_eq!(contraction_parts("youre"), Some(("you".to_string(), "re".to_string())));
        assert_eq!(contraction_parts("ive"), Some(("i".to_string(), "ve".to_string())));
        for word in ["ill", "well", "were", "wed", "hell", "shell", "its", "lets", "done"] {
            assert_eq!(contraction_parts(word), None, "{word}");
        }
        assert_eq!(possessive_stem("governments"), Some("government"));
        for word in ["business", "status", "crisis", "was", "his"] {
            assert_eq!(possessive_stem(word), None, "{word}");
        }
    }

    #[test]
    fn a_respelled_phrase_moves_the_words_after_the_change() {
        let words = placed_words("I dont think. They said");
        let split = Respelling::Split { first: "don".into(), second: "t".into(), joined: false };
        let (terms, marked) = respelled(&words, &[(1, split)]);
        let at = |t: &[(usize, &str)]| t.iter().map(|&(p, w)| (p, w.to_string())).collect::<Vec<_>>();
        let gap = SENTENCE_GAP;
        assert_eq!(
            terms,
            at(&[(0, "i"), (1, "don"), (2, "t"), (3, "think"), (4 + gap, "they"), (5 + gap, "said")])
        );
        assert_eq!(marked, ["i", "don", "t", "think", SENTENCE_END, "they", "said"]);
        // A hyphenated word as the index holds it: joined and first part at one position.
        let words = placed_words("counterclaims surrounding");
        let split = Respelling::Split { first: "counter".into(), second: "claims".into(), joined: true };
        let (terms, marked) = respelled(&words, &[(0, split)]);
        assert_eq!(terms, at(&[(0, "counterclaims"), (0, "counter"), (1, "claims"), (2, "surrounding")]));
        assert_eq!(marked, ["counter", "claims", "surrounding"]);
        // Parts typed with a hyphen, as one word.
        let words = placed_words("co-operation between them");
        let (terms, _) = respelled(
            &words,
            &[(0, Respelling::Closed { word: "cooperation".into(), parts: 2, after: Vec::new() })],
        );
        assert_eq!(terms, at(&[(0, "cooperation"), (1, "between"), (2, "them")]));
    }

    #[test]
    fn a_possessive_searches_its_word_unless_quoted() {
        assert_eq!(without_possessives("Blair's budget"), "Blair budget");
        assert_eq!(without_possessives("MOODY'S"), "MOODY");
        assert_eq!(without_possessives("\"Blair's government\" tax"), "\"Blair's government\" tax");
        assert_eq!(without_possessives("person:Blair's"), "person:Blair's");
        assert_eq!(without_possessives("a's o'hara"), "a's o'hara");
        assert_eq!(without_possessives("Pemberton-Hale's trust"), "Pemberton-Hale trust");
        assert_eq!(without_possessives("-Hale's"), "-Hale's");
    }

    #[test]
    fn a_bang_ending_a_word_truncates_it_as_lexisnexis_does_outside_quotes() {
        assert_eq!(escaped("merge!"), "merge*");
        assert_eq!(
            escaped("(merg! OR acqui!) title:regulat! -takeov!"),
            "(merg* OR acqui*) title:regulat* -takeov*"
        );
        // A mark: in quotes, after a short word or a figure, before more marks or letters.
        for typed in ["\"Stop!\" he said", "go! now", "5! ways", "wow!! yes", "why!?", "a!b", "!opec"] {
            assert!(!escaped(typed).contains('*'), "{typed}");
        }
        assert_eq!(truncated_by_bang("(acqui!)"), Some("acqui"));
        assert_eq!(truncated_by_bang("title:merg!"), Some("merg"));
        assert_eq!(truncated_by_bang("Stop!!"), None);
        assert_eq!(truncated_by_bang("no!"), None);
        assert_eq!(truncated_by_bang("merger"), None);
    }

    #[test]
    fn headline_is_another_name_of_the_title_field() {
        assert_eq!(escaped("headline:merger oil"), "title:merger oil");
        assert_eq!(escaped("-Headline:(merger OR takeover)"), "-title:(merger OR takeover)");
        // A pasted headline, a quote, a word ending so: text.
        assert_eq!(escaped("Headline: oil"), r"Headline\: oil");
        assert_eq!(escaped("\"headline:merger\""), "\"headline:merger\"");
        assert_eq!(escaped("subheadline:x"), "subheadline:x");
    }

    fn escaped(text: &str) -> String {
        escape_stray_syntax(text, |name| ["title", "person", "date"].contains(&name)).into_owned()
    }

    #[test]
    fn match_reads_all_any_a_count_or_a_share_and_counts_the_words_needed() {
        assert_eq!(WordMatch::parse("all"), Ok(WordMatch::All));
        assert_eq!(WordMatch::parse(" ANY "), Ok(WordMatch::Any));
        assert_eq!(WordMatch::parse("1"), Ok(WordMatch::Any));
        assert_eq!(WordMatch::parse("3"), Ok(WordMatch::AtLeast(3)));
        assert_eq!(WordMatch::parse("75%"), Ok(WordMatch::Percent(75)));
        assert_eq!(WordMatch::parse("100%"), Ok(WordMatch::All));
        for wrong in ["most", "", "-1", "150%", "2.5"] {
            assert!(WordMatch::parse(wrong).is_err(), "{wrong}");
        }
        assert_eq!(WordMatch::All.least_of(4), None);
        assert_eq!(WordMatch::Any.least_of(4), Some(1));
        assert_eq!(WordMatch::AtLeast(3).least_of(2), Some(2), "no more than were typed");
        assert_eq!(WordMatch::Percent(75).least_of(4), Some(3));
        assert_eq!(WordMatch::Percent(75).least_of(3), Some(2), "rounded down");
        assert_eq!(WordMatch::Percent(10).least_of(3), Some(1), "at least one");
    }

    #[test]
    fn typographic_quotes_of_any_language_quote_a_phrase() {
        assert_eq!(straighten_quotes("“light rail” ‘O’Hara’"), "\"light rail\" 'O'Hara'");
        assert_eq!(straighten_quotes("„Stadtbahn“ «tramway léger»"), "\"Stadtbahn\" \"tramway léger\"");
        assert!(matches!(straighten_quotes("oil prices"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_pasted_quote_with_quotes_inside_and_punctuation_after_is_one_phrase() {
        let grammar_reads = |query: &str| {
            let mended = escaped(&straighten_quotes(query));
            assert!(tantivy::query_grammar::parse_query(&mended).is_ok(), "{query} -> {mended}");
            mended
        };
        assert_eq!(
            grammar_reads(r#""dismissed the plan as "desperate", while the Liberals""#),
            r#""dismissed the plan as  desperate , while the Liberals""#
        );
        assert_eq!(
            grammar_reads("“small firms could be “crippled” by the move”"),
            r#""small firms could be  crippled  by the move""#
        );
        for trailing in [".", ",", "?", "…", "!."] {
            assert_eq!(
                grammar_reads(&format!("\"firm commitment\"{trailing}")).trim_end(),
                "\"firm commitment\""
            );
        }
        assert_eq!(grammar_reads(r#"("firm commitment"?) OR pledge"#), r#"("firm commitment" ) OR pledge"#);
        // An omission splits the quote into the phrases either side.
        assert_eq!(
            grammar_reads(r#""firm commitment ... definitely extend""#),
            r#""firm commitment " " definitely extend""#
        );
        assert_eq!(
            grammar_reads("“firm commitment […] definitely extend”"),
            r#""firm commitment "   " definitely extend""#
        );
        // Not an omission: no word on one side, or dots glued to a word.
        assert_eq!(grammar_reads(r#""... definitely extend""#), r#""... definitely extend""#);
        assert_eq!(grammar_reads(r#""said... nothing""#), r#""said... nothing""#);
        // Two phrases side by side stay two phrases; a proximity or boost stays.
        assert_eq!(grammar_reads(r#""oil prices" "gas""#), r#""oil prices" "gas""#);
        assert_eq!(grammar_reads(r#""desperate voters"~4"#), r#""desperate voters"~4"#);
        assert_eq!(grammar_reads(r#""oil prices"^2 gas"#), r#""oil prices"^2 gas"#);
    }

    #[test]
    fn apostrophes_in_words_are_text_and_quoted_phrases_stay_phrases() {
        assert_eq!(escaped("o'hara"), r"o\'hara");
        assert_eq!(escaped("don't panic"), r"don\'t panic");
        assert_eq!(escaped("Jesus' birth"), r"Jesus\' birth");
        assert_eq!(escaped("'light rail' stadium"), "'light rail' stadium");
        assert_eq!(escaped("title:'light rail'"), "title:'light rail'");
        assert_eq!(escaped("'don't stop' now"), r"'don\'t stop' now");
        assert_eq!(escaped("rock 'n roll"), r"rock \'n roll");
        // Inside double quotes an apostrophe is already text.
        assert_eq!(escaped("\"Brian O'Hara\""), "\"Brian O'Hara\"");
        // A double quote left open after a word is a mark of inches, and what follows it
        // is read again; at a word's start it opens a phrase to the end.
        assert_eq!(escaped("5'10\" o'hara"), r#"5\'10\" o\'hara"#);
        assert_eq!(escaped("\"oil prices"), "\"oil prices\"");
        assert_eq!(escaped("gas -\"oil prices"), "gas -\"oil prices\"");
        // What the user escaped stays as written.
        assert_eq!(escaped(r"o\'hara"), r"o\'hara");
        for query in ["o'hara", "don't panic", "Jesus' birth", "5'10\"", "rock 'n roll", "'a b' c'd"] {
            let repaired = escaped(query);
            assert!(tantivy::query_grammar::parse_query(&repaired).is_ok(), "{query} -> {repaired}");
        }
    }

    #[test]
    fn a_colon_after_a_word_that_names_no_field_is_text() {
        assert_eq!(escaped("meeting at 10:30"), r"meeting at 10\:30");
        assert_eq!(escaped("Brexit: what next"), r"Brexit\: what next");
        // A lower-case word may be a misspelt field, which the parser then reports.
        assert_eq!(escaped("peron:walz"), "peron:walz");
        assert_eq!(escaped("title:oil"), "title:oil");
        assert_eq!(escaped("+person:walz -title:snow"), "+person:walz -title:snow");
        assert_eq!(escaped("title:10:30"), r"title:10\:30");
        assert_eq!(escaped("\"note: see\""), "\"note: see\"");
        assert_eq!(escaped("https://example.org/news"), r"https\://example.org/news");
        assert!(tantivy::query_grammar::parse_query(&escaped("Ratio 3:1 http://x.org")).is_ok());
    }

    #[test]
    fn a_pasted_headline_is_text_and_query_syntax_stays_syntax() {
        assert_eq!(escaped("UK heading wrong way - Howard"), r"UK heading wrong way \- Howard");
        assert_eq!(escaped("oil +"), r"oil \+");
        assert_eq!(escaped("oil -gas +walz"), "oil -gas +walz");
        assert_eq!(escaped("OIL MINISTER IN UAE TALKS"), r"OIL MINISTER \IN UAE TALKS");
        assert_eq!(escaped("person: IN [walz smith]"), "person: IN [walz smith]");
        assert_eq!(escaped("KELLEY OIL <KLY>"), r"KELLEY OIL \<KLY\>");
        assert_eq!(escaped("profit > 5"), r"profit \> 5");
        assert_eq!(escaped("date:>2020 oil"), "date:>2020 oil");
        assert_eq!(escaped("date:[2020 TO 2021] [1] {x}"), r"date:[2020 TO 2021] \[1\] \{x\}");
        assert_eq!(escaped(":oil"), r"\:oil");
        assert_eq!(escaped(r"oil \"), r"oil \\");
        // A field name in capitals is the field.
        assert_eq!(escaped("Title:Yukos"), "title:Yukos");
        assert_eq!(escaped("PERSON:blair"), "person:blair");
        assert_eq!(escaped("Brexit: what next"), r"Brexit\: what next");
        // A star inside or before a word stays in it, for the wildcard; after one it is
        // the grammar's own.
        assert_eq!(escaped("*oil* ec*my econom* *"), r"\*oil* ec\*my econom* *");
        // A bracket glued to a word is text; a group is a group.
        assert_eq!(escaped("profit(loss) Ohio(R)"), r"profit\(loss\) Ohio\(R\)");
        assert_eq!(escaped("<script>alert(1)</script>"), r"\<script\>alert\(1\)\</script\>");
        assert_eq!(escaped("oil (gas OR coal) -(a b) title:(x y)"), "oil (gas OR coal) -(a b) title:(x y)");
        assert_eq!(escaped("(f(x) OR y)"), r"(f\(x\) OR y)");
        for query in [
            "UK heading wrong way - Howard",
            "OIL MINISTER IN UAE TALKS",
            "KELLEY OIL <KLY> BUYING",
            "profit > 5",
            "a [b] c {d}",
            "oil -",
            ":oil",
            r"oil \",
            "\"oil prices",
            "*oil* ec*my",
            "profit(loss) Ohio(R)",
            "<script>alert(1)</script>",
            "(f(x) OR y)",
        ] {
            let mended = escaped(query);
            assert!(tantivy::query_grammar::parse_query(&mended).is_ok(), "{query} -> {mended}");
        }
    }

    #[test]
    fn wildcards_become_patterns_over_the_index_words() {
        let literal = |text: &str| -> UserInputLiteral {
            match tantivy::query_grammar::parse_query(&escaped(text)).unwrap() {
                UserInputAst::Leaf(leaf) => match *leaf {
                    UserInputLeaf::Literal(literal) => literal,
                    other => panic!("{other:?}"),
                },
                other => panic!("{other:?}"),
            }
        };
        let word = |text: &str| wildcard(&literal(text));
        assert_eq!(word("econom*"), Some(Wildcard::Word("econom.*".into())));
        assert_eq!(word("Écon*"), Some(Wildcard::Word("econ.*".into())));
        assert_eq!(word("*oil*"), Some(Wildcard::Word(".*oil.*".into())));
        assert_eq!(word("ec*my"), Some(Wildcard::Word("ec.*my".into())));
        assert_eq!(
            word("\"prime minis*\""),
            Some(Wildcard::PhraseEnd(vec!["prime".into()], "minis.*".into()))
        );
        assert_eq!(
            word("\"prime minis\"*"),
            Some(Wildcard::PhraseEnd(vec!["prime".into()], "minis.*".into()))
        );
        assert_eq!(word("economy"), None);
        assert_eq!(word("\"prime minister\""), None);
        // A part the index splits is no single word's pattern; a hyphenated one is the
        // word the index holds joined.
        assert_eq!(word("u.s*"), None);
        assert_eq!(word("re-flag*"), Some(Wildcard::Word("reflag.*".into())));
        assert_eq!(word("Co-op*"), Some(Wildcard::Word("coop.*".into())));
    }

    #[test]
    fn organization_filters_try_the_name_without_its_legal_form_and_with_or_without_dots() {
        assert_eq!(without_legal_form("Ford Motor Company"), "Ford Motor");
        assert_eq!(without_legal_form("Exxon Corp."), "Exxon");
        assert_eq!(without_legal_form("Acme Holdings, Inc."), "Acme Holdings");
        assert_eq!(without_legal_form("Vodafone plc"), "Vodafone");
        assert_eq!(without_legal_form("Company"), "Company");
        assert_eq!(without_legal_form("Bank of England"), "Bank of England");
    }

    #[test]
    fn an_organization_s_key_leaves_out_its_legal_form_hyphens_and_dots() {
        for same in
            ["General Motors Corp", "General Motors Corporation", "General Motors", "GENERAL MOTORS CORP."]
        {
            assert_eq!(org_key(same), "general motors", "{same}");
        }
        assert_eq!(org_key("Baker-Hughes Inc"), org_key("Baker Hughes"));
        for same in ["Volkswagen A.G.", "Volkswagen AG", "Volkswagen"] {
            assert_eq!(org_key(same), "volkswagen", "{same}");
        }
        assert_eq!(org_key("Fiat S.p.A."), org_key("Fiat SpA"));
        assert_eq!(org_key("Philips N.V."), "philips");
        assert_eq!(org_key("U.S. Steel Corp"), org_key("US Steel"));
        // "and Co" before the legal form, and a comma between the partners' names.
        for same in ["Goldman, Sachs and Co", "Goldman Sachs and Co.", "Goldman Sachs & Co", "Goldman Sachs"]
        {
            assert_eq!(org_key(same), "goldman sachs", "{same}");
        }
        for same in ["Merrill Lynch and Co Inc", "Merrill Lynch and Co. Inc.", "Merrill Lynch & Co."] {
            assert_eq!(org_key(same), "merrill lynch", "{same}");
        }
        assert_eq!(org_key("Johnson and Johnson"), "johnson and johnson");
        // A known body after its country's abbreviation, or under an alias, is the body;
        // after a nationality written out it is another.
        for same in ["U.S. Federal Reserve", "US Federal Reserve Board", "Fed", "Federal Reserve Board"] {
            assert_eq!(org_key(same), "federal reserve", "{same}");
        }
        // (In American spelling, as the index writes it: "Labor Party" is the same key.)
        assert_eq!(org_key("UK Labour Party"), "labor");
        assert_eq!(org_key("Australian Labour"), "australian labor");
        assert_eq!(org_key("U.S. Treasury"), "us treasury");
        assert_ne!(org_key("Hughes Tool Co"), org_key("Hughes"));
        assert_eq!(org_key("Co"), "co");
    }

    #[test]
    fn an_acronym_given_to_a_company_with_and_without_its_legal_form_is_that_company_s() {
        let pair = |full: &str, acronym: &str, n| (full.to_string(), acronym.to_string(), n);
        // Headlines in capitals leave the legal form out: 18 + 8 of 28 articles is 93%,
        // where 18 alone was 64%, under the 80% an owner needs.
        let owners = acronym_owners(&[
            pair("General Motors Corp", "GM", 18),
            pair("GENERAL MOTORS", "GM", 8),
            pair("General Motor Corp", "GM", 2),
            pair("European Community", "EC", 10),
            pair("European Commission", "EC", 10),
        ]);
        assert_eq!(owners["gm"].as_deref(), Some("general motors"));
        assert_eq!(owners["ec"], None);
        let keys: HashMap<String, String> =
            [("general motors".to_string(), "gm".to_string()), ("gm".to_string(), "gm".to_string())].into();
        for form in ["GM", "General Motors Corp", "General Motors Corporation", "GENERAL MOTORS"] {
            assert_eq!(org_row_key(&keys, form), "gm", "{form}");
        }
        assert_eq!(org_row_key(&keys, "Chrysler Corp."), org_row_key(&keys, "Chrysler"));
    }

    #[test]
    fn an_abbreviation_of_two_letters_takes_an_s_for_its_plural_but_a_word_does_not() {
        assert_eq!(number_forms("oz"), ["ozs"]);
        assert_eq!(number_forms("ozs"), ["oz"]);
        assert_eq!(number_forms("lbs"), ["lb"]);
        assert_eq!(number_forms("kg"), ["kgs"]);
        assert!(number_forms("mr").is_empty() && !number_forms("mrs").contains(&"mr".to_string()));
        assert_eq!(number_forms("gas"), ["gases"]);
        for (word, other) in [("ye", "yes"), ("yes", "ye"), ("de", "des"), ("la", "las"), ("las", "la")] {
            assert!(!number_forms(word).iter().any(|f| f == other), "{word} -> {other}");
        }
        for word in ["it", "its", "no", "us", "is", "as"] {
            assert!(
                !number_forms(word).iter().any(|f| f == "it" || f == "its" || f == "nos" || f == "u"),
                "{word}"
            );
        }
    }

    #[test]
    fn a_word_s_other_number_follows_the_regular_rules() {
        assert_eq!(number_forms("election"), ["elections"]);
        assert_eq!(number_forms("elections"), ["election"]);
        assert_eq!(number_forms("company"), ["companies"]);
        assert_eq!(number_forms("companies"), ["company"]);
        assert_eq!(number_forms("day"), ["days"]);
        assert_eq!(number_forms("tax"), ["taxes"]);
        assert_eq!(number_forms("church"), ["churches"]);
        assert_eq!(number_forms("taxes"), ["taxe", "tax"]);
        assert_eq!(number_forms("prices"), ["price"]);
        // A final "e" of the word's own is not the plural's: "notes" is not "not".
        assert_eq!(number_forms("notes"), ["note"]);
        assert_eq!(number_forms("wines"), ["wine"]);
        assert_eq!(number_forms("heroes"), ["heroe", "hero"]);
        assert_eq!(number_forms("wishes"), ["wishe", "wish"]);
        assert_eq!(number_forms("gas"), ["gases"]);
        assert!(number_forms("dies").iter().all(|f| f != "di"));
        assert_eq!(number_forms("business"), ["businesses"]);
        assert_eq!(number_forms("businesses"), ["businesse", "business"]);
        assert_eq!(number_forms("crisis"), ["crises"]);
        assert_eq!(number_forms("crises"), ["crise", "cris", "crisis"]);
        assert!(
            number_forms("basis").contains(&"basises".to_string())
                && !number_forms("bases").contains(&"basis".into())
        );
        assert_eq!(number_forms("chairman"), ["chairmans", "chairmen"]);
        assert_eq!(number_forms("women"), ["woman"]);
        assert_eq!(number_forms("children"), ["child"]);
        assert_eq!(number_forms("wife"), ["wives"]);
        assert_eq!(number_forms("lives"), ["life"]);
        // Words whose other number is another word, and what is no English noun.
        assert!(number_forms("news").is_empty() && number_forms("new").is_empty());
        assert!(number_forms("its").is_empty() && number_forms("time").is_empty());
        assert!(number_forms("us").is_empty() && number_forms("ölpreis").is_empty());
        assert!(number_forms("g20").is_empty());
        // Letters and digits take an "s"; a decade is no plural.
        assert_eq!(number_forms("mp3"), ["mp3s"]);
        assert_eq!(number_forms("mp3s"), ["mp3"]);
        assert!(number_forms("1980").is_empty() && number_forms("1980s").is_empty());
        assert!(
            number_forms("90s").is_empty()
                && number_forms("7").is_empty()
                && number_forms("74715").is_empty()
        );
        // A model's number takes an "s" ("Boeing 747s").
        assert_eq!(number_forms("747"), ["747s"]);
        assert_eq!(number_forms("747s"), ["747"]);
    }

    #[test]
    fn ae_oe_ue_may_stand_for_umlauts() {
        let pair = |m: &str, f: &str| (m.to_string(), f.to_string());
        assert_eq!(umlaut_spellings("muenchen"), [pair("münchen", "munchen")]);
        assert_eq!(umlaut_spellings("koeln"), [pair("köln", "koln")]);
        // Each choice of pairs: "Gruenflaeche" may be "Grünfläche", "Grünflaeche", …
        let all = umlaut_spellings("gruenflaeche");
        assert_eq!(all.len(), 3);
        assert!(all.contains(&pair("grünfläche", "grunflache")));
        assert_eq!(with_umlauts_spelled_out("Köln Übersee"), "Koeln Uebersee");
        // Words without a pair give nothing.
        assert!(umlaut_spellings("oil").is_empty() && umlaut_spellings("münchen").is_empty());
    }

    #[test]
    fn a_name_is_also_tried_without_an_article_a_possessive_or_with_the_other_and() {
        assert_eq!(without_article("the Fed"), Some("Fed"));
        assert_eq!(without_article("The World Bank"), Some("World Bank"));
        assert_eq!(without_article("Theodore Roosevelt"), None);
        assert_eq!(without_article("the"), None);
        assert_eq!(without_country("German Bundesbank"), Some("Bundesbank"));
        assert_eq!(without_country("U.S. Federal Reserve"), Some("Federal Reserve"));
        assert_eq!(without_country("Federal Reserve"), None);
        assert_eq!(without_final_s("Moody's"), "Moody");
        assert_eq!(without_final_s("Standard & Poor’s"), "Standard & Poor");
        assert_eq!(without_final_s("Moody"), "Moody");
        assert_eq!(without_final_s("'s"), "'s");
        assert_eq!(other_conjunction("Standard & Poor's").as_deref(), Some("Standard and Poor's"));
        assert_eq!(other_conjunction("Procter and Gamble").as_deref(), Some("Procter & Gamble"));
        assert_eq!(other_conjunction("AT&T"), None);
        assert_eq!(undotted("U.S. Treasury").as_deref(), Some("US Treasury"));
        assert_eq!(undotted("E.C."), Some("EC".into()));
        assert_eq!(undotted("St. Paul Cos"), None);
        assert_eq!(dotted("US Treasury").as_deref(), Some("U.S. Treasury"));
        assert_eq!(dotted("EC"), Some("E.C.".into()));
        assert_eq!(dotted("Exxon"), None);
    }

    #[test]
    fn person_filters_drop_the_titles_names_are_stored_without() {
        assert_eq!(without_titles("mr blair"), "blair");
        assert_eq!(without_titles("Prime Minister Tony Blair"), "Tony Blair");
        assert_eq!(without_titles("Mayor Jacob Frey"), "Jacob Frey");
        assert_eq!(without_titles("Tony Blair"), "Tony Blair");
        assert_eq!(without_titles("Jonathan Pemberton-Hale's"), "Jonathan Pemberton-Hale");
        assert_eq!(without_titles("Treasury Secretary James Baker"), "James Baker");
        assert_eq!(without_titles("Fed Chairman Volcker"), "Volcker");
        assert_eq!(without_titles("Tory leader Michael Howard"), "Michael Howard");
        assert_eq!(without_titles("Japanese Prime Minister Yasuhiro Nakasone"), "Yasuhiro Nakasone");
        assert_eq!(without_titles("Sheikh Yamani"), "Yamani");
        assert_eq!(without_titles("actress Elizabeth Hurley"), "Elizabeth Hurley");
        // A title word inside a name is the name's.
        assert_eq!(without_titles("Carole King"), "Carole King");
        assert_eq!(without_titles("B.B. King"), "B.B. King");
        assert_eq!(without_titles("Kiichi Miyazawa"), "Kiichi Miyazawa");
        // All title: kept, for the filter to say no one is named so.
        assert_eq!(without_titles("President"), "President");
        assert_eq!(without_titles("Mr"), "Mr");
    }

    #[test]
    fn a_refused_query_says_what_to_mend() {
        assert_eq!(syntax_hint("(oil OR gas"), "a '(' is not closed");
        assert_eq!(syntax_hint("oil) gas"), "a ')' closes no '('");
        assert_eq!(syntax_hint("title:oil AND"), "AND, OR and NOT need a word on each side");
        assert!(syntax_hint("\"(\" {x}").starts_with("syntax error; put words in double quotes"));
        assert!(syntax_hint("tag:gas -tag:nat-gas --json -n 0").starts_with("an option typed after `--`"));
        let QueryError(message) = invalid_query("date:1987", "The date field has an invalid format");
        assert!(message.ends_with("(filter dates with --since and --until)"), "{message}");
    }

    #[test]
    fn fuzzy_words_get_no_more_edits_than_their_length_bears() {
        assert_eq!(most_edits("of"), 0);
        assert_eq!(most_edits("oil"), 1);
        assert_eq!(most_edits("walz"), 1);
        assert_eq!(most_edits("klobuchar"), 2);
        assert_eq!(most_edits("Zoë"), 1);
    }

    #[test]
    fn has_a_field_asks_the_name_columns_and_refuses_the_others() {
        let mut ast = tantivy::query_grammar::parse_query("oil AND (person:* OR -site:*)").unwrap();
        exists_on_name_columns(&mut ast).unwrap();
        let shown = format!("{ast:?}");
        assert!(shown.contains("person_name") && shown.contains("site_name"), "{shown}");
        let mut body = tantivy::query_grammar::parse_query("oil body:*").unwrap();
        let QueryError(message) = exists_on_name_columns(&mut body).unwrap_err();
        assert!(message.contains("body:*") && message.contains("person, org, place and site"), "{message}");
    }

    #[test]
    fn names_are_folded_like_the_index() {
        assert_eq!(name_terms("Renée GOOD"), ["renee", "good"]);
        assert_eq!(name_terms("O'Hara"), ["o", "hara"]);
    }

    fn term(field: u32, word: &str) -> Box<dyn Query> {
        let term = Term::from_field_text(Field::from_field_id(field), word);
        Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs))
    }

    fn should(children: Vec<Box<dyn Query>>) -> Box<dyn Query> {
        Box::new(BooleanQuery::new(children.into_iter().map(|q| (Occur::Should, q)).collect()))
    }

    #[test]
    fn a_group_of_nations_is_its_g_and_its_number() {
        assert_eq!(nation_group(&["g7"]), Some(("7", "seven")));
        assert_eq!(nation_group(&["g", "77"]), Some(("77", "77")));
        assert_eq!(nation_group(&["g3"]), None);
        assert_eq!(nation_group(&["gas"]), None);
        let placed = |words: &[&str]| -> Vec<(String, usize)> {
            words.iter().enumerate().map(|(i, w)| (w.to_string(), i)).collect()
        };
        assert_eq!(nation_groups_in_phrase(&placed(&["the", "group", "of", "seven"])), [(1, "7", "7")]);
        assert_eq!(nation_groups_in_phrase(&placed(&["group", "of", "7"])), [(0, "7", "seven")]);
        assert!(nation_groups_in_phrase(&placed(&["group", "of", "three"])).is_empty());
    }

    #[test]
    fn a_figure_typed_apart_from_its_sign_or_scale_is_one_word() {
        let joined = |text: &str| figures_joined(text).into_owned();
        assert_eq!(joined("3.5 % rise"), "3.5% rise");
        assert_eq!(joined("1.2 bn loss"), "1.2bn loss");
        assert_eq!(joined("£ 1.2 bn"), "£1.2bn");
        assert_eq!(joined("profit 2.5 MLN dlrs"), "profit $2.5m");
        assert_eq!(joined("7 pct"), "7pct");
        // An amount or share in words is the one word stored for it however written.
        assert_eq!(joined("$100 million"), "$100m");
        assert_eq!(joined("bid of 100 mln dlrs"), "bid of $100m");
        assert_eq!(joined("2.5 billion pounds loss"), "£2.5bn loss");
        assert_eq!(joined("five pct rise"), "5% rise");
        assert_eq!(joined("3.5 per cent"), "3.5%");
        assert_eq!(joined("5 million people"), "5m people");
        assert_eq!(joined("18 dlrs a barrel"), "$18 a barrel");
        assert_eq!(joined("129 stg"), "£129");
        // A figure to the cent alone is a price, quoted or not; not one with a unit.
        assert_eq!(joined("18.00"), "$18.00");
        assert_eq!(joined("\"65.50\" crude"), "\"$65.50\" crude");
        assert_eq!(joined("18.00 pct"), "18.00pct");
        assert_eq!(joined("18.00 dlrs"), "$18");
        for figure in ["18.0", "18.05", "18", "\"closed at 18.00\"", "1.2.00"] {
            assert_eq!(joined(figure), figure);
        }
        // Left as typed: in quotes, a word that is no figure, a scale that is a word.
        for text in [
            "\"3.5 %\"",
            "q3 %",
            "$ tax",
            "3 m",
            "bn 3",
            "3.5 percentage",
            "\"$100 million\"",
            "10 km",
            "100 pounds",
            "five people",
            "title:100 million",
        ] {
            assert_eq!(joined(text), text);
        }
    }

    #[test]
    fn or_groups_the_words_beside_it_before_the_words_all_required() {
        let grouped = |text: &str| grouped_alternatives(text).into_owned();
        assert_eq!(grouped("budget OR tax election"), "(budget OR tax) election");
        assert_eq!(grouped("budget election OR tax"), "budget (election OR tax)");
        assert_eq!(grouped("a OR b c OR d"), "(a OR b) (c OR d)");
        assert_eq!(
            grouped("\"prime minister\" OR chancellor -sport"),
            "(\"prime minister\" OR chancellor) -sport"
        );
        assert_eq!(grouped("title:(oil OR gas price) opec"), "title:((oil OR gas) price) opec");
        assert_eq!(grouped("oil OR NOT gas price"), "(oil OR NOT gas) price");
        // AND likewise, its run kept as written: AND binds before OR.
        assert_eq!(grouped("takeover AND texaco pennzoil"), "(takeover AND texaco) pennzoil");
        assert_eq!(grouped("merger AND bank japan"), "(merger AND bank) japan");
        assert_eq!(grouped("opec saudi AND \"oil price\""), "opec (saudi AND \"oil price\")");
        assert_eq!(grouped("(merger OR takeover) AND bank japan"), "((merger OR takeover) AND bank) japan");
        assert_eq!(grouped("a AND NOT b c"), "(a AND NOT b) c");
        assert_eq!(grouped("a AND b OR c d"), "(a AND b OR c) d");
        assert_eq!(grouped("title:(oil AND gas price) opec"), "title:((oil AND gas) price) opec");
        // Left as written: nothing to group, one run of operators, a dangling OR.
        for text in
            ["oil OR gas", "oil gas", "oil AND gas OR coal", "OR oil", "oil OR", "oil AND", "\"a OR b c\""]
        {
            assert_eq!(grouped(text), text);
        }
    }

    #[test]
    fn exclusions_written_with_and_exclude() {
        let hoisted = |text: &str| {
            let mut ast = tantivy::query_grammar::parse_query(text).unwrap();
            let only = hoist_exclusions(&mut ast);
            (format!("{ast:?}"), only)
        };
        assert_eq!(hoisted("blair AND NOT brown"), ("(+blair -brown)".to_string(), false));
        assert_eq!(hoisted("oil AND (NOT gas)"), ("(+oil -gas)".to_string(), false));
        assert_eq!(hoisted("NOT a AND NOT b"), ("(** -a -b)".to_string(), true));
        assert_eq!(hoisted("blair NOT brown"), ("(*blair -brown)".to_string(), false));
    }

    /// Is this a flat disjunction of single terms (boosted or not)?
    fn is_term_disjunction(query: &dyn Query) -> bool {
        let Some(boolean) = as_disjunction(query) else { return false };
        let mut positions = false;
        query.query_terms(&mut |_, needs_positions| positions |= needs_positions);
        !positions
            && boolean
                .clauses()
                .iter()
                .all(|(_, child)| (**child).is::<TermQuery>() || (**child).is::<BoostQuery>())
    }

    #[test]
    fn nested_disjunctions_become_one_flat_disjunction_of_terms() {
        let oil = should(vec![Box::new(BoostQuery::new(term(0, "oil"), 2.5)), term(1, "oil")]);
        let prices = should(vec![Box::new(BoostQuery::new(term(0, "prices"), 2.5)), term(1, "prices")]);
        let nested = should(vec![(*oil).box_clone(), (*prices).box_clone()]);
        assert!(!is_term_disjunction(&*nested));
        let flat = flatten_disjunction(nested);
        let clauses = flat.downcast_ref::<BooleanQuery>().unwrap().clauses();
        assert_eq!(clauses.len(), 4);
        assert!(is_term_disjunction(&*flat));

        // A required clause keeps its meaning: AND is not flattened.
        let both =
            Box::new(BooleanQuery::new(vec![(Occur::Must, oil), (Occur::Must, prices)])) as Box<dyn Query>;
        let kept = flatten_disjunction(both);
        assert_eq!(kept.downcast_ref::<BooleanQuery>().unwrap().clauses().len(), 2);
        assert!(!is_term_disjunction(&*kept));
    }
}
