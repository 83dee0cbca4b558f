//! The command line, as clap derive structs.
//!
//! These structs hold what the user typed; each `///` comment is the `--help` text. The
//! commands in `crate::commands` turn them into validated options (dates parsed, paths
//! resolved) before any work starts, so an error names the flag that caused it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::search::WordMatch;
use crate::search::facets::Period;

const AFTER_HELP: &str = "\
Index location:
  --index DIR, else $NEWSDEX_INDEX, else the per-user data folder
  ($XDG_DATA_HOME/newsdex/index on Linux, ~/.local/share/newsdex/index by default).
  One index can hold many folders.

Exit status:
  0  success (for `search`: at least one article matched)
  1  nothing matched (`search`, `timeline`, `similar`, the name listings), no copies
     (`duplicates`), no article (`extract`)
  2  an error: bad flags, a malformed query, an unreadable index; for `ingest`, a folder
     named that is not there, a file it could not read or a file named of a type it does not
     read (the rest is ingested)
  130  interrupted by Ctrl-C (ingest commits what it had done first)

Examples:
  newsdex ingest ~/archive                 index a folder (re-run it to pick up changes)
  newsdex search \"federal agents\"          ranked hits with highlighted snippets
  newsdex search shooting --person walz --since 2026-01
  newsdex search '\"prime minister\" -election' --json | jq '.hits[].path'
  newsdex timeline --person walz --by week  when a person was in the news
  newsdex extract --json article.txt       what ingest would store, without indexing
  newsdex stats                            what the index holds";

/// newsdex: turn a folder of news articles into a searchable archive.
///
/// Ingest a folder of articles (text, Markdown, HTML, JSON, SGML, RSS and Atom feeds, saved
/// pages, e-mails, web archives, gzipped or not), then search it by keyword, phrase,
/// person, organization, place and date, with highlighted snippets.
#[derive(Debug, Parser)]
#[command(name = "newsdex", version, about, long_about, after_help = AFTER_HELP)]
pub struct Cli {
    /// Where the index lives (created by `ingest` if missing).
    // An empty $NEWSDEX_INDEX (`export NEWSDEX_INDEX=`) is unset, not "a value is required
    // for --index", a flag the user never typed: see `lib.rs`.
    #[arg(long, global = true, env = "NEWSDEX_INDEX", value_name = "DIR",
          value_parser = clap::builder::TypedValueParser::map(clap::builder::OsStringValueParser::new(), PathBuf::from))]
    pub index: Option<PathBuf>,

    /// Quiet stderr: no progress, warnings, notes or summary there; errors are still said.
    /// Results are still printed on stdout (unlike `grep -q`): to test for a match, use
    /// the exit status and throw the results away: `newsdex search budget >/dev/null`
    /// (status 0: a match, 1: none).
    #[arg(long, short, global = true)]
    pub quiet: bool,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Index the articles in one or more folders (or files).
    ///
    /// Walks each folder (hidden files and folders are skipped, and those a .newsdexignore
    /// file's patterns name, in .gitignore syntax; symbolic links are not
    /// followed unless --follow-links), reads every article it understands (.txt, .md,
    /// .html, .json, .jsonl, Reuters/TREC .sgm, RSS and Atom feeds (.rss, .atom, .rdf,
    /// .xml), news agencies' NITF and NewsML stories (.xml, .nitf, .newsml), pages saved as
    /// one file (.mhtml, .mht), e-mails (.eml, .emlx) and mailboxes (.mbox,
    /// .mbx), the HTML pages of .warc web archives, web pages and mailboxes saved without an
    /// extension or as server pages (.php, .asp, .aspx, .jsp, .cfm), and any of these
    /// gzipped as .gz),
    /// extracts title, date, byline, people, organizations and places, and
    /// writes them to the index. Re-running it only re-reads files whose size, modification
    /// time or (on Unix) inode change time changed (a file only touched or chmod-ed is
    /// hashed, not re-indexed), re-points renamed or moved files without re-reading them,
    /// and removes articles whose files are gone. With no PATH it re-scans every folder
    /// ingested before.
    ///
    /// Unreadable, binary, empty or oversized files are skipped with a warning and counted.
    /// So are a collection's notes, by name: README*, LICENSE*, LICENCE*, COPYING*,
    /// CHANGELOG*, MANIFEST* (alone or with a suffix after - or _), and NOTICE, AUTHORS,
    /// CONTRIBUTING, SOURCE, INSTALL, CITATION and CHANGES in capitals, as .txt, .md, .rst,
    /// .markdown or without extension; and a plain-text file that is a list rather than an
    /// article (10 or more lines, most of one to three words, hardly a sentence). Name the
    /// file itself to index it anyway: `newsdex ingest corpus/README.txt`.
    Ingest(IngestArgs),
    /// Remove a folder (or file) ingested before: its articles leave the index and it
    /// leaves the folders that `ingest` with no folder re-scans.
    ///
    /// For a folder no longer wanted, or renamed with files edited since (ingesting it under
    /// its new name moves the files found unchanged; forget the old name for the rest; it
    /// need not exist any more). The files are not touched.
    Forget(ForgetArgs),
    /// Take removed articles out of the index's files for good: their text, names and
    /// words, which stay in the files (unsearched) after `ingest` or `forget` removes them.
    ///
    /// Rewrites the index with the articles it holds now and deletes the files of the old
    /// one; the folders ingested, the forgotten ones and every article's uid stay as they
    /// are. Searches (and `serve`) keep working meanwhile; an ingest waits or is refused as
    /// for another ingest, and an interrupted purge leaves the index as it was.
    Purge(PurgeArgs),
    /// Keep the index in step with folders as files change, until Ctrl-C.
    ///
    /// Runs an ingest first, then another for each batch of changes (new, edited,
    /// deleted, renamed files), printing a line per batch. Ctrl-C commits what is done and
    /// exits. Searches keep working meanwhile; an ingest into the same index is refused
    /// until the watch stops.
    Watch(WatchArgs),
    /// Search the index: ranked hits with highlighted snippets.
    ///
    /// The query uses tantivy's syntax. Words are all required by default (AND);
    /// `a OR b` joins the words beside it (`budget OR tax election` is `(budget OR tax)
    /// election`), but AND binds first (`budget OR tax AND election` is `budget OR (tax AND
    /// election)`): brackets say which; `-word`, `NOT word` or `AND NOT word` excludes;
    /// `"exact phrase"`, `"gordon brown"~5` (both within 5 words; the other order costs 2),
    /// brackets and `field:value` work, with the fields title, body, byline, person, org,
    /// place, tag and site.
    ///
    /// How words match (for a methods section; the README's `newsdex search` section gives
    /// every rule with examples):
    ///
    /// Every word is indexed and searchable: there are no stop words (`the` is a word).
    /// A word is a run of letters and digits; a hyphenated word is found as its parts side
    /// by side and as one word (`co-operation`, `cooperation`, "co operation"); a number
    /// drops its thousands separators and keeps its decimal point (`1,400` is `1400`,
    /// `1.400` one point four).
    ///
    /// Case: a word typed in lower case matches it in any case. Typed in capitals (`WHO`,
    /// `AIDS`), it matches any case too, ranking first the articles that write it in
    /// capitals; quoted (`"WHO"`) or with --exact-words, only those. Two or three capitals
    /// also match the abbreviation written with stops: `US` finds "U.S." and "us" alike;
    /// `"US"` only "US" written so.
    ///
    /// Accents: typed without them, a word matches every spelling; typed with them, every
    /// spelling too, those written as typed first (with --exact-words, only those).
    ///
    /// Number: a plain word also matches its other number by English's rules (`election`
    /// "elections", `crises` "crisis"), counting half, whatever the article's language
    /// (`crises` also finds French "crise"); not in quotes, not with --exact-words, not
    /// an abbreviation in capitals (`AIDS` is no plural of "aid"). There is no other
    /// stemming: `elect*` finds "elected", `word~1` spellings one letter off.
    ///
    /// Apostrophes and colons that quote or name nothing are text (`o'hara`, `10:30`).
    ///
    /// Ranking: BM25 (tantivy's, k1 = 1.2, b = 0.75) over the headline and the text, a
    /// headline match counting 2.5 times a text match; a query of two to six plain words
    /// ranks the articles that write them side by side, in the order typed, first (a
    /// phrase score added, weighted 2). Copies of one story published within a day of each
    /// other are one hit (--no-collapse shows each).
    ///
    /// The query may be omitted when a filter is given.
    Search(SearchArgs),
    /// The people most often mentioned in the articles matching QUERY (or in all).
    ///
    /// With --with NAME: who appears most often in the same articles as NAME. Filters
    /// (--org, --place, --since, --until, …) narrow the articles counted.
    ///
    /// A count is of articles, copies included (a wire story run twice counts twice, where
    /// `search` folds copies into one story). A row's count is what `search --exact
    /// --person NAME -n 0` finds (its spellings and other writings, no other name);
    /// plain `--person NAME` finds more, any name holding the words (`--place Mexico`
    /// "New Mexico" too, `--org Treasury` "U.S. Treasury"). --format writes the rows for
    /// a spreadsheet.
    People(NamesArgs),
    /// The organizations most often mentioned in the matching articles, in articles with
    /// their copies (see `people`).
    ///
    /// A row's count is what `search --exact --org NAME -n 0` finds; plain `--org NAME`
    /// finds more (`--org Treasury` also "U.S. Treasury").
    Orgs(NamesArgs),
    /// The places most often mentioned in the matching articles, in articles with their
    /// copies (see `people`).
    ///
    /// A row's count is what `search --exact --place NAME -n 0` finds; plain `--place
    /// NAME` finds more (`--place Mexico` also "New Mexico").
    Places(NamesArgs),
    /// The sites the matching articles come from, most articles first (see `people`).
    ///
    /// A site is the host of an article's web address, without `www.` (known for web
    /// pages, web archives and exports that give the address); `search --site` keeps to
    /// one.
    Sites(NamesArgs),
    /// The languages the matching articles are written in, most articles first (see
    /// `people`).
    ///
    /// An article's language is read from its text (70 languages), or else from what its
    /// page or file declares (`<html lang>`, a `language` key, front matter's `lang`);
    /// `search --lang` keeps to one. The articles of no language told come last, as
    /// unknown (`--lang none` keeps to them), so that the counts add up to the articles.
    Languages(NamesArgs),
    /// How many of the articles matching QUERY (or all) were published each day, week,
    /// month or year: when a story, a person or a place was in the news.
    ///
    /// Every period from the first to the last is listed, those with no article too, so
    /// the shape is honest (--skip-empty leaves them out); undated articles are counted
    /// apart. For an archive spanning decades, --by decade, or --by year --skip-empty. Filters (--person, --org,
    /// --place, --site, --since, --until) narrow the articles counted.
    ///
    /// It counts articles: copies of one story (a .md and a .txt of it, a wire story run
    /// twice) each count, where `search`'s "N stories" folds them (its "(M articles with
    /// their copies)" is the timeline's total).
    Timeline(TimelineArgs),
    /// The articles most like one article (shared rarer words, people, organizations and
    /// places), leaving out its own copies published within a day of it (as `search` folds
    /// copies): a daily report's other days are alike, and listed.
    ///
    /// The header names the article by its headline: `Articles most like "Blair stresses
    /// prosperity goals" (politics/099.txt): 1–3 of 8709`. --format writes one line per
    /// article, with the templates of `search --format`.
    Similar(SimilarArgs),
    /// The direct quotations of the articles matching QUERY and the filters, each with
    /// its speaker as the article attributes it: what a person said, on the record, to cite.
    ///
    /// A speaker is the one named beside the quote: after it (`," said Mr Howard`, `," he
    /// added`) or before it (`Mr Blair said: "…`, `He told the BBC: "…`). "He", "she" or a
    /// role ("the prime minister") is the person named last before it, outside quotes, in
    /// the nearest sentence naming one (at most 2 paragraphs back; else unknown), and a
    /// name is the article's person it names ("Mr Howard" is Michael Howard). So a name
    /// inside another's quote ("“Mr Blair said the same in 1997,” said Mr Howard") is no
    /// speaker. Straight, curly and single quote marks; a quote over paragraphs (a paragraph
    /// opening with a quote mark left open goes on in the next opening with one) is one.
    /// Words set in quotes that no one is said to speak ("called the plan "desperate"") are
    /// left out.
    ///
    /// With a QUERY, only the quotes holding one of its words (as search matches words:
    /// `tax` also finds "taxes"); `quotes tax --speaker Blair` is what Blair said of tax.
    /// stderr says how many quotes were left out for another or unknown speaker.
    Quotes(QuotesArgs),
    /// Print stored articles whole: headline, date, byline, where each is from, its
    /// people, organizations and places, and its full text, as indexed.
    ///
    /// Name an article as `similar` does: its path, PATH#ID for one inside a many-article
    /// file (`reut2-000.sgm#5`), the end of its path in whole parts (`cases/01-smith-v-jones.txt`
    /// or `01-smith-v-jones.txt`), or its uid from `search --json`; failing those, any end
    /// of its path (`smith-v-jones.txt`) when one article's path ends so (when several do,
    /// they are listed, and the status is 2).
    /// The text of a file indexed without its copy (plain text) is read from the file;
    /// a warning says when it changed since the last ingest.
    ///
    /// Several articles are apart by a rule (─); on a terminal, paragraphs are wrapped at
    /// its width. --body prints the text alone, for a reader aloud.
    Show(ShowArgs),
    /// List the groups of duplicate articles in the index: exact copies and near copies
    /// (wire stories re-published with small edits), whenever each was published; `search`
    /// and `similar` fold only the copies published within a day of each other. A group is
    /// listed under the headline most of its copies share (else the one closest to them
    /// all); a copy filed under another headline shows its own after its path, and an exact
    /// copy inside a group of near ones says so. Kinds: exact (the same words), near (a
    /// copy edited, cut short or corrected, a figure changed the same day), series (reports
    /// of a recurring story in the same words with other figures, 20 hours or more apart:
    /// not copies of each other, each listed by its oldest copy).
    Duplicates(DuplicatesArgs),
    /// Parse and extract articles WITHOUT indexing; print what ingest would store.
    ///
    /// One record per article. With --json: one JSON object per line, with path, id
    /// (which article of a file holding many, else null), uid (its id once ingested), title,
    /// date, date_utc, date_source, byline, url (null when the source gives none), people,
    /// organizations, places, tags, language (en, de; null when not told), and body with
    /// --body.
    Extract(ExtractArgs),
    /// Serve the index over HTTP: a JSON API and a search page for the browser.
    ///
    /// Binds to loopback (127.0.0.1:7878) unless told otherwise. The page works offline
    /// (nothing is loaded from other sites); searches see new commits without a restart.
    ///
    /// The JSON API (GET /api lists it, with each route's parameters):
    /// /api/search?q=&person=&org=&place=&country=&site=&since=&until=&sort=&limit=&offset= (as
    /// `search --json`, with facets and months), /api/article/{uid}, /api/similar/{uid},
    /// /api/people, /api/orgs, /api/places, /api/sites (as those commands' --json, with
    /// `with=`), /api/timeline?by=month and /api/health.
    Serve(ServeArgs),
    /// Show what the index holds: article count, size, dates covered, the folders ingested
    /// and when, and the most frequent people, organizations and places.
    #[command(alias = "status")]
    Stats(StatsArgs),
    /// Print a shell's completion script for newsdex, to stdout.
    ///
    /// bash: `newsdex completions bash > ~/.local/share/bash-completion/completions/newsdex`;
    /// zsh: `newsdex completions zsh > ~/.zfunc/_newsdex` (with `fpath+=~/.zfunc` before
    /// `compinit`); fish: `newsdex completions fish > ~/.config/fish/completions/newsdex.fish`.
    Completions(CompletionsArgs),
    /// Print newsdex's manual page (roff), to stdout: `newsdex manual > newsdex.1`, then
    /// `man ./newsdex.1`, or put it in a `man1` folder on the MANPATH. One page: the
    /// options common to all commands, then a section for each command with its own.
    Manual,
}

