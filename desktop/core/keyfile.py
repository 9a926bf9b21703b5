"""The profile's key header: KDF parameters, salt and a key check, never content.

Why our own KDF instead of SQLCipher's PBKDF2: scrypt is memory-hard (128 MiB per guess at the
production cost), so a seized laptop's profile resists GPU guessing far better than
PBKDF2-SHA512 at the same ~0.5 s unlock. The header lets us tell a wrong passphrase
(:class:`WrongPassphraseError`) from a damaged or foreign database file
(:class:`NotAProfileError`) — SQLCipher alone reports both as "file is not a database" — and
records the cost the profile was made with, so the cost can rise later without locking
anyone out. The check value is a hash of a second, independent part of the scrypt output: it
confirms the passphrase without revealing anything about the database key beyond what the
encrypted database itself would let an attacker test.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop.core.errors import NotAProfileError, WrongPassphraseError
from desktop.core.paths import write_private_atomic

FORMAT = "fieldbook-profile-key"
VERSION = 1
#: Production cost: N=2^17, r=8 → 128 MiB and ~0.5 s on a 2020 laptop core.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
#: Only for the test suite (documented in tests/conftest.py); never set in production.
ENV_FAST_KDF = "FIELDBOOK_TEST_FAST_KDF"
_FAST_N = 2**10
# Bounds accepted from a header, so an altered header cannot make us allocate gigabytes.
_MIN_N, _MAX_N = 2**10, 2**22
_MAX_HEADER = 4096


@dataclass(frozen=True)
class KeyHeader:
    salt: bytes
    n: int
    r: int
    p: int
    check: bytes

    def to_bytes(self) -> bytes:
        return json.dumps(
            {
                "format": FORMAT,
                "version": VERSION,
                "kdf": "scrypt",
                "n": self.n,
                "r": self.r,
                "p": self.p,
                "salt": self.salt.hex(),
                "check": self.check.hex(),
            },
            sort_keys=True,
        ).encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyHeader:
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != FORMAT or data.get("version") != VERSION:
                raise ValueError("format")
            if data.get("kdf") != "scrypt":
                raise ValueError("kdf")
            n, r, p = int(data["n"]), int(data["r"]), int(data["p"])
            salt, check = bytes.fromhex(data["salt"]), bytes.fromhex(data["check"])
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise NotAProfileError() from exc
        if not (_MIN_N <= n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 4):
            raise NotAProfileError()
        if len(salt) != 16 or len(check) != 32:
            raise NotAProfileError()
        return cls(salt, n, r, p, check)

    def derive(self, passphrase: str) -> tuple[bytes, bytes]:
        """(database key, check value) for ``passphrase``."""
        out = Scrypt(salt=self.salt, length=64, n=self.n, r=self.r, p=self.p).derive(
            passphrase.encode("utf-8")
        )
        return out[:32], hashlib.sha256(b"fieldbook-key-check\x00" + out[32:]).digest()

    def unlock(self, passphrase: str) -> bytes:
        """The database key, or :class:`WrongPassphraseError`."""
        key, check = self.derive(passphrase)
        if not hmac.compare_digest(check, self.check):
            raise WrongPassphraseError()
        return key


def new_header(passphrase: str) -> tuple[KeyHeader, bytes]:
    """A header with a fresh salt for ``passphrase`` and the database key it gives."""
    fast = os.environ.get(ENV_FAST_KDF) == "1"
    probe = KeyHeader(
        secrets.token_bytes(16), _FAST_N if fast else SCRYPT_N, SCRYPT_R, SCRYPT_P, b""
    )
    key, check = probe.derive(passphrase)
    return KeyHeader(probe.salt, probe.n, probe.r, probe.p, check), key


def read_header(path: Path) -> KeyHeader:
    try:
        with open(path, "rb") as fh:
            raw = fh.read(_MAX_HEADER + 1)
    except FileNotFoundError as exc:
        raise NotAProfileError() from exc
    if len(raw) > _MAX_HEADER:
        raise NotAProfileError()
    return KeyHeader.from_bytes(raw)


def write_header(path: Path, header: KeyHeader) -> None:
    write_private_atomic(path, header.to_bytes())


def sqlcipher_key_literal(key: bytes) -> str:
    """A raw key in SQLCipher's ``x'…'`` form: SQLCipher then skips its own PBKDF2."""
    return f"\"x'{key.hex()}'\""
