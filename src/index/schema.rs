//! The index schema: every field name and option lives here, and nowhere else.
//!
//! The index holds two kinds of documents:
//! - **articles** (`kind:article`): what users search; one per article, keyed by
//!   `key` = the absolute source path, plus `#id` when one file holds many articles;
//! - **file records** (`kind:file`): one per source file, with its size, mtime and content
//!   hash. They are the ingest manifest, so it is committed atomically with the articles it
//!   describes. They have no text fields, so no search ever matches them.
//!
//! Both carry `source`, the absolute path of the file, so that deleting one term removes a
//! file's articles and its record together.

use tantivy::schema::{
    DateOptions, DateTimePrecision, FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema,
    TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, PreTokenizedString, RemoveLongFilter, TextAnalyzer, Tokenizer,
    TokenizerManager,
};
use tantivy::{DateTime, TantivyDocument};

use super::caps::CapsTokenizer;
use super::words::{LONGEST_WORD, WordTokenizer};
use super::written::WrittenTokenizer;
use crate::entities::Entities;
use crate::ingest::Article;

/// Bumped whenever the schema or the meaning of a field changes; an index written with
/// another version must be rebuilt. 15: scores, amounts, shares and hyphenated words also
/// indexed joined ("4-6", "£25m", "40%", "hattrick": [`super::words`]); Persian letters,
/// Arabic-script digits, hamza seats and presentation forms folded, Hebrew acronyms
/// joined and Hebrew words also indexed without their prefixes ([`super::fold`]). 16: an
/// amount with its unit also indexed as its bare number ("$1.2bn" also `1.2`, `$1.2`), a
/// number before "pct", "percent" or "per cent" also as a share ("3.5 pct" also `3.5%`),
/// and letters joined by `&` also joined ("AT&T" also `at&t`: [`super::words`]). 17: the
/// words written in capitals kept in `caps` ([`super::caps`]), a figure and its unit of
/// measure also joined and apart ("200 mg", "200mg"), Greek letters in Latin words spelt
/// out; and the organizations an article names in full and by an acronym in brackets
/// ([`names::ORG_ACRONYM`]). 18: the section sign indexed as the word "section" ("§ 1030"
/// as "section 1030"), and "vs" and "versus" as "v" ([`super::words`]). 19: how the words
/// ending in "s" are written, capitalised inside a sentence or in lower case, kept in
/// `written` ([`super::written`]). 20: a wire story's dateline kept apart from its text
/// (`dateline`: stored, and searched with headline and text); more British spellings
/// written as the American ones, by classes of words ("totalled", "targetted",
/// "focussed", "capitalisation", "skilful", "tyre": [`super::spellings`]); "per cent" and
/// a figure's "%" also the word "percent". 21: a dateline's words in capitals kept in
/// `caps` as a line in capitals' (`--exact-words WINNIPEG` finds the stories filed there:
/// [`super::caps`]); "soyabean" written as "soybean" ([`super::spellings`]); an `&`
/// standing alone as the word "and" ([`super::words`]); each tag also kept whole
/// (`tag_name`: `tag:wheat` is no longer "iwc-wheat"). 22: a wire fraction one word at
/// one position, its value ("5-1/2 pct" as "5.5 pct" is); a number word before
/// "percentage point" also its digits; a figure in full of a million or more also its
/// scale ("1,792,000" also `1.792m`) and a scaled one also in full ("1.792 mln" also
/// `1792000`) ([`super::words`]). 23: a scaled amount no longer also its signed figure
/// ("18 mln dlrs" and "$18m" are `$18m`, not the price `$18`) ([`super::words`]).
pub const SCHEMA_VERSION: u32 = 23;

/// What joins an organization's full name to its acronym in [`names::ORG_ACRONYM`].
pub const ACRONYM_SEPARATOR: char = '\u{1f}';

/// The tokenizer of every text field: words split on non-alphanumerics but numbers kept
/// whole ("1.5m", "3,000" as `3000`) and scores, amounts, shares, hyphenated words and
/// names joined by `&` also joined ("4-6", "£25m", "40%", "3.5 pct" as `3.5%`,
/// "hattrick", "at&t"), amounts with a unit also bare ("$1.2bn" as `1.2` and `$1.2`:
/// [`super::words`]), Chinese, Japanese
/// and Korean split into character pairs ([`super::cjk`]), lower-cased, and accents and
/// other scripts' marks folded ([`super::fold`]), so `Renée` and `renee` match, and
/// `istanbul` "İstanbul"; Arabic words lose their article, words split at a character
/// inside them are put back together ("צה״ל", "٣٫٥"), and Hebrew words are also indexed
/// without their prefix letters ("בירושלים" also as `ירושלים`).
pub const TOKENIZER: &str = "newsdex";

/// Name of the analyzer of the `marks` field ([`marks_analyzer`]).
pub const MARKS_TOKENIZER: &str = "newsdex_marks";

