"""Turning an :class:`ObservationQuery` into SQL: full-text match, indexed filters, sorting
and paging. The pieces of statements; :mod:`desktop.core.listing.sql` runs them."""

from __future__ import annotations

from typing import Any

from desktop.core.listing.query import SCOPES, ObservationQuery
from desktop.core.listing.textindex import fts_expression, match_select
from desktop.core.refdata import RefIndex

SORT_COLUMNS = {
    "incident_date": "o.date_start",
    "place": "o.place_sort",
    "title": "o.title_sort",
    "status": "o.status",
    "updated": "o.updated_at",
    "received": "o.received_at",
}
SORT_INDEXES = {
    "incident_date": "observations_sort_date",
    "place": "observations_sort_place",
    "title": "observations_sort_title",
    "status": "observations_sort_status",
    "updated": "observations_sort_updated",
    "received": "observations_sort_received",
}
#: Up to this many results (text matches, or rows passing the filters), a page fetches them
#: and sorts them; past it, it walks the sort index in order (see :func:`page_source`).
SMALL_RESULT = 2000
MAX_LIMIT = 1000
#: A category filter passed by more records than this is probed row by row for a page near
#: the start of a list (see ``ObservationService._plan``): a page then tests about
#: 100 / share candidates, under 2,000 at this share of 100,000 records.
PROBE_CATEGORY = 5000
#: A page starting this near the start of a list is read forwards without counting the
#: result first (the list shows its first page before its count).
NEAR_START = 1000


def page_source(
    q: ObservationQuery, *, small: str | None = None, few_in_place: bool = False
) -> str:
    """``FROM`` for a page.

    Normally the sort index is walked (forced: see schema migration 3) and the walk stops
    after one page, testing the filters on the index entry and text and categories by a
    probe of their pk tables. When one of those tables is ``small``, its rows are fetched
    and sorted instead; so are the rows of a place filter that leaves ``few_in_place``
    (an etrap's 1-2 % of the rows would otherwise cost a walk of most of the sort index
    for a page deep in the list).
    """
    if small is not None:
        return f" FROM {small} d CROSS JOIN observations o ON o.pk = d.pk"
    if few_in_place and q.velayat:
        return " FROM observations o INDEXED BY observations_velayat"
    index = SORT_INDEXES.get(q.sort)
    if index is None:
        raise ValueError(f"unknown sort {q.sort!r}")
    return f" FROM observations o INDEXED BY {index}"


def category_codes(q: ObservationQuery) -> list[tuple[str, tuple[str, ...]]]:
    """``(kind, codes)`` of the category filters: rights as ``right_tree`` rows and act
    types as ``act_tree`` rows, which a record has for each of its codes and every broader
    one (so a treaty or a broad act type is one code to look up, not a list of its articles
    or narrower types to merge)."""
    found = []
    for kind, codes in (
        ("right_tree", tuple(sorted(set(q.rights)))),
        ("act_tree", tuple(sorted(set(q.act_types)))),
    ):
        if codes:
            found.append((kind, codes))
    return found


def category_select(kind: str, codes: tuple[str, ...]) -> tuple[str, list[str]]:
    marks = ",".join("?" * len(codes))
    return (
        f"SELECT pk FROM observation_categories WHERE kind = ? AND code IN ({marks})",
        [kind, *codes],
    )


def category_probe(kind: str, codes: tuple[str, ...]) -> tuple[str, list[str]]:
    """A test of one candidate row against a category filter: a seek in the categories'
    primary key per code. A page of a filter that many records pass walks few candidates,
    so this is cheaper than first listing every record that passes.

    One EXISTS per code, each finding at most one row: with one EXISTS over ``code IN
    (…)``, SQLite 3.51 let a record holding two of the codes count twice towards OFFSET
    (pages skipped too few rows and repeated some; tests/core/test_search_paging.py)."""
    one = (
        "EXISTS (SELECT 1 FROM observation_categories c"
        " WHERE c.kind = ? AND c.code = ? AND c.pk = o.pk)"
    )
    return (
        "(" + " OR ".join([one] * len(codes)) + ")",
        [param for code in codes for param in (kind, code)],
    )


