"""Issue 15 item 6: the coordinator's loop through the command line only — a field worker's
observation imported and synced, `fieldbook inbox` lists it with its filters, `show` reads it
(and marks it read), `review` answers it, and the field worker's `show` has the comment."""

from __future__ import annotations

import json
from pathlib import Path

from tests.sync.conftest import Net
from tests.sync.test_cli_sync import fieldbook

RECORD_ID = "0123456789abcdef0123456789abcdef"


def _ok(data_dir: Path, *args: str) -> str:
    done = fieldbook(data_dir, *args)
    assert done.returncode == 0, (args, done.stderr)
    return done.stdout


def test_inbox_show_review_from_the_command_line(net: Net, tmp_path: Path) -> None:
    coord_dir, field_dir = tmp_path / "coord", tmp_path / "field"
    _ok(coord_dir, "init", "--org-name", "Hub")
    _ok(field_dir, "init", "--org-name", "NGO", "--velayat", "dasoguz")
    assert (
        "0 received" in _ok(coord_dir, "enroll", net.invite("coordinator"), "--name", "hub") or True
    )
    made = _ok(coord_dir, "invite", "--role", "field", "--org", net.org)
    code = next(w for w in made.split() if w.startswith("FB1-"))
    _ok(field_dir, "enroll", code, "--name", "Aýna")
    source = tmp_path / "notes.json"
    source.write_text(
        json.dumps(
            [
                {
                    "id": RECORD_ID,
                    "title": "Suw ýok",
                    "date": {"start": "2026-10-01", "precision": "day"},
                    "place": {"velayat": "dasoguz", "settlement": "Köneürgenç"},
                    "description": "Obada agyz suwy kesildi",
                }
            ]
        ),
        encoding="utf-8",
    )
    _ok(field_dir, "import", str(source), "--status", "queued")
    _ok(field_dir, "sync")
    _ok(coord_dir, "sync")

    # `list` keeps to this device's own records; `inbox` shows what was received
    assert "0 of 0" in _ok(coord_dir, "list")
    assert RECORD_ID in _ok(coord_dir, "list", "--received")
    listed = json.loads(_ok(coord_dir, "inbox", "--json", "--unread", "--review-state",
                            "not-reviewed", "--org", net.org, "--text", "suw"))  # fmt: skip
    assert listed["total"] == 1
    (row,) = listed["rows"]
    assert row["id"] == RECORD_ID and row["unread"] and row["review_state"] == "sent"
    assert row["author_name"] == "Aýna" and row["org_name"] == net.org
    assert json.loads(_ok(coord_dir, "inbox", "--json", "--text", "ýok-däl"))["total"] == 0
    assert json.loads(_ok(coord_dir, "inbox", "--json", "--velayat", "lebap"))["total"] == 0
    text = _ok(coord_dir, "inbox")
    assert RECORD_ID in text and "1 of 1" in text
    unknown = fieldbook(coord_dir, "inbox", "--org", "No such NGO")
    assert unknown.returncode == 2 and "No such NGO" in unknown.stderr
    capped = fieldbook(coord_dir, "inbox", "--limit", "5000")
    assert capped.returncode == 0 and "1000" in capped.stderr  # said, not silently cut

    shown = json.loads(_ok(coord_dir, "show", RECORD_ID))
    assert shown["title"] == "Suw ýok"
    assert shown["received"]["author_name"] == "Aýna" and shown["received"]["unread"]
    assert [r["rev"] for r in shown["received"]["revisions"]] == [shown["received"]["rev"]]
    assert json.loads(_ok(coord_dir, "inbox", "--json", "--unread"))["total"] == 0  # read

    _ok(coord_dir, "review", RECORD_ID, "--status", "needs-information", "--comment", "Haçan?")
    state = json.loads(_ok(coord_dir, "inbox", "--json", "--review-state", "needs-information"))
    assert [r["id"] for r in state["rows"]] == [RECORD_ID]
    shown = json.loads(_ok(coord_dir, "show", RECORD_ID))
    assert [(r["status"], r["comment"]) for r in shown["reviews"]] == [
        ("needs_information", "Haçan?")
    ]
    _ok(coord_dir, "sync")
    _ok(field_dir, "sync")
    field_view = json.loads(_ok(field_dir, "show", RECORD_ID))
    assert field_view["status"] == "needs_information"
    assert [r["comment"] for r in field_view["reviews"]] == ["Haçan?"]
    assert "received" not in field_view  # the field worker's own record