/// Writes the manual page (`newsdex manual`): clap_mangen's page of the top level, then,
/// where it would point to a page of each command (`newsdex-search(1)`, which it cannot
/// write), a section for each command with its synopsis, description and options.
pub fn manual(out: &mut dyn std::io::Write) -> std::io::Result<()> {
    use clap::CommandFactory;
    let mut cli = Cli::command();
    // Gives each command its full name, `newsdex search`, for its synopsis.
    cli.build();
    let top = clap_mangen::Man::new(cli.clone());
    type Part = fn(&clap_mangen::Man, &mut dyn std::io::Write) -> std::io::Result<()>;
    let parts: [Part; 5] = [
        clap_mangen::Man::render_title,
        clap_mangen::Man::render_name_section,
        clap_mangen::Man::render_synopsis_section,
        clap_mangen::Man::render_description_section,
        clap_mangen::Man::render_options_section,
    ];
    for part in parts {
        part(&top, out)?;
    }
    for command in cli.get_subcommands().filter(|c| !c.is_hide_set() && c.get_name() != "help") {
        let name = command.get_bin_name().unwrap_or(command.get_name()).to_string();
        writeln!(out, ".SH \"{}\"", name.to_uppercase())?;
        let man = clap_mangen::Man::new(command.clone());
        let mut section = Vec::new();
        man.render_synopsis_section(&mut section)?;
        man.render_description_section(&mut section)?;
        if command.get_arguments().any(|a| !a.is_hide_set()) {
            man.render_options_section(&mut section)?;
        }
        // Its parts are sub-headings of its section: SYNOPSIS, DESCRIPTION, OPTIONS.
        for line in String::from_utf8_lossy(&section).lines() {
            match line.strip_prefix(".SH ") {
                Some(heading) => writeln!(out, ".SS {heading}")?,
                None => writeln!(out, "{line}")?,
            }
        }
    }
    top.render_extra_section(out)?;
    top.render_version_section(out)
}

