"""The observation list as a Qt table model over the store's paged queries.

Only a window of rows is ever in memory: pages of :data:`PAGE_SIZE` rows are read on demand
(``data()`` for a row whose page is missing) and kept in a small LRU cache. ``rowCount`` is
the store's count for the current query, so the scroll bar is true from the start and a
100,000-row list scrolls without loading 100,000 rows. Sorting asks the store to sort.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.observations import ObservationRow, ObservationService
from desktop.core.search import ObservationQuery
from desktop.ui import labels, refdata

log = logging.getLogger(__name__)

PAGE_SIZE = 200
MAX_PAGES = 30

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
    def __init__(self, service: ObservationService | None = None) -> None:
        super().__init__()
        self._service = service
        self._query = ObservationQuery(limit=PAGE_SIZE)
        self._count = 0
        self._total = 0
        self._pages: OrderedDict[int, list[ObservationRow]] = OrderedDict()
        self.page_loads = 0  # for tests and the benchmark

    # -- wiring ----------------------------------------------------------------------

    def set_service(self, service: ObservationService | None) -> None:
        self._service = service
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
        """Re-read counts and drop cached pages (after a save, a filter or a sort)."""
        self.beginResetModel()
        self._pages.clear()
        if self._service is None:
            self._count = self._total = 0
        else:
            self._count = self._service.count(self._query)
            if recount_total or self._total < self._count:
                self._total = self._service.count(ObservationQuery())
        self.endResetModel()

    def shown(self) -> int:
        return self._count

    def total(self) -> int:
        return self._total

    # -- rows ------------------------------------------------------------------------

    def row_at(self, row: int) -> ObservationRow | None:
        if self._service is None or not 0 <= row < self._count:
            return None
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            page = self._service.query(replace(self._query, offset=page_no * PAGE_SIZE))
            self.page_loads += 1
            self._pages[page_no] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        i = row - page_no * PAGE_SIZE
        return page[i] if i < len(page) else None

    def id_at(self, row: int) -> str | None:
        r = self.row_at(row)
        return r.id if r is not None else None

    def row_of(self, observation_id: str) -> int:
        """The row of a cached observation, or -1."""
        for page_no, page in self._pages.items():
            for i, r in enumerate(page):
                if r.id == observation_id:
                    return page_no * PAGE_SIZE + i
        return -1

    # -- Qt model API ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("ObservationTableModel", COLUMNS[section][1])
            if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][2] is None:
                return QCoreApplication.translate(
                    "ObservationTableModel", "This column cannot be sorted."
                )
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return QLocale().toString(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ID_ROLE):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == ID_ROLE:
            return row.id
        key = COLUMNS[index.column()][0]
        if key == "incident_date":
            return format_incident_date(row.incident_date, row.date_end, row.date_precision)
        if key == "place":
            return place_text(row)
        if key == "title":
            return row.title
        if key == "categories":
            names = [refdata.category_label(c) for c in row.categories]
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(names)
            return "; ".join(names)
        if key == "status":
            return labels.tr(labels.STATUS, row.status)
        if key == "sync":
            return labels.tr(labels.SYNC, row.sync_state)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][2]
        if key is None:
            return
        self._query = replace(
            self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder
        )
        self.refresh(recount_total=False)

    def sort_column(self) -> int:
        for i, (_k, _h, key) in enumerate(COLUMNS):
            if key == self._query.sort:
                return i
        return 0

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))
