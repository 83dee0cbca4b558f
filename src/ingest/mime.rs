//! MIME messages: web pages saved as one file (`.mhtml`, `.mht`, as Chrome, Edge and Opera
//! save "Webpage, Single File") and e-mails (`.eml`: newsletters, press releases, news
//! alerts). Each is one article. They are read from bytes, since every part of a message
//! declares its own transfer encoding and charset; `mail-parser` undoes both.

use mail_parser::{Message, MessageParser, MessagePart, MimeHeaders};

use super::formats::{Format, FoundDate, Parsed, html, text};

/// The article in a MIME message of the given format, or `None`, with a warning, when the
/// bytes hold none (not a message, or a saved page without its page).
pub fn read(format: Format, bytes: &[u8], warnings: &mut Vec<String>) -> Option<Parsed> {
    let bytes = with_headers_in_utf8(apple_mail_message(bytes));
    let Some(message) = MessageParser::default().parse(&bytes[..]) else {
        warnings.push("not a MIME message".to_string());
        return None;
    };
    match format {
        Format::Mhtml => saved_page(&message, warnings),
        _ => Some(email(&message, warnings)),
    }
}

/// The message of an Apple Mail `.emlx` file: a line giving its length in bytes, the
/// message, then a property list of Apple Mail's flags. Other bytes are given back whole.
fn apple_mail_message(bytes: &[u8]) -> &[u8] {
    let Some(newline) = bytes.iter().take(12).position(|&b| b == b'\n') else { return bytes };
    let count = std::str::from_utf8(&bytes[..newline]).ok().and_then(|n| n.trim().parse::<usize>().ok());
    match count {
        Some(count) if count > 0 => {
            let message = &bytes[newline + 1..];
            &message[..count.min(message.len())]
        }
        _ => bytes,
    }
}

/// The e-mails of a mailbox (`.mbox`: Thunderbird's, Apple Mail's, Google Takeout's), one
/// article each, numbered from 1 (`archive.mbox#3`). One that cannot be read is a warning
/// naming it; the others are read.
pub fn read_mailbox(bytes: &[u8], warnings: &mut Vec<String>) -> Vec<Parsed> {
    read_mailbox_from(bytes, u64::MAX, warnings).0
}

/// [`read_mailbox`] from a stream, one e-mail in memory at a time, so that a mailbox of
/// gigabytes (a Google Takeout) is read whatever its size: an e-mail over `max_mail_bytes`
/// is passed over with a warning, as a file over `--max-file-mb` is. With the xxh3 hash of
/// the bytes read.
pub fn read_mailbox_from(
    mut reader: impl std::io::BufRead,
    max_mail_bytes: u64,
    warnings: &mut Vec<String>,
) -> (Vec<Parsed>, u64) {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    let mut mails = Vec::new();
    // The e-mail being read (`None` before the first "From " line), and whether it grew
    // past the limit (then its bytes are dropped as they come).
    let mut current: Option<(Vec<u8>, bool)> = None;
    // A "From " line with a time: it starts an e-mail when a header line follows it.
    let mut held: Option<Vec<u8>> = None;
    let mut number = 0;
    let mut line = Vec::new();
    let mut finish = |mail: Option<(Vec<u8>, bool)>, number: usize, warnings: &mut Vec<String>| match mail {
        Some((_, true)) => warnings.push(format!(
            "message {number}: over the {} MB limit (--max-file-mb), skipped",
            max_mail_bytes >> 20
        )),
        Some((contents, false)) => mails.extend(mail_of(number, &contents, warnings)),
        None => {}
    };
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => hasher.update(&line),
            Err(err) => {
                warnings.push(format!("the mailbox could not be read to its end: {err}"));
                break;
            }
        }
        if let Some(from) = held.take() {
            if starts_with_a_header(&line) {
                finish(current.take(), number, warnings);
                number += 1;
                current = Some((Vec::new(), false));
            } else if let Some(mail) = &mut current {
                // "From now on, the port opens at six. 10:30..." in a text: text.
                add_line(mail, &from, max_mail_bytes);
            }
        }
        if line.starts_with(b"From ") && holds_a_time(&line) {
            held = Some(line.clone());
        } else if let Some(mail) = &mut current {
            // mboxrd's escaped body lines (">From ") are read as written first.
            let quotes = line.iter().take_while(|&&b| b == b'>').count();
            let unescaped =
                if quotes > 0 && line[quotes..].starts_with(b"From ") { &line[1..] } else { &line[..] };
            add_line(mail, unescaped, max_mail_bytes);
        }
    }
    if let (Some(from), Some(mail)) = (held.take(), &mut current) {
        add_line(mail, &from, max_mail_bytes);
    }
    finish(current.take(), number, warnings);
    if mails.is_empty() && warnings.is_empty() {
        warnings.push("no e-mails in this mailbox".to_string());
    }
    (mails, hasher.digest())
}

