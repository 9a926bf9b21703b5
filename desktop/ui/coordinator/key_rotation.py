"""Replacing the coordination key from the app (docs/security.md "Replacing the coordination
key"): the Network dialog's "Replace the coordination key…", and the offer made right after
a coordinator's device is revoked.

Only the coordinator whose fingerprint the invitation codes carry may replace it (that
laptop's identity key certifies the new key); on any other coordinator's device the action
is disabled and says whose laptop to ask. The network call runs in a worker; what it means
for the network is said before, in the confirmation, and after, with what to do next.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.core.errors import CoreError
from desktop.core.network import NetworkService
from desktop.core.sync.rotation import CoordinationStatus, RotationDone
from desktop.ui.dialogs import Dialogs, core_message
from desktop.ui.workers import run_task


class KeyRotation(QObject):
    """Asks, replaces the key in a worker, and tells the outcome."""

    #: the rotation ended: True when the key was replaced
    finished = Signal(bool)

    def __init__(self, network: NetworkService, dialogs: Dialogs, parent: QWidget) -> None:
        super().__init__(parent)
        self.network = network
        self.dialogs = dialogs
        self.widget = parent
        self.running = False
        self._status: CoordinationStatus | None = None
        self.reload()

    def reload(self) -> None:
        """Read the key's state from the profile (after a rotation, say); kept, so that a
        button updated while the profile is locking does not read the database."""
        try:
            self._status = self.network.profile.sync.coordination_status()
        except CoreError:  # not enrolled, or the profile is locked
            self._status = None

    def available(self) -> bool:
        return self._status is not None and self._status.can_rotate

    def describe(self) -> str:
        """One line for the dialog: the key's generation and fingerprint, and who may
        replace it."""
        status = self._status
        if status is None:
            return ""
        text = (
            self.tr("Coordination key: generation %1, fingerprint %2.")
            .replace("%1", str(status.generation))
            .replace("%2", status.key_fingerprint)
        )
        if not status.can_rotate:
            text += " " + self.tr(
                "Only the coordinator whose fingerprint the invitation codes carry (%1) can "
                "replace it."
            ).replace("%1", status.identity_fingerprint)
        if status.behind:
            text += " " + self.tr(
                "%n device(s) last sent records sealed for an older key: not synced since "
                "the replacement, or kept on the old key by the server.",
                "",
                len(status.behind),
            )
        if not status.holds_key:
            text += " " + self.tr(
                "This device does not hold the current key: import the new key file."
            )
        return text

    def consequences(self) -> str:
        return self.tr(
            "A new coordination key is made on this device and certified with its identity. "
            "Every device checks that certificate and, from its next sync, seals what it sends "
            "for the new key only, so a lost or revoked coordinator's laptop cannot read it.\n\n"
            "It does not take anything back: records already sent stay readable to whoever "
            "holds the old key, and a field device seals for the new key only after it has "
            "synced once.\n\n"
            "Afterwards, export the key file again (Connect to server → Export coordination "
            "key…) and give it to each remaining coordinator: they import it and keep reading "
            "older records."
        )

    def ask(self, *, after_revoke: bool = False) -> bool:
        """Confirm, then replace the key in a worker; False when the user declined."""
        if self.running or not self.available():
            return False
        if after_revoke:
            question = (
                self.tr(
                    "The revoked device was a coordinator's and holds the coordination key. "
                    "Replace the key now?"
                )
                + "\n\n"
                + self.consequences()
            )
        else:
            question = self.consequences()
        if not self.dialogs.confirm(self.widget, self.tr("Replace the coordination key"), question):
            return False
        self.running = True
        run_task(self.network.rotate_coordination_key, on_done=self._done, on_error=self._failed)
        return True

    def _done(self, done: RotationDone) -> None:
        self.running = False
        self.reload()
        self.dialogs.info(
            self.widget,
            self.tr("Replace the coordination key"),
            self.tr(
                "The coordination key is replaced (generation %1, fingerprint %2). Field "
                "devices take it at their next sync. Now export the key file and give it to "
                "each remaining coordinator; it holds the earlier keys too, for older records."
            )
            .replace("%1", str(done.generation))
            .replace("%2", done.fingerprint),
        )
        self.finished.emit(True)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.reload()
        message = getattr(exc, "message", None)
        self.dialogs.warn(
            self.widget,
            self.tr("Replace the coordination key"),
            core_message(message)
            if isinstance(message, str)
            else self.tr("The coordination key could not be replaced."),
        )
        self.finished.emit(False)
