"""Reviewing a selection of received records at once ("mark these 50 as received"): one
sealed review per record, through ``ReviewService.review_many``, sent with the next sync."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from desktop.ui.received.texts import DECISIONS, review_state
from desktop.ui.widgets import translate_buttons


class BulkReviewDialog(QDialog):
    """Asks the decision and an optional comment for ``count`` records; the OK button says
    what will happen ("Mark 50 as Verified"), so accepting is the confirmation."""

    def __init__(self, count: int, status: str = "received", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bulk_review_dialog")
        self.count = count
        layout = QFormLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addRow(self.intro)
        self.status = QComboBox()
        self.status.setObjectName("bulk_status")
        self.status_label = QLabel()
        layout.addRow(self.status_label, self.status)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("bulk_comment")
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(90)
        self.comment_label = QLabel()
        self.comment_label.setWordWrap(True)
        layout.addRow(self.comment_label)
        layout.addRow(self.comment)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addRow(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addRow(self.buttons)
        self._initial = status
        self.status.currentIndexChanged.connect(self._update_ok)
        self.retranslate()
        self.resize(520, self.sizeHint().height())

    def decision(self) -> tuple[str, str]:
        return str(self.status.currentData()), self.comment.toPlainText().strip()

    def accept(self) -> None:
        status, comment = self.decision()
        if status == "needs_information" and not comment:
            self.message.setText(self.tr("Say what is missing: the field workers read it."))
            return
        super().accept()

    def _update_ok(self, *_: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        text = (
            self.tr("Mark %1 as %2")
            .replace("%1", QLocale().toString(self.count))
            .replace("%2", review_state(str(self.status.currentData())))
        )
        ok.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        current = self.status.currentData() or self._initial
        blocked = self.status.blockSignals(True)
        self.status.clear()
        for code in DECISIONS:
            self.status.addItem(review_state(code), code)
        self.status.setCurrentIndex(max(0, self.status.findData(current)))
        self.status.blockSignals(blocked)
        self.setWindowTitle(self.tr("Review the selected records"))
        self.intro.setText(
            self.tr(
                "Each of the %n selected record(s) gets its own sealed review with this "
                "decision and comment. They are sent with the next sync and cannot be "
                "taken back, only followed by another review.",
                "",
                self.count,
            )
        )
        self.status_label.setText(self.tr("Decision:"))
        self.comment_label.setText(self.tr("Comment (optional; needed to ask for information):"))
        translate_buttons(self.buttons)
        self._update_ok()
