"""PUT /v1/envelopes: exactly once, in device sequence order, with signed receipts."""

from __future__ import annotations

import secrets
from typing import Any

from protocol.encoding import b64decode
from protocol.signed import Receipt
from tests.server.client import Device, server_key_of
from tests.server.conftest import Network


def _results(response: Any) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def test_push_stores_and_signs_receipts(network: Network) -> None:
    device = network.device()
    envelopes = [device.seal({"n": i}) for i in range(5)]
    results = _results(device.push(envelopes))
    assert [r["status"] for r in results] == ["stored"] * 5
    server_key = server_key_of(device.enrolment or {})
    seqs = []
    for env, result in zip(envelopes, results, strict=True):
        assert result["envelope_id"] == env.envelope_id
        receipt = Receipt.from_json(result["receipt"])
        receipt.verify(server_key)
        assert receipt.envelope_id == env.envelope_id
        assert receipt.author == device.device_id
        assert receipt.seq == env.header.seq
        assert receipt.epoch == device.enrolment["epoch"]  # type: ignore[index]
        seqs.append(receipt.server_seq)
    assert seqs == sorted(seqs) and len(set(seqs)) == 5


def test_same_batch_twice_gives_byte_identical_receipts(network: Network) -> None:
    device = network.device()
    batch = [device.seal({"n": i}) for i in range(3)]
    first = device.push(batch)
    second = device.push(batch)
    assert [r["status"] for r in _results(second)] == ["duplicate"] * 3
    for a, b in zip(_results(first), _results(second), strict=True):
        assert a["receipt"] == b["receipt"]
    # a batch mixing old and new envelopes: old ones duplicate, new ones stored
    more = [*batch[1:], device.seal({"n": 3})]
    assert [r["status"] for r in _results(device.push(more))] == [
        "duplicate",
        "duplicate",
        "stored",
    ]
    # the coordinator sees every envelope exactly once
    items, _ = network.coordinator.pull_all(limit=1000)
    mine = [i["envelope"] for i in items if i["envelope"]["header"]["author"] == device.device_id]
    assert len(mine) == 4


def test_out_of_order_batch_is_applied_in_sequence_order(network: Network) -> None:
    device = network.device()
    envelopes = [device.seal({"n": i}) for i in range(4)]
    results = _results(device.push(list(reversed(envelopes))))
    assert [r["status"] for r in results] == ["stored"] * 4
    assert [r["envelope_id"] for r in results] == [e.envelope_id for e in reversed(envelopes)]


def test_gap_is_409_with_expected_and_stores_nothing(network: Network) -> None:
    device = network.device()
    first = device.seal({"n": 1})
    assert _results(device.push([first]))[0]["status"] == "stored"
    second, third = device.seal({"n": 2}), device.seal({"n": 3})
    response = device.push([third])
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["code"] == "sequence_gap" and error["expected"] == 2
    # a batch with the gap after a good envelope is refused as a whole
    fourth = device.seal({"n": 4})
    response = device.push([second, fourth])
    assert response.status_code == 409 and response.json()["error"]["expected"] == 2
    assert [r["status"] for r in _results(device.push([second, third, fourth]))] == ["stored"] * 3


def test_sequence_reuse_is_rejected(network: Network) -> None:
    device = network.device()
    original = device.seal({"n": 1})
    assert _results(device.push([original]))[0]["status"] == "stored"
    impostor = device.seal({"n": "other"}, seq=1, prev=None, advance=False)
    result = _results(device.push([impostor]))[0]
    assert result["status"] == "rejected" and result["reason"] == "sequence_reused"
    assert "receipt" not in result


def test_broken_chain_is_rejected(network: Network) -> None:
    device = network.device()
    assert _results(device.push([device.seal({"n": 1})]))[0]["status"] == "stored"
    wrong_prev = device.seal({"n": 2}, prev=secrets.token_hex(32), advance=False)
    result = _results(device.push([wrong_prev]))[0]
    assert result["status"] == "rejected" and result["reason"] == "chain_broken"
    # an envelope following the broken one in the same batch is not stored either
    bad = device.seal({"n": 2}, prev=secrets.token_hex(32), advance=False)
    after = device.seal({"n": 3}, seq=3, prev=bad.envelope_id, advance=False)
    results = _results(device.push([bad, after]))
    assert [r["reason"] for r in results] == ["chain_broken", "sequence_gap"]
    # the right one still goes in
    assert _results(device.push([device.seal({"n": 2})]))[0]["status"] == "stored"


