"""The observation list as a Qt table model over the store's paged queries.

Only a window of rows is ever in memory: pages of :data:`PAGE_SIZE` rows are read on demand
(``data()`` for a row whose page is missing) and kept in a small LRU cache. ``rowCount`` is
the store's count for the current query (once counted: until then the first page), so a
100,000-row list scrolls without loading 100,000 rows. Sorting asks the store to sort.
Every store call runs on the :class:`PageLoader` thread, never in the GUI thread.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QElapsedTimer,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.listing import ObservationQuery
from desktop.ui import icons, labels, refdata, workers
from desktop.ui.page_loader import PageLoader
from desktop.ui.widgets import single_shot

if TYPE_CHECKING:
    from desktop.core.observations import ObservationRow, ObservationService

log = logging.getLogger(__name__)

PAGE_SIZE = 100
MAX_PAGES = 60
#: How long after a new query was asked its first page may wait for its count. A count
#: that comes within it makes one reset and one paint with the page; a slower one would
#: delay the rows, so they show without it and the rest of the rows are added when it
#: comes. Counted from the question, so a slow page is never held back further.
COUNT_GRACE_MS = 50

#: (key, header, store sort key or None when the store cannot sort by it)
COLUMNS: list[tuple[str, str, str | None]] = [
    ("incident_date", QT_TRANSLATE_NOOP("ObservationTableModel", "Incident date"), "incident_date"),
    ("place", QT_TRANSLATE_NOOP("ObservationTableModel", "Place"), "place"),
    ("title", QT_TRANSLATE_NOOP("ObservationTableModel", "Title"), "title"),
    ("categories", QT_TRANSLATE_NOOP("ObservationTableModel", "Categories"), None),
    ("status", QT_TRANSLATE_NOOP("ObservationTableModel", "Status"), "status"),
    ("sync", QT_TRANSLATE_NOOP("ObservationTableModel", "Sync"), None),
]
ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_COLUMN = 4
# (the standing review's status, number of reviews) for a page of record ids
ReviewMarks = Callable[[list[str]], dict[str, tuple[str, int]]]
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
#: Longest text a cell gets; the rest is in the tooltip (no column is that wide).
CELL_CHARS = 120


def _short(text: str) -> str:
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"


Index = QModelIndex | QPersistentModelIndex


def format_incident_date(start: str | None, end: str | None, precision: str) -> str:
    def one(iso: str | None) -> str:
        if not iso:
            return ""
        d = QDate.fromString(iso, "yyyy-MM-dd")
        if not d.isValid():
            return iso
        if precision == "year":
            return d.toString("yyyy")
        if precision == "month":
            return d.toString("MM.yyyy")
        return d.toString("dd.MM.yyyy")

    if precision == "unknown" or not start:
        return "—"
    text = one(start)
    if end and end != start:
        text += " – " + one(end)
    return text


def place_text(row: ObservationRow) -> str:
    """The place in the interface language: settlement (as typed), etrap, velayat."""
    ref = refdata.data().places
    english = [p.label("en") for p in (ref.get(row.etrap or ""), ref.get(row.velayat or "")) if p]
    suffix = ", ".join(english)
    settlement = row.place_label
    if suffix and settlement.endswith(suffix):
        settlement = settlement[: -len(suffix)].rstrip(", ")
    elif suffix:
        settlement = ""
    parts = [settlement, refdata.place_name(row.etrap), refdata.place_name(row.velayat)]
    return ", ".join(p for p in parts if p)


class ObservationTableModel(QAbstractTableModel):
    """Rows arrive asynchronously from a :class:`PageLoader` thread; rows whose page has not
    arrived yet are placeholders (empty cells) until it does.

    A new query keeps showing the previous result until its first page is ready; that page
    replaces the list at once (:attr:`first_rows`), and rows for the rest of the result are
    added when its count arrives (:attr:`loaded`: the query has settled, also after a
    failure). Anything that arrives for an older query is dropped."""

    #: The new query's first page is in the model (its count may still be coming).
    first_rows = Signal()
    #: The query has settled: first page and count are in, or it failed.
    loaded = Signal()
    #: (key, header, sort key or None): a subclass lists other columns (the Received list)
    columns: list[tuple[str, str, str | None]] = COLUMNS
    status_column = STATUS_COLUMN
    #: the translation context of the columns' headers
    header_context = "ObservationTableModel"

    def __init__(self, service: ObservationService | None = None) -> None:
        super().__init__()
        self._service: ObservationService | None = None
        self._query = ObservationQuery(limit=PAGE_SIZE)
        self._count = 0
        self._total = 0
        self._generation = 0
        self._pages: OrderedDict[int, list[ObservationRow]] = OrderedDict()
        self._text_cache: dict[int, tuple[str, ...]] = {}
        # set by the main window: the coordinators' reviews marked on the status column
        self.review_marks: ReviewMarks | None = None
        self._marks: dict[str, tuple[str, int]] = {}
        self._marked_pages: set[int] = set()
        self._requested: set[int] = set()
        self._pending_reset = False
        self._counting = False
        self.page_loads = 0  # for tests and the benchmark
        self.failures = 0
        self._loader = PageLoader()
        self._first: tuple[int, list[ObservationRow]] | None = None
        self._grace = single_shot(self, COUNT_GRACE_MS, self._show_first_page)
        self._asked = QElapsedTimer()  # since the current query was asked
        self._asked.start()
        self._loader.first_page.connect(self._first_page)
        self._loader.count_ready.connect(self._count_ready)
        self._loader.page_ready.connect(self._page_ready)
        self._loader.failed.connect(self._failed)
        self._loader.start()
        workers.register_busy_check(self._loader.busy)
        if service is not None:
            self.set_service(service)

    def shutdown(self) -> None:
        workers.unregister_busy_check(self._loader.busy)
        self._loader.stop()

    # -- wiring ----------------------------------------------------------------------

    def set_service(self, service: ObservationService | None) -> None:
        """A new profile (or None when locked: the rows disappear at once)."""
        self._generation += 1
        self._service = service
        self._loader.set_service(service, self._generation)
        if service is None:
            self.beginResetModel()
            self._pages.clear()
            self._text_cache.clear()
            self._requested.clear()
            self._count = self._total = 0
            self._pending_reset = self._counting = False
            self._first = None
            self._grace.stop()
            self.endResetModel()
            return
        self.refresh()

    def query(self) -> ObservationQuery:
        return self._query

    def set_query(self, query: ObservationQuery) -> None:
        self._query = replace(
            query,
            sort=self._query.sort,
            descending=self._query.descending,
            offset=0,
            limit=PAGE_SIZE,
        )
        self.refresh(recount_total=False)

    def refresh(self, recount_total: bool = True) -> None:
        """Ask again for counts and the first page (after a save, a filter or a sort)."""
        if self._service is None:
            return
        self._generation += 1
        self._pending_reset = True
        self._asked.start()
        self._loader.request_reset(
            self._generation, self._query, PAGE_SIZE, recount_total or self._total == 0
        )

    def is_loading(self) -> bool:
        return self._pending_reset or self._counting or bool(self._requested)

    def is_counting(self) -> bool:
        """The rows shown are the new query's first page; its count is still coming."""
        return self._counting

    def shown(self) -> int:
        return self._count

    def total(self) -> int:
        return self._total

    def _first_page(self, generation: int, rows: object) -> None:
        if generation != self._generation:
            return
        self._first = (generation, list(rows))  # type: ignore[call-overload]
        left = COUNT_GRACE_MS - self._asked.elapsed()  # see COUNT_GRACE_MS
        if left > 0:
            self._grace.start(left)
        else:
            self._show_first_page()

    def _show_first_page(self) -> None:
        first = self._first
        if first is None or first[0] != self._generation:
            return
        self._reset_to(first[1], None)
        self.first_rows.emit()

    def _reset_to(self, page: list[ObservationRow], count: int | None) -> None:
        """The new query's first page; ``count`` None while it is being counted."""
        self._first = None
        self._grace.stop()
        self.beginResetModel()
        self._pages.clear()
        self._text_cache.clear()
        self._marks.clear()
        self._marked_pages.clear()
        self._requested.clear()
        self._count = len(page) if count is None else count
        if page:
            self._pages[0] = page
        self._pending_reset = False
        self._counting = count is None
        self.endResetModel()

    def _count_ready(self, generation: int, count: int, total: int) -> None:
        if generation != self._generation:
            return
        if total >= 0:
            self._total = total
        if self._first is not None and self._first[0] == generation:
            self._reset_to(self._first[1], count)  # page and count together
            self._total = max(self._total, self._count)
            self.first_rows.emit()
            self.loaded.emit()
            return
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:  # changed since the first page was read
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            for page_no in [p for p in self._pages if p * PAGE_SIZE >= count]:
                del self._pages[page_no]
            self._text_cache.clear()
            self.endRemoveRows()
        self._total = max(self._total, self._count)
        self._counting = False
        self.loaded.emit()

    def _page_ready(self, generation: int, page_no: int, rows: object) -> None:
        self._requested.discard(page_no)
        if generation != self._generation:
            return
        self.page_loads += 1
        self._pages[page_no] = list(rows)  # type: ignore[call-overload]
        self._marked_pages.discard(page_no)
        while len(self._pages) > MAX_PAGES:
            evicted, _ = self._pages.popitem(last=False)
            for r in range(evicted * PAGE_SIZE, (evicted + 1) * PAGE_SIZE):
                self._text_cache.pop(r, None)
        first = page_no * PAGE_SIZE
        last = min(self._count, first + PAGE_SIZE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    def _failed(self, generation: int, exc: object) -> None:
        if generation == self._generation:
            self.failures += 1
            was_settling = self._pending_reset or self._counting
            if self._first is not None:  # the count failed: show the page that came
                self._reset_to(self._first[1], len(self._first[1]))
                self.first_rows.emit()
            self._pending_reset = self._counting = False
            self._requested.clear()
            if was_settling:
                self.loaded.emit()  # nothing else is coming: whoever waits goes on

    # -- rows ------------------------------------------------------------------------

    def row_at(self, row: int) -> ObservationRow | None:
        """The row if its page is loaded; otherwise asks for the page and returns None."""
        if self._service is None or not 0 <= row < self._count:
            return None
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            if page_no not in self._requested:
                self._requested.add(page_no)
                self._loader.request_page(self._generation, self._query, page_no, PAGE_SIZE)
            return None
        self._pages.move_to_end(page_no)
        i = row - page_no * PAGE_SIZE
        return page[i] if i < len(page) else None

    def id_at(self, row: int) -> str | None:
        r = self.row_at(row)
        return r.id if r is not None else None

    def row_of(self, observation_id: str) -> int:
        """The row of a loaded observation, or -1."""
        for page_no, page in self._pages.items():
            for i, r in enumerate(page):
                if r.id == observation_id:
                    return page_no * PAGE_SIZE + i
        return -1

    # -- Qt model API ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate(self.header_context, self.columns[section][1])
            if role == Qt.ItemDataRole.ToolTipRole and self.columns[section][2] is None:
                return QCoreApplication.translate(
                    "ObservationTableModel", "This column cannot be sorted."
                )
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return QLocale().toString(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called about a thousand times per repaint: display texts are made once per row
        # (and shortened: eliding a long string costs Qt more than drawing it).
        if role == DISPLAY:
            texts = self._texts(index.row())
            return texts[index.column()] if texts is not None else None
        if role == TOOLTIP:
            texts = self._texts(index.row())
            return texts[len(self.columns) + index.column()] if texts is not None else None
        if role == ID_ROLE:
            row = self.row_at(index.row())
            return row.id if row is not None else None
        if role == Qt.ItemDataRole.DecorationRole and index.column() == self.status_column:
            return icons.icon("review") if self._mark(index.row()) else None
        return None

    def _mark(self, r: int) -> tuple[str, int] | None:
        """The row's review mark: fetched for its whole page at once (one query)."""
        row = self.row_at(r)
        if row is None or self.review_marks is None:
            return None
        page_no = r // PAGE_SIZE
        if page_no not in self._marked_pages:
            self._marked_pages.add(page_no)
            page = self._pages.get(page_no, [])
            try:
                self._marks.update(self.review_marks([p.id for p in page]))
            except Exception:  # a locked profile: no marks, the list still shows
                return None
        return self._marks.get(row.id)

    def _texts(self, r: int) -> tuple[str, ...] | None:
        cached = self._text_cache.get(r)
        if cached is not None:
            return cached
        row = self.row_at(r)
        if row is None:
            return None
        texts = self._cells(r, row)
        if len(self._text_cache) > MAX_PAGES * PAGE_SIZE:
            self._text_cache.clear()
        self._text_cache[r] = texts
        return texts

    def _cells(self, r: int, row: ObservationRow) -> tuple[str, ...]:
        """Each column's display text (shortened), then each column's tooltip."""
        names = [refdata.category_label(c) for c in row.categories]
        full = (
            format_incident_date(row.incident_date, row.date_end, row.date_precision),
            place_text(row),
            row.title,
            "; ".join(names),
            labels.tr(labels.STATUS, row.status),
            labels.tr(labels.SYNC, row.sync_state),
        )
        status_tip = full[4]
        mark = self._mark(r)
        if mark is not None:
            # a count and a status only: a list never shows a comment (issue 15)
            status_tip += "\n" + self.tr(
                "Reviewed by a coordinator %n time(s). Open the record to read the reviews.",
                "",
                mark[1],
            )
        tips = (full[0], full[1], full[2], "\n".join(names), status_tip, full[5])
        return (*(_short(t) for t in full), *tips)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column][2]
        if key is None:
            return
        self._query = replace(
            self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder
        )
        self.refresh(recount_total=False)

    def sort_column(self) -> int:
        for i, (_k, _h, key) in enumerate(self.columns):
            if key == self._query.sort:
                return i
        return 0

    def retranslate(self) -> None:
        self._text_cache.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._count:
            last = self.index(self._count - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
