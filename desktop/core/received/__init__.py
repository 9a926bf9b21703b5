"""A coordinator's received records (issue 15): reading one with its author and history,
what changed between revisions, conflicts and the rule that settles them, the authors and
organisations to filter by, badges. No Qt. The records themselves are rows of the records'
tables, listed by ``profile.listing`` (see desktop/core/observations/received.py)."""

from desktop.core.received.changes import FieldChange
from desktop.core.received.rule import RULE_TEXT
from desktop.core.received.service import (
    AuthorChoice,
    OrgChoice,
    ReceivedCounts,
    ReceivedRecord,
    ReceivedRevisionInfo,
    ReceivedService,
)

__all__ = [
    "RULE_TEXT",
    "AuthorChoice",
    "FieldChange",
    "OrgChoice",
    "ReceivedCounts",
    "ReceivedRecord",
    "ReceivedRevisionInfo",
    "ReceivedService",
]
