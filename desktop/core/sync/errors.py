"""What can go wrong while syncing, each named for what happened.

The UI shows ``message`` through ``QCoreApplication.translate("core", ...)``; nothing here ever
says "sync failed" without saying why, and no message quotes recorded content.
"""

from __future__ import annotations

from desktop.core.errors import CoreError
from desktop.core.i18n import QT_TRANSLATE_NOOP


class SyncError(CoreError):
    code = "sync_error"
    #: a later attempt may succeed without anybody doing anything
    transient = False
    default_message = QT_TRANSLATE_NOOP(
        "core", "The server answered in a way Fieldbook does not understand."
    )
    #: filled in by the transport when the error came from an HTTP answer
    status = 0
    server_code = ""
    retry_after: float | None = None


class ServerUnreachableError(SyncError):
    code = "server_unreachable"
    transient = True
    default_message = QT_TRANSLATE_NOOP(
        "core",
        "The server cannot be reached. Fieldbook will try again when the connection returns.",
    )


class ProxyRefusedError(SyncError):
    code = "proxy_refused"
    transient = True
    default_message = QT_TRANSLATE_NOOP(
        "core", "The proxy refused the connection. Check the proxy settings."
    )


class CaptivePortalError(SyncError):
    code = "captive_portal"
    transient = True
    default_message = QT_TRANSLATE_NOOP(
        "core",
        "Something other than the Fieldbook server answered (a login page, a block page or a "
        "filter). Nothing was sent.",
    )


class WrongServerError(SyncError):
    code = "wrong_server"
    default_message = QT_TRANSLATE_NOOP(
        "core",
        "The server did not prove it is the one this device enrolled with. Nothing was sent.",
    )


class ClockSkewError(SyncError):
    code = "clock_skew"
    default_message = QT_TRANSLATE_NOOP(
        "core", "This computer's clock is too far from the server's. Correct the date and time."
    )


class InvitationInvalidError(SyncError):
    code = "invitation_invalid"
    default_message = QT_TRANSLATE_NOOP("core", "The invitation code is not known to the server.")


class InsecureServerError(InvitationInvalidError):
    code = "insecure_server"
    default_message = QT_TRANSLATE_NOOP(
        "core",
        "This server address is not encrypted (http://). Anyone on the way could read and "
        "change what is sent. Ask your coordinator for an https:// address.",
    )


class InvitationExpiredError(SyncError):
    code = "invitation_expired"
    default_message = QT_TRANSLATE_NOOP(
        "core", "The invitation has expired. Ask your coordinator for a new one."
    )


class InvitationUsedError(SyncError):
    code = "invitation_used"
    default_message = QT_TRANSLATE_NOOP(
        "core", "The invitation has already been used. Ask your coordinator for a new one."
    )


class CoordinationKeyMismatchError(SyncError):
    code = "coordination_key_mismatch"
    default_message = QT_TRANSLATE_NOOP(
        "core",
        "The server offered a coordination key that your invitation does not vouch for. "
        "Do not use this server; tell your coordinator.",
    )


class CoordinationKeyNeededError(SyncError):
    code = "coordination_key_needed"
    default_message = QT_TRANSLATE_NOOP(
        "core",
        "Reviews are made with the network's coordination key. Import the coordination key "
        "file first.",
    )


class NotCoordinatorError(SyncError):
    code = "not_coordinator"
    default_message = QT_TRANSLATE_NOOP(
        "core", "Only a coordinator's device connected to the server can make invitation codes."
    )


class NotEnrolledError(SyncError):
    code = "not_enrolled"
    default_message = QT_TRANSLATE_NOOP("core", "This device is not connected to a server yet.")


class DeviceRevokedError(SyncError):
    code = "device_revoked"
    default_message = QT_TRANSLATE_NOOP(
        "core", "The server no longer accepts this device. Ask your coordinator."
    )


class ServerFullError(SyncError):
    code = "server_full"
    transient = True
    default_message = QT_TRANSLATE_NOOP(
        "core", "The server has no room left. Your records are kept here and will be sent later."
    )


class ServerBusyError(SyncError):
    code = "server_busy"
    transient = True
    default_message = QT_TRANSLATE_NOOP("core", "The server is busy. Fieldbook will try again.")


class ServerFailureError(SyncError):
    code = "server_failure"
    transient = True
    default_message = QT_TRANSLATE_NOOP(
        "core", "The server had a problem. Fieldbook will try again later."
    )


class EpochChangedError(SyncError):
    code = "epoch_changed"
    default_message = QT_TRANSLATE_NOOP(
        "core", "The server was restored from a backup; Fieldbook will check everything again."
    )

    def __init__(self, epoch: str) -> None:
        super().__init__()
        self.epoch = epoch
