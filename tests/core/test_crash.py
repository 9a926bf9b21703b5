"""SIGKILL in the middle of saves and imports loses nothing that was acknowledged."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from desktop.core.import_export import IMPORT_BATCH
from desktop.core.listing import ObservationQuery
from desktop.core.paths import Paths
from desktop.core.profile import Profile

from .conftest import PASSPHRASE

REPO = Path(__file__).resolve().parents[2]

SAVER = textwrap.dedent(
    """
    import sys
    from desktop.core.paths import resolve_paths
    from desktop.core.profile import Profile
    from tests.core.conftest import make_obs

    profile = Profile.unlock(resolve_paths(sys.argv[1]), sys.argv[2])
    while True:
        obs = profile.observations.save(make_obs(description="x" * 3000))
        print(obs.id, flush=True)
    """
)

IMPORTER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desktop.core.paths import resolve_paths
    from desktop.core.profile import Profile
    from desktop.core.import_export import import_file

    profile = Profile.unlock(resolve_paths(sys.argv[1]), sys.argv[2])
    import_file(profile.observations, Path(sys.argv[3]),
                progress=lambda row: print(row, flush=True))
    print("done", flush=True)
    """
)


def _run_and_kill(script: str, args: list[str], until: int) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )
    assert proc.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + 60
    while len(lines) < until and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line.strip())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    # Lines already written before the kill count too: the save had returned.
    lines.extend(x.strip() for x in proc.stdout.read().splitlines() if x.strip())
    assert len(lines) >= until, "child did not get far enough"
    return lines


def _check_integrity(profile: Profile) -> None:
    db = profile.database
    assert db.one("PRAGMA integrity_check")[0] == "ok"
    assert (
        db.one("SELECT count(*) FROM observations")[0]
        == db.one("SELECT count(DISTINCT observation_pk) FROM revisions")[0]
    )


def test_kill_during_saves(paths: Paths) -> None:
    Profile.create(paths, PASSPHRASE).close()
    printed = _run_and_kill(SAVER, [str(paths.data_dir), PASSPHRASE], until=40)
    with Profile.unlock(paths, PASSPHRASE) as profile:
        _check_integrity(profile)
        stored = set(profile.observations.all_ids())
        assert set(printed) <= stored
        assert len(stored) - len(printed) <= 1  # at most the save in flight, whole
        for oid in printed:
            assert profile.observations.get(oid).rev == 1


def test_kill_during_import(paths: Paths, tmp_path: Path) -> None:
    Profile.create(paths, PASSPHRASE).close()
    rows = IMPORT_BATCH * 6
    csv_file = tmp_path / "big.csv"
    lines = ["title,date_start,velayat,description"]
    lines += [f"Row {i},2024-01-01,mary,text {i}" for i in range(rows)]
    csv_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    printed = _run_and_kill(
        IMPORTER, [str(paths.data_dir), PASSPHRASE, str(csv_file)], until=IMPORT_BATCH * 2 + 10
    )
    assert "done" not in printed
    with Profile.unlock(paths, PASSPHRASE) as profile:
        _check_integrity(profile)
        count = profile.observations.count()
        # Whole batches only; every row read before the last full batch was stored.
        assert count % IMPORT_BATCH == 0
        assert count >= IMPORT_BATCH * 2
        assert profile.observations.count(ObservationQuery(text="text")) == count
