#!/usr/bin/env python3
"""Writes sample_corpus/033-harbor-web-archive.warc: a small web archive of two pages we
wrote, in the shape crawlers (Heritrix, wget --warc-file) write them: a warcinfo record,
requests, responses (one chunked, one in Windows-1252 declared by the server only), an
image, a redirect and a revisit. Run from the repository root; the output is committed."""

import datetime

PAGES = [
    (
        "https://northshoredispatch.example/2026/05/18/lift-bridge-repairs",
        "text/html; charset=utf-8",
        "utf-8",
        True,
        """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Aerial Lift Bridge to close for two weeks of repairs - North Shore Dispatch</title>
<link rel="canonical" href="https://northshoredispatch.example/2026/05/18/lift-bridge-repairs">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Aerial Lift Bridge to close for two weeks of repairs",
"datePublished":"2026-05-18T06:30:00-05:00","author":{"@type":"Person","name":"Hannah Brekke"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sports">Sports</a></nav>
<article><h1>Aerial Lift Bridge to close for two weeks of repairs</h1>
<p class="byline">By Hannah Brekke</p>
<p>The Aerial Lift Bridge in Duluth will close to cars and people on foot for two weeks in June
while crews replace the cables that raise its deck, the city said on Monday.</p>
<p>Ships will still pass under the bridge, which will be left in its raised position overnight.
Mayor Roger Reinert said the work could not wait another season after an inspection in March
found worn strands on two of the four cables.</p>
<p>Visitors to Canal Park will be able to reach Park Point by a shuttle bus from the Lake Avenue
parking ramp, and the Minnesota Department of Transportation will post detours on Interstate 35.</p>
</article><aside class="related"><h2>Related stories</h2><a href="/x">Harbor opens early</a></aside>
<footer>Copyright 2026 North Shore Dispatch</footer></body></html>
""",
    ),
    (
        "https://northshoredispatch.example/2026/05/22/madeline-island-ferry",
        "text/html; charset=windows-1252",
        "cp1252",
        False,
        """<html><head><title>Madeline Island ferry starts summer timetable</title>
<meta name="author" content="Tom Haugen">
<meta property="article:published_time" content="2026-05-22T08:00:00-05:00"></head>
<body><div id="content"><h1>Madeline Island ferry starts summer timetable</h1>
<p>The Madeline Island Ferry Line began its summer timetable on Friday, with crossings from
Bayfield every half hour until nine in the evening through Labor Day.</p>
<p>The caf\u00e9 at the La Pointe dock reopened the same morning. Its owner, Ren\u00e9e Olson, said
bookings for the Fourth of July weekend were already ahead of last year's.</p>
<p>The Wisconsin Department of Natural Resources said ice left Chequamegon Bay on April 19,
about a week earlier than usual.</p></div></body></html>
""",
    ),
]


def record(kind, target, content_type, block, number):
    head = [
        "WARC/1.1",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{number:012d}>",
        f"WARC-Date: 2026-05-23T12:00:{number:02d}Z",
    ]
    if target:
        head.append(f"WARC-Target-URI: {target}")
    head += [f"Content-Type: {content_type}", f"Content-Length: {len(block)}"]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def chunked(body):
    out = b""
    for i in range(0, len(body), 700):
        part = body[i : i + 700]
        out += b"%x\r\n" % len(part) + part + b"\r\n"
    return out + b"0\r\n\r\n"


def main():
    records = []
    info = b"software: newsdex sample (scripts/make_sample_warc.py)\r\nformat: WARC File Format 1.1\r\n"
    records.append(("warcinfo", None, "application/warc-fields", info))
    for url, ctype, encoding, is_chunked, html in PAGES:
        path = url.split("northshoredispatch.example")[1]
        request = f"GET {path} HTTP/1.1\r\nHost: northshoredispatch.example\r\n\r\n".encode()
        records.append(("request", url, "application/http; msgtype=request", request))
        body = html.encode(encoding)
        if is_chunked:
            head = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nTransfer-Encoding: chunked\r\n\r\n"
            block = head.encode() + chunked(body)
        else:
            head = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n"
            block = head.encode() + body
        records.append(("response", url, "application/http; msgtype=response", block))
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(32))
    image = f"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: {len(png)}\r\n\r\n".encode() + png
    records.append(("response", "https://northshoredispatch.example/logo.png", "application/http; msgtype=response", image))
    moved = b"HTTP/1.1 301 Moved Permanently\r\nLocation: https://northshoredispatch.example/\r\nContent-Length: 0\r\n\r\n"
    records.append(("response", "http://northshoredispatch.example/", "application/http; msgtype=response", moved))
    revisit = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    records.append(("revisit", PAGES[0][0], "application/http; msgtype=response", revisit))
    with open("sample_corpus/033-harbor-web-archive.warc", "wb") as f:
        for number, (kind, target, ctype, block) in enumerate(records, 1):
            f.write(record(kind, target, ctype, block, number))


if __name__ == "__main__":
    main()
