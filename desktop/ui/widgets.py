"""Small shared widgets: inline field errors, passphrase strength, headings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.theme import error_color


class ErrorLabel(QLabel):
    """A validation message shown under a field; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)
        self.setTextFormat(Qt.TextFormat.PlainText)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_color())
        self.setPalette(palette)
        self.setAccessibleName("error")

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.show_error("")


class FieldBox(QWidget):
    """A field widget with its :class:`ErrorLabel` underneath."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.field = field
        self.error = ErrorLabel(self)
        layout.addWidget(field)
        layout.addWidget(self.error)


def heading(text: str = "", scale: float = 1.4) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def passphrase_strength(text: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong — a rough guide, not a guarantee.

    Length dominates: several unrelated words beat a short string of symbols.
    """
    if len(text) < 8:
        return 0
    classes = sum(
        (
            any(c.islower() for c in text),
            any(c.isupper() for c in text),
            any(c.isdigit() for c in text),
            any(not c.isalnum() for c in text),
        )
    )
    words = len([w for w in text.replace("-", " ").split() if w])
    distinct = len(set(text))
    score = len(text) + 3 * classes + 4 * max(0, words - 1)
    if distinct < 5:
        return 1
    if score >= 30:
        return 3
    if score >= 18:
        return 2
    return 1
