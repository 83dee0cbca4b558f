//! Snippets: the parts of an article that show why it matched, as plain data.
//!
//! A [`Snippet`] is text plus the character ranges to highlight; renderers decide whether
//! that means ANSI bold, `**markers**` or HTML. The [`Highlighter`] tokenizes a field with
//! the index's own analyzer, marks the query's words (a quoted phrase as one span, fuzzy
//! words by edit distance, so `klobuchr~1` lights up "Klobuchar"), then picks up to N
//! non-overlapping fragments, best first: the windows with the most distinct query words,
//! each starting at a sentence start when one is near and ending on a word boundary. When
//! the body holds no match (a title-only or person-only hit) it shows the opening sentence.

use std::collections::HashSet;
use std::ops::Range;

use serde::Serialize;

use super::query::{Highlight, Marks};
use crate::index::cjk::{is_cjk, lone_character};
use crate::index::schema::analyzer;
use crate::index::words::{SENTENCE_END, ends_with_abbreviation, positions_taken};

/// Longest fragment, in characters.
pub const FRAGMENT_CHARS: usize = 200;
/// What joins two fragments.
pub const FRAGMENT_JOINER: &str = " … ";

/// Text with highlighted character ranges.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Snippet {
    /// Plain text, whitespace collapsed to single spaces; fragments joined with " … ".
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

/// A matched span of the field: its bytes and which query word or phrase it matched.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Span {
    bytes: Range<usize>,
    what: usize,
}

/// Finds the query's words and phrases in text.
#[derive(Debug, Clone, Default)]
pub struct Highlighter {
    terms: Vec<String>,
    phrases: Vec<Vec<String>>,
    fuzzy: Vec<(String, u8)>,
    /// By [`Span::what`]: whether it is only a name filter's (see [`Marks::names`]).
    of_a_name: Vec<bool>,
    /// Phrases with a slop (`"weapons destruction"~3`), each with it: one span from its
    /// first word to its last wherever its words stand that close ([`near_matches`]).
    near: Vec<(Vec<String>, u32)>,
    /// Words matched only where written in capitals ([`Marks::capitals`]).
    capitals: Vec<String>,
}

impl Highlighter {
    /// A highlighter of an article's text for what a query asks: its words typed with no
    /// field or with `body:` (not those with `title:`).
    pub fn new(highlight: &Highlight) -> Highlighter {
        Highlighter::of_marks(&highlight.in_body())
    }

    /// A highlighter of an article's headline for what a query asks: its words typed with
    /// no field or with `title:` (not those with `body:`).
    pub fn for_title(highlight: &Highlight) -> Highlighter {
        Highlighter::of_marks(&highlight.in_title())
    }

    /// A highlighter marking `highlight`'s words and phrases wherever it is used.
    pub fn of_marks(highlight: &Marks) -> Highlighter {
        let name_words: Vec<&String> =
            highlight.names.iter().filter(|n| n.len() == 1).map(|n| &n[0]).collect();
        let mut terms: Vec<String> =
            highlight.terms.iter().chain(name_words.iter().copied()).cloned().collect();
        terms.sort();
        terms.dedup();
        let mut phrases = highlight.phrases.clone();
        let query_phrases = phrases.len();
        phrases.extend(highlight.names.iter().filter(|n| n.len() > 1).cloned());
        let of_a_name = terms
            .iter()
            .map(|t| name_words.contains(&t) && !highlight.terms.contains(t))
            .chain(highlight.fuzzy.iter().map(|_| false))
            .chain((0..phrases.len()).map(|p| p >= query_phrases))
            .collect();
        Highlighter {
            terms,
            phrases,
            fuzzy: highlight.fuzzy.clone(),
            of_a_name,
            near: Vec::new(),
            capitals: highlight.capitals.clone(),
        }
        .with_near(&highlight.near)
    }

    /// This highlighter, also marking the phrases with a slop of a query
    /// (`"weapons destruction"~3`: the words and the slop) as one span each where their
    /// words stand close enough, as the search matched them: `--kwic` then gives one line
    /// per match, "weapons of mass destruction", not one per word, nor a line for a lone
    /// "weapons" elsewhere. A phrase of one word is a word.
    pub fn with_near(mut self, near: &[(Vec<String>, u32)]) -> Highlighter {
        for (words, slop) in near {
            match words.as_slice() {
                [] => {}
                [word] => {
                    if let Err(at) = self.terms.binary_search(word) {
                        self.terms.insert(at, word.clone());
                        self.of_a_name.insert(at, false);
                    }
                }
                _ => {
                    self.near.push((words.clone(), *slop));
                    self.of_a_name.push(false);
                }
            }
        }
        self
    }

    /// Which query word (index) a token matches, if any.
    fn word_of(&self, token: &str) -> Option<usize> {
        if let Ok(i) = self.terms.binary_search_by(|t| t.as_str().cmp(token)) {
            return Some(i);
        }
        self.fuzzy
            .iter()
            .position(|(word, distance)| {
                word.len().abs_diff(token.len()) <= usize::from(*distance)
                    && strsim::damerau_levenshtein(word, token) <= usize::from(*distance)
            })
            .map(|i| self.terms.len() + i)
    }

