"""The status operations of the observation service: the author's submission, and the
named operations the sync engine and reviews change a record through."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.database import Database, utc_now
from desktop.core.errors import TransitionError
from desktop.core.model import (
    ALLOWED_TRANSITIONS,
    Observation,
    Status,
    SyncState,
    ValidationError,
)
from desktop.core.observations.common import (
    M_ALREADY_SEALED,
    M_BAD_TRANSITION,
    M_RECEIVED_READ_ONLY,
    AttachmentRows,
)
from protocol.encoding import canonical_json

if TYPE_CHECKING:
    from desktop.core.model import FieldError


class StatusOperations:
    _db: Database
    _attachment_rows: AttachmentRows | None

    if TYPE_CHECKING:

        def get(self, observation_id: str) -> Observation: ...
        def has_received_columns(self) -> bool: ...
        def is_received(self, observation_id: str) -> bool: ...
        def validate(self, obs: Observation) -> list[FieldError]: ...
        def _pk(self, observation_id: str) -> int: ...
        def _store(
            self, obs: Observation, *, force: bool = False, bulk: bool = False
        ) -> Observation: ...

    # -- the sync engine's operations ----------------------------------------------------

    def mark_unsealed(self, record_id: str, envelope_id: str) -> None:
        """The sync engine withdrew the envelope ``envelope_id`` sealed from the record's
        latest revision before any receipt (a chain repaired after a restore): the record is
        pending again, so it is sealed anew. Inside the caller's transaction, if any."""
        with self._db.transaction() as conn:
            # a profile from before migration 11 names the envelope in the revision
            conn.execute(
                "UPDATE revisions SET device_seq = NULL, envelope_id = NULL, envelope = NULL"
                " WHERE envelope_id = ?",
                (envelope_id,),
            )
            conn.execute(
                "UPDATE observations SET sync_state = ? WHERE id = ? AND status = ?",
                (SyncState.PENDING.value, record_id, Status.QUEUED.value),
            )

    # -- status ------------------------------------------------------------------------

    def set_status(self, observation_id: str, status: str | Status) -> Observation:
        """Move along :data:`ALLOWED_TRANSITIONS`.

        Submitting (→ queued) is an author act and appends a revision: that revision is what
        the sync engine seals and sends. Other changes (sent, received, reviews) come from
        the sync engine and change only the current row; they are logged in
        ``status_changes``.
        """
        target = Status(status)
        with self._db.transaction() as conn:
            current = self.get(observation_id)
            if self.has_received_columns() and self.is_received(observation_id):
                # another device's record: its review state moves by set_review_state
                raise TransitionError(M_RECEIVED_READ_ONLY, field="status")
            stored = Status(current.status)
            if target == stored:
                return current
            if target not in ALLOWED_TRANSITIONS[stored]:
                raise TransitionError(M_BAD_TRANSITION, field="status")
            if target == Status.QUEUED:
                current.status = target.value
                errors = self.validate(current)
                if errors:
                    raise ValidationError(errors)
                return self._store(current, force=True)
            pk = self._pk(observation_id)
            if stored == Status.QUEUED and target == Status.DRAFT:
                # the sync schema's outbox: a row sealed from this revision (not adopted)
                sealed = self._db.one(
                    "SELECT 1 FROM outbox WHERE record_id = ? AND kind = 'observation'"
                    " AND rev = ? AND adopted = 0",
                    (observation_id, current.rev),
                )
                if sealed:
                    raise TransitionError(M_ALREADY_SEALED, field="status")
                current.status = target.value
                return self._store(current, force=True)
            now = utc_now()
            current.status = target.value
            current.updated_at = now
            sync_state = SyncState.SENT.value if target == Status.SENT else None
            conn.execute(
                "UPDATE observations SET status = ?, updated_at = ?,"
                " sync_state = coalesce(?, sync_state) WHERE pk = ?",
                (target.value, now, sync_state, pk),
            )
            conn.execute(
                "UPDATE observation_bodies SET body = ? WHERE pk = ?",
                (canonical_json(current.to_dict()).decode(), pk),
            )
            conn.execute(
                "INSERT INTO status_changes VALUES (?, ?, ?, ?)",
                (pk, now, stored.value, target.value),
            )
            return current

    def mark_sent(self, revisions: list[tuple[str, int]]) -> list[str]:
        """The sync engine's batch form of ``set_status(id, "sent")`` once the server's
        receipts for revisions ``(id, rev)`` are stored.

        Only observations still queued at exactly that revision change (a newer revision
        waits for its own receipt); the effects are those of :meth:`set_status`: status, sync
        state, the status and time read with the current body, a ``status_changes`` row. A
        few statements for the whole batch instead of several per observation. Returns the
        ids changed.

        The body is not rewritten: its status and time are read from the row (see
        :func:`_current`). Rewriting it cost a page of body and a JSON round trip per
        observation, about a fifth of what a push spent storing receipts.
        """
        wanted = dict(revisions)
        if not wanted:
            return []
        changed: list[str] = []
        with self._db.transaction() as conn:
            now = utc_now()
            ids = list(wanted)
            found: list[tuple[int, str]] = []
            for start in range(0, len(ids), 500):  # well under SQLite's variable limit
                part = ids[start : start + 500]
                marks = ",".join("?" * len(part))
                rows = conn.execute(
                    # "+": look the ids up, not every queued row in the status index
                    f"SELECT pk, id, rev FROM observations WHERE +status = ? AND id IN ({marks})",
                    (Status.QUEUED.value, *part),
                ).fetchall()
                found += [(r[0], r[1]) for r in rows if wanted[r[1]] == r[2]]
            if not found:
                return []
            rows_sent, logged = [], []
            # in table order: neighbouring rows share pages
            for pk, observation_id in sorted(found):
                rows_sent.append((Status.SENT.value, now, SyncState.SENT.value, pk))
                logged.append((pk, now, Status.QUEUED.value, Status.SENT.value))
                changed.append(observation_id)
            conn.executemany(
                "UPDATE observations SET status = ?, updated_at = ?, sync_state = ? WHERE pk = ?",
                rows_sent,
            )
            conn.executemany("INSERT INTO status_changes VALUES (?, ?, ?, ?)", logged)
        return changed
