"""The Received list's table model: the field list's model (same pages, same loader, same
list engine) with the columns a coordinator sorts and scans by — organisation, review state,
attachments, a conflict marker, when it arrived — and unread records in bold."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QFont

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.ui import icons, refdata
from desktop.ui.observation_table_model import (
    ObservationTableModel,
    _short,
    format_incident_date,
    place_text,
)
from desktop.ui.received.texts import review_state

if TYPE_CHECKING:
    from desktop.core.observations import ObservationRow
    from desktop.ui.observation_table_model import Index

_C = "ReceivedTableModel"
RECEIVED_COLUMNS: list[tuple[str, str, str | None]] = [
    ("incident_date", QT_TRANSLATE_NOOP("ReceivedTableModel", "Incident date"), "incident_date"),
    ("place", QT_TRANSLATE_NOOP("ReceivedTableModel", "Place"), "place"),
    ("title", QT_TRANSLATE_NOOP("ReceivedTableModel", "Title"), "title"),
    ("org", QT_TRANSLATE_NOOP("ReceivedTableModel", "Organisation"), None),
    ("categories", QT_TRANSLATE_NOOP("ReceivedTableModel", "Categories"), None),
    ("review", QT_TRANSLATE_NOOP("ReceivedTableModel", "Review state"), "status"),
    ("attachments", QT_TRANSLATE_NOOP("ReceivedTableModel", "Files"), None),
    ("conflict", QT_TRANSLATE_NOOP("ReceivedTableModel", "Conflict"), None),
    ("received_at", QT_TRANSLATE_NOOP("ReceivedTableModel", "Received"), "received"),
]
KEYS = [c[0] for c in RECEIVED_COLUMNS]
REVIEW_COLUMN = KEYS.index("review")
ATTACHMENTS_COLUMN = KEYS.index("attachments")
CONFLICT_COLUMN = KEYS.index("conflict")
ORG_COLUMN = KEYS.index("org")


def local_time(iso: str | None) -> str:
    if not iso:
        return ""
    stamp = QDateTime.fromString(iso.replace("Z", "+00:00"), Qt.DateFormat.ISODateWithMs)
    if not stamp.isValid():
        stamp = QDateTime.fromString(iso.replace("Z", "+00:00"), Qt.DateFormat.ISODate)
    if not stamp.isValid():
        return iso
    return QLocale().toString(stamp.toLocalTime(), QLocale.FormatType.ShortFormat)


class ReceivedTableModel(ObservationTableModel):
    columns = RECEIVED_COLUMNS
    status_column = REVIEW_COLUMN
    header_context = "ReceivedTableModel"

    def __init__(self) -> None:
        super().__init__()
        # a desk reads what came in last first
        self._query = replace(self._query, sort="received", descending=True)
        #: device id -> readable author ("Mary office, Mary Hukuk"), set by the list view
        self.author_names: dict[str, str] = {}
        #: organisation id -> name, set by the list view
        self.org_names: dict[str, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole:
            row = self.row_at(index.row())
            return self._bold if row is not None and getattr(row, "unread", False) else None
        if role == Qt.ItemDataRole.DecorationRole:
            row = self.row_at(index.row())
            if row is None:
                return None
            column = index.column()
            if column == ATTACHMENTS_COLUMN and getattr(row, "attachments", 0):
                return icons.icon("attach")
            if column == CONFLICT_COLUMN and getattr(row, "conflict", False):
                return icons.icon("conflict")
            if column == 2 and getattr(row, "unread", False):
                return icons.icon("unread")  # not by weight alone
            return None
        return super().data(index, role)

    def _cells(self, r: int, row: ObservationRow) -> tuple[str, ...]:
        names = [refdata.category_label(c) for c in row.categories]
        author = self.author_names.get(row.author or "", "")
        org = self.org_names.get(str(getattr(row, "org", "") or ""), "")
        files = int(getattr(row, "attachments", 0) or 0)
        conflict = bool(getattr(row, "conflict", False))
        unread = bool(getattr(row, "unread", False))
        state = review_state(row.status)
        full = (
            format_incident_date(row.incident_date, row.date_end, row.date_precision),
            place_text(row),
            row.title,
            org,
            "; ".join(names),
            state,
            str(files) if files else "",
            self.tr("Conflict") if conflict else "",
            local_time(getattr(row, "received_at", None)),
        )
        title_tip = row.title
        if unread:
            title_tip = self.tr("New or changed since you last opened it") + "\n" + title_tip
        org_tip = "\n".join(t for t in (org, author) if t)
        files_tip = self.tr("%n attachment(s)", "", files) if files else ""
        conflict_tip = (
            self.tr("Two revisions share a parent: open the record to see which one counts.")
            if conflict
            else ""
        )
        tips = (
            full[0],
            full[1],
            title_tip,
            org_tip,
            "\n".join(names),
            state,
            files_tip,
            conflict_tip,
            full[8],
        )
        return (*(_short(t) for t in full), *tips)
