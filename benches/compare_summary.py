#!/usr/bin/env python3
"""Ratios of newsdex to its peers, from one benches/compare.sh result folder.

    python3 benches/compare_summary.py ../shared/bench/work/results/scaled
"""
import json
import os
import re
import statistics
import sys

D = sys.argv[1]


def read(name, default=None):
    try:
        with open(os.path.join(D, name)) as fh:
            return fh.read().strip()
    except OSError:
        return default


def timev(name):
    """Wall seconds and peak RSS (MB) from a `/usr/bin/time -v` file."""
    text = read(name, "")
    wall = re.search(r"Elapsed \(wall clock\) time .*?: (?:(\d+):)?(\d+):([\d.]+)", text)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    if not wall:
        return None, None
    h, m, s = wall.groups()
    secs = int(h or 0) * 3600 + int(m) * 60 + float(s)
    return secs, (int(rss.group(1)) / 1024 if rss else None)


def medians(name):
    try:
        data = json.load(open(os.path.join(D, name)))
    except OSError:
        return {}
    return {r["command"]: statistics.median(r["times"]) for r in data["results"]}


files = int(read("newsdex_files", "0"))
corpus = int(read("corpus.bytes", "0"))
docs = int((read("convert.docs", "0") or "0").split()[0]) if read("convert.docs") else files
rows = []
ingest, rss = timev("newsdex_ingest.time")
noent, rss_noent = timev("newsdex_ingest_noent.time")
tan2, tan_rss = timev("tantivy_index_t2.time")
size = int(read("newsdex_ingest.size", "0"))
print(f"corpus: {files} files, {corpus / 1e6:.0f} MB; tantivy-cli JSONL docs: {docs}\n")
print("| measure | newsdex | peer | ratio | target |")
print("|---|---|---|---|---|")
if ingest and tan2:
    print(f"| ingest docs/s (full extraction) | {files / ingest:,.0f} ({ingest:.1f} s) | tantivy-cli -t 2: {docs / tan2:,.0f} ({tan2:.1f} s) | {(files / ingest) / (docs / tan2):.2f}x | >= 0.5x |")
if noent and tan2:
    print(f"| ingest docs/s (--no-entities) | {files / noent:,.0f} ({noent:.1f} s) | {docs / tan2:,.0f} | {(files / noent) / (docs / tan2):.2f}x | >= 1.0x |")
if ingest:
    print(f"| ingest MB/s | {corpus / 1e6 / ingest:.1f} | | | |")
    print(f"| peak RSS (full / no entities) | {rss:.0f} MB / {rss_noent or 0:.0f} MB | tantivy-cli {tan_rss or 0:.0f} MB | | <= 1 GB |")
    print(f"| index size / corpus | {size / 1e6:.0f} MB / {corpus / 1e6:.0f} MB = {size / corpus:.2f} | tantivy-cli {int(read('tantivy_index_t2.size', '0')) / corpus:.2f} | | <= 0.9 |")
search = medians("newsdex_search.json")
rg = medians("rg-l_warm.json")
tsearch = medians("tantivy_search.json")
if search:
    for name, t in search.items():
        peer = rg.get(name)
        tp = tsearch.get(name)
        ratio = f"{peer / t:.0f}x faster than rg -l" if peer else ""
        tratio = f"; tantivy search {tp * 1000:.0f} ms" if tp else ""
        print(f"| search `{name}` (median, whole process) | {t * 1000:.1f} ms | rg -l warm {peer * 1000 if peer else 0:.0f} ms{tratio} | {ratio} | >= 100x |")
noop = medians("newsdex_noop.json")
if noop:
    print(f"| no-op re-ingest vs bare walk | {noop['noop_reingest']:.2f} s | find {noop['bare_walk_find']:.2f} s | {noop['noop_reingest'] / noop['bare_walk_find']:.1f}x | <= 5x |")
frag = medians("newsdex_search_1frag.json")
if frag:
    print(f"| search with 2 fragments vs 1 | {frag['two_fragments'] * 1000:.1f} ms | {frag['one_fragment'] * 1000:.1f} ms | {frag['two_fragments'] / frag['one_fragment']:.2f}x | |")
