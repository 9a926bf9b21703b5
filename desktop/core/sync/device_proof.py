"""The server's signed proof of this device's enrolment, asked once and kept: parcels carry
it, so whoever opens or relays one knows the server enrolled their maker
(:mod:`protocol.device_proof`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.sync.state import SyncStore
from protocol.device_proof import verify_device_proof
from protocol.errors import ProtocolError

if TYPE_CHECKING:
    from desktop.core.sync.transport import Transport

#: the ``sync_state`` key it is kept under
DEVICE_PROOF = "device_proof"


def ensure_device_proof(store: SyncStore, transport: Transport) -> None:
    """Ask the server once for its signed proof of this device's enrolment (parcels carry
    it); kept only when it verifies with the server key pinned at enrolment."""
    if store.get(DEVICE_PROOF) is not None or store.server_key is None:
        return
    proof = transport.get_json("/v1/device-proof")
    keep_device_proof(store, proof, store.server_key)


def keep_device_proof(store: SyncStore, proof: Any, server_key: bytes) -> None:
    """Store the server's proof of this device's enrolment if it verifies (in the caller's
    transaction)."""
    if proof is None:
        return
    try:
        verify_device_proof(proof, server_key)
    except ProtocolError:
        store.log(
            "error",
            "bad_device_proof",
            QT_TRANSLATE_NOOP("core", "The server's proof of enrolment did not verify."),
        )
        return
    store.set(DEVICE_PROOF, proof)
