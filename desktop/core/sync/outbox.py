"""The outbox: what this device sealed, in its hash chain, until the server's receipt.

An envelope is sealed once, in one transaction with the sequence number it takes (a chunk of
envelopes shares one), and its exact bytes are kept (``outbox_envelopes``) to be resent
byte-identical until a verified receipt is stored. Each envelope names the one before
(``prev``): the chain's end (next sequence number, last envelope id) moves only here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.core.database import Database, utc_now
from desktop.core.model import SyncState as RecordSyncState
from desktop.core.sync import state as keys_
from desktop.core.sync.errors import NotEnrolledError
from desktop.core.sync.state import SyncStore
from protocol.encoding import CanonicalBytes
from protocol.envelope import BlobRef, Envelope, seal

if TYPE_CHECKING:
    from desktop.core.profile import Profile

#: observations sealed per transaction
SEAL_CHUNK = 100


@dataclass(frozen=True)
class ToSeal:
    """One envelope to seal: all it needs besides its place in the chain."""

    body: Any
    kind: str
    record_id: str
    rev: int
    parent: str | None
    recipients: list[bytes]
    blobs: list[BlobRef]


class Outbox:
    def __init__(self, profile: Profile, store: SyncStore) -> None:
        self.profile = profile
        self.store = store

    @property
    def db(self) -> Database:
        return self.profile.database

    def coordination_public(self) -> bytes:
        value = self.store.coordination_public
        if value is None:
            raise NotEnrolledError()
        return value

    # -- counting -------------------------------------------------------------------------
    def queued_count(self) -> int:
        """Records still to deliver: observations waiting for the receipt of their latest
        revision (sealed or not, each counted once) and reviews without a receipt.

        The status bar asks after every save, so both counts read only a partial index
        (observations_sync, outbox_unsent). SQLite uses a partial index only when the query
        repeats its condition (``!= 'local'``) word for word: with a plain
        ``sync_state = ?`` this was a full scan, 2 s on the UI bench's profile."""
        assert RecordSyncState.PENDING.value == "pending"
        pending = self.db.one(
            "SELECT count(*) FROM observations"
            " WHERE sync_state != 'local' AND sync_state = 'pending'"
        )
        reviews = self.db.one(
            "SELECT count(*) FROM outbox WHERE receipt IS NULL AND kind = 'review'"
        )
        return int(pending[0]) + int(reviews[0])

    def blob_bytes_waiting(self) -> int:
        """Bytes of attachments still to upload, whatever their records' state: a record is
        "sent" once the server holds its envelope, while its photos may still be waiting."""
        row = self.db.one(
            "SELECT coalesce(sum(size - offset), 0) FROM blob_uploads WHERE complete = 0"
        )
        return int(row[0])

    def unsent_count(self) -> int:
        return int(self.db.one("SELECT count(*) FROM outbox WHERE receipt IS NULL")[0])

    def holds(self, envelope_id: str) -> bool:
        return self.db.one("SELECT 1 FROM outbox WHERE envelope_id = ?", (envelope_id,)) is not None

    # -- sealing observations -------------------------------------------------------------
    def seal_pending(self, limit: int | None = None) -> int:
        """Seal the latest revision of every queued observation that has no envelope yet
        (the ``limit`` oldest with a limit), :data:`SEAL_CHUNK` per transaction."""
        return sum(self.seal_chunks(limit))

    def seal_chunks(self, limit: int | None = None) -> Iterator[int]:
        """Seal chunk by chunk, yielding how many each chunk sealed (the push runs this on a
        thread of its own while it sends and stores receipts)."""
        # Listed from the partial index of pending records, which holds a sealed one until
        # its receipt comes: each chunk reads its revisions again and skips those. Asking
        # the revisions here read every pending revision (a page of body each) to list them.
        assert RecordSyncState.PENDING.value == "pending"
        keys = self.db.query(
            "SELECT pk FROM observations WHERE sync_state != 'local' AND sync_state = 'pending'"
            " ORDER BY updated_at LIMIT ?",
            (-1 if limit is None else limit,),
        )
        for start in range(0, len(keys), SEAL_CHUNK):
            yield self.seal_chunk([k[0] for k in keys[start : start + SEAL_CHUNK]])

    def seal_chunk(self, pks: list[int]) -> int:
        """Seal these observations' latest revisions and store them in one transaction: each
        envelope takes its sequence number and its place in the hash chain in the transaction
        that stores it, so a crash leaves whole envelopes or none (and nothing sent that was
        not kept).

        The sealing itself (most of the work, much of it without the GIL) runs before that
        transaction, without the database lock, so other threads store receipts meanwhile.
        The transaction reads the revisions and the chain's end again and keeps the
        envelopes only if nothing changed (a newer revision saved, a review sealed): else it
        seals them again inside."""
        db = self.db
        with db.lock:
            rows = _chunk_revisions(db.conn, pks, with_bodies=True)
            chain = self.chain_end()
        if not rows:
            return 0
        items = self._chunk_items(rows)
        envelopes = self.seal_items(items, *chain)
        with db.transaction() as conn:
            now = _chunk_revisions(conn, pks, with_bodies=False)
            if now != [row[:3] + row[4:] for row in rows] or self.chain_end() != chain:
                rows = _chunk_revisions(conn, pks, with_bodies=True)
                if not rows:
                    return 0
                items = self._chunk_items(rows)
                envelopes = self.seal_items(items, *self.chain_end())
            # The outbox row (record, rev, not adopted) is what says the revision is sealed:
            # writing the envelope id into the revision too rewrote a page of body each.
            self._store_chain(conn, items, envelopes)
            conn.executemany(
                "INSERT INTO blob_uploads (blob_id, size, record_id, envelope_id)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (blob_id) DO NOTHING",
                [(b.blob_id, b.size, env.header.record_id, env.envelope_id)
                 for env in envelopes for b in env.header.blobs],
            )  # fmt: skip
        return len(rows)

    def _chunk_items(self, rows: list[Any]) -> list[ToSeal]:
        recipients = [self.profile.device_keys.encryption.public, self.coordination_public()]
        items = []
        for _pk, record_id, rev, text, parent in rows:
            # The revision body is our own canonical JSON (ObservationService._store), so it
            # is sealed as stored; parsed only for its attachments.
            body = json.loads(text)
            blobs = [
                BlobRef(a["blob_id"], int(a["blob_size"])) for a in body.get("attachments", [])
            ]
            items.append(
                ToSeal(
                    CanonicalBytes(text.encode()),
                    "observation",
                    record_id,
                    rev,
                    parent,
                    recipients,
                    blobs,
                )
            )
        return items

    # -- the chain ------------------------------------------------------------------------
    def append(self, conn: Any, items: list[ToSeal]) -> list[Envelope]:
        """Seal ``items`` in order and append them to the hash chain, inside the caller's
        transaction: each takes the next sequence number and links to the one before."""
        envelopes = self.seal_items(items, *self.chain_end())
        self._store_chain(conn, items, envelopes)
        return envelopes

    def chain_end(self) -> tuple[int, str | None]:
        """The next sequence number and the last envelope's id."""
        return int(self.store.get(keys_.NEXT_SEQ, 1)), self.store.get(keys_.LAST_ENVELOPE)

    def seal_items(self, items: list[ToSeal], seq: int, prev: str | None) -> list[Envelope]:
        """Seal ``items`` as the chain's next links after ``seq - 1`` / ``prev``."""
        envelopes: list[Envelope] = []
        for item in items:
            env = seal(
                item.body,
                author=self.profile.device_keys,
                kind=item.kind,
                record_id=item.record_id,
                rev=item.rev,
                parent=item.parent,
                seq=seq,
                prev=prev,
                recipients=item.recipients,
                blobs=item.blobs,
            )
            envelopes.append(env)
            prev = env.envelope_id
            seq += 1
        return envelopes

    def _store_chain(self, conn: Any, items: list[ToSeal], envelopes: list[Envelope]) -> None:
        """Store sealed envelopes and move the chain's end past them (inside the caller's
        transaction, in which the chain's end was read)."""
        if not envelopes:
            return
        now = utc_now()
        conn.executemany(
            "INSERT INTO outbox (seq, envelope_id, kind, record_id, rev, sealed_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(env.header.seq, env.envelope_id, item.kind, item.record_id, item.rev, now)
             for item, env in zip(items, envelopes, strict=True)],
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO outbox_envelopes (seq, envelope) VALUES (?, ?)",
            [(env.header.seq, env.to_bytes()) for env in envelopes],
        )
        self.store.set(keys_.NEXT_SEQ, envelopes[-1].header.seq + 1)
        self.store.set(keys_.LAST_ENVELOPE, envelopes[-1].envelope_id)

    def forget_receipts(self) -> None:
        """The server lost what it receipted (restored from a backup): offer all again
        (it answers "duplicate" for what it has). Inside the caller's transaction."""
        self.db.execute("UPDATE outbox SET receipt = NULL")

    # -- a restored profile takes its history back -----------------------------------------
    def adopt(self, env: Envelope, receipt: Any) -> None:
        """Take back an envelope this device sealed before its profile was restored from a
        backup (the caller has verified its signature and the server's receipt). Whatever
        the profile sealed since under the same sequence numbers was never accepted, so it
        is unsealed (its revision stays) and sealed again later. Inside the caller's
        transaction."""
        seq = env.header.seq
        if self.db.one("SELECT 1 FROM outbox WHERE seq = ?", (seq,)):
            self._unseal_from(seq)
        self.db.execute(
            "INSERT INTO outbox (seq, envelope_id, kind, record_id, rev, sealed_at, receipt,"
            " sent_at, adopted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
            (
                seq,
                env.envelope_id,
                env.header.kind,
                env.header.record_id,
                env.header.rev,
                utc_now(),
                json.dumps(receipt),
                utc_now(),
            ),
        )
        self.db.execute(
            "INSERT INTO outbox_envelopes (seq, envelope) VALUES (?, ?)", (seq, env.to_bytes())
        )
        if seq >= int(self.store.get(keys_.NEXT_SEQ, 1)):
            self.store.set(keys_.NEXT_SEQ, seq + 1)
            self.store.set(keys_.LAST_ENVELOPE, env.envelope_id)

    def _unseal_from(self, seq: int) -> None:
        rows = self.db.query(
            "SELECT seq, envelope_id, kind, record_id FROM outbox"
            " WHERE seq >= ? AND receipt IS NULL",
            (seq,),
        )
        for own_seq, envelope_id, kind, record_id in rows:
            self.db.execute("DELETE FROM blob_uploads WHERE envelope_id = ?", (envelope_id,))
            self.db.execute("DELETE FROM outbox_envelopes WHERE seq = ?", (own_seq,))
            self.db.execute("DELETE FROM outbox WHERE envelope_id = ?", (envelope_id,))
            if kind == "observation":
                # seal_pending finds it again: the latest revision has no envelope now
                self.profile.observations.mark_unsealed(record_id, envelope_id)
            else:
                # sealed again by ReviewService.reseal_unsealed
                self.profile.reviews.mark_unsealed(envelope_id)
        last = self.db.one("SELECT seq, envelope_id FROM outbox ORDER BY seq DESC LIMIT 1")
        self.store.set(keys_.NEXT_SEQ, int(last[0]) + 1 if last else 1)
        self.store.set(keys_.LAST_ENVELOPE, last[1] if last else None)


