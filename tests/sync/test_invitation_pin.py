"""Issue 13 finding 2: invitation codes are made on a coordinator's device.

The server operator (who can write the server's database at will) swaps the published
coordination key for one of their own. Codes made by the coordinator's device pin the
coordinator's own key, so a new device refuses the swapped key and never encrypts for the
operator; and the server refuses to make a code of its own once a coordinator exists.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing

import pytest

from desktop.core.invitations import make_invitation
from desktop.core.profile import Profile
from desktop.core.sync.enrolment import enroll
from desktop.core.sync.errors import CoordinationKeyMismatchError, NotCoordinatorError
from desktop.core.sync.state import SyncStore
from protocol.encoding import canonical_json
from protocol.invitation import Invitation
from protocol.keys import DeviceKeys, EncryptionKey, fingerprint, fingerprint_digest
from protocol.signed import sign_coordination_key
from tests.sync.conftest import Net


def _operator_swaps_the_coordination_key(net: Net) -> EncryptionKey:
    operator, operator_key = DeviceKeys.generate(), EncryptionKey.generate()
    published = sign_coordination_key(operator.signing, operator_key.public)
    with closing(sqlite3.connect(net.server.data_dir / "fieldbook-server.db")) as db:
        db.execute(
            "UPDATE coordination_key SET published = ?, coordinator_key = ? WHERE slot = 1",
            (canonical_json(published).decode(), operator.signing.public),
        )
        db.commit()
    return operator_key


def test_swapped_coordination_key_is_refused_with_a_coordinator_made_code(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile]
) -> None:
    code = make_invitation(coordinator, "field", org=net.org).code
    pin = Invitation.decode(code).coordinator_fingerprint
    assert pin == fingerprint_digest(coordinator.device_keys.signing.public)

    operator_key = _operator_swaps_the_coordination_key(net)
    victim = make_profile("victim")
    with pytest.raises(CoordinationKeyMismatchError):
        enroll(victim, code, name="victim")
    assert (
        SyncStore(victim.database).coordination_public is None
    )  # nothing will ever be sealed to the operator's key
    assert operator_key.public not in victim.paths.profile_db.read_bytes()

    # and the server cannot make a code vouching for the operator's key instead
    for role in ("field", "coordinator"):
        made = net.server.admin("invite", "--role", role, "--org", net.org, check=False)
        assert made.returncode == 2 and "FB1-" not in made.stdout


def test_the_server_never_learns_the_token(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile]
) -> None:
    code = make_invitation(coordinator, "field", org=net.org).code
    token = Invitation.decode(code).token
    held = b"".join(p.read_bytes() for p in net.server.data_dir.rglob("*") if p.is_file())
    assert token not in held and token.hex().encode() not in held
    assert enroll(make_profile("field"), code).role == "field"


def test_a_second_coordinator_vouches_for_the_first(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile]
) -> None:
    """A coordinator enrolled with the first one's code pins the first one's key, and so do
    the codes it makes: a field device it invites accepts the genuine coordination key."""
    second = make_profile("second")
    assert enroll(second, make_invitation(coordinator, "coordinator").code).role == "coordinator"
    made = make_invitation(second, "field", org=net.org)
    assert made.fingerprint == fingerprint(coordinator.device_keys.signing.public)
    field = make_profile("field")
    result = enroll(field, made.code)
    assert result.coordinator_fingerprint == made.fingerprint


def test_only_a_coordinator_makes_codes(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile]
) -> None:
    field = make_profile("field")
    enroll(field, make_invitation(coordinator, "field", org=net.org).code)
    with pytest.raises(NotCoordinatorError):
        make_invitation(field, "field", org=net.org)
    with pytest.raises(NotCoordinatorError):
        make_invitation(make_profile("never-enrolled"), "field")
