"""The network from a coordinator's device (issue 15 item 5): devices (organisation, role,
last contact; revoke one after a confirmation), invitation codes for new devices (copy or
print), organisations; replacing the coordination key (key_rotation.py), also offered right
after a coordinator's device is revoked.

Every call goes to the server in a worker (desktop/core/network.py); the dialog shows what
came back, or why not, in a line under the tabs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.invitations import MadeInvitation
from desktop.core.network import VELAYATS, Device, NetworkService, Org, Revoked
from desktop.core.profile import Profile
from desktop.ui import refdata
from desktop.ui.coordinator.key_rotation import KeyRotation
from desktop.ui.dialogs import Dialogs, core_message
from desktop.ui.widgets import translate_buttons
from desktop.ui.workers import run_task

# the reference data's codes for the server's velayat names (for names in the UI language)
_VELAYAT_CODES = {
    "Ahal": "ahal",
    "Balkan": "balkan",
    "Daşoguz": "dasoguz",
    "Lebap": "lebap",
    "Mary": "mary",
    "Aşgabat": "asgabat",
}


def velayat_name(server_name: str) -> str:
    code = _VELAYAT_CODES.get(server_name)
    name = refdata.place_name(code) if code else ""
    return name if name and name != code else server_name


class Printer:
    """Prints a document through Qt's print dialog; tests replace it (they never print)."""

    def print_document(self, parent: QWidget, document: QTextDocument) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        chooser = QPrintDialog(printer, parent)
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return False
        document.print_(printer)
        return True


