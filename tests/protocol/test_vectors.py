"""The checked-in vectors pin the wire format: a change of format fails here."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from protocol.blob import decrypt_stream
from protocol.encoding import b64decode, canonical_json
from protocol.envelope import Envelope
from protocol.invitation import Invitation
from protocol.keys import DeviceKeys, EncryptionKey, SigningKey, fingerprint
from protocol.signed import Receipt, sign_request, verify_request

VECTORS: dict[str, Any] = json.loads(
    (Path(__file__).parent / "vectors.json").read_text(encoding="utf-8")
)


@pytest.fixture
def author() -> DeviceKeys:
    return DeviceKeys.from_dict(VECTORS["keys"]["author"])


def test_device_id_and_fingerprint(author: DeviceKeys) -> None:
    assert author.device_id == VECTORS["device_id"]
    assert fingerprint(author.signing.public) == VECTORS["fingerprint"]


def test_canonical_bytes() -> None:
    for case in VECTORS["canonical"]:
        assert canonical_json(case["value"]).decode() == case["bytes"]


def test_envelope_vector_opens_with_the_same_id(author: DeviceKeys) -> None:
    env = Envelope.from_wire(VECTORS["envelope"]["wire"])
    assert env.envelope_id == VECTORS["envelope"]["id"]
    assert env.to_wire() == VECTORS["envelope"]["wire"]
    coordination = EncryptionKey.from_bytes(b64decode(VECTORS["keys"]["coordination"]))
    assert env.open([coordination], author.signing.public) == VECTORS["envelope"]["body"]
    assert env.open([author.encryption], author.signing.public) == VECTORS["envelope"]["body"]


def test_blob_vector_decrypts() -> None:
    blob = VECTORS["blob"]
    out = io.BytesIO()
    digest = decrypt_stream(
        io.BytesIO(b64decode(blob["ciphertext"])), out, b64decode(blob["key"]), blob["id"]
    )
    assert digest == blob["plaintext_sha256"]
    assert out.getvalue() == bytes(range(256)) * 4


def test_receipt_vector_is_exact() -> None:
    server = SigningKey.from_bytes(b64decode(VECTORS["keys"]["server"]))
    receipt = Receipt.from_json(VECTORS["receipt"])
    receipt.verify(server.public)
    # Ed25519 is deterministic: re-signing the same fields gives the same bytes.
    assert receipt.signed(server).to_json() == VECTORS["receipt"]


def test_request_signature_vector(author: DeviceKeys) -> None:
    req = VECTORS["request"]
    headers = sign_request(
        author.signing,
        req["method"],
        req["path"],
        req["body"].encode(),
        now=req["time"],
        nonce=req["nonce"],
    )
    assert headers == req["headers"]
    from protocol.signed import body_hash

    verify_request(
        author.signing.public,
        req["method"],
        req["path"],
        body_hash(req["body"].encode()),
        headers,
        now=req["time"] + 10,
    )


def test_invitation_vector() -> None:
    inv = Invitation.decode(VECTORS["invitation"]["code"])
    assert inv.server_url == VECTORS["invitation"]["url"]
    assert inv.token.hex() == VECTORS["invitation"]["token"]
    assert inv.coordinator_fingerprint is not None
    assert inv.coordinator_fingerprint.hex() == VECTORS["invitation"]["fingerprint"]
    assert inv.encode() == VECTORS["invitation"]["code"]
