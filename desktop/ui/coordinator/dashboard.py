"""The dashboard: charts, a cross-table and the map of the current selection, computed by
desktop/core/reports (the same code as the report, so the two never disagree).

This is the user's own screen: small counts are shown, marked (hatched bars, shaded cells,
a tooltip saying they are hidden in documents). A click on a bar, a cell or a velayat asks
the list to filter by it (:attr:`Dashboard.filter_requested`). Any chart can be saved as
PNG or SVG. Figures are computed on a worker thread; the charts are drawn with QPainter
(QtCharts is not in PySide6-Essentials, and its Addons package is ~200 MB for a few bars).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QHelpEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.core.listing import ObservationQuery
from desktop.core.reports import facets, figures
from desktop.core.reports.disclosure import Policy, Protected, protect_together, small
from desktop.core.reports.document import HIDDEN, INSTITUTION, outward
from desktop.core.reports.figures import CrossTable
from desktop.core.reports.labels import Labeller
from desktop.ui import i18n, workers
from desktop.ui.coordinator.map_view import VelayatMap

BAR = QColor("#2f6f9f")
SMALL = QColor("#e8a33d")
CHARTS = ["velayat", "month", "right", "act:0", "sex"]
CROSS_CHOICES = ["velayat", "etrap", "quarter", "year", "right", "act:0", "sex", "age_group"]
CROSS_CHOICES += ["perpetrator", "source", "status", "outcome", "organisation"]
CROSS_CHOICES += ["recommendation", "upr_theme", "sdg_target"]  # links to UN work
MAX_BARS = 12
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("core", text)


def compute(
    listing: Any,
    q: ObservationQuery,
    tables: list[tuple[str, str | None]],
    policy: Policy,
    with_points: Callable[[], bool] = lambda: False,
) -> Any:
    """On a worker: the selection's columns (from ``listing``, the profile's list engine)
    and the tables asked (no widget touched), and the charts as they may leave the app
    (saved): consenting records only, protected. ``with_points()`` (asked here: it may
    read the profile) adds the records' coordinates for the map, from memory."""
    dims = tuple({d for spec in tables for d in spec if d})
    points = with_points()
    kinds = figures.kinds_for(dims) + ((facets.POINT,) if points else ())
    selection = listing.selection(q, kinds)
    if selection is None:
        return None
    found: dict[Any, Any] = {spec: figures.cross_table(selection, *spec) for spec in tables}
    found["points"] = []
    if points:
        _where, numbers, values = selection.categories[facets.POINT]
        used = sorted({int(n) for n in numbers})
        found["points"] = [p for p in (facets.point_of(values[n]) for n in used) if p]
    outward_selection = outward(selection, INSTITUTION)[0]
    published = protect_together(
        [figures.cross_table(outward_selection, name) for name in CHARTS], policy
    )
    found["published"] = dict(zip(CHARTS, published, strict=True))
    return found


def published_bars(protected: Protected, labels: Labeller) -> list[tuple[str, str, int | None]]:
    t = protected.table
    return [
        (code, labels.category(t.rows, code), protected.cell(i, 0))
        for i, code in enumerate(t.row_codes)
    ]


