"""The FastAPI app: JSON endpoints over ``foedus.store`` plus the static dashboard.

Design choices, so that a reader need not rediscover them:

* One envelope: ``{"ok": true, "data": ..., "next": cursor|null}``; one error shape
  ``{"ok": false, "error": {"code", "message", "status"}}``, also for 404/405/413/422 (FastAPI's
  own handlers are replaced) and for a server error (500, E610, no traceback sent).
* The database is opened read-only unless the server was started with a token (writing enabled);
  each worker thread gets its own ``Store`` connection (DuckDB connections are not thread-safe,
  but connections in one process share one database instance and its cache).
* Filters are validated twice: by regexes here (so /openapi.json documents them and bad input is a
  422 before any query), and by ``EventFilter`` (every value becomes a SQL parameter).
* Pagination: keyset. An opaque cursor holds the sort key (date, seq) of the page's last event and a
  fingerprint of the filters, so every page costs a top-N scan (no OFFSET to skip), rows written
  meanwhile do not shift pages, and a cursor reused with other filters is refused (E608) instead of
  silently returning the wrong page. No count is taken per page (/api/events/count gives it).
* Security (issue 9): every response carries a Content-Security-Policy that allows this origin's
  files only (no inline script or style, no eval, no framing), nosniff, X-Frame-Options DENY and
  no referrer; HEAD works on every GET route; an unexpected failure is answered with a 500 in the
  error shape and the connection is kept; article links are http(s) only, refused when posted and
  dropped when served; ``POST /api/articles`` checks the token before it reads the body, and no
  header value is ever echoed in an error. /docs is Swagger UI from the ``fastapi-offline`` package
  (served from this process, no CDN) or, without it, a small page of our own over /openapi.json.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import inspect
import json
import logging
import os
import threading
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Body, Depends, FastAPI, Path as PathParam, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field, ValidationError, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..store.filters import (ACTOR_RE, DATE_RE, FILTERS, ID_RE, MODALITY_HELP, MODALITY_RE,
                             FilterField)
from ..errors import Errors, FoedusError, InputError, StoreError
from ..values import iso_day

MAX_PAGE_SIZE = 500
DEFAULT_PAGE_SIZE = 50
MAX_BODY_BYTES = 1_000_000
MAX_TEXT_CHARS = 200_000
MAX_ARTICLES_PER_POST = 50
MAX_PERIODS = 5_000
MAX_NETWORK_EDGES = 1_000
MAX_CURSOR_INT = 2**53            # cursor numbers beyond this are forged (JSON-safe integer range)
STATIC = Path(__file__).parent / "static"
log = logging.getLogger("foedus.serve")

# Sent on every response. default-src 'self' also covers script-src and style-src: no inline script,
# no eval, no inline style (attributes included); images may be data: URIs (Swagger UI's icons).
CSP = ("default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
]

COUNTRY_RE = r"^[A-Za-z][A-Za-z .'\-]{1,60}$"
Period = Literal["day", "week", "month"]

_PERIOD_DAYS = {"day": 1, "week": 7, "month": 30}


# ---- envelope and errors -----------------------------------------------------------------------
def ok(data: Any, next_cursor: str | None = None) -> dict[str, Any]:
    """The success envelope every endpoint returns."""
    return {"ok": True, "data": data, "next": next_cursor}


def error_body(code: str, message: str, status: int) -> dict[str, Any]:
    return {"ok": False, "error": {"code": code, "message": message, "status": status}}


class ApiError(Exception):
    """An error the API reports with its own code and HTTP status."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def _code_of(message: str, default: str) -> str:
    """``"[E405] Bad ..."`` -> ``"E405"`` (foedus messages carry their code in front)."""
    if message.startswith("[") and "]" in message[:8]:
        return message[1:message.index("]")]
    return default


def _error_response(status: int, message: str, default_code: str = "E601") -> JSONResponse:
    return JSONResponse(error_body(_code_of(message, default_code), message, status), status_code=status)


class Envelope(BaseModel):
    """Success shape of every endpoint."""

    ok: Literal[True] = True
    data: Any = None
    next: str | None = Field(None, description="Cursor for the next page (events only); null on the last page.")


class ErrorDetail(BaseModel):
    code: str = Field(..., description="foedus error code, e.g. E601")
    message: str
    status: int


