#!/usr/bin/env python3
"""Kill an ingest at each commit it makes, and check that the next ingest finishes the job.

A commit writes the index's meta.json. This script starts `newsdex ingest FOLDER` into a
fresh index, watches meta.json, and kills the ingest (SIGKILL) right after its Nth change
of meta.json, for N = 1, 2, ... until an ingest ends before it is killed. After each kill
it checks that the index opens, runs the ingest again, and compares the index with a
clean ingest of the same folder: articles, files, and the articles an --org filter finds.

    python3 benches/kill_mid_commit.py target/release/newsdex ../shared/corpora/reuters21578 Texaco

An ingest of Reuters-21578 commits when it starts (the folder recorded), then the articles
of mixed case, then the articles in capitals held back (see `Capitals` in src/ingest/mod.rs):
a kill between the last two leaves a commit without the articles in capitals, and their
files recorded as changed, which the next ingest reads again.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time


def run(binary, index, *args):
    out = subprocess.run([binary, "-q", "--index", index, *args], capture_output=True, text=True)
    return out.returncode, out.stdout


def state(binary, index, org):
    _, stats = run(binary, index, "stats", "--json")
    stats = json.loads(stats)
    _, found = run(binary, index, "search", "--json", "-n", "0", "--no-collapse", "--org", org)
    return stats["articles"], stats["files"], json.loads(found)["total"]


def ingest_killed_at(binary, index, folder, change):
    """Runs an ingest, killed after the `change`th change of meta.json: whether it was."""
    meta = os.path.join(index, "meta.json")
    ingest = subprocess.Popen([binary, "-q", "--index", index, "ingest", folder])
    last, changes = None, 0
    while ingest.poll() is None:
        try:
            st = os.stat(meta)
            now = (st.st_mtime_ns, st.st_size, st.st_ino)
        except FileNotFoundError:
            now = None
        if now is not None and now != last:
            changes, last = changes + 1, now
            if changes == change:
                ingest.send_signal(signal.SIGKILL)
                ingest.wait()
                return True
        time.sleep(0.0005)
    return False


def main():
    binary, folder, org = sys.argv[1], sys.argv[2], sys.argv[3]
    work = tempfile.mkdtemp(prefix="newsdex-kill-")
    try:
        clean = os.path.join(work, "clean")
        run(binary, clean, "ingest", folder)
        expected = state(binary, clean, org)
        print(f"clean ingest: {expected[0]} articles, {expected[1]} files, --org {org}: {expected[2]}")
        failures = 0
        for change in range(1, 20):
            index = os.path.join(work, f"killed-{change}")
            if not ingest_killed_at(binary, index, folder, change):
                print(f"commit {change}: the ingest ended first")
                break
            killed = state(binary, index, org) if os.path.exists(os.path.join(index, "meta.json")) else None
            run(binary, index, "ingest", folder)
            after = state(binary, index, org)
            ok = after == expected
            failures += not ok
            print(f"killed after change {change} of meta.json: {killed} -> next ingest {after} {'ok' if ok else 'DIFFERS'}")
        sys.exit(1 if failures else 0)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