/// Adds a line to an e-mail being read, unless that takes it over `max` bytes (then it is
/// marked so, and holds nothing more).
fn add_line(mail: &mut (Vec<u8>, bool), line: &[u8], max: u64) {
    if mail.1 {
        return;
    }
    if (mail.0.len() + line.len()) as u64 > max {
        *mail = (Vec::new(), true);
    } else {
        mail.0.extend_from_slice(line);
    }
}

/// Whether a "From " line holds a time (`From desk@example.org Mon Jan  6 11:00:00 2025`),
/// as the line that starts an e-mail in a mailbox does.
fn holds_a_time(line: &[u8]) -> bool {
    line.windows(5).any(|w| {
        w[0].is_ascii_digit()
            && w[1].is_ascii_digit()
            && w[2] == b':'
            && w[3].is_ascii_digit()
            && w[4].is_ascii_digit()
    })
}

/// One e-mail of a mailbox as an article, or `None` with a warning.
fn mail_of(number: usize, contents: &[u8], warnings: &mut Vec<String>) -> Option<Parsed> {
    let contents = with_headers_in_utf8(contents);
    let Some(message) = MessageParser::default().parse(&contents[..]) else {
        warnings.push(format!("message {number}: not a readable e-mail, skipped"));
        return None;
    };
    let mut problems = Vec::new();
    let mut mail = email(&message, &mut problems);
    warnings.extend(problems.into_iter().map(|p| format!("message {number}: {p}")));
    mail.id = Some(number.to_string());
    Some(mail)
}

/// A message whose headers hold raw 8-bit text ("Subject: Café reopens" in Latin-1, as
/// some mail tools send it, against the rules) with those headers in UTF-8: decoded as the
/// message's declared charset when the bytes agree with it, else as any file's bytes are
/// (the mail parser reads them as UTF-8, and "Café" came out "Caf�"). The body is left as
/// it is: each part's text is decoded on its own ([`part_text`]).
fn with_headers_in_utf8(raw: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    let end = find(raw, b"\r\n\r\n").or_else(|| find(raw, b"\n\n")).unwrap_or(raw.len());
    let headers = &raw[..end];
    if std::str::from_utf8(headers).is_ok() {
        return std::borrow::Cow::Borrowed(raw);
    }
    let lower = headers.to_ascii_lowercase();
    let declared = find(&lower, b"charset=").and_then(|at| {
        let label: Vec<u8> = lower[at + 8..]
            .iter()
            .copied()
            .skip_while(|&b| b == b'"')
            .take_while(|&b| b.is_ascii_alphanumeric() || b"-_:.".contains(&b))
            .collect();
        encoding_rs::Encoding::for_label(&label)
    });
    match super::decode::decode_declared(headers, declared) {
        Ok(decoded) => {
            let mut mended = decoded.text.into_bytes();
            mended.extend_from_slice(&raw[end..]);
            std::borrow::Cow::Owned(mended)
        }
        Err(_) => std::borrow::Cow::Borrowed(raw),
    }
}

/// Whether bytes start with a mail header line (`Return-Path: <…>`, `From: …`).
pub(crate) fn starts_with_a_header(bytes: &[u8]) -> bool {
    let first = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    first.iter().position(|&b| b == b':').is_some_and(|colon| {
        colon > 0 && first[..colon].iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-')
    })
}

