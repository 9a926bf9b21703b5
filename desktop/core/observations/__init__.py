"""The observation service (``profile.observations``): the only writer of the records'
tables. :mod:`.service` saves and reads, :mod:`.status` holds the status changes and the
named operations of sync and reviews, :mod:`.drafts` the drafts' save and erase."""

from desktop.core.listing import ObservationQuery, ObservationRow
from desktop.core.observations.common import AttachmentRows, RevisionInfo
from desktop.core.observations.service import ObservationService

__all__ = [
    "AttachmentRows",
    "ObservationQuery",
    "ObservationRow",
    "ObservationService",
    "RevisionInfo",
]
