from __future__ import annotations

import copy
import os
import zlib
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import given, settings
from hypothesis import strategies as st

from protocol.encoding import CanonicalBytes, b64decode, b64encode, canonical_json
from protocol.envelope import BlobRef, Envelope, seal
from protocol.errors import (
    DecryptionError,
    MalformedError,
    ProtocolError,
    SignatureError,
    UnknownRecipientError,
    UnsupportedVersionError,
)
from protocol.keys import DeviceKeys, EncryptionKey

AUTHOR = DeviceKeys.generate()
COORD = EncryptionKey.generate()
BODY = {"title": "Gözegçilik", "description": "Свидетель сообщил …", "people": [{"role": "victim"}]}


def make(body: Any = BODY, **kw: Any) -> Envelope:
    args: dict[str, Any] = dict(
        author=AUTHOR,
        kind="observation",
        record_id=os.urandom(16).hex(),
        rev=1,
        parent=None,
        seq=1,
        prev=None,
        recipients=[AUTHOR.encryption.public, COORD.public],
        blobs=[BlobRef("ab" * 32, 1234)],
    )
    args.update(kw)
    return seal(body, **args)


def test_round_trip_for_each_recipient() -> None:
    env = make()
    again = Envelope.from_bytes(env.to_bytes())
    assert again.envelope_id == env.envelope_id
    assert again.open([COORD], AUTHOR.signing.public) == BODY
    assert again.open([AUTHOR.encryption], AUTHOR.signing.public) == BODY
    assert again.header.recipient_ids == (AUTHOR.encryption.key_id, COORD.key_id)
    assert again.header.blobs == (BlobRef("ab" * 32, 1234),)


def test_stranger_cannot_open() -> None:
    with pytest.raises(UnknownRecipientError):
        make().open([EncryptionKey.generate()], AUTHOR.signing.public)


def test_ciphertext_hides_the_body() -> None:
    raw = make({"title": "SECRETWORD " * 20}).to_bytes()
    assert b"SECRETWORD" not in raw
    assert b"SECRETWORD" not in zlib.compress(raw)


def test_wrong_author_key_is_refused() -> None:
    other = DeviceKeys.generate()
    with pytest.raises(SignatureError):
        make().verify(other.signing.public)


def test_hash_chain_fields() -> None:
    first = make()
    second = make(seq=2, prev=first.envelope_id, rev=2, parent=first.envelope_id,
                  record_id=first.header.record_id)  # fmt: skip
    assert second.header.prev == first.envelope_id
    with pytest.raises(MalformedError):
        make(seq=2, prev=None)
    with pytest.raises(MalformedError):
        make(seq=1, prev=first.envelope_id)


def _wire() -> dict[str, Any]:
    return make().to_wire()


def _open(wire: dict[str, Any]) -> Any:
    return Envelope.from_wire(wire).open([COORD], AUTHOR.signing.public)


def _flip(text: str, bit: int) -> str:
    raw = bytearray(b64decode(text))
    raw[(bit // 8) % len(raw)] ^= 1 << (bit % 8)
    return b64encode(bytes(raw))


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=10_000))
def test_any_flipped_ciphertext_bit_is_detected(bit: int) -> None:
    wire = _wire()
    wire["ciphertext"] = _flip(wire["ciphertext"], bit)
    with pytest.raises(SignatureError):
        _open(wire)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=511))
def test_any_flipped_signature_bit_is_detected(bit: int) -> None:
    wire = _wire()
    wire["signature"] = _flip(wire["signature"], bit)
    with pytest.raises(SignatureError):
        _open(wire)


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=0, max_value=383), st.integers(min_value=0, max_value=1))
def test_any_flipped_wrapped_key_bit_is_detected(bit: int, which: int) -> None:
    wire = _wire()
    wire["header"]["recipients"][which]["wk"] = _flip(
        wire["header"]["recipients"][which]["wk"], bit
    )
    with pytest.raises(SignatureError):
        _open(wire)


@pytest.mark.parametrize(
    "field,value",
    [("rev", 2), ("seq", 7), ("created", 1), ("kind", "review"), ("record", "00" * 16),
     ("blobs", []), ("nonce", b64encode(bytes(12)))],
)  # fmt: skip
def test_any_header_change_is_detected(field: str, value: Any) -> None:
    wire = _wire()
    wire["header"][field] = value
    if field == "seq":
        wire["header"]["prev"] = "cd" * 32
    with pytest.raises(SignatureError):
        _open(wire)


