"""Enrolment: from an invitation code to a device the server knows.

The code pins the coordinator's signing key (a fingerprint). The coordination key the server
hands out must be signed by that coordinator, so a server — or anybody between it and the
device — cannot substitute a key of its own and read what field workers send. The first
coordinator makes the coordination key and publishes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.sync import state as keys_
from desktop.core.sync.coordination import export_key_file, import_key_ring
from desktop.core.sync.device_proof import keep_device_proof
from desktop.core.sync.errors import (
    CoordinationKeyMismatchError,
    CoordinationKeyNeededError,
    InvitationInvalidError,
    SyncError,
    WrongServerError,
)
from desktop.core.sync.state import ProxySettings, SyncStore
from desktop.core.sync.transport import Transport
from protocol.coordination_chain import Rotation, extend, genesis
from protocol.encoding import b64decode, b64encode
from protocol.errors import InvitationError, ProtocolError
from protocol.invitation import Invitation
from protocol.keys import EncryptionKey, fingerprint, fingerprint_digest
from protocol.signed import sign_coordination_key, verify_coordination_key

if TYPE_CHECKING:
    from desktop.core.profile import Profile


@dataclass(frozen=True)
class Enrolment:
    server_url: str
    role: str
    org: str
    coordinator_fingerprint: str | None  # readable, for the person to compare
    needs_key_file: bool  # a second coordinator must import the coordination key file


M_CODE_MISTYPED = QT_TRANSLATE_NOOP(
    "core",
    "The invitation code is mistyped or incomplete. Copy it again in full, or ask your "
    "coordinator to send it again.",
)
M_CODE_NEEDS_NEWER = QT_TRANSLATE_NOOP(
    "core", "This invitation needs a newer Fieldbook. Update Fieldbook, then try again."
)


def enroll(
    profile: Profile,
    code: str,
    *,
    name: str = "",
    proxy: ProxySettings | None = None,
    transport_factory: Callable[..., Transport] = Transport,
) -> Enrolment:
    try:
        invitation = Invitation.decode(code)
    except InvitationError as exc:
        # the protocol's reason is English for developers; the user reads a translated one
        newer = bool(exc.args) and "newer" in str(exc.args[0])
        raise InvitationInvalidError(M_CODE_NEEDS_NEWER if newer else M_CODE_MISTYPED) from exc
    transport = transport_factory(invitation.server_url, profile.device_keys, proxy=proxy)
    try:
        health = transport.health()
        answer = transport.enroll(invitation.token_hex, name)
        server_key = b64decode(answer.get("server_key"), length=32)
        if b64decode(health["server_key"], length=32) != server_key:
            raise WrongServerError()
        role = str(answer.get("role"))
        org = answer.get("org") or {}
        published = answer.get("coordination")
        transport.token = str(answer["device_token"])
        coordination_private: EncryptionKey | None = None
        coordinator_public: bytes | None = None
        rotations: list[Rotation] = []
        if published:
            coordination_public, coordinator_public = verify_coordination_key(published)
            pinned = invitation.coordinator_fingerprint
            if pinned is None or fingerprint_digest(coordinator_public) != pinned:
                raise CoordinationKeyMismatchError()
            # later generations count only as statements of the identity the code pins
            first = genesis(coordination_public, coordinator_public)
            try:
                head, rotations = extend(first, answer.get("rotations") or [])
            except ProtocolError as exc:
                raise CoordinationKeyMismatchError() from exc
        elif role == "coordinator":
            coordination_private = EncryptionKey.generate()
            coordination_public = coordination_private.public
            signed = sign_coordination_key(profile.device_keys.signing, coordination_public)
            transport.send_json("PUT", "/v1/coordination-key", signed)
            coordinator_public = profile.device_keys.signing.public
            first = head = genesis(coordination_public, coordinator_public)
        else:
            # No coordinator has published a key yet: a field device would have nobody to
            # send to. Refuse rather than trust whatever key turns up later.
            raise CoordinationKeyMismatchError()
    except (ProtocolError, KeyError, TypeError) as exc:
        raise SyncError() from exc
    finally:
        transport.close()

    state = SyncStore(profile.database)
    with profile.database.transaction():
        state.set(keys_.SERVER_URL, invitation.server_url)
        state.set(keys_.TOKEN, transport.token)
        state.set(keys_.SERVER_KEY, b64encode(server_key))
        state.set(keys_.ROLE, role)
        state.set(keys_.ORG, org.get("name", "") if isinstance(org, dict) else "")
        state.set_position(str(answer.get("epoch", "")), 0)
        state.set_coordination(
            coordination_public,
            coordination_private.private_bytes() if coordination_private is not None else None,
        )
        state.set_chain(
            head,
            [first.coordination_key, *(r.coordination_key for r in rotations)],
            rotations,
        )
        if coordinator_public is not None:
            # the identity this device's own invitation codes vouch for (core/invitations.py)
            state.set_pinned_coordinator(coordinator_public)
        if proxy is not None:
            state.set_proxy(proxy)
        keep_device_proof(state, answer.get("device_proof"), server_key)
        state.log(
            "info",
            "enrolled",
            QT_TRANSLATE_NOOP("core", "This device was connected to the server."),
        )
    return Enrolment(
        server_url=invitation.server_url,
        role=role,
        org=state.status().org,
        coordinator_fingerprint=fingerprint(coordinator_public) if coordinator_public else None,
        needs_key_file=role == "coordinator" and coordination_private is None,
    )


def export_coordination_key(profile: Profile, passphrase: str) -> bytes:
    """The key file: the current coordination key and every earlier one this device holds."""
    state = SyncStore(profile.database)
    private = state.coordination_private
    if private is None:  # never imported, or not since the key was replaced
        raise CoordinationKeyNeededError()
    earlier = [
        EncryptionKey.from_bytes(v) for v in state.coordination_ring().values() if v != private
    ]
    return export_key_file(EncryptionKey.from_bytes(private), passphrase, earlier=earlier)


def import_coordination_key(profile: Profile, data: bytes, passphrase: str) -> None:
    """A coordinator machine takes the network's keys (after a rotation: the new one, and the
    earlier ones for older records). The file must hold a key of this device's chain; the
    others are kept too (a rotation this device has not yet seen is verified when it syncs,
    and only the chain decides which key is trusted)."""
    keys = import_key_ring(data, passphrase)
    state = SyncStore(profile.database)
    trusted = set(state.trusted_coordination_keys())
    if trusted and not any(key.public in trusted for key in keys):
        raise CoordinationKeyMismatchError()
    with profile.database.transaction():
        if not trusted:
            state.set_coordination(keys[0].public, None)
        added = state.add_coordination_secrets([key.private_bytes() for key in keys])
        if added and state.enrolled:
            # envelopes pulled before this key was held were skipped unopened: read the
            # server's stream again (what is held already is skipped by its receipt's name)
            state.set_position(state.epoch, 0)
