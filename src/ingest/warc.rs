//! Web archives (WARC, ISO 28500): the web pages a crawl captured, each one an article.
//!
//! A `.warc` or `.warc.gz` file (Heritrix, `wget --warc-file`, Browsertrix, Common Crawl)
//! is a sequence of records. Each `response` record that holds a successful (2xx) HTML
//! answer, and each `resource` record of HTML, is read as a web page
//! ([`formats::html`](super::formats::html)): its id is the record's number in the file
//! (`crawl.warc.gz#17`, stable while the archive grows by appending) and its URL the
//! address that was captured. Requests, metadata, revisits, redirects, errors, images and
//! scripts are not articles and are passed over. The HTTP message is undone as a browser
//! would: chunked transfer, then gzip, deflate, Brotli or zstd content encoding, then the
//! charset the server declared (used only when the bytes agree, as for the page's own).
//!
//! The file is streamed record by record, so an archive of any size is read; the
//! `--max-file-mb` limit applies to each page instead. A record that cannot be read is
//! skipped with a warning naming it, and reading goes on at the next intact record.

use std::io::{self, BufRead, BufReader, Read};

use encoding_rs::Encoding;
use warc::{WarcHeader, WarcReader};

use super::decode::{declared_charset, decode_declared};
use super::formats::{FoundDate, Parsed, html};

/// The pages of one web archive, with the hash of the file's bytes.
#[derive(Debug, Default)]
pub struct ArchivePages {
    /// One parsed page per HTML record, with its record number as id.
    pub pages: Vec<Parsed>,
    /// xxh3 of the whole file as stored (compressed or not).
    pub hash: u64,
    /// Problems worked around, each naming its record.
    pub warnings: Vec<String>,
}

/// A reader that hashes every byte read through it.
struct Hashing<R> {
    inner: R,
    hasher: xxhash_rust::xxh3::Xxh3,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

/// Reads a web archive from `file` (its bytes as stored; `gzip` for `.warc.gz`). Pages
/// above `max_page_bytes` once decoded are skipped with a warning.
///
/// A damaged record costs that record, not the rest of the archive: reading goes on at
/// the next record header (`WARC/1.x` after a blank line) and, in a `.warc.gz`, at the
/// next gzip member (the standard writes one per record), so a crawl with a few corrupt
/// bytes in its middle keeps every page but the one they fell in.
pub fn read(file: impl Read, gzip: bool, max_page_bytes: u64) -> ArchivePages {
    let mut hashing = Hashing { inner: file, hasher: xxhash_rust::xxh3::Xxh3::new() };
    let mut records = Records::new(max_page_bytes);
    if gzip {
        let mut raw = BufReader::with_capacity(1 << 16, &mut hashing);
        // Bytes taken from the file but not read yet: after a damaged member, what
        // followed its first byte.
        let mut unread = Vec::new();
        while !unread.is_empty() || raw.fill_buf().is_ok_and(|rest| !rest.is_empty()) {
            let mut input = MemberInput::new(std::mem::take(&mut unread), &mut raw);
            let intact = {
                let mut member =
                    BufReader::with_capacity(1 << 16, flate2::bufread::GzDecoder::new(&mut input));
                records.read_stream(&mut member, true)
                    // What follows a damaged record in its member is passed over.
                    && io::copy(&mut member, &mut io::sink()).is_ok()
            };
            if !intact {
                // Damaged data may have been decoded past the member's end: the next
                // member is looked for from just after this one's start.
                let after_start = input.after_start();
                let mut rest = io::Cursor::new(after_start).chain(&mut raw);
                match next_gzip_member(&mut rest) {
                    Ok(Some(start)) => unread = [&start[..], not_read(&rest.into_inner().0)].concat(),
                    _ => break,
                }
            }
        }
    } else {
        records.read_stream(&mut BufReader::with_capacity(1 << 16, &mut hashing), false);
    }
    let mut out = records.finish();
    // The file's hash covers every byte, read or not.
    let _ = io::copy(&mut hashing, &mut io::sink());
    out.hash = hashing.hasher.digest();
    out
}

/// The bytes of one gzip member as the decoder takes them (first those already taken from
/// the file, then the file's), kept up to [`KEPT_MEMBER_BYTES`] so that, if the member
/// is damaged, the search for the next one can start just after its first byte.
struct MemberInput<'a, R> {
    input: io::Chain<io::Cursor<Vec<u8>>, &'a mut R>,
    taken: Vec<u8>,
    kept_all: bool,
}

