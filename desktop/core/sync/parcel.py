"""Parcels: the sync carried on a USB stick when there is no connection (or none safe).

A field device writes everything it has not yet delivered — the sealed envelopes, exactly
the bytes it would push, and the attachment blobs, exactly the bytes it would upload — with
the server's signed proof of its enrolment, into one file (:mod:`protocol.parcel`). Making a
parcel removes nothing from the queue: records stay "queued" until a server receipt says
they arrived, whichever way.

A parcel is delivered three ways, each idempotent beside the network sync:

- opened at a coordinator's machine (:meth:`Parcels.open`): every envelope is checked and
  opened by the same :class:`~desktop.core.sync.pull.PageApplier` as a server page;
- relayed by any enrolled device with a connection (:meth:`Parcels.relay`): it pushes the
  envelopes and blobs on the author's behalf (the server checks them as the author's own)
  and writes the receipts into a return parcel for the author;
- imported by the server operator (``fieldbook-server parcel import``).

Opening a parcel whose bytes are not all as its maker signed changes nothing: the whole part
is verified in one streaming pass before a single frame is applied.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.database import utc_now
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.sync.device_proof import DEVICE_PROOF
from desktop.core.sync.inbox import Inbox
from desktop.core.sync.outbox import Outbox
from desktop.core.sync.parcel_parts import (
    NotConnectedError,
    ParcelRefused,
    ParcelReport,
    PartWriter,
    refusal,
    verified,
)
from desktop.core.sync.parcel_relay import relay
from desktop.core.sync.parcel_return import DirectorySource, make_return, resolve
from desktop.core.sync.progress import SyncSummary
from desktop.core.sync.pull import Entry, PageApplier
from desktop.core.sync.state import SyncStore
from protocol.device_proof import verify_device_proof
from protocol.envelope import Envelope
from protocol.errors import ProtocolError
from protocol.keys import EncryptionKey
from protocol.parcel import (
    KIND_BLOB,
    KIND_ENVELOPE,
    KIND_ITEM,
    BlobPiece,
    ParcelError,
    iter_frames,
    network_id,
)
from protocol.signed import Receipt

if TYPE_CHECKING:
    from desktop.core.profile import Profile
    from desktop.core.sync.transport import Transport

PAGE = 200
__all__ = ["NotConnectedError", "ParcelRefused", "ParcelReport", "Parcels"]


class Parcels:
    """``profile.sync.parcels``: make, open and relay parcels."""

    def __init__(self, profile: Profile, store: SyncStore, outbox: Outbox) -> None:
        self.profile = profile
        self.store = store
        self.outbox = outbox
        self.db = profile.database

    def _network(self) -> tuple[str, bytes]:
        server_key = self.store.server_key
        if server_key is None:
            raise NotConnectedError()
        return network_id(server_key), server_key

    def _own_items(self) -> list[dict[str, Any]]:
        proof = self.store.get(DEVICE_PROOF)
        return [{"type": "device", "proof": proof}] if proof is not None else []

    # -- making -----------------------------------------------------------------------------
    def make(self, directory: Path, *, max_size: int | None = None) -> ParcelReport:
        """Everything not yet receipted, in parts of at most ``max_size`` bytes."""
        network, _ = self._network()
        self.outbox.seal_pending()
        self.profile.reviews.reseal_unsealed()
        rows = self.db.query(
            "SELECT o.envelope_id, e.envelope FROM outbox o JOIN outbox_envelopes e"
            " ON e.seq = o.seq WHERE o.receipt IS NULL ORDER BY o.seq"
        )
        blobs = self.db.query(
            "SELECT b.blob_id FROM blob_uploads b WHERE b.complete = 0 ORDER BY b.size, b.blob_id"
        )
        report = ParcelReport(envelopes=len(rows))
        parts = PartWriter(self.profile, directory, network, self._own_items(), max_size)
        try:
            for _envelope_id, wire in rows:
                parts.envelope(bytes(wire))
            for (blob_id,) in blobs:
                path = self.profile.paths.blobs_dir / str(blob_id)
                if path.exists():
                    parts.blob(str(blob_id), path)
            parts.finish()
        except BaseException:
            parts.finish()
            for path in parts.paths:
                path.unlink(missing_ok=True)
            raise
        report.parts = parts.paths
        return report

    def make_return(
        self, directory: Path, *, for_device: str, network: DirectorySource | None = None
    ) -> ParcelReport:
        """A coordinator's parcel of receipts and reviews for a device (its id) or for every
        device of an organisation (its name or number), whose devices ``network`` (a
        :class:`~desktop.core.network.NetworkService`) lists, or without it (or without a
        connection) the profile's last listing: see :mod:`.parcel_return`."""
        recipients = resolve(self.profile, for_device, network)
        network_name, _ = self._network()
        report = make_return(
            self.profile, directory, network_name, self._own_items(), recipients.devices
        )
        report.recipients = recipients
        return report

    # -- opening ----------------------------------------------------------------------------
    def open(self, path: Path) -> ParcelReport:
        """Take in one parcel part: device proofs, receipts for this device's envelopes,
        envelopes (as a page from the server would be), attachment blobs. Each envelope is
        parsed once, here, and handed to the applier as parsed."""
        network, server_key = self._network()
        verified(path, network)
        report = ParcelReport()
        summary = SyncSummary()
        applier = self.profile.sync.page_applier()
        readable = self._key_ids()
        receipts: dict[str, Receipt] = {}
        page: list[Entry] = []
        try:
            with open(path, "rb") as src:
                for kind, value in iter_frames(src, network=network):
                    if kind == KIND_ITEM:
                        self._take_item(value, server_key, receipts, report)
                    elif kind == KIND_ENVELOPE:
                        # before the reviews: a review applies to a record already "sent"
                        self._store_receipts(receipts, report)
                        report.envelopes += 1
                        entry = _entry(value, receipts)
                        env = entry[0]
                        if env is not None and readable.isdisjoint(env.header.recipient_ids):
                            report.not_for_us += 1  # another device's, in an org's parcel
                            continue
                        page.append(entry)
                        if len(page) >= PAGE:
                            self._apply(applier, page, summary, report)
                            page = []
                    elif kind == KIND_BLOB:
                        self._take_blob_piece(value, report)
                self._apply(applier, page, summary, report)
        except (ParcelError, OSError) as exc:  # the file changed under us after verifying
            raise refusal(exc) from exc
        self._store_receipts(receipts, report)
        report.blobs_complete += self._complete_blobs()
        report.received = summary.received
        return report

    def _key_ids(self) -> set[str]:
        """Ids of the keys this profile opens envelopes with (its own, the coordination)."""
        ring = self.store.coordination_ring().values()  # every generation held
        keys = [self.profile.device_keys.encryption, *map(EncryptionKey.from_bytes, ring)]
        return {key.key_id for key in keys}

    def _take_item(
        self, item: dict[str, Any], server_key: bytes, receipts: dict[str, Receipt],
        report: ParcelReport,
    ) -> None:  # fmt: skip
        kind = item.get("type")
        try:
            if kind == "device":
                proof = verify_device_proof(item.get("proof"), server_key)
                inbox = Inbox(self.db, self.profile.device_id)
                with self.db.transaction():
                    inbox.remember_keys(
                        [(proof.device_id, proof.signing_key, proof.encryption_key)]
                    )
            elif kind == "receipt":
                receipt = Receipt.from_json(item.get("receipt"))
                receipt.verify(server_key)
                receipts[receipt.envelope_id] = receipt
        except ProtocolError as exc:
            report.refused.append(f"{kind}: {exc.code}")

    def _apply(
        self, applier: PageApplier, page: list[Entry], summary: SyncSummary,
        report: ParcelReport,
    ) -> None:  # fmt: skip
        if not page:
            return
        applied = applier.apply_parsed(page, summary)
        report.already_held += applied.held
        report.refused.extend(
            f"envelope {eid[:12]}: {reason}" if eid else f"envelope: {reason}"
            for eid, reason in applied.refused
        )

    def _store_receipts(self, receipts: dict[str, Receipt], report: ParcelReport) -> None:
        """Receipts for this device's own envelopes turn them "sent", as after a push."""
        own = [r for r in receipts.values() if r.author == self.profile.device_id]
        if not own:
            return
        for receipt in own:  # taken once: a parcel's later pages need not ask again
            del receipts[receipt.envelope_id]
        now = utc_now()
        sent: list[tuple[str, int]] = []
        with self.db.transaction() as conn:
            for receipt in own:
                row = self.db.one(
                    "SELECT kind, record_id, rev FROM outbox WHERE envelope_id = ? AND seq = ?"
                    " AND receipt IS NULL",
                    (receipt.envelope_id, receipt.seq),
                )
                if row is None:
                    report.already_held += 1  # receipted already (or not this device's)
                    continue
                conn.execute(
                    "UPDATE outbox SET receipt = ?, sent_at = ? WHERE envelope_id = ?",
                    (json.dumps(receipt.to_json()), now, receipt.envelope_id),
                )
                report.receipts += 1
                if row[0] == "observation":
                    sent.append((str(row[1]), int(row[2])))
            self.profile.observations.mark_sent(sent)

    # -- blobs ------------------------------------------------------------------------------
    def _partial_dir(self) -> Path:
        path = self.profile.paths.blobs_dir / "parcel-partial"
        path.mkdir(mode=0o700, exist_ok=True)
        return path

    def _take_blob_piece(self, piece: BlobPiece, report: ParcelReport) -> None:
        final = self.profile.paths.blobs_dir / piece.blob_id
        if final.exists():
            return
        partial = self._partial_dir() / piece.blob_id
        fd = os.open(partial, os.O_RDWR | os.O_CREAT, 0o600)
        with os.fdopen(fd, "r+b") as fh:
            fh.seek(piece.offset)
            fh.write(piece.data)
            if fh.seek(0, os.SEEK_END) > piece.blob_size:
                fh.truncate(piece.blob_size)
        with open(partial.with_suffix(".size"), "w") as fh:
            fh.write(str(piece.blob_size))

    def _complete_blobs(self) -> int:
        """Partial blobs whose bytes are all there and hash to their id become blobs; one
        that is whole but hashes wrong is dropped (it comes again, by parcel or network)."""
        done = 0
        directory = self._partial_dir()
        for size_file in directory.glob("*.size"):
            partial = size_file.with_suffix("")
            try:
                size = int(size_file.read_text())
            except (OSError, ValueError):
                size = -1
            if not partial.exists() or partial.stat().st_size != size:
                continue
            digest = hashlib.sha256()
            with open(partial, "rb") as fh:
                while chunk := fh.read(1024 * 1024):
                    digest.update(chunk)
            if digest.hexdigest() == partial.name:
                os.replace(partial, self.profile.paths.blobs_dir / partial.name)
                done += 1
            else:
                partial.unlink()
                self.store.log(
                    "error",
                    "blob_id_mismatch",
                    QT_TRANSLATE_NOOP("core", "An attachment in a parcel was damaged."),
                )
            size_file.unlink()
        return done

    # -- relaying ---------------------------------------------------------------------------
    def relay(self, path: Path, transport: Transport, returns: Path | None) -> ParcelReport:
        """Push a parcel's envelopes and blobs to the server on their authors' behalf; the
        verified receipts go into a return parcel in ``returns`` for the author."""
        network, server_key = self._network()
        return relay(self.profile, path, transport, returns, network, server_key)


def _entry(wire: bytes, receipts: dict[str, Receipt]) -> Entry:
    """The envelope parsed (None if it does not parse) and the item a server page would
    carry beside it: the receipt the parcel holds for it, if any."""
    try:
        env = Envelope.from_bytes(wire)
    except ProtocolError:
        return None, {}
    receipt = receipts.get(env.envelope_id)
    if receipt is None:
        return env, {"server_seq": 0}
    return env, {"receipt": receipt.to_json(), "server_seq": receipt.server_seq}
