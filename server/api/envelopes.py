"""Pushing envelopes and pulling changes."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from server.api.responses import ERRORS, json_response
from server.auth import AnyDevice, device_credentials, get_state
from server.changes import changes
from server.envelope_push import encode
from server.models import ChangesResponse, PushRequest, PushResponse
from server.push_writer import PushWriter

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
    # The busiest call: the push thread authenticates (hence no dependency doing it), checks
    # and stores it with others; no thread is held while it waits.
    writer: PushWriter = request.app.state.push_writer
    return json_response(encode(await writer.push(request, await request.body())))


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