/// More than any one record's member holds in practice; an archive gzipped whole is one
/// member, and is not kept.
const KEPT_MEMBER_BYTES: usize = 64 << 20;

impl<'a, R: BufRead> MemberInput<'a, R> {
    fn new(unread: Vec<u8>, raw: &'a mut R) -> Self {
        MemberInput { input: io::Cursor::new(unread).chain(raw), taken: Vec::new(), kept_all: true }
    }

    /// What was taken after the member's first byte and what was not taken yet of the
    /// bytes given to [`MemberInput::new`], in the file's order.
    fn after_start(self) -> Vec<u8> {
        let (cursor, _) = self.input.into_inner();
        let not_taken = not_read(&cursor);
        match self.kept_all {
            true => [self.taken.get(1..).unwrap_or_default(), not_taken].concat(),
            false => not_taken.to_vec(),
        }
    }
}

impl<R: BufRead> Read for MemberInput<'_, R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for MemberInput<'_, R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.input.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        if self.kept_all {
            if self.taken.len() + amount > KEPT_MEMBER_BYTES {
                self.kept_all = false;
                self.taken = Vec::new();
            } else if let Ok(available) = self.input.fill_buf() {
                // The bytes being consumed are the ones fill_buf last gave.
                self.taken.extend_from_slice(&available[..amount.min(available.len())]);
            }
        }
        self.input.consume(amount);
    }
}

/// The bytes of `cursor` after its position.
fn not_read(cursor: &io::Cursor<Vec<u8>>) -> &[u8] {
    let bytes = cursor.get_ref();
    &bytes[(cursor.position() as usize).min(bytes.len())..]
}

/// Moves `raw` to the start of the next gzip member (its magic bytes `1f 8b 08`), which
/// is returned, consumed from `raw`; `None` at the end of the file.
fn next_gzip_member(raw: &mut impl BufRead) -> io::Result<Option<Vec<u8>>> {
    let mut skipped = Vec::new();
    loop {
        skipped.clear();
        if raw.read_until(0x1f, &mut skipped)? == 0 || skipped.last() != Some(&0x1f) {
            return Ok(None);
        }
        let mut start = vec![0x1f];
        for expected in [0x8b, 0x08] {
            let next = raw.fill_buf()?.first().copied();
            match next {
                Some(byte) if byte == expected => {
                    raw.consume(1);
                    start.push(byte);
                }
                Some(_) => break,
                None => return Ok(None),
            }
        }
        if start.len() == 3 {
            return Ok(Some(start));
        }
    }
}

/// The records of an archive as they are read: numbered, batched for parsing, and the
/// damage met between them remembered until reading goes on or the file ends.
struct Records {
    out: ArchivePages,
    max_page_bytes: u64,
    batch: Vec<Record>,
    batch_bytes: usize,
    /// Records met so far, damaged ones included (a damaged stretch counts as one).
    number: usize,
    /// Records read whole and kept.
    intact: usize,
    /// The damage met since the last record read whole: its record and its cause.
    damage: Option<(usize, String)>,
}

impl Records {
    fn new(max_page_bytes: u64) -> Self {
        Records {
            out: ArchivePages::default(),
            max_page_bytes,
            batch: Vec::with_capacity(PAGES_PER_BATCH),
            batch_bytes: 0,
            number: 0,
            intact: 0,
            damage: None,
        }
    }

