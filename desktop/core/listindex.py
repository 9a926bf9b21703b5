"""The list's filter columns and sort orders, held in memory while a profile is open.

Why: a list page in SQL walks a sort index and tests each entry against the filters and
the text's matches, ~0.8 µs an entry on this kind of laptop, and a page deep in a large
result, or the first page of a word whose records sort late (a Turkmen word in a list
sorted by title, where Russian titles come first), walks tens of thousands of entries:
100-200 ms with SQLCipher. Here a page is a few vector operations over 100,000 small
integers: the filters become a mask over record numbers (pks), the mask is read in the
order of the sort (each order kept as an array of pks), and any page of the result, and
its count, are slices of that. The text's matches come from the full-text index as one
comma-separated text (~0.4 µs a match), or, for a word in many records, by testing the first
candidates' words (see :meth:`ListIndex._text_page`).

What it holds is derived from the database and holds no text: codes of velayat, etrap,
status and confidentiality, incident dates, pks in each sort order, and category codes
as masks. A trigger log (``list_changes``, schema migration 13) names the records changed
since it was read, by this connection or any other; each use applies them first.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from desktop.core.search import (
    SORT_COLUMNS,
    SORT_INDEXES,
    ObservationQuery,
    category_codes,
    result_key,
)
from desktop.core.textindex import (
    WORDS_TABLE,
    fts_expression,
    match_select,
    widening_changes,
    word_tests,
)

log = logging.getLogger(__name__)

# The sort's column, as the SQL plans order by it (without their table alias).
SORT_KEYS = {sort: column.removeprefix("o.") for sort, column in SORT_COLUMNS.items()}
_CODED = ("velayat", "etrap", "status", "confidentiality")
#: Sorts whose order is sorted from the columns held here, with the column of each; the
#: others are read from their index.
_DERIVED = {"incident_date": "start", "status": "status"}
_READ_ORDERS = [sort for sort in SORT_KEYS if sort not in _DERIVED]
_ATTRS = "pk, velayat, etrap, status, confidentiality, date_start, date_end"
#: Up to this many changed records, each one is put in place in the loaded sort orders
#: (a binary search reading ~17 sort keys); more, and the orders are read again (~60 ms
#: each at 100,000 records, when a list next needs one).
PLACE_ONE_BY_ONE = 32
#: A profile with up to this many records builds its index at the first list query; a
#: larger one builds it on a thread of its own, and lists run in SQL until it is ready.
BUILD_AT_ONCE = 20_000
#: Page cache of the connection that reads the index.
BUILD_CACHE_KIB = 2048
#: Share of matches from which the first page tests candidates' words instead of listing
#: every match (one in ``DENSE``), and the sample of newest records that estimates it.
#: Testing costs 20-60 µs a candidate (its words are read and decrypted), a page needs
#: about 100 / share of them; listing costs 0.5 µs a match: even at about a third.
DENSE = 3
SHARE_SAMPLE = 5000
#: Candidates tested by their words before the matches are listed exactly instead.
PROBE_LIMIT = 4000
#: Candidates of a widened text (a long word read by its six-letter prefix) worth testing
#: for one page (~45 ms), against listing the exact matches (40-60 ms for a long word).
WIDE_PROBE_LIMIT = 1000
#: Pages starting this near the start of a list may be found by testing candidates.
NEAR_START = 1000

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


class _Columns:
    """The index as read at one moment (``seq``): arrays indexed by pk."""

    def __init__(self) -> None:
        self.seq = 0
        self.cap = 0
        self.codes: dict[str | None, int] = {None: 0}
        self.alive: BoolArray = np.zeros(0, dtype=bool)
        self.coded: dict[str, IntArray] = {c: np.zeros(0, dtype=np.int32) for c in _CODED}
        self.start: Any = np.zeros(0, dtype="U10")  # '' when the date is unknown
        self.end: Any = np.zeros(0, dtype="U10")  # the end, or the start
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
        self.categories = {k: widened(m) for k, m in self.categories.items()}
        self.cap = cap

    def put(self, rows: list[tuple[Any, ...]]) -> None:
        """Set the columns of these ``(pk, velayat, etrap, status, confidentiality,
        date_start, date_end)`` rows."""
        if not rows:
            return
        pks, velayats, etraps, statuses, confs, starts, ends = zip(*rows, strict=True)
        where = np.array(pks, dtype=np.int64)
        self.grow(int(where.max()))
        self.alive[where] = True
        for column, values in zip(_CODED, (velayats, etraps, statuses, confs), strict=True):
            self.coded[column][where] = [self.code(v or None) for v in values]
        self.start[where] = [s or "" for s in starts]
        self.end[where] = [e or s or "" for s, e in zip(starts, ends, strict=True)]

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
            " ''), char(31)) FROM observations"
        ).fetchone()
        pks = np.fromstring(row[0] or "", sep=",", dtype=np.int64)
        if not len(pks):
            return
        self.grow(int(pks.max()))
        self.alive[pks] = True
        known = self.codes
        for column, text in zip(_CODED, row[1:5], strict=True):
            self.coded[column][pks] = np.array(
                [known.get(v) or self.code(v or None) for v in text.split(_UNIT)],
                dtype=np.int32,
            )
        self.start[pks] = _dates(row[5])
        self.end[pks] = _dates(row[6])

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
            pks_text, codes_text = conn.execute(
                "SELECT group_concat(pk), group_concat(code, char(31))"
                " FROM observation_categories WHERE kind = ?",
                (kind,),
            ).fetchone()
            pks = np.fromstring(pks_text or "", sep=",", dtype=np.int64)
            values, numbers = np.unique(
                np.array(codes_text.split(_UNIT) if codes_text else [], dtype=str),
                return_inverse=True,
            )
            found = self.kinds[kind] = (pks, numbers.astype(np.int32), [str(v) for v in values])
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


class ListIndex:
    """Pages and counts of list queries from :class:`_Columns`; None where it cannot
    answer (inside a transaction, or while a large profile's index is being built), and
    the caller runs the query in SQL. Call with the database lock held."""

    MAX_RESULTS = 8
    MAX_TEXTS = 16

    def __init__(self, conn: Any, reader: Callable[[], Any | None] | None = None) -> None:
        self._conn = conn
        self._reader = reader  # opens a connection of its own, for a build off the lock
        self._cols: _Columns | None = None
        self._building: threading.Thread | None = None
        self._built: _Columns | None = None  # handed over by the building thread
        # …then the orders it reads from their indexes: (for which columns, read at seq).
        self._built_orders: tuple[_Columns, int, dict[str, IntArray]] | None = None
        self._results: OrderedDict[tuple[Any, ...], IntArray] = OrderedDict()
        self._texts: OrderedDict[tuple[str, bool], BoolArray] = OrderedDict()
        self.enabled = True
        self._log_seen = False

    # -- keeping up ---------------------------------------------------------------------

    def _ready(self) -> _Columns | None:
        if not self.enabled or self._conn.in_transaction or not self._has_log():
            return None
        if self._cols is None and self._built is not None:
            self._cols, self._built = self._built, None
        if self._cols is None:
            (records,) = self._conn.execute("SELECT count(*) FROM observations").fetchone()
            if records > BUILD_AT_ONCE and self._start_build():
                return None
            self._cols = self._read_now()
        if self._built_orders is not None:
            self._adopt_orders(self._cols)
        self._catch_up(self._cols)
        return self._cols

    def _adopt_orders(self, cols: _Columns) -> None:
        """Take the orders the build read after handing the columns over, brought from
        the moment it read them to ``cols.seq``; dropped (read again when needed) when too
        much changed meanwhile."""
        assert self._built_orders is not None
        built_for, seq, orders = self._built_orders
        self._built_orders = None
        if built_for is not cols:
            return
        changed = self._changed_since(seq, cols.seq) if seq != cols.seq else []
        if changed is None or len(changed) > PLACE_ONE_BY_ONE:
            return
        where = np.array(changed, dtype=np.int64)
        alive = [pk for pk in changed if pk < cols.cap and cols.alive[pk]]
        for sort, order in orders.items():
            if sort not in cols.orders:
                cols.orders[sort] = (
                    cols._placed(self._conn, sort, order, where, alive) if changed else order
                )

    def _has_log(self) -> bool:
        """Whether the schema has the change log (a profile before migration 13 has not)."""
        if not self._log_seen:
            self._log_seen = bool(
                self._conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'list_changes'"
                ).fetchone()
            )
        return self._log_seen

    def _own_connection(self) -> Any | None:
        conn = self._reader() if self._reader is not None else None
        if conn is not None:
            # A build reads each table and index once: a page cache gains it nothing, and
            # closing a connection wipes its cache holding the GIL (cipher_memory_security),
            # 90 ms with the default 32 MB full, which froze the window after unlock.
            conn.execute(f"PRAGMA cache_size = -{BUILD_CACHE_KIB}")
        return conn

    def _read_now(self) -> _Columns:
        """Read the index here and now, through a connection of its own where one can be
        opened. The profile's connection keeps up to 128 prepared statements, which fill
        its lookaside memory; then every small allocation goes to SQLCipher's wiping
        allocator, and reading a column as one text took 500 ms there against 75 on a new
        connection (the searches themselves gain more from the kept statements)."""
        conn = self._own_connection()
        if conn is None:
            return self._read(self._conn)
        try:
            return self._read(conn)
        finally:
            conn.close()

    @staticmethod
    def _read(conn: Any) -> _Columns:
        cols = _Columns()
        conn.execute("BEGIN")  # one snapshot: the log's position and what it covers
        try:
            cols.load(conn)
        finally:
            conn.execute("COMMIT")
        return cols

    def _start_build(self) -> bool:
        """Read the index on a thread with a connection of its own; False when no other
        connection can be opened."""
        if self._building is not None and self._building.is_alive():
            return True
        conn = self._own_connection()
        if conn is None:
            return False

        def build() -> None:
            # One snapshot for both steps: the orders read after the hand-over belong to
            # the same moment (seq) as the columns.
            try:
                conn.execute("BEGIN")
                cols = _Columns()
                cols.load_usable(conn)
                seq = cols.seq  # before the hand-over: catching up moves it on
                self._built = cols  # lists can use it from here
                orders = {sort: cols.read_order(conn, sort) for sort in _READ_ORDERS}
                self._built_orders = (cols, seq, orders)
            except Exception as exc:  # lists go on in SQL
                log.warning("reading the list index failed: %s", type(exc).__name__)
            finally:
                try:
                    conn.execute("COMMIT")
                finally:
                    conn.close()

        self._building = threading.Thread(target=build, name="fieldbook-list-index", daemon=True)
        self._building.start()
        return True

    def wait_built(self, timeout: float = 60) -> None:
        """For benchmarks and tests: let a build on its own thread finish."""
        if self._building is not None:
            self._building.join(timeout)

    def prepare(self) -> bool:
        """Have the index ready now (a build under way is waited for, else it is read on
        this connection); False where it cannot be used (see :meth:`_ready`)."""
        self.wait_built()
        idle = self._cols is None and self._built is None
        if idle and self._has_log() and not self._conn.in_transaction:
            self._cols = self._read_now()
        return self._ready() is not None

    def _catch_up(self, cols: _Columns) -> None:
        conn = self._conn
        (last,) = conn.execute("SELECT coalesce(max(seq), 0) FROM list_changes").fetchone()
        if last == cols.seq:
            return
        self._results.clear()
        self._texts.clear()
        changed = self._changed_since(cols.seq, int(last))
        if changed is None:  # the log was trimmed past what we read: read it all
            self._cols = self._read_now()
            return
        cols.apply(conn, changed)
        cols.seq = int(last)

    def _changed_since(self, seq: int, upto: int) -> list[int] | None:
        """The records changed after ``seq`` up to ``upto`` by the log; None when the log
        was trimmed past ``seq`` and no longer names them all."""
        conn = self._conn
        (first,) = conn.execute("SELECT coalesce(min(seq), 0) FROM list_changes").fetchone()
        if first > seq + 1:
            return None
        return [
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT pk FROM list_changes WHERE seq > ? AND seq <= ?", (seq, upto)
            )
        ]

    def forget_results(self) -> None:
        self._results.clear()
        self._texts.clear()

    # -- answering ----------------------------------------------------------------------

    def selection(self, q: ObservationQuery, kinds: tuple[str, ...] = ()) -> Selection | None:
        """The columns of ``q``'s records (any paging and sort ignored), for figures
        (desktop/core/reports); None where the index cannot answer (see :meth:`_ready`)."""
        if not self.prepare():
            return None
        cols = self._ready()
        if cols is None:
            return None
        mask = self._mask(cols, q)
        pks = np.flatnonzero(mask)
        position = np.zeros(cols.cap, dtype=np.int64)  # pk → its place in ``pks``
        position[pks] = np.arange(len(pks))
        categories = {}
        for kind in kinds:
            kind_pks, numbers, values = cols.kind(self._conn, kind)
            inside = kind_pks < cols.cap
            inside[inside] = mask[kind_pks[inside]]
            categories[kind] = (position[kind_pks[inside]], numbers[inside], values)
        return Selection(
            pks=pks,
            coded={c: cols.coded[c][pks] for c in _CODED},
            values=[v for v, _ in sorted(cols.codes.items(), key=lambda item: item[1])],
            start=cols.start[pks],
            categories=categories,
        )

    def _mask(self, cols: _Columns, q: ObservationQuery, *, text: bool = True) -> BoolArray:
        mask = cols.alive.copy()
        for column, value in (("velayat", q.velayat), ("etrap", q.etrap)):
            if value:
                mask &= cols.coded[column] == cols.codes.get(value, -1)
        for column, values in (("status", q.statuses), ("confidentiality", q.confidentiality)):
            if values:
                mask &= np.isin(cols.coded[column], [cols.codes.get(v, -1) for v in values])
        if q.date_from:
            mask &= cols.end >= q.date_from
        if q.date_to:
            mask &= (cols.start != "") & (cols.start <= q.date_to)
        for kind, codes in category_codes(q):
            passing = np.zeros(cols.cap, dtype=bool)
            for code in codes:
                passing |= cols.category(self._conn, kind, code)
            mask &= passing
        if text and fts_expression(q.text) is not None:
            mask &= self._text_mask(cols, q.text)
        return mask

    def _text_mask(self, cols: _Columns, text: str, *, widen: bool = False) -> BoolArray:
        """The records matching ``text``; ``widen``: a superset read faster (see
        :func:`~desktop.core.textindex.match_select`), the same when no word is long."""
        widen = widen and widening_changes(text)
        key = (fts_expression(text) or "", widen)
        found = self._texts.get(key)
        if found is None:
            select = match_select(text, widen=widen)
            assert select is not None
            pks = _ints(self._conn, select[0], select[1])
            found = np.zeros(cols.cap, dtype=bool)
            found[pks[pks < cols.cap]] = True
            self._texts[key] = found
            while len(self._texts) > self.MAX_TEXTS:
                self._texts.popitem(last=False)
        else:
            self._texts.move_to_end(key)
        return found

    def _order(self, cols: _Columns, q: ObservationQuery) -> IntArray:
        order = cols.orders.get(q.sort)
        if order is None and q.sort in _DERIVED:
            order = cols.orders[q.sort] = cols.derived_order(q.sort)
        elif order is None:
            order = cols.load_order(self._conn, q.sort)
        return order[::-1] if q.descending else order

    def _result(self, cols: _Columns, q: ObservationQuery) -> IntArray:
        """Every pk of the result, in the query's order."""
        key = (result_key(q), q.sort, q.descending)
        found = self._results.get(key)
        if found is None:
            order = self._order(cols, q)
            found = order[self._mask(cols, q)[order]]
            self._keep(key, found)
        else:
            self._results.move_to_end(key)
        return found

    def count(self, q: ObservationQuery) -> int | None:
        cols = self._ready()
        if cols is None:
            return None
        for (rkey, _sort, _desc), found in self._results.items():
            if rkey == result_key(q):
                return len(found)
        return len(self._result(cols, q))

    def page(self, q: ObservationQuery) -> list[int] | None:
        """The pks of ``q``'s page, in order; None when the caller must ask SQL."""
        cols = self._ready()
        if cols is None:
            return None
        limit = max(0, min(q.limit, 1000))
        offset = max(0, q.offset)
        key = (result_key(q), q.sort, q.descending)
        if key not in self._results and offset <= NEAR_START and word_tests(q.text):
            found = self._text_page(cols, q, offset + limit)
            if found is not None:
                return found[offset : offset + limit]
        return [int(p) for p in self._result(cols, q)[offset : offset + limit]]

    def _text_page(self, cols: _Columns, q: ObservationQuery, wanted: int) -> list[int] | None:
        """The first ``wanted`` matches of a text search near the start of its list, without
        listing every match exactly; None when the plain way is as cheap.

        A word in many records (a third or more): candidates that pass the other filters
        are tested by their own words, in order, and a few hundred fill a page; listing
        90,000 matches of "we" costs 50 ms. Otherwise (or when the candidates near the
        start hold far fewer matches than the share, as when a language sorts late) the
        matches are listed, widened to six-letter prefixes when a word is longer (5-8 ms
        against 40-60), and only the widened candidates are tested by their words.
        """
        filters = self._mask(cols, q, text=False)
        order = self._order(cols, q)
        wide = None
        if widening_changes(q.text):
            # Its six-letter prefixes are read anyway; their share bounds the text's, and
            # estimating it from FTS5 (_share) costs 15-35 ms for such words.
            wide = self._text_mask(cols, q.text, widen=True)
            alive = int(np.count_nonzero(cols.alive))
            share = float(np.count_nonzero(wide)) / alive if alive else None
        else:
            share = self._share(cols, q.text)
        if share is not None and share * DENSE >= 1:
            candidates = order[filters[order]]
            found = self._tested(candidates, q.text, wanted, share)
            if found is not None:
                return found
        if wide is None:
            return None  # the listed matches are exact: the usual way, which keeps them
        candidates = order[(filters & wide)[order]]
        found = self._tested(candidates, q.text, wanted, None)
        if found is not None and len(found) < wanted:
            # Every candidate tested: this is the whole result.
            self._keep((result_key(q), q.sort, q.descending), np.array(found, dtype=np.int64))
        return found

    def _tested(
        self, candidates: IntArray, text: str, wanted: int, share: float | None
    ) -> list[int] | None:
        """The first ``wanted`` of ``candidates`` whose words match ``text`` (all that
        match, if fewer); None when testing stops paying: past :data:`PROBE_LIMIT`
        candidates, or, with an expected ``share``, a batch far below it."""
        tests = word_tests(text)
        assert tests is not None
        condition, params = tests
        found: list[int] = []
        start = 0
        window = max(wanted, int(1.5 * wanted / share)) if share else wanted + wanted // 2
        while start < len(candidates):
            if start >= PROBE_LIMIT:
                return None
            part = [int(p) for p in candidates[start : start + window]]
            marks = ",".join("?" * len(part))
            hits = {
                r[0]
                for r in self._conn.execute(
                    f"SELECT pk FROM {WORDS_TABLE} WHERE pk IN ({marks}) AND {condition}",
                    [*part, *params],
                )
            }
            found += [p for p in part if p in hits]
            if len(found) >= wanted:
                return found[:wanted]
            if share is not None and len(hits) * 4 < len(part) * share:
                return None  # far fewer than the share: the matches lie elsewhere
            tested = start + len(part)
            if share is None and tested * wanted > WIDE_PROBE_LIMIT * max(len(found), 1):
                # At this rate a page needs more tests than listing the exact matches costs
                # (a word whose records sort late, among many sharing its prefix).
                return None
            start += window
            window *= 2
        return found

    def _keep(self, key: tuple[Any, ...], result: IntArray) -> None:
        self._results[key] = result
        while len(self._results) > self.MAX_RESULTS:
            self._results.popitem(last=False)

    def _share(self, cols: _Columns, text: str) -> float | None:
        """The share of records matching ``text``, from the newest :data:`SHARE_SAMPLE`
        (FTS5 seeks to a range of rowids: a twentieth of the lists is read)."""
        top = int(np.flatnonzero(cols.alive)[-1]) if cols.alive.any() else 0
        sample = min(top, SHARE_SAMPLE)
        if not sample:
            return None
        sliced = match_select(text, after=top - sample)
        assert sliced is not None
        (matches,) = self._conn.execute(f"SELECT count(*) FROM ({sliced[0]})", sliced[1]).fetchone()
        return float(matches) / sample
