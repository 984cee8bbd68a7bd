"""Benchmark: foedus coding against bare spaCy `nlp.pipe` on the same texts, in one run.

    .venv/bin/python bench/bench_code.py [--articles 300] [--rounds 3]

Reports articles/s and words/s for (1) bare spaCy en_core_web_sm with its full pipeline,
one process; (2) foedus in one process; (3) foedus with every core (its default for many
texts). Ratios above 1 mean foedus is faster than the bare pass.

The one-process comparison runs ``--rounds`` times, bare and foedus back to back in each round,
and reports the median of the per-round ratios: on a shared machine whose speed drifts by a third
within a minute, a pair timed seconds apart is the fairer comparison than two single runs.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus  # noqa: E402


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def cpu_timed(fn) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process): CPU time barely moves when other programs share the machine."""
    c0, t0 = time.process_time(), time.perf_counter()
    fn()
    return time.perf_counter() - t0, time.process_time() - c0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    import spacy

    from foedus.coder.nlp import MODEL_NAME
    from foedus.coder.pipeline import Coder
    from foedus.reader import ArticleInput

    texts = corpus(args.articles)
    words = sum(len(t.split()) for t in texts)
    bare = spacy.load(MODEL_NAME)
    coder = Coder()
    inputs = [ArticleInput(id=str(i), text=t, date="2024-06-20") for i, t in enumerate(texts)]
    # warm up both (model caches, dictionaries)
    list(bare.pipe(texts[:5]))
    list(coder.code_inputs(inputs[:5]))

    rounds = []
    events: list = []
    for r in range(max(1, args.rounds)):
        t_b, c_b = cpu_timed(lambda: list(bare.pipe(texts, batch_size=16)))
        out: list = []
        t_o, c_o = cpu_timed(lambda: out.extend(coder.code_inputs(inputs, n_process=1)))
        rounds.append((t_b / t_o, t_b, t_o, c_b / c_o))
        events = out
    rounds.sort()
    _, t_bare, t_one, _ = rounds[len(rounds) // 2]   # the median round
    cpu = sorted(r[3] for r in rounds)
    cores = os.cpu_count() or 1
    t_all = timed(lambda: list(coder.code_inputs(inputs, n_process=cores)))
    n_events = sum(len(r.events) for r in events)

    def row(name, t):
        return f"| {name} | {args.articles / t:,.1f} | {words / t:,.0f} | {t_bare / t:.2f} |"

    print(f"{args.articles} articles, {words:,} words, {n_events:,} events coded, {cores} cores\n")
    print("| run | articles/s | words/s | ratio to bare spaCy |")
    print("|---|---|---|---|")
    print(row("bare spaCy nlp.pipe (full pipeline, 1 process)", t_bare))
    print(row("foedus, 1 process", t_one))
    print(row(f"foedus, {cores} processes (default)", t_all))
    print(f"\nOne-process ratio per round (bare / foedus): {', '.join(f'{r[0]:.2f}' for r in rounds)};"
          f" the table shows the median round; the multi-process row is timed once, after the rounds.")
    print(f"Same ratio on CPU time of the process (steadier on a shared machine): median {cpu[len(cpu) // 2]:.2f}"
          f" ({', '.join(f'{r:.2f}' for r in cpu)}).")


if __name__ == "__main__":
    main()
