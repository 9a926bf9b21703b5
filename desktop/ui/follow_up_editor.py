"""Follow-up actions: rows of action (from the vocabulary), note, optional due date, done."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from desktop.core.model import FollowUpAction
from desktop.ui import refdata
from desktop.ui.date_field import DateField
from desktop.ui.row_list import FormRow, RowList
from desktop.ui.widgets import compact_combo, fill_combo, set_combo

#: A due date is planned: up to ten years ahead; and it may lie in the past (overdue).
DUE_DAYS_AHEAD = 3653


class FollowUpRow(FormRow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action = compact_combo(QComboBox(), 18)
        self.note = QLineEdit()
        self.due_check = QCheckBox()
        self.due = DateField(latest_days_ahead=DUE_DAYS_AHEAD, earliest=QDate(2000, 1, 1))
        self.due.setEnabled(False)
        self.done = QCheckBox()
        self.place("action", self.action, 0, 0)
        self.place("note", self.note, 0, 1)
        due_widget = QWidget()
        due_row = QHBoxLayout(due_widget)
        due_row.setContentsMargins(0, 0, 0, 0)
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due)
        due_row.addWidget(self.done)
        due_row.addStretch(1)
        due_row.addWidget(self.remove_button)
        self.place("due", due_widget, 2, 0, span=2)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 2)
        self.due.problem_changed.connect(self.boxes["due"].error.show_error)
        self.due_check.toggled.connect(self._due_toggled)
        self.due.dateChanged.connect(self.changed)
        self.done.toggled.connect(self.changed)
        self.action.currentIndexChanged.connect(self.changed)
        self.note.textEdited.connect(self.changed)
        self.retranslate()

    def _due_toggled(self, checked: bool) -> None:
        self.due.setEnabled(checked)
        if checked and not self.due.date().isValid():
            self.due.setDate(QDate.currentDate())
        self.changed.emit()

    def first_field(self) -> QWidget:
        return self.action

    def set_value(self, action: FollowUpAction) -> None:
        set_combo(self.action, action.action)
        self.note.setText(action.note)
        self.due_check.setChecked(action.due is not None)
        if action.due:
            self.due.set_iso(action.due)
        self.done.setChecked(action.done)

    set_action = set_value

    def value(self) -> FollowUpAction:
        return FollowUpAction(
            action=str(self.action.currentData() or ""),
            note=self.note.text().strip(),
            due=self.due.iso("day") if self.due_check.isChecked() else None,
            done=self.done.isChecked(),
        )

    def retranslate(self) -> None:
        fill_combo(self.action, refdata.vocabulary("follow_up_action"), None)
        self.captions["action"].setText(self.tr("Action"))
        self.captions["note"].setText(self.tr("Note"))
        self.captions["due"].setText("")
        self.captions["due"].hide()
        self.due_check.setText(self.tr("Due by"))
        self.done.setText(self.tr("Done"))
        self.remove_button.setText(self.tr("Remove"))
        self.action.setAccessibleName(self.tr("Follow-up action"))
        self.note.setAccessibleName(self.tr("Note"))
        self.due.setAccessibleName(self.tr("Due date"))


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
