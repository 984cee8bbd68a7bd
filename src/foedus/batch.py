"""Batch coding of large corpora, on Dask (a local or remote cluster) or in one process.

The corpus is cut into partitions: one per JSON Lines file, or per ``records_per_partition``
(500) physical lines of a large one, and groups of that many plain-text files. Each partition
is one task: it streams its records through the same ``Coder.code_inputs`` as ``foedus code``,
flattens the results with the store's own row builder (``store.rows.build_tables``, so the
columns are exactly the store's), and writes its own files::

    OUT/events/month=2024-06/part-<partition>.parquet     (events by event month, as the store's export)
    OUT/articles|actors|quotes|commitments|policies/month=2024-06/part-<partition>.parquet
                                                           (by the article's publication month)
    OUT/_errors/<partition>.jsonl                          (records that could not be read or coded)
    OUT/_done/<partition>                                  (written last: the partition is complete)
    OUT/errors.jsonl                                       (every partition's errors, merged at the end)

Every file is written to a hidden temporary name and renamed, and the ``_done`` marker comes
last, so a rerun with the same ``OUT`` skips finished partitions and redoes unfinished ones
in place: nothing is ever duplicated. See docs/batch.md.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import json
import logging
import os
import re
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .budget import DEFAULT_SECONDS, parse_limit
from .budget import code_inputs as budget_code_inputs
from .errors import Errors, FoedusError, InputError
from .values import positive_int

if TYPE_CHECKING:
    from .ingest.readers import LeftOut
    from .ingest.records import ArticleInput, InputProblem
    from .schema import CodingResult
    from .store import ArticleRecord

RECORDS_PER_PARTITION = 500
ENGINES = ("local", "dask")
TABLES = ("events", "articles", "actors", "quotes", "commitments", "policies")
UNDATED = "undated"          # the month folder of rows without a date, as in the store's Parquet export
DONE_DIR, ERRORS_DIR, ERRORS_FILE = "_done", "_errors", "errors.jsonl"
LOOPBACK = "127.0.0.1"                  # where a LocalCluster's scheduler and workers listen
DASHBOARD_ADDRESS = f"{LOOPBACK}:8787"  # its dashboard, unless --dashboard-address says otherwise
_GLOB_CHARS = re.compile(r"[*?\[]")
_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")


class BatchError(FoedusError):
    """Batch coding cannot start or its output cannot be used (E7xx)."""


@dataclass(frozen=True)
class Partition:
    """One task: a line range of one JSON Lines file, or a group of plain-text files.

    ``id`` is stable for the same files and ranges, so a rerun recognises finished work.
    ``problem`` is a whole-file problem found while planning (empty or binary file).
    """

    id: str
    paths: tuple[str, ...]
    first_line: int = 1                 # JSON Lines: physical line numbers first_line..last_line
    last_line: int | None = None
    start_byte: int = 0                 # byte offset of first_line, so the task seeks instead of scanning
    problem: str | None = None

    @property
    def is_jsonl(self) -> bool:
        return len(self.paths) == 1 and self.paths[0].lower().endswith(".jsonl")

    def describe(self) -> str:
        if self.is_jsonl:
            return f"{self.paths[0]}:{self.first_line}-{self.last_line}"
        return self.paths[0] if len(self.paths) == 1 else f"{self.paths[0]} and {len(self.paths) - 1} more"


@dataclass
class PartitionSummary:
    """What one partition did (also the content of its ``_done`` marker)."""

    partition: str
    articles: int = 0
    events: int = 0
    errors: int = 0
    seconds: float = 0.0
    skipped: bool = False               # already complete from an earlier run


@dataclass
class BatchSummary:
    """Counts for the whole run, printed by ``foedus batch``."""

    out: str
    partitions: int = 0
    skipped: int = 0
    articles: int = 0         # in the whole output, finished partitions of earlier runs included
    events: int = 0
    coded: int = 0            # articles coded by this run
    errors: int = 0
    failed: list[dict] = field(default_factory=list)   # partitions that failed every attempt (E707)
    seconds: float = 0.0
    dashboard: str | None = None
    left_out: LeftOut = field(default_factory=lambda: _left_out())   # what the folders hold that is not an article (W104)

    def format(self) -> str:
        rate = self.coded / self.seconds if self.seconds else 0.0
        text = (f"Coded {self.coded} article(s) in {self.seconds:.1f} s ({rate:.1f} articles/s); "
                f"{self.partitions} partition(s), {self.skipped} of them complete from an earlier run. "
                f"Output: {self.out} with {self.articles} article(s) and {self.events} event(s); "
                f"{self.errors} record(s) with problems in {Path(self.out) / ERRORS_FILE}.")
        if self.failed:
            text += f"\n{len(self.failed)} partition(s) failed; rerun the same command to retry them."
        return text


def _left_out() -> LeftOut:
    from .ingest.readers import LeftOut

    return LeftOut()


# ---- planning ------------------------------------------------------------------------------------
def expand_inputs(patterns: Iterable[str], left_out: LeftOut | None = None) -> list[Path | InputProblem]:
    """The files of every pattern, in order: a quoted glob's matches (sorted; ``**`` recurses), each as
    ``ingest.readers.expand_paths`` reads a path (the one meaning shared with `foedus code` and
    `foedus ingest`): a file stands for itself, a folder for its article files, recursively, in name
    order, hidden ones left out. A subfolder that cannot be read comes back as its problem, for
    ``errors.jsonl``. Raises E702 for a pattern that matches nothing, E457 for an empty folder.
    ``left_out`` counts and names what the folders hold that is not an article (W104)."""
    from .ingest.readers import expand_paths
    from .ingest.records import InputProblem

    found: list[Path | InputProblem] = []
    for pattern in patterns:
        pattern = os.path.expanduser(str(pattern))
        if _GLOB_CHARS.search(pattern):
            named = [Path(p) for p in sorted(glob.glob(pattern, recursive=True))]
        else:
            named = [Path(pattern)] if os.path.exists(pattern) else []
        items = list(expand_paths(named, left_out))
        if not any(isinstance(item, Path) for item in items):
            if len(named) == 1 and named[0].is_dir() and len(items) == 1 and isinstance(items[0], InputProblem):
                raise InputError(items[0].message)       # an empty folder (E457): the same words as code and ingest
            raise InputError(Errors.E702.format(pattern=pattern))
        found.extend(items)
    return found


def _partition_id(stem: str, index: int, key: str) -> str:
    digest = hashlib.sha1(key.encode("utf-8", "replace")).hexdigest()[:8]
    return f"{_SAFE.sub('_', stem)[:40]}-{index:05d}-{digest}"


def plan_partitions(paths: Iterable[str | Path | InputProblem],
                    records_per_partition: int = RECORDS_PER_PARTITION) -> list[Partition]:
    """Cut the inputs into partitions, reading each JSON Lines file once (line offsets only); a problem
    of ``expand_inputs`` (a folder that cannot be read) becomes a partition of its own that only reports it."""
    from .ingest.records import InputProblem, check_not_binary

    size = positive_int(records_per_partition, "--partition-size")
    parts: list[Partition] = []
    texts: list[str] = []

    def flush_texts() -> None:
        for n in range(0, len(texts), size):
            group = tuple(texts[n:n + size])
            key = "\n".join(str(Path(p).resolve()) for p in group)
            parts.append(Partition(id=_partition_id(Path(group[0]).stem, n // size, key), paths=group))
        texts.clear()

    for item in paths:
        if isinstance(item, InputProblem):
            flush_texts()
            parts.append(Partition(id=_partition_id(Path(item.where).name, 0, f"{item.where}\n{item.message}"),
                                   paths=(item.where,), problem=item.message))
            continue
        path = Path(item)
        if path.suffix.lower() != ".jsonl":
            texts.append(str(path))
            continue
        flush_texts()
        resolved = str(path.resolve())
        problem = None
        try:
            with path.open("rb") as fh:
                check_not_binary(fh.read(8192), str(path))
        except InputError as exc:
            problem = str(exc)
        except FileNotFoundError:
            problem = Errors.E101.format(path=path)
        except OSError as exc:       # the real reason (permission denied...), not "File not found"
            problem = Errors.E452.format(path=path, reason=exc.strerror or exc)
        if problem:
            parts.append(Partition(id=_partition_id(path.stem, 0, resolved), paths=(str(path),), problem=problem))
            continue
        starts, lines, offset, blank = [0], 0, 0, True
        with path.open("rb") as fh:
            for line in fh:
                lines += 1
                offset += len(line)
                blank = blank and not line.strip()
                if lines % size == 0:
                    starts.append(offset)
        if blank:
            parts.append(Partition(id=_partition_id(path.stem, 0, resolved), paths=(str(path),),
                                   problem=Errors.E102.format(path=path)))
            continue
        for index, start in enumerate(starts):
            first = index * size + 1
            if first > lines:
                break
            last = min(lines, first + size - 1)
            parts.append(Partition(id=_partition_id(path.stem, index, f"{resolved}:{first}-{last}"),
                                   paths=(str(path),), first_line=first, last_line=last, start_byte=start))
    flush_texts()
    return parts


# ---- reading one partition ------------------------------------------------------------------------
def partition_inputs(part: Partition, date: str | None = None) -> Iterator[ArticleInput | InputProblem]:
    """The partition's records as ``ArticleInput`` / ``InputProblem``, streamed one line at a time.

    A thin layer over ``foedus.ingest``: plain-text files go through ``ingest.readers.read_inputs``,
    a JSON Lines line range through ``ingest.readers.read_jsonl_lines`` (the one record parser, so
    ids and checks match `foedus code`).
    """
    from .ingest import records
    from .ingest.readers import read_inputs, read_jsonl_lines

    if part.problem:
        yield records.InputProblem(where=part.paths[0], message=part.problem)
        return
    if not part.is_jsonl:
        yield from read_inputs(part.paths, date=date)
        return
    yield from read_jsonl_lines(part.paths[0], part.first_line, part.last_line, part.start_byte, date)


# ---- the per-worker coder ---------------------------------------------------------------------------
class _ProcessCoders:
    """Holder of the coders of a process that is not a Dask worker (``--engine local``)."""


_LOCAL = _ProcessCoders()


def worker_coder(factory: Callable[[], Any] | None = None) -> Any:
    """The ``Coder`` of this Dask worker (or process), created on first use and kept: the model loads once.

    Each Dask worker keeps its own (an attribute of the ``Worker``), so threads of an in-process
    cluster never share one; ``factory`` (default ``pipeline.Coder``) lets tests use a stub.
    """
    holder: Any = _LOCAL
    if sys.modules.get("distributed") is not None:   # a task on a Dask worker has it imported already
        from distributed import get_worker

        try:
            holder = get_worker()
        except ValueError:   # not inside a Dask task
            pass
    coders = getattr(holder, "_foedus_coders", None)
    if coders is None:
        coders = {}
        holder._foedus_coders = coders
    if factory is None:
        from .coder.pipeline import Coder

        factory = Coder
    if factory not in coders:
        coders[factory] = factory()
    return coders[factory]


# ---- coding and writing one partition ------------------------------------------------------------------
def code_partition(part: Partition, out: str, date: str | None = None,
                   coder_factory: Callable[[], Any] | None = None,
                   time_limit: float | None = DEFAULT_SECONDS) -> PartitionSummary:
    """Code one partition and write its Parquet files, errors and ``_done`` marker (the Dask task).

    Idempotent: a finished partition returns at once; an unfinished one (a killed worker, a
    crash) is redone from scratch, replacing any files it had written. An article that fails,
    or runs past ``time_limit`` seconds once parsed (E120), is one line of ``errors.jsonl``.
    """
    from .ingest.dedup import content_hash
    from .ingest.records import ArticleInput, InputProblem
    from .store import ArticleRecord
    from .store.rows import build_tables

    out_dir = Path(out)
    marker = out_dir / DONE_DIR / part.id
    if marker.exists():
        return PartitionSummary(partition=part.id, skipped=True, **_marker_counts(marker))
    started = time.perf_counter()
    _remove_partition_files(out_dir, part.id)
    coder = worker_coder(coder_factory)
    items: list[tuple[ArticleRecord, CodingResult]] = []
    errors: list[dict] = []
    fed: deque[ArticleInput | InputProblem] = deque()      # what went into the coder, in order: code_inputs yields one output per input

    def feed() -> Iterator[ArticleInput | InputProblem]:
        for item in partition_inputs(part, date):
            fed.append(item)
            yield item

    def error(problem: InputProblem) -> None:
        entry = {"where": problem.where, "reason": problem.message, "partition": part.id}
        if problem.id:
            entry["id"] = problem.id
        errors.append(entry)

    for result in budget_code_inputs(coder, feed(), n_process=1, time_limit=time_limit):
        item = fed.popleft()
        if isinstance(result, InputProblem):
            error(result)
            continue
        assert isinstance(item, ArticleInput), "code_inputs answers a problem with itself"
        art = result.article
        try:
            record = ArticleRecord(id=art.id, content_hash=content_hash(item.text), title=art.title, date=art.date,
                                   source=art.source, url=art.url, origin=item.origin, text=item.text)
        except Exception as exc:  # one record never costs its partition (a retry would fail the same way)
            where = item.origin or art.id
            error(InputProblem(where=where, id=art.id, message=Errors.E123.format(
                where=where, id=art.id, reason=f"it could not be hashed: {exc!r}")))
            continue
        items.append((record, result))
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    try:
        tables = build_tables(items, 0, now)
    except Exception:   # one article's rows cannot be built: find it, list it, keep the others
        kept = []
        for record, result in items:
            try:
                build_tables([(record, result)], 0, now)
                kept.append((record, result))
            except Exception as exc:
                where = record.origin or record.id
                error(InputProblem(where=where, id=record.id, message=Errors.E123.format(
                    where=where, id=record.id, reason=f"its rows could not be built: {exc!r}")))
        items = kept
        tables = build_tables(items, 0, now)
    n_events = tables["events"].num_rows
    try:
        _write_tables(out_dir, part.id, tables)
        _write_atomic(out_dir / ERRORS_DIR / f"{part.id}.jsonl",
                      "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors))
        summary = PartitionSummary(partition=part.id, articles=len(items), events=n_events, errors=len(errors),
                                   seconds=round(time.perf_counter() - started, 3))
        _write_atomic(marker, json.dumps({**asdict(summary), "paths": list(part.paths),
                                          "lines": [part.first_line, part.last_line] if part.is_jsonl else None}))
    except OSError as exc:
        raise BatchError(Errors.E704.format(path=out_dir, reason=exc.strerror or exc)) from None
    return summary


def _marker_counts(marker: Path) -> dict[str, int]:
    try:
        info = json.loads(marker.read_text(encoding="utf-8"))
        return {k: int(info.get(k, 0)) for k in ("articles", "events", "errors")}
    except (OSError, ValueError):
        return {}


def _remove_partition_files(out_dir: Path, part_id: str) -> None:
    for table in TABLES:
        for stale in (out_dir / table).glob(f"month=*/part-{part_id}.parquet"):
            stale.unlink(missing_ok=True)


def _write_atomic(path: Path, text: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.{os.getpid()}.tmp"
    if isinstance(text, str):
        tmp.write_text(text, encoding="utf-8")
    else:
        tmp.write_bytes(text)
    os.replace(tmp, path)


def _months(values: Iterable[dt.date | None]) -> list[str]:
    return [v.strftime("%Y-%m") if v is not None else UNDATED for v in values]


def _write_tables(out_dir: Path, part_id: str, tables: dict) -> None:
    """Each table split by month, one file per month; events by event date, the rest by article date."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    article_month = dict(zip(tables["articles"].column("id").to_pylist(),
                             _months(tables["articles"].column("date").to_pylist())))
    for name in TABLES:
        table = tables[name]
        if name == "events":
            table = table.drop_columns(["seq"])
        if table.num_rows == 0:
            continue
        if name in {"events", "articles"}:
            months = _months(table.column("date").to_pylist())
        else:
            months = [article_month.get(a, UNDATED) for a in table.column("article_id").to_pylist()]
        month_col = pa.array(months)
        for month in sorted(set(months)):
            part = table.filter(pc.equal(month_col, month)) if len(set(months)) > 1 else table
            target = out_dir / name / f"month={month}" / f"part-{part_id}.parquet"
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.parent / f".{target.name}.{os.getpid()}.tmp"
            pq.write_table(part, tmp)
            os.replace(tmp, target)


