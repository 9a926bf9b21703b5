"""The network's coordination key, published signed by the coordinator who made it, and its
later generations (rotation statements signed by that same coordinator identity).

First publication wins; only the same coordinator may replace it, and only until the key has
been rotated. Invitations made after publication carry the fingerprint digest of that
coordinator's signing key, so a device can check the key it receives and the server cannot
swap it. The server checks each rotation statement as devices do (it must extend the chain,
signed by the identity) so an honest server never hands out a chain devices refuse; devices
do not rely on that check.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import IntegrityError

from protocol.coordination_chain import ChainHead, Rotation, check_rotation, genesis
from protocol.encoding import b64encode, canonical_json, parse_json
from protocol.errors import ProtocolError
from protocol.keys import device_id
from protocol.signed import verify_coordination_key
from server import schema
from server.auth import Caller
from server.clock import now_ms
from server.enrolment import published_coordination, published_rotations
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
            elif published_rotations(conn):
                raise ApiError(
                    409,
                    "coordination_key_rotated",
                    "the coordination key has been rotated: publish a rotation statement",
                )
            else:
                conn.execute(update(c).where(c.c.slot == 1).values(**values))
    except IntegrityError as exc:
        raise ApiError(
            409, "coordination_key_exists", "another coordinator published it first"
        ) from exc
    return current(state), created


def current(state: ServerState) -> dict[str, Any]:
    with state.db.read() as conn:
        return current_in(conn)


def _revoked(conn: Connection, signing_key: bytes) -> bool:
    d = schema.devices
    row = conn.execute(
        select(d.c.revoked_ms).where(d.c.device_id == device_id(signing_key))
    ).first()
    return row is not None and row.revoked_ms is not None


def _head(conn: Connection) -> ChainHead:
    published = published_coordination(conn)
    if published is None:
        raise ApiError(409, "no_coordination_key", "no coordination key is published yet")
    coordination, identity = verify_coordination_key(published)
    head = genesis(coordination, identity)
    for statement in published_rotations(conn):
        head = check_rotation(head, Rotation.from_json(statement))
    return head


def rotate(state: ServerState, caller: Caller, body: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """Register the next generation (a coordinator's request). Returns (answer, created);
    the same statement again is answered as stored (a retry after a lost answer)."""
    try:
        rotation = Rotation.from_json(body)
    except ProtocolError as exc:
        raise ApiError(422, exc.code, str(exc)) from exc
    r = schema.coordination_rotations
    try:
        with state.db.write() as conn:
            same = conn.execute(
                select(r.c.statement).where(r.c.generation == rotation.generation)
            ).scalar()
            if same is not None:
                if parse_json(same) != rotation.to_json():
                    raise ApiError(
                        409,
                        "rotation_exists",
                        "another rotation statement holds this generation",
                    )
                return current_in(conn), False
            try:
                check_rotation(_head(conn), rotation)
            except ProtocolError as exc:
                raise ApiError(422, "rotation_refused", str(exc)) from exc
            if _revoked(conn, rotation.identity):
                # the identity's laptop was revoked (lost, seized): a statement signed with
                # its key, uploaded by anyone, is the thief's. Devices cannot see this list
                # (a dishonest server would not show it), so it protects only on an honest
                # server; docs/security.md says so.
                raise ApiError(
                    403,
                    "rotation_refused",
                    "the coordination identity's device is revoked",
                )
            conn.execute(
                insert(r).values(
                    generation=rotation.generation,
                    statement=canonical_json(rotation.to_json()).decode(),
                    registered_by=caller.device_id,
                    registered_ms=now_ms(),
                )
            )
    except IntegrityError as exc:
        raise ApiError(409, "rotation_exists", "another rotation was registered first") from exc
    return current(state), True


def current_in(conn: Connection) -> dict[str, Any]:
    c = schema.coordination_key
    row = conn.execute(select(c.c.coordinator, c.c.published_ms).where(c.c.slot == 1)).first()
    return {
        "coordination": published_coordination(conn),
        "coordinator": row.coordinator if row else None,
        "published": row.published_ms if row else None,
        "rotations": published_rotations(conn),
    }
