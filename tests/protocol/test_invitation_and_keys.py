from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from protocol.errors import InvitationError, MalformedError
from protocol.invitation import _ALPHABET, Invitation
from protocol.keys import DeviceKeys, device_id, fingerprint, fingerprint_digest, key_id

INV = Invitation("https://fieldbook.example.org:8443/", bytes(range(16)), bytes(range(16, 32)))


def test_round_trip_and_reading_aloud() -> None:
    code = INV.encode()
    assert Invitation.decode(code) == INV
    # Read over a phone: lower case, spaces instead of dashes, O for 0, l for 1.
    spoken = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert Invitation.decode(spoken) == INV
    assert (
        Invitation.decode(
            Invitation("http://10.0.0.5:8000", bytes(16)).encode()
        ).coordinator_fingerprint
        is None
    )


def test_every_single_mistyped_character_is_caught() -> None:
    code = INV.encode()
    body_start = len("FB1-")
    for i in range(body_start, len(code)):
        if code[i] == "-":
            continue
        for replacement in (
            _ALPHABET[(_ALPHABET.index(code[i]) + 1) % 32],
            _ALPHABET[(_ALPHABET.index(code[i]) + 17) % 32],
        ):
            typo = code[:i] + replacement + code[i + 1 :]
            with pytest.raises(InvitationError):
                Invitation.decode(typo)


def test_truncated_or_foreign_codes() -> None:
    code = INV.encode()
    for bad in (code[:-1], code[:-5], code + "A", "hello", "FB1-", "FB1-UUUUU", ""):
        with pytest.raises(InvitationError):
            Invitation.decode(bad)
    with pytest.raises(InvitationError):
        Invitation("ftp://x", bytes(16)).encode()


@settings(max_examples=30, deadline=None)
@given(
    st.binary(min_size=16, max_size=16), st.sampled_from(["http://a.b", "https://ашхабад.tm/fb"])
)
def test_property_round_trip(token: bytes, url: str) -> None:
    inv = Invitation(url, token, None)
    assert Invitation.decode(inv.encode()) == inv


def test_keys() -> None:
    keys = DeviceKeys.generate()
    again = DeviceKeys.from_dict(keys.to_dict())
    assert again.device_id == keys.device_id == device_id(keys.signing.public)
    assert len(keys.device_id) == 32
    assert key_id(keys.encryption.public) == keys.encryption.key_id
    fp = fingerprint(keys.signing.public)
    assert len(fp.split()) == 6 and all(len(g) == 5 and g.isdigit() for g in fp.split())
    assert fingerprint(DeviceKeys.generate().signing.public) != fp
    assert len(fingerprint_digest(keys.signing.public)) == 16
    with pytest.raises(MalformedError):
        DeviceKeys.from_dict({"signing": "abc", "encryption": "def"})
    with pytest.raises(MalformedError):
        key_id(b"short")


def test_signatures_are_the_same_bytes_as_openssls() -> None:
    # Signing goes through libsodium; Ed25519 is deterministic, so OpenSSL's signature of
    # the same message is the same bytes, and each verifies.
    from protocol.keys import verify_signature

    key = DeviceKeys.generate().signing
    for message in (b"", b"fieldbook", os.urandom(3000)):
        assert key.sign(message) == key.private.sign(message)
        verify_signature(key.public, key.sign(message), message)


@pytest.mark.parametrize("cut", ["short_signature", "long_signature", "short_key", "other_key"])
def test_verify_signature_refuses_bad_shapes(cut: str) -> None:
    from protocol.errors import SignatureError
    from protocol.keys import verify_signature

    keys = DeviceKeys.generate()
    message = b"fieldbook"
    signature = keys.signing.sign(message)
    public = keys.signing.public
    verify_signature(public, signature, message)
    bad = {
        "short_signature": (public, signature[:63]),
        "long_signature": (public, signature + b"\x00"),
        "short_key": (public[:31], signature),
        "other_key": (DeviceKeys.generate().signing.public, signature),
    }[cut]
    with pytest.raises(SignatureError):
        verify_signature(bad[0], bad[1], message)
