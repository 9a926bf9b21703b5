"""A date typed the way people write dates where they live, with a calendar that opens at
today.

A ``QDateEdit`` with a "not set" minimum (1 January 1900) turned ``03.10.2026`` typed into
an empty field into ``—03102026``, and its arrow keys quietly stored 02.01.1900. This field is
plain text instead: ``03.10.2026`` in Turkmen and Russian, ``03/10/2026`` in English (also
``3.10.2026``, ``3-10-2026`` and ISO ``2026-10-03`` everywhere), read when the user stops
typing. Empty means "not set". A date outside :data:`EARLIEST` … the latest allowed (today
for an incident) is refused with a message that says what is expected.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from desktop.core.model import DatePrecision
from desktop.core.validation import EARLIEST_DATE
from desktop.ui import i18n

#: Earlier incident dates are typing slips (a year of 1900, 0025); the core refuses them too.
EARLIEST = QDate(EARLIEST_DATE.year, EARLIEST_DATE.month, EARLIEST_DATE.day)
#: "Not set": what :meth:`DateField.date` returns for an empty field (kept for callers that
#: compared against the old QDateEdit's minimum).
NO_DATE = QDate()

_NUMBERS = re.compile(r"\d+")


def separator() -> str:
    """How the interface language separates day, month and year."""
    return "/" if i18n.current_language() == "en" else "."


def display_format(precision: str) -> str:
    sep = separator()
    if precision == DatePrecision.YEAR.value:
        return "yyyy"
    if precision == DatePrecision.MONTH.value:
        return f"MM{sep}yyyy"
    return f"dd{sep}MM{sep}yyyy"


def format_date(d: QDate, precision: str = DatePrecision.DAY.value) -> str:
    return d.toString(display_format(precision)) if d.isValid() else ""


def parse_date(text: str, precision: str = DatePrecision.DAY.value) -> QDate | None:
    """``text`` as a date; an empty QDate for empty text; None if it is not a date.
    Day first (as written in Turkmenistan, Russia and Britain); ISO year-first too."""
    text = text.strip()
    if not text:
        return QDate()
    if not re.fullmatch(r"[\d\s./-]+", text):
        return None
    numbers = [int(n) for n in _NUMBERS.findall(text)]
    if len(numbers) == 1 and len(text) == 8 and text.isdigit():  # 03102026
        numbers = [int(text[:2]), int(text[2:4]), int(text[4:])]
    if precision == DatePrecision.YEAR.value and len(numbers) == 1:
        numbers = [1, 1, numbers[0]]
    elif precision == DatePrecision.MONTH.value and len(numbers) == 2:
        numbers = [1, *numbers]
    if len(numbers) != 3:
        return None
    if numbers[0] > 31:  # ISO: year first
        numbers = [numbers[2], numbers[1], numbers[0]]
    day, month, year = numbers
    if year < 100 or year > 9999:
        return None  # a two-digit year is a guess we will not make
    d = QDate(year, month, day)
    return d if d.isValid() else None


class DateField(QWidget):
    """A text field for one date, with a calendar button. ``dateChanged`` fires when the
    date read from the text changes (including to "not set")."""

    dateChanged = Signal(QDate)
    #: The text cannot be read as an allowed date (message), or "" when it can again.
    problem_changed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        latest_days_ahead: int = 0,
        earliest: QDate = EARLIEST,
    ) -> None:
        super().__init__(parent)
        self._precision = DatePrecision.DAY.value
        self._date = QDate()
        self._problem = ""
        self._ahead = latest_days_ahead
        self._earliest = earliest
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit()
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("00.00.00000") + 24)
        self.edit.editingFinished.connect(self._read)
        self.edit.textEdited.connect(self._typed)
        self.edit.installEventFilter(self)
        self.setFocusProxy(self.edit)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._calendar_opens)
        self.button.setMenu(menu)
        self.menu = menu
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.retranslate()

    # -- the value -------------------------------------------------------------------

    def latest(self) -> QDate:
        return QDate.currentDate().addDays(self._ahead)

    def date(self) -> QDate:
        """The date shown; an invalid QDate (:data:`NO_DATE`) when not set."""
        return QDate(self._date)

    def setDate(self, d: QDate) -> None:
        self._set(QDate(d) if d.isValid() else QDate(), rewrite=True)

    def clear_date(self) -> None:
        self.setDate(QDate())

    def set_precision(self, precision: str) -> None:
        self._precision = precision
        self._rewrite()
        self.retranslate()

    def iso(self, precision: str) -> str | None:
        d = self._date
        if not d.isValid() or precision == DatePrecision.UNKNOWN.value:
            return None
        if precision == DatePrecision.YEAR.value:
            d = QDate(d.year(), 1, 1)
        elif precision == DatePrecision.MONTH.value:
            d = QDate(d.year(), d.month(), 1)
        return str(d.toString("yyyy-MM-dd"))

    def set_iso(self, value: str | None) -> None:
        d = QDate.fromString(value or "", "yyyy-MM-dd")
        self.setDate(d if d.isValid() else QDate())

    def problem(self) -> str:
        """Why the typed text is not taken ("" when it is)."""
        return self._problem

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)  # what a screen reader announces in the field

    def setReadOnly(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.button.setEnabled(not read_only)

    # -- reading what was typed ------------------------------------------------------

    def _typed(self, _text: str) -> None:
        # a complete date is taken at once (Ctrl+S right after typing must save it)
        d = parse_date(self.edit.text(), self._precision)
        if d is not None and d.isValid() and self._allowed(d):
            self._set(d, rewrite=False)

    def _read(self) -> None:
        d = parse_date(self.edit.text(), self._precision)
        if d is None:
            self._set_problem(self._format_message())
            return
        if d.isValid() and not self._allowed(d):
            self._set_problem(self._range_message())
            return
        self._set(d, rewrite=True)

    def _allowed(self, d: QDate) -> bool:
        return self._earliest <= d <= self.latest()

    def _set(self, d: QDate, *, rewrite: bool) -> None:
        self._set_problem("")
        changed = d != self._date
        self._date = d
        if rewrite:
            self._rewrite()
        if changed:
            self.dateChanged.emit(QDate(d))

    def _rewrite(self) -> None:
        text = format_date(self._date, self._precision)
        if self.edit.text() != text and not self._problem:
            self.edit.setText(text)

    def _set_problem(self, text: str) -> None:
        if text != self._problem:
            self._problem = text
            self.problem_changed.emit(text)

    def text(self) -> str:
        return str(self.edit.text())

    # -- the calendar ----------------------------------------------------------------

    def _calendar_opens(self) -> None:
        self.calendar.setDateRange(self._earliest, self.latest())
        shown = self._date if self._date.isValid() else QDate.currentDate()
        self.calendar.setSelectedDate(shown)
        self.calendar.setCurrentPage(shown.year(), shown.month())
        self.calendar.setFocus()

    def _picked(self, d: QDate) -> None:
        self.menu.hide()
        self._set(QDate(d), rewrite=True)
        self.edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
            and self.button.isEnabled()
        ):
            self.button.showMenu()  # Alt+Down opens the calendar, as a combo box does
            return True
        return super().eventFilter(watched, event)

    # -- words -----------------------------------------------------------------------

    def _example(self) -> str:
        return format_date(QDate(2025, 12, 31), self._precision)

    def _format_message(self) -> str:
        return self.tr("Write the date as %1.").replace("%1", self._example())

    def _range_message(self) -> str:
        if self._ahead:
            return (
                self.tr("Choose a date between %1 and %2.")
                .replace("%1", format_date(self._earliest))
                .replace("%2", format_date(self.latest()))
            )
        return self.tr("Choose a date between %1 and today.").replace(
            "%1", format_date(self._earliest)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(
            {
                DatePrecision.YEAR.value: self.tr("year"),
                DatePrecision.MONTH.value: self.tr("mm%1yyyy").replace("%1", separator()),
            }.get(self._precision, self.tr("dd%1mm%1yyyy").replace("%1", separator()))
        )
        self.button.setToolTip(self.tr("Choose on a calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Calendar"))
        self._rewrite()
        if self._problem:
            self._problem = ""
            self._read()
