"""Attachments: encrypted blobs, thumbnails inside the database, export and removal."""

from __future__ import annotations

import hashlib
import io
import os
import tracemalloc
from pathlib import Path

import pytest
from PIL import Image

from desktop.core.errors import AttachmentError, NotFoundError, TransitionError
from desktop.core.paths import Paths
from desktop.core.profile import Profile
from desktop.core.sniff import sniff

from .conftest import PASSPHRASE, make_obs


def _png(path: Path, size: tuple[int, int] = (800, 600)) -> Path:
    Image.new("RGB", size, (200, 30, 30)).save(path, format="PNG")
    return path


def test_add_export_remove(profile: Profile, paths: Paths, tmp_path: Path) -> None:
    obs = profile.observations.save(make_obs())
    src = tmp_path / "statement.txt"
    src.write_bytes(b"witness statement " * 1000)
    ref = profile.attachments.add(obs.id, src)
    assert ref.size == src.stat().st_size
    assert ref.sha256 == hashlib.sha256(src.read_bytes()).hexdigest()
    assert ref.media_type == "text/plain" and not ref.has_thumbnail
    blob = paths.blobs_dir / ref.blob_id
    assert hashlib.sha256(blob.read_bytes()).hexdigest() == ref.blob_id
    assert b"witness statement" not in blob.read_bytes()
    assert [a.id for a in profile.attachments.list(obs.id)] == [ref.id]
    stored = profile.observations.get(obs.id)
    assert stored.rev == 2 and [a.id for a in stored.attachments] == [ref.id]
    assert profile.attachments.read(ref.id) == src.read_bytes()
    out = profile.attachments.export(ref.id, tmp_path / "out.txt")
    assert out.read_bytes() == src.read_bytes()
    # A stale form copy without the attachment does not drop it.
    obs.title = "new title"
    assert [a.id for a in profile.observations.save(obs).attachments] == [ref.id]
    profile.attachments.remove(ref.id)
    assert not blob.exists()
    assert profile.attachments.list(obs.id) == []
    assert profile.observations.get(obs.id).attachments == []
    with pytest.raises(NotFoundError):
        profile.attachments.get(ref.id)
    assert len(profile.observations.history(obs.id)) == 4


def test_image_gets_thumbnail_in_database(profile: Profile, paths: Paths, tmp_path: Path) -> None:
    obs = profile.observations.save(make_obs())
    ref = profile.attachments.add(obs.id, _png(tmp_path / "no-extension", (1200, 300)))
    assert ref.media_type == "image/png" and ref.has_thumbnail
    png = profile.attachments.thumbnail(ref.id)
    assert png is not None
    with Image.open(io.BytesIO(png)) as thumb:
        assert thumb.format == "PNG" and max(thumb.size) <= 256
    # Only the blob is on disk; the thumbnail lives in the encrypted database.
    assert sorted(p.name for p in paths.blobs_dir.iterdir()) == [ref.blob_id]


def test_damaged_image_and_tampered_blob(profile: Profile, paths: Paths, tmp_path: Path) -> None:
    obs = profile.observations.save(make_obs())
    fake = tmp_path / "photo.jpg"
    fake.write_bytes(b"\xff\xd8\xff" + os.urandom(1000))
    ref = profile.attachments.add(obs.id, fake)
    assert ref.media_type == "image/jpeg" and profile.attachments.thumbnail(ref.id) is None
    blob = paths.blobs_dir / ref.blob_id
    raw = bytearray(blob.read_bytes())
    raw[-5] ^= 1
    blob.write_bytes(bytes(raw))
    dest = tmp_path / "exported.jpg"
    with pytest.raises(AttachmentError):
        profile.attachments.export(ref.id, dest)
    assert not dest.exists()  # no partial plaintext left behind


def test_large_file_constant_memory(profile: Profile, tmp_path: Path) -> None:
    obs = profile.observations.save(make_obs())
    src = tmp_path / "recording.bin"
    chunk = os.urandom(1024 * 1024)
    with open(src, "wb") as fh:
        for _ in range(24):
            fh.write(chunk)
    seen: list[int] = []
    tracemalloc.start()
    ref = profile.attachments.add(obs.id, src, progress=lambda done, total: seen.append(done))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 8 * 1024 * 1024  # 24 MiB file, a few chunks in flight at most
    assert seen[-1] == ref.size == 24 * 1024 * 1024
    out = profile.attachments.export(ref.id, tmp_path / "copy.bin")
    assert hashlib.sha256(out.read_bytes()).hexdigest() == ref.sha256


def test_attachments_follow_status_rules(profile: Profile, tmp_path: Path) -> None:
    obs = profile.observations.save(make_obs())
    src = tmp_path / "a.txt"
    src.write_text("x")
    ref = profile.attachments.add(obs.id, src)
    profile.observations.set_status(obs.id, "queued")
    profile.observations.set_status(obs.id, "sent")
    with pytest.raises(TransitionError):
        profile.attachments.add(obs.id, src)
    with pytest.raises(TransitionError):
        profile.attachments.remove(ref.id)
    with pytest.raises(NotFoundError):
        profile.attachments.add("f" * 32, src)


def test_sweep_removes_leftovers(profile: Profile, paths: Paths, tmp_path: Path) -> None:
    obs = profile.observations.save(make_obs())
    src = tmp_path / "a.txt"
    src.write_text("keep me")
    ref = profile.attachments.add(obs.id, src)
    (paths.blobs_dir / ".tmp-deadbeef").write_bytes(b"ciphertext of a cut import")
    (paths.blobs_dir / ("0" * 64)).write_bytes(b"orphan")
    profile.close()
    with Profile.unlock(paths, PASSPHRASE) as p:
        assert sorted(x.name for x in paths.blobs_dir.iterdir()) == [ref.blob_id]
        assert p.attachments.read(ref.id) == b"keep me"


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        (b"%PDF-1.7", "x", "application/pdf"),
        (b"RIFF\x00\x00\x00\x00WAVEfmt ", "x", "audio/wav"),
        (b"\x00\x00\x00\x18ftypheic", "x", "image/heic"),
        (b"\x00\x00\x00\x18ftypisom", "x", "video/mp4"),
        (b"OggS", "voice", "audio/ogg"),
        (b"PK\x03\x04", "report.docx", sniff(b"", "report.docx")),
        (b"plain", "notes.txt", "text/plain"),
        (b"\x00\x01", "unknown", "application/octet-stream"),
    ],
)
def test_sniff(head: bytes, name: str, expected: str) -> None:
    assert sniff(head, name) == expected
