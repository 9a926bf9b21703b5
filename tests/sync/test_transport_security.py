"""Issue 13 finding 7 (client side): plain http only to this computer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.core.profile import Profile
from desktop.core.sync.enrolment import enroll
from desktop.core.sync.errors import InsecureServerError
from desktop.core.sync.transport import Transport, is_loopback
from protocol.invitation import Invitation
from protocol.keys import DeviceKeys


@pytest.mark.parametrize(
    "url",
    ["http://192.0.2.10:8443", "http://sync.example.org", "http://[2001:db8::1]:8443",
     "http://127.0.0.1.example.org", "http://localhost.example.org"],
)  # fmt: skip
def test_plain_http_to_another_computer_is_refused(url: str) -> None:
    with pytest.raises(InsecureServerError):
        Transport(url, DeviceKeys.generate())


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8443", "http://127.8.9.1", "http://[::1]:80", "http://localhost:1",
            "https://sync.example.org"],
)  # fmt: skip
def test_https_and_loopback_are_allowed(url: str) -> None:
    Transport(url, DeviceKeys.generate()).close()


def test_is_loopback() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("LOCALHOST")
    assert not is_loopback("10.0.0.1") and not is_loopback("") and not is_loopback("example")


def test_an_http_invitation_to_a_remote_server_sends_nothing(
    make_profile: Callable[[str], Profile],
) -> None:
    """A code whose server is plain http on the network: refused before any connection (the
    transport is never asked to send), with the reason in words."""
    code = Invitation.new("http://192.0.2.10:8443", b"\x01" * 16).encode()
    profile = make_profile("field")
    with pytest.raises(InsecureServerError) as caught:
        enroll(profile, code)
    assert "https://" in caught.value.message
