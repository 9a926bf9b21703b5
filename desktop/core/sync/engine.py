"""The sync engine: seal, push, upload, pull — each step safe to repeat after any failure.

Order (DESIGN.md "Sync"): check the server (signed nonce), seal queued revisions into
envelopes and push them (testimony first: a handful is sealed and sent at once, so it
reaches the server in seconds; the rest is sealed, a chunk per transaction, on a thread of
its own while the pushes go out and their receipts are stored), upload their blobs smallest
first, then pull changes. Every step persists its result before the next:
- an envelope is sealed once, in one transaction with the sequence number it takes (a chunk
  of envelopes shares one), and its exact bytes (kept in the outbox) are resent until a
  verified receipt is stored;
- an observation becomes "sent" only when the server's signed receipt for its latest revision
  verifies;
- a blob upload resumes at the offset the server confirms;
- the pull cursor is saved in the transaction that applies the page.
"""

from __future__ import annotations

import json
import queue
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from desktop.core.database import Database, utc_now
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.model import Status
from desktop.core.model import SyncState as RecordSyncState
from desktop.core.profile import Profile
from desktop.core.sync import state as keys_
from desktop.core.sync.blob_upload import BlobUploader
from desktop.core.sync.errors import (
    EpochChangedError,
    NotEnrolledError,
    SyncError,
)
from desktop.core.sync.state import SyncState
from desktop.core.sync.transport import ProxySettings, Transport
from protocol.encoding import CanonicalBytes, b64decode, b64encode, canonical_json
from protocol.envelope import BlobRef, Envelope, seal
from protocol.errors import ProtocolError
from protocol.keys import EncryptionKey
from protocol.signed import Receipt

REVIEW_STATUSES = ("received", "verified", "needs_information", "closed")
MAX_BATCH = 100  # the server's default limit of envelopes per push
#: envelopes in the first push of a sync: the first testimony arrives in seconds even with
#: thousands queued behind it on a 256 kbit/s line
FIRST_BATCH = 4
#: observations sealed per transaction
SEAL_CHUNK = 100
PUSH_TARGET_SECONDS = 3.0
MIN_PUSH_BYTES = 16 * 1024
MAX_PUSH_BYTES = 4 * 1024 * 1024  # half the server's default body limit
#: verified receipts stored together (or after this long)
RECEIPT_GROUP = 500
RECEIPT_DELAY_S = 2.0


@dataclass
class SyncProgress:
    phase: str  # checking | sending | uploading | receiving | done
    records_done: int = 0
    records_total: int = 0
    bytes_done: int = 0
    bytes_total: int = 0


@dataclass
class SyncSummary:
    sealed: int = 0
    sent: int = 0
    duplicates: int = 0
    conflicts: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    blobs_uploaded: int = 0
    bytes_uploaded: int = 0
    received: int = 0
    reviews_applied: int = 0
    needs_information: list[str] = field(default_factory=list)
    #: this device's own envelopes the server had and the profile did not (a restored backup)
    adopted: int = 0
    queued_left: int = 0

    def lines(self) -> list[str]:
        out = [
            f"sealed {self.sealed}, sent {self.sent} ({self.duplicates} already on the server)",
            f"attachments uploaded {self.blobs_uploaded} ({self.bytes_uploaded} bytes)",
            f"received {self.received}, reviews applied {self.reviews_applied}",
        ]
        if self.needs_information:
            out.append(f"coordinators need more information on {len(self.needs_information)}")
        if self.conflicts:
            out.append(f"conflicted records: {len(self.conflicts)}")
        if self.rejected:
            out.append(f"rejected by the server: {len(self.rejected)}")
        out.append(f"still queued: {self.queued_left}")
        return out


ProgressFn = Callable[[SyncProgress], None]


@dataclass(frozen=True)
class _ToSeal:
    """One envelope to seal: what :meth:`SyncEngine._append` needs besides its place in
    the chain."""

    body: Any
    kind: str
    record_id: str
    rev: int
    parent: str | None
    recipients: list[bytes]
    blobs: list[BlobRef]


