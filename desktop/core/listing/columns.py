"""The list's columns in memory: per record (by pk) the codes of velayat, etrap, status
and confidentiality, the incident dates, each sort order as an array of pks, and category
codes as masks; how they are read from the database and kept up to date with the records
changed since (see :mod:`desktop.core.listing.memindex`, which answers queries from them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from desktop.core.listing.plans import SORT_COLUMNS, SORT_INDEXES

# The sort's column, as the SQL plans order by it (without their table alias).
SORT_KEYS = {sort: column.removeprefix("o.") for sort, column in SORT_COLUMNS.items()}
#: Columns held as code numbers. ``author`` is NULL (code 0) for an own record; ``unread``
#: and ``conflict`` are held as the texts "0"/"1" (issue 15's received records).
_CODED = (
    "velayat", "etrap", "status", "confidentiality", "author", "org", "unread", "conflict"
)  # fmt: skip
_FLAGS = ("unread", "conflict")
#: Sorts whose order is sorted from the columns held here, with the column of each; the
#: others are read from their index.
_DERIVED = {"incident_date": "start", "status": "status", "received": "received"}
_READ_ORDERS = [sort for sort in SORT_KEYS if sort not in _DERIVED]
_ATTRS = (
    "pk, velayat, etrap, status, confidentiality, author, org, unread, conflict, date_start,"
    " date_end, received_at"
)
#: Up to this many changed records, each one is put in place in the loaded sort orders
#: (a binary search reading ~17 sort keys); more, and the orders are read again (~60 ms
#: each at 100,000 records, when a list next needs one).
PLACE_ONE_BY_ONE = 32

IntArray = Any  # numpy arrays: numpy's generic aliases add nothing under mypy here
BoolArray = Any


def _ints(conn: Any, select: str, params: Any = ()) -> IntArray:
    """The integers of a one-column ``select`` as an array, in its order: one text built by
    SQLite and parsed by numpy in C (fetching rows one by one costs ten times as much)."""
    # A CTE with a column list names the column whatever ``select`` calls it; as a
    # co-routine it hands its rows over in its own order.
    (text,) = conn.execute(
        f"WITH t(v) AS ({select}) SELECT group_concat(v) FROM t", params
    ).fetchone()
    return np.fromstring(text or "", sep=",", dtype=np.int64)


#: Separates the values of a text column read in one piece (no code or date holds it).
_UNIT = "\x1f"


def _dates(text: str) -> Any:
    """A column read as one text (values joined by ``char(31)``) as an array of dates."""
    return np.array(text.split(_UNIT), dtype="U10")


def _key(value: str | None) -> tuple[int, str]:
    # SQLite sorts NULL first, then text by its UTF-8 bytes, which is code point order.
    return (0, "") if value is None else (1, value)


@dataclass(frozen=True)
class Selection:
    """The list's columns for the records of one query, as figures read them."""

    pks: IntArray  # the records, ascending
    coded: dict[str, IntArray]  # velayat, etrap, status, confidentiality → code numbers
    values: list[str | None]  # code number → value
    start: Any  # incident start dates, '' when unknown
    #: kind → (positions in ``pks``, code numbers, code number → value), one per row
    categories: dict[str, tuple[IntArray, IntArray, list[str]]]


