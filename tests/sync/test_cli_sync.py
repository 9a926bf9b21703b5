"""`fieldbook enroll`, `fieldbook sync` and `fieldbook review` as a scheduled job would run them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.core.profile import Profile
from tests.server.server_process import REPO
from tests.sync.conftest import PASSPHRASE, Net
from tests.sync.helpers import record


def fieldbook(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FIELDBOOK_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_enroll_sync_review_from_the_command_line(
    net: Net, make_profile: Callable[[str], Profile], tmp_path: Path
) -> None:
    coord, field = make_profile("coord"), make_profile("field")
    rid = record(field, "Scheduled", "Sent by a scheduled job")
    coord_dir, field_dir = coord.paths.data_dir, field.paths.data_dir
    coord.close()
    field.close()

    bad = fieldbook(field_dir, "enroll", "FB1-NOT-A-CODE")
    assert bad.returncode == 2 and "invitation" in bad.stderr.lower()

    done = fieldbook(coord_dir, "enroll", net.invite("coordinator"), "--name", "hub")
    assert done.returncode == 0, done.stderr
    assert "coordinator" in done.stdout
    refused = fieldbook(field_dir, "invite", "--role", "field")
    assert refused.returncode == 1 and "coordinator" in refused.stderr
    made = fieldbook(coord_dir, "invite", "--role", "field", "--org", net.org)
    assert made.returncode == 0, made.stderr
    code = next(w for w in made.stdout.split() if w.startswith("FB1-"))
    done = fieldbook(field_dir, "enroll", code)
    assert done.returncode == 0, done.stderr
    assert "fingerprint" in done.stdout.lower()
    # the fingerprint the coordinator reads out is the one the field device shows
    said = made.stdout.split("fingerprint ")[1].split(".")[0]
    assert said in done.stdout

    sent = fieldbook(field_dir, "sync")
    assert sent.returncode == 0, sent.stderr
    assert "sent 1" in sent.stdout
    assert fieldbook(coord_dir, "sync").returncode == 0

    review = fieldbook(coord_dir, "review", rid, "--status", "needs-info", "--comment", "Haçan?")
    assert review.returncode == 2  # "needs-info" is not one of the choices; the real one is:
    review = fieldbook(
        coord_dir, "review", rid, "--status", "needs-information", "--comment", "Haçan?"
    )
    assert review.returncode == 0, review.stderr
    assert fieldbook(coord_dir, "sync").returncode == 0
    back = fieldbook(field_dir, "sync")
    assert "need more information on 1" in back.stdout
    shown = json.loads(fieldbook(field_dir, "show", rid).stdout)
    assert shown["status"] == "needs_information"

    key_file = tmp_path / "coordination.fbkey"
    env_key = {"FIELDBOOK_KEY_PASSPHRASE": "açar faýly üçin uzyn söz"}
    os.environ.update(env_key)
    try:
        assert fieldbook(coord_dir, "export-key", str(key_file)).returncode == 0
        assert key_file.stat().st_mode & 0o077 == 0
        assert fieldbook(coord_dir, "import-key", str(key_file)).returncode == 0
    finally:
        for key in env_key:
            os.environ.pop(key)


def test_sync_when_the_server_is_gone(net: Net, make_profile: Callable[[str], Profile]) -> None:
    field = make_profile("lonely")
    field_dir = field.paths.data_dir
    field.close()
    coord_dir = make_profile("coord2").paths.data_dir
    assert fieldbook(coord_dir, "enroll", net.invite("coordinator")).returncode == 0
    made = fieldbook(coord_dir, "invite", "--role", "field", "--org", net.org)
    code = next(w for w in made.stdout.split() if w.startswith("FB1-"))
    assert fieldbook(field_dir, "enroll", code).returncode == 0
    net.server.stop()
    result = fieldbook(field_dir, "sync", "--attempts", "1")
    assert result.returncode == 75
    assert "cannot be reached" in result.stderr