    /// The matched spans of `text`, in order and non-overlapping.
    fn spans(&self, text: &str) -> Vec<Span> {
        let mut analyzer = analyzer();
        let mut stream = analyzer.token_stream(text);
        // A phrase needs the tokens after the current one, so all are kept, their texts in
        // one buffer: an allocation per token would cost more than the tokenizing. Each
        // keeps its position: a joined word ("4-6", "hattrick") shares its first part's.
        let mut words = String::with_capacity(text.len());
        let mut tokens: Vec<(Range<usize>, Range<usize>, usize)> = Vec::new();
        while let Some(t) = stream.next() {
            let start = words.len();
            words.push_str(&t.text);
            tokens.push((start..words.len(), t.offset_from..t.offset_to, t.position));
        }
        let mut spans = Vec::new();
        let word = |k: usize| &words[tokens[k].0.clone()];
        // The bytes of token `k` that match the query word `wanted` at the start and/or end
        // of its phrase: the whole token when it is the word; a lone CJK character also
        // matches in the pair it begins (at a phrase's end) or ends (at its start).
        // A word asked for in capitals is matched only where the text writes it so.
        let cased = |k: usize, wanted: &str| {
            !self.capitals.iter().any(|c| c == wanted)
                || crate::index::caps::is_in_capitals(&text[tokens[k].1.clone()])
        };
        let matched = |k: usize, wanted: &str, first: bool, last: bool| -> Option<Range<usize>> {
            let bytes = tokens[k].1.clone();
            if word(k) == wanted {
                return cased(k, wanted).then_some(bytes);
            }
            let c = lone_character(wanted)?;
            let token = word(k);
            if token.chars().count() != 2 {
                return None;
            }
            if last && token.starts_with(c) {
                Some(bytes.start..bytes.start + c.len_utf8())
            } else if first && token.ends_with(c) {
                Some(bytes.end - c.len_utf8()..bytes.end)
            } else {
                None
            }
        };
        // The bytes the words of `phrase` match from token `i` on, each word as many
        // positions after the one before as that one takes, and the last token matched.
        let phrase_at = |i: usize, phrase: &[String]| -> Option<(Range<usize>, usize)> {
            let last = phrase.len() - 1;
            let first = matched(i, &phrase[0], true, last == 0)?;
            let (mut position, mut k, mut end) = (tokens[i].2, i, first.end);
            for (j, w) in phrase.iter().enumerate().skip(1) {
                position += positions_taken(&phrase[j - 1]);
                // A sentence end typed in the quote: the next word comes after the gap.
                if w == SENTENCE_END {
                    continue;
                }
                // Tokens come in the order of their positions.
                let mut found = None;
                for (n, token) in tokens.iter().enumerate().skip(k + 1) {
                    if token.2 > position {
                        break;
                    }
                    if token.2 == position
                        && let Some(bytes) = matched(n, w, false, j == last)
                    {
                        found = Some((n, bytes));
                        break;
                    }
                }
                let (n, bytes) = found?;
                (k, end) = (n, bytes.end);
            }
            Some((first.start..end, k))
        };
        // The matches of the phrases with a slop, by the token each starts at.
        let near_what = self.terms.len() + self.fuzzy.len() + self.phrases.len();
        let mut near: Vec<(usize, usize, usize)> = Vec::new();
        for (p, (phrase, slop)) in self.near.iter().enumerate() {
            let placed: Vec<(usize, usize)> = tokens.iter().enumerate().map(|(k, t)| (k, t.2)).collect();
            let is = |k: usize, w: &str| word(k) == w;
            near.extend(
                near_matches(&placed, phrase, *slop, is).into_iter().map(|(a, b)| (a, b, near_what + p)),
            );
        }
        near.sort_unstable();
        let mut next_near = 0;
        let mut i = 0;
        'tokens: while i < tokens.len() {
            while next_near < near.len() && near[next_near].0 < i {
                next_near += 1;
            }
            if let Some(&(first, last, what)) = near.get(next_near).filter(|m| m.0 == i) {
                let bytes = tokens[first..=last].iter().map(|t| t.1.start).min().unwrap_or(0)
                    ..tokens[first..=last].iter().map(|t| t.1.end).max().unwrap_or(0);
                add(&mut spans, Span { bytes, what });
                i = last + 1;
                continue 'tokens;
            }
            for (p, phrase) in self.phrases.iter().enumerate() {
                if phrase.is_empty() {
                    continue;
                }
                if let Some((mut bytes, last)) = phrase_at(i, phrase) {
                    // A bracket the phrase opens is closed inside its mark: "A(H5N1)".
                    let opened = |b: &Range<usize>| text[b.clone()].matches('(').count();
                    let closed = |b: &Range<usize>| text[b.clone()].matches(')').count();
                    while opened(&bytes) > closed(&bytes) && text[bytes.end..].starts_with(')') {
                        bytes.end += 1;
                    }
                    let what = self.terms.len() + self.fuzzy.len() + p;
                    add(&mut spans, Span { bytes, what });
                    i = last + 1;
                    continue 'tokens;
                }
            }
            if let Some(what) =
                self.word_of(word(i)).filter(|&w| w >= self.terms.len() || cased(i, &self.terms[w]))
            {
                add(&mut spans, Span { bytes: tokens[i].1.clone(), what });
            } else {
                for (what, term) in self.terms.iter().enumerate().filter(|(_, t)| lone_character(t).is_some())
                {
                    if let Some(bytes) = matched(i, term, true, true) {
                        add(&mut spans, Span { bytes, what });
                    }
                }
            }
            i += 1;
        }
        spans
    }

    /// The whole of a short field (a headline) with its matches highlighted.
    pub fn whole(&self, text: &str) -> Snippet {
        let spans: Vec<Range<usize>> = self.spans(text).into_iter().map(|s| s.bytes).collect();
        from_bytes(text, 0..text.len(), &spans)
    }

    /// Where the query's words are in all of `text`, as character ranges, its whitespace
    /// kept (an article shown whole, paragraph by paragraph).
    pub fn char_ranges(&self, text: &str) -> Vec<Range<usize>> {
        let mut ranges = Vec::new();
        let (mut chars, mut at) = (0, 0);
        for span in self.spans(text) {
            chars += text[at..span.bytes.start].chars().count();
            let len = text[span.bytes.clone()].chars().count();
            ranges.push(chars..chars + len);
            chars += len;
            at = span.bytes.end;
        }
        ranges
    }

    /// Every match of the query in `text`, in order, with up to `width` characters of
    /// the text each side (its whitespace single spaces), cut where a word ends
    /// ([`whole_words`]): `(before, match, after)`, for `search --kwic`. The matches are those snippets highlight, so a line quotes just
    /// what the search found.
    pub fn in_context(&self, text: &str, width: usize) -> Vec<(String, String, String)> {
        self.spans(text)
            .into_iter()
            .map(|span| {
                let before: String = {
                    let mut reversed = whole_words(text[..span.bytes.start].chars().rev(), width);
                    reversed.reverse();
                    reversed.into_iter().collect()
                };
                let after: String = whole_words(text[span.bytes.end..].chars(), width).into_iter().collect();
                let matched = one_spaced(text[span.bytes.clone()].chars(), usize::MAX).into_iter().collect();
                (before, matched, after)
            })
            .collect()
    }

    /// Up to `fragments` fragments of `text`, best first, or its opening when nothing in
    /// it matches.
    pub fn snippet(&self, text: &str, fragments: usize) -> Snippet {
        if fragments == 0 {
            return Snippet::default();
        }
        let spans = self.spans(text);
        if spans.is_empty() {
            return lead(text, FRAGMENT_CHARS);
        }
        let mut windows: Vec<(usize, Range<usize>)> =
            (0..spans.len()).map(|i| window(text, &spans, i, &self.of_a_name)).collect();
        // Best first: most distinct words of the query, then a name filter's, then most
        // matches, then earliest.
        windows.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.start.cmp(&b.1.start)));
        let mut chosen: Vec<Range<usize>> = Vec::new();
        for (_, w) in windows {
            if chosen.len() == fragments {
                break;
            }
            if chosen.iter().all(|c| w.end <= c.start || w.start >= c.end) {
                chosen.push(w);
            }
        }
        let mut out = Snippet::default();
        for (n, range) in chosen.iter().enumerate() {
            let inside: Vec<Range<usize>> = spans_within(&spans, range)
                .map(|s| s.bytes.start - range.start..s.bytes.end - range.start)
                .collect();
            let part = from_bytes(text, range.clone(), &inside);
            if n == 0 {
                out.at_start = part.at_start;
            } else {
                out.text.push_str(FRAGMENT_JOINER);
            }
            let offset = out.text.chars().count();
            out.highlights.extend(part.highlights.iter().map(|h| h.start + offset..h.end + offset));
            out.text.push_str(&part.text);
            out.at_end = part.at_end;
        }
        out
    }
}

