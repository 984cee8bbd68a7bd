"""Store benchmark: write throughput and query time as the database grows (a benchmark, not a test).

    .venv/bin/python bench/bench_store.py                  # 200k written events; queries at 1M, 3M, 10M
    .venv/bin/python bench/bench_store.py --sizes 1 --write-events 50000     # a quick look

1. Write: synthetic CodingResults (realistic actor/code/date mix, about 4 events per article) go
   through ``Store.write_batch`` in batches of 250, 1,000 and 5,000 articles, each batch one
   committed transaction; building the Python objects is not timed.
2. Queries: events are generated inside DuckDB with SQL (no Python loops) up to each size, then the
   dyad series (KOR -> RUS, by week and by month), top actors and a filtered count are timed
   (median of 5 runs after one warm-up).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from foedus.schema import Actor, Article, CodingResult, Event, Location, Plover
from foedus.store import ArticleRecord, Store

# Actor codes, most frequent first (picked with a skewed draw, so a few actors dominate as in news).
ACTORS = ["USAGOV", "RUSGOV", "CHNGOV", "UKRGOV", "USA", "RUS", "KORGOV", "PRKGOV", "ISRGOV", "IRNGOV",
          "GBRGOV", "FRAGOV", "DEUGOV", "JPNGOV", "RUSMIL", "UKRMIL", "USAMIL", "IGOUNO", "IGOEUR", "NATO",
          "KOR", "PRK", "CHN", "UKR", "IND", "INDGOV", "PAKGOV", "TURGOV", "SAUGOV", "KORMIL", "PRKMIL",
          "ISRMIL", "PSE", "PSEREB", "SYRGOV", "IRQGOV", "AFGGOV", "NGO", "USAMED", "RUSMED"]
# CAMEO code -> (root, quad class, goldstein, PLOVER type), frequent codes first.
CODES = [("010", "01", 1, 0.0, None), ("020", "02", 1, 3.0, "CONSULT"), ("036", "03", 1, 4.0, "CONSULT"),
         ("042", "04", 1, 1.9, "CONSULT"), ("043", "04", 1, 2.8, "CONSULT"), ("051", "05", 1, 3.4, "COOPERATE"),
         ("057", "05", 1, 8.0, "AGREE"), ("0332", "03", 1, 5.2, "AID"), ("061", "06", 2, 6.4, "COOPERATE"),
         ("070", "07", 2, 7.0, "AID"), ("111", "11", 3, -2.0, "ACCUSE"), ("112", "11", 3, -2.0, "ACCUSE"),
         ("130", "13", 3, -4.4, "THREATEN"), ("138", "13", 3, -7.0, "THREATEN"), ("163", "16", 4, -8.0, "SANCTION"),
         ("172", "17", 4, -5.0, "COERCE"), ("190", "19", 4, -10.0, "ASSAULT"), ("193", "19", 4, -10.0, "ASSAULT")]
MODALITIES = ["asserted"] * 8 + ["negated", "intended", "considered", "conditional"]
START = dt.date(2015, 1, 1)
DAYS = 3652


def _pick(rng: random.Random, items: list, skew: float = 2.5):
    return items[int(len(items) * rng.random() ** skew)]


def _actor(code: str) -> Actor:
    country = code[:3] if code[:3] not in ("IGO", "NGO", "NAT") else None
    return Actor(text=code, code=code, country=country, sector=code[3:] or None, name=f"name of {code}")


def synthetic_items(n_events: int, seed: int = 7) -> list[tuple[ArticleRecord, CodingResult]]:
    rng = random.Random(seed)
    actors = {c: _actor(c) for c in ACTORS}
    items, made, a = [], 0, 0
    while made < n_events:
        date = (START + dt.timedelta(days=rng.randrange(DAYS))).isoformat()
        art_id = f"bench{a:08d}"
        events = []
        for n in range(rng.randint(1, 7)):
            src, tgt = _pick(rng, ACTORS), _pick(rng, ACTORS)
            cameo, root, quad, gold, ptype = _pick(rng, CODES, 1.6)
            events.append(Event(
                id=f"{art_id}-e{n}", sentence=n, evidence=f"Sentence {n} of a synthetic article.", span=[n, n + 40],
                source=actors[src], target=actors[tgt], cameo=cameo, root=root, cameo_name="", quad_class=quad,
                goldstein=gold, plover=Plover(type=ptype), modality=rng.choice(MODALITIES), date=date,
                date_precision="day", location=Location(name="Seoul", country="KOR", lat=37.5, lon=127.0)
                if rng.random() < 0.3 else None, confidence=0.7))
        text = f"synthetic article {a} " * 20
        items.append((
            ArticleRecord(id=art_id, content_hash=hashlib.sha1(text.encode()).hexdigest(), title=f"Article {a}",
                          date=date, source="Bench Wire", url=f"https://bench.example/{a}", text=text),
            CodingResult(article=Article(id=art_id, date=date, sentences=["s"] * len(events)), events=events)))
        made += len(events)
        a += 1
    return items


def bench_write(db: Path, n_events: int, batch_articles: int = 1000) -> tuple[int, float]:
    """Events written and seconds taken, from opening the store to closing it (final checkpoint included)."""
    items = synthetic_items(n_events)
    start = time.perf_counter()
    with Store(db) as store:
        for i in range(0, len(items), batch_articles):
            store.write_batch(items[i:i + batch_articles])
    elapsed = time.perf_counter() - start
    with Store(db, read_only=True) as store:
        events = store.count_events()
    return events, elapsed


def _sql_list(values: list) -> str:
    return "[" + ", ".join("NULL" if v is None else (f"'{v}'" if isinstance(v, str) else str(v)) for v in values) + "]"


def grow_to(store: Store, target: int) -> None:
    """Append synthetic events inside DuckDB until the events table holds ``target`` rows."""
    have = store.count_events()
    if have >= target:
        return
    actors, codes = _sql_list(ACTORS), [_sql_list([c[i] for c in CODES]) for i in range(5)]
    n_a, n_c = len(ACTORS), len(CODES)
    store.con.execute(f"""
        INSERT INTO events (seq, id, article_id, story_id, sentence, evidence, source_code, source_country,
                            source_sector, target_code, target_country, target_sector, cameo, root, quad_class,
                            goldstein, plover_type, modality, date, date_precision, confidence, flags)
        SELECT i, 'syn' || i || '-e0', 'syn' || (i // 4), 'syn' || (i // 12), i % 12, 'synthetic evidence',
               src, left(src, 3), nullif(substr(src, 4), ''), tgt, left(tgt, 3), nullif(substr(tgt, 4), ''),
               {codes[0]}[c], {codes[1]}[c], {codes[2]}[c], {codes[3]}[c], {codes[4]}[c],
               CASE WHEN random() < 0.67 THEN 'asserted' ELSE 'intended' END,
               DATE '{START}' + CAST(floor(random() * {DAYS}) AS INTEGER), 'day', 0.7, '[]'
        FROM (SELECT range AS i,
                     {actors}[1 + CAST(floor({n_a} * pow(random(), 2.5)) AS INTEGER)] AS src,
                     {actors}[1 + CAST(floor({n_a} * pow(random(), 2.5)) AS INTEGER)] AS tgt,
                     1 + CAST(floor({n_c} * pow(random(), 1.6)) AS INTEGER) AS c
              FROM range({have + 1_000_000_000}, {target + 1_000_000_000}))""")
    store.con.execute("CHECKPOINT")


def timed(func, runs: int = 5) -> float:
    func()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,3,10", help="stored events for the query timings, in millions")
    parser.add_argument("--write-events", type=int, default=200_000, help="events written through write_batch")
    parser.add_argument("--dir", default=None, help="folder for the benchmark databases (default: a temp dir)")
    args = parser.parse_args(argv)
    sizes = [int(float(s) * 1_000_000) for s in args.sizes.split(",") if s.strip()]
    folder = Path(args.dir or tempfile.mkdtemp(prefix="foedus-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "query.duckdb").unlink(missing_ok=True)

    for batch in (250, 1000, 5000):
        db = folder / f"write-{batch}.duckdb"
        db.unlink(missing_ok=True)
        events, elapsed = bench_write(db, args.write_events, batch)
        print(f"write_batch, {batch:,} articles per batch: {events:,} events in {elapsed:.2f} s = "
              f"{events / elapsed:,.0f} events/s (goal >= 100,000)")

    rows = []
    from foedus.store import EventFilter

    with Store(folder / "query.duckdb") as store:
        for size in sizes:
            start = time.perf_counter()
            grow_to(store, size)
            fill = time.perf_counter() - start
            matched = sum(r["total"] for r in store.dyad_series("KOR", "RUS", by="week"))
            rows.append((size, fill, matched,
                         timed(lambda: store.dyad_series("KOR", "RUS", by="week")),
                         timed(lambda: store.dyad_series("KOR", "RUS", by="month", since="2020-01-01")),
                         timed(lambda: store.top_actors(20)),
                         timed(lambda: store.count_events(EventFilter(actor="PRK", root="19", modality="asserted")))))
            print(f"  {size:,} events ready", file=sys.stderr, flush=True)
        size_mb = (folder / "query.duckdb").stat().st_size / 1e6
    print()
    print("| stored events | generate (s) | KOR->RUS events | dyad by week (ms) | dyad by month since 2020 (ms) "
          "| top 20 actors (ms) | filtered count (ms) |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for size, fill, matched, week, month, top, count in rows:
        print(f"| {size:,} | {fill:.1f} | {matched:,} | {week * 1000:.0f} | {month * 1000:.0f} | {top * 1000:.0f} "
              f"| {count * 1000:.0f} |")
    print(f"\ndatabase file at {sizes[-1]:,} events: {size_mb:,.0f} MB ({folder})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
