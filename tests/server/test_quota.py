"""Issue 13 finding 7, the rest: a device's storage quota counts the envelopes it wrote as
well as its attachments, on SQLite and on PostgreSQL, whoever carries them (the device, a
relay, the operator's parcel import), and across a restart and the schema migration."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
import requests
from sqlalchemy import create_engine, text

from protocol.encoding import b64decode
from protocol.envelope import BlobRef, Envelope
from protocol.parcel import ParcelWriter, network_id
from server.config import SQLITE_FILE
from tests.server.client import Device, b64encode, fake_blob
from tests.server.conftest import BACKENDS, Network

QUOTA = ["--device-quota-mb", "1"]


def _big(device: Device, kb: int = 100, *, advance: bool = True) -> Envelope:
    """The device's next envelope, about ``kb`` KB on the wire (random text: zlib can do
    little with it)."""
    return device.seal({"note": b64encode(os.urandom(kb * 1024 * 3 // 4))}, advance=advance)


def _fill(device: Device, up_to: int = 900_000) -> int:
    """Envelopes until the device holds at least ``up_to`` bytes of them; how many."""
    held = 0
    while held < up_to:
        env = _big(device)
        response = device.push([env])
        assert response.status_code == 200, response.text
        assert response.json()["results"][0]["status"] == "stored"
        held += len(env.to_bytes())
    return held


def _full(response: requests.Response) -> bool:
    return response.status_code == 507 and response.json()["error"]["code"] == "quota_exceeded"


@pytest.mark.parametrize("backend", BACKENDS)
def test_envelopes_count_against_the_quota(
    fresh_network: Callable[..., Network], backend: str
) -> None:
    net = fresh_network(backend, *QUOTA)
    device, other = net.device(), net.device()
    _fill(device)  # ~ 900 KB of envelopes: under 1 MiB
    over = _big(device, 150, advance=False)
    refused = device.push([over])
    assert _full(refused), refused.text
    # nothing of a refused request is kept: the same sequence number takes a small one
    small = device.seal({"small": 1})
    assert device.push([small]).json()["results"][0]["status"] == "stored"
    # attachments and envelopes share the quota: what envelopes took, a blob cannot
    blob_id, data = fake_blob(200_000)
    announce = device.seal({"photo": 1}, blobs=[BlobRef(blob_id, len(data))])
    assert device.push([announce]).json()["results"][0]["status"] == "stored"
    start = device.request("POST", "/v1/blobs", json={"blob_id": blob_id, "size": len(data)})
    assert _full(start), start.text
    # what is held already is answered again, full or not
    assert device.push([small]).json()["results"][0]["status"] == "duplicate"
    # another device's room is its own
    _fill(other, 100_000)


@pytest.mark.parametrize("backend", BACKENDS)
def test_what_is_held_is_counted_after_a_restart_and_the_migration(
    fresh_network: Callable[..., Network], backend: str
) -> None:
    """A server upgraded from schema 2 (no running total) counts the envelopes it holds."""
    net = fresh_network(backend, *QUOTA)
    device = net.device()
    filled = _fill(device)
    net.server.stop()
    url = net.server.database or f"sqlite:///{net.server.data_dir / SQLITE_FILE}"
    engine = create_engine(url)
    with engine.begin() as conn:  # as a version-2 database was
        conn.execute(text("ALTER TABLE devices DROP COLUMN envelope_bytes"))
        conn.execute(text("UPDATE schema_version SET version = 2"))
    engine.dispose()
    net.server.start()
    assert _full(device.push([_big(device, 200)]))
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version FROM schema_version")).scalar_one()
        held = conn.execute(
            text("SELECT envelope_bytes FROM devices WHERE device_id = :d"), {"d": device.device_id}
        ).scalar_one()
    engine.dispose()
    assert version >= 3 and held == filled


def test_a_relay_fills_the_authors_quota_not_its_own(
    fresh_network: Callable[..., Network],
) -> None:
    net = fresh_network("sqlite", *QUOTA)
    author, relay = net.device(), net.device()
    _fill(author)
    body = {"author": author.device_id, "envelopes": [_big(author, 200).to_wire()]}
    refused = relay.request("PUT", "/v1/relay/envelopes", json=body)
    assert _full(refused), refused.text
    _fill(relay, 300_000)  # the relay's own room is untouched


def test_the_operators_import_counts_against_the_authors_quota(
    fresh_network: Callable[..., Network], tmp_path: Path
) -> None:
    """A parcel imported by the operator is the author's push: past the quota its
    envelopes are listed as refused, and the import goes on (no traceback)."""
    net = fresh_network("sqlite", *QUOTA)
    author = net.device()
    _fill(author)
    server_key = b64decode(author.request("GET", "/v1/health?nonce=q").json()["server_key"])
    path = tmp_path / "p.fbp"
    with open(path, "wb") as fh:
        writer = ParcelWriter(fh, author.keys.signing, network=network_id(server_key))
        writer.add_envelope(_big(author, 200).to_bytes())
        writer.finish()
    result = net.server.admin("parcel", "import", str(path), *QUOTA)
    assert "0 stored" in result.stdout, result.stdout
    assert "quota_exceeded" in result.stdout + result.stderr
