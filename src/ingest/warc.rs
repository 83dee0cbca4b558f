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
//! `--max-file-mb` limit applies to each page instead. A record that cannot be read ends
//! the file with a warning naming it; the pages before it are kept.

use std::io::{self, BufReader, Read};

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
pub fn read(file: impl Read, gzip: bool, max_page_bytes: u64) -> ArchivePages {
    let mut hashing = Hashing { inner: file, hasher: xxhash_rust::xxh3::Xxh3::new() };
    let mut out = ArchivePages::default();
    {
        let stream: Box<dyn Read + '_> = if gzip {
            Box::new(flate2::read::MultiGzDecoder::new(&mut hashing))
        } else {
            Box::new(&mut hashing)
        };
        let mut buffered = BufReader::with_capacity(1 << 16, stream);
        let mut batch = Vec::with_capacity(PAGES_PER_BATCH);
        let mut batch_bytes = 0;
        for (index, record) in WarcReader::new(&mut buffered).iter_raw_records().enumerate() {
            let number = index + 1;
            match record {
                Ok((headers, block)) => {
                    let header = |name: WarcHeader| {
                        headers.as_ref().get(&name).map(|v| String::from_utf8_lossy(v).trim().to_string())
                    };
                    let kind = header(WarcHeader::WarcType).unwrap_or_default().to_ascii_lowercase();
                    if kind != "response" && kind != "resource" {
                        continue; // requests, metadata, revisits, warcinfo: never a page
                    }
                    batch_bytes += block.len();
                    batch.push(Record {
                        number,
                        kind,
                        // wget writes `<http://…>`, as the WARC 1.0 standard's examples do.
                        target: header(WarcHeader::TargetURI)
                            .map(|t| t.trim_start_matches('<').trim_end_matches('>').to_string()),
                        content_type: header(WarcHeader::ContentType),
                        block,
                    });
                    if batch.len() == PAGES_PER_BATCH || batch_bytes >= BATCH_BYTES {
                        parse_pages(std::mem::take(&mut batch), max_page_bytes, &mut out);
                        batch_bytes = 0;
                    }
                }
                Err(err) => {
                    parse_pages(std::mem::take(&mut batch), max_page_bytes, &mut out);
                    out.warnings.push(match number {
                        1 => format!("not a web archive (WARC): {}", describe(&err)),
                        _ => format!(
                            "record {number}: {}; the rest of the archive could not be read",
                            describe(&err)
                        ),
                    });
                    break;
                }
            }
        }
        parse_pages(batch, max_page_bytes, &mut out);
    }
    // The file's hash covers every byte, read or not.
    let _ = io::copy(&mut hashing, &mut io::sink());
    out.hash = hashing.hasher.digest();
    out
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

fn describe(err: &warc::Error) -> String {
    match err {
        warc::Error::ParseHeaders(_) => "malformed record header".to_string(),
        warc::Error::UnexpectedEOB => "the file ends inside a record (truncated)".to_string(),
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