/// Name of the analyzer of the `caps` field ([`caps_analyzer`]).
pub const CAPS_TOKENIZER: &str = "newsdex_caps";

/// Name of the analyzer of the `written` field ([`written_analyzer`]).
pub const WRITTEN_TOKENIZER: &str = "newsdex_written";

/// `kind` value of article documents.
pub const KIND_ARTICLE: &str = "article";
/// `kind` value of file records.
pub const KIND_FILE: &str = "file";
/// `kind` value of the records of files skipped for what they hold (empty, binary, no
/// text): not read again, nor warned of again, until they change.
pub const KIND_SKIPPED: &str = "skipped";

/// Field names, as users write them in `field:value` queries.
pub mod names {
    /// Headline.
    pub const TITLE: &str = "title";
    /// Article text.
    pub const BODY: &str = "body";
    /// The words of headline and text that the index folds ("schön", "İstanbul"), as
    /// written, lower-cased: a search for "schön" ranks them above "schon".
    pub const MARKS: &str = "marks";
    /// The words of headline and text written in capitals ("WHO", "IT"), folded as the
    /// text's: a search for `WHO` ranks them above "who"; a dateline's, apart, as a line in
    /// capitals' ([`super::super::caps`]).
    pub const CAPS: &str = "caps";
    /// The words of headline and text ending in "s" as written inside sentences,
    /// capitalised ("Williams") or in lower case ("prices"), folded as the text's: what
    /// tells a name from a plural ([`super::super::written`]).
    pub const WRITTEN: &str = "written";
    /// Where a wire story was filed, as its dateline gives it (`WINNIPEG, March 3 -`), when
    /// the format keeps it apart from the text: searched with headline and text, stored.
    pub const DATELINE: &str = "dateline";
    /// Author(s).
    pub const BYLINE: &str = "byline";
    /// People, searchable by any part of the name.
    pub const PERSON: &str = "person";
    /// Organizations.
    pub const ORG: &str = "org";
    /// Places.
    pub const PLACE: &str = "place";
    /// Tags from front matter.
    pub const TAG: &str = "tag";
    /// Each tag whole, in lower case ([`super::tag_key`]): `tag:wheat` is the topic
    /// "wheat", not "iwc-wheat".
    pub const TAG_NAME: &str = "tag_name";
    /// The article's web address, when its source gives one (stored only).
    pub const URL: &str = "url";
    /// The site of that address and its parent domains (`bbc.co.uk`), exact.
    pub const SITE: &str = "site";
    /// The site alone (no parent domains), for counting.
    pub const SITE_NAME: &str = "site_name";
    /// Publication date (wall clock read as UTC).
    pub const DATE: &str = "date";
    /// When the article was last changed, where it says so (wall clock read as UTC): a
    /// fast column, so that the latest version of a page leads its copies.
    pub const MODIFIED: &str = "modified";
    /// The language the article is written in (`en`, `de`): exact, stored, and a fast
    /// column for counting.
    pub const LANGUAGE: &str = "language";
    /// Other forms of the article's people ("Frey", "Bill Clinton"), so a person filter
    /// finds them by the name the article used.
    pub const PERSON_ALIAS: &str = "person_alias";
    /// An organization's full name and the acronym an article gives it in brackets
    /// ("Centers for Disease Control and Prevention (CDC)"), one term of both joined by
    /// [`ACRONYM_SEPARATOR`](super::ACRONYM_SEPARATOR): what an organization filter learns
    /// from the index (exact, stored).
    pub const ORG_ACRONYM: &str = "org_acronym";
    /// Exact canonical person names, for counting (`stats`).
    pub const PERSON_NAME: &str = "person_name";
    /// Exact canonical organization names.
    pub const ORG_NAME: &str = "org_name";
    /// Exact canonical place names.
    pub const PLACE_NAME: &str = "place_name";
    /// Absolute path of the source file.
    pub const SOURCE: &str = "source";
    /// File size in bytes (file records).
    pub const FILE_SIZE: &str = "file_size";
    /// File mtime in nanoseconds (file records).
    pub const FILE_MTIME: &str = "file_mtime";
    /// xxh3 hash of the file's bytes (file records).
    pub const FILE_HASH: &str = "file_hash";
    /// Hash of an article's parsed content, to tell which articles of an edited
    /// many-article file really changed.
    pub const ARTICLE_HASH: &str = "article_hash";
    /// Hash of an article's normalized words: equal for exact duplicates.
    pub const TEXT_HASH: &str = "text_hash";
    /// Hash of an article's web address as one page (`sites::page_key`).
    pub const PAGE_KEY: &str = "page_key";
    /// MinHash signature of an article's word shingles, for near duplicates.
    pub const MINHASH: &str = "minhash";
    /// The body text kept in the index, for articles whose file is not the text as-is
    /// (see [`super::Fields::article_doc`]).
    pub const STORED_BODY: &str = "stored_body";
}

