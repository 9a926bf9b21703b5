"""What a list asks and what it gets back: the query, the row, and a plan's tables.

The row holds the list columns of a record whoever wrote it: the author's device is a
column (``author``), and ``sync_state`` says where the record stands for this device
(``local``/``pending``/``sent`` for its own records). A table of received records with the
same columns is listed by the same engine (see docs/CORE_API.md, listing).
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
