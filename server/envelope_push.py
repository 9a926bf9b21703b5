"""``PUT /v1/envelopes``: store a device's envelopes in sequence order, exactly once.

Everything that needs no lock (JSON parsing, structure checks, the author's signature) is done
first; then one sequenced transaction checks each device sequence number against the chain,
assigns server sequence numbers and writes the whole batch.

Per-item outcome, in the order the items were sent:

* ``stored`` / ``conflict_stored`` (a second revision with the same parent: the record is
  flagged conflicted) — with a new signed receipt;
* ``duplicate`` — this exact envelope is already held: its stored receipt again, byte for byte;
* ``rejected`` with a ``reason``: the protocol error code (``malformed``, ``bad_signature``,
  ``unsupported_version``, …), ``not_author``, ``review_not_allowed``, ``blob_too_large``,
  ``sequence_reused`` (same seq, different bytes), ``chain_broken`` (``prev`` is not the id of
  the device's envelope seq-1), ``not_record_owner``, or ``sequence_gap`` (a later item whose
  predecessor in this batch was rejected).

A batch whose first missing sequence number is simply absent (nothing in the batch rejected)
is refused as a whole: 409 ``sequence_gap`` with ``expected``, and nothing is written.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from protocol.encoding import parse_json
from protocol.envelope import Envelope
from protocol.errors import MalformedError, ProtocolError
from protocol.signed import Receipt
from server import schema
from server.auth import Caller
from server.clock import now_ms
from server.errors import ApiError
from server.migrations import current_epoch
from server.state import ServerState

STORED, CONFLICT, DUPLICATE, REJECTED = "stored", "conflict_stored", "duplicate", "rejected"


@dataclass
class _Item:
    index: int
    envelope: Envelope | None = None
    envelope_id: str | None = None
    wire: bytes = b""
    result: dict[str, Any] | None = None

    def reject(self, reason: str, message: str, **extra: Any) -> None:
        self.result = {
            "index": self.index,
            "envelope_id": self.envelope_id,
            "status": REJECTED,
            "reason": reason,
            "message": message,
            **extra,
        }


@dataclass
class _Batch:
    """What the transaction learns about the device and the records the batch touches."""

    epoch_no: int
    epoch: str
    epochs: dict[int, str]
    next_server_seq: int
    expected: int
    last_id: str | None
    stored_expected: int
    existing: dict[str, Any]
    records: dict[str, Any]
    siblings: dict[str, list[str | None]]
    readers_by_key: dict[str, list[str]]
    rows: list[dict[str, Any]] = field(default_factory=list)
    readers: list[dict[str, Any]] = field(default_factory=list)
    blob_refs: list[dict[str, Any]] = field(default_factory=list)
    new_records: dict[str, dict[str, Any]] = field(default_factory=dict)
    owner_updates: dict[str, str] = field(default_factory=dict)
    conflicted: set[str] = field(default_factory=set)


def parse_batch(raw_body: bytes, max_items: int) -> list[Any]:
    try:
        data = parse_json(raw_body)
    except MalformedError as exc:
        raise ApiError(422, "malformed", f"the body is not valid JSON: {exc}") from exc
    if not isinstance(data, dict) or set(data) != {"envelopes"}:
        raise ApiError(422, "invalid_request", 'the body must be {"envelopes": [...]}')
    items = data["envelopes"]
    if not isinstance(items, list):
        raise ApiError(422, "invalid_request", "envelopes must be a list")
    if len(items) > max_items:
        raise ApiError(
            413,
            "batch_too_large",
            f"at most {max_items} envelopes per request",
            limit=max_items,
        )
    return items


def _prepare(caller: Caller, raws: list[Any], max_blob_bytes: int) -> list[_Item]:
    items = []
    for index, raw in enumerate(raws):
        item = _Item(index)
        items.append(item)
        try:
            env = Envelope.from_wire(raw)
        except ProtocolError as exc:
            item.reject(exc.code, str(exc))
            continue
        item.envelope = env
        item.envelope_id = env.envelope_id
        header = env.header
        if header.author != caller.device_id:
            item.reject("not_author", "a device may only push envelopes it wrote")
        elif header.kind == "review" and not caller.is_coordinator:
            item.reject("review_not_allowed", "only coordinators write review envelopes")
        elif any(b.size > max_blob_bytes for b in header.blobs):
            item.reject("blob_too_large", f"attachments are limited to {max_blob_bytes} bytes")
        else:
            try:
                env.verify(caller.signing_key)
            except ProtocolError as exc:
                item.reject("bad_signature", f"the author's signature does not verify: {exc}")
                continue
            item.wire = env.to_bytes()
    return items


def push_envelopes(state: ServerState, caller: Caller, raw_body: bytes) -> dict[str, Any]:
    limits = state.config.limits
    raws = parse_batch(raw_body, limits.envelopes_per_batch)
    items = _prepare(caller, raws, limits.max_blob_bytes)
    valid = sorted(
        (i for i in items if i.result is None and i.envelope is not None),
        key=lambda i: i.envelope.header.seq if i.envelope else 0,
    )
    with state.db.sequenced() as conn:
        batch = _load(conn, caller, valid)
        any_rejected = any(i.result is not None for i in items)
        stored_now: dict[str, dict[str, Any]] = {}
        for item in valid:
            _apply(state, caller, batch, item, stored_now, any_rejected)
            if item.result is not None and item.result["status"] == REJECTED:
                any_rejected = True
        _write(conn, caller, batch)
        missing = _missing_blobs(conn, [i.envelope for i in valid if i.envelope])
    for item in valid:
        if item.result and item.envelope and item.result["status"] != REJECTED:
            ids = [b.blob_id for b in item.envelope.header.blobs]
            item.result["blobs_missing"] = [b for b in dict.fromkeys(ids) if b in missing]
    return {"epoch": batch.epoch, "results": [i.result for i in items]}


def _load(conn: Connection, caller: Caller, valid: list[_Item]) -> _Batch:
    epochs = {int(r.epoch_no): str(r.epoch) for r in conn.execute(select(schema.epochs)).all()}
    epoch_no, epoch = current_epoch(conn)
    d = schema.devices
    dev = conn.execute(
        select(d.c.last_seq, d.c.last_envelope_id, d.c.revoked_ms).where(
            d.c.device_id == caller.device_id
        )
    ).one()
    if dev.revoked_ms is not None:
        raise ApiError(403, "device_revoked", "this device has been revoked by the coordinator")
    e = schema.envelopes
    ids = [i.envelope_id for i in valid]
    existing = {}
    if ids:
        for row in conn.execute(
            select(
                e.c.envelope_id,
                e.c.server_seq,
                e.c.author,
                e.c.device_seq,
                e.c.received_ms,
                e.c.epoch_no,
                e.c.receipt_signature,
            ).where(e.c.envelope_id.in_(ids))
        ):
            existing[row.envelope_id] = row._asdict()
    record_ids = list({i.envelope.header.record_id for i in valid if i.envelope})
    records: dict[str, Any] = {}
    siblings: dict[str, list[str | None]] = defaultdict(list)
    if record_ids:
        r = schema.records
        for row in conn.execute(select(r).where(r.c.record_id.in_(record_ids))):
            records[row.record_id] = row._asdict()
        for rev in conn.execute(
            select(e.c.record_id, e.c.parent).where(
                e.c.record_id.in_(record_ids), e.c.kind == "observation"
            )
        ):
            siblings[rev.record_id].append(rev.parent)
    review_keys = {
        kid
        for i in valid
        if i.envelope and i.envelope.header.kind == "review"
        for kid in i.envelope.header.recipient_ids
    }
    readers_by_key: dict[str, list[str]] = defaultdict(list)
    if review_keys:
        for reader in conn.execute(
            select(d.c.device_id, d.c.encryption_key_id).where(
                d.c.encryption_key_id.in_(review_keys), d.c.role == "field"
            )
        ):
            readers_by_key[reader.encryption_key_id].append(reader.device_id)
    top = conn.execute(select(func.max(e.c.server_seq))).scalar_one()
    return _Batch(
        epoch_no=epoch_no,
        epoch=epoch,
        epochs=epochs,
        next_server_seq=int(top or 0) + 1,
        expected=int(dev.last_seq) + 1,
        stored_expected=int(dev.last_seq) + 1,
        last_id=dev.last_envelope_id,
        existing=existing,
        records=records,
        siblings=siblings,
        readers_by_key=readers_by_key,
    )


def _receipt_json(row: dict[str, Any], epochs: dict[int, str]) -> dict[str, Any]:
    return Receipt(
        envelope_id=row["envelope_id"],
        author=row["author"],
        seq=int(row["device_seq"]),
        server_seq=int(row["server_seq"]),
        epoch=epochs[int(row["epoch_no"])],
        time_ms=int(row["received_ms"]),
        signature=bytes(row["receipt_signature"]),
    ).to_json()


def _apply(
    state: ServerState,
    caller: Caller,
    batch: _Batch,
    item: _Item,
    stored_now: dict[str, dict[str, Any]],
    any_rejected: bool,
) -> None:
    env = item.envelope
    assert env is not None and item.envelope_id is not None
    header = env.header
    eid = item.envelope_id
    known = batch.existing.get(eid) or stored_now.get(eid)
    if known is not None:
        item.result = {
            "index": item.index,
            "envelope_id": eid,
            "status": DUPLICATE,
            "receipt": _receipt_json(known, batch.epochs),
        }
        return
    if header.seq < batch.expected:
        item.reject(
            "sequence_reused",
            f"sequence number {header.seq} already holds a different envelope",
            expected=batch.expected,
        )
        return
    if header.seq > batch.expected:
        if not any_rejected:
            # nothing of this batch is kept, so the device resends from what the server holds
            raise ApiError(
                409,
                "sequence_gap",
                f"envelope {batch.stored_expected} of this device is missing; send from there",
                expected=batch.stored_expected,
            )
        item.reject(
            "sequence_gap",
            f"envelope {batch.expected} of this device was not stored",
            expected=batch.expected,
        )
        return
    if header.prev != batch.last_id:
        item.reject("chain_broken", "prev is not the id of this device's previous envelope")
        return
    record = batch.records.get(header.record_id) or batch.new_records.get(header.record_id)
    owner = record["owner"] if record else None
    status = STORED
    if header.kind == "observation":
        if owner is not None and owner != caller.device_id:
            item.reject("not_record_owner", "only the record's author revises an observation")
            return
        parents = batch.siblings[header.record_id]
        if header.parent in parents:
            status = CONFLICT
            batch.conflicted.add(header.record_id)
        parents.append(header.parent)
        if record is None:
            batch.new_records[header.record_id] = {"owner": caller.device_id}
            owner = caller.device_id
        elif owner is None:
            batch.owner_updates[header.record_id] = caller.device_id
            record["owner"] = owner = caller.device_id
    elif record is None:
        batch.new_records[header.record_id] = {"owner": None}

    server_seq = batch.next_server_seq
    batch.next_server_seq += 1
    received = now_ms()
    receipt = Receipt(eid, caller.device_id, header.seq, server_seq, batch.epoch, received)
    signature = receipt.signed(state.key).signature
    row = {
        "server_seq": server_seq,
        "envelope_id": eid,
        "author": caller.device_id,
        "device_seq": header.seq,
        "record_id": header.record_id,
        "kind": header.kind,
        "rev": header.rev,
        "parent": header.parent,
        "wire": item.wire,
        "received_ms": received,
        "epoch_no": batch.epoch_no,
        "receipt_signature": signature,
    }
    batch.rows.append(row)
    stored_now[eid] = row
    readers = {caller.device_id}
    if header.kind == "review":
        if owner is not None:
            readers.add(owner)
        for kid in header.recipient_ids:
            readers.update(batch.readers_by_key.get(kid, ()))
    batch.readers.extend({"reader": r, "server_seq": server_seq} for r in sorted(readers))
    batch.blob_refs.extend(
        {"blob_id": b.blob_id, "server_seq": server_seq, "record_id": header.record_id,
         "size": b.size}
        for b in {b.blob_id: b for b in header.blobs}.values()
    )  # fmt: skip
    batch.expected += 1
    batch.last_id = eid
    item.result = {
        "index": item.index,
        "envelope_id": eid,
        "status": status,
        "receipt": _receipt_json(row, {batch.epoch_no: batch.epoch}),
    }


def _write(conn: Connection, caller: Caller, batch: _Batch) -> None:
    if not batch.rows:
        return
    created = now_ms()
    if batch.new_records:
        conn.execute(
            insert(schema.records),
            [
                {"record_id": rid, "owner": r["owner"], "conflicted": False, "created_ms": created}
                for rid, r in batch.new_records.items()
            ],
        )
    r = schema.records
    for rid, owner in batch.owner_updates.items():
        conn.execute(update(r).where(r.c.record_id == rid).values(owner=owner))
    if batch.conflicted:
        conn.execute(update(r).where(r.c.record_id.in_(batch.conflicted)).values(conflicted=True))
    conn.execute(insert(schema.envelopes), batch.rows)
    conn.execute(insert(schema.envelope_readers), batch.readers)
    if batch.blob_refs:
        conn.execute(insert(schema.blob_refs), batch.blob_refs)
    d = schema.devices
    conn.execute(
        update(d)
        .where(d.c.device_id == caller.device_id)
        .values(last_seq=batch.expected - 1, last_envelope_id=batch.last_id)
    )


def _missing_blobs(conn: Connection, envelopes: list[Envelope]) -> set[str]:
    wanted = {b.blob_id for env in envelopes for b in env.header.blobs}
    if not wanted:
        return set()
    b = schema.blobs
    complete = {
        row.blob_id
        for row in conn.execute(
            select(b.c.blob_id).where(b.c.blob_id.in_(wanted), b.c.complete.is_(True))
        )
    }
    return wanted - complete


def encode(result: dict[str, Any]) -> bytes:
    return json.dumps(result, separators=(",", ":")).encode()
