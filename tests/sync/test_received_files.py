"""A coordinator opens a field worker's photo on demand, against the real server on 127.0.0.1
and real SQLCipher profiles (issue 15 item 2): fetched resumably, verified, decrypted in
memory; a damaged or substituted blob is never shown and is fetched again."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, ClassVar

import pytest
from PIL import Image, PngImagePlugin

from desktop.core.errors import NotFoundError
from desktop.core.profile import Profile
from desktop.core.received_files import TooLargeToShowError
from desktop.core.sync.blob_download import (
    GRID,
    BlobCache,
    BlobDamagedError,
    BlobDownloader,
    BlobUnavailableError,
    FetchStoppedError,
)
from desktop.core.sync.context import SyncContext
from desktop.core.sync.engine import SyncEngine
from desktop.core.sync.errors import ServerUnreachableError
from desktop.core.sync.transport import Response, Transport
from tests.sync.conftest import Net, field_profile
from tests.sync.fault_proxy import FaultProxy
from tests.sync.helpers import record

MARKER = b"PLAINTEXT-MARKER-7f3a"


def photo_bytes(side: int = 420) -> bytes:
    """A real PNG of noise (so it does not compress: ~500 KiB, several ranges) that carries
    a marker in a text chunk, to look for on the disk."""
    image = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", MARKER.decode())
    out = io.BytesIO()
    image.save(out, format="PNG", pnginfo=info)
    return out.getvalue()


def field_photo(profile: Profile, tmp: Path, content: bytes, name: str = "photo.png") -> str:
    rid = record(profile, "Surat", "Ýazgy", queue=False)
    path = tmp / name
    path.write_bytes(content)
    profile.attachments.add(rid, path)
    path.unlink()
    profile.observations.set_status(rid, "queued")
    summary = SyncEngine(profile).sync_once()
    assert summary.blobs_uploaded == 1
    return rid


class Recording(Transport):
    """The real transport, remembering each blob request's Range header."""

    ranges: ClassVar[list[str]] = []

    def request(self, method: str, path: str, **kwargs: Any) -> Response:
        headers: Mapping[str, str] = kwargs.get("headers") or {}
        if method == "GET" and path.startswith("/v1/blobs/"):
            Recording.ranges.append(headers.get("Range", ""))
        return super().request(method, path, **kwargs)


class Tampering(Transport):
    """The server's answer to a blob request with one byte changed, the first ``bad`` times."""

    bad = 1
    served = 0

    def request(self, method: str, path: str, **kwargs: Any) -> Response:
        response = super().request(method, path, **kwargs)
        if method == "GET" and path.startswith("/v1/blobs/") and Tampering.served < Tampering.bad:
            Tampering.served += 1
            body = bytearray(response.body)
            body[len(body) // 2] ^= 0x01
            return Response(response.status, response.headers, bytes(body))
        return response


def grep(folder: Path, needle: bytes) -> str:
    found = subprocess.run(["grep", "-r", "-l", "-a", needle, str(folder)], capture_output=True)
    return found.stdout.decode()


@pytest.fixture
def received(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile], tmp_path: Path
) -> tuple[Profile, str, bytes]:
    """A field worker's photo, synced; the coordinator has pulled the record."""
    alice = field_profile(net, make_profile, "alice")
    content = photo_bytes()
    rid = field_photo(alice, tmp_path, content)
    assert SyncEngine(coordinator).sync_once().received == 1
    return coordinator, rid, content


