//! MIME messages: web pages saved as one file (`.mhtml`, `.mht`, as Chrome, Edge and Opera
//! save "Webpage, Single File") and e-mails (`.eml`: newsletters, press releases, news
//! alerts). Each is one article. They are read from bytes, since every part of a message
//! declares its own transfer encoding and charset; `mail-parser` undoes both.

use mail_parser::{Message, MessageParser, MimeHeaders};

use super::formats::{Format, FoundDate, Parsed, html};

/// The article in a MIME message of the given format, or `None`, with a warning, when the
/// bytes hold none (not a message, or a saved page without its page).
pub fn read(format: Format, bytes: &[u8], warnings: &mut Vec<String>) -> Option<Parsed> {
    let Some(message) = MessageParser::default().parse(bytes) else {
        warnings.push("not a MIME message".to_string());
        return None;
    };
    match format {
        Format::Mhtml => saved_page(&message, warnings),
        _ => Some(email(&message)),
    }
}

/// A saved page: its first HTML part, read as a web page, at the address it was saved
/// from.
fn saved_page(message: &Message, warnings: &mut Vec<String>) -> Option<Parsed> {
    let Some(part) = message.parts.iter().find(|part| part.is_text_html()) else {
        warnings.push("a saved page without an HTML part".to_string());
        return None;
    };
    let page = part.text_contents()?;
    let mut parsed = html::parse(page, warnings);
    let address = part
        .content_location()
        .or_else(|| message.header_raw("Snapshot-Content-Location"))
        .map(str::trim)
        .filter(|address| address.starts_with("http"));
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
/// the date, and the plain-text part (else the HTML part's text) the body.
fn email(message: &Message) -> Parsed {
    let body = match message.text_part(0) {
        Some(part) if !part.is_text_html() => part.text_contents().unwrap_or_default().trim().to_string(),
        _ => message.body_html(0).map(|page| html::fragment_text(&page)).unwrap_or_default(),
    };
    let date = message
        .header_raw("Date")
        .and_then(crate::dates::parse_rfc2822)
        .map(|date| FoundDate { date, source: "email:date" });
    let sender = message.from().and_then(|from| from.first()).and_then(|sender| sender.name());
    Parsed {
        title: message.subject().map(subject_line).filter(|s| !s.is_empty()),
        body,
        byline: sender
            .map(str::trim)
            .filter(|name| !name.is_empty() && !name.contains('@'))
            .map(str::to_string),
        date,
        ..Parsed::default()
    }
}

/// A subject without the "Re:"/"Fwd:" its replies and forwards added.
fn subject_line(subject: &str) -> String {
    let mut rest = subject.trim();
    loop {
        let lower = rest.to_ascii_lowercase();
        let Some(prefix) =
            ["re:", "fwd:", "fw:", "aw:", "wg:", "tr:"].into_iter().find(|p| lower.starts_with(p))
        else {
            return super::formats::squash_whitespace(rest);
        };
        rest = rest[prefix.len()..].trim_start();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_saved_page_without_a_page_says_so() {
        let mut warnings = Vec::new();
        let only_image = "Content-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n\
            Content-Type: image/png\r\n\r\nxx\r\n--b--\r\n";
        assert!(read(Format::Mhtml, only_image.as_bytes(), &mut warnings).is_none());
        assert_eq!(warnings, ["a saved page without an HTML part"]);
    }
}
