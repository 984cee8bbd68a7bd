"""``ingest``: read, deduplicate, link stories, code on every core, write to the store in batches.

The stages are one stream, so memory does not grow with the corpus::

    files -> readers.iter_inputs -> skip known content hashes -> StoryLinker -> Coder.code_inputs
          (n_process workers) -> batches of (ArticleRecord, CodingResult) -> Store.write_batch

Only this process writes (DuckDB allows one writer); each batch is one transaction, so killing
the process loses at most the batch in flight and a rerun resumes by skipping stored hashes.

Story linking across runs: before reading, the MinHash index (see ``dedup``) is seeded from
``Store.story_signatures()``: the first text of every story stored within ``SEED_DAYS`` days of
the newest stored article; then, as articles are read, with the stored stories dated within
``SEED_DAYS`` of each article's date (a month at a time, once). So a wire copy ingested in a
later run, or in a run resumed after a kill, joins the stored story as it would have in one
uninterrupted run. An article whose exact text is already stored is skipped by its hash.
"""

from __future__ import annotations

import dataclasses
import itertools
import signal
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..budget import DEFAULT_SECONDS, parse_limit
from ..budget import code_inputs as budget_code_inputs
from ..errors import Errors, StoreError
from ..values import iso_day_or_none, positive_int
from .dedup import StoryLinker, content_hash
from .readers import LeftOut, iter_inputs
from .workers import Interrupted, WorkerDied, WorkerGuard

if TYPE_CHECKING:
    from ..schema import CodingResult
    from ..store import ArticleRecord, Store
    from .records import ArticleInput, InputProblem

    Pair = tuple[ArticleRecord, CodingResult]     # one coded article, ready for Store.write_batch


SEED_DAYS = 30      # stories stored within this many days of the newest article seed the linker
SMALL_RUN = 16      # fewer articles than this are coded in one process when --workers is not given


@dataclass
class IngestSummary:
    """What one ``ingest`` run did; ``format()`` is the summary printed at the end."""

    seen: int = 0               # articles read (records of every good file)
    new: int = 0                # articles written to the store
    duplicates: int = 0         # skipped: the same text was already stored or read earlier in this run
    stories_linked: int = 0     # new articles linked to an earlier article's story (wire copies)
    events: int = 0             # events written
    bad: list[tuple[str, str]] = field(default_factory=list)   # (path, reason) of skipped files/records
    seconds: float = 0.0
    left_out: LeftOut = field(default_factory=LeftOut)    # what the folders hold that is not an article (W104)

    @property
    def bad_files(self) -> int:
        return len(self.bad)

    def format(self) -> str:
        rate = self.seen / self.seconds if self.seconds > 0 else 0.0
        lines = [f"Read {self.seen} article(s) in {self.seconds:.1f}s ({rate:.1f}/s): {self.new} new, "
                 f"{self.duplicates} already stored or repeated, {self.stories_linked} linked to an earlier "
                 f"story; {self.events} event(s) stored; {self.bad_files} bad file(s) or record(s) skipped."]
        for where, reason in self.bad[:20]:
            lines.append(f"  skipped {where}: {reason}" if where not in reason else f"  skipped: {reason}")
        if len(self.bad) > 20:
            lines.append(f"  ... and {len(self.bad) - 20} more")
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {**dataclasses.asdict(self), "bad": [{"where": w, "reason": r} for w, r in self.bad]}