class ErrorEnvelope(BaseModel):
    """Error shape of every endpoint."""

    ok: Literal[False] = False
    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    s: {"model": ErrorEnvelope, "description": d} for s, d in (
        (400, "Bad parameter value (E4xx/E5xx/E6xx)"), (404, "Not found"), (413, "Body too large"),
        (422, "Parameter fails validation"), (500, "Server error"))
}


# ---- body size cap (pure ASGI, so it sees chunked bodies too) ---------------------------------
class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with a 413 in the error shape, before any handler."""

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    if int(value) > self.limit:
                        return await self._refuse(scope, receive, send)
                except ValueError:
                    pass
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                return await self._refuse(scope, receive, send)
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        sent = False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)

    async def _refuse(self, scope, receive, send):
        response = _error_response(413, Errors.E605.format(limit=self.limit))
        await response(scope, receive, send)


# ---- outermost guard: security headers, HEAD, last-resort 500 -----------------------------------
class Guard:
    """Pure ASGI, outside every other layer of the app.

    * Adds ``SECURITY_HEADERS`` to every HTTP response (errors, static files and docs included).
    * Answers HEAD on every GET route: the request runs as GET and the body is dropped (the headers,
      Content-Length included, are those of the GET).
    * Turns an exception that escaped everything else into a 500 in the error shape (E610) and does
      not re-raise it, so the server does not close the connection after answering.
    """

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        head = scope["method"] == "HEAD"
        if head:
            scope = dict(scope, method="GET")
        started = False

        async def guarded_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {name.lower() for name, _ in message.get("headers", [])}
                headers = list(message.get("headers", [])) + [h for h in SECURITY_HEADERS if h[0] not in names]
                message = dict(message, headers=headers)
            elif message["type"] == "http.response.body" and head:
                message = dict(message, body=b"")
            await send(message)

        try:
            await self.app(scope, receive, guarded_send)
        except Exception as exc:  # noqa: BLE001 - the last resort: answer in the error shape, keep serving
            log.exception("foedus serve: %s %s failed", scope.get("method"), scope.get("path"))
            if started:
                return
            response = _error_response(500, Errors.E610.format(path=scope.get("path", "?"),
                                                               reason=type(exc).__name__), "E610")
            await response(scope, receive, guarded_send)


# Reads `Authorization: Bearer ...` without validating it (no 422, nothing echoed); documents it in /openapi.json.
BEARER = HTTPBearer(auto_error=False, description="The token the server was started with (--token).")


def _safe_url(url: Any) -> str | None:
    """``url`` if it is an http(s) address, else None: a stored ``javascript:`` or ``data:`` link is not served."""
    from ..store.records import is_web_url

    return url.strip() if isinstance(url, str) and is_web_url(url) else None


# ---- state: store connections, coder, registry -------------------------------------------------
class Backend:
    """What the endpoints work on; one ``Store`` per thread, the coder and registry loaded on first use."""

    def __init__(self, db: str | Path | None, store: Any, coder: Any, registry: Any, writable: bool):
        self.db = Path(db) if db is not None else None
        self.writable = writable
        self._store = store
        self._coder = coder
        self._registry = registry
        self._local = threading.local()
        self._opened: list[Any] = []
        self._lock = threading.Lock()         # guards _opened and lazy loading
        self.code_lock = threading.Lock()     # the spaCy pipeline is used by one request at a time
        self.write_lock = threading.Lock()    # one ingest at a time (DuckDB: one writer)
        self.store_lock = threading.RLock()   # only for an injected store, shared by all threads

    def store(self):
        if self._store is not None:
            return self._store
        if self.db is None:
            raise StoreError(Errors.E410.format(path="(none given)"))
        found = getattr(self._local, "store", None)
        if found is None:
            from ..store import Store

            found = Store(self.db, read_only=not self.writable)
            self._local.store = found
            with self._lock:
                self._opened.append(found)
        return found

    def coder(self):
        if self._coder is None:
            with self._lock:
                if self._coder is None:
                    from ..pipeline import Coder

                    self._coder = Coder()
        return self._coder

    def registry(self):
        if self._registry is None:
            from ..commitments import treaties

            self._registry = treaties.load()
        return self._registry

    def close(self) -> None:
        with self._lock:
            for s in self._opened:
                try:
                    s.close()
                except Exception:  # noqa: BLE001 - closing at shutdown must not fail the shutdown
                    pass
            self._opened.clear()


# ---- request models ------------------------------------------------------------------------------
class CodeRequest(BaseModel):
    """An article to code without storing it."""

    text: str = Field(..., min_length=1, max_length=MAX_TEXT_CHARS, description="The article text (English).")
    date: str | None = Field(None, pattern=DATE_RE, description="Publication date, YYYY-MM-DD; dates the events.")
    title: str | None = Field(None, max_length=1000)
    id: str | None = Field(None, pattern=ID_RE)
    source: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000, description="The article's address: http:// or https:// only.")

    @field_validator("url")
    @classmethod
    def _http_only(cls, value: str | None) -> str | None:
        if value is not None and _safe_url(value) is None:
            raise ValueError("url must be an http:// or https:// address")
        return value


class IngestRequest(BaseModel):
    """Articles to code and store (writing must be enabled, see --token)."""

    articles: list[CodeRequest] = Field(..., min_length=1, max_length=MAX_ARTICLES_PER_POST)


# ---- helpers ------------------------------------------------------------------------------------
def _cursor(key: tuple[str | None, int], fingerprint: str) -> str:
    """The opaque cursor for the page after the row with sort key ``key`` = (date or None, seq)."""
    raw = json.dumps({"k": [key[0], key[1]], "f": fingerprint}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _position(cursor: str | None, fingerprint: str) -> tuple[tuple[str | None, int] | None, int]:
    """``(after, offset)`` from a cursor: a keyset position, or the offset of an older offset cursor."""
    if not cursor:
        return None, 0
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        value = json.loads(raw)
        if value["f"] != fingerprint:
            raise ValueError
        if "k" in value:
            day, seq = value["k"]
            if day is not None:
                day = iso_day(day, whole=True).isoformat()
            if isinstance(seq, bool) or not isinstance(seq, int) or not 0 <= seq <= MAX_CURSOR_INT:
                raise ValueError
            return (day, seq), 0
        offset = value["o"]
        if isinstance(offset, bool) or not isinstance(offset, int) or not 0 <= offset <= MAX_CURSOR_INT:
            raise ValueError
        return None, offset
    except (ValueError, KeyError, TypeError, AttributeError, json.JSONDecodeError, UnicodeDecodeError):
        raise ApiError(400, Errors.E608.format(value=cursor[:80])) from None


def _date(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return iso_day(value, whole=True)
    except ValueError:
        raise ApiError(400, Errors.E601.format(field=name, problem=f"{value!r} is not a calendar date",
                                               expected="an ISO date such as 2024-06-01")) from None


def _check_range(since: str | None, until: str | None, by: str = "day") -> None:
    start, end = _date(since, "since"), _date(until, "until")
    if start and end and start > end:
        raise ApiError(400, Errors.E601.format(field="since", problem=f"since {since} is after until {until}",
                                               expected="since <= until"))
    if by and start and end:
        count = (end - start).days // _PERIOD_DAYS[by] + 1
        if count > MAX_PERIODS:
            raise ApiError(400, Errors.E612.format(since=since, until=until, by=by, count=count, limit=MAX_PERIODS))


class EventQuery:
    """The filters shared by /api/events, /api/timeline, /api/places, /api/actors and /api/network:
    one query parameter per ``store.filters.FILTERS`` entry (its signature is built from them below)."""

    def __init__(self, **values: Any):
        self.values = {f.name: values.get(f.name) for f in FILTERS}

    def filter(self, check_dates: bool = True):
        from ..store import EventFilter

        if check_dates:
            _check_range(self.values["since"], self.values["until"], by="")
        return EventFilter(**self.values)

    def fingerprint(self) -> str:
        text = json.dumps(self.values, sort_keys=True, default=str)
        return hashlib.sha1(text.encode()).hexdigest()[:10]


def _query_parameter(f: FilterField) -> inspect.Parameter:
    query = (Query(pattern=f.pattern, description=f.help) if f.kind is str
             else Query(ge=f.minimum, le=f.maximum, description=f.help))
    return inspect.Parameter(f.name, inspect.Parameter.KEYWORD_ONLY, default=None,
                             annotation=Annotated[f.kind | None, query])


EventQuery.__signature__ = inspect.Signature([_query_parameter(f) for f in FILTERS])  # what FastAPI reads


def _treaty_rows(reg, party: str | None, on: dt.date) -> dict[str, Any]:
    """The clauses that bind ``party`` (or every state) on ``on``, as in `foedus treaties --format json`."""
    if party:
        code = reg.country_code(party, "party")
        rows = [(code, t, c) for t, c in reg.binding(code, on)]
    else:
        code = None
        rows = []
        for t in reg.treaties:
            if t.in_force_on(on):
                rows += [(",".join(t.members_on(on)), t, c) for c in t.clauses if c.strength is not None]
    out = [{"party": p, "treaty": t.id, "name": t.name, "article": c.article, "kind": c.kind, "strength": c.strength,
            "trigger": c.trigger.model_dump(mode="json"), "obligation": c.obligation,
            "conditions": [x.model_dump(mode="json") for x in c.conditions], "in_force": str(t.in_force),
            "parties": t.members_on(on), "confidence": c.confidence or t.confidence, "sources": t.sources}
           for p, t, c in rows]
    return {"on": on.isoformat(), "party": code, "party_name": reg.country_name(code) if code else None,
            "binding": out}


# ---- the app ------------------------------------------------------------------------------------
def _found(what: str, id: str, row):
    """The row, or the API's 404 naming what was not found."""
    if row is None:
        raise ApiError(404, Errors.E602.format(what=what, id=id))
    return row