def test_a_resigned_header_still_fails_decryption() -> None:
    """An author who re-signs a changed header cannot reuse the old ciphertext: the header is
    the AEAD's associated data."""
    env = make()
    wire = env.to_wire()
    wire["header"]["rev"] = 5
    forged = Envelope.from_wire(wire)
    resigned = Envelope(forged.header, forged.header_bytes, forged.ciphertext,
                        AUTHOR.signing.sign(forged.signed_bytes))  # fmt: skip
    with pytest.raises(DecryptionError):
        resigned.open([COORD], AUTHOR.signing.public)


def test_swapped_recipient_entry_is_detected() -> None:
    wire = _wire()
    other = make().to_wire()
    wire["header"]["recipients"][1] = other["header"]["recipients"][1]
    with pytest.raises(SignatureError):
        _open(wire)


def test_wrong_version_is_refused() -> None:
    wire = _wire()
    wire["header"]["v"] = 2
    with pytest.raises(UnsupportedVersionError):
        Envelope.from_wire(wire)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda w: w.pop("signature"),
        lambda w: w["header"].pop("seq"),
        lambda w: w["header"].update(extra=1),
        lambda w: w["header"].update(seq=1.0),
        lambda w: w["header"].update(seq=True),
        lambda w: w["header"].update(seq=0),
        lambda w: w["header"].update(record="XYZ"),
        lambda w: w["header"].update(author="AB" * 16),
        lambda w: w["header"].update(recipients=[]),
        lambda w: w["header"].update(kind="gossip"),
        lambda w: w["header"]["recipients"].append(w["header"]["recipients"][0]),
        lambda w: w["header"].update(blobs=[{"id": "../../etc/passwd", "size": 1}]),
        lambda w: w["header"].update(blobs=[{"id": "ab" * 32, "size": -1}]),
        lambda w: w.update(ciphertext="!!"),
        lambda w: w.update(ciphertext=""),
        lambda w: w.update(signature=b64encode(b"short")),
        lambda w: w.update(header=[]),
    ],
)
def test_malformed_envelopes_get_typed_errors(mutate: Any) -> None:
    wire = copy.deepcopy(_wire())
    mutate(wire)
    with pytest.raises(MalformedError):
        Envelope.from_wire(wire)


@pytest.mark.parametrize("raw", [b"", b"[]", b"{not json", b"\x00" * 10, b'{"header":{}}'])
def test_garbage_bytes_give_protocol_errors(raw: bytes) -> None:
    with pytest.raises(ProtocolError):
        Envelope.from_bytes(raw)


body_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**9), 10**9) | st.text(max_size=50),
    lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=4),
    max_leaves=20,
)


@settings(max_examples=40, deadline=None)
@given(body_values, st.integers(min_value=1, max_value=2**40))
def test_property_any_body_round_trips(body: Any, seq: int) -> None:
    env = make(body, seq=seq, prev=None if seq == 1 else "ef" * 32)
    again = Envelope.from_bytes(env.to_bytes())
    assert again.envelope_id == env.envelope_id
    assert canonical_json(again.open([COORD], AUTHOR.signing.public)) == canonical_json(body)


def test_oversized_body_is_refused_on_open() -> None:
    # A compressed bomb: tiny ciphertext that would inflate past the limit.
    env = make({"x": "0" * (17 * 1024 * 1024)})
    with pytest.raises(MalformedError):
        env.open([COORD], AUTHOR.signing.public)


def test_header_bytes_from_the_wire_equal_the_sealed_ones() -> None:
    env = make(blobs=[BlobRef("ab" * 32, 7)], parent="cd" * 32)
    wire = env.to_wire()
    reordered = {k: wire["header"][k] for k in reversed(list(wire["header"]))}
    parsed = Envelope.from_wire({**wire, "header": reordered})
    assert parsed.header_bytes == env.header_bytes == canonical_json(env.header.to_json())
    assert parsed.envelope_id == env.envelope_id


def test_a_stored_canonical_body_is_sealed_as_it_is() -> None:
    stored = CanonicalBytes(canonical_json(BODY))
    env = Envelope.from_bytes(make(stored).to_bytes())
    assert env.open([COORD], AUTHOR.signing.public) == BODY
    key = env._unwrap(COORD, env.header.recipients[1])
    compressed = AESGCM(key).decrypt(env.header.nonce, env.ciphertext, env.header_bytes)
    assert zlib.decompress(compressed) == stored.data


@pytest.mark.parametrize("public", [bytes(32), b"\x01" + bytes(31)])
def test_a_recipient_key_of_small_order_is_refused(public: bytes) -> None:
    # X25519 with such a point gives an all-zero secret: nothing would be hidden.
    with pytest.raises(MalformedError):
        make(recipients=[AUTHOR.encryption.public, public])
