"""The dashboard: / (index.html), /docs (packaged Swagger UI, no CDN) and the static files."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import FileResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).parent.parent / "static"

router = APIRouter()


@router.get("/", include_in_schema=False)
def index() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html")


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> Response:
    return Response(status_code=204)      # no icon; a 204 keeps browsers from logging a 404 on every page


@router.get("/api", include_in_schema=False)
def api_root() -> RedirectResponse:
    return RedirectResponse("/docs")


@router.get("/docs", include_in_schema=False)
def docs() -> FileResponse:
    """Swagger UI from packaged files (static/docs.html + docs.js); no CDN, allowed by the CSP."""
    return FileResponse(STATIC / "docs.html", media_type="text/html")


def mount_static(app: FastAPI) -> None:
    """Mount Swagger UI's files (if ``fastapi-offline`` is installed) and the dashboard's static folder.
    Starlette mounts are not carried by ``include_router``, so the factory calls this after including it."""
    swagger = _swagger_assets()
    if swagger is not None:
        app.mount("/docs-assets", StaticFiles(directory=swagger), name="docs-assets")
    if STATIC.is_dir():
        app.mount("/static", StaticFiles(directory=STATIC), name="static")


def _swagger_assets() -> Path | None:
    """The folder of Swagger UI's files in the ``fastapi-offline`` package, or None if it is not installed
    (then /docs falls back to the plain page docs.js draws from /openapi.json)."""
    try:
        import fastapi_offline
    except ImportError:
        return None
    folder = Path(fastapi_offline.__file__).parent / "static"
    return folder if (folder / "swagger-ui-bundle.js").is_file() else None
