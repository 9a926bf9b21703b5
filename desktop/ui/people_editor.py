"""People involved: an editable list of rows (role, name, keep anonymous — on by default —,
sex, age group, perpetrator type). Validation errors for ``people.N.field`` appear beside the
field in row N."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.core.model import Person, Role
from desktop.ui import icons, labels, refdata
from desktop.ui.row_list import RowList
from desktop.ui.widgets import FieldBox, compact_combo, widen_popup


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


class PersonRow(QFrame):
    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        self.role = compact_combo(QComboBox())
        self.name = QLineEdit()
        self.anonymous = QCheckBox()
        self.anonymous.setChecked(True)
        self.sex = compact_combo(QComboBox(), 10)
        self.age_group = compact_combo(QComboBox(), 10)
        self.perpetrator_type = compact_combo(QComboBox())
        self.remove_button = QPushButton(icons.icon("remove"), "")
        self.boxes = {
            "role": FieldBox(self.role),
            "name": FieldBox(self.name),
            "keep_anonymous": FieldBox(self.anonymous),
            "sex": FieldBox(self.sex),
            "age_group": FieldBox(self.age_group),
            "perpetrator_type": FieldBox(self.perpetrator_type),
        }
        self.captions = {key: QLabel() for key in self.boxes}
        for key, box in self.boxes.items():
            self.captions[key].setBuddy(box.field)
        order = [
            ("role", 0, 0),
            ("name", 0, 1),
            ("keep_anonymous", 0, 2),
            ("sex", 2, 0),
            ("age_group", 2, 1),
            ("perpetrator_type", 2, 2),
        ]
        for key, row, col in order:
            grid.addWidget(self.captions[key], row, col)
            grid.addWidget(self.boxes[key], row + 1, col, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.remove_button, 1, 3)
        for col in range(3):
            grid.setColumnStretch(col, 1)
        self.role.currentIndexChanged.connect(self._role_changed)
        for combo in (self.sex, self.age_group, self.perpetrator_type):
            combo.currentIndexChanged.connect(self.changed)
        self.name.textEdited.connect(self.changed)
        self.anonymous.toggled.connect(self.changed)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.retranslate()
        self._role_changed()

    def _role_changed(self, *_: object) -> None:
        is_perpetrator = self.role.currentData() == Role.ALLEGED_PERPETRATOR.value
        self.perpetrator_type.setEnabled(is_perpetrator)
        if not is_perpetrator:
            self.perpetrator_type.setCurrentIndex(0)
        self.changed.emit()

    def first_field(self) -> QWidget:
        return self.role

    def set_value(self, person: Person) -> None:
        self.set_person(person)

    def value(self) -> Person:
        return self.person()

    def set_person(self, person: Person) -> None:
        set_combo(self.role, person.role)
        self.name.setText(person.name)
        self.anonymous.setChecked(person.keep_anonymous)
        set_combo(self.sex, person.sex)
        set_combo(self.age_group, person.age_group)
        self._role_changed()
        set_combo(self.perpetrator_type, person.perpetrator_type)

    def person(self) -> Person:
        return Person(
            role=str(self.role.currentData() or Role.VICTIM.value),
            name=self.name.text().strip(),
            keep_anonymous=self.anonymous.isChecked(),
            sex=self.sex.currentData(),
            age_group=self.age_group.currentData(),
            perpetrator_type=self.perpetrator_type.currentData(),
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, box in self.boxes.items():
            box.error.show_error(errors.get(key, ""))

    def retranslate(self) -> None:
        not_set = self.tr("(not set)")
        fill_combo(self.role, [(r.value, labels.tr(labels.ROLE, r.value)) for r in Role], None)
        fill_combo(self.sex, refdata.vocabulary("sex"), not_set)
        fill_combo(self.age_group, refdata.vocabulary("age_group"), not_set)
        fill_combo(self.perpetrator_type, refdata.vocabulary("perpetrator_type"), not_set)
        self.captions["role"].setText(self.tr("Role"))
        self.captions["name"].setText(self.tr("Name (optional)"))
        self.captions["keep_anonymous"].setText(self.tr("Identity"))
        self.captions["sex"].setText(self.tr("Sex"))
        self.captions["age_group"].setText(self.tr("Age group"))
        self.captions["perpetrator_type"].setText(self.tr("Perpetrator type"))
        self.anonymous.setText(self.tr("Keep anonymous"))
        self.anonymous.setToolTip(
            self.tr("The name stays inside this record and is never shown in reports.")
        )
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove this person"))
        self.role.setAccessibleName(self.tr("Role"))
        self.name.setAccessibleName(self.tr("Name"))
        self.sex.setAccessibleName(self.tr("Sex"))
        self.age_group.setAccessibleName(self.tr("Age group"))
        self.perpetrator_type.setAccessibleName(self.tr("Perpetrator type"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PeopleEditor(RowList):
    def make_row(self) -> PersonRow:
        return PersonRow()

    def blank_value(self) -> Person:
        return Person()

    def add_person(self, person: Person) -> PersonRow:
        row: PersonRow = self.add_value(person)
        return row

    def set_people(self, people: list[Person]) -> None:
        self.set_values(people)

    def people(self) -> list[Person]:
        return list(self.values())

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add a &person"))
        self.empty.setText(self.tr("No one added yet."))
