#!/usr/bin/env python3
"""Whole-process wall time of two or more builds, run in turn (A B, then B A, ...).

    benches/ab.py RUNS 'COMMAND with {B}' BINARY_A BINARY_B [...]

{B} in COMMAND is replaced by each binary. Running the builds alternately spreads the
machine's noise (other jobs, CPU frequency) over all of them, so the medians compare;
separate runs minutes apart on a shared machine do not. Prints median, p25 and p75 in ms.

Example: python3 benches/ab.py 100 '{B} search --index /tmp/ix "\"oil price\""' old new
"""
import shlex
import statistics
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    runs, template, binaries = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    times = {b: [] for b in binaries}
    for i in range(runs):
        for b in binaries if i % 2 == 0 else binaries[::-1]:
            cmd = shlex.split(template.replace("{B}", b))
            start = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            times[b].append((time.perf_counter() - start) * 1000)
    for b in binaries:
        v = sorted(times[b])
        print(f"{b}: median {statistics.median(v):.2f} ms  p25 {v[len(v) // 4]:.2f}  p75 {v[3 * len(v) // 4]:.2f}")


if __name__ == "__main__":
    main()
