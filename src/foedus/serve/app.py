"""The app factory: JSON endpoints over ``foedus.store`` plus the static dashboard.

Design choices, so that a reader need not rediscover them:

* One envelope: ``{"ok": true, "data": ..., "next": cursor|null}``; one error shape
  ``{"ok": false, "error": {"code", "message", "status"}}``, also for 404/405/413/422 (FastAPI's
  own handlers are replaced) and for a server error (500, E610, no traceback sent).
* The database is opened read-only unless the server was started with a token (writing enabled);
  each worker thread gets its own ``Store`` connection (DuckDB connections are not thread-safe,
  but connections in one process share one database instance and its cache).
* Filters are validated twice: by regexes (``deps``, so /openapi.json documents them and bad input is a
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

Layout: ``guards`` (envelope, error shape and handlers, body limit, security headers), ``deps`` (Backend,
EventQuery, request models, cursors), ``routes/*`` (one ``APIRouter`` per area), and this factory.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from .deps import (DEFAULT_PAGE_SIZE, MAX_ARTICLES_PER_POST, MAX_BODY_BYTES, MAX_CURSOR_INT,  # noqa: F401 - re-exported
                   MAX_NETWORK_EDGES, MAX_PAGE_SIZE, MAX_PERIODS, MAX_TEXT_CHARS, Backend, CodeRequest, EventQuery,
                   IngestRequest)
from .guards import (CSP, ERROR_RESPONSES, SECURITY_HEADERS, ApiError, BodyLimit, Envelope,  # noqa: F401
                     ErrorEnvelope, Guard, install_error_handlers, ok)
from .routes import ROUTERS
from .routes.dashboard import STATIC, mount_static  # noqa: F401


def create_app(db: str | Path | None = None, *, store: Any = None, coder: Any = None, registry: Any = None,
               token: str | None = None, cors: list[str] | None = None, max_body: int = MAX_BODY_BYTES) -> Any:
    """The ASGI app over the database ``db`` (or an injected ``store``).

    ``token`` enables writing: the database is opened read-write and POST /api/articles accepts
    requests carrying ``Authorization: Bearer <token>``. ``cors``: origins allowed to call the API
    from other pages (none by default). ``coder``/``registry`` replace the default Coder/treaty registry.
    """
    backend = Backend(db, store, coder, registry, writable=bool(token), token=token)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        backend.close()

    app = FastAPI(
        lifespan=lifespan,
        title="foedus API",
        version="1",
        description="Political event data coded from news: events, articles, dyads, actors, network, treaties, "
                    "scenarios. Every response is `{ok, data, next}` or `{ok: false, error: {code, message, status}}`.",
        responses=ERROR_RESPONSES,
        docs_url=None,      # /docs is served by the dashboard router from packaged files (the default loads a CDN)
        redoc_url=None,
    )
    app.state.backend = backend       # what routes reach through deps.get_backend
    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    mount_static(app)

    if cors:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(cors), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(BodyLimit, limit=max_body)
    app.add_middleware(Guard)      # added last: the outermost layer, so every response gets the headers
    return app


def token_from_env() -> str | None:
    """The write token from FOEDUS_TOKEN, if set and not empty."""
    return os.environ.get("FOEDUS_TOKEN") or None
