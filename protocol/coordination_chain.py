"""The coordination key's chain: generation 0 is the key the first coordinator published;
each later generation replaces it through a rotation statement signed by the network's
coordination identity.

Who is the identity: the signing key every device pinned at enrolment — the coordinator whose
fingerprint the invitation codes carry (the first coordinator's device key). It is *not* the
coordination key: that one is an X25519 key every coordinator machine imports from the key
file, so whoever steals a coordinator laptop or a key file holds it. The identity's secret
never leaves the first coordinator's profile, so a thief of the coordination key (a second
coordinator's laptop, a key file and its passphrase, the server) cannot sign a rotation and
cannot out-rotate the coordinators. The identity's own laptop is the one single point: see
docs/security.md "Replacing the coordination key".

A statement names the generation it makes (previous + 1), the digest of the link it replaces
(so two statements for one generation cannot be spliced into one chain), the key id of the
key it replaces, the new X25519 public key, the identity and the time. A device holds its
chain's head and takes only statements that extend it, signed by the identity it pinned: an
older statement offered again (a rollback) is below the head and changes nothing; one signed
by any other key — a field device's, a revoked coordinator's, the server's — is refused.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from protocol.encoding import b64decode, b64encode, canonical_json, require_hex, require_int
from protocol.errors import MalformedError, SignatureError
from protocol.keys import SigningKey, key_id, verify_signature

DOMAIN = b"fieldbook/coordination-rotation\x00"
_LINK = b"fieldbook/coordination-link\x00"
#: a chain longer than this is not a network's history but an attempt to make devices work
MAX_GENERATIONS = 10_000


class RotationError(SignatureError):
    """A rotation statement that does not extend the chain from the pinned identity."""

    code = "rotation_refused"


@dataclass(frozen=True)
class ChainHead:
    """Where a device's trust in the coordination key stands."""

    generation: int
    digest: str  # hex SHA-256 of the link
    coordination_key: bytes  # X25519 public
    identity: bytes  # Ed25519 public that signs the next link

    def to_json(self) -> dict[str, Any]:
        return {
            "generation": self.generation,
            "digest": self.digest,
            "coordination_key": b64encode(self.coordination_key),
            "identity": b64encode(self.identity),
        }

    @classmethod
    def from_json(cls, data: object) -> ChainHead:
        if not isinstance(data, dict):
            raise MalformedError("chain head: expected an object")
        return cls(
            generation=require_int(data, "generation", minimum=0),
            digest=require_hex(data, "digest", nbytes=32),
            coordination_key=b64decode(data.get("coordination_key"), length=32),
            identity=b64decode(data.get("identity"), length=32),
        )


def _link_digest(fields: Mapping[str, Any]) -> str:
    return hashlib.sha256(_LINK + canonical_json(fields)).hexdigest()


def genesis(coordination_key: bytes, identity: bytes) -> ChainHead:
    """Generation 0: the key the identity published (checked by the caller against the pin,
    :func:`protocol.signed.verify_coordination_key`)."""
    fields = {
        "generation": 0,
        "coordination_key": b64encode(coordination_key),
        "identity": b64encode(identity),
    }
    return ChainHead(0, _link_digest(fields), coordination_key, identity)


@dataclass(frozen=True)
class Rotation:
    generation: int
    previous: str  # digest of the link this one replaces
    previous_key: str  # key id of the coordination key it replaces
    coordination_key: bytes
    identity: bytes
    time_ms: int
    signature: bytes = b""

    def fields(self) -> dict[str, Any]:
        return {
            "generation": self.generation,
            "previous": self.previous,
            "previous_key": self.previous_key,
            "coordination_key": b64encode(self.coordination_key),
            "identity": b64encode(self.identity),
            "time": self.time_ms,
        }

    @property
    def digest(self) -> str:
        return _link_digest(self.fields())

    def to_json(self) -> dict[str, Any]:
        return {**self.fields(), "signature": b64encode(self.signature)}

    @classmethod
    def from_json(cls, data: object) -> Rotation:
        if not isinstance(data, dict):
            raise MalformedError("rotation: expected an object")
        generation = require_int(data, "generation", minimum=1)
        if generation > MAX_GENERATIONS:
            raise MalformedError("rotation: generation out of range")
        return cls(
            generation=generation,
            previous=require_hex(data, "previous", nbytes=32),
            previous_key=require_hex(data, "previous_key", nbytes=16),
            coordination_key=b64decode(data.get("coordination_key"), length=32),
            identity=b64decode(data.get("identity"), length=32),
            time_ms=require_int(data, "time", minimum=0),
            signature=b64decode(data.get("signature"), length=64, field="signature"),
        )


def sign_rotation(identity: SigningKey, head: ChainHead, new_key: bytes, time_ms: int) -> Rotation:
    """The identity's statement replacing ``head``'s key with ``new_key``."""
    if len(new_key) != 32:
        raise MalformedError("coordination keys are 32 bytes")
    unsigned = Rotation(
        generation=head.generation + 1,
        previous=head.digest,
        previous_key=key_id(head.coordination_key),
        coordination_key=new_key,
        identity=identity.public,
        time_ms=time_ms,
    )
    signature = identity.sign(DOMAIN + canonical_json(unsigned.fields()))
    return Rotation(**{**unsigned.__dict__, "signature": signature})


def check_rotation(head: ChainHead, rotation: Rotation) -> ChainHead:
    """The head after ``rotation``, or :class:`RotationError` unless it is the next link of
    this chain, signed by the chain's identity."""
    if rotation.generation != head.generation + 1:
        raise RotationError("the rotation is not the chain's next generation")
    if rotation.previous != head.digest or rotation.previous_key != key_id(head.coordination_key):
        raise RotationError("the rotation does not replace this chain's key")
    if rotation.identity != head.identity:
        raise RotationError("the rotation is not signed by the pinned coordination identity")
    if rotation.coordination_key == head.coordination_key:
        raise RotationError("the rotation keeps the same key")
    try:
        verify_signature(
            head.identity, rotation.signature, DOMAIN + canonical_json(rotation.fields())
        )
    except SignatureError as exc:
        raise RotationError("the rotation's signature does not verify") from exc
    return ChainHead(rotation.generation, rotation.digest, rotation.coordination_key, head.identity)


def extend(head: ChainHead, offered: Iterable[object]) -> tuple[ChainHead, list[Rotation]]:
    """Follow the statements a server (or a file) offers from ``head``: those at or below the
    head are history this device has (an old one offered again rolls nothing back); the rest
    must each be the next link. Returns the new head and the statements taken, or raises
    :class:`RotationError` / :class:`MalformedError` and takes none."""
    rotations = sorted((Rotation.from_json(item) for item in offered), key=lambda r: r.generation)
    taken: list[Rotation] = []
    for rotation in rotations:
        if rotation.generation <= head.generation:
            continue
        head = check_rotation(head, rotation)
        taken.append(rotation)
    return head, taken
