"""A coordinator's proof, inside each review, that it holds the network's coordination key.

Who may decide about an observation: whoever holds the coordination key's secret (the first
coordinator, who made it, and every coordinator machine that imported it from the key file).
Every device already trusts the coordination *public* key: at enrolment it checked that the
coordinator pinned by the invitation code (its fingerprint) signed it. So a review is
accepted when it proves knowledge of that secret, for this record, to this reader:

    K   = HKDF-SHA256(X25519(coordination secret, author's encryption public)
                      = X25519(author's encryption secret, coordination public),
                      info = DOMAIN ‖ coordination public ‖ author's encryption public)
    tag = HMAC-SHA256(K, canonical JSON of {reviewer's signing key, record, rev, parent,
                                             status, comment, reviewed})

The reviewer computes K with the coordination secret; the observation's author (a field
device) computes the same K with its own secret, and any other coordinator with the
coordination secret. The tag travels inside the review's encrypted body, beside the status it
vouches for, in an envelope signed by the reviewer's device key — the key the tag names. The
server relays it and cannot make one: it holds neither secret. A key the server lists for a
device (field, unknown, or its own) cannot either; nor can a field device for anybody but
itself.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from protocol.encoding import b64decode, b64encode, canonical_json
from protocol.errors import MalformedError, SignatureError
from protocol.keys import EncryptionKey

DOMAIN = b"fieldbook review certification v1"
#: the body field that carries the tag
FIELD = "certification"


def review_key(
    mine: EncryptionKey, other_public: bytes, *, coordination_public: bytes, author_public: bytes
) -> bytes:
    """The key shared by the coordination key and an observation's author: ``mine`` is one
    of the two secrets, ``other_public`` the other side's public key."""
    try:
        shared = mine.private.exchange(X25519PublicKey.from_public_bytes(other_public))
    except ValueError as exc:  # a low-order point: no secret is shared with it
        raise SignatureError("no key is shared with this public key") from exc
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=DOMAIN + coordination_public + author_public,
    )
    return hkdf.derive(shared)


def _message(
    reviewer: bytes, record_id: str, rev: int, parent: str | None, body: Mapping[str, Any]
) -> bytes:
    return canonical_json(
        {
            "domain": DOMAIN.decode(),
            "reviewer": b64encode(reviewer),
            "record": record_id,
            "rev": rev,
            "parent": parent,
            "status": body.get("status"),
            "comment": body.get("comment"),
            "reviewed": body.get("reviewed"),
        }
    )


def certify(
    key: bytes,
    *,
    reviewer: bytes,
    record_id: str,
    rev: int,
    parent: str | None,
    body: Mapping[str, Any],
) -> str:
    """The tag (base64) for a review ``body`` sealed by the device whose signing key is
    ``reviewer``."""
    mac = hmac.new(key, _message(reviewer, record_id, rev, parent, body), hashlib.sha256)
    return b64encode(mac.digest())


def check(
    key: bytes,
    *,
    reviewer: bytes,
    record_id: str,
    rev: int,
    parent: str | None,
    body: Mapping[str, Any],
) -> None:
    """Raises :class:`SignatureError` unless ``body`` carries a valid tag."""
    try:
        tag = b64decode(body.get(FIELD), length=32, field=FIELD)
    except MalformedError as exc:
        raise SignatureError("the review carries no certification") from exc
    wanted = hmac.new(key, _message(reviewer, record_id, rev, parent, body), hashlib.sha256)
    if not hmac.compare_digest(tag, wanted.digest()):
        raise SignatureError("the review's certification does not verify")