class BarChart(QWidget):
    """Horizontal bars of a one-way table, the largest first (up to :data:`MAX_BARS`)."""

    bar_clicked = Signal(str, str)  # dimension, code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dimension = ""
        self.title = ""
        self.threshold = Policy().min_count
        self.bars: list[tuple[str, str, int | None]] = []  # code, label, count
        #: The chart as saved: consenting records, protected counts (None: hidden).
        self.published: list[tuple[str, str, int | None]] = []
        self._saving = False
        self._hit: list[tuple[QRectF, str]] = []
        self.setMinimumSize(260, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(
        self,
        dimension: str,
        title: str,
        bars: list[tuple[str, str, int | None]],
        threshold: int,
        published: list[tuple[str, str, int | None]] | None = None,
    ) -> None:
        self.published = self._chosen(dimension, published or [])
        self.dimension, self.title, self.threshold = dimension, title, threshold
        self.bars = self._chosen(dimension, bars)
        self.update()

    @staticmethod
    def _chosen(
        dimension: str, bars: list[tuple[str, str, int | None]]
    ) -> list[tuple[str, str, int | None]]:
        if dimension in ("month", "quarter", "year"):
            return bars[-MAX_BARS:]  # the latest periods, in order
        return sorted(bars, key=lambda b: -(b[2] or 0))[:MAX_BARS]

    def sizeHint(self) -> QSize:
        return QSize(360, 60 + 22 * max(len(self.bars), 3))

    def paint_chart(self, painter: QPainter, rect: Any) -> None:
        rect = QRectF(rect)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(rect, QColor("white"))
        painter.setPen(QColor("black"))
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(rect.adjusted(8, 4, -8, 0), Qt.AlignmentFlag.AlignLeft, self.title)
        bold.setBold(False)
        painter.setFont(bold)
        self._hit = []
        bars = self.published if self._saving else self.bars
        if self._saving:
            note = QCoreApplication.translate(
                "Dashboard",
                "Documented cases with consent; not a sample, no prevalence. × not shown,"
                " to protect people.",
            )
            small_font = painter.font()
            small_font.setPointSizeF(max(small_font.pointSizeF() - 2, 6))
            painter.setFont(small_font)
            painter.drawText(
                rect.adjusted(8, 0, -8, -4),
                Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft,
                note,
            )
            painter.setFont(bold)
            rect = rect.adjusted(0, 0, 0, -20)
        if not bars:
            return
        top = max((b[2] or 0) for b in bars) or 1
        row = min(24.0, (rect.height() - 30) / len(bars))
        # Names as wide as the longest needs, up to 60% of the chart (the rest elided, whole
        # in the tooltip); bars keep at least 40%.
        widest = max(painter.fontMetrics().horizontalAdvance(b[1]) for b in bars) + 20
        label_width = min(max(widest, rect.width() * 0.3), rect.width() * 0.6)
        for n, (code, label, count) in enumerate(bars):
            y = rect.top() + 26 + n * row
            painter.setPen(QColor("black"))
            painter.drawText(
                QRectF(rect.left() + 8, y, label_width - 12, row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                painter.fontMetrics().elidedText(
                    label, Qt.TextElideMode.ElideRight, int(label_width - 12)
                ),
            )
            width = 0.0 if count is None else (rect.width() - label_width - 60) * count / top
            bar = QRectF(rect.left() + label_width, y + 3, max(width, 1.0), row - 6)
            marked = count is not None and bool(small(count, self.threshold))
            if count is not None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(SMALL, Qt.BrushStyle.BDiagPattern) if marked else BAR)
                painter.drawRect(bar)
            painter.setPen(QColor("black"))
            painter.drawText(
                QRectF(bar.right() + 4, y, 56, row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                HIDDEN if count is None else f"{count}*" if marked else str(count),
            )
            self._hit.append((QRectF(rect.left(), y, rect.width(), row), code))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint_chart(painter, self.rect())
        painter.end()

    def event(self, event: QEvent) -> bool:
        # A long name is elided beside its bar: the tooltip gives it whole, with its count.
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for area, code in self._hit:
                if area.contains(QPointF(event.pos())):
                    found = next((b for b in self.bars if b[0] == code), None)
                    if found is not None:
                        count = HIDDEN if found[2] is None else str(found[2])
                        QToolTip.showText(event.globalPos(), f"{found[1]}: {count}", self)
                        return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for area, code in self._hit:
            if area.contains(event.position()):
                self.bar_clicked.emit(self.dimension, code)
                return
        super().mousePressEvent(event)

    def save(self, path: Path) -> None:
        """The chart as it may leave the app (:attr:`published`: consenting records,
        small counts and those that would reveal them hidden), as PNG, or SVG when
        ``path`` ends in .svg."""
        self._saving = True
        try:
            self._save(path)
        finally:
            self._saving = False
            self.update()

    def _save(self, path: Path) -> None:
        size = self.size().expandedTo(QSize(480, 300))
        if path.suffix.lower() == ".svg":
            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(size)
            generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
            generator.setTitle(self.title)
            painter = QPainter(generator)
            self.paint_chart(painter, QRectF(0, 0, size.width(), size.height()))
            painter.end()
            return
        image = QImage(size * 2, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(2)
        painter = QPainter(image)
        self.paint_chart(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        if not image.save(str(path), "PNG"):
            raise OSError("the chart could not be saved")


class CrossTableModel(QAbstractTableModel):
    """A two-way table with its totals; small counts shaded and explained."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table: CrossTable | None = None
        self.labels: Labeller | None = None
        self.threshold = Policy().min_count
        self._values: Any = None

    def set_table(self, table: CrossTable, labels: Labeller, threshold: int) -> None:
        from desktop.core.reports.disclosure import extended

        self.beginResetModel()
        self.table, self.labels, self.threshold = table, labels, threshold
        self._values = extended(table)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if self.table is None or parent.isValid() else len(self.table.row_codes) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if self.table is None or parent.isValid() else len(self.table.column_codes) + 1

    def code_at(self, index: QModelIndex) -> tuple[str | None, str | None]:
        """(row code, column code) of a cell; None for a total."""
        assert self.table is not None
        t = self.table
        row = t.row_codes[index.row()] if index.row() < len(t.row_codes) else None
        col = t.column_codes[index.column()] if index.column() < len(t.column_codes) else None
        return row, col

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if self.table is None or not index.isValid():
            return None
        value = int(self._values[index.row(), index.column()])
        marked = bool(small(value, self.threshold))
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value}*" if marked else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and marked:
            return QBrush(SMALL.lighter(150))
        if role == Qt.ItemDataRole.ToolTipRole and marked:
            return QCoreApplication.translate(
                "Dashboard", "Fewer than {n}: shown here, hidden in documents"
            ).format(n=self.threshold)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if self.table is None or self.labels is None or role not in shown:
            return None
        t = self.table
        if orientation == Qt.Orientation.Horizontal:
            if section < len(t.column_codes):
                return self.labels.category(t.columns or "", t.column_codes[section])
        elif section < len(t.row_codes):
            return self.labels.category(t.rows, t.row_codes[section])
        return _tr("Total")


class Dashboard(QWidget):
    """Figures of the selection the list shows; :meth:`set_query` follows its filter."""

    filter_requested = Signal(str, str)  # dimension, code
    refreshed = Signal()

    def __init__(
        self,
        profile: Any,
        organisations: dict[str, str] | None = None,
        parent: QWidget | None = None,
        run: Callable[..., Any] = workers.run_task,
    ) -> None:
        super().__init__(parent)
        #: the profile, or a callable giving the profile open now (None while locked)
        self._profile = profile
        self._organisations = organisations or {}
        self._run = run
        self._query = ObservationQuery()
        self._asked = 0
        self.policy = Policy()
        self.charts = {name: BarChart(self) for name in CHARTS}
        for chart in self.charts.values():
            chart.bar_clicked.connect(self.filter_requested)
        self.map = VelayatMap(self)
        self.map.velayat_clicked.connect(lambda code: self.filter_requested.emit("velayat", code))
        self.rows_box, self.columns_box = QComboBox(self), QComboBox(self)
        self.table_model = CrossTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.table_model)
        # Columns as wide as their names (a velayat, a recommendation), within reason; a
        # longer name is elided and shown whole in its tooltip.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMaximumSectionSize(240)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.clicked.connect(self._cell_clicked)
        self.status = QLabel(self)
        controls = QHBoxLayout()
        self._rows_label, self._columns_label = QLabel(self), QLabel(self)
        for widget in (self._rows_label, self.rows_box, self._columns_label, self.columns_box):
            controls.addWidget(widget)
        controls.addStretch(1)
        grid = QGridLayout()
        grid.addWidget(self.map, 0, 0, 1, 2)
        grid.addWidget(self.charts["velayat"], 0, 2)
        grid.addWidget(self.charts["month"], 1, 0)
        grid.addWidget(self.charts["right"], 1, 1)
        grid.addWidget(self.charts["act:0"], 1, 2)
        grid.addWidget(self.charts["sex"], 2, 0)
        table_box = QVBoxLayout()
        table_box.addLayout(controls)
        table_box.addWidget(self.table)
        grid.addLayout(table_box, 2, 1, 1, 2)
        # The map and the cross-table are what people read first: they get the most room.
        for row, stretch in ((0, 5), (1, 4), (2, 5)):
            grid.setRowStretch(row, stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(grid, 1)
        self.retranslate()
        self.rows_box.setCurrentIndex(CROSS_CHOICES.index("velayat"))
        self.columns_box.setCurrentIndex(CROSS_CHOICES.index("quarter"))
        self.rows_box.currentIndexChanged.connect(self.refresh)
        self.columns_box.currentIndexChanged.connect(self.refresh)

    @staticmethod
    def points_for(profile: Any) -> bool:
        """Records with coordinates are drawn as points for coordinators (issue 16 item 4);
        a field worker's map shows the velayats' counts only. Asked on the worker."""
        return bool(profile.sync.role == "coordinator")

    def labeller(self) -> Labeller:
        return Labeller(i18n.current_language(), _tr, self._organisations)

    def retranslate(self) -> None:
        labels = self.labeller()
        self._rows_label.setText(QCoreApplication.translate("Dashboard", "Rows:"))
        self._columns_label.setText(QCoreApplication.translate("Dashboard", "Columns:"))
        for box in (self.rows_box, self.columns_box):
            current = max(box.currentIndex(), 0)
            box.blockSignals(True)
            box.clear()
            box.addItems([labels.dimension(d) for d in CROSS_CHOICES])
            box.setCurrentIndex(current)
            box.blockSignals(False)

    def set_query(self, q: ObservationQuery) -> None:
        self._query = q
        self.refresh()

    def set_cross_dimensions(self, rows: str, columns: str) -> None:
        """Choose the cross-table's dimensions (unknown names are left as they are)."""
        for box, name in ((self.rows_box, rows), (self.columns_box, columns)):
            if name in CROSS_CHOICES:
                box.setCurrentIndex(CROSS_CHOICES.index(name))

    def cross_dimensions(self) -> tuple[str, str]:
        return (
            CROSS_CHOICES[self.rows_box.currentIndex()],
            CROSS_CHOICES[self.columns_box.currentIndex()],
        )

    def refresh(self) -> None:
        self._asked += 1
        asked = self._asked
        specs: list[tuple[str, str | None]] = [(name, None) for name in CHARTS]
        rows, columns = self.cross_dimensions()
        specs.append((rows, columns if columns != rows else None))
        profile = self._profile() if callable(self._profile) else self._profile
        if profile is None:
            return
        self.status.setText(QCoreApplication.translate("Dashboard", "Counting…"))
        self._run(
            compute,
            profile.listing,
            self._query,
            specs,
            self.policy,
            lambda: self.points_for(profile),
            on_done=lambda result: self._show(asked, specs, result),
            on_error=lambda exc: self._failed(asked),
        )

    def _failed(self, asked: int) -> None:
        if asked == self._asked:
            self.status.setText(
                QCoreApplication.translate("Dashboard", "The figures could not be counted.")
            )

    def _show(self, asked: int, specs: list[tuple[str, str | None]], result: Any) -> None:
        if asked != self._asked or result is None:
            return  # a later refresh was asked meanwhile: only the latest is shown
        labels = self.labeller()
        for name in CHARTS:
            table = result[(name, None)]
            bars = [
                (code, labels.category(name, code), int(table.cells[i, 0]))
                for i, code in enumerate(table.row_codes)
            ]
            self.charts[name].set_data(
                name,
                labels.dimension(name),
                bars,
                self.policy.min_count,
                published_bars(result["published"][name], labels),
            )
        velayats = result[("velayat", None)]
        self.map.set_points(result["points"])  # the coordinators' view only (never saved)
        self.map.set_counts(
            {c: int(velayats.cells[i, 0]) for i, c in enumerate(velayats.row_codes) if c},
            {c: labels.category("velayat", c) for c in self.map.codes()},
        )
        cross = result[specs[-1]]
        threshold = self.policy.etrap_min_count if "etrap" in specs[-1] else self.policy.min_count
        self.table_model.set_table(cross, labels, threshold)
        self.status.setText(
            QCoreApplication.translate(
                "Dashboard",
                "{n} records. Counts marked * are small: shown here, hidden in documents.",
            ).format(n=velayats.records)
        )
        self.refreshed.emit()

    def _cell_clicked(self, index: QModelIndex) -> None:
        row, column = self.table_model.code_at(index)
        rows, columns = self.cross_dimensions()
        if row:
            self.filter_requested.emit(rows, row)
        if column:
            self.filter_requested.emit(columns, column)
