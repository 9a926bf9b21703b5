"""Relaying a parcel: a device with a connection delivers someone else's parcel.

The envelopes go to ``PUT /v1/relay/envelopes`` in the author's name, where the server checks
them exactly as the author's own push (signature, sequence, chain); blobs are uploaded with
the author named in ``X-Fieldbook-Relay-For`` and checked by their hash. The relay reads
nothing: it holds no key that opens them. The server's receipts are verified and written
into a return parcel for the author.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.sync.errors import SyncError
from desktop.core.sync.parcel_parts import ParcelReport, PartWriter, refusal, verified
from protocol.encoding import parse_json
from protocol.errors import ProtocolError
from protocol.parcel import (
    KIND_BLOB,
    KIND_ENVELOPE,
    KIND_HEADER,
    BlobPiece,
    ParcelError,
    iter_frames,
)
from protocol.signed import Receipt

if TYPE_CHECKING:
    from desktop.core.profile import Profile
    from desktop.core.sync.transport import Transport

RELAY_BATCH = 100
_RELAY_FOR = "X-Fieldbook-Relay-For"


def relay(
    profile: Profile, path: Path, transport: Transport, returns: Path | None, network: str,
    server_key: bytes,
) -> ParcelReport:  # fmt: skip
    """Push a parcel's envelopes and blobs to the server on their authors' behalf; the
    verified receipts go into a return parcel in ``returns`` for the author."""
    verified(path, network)
    report = ParcelReport()
    receipts: list[dict[str, Any]] = []
    batch: list[Any] = []
    author = ""
    blob_offsets: dict[str, int] = {}
    blob_authors: dict[str, str] = {}
    maker = ""
    try:
        with open(path, "rb") as src:
            for kind, value in iter_frames(src, network=network):
                if kind == KIND_HEADER:
                    maker = value.maker
                elif kind == KIND_ENVELOPE:
                    report.envelopes += 1
                    try:
                        wire = parse_json(value)
                        claimed = str(wire["header"]["author"])
                    except (ProtocolError, KeyError, TypeError):
                        report.refused.append("malformed")
                        continue
                    for ref in _blob_refs(wire):
                        blob_authors.setdefault(ref, claimed)
                    if batch and (claimed != author or len(batch) >= RELAY_BATCH):
                        _relay_batch(transport, author, batch, server_key, receipts, report)
                        batch = []
                    author = claimed
                    batch.append(wire)
                elif kind == KIND_BLOB:
                    if batch:
                        _relay_batch(transport, author, batch, server_key, receipts, report)
                        batch = []
                    # a blob whose envelope went in an earlier part is the maker's own
                    author_of = blob_authors.get(value.blob_id, maker)
                    _relay_blob_piece(transport, value, author_of, blob_offsets, report)
        if batch:
            _relay_batch(transport, author, batch, server_key, receipts, report)
    except (ParcelError, OSError) as exc:  # the file changed under us after verifying
        raise refusal(exc) from exc
    report.receipts = len(receipts)
    if returns is not None and receipts:
        parts = PartWriter(profile, returns, network, [], None)
        assert parts.writer is not None
        for receipt in receipts:
            parts.writer.add_item({"type": "receipt", "receipt": receipt})
        parts.finish()
        report.parts = parts.paths
    return report


def _relay_batch(
    transport: Transport, author: str, batch: list[Any], server_key: bytes,
    receipts: list[dict[str, Any]], report: ParcelReport,
) -> None:  # fmt: skip
    answer = transport.send_json(
        "PUT", "/v1/relay/envelopes", {"author": author, "envelopes": batch}
    )
    results = answer.get("results") if isinstance(answer, dict) else None
    if not isinstance(results, list):
        raise SyncError()
    for result in results:
        status = result.get("status") if isinstance(result, dict) else None
        if status not in ("stored", "duplicate", "conflict_stored"):
            reason = result.get("reason") if isinstance(result, dict) else None
            report.refused.append(str(reason or "rejected"))
            continue
        try:
            receipt = Receipt.from_json(result.get("receipt"))
            receipt.verify(server_key)
        except ProtocolError:
            report.refused.append("bad_receipt")
            continue
        if status == "duplicate":
            report.already_held += 1
        else:
            report.received += 1
        receipts.append(receipt.to_json())


def _relay_blob_piece(
    transport: Transport, piece: BlobPiece, author: str | None,
    offsets: dict[str, int], report: ParcelReport,
) -> None:  # fmt: skip
    headers = {_RELAY_FOR: author} if author else {}
    offset = offsets.get(piece.blob_id)
    if offset is None:
        state = transport.request(
            "POST", "/v1/blobs", json_body={"blob_id": piece.blob_id, "size": piece.blob_size},
            headers=headers,
        ).json()  # fmt: skip
        if state.get("complete"):
            offsets[piece.blob_id] = piece.blob_size
            return
        offset = int(state.get("offset", 0))
    end = piece.offset + len(piece.data)
    if offset >= end or piece.offset > offset:
        offsets[piece.blob_id] = offset
        return
    answer = transport.request(
        "PATCH", f"/v1/blobs/{piece.blob_id}", data=piece.data[offset - piece.offset :],
        headers={**headers, "Upload-Offset": str(offset),
                 "Content-Type": "application/offset+octet-stream"},
    ).json()  # fmt: skip
    offsets[piece.blob_id] = int(answer.get("offset", end))
    if answer.get("complete"):
        report.blobs_complete += 1


def _blob_refs(wire: Any) -> list[str]:
    """Blob ids an envelope's header names (the relay tells the server whose they are)."""
    try:
        return [str(b["id"]) for b in wire["header"]["blobs"]]
    except (KeyError, TypeError):
        return []
