"""Ingest benchmark: end-to-end `ingest` against coding alone, and peak memory as the corpus grows.

    .venv/bin/python bench/bench_ingest.py [--articles 2000] [--workers N] [--sizes 500,1000,2000]

1. Generates a real-looking corpus (multi-paragraph articles from varied templates, actors, verbs,
   dates) as dated .txt files in a temporary folder.
2. Codes the texts with ``Coder.code_inputs`` alone (no reading, no store) -> articles/s.
3. For each size, runs ``foedus.ingest.ingest`` on that many files in a fresh subprocess with a
   fresh database, and reports articles/s and the peak resident memory of the ingesting process
   and of its parsing workers (``resource.getrusage`` self / children).
Figures go to docs/benchmarks.md, section "## Ingest".
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COUNTRIES = [  # (name, adjective, capital, leader title)
    ("South Korea", "South Korean", "Seoul", "President"), ("Russia", "Russian", "Moscow", "President"),
    ("China", "Chinese", "Beijing", "President"), ("Japan", "Japanese", "Tokyo", "Prime Minister"),
    ("the United States", "American", "Washington", "President"), ("Ukraine", "Ukrainian", "Kyiv", "President"),
    ("Germany", "German", "Berlin", "Chancellor"), ("France", "French", "Paris", "President"),
    ("India", "Indian", "New Delhi", "Prime Minister"), ("Turkey", "Turkish", "Ankara", "President"),
    ("Iran", "Iranian", "Tehran", "President"), ("Israel", "Israeli", "Jerusalem", "Prime Minister"),
    ("the Philippines", "Philippine", "Manila", "President"), ("Vietnam", "Vietnamese", "Hanoi", "Prime Minister"),
    ("Poland", "Polish", "Warsaw", "Prime Minister"), ("Brazil", "Brazilian", "Brasilia", "President"),
    ("Egypt", "Egyptian", "Cairo", "President"), ("Australia", "Australian", "Canberra", "Prime Minister"),
]
ACTIONS = [
    "{A} condemned {B} over the latest missile test near the border.",
    "{A} accused {B} of violating the ceasefire agreement reached last year.",
    "{A} signed a trade agreement with {B} after two days of talks.",
    "{A} promised to send humanitarian aid to {B} before the winter.",
    "{A} threatened to impose new sanctions on {B} if the attacks continued.",
    "{A} praised {B} for its role in the negotiations over the prisoner exchange.",
    "{A} expelled two diplomats from {B}, saying they had engaged in espionage.",
    "{A} hosted a delegation from {B} to discuss energy cooperation.",
    "{A} rejected the proposal from {B} to reopen the disputed crossing.",
    "{A} urged {B} to release the detained journalists without delay.",
    "{A} agreed to hold joint naval exercises with {B} in the coming months.",
    "{A} criticised {B} for its decision to raise tariffs on steel imports.",
    "{A} met {B} on the sidelines of the summit and discussed regional security.",
    "{A} recalled its ambassador from {B} in protest against the new law.",
]
SPEAKERS = ["a foreign ministry spokesperson said", "officials said on condition of anonymity",
            "the government said in a statement", "state media reported", "analysts said"]
CONTEXT = [
    "The announcement came after weeks of rising tension in the region.",
    "Markets reacted calmly to the news, and the currency was little changed.",
    "Opposition lawmakers demanded a full explanation from the cabinet.",
    "The move was widely expected by diplomats who follow the talks.",
    "Both sides have traded sharp words since the incident in the spring.",
    "The United Nations called on all parties to show restraint.",
    "Local newspapers devoted their front pages to the development.",
    "Neither side gave details about the timetable for the next round.",
]


def actor(rng: random.Random, country) -> str:
    name, adj, capital, title = country
    return rng.choice([name, capital, f"the {adj} government", f"the {adj} {title.lower()}",
                       f"the {adj} foreign ministry", f"{name}{chr(39) if name.endswith('s') else chr(39) + 's'} defence ministry"])


def sentence(text: str) -> str:
    return text[0].upper() + text[1:]


def make_article(rng: random.Random, n: int) -> tuple[str, str]:
    """(ISO date, text) of a 4-6 paragraph article about two or three countries."""
    a, b, c = rng.sample(COUNTRIES, 3)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    paragraphs = []
    for p in range(rng.randint(4, 6)):
        first, second = (a, b) if p % 2 == 0 else rng.choice([(b, a), (a, c), (c, b)])
        sents = [sentence(rng.choice(ACTIONS).format(A=actor(rng, first), B=actor(rng, second)))]
        background = rng.sample(CONTEXT, 3)
        sents.append(background[0])
        if rng.random() < 0.6:
            sents.append(f"\u201cWe will respond to any provocation,\u201d {rng.choice(SPEAKERS)} in {first[2]}.")
        sents.append(sentence(rng.choice(ACTIONS).format(A=actor(rng, second), B=actor(rng, first)))
                     if rng.random() < 0.5 else background[1])
        if rng.random() < 0.5:
            sents.append(background[2])
        paragraphs.append(" ".join(sents))
    paragraphs.append(f"(Article {n}: reporting from {a[2]} and {b[2]}.)")
    return f"2024-{month:02d}-{day:02d}", "\n\n".join(paragraphs)


def write_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    files = []
    for n in range(count):
        date, text = make_article(rng, n)
        path = folder / f"{n // 500:02d}" / f"article-{n:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{date}\n{text}\n", encoding="utf-8")
        files.append(path)
    return files


def peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024   # Linux: kilobytes


def child(files_list: str, db: str, workers: int) -> None:
    """Run one ingest in this fresh process and print JSON figures."""
    from foedus.ingest import ingest

    files = Path(files_list).read_text().split("\n")
    start = time.perf_counter()
    summary = ingest(files, db, workers=workers, progress=False)
    seconds = time.perf_counter() - start
    print(json.dumps({"articles": summary.new, "events": summary.events, "seconds": seconds,
                      "rate": summary.new / seconds, "peak_self_mb": peak_mb(resource.RUSAGE_SELF),
                      "peak_workers_mb": peak_mb(resource.RUSAGE_CHILDREN), "bad": len(summary.bad)}))


def read_and_link(files: list[Path]) -> dict:
    """Reading, hashing and story linking alone: the ingest work outside coding and writing."""
    from foedus.ingest.dedup import StoryLinker, content_hash
    from foedus.ingest.readers import iter_inputs

    linker = StoryLinker()
    start = time.perf_counter()
    n = 0
    for item in iter_inputs(files):
        linker.link(item.id, item.text)
        content_hash(item.text)
        n += 1
    seconds = time.perf_counter() - start
    return {"articles": n, "seconds": seconds, "rate": n / seconds}


def code_alone(files: list[Path], workers: int) -> dict:
    from foedus.coder.pipeline import Coder
    from foedus.reader import read_text_file

    inputs = [read_text_file(p) for p in files]      # read first: only the coding is timed
    coder = Coder()
    start = time.perf_counter()
    n = events = 0
    for result in coder.code_inputs(inputs, n_process=workers):
        n += 1
        events += len(getattr(result, "events", []))
    seconds = time.perf_counter() - start
    return {"articles": n, "events": events, "seconds": seconds, "rate": n / seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--sizes", default="500,1000,2000")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--read-only", action="store_true", help="Only time reading and linking (no coder needed).")
    parser.add_argument("--child", nargs=2, metavar=("FILES_LIST", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1], args.workers)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        files = write_corpus(tmp / "corpus", max([args.articles, *sizes]))
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in files[:args.articles])
        print(f"corpus: {args.articles} articles, {words} words ({words / args.articles:.0f} per article), "
              f"workers={args.workers}", flush=True)
        reading = read_and_link(files[:args.articles])
        print(f"reading + hashing + story linking alone: {reading['seconds']:.1f}s, {reading['rate']:.0f} articles/s",
              flush=True)
        if args.read_only:
            return
        alone = code_alone(files[:args.articles], args.workers)
        print(f"coding alone ({alone['articles']} articles): {alone['seconds']:.1f}s, {alone['rate']:.1f} articles/s, "
              f"{alone['events']} events", flush=True)
        runs = {}
        for size in sizes:
            listing = tmp / f"files-{size}.txt"
            listing.write_text("\n".join(str(p) for p in files[:size]))
            out = subprocess.run([sys.executable, __file__, "--workers", str(args.workers), "--child", str(listing),
                                  str(tmp / f"bench-{size}.duckdb")], capture_output=True, text=True, check=True)
            runs[size] = json.loads(out.stdout.strip().splitlines()[-1])
            r = runs[size]
            print(f"ingest {size:>5} articles: {r['seconds']:.1f}s, {r['rate']:.1f} articles/s, {r['events']} events, "
                  f"peak RSS main {r['peak_self_mb']:.0f} MB, workers {r['peak_workers_mb']:.0f} MB, bad {r['bad']}",
                  flush=True)
        full = runs.get(args.articles)
        if full:
            print(f"end-to-end ingest / coding alone: {full['rate'] / alone['rate']:.2f}")


if __name__ == "__main__":
    main()