/// The message for a query word that starts with `-` (`search budget -sport`), which clap
/// reads as an unknown option ("unexpected argument '-s' found"): it names the word and
/// says the command line that works, with the query words moved after `--`. None when
/// `args` (the words after the program's name) hold no such word.
pub fn dash_word_error(args: &[String]) -> Option<String> {
    use clap::CommandFactory;
    let mut cli = Cli::command();
    cli.build();
    let at = args.iter().position(|a| cli.find_subcommand(a).is_some())?;
    let command = cli.find_subcommand(&args[at])?;
    let options: Vec<&clap::Arg> = command.get_arguments().chain(cli.get_arguments()).collect();
    let takes_value = |arg: &clap::Arg| arg.get_action().takes_values();
    // The option a word names, and whether the word holds its value already (`-n5`,
    // `--limit=5`); None for a word that names none.
    let option_of = |word: &str| -> Option<(&clap::Arg, bool)> {
        if let Some(long) = word.strip_prefix("--") {
            let (name, value) = long.split_once('=').map_or((long, false), |(n, _)| (n, true));
            let arg = options.iter().copied().find(|a| {
                a.get_long() == Some(name) || a.get_all_aliases().into_iter().flatten().any(|x| x == name)
            })?;
            return Some((arg, value));
        }
        let mut shorts = word.strip_prefix('-')?.chars().peekable();
        loop {
            let c = shorts.next()?;
            let arg = options.iter().copied().find(|a| a.get_short() == Some(c))?;
            if takes_value(arg) || shorts.peek().is_none() {
                return Some((arg, shorts.peek().is_some()));
            }
        }
    };
    // Only a query's words: `similar ARTICLE --bogus` is an unknown option, said by clap,
    // unless another command has it (`similar ARTICLE --since X`).
    if command
        .get_positionals()
        .all(|a| a.get_value_names().is_none_or(|names| names.iter().all(|n| n != "QUERY")))
    {
        return args[at + 1..]
            .iter()
            .take_while(|word| *word != "--")
            .filter(|word| word.starts_with("--") && option_of(word).is_none())
            .find_map(|word| no_such_long_option(&cli, command, word));
    }
    let (mut kept, mut words, mut dashed) = (Vec::new(), Vec::new(), None);
    let mut rest = args[at + 1..].iter();
    while let Some(word) = rest.next() {
        if word == "--" {
            words.extend(rest.by_ref().cloned());
        } else if word.len() > 1 && word.starts_with('-') {
            match option_of(word) {
                Some((arg, has_value)) => {
                    kept.push(word.clone());
                    if takes_value(arg) && !has_value {
                        kept.extend(rest.next().cloned());
                    }
                }
                // `--bogus` is a mistyped option, not a query word: clap says so, with the
                // option it may have meant.
                // One another command has (`timeline hormuz --no-collapse`) is said as a
                // short option of another command is.
                None if word.starts_with("--") => return no_such_long_option(&cli, command, word),
                // `timeline blair -n 5`: an option of another command, not a query word;
                // moved after `--` it would search "-n" and "5".
                None if looks_like_short_option(word) => {
                    return Some(no_such_short_option(&cli, command, word));
                }
                None => {
                    dashed.get_or_insert_with(|| word.clone());
                    words.push(word.clone());
                }
            }
        } else {
            words.push(word.clone());
        }
    }
    let dashed = dashed?;
    let quoted = |w: &String| shlex::try_quote(w).map_or_else(|_| w.clone(), |q| q.into_owned());
    let line: Vec<String> = args[..=at]
        .iter()
        .chain(&kept)
        .chain(std::iter::once(&"--".to_string()))
        .chain(&words)
        .map(quoted)
        .collect();
    Some(format!(
        "{dashed:?} is no option: a query word starting with \"-\" must come after \"--\": newsdex {}",
        line.join(" ")
    ))
}

/// Whether a word not an option of its command reads as an option all the same, not as a
/// query word to exclude: a dash and one letter (`-n`, `-j`), with a number joined
/// (`-n5`). `-sport` is a word.
fn looks_like_short_option(word: &str) -> bool {
    let mut rest = word.strip_prefix('-').unwrap_or_default().chars();
    rest.next().is_some_and(|c| c.is_ascii_alphabetic()) && rest.all(|c| c.is_ascii_digit())
}

/// Says that `command` has no option `word` (`-n`), and which commands have it, with its
/// long name: "the timeline command has no option -n (-n is --limit in search, people,
/// …)".
fn no_such_short_option(cli: &clap::Command, command: &clap::Command, word: &str) -> String {
    let letter = word.chars().nth(1).unwrap_or_default();
    let mut long = None;
    let others: Vec<&str> = cli
        .get_subcommands()
        .filter(|other| other.get_name() != command.get_name())
        .filter(|other| {
            let arg = other.get_arguments().find(|a| a.get_short() == Some(letter));
            long = long.or(arg.and_then(|a| a.get_long()));
            arg.is_some()
        })
        .map(|other| other.get_name())
        .collect();
    let name = command.get_name();
    let help = format!("newsdex {name} --help lists its options");
    match long {
        Some(long) => format!(
            "the {name} command has no option -{letter} (-{letter} is --{long} in {}); {help}",
            others.join(", ")
        ),
        None => format!("the {name} command has no option -{letter}; {help}"),
    }
}

/// The message for a long option (`--no-collapse`) that `command` lacks and other
/// commands have, naming them; None for one no command has (a mistyped option, which clap
/// says with the option it may have meant).
fn no_such_long_option(cli: &clap::Command, command: &clap::Command, word: &str) -> Option<String> {
    let long = word.trim_start_matches('-').split('=').next().unwrap_or_default();
    let has = |other: &clap::Command| {
        other.get_arguments().any(|a| {
            a.get_long() == Some(long) || a.get_all_aliases().into_iter().flatten().any(|x| x == long)
        })
    };
    let others: Vec<&str> = cli
        .get_subcommands()
        .filter(|other| other.get_name() != command.get_name() && has(other))
        .map(|other| other.get_name())
        .collect();
    let name = command.get_name();
    (!others.is_empty()).then(|| {
        format!(
            "the {name} command has no option --{long} (an option of {}); newsdex {name} --help lists its options",
            others.join(", ")
        )
    })
}

/// The dashes a word processor puts where `-` or `--` was typed: the en dash (U+2013,
/// Word's "AutoFormat as you type" turns ` -- ` into it), the em dash (U+2014, `--`
/// between words) and the minus sign (U+2212, from typeset handouts and PDFs).
const LONG_DASHES: [char; 3] = ['\u{2013}', '\u{2014}', '\u{2212}'];

/// The message for an option pasted from a handout with a long dash (`—person Brown`,
/// `–n 3`): clap takes such a word as a query word, so `search —person Brown` would search
/// the words "—person" and "Brown" and exit 0. Names the first such word in `args` (the
/// words after the program's name) and the option to type: `--person`, or `-n` for a dash
/// and one letter. A long dash followed by anything but a letter (`—` alone, `–{title}`
/// in a template, `−5`) is text, and passed over.
pub fn long_dash_error(args: &[String]) -> Option<String> {
    args.iter().find_map(|word| {
        let name = word.trim_start_matches(|c| c == '-' || LONG_DASHES.contains(&c));
        let starts_with_long_dash = word.starts_with(LONG_DASHES);
        let begins_with_letter = name.chars().next().is_some_and(char::is_alphabetic);
        if !starts_with_long_dash || !begins_with_letter {
            return None;
        }
        // `–n`, `—n5`: a short option; `—person`, `–with=Blair`: a long one.
        let option_name = name.split('=').next().unwrap_or(name);
        let mut letters = option_name.chars();
        let short = letters.next().is_some() && letters.all(|c| c.is_ascii_digit());
        let (plain, typed) = if short { ("-", format!("-{name}")) } else { ("--", format!("--{name}")) };
        Some(format!(
            "'{word}' starts with a long dash, not '{plain}' (a word processor changes '-' and '--' into \
             dashes): type {typed}"
        ))
    })
}

/// `newsdex completions`
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `newsdex ingest`
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Folders or files to ingest. With none, every folder ingested into this index before
    /// is scanned again.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Keep the articles of files that are gone from the folders (by default they are
    /// removed from the index).
    #[arg(long)]
    pub no_purge: bool,

    /// Skip entity extraction (faster; people, organizations and places stay empty for the
    /// files read in this run).
    #[arg(long)]
    pub no_entities: bool,

    /// Keep a copy of every article's text in the index, so searches show snippets even
    /// while the files are out of reach (an unmounted drive, say). By default the text of
    /// plain-text and Markdown files is not copied: snippets read it from the files, and
    /// the index stays about half the size. Other formats are always copied. Given for a
    /// folder ingested before, it copies the text already indexed; the index remembers it
    /// for the folder (later ingests, rebuilds and `watch` keep copying) until it is
    /// forgotten (`newsdex forget`).
    #[arg(long)]
    pub keep_text: bool,

    /// Commit at least this often during a long ingest, so an interrupted run loses at most
    /// this much work (the next ingest picks up where it stopped). At least 1.
    #[arg(long, value_name = "SECONDS", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..))]
    pub commit_interval: u64,

    /// Follow symbolic links while walking. The index remembers it for the folder: later
    /// ingests, rebuilds and `watch` keep following its links, until it is forgotten.
    #[arg(long)]
    pub follow_links: bool,

    /// Leave out the files and folders this pattern names, in .gitignore syntax, as if in a
    /// .newsdexignore at the top of each folder ingested: `--exclude README.txt --exclude
    /// '/codes/'` (for a folder you cannot write into). Repeatable; it applies to every folder
    /// of the command (ingest folders one at a time to give each its own), and is remembered
    /// for each (later ingests and rebuilds keep leaving them out) until it is forgotten
    /// (`newsdex forget FOLDER`, then ingest it again without the pattern).
    #[arg(long, value_name = "PATTERN", value_parser = crate::ingest::walk::check_exclude)]
    pub exclude: Vec<String>,

    /// Ingest the files and folders that .gitignore files name too. By default they are left
    /// out, as ripgrep and fd leave them out: a .gitignore in the folder ingested or any
    /// folder below it is read whether or not the folder is in a git repository (an archive
    /// copied out of one keeps its drafts out), its patterns before a .newsdexignore's in
    /// the same folder; one above the folder ingested is not read. So is the
    /// .git/info/exclude of the git repository the folder is in, as git reads it: as a
    /// .gitignore at the repository's top. The index remembers it for the folder until it
    /// is forgotten.
    #[arg(long)]
    pub no_gitignore: bool,

    /// Skip files larger than this many megabytes (with a warning).
    #[arg(long, value_name = "MB", default_value_t = 64, value_parser = clap::value_parser!(u64).range(1..))]
    pub max_file_mb: u64,

    /// Threads used to read and parse files, 1 to 8 (default, or 0: one per core, at most 8).
    #[arg(long, short, value_name = "N", value_parser = clap::value_parser!(u16).range(0..=crate::ingest::MAX_JOBS as i64))]
    pub jobs: Option<u16>,

    /// Memory for the index writer's in-memory segments, in megabytes. More means fewer,
    /// larger segments written at once and less merging of them; the writer's memory stays
    /// near this bound however large the archive. From 15 to 4000; a writer thread needs at
    /// least 15, so a small value means fewer writer threads.
    #[arg(long, value_name = "MB", default_value_t = 256, value_parser = clap::value_parser!(u64).range(15..=4000))]
    pub memory: u64,

    /// Throw away the existing index and build it again from these folders (or, with
    /// none given, from the folders it held), each as it was ingested (`--keep-text`,
    /// `--follow-links`, `--exclude` are kept; `newsdex forget` a folder to drop them).
    #[arg(long)]
    pub rebuild: bool,

    /// When another newsdex process is writing the index (an ingest, or a `watch`, which
    /// holds it until stopped), wait for it to finish instead of failing: for a scheduled
    /// ingest that may meet a manual one.
    #[arg(long)]
    pub wait: bool,

    /// Write what became of every file and folder met to FILE (`-`: stdout), one JSON
    /// object a line: path, outcome (added, updated, unchanged, moved, removed, skipped,
    /// left_out, forgotten, not_found, not_read), and as they apply reason, detail,
    /// articles, from (a moved file's old path) and warnings. For accounting for every
    /// file of an archive: `jq -r 'select(.outcome == "skipped") | .path' FILE`.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
}