def test_coordinator_fetches_decrypts_in_memory_and_saves_a_copy(
    received: tuple[Profile, str, bytes], net: Net, tmp_path: Path
) -> None:
    coordinator, rid, content = received
    files = coordinator.received_files
    (item,) = files.attachments_of(rid)
    assert (item.filename, item.media_type, item.size) == ("photo.png", "image/png", len(content))
    assert item.is_image and not item.fetched
    # The received record's attachment row (the observation service's) holds key and hashes;
    # the inbox's signed envelope, the fallback, names the same attachment.
    assert coordinator.attachments.get(item.id).blob_id == item.blob_id
    assert [r.id for r in files._from_inbox(rid) or []] == [item.id]
    seen: list[tuple[int, int]] = []
    assert files.fetch(item.id, lambda done, total: seen.append((done, total))) == content
    assert seen[-1] == (item.blob_size, item.blob_size)
    assert files.attachments_of(rid)[0].fetched

    # Only the ciphertext is kept, exactly as the server holds it; no plaintext anywhere.
    cached = files.cache.path(item.blob_id)
    assert hashlib.sha256(cached.read_bytes()).hexdigest() == item.blob_id
    assert oct(cached.stat().st_mode & 0o777) == "0o600"
    assert grep(coordinator.paths.data_dir, MARKER) == ""

    # Offline, a fetched blob still opens.
    net.server.stop()
    assert files.fetch(item.id) == content

    # The decrypted copy goes where the user chose, whole, and nowhere else.
    dest = tmp_path / "chosen" / "copy.png"
    dest.parent.mkdir()
    assert files.save_decrypted_copy(item.id, dest) == dest
    assert dest.read_bytes() == content
    assert sorted(p.name for p in dest.parent.iterdir()) == ["copy.png"]
    assert grep(coordinator.paths.data_dir, MARKER) == ""

    # Forgetting the cache erases the fetched ciphertext.
    assert files.forget_cache() == 1
    assert not files.attachments_of(rid)[0].fetched


def test_a_cut_download_resumes_from_its_offset_and_verifies(
    received: tuple[Profile, str, bytes],
) -> None:
    coordinator, rid, content = received
    files = coordinator.received_files
    (item,) = files.attachments_of(rid)
    assert item.blob_size > 2 * GRID
    asked = 0

    def stop_after_one_request() -> bool:
        nonlocal asked
        asked += 1
        return asked > 1

    with pytest.raises(FetchStoppedError):
        files.fetch(item.id, should_stop=stop_after_one_request)
    partial = files.cache.partial(item.blob_id)
    kept = partial.read_bytes()
    # a download's first request is one 256 KiB step (later ones grow with the line's speed)
    assert len(kept) == GRID and not files.attachments_of(rid)[0].fetched
    assert MARKER not in kept  # the partial file is ciphertext too

    Recording.ranges = []
    files.transport_factory = Recording
    assert files.fetch(item.id) == content
    assert Recording.ranges[0] == f"bytes={GRID}-{2 * GRID - 1}"
    assert files.cache.path(item.blob_id).read_bytes()[: len(kept)] == kept
    assert not partial.exists()


def test_a_dropped_connection_is_retried_and_a_lost_line_resumes_later(
    received: tuple[Profile, str, bytes], net: Net
) -> None:
    coordinator, rid, content = received
    files = coordinator.received_files
    (item,) = files.attachments_of(rid)
    proxy = FaultProxy(net.server.url)
    try:

        def through_proxy(_url: str, *args: Any, **kwargs: Any) -> Transport:
            return Recording(proxy.url, *args, **kwargs)

        files.transport_factory = through_proxy
        # One answer lost on the way after the first range: asked again, from its offset.
        Recording.ranges = []
        proxy.add("drop_response", method="GET", path_prefix="/v1/blobs/", skip=1)
        assert files.fetch(item.id) == content
        assert Recording.ranges[1] == Recording.ranges[2]
        assert Recording.ranges[1].startswith(f"bytes={GRID}-")

        # The line stays down after the first range: the call gives up, the partial stays
        # (ciphertext), and the next call starts where it stopped.
        files.forget_cache()
        proxy.rules.clear()
        proxy.add("drop_response", method="GET", path_prefix="/v1/blobs/", skip=1, times=100)
        with pytest.raises(ServerUnreachableError):
            files.fetch(item.id)
        assert files.cache.partial_size(item.blob_id) == GRID
        proxy.rules.clear()
        Recording.ranges = []
        assert files.fetch(item.id) == content
        assert Recording.ranges[0].startswith(f"bytes={GRID}-")
    finally:
        proxy.close()


def test_a_tampered_blob_is_not_shown_and_is_fetched_again(
    received: tuple[Profile, str, bytes],
) -> None:
    coordinator, rid, content = received
    files = coordinator.received_files
    (item,) = files.attachments_of(rid)
    files.transport_factory = Tampering

    Tampering.bad, Tampering.served = 1, 0
    assert files.fetch(item.id) == content
    assert Tampering.served == 1
    log = [entry[2] for entry in coordinator.sync.recent_log()]
    assert "blob_id_mismatch" in log

    # Changed on the disk afterwards: refused, dropped, fetched again.
    cached = files.cache.path(item.blob_id)
    data = bytearray(cached.read_bytes())
    data[100] ^= 0xFF
    cached.write_bytes(bytes(data))
    Tampering.bad = 0
    assert files.fetch(item.id) == content

    # A server that keeps sending damaged bytes: never shown, nothing kept.
    files.forget_cache()
    Tampering.bad, Tampering.served = 1000, 0
    with pytest.raises(BlobDamagedError):
        files.fetch(item.id)
    assert Tampering.served >= 3
    assert not files.cache.has(item.blob_id)
    assert not files.cache.partial(item.blob_id).exists()


