"""Two field workers and a coordinator against a real server process on 127.0.0.1."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.profile import Profile
from desktop.core.sync.engine import SyncEngine
from desktop.core.sync.enrolment import enroll
from desktop.core.sync.errors import CoordinationKeyMismatchError, InvitationInvalidError
from protocol.blob import decrypt_stream
from tests.sync.conftest import Net, field_profile
from tests.sync.helpers import record


def attach(profile: Profile, record_id: str, path: Path, content: bytes) -> None:
    path.write_bytes(content)
    profile.attachments.add(record_id, path)
    path.unlink()


def test_two_field_workers_and_a_coordinator(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile], tmp_path: Path
) -> None:
    alice = field_profile(net, make_profile, "alice")
    bahar = field_profile(net, make_profile, "bahar")

    a1 = record(alice, "Gözegçi SECRET-ALPHA", "Şaýat gürrüň berdi SECRET-DESC-A", queue=False)
    attach(alice, a1, tmp_path / "photo.jpg", b"\xff\xd8\xffJPEGDATA SECRET-PHOTO " * 4000)
    attach(alice, a1, tmp_path / "note.txt", b"SECRET-NOTE " * 100)
    alice.observations.set_status(a1, "queued")
    b1 = record(bahar, "Bahar's SECRET-BRAVO", "Свидетель SECRET-DESC-B")
    draft = record(alice, "Still a draft SECRET-DRAFT", "not queued", queue=False)

    alice_sync = SyncEngine(alice).sync_once()
    assert alice_sync.sealed == 1 and alice_sync.sent == 1
    assert alice_sync.blobs_uploaded == 2
    assert alice.observations.get(a1).status == "sent"
    assert alice.observations.get(draft).status == "draft"
    assert SyncEngine(bahar).sync_once().sent == 1
    assert bahar.observations.get(b1).status == "sent"

    # Syncing again sends nothing twice.
    again = SyncEngine(alice).sync_once()
    assert again.sealed == 0 and again.sent == 0 and again.blobs_uploaded == 0

    engine = SyncEngine(coordinator)
    pulled = engine.sync_once()
    assert pulled.received == 2
    received = {r["record_id"]: r for r in coordinator.sync.received_observations()}
    assert set(received) == {a1, b1}
    assert received[a1]["body"]["title"] == "Gözegçi SECRET-ALPHA"
    assert received[b1]["body"]["description"] == "Свидетель SECRET-DESC-B"

    # The coordinator can fetch and open an attachment.
    attachment = next(a for a in received[a1]["body"]["attachments"] if a["filename"] == "note.txt")
    blob = engine.context.transport().request("GET", f"/v1/blobs/{attachment['blob_id']}").body
    plain = io.BytesIO()
    from protocol.encoding import b64decode

    decrypt_stream(io.BytesIO(blob), plain, b64decode(attachment["key"]), attachment["blob_id"])
    assert plain.getvalue() == b"SECRET-NOTE " * 100

    # The server holds no plaintext, neither in its database nor in its blob folder.
    for secret in ("SECRET-ALPHA", "SECRET-DESC-B", "SECRET-PHOTO", "SECRET-NOTE", "Gözegçi"):
        found = subprocess.run(
            ["grep", "-r", "-l", secret, str(net.server.data_dir)], capture_output=True, text=True
        )
        assert found.stdout == "", f"{secret} found in {found.stdout}"

    # A decision flows back to the author, and only to the author.
    coordinator.reviews.review(a1, "needs_information", "Haýsy senede? Когда именно?")
    assert engine.sync_once().sent == 1
    back = SyncEngine(alice).sync_once()
    assert back.reviews_applied == 1 and back.needs_information == [a1]
    assert alice.observations.get(a1).status == "needs_information"
    assert alice.reviews.reviews_for(a1)[0]["comment"] == "Haýsy senede? Когда именно?"
    assert SyncEngine(bahar).sync_once().reviews_applied == 0

    # The author revises and sends again: a second revision chained to the first.
    obs = alice.observations.get(a1)
    obs.description += " 2026-10-03"
    obs.status = "queued"
    alice.observations.save(obs)
    assert SyncEngine(alice).sync_once().sent == 1
    engine.sync_once()
    assert coordinator.sync.received_observations()[0]["rev"] >= 2 or any(
        r["rev"] >= 2 for r in coordinator.sync.received_observations()
    )


def test_field_device_refuses_a_swapped_coordination_key(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile]
) -> None:
    # An invitation made before any coordination key existed pins nothing: refused.
    from protocol.invitation import Invitation

    inv = Invitation.decode(net.invite("field"))
    unpinned = Invitation(inv.server_url, inv.token, None).encode()
    victim = make_profile("victim")
    with pytest.raises(CoordinationKeyMismatchError):
        enroll(victim, unpinned)
    inv = Invitation.decode(net.invite("field"))
    tampered = Invitation(inv.server_url, inv.token, bytes(16)).encode()
    victim2 = make_profile("victim2")
    with pytest.raises(CoordinationKeyMismatchError):
        enroll(victim2, tampered)
    # Refused means not enrolled: nothing will ever be sealed to an unvouched key.
    assert not victim.sync.enrolled and not victim2.sync.enrolled


def test_mistyped_invitation(net: Net, make_profile: Callable[[str], Profile]) -> None:
    code = net.invite("coordinator")
    typo = code[:-3] + ("A" if code[-3] != "A" else "B") + code[-2:]
    with pytest.raises(InvitationInvalidError):
        enroll(make_profile("x"), typo)
