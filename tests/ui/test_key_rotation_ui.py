"""Replacing the coordination key from the Network dialog (issue 13), against the real
server: declined changes nothing; confirmed, it runs in a worker and field devices follow;
revoking a coordinator's device offers it; another coordinator's device cannot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.core.paths import resolve_paths
from desktop.core.profile import Profile
from desktop.core.sync.engine import SyncEngine
from desktop.core.sync.enrolment import enroll
from desktop.ui.coordinator.network_dialog import NetworkDialog
from tests.server.server_process import ServerProcess
from tests.ui.test_sync_ui import coordinator, invite, server  # noqa: F401  (fixtures)


def _wait_idle(qtbot: Any, dialog: NetworkDialog) -> None:
    qtbot.waitUntil(lambda: dialog.busy == 0 and not dialog.rotation.running, timeout=30000)


def test_replacing_the_coordination_key_from_the_network_dialog(
    qtbot: Any,
    unlocked: Any,
    dialogs: Any,
    server: ServerProcess,  # noqa: F811
    tmp_path: Path,
) -> None:
    window = unlocked
    profile = window.session.profile
    enroll(profile, invite(server, "coordinator"), name="Hub laptop")
    field = Profile.create(resolve_paths(tmp_path / "field"), "field passphrase 12")
    other = Profile.create(resolve_paths(tmp_path / "coord2"), "second coordinator 1")
    try:
        enroll(field, invite(server, "field", profile), name="Mary office")
        enroll(other, invite(server, "coordinator", profile), name="Second hub")
        old_key = field.sync.store.coordination_public

        dialog = window.open_network()
        qtbot.addWidget(dialog)
        _wait_idle(qtbot, dialog)
        assert "generation 0" in dialog.key_status.text()
        assert dialog.rotate_button.isEnabled()

        # declined: nothing changes
        dialogs.confirm_answers = [False]
        dialog.rotate_button.click()
        question = dialogs.asked[-1][1]
        assert "records already sent stay readable" in question
        assert "export the key file" in question
        assert not dialog.rotation.running
        assert profile.sync.coordination_generation() == 0

        # confirmed: replaced in a worker, then told what to do next
        dialogs.confirm_answers = [True]
        with qtbot.waitSignal(dialog.rotation.finished, timeout=30000) as blocker:
            dialog.rotate_button.click()
        assert blocker.args == [True]
        told = dialogs.asked[-1]
        assert told[0] == "info" and "generation 1" in told[1]
        assert "generation 1" in dialog.key_status.text()
        SyncEngine(field).sync_once()
        assert field.sync.store.coordination_public not in (None, old_key)
        assert field.sync.store.coordination_public == profile.sync.store.coordination_public

        # revoking a coordinator's device offers to replace the key at once
        dialog.refresh()
        _wait_idle(qtbot, dialog)
        row = next(r for r, d in enumerate(dialog.devices) if d.name == "Second hub")
        dialog.device_table.selectRow(row)
        dialogs.confirm_answers = [True, True]
        with qtbot.waitSignal(dialog.rotation.finished, timeout=30000):
            dialog.revoke_button.click()
        offered = [t for k, t in dialogs.asked if k == "confirm"][-1]
        assert "Replace the key now?" in offered
        assert profile.sync.coordination_generation() == 2
        _wait_idle(qtbot, dialog)
        dialog.close()
    finally:
        field.close()
        other.close()


def test_another_coordinators_device_cannot_replace_the_key(
    qtbot: Any,
    unlocked: Any,
    dialogs: Any,
    server: ServerProcess,  # noqa: F811
    coordinator: Profile,  # noqa: F811
) -> None:
    profile = unlocked.session.profile
    enroll(profile, invite(server, "coordinator", coordinator), name="Second hub")
    dialog = unlocked.open_network()
    qtbot.addWidget(dialog)
    _wait_idle(qtbot, dialog)
    assert not dialog.rotate_button.isEnabled()
    assert "Only the coordinator whose fingerprint" in dialog.key_status.text()
    assert "import the new key file" in dialog.key_status.text()
    assert not dialog.ask_rotation()
    dialog.close()
