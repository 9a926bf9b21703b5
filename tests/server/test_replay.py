"""Issue 13 finding 3: a captured signed request is good once (nonce + server-side cache).

Each test records a real signed request as it went over the wire and sends the very same bytes
again, as a network attacker who captured it within the clock-skew window would.
"""

from __future__ import annotations

import secrets

import requests

from protocol.encoding import canonical_json
from protocol.invitation import Invitation
from tests.server.client import Device, DeviceAuth
from tests.server.conftest import Network


def _captured(device: Device, method: str, path: str, body: object = None, token: bool = True):
    data = None if body is None else canonical_json(body)
    headers = {"Content-Type": "application/json"} if data is not None else {}
    request = requests.Request(
        method,
        device.base_url + path,
        data=data,
        headers=headers,
        auth=DeviceAuth(device.keys, device.token if token else None),
    )
    return request.prepare()


def _send(prepared: requests.PreparedRequest) -> requests.Response:
    with requests.Session() as session:
        return session.send(prepared.copy(), timeout=30)


def test_replayed_read_is_refused(network: Network) -> None:
    device = network.device()
    prepared = _captured(device, "GET", "/v1/changes?limit=5")
    assert _send(prepared).status_code == 200
    replay = _send(prepared)
    assert replay.status_code == 401
    assert replay.json()["error"]["code"] == "replayed_request"


def test_replayed_invitation_request_is_refused(network: Network) -> None:
    coordinator = network.coordinator
    body = {"role": "field", "token_hash": secrets.token_hex(32)}
    prepared = _captured(coordinator, "POST", "/v1/invitations", body)
    first = _send(prepared)
    assert first.status_code == 201, first.text
    replay = _send(prepared)
    assert replay.status_code == 401
    assert replay.json()["error"]["code"] == "replayed_request"


def test_replayed_enrolment_gets_no_token(network: Network) -> None:
    """Replaying a device's enrolment used to hand the replayer a fresh bearer token (and
    void the device's own): now the replay is refused and the device's token still works."""
    code = network.coordinator.invite("field", network.org)
    device = Device(network.url)
    body = device.enrolment_body(Invitation.decode(code).token_hex)
    prepared = _captured(device, "POST", "/v1/enroll", body, token=False)
    first = _send(prepared)
    assert first.status_code == 200, first.text
    device.token = first.json()["device_token"]
    replay = _send(prepared)
    assert replay.status_code == 401
    assert replay.json()["error"]["code"] == "replayed_request"
    assert "device_token" not in replay.text
    assert device.request("GET", "/v1/changes").status_code == 200


def test_a_fresh_signature_for_the_same_request_is_accepted(network: Network) -> None:
    device = network.device()
    for _ in range(3):
        assert device.request("GET", "/v1/changes?limit=5").status_code == 200
