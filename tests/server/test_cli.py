"""The admin CLI, run against the live server's data dir / database while it runs."""

from __future__ import annotations

import json
import secrets
import stat

import pytest

from server.config import normalise_database_url
from tests.server.client import Device
from tests.server.conftest import Network


def test_admin_flow(network: Network) -> None:
    name = f"Daşoguz Group {secrets.token_hex(3)}"
    out = network.admin("org", "add", name, "--velayat", "dashoguz")
    assert "(Daşoguz)" in out
    orgs = json.loads(network.admin("org", "list", "--json"))
    assert any(o["name"] == name and o["velayat"] == "Daşoguz" for o in orgs)
    refused = network.server.admin("org", "add", name, "--velayat", "Ahal", check=False)
    assert refused.returncode == 2 and "exists" in refused.stderr
    refused = network.server.admin("org", "add", "X", "--velayat", "Atlantis", check=False)
    assert refused.returncode == 2 and "velayat" in refused.stderr

    # the key is published: field and coordinator codes come from a coordinator's device only
    for role in ("field", "coordinator"):
        refused = network.server.admin("invite", "--role", role, "--org", name, check=False)
        assert refused.returncode == 2 and "coordinator's device" in refused.stderr
        assert "FB1-" not in refused.stdout
    code = network.coordinator.invite("field", name)
    device = Device(network.url)
    assert device.enroll(code, name="office laptop").json()["org"]["name"] == name

    listed = json.loads(network.admin("devices", "--org", name, "--json"))
    assert [d["device_id"] for d in listed] == [device.device_id]
    assert listed[0]["name"] == "office laptop" and listed[0]["revoked"] is None
    human = network.admin("devices", "--org", name)
    assert device.device_id in human and "active" in human

    assert "revoked" in network.admin("revoke", device.device_id)
    assert device.request("GET", "/v1/changes").status_code == 403
    unknown = network.server.admin("revoke", "0" * 32, check=False)
    assert unknown.returncode == 2 and "no device" in unknown.stderr
    response = network.coordinator.request(
        "POST", "/v1/invitations", json={"role": "field", "org": "nope", "token_hash": "0" * 64}
    )
    assert response.status_code == 404


def test_status(network: Network) -> None:
    device = network.device()
    device.push([device.seal({"n": 1})])
    info = json.loads(network.admin("status", "--json"))
    assert info["schema_version"] >= 2  # 2: the coordination key's rotations
    assert info["envelopes"] >= 1 and info["devices"] >= 2 and info["coordinators"] >= 1
    assert info["coordination_key_published"] is True
    assert info["database"] == ("sqlite" if network.backend == "sqlite" else "postgresql")
    assert "envelopes" in network.admin("status")


def test_server_key_is_private(network: Network) -> None:
    mode = (network.server.data_dir / "server_key").stat().st_mode
    assert stat.S_IMODE(mode) == 0o600


def test_version_and_help(network: Network) -> None:
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "server", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.startswith("fieldbook-server ")


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgresql://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
        ("postgres://u@h:5433/db", "postgresql+psycopg://u@h:5433/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
        ("sqlite:////tmp/x.db", "sqlite:////tmp/x.db"),
    ],
)
def test_database_urls(given: str, expected: str) -> None:
    assert normalise_database_url(given) == expected


def test_unsupported_database_url() -> None:
    with pytest.raises(ValueError):
        normalise_database_url("mysql://u@h/db")


def test_loose_data_folder_is_tightened_to_owner_only(tmp_path: pytest.TempPathFactory) -> None:
    """Issue 13 finding 8: a data folder made world-readable (by hand, a package, a restore)
    is set back to 0700 when the server starts, blob folders included."""
    from tests.server.server_process import ServerProcess

    data_dir = tmp_path / "loose"  # type: ignore[operator]
    (data_dir / "blobstore" / "blobs").mkdir(parents=True)
    for folder in (data_dir, data_dir / "blobstore", data_dir / "blobstore" / "blobs"):
        folder.chmod(0o755)
    server = ServerProcess(data_dir).start()
    try:
        for folder in (data_dir, data_dir / "blobstore", data_dir / "blobstore" / "blobs"):
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    finally:
        server.stop()


def test_revoking_a_coordinator_says_to_replace_the_coordination_key(network: Network) -> None:
    """Issue 13 finding 8: the coordinator's device holds the coordination key; revoking it
    says so and what to do (CLI), and the API's answer flags it."""
    second = network.device("coordinator")
    out = network.admin("revoke", second.device_id)
    assert "coordination key" in out and "docs/security.md" in out
    field = network.device("field")
    answer = network.coordinator.request("POST", f"/v1/devices/{field.device_id}/revoke").json()
    assert answer["was_coordinator"] is False
    assert "coordination key" not in network.admin("revoke", field.device_id)