/// The recency boost's half-life when none is given.
pub const DEFAULT_HALF_LIFE: &str = "30d";

/// `newsdex forget`
#[derive(Debug, Args)]
pub struct ForgetArgs {
    /// Folders or files ingested before, as they were named when ingested (a folder
    /// renamed since: by its old name). A folder inside a folder still ingested stays out
    /// of that folder's later ingests, until it is ingested by name again.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// `newsdex purge`
#[derive(Debug, Args)]
pub struct PurgeArgs {
    /// Print what was done as one JSON object (articles purged, segments, bytes).
    #[arg(long)]
    pub json: bool,

    /// When another newsdex process is writing the index (an ingest, or a `watch`, which
    /// holds it until stopped), wait for it to finish instead of failing.
    #[arg(long)]
    pub wait: bool,
}

/// `newsdex watch`
#[derive(Debug, Args)]
pub struct WatchArgs {
    /// The ingest settings (folders: as for `ingest`; none means the known ones).
    #[command(flatten)]
    pub ingest: IngestArgs,

    /// Wait this long after a change for more changes before indexing them together; in a
    /// folder that never rests that long, index at most ten times this after the first
    /// change.
    #[arg(long, value_name = "MS", default_value_t = 1000)]
    pub debounce_ms: u64,
}

/// How to order search hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum SortArg {
    /// Best BM25 match first (equal scores in the index's order, the same on every page).
    #[default]
    Relevance,
    /// Newest first (also `newest`); with a query, the undated articles after the dated
    /// ones, by relevance. A search of dates alone (no query) lists its hits oldest first.
    #[value(alias = "newest")]
    Date,
    /// Oldest first (when a story first appeared); with a query, the undated articles
    /// after the dated ones, by relevance.
    Oldest,
    /// Relevance with a boost for recent articles (up to 2x for the newest article the
    /// search finds, filters included, halving every --half-life): recent relevant stories
    /// first, strong old matches kept.
    Recent,
}

/// When to colour the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ColorArg {
    /// Colour when stdout is a terminal and NO_COLOR is not set.
    #[default]
    Auto,
    /// Always use ANSI colours.
    Always,
    /// Never colour; matches are marked with **double asterisks**.
    Never,
}

/// `newsdex search`
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The query, e.g. `federal agents`, `"prime minister" OR chancellor`, `title:budget -sport`.
    /// A field applies to the one word after it: `title:brown budget` is brown in the
    /// title and budget anywhere; `title:(brown budget)` puts both in the title.
    /// Quotes are needed only for a phrase: `newsdex search tony blair` searches both words.
    /// A query that starts with `-` comes after the options and `--`:
    /// `newsdex search -n 5 -- -sport budget`.
    #[arg(value_name = "QUERY", num_args = 1.., value_parser = crate::nfc::composed_arg)]
    pub query: Vec<String>,

    /// Which articles count.
    #[command(flatten)]
    pub filters: FilterArgs,

    /// Order of the hits.
    #[arg(long, value_enum, default_value_t = SortArg::Relevance)]
    pub sort: SortArg,

    /// For --sort recent: the age at which the recency boost halves: a number and a unit,
    /// min (minutes), h (hours), d (days), w (weeks), m (months of 30 days) or y (years): 12h, 30d, 2w, 3m,
    /// 1y. A bare number is days.
    #[arg(long, value_name = "DURATION", default_value = DEFAULT_HALF_LIFE)]
    pub half_life: String,

    /// How many hits to show: a number, or all for every match (0: only how many match);
    /// 10 when not given. When -n is not given and fewer are written than match, to a pipe
    /// or file or with --format, stderr says so: "newsdex: wrote 10 of 170 stories: -n all
    /// writes every one"; a number given is taken as meant, and said nothing of.
    #[arg(long, short = 'n', value_name = "N", value_parser = hit_count)]
    pub limit: Option<usize>,

    /// Skip this many hits first (for paging).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub offset: usize,

    /// Show every copy of a story: by default exact duplicates and near duplicates (wire
    /// copies re-published with small edits) are one hit under the best-scoring copy.
    #[arg(long)]
    pub no_collapse: bool,

    /// Up to this many fragments of the body per hit, best first (0: no snippet; at most
    /// 10, as the API takes).
    #[arg(long, value_name = "N", default_value_t = 2, value_parser = fragments_count)]
    pub fragments: usize,

    /// Print one JSON document: {"newsdex_version", "query", "request", "total", "stories",
    /// "hits": [...], ...}.
    ///
    /// newsdex_version: the version that answered. query: the query as typed (null
    /// without one); request: the whole search (filters, dates as the first and last day
    /// kept, sort, options). total: the articles that match, copies included; stories: the
    /// hits that makes once copies are folded together (what pages reach; null with
    /// --no-collapse); offset and limit: the page (limit: -n's number; with -n all, the
    /// number of hits every match makes: stories, else total); hits: that page, at most
    /// limit long.
    /// notes: what the search said on stderr; undated_left_out: the articles that match
    /// but have no date, which --since or --until left out (0 without them); hints (when
    /// nothing matched): why, as stderr says it.
    ///
    /// Each hit: path (absolute), relpath (the path from the folder ingested, that folder's
    /// name first: bbc/politics/099.txt, alike on every machine) and id (which article of a
    /// file of many, else null);
    /// title (null when none) and headline (the title, else the opening of the text);
    /// date as the article gives it, ISO 8601 with its own offset when it has one, and
    /// date_utc the same instant in UTC (a day alone stays a day; null for a time given
    /// without a zone); date_source, where the date was read: the format and place, as
    /// jsonld, meta:article:published_time, time-tag, json:date, feed:published, nitf:meta,
    /// email:date, text:dateline, text:published-line, url (the web address), path (the
    /// file's path), or text:dateline+file-time (the day from a dateline, the year from
    /// the file's time); modified (when last changed, where it says); score (the BM25
    /// relevance, 0 when sorted by date without a query; compare within one search only);
    /// byline; url and site (its host without www., as --site takes it); people,
    /// organizations, places, tags, language (en, de; null when not told); snippet (fragments
    /// joined by " … ") with snippet_starts_mid_text and snippet_ends_mid_text (whether the
    /// text goes on before and after it, shown as "…" elsewhere); highlights and
    /// title_highlights, [start, end) offsets of the matches in snippet and title, counted
    /// in characters (Unicode scalar values), not bytes; duplicates (the paths, path#id,
    /// of other copies folded into this hit) and duplicate_uids; uid (show UID and the
    /// API's /api/article/UID take it); body_problem (why the snippet is not from the text
    /// indexed: the file changed or went since ingest; else null).
    #[arg(long, conflicts_with = "format")]
    pub json: bool,

    /// Print only the paths of the files holding a matching article, one a line, each
    /// once, best-ranked first, as `rg -l` does: a file of many articles is listed once
    /// however many match, every matching article counts (copies too; -n and --offset do
    /// not apply), and nothing else goes to stdout. Exit status 0 when any matched, 1 when
    /// none. With -0, for `xargs -0`: `newsdex search -l -0 budget | xargs -0 ls -l`.
    #[arg(long, short = 'l', conflicts_with_all = ["json", "format"])]
    pub files_with_matches: bool,

    /// End each path of -l, or each hit's line of --format, with a NUL byte instead of a
    /// new line, and write paths byte for byte (a file name holding a new line stays
    /// whole; without -0 --format makes it a space).
    #[arg(long = "null", short = '0')]
    pub null: bool,

    /// Print one line per hit made from TEMPLATE: {title}, {headline} (the title, or for
    /// an article without one its first sentence or first words and …), {date}, {day}
    /// (the date's day), {date_utc}, {modified} (when last changed, where it says),
    /// {byline}, {url}, {site} (the url's site, as --site takes it), {path}, {relpath}
    /// (the path from the folder it was ingested from, that folder's name first:
    /// bbc/politics/099.txt for ~/corpora/bbc/politics/099.txt after `ingest corpora/bbc`;
    /// a file ingested alone, its name; the same on every machine the folder is ingested
    /// on, where {path} differs), {ref} (the relpath, and #ID for one article of a file of
    /// many: reuters21578/reut2-000.sgm#175, for a citation), {link} (the url, else
    /// path#id: the one article), {id}
    /// (path#id inside a file of many), {uid}, {score}, {language}, {snippet}, {people},
    /// {orgs}, {places}, {tags}, {lead} (the article's first paragraph, cut at 400
    /// characters), {duplicates} (the other copies of the story folded into the hit, each
    /// as {ref} names it, joined by ", ").
    ///
    /// A field may be escaped for where it goes: {title:md} puts a backslash before what
    /// Markdown or HTML reads as markup ([ ] < > | * _ ` ~ & \ and a # - + = or "1." that
    /// starts it), so a title renders as written; {title:csv} is a CSV cell (RFC 4180: in
    /// double quotes, doubled inside, when it holds a comma or a quote); {title:json} a
    /// JSON string ({people:json} an array). \t is a tab, \n a new line, \\ a backslash
    /// (\\t prints \t); {{ and }} are braces. A field's tabs and line breaks become
    /// spaces (not with -0). Matches are not marked.
    ///
    /// A Markdown list: --format '- [{headline:md}]({link}) ({day})'; a table: --format
    /// '{day}\t{title}\t{link}'; CSV: --format '{day},{title:csv},{link:csv}'.
    #[arg(long, value_name = "TEMPLATE", allow_hyphen_values = true, value_parser = crate::search::template::parse)]
    pub format: Option<crate::search::template::Template>,

    /// With --format: print LINE once before the hits, as a CSV file's or a table's header
    /// row. \t is a tab, \n a new line, \\ a backslash, as in --format; braces are
    /// printed as they are.
    ///
    /// --format '{day},{title:csv},{path:csv}' --header 'day,title,path' > stories.csv
    #[arg(long, value_name = "LINE", requires = "format", allow_hyphen_values = true, value_parser = header_line)]
    pub header: Option<String>,

    /// Keyword in context: print every match of the query in each hit (title and text),
    /// one line each, with 40 characters (--context) of the text before and after it, the
    /// matches in one column, and where it is (path, or path#id in a file of many, as show
    /// takes it): for quoting. The matches are those snippets highlight: the query's words
    /// and the names of --person, --org and --place (`--person Blair --kwic` alone lists
    /// where he is named). With neither, no line, and a note says so.
    ///
    /// For a concordance to sort or split: --json writes one JSON object a line (path,
    /// relpath, id, ref, uid, title, date, byline, url, left, match, right); --format writes a line from a template
    /// that may name {left}, {match} and {right} beside a hit's fields:
    /// --format '{left}\t{match}\t{right}\t{ref}' (a field's tabs and line breaks are
    /// spaces).
    #[arg(long, conflicts_with = "files_with_matches")]
    pub kwic: bool,

    /// With --kwic: up to N characters of the text each side of a match (40 when not
    /// given).
    #[arg(long, value_name = "N", requires = "kwic", value_parser = clap::value_parser!(u16).range(1..=1000))]
    pub context: Option<u16>,

    /// Colour matches: auto, always or never (NO_COLOR is honoured by auto). In a pipe or
    /// file, matches are marked **like this**; `--color always QUERY | less -R` pages
    /// coloured results.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,
}