    /// Reads the records of one stream of WARC records, going on after a malformed one;
    /// `false` when the stream itself could not be read to its end. In a `compressed`
    /// stream a record is kept once the data after it decodes too: damaged gzip data can
    /// decode to a whole record, found wrong only by the checksum at its member's end.
    fn read_stream(&mut self, stream: &mut impl BufRead, compressed: bool) -> bool {
        let damage_before = self.damage.is_some();
        let mut held: Option<(usize, warc::RawRecordHeader, Vec<u8>)> = None;
        for record in WarcReader::new(stream).iter_raw_records() {
            match record {
                Ok((headers, block)) => {
                    self.number += 1;
                    if let Some((number, headers, block)) = held.take() {
                        self.push(number, &headers, block);
                    }
                    if let Some((number, cause)) = self.damage.take() {
                        // The pages before the damage keep their place in the warnings.
                        parse_pages(std::mem::take(&mut self.batch), self.max_page_bytes, &mut self.out);
                        self.batch_bytes = 0;
                        self.out.warnings.push(format!(
                            "record {number}: {cause}; skipped, and reading went on at the next record"
                        ));
                    }
                    held = Some((self.number, headers, block));
                }
                Err(warc::Error::ReadData(err)) => {
                    let cause = describe(&warc::Error::ReadData(err));
                    match held.take() {
                        // The record just decoded is what the damaged data garbled.
                        Some((number, ..)) if compressed => self.damage = Some((number, cause)),
                        record => {
                            if let Some((number, headers, block)) = record {
                                self.push(number, &headers, block);
                            }
                            match &mut self.damage {
                                None => {
                                    self.number += 1;
                                    self.damage = Some((self.number, cause));
                                }
                                // Damaged compressed data is the cause of what it garbled.
                                Some((_, garbled)) if !damage_before => *garbled = cause,
                                Some(_) => {}
                            }
                        }
                    }
                    return false;
                }
                Err(err) => {
                    if self.damage.is_none() {
                        self.number += 1;
                        self.damage = Some((self.number, describe(&err)));
                    }
                }
            }
        }
        if let Some((number, headers, block)) = held {
            self.push(number, &headers, block);
        }
        true
    }

    fn push(&mut self, number: usize, headers: &warc::RawRecordHeader, block: Vec<u8>) {
        self.intact += 1;
        let header = |name: WarcHeader| {
            headers.as_ref().get(&name).map(|v| String::from_utf8_lossy(v).trim().to_string())
        };
        let kind = header(WarcHeader::WarcType).unwrap_or_default().to_ascii_lowercase();
        if kind != "response" && kind != "resource" {
            return; // requests, metadata, revisits, warcinfo: never a page
        }
        self.batch_bytes += block.len();
        self.batch.push(Record {
            number,
            kind,
            // wget writes `<http://…>`, as the WARC 1.0 standard's examples do.
            target: header(WarcHeader::TargetURI)
                .map(|t| t.trim_start_matches('<').trim_end_matches('>').to_string()),
            content_type: header(WarcHeader::ContentType),
            block,
        });
        if self.batch.len() == PAGES_PER_BATCH || self.batch_bytes >= BATCH_BYTES {
            parse_pages(std::mem::take(&mut self.batch), self.max_page_bytes, &mut self.out);
            self.batch_bytes = 0;
        }
    }

    fn finish(mut self) -> ArchivePages {
        parse_pages(std::mem::take(&mut self.batch), self.max_page_bytes, &mut self.out);
        if let Some((number, cause)) = self.damage {
            self.out.warnings.push(match self.intact {
                0 => format!("not a web archive (WARC): {cause}"),
                _ if cause == TRUNCATED => format!("record {number}: {cause}"),
                _ => format!("record {number}: {cause}; nothing after it could be read"),
            });
        }
        self.out
    }
}

/// Records read before their pages are parsed, in parallel: a large archive uses every
/// core, and holds no more than this many records in memory at once…
const PAGES_PER_BATCH: usize = 64;
/// …nor more than this many bytes of them (an archive of videos).
const BATCH_BYTES: usize = 64 << 20;

