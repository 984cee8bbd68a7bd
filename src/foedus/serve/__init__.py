"""`foedus serve`: a JSON API and an offline web dashboard over the event database.

API::

    from foedus.serve import create_app
    app = create_app("foedus.duckdb")                      # read-only; POST /api/articles disabled
    app = create_app("foedus.duckdb", token="s3cret")      # opened for writing; ingest needs the bearer token
    app = create_app(store=my_store, coder=my_coder)       # inject objects (tests)

Every response is ``{"ok": true, "data": ..., "next": cursor|null}`` or
``{"ok": false, "error": {"code": "E6xx", "message": ..., "status": 4xx}}``; see docs/api.md.
FastAPI and uvicorn come with the ``serve`` extra (``pip install 'foedus[serve]'``).
"""

from __future__ import annotations

from .app import MAX_BODY_BYTES, MAX_PAGE_SIZE, create_app

__all__ = ["create_app", "MAX_PAGE_SIZE", "MAX_BODY_BYTES"]