/// The matches of a phrase with a slop among `tokens` (each its index and its position
/// in the field, in order), as the first and last token of each, in order and apart. As
/// the index matches it (tantivy's sloppy phrase), each word after the first is looked
/// for where it would stand in the phrase, and the distances from there, before or after,
/// add up to at most `slop`: `"weapons destruction"~3` matches "weapons of mass
/// destruction" and "destruction of weapons", not a "weapons" a sentence away. Each word
/// takes the occurrence nearest to where the one before leaves it. `is` says whether a
/// token (by its index) is a word of the phrase.
fn near_matches(
    tokens: &[(usize, usize)],
    phrase: &[String],
    slop: u32,
    is: impl Fn(usize, &str) -> bool,
) -> Vec<(usize, usize)> {
    let slop = slop as usize;
    // Each word's occurrences, as (position, token index), in order of position.
    let occurrences: Vec<Vec<(usize, usize)>> =
        phrase.iter().map(|w| tokens.iter().filter(|t| is(t.0, w)).map(|&(k, p)| (p, k)).collect()).collect();
    let mut matches = Vec::new();
    let mut taken_to = None;
    for &(start, first) in &occurrences[0] {
        let (mut at, mut spent, mut from, mut to) = (start, 0, first, first);
        let mut found = true;
        for (j, seen) in occurrences.iter().enumerate().skip(1) {
            // The occurrence nearest to where the phrase puts this word: after the one
            // before, as many positions on as that one takes.
            let wanted = at + positions_taken(&phrase[j - 1]);
            let after = seen.partition_point(|&(p, _)| p < wanted);
            let nearest = [after.checked_sub(1), Some(after)]
                .into_iter()
                .flatten()
                .filter_map(|n| seen.get(n))
                .min_by_key(|&&(p, _)| p.abs_diff(wanted));
            let Some(&(p, k)) = nearest else {
                found = false;
                break;
            };
            spent += p.abs_diff(wanted);
            if spent > slop {
                found = false;
                break;
            }
            at = p;
            (from, to) = (from.min(k), to.max(k));
        }
        if found && taken_to.is_none_or(|end| from > end) {
            matches.push((from, to));
            taken_to = Some(to);
        }
    }
    matches
}

