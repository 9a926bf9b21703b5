"""Proof that an enrolling device holds the private half of the encryption key it registers.

Without it a device could register another's encryption public key (a coordinator's, say) as
its own: devices that pick readers by key would then seal to a key the enrolled device does not
hold, and lists of devices would name one key twice. X25519 cannot sign, so the proof is an
HMAC keyed with the Diffie-Hellman secret between that key and the server's (the X25519 form of
the server's Ed25519 key, which devices already pin): only the holder of either private half
can make it, and it names the device and the invitation it is for.
"""

from __future__ import annotations

import hashlib
import hmac

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from nacl.bindings import (
    crypto_sign_ed25519_pk_to_curve25519,
    crypto_sign_ed25519_sk_to_curve25519,
    crypto_sign_seed_keypair,
)

from protocol.encoding import b64decode, b64encode
from protocol.errors import MalformedError
from protocol.keys import EncryptionKey, SigningKey

_DOMAIN = b"fieldbook/encryption-key-proof\x00"


def _mac(shared: bytes, device_id: str, token_hex: str) -> bytes:
    return hmac.new(
        shared, _DOMAIN + f"{device_id}\x00{token_hex}".encode(), hashlib.sha256
    ).digest()


def make_proof(
    encryption: EncryptionKey, server_signing_public: bytes, device_id: str, token_hex: str
) -> str:
    server_x = crypto_sign_ed25519_pk_to_curve25519(server_signing_public)
    private = X25519PrivateKey.from_private_bytes(encryption.private_bytes())
    shared = private.exchange(X25519PublicKey.from_public_bytes(server_x))
    return b64encode(_mac(shared, device_id, token_hex))


def check_proof(
    server: SigningKey, encryption_public: bytes, device_id: str, token_hex: str, proof: str
) -> bool:
    try:
        given = b64decode(proof, length=32, field="encryption_proof")
    except MalformedError:
        return False
    _, secret = crypto_sign_seed_keypair(server.private_bytes())
    server_x = X25519PrivateKey.from_private_bytes(crypto_sign_ed25519_sk_to_curve25519(secret))
    try:
        shared = server_x.exchange(X25519PublicKey.from_public_bytes(encryption_public))
    except ValueError:  # a low-order point: no secret, no proof
        return False
    return hmac.compare_digest(given, _mac(shared, device_id, token_hex))
