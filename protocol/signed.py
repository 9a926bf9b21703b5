"""Small signed structures both sides share: receipts, request signatures, health answers,
and the coordination key publication.

Each signature covers a domain tag plus canonical JSON, so a signature made for one purpose
can never be replayed as another.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from protocol.encoding import (
    b64decode,
    b64encode,
    canonical_json,
    require_hex,
    require_int,
    require_str,
)
from protocol.errors import MalformedError, SignatureError, StaleRequestError
from protocol.keys import SigningKey, device_id, verify_signature

MAX_CLOCK_SKEW_S = 300

#: HTTP headers that carry a request signature.
H_DEVICE = "X-Fieldbook-Device"
H_TIME = "X-Fieldbook-Time"
H_SIGNATURE = "X-Fieldbook-Signature"
H_NONCE = "X-Fieldbook-Nonce"

#: 16 random bytes, hex: the server remembers (device, nonce) for the skew window, so a
#: captured request cannot be sent again while its time is still acceptable
NONCE_HEX_LEN = 32
_NONCE = re.compile(r"[0-9a-f]{32}")


def _message(domain: str, fields: Mapping[str, Any]) -> bytes:
    return b"fieldbook/" + domain.encode() + b"\x00" + canonical_json(fields)


# -- receipts -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Receipt:
    """The server's signed word that it holds an envelope."""

    envelope_id: str
    author: str
    seq: int
    server_seq: int
    epoch: str
    time_ms: int
    signature: bytes = b""

    def fields(self) -> dict[str, Any]:
        return {
            "envelope": self.envelope_id,
            "author": self.author,
            "seq": self.seq,
            "server_seq": self.server_seq,
            "epoch": self.epoch,
            "time": self.time_ms,
        }

    def signed(self, server_key: SigningKey) -> Receipt:
        sig = server_key.sign(_message("receipt", self.fields()))
        return Receipt(**{**self.__dict__, "signature": sig})

    def verify(self, server_public: bytes) -> None:
        verify_signature(server_public, self.signature, _message("receipt", self.fields()))

    def to_json(self) -> dict[str, Any]:
        return {**self.fields(), "signature": b64encode(self.signature)}

    @classmethod
    def from_json(cls, data: object) -> Receipt:
        if not isinstance(data, dict):
            raise MalformedError("receipt: expected an object")
        return cls(
            envelope_id=require_hex(data, "envelope", nbytes=32),
            author=require_hex(data, "author", nbytes=16),
            seq=require_int(data, "seq", minimum=1),
            server_seq=require_int(data, "server_seq", minimum=1),
            epoch=require_str(data, "epoch", max_len=64),
            time_ms=require_int(data, "time", minimum=0),
            signature=b64decode(data.get("signature"), length=64, field="signature"),
        )


# -- request signatures ---------------------------------------------------------------------
def body_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def _request_message(
    method: str, path: str, digest: str, time_s: int, device: str, nonce: str
) -> bytes:
    return _message(
        "request",
        {
            "method": method.upper(),
            "path": path,
            "body": digest,
            "time": time_s,
            "device": device,
            "nonce": nonce,
        },
    )


