"""Which received revision of a record counts, the same on every coordinator machine.

Records are single-writer: only the author revises one. Two revisions with the same parent
(a conflict) come from a profile restored from a backup, or a copy of it run beside the
original. Every coordinator must then show the same revision as the current one, whether
it got the envelopes from the server, in a parcel, or in another order; so the rule reads
only what the envelopes themselves carry, never the time they arrived or the order the
server took them in (a parcel carries envelopes the server may not have seen yet):

    the highest revision number counts; between two with the same number, the one whose
    envelope id (the SHA-256 of the signed envelope) sorts first.

A record is marked conflicted while the revision that counts has a sibling: another
revision with the same parent or the same number. The author resolves it by saving a new
revision, which then counts alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core.i18n import QT_TRANSLATE_NOOP

RULE_TEXT = QT_TRANSLATE_NOOP(
    "core",
    "Two revisions of this record were made from the same earlier one. The one with the "
    "higher revision number counts; when both have the same number, the one whose envelope "
    "identifier comes first in alphabetical order counts. Every coordinator's computer "
    "applies the same rule, so all show the same revision. The author settles the conflict "
    "by saving a new revision.",
)


@dataclass(frozen=True)
class Revision:
    """What the rule reads of one received revision."""

    envelope_id: str
    rev: int
    parent: str | None


def rank(revision: Revision) -> tuple[int, str]:
    """Smaller ranks first: the highest rev, then the smallest envelope id."""
    return (-revision.rev, revision.envelope_id)


def winner(revisions: Iterable[Revision]) -> Revision | None:
    """The revision that counts (None for none)."""
    return min(revisions, key=rank, default=None)


def conflicted(revisions: Iterable[Revision]) -> bool:
    """Whether the revision that counts has a sibling (same parent or same number)."""
    listed = list(revisions)
    best = winner(listed)
    if best is None:
        return False
    return any(
        r.envelope_id != best.envelope_id
        and (r.rev == best.rev or (r.parent is not None and r.parent == best.parent))
        for r in listed
    )


def conflicting(revisions: Iterable[Revision]) -> list[Revision]:
    """The revisions that count or compete with the one that counts, best first."""
    listed = list(revisions)
    best = winner(listed)
    if best is None:
        return []
    return sorted(
        (
            r
            for r in listed
            if r.envelope_id == best.envelope_id
            or r.rev == best.rev
            or (r.parent is not None and r.parent == best.parent)
        ),
        key=rank,
    )
