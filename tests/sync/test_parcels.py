"""Parcels carried on a USB stick, against a real server process on 127.0.0.1: opened by a
coordinator offline, relayed by another device, imported by the operator; receipts and
reviews carried back; damaged, foreign and forged parcels refused."""

from __future__ import annotations

import io
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.profile import Profile
from desktop.core.sync.engine import SyncEngine
from desktop.core.sync.parcel import ParcelRefused
from protocol.blob import decrypt_stream
from protocol.device_proof import DeviceProof, sign_device_proof
from protocol.encoding import b64decode
from protocol.envelope import seal
from protocol.keys import DeviceKeys, SigningKey
from protocol.parcel import MIN_BUCKET, ParcelWriter, network_id
from tests.server.server_process import REPO
from tests.sync.conftest import PASSPHRASE, Net, field_profile
from tests.sync.helpers import record

PHOTO = b"\xff\xd8\xff SECRET-PHOTO " * 30_000  # ~600 KB: pieces over several frames


def _field_with_records(
    net: Net, make_profile: Callable[[str], Profile], tmp_path: Path
) -> tuple[Profile, list[str]]:
    field = field_profile(net, make_profile, "field")
    ids = [record(field, "SECRET-TITLE one", "SECRET-DESC Şaýat", queue=False)]
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(PHOTO)
    field.attachments.add(ids[0], photo)
    photo.unlink()
    field.observations.set_status(ids[0], "queued")
    ids.append(record(field, "SECRET-TITLE two", "Свидетель SECRET-DESC"))
    return field, ids


def _received(coordinator: Profile) -> dict[str, dict]:
    return {r["record_id"]: r for r in coordinator.sync.received_observations()}


def _open_blob(profile: Profile, attachment: dict) -> bytes:
    path = profile.paths.blobs_dir / attachment["blob_id"]
    out = io.BytesIO()
    with open(path, "rb") as src:
        decrypt_stream(src, out, b64decode(attachment["key"]), attachment["blob_id"])
    return out.getvalue()


