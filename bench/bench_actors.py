"""Benchmark: the actor stage (ActorMatcher.find) against parsing the same texts, in one run.

    PYTHONPATH=src .venv/bin/python bench/bench_actors.py [--articles 100] [--rounds 5]

Finding actors runs on every document after the parse, so its cost is read as a share of the
parse: the median over rounds of (seconds in ``find``) / (seconds in ``nlp.pipe``) on the same
texts. A share well under 0.25 keeps the actor stage cheap next to spaCy; it replaced a timed
unit test, since speed is a benchmark here, never a pass/fail test.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()

    from foedus.coder import nlp as nlp_module
    from foedus.coder.actors import ActorMatcher

    nlp = nlp_module.load()
    matcher = ActorMatcher(nlp)
    texts = corpus(args.articles)
    docs = list(nlp.pipe(texts[:5]))
    for doc in docs:  # warm up the dictionaries and caches
        matcher.find(doc, "2024-06-20")
    shares = []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        docs = list(nlp.pipe(texts))
        parse = time.perf_counter() - t0
        t0 = time.perf_counter()
        mentions = sum(len(matcher.find(doc, "2024-06-20")) for doc in docs)
        find = time.perf_counter() - t0
        shares.append(find / parse)
        print(f"round: parse {parse:.2f} s, find {find:.2f} s ({mentions} mentions), share {find / parse:.3f}")
    print(f"actor stage / parse, median of {args.rounds} rounds: {statistics.median(shares):.3f}")


if __name__ == "__main__":
    main()
