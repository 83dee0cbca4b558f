#!/usr/bin/env python3
"""Train newsdex's CRF entity tagger and write data/ner/model.bin (development time only).

Input: training files written by `cargo run --release --example ner_features` (one word per
line, `LABEL<TAB>feature<TAB>...`, an empty line after each sequence). A file given as
`PATH*N` is read N times (to weigh hand-labelled data above silver data).

    python3 scripts/ner/train.py --out data/ner/model.bin gold.tsv*2 silver.tsv

Steps: count how many words carry each feature and drop features seen fewer than
--min-count times (so rare words do not bloat the model), train a linear-chain CRF with
CRFsuite (PyPI python-crfsuite, L-BFGS with L1 + L2 regularisation: --c1 --c2), then
convert the model to newsdex's compact format: the labels, the transitions and, for each
attribute, its non-zero weights quantized to 16 bits. The layout is documented in
src/entities/crf.rs. Deterministic for the same inputs and parameters.
"""
from __future__ import annotations

import argparse
import collections
import struct
import sys
import tempfile
import time
from pathlib import Path

LABEL_ORDER = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]


def parse_inputs(specs):
    out = []
    for spec in specs:
        path, _, times = spec.partition("*")
        out.append((Path(path), int(times or 1)))
    return out


def sequences(path: Path):
    xs, ys = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if ys:
                    yield xs, ys
                xs, ys = [], []
                continue
            label, *feats = line.split("\t")
            ys.append(label)
            xs.append(feats)
    if ys:
        yield xs, ys


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+", help="training files, PATH or PATH*TIMES")
    ap.add_argument("--out", type=Path, required=True, help="model.bin to write")
    ap.add_argument("--crfsuite-model", type=Path, help="also keep the CRFsuite model here")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--verbose", action="store_true", help="print every iteration")
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--max-iterations", type=int, default=150)
    ap.add_argument("--min-weight", type=float, default=0.0,
                    help="drop state weights with a smaller absolute value")
    args = ap.parse_args()
    import pycrfsuite

    inputs = parse_inputs(args.inputs)
    t0 = time.time()
    counts: collections.Counter[str] = collections.Counter()
    for path, times in inputs:
        for xs, _ in sequences(path):
            for feats in xs:
                counts.update(feats)
        print(f"counted {path} ({time.time() - t0:.0f}s, {len(counts)} features so far)",
              file=sys.stderr)
    keep = {f for f, c in counts.items() if c >= args.min_count and len(f.encode()) <= 255}
    print(f"features: {len(counts)} seen, {len(keep)} kept (min count {args.min_count})",
          file=sys.stderr)
    del counts

    trainer = pycrfsuite.Trainer(verbose=args.verbose)
    n_seq = n_tok = 0
    for path, times in inputs:
        for _ in range(times):
            for xs, ys in sequences(path):
                trainer.append([[f for f in feats if f in keep] for feats in xs], ys)
                n_seq += 1
                n_tok += len(ys)
    print(f"training on {n_seq} sequences, {n_tok} words ({time.time() - t0:.0f}s)",
          file=sys.stderr)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.max_iterations,
                        "feature.possible_transitions": True})
    with tempfile.TemporaryDirectory() as tmp:
        model_path = args.crfsuite_model or Path(tmp) / "model.crfsuite"
        trainer.train(str(model_path))
        last = trainer.logparser.last_iteration
        print(f"trained in {time.time() - t0:.0f}s: {last}", file=sys.stderr)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model_path))
        info = tagger.info()

    labels = [l for l in LABEL_ORDER if l in info.labels]
    extra = sorted(set(info.labels) - set(labels))
    labels += extra
    lid = {l: i for i, l in enumerate(labels)}
    weights = [abs(w) for w in info.state_features.values()] + \
        [abs(w) for w in info.transitions.values()]
    scale = max(weights) / 32767.0
    per_attr: dict[str, list[tuple[int, int]]] = collections.defaultdict(list)
    for (attr, label), w in info.state_features.items():
        q = round(w / scale)
        if q != 0 and abs(w) >= args.min_weight:
            per_attr[attr].append((lid[label], q))
    out = bytearray(b"NDXCRF01")
    out.append(len(labels))
    for l in labels:
        out.append(len(l.encode()))
        out += l.encode()
    out += struct.pack("<f", scale)
    for a in labels:
        for b in labels:
            out += struct.pack("<h", round(info.transitions.get((a, b), 0.0) / scale))
    out += struct.pack("<I", len(per_attr))
    for attr in sorted(per_attr):
        entries = sorted(per_attr[attr])
        name = attr.encode()
        out.append(len(name))
        out += name
        out.append(len(entries))
        for label, q in entries:
            out += struct.pack("<Bh", label, q)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(bytes(out))
    n_w = sum(len(v) for v in per_attr.values())
    print(f"wrote {args.out}: {len(out)} bytes, {len(labels)} labels, {len(per_attr)} "
          f"attributes, {n_w} weights", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
