"""Network and process faults between a field device and the real server.

After every fault the system must settle: server and client hold the same envelopes and
blobs, none twice, and the error the person saw named what happened.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.core.profile import Profile
from desktop.core.sync.engine import SyncEngine
from desktop.core.sync.errors import (
    CaptivePortalError,
    DeviceRevokedError,
    ServerUnreachableError,
)
from desktop.core.sync.transport import Transport
from tests.sync.conftest import Net
from tests.sync.fault_proxy import FaultProxy
from tests.sync.helpers import BLOB_SIZE, assert_settled, record, settle, with_attachment


def test_response_lost_after_the_server_committed(
    field: Profile, coordinator: Profile, proxy: FaultProxy, net: Net
) -> None:
    rid = record(field, "Lost answer", "text")
    proxy.add("drop_response", method="PUT", path_prefix="/v1/envelopes")
    with pytest.raises(ServerUnreachableError):
        SyncEngine(field).sync_once()
    # Without a receipt it is not "sent", even though the server has it.
    assert field.observations.get(rid).status == "queued"
    summary = SyncEngine(field).sync_once()
    assert summary.duplicates == 1
    assert field.observations.get(rid).status == "sent"
    assert_settled(field, coordinator, net.server)


def test_block_page_is_named_and_nothing_is_sent(field: Profile, proxy: FaultProxy) -> None:
    rid = record(field, "Blocked", "text")
    proxy.add("block_page", path_prefix="/v1/health")
    with pytest.raises(CaptivePortalError) as info:
        SyncEngine(field).sync_once()
    assert "block page" in info.value.message
    assert not [entry for entry in proxy.log if entry[0] == "PUT"]
    assert field.observations.get(rid).status == "queued"


def test_block_page_in_the_middle_of_a_sync(
    field: Profile, coordinator: Profile, proxy: FaultProxy, net: Net
) -> None:
    record(field, "Blocked later", "text")
    proxy.add("block_page", method="PUT", path_prefix="/v1/envelopes")
    with pytest.raises(CaptivePortalError):
        SyncEngine(field).sync_once()
    settle(SyncEngine(field))
    assert_settled(field, coordinator, net.server)


def test_replayed_and_duplicated_requests(
    field: Profile, coordinator: Profile, proxy: FaultProxy, net: Net, tmp_path: Path
) -> None:
    with_attachment(field, tmp_path)
    proxy.add("replay", method="PUT", path_prefix="/v1/envelopes")
    proxy.add("replay", method="PATCH", path_prefix="/v1/blobs", skip=1)
    settle(SyncEngine(field))
    assert_settled(field, coordinator, net.server)


def test_patch_cut_at_byte_n(
    field: Profile, coordinator: Profile, proxy: FaultProxy, net: Net, tmp_path: Path
) -> None:
    with_attachment(field, tmp_path)
    # The first 256 KiB request measures the line; the second (larger on loopback) is cut.
    proxy.add("cut_body", method="PATCH", path_prefix="/v1/blobs", skip=1, arg=1000)
    with pytest.raises(ServerUnreachableError):
        SyncEngine(field).sync_once()
    before = proxy.bytes_forwarded
    settle(SyncEngine(field))
    resent = proxy.bytes_forwarded - before
    # The stored first request does not travel again.
    assert resent <= BLOB_SIZE - 256 * 1024 + 4096  # + small JSON bodies
    assert_settled(field, coordinator, net.server)


def test_server_killed_mid_upload_resumes_from_stored_offset(
    field: Profile, coordinator: Profile, proxy: FaultProxy, net: Net, tmp_path: Path
) -> None:
    with_attachment(field, tmp_path)
    proxy.add("drop_request", method="PATCH", path_prefix="/v1/blobs", skip=1, hook=net.server.kill)
    with pytest.raises(ServerUnreachableError):
        SyncEngine(field).sync_once()
    net.server.start()
    before = proxy.bytes_forwarded
    settle(SyncEngine(field))
    assert proxy.bytes_forwarded - before <= BLOB_SIZE - 256 * 1024 + 4096
    assert_settled(field, coordinator, net.server)


def test_server_killed_mid_push(
    field: Profile, coordinator: Profile, proxy: FaultProxy, net: Net
) -> None:
    for i in range(5):
        record(field, f"Batch {i}", "text")
    proxy.add("drop_response", method="PUT", path_prefix="/v1/envelopes", hook=None)
    proxy.add("drop_request", method="PUT", path_prefix="/v1/envelopes", hook=net.server.kill)
    with pytest.raises(ServerUnreachableError):
        SyncEngine(field).sync_once()
    with pytest.raises(ServerUnreachableError):
        SyncEngine(field).sync_once()
    net.server.start()
    settle(SyncEngine(field))
    assert_settled(field, coordinator, net.server)


def test_device_revoked_mid_sync(field: Profile, net: Net, proxy: FaultProxy) -> None:
    record(field, "Before revocation", "text")
    SyncEngine(field).sync_once()
    record(field, "After revocation", "text")
    net.server.admin("revoke", field.device_id)
    with pytest.raises(DeviceRevokedError) as info:
        SyncEngine(field).sync_once()
    assert "no longer accepts this device" in info.value.message
    assert field.sync.status().last_error == "device_revoked"


def test_client_clock_hours_off(field: Profile, coordinator: Profile, net: Net) -> None:
    rid = record(field, "Skewed clock", "text")

    def skewed(*args: object, **kw: object) -> Transport:
        transport = Transport(*args, **kw)  # type: ignore[arg-type]
        transport.clock = lambda: time.time() - 5 * 3600
        return transport

    SyncEngine(field, transport_factory=skewed).sync_once()
    assert field.observations.get(rid).status == "sent"
    assert_settled(field, coordinator, net.server)
