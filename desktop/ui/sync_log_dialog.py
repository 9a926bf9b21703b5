"""What the sync did, in plain words and without content."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.profile import Profile
from desktop.ui.widgets import translate_buttons


def _local_time(iso: str) -> str:
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class SyncLogDialog(QDialog):
    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync log"))
        self.resize(720, 420)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("sync_log")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Level"), self.tr("What happened")]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        levels = {"info": self.tr("info"), "warning": self.tr("warning"), "error": self.tr("error")}
        for at, level, _code, message in profile.sync.recent_log():
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(_local_time(at)))
            self.table.setItem(row, 1, QTableWidgetItem(levels.get(level, level)))
            self.table.setItem(
                row, 2, QTableWidgetItem(QCoreApplication.translate("core", message))
            )
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        translate_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