/// Handles to every field of the schema.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// `article` or `file`.
    pub kind: Field,
    /// Unique key of the document (delete-and-replace term).
    pub key: Field,
    /// Short id of an article for URLs: 16 hex digits of a hash of its key.
    pub uid: Field,
    /// Absolute source path (shared by a file's articles and its record).
    pub source: Field,
    /// Article id inside a many-article file.
    pub id: Field,
    /// Headline.
    pub title: Field,
    /// Marked words of headline and text, unfolded (see [`names::MARKS`]).
    pub marks: Field,
    /// Words of headline and text written in capitals (see [`names::CAPS`]).
    pub caps: Field,
    /// How the words ending in "s" are written (see [`names::WRITTEN`]).
    pub written: Field,
    /// Text, indexed only: [`stored_body`](Self::stored_body) or the source file gives it
    /// back.
    pub body: Field,
    /// A copy of the body, for articles whose source file is not their text as-is.
    pub stored_body: Field,
    /// Byline.
    pub byline: Field,
    /// The dateline a format keeps apart from the text (see [`names::DATELINE`]).
    pub dateline: Field,
    /// Publication date.
    pub date: Field,
    /// The date as the article gave it, in ISO 8601 (stored only).
    pub date_text: Field,
    /// Where the date came from (stored only).
    pub date_source: Field,
    /// When the article was last changed (a fast column).
    pub modified: Field,
    /// That date as the article gave it, in ISO 8601 (stored only).
    pub modified_text: Field,
    /// People (tokenized).
    pub person: Field,
    /// Organizations (tokenized).
    pub org: Field,
    /// Places (tokenized).
    pub place: Field,
    /// Other forms of the people's names (tokenized; stored so a moved file keeps them).
    pub person_alias: Field,
    /// An organization's full name and its acronym, as [`names::ORG_ACRONYM`] says.
    pub org_acronym: Field,
    /// People (exact names: terms and a fast column).
    pub person_name: Field,
    /// Organizations (exact names).
    pub org_name: Field,
    /// Places (exact names).
    pub place_name: Field,
    /// Tags.
    pub tag: Field,
    /// Tags whole (see [`names::TAG_NAME`]).
    pub tag_name: Field,
    /// Web address (stored only).
    pub url: Field,
    /// Site and parent domains of the web address (exact terms; rebuilt from `url`).
    pub site: Field,
    /// The site alone (a fast column only; rebuilt from `url`).
    pub site_name: Field,
    /// File size.
    pub file_size: Field,
    /// File mtime.
    pub file_mtime: Field,
    /// File hash.
    pub file_hash: Field,
    /// Article content hash.
    pub article_hash: Field,
    /// Exact-duplicate fingerprint.
    pub text_hash: Field,
    /// The web address as one page ([`crate::sites::page_key`]; a fast column only, rebuilt
    /// from `url`): two copies of one page are one story, whatever their text.
    pub page_key: Field,
    /// Near-duplicate fingerprint.
    pub minhash: Field,
    /// What the uid of an article in a file of many articles is made from, when not its id
    /// ([`Article::uid_key`]; stored only, so a moved file's articles keep their uids).
    pub uid_key: Field,
    /// Language code (see [`names::LANGUAGE`]).
    pub language: Field,
}

/// The text analyzer registered under [`TOKENIZER`]: the words of an article.
pub fn analyzer() -> TextAnalyzer {
    analyzer_with(WordTokenizer::default())
}

/// The words of a query, as [`analyzer`] makes an article's, but a score, an amount, a
/// share or a name joined by `&` as the one joined word, a hyphenated word as its parts,
/// and a number as typed ([`Joined::Query`](super::words::Joined::Query)):
/// what tantivy's query parser and newsdex's own queries search for.
pub fn query_analyzer() -> TextAnalyzer {
    analyzer_with(WordTokenizer::for_queries())
}

fn analyzer_with<T: Tokenizer>(words: T) -> TextAnalyzer {
    TextAnalyzer::builder(words)
        .filter(super::cjk::CjkBigrams)
        .filter(super::words::DigitGroups)
        .filter(RemoveLongFilter::limit(LONGEST_WORD))
        .filter(LowerCaser)
        .filter(super::fold::FOLD_MARKS)
        .filter(AsciiFoldingFilter)
        .filter(super::fold::ARABIC_ARTICLE)
        .filter(super::fold::Rejoin)
        .filter(super::fold::HebrewPrefixes)
        .build()
}

/// The analyzers a query parser tokenizes a query with: [`query_analyzer`] and
/// [`query_marks_analyzer`] under the names the index registers its own.
pub fn query_tokenizers() -> TokenizerManager {
    let tokenizers = TokenizerManager::default();
    tokenizers.register(TOKENIZER, query_analyzer());
    tokenizers.register(MARKS_TOKENIZER, query_marks_analyzer());
    tokenizers.register(CAPS_TOKENIZER, query_caps_analyzer());
    tokenizers.register(WRITTEN_TOKENIZER, written_analyzer(false));
    tokenizers
}