def test_another_blob_or_another_device_is_refused(
    net: Net,
    coordinator: Profile,
    make_profile: Callable[[str], Profile],
    tmp_path: Path,
) -> None:
    alice = field_profile(net, make_profile, "alice")
    bahar = field_profile(net, make_profile, "bahar")
    a_content = photo_bytes(200)
    a_rid = field_photo(alice, tmp_path, a_content)
    b_rid = field_photo(bahar, tmp_path, b"%PDF-1.4 bahar's scan " * 50, "scan.pdf")
    SyncEngine(coordinator).sync_once()
    files = coordinator.received_files
    (a_item,) = files.attachments_of(a_rid)
    (b_item,) = files.attachments_of(b_rid)
    assert not b_item.is_image

    class Substituting(Transport):
        """A server answering with another record's blob (a real one, well formed)."""

        def request(self, method: str, path: str, **kwargs: Any) -> Response:
            if method == "GET" and path == f"/v1/blobs/{a_item.blob_id}":
                path = f"/v1/blobs/{b_item.blob_id}"
            return super().request(method, path, **kwargs)

    files.transport_factory = Substituting
    with pytest.raises(BlobDamagedError):
        files.fetch(a_item.id)
    files.transport_factory = None
    assert files.fetch(a_item.id) == a_content

    # A field device may not read another device's blob: the server says it has none.
    context = SyncContext(bahar, bahar.sync.store)
    transport = context.transport()
    cache = BlobCache(tmp_path / "bahar-cache")
    with pytest.raises(BlobUnavailableError):
        BlobDownloader(transport, cache).fetch(a_item.blob_id, a_item.blob_size)
    # Nor an id nobody uploaded.
    with pytest.raises(BlobUnavailableError):
        BlobDownloader(transport, cache).fetch("ab" * 32, 100)
    transport.close()
    assert list(cache.directory.iterdir()) == []

    # No such attachment, no such record.
    with pytest.raises(NotFoundError):
        files.fetch("0" * 32)
    with pytest.raises(NotFoundError):
        files.attachments_of("f" * 32)
    # Too large to show in memory: saved as a copy instead.
    with pytest.raises(TooLargeToShowError):
        files.fetch(b_item.id, max_bytes=10)


def test_the_cache_stays_within_its_limit(tmp_path: Path) -> None:
    cache = BlobCache(tmp_path / "fetched", limit_bytes=250)
    cache.ensure()
    for n, blob_id in enumerate(("a" * 64, "b" * 64, "c" * 64)):
        cache.path(blob_id).write_bytes(b"x" * 100)
        os.utime(cache.path(blob_id), (1000 + n, 1000 + n))
    (cache.directory / "stray").write_bytes(b"?")
    cache.partial("d" * 64).write_bytes(b"y")
    os.utime(cache.partial("d" * 64), (0, 0))
    cache.sweep(now=10**9)
    assert sorted(p.name[:1] for p in cache.directory.iterdir()) == ["b", "c"]


def test_an_inbox_entry_naming_a_blob_its_signed_header_does_not_is_not_listed(
    received: tuple[Profile, str, bytes],
) -> None:
    """The fallback for a record only in the inbox: each attachment of the body must be one
    the envelope's signed header names, with that size."""
    coordinator, rid, _content = received
    db = coordinator.database
    envelope_id, body = db.one(
        "SELECT envelope_id, body FROM inbox WHERE record_id = ? AND kind = 'observation'", (rid,)
    )
    data = json.loads(body)
    (entry,) = data["attachments"]
    data["attachments"].append({**entry, "id": "e" * 32, "blob_id": "ab" * 32})
    data["attachments"].append({**entry, "id": "f" * 32, "blob_size": entry["blob_size"] + 1})
    db.execute("UPDATE inbox SET body = ? WHERE envelope_id = ?", (json.dumps(data), envelope_id))
    assert [r.id for r in coordinator.received_files._from_inbox(rid) or []] == [entry["id"]]