def create_app(db: str | Path | None = None, *, store: Any = None, coder: Any = None, registry: Any = None,
               token: str | None = None, cors: list[str] | None = None, max_body: int = MAX_BODY_BYTES) -> Any:
    """The ASGI app over the database ``db`` (or an injected ``store``).

    ``token`` enables writing: the database is opened read-write and POST /api/articles accepts
    requests carrying ``Authorization: Bearer <token>``. ``cors``: origins allowed to call the API
    from other pages (none by default). ``coder``/``registry`` replace the default Coder/treaty registry.
    """
    backend = Backend(db, store, coder, registry, writable=bool(token))

    @asynccontextmanager
    async def lifespan(_app):
        yield
        backend.close()

    app = FastAPI(
        lifespan=lifespan,
        title="foedus API",
        version="1",
        description="Political event data coded from news: events, articles, dyads, actors, network, treaties, "
                    "scenarios. Every response is `{ok, data, next}` or `{ok: false, error: {code, message, status}}`.",
        responses=ERROR_RESPONSES,
        docs_url=None,      # /docs is served below from packaged files (the default loads a CDN)
        redoc_url=None,
    )
    app.state.backend = backend

    # -- error handlers: one shape for everything ---------------------------------------------
    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 404:
            message = Errors.E603.format(path=request.url.path)
        elif exc.status_code == 405:
            allowed = (exc.headers or {}).get("Allow") or "GET"
            message = Errors.E604.format(method=request.method, path=request.url.path, allowed=allowed)
        else:
            message = f"[E601] {exc.detail}"
        return _error_response(exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError):
        problems = []
        for err in exc.errors()[:5]:
            loc = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body")) or "request"
            if err.get("type") == "json_invalid":
                return _error_response(400, Errors.E613.format(reason=err.get("msg", "invalid JSON")))
            value = err.get("input")
            secret = bool(err.get("loc")) and err["loc"][0] in ("header", "cookie")   # never echo credentials
            shown = repr(value)[:80] if value is not None and not secret and not isinstance(value, (dict, list)) else ""
            problems.append(f"{loc}{'=' + shown if shown else ''}: {err.get('msg', 'invalid')}")
        message = Errors.E601.format(field=problems[0].split(":")[0] if problems else "request",
                                     problem="; ".join(problems) or "invalid request",
                                     expected="the form documented in /openapi.json")
        return _error_response(422, message)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return _error_response(exc.status, exc.message)

    @app.exception_handler(FoedusError)
    async def _foedus_error(request: Request, exc: FoedusError):
        status = 400 if isinstance(exc, InputError) else 503 if isinstance(exc, StoreError) else 500
        return _error_response(status, str(exc), "E601" if status == 400 else "E610")

    @app.exception_handler(Exception)
    async def _server_error(request: Request, exc: Exception):
        message = Errors.E610.format(path=request.url.path, reason=type(exc).__name__)
        return _error_response(500, message, "E610")

    def locked(fn, *args, **kwargs):
        """Run ``fn`` on the store; an injected store is shared, so calls on it are serialised."""
        if backend._store is not None:
            with backend.store_lock:
                return fn(backend.store(), *args, **kwargs)
        return fn(backend.store(), *args, **kwargs)

    # -- read endpoints -------------------------------------------------------------------------
    @app.get("/api/events", response_model=Envelope, tags=["events"])
    def list_events(q: Annotated[EventQuery, Depends()],
                    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"Page size, at most {MAX_PAGE_SIZE}")] = DEFAULT_PAGE_SIZE,
                    cursor: Annotated[str | None, Query(max_length=200, description="`next` of the previous page")] = None):
        """Events matching the filters, newest first; follow `next` for the following page."""
        after, offset = _position(cursor, q.fingerprint())
        flt = q.filter()
        if offset:      # a cursor from before keyset paging: finish that walk by offset
            rows = locked(lambda s: s.events(flt, limit=limit + 1, offset=offset))
            more = len(rows) > limit
            old = json.dumps({"o": offset + limit, "f": q.fingerprint()}, separators=(",", ":")).encode()
            return ok(rows[:limit], base64.urlsafe_b64encode(old).decode().rstrip("=") if more else None)
        rows, key = locked(lambda s: s.events_page(flt, limit=limit, after=after))
        return ok(rows, _cursor(key, q.fingerprint()) if key else None)

    @app.get("/api/events/count", response_model=Envelope, tags=["events"])
    def count_events(q: Annotated[EventQuery, Depends()]):
        """How many events match the filters: `{"count": n}`."""
        flt = q.filter()
        return ok({"count": locked(lambda s: s.count_events(flt))})

    @app.get("/api/events/{event_id}", response_model=Envelope, tags=["events"])
    def get_event(event_id: Annotated[str, PathParam(pattern=ID_RE)]):
        """One event with its article's title, url, source and date."""
        row = dict(_found("event", event_id, locked(lambda s: s.event(event_id))))
        if "article_url" in row:
            row["article_url"] = _safe_url(row["article_url"])
        return ok(row)

    @app.get("/api/articles/{article_id}", response_model=Envelope, tags=["articles"])
    def get_article(article_id: Annotated[str, PathParam(pattern=ID_RE)]):
        """An article with its text and its events (character spans), quotes, actors, commitments, policies."""
        art = dict(_found("article", article_id, locked(lambda s: s.article(article_id))))
        if "url" in art:
            art["url"] = _safe_url(art["url"])
        return ok(art)

    @app.get("/api/timeline", response_model=Envelope, tags=["aggregates"])
    def timeline(q: Annotated[EventQuery, Depends()], by: Period = "week"):
        """Event counts per period and quad class for the filters (gaps filled with zeros)."""
        _check_range(q.values["since"], q.values["until"], by)
        flt = q.filter()
        rows = locked(lambda s: s.dyad_series(flt.source or "", flt.target or "", by=by, flt=flt))
        if len(rows) > MAX_PERIODS:
            rows = rows[-MAX_PERIODS:]
        return ok(rows)

    @app.get("/api/timeline/span", response_model=Envelope, tags=["aggregates"])
    def timeline_span(q: Annotated[EventQuery, Depends()]):
        """Where the dated events lie: `first`, `last`, the bulk (`bulk_since`..`bulk_until`, 1st-99th
        percentile), `before`/`after` (events outside the bulk) and `clip` (the tails stretch the axis by more
        than a fifth of the bulk). The dashboard draws the bulk by default when `clip` is true."""
        flt = q.filter()
        return ok(locked(lambda s: s.date_span(flt)))

    @app.get("/api/dyads/{a}/{b}", response_model=Envelope, tags=["aggregates"])
    def dyad(a: Annotated[str, PathParam(pattern=ACTOR_RE, description="Source actor code prefix")],
             b: Annotated[str, PathParam(pattern=ACTOR_RE, description="Target actor code prefix")],
             by: Period = "week",
             since: Annotated[str | None, Query(pattern=DATE_RE)] = None,
             until: Annotated[str | None, Query(pattern=DATE_RE)] = None,
             both: Annotated[bool, Query(description="Also count b acting on a")] = False,
             modality: Annotated[str | None, Query(pattern=MODALITY_RE, description=MODALITY_HELP)] = None):
        """Events of a on b per period: q1..q4 counts, total, mean Goldstein score (events that happened unless
        `modality` says otherwise)."""
        from ..store import EventFilter

        _check_range(since, until, by)
        flt = EventFilter(modality=modality)
        rows = locked(lambda s: s.dyad_series(a, b, by=by, since=since, until=until, both_directions=both, flt=flt))
        if len(rows) > MAX_PERIODS:
            rows = rows[-MAX_PERIODS:]
        return ok(rows)

    @app.get("/api/actors", response_model=Envelope, tags=["aggregates"])
    def actors(q: Annotated[EventQuery, Depends()],
               top: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="How many actors")] = 20):
        """The actors in most events (as source or target) under the filters."""
        flt = q.filter()
        return ok(locked(lambda s: s.top_actors(top, flt=flt)))

    @app.get("/api/dyads", response_model=Envelope, tags=["aggregates"])
    def dyads(q: Annotated[EventQuery, Depends()],
              top: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 20):
        """The (source, target) pairs with most events under the filters."""
        flt = q.filter()
        return ok(locked(lambda s: s.top_dyads(top, flt=flt)))

    @app.get("/api/network", response_model=Envelope, tags=["aggregates"])
    def network(q: Annotated[EventQuery, Depends()],
                min_weight: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
                limit: Annotated[int, Query(ge=1, le=MAX_NETWORK_EDGES, description="Keep the heaviest edges")] = 200):
        """Who acts on whom: nodes and weighted directed edges (conflict share per edge)."""
        flt = q.filter()
        net = locked(lambda s: s.network(min_weight=min_weight, flt=flt))
        edges = net["edges"][:limit]
        kept = {e["source"] for e in edges} | {e["target"] for e in edges}
        weight: dict[str, int] = {}
        for e in edges:
            for code in (e["source"], e["target"]):
                weight[code] = weight.get(code, 0) + e["weight"]
        nodes = [dict(n, events=weight[n["id"]]) for n in net["nodes"] if n["id"] in kept]
        return ok({"nodes": nodes, "edges": edges, "edges_total": len(net["edges"])})

    @app.get("/api/places", response_model=Envelope, tags=["aggregates"])
    def places(q: Annotated[EventQuery, Depends()],
               limit: Annotated[int, Query(ge=1, le=5_000)] = 500):
        """Event counts per place with coordinates (the map), largest first."""
        flt = q.filter()
        return ok(locked(lambda s: s.places(flt, limit)))

    @app.get("/api/stats", response_model=Envelope, tags=["aggregates"])
    def stats():
        """Counts of articles, events, quotes, ... and the date range of the database."""
        data = locked(lambda s: s.stats())
        data.pop("path", None)
        data["writable"] = backend.writable
        return ok(data)

    # -- treaties and scenarios ---------------------------------------------------------------
    @app.get("/api/treaties", response_model=Envelope, tags=["commitments"])
    def treaties_list(party: Annotated[str | None, Query(pattern=COUNTRY_RE, description="Country code or name")] = None,
                      on: Annotated[str | None, Query(pattern=DATE_RE, description="Date; default today")] = None):
        """Treaty clauses binding a state (or every state) on a date, strongest first."""
        on_date = _date(on, "on") or dt.date.today()
        return ok(_treaty_rows(backend.registry(), party, on_date))

    @app.get("/api/countries", response_model=Envelope, tags=["commitments"])
    def countries():
        """Country codes and names the treaty registry knows (for the scenario form)."""
        reg = backend.registry()
        return ok([{"code": c, "name": info.get("name", c)} for c, info in sorted(reg.countries.items())])

    @app.get("/api/scenario", response_model=Envelope, tags=["commitments"])
    def scenario_run(attacked: Annotated[str, Query(pattern=COUNTRY_RE, description="The state attacked")],
                     by: Annotated[str, Query(pattern=COUNTRY_RE, description="The attacking state")],
                     on: Annotated[str | None, Query(pattern=DATE_RE)] = None,
                     where: Annotated[str | None, Query(pattern=COUNTRY_RE, description="Place, e.g. Hawaii")] = None,
                     depth: Annotated[int, Query(ge=1, le=4)] = 1):
        """Who is obliged to act if `attacked` is attacked `by` another state, with UN-rule flags."""
        from ..commitments import scenario

        on_date = _date(on, "on") or dt.date.today()
        result = scenario.run(attacked, by, on=on_date, where=where, depth=depth, registry=backend.registry())
        return ok(result.to_dict())

    # -- coding and ingest ----------------------------------------------------------------------
    @app.post("/api/code", response_model=Envelope, tags=["coding"])
    def code(req: Annotated[CodeRequest, Body()]):
        """Code a posted text and return the `foedus code` JSON, without storing anything."""
        coder = backend.coder()
        with backend.code_lock:
            result = coder.code_text(req.text, date=req.date, id=req.id, title=req.title, source=req.source,
                                     url=req.url)
        return ok(result.to_dict())

    ingest_schema = IngestRequest.model_json_schema(ref_template="#/components/schemas/{model}")
    ingest_schema.pop("$defs", None)

    @app.post("/api/articles", response_model=Envelope, tags=["coding"], openapi_extra={
        "requestBody": {"required": True, "content": {"application/json": {"schema": ingest_schema}}}})
    async def post_articles(request: Request,
                            credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)]):
        """Code and store articles (needs the server's token as `Authorization: Bearer TOKEN`).

        The token is checked before the body is read: without it the answer is 403/401 whatever the body.
        Body: `{"articles": [CodeRequest, ...]}` (1-50 articles).
        """
        if not token:
            raise ApiError(403, Errors.E606)
        if credentials is None or not _same(credentials.credentials.strip(), token):
            raise ApiError(401, Errors.E607)
        if backend.db is None:
            raise ApiError(403, Errors.E606)
        raw = await request.body()
        try:
            req = IngestRequest.model_validate_json(raw)
        except ValidationError as exc:
            raise RequestValidationError(exc.errors(include_url=False)) from None
        return await run_in_threadpool(_ingest, req)

    def _ingest(req: IngestRequest):
        from ..ingest.records import read_records
        from ..ingest.runner import ingest_items

        items = read_records((art.model_dump(exclude_none=True) for art in req.articles), "request")
        with backend.write_lock:
            summary = ingest_items(items, db=backend.db, workers=1, progress=False, coder=backend.coder())
        return ok(summary.to_dict())

    # -- dashboard ------------------------------------------------------------------------------
    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return Response(status_code=204)      # no icon; a 204 keeps browsers from logging a 404 on every page

    @app.get("/api", include_in_schema=False)
    def api_root():
        return RedirectResponse("/docs")

    @app.get("/docs", include_in_schema=False)
    def docs():
        """Swagger UI from packaged files (static/docs.html + docs.js); no CDN, allowed by the CSP."""
        return FileResponse(STATIC / "docs.html", media_type="text/html")

    swagger = _swagger_assets()
    if swagger is not None:
        app.mount("/docs-assets", StaticFiles(directory=swagger), name="docs-assets")

    if STATIC.is_dir():
        app.mount("/static", StaticFiles(directory=STATIC), name="static")

    if cors:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(cors), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(BodyLimit, limit=max_body)
    app.add_middleware(Guard)      # added last: the outermost layer, so every response gets the headers
    return app


def _swagger_assets() -> Path | None:
    """The folder of Swagger UI's files in the ``fastapi-offline`` package, or None if it is not installed
    (then /docs falls back to the plain page docs.js draws from /openapi.json)."""
    try:
        import fastapi_offline
    except ImportError:
        return None
    folder = Path(fastapi_offline.__file__).parent / "static"
    return folder if (folder / "swagger-ui-bundle.js").is_file() else None


def _same(given: str, expected: str) -> bool:
    import hmac

    return hmac.compare_digest(given.encode(), expected.encode())


def token_from_env() -> str | None:
    """The write token from FOEDUS_TOKEN, if set and not empty."""
    return os.environ.get("FOEDUS_TOKEN") or None