def test_parcel_opened_offline_by_a_coordinator(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile], tmp_path: Path
) -> None:
    field, ids = _field_with_records(net, make_profile, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    made = field.sync.parcels.make(stick)
    assert made.envelopes == 2 and len(made.parts) == 1
    data = made.parts[0].read_bytes()
    # Nothing recorded is readable, and the size is a bucket, not the content's size.
    for secret in (b"SECRET", "Şaýat".encode(), "Свидетель".encode(), b"Meredowa"):
        assert secret not in data
    assert len(data) % MIN_BUCKET == 0 or len(data) % (MIN_BUCKET // 2 * 3) == 0
    # Making a parcel sends nothing: the records stay queued until a receipt.
    assert {field.observations.get(i).status for i in ids} == {"queued"}

    opened = coordinator.sync.parcels.open(made.parts[0])
    assert (opened.received, opened.already_held, opened.refused) == (2, 0, [])
    assert opened.blobs_complete == 1
    received = _received(coordinator)
    assert set(received) == set(ids)
    assert received[ids[1]]["body"]["description"] == "Свидетель SECRET-DESC"
    assert _open_blob(coordinator, received[ids[0]]["body"]["attachments"][0]) == PHOTO

    # The same parcel again, then the same envelopes over the network: nothing doubles.
    again = coordinator.sync.parcels.open(made.parts[0])
    assert (again.received, again.already_held) == (0, 2)
    SyncEngine(field).sync_once()
    SyncEngine(coordinator).sync_once()
    rows = coordinator.database.query(
        "SELECT count(*) FROM inbox WHERE kind = 'observation' AND author = ?",
        (field.device_id,),
    )
    assert rows[0][0] == 2
    # and one list row per record (the received records' rows), not one per delivery
    listed = coordinator.database.one(
        "SELECT count(*), count(DISTINCT id) FROM observations WHERE author = ?",
        (field.device_id,),
    )
    assert tuple(listed) == (2, 2)


def test_parcel_relayed_by_another_device_and_receipts_carried_back(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile], tmp_path: Path
) -> None:
    field, ids = _field_with_records(net, make_profile, tmp_path)
    relay = field_profile(net, make_profile, "relay")
    out, back = tmp_path / "out", tmp_path / "back"
    out.mkdir()
    back.mkdir()
    parts = field.sync.parcels.make(out, max_size=256 * 1024).parts
    assert len(parts) >= 2 and all(p.stat().st_size <= 256 * 1024 for p in parts)

    transport = relay.sync.engine().context.transport()
    try:
        reports = [relay.sync.parcels.relay(p, transport, back) for p in parts]
        # Relayed twice: the server answers "duplicate" and stores nothing new.
        twice = relay.sync.parcels.relay(parts[0], transport, None)
    finally:
        transport.close()
    assert sum(r.received for r in reports) == 2
    assert sum(r.blobs_complete for r in reports) == 1
    assert twice.received == 0 and twice.already_held == 2
    # The relay learnt nothing it could read: the envelopes are not in its inbox.
    assert relay.database.one("SELECT count(*) FROM inbox")[0] == 0

    SyncEngine(coordinator).sync_once()
    received = _received(coordinator)
    assert set(received) == set(ids)
    blob_id = received[ids[0]]["body"]["attachments"][0]["blob_id"]
    engine = SyncEngine(coordinator)
    blob = engine.context.transport().request("GET", f"/v1/blobs/{blob_id}").body
    plain = io.BytesIO()
    attachment = received[ids[0]]["body"]["attachments"][0]
    decrypt_stream(io.BytesIO(blob), plain, b64decode(attachment["key"]), blob_id)
    assert plain.getvalue() == PHOTO

    # The author opens the receipts: its records are "sent" without a connection.
    receipts = [p for r in reports for p in r.parts]
    assert receipts
    taken = sum(field.sync.parcels.open(p).receipts for p in receipts)
    assert taken == 2
    assert {field.observations.get(i).status for i in ids} == {"sent"}
    # A later network sync sends nothing again.
    assert SyncEngine(field).sync_once().sent == 0


def test_server_operator_imports_a_parcel(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile], tmp_path: Path
) -> None:
    field, ids = _field_with_records(net, make_profile, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    part = field.sync.parcels.make(out).parts[0]
    receipts = tmp_path / "receipts.fbp"
    result = net.server.admin("parcel", "import", str(part), "--receipts", str(receipts))
    assert "2 stored" in result.stdout and "1 attachments completed" in result.stdout
    again = net.server.admin("parcel", "import", str(part))
    assert "0 stored, 2 already held" in again.stdout

    SyncEngine(coordinator).sync_once()
    assert set(_received(coordinator)) == set(ids)
    assert field.sync.parcels.open(receipts).receipts == 2
    assert {field.observations.get(i).status for i in ids} == {"sent"}


def test_reviews_carried_back_to_the_field_worker(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile], tmp_path: Path
) -> None:
    field, ids = _field_with_records(net, make_profile, tmp_path)
    SyncEngine(field).sync_once()
    SyncEngine(coordinator).sync_once()
    coordinator.reviews.review(ids[1], "needs_information", "Haýsy senede? Когда?")
    SyncEngine(coordinator).sync_once()
    out = tmp_path / "out"
    out.mkdir()
    made = coordinator.sync.parcels.make_return(out, for_device=field.device_id)
    assert made.envelopes == 1
    field.sync.parcels.open(made.parts[0])
    assert field.reviews.reviews_for(ids[1])[0]["comment"] == "Haýsy senede? Когда?"
    assert field.observations.get(ids[1]).status == "needs_information"
    # The same review over the network later is not applied twice.
    SyncEngine(field).sync_once()
    assert len(field.reviews.reviews_for(ids[1])) == 1


