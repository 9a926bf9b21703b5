"""Unauthenticated calls: health (is this the real server?) and enrolment."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from protocol.signed import sign_health
from protocol.version import __version__
from server.api.responses import ERRORS
from server.auth import anonymous_caller, get_state, request_body
from server.clock import now_ms
from server.enrolment import enroll
from server.migrations import current_epoch
from server.models import EnrollRequest, EnrollResponse, Health

router = APIRouter(prefix="/v1", responses=ERRORS)


@router.get("/health", response_model=Health, dependencies=[Depends(anonymous_caller)])
def health(
    request: Request, nonce: Annotated[str, Query(min_length=1, max_length=128)] = "-"
) -> dict[str, Any]:
    """Liveness, version, time and the server key, with a signature over the client's nonce
    (``protocol.signed.verify_health``): tells the real server from a captive portal."""
    state = get_state(request)
    with state.db.read() as conn:
        _, epoch = current_epoch(conn)
    return sign_health(state.key, nonce, __version__, now_ms(), epoch)


@router.post(
    "/enroll",
    response_model=EnrollResponse,
    dependencies=[Depends(anonymous_caller)],
    openapi_extra={"security": [{"X-Fieldbook-Signature": []}]},
)
def enroll_device(
    request: Request, body: EnrollRequest, raw: Annotated[bytes, Depends(request_body)]
) -> dict[str, Any]:
    """Exchange a one-time invitation for a device bearer token. The request must carry the
    request-signature headers made with ``signing_key``. Errors: ``invitation_unknown`` (404),
    ``invitation_used`` (409), ``invitation_expired`` (410), ``device_id_mismatch`` (422),
    ``device_exists`` (409), ``device_revoked`` (403), ``bad_signature``/``clock_skew`` (401),
    ``encryption_key_unproven`` (422: the proof does not show the key is the device's).
    """
    return enroll(
        get_state(request),
        request,
        raw,
        body.token,
        body.device_id,
        body.signing_key,
        body.encryption_key,
        body.encryption_proof,
        body.name,
    )
