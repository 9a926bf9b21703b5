"""People involved: an editable list of rows (role, name, keep anonymous — on by default —,
sex, age group, perpetrator type)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from desktop.core.model import Person, Role
from desktop.ui import labels, refdata
from desktop.ui.row_list import FormRow, RowList
from desktop.ui.widgets import compact_combo, fill_combo, set_combo


class PersonRow(FormRow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = compact_combo(QComboBox())
        self.name = QLineEdit()
        self.anonymous = QCheckBox()
        self.anonymous.setChecked(True)
        self.sex = compact_combo(QComboBox(), 10)
        self.age_group = compact_combo(QComboBox(), 10)
        self.perpetrator_type = compact_combo(QComboBox(), 16)
        self.place("role", self.role, 0, 0)
        self.place("name", self.name, 0, 1)
        self.place("keep_anonymous", self.anonymous, 0, 2)
        self.place("sex", self.sex, 2, 0)
        self.place("age_group", self.age_group, 2, 1)
        self.place("perpetrator_type", self.perpetrator_type, 2, 2)
        self.grid.addWidget(self.remove_button, 1, 3)
        self.finish(3)
        self.role.currentIndexChanged.connect(self._role_changed)
        for combo in (self.sex, self.age_group, self.perpetrator_type):
            combo.currentIndexChanged.connect(self.changed)
        self.name.textEdited.connect(self.changed)
        self.anonymous.toggled.connect(self.changed)
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
        set_combo(self.role, person.role)
        self.name.setText(person.name)
        self.anonymous.setChecked(person.keep_anonymous)
        set_combo(self.sex, person.sex)
        set_combo(self.age_group, person.age_group)
        self._role_changed()
        set_combo(self.perpetrator_type, person.perpetrator_type)

    def value(self) -> Person:
        return Person(
            role=str(self.role.currentData() or Role.VICTIM.value),
            name=self.name.text().strip(),
            keep_anonymous=self.anonymous.isChecked(),
            sex=self.sex.currentData(),
            age_group=self.age_group.currentData(),
            perpetrator_type=self.perpetrator_type.currentData(),
        )

    # the names the editor and its tests use
    set_person = set_value
    person = value

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
