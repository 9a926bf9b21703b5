"""SIGKILL the syncing client at awkward moments; the profile must reopen and settle."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.core.paths import resolve_paths
from desktop.core.profile import Profile
from desktop.core.sync.engine import SyncEngine
from tests.server.server_process import REPO
from tests.sync.conftest import PASSPHRASE, Net
from tests.sync.fault_proxy import FaultProxy
from tests.sync.helpers import assert_settled, record, settle, with_attachment


def start_child(data_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.sync.sync_child", str(data_dir), PASSPHRASE],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def reopen(data_dir: Path) -> Profile:
    profile = Profile.unlock(resolve_paths(data_dir), PASSPHRASE)
    assert profile.database.one("PRAGMA integrity_check")[0] == "ok"
    return profile


@pytest.mark.parametrize("moment", ["PATCH", "GET"])
def test_killed_mid_upload_and_mid_pull(
    field: Profile,
    coordinator: Profile,
    proxy: FaultProxy,
    net: Net,
    tmp_path: Path,
    moment: str,
) -> None:
    with_attachment(field, tmp_path)
    for i in range(3):
        record(field, f"Queued {i}", "text")
    if moment == "GET":
        # Something to pull: a review for the field device.
        settle(SyncEngine(field))
        coord = SyncEngine(coordinator)
        settle(coord)
        rid = coordinator.sync.received_observations()[0]["record_id"]
        coordinator.reviews.review(rid, "received", "Kabul edildi")
        settle(coord)
    data_dir = field.paths.data_dir
    field.close()
    child = start_child(data_dir)
    proxy.add(
        "delay",
        method=moment,
        path_prefix="/v1/",
        arg=400,
        times=100,
        hook=lambda: os.kill(child.pid, signal.SIGKILL),
    )
    child.wait(60)
    assert child.returncode == -signal.SIGKILL
    proxy.rules.clear()
    profile = reopen(data_dir)
    try:
        settle(SyncEngine(profile))
        assert_settled(profile, coordinator, net.server)
        if moment == "GET":
            assert profile.reviews.reviews_for(rid)[0]["status"] == "received"
    finally:
        profile.close()


def test_killed_at_random_moments(
    field: Profile, coordinator: Profile, proxy: FaultProxy, net: Net, tmp_path: Path
) -> None:
    with_attachment(field, tmp_path)
    for i in range(20):
        record(field, f"Many {i}", "text")
    data_dir = field.paths.data_dir
    field.close()
    proxy.add("delay", path_prefix="/v1/", arg=30, times=10_000)
    rng = random.Random(7)
    for _ in range(4):
        child = start_child(data_dir)
        time.sleep(rng.uniform(0.4, 2.0))
        child.send_signal(signal.SIGKILL)
        child.wait(30)
        reopen(data_dir).close()
    proxy.rules.clear()
    profile = reopen(data_dir)
    try:
        settle(SyncEngine(profile))
        assert_settled(profile, coordinator, net.server)
    finally:
        profile.close()
