"""Settings: language (applies at once), auto-lock delay, passphrase change, where the
profile lives, and the about box."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import i18n
from desktop.ui.dialogs import Dialogs, core_message
from desktop.ui.session import Session, store_setting
from desktop.ui.widgets import ErrorLabel, translate_buttons
from desktop.ui.workers import run_task

log = logging.getLogger(__name__)


class SettingsDialog(QDialog):
    language_selected = Signal(str)
    connect_requested = Signal()

    def __init__(
        self, session: Session, parent: QWidget | None = None, dialogs: Dialogs | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.dialogs = dialogs or Dialogs()
        self.setObjectName("settings_dialog")
        self.setMinimumWidth(560)
        profile = session.require()
        layout = QVBoxLayout(self)

        self.general = QGroupBox()
        form = QFormLayout(self.general)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        form.addRow(self.language_label, self.language)
        self.autolock = QSpinBox()
        self.autolock.setRange(1, 240)
        self.autolock.setValue(int(profile.settings.get("autolock_minutes")))
        self.autolock.valueChanged.connect(self._autolock_changed)
        self.autolock_label = QLabel()
        self.autolock_label.setBuddy(self.autolock)
        form.addRow(self.autolock_label, self.autolock)
        layout.addWidget(self.general)

        self.security = QGroupBox()
        sec = QFormLayout(self.security)
        sec.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.old_pass = QLineEdit()
        self.new_pass = QLineEdit()
        self.repeat_pass = QLineEdit()
        self.old_label, self.new_label, self.repeat_label = QLabel(), QLabel(), QLabel()
        for label, edit in (
            (self.old_label, self.old_pass),
            (self.new_label, self.new_pass),
            (self.repeat_label, self.repeat_pass),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            label.setBuddy(edit)
            sec.addRow(label, edit)
            edit.textChanged.connect(self._update_change_button)
        self.change_button = QPushButton()
        self.change_button.clicked.connect(self.change_passphrase)
        self.change_message = ErrorLabel()
        self.change_done = QLabel()
        self.change_done.setVisible(False)
        sec.addRow("", self.change_button)
        sec.addRow(self.change_message)
        sec.addRow(self.change_done)
        layout.addWidget(self.security)

        self.server = QGroupBox()
        srv = QVBoxLayout(self.server)
        self.server_state = QLabel()
        self.server_state.setWordWrap(True)
        self.connect_button = QPushButton()
        self.connect_button.clicked.connect(self.connect_requested)
        srv.addWidget(self.server_state)
        srv.addWidget(self.connect_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.server)

        self.location = QGroupBox()
        loc = QFormLayout(self.location)
        loc.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.data_dir_label = QLabel()
        self.data_dir = QLabel(str(session.paths.data_dir))
        self.log_dir_label = QLabel()
        self.log_dir = QLabel(str(session.paths.log_dir))
        for value in (self.data_dir, self.log_dir):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
        loc.addRow(self.data_dir_label, self.data_dir)
        loc.addRow(self.log_dir_label, self.log_dir)
        layout.addWidget(self.location)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.about_button = QPushButton()
        self.about_button.clicked.connect(self.open_about)
        buttons.addButton(self.about_button, QDialogButtonBox.ButtonRole.HelpRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.retranslate()
        self._update_change_button()

    def _language_changed(self) -> None:
        self.language_selected.emit(str(self.language.currentData()))

    def _autolock_changed(self, minutes: int) -> None:
        profile = self.session.profile
        if profile is not None:
            store_setting(profile, "autolock_minutes", minutes)

    def _update_change_button(self) -> None:
        ok = (
            bool(self.old_pass.text())
            and len(self.new_pass.text()) >= 8
            and self.new_pass.text() == self.repeat_pass.text()
        )
        self.change_button.setEnabled(ok)
        if self.repeat_pass.text() and self.repeat_pass.text() != self.new_pass.text():
            self.change_message.show_error(self.tr("The two new passphrases are not the same."))
        elif len(self.new_pass.text()) in range(1, 8):
            self.change_message.show_error(self.tr("Use at least 8 characters."))
        else:
            self.change_message.clear_error()

    def change_passphrase(self) -> None:
        profile = self.session.require()
        self.change_button.setEnabled(False)
        self.change_done.setVisible(False)
        old, new = self.old_pass.text(), self.new_pass.text()
        run_task(profile.change_passphrase, old, new, on_done=self._changed, on_error=self._failed)

    def _changed(self, _result: object) -> None:
        log.info("passphrase changed")
        for edit in (self.old_pass, self.new_pass, self.repeat_pass):
            edit.clear()
        self.change_done.setText(
            self.tr("The passphrase was changed. Use the new one from now on.")
        )
        self.change_done.setVisible(True)

    def _failed(self, exc: BaseException) -> None:
        from desktop.core.errors import CoreError

        if not isinstance(exc, CoreError):
            raise exc
        log.info("passphrase change refused: %s", exc.code)
        self._update_change_button()  # the fields are as they were: the button comes back
        # After it, which clears the message of valid fields; this one stays until an edit.
        self.change_message.show_error(core_message(exc.message))
        self.old_pass.setFocus()
        self.old_pass.selectAll()

    def open_about(self) -> None:
        from desktop.ui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.general.setTitle(self.tr("General"))
        self.language_label.setText(self.tr("&Language:"))
        self.autolock_label.setText(self.tr("Lock &automatically after:"))
        self.autolock.setSuffix(" " + self.tr("min"))
        self.autolock.setAccessibleName(self.tr("Minutes without use before Fieldbook locks"))
        self.security.setTitle(self.tr("Change passphrase"))
        self.old_label.setText(self.tr("C&urrent passphrase:"))
        self.new_label.setText(self.tr("&New passphrase:"))
        self.repeat_label.setText(self.tr("&Repeat new passphrase:"))
        self.change_button.setText(self.tr("Change &passphrase"))
        self.server.setTitle(self.tr("Server"))
        url = self.session.require().sync.status().server_url
        self.server_state.setText(
            self.tr("Connected to %1.").replace("%1", str(url))
            if url
            else self.tr("Not connected. Records stay on this computer until you connect.")
        )
        self.connect_button.setText(self.tr("&Connect to server…"))
        self.location.setTitle(self.tr("Where your data is"))
        self.data_dir_label.setText(self.tr("Profile folder:"))
        self.log_dir_label.setText(self.tr("Log folder:"))
        self.about_button.setText(self.tr("A&bout Fieldbook"))
        translate_buttons(self.buttons)
