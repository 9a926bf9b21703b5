"""Settings → Connect to server: enrol with an invitation code, choose a proxy, and (for
coordinators) export or import the coordination key file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import CoreError
from desktop.core.profile import Profile
from desktop.core.sync.enrolment import Enrolment
from desktop.core.sync.state import ProxySettings
from desktop.ui.dialogs import Dialogs
from desktop.ui.widgets import translate_buttons
from desktop.ui.workers import run_task

PROXY_MODES = ("system", "none", "manual")


class ConnectDialog(QDialog):
    enrolled = Signal(object)  # Enrolment

    def __init__(self, profile: Profile, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.dialogs = dialogs
        self.setMinimumWidth(560)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.code = QPlainTextEdit(self)
        self.code.setObjectName("invitation_code")
        self.code.setFixedHeight(80)
        self.device_name = QLineEdit(self)
        self.name_note = QLabel(self)
        self.name_note.setObjectName("device_name_note")
        self.name_note.setWordWrap(True)
        self.proxy_mode = QComboBox(self)
        self.proxy_url = QLineEdit(self)
        self.proxy_url.setPlaceholderText("http://proxy:3128  ·  socks5h://127.0.0.1:9050")
        self.proxy_mode.currentIndexChanged.connect(self._proxy_mode_changed)
        self.connect_button = QPushButton(self)
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self.connect_to_server)
        self.result = QLabel(self)
        self.result.setObjectName("enrol_result")
        self.result.setWordWrap(True)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export_key)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.import_key)

        self.code_label, self.name_label, self.proxy_label = QLabel(), QLabel(), QLabel()
        self.code_label.setBuddy(self.code)
        self.name_label.setBuddy(self.device_name)
        self.proxy_label.setBuddy(self.proxy_mode)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.addRow(self.code_label, self.code)
        self.form.addRow(self.name_label, self.device_name)
        self.form.addRow("", self.name_note)
        proxy_row = QHBoxLayout()
        proxy_row.addWidget(self.proxy_mode)
        proxy_row.addWidget(self.proxy_url, 1)
        self.form.addRow(self.proxy_label, proxy_row)
        keys = QHBoxLayout()
        keys.addWidget(self.export_button)
        keys.addWidget(self.import_button)
        keys.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(self.form)
        layout.addWidget(self.connect_button)
        layout.addWidget(self.result)
        layout.addLayout(keys)
        layout.addWidget(buttons)
        proxy = profile.sync.proxy()
        self._proxy_initial = proxy
        self.retranslate()
        self.proxy_mode.setCurrentIndex(PROXY_MODES.index(proxy.mode))
        self.proxy_url.setText(proxy.url)
        self._refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Connect to server"))
        self.code_label.setText(self.tr("Invitation code"))
        self.name_label.setText(self.tr("Name of this computer"))
        self.proxy_label.setText(self.tr("Proxy"))
        translate_buttons(self.buttons)
        self.code.setAccessibleName(self.tr("Invitation code"))
        self.device_name.setAccessibleName(self.tr("Name of this computer"))
        self.device_name.setPlaceholderText(self.tr("e.g. laptop 3"))
        self.name_note.setText(
            self.tr(
                "The server's operator sees this name, unencrypted. Use one that names no "
                "person and no place you would not want them to know; it may be left empty."
            )
        )
        current = self.proxy_mode.currentIndex()
        self.proxy_mode.clear()
        self.proxy_mode.addItems(
            [self.tr("System settings"), self.tr("No proxy"), self.tr("This proxy:")]
        )
        self.proxy_mode.setCurrentIndex(max(0, current))
        self.connect_button.setText(self.tr("Connect"))
        self.export_button.setText(self.tr("Export coordination key…"))
        self.import_button.setText(self.tr("Import coordination key…"))

    def _proxy_mode_changed(self, index: int) -> None:
        self.proxy_url.setEnabled(index == PROXY_MODES.index("manual"))

    def _proxy(self) -> ProxySettings:
        mode = PROXY_MODES[max(0, self.proxy_mode.currentIndex())]
        return ProxySettings(
            mode=mode, url=self.proxy_url.text().strip() if mode == "manual" else ""
        )

    def _refresh(self) -> None:
        status = self.profile.sync.status()
        enrolled = status.enrolled
        coordinator = enrolled and status.role == "coordinator"
        if enrolled:
            server = status.server_url or ""
            self.status.setText(self.tr("This computer is connected to %1.").replace("%1", server))
        else:
            self.status.setText(
                self.tr(
                    "Paste the invitation code your coordinator gave you. Fieldbook checks "
                    "that the server's keys match the code before it sends anything."
                )
            )
        self.code.setEnabled(not enrolled)
        self.device_name.setEnabled(not enrolled)
        self.connect_button.setEnabled(not enrolled)
        self.export_button.setVisible(coordinator and self.profile.sync.has_coordination_key())
        self.import_button.setVisible(coordinator)

    def connect_to_server(self) -> None:
        code = self.code.toPlainText().strip()
        if not code:
            self.result.setText(self.tr("Enter the invitation code."))
            return
        self.connect_button.setEnabled(False)
        self.result.setText(self.tr("Connecting…"))
        run_task(
            self.profile.sync.enroll,
            code,
            name=self.device_name.text().strip(),
            proxy=self._proxy(),
            on_done=self._enrolled,
            on_error=self._failed,
        )

    def _enrolled(self, result: Enrolment) -> None:
        role = self.tr("coordinator") if result.role == "coordinator" else self.tr("field worker")
        text = self.tr("Connected as %1.").replace("%1", role)
        if result.coordinator_fingerprint:
            text += "\n" + self.tr(
                "Coordinator key fingerprint: %1 — compare it with your coordinator by phone "
                "or in person."
            ).replace("%1", result.coordinator_fingerprint)
        if result.needs_key_file:
            text += "\n" + self.tr("Import the coordination key file from the first coordinator.")
        self.result.setText(text)
        self._refresh()
        self.enrolled.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.connect_button.setEnabled(True)
        if isinstance(exc, CoreError):
            self.result.setText(QCoreApplication.translate("core", exc.message))
        else:
            self.result.setText(self.tr("Connecting failed for an unexpected reason."))

    def export_key(self) -> None:
        path = self.dialogs.ask_save_file(
            self, self.tr("Save coordination key"), "coordination.fbkey"
        )
        if not path:
            return
        secret = self.dialogs.ask_passphrase(self, self.tr("A passphrase for the key file"), True)
        if not secret:
            return
        try:
            data = self.profile.sync.export_coordination_key(secret)
            from pathlib import Path

            from desktop.core.paths import open_private

            with open(open_private(Path(path)), "wb") as fh:
                fh.write(data)
        except (CoreError, OSError) as exc:
            message = exc.message if isinstance(exc, CoreError) else str(exc.strerror)
            self.dialogs.error(
                self, self.windowTitle(), QCoreApplication.translate("core", message)
            )
            return
        self.result.setText(self.tr("Saved. Keep the file offline, apart from its passphrase."))

    def import_key(self) -> None:
        paths = self.dialogs.ask_open_files(self, self.tr("Open coordination key"))
        if not paths:
            return
        secret = self.dialogs.ask_passphrase(self, self.tr("The key file's passphrase"), False)
        if not secret:
            return
        try:
            with open(paths[0], "rb") as fh:
                self.profile.sync.import_coordination_key(fh.read(), secret)
        except (CoreError, OSError) as exc:
            message = exc.message if isinstance(exc, CoreError) else str(exc.strerror)
            self.dialogs.error(
                self, self.windowTitle(), QCoreApplication.translate("core", message)
            )
            return
        self.result.setText(self.tr("The coordination key was imported."))
        self._refresh()