/// A tag as [`names::TAG_NAME`] holds it whole: trimmed, in lower case (`Wheat`, `wheat`).
pub fn tag_key(tag: &str) -> String {
    tag.trim().to_lowercase()
}

/// The words `analyzer` makes of `text`, in order.
pub fn words_by(mut analyzer: TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut words = Vec::new();
    while let Some(token) = stream.next() {
        words.push(token.text.clone());
    }
    words
}

/// The analyzer of the `marks` field: the words [`analyzer`] would fold, kept as written
/// (lower-cased), the others dropped.
pub fn marks_analyzer() -> TextAnalyzer {
    marks_analyzer_with(WordTokenizer::default())
}

/// The words of a query that the index would fold, as [`marks_analyzer`] gives them
/// (see [`query_analyzer`]).
pub fn query_marks_analyzer() -> TextAnalyzer {
    marks_analyzer_with(WordTokenizer::for_queries())
}

fn marks_analyzer_with(words: WordTokenizer) -> TextAnalyzer {
    TextAnalyzer::builder(words)
        .filter(RemoveLongFilter::limit(LONGEST_WORD))
        .filter(LowerCaser)
        .filter(super::fold::OnlyMarked)
        .build()
}

/// The analyzer of the `caps` field: the words of the text written in capitals, folded as
/// [`analyzer`] folds them, those of a line in capitals marked ([`super::caps`]).
pub fn caps_analyzer() -> TextAnalyzer {
    analyzer_with(CapsTokenizer::default())
}

/// The words in capitals of a dateline for the `caps` field, each behind the mark of a
/// line in capitals: its place is in capitals by custom ([`CapsTokenizer::for_datelines`]).
pub fn dateline_caps_analyzer() -> TextAnalyzer {
    analyzer_with(CapsTokenizer::for_datelines())
}

/// The words of a query typed in capitals, as [`caps_analyzer`] gives them.
pub fn query_caps_analyzer() -> TextAnalyzer {
    analyzer_with(CapsTokenizer::for_queries())
}

/// The analyzer of the `written` field: the words ending in "s" of a text (or a headline,
/// whose capitals say nothing) that are capitalised inside a sentence, and, marked, those
/// in lower case, folded as [`analyzer`] folds them ([`super::written`]).
pub fn written_analyzer(headline: bool) -> TextAnalyzer {
    analyzer_with(WrittenTokenizer::new(headline))
}

fn text(stored: bool) -> TextOptions {
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(TOKENIZER)
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let options = TextOptions::default().set_indexing_options(indexing);
    if stored { options.set_stored() } else { options }
}

/// Builds the schema and the handles to its fields.
pub fn build() -> (Schema, Fields) {
    use names::*;
    let mut b = Schema::builder();
    let fields = Fields {
        kind: b.add_text_field("kind", STRING),
        key: b.add_text_field("key", STRING | STORED),
        uid: b.add_text_field("uid", STRING | STORED),
        source: b.add_text_field(SOURCE, STRING | STORED | FAST),
        id: b.add_text_field("id", STORED),
        title: b.add_text_field(TITLE, text(true)),
        body: b.add_text_field(BODY, text(false)),
        marks: b.add_text_field(
            MARKS,
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(MARKS_TOKENIZER)
                    .set_index_option(IndexRecordOption::WithFreqs),
            ),
        ),
        caps: b.add_text_field(
            CAPS,
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(CAPS_TOKENIZER)
                    .set_index_option(IndexRecordOption::WithFreqs),
            ),
        ),
        written: b.add_text_field(
            WRITTEN,
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(WRITTEN_TOKENIZER)
                    .set_index_option(IndexRecordOption::WithFreqs),
            ),
        ),
        stored_body: b.add_text_field(STORED_BODY, STORED),
        byline: b.add_text_field(BYLINE, text(true)),
        dateline: b.add_text_field(DATELINE, text(true)),
        date: b.add_date_field(
            DATE,
            DateOptions::from(INDEXED).set_stored().set_fast().set_precision(DateTimePrecision::Seconds),
        ),
        date_text: b.add_text_field("date_text", STORED),
        date_source: b.add_text_field("date_source", STORED),
        modified: b
            .add_date_field(MODIFIED, DateOptions::from(FAST).set_precision(DateTimePrecision::Seconds)),
        modified_text: b.add_text_field("modified_text", STORED),
        person: b.add_text_field(PERSON, text(true)),
        org: b.add_text_field(ORG, text(true)),
        place: b.add_text_field(PLACE, text(true)),
        person_alias: b.add_text_field(PERSON_ALIAS, text(true)),
        org_acronym: b.add_text_field(ORG_ACRONYM, STRING | STORED),
        // The exact names feed the name counts (`people`, facets) from their fast columns,
        // and the search page's filters by a name it listed from their terms.
        person_name: b.add_text_field(PERSON_NAME, STRING | FAST),
        org_name: b.add_text_field(ORG_NAME, STRING | FAST),
        place_name: b.add_text_field(PLACE_NAME, STRING | FAST),
        tag: b.add_text_field(TAG, text(true)),
        tag_name: b.add_text_field(TAG_NAME, STRING),
        url: b.add_text_field(URL, STORED),
        site: b.add_text_field(SITE, STRING),
        site_name: b.add_text_field(SITE_NAME, FAST),
        file_size: b.add_u64_field(FILE_SIZE, FAST | STORED),
        file_mtime: b.add_u64_field(FILE_MTIME, FAST | STORED),
        file_hash: b.add_u64_field(FILE_HASH, FAST | STORED),
        article_hash: b.add_u64_field(ARTICLE_HASH, STORED),
        text_hash: b.add_u64_field(TEXT_HASH, FAST | STORED),
        // Indexed too: `--url` finds an article by its address.
        page_key: b.add_u64_field(PAGE_KEY, FAST | INDEXED),
        minhash: b.add_bytes_field(MINHASH, FAST | STORED),
        language: b.add_text_field(LANGUAGE, STRING | STORED | FAST),
        uid_key: b.add_text_field("uid_key", STORED),
    };
    (b.build(), fields)
}