# ---- running many partitions -----------------------------------------------------------------------
def run_batch(patterns: Iterable[str], out: str | Path, engine: str = "local", workers: int | None = None,
              scheduler: str | None = None, date: str | None = None,
              records_per_partition: int = RECORDS_PER_PARTITION, progress: bool = True,
              coder_factory: Callable[[], Any] | None = None, client: Any = None, window: int | None = None,
              on_dashboard: Callable[[str], None] | None = None,
              time_limit: float | str | None = DEFAULT_SECONDS,
              dashboard_address: str | None = DASHBOARD_ADDRESS) -> BatchSummary:
    """Code every input into ``out`` (see the module docstring); returns the counts.

    ``engine="local"`` runs the partitions one after another in this process; ``"dask"`` starts a
    ``LocalCluster`` of ``workers`` single-threaded processes (default: every core), or connects to
    ``scheduler`` (``tcp://host:8786``), or uses ``client``. At most ``window`` partitions (default
    twice the worker threads) are in flight, so memory stays flat however large the corpus.
    ``time_limit``: seconds an article may take once parsed (0 or None: none); a slower one is
    stopped and listed in ``errors.jsonl`` with E120, and its partition goes on (``foedus.budget``).
    The LocalCluster's scheduler and workers listen on 127.0.0.1 only, and its dashboard on
    ``dashboard_address`` (default ``127.0.0.1:8787``; ``"0.0.0.0:8787"`` shows it to the network,
    ``None`` turns it off). ``summary.left_out`` counts and names what the folders given hold that is
    not an article (left out, W104).
    """
    started = time.perf_counter()
    time_limit = parse_limit(time_limit)
    if engine not in ENGINES:
        raise InputError(Errors.E709.format(value=engine, options=", ".join(ENGINES)))
    if date:
        from .coder.dates import parse_date

        parse_date(date)
    out_dir = Path(out)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / DONE_DIR).mkdir(exist_ok=True)
    except OSError as exc:
        raise BatchError(Errors.E704.format(path=out_dir, reason=exc.strerror or exc)) from None
    left_out = _left_out()
    files = expand_inputs(patterns, left_out)
    if scheduler:   # workers on other machines: absolute paths on the shared disk, not this shell's folder
        out_dir, files = out_dir.resolve(), [f.resolve() if isinstance(f, Path) else f for f in files]
    parts = plan_partitions(files, records_per_partition)
    summary = BatchSummary(out=str(out_dir), partitions=len(parts), left_out=left_out)
    finished = {m.name for m in (out_dir / DONE_DIR).iterdir()}
    todo = [p for p in parts if p.id not in finished]
    for p in parts:
        if p.id in finished:
            summary.skipped += 1
            counts = _marker_counts(out_dir / DONE_DIR / p.id)
            summary.articles += counts.get("articles", 0)
            summary.events += counts.get("events", 0)
    bar = _bar(len(parts), summary.skipped, progress)
    try:
        if engine == "dask" or scheduler is not None or client is not None:
            _run_dask(todo, out_dir, summary, bar, workers, scheduler, date, coder_factory, client, window,
                      on_dashboard, time_limit, dashboard_address)
        else:
            for part in todo:
                _add(summary, code_partition(part, str(out_dir), date, coder_factory, time_limit), bar)
    finally:
        if bar is not None:
            bar.close()
        summary.errors = merge_errors(out_dir, summary.failed, order=[p.id for p in parts])
    summary.seconds = time.perf_counter() - started
    return summary


