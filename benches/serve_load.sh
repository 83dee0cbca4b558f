#!/usr/bin/env bash
# Load test of `newsdex serve` on loopback (issue 7's figures).
#
#   benches/serve_load.sh [INDEX_DIR]
#
# Without INDEX_DIR, ../shared/corpora/bbc is ingested into a temporary index. The server is
# started on a free loopback port and asked the queries of ../shared/bench/queries.tsv in turn
# (GET /api/search, top-10 with two-fragment snippets, facets and month histogram), with wrk
# (Debian's `wrk`, installed if missing):
#   1. throughput: 2 threads, 16 connections, 15 s: requests/s, p50/p99 latency, errors;
#   2. latency: 1 connection, 10 s: p50/p99 with no queueing;
#   3. in-server time: each query asked 20 times with curl; the median and p99 of the
#      `took_ms` the server reports (time spent in the server, without HTTP and loopback),
#      with facets and month histogram (as the page asks) and with `facets=0` (hits only);
#   4. the same in-server time under steady sequential load (wrk, one connection, 10 s),
#      without a curl process starting between requests;
#   5. the in-server time of queries asked once each (hits only, steady load): 6,000 words
#      and two-word phrases of the BBC corpus, so the document store's block cache, which
#      serves the six rotating queries of steps 1-4 from memory, rarely holds a hit's block.
# Target (issue 7): in-server p50 <= 2 ms for top-10 with snippets on the 200k scaled corpus.
# ONLY=steady-hits runs steps 4 (hits only) and 5, for A/B runs of two binaries in turn.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${NEWSDEX:-target/release/newsdex}
SHARED=../shared
DURATION=${DURATION:-15}
[ -x "$BIN" ] || cargo build --release
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
command -v curl >/dev/null || apt-get install -y curl >/dev/null

WORK=$(mktemp -d)
SERVER=
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

IDX=${1:-}
if [ -z "$IDX" ]; then
  IDX=$WORK/index
  "$BIN" --index "$IDX" --quiet ingest "$SHARED/corpora/bbc"
fi
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BIN" --index "$IDX" serve --addr "127.0.0.1:$PORT" 2>"$WORK/serve.err" &
SERVER=$!
for _ in $(seq 100); do
  curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null && break
  sleep 0.1
done
echo "index: $IDX ($(curl -s "http://127.0.0.1:$PORT/api/health"))"

# The fourth column of queries.tsv spells AND/OR out, which is newsdex's syntax too.
python3 - "$SHARED/bench/queries.tsv" > "$WORK/paths" <<'EOF'
import sys, urllib.parse
for line in open(sys.argv[1], encoding="utf-8"):
    cols = line.rstrip("\n").split("\t")
    if len(cols) < 4 or not cols[0] or cols[0].startswith("#"):
        continue
    print("/api/search?" + urllib.parse.urlencode({"q": cols[3]}))
EOF
echo "queries: $(wc -l < "$WORK/paths")"
cat > "$WORK/rotate.lua" <<EOF
local paths = {}
for line in io.lines("$WORK/paths") do paths[#paths + 1] = line end
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
EOF

for p in $(cat "$WORK/paths"); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$p")
  [ "$code" = 200 ] || { echo "FAIL: $p answered $code" >&2; exit 1; }
done

summary='import statistics, sys
took = sorted(float(x) for x in sys.stdin.read().split())
p = lambda q: took[min(len(took) - 1, int(q * len(took)))]
print(f"samples {len(took)}: p50 {statistics.median(took):.3f} ms, p90 {p(0.9):.3f} ms, p99 {p(0.99):.3f} ms")'

if [ -z "${ONLY:-}" ]; then
echo "== throughput: wrk -t2 -c16 -d${DURATION}s"
wrk -t2 -c16 -d"${DURATION}s" --latency -s "$WORK/rotate.lua" "http://127.0.0.1:$PORT" \
  | grep -E 'Requests/sec|50%|99%|Non-2xx|Socket errors|requests in'
echo "== latency, one connection: wrk -t1 -c1 -d10s"
wrk -t1 -c1 -d10s --latency -s "$WORK/rotate.lua" "http://127.0.0.1:$PORT" \
  | grep -E 'Requests/sec|50%|99%|Non-2xx|Socket errors|requests in'

for variant in "" "&facets=0"; do
  echo "== in-server time (took_ms), each query 20 times with curl${variant:+, with $variant (hits only)}"
  for p in $(cat "$WORK/paths"); do
    for _ in $(seq 20); do
      curl -s "http://127.0.0.1:$PORT$p$variant" | python3 -c 'import json,sys; print(json.load(sys.stdin)["took_ms"])'
    done
  done | python3 -c "$summary"
done
fi

# The in-server time under steady sequential load: one wrk connection asks the queries of
# file $1 (each with suffix $2) in turn for 10 s and every answer's took_ms is kept. No
# process starts between requests (as curl's do), so the server's caches are as a busy
# server has them.
steady_took() {
  rm -f "$WORK/took.txt"
  cat > "$WORK/took.lua" <<EOF
local paths = {}
for line in io.lines("$1") do paths[#paths + 1] = line .. "$2" end
local i = 0
local out = io.open("$WORK/took.txt", "a")
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
response = function(status, headers, body)
  local t = body:match('"took_ms":([%d%.]+)')
  if t then out:write(t, "\n"); out:flush() end
end
EOF
  wrk -t1 -c1 -d10s -s "$WORK/took.lua" "http://127.0.0.1:$PORT" > /dev/null
  python3 -c "$summary" < "$WORK/took.txt"
}

variants=("" "&facets=0")
[ "${ONLY:-}" = steady-hits ] && variants=("&facets=0")
for variant in "${variants[@]}"; do
  echo "== in-server time (took_ms) under steady load: wrk -t1 -c1 -d10s${variant:+, with $variant (hits only)}"
  steady_took "$WORK/paths" "$variant"
done

# Queries asked once each: words of 4-12 letters found in 3 to 300 BBC articles, and
# two-word phrases found in 3 or more, every k-th of each sorted list (deterministic).
python3 - "$SHARED/corpora/bbc" > "$WORK/novel" <<'EOF'
import collections, pathlib, re, sys, urllib.parse
words, pairs = collections.Counter(), collections.Counter()
for f in sorted(pathlib.Path(sys.argv[1]).glob("*/*.txt")):
    toks = re.findall(r"[a-z]+", f.read_text(encoding="latin-1").lower())
    words.update(set(t for t in toks if 4 <= len(t) <= 12))
    pairs.update(set(zip(toks, toks[1:])))
singles = sorted(w for w, n in words.items() if 3 <= n <= 300)
phrases = sorted(f'"{a} {b}"' for (a, b), n in pairs.items() if n >= 3 and len(a) > 3 and len(b) > 3)
pick = lambda xs, k: xs[:: max(1, len(xs) // k)][:k]
queries = pick(singles, 4500) + pick(phrases, 1500)
for i in range(len(queries)):  # interleaved: a stride prime to the length visits each once
    q = queries[(i * 7919) % len(queries)]
    print("/api/search?" + urllib.parse.urlencode({"q": q}))
EOF
echo "== in-server time (took_ms) of queries asked once each: wrk -t1 -c1 -d10s, $(sort -u "$WORK/novel" | wc -l) distinct queries (hits only)"
steady_took "$WORK/novel" "&facets=0"
