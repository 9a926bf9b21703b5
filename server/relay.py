"""Pushes on another device's behalf: a relay carrying a parcel, or the operator importing one.

A field worker with no connection gives a parcel to someone who has one. The relay device
authenticates as itself; the envelopes are checked exactly as the author's own push would be
(the author's signature, sequence and hash chain, its role for reviews) against the author's
keys as this server enrolled them, so a relay can deliver but never alter or invent. A
revoked or unknown author is refused whoever carries its envelopes.
"""

from __future__ import annotations

import time
from typing import Any

from fastapi import Request
from sqlalchemy import select

from protocol.device_proof import DeviceProof, sign_device_proof
from protocol.encoding import is_hex, parse_json
from protocol.errors import MalformedError
from server import schema
from server.auth import Caller, authenticated
from server.envelope_push import check_items
from server.envelope_store import Job
from server.errors import ApiError
from server.state import ServerState

#: A relay names the author of the blob it uploads in this header.
H_RELAY_FOR = "X-Fieldbook-Relay-For"


def author_caller(state: ServerState, author: str) -> Caller:
    """The enrolled, unrevoked device ``author`` as if it had called itself."""
    if not is_hex(author, 16):
        raise ApiError(422, "invalid_request", "author must be a device id")
    d = schema.devices
    with state.db.read() as conn:
        row = conn.execute(
            select(
                d.c.device_id, d.c.role, d.c.org_id, d.c.signing_key, d.c.encryption_key,
                d.c.encryption_key_id, d.c.revoked_ms,
            ).where(d.c.device_id == author)
        ).first()  # fmt: skip
    if row is None:
        raise ApiError(404, "author_unknown", "no device with this id is enrolled here")
    if row.revoked_ms is not None:
        raise ApiError(403, "author_revoked", "the author's device has been revoked")
    return Caller(
        device_id=str(row.device_id),
        role=str(row.role),
        org_id=None if row.org_id is None else int(row.org_id),
        signing_key=bytes(row.signing_key),
        encryption_key=bytes(row.encryption_key),
        encryption_key_id=str(row.encryption_key_id),
    )


def parse_relayed(raw_body: bytes, max_items: int) -> tuple[str, list[Any]]:
    try:
        data = parse_json(raw_body)
    except MalformedError as exc:
        raise ApiError(422, "malformed", f"the body is not valid JSON: {exc}") from exc
    if not isinstance(data, dict) or set(data) != {"author", "envelopes"}:
        raise ApiError(
            422, "invalid_request", 'the body must be {"author": ..., "envelopes": [...]}'
        )
    author, items = data["author"], data["envelopes"]
    if not isinstance(author, str) or not isinstance(items, list):
        raise ApiError(422, "invalid_request", "author must be a string, envelopes a list")
    if len(items) > max_items:
        raise ApiError(
            413, "batch_too_large", f"at most {max_items} envelopes per request", limit=max_items
        )
    return author, items


def check_relayed(state: ServerState, request: Request, raw_body: bytes) -> Job:
    """Authenticate the relay, then check the batch as the author's own push."""
    authenticated(request, raw_body)
    author, raws = parse_relayed(raw_body, state.config.limits.envelopes_per_batch)
    caller = author_caller(state, author)
    return Job(caller, check_items(state, caller, raws))


def relayed_author(state: ServerState, request: Request, caller: Caller) -> str:
    """Whose blob an upload is: the caller's own, or the author a relay names."""
    named = request.headers.get(H_RELAY_FOR)
    if not named or named == caller.device_id:
        return caller.device_id
    return author_caller(state, named).device_id


def device_proof(state: ServerState, caller: Caller) -> dict[str, Any]:
    d = schema.devices
    with state.db.read() as conn:
        enrolled = conn.execute(
            select(d.c.enrolled_ms).where(d.c.device_id == caller.device_id)
        ).scalar()
    proof = DeviceProof(
        device_id=caller.device_id,
        signing_key=caller.signing_key,
        encryption_key=caller.encryption_key,
        role=caller.role,
        time_ms=int(enrolled) if enrolled is not None else int(time.time() * 1000),
    )
    return sign_device_proof(state.key, proof)
