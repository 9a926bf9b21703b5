"""What a list asks and what it gets back: the query, the row, and a plan's tables.

The row holds the list columns of a record whoever wrote it: own records and, on a
coordinator's device, received ones (issue 15) are rows of the same tables. The author's
device is a column (``author``); ``sync_state`` says where an own record stands for this
device (``local``/``pending``/``sent``; a received record is ``local``: never sent from
here); for a received record ``status`` is its current review state (``sent``: not
reviewed yet). See docs/CORE_API.md, listing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: ``ObservationQuery.scope``: every record, this device's own, or those received.
SCOPES = ("all", "own", "received")


@dataclass(frozen=True)
class ObservationQuery:
    text: str = ""
    velayat: str | None = None
    etrap: str | None = None
    rights: tuple[str, ...] = ()
    act_types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    confidentiality: tuple[str, ...] = ()
    date_from: str | None = None  # ISO date; the incident overlaps [date_from, date_to]
    date_to: str | None = None
    sort: str = "incident_date"
    descending: bool = True
    offset: int = 0
    limit: int = 100
    # -- a coordinator's received records (issue 15); ``statuses`` is the review state --
    scope: str = "all"  # one of SCOPES
    orgs: tuple[str, ...] = ()  # the authors' organisation ids (as text)
    authors: tuple[str, ...] = ()  # author device ids
    unread: bool | None = None  # True: new or changed since last opened; False: read
    conflict: bool | None = None  # True: received records with competing revisions
    received_from: str | None = None  # ISO date (or time); received on or after
    received_to: str | None = None  # ISO date (or time); received on or before that day


@dataclass
class ListPlan:
    """How one list query reads: see ``ObservationService._plan``."""

    cacheable: bool
    hits: str | None = None  # table of the text's matching pks
    sets: dict[str, str] = field(default_factory=dict)  # category kind → table of pks
    small: str | None = None  # a table of few pks to drive the query from, then sort
    exact: int | None = None  # the count, when one table is the whole result


@dataclass(frozen=True)
class ObservationRow:
    """What a list view shows; nothing more is read for it."""

    id: str
    title: str
    incident_date: str | None
    date_end: str | None
    date_precision: str
    velayat: str | None
    etrap: str | None
    place_label: str
    categories: tuple[str, ...]  # rights then act types
    status: str
    sync_state: str
    confidentiality: str
    updated_at: str
    author: str = ""  # the author's device id (own records: this device's)
    org: str | None = None  # a received record's author's organisation id, when known
    received_at: str | None = None  # when its current revision arrived (received only)
    unread: bool = False  # a received record new or changed since last opened
    attachments: int = 0  # how many attachments the current revision holds
    conflict: bool = False  # two received revisions share a parent (see received.rule)

    @property
    def received(self) -> bool:
        return self.received_at is not None
