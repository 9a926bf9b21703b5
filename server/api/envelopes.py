"""Pushing envelopes and pulling changes."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import JSONResponse
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Receive, Scope, Send

from server.api.responses import ERRORS, json_response
from server.auth import AnyDevice, device_credentials, get_state
from server.changes import changes
from server.envelope_push import encode
from server.errors import ApiError, error_body
from server.models import ChangesResponse, PushRequest, PushResponse
from server.push_writer import PushWriter

log = logging.getLogger("fieldbook.server")
router = APIRouter(prefix="/v1", responses=ERRORS)

_PUSH_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": PushRequest.model_json_schema()}},
    }
}


@router.put(
    "/envelopes",
    response_model=PushResponse,
    openapi_extra=_PUSH_BODY,
    dependencies=[Depends(device_credentials)],
)
async def put_envelopes(request: Request) -> Response:
    """Store a batch of ≤ 100 of the caller's envelopes (body ≤ 8 MiB), applied in device
    sequence order. Per item: ``stored``, ``conflict_stored``, ``duplicate`` (stored receipt
    again) or ``rejected`` with a ``reason``. 409 ``sequence_gap`` (with ``expected``) when the
    batch starts past the device's next sequence number; nothing is stored then."""
    # Normally answered by PushFastPath before routing; this is the same answer.
    return await push_response(request, request.app.state.push_writer)


async def push_response(request: Request, writer: PushWriter) -> Response:
    # The push thread authenticates (hence no dependency doing it), checks and stores the
    # batch with others; no thread is held while it waits.
    return json_response(encode(await writer.push(request, await request.body())))


class PushFastPath:
    """ASGI middleware answering ``PUT /v1/envelopes`` without FastAPI's routing, dependency
    solving and exception middleware: on the 2-core reference machine those cost a fifth of
    the server's CPU per push. Errors come out exactly as the app's handlers make them.
    It sits inside the body-limit and gzip middlewares, so those apply as for any route.
    """

    def __init__(self, app: ASGIApp, writer: PushWriter) -> None:
        self.app = app
        self.writer = writer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not (
            scope["type"] == "http"
            and scope["method"] == "PUT"
            and scope["path"] == "/v1/envelopes"
        ):
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        try:
            response = await push_response(request, self.writer)
        except ClientDisconnect:
            return
        except ApiError as exc:
            response = JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)
        except Exception:
            log.exception("unexpected error")
            response = JSONResponse(
                error_body("internal_error", "the server failed; the request may be retried"),
                status_code=500,
            )
        await response(scope, receive, send)


@router.get("/changes", response_model=ChangesResponse)
def get_changes(
    request: Request,
    caller: AnyDevice,
    cursor: Annotated[str, Query(max_length=100)] = "",
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> Response:
    """Envelopes the caller may read after ``cursor`` (``EPOCH:SEQ``; empty = from the start),
    in server sequence order, with their receipts, the authors' public keys and the ids of
    conflicted records. 410 ``epoch_changed`` (with the new ``epoch``): start again from an
    empty cursor."""
    return json_response(changes(get_state(request), caller, cursor, limit))
