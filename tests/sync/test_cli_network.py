"""`fieldbook devices`, `fieldbook revoke`, `fieldbook org`, the reviews in the field side's
`fieldbook show`, and `fieldbook list --limit` above the page size (issue 15 item 6), as a
script would run them against the real server."""

from __future__ import annotations

import json
from collections.abc import Callable

from desktop.core.profile import Profile
from tests.sync.conftest import Net
from tests.sync.helpers import record
from tests.sync.test_cli_sync import fieldbook


def test_the_network_from_the_command_line(
    net: Net, make_profile: Callable[[str], Profile]
) -> None:
    coord, field = make_profile("coord"), make_profile("field")
    rid = record(field, "Sud işi", "Şaýat gürrüň berdi")
    coord_dir, field_dir = coord.paths.data_dir, field.paths.data_dir
    coord.close()
    field.close()
    assert (
        fieldbook(coord_dir, "enroll", net.invite("coordinator"), "--name", "hub").returncode == 0
    )

    # organisations
    added = fieldbook(coord_dir, "org", "add", "Lebap Kömek", "--velayat", "lebap")
    assert added.returncode == 0, added.stderr
    assert "Lebap Kömek" in added.stdout and "Lebap" in added.stdout
    again = fieldbook(coord_dir, "org", "add", "Lebap Kömek", "--velayat", "Lebap")
    assert again.returncode == 1 and "exists" in again.stderr
    bad = fieldbook(coord_dir, "org", "add", "Somewhere", "--velayat", "Moskwa")
    assert bad.returncode == 2 and "velayat" in bad.stderr
    listed = json.loads(fieldbook(coord_dir, "org", "list", "--json").stdout)
    assert {"Lebap Kömek", net.org} <= {o["name"] for o in listed}

    made = fieldbook(coord_dir, "invite", "--role", "field", "--org", "Lebap Kömek")
    code = next(w for w in made.stdout.split() if w.startswith("FB1-"))
    assert fieldbook(field_dir, "enroll", code, "--name", "Lebap laptop").returncode == 0
    assert fieldbook(field_dir, "sync").returncode == 0

    # devices
    devices = json.loads(fieldbook(coord_dir, "devices", "--json").stdout)
    mine = next(d for d in devices if d["name"] == "Lebap laptop")
    assert mine["role"] == "field" and mine["org"]["name"] == "Lebap Kömek"
    assert mine["last_received"] is not None and mine["revoked"] is None
    text = fieldbook(coord_dir, "devices").stdout
    assert mine["device_id"] in text and "Lebap Kömek" in text and "active" in text

    # a field device may not see or change the network
    for args in (("devices",), ("org", "add", "X", "--velayat", "Mary"), ("revoke", "0" * 32)):
        refused = fieldbook(field_dir, *args)
        assert refused.returncode == 1, args
        assert "coordinator" in refused.stderr

    # the conversation reaches the field side's `show`
    assert fieldbook(coord_dir, "sync").returncode == 0
    review = fieldbook(
        coord_dir, "review", rid, "--status", "needs-information", "--comment", "Haýsy kazyýet?"
    )
    assert review.returncode == 0, review.stderr
    assert fieldbook(coord_dir, "sync").returncode == 0
    assert fieldbook(field_dir, "sync").returncode == 0
    shown = json.loads(fieldbook(field_dir, "show", rid).stdout)
    assert [(r["status"], r["comment"]) for r in shown["reviews"]] == [
        ("needs_information", "Haýsy kazyýet?")
    ]
    assert shown["reviews"][0]["created"].endswith("+00:00")

    # revoking: asks first (no terminal to ask in: refused), unknown ids are bad input
    unasked = fieldbook(coord_dir, "revoke", mine["device_id"])
    assert unasked.returncode == 2 and "--yes" in unasked.stderr
    assert fieldbook(field_dir, "sync").returncode == 0  # still accepted
    unknown = fieldbook(coord_dir, "revoke", "f" * 32, "--yes")
    assert unknown.returncode == 2 and "no device" in unknown.stderr
    done = fieldbook(coord_dir, "revoke", mine["device_id"], "--yes")
    assert done.returncode == 0, done.stderr
    assert "revoked" in done.stdout and "coordination key" not in done.stdout
    refused = fieldbook(field_dir, "sync", "--attempts", "1")
    assert refused.returncode != 0 and "no longer accepts" in refused.stderr
    devices = json.loads(fieldbook(coord_dir, "devices", "--json").stdout)
    assert next(d for d in devices if d["name"] == "Lebap laptop")["revoked"] is not None

    # a coordinator's device revoked: told to replace the coordination key
    made = fieldbook(coord_dir, "invite", "--role", "coordinator")
    code = next(w for w in made.stdout.split() if w.startswith("FB1-"))
    second = make_profile("second")
    second_dir = second.paths.data_dir
    second.close()
    assert fieldbook(second_dir, "enroll", code, "--name", "second hub").returncode == 0
    devices = json.loads(fieldbook(coord_dir, "devices", "--json").stdout)
    hub2 = next(d for d in devices if d["name"] == "second hub")
    done = fieldbook(coord_dir, "revoke", hub2["device_id"], "--yes")
    assert done.returncode == 0 and "coordination key" in done.stdout


def test_list_says_when_the_limit_is_above_the_page_size(
    make_profile: Callable[[str], Profile],
) -> None:
    profile = make_profile("many")
    for i in range(3):
        record(profile, f"Ýazgy {i}", "Şaýat", queue=False)
    data_dir = profile.paths.data_dir
    profile.close()
    capped = fieldbook(data_dir, "list", "--limit", "100000", "--json")
    assert capped.returncode == 0
    assert len(json.loads(capped.stdout)) == 3
    assert "--limit 100000 is above the page size of 1000" in capped.stderr
    quiet = fieldbook(data_dir, "list", "--limit", "1000")
    assert quiet.returncode == 0 and quiet.stderr == ""
    assert "3 of 3" in quiet.stdout
