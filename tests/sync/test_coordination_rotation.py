"""Issue 13: replacing the coordination key, against the real server on 127.0.0.1.

The happy path (a field device seals for the new key once it has verified the rotation; the
coordinator reads new and old records; a second coordinator after importing the key file;
reviews with the new key accepted) and, from the attacker's side, a dishonest server that
swaps the key, rolls the chain back with an old statement, or offers statements signed by a
field device, a revoked coordinator or itself."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
import requests

from desktop.core.network import NetworkService
from desktop.core.profile import Profile
from desktop.core.sync import engine as engine_module
from desktop.core.sync.engine import SyncEngine
from desktop.core.sync.enrolment import enroll
from desktop.core.sync.errors import CoordinationKeyMismatchError, CoordinationKeyNeededError
from desktop.core.sync.progress import SyncSummary
from desktop.core.sync.rotation import NotCoordinationIdentityError, RotationRefusedError
from protocol import review_certification as certification
from protocol.coordination_chain import ChainHead, sign_rotation
from protocol.encoding import b64encode, canonical_json
from protocol.envelope import Envelope, seal
from protocol.keys import DeviceKeys, EncryptionKey, SigningKey, key_id
from protocol.signed import sign_coordination_key, sign_request
from tests.server.server_process import ServerProcess
from tests.sync.conftest import Net, field_profile
from tests.sync.helpers import record, settle
from tests.sync.test_review_trust import KEY_FILE_PASSPHRASE, forged_page, second_coordinator


def sealed_for(profile: Profile, record_id: str) -> set[str]:
    """The recipient key ids of the newest envelope this device sealed for a record."""
    row = profile.database.one(
        "SELECT e.envelope FROM outbox o JOIN outbox_envelopes e ON e.seq = o.seq"
        " WHERE o.record_id = ? ORDER BY o.seq DESC LIMIT 1",
        (record_id,),
    )
    assert row is not None
    return set(Envelope.from_bytes(bytes(row[0])).header.recipient_ids)


def current_key(profile: Profile) -> bytes:
    public = profile.sync.store.coordination_public
    assert public is not None
    return public


def server_db(server: ServerProcess) -> sqlite3.Connection:
    return sqlite3.connect(server.data_dir / "fieldbook-server.db")


def plant_rotation(server: ServerProcess, statement: dict[str, object], generation: int) -> None:
    """The dishonest operator writes a statement of its choosing into its own database."""
    with closing(server_db(server)) as db, db:
        db.execute("DELETE FROM coordination_rotations WHERE generation >= ?", (generation,))
        db.execute(
            "INSERT INTO coordination_rotations (generation, statement, registered_by,"
            " registered_ms) VALUES (?, ?, ?, ?)",
            (generation, canonical_json(statement).decode(), "0" * 32, 0),
        )


def now_ms() -> int:
    return int(time.time() * 1000)


# -- the happy path --------------------------------------------------------------------------
def test_rotation_reaches_field_devices_and_every_record_stays_readable(
    net: Net,
    coordinator: Profile,
    make_profile: Callable[[str], Profile],
    tmp_path: Path,
) -> None:
    field = field_profile(net, make_profile, "field")
    other = second_coordinator(net, coordinator, make_profile, tmp_path)
    old_key = current_key(coordinator)
    before = record(field, "Öňki", "Köne açar üçin")
    settle(SyncEngine(field))
    assert key_id(old_key) in sealed_for(field, before)

    assert coordinator.sync.can_rotate_coordination_key()
    assert not other.sync.can_rotate_coordination_key()  # not the pinned identity
    done = coordinator.sync.rotate_coordination_key()
    assert done.generation == 1
    new_key = current_key(coordinator)
    assert new_key != old_key and coordinator.sync.coordination_generation() == 1

    # the field device follows the rotation at its next sync, before sealing anything
    after = record(field, "Soňky", "Täze açar üçin")
    settle(SyncEngine(field))
    assert current_key(field) == new_key
    assert sealed_for(field, after) == {field.device_keys.encryption.key_id, key_id(new_key)}
    assert any(code == "coordination_rotated" for _, _, code, _ in field.sync.recent_log())

    # the rotating coordinator reads the new record and still the old one
    settle(SyncEngine(coordinator))
    received = {r["record_id"] for r in coordinator.sync.received_observations()}
    assert {before, after} <= received

    # the second coordinator follows the chain but lacks the new secret until the key file
    settle(SyncEngine(other))
    assert current_key(other) == new_key
    assert not other.sync.has_coordination_key()
    with pytest.raises(CoordinationKeyNeededError):
        other.reviews.review(after, "verified", "")
    with pytest.raises(CoordinationKeyNeededError):  # nothing current to hand on either
        other.sync.export_coordination_key(KEY_FILE_PASSPHRASE)
    data = coordinator.sync.export_coordination_key(KEY_FILE_PASSPHRASE)
    other.sync.import_coordination_key(data, KEY_FILE_PASSPHRASE)
    assert other.sync.has_coordination_key()
    settle(SyncEngine(other))  # reads again what it could not open before
    received = {r["record_id"] for r in other.sync.received_observations()}
    assert {before, after} <= received

    # a review with the new key is accepted by the field device that saw the rotation
    other.reviews.review(after, "needs_information", "Haýsy etrap?")
    settle(SyncEngine(other))
    summary = settle(SyncEngine(field))
    assert summary.reviews_applied == 1 and summary.reviews_refused == 0
    assert field.observations.get(after).status == "needs_information"

    # a device enrolled after the rotation follows the chain from its code's pin
    late = field_profile(net, make_profile, "late")
    assert current_key(late) == new_key
    rid = record(late, "Giç", "Täze enjam")
    settle(SyncEngine(late))
    assert key_id(new_key) in sealed_for(late, rid)


def test_a_second_rotation_and_a_restart_after_a_lost_answer(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile]
) -> None:
    field = field_profile(net, make_profile, "field")
    keys = [current_key(coordinator)]
    for generation in (1, 2):
        assert coordinator.sync.rotate_coordination_key().generation == generation
        keys.append(current_key(coordinator))
    assert len(set(keys)) == 3
    settle(SyncEngine(field))
    assert field.sync.store.trusted_coordination_keys() == keys
    assert field.sync.coordination_generation() == 2
    # the coordinator's ring holds all three: the key file carries them all
    assert set(coordinator.sync.store.coordination_ring()) == set(keys)


# -- the attacker's side ---------------------------------------------------------------------
def _statement(
    signer: SigningKey, head: ChainHead, *, identity: bytes | None = None
) -> dict[str, Any]:
    """A rotation to a key the attacker holds, chained correctly onto the device's head."""
    forged = sign_rotation(signer, head, EncryptionKey.generate().public, now_ms())
    statement = forged.to_json()
    if identity is not None:  # claims to be the pinned identity, signed by another key
        statement["identity"] = b64encode(identity)
    return statement


