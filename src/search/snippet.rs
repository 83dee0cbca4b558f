//! Snippets: the part of an article that shows why it matched, as plain data.
//!
//! A [`Snippet`] is text plus the character ranges to highlight; renderers decide whether
//! that means ANSI bold, `**markers**` or HTML. Body snippets come from tantivy's
//! `SnippetGenerator` (the best-scoring window of the body); when the body holds no match
//! (a title-only or person-only hit) the article's opening is shown instead.

use std::ops::Range;

use serde::Serialize;
use tantivy::Searcher;
use tantivy::query::Query;
use tantivy::schema::Field;
use tantivy::snippet::SnippetGenerator;

/// Longest body snippet, in characters.
pub const SNIPPET_CHARS: usize = 220;

/// Text with highlighted character ranges.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Snippet {
    /// Plain text, whitespace collapsed to single spaces.
    pub text: String,
    /// Character (not byte) ranges into `text`, sorted and non-overlapping.
    pub highlights: Vec<Range<usize>>,
    /// True when the text starts at the beginning of the field.
    #[serde(skip)]
    pub at_start: bool,
    /// True when the text runs to the end of the field.
    #[serde(skip)]
    pub at_end: bool,
}

/// Makes snippets for one query over one field.
pub struct Snippeter {
    generator: Option<SnippetGenerator>,
}

impl Snippeter {
    /// A snippeter highlighting `query`'s terms in `field`; `None` makes plain leads.
    pub fn new(
        searcher: &Searcher,
        query: Option<&dyn Query>,
        field: Field,
        max_chars: usize,
    ) -> tantivy::Result<Snippeter> {
        let generator = match query {
            Some(query) => {
                let mut generator = SnippetGenerator::create(searcher, query, field)?;
                generator.set_max_num_chars(max_chars);
                Some(generator)
            }
            None => None,
        };
        Ok(Snippeter { generator })
    }

    /// The best window of `text`, or its opening when nothing in it matched.
    pub fn snippet(&self, text: &str, max_chars: usize) -> Snippet {
        if let Some(generator) = &self.generator {
            let found = generator.snippet(text);
            if !found.is_empty() && !found.highlighted().is_empty() {
                let range = found.fragment_range();
                return from_bytes(text, range.clone(), found.highlighted());
            }
        }
        lead(text, max_chars)
    }

    /// The whole of a short field (a headline), with its matches highlighted.
    pub fn whole(&self, text: &str) -> Snippet {
        let mut highlights = Vec::new();
        if let Some(generator) = &self.generator {
            let found = generator.snippet(text);
            let offset = found.fragment_range().start;
            highlights = found.highlighted().iter().map(|r| r.start + offset..r.end + offset).collect();
        }
        from_bytes(text, 0..text.len(), &highlights)
    }
}

/// The opening of `text`, cut at a word boundary.
pub fn lead(text: &str, max_chars: usize) -> Snippet {
    let trimmed = text.trim_start();
    let skipped = text.len() - trimmed.len();
    let mut end = trimmed.len();
    if trimmed.chars().count() > max_chars {
        let cut = trimmed.char_indices().nth(max_chars).map_or(trimmed.len(), |(i, _)| i);
        end = trimmed[..cut].rfind(char::is_whitespace).filter(|&i| i > 0).unwrap_or(cut);
    }
    let mut snippet = from_bytes(text, skipped..skipped + end, &[]);
    snippet.at_start = true;
    snippet
}

/// Builds a snippet from a byte range of `text` and byte highlight ranges relative to it.
fn from_bytes(text: &str, range: Range<usize>, highlights: &[Range<usize>]) -> Snippet {
    let fragment = &text[range.clone()];
    // Whitespace becomes single spaces; offsets are kept by mapping char by char.
    let mut out = String::with_capacity(fragment.len());
    let mut char_at_byte = vec![0usize; fragment.len() + 1];
    let mut chars = 0usize;
    let mut last_space = false;
    for (i, c) in fragment.char_indices() {
        char_at_byte[i] = chars;
        if c.is_whitespace() {
            if !last_space {
                out.push(' ');
                chars += 1;
            }
            last_space = true;
        } else {
            out.push(c);
            chars += 1;
            last_space = false;
        }
        char_at_byte[i + 1..i + c.len_utf8()].fill(chars);
    }
    char_at_byte[fragment.len()] = chars;
    let highlights = highlights
        .iter()
        .filter(|r| r.end <= fragment.len() && r.start < r.end)
        .map(|r| char_at_byte[r.start]..char_at_byte[r.end])
        .collect();
    Snippet {
        text: out,
        highlights,
        at_start: text[..range.start].trim().is_empty(),
        at_end: text[range.end..].trim().is_empty(),
    }
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    #[test]
    fn highlights_are_character_ranges() {
        let text = "Renée Good was named. Agents";
        let start = text.find("Agents").unwrap();
        let s = from_bytes(text, 0..text.len(), &[start..start + 6]);
        let chars: Vec<char> = s.text.chars().collect();
        let r = s.highlights[0].clone();
        assert_eq!(chars[r].iter().collect::<String>(), "Agents");
    }

    #[test]
    fn whitespace_is_collapsed_without_shifting_highlights() {
        let text = "one\n\ntwo  three";
        let start = text.find("three").unwrap();
        let s = from_bytes(text, 0..text.len(), &[start..start + 5]);
        assert_eq!(s.text, "one two three");
        assert_eq!(s.highlights, [8..13]);
    }

    #[test]
    fn lead_cuts_at_a_word_boundary() {
        let s = lead("The council voted on Tuesday to approve", 18);
        assert_eq!(s.text, "The council voted");
        assert!(s.at_start && !s.at_end);
        assert!(lead("Short.", 50).at_end);
    }
}
