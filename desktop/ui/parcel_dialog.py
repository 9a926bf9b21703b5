"""Carrying the sync on a USB stick: make a parcel, open parcels, deliver someone's parcel.

The work runs on the thread pool (:func:`desktop.ui.workers.run_task`); the dialog shows
counts and reasons, never recorded content. Files may be dropped on the dialog to open them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.network import NetworkService
from desktop.core.profile import Profile
from desktop.core.sync.directory import known_orgs
from desktop.core.sync.errors import SyncError
from desktop.ui.dialogs import Dialogs, core_message
from desktop.ui.hub import hub
from desktop.ui.widgets import translate_buttons
from desktop.ui.workers import run_task

SUFFIX = ".fbp"
#: refusals listed one by one (ids and reasons) before "and N more"
LISTED = 20


def _make(profile: Profile, folder: str, max_mb: int | None, for_device: str) -> Any:
    parcels = profile.sync.parcels
    if for_device:
        network = NetworkService(profile)
        return parcels.make_return(Path(folder), for_device=for_device, network=network)
    return parcels.make(Path(folder), max_size=max_mb * 1024 * 1024 if max_mb else None)


def _open_all(profile: Profile, files: list[str]) -> list[tuple[str, Any]]:
    results: list[tuple[str, Any]] = []
    for name in files:
        try:
            results.append((name, profile.sync.parcels.open(Path(name))))
        except SyncError as exc:
            results.append((name, exc))
    return results


def _relay_all(profile: Profile, files: list[str], returns: str) -> list[tuple[str, Any]]:
    transport = profile.sync.engine().context.transport()
    results: list[tuple[str, Any]] = []
    try:
        for name in files:
            try:
                report = profile.sync.parcels.relay(Path(name), transport, Path(returns))
                results.append((name, report))
            except SyncError as exc:
                results.append((name, exc))
    finally:
        transport.close()
    return results


def _when(unix_s: int) -> str:
    return datetime.fromtimestamp(unix_s, UTC).strftime("%Y-%m-%d %H:%M UTC")


class ParcelDialog(QDialog):
    def __init__(self, profile: Profile, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.dialogs = dialogs
        self.coordinator = profile.sync.role == "coordinator"
        self.setObjectName("parcel_dialog")
        self.setWindowTitle(self.tr("Carry by USB stick"))
        self.setAcceptDrops(True)
        self.resize(640, 560)

        intro = QLabel(
            self.tr(
                "When there is no connection, or none safe to use, the sync can travel as a "
                "parcel: one file for a USB stick. Nobody who carries it can read it: only a "
                "coordinator's key opens what it holds. Records stay queued until a receipt "
                "comes back, by parcel or over the network."
            ),
            self,
        )
        intro.setWordWrap(True)

        make_box = QGroupBox(self.tr("Make a parcel"), self)
        self.split = QCheckBox(self.tr("Split into parts of at most"), make_box)
        self.part_mb = QSpinBox(make_box)
        self.part_mb.setRange(1, 4096)
        self.part_mb.setValue(100)
        self.part_mb.setSuffix(self.tr(" MB"))
        self.part_mb.setEnabled(False)
        self.split.toggled.connect(self.part_mb.setEnabled)
        # a device id, or an organisation: those this profile knows are offered
        self.for_device = QComboBox(make_box)
        self.for_device.setObjectName("parcel_for")
        self.for_device.setEditable(True)
        self.for_device.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.for_device.addItems(["", *known_orgs(profile.sync.store)])
        line = self.for_device.lineEdit()
        if line is not None:
            line.setPlaceholderText(
                self.tr("Device id or organisation (a parcel of your reviews and receipts)")
            )
        self.for_device.setToolTip(
            self.tr(
                "Leave empty for a parcel of your own queue. An organisation's devices come "
                "from the server, or without a connection from its last list kept here."
            )
        )
        self.for_device.setVisible(self.coordinator)
        self.make_button = QPushButton(self.tr("&Write parcel to a folder…"), make_box)
        self.make_button.clicked.connect(self.make_parcel)
        row = QHBoxLayout()
        row.addWidget(self.split)
        row.addWidget(self.part_mb)
        row.addStretch(1)
        make_layout = QVBoxLayout(make_box)
        make_layout.addLayout(row)
        make_layout.addWidget(self.for_device)
        make_layout.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignLeft)

        take_box = QGroupBox(self.tr("Parcels you were given"), self)
        self.open_button = QPushButton(self.tr("&Open parcels…"), take_box)
        self.open_button.setToolTip(self.tr("Take in observations, reviews or receipts"))
        self.open_button.clicked.connect(self.open_parcels)
        self.relay_button = QPushButton(self.tr("&Deliver to the server for someone…"), take_box)
        self.relay_button.setToolTip(
            self.tr("Send a colleague's parcel to the server; their receipts come back in a file")
        )
        self.relay_button.clicked.connect(self.relay_parcels)
        take_layout = QHBoxLayout(take_box)
        take_layout.addWidget(self.open_button)
        take_layout.addWidget(self.relay_button)
        take_layout.addStretch(1)

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.results = QPlainTextEdit(self)
        self.results.setObjectName("parcel_results")
        self.results.setReadOnly(True)
        self.results.setPlaceholderText(self.tr("Drop parcel files here to open them."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        translate_buttons(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(make_box)
        layout.addWidget(take_box)
        layout.addWidget(self.busy)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)

    # -- running ----------------------------------------------------------------------------
    def _working(self, on: bool) -> None:
        self.busy.setVisible(on)
        for button in (self.make_button, self.open_button, self.relay_button):
            button.setEnabled(not on)

    def _say(self, line: str) -> None:
        self.results.appendPlainText(line)

    def _failed(self, exc: BaseException) -> None:
        self._working(False)
        message = exc.message if isinstance(exc, SyncError) else str(exc)
        self._say(core_message(message) if isinstance(exc, SyncError) else message)

    def make_parcel(self) -> None:
        folder = self.dialogs.ask_folder(self, self.tr("Folder for the parcel (a USB stick)"))
        if not folder:
            return
        self._working(True)
        max_mb = self.part_mb.value() if self.split.isChecked() else None
        device = self.for_device.currentText().strip() if self.coordinator else ""
        run_task(_make, self.profile, folder, max_mb, device, on_done=self._made,
                 on_error=self._failed)  # fmt: skip

    def _made(self, report: Any) -> None:
        self._working(False)
        self._say(self.tr("Parcel written: %n envelope(s).", "", report.envelopes))
        for part in report.parts:
            self._say(f"  {part}")
        recipients = report.recipients
        if recipients is None:
            self._say(self.tr("They stay queued until a receipt comes back."))
            return
        self._say(self.tr("Receipts: %n.", "", report.receipts))
        if recipients.org is not None:
            if recipients.source == "server":
                line = self.tr("For %1: %n device(s), as the server lists them.", "",
                               len(recipients.devices))  # fmt: skip
            else:
                line = self.tr(
                    "For %1: %n device(s), as this computer last knew them (%2); the server "
                    "could not be asked.", "", len(recipients.devices),
                ).replace("%2", _when(recipients.listed_at))  # fmt: skip
            self._say(line.replace("%1", recipients.org))
        if recipients.unplaced:
            self._say(
                self.tr(
                    "%n device(s) that sent records are of an organisation this computer does "
                    "not know, so they are not in this parcel: make one for each device id, or "
                    "connect once:", "", len(recipients.unplaced),
                )
            )  # fmt: skip
            for device in recipients.unplaced:
                self._say(f"  {device}")

    def open_parcels(self, files: list[str] | None = None) -> None:
        chosen = files or self.dialogs.ask_open_files(self, self.tr("Open parcels"))
        if not chosen:
            return
        self._working(True)
        run_task(_open_all, self.profile, chosen, on_done=self._opened, on_error=self._failed)

    def _opened(self, results: list[tuple[str, Any]]) -> None:
        self._working(False)
        self._report(results)
        hub().data_changed.emit("")  # the list and the status bar read again

    def relay_parcels(self) -> None:
        files = self.dialogs.ask_open_files(self, self.tr("Parcels to deliver"))
        if not files:
            return
        returns = self.dialogs.ask_folder(self, self.tr("Folder for the receipts (for the author)"))
        if not returns:
            return
        self._working(True)
        run_task(_relay_all, self.profile, files, returns, on_done=self._relayed,
                 on_error=self._failed)  # fmt: skip

    def _relayed(self, results: list[tuple[str, Any]]) -> None:
        self._working(False)
        self._report(results)
        for _name, report in results:
            for part in getattr(report, "parts", []):
                self._say(self.tr("Receipts for the author: %1").replace("%1", str(part)))

    def _report(self, results: list[tuple[str, Any]]) -> None:
        for name, report in results:
            label = Path(name).name
            if isinstance(report, SyncError):
                self._say(f"{label}: {core_message(report.message)}")
                continue
            if report.nothing_new:
                self._say(
                    self.tr("%1: everything in it was here already; nothing changed.").replace(
                        "%1", label
                    )
                )
                continue
            self._say(
                self.tr("%1: %2 new, %3 already here, %4 receipts, %5 refused")
                .replace("%1", label)
                .replace("%2", str(report.received))
                .replace("%3", str(report.already_held))
                .replace("%4", str(report.receipts))
                .replace("%5", str(len(report.refused)))
            )
            if report.not_for_us:
                self._say(self.tr("  %n for other devices (left to them).", "",
                                  report.not_for_us))  # fmt: skip
            for reason in report.refused[:LISTED]:  # envelope ids and reasons, no content
                self._say(f"  {reason}")
            if len(report.refused) > LISTED:
                self._say(self.tr("  … and %n more.", "", len(report.refused) - LISTED))

    # -- drag and drop ----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() and u.toLocalFile().endswith(SUFFIX) for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.open_parcels(files)
