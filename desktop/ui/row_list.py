"""An editable list of row widgets with "Add" and per-row "Remove" (people, follow-up).

:class:`FormRow` is one row: fields with a caption above and an error below each, laid out
on a grid, and a Remove button. A row type only lists its fields and converts its value;
:class:`RowList` says which row to make and which blank value a new row starts from.
Errors for ``people.N.field`` / ``follow_up.N.field`` appear beside the field in row N.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import icons
from desktop.ui.widgets import FieldBox


class FormRow(QFrame):
    """One editable row. Subclasses build their fields, then call :meth:`place` for each
    and :meth:`finish`; they provide ``set_value``, ``value``, ``first_field`` and
    ``retranslate`` (captions through :attr:`captions`)."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.grid = QGridLayout(self)
        self.boxes: dict[str, FieldBox] = {}
        self.captions: dict[str, QLabel] = {}
        self.remove_button = QPushButton(icons.icon("remove"), "")
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

    def place(self, key: str, field: QWidget, row: int, column: int, span: int = 1) -> FieldBox:
        """``field`` with its caption at (``row``, ``column``) and its error under it.
        Captions wrap: a long Russian or Turkmen caption never widens or clips the row."""
        box = FieldBox(field)
        caption = QLabel()
        caption.setWordWrap(True)
        caption.setBuddy(field)
        self.boxes[key] = box
        self.captions[key] = caption
        self.grid.addWidget(caption, row, column, 1, span, Qt.AlignmentFlag.AlignBottom)
        self.grid.addWidget(box, row + 1, column, 1, span, Qt.AlignmentFlag.AlignTop)
        return box

    def finish(self, columns: int) -> None:
        for column in range(columns):
            self.grid.setColumnStretch(column, 1)

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, box in self.boxes.items():
            box.error.show_error(errors.get(key, ""))

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class RowList(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel()
        layout.addWidget(self.empty)
        self.rows_layout = QVBoxLayout()
        layout.addLayout(self.rows_layout)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(icons.icon("new"), "")
        self.add_button.clicked.connect(self._add_clicked)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

    # -- what subclasses provide ---------------------------------------------------------
    def make_row(self) -> Any:
        raise NotImplementedError

    def blank_value(self) -> Any:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Texts of ``add_button`` and ``empty``."""

    # -- the list --------------------------------------------------------------------------
    def _add_clicked(self) -> None:
        row = self.add_value(self.blank_value())
        row.first_field().setFocus()
        self.changed.emit()

    def add_value(self, value: Any) -> Any:
        row = self.make_row()
        row.set_value(value)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        row.setVisible(True)
        self.empty.setVisible(False)
        return row

    def _drop(self, row: Any) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()

    def _remove(self, row: Any) -> None:
        self._drop(row)
        self.empty.setVisible(not self.rows)
        self.changed.emit()

    def set_values(self, values: list[Any]) -> None:
        for row in list(self.rows):
            self._drop(row)
        for value in values:
            self.add_value(value)
        self.empty.setVisible(not self.rows)

    def values(self) -> list[Any]:
        return [row.value() for row in self.rows]

    def show_errors(self, errors: dict[int, dict[str, str]]) -> None:
        for i, row in enumerate(self.rows):
            row.show_errors(errors.get(i, {}))

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setEnabled(not read_only)
        for row in self.rows:
            row.setEnabled(not read_only)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
