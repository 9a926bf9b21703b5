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
from typing import Any

import numpy as np

import desktop.core.listing.columns as _cols_module
from desktop.core.listing.columns import (
    _CODED,
    _DERIVED,
    _READ_ORDERS,
    BoolArray,
    Columns,
    IntArray,
    Selection,
)
from desktop.core.listing.memtext import TextSearch
from desktop.core.listing.plans import category_codes, received_to_bound, result_key
from desktop.core.listing.query import ObservationQuery
from desktop.core.listing.textindex import (
    fts_expression,
    word_tests,
)

log = logging.getLogger(__name__)

#: A profile with up to this many records builds its index at the first list query; a
#: larger one builds it on a thread of its own, and lists run in SQL until it is ready.
BUILD_AT_ONCE = 20_000
#: Page cache of the connection that reads the index.
BUILD_CACHE_KIB = 2048
#: Pages starting this near the start of a list may be found by testing candidates.
NEAR_START = 1000


class ListIndex(TextSearch):
    """Pages and counts of list queries from :class:`Columns`; None where it cannot
    answer (inside a transaction, or while a large profile's index is being built), and
    the caller runs the query in SQL. Call with the database lock held."""

    MAX_RESULTS = 8

    def __init__(self, conn: Any, reader: Callable[[], Any | None] | None = None) -> None:
        self._conn = conn
        self._reader = reader  # opens a connection of its own, for a build off the lock
        self._cols: Columns | None = None
        self._building: threading.Thread | None = None
        self._built: Columns | None = None  # handed over by the building thread
        # …then the orders it reads from their indexes: (for which columns, read at seq).
        self._built_orders: tuple[Columns, int, dict[str, IntArray]] | None = None
        self._results: OrderedDict[tuple[Any, ...], IntArray] = OrderedDict()
        self._texts: OrderedDict[tuple[str, bool], BoolArray] = OrderedDict()
        self.enabled = True
        self._log_seen = False

    # -- keeping up ---------------------------------------------------------------------

    def _ready(self) -> Columns | None:
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

    def _adopt_orders(self, cols: Columns) -> None:
        """Take the orders the build read after handing the columns over, brought from
        the moment it read them to ``cols.seq``; dropped (read again when needed) when too
        much changed meanwhile."""
        assert self._built_orders is not None
        built_for, seq, orders = self._built_orders
        self._built_orders = None
        if built_for is not cols:
            return
        changed = self._changed_since(seq, cols.seq) if seq != cols.seq else []
        if changed is None or len(changed) > _cols_module.PLACE_ONE_BY_ONE:
            return
        where = np.array(changed, dtype=np.int64)
        alive = [pk for pk in changed if pk < cols.cap and cols.alive[pk]]
        for sort, order in orders.items():
            if sort not in cols.orders:
                cols.orders[sort] = (
                    cols._placed(self._conn, sort, order, where, alive) if changed else order
                )

    def _has_log(self) -> bool:
        """Whether the schema has the change log (a profile before migration 13 has not)
        and the received records' columns (migration 20)."""
        if not self._log_seen:
            self._log_seen = bool(
                self._conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'list_changes'"
                ).fetchone()
            ) and any(
                r[1] == "author" for r in self._conn.execute("PRAGMA table_info(observations)")
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

    def _read_now(self) -> Columns:
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
    def _read(conn: Any) -> Columns:
        cols = Columns()
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
                cols = Columns()
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

    def _catch_up(self, cols: Columns) -> None:
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

    def _mask(self, cols: Columns, q: ObservationQuery, *, text: bool = True) -> BoolArray:
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
        self._received_mask(cols, q, mask)
        for kind, codes in category_codes(q):
            passing = np.zeros(cols.cap, dtype=bool)
            for code in codes:
                passing |= cols.category(self._conn, kind, code)
            mask &= passing
        if text and fts_expression(q.text) is not None:
            mask &= self._text_mask(cols, q.text)
        return mask

    @staticmethod
    def _received_mask(cols: Columns, q: ObservationQuery, mask: BoolArray) -> None:
        """The filters on whose a record is (scope, authors, organisations, unread, received
        date), applied to ``mask`` in place."""
        author = cols.coded["author"]
        if q.scope == "own":
            mask &= author == 0
        elif q.scope == "received":
            mask &= author != 0
        for column, values in (("author", q.authors), ("org", q.orgs)):
            if values:
                mask &= np.isin(cols.coded[column], [cols.codes.get(v, -1) for v in values])
        for column, flag in (("unread", q.unread), ("conflict", q.conflict)):
            if flag is not None:
                mask &= cols.coded[column] == cols.codes.get("1" if flag else "0", -1)
        if q.received_from:
            mask &= (cols.received != "") & (cols.received >= q.received_from)
        if q.received_to:
            mask &= (cols.received != "") & (cols.received <= received_to_bound(q.received_to))

    def _order(self, cols: Columns, q: ObservationQuery) -> IntArray:
        order = cols.orders.get(q.sort)
        if order is None and q.sort in _DERIVED:
            order = cols.orders[q.sort] = cols.derived_order(q.sort)
        elif order is None:
            order = cols.load_order(self._conn, q.sort)
        return order[::-1] if q.descending else order

    def _result(self, cols: Columns, q: ObservationQuery) -> IntArray:
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

    def _keep(self, key: tuple[Any, ...], result: IntArray) -> None:
        self._results[key] = result
        while len(self._results) > self.MAX_RESULTS:
            self._results.popitem(last=False)
