"""Writing pushed envelopes: many requests' batches in one sequenced transaction.

:class:`server.push_writer.PushWriter` hands this module a *group* of jobs (one per
``PUT /v1/envelopes`` request, already parsed and signature-checked). One transaction loads
what the group needs with a handful of queries, applies each job's items in device sequence
order (the rules are in :mod:`server.envelope_push`), has the receipts signed, and writes
everything with batched inserts. A job refused as a whole (409 ``sequence_gap``) is undone in
memory and leaves the others untouched.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Table,
    bindparam,
    func,
    insert,
    or_,
    select,
    update,
)

from protocol.envelope import Envelope
from protocol.signed import Receipt
from server import schema
from server.auth import Caller
from server.clock import now_ms
from server.database import Database
from server.errors import ApiError
from server.state import ServerState

STORED, CONFLICT, DUPLICATE, REJECTED = "stored", "conflict_stored", "duplicate", "rejected"


@dataclass
class Item:
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
class Job:
    caller: Caller
    items: list[Item]
    epoch: str = ""
    error: BaseException | None = None
    _checked: list[dict[str, Any] | None] = field(default_factory=list, repr=False)

    def checked(self) -> None:
        """Every check before the write is done: :meth:`reset` comes back to this."""
        self._checked = [item.result for item in self.items]

    def reset(self) -> None:
        """Forget what a failed write decided (keeps the refusals made before the write)."""
        self.error = None
        for item, result in zip(self.items, self._checked, strict=True):
            item.result = result


@dataclass
class _Device:
    expected: int
    stored_expected: int
    last_id: str | None
    revoked: bool
    #: bytes it holds here (envelopes and attachments) and envelope bytes this group adds
    used: int = 0
    added: int = 0
    changed: bool = False


@dataclass
class _Group:
    epoch_no: int
    epoch: str
    epochs: dict[int, str]
    next_server_seq: int
    devices: dict[str, _Device]
    existing: dict[str, dict[str, Any]]
    owners: dict[str, str | None]
    siblings: dict[str, list[str | None]]
    readers_by_key: dict[str, list[str]]
    #: the per-device storage quota in bytes (0: none)
    quota: int = 0
    rows: list[dict[str, Any]] = field(default_factory=list)
    stored_now: dict[str, dict[str, Any]] = field(default_factory=dict)
    readers: list[dict[str, Any]] = field(default_factory=list)
    blob_refs: list[dict[str, Any]] = field(default_factory=list)
    new_records: dict[str, str | None] = field(default_factory=dict)
    owner_updates: dict[str, str] = field(default_factory=dict)
    conflicted: set[str] = field(default_factory=set)
    #: (item, row, status): results finished once the receipts are signed
    pending: list[tuple[Item, dict[str, Any], str]] = field(default_factory=list)


def _valid(job: Job) -> list[Item]:
    items = [i for i in job.items if i.result is None and i.envelope is not None]
    return sorted(items, key=lambda i: i.envelope.header.seq if i.envelope else 0)


def _load(conn: Connection, jobs: list[Job], quota: int) -> _Group:
    e, d, r, b = schema.envelopes, schema.devices, schema.records, schema.blobs
    epochs = {int(x.epoch_no): str(x.epoch) for x in conn.execute(select(schema.epochs)).all()}
    epoch_no = max(epochs)
    top = conn.execute(select(func.max(e.c.server_seq))).scalar_one()
    device_ids = {job.caller.device_id for job in jobs}
    devices = {
        row.device_id: _Device(
            expected=int(row.last_seq) + 1,
            stored_expected=int(row.last_seq) + 1,
            last_id=row.last_envelope_id,
            revoked=row.revoked_ms is not None,
            used=int(row.envelope_bytes),
        )
        for row in conn.execute(
            select(
                d.c.device_id, d.c.last_seq, d.c.last_envelope_id, d.c.revoked_ms,
                d.c.envelope_bytes,
            ).where(d.c.device_id.in_(device_ids))
        )
    }  # fmt: skip
    if quota:
        uploads = select(b.c.uploader, func.sum(b.c.size).label("size")).where(
            b.c.uploader.in_(device_ids)
        )
        for upload in conn.execute(uploads.group_by(b.c.uploader)):
            if upload.uploader in devices:
                devices[upload.uploader].used += int(upload.size or 0)
    valid = [i for job in jobs for i in _valid(job) if i.envelope is not None]
    existing: dict[str, dict[str, Any]] = {}
    ids = [i.envelope_id for i in valid]
    if ids:
        columns = (e.c.envelope_id, e.c.server_seq, e.c.author, e.c.device_seq, e.c.received_ms,
                   e.c.epoch_no, e.c.receipt_signature)  # fmt: skip
        for row in conn.execute(select(*columns).where(e.c.envelope_id.in_(ids))):
            existing[row.envelope_id] = row._asdict()
    owners: dict[str, str | None] = {}
    siblings: dict[str, list[str | None]] = defaultdict(list)
    record_ids = list({i.envelope.header.record_id for i in valid if i.envelope})
    if record_ids:
        records = select(r.c.record_id, r.c.owner).where(r.c.record_id.in_(record_ids))
        for rec in conn.execute(records):
            owners[rec.record_id] = rec.owner
        # Only the revisions a new one could collide with (same record, same parent), not a
        # record's whole history: that grows with every revision.
        parents = {i.envelope.header.parent for i in valid
                   if i.envelope and i.envelope.header.kind == "observation"}  # fmt: skip
        named = [p for p in parents if p is not None]
        same_parent: ColumnElement[bool] = e.c.parent.in_(named)
        if None in parents:
            same_parent = or_(same_parent, e.c.parent.is_(None))
        if parents:
            query = select(e.c.record_id, e.c.parent).where(
                e.c.record_id.in_(record_ids), e.c.kind == "observation", same_parent
            )
            for rev in conn.execute(query):
                siblings[rev.record_id].append(rev.parent)
    review_keys = {kid for i in valid if i.envelope and i.envelope.header.kind == "review"
                   for kid in i.envelope.header.recipient_ids}  # fmt: skip
    readers_by_key: dict[str, list[str]] = defaultdict(list)
    if review_keys:
        for reader in conn.execute(
            select(d.c.device_id, d.c.encryption_key_id).where(
                d.c.encryption_key_id.in_(review_keys), d.c.role == "field"
            )
        ):
            readers_by_key[reader.encryption_key_id].append(reader.device_id)
    return _Group(
        epoch_no=epoch_no,
        epoch=epochs[epoch_no],
        epochs=epochs,
        next_server_seq=int(top or 0) + 1,
        devices=devices,
        existing=existing,
        owners=owners,
        siblings=siblings,
        readers_by_key=readers_by_key,
        quota=quota,
    )


class _Undo:
    """What a job changed in the group's memory, to take back if the job is refused."""

    def __init__(self, group: _Group) -> None:
        self.group = group
        self.sizes = (len(group.rows), len(group.readers), len(group.blob_refs),
                      len(group.pending))  # fmt: skip
        self.steps: list[Callable[[], object]] = []

    def rollback(self) -> None:
        g = self.group
        rows, readers, refs, pending = self.sizes
        for row in g.rows[rows:]:
            g.stored_now.pop(row["envelope_id"], None)
        del g.rows[rows:], g.readers[readers:], g.blob_refs[refs:], g.pending[pending:]
        for step in reversed(self.steps):
            step()