def ingest(paths: Iterable[str | Path], db: str | Path = "foedus.duckdb", date: str | None = None,
           workers: int | None = None, batch_size: int = 64, progress: bool = True, coder: Any = None,
           time_limit: float | str | None = DEFAULT_SECONDS) -> IngestSummary:
    """Ingest articles from files and folders into the event database ``db``; returns the counts.

    ``workers`` parsing processes (default: every core, one for fewer than 16 articles); ``batch_size`` articles per transaction;
    ``progress`` draws a progress bar on stderr; ``coder`` reuses an existing ``Coder``; ``time_limit``
    seconds per article once parsed (0 or None: none), a slower article is reported (E120) and skipped.
    ``summary.left_out`` counts and names what the folders hold that is not an article (left out, W104).
    """
    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)   # read twice: pre-count, then ingest
    if date:
        from ..coder.dates import parse_date

        parse_date(date)   # E107: the same check as `foedus code` and `foedus batch` (and every record's date)
    total = None
    if progress:
        from .readers import count_inputs

        total = count_inputs(paths)     # a quick pre-count (no parsing) gives the bar a total and an ETA
    left_out = LeftOut()
    summary = ingest_items(iter_inputs(paths, date=date, left_out=left_out), db, workers=workers,
                           batch_size=batch_size, progress=progress, coder=coder, time_limit=time_limit,
                           total=total)
    summary.left_out = left_out
    return summary


def ingest_items(items: Iterable[ArticleInput | InputProblem], db: str | Path = "foedus.duckdb", workers: int | None = None, batch_size: int = 64,
                 progress: bool = True, coder: Any = None, time_limit: float | str | None = DEFAULT_SECONDS,
                 total: int | None = None) -> IngestSummary:
    """Ingest ``ArticleInput``s (``InputProblem``s are counted as bad) already read, e.g. by
    ``records.read_records`` from a request body: dedup by content hash, story linking, coding,
    one transaction per ``batch_size`` articles, exactly as :func:`ingest` does for files."""
    from ..store import ArticleRecord, Store
    from .records import InputProblem

    time_limit = parse_limit(time_limit)
    if workers is not None:
        workers = positive_int(workers, "--workers")
    batch_size = positive_int(batch_size, "--batch-size")
    summary = IngestSummary()
    started = time.perf_counter()
    bar = _Progress(progress, total)
    with _stopping_cleanly(summary, bar, db) as guard, _closing(Store(db)) as store:
        known = store.known_hashes()
        linker = StoryLinker()
        _seed(linker, store)
        seeder = _DateSeeder(linker, store)
        records: deque = deque()        # per item sent to the coder, in order: its ArticleRecord or None

        def fresh() -> Iterator:
            """Articles not stored yet, with their record queued; problems pass through."""
            for item in items:
                if isinstance(item, InputProblem):
                    records.append(None)    # keeps the queue aligned with the coder's output
                    yield item
                    continue
                summary.seen += 1
                try:
                    digest = content_hash(item.text)
                    if digest in known:
                        summary.duplicates += 1
                        bar.update(summary)
                        continue
                    article_id = item.id or digest[:16]
                    if article_id != item.id:
                        item = dataclasses.replace(item, id=article_id)
                    seeder.around(item.date)        # stored stories dated near this article join the index first
                    story = linker.link(article_id, item.text)
                    record = ArticleRecord(id=article_id, content_hash=digest, story_id=story.story_id,
                                           title=item.title, date=item.date, source=item.source, url=item.url,
                                           origin=item.origin, text=item.text)
                except Exception as exc:  # one record that cannot be hashed or linked never costs the run
                    records.append(None)
                    yield InputProblem(where=item.origin or item.id, id=item.id, message=Errors.E123.format(
                        where=item.origin or item.id, id=item.id, reason=f"it could not be hashed or linked: {exc!r}"))
                    continue
                known.add(digest)
                records.append(record)
                yield item

        if coder is None:
            from ..coder.pipeline import Coder

            coder = Coder()
        stream: Iterator = guard.feed(fresh())
        if workers is None:
            # Every core, unless the whole input is a handful of articles: starting a parsing
            # process costs about a second, more than coding a few articles takes.
            head = list(itertools.islice(stream, SMALL_RUN))
            from ..coder.pipeline import default_processes

            workers = default_processes() if len(head) == SMALL_RUN else 1
            stream = itertools.chain(head, stream)
        batch: list = []
        for out in guard.watch(budget_code_inputs(coder, stream, n_process=workers, time_limit=time_limit)):
            record = records.popleft()      # code_inputs yields in input order, one output per item
            if isinstance(out, InputProblem):
                summary.bad.append((out.where, out.message))
                bar.update(summary)
                continue
            batch.append((record, out))
            if len(batch) >= batch_size:
                _write_or_stop(store, batch, summary, guard)
                batch = []
            bar.update(summary)
        if batch:
            _write_or_stop(store, batch, summary, guard)
    summary.seconds = time.perf_counter() - started
    bar.close(summary)
    return summary