class SyncEngine:
    def __init__(
        self,
        profile: Profile,
        *,
        transport_factory: Callable[..., Transport] = Transport,
        batch_size: int = MAX_BATCH,
        page_size: int = 200,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> None:
        self.profile = profile
        self.db: Database = profile.database
        self.state = SyncState(self.db)
        self._transport_factory = transport_factory
        self.batch_size = min(batch_size, MAX_BATCH)
        #: bytes of envelopes per push request, adapted to the measured throughput
        self._push_bytes = MIN_PUSH_BYTES
        self.page_size = page_size
        self.should_stop = should_stop

    # -- state ----------------------------------------------------------------------------
    @property
    def enrolled(self) -> bool:
        return bool(self.state.get(keys_.TOKEN))

    @property
    def role(self) -> str | None:
        value = self.state.get(keys_.ROLE)
        return str(value) if value else None

    def proxy(self) -> ProxySettings:
        raw = self.state.get(keys_.PROXY) or {}
        return ProxySettings(mode=raw.get("mode", "system"), url=raw.get("url", ""))

    def set_proxy(self, proxy: ProxySettings) -> None:
        self.state.set(keys_.PROXY, {"mode": proxy.mode, "url": proxy.url})

    def transport(self) -> Transport:
        url = self.state.get(keys_.SERVER_URL)
        token = self.state.get(keys_.TOKEN)
        if not url or not token:
            raise NotEnrolledError()
        server_key = self.state.get(keys_.SERVER_KEY)
        return self._transport_factory(
            url,
            self.profile.device_keys,
            token=token,
            server_key=b64decode(server_key) if server_key else None,
            proxy=self.proxy(),
        )

    def coordination_public(self) -> bytes:
        value = self.state.get(keys_.COORDINATION_PUBLIC)
        if not value:
            raise NotEnrolledError()
        return b64decode(value, length=32)

    def coordination_key(self) -> EncryptionKey | None:
        value = self.state.get(keys_.COORDINATION_PRIVATE)
        return EncryptionKey.from_bytes(b64decode(value, length=32)) if value else None

    def queued_count(self) -> int:
        """Records still to deliver: observations waiting for the receipt of their latest
        revision (sealed or not, each counted once) and reviews without a receipt.

        The status bar asks after every save, on the GUI thread, so both counts read only a
        partial index (observations_sync, outbox_unsent). SQLite uses a partial index only
        when the query repeats its condition (``!= 'local'``) word for word: with a plain
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

    # -- one full sync -----------------------------------------------------------------------
    def sync_once(self, progress: ProgressFn | None = None) -> SyncSummary:
        report = progress or (lambda p: None)
        summary = SyncSummary()
        transport = self.transport()
        try:
            report(SyncProgress("checking"))
            answer = transport.health()
            self._check_epoch(str(answer.get("epoch", "")))
            self.push(transport, summary, report, seal=True)
            if not self.should_stop():
                BlobUploader(
                    self.db, self.profile.paths.blobs_dir, transport, self.should_stop
                ).run(summary, report)
            if not self.should_stop():
                self.pull(transport, summary, report)
            if summary.adopted and not self.should_stop():
                # The profile was behind its own history (restored from a backup): what it
                # sealed meanwhile was unsealed while pulling; seal it after the adopted chain.
                self.push(transport, summary, report, seal=True)
            with self.db.transaction():
                self.state.set(keys_.LAST_SYNC, utc_now())
                self.state.set(keys_.LAST_ERROR, None)
                self.state.log("info", "synced", QT_TRANSLATE_NOOP("core", "Sync finished."))
        except SyncError as exc:
            with self.db.transaction():
                self.state.set(keys_.LAST_ERROR, exc.code)
                self.state.log("error", exc.code, exc.message)
            raise
        finally:
            transport.close()
        summary.queued_left = self.queued_count()
        report(SyncProgress("done"))
        return summary

    def _check_epoch(self, epoch: str) -> None:
        known = self.state.get(keys_.EPOCH)
        if known and epoch and known != epoch:
            self._restart_after_restore(epoch)
        elif not known and epoch:
            with self.db.transaction():
                self.state.set(keys_.EPOCH, epoch)

    def _restart_after_restore(self, epoch: str) -> None:
        """The server was restored from a backup: it may lack what it once receipted. Offer
        everything again (it answers "duplicate" for what it has) and read from the start."""
        with self.db.transaction():
            self.db.execute("UPDATE outbox SET receipt = NULL")
            self.db.execute("UPDATE blob_uploads SET complete = 0, offset = 0")
            self.state.set(keys_.EPOCH, epoch)
            self.state.set(keys_.CURSOR, 0)
            self.state.log(
                "warning",
                "epoch_changed",
                QT_TRANSLATE_NOOP("core", "The server was restored from a backup."),
            )

    # -- seal -----------------------------------------------------------------------------
    def seal_pending(self, limit: int | None = None) -> int:
        """Seal the latest revision of every queued observation that has no envelope yet
        (the ``limit`` oldest with a limit), :data:`SEAL_CHUNK` per transaction."""
        return sum(self._seal_chunks(limit)) + self._reseal_reviews()

    def _seal_chunks(self, limit: int | None = None) -> Iterator[int]:
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
            yield self._seal_chunk([k[0] for k in keys[start : start + SEAL_CHUNK]])

    def _seal_chunk(self, pks: list[int]) -> int:
        """Seal these observations' latest revisions and store them in one transaction: each
        envelope takes its sequence number and its place in the hash chain in the transaction
        that stores it, so a crash leaves whole envelopes or none (and nothing sent that was
        not kept).

        The sealing itself (most of the work, much of it without the GIL) runs before that
        transaction, without the database lock, so other threads store receipts meanwhile.
        The transaction reads the revisions and the chain's end again and keeps the
        envelopes only if nothing changed (a newer revision saved, a review sealed): else it
        seals them again inside."""
        with self.db.lock:
            rows = self._chunk_revisions(self.db.conn, pks, with_bodies=True)
            chain = self._chain_end()
        if not rows:
            return 0
        items = self._chunk_items(rows)
        envelopes = self._seal_items(items, *chain)
        with self.db.transaction() as conn:
            now = self._chunk_revisions(conn, pks, with_bodies=False)
            if now != [row[:3] + row[4:] for row in rows] or self._chain_end() != chain:
                rows = self._chunk_revisions(conn, pks, with_bodies=True)
                if not rows:
                    return 0
                items = self._chunk_items(rows)
                envelopes = self._seal_items(items, *self._chain_end())
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

    @staticmethod
    def _chunk_revisions(conn: Any, pks: list[int], *, with_bodies: bool) -> list[Any]:
        """(pk, id, rev[, body], parent envelope id) of the revisions of ``pks`` still to
        seal: the record is pending and its latest revision has no envelope (no outbox row
        sealed from it); in ``pks`` order. A revision's body never changes, so (pk, rev)
        names it."""
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

    def _chunk_items(self, rows: list[Any]) -> list[_ToSeal]:
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
                _ToSeal(
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

    def _reseal_reviews(self) -> int:
        """Reviews unsealed by :meth:`_unseal_from` are sealed again with new numbers."""
        rows = self.db.query(
            "SELECT envelope_id, record_id, status, comment FROM reviews WHERE seen = 2"
        )
        for old_id, record_id, status, comment in rows:
            with self.db.transaction():
                self.db.execute("DELETE FROM reviews WHERE envelope_id = ?", (old_id,))
                self.review(record_id, status, comment)
        return len(rows)

    def _append(self, conn: Any, items: list[_ToSeal]) -> list[Envelope]:
        """Seal ``items`` in order and append them to the hash chain, inside the caller's
        transaction: each takes the next sequence number and links to the one before."""
        envelopes = self._seal_items(items, *self._chain_end())
        self._store_chain(conn, items, envelopes)
        return envelopes

    def _chain_end(self) -> tuple[int, str | None]:
        """The next sequence number and the last envelope's id."""
        return int(self.state.get(keys_.NEXT_SEQ, 1)), self.state.get(keys_.LAST_ENVELOPE)

    def _seal_items(self, items: list[_ToSeal], seq: int, prev: str | None) -> list[Envelope]:
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

    def _store_chain(self, conn: Any, items: list[_ToSeal], envelopes: list[Envelope]) -> None:
        """Store sealed envelopes in the outbox and move the chain's end past them (inside
        the caller's transaction, in which the chain's end was read)."""
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
        self.state.set(keys_.NEXT_SEQ, envelopes[-1].header.seq + 1)
        self.state.set(keys_.LAST_ENVELOPE, envelopes[-1].envelope_id)

    # -- push -----------------------------------------------------------------------------
    def push(
        self,
        transport: Transport,
        summary: SyncSummary,
        report: ProgressFn,
        *,
        seal: bool = False,
    ) -> None:
        """Push unsent envelopes in sequence order, one request in flight at a time.

        With ``seal``, queued observations are sealed as well: a handful before the first
        request, so the first testimony reaches the server within seconds however long the
        queue, and the rest chunk by chunk on a thread of its own (:class:`_Sealer`) once the
        first request is out. The next request leaves as soon as an answer arrives, before
        that answer's receipts are stored. Requests are sized by bytes to take a few seconds
        at the measured throughput.
        """
        server_key = transport.server_key
        assert server_key is not None  # health() has pinned it
        if seal:
            summary.sealed += self.seal_pending(FIRST_BATCH)
        sealer: _Sealer | None = None
        total = self._push_total(seal)
        done = 0
        limit = self.batch_size  # halved by a 413
        count_limit = min(FIRST_BATCH, limit)
        next_seq = 0
        stalled = False
        in_flight: tuple[list[Any], bool, Future[tuple[Any, float]]] | None = None
        #: the batch after the one in flight, read while the server works on that one
        ahead: tuple[int, list[Any], bool] | None = None
        receipts = _Receipts(self, summary)

        def send(body: bytes) -> tuple[Any, float]:
            started = time.monotonic()
            answer = transport.send_json_bytes("PUT", "/v1/envelopes", body)
            return answer, time.monotonic() - started

        def submit(pool: ThreadPoolExecutor) -> None:
            nonlocal in_flight, next_seq, ahead
            if stalled or self.should_stop():
                return
            if (
                ahead is not None
                and ahead[0] == next_seq
                and ahead[2]
                and len(ahead[1]) <= count_limit
            ):
                rows, cut = ahead[1], True  # a full batch: nothing sealed since changes it
            else:
                rows, cut = self._push_batch(next_seq, count_limit)
            ahead = None
            if rows:
                next_seq = int(rows[-1][0]) + 1
                report(SyncProgress("sending", done, max(total, done)))
                # The stored canonical bytes as they are: the same JSON json.dumps would
                # make of them, without parsing and encoding every envelope again.
                body = b'{"envelopes":[' + b",".join(bytes(r[5]) for r in rows) + b"]}"
                in_flight = (rows, cut, pool.submit(send, body))

        def read_ahead() -> None:
            nonlocal ahead
            if in_flight is not None and ahead is None:
                ahead = (next_seq, *self._push_batch(next_seq, limit))

        with ThreadPoolExecutor(1, thread_name_prefix="fieldbook-push") as pool:
            try:
                while True:
                    if in_flight is None:
                        submit(pool)
                    if seal and sealer is None:
                        sealer = _Sealer(self, summary)  # the first request is out
                    if in_flight is None:
                        receipts.store()
                        # Nothing sealed is waiting: wait for the next chunk, or stop when
                        # all is sealed and sent.
                        if not stalled and not self.should_stop() and sealer and sealer.take():
                            continue
                        return
                    if sealer is not None:
                        sealer.take(wait=False)
                    rows, cut, future = in_flight
                    in_flight = None
                    try:
                        answer, seconds = future.result()
                    except SyncError as exc:
                        if stalled:
                            continue  # sent after a batch that made no progress: moot
                        if exc.status == 413 and len(rows) > 1:
                            limit = count_limit = len(rows) // 2
                            self._push_bytes = max(MIN_PUSH_BYTES, self._push_bytes // 2)
                            next_seq = int(rows[0][0])
                            continue
                        if exc.status == 409 and exc.server_code == "sequence_gap":
                            receipts.store()
                            self._handle_gap(transport)
                            next_seq = 0
                            continue
                        raise
                    nbytes = sum(len(r[5]) for r in rows)
                    self._adapt_push(nbytes, seconds, full=cut)
                    count_limit = limit
                    submit(pool)  # the server works on the next batch meanwhile
                    # libsodium lets go of the GIL: the checks overlap the sealing thread
                    progressed = receipts.add(
                        rows, answer, _verify_answer(rows, answer, server_key)
                    )
                    done += progressed
                    if progressed == 0:
                        # Nothing in this batch was accepted: stop (after the request in
                        # flight) instead of looping; the log says why.
                        stalled = True
                    # Before storing receipts, which holds the database a while: the next
                    # request then leaves as soon as this one is answered.
                    read_ahead()
                    if receipts.due() or in_flight is None:
                        receipts.store()
            finally:
                if sealer is not None:
                    sealer.stop()
                receipts.store()

    def _push_total(self, seal: bool) -> int:
        if seal:
            return self.queued_count()
        return int(self.db.one("SELECT count(*) FROM outbox WHERE receipt IS NULL")[0])

    def _push_batch(self, from_seq: int, count: int) -> tuple[list[Any], bool]:
        """The next unsent envelopes from ``from_seq``: at most ``count`` and, beyond the
        first, no more than the byte budget; and whether more were left out."""
        rows = self.db.query(
            "SELECT o.seq, o.envelope_id, o.kind, o.record_id, o.rev, e.envelope FROM outbox o"
            " JOIN outbox_envelopes e ON e.seq = o.seq"
            " WHERE o.receipt IS NULL AND o.seq >= ? ORDER BY o.seq LIMIT ?",
            (from_seq, count + 1),
        )
        size = 0
        for i, row in enumerate(rows[:count]):
            size += len(row[5])
            if i and size > self._push_bytes:
                return list(rows[:i]), True
        return list(rows[:count]), len(rows) > count

    def _adapt_push(self, nbytes: int, seconds: float, *, full: bool) -> None:
        """Aim for requests of about :data:`PUSH_TARGET_SECONDS` at the throughput measured:
        on a slow line a dropped request costs little, on a fast one requests stay few."""
        if seconds <= 0:
            return
        wanted = int(nbytes / seconds * PUSH_TARGET_SECONDS)
        if not full and wanted < self._push_bytes:
            return  # the queue ran out: a short batch says little about the link
        self._push_bytes = max(MIN_PUSH_BYTES, min(MAX_PUSH_BYTES, wanted))

    def _handle_gap(self, transport: Transport) -> None:
        """The server expects an earlier sequence number than we are sending: it lost
        envelopes it had receipted (restore) — offer them again from there."""
        with self.db.transaction():
            self.db.execute("UPDATE outbox SET receipt = NULL")
            self.state.log(
                "warning",
                "sequence_gap",
                QT_TRANSLATE_NOOP("core", "The server asked for envelopes again."),
            )

    @staticmethod
    def _verified_receipt(
        data: Any, envelope_id: str, seq: int, server_key: bytes
    ) -> Receipt | None:
        try:
            receipt = Receipt.from_json(data)
            receipt.verify(server_key)
        except ProtocolError:
            return None
        if receipt.envelope_id != envelope_id or receipt.seq != seq:
            return None
        return receipt

    # -- pull -----------------------------------------------------------------------------
    def pull(self, transport: Transport, summary: SyncSummary, report: ProgressFn) -> None:
        """Read changes from the saved cursor. The next page is fetched while this one is
        applied; the cursor is saved only in the transaction that applies its page."""
        restarted = False

        def fetch(cursor: str) -> Any:
            return transport.get_json("/v1/changes", {"cursor": cursor, "limit": self.page_size})

        with ThreadPoolExecutor(1, thread_name_prefix="fieldbook-pull") as pool:
            ahead: Future[Any] | None = None
            while not self.should_stop():
                report(SyncProgress("receiving", summary.received))
                if ahead is None:
                    epoch = self.state.get(keys_.EPOCH) or ""
                    cursor = int(self.state.get(keys_.CURSOR, 0))
                    ahead = pool.submit(fetch, f"{epoch}:{cursor}")
                try:
                    page = ahead.result()
                except EpochChangedError as exc:
                    if restarted:
                        raise
                    restarted = True
                    self._restart_after_restore(exc.epoch)
                    continue
                finally:
                    ahead = None
                if not isinstance(page, dict):
                    raise SyncError()
                more = bool(page.get("more"))
                following = page.get("next_cursor")
                if more and isinstance(following, str) and not self.should_stop():
                    ahead = pool.submit(fetch, following)
                self._apply_page(page, summary)
                if not more:
                    return

    def _apply_page(self, page: dict[str, Any], summary: SyncSummary) -> None:
        own = self.profile.device_id
        my_keys = [self.profile.device_keys.encryption]
        coordination = self.coordination_key()
        if coordination is not None:
            my_keys.append(coordination)
        next_cursor = str(page.get("next_cursor", ""))
        epoch, _, seq_text = next_cursor.partition(":")
        if not seq_text.isdigit():
            raise SyncError()
        items = page.get("envelopes") or []
        # The receipt beside each envelope names it: envelopes this profile already holds
        # (a field device gets its own back) are skipped unparsed. Only skipping trusts the
        # name; anything stored is parsed, verified and named by its own hash.
        hints = {h for h in map(_receipt_envelope_id, items) if h is not None}
        with self.db.transaction() as conn:
            conn.executemany(
                "INSERT INTO device_keys VALUES (?, ?, ?) ON CONFLICT (device_id) DO NOTHING",
                [
                    (
                        device_id,
                        b64decode(entry["signing_key"], length=32),
                        b64decode(entry["encryption_key"], length=32),
                    )
                    for device_id, entry in (page.get("keys") or {}).items()
                ],
            )
            sent_here = self._present("outbox", hints)
            held = self._present("inbox", hints)
            authors: dict[str, bytes | None] = {}
            inbox: list[tuple[Any, ...]] = []
            for item in items:
                hint = _receipt_envelope_id(item)
                if hint is not None and (hint in sent_here or hint in held):
                    continue
                try:
                    env = Envelope.from_wire(item["envelope"])
                except (ProtocolError, KeyError, TypeError):
                    self.state.log(
                        "error",
                        "malformed",
                        QT_TRANSLATE_NOOP("core", "A received envelope was malformed."),
                    )
                    continue
                envelope_id = env.envelope_id
                if env.header.author == own:
                    if envelope_id not in sent_here and not self.db.one(
                        "SELECT 1 FROM outbox WHERE envelope_id = ?", (envelope_id,)
                    ):
                        self._adopt_own(env, item)
                        summary.adopted += 1
                    sent_here.add(envelope_id)
                    continue
                if envelope_id in held:
                    continue
                author = env.header.author
                if author not in authors:
                    row = self.db.one(
                        "SELECT signing_key FROM device_keys WHERE device_id = ?", (author,)
                    )
                    authors[author] = bytes(row[0]) if row else None
                signing_key = authors[author]
                if signing_key is None:
                    self.state.log(
                        "error",
                        "unknown_author",
                        QT_TRANSLATE_NOOP("core", "An envelope's author is unknown."),
                    )
                    continue
                try:
                    body = env.open(my_keys, signing_key)
                except ProtocolError as exc:
                    self.state.log(
                        "error",
                        exc.code,
                        QT_TRANSLATE_NOOP("core", "A received envelope could not be opened."),
                    )
                    continue
                inbox.append(_inbox_row(env, int(item.get("server_seq", 0)), body))
                held.add(envelope_id)
                summary.received += 1
                if env.header.kind == "review":
                    self._apply_review(env, body, summary)
            conn.executemany(_INBOX_INSERT, inbox)
            self.state.set(keys_.EPOCH, epoch)
            self.state.set(keys_.CURSOR, int(seq_text))

    def _present(self, table: str, envelope_ids: set[str]) -> set[str]:
        """Which of these envelope ids ``table`` (outbox or inbox) holds."""
        ids = list(envelope_ids)
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            marks = ",".join("?" * len(part))
            found.update(
                r[0]
                for r in self.db.query(
                    f"SELECT envelope_id FROM {table} WHERE envelope_id IN ({marks})", part
                )
            )
        return found

    def _adopt_own(self, env: Envelope, item: dict[str, Any]) -> None:
        """Take back an envelope this device sealed before its profile was restored from a
        backup. Whatever the profile sealed since under the same sequence numbers was never
        accepted, so it is unsealed (its revision stays) and sealed again later. The adopted
        revision's content is kept beside the local one for the author to reconcile."""
        seq = env.header.seq
        if self.db.one("SELECT 1 FROM outbox WHERE seq = ?", (seq,)):
            self._unseal_from(seq)
        receipt = item.get("receipt")
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
                json.dumps(receipt) if receipt else None,
                utc_now(),
            ),
        )
        self.db.execute(
            "INSERT INTO outbox_envelopes (seq, envelope) VALUES (?, ?)", (seq, env.to_bytes())
        )
        if seq >= int(self.state.get(keys_.NEXT_SEQ, 1)):
            self.state.set(keys_.NEXT_SEQ, seq + 1)
            self.state.set(keys_.LAST_ENVELOPE, env.envelope_id)
        if env.header.kind != "observation":
            return
        try:
            body = env.open(
                [self.profile.device_keys.encryption], self.profile.device_keys.signing.public
            )
        except ProtocolError:
            return
        self._store_inbox(env, int(item.get("server_seq", 0)), body)

    def _store_inbox(self, env: Envelope, server_seq: int, body: Any) -> None:
        """Keep an opened envelope (inside the encrypted profile)."""
        self.db.execute(_INBOX_INSERT, _inbox_row(env, server_seq, body))

    def _unseal_from(self, seq: int) -> None:
        rows = self.db.query(
            "SELECT seq, envelope_id, kind, record_id FROM outbox"
            " WHERE seq >= ? AND receipt IS NULL",
            (seq,),
        )
        for own_seq, envelope_id, kind, record_id in rows:
            self.db.execute(
                "UPDATE revisions SET device_seq = NULL, envelope_id = NULL, envelope = NULL"
                " WHERE envelope_id = ?",
                (envelope_id,),
            )
            self.db.execute("DELETE FROM blob_uploads WHERE envelope_id = ?", (envelope_id,))
            self.db.execute("DELETE FROM outbox_envelopes WHERE seq = ?", (own_seq,))
            self.db.execute("DELETE FROM outbox WHERE envelope_id = ?", (envelope_id,))
            if kind == "observation":
                # seal_pending finds it again: the latest revision has no envelope now
                self.db.execute(
                    "UPDATE observations SET sync_state = ? WHERE id = ? AND status = ?",
                    (RecordSyncState.PENDING.value, record_id, Status.QUEUED.value),
                )
            else:
                self.db.execute("UPDATE reviews SET seen = 2 WHERE envelope_id = ?", (envelope_id,))
        last = self.db.one("SELECT seq, envelope_id FROM outbox ORDER BY seq DESC LIMIT 1")
        self.state.set(keys_.NEXT_SEQ, int(last[0]) + 1 if last else 1)
        self.state.set(keys_.LAST_ENVELOPE, last[1] if last else None)

    def restored_versions(self, record_id: str) -> list[dict[str, Any]]:
        """Revisions of the author's own record that came back from the server after a
        restore, newest first: shown beside the local version so nothing is lost."""
        rows = self.db.query(
            "SELECT rev, body, envelope_id FROM inbox WHERE record_id = ? AND author = ?"
            " AND kind = 'observation' ORDER BY server_seq DESC",
            (record_id, self.profile.device_id),
        )
        return [{"rev": r[0], "body": json.loads(r[1]), "envelope_id": r[2]} for r in rows]

    def _apply_review(self, env: Envelope, body: Any, summary: SyncSummary) -> None:
        if not isinstance(body, dict):
            return
        status = str(body.get("status", ""))
        comment = str(body.get("comment", ""))[:10_000]
        if status not in REVIEW_STATUSES:
            return
        self.db.execute(
            "INSERT INTO reviews VALUES (?, ?, ?, ?, ?, ?, 0) ON CONFLICT DO NOTHING",
            (
                env.envelope_id,
                env.header.record_id,
                env.header.author,
                status,
                comment,
                env.header.created_ms,
            ),
        )
        summary.reviews_applied += 1
        if not self.profile.observations.exists(env.header.record_id):
            return  # a coordinator reading another coordinator's review
        latest = self.db.one(
            "SELECT max(created_ms) FROM reviews WHERE record_id = ?", (env.header.record_id,)
        )
        if latest and latest[0] is not None and latest[0] > env.header.created_ms:
            return  # an older decision arriving late does not undo a newer one
        try:
            self.profile.observations.set_status(env.header.record_id, Status(status))
        except Exception:
            self.state.log(
                "info",
                "review_kept",
                QT_TRANSLATE_NOOP("core", "A review was kept; the observation changed since."),
            )
            return
        if status == Status.NEEDS_INFORMATION.value:
            summary.needs_information.append(env.header.record_id)

    # -- reviews (coordinators) -------------------------------------------------------------
    def review(self, record_id: str, status: str, comment: str = "") -> str:
        """Seal a coordinator's decision about an observation; returns the envelope id.
        It is pushed with the next sync."""
        if status not in REVIEW_STATUSES:
            raise ValueError(status)
        if self.role != "coordinator":
            raise NotEnrolledError()
        latest = self.db.one(
            "SELECT envelope_id, author FROM inbox WHERE record_id = ? AND kind = 'observation'"
            " ORDER BY rev DESC, server_seq DESC LIMIT 1",
            (record_id,),
        )
        if latest is None:
            from desktop.core.errors import NotFoundError

            raise NotFoundError(field="record")
        author_key = self.db.one(
            "SELECT encryption_key FROM device_keys WHERE device_id = ?", (latest[1],)
        )
        if author_key is None:
            raise NotEnrolledError()
        count = self.db.one(
            "SELECT count(*) FROM outbox WHERE record_id = ? AND kind = 'review'", (record_id,)
        )
        created = int(time.time() * 1000)
        body = {"status": status, "comment": comment, "reviewed": created}
        with self.db.transaction() as conn:
            (env,) = self._append(
                conn,
                [
                    _ToSeal(
                        body,
                        "review",
                        record_id,
                        int(count[0]) + 1,
                        latest[0],
                        [self.coordination_public(), bytes(author_key[0])],
                        [],
                    )
                ],
            )
            self.db.execute(
                "INSERT INTO reviews VALUES (?, ?, ?, ?, ?, ?, 1)",
                (
                    env.envelope_id,
                    record_id,
                    self.profile.device_id,
                    status,
                    comment,
                    env.header.created_ms,
                ),
            )
        return env.envelope_id

    def reviews_for(self, record_id: str) -> list[dict[str, Any]]:
        rows = self.db.query(
            "SELECT status, comment, created_ms, reviewer FROM reviews WHERE record_id = ?"
            " ORDER BY created_ms",
            (record_id,),
        )
        return [
            {"status": r[0], "comment": r[1], "created_ms": r[2], "reviewer": r[3]} for r in rows
        ]

    def received_observations(self) -> list[dict[str, Any]]:
        """A coordinator's view: the latest received revision of every record."""
        rows = self.db.query(
            "SELECT record_id, author, rev, body, envelope_id FROM inbox i"
            " WHERE kind = 'observation' AND author != ? AND server_seq = (SELECT max(server_seq)"
            " FROM inbox j WHERE j.record_id = i.record_id AND j.kind = 'observation')"
            " ORDER BY server_seq",
            (self.profile.device_id,),
        )
        return [
            {
                "record_id": r[0],
                "author": r[1],
                "rev": r[2],
                "body": json.loads(r[3]),
                "envelope_id": r[4],
            }
            for r in rows
        ]


