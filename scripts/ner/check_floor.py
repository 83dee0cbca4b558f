#!/usr/bin/env python3
"""Score newsdex's entities on CoNLL-2003 testa and fail below the floor (for CI).

    python3 scripts/ner/check_floor.py --newsdex target/release/newsdex [--floor 0.87]

Converts ../shared/ner/eval/conll2003-testa.txt into articles under target/eval/testa
(outside git), runs ../shared/eval/score_entities.py on all articles and on the prose
subset, prints both tables' figures, and exits 1 when the people (merged) F1 on all
articles is below --floor, 2 when scoring could not run. testa is for measuring only:
nothing here trains on it or copies it into the repository.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--newsdex", default=str(REPO / "target" / "release" / "newsdex"))
    ap.add_argument("--floor", type=float, default=0.87)
    ap.add_argument("--out", type=Path, default=REPO / "target" / "eval" / "testa")
    args = ap.parse_args()
    conll = SHARED / "ner" / "eval" / "conll2003-testa.txt"
    subprocess.run([sys.executable, str(SHARED / "eval" / "conll_to_articles.py"), str(conll),
                    str(args.out), "--force"], check=True, stdout=subprocess.DEVNULL)
    figures = {}
    for subset in ("all", "prose"):
        run = subprocess.run([sys.executable, str(SHARED / "eval" / "score_entities.py"),
                              str(args.out / "gold.jsonl"), "--newsdex", args.newsdex,
                              "--subset", subset, "--json"], capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stderr, file=sys.stderr)
            return 2
        figures[subset] = json.loads(run.stdout)["scores"]
    print(f"{'CoNLL-2003 testa':24} {'all: P':>8} {'R':>6} {'F1':>6}   {'prose: P':>8} {'R':>6} {'F1':>6}")
    for row in ("people_raw", "people_merged", "organizations", "places"):
        a, p = figures["all"][row], figures["prose"][row]
        print(f"{row:24} {a['p']:8.3f} {a['r']:6.3f} {a['f1']:6.3f}   "
              f"{p['p']:8.3f} {p['r']:6.3f} {p['f1']:6.3f}")
    f1 = figures["all"]["people_merged"]["f1"]
    if f1 < args.floor:
        print(f"FAIL: people (merged) F1 {f1:.3f} < floor {args.floor}", file=sys.stderr)
        return 1
    print(f"ok: people (merged) F1 {f1:.3f} >= floor {args.floor}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