/// A saved page: its HTML part at the address the page was saved from (else the first),
/// read as a web page. A file cut short keeps what there is of its page.
fn saved_page(message: &Message, warnings: &mut Vec<String>) -> Option<Parsed> {
    let saved_from = message.header_raw("Snapshot-Content-Location").map(str::trim);
    let pages: Vec<&MessagePart> = message.parts.iter().filter(|part| part.is_text_html()).collect();
    let at_saved_address = pages
        .iter()
        .find(|part| saved_from.is_some() && part.content_location().map(str::trim) == saved_from);
    let (page, location) = match at_saved_address.or(pages.first()) {
        Some(part) => (part_text(message, part, warnings)?, part.content_location().map(str::trim)),
        None => match cut_short_page(message.raw_message()) {
            Some(page) => {
                warnings.push("the saved page is cut short; read as far as it goes".to_string());
                (page, None)
            }
            None => {
                warnings.push("a saved page without an HTML part".to_string());
                return None;
            }
        },
    };
    let mut parsed = html::parse(&page, warnings);
    let address = location.or(saved_from).filter(|address| address.starts_with("http"));
    if let Some(address) = address {
        if parsed.date.is_none() {
            parsed.date = crate::dates::date_in_path(address).map(|date| FoundDate { date, source: "url" });
        }
        if parsed.url.is_none() {
            parsed.url = Some(address.to_string());
        }
    }
    Some(parsed)
}

/// An e-mail: the subject is the headline, the sender's name the byline, the date sent
/// the date, and the plain-text part the body, unless the HTML part (or an attached web
/// page) holds much more, as when the text part only says "view this e-mail in your
/// browser". A short note forwarding an attached e-mail ("FYI, see below") gives way to the
/// e-mail it forwards.
fn email(message: &Message, warnings: &mut Vec<String>) -> Parsed {
    let plain = message
        .text_part(0)
        .filter(|part| !part.is_text_html())
        .and_then(|part| part_text(message, part, warnings))
        .map(|text| without_mailing_list_lines(&text::unwrapped(text.trim())))
        .unwrap_or_default();
    let html_part = message
        .html_part(0)
        .filter(|part| part.is_text_html())
        .or_else(|| message.attachments().find(|part| part.is_text_html()));
    let from_html = html_part
        .and_then(|part| part_text(message, part, warnings))
        .map(|page| newsletter_text(&page))
        .unwrap_or_default();
    let body = if from_html.len() > 2 * plain.len() { from_html } else { plain };
    if body.len() < FORWARD_NOTE_BYTES
        && let Some(forwarded) = message.attachments().find_map(MessagePart::message)
    {
        let mut article = email(forwarded, warnings);
        if article.title.is_none() {
            article.title = message.subject().map(subject_line).filter(|s| !s.is_empty());
        }
        return article;
    }
    let date = message
        .header_raw("Date")
        .and_then(crate::dates::parse_rfc2822)
        .map(|date| FoundDate { date, source: "email:date" });
    let sender = message.from().and_then(|from| from.first()).and_then(|sender| sender.name());
    if body.is_empty() {
        let multipart = message.content_type().is_some_and(|ct| ct.ctype().eq_ignore_ascii_case("multipart"));
        let boundary = message.content_type().and_then(|ct| ct.attribute("boundary")).is_some();
        warnings.push(match multipart && !boundary {
            true => "no text read: a multipart e-mail that names no boundary between its parts; only its subject and date are indexed",
            false => "no text in this e-mail; only its subject and date are indexed",
        }.to_string());
    }
    Parsed {
        title: message.subject().map(subject_line).filter(|s| !s.is_empty()),
        body,
        byline: sender.and_then(sender_name),
        date,
        key: message
            .message_id()
            .map(str::trim)
            .filter(|id| !id.is_empty())
            .map(|id| format!("message-id:{id}")),
        ..Parsed::default()
    }
}

/// Below this many bytes of its own, an e-mail with an attached e-mail is forwarding it.
const FORWARD_NOTE_BYTES: usize = 400;

/// The text of a part, its transfer encoding undone and its bytes decoded as any file's
/// are: a declared charset only when the bytes agree with it, else a guess, and bytes that
/// fit nothing replaced with a warning. (The mail parser trusts the declaration, and reads
/// a part that declares none as UTF-8, so "Montréal" in Latin-1 came out "Montr�al".)
fn part_text(message: &Message, part: &MessagePart, warnings: &mut Vec<String>) -> Option<String> {
    let raw = message.raw_message().get(part.raw_body_offset() as usize..part.raw_end_offset() as usize);
    let encoding = part.content_transfer_encoding().unwrap_or_default();
    let bytes = raw.and_then(|raw| undo_transfer_encoding(encoding, raw));
    let Some(bytes) = bytes else { return part.text_contents().map(str::to_string) };
    let declared = part
        .content_type()
        .and_then(|ct| ct.attribute("charset"))
        .and_then(|label| encoding_rs::Encoding::for_label(label.trim().as_bytes()));
    let decoded = super::decode::decode_declared(&bytes, declared).ok()?;
    warnings.extend(decoded.byte_warnings());
    Some(decoded.text)
}

