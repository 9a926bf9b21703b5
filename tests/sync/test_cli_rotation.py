"""`fieldbook coordination status|rotate` and `fieldbook revoke --rotate`, as a coordinator
runs them against the real server."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from desktop.core.profile import Profile
from desktop.core.sync.enrolment import enroll
from tests.sync.conftest import Net, field_profile
from tests.sync.test_cli_sync import fieldbook
from tests.sync.test_review_trust import second_coordinator


def status(data_dir: Path) -> dict[str, object]:
    result = fieldbook(data_dir, "coordination", "status", "--json")
    assert result.returncode == 0, result.stderr
    parsed: dict[str, object] = json.loads(result.stdout)
    return parsed


def test_rotating_and_revoking_from_the_command_line(
    net: Net,
    coordinator: Profile,
    make_profile: Callable[[str], Profile],
    tmp_path: Path,
) -> None:
    other = second_coordinator(net, coordinator, make_profile, tmp_path)
    field = field_profile(net, make_profile, "field")
    third = make_profile("coordinator-3")
    enroll(third, net.invite("coordinator"), name="c3")
    third_id = third.device_id
    dirs = {p: p.paths.data_dir for p in (coordinator, other, field)}
    other_id = other.device_id
    for profile in dirs:
        profile.close()
    first, second, field_dir = dirs.values()

    before = status(first)
    assert before["generation"] == 0 and before["can_rotate"] is True
    assert status(second)["can_rotate"] is False

    # no terminal to confirm in: nothing happens
    unconfirmed = fieldbook(first, "coordination", "rotate")
    assert unconfirmed.returncode == 2 and "--yes" in unconfirmed.stderr
    assert status(first)["generation"] == 0
    # the second coordinator is not the identity the codes carry
    refused = fieldbook(second, "coordination", "rotate", "--yes")
    assert refused.returncode == 1
    assert str(before["identity_fingerprint"]) in refused.stderr

    rotated = fieldbook(first, "coordination", "rotate", "--yes")
    assert rotated.returncode == 0, rotated.stderr
    after = status(first)
    assert after["generation"] == 1 and after["key_fingerprint"] != before["key_fingerprint"]
    assert after["key_fingerprint"] in rotated.stdout and "export-key" in rotated.stdout

    assert fieldbook(field_dir, "sync").returncode == 0
    assert status(field_dir)["key_fingerprint"] == after["key_fingerprint"]

    # a script revoking a coordinator's device is told how to replace the key, not asked
    scripted = fieldbook(first, "revoke", third_id, "--yes")
    assert scripted.returncode == 0, scripted.stderr
    assert "fieldbook coordination rotate" in scripted.stdout
    assert status(first)["generation"] == 1

    # revoking a coordinator's device and replacing the key in one command
    revoked = fieldbook(first, "revoke", other_id, "--yes", "--rotate")
    assert revoked.returncode == 0, revoked.stderr
    assert "coordination key" in revoked.stdout
    assert status(first)["generation"] == 2
    assert fieldbook(field_dir, "sync").returncode == 0
    assert status(field_dir)["generation"] == 2
    # the revoked machine's key is the old one; it cannot follow any more
    assert fieldbook(second, "sync").returncode != 0