/// Whether an article of `source` keeps a copy of its body in the index. Not when the file
/// is the text as-is (plain text or Markdown, not gzipped): reading it back for a snippet
/// costs about what reading the index's copy does, and the copy would double the index's
/// size on a folder of text files. Other formats keep one: a web page is many times larger
/// than its text and slow to extract again, and a gzip or many-article file would have to
/// be decompressed or parsed whole. `always` (`ingest --keep-text`) keeps every body, for
/// an index that must show snippets while the files are out of reach.
pub fn keeps_body(source: &str, always: bool) -> bool {
    always
        || !crate::ingest::formats::FileKind::from_path(std::path::Path::new(source))
            .is_some_and(|kind| kind.is_text_as_is())
}

/// The unique key of an article: its source path, plus `#id` inside a many-article file.
pub fn article_key(source: &str, id: Option<&str>) -> String {
    match id {
        Some(id) => format!("{source}#{id}"),
        None => source.to_string(),
    }
}

/// How many of its former ids an article moved again and again keeps.
const MAX_FORMER_UIDS: usize = 8;

/// The URL-safe id of an article: 16 hex digits of a hash of its key.
pub fn article_uid(key: &str) -> String {
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(key.as_bytes()))
}

/// Whether `text` has the shape of an [`article_uid`] (16 hex digits, either case).
pub fn looks_like_a_uid(text: &str) -> bool {
    text.len() == 16 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The uid of an article of `source`: made from its [`Article::uid_key`] when it has one,
/// else from its key (its file, and its id inside a file of many).
pub fn uid_of(source: &str, article: &Article) -> String {
    uid_from(source, article.uid_key.as_deref(), article.id.as_deref())
}

/// The uid made from a file, an article's [`Article::uid_key`] and its id in the file: the
/// key when there is one, else the id (a moved article's, from what its document stored).
fn uid_from(source: &str, uid_key: Option<&str>, id: Option<&str>) -> String {
    article_uid(&article_key(source, uid_key.or(id)))
}

/// The unique key of a file record. Article keys are absolute paths, so the prefix keeps
/// the two apart.
pub fn file_key(source: &str) -> String {
    format!("file:{source}")
}

/// What ingest knows about a source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileState {
    /// Size in bytes.
    pub size: u64,
    /// Modification time in nanoseconds since the epoch.
    pub mtime_ns: u64,
    /// xxh3 hash of the content (0 for a skipped file).
    pub hash: u64,
    /// Skipped for what it holds (empty, binary, no text): it gave no article.
    pub skipped: bool,
}

impl Fields {
    /// The exact-name field of a tokenized name field (`person` → `person_name`).
    pub fn exact_name_field(&self, field: Field) -> Option<Field> {
        [(self.person, self.person_name), (self.org, self.org_name), (self.place, self.place_name)]
            .into_iter()
            .find(|(words, _)| *words == field)
            .map(|(_, exact)| exact)
    }

    /// The document stored for one article. `keep_body` stores a copy of its text in the
    /// index (see [`keeps_body`]); without one, snippets read the source file again.
    pub fn article_doc(
        &self,
        source: &str,
        article: &Article,
        entities: &Entities,
        keep_body: bool,
    ) -> TantivyDocument {
        let print = crate::dedup::article_fingerprint(article.title.as_deref(), &article.body);
        self.article_doc_printed(source, article, entities, keep_body, print)
    }