/// The filters `search`, `people`, `orgs`, `places`, `sites` and `timeline` share: each
/// keeps to the articles it names. Text is taken composed ([`crate::nfc`]), as articles
/// are indexed: a Mac terminal may send "Québec" decomposed.
#[derive(Debug, Args, Default, Clone)]
pub struct FilterArgs {
    /// Only articles mentioning this person (repeatable; all must hold). Surname alone,
    /// any case, accents optional: --person walz, --person "Renee Good". A full name also
    /// finds articles giving the surname alone ("President Reagan") when at least 80% of
    /// the articles naming someone in full with that surname name this person. People,
    /// organizations and places are read from English articles only.
    #[arg(long, value_name = "NAME", value_parser = crate::nfc::composed_arg)]
    pub person: Vec<String>,

    /// Only articles mentioning this organization (repeatable; all must hold).
    #[arg(long, value_name = "NAME", value_parser = crate::nfc::composed_arg)]
    pub org: Vec<String>,

    /// Only articles mentioning this place (repeatable; all must hold), by the name
    /// written: `--place "United Kingdom"` finds the articles naming it (or Britain, UK),
    /// not those naming London alone (see --country). A nationality alone is its country
    /// (`--place British` is `--place "United Kingdom"`, not also "British Columbia").
    #[arg(long, value_name = "NAME", value_parser = crate::nfc::composed_arg)]
    pub place: Vec<String>,

    /// Only articles mentioning this country or any place in it: its states, provinces
    /// and cities as newsdex's gazetteer knows them (`--country UK` finds a story placed
    /// only in London or Edinburgh; `--country Japan` one in Tokyo). Any name of the
    /// country (UK, Britain, U.S., Holland), its name in its own language or another
    /// common one (Deutschland, Brasil, Estados Unidos) or its nationality (British); a
    /// nationality in the text does not place a story ("Brazilian coffee"). A name the
    /// gazetteer has for two places is its one choice: "Georgia" is the country, not the
    /// US state (but in a story dated before 26 December 1991 only beside a Soviet place:
    /// the wires then wrote it for the state); "Cairo" Egypt's capital; "Birmingham" the
    /// English city; England, Scotland, Wales and Northern Ireland are in the United
    /// Kingdom. A former country (USSR, West Germany, Yugoslavia, Czechoslovakia) holds
    /// today's cities in articles dated before its end (Moscow in 1987); today's country
    /// holds them at any date or undated, and the former countries wholly inside it
    /// (West and East Germany in Germany, North and South Yemen in Yemen), not those
    /// split among several (the USSR is not in Russia). The EC and the EU are
    /// organizations (--org). Repeatable; all must hold. `country:NAME` in the query is
    /// the same.
    #[arg(long, value_name = "NAME", value_parser = crate::nfc::composed_arg)]
    pub country: Vec<String>,

    /// Only articles from this site: a domain, with its subdomains (`bbc.co.uk` takes
    /// `news.bbc.co.uk`, `de` every German site), or a web address pasted whole. Repeatable: any of them. Known
    /// for web pages, web archives and exports that give each article's address.
    #[arg(long, value_name = "DOMAIN", value_parser = crate::nfc::composed_arg)]
    pub site: Vec<String>,

    /// Only articles from files in this folder, or this file, as ingested: `--folder
    /// bbc/business` keeps one section of an archive. Repeatable: any of them.
    #[arg(long, value_name = "PATH")]
    pub folder: Vec<std::path::PathBuf>,

    /// Only articles written in this language: a code (en, de, fr) or an English name
    /// (German), or none for the articles of no language told. Each article's language is
    /// read from its text, or else from what its page or file declares; `newsdex
    /// languages` counts them. Repeatable: any of them.
    #[arg(long, value_name = "LANGUAGE", value_parser = crate::nfc::composed_arg)]
    pub lang: Vec<String>,

    /// Only the article at this web address, as a page: http or https, `www.`, a trailing
    /// slash, `utm_` tracking parameters and the #fragment do not count. Repeatable: any
    /// of them. (`newsdex show ADDRESS` shows it.)
    #[arg(long, value_name = "ADDRESS", value_parser = crate::nfc::composed_arg)]
    pub url: Vec<String>,

    /// Only articles published on or after this date: 2026, 2026-01, 2026-01-24 or RFC 3339,
    /// an ISO week as `timeline --by week` labels it (2026-W04), a quarter (2026-Q2, "Q2
    /// 2026", "2nd quarter 2026": April to June), a season ("spring 2026", "winter 2025":
    /// December to February), or as articles write it:
    /// 24.01.2026, "24 January 2026", "January 2026"; or from today: today, yesterday, 7d,
    /// 2w, 3m (months), 1y, "3 weeks ago" (the day that long ago), "this week", "last week",
    /// "this month", "last month", "this year", "last year"; or to the minute: now, 2h,
    /// 90min, "2 hours ago" (that long ago), 14:30, "today 14:30", "yesterday 9:15pm" (that
    /// time of day, on your clock). A time of day is compared with each
    /// article's own clock time as published (the `date` shown, not `date_utc`): an offset
    /// or Z written after it is not applied.
    #[arg(long, value_name = "DATE", value_parser = crate::nfc::composed_arg)]
    pub since: Option<String>,

    /// Only articles published on or before this date (a partial date means the whole
    /// period: --until 2026-01 includes January 31).
    #[arg(long, value_name = "DATE", value_parser = crate::nfc::composed_arg)]
    pub until: Option<String>,

    /// Let every word of five letters or more match within one edit (typos, spelling
    /// variants). For one word only, write `word~1` or `word~2` in the query.
    #[arg(long)]
    pub fuzzy: bool,

    /// Match words only in the form typed: no singular or plural ("election" not
    /// "elections"), no spelling without the accents of a word typed with them. By default a
    /// plain word also matches its singular or plural ("company" finds "companies"), ranked
    /// a little lower; words in quotes always match in the form typed. Case is still
    /// ignored ("Labour" finds "labour"), but for a word typed in capitals ("WHO"), and a
    /// British and an American spelling are one word ("labour" finds "labor", "defence"
    /// "defense"): the index keeps them so.
    #[arg(long)]
    pub exact_words: bool,

