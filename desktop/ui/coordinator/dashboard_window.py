"""The dashboard in a window of its own, tied to the list: it follows the list's filter,
and a click on a bar, a cell or a velayat sets the list's filter where the list has one
(velayat, etrap, right, act type, review state). Charts are saved from their context menu.

From here the report is written (PDF or ODT, in the window's language; built on a worker
with progress and a Cancel button, rendered on the GUI thread, which draws the map with
its widget) and the selection exported (XLSX, CSV in a ZIP, GeoJSON; it asks first when
sensitive records would leave unencrypted)."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.reports import exports, figures
from desktop.core.reports.anonymise import Anonymisation
from desktop.core.reports.document import ReportCancelled, ReportOptions, build_report, outward
from desktop.ui import i18n, workers
from desktop.ui.coordinator.dashboard import BarChart, Dashboard
from desktop.ui.dialogs import Dialogs
from desktop.ui.ui_store import UiStore


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
    report_written = Signal(str)  # the path, or "" when it failed or was cancelled
    exported = Signal(int)  # records written, -1 on failure

    def __init__(
        self,
        profile: Any,
        list_view: Any,
        dialogs: Dialogs | None = None,
        organisations: dict[str, str] | None = None,
        parent: QWidget | None = None,
        recommendations: Any = None,
        ui_store: UiStore | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        #: where the window was left and the cross-table's dimensions (ui.ini)
        self.ui_store = ui_store
        #: () -> the profile's UN recommendations, for the report's annex
        self._recommendations = recommendations
        self.dialogs = dialogs or Dialogs()
        self.list_view = list_view
        #: the profile, or a callable giving the profile open now (None while locked)
        self._profile = profile
        self.dashboard = Dashboard(profile, organisations, self)
        self._cancel = threading.Event()
        self.report_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.cancel_button.hide()
        self.report_button.clicked.connect(self.write_report)
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self._cancel.set)
        actions = QHBoxLayout()
        for widget in (self.report_button, self.export_button, self.progress):
            actions.addWidget(widget)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.dashboard)
        self.dashboard.filter_requested.connect(self._filter)
        list_view.filters.changed.connect(self.follow)
        for chart in self.dashboard.charts.values():
            chart.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            chart.customContextMenuRequested.connect(
                lambda point, c=chart: self._chart_menu(c, point)
            )
        self.setWindowTitle(QCoreApplication.translate("Dashboard", "Figures"))
        self.report_button.setText(QCoreApplication.translate("Dashboard", "Write report…"))
        self.export_button.setText(QCoreApplication.translate("Dashboard", "Export…"))
        self.cancel_button.setText(QCoreApplication.translate("Dashboard", "Cancel"))
        self.resize(1400, 900)
        if ui_store is not None:
            ui_store.restore_geometry(self, "dashboard/geometry")
            self.dashboard.set_cross_dimensions(
                ui_store.value("dashboard/rows"), ui_store.value("dashboard/columns")
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ui_store is not None:
            self.ui_store.save_geometry(self, "dashboard/geometry")
            rows, columns = self.dashboard.cross_dimensions()
            self.ui_store.set_value("dashboard/rows", rows)
            self.ui_store.set_value("dashboard/columns", columns)
        super().closeEvent(event)

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

    # -- the report and exports ----------------------------------------------------------

    def _current_profile(self) -> Any:
        return self._profile() if callable(self._profile) else self._profile

    def _say(self, text: str) -> None:
        self.dashboard.status.setText(text)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.report_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)
        if busy:
            self.progress.setValue(0)
            self._cancel.clear()

    def report_options(self) -> ReportOptions:
        """The list's filter; without dates, this year up to today."""
        q = self.list_view.current_query()
        today = dt.date.today()
        return ReportOptions(
            q.date_from or f"{today.year}-01-01",
            q.date_to or today.isoformat(),
            lang=i18n.current_language(),
            query=q,
            recommendations=tuple(self._recommendations()) if self._recommendations else (),
        )

    def write_report(self) -> Path | None:
        profile = self._current_profile()
        chosen = self.dialogs.ask_save_file(
            self, QCoreApplication.translate("Dashboard", "Write report"), "report.pdf"
        )
        if profile is None or not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".pdf", ".odt"):
            path = path.with_suffix(".pdf")
        options = self.report_options()
        from desktop.ui.reports.render import translator_for

        tr = translator_for(options.lang)
        self._busy(True)

        def build(progress: Any) -> Any:
            return build_report(
                profile, options, tr, progress=progress, cancelled=self._cancel.is_set
            )

        workers.run_task(
            build,
            on_done=lambda doc: self._report_built(doc, path),
            on_error=self._report_failed,
            on_progress=lambda done, of: self.progress.setValue(int(100 * done / max(of, 1))),
        )
        return path

    def _report_built(self, doc: Any, path: Path) -> None:
        from desktop.ui.reports.render import write_odt, write_pdf

        try:
            (write_odt if path.suffix.lower() == ".odt" else write_pdf)(path, doc)
        except OSError:
            self._report_failed(OSError())
            return
        finally:
            self._busy(False)
        self._say(QCoreApplication.translate("Dashboard", "The report was written."))
        self.report_written.emit(str(path))

    def _report_failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, ReportCancelled):
            self._say(QCoreApplication.translate("Dashboard", "The report was cancelled."))
        else:
            self._say(QCoreApplication.translate("Dashboard", "The report could not be written."))
        self.report_written.emit("")

    def export(self) -> Path | None:
        """The list's selection, consenting to use by the institution, anonymised (names
        of people who asked), as XLSX, CSV in a ZIP or GeoJSON by the file's suffix."""
        profile = self._current_profile()
        chosen = self.dialogs.ask_save_file(
            self, QCoreApplication.translate("Dashboard", "Export"), "cases.xlsx"
        )
        if profile is None or not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".xlsx", ".zip", ".geojson"):
            path = path.with_suffix(".xlsx")
        selection = profile.listing.selection(self.list_view.current_query(), figures.kinds_for(()))
        if selection is None:
            return None
        chosen_records = outward(selection, "institution")[0]
        # Counted from the list's columns: the bodies are read on the worker.
        values = chosen_records.values
        sensitive = sum(
            values[int(code)] not in (None, "normal")
            for code in chosen_records.coded["confidentiality"]
        )
        if sensitive and not self.dialogs.confirm(
            self,
            QCoreApplication.translate("Dashboard", "Export"),
            QCoreApplication.translate(
                "Dashboard",
                "{n} sensitive records will be written to a file that is not encrypted."
                " Export them?",
            ).format(n=sensitive),
        ):
            return None
        lang = i18n.current_language()

        def write() -> int:
            records = list(profile.observations.get_many(chosen_records.pks))
            how = Anonymisation()
            suffix = path.suffix.lower()
            if suffix == ".geojson":
                exports.write_geojson(path, records, how)
            elif suffix == ".zip":
                exports.write_csv_zip(path, exports.tables(records, how, lang))
            else:
                exports.write_xlsx(path, exports.tables(records, how, lang))
            return len(records)

        self._busy(True)
        self.cancel_button.hide()
        workers.run_task(write, on_done=self._exported, on_error=self._export_failed)
        return path

    def _exported(self, count: int) -> None:
        self._busy(False)
        self._say(QCoreApplication.translate("Dashboard", "{n} records exported.").format(n=count))
        self.exported.emit(count)

    def _export_failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._say(QCoreApplication.translate("Dashboard", "The export could not be written."))
        self.exported.emit(-1)
