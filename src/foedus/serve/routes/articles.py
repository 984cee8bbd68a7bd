"""/api/articles/{article_id}: one stored article with its text and what was coded from it."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path as PathParam

from ...store.filters import ID_RE
from ..deps import Backend, _found, _safe_url, get_backend
from ..guards import Envelope, ok

router = APIRouter()


@router.get("/api/articles/{article_id}", response_model=Envelope, tags=["articles"])
def get_article(article_id: Annotated[str, PathParam(pattern=ID_RE)],
                backend: Annotated[Backend, Depends(get_backend)]) -> dict[str, Any]:
    """An article with its text and its events (character spans), quotes, actors, commitments, policies."""
    art = dict(_found("article", article_id, backend.locked(lambda s: s.article(article_id))))
    if "url" in art:
        art["url"] = _safe_url(art["url"])
    return ok(art)
