#!/usr/bin/env bash
# Full ingests of one corpus by two or more newsdex builds, in turn, with wall time, CPU
# (user + system) and peak RSS from GNU time; optionally tantivy-cli on the same articles.
#
#   benches/ingest_ab.sh ROUNDS CORPUS_DIR BINARY_A [BINARY_B ...]
#   PEER=1 benches/ingest_ab.sh ...   # also `tantivy index -t 2` on compare.sh's JSONL
#
# Each round runs every build once (order reversed every other round), each into a fresh
# index. Ingest is CPU-bound on this 2-core machine, so CPU seconds are the steadier figure
# when other jobs share it. PEER=1 needs compare.sh to have run once (tantivy-cli and the
# JSONL export of the corpus). Extra ingest flags: FLAGS='--no-entities'.
set -euo pipefail
ROUNDS=$1 CORPUS=$2
shift 2
SHARED=$(cd "$(dirname "$0")/../../shared" && pwd)
TANTIVY=$SHARED/bench/work/bin/tantivy
JSONL=$SHARED/bench/work/jsonl/$(basename "$CORPUS").jsonl
if [ -n "${PEER:-}" ] && [ ! -f "$JSONL" ]; then
  echo "PEER=1 needs $JSONL (benches/compare.sh $CORPUS writes it)" >&2
  exit 2
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
FORMAT='%e s wall  %U s user  %S s sys  %M KB peak RSS'

for round in $(seq "$ROUNDS"); do
  if [ $((round % 2)) -eq 1 ]; then order=cat; else order=tac; fi
  mapfile -t bins < <(printf '%s\n' "$@" | $order)
  for bin in "${bins[@]}"; do
    rm -rf "$WORK/index"
    sync   # the last run's index written out first, not during this run
    /usr/bin/time -f "$bin: $FORMAT" -o "$WORK/time" "$bin" ingest --quiet ${FLAGS:-} --index "$WORK/index" "$CORPUS" >/dev/null
    echo "round $round  $(cat "$WORK/time")  index $(du -sm "$WORK/index" | cut -f1) MB"
  done
  if [ -n "${PEER:-}" ]; then
    rm -rf "$WORK/tv"
    mkdir -p "$WORK/tv"
    sync
    # the schema ../shared/bench/peers.sh gives tantivy-cli, through its wizard
    printf '%s\n' title Text Y N Y Y Y Y Y body Text Y N Y Y Y Y Y date Date Y Y N Y path Text Y N N N \
      | "$TANTIVY" new -i "$WORK/tv" >/dev/null 2>&1
    /usr/bin/time -f "tantivy index -t 2: $FORMAT" -o "$WORK/time" "$TANTIVY" index -i "$WORK/tv" -f "$JSONL" -t 2 >/dev/null 2>&1
    echo "round $round  $(cat "$WORK/time")"
  fi
done