def test_two_revisions_with_one_parent_are_both_stored_and_flagged(network: Network) -> None:
    device = network.device()
    record = secrets.token_hex(16)
    rev1 = device.seal({"v": 1}, record_id=record)
    rev2a = device.seal({"v": "2a"}, record_id=record, rev=2, parent=rev1.envelope_id)
    assert [r["status"] for r in _results(device.push([rev1, rev2a]))] == ["stored"] * 2
    # a profile restored from a backup writes another revision on the same parent
    rev2b = device.seal({"v": "2b"}, record_id=record, rev=2, parent=rev1.envelope_id)
    result = _results(device.push([rev2b]))[0]
    assert result["status"] == "conflict_stored"
    assert Receipt.from_json(result["receipt"]).envelope_id == rev2b.envelope_id
    page = device.changes().json()
    assert record in page["conflicts"]
    assert {i["envelope"]["header"]["record"] for i in page["envelopes"]} == {record}
    assert len(page["envelopes"]) == 3


def test_author_must_be_the_caller(network: Network) -> None:
    a, b = network.device(), network.device()
    forged = b.seal({"n": 1})  # B's envelope, correctly signed by B, pushed by A
    result = _results(a.push([forged]))[0]
    assert result["status"] == "rejected" and result["reason"] == "not_author"


def test_only_the_record_owner_revises_an_observation(network: Network) -> None:
    a, b = network.device(), network.device()
    rev1 = a.seal({"v": 1})
    assert _results(a.push([rev1]))[0]["status"] == "stored"
    hijack = b.seal({"v": 2}, record_id=rev1.header.record_id, rev=2, parent=rev1.envelope_id)
    result = _results(b.push([hijack]))[0]
    assert result["status"] == "rejected" and result["reason"] == "not_record_owner"


def test_reviews_only_from_coordinators(network: Network) -> None:
    field = network.device()
    review = field.seal({"decision": "verified"}, kind="review", advance=False)
    result = _results(field.push([review]))[0]
    assert result["status"] == "rejected" and result["reason"] == "review_not_allowed"


def test_tampered_envelope_fails_signature(network: Network) -> None:
    device = network.device()
    wire = device.seal({"n": 1}, advance=False).to_wire()
    wire["header"]["created"] += 1
    response = device.request("PUT", "/v1/envelopes", json={"envelopes": [wire]})
    result = _results(response)[0]
    assert result["status"] == "rejected" and result["reason"] == "bad_signature"


def test_malformed_items_are_rejected_one_by_one(network: Network) -> None:
    device = network.device()
    good = device.seal({"n": 1})
    response = device.request(
        "PUT",
        "/v1/envelopes",
        json={"envelopes": [{"header": {}}, 7, good.to_wire(), {"a": None}]},
    )
    results = _results(response)
    assert [r["status"] for r in results] == ["rejected", "rejected", "stored", "rejected"]
    assert results[0]["reason"] == "malformed" and results[0]["envelope_id"] is None
    for body in ({"envelopes": "x"}, {"other": []}, [1]):
        response = device.request("PUT", "/v1/envelopes", json=body)
        assert response.status_code == 422, response.text
    response = device.request(
        "PUT", "/v1/envelopes", data=b"\xff\xfe", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 422 and response.json()["error"]["code"] == "malformed"


def test_batch_and_body_limits(network: Network) -> None:
    device = network.device()
    too_many = [device.seal({"n": i}, advance=False) for i in range(101)]
    response = device.push(too_many)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "batch_too_large"
    huge = b'{"envelopes":["' + b"A" * (8 * 1024 * 1024) + b'"]}'
    response = device.request(
        "PUT", "/v1/envelopes", data=huge, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "body_too_large"
    # other calls take at most 64 KiB
    response = device.request("POST", "/v1/blobs", data=b"x" * (65 * 1024))
    assert response.status_code == 413


def test_empty_batch_is_fine(network: Network) -> None:
    device = network.device()
    assert _results(device.push([])) == []


def test_review_reaches_the_author(network: Network) -> None:
    author = network.device()
    observation = author.seal(
        {"title": "x"}, recipients=[author.keys.encryption.public, network.coordination_key.public]
    )
    assert _results(author.push([observation]))[0]["status"] == "stored"
    coordinator: Device = network.coordinator
    # the coordinator learns the author's encryption key from /v1/changes itself
    cursor, keys = "", None
    while keys is None:
        page = coordinator.changes(cursor, 1000).json()
        keys = page["keys"].get(author.device_id)
        cursor = page["next_cursor"]
        assert keys or page["more"]
    review = coordinator.seal(
        {"decision": "needs information"},
        kind="review",
        record_id=observation.header.record_id,
        recipients=[
            network.coordination_key.public,
            b64decode(keys["encryption_key"], length=32),
        ],
    )
    assert _results(coordinator.push([review]))[0]["status"] == "stored"
    headers = [i["envelope"]["header"] for i in author.pull_all()[0]]
    assert [h["kind"] for h in headers] == ["observation", "review"]