    /// [`Self::article_doc`] with the article's fingerprints already computed (an ingest
    /// pairing a new file with a file gone computed them to compare).
    pub fn article_doc_printed(
        &self,
        source: &str,
        article: &Article,
        entities: &Entities,
        keep_body: bool,
        fingerprint: crate::dedup::Fingerprint,
    ) -> TantivyDocument {
        let mut doc = TantivyDocument::default();
        doc.add_text(self.kind, KIND_ARTICLE);
        let uid = uid_of(source, article);
        doc.add_text(self.uid, &uid);
        for former in article.former_uids.iter().filter(|former| **former != uid).take(MAX_FORMER_UIDS) {
            doc.add_text(self.uid, former);
        }
        if let Some(uid_key) = &article.uid_key {
            doc.add_text(self.uid_key, uid_key);
        }
        let key = article_key(source, article.id.as_deref());
        doc.add_text(self.key, key);
        doc.add_text(self.source, source);
        if let Some(id) = article.display_id() {
            doc.add_text(self.id, id);
        }
        if let Some(title) = &article.title {
            doc.add_text(self.title, title);
            self.add_marks(&mut doc, title, true);
        }
        doc.add_text(self.body, &article.body);
        self.add_marks(&mut doc, &article.body, false);
        if keep_body {
            doc.add_text(self.stored_body, &article.body);
        }
        if let Some(byline) = &article.byline {
            doc.add_text(self.byline, byline);
        }
        // Not in the body (snippets and the text shown stay the story's), but searched
        // with it: a word search for the city finds the stories filed from there.
        if let Some(dateline) = &article.dateline {
            doc.add_text(self.dateline, dateline);
            self.add_dateline_marks(&mut doc, dateline);
        }
        if let Some(date) = &article.date {
            doc.add_date(self.date, DateTime::from_timestamp_secs(date.sort_key()));
            doc.add_text(self.date_text, date.iso());
        }
        if let Some(source) = article.date_source {
            doc.add_text(self.date_source, source);
        }
        if let Some(modified) = &article.modified {
            doc.add_date(self.modified, DateTime::from_timestamp_secs(modified.sort_key()));
            doc.add_text(self.modified_text, modified.iso());
        }
        if let Some(language) = article.language {
            doc.add_text(self.language, language);
        }
        for (tokenized, exact, names) in [
            (self.person, self.person_name, &entities.people),
            (self.org, self.org_name, &entities.organizations),
            (self.place, self.place_name, &entities.places),
        ] {
            for name in names {
                doc.add_text(tokenized, name);
                doc.add_text(exact, name);
            }
        }
        for alias in entities.person_aliases.iter().flatten() {
            doc.add_text(self.person_alias, alias);
        }
        for (full, acronym) in &entities.org_acronyms {
            doc.add_text(self.org_acronym, format!("{full}{ACRONYM_SEPARATOR}{acronym}"));
        }
        for tag in &article.tags {
            doc.add_text(self.tag, tag);
            doc.add_text(self.tag_name, tag_key(tag));
        }
        if let Some(url) = &article.url {
            doc.add_text(self.url, url);
            self.add_site(&mut doc, url);
        }
        doc.add_u64(self.article_hash, article.content_hash());
        doc.add_u64(self.text_hash, fingerprint.text_hash);
        doc.add_bytes(self.minhash, &fingerprint.minhash);
        doc
    }

    /// Indexes the words in capitals of `text` (see [`names::CAPS`]), how it writes its
    /// words ending in "s" (see [`names::WRITTEN`]; a `headline`'s capitals say nothing)
    /// and its marked words (see [`names::MARKS`]); text without a letter outside ASCII
    /// has none of the latter, and is not read again for them.
    fn add_marks(&self, doc: &mut TantivyDocument, text: &str, headline: bool) {
        doc.add_text(self.caps, text);
        let mut written = written_analyzer(headline);
        let mut stream = written.token_stream(text);
        let mut tokens = Vec::new();
        while let Some(token) = stream.next() {
            tokens.push(token.clone());
        }
        doc.add_pre_tokenized_text(self.written, PreTokenizedString { text: String::new(), tokens });
        self.add_marked_words(doc, text);
    }

    /// Indexes a dateline's marked words (see [`names::MARKS`]) and its words in capitals
    /// (see [`names::CAPS`]), the latter as a line in capitals' words: its capitals (the
    /// place's, by custom) say nothing of how its words are written, but a search asking
    /// for them in capitals (`--exact-words WINNIPEG`) finds the stories filed there.
    fn add_dateline_marks(&self, doc: &mut TantivyDocument, dateline: &str) {
        let mut caps = dateline_caps_analyzer();
        let mut stream = caps.token_stream(dateline);
        let mut tokens = Vec::new();
        while let Some(token) = stream.next() {
            tokens.push(token.clone());
        }
        if !tokens.is_empty() {
            doc.add_pre_tokenized_text(self.caps, PreTokenizedString { text: String::new(), tokens });
        }
        self.add_marked_words(doc, dateline);
    }