def _chunk_revisions(conn: Any, pks: list[int], *, with_bodies: bool) -> list[Any]:
    """(pk, id, rev[, body], parent envelope id) of the revisions of ``pks`` still to seal:
    the record is pending and its latest revision has no envelope (no outbox row sealed from
    it); in ``pks`` order. A revision's body never changes, so (pk, rev) names it."""
    marks = ",".join("?" * len(pks))
    body = ", (SELECT r.body FROM revisions r WHERE r.observation_pk = o.pk AND r.rev = o.rev)"
    found = {
        r[0]: tuple(r)
        for r in conn.execute(
            f"SELECT o.pk, o.id, o.rev{body if with_bodies else ''},"
            " (SELECT p.envelope_id FROM outbox p WHERE p.record_id = o.id"
            " AND p.kind = 'observation' ORDER BY p.seq DESC LIMIT 1) FROM observations o"
            # "+" keeps the planner on the pk list, not the index of pending records
            f" WHERE o.pk IN ({marks}) AND +o.sync_state = ? AND NOT EXISTS (SELECT 1"
            " FROM outbox s WHERE s.record_id = o.id AND s.kind = 'observation'"
            " AND s.rev = o.rev AND s.adopted = 0)",
            (*pks, RecordSyncState.PENDING.value),
        ).fetchall()
    }
    return [found[pk] for pk in pks if pk in found]