_INBOX_INSERT = "INSERT INTO inbox VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"


def _inbox_row(env: Envelope, server_seq: int, body: Any) -> tuple[Any, ...]:
    h = env.header
    return (
        env.envelope_id, server_seq, h.kind, h.record_id, h.rev, h.parent, h.author,
        h.created_ms, canonical_json(body).decode(),
        json.dumps([b.to_json() for b in h.blobs]), utc_now(),
    )  # fmt: skip


#: a push answer's verified receipts by the index of the envelope in the request
_Verified = dict[int, Receipt]


def _results_by_index(answer: Any) -> dict[Any, Any]:
    results = answer.get("results", []) if isinstance(answer, dict) else []
    return {r.get("index"): r for r in results if isinstance(r, dict)}


def _verify_answer(rows: list[Any], answer: Any, server_key: bytes) -> _Verified:
    """The receipts of a push answer that verify with the server's key and name the envelope
    sent at their index, with its sequence number."""
    by_index = _results_by_index(answer)
    verified: _Verified = {}
    for i, row in enumerate(rows):
        result = by_index.get(i)
        if result is None:
            continue
        receipt = SyncEngine._verified_receipt(result.get("receipt"), row[1], row[0], server_key)
        if receipt is not None:
            verified[i] = receipt
    return verified


