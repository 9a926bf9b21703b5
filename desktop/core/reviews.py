"""Coordinators' reviews: a decision (received, verified, needs information, closed) and a
comment about an observation, sealed as a ``review`` envelope for the coordination key and
the observation's author, and applied where it arrives.

Which reviews count (docs/security.md "Reviews"): only those made with the network's
coordination key — the key every device checked at enrolment against the coordinator pinned
by its invitation code. Each review carries a certification only a holder of that key's
secret can make for this record and this reader (:mod:`protocol.review_certification`); a
review signed by any other key the server names is refused. Reviews are ordered by the
server's sequence (its signed receipt), never by the time a reviewer claims: the current
review of a record is the one the server took last, the same on every device.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from desktop.core.errors import NotFoundError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.model import Status
from desktop.core.sync.errors import CoordinationKeyNeededError, NotEnrolledError
from desktop.core.sync.inbox import Inbox
from desktop.core.sync.outbox import Outbox, ToSeal
from desktop.core.sync.receipts import verified_receipt
from desktop.core.sync.state import SyncStore
from protocol import review_certification as certification
from protocol.envelope import Envelope
from protocol.errors import ProtocolError
from protocol.keys import EncryptionKey, device_id, key_id

if TYPE_CHECKING:
    from desktop.core.profile import Profile
    from desktop.core.sync.progress import SyncSummary

REVIEW_STATUSES = ("received", "verified", "needs_information", "closed")
COMMENT_MAX = 10_000
_SELECT = "SELECT status, comment, created_ms, reviewer, server_seq FROM reviews"


class ReviewService:
    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.store = SyncStore(profile.database)
        self.outbox = Outbox(profile, self.store)
        self.inbox = Inbox(profile.database, profile.device_id)

    # -- a coordinator's decision ------------------------------------------------------------
    def review(self, record_id: str, status: str, comment: str = "") -> str:
        """Seal a coordinator's decision about an observation; returns the envelope id.
        It is pushed with the next sync."""
        if status not in REVIEW_STATUSES:
            raise ValueError(status)
        if self.store.role != "coordinator":
            raise NotEnrolledError()
        private = self.store.coordination_private
        if private is None:
            raise CoordinationKeyNeededError()
        shown = self.profile.observations.received_row(record_id)
        # the revision this coordinator reads: the one that counts (received/rule.py)
        latest = (
            (shown["envelope_id"], shown["author"])
            if shown is not None and shown["envelope_id"]
            else self.inbox.latest_observation(record_id)
        )
        if latest is None:
            raise NotFoundError(field="record")
        parent, author = latest
        author_key = self.inbox.encryption_key(author)
        if author_key is None:
            raise NotEnrolledError()
        coordination = self.outbox.coordination_public()
        db = self.profile.database
        count = db.one(
            "SELECT count(*) FROM outbox WHERE record_id = ? AND kind = 'review'", (record_id,)
        )
        rev = int(count[0]) + 1
        body: dict[str, Any] = {
            "status": status,
            "comment": comment,
            "reviewed": int(time.time() * 1000),
        }
        key = certification.review_key(
            EncryptionKey.from_bytes(private),
            author_key,
            coordination_public=coordination,
            author_public=author_key,
        )
        body[certification.FIELD] = certification.certify(
            key,
            reviewer=self.profile.device_keys.signing.public,
            record_id=record_id,
            rev=rev,
            parent=parent,
            body=body,
        )
        with db.transaction() as conn:
            (env,) = self.outbox.append(
                conn,
                [ToSeal(body, "review", record_id, rev, parent, [coordination, author_key], [])],
            )
            db.execute(
                "INSERT INTO reviews (envelope_id, record_id, reviewer, status, comment,"
                " created_ms, seen) VALUES (?, ?, ?, ?, ?, ?, 1)",
                (
                    env.envelope_id,
                    record_id,
                    self.profile.device_id,
                    status,
                    comment,
                    env.header.created_ms,
                ),
            )
            if shown is not None:
                self.profile.observations.set_review_state([record_id])
        return env.envelope_id

    def review_many(self, record_ids: Sequence[str], status: str, comment: str = "") -> list[str]:
        """The same decision about several records (a selection in the list), in one
        transaction: all are sealed for the next sync, or none. Returns the envelope ids."""
        if status not in REVIEW_STATUSES:
            raise ValueError(status)
        ids = list(dict.fromkeys(record_ids))
        with self.profile.database.transaction():
            return [self.review(record_id, status, comment) for record_id in ids]

    def mark_unsealed(self, envelope_id: str) -> None:
        """The sync engine withdrew this review's envelope before any receipt: it is sealed
        again by :meth:`reseal_unsealed`."""
        self.profile.database.execute(
            "UPDATE reviews SET seen = 2 WHERE envelope_id = ?", (envelope_id,)
        )

    def reseal_unsealed(self) -> int:
        """Reviews unsealed when a restored profile took its history back are sealed again
        with new numbers."""
        db = self.profile.database
        rows = db.query(
            "SELECT envelope_id, record_id, status, comment FROM reviews WHERE seen = 2"
        )
        for old_id, record_id, status, comment in rows:
            with db.transaction():
                db.execute("DELETE FROM reviews WHERE envelope_id = ?", (old_id,))
                self.review(record_id, status, comment)
        return len(rows)

    def receipted(self, reviews: list[tuple[int, str]]) -> None:
        """The server took these own reviews at these sequence numbers (the push's verified
        receipts), inside the push's transaction."""
        if reviews:
            with self.profile.database.lock:
                self.profile.database.conn.executemany(
                    "UPDATE reviews SET server_seq = ? WHERE envelope_id = ?", reviews
                )

    # -- reading ----------------------------------------------------------------------------
    def reviews_for(self, record_id: str) -> list[dict[str, Any]]:
        """A record's reviews in the server's order (this device's own not yet sent last):
        ``status, comment, created_ms`` (the reviewer's claimed time, for display),
        ``reviewer`` (device id), ``server_seq`` (None while unsent)."""
        rows = self.profile.database.query(
            f"{_SELECT} WHERE record_id = ? ORDER BY server_seq IS NULL, server_seq, created_ms",
            (record_id,),
        )
        return [
            {"status": r[0], "comment": r[1], "created_ms": r[2], "reviewer": r[3],
             "server_seq": r[4]}
            for r in rows
        ]  # fmt: skip

    def marks_for(self, record_ids: Sequence[str]) -> dict[str, tuple[str, int]]:
        """For the list's review column: record id -> (the standing review's status, number
        of reviews), one query for a page of rows; records without reviews are left out.
        Statuses and counts only: a list cell or a badge never shows a comment."""
        marks: dict[str, tuple[str, int]] = {}
        ids = list(dict.fromkeys(record_ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self.profile.database.query(
                "SELECT record_id, status FROM reviews WHERE record_id IN"
                f" ({','.join('?' * len(chunk))})"
                " ORDER BY server_seq IS NULL, server_seq, created_ms",
                tuple(chunk),
            )
            for record_id, status in rows:
                count = marks.get(record_id, ("", 0))[1]
                marks[record_id] = (status, count + 1)
        return marks

    def current(self, record_id: str) -> dict[str, Any] | None:
        """The review that stands: the one the server took last."""
        reviews = self.reviews_for(record_id)
        return reviews[-1] if reviews else None

    # -- arriving reviews --------------------------------------------------------------------
    def apply(
        self,
        env: Envelope,
        body: Any,
        signing_key: bytes,
        receipt: Any,
        summary: SyncSummary,
    ) -> bool:
        """Apply a review a page brought, opened with ``signing_key`` (the key listed for its
        author), inside the pull's transaction; False if it is refused: not certified with
        the coordination key, or without the server's verified receipt."""
        record_id = env.header.record_id
        taken = verified_receipt(receipt, env.envelope_id, env.header.seq, self.store.server_key)
        if (
            not isinstance(body, dict)
            or body.get("status") not in REVIEW_STATUSES
            or taken is None
            or not self._certified(env, body, signing_key)
        ):
            summary.reviews_refused += 1
            self.store.log(
                "error",
                "review_refused",
                QT_TRANSLATE_NOOP(
                    "core", "A review not made with the network's coordination key was refused."
                ),
            )
            return False
        status = str(body["status"])
        comment = str(body.get("comment", ""))[:COMMENT_MAX]
        db = self.profile.database
        db.execute(
            "INSERT INTO reviews (envelope_id, record_id, reviewer, status, comment, created_ms,"
            " seen, server_seq) VALUES (?, ?, ?, ?, ?, ?, 0, ?) ON CONFLICT DO NOTHING",
            (
                env.envelope_id,
                record_id,
                env.header.author,
                status,
                comment,
                env.header.created_ms,
                taken.server_seq,
            ),
        )
        summary.reviews_applied += 1
        observations = self.profile.observations
        if not observations.exists(record_id):
            return True  # a review of a record not received yet: its state comes with it
        if observations.is_received(record_id):
            # a coordinator reading another coordinator's review: the review state
            observations.set_review_state([record_id])
            return True
        latest = db.one("SELECT max(server_seq) FROM reviews WHERE record_id = ?", (record_id,))
        if latest and latest[0] is not None and int(latest[0]) > taken.server_seq:
            return True  # an earlier decision arriving late does not undo a later one
        try:
            observations.set_status(record_id, Status(status))
        except Exception:
            self.store.log(
                "info",
                "review_kept",
                QT_TRANSLATE_NOOP("core", "A review was kept; the observation changed since."),
            )
            return True
        if status == Status.NEEDS_INFORMATION.value:
            summary.needs_information.append(record_id)
        return True

    def _certified(self, env: Envelope, body: dict[str, Any], signing_key: bytes) -> bool:
        """Whether the review proves it was made with the coordination key's secret, by the
        device whose key signed it."""
        header = env.header
        # the current key only: after a rotation the older secret may be a thief's
        coordination = self.store.coordination_public
        if coordination is None or device_id(signing_key) != header.author:
            return False
        recipients = header.recipient_ids
        own = self.profile.device_keys.encryption
        try:
            if own.key_id in recipients:  # the observation's author
                key = certification.review_key(
                    own, coordination, coordination_public=coordination, author_public=own.public
                )
            else:  # another coordinator
                private = self.store.coordination_private
                latest = self.inbox.latest_observation(header.record_id)
                author = self.inbox.encryption_key(latest[1]) if latest else None
                if private is None or author is None or key_id(author) not in recipients:
                    return False
                key = certification.review_key(
                    EncryptionKey.from_bytes(private),
                    author,
                    coordination_public=coordination,
                    author_public=author,
                )
            certification.check(
                key,
                reviewer=signing_key,
                record_id=header.record_id,
                rev=header.rev,
                parent=header.parent,
                body=body,
            )
        except ProtocolError:
            return False
        return True
