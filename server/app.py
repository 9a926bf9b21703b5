"""The FastAPI application: routers, error shapes, body limits, lifecycle."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from protocol.version import __version__
from server.api import blobs, coordination, envelopes, identity, parcels
from server.api.envelopes import PushFastPath
from server.body_limits import BodyLimitMiddleware
from server.compression import GzipMiddleware
from server.errors import ApiError, error_body
from server.push_writer import PushWriter
from server.request_guard import RequestGuard
from server.state import ServerState

log = logging.getLogger("fieldbook.server")

_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "body_too_large",
    415: "unsupported_media_type",
    416: "range_not_satisfiable",
}


def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)


def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _HTTP_CODES.get(exc.status_code, f"http_{exc.status_code}")
    message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
    return JSONResponse(error_body(code, message), status_code=exc.status_code, headers=exc.headers)


def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details: list[dict[str, Any]] = [
        {
            "loc": [str(part) for part in err.get("loc", ())],
            "msg": str(err.get("msg", "")),
            "type": str(err.get("type", "")),
        }
        for err in exc.errors()
    ]
    first = details[0] if details else {"loc": [], "msg": "invalid request"}
    where = ".".join(first["loc"])
    return JSONResponse(
        error_body("invalid_request", f"{where}: {first['msg']}", details=details),
        status_code=422,
    )


def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error", exc_info=exc)
    return JSONResponse(
        error_body("internal_error", "the server failed; the request may be retried"),
        status_code=500,
    )


def create_app(state: ServerState) -> FastAPI:
    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        writer.close()
        state.signatures.close()
        state.db.dispose()

    app = FastAPI(
        title="Fieldbook sync server",
        version=__version__,
        summary="Stores and relays encrypted envelopes and blobs it cannot read.",
        openapi_url="/v1/openapi.json",
        docs_url="/v1/docs",
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.fieldbook = state
    writer = PushWriter(state)
    app.state.push_writer = writer
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected)
    # Outermost last: the guard refuses from the headers (failed-auth budget, token,
    # revocation, large-body slots) and times the body; the body limit applies to the bytes
    # on the wire, then gzip inflates within the same limit, then pushes are answered.
    app.add_middleware(PushFastPath, writer=writer)
    app.add_middleware(GzipMiddleware, limits=state.config.limits)
    app.add_middleware(BodyLimitMiddleware, limits=state.config.limits)
    app.add_middleware(RequestGuard, state=state)
    for module in (identity, coordination, envelopes, blobs, parcels):
        app.include_router(module.router)
    return app