def _receipt_envelope_id(item: Any) -> str | None:
    """The envelope id the server's receipt beside a pulled envelope names, if any."""
    receipt = item.get("receipt") if isinstance(item, dict) else None
    value = receipt.get("envelope") if isinstance(receipt, dict) else None
    return value if isinstance(value, str) else None


class _Sealer:
    """Seals the queue chunk by chunk (:meth:`SyncEngine._seal_chunks`) on a thread of its
    own while the push sends requests and stores receipts: the seals' crypto, zlib and SQL
    let go of the GIL, so on two cores they overlap the rest. The push learns what was
    sealed through :meth:`take`, on its own thread."""

    def __init__(self, engine: SyncEngine, summary: SyncSummary) -> None:
        self._engine = engine
        self._summary = summary
        self._stopping = threading.Event()
        self._sealed: queue.SimpleQueue[int | None] = queue.SimpleQueue()
        self._done = False
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="fieldbook-seal")
        self._future = self._pool.submit(self._run)

    def _run(self) -> None:
        try:
            for sealed in self._engine._seal_chunks():
                self._sealed.put(sealed)
                if self._stopping.is_set() or self._engine.should_stop():
                    return
        finally:
            self._sealed.put(None)  # the end, also after an error

    def take(self, *, wait: bool = True) -> bool:
        """Count the chunks sealed since the last call; with ``wait``, wait for the next
        one. Whether more was sealed (False once all is: the sealing thread's error, if it
        failed, is raised here)."""
        more = False
        while not self._done:
            try:
                sealed = self._sealed.get(block=wait and not more)
            except queue.Empty:
                break
            if sealed is None:
                self._done = True
                self._future.result()
                break
            self._summary.sealed += sealed
            more = True
        return more

    def stop(self) -> None:
        """Stop after the chunk in hand and wait for it: nothing writes after the push.
        Counts what was sealed; an error of the sealing thread is left for the next sync
        to meet (the push is ending early, or on an error of its own)."""
        self._stopping.set()
        self._pool.shutdown(wait=True)
        while not self._done:
            sealed = self._sealed.get()
            self._done = sealed is None
            self._summary.sealed += sealed or 0


