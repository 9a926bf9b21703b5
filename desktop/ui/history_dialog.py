"""Revision history of one observation: the list of stored revisions, and any of them shown
read-only."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.observations import RevisionInfo
from desktop.ui import labels
from desktop.ui.observation_view import render_html
from desktop.ui.session import Session
from desktop.ui.widgets import translate_buttons

REV_ROLE = Qt.ItemDataRole.UserRole + 1


def local_time(iso: str) -> str:
    stamp = QDateTime.fromString(iso.replace("Z", "+00:00"), Qt.DateFormat.ISODateWithMs)
    if not stamp.isValid():
        return iso
    return QLocale().toString(stamp.toLocalTime(), QLocale.FormatType.ShortFormat)


class HistoryDialog(QDialog):
    def __init__(
        self, session: Session, observation_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.observation_id = observation_id
        self.setObjectName("history_dialog")
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        splitter = QSplitter()
        self.revisions = QListWidget()
        self.revisions.setMinimumWidth(240)
        self.revisions.setSpacing(3)
        self.view = QTextBrowser()
        splitter.addWidget(self.revisions)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.revisions.currentItemChanged.connect(self._show)
        self.history: list[RevisionInfo] = []
        self.retranslate()
        self.load()

    def load(self) -> None:
        profile = self.session.require()
        self.history = profile.observations.history(self.observation_id)
        self.revisions.clear()
        for info in reversed(self.history):
            text = (
                self.tr("Revision %1").replace("%1", str(info.rev))
                + "\n"
                + local_time(info.saved_at)
                + " · "
                + labels.tr(labels.STATUS, info.status)
            )
            item = QListWidgetItem(text)
            item.setData(REV_ROLE, info.rev)
            self.revisions.addItem(item)
        if self.revisions.count():
            self.revisions.setCurrentRow(0)

    def show_revision(self, rev: int) -> None:
        for i in range(self.revisions.count()):
            if self.revisions.item(i).data(REV_ROLE) == rev:
                self.revisions.setCurrentRow(i)
                return

    def _show(self, item: QListWidgetItem | None, _prev: object = None) -> None:
        if item is None:
            self.view.clear()
            return
        profile = self.session.profile
        if profile is None:
            return
        obs = profile.observations.revision(self.observation_id, int(item.data(REV_ROLE)))
        self.view.setHtml(render_html(obs))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Revision history"))
        self.intro.setText(
            self.tr(
                "Every save is kept as a revision that cannot be changed. Choose one to "
                "see it as it was."
            )
        )
        self.revisions.setAccessibleName(self.tr("Revisions"))
        self.view.setAccessibleName(self.tr("The chosen revision"))
        translate_buttons(self.buttons)