    /// Indexes the marked words of `text` (see [`names::MARKS`]) alone.
    fn add_marked_words(&self, doc: &mut TantivyDocument, text: &str) {
        if text.chars().any(|c| !c.is_ascii() && c.is_alphabetic()) {
            doc.add_text(self.marks, text);
        }
    }

    /// A stored document moved to another source file (a renamed or moved file): same
    /// content, new `source`, `key` and display `id`. Nothing is re-extracted. The body is
    /// indexed again from the stored copy, or else from `body`, read from the moved file (and
    /// then copied into the index when `keep_body`).
    pub fn relocate(
        &self,
        stored: &TantivyDocument,
        new_source: &str,
        body: Option<&str>,
        keep_body: bool,
    ) -> TantivyDocument {
        use tantivy::schema::Value;
        let new_name = std::path::Path::new(new_source)
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let mut doc = TantivyDocument::default();
        let mut raw_id = None;
        for (field, value) in stored.field_values() {
            let text = value.as_str();
            if field == self.source || field == self.key || field == self.uid || field == self.body {
                continue;
            }
            if field == self.id {
                let raw = self.raw_id(stored);
                if let Some(raw) = &raw {
                    doc.add_text(self.id, format!("{new_name}#{raw}"));
                }
                raw_id = raw;
                continue;
            }
            doc.add_field_value(field, value);
            // Exact-name columns, sites and the indexed body are not stored: rebuild them.
            if let Some(name) = text {
                if field == self.stored_body {
                    doc.add_text(self.body, name);
                    self.add_marks(&mut doc, name, false);
                } else if field == self.title {
                    self.add_marks(&mut doc, name, true);
                } else if field == self.dateline {
                    self.add_dateline_marks(&mut doc, name);
                } else if field == self.person {
                    doc.add_text(self.person_name, name);
                } else if field == self.org {
                    doc.add_text(self.org_name, name);
                } else if field == self.place {
                    doc.add_text(self.place_name, name);
                } else if field == self.tag {
                    doc.add_text(self.tag_name, tag_key(name));
                } else if field == self.url {
                    self.add_site(&mut doc, name);
                }
            }
        }
        if let Some(body) = body.filter(|_| stored.get_first(self.stored_body).is_none()) {
            doc.add_text(self.body, body);
            self.add_marks(&mut doc, body, false);
            if keep_body {
                doc.add_text(self.stored_body, body);
            }
        }
        doc.add_text(self.source, new_source);
        if stored.get_first(self.file_size).is_some() {
            doc.add_text(self.kind, KIND_FILE);
            doc.add_text(self.key, file_key(new_source));
        } else {
            // Not stored, so not copied above: without it, the article would drop out of
            // every count and listing over the whole index.
            doc.add_text(self.kind, KIND_ARTICLE);
            let key = article_key(new_source, raw_id.as_deref());
            let uid_key = stored.get_first(self.uid_key).and_then(|v| v.as_str());
            let uid = uid_from(new_source, uid_key, raw_id.as_deref());
            // The ids it had before, after its own, so that a link to it (the search page's,
            // `/api/article/{uid}`, `show`) still finds it: the last few moves.
            let former: Vec<&str> = stored.get_all(self.uid).filter_map(|v| v.as_str()).collect();
            doc.add_text(self.uid, &uid);
            for old in former.into_iter().filter(|old| *old != uid).take(MAX_FORMER_UIDS) {
                doc.add_text(self.uid, old);
            }
            doc.add_text(self.key, key);
        }
        doc
    }

    /// The site of a web address, for filtering (with its parent domains) and counting,
    /// and its page key, for folding copies of one page.
    fn add_site(&self, doc: &mut TantivyDocument, url: &str) {
        if let Some(key) = crate::sites::page_key(url) {
            doc.add_u64(self.page_key, key);
        }
        let domains = crate::sites::domains(url);
        if let Some(site) = domains.first() {
            doc.add_text(self.site_name, site);
        }
        for domain in domains {
            doc.add_text(self.site, domain);
        }
    }

    /// The id of a stored article inside its many-article file (`7`, stored as
    /// `wire.jsonl#7`), as [`Article::id`] has it.
    pub fn raw_id(&self, stored: &TantivyDocument) -> Option<String> {
        use tantivy::schema::Value;
        let shown = stored.get_first(self.id)?.as_str()?;
        shown.rsplit_once('#').map(|(_, id)| id.to_string())
    }

    /// The file record (manifest entry) of one source file.
    pub fn file_doc(&self, source: &str, state: FileState) -> TantivyDocument {
        let mut doc = TantivyDocument::default();
        doc.add_text(self.kind, if state.skipped { KIND_SKIPPED } else { KIND_FILE });
        doc.add_text(self.key, file_key(source));
        doc.add_text(self.source, source);
        doc.add_u64(self.file_size, state.size);
        doc.add_u64(self.file_mtime, state.mtime_ns);
        doc.add_u64(self.file_hash, state.hash);
        doc
    }