/// Adds a span after the others. Chinese, Japanese and Korean are indexed as overlapping
/// character pairs ("ああああ" holds "ああ" three times): a span overlapping the one before
/// lengthens it instead.
fn add(spans: &mut Vec<Span>, span: Span) {
    match spans.last_mut() {
        Some(last) if span.bytes.start < last.bytes.end => {
            last.bytes.end = last.bytes.end.max(span.bytes.end)
        }
        _ => spans.push(span),
    }
}

/// The window of text around `spans[anchor]` and its score: each distinct word or phrase
/// of the query in it counts 1,000, the names of name filters 500 together (`of_a_name`,
/// by [`Span::what`]), and each match 1.
fn window(text: &str, spans: &[Span], anchor: usize, of_a_name: &[bool]) -> (usize, Range<usize>) {
    let first = &spans[anchor].bytes;
    // Start at the sentence holding the match when it begins close enough before it.
    let start = sentence_start(text, first.start, FRAGMENT_CHARS / 2)
        .unwrap_or_else(|| word_start(text, first.start.saturating_sub(FRAGMENT_CHARS / 4)));
    let end = fragment_end(text, start, FRAGMENT_CHARS);
    let end = end.max(first.end.min(text.len()));
    let inside: Vec<&Span> = spans_within(spans, &(start..end)).collect();
    let distinct: HashSet<usize> = inside.iter().map(|s| s.what).filter(|&w| !of_a_name[w]).collect();
    let named = inside.iter().any(|s| of_a_name[s.what]);
    (distinct.len() * 1000 + usize::from(named) * 500 + inside.len(), start..end)
}

/// The spans wholly inside `range`. Spans are in text order, so they are a run found by
/// bisection: a scan of every span for each window made a long text's snippet quadratic.
fn spans_within<'a>(spans: &'a [Span], range: &Range<usize>) -> impl Iterator<Item = &'a Span> {
    let from = spans.partition_point(|s| s.bytes.start < range.start);
    let to = spans.partition_point(|s| s.bytes.start < range.end);
    let end = range.end;
    spans[from..to].iter().filter(move |s| s.bytes.end <= end)
}

/// The byte where the sentence holding `at` begins (after ". ", a newline, or the start
/// of the text), when that is at most `within` bytes before `at`. Only those bytes are
/// read: a snippet of a long text must not read it from the start for every match.
fn sentence_start(text: &str, at: usize, within: usize) -> Option<usize> {
    // One byte more: the mark that ends the previous sentence may stand just before.
    let mut from = at.saturating_sub(within + 1);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let before = &text[..at];
    let mut best = (from == 0).then_some(0);
    for (i, c) in before[from..].char_indices() {
        let i = from + i;
        if c == '\n' || ends_sentence(text, i) {
            best = Some(i + c.len_utf8());
        }
    }
    let best = best?;
    let start = best + (text[best..].len() - text[best..].trim_start().len());
    (at - start <= within).then_some(start)
}

/// Whether the mark at byte `at` of `text` (a `.`, `!` or `?` followed by a space, or a
/// Chinese or Japanese full stop) ends a sentence. A full stop after an abbreviation does
/// not: a snippet cut at "Roe v." or started at "Wade, the 1973 decision" loses the case
/// name, one cut at "Twitter, Inc." or "No." its citation. So a `.` is no sentence end
/// after an abbreviation ("v.", "No.", "Inc.", "Mr.": [`ends_with_abbreviation`]), after a single letter
/// ("J. Smith") or letters joined by stops ("U.S.", "U.S.C.", "e.g."), or before a digit
/// or a word in lower case ("No. 21-1496", "Inc. v. Taamneh").
fn ends_sentence(text: &str, at: usize) -> bool {
    let Some(mark) = text[at..].chars().next() else { return false };
    if is_full_stop(mark) {
        return true;
    }
    let after = &text[at + mark.len_utf8()..];
    if !matches!(mark, '.' | '!' | '?') || !after.starts_with(char::is_whitespace) {
        return false;
    }
    mark != '.' || !(ends_with_abbreviation(&text[..at]) || continues(after))
}

/// Whether the text after a full stop and its space carries on the sentence: it goes on
/// with a digit or a word in lower case ("No. 21-1496", "Inc. v. Taamneh").
fn continues(after: &str) -> bool {
    after.trim_start().starts_with(|c: char| c.is_ascii_digit() || c.is_lowercase())
}

/// The start of the word at or after `at`.
fn word_start(text: &str, at: usize) -> usize {
    let mut at = at;
    while !text.is_char_boundary(at) {
        at += 1;
    }
    // Chinese and Japanese write no spaces: each of their characters starts a word.
    match text[at..].find(|c: char| c.is_whitespace() || is_cjk(c)) {
        Some(i) if at > 0 && !text[at + i..].starts_with(char::is_whitespace) => at + i,
        Some(i) if at > 0 => {
            let next = at + i;
            next + (text[next..].len() - text[next..].trim_start().len())
        }
        _ => at,
    }
}