class Columns:
    """The index as read at one moment (``seq``): arrays indexed by pk."""

    def __init__(self) -> None:
        self.seq = 0
        self.cap = 0
        self.codes: dict[str | None, int] = {None: 0}
        self.alive: BoolArray = np.zeros(0, dtype=bool)
        self.coded: dict[str, IntArray] = {c: np.zeros(0, dtype=np.int32) for c in _CODED}
        self.start: Any = np.zeros(0, dtype="U10")  # '' when the date is unknown
        self.end: Any = np.zeros(0, dtype="U10")  # the end, or the start
        self.received: Any = np.zeros(0, dtype="U24")  # received_at, '' for own records
        self.orders: dict[str, IntArray] = {}  # sort → pks in ascending order
        self.categories: dict[tuple[str, str], BoolArray] = {}
        # kind → every (pk, code number) row and the codes' values: read for figures.
        self.kinds: dict[str, tuple[IntArray, IntArray, list[str]]] = {}

    def code(self, value: str | None) -> int:
        found = self.codes.get(value)
        if found is None:
            found = self.codes[value] = len(self.codes)
        return found

    def grow(self, top: int) -> None:
        if top < self.cap:
            return
        cap = max(top + 1, self.cap + self.cap // 4 + 1024)

        def widened(a: Any) -> Any:
            out = np.zeros(cap, dtype=a.dtype)
            out[: len(a)] = a
            return out

        self.alive = widened(self.alive)
        self.coded = {c: widened(a) for c, a in self.coded.items()}
        self.start, self.end = widened(self.start), widened(self.end)
        self.received = widened(self.received)
        self.categories = {k: widened(m) for k, m in self.categories.items()}
        self.cap = cap

    def put(self, rows: list[tuple[Any, ...]]) -> None:
        """Set the columns of these rows (the columns of ``_ATTRS``)."""
        if not rows:
            return
        columns = list(zip(*rows, strict=True))
        pks, starts, ends, received = columns[0], columns[-3], columns[-2], columns[-1]
        where = np.array(pks, dtype=np.int64)
        self.grow(int(where.max()))
        self.alive[where] = True
        for column, values in zip(_CODED, columns[1 : 1 + len(_CODED)], strict=True):
            if column in _FLAGS:
                values = tuple(str(int(v or 0)) for v in values)
            self.coded[column][where] = [self.code(v or None) for v in values]
        self.start[where] = [s or "" for s in starts]
        self.end[where] = [e or s or "" for s, e in zip(starts, ends, strict=True)]
        self.received[where] = [r or "" for r in received]

    def load(self, conn: Any) -> None:
        """Everything, inside the caller's read transaction."""
        self.load_usable(conn)
        for sort in _READ_ORDERS:  # all of them: a first sort by title must not wait for one
            self.load_order(conn, sort)

    def load_usable(self, conn: Any) -> None:
        """What a list needs (~0.5 s at 100,000 records): the log's position, the columns,
        and the orders sorted in memory; the orders read from indexes may come later."""
        (seq,) = conn.execute("SELECT coalesce(max(seq), 0) FROM list_changes").fetchone()
        self.seq = int(seq)
        self.load_columns(conn)
        for sort in _DERIVED:
            self.orders[sort] = self.derived_order(sort)

    def derived_order(self, sort: str) -> IntArray:
        """The order of a sort whose key is held here, sorted in memory (~15 ms at 100,000
        records; reading an order from its index costs 60-120 ms). The key sorts as SQLite
        sorts it: by code point, an unknown date first, ties by pk."""
        pks = np.flatnonzero(self.alive)
        if sort == "incident_date":
            keys = self.start[pks]
        elif sort == "received":
            keys = self.received[pks]
        else:
            rank = np.zeros(len(self.codes), dtype=np.int32)
            ordered = sorted(self.codes.items(), key=lambda item: _key(item[0]))
            for position, (_value, code) in enumerate(ordered):
                rank[code] = position
            keys = rank[self.coded[_DERIVED[sort]][pks]]
        return pks[np.argsort(keys, kind="stable")].astype(np.int32)

    def load_columns(self, conn: Any) -> None:
        """Every record's columns, each read as one text in a single pass over the table:
        ~0.4 s at 100,000 records, where fetching them as rows cost 0.55 s, mostly holding
        the GIL the GUI thread needs meanwhile."""
        joined = ", ".join(
            f"group_concat(coalesce({c}, ''), char(31))" for c in (*_CODED, "date_start")
        )
        row = conn.execute(
            f"SELECT group_concat(pk), {joined}, group_concat(coalesce(date_end, date_start,"
            " ''), char(31)), group_concat(coalesce(received_at, ''), char(31))"
            " FROM observations"
        ).fetchone()
        pks = np.fromstring(row[0] or "", sep=",", dtype=np.int64)
        if not len(pks):
            return
        self.grow(int(pks.max()))
        self.alive[pks] = True
        known = self.codes
        n = len(_CODED)
        for column, text in zip(_CODED, row[1 : 1 + n], strict=True):
            self.coded[column][pks] = np.array(
                [known.get(v) or self.code(v or None) for v in text.split(_UNIT)],
                dtype=np.int32,
            )
        self.start[pks] = _dates(row[1 + n])
        self.end[pks] = _dates(row[2 + n])
        self.received[pks] = np.array(row[3 + n].split(_UNIT), dtype="U24")

    def load_order(self, conn: Any, sort: str) -> IntArray:
        order = self.orders[sort] = self.read_order(conn, sort)
        return order

    @staticmethod
    def read_order(conn: Any, sort: str) -> IntArray:
        column = SORT_KEYS[sort]
        return _ints(
            conn,
            f"SELECT pk FROM observations INDEXED BY {SORT_INDEXES[sort]} ORDER BY {column}, pk",
        ).astype(np.int32)

    def category(self, conn: Any, kind: str, code: str) -> BoolArray:
        found = self.categories.get((kind, code))
        if found is None:
            found = np.zeros(self.cap, dtype=bool)
            pks = _ints(
                conn,
                "SELECT pk FROM observation_categories WHERE kind = ? AND code = ?",
                (kind, code),
            )
            found[pks[pks < self.cap]] = True
            self.categories[(kind, code)] = found
        return found

    def kind(self, conn: Any, kind: str) -> tuple[IntArray, IntArray, list[str]]:
        """Every category row of ``kind`` in one read: pks, code numbers, code values."""
        found = self.kinds.get(kind)
        if found is None:
            # One row per code with its pks as one text, in the primary key's order: no
            # sorting of 100,000s of code texts here.
            values: list[str] = []
            parts_pks, parts_numbers = [], []
            for code, pks_text in conn.execute(
                "SELECT code, group_concat(pk) FROM observation_categories WHERE kind = ?"
                " GROUP BY code",
                (kind,),
            ):
                found_pks = np.fromstring(pks_text or "", sep=",", dtype=np.int64)
                parts_pks.append(found_pks)
                parts_numbers.append(np.full(len(found_pks), len(values), dtype=np.int32))
                values.append(str(code))
            pks = np.concatenate(parts_pks) if parts_pks else np.zeros(0, dtype=np.int64)
            numbers = (
                np.concatenate(parts_numbers) if parts_numbers else np.zeros(0, dtype=np.int32)
            )
            found = self.kinds[kind] = (pks, numbers, values)
        return found

    def _update_kinds(self, conn: Any, changed: list[int]) -> None:
        """The category rows held for figures, with ``changed`` records' rows read again;
        past :data:`PLACE_ONE_BY_ONE` records, dropped (read whole when next needed)."""
        if len(changed) > PLACE_ONE_BY_ONE:
            self.kinds.clear()
            return
        marks = ",".join("?" * len(changed))
        for kind, (pks, numbers, values) in list(self.kinds.items()):
            keep = ~np.isin(pks, changed)
            rows = conn.execute(
                "SELECT pk, code FROM observation_categories INDEXED BY observation_categories_pk"
                f" WHERE pk IN ({marks}) AND kind = ?",
                [*changed, kind],
            ).fetchall()
            numbered = {v: i for i, v in enumerate(values)}
            for _pk, code in rows:
                if code not in numbered:
                    numbered[code] = len(values)
                    values = [*values, code]
            self.kinds[kind] = (
                np.concatenate([pks[keep], np.array([r[0] for r in rows], dtype=np.int64)]),
                np.concatenate(
                    [numbers[keep], np.array([numbered[r[1]] for r in rows], dtype=np.int32)]
                ),
                values,
            )

    def apply(self, conn: Any, changed: list[int]) -> None:
        """Read the records ``changed`` since ``seq`` again (saved, edited or deleted)."""
        rows: list[tuple[Any, ...]] = []
        for i in range(0, len(changed), 500):
            part = changed[i : i + 500]
            marks = ",".join("?" * len(part))
            rows += conn.execute(
                f"SELECT {_ATTRS} FROM observations WHERE pk IN ({marks})", part
            ).fetchall()
        self._update_kinds(conn, changed)
        where = np.array(changed, dtype=np.int64)
        self.grow(int(where.max()))
        self.alive[where] = False
        self.put(rows)
        alive = [r[0] for r in rows]
        if len(changed) > PLACE_ONE_BY_ONE:
            self.orders.clear()
        else:
            for sort, order in list(self.orders.items()):
                self.orders[sort] = self._placed(conn, sort, order, where, alive)
        if self.categories:
            for mask in self.categories.values():
                mask[where] = False
            for i in range(0, len(alive), 500):
                part = alive[i : i + 500]
                marks = ",".join("?" * len(part))
                for pk, kind, code in conn.execute(
                    "SELECT pk, kind, code FROM observation_categories INDEXED BY"
                    f" observation_categories_pk WHERE pk IN ({marks})",
                    part,
                ):
                    mask = self.categories.get((kind, code))
                    if mask is not None:
                        mask[pk] = True

    @staticmethod
    def _placed(conn: Any, sort: str, order: IntArray, changed: Any, alive: list[int]) -> Any:
        """``order`` without ``changed``, with the ``alive`` ones put where their sort key
        now places them (binary search, reading the keys it compares)."""
        order = order[~np.isin(order, changed)]
        column = SORT_KEYS[sort]

        def key_of(pk: int) -> tuple[tuple[int, str], int]:
            (value,) = conn.execute(
                f"SELECT {column} FROM observations WHERE pk = ?", (pk,)
            ).fetchone()
            return _key(value), pk

        for pk in alive:
            wanted = key_of(pk)
            lo, hi = 0, len(order)
            while lo < hi:
                mid = (lo + hi) // 2
                if key_of(int(order[mid])) < wanted:
                    lo = mid + 1
                else:
                    hi = mid
            order = np.insert(order, lo, pk)
        return order
