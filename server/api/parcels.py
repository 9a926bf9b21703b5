"""Calls for parcels carried offline: a device's enrolment proof, and pushes relayed for
another device."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response

from server.api.responses import ERRORS, json_response
from server.auth import AnyDevice, device_credentials, get_state
from server.envelope_push import encode
from server.models import PushResponse, RelayPushRequest
from server.relay import check_relayed, device_proof

router = APIRouter(prefix="/v1", responses=ERRORS)
_RELAY_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": RelayPushRequest.model_json_schema()}},
    }
}


@router.get("/device-proof")
def get_device_proof(request: Request, caller: AnyDevice) -> Response:
    """The server's signed statement of the caller's keys, role and enrolment time, which
    the device puts in the parcels it makes so an offline receiver can believe its keys."""
    return json_response(device_proof(get_state(request), caller))


@router.put(
    "/relay/envelopes",
    response_model=PushResponse,
    openapi_extra=_RELAY_BODY,
    dependencies=[Depends(device_credentials)],
)
async def put_relayed_envelopes(request: Request) -> Response:
    """Store ≤ 100 envelopes of ``author`` brought by the calling device (a relay carrying
    a parcel). Checked exactly as the author's own ``PUT /v1/envelopes``; answers the same
    per-item results and receipts, which the relay carries back. 404 ``author_unknown``,
    403 ``author_revoked``."""
    job = await request.app.state.push_writer.push(request, await request.body(), check_relayed)
    return json_response(encode(job))
