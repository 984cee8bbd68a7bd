"""Load benchmark of `foedus serve`: /api/events and /api/dyads under concurrent requests.

1. Builds a DuckDB event database of 1M synthetic events (a seed of real `write_batch` articles, grown
   inside DuckDB with bench_store.grow_to), in a temporary folder.
2. Starts `foedus serve` in a subprocess on 127.0.0.1 (a free port, read-only).
3. Runs a second process (this script with --client) that sends requests with httpx's async client,
   CONCURRENCY at a time, for a bounded time per endpoint, loopback only; it reports requests/s and
   latency percentiles.

    .venv/bin/python bench/bench_api.py                      # 1M events, 20 s per endpoint, 16 in flight
    .venv/bin/python bench/bench_api.py --events 200000 --seconds 5   # a quick look
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# Each endpoint mix: (name, path template). {a}/{b} are drawn from busy actors, as a dashboard user would.
BUSY = ["USAGOV", "RUSGOV", "CHNGOV", "UKRGOV", "USA", "RUS", "KORGOV", "PRKGOV", "ISRGOV", "IRNGOV"]
MIXES = {
    "events (first page, 50)": lambda r: ("/api/events", {"limit": 50}),
    "events (actor + root filter)": lambda r: ("/api/events", {"actor": r.choice(BUSY)[:3], "root": r.choice(["11", "19", "04"]),
                                                               "limit": 50}),
    "events (date range, 500)": lambda r: ("/api/events", {"since": f"20{r.randint(15, 23)}-0{r.randint(1, 9)}-01",
                                                           "until": "2024-12-31", "limit": 500}),
    # Follows `next` (cursor) page after page, 50 a page, starting again at page 1 after page 40: the deep
    # pages a client walking the whole list asks for.
    "events (pages 1-40 via next, 50)": lambda r: ("/api/events", {"limit": 50, "_walk": 40}),
    "dyads (a/b by week)": lambda r: (f"/api/dyads/{r.choice(BUSY)}/{r.choice(BUSY)}", {"by": "week"}),
    "dyads (a/b by month, both)": lambda r: (f"/api/dyads/{r.choice(BUSY)[:3]}/{r.choice(BUSY)[:3]}",
                                              {"by": "month", "both": "true"}),
}


def build(db: Path, events: int) -> float:
    from bench_store import grow_to, synthetic_items

    from foedus.store import Store

    started = time.perf_counter()
    with Store(db) as store:
        store.write_batch(synthetic_items(min(20_000, events)))
        grow_to(store, events)
        assert store.count_events() >= events
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def load(url: str, seconds: float, concurrency: int, max_requests: int) -> dict:
    import httpx

    out = {}
    async with httpx.AsyncClient(base_url=url, timeout=60.0,
                                 limits=httpx.Limits(max_connections=concurrency)) as client:
        for name, make in MIXES.items():
            rng = random.Random(7)
            latencies: list[float] = []
            errors = 0
            stop = time.perf_counter() + seconds
            sent = 0

            async def worker():
                nonlocal errors, sent
                cursor, page = None, 0
                while time.perf_counter() < stop and sent < max_requests:
                    sent += 1
                    path, params = make(rng)
                    walk = params.pop("_walk", 0)
                    if walk and cursor:
                        params["cursor"] = cursor
                    t0 = time.perf_counter()
                    response = await client.get(path, params=params)
                    latencies.append(time.perf_counter() - t0)
                    if response.status_code != 200 or not response.json()["ok"]:
                        errors += 1
                    elif walk:
                        page += 1
                        cursor = response.json()["next"] if page < walk else None
                        page = page if cursor else 0

            t_start = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(concurrency)))
            elapsed = time.perf_counter() - t_start
            latencies.sort()
            q = statistics.quantiles(latencies, n=100) if len(latencies) >= 2 else latencies * 100
            out[name] = {"requests": len(latencies), "errors": errors, "rps": round(len(latencies) / elapsed, 1),
                         "p50_ms": round(q[49] * 1000, 1), "p95_ms": round(q[94] * 1000, 1)}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--seconds", type=float, default=20.0, help="time per endpoint mix")
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--max-requests", type=int, default=20_000, help="per endpoint mix")
    ap.add_argument("--client", help=argparse.SUPPRESS)      # internal: run as the load-generating process
    args = ap.parse_args(argv)
    if args.client:
        result = asyncio.run(load(args.client, args.seconds, args.concurrency, args.max_requests))
        print(json.dumps(result))
        return 0

    with tempfile.TemporaryDirectory(prefix="foedus-bench-api-") as tmp:
        db = Path(tmp) / "api.duckdb"
        print(f"building {args.events:,} events ...", file=sys.stderr)
        build_s = build(db, args.events)
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        foedus = Path(sys.executable).with_name("foedus")
        server = subprocess.Popen([str(foedus), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ})
        try:
            import httpx

            deadline = time.time() + 60
            while True:
                try:
                    if httpx.get(url + "/api/stats", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.time() > deadline or server.poll() is not None:
                    raise SystemExit("the server did not start: " + server.stderr.read().decode()[-2000:])
                time.sleep(0.2)
            client = subprocess.run([sys.executable, __file__, "--client", url, "--seconds", str(args.seconds),
                                     "--concurrency", str(args.concurrency), "--max-requests", str(args.max_requests)],
                                    capture_output=True, text=True, check=True)
            result = json.loads(client.stdout)
        finally:
            server.terminate()
            server.wait(10)
    print(f"\n{args.events:,} events (built in {build_s:.0f} s); {args.concurrency} requests in flight, "
          f"{args.seconds:g} s per mix, one uvicorn worker, 127.0.0.1\n")
    print("| endpoint mix | requests | errors | requests/s | p50 ms | p95 ms |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, r in result.items():
        print(f"| {name} | {r['requests']:,} | {r['errors']} | {r['rps']} | {r['p50_ms']} | {r['p95_ms']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
