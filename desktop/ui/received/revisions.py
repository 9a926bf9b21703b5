"""A received record's revisions, newest first, and what changed in the chosen one against
the one before it: a table of field, before and after (``profile.received.changes``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.ui.received.change_text import change_rows
from desktop.ui.received.table_model import local_time
from desktop.ui.workers import run_task

if TYPE_CHECKING:
    from desktop.core.profile import Profile

REV_ROLE = Qt.ItemDataRole.UserRole + 1
#: the longest text a diff cell shows (the tooltip has it all)
CELL_CHARS = 400


def field_of(item: Any, name: str, default: Any = None) -> Any:
    """A field of a core result, whether a dataclass or a dict."""
    if isinstance(item, dict):
        return item.get(name, default)
    return getattr(item, name, default)


def _changes(
    profile: Profile, record_id: str, before: int, after: int
) -> list[tuple[str, str, str]]:
    """(field, before, after) rows, made in the worker (labels are translated by
    QCoreApplication.translate, which is thread-safe)."""
    return change_rows(profile.received.changes(record_id, before, after))


class RevisionsPanel(QWidget):
    #: the changes of the chosen revision are in the table (tests)
    changes_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revisions_panel")
        self.profile: Profile | None = None
        self.record_id: str | None = None
        self.history: list[Any] = []
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        splitter = QSplitter()
        self.revisions = QListWidget()
        self.revisions.setObjectName("revision_list")
        self.revisions.setMinimumWidth(200)
        self.revisions.setSpacing(2)
        self.changes = QTableWidget(0, 3)
        self.changes.setObjectName("revision_changes")
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.setWordWrap(True)
        self.changes.verticalHeader().setVisible(False)
        header = self.changes.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        splitter.addWidget(self.revisions)
        splitter.addWidget(self.changes)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 700])
        layout.addWidget(splitter, 1)
        self.revisions.currentItemChanged.connect(self._chosen)
        self.retranslate()

    def show_history(self, profile: Profile, record_id: str, history: list[Any]) -> None:
        """``history``: ``profile.received.history(record_id)``, oldest first."""
        self.profile, self.record_id = profile, record_id
        self.history = list(history)
        blocked = self.revisions.blockSignals(True)
        self.revisions.clear()
        for info in reversed(self.history):
            rev = field_of(info, "rev")
            when = local_time(field_of(info, "received_at") or field_of(info, "saved_at"))
            text = self.tr("Revision %1").replace("%1", str(rev)) + ("\n" + when if when else "")
            if field_of(info, "reply_note"):
                text += "\n" + self.tr("with a reply")
            item = QListWidgetItem(text)
            item.setData(REV_ROLE, rev)
            self.revisions.addItem(item)
        self.revisions.blockSignals(blocked)
        if self.revisions.count():
            self.revisions.setCurrentRow(0)
        else:
            self._fill([])

    def _chosen(self, item: QListWidgetItem | None, _prev: object = None) -> None:
        profile, record_id = self.profile, self.record_id
        if item is None or profile is None or record_id is None:
            self._fill([])
            return
        rev = int(item.data(REV_ROLE))
        revs = [int(field_of(i, "rev")) for i in self.history]
        earlier = [r for r in revs if r < rev]
        self._generation += 1
        generation = self._generation
        if not earlier:
            self._fill([], first=True)
            return
        run_task(
            _changes,
            profile,
            record_id,
            max(earlier),
            rev,
            on_done=lambda changes: self._read(generation, changes),
            on_error=lambda _exc: None,  # locked meanwhile
        )

    def _read(self, generation: int, rows: list[tuple[str, str, str]]) -> None:
        if isValid(self) and generation == self._generation:
            self._fill(rows)

    def _fill(self, changes: list[tuple[str, str, str]], first: bool = False) -> None:
        self.changes.setRowCount(0)
        if not changes:
            self.changes.setRowCount(1)
            text = (
                self.tr("The first revision received: nothing to compare with.")
                if first
                else self.tr("No recorded field changed in this revision.")
            )
            item = QTableWidgetItem(text)
            self.changes.setItem(0, 0, item)
            self.changes.setSpan(0, 0, 1, 3)
        else:
            self.changes.clearSpans()
            self.changes.setRowCount(len(changes))
            for r, cells in enumerate(changes):
                for c, text in enumerate(cells):
                    shown = text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"
                    item = QTableWidgetItem(shown)
                    item.setToolTip(text)
                    self.changes.setItem(r, c, item)
            self.changes.resizeRowsToContents()
        self.changes_shown.emit()

    def change_rows(self) -> list[tuple[str, str, str]]:
        """What the table shows (tests and screenshots)."""
        rows = []
        for r in range(self.changes.rowCount()):
            cells = [self.changes.item(r, c) for c in range(3)]
            rows.append(tuple(c.text() if c is not None else "" for c in cells))
        return rows  # type: ignore[return-value]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Every revision the author sent is kept. Choose one to see what changed "
                "since the revision before it."
            )
        )
        self.changes.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        self.revisions.setAccessibleName(self.tr("Revisions"))
        self.changes.setAccessibleName(self.tr("What changed"))
