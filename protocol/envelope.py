"""Envelopes: one immutable, signed, encrypted revision of one record.

Seal: canonical JSON body → zlib → AES-256-GCM under a fresh content key, with the canonical
header as associated data; the content key is wrapped for every recipient (ephemeral X25519 →
HKDF-SHA256 → AES-256-GCM); the author signs header + ciphertext with Ed25519.

The envelope id is the SHA-256 of the signed bytes, so a server and every client compute the
same id and an altered envelope has a different one. The header carries the author's
per-device sequence number and the id of their previous envelope: a hash chain in which a
missing or altered envelope shows.
"""

from __future__ import annotations

import hashlib
import os
import struct
import time
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from nacl.bindings import crypto_scalarmult, crypto_scalarmult_base
from nacl.exceptions import CryptoError

from protocol.encoding import (
    CanonicalBytes,
    b64decode,
    b64encode,
    canonical_json,
    is_hex,
    parse_json,
    require_hex,
    require_int,
    require_str,
)
from protocol.errors import (
    DecryptionError,
    MalformedError,
    SignatureError,
    UnknownRecipientError,
    UnsupportedVersionError,
)
from protocol.keys import DeviceKeys, EncryptionKey, device_id, key_id, verify_signature
from protocol.version import FORMAT_VERSION

KINDS = ("observation", "review")
MAX_RECIPIENTS = 16
MAX_BLOBS = 256
MAX_BODY_BYTES = 16 * 1024 * 1024
MAX_CIPHERTEXT_BYTES = 16 * 1024 * 1024
_SIGN_DOMAIN = b"fieldbook-envelope\x00"
_WRAP_INFO = b"fieldbook/v1/wrap"
_ZERO_NONCE = bytes(12)


@dataclass(frozen=True)
class Recipient:
    key_id: str
    ephemeral: bytes
    wrapped_key: bytes

    def to_json(self) -> dict[str, str]:
        return {
            "kid": self.key_id,
            "epk": b64encode(self.ephemeral),
            "wk": b64encode(self.wrapped_key),
        }


@dataclass(frozen=True)
class BlobRef:
    blob_id: str
    size: int

    def to_json(self) -> dict[str, Any]:
        return {"id": self.blob_id, "size": self.size}


@dataclass(frozen=True)
class EnvelopeHeader:
    """The part of an envelope a server can see (and must validate)."""

    version: int
    kind: str
    record_id: str
    rev: int
    parent: str | None
    author: str
    seq: int
    prev: str | None
    created_ms: int
    nonce: bytes
    recipients: tuple[Recipient, ...]
    blobs: tuple[BlobRef, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "v": self.version,
            "kind": self.kind,
            "record": self.record_id,
            "rev": self.rev,
            "parent": self.parent,
            "author": self.author,
            "seq": self.seq,
            "prev": self.prev,
            "created": self.created_ms,
            "nonce": b64encode(self.nonce),
            "recipients": [r.to_json() for r in self.recipients],
            "blobs": [b.to_json() for b in self.blobs],
        }

    @property
    def recipient_ids(self) -> tuple[str, ...]:
        return tuple(r.key_id for r in self.recipients)

    @classmethod
    def from_json(cls, data: object) -> EnvelopeHeader:
        if not isinstance(data, dict):
            raise MalformedError("header: expected an object")
        version = require_int(data, "v")
        if version != FORMAT_VERSION:
            raise UnsupportedVersionError(f"envelope format version {version} is not supported")
        expected = {"v", "kind", "record", "rev", "parent", "author", "seq", "prev", "created",
                    "nonce", "recipients", "blobs"}  # fmt: skip
        if set(data) != expected:
            raise MalformedError("header: unexpected or missing fields")
        kind = require_str(data, "kind", max_len=32)
        if kind not in KINDS:
            raise MalformedError(f"kind: must be one of {', '.join(KINDS)}")
        seq = require_int(data, "seq", minimum=1)
        prev = data["prev"]
        if seq == 1 and prev is not None:
            raise MalformedError("prev: the first envelope of a device has no predecessor")
        if seq > 1 and not is_hex(prev, 32):
            raise MalformedError("prev: expected the previous envelope id")
        parent = data["parent"]
        if parent is not None and not is_hex(parent, 32):
            raise MalformedError("parent: expected an envelope id or null")
        recipients_raw = data["recipients"]
        if not isinstance(recipients_raw, list) or not 1 <= len(recipients_raw) <= MAX_RECIPIENTS:
            raise MalformedError(f"recipients: expected 1 to {MAX_RECIPIENTS} entries")
        recipients = []
        for item in recipients_raw:
            if not isinstance(item, dict) or set(item) != {"kid", "epk", "wk"}:
                raise MalformedError("recipients: malformed entry")
            recipients.append(
                Recipient(
                    require_hex(item, "kid", nbytes=16),
                    b64decode(item["epk"], length=32, field="epk"),
                    b64decode(item["wk"], length=48, field="wk"),
                )
            )
        if len({r.key_id for r in recipients}) != len(recipients):
            raise MalformedError("recipients: duplicate key id")
        blobs_raw = data["blobs"]
        if not isinstance(blobs_raw, list) or len(blobs_raw) > MAX_BLOBS:
            raise MalformedError(f"blobs: expected at most {MAX_BLOBS} entries")
        blobs = []
        for item in blobs_raw:
            if not isinstance(item, dict) or set(item) != {"id", "size"}:
                raise MalformedError("blobs: malformed entry")
            blobs.append(
                BlobRef(require_hex(item, "id", nbytes=32), require_int(item, "size", minimum=0))
            )
        return cls(
            version=version,
            kind=kind,
            record_id=require_hex(data, "record", nbytes=16),
            rev=require_int(data, "rev", minimum=1),
            parent=parent,
            author=require_hex(data, "author", nbytes=16),
            seq=seq,
            prev=prev,
            created_ms=require_int(data, "created", minimum=0),
            nonce=b64decode(data["nonce"], length=12, field="nonce"),
            recipients=tuple(recipients),
            blobs=tuple(blobs),
        )


