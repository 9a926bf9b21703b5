"""The conversation with the coordinators inside a field worker's record (issue 15 item 4):
their reviews, newest last, and a reply note that travels with the next revision.

Shown only once a coordinator has reviewed the record (or a reply was written). The reply
box starts empty for every new revision: a reply belongs to the revision it came with.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QEvent, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QPlainTextEdit, QTextBrowser, QVBoxLayout, QWidget
from shiboken6 import isValid

from desktop.core.model import Observation
from desktop.ui.observation_view import render_thread
from desktop.ui.workers import run_task

if TYPE_CHECKING:
    from desktop.core.profile import Profile


def _ms(iso: str) -> int:
    stamp = QDateTime.fromString(iso.replace("Z", "+00:00"), Qt.DateFormat.ISODateWithMs)
    return stamp.toMSecsSinceEpoch() if stamp.isValid() else 0


def _conversation(
    profile: Profile, obs: Observation
) -> tuple[list[dict[str, Any]], list[tuple[int, str]], str]:
    """(reviews, replies sealed with a revision, the reply still to send)."""
    reviews = profile.reviews.reviews_for(obs.id)
    replies: list[tuple[int, str]] = []
    pending = obs.reply_note
    for info in profile.observations.history(obs.id):
        if info.envelope_id is None:
            continue
        if info.rev == obs.rev:
            text, pending = obs.reply_note, ""
        else:
            text = profile.observations.revision(obs.id, info.rev).reply_note
        if text and (not replies or replies[-1][1] != text):
            replies.append((_ms(info.saved_at), text))
    return reviews, replies, pending


class ReviewThread(QGroupBox):
    edited = Signal()
    # the conversation of the record last shown has been read (for tests)
    conversation_read = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_thread")
        layout = QVBoxLayout(self)
        self.thread = QTextBrowser()
        self.thread.setObjectName("review_thread_text")
        self.thread.setOpenLinks(False)
        self.thread.setMaximumHeight(150)
        layout.addWidget(self.thread)
        self.reply_caption = QLabel()
        self.reply_caption.setWordWrap(True)
        layout.addWidget(self.reply_caption)
        self.reply = QPlainTextEdit()
        self.reply.setObjectName("reply_note")
        self.reply.setTabChangesFocus(True)
        self.reply.setMaximumHeight(70)
        self.reply_caption.setBuddy(self.reply)
        layout.addWidget(self.reply)
        self.reply.textChanged.connect(self._typed_reply)
        self._generation = 0
        self._typed = False
        self._reviews: list[dict[str, Any]] = []
        self._replies: list[tuple[int, str]] = []
        self._own: str | None = None
        self.retranslate()
        self.setVisible(False)

    def show_for(self, profile: Profile | None, obs: Observation, stored: bool) -> None:
        """Read the conversation of a stored record (in a worker: a list query may hold the
        database): its reviews and the replies that went with its sealed revisions. The
        reply box holds the reply of a revision not sealed yet (a reply sealed with a
        revision is in the thread, and the box starts empty)."""
        self._generation += 1
        generation = self._generation
        self._own = profile.device_id if profile is not None else None
        self._typed = False
        self._set_reply(obs.reply_note)  # until the conversation is read
        if profile is None or not stored:
            self._read(generation, ([], [], obs.reply_note))
            return
        run_task(
            _conversation,
            profile,
            obs,
            on_done=lambda result: self._read(generation, result),
            on_error=lambda _exc: None,  # deleted or locked meanwhile: the window closes
        )

    def _read(self, generation: int, result: Any) -> None:
        if not isValid(self) or generation != self._generation:
            return  # closed, or a newer revision was loaded meanwhile
        reviews, replies, pending = result
        self._reviews, self._replies = reviews, replies
        if not self._typed:
            self._set_reply(pending)
        self._render()
        self.setVisible(bool(reviews) or bool(replies) or bool(self.reply_note()))
        self.conversation_read.emit()

    def _set_reply(self, text: str) -> None:
        blocked = self.reply.blockSignals(True)
        self.reply.setPlainText(text)
        self.reply.blockSignals(blocked)

    def _typed_reply(self) -> None:
        self._typed = True
        self.edited.emit()

    def reply_note(self) -> str:
        return self.reply.toPlainText().strip()

    def set_read_only(self, read_only: bool) -> None:
        self.reply.setReadOnly(read_only)
        self.reply.setVisible(not read_only)
        self.reply_caption.setVisible(not read_only)

    def _render(self) -> None:
        self.thread.setHtml(render_thread(self._reviews, self._replies, own_device=self._own))
        bar = self.thread.verticalScrollBar()
        bar.setValue(bar.maximum())  # newest last, and in sight

    def retranslate(self) -> None:
        self.setTitle(self.tr("The coordinators' reviews"))
        self.reply_caption.setText(
            self.tr(
                "Your reply (optional): it is sent with your changes, when you mark the "
                "record ready to send."
            )
        )
        self.reply.setAccessibleName(self.tr("Reply to the coordinator"))
        self.thread.setAccessibleName(self.tr("The coordinators' reviews"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
