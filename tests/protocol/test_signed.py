from __future__ import annotations

import time

import pytest

from protocol.encoding import b64encode
from protocol.errors import MalformedError, SignatureError, StaleRequestError
from protocol.keys import DeviceKeys, EncryptionKey, SigningKey
from protocol.signed import (
    H_NONCE,
    H_SIGNATURE,
    H_TIME,
    Receipt,
    body_hash,
    sign_coordination_key,
    sign_health,
    sign_request,
    verify_coordination_key,
    verify_health,
    verify_request,
)

SERVER = SigningKey.generate()
DEVICE = DeviceKeys.generate()


def receipt() -> Receipt:
    return Receipt("ab" * 32, DEVICE.device_id, 3, 99, "ep1", 1_700_000_000_000).signed(SERVER)


def test_receipt_round_trip_and_tamper() -> None:
    r = Receipt.from_json(receipt().to_json())
    r.verify(SERVER.public)
    for field, value in [
        ("server_seq", 100),
        ("seq", 4),
        ("envelope", "cd" * 32),
        ("epoch", "ep2"),
    ]:
        data = receipt().to_json()
        data[field] = value
        with pytest.raises(SignatureError):
            Receipt.from_json(data).verify(SERVER.public)
    with pytest.raises(SignatureError):
        r.verify(SigningKey.generate().public)


def test_request_signature() -> None:
    body = b'{"envelopes":[]}'
    now = time.time()
    headers = sign_request(DEVICE.signing, "PUT", "/v1/envelopes", body, now=now)
    verify_request(DEVICE.signing.public, "PUT", "/v1/envelopes", body_hash(body), headers, now=now)
    for method, path, digest in [
        ("POST", "/v1/envelopes", body_hash(body)),
        ("PUT", "/v1/envelopes?x=1", body_hash(body)),
        ("PUT", "/v1/envelopes", body_hash(b"{}")),
    ]:
        with pytest.raises(SignatureError):
            verify_request(DEVICE.signing.public, method, path, digest, headers, now=now)
    with pytest.raises(SignatureError):
        verify_request(DeviceKeys.generate().signing.public, "PUT", "/v1/envelopes",
                       body_hash(body), headers, now=now)  # fmt: skip


def test_request_clock_skew() -> None:
    headers = sign_request(DEVICE.signing, "GET", "/v1/changes", b"", now=1000)
    with pytest.raises(StaleRequestError):
        verify_request(
            DEVICE.signing.public, "GET", "/v1/changes", body_hash(b""), headers, now=1000 + 301
        )
    verify_request(
        DEVICE.signing.public, "GET", "/v1/changes", body_hash(b""), headers, now=1000 + 299
    )


@pytest.mark.parametrize(
    "header,value",
    [
        (H_TIME, "soon"),
        (H_TIME, ""),
        (H_TIME, "²"),
        (H_TIME, "١٢"),
        (H_SIGNATURE, "xx"),
        (H_NONCE, ""),
        (H_NONCE, "AB" * 16),
        (H_NONCE, "ab" * 15),
    ],
)
def test_request_malformed_headers(header: str, value: str) -> None:
    headers = sign_request(DEVICE.signing, "GET", "/v1/changes", b"", now=1000)
    headers[header] = value
    with pytest.raises(SignatureError):
        verify_request(
            DEVICE.signing.public, "GET", "/v1/changes", body_hash(b""), headers, now=1000
        )


def test_health_answer() -> None:
    answer = sign_health(SERVER, "n0nce", "0.1.0", 123, "ep")
    assert verify_health(answer, "n0nce") == SERVER.public
    assert verify_health(answer, "n0nce", pinned_server_key=SERVER.public) == SERVER.public
    with pytest.raises(SignatureError):
        verify_health(answer, "other")
    with pytest.raises(SignatureError):
        verify_health(answer, "n0nce", pinned_server_key=SigningKey.generate().public)
    forged = dict(answer, time=124)
    with pytest.raises(SignatureError):
        verify_health(forged, "n0nce")
    # A captive portal answers with HTML or unrelated JSON.
    with pytest.raises(MalformedError):
        verify_health("<html>Login</html>", "n0nce")
    with pytest.raises(MalformedError):
        verify_health({"status": "ok"}, "n0nce")


def test_coordination_key_publication() -> None:
    coordinator = SigningKey.generate()
    coordination = EncryptionKey.generate()
    published = sign_coordination_key(coordinator, coordination.public)
    assert verify_coordination_key(published) == (coordination.public, coordinator.public)
    swapped = dict(published, coordination_key=b64encode(EncryptionKey.generate().public))
    with pytest.raises(SignatureError):
        verify_coordination_key(swapped)


def test_request_nonce_is_signed_and_fresh() -> None:
    """Another nonce under the same signature fails; two requests never share a nonce."""
    headers = sign_request(DEVICE.signing, "GET", "/v1/changes", b"", now=1000)
    again = sign_request(DEVICE.signing, "GET", "/v1/changes", b"", now=1000)
    assert headers[H_NONCE] != again[H_NONCE]
    swapped = {**headers, H_NONCE: again[H_NONCE]}
    with pytest.raises(SignatureError):
        verify_request(
            DEVICE.signing.public, "GET", "/v1/changes", body_hash(b""), swapped, now=1000
        )
    del swapped[H_NONCE]
    with pytest.raises(SignatureError):
        verify_request(
            DEVICE.signing.public, "GET", "/v1/changes", body_hash(b""), swapped, now=1000
        )
