"""Writes vectors.json: fixed inputs and outputs of the wire format.

Run once when the format changes on purpose (and bump FORMAT_VERSION); the tests compare the
code against the checked-in file, so an accidental change of format fails them.
    python tests/protocol/make_vectors.py
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

from protocol.blob import encrypt_stream
from protocol.encoding import b64encode, canonical_json
from protocol.envelope import BlobRef, seal
from protocol.invitation import Invitation
from protocol.keys import DeviceKeys, EncryptionKey, SigningKey, fingerprint
from protocol.signed import Receipt, sign_request

HERE = Path(__file__).parent


def seeded(label: str) -> bytes:
    return hashlib.sha256(b"fieldbook-test-vector:" + label.encode()).digest()


def main() -> None:
    author = DeviceKeys(
        SigningKey.from_bytes(seeded("author-sign")), EncryptionKey.from_bytes(seeded("author-enc"))
    )
    coordination = EncryptionKey.from_bytes(seeded("coordination"))
    server = SigningKey.from_bytes(seeded("server"))
    body = {
        "title": "Ýaşaýyş jaýy ýykyldy — Дашогуз",
        "n": 7,
        "ok": True,
        "none": None,
        "pos": [37.95, 58.38],
    }
    blob_plain = bytes(range(256)) * 4
    blob = io.BytesIO()
    info = encrypt_stream(io.BytesIO(blob_plain), blob, seeded("blob-key"))
    env = seal(
        body,
        author=author,
        kind="observation",
        record_id=seeded("record")[:16].hex(),
        rev=1,
        parent=None,
        seq=1,
        prev=None,
        recipients=[author.encryption.public, coordination.public],
        blobs=[BlobRef(info.blob_id, info.size)],
        created_ms=1_790_000_000_000,
    )
    receipt = Receipt(env.envelope_id, author.device_id, 1, 42, "e1", 1_790_000_000_500).signed(
        server
    )
    vectors = {
        "keys": {
            "author": author.to_dict(),
            "coordination": b64encode(coordination.private_bytes()),
            "server": b64encode(server.private_bytes()),
        },
        "device_id": author.device_id,
        "fingerprint": fingerprint(author.signing.public),
        "canonical": [
            {
                "value": {"b": 1, "a": [1, 2.5, "ş"], "c": {"z": None, "y": False}},
                "bytes": canonical_json(
                    {"b": 1, "a": [1, 2.5, "ş"], "c": {"z": None, "y": False}}
                ).decode(),
            },
        ],
        "envelope": {"wire": env.to_wire(), "id": env.envelope_id, "body": body},
        "blob": {
            "key": b64encode(seeded("blob-key")),
            "ciphertext": b64encode(blob.getvalue()),
            "plaintext_sha256": info.plaintext_sha256,
            "id": info.blob_id,
        },
        "receipt": receipt.to_json(),
        "request": {
            "method": "PUT",
            "path": "/v1/envelopes",
            "body": "{}",
            "time": 1_790_000_000,
            "nonce": seeded("nonce")[:16].hex(),
            "headers": sign_request(
                author.signing,
                "PUT",
                "/v1/envelopes",
                b"{}",
                now=1_790_000_000,
                nonce=seeded("nonce")[:16].hex(),
            ),
        },
        "invitation": {
            "code": Invitation(
                "https://fb.example.org", seeded("token")[:16], seeded("fp")[:16]
            ).encode(),
            "url": "https://fb.example.org",
            "token": seeded("token")[:16].hex(),
            "fingerprint": seeded("fp")[:16].hex(),
        },
    }
    (HERE / "vectors.json").write_text(
        json.dumps(vectors, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