def _signed_bytes(header_bytes: bytes, ciphertext: bytes) -> bytes:
    return _SIGN_DOMAIN + struct.pack(">I", len(header_bytes)) + header_bytes + ciphertext


def _wrap_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    hkdf = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=_WRAP_INFO + ephemeral + recipient
    )
    return hkdf.derive(shared)


@dataclass(frozen=True)
class Envelope:
    header: EnvelopeHeader
    header_bytes: bytes
    ciphertext: bytes
    signature: bytes

    @property
    def signed_bytes(self) -> bytes:
        return _signed_bytes(self.header_bytes, self.ciphertext)

    @cached_property
    def envelope_id(self) -> str:
        # cached: a received envelope is named 3-4 times (held? stored, receipt, review)
        return hashlib.sha256(self.signed_bytes).hexdigest()

    # -- wire form -------------------------------------------------------------------------
    def to_wire(self) -> dict[str, Any]:
        return {
            "header": self.header.to_json(),
            "ciphertext": b64encode(self.ciphertext),
            "signature": b64encode(self.signature),
        }

    def to_bytes(self) -> bytes:
        """``canonical_json(self.to_wire())``, without encoding the header again: its
        canonical bytes are at hand, the keys sort as ciphertext < header < signature, and
        unpadded URL-safe base64 needs no escaping. Every seal and every stored push
        makes these bytes."""
        return b"".join((
            b'{"ciphertext":"', b64encode(self.ciphertext).encode("ascii"),
            b'","header":', self.header_bytes,
            b',"signature":"', b64encode(self.signature).encode("ascii"), b'"}',
        ))  # fmt: skip

    @classmethod
    def from_wire(cls, data: object) -> Envelope:
        """Parse and validate the structure (no signature check: see :meth:`verify`)."""
        if not isinstance(data, dict) or set(data) != {"header", "ciphertext", "signature"}:
            raise MalformedError("envelope: expected header, ciphertext and signature")
        header = EnvelopeHeader.from_json(data["header"])
        ct_text = data["ciphertext"]
        if isinstance(ct_text, str) and len(ct_text) > MAX_CIPHERTEXT_BYTES * 4 // 3 + 4:
            raise MalformedError("ciphertext: too large")
        ciphertext = b64decode(ct_text, field="ciphertext")
        if len(ciphertext) < 16:
            raise MalformedError("ciphertext: too short")
        return cls(
            header=header,
            # The validated wire header holds exactly what header.to_json() would build
            # (same keys, canonical base64 and hex checked above), so it is encoded as is.
            header_bytes=canonical_json(data["header"]),
            ciphertext=ciphertext,
            signature=b64decode(data["signature"], length=64, field="signature"),
        )

    @classmethod
    def from_bytes(cls, raw: bytes) -> Envelope:
        return cls.from_wire(parse_json(raw))

    # -- verification and opening ----------------------------------------------------------
    def verify(self, author_signing_public: bytes) -> None:
        """Check the author's signature; the key must also be the one the header names."""
        if device_id(author_signing_public) != self.header.author:
            raise SignatureError("the signing key is not the author's")
        verify_signature(author_signing_public, self.signature, self.signed_bytes)

    def open(self, keys: Iterable[EncryptionKey], author_signing_public: bytes) -> Any:
        """Verify, unwrap the content key with one of ``keys``, decrypt and decompress."""
        self.verify(author_signing_public)
        by_id = {r.key_id: r for r in self.header.recipients}
        for key in keys:
            entry = by_id.get(key.key_id)
            if entry is None:
                continue
            return self._decrypt(self._unwrap(key, entry))
        raise UnknownRecipientError("this envelope is not addressed to any of the keys held")

    def _unwrap(self, key: EncryptionKey, entry: Recipient) -> bytes:
        try:
            shared = key.private.exchange(X25519PublicKey.from_public_bytes(entry.ephemeral))
            wrap = _wrap_key(shared, entry.ephemeral, key.public)
            return AESGCM(wrap).decrypt(_ZERO_NONCE, entry.wrapped_key, bytes.fromhex(entry.key_id))
        except (InvalidTag, ValueError) as exc:
            raise DecryptionError("the wrapped content key does not open") from exc

    def _decrypt(self, content_key: bytes) -> Any:
        try:
            compressed = AESGCM(content_key).decrypt(
                self.header.nonce, self.ciphertext, self.header_bytes
            )
        except InvalidTag as exc:
            raise DecryptionError("ciphertext or header was altered") from exc
        try:
            inflater = zlib.decompressobj()
            body = inflater.decompress(compressed, MAX_BODY_BYTES)
            if inflater.unconsumed_tail or not inflater.eof:
                raise MalformedError("body: too large or truncated")
        except zlib.error as exc:
            raise MalformedError("body: not valid compressed data") from exc
        return parse_json(body)


