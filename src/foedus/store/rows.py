"""Flatten ``(ArticleRecord, CodingResult)`` pairs into Arrow tables, one per database table.

Rows are built as tuples in one pass and transposed into columns, which keeps Python work per
event small enough for the bulk-append path to reach 100,000+ events per second.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from functools import lru_cache
from typing import Any, Iterable

import pyarrow as pa

from ..schema import Actor, CodingResult
from ..values import partial_day
from .records import ArticleRecord

S, I, F, D, T, B = pa.string(), pa.int32(), pa.float64(), pa.date32(), pa.timestamp("us"), pa.bool_()

ARTICLE_COLUMNS = [
    ("id", S), ("content_hash", S), ("story_id", S), ("title", S), ("date", D), ("source", S),
    ("url", S), ("origin", S), ("text", S), ("sentences", S), ("warnings", S), ("n_events", I),
    ("n_quotes", I), ("ingested_at", T),
]
_ACTOR_PARTS = ("code", "country", "sector", "name", "text")
EVENT_COLUMNS = [
    ("seq", pa.int64()), ("id", S), ("article_id", S), ("story_id", S), ("sentence", I), ("evidence", S),
    ("span_start", I), ("span_end", I),
    *[(f"source_{c}", S) for c in _ACTOR_PARTS], *[(f"target_{c}", S) for c in _ACTOR_PARTS],
    ("cameo", S), ("root", S), ("cameo_name", S), ("quad_class", pa.int8()), ("goldstein", F),
    ("plover_type", S), ("plover_mode", S), ("modality", S), ("reported_by_code", S), ("date", D),
    ("date_precision", S), ("place_name", S), ("place_country", S), ("lat", F), ("lon", F),
    ("confidence", F), ("flags", S),
]
QUOTE_COLUMNS = [("article_id", S), ("n", I), ("text", S), *[(f"speaker_{c}", S) for c in _ACTOR_PARTS],
                 ("sentence", I), ("span_start", I), ("span_end", I)]
ACTOR_COLUMNS = [("article_id", S), ("n", I), ("text", S), ("code", S), ("country", S), ("sector", S), ("name", S)]
COMMITMENT_COLUMNS = [
    ("article_id", S), ("n", I), ("kind", S), ("trigger", S), ("obligation", S), ("strength", I),
    ("source_code", S), ("treaty", S), ("agrees_with_registry", B), ("evidence", S), ("parties", S),
    ("source", S), ("conditions", S), ("sentences", S),
]
POLICY_COLUMNS = [("article_id", S), ("n", I), ("actor_code", S), ("policy", S), ("shift", B), ("date", D),
                  ("actor", S), ("signals", S), ("sentences", S)]

# Columns stored as JSON text in Arrow and cast to DuckDB's JSON type on insert.
JSON_COLUMNS = {
    "articles": {"sentences", "warnings"}, "events": {"flags"}, "quotes": set(), "actors": set(),
    "commitments": {"parties", "source", "conditions", "sentences"}, "policies": {"actor", "signals", "sentences"},
}

_NO_ACTOR = (None, None, None, None, None)
_NO_PLACE = (None, None, None, None)


@lru_cache(maxsize=4096)
def to_date(value: str | dt.date | None) -> dt.date | None:
    """ISO date, datetime or partial date ("2024-06" -> June 1, "2024" -> January 1) to a date.

    Partial dates keep their precision in ``date_precision``; anything unreadable is stored as NULL.
    """
    if not value:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        if (len(text) == 7 and text[4] == "-") or (len(text) == 4 and text.isdigit()):
            return partial_day(text)
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def to_timestamp(value: dt.datetime | str | None, default: dt.datetime) -> dt.datetime:
    """Ingest time as naive UTC (aware values are converted; ISO strings accepted)."""
    if value is None or value == "":
        return default
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return default
    if value.tzinfo is not None:
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return value


def _actor(a: Actor | None) -> tuple:
    if a is None:
        return _NO_ACTOR
    return (a.code, a.country, a.sector, a.name, a.text)


_ENCODE = json.JSONEncoder(ensure_ascii=False, default=str).encode   # one encoder: json.dumps(**kw) builds one per call


def _json(value: Any) -> str:
    return _ENCODE(value) if value else "[]" if isinstance(value, list) else _ENCODE(value)


def _table(columns: list[tuple[str, pa.DataType]], rows: list[tuple]) -> pa.Table:
    names = [c for c, _ in columns]
    if not rows:
        return pa.table({c: pa.array([], type=t) for c, t in columns})
    cols = list(zip(*rows))
    return pa.Table.from_arrays([pa.array(col, type=t) for col, (_, t) in zip(cols, columns)], names=names)


def build_tables(items: Iterable[tuple[ArticleRecord, CodingResult]], first_seq: int,
                 now: dt.datetime) -> dict[str, pa.Table]:
    """Arrow tables for every database table; event ``seq`` numbers start at ``first_seq``."""
    articles: list[tuple] = []
    events: list[tuple] = []
    quotes: list[tuple] = []
    actors: list[tuple] = []
    commitments: list[tuple] = []
    policies: list[tuple] = []
    seq = first_seq
    for rec, res in items:
        story = rec.story_id or rec.id
        articles.append((
            rec.id, rec.content_hash, story, rec.title, to_date(rec.date), rec.source, rec.url, rec.origin,
            rec.text, _json(res.article.sentences), _json(res.warnings), len(res.events), len(res.quotes),
            to_timestamp(rec.ingested_at, now),
        ))
        append = events.append
        for ev in res.events:
            span = ev.span
            loc, rep, plover, src, tgt = ev.location, ev.reported_by, ev.plover, ev.source, ev.target
            append((
                seq, ev.id, rec.id, story, ev.sentence, ev.evidence,
                span[0] if span else None, span[1] if span and len(span) > 1 else None,
                *(_NO_ACTOR if src is None else (src.code, src.country, src.sector, src.name, src.text)),
                *(_NO_ACTOR if tgt is None else (tgt.code, tgt.country, tgt.sector, tgt.name, tgt.text)),
                ev.cameo, ev.root, ev.cameo_name, ev.quad_class, ev.goldstein,
                plover.type if plover else None, plover.mode if plover else None,
                ev.modality, rep.code if rep else None, to_date(ev.date), ev.date_precision,
                *(_NO_PLACE if loc is None else (loc.name, loc.country, loc.lat, loc.lon)),
                ev.confidence, _ENCODE(ev.flags) if ev.flags else "[]",
            ))
            seq += 1
        for n, q in enumerate(res.quotes):
            qspan: list[int] | tuple[None, None] = q.span or (None, None)
            quotes.append((rec.id, n, q.text, *_actor(q.speaker), q.sentence, qspan[0],
                           qspan[1] if len(qspan) > 1 else None))
        for n, a in enumerate(res.actors):
            actors.append((rec.id, n, a.text, a.code, a.country, a.sector, a.name))
        for n, c in enumerate(res.commitments):
            commitments.append((
                rec.id, n, c.kind, c.trigger, c.obligation, c.strength, c.source.code if c.source else None,
                c.treaty, c.agrees_with_registry, c.evidence, _json([asdict(p) for p in c.parties]),
                _json(asdict(c.source)) if c.source else None, _json(c.conditions), _json(c.sentences),
            ))
        for n, p in enumerate(res.policies):
            policies.append((
                rec.id, n, p.actor.code if p.actor else None, p.policy, p.shift, to_date(p.date),
                _json(asdict(p.actor)) if p.actor else None, _json(p.signals), _json(p.sentences),
            ))
    return {
        "articles": _table(ARTICLE_COLUMNS, articles),
        "events": _table(EVENT_COLUMNS, events),
        "quotes": _table(QUOTE_COLUMNS, quotes),
        "actors": _table(ACTOR_COLUMNS, actors),
        "commitments": _table(COMMITMENT_COLUMNS, commitments),
        "policies": _table(POLICY_COLUMNS, policies),
    }


def insert_sql(table: str, view: str, columns: list[tuple[str, pa.DataType]]) -> str:
    """``INSERT INTO table (cols) SELECT cols FROM view`` with JSON text cast to JSON."""
    names = [c for c, _ in columns]
    select = [f"CAST({c} AS JSON)" if c in JSON_COLUMNS[table] else c for c in names]
    return f"INSERT INTO {table} ({', '.join(names)}) SELECT {', '.join(select)} FROM {view}"


TABLE_COLUMNS = {
    "articles": ARTICLE_COLUMNS, "events": EVENT_COLUMNS, "quotes": QUOTE_COLUMNS, "actors": ACTOR_COLUMNS,
    "commitments": COMMITMENT_COLUMNS, "policies": POLICY_COLUMNS,
}
