"""Issue 13, findings 1 and 4: a device trusts only reviews made with the network's
coordination key, in the server's order, and takes back as its own only envelopes it signed
and the server receipted — against forged /v1/changes pages from a dishonest server."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from desktop.core.profile import Profile
from desktop.core.sync import outbox as outbox_module
from desktop.core.sync.engine import SyncEngine
from desktop.core.sync.enrolment import enroll
from desktop.core.sync.progress import SyncSummary
from protocol import review_certification as certification
from protocol.envelope import Envelope, seal
from protocol.keys import DeviceKeys, EncryptionKey, SigningKey
from protocol.signed import Receipt
from tests.server.server_process import ServerProcess
from tests.sync.conftest import Net, field_profile
from tests.sync.helpers import record, settle

KEY_FILE_PASSPHRASE = "açar faýly üçin uzyn söz 2026"


def server_signing_key(server: ServerProcess) -> SigningKey:
    """The dishonest operator's own key: it signs whatever receipts it likes."""
    return SigningKey.from_bytes((server.data_dir / "server_key").read_bytes())


def forged_page(
    server: ServerProcess, env: Envelope, *, listed: DeviceKeys | None, server_seq: int = 10**6
) -> dict[str, Any]:
    receipt = Receipt(
        envelope_id=env.envelope_id,
        author=env.header.author,
        seq=env.header.seq,
        server_seq=server_seq,
        epoch="forged",
        time_ms=int(time.time() * 1000),
    ).signed(server_signing_key(server))
    keys = {listed.device_id: listed.public_dict()} if listed is not None else {}
    return {
        "envelopes": [{"envelope": env.to_wire(), "receipt": receipt.to_json(), "server_seq": 1}],
        "keys": keys,
        "more": False,
        "next_cursor": "forged:1",
    }


def sent_observation(field: Profile, coordinator: Profile) -> str:
    rid = record(field, "Gözegçilik", "Şaýatlaryň sözleri")
    settle(SyncEngine(field))
    settle(SyncEngine(coordinator))
    assert field.observations.get(rid).status == "sent"
    return rid


def second_coordinator(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile], tmp_path: Path
) -> Profile:
    """A second coordinator machine: its own device key, the network's key from the file."""
    other = make_profile("coordinator-2")
    assert enroll(other, net.invite("coordinator"), name="c2").needs_key_file
    data = coordinator.sync.export_coordination_key(KEY_FILE_PASSPHRASE)
    other.sync.import_coordination_key(data, KEY_FILE_PASSPHRASE)
    return other


# -- finding 1: who may review ---------------------------------------------------------------
@pytest.mark.parametrize("signer", ["unknown key", "enrolled field device", "wrong certificate"])
def test_a_review_the_server_forges_is_refused(
    signer: str,
    net: Net,
    server: ServerProcess,
    coordinator: Profile,
    make_profile: Callable[[str], Profile],
) -> None:
    field = field_profile(net, make_profile, "field")
    rid = sent_observation(field, coordinator)
    coordination_public = coordinator.sync.store.coordination_public
    assert coordination_public is not None
    if signer == "enrolled field device":
        keys = field_profile(net, make_profile, "bahar").device_keys
    else:
        keys = DeviceKeys.generate()
    body: dict[str, Any] = {"status": "closed", "comment": "Ýapyldy", "reviewed": 1}
    if signer == "wrong certificate":
        # certified with a key of the forger's own: not the coordination key
        key = certification.review_key(
            EncryptionKey.generate(),
            field.device_keys.encryption.public,
            coordination_public=coordination_public,
            author_public=field.device_keys.encryption.public,
        )
        body[certification.FIELD] = certification.certify(
            key, reviewer=keys.signing.public, record_id=rid, rev=1, parent=None, body=body
        )
    env = seal(
        body,
        author=keys,
        kind="review",
        record_id=rid,
        rev=1,
        parent=None,
        seq=1,
        prev=None,
        recipients=[coordination_public, field.device_keys.encryption.public],
    )
    summary = SyncSummary()
    field.sync.page_applier().apply(forged_page(server, env, listed=keys), summary)
    assert summary.reviews_refused == 1 and summary.reviews_applied == 0
    assert field.observations.get(rid).status == "sent"
    assert field.reviews.reviews_for(rid) == []
    assert any(code == "review_refused" for _, _, code, _ in field.sync.recent_log())