class _Receipts:
    """Verified receipts waiting to be stored: a push stores them a few hundred at a time,
    which touches each page of the observation indexes once instead of once per batch.
    Until stored an envelope simply counts as unsent (a resend is answered "duplicate")."""

    def __init__(self, engine: SyncEngine, summary: SyncSummary) -> None:
        self.engine = engine
        self.summary = summary
        self.outbox: list[tuple[str, int, str]] = []  # receipt, conflict, envelope id
        self.sent: list[tuple[str, int]] = []
        self.bad = 0
        self.refused: list[str] = []
        self.since = 0.0

    def __len__(self) -> int:
        return len(self.outbox)

    def add(self, rows: list[Any], answer: Any, verified: _Verified) -> int:
        """Take the receipts of a push answer that verified (see :func:`_verify_answer`);
        returns how many."""
        by_index = _results_by_index(answer)
        summary = self.summary
        if not self.outbox:
            self.since = time.monotonic()
        accepted = 0
        for i, row in enumerate(rows):
            envelope_id, kind, record_id, rev = row[1], row[2], row[3], row[4]
            result = by_index.get(i)
            if result is None:
                continue
            status = result.get("status")
            if status not in ("stored", "duplicate", "conflict_stored"):
                self.refused.append(str(result.get("reason") or "rejected"))
                summary.rejected.append(envelope_id)
                continue
            receipt = verified.get(i)
            if receipt is None:
                self.bad += 1
                continue
            conflict = 1 if status == "conflict_stored" else 0
            self.outbox.append((json.dumps(receipt.to_json()), conflict, envelope_id))
            accepted += 1
            if status == "duplicate":
                summary.duplicates += 1
            summary.sent += 1
            if conflict:
                summary.conflicts.append(record_id)
            if kind == "observation":
                self.sent.append((record_id, rev))
        return accepted

    def due(self) -> bool:
        return len(self.outbox) >= RECEIPT_GROUP or (
            bool(self.outbox) and time.monotonic() - self.since >= RECEIPT_DELAY_S
        )

    def store(self) -> None:
        """Store the receipts and mark what they cover as sent: a few statements in all."""
        if not (self.outbox or self.bad or self.refused):
            return
        db, state = self.engine.db, self.engine.state
        now = utc_now()
        with db.transaction() as conn:
            # The outbox row is the one copy of a receipt (the revision names the envelope):
            # a copy in the revision rewrote a page of revision body per receipt.
            conn.executemany(
                "UPDATE outbox SET receipt = ?, sent_at = ?, conflict = max(conflict, ?)"
                " WHERE envelope_id = ?",
                [(text, now, conflict, eid) for text, conflict, eid in self.outbox],
            )
            # Only an observation still queued at the receipted revision becomes "sent".
            self.engine.profile.observations.mark_sent(self.sent)
            for _ in range(self.bad):
                state.log(
                    "error",
                    "bad_receipt",
                    QT_TRANSLATE_NOOP("core", "The server's receipt did not verify."),
                )
            for reason in self.refused:
                state.log(
                    "error", reason, QT_TRANSLATE_NOOP("core", "The server refused an envelope.")
                )
        self.outbox, self.sent, self.bad, self.refused = [], [], 0, []


def public_b64(raw: bytes) -> str:
    return b64encode(raw)
