"""GET /v1/changes: visibility, stable paging, epochs, and no skipped rows under load."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from tests.server.client import Device
from tests.server.conftest import Network


def _push_ok(device: Device, n: int, **kw: Any) -> list[dict[str, Any]]:
    response = device.push([device.seal({"n": i}, **kw) for i in range(n)])
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    assert {r["status"] for r in results} == {"stored"}
    return results


def test_paging_with_cursors(network: Network) -> None:
    device = network.device()
    pushed = [r["envelope_id"] for r in _push_ok(device, 25)]
    seen, cursor, pages = [], "", 0
    last_seq = 0
    while True:
        page = device.changes(cursor, 10).json()
        pages += 1
        for item in page["envelopes"]:
            assert item["server_seq"] > last_seq
            last_seq = item["server_seq"]
            assert item["receipt"]["server_seq"] == item["server_seq"]
            seen.append(item["receipt"]["envelope"])
        assert page["next_cursor"].endswith(f":{last_seq}")
        cursor = page["next_cursor"]
        if not page["more"]:
            break
    assert seen == pushed and pages == 3
    # nothing new: the cursor stays where it is
    again = device.changes(cursor).json()
    assert again["envelopes"] == [] and again["more"] is False and again["next_cursor"] == cursor
    # new envelopes arrive after the cursor
    _push_ok(device, 2)
    assert len(device.changes(cursor).json()["envelopes"]) == 2


def test_keys_travel_with_changes(network: Network) -> None:
    device = network.device()
    _push_ok(device, 1)
    page = device.changes().json()
    keys = page["keys"][device.device_id]
    assert keys == {**{k: v for k, v in device.keys.public_dict().items() if k != "device_id"},
                    "role": "field"}  # fmt: skip


def test_field_devices_see_only_their_own(network: Network) -> None:
    a, b = network.device(), network.device()
    a_ids = {r["envelope_id"] for r in _push_ok(a, 3)}
    b_ids = {r["envelope_id"] for r in _push_ok(b, 2)}
    a_seen = {i["receipt"]["envelope"] for i in a.pull_all()[0]}
    b_seen = {i["receipt"]["envelope"] for i in b.pull_all()[0]}
    assert a_seen == a_ids and b_seen == b_ids
    everything = {i["receipt"]["envelope"] for i in network.coordinator.pull_all(1000)[0]}
    assert a_ids | b_ids <= everything
    # a review addressed to A is A's to read, not B's
    record = next(iter(a.pull_all()[0]))["envelope"]["header"]["record"]
    review = network.coordinator.seal(
        {"decision": "verified"},
        kind="review",
        record_id=record,
        recipients=[network.coordination_key.public, a.keys.encryption.public],
    )
    assert network.coordinator.push([review]).json()["results"][0]["status"] == "stored"
    assert review.envelope_id in {i["receipt"]["envelope"] for i in a.pull_all()[0]}
    assert review.envelope_id not in {i["receipt"]["envelope"] for i in b.pull_all()[0]}


def test_bad_cursor_and_limits(network: Network) -> None:
    device = network.device()
    for cursor in ("nonsense", "abc:def", ":5", "a" * 65 + ":1"):
        response = device.changes(cursor)
        assert response.status_code == 422, cursor
        assert response.json()["error"]["code"] in ("bad_cursor", "invalid_request")
    for limit in (0, 1001, -1):
        response = device.request("GET", f"/v1/changes?limit={limit}")
        assert response.status_code == 422
    epoch = device.enrolment["epoch"]  # type: ignore[index]
    response = device.changes("0" * 32 + ":5")
    assert response.status_code == 410
    assert response.json()["error"] == {
        "code": "epoch_changed",
        "message": response.json()["error"]["message"],
        "epoch": epoch,
    }


def test_new_epoch_after_restore(fresh_network: Callable[..., Network]) -> None:
    net = fresh_network("sqlite")
    device = net.device()
    _push_ok(device, 3)
    _, cursor = device.pull_all()
    old_epoch = cursor.split(":")[0]
    out = net.admin("new-epoch")
    assert "new epoch" in out
    response = device.changes(cursor)
    assert response.status_code == 410
    new_epoch = response.json()["error"]["epoch"]
    assert new_epoch != old_epoch
    health = device.session.get(net.url + "/v1/health?nonce=x").json()
    assert health["epoch"] == new_epoch
    items, cursor = device.pull_all()
    assert len(items) == 3 and cursor.startswith(new_epoch + ":")
    # receipts keep the epoch they were issued in; new ones carry the new epoch
    assert {i["receipt"]["epoch"] for i in items} == {old_epoch}
    result = _push_ok(device, 1)[0]
    assert result["receipt"]["epoch"] == new_epoch


def _concurrent_writers_and_reader(network: Network) -> None:
    writers = [network.device() for _ in range(6)]
    reader = network.coordinator
    _, start_cursor = reader.pull_all(limit=1000)
    receipts: list[int] = []
    errors: list[str] = []
    done = threading.Event()
    lock = threading.Lock()

    def write(device: Device) -> None:
        try:
            for _ in range(15):
                batch = [device.seal({"load": i}) for i in range(4)]
                response = device.push(batch)
                if response.status_code != 200:
                    errors.append(response.text)
                    return
                with lock:
                    receipts.extend(r["receipt"]["server_seq"] for r in response.json()["results"])
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(repr(exc))

    read_seqs: list[int] = []

    def read() -> None:
        cursor = start_cursor
        while True:
            finished = done.is_set()
            response = reader.changes(cursor, 7)
            if response.status_code == 429:
                time.sleep(float(response.headers["Retry-After"]))
                continue
            page = response.json()
            read_seqs.extend(item["server_seq"] for item in page["envelopes"])
            cursor = page["next_cursor"]
            if finished and not page["more"]:
                return
            time.sleep(0.002)

    threads = [threading.Thread(target=write, args=(w,)) for w in writers]
    reader_thread = threading.Thread(target=read)
    reader_thread.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done.set()
    reader_thread.join(60)
    assert not errors, errors[:3]
    assert len(receipts) == 6 * 15 * 4 == len(set(receipts))
    # the reader paged while rows were being committed and never skipped one
    assert read_seqs == sorted(read_seqs)
    assert set(receipts) <= set(read_seqs)
    assert len(read_seqs) == len(set(read_seqs))


def test_concurrent_writers_never_make_a_reader_skip(network: Network) -> None:
    _concurrent_writers_and_reader(network)


@pytest.mark.postgres
def test_concurrent_sequence_assignment_on_postgres(fresh_network: Callable[..., Network]) -> None:
    """The same on a PostgreSQL server of its own, run twice over for more interleavings."""
    pytest.importorskip("psycopg")
    net = fresh_network("postgres")
    _concurrent_writers_and_reader(net)
    _concurrent_writers_and_reader(net)
    items, _ = net.coordinator.pull_all(limit=1000)
    seqs = [i["server_seq"] for i in items]
    assert seqs == list(range(1, len(seqs) + 1))