def where_clause(
    q: ObservationQuery,
    ref: RefIndex,
    *,
    hits: str | None = None,
    sets: dict[str, str] | None = None,
) -> tuple[str, list[Any]]:
    """The filters, with the text as membership in ``hits`` and category filters in
    ``sets[kind]`` when given: tables whose INTEGER PRIMARY KEY holds the wanted pks, so
    ``o.pk IN table`` is one b-tree probe per candidate and SQLite copies nothing. Otherwise
    the text is a subquery (materialised once per statement) and a category filter a probe
    of each candidate (:func:`category_probe`). The ``+`` keeps the planner from driving a
    count from such a list through a table look-up per pk."""
    conds: list[str] = []
    params: list[Any] = []
    sets = sets or {}
    if hits is not None:
        conds.append(f"+o.pk IN {hits}")
    else:
        found = match_select(q.text)
        if found is not None:
            conds.append(f"+o.pk IN ({found[0]})")
            params.extend(found[1])
    if q.velayat:
        conds.append("o.velayat = ?")
        params.append(q.velayat)
        if q.sort == "place":
            # The place order starts with the velayat's (and etrap's) name, so the place
            # is one stretch of the place sort index: seek to it instead of walking the
            # rest of the country first ("\x20" is the separator "\x1f" plus one).
            prefix = ref.place_sort_prefix(q.velayat, q.etrap)
            conds.append("o.place_sort >= ? AND o.place_sort < ?")
            params.extend([prefix, prefix[:-1] + "\x20"])
    if q.etrap:
        conds.append("o.etrap = ?")
        params.append(q.etrap)
    for kind, codes in category_codes(q):
        table = sets.get(kind)
        if table is not None:
            conds.append(f"+o.pk IN {table}")
        else:
            probe, probe_params = category_probe(kind, codes)
            conds.append(probe)
            params.extend(probe_params)
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
    received_conditions(q, conds, params)
    return (" WHERE " + " AND ".join(conds)) if conds else "", params


def received_to_bound(value: str) -> str:
    """The upper bound of ``received_at`` for ``received_to``: a date takes its whole day
    ("~" sorts after the "T…" of every time that day)."""
    return value + "~" if len(value) == 10 else value


def received_conditions(q: ObservationQuery, conds: list[str], params: list[Any]) -> None:
    """The filters on whose a record is (issue 15): scope, authors, organisations, unread,
    received date."""
    if q.scope not in SCOPES:
        raise ValueError(f"unknown scope {q.scope!r}")
    if q.scope == "own":
        conds.append("o.author IS NULL")
    elif q.scope == "received":
        conds.append("o.author IS NOT NULL")
    for column, values in (("o.author", q.authors), ("o.org", q.orgs)):
        if values:
            conds.append(f"{column} IN ({','.join('?' * len(values))})")
            params.extend(values)
    for column, flag in (("o.unread", q.unread), ("o.conflict", q.conflict)):
        if flag is not None:
            conds.append(f"{column} = ?")
            params.append(int(flag))
    if q.received_from:
        conds.append("o.received_at >= ?")
        params.append(q.received_from)
    if q.received_to:
        conds.append("o.received_at <= ?")
        params.append(received_to_bound(q.received_to))


def has_row_filters(q: ObservationQuery) -> bool:
    """Whether a filter on the observation row itself (not text, not categories) is set."""
    return bool(
        q.velayat
        or q.etrap
        or q.statuses
        or q.confidentiality
        or q.date_from
        or q.date_to
        or q.scope != "all"
        or q.authors
        or q.orgs
        or q.unread is not None
        or q.conflict is not None
        or q.received_from
        or q.received_to
    )


def result_key(q: ObservationQuery) -> tuple[Any, ...]:
    """What decides the result set (not its order or page): the key of cached counts."""
    return (
        fts_expression(q.text),
        q.velayat,
        q.etrap,
        tuple(sorted(q.rights)),
        tuple(sorted(q.act_types)),
        tuple(sorted(q.statuses)),
        tuple(sorted(q.confidentiality)),
        q.date_from,
        q.date_to,
        q.scope,
        tuple(sorted(q.authors)),
        tuple(sorted(q.orgs)),
        q.unread,
        q.conflict,
        q.received_from,
        q.received_to,
    )


def order_clause(q: ObservationQuery, *, reverse: bool = False) -> str:
    column = SORT_COLUMNS.get(q.sort)
    if column is None:
        raise ValueError(f"unknown sort {q.sort!r}")
    direction = "DESC" if q.descending != reverse else "ASC"
    return f" ORDER BY {column} {direction}, o.pk {direction}"


def page_window(q: ObservationQuery, total: int | None) -> tuple[int, int, bool]:
    """``(limit, offset, reverse)`` for a page of a result of ``total`` rows (None: not
    counted, for a page near the start, which is read forwards).

    A page past the middle is read from the other end in the opposite order (and turned
    round by the caller): a walk of the sort index is then never longer than half the
    result, whichever page the scroll bar jumps to.
    """
    limit = max(0, min(q.limit, MAX_LIMIT))
    offset = max(0, q.offset)
    if total is None:
        return limit, offset, False
    end = min(total, offset + limit)
    if offset >= end:
        return 0, 0, False
    if offset > total - end:
        return end - offset, total - end, True
    return end - offset, offset, False
