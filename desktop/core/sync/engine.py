"""The sync engine: seal, push, upload, pull — each step safe to repeat after any failure.

Order (DESIGN.md "Sync"): check the server (signed nonce), seal queued revisions into
envelopes, push envelopes (testimony first: it reaches the server in seconds), upload their
blobs smallest first, then pull changes. Every step persists its result before the next:
- an envelope is sealed once, in one transaction with the sequence number it takes, and its
  exact bytes are resent until a verified receipt is stored;
- an observation becomes "sent" only when the server's signed receipt for its latest revision
  verifies;
- a blob upload resumes at the offset the server confirms;
- the pull cursor is saved in the transaction that applies the page.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
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
from protocol.encoding import b64decode, b64encode, canonical_json, parse_json
from protocol.envelope import BlobRef, Envelope, seal
from protocol.errors import ProtocolError
from protocol.keys import EncryptionKey
from protocol.signed import Receipt

REVIEW_STATUSES = ("received", "verified", "needs_information", "closed")
MAX_BATCH = 100


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


class SyncEngine:
    def __init__(
        self,
        profile: Profile,
        *,
        transport_factory: Callable[..., Transport] = Transport,
        batch_size: int = 50,
        page_size: int = 200,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> None:
        self.profile = profile
        self.db: Database = profile.database
        self.state = SyncState(self.db)
        self._transport_factory = transport_factory
        self.batch_size = min(batch_size, MAX_BATCH)
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
        row = self.db.one(
            "SELECT count(*) FROM observations WHERE sync_state = ?",
            (RecordSyncState.PENDING.value,),
        )
        unsent = self.db.one("SELECT count(*) FROM outbox WHERE receipt IS NULL")
        return int(row[0]) + int(unsent[0]) if row and unsent else 0

    # -- one full sync -----------------------------------------------------------------------
    def sync_once(self, progress: ProgressFn | None = None) -> SyncSummary:
        report = progress or (lambda p: None)
        summary = SyncSummary()
        transport = self.transport()
        try:
            report(SyncProgress("checking"))
            answer = transport.health()
            self._check_epoch(str(answer.get("epoch", "")))
            summary.sealed = self.seal_pending()
            self.push(transport, summary, report)
            if not self.should_stop():
                BlobUploader(
                    self.db, self.profile.paths.blobs_dir, transport, self.should_stop
                ).run(summary, report)
            if not self.should_stop():
                self.pull(transport, summary, report)
            if summary.adopted and not self.should_stop():
                # The profile was behind its own history (restored from a backup): what it
                # sealed meanwhile was unsealed while pulling; seal it after the adopted chain.
                summary.sealed += self.seal_pending()
                self.push(transport, summary, report)
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
    def seal_pending(self) -> int:
        """Seal the latest revision of every queued observation that has no envelope yet."""
        rows = self.db.query(
            "SELECT o.pk, o.id, o.rev FROM observations o JOIN revisions r"
            " ON r.observation_pk = o.pk AND r.rev = o.rev"
            " WHERE o.sync_state = ? AND r.envelope_id IS NULL ORDER BY o.updated_at",
            (RecordSyncState.PENDING.value,),
        )
        recipients = [self.profile.device_keys.encryption.public, self.coordination_public()]
        for pk, record_id, rev in rows:
            with self.db.transaction():
                body_row = self.db.one(
                    "SELECT body FROM revisions WHERE observation_pk = ? AND rev = ?", (pk, rev)
                )
                body = parse_json(body_row[0])
                parent_row = self.db.one(
                    "SELECT envelope_id FROM outbox WHERE record_id = ? AND kind = 'observation'"
                    " ORDER BY seq DESC LIMIT 1",
                    (record_id,),
                )
                blobs = [
                    BlobRef(a["blob_id"], int(a["blob_size"])) for a in body.get("attachments", [])
                ]
                env = self._append(
                    body,
                    "observation",
                    record_id,
                    rev,
                    parent_row[0] if parent_row else None,
                    recipients,
                    blobs,
                )
                self.db.execute(
                    "UPDATE revisions SET device_seq = ?, envelope_id = ?, envelope = ?"
                    " WHERE observation_pk = ? AND rev = ?",
                    (env.header.seq, env.envelope_id, env.to_bytes(), pk, rev),
                )
                for blob in blobs:
                    self.db.execute(
                        "INSERT INTO blob_uploads (blob_id, size, record_id, envelope_id)"
                        " VALUES (?, ?, ?, ?) ON CONFLICT (blob_id) DO NOTHING",
                        (blob.blob_id, blob.size, record_id, env.envelope_id),
                    )
        return len(rows) + self._reseal_reviews()

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

    def _append(
        self,
        body: Any,
        kind: str,
        record_id: str,
        rev: int,
        parent: str | None,
        recipients: list[bytes],
        blobs: list[BlobRef],
    ) -> Envelope:
        """Seal and append to the hash chain; inside the caller's transaction."""
        seq = int(self.state.get(keys_.NEXT_SEQ, 1))
        prev = self.state.get(keys_.LAST_ENVELOPE)
        env = seal(
            body,
            author=self.profile.device_keys,
            kind=kind,
            record_id=record_id,
            rev=rev,
            parent=parent,
            seq=seq,
            prev=prev,
            recipients=recipients,
            blobs=blobs,
        )
        self.db.execute(
            "INSERT INTO outbox (seq, envelope_id, kind, record_id, rev, envelope, sealed_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (seq, env.envelope_id, kind, record_id, rev, env.to_bytes(), utc_now()),
        )
        self.state.set(keys_.NEXT_SEQ, seq + 1)
        self.state.set(keys_.LAST_ENVELOPE, env.envelope_id)
        return env

    # -- push -----------------------------------------------------------------------------
    def push(self, transport: Transport, summary: SyncSummary, report: ProgressFn) -> None:
        total = int(self.db.one("SELECT count(*) FROM outbox WHERE receipt IS NULL")[0])
        done = 0
        batch = self.batch_size
        start_seq = 0
        server_key = transport.server_key
        assert server_key is not None  # health() has pinned it
        while not self.should_stop():
            rows = self.db.query(
                "SELECT seq, envelope_id, kind, record_id, rev, envelope FROM outbox"
                " WHERE receipt IS NULL AND seq >= ? ORDER BY seq LIMIT ?",
                (start_seq, batch),
            )
            if not rows:
                return
            report(SyncProgress("sending", done, total))
            wire = [json.loads(r[5]) for r in rows]
            try:
                answer = transport.send_json("PUT", "/v1/envelopes", {"envelopes": wire})
            except SyncError as exc:
                if exc.status == 413 and batch > 1:
                    batch = max(1, batch // 2)
                    continue
                if exc.status == 409 and exc.server_code == "sequence_gap":
                    self._handle_gap(transport)
                    start_seq = 0
                    continue
                raise
            progressed = self._apply_push_results(rows, answer, server_key, summary)
            done += progressed
            if progressed == 0:
                # Nothing in this batch was accepted: stop instead of looping; the log says why.
                return

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

    def _apply_push_results(
        self, rows: list[Any], answer: Any, server_key: bytes, summary: SyncSummary
    ) -> int:
        results = answer.get("results", []) if isinstance(answer, dict) else []
        by_index = {r.get("index"): r for r in results if isinstance(r, dict)}
        accepted = 0
        with self.db.transaction():
            for i, row in enumerate(rows):
                seq, envelope_id, kind, record_id, rev = row[0], row[1], row[2], row[3], row[4]
                result = by_index.get(i)
                if result is None:
                    continue
                status = result.get("status")
                if status in ("stored", "duplicate", "conflict_stored"):
                    receipt = self._verified_receipt(
                        result.get("receipt"), envelope_id, seq, server_key
                    )
                    if receipt is None:
                        self.state.log(
                            "error",
                            "bad_receipt",
                            QT_TRANSLATE_NOOP("core", "The server's receipt did not verify."),
                        )
                        continue
                    self._record_receipt(receipt, kind, record_id, rev, status, summary)
                    accepted += 1
                else:
                    reason = str(result.get("reason") or "rejected")
                    summary.rejected.append(envelope_id)
                    self.state.log(
                        "error",
                        reason,
                        QT_TRANSLATE_NOOP("core", "The server refused an envelope."),
                    )
        return accepted

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

    def _record_receipt(
        self,
        receipt: Receipt,
        kind: str,
        record_id: str,
        rev: int,
        status: str,
        summary: SyncSummary,
    ) -> None:
        now = utc_now()
        text = json.dumps(receipt.to_json())
        conflict = 1 if status == "conflict_stored" else 0
        self.db.execute(
            "UPDATE outbox SET receipt = ?, sent_at = ?, conflict = max(conflict, ?)"
            " WHERE envelope_id = ?",
            (text, now, conflict, receipt.envelope_id),
        )
        if status == "duplicate":
            summary.duplicates += 1
        summary.sent += 1
        if conflict:
            summary.conflicts.append(record_id)
        if kind != "observation":
            return
        self.db.execute(
            "UPDATE revisions SET receipt = ?, sent_at = ? WHERE envelope_id = ?",
            (text, now, receipt.envelope_id),
        )
        current = self.db.one("SELECT rev, status FROM observations WHERE id = ?", (record_id,))
        if current and current[0] == rev and current[1] == Status.QUEUED.value:
            self.profile.observations.set_status(record_id, Status.SENT)

    # -- pull -----------------------------------------------------------------------------
    def pull(self, transport: Transport, summary: SyncSummary, report: ProgressFn) -> None:
        restarted = False
        while not self.should_stop():
            epoch = self.state.get(keys_.EPOCH) or ""
            cursor = int(self.state.get(keys_.CURSOR, 0))
            report(SyncProgress("receiving", summary.received))
            try:
                page = transport.get_json(
                    "/v1/changes", {"cursor": f"{epoch}:{cursor}", "limit": self.page_size}
                )
            except EpochChangedError as exc:
                if restarted:
                    raise
                restarted = True
                self._restart_after_restore(exc.epoch)
                continue
            if not isinstance(page, dict):
                raise SyncError()
            self._apply_page(page, summary)
            if not page.get("more"):
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
        with self.db.transaction():
            for device_id, entry in (page.get("keys") or {}).items():
                self.db.execute(
                    "INSERT INTO device_keys VALUES (?, ?, ?) ON CONFLICT (device_id) DO NOTHING",
                    (
                        device_id,
                        b64decode(entry["signing_key"], length=32),
                        b64decode(entry["encryption_key"], length=32),
                    ),
                )
            for item in page.get("envelopes", []):
                try:
                    env = Envelope.from_wire(item["envelope"])
                except (ProtocolError, KeyError, TypeError):
                    self.state.log(
                        "error",
                        "malformed",
                        QT_TRANSLATE_NOOP("core", "A received envelope was malformed."),
                    )
                    continue
                if env.header.author == own:
                    if not self.db.one(
                        "SELECT 1 FROM outbox WHERE envelope_id = ?", (env.envelope_id,)
                    ):
                        self._adopt_own(env, item)
                        summary.adopted += 1
                    continue
                if self.db.one("SELECT 1 FROM inbox WHERE envelope_id = ?", (env.envelope_id,)):
                    continue
                author = self.db.one(
                    "SELECT signing_key FROM device_keys WHERE device_id = ?", (env.header.author,)
                )
                if author is None:
                    self.state.log(
                        "error",
                        "unknown_author",
                        QT_TRANSLATE_NOOP("core", "An envelope's author is unknown."),
                    )
                    continue
                try:
                    body = env.open(my_keys, bytes(author[0]))
                except ProtocolError as exc:
                    self.state.log(
                        "error",
                        exc.code,
                        QT_TRANSLATE_NOOP("core", "A received envelope could not be opened."),
                    )
                    continue
                self._store_inbox(env, int(item.get("server_seq", 0)), body)
                summary.received += 1
                if env.header.kind == "review":
                    self._apply_review(env, body, summary)
            self.state.set(keys_.EPOCH, epoch)
            self.state.set(keys_.CURSOR, int(seq_text))

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
            "INSERT INTO outbox (seq, envelope_id, kind, record_id, rev, envelope, sealed_at,"
            " receipt, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                seq,
                env.envelope_id,
                env.header.kind,
                env.header.record_id,
                env.header.rev,
                env.to_bytes(),
                utc_now(),
                json.dumps(receipt) if receipt else None,
                utc_now(),
            ),
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
        h = env.header
        self.db.execute(
            "INSERT INTO inbox VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (
                env.envelope_id, server_seq, h.kind, h.record_id, h.rev, h.parent, h.author,
                h.created_ms, canonical_json(body).decode(),
                json.dumps([b.to_json() for b in h.blobs]), utc_now(),
            ),
        )  # fmt: skip

    def _unseal_from(self, seq: int) -> None:
        rows = self.db.query(
            "SELECT envelope_id, kind, record_id FROM outbox WHERE seq >= ? AND receipt IS NULL",
            (seq,),
        )
        for envelope_id, kind, record_id in rows:
            self.db.execute(
                "UPDATE revisions SET device_seq = NULL, envelope_id = NULL, envelope = NULL"
                " WHERE envelope_id = ?",
                (envelope_id,),
            )
            self.db.execute("DELETE FROM blob_uploads WHERE envelope_id = ?", (envelope_id,))
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
        with self.db.transaction():
            env = self._append(
                body,
                "review",
                record_id,
                int(count[0]) + 1,
                latest[0],
                [self.coordination_public(), bytes(author_key[0])],
                [],
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


def public_b64(raw: bytes) -> str:
    return b64encode(raw)
