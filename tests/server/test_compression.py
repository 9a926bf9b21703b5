"""gzip request bodies (signed uncompressed) and gzip JSON answers."""

from __future__ import annotations

import gzip
from typing import Any

import pytest

from protocol.encoding import canonical_json
from protocol.signed import sign_request
from tests.server.client import Device


def gzip_request(device: Device, method: str, path: str, body: bytes, packed: bytes) -> Any:
    headers = {
        "Content-Type": "application/json",
        "Content-Encoding": "gzip",
        **sign_request(device.keys.signing, method, path, body),
    }
    return device.request(method, path, data=packed, headers=headers, sign=False)


@pytest.fixture
def field(network: Any) -> Device:
    device: Device = network.device("field")
    return device


def test_gzip_push_is_accepted(field: Device) -> None:
    env = field.seal({"title": "gzip " * 200})
    body = canonical_json({"envelopes": [env.to_wire()]})
    response = gzip_request(field, "PUT", "/v1/envelopes", body, gzip.compress(body))
    assert response.status_code == 200, response.text
    assert response.json()["results"][0]["status"] == "stored"


def test_signature_must_cover_the_uncompressed_body(field: Device) -> None:
    env = field.seal({"title": "x"})
    body = canonical_json({"envelopes": [env.to_wire()]})
    packed = gzip.compress(body)
    headers = {
        "Content-Type": "application/json",
        "Content-Encoding": "gzip",
        **sign_request(field.keys.signing, "PUT", "/v1/envelopes", packed),
    }
    response = field.request("PUT", "/v1/envelopes", data=packed, headers=headers, sign=False)
    assert response.status_code == 401


def test_gzip_bomb_is_refused(field: Device) -> None:
    body = b'{"envelopes":[' + b" " * (9 * 1024 * 1024) + b"]}"
    packed = gzip.compress(body, 9)
    assert len(packed) < 64 * 1024
    response = gzip_request(field, "PUT", "/v1/envelopes", body, packed)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "body_too_large"


@pytest.mark.parametrize("packed", [b"not gzip at all", gzip.compress(b'{"envelopes":[]}')[:-6]])
def test_broken_gzip_is_a_clear_400(field: Device, packed: bytes) -> None:
    response = gzip_request(field, "PUT", "/v1/envelopes", b'{"envelopes":[]}', packed)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "bad_encoding"


def test_json_answers_are_compressed(field: Device) -> None:
    for i in range(5):
        assert field.push([field.seal({"title": f"n{i}" * 100})]).status_code == 200
    response = field.changes()
    assert response.status_code == 200
    assert response.headers.get("Content-Encoding") == "gzip"
    assert len(response.json()["envelopes"]) == 5


@pytest.mark.parametrize(
    "trailer", [b"junk", gzip.compress(b'{"envelopes":[1]}'), b"\x00" * 8], ids=str
)
def test_data_after_the_gzip_member_is_refused(field: Device, trailer: bytes) -> None:
    """Issue 13 finding 8: bytes after the first member (a second member a proxy or log would
    read as part of the body) are refused, not silently dropped."""
    body = b'{"envelopes":[]}'
    response = gzip_request(field, "PUT", "/v1/envelopes", body, gzip.compress(body) + trailer)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "bad_encoding"
    assert "after its end" in response.json()["error"]["message"]
