"""Coordinators' reviews: a decision (received, verified, needs information, closed) and a
comment about an observation, sealed as a ``review`` envelope for the coordination key and
the observation's author, and applied where it arrives.

A coordinator seals reviews here (:meth:`ReviewService.review`); the sync pushes them with
the next run. Every device applies the reviews a page brings (:meth:`ReviewService.apply`):
on the author's device a review moves the observation's status.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from desktop.core.errors import NotFoundError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.model import Status
from desktop.core.sync.errors import NotEnrolledError
from desktop.core.sync.inbox import Inbox
from desktop.core.sync.outbox import Outbox, ToSeal
from desktop.core.sync.state import SyncStore
from protocol.envelope import Envelope

if TYPE_CHECKING:
    from desktop.core.profile import Profile
    from desktop.core.sync.progress import SyncSummary

REVIEW_STATUSES = ("received", "verified", "needs_information", "closed")
COMMENT_MAX = 10_000


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
        latest = self.inbox.latest_observation(record_id)
        if latest is None:
            raise NotFoundError(field="record")
        parent, author = latest
        author_key = self.inbox.encryption_key(author)
        if author_key is None:
            raise NotEnrolledError()
        db = self.profile.database
        count = db.one(
            "SELECT count(*) FROM outbox WHERE record_id = ? AND kind = 'review'", (record_id,)
        )
        created = int(time.time() * 1000)
        body = {"status": status, "comment": comment, "reviewed": created}
        recipients = [self.outbox.coordination_public(), author_key]
        with db.transaction() as conn:
            (env,) = self.outbox.append(
                conn,
                [ToSeal(body, "review", record_id, int(count[0]) + 1, parent, recipients, [])],
            )
            db.execute(
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

    # -- reading ----------------------------------------------------------------------------
    def reviews_for(self, record_id: str) -> list[dict[str, Any]]:
        rows = self.profile.database.query(
            "SELECT status, comment, created_ms, reviewer FROM reviews WHERE record_id = ?"
            " ORDER BY created_ms",
            (record_id,),
        )
        return [
            {"status": r[0], "comment": r[1], "created_ms": r[2], "reviewer": r[3]} for r in rows
        ]

    # -- arriving reviews --------------------------------------------------------------------
    def apply(self, env: Envelope, body: Any, summary: SyncSummary) -> None:
        """Apply a review a page brought (verified and opened by the pull), inside the pull's
        transaction."""
        if not isinstance(body, dict):
            return
        status = str(body.get("status", ""))
        comment = str(body.get("comment", ""))[:COMMENT_MAX]
        if status not in REVIEW_STATUSES:
            return
        db = self.profile.database
        db.execute(
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
        observations = self.profile.observations
        if not observations.exists(env.header.record_id):
            return  # a coordinator reading another coordinator's review
        latest = db.one(
            "SELECT max(created_ms) FROM reviews WHERE record_id = ?", (env.header.record_id,)
        )
        if latest and latest[0] is not None and latest[0] > env.header.created_ms:
            return  # an older decision arriving late does not undo a newer one
        try:
            observations.set_status(env.header.record_id, Status(status))
        except Exception:
            self.store.log(
                "info",
                "review_kept",
                QT_TRANSLATE_NOOP("core", "A review was kept; the observation changed since."),
            )
            return
        if status == Status.NEEDS_INFORMATION.value:
            summary.needs_information.append(env.header.record_id)
