"""The Received list's filters: the field list's (place, rights, acts, confidentiality,
incident dates) with its status filter as the review state, and organisation, author,
unread only and the date a record arrived."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QWidget

from desktop.ui.filter_bar import FilterBar
from desktop.ui.received.texts import REVIEW_STATE, review_state


class ReceivedFilterBar(FilterBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._orgs: list[tuple[str, str]] = []  # (code, readable name)
        self._authors: list[tuple[str, str]] = []  # (device id, "name · organisation")
        self.org = QComboBox()
        self.author = QComboBox()
        self.unread = QCheckBox()
        self.received_from_check = QCheckBox()
        self.received_from = QDateEdit()
        self.received_to_check = QCheckBox()
        self.received_to = QDateEdit()
        self.needs_info.setVisible(False)  # the field worker's question, not the desk's
        layout = self.layout()
        for combo in (self.org, self.author):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(280)
            combo.currentIndexChanged.connect(self._emit)
        # the desk's own filters come first: they are what a coordinator narrows by
        widgets: list[QWidget] = [self.org, self.author, self.unread]
        for check, edit in (
            (self.received_from_check, self.received_from),
            (self.received_to_check, self.received_to),
        ):
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
            widgets.append(pair)
        self.received_from.setDate(QDate.currentDate().addDays(-7))
        self.unread.toggled.connect(self._emit)
        # FlowLayout keeps insertion order: put ours first, before the clear button too
        items = [layout.takeAt(0) for _ in range(layout.count())]
        for w in widgets:
            layout.addWidget(w)
        for item in items:
            layout.addItem(item)
        self.retranslate()

    # -- values ----------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        values = super().values()
        org = self.org.currentData()
        author = self.author.currentData()
        values.update(
            scope="received",
            orgs=(org,) if org else (),
            authors=(author,) if author else (),
            unread=True if self.unread.isChecked() else None,
            received_from=self.received_from.date().toString("yyyy-MM-dd")
            if self.received_from_check.isChecked()
            else None,
            received_to=self.received_to.date().toString("yyyy-MM-dd")
            if self.received_to_check.isChecked()
            else None,
        )
        return values

    def is_default(self) -> bool:
        return not any(v for k, v in self.values().items() if k != "scope")

    def set_people(self, orgs: list[tuple[str, str]], authors: list[tuple[str, str]]) -> None:
        """The organisations and authors there are (read in a worker by the list view)."""
        self._orgs, self._authors = list(orgs), list(authors)
        self._fill_people()

    def clear(self) -> None:
        self._quiet = True
        try:
            self.org.setCurrentIndex(0)
            self.author.setCurrentIndex(0)
            self.unread.setChecked(False)
            self.received_from_check.setChecked(False)
            self.received_to_check.setChecked(False)
        finally:
            self._quiet = False
        super().clear()

    def _fill_people(self) -> None:
        quiet, self._quiet = self._quiet, True
        try:
            for combo, first, items in (
                (self.org, self.tr("All organisations"), self._orgs),
                (self.author, self.tr("All authors"), self._authors),
            ):
                current = combo.currentData()
                combo.clear()
                combo.addItem(first, None)
                for code, label in items:
                    combo.addItem(label, code)
                combo.setCurrentIndex(max(0, combo.findData(current)))
        finally:
            self._quiet = quiet

    def _status_changed(self, *_: object) -> None:
        self._emit()

    # -- text ------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "received_to"):
            return  # the base class's first call, before this one's widgets exist
        quiet, self._quiet = self._quiet, True
        try:
            current = self.status.currentData()
            self.status.clear()
            self.status.addItem(self.tr("Any review state"), None)
            for code in REVIEW_STATE:
                self.status.addItem(review_state(code), code)
            self.status.setCurrentIndex(max(0, self.status.findData(current)))
        finally:
            self._quiet = quiet
        self._fill_people()
        self.status.setAccessibleName(self.tr("Review state filter"))
        self.org.setAccessibleName(self.tr("Organisation filter"))
        self.author.setAccessibleName(self.tr("Author filter"))
        self.unread.setText(self.tr("Unread only"))
        self.unread.setToolTip(self.tr("New records, and records changed since you opened them"))
        self.from_check.setText(self.tr("Incident from"))
        self.received_from_check.setText(self.tr("Received from"))
        self.received_to_check.setText(self.tr("to"))
        self.received_from.setAccessibleName(self.tr("Received from"))
        self.received_to.setAccessibleName(self.tr("Received until"))
