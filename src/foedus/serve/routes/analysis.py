"""Aggregates over the filtered events: timeline and its span, dyads, actors, network, places, stats."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path as PathParam, Query

from ...store.filters import ACTOR_RE, DATE_RE, MODALITY_HELP, MODALITY_RE
from ..deps import (MAX_NETWORK_EDGES, MAX_PAGE_SIZE, MAX_PERIODS, Backend, EventQuery, Period, _check_range,
                    get_backend)
from ..guards import Envelope, ok

router = APIRouter()
BackendDep = Annotated[Backend, Depends(get_backend)]


@router.get("/api/timeline", response_model=Envelope, tags=["aggregates"])
def timeline(q: Annotated[EventQuery, Depends()], backend: BackendDep, by: Period = "week") -> dict[str, Any]:
    """Event counts per period and quad class for the filters (gaps filled with zeros)."""
    _check_range(q.values["since"], q.values["until"], by)
    flt = q.filter()
    rows = backend.locked(lambda s: s.dyad_series(flt.source or "", flt.target or "", by=by, flt=flt))
    if len(rows) > MAX_PERIODS:
        rows = rows[-MAX_PERIODS:]
    return ok(rows)


@router.get("/api/timeline/span", response_model=Envelope, tags=["aggregates"])
def timeline_span(q: Annotated[EventQuery, Depends()], backend: BackendDep) -> dict[str, Any]:
    """Where the dated events lie: `first`, `last`, the bulk (`bulk_since`..`bulk_until`, 1st-99th
    percentile), `before`/`after` (events outside the bulk) and `clip` (the tails stretch the axis by more
    than a fifth of the bulk). The dashboard draws the bulk by default when `clip` is true."""
    flt = q.filter()
    return ok(backend.locked(lambda s: s.date_span(flt)))


@router.get("/api/dyads/{a}/{b}", response_model=Envelope, tags=["aggregates"])
def dyad(a: Annotated[str, PathParam(pattern=ACTOR_RE, description="Source actor code prefix")],
         b: Annotated[str, PathParam(pattern=ACTOR_RE, description="Target actor code prefix")],
         backend: BackendDep,
         by: Period = "week",
         since: Annotated[str | None, Query(pattern=DATE_RE)] = None,
         until: Annotated[str | None, Query(pattern=DATE_RE)] = None,
         both: Annotated[bool, Query(description="Also count b acting on a")] = False,
         modality: Annotated[str | None, Query(pattern=MODALITY_RE, description=MODALITY_HELP)] = None) -> dict[str, Any]:
    """Events of a on b per period: q1..q4 counts, total, mean Goldstein score (events that happened unless
    `modality` says otherwise)."""
    from ...store import EventFilter

    _check_range(since, until, by)
    flt = EventFilter(modality=modality)
    rows = backend.locked(lambda s: s.dyad_series(a, b, by=by, since=since, until=until, both_directions=both,
                                                  flt=flt))
    if len(rows) > MAX_PERIODS:
        rows = rows[-MAX_PERIODS:]
    return ok(rows)


@router.get("/api/actors", response_model=Envelope, tags=["aggregates"])
def actors(q: Annotated[EventQuery, Depends()], backend: BackendDep,
           top: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="How many actors")] = 20) -> dict[str, Any]:
    """The actors in most events (as source or target) under the filters."""
    flt = q.filter()
    return ok(backend.locked(lambda s: s.top_actors(top, flt=flt)))


@router.get("/api/dyads", response_model=Envelope, tags=["aggregates"])
def dyads(q: Annotated[EventQuery, Depends()], backend: BackendDep,
          top: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 20) -> dict[str, Any]:
    """The (source, target) pairs with most events under the filters."""
    flt = q.filter()
    return ok(backend.locked(lambda s: s.top_dyads(top, flt=flt)))


@router.get("/api/network", response_model=Envelope, tags=["aggregates"])
def network(q: Annotated[EventQuery, Depends()], backend: BackendDep,
            min_weight: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
            limit: Annotated[int, Query(ge=1, le=MAX_NETWORK_EDGES, description="Keep the heaviest edges")] = 200) -> dict[str, Any]:
    """Who acts on whom: nodes and weighted directed edges (conflict share per edge)."""
    flt = q.filter()
    net = backend.locked(lambda s: s.network(min_weight=min_weight, flt=flt))
    edges = net["edges"][:limit]
    kept = {e["source"] for e in edges} | {e["target"] for e in edges}
    weight: dict[str, int] = {}
    for e in edges:
        for code in (e["source"], e["target"]):
            weight[code] = weight.get(code, 0) + e["weight"]
    nodes = [dict(n, events=weight[n["id"]]) for n in net["nodes"] if n["id"] in kept]
    return ok({"nodes": nodes, "edges": edges, "edges_total": len(net["edges"])})


@router.get("/api/places", response_model=Envelope, tags=["aggregates"])
def places(q: Annotated[EventQuery, Depends()], backend: BackendDep,
           limit: Annotated[int, Query(ge=1, le=5_000)] = 500) -> dict[str, Any]:
    """Event counts per place with coordinates (the map), largest first."""
    flt = q.filter()
    return ok(backend.locked(lambda s: s.places(flt, limit)))


@router.get("/api/stats", response_model=Envelope, tags=["aggregates"])
def stats(backend: BackendDep) -> dict[str, Any]:
    """Counts of articles, events, quotes, ... and the date range of the database."""
    data = backend.locked(lambda s: s.stats())
    data.pop("path", None)
    data["writable"] = backend.writable
    return ok(data)
