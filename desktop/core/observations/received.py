"""The observation service's operations on received records (see
:mod:`desktop.core.observations.received_rows` for what a received row is)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from desktop.core.model import Observation
from desktop.core.observations.common import _current
from desktop.core.observations.received_rows import (
    Stored,
    _chunks,
    _marks,
    review_states,
    write_received,
)

if TYPE_CHECKING:
    from desktop.core.database import Database
    from desktop.core.observations.common import AttachmentRows
    from desktop.core.refdata import RefIndex


class ReceivedOperations:
    """The observation service's operations on received records (see the module)."""

    _db: Database
    _ref: RefIndex
    _device_id: str
    _attachment_rows: AttachmentRows | None

    def store_received(
        self, record_ids: Iterable[str], bodies: dict[str, Any] | None = None
    ) -> Stored:
        """The sync's operation, after it kept a page's envelopes in the inbox: the rows of
        these records brought up to date, in one transaction (the caller's, if any)."""
        with self._db.transaction() as conn:
            return write_received(
                conn,
                self._ref,
                self._device_id,
                record_ids,
                attachments=self._write_attachment_rows,
                bodies=bodies,
            )

    def _write_attachment_rows(self, conn: Any, pk: int, refs: list[Any]) -> None:
        if self._attachment_rows is not None:
            self._attachment_rows.received_rows(conn, pk, refs)

    def is_received(self, observation_id: str) -> bool:
        row = self._db.one("SELECT author FROM observations WHERE id = ?", (observation_id,))
        return row is not None and row[0] is not None

    def received_row(self, observation_id: str) -> dict[str, Any] | None:
        """A received record's list columns (None for an own record or none at all)."""
        row = self._db.one(
            "SELECT author, org, received_at, unread, conflict, envelope_id, rev, status,"
            " attachments FROM observations WHERE id = ? AND author IS NOT NULL",
            (observation_id,),
        )
        if row is None:
            return None
        keys = ("author", "org", "received_at", "unread", "conflict", "envelope_id", "rev",
                "status", "attachments")  # fmt: skip
        found = dict(zip(keys, row, strict=True))
        found["unread"], found["conflict"] = bool(found["unread"]), bool(found["conflict"])
        return found

    def mark_read(self, observation_ids: Iterable[str], read: bool = True) -> int:
        """Received records opened (or marked unread again); returns how many changed."""
        ids = list(observation_ids)
        changed = 0
        with self._db.transaction() as conn:
            for part in _chunks(ids):
                cur = conn.execute(
                    f"UPDATE observations SET unread = ? WHERE id IN ({_marks(part)})"
                    " AND author IS NOT NULL AND unread != ?",
                    (int(not read), *part, int(not read)),
                )
                changed += cur.rowcount
        return changed

    def set_review_state(self, observation_ids: Iterable[str]) -> None:
        """The review service's operation after a review was made or applied: the records'
        ``status`` recomputed from their reviews (:func:`review_states`), inside the
        caller's transaction if any."""
        ids = list(observation_ids)
        with self._db.transaction() as conn:
            shown: dict[str, int] = {}
            for part in _chunks(ids):
                for record_id, seq in conn.execute(
                    "SELECT o.id, coalesce(i.server_seq, 0) FROM observations o"
                    " LEFT JOIN inbox i ON i.envelope_id = o.envelope_id"
                    f" WHERE o.id IN ({_marks(part)}) AND o.author IS NOT NULL",
                    part,
                ):
                    shown[record_id] = int(seq)
            states = review_states(conn, list(shown), shown)
            conn.executemany(
                "UPDATE observations SET status = ? WHERE id = ? AND status != ?",
                [(state, record_id, state) for record_id, state in states.items()],
            )

    def set_author_orgs(self, orgs: dict[str, str | None]) -> int:
        """The network's device list was read again: each received record's ``org`` from
        its author's organisation (``orgs``: device id → org id)."""
        changed = 0
        with self._db.transaction() as conn:
            for device_id, org in orgs.items():
                cur = conn.execute(
                    "UPDATE observations SET org = ? WHERE author = ? AND org IS NOT ?",
                    (org, device_id, org),
                )
                changed += cur.rowcount
        return changed

    def received_current(self, observation_id: str) -> Observation | None:
        row = self._db.one(
            "SELECT b.body, o.status, o.updated_at FROM observations o"
            " JOIN observation_bodies b ON b.pk = o.pk WHERE o.id = ? AND o.author IS NOT NULL",
            (observation_id,),
        )
        return _current(*row) if row else None