class IngestInterrupted(Interrupted):
    """``ingest`` was stopped by SIGINT or SIGTERM; ``str()`` says what is stored and how to resume."""

    def __init__(self, message: str, signum: int, exit_code: int | None = None):
        super().__init__(signum)
        self.args = (message,)
        self.message = message
        self.exit_code = 128 + int(signum) if exit_code is None else exit_code


@contextmanager
def _stopping_cleanly(summary: IngestSummary, bar: _Progress, db: str | Path) -> Iterator[WorkerGuard]:
    """The run's ``WorkerGuard``; SIGINT/SIGTERM or a dead worker become one ``IngestInterrupted``
    saying what is stored and how to resume (the CLI prints it as one line)."""
    try:
        with WorkerGuard() as guard:
            yield guard
    except KeyboardInterrupt as exc:
        bar.close(summary)
        if isinstance(exc, WorkerDied):
            raise IngestInterrupted(Errors.E464.format(how=exc.how, new=summary.new, db=db), signal.SIGINT,
                                    exit_code=1) from None
        signum = getattr(exc, "signum", signal.SIGINT)
        raise IngestInterrupted(Errors.E461.format(signal=signal.Signals(signum).name, new=summary.new, db=db),
                                signum) from None
    except BaseException:
        bar.close(summary)
        raise


@contextmanager
def _closing(store: Store) -> Iterator[Store]:
    """Close the store; after a failure, quietly, so a second error (a full disk again) cannot hide the first."""
    try:
        yield store
    except BaseException:
        try:
            store.close()
        except Exception:
            pass
        raise
    store.close()


def _write_or_stop(store: Store, batch: list[Pair], summary: IngestSummary, guard: WorkerGuard) -> None:
    """``_write``; a write that fails (a full disk, an I/O error) ends the run with E460.

    SIGINT and SIGTERM wait until the batch is written and counted (``guard.deferred``), so the line
    printed on an interruption says exactly how many articles are stored, and no interruption
    inside DuckDB is mistaken for one bad record."""
    with guard.deferred():
        try:
            _write(store, batch, summary)
        except (StoreError, OSError) as exc:
            reason = str(exc) if isinstance(exc, StoreError) else f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            raise StoreError(Errors.E460.format(reason=reason, new=summary.new, db=store.path)) from None


def _write(store: Store, batch: list[Pair], summary: IngestSummary) -> None:
    """One transaction; an article that cannot be stored costs only that article.

    When the batch fails (an article id reused for another text, E408; a rolled-back write, E409;
    rows that cannot be built), its articles are written one at a time and the ones that fail
    alone are reported. When every article of a batch of several fails alone, the store is at
    fault (a full disk, a lost file), not a record: that error stops the run.
    """
    try:
        written = store.write_batch(batch)
        stored = batch
    except Exception as exc:
        if not _record_fault(exc):
            raise
        written, stored, failed = 0, [], []
        for pair in batch:
            try:
                n = store.write_batch([pair])
            except Exception as one:
                if not _record_fault(one):
                    raise
                failed.append((pair, one))
                continue
            written += n
            if n:
                stored.append(pair)
        if len(batch) > 1 and len(failed) == len(batch) and not any("[E408]" in str(e) for _, e in failed):
            raise failed[0][1] from None
        for (record, _), fault in failed:
            where = record.origin or record.id
            message = str(fault) if isinstance(fault, StoreError) else Errors.E123.format(
                where=where, id=record.id, reason=f"it could not be stored: {fault!r}")
            summary.bad.append((where, message))
    summary.new += written
    summary.stories_linked += sum(1 for rec, _ in stored if rec.story_id and rec.story_id != rec.id)
    summary.events += sum(len(res.events) for _, res in stored)