def seal(
    body: Any,
    *,
    author: DeviceKeys,
    kind: str,
    record_id: str,
    rev: int,
    parent: str | None,
    seq: int,
    prev: str | None,
    recipients: Sequence[bytes],
    blobs: Sequence[BlobRef] = (),
    created_ms: int | None = None,
) -> Envelope:
    """Encrypt ``body`` for ``recipients`` (raw X25519 public keys) and sign it as ``author``.
    ``body`` may be :class:`CanonicalBytes`, its canonical JSON as stored."""
    content_key = AESGCM.generate_key(bit_length=256)
    entries = []
    for public in dict.fromkeys(recipients):  # keeps order, drops duplicates
        kid = key_id(public)
        # X25519 through libsodium: ~25 % faster than OpenSSL here, and without the GIL.
        ephemeral = os.urandom(32)  # a private key (clamped where it is used)
        ephemeral_public = bytes(crypto_scalarmult_base(ephemeral))
        try:
            shared = bytes(crypto_scalarmult(ephemeral, public))
        except CryptoError as exc:  # a key of small order: no secret to share
            raise MalformedError("recipient: not a usable X25519 public key") from exc
        wrapped = AESGCM(_wrap_key(shared, ephemeral_public, public)).encrypt(
            _ZERO_NONCE, content_key, bytes.fromhex(kid)
        )
        entries.append(Recipient(kid, ephemeral_public, wrapped))
    header = EnvelopeHeader(
        version=FORMAT_VERSION,
        kind=kind,
        record_id=record_id,
        rev=rev,
        parent=parent,
        author=author.device_id,
        seq=seq,
        prev=prev,
        created_ms=int(time.time() * 1000) if created_ms is None else created_ms,
        nonce=os.urandom(12),
        recipients=tuple(entries),
        blobs=tuple(blobs),
    )
    # Round-trip through the validator so a sealer can never emit what a reader refuses
    # (the validated wire form is what to_json gives again, as in from_wire).
    wire = header.to_json()
    header = EnvelopeHeader.from_json(wire)
    header_bytes = canonical_json(wire)
    payload = body.data if isinstance(body, CanonicalBytes) else canonical_json(body)
    compressed = zlib.compress(payload, 6)
    ciphertext = AESGCM(content_key).encrypt(header.nonce, compressed, header_bytes)
    signature = author.signing.sign(_signed_bytes(header_bytes, ciphertext))
    return Envelope(header, header_bytes, ciphertext, signature)


def header_summary(envelope: Envelope) -> Mapping[str, Any]:
    """The header plus the envelope id, as servers store and list it."""
    return {"id": envelope.envelope_id, **envelope.header.to_json()}