def _apply_job(group: _Group, job: Job) -> None:
    caller = job.caller
    device = group.devices.get(caller.device_id)
    if device is None or device.revoked:
        raise ApiError(403, "device_revoked", "this device has been revoked by the coordinator")
    undo = _Undo(group)
    saved = (device.expected, device.last_id, device.added, device.changed)

    def restore_device() -> None:
        device.expected, device.last_id, device.added, device.changed = saved

    undo.steps.append(restore_device)
    any_rejected = any(i.result is not None for i in job.items)
    try:
        for item in _valid(job):
            _apply_item(group, caller, device, item, any_rejected, undo)
            if item.result is not None and item.result["status"] == REJECTED:
                any_rejected = True
    except ApiError:
        undo.rollback()
        raise
    job.epoch = group.epoch


def _apply_item(
    g: _Group, caller: Caller, device: _Device, item: Item, any_rejected: bool, undo: _Undo
) -> None:
    env = item.envelope
    assert env is not None and item.envelope_id is not None
    header, eid = env.header, item.envelope_id
    known = g.existing.get(eid) or g.stored_now.get(eid)
    if known is not None:
        g.pending.append((item, known, DUPLICATE))
        item.result = {"status": DUPLICATE}
        return
    if header.seq < device.expected:
        item.reject(
            "sequence_reused",
            f"sequence number {header.seq} already holds a different envelope",
            expected=device.expected,
        )
        return
    if header.seq > device.expected:
        if not any_rejected:
            # nothing of this request is kept: the device resends from what the server holds
            raise ApiError(
                409,
                "sequence_gap",
                f"envelope {device.stored_expected} of this device is missing; send from there",
                expected=device.stored_expected,
            )
        item.reject(
            "sequence_gap",
            f"envelope {device.expected} of this device was not stored",
            expected=device.expected,
        )
        return
    if header.prev != device.last_id:
        item.reject("chain_broken", "prev is not the id of this device's previous envelope")
        return
    if g.quota and device.used + device.added + len(item.wire) > g.quota:
        # nothing of this request is kept; what is held already still answers "duplicate"
        raise ApiError(
            507,
            "quota_exceeded",
            "this device's storage on the server is full; ask the server operator",
            quota=g.quota,
        )
    record_id = header.record_id
    known_record = record_id in g.owners or record_id in g.new_records
    owner = g.new_records.get(record_id, g.owners.get(record_id))
    status = STORED
    if header.kind == "observation":
        if owner is not None and owner != caller.device_id:
            item.reject("not_record_owner", "only the record's author revises an observation")
            return
        parents = g.siblings[record_id]
        if header.parent in parents:
            status = CONFLICT
            if record_id not in g.conflicted:
                g.conflicted.add(record_id)
                undo.steps.append(lambda: g.conflicted.discard(record_id))
        parents.append(header.parent)
        undo.steps.append(parents.pop)
        if not known_record:
            g.new_records[record_id] = owner = caller.device_id
            undo.steps.append(lambda: g.new_records.pop(record_id, None))
        elif owner is None:
            if record_id in g.new_records:
                g.new_records[record_id] = caller.device_id
                undo.steps.append(lambda: g.new_records.__setitem__(record_id, None))
            else:
                g.owner_updates[record_id] = caller.device_id
                g.owners[record_id] = caller.device_id
                undo.steps.append(lambda: g.owner_updates.pop(record_id, None))
                undo.steps.append(lambda: g.owners.__setitem__(record_id, None))
            owner = caller.device_id
    elif not known_record:
        g.new_records[record_id] = None
        undo.steps.append(lambda: g.new_records.pop(record_id, None))

    server_seq = g.next_server_seq
    g.next_server_seq += 1
    row = {
        "server_seq": server_seq,
        "envelope_id": eid,
        "author": caller.device_id,
        "device_seq": header.seq,
        "record_id": record_id,
        "kind": header.kind,
        "rev": header.rev,
        "parent": header.parent,
        "wire": item.wire,
        "received_ms": now_ms(),
        "epoch_no": g.epoch_no,
        "receipt_signature": b"",
    }
    g.rows.append(row)
    g.stored_now[eid] = row
    readers = {caller.device_id}
    if header.kind == "review":
        if owner is not None:
            readers.add(owner)
        for kid in header.recipient_ids:
            readers.update(g.readers_by_key.get(kid, ()))
    g.readers.extend({"reader": r, "server_seq": server_seq} for r in sorted(readers))
    g.blob_refs.extend(
        {"blob_id": b.blob_id, "server_seq": server_seq, "record_id": record_id, "size": b.size}
        for b in {b.blob_id: b for b in header.blobs}.values()
    )
    g.pending.append((item, row, status))
    item.result = {"status": status}
    device.expected += 1
    device.last_id = eid
    device.added += len(item.wire)
    device.changed = True