/// Parses the pages of a batch of records in parallel, keeping their order and the order
/// of their warnings.
fn parse_pages(batch: Vec<Record>, max_page_bytes: u64, out: &mut ArchivePages) {
    use rayon::prelude::*;
    let parsed: Vec<(Option<Parsed>, Vec<String>)> = batch
        .into_par_iter()
        .map(|record| {
            let mut warnings = Vec::new();
            (record.page(max_page_bytes, &mut warnings), warnings)
        })
        .collect();
    for (page, warnings) in parsed {
        out.pages.extend(page);
        out.warnings.extend(warnings);
    }
}

const TRUNCATED: &str = "the record is cut short (truncated)";

fn describe(err: &warc::Error) -> String {
    match err {
        warc::Error::ParseHeaders(_) => "malformed record header".to_string(),
        warc::Error::UnexpectedEOB => TRUNCATED.to_string(),
        warc::Error::ReadOverflow => "a record is longer than its Content-Length".to_string(),
        warc::Error::ReadData(io) => format!("read error ({io})"),
        other => other.to_string(),
    }
}

/// One record of the archive, as far as it matters here.
struct Record {
    number: usize,
    kind: String,
    target: Option<String>,
    content_type: Option<String>,
    block: Vec<u8>,
}

impl Record {
    /// The record's page, if it holds one.
    fn page(self, max_page_bytes: u64, warnings: &mut Vec<String>) -> Option<Parsed> {
        let label = match &self.target {
            Some(target) => format!("record {} ({target})", self.number),
            None => format!("record {}", self.number),
        };
        let mut problems = Vec::new();
        let payload = match self.kind.as_str() {
            "response" => http_payload(&self.block, max_page_bytes, &mut problems),
            "resource" => Some(Payload { content_type: self.content_type.clone(), body: self.block }),
            _ => None,
        };
        let page = payload.filter(Payload::is_html).and_then(|payload| {
            if payload.body.len() as u64 > max_page_bytes {
                problems.push(format!(
                    "page is {} MB, over the {} MB limit (--max-file-mb), skipped",
                    payload.body.len().div_ceil(1 << 20),
                    max_page_bytes >> 20
                ));
                return None;
            }
            let text = decode_declared(&payload.body, payload.charset()).ok()?;
            if text.replaced {
                problems.push(format!(
                    "some bytes are not valid {}; they were replaced with U+FFFD",
                    text.encoding
                ));
            }
            let mut parsed = html::parse(&text.text, &mut problems);
            parsed.id = Some(self.number.to_string());
            if let Some(target) = &self.target {
                if parsed.date.is_none() {
                    parsed.date =
                        crate::dates::date_in_path(target).map(|date| FoundDate { date, source: "url" });
                }
                parsed.url = Some(target.clone());
            }
            Some(parsed)
        });
        warnings.extend(problems.into_iter().map(|p| format!("{label}: {p}")));
        page
    }
}

/// The body of an HTTP response, undone of its transfer and content encodings.
struct Payload {
    content_type: Option<String>,
    body: Vec<u8>,
}

impl Payload {
    /// Whether the payload is a web page: declared HTML, or undeclared and starting like
    /// one.
    fn is_html(&self) -> bool {
        match &self.content_type {
            Some(t) => {
                let t = t.to_ascii_lowercase();
                t.contains("text/html") || t.contains("application/xhtml")
            }
            None => {
                let start =
                    String::from_utf8_lossy(&self.body[..self.body.len().min(512)]).to_ascii_lowercase();
                let start = start.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
                start.starts_with("<!doctype html") || start.starts_with("<html")
            }
        }
    }

    /// The charset of a `Content-Type` such as `text/html; charset=windows-1251`.
    fn charset(&self) -> Option<&'static Encoding> {
        declared_charset(self.content_type.as_deref()?.as_bytes())
    }
}

/// Most headers an archived HTTP response is expected to carry.
const MAX_HTTP_HEADERS: usize = 256;

