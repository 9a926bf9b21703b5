"""Drafts: kept whatever is missing, erased on request (never once sealed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.database import Database
from desktop.core.errors import TransitionError
from desktop.core.listing import textindex
from desktop.core.model import (
    Observation,
    Status,
    ValidationError,
)
from desktop.core.observations.common import (
    DRAFT_BLOCKING_CODES,
    M_BAD_TRANSITION,
    M_NOT_A_DRAFT,
    AttachmentRows,
)

if TYPE_CHECKING:
    from desktop.core.model import FieldError


class DraftOperations:
    _db: Database
    _attachment_rows: AttachmentRows | None

    if TYPE_CHECKING:

        def get(self, observation_id: str) -> Observation: ...
        def validate(self, obs: Observation) -> list[FieldError]: ...
        def _pk(self, observation_id: str) -> int: ...
        def _store(
            self, obs: Observation, *, force: bool = False, bulk: bool = False
        ) -> Observation: ...

    # -- drafts: kept whatever is missing, erased on request --------------------------------

    def save_draft(self, obs: Observation) -> Observation:
        """Store ``obs`` as a draft even if it is incomplete (no date, an over-long title):
        a field worker's words are never held back by a missing field. Only errors that
        would store something unreadable (an unknown code, a malformed id or date) refuse
        it. Queueing (``set_status(id, "queued")``) validates in full."""
        if obs.status != Status.DRAFT.value:
            raise TransitionError(M_BAD_TRANSITION, field="status")
        errors = [e for e in self.validate(obs) if e.code in DRAFT_BLOCKING_CODES]
        if errors:
            raise ValidationError(errors)
        with self._db.transaction():
            return self._store(obs)

    def delete_draft(self, observation_id: str) -> list[str]:
        """Erase a draft that never left this device: its row, body, every revision, words,
        categories, status log and attachment rows (the connection runs with
        ``secure_delete``, so the freed pages are overwritten). Returns the ids of the blobs
        no record uses any more: ``AttachmentService.forget_blobs`` removes their files.
        Raises ``TransitionError`` for anything but a draft, or a draft once sealed."""
        with self._db.transaction() as conn:
            current = self.get(observation_id)
            pk = self._pk(observation_id)
            sealed = conn.execute(
                "SELECT 1 FROM revisions WHERE observation_pk = ? AND envelope_id IS NOT NULL"
                " UNION ALL SELECT 1 FROM outbox WHERE record_id = ? LIMIT 1",
                (pk, observation_id),
            ).fetchone()
            if current.status != Status.DRAFT.value or sealed:
                raise TransitionError(M_NOT_A_DRAFT, field="status")
            # Revisions are immutable because sent history must never change; a draft's
            # history never left the device, so the guard is lifted for this one delete.
            conn.execute("DROP TRIGGER revisions_kept")
            conn.execute("DELETE FROM revisions WHERE observation_pk = ?", (pk,))
            conn.execute(
                "CREATE TRIGGER revisions_kept BEFORE DELETE ON revisions"
                " BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END"
            )
            textindex.forget(conn, pk)
            blobs = self._attachment_rows.erase_rows(conn, pk) if self._attachment_rows else []
            conn.execute("DELETE FROM status_changes WHERE observation_pk = ?", (pk,))
            conn.execute("DELETE FROM observation_categories WHERE pk = ?", (pk,))
            conn.execute("DELETE FROM observation_bodies WHERE pk = ?", (pk,))
            conn.execute("DELETE FROM observations WHERE pk = ?", (pk,))
            return blobs
