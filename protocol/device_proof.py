"""A server's signed word that a device is enrolled: its keys, role and when.

A parcel carried on a USB stick reaches a coordinator who may have no connection, so the
author's public keys travel with it. Anyone can make keys; only the network's server (whose
key every device pinned at enrolment) can vouch that a device was invited. The receiver
checks the proof with the pinned server key before it believes an envelope's author.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from protocol.encoding import b64decode, b64encode, canonical_json, require_int, require_str
from protocol.errors import MalformedError, SignatureError
from protocol.keys import SigningKey, device_id, verify_signature

_DOMAIN = b"fieldbook/device-proof\x00"
ROLES = ("field", "coordinator")


@dataclass(frozen=True)
class DeviceProof:
    device_id: str
    signing_key: bytes
    encryption_key: bytes
    role: str
    time_ms: int

    def fields(self) -> dict[str, Any]:
        return {
            "device": self.device_id,
            "signing_key": b64encode(self.signing_key),
            "encryption_key": b64encode(self.encryption_key),
            "role": self.role,
            "time": self.time_ms,
        }


def sign_device_proof(server_key: SigningKey, proof: DeviceProof) -> dict[str, Any]:
    fields = proof.fields()
    signature = server_key.sign(_DOMAIN + canonical_json(fields))
    return {**fields, "signature": b64encode(signature)}


def verify_device_proof(data: object, server_public: bytes) -> DeviceProof:
    """The proof's content if the server with ``server_public`` signed it; else
    ``SignatureError`` (or ``MalformedError`` for a broken structure)."""
    if not isinstance(data, dict):
        raise MalformedError("device proof: expected an object")
    signing = b64decode(data.get("signing_key"), length=32, field="signing_key")
    proof = DeviceProof(
        device_id=require_str(data, "device", max_len=32),
        signing_key=signing,
        encryption_key=b64decode(data.get("encryption_key"), length=32, field="encryption_key"),
        role=require_str(data, "role", max_len=20),
        time_ms=require_int(data, "time", minimum=0),
    )
    if proof.role not in ROLES:
        raise MalformedError("device proof: unknown role")
    if proof.device_id != device_id(signing):
        raise MalformedError("device proof: the device id is not of this signing key")
    signature = b64decode(data.get("signature"), length=64, field="signature")
    try:
        verify_signature(server_public, signature, _DOMAIN + canonical_json(proof.fields()))
    except SignatureError as exc:
        raise SignatureError("the device proof is not signed by this network's server") from exc
    return proof
