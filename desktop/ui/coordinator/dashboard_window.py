"""The dashboard in a window of its own, tied to the list: it follows the list's filter,
and a click on a bar, a cell or a velayat sets the list's filter where the list has one
(velayat, etrap, right, act type, review state). Charts are saved from their context menu."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from desktop.core.reports import figures
from desktop.ui.coordinator.dashboard import BarChart, Dashboard
from desktop.ui.dialogs import Dialogs


def apply_to_list(list_view: Any, dimension: str, code: str) -> bool:
    """Set the list's filter for ``dimension`` = ``code``; False where the list has no
    such filter (the people's sex, the source…)."""
    filters = list_view.filters
    combos = {"velayat": filters.velayat, "etrap": filters.etrap, "status": filters.status}
    if dimension in combos:
        combo = combos[dimension]
        found = combo.findData(code)
        if found < 0:
            return False
        combo.setCurrentIndex(found)
        return True
    if dimension == "right":
        filters.set_codes("rights", [code])
        return True
    if dimension == "act" or dimension.startswith(figures.ACT_LEVEL_PREFIX):
        filters.set_codes("acts", [code])
        return True
    return False


class DashboardWindow(QWidget):
    def __init__(
        self,
        service: Any,
        list_view: Any,
        dialogs: Dialogs | None = None,
        organisations: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.dialogs = dialogs or Dialogs()
        self.list_view = list_view
        self.dashboard = Dashboard(service, organisations, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.dashboard)
        self.dashboard.filter_requested.connect(self._filter)
        list_view.filters.changed.connect(self.follow)
        for chart in self.dashboard.charts.values():
            chart.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            chart.customContextMenuRequested.connect(
                lambda point, c=chart: self._chart_menu(c, point)
            )
        self.setWindowTitle(QCoreApplication.translate("Dashboard", "Figures"))
        self.resize(1400, 900)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.follow()  # shown again after an unlock: the profile open now

    def follow(self) -> None:
        self.dashboard.set_query(self.list_view.current_query())

    def _filter(self, dimension: str, code: str) -> None:
        if not code or not apply_to_list(self.list_view, dimension, code):
            self.dashboard.status.setText(
                QCoreApplication.translate("Dashboard", "The list has no filter for this.")
            )

    def _chart_menu(self, chart: BarChart, point: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(
            QCoreApplication.translate("Dashboard", "Save chart as PNG or SVG…"),
            lambda: self.save_chart(chart),
        )
        menu.popup(chart.mapToGlobal(point))

    def save_chart(self, chart: BarChart) -> Path | None:
        chosen = self.dialogs.ask_save_file(
            self, QCoreApplication.translate("Dashboard", "Save chart"), f"{chart.dimension}.png"
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".png")
        chart.save(path)
        return path
