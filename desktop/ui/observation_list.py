"""The main window's list: search box (debounced full-text search), filters, the table and
the "1,234 of 100,000" count."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.listing import ObservationQuery
from desktop.ui.filter_bar import FilterBar
from desktop.ui.observation_table_model import ID_ROLE, ObservationTableModel
from desktop.ui.widgets import single_shot

if TYPE_CHECKING:
    from desktop.core.observations import ObservationService

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250
# A count that takes longer than this after the first rows show says it is counting (a
# shorter one just replaces the old count: no flicker on every search).
COUNTING_NOTICE_MS = 150


# The columns' widths where there is room (the title column stretches over the rest).
COLUMN_WIDTHS = (130, 220, 0, 240, 150, 150)  # status: room for the review icon
TITLE_COLUMN = 2


class ObservationListView(QWidget):
    open_requested = Signal(str)
    counts_changed = Signal(int, int)
    #: the columns' widths where there is room; the title's (0) stretches
    column_widths: tuple[int, ...] = COLUMN_WIDTHS
    title_column = TITLE_COLUMN
    #: the title keeps at least this share of the width (1/3: a third)
    title_share = 3

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        model: ObservationTableModel | None = None,
        filters: FilterBar | None = None,
    ) -> None:
        super().__init__(parent)
        #: fields every query of this list has (a coordinator's "My records": scope "own")
        self.query_defaults: dict[str, object] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)

        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.search, 1)
        layout.addLayout(top)

        self.filters = filters or FilterBar()
        layout.addWidget(self.filters)
        # beside the search, where the filter bar's rows would not make room for it
        top.addWidget(self.filters.needs_info)
        top.addWidget(self.count_label)
        self.top_row = top

        self.model = model or ObservationTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        # a narrow column shows the start of its name, with "…", not its clipped middle
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self._sizing = False
        self._user_sized = False
        self._fit_columns()
        header.setSectionResizeMode(self.title_column, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._section_resized)
        self.table.viewport().installEventFilter(self)
        # A new result (or its rows added once counted) is laid out at once: the view would
        # otherwise paint it, then lay it out on a timer and paint it all again.
        self.model.modelReset.connect(self.table.doItemsLayout)
        self.model.rowsInserted.connect(self.table.doItemsLayout)
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)

        self._debounce = single_shot(self, SEARCH_DELAY_MS, self.apply)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.filters.changed.connect(self.apply)
        self._counting_notice = single_shot(self, COUNTING_NOTICE_MS, self._show_counting)
        self.model.modelReset.connect(self._update_count)
        self.model.loaded.connect(self._update_count)
        self.model.first_rows.connect(self._counting_notice.start)
        self.retranslate()

    def _fit_columns(self) -> None:
        """Column widths for the room there is: on a small screen (1366 px at 150 % gives
        910) the other columns narrow so the title keeps at least a third of the width."""
        widths, title = self.column_widths, self.title_column
        available = max(self.table.viewport().width(), 400)
        # the date column always shows a whole date; the others share what is left
        date_width = max(
            self.table.fontMetrics().horizontalAdvance("00.00.0000") + 28,
            min(widths[0], available // 10),
        )
        others = sum(w for c, w in enumerate(widths) if c not in (0, title))
        budget = available - max(220, available // self.title_share) - max(date_width, widths[0])
        scale = min(1.0, max(budget, 0) / others)
        self._sizing = True
        try:
            self.table.setColumnWidth(0, widths[0] if scale >= 1.0 else date_width)
            for column, width in enumerate(widths):
                if column not in (0, title):
                    self.table.setColumnWidth(column, max(min(width, 60), int(width * scale)))
        finally:
            self._sizing = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._sizing and column != self.title_column and self.table.isVisible():
            self._user_sized = True  # the user's widths are kept from now on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table.viewport()
            and event.type() == QEvent.Type.Resize
            and not self._user_sized
        ):
            self._fit_columns()
        return super().eventFilter(watched, event)

    def set_service(self, service: ObservationService | None) -> None:
        self.model.set_service(service)

    def current_query(self) -> ObservationQuery:
        fields = {**self.query_defaults, **self.filters.values()}
        return ObservationQuery(text=self.search.text().strip(), **fields)  # type: ignore[arg-type]

    def apply(self) -> None:
        """Run the search and filters now (the search box waits ~250 ms after typing)."""
        self._debounce.stop()
        self.model.set_query(self.current_query())

    def refresh(self) -> None:
        self.model.refresh()

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        observation_id = index.data(ID_ROLE)
        if observation_id:
            self.open_requested.emit(str(observation_id))

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        # Columns the store cannot sort by snap back to the current sort.
        if self.model.columns[column][2] is None:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                self.model.sort_column(),
                Qt.SortOrder.DescendingOrder
                if self.model.query().descending
                else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)

    def _show_counting(self) -> None:
        if self.model.is_counting():
            #: The list shows the first rows of a search; their number is still being counted.
            self.count_label.setText(self.tr("Counting…"))

    def _update_count(self) -> None:
        if self.model.is_counting():
            return  # the first rows of a new query: the count follows
        self._counting_notice.stop()
        shown, total = self.model.shown(), self.model.total()
        locale = QLocale()
        if shown == total:
            text = self.tr("%1 observations").replace("%1", locale.toString(total))
        else:
            text = (
                self.tr("%1 of %2")
                .replace("%1", locale.toString(shown))
                .replace("%2", locale.toString(total))
            )
        self.count_label.setText(text)
        self.counts_changed.emit(shown, total)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Search titles, descriptions, places and names  (Ctrl+F)")
        )
        self.search.setAccessibleName(self.tr("Search observations"))
        self.table.setAccessibleName(self.tr("Observations"))
        self.model.retranslate()
        self._update_count()