@pytest.mark.parametrize(
    "signer", ["server's own key", "field device", "revoked coordinator", "claims the identity"]
)
def test_a_key_the_pinned_identity_did_not_certify_is_refused(
    signer: str,
    net: Net,
    server: ServerProcess,
    coordinator: Profile,
    make_profile: Callable[[str], Profile],
    tmp_path: Path,
) -> None:
    field = field_profile(net, make_profile, "field")
    settle(SyncEngine(field))
    head = field.sync.store.coordination_head
    assert head is not None and head.generation == 0
    old_key = current_key(field)
    if signer == "server's own key":
        key = SigningKey.from_bytes((server.data_dir / "server_key").read_bytes())
        statement = _statement(key, head)
    elif signer == "field device":
        statement = _statement(field_profile(net, make_profile, "bahar").device_keys.signing, head)
    elif signer == "revoked coordinator":
        other = second_coordinator(net, coordinator, make_profile, tmp_path)
        NetworkService(coordinator).revoke(other.device_id)
        statement = _statement(other.device_keys.signing, head)
    else:
        statement = _statement(SigningKey.generate(), head, identity=head.identity)
    # an honest server refuses it …
    answer = requests.post(
        f"{server.url}/v1/coordination-key/rotations",
        data=canonical_json(statement),
        headers=_signed(coordinator, "POST", "/v1/coordination-key/rotations", statement),
        timeout=10,
    )
    assert answer.status_code == 422 and answer.json()["error"]["code"] == "rotation_refused"
    # … and a dishonest one that plants it anyway gets nothing new from the field device
    plant_rotation(server, statement, 1)
    rid = record(field, "Gizlin", "Hiç kim okamaly däl")
    with pytest.raises(RotationRefusedError):
        SyncEngine(field).sync_once()
    assert current_key(field) == old_key
    assert field.sync.store.coordination_head == head
    assert field.database.one(
        "SELECT count(*) FROM outbox WHERE record_id = ? AND receipt IS NOT NULL", (rid,)
    ) == (0,)
    assert field.observations.get(rid).status != "sent"
    # nor does a device enrolling through it
    with pytest.raises(CoordinationKeyMismatchError):
        enroll(make_profile("new"), net.invite("field"), name="new")