    /// How many of the query's words an article must hold: all (the default), any, a
    /// number (2) or a share (75%, rounded down). The more of them an article holds, the
    /// higher it ranks. Words given an operator keep it: `--match any oil opec +price`
    /// requires "price", `-sport` still excludes.
    #[arg(long = "match", value_name = "HOW", default_value = "all", value_parser = word_match)]
    pub word_match: WordMatch,

    /// A --person, --org or --place NAME as `people`, `orgs` and `places` list it keeps to
    /// the articles that list counts under it (as the API's `exact=1` and the search
    /// page's filters): its spellings, the same person written otherwise ("Bobby" and
    /// "Robert Charlton", "Philippe Sands QC"), an organization's acronym ("CDC") or its
    /// name with or without its legal form ("Chrysler Corp"), and the surname alone when it is that person's. Without it, `--place Mexico` also finds "New
    /// Mexico", and `--org Treasury` "U.S. Treasury". A name no list holds is read as
    /// words, as without.
    #[arg(long = "exact-names", visible_alias = "exact")]
    pub exact_names: bool,
}

/// Reads `--match`.
fn word_match(text: &str) -> Result<WordMatch, String> {
    WordMatch::parse(text)
}

/// `newsdex people`, `newsdex orgs`, `newsdex places`
#[derive(Debug, Args)]
pub struct NamesArgs {
    /// Count only in the articles matching this query (same syntax as `search`).
    #[arg(value_name = "QUERY", num_args = 1.., value_parser = crate::nfc::composed_arg)]
    pub query: Vec<String>,

    /// Count only in articles that also name this person, organization or place (the kind
    /// the command lists, or another kind when none names it so: `orgs --with "Paul
    /// Volcker"`); the name itself is left out of the list. Repeatable.
    #[arg(long = "with", value_name = "NAME", value_parser = crate::nfc::composed_arg)]
    pub with: Vec<String>,

    /// Which articles count.
    #[command(flatten)]
    pub filters: FilterArgs,

    /// How many names to list: a number, or all.
    #[arg(long, short = 'n', value_name = "N", default_value_t = 20, value_parser = crate::commands::names::listing_count)]
    pub limit: usize,

    /// Print one JSON document.
    #[arg(long, conflicts_with = "format")]
    pub json: bool,

    /// Print one line per name made from TEMPLATE, as `search --format` does for hits:
    /// {name} (as listed), {articles} (the articles naming it, copies included) and
    /// {spellings} (the writings counted in the row, when there are two or more), with
    /// the escapes of `search --format` ({name:csv}, {name:md}, {spellings:json}) and
    /// \t a tab. The padded columns of the text output are for reading.
    ///
    /// CSV: --format '{name:csv},{articles}' --header 'name,articles' > orgs.csv;
    /// TSV: --format '{name}\t{articles}'.
    #[arg(long, value_name = "TEMPLATE", allow_hyphen_values = true, value_parser = crate::search::template::parse_listing)]
    pub format: Option<crate::search::template::Template>,

    /// How --format's rows begin and end.
    #[command(flatten)]
    pub rows: RowOptions,
}

/// The options of a listing's --format rows that `people`, `orgs`, `places`, `timeline`,
/// `quotes` and `duplicates` share (each has its own --format, for its own fields).
#[derive(Debug, Args)]
pub struct RowOptions {
    /// With --format: print LINE once before the rows, as a CSV file's header row (as
    /// `search --header`).
    #[arg(long, value_name = "LINE", requires = "format", allow_hyphen_values = true, value_parser = header_line)]
    pub header: Option<String>,

    /// End each line of --format with a NUL byte instead of a new line (as `search -0`).
    #[arg(long = "null", short = '0', requires = "format")]
    pub null: bool,

    /// Taken as `search` takes it, so that one set of options serves every command;
    /// this listing is never coloured.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    #[allow(dead_code)]
    pub color: ColorArg,
}

/// `newsdex timeline`
#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// Count only the articles matching this query (same syntax as `search`).
    #[arg(value_name = "QUERY", num_args = 1.., value_parser = crate::nfc::composed_arg)]
    pub query: Vec<String>,

    /// Which articles count.
    #[command(flatten)]
    pub filters: FilterArgs,

    /// The period counted by: day, week, month, year or decade (1960s).
    #[arg(long, value_enum, default_value_t = Period::Month, value_name = "PERIOD")]
    pub by: Period,

    /// Leave out the periods in which no article was published (by default every period
    /// from the first article to the last is listed, with 0 where there is none): `--by
    /// year --skip-empty` over sixty years of an archive lists only the years it covers.
    #[arg(long)]
    pub skip_empty: bool,

    /// Print one JSON document: {"query", "request", "by", "articles", "undated",
    /// "periods": [{"period", "start", "end", "articles"}, ...], "undated_left_out",
    /// "notes"}. A period's start and end are the first and last day counted in it: a week
    /// or month that --since or --until cuts says the days it counts (`--by week --since
    /// 1987-03`: 1987-W09 starts 1987-03-01, a Sunday), and is marked "partial": true.
    /// notes: what stderr says of the search (a --place that leaves out articles writing
    /// the name).
    #[arg(long, conflicts_with = "format")]
    pub json: bool,

    /// Print one line per period made from TEMPLATE, as `search --format` does for hits:
    /// {period} (as labelled: 1987-03, 1987-W09), {start} and {end} (the first and last day
    /// counted in it), {articles}; with the escapes of `search --format` and \t a tab. No
    /// sentence before it and no bars, for a spreadsheet: --format
    /// '{period},{start},{end},{articles}' --header 'period,start,end,articles'.
    #[arg(long, value_name = "TEMPLATE", allow_hyphen_values = true, value_parser = crate::search::template::parse_timeline)]
    pub format: Option<crate::search::template::Template>,

    /// How --format's rows begin and end.
    #[command(flatten)]
    pub rows: RowOptions,
}

/// `newsdex similar`
#[derive(Debug, Args)]
pub struct SimilarArgs {
    /// The article: its file path, or PATH#ID for one inside a many-article file
    /// (`wire.jsonl#3`, `reut2-000.sgm#5`). The end of a path names the one article whose
    /// path ends so (`politics/069.txt`, or `wire.jsonl#3` as search shows it); the uid of
    /// `search --json` works too.
    #[arg(value_name = "PATH|ID")]
    pub article: std::ffi::OsString,

    /// Look only among the articles these filters keep: `--since 2005-01 --until 2005-03`
    /// for what came of it in those months, `--folder bbc/business` for one section,
    /// `--person Brown` for his coverage alike. They choose among the articles; how alike
    /// they are is still read from their words.
    #[command(flatten)]
    pub filters: FilterArgs,

    /// How many articles to show.
    #[arg(long, short = 'n', value_name = "N", default_value_t = 10, value_parser = at_least_one)]
    pub limit: usize,

    /// Print one JSON document, as `search --json` does.
    #[arg(long, conflicts_with = "format")]
    pub json: bool,

    /// Print one line per article made from TEMPLATE, with the fields and escapes of
    /// `search --format`: --format '{day}  {headline}', or '{day},{title:csv},{link:csv}'.
    #[arg(long, value_name = "TEMPLATE", allow_hyphen_values = true, value_parser = crate::search::template::parse)]
    pub format: Option<crate::search::template::Template>,

    /// With --format: print LINE once before the articles, as a CSV file's header row
    /// (as `search --header`).
    #[arg(long, value_name = "LINE", requires = "format", allow_hyphen_values = true, value_parser = header_line)]
    pub header: Option<String>,

    /// End each line of --format with a NUL byte instead of a new line (as `search -0`).
    #[arg(long = "null", short = '0')]
    pub null: bool,

    /// Colour: auto, always or never.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,
}

/// `newsdex quotes`
#[derive(Debug, Args)]
pub struct QuotesArgs {
    /// Only the quotes holding a word of this query, in the articles it matches (same
    /// syntax as `search`). Without it, every quote of the articles the filters keep.
    #[arg(value_name = "QUERY", num_args = 1.., value_parser = crate::nfc::composed_arg)]
    pub query: Vec<String>,

    /// Which articles are read.
    #[command(flatten)]
    pub filters: FilterArgs,

    /// Only the quotes this person is said to speak: the surname alone matches the full
    /// name, as --person does ("Blair", "Mr Blair", "Tony Blair"). Repeatable: any of them.
    /// Unlike --person, it looks at who speaks, not who is named.
    #[arg(long, value_name = "NAME", value_parser = crate::nfc::composed_arg)]
    pub speaker: Vec<String>,

    /// List the quotes of every copy of a story: by default a quote an earlier copy of
    /// the story holds (an exact or near duplicate, as `search` folds them or `duplicates`
    /// lists them, re-sent days later too) is listed once, under the first copy, and
    /// stderr says how many quotes of how many copies were left out.
    #[arg(long)]
    pub no_collapse: bool,

    /// Order of the articles quoted, as `search --sort` orders its hits: relevance, date
    /// (newest first), oldest, recent. Not given: oldest first, the undated after them.
    #[arg(long, value_enum)]
    pub sort: Option<SortArg>,

    /// For --sort recent: the age at which the recency boost halves, as `search
    /// --half-life` takes it (30d, 2w, 1y).
    #[arg(long, value_name = "DURATION", default_value = DEFAULT_HALF_LIFE)]
    pub half_life: String,

    /// How many articles to list with their quotes, in the order of --sort: a number, or
    /// all (the default); 0: only the note counting them.
    #[arg(long, short = 'n', value_name = "N", value_parser = hit_count)]
    pub limit: Option<usize>,

