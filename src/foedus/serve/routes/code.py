"""Coding: POST /api/code (code a text, store nothing) and POST /api/articles (code and store; needs the token)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.security import HTTPAuthorizationCredentials
from pydantic import ValidationError

from ...errors import Errors
from ..deps import BEARER, Backend, CodeRequest, IngestRequest, _same, get_backend
from ..guards import ApiError, Envelope, ok

router = APIRouter()
BackendDep = Annotated[Backend, Depends(get_backend)]


@router.post("/api/code", response_model=Envelope, tags=["coding"])
def code(req: Annotated[CodeRequest, Body()], backend: BackendDep) -> dict[str, Any]:
    """Code a posted text and return the `foedus code` JSON, without storing anything."""
    coder = backend.coder()
    with backend.code_lock:
        result = coder.code_text(req.text, date=req.date, id=req.id, title=req.title, source=req.source,
                                 url=req.url)
    return ok(result.to_dict())


ingest_schema = IngestRequest.model_json_schema(ref_template="#/components/schemas/{model}")
ingest_schema.pop("$defs", None)


@router.post("/api/articles", response_model=Envelope, tags=["coding"], openapi_extra={
    "requestBody": {"required": True, "content": {"application/json": {"schema": ingest_schema}}}})
async def post_articles(request: Request,
                        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)],
                        backend: BackendDep) -> dict[str, Any]:
    """Code and store articles (needs the server's token as `Authorization: Bearer TOKEN`).

    The token is checked before the body is read: without it the answer is 403/401 whatever the body.
    Body: `{"articles": [CodeRequest, ...]}` (1-50 articles).
    """
    token = backend.token
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
    return await run_in_threadpool(_ingest, backend, req)


def _ingest(backend: Backend, req: IngestRequest) -> dict[str, Any]:
    from ...ingest.records import read_records
    from ...ingest.runner import ingest_items

    items = read_records((art.model_dump(exclude_none=True) for art in req.articles), "request")
    assert backend.db is not None, "the route refuses an ingest without a store"
    with backend.write_lock:
        summary = ingest_items(items, db=backend.db, workers=1, progress=False, coder=backend.coder())
    return ok(summary.to_dict())