def test_damaged_and_foreign_parcels_change_nothing(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile], tmp_path: Path
) -> None:
    field, _ids = _field_with_records(net, make_profile, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    part = field.sync.parcels.make(out).parts[0]
    data = part.read_bytes()
    # A flip in the magic, the header, an envelope, the blob, the padding, the end.
    envelope_at = data.index(b'"ciphertext"')
    blob_at = envelope_at + 40_000
    for offset in (3, 30, envelope_at + 50, blob_at, len(data) - 300, len(data) - 10):
        damaged = bytearray(data)
        damaged[offset] ^= 0x20
        bad = tmp_path / f"bad-{offset}.fbp"
        bad.write_bytes(bytes(damaged))
        with pytest.raises(ParcelRefused):
            coordinator.sync.parcels.open(bad)
    cut = tmp_path / "cut.fbp"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(ParcelRefused):
        coordinator.sync.parcels.open(cut)
    # Another network's parcel: refused at the header.
    foreign = tmp_path / "foreign.fbp"
    with open(foreign, "wb") as fh:
        writer = ParcelWriter(fh, SigningKey.generate(), network=network_id(os.urandom(32)))
        writer.add_envelope(b"{}")
        writer.finish()
    with pytest.raises(ParcelRefused):
        coordinator.sync.parcels.open(foreign)
    assert coordinator.database.one("SELECT count(*) FROM inbox")[0] == 0
    assert not list((coordinator.paths.blobs_dir).glob("*/*"))


def test_forged_author_in_a_well_made_parcel_is_refused(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile], tmp_path: Path
) -> None:
    """An attacker makes keys, a proof signed by a key that is not the server's, and an
    envelope sealed for the real coordination key: the parcel is whole, so it opens, but
    the forged author's envelope is not taken, and the genuine one beside it is."""
    field, ids = _field_with_records(net, make_profile, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    genuine = field.sync.parcels.make(out).parts[0]

    mallory = DeviceKeys.generate()
    fake_server = SigningKey.generate()
    proof = sign_device_proof(
        fake_server,
        DeviceProof(mallory.device_id, mallory.signing.public, mallory.encryption.public,
                    "field", 0),
    )  # fmt: skip
    coordination = coordinator.sync.store.coordination_public
    assert coordination is not None
    forged = seal(
        {"id": "f" * 32, "title": "forged"}, author=mallory, recipients=[coordination],
        record_id="f" * 32, rev=1, parent=None, kind="observation", seq=1, prev=None,
    )  # fmt: skip
    server_key = coordinator.sync.store.server_key
    assert server_key is not None
    path = tmp_path / "forged.fbp"
    with open(path, "wb") as fh:
        writer = ParcelWriter(fh, mallory.signing, network=network_id(server_key))
        writer.add_item({"type": "device", "proof": proof})
        writer.add_envelope(forged.to_bytes())
        writer.finish()
    report = coordinator.sync.parcels.open(path)
    assert report.received == 0 and len(report.refused) == 2  # the proof and the envelope
    assert coordinator.sync.parcels.open(genuine).received == 2
    assert set(_received(coordinator)) == set(ids)


def test_killed_while_opening_leaves_the_profile_whole(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile], tmp_path: Path
) -> None:
    field = field_profile(net, make_profile, "field")
    ids = {record(field, f"SECRET {i}", "Şaýat " * 50) for i in range(400)}
    out = tmp_path / "out"
    out.mkdir()
    part = field.sync.parcels.make(out).parts[0]
    data_dir = coordinator.paths.data_dir
    coordinator.close()
    env = {**os.environ, "PYTHONPATH": str(REPO), "FIELDBOOK_PASSPHRASE": PASSPHRASE}
    cmd = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "parcel", "open"]
    child = subprocess.Popen([*cmd, str(part)], cwd=REPO, env=env)
    time.sleep(random.uniform(0.8, 1.6))  # somewhere in unlocking or applying pages
    child.send_signal(signal.SIGKILL)
    child.wait()
    done = subprocess.run([*cmd, str(part)], cwd=REPO, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    profile = Profile.unlock(coordinator.paths, PASSPHRASE)
    try:
        assert profile.database.one("PRAGMA integrity_check")[0] == "ok"
        assert set(_received(profile)) == ids
    finally:
        profile.close()


def test_a_coordinators_parcel_carries_receipts_and_reviews_back(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile], tmp_path: Path
) -> None:
    """The field worker never gets a connection: a colleague relays the parcel, the
    coordinator syncs, reviews, and sends the receipts and the review back on a stick."""
    field, ids = _field_with_records(net, make_profile, tmp_path)
    relay = field_profile(net, make_profile, "relay")
    out = tmp_path / "out"
    out.mkdir()
    part = field.sync.parcels.make(out).parts[0]
    transport = relay.sync.engine().context.transport()
    try:
        relay.sync.parcels.relay(part, transport, None)
    finally:
        transport.close()
    SyncEngine(coordinator).sync_once()
    coordinator.reviews.review(ids[0], "needs_information", "Haçan? Когда?")
    SyncEngine(coordinator).sync_once()
    back = tmp_path / "back"
    back.mkdir()
    made = coordinator.sync.parcels.make_return(back, for_device=field.device_id)
    assert made.receipts == 2 and made.envelopes == 1
    opened = field.sync.parcels.open(made.parts[0])
    assert opened.receipts == 2
    assert field.observations.get(ids[1]).status == "sent"
    assert field.observations.get(ids[0]).status == "needs_information"
    assert field.reviews.reviews_for(ids[0])[0]["comment"] == "Haçan? Когда?"
