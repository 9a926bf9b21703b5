"""Small shared widgets: inline field errors, passphrase strength, headings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLayoutItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP
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


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps to the next line when the width runs out
    (Qt's flow layout example), so long translations never push a window wider."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), test_only=True)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, test_only=False)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    @staticmethod
    def _shown(item: QLayoutItem, parent: QWidget | None) -> bool:
        widget = item.widget()
        return widget is None or parent is None or widget.isVisibleTo(parent)

    def _do_layout(self, rect: QRect, test_only: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        parent = self.parentWidget()
        items = [(item, item.sizeHint()) for item in self._items if self._shown(item, parent)]
        # Every line is as tall as the tallest item: a wider combo moving an item to another
        # line must not change the height by a pixel (that would re-lay and repaint
        # everything below, the observation list included).
        line_height = max((hint.height() for _item, hint in items), default=0)
        x, y = area.x(), area.y()
        for item, hint in items:
            next_x = x + hint.width() + self._spacing
            if next_x - self._spacing > area.right() + 1 and x > area.x():
                x = area.x()
                y += line_height + self._spacing
                next_x = x + hint.width() + self._spacing
            if not test_only:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x = next_x
        return y + line_height - rect.y() + margins.bottom()


def compact_combo(combo: QComboBox, chars: int = 14) -> QComboBox:
    """A combo box that may be narrower than its longest item (long Russian and Turkmen
    labels would otherwise widen the whole form); the popup still shows items in full."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def fill_combo(combo: QComboBox, items: list[tuple[str, str]], none_text: str | None) -> None:
    """Replace the items, keeping the current code."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for code, label in items:
        combo.addItem(label, code)
    index = combo.findData(current)
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)
    widen_popup(combo)


def set_combo(combo: QComboBox, code: str | None) -> None:
    index = combo.findData(code)
    combo.setCurrentIndex(max(0, index))


def widen_popup(combo: QComboBox) -> None:
    """Let the drop-down list be as wide as its longest item."""
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24)


_BUTTON_TEXTS = {
    QDialogButtonBox.StandardButton.Ok: QT_TRANSLATE_NOOP("Buttons", "OK"),
    QDialogButtonBox.StandardButton.Cancel: QT_TRANSLATE_NOOP("Buttons", "Cancel"),
    QDialogButtonBox.StandardButton.Close: QT_TRANSLATE_NOOP("Buttons", "Close"),
    QDialogButtonBox.StandardButton.Save: QT_TRANSLATE_NOOP("Buttons", "Save"),
    QDialogButtonBox.StandardButton.Discard: QT_TRANSLATE_NOOP("Buttons", "Don't save"),
    QDialogButtonBox.StandardButton.Yes: QT_TRANSLATE_NOOP("Buttons", "Yes"),
    QDialogButtonBox.StandardButton.No: QT_TRANSLATE_NOOP("Buttons", "No"),
}


def button_text(which: QDialogButtonBox.StandardButton | int) -> str | None:
    text = _BUTTON_TEXTS.get(QDialogButtonBox.StandardButton(int(which)))
    return QCoreApplication.translate("Buttons", text) if text else None


def translate_buttons(box: QDialogButtonBox) -> None:
    """Our own texts for standard buttons: Qt ships no Turkmen translation of its own."""
    for which, text in _BUTTON_TEXTS.items():
        button = box.button(which)
        if button is not None:
            button.setText(QCoreApplication.translate("Buttons", text))


def single_shot(parent: QObject, interval_ms: int, slot: Callable[[], object]) -> QTimer:
    """A stopped single-shot timer calling ``slot``: ``start()`` (again) to (re)arm it, the
    debounces, grace periods and autosave delays of the screens."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer
