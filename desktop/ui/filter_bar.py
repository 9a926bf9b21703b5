"""Filters over the observation list: velayat → etrap, rights, act types, status,
confidentiality and an incident date range. Emits :attr:`changed` after any change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from desktop.ui import icons, labels, refdata
from desktop.ui.widgets import FlowLayout


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rights: list[str] = []
        self.act_types: list[str] = []
        self._quiet = False
        layout = FlowLayout(self)
        # the coordinators' questions waiting for an answer, one click away (issue 15 item 4)
        self.needs_info = QPushButton()
        self.needs_info.setObjectName("needs_information_filter")
        self.needs_info.setCheckable(True)
        self.needs_info.setIcon(icons.icon("review"))
        self.needs_info.toggled.connect(self._needs_info_toggled)
        layout.addWidget(self.needs_info)  # the list view moves it beside the search

        self.velayat = QComboBox()
        self.etrap = QComboBox()
        self.status = QComboBox()
        self.confidentiality = QComboBox()
        for combo in (self.velayat, self.etrap, self.status, self.confidentiality):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(300)
            layout.addWidget(combo)
        self.rights_button = QPushButton()
        self.acts_button = QPushButton()
        layout.addWidget(self.rights_button)
        layout.addWidget(self.acts_button)
        self.from_check = QCheckBox()
        self.from_date = QDateEdit()
        self.to_check = QCheckBox()
        self.to_date = QDateEdit()
        for check, edit in ((self.from_check, self.from_date), (self.to_check, self.to_date)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setDate(QDate.currentDate())
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._emit)
            edit.dateChanged.connect(self._emit)
            pair = QWidget()
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(check)
            row.addWidget(edit)
            layout.addWidget(pair)
        self.from_date.setDate(QDate.currentDate().addMonths(-1))
        self.clear_button = QPushButton()
        layout.addWidget(self.clear_button)

        self.velayat.currentIndexChanged.connect(self._velayat_changed)
        self.etrap.currentIndexChanged.connect(self._emit)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.confidentiality.currentIndexChanged.connect(self._emit)
        self.rights_button.clicked.connect(lambda: self._pick("rights"))
        self.acts_button.clicked.connect(lambda: self._pick("act_types"))
        self.clear_button.clicked.connect(self.clear)
        self.retranslate()

    # -- values ----------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """Keyword arguments for :class:`ObservationQuery`."""
        status = self.status.currentData()
        conf = self.confidentiality.currentData()
        return {
            "velayat": self.velayat.currentData(),
            "etrap": self.etrap.currentData(),
            "rights": tuple(self.rights),
            "act_types": tuple(self.act_types),
            "statuses": (status,) if status else (),
            "confidentiality": (conf,) if conf else (),
            "date_from": self.from_date.date().toString("yyyy-MM-dd")
            if self.from_check.isChecked()
            else None,
            "date_to": self.to_date.date().toString("yyyy-MM-dd")
            if self.to_check.isChecked()
            else None,
        }

    def is_default(self) -> bool:
        return not any(self.values().values())

    def set_codes(self, kind: str, codes: list[str]) -> None:
        if kind == "rights":
            self.rights = list(codes)
        else:
            self.act_types = list(codes)
        self._update_buttons()
        self._emit()

    def clear(self) -> None:
        self._quiet = True
        try:
            self.velayat.setCurrentIndex(0)
            self.etrap.setCurrentIndex(0)
            self.status.setCurrentIndex(0)
            self.confidentiality.setCurrentIndex(0)
            self.from_check.setChecked(False)
            self.to_check.setChecked(False)
            self.rights = []
            self.act_types = []
        finally:
            self._quiet = False
        self._update_buttons()
        self._emit()

    def _needs_info_toggled(self, checked: bool) -> None:
        wanted = self.status.findData("needs_information") if checked else 0
        if checked or self.status.currentData() == "needs_information":
            self.status.setCurrentIndex(max(0, wanted))

    def _status_changed(self, *_: object) -> None:
        blocked = self.needs_info.blockSignals(True)
        self.needs_info.setChecked(self.status.currentData() == "needs_information")
        self.needs_info.blockSignals(blocked)
        self._emit()

    def _emit(self, *_: object) -> None:
        if not self._quiet:
            self.changed.emit()

    def _velayat_changed(self, *_: object) -> None:
        self._fill_etraps()
        self._emit()

    def _fill_etraps(self) -> None:
        quiet, self._quiet = self._quiet, True
        try:
            current = self.etrap.currentData()
            self.etrap.clear()
            self.etrap.addItem(self.tr("All etraps"), None)
            for code, label in refdata.etraps(self.velayat.currentData()):
                self.etrap.addItem(label.strip(), code)
            self.etrap.setCurrentIndex(max(0, self.etrap.findData(current)))
            self.etrap.setEnabled(self.velayat.currentData() is not None)
        finally:
            self._quiet = quiet

    def _pick(self, kind: str) -> None:
        codes = self.rights if kind == "rights" else self.act_types
        from desktop.ui.taxonomy_picker import TaxonomyPickerDialog

        dialog = TaxonomyPickerDialog(kind, codes, self)
        if dialog.exec() == TaxonomyPickerDialog.DialogCode.Accepted:
            self.set_codes(kind, dialog.picker.codes())

    def _update_buttons(self) -> None:
        self.rights_button.setText(
            self.tr("Rights (%n)", "", len(self.rights)) if self.rights else self.tr("Rights…")
        )
        self.acts_button.setText(
            self.tr("Acts (%n)", "", len(self.act_types))
            if self.act_types
            else self.tr("Types of act…")
        )

    # -- text ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        quiet, self._quiet = self._quiet, True
        try:

            def refill(combo: QComboBox, first: str, items: list[tuple[str, str]]) -> None:
                current = combo.currentData()
                combo.clear()
                combo.addItem(first, None)
                for code, label in items:
                    combo.addItem(label, code)
                combo.setCurrentIndex(max(0, combo.findData(current)))

            refill(self.velayat, self.tr("All velayats"), refdata.velayats())
            refill(
                self.status,
                self.tr("All statuses"),
                [(code, labels.tr(labels.STATUS, code)) for code in labels.STATUS],
            )
            refill(
                self.confidentiality,
                self.tr("Any confidentiality"),
                [
                    (code, labels.tr(labels.CONFIDENTIALITY, code))
                    for code in labels.CONFIDENTIALITY
                ],
            )
            self._fill_etraps()
        finally:
            self._quiet = quiet
        self.velayat.setAccessibleName(self.tr("Velayat filter"))
        self.etrap.setAccessibleName(self.tr("Etrap filter"))
        self.status.setAccessibleName(self.tr("Status filter"))
        self.confidentiality.setAccessibleName(self.tr("Confidentiality filter"))
        self.from_check.setText(self.tr("From"))
        self.to_check.setText(self.tr("To"))
        self.from_date.setAccessibleName(self.tr("Incident date from"))
        self.to_date.setAccessibleName(self.tr("Incident date to"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.needs_info.setText(self.tr("Asked for more information"))
        self.needs_info.setToolTip(self.tr("Show the records a coordinator asked you to complete"))
        self._update_buttons()