def _receipt(row: dict[str, Any], epochs: dict[int, str]) -> Receipt:
    return Receipt(
        envelope_id=row["envelope_id"],
        author=row["author"],
        seq=int(row["device_seq"]),
        server_seq=int(row["server_seq"]),
        epoch=epochs[int(row["epoch_no"])],
        time_ms=int(row["received_ms"]),
        signature=bytes(row["receipt_signature"]),
    )


def _sign_receipts(state: ServerState, g: _Group) -> None:
    receipts = [_receipt(row, g.epochs) for row in g.rows]
    for row, signature in zip(g.rows, state.signatures.sign_receipts(receipts), strict=True):
        row["receipt_signature"] = signature
    for item, row, status in g.pending:
        item.result = {
            "index": item.index,
            "envelope_id": item.envelope_id,
            "status": status,
            "receipt": _receipt(row, g.epochs).to_json(),
        }


def _insert(db: Database, conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Plain-valued rows inserted with one DB-API ``executemany``, skipping SQLAlchemy's
    per-row processing (the biggest cost of a write group)."""
    if not rows:
        return
    names = list(rows[0])
    statement = db.prepared(
        f"insert:{table.name}:{','.join(names)}",
        lambda: insert(table).values({name: bindparam(name) for name in names}),
    )
    statement.execute_many(conn, rows)


def _write(db: Database, conn: Connection, g: _Group) -> None:
    if not g.rows:
        return
    r, d = schema.records, schema.devices
    created = now_ms()
    if g.new_records:
        conn.execute(
            insert(r),
            [
                {"record_id": rid, "owner": owner, "conflicted": False, "created_ms": created}
                for rid, owner in g.new_records.items()
            ],
        )
    for rid, owner in g.owner_updates.items():
        conn.execute(update(r).where(r.c.record_id == rid).values(owner=owner))
    if g.conflicted:
        conn.execute(update(r).where(r.c.record_id.in_(g.conflicted)).values(conflicted=True))
    _insert(db, conn, schema.envelopes, g.rows)
    _insert(db, conn, schema.envelope_readers, g.readers)
    _insert(db, conn, schema.blob_refs, g.blob_refs)
    changed = [
        {"dev": device_id, "seq": dev.expected - 1, "last": dev.last_id, "added": dev.added}
        for device_id, dev in g.devices.items()
        if dev.changed
    ]
    conn.execute(
        update(d)
        .where(d.c.device_id == bindparam("dev"))
        .values(
            last_seq=bindparam("seq"),
            last_envelope_id=bindparam("last"),
            envelope_bytes=d.c.envelope_bytes + bindparam("added"),
        ),
        changed,
    )


def write_group(state: ServerState, jobs: list[Job]) -> None:
    """Apply and store every job of the group in one sequenced transaction.

    Each job ends with its items' results filled in, or with ``job.error`` set.
    """
    with state.db.sequenced() as conn:
        group = _load(conn, jobs, state.config.limits.device_quota_bytes)
        for job in jobs:
            try:
                _apply_job(group, job)
            except ApiError as exc:
                job.error = exc
        _sign_receipts(state, group)
        _write(state.db, conn, group)
        _note_missing_blobs(conn, [job for job in jobs if job.error is None])


def _note_missing_blobs(conn: Connection, jobs: list[Job]) -> None:
    """Each stored or duplicate item's ``blobs_missing``: attachments not yet complete here."""
    held = [i for job in jobs for i in job.items
            if i.envelope and i.result and i.result["status"] != REJECTED]  # fmt: skip
    wanted = {b.blob_id for i in held if i.envelope for b in i.envelope.header.blobs}
    missing: set[str] = set()
    if wanted:
        b = schema.blobs
        query = select(b.c.blob_id).where(b.c.blob_id.in_(wanted), b.c.complete.is_(True))
        missing = wanted - {row.blob_id for row in conn.execute(query)}
    for item in held:
        assert item.envelope is not None and item.result is not None
        ids = dict.fromkeys(b.blob_id for b in item.envelope.header.blobs)
        item.result["blobs_missing"] = [blob_id for blob_id in ids if blob_id in missing]
