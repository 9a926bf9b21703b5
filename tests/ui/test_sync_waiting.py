"""While the server is down, the status bar says what is still to upload (not "nothing to
send"), and the list shows records sent before the failure as sent, without F5."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.core.model import IncidentDate, Observation
from desktop.core.sync.engine import SyncEngine
from desktop.core.sync.enrolment import enroll
from desktop.core.sync.progress import SyncSummary
from tests.server.server_process import ServerProcess
from tests.ui.test_sync_ui import coordinator, invite, server  # noqa: F401 - fixtures


def test_queued_attachments_are_counted_and_sent_rows_refresh(
    qtbot: Any,
    unlocked: Any,
    server: ServerProcess,  # noqa: F811
    coordinator: Any,  # noqa: F811 - publishes the coordination key
    tmp_path: Path,
) -> None:
    window = unlocked
    profile = window.session.profile
    enroll(profile, invite(server, "field", coordinator))
    scan = tmp_path / "scan.bin"
    scan.write_bytes(b"\x00scan" * 300_000)  # 1.5 MB
    # a record whose envelope reaches the server, then the server goes down before its
    # attachment is uploaded
    second = Observation.new(title="Ikinji", description="x")
    second.date = IncidentDate(start="2026-11-02")
    sid = profile.observations.save(second).id
    profile.attachments.add(sid, scan)
    profile.observations.set_status(sid, "queued")
    window.refresh()
    qtbot.waitUntil(lambda: window.workspace.model.row_of(sid) >= 0, timeout=5000)
    row = window.workspace.model.row_at(window.workspace.model.row_of(sid))
    assert row is not None and row.sync_state == "pending"
    engine = SyncEngine(profile)
    transport = engine.context.transport()
    engine.pusher.push(transport, SyncSummary(), lambda p: None, seal=True)
    transport.close()
    server.stop()

    window.sync.attach(profile)
    qtbot.waitUntil(lambda: "Offline" in window.sync_label.text(), timeout=30000)
    qtbot.waitUntil(lambda: "attachments waiting" in window.sync_label.text(), timeout=10000)
    assert "nothing" not in window.sync_label.text()
    assert "1.5 MB" in window.sync_label.text()

    def shown_as_sent() -> bool:
        index = window.workspace.model.row_of(sid)
        shown = window.workspace.model.row_at(index) if index >= 0 else None
        return shown is not None and shown.sync_state == "sent"

    qtbot.waitUntil(shown_as_sent, timeout=10000)
