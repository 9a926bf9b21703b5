"""The app's sync: connect with an invitation, sync in the background, see a coordinator's
request for more information, go offline and read the log — against the real server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThread

from desktop.core.model import IncidentDate, Observation
from desktop.core.paths import resolve_paths
from desktop.core.profile import Profile
from desktop.core.sync.engine import SyncEngine
from desktop.core.sync.enrolment import enroll
from desktop.ui.hub import hub
from tests.server.server_process import ServerProcess


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    proc = ServerProcess(tmp_path / "server").start()
    proc.admin("org", "add", "Mary Hukuk", "--velayat", "mary")
    yield proc
    proc.stop()


def invite(server: ServerProcess, role: str, coordinator: Profile | None = None) -> str:
    """The first coordinator's code from the server; every other from the coordinator."""
    if coordinator is not None:
        from desktop.core.invitations import make_invitation

        org = "Mary Hukuk" if role == "field" else None
        return make_invitation(coordinator, role, org=org).code
    args = ["invite", "--role", role, "--url", server.url, "--json"]
    return str(json.loads(server.admin(*args).stdout)["code"])


@pytest.fixture
def coordinator(server: ServerProcess, tmp_path: Path) -> Iterator[Profile]:
    profile = Profile.create(resolve_paths(tmp_path / "coord"), "coordinator passphrase 1")
    enroll(profile, invite(server, "coordinator"))
    yield profile
    profile.close()


def test_connect_sync_review_offline(
    qtbot: Any, unlocked: Any, server: ServerProcess, coordinator: Profile
) -> None:
    window = unlocked
    assert "Not connected" in window.sync_label.text()

    dialog = window.open_connect()
    dialog.code.setPlainText(invite(server, "field", coordinator))
    dialog.device_name.setText("Mary office")
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: "Connected as field worker" in dialog.result.text(), timeout=20000)
    assert "fingerprint" in dialog.result.text()
    dialog.close()
    # Connecting starts a first sync at once ("Up to date" shows before it, from the saved
    # state: wait for its end, or the record saved next is sent by it before being counted).
    qtbot.waitUntil(lambda: "Up to date" in window.sync_label.text(), timeout=30000)
    qtbot.waitUntil(
        lambda: window.sync.state.get("last_sync") is not None and not window.sync.running,
        timeout=30000,
    )

    profile = window.session.profile
    obs = Observation.new(title="Garaşylýan ýazgy", description="Şaýat")
    obs.date = IncidentDate(start="2026-11-01")
    obs.place.velayat = "mary"
    rid = profile.observations.save(obs).id
    profile.observations.set_status(rid, "queued")
    hub().data_changed.emit(rid)
    qtbot.waitUntil(lambda: "1 waiting to send" in window.sync_label.text(), timeout=10000)

    window.sync_now()
    assert isinstance(window.sync._thread, QThread)  # the work runs off the GUI thread
    qtbot.waitUntil(lambda: "Up to date" in window.sync_label.text(), timeout=30000)
    assert profile.observations.get(rid).status == "sent"

    coord = SyncEngine(coordinator)
    coord.sync_once()
    coordinator.reviews.review(rid, "needs_information", "Haýsy köçede?")
    coord.sync_once()
    with qtbot.waitSignal(window.sync.needs_information, timeout=30000) as blocker:
        window.sync_now()
    assert blocker.args == [[rid]]
    assert "more information" in window.statusBar().currentMessage()
    assert profile.observations.get(rid).status == "needs_information"

    qtbot.waitUntil(lambda: not window.sync.running, timeout=30000)
    server.stop()
    window.sync_now()
    qtbot.waitUntil(lambda: "Offline" in window.sync_label.text(), timeout=30000)
    assert "cannot be reached" in window.sync_label.toolTip()
    assert window.sync._retry.isActive()  # it tries again by itself

    log = window.open_sync_log()
    texts = [log.table.item(r, 2).text() for r in range(log.table.rowCount())]
    assert any("cannot be reached" in t for t in texts)
    assert any("Sync finished" in t for t in texts)
    log.close()


def test_lock_stops_the_sync_and_hides_the_state(
    qtbot: Any, unlocked: Any, server: ServerProcess, coordinator: Profile
) -> None:
    window = unlocked
    enroll(window.session.profile, invite(server, "field", coordinator))
    window.sync.attach(window.session.profile)
    window.lock()
    assert window.sync.profile is None
    assert not window.statusBar().isVisible()


def test_the_background_sync_waits_as_long_as_a_busy_server_asks(
    qtbot: Any, unlocked: Any, server: ServerProcess, coordinator: Profile
) -> None:
    """A 503 with Retry-After: 600 must not be retried after the backoff's first few
    seconds (the worker used to drop the header): the retry waits at least 600 s."""
    from tests.sync.fault_proxy import FaultProxy

    proxy = FaultProxy(server.url)
    try:
        window = unlocked
        from desktop.core.invitations import make_invitation

        code = make_invitation(coordinator, "field", org="Mary Hukuk", server_url=proxy.url).code
        enroll(window.session.profile, code)
        proxy.add("busy", path_prefix="/v1/health", arg=600)
        window.sync.attach(window.session.profile)
        qtbot.waitUntil(lambda: window.sync._retry.isActive(), timeout=30000)
        assert window.sync.state["error_code"] == "server_busy"
        assert window.sync._retry.remainingTime() > 590_000
    finally:
        proxy.close()