    /// Fields searched by words without a `field:` prefix.
    pub fn default_search_fields(&self) -> Vec<Field> {
        vec![self.title, self.dateline, self.body]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_of_articles_and_records_never_collide() {
        assert_eq!(article_key("/a/b.jsonl", Some("3")), "/a/b.jsonl#3");
        assert_eq!(article_key("/a/b.txt", None), "/a/b.txt");
        assert_ne!(file_key("/a/b.txt"), article_key("/a/b.txt", None));
    }

    /// What the index gives back of a document: its stored fields only.
    fn as_stored(schema: &Schema, doc: &TantivyDocument) -> TantivyDocument {
        let mut stored = TantivyDocument::default();
        for (field, value) in doc.field_values() {
            if schema.get_field_entry(field).is_stored() {
                stored.add_field_value(field, value);
            }
        }
        stored
    }

    #[test]
    fn relocating_keeps_content_and_changes_keys() {
        use tantivy::schema::Value;
        let (schema, f) = build();
        let article = Article {
            path: "/old/wire.jsonl".into(),
            id: Some("3".into()),
            title: Some("Ferry resumes".into()),
            body: "The ferry runs.".into(),
            date: crate::dates::parse_published("2026-05-02"),
            date_source: Some("json:date"),
            url: Some("https://news.ledger.example/ferry".into()),
            ..Default::default()
        };
        let entities = Entities { people: vec!["Jacob Frey".into()], ..Default::default() };
        let doc = as_stored(&schema, &f.article_doc("/old/wire.jsonl", &article, &entities, true));
        let moved = f.relocate(&doc, "/new/briefs.jsonl", None, false);
        let text =
            |d: &TantivyDocument, field| d.get_first(field).and_then(|v| v.as_str()).map(str::to_string);
        assert_eq!(text(&moved, f.key).as_deref(), Some("/new/briefs.jsonl#3"));
        assert_eq!(text(&moved, f.id).as_deref(), Some("briefs.jsonl#3"));
        assert_eq!(text(&moved, f.source).as_deref(), Some("/new/briefs.jsonl"));
        assert_eq!(text(&moved, f.title), text(&doc, f.title));
        assert_eq!(text(&moved, f.person_name).as_deref(), Some("Jacob Frey"));
        let sites: Vec<_> = moved.get_all(f.site).filter_map(|v| v.as_str()).collect();
        assert_eq!(
            sites,
            ["news.ledger.example", "ledger.example", "example"],
            "sites are rebuilt from the url"
        );
        assert_eq!(
            moved.get_first(f.date).and_then(|v| v.as_datetime()),
            doc.get_first(f.date).and_then(|v| v.as_datetime())
        );
    }

    #[test]
    fn only_files_that_are_their_text_as_is_keep_no_copy_of_it() {
        assert!(!keeps_body("/a/story.txt", false));
        assert!(!keeps_body("/a/story.md", false));
        assert!(keeps_body("/a/story.txt", true), "--keep-text keeps every body");
        for kept in ["/a/page.html", "/a/story.md.gz", "/a/wire.jsonl", "/a/reut2-000.sgm", "/a/one.json"] {
            assert!(keeps_body(kept, false), "{kept}");
        }
    }

    #[test]
    fn relocating_indexes_the_body_again_from_the_copy_or_the_moved_file() {
        use tantivy::schema::Value;
        let (_, f) = build();
        let article = Article {
            path: "/old/a.txt".into(),
            title: Some("Ferry resumes".into()),
            body: "The ferry runs.".into(),
            ..Default::default()
        };
        let none = Entities::default();
        let body = |d: &TantivyDocument| d.get_first(f.body).and_then(|v| v.as_str()).map(str::to_string);
        let kept = f.article_doc("/old/a.txt", &article, &none, true);
        assert_eq!(body(&f.relocate(&kept, "/new/a.txt", None, false)).as_deref(), Some("The ferry runs."));
        let bare = f.article_doc("/old/a.txt", &article, &none, false);
        assert_eq!(bare.get_first(f.stored_body).map(|_| ()), None);
        let moved = f.relocate(&bare, "/new/a.txt", Some("Read again."), false);
        assert_eq!(body(&moved).as_deref(), Some("Read again."));
        assert_eq!(moved.get_first(f.stored_body).map(|_| ()), None);
        // Moved into a folder whose text the index keeps: the copy is made.
        let kept_now = f.relocate(&bare, "/kept/a.txt", Some("Read again."), true);
        assert_eq!(kept_now.get_first(f.stored_body).and_then(|v| v.as_str()), Some("Read again."));
    }

    #[test]
    fn analyzer_folds_case_and_accents() {
        let mut a = analyzer();
        let mut stream = a.token_stream("Renée GOOD's");
        let mut tokens = Vec::new();
        while let Some(t) = stream.next() {
            tokens.push(t.text.clone());
        }
        assert_eq!(tokens, ["renee", "good", "s"]);
    }
}