def _signed(profile: Profile, method: str, path: str, body: dict[str, Any]) -> dict[str, str]:
    token = profile.sync.store.token
    headers = sign_request(profile.device_keys.signing, method, path, canonical_json(body))
    return {**headers, "Authorization": f"Bearer {token}", "Content-Type": "application/json"}


def test_an_old_rotation_replayed_does_not_roll_the_key_back(
    net: Net, server: ServerProcess, coordinator: Profile, make_profile: Callable[[str], Profile]
) -> None:
    field = field_profile(net, make_profile, "field")
    coordinator.sync.rotate_coordination_key()
    first = coordinator.sync.store.rotation_statements()[0]
    coordinator.sync.rotate_coordination_key()
    newest = current_key(coordinator)
    settle(SyncEngine(field))
    assert current_key(field) == newest

    # the operator forgets generation 2 and offers only generation 1 again
    with closing(server_db(server)) as db, db:
        db.execute("DELETE FROM coordination_rotations WHERE generation = 2")
    rid = record(field, "Täze", "Iň täze açar üçin")
    settle(SyncEngine(field))
    assert current_key(field) == newest
    assert key_id(newest) in sealed_for(field, rid)
    # generation 1 offered again in generation 2's place is history: it changes nothing
    plant_rotation(server, dict(first), 2)
    settle(SyncEngine(field))
    assert current_key(field) == newest
    # relabelled as the next generation, its signature no longer holds
    plant_rotation(server, {**first, "generation": 3}, 3)
    with pytest.raises(RotationRefusedError):
        SyncEngine(field).sync_once()
    assert current_key(field) == newest


def test_the_server_swapping_generation_zero_changes_nothing_for_enrolled_devices(
    net: Net, server: ServerProcess, coordinator: Profile, make_profile: Callable[[str], Profile]
) -> None:
    field = field_profile(net, make_profile, "field")
    settle(SyncEngine(field))
    old_key = current_key(field)
    # the operator rewrites the published key with a pair of its own
    rogue = SigningKey.generate()
    swapped = sign_coordination_key(rogue, EncryptionKey.generate().public)
    with closing(server_db(server)) as db, db:
        db.execute("UPDATE coordination_key SET published = ?", (canonical_json(swapped).decode(),))
    rid = record(field, "Ýene", "Köne açar")
    settle(SyncEngine(field))
    assert current_key(field) == old_key
    assert key_id(old_key) in sealed_for(field, rid)


def test_only_the_pinned_identity_can_rotate(
    net: Net, server: ServerProcess, coordinator: Profile, make_profile: Callable[[str], Profile],
    tmp_path: Path,
) -> None:  # fmt: skip
    other = second_coordinator(net, coordinator, make_profile, tmp_path)
    settle(SyncEngine(other))
    with pytest.raises(NotCoordinationIdentityError):
        other.sync.rotate_coordination_key()
    # the server refuses a second statement for a generation already taken
    coordinator.sync.rotate_coordination_key()
    head = other.sync.store.coordination_head
    assert head is not None
    competing = sign_rotation(
        coordinator.device_keys.signing, head, EncryptionKey.generate().public, now_ms()
    ).to_json()
    answer = requests.post(
        f"{server.url}/v1/coordination-key/rotations",
        data=canonical_json(competing),
        headers=_signed(coordinator, "POST", "/v1/coordination-key/rotations", competing),
        timeout=10,
    )
    assert answer.status_code == 409 and answer.json()["error"]["code"] == "rotation_exists"


