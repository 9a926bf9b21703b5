"""Device identity: an Ed25519 signing key and an X25519 encryption key.

Device id = hex of the first 16 bytes of SHA-256 of the signing public key. A key id (for
envelope recipients) is the same construction over an X25519 public key. Fingerprints are
groups of five digits that two people can read aloud to each other and compare.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from nacl.bindings import crypto_sign, crypto_sign_seed_keypair
from nacl.exceptions import CryptoError
from nacl.signing import VerifyKey

from protocol.encoding import b64decode, b64encode
from protocol.errors import MalformedError, SignatureError

KEY_LEN = 32


def _raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def key_id(public_key: bytes) -> str:
    """Short id of a raw public key (signing key → device id; X25519 key → recipient id)."""
    if len(public_key) != KEY_LEN:
        raise MalformedError("public keys are 32 bytes")
    return hashlib.sha256(public_key).digest()[:16].hex()


def device_id(signing_public: bytes) -> str:
    return key_id(signing_public)


def fingerprint(public_key: bytes) -> str:
    """Six groups of five digits (~100 bits) derived from the key, e.g. ``04312 99120 …``."""
    digest = hashlib.sha256(b"fieldbook-fingerprint\x00" + public_key).digest()
    groups = [int.from_bytes(digest[i : i + 5], "big") % 100_000 for i in range(0, 30, 5)]
    return " ".join(f"{g:05d}" for g in groups)


def fingerprint_digest(public_key: bytes) -> bytes:
    """The 16 bytes an invitation code carries to pin a coordinator's signing key."""
    return hashlib.sha256(b"fieldbook-fingerprint\x00" + public_key).digest()[:16]


def verify_signature(public_key: bytes, signature: bytes, message: bytes) -> None:
    """Raise :class:`SignatureError` unless ``signature`` is ``public_key``'s over ``message``."""
    # libsodium verifies in ~115 us against OpenSSL's ~190 us here, and the server checks
    # one signature per envelope it stores (the 1,000 envelopes/s budget). It is also the
    # stricter of the two: non-canonical signatures and small-order keys are refused.
    if len(public_key) != KEY_LEN or len(signature) != 64:
        raise SignatureError("signature does not verify")
    try:
        VerifyKey(public_key).verify(message, signature)
    except (CryptoError, ValueError, TypeError) as exc:
        raise SignatureError("signature does not verify") from exc


@dataclass(frozen=True)
class SigningKey:
    """An Ed25519 key pair (a server's key, or a coordinator's)."""

    private: Ed25519PrivateKey

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_bytes(cls, raw: bytes) -> SigningKey:
        if len(raw) != KEY_LEN:
            raise MalformedError("private keys are 32 bytes")
        return cls(Ed25519PrivateKey.from_private_bytes(raw))

    def private_bytes(self) -> bytes:
        return self.private.private_bytes_raw()

    @property
    def public(self) -> bytes:
        return _raw_public(self.private.public_key())

    @property
    def key_id(self) -> str:
        return key_id(self.public)

    @cached_property
    def _sodium_secret(self) -> bytes:
        """libsodium's form of the key (seed and public key), made once."""
        return bytes(crypto_sign_seed_keypair(self.private_bytes())[1])

    def sign(self, message: bytes) -> bytes:
        # libsodium: ~50 us against OpenSSL's ~60 us, and it lets go of the GIL, so another
        # thread runs meanwhile (a client seals while it stores receipts). Ed25519 is
        # deterministic: the signature is the same bytes either way.
        return bytes(crypto_sign(message, self._sodium_secret)[:64])


@dataclass(frozen=True)
class EncryptionKey:
    """An X25519 key pair: a device's own, or the network's coordination key."""

    private: X25519PrivateKey

    @classmethod
    def generate(cls) -> EncryptionKey:
        return cls(X25519PrivateKey.generate())

    @classmethod
    def from_bytes(cls, raw: bytes) -> EncryptionKey:
        if len(raw) != KEY_LEN:
            raise MalformedError("private keys are 32 bytes")
        return cls(X25519PrivateKey.from_private_bytes(raw))

    def private_bytes(self) -> bytes:
        return self.private.private_bytes_raw()

    @property
    def public(self) -> bytes:
        return _raw_public(self.private.public_key())

    @property
    def key_id(self) -> str:
        return key_id(self.public)


@dataclass(frozen=True)
class DeviceKeys:
    """One installation's identity."""

    signing: SigningKey
    encryption: EncryptionKey

    @classmethod
    def generate(cls) -> DeviceKeys:
        return cls(SigningKey.generate(), EncryptionKey.generate())

    @property
    def device_id(self) -> str:
        return device_id(self.signing.public)

    def to_dict(self) -> dict[str, str]:
        """Private form, for storage inside the encrypted profile only."""
        return {
            "signing": b64encode(self.signing.private_bytes()),
            "encryption": b64encode(self.encryption.private_bytes()),
        }

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> DeviceKeys:
        return cls(
            SigningKey.from_bytes(b64decode(data.get("signing"), length=32, field="signing")),
            EncryptionKey.from_bytes(
                b64decode(data.get("encryption"), length=32, field="encryption")
            ),
        )

    def public_dict(self) -> dict[str, str]:
        """What a server is told at enrolment."""
        return {
            "device_id": self.device_id,
            "signing_key": b64encode(self.signing.public),
            "encryption_key": b64encode(self.encryption.public),
        }
