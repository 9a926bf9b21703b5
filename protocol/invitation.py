"""Invitation codes: server URL, one-time token and the coordinator key fingerprint.

Codes for field workers and further coordinators are made on a coordinator's device: the
token is drawn there, the fingerprint is of the coordinator identity that device trusts, and
the server is told only the token's hash. Only the first coordinator's code comes from the
server (there is no coordinator key to pin yet).

Text form: ``FB1-`` then Crockford base32 in groups of five, the last four characters a
checksum (20 bits of SHA-256). Crockford's alphabet has no I, L, O or U, reading is
case-insensitive and treats O as 0 and I/L as 1, so a code read over a phone line survives the
usual confusions, and a mistyped character is caught by the checksum.

Payload: version byte ‖ flags ‖ token (16) ‖ [fingerprint (16)] ‖ URL (UTF-8).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from urllib.parse import urlsplit

from protocol.errors import InvitationError

PREFIX = "FB1-"
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(_ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
_VERSION = 1
_FLAG_FINGERPRINT = 1
TOKEN_LEN = 16
FINGERPRINT_LEN = 16
_CHECK_CHARS = 4


def _b32encode(data: bytes) -> str:
    bits = int.from_bytes(data, "big")
    nbits = len(data) * 8
    nchars = -(-nbits // 5)
    bits <<= nchars * 5 - nbits
    return "".join(_ALPHABET[(bits >> (5 * (nchars - 1 - i))) & 31] for i in range(nchars))


def _b32decode(text: str, nbytes: int) -> bytes:
    bits = 0
    for ch in text:
        bits = (bits << 5) | _DECODE[ch]
    extra = len(text) * 5 - nbytes * 8
    if extra < 0 or extra >= 5 or bits & ((1 << extra) - 1):
        raise InvitationError("invitation code has the wrong length")
    return (bits >> extra).to_bytes(nbytes, "big")


def _checksum(payload: bytes) -> str:
    return _b32encode(hashlib.sha256(b"fieldbook-invite" + payload).digest()[:3])[:_CHECK_CHARS]


@dataclass(frozen=True)
class Invitation:
    server_url: str
    token: bytes
    coordinator_fingerprint: bytes | None = None

    @classmethod
    def new(cls, server_url: str, coordinator_fingerprint: bytes | None = None) -> Invitation:
        return cls(server_url, secrets.token_bytes(TOKEN_LEN), coordinator_fingerprint)

    def encode(self) -> str:
        _check_url(self.server_url)
        if len(self.token) != TOKEN_LEN:
            raise InvitationError("token must be 16 bytes")
        fp = self.coordinator_fingerprint
        if fp is not None and len(fp) != FINGERPRINT_LEN:
            raise InvitationError("fingerprint must be 16 bytes")
        payload = (
            bytes([_VERSION, _FLAG_FINGERPRINT if fp else 0])
            + self.token
            + (fp or b"")
            + self.server_url.encode("utf-8")
        )
        body = _b32encode(payload) + _checksum(payload)
        return PREFIX + "-".join(body[i : i + 5] for i in range(0, len(body), 5))

    @classmethod
    def decode(cls, code: str) -> Invitation:
        text = "".join(code.split()).upper().replace("-", "")
        # The prefix may be read aloud as "FBL" or "FBI" like any other 1.
        if text[:2] != "FB" or text[2:3] not in ("1", "L", "I"):
            raise InvitationError("this is not a Fieldbook invitation code")
        text = text[3:]
        if len(text) <= _CHECK_CHARS or any(c not in _DECODE for c in text):
            raise InvitationError("the invitation code contains characters it cannot have")
        body, check = text[:-_CHECK_CHARS], text[-_CHECK_CHARS:]
        nbytes = len(body) * 5 // 8
        try:
            payload = _b32decode(body, nbytes)
        except InvitationError as exc:
            raise InvitationError("the invitation code is mistyped or incomplete") from exc
        canonical_check = "".join(_ALPHABET[_DECODE[c]] for c in check)
        if _checksum(payload) != canonical_check:
            raise InvitationError("the invitation code is mistyped or incomplete")
        if payload[0] != _VERSION:
            raise InvitationError("this invitation needs a newer Fieldbook")
        flags = payload[1]
        pos = 2 + TOKEN_LEN
        token = payload[2:pos]
        fp = None
        if flags & _FLAG_FINGERPRINT:
            fp = payload[pos : pos + FINGERPRINT_LEN]
            pos += FINGERPRINT_LEN
        try:
            url = payload[pos:].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InvitationError("the invitation code is damaged") from exc
        _check_url(url)
        return cls(url, token, fp)

    @property
    def token_hex(self) -> str:
        return self.token.hex()

    @property
    def token_hash(self) -> str:
        """What the server stores and is told when a coordinator's device makes the code: the
        server never learns the token itself before a device presents it."""
        return token_hash(self.token)


def token_hash(token: bytes) -> str:
    return hashlib.sha256(token).hexdigest()


def _check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvitationError("the invitation's server address is not an http(s) URL")