/// The payload of a successful HTTP response stored in a `response` record; `None` for
/// redirects, errors and unreadable messages (with a warning for the last).
fn http_payload(block: &[u8], max_bytes: u64, problems: &mut Vec<String>) -> Option<Payload> {
    // httparse knows HTTP/1.x; crawls over HTTP/2 record "HTTP/2 200" status lines.
    let normalized;
    let block = match block.strip_prefix(b"HTTP/2 ").or_else(|| block.strip_prefix(b"HTTP/3 ")) {
        Some(rest) => {
            normalized = [&b"HTTP/1.1 "[..], rest].concat();
            &normalized[..]
        }
        None => block,
    };
    let mut headers = vec![httparse::EMPTY_HEADER; MAX_HTTP_HEADERS];
    let mut response = httparse::Response::new(&mut headers);
    let start = match response.parse(block) {
        Ok(httparse::Status::Complete(start)) => start,
        Ok(httparse::Status::Partial) => {
            problems.push("the HTTP headers are cut short, skipped".to_string());
            return None;
        }
        Err(err) => {
            problems.push(format!("not an HTTP response ({err}), skipped"));
            return None;
        }
    };
    if !response.code.is_some_and(|code| (200..300).contains(&code)) {
        return None;
    }
    let header = |name: &str| {
        response
            .headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| String::from_utf8_lossy(h.value).trim().to_ascii_lowercase())
    };
    let content_type = header("content-type");
    let mut body = block[start..].to_vec();
    if header("transfer-encoding").is_some_and(|te| te.contains("chunked")) {
        body = dechunk(&body, problems);
    }
    if let Some(coding) = header("content-encoding") {
        body = decompress(&coding, body, max_bytes, problems)?;
    }
    Some(Payload { content_type, body })
}

/// Joins the chunks of a chunked HTTP body. Archivers that store the body already joined
/// but keep the header are recognised (no chunk size at the start) and left as is; a body
/// cut short keeps the chunks that were whole.
fn dechunk(body: &[u8], problems: &mut Vec<String>) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    loop {
        match httparse::parse_chunk_size(rest) {
            Ok(httparse::Status::Complete((_, 0))) => return out,
            Ok(httparse::Status::Complete((start, size))) => {
                let end = start.saturating_add(size as usize);
                if end > rest.len() {
                    out.extend_from_slice(&rest[start..]);
                    problems.push("the chunked body is cut short; kept what was there".to_string());
                    return out;
                }
                out.extend_from_slice(&rest[start..end]);
                rest = &rest[end..];
                rest = rest.strip_prefix(b"\r\n").unwrap_or(rest);
                if rest.is_empty() {
                    return out;
                }
            }
            _ if out.is_empty() => return body.to_vec(),
            _ => {
                problems.push("the chunked body is damaged; kept the chunks before the damage".to_string());
                return out;
            }
        }
    }
}

