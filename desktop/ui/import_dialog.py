"""Import observations from a CSV or JSON file, as `fieldbook import` does, from the app.

The core's ``import_file`` runs in a worker (it validates every row, stores the valid ones in
batches); the dialog then lists, per rejected row, which field and why — the CLI's messages,
translated — so the user can fix the file and import it again. Rows that passed are stored
whatever the others did.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import CoreError, ImportFormatError
from desktop.core.import_export import ImportReport, import_file
from desktop.core.model import FieldError, Status
from desktop.core.profile import Profile
from desktop.ui import labels
from desktop.ui.dialogs import Dialogs, core_message
from desktop.ui.hub import hub
from desktop.ui.widgets import ErrorLabel, translate_buttons
from desktop.ui.workers import run_task

log = logging.getLogger(__name__)


def row_message(row: int, error: FieldError) -> str:
    """One rejected row's problem, as the CLI prints it, in the interface language."""
    return (
        QCoreApplication.translate("ImportDialog", "Row %1: %2: %3")
        .replace("%1", str(row))
        .replace("%2", error.field)
        .replace("%3", core_message(error.message))
    ) + (f" {error.detail}" if error.detail else "")  # the valid codes, untranslated


def _run_import(profile: Profile, path: Path, status: str) -> ImportReport:
    return import_file(profile.observations, path, status=status)


class ImportDialog(QDialog):
    def __init__(self, profile: Profile, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.profile = profile
        self.dialogs = dialogs
        self.report: ImportReport | None = None
        self.resize(640, 420)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.choose = QPushButton()
        self.choose.clicked.connect(self.ask_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose)
        self.status = QComboBox()
        for status in (Status.DRAFT, Status.QUEUED):
            self.status.addItem("", status.value)
        form = QFormLayout()
        self.file_label = QLabel()
        self.status_label = QLabel()
        self.status_label.setBuddy(self.status)
        form.addRow(self.file_label, file_row)
        form.addRow(self.status_label, self.status)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = ErrorLabel()
        self.details = QPlainTextEdit()
        self.details.setObjectName("import_messages")
        self.details.setReadOnly(True)
        self.details.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._update()

    def ask_file(self) -> None:
        path = self.dialogs.ask_import_file(self, self.tr("Choose a CSV or JSON file"))
        if path:
            self.path.setText(path)
            self.summary.clear()
            self.error.clear_error()
            self.details.hide()
        self._update()

    def running(self) -> bool:
        return self.progress.isVisible()

    def _update(self) -> None:
        self.import_button.setEnabled(bool(self.path.text()) and not self.running())
        self.choose.setEnabled(not self.running())

    def start(self) -> None:
        if not self.path.text() or self.running():
            return
        self.progress.show()
        self.error.clear_error()
        self.summary.setText(self.tr("Importing…"))
        self._update()
        run_task(
            _run_import,
            self.profile,
            Path(self.path.text()),
            str(self.status.currentData()),
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, report: ImportReport) -> None:
        self.report = report
        self.progress.hide()
        log.info("import: %d stored, %d rows refused", report.imported, report.failed_rows)
        self.summary.setText(
            self.tr("Imported: %1. Rows refused: %2.")
            .replace("%1", str(report.imported))
            .replace("%2", str(report.failed_rows))
        )
        lines = [row_message(row, error) for row, error in report.errors]
        self.details.setPlainText("\n".join(lines))
        self.details.setVisible(bool(lines))
        if report.imported:
            hub().data_changed.emit("")
        self._update()

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.summary.clear()
        if isinstance(exc, ImportFormatError) and exc.line:
            self.error.show_error(
                self.tr("Line %1: %2")
                .replace("%1", str(exc.line))
                .replace("%2", core_message(exc.message))
            )
        elif isinstance(exc, CoreError):
            self.error.show_error(core_message(exc.message))
        else:
            log.warning("import failed: %s", type(exc).__name__)
            self.error.show_error(self.tr("The file could not be read."))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import observations"))
        self.intro.setText(
            self.tr(
                "Import observations from a CSV or JSON file (the format is described in "
                "the user guide). Valid rows are stored; for each refused row you see why."
            )
        )
        self.file_label.setText(self.tr("File:"))
        self.choose.setText(self.tr("C&hoose…"))
        self.status_label.setText(self.tr("Import as:"))
        for i in range(self.status.count()):
            self.status.setItemText(i, labels.tr(labels.STATUS, self.status.itemData(i)))
        self.import_button.setText(self.tr("&Import"))
        translate_buttons(self.buttons)
        if self.report is not None:
            self._done(self.report)
