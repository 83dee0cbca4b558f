//! A wire story's credit line, the byline it gives at its end: `(Reporting by Jane Smith in
//! Brussels; Additional reporting by Tom Brown; Editing by Mark Potter)`, as Reuters and
//! others close a story, with or without the brackets, in plain text and on web pages.
//!
//! The reporters and writers are the byline ("Jane Smith, Tom Brown"); the editors, who
//! did not write the story, are not. The line stays in the text (its names are still
//! found by a search and named as people). It is read only where the article gives no
//! byline of its own: [`crate::ingest::article`] asks for it last.

/// Labels of a credit whose names wrote the story, lower case, before their "by".
const WRITER_LABELS: &[&str] = &[
    "reporting",
    "additional reporting",
    "writing",
    "reporting and writing",
    "additional writing",
    "reported",
    "written",
];

/// How many of the text's last lines may hold the credit line: agencies set a note or two
/// after it ("Our Standards: The Thomson Reuters Trust Principles.").
const LAST_LINES: usize = 4;

/// The byline a credit line at the end of `body` gives: its reporters' and writers' names,
/// without the places they filed from, joined by ", " ("Reporting by Maya Gebeily in
/// Beirut and David Clarke in London; Editing by Daniel Flynn" → "Maya Gebeily, David
/// Clarke"). `None` when no such line ends the text, or it names only editors.
pub fn byline(body: &str) -> Option<String> {
    let lines: Vec<&str> = body.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    lines.iter().rev().take(LAST_LINES).find_map(|line| {
        let line = line.trim_end_matches('.').trim_end();
        // The whole line, or the bracketed credit closing the story's last paragraph.
        let bracketed = line.strip_suffix(')').and_then(|l| l.rsplit_once('(')).map(|(_, credit)| credit);
        bracketed.into_iter().chain([line]).find_map(writers)
    })
}

/// The writers' names of a credit line (`Reporting by A; Writing by B; Editing by C` → "A,
/// B"), or `None` when the line is not a credit line: every part of it must be a
/// credit ("<label> by <names>"), and one at least a writer's.
fn writers(line: &str) -> Option<String> {
    if line.chars().count() > 400 {
        return None;
    }
    // Parts between semicolons; a comma may also start the next credit ("Reporting by
    // Gopal Sharma, additional reporting by Lisa Barrington").
    let mut credits: Vec<(String, String)> = Vec::new();
    for piece in line.split(';').flat_map(|p| p.split(", ")).map(str::trim).filter(|p| !p.is_empty()) {
        match credit(piece) {
            Some((label, names)) => credits.push((label, names.to_string())),
            None => {
                let (_, names) = credits.last_mut()?;
                names.push_str(", ");
                names.push_str(piece);
            }
        }
    }
    let names: Vec<String> = credits
        .iter()
        .filter(|(label, _)| WRITER_LABELS.contains(&label.as_str()))
        .flat_map(|(_, names)| names_of(names))
        .fold(Vec::new(), |mut seen, name| {
            if !seen.contains(&name) {
                seen.push(name);
            }
            seen
        });
    (!names.is_empty()).then(|| names.join(", "))
}

/// A credit's label (lower case) and names: "Editing by Mark Potter" → ("editing", "Mark
/// Potter"). The label is one to four words of letters; "by" follows it.
fn credit(piece: &str) -> Option<(String, &str)> {
    // ASCII lower case keeps every byte where it was, so `at` holds in `piece`.
    let lower = piece.to_ascii_lowercase();
    let at = lower.find(" by ")?;
    let label = &lower[..at];
    let is_label = (1..=4).contains(&label.split_whitespace().count())
        && label.chars().all(|c| c.is_alphabetic() || c == ' ');
    is_label.then(|| (label.to_string(), piece[at + 4..].trim()))
}

/// The names of a credit's list ("Maya Gebeily in Beirut, Anthony Deutsch in The Hague and
/// David Clarke in London" → the three names), each two to five capitalised words; a
/// place's second part ("in Bosnia and Herzegovina") is no name.
fn names_of(list: &str) -> Vec<String> {
    list.split(", ")
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" & "))
        .map(|p| without_place(p.trim()))
        .filter(|name| looks_like_a_name(name))
        .map(str::to_string)
        .collect()
}

/// A writer's name without where they filed from: "Jane Smith in Brussels" → "Jane Smith".
/// Only before a capitalised place ("Jane in" is kept whole when nothing capitalised
/// follows).
pub(crate) fn without_place(name: &str) -> &str {
    match name.split_once(" in ") {
        Some((who, place)) if place.starts_with(char::is_uppercase) && !who.trim().is_empty() => who.trim(),
        _ => name,
    }
}

/// Two to five words, each capitalised or a particle ("Ana de la Cruz"), no figures.
fn looks_like_a_name(name: &str) -> bool {
    const PARTICLES: &[&str] =
        &["van", "von", "de", "der", "den", "da", "del", "della", "di", "du", "la", "le", "bin"];
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && words.iter().all(|w| w.starts_with(char::is_uppercase) || PARTICLES.contains(w))
        && !name.contains(|c: char| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reporters_and_writers_are_the_byline_and_editors_are_not() {
        let story = "The talks ended on Friday.\n\n(Reporting by Jane Smith; Editing by Mark Potter)\n";
        assert_eq!(byline(story).as_deref(), Some("Jane Smith"));
        let unbracketed = "The talks ended.\nReporting by Jane Smith and Tom Brown; Editing by Mark Potter";
        assert_eq!(byline(unbracketed).as_deref(), Some("Jane Smith, Tom Brown"));
        let places = "Text.\n\nReporting by Maya Gebeily in Beirut, Anthony Deutsch in The Hague and David \
                      Clarke in London; Writing by David Clarke; Editing by Daniel Flynn";
        assert_eq!(byline(places).as_deref(), Some("Maya Gebeily, Anthony Deutsch, David Clarke"));
        let commas = "Text.\n\nReporting by Gopal Sharma, additional reporting by Lisa Barrington, writing \
                      by Shilpa Jamkhandikar, Editing by Alex Richardson";
        assert_eq!(byline(commas).as_deref(), Some("Gopal Sharma, Lisa Barrington, Shilpa Jamkhandikar"));
    }

    #[test]
    fn a_credit_closing_the_last_paragraph_or_followed_by_a_note_counts() {
        let glued = "The bank held rates. (Reporting by Jane Smith in Frankfurt; Editing by Mark Potter).";
        assert_eq!(byline(glued).as_deref(), Some("Jane Smith"));
        let noted = "Text.\n\n(Reporting by Jane Smith in Bosnia and Herzegovina)\n\nOur Standards: The \
                     Thomson Reuters Trust Principles.";
        assert_eq!(byline(noted).as_deref(), Some("Jane Smith"));
    }

    #[test]
    fn editors_alone_or_a_sentence_with_by_give_no_byline() {
        assert_eq!(byline("Text.\n\n(Editing by Mark Potter)"), None);
        assert_eq!(byline("The plan was backed by Jane Smith and Tom Brown."), None);
        assert_eq!(byline("Shares fell (reported by the company on Monday)."), None);
        assert_eq!(byline("Reporting by the ministry was late, officials said."), None);
        // A credit line high up in a long text is not its end.
        let early = format!("(Reporting by Jane Smith)\n{}", "More text.\n".repeat(6));
        assert_eq!(byline(&early), None);
    }

    #[test]
    fn a_place_after_in_is_no_part_of_the_name() {
        assert_eq!(without_place("Jane Smith in Brussels"), "Jane Smith");
        assert_eq!(without_place("Jane Smith"), "Jane Smith");
    }
}
