"""Bucket the events whose type is right but whose dyad is wrong (issue 10).

Usage: foedus eval GOLD --cases /tmp/cases.jsonl; python scripts/dyad_buckets.py /tmp/cases.jsonl [-v]

Each gold event is paired with a predicted event of the same CAMEO root in the same sentence (the
pairing that agrees on most countries first); a pair whose source or target country differs is put
in one bucket per side: missing (gold has an actor, foedus none), spurious (foedus names one, the
gold none), swapped (source and target exchanged), wrong (another country).  Use on the tune part only.
"""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict


def _c(code: str) -> str:
    return (code or "")[:3]


def _side(gold: str, pred: str) -> str | None:
    if _c(gold) == _c(pred):
        return None
    if not pred:
        return "missing"
    if not gold:
        return "spurious"
    return "wrong"


def buckets(path: str) -> tuple[Counter, dict]:
    count: Counter = Counter()
    examples: dict = defaultdict(list)
    for line in open(path, encoding="utf-8"):
        case = json.loads(line)
        preds = [tuple(p) for p in case["predicted"]]
        golds = [tuple(g) for g in case["gold"]]
        # Pair exact dyads first, then the rest by root.
        left = list(preds)
        pairs = []
        rest = []
        for g in golds:
            hit = next((p for p in left if p[0] == g[0] and _c(p[1]) == _c(g[1]) and _c(p[2]) == _c(g[2])), None)
            if hit:
                left.remove(hit)
            else:
                rest.append(g)
        for g in rest:
            cands = [p for p in left if p[0] == g[0]]
            if not cands:
                continue
            best = max(cands, key=lambda p: (_c(p[1]) == _c(g[1])) + (_c(p[2]) == _c(g[2])))
            left.remove(best)
            pairs.append((g, best))
        for g, p in pairs:
            if _c(g[1]) == _c(p[2]) and _c(g[2]) == _c(p[1]) and _c(g[1]) != _c(g[2]):
                key = "swapped"
                count[key] += 1
                examples[key].append((case["text"], g, p))
                continue
            for side, i in (("source", 1), ("target", 2)):
                b = _side(g[i], p[i])
                if b:
                    key = f"{side} {b}"
                    count[key] += 1
                    examples[key].append((case["text"], g, p))
    return count, examples


def main(argv: list[str]) -> None:
    count, examples = buckets(argv[0])
    for key, n in count.most_common():
        print(f"{key:20} {n}")
    if "-v" in argv:
        for key, _ in count.most_common():
            print(f"\n== {key}")
            for text, g, p in examples[key]:
                print(f"  gold {'/'.join(g)}  pred {'/'.join(p)}  | {text}")


if __name__ == "__main__":
    main(sys.argv[1:])
