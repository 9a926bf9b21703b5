"""``Envelope.to_bytes()`` builds the wire bytes from the envelope's parts; they must be
exactly the canonical JSON of the wire form, which readers receive and clients hash."""

from __future__ import annotations

from typing import Any

from protocol.encoding import canonical_json
from protocol.envelope import BlobRef, Envelope, seal
from protocol.keys import DeviceKeys, EncryptionKey


def test_wire_bytes_are_the_canonical_envelope() -> None:
    keys = DeviceKeys.generate()
    other = EncryptionKey.generate()

    def make(body: Any, **kw: Any) -> Envelope:
        args: dict[str, Any] = dict(
            author=keys, kind="observation", record_id="12" * 16, rev=1, parent=None,
            seq=1, prev=None, recipients=[keys.encryption.public],
        )  # fmt: skip
        args.update(kw)
        return seal(body, **args)

    envelopes = [
        make({"title": "ünïcödé — «текст»", "n": 1}),
        make({"n": 2}, recipients=[keys.encryption.public, other.public]),
        make({"n": 3}, blobs=[BlobRef("ab" * 32, 10), BlobRef("cd" * 32, 0)]),
        make({"n": 4}, kind="review", parent="ef" * 32, seq=2, prev="34" * 32),
    ]
    for env in envelopes:
        assert env.to_bytes() == canonical_json(env.to_wire())
        assert Envelope.from_bytes(env.to_bytes()).to_bytes() == canonical_json(env.to_wire())
