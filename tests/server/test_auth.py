"""Every authenticated call needs the bearer token AND the device's request signature."""

from __future__ import annotations

import time

from tests.server.client import Device
from tests.server.conftest import Network


def _code(response: object) -> str:
    code: str = response.json()["error"]["code"]  # type: ignore[attr-defined]
    return code


def test_token_and_signature_work_together(network: Network) -> None:
    device = network.device()
    assert device.request("GET", "/v1/changes").status_code == 200


def test_token_alone_is_refused(network: Network) -> None:
    device = network.device()
    response = device.request("GET", "/v1/changes", sign=False)
    assert response.status_code == 401
    assert _code(response) == "bad_signature"


def test_signature_alone_is_refused(network: Network) -> None:
    device = network.device()
    response = device.request("GET", "/v1/changes", token=False)
    assert response.status_code == 401
    assert _code(response) == "missing_token"


def test_unknown_or_malformed_token(network: Network) -> None:
    device = network.device()
    for token in ("A" * 43, "not a token", ""):
        forged = Device(network.url, keys=device.keys, token=token)
        response = forged.request("GET", "/v1/changes")
        assert response.status_code == 401
        assert _code(response) in ("bad_token", "missing_token")
    response = device.request(
        "GET", "/v1/changes", token=False, headers={"Authorization": "Basic abc"}
    )
    assert response.status_code == 401 and _code(response) == "bad_token"


def test_wrong_device_signature(network: Network) -> None:
    """A's token with B's signature (and B's device header) is refused."""
    a, b = network.device(), network.device()
    response = a.request("GET", "/v1/changes", signer=b.keys)
    assert response.status_code == 401
    assert _code(response) == "bad_signature"


def test_signature_covers_path_query_and_body(network: Network) -> None:
    device = network.device()
    # sign one request, send another: tamper with the query after signing
    from protocol.signed import sign_request

    headers = sign_request(device.keys.signing, "GET", "/v1/changes?limit=5", b"")
    headers["Authorization"] = f"Bearer {device.token}"
    response = device.session.get(network.url + "/v1/changes?limit=6", headers=headers)
    assert response.status_code == 401 and _code(response) == "bad_signature"
    headers = sign_request(device.keys.signing, "PUT", "/v1/envelopes", b'{"envelopes":[]}')
    headers["Authorization"] = f"Bearer {device.token}"
    response = device.session.put(
        network.url + "/v1/envelopes", data=b'{"envelopes":[ ]}', headers=headers
    )
    assert response.status_code == 401 and _code(response) == "bad_signature"


def test_clock_skew_reports_server_time(network: Network) -> None:
    device = network.device()
    response = device.request("GET", "/v1/changes", now=time.time() - 3600)
    assert response.status_code == 401
    error = response.json()["error"]
    assert error["code"] == "clock_skew"
    assert abs(error["server_time"] - time.time()) < 60
    assert "server_time_ms" in error
    # within five minutes is fine
    assert device.request("GET", "/v1/changes", now=time.time() - 200).status_code == 200


def test_revocation_by_coordinator_is_immediate(network: Network) -> None:
    device = network.device()
    assert device.request("GET", "/v1/changes").status_code == 200
    response = network.coordinator.request("POST", f"/v1/devices/{device.device_id}/revoke")
    assert response.status_code == 200, response.text
    response = device.request("GET", "/v1/changes")
    assert response.status_code == 403
    assert _code(response) == "device_revoked"
    assert device.push([device.seal({"x": 1})]).status_code == 403


def test_revocation_from_the_cli_while_running(network: Network) -> None:
    device = network.device()
    assert device.request("GET", "/v1/changes").status_code == 200
    network.admin("revoke", device.device_id)
    response = device.request("GET", "/v1/coordination-key")
    assert response.status_code == 403 and _code(response) == "device_revoked"
    devices = network.coordinator.request("GET", "/v1/devices").json()["devices"]
    mine = next(d for d in devices if d["device_id"] == device.device_id)
    assert mine["revoked"] is not None


def test_coordinator_only_calls(network: Network) -> None:
    device = network.device()
    for method, path, body in (
        ("GET", "/v1/devices", None),
        ("POST", "/v1/invitations", {"role": "field"}),
        ("POST", f"/v1/devices/{device.device_id}/revoke", None),
    ):
        response = device.request(method, path, json=body)
        assert response.status_code == 403, (path, response.text)
        assert _code(response) == "coordinator_only"


def test_coordination_key_publication_rules(network: Network) -> None:
    from protocol.keys import EncryptionKey
    from protocol.signed import sign_coordination_key

    other = network.device("coordinator")
    key = EncryptionKey.generate()
    # a second coordinator cannot replace the first one's key
    response = other.publish_coordination_key(key)
    assert response.status_code == 409 and _code(response) == "coordination_key_exists"
    # nor publish someone else's signature as theirs
    forged = sign_coordination_key(network.coordinator.keys.signing, key.public)
    response = other.request("PUT", "/v1/coordination-key", json=forged)
    assert response.status_code == 403 and _code(response) == "coordinator_mismatch"
    # a bad signature is refused
    bad = sign_coordination_key(other.keys.signing, key.public)
    bad["coordination_key"] = sign_coordination_key(other.keys.signing, b"\1" * 32)[
        "coordination_key"
    ]
    response = other.request("PUT", "/v1/coordination-key", json=bad)
    assert response.status_code == 422 and _code(response) == "bad_signature"
    # the publisher may republish the same key (idempotent)
    response = network.coordinator.publish_coordination_key(network.coordination_key)
    assert response.status_code == 200
    field = network.device()
    published = field.request("GET", "/v1/coordination-key").json()
    assert published["coordinator"] == network.coordinator.device_id