def _record_fault(exc: BaseException) -> bool:
    """May this write failure be one record's fault? Not when the store cannot be written at all (E401...)."""
    if isinstance(exc, StoreError):
        return "[E408]" in str(exc) or "[E409]" in str(exc)
    return not isinstance(exc, OSError)


def _seed(linker: StoryLinker, store: Store) -> int:
    """Seed the story index with the store's recent stories, so a wire copy arriving in a later
    run joins the story stored by an earlier one. Returns how many stories were loaded."""
    recent = getattr(store, "story_signatures", None)
    if recent is None:
        return 0
    return _add_seeds(linker, recent(days=SEED_DAYS, limit=linker.max_stories))


def _add_seeds(linker: StoryLinker, rows: Iterable[tuple[str, str | None]]) -> int:
    from .dedup import signature

    # The store gives newest first; insert oldest first so the newest are evicted last.
    seeds = [(story_id, signature(text or "")) for story_id, text in rows]
    for story_id, sig in reversed(seeds):
        linker.add_known(story_id, sig)
    return len(seeds)


class _DateSeeder:
    """Seeds the story index with the stored stories dated within ``SEED_DAYS`` of each article read,
    a calendar month at a time, each month once per run.

    The start-up seed covers only the month before the newest stored article, so a run resumed
    after a kill, or a later run of older news, would miss the stored first copy of a story the
    uninterrupted run still held in memory; wire copies are dated within days of each other, so
    the stored stories near the article's own date are the ones it can join.
    """

    def __init__(self, linker: StoryLinker, store: Store):
        self.linker, self.store = linker, store
        self.months: set[tuple[int, int]] = set()
        self.enabled = getattr(store, "story_signatures", None) is not None
        self.loaded = 0

    def around(self, iso: str | None) -> None:
        if not iso or not self.enabled:
            return
        import datetime as dt

        day = iso_day_or_none(str(iso)[:10], whole=True)
        if day is None:
            return
        lo, hi = day - dt.timedelta(days=SEED_DAYS), day + dt.timedelta(days=SEED_DAYS)
        year, month = lo.year, lo.month
        while (year, month) <= (hi.year, hi.month):
            if (year, month) not in self.months:
                self.months.add((year, month))
                self._load(year, month)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)

    def _load(self, year: int, month: int) -> None:
        import calendar
        import datetime as dt

        first = dt.date(year, month, 1)
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        try:
            rows = self.store.story_signatures(since=first, until=last, limit=self.linker.max_stories)
            self.loaded += _add_seeds(self.linker, rows)
        except TypeError:        # a store without date ranges: the start-up seed only
            self.enabled = False


class _Progress:
    """A tqdm bar on stderr (articles read, stored, skipped), or nothing.

    With ``total`` (the pre-count of ``count_inputs``) it shows the share done and an ETA; a pre-count
    that turns out short is raised as the items come, and the bar ends at its true count.
    """

    def __init__(self, enabled: bool, total: int | None = None):
        self.bar = None
        if enabled:
            try:
                from tqdm import tqdm

                self.bar = tqdm(total=total, unit=" articles", file=sys.stderr, dynamic_ncols=True, mininterval=0.5)
            except ImportError:  # tqdm comes with spaCy; without it the summary still prints
                self.bar = None
        self._last = 0

    def update(self, summary: IngestSummary) -> None:
        if self.bar is None:
            return
        done = summary.seen + len(summary.bad)
        if self.bar.total is not None and done > self.bar.total:
            self.bar.total = done
        self.bar.update(done - self._last)
        self._last = done
        self.bar.set_postfix(new=summary.new, dup=summary.duplicates, bad=len(summary.bad), refresh=False)

    def close(self, summary: IngestSummary) -> None:
        if self.bar is not None:
            self.update(summary)
            if self.bar.total is not None:
                self.bar.total = self._last       # the true count: the bar ends full
                self.bar.refresh()
            self.bar.close()


__all__ = ["ingest", "IngestSummary", "IngestInterrupted"]
