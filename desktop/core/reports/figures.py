"""Counts and cross-tables of a selection of records, from the list's columns in memory.

A *dimension* sorts records into categories: a velayat, a month, a right. Some are one
value a record (its velayat); others many (its rights, the sex of each of its victims), so
a record counts once in every category it has and a table's cells may add up to more than
its records. A record with no value counts under "not recorded" (code ``""``), so no record
silently drops out of a table.

Each dimension becomes ``(record positions, category numbers, category codes)`` rows over
the selection (:func:`memberships`); a cross-table joins two of them by record and counts
with ``numpy.bincount``. Nothing here reads a record's body.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.listing import ObservationQuery, Selection
from desktop.core.refdata import ReferenceData, get_reference_data
from desktop.core.reports import facets

Rows = tuple[Any, Any, list[str]]  # record positions, category numbers, category codes

#: Dimension name → the category kind it reads (None: a list column or the date).
DIMENSIONS: dict[str, str | None] = {
    "velayat": None,
    "etrap": None,
    "year": None,
    "quarter": None,
    "month": None,
    "status": None,
    "confidentiality": None,
    "right": "right",
    "act": "act",
    "sex": facets.SEX,
    "age_group": facets.AGE,
    "perpetrator": facets.PERPETRATOR,
    "source": facets.SOURCE,
    "organisation": facets.AUTHOR,
    "follow_up": facets.FOLLOW_UP,
    "outcome": facets.OUTCOME,
    "recommendation": facets.RECOMMENDATION,
    "upr_theme": facets.UPR_THEME,
    "sdg_target": facets.SDG_TARGET,
}
#: Act types at one level of the tree: ``act:0`` (the broadest) to ``act:4``.
ACT_LEVEL_PREFIX = "act:"
#: Dimensions where a record may count in several categories.
MULTI = {"right", "act", "sex", "age_group", "perpetrator", "follow_up"}
MULTI |= {"recommendation", "upr_theme", "sdg_target"}


def is_multi(name: str | None) -> bool:
    """Whether a record may count in several categories of dimension ``name``."""
    return name is not None and (name in MULTI or name.startswith(ACT_LEVEL_PREFIX))


NOT_RECORDED = ""

DIMENSION_TITLES = {
    "velayat": QT_TRANSLATE_NOOP("core", "Velayat"),
    "etrap": QT_TRANSLATE_NOOP("core", "Etrap"),
    "year": QT_TRANSLATE_NOOP("core", "Year"),
    "quarter": QT_TRANSLATE_NOOP("core", "Quarter"),
    "month": QT_TRANSLATE_NOOP("core", "Month"),
    "status": QT_TRANSLATE_NOOP("core", "Review state"),
    "confidentiality": QT_TRANSLATE_NOOP("core", "Confidentiality"),
    "right": QT_TRANSLATE_NOOP("core", "Right affected"),
    "act": QT_TRANSLATE_NOOP("core", "Type of act"),
    "sex": QT_TRANSLATE_NOOP("core", "Sex of victims"),
    "age_group": QT_TRANSLATE_NOOP("core", "Age group of victims"),
    "perpetrator": QT_TRANSLATE_NOOP("core", "Perpetrator type"),
    "source": QT_TRANSLATE_NOOP("core", "Source type"),
    "organisation": QT_TRANSLATE_NOOP("core", "Organisation"),
    "follow_up": QT_TRANSLATE_NOOP("core", "Follow-up action"),
    "outcome": QT_TRANSLATE_NOOP("core", "Follow-up outcome"),
    "recommendation": QT_TRANSLATE_NOOP("core", "UN recommendation"),
    "upr_theme": QT_TRANSLATE_NOOP("core", "UPR theme"),
    "sdg_target": QT_TRANSLATE_NOOP("core", "SDG target"),
}
M_NOT_RECORDED = QT_TRANSLATE_NOOP("core", "not recorded")
M_OUTCOME = {
    facets.OUTCOME_DONE: QT_TRANSLATE_NOOP("core", "all actions done"),
    facets.OUTCOME_OPEN: QT_TRANSLATE_NOOP("core", "actions still open"),
}
M_UNKNOWN_DIMENSION = QT_TRANSLATE_NOOP("core", "Unknown dimension: {name}.")


class UnknownDimension(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(M_UNKNOWN_DIMENSION.format(name=name))
        self.name = name


def check_dimension(name: str) -> str:
    if name in DIMENSIONS:
        return name
    level = name.removeprefix(ACT_LEVEL_PREFIX)
    if name.startswith(ACT_LEVEL_PREFIX) and level.isdigit() and int(level) <= 4:
        return name
    raise UnknownDimension(name)


def kinds_for(dimensions: tuple[str, ...]) -> tuple[str, ...]:
    """The category kinds a selection must carry for these dimensions (and consent)."""
    kinds = {facets.CONSENT}
    for name in dimensions:
        check_dimension(name)
        kind = "act_tree" if name.startswith(ACT_LEVEL_PREFIX) else DIMENSIONS[name]
        if kind:
            kinds.add(kind)
    return tuple(sorted(kinds))


def _renumbered(numbers: Any, size: int) -> tuple[Any, Any]:
    """The code numbers in use (ascending) and each number's position among them: what
    ``np.unique(return_inverse=True)`` gives, counted instead of sorted (O(n))."""
    numbers = np.asarray(numbers, dtype=np.int64)
    used = np.flatnonzero(np.bincount(numbers, minlength=size)) if len(numbers) else numbers
    position = np.zeros(max(size, 1), dtype=np.int64)
    position[used] = np.arange(len(used))
    return used, position[numbers]


def _coded(selection: Selection, column: str) -> Rows:
    numbers = selection.coded[column]
    used, inverse = _renumbered(numbers, len(selection.values))
    codes = [selection.values[int(u)] or NOT_RECORDED for u in used]
    return np.arange(len(numbers)), inverse, codes


def _dated(selection: Selection, name: str) -> Rows:
    """Periods from the dates' digits, read as numbers in one vector step (sorting 100,000
    date texts cost ~40 ms). A period is numbered from the earliest one; 0 = no date."""
    start = selection.start
    n = len(start)
    if not n:
        return np.arange(0), np.zeros(0, dtype=np.int64), []
    digits = start.astype("U10").view(np.uint32).reshape(n, 10).astype(np.int64) - 48
    known = start != ""
    year = digits[:, 0] * 1000 + digits[:, 1] * 100 + digits[:, 2] * 10 + digits[:, 3]
    month = digits[:, 5] * 10 + digits[:, 6]
    if name == "year":
        period = year
    elif name == "month":
        period = year * 12 + month - 1
    else:
        period = year * 4 + (month - 1) // 3
    first = int(period[known].min()) - 1 if known.any() else 0
    key = np.where(known, period - first, 0)
    used, inverse = _renumbered(key, int(key.max()) + 1)
    codes = []
    for u in used:
        value = first + int(u)
        if u == 0:
            codes.append(NOT_RECORDED)
        elif name == "year":
            codes.append(f"{value:04d}")
        elif name == "month":
            codes.append(f"{value // 12:04d}-{value % 12 + 1:02d}")
        else:
            codes.append(f"{value // 4:04d}-Q{value % 4 + 1}")
    return np.arange(n), inverse, codes


def _categories(selection: Selection, kind: str, keep: Callable[[str], bool] | None) -> Rows:
    where, numbers, values = selection.categories[kind]
    where = np.asarray(where, dtype=np.int64)
    numbers = np.asarray(numbers, dtype=np.int64)
    if keep is not None:
        wanted = np.array([keep(v) for v in values], dtype=bool)
        chosen = wanted[numbers] if len(values) else np.zeros(0, dtype=bool)
        where, numbers = where[chosen], numbers[chosen]
    used, inverse = _renumbered(numbers, len(values))
    codes = [values[int(u)] for u in used]
    # Records without any row of this kind count under "not recorded".
    missing = np.ones(len(selection.pks), dtype=bool)
    missing[where] = False
    absent = np.flatnonzero(missing)
    if len(absent):
        inverse = np.concatenate([inverse, np.full(len(absent), len(codes))])
        where = np.concatenate([where, absent])
        codes = [*codes, NOT_RECORDED]
    return where, inverse.astype(np.int64), codes


def memberships(selection: Selection, name: str, ref: ReferenceData | None = None) -> Rows:
    """Which category each record of ``selection`` counts in, for dimension ``name``."""
    check_dimension(name)
    if name in ("velayat", "etrap", "status", "confidentiality"):
        return _coded(selection, name)
    if name in ("year", "quarter", "month"):
        return _dated(selection, name)
    if name.startswith(ACT_LEVEL_PREFIX):
        level = int(name.removeprefix(ACT_LEVEL_PREFIX))
        acts = (ref or get_reference_data()).taxonomy("act_types")

        def at_level(code: str) -> bool:
            term = acts.get(code)
            return term is not None and term.level == level

        return _categories(selection, "act_tree", at_level)
    kind = DIMENSIONS[name]
    assert kind is not None
    return _categories(selection, kind, None)


@dataclass
class CrossTable:
    """Counts of records by ``rows`` (and ``columns``; a one-way table has one column,
    ``""``). ``cells[i, j]``: records in row category i and column category j."""

    rows: str
    columns: str | None
    row_codes: list[str]
    column_codes: list[str]
    cells: Any  # int64 array, len(row_codes) × len(column_codes)
    records: int  # distinct records in the selection
    notes: list[str] = field(default_factory=list)

    @property
    def row_totals(self) -> Any:
        return self.cells.sum(axis=1)

    @property
    def column_totals(self) -> Any:
        return self.cells.sum(axis=0)

    @property
    def total(self) -> int:
        return int(self.cells.sum())

    @property
    def additive(self) -> bool:
        """Whether each record counts exactly once (no multi-valued dimension)."""
        return not is_multi(self.rows) and not is_multi(self.columns)

    def count(self, row: str, column: str = "") -> int:
        try:
            i = self.row_codes.index(row)
            j = self.column_codes.index(column)
        except ValueError:
            return 0
        return int(self.cells[i, j])

    def as_dict(self) -> dict[str, dict[str, int]]:
        return {
            r: {c: int(self.cells[i, j]) for j, c in enumerate(self.column_codes)}
            for i, r in enumerate(self.row_codes)
        }

    def aligned(self, row_codes: list[str], column_codes: list[str]) -> CrossTable:
        """This table over the given categories (absent ones count 0)."""
        cells = np.zeros((len(row_codes), len(column_codes)), dtype=np.int64)
        rows = {c: i for i, c in enumerate(self.row_codes)}
        cols = {c: j for j, c in enumerate(self.column_codes)}
        for i, code in enumerate(row_codes):
            for j, column in enumerate(column_codes):
                if code in rows and column in cols:
                    cells[i, j] = self.cells[rows[code], cols[column]]
        return replace(self, row_codes=row_codes, column_codes=column_codes, cells=cells)


def _sort_key(code: str) -> tuple[int, str]:
    return (1, "") if code == NOT_RECORDED else (0, code)


def cross_table(
    selection: Selection,
    rows: str,
    columns: str | None = None,
    ref: ReferenceData | None = None,
) -> CrossTable:
    """Records of ``selection`` by ``rows`` × ``columns`` (or by ``rows`` alone)."""
    ra, ca, row_codes = memberships(selection, rows, ref)
    if columns is None:
        rb, cb, column_codes = (
            np.arange(len(selection.pks)),
            np.zeros(len(selection.pks), dtype=np.int64),
            [""],
        )
    else:
        rb, cb, column_codes = memberships(selection, columns, ref)
    n = len(selection.pks)
    if not is_multi(columns):
        # One column category a record (each record once in rb): a lookup.
        of_record = np.zeros(n, dtype=np.int64)
        of_record[rb] = cb
        right = of_record[ra]
        flat = np.bincount(
            ca * len(column_codes) + right, minlength=len(row_codes) * len(column_codes)
        )
        cells = flat.reshape(len(row_codes), len(column_codes)).astype(np.int64)
        table = CrossTable(rows, columns, row_codes, column_codes, cells, n)
        return table.aligned(sorted(row_codes, key=_sort_key), sorted(column_codes, key=_sort_key))
    # Join the two by record: every row pair of the same record is one count.
    order = np.argsort(rb, kind="stable")
    rb, cb = rb[order], cb[order]
    per_record = np.bincount(rb, minlength=n)
    first = np.concatenate([[0], np.cumsum(per_record)[:-1]]) if n else np.zeros(0, np.int64)
    times = per_record[ra] if n else np.zeros(0, np.int64)
    left = np.repeat(ca, times)
    starts = np.repeat(first[ra] if n else ra, times)
    within = np.arange(int(times.sum())) - np.repeat(np.cumsum(times) - times, times)
    right = cb[starts + within]
    flat = np.bincount(
        left * len(column_codes) + right, minlength=len(row_codes) * len(column_codes)
    )
    cells = flat.reshape(len(row_codes), len(column_codes)).astype(np.int64)
    table = CrossTable(rows, columns, row_codes, column_codes, cells, n)
    # Categories in a stable order: codes ascending, "not recorded" last.
    return table.aligned(sorted(row_codes, key=_sort_key), sorted(column_codes, key=_sort_key))


def previous_period(date_from: str, date_to: str) -> tuple[str, str]:
    """The period of the same length just before ``[date_from, date_to]``: whole months
    move by whole months (a year to the year before, a quarter to the quarter before),
    anything else by its number of days."""
    start, end = dt.date.fromisoformat(date_from), dt.date.fromisoformat(date_to)
    after = end + dt.timedelta(days=1)
    if start.day == 1 and after.day == 1:
        months = (after.year - start.year) * 12 + after.month - start.month
        index = start.year * 12 + start.month - 1 - months
        new_start = dt.date(index // 12, index % 12 + 1, 1)
        return new_start.isoformat(), (start - dt.timedelta(days=1)).isoformat()
    days = (end - start).days + 1
    return (start - dt.timedelta(days=days)).isoformat(), (start - dt.timedelta(days=1)).isoformat()


@dataclass
class Change:
    """A one-way table now and in the previous period, over the same categories."""

    current: CrossTable
    previous: CrossTable

    def rows(self) -> list[tuple[str, int, int, float | None]]:
        """(code, now, before, change in % or None where before is 0)."""
        out = []
        for i, code in enumerate(self.current.row_codes):
            now = int(self.current.cells[i].sum())
            before = int(self.previous.cells[i].sum())
            out.append((code, now, before, (now - before) * 100.0 / before if before else None))
        return out


def compare(current: CrossTable, previous: CrossTable) -> Change:
    codes = sorted(set(current.row_codes) | set(previous.row_codes), key=_sort_key)
    columns = sorted(set(current.column_codes) | set(previous.column_codes), key=_sort_key)
    return Change(current.aligned(codes, columns), previous.aligned(codes, columns))


def previous_query(q: ObservationQuery) -> ObservationQuery | None:
    if not (q.date_from and q.date_to):
        return None
    date_from, date_to = previous_period(q.date_from, q.date_to)
    return replace(q, date_from=date_from, date_to=date_to)


def consenting(selection: Selection, allowed: str) -> Any:
    """A mask over ``selection``'s records whose consent allows ``allowed`` use
    (:data:`facets.CONSENT_INSTITUTION` or :data:`facets.CONSENT_PUBLIC`)."""
    where, numbers, values = selection.categories[facets.CONSENT]
    mask = np.zeros(len(selection.pks), dtype=bool)
    if allowed in values:
        mask[np.asarray(where)[np.asarray(numbers) == values.index(allowed)]] = True
    return mask


def subset(selection: Selection, mask: Any) -> Selection:
    """The records of ``selection`` where ``mask`` is true, with their columns."""
    keep = np.flatnonzero(mask)
    renumber = np.full(len(selection.pks), -1, dtype=np.int64)
    renumber[keep] = np.arange(len(keep))
    categories = {}
    for kind, (where, numbers, values) in selection.categories.items():
        where = np.asarray(where, dtype=np.int64)
        inside = mask[where] if len(where) else np.zeros(0, dtype=bool)
        categories[kind] = (renumber[where[inside]], np.asarray(numbers)[inside], values)
    return Selection(
        pks=selection.pks[keep],
        coded={c: a[keep] for c, a in selection.coded.items()},
        values=selection.values,
        start=selection.start[keep],
        categories=categories,
    )