def _add(summary: BatchSummary, done: PartitionSummary, bar: Any) -> None:
    summary.articles += done.articles
    summary.coded += 0 if done.skipped else done.articles
    summary.events += done.events
    if bar is not None:
        bar.update(1)
        bar.set_postfix(articles=summary.articles, refresh=False)


def _bar(total: int, already: int, enabled: bool) -> Any:
    if not enabled:
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm comes with spaCy
        return None
    return tqdm(total=total, initial=already, unit="partition", desc="foedus batch", disable=None)


def _run_dask(todo: list[Partition], out_dir: Path, summary: BatchSummary, bar: Any, workers: int | None,
              scheduler: str | None, date: str | None, coder_factory: Callable[[], Any] | None, client: Any,
              window: int | None, on_dashboard: Callable[[str], None] | None, time_limit: float = DEFAULT_SECONDS,
              dashboard_address: str | None = DASHBOARD_ADDRESS) -> None:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as exc:
        raise BatchError(Errors.E701.format(reason=f"import failed: {exc.msg if hasattr(exc, 'msg') else exc}")) from None
    cluster = own_client = None
    try:
        if client is None:
            if scheduler:
                try:
                    client = own_client = Client(scheduler, timeout="10s")
                except (OSError, TimeoutError) as exc:
                    raise BatchError(Errors.E703.format(address=scheduler, reason=str(exc).splitlines()[0])) from None
            else:
                # every core; not pipeline.default_processes, which would load spaCy in this client process
                n = positive_int(workers, "--workers") if workers is not None else max(1, os.cpu_count() or 1)
                # Worker logs stay quiet: failures are reported in errors.jsonl (E707), not as tracebacks.
                # Loopback only, unless the user asks: LocalCluster's default dashboard ":8787" listens on
                # every interface (0.0.0.0) while the link it prints says 127.0.0.1.
                cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, silence_logs=logging.CRITICAL,
                                       host=LOOPBACK, dashboard_address=dashboard_address or None)
                client = own_client = Client(cluster)
        summary.dashboard = client.dashboard_link
        if on_dashboard and summary.dashboard:
            on_dashboard(summary.dashboard)
        threads = max(1, sum(client.nthreads().values()))
        limit = window or 2 * threads
        pending = iter(todo)
        by_key: dict[str, Partition] = {}
        run = os.urandom(4).hex()     # task keys unique per run, even for two runs sharing a scheduler

        def submit(part: Partition) -> Any:
            future = client.submit(code_partition, part, str(out_dir), date, coder_factory, time_limit,
                                   key=f"foedus-batch-{part.id}-{run}", pure=False, retries=2)
            by_key[future.key] = part
            return future

        queue = as_completed([submit(p) for _, p in zip(range(limit), pending)])
        for future in queue:
            part = by_key.pop(future.key)
            try:
                _add(summary, future.result(), bar)
            except FoedusError:
                raise
            except Exception as exc:  # a worker died three times, or a task raised: leave the partition undone
                summary.failed.append({"where": part.describe(), "partition": part.id, "reason": Errors.E707.format(
                    partition=part.id, paths=part.describe(), attempts=3, reason=_short(exc))})
                if bar is not None:
                    bar.update(1)
            finally:
                future.release()
            nxt = next(pending, None)
            if nxt is not None:
                queue.add(submit(nxt))
    finally:
        if own_client is not None:
            own_client.close()
        if cluster is not None:
            cluster.close()


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def merge_errors(out_dir: Path, extra: list[dict] | None = None, order: list[str] | None = None) -> int:
    """Rewrite ``errors.jsonl`` from every finished partition's errors (plus ``extra``); returns the count.

    Rebuilt from the per-partition files each time, so a rerun never repeats a line. Partitions
    come in ``order`` (the input order), then any others from earlier runs, by id.
    """
    lines: list[str] = []
    folder = out_dir / ERRORS_DIR
    if folder.is_dir():
        rank = {pid: n for n, pid in enumerate(order or [])}
        files = sorted(folder.glob("*.jsonl"), key=lambda f: (rank.get(f.stem, len(rank)), f.stem))
        for path in files:
            if (out_dir / DONE_DIR / path.stem).exists():
                lines.extend(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    lines.extend(json.dumps(e, ensure_ascii=False) for e in extra or [])
    try:
        _write_atomic(out_dir / ERRORS_FILE, "".join(line + "\n" for line in lines))
    except OSError as exc:
        raise BatchError(Errors.E704.format(path=out_dir, reason=exc.strerror or exc)) from None
    return len(lines)


# ---- loading into the store -----------------------------------------------------------------------------
def finished_partitions(out: str | Path) -> list[str]:
    """Ids of the complete partitions in a batch output folder (E705 when there are none)."""
    folder = Path(out) / DONE_DIR
    ids = sorted(p.name for p in folder.iterdir() if not p.name.startswith(".")) if folder.is_dir() else []
    if not ids:
        raise InputError(Errors.E705.format(path=out))
    return ids


def read_partition(out: str | Path, part_id: str) -> dict[str, Any]:
    """The tables of one finished partition as Arrow tables (the store's columns; ``events`` without
    ``seq``), each the concatenation of its month files; a table without rows is empty."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .store.rows import TABLE_COLUMNS

    tables: dict[str, Any] = {}
    for table in TABLES:
        schema = pa.schema(TABLE_COLUMNS[table])
        if table == "events":
            schema = schema.remove(schema.get_field_index("seq"))
        parts = []
        for path in sorted((Path(out) / table).glob(f"month=*/part-{part_id}.parquet")):
            try:
                parts.append(pq.read_table(path, partitioning=None).select(schema.names).cast(schema))
            except Exception as exc:  # a truncated or foreign file
                raise BatchError(Errors.E708.format(path=path, reason=_short(exc))) from None
        tables[table] = pa.concat_tables(parts) if parts else schema.empty_table()
    return tables


@dataclass
class LoadSummary:
    partitions: int = 0
    articles_read: int = 0
    articles_written: int = 0

    def format(self, db: str) -> str:
        return (f"Loaded {self.partitions} partition(s): {self.articles_written} new article(s) of "
                f"{self.articles_read} written to {db} (the rest were stored already).")


def load_batch(out: str | Path, db: str | Path, progress: bool = True) -> LoadSummary:
    """Bring a batch output folder into the store, one partition per transaction (``Store.write_tables``:
    its Parquet tables go in as they are, no Python objects rebuilt on the way).

    Articles already stored (same content hash) are skipped, so loading twice adds nothing.
    """
    from .store import Store

    ids = finished_partitions(out)
    summary = LoadSummary()
    bar = _bar(len(ids), 0, progress)
    try:
        with Store(db) as store:
            for part_id in ids:
                tables = read_partition(out, part_id)
                summary.partitions += 1
                summary.articles_read += tables["articles"].num_rows
                summary.articles_written += store.write_tables(tables)
                if bar is not None:
                    bar.update(1)
    finally:
        if bar is not None:
            bar.close()
    return summary


__all__ = ["Partition", "PartitionSummary", "BatchSummary", "LoadSummary", "BatchError", "RECORDS_PER_PARTITION",
           "expand_inputs", "plan_partitions", "partition_inputs", "worker_coder", "code_partition", "run_batch",
           "merge_errors", "finished_partitions", "read_partition", "load_batch"]
