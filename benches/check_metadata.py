#!/usr/bin/env python3
"""Score `newsdex extract` against the gold metadata in ../shared/corpora and check floors.

Runs ../shared/eval/score_metadata.py twice (all pages, and English pages only), prints both
tables, then compares the English figures with the floors of issue 3. Floors the extractor
meets are enforced (exit 1 below them, so a regression fails CI). A floor not yet met is
printed as NOT MET with the gap, and does not fail the run: that issue stays open until it
holds, and its note says why. Pass --strict to fail on every floor.

    python3 benches/check_metadata.py --newsdex target/release/newsdex [--strict]
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

SCORER = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "score_metadata.py"

# metric -> (floor, enforced). Title exact is not reached yet (see issue 3's note).
FLOORS = {
    "title_exact": (0.95, False),
    "date_same_day": (0.95, True),
    "byline_any": (0.85, True),
    "body_f1": (0.92, True),
}
# A floor not met yet still may not slip below what the extractor reached: metric -> level.
NO_REGRESSION = {"title_exact": 0.89}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--newsdex", default="target/release/newsdex")
    parser.add_argument("--strict", action="store_true", help="fail on every floor, met or not")
    args = parser.parse_args()

    for extra in ([], ["--lang", "en"]):
        print(f"== score_metadata.py {' '.join(extra) or '(all pages)'}", flush=True)
        subprocess.run([sys.executable, str(SCORER), "--newsdex", args.newsdex, *extra], check=True)

    out = subprocess.run(
        [sys.executable, str(SCORER), "--newsdex", args.newsdex, "--lang", "en", "--json"],
        check=True,
        capture_output=True,
        text=True,
    )
    overall = json.loads(out.stdout)["overall"]["metrics"]
    failed = False
    print("\n== floors (English pages, overall)")
    for metric, (floor, enforced) in FLOORS.items():
        value = overall[metric]["value"]
        ok = value >= floor
        status = "ok" if ok else ("FAIL" if enforced or args.strict else "NOT MET (not enforced yet)")
        print(f"{metric:<14} {value:.3f}  floor {floor:.2f}  {status}")
        failed |= not ok and (enforced or args.strict)
        if metric in NO_REGRESSION and value < NO_REGRESSION[metric]:
            print(f"{metric:<14} {value:.3f}  FAIL: below {NO_REGRESSION[metric]:.2f}, the level already reached")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
