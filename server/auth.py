"""Authentication of device requests: a bearer token AND a signature by the device's key.

Either alone is refused, so a stolen token is useless without the key inside the device's
encrypted profile. Revocation takes effect on the next request (no caching).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader, HTTPBearer
from sqlalchemy import ClauseElement, bindparam, select

from protocol.signed import H_DEVICE, H_NONCE, H_SIGNATURE, H_TIME, body_hash
from server import schema
from server.errors import ApiError
from server.state import ServerState
from server.tokens import bearer_hash

_TIME = re.compile(r"[0-9]{1,12}")

# Declared for the OpenAPI document (security schemes); the checks below read the headers.
_bearer_doc = HTTPBearer(auto_error=False, description="device bearer token from /v1/enroll")
_device_doc = APIKeyHeader(name=H_DEVICE, auto_error=False, description="device id")
_time_doc = APIKeyHeader(name=H_TIME, auto_error=False, description="request time, Unix s")
_nonce_doc = APIKeyHeader(
    name=H_NONCE, auto_error=False, description="16 random bytes, hex; each accepted once"
)
_signature_doc = APIKeyHeader(
    name=H_SIGNATURE,
    auto_error=False,
    description="Ed25519 signature (protocol.signed.sign_request) over method, path?query, "
    "SHA-256 of the body, time, device id and nonce",
)


@dataclass(frozen=True)
class Caller:
    device_id: str
    role: str
    org_id: int | None
    signing_key: bytes
    encryption_key: bytes
    encryption_key_id: str

    @property
    def is_coordinator(self) -> bool:
        return self.role == "coordinator"


def get_state(request: Request) -> ServerState:
    state: ServerState = request.app.state.fieldbook
    return state


async def request_body(request: Request) -> bytes:
    return await request.body()


def request_target(request: Request) -> str:
    """The path and query exactly as the client sent them (what it signed)."""
    raw = request.scope.get("raw_path")
    path = raw.decode("latin-1") if isinstance(raw, bytes | bytearray) else request.url.path
    query = request.scope.get("query_string", b"")
    return f"{path}?{query.decode('latin-1')}" if query else path


def check_signature(state: ServerState, request: Request, signing_key: bytes, body: bytes) -> None:
    """Verify the request signature headers against ``signing_key``; raises 401s."""
    headers = request.headers
    if not headers.get(H_SIGNATURE):
        raise ApiError(401, "bad_signature", "the request is not signed by a device key")
    if not _TIME.fullmatch(headers.get(H_TIME, "")):
        raise ApiError(401, "bad_signature", f"{H_TIME} must be the Unix time in seconds")
    refused = state.signatures.check_request(
        signing_key,
        request.method,
        request_target(request),
        body_hash(body),
        {name: headers.get(name, "") for name in (H_DEVICE, H_TIME, H_NONCE, H_SIGNATURE)},
        state.config.limits.clock_skew_s,
    )
    if refused is None:
        # the signature holds, so the nonce is the device's own: remember it, refuse it twice
        if not state.nonces.first_use(headers[H_DEVICE], headers[H_NONCE], int(headers[H_TIME])):
            raise ApiError(401, "replayed_request", "this signed request has been used already")
        return
    code, message = refused
    if code == "clock_skew":
        now = time.time()
        raise ApiError(
            401,
            "clock_skew",
            f"{message}; check this computer's date, time and time zone",
            server_time=int(now),
            server_time_ms=int(now * 1000),
        )
    raise ApiError(401, "bad_signature", f"request signature refused: {message}")


def rate_limit(state: ServerState, key: str, *, anonymous: bool = False) -> None:
    limiter = state.anonymous_rate if anonymous else state.device_rate
    wait = limiter.take(key)
    if wait > 0:
        retry = max(1, int(wait + 0.999))
        raise ApiError(
            429,
            "rate_limited",
            f"too many requests; try again in {retry} s",
            headers={"Retry-After": str(retry)},
            retry_after=retry,
        )


def anonymous_caller(request: Request) -> None:
    """Rate limit for the unauthenticated calls, per client address."""
    host = request.client.host if request.client else "unknown"
    rate_limit(get_state(request), host, anonymous=True)


#: where :class:`server.request_guard.RequestGuard` leaves the device row it looked up from
#: the headers before any body was read (the same request's row: no caching across requests)
SCOPE_DEVICE = "fieldbook.device"

DeviceRow = tuple[Any, ...]


def device_from_headers(state: ServerState, authorization: str | None) -> DeviceRow:
    """The device a bearer token names, refused (401/403) when missing, unknown or revoked.

    Needs only the headers, so a request nobody may make is turned away before its body is
    read."""
    if not authorization:
        raise ApiError(401, "missing_token", "this call needs the device's bearer token")
    token_hash = bearer_hash(authorization)
    if token_hash is None:
        raise ApiError(401, "bad_token", "the bearer token is malformed")
    # every request looks this up: compiled once, run on a bare cursor
    query = state.db.prepared("auth.token", _token_query)
    row = state.db.fetch_one(query, {"token_hash": token_hash})
    if row is None:
        raise ApiError(401, "bad_token", "the bearer token is not known to this server")
    if row[-1] is not None:
        raise ApiError(403, "device_revoked", "this device has been revoked by the coordinator")
    return tuple(row)


def authenticated(
    request: Request,
    body: Annotated[bytes, Depends(request_body)],
    _b: Annotated[object, Security(_bearer_doc)] = None,
    _d: Annotated[object, Security(_device_doc)] = None,
    _t: Annotated[object, Security(_time_doc)] = None,
    _n: Annotated[object, Security(_nonce_doc)] = None,
    _s: Annotated[object, Security(_signature_doc)] = None,
) -> Caller:
    state = get_state(request)
    row = request.scope.get(SCOPE_DEVICE)
    if row is None:
        row = device_from_headers(state, request.headers.get("authorization"))
    device_id, role, org_id, signing_key, encryption_key, encryption_key_id, _revoked = row
    check_signature(state, request, bytes(signing_key), body)
    rate_limit(state, device_id)
    return Caller(
        device_id=str(device_id),
        role=str(role),
        org_id=None if org_id is None else int(org_id),
        signing_key=bytes(signing_key),
        encryption_key=bytes(encryption_key),
        encryption_key_id=str(encryption_key_id),
    )


def _token_query() -> ClauseElement:
    d = schema.devices
    return select(
        d.c.device_id,
        d.c.role,
        d.c.org_id,
        d.c.signing_key,
        d.c.encryption_key,
        d.c.encryption_key_id,
        d.c.revoked_ms,
    ).where(d.c.token_hash == bindparam("token_hash"))


async def device_credentials(
    _b: Annotated[object, Security(_bearer_doc)] = None,
    _d: Annotated[object, Security(_device_doc)] = None,
    _t: Annotated[object, Security(_time_doc)] = None,
    _n: Annotated[object, Security(_nonce_doc)] = None,
    _s: Annotated[object, Security(_signature_doc)] = None,
) -> None:
    """Declares what :func:`authenticated` checks, for a route that calls it itself."""


def coordinator(caller: Annotated[Caller, Depends(authenticated)]) -> Caller:
    if not caller.is_coordinator:
        raise ApiError(403, "coordinator_only", "only a coordinator's device may do this")
    return caller


AnyDevice = Annotated[Caller, Depends(authenticated)]
CoordinatorDevice = Annotated[Caller, Depends(coordinator)]