/// Undoes a `Content-Encoding`. A body that does not start like the declared encoding is
/// taken as already decoded (some archivers store it so); an unknown encoding skips the
/// page with a warning.
fn decompress(coding: &str, body: Vec<u8>, max_bytes: u64, problems: &mut Vec<String>) -> Option<Vec<u8>> {
    let coding = coding.trim();
    let reader: Box<dyn Read + '_> = match coding {
        "" | "identity" | "none" => return Some(body),
        "gzip" | "x-gzip" if body.starts_with(&[0x1f, 0x8b]) => {
            Box::new(flate2::read::MultiGzDecoder::new(&body[..]))
        }
        "gzip" | "x-gzip" => return Some(body),
        "deflate" if body.first().is_some_and(|b| b & 0x0f == 8) => {
            Box::new(flate2::read::ZlibDecoder::new(&body[..]))
        }
        "deflate" => Box::new(flate2::read::DeflateDecoder::new(&body[..])),
        "br" => Box::new(brotli_decompressor::Decompressor::new(&body[..], 1 << 14)),
        "zstd" if body.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) => {
            match zstd::stream::read::Decoder::new(&body[..]) {
                Ok(decoder) => Box::new(decoder),
                Err(err) => {
                    problems.push(format!("zstd body cannot be read ({err}), skipped"));
                    return None;
                }
            }
        }
        "zstd" => return Some(body),
        other => {
            problems.push(format!("content encoding '{other}' is not supported, skipped"));
            return None;
        }
    };
    let mut out = Vec::new();
    let result = reader.take(max_bytes + 1).read_to_end(&mut out);
    match result {
        Ok(_) => Some(out),
        Err(_) if out.is_empty() && coding == "br" => {
            // Brotli has no magic number: an undecodable body may be stored decoded.
            Some(body)
        }
        Err(err) if out.is_empty() => {
            problems.push(format!("{coding} body cannot be read ({err}), skipped"));
            None
        }
        Err(err) => {
            problems.push(format!("{coding} body is damaged ({err}); kept the first {} bytes", out.len()));
            Some(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    const PAGE: &str = "<!doctype html><html><head><title>Ferry returns to the lake | Ledger</title>\
        <link rel=canonical href=\"https://ledger.example/ferry\"></head><body><article>\
        <h1>Ferry returns to the lake</h1><p>The ferry to Madeline Island began its summer \
        timetable on Monday after the ice went out of the bay, the operator said.</p>\
        <p>Crossings run every half hour until nine in the evening through September.</p>\
        </article></body></html>";

    /// One WARC record with the given headers and block.
    fn record(kind: &str, target: Option<&str>, content_type: &str, block: &[u8]) -> Vec<u8> {
        let mut out = format!(
            "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{kind}-{}>\r\n\
             WARC-Date: 2026-06-01T12:00:00Z\r\n",
            block.len()
        );
        if let Some(target) = target {
            out.push_str(&format!("WARC-Target-URI: {target}\r\n"));
        }
        out.push_str(&format!("Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n", block.len()));
        let mut bytes = out.into_bytes();
        bytes.extend_from_slice(block);
        bytes.extend_from_slice(b"\r\n\r\n");
        bytes
    }

    fn response(target: &str, http_headers: &str, body: &[u8]) -> Vec<u8> {
        let mut block = format!("HTTP/1.1 200 OK\r\n{http_headers}\r\n").into_bytes();
        block.extend_from_slice(body);
        record("response", Some(target), "application/http; msgtype=response", &block)
    }

    fn gzipped(bytes: &[u8]) -> Vec<u8> {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(bytes).unwrap();
        gz.finish().unwrap()
    }

    #[test]
    fn html_responses_are_pages_and_other_records_are_not() {
        let mut warc = record("warcinfo", None, "application/warc-fields", b"software: test\r\n");
        warc.extend(record(
            "request",
            Some("https://ledger.example/ferry"),
            "application/http",
            b"GET /ferry HTTP/1.1\r\n\r\n",
        ));
        warc.extend(response(
            "https://ledger.example/ferry",
            "Content-Type: text/html; charset=utf-8\r\n",
            PAGE.as_bytes(),
        ));
        warc.extend(response(
            "https://ledger.example/logo.png",
            "Content-Type: image/png\r\n",
            b"\x89PNG\r\n",
        ));
        warc.extend(record(
            "response",
            Some("https://ledger.example/old"),
            "application/http",
            b"HTTP/1.1 301 Moved Permanently\r\nLocation: /ferry\r\n\r\n",
        ));
        let read = read(&warc[..], false, 1 << 20);
        assert_eq!(read.warnings, Vec::<String>::new());
        assert_eq!(read.pages.len(), 1);
        let page = &read.pages[0];
        assert_eq!(page.id.as_deref(), Some("3"), "the record's number in the file");
        assert_eq!(page.title.as_deref(), Some("Ferry returns to the lake"));
        assert!(page.body.contains("Madeline Island"), "{}", page.body);
        assert_eq!(page.url.as_deref(), Some("https://ledger.example/ferry"));
        assert_eq!(read.hash, xxhash_rust::xxh3::xxh3_64(&warc));
    }

    #[test]
    fn chunked_and_compressed_bodies_are_undone() {
        let gz = gzipped(PAGE.as_bytes());
        let (a, b) = gz.split_at(gz.len() / 2);
        let mut chunked = format!("{:x}\r\n", a.len()).into_bytes();
        chunked.extend_from_slice(a);
        chunked.extend_from_slice(format!("\r\n{:x}\r\n", b.len()).as_bytes());
        chunked.extend_from_slice(b);
        chunked.extend_from_slice(b"\r\n0\r\n\r\n");
        let headers = "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n";
        let warc = response("https://ledger.example/ferry", headers, &chunked);
        let read = read(&warc[..], false, 1 << 20);
        assert_eq!(read.pages.len(), 1, "{:?}", read.warnings);
        assert_eq!(read.pages[0].title.as_deref(), Some("Ferry returns to the lake"));

        let mut br = Vec::new();
        {
            let mut writer = brotli::CompressorWriter::new(&mut br, 4096, 9, 22);
            writer.write_all(PAGE.as_bytes()).unwrap();
        }
        let warc = response(
            "https://ledger.example/ferry",
            "Content-Type: text/html\r\nContent-Encoding: br\r\n",
            &br,
        );
        assert_eq!(super::read(&warc[..], false, 1 << 20).pages.len(), 1);
    }

    #[test]
    fn a_gzipped_archive_is_streamed_and_a_charset_from_the_server_is_used() {
        // Four Cyrillic letters are too few for a guess (it would take Windows-1252): the
        // server's charset decides.
        let duma = "\u{414}\u{443}\u{43c}\u{430} votes on the budget";
        let page = format!(
            "<html><head><title>{duma}</title></head><body><article><h1>{duma}</h1><p>The lower \
             house passed the budget on Monday after a debate that ran late into the night.</p>\
             </article></body></html>"
        );
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&page);
        let warc = response(
            "https://ledger.example/duma",
            "Content-Type: text/html; charset=windows-1251\r\n",
            &bytes,
        );
        // Per-record gzip members, as .warc.gz files are written.
        let mut file = gzipped(&record("warcinfo", None, "application/warc-fields", b"x: y\r\n"));
        file.extend(gzipped(&warc));
        let read = read(&file[..], true, 1 << 20);
        assert_eq!(read.pages.len(), 1, "{:?}", read.warnings);
        assert_eq!(read.pages[0].title.as_deref(), Some(duma));
        assert_eq!(read.hash, xxhash_rust::xxh3::xxh3_64(&file));
    }

    #[test]
    fn a_truncated_archive_keeps_the_pages_before_the_damage() {
        let mut warc =
            response("https://ledger.example/ferry", "Content-Type: text/html\r\n", PAGE.as_bytes());
        let second =
            response("https://ledger.example/ferry2", "Content-Type: text/html\r\n", PAGE.as_bytes());
        warc.extend_from_slice(&second[..second.len() / 2]);
        let read = read(&warc[..], false, 1 << 20);
        assert_eq!(read.pages.len(), 1);
        assert_eq!(read.warnings.len(), 1, "{:?}", read.warnings);
        assert!(read.warnings[0].starts_with("record 2: "), "{:?}", read.warnings);

        let not_warc = read_str("Just some notes, not an archive.\r\n\r\nMore text.\r\n");
        assert!(not_warc.pages.is_empty());
        assert!(not_warc.warnings[0].starts_with("not a web archive"), "{:?}", not_warc.warnings);
    }

    #[test]
    fn a_damaged_record_costs_only_itself() {
        let page = |n: usize| {
            response(&format!("https://ledger.example/{n}"), "Content-Type: text/html\r\n", PAGE.as_bytes())
        };
        // A Content-Length shorter than the block: the record runs on past its end.
        let mut short = page(2);
        let at = String::from_utf8_lossy(&short).find("Content-Length: ").unwrap() + 16;
        short.splice(at..at + 3, b"120".iter().copied());
        // A header block that is not WARC at all.
        let garbled = b"WARC/1.1\r\nnot a header line\r\n\r\nsome bytes\r\n\r\n".to_vec();
        let warc = [page(1), short, page(3), garbled, page(5)].concat();
        let read = read(&warc[..], false, 1 << 20);
        let ids: Vec<_> = read.pages.iter().map(|p| p.id.clone().unwrap()).collect();
        assert_eq!(ids, ["1", "3", "5"], "{:?}", read.warnings);
        assert_eq!(
            read.warnings,
            [
                "record 2: a record is longer than its Content-Length; skipped, and reading went on at \
                 the next record",
                "record 4: malformed record header; skipped, and reading went on at the next record",
            ]
        );
        assert_eq!(read.pages[1].url.as_deref(), Some("https://ledger.example/3"));
    }

    #[test]
    fn a_corrupt_gzip_member_costs_only_its_record() {
        let member = |n: usize| {
            gzipped(&response(
                &format!("https://ledger.example/{n}"),
                "Content-Type: text/html\r\n",
                PAGE.as_bytes(),
            ))
        };
        let mut corrupt = member(2);
        let middle = corrupt.len() / 2;
        for byte in &mut corrupt[middle - 8..middle + 8] {
            *byte ^= 0x5a;
        }
        let file = [member(1), corrupt, member(3)].concat();
        let read = read(&file[..], true, 1 << 20);
        let ids: Vec<_> = read.pages.iter().map(|p| p.id.clone().unwrap()).collect();
        assert_eq!(ids, ["1", "3"], "{:?}", read.warnings);
        assert_eq!(read.warnings.len(), 1, "{:?}", read.warnings);
        assert!(read.warnings[0].starts_with("record 2: read error ("), "{:?}", read.warnings);
        assert!(read.warnings[0].ends_with("reading went on at the next record"), "{:?}", read.warnings);
        assert_eq!(read.hash, xxhash_rust::xxh3::xxh3_64(&file));

        // Cut inside its last member: the members before it are kept.
        let file = [member(1), member(2)].concat();
        let read = super::read(&file[..file.len() - 40], true, 1 << 20);
        assert_eq!(read.pages.len(), 1, "{:?}", read.warnings);
        assert_eq!(read.warnings.len(), 1, "{:?}", read.warnings);
        assert!(read.warnings[0].starts_with("record 2: read error ("), "{:?}", read.warnings);
        assert!(read.warnings[0].ends_with("nothing after it could be read"), "{:?}", read.warnings);
    }

    fn read_str(s: &str) -> ArchivePages {
        read(s.as_bytes(), false, 1 << 20)
    }

    #[test]
    fn pages_over_the_limit_and_unknown_encodings_are_named_and_skipped() {
        let mut warc = response("https://ledger.example/big", "Content-Type: text/html\r\n", PAGE.as_bytes());
        warc.extend(response(
            "https://ledger.example/odd",
            "Content-Type: text/html\r\nContent-Encoding: compress\r\n",
            b"\x1f\x9d junk",
        ));
        let read = read(&warc[..], false, 100);
        assert!(read.pages.is_empty());
        assert_eq!(read.warnings.len(), 2, "{:?}", read.warnings);
        assert!(
            read.warnings[0].starts_with("record 1 (https://ledger.example/big): page is"),
            "{:?}",
            read.warnings
        );
        assert!(
            read.warnings[1].contains("content encoding 'compress' is not supported"),
            "{:?}",
            read.warnings
        );
    }

    #[test]
    fn http2_status_lines_and_resource_records_are_read() {
        let mut block = b"HTTP/2 200\r\ncontent-type: text/html\r\n\r\n".to_vec();
        block.extend_from_slice(PAGE.as_bytes());
        let mut warc = record("response", Some("https://ledger.example/a"), "application/http", &block);
        warc.extend(record("resource", Some("https://ledger.example/b"), "text/html", PAGE.as_bytes()));
        let read = read(&warc[..], false, 1 << 20);
        let ids: Vec<_> = read.pages.iter().map(|p| p.id.clone().unwrap()).collect();
        assert_eq!(ids, ["1", "2"], "{:?}", read.warnings);
    }
}