class NetworkDialog(QDialog):
    # a call to the server ended (True: it succeeded); for tests and the screenshots
    finished_call = Signal(bool)

    def __init__(
        self,
        profile: Profile,
        dialogs: Dialogs,
        parent: QWidget | None = None,
        network: NetworkService | None = None,
    ) -> None:
        super().__init__(parent)
        self.network = network or NetworkService(profile)
        self.dialogs = dialogs
        self.printer = Printer()
        self.devices: list[Device] = []
        self.orgs: list[Org] = []
        self.invitation: MadeInvitation | None = None
        self.busy = 0
        self.rotation = KeyRotation(self.network, dialogs, self)
        self.rotation.finished.connect(self._rotation_finished)
        self.setObjectName("network_dialog")
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self._build_devices()
        self._build_invite()
        self._build_orgs()
        self.message = QLabel()
        self.message.setObjectName("network_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.refresh()

    # -- building ----------------------------------------------------------------------
    def _build_devices(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        self.device_table = QTableWidget(0, 5)
        self.device_table.setObjectName("device_table")
        self.device_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.device_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.device_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.device_table.verticalHeader().setVisible(False)
        header = self.device_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.device_table.itemSelectionChanged.connect(self._update_buttons)
        box.addWidget(self.device_table, 1)
        row = QHBoxLayout()
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.revoke_button = QPushButton()
        self.revoke_button.setObjectName("revoke_button")
        self.revoke_button.clicked.connect(self.revoke_selected)
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        row.addWidget(self.revoke_button)
        box.addLayout(row)
        key_row = QHBoxLayout()
        self.key_status = QLabel()
        self.key_status.setObjectName("coordination_key_status")
        self.key_status.setWordWrap(True)
        self.key_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rotate_button = QPushButton()
        self.rotate_button.setObjectName("rotate_button")
        self.rotate_button.clicked.connect(self.ask_rotation)
        key_row.addWidget(self.key_status, 1)
        key_row.addWidget(self.rotate_button)
        box.addLayout(key_row)
        self.devices_page = page
        self.tabs.addTab(page, "")

    def _build_invite(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        self.invite_intro = QLabel()
        self.invite_intro.setWordWrap(True)
        box.addWidget(self.invite_intro)
        form = QFormLayout()
        roles = QWidget()
        role_row = QHBoxLayout(roles)
        role_row.setContentsMargins(0, 0, 0, 0)
        self.role_group = QButtonGroup(self)
        self.field_role = QRadioButton()
        self.coordinator_role = QRadioButton()
        self.field_role.setChecked(True)
        for button in (self.field_role, self.coordinator_role):
            self.role_group.addButton(button)
            role_row.addWidget(button)
        role_row.addStretch(1)
        self.role_label = QLabel()
        form.addRow(self.role_label, roles)
        self.invite_org = QComboBox()
        self.invite_org.setObjectName("invite_org")
        self.invite_org_label = QLabel()
        self.invite_org_label.setBuddy(self.invite_org)
        form.addRow(self.invite_org_label, self.invite_org)
        self.valid_days = QSpinBox()
        self.valid_days.setRange(1, 30)
        self.valid_days.setValue(7)
        self.valid_label = QLabel()
        self.valid_label.setBuddy(self.valid_days)
        form.addRow(self.valid_label, self.valid_days)
        box.addLayout(form)
        self.make_button = QPushButton()
        self.make_button.setObjectName("make_invitation")
        self.make_button.clicked.connect(self.make_invitation)
        box.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.code = QLineEdit()
        self.code.setObjectName("invitation_code")
        self.code.setReadOnly(True)
        font = self.code.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.code.setFont(font)
        box.addWidget(self.code)
        self.code_about = QLabel()
        self.code_about.setObjectName("invitation_about")
        self.code_about.setWordWrap(True)
        self.code_about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.code_about)
        row = QHBoxLayout()
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_code)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_code)
        row.addWidget(self.copy_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(1)
        self.invite_page = page
        self.tabs.addTab(page, "")

    def _build_orgs(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        self.org_table = QTableWidget(0, 2)
        self.org_table.setObjectName("org_table")
        self.org_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.org_table.verticalHeader().setVisible(False)
        org_header = self.org_table.horizontalHeader()
        org_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        org_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        box.addWidget(self.org_table, 1)
        form = QFormLayout()
        self.org_name = QLineEdit()
        self.org_name.setObjectName("org_name")
        self.org_name.setMaxLength(200)
        self.org_name_label = QLabel()
        self.org_name_label.setBuddy(self.org_name)
        form.addRow(self.org_name_label, self.org_name)
        self.org_velayat = QComboBox()
        self.org_velayat.setObjectName("org_velayat")
        self.org_velayat_label = QLabel()
        self.org_velayat_label.setBuddy(self.org_velayat)
        form.addRow(self.org_velayat_label, self.org_velayat)
        box.addLayout(form)
        self.add_org_button = QPushButton()
        self.add_org_button.setObjectName("add_org")
        self.add_org_button.clicked.connect(self.add_org)
        self.org_name.returnPressed.connect(self.add_org)
        box.addWidget(self.add_org_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.orgs_page = page
        self.tabs.addTab(page, "")

    # -- calls -------------------------------------------------------------------------
    def _call(
        self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None], **kw: Any
    ) -> None:
        self.busy += 1
        self._update_buttons()

        def done(result: Any) -> None:
            self.busy -= 1
            on_done(result)
            self._update_buttons()
            self.finished_call.emit(True)

        def failed(exc: BaseException) -> None:
            self.busy -= 1
            message = getattr(exc, "message", None)
            self.message.setText(
                core_message(message) if isinstance(message, str) else self.tr("That did not work.")
            )
            self._update_buttons()
            self.finished_call.emit(False)

        run_task(fn, *args, on_done=done, on_error=failed, **kw)

    def refresh(self) -> None:
        self.rotation.reload()
        self.key_status.setText(self.rotation.describe())
        self._call(self.network.devices, on_done=self._show_devices)
        self._call(self.network.orgs, on_done=self._show_orgs)

    def _show_devices(self, devices: list[Device]) -> None:
        self.devices = devices
        table = self.device_table
        table.setRowCount(len(devices))
        for row, device in enumerate(devices):
            values = (
                device.name or device.device_id[:8],
                self._role(device.role),
                device.org.name if device.org else "—",
                self._when(device.last_received_ms)
                if device.last_received_ms
                else self.tr("nothing sent yet"),
                self.tr("active")
                if device.active
                else self.tr("revoked %1").replace("%1", self._when(device.revoked_ms)),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(device.device_id)
                table.setItem(row, column, item)
        active = sum(1 for d in devices if d.active)
        self.message.setText(self.tr("%n active device(s).", "", active))

    def _show_orgs(self, orgs: list[Org]) -> None:
        self.orgs = orgs
        self.org_table.setRowCount(len(orgs))
        for row, org in enumerate(orgs):
            self.org_table.setItem(row, 0, QTableWidgetItem(org.name))
            self.org_table.setItem(row, 1, QTableWidgetItem(velayat_name(org.velayat)))
        current = self.invite_org.currentData()
        self.invite_org.clear()
        self.invite_org.addItem(self.tr("No organisation"), None)
        for org in orgs:
            self.invite_org.addItem(f"{org.name} ({velayat_name(org.velayat)})", org.org_id)
        self.invite_org.setCurrentIndex(max(0, self.invite_org.findData(current)))

    def selected_device(self) -> Device | None:
        rows = self.device_table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.devices):
            return None
        return self.devices[rows[0].row()]

    def revoke_selected(self) -> None:
        device = self.selected_device()
        if device is None or not device.active:
            return
        name = device.name or device.device_id[:8]
        org = device.org.name if device.org else "—"
        text = self.tr(
            "Revoke %1 (%2, %3)? The server refuses this device from its next connection. "
            "This cannot be undone: the device would need a new invitation."
        )
        text = text.replace("%1", name).replace("%2", self._role(device.role)).replace("%3", org)
        if device.role == "coordinator":
            text += "\n\n" + self.tr(
                "This is a coordinator's device: it holds the coordination key, and revoking "
                "does not take back what it can already read."
            )
        if not self.dialogs.confirm(self, self.tr("Revoke a device"), text):
            return
        self._call(self.network.revoke, device.device_id, on_done=self._revoked)

    def _revoked(self, done: Revoked) -> None:
        self.refresh()
        if done.was_coordinator and self.ask_rotation(after_revoke=True):
            return
        if done.was_coordinator:
            self.dialogs.warn(
                self,
                self.tr("Replace the coordination key"),
                self.tr(
                    "The revoked device was a coordinator's and holds the coordination key, "
                    "which opens every observation sent so far. Revoking stops it syncing, not "
                    'reading what it already has. Replace the coordination key ("Replace the '
                    'coordination key…" on the laptop whose fingerprint the invitation codes '
                    "carry) so that it cannot read what is sent from now on, and treat what "
                    "was sent before as readable by whoever holds that device."
                ),
            )
        else:
            self.dialogs.info(
                self,
                self.tr("Revoke a device"),
                self.tr("The device is revoked: the server refuses it from now on."),
            )

    def ask_rotation(self, after_revoke: bool = False) -> bool:
        """Replace the coordination key after a confirmation (in a worker)."""
        started = self.rotation.ask(after_revoke=after_revoke)
        self._update_buttons()
        return started

    def _rotation_finished(self, replaced: bool) -> None:
        self.key_status.setText(self.rotation.describe())
        self._update_buttons()
        if replaced:
            self.message.setText(self.tr("The coordination key is replaced."))

    def make_invitation(self) -> None:
        role = "coordinator" if self.coordinator_role.isChecked() else "field"
        self.code.clear()
        self.code_about.clear()
        self.invitation = None
        self._call(
            self.network.invite,
            role,
            self.invite_org.currentData(),
            self.valid_days.value() * 86400,
            on_done=self._invitation_made,
        )

    def _invitation_made(self, made: MadeInvitation) -> None:
        self.invitation = made
        self.code.setText(made.code)
        self.code.selectAll()
        self._describe_invitation()
        self.message.setText(self.tr("The invitation code is ready."))

    def _describe_invitation(self) -> None:
        made = self.invitation
        if made is None:
            self.code_about.clear()
            return
        who = self._role(made.role) + (f", {made.org}" if made.org else "")
        self.code_about.setText(
            self.tr(
                "This code lets one new device (%1) connect to the server and join the "
                "network. It works once, until %2; after that, make a new one. Hand it over "
                "in person or read it out by phone, never by e-mail or chat. After "
                "connecting, the new device shows the fingerprint %3: compare it by phone."
            )
            .replace("%1", who)
            .replace("%2", self._when(made.expires_ms))
            .replace("%3", made.fingerprint)
        )

    def copy_code(self) -> None:
        if self.invitation is not None:
            QGuiApplication.clipboard().setText(self.invitation.code)
            self.message.setText(self.tr("The code is copied."))

    def printable(self) -> QTextDocument:
        """The page handed to the new device's user: the code and what it is for."""
        from html import escape

        document = QTextDocument()
        made = self.invitation
        if made is None:
            return document
        title = self.tr("Fieldbook invitation code")
        document.setHtml(
            f"<h2>{escape(title)}</h2>"
            f"<p style='font-family:monospace;font-size:16pt'>{escape(made.code)}</p>"
            f"<p>{escape(self.code_about.text())}</p>"
        )
        return document

    def print_code(self) -> None:
        if self.invitation is None:
            return
        if self.printer.print_document(self, self.printable()):
            self.message.setText(self.tr("The code was sent to the printer."))

    def add_org(self) -> None:
        name = self.org_name.text().strip()
        velayat = self.org_velayat.currentData()
        if not name or not velayat:
            self.message.setText(self.tr("Give the organisation a name and a velayat."))
            return
        self._call(self.network.add_org, name, velayat, on_done=self._org_added)

    def _org_added(self, org: Org) -> None:
        self.org_name.clear()
        self.message.setText(self.tr("Organisation %1 added.").replace("%1", org.name))
        self._call(self.network.orgs, on_done=self._show_orgs)

    # -- helpers -----------------------------------------------------------------------
    def _role(self, role: str) -> str:
        return self.tr("coordinator") if role == "coordinator" else self.tr("field worker")

    def _when(self, ms: int | None) -> str:
        if ms is None:
            return "—"
        stamp = QDateTime.fromMSecsSinceEpoch(int(ms)).toLocalTime()
        return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)

    def _update_buttons(self) -> None:
        device = self.selected_device()
        idle = self.busy == 0
        self.revoke_button.setEnabled(idle and device is not None and device.active)
        self.make_button.setEnabled(idle)
        self.add_org_button.setEnabled(idle)
        self.refresh_button.setEnabled(idle)
        self.rotate_button.setEnabled(
            idle and not self.rotation.running and self.rotation.available()
        )
        self.copy_button.setEnabled(self.invitation is not None)
        self.print_button.setEnabled(self.invitation is not None)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Network"))
        self.tabs.setTabText(0, self.tr("Devices"))
        self.tabs.setTabText(1, self.tr("Invite a device"))
        self.tabs.setTabText(2, self.tr("Organisations"))
        self.device_table.setHorizontalHeaderLabels(
            [
                self.tr("Device"),
                self.tr("Role"),
                self.tr("Organisation"),
                self.tr("Last contact"),
                self.tr("State"),
            ]
        )
        self.refresh_button.setText(self.tr("&Refresh"))
        self.revoke_button.setText(self.tr("Re&voke…"))
        self.rotate_button.setText(self.tr("Replace the coordination &key…"))
        self.key_status.setText(self.rotation.describe())
        self.invite_intro.setText(
            self.tr(
                "An invitation code lets a new laptop join the network. It is made on this "
                "device, so it vouches for your coordination key; the server never sees it."
            )
        )
        self.role_label.setText(self.tr("For a:"))
        self.field_role.setText(self.tr("field worker"))
        self.coordinator_role.setText(self.tr("coordinator"))
        self.invite_org_label.setText(self.tr("&Organisation:"))
        self.valid_label.setText(self.tr("&Valid for (days):"))
        self.make_button.setText(self.tr("&Make an invitation code"))
        self.copy_button.setText(self.tr("&Copy"))
        self.print_button.setText(self.tr("&Print…"))
        self.org_table.setHorizontalHeaderLabels([self.tr("Organisation"), self.tr("Velayat")])
        self.org_name_label.setText(self.tr("&Name:"))
        self.org_velayat_label.setText(self.tr("V&elayat:"))
        self.add_org_button.setText(self.tr("&Add the organisation"))
        current = self.org_velayat.currentData()
        self.org_velayat.clear()
        self.org_velayat.addItem(self.tr("Choose a velayat"), None)
        for velayat in VELAYATS:
            self.org_velayat.addItem(velayat_name(velayat), velayat)
        self.org_velayat.setCurrentIndex(max(0, self.org_velayat.findData(current)))
        translate_buttons(self.buttons)
        if self.devices:
            self._show_devices(self.devices)
        if self.orgs:
            self._show_orgs(self.orgs)
        self._describe_invitation()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
