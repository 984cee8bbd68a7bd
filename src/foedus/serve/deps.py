"""Dependencies and state for the routers: limits, the ``Backend`` (store connections, coder, registry),
the request models, the filter query (``EventQuery``), cursors and date checks."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import inspect
import json
import threading
from pathlib import Path
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, TypeVar

from fastapi import Query, Request
from fastapi.security import HTTPBearer
from pydantic import BaseModel, Field, field_validator

from ..errors import Errors, StoreError
from ..store import PERIODS
from ..store.filters import DATE_RE, FILTERS, ID_RE, FilterField
from ..values import iso_day
from .guards import ApiError

if TYPE_CHECKING:
    from ..commitments.treaties import Registry
    from ..store import EventFilter, Store

T = TypeVar("T")

MAX_PAGE_SIZE = 500
DEFAULT_PAGE_SIZE = 50
MAX_BODY_BYTES = 1_000_000
MAX_TEXT_CHARS = 200_000
MAX_ARTICLES_PER_POST = 50
MAX_PERIODS = 5_000
MAX_NETWORK_EDGES = 1_000
MAX_CURSOR_INT = 2**53            # cursor numbers beyond this are forged (JSON-safe integer range)

COUNTRY_RE = r"^[A-Za-z][A-Za-z .'\-]{1,60}$"
Period = Literal[PERIODS]  # type: ignore[valid-type]   # store.PERIODS: "day", "week", "month"

_PERIOD_DAYS = {"day": 1, "week": 7, "month": 30}
# Reads `Authorization: Bearer ...` without validating it (no 422, nothing echoed); documents it in /openapi.json.
BEARER = HTTPBearer(auto_error=False, description="The token the server was started with (--token).")


def _safe_url(url: Any) -> str | None:
    """``url`` if it is an http(s) address, else None: a stored ``javascript:`` or ``data:`` link is not served."""
    from ..store.records import is_web_url

    return url.strip() if isinstance(url, str) and is_web_url(url) else None


# ---- state: store connections, coder, registry -------------------------------------------------
class Backend:
    """What the endpoints work on; one ``Store`` per thread, the coder and registry loaded on first use."""

    def __init__(self, db: str | Path | None, store: Any, coder: Any, registry: Any, writable: bool,
                 token: str | None = None):
        self.db = Path(db) if db is not None else None
        self.writable = writable
        self.token = token                    # POST /api/articles needs it as a bearer token; None: refused
        self._store = store
        self._coder = coder
        self._registry = registry
        self._local = threading.local()
        self._opened: list[Any] = []
        self._lock = threading.Lock()         # guards _opened and lazy loading
        self.code_lock = threading.Lock()     # the spaCy pipeline is used by one request at a time
        self.write_lock = threading.Lock()    # one ingest at a time (DuckDB: one writer)
        self.store_lock = threading.RLock()   # only for an injected store, shared by all threads

    def store(self) -> Store:
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

    def coder(self) -> Any:
        if self._coder is None:
            with self._lock:
                if self._coder is None:
                    from ..coder.pipeline import Coder

                    self._coder = Coder()
        return self._coder

    def registry(self) -> Registry:
        if self._registry is None:
            from ..commitments import treaties

            self._registry = treaties.load()
        return self._registry

    def locked(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``fn`` on the store; an injected store is shared, so calls on it are serialised."""
        if self._store is not None:
            with self.store_lock:
                return fn(self.store(), *args, **kwargs)
        return fn(self.store(), *args, **kwargs)

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
                parsed = iso_day(day, whole=True)
                if parsed is None:
                    raise ValueError
                day = parsed.isoformat()
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

    __signature__: ClassVar[inspect.Signature]     # what FastAPI reads: set below the class

    def __init__(self, **values: Any):
        self.values = {f.name: values.get(f.name) for f in FILTERS}

    def filter(self, check_dates: bool = True) -> EventFilter:
        from ..store import EventFilter

        if check_dates:
            _check_range(self.values["since"], self.values["until"], by="")
        return EventFilter(**self.values)

    def fingerprint(self) -> str:
        text = json.dumps(self.values, sort_keys=True, default=str)
        return hashlib.sha1(text.encode()).hexdigest()[:10]


def _query_parameter(f: FilterField) -> inspect.Parameter:
    query = (Query(pattern=f.pattern, description=f.help) if f.kind is str  # same object: not a token
             else Query(ge=f.minimum, le=f.maximum, description=f.help))
    return inspect.Parameter(f.name, inspect.Parameter.KEYWORD_ONLY, default=None,
                             annotation=Annotated[f.kind | None, query])


EventQuery.__signature__ = inspect.Signature([_query_parameter(f) for f in FILTERS])  # what FastAPI reads


def _found(what: str, id: str, row: T | None) -> T:
    """The row, or the API's 404 naming what was not found."""
    if row is None:
        raise ApiError(404, Errors.E602.format(what=what, id=id))
    return row


async def get_backend(request: Request) -> Backend:
    """The app's ``Backend`` (set by ``create_app``), for ``Depends``."""
    return request.app.state.backend


def _same(given: str, expected: str) -> bool:
    import hmac

    return hmac.compare_digest(given.encode(), expected.encode())