def test_a_rotation_learned_during_the_pull_does_not_lose_a_review(
    net: Net,
    coordinator: Profile,
    make_profile: Callable[[str], Profile],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    field = field_profile(net, make_profile, "field")
    rid = record(field, "Ýaryşda", "Açar çalşylýar")
    settle(SyncEngine(field))
    settle(SyncEngine(coordinator))
    # a review made with a new key is on the server when the field device pulls …
    coordinator.sync.rotate_coordination_key()
    coordinator.reviews.review(rid, "verified", "Tassyklandy")
    settle(SyncEngine(coordinator))
    # … though it asked for the chain just before the key was replaced
    real = engine_module.follow_rotations
    calls: list[int] = []

    def before_the_rotation(profile: Profile, transport: Any) -> Any:
        calls.append(1)
        return [] if len(calls) == 1 else real(profile, transport)

    monkeypatch.setattr(engine_module, "follow_rotations", before_the_rotation)
    summary = SyncEngine(field).sync_once()
    assert summary.reviews_refused == 1  # before it knew the new key …
    assert summary.reviews_applied == 1  # … and again once it did
    assert field.observations.get(rid).status == "verified"
    assert current_key(field) == current_key(coordinator)


def test_a_server_restored_from_an_older_backup_gets_the_rotations_back(
    net: Net,
    server: ServerProcess,
    coordinator: Profile,
    make_profile: Callable[[str], Profile],
    tmp_path: Path,
) -> None:
    other = second_coordinator(net, coordinator, make_profile, tmp_path)
    coordinator.sync.rotate_coordination_key()
    coordinator.sync.rotate_coordination_key()
    settle(SyncEngine(other))
    with closing(server_db(server)) as db, db:
        db.execute("DELETE FROM coordination_rotations")
    settle(SyncEngine(other))  # a coordinator that is not the identity gives them back
    with closing(server_db(server)) as db:
        assert db.execute("SELECT count(*) FROM coordination_rotations").fetchone() == (2,)
    late = field_profile(net, make_profile, "late")
    assert current_key(late) == current_key(coordinator)


def test_a_statement_of_a_revoked_identity_is_refused_by_an_honest_server(
    net: Net,
    server: ServerProcess,
    coordinator: Profile,
    make_profile: Callable[[str], Profile],
    tmp_path: Path,
) -> None:
    other = second_coordinator(net, coordinator, make_profile, tmp_path)
    head = coordinator.sync.store.coordination_head
    assert head is not None
    # signed on the identity's laptop, which is then seized and revoked
    stolen = sign_rotation(
        coordinator.device_keys.signing, head, EncryptionKey.generate().public, now_ms()
    ).to_json()
    NetworkService(other).revoke(coordinator.device_id)
    answer = requests.post(
        f"{server.url}/v1/coordination-key/rotations",
        data=canonical_json(stolen),
        headers=_signed(other, "POST", "/v1/coordination-key/rotations", stolen),
        timeout=10,
    )
    assert answer.status_code == 403 and answer.json()["error"]["code"] == "rotation_refused"


def test_after_a_rotation_a_review_certified_with_the_old_key_is_refused(
    net: Net,
    server: ServerProcess,
    coordinator: Profile,
    make_profile: Callable[[str], Profile],
) -> None:
    """The thief of the old key (with a server that relays for it) cannot decide any more."""
    field = field_profile(net, make_profile, "field")
    rid = record(field, "Ogurlanan", "Köne açar ogrynyň elinde")
    settle(SyncEngine(field))
    settle(SyncEngine(coordinator))
    stolen = coordinator.sync.store.coordination_private
    old_public = current_key(coordinator)
    assert stolen is not None
    coordinator.sync.rotate_coordination_key()
    settle(SyncEngine(field))
    thief = DeviceKeys.generate()
    body: dict[str, Any] = {"status": "closed", "comment": "Ady bilen iberiň", "reviewed": 1}
    key = certification.review_key(
        EncryptionKey.from_bytes(stolen),
        field.device_keys.encryption.public,
        coordination_public=old_public,
        author_public=field.device_keys.encryption.public,
    )
    body[certification.FIELD] = certification.certify(
        key, reviewer=thief.signing.public, record_id=rid, rev=1, parent=None, body=body
    )
    env = seal(
        body,
        author=thief,
        kind="review",
        record_id=rid,
        rev=1,
        parent=None,
        seq=1,
        prev=None,
        recipients=[old_public, field.device_keys.encryption.public],
    )
    summary = SyncSummary()
    field.sync.page_applier().apply(forged_page(server, env, listed=thief), summary)
    assert summary.reviews_refused == 1 and summary.reviews_applied == 0
    assert field.observations.get(rid).status == "sent"


def test_coordinators_see_which_devices_still_seal_for_an_older_key(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile]
) -> None:
    first, second = (field_profile(net, make_profile, name) for name in ("ahal", "mary"))
    for field in (first, second):
        record(field, "Öňki", "Köne açar")
        settle(SyncEngine(field))
    settle(SyncEngine(coordinator))
    assert coordinator.sync.coordination_status().behind == ()
    coordinator.sync.rotate_coordination_key()
    both = tuple(sorted((first.device_id, second.device_id)))
    assert coordinator.sync.coordination_status().behind == both

    record(first, "Täze", "Täze açar")
    settle(SyncEngine(first))
    settle(SyncEngine(coordinator))
    assert coordinator.sync.coordination_status().behind == (second.device_id,)
    record(second, "Täze", "Täze açar")
    settle(SyncEngine(second))
    settle(SyncEngine(coordinator))
    assert coordinator.sync.coordination_status().behind == ()
