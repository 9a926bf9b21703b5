"""Follow-up actions: rows of action (from the vocabulary), note, optional due date, done."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.core.model import FollowUpAction
from desktop.ui import icons, refdata
from desktop.ui.people_editor import fill_combo, set_combo
from desktop.ui.row_list import RowList
from desktop.ui.widgets import FieldBox, compact_combo


class FollowUpRow(QFrame):
    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        self.action = compact_combo(QComboBox(), 18)
        self.note = QLineEdit()
        self.due_check = QCheckBox()
        self.due = QDateEdit(QDate.currentDate())
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd.MM.yyyy")
        self.due.setEnabled(False)
        self.done = QCheckBox()
        self.remove_button = QPushButton(icons.icon("remove"), "")
        self.boxes = {
            "action": FieldBox(self.action),
            "note": FieldBox(self.note),
            "due": FieldBox(self.due),
        }
        self.action_label = QLabel()
        self.note_label = QLabel()
        self.action_label.setBuddy(self.action)
        self.note_label.setBuddy(self.note)
        grid.addWidget(self.action_label, 0, 0)
        grid.addWidget(self.boxes["action"], 1, 0)
        grid.addWidget(self.note_label, 0, 1)
        grid.addWidget(self.boxes["note"], 1, 1)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.boxes["due"])
        due_row.addWidget(self.done)
        due_row.addStretch(1)
        due_row.addWidget(self.remove_button)
        grid.addLayout(due_row, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 2)
        self.due_check.toggled.connect(self.due.setEnabled)
        self.due_check.toggled.connect(self.changed)
        self.due.dateChanged.connect(self.changed)
        self.done.toggled.connect(self.changed)
        self.action.currentIndexChanged.connect(self.changed)
        self.note.textEdited.connect(self.changed)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.retranslate()

    def first_field(self) -> QWidget:
        return self.action

    def set_value(self, action: FollowUpAction) -> None:
        self.set_action(action)

    def set_action(self, action: FollowUpAction) -> None:
        set_combo(self.action, action.action)
        self.note.setText(action.note)
        self.due_check.setChecked(action.due is not None)
        if action.due:
            self.due.setDate(QDate.fromString(action.due, "yyyy-MM-dd"))
        self.done.setChecked(action.done)

    def value(self) -> FollowUpAction:
        return FollowUpAction(
            action=str(self.action.currentData() or ""),
            note=self.note.text().strip(),
            due=self.due.date().toString("yyyy-MM-dd") if self.due_check.isChecked() else None,
            done=self.done.isChecked(),
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, box in self.boxes.items():
            box.error.show_error(errors.get(key, ""))

    def retranslate(self) -> None:
        fill_combo(self.action, refdata.vocabulary("follow_up_action"), None)
        self.action_label.setText(self.tr("Action"))
        self.note_label.setText(self.tr("Note"))
        self.due_check.setText(self.tr("Due by"))
        self.done.setText(self.tr("Done"))
        self.remove_button.setText(self.tr("Remove"))
        self.action.setAccessibleName(self.tr("Follow-up action"))
        self.note.setAccessibleName(self.tr("Note"))
        self.due.setAccessibleName(self.tr("Due date"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class FollowUpEditor(RowList):
    def make_row(self) -> FollowUpRow:
        return FollowUpRow()

    def blank_value(self) -> FollowUpAction:
        return FollowUpAction()

    def add_action(self, action: FollowUpAction) -> FollowUpRow:
        row: FollowUpRow = self.add_value(action)
        return row

    def set_actions(self, actions: list[FollowUpAction]) -> None:
        self.set_values(actions)

    def actions(self) -> list[FollowUpAction]:
        return list(self.values())

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add a follow-up &action"))
        self.empty.setText(self.tr("No follow-up recorded yet."))
