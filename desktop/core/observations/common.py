"""What the observation service's modules share: messages, the revision summary, the
attachment service's hook."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Protocol

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.model import (
    AttachmentRef,
    Observation,
    Status,
    SyncState,
)

M_NOT_EDITABLE = QT_TRANSLATE_NOOP(
    "core", "This observation was sent and can no longer be changed by its author."
)
M_BAD_TRANSITION = QT_TRANSLATE_NOOP("core", "This status change is not allowed.")
M_ALREADY_SEALED = QT_TRANSLATE_NOOP(
    "core", "This observation is already on its way and cannot be withdrawn."
)

M_NOT_A_DRAFT = QT_TRANSLATE_NOOP("core", "Only a draft that was never sent can be deleted.")
M_RECEIVED_READ_ONLY = QT_TRANSLATE_NOOP(
    "core", "This observation was received from another device and cannot be changed here."
)
#: Errors that refuse even a draft: what they name could not be read back.
DRAFT_BLOCKING_CODES = frozenset(
    {"invalid_id", "unknown_code", "unknown_value", "invalid_date", "duplicate"}
)

#: Statuses the author sets through ``save``; the rest arrive through the sync engine.
AUTHOR_STATUSES = frozenset({Status.DRAFT, Status.QUEUED})


@dataclass(frozen=True)
class RevisionInfo:
    rev: int
    saved_at: str
    status: str
    summary: str  # the title at that revision
    envelope_id: str | None = None


class AttachmentRows(Protocol):
    def erase_rows(self, conn: Any, pk: int) -> list[str]:
        """Delete record ``pk``'s attachment rows inside the caller's transaction; return
        the blob ids no record uses any more."""
        ...

    def received_rows(self, conn: Any, pk: int, refs: list[AttachmentRef]) -> None:
        """Received record ``pk``'s attachment rows, as its current revision lists them
        (the blobs are fetched on demand), inside the caller's transaction."""
        ...


def _current(body: str, status: str, updated_at: str) -> Observation:
    """The current observation: its stored body, with the status and time of its row."""
    obs = Observation.from_dict(json.loads(body))
    obs.status, obs.updated_at = status, updated_at
    return obs


def _sync_state_for(status: str) -> str:
    if status == Status.QUEUED:
        return SyncState.PENDING.value
    return SyncState.LOCAL.value


def category_rows(ref: Any, pk: int, obs: Observation) -> list[tuple[str, str, int]]:
    """The record's category rows ``(kind, code, pk)``: rights, act types with their broader
    ones, rights with their treaty, the facts figures count; each once."""
    from desktop.core.reports.facets import facet_rows

    rows = (
        [("right", c, pk) for c in obs.rights]
        + [("act", c, pk) for c in obs.act_types]
        + [("act_tree", c, pk) for c in sorted(ref.act_type_with_ancestors(obs.act_types))]
        + [("right_tree", c, pk) for c in sorted(ref.right_with_ancestors(obs.rights))]
        + [(kind, code, pk) for kind, code in facet_rows(obs)]
    )
    return list(dict.fromkeys(rows))


def write_categories(conn: Any, ref: Any, pk: int, obs: Observation) -> None:
    """The record's category rows (:func:`category_rows`), inside the caller's
    transaction; the old rows were deleted by the caller."""
    conn.executemany(
        "INSERT OR IGNORE INTO observation_categories (kind, code, pk) VALUES (?, ?, ?)",
        category_rows(ref, pk, obs),
    )
