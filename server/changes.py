"""``GET /v1/changes``: the envelopes a device may read, in server sequence order.

A cursor is ``EPOCH:SEQ`` (empty = from the start). Server sequence numbers are assigned and
committed under one lock (see :mod:`server.database`), so paging by ``server_seq > SEQ`` never
skips a row. A field device reads its own envelopes and review envelopes for it (addressed to
its encryption key, or about its records); a coordinator reads everything.

The response is assembled from the stored canonical envelope bytes without re-encoding them.
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import Connection, select

from protocol.encoding import b64encode
from protocol.signed import Receipt
from server import schema
from server.auth import Caller
from server.errors import ApiError
from server.migrations import current_epoch
from server.state import ServerState

_CURSOR = re.compile(r"^([0-9a-f]{1,64}):([0-9]{1,18})$")


def parse_cursor(cursor: str | None, epoch: str) -> int:
    if not cursor:
        return 0
    match = _CURSOR.fullmatch(cursor)
    if match is None:
        raise ApiError(422, "bad_cursor", "a cursor looks like EPOCH:SEQ, or is empty")
    if match.group(1) != epoch:
        raise ApiError(
            410,
            "epoch_changed",
            "the server was restored or reset; start again from an empty cursor",
            epoch=epoch,
        )
    return int(match.group(2))


def _dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), sort_keys=True).encode()


def changes(state: ServerState, caller: Caller, cursor: str | None, limit: int | None) -> bytes:
    limits = state.config.limits
    if limit is None:
        limit = limits.changes_default_limit
    limit = max(1, min(limit, limits.changes_max_limit))
    e, r = schema.envelopes, schema.envelope_readers
    columns = (
        e.c.server_seq,
        e.c.envelope_id,
        e.c.author,
        e.c.device_seq,
        e.c.record_id,
        e.c.wire,
        e.c.received_ms,
        e.c.epoch_no,
        e.c.receipt_signature,
    )
    with state.db.read() as conn:
        epoch_no, epoch = current_epoch(conn)
        after = parse_cursor(cursor, epoch)
        if caller.is_coordinator:
            query = select(*columns).where(e.c.server_seq > after).order_by(e.c.server_seq)
        else:
            query = (
                select(*columns)
                .join(r, r.c.server_seq == e.c.server_seq)
                .where(r.c.reader == caller.device_id, r.c.server_seq > after)
                .order_by(r.c.server_seq)
            )
        rows = conn.execute(query.limit(limit + 1)).all()
        more = len(rows) > limit
        rows = rows[:limit]
        budget = limits.changes_max_bytes
        taken: list[Any] = []
        for row in rows:
            if taken and budget - len(row.wire) < 0:
                more = True
                break
            budget -= len(row.wire)
            taken.append(row)
        epochs = (
            _epochs(conn) if any(row.epoch_no != epoch_no for row in taken) else {epoch_no: epoch}
        )
        keys = _author_keys(conn, {row.author for row in taken})
        conflicts = _conflicted(conn, {row.record_id for row in taken})
    parts = []
    for row in taken:
        receipt = Receipt(
            envelope_id=row.envelope_id,
            author=row.author,
            seq=int(row.device_seq),
            server_seq=int(row.server_seq),
            epoch=epochs[int(row.epoch_no)],
            time_ms=int(row.received_ms),
            signature=bytes(row.receipt_signature),
        ).to_json()
        parts.append(
            b'{"envelope":'
            + bytes(row.wire)
            + b',"receipt":'
            + _dumps(receipt)
            + b',"server_seq":'
            + str(int(row.server_seq)).encode()
            + b"}"
        )
    last = int(taken[-1].server_seq) if taken else after
    return (
        b'{"conflicts":'
        + _dumps(sorted(conflicts))
        + b',"envelopes":['
        + b",".join(parts)
        + b'],"epoch":'
        + _dumps(epoch)
        + b',"keys":'
        + _dumps(keys)
        + b',"more":'
        + (b"true" if more else b"false")
        + b',"next_cursor":'
        + _dumps(f"{epoch}:{last}")
        + b"}"
    )


def _epochs(conn: Connection) -> dict[int, str]:
    return {int(x.epoch_no): str(x.epoch) for x in conn.execute(select(schema.epochs)).all()}


def _author_keys(conn: Connection, authors: set[str]) -> dict[str, dict[str, str]]:
    if not authors:
        return {}
    d = schema.devices
    rows = conn.execute(
        select(d.c.device_id, d.c.signing_key, d.c.encryption_key, d.c.role).where(
            d.c.device_id.in_(authors)
        )
    ).all()
    return {
        row.device_id: {
            "signing_key": b64encode(bytes(row.signing_key)),
            "encryption_key": b64encode(bytes(row.encryption_key)),
            "role": row.role,
        }
        for row in rows
    }


def _conflicted(conn: Connection, record_ids: set[str]) -> set[str]:
    if not record_ids:
        return set()
    rec = schema.records
    return {
        row.record_id
        for row in conn.execute(
            select(rec.c.record_id).where(rec.c.record_id.in_(record_ids), rec.c.conflicted)
        )
    }
