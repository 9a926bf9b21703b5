"""Enrolment with one-time, expiring invitations."""

from __future__ import annotations

import json
import secrets
import time

from protocol.invitation import Invitation
from protocol.keys import fingerprint_digest
from protocol.signed import verify_coordination_key, verify_health
from tests.server.client import Device, server_key_of
from tests.server.conftest import Network


def test_enrol_field_device(network: Network) -> None:
    code = network.coordinator.invite("field", network.org)
    invitation = Invitation.decode(code)
    assert invitation.server_url == network.url
    # the code pins the coordinator who published the coordination key
    assert invitation.coordinator_fingerprint == fingerprint_digest(
        network.coordinator.keys.signing.public
    )
    device = Device(network.url)
    response = device.enroll(code, name="laptop")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["role"] == "field"
    assert body["org"]["name"] == network.org and body["org"]["velayat"] == "Lebap"
    assert body["device_id"] == device.device_id
    coordination, coordinator = verify_coordination_key(body["coordination"])
    assert coordination == network.coordination_key.public
    assert fingerprint_digest(coordinator) == invitation.coordinator_fingerprint
    # the health answer is signed by the key the device enrolled with
    health = device.session.get(network.url + "/v1/health?nonce=n0nce").json()
    verify_health(health, "n0nce", pinned_server_key=server_key_of(body))
    assert health["epoch"] == body["epoch"]
    # the token works
    assert device.request("GET", "/v1/coordination-key").status_code == 200


def test_reused_invitation(network: Network) -> None:
    code = network.coordinator.invite("field", network.org)
    first = Device(network.url)
    assert first.enroll(code).status_code == 200
    second = Device(network.url)
    response = second.enroll(code)
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "invitation_used"


def test_retried_enrolment_rotates_the_token(network: Network) -> None:
    """The answer to an enrolment was lost: the same device, signing again, gets a new token."""
    code = network.coordinator.invite("field", network.org)
    device = Device(network.url)
    assert device.enroll(code).status_code == 200
    old_token = device.token
    assert device.enroll(code).status_code == 200
    assert device.token != old_token
    assert device.request("GET", "/v1/coordination-key").status_code == 200
    stale = Device(network.url, keys=device.keys, token=old_token)
    assert stale.request("GET", "/v1/coordination-key").json()["error"]["code"] == "bad_token"


def test_unknown_invitation(network: Network) -> None:
    response = Device(network.url).enroll(secrets.token_hex(16))
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "invitation_unknown"


def test_expired_invitation(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    out = server.admin("invite", "--role", "coordinator", "--expires", "1s", "--json").stdout
    code = json.loads(out)["code"]
    time.sleep(1.2)
    response = Device(server.url).enroll(code)
    assert response.status_code == 410
    assert response.json()["error"]["code"] == "invitation_expired"


def test_device_id_must_match_key(network: Network) -> None:
    code = network.coordinator.invite("field", network.org)
    device = Device(network.url)
    body = {**device.enrolment_body(Invitation.decode(code).token_hex), "device_id": "0" * 32}
    response = device.request("POST", "/v1/enroll", json=body, token=False)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "device_id_mismatch"


def test_enrolment_must_be_signed_by_the_enrolling_key(network: Network) -> None:
    code = network.coordinator.invite("field", network.org)
    device, other = Device(network.url), Device(network.url)
    body = device.enrolment_body(Invitation.decode(code).token_hex)
    unsigned = device.request("POST", "/v1/enroll", json=body, token=False, sign=False)
    assert unsigned.status_code == 401
    assert unsigned.json()["error"]["code"] == "bad_signature"
    forged = device.request("POST", "/v1/enroll", json=body, token=False, signer=other.keys)
    assert forged.status_code == 401
    assert forged.json()["error"]["code"] == "bad_signature"
    # nothing was used up by the refused attempts
    assert device.enroll(code).status_code == 200


def test_malformed_enrolment_is_a_clear_422(network: Network) -> None:
    device = Device(network.url)
    for body in ({}, {"token": "zz"}, [1, 2], {"token": "0" * 32, "device_id": 5}):
        response = device.request("POST", "/v1/enroll", json=body, token=False)
        assert response.status_code == 422, response.text
        assert response.json()["error"]["code"] == "invalid_request"
    response = device.request(
        "POST", "/v1/enroll", data=b"{not json", token=False,
        headers={"Content-Type": "application/json"},
    )  # fmt: skip
    assert response.status_code == 422


def test_enrolment_proves_the_encryption_key_is_the_devices(network: Network) -> None:
    """Issue 13 finding 7: registering another's encryption key (the coordinator's here) is
    refused: the proof needs the private half."""
    from protocol.encoding import b64encode as b64

    code = network.coordinator.invite("field", network.org)
    token_hex = Invitation.decode(code).token_hex
    device = Device(network.url)
    body = device.enrolment_body(token_hex)
    borrowed = {**body, "encryption_key": b64(network.coordination_key.public)}
    response = device.request("POST", "/v1/enroll", json=borrowed, token=False)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "encryption_key_unproven"
    # a proof made for another invitation does not carry over, nor does none at all
    other = {**body, "encryption_proof": device.enrolment_body("ab" * 16)["encryption_proof"]}
    response = device.request("POST", "/v1/enroll", json=other, token=False)
    assert response.json()["error"]["code"] == "encryption_key_unproven"
    missing = {k: v for k, v in body.items() if k != "encryption_proof"}
    assert device.request("POST", "/v1/enroll", json=missing, token=False).status_code == 422
    # nothing was used up
    assert device.enroll(code).status_code == 200
