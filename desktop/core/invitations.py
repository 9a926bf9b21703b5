"""Invitation codes made on a coordinator's device (issue 13 finding 2).

The code carries the fingerprint of the coordinator key a new device must find behind the
coordination key. If the server made codes, that fingerprint would come from its database,
and whoever runs the server could swap the coordination key and the fingerprint together and
read every new device's testimony. So the code is made here: the token is drawn on this
device, the server is told only its hash and the terms (role, organisation, expiry), and the
fingerprint is of the coordinator identity this device itself pinned when it enrolled (its
own signing key for the coordinator who made the coordination key). The server's copy of
anything plays no part in it.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass

from desktop.core.profile import Profile
from desktop.core.sync.errors import NotCoordinatorError, SyncError
from desktop.core.sync.state import SyncStore
from desktop.core.sync.transport import Transport
from protocol.invitation import TOKEN_LEN, Invitation, token_hash
from protocol.keys import fingerprint, fingerprint_digest

DEFAULT_EXPIRY_S = 7 * 24 * 3600
ROLES = ("field", "coordinator")


@dataclass(frozen=True)
class MadeInvitation:
    code: str
    role: str
    org: str
    expires_ms: int
    #: readable fingerprint the new device shows after connecting: compare it by phone
    fingerprint: str


def pinned_coordinator(profile: Profile) -> bytes:
    """The coordinator identity this device vouches for in its codes: the one it pinned at
    enrolment, or — for a profile enrolled before the pin was stored — its own signing key
    (right for the coordinator who made the coordination key; for any other coordinator the
    new device refuses to enrol, which fails safe)."""
    stored = SyncStore(profile.database).pinned_coordinator
    return stored if stored is not None else profile.device_keys.signing.public


def make_invitation(
    profile: Profile,
    role: str,
    *,
    org: str | int | None = None,
    expires_in_s: int = DEFAULT_EXPIRY_S,
    server_url: str | None = None,
    transport_factory: Callable[..., Transport] = Transport,
) -> MadeInvitation:
    """Draw a token, register its hash with the server (a signed coordinator request) and
    return the code to hand over in person or by phone. ``server_url``: the address the new
    device reaches the server at, when it differs from this device's."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}")
    store = SyncStore(profile.database)
    url, bearer = store.server_url, store.token
    if store.role != "coordinator" or not url or not bearer:
        raise NotCoordinatorError()
    pin = pinned_coordinator(profile)
    transport = transport_factory(
        url, profile.device_keys, token=bearer, server_key=store.server_key, proxy=store.proxy
    )
    token = secrets.token_bytes(TOKEN_LEN)
    try:
        transport.health()  # the server must prove it is the one we enrolled with
        answer = transport.send_json(
            "POST",
            "/v1/invitations",
            {"role": role, "org": org, "expires_in": expires_in_s, "token_hash": token_hash(token)},
            ok=(201,),
        )
    finally:
        transport.close()
    if not isinstance(answer, dict) or answer.get("token_hash") != token_hash(token):
        raise SyncError()
    found = answer.get("org")
    return MadeInvitation(
        code=Invitation(server_url or url, token, fingerprint_digest(pin)).encode(),
        role=role,
        org=str(found.get("name", "")) if isinstance(found, dict) else "",
        expires_ms=int(answer.get("expires", 0)),
        fingerprint=fingerprint(pin),
    )
