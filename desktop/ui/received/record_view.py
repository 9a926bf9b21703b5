"""A received record, read-only: everything recorded (people who asked to stay anonymous
marked with an icon and words), its attachments (fetched on demand), its revisions and what
changed, a conflict if there is one — and the review panel beside it.

One window serves the whole desk: opening another record, or moving to the next or previous
unreviewed one (Ctrl+] / Ctrl+[), shows it here. Opening marks the record read. Nothing in
this window can change what the author recorded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.ui import icons
from desktop.ui.dialogs import Dialogs, core_message
from desktop.ui.hub import hub
from desktop.ui.observation_view import render_html
from desktop.ui.received.loading import RecordData, read_record
from desktop.ui.received.review_panel import ReviewPanel
from desktop.ui.received.revisions import RevisionsPanel
from desktop.ui.received.table_model import local_time
from desktop.ui.received.texts import anonymous_markup, review_state
from desktop.ui.received_attachments import ReceivedAttachmentsWidget
from desktop.ui.widgets import heading
from desktop.ui.workers import run_task

if TYPE_CHECKING:
    from desktop.core.profile import Profile


class ReceivedRecordView(QMainWindow):
    #: the record shown, once read (tests): record id
    shown = Signal(str)
    #: asks the list for the next (True) or previous (False) unreviewed record after this one
    navigate = Signal(str, bool)

    def __init__(self, profile: Profile, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("received_record_view")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.profile = profile
        self.dialogs = dialogs
        self.record_id: str | None = None
        self.data: RecordData | None = None
        self._generation = 0
        self._mark_read = True
        self.resize(1280, 720)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(10, 6, 10, 6)
        self.title = heading("", 1.3)
        self.title.setObjectName("received_title")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.title)
        self.meta = QLabel()
        self.meta.setObjectName("received_meta")
        self.meta.setWordWrap(True)
        outer.addWidget(self.meta)
        self.notice = QLabel()
        self.notice.setObjectName("received_notice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        outer.addWidget(self.notice)
        self.conflict_bar = QFrame()
        self.conflict_bar.setObjectName("conflict_bar")
        self.conflict_bar.setFrameShape(QFrame.Shape.StyledPanel)
        bar = QHBoxLayout(self.conflict_bar)
        bar.setContentsMargins(6, 4, 6, 4)
        self.conflict_icon = QLabel()
        self.conflict_icon.setPixmap(icons.icon("conflict").pixmap(QSize(20, 20)))
        self.conflict_text = QLabel()
        self.conflict_text.setWordWrap(True)
        self.conflict_button = QPushButton()
        self.conflict_button.setObjectName("show_conflict")
        self.conflict_button.clicked.connect(self.show_conflict)
        bar.addWidget(self.conflict_icon)
        bar.addWidget(self.conflict_text, 1)
        bar.addWidget(self.conflict_button)
        self.conflict_bar.setVisible(False)
        outer.addWidget(self.conflict_bar)

        splitter = QSplitter()
        self.tabs = QTabWidget()
        record_page = QWidget()
        record_layout = QVBoxLayout(record_page)
        record_layout.setContentsMargins(0, 0, 0, 0)
        self.body = QTextBrowser()
        self.body.setObjectName("received_body")
        self.body.setOpenLinks(False)
        record_layout.addWidget(self.body, 1)
        self.tabs.addTab(record_page, "")
        # fetched on demand, previewed from memory, saved decrypted only when asked (blobs')
        # (in a scroll area: a large preview must not make the window taller than 768 px)
        attachments_page = QScrollArea()
        attachments_page.setWidgetResizable(True)
        attachments_page.setFrameShape(QFrame.Shape.NoFrame)
        self.attachments = ReceivedAttachmentsWidget(profile, "", dialogs)
        attachments_page.setWidget(self.attachments)
        self.tabs.addTab(attachments_page, icons.icon("attach"), "")
        self.revisions = RevisionsPanel()
        self.tabs.addTab(self.revisions, "")
        splitter.addWidget(self.tabs)
        self.review = ReviewPanel()
        self.review.setMinimumWidth(340)
        self.review.reviewed.connect(self._reviewed)
        splitter.addWidget(self.review)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([820, 420])
        outer.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("received_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)
        self.previous_action = QAction(self)
        self.previous_action.setShortcut(QKeySequence("Ctrl+["))
        self.previous_action.triggered.connect(lambda: self._navigate(False))
        self.next_action = QAction(self)
        self.next_action.setShortcut(QKeySequence("Ctrl+]"))
        self.next_action.triggered.connect(lambda: self._navigate(True))
        self.close_action = QAction(self)
        self.close_action.setShortcut(QKeySequence("Ctrl+W"))
        self.close_action.triggered.connect(self.close)
        for action in (self.previous_action, self.next_action, self.close_action):
            action.setShortcutVisibleInContextMenu(True)
            self.addAction(action)
        # the keys, where a keyboard user looks for them
        self.review_menu = self.menuBar().addMenu("")
        self.send_action = QAction(self)
        self.send_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.send_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # panel's own
        self.send_action.triggered.connect(self.review.send)
        self.review_menu.addActions([self.previous_action, self.next_action, self.send_action])
        self.review_menu.addSeparator()
        self.review_menu.addAction(self.close_action)
        self.toolbar.addAction(self.previous_action)
        self.toolbar.addAction(self.next_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.close_action)
        self.nav_message = QLabel()
        self.statusBar().addWidget(self.nav_message, 1)
        self.retranslate()

    # -- showing ---------------------------------------------------------------------

    def show_record(self, record_id: str, mark_read: bool = True) -> None:
        """Read the record in a worker, show it, then mark it read (another worker).
        ``mark_read`` False: shown again because it changed (a sync) — it stays unread in
        the list until the coordinator opens it."""
        self.record_id = record_id
        self._mark_read = mark_read
        self._generation += 1
        generation = self._generation
        self.nav_message.clear()
        run_task(
            read_record,
            self.profile,
            record_id,
            on_done=lambda data: self._read(generation, record_id, data),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _read(self, generation: int, record_id: str, data: RecordData) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self.data = data
        self._render()
        self.review.show_for(self.profile, record_id, data.names)
        self.revisions.show_history(self.profile, record_id, data.history)
        self.attachments.set_record(record_id)
        if data.unread and self._mark_read:
            run_task(
                self.profile.received.mark_read,
                record_id,
                on_done=lambda _r: hub().data_changed.emit(record_id),
                on_error=lambda _exc: None,
            )
        self.shown.emit(record_id)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if not isValid(self) or generation != self._generation:
            return
        message = getattr(exc, "message", None)
        self.body.setPlainText(
            core_message(message) if message else self.tr("This record could not be read.")
        )

    def _render(self) -> None:
        data = self.data
        if data is None:
            return
        obs = data.observation
        self.setWindowTitle(self.tr("Received observation"))  # never the record's title
        self.title.setText(obs.title or self.tr("(no title)"))
        parts = [
            t
            for t in (
                data.org,
                data.author,
                self.tr("received %1").replace("%1", local_time(data.received_at))
                if data.received_at
                else "",
                self.tr("revision %1").replace("%1", str(obs.rev)),
                self.tr("Review state: %1").replace("%1", review_state(obs.status)),
            )
            if t
        ]
        self.meta.setText(" · ".join(parts))
        self.notice.setVisible(data.unread)
        self.notice.setText(
            "● " + self.tr("New or changed since you last opened it.") if data.unread else ""
        )
        self.conflict_bar.setVisible(data.conflict)
        mark = anonymous_markup(self.body.document())
        self.body.setHtml(
            render_html(obs, anonymous_mark=mark, status_text=review_state(obs.status))
        )
        self.tabs.setTabText(
            1,
            self.tr("Attachments (%n)", "", len(obs.attachments))
            if obs.attachments
            else self.tr("No attachments"),
        )
        self.tabs.setTabEnabled(1, bool(obs.attachments))

    # -- conflict ----------------------------------------------------------------------

    def show_conflict(self) -> QWidget | None:
        data = self.data
        if data is None or not data.conflicts:
            return None
        from desktop.ui.received.conflict_dialog import ConflictDialog

        dialog = ConflictDialog(data.conflicts, data.rule, self)
        dialog.open()
        return dialog

    # -- reviewing and moving on -------------------------------------------------------

    def _reviewed(self, record_id: str, _status: str) -> None:
        if record_id == self.record_id:
            self.show_record(record_id, self._mark_read)  # the review state in the header

    def _navigate(self, forward: bool) -> None:
        if self.record_id is not None:
            self.nav_message.setText(self.tr("Looking…"))
            self.navigate.emit(self.record_id, forward)

    def nothing_more(self, forward: bool) -> None:
        """The list found no unreviewed record that way."""
        self.nav_message.setText(
            self.tr("No unreviewed record after this one in the list.")
            if forward
            else self.tr("No unreviewed record before this one in the list.")
        )

    # -- Qt ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Received observation"))
        self.tabs.setTabText(0, self.tr("Record"))
        self.tabs.setTabText(2, self.tr("Revisions and changes"))
        self.previous_action.setText(self.tr("Previous unreviewed"))
        self.previous_action.setToolTip(
            self.tr("Show the previous record nobody has reviewed yet (Ctrl+[)")
        )
        self.next_action.setText(self.tr("Next unreviewed"))
        self.next_action.setToolTip(
            self.tr("Show the next record nobody has reviewed yet (Ctrl+])")
        )
        self.close_action.setText(self.tr("Close"))
        self.review_menu.setTitle(self.tr("&Review"))
        self.send_action.setText(self.tr("Send review"))
        self.toolbar.setWindowTitle(self.tr("Received observation"))
        self.conflict_text.setText(
            self.tr(
                "Conflict: the author's device sent two different revisions made from the "
                "same earlier one."
            )
        )
        self.conflict_button.setText(self.tr("See both side by side…"))
        self.body.setAccessibleName(self.tr("The record, read-only"))
        self._render()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._generation += 1  # whatever is still being read is dropped
        super().closeEvent(event)
