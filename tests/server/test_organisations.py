"""Organisations from a coordinator's device (POST/GET /v1/organisations), and the attacker's
side of every network call: a field device, an unsigned and a forged request are refused."""

from __future__ import annotations

import secrets

from protocol.keys import DeviceKeys
from tests.server.conftest import Network


def _code(response: object) -> str:
    code: str = response.json()["error"]["code"]  # type: ignore[attr-defined]
    return code


def _name() -> str:
    return f"Daşoguz Helpers {secrets.token_hex(3)}"


def test_coordinator_adds_an_organisation_and_invites_into_it(network: Network) -> None:
    name = _name()
    response = network.coordinator.request(
        "POST", "/v1/organisations", json={"name": name, "velayat": "dashoguz"}
    )
    assert response.status_code == 201, response.text
    org = response.json()
    assert org["name"] == name and org["velayat"] == "Daşoguz" and org["id"] > 0
    listed = network.coordinator.request("GET", "/v1/organisations").json()["orgs"]
    assert org in listed
    # the new organisation is usable at once: a device invited into it carries it
    device = network.device()  # any field device, to compare with
    invited = network.coordinator.invite("field", name)
    from tests.server.client import Device

    newcomer = Device(network.url)
    assert newcomer.enroll(invited).status_code == 200
    devices = network.coordinator.request("GET", "/v1/devices").json()["devices"]
    mine = next(d for d in devices if d["device_id"] == newcomer.device_id)
    assert mine["org"]["name"] == name
    assert any(d["device_id"] == device.device_id for d in devices)


def test_bad_organisations_are_refused_with_reasons(network: Network) -> None:
    name = _name()
    ok = network.coordinator.request(
        "POST", "/v1/organisations", json={"name": name, "velayat": "Mary"}
    )
    assert ok.status_code == 201
    again = network.coordinator.request(
        "POST", "/v1/organisations", json={"name": name, "velayat": "Mary"}
    )
    assert again.status_code == 409 and _code(again) == "org_exists"
    for body, code in (
        ({"name": _name(), "velayat": "Moscow"}, "unknown_velayat"),
        ({"name": "", "velayat": "Mary"}, None),
        ({"name": "x" * 201, "velayat": "Mary"}, None),
        ({"name": "tab\there", "velayat": "Mary"}, None),
        ({"name": _name()}, None),
        ({"name": _name(), "velayat": "Mary", "admin": True}, None),
    ):
        response = network.coordinator.request("POST", "/v1/organisations", json=body)
        assert response.status_code == 422, (body, response.text)
        if code:
            assert _code(response) == code


def test_last_received_is_the_devices_last_contact(network: Network) -> None:
    device = network.device()
    devices = network.coordinator.request("GET", "/v1/devices").json()["devices"]
    assert next(d for d in devices if d["device_id"] == device.device_id)["last_received"] is None
    assert device.push([device.seal({"x": 1})]).status_code == 200
    devices = network.coordinator.request("GET", "/v1/devices").json()["devices"]
    mine = next(d for d in devices if d["device_id"] == device.device_id)
    assert mine["last_received"] >= mine["enrolled"]


def test_a_field_device_cannot_manage_the_network(network: Network) -> None:
    field = network.device()
    victim = network.device()
    for method, path, body in (
        ("POST", "/v1/organisations", {"name": _name(), "velayat": "Ahal"}),
        ("GET", "/v1/organisations", None),
        ("GET", "/v1/devices", None),
        ("POST", f"/v1/devices/{victim.device_id}/revoke", None),
    ):
        response = field.request(method, path, json=body)
        assert response.status_code == 403, (path, response.text)
        assert _code(response) == "coordinator_only"
    assert victim.request("GET", "/v1/changes").status_code == 200  # not revoked


def test_unsigned_and_forged_coordinator_requests_are_refused(network: Network) -> None:
    coordinator = network.coordinator
    victim = network.device()
    body = {"name": _name(), "velayat": "Balkan"}
    # the bearer token alone (a token stolen from a log or a proxy) does nothing
    response = coordinator.request("POST", "/v1/organisations", json=body, sign=False)
    assert response.status_code == 401 and _code(response) == "bad_signature"
    # signed with another key than the coordinator's
    forger = DeviceKeys.generate()
    for method, path, payload in (
        ("POST", "/v1/organisations", body),
        ("POST", f"/v1/devices/{victim.device_id}/revoke", None),
        ("GET", "/v1/devices", None),
    ):
        response = coordinator.request(method, path, json=payload, signer=forger)
        assert response.status_code == 401 and _code(response) == "bad_signature", path
    # no organisation was made, no device revoked
    listed = coordinator.request("GET", "/v1/organisations").json()["orgs"]
    assert all(org["name"] != body["name"] for org in listed)
    assert victim.request("GET", "/v1/changes").status_code == 200
