"""``Store``: the embedded DuckDB event database (one file, nothing to start).

Writes are transactional per batch (one BEGIN/COMMIT around Arrow bulk appends), so a killed
process leaves every committed article whole and nothing of an unfinished batch. Queries are
parameterised; only column names from this package are ever put into SQL text.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
from pathlib import Path
from typing import Any, Iterator, Sequence

import duckdb
import pyarrow as pa

from ..errors import Errors, InputError, StoreError
from ..schema import CodingResult
from . import migrations
from .optional import require_pandas
from .records import ArticleRecord, EventFilter, parse_date
from .rows import TABLE_COLUMNS, build_tables, insert_sql

PERIODS = ("day", "week", "month")
CHECKPOINT_THRESHOLD = "256MB"
_MAX_FILLED_PERIODS = 20_000


BULK = (0.01, 0.99)      # the share of dated events a chart shows by default: 1st to 99th percentile
STRETCH = 0.2            # clip when the tails outside the bulk are longer than this share of the bulk

class Store:
    """The event database at ``path``; use as a context manager.

    ``read_only=False`` creates the file if needed and migrates its schema to the latest version;
    ``read_only=True`` never writes (and refuses a database that would need migrating).
    """

    def __init__(self, path: str | Path = "foedus.duckdb", read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise StoreError(Errors.E410.format(path=self.path))
        if not read_only and not self.path.parent.exists():
            raise StoreError(Errors.E401.format(path=self.path,
                                                reason=f"the folder {self.path.parent} does not exist"))
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.IOException as exc:
            text = str(exc)
            if "lock" in text.lower():
                raise StoreError(Errors.E402.format(path=self.path, reason=_first_line(text))) from None
            raise StoreError(Errors.E401.format(path=self.path, reason=_first_line(text))) from None
        except duckdb.Error as exc:
            raise StoreError(Errors.E401.format(path=self.path, reason=_first_line(str(exc)))) from None
        try:
            if not read_only:
                # Checkpoint (compress the WAL into the file) every 256 MB instead of 16 MB: each
                # checkpoint rewrites partly filled row groups, and frequent ones made bulk writes
                # markedly slower (docs/benchmarks.md, "Store").
                self.con.execute(f"SET checkpoint_threshold = '{CHECKPOINT_THRESHOLD}'")
            self._open_schema()
        except BaseException:
            self.con.close()
            raise

    def _open_schema(self) -> None:
        try:
            version = migrations.current_version(self.con)
        except duckdb.Error as exc:
            raise StoreError(Errors.E401.format(path=self.path, reason=_first_line(str(exc)))) from None
        if version > migrations.LATEST:
            raise StoreError(Errors.E403.format(path=self.path, found=version, supported=migrations.LATEST))
        if version < migrations.LATEST:
            if self.read_only:
                raise StoreError(Errors.E404.format(path=self.path, found=version, supported=migrations.LATEST))
            try:
                migrations.migrate(self.con)
            except duckdb.Error as exc:
                raise StoreError(Errors.E401.format(
                    path=self.path, reason=f"it is not a foedus database that can be migrated ({_first_line(str(exc))})"
                )) from None
        self.schema_version = migrations.current_version(self.con)
        self._hash_keys: set[int] | None = None      # loaded on the first write_batch
        db_columns: dict[str, list[str]] = {}
        for table, column in self.con.execute(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position").fetchall():
            db_columns.setdefault(table, []).append(column)
        self._direct_insert = {t: db_columns.get(t) == [c for c, _ in cols] for t, cols in TABLE_COLUMNS.items()}
        self._id_keys: set[int] = set()
        self._next_seq = self.con.execute("SELECT coalesce(max(seq), 0) + 1 FROM events").fetchall()[0][0]

    # -- lifecycle -------------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------------
    def known_hashes(self) -> set[str]:
        """Content hashes of every stored article, so ingest can skip texts it has already stored."""
        return {h for (h,) in self.con.execute("SELECT content_hash FROM articles").fetchall()}

    def write_batch(self, items: Sequence[tuple[ArticleRecord, CodingResult]]) -> int:
        """Store a batch of coded articles in ONE transaction; returns how many articles were written.

        Articles whose content hash is already stored (or repeated in the batch) are skipped, so a
        rerun after a crash adds only what is missing. An article id already used by a different
        text raises E408 before anything is written.
        """
        if self.read_only:
            raise StoreError(Errors.E401.format(path=self.path, reason="it was opened read-only"))
        items = list(items)
        if not items:
            return 0
        keep = self._unstored([(rec.id, rec.content_hash) for rec, _ in items])
        fresh = [items[i] for i in keep]
        if not fresh:
            return 0
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        gc_was_on = gc.isenabled()
        gc.disable()        # building millions of short-lived tuples: cyclic GC passes only cost time here
        try:
            tables = build_tables(fresh, self._next_seq, now)
        finally:
            if gc_was_on:
                gc.enable()
        self._insert(tables, [(rec.id, rec.content_hash) for rec, _ in fresh])
        return len(fresh)

    def write_tables(self, tables: dict[str, pa.Table]) -> int:
        """Store the rows of coded articles that are already tables (``store.rows.build_tables``'s columns,
        as `foedus batch` writes them to Parquet; ``events`` without ``seq``) in ONE transaction; returns
        how many articles were written. The same rules as ``write_batch``: an article whose text is stored
        (or repeated) is skipped with all its rows, E408 for an id reused for another text; events get new
        ``seq`` numbers and every article this write's ``ingested_at``. Rows are stored in the order
        ``write_batch`` would store them: article by article, each one's rows by number.
        """
        if self.read_only:
            raise StoreError(Errors.E401.format(path=self.path, reason="it was opened read-only"))
        articles = tables["articles"]
        pairs = list(zip(articles.column("id").to_pylist(), articles.column("content_hash").to_pylist()))
        keep = self._unstored(pairs)
        if not keep:
            return 0
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        rank = {pairs[i][0]: n for n, i in enumerate(keep)}
        ready = {"articles": articles.take(keep).set_column(
            articles.schema.get_field_index("ingested_at"), "ingested_at", pa.array([now] * len(keep), pa.timestamp("us")))}
        for name in TABLE_COLUMNS:
            if name == "articles":
                continue
            table = tables[name]
            owners = table.column("article_id").to_pylist()
            number = ([_event_number(e) for e in table.column("id").to_pylist()] if name == "events"
                      else table.column("n").to_pylist())
            order = sorted((i for i, a in enumerate(owners) if a in rank), key=lambda i: (rank[owners[i]], number[i]))
            table = table.take(order)
            if name == "events":
                seq = pa.array(range(self._next_seq, self._next_seq + table.num_rows), pa.int64())
                table = table.drop_columns([c for c in ("seq",) if c in table.column_names]).add_column(0, "seq", seq)
            ready[name] = table
        schemas = {name: pa.schema(cols) for name, cols in TABLE_COLUMNS.items()}
        ready = {name: ready[name].select(schemas[name].names).cast(schemas[name]) for name in TABLE_COLUMNS}
        self._insert(ready, [pairs[i] for i in keep])
        return len(keep)

    def _insert(self, tables: dict[str, pa.Table], stored: list[tuple[str, str]]) -> None:
        """Append ``tables`` in one transaction (rolled back whole on failure); ``stored``: the (id, hash) written."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            for name, table in tables.items():
                if table.num_rows == 0:
                    continue
                if self._direct_insert[name]:
                    self.con.from_arrow(table).insert_into(name)   # columns in table order: no SQL to plan
                    continue
                view = f"_batch_{name}"
                self.con.register(view, table)
                try:
                    self.con.execute(insert_sql(name, view, TABLE_COLUMNS[name]))
                finally:
                    self.con.unregister(view)
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            try:
                self.con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise StoreError(Errors.E409.format(count=len(stored), path=self.path,
                                                reason=_first_line(str(exc)))) from None
        except BaseException:
            try:
                self.con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise
        self._next_seq += tables["events"].num_rows
        assert self._hash_keys is not None, "loaded by _unstored"
        for article_id, content_hash in stored:
            self._hash_keys.add(hash(content_hash))
            self._id_keys.add(hash(article_id))

    def _unstored(self, items: list[tuple[str, str]]) -> list[int]:
        """Positions of the ``(id, content_hash)`` items whose text is not stored yet (first copy only);
        E408 on an id reused for another text.

        Stored hashes and ids are kept in memory as 64-bit Python hashes (loaded once), so a batch
        costs no table scan; only a possible match is confirmed against the database.
        """
        if self._hash_keys is None:
            self._hash_keys, self._id_keys = set(), set()
            cur = self.con.execute("SELECT content_hash, id FROM articles")
            while rows := cur.fetchmany(100_000):
                self._hash_keys.update(hash(h) for h, _ in rows)
                self._id_keys.update(hash(i) for _, i in rows)
        maybe = [(i, h) for i, h in items if hash(h) in self._hash_keys or hash(i) in self._id_keys]
        hash_of_id: dict[str, str] = {}
        if maybe:
            stored = self.con.execute(
                "SELECT id, content_hash FROM articles WHERE content_hash IN (SELECT unnest(?::VARCHAR[])) "
                "OR id IN (SELECT unnest(?::VARCHAR[]))",
                [[h for _, h in maybe], [i for i, _ in maybe]]).fetchall()
            hash_of_id = dict(stored)
        seen_hashes = set(hash_of_id.values())
        fresh: list[int] = []
        for n, (article_id, content_hash) in enumerate(items):
            if content_hash in seen_hashes:
                continue
            if article_id in hash_of_id:
                raise StoreError(Errors.E408.format(id=article_id, stored=hash_of_id[article_id], new=content_hash))
            seen_hashes.add(content_hash)
            hash_of_id[article_id] = content_hash
            fresh.append(n)
        return fresh

    # -- reading ---------------------------------------------------------------------------------
    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, list(params))
        desc = cur.description
        names = [d[0] for d in desc]
        json_cols = {i for i, d in enumerate(desc) if str(d[1]) == "JSON"}
        out = []
        for row in cur.fetchall():
            item = {}
            for i, (name, value) in enumerate(zip(names, row)):
                if i in json_cols and value is not None:
                    value = json.loads(value)
                elif isinstance(value, (dt.date, dt.datetime)):
                    value = value.isoformat()
                item[name] = value
            out.append(item)
        return out

    def events(self, flt: EventFilter | None = None, limit: int | None = 100, offset: int = 0,
               after: Sequence[Any] | None = None) -> list[dict]:
        """Events matching ``flt``, newest first (undated last), as flat dicts (one key per column).

        Two ways to page: ``offset`` (rows to skip), or ``after`` = the sort key ``(date, seq)`` of the
        last row of the previous page (``date`` an ISO date or None for undated), as given by
        ``events_page``; ``after`` (keyset paging) costs the same on every page, ``offset`` grows with it.
        """
        return self._event_rows(flt, limit, offset, after, keep_seq=False)

    def events_page(self, flt: EventFilter | None = None, limit: int = 100,
                    after: Sequence[Any] | None = None) -> tuple[list[dict], tuple[str | None, int] | None]:
        """One page of ``events`` after the key ``after``, and the key to pass for the next page.

        The key is ``(date ISO or None, seq)`` of the page's last row, None on the last page.
        """
        limit = _nonneg(limit, "limit")
        rows = self._event_rows(flt, limit + 1, 0, after, keep_seq=True)
        more = len(rows) > limit
        rows = rows[:limit]
        key = (rows[-1]["date"], rows[-1]["seq"]) if more and rows else None
        for row in rows:
            del row["seq"]
        return rows, key

    def _event_rows(self, flt: EventFilter | None, limit: int | None, offset: int,
                    after: Sequence[Any] | None, keep_seq: bool) -> list[dict]:
        where, params = (flt or EventFilter()).where()
        if after is not None:
            seek, seek_params = _after(after)
            where, params = f"({where}) AND {seek}", params + seek_params
        columns = "*" if keep_seq else "* EXCLUDE (seq)"
        order = "ORDER BY date DESC NULLS LAST, seq DESC"
        if limit is None:
            return self._dicts(f"SELECT {columns} FROM events WHERE {where} {order}", params)
        # Late materialisation: pick the page's seqs from (date, seq) alone (a top-N over two narrow
        # columns), then read the wide rows of those seqs only. The single query carried every column
        # of every matching row through the top-N and was several times slower at 1M events.
        limit, offset = _nonneg(limit, "limit"), _nonneg(offset, "offset")
        seqs = [seq for (seq,) in self.con.execute(
            f"SELECT seq FROM events WHERE {where} {order} LIMIT ? OFFSET ?", params + [limit, offset]).fetchall()]
        if not seqs:
            return []
        return self._dicts(f"SELECT {columns} FROM events WHERE seq IN (SELECT unnest(?::BIGINT[])) {order}",
                           [seqs])

    def to_dataframe(self, flt: EventFilter | None = None, limit: int | None = None) -> Any:
        """The events matching ``flt`` as a pandas DataFrame (every modality unless ``flt.modality`` is set),
        newest first like ``events``: one column per events-table column, ``cameo``/``root`` as text,
        ``date`` as datetime, ``flags`` as lists. Needs pandas (not a core dependency): E640 without it.
        """
        require_pandas("Store.to_dataframe")
        where, params = (flt or EventFilter()).where()
        sql = f"SELECT * EXCLUDE (seq) FROM events WHERE {where} ORDER BY date DESC NULLS LAST, seq DESC"
        if limit is not None:
            sql += f" LIMIT {_nonneg(limit, 'limit')}"
        frame = self.con.execute(sql, params).df()
        if "flags" in frame:
            frame["flags"] = frame["flags"].map(lambda v: json.loads(v) if isinstance(v, str) else [])
        return frame

    def count_events(self, flt: EventFilter | None = None) -> int:
        """How many events ``events(flt)`` lists: every modality unless ``flt.modality`` is set (the size of
        a listing; aggregate counts use ``EventFilter.counted``)."""
        where, params = (flt or EventFilter()).where()
        return self.con.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchall()[0][0]

    def event(self, event_id: str) -> dict | None:
        """One event by id, with its article's title, url, source and date (``article_*`` keys)."""
        rows = self._dicts(
            "SELECT e.* EXCLUDE (seq), a.title AS article_title, a.url AS article_url, "
            "a.source AS article_source, a.date AS article_date "
            "FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = ?", [event_id])
        return rows[0] if rows else None

    def article(self, article_id: str) -> dict | None:
        """One article with its text and everything coded from it (events, quotes, actors, ...)."""
        rows = self._dicts("SELECT * FROM articles WHERE id = ?", [article_id])
        if not rows:
            return None
        art = rows[0]
        art["events"] = self._dicts("SELECT * EXCLUDE (seq) FROM events WHERE article_id = ? ORDER BY seq",
                                    [article_id])
        for table in ("quotes", "actors", "commitments", "policies"):
            art[table] = self._dicts(f"SELECT * EXCLUDE (article_id) FROM {table} WHERE article_id = ? ORDER BY n",
                                     [article_id])
        return art

    def dyad_series(self, a: str, b: str, by: str = "week", since: str | dt.date | None = None,
                    until: str | dt.date | None = None, both_directions: bool = False,
                    flt: EventFilter | None = None) -> list[dict]:
        """Events of actor ``a`` (code prefix) on ``b`` per period, gaps filled with zeros.

        Each row: ``period`` (ISO date of the day, Monday of the week, or first of the month),
        ``q1``..``q4`` (counts per quad class), ``total`` and ``mean_goldstein`` (None when no event).
        ``both_directions`` also counts ``b`` acting on ``a``. Undated events are left out, and so are
        events that did not happen (negated, intended, ...) unless ``flt.modality`` asks for them.
        """
        if by not in PERIODS:
            raise InputError(Errors.E407.format(value=by))
        base = self._period_filter(flt, since, until)
        forward = EventFilter(**{**base.__dict__, "source": a, "target": b})
        where, params = forward.where()
        if both_directions:
            backward = EventFilter(**{**base.__dict__, "source": b, "target": a})
            where2, params2 = backward.where()
            where, params = f"(({where}) OR ({where2}))", params + params2
        rows = self.con.execute(f"""
            SELECT CAST(date_trunc('{by}', date) AS DATE) AS period,
                   count(*) FILTER (WHERE quad_class = 1) AS q1,
                   count(*) FILTER (WHERE quad_class = 2) AS q2,
                   count(*) FILTER (WHERE quad_class = 3) AS q3,
                   count(*) FILTER (WHERE quad_class = 4) AS q4,
                   count(*) AS total,
                   avg(goldstein) AS mean_goldstein
            FROM events WHERE {where} AND date IS NOT NULL
            GROUP BY period ORDER BY period""", params).fetchall()
        found = {r[0]: r for r in rows}
        since_day, until_day = parse_date(since, "since"), parse_date(until, "until")
        start = _truncate(since_day, by) if since_day else (rows[0][0] if rows else None)
        end = _truncate(until_day, by) if until_day else (rows[-1][0] if rows else None)
        periods = _periods(start, end, by) if start and end else []
        if len(periods) > _MAX_FILLED_PERIODS or not periods:
            periods = sorted(found)
        out = []
        for p in periods:
            r = found.get(p)
            if r is None:
                out.append({"period": p.isoformat(), "q1": 0, "q2": 0, "q3": 0, "q4": 0, "total": 0,
                            "mean_goldstein": None})
            else:
                out.append({"period": p.isoformat(), "q1": r[1], "q2": r[2], "q3": r[3], "q4": r[4],
                            "total": r[5], "mean_goldstein": round(r[6], 3) if r[6] is not None else None})
        return out

    def top_actors(self, n: int = 20, since: str | dt.date | None = None, until: str | dt.date | None = None,
                   flt: EventFilter | None = None) -> list[dict]:
        """The ``n`` actor codes in most events (as source or target): code, name, events, as_source, as_target.

        Like every count, events that happened only unless ``flt.modality`` says otherwise."""
        where, params = self._period_filter(flt, since, until).where()
        return self._dicts(f"""
            WITH sel AS (SELECT source_code, source_name, target_code, target_name FROM events WHERE {where}),
            sides AS (
                SELECT source_code AS code, source_name AS name, 1 AS is_source FROM sel WHERE source_code IS NOT NULL
                UNION ALL
                SELECT target_code, target_name, 0 FROM sel WHERE target_code IS NOT NULL)
            SELECT code, mode(name) AS name, count(*) AS events,
                   CAST(sum(is_source) AS BIGINT) AS as_source, CAST(count(*) - sum(is_source) AS BIGINT) AS as_target
            FROM sides GROUP BY code ORDER BY events DESC, code LIMIT ?""", params + [_nonneg(n, "n")])

    def top_dyads(self, n: int = 20, since: str | dt.date | None = None, until: str | dt.date | None = None,
                  flt: EventFilter | None = None) -> list[dict]:
        """The ``n`` (source, target) pairs with most events: counts, mean Goldstein, conflict share
        (events that happened only unless ``flt.modality`` says otherwise)."""
        where, params = self._period_filter(flt, since, until).where()
        return self._dicts(f"""
            SELECT source_code AS source, target_code AS target, count(*) AS events,
                   round(avg(goldstein), 3) AS mean_goldstein,
                   round(avg(CASE WHEN quad_class >= 3 THEN 1.0 ELSE 0.0 END), 3) AS conflict_share
            FROM events WHERE {where} AND source_code IS NOT NULL AND target_code IS NOT NULL
            GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?""", params + [_nonneg(n, "n")])

    def network(self, since: str | dt.date | None = None, until: str | dt.date | None = None, min_weight: int = 1,
                flt: EventFilter | None = None) -> dict:
        """Who acts on whom: directed edges weighted by event count (edges below ``min_weight`` dropped).

        Nodes: ``id`` (actor code), ``name``, ``events`` (sum of the weights of its edges).
        Edges: ``source``, ``target``, ``weight``, ``mean_goldstein``, ``conflict_share`` (quad class 3-4).
        Asserted events only unless ``flt.modality`` says otherwise.
        """
        where, params = self._period_filter(flt, since, until).where()
        edges = self._dicts(f"""
            SELECT source_code AS source, target_code AS target, count(*) AS weight,
                   round(avg(goldstein), 3) AS mean_goldstein,
                   round(avg(CASE WHEN quad_class >= 3 THEN 1.0 ELSE 0.0 END), 3) AS conflict_share
            FROM events WHERE {where} AND source_code IS NOT NULL AND target_code IS NOT NULL
            GROUP BY ALL HAVING count(*) >= ? ORDER BY weight DESC, source, target""",
            params + [_nonneg(min_weight, "min_weight")])
        names = dict(self.con.execute(f"""
            WITH sel AS (SELECT source_code, source_name, target_code, target_name FROM events WHERE {where})
            SELECT code, mode(name) FROM (
                SELECT source_code AS code, source_name AS name FROM sel
                UNION ALL SELECT target_code, target_name FROM sel) WHERE code IS NOT NULL GROUP BY code""",
            params).fetchall())
        weight: dict[str, int] = {}
        for e in edges:
            for code in (e["source"], e["target"]):
                weight[code] = weight.get(code, 0) + e["weight"]
        nodes = [{"id": c, "name": names.get(c), "events": w}
                 for c, w in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))]
        return {"nodes": nodes, "edges": edges}

    def story_signatures(self, days: int = 30, limit: int = 100_000, since: str | dt.date | None = None,
                         until: str | dt.date | None = None) -> Iterator[tuple[str, str]]:
        """(story_id, text) of the first stored article of each recent story, newest first.

        The first article is the one whose id is the story id (a story is named after its first
        copy), so a story's signature is the one an uninterrupted ingest compared copies with.

        Lets ingest link wire copies that arrive in a later run to the story already stored:
        stories dated within ``days`` of the newest article (undated ones too), at most ``limit``.
        With ``since``/``until`` (ISO dates, inclusive): the stories whose first article is dated in
        that range instead (no undated ones), so ingest can seed the dates it is reading.
        Streams from its own cursor, so a large store is never loaded at once.
        """
        cur = self.con.cursor()
        try:
            if since is not None or until is not None:
                lo = parse_date(since, "since") if since is not None else dt.date.min
                hi = parse_date(until, "until") if until is not None else dt.date.max
                cur.execute("""
                    SELECT story, text FROM (
                        SELECT coalesce(story_id, id) AS story, text, date,
                               row_number() OVER (PARTITION BY coalesce(story_id, id)
                                                  ORDER BY id = coalesce(story_id, id) DESC, ingested_at, id) AS rank
                        FROM articles
                        WHERE coalesce(story_id, id) IN (SELECT coalesce(story_id, id) FROM articles
                                                         WHERE date BETWEEN ? AND ?))
                    WHERE rank = 1 AND date BETWEEN ? AND ?
                    ORDER BY date DESC, story
                    LIMIT ?""", [lo, hi, lo, hi, _nonneg(limit, "limit")])
            else:
                cur.execute("""
                    SELECT story, text FROM (
                        SELECT coalesce(story_id, id) AS story, text, date,
                               row_number() OVER (PARTITION BY coalesce(story_id, id)
                                                  ORDER BY id = coalesce(story_id, id) DESC, ingested_at, id) AS rank
                        FROM articles)
                    WHERE rank = 1
                      AND (date IS NULL OR date >= (SELECT max(date) FROM articles) - CAST(? AS INTEGER))
                    ORDER BY date DESC NULLS LAST, story
                    LIMIT ?""", [_nonneg(days, "days"), _nonneg(limit, "limit")])
            while rows := cur.fetchmany(10_000):
                yield from rows
        finally:
            cur.close()

    def places(self, flt: EventFilter | None = None, limit: int = 500) -> list[dict[str, Any]]:
        """Event counts per place (with coordinates), largest first: the map's dots, aggregated in SQL.
        Counts events that happened unless ``flt`` names modalities (``EventFilter.counted``)."""
        where, params = (flt or EventFilter()).counted().where()
        rows = self.con.execute(f"""
            SELECT place_name, place_country, round(avg(lat), 3) AS lat, round(avg(lon), 3) AS lon, count(*) AS events,
                   round(avg(CASE WHEN quad_class >= 3 THEN 1.0 ELSE 0.0 END), 3) AS conflict_share
            FROM events WHERE {where} AND lat IS NOT NULL AND lon IS NOT NULL
            GROUP BY place_name, place_country ORDER BY events DESC, place_name LIMIT ?""",
            params + [_nonneg(limit, "limit")]).fetchall()
        keys = ("name", "country", "lat", "lon", "events", "conflict_share")
        return [dict(zip(keys, r)) for r in rows]

    def date_span(self, flt: EventFilter | None = None) -> dict[str, Any]:
        """Where the dated events matching ``flt`` lie: first, last, the 1st-99th percentile dates (the
        bulk, ``BULK``), how many fall before/after it, and ``clip``: true when those tails stretch the
        date axis by more than ``STRETCH`` of the bulk's length (a misdated article from 1970 would
        squeeze ten years of events into a sliver). Every modality counts: it places the chart's axis."""
        where, params = (flt or EventFilter()).where()
        lo, hi = BULK
        row = self.con.execute(f"""
            WITH e AS (SELECT date FROM events WHERE {where} AND date IS NOT NULL),
                 q AS (SELECT count(*) AS n, min(date) AS first, max(date) AS last,
                              quantile_disc(date, {lo}) AS lo, quantile_disc(date, {hi}) AS hi FROM e)
            SELECT n, first, last, lo, hi, (SELECT count(*) FROM e WHERE e.date < q.lo),
                   (SELECT count(*) FROM e WHERE e.date > q.hi) FROM q""", params).fetchone() or (0, None, None, None, None, 0, 0)   # one row: an aggregate
        n, first, last, since, until, before, after = row
        clip = False
        if n:
            bulk_days = max((until - since).days, 1)
            clip = ((since - first).days + (last - until).days) > STRETCH * bulk_days
        iso = lambda d: d.isoformat() if d is not None else None  # noqa: E731
        return {"events": n, "first": iso(first), "last": iso(last), "bulk_since": iso(since), "bulk_until": iso(until),
                "before": before, "after": after, "quantiles": list(BULK), "clip": clip}

    def stats(self) -> dict:
        """Counts of articles, events, quotes, actors, commitments, policies, stories, and the date range."""
        counts = {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
                  for t in TABLE_COLUMNS}
        counts["stories"] = self.con.execute("SELECT count(*) FROM stories").fetchall()[0][0]
        first, last = self.con.execute("SELECT min(date), max(date) FROM events").fetchall()[0]
        a_first, a_last = self.con.execute("SELECT min(date), max(date) FROM articles").fetchall()[0]
        iso = lambda d: d.isoformat() if d else None  # noqa: E731
        return {**counts, "first_event_date": iso(first), "last_event_date": iso(last),
                "first_article_date": iso(a_first), "last_article_date": iso(a_last),
                "schema_version": self.schema_version, "path": str(self.path)}

    @staticmethod
    def _period_filter(flt: EventFilter | None, since: str | dt.date | None, until: str | dt.date | None) -> EventFilter:
        """The filter of a count (series, top-N, network): events that happened only unless ``flt`` names
        modalities (``EventFilter.counted``), within ``since``..``until``."""
        base = dict(flt.__dict__) if flt else {}
        if since:
            base["since"] = since
        if until:
            base["until"] = until
        return EventFilter(**base).counted()


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else text


