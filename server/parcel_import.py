"""``fieldbook-server parcel import``: the operator stores a parcel someone carried in.

Every envelope goes through the same checks and the same sequenced write as a device's own
push (:mod:`server.envelope_push`, :mod:`server.envelope_store`); blobs through the same
resumable store, verified by their hash. Importing a parcel twice, or one whose content also
came over the network, changes nothing the second time. The receipts can be written to a
parcel of their own, signed by the server, for the author to open.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from protocol.encoding import parse_json
from protocol.errors import MalformedError
from protocol.parcel import (
    KIND_BLOB,
    KIND_ENVELOPE,
    BlobPiece,
    ParcelWriter,
    iter_frames,
    network_id,
    verify_parcel,
)
from server import schema
from server.envelope_push import check_items, verify
from server.envelope_store import Job, write_group
from server.errors import ApiError
from server.relay import author_caller
from server.state import ServerState

BATCH = 100


@dataclass
class ImportReport:
    stored: int = 0
    duplicates: int = 0
    rejected: list[str] = field(default_factory=list)
    blobs_complete: int = 0
    receipts: list[dict[str, Any]] = field(default_factory=list)


def _store_batch(state: ServerState, author: str, raws: list[Any], report: ImportReport) -> None:
    try:
        caller = author_caller(state, author)
    except ApiError as exc:
        report.rejected.extend(f"{author}: {exc.code}" for _ in raws)
        return
    job = Job(caller, check_items(state, caller, raws))
    verify(state, [job])
    write_group(state, [job])
    if isinstance(job.error, ApiError):  # refused whole: the author's quota, a gap
        report.rejected.extend(f"{author}: {job.error.code}" for _ in raws)
        return
    if job.error is not None:
        raise job.error
    for item in job.items:
        result = item.result or {}
        status = result.get("status")
        if status in ("stored", "conflict_stored"):
            report.stored += 1
        elif status == "duplicate":
            report.duplicates += 1
        else:
            report.rejected.append(f"{item.envelope_id or '?'}: {result.get('reason')}")
            continue
        if isinstance(result.get("receipt"), dict):
            report.receipts.append(result["receipt"])


def _blob_author(state: ServerState, blob_id: str) -> str | None:
    br, e = schema.blob_refs, schema.envelopes
    with state.db.read() as conn:
        author = conn.execute(
            select(e.c.author).join(br, br.c.server_seq == e.c.server_seq)
            .where(br.c.blob_id == blob_id).limit(1)
        ).scalar()  # fmt: skip
    return None if author is None else str(author)


def _store_piece(state: ServerState, piece: BlobPiece, report: ImportReport) -> None:
    current = state.blobs.state(piece.blob_id)
    if current is None:
        author = _blob_author(state, piece.blob_id)
        if author is None:
            report.rejected.append(f"blob {piece.blob_id[:12]}: not referenced")
            return
        current, _ = state.blobs.create(piece.blob_id, piece.blob_size, author)
    if current.complete:
        return
    end = piece.offset + len(piece.data)
    if piece.offset > current.offset or end <= current.offset:
        return  # a gap (an earlier part not imported yet) or bytes already held
    try:
        tail = piece.data[current.offset - piece.offset :]
        after = state.blobs.append(piece.blob_id, current.offset, tail)
    except ApiError as exc:
        report.rejected.append(f"blob {piece.blob_id[:12]}: {exc.code}")
        return
    if after.complete:
        report.blobs_complete += 1


def import_parcel(state: ServerState, path: str | os.PathLike[str]) -> ImportReport:
    """Store one parcel part; refuses (``ParcelError``) a damaged or foreign one whole."""
    network = network_id(state.key.public)
    verify_parcel(path, network=network)
    report = ImportReport()
    pending: list[Any] = []
    author = ""
    with open(path, "rb") as src:
        for kind, value in iter_frames(src, network=network):
            if kind == KIND_ENVELOPE:
                try:
                    raw = parse_json(value)
                    header = raw["header"] if isinstance(raw, dict) else None
                    claimed = str(header["author"]) if isinstance(header, dict) else ""
                except (MalformedError, KeyError, TypeError):
                    report.rejected.append("malformed envelope")
                    continue
                if pending and (claimed != author or len(pending) >= BATCH):
                    _store_batch(state, author, pending, report)
                    pending = []
                author = claimed
                pending.append(raw)
            elif kind == KIND_BLOB:
                if pending:
                    _store_batch(state, author, pending, report)
                    pending = []
                _store_piece(state, value, report)
        if pending:
            _store_batch(state, author, pending, report)
    return report


def write_receipts(state: ServerState, receipts: list[dict[str, Any]], out: Path) -> int:
    """A parcel of receipts, signed by the server, for the authors to open; its size."""
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        writer = ParcelWriter(fh, state.key, network=network_id(state.key.public))
        for receipt in receipts:
            writer.add_item({"type": "receipt", "receipt": receipt})
        return writer.finish()
