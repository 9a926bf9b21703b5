"""The Received list: the field list's widget over the same list engine, with the desk's
columns and filters, several rows selectable for reviewing in bulk, counts of unread and
unreviewed records (numbers only, never recorded content), and finding the next or
previous unreviewed record for the record view's keyboard navigation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QMenu, QPushButton, QWidget
from shiboken6 import isValid

from desktop.ui import icons
from desktop.ui.dialogs import Dialogs, core_message
from desktop.ui.hub import hub
from desktop.ui.observation_list import ObservationListView
from desktop.ui.observation_table_model import ID_ROLE
from desktop.ui.received.filter_bar import ReceivedFilterBar
from desktop.ui.received.loading import author_names, org_names
from desktop.ui.received.navigation import find_unreviewed
from desktop.ui.received.table_model import ReceivedTableModel
from desktop.ui.workers import run_task

if TYPE_CHECKING:
    from desktop.core.profile import Profile


def _people(
    profile: Profile,
) -> tuple[list[tuple[str, str]], dict[str, str], list[tuple[str, str]]]:
    """(organisations, every known device's readable name, the authors to filter by)."""
    names = author_names(profile)
    authors = [(a.device_id, names.get(a.device_id) or a.name) for a in profile.received.authors()]
    return org_names(profile), names, authors


def _badge_counts(profile: Profile) -> tuple[int, int]:
    """(unread, not reviewed yet) among the received records."""
    counts = profile.received.counts()
    get = counts.get if isinstance(counts, dict) else lambda k, d=0: getattr(counts, k, d)
    return int(get("unread", 0) or 0), int(get("not_reviewed", 0) or get("unreviewed", 0) or 0)


class ReceivedListView(ObservationListView):
    #: (unread, not reviewed yet): for the section's badge
    badges_changed = Signal(int, int)
    #: a bulk review was sealed: how many records
    bulk_reviewed = Signal(int)
    #: the next/previous unreviewed record was looked for: (record id or "", forward)
    found = Signal(str, bool)

    column_widths = (120, 130, 0, 140, 110, 160, 66, 84, 146)
    title_share = 4
    title_column = 2

    def __init__(self, dialogs: Dialogs | None = None, parent: QWidget | None = None) -> None:
        model = ReceivedTableModel()
        super().__init__(parent, model=model, filters=ReceivedFilterBar())
        self.received_model = model
        received_column = [c[0] for c in model.columns].index("received_at")
        self.table.horizontalHeader().setSortIndicator(
            received_column, Qt.SortOrder.DescendingOrder
        )
        self.setObjectName("received_list")
        self.dialogs = dialogs or Dialogs()
        self.profile: Profile | None = None
        self.unread = self.unreviewed = 0
        self.query_defaults = {"scope": "received"}
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.review_button = QPushButton()
        self.review_button.setObjectName("bulk_review_button")
        self.review_button.setIcon(icons.icon("review"))
        self.review_menu = QMenu(self)
        self.mark_received_action = QAction(self)
        self.mark_received_action.triggered.connect(lambda: self.mark_selected("received"))
        self.review_selected_action = QAction(self)
        self.review_selected_action.triggered.connect(self.review_selected)
        self.review_menu.addAction(self.mark_received_action)
        self.review_menu.addAction(self.review_selected_action)
        self.review_button.setMenu(self.review_menu)
        self.top_row.insertWidget(1, self.review_button)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addAction(self.mark_received_action)
        self.table.addAction(self.review_selected_action)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # a refresh (a record read, a review sealed, a sync) keeps the rows selected
        self._kept: tuple[str | None, list[str]] = (None, [])
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self._nav_asked = 0
        self.reviewed_here: set[str] = set()  # reviewed meanwhile (the list may lag)
        hub().data_changed.connect(self._data_changed)
        self.retranslate()
        self._selection_changed()

    # -- profile -----------------------------------------------------------------------

    def set_profile(self, profile: Profile | None) -> None:
        self.profile = profile
        self.reviewed_here.clear()
        self.set_service(profile.observations if profile is not None else None)
        if profile is None:
            self.badges_changed.emit(0, 0)
            return
        self.read_people()
        self.count_badges()

    def read_people(self) -> None:
        profile = self.profile
        if profile is None:
            return
        run_task(_people, profile, on_done=self._people_read, on_error=lambda _e: None)

    def _people_read(self, result: Any) -> None:
        if not isValid(self) or self.profile is None:
            return
        orgs, names, authors = result
        self.received_model.author_names = names
        self.received_model.org_names = dict(orgs)
        self.filters.set_people(orgs, authors)  # type: ignore[attr-defined]
        self.received_model.retranslate()  # tooltips with the authors' names

    def count_badges(self) -> None:
        profile = self.profile
        if profile is None:
            return
        run_task(
            _badge_counts,
            profile,
            on_done=lambda counts: self._counted(profile, counts),
            on_error=lambda _e: None,
        )

    def _counted(self, profile: Profile, counts: tuple[int, int]) -> None:
        if isValid(self) and profile is self.profile:
            self.unread, self.unreviewed = counts
            self.badges_changed.emit(*counts)

    def _data_changed(self, _record_id: str) -> None:
        if self.profile is not None and isValid(self):
            self.count_badges()
            if not _record_id:
                self.read_people()  # a sync may bring new authors

    # -- selection and bulk review -----------------------------------------------------

    def selected_ids(self) -> tuple[list[str], int]:
        """(ids of the selected rows, how many selected rows are still loading)."""
        ids, missing = [], 0
        for index in self.table.selectionModel().selectedRows():
            record_id = index.data(ID_ROLE)
            if record_id:
                ids.append(str(record_id))
            else:
                missing += 1
        return ids, missing

    def _selection_changed(self, *_: object) -> None:
        n = len(self.table.selectionModel().selectedRows())
        self.review_button.setEnabled(n > 0)
        self.mark_received_action.setText(
            self.tr("Mark %1 as received…").replace("%1", QLocale().toString(n))
            if n > 1
            else self.tr("Mark as received…")
        )

    def _ids_for_review(self) -> list[str] | None:
        ids, missing = self.selected_ids()
        if missing:
            self.dialogs.info(
                self,
                self.tr("Review"),
                self.tr("Some selected rows are still loading. Try again in a moment."),
            )
            return None
        return ids or None

    def mark_selected(self, status: str = "received") -> None:
        """ "Mark these 50 as received", asked first."""
        ids = self._ids_for_review()
        if not ids:
            return
        question = self.tr(
            "Mark %n selected record(s) as received? Each gets its own sealed review, sent "
            "with the next sync.",
            "",
            len(ids),
        )
        if self.dialogs.confirm(self, self.tr("Review"), question):
            self._review_many(ids, status, "")

    def review_selected(self) -> None:
        ids = self._ids_for_review()
        if not ids:
            return
        from desktop.ui.received.bulk_review import BulkReviewDialog

        dialog = BulkReviewDialog(len(ids), parent=self)
        self.bulk_dialog = dialog
        dialog.accepted.connect(lambda: self._review_many(ids, *dialog.decision()))
        dialog.open()

    def _review_many(self, ids: list[str], status: str, comment: str) -> None:
        profile = self.profile
        if profile is None:
            return
        self.review_button.setEnabled(False)
        run_task(
            profile.reviews.review_many,
            ids,
            status,
            comment,
            on_done=lambda _r: self._bulk_done(ids),
            on_error=self._bulk_failed,
        )

    def _bulk_done(self, ids: list[str]) -> None:
        if not isValid(self):
            return
        self.reviewed_here.update(ids)
        self._selection_changed()
        hub().data_changed.emit("")
        self.bulk_reviewed.emit(len(ids))

    def _bulk_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._selection_changed()
        message = getattr(exc, "message", None)
        self.dialogs.error(
            self,
            self.tr("Review"),
            core_message(message) if message else self.tr("The reviews could not be sealed."),
        )

    def _remember_selection(self) -> None:
        current = self.selected_id()
        ids = [
            str(i.data(ID_ROLE))
            for i in self.table.selectionModel().selectedRows()
            if i.data(ID_ROLE)
        ]
        if current or ids:
            self._kept = (current, ids)

    def _restore_selection(self) -> None:
        current, ids = self._kept
        self._kept = (None, [])
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for record_id in ids:
            row = self.model.row_of(record_id)
            if row >= 0:
                selection.select(self.model.index(row, 0), flags)
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            selection.setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    # -- next / previous unreviewed ----------------------------------------------------

    def find_next(self, record_id: str, forward: bool) -> None:
        """Look (in a worker) for the next/previous unreviewed record after ``record_id``
        in this list's order; select it and tell :attr:`found`."""
        profile = self.profile
        if profile is None:
            return
        start = self.model.row_of(record_id)
        if start < 0:
            start = -1 if forward else self.model.rowCount()
        self._nav_asked += 1
        asked = self._nav_asked
        skip = {record_id, *self.reviewed_here}
        run_task(
            find_unreviewed,
            profile.observations,
            self.model.query(),
            start,
            forward,
            skip,
            on_done=lambda hit: self._found(asked, hit, forward),
            on_error=lambda _e: self._found(asked, None, forward),
        )

    def _found(self, asked: int, hit: tuple[int, str] | None, forward: bool) -> None:
        if not isValid(self) or asked != self._nav_asked:
            return
        if hit is None:
            self.found.emit("", forward)
            return
        row, record_id = hit
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self.found.emit(record_id, forward)

    def note_reviewed(self, record_id: str) -> None:
        self.reviewed_here.add(record_id)

    # -- text --------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "review_button"):
            return
        self.search.setAccessibleName(self.tr("Search received observations"))
        self.table.setAccessibleName(self.tr("Received observations"))
        self.review_button.setText(self.tr("Review selected"))
        self.review_button.setToolTip(
            self.tr("Review every selected record at once (select with Shift or Ctrl)")
        )
        self.review_selected_action.setText(self.tr("Review selected with a decision…"))
        self._selection_changed()