    /// Print one JSON object per line, one per quote: quote, speaker (null when unknown),
    /// speakers (each one said to speak it: ["Owen Bieber", "Marc Stepp"] where speaker
    /// is "Owen Bieber and Marc Stepp"; [] when unknown), speaker_as_written ("he", "Mr Howard", "a spokesman for the LSE"), speaker_kind
    /// (person, organization, name: a name not read as either, unnamed: "sources",
    /// "analysts", a spokesman, and a "he" standing for one, unknown: no one told),
    /// attribution ("said Mr Howard"), attributed (after, before, continued: after a
    /// quote of the same speaker, context: after a sentence of their reported speech,
    /// partial), paragraph (from 1), and the article's ref, relpath, path, uid, title,
    /// date, day, byline and duplicates (the refs of the later copies whose same quotes
    /// were left out).
    #[arg(long, conflicts_with = "format")]
    pub json: bool,

    /// Print one line per quote made from TEMPLATE, with the escapes of `search --format`:
    /// {speaker}, {speakers} (each one said to speak it, as the JSON's speakers, joined by
    /// ", "), {quote}, {speaker_as_written}, {speaker_kind}, {attribution}, {attributed},
    /// {paragraph}, {title}, {date}, {day}, {byline}, {ref}, {relpath}, {path}, {uid},
    /// {duplicates}: --format
    /// '{day},{speaker:csv},{quote:csv},{ref}'.
    #[arg(long, value_name = "TEMPLATE", allow_hyphen_values = true, value_parser = crate::search::template::parse_quotes)]
    pub format: Option<crate::search::template::Template>,

    /// How --format's rows begin and end.
    #[command(flatten)]
    pub rows: RowOptions,
}

/// `newsdex show`
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The articles: each a file path, PATH#ID for one inside a many-article file
    /// (`wire.jsonl#3`, `reut2-000.sgm#5`), the end of a path in whole parts
    /// (`politics/069.txt`, `069.txt`), the uid of `search --json`, its headline as a hit
    /// shows it (when one article has it), or else any end of one article's path
    /// (`69.txt`, when no other path ends so).
    #[arg(value_name = "PATH|ID", num_args = 1.., required = true)]
    pub articles: Vec<std::ffi::OsString>,

    /// Mark the words of this query in the text, as search marks them in snippets:
    /// `--mark "firm commitment"`.
    #[arg(long, value_name = "QUERY", value_parser = crate::nfc::composed_arg)]
    pub mark: Option<String>,

    /// One JSON object per article per line, as the API's /api/article gives it: uid,
    /// path, id, title, date, date_utc, date_source, byline, url, people, organizations,
    /// places, tags, language, body and body_problem.
    #[arg(long)]
    pub json: bool,

    /// Print only the text, as indexed: no headline, date, path or names, so that it can
    /// be piped to a reader aloud (`newsdex show 001.txt --body | say`). Paragraphs are
    /// apart by a blank line; several articles by a line `* * *` with a blank line each
    /// side.
    #[arg(long, visible_alias = "text", conflicts_with = "json")]
    pub body: bool,

    /// Colour: auto, always or never.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,
}

/// `newsdex duplicates`
#[derive(Debug, Args)]
pub struct DuplicatesArgs {
    /// List only the groups with a copy matching this query (same syntax as `search`).
    #[arg(value_name = "QUERY", num_args = 1.., value_parser = crate::nfc::composed_arg)]
    pub query: Vec<String>,

    /// List only the groups with a copy that these filters keep (a folder, a person, dates).
    #[command(flatten)]
    pub filters: FilterArgs,

    /// How many groups to list (largest first): a number, or all.
    #[arg(long, short = 'n', value_name = "N", default_value_t = 10, value_parser = crate::commands::names::listing_count)]
    pub limit: usize,

    /// Print one JSON document: the counts (`series` apart from the groups of copies), and
    /// under `shown` each group's kind (exact, near or series), title (the headline most of
    /// its copies share, else the one closest to them all), and in the order of `copies`
    /// (their paths, #ID in a file of many; a series' reports) their `dates`, `titles`
    /// (each copy's own headline), `refs` (as search's {ref}) and `texts` (the place of the
    /// first copy of the same text: equal for exact copies).
    #[arg(long, conflicts_with = "format")]
    pub json: bool,

    /// Print one line per copy made from TEMPLATE, as `search --format` does for hits:
    /// {group} (the group's number, 1 for the largest), {kind} (exact, near or series),
    /// {copies} (how many in the group; a series' reports), {group_title} (the headline the group is listed under),
    /// {title} (this copy's own headline), {date}, {day}, {path}, {relpath}, {ref}, {id},
    /// {uid}; with the escapes of `search --format` and \t a tab. For a table of every
    /// copy under its own headline: --format '{group}\t{day}\t{title}\t{ref}' -n all.
    #[arg(long, value_name = "TEMPLATE", allow_hyphen_values = true, value_parser = crate::search::template::parse_duplicates)]
    pub format: Option<crate::search::template::Template>,

    /// How --format's rows begin and end.
    #[command(flatten)]
    pub rows: RowOptions,
}

/// `newsdex serve`
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on: IP:PORT, HOST:PORT (localhost:7878) or a port alone (on
    /// 127.0.0.1). Use 0.0.0.0:PORT to be reachable from other machines; on a local
    /// address the server answers only requests for localhost or an IP address. (`--port
    /// 8080` is `--addr 8080`.)
    #[arg(long, alias = "port", value_name = "IP:PORT", default_value = "127.0.0.1:7878", value_parser = listen_address)]
    pub addr: std::net::SocketAddr,

    /// Let pages from ORIGIN call the API from a browser (CORS): a notebook or dashboard
    /// served elsewhere, as http://localhost:3000, or the subdomains of one, as
    /// https://*.example.org. Repeatable; * lets any web page the browser opens read the
    /// archive. Without it, only the page served here can.
    #[arg(long = "allow-origin", value_name = "ORIGIN", value_parser = web_origin)]
    pub allow_origins: Vec<String>,

    /// Answer requests for this host name too: the public name a reverse proxy (nginx's
    /// `proxy_set_header Host $host`) passes on, as news.example.com, or this machine's
    /// name when serving others (--addr 0.0.0.0:PORT, where it keeps to the names given;
    /// without it every name is served there). Repeatable. Other names get a 403, so that
    /// a web page cannot point its own domain at this machine and read the archive (DNS
    /// rebinding); localhost and IP addresses are always answered.
    #[arg(long = "allow-host", value_name = "NAME", value_parser = host_name)]
    pub allow_hosts: Vec<String>,
}

/// `--allow-host`: a host name, without scheme, port or path.
fn host_name(text: &str) -> Result<String, String> {
    let name = text.trim().trim_end_matches('.').to_ascii_lowercase();
    let valid = !name.is_empty()
        && name
            .split('.')
            .all(|label| !label.is_empty() && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'));
    if valid {
        Ok(name)
    } else {
        Err(format!(
            "{text:?} is not a host name: give a name alone, as news.example.com (no scheme, port or path)"
        ))
    }
}

/// `--allow-origin`: `*`, or a scheme and host with an optional port, as a browser sends
/// it in `Origin` (no path, no trailing slash).
fn web_origin(text: &str) -> Result<String, String> {
    if text == "*" {
        return Ok(text.to_string());
    }
    let bad = || format!("{text:?} is not an origin: give a scheme and host, as http://localhost:3000, or *");
    // `https://*.example.org`: its subdomains, checked as the rest is.
    if let Some((scheme, domain)) = text.split_once("://*.") {
        let checked = web_origin(&format!("{scheme}://{domain}"))?;
        return Ok(checked.replacen("://", "://*.", 1));
    }
    let url = url::Url::parse(text).map_err(|_| bad())?;
    if !matches!(url.scheme(), "http" | "https") || !url.has_host() {
        return Err(bad());
    }
    if url.path() != "/" || url.query().is_some() || text.ends_with('/') {
        return Err(format!("{text:?}: an origin has no path; give {}", url.origin().ascii_serialization()));
    }
    Ok(url.origin().ascii_serialization())
}

/// `--addr`: an IP address and port, a host name and port, or a port on 127.0.0.1.
fn listen_address(text: &str) -> Result<std::net::SocketAddr, String> {
    use std::net::{SocketAddr, ToSocketAddrs};
    if let Ok(addr) = text.parse::<SocketAddr>() {
        return Ok(addr);
    }
    if let Ok(port) = text.parse::<u16>() {
        return Ok(SocketAddr::from(([127, 0, 0, 1], port)));
    }
    let bad = |why: String| {
        format!("{text:?}: {why}; give IP:PORT (127.0.0.1:7878), HOST:PORT (localhost:7878) or a port")
    };
    let found: Vec<SocketAddr> = text.to_socket_addrs().map_err(|e| bad(e.to_string()))?.collect();
    // `localhost` is often ::1 first; the address the help and the page use is IPv4.
    found
        .iter()
        .find(|a| a.is_ipv4())
        .or(found.first())
        .copied()
        .ok_or_else(|| bad("names no address".into()))
}

/// `newsdex extract`
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files or folders to extract.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// One JSON object per article per line (JSON Lines).
    #[arg(long)]
    pub json: bool,

    /// Include the article body: in the text output its paragraphs apart by a blank line,
    /// as `show --body` prints them; in --json as ingest stores it.
    #[arg(long)]
    pub body: bool,

    /// Follow symbolic links while walking folders.
    #[arg(long)]
    pub follow_links: bool,

    /// Leave out the files and folders this pattern names, as `ingest --exclude` does.
    #[arg(long, value_name = "PATTERN", value_parser = crate::ingest::walk::check_exclude)]
    pub exclude: Vec<String>,

    /// Read the files and folders that .gitignore files (and the repository's
    /// .git/info/exclude) name too, as `ingest --no-gitignore` does.
    #[arg(long)]
    pub no_gitignore: bool,
}

