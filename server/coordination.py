"""The network's coordination key, published signed by the coordinator who made it.

First publication wins; only the same coordinator may replace it. Invitations made after
publication carry the fingerprint digest of that coordinator's signing key, so a device can
check the key it receives and the server cannot swap it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from protocol.encoding import b64encode, canonical_json
from protocol.errors import ProtocolError
from protocol.signed import verify_coordination_key
from server import schema
from server.auth import Caller
from server.clock import now_ms
from server.enrolment import published_coordination
from server.errors import ApiError
from server.state import ServerState


def publish(
    state: ServerState, caller: Caller, body: dict[str, Any]
) -> tuple[dict[str, Any], bool]:
    """Returns (answer, created)."""
    try:
        coordination, coordinator = verify_coordination_key(body)
    except ProtocolError as exc:
        raise ApiError(422, exc.code, str(exc)) from exc
    if coordinator != caller.signing_key:
        raise ApiError(
            403,
            "coordinator_mismatch",
            "coordinator_key must be the signing key of the device publishing it",
        )
    published = {
        "coordination_key": b64encode(coordination),
        "coordinator_key": b64encode(coordinator),
        "signature": body["signature"],
    }
    c = schema.coordination_key
    now = now_ms()
    created = False
    try:
        with state.db.write() as conn:
            row = conn.execute(select(c.c.coordinator).where(c.c.slot == 1)).first()
            values = {
                "published": canonical_json(published).decode(),
                "coordinator": caller.device_id,
                "coordinator_key": coordinator,
                "published_ms": now,
            }
            if row is None:
                conn.execute(insert(c).values(slot=1, **values))
                created = True
            elif row.coordinator != caller.device_id:
                raise ApiError(
                    409,
                    "coordination_key_exists",
                    "another coordinator has published the coordination key",
                )
            else:
                conn.execute(update(c).where(c.c.slot == 1).values(**values))
    except IntegrityError as exc:
        raise ApiError(
            409, "coordination_key_exists", "another coordinator published it first"
        ) from exc
    return current(state), created


def current(state: ServerState) -> dict[str, Any]:
    c = schema.coordination_key
    with state.db.read() as conn:
        published = published_coordination(conn)
        row = conn.execute(select(c.c.coordinator, c.c.published_ms).where(c.c.slot == 1)).first()
    return {
        "coordination": published,
        "coordinator": row.coordinator if row else None,
        "published": row.published_ms if row else None,
    }