/// A saved page whose message ends before its HTML part does: the part's bytes from its
/// headers to the end of the file, its transfer encoding undone.
fn cut_short_page(raw: &[u8]) -> Option<String> {
    let lower = raw.to_ascii_lowercase();
    let at = find(&lower, b"content-type: text/html")?;
    let headers_end = find(&lower[at..], b"\r\n\r\n")
        .map(|i| (i, 4))
        .or_else(|| find(&lower[at..], b"\n\n").map(|i| (i, 2)))?;
    let headers = String::from_utf8_lossy(&lower[at..at + headers_end.0]).into_owned();
    let body = &raw[at + headers_end.0 + headers_end.1..];
    let encoding =
        ["quoted-printable", "base64"].into_iter().find(|e| headers.contains(e)).unwrap_or_default();
    let bytes = undo_transfer_encoding(encoding, body)?;
    Some(super::decode::decode(&bytes).ok()?.text)
}

/// A part's bytes with its transfer encoding (`quoted-printable`, `base64`, any case)
/// undone. Base64 is read in whole groups of four: a part cut short keeps what came before
/// the cut.
fn undo_transfer_encoding(encoding: &str, raw: &[u8]) -> Option<Vec<u8>> {
    match encoding.to_ascii_lowercase().as_str() {
        "quoted-printable" => mail_parser::decoders::quoted_printable::quoted_printable_decode(raw),
        "base64" => {
            let text: Vec<u8> = raw.iter().copied().filter(|b| !b.is_ascii_whitespace()).collect();
            mail_parser::decoders::base64::base64_decode(&text[..text.len() / 4 * 4])
        }
        _ => Some(raw.to_vec()),
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

/// The text of an e-mail's HTML: its body's blocks, one per line, without the lines a
/// mailing list adds to every issue ("View this email in your browser", "Unsubscribe |
/// Update your preferences").
fn newsletter_text(page: &str) -> String {
    let lower = page.to_ascii_lowercase();
    let body = match lower.find("<body") {
        Some(at) => &page[at..],
        None => page,
    };
    without_mailing_list_lines(&html::fragment_text(body))
}

/// Text without the lines a mailing-list tool adds to every e-mail it sends.
fn without_mailing_list_lines(text: &str) -> String {
    text.lines().filter(|line| !is_mailing_list_line(line)).collect::<Vec<_>>().join("\n").trim().to_string()
}

/// A short line a mailing-list tool adds to every e-mail it sends.
fn is_mailing_list_line(line: &str) -> bool {
    let lower = line.to_lowercase();
    line.chars().count() < 160
        && [
            "unsubscribe",
            "view this email in your browser",
            "view in browser",
            "view it in your browser",
            "update your preferences",
            "update subscription preferences",
        ]
        .iter()
        .any(|phrase| lower.contains(phrase))
}

/// A subject without what replies, forwards and mailing lists put before it ("Re:",
/// "Fwd:", "RE[2]:", "[EXTERNAL]", "[Newsroom]").
/// A sender's name as a byline: without its address (`Ruth Kelly <ruth@…>`) or quotes,
/// given name first (Outlook writes `Kelly, Ruth`); none when it is an address alone.
pub(crate) fn sender_name(from: &str) -> Option<String> {
    let name = from.split('<').next().unwrap_or_default().trim().trim_matches(['"', '\'']).trim();
    if name.is_empty() || name.contains('@') {
        return None;
    }
    let short = |part: &str| (1..=2).contains(&part.split_whitespace().count());
    match name.split_once(',') {
        Some((last, first)) if !first.contains(',') && short(last) && short(first) => {
            Some(format!("{} {}", first.trim(), last.trim()))
        }
        _ => Some(name.to_string()),
    }
}

pub(crate) fn subject_line(subject: &str) -> String {
    let mut rest = subject.trim();
    loop {
        if rest.starts_with('[')
            && let Some(end) = rest.find(']')
            && end + 1 < rest.len()
        {
            rest = rest[end + 1..].trim_start();
            continue;
        }
        let Some((word, after)) = rest.split_once(':') else { break };
        let word = word.trim().to_ascii_lowercase();
        let word = word.split('[').next().unwrap_or_default();
        if !["re", "fwd", "fw", "aw", "wg", "tr", "rv", "sv", "vs", "antw", "doorst", "enc", "res"]
            .contains(&word)
        {
            break;
        }
        rest = after.trim_start();
    }
    super::formats::squash_whitespace(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_apple_mail_message_is_read_without_its_length_line_and_flags() {
        let message = "From: Desk <desk@example.org>\nSubject: Ferry resumes\nDate: Mon, 6 Jan 2025 11:00:00 -0600\n\nThe ferry runs again.\n";
        let emlx = format!(
            "{}\n{message}<?xml version=\"1.0\"?>\n<plist version=\"1.0\"><dict><key>flags</key><integer>8590195717</integer></dict></plist>\n",
            message.len()
        );
        let parsed = read(Format::Email, emlx.as_bytes(), &mut Vec::new()).unwrap();
        assert_eq!(parsed.title.as_deref(), Some("Ferry resumes"));
        assert_eq!(parsed.body.trim(), "The ferry runs again.");
        assert_eq!(apple_mail_message(b"From: a\n\nb"), b"From: a\n\nb");
    }

    #[test]
    fn a_senders_name_is_a_byline_given_name_first_and_an_address_is_none() {
        assert_eq!(sender_name("Kelly, Ruth").as_deref(), Some("Ruth Kelly"));
        assert_eq!(sender_name("\"Kelly, Ruth\" <ruth@council.example>").as_deref(), Some("Ruth Kelly"));
        assert_eq!(sender_name("Ruth Kelly <ruth@council.example>").as_deref(), Some("Ruth Kelly"));
        assert_eq!(sender_name("ruth@council.example"), None);
        assert_eq!(
            sender_name("Press Office, City of Duluth, Minnesota").as_deref(),
            Some("Press Office, City of Duluth, Minnesota")
        );
    }

    #[test]
    fn a_saved_single_file_page_is_its_html_part_read_as_a_web_page() {
        let mhtml = "From: <Saved by Blink>\r\n\
            Snapshot-Content-Location: https://gazette.example/2026/01/24/ferry-resumes\r\n\
            Subject: Ferry service resumes\r\n\
            Date: Mon, 2 Feb 2026 10:00:00 -0000\r\n\
            MIME-Version: 1.0\r\n\
            Content-Type: multipart/related; type=\"text/html\"; boundary=\"----MultipartBoundary--x\"\r\n\r\n\
            ------MultipartBoundary--x\r\n\
            Content-Type: text/html\r\n\
            Content-ID: <frame-1@mhtml.blink>\r\n\
            Content-Transfer-Encoding: quoted-printable\r\n\
            Content-Location: https://gazette.example/2026/01/24/ferry-resumes\r\n\r\n\
            <html><head><title>Ferry service resumes</title><meta name=3D\"author\" content=3D\"Maria Lindqvist\"></head>\r\n\
            <body><article><h1>Ferry service resumes</h1><p>The Duluth ferry ran again on Saturday after cr=\r\n\
            ews cleared the ice =E2=80=94 the first crossing in a week.</p></article></body></html>\r\n\
            ------MultipartBoundary--x\r\n\
            Content-Type: image/png\r\n\
            Content-Transfer-Encoding: base64\r\n\
            Content-Location: https://gazette.example/logo.png\r\n\r\n\
            iVBORw0KGgo=\r\n\
            ------MultipartBoundary--x--\r\n";
        let mut warnings = Vec::new();
        let page = read(Format::Mhtml, mhtml.as_bytes(), &mut warnings).unwrap();
        assert_eq!(page.title.as_deref(), Some("Ferry service resumes"));
        assert!(page.body.contains("after crews cleared the ice — the first crossing"), "{:?}", page.body);
        assert_eq!(page.byline.as_deref(), Some("Maria Lindqvist"));
        assert_eq!(page.url.as_deref(), Some("https://gazette.example/2026/01/24/ferry-resumes"));
        // The date the page was saved is not the date it was published; its address's is.
        let date = page.date.unwrap();
        assert_eq!((date.date.iso().as_str(), date.source), ("2026-01-24", "url"));
    }

    #[test]
    fn an_email_is_its_subject_sender_date_and_text() {
        let eml = "From: Harbor Gazette Newsroom <news@gazette.example>\r\n\
            To: reader@example.org\r\n\
            Subject: Fwd: Council approves 2026 budget\r\n\
            Date: Fri, 23 Jan 2026 09:00:00 -0600\r\n\
            MIME-Version: 1.0\r\n\
            Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n\
            --b1\r\n\
            Content-Type: text/plain; charset=iso-8859-1\r\n\
            Content-Transfer-Encoding: quoted-printable\r\n\r\n\
            The council approved the budget on Thursday. Z=FCrich bonds were sold.\r\n\
            --b1\r\n\
            Content-Type: text/html; charset=utf-8\r\n\r\n\
            <p>The council approved the budget on Thursday.</p>\r\n\
            --b1--\r\n";
        let mail = read(Format::Email, eml.as_bytes(), &mut Vec::new()).unwrap();
        assert_eq!(mail.title.as_deref(), Some("Council approves 2026 budget"));
        let listed = eml.replace(
            "Z=FCrich bonds were sold.",
            "Z=FCrich bonds were sold.\r\n\r\nUnsubscribe | Update your preferences",
        );
        assert!(
            !read(Format::Email, listed.as_bytes(), &mut Vec::new()).unwrap().body.contains("Unsubscribe")
        );
        assert_eq!(mail.byline.as_deref(), Some("Harbor Gazette Newsroom"));
        assert_eq!(mail.body, "The council approved the budget on Thursday. Zürich bonds were sold.");
        let date = mail.date.unwrap();
        assert_eq!((date.date.iso().as_str(), date.source), ("2026-01-23T09:00:00-06:00", "email:date"));
        // HTML only: its text, one line per paragraph; an address alone is no byline.
        let html_only = "From: alerts@wire.example\r\nSubject: Port strike ends\r\n\
            Content-Type: text/html\r\n\r\n<div><p>Dock workers returned.</p><p>Ships sailed.</p></div>\r\n";
        let mail = read(Format::Email, html_only.as_bytes(), &mut Vec::new()).unwrap();
        assert_eq!(mail.body, "Dock workers returned.\nShips sailed.");
        assert_eq!(mail.byline, None);
    }

    #[test]
    fn an_undeclared_or_misdeclared_charset_is_read_as_any_files_and_wrapped_lines_are_joined() {
        let mut eml = b"From: Desk <desk@ledger.example>\r\nSubject: Plain no charset\r\n\
            Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            .to_vec();
        eml.extend_from_slice(
            b"Montr\xe9al mayor Val\xe9rie Plante said on Monday that the caf\xe9 terraces\r\n\
              would reopen in the spring, after a winter of closures across the city.\r\n\
              Owners welcomed the decision at a meeting held in the old port district.\r\n",
        );
        let mail = read(Format::Email, &eml, &mut Vec::new()).unwrap();
        assert_eq!(
            mail.body,
            "Montréal mayor Valérie Plante said on Monday that the café terraces would reopen in the spring, \
             after a winter of closures across the city. Owners welcomed the decision at a meeting held in the old \
             port district."
        );
    }

    #[test]
    fn a_stub_text_part_gives_way_to_the_html_and_a_forward_to_what_it_forwards() {
        let story = "<p>President Joe Biden delivered his farewell address from the Oval Office on Wednesday.</p>\
                     <p>He warned of an oligarchy taking shape.</p><p><a href=x>Unsubscribe</a> | Update your preferences</p>";
        let eml = format!(
            "From: Axios AM <am@axios.example>\r\nSubject: [Newsletter] RE[2]: Biden's farewell\r\n\
             Content-Type: multipart/alternative; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n\
             View this email in your browser: https://axios.example/x\r\n--b\r\nContent-Type: text/html\r\n\r\n\
             <html><head><title>*|MC:SUBJECT|*</title></head><body>{story}</body></html>\r\n--b--\r\n"
        );
        let mail = read(Format::Email, eml.as_bytes(), &mut Vec::new()).unwrap();
        assert_eq!(mail.title.as_deref(), Some("Biden's farewell"));
        assert_eq!(
            mail.body,
            "President Joe Biden delivered his farewell address from the Oval Office on Wednesday.\n\
             He warned of an oligarchy taking shape."
        );
        let forward = "From: Dana <dana@example.org>\r\nSubject: Fwd: Sheriff to retire\r\n\
            Date: Sat, 11 Jan 2025 09:00:00 -0600\r\n\
            Content-Type: multipart/mixed; boundary=\"m\"\r\n\r\n--m\r\nContent-Type: text/plain\r\n\r\n\
            FYI, see below.\r\n--m\r\nContent-Type: message/rfc822\r\n\r\n\
            From: County Communications <news@county.example>\r\nSubject: Sheriff announces retirement\r\n\
            Date: Fri, 10 Jan 2025 15:00:00 -0600\r\nContent-Type: text/plain\r\n\r\n\
            Sheriff Dawanna Witt announced Friday that she will not seek re-election.\r\n--m--\r\n";
        let mail = read(Format::Email, forward.as_bytes(), &mut Vec::new()).unwrap();
        assert_eq!(mail.title.as_deref(), Some("Sheriff announces retirement"));
        assert_eq!(mail.byline.as_deref(), Some("County Communications"));
        assert_eq!(mail.body, "Sheriff Dawanna Witt announced Friday that she will not seek re-election.");
        assert_eq!(mail.date.unwrap().date.iso(), "2025-01-10T15:00:00-06:00");
    }

    #[test]
    fn the_page_saved_is_the_part_at_the_saved_address_and_a_page_cut_short_is_read_as_far_as_it_goes() {
        let mhtml = "Snapshot-Content-Location: https://news.example/2024/11/19/rent\r\n\
            Content-Type: multipart/related; boundary=\"b\"\r\n\r\n\
            --b\r\nContent-Type: text/html\r\nContent-Location: https://ads.example/frame.html\r\n\r\n\
            <html><head><title>Buy Mattresses Now!</title></head><body><p>Sale.</p></body></html>\r\n\
            --b\r\nContent-Type: text/html\r\nContent-Location: https://news.example/2024/11/19/rent\r\n\r\n\
            <html><head><title>Council approves rent plan</title></head><body><article><p>The council approved \
            the rent stabilization plan on Tuesday after a long debate about housing costs in the city.</p>\
            </article></body></html>\r\n--b--\r\n";
        let page = read(Format::Mhtml, mhtml.as_bytes(), &mut Vec::new()).unwrap();
        assert_eq!(page.title.as_deref(), Some("Council approves rent plan"));
        assert_eq!(page.url.as_deref(), Some("https://news.example/2024/11/19/rent"));
        let cut = &mhtml[..mhtml.find("after a long debate").unwrap()];
        let cut =
            &cut[cut.find("--b\r\nContent-Type: text/html\r\nContent-Location: https://news").unwrap()..];
        let cut = format!("Content-Type: multipart/related; boundary=\"b\"\r\n\r\n{cut}");
        let mut warnings = Vec::new();
        let page = read(Format::Mhtml, cut.as_bytes(), &mut warnings).unwrap();
        assert_eq!(page.title.as_deref(), Some("Council approves rent plan"));
        assert!(page.body.contains("rent stabilization plan"), "{:?}", page.body);
    }

    #[test]
    fn every_mail_of_a_mailbox_is_an_article_of_its_own() {
        let mbox = "From desk@example.org Mon Jan  6 11:00:00 2025\n\
            From: Desk <desk@example.org>\nSubject: Ferry resumes\nDate: Mon, 6 Jan 2025 11:00:00 -0600\n\n\
            The ferry ran again.\n\n\
            From wire@example.org Tue Jan  7 09:00:00 2025\n\
            From: Wire <wire@example.org>\nSubject: Re: Port strike ends\nDate: Tue, 7 Jan 2025 09:00:00 +0000\n\n\
            Dock workers returned.\n>From the archive: a line that starts with From.\n";
        let mails = read_mailbox(mbox.as_bytes(), &mut Vec::new());
        assert_eq!(mails.len(), 2);
        assert_eq!((mails[0].id.as_deref(), mails[0].title.as_deref()), (Some("1"), Some("Ferry resumes")));
        assert_eq!(
            (mails[1].id.as_deref(), mails[1].title.as_deref()),
            (Some("2"), Some("Port strike ends"))
        );
        assert_eq!(mails[1].byline.as_deref(), Some("Wire"));
        assert!(mails[1].body.starts_with("Dock workers returned."), "{:?}", mails[1].body);
        // An unescaped "From " line in a text is no new e-mail.
        for line in ["From now on, the port opens at six.", "From 09:00 the port opens: it says"] {
            let unescaped = mbox.replace(">From the archive", &format!("{line}\nThe union agreed"));
            let mut warnings = Vec::new();
            let mails = read_mailbox(unescaped.as_bytes(), &mut warnings);
            assert_eq!(mails.len(), 2, "{mails:?}");
            // The line is kept, as written.
            assert!(mails[1].body.contains(&format!("{line}\nThe union agreed")), "{:?}", mails[1].body);
            assert!(warnings.is_empty(), "{warnings:?}");
        }
        // A mailbox written with CRLF line ends.
        let crlf = mbox.replace('\n', "\r\n").replace(">From the archive", "From now on, six.");
        let mails = read_mailbox(crlf.as_bytes(), &mut Vec::new());
        assert_eq!(mails.len(), 2, "{mails:?}");
        assert!(mails[1].body.contains("From now on, six."), "{:?}", mails[1].body);
    }

    #[test]
    fn a_mailbox_is_read_as_a_stream_and_an_e_mail_over_the_limit_is_passed_over() {
        let mail = |n: usize, text: &str| {
            format!(
                "From desk@example.org Mon Jan  6 11:00:0{n} 2025\nFrom: Desk <desk@example.org>\nSubject: Story {n}\n\n{text}\n"
            )
        };
        let mbox = [mail(1, "Short."), mail(2, &"Long attachment text. ".repeat(500)), mail(3, "Short too.")]
            .concat();
        let mut warnings = Vec::new();
        let (mails, hash) = read_mailbox_from(mbox.as_bytes(), 2_000, &mut warnings);
        let titles: Vec<_> = mails.iter().map(|m| (m.id.as_deref(), m.title.as_deref())).collect();
        assert_eq!(titles, [(Some("1"), Some("Story 1")), (Some("3"), Some("Story 3"))]);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].starts_with("message 2: over the"), "{warnings:?}");
        assert_eq!(hash, xxhash_rust::xxh3::xxh3_64(mbox.as_bytes()));
    }

    #[test]
    fn an_email_without_text_says_so() {
        let mail = "From: a@example.org\nSubject: Missing boundary\nContent-Type: multipart/mixed\n\n\
                    --xyz\nContent-Type: text/plain\n\nBody text.\n--xyz--\n";
        let mut warnings = Vec::new();
        let parsed = read(Format::Email, mail.as_bytes(), &mut warnings).unwrap();
        assert_eq!(parsed.title.as_deref(), Some("Missing boundary"));
        assert!(
            warnings[0].starts_with("no text read: a multipart e-mail that names no boundary"),
            "{warnings:?}"
        );
        let mut warnings = Vec::new();
        read(Format::Email, b"From: a@example.org\nSubject: Empty\n\n", &mut warnings).unwrap();
        assert_eq!(warnings, ["no text in this e-mail; only its subject and date are indexed"]);
    }

    #[test]
    fn raw_eight_bit_headers_are_read_in_the_messages_charset() {
        let mut mail =
            b"From: Ren\xe9e No\xebl <renee@example.org>\r\nSubject: Caf\xe9 reopens after flood\r\n\
            Date: Mon, 5 Jan 2026 09:00:00 +0000\r\nContent-Type: text/plain; charset=\"iso-8859-1\"\r\n\r\n"
                .to_vec();
        mail.extend_from_slice(b"The caf\xe9 on the quay opened again.\r\n");
        let parsed = read(Format::Email, &mail, &mut Vec::new()).unwrap();
        assert_eq!(parsed.title.as_deref(), Some("Café reopens after flood"));
        assert_eq!(parsed.byline.as_deref(), Some("Renée Noël"));
        assert_eq!(parsed.body, "The café on the quay opened again.");
        // No charset declared: the bytes tell (windows-1252's dash and quotes).
        let bare =
            b"From: Desk <d@example.org>\nSubject: Na\xefve fa\xe7ade \x96 \x93the plan\x94\n\nText.\n";
        let parsed = read(Format::Email, bare, &mut Vec::new()).unwrap();
        assert_eq!(parsed.title.as_deref(), Some("Naïve façade – “the plan”"));
    }

    #[test]
    fn a_saved_page_without_a_page_says_so() {
        let mut warnings = Vec::new();
        let only_image = "Content-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n\
            Content-Type: image/png\r\n\r\nxx\r\n--b--\r\n";
        assert!(read(Format::Mhtml, only_image.as_bytes(), &mut warnings).is_none());
        assert_eq!(warnings, ["a saved page without an HTML part"]);
    }
}
