"""Reviewing one received record: the decision (status and comment, sealed at once by
``profile.reviews`` and sent with the next sync), the reviews so far (who, when, what) and
the rule that settles two coordinators' crossing reviews."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.ui import icons
from desktop.ui.dialogs import core_message
from desktop.ui.hub import hub
from desktop.ui.observation_view import reviewer_label
from desktop.ui.received.texts import DECISIONS, review_rule, review_state
from desktop.ui.workers import run_task

if TYPE_CHECKING:
    from desktop.core.profile import Profile

#: The longest comment a review carries (the field worker reads it in a small box).
MAX_COMMENT = 10_000


def _when(ms: int) -> str:
    stamp = QDateTime.fromMSecsSinceEpoch(int(ms)).toLocalTime()
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def render_reviews(
    reviews: list[dict[str, Any]], names: dict[str, str], own_device: str | None
) -> str:
    """Newest first: reviewer's readable name, time, decision, comment; the standing one
    (the last the server took) says so."""
    if not reviews:
        return ""
    out = []
    sent = [i for i, r in enumerate(reviews) if r.get("server_seq") is not None]
    standing = sent[-1] if sent else -1
    for i in range(len(reviews) - 1, -1, -1):
        review = reviews[i]
        device = str(review.get("reviewer", ""))
        who = names.get(device) or reviewer_label(device, own_device)
        if own_device is not None and device == own_device:
            who = reviewer_label(device, own_device)
        status = review_state(str(review.get("status", "")))
        comment = str(review.get("comment") or "")
        head = f"<b>{escape(who)}</b> · {escape(_when(int(review.get('created_ms') or 0)))}"
        state = f"<i>{escape(status)}</i>"
        if review.get("server_seq") is None:
            state += " — " + escape(QCoreApplication.translate("ReviewPanel", "not sent yet"))
        elif i == standing:
            stands = QCoreApplication.translate("ReviewPanel", "the review that stands")
            state += " — " + escape(stands)
        body = f"<br>{escape(comment).replace(chr(10), '<br>')}" if comment else ""
        out.append(f"<p style='margin:0 0 8px 0'>{head}<br>{state}{body}</p>")
    return "".join(out)


class ReviewPanel(QWidget):
    #: a review was sealed: (record id, status)
    reviewed = Signal(str, str)
    #: the reviews of the record shown were read (tests)
    reviews_read = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_panel")
        self.profile: Profile | None = None
        self.record_id: str | None = None
        self.names: dict[str, str] = {}
        self._generation = 0
        self.busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.decide_box = QGroupBox()
        form = QFormLayout(self.decide_box)
        self.status = QComboBox()
        self.status.setObjectName("review_status")
        self.status_label = QLabel()
        self.status_label.setBuddy(self.status)
        form.addRow(self.status_label, self.status)
        self.comment_label = QLabel()
        self.comment_label.setWordWrap(True)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("review_comment")
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(110)
        self.comment_label.setBuddy(self.comment)
        form.addRow(self.comment_label)
        form.addRow(self.comment)
        self.send_button = QPushButton()
        self.send_button.setObjectName("send_review")
        self.send_button.setIcon(icons.icon("send"))
        self.send_button.clicked.connect(self.send)
        form.addRow(self.send_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(self.message)
        layout.addWidget(self.decide_box)

        self.history_box = QGroupBox()
        history = QVBoxLayout(self.history_box)
        self.history = QTextBrowser()
        self.history.setObjectName("review_history")
        self.history.setOpenLinks(False)
        history.addWidget(self.history, 1)
        self.rule = QLabel()
        self.rule.setObjectName("review_rule")
        self.rule.setWordWrap(True)
        history.addWidget(self.rule)
        layout.addWidget(self.history_box, 1)

        # Ctrl+Enter sends from anywhere in the panel (the comment box included)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.send)
        self._reviews: list[dict[str, Any]] = []
        self.retranslate()

    # -- showing ---------------------------------------------------------------------

    def show_for(self, profile: Profile, record_id: str, names: dict[str, str]) -> None:
        changed = record_id != self.record_id
        self.profile, self.record_id, self.names = profile, record_id, names
        if changed:
            self.comment.clear()
            self.message.clear()
        self.load()

    def load(self) -> None:
        profile, record_id = self.profile, self.record_id
        if profile is None or record_id is None:
            return
        self._generation += 1
        generation = self._generation
        run_task(
            profile.reviews.reviews_for,
            record_id,
            on_done=lambda reviews: self._read(generation, reviews),
            on_error=lambda _exc: None,  # locked meanwhile: the window closes
        )

    def _read(self, generation: int, reviews: list[dict[str, Any]]) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self._reviews = list(reviews)
        self._render()
        self.reviews_read.emit()

    def _render(self) -> None:
        own = self.profile.device_id if self.profile is not None else None
        html = render_reviews(self._reviews, self.names, own)
        if not html:
            html = "<p><i>" + escape(self.tr("No review yet.")) + "</i></p>"
        self.history.setHtml(html)

    # -- deciding --------------------------------------------------------------------

    def set_status(self, code: str) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(code)))

    def send(self) -> None:
        """Seal the decision now (a worker); it goes with the next sync."""
        profile, record_id = self.profile, self.record_id
        if profile is None or record_id is None or self.busy:
            return
        status = str(self.status.currentData())
        comment = self.comment.toPlainText().strip()
        if len(comment) > MAX_COMMENT:
            self.message.setText(
                self.tr("The comment is too long (at most %1 characters).").replace(
                    "%1", QLocale().toString(MAX_COMMENT)
                )
            )
            return
        if status == "needs_information" and not comment:
            self.message.setText(
                self.tr("Say what is missing: the field worker reads this comment.")
            )
            self.comment.setFocus()
            return
        self.busy = True
        self.send_button.setEnabled(False)
        self.message.setText(self.tr("Sealing the review…"))
        run_task(
            profile.reviews.review,
            record_id,
            status,
            comment,
            on_done=lambda _env: self._sent(record_id, status),
            on_error=self._failed,
        )

    def _sent(self, record_id: str, status: str) -> None:
        if not isValid(self):
            return
        self.busy = False
        self.send_button.setEnabled(True)
        if record_id == self.record_id:
            self.comment.clear()
            self.message.setText(
                self.tr("Review sealed: it is sent with the next sync (F9 syncs now).")
            )
            self.load()
        hub().data_changed.emit(record_id)
        self.reviewed.emit(record_id, status)

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.busy = False
        self.send_button.setEnabled(True)
        message = getattr(exc, "message", None)
        self.message.setText(
            core_message(message) if message else self.tr("The review could not be sealed.")
        )

    # -- text ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        current = self.status.currentData() or "received"
        self.status.clear()
        for code in DECISIONS:
            self.status.addItem(review_state(code), code)
        self.set_status(str(current))
        self.decide_box.setTitle(self.tr("Your review"))
        self.status_label.setText(self.tr("&Decision:"))
        self.comment_label.setText(
            self.tr("&Comment for the field worker (needed when asking for information):")
        )
        self.comment.setAccessibleName(self.tr("Comment"))
        self.send_button.setText(self.tr("Send review"))
        self.send_button.setToolTip(
            self.tr("Seal this review; it is sent with the next sync (Ctrl+Enter)")
        )
        self.history_box.setTitle(self.tr("Reviews so far"))
        self.history.setAccessibleName(self.tr("Reviews so far"))
        self.rule.setText(review_rule())
        self._render()
