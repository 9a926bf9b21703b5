"""Resumable blob upload (tus-like) and ranged download."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from protocol.envelope import BlobRef
from tests.server.client import Device, fake_blob
from tests.server.conftest import Network


def _announce(device: Device, *blobs: tuple[str, bytes]) -> None:
    """Push an envelope that references the blobs (the client pushes envelopes first)."""
    env = device.seal({"photo": True}, blobs=[BlobRef(b, len(d)) for b, d in blobs])
    response = device.push([env])
    assert response.status_code == 200, response.text
    result = response.json()["results"][0]
    assert result["status"] == "stored"
    assert result["blobs_missing"] == list(dict.fromkeys(b for b, _ in blobs))


def test_upload_and_download(network: Network) -> None:
    device = network.device()
    blob_id, data = fake_blob(700_000)
    _announce(device, (blob_id, data))
    created = device.request("POST", "/v1/blobs", json={"blob_id": blob_id, "size": len(data)})
    assert created.status_code == 201, created.text
    assert created.json() == {"blob_id": blob_id, "size": len(data), "offset": 0, "complete": False}
    head = device.request("HEAD", f"/v1/blobs/{blob_id}")
    assert head.headers["Upload-Offset"] == "0"
    assert head.headers["Upload-Length"] == str(len(data))
    last = device.upload_blob(data)
    assert last.json()["complete"] is True
    again = device.request("POST", "/v1/blobs", json={"blob_id": blob_id, "size": len(data)})
    assert again.status_code == 200 and again.json()["complete"] is True
    download = device.request("GET", f"/v1/blobs/{blob_id}")
    assert download.status_code == 200 and download.content == data
    ranged = device.request("GET", f"/v1/blobs/{blob_id}", headers={"Range": "bytes=1000-"})
    assert ranged.status_code == 206 and ranged.content == data[1000:]
    middle = device.request("GET", f"/v1/blobs/{blob_id}", headers={"Range": "bytes=5-9"})
    assert middle.status_code == 206 and middle.content == data[5:10]
    assert network.coordinator.request("GET", f"/v1/blobs/{blob_id}").content == data
    # a later envelope of the same record reports nothing missing
    env = device.seal({"again": 1}, blobs=[BlobRef(blob_id, len(data))])
    assert device.push([env]).json()["results"][0]["blobs_missing"] == []


def test_only_referenced_blobs_may_be_uploaded(network: Network) -> None:
    device = network.device()
    blob_id, data = fake_blob(100)
    response = device.request("POST", "/v1/blobs", json={"blob_id": blob_id, "size": 100})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "blob_not_referenced"
    _announce(device, (blob_id, data))
    response = device.request("POST", "/v1/blobs", json={"blob_id": blob_id, "size": 99})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "blob_size_mismatch"
    other = network.device()
    response = other.request("POST", "/v1/blobs", json={"blob_id": blob_id, "size": 100})
    assert response.status_code == 403
    # another field device can neither probe nor download it
    device.upload_blob(data)
    assert other.request("GET", f"/v1/blobs/{blob_id}").status_code == 404
    assert other.request("HEAD", f"/v1/blobs/{blob_id}").status_code == 404


def test_offset_must_match(network: Network) -> None:
    device = network.device()
    blob_id, data = fake_blob(1000)
    _announce(device, (blob_id, data))
    device.request("POST", "/v1/blobs", json={"blob_id": blob_id, "size": 1000})
    assert device.patch_blob(blob_id, 0, data[:400]).json()["offset"] == 400
    stale = device.patch_blob(blob_id, 0, data[:400])
    assert stale.status_code == 409
    assert stale.json()["error"] == {
        "code": "offset_mismatch",
        "message": stale.json()["error"]["message"],
        "offset": 400,
    }
    overflow = device.patch_blob(blob_id, 400, data[400:] + b"extra")
    assert overflow.status_code == 422 and overflow.json()["error"]["code"] == "blob_overflow"
    wrong_type = device.request(
        "PATCH", f"/v1/blobs/{blob_id}", data=data[400:],
        headers={"Upload-Offset": "400", "Content-Type": "application/json"},
    )  # fmt: skip
    assert wrong_type.status_code == 415
    for bad in ("-1", "x", ""):
        response = device.request(
            "PATCH", f"/v1/blobs/{blob_id}", data=b"",
            headers={"Upload-Offset": bad, "Content-Type": "application/offset+octet-stream"},
        )  # fmt: skip
        assert response.status_code == 422, bad
    assert device.patch_blob(blob_id, 400, data[400:]).json()["complete"] is True


def test_hash_mismatch_discards_the_upload(network: Network) -> None:
    device = network.device()
    blob_id, data = fake_blob(5000)
    _announce(device, (blob_id, data))
    device.request("POST", "/v1/blobs", json={"blob_id": blob_id, "size": 5000})
    device.patch_blob(blob_id, 0, data[:2500])
    response = device.patch_blob(blob_id, 2500, b"\0" * 2500)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "blob_id_mismatch"
    assert device.request("HEAD", f"/v1/blobs/{blob_id}").status_code == 404
    assert device.request("GET", f"/v1/blobs/{blob_id}").status_code == 404
    # start again from zero with the right bytes
    assert device.upload_blob(data).json()["complete"] is True


def test_concurrent_appends_at_one_offset(network: Network) -> None:
    device = network.device()
    blob_id, data = fake_blob(64 * 1024)
    _announce(device, (blob_id, data))
    device.request("POST", "/v1/blobs", json={"blob_id": blob_id, "size": len(data)})
    statuses: list[int] = []
    barrier = threading.Barrier(8)

    def append(i: int) -> None:
        # each its own session: truly parallel connections
        twin = Device(network.url, keys=device.keys, token=device.token)
        chunk = data[:32768] if i % 2 == 0 else bytes(32768)
        barrier.wait()
        statuses.append(twin.patch_blob(blob_id, 0, chunk).status_code)

    threads = [threading.Thread(target=append, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(statuses) == [200] + [409] * 7
    head = device.request("HEAD", f"/v1/blobs/{blob_id}")
    assert head.headers["Upload-Offset"] == "32768"
    # whichever won, the blob completes only with the right bytes
    final = device.patch_blob(blob_id, 32768, data[32768:])
    if final.status_code == 422:
        assert device.upload_blob(data).json()["complete"] is True
    assert device.request("GET", f"/v1/blobs/{blob_id}").content == data


@pytest.mark.parametrize(
    "path",
    [
        "/v1/blobs/..%2F..%2Fserver_key",
        "/v1/blobs/../../server_key",
        "/v1/blobs/%2e%2e%2fserver_key",
        "/v1/blobs/" + "A" * 64,
        "/v1/blobs/" + "0" * 63 + "g",
        "/v1/blobs/" + "0" * 65,
        "/v1/blobs/..",
    ],
)
def test_path_traversal_is_refused(network: Network, path: str) -> None:
    device = network.device()
    for method in ("GET", "HEAD", "PATCH"):
        response = device.request(
            method, path, data=b"x", headers={"Upload-Offset": "0",
            "Content-Type": "application/offset+octet-stream"},
        )  # fmt: skip
        assert response.status_code in (404, 405, 422), (method, path, response.status_code)
        assert b"server_key" not in response.content or response.status_code != 200
    response = device.request("POST", "/v1/blobs", json={"blob_id": "../x", "size": 1})
    assert response.status_code == 422


def test_oversize_uploads(network: Network) -> None:
    device = network.device()
    blob_id, data = fake_blob(9 * 1024 * 1024)
    _announce(device, (blob_id, data))
    device.request("POST", "/v1/blobs", json={"blob_id": blob_id, "size": len(data)})
    response = device.patch_blob(blob_id, 0, data)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "body_too_large"
    response = device.request("POST", "/v1/blobs", json={"blob_id": "ab" * 32, "size": 3 * 1024**3})
    assert response.status_code == 413 and response.json()["error"]["code"] == "blob_too_large"
    # an envelope announcing a too large attachment is refused
    env = device.seal({"x": 1}, blobs=[BlobRef("cd" * 32, 3 * 1024**3)], advance=False)
    result = device.push([env]).json()["results"][0]
    assert result["status"] == "rejected" and result["reason"] == "blob_too_large"


def test_upload_resumes_after_the_server_is_killed(
    fresh_network: Callable[..., Network],
) -> None:
    net = fresh_network("sqlite")
    device = net.device()
    blob_id, data = fake_blob(3 * 1024 * 1024 + 17)
    _announce(device, (blob_id, data))
    device.request("POST", "/v1/blobs", json={"blob_id": blob_id, "size": len(data)})
    sent = 0
    for _ in range(5):
        sent = device.patch_blob(blob_id, sent, data[sent : sent + 300_000]).json()["offset"]
    net.server.kill()
    # as if the power went after bytes reached the file but before the offset was recorded
    partial = net.server.data_dir / "blobstore" / "partial" / blob_id
    with open(partial, "ab") as fh:
        fh.write(b"torn write")
    net.server.start()
    device.session.close()
    head = device.request("HEAD", f"/v1/blobs/{blob_id}")
    assert head.status_code == 200
    offset = int(head.headers["Upload-Offset"])
    assert offset == sent == 1_500_000
    while offset < len(data):
        response = device.patch_blob(blob_id, offset, data[offset : offset + 1_000_000])
        assert response.status_code == 200, response.text
        offset = response.json()["offset"]
    assert response.json()["complete"] is True
    assert device.request("GET", f"/v1/blobs/{blob_id}").content == data
    final = net.server.data_dir / "blobstore" / "blobs" / blob_id[:2] / blob_id
    assert not partial.exists() and final.read_bytes() == data


def test_naming_another_records_blob_grants_nothing(network: Network) -> None:
    """Issue 13 finding 7: a device that puts a blob id it has seen into an envelope of its
    own record can neither download that blob nor claim its upload with another size."""
    victim, attacker = network.device(), network.device()
    blob_id, data = fake_blob(50_000)
    # the attacker names the id first, with a wrong size, before the victim uploads
    _announce(victim, (blob_id, data))
    forged = attacker.seal({"mine": 1}, blobs=[BlobRef(blob_id, 7)])
    assert attacker.push([forged]).json()["results"][0]["status"] == "stored"
    claim = attacker.request("POST", "/v1/blobs", json={"blob_id": blob_id, "size": 7})
    assert claim.status_code == 403
    victim.upload_blob(data)
    named = attacker.seal({"mine": 2}, blobs=[BlobRef(blob_id, len(data))])
    assert attacker.push([named]).json()["results"][0]["status"] == "stored"
    assert attacker.request("GET", f"/v1/blobs/{blob_id}").status_code == 404
    assert attacker.request("HEAD", f"/v1/blobs/{blob_id}").status_code == 404
    # the owner and the coordinator still read it
    assert victim.request("GET", f"/v1/blobs/{blob_id}").content == data
    assert network.coordinator.request("GET", f"/v1/blobs/{blob_id}").content == data


def test_a_device_cannot_fill_the_server(fresh_network) -> None:  # type: ignore[no-untyped-def]
    """Issue 13 finding 7: a per-device quota (here 1 MiB) counts finished and unfinished
    uploads; an upload abandoned past the expiry (here 2 s) is removed and frees its share."""
    import time

    net: Network = fresh_network("sqlite", "--device-quota-mb", "1", "--partial-expiry", "2")
    device = net.device()
    first, first_data = fake_blob(700_000)
    second, second_data = fake_blob(700_000)
    _announce(device, (first, first_data), (second, second_data))
    started = device.request("POST", "/v1/blobs", json={"blob_id": first, "size": 700_000})
    assert started.status_code == 201
    assert device.patch_blob(first, 0, first_data[:1000]).status_code == 200
    full = device.request("POST", "/v1/blobs", json={"blob_id": second, "size": 700_000})
    assert full.status_code == 507 and full.json()["error"]["code"] == "quota_exceeded"
    time.sleep(2.5)  # the first upload is abandoned; expiry is by the clock, not a timing
    freed = device.request("POST", "/v1/blobs", json={"blob_id": second, "size": 700_000})
    assert freed.status_code == 201, freed.text
    partial = net.server.data_dir / "blobstore" / "partial" / first
    assert not partial.exists()
    # the owner may start the abandoned one again from 0 (once it has room)
    assert device.request("HEAD", f"/v1/blobs/{first}").status_code == 404