def _after(after: Sequence[Any]) -> tuple[str, list[Any]]:
    """The keyset condition "sorts after ``(date, seq)``" for ORDER BY date DESC NULLS LAST, seq DESC."""
    try:
        day, seq = after
        seq = int(seq)
        day = parse_date(day, "after") if day is not None else None
    except (TypeError, ValueError, InputError):
        raise InputError(Errors.E405.format(field="after", value=after,
                                            expected="(date or None, seq) of the last event of a page")) from None
    if day is None:
        return "(date IS NULL AND seq < ?)", [seq]
    # The row comparison lets DuckDB's top-N filter the scan; "date < ? OR (date = ? AND seq < ?)" was ~2x slower.
    return "((date, seq) < (?, ?) OR date IS NULL)", [day, seq]


def _nonneg(value: Any, name: str) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = -1
    if number < 0:
        raise InputError(Errors.E405.format(field=name, value=value, expected="a whole number >= 0"))
    return number


def _truncate(day: dt.date, by: str) -> dt.date:
    if by == "week":
        return day - dt.timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    return day


def _periods(start: dt.date, end: dt.date, by: str) -> list[dt.date]:
    out: list[dt.date] = []
    day = start
    while day <= end and len(out) <= _MAX_FILLED_PERIODS:
        out.append(day)
        if by == "day":
            day += dt.timedelta(days=1)
        elif by == "week":
            day += dt.timedelta(days=7)
        else:
            day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return out


def _event_number(event_id: str) -> int:
    """The number an event id ends with (``<article>-e12`` -> 12): an article's events in coding order."""
    tail = event_id.rsplit("-e", 1)[-1]
    return int(tail) if tail.isdigit() else 0