/// A full stop, exclamation or question mark of Chinese and Japanese text, which needs no
/// space after it: "…発表した。各地の…".
fn is_full_stop(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

/// Where a fragment starting at `start` ends: at most `max_chars` characters, at a
/// sentence end when one falls in the last third, else at a word boundary.
fn fragment_end(text: &str, start: usize, max_chars: usize) -> usize {
    let rest = &text[start..];
    let limit = rest.char_indices().nth(max_chars).map_or(rest.len(), |(i, _)| i);
    if limit == rest.len() {
        return text.len();
    }
    let piece = &rest[..limit];
    let sentence = piece
        .char_indices()
        .filter(|&(i, c)| (matches!(c, '.' | '!' | '?') || is_full_stop(c)) && ends_sentence(text, start + i))
        .map(|(i, c)| i + c.len_utf8())
        .rfind(|&i| i * 3 >= limit * 2);
    // A word boundary: a space, or before a Chinese or Japanese character.
    let boundary = piece.rfind(|c: char| c.is_whitespace() || is_cjk(c)).filter(|&i| i > 0);
    let end = sentence.or(boundary).unwrap_or(limit);
    start + end
}

/// The opening of `text`: its first sentence, or the first words up to `max_chars`.
pub fn lead(text: &str, max_chars: usize) -> Snippet {
    let skipped = text.len() - text.trim_start().len();
    let end = fragment_end(text, skipped, max_chars);
    // Prefer ending with the first sentence when it is complete.
    let first_sentence = text[skipped..end]
        .char_indices()
        .find(|&(i, _)| ends_sentence(text, skipped + i))
        .map(|(i, c)| skipped + i + c.len_utf8());
    let mut snippet = from_bytes(text, skipped..first_sentence.unwrap_or(end), &[]);
    snippet.at_start = true;
    snippet
}

/// The most characters of an untitled article's [`headline`].
const HEADLINE_CHARS: usize = 80;

/// What names an article in a list (`search --format '- [{headline}]({link})'`): its
/// title, or for an article without one (a wire item, a bare text file) the opening of
/// its text: its first sentence when that is whole within 80 characters, else its first
/// words and "…". Empty for an article with neither.
pub fn headline(title: Option<&str>, body: &str) -> String {
    if let Some(title) = title.map(str::trim).filter(|t| !t.is_empty()) {
        return title.to_string();
    }
    let opening = lead(body, HEADLINE_CHARS);
    let whole =
        opening.at_end || opening.text.ends_with(['.', '!', '?']) || opening.text.ends_with(is_full_stop);
    if whole || opening.text.is_empty() { opening.text } else { format!("{}…", opening.text) }
}

/// The first `most` characters of `chars`, each run of whitespace one space.
fn one_spaced(chars: impl Iterator<Item = char>, most: usize) -> Vec<char> {
    let mut out = Vec::new();
    for c in chars {
        if out.len() >= most {
            break;
        }
        if c.is_whitespace() {
            if out.last() != Some(&' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Up to `most` characters of `chars` as [`one_spaced`] gives them, without a word the
/// limit cuts at the far end, nor the space before it: a context of 10 after "ferry" in
/// "The ferry ran. A second ferry" is " ran. A", not " ran. A se", so a line pasted from
/// `--kwic` starts and ends with whole words. The side next to the match is kept as
/// written (its space too); a word longer than `most` leaves nothing.
fn whole_words(chars: impl Iterator<Item = char>, most: usize) -> Vec<char> {
    let mut out = one_spaced(chars, most.saturating_add(1));
    if out.len() <= most {
        return out;
    }
    let next = out.pop().unwrap_or(' ');
    if next != ' ' {
        while out.last().is_some_and(|&c| c != ' ') {
            out.pop();
        }
    }
    if out.iter().any(|&c| c != ' ') {
        while out.last() == Some(&' ') {
            out.pop();
        }
    }
    out
}

/// Builds a snippet from a byte range of `text` and byte highlight ranges relative to it.
fn from_bytes(text: &str, range: Range<usize>, highlights: &[Range<usize>]) -> Snippet {
    let fragment = &text[range.clone()];
    // Whitespace becomes single spaces; offsets are kept by mapping byte to char.
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
        text: out.trim_end().to_string(),
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
    fn each_match_is_given_with_the_words_around_it() {
        let h = highlighter(&["ferry"], &[], &[]);
        let text = "The ferry ran.\n\nA second   ferry waited at the quay for the tide.";
        assert_eq!(
            h.in_context(text, 10),
            [
                ("The ".to_string(), "ferry".to_string(), " ran. A".to_string()),
                ("A second ".to_string(), "ferry".to_string(), " waited at".to_string())
            ]
        );
        assert!(h.in_context("No match here.", 10).is_empty());
    }

    #[test]
    fn a_context_is_cut_where_a_word_ends() {
        let h = highlighter(&["borders"], &[], &[]);
        let text = "They wanted control of its borders by the spring of next year.";
        let (before, matched, after) = h.in_context(text, 14).remove(0);
        // Not "ontrol of its ": the cut word goes, the match's space stays.
        assert_eq!((before.as_str(), after.as_str()), ("of its ", " by the spring"));
        assert!(text.contains(&format!("{before}{matched}{after}")));
        // A context the width holds whole, or ending where a word ends, is kept as it is.
        assert_eq!(h.in_context(text, 100)[0].2, " by the spring of next year.");
        assert_eq!(h.in_context(text, 7)[0].2, " by the");
        // Not " by the spring o".
        assert_eq!(h.in_context(text, 16)[0].2, " by the spring");
        // A word longer than the width leaves only the space by the match; a width of 0 nothing.
        assert_eq!(h.in_context("Unquestionably borders", 5)[0].0, " ");
        assert_eq!(h.in_context(text, 0)[0], (String::new(), "borders".to_string(), String::new()));
    }

    #[test]
    fn an_untitled_article_is_headed_by_its_first_sentence_or_first_words() {
        assert_eq!(headline(Some(" Port strike ends "), "The strike ended."), "Port strike ends");
        assert_eq!(
            headline(None, "Grain shipments set a record. Ports were busy."),
            "Grain shipments set a record."
        );
        assert_eq!(headline(Some(""), "Short text"), "Short text");
        let long = "The harbour authority said on Monday that the ferry to the island would run again after repairs to the quay";
        let cut = headline(None, long);
        assert!(cut.ends_with('…') && cut.chars().count() <= 81, "{cut}");
        assert!(long.starts_with(cut.trim_end_matches('…')), "{cut}");
        assert_eq!(headline(None, ""), "");
    }

    fn highlighter(terms: &[&str], phrases: &[&[&str]], fuzzy: &[(&str, u8)]) -> Highlighter {
        Highlighter::of_marks(&Marks {
            terms: terms.iter().map(|t| t.to_string()).collect(),
            phrases: phrases.iter().map(|p| p.iter().map(|w| w.to_string()).collect()).collect(),
            fuzzy: fuzzy.iter().map(|(w, d)| (w.to_string(), *d)).collect(),
            names: Vec::new(),
            ..Marks::default()
        })
    }

    fn marked(s: &Snippet) -> String {
        let chars: Vec<char> = s.text.chars().collect();
        let mut out = String::new();
        let mut last = 0;
        for h in &s.highlights {
            out.extend(&chars[last..h.start]);
            out.push('[');
            out.extend(&chars[h.clone()]);
            out.push(']');
            last = h.end;
        }
        out.extend(&chars[last..]);
        out
    }

    #[test]
    fn a_word_asked_for_in_capitals_is_marked_only_where_written_so() {
        let words = |w: &[&str]| w.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        let marks = Marks { terms: words(&["who", "aids"]), capitals: words(&["who"]), ..Marks::default() };
        let text = "The WHO said those who travel need hearing aids and AIDS tests.";
        assert_eq!(
            marked(&Highlighter::of_marks(&marks).whole(text)),
            "The [WHO] said those who travel need hearing [aids] and [AIDS] tests."
        );
        let phrase =
            Marks { phrases: vec![words(&["who", "said"])], capitals: words(&["who"]), ..Marks::default() };
        assert_eq!(
            marked(&Highlighter::of_marks(&phrase).whole("who said; WHO said")),
            "who said; [WHO said]"
        );
    }

    #[test]
    fn a_headline_and_a_text_are_marked_with_their_own_fields_words() {
        let words = |w: &[&str]| w.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        let highlight = Highlight {
            anywhere: Marks { terms: words(&["tax"]), ..Marks::default() },
            title: Marks { terms: words(&["blair"]), ..Marks::default() },
            body: Marks { phrases: vec![words(&["sales", "tax"])], ..Marks::default() },
        };
        let text = "Blair backs sales tax";
        assert_eq!(marked(&Highlighter::for_title(&highlight).whole(text)), "[Blair] backs sales [tax]");
        assert_eq!(marked(&Highlighter::new(&highlight).whole(text)), "Blair backs [sales tax]");
    }

    #[test]
    fn a_passage_with_the_querys_words_beats_one_with_a_filters_name_alone() {
        let highlight = Marks {
            terms: vec!["inflation".into()],
            names: vec![vec!["volcker".into()], vec!["paul".into(), "volcker".into()]],
            ..Marks::default()
        };
        let text = format!(
            "Fed chairman Paul Volcker spoke. Volcker said the dollar was stable, Volcker added. {} \
             Later in the day he warned that inflation could return.",
            "The markets were quiet all week and traders waited for news. ".repeat(6)
        );
        let snippet = Highlighter::of_marks(&highlight).snippet(&text, 1);
        assert!(marked(&snippet).contains("[inflation]"), "{}", marked(&snippet));
        // With no word of the query in the text, the name's passage is shown, marked.
        let snippet =
            Highlighter::of_marks(&highlight).snippet("Paul Volcker spoke. Nothing else happened.", 1);
        assert_eq!(marked(&snippet), "[Paul Volcker] spoke. Nothing else happened.");
    }

    #[test]
    fn a_phrase_with_a_slop_is_one_span_where_its_words_stand_close() {
        let near = [(vec!["weapons".to_string(), "destruction".to_string()], 3)];
        let h = highlighter(&[], &[], &[]).with_near(&near);
        let text = "No weapons were found. Weapons of mass destruction were the claim, \
                    and the destruction of weapons followed. Destruction alone.";
        let lines: Vec<String> = h.in_context(text, 0).into_iter().map(|(_, m, _)| m).collect();
        assert_eq!(lines, ["Weapons of mass destruction", "destruction of weapons"]);
        // Too far apart: no match, and no lone word marked.
        assert!(h.in_context("Weapons were found. Nothing of the sort, then destruction.", 0).is_empty());
        // Three words, the slop shared between the gaps.
        let near = [(vec!["gordon".to_string(), "brown".to_string(), "said".to_string()], 1)];
        let h = highlighter(&[], &[], &[]).with_near(&near);
        let lines: Vec<String> = h
            .in_context("Gordon Brown, the chancellor, said. Gordon X Brown said.", 0)
            .into_iter()
            .map(|(_, m, _)| m)
            .collect();
        assert_eq!(lines, ["Gordon X Brown said"]);
        // A phrase of one word is a word.
        let h = highlighter(&[], &[], &[]).with_near(&[(vec!["ferry".to_string()], 2)]);
        assert_eq!(h.in_context("The ferry ran.", 0).len(), 1);
    }

    #[test]
    fn a_phrase_is_one_span() {
        let h = highlighter(&[], &[&["federal", "agents"]], &[]);
        let s = h.snippet("US federal agents shot a man. Federal officials said so.", 2);
        assert_eq!(marked(&s), "US [federal agents] shot a man. Federal officials said so.");
    }

    #[test]
    fn a_phrase_typed_across_a_sentence_end_is_one_span_across_it() {
        let h = highlighter(&[], &[&["months", "ago", SENTENCE_END, "i", "said"]], &[]);
        let s = h.whole("Six months ago. I said no. Months ago I said yes.");
        assert_eq!(marked(&s), "Six [months ago. I said] no. Months ago I said yes.");
    }

    #[test]
    fn a_phrase_closes_the_bracket_it_opens() {
        let h = highlighter(&[], &[&["a", "h5n1"]], &[]);
        let s = h.snippet("The A(H5N1) virus (bird flu) spread.", 1);
        assert_eq!(marked(&s), "The [A(H5N1)] virus (bird flu) spread.");
    }

    #[test]
    fn an_article_shown_whole_keeps_its_line_breaks_under_the_marks() {
        let h = highlighter(&["ferry"], &[&["lake", "district"]], &[]);
        let text = "Café ferry\n\nThe  Lake District ferry runs.";
        let chars: Vec<char> = text.chars().collect();
        let marked: Vec<String> =
            h.char_ranges(text).into_iter().map(|r| chars[r].iter().collect()).collect();
        assert_eq!(marked, ["ferry", "Lake District", "ferry"]);
        assert!(h.char_ranges("Nothing here.").is_empty());
    }

    #[test]
    fn chinese_and_japanese_words_are_marked_whole_from_their_character_pairs() {
        // "東京都" is searched as the phrase of its pairs; "首都" is one pair.
        let h = highlighter(&["首都"], &[&["東京", "京都"]], &[]);
        let s = h.whole("東京都は日本の首都です");
        assert_eq!(marked(&s), "[東京都]は日本の[首都]です");
        // Overlapping matches of one pair are one mark.
        let h = highlighter(&["ああ"], &[], &[]);
        assert_eq!(marked(&h.whole("ああああ")), "[ああああ]");
    }

    #[test]
    fn a_lone_cjk_character_is_marked_inside_the_pair_that_holds_it() {
        // "8月" ends in a lone character: it matches "月に" up to 月.
        let h = highlighter(&[], &[&["8", "月"]], &[]);
        assert_eq!(marked(&h.whole("昨年8月に続いて")), "昨年[8月]に続いて");
        // "第3" starts with one: it matches "は第" from 第.
        let h = highlighter(&[], &[&["第", "3"]], &[]);
        assert_eq!(marked(&h.whole("今回は第3回")), "今回は[第3]回");
        // A one-character word is marked in either pair, once.
        let h = highlighter(&["雨"], &[], &[]);
        assert_eq!(marked(&h.whole("大雨が続く")), "大[雨]が続く");
        assert_eq!(marked(&h.whole("雨")), "[雨]");
        // Not in a pair that holds it on neither side of the query's ends.
        let h = highlighter(&[], &[&["8", "月"]], &[]);
        assert_eq!(marked(&h.whole("8 今月に")), "8 今月に");
    }

    #[test]
    fn a_match_deep_in_a_line_without_spaces_is_in_the_snippet() {
        let line = format!("気象庁は十三日、{}地震があったと発表した。", "大きな".repeat(60));
        let text = format!("{line}\n各地の震度は次のとおり。\n");
        let s = highlighter(&["地震"], &[], &[]).snippet(&text, 1);
        assert!(marked(&s).contains("[地震]"), "{}", marked(&s));
        assert!(s.text.chars().count() <= FRAGMENT_CHARS + 1, "{}", s.text);
        // The opening of a Japanese text ends at its first full stop.
        assert_eq!(lead("東京は晴れ。大阪は雨。", 200).text, "東京は晴れ。");
    }

    #[test]
    fn fuzzy_words_are_highlighted_by_edit_distance() {
        let h = highlighter(&[], &[], &[("klobuchr", 1)]);
        let s = h.snippet("Democratic Senator Amy Klobuchar also called for calm.", 1);
        assert_eq!(marked(&s), "Democratic Senator Amy [Klobuchar] also called for calm.");
    }

    #[test]
    fn two_fragments_from_distant_paragraphs() {
        let filler = "Nothing of note happened in this part of the story at all. ".repeat(8);
        let text = format!("The harbour froze early.\n{filler}\nLater the ferry ran again.\n{filler}");
        // `harbor` is the index's word for "harbour" (crate::index::spellings).
        let h = highlighter(&["harbor", "ferry"], &[], &[]);
        let s = h.snippet(&text, 2);
        let parts: Vec<&str> = s.text.split(FRAGMENT_JOINER).collect();
        assert_eq!(parts.len(), 2, "{}", s.text);
        assert!(marked(&s).contains("[harbour]") && marked(&s).contains("[ferry]"), "{}", marked(&s));
        assert!(
            parts[1].starts_with("Later the ferry") || parts[0].starts_with("Later the ferry"),
            "{}",
            s.text
        );
    }

    #[test]
    fn fragments_start_at_sentence_starts_and_end_on_words() {
        let text = format!(
            "{} The harbour froze early this year. {}",
            "Filler words here.".repeat(3),
            "More text follows on. ".repeat(20)
        );
        let s = highlighter(&["harbor"], &[], &[]).snippet(&text, 1);
        assert!(s.text.starts_with("The harbour froze"), "{}", s.text);
        assert!(s.text.ends_with('.') || !s.text.ends_with(' '), "{}", s.text);
        assert!(s.text.chars().count() <= FRAGMENT_CHARS + 1, "{}", s.text);
    }

    #[test]
    fn a_sentence_start_counts_only_when_near_the_match() {
        let text = "Storms closed the port. The harbour froze early this year.";
        let at = text.find("harbour").unwrap();
        assert_eq!(sentence_start(text, at, 100), Some(text.find("The harbour").unwrap()));
        assert_eq!(sentence_start(text, at, 3), None);
        // The start of the text is a sentence start; an abbreviation's dot is not.
        assert_eq!(sentence_start("Mr. Frey spoke", 4, 100), Some(0));
        // A long line without sentence ends: none near, whatever came far before.
        let line = format!("Start. {}harbour", "word ".repeat(500));
        assert_eq!(sentence_start(&line, line.len() - 7, 100), None);
        // Many matches on one long line each get a fragment around them.
        let s = highlighter(&["harbor"], &[], &[]).snippet(&"harbour ice storm ".repeat(5_000), 2);
        assert_eq!(s.text.matches(FRAGMENT_JOINER).count(), 1, "{}", s.text);
    }

    /// A sentence of a court report whose case name falls where a fragment may end.
    const RULING: &str = "After months of waiting and a leaked draft that set off protests, the justices on \
        Friday overturned the landmark abortion ruling in Roe v. Wade, the 1973 decision that established \
        a constitutional right to abortion nationwide and stood for half a century.";

    #[test]
    fn a_case_name_is_not_cut_at_its_v() {
        // "v." falls in the last third of the fragment, where a sentence end would end it.
        let end = fragment_end(RULING, 0, FRAGMENT_CHARS);
        assert!(RULING[..end].contains("Roe v. Wade"), "{}", &RULING[..end]);
        let s = highlighter(&["overturned"], &[], &[]).snippet(RULING, 1);
        assert!(s.text.contains("Roe v. Wade"), "{}", s.text);
        // A fragment around "Wade" keeps the "Roe v." before it.
        let s = highlighter(&["wade"], &[], &[]).snippet(RULING, 1);
        assert!(marked(&s).contains("Roe v. [Wade]"), "{}", marked(&s));
    }

    #[test]
    fn citations_companies_titles_and_initials_end_no_sentence() {
        let text = "The court heard Twitter, Inc. v. Taamneh, No. 21-1496, and Van Buren v. United \
                    States, No. 19-783, in the same week.";
        for word in ["Taamneh", "21-1496", "United", "19-783"] {
            let at = text.find(word).unwrap();
            assert_eq!(sentence_start(text, at, 200), Some(0), "{word}");
        }
        let opening = "Mr. J. Smith of Acme Corp. sued the Dept. of Justice under 42 U.S.C. § 1983 and Art. 6, \
                       para. 2 on Monday. Then the court adjourned.";
        assert_eq!(lead(opening, 200).text, opening[..opening.find(" Then").unwrap()]);
        // A sentence that ends ends, in capitals or not, before a name or a number.
        for (text, next) in [
            ("The court ruled. The dissent objected.", "The dissent"),
            ("He said no. Smith agreed.", "Smith"),
            ("It was a work of art. Critics agreed.", "Critics"),
            ("Who ruled? Nobody knew.", "Nobody"),
        ] {
            let at = text.find(next).unwrap();
            assert_eq!(sentence_start(text, at + 2, 200), Some(at), "{text}");
        }
    }

    #[test]
    fn no_match_shows_the_opening_sentence() {
        let s =
            highlighter(&["zeppelin"], &[], &[]).snippet("Mr. Frey spoke first. Then the council voted.", 2);
        assert_eq!(s.text, "Mr. Frey spoke first.");
        assert!(s.highlights.is_empty() && s.at_start);
    }

    #[test]
    fn whole_titles_are_marked_and_offsets_are_characters() {
        let s = highlighter(&["renee", "good"], &[], &[]).whole("Vigil for Renée Good");
        assert_eq!(marked(&s), "Vigil for [Renée] [Good]");
    }

    #[test]
    fn whitespace_is_collapsed_without_shifting_highlights() {
        let s = from_bytes("one\n\ntwo  three", 0..15, &[10..15]);
        assert_eq!(s.text, "one two three");
        assert_eq!(s.highlights, [8..13]);
    }
}