/// `newsdex stats`
#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Print one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,

    /// How many of the most frequent people, organizations and places to list.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub top: usize,

    /// Taken as `search` takes it, so that one set of options serves every command;
    /// this listing is never coloured.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    #[allow(dead_code)]
    pub color: ColorArg,
}

/// A count that must be 1 or more (`-n 0` would ask for nothing).
fn at_least_one(value: &str) -> Result<usize, String> {
    match value.parse::<usize>() {
        Ok(0) => Err("must be at least 1".to_string()),
        Ok(n) => Ok(n),
        Err(err) => Err(err.to_string()),
    }
}

/// The query the words given as QUERY make: several words unquoted (`search tony blair`)
/// are one query, as if quoted whole; none is no query.
pub fn query_of(words: &[String]) -> Option<String> {
    (!words.is_empty()).then(|| words.join(" "))
}

/// `--fragments N`: 0 to [`crate::search::MAX_FRAGMENTS`], as the HTTP API takes it.
/// `search -n`: a number of hits, or `all` (every match: as many as there are articles).
fn hit_count(value: &str) -> Result<usize, String> {
    match value.trim() {
        all if all.eq_ignore_ascii_case("all") => Ok(usize::MAX),
        n => n.parse::<usize>().map_err(|_| format!("{value:?} is not a number of hits (or all)")),
    }
}

/// `--header`: the line with its escapes read, as `--format` reads them.
fn header_line(text: &str) -> Result<String, String> {
    Ok(crate::search::template::unescape(text))
}

fn fragments_count(value: &str) -> Result<usize, String> {
    use crate::search::MAX_FRAGMENTS;
    match value.parse::<usize>() {
        Ok(n) if n <= MAX_FRAGMENTS => Ok(n),
        _ => Err(format!("{value:?} is not a number of fragments from 0 to {MAX_FRAGMENTS}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serve_listens_on_an_address_a_host_name_or_a_port() {
        assert_eq!(listen_address("127.0.0.1:7878"), Ok("127.0.0.1:7878".parse().unwrap()));
        assert_eq!(listen_address("7900"), Ok("127.0.0.1:7900".parse().unwrap()));
        assert!(listen_address("localhost:7900").unwrap().ip().is_loopback());
        assert!(listen_address("localhost").unwrap_err().contains("give IP:PORT"));
    }

    #[test]
    fn an_allowed_origin_is_a_scheme_and_host_as_browsers_send_it() {
        assert_eq!(web_origin("http://localhost:3000"), Ok("http://localhost:3000".to_string()));
        assert_eq!(web_origin("HTTPS://Notebook.Example"), Ok("https://notebook.example".to_string()));
        assert_eq!(web_origin("*"), Ok("*".to_string()));
        assert!(web_origin("http://localhost:3000/").unwrap_err().contains("give http://localhost:3000"));
        assert!(web_origin("localhost:3000").is_err());
        assert!(web_origin("file:///tmp/a.html").is_err());
        assert_eq!(web_origin("https://*.Example.org:8443"), Ok("https://*.example.org:8443".to_string()));
        assert!(web_origin("https://*.example.org/news").is_err());
    }

    #[test]
    fn an_allowed_host_is_a_name_alone() {
        assert_eq!(host_name("News.Example.com."), Ok("news.example.com".to_string()));
        for bad in ["https://news.example.com", "news.example.com:443", "news..example", "", "a b"] {
            assert!(host_name(bad).unwrap_err().contains("is not a host name"), "{bad}");
        }
    }
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }

    #[test]
    fn a_query_word_starting_with_a_dash_is_named_with_the_command_line_that_works() {
        let error = |line: &str| dash_word_error(&line.split(' ').map(String::from).collect::<Vec<_>>());
        assert_eq!(
            error("search budget -sport").as_deref(),
            Some(
                "\"-sport\" is no option: a query word starting with \"-\" must come after \"--\": \
                 newsdex search -- budget -sport"
            )
        );
        // Options and their values stay before "--", wherever they were.
        assert!(
            error("--index /tmp/i search -n 5 budget --since 2020 -sport --json")
                .unwrap()
                .ends_with(": newsdex --index /tmp/i search -n 5 --since 2020 --json -- budget -sport")
        );
        assert!(error("people -n5 -sport").unwrap().ends_with("newsdex people -n5 -- -sport"));
        // An option of another command: said so, not moved after "--" to be searched.
        assert_eq!(
            error("timeline blair -n 5").as_deref(),
            Some(
                "the timeline command has no option -n (-n is --limit in search, people, orgs, places, \
                 sites, languages, similar, quotes, duplicates); newsdex timeline --help lists its options"
            )
        );
        assert!(
            error("timeline blair -j2")
                .unwrap()
                .starts_with("the timeline command has no option -j (-j is --jobs")
        );
        assert!(error("search blair -x").unwrap().starts_with("the search command has no option -x; "));
        // Known options alone: no such word.
        assert_eq!(error("search -n 5 --json budget"), None);
        assert_eq!(error("stats --json"), None);
        // A mistyped option is no query word: clap says so, with the option it may mean.
        assert_eq!(error("search opec --bogus"), None);
        assert_eq!(error("similar reut2-006.sgm#6177 --bogus"), None);
        // One another command has is said as a short option is, with a query or without.
        assert_eq!(
            error("timeline hormuz --no-collapse").as_deref(),
            Some(
                "the timeline command has no option --no-collapse (an option of search, quotes); newsdex \
                 timeline --help lists its options"
            )
        );
        assert!(
            error("show reut2-006.sgm#6177 --since 1987-03-18")
                .unwrap()
                .starts_with("the show command has no option --since (an option of search")
        );
    }

    #[test]
    fn an_option_pasted_with_a_long_dash_is_named_with_what_to_type() {
        let error = |line: &str| long_dash_error(&line.split(' ').map(String::from).collect::<Vec<_>>());
        assert_eq!(
            error("search \u{2014}person Brown").as_deref(),
            Some(
                "'\u{2014}person' starts with a long dash, not '--' (a word processor changes '-' and \
                 '--' into dashes): type --person"
            )
        );
        assert!(
            error("search blair \u{2013}n 3")
                .unwrap()
                .ends_with("not '-' (a word processor changes '-' and '--' into dashes): type -n")
        );
        assert!(error("people \u{2014}with=Blair").unwrap().ends_with("type --with=Blair"));
        assert!(error("search tax \u{2212}sport").unwrap().ends_with("type --sport"));
        assert!(error("show a.txt \u{2014}body").unwrap().ends_with("type --body"));
        // A dash that is text: alone, before a number or a brace.
        assert_eq!(error("search tax \u{2014} budget"), None);
        assert_eq!(error("search \u{2212}5"), None);
        assert_eq!(error("search x --format \u{2013}{title}"), None);
        assert_eq!(error("search --person brown -n 3"), None);
    }

    #[test]
    fn every_listing_takes_color_as_search_does() {
        for command in [
            "search",
            "similar",
            "show",
            "people",
            "orgs",
            "places",
            "sites",
            "languages",
            "timeline",
            "duplicates",
        ] {
            let parsed = Cli::try_parse_from(["newsdex", command, "x", "--color", "never"]);
            assert!(parsed.is_ok(), "{command}: {}", parsed.unwrap_err());
        }
        assert!(Cli::try_parse_from(["newsdex", "stats", "--color", "always"]).is_ok());
    }

    #[test]
    fn the_manual_has_a_section_for_every_command_with_its_options() {
        let mut out = Vec::new();
        manual(&mut out).unwrap();
        let page = String::from_utf8(out).unwrap();
        assert!(page.contains("\n.TH newsdex 1"), "{page}");
        for section in [".SH \"NEWSDEX SEARCH\"", ".SH \"NEWSDEX TIMELINE\"", ".SH \"NEWSDEX SHOW\""] {
            assert!(page.contains(section), "{section}");
        }
        assert!(page.contains("\\-\\-files\\-with\\-matches") && page.contains("\\-\\-skip\\-empty"));
        assert!(!page.contains("newsdex\\-search(1)"), "no page of its own is pointed to");
    }

    #[test]
    fn search_defaults_are_what_help_promises() {
        let cli = Cli::parse_from(["newsdex", "search", "x"]);
        let Command::Search(args) = cli.command else { panic!("expected search") };
        assert_eq!(args.limit, None);
        assert_eq!(crate::commands::search::request(&args).unwrap().limit, 10);
        assert_eq!(args.offset, 0);
        assert_eq!(args.sort, SortArg::Relevance);
        assert_eq!(args.color, ColorArg::Auto);
    }

    #[test]
    fn every_count_of_results_refuses_zero_but_a_search_s_which_counts() {
        let Command::Search(args) =
            Cli::try_parse_from(["newsdex", "search", "x", "-n", "0"]).unwrap().command
        else {
            panic!("expected search")
        };
        assert_eq!(args.limit, Some(0));
        for command in ["people", "similar", "duplicates"] {
            let args: Vec<&str> = match command {
                "duplicates" => vec!["newsdex", command, "-n", "0"],
                _ => vec!["newsdex", command, "x", "-n", "0"],
            };
            let err = Cli::try_parse_from(&args).expect_err(command).to_string();
            assert!(err.contains("must be at least 1"), "{command}: {err}");
            let ok: Vec<&str> = args.iter().map(|a| if *a == "0" { "3" } else { a }).collect();
            assert!(Cli::try_parse_from(&ok).is_ok(), "{command}");
        }
    }
}
