"""The network's coordination key, exported to a passphrase-protected file.

A coordinator who loses a laptop must not lose the network's history, and a second coordinator
machine must be able to read what field workers send: both import this file. scrypt makes a
stolen file expensive to guess at; AES-GCM makes a damaged or altered file fail loudly.

After a rotation the file holds a key ring: the current key (``coordination``, which is all an
earlier Fieldbook reads) and the earlier generations (``earlier``), so a coordinator machine
that imports it reads old records as well as new ones.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop.core.errors import CoreError, WeakPassphraseError, WrongPassphraseError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.keyfile import ENV_FAST_KDF
from protocol.encoding import b64decode, b64encode, canonical_json, parse_json, require_int
from protocol.errors import ProtocolError
from protocol.keys import EncryptionKey

FORMAT = "fieldbook-coordination-key/1"
# Twice the profile's cost (256 MiB, seconds on a slow laptop): the file opens every
# observation the network ever sent, and it is made and read rarely. Files written with the
# earlier 2**17 still open: the cost is read from the file.
_SCRYPT_N = 2**18
_FAST_N = 2**10  # tests only (FIELDBOOK_TEST_FAST_KDF=1), as for the profile
# The passphrase guards the whole network's testimony, not one laptop's
MIN_KEY_FILE_PASSPHRASE = 16
_MIN_DISTINCT = 8


class WeakKeyFilePassphraseError(WeakPassphraseError):
    code = "weak_key_file_passphrase"
    default_message = QT_TRANSLATE_NOOP(
        "core",
        "The key file's passphrase must be at least 16 characters with some variety (several "
        "words, say): the file opens every observation of the network.",
    )


def check_key_file_passphrase(passphrase: str) -> None:
    text = passphrase.strip()
    if len(text) < MIN_KEY_FILE_PASSPHRASE or len(set(text.casefold())) < _MIN_DISTINCT:
        raise WeakKeyFilePassphraseError(field="passphrase")


class KeyFileError(CoreError):
    code = "bad_key_file"
    default_message = QT_TRANSLATE_NOOP("core", "This is not a Fieldbook coordination key file.")


def _kdf(passphrase: str, salt: bytes, n: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=8, p=1).derive(passphrase.encode("utf-8"))


def export_key_file(
    coordination: EncryptionKey,
    passphrase: str,
    n: int | None = None,
    *,
    earlier: Sequence[EncryptionKey] = (),
) -> bytes:
    """Only the coordination keys travel (the current one and ``earlier`` generations): each
    coordinator machine keeps its own device key."""
    check_key_file_passphrase(passphrase)
    if n is None:
        n = _FAST_N if os.environ.get(ENV_FAST_KDF) == "1" else _SCRYPT_N
    salt, nonce = os.urandom(16), os.urandom(12)
    keys: dict[str, Any] = {"coordination": b64encode(coordination.private_bytes())}
    if earlier:
        keys["earlier"] = [b64encode(k.private_bytes()) for k in earlier]
    secret = canonical_json(keys)
    header: dict[str, Any] = {
        "format": FORMAT,
        "n": n,
        "salt": b64encode(salt),
        "nonce": b64encode(nonce),
    }
    ct = AESGCM(_kdf(passphrase, salt, n)).encrypt(nonce, secret, canonical_json(header))
    return canonical_json({**header, "ciphertext": b64encode(ct)})


def import_key_file(data: bytes, passphrase: str) -> EncryptionKey:
    """The file's current key."""
    return import_key_ring(data, passphrase)[0]


def import_key_ring(data: bytes, passphrase: str) -> list[EncryptionKey]:
    """The file's keys, the current one first."""
    try:
        doc = parse_json(data)
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise KeyFileError()
        n = require_int(doc, "n", minimum=2**10)
        if n > 2**20:
            raise KeyFileError()
        header = {k: doc[k] for k in ("format", "n", "salt", "nonce")}
        salt = b64decode(doc["salt"], length=16)
        nonce = b64decode(doc["nonce"], length=12)
        ct = b64decode(doc["ciphertext"])
    except (ProtocolError, KeyError) as exc:
        raise KeyFileError() from exc
    try:
        secret = AESGCM(_kdf(passphrase, salt, n)).decrypt(nonce, ct, canonical_json(header))
    except InvalidTag as exc:
        raise WrongPassphraseError() from exc
    try:
        keys = parse_json(secret)
        earlier = keys.get("earlier", [])
        if not isinstance(earlier, list) or len(earlier) > 10_000:
            raise KeyFileError()
        return [
            EncryptionKey.from_bytes(b64decode(value, length=32))
            for value in [keys["coordination"], *earlier]
        ]
    except (ProtocolError, KeyError, TypeError, AttributeError) as exc:
        raise KeyFileError() from exc
