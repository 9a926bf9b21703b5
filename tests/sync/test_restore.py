"""A field profile restored from a backup: its own history comes back, nothing is lost."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from desktop.core.paths import resolve_paths
from desktop.core.profile import Profile
from desktop.core.sync.engine import SyncEngine
from protocol.envelope import Envelope
from tests.sync.conftest import PASSPHRASE, Net, field_profile
from tests.sync.helpers import record, settle


def test_restored_profile_adopts_its_lost_envelopes(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile], tmp_path: Path
) -> None:
    field = field_profile(net, make_profile, "field")
    data_dir = field.paths.data_dir
    a = record(field, "Before the backup", "A")
    settle(SyncEngine(field))
    field.close()
    backup = tmp_path / "backup"
    shutil.copytree(data_dir, backup)

    field = Profile.unlock(resolve_paths(data_dir), PASSPHRASE)
    b = record(field, "After the backup, then lost", "B-LOST-TEXT")
    settle(SyncEngine(field))
    field.close()

    shutil.rmtree(data_dir)
    shutil.copytree(backup, data_dir)
    field = Profile.unlock(resolve_paths(data_dir), PASSPHRASE)
    try:
        c = record(field, "After the restore", "C")
        summary = settle(SyncEngine(field))
        assert summary.adopted == 1
        # The lost revision is back, readable beside the local data.
        assert field.sync.restored_versions(b)[0]["body"]["description"] == "B-LOST-TEXT"
        assert field.observations.get(c).status == "sent"
        # One unbroken chain 1..3, every link receipted.
        rows = field.database.query(
            "SELECT o.seq, e.envelope, o.receipt FROM outbox o"
            " JOIN outbox_envelopes e ON e.seq = o.seq ORDER BY o.seq"
        )
        assert [r[0] for r in rows] == [1, 2, 3]
        prev = None
        for _, raw, receipt in rows:
            env = Envelope.from_bytes(raw)
            assert env.header.prev == prev and receipt
            prev = env.envelope_id
    finally:
        field.close()
    coord = SyncEngine(coordinator)
    settle(coord)
    titles = sorted(r["body"]["title"] for r in coordinator.sync.received_observations())
    assert titles == ["After the backup, then lost", "After the restore", "Before the backup"]
    assert a
