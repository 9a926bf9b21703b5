"""Replacing the network's coordination key (docs/security.md "Replacing the coordination
key"), and following a replacement on every device.

The coordination identity — the coordinator whose fingerprint every invitation code carries,
pinned by every device at enrolment — signs a rotation statement naming the new key
(protocol/coordination_chain.py). The server keeps the statements; each device, at every
sync before it seals anything, asks for them and takes only those that extend its own chain
from its pin. From then on it seals new records for the new key. A chain that does not extend
(another signer, a forged or spliced statement) stops the sync before anything is sent: the
server has shown it is not to be trusted with new testimony. An older statement offered
again is below the device's head and changes nothing.

Coordinator machines keep every coordination secret they hold in a ring (the sync store), so
records sealed for earlier generations still open; other coordinators get the new key with
the key file (which now carries the ring).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.sync.errors import (
    CoordinationKeyNeededError,
    NotEnrolledError,
    SyncError,
)
from desktop.core.sync.state import SyncStore
from protocol.coordination_chain import ChainHead, Rotation, extend, genesis, sign_rotation
from protocol.errors import ProtocolError
from protocol.keys import EncryptionKey, fingerprint, key_id
from protocol.signed import verify_coordination_key

if TYPE_CHECKING:
    from desktop.core.profile import Profile
    from desktop.core.sync.transport import Transport

ROTATIONS_PATH = "/v1/coordination-key/rotations"


class RotationRefusedError(SyncError):
    code = "coordination_rotation_refused"
    default_message = QT_TRANSLATE_NOOP(
        "core",
        "The server offered a new coordination key that your network's coordinator did not "
        "sign. Nothing was sent. Do not use this server; tell your coordinator.",
    )


class NotCoordinationIdentityError(SyncError):
    code = "not_coordination_identity"
    default_message = QT_TRANSLATE_NOOP(
        "core",
        "Only the coordinator whose fingerprint the invitation codes carry (the laptop that "
        "made the network's key) can replace the coordination key.",
    )


@dataclass(frozen=True)
class RotationDone:
    generation: int
    #: readable fingerprint of the new coordination key (to compare between coordinators)
    fingerprint: str


def _chain_head(store: SyncStore, published: object) -> ChainHead:
    """This device's head; for a profile enrolled before rotations existed, generation 0 —
    the server's publication accepted only if it is the key and identity this device already
    trusts."""
    head = store.coordination_head
    if head is not None:
        return head
    coordination, identity = verify_coordination_key(published)
    pinned = store.pinned_coordinator
    if coordination != store.coordination_public or (pinned is not None and identity != pinned):
        raise RotationRefusedError()
    first = genesis(coordination, identity)
    store.set_chain(first, [coordination], [])
    if pinned is None:
        store.set_pinned_coordinator(identity)
    return first


def follow(profile: Profile, transport: Transport) -> list[Rotation]:
    """Take the rotations the server holds that extend this device's chain; returns them
    (usually none). Raises :class:`RotationRefusedError` for any that does not."""
    store = SyncStore(profile.database)
    answer = transport.get_json("/v1/coordination-key")
    if not isinstance(answer, dict):
        raise SyncError()
    offered = answer.get("rotations") or []
    try:
        with profile.database.transaction():
            head = _chain_head(store, answer.get("coordination"))
            new_head, taken = extend(head, offered)
            if taken:
                store.set_chain(new_head, [r.coordination_key for r in taken], taken)
                store.log(
                    "warning",
                    "coordination_rotated",
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The network's coordination key was replaced; new records are "
                        "sealed for the new key.",
                    ),
                )
                if store.role == "coordinator" and store.coordination_private is None:
                    store.log(
                        "warning",
                        "coordination_key_needed",
                        QT_TRANSLATE_NOOP(
                            "core",
                            "Import the new coordination key file to read new records and "
                            "to review.",
                        ),
                    )
    except ProtocolError as exc:
        with profile.database.transaction():
            store.log("error", RotationRefusedError.code, RotationRefusedError.default_message)
        raise RotationRefusedError() from exc
    if store.role == "coordinator":
        _restore_missing(profile, store, transport, offered)
    return taken


def _restore_missing(
    profile: Profile, store: SyncStore, transport: Transport, offered: list[Any]
) -> None:
    """A server restored from an older backup may have lost rotations: devices that saw them
    keep the new key, but a device enrolling now would be handed the old one. A coordinator
    holding the statements gives them back (the server checks each, as devices do)."""
    known = {item.get("generation") for item in offered if isinstance(item, dict)}
    for statement in store.rotation_statements():
        if statement.get("generation") in known:
            continue
        try:
            transport.send_json("POST", ROTATIONS_PATH, statement, ok=(200, 201))
        except SyncError:
            with profile.database.transaction():
                store.log(
                    "warning",
                    "rotation_not_restored",
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The server lacks a replacement of the coordination key and did not "
                        "take it back.",
                    ),
                )
            return


def _is_identity(profile: Profile, store: SyncStore) -> bool:
    """Whether this device's signing key is the identity the network pinned (as in
    desktop/core/invitations.py: a profile without a stored pin is the first coordinator's)."""
    own = profile.device_keys.signing.public
    pinned = store.pinned_coordinator
    return (pinned if pinned is not None else own) == own


