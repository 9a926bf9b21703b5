"""Turning an :class:`ObservationQuery` into SQL: full-text match, indexed filters, sorting
and paging. Kept apart from the service so the query shapes can be read (and tuned) alone."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desktop.core.refindex import RefIndex

SORT_COLUMNS = {
    "incident_date": "o.date_start",
    "place": "o.place_sort",
    "title": "o.title_sort",
    "status": "o.status",
    "updated": "o.updated_at",
}
SORT_INDEXES = {
    "incident_date": "observations_sort_date",
    "place": "observations_sort_place",
    "title": "observations_sort_title",
    "status": "observations_sort_status",
    "updated": "observations_sort_updated",
}
#: Up to this many text matches, a page looks the matches up and sorts them; past it, it
#: walks the sort index (see :func:`page_source`).
SPARSE_MATCHES = 400
MAX_LIMIT = 1000
_WORD = re.compile(r"\w+", re.UNICODE)


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


def fts_expression(text: str) -> str | None:
    """Every typed word must match, the last one (and every other) as a prefix, so results
    narrow while the user types. Words are quoted: FTS5 operators in input mean nothing."""
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def page_source(q: ObservationQuery, *, sparse_text: bool) -> str:
    """``FROM`` for a page. Normally the sort index is forced: see schema migration 3. When a
    text search matched few records it is cheaper to fetch those and sort them."""
    if sparse_text:
        return " FROM observations o"
    index = SORT_INDEXES.get(q.sort)
    if index is None:
        raise ValueError(f"unknown sort {q.sort!r}")
    return f" FROM observations o INDEXED BY {index}"


def where_clause(
    q: ObservationQuery, ref: RefIndex, *, for_count: bool = False
) -> tuple[str, list[Any]]:
    conds: list[str] = []
    params: list[Any] = []
    expr = fts_expression(q.text)
    if expr is not None:
        # "+o.pk" keeps the planner from driving the query from a large match list and
        # sorting it: it walks the sort index, tests each entry against the matches and
        # stops after one page. Counts and sparse matches look the matches up directly.
        target = "o.pk" if for_count else "+o.pk"
        conds.append(
            f"{target} IN (SELECT rowid FROM observations_fts WHERE observations_fts MATCH ?)"
        )
        params.append(expr)
    if q.velayat:
        conds.append("o.velayat = ?")
        params.append(q.velayat)
    if q.etrap:
        conds.append("o.etrap = ?")
        params.append(q.etrap)
    for kind, codes in (
        ("right", tuple(q.rights)),
        ("act", tuple(sorted(ref.act_type_with_descendants(q.act_types)))),
    ):
        if codes:
            marks = ",".join("?" * len(codes))
            conds.append(
                "o.pk IN (SELECT pk FROM observation_categories"
                f" WHERE kind = ? AND code IN ({marks}))"
            )
            params.extend([kind, *codes])
    for column, values in (("o.status", q.statuses), ("o.confidentiality", q.confidentiality)):
        if values:
            conds.append(f"{column} IN ({','.join('?' * len(values))})")
            params.extend(values)
    if q.date_from:
        conds.append("coalesce(o.date_end, o.date_start) >= ?")
        params.append(q.date_from)
    if q.date_to:
        conds.append("o.date_start <= ?")
        params.append(q.date_to)
    return (" WHERE " + " AND ".join(conds)) if conds else "", params


def order_clause(q: ObservationQuery) -> str:
    column = SORT_COLUMNS.get(q.sort)
    if column is None:
        raise ValueError(f"unknown sort {q.sort!r}")
    direction = "DESC" if q.descending else "ASC"
    return f" ORDER BY {column} {direction}, o.pk {direction}"


def page_clause(q: ObservationQuery) -> tuple[str, list[int]]:
    limit = max(0, min(q.limit, MAX_LIMIT))
    return " LIMIT ? OFFSET ?", [limit, max(0, q.offset)]
