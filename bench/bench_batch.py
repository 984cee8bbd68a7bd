"""Benchmark: `foedus batch` on a Dask LocalCluster against `Coder.code_inputs` in one process.

    .venv/bin/python bench/bench_batch.py [--articles 2000] [--big 20000] [--partition-size 100]

Reports, on the same generated articles (bench/corpus.py): articles/s in one process, with 1 and
with 2 Dask workers (one thread each), the 1->2 scaling ratio, the overhead of the 1-worker run
against the single process, and the peak memory (max RSS) of each worker on ``--articles`` and on
``--big`` articles (``--big 0`` skips that run). Wall times include starting the cluster and
loading the model in every worker; "coding" times are the sum of the partitions' own timings.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus  # noqa: E402


def write_corpus(folder: Path, n: int, per_file: int = 1000) -> list[Path]:
    """``n`` articles as JSON Lines files of ``per_file`` records, dated in order over 2024 (as news archives are)."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = corpus(n)
    files = []
    for start in range(0, n, per_file):
        path = folder / f"news-{start // per_file:03d}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i in range(start, min(n, start + per_file)):
                day = dt.date(2024, 1, 1) + dt.timedelta(days=i * 366 // n)
                fh.write(json.dumps({"id": f"a{i}", "date": day.isoformat(), "text": texts[i]}) + "\n")
        files.append(path)
    return files


def _maxrss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def single_process(files: list[Path]) -> tuple[float, int]:
    """Seconds for ``Coder.code_inputs`` over the files (model already loaded), and events found."""
    from foedus.coder.pipeline import Coder
    from foedus.reader import read_inputs

    coder = Coder()
    warm = [x for _, x in zip(range(20), read_inputs(files[:1]))]
    list(coder.code_inputs(warm))
    t0 = time.perf_counter()
    events = sum(len(r.events) for r in coder.code_inputs(read_inputs(files)) if hasattr(r, "events"))
    return time.perf_counter() - t0, events


def foedus_code_command(files: list[Path]) -> float:
    """Wall seconds of `foedus code FILES --format jsonl -j 1` (imports and model load included), output discarded."""
    exe = Path(sys.executable).with_name("foedus")
    t0 = time.perf_counter()
    subprocess.run([str(exe), "code", *map(str, files), "--format", "jsonl", "--processes", "1"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def on_cluster(files: list[Path], workers: int, partition_size: int, out: Path) -> dict:
    """One `foedus batch` run on a fresh LocalCluster; wall time, coding time, events, worker peak RSS."""
    from distributed import Client, LocalCluster

    from foedus.batch import run_batch

    shutil.rmtree(out, ignore_errors=True)
    t0 = time.perf_counter()   # from here: cluster start, model load in every worker, coding, Parquet writes
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        summary = run_batch([str(f) for f in files], out, engine="dask", client=client,
                            records_per_partition=partition_size, progress=False)
        wall = time.perf_counter() - t0
        rss = sorted(client.run(_maxrss_mb).values())
    coding = sum(json.loads(p.read_text())["seconds"] for p in (out / "_done").iterdir())
    return {"workers": workers, "articles": summary.articles, "events": summary.events, "errors": summary.errors,
            "wall": wall, "coding": coding, "rss_mb": rss, "failed": len(summary.failed)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--big", type=int, default=20000)
    ap.add_argument("--partition-size", type=int, default=100)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="foedus-bench-batch-"))
    try:
        files = write_corpus(tmp / "corpus", args.articles)
        load_before = os.getloadavg()[0]
        t_cmd = foedus_code_command(files)
        t_one, events_one = single_process(files)
        one = on_cluster(files, 1, args.partition_size, tmp / "out1")
        two = on_cluster(files, 2, args.partition_size, tmp / "out2")
        big = None
        if args.big:
            big_files = write_corpus(tmp / "big", args.big)
            big = on_cluster(big_files, 2, args.partition_size, tmp / "outbig")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    n = args.articles
    rows = [
        ("`foedus code -j 1` (one process, model load included)", n, t_cmd, None, events_one),
        ("one process, Coder.code_inputs (model loaded and warm)", n, t_one, None, events_one),
        ("foedus batch, 1 Dask worker", one["articles"], one["wall"], one["coding"], one["events"]),
        ("foedus batch, 2 Dask workers", two["articles"], two["wall"], two["coding"], two["events"]),
    ]
    if big:
        rows.append((f"foedus batch, 2 Dask workers, {args.big:,} articles", big["articles"], big["wall"], big["coding"],
                     big["events"]))
    print("| run | articles | wall s | articles/s | coding s (sum of partitions) | events |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, count, wall, coding, events in rows:
        print(f"| {name} | {count:,} | {wall:.1f} | {count / wall:.1f} | {'' if coding is None else f'{coding:.1f}'} "
              f"| {events:,} |")
    print()
    print(f"scaling 1 -> 2 workers (wall): {one['wall'] / two['wall']:.2f}x")
    print(f"overhead of 1 worker against `foedus code -j 1`: {one['wall'] / t_cmd - 1:+.1%} (wall); "
          f"against warm Coder.code_inputs: {one['wall'] / t_one - 1:+.1%} (wall), "
          f"{one['coding'] / t_one - 1:+.1%} (partition time, which includes the worker's model load)")
    print(f"peak RSS per worker, {n:,} articles (2 workers): {', '.join(f'{m:.0f} MB' for m in two['rss_mb'])}")
    if big:
        print(f"peak RSS per worker, {args.big:,} articles (2 workers): {', '.join(f'{m:.0f} MB' for m in big['rss_mb'])}"
              f"  (ratio {max(big['rss_mb']) / max(two['rss_mb']):.2f})")
    print(f"load average (1 min) before / after: {load_before:.2f} / {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print(f"same events as one process: {one['events'] == events_one == two['events']}; "
          f"errors: {one['errors']}, {two['errors']}; failed partitions: {one['failed'] + two['failed']}")


if __name__ == "__main__":
    main()
