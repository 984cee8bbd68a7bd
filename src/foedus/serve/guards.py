"""Middleware and guards: the one success envelope and error shape, the error handlers that keep
FastAPI's own 404/405/422/500 answers in that shape, the request-body cap and the outermost guard
(security headers on every response, HEAD on every GET route, last-resort 500)."""

from __future__ import annotations

import logging
from typing import Any, Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import Errors, FoedusError, InputError, StoreError

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

    def __init__(self, app: ASGIApp, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
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

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
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

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        head = scope["method"] == "HEAD"
        if head:
            scope = dict(scope, method="GET")
        started = False

        async def guarded_send(message: Message) -> None:
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


# ---- error handlers: one shape for everything ---------------------------------------------------
def install_error_handlers(app: FastAPI) -> None:
    """Replace FastAPI's own handlers so that every error is answered in ``ErrorEnvelope``'s shape."""

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            message = Errors.E603.format(path=request.url.path)
        elif exc.status_code == 405:
            allowed = (exc.headers or {}).get("Allow") or "GET"
            message = Errors.E604.format(method=request.method, path=request.url.path, allowed=allowed)
        else:
            message = f"[E601] {exc.detail}"
        return _error_response(exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
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
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return _error_response(exc.status, exc.message)

    @app.exception_handler(FoedusError)
    async def _foedus_error(request: Request, exc: FoedusError) -> JSONResponse:
        status = 400 if isinstance(exc, InputError) else 503 if isinstance(exc, StoreError) else 500
        return _error_response(status, str(exc), "E601" if status == 400 else "E610")

    @app.exception_handler(Exception)
    async def _server_error(request: Request, exc: Exception) -> JSONResponse:
        message = Errors.E610.format(path=request.url.path, reason=type(exc).__name__)
        return _error_response(500, message, "E610")
