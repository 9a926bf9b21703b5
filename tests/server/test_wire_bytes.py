"""The push path builds an envelope's stored wire bytes from its parts; they must be exactly
``Envelope.to_bytes()``, the canonical form readers receive and clients hash."""

from __future__ import annotations

from protocol.envelope import BlobRef, Envelope
from protocol.keys import DeviceKeys, EncryptionKey
from server.envelope_push import wire_bytes
from tests.server.client import Device


def test_wire_bytes_are_the_canonical_envelope() -> None:
    device = Device("http://unused", keys=DeviceKeys.generate())
    other = EncryptionKey.generate()
    envelopes = [
        device.seal({"title": "ünïcödé — «текст»", "n": 1}),
        device.seal({"n": 2}, recipients=[device.keys.encryption.public, other.public]),
        device.seal({"n": 3}, blobs=[BlobRef("ab" * 32, 10), BlobRef("cd" * 32, 0)]),
        device.seal({"n": 4}, kind="review", parent="ef" * 32),
    ]
    for env in envelopes:
        assert wire_bytes(env) == env.to_bytes()
        assert wire_bytes(Envelope.from_bytes(env.to_bytes())) == env.to_bytes()
