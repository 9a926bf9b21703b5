"""The main window: a stack of first run, unlock and the workspace (the observation list).

Locking (Ctrl+L, the toolbar button, or the idle timer) switches the stack to the unlock
page at once, hides the menus and toolbar, hides every other window (editors keep their
unsaved state in memory) and closes any open dialog, then drops the profile.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QTabBar,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import i18n, icons
from desktop.ui.dialogs import Dialogs
from desktop.ui.hub import hub
from desktop.ui.idle import IdleWatcher
from desktop.ui.session import Session, preload, store_setting
from desktop.ui.ui_store import UiStore
from desktop.ui.unlock import UnlockPage
from desktop.ui.workers import run_task

if TYPE_CHECKING:
    from desktop.core.profile import Profile
    from desktop.ui.first_run import FirstRunPage
    from desktop.ui.observation_list import ObservationListView
    from desktop.ui.received.list_view import ReceivedListView
    from desktop.ui.received.record_view import ReceivedRecordView

log = logging.getLogger(__name__)


def _read_for_editor(profile: Profile, observation_id: str) -> object:
    """The record for its editor; None for a received one (shown read-only instead)."""
    if profile.received.is_received(observation_id):
        return None
    return profile.observations.get(observation_id)


class MainWindow(QMainWindow):
    #: The store is imported and the workspace built (done while the user types).
    preloaded = Signal()
    #: An editor is shown (a new record's, or a stored one's once read).
    editor_opened = Signal(object)

    def __init__(
        self,
        session: Session,
        dialogs: Dialogs | None = None,
        language: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.dialogs = dialogs or Dialogs()
        self.setObjectName("main_window")
        self.setWindowIcon(icons.app_icon())
        self.resize(1180, 720)
        self.ui_store = UiStore(session.paths)  # where the window was left (ui.ini)
        self.ui_store.restore_geometry(self, "main_window/geometry")
        self.editors: dict[str, QWidget] = {}
        self._opening: set[str] = set()  # records being read for an editor
        self._hidden_for_lock: list[QWidget] = []
        self.first_run: FirstRunPage | None = None

        self.stack = QStackedWidget()
        # A coordinator's window has two sections: Received (first) and My records.
        self.sections = QTabBar()
        self.sections.setObjectName("sections")
        self.sections.setExpanding(False)
        self.sections.setDocumentMode(True)
        self.sections.addTab(icons.icon("review"), "")
        self.sections.addTab(icons.icon("file"), "")
        self.sections.setVisible(False)
        self.sections.currentChanged.connect(self._section_chosen)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.sections)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.received: ReceivedListView | None = None
        self.record_view: ReceivedRecordView | None = None
        self._badges = (0, 0)
        self._coordinator = False
        self.unlock_page = UnlockPage(session.unlock_profile, language or i18n.current_language())
        self.unlock_page.unlocked.connect(self._opened)
        self.unlock_page.language_chosen.connect(self.set_language)
        self.stack.addWidget(self.unlock_page)
        # The list is built once the unlock page shows (see _preload): it needs the store's
        # libraries and the reference data, which load while the passphrase is typed.
        self.workspace: ObservationListView | None = None
        self.is_preloaded = False
        if not session.profile_exists():
            from desktop.ui.first_run import FirstRunPage
            from desktop.ui.refdata import velayats

            self.first_run = FirstRunPage(
                session.create_profile, velayats, language or i18n.current_language()
            )
            self.first_run.created.connect(self._opened)
            self.first_run.language_chosen.connect(self.set_language)
            self.stack.addWidget(self.first_run)

        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._make_status_bar()

        self.idle = IdleWatcher(10, self)
        self.idle.lock_keys = self.lock_action.shortcut()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

        h = hub()
        h.lock_requested.connect(self.lock)
        h.data_changed.connect(self._data_changed)
        h.settings_changed.connect(self._settings_changed)

        self.retranslate()
        if self.first_run is not None:
            self._show_page(self.first_run)
        else:
            self._show_page(self.unlock_page)
        QTimer.singleShot(0, self._preload)

    def _preload(self) -> None:
        run_task(preload, on_done=self._preload_done, on_error=self._preload_done)

    def _preload_done(self, _result: object = None) -> None:
        self.ensure_workspace()
        self.is_preloaded = True
        self.preloaded.emit()

    def ensure_workspace(self) -> ObservationListView:
        if self.workspace is None:
            from desktop.ui.observation_list import ObservationListView

            self.workspace = ObservationListView()
            self.workspace.open_requested.connect(self.open_observation)
            # Delete works in the list only (in the search box it deletes a character)
            self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
            self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.workspace.table.addAction(self.delete_action)
            self.stack.addWidget(self.workspace)
        return self.workspace

    # -- building --------------------------------------------------------------------

    def _action(self, shortcut: QKeySequence | str | None, slot: object, icon: str = "") -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutVisibleInContextMenu(True)
        if icon:
            action.setIcon(icons.icon(icon))
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.new_action = self._action(QKeySequence.StandardKey.New, self.new_observation, "new")
        self.open_action = self._action("Ctrl+O", self.open_selected, "open")
        self.lock_action = self._action("Ctrl+L", self.lock, "lock")
        self.quit_action = self._action(QKeySequence.StandardKey.Quit, self.close)
        if self.quit_action.shortcut().isEmpty():  # no standard Quit key here (Windows)
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.find_action = self._action(QKeySequence.StandardKey.Find, self.focus_search, "search")
        self.settings_action = self._action("Ctrl+,", self.open_settings, "settings")
        self.refresh_action = self._action(QKeySequence.StandardKey.Refresh, self.refresh)
        self.clear_filters_action = self._action("Ctrl+Shift+F", self.clear_filters)
        self.about_action = self._action(None, self.open_about)
        self.sync_action = self._action("F9", self.sync_now, "sync")
        self.connect_action = self._action(None, self.open_connect)
        self.parcel_action = self._action(None, self.open_parcels)
        self.network_action = self._action(None, self.open_network)
        self.sync_log_action = self._action(None, self.open_sync_log)
        self.figures_action = self._action(None, self.open_figures)
        self.delete_action = self._action(None, self.delete_selected, "remove")
        self.import_action = self._action(None, self.open_import, "open")
        self.unlocked_actions = [
            self.sync_action,
            self.connect_action,
            self.parcel_action,
            self.network_action,
            self.sync_log_action,
            self.figures_action,
            self.new_action,
            self.open_action,
            self.delete_action,
            self.import_action,
            self.lock_action,
            self.find_action,
            self.settings_action,
            self.refresh_action,
            self.clear_filters_action,
        ]

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(self)
        self.file_menu.addActions([self.new_action, self.open_action, self.import_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.sync_action, self.connect_action, self.parcel_action])
        self.file_menu.addAction(self.network_action)
        # coordinators only: a device may have enrolled as one since the window opened
        self.file_menu.aboutToShow.connect(self._update_network_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = QMenu(self)
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addAction(self.delete_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.settings_action)
        self.view_menu = QMenu(self)
        self.view_menu.addActions([self.refresh_action, self.clear_filters_action])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.sync_log_action)
        self.view_menu.addAction(self.figures_action)
        self.help_menu = QMenu(self)
        self.help_menu.addAction(self.about_action)
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.help_menu):
            bar.addMenu(menu)

    def _make_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.new_action)
        self.toolbar.addAction(self.open_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.sync_action)
        self.toolbar.addAction(self.settings_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.lock_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _make_status_bar(self) -> None:
        from desktop.ui.sync_controller import SyncController
        from desktop.ui.sync_status import SyncStatus

        self.sync_status = SyncStatus(self)
        self.sync_status.sync_requested.connect(self.sync_now)
        self.sync_status.log_requested.connect(self.open_sync_log)
        self.sync_label = self.sync_status.label
        self.statusBar().addPermanentWidget(self.sync_status)
        self.sync = SyncController(self)
        self.sync.needs_information.connect(self._needs_information)

    # -- pages and locking -----------------------------------------------------------

    def _show_page(self, page: QWidget) -> None:
        unlocked = page is not None and page in (self.workspace, self.received)
        self.sections.setVisible(unlocked and self.is_coordinator())
        self.stack.setCurrentWidget(page)
        self.menuBar().setVisible(unlocked)
        self.toolbar.setVisible(unlocked)
        self.statusBar().setVisible(unlocked)
        for action in self.unlocked_actions:
            action.setEnabled(unlocked)
        if page is self.unlock_page:
            self.unlock_page.show_language(i18n.current_language())
            self.unlock_page.reset()
        self._update_title()

    def is_locked(self) -> bool:
        return not self.session.is_unlocked()

    def _opened(self, profile: Profile) -> None:
        self.session.opened(profile)
        # The language on screen is the user's latest choice (made on this page if not
        # before); the profile keeps it too.
        if profile.settings.get("language") != i18n.current_language():
            store_setting(profile, "language", i18n.current_language())
        self.apply_settings()
        if self.first_run is not None:
            self.stack.removeWidget(self.first_run)
            self.first_run.deleteLater()
            self.first_run = None
        workspace = self.ensure_workspace()
        self._read_role()  # before the lists start reading
        coordinator = self.is_coordinator()
        # a coordinator's "My records" lists only this device's own records
        workspace.query_defaults = {"scope": "own"} if coordinator else {}
        workspace.model.set_query(workspace.current_query())
        workspace.set_service(profile.observations)
        workspace.model.review_marks = profile.reviews.marks_for
        if coordinator:
            self._show_received(profile)
        else:
            self._show_page(workspace)
            workspace.table.setFocus()
        self.idle.start()
        for widget in self._hidden_for_lock:
            widget.show()
        self._hidden_for_lock.clear()
        self.sync.attach(profile)

    def lock(self) -> None:
        """Hide everything recorded at once; unsaved editor state stays in memory."""
        if self.is_locked():
            return
        self.idle.stop()
        # Close dialogs first (a message box could quote a file name), then hide windows.
        for widget in QApplication.topLevelWidgets():
            if widget is self or not widget.isVisible():
                continue
            if isinstance(widget, QDialog) and widget.isModal():
                widget.reject()
            else:
                self._hidden_for_lock.append(widget)
                widget.hide()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self._show_page(self.unlock_page)
        if self.workspace is not None:
            self.workspace.set_service(None)
        if self.received is not None:
            self.received.set_profile(None)
        if self.record_view is not None:
            # it holds the profile: made again after unlocking
            if self.record_view in self._hidden_for_lock:
                self._hidden_for_lock.remove(self.record_view)
            self.record_view.close()
            self.record_view.deleteLater()
            self.record_view = None
        self.sync.detach()
        self.session.lock()
        self.activateWindow()

    def apply_settings(self) -> None:
        profile = self.session.profile
        if profile is None:
            return
        minutes = profile.settings.get("autolock_minutes")
        try:
            minutes = float(minutes)
        except (TypeError, ValueError):
            minutes = 10.0
        self.idle.set_delay_ms(int(minutes * 60_000))
        self._update_title()

    def _settings_changed(self, key: str) -> None:
        self.apply_settings()

    # -- language --------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        if code == i18n.current_language() and code != "en":
            return
        i18n.set_language(code)
        i18n.save_language(self.session.paths, code)
        if self.session.profile is not None:
            store_setting(self.session.profile, "language", code)
        hub().language_changed.emit(code)

    # -- commands --------------------------------------------------------------------

    def new_observation(self) -> None:
        self.open_observation(None)

    def open_selected(self) -> None:
        if self.received is not None and self.stack.currentWidget() is self.received:
            record_id = self.received.selected_id()
            if record_id:
                self.open_received(record_id)
            return
        if self.workspace is None:
            return
        observation_id = self.workspace.selected_id()
        if observation_id:
            self.open_observation(observation_id)

    def open_observation(self, observation_id: str | None) -> QWidget | None:
        """A new record's editor at once; a stored record's once read in a worker (a list
        query may hold the database). :attr:`editor_opened` tells either; returns the
        editor when it is already there."""
        profile = self.session.profile
        if profile is None:
            return None
        if observation_id is not None and observation_id in self.editors:
            editor = self.editors[observation_id]
            editor.show()
            editor.raise_()
            editor.activateWindow()
            self.editor_opened.emit(editor)
            return editor
        if observation_id is None:
            return self._show_editor(None)
        if observation_id not in self._opening:
            self._opening.add(observation_id)
            run_task(
                _read_for_editor,
                profile,
                observation_id,
                on_done=lambda obs: self._opened_read(observation_id, obs),
                on_error=lambda exc: self._open_failed(observation_id, exc),
            )
        return None

    def _opened_read(self, observation_id: str, obs: object) -> None:
        self._opening.discard(observation_id)
        if self.is_locked():
            return  # locked meanwhile: the user opens it again after unlocking
        if obs is None:  # a received record: never in an editor, the read-only view
            self.open_received(observation_id)
            return
        if observation_id in self.editors:
            self.open_observation(observation_id)
            return
        self._show_editor(obs)

    def _open_failed(self, observation_id: str, exc: BaseException) -> None:
        self._opening.discard(observation_id)
        raise exc  # the error hook shows it, with the core's safe message

    def _show_editor(self, obs: object) -> QWidget:
        from desktop.ui.observation_editor import ObservationEditor

        editor = ObservationEditor(self.session, None, self.dialogs, observation=obs)
        editor.saved_as.connect(self._editor_saved_as)
        editor.closed.connect(self._editor_closed)
        self.editors[editor.observation_id] = editor
        editor.show()
        self.editor_opened.emit(editor)
        return editor

    def _editor_saved_as(self, observation_id: str) -> None:
        pass

    def _editor_closed(self, observation_id: str) -> None:
        editor = self.editors.pop(observation_id, None)
        if editor is not None:
            editor.deleteLater()

    def delete_selected(self) -> None:
        """Delete the selected draft (asked first); a sent record is never deleted here."""
        if self.workspace is None or self.is_locked():
            return
        observation_id = self.workspace.selected_id()
        if not observation_id:
            return
        row = self.workspace.model.row_at(self.workspace.table.currentIndex().row())
        if row is None or row.status != "draft":
            self.dialogs.info(
                self,
                self.tr("Delete draft"),
                self.tr("Only a draft that was never sent can be deleted."),
            )
            return
        from desktop.ui.drafts import delete_draft

        editor = self.editors.get(observation_id)
        on_deleted = editor.discard_and_close if editor is not None else None  # type: ignore[attr-defined]
        delete_draft(self.session, observation_id, self.dialogs, self, on_deleted)

    def open_import(self) -> QDialog | None:
        profile = self.session.profile
        if profile is None:
            return None
        from desktop.ui.import_dialog import ImportDialog

        dialog = ImportDialog(profile, self.dialogs, self)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def current_list(self) -> ObservationListView | None:
        """The list on screen: Received or My records."""
        if self.received is not None and self.stack.currentWidget() is self.received:
            return self.received
        return self.workspace

    def focus_search(self) -> None:
        view = self.current_list()
        if view is not None:
            view.search.setFocus()
            view.search.selectAll()

    def refresh(self) -> None:
        view = self.current_list()
        if view is not None:
            view.refresh()

    def clear_filters(self) -> None:
        view = self.current_list()
        if view is not None:
            view.search.clear()
            view.filters.clear()
            view.apply()

    def open_settings(self) -> None:
        if self.is_locked():
            return
        from desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.session, self, self.dialogs)
        dialog.language_selected.connect(self.set_language)
        dialog.connect_requested.connect(self.open_connect)
        dialog.exec()

    def sync_now(self) -> None:
        if not self.is_locked():
            self.sync.sync_now()

    def open_connect(self) -> QDialog | None:
        profile = self.session.profile
        if profile is None:
            return None
        from desktop.ui.connect_dialog import ConnectDialog

        dialog = ConnectDialog(profile, self.dialogs, self)
        dialog.enrolled.connect(lambda _result: self._enrolled(profile))
        dialog.open()
        return dialog

    def open_figures(self) -> QWidget | None:
        profile = self.session.profile
        if profile is None or self.workspace is None:
            return None
        from desktop.ui.coordinator.dashboard_window import DashboardWindow

        session = self.session
        # a coordinator's figures follow the list on screen (Received, or My records)
        window = DashboardWindow(
            lambda: session.profile,
            self.current_list() or self.workspace,
            self.dialogs,
            parent=self,
            ui_store=self.ui_store,
            recommendations=lambda: (
                session.profile.recommendations.all() if session.profile else []
            ),
        )
        window.show()
        return window

    def open_parcels(self) -> QDialog | None:
        profile = self.session.profile
        if profile is None:
            return None
        if not profile.sync.enrolled:
            self.dialogs.info(
                self,
                self.tr("Carry by USB stick"),
                self.tr("Connect to a server once (File > Connect) before using parcels."),
            )
            return None
        from desktop.ui.parcel_dialog import ParcelDialog

        dialog = ParcelDialog(profile, self.dialogs, self)
        dialog.open()
        return dialog

    def _update_network_action(self) -> None:
        profile = self.session.profile
        coordinator = profile is not None and profile.sync.role == "coordinator"
        self.network_action.setVisible(
            coordinator and profile is not None and profile.sync.enrolled
        )

    def open_network(self) -> QDialog | None:
        """Organisations, invitation codes and devices: a coordinator's device only."""
        profile = self.session.profile
        if profile is None:
            return None
        if profile.sync.role != "coordinator" or not profile.sync.enrolled:
            self.dialogs.info(
                self,
                self.tr("Network"),
                self.tr("Only a coordinator's device connected to the server manages the network."),
            )
            return None
        from desktop.ui.coordinator.network_dialog import NetworkDialog

        dialog = NetworkDialog(profile, self.dialogs, self)
        dialog.open()
        return dialog

    def open_sync_log(self) -> QDialog | None:
        profile = self.session.profile
        if profile is None:
            return None
        from desktop.ui.sync_log_dialog import SyncLogDialog

        dialog = SyncLogDialog(profile, self)
        dialog.open()
        return dialog

    def _needs_information(self, record_ids: list[str]) -> None:
        """A coordinator asked for more: say so where the worker looks, without content."""
        text = self.tr("A coordinator asked for more information on %n observation(s).", "",
                       len(record_ids))  # fmt: skip
        self.statusBar().showMessage(text, 60_000)
        QApplication.alert(self)

    def open_about(self) -> None:
        from desktop.ui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    # -- the coordinator's desk (issue 15) ---------------------------------------------

    def is_coordinator(self) -> bool:
        """Read once at unlock and at enrolment (the role is a database read, and the GUI
        thread must not wait behind a list query for it)."""
        return self._coordinator and self.session.profile is not None

    def _read_role(self) -> None:
        profile = self.session.profile
        self._coordinator = profile is not None and profile.sync.role == "coordinator"

    def _enrolled(self, profile: Profile) -> None:
        self.sync.attach(profile)
        self._read_role()
        if self.is_coordinator() and self.received is None:
            self.workspace_scope_own()
            self._show_received(profile)

    def workspace_scope_own(self) -> None:
        if self.workspace is not None:
            self.workspace.query_defaults = {"scope": "own"}
            self.workspace.apply()

    def ensure_received(self) -> ReceivedListView:
        if self.received is None:
            from desktop.ui.received.list_view import ReceivedListView

            self.received = ReceivedListView(self.dialogs)
            self.received.open_requested.connect(self.open_received)
            self.received.badges_changed.connect(self._badges_changed)
            self.received.found.connect(self._found_unreviewed)
            self.stack.addWidget(self.received)
        return self.received

    def _show_received(self, profile: Profile) -> None:
        received = self.ensure_received()
        received.set_profile(profile)
        blocked = self.sections.blockSignals(True)
        self.sections.setCurrentIndex(0)
        self.sections.blockSignals(blocked)
        self._show_page(received)
        received.table.setFocus()

    def _section_chosen(self, index: int) -> None:
        if self.is_locked():
            return
        page = self.received if index == 0 else self.workspace
        if page is not None:
            self._show_page(page)
            page.table.setFocus()

    def _badges_changed(self, unread: int, unreviewed: int) -> None:
        self._badges = (unread, unreviewed)
        self._update_section_titles()

    def _update_section_titles(self) -> None:
        # counts only: a badge never carries recorded content (issue 15)
        unread, unreviewed = self._badges
        title = self.tr("Received")
        if unread or unreviewed:
            title += (
                "  ("
                + (
                    self.tr("%1 new · %2 to review")
                    .replace("%1", QLocale().toString(unread))
                    .replace("%2", QLocale().toString(unreviewed))
                )
                + ")"
            )
        self.sections.setTabText(0, title)
        self.sections.setTabText(1, self.tr("My records"))
        self.sections.setTabToolTip(
            0, self.tr("Observations received from the network's field workers")
        )
        self.sections.setTabToolTip(1, self.tr("Observations recorded on this laptop"))

    def open_received(self, record_id: str) -> ReceivedRecordView | None:
        """A received record in the read-only view (one window, reused)."""
        profile = self.session.profile
        if profile is None:
            return None
        if self.record_view is None:
            from desktop.ui.received.record_view import ReceivedRecordView

            self.record_view = ReceivedRecordView(profile, self.dialogs, self)
            self.record_view.navigate.connect(self._navigate_received)
            self.record_view.review.reviewed.connect(self._reviewed_in_view)
            self.record_view.resize(min(1280, self.width()), min(720, self.height()))
        view = self.record_view
        view.show_record(record_id)
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def _navigate_received(self, record_id: str, forward: bool) -> None:
        if self.received is not None:
            self.received.find_next(record_id, forward)

    def _found_unreviewed(self, record_id: str, forward: bool) -> None:
        if self.record_view is None:
            return
        if record_id:
            self.record_view.show_record(record_id)
        else:
            self.record_view.nothing_more(forward)

    def _reviewed_in_view(self, record_id: str, _status: str) -> None:
        if self.received is not None:
            self.received.note_reviewed(record_id)

    # -- hub -------------------------------------------------------------------------

    def _data_changed(self, observation_id: str) -> None:
        if not self.is_locked() and self.workspace is not None:
            self.workspace.refresh()
        if not self.is_locked() and self.received is not None:
            self.received.refresh()
        view = self.record_view
        if not observation_id and view is not None and view.isVisible() and view.record_id:
            # a sync may have brought a new revision: shown, left unread in the list
            view.show_record(view.record_id, mark_read=False)

    def _update_title(self) -> None:
        # Never the organisation's name: titles show in task switchers, screenshots and
        # screen-sharing, and name who the laptop works for (issue 13 finding 8).
        self.setWindowTitle("Fieldbook")

    # -- Qt --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_action.setText(self.tr("&New observation"))
        self.new_action.setToolTip(self.tr("Record a new observation (Ctrl+N)"))
        self.open_action.setText(self.tr("&Open"))
        self.open_action.setToolTip(self.tr("Open the selected observation (Ctrl+O)"))
        self.lock_action.setText(self.tr("&Lock"))
        self.lock_action.setToolTip(self.tr("Lock Fieldbook now (Ctrl+L)"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Find"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.settings_action.setToolTip(
            self.tr("Language, auto-lock, passphrase and server (Ctrl+,)")
        )
        self.refresh_action.setText(self.tr("&Refresh"))
        self.clear_filters_action.setText(self.tr("&Clear search and filters"))
        self.about_action.setText(self.tr("&About Fieldbook"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.sync_label.setAccessibleName(self.tr("Sync state"))
        self.sync_action.setText(self.tr("S&ync now"))
        self.sync_action.setToolTip(self.tr("Send and receive now (F9)"))
        self.connect_action.setText(self.tr("&Connect to server…"))
        self.sync_log_action.setText(self.tr("Sync &log"))
        self.parcel_action.setText(self.tr("Carry by &USB stick…"))
        self.network_action.setText(self.tr("Ne&twork: organisations, invitations, devices…"))
        self.figures_action.setText(self.tr("&Figures and map"))
        self.delete_action.setText(self.tr("&Delete draft…"))
        self.delete_action.setToolTip(self.tr("Delete the selected draft (Delete)"))
        self.import_action.setText(self.tr("&Import from a file…"))
        self._update_section_titles()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.record_view is not None:
            self.record_view.close()
        for editor in list(self.editors.values()):
            if not editor.close():
                event.ignore()
                return
        self.ui_store.save_geometry(self, "main_window/geometry")
        self.idle.stop()
        self.sync.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        if self.workspace is not None:
            self.workspace.set_service(None)
        self.session.close()
        if self.workspace is not None:
            self.workspace.model.shutdown()
        if self.received is not None:
            self.received.set_profile(None)
            self.received.model.shutdown()
        event.accept()