def test_a_review_dated_in_the_future_does_not_outrank_a_later_one(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    field = field_profile(net, make_profile, "field")
    rid = sent_observation(field, coordinator)
    next_year = int(time.time() * 1000) + 365 * 24 * 3600 * 1000

    def seal_in_the_future(body: Any, **kw: Any) -> Envelope:
        return seal(body, **kw, created_ms=next_year)

    monkeypatch.setattr(outbox_module, "seal", seal_in_the_future)
    coordinator.reviews.review(rid, "verified", "Tassyklandy")
    monkeypatch.undo()
    settle(SyncEngine(coordinator))
    coordinator.reviews.review(rid, "needs_information", "Haýsy obada?")
    settle(SyncEngine(coordinator))

    summary = settle(SyncEngine(field))
    assert summary.reviews_applied == 2
    # The server took "needs information" last: it stands, whatever time the other claims.
    assert field.observations.get(rid).status == "needs_information"
    assert summary.needs_information == [rid]
    assert [r["status"] for r in field.reviews.reviews_for(rid)] == [
        "verified",
        "needs_information",
    ]


def test_a_certified_second_coordinator_is_trusted_and_crossing_reviews_settle_alike(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile], tmp_path: Path
) -> None:
    field = field_profile(net, make_profile, "field")
    rid = sent_observation(field, coordinator)
    other = second_coordinator(net, coordinator, make_profile, tmp_path)
    settle(SyncEngine(other))
    assert [r["record_id"] for r in other.sync.received_observations()] == [rid]

    # Both decide before either has seen the other's decision.
    coordinator.reviews.review(rid, "received", "Kabul edildi")
    other.reviews.review(rid, "verified", "Tassyklandy")
    settle(SyncEngine(coordinator))  # the server takes the first coordinator's first
    settle(SyncEngine(other))  # then the second's, and it reads the first's
    settle(SyncEngine(coordinator))  # reads the second's
    summary = settle(SyncEngine(field))
    assert summary.reviews_applied == 2 and summary.reviews_refused == 0

    standing = [p.reviews.current(rid) for p in (coordinator, other, field)]
    assert all(s is not None for s in standing)
    assert {(s["status"], s["reviewer"], s["server_seq"]) for s in standing if s} == {
        ("verified", other.device_id, standing[0]["server_seq"] if standing[0] else None)
    }
    assert field.observations.get(rid).status == "verified"
    orders = [
        [r["status"] for r in p.reviews.reviews_for(rid)] for p in (coordinator, other, field)
    ]
    assert orders == [["received", "verified"]] * 3


# -- finding 4: taking back one's own envelopes ------------------------------------------------
@pytest.mark.parametrize("forgery", ["signed by another key", "receipt not the server's"])
def test_an_envelope_forged_in_this_devices_name_is_not_adopted(
    forgery: str,
    net: Net,
    server: ServerProcess,
    coordinator: Profile,
    make_profile: Callable[[str], Profile],
) -> None:
    field = field_profile(net, make_profile, "field")
    sent_observation(field, coordinator)
    engine = SyncEngine(field)
    chain = engine.outbox.chain_end()
    coordination_public = coordinator.sync.store.coordination_public
    assert coordination_public is not None
    if forgery == "signed by another key":
        author: Any = SimpleNamespace(
            device_id=field.device_id, signing=DeviceKeys.generate().signing
        )
    else:
        author = field.device_keys  # (as if copied from the laptop) but never receipted
    env = seal(
        {"title": "Ýalan"},
        author=author,
        kind="observation",
        record_id="f" * 32,
        rev=1,
        parent=None,
        seq=chain[0],
        prev=chain[1],
        recipients=[field.device_keys.encryption.public, coordination_public],
    )
    page = forged_page(server, env, listed=None)
    if forgery == "receipt not the server's":
        page["envelopes"][0]["receipt"] = (
            Receipt.from_json(page["envelopes"][0]["receipt"])
            .signed(SigningKey.generate())
            .to_json()
        )
    summary = SyncSummary()
    field.sync.page_applier().apply(page, summary)
    assert summary.adopted == 0
    assert engine.outbox.chain_end() == chain  # the hash chain's end did not move
    assert any(code == "forged_own_envelope" for _, _, code, _ in field.sync.recent_log())
    # and the device goes on syncing
    record(field, "Soňky", "Dowam edýär")
    assert settle(SyncEngine(field)).sent == 1
