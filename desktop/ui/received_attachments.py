"""The attachments of a record read on this device, fetched when asked (issue 15 item 2).

A reusable widget for the read-only view of a received record (it works for an own record
too: its blobs are already here)::

    widget = ReceivedAttachmentsWidget(session, record_id, dialogs)   # or a Profile
    widget.set_record(other_record_id)                                # reuse for the next one

``session`` is a :class:`desktop.ui.session.Session`, a :class:`Profile`, or a callable
returning the profile open now (None while locked). ``dialogs`` defaults to the real
:class:`Dialogs`; tests pass one that answers.

What it does: lists each attachment with its name, type and size, and whether it is on this
laptop yet. *Preview* (images; also a double-click) fetches the blob in a worker
(``profile.received_files.fetch``: resumable, checked against its hash before it is
decrypted, decrypted in memory), with progress and a *Stop* button, and shows the picture
from memory through :class:`QImage` — no file is written. Other files show name and size
only; *Save a decrypted copy…* first says what that means (the copy on the disk is not
encrypted, readable by anyone with the laptop) and asks, then asks where. Errors are shown
in the widget in the user's language. Locking the profile stops any download and clears the
preview. Signals: ``busy_changed(bool)``, ``previewed(attachment id)``.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import icons
from desktop.ui.dialogs import Dialogs, core_message
from desktop.ui.hub import hub
from desktop.ui.sizes import format_size
from desktop.ui.workers import run_task

if TYPE_CHECKING:
    from desktop.core.profile import Profile
    from desktop.core.received_files import ReceivedAttachment

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PREVIEW_PX = 640


class ReceivedAttachmentsWidget(QWidget):
    busy_changed = Signal(bool)
    previewed = Signal(str)

    def __init__(
        self,
        session: Any,
        record_id: str = "",
        dialogs: Dialogs | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = session
        self.dialogs = dialogs or Dialogs()
        self.record_id = ""
        self._items: dict[str, ReceivedAttachment] = {}
        self._busy = False
        self._stop = threading.Event()
        self._generation = 0  # answers for a record shown before are dropped

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.list = QListWidget()
        self.list.setMinimumHeight(80)
        self.list.setMaximumHeight(160)  # the preview below needs the room
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.itemActivated.connect(lambda _item: self.preview_selected())
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self._stop.set)
        row.addWidget(self.progress, 1)
        row.addWidget(self.stop_button)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton()
        self.save_button = QPushButton(icons.icon("export"), "")
        self.preview_button.clicked.connect(self.preview_selected)
        self.save_button.clicked.connect(self.save_selected)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.preview)
        self._show_progress(False)
        hub().locked.connect(self._locked)
        self.retranslate()
        if record_id:
            self.set_record(record_id)
        else:
            self._update_buttons()

    # -- the profile -----------------------------------------------------------------------
    def _profile(self) -> Profile | None:
        source = self._source
        if hasattr(source, "is_unlocked"):  # a Session
            profile: Profile | None = source.profile
            return profile
        if callable(source):
            result: Profile | None = source()
            return result
        return source if getattr(source, "is_open", False) else None

    # -- the list --------------------------------------------------------------------------
    def set_record(self, record_id: str) -> None:
        """Show ``record_id``'s attachments (read in a worker); an unfinished download of
        the previous record stops and resumes when it is opened again."""
        self._stop.set()
        self._generation += 1
        self.record_id = record_id
        self._items = {}
        self.list.clear()
        self.clear_preview()
        self.status.clear()
        self._update_buttons()
        profile = self._profile()
        if profile is None or not record_id:
            return
        generation = self._generation
        run_task(
            profile.received_files.attachments_of,
            record_id,
            on_done=lambda items: self._listed(generation, items),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def reload(self) -> None:
        self.set_record(self.record_id)

    def _listed(self, generation: int, items: list[ReceivedAttachment]) -> None:
        if generation != self._generation:
            return
        self.list.clear()
        self._items = {item.id: item for item in items}
        for item in items:
            row = QListWidgetItem(icons.icon("file"), self._label(item))
            row.setData(ID_ROLE, item.id)
            row.setToolTip(f"{item.filename} · {item.media_type} · {format_size(item.size)}")
            self.list.addItem(row)
        if items:
            self.list.setCurrentRow(0)
        else:
            self.status.setText(self.tr("This record has no attachments."))
        self._update_buttons()

    def _label(self, item: ReceivedAttachment) -> str:
        where = (
            self.tr("on this laptop (encrypted)")
            if item.fetched
            else self.tr("on the server — fetched when opened")
        )
        return f"{item.filename} · {format_size(item.size)} · {where}"

    def _refresh_item(self, attachment_id: str) -> None:
        """After a fetch: the blob is on this laptop now."""
        item = self._items.get(attachment_id)
        if item is None:
            return
        item = replace(item, fetched=True)
        self._items[attachment_id] = item
        for i in range(self.list.count()):
            row = self.list.item(i)
            if row.data(ID_ROLE) == attachment_id:
                row.setText(self._label(item))

    def selected(self) -> ReceivedAttachment | None:
        row = self.list.currentItem()
        return None if row is None else self._items.get(str(row.data(ID_ROLE)))

    def attachment_ids(self) -> list[str]:
        return list(self._items)

    def is_busy(self) -> bool:
        return self._busy

    # -- preview ---------------------------------------------------------------------------
    def preview_selected(self) -> None:
        item = self.selected()
        profile = self._profile()
        if item is None or profile is None or self._busy:
            return
        if not item.is_image:
            self.status.setText(
                self.tr(
                    "Fieldbook shows images itself. To open this file in another program, "
                    "save a decrypted copy."
                )
            )
            return
        self.clear_preview()
        generation = self._start(self.tr("Fetching %1…").replace("%1", item.filename))
        run_task(
            profile.received_files.fetch,
            item.id,
            should_stop=self._stop.is_set,
            record_id=self.record_id,
            on_done=lambda data: self._show(generation, item, data),
            on_error=lambda exc: self._failed(generation, exc),
            on_progress=self._progress,
        )

    def _show(self, generation: int, item: ReceivedAttachment, data: bytes) -> None:
        self._finish()
        if generation != self._generation:
            return
        self._refresh_item(item.id)
        image = QImage.fromData(data)  # decoded from memory; the bytes go with this call
        if image.isNull():
            self.status.setText(self.tr("This image cannot be shown."))
            return
        pixmap = QPixmap.fromImage(image)
        if pixmap.width() > PREVIEW_PX or pixmap.height() > PREVIEW_PX:
            pixmap = pixmap.scaled(
                PREVIEW_PX,
                PREVIEW_PX,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.preview.setPixmap(pixmap)
        self.preview.setAccessibleName(item.filename)
        self.status.setText(
            self.tr("%1 · %2 × %3 pixels · checked and decrypted in memory")
            .replace("%1", item.filename)
            .replace("%2", str(image.width()))
            .replace("%3", str(image.height()))
        )
        self.previewed.emit(item.id)

    def clear_preview(self) -> None:
        self.preview.clear()
        self.preview.setAccessibleName("")

    def has_preview(self) -> bool:
        pixmap = self.preview.pixmap()
        return pixmap is not None and not pixmap.isNull()

    # -- a decrypted copy ------------------------------------------------------------------
    def save_selected(self) -> None:
        item = self.selected()
        profile = self._profile()
        if item is None or profile is None or self._busy:
            return
        if not self.dialogs.confirm(
            self,
            self.tr("Save a decrypted copy"),
            self.tr(
                "Fieldbook keeps “%1” encrypted. A copy you save is NOT encrypted: anyone who "
                "uses this laptop or takes it can open it, and it stays where you put it until "
                "you delete it. Save a decrypted copy only if you need to open it in another "
                "program, and delete it afterwards.\n\nSave a decrypted copy?"
            ).replace("%1", item.filename),
        ):
            return
        dest = self.dialogs.ask_save_file(self, self.tr("Save a decrypted copy"), item.filename)
        if not dest:
            return
        generation = self._start(self.tr("Saving %1…").replace("%1", item.filename))
        run_task(
            profile.received_files.save_decrypted_copy,
            item.id,
            dest,
            should_stop=self._stop.is_set,
            record_id=self.record_id,
            on_done=lambda path: self._saved(generation, item, str(path)),
            on_error=lambda exc: self._failed(generation, exc),
            on_progress=self._progress,
        )

    def _saved(self, generation: int, item: ReceivedAttachment, path: str) -> None:
        self._finish()
        if generation != self._generation:
            return
        self._refresh_item(item.id)
        log.info("decrypted copy saved")  # never where, never what
        self.status.setText(
            self.tr("A decrypted copy was saved to %1. It is not encrypted.").replace("%1", path)
        )

    # -- work in progress --------------------------------------------------------------------
    def _start(self, text: str) -> int:
        self._stop.clear()
        self._busy = True
        self.progress.setValue(0)
        self.status.setText(text)
        self._show_progress(True)
        self._update_buttons()
        self.busy_changed.emit(True)
        return self._generation

    def _finish(self) -> None:
        self._busy = False
        self._show_progress(False)
        self._update_buttons()
        self.busy_changed.emit(False)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(done * 100 / total) if total else 100)

    def _failed(self, generation: int, exc: BaseException) -> None:
        from desktop.core.errors import CoreError

        if self._busy:
            self._finish()
        if generation != self._generation:
            return
        if isinstance(exc, CoreError):
            log.warning("attachment not opened: %s", exc.code)
            self.status.setText(core_message(exc.message))
        else:
            log.error("attachment not opened: %s", type(exc).__name__)
            self.status.setText(self.tr("The attachment could not be opened."))

    def _show_progress(self, shown: bool) -> None:
        self.progress.setVisible(shown)
        self.stop_button.setVisible(shown)

    def _update_buttons(self) -> None:
        item = self.selected()
        self.preview_button.setEnabled(item is not None and item.is_image and not self._busy)
        self.save_button.setEnabled(item is not None and not self._busy)

    def _locked(self) -> None:
        """Nothing recorded stays on the screen behind the lock."""
        self._stop.set()
        self._generation += 1
        self._items = {}
        self.list.clear()
        self.clear_preview()
        self.status.clear()
        self._update_buttons()

    # -- text ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Attachments stay on the server until you open one. It is then fetched, "
                "checked and decrypted in memory; only its encrypted form is kept on this laptop."
            )
        )
        self.preview_button.setText(self.tr("&Preview"))
        self.save_button.setText(self.tr("Save a decrypted &copy…"))
        self.stop_button.setText(self.tr("Stop"))
        for i in range(self.list.count()):
            row = self.list.item(i)
            item = self._items.get(str(row.data(ID_ROLE)))
            if item is not None:
                row.setText(self._label(item))
