#!/usr/bin/env bash
# newsdex side by side with tantivy-cli and ripgrep on the scaled corpus (issue 6's figures).
#
#   benches/compare.sh [CORPUS_DIR]
#
# 1. Builds newsdex (release) and, if missing, installs the peers with ../shared/bench/setup.sh
#    (hyperfine, GNU time, ripgrep, tantivy-cli; ~10 min the first time) and generates the
#    scaled corpus (200,000 files, ~500 MB, deterministic) in CORPUS_DIR (default /tmp/scaled).
# 2. Runs ../shared/bench/peers.sh on it (ripgrep warm/cold, tantivy-cli index -t 1/2 from
#    JSONL, tantivy search), in ../shared/bench/work/results/scaled/.
# 3. Measures newsdex in the same run: full ingest with entities and with --no-entities
#    (wall time, peak RSS, index size), search latency per query of ../shared/bench/queries.tsv
#    (whole process, top-10 with snippets, hyperfine median of >= 10 runs), a no-op
#    re-ingest and a bare walk.
# 4. Prints the ratios the targets are about (benches/compare_summary.py).
# Only ratios are meaningful: the machine is shared and noisy.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SHARED=$(cd ../shared && pwd)
CORPUS=${1:-/tmp/scaled}
BIN=${NEWSDEX:-$ROOT/target/release/newsdex}   # NEWSDEX=path measures another build
OUT=$SHARED/bench/work/results/scaled
RUNS=${RUNS:-10}
export PATH="$SHARED/bench/work/bin:$PATH"

[ -n "${NEWSDEX:-}" ] || cargo build --release --quiet
command -v hyperfine >/dev/null && command -v tantivy >/dev/null && command -v rg >/dev/null \
  && [ -x /usr/bin/time ] || bash "$SHARED/bench/setup.sh"
if [ ! -d "$CORPUS" ]; then
  python3 "$SHARED/bench/explode_reuters.py" "$SHARED/corpora/reuters21578" /tmp/real_reuters
  python3 "$SHARED/bench/make_corpus.py" --src "$SHARED/corpora/bbc" --src /tmp/real_reuters \
    --out "$CORPUS" --docs 200000 --target-mb 500 --seed 42
fi

if [ -z "${SKIP_PEERS:-}" ]; then
  SKIP=${SKIP:-xapian} RUNS=$RUNS bash "$SHARED/bench/peers.sh" "$CORPUS" scaled
fi
mkdir -p "$OUT"
IDX=$(mktemp -d)/index
IDX_NOENT=$(mktemp -d)/index
rg --no-ignore -c -F zq_no_such_token_qz "$CORPUS" >/dev/null 2>&1 || true   # warm the page cache

echo "[newsdex] full ingest" >&2
/usr/bin/time -v -o "$OUT/newsdex_ingest.time" "$BIN" --index "$IDX" --quiet ingest "$CORPUS"
du -sb "$IDX" | cut -f1 > "$OUT/newsdex_ingest.size"
echo "[newsdex] ingest --no-entities" >&2
/usr/bin/time -v -o "$OUT/newsdex_ingest_noent.time" "$BIN" --index "$IDX_NOENT" --quiet ingest --no-entities "$CORPUS"
du -sb "$IDX_NOENT" | cut -f1 > "$OUT/newsdex_ingest_noent.size"
find "$CORPUS" -type f | wc -l > "$OUT/newsdex_files"
# The corpus size is its files' bytes, as ../shared/bench/peers.sh counts it (du -sb would add
# the directories' own sizes, about 50 MB here, and flatter the index/corpus ratio).
find "$CORPUS" -type f -printf '%s\n' | awk '{s+=$1} END {printf "%d\n", s}' > "$OUT/corpus.bytes"

echo "[newsdex] no-op re-ingest and bare walk" >&2
hyperfine --style basic -N --warmup 1 --runs 5 --export-json "$OUT/newsdex_noop.json" \
  -n noop_reingest "$BIN --index $IDX --quiet ingest $CORPUS" \
  -n bare_walk_find "find $CORPUS -type f" > "$OUT/newsdex_noop.log" 2>&1

echo "[newsdex] search latency" >&2
args=()
while IFS=$'\t' read -r name _tantivy _rg q; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  # The fourth column (Xapian's) spells AND/OR out, which is newsdex's syntax too.
  args+=(-n "$name" "$BIN --index $IDX search --limit 10 --color never $(printf '%q' "$q")")
done < "$SHARED/bench/queries.tsv"
hyperfine --style basic --warmup 2 --runs "$RUNS" -i --export-json "$OUT/newsdex_search.json" \
  "${args[@]}" > "$OUT/newsdex_search.log" 2>&1
hyperfine --style basic --warmup 2 --runs "$RUNS" -i --export-json "$OUT/newsdex_search_1frag.json" \
  -n one_fragment "$BIN --index $IDX search --limit 10 --color never --fragments 1 government" \
  -n two_fragments "$BIN --index $IDX search --limit 10 --color never --fragments 2 government" \
  > "$OUT/newsdex_search_frag.log" 2>&1

python3 "$ROOT/benches/compare_summary.py" "$OUT" | tee "$OUT/newsdex_summary.md"
