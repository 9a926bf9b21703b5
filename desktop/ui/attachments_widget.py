"""Attachments of one observation: add by button or drag-and-drop, thumbnails, view images in
memory, save a decrypted copy only where the user chooses, remove.

Encryption runs in a worker (files can be large). A record that was never saved cannot hold
attachments yet (the store attaches to stored records), so files added to a new observation
wait in this widget — as paths, nothing read — and are encrypted right after the first save.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import AttachmentRef
from desktop.ui import icons
from desktop.ui.dialogs import Dialogs, core_message
from desktop.ui.hub import hub
from desktop.ui.sizes import format_size
from desktop.ui.widgets import translate_buttons
from desktop.ui.workers import run_task

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PENDING_ROLE = Qt.ItemDataRole.UserRole + 2
MEDIA_ROLE = Qt.ItemDataRole.UserRole + 3
NAME_ROLE = Qt.ItemDataRole.UserRole + 4


class ImageViewer(QDialog):
    """Shows decrypted image bytes from memory; nothing is written anywhere."""

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # not the file's name (often a person's): window titles leave the window
        self.setWindowTitle(self.tr("Attachment") + " — Fieldbook")
        self.setAccessibleName(title)
        self.resize(900, 700)
        layout = QVBoxLayout(self)
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setPixmap(pixmap)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        layout.addWidget(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        translate_buttons(buttons)
        layout.addWidget(buttons)


class AttachmentsWidget(QWidget):
    changed = Signal()  # the stored list changed (a new revision exists)
    busy_changed = Signal(bool)

    def __init__(
        self,
        service: Callable[[], Any],
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ) -> None:
        """``service()`` returns the profile's AttachmentService (or raises when locked)."""
        super().__init__(parent)
        self._service = service
        self.dialogs = dialogs
        self.observation_id = ""
        self.stored = False
        self.read_only = False
        self._queue: list[str] = []
        self._busy = False
        self.setAcceptDrops(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(96, 96))
        self.list.setGridSize(QSize(150, 150))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(170)
        self.list.setAcceptDrops(False)
        self.list.itemActivated.connect(lambda _i: self.view_selected())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.list)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(icons.icon("attach"), "")
        self.add_button.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.view_button = QPushButton()
        self.save_button = QPushButton(icons.icon("export"), "")
        self.remove_button = QPushButton(icons.icon("remove"), "")
        for button in (self.add_button, self.view_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.ask_add)
        self.view_button.clicked.connect(self.view_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.retranslate()
        self._update_buttons()

    # -- state -----------------------------------------------------------------------

    def set_observation(self, observation_id: str, stored: bool, read_only: bool) -> None:
        self.observation_id = observation_id
        self.stored = stored
        self.read_only = read_only
        self.reload()

    def pending(self) -> list[str]:
        return [
            str(self.list.item(i).data(PENDING_ROLE))
            for i in range(self.list.count())
            if self.list.item(i).data(PENDING_ROLE)
        ]

    def attachment_ids(self) -> list[str]:
        return [
            str(self.list.item(i).data(ID_ROLE))
            for i in range(self.list.count())
            if self.list.item(i).data(ID_ROLE)
        ]

    def is_busy(self) -> bool:
        return self._busy

    def reload(self) -> None:
        pending = self.pending()
        self.list.clear()
        if self.stored:
            try:
                service = self._service()
                refs = service.list(self.observation_id)
            except Exception as exc:  # locked or gone: show nothing
                log.info("attachments not listed: %s", type(exc).__name__)
                refs = []
            for ref in refs:
                self._add_item(ref, service.thumbnail(ref.id) if ref.has_thumbnail else None)
        for path in pending:
            self._add_pending_item(path)
        self._update_buttons()

    def _add_item(self, ref: AttachmentRef, thumbnail: bytes | None) -> None:
        icon = icons.icon("file")
        if thumbnail:
            pixmap = QPixmap()
            if pixmap.loadFromData(thumbnail):
                icon = QIcon(pixmap)
        size = format_size(ref.size)
        item = QListWidgetItem(icon, f"{ref.filename}\n{size}")
        item.setData(ID_ROLE, ref.id)
        item.setData(MEDIA_ROLE, ref.media_type)
        item.setData(NAME_ROLE, ref.filename)
        item.setToolTip(f"{ref.filename} · {ref.media_type} · {size}")
        self.list.addItem(item)

    def _add_pending_item(self, path: str) -> None:
        name = Path(path).name
        waiting = self.tr("(added when saved)")
        item = QListWidgetItem(icons.icon("file"), f"{name}\n{waiting}")
        item.setData(PENDING_ROLE, path)
        item.setData(NAME_ROLE, name)
        self.list.addItem(item)

    # -- adding ----------------------------------------------------------------------

    def ask_add(self) -> None:
        if self.read_only:
            return
        files = self.dialogs.ask_open_files(self, self.tr("Attach files"))
        if files:
            self.add_files(files)

    def add_files(self, paths: list[str]) -> None:
        files = [p for p in paths if Path(p).is_file()]
        if not files or self.read_only:
            return
        if not self.stored:
            for path in files:
                if path not in self.pending():
                    self._add_pending_item(path)
            self.changed.emit()
            self._update_buttons()
            return
        self._queue.extend(files)
        self._next()

    def flush_pending(self) -> None:
        """After the first save: encrypt the files that were waiting."""
        self.stored = True
        files = self.pending()
        for i in reversed(range(self.list.count())):
            if self.list.item(i).data(PENDING_ROLE):
                self.list.takeItem(i)
        if files:
            self._queue.extend(files)
            self._next()

    def _next(self) -> None:
        if self._busy or not self._queue:
            return
        try:
            service = self._service()
        except Exception:
            return  # locked: the queue waits for the unlock
        path = self._queue.pop(0)
        self._set_busy(True)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setFormat(Path(path).name + " %p%")
        run_task(
            service.add,
            self.observation_id,
            path,
            on_done=self._added,
            on_error=self._failed,
            on_progress=self._progress,
        )

    def resume(self) -> None:
        self._next()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(done * 100 / total) if total else 100)

    def _added(self, ref: AttachmentRef) -> None:
        log.info("attachment added")
        self._set_busy(False)
        self.reload()
        hub().data_changed.emit(self.observation_id)
        self.changed.emit()
        self._next()

    def _failed(self, exc: BaseException) -> None:
        from desktop.core.errors import CoreError

        self._set_busy(False)
        if isinstance(exc, CoreError):
            log.warning("attachment failed: %s", exc.code)
            self.dialogs.warn(self, self.tr("Attachment"), core_message(exc.message))
        else:
            log.error("attachment failed: %s", type(exc).__name__)
            self.dialogs.warn(
                self, self.tr("Attachment"), self.tr("The file could not be attached.")
            )
        self._next()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self._update_buttons()
        self.busy_changed.emit(busy)

    # -- drag and drop ---------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if not self.read_only and mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.add_files(files)

    # -- the selected attachment -----------------------------------------------------

    def _selected(self) -> QListWidgetItem | None:
        item = self.list.currentItem()
        return item if item is not None and item.data(ID_ROLE) else None

    def view_selected(self) -> None:
        item = self._selected()
        if item is None:
            return
        media = str(item.data(MEDIA_ROLE) or "")
        if not media.startswith("image/"):
            self.dialogs.info(
                self,
                self.tr("Attachment"),
                self.tr(
                    "Fieldbook shows images itself. To open this file in another program, "
                    "save a copy to a place you choose — the copy is not encrypted."
                ),
            )
            return
        service = self._service()
        name = str(item.data(NAME_ROLE))
        run_task(
            service.read,
            str(item.data(ID_ROLE)),
            on_done=lambda data: ImageViewer(data, name, self).exec(),
            on_error=self._failed,
        )

    def save_selected(self) -> None:
        item = self._selected()
        if item is None:
            return
        dest = self.dialogs.ask_save_file(
            self, self.tr("Save a decrypted copy"), str(item.data(NAME_ROLE))
        )
        if not dest:
            return
        service = self._service()
        self._set_busy(True)
        self.progress.setRange(0, 0)
        run_task(
            service.export,
            str(item.data(ID_ROLE)),
            dest,
            on_done=self._exported,
            on_error=self._failed,
        )

    def _exported(self, _path: object) -> None:
        log.info("attachment exported")
        self._set_busy(False)

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or self.read_only:
            return
        if item.data(PENDING_ROLE):
            self.list.takeItem(self.list.row(item))
            self._update_buttons()
            return
        name = str(item.data(NAME_ROLE))
        if not self.dialogs.confirm(
            self,
            self.tr("Remove attachment"),
            self.tr("Remove “%1” from this observation?").replace("%1", name),
        ):
            return
        try:
            self._service().remove(str(item.data(ID_ROLE)))
        except Exception as exc:
            self._failed(exc)
            return
        self.reload()
        hub().data_changed.emit(self.observation_id)
        self.changed.emit()

    def _update_buttons(self) -> None:
        has_selection = self._selected() is not None
        self.add_button.setEnabled(not self.read_only)
        self.view_button.setEnabled(has_selection)
        self.save_button.setEnabled(has_selection and not self._busy)
        self.remove_button.setEnabled(
            self.list.currentItem() is not None and not self.read_only and not self._busy
        )

    # -- text ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Photos, scans and recordings are encrypted as soon as they are added. "
                "Drag files here or use Add files."
            )
        )
        self.add_button.setText(self.tr("Add &files…"))
        self.add_button.setToolTip(self.tr("Attach files (Ctrl+Shift+A)"))
        self.view_button.setText(self.tr("V&iew"))
        self.save_button.setText(self.tr("Save a &copy…"))
        self.remove_button.setText(self.tr("Remove"))
        self.list.setAccessibleName(self.tr("Attachments"))
