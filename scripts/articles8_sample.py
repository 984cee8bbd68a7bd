"""Code the articles8 fixtures and draw 20 events at random (fixed seed) for judging by hand.

Usage: PYTHONPATH=src python scripts/articles8_sample.py tests/data/articles8/tuned [--all] [--seed 8]
Prints every sampled event as: article, sentence number, code, source, target, modality, evidence.
The events are drawn from the events that happened or not (every coded event), sorted by article and
position, so the same code gives the same draw.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from foedus.coder.pipeline import Coder


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--all", action="store_true", help="print every event, not a sample")
    args = ap.parse_args()
    folder = Path(args.folder)
    dates = dict(line.split("\t") for line in (folder / "dates.tsv").read_text().split("\n") if line.strip())
    coder = Coder()
    rows = []
    for name in sorted(dates):
        text = (folder / name).read_text()
        res = coder.code_text(text, date=dates[name].strip(), id=name)
        for e in res.events:
            rows.append((name, e.sentence, e.cameo, e.source.code if e.source else "-",
                         e.target.code if e.target else "-", e.modality, e.date, e.evidence[:110]))
    print(f"{len(rows)} events in {len(dates)} articles")
    picked = rows if args.all else sorted(random.Random(args.seed).sample(rows, min(args.n, len(rows))))
    for k, r in enumerate(picked, 1):
        print(f"{k:2} {r[0][:14]:<14} s{r[1]:<2} {r[2]:<5} {r[3]:<8} {r[4]:<8} {r[5]:<10} {r[6]}  {r[7]}")


if __name__ == "__main__":
    main()
