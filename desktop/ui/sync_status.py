"""The status bar's sync area: what the sync is doing, a progress bar for attachments, and a
"Sync now" button. It only listens to ``hub().sync_state_changed``."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from desktop.ui.hub import hub
from desktop.ui.sizes import format_size


class SyncStatus(QWidget):
    sync_requested = Signal()
    log_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: dict[str, Any] = {}
        self.label = QLabel(self)
        self.label.setObjectName("sync_state")
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.button = QToolButton(self)
        self.button.clicked.connect(self.sync_requested)
        self.log_button = QToolButton(self)
        self.log_button.clicked.connect(self.log_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.button)
        layout.addWidget(self.log_button)
        hub().sync_state_changed.connect(self.update_state)
        self.retranslate()

    def update_state(self, state: dict[str, Any]) -> None:
        self.state = dict(state)
        self.label.setText(self.describe(self.state))
        self.label.setToolTip(self._tooltip())
        total = int(self.state.get("bytes_total") or 0)
        uploading = self.state.get("phase") == "uploading" and total > 0
        self.bar.setVisible(uploading)
        if uploading:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * int(self.state.get("bytes_done") or 0) / total))
        self.button.setEnabled(bool(self.state.get("enrolled")) and not self.state.get("running"))

    def describe(self, s: dict[str, Any]) -> str:
        queued = int(s.get("queued") or 0)
        pending_bytes = int(s.get("bytes_waiting") or 0)
        waiting = (
            self.tr("%n waiting to send", "", queued)
            if queued
            else self.tr("nothing waiting to send")
            if not pending_bytes
            else ""
        )
        if pending_bytes:
            attachments = self.tr("attachments waiting to send: %1").replace(
                "%1", format_size(pending_bytes)
            )
            waiting = f"{waiting} · {attachments}" if waiting else attachments
        if not s.get("enrolled"):
            return self.tr("Not connected to a server") + " · " + waiting
        phase = s.get("phase")
        if s.get("running"):
            if phase == "sending":
                return (
                    self.tr("Sending %1 of %2")
                    .replace("%1", str(s.get("records_done", 0)))
                    .replace("%2", str(s.get("records_total", 0)))
                )
            if phase == "uploading":
                return (
                    self.tr("Sending attachments: %1 of %2")
                    .replace("%1", format_size(int(s.get("bytes_done") or 0)))
                    .replace("%2", format_size(int(s.get("bytes_total") or 0)))
                )
            if phase == "receiving":
                return self.tr("Receiving…")
            return self.tr("Connecting…")
        if s.get("error_code"):
            return self.tr("Offline") + " · " + waiting
        if queued or pending_bytes:
            return self.tr("Online") + " · " + waiting
        last = s.get("last_sync")
        if isinstance(last, float | int):
            return self.tr("Up to date · last sync %1").replace(
                "%1", time.strftime("%H:%M", time.localtime(last))
            )
        return self.tr("Up to date")

    def _tooltip(self) -> str:
        message = str(self.state.get("message") or "")
        return QCoreApplication.translate("core", message) if message else ""

    def retranslate(self) -> None:
        self.button.setText(self.tr("Sync now"))
        self.button.setToolTip(self.tr("Send and receive now (F9)"))
        self.log_button.setText(self.tr("Log"))
        self.log_button.setToolTip(self.tr("What sync did, without content"))
        self.button.setAccessibleName(self.tr("Sync now"))
        self.log_button.setAccessibleName(self.tr("Sync log"))
        self.update_state(self.state)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
