"""The list engine's one service: pages, counts and figures' selections of list queries.

Each query is answered from the list's index in memory (:mod:`.memindex`) when it can,
else by SQL plans (:mod:`.plans`: the sort index walked with the filters tested on its
entries, the text's and categories' pks in temporary tables kept by :mod:`.cache`). The
records' words are kept by :mod:`.textindex` and moved into FTS5 by :mod:`.upkeep`.

It reads the list tables (``observations``, ``observation_categories``, the text index);
it writes none of the records' tables: the observation service writes those, and calls
:func:`.textindex.write` for the words inside its save.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from desktop.core.listing.cache import ResultCache
from desktop.core.listing.columns import Selection
from desktop.core.listing.memindex import ListIndex
from desktop.core.listing.plans import (
    NEAR_START,
    PROBE_CATEGORY,
    SMALL_RESULT,
    category_codes,
    category_select,
    has_row_filters,
    order_clause,
    page_source,
    page_window,
    result_key,
    where_clause,
)
from desktop.core.listing.query import SCOPES, ListPlan, ObservationQuery, ObservationRow
from desktop.core.listing.textindex import match_select, probe_condition
from desktop.core.model import Status
from desktop.core.refdata import RefIndex
from desktop.core.reports.facets import AUTHOR

if TYPE_CHECKING:
    from desktop.core.database import Database

#: What a list row reads (see :class:`ObservationRow`), with the pk first.
_ROW_COLUMNS = (
    "o.pk, o.id, o.title, o.date_start, o.date_end, o.date_precision, o.velayat, o.etrap,"
    " o.place_label, o.status, o.sync_state, o.confidentiality, o.updated_at, o.author,"
    " o.org, o.received_at, o.unread, o.attachments, o.conflict"
)
#: The same for a profile held open at a schema before migration 20 (upgrade tests).
_ROW_COLUMNS_V19 = _ROW_COLUMNS.split(", o.author")[0] + ", NULL, NULL, NULL, 0, 0, 0"
#: How many candidates the first page of a search tests by their words before it lists
#: the matches instead (see ``ObservationService._probed_first_page``).
PROBE_WINDOW = 2000
PROBE_SHARE = 10
PROBE_SAMPLE = 5000


class ListingService:
    """Lists of records. Thread-safe: every call takes the database lock."""

    def __init__(self, database: Database, ref: RefIndex) -> None:
        self._db = database
        self._ref = ref
        self._results = ResultCache(database.conn)
        self.list_index = ListIndex(database.conn, database.reader)
        self._row_columns: str | None = None

    @property
    def _columns(self) -> str:
        if self._row_columns is None:
            v20 = any(r[1] == "author" for r in self._db.query("PRAGMA table_info(observations)"))
            self._row_columns = _ROW_COLUMNS if v20 else _ROW_COLUMNS_V19
        return self._row_columns

    def query(self, q: ObservationQuery) -> list[ObservationRow]:
        order_clause(q)  # ValueError for an unknown sort, before any work
        if q.scope not in SCOPES:
            raise ValueError(f"unknown scope {q.scope!r}")
        self._db.note_use()
        with self._db.lock:
            pks = self.list_index.page(q)
            rows = (
                self._rows(pks) if pks is not None else self._probed_first_page(q) or self._page(q)
            )
        cats, authors = self._categories([r[0] for r in rows])
        return [
            ObservationRow(
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                r[8],
                cats.get(r[0], ()),
                r[9],
                r[10],
                r[11],
                r[12],
                r[13] or authors.get(r[0], ""),
                r[14],
                r[15],
                bool(r[16]),
                int(r[17] or 0),
                bool(r[18]),
            )
            for r in rows
        ]

    def _rows(self, pks: list[int]) -> list[Any]:
        """The list rows of ``pks``, in that order."""
        if not pks:
            return []
        marks = ",".join("?" * len(pks))
        by_pk = {
            r[0]: r
            for r in self._db.query(
                f"SELECT {self._columns} FROM observations o WHERE o.pk IN ({marks})", pks
            )
        }
        return [by_pk[pk] for pk in pks if pk in by_pk]

    def _probed_first_page(self, q: ObservationQuery) -> list[Any] | None:
        """The first page of a search that many records match, or None.

        Walks the first :data:`PROBE_WINDOW` candidates of the sort index that pass the
        other filters and tests each one's words by its pk, instead of first listing every
        match from the full-text index. Only for a text in at least one record in
        :data:`PROBE_SHARE`; if a page's worth of the candidates match, that is the page,
        otherwise (a filter that leaves few of them, or a short list) the usual plan
        answers. Searches whose matches are already listed, and pages after the first, use
        the list.
        """
        probe = probe_condition(q.text) if q.offset == 0 else None
        if probe is None or not self._results.usable():
            return None
        if self._results.has_hits(q.text):
            return None
        limit, _offset, _reverse = page_window(q, None)
        if not limit:
            return None
        # The share of records that match, from the newest PROBE_SAMPLE of them: FTS5
        # seeks to a range of rowids, so this reads a twentieth of the lists (a count of
        # all matches cost 16 ms for a common word, 30 for two words). A text in fewer
        # than one record in PROBE_SHARE is listed instead: walking would test too many.
        (records,) = self._db.one("SELECT coalesce(max(pk), 0) FROM observations")
        sample = min(records, PROBE_SAMPLE)
        sliced = match_select(q.text, after=records - sample)
        assert sliced is not None
        (matches,) = self._db.one(f"SELECT count(*) FROM ({sliced[0]})", sliced[1])
        if not sample or matches * PROBE_SHARE < sample:
            return None
        # Every candidate's words are read (the page is sorted after the test), so take
        # about twice what a page needs at this share of matches.
        window = min(PROBE_WINDOW, -(-2 * limit * sample // matches))
        browse = replace(q, text="")
        plan = self._plan(browse, near_start=True)
        if plan.small is not None:
            return None  # a category few records have drives the usual plan
        where, params = where_clause(browse, self._ref, sets=plan.sets)
        order = order_clause(q)
        rows = self._db.query(
            f"SELECT {self._columns} FROM (SELECT o.pk AS cpk{page_source(q)}{where}{order}"
            " LIMIT ?) c CROSS JOIN observations o ON o.pk = c.cpk"
            f" WHERE {probe[0]}{order} LIMIT ?",
            [*params, window, *probe[1], limit],
        )
        return rows if len(rows) == limit else None

    def _page(self, q: ObservationQuery) -> list[Any]:
        """A page by the usual plan (see :meth:`_plan`), in ``q``'s order."""
        near_start = q.offset <= NEAR_START
        plan = self._plan(q, near_start=near_start)
        total = self._known_count(q, plan)
        if total is None and (not near_start or (q.velayat and q.etrap)):
            # An etrap holds 1-2 % of the records: its count is a short range of the
            # place index, and a small count lets the page read that range and sort it
            # instead of walking the sort index past the other 98 %.
            total = self._count(q, plan)
        limit, offset, reverse = page_window(q, total)
        if not limit:
            return []
        where, params = where_clause(q, self._ref, hits=plan.hits, sets=plan.sets)
        few = total is not None and total <= SMALL_RESULT
        source = page_source(q, small=plan.small, few_in_place=few)
        rows = self._db.query(
            f"SELECT {self._columns}{source}{where}"
            f"{order_clause(q, reverse=reverse)} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        if reverse:
            rows.reverse()
        return rows

    def prepare(self) -> bool:
        """Read the list's index now instead of at the first list query (see
        :mod:`desktop.core.listing.memindex`); whether lists are answered from it."""
        with self._db.lock:
            return self.list_index.prepare()

    def drop_query_cache(self) -> None:
        """Forget cached matches and counts (the benchmark measures every search cold)."""
        with self._db.lock:
            self._results.clear()
            self.list_index.forget_results()

    def _plan(self, q: ObservationQuery, *, near_start: bool = False) -> ListPlan:
        """The pk tables for the text and category filters (none inside a transaction,
        where they become subqueries and probes), and the smallest, if small enough to
        drive the query from it and sort.

        A category filter that many records pass gets no table for a page ``near_start``
        when none is kept: the page walks the sort index and probes each candidate, and
        few candidates fill a page. Its count, or a page deep in the list, makes the table
        (kept for the pages after it).
        """
        plan = ListPlan(cacheable=self._results.usable())
        if not plan.cacheable:
            return plan
        sizes: list[tuple[int, str]] = []
        found = self._results.hits(q.text)
        if found is not None:
            plan.hits, n = found
            sizes.append((n, plan.hits))
        categories = category_codes(q)
        for kind, codes in categories:
            key = (kind, codes)
            kept = self._results.cached(key)
            if kept is None and near_start:
                if sizes and min(sizes)[0] <= SMALL_RESULT:
                    continue  # the text's few matches drive the page; probe those
                size = self._category_size(kind, codes)
                if size > PROBE_CATEGORY:
                    if len(codes) == 1 and len(categories) == 1 and found is None:
                        # one code's rows are one per record: the size is the count
                        plan.exact = None if has_row_filters(q) else size
                    continue
            if kept is None:
                select, params = category_select(kind, codes)
                kept = self._results.table(key, select, params)
            plan.sets[kind] = kept[0]
            sizes.append((kept[1], kept[0]))
        if sizes:
            n, table = min(sizes)
            if n <= SMALL_RESULT:
                plan.small = table
            only = len(sizes) == 1 and len(categories) + (found is not None) == 1
            if only and not has_row_filters(q):
                plan.exact = n
        return plan

    def _category_size(self, kind: str, codes: tuple[str, ...]) -> int:
        """How many category rows ``codes`` have: the number of records passing, or (for
        several codes) at most that. A count of the primary key's entries, kept while the
        data does not change."""
        key = ("size", kind, codes)
        n = self._results.count(key)
        if n is None:
            marks = ",".join("?" * len(codes))
            (n,) = self._db.one(
                f"SELECT count(*) FROM observation_categories WHERE kind = ? AND code IN ({marks})",
                (kind, *codes),
            )
            self._results.keep_count(key, int(n))
        return int(n)

    def _known_count(self, q: ObservationQuery, plan: ListPlan) -> int | None:
        """The result's size if it is known without counting: cached, or the size of the
        one look-up table the query is."""
        cached = self._results.count(result_key(q)) if plan.cacheable else None
        return cached if cached is not None else plan.exact

    def _count(self, q: ObservationQuery, plan: ListPlan) -> int:
        n = self._known_count(q, plan)
        if n is None:
            where, params = where_clause(q, self._ref, hits=plan.hits, sets=plan.sets)
            source = (
                f" FROM {plan.small} d CROSS JOIN observations o ON o.pk = d.pk"
                if plan.small
                # The planner reads an index (velayat's, or a sort index holding every
                # filter column), not the table.
                else " FROM observations o"
            )
            (n,) = self._db.one(f"SELECT count(*){source}{where}", params)
        if plan.cacheable:
            self._results.keep_count(result_key(q), int(n))
        return int(n)

    def _categories(self, pks: list[int]) -> tuple[dict[int, tuple[str, ...]], dict[int, str]]:
        """Per pk: its rights then act types; and its author's device id."""
        if not pks:
            return {}, {}
        found: dict[int, list[str]] = {}
        authors: dict[int, str] = {}
        marks = ",".join("?" * len(pks))
        for pk, kind, code in self._db.query(
            f"SELECT pk, kind, code FROM observation_categories INDEXED BY"
            f" observation_categories_pk WHERE pk IN ({marks})"
            " AND kind IN ('right', 'act', ?) ORDER BY pk, kind DESC, code",
            [*pks, AUTHOR],
        ):
            if kind == AUTHOR:
                authors[pk] = code
            else:
                found.setdefault(pk, []).append(code)
        return {pk: tuple(codes) for pk, codes in found.items()}, authors

    def count(self, q: ObservationQuery | None = None) -> int:
        q = q or ObservationQuery()
        self._db.note_use()
        with self._db.lock:
            n = self.list_index.count(q)
            if n is not None:
                return n
            if self._results.usable():
                cached = self._results.count(result_key(q))
                if cached is not None:  # without listing the matches again
                    return cached
            return self._count(q, self._plan(q))

    def counts_by_status(self) -> dict[str, int]:
        counts = {s.value: 0 for s in Status}
        for status, n in self._db.query(
            "SELECT status, count(*) FROM observations GROUP BY status"
        ):
            counts[status] = n
        return counts

    def selection(self, q: ObservationQuery, kinds: tuple[str, ...] = ()) -> Selection | None:
        """The list columns of ``q``'s records, for figures (desktop/core/reports); safe
        from any thread. A build of the index under way is waited for without the lock."""
        self.list_index.wait_built()
        with self._db.lock:
            return self.list_index.selection(q, kinds)
