"""Bearer tokens and invitation tokens: random, and stored only as SHA-256 hashes."""

from __future__ import annotations

import hashlib
import secrets

from protocol.encoding import b64decode, b64encode
from protocol.errors import MalformedError

BEARER_BYTES = 32


def new_bearer_token() -> tuple[str, str]:
    """Returns (token as sent to the device, hash as stored)."""
    raw = secrets.token_bytes(BEARER_BYTES)
    return b64encode(raw), hash_secret(raw)


def hash_secret(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def bearer_hash(header_value: str) -> str | None:
    """Hash of the token in an ``Authorization: Bearer …`` value, or None if malformed."""
    scheme, _, token = header_value.strip().partition(" ")
    if scheme.lower() != "bearer":
        return None
    try:
        raw = b64decode(token.strip(), length=BEARER_BYTES, field="token")
    except MalformedError:
        return None
    return hash_secret(raw)