def new_nonce() -> str:
    return secrets.token_hex(NONCE_HEX_LEN // 2)


def sign_request(
    key: SigningKey,
    method: str,
    path: str,
    body: bytes,
    now: float | None = None,
    nonce: str | None = None,
) -> dict[str, str]:
    """Headers proving the device made this exact request now, once.

    ``path`` is the request target as sent: path plus ``?query`` if there is one. ``nonce``
    is fresh unless given (test vectors).
    """
    time_s = int(time.time() if now is None else now)
    dev = device_id(key.public)
    nonce = new_nonce() if nonce is None else nonce
    sig = key.sign(_request_message(method, path, body_hash(body), time_s, dev, nonce))
    return {H_DEVICE: dev, H_TIME: str(time_s), H_NONCE: nonce, H_SIGNATURE: b64encode(sig)}


def verify_request(
    signing_public: bytes,
    method: str,
    path: str,
    body_digest: str,
    headers: Mapping[str, str],
    now: float | None = None,
    max_skew: int = MAX_CLOCK_SKEW_S,
) -> None:
    """Raise :class:`SignatureError` (or :class:`StaleRequestError`) unless the headers prove
    the holder of ``signing_public`` made this request within ``max_skew`` seconds.

    Whether the nonce was seen before is the caller's business (the server's nonce cache)."""
    raw_time = headers.get(H_TIME, "")
    # str.isdigit() accepts "²" and other non-ASCII digits that int() then refuses.
    if not (raw_time.isascii() and raw_time.isdigit()) or len(raw_time) > 12:
        raise SignatureError("request time missing or malformed")
    time_s = int(raw_time)
    current = time.time() if now is None else now
    if abs(current - time_s) > max_skew:
        raise StaleRequestError(
            f"request time is {int(current - time_s)} s from the server's clock"
        )
    dev = headers.get(H_DEVICE, "")
    if dev != device_id(signing_public):
        raise SignatureError("request signed for another device")
    nonce = headers.get(H_NONCE, "")
    if not _NONCE.fullmatch(nonce):
        raise SignatureError("request nonce missing or malformed")
    try:
        sig = b64decode(headers.get(H_SIGNATURE, ""), length=64, field="signature")
    except MalformedError as exc:
        raise SignatureError("request signature missing or malformed") from exc
    verify_signature(
        signing_public, sig, _request_message(method, path, body_digest, time_s, dev, nonce)
    )


# -- health ---------------------------------------------------------------------------------
def sign_health(
    server_key: SigningKey, nonce: str, version: str, time_ms: int, epoch: str
) -> dict[str, Any]:
    fields = {"nonce": nonce, "version": version, "time": time_ms, "epoch": epoch}
    return {
        **fields,
        "server_key": b64encode(server_key.public),
        "signature": b64encode(server_key.sign(_message("health", fields))),
    }


def verify_health(answer: object, nonce: str, pinned_server_key: bytes | None = None) -> bytes:
    """Check a health answer signs our ``nonce``; returns the server's public key.

    With ``pinned_server_key`` (known from enrolment) the key must also be that one, which
    tells a real server from a captive portal, a block page or an impostor.
    """
    if not isinstance(answer, dict):
        raise MalformedError("health: expected an object")
    server_key = b64decode(answer.get("server_key"), length=32, field="server_key")
    if pinned_server_key is not None and server_key != pinned_server_key:
        raise SignatureError("the server's key is not the one this device enrolled with")
    if answer.get("nonce") != nonce:
        raise SignatureError("the answer does not sign our nonce")
    fields = {
        "nonce": nonce,
        "version": require_str(answer, "version", max_len=64),
        "time": require_int(answer, "time", minimum=0),
        "epoch": require_str(answer, "epoch", max_len=64),
    }
    sig = b64decode(answer.get("signature"), length=64, field="signature")
    verify_signature(server_key, sig, _message("health", fields))
    return server_key


# -- coordination key -----------------------------------------------------------------------
def sign_coordination_key(coordinator: SigningKey, coordination_public: bytes) -> dict[str, str]:
    """A coordinator vouches for the network's coordination key (X25519 public)."""
    fields = {"coordination_key": b64encode(coordination_public)}
    return {
        **fields,
        "coordinator_key": b64encode(coordinator.public),
        "signature": b64encode(coordinator.sign(_message("coordination-key", fields))),
    }


def verify_coordination_key(published: object) -> tuple[bytes, bytes]:
    """Returns (coordination X25519 public, coordinator Ed25519 public) after checking the
    signature; the caller compares the coordinator key with the invitation's fingerprint."""
    if not isinstance(published, dict):
        raise MalformedError("coordination key: expected an object")
    coordination = b64decode(published.get("coordination_key"), length=32, field="coordination_key")
    coordinator = b64decode(published.get("coordinator_key"), length=32, field="coordinator_key")
    sig = b64decode(published.get("signature"), length=64, field="signature")
    fields = {"coordination_key": b64encode(coordination)}
    try:
        verify_signature(coordinator, sig, _message("coordination-key", fields))
    except SignatureError as exc:
        raise SignatureError("the coordination key is not signed by its coordinator") from exc
    return coordination, coordinator
