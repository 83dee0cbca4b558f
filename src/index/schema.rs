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
use tantivy::tokenizer::{AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer};
use tantivy::{DateTime, TantivyDocument};

use crate::entities::Entities;
use crate::ingest::Article;

/// Bumped whenever the schema or the meaning of a field changes; an index written with
/// another version must be rebuilt.
pub const SCHEMA_VERSION: u32 = 6;

/// The tokenizer of every text field: words split on non-alphanumerics, lower-cased and
/// accent-folded, so `Renée` and `renee` match.
pub const TOKENIZER: &str = "newsdex";

/// `kind` value of article documents.
pub const KIND_ARTICLE: &str = "article";
/// `kind` value of file records.
pub const KIND_FILE: &str = "file";

/// Field names, as users write them in `field:value` queries.
pub mod names {
    /// Headline.
    pub const TITLE: &str = "title";
    /// Article text.
    pub const BODY: &str = "body";
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
    /// Publication date (wall clock read as UTC).
    pub const DATE: &str = "date";
    /// Other forms of the article's people ("Frey", "Bill Clinton"), so a person filter
    /// finds them by the name the article used.
    pub const PERSON_ALIAS: &str = "person_alias";
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
    /// MinHash signature of an article's word shingles, for near duplicates.
    pub const MINHASH: &str = "minhash";
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
    /// Text.
    pub body: Field,
    /// Byline.
    pub byline: Field,
    /// Publication date.
    pub date: Field,
    /// The date as the article gave it, in ISO 8601 (stored only).
    pub date_text: Field,
    /// Where the date came from (stored only).
    pub date_source: Field,
    /// People (tokenized).
    pub person: Field,
    /// Organizations (tokenized).
    pub org: Field,
    /// Places (tokenized).
    pub place: Field,
    /// Other forms of the people's names (tokenized; stored so a moved file keeps them).
    pub person_alias: Field,
    /// People (exact; a fast column only).
    pub person_name: Field,
    /// Organizations (exact; a fast column only).
    pub org_name: Field,
    /// Places (exact; a fast column only).
    pub place_name: Field,
    /// Tags.
    pub tag: Field,
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
    /// Near-duplicate fingerprint.
    pub minhash: Field,
}

/// The text analyzer registered under [`TOKENIZER`].
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(48))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
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
        body: b.add_text_field(BODY, text(true)),
        byline: b.add_text_field(BYLINE, text(true)),
        date: b.add_date_field(
            DATE,
            DateOptions::from(INDEXED).set_stored().set_fast().set_precision(DateTimePrecision::Seconds),
        ),
        date_text: b.add_text_field("date_text", STORED),
        date_source: b.add_text_field("date_source", STORED),
        person: b.add_text_field(PERSON, text(true)),
        org: b.add_text_field(ORG, text(true)),
        place: b.add_text_field(PLACE, text(true)),
        person_alias: b.add_text_field(PERSON_ALIAS, text(true)),
        // The exact names feed the name counts (`people`, facets) from their fast columns
        // only; nothing looks them up as terms, so they are not indexed.
        person_name: b.add_text_field(PERSON_NAME, FAST),
        org_name: b.add_text_field(ORG_NAME, FAST),
        place_name: b.add_text_field(PLACE_NAME, FAST),
        tag: b.add_text_field(TAG, text(true)),
        file_size: b.add_u64_field(FILE_SIZE, FAST | STORED),
        file_mtime: b.add_u64_field(FILE_MTIME, FAST | STORED),
        file_hash: b.add_u64_field(FILE_HASH, FAST | STORED),
        article_hash: b.add_u64_field(ARTICLE_HASH, STORED),
        text_hash: b.add_u64_field(TEXT_HASH, FAST | STORED),
        minhash: b.add_bytes_field(MINHASH, FAST | STORED),
    };
    (b.build(), fields)
}

/// The unique key of an article: its source path, plus `#id` inside a many-article file.
pub fn article_key(source: &str, id: Option<&str>) -> String {
    match id {
        Some(id) => format!("{source}#{id}"),
        None => source.to_string(),
    }
}

/// The URL-safe id of an article: 16 hex digits of a hash of its key.
pub fn article_uid(key: &str) -> String {
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(key.as_bytes()))
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
    /// xxh3 hash of the content.
    pub hash: u64,
}