def note_sealed_for(store: SyncStore, latest: dict[str, tuple[str, ...]]) -> None:
    """Remember, per author, which generation of the coordination key its newest received
    observation was sealed for (inside the pull's transaction): after a rotation the
    coordinators see which devices have not taken the new key yet — offline, or kept on the
    old one by a server that withholds the statement."""
    if not latest:
        return
    generation = {key_id(k): n for n, k in enumerate(store.trusted_coordination_keys())}
    known = store.sealed_for()
    for author, recipients in latest.items():
        found = [generation[r] for r in recipients if r in generation]
        if found:
            known[author] = max(found)
    store.set_sealed_for(known)


def can_rotate(profile: Profile) -> bool:
    """Whether this device may replace the coordination key: a coordinator's, holding the
    current key, whose own signing key is the pinned identity."""
    store = SyncStore(profile.database)
    return (
        store.role == "coordinator"
        and store.enrolled
        and store.coordination_private is not None
        and _is_identity(profile, store)
    )


def rotate(
    profile: Profile, transport_factory: Callable[..., Transport] | None = None
) -> RotationDone:
    """Make a new coordination key, certify it with this device's identity key and register
    it with the server. Records sealed for the old key stay readable here (the ring) and to
    whoever holds the old key: rotation protects what is sent from now on."""
    from desktop.core.sync.context import SyncContext

    store = SyncStore(profile.database)
    if store.role != "coordinator" or not store.enrolled:
        raise NotEnrolledError()
    if not _is_identity(profile, store):
        raise NotCoordinationIdentityError()
    context = (
        SyncContext(profile, store)
        if transport_factory is None
        else SyncContext(profile, store, transport_factory)
    )
    transport = context.transport()
    try:
        transport.health()  # the server proves it is the one we enrolled with
        follow(profile, transport)  # rotate from the server's newest generation
        head = store.coordination_head
        if head is None or store.coordination_private is None:
            raise CoordinationKeyNeededError()
        new = EncryptionKey.generate()
        statement = sign_rotation(
            profile.device_keys.signing, head, new.public, int(time.time() * 1000)
        )
        # kept before the server hears of it: if the answer is lost, the next sync finds the
        # statement on the server and this device already holds the key it names
        with profile.database.transaction():
            store.add_coordination_secrets([new.private_bytes()])
        transport.send_json("POST", ROTATIONS_PATH, statement.to_json(), ok=(200, 201))
        taken = follow(profile, transport)
    finally:
        transport.close()
    if not any(r.coordination_key == new.public for r in taken):
        raise SyncError()
    with profile.database.transaction():
        store.log(
            "warning",
            "coordination_key_replaced",
            QT_TRANSLATE_NOOP(
                "core",
                "This device replaced the network's coordination key. Give the other "
                "coordinators the new key file.",
            ),
        )
    return RotationDone(statement.generation, fingerprint(new.public))


@dataclass(frozen=True)
class CoordinationStatus:
    """What a coordinator is shown about the coordination key (no network call)."""

    generation: int  # 0: never replaced
    #: readable fingerprints: the key new records are sealed for, and the identity that
    #: certifies it (the one every invitation code carries)
    key_fingerprint: str
    identity_fingerprint: str
    holds_key: bool  # this device holds the current key's secret
    can_rotate: bool
    keys_held: int  # generations whose records this device can open
    #: devices whose newest observation received here was sealed for an older generation
    behind: tuple[str, ...] = ()


def coordination_status(profile: Profile) -> CoordinationStatus:
    store = SyncStore(profile.database)
    public = store.coordination_public
    if public is None:
        raise NotEnrolledError()
    head = store.coordination_head
    identity = store.pinned_coordinator or profile.device_keys.signing.public
    trusted = set(store.trusted_coordination_keys())
    return CoordinationStatus(
        generation=head.generation if head is not None else 0,
        key_fingerprint=fingerprint(public),
        identity_fingerprint=fingerprint(identity),
        holds_key=store.coordination_private is not None,
        can_rotate=can_rotate(profile),
        keys_held=sum(1 for k in store.coordination_ring() if k in trusted),
        behind=tuple(
            sorted(
                a for a, n in store.sealed_for().items() if head is not None and n < head.generation
            )
        ),
    )
