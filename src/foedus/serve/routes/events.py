"""/api/events: the filtered, keyset-paginated event list, its count, and one event."""

from __future__ import annotations

import base64
import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path as PathParam, Query

from ...store.filters import ID_RE
from ..deps import (DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Backend, EventQuery, _cursor, _found, _position, _safe_url,
                    get_backend)
from ..guards import Envelope, ok

router = APIRouter()
BackendDep = Annotated[Backend, Depends(get_backend)]


@router.get("/api/events", response_model=Envelope, tags=["events"])
def list_events(q: Annotated[EventQuery, Depends()], backend: BackendDep,
                limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"Page size, at most {MAX_PAGE_SIZE}")] = DEFAULT_PAGE_SIZE,
                cursor: Annotated[str | None, Query(max_length=200, description="`next` of the previous page")] = None) -> dict[str, Any]:
    """Events matching the filters, newest first; follow `next` for the following page."""
    after, offset = _position(cursor, q.fingerprint())
    flt = q.filter()
    if offset:      # a cursor from before keyset paging: finish that walk by offset
        rows = backend.locked(lambda s: s.events(flt, limit=limit + 1, offset=offset))
        more = len(rows) > limit
        old = json.dumps({"o": offset + limit, "f": q.fingerprint()}, separators=(",", ":")).encode()
        return ok(rows[:limit], base64.urlsafe_b64encode(old).decode().rstrip("=") if more else None)
    rows, key = backend.locked(lambda s: s.events_page(flt, limit=limit, after=after))
    return ok(rows, _cursor(key, q.fingerprint()) if key else None)


@router.get("/api/events/count", response_model=Envelope, tags=["events"])
def count_events(q: Annotated[EventQuery, Depends()], backend: BackendDep) -> dict[str, Any]:
    """How many events match the filters: `{"count": n}`."""
    flt = q.filter()
    return ok({"count": backend.locked(lambda s: s.count_events(flt))})


@router.get("/api/events/{event_id}", response_model=Envelope, tags=["events"])
def get_event(event_id: Annotated[str, PathParam(pattern=ID_RE)], backend: BackendDep) -> dict[str, Any]:
    """One event with its article's title, url, source and date."""
    row = dict(_found("event", event_id, backend.locked(lambda s: s.event(event_id))))
    if "article_url" in row:
        row["article_url"] = _safe_url(row["article_url"])
    return ok(row)