impl Fields {
    /// The document stored for one article.
    pub fn article_doc(&self, source: &str, article: &Article, entities: &Entities) -> TantivyDocument {
        let mut doc = TantivyDocument::default();
        doc.add_text(self.kind, KIND_ARTICLE);
        let key = article_key(source, article.id.as_deref());
        doc.add_text(self.uid, article_uid(&key));
        doc.add_text(self.key, key);
        doc.add_text(self.source, source);
        if let Some(id) = article.display_id() {
            doc.add_text(self.id, id);
        }
        if let Some(title) = &article.title {
            doc.add_text(self.title, title);
        }
        doc.add_text(self.body, &article.body);
        if let Some(byline) = &article.byline {
            doc.add_text(self.byline, byline);
        }
        if let Some(date) = &article.date {
            doc.add_date(self.date, DateTime::from_timestamp_secs(date.sort_key()));
            doc.add_text(self.date_text, date.iso());
        }
        if let Some(source) = article.date_source {
            doc.add_text(self.date_source, source);
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
        for tag in &article.tags {
            doc.add_text(self.tag, tag);
        }
        doc.add_u64(self.article_hash, article.content_hash());
        let text = if article.body.trim().is_empty() {
            article.title.as_deref().unwrap_or("")
        } else {
            &article.body
        };
        let fingerprint = crate::dedup::fingerprint(text);
        doc.add_u64(self.text_hash, fingerprint.text_hash);
        doc.add_bytes(self.minhash, &fingerprint.minhash);
        doc
    }

    /// A stored document moved to another source file (a renamed or moved file): same
    /// content, new `source`, `key` and display `id`. Nothing is re-extracted.
    pub fn relocate(&self, stored: &TantivyDocument, new_source: &str) -> TantivyDocument {
        use tantivy::schema::Value;
        let new_name = std::path::Path::new(new_source)
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let mut doc = TantivyDocument::default();
        let mut raw_id = None;
        for (field, value) in stored.field_values() {
            let text = value.as_str();
            if field == self.source || field == self.key || field == self.uid {
                continue;
            }
            if field == self.id {
                // Stored as `old-name.jsonl#7`; the part after the last '#' is the raw id.
                let raw = text.and_then(|t| t.rsplit_once('#')).map(|(_, id)| id.to_string());
                if let Some(raw) = &raw {
                    doc.add_text(self.id, format!("{new_name}#{raw}"));
                }
                raw_id = raw;
                continue;
            }
            doc.add_field_value(field, value);
            // Exact-name columns are not stored: rebuild them from the stored names.
            if let Some(name) = text {
                if field == self.person {
                    doc.add_text(self.person_name, name);
                } else if field == self.org {
                    doc.add_text(self.org_name, name);
                } else if field == self.place {
                    doc.add_text(self.place_name, name);
                }
            }
        }
        doc.add_text(self.source, new_source);
        if stored.get_first(self.file_size).is_some() {
            doc.add_text(self.key, file_key(new_source));
        } else {
            let key = article_key(new_source, raw_id.as_deref());
            doc.add_text(self.uid, article_uid(&key));
            doc.add_text(self.key, key);
        }
        doc
    }

    /// The file record (manifest entry) of one source file.
    pub fn file_doc(&self, source: &str, state: FileState) -> TantivyDocument {
        let mut doc = TantivyDocument::default();
        doc.add_text(self.kind, KIND_FILE);
        doc.add_text(self.key, file_key(source));
        doc.add_text(self.source, source);
        doc.add_u64(self.file_size, state.size);
        doc.add_u64(self.file_mtime, state.mtime_ns);
        doc.add_u64(self.file_hash, state.hash);
        doc
    }

    /// Fields searched by words without a `field:` prefix.
    pub fn default_search_fields(&self) -> Vec<Field> {
        vec![self.title, self.body]
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

    #[test]
    fn relocating_keeps_content_and_changes_keys() {
        use tantivy::schema::Value;
        let (_, f) = build();
        let article = Article {
            path: "/old/wire.jsonl".into(),
            id: Some("3".into()),
            title: Some("Ferry resumes".into()),
            body: "The ferry runs.".into(),
            byline: None,
            date: crate::dates::parse_published("2026-05-02"),
            date_source: Some("json:date"),
            tags: vec![],
            url: None,
        };
        let entities = Entities { people: vec!["Jacob Frey".into()], ..Default::default() };
        let doc = f.article_doc("/old/wire.jsonl", &article, &entities);
        let moved = f.relocate(&doc, "/new/briefs.jsonl");
        let text =
            |d: &TantivyDocument, field| d.get_first(field).and_then(|v| v.as_str()).map(str::to_string);
        assert_eq!(text(&moved, f.key).as_deref(), Some("/new/briefs.jsonl#3"));
        assert_eq!(text(&moved, f.id).as_deref(), Some("briefs.jsonl#3"));
        assert_eq!(text(&moved, f.source).as_deref(), Some("/new/briefs.jsonl"));
        assert_eq!(text(&moved, f.title), text(&doc, f.title));
        assert_eq!(text(&moved, f.person_name).as_deref(), Some("Jacob Frey"));
        assert_eq!(
            moved.get_first(f.date).and_then(|v| v.as_datetime()),
            doc.get_first(f.date).and_then(|v| v.as_datetime())
        );
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
