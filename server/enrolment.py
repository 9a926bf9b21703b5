"""``POST /v1/enroll``: a one-time invitation token and a device's public keys become a
device bearer token.

The request must also carry the request-signature headers made with the enrolling key (proof
that the caller holds it). Retrying an enrolment whose answer was lost is safe: the same
device, signing again with the same invitation, gets a fresh token (the old one stops
working); anyone else presenting a used invitation is refused.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request
from sqlalchemy import Connection, insert, select, update

from protocol.device_proof import DeviceProof, sign_device_proof
from protocol.encoding import b64decode, b64encode
from protocol.errors import MalformedError
from protocol.keys import device_id, key_id
from protocol.possession import check_proof
from server import schema
from server.admin import org_by_id
from server.auth import check_signature
from server.clock import now_ms
from server.errors import ApiError
from server.migrations import current_epoch
from server.state import ServerState
from server.tokens import hash_secret, new_bearer_token


def published_coordination(conn: Connection) -> dict[str, Any] | None:
    from protocol.encoding import parse_json

    c = schema.coordination_key
    value = conn.execute(select(c.c.published).where(c.c.slot == 1)).scalar()
    if value is None:
        return None
    published: dict[str, Any] = parse_json(value)
    return published


def published_rotations(conn: Connection) -> list[dict[str, Any]]:
    """The coordination key's rotation statements, oldest generation first: a device
    follows them from the generation-0 key its invitation code vouches for."""
    from protocol.encoding import parse_json

    r = schema.coordination_rotations
    rows = conn.execute(select(r.c.statement).order_by(r.c.generation)).scalars()
    return [parse_json(text) for text in rows]


def enroll(
    state: ServerState,
    request: Request,
    raw_body: bytes,
    token_hex: str,
    claimed_id: str,
    signing_b64: str,
    encryption_b64: str,
    encryption_proof: str,
    name: str | None,
) -> dict[str, Any]:
    try:
        signing = b64decode(signing_b64, length=32, field="signing_key")
        encryption = b64decode(encryption_b64, length=32, field="encryption_key")
    except MalformedError as exc:
        raise ApiError(422, "malformed", str(exc)) from exc
    if device_id(signing) != claimed_id:
        raise ApiError(422, "device_id_mismatch", "device_id is not derived from this signing key")
    check_signature(state, request, signing, raw_body)
    if not check_proof(state.key, encryption, claimed_id, token_hex, encryption_proof):
        raise ApiError(
            422,
            "encryption_key_unproven",
            "encryption_proof does not show this device holds the encryption key",
        )
    token_hash = hash_secret(bytes.fromhex(token_hex))
    token, bearer_hash = new_bearer_token()
    now = now_ms()
    inv, d = schema.invitations, schema.devices
    with state.db.write() as conn:
        invitation = conn.execute(select(inv).where(inv.c.token_hash == token_hash)).first()
        if invitation is None:
            raise ApiError(404, "invitation_unknown", "this invitation is not known to the server")
        device = conn.execute(
            select(d.c.device_id, d.c.revoked_ms, d.c.invitation, d.c.signing_key).where(
                d.c.device_id == claimed_id
            )
        ).first()
        if invitation.used_ms is not None:
            retry = (
                invitation.used_by == claimed_id
                and device is not None
                and device.invitation == token_hash
                and device.revoked_ms is None
            )
            if not retry:
                raise ApiError(409, "invitation_used", "this invitation has already been used")
            conn.execute(
                update(d).where(d.c.device_id == claimed_id).values(token_hash=bearer_hash)
            )
        else:
            if invitation.expires_ms <= now:
                raise ApiError(410, "invitation_expired", "this invitation has expired")
            if device is not None:
                if device.revoked_ms is not None:
                    raise ApiError(403, "device_revoked", "this device has been revoked")
                raise ApiError(409, "device_exists", "this device is already enrolled")
            claimed = conn.execute(
                update(inv)
                .where(inv.c.token_hash == token_hash, inv.c.used_ms.is_(None))
                .values(used_ms=now, used_by=claimed_id)
            )
            if claimed.rowcount != 1:
                raise ApiError(409, "invitation_used", "this invitation has already been used")
            conn.execute(
                insert(d).values(
                    device_id=claimed_id,
                    signing_key=signing,
                    encryption_key=encryption,
                    encryption_key_id=key_id(encryption),
                    role=invitation.role,
                    org_id=invitation.org_id,
                    name=name,
                    token_hash=bearer_hash,
                    invitation=token_hash,
                    enrolled_ms=now,
                    last_seq=0,
                )
            )
        org = org_by_id(conn, invitation.org_id)
        coordination = published_coordination(conn)
        rotations = published_rotations(conn)
        _, epoch = current_epoch(conn)
    return {
        "device_id": claimed_id,
        "device_token": token,
        "role": invitation.role,
        "org": org.to_json() if org else None,
        "server_key": b64encode(state.key.public),
        "coordination": coordination,
        "rotations": rotations,
        "epoch": epoch,
        # parcels carry it, so an offline receiver can believe this device's keys
        "device_proof": sign_device_proof(
            state.key, DeviceProof(claimed_id, signing, encryption, invitation.role, now)
        ),
    }
