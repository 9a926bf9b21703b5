"""The parcel screen: a field worker writes a parcel to a stick; a coordinator opens it, in
the app, against a real server they both enrolled with."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.core.model import IncidentDate, Observation
from desktop.core.network import NetworkService
from desktop.core.profile import Profile
from desktop.core.sync.enrolment import enroll
from desktop.ui.parcel_dialog import ParcelDialog
from tests.server.server_process import ServerProcess
from tests.ui.test_sync_ui import coordinator, invite, server  # noqa: F401 (fixtures)


def test_make_a_parcel_and_open_it_at_the_coordinator(
    qtbot: Any, unlocked: Any, dialogs: Any, server: ServerProcess,  # noqa: F811
    coordinator: Profile, tmp_path: Path,  # noqa: F811
) -> None:  # fmt: skip
    window = unlocked
    profile = window.session.profile
    assert window.open_parcels() is None  # not connected yet: says so instead
    assert dialogs.asked[-1][0] == "info"
    enroll(profile, invite(server, "field", coordinator))
    obs = Observation.new(title="Parcel SECRET", description="Şaýat")
    obs.date = IncidentDate(start="2026-10-01")
    saved = profile.observations.save(obs)
    profile.observations.set_status(saved.id, "queued")

    stick = tmp_path / "stick"
    stick.mkdir()
    dialog = window.open_parcels()
    assert isinstance(dialog, ParcelDialog) and not dialog.for_device.isVisible()
    dialogs.folders.append(str(stick))
    dialog.make_button.click()
    qtbot.waitUntil(lambda: "Parcel written: 1 envelope" in dialog.results.toPlainText())
    assert dialog.make_button.isEnabled()
    parts = list(stick.glob("*.fbp"))
    assert len(parts) == 1 and profile.observations.get(saved.id).status == "queued"

    at_desk = ParcelDialog(coordinator, dialogs)
    qtbot.addWidget(at_desk)
    at_desk.open_parcels([str(parts[0])])
    qtbot.waitUntil(lambda: "1 new" in at_desk.results.toPlainText(), timeout=10000)
    assert [r["record_id"] for r in coordinator.sync.received_observations()] == [saved.id]
    # A damaged file: refused with a message, nothing taken.
    bad = tmp_path / "bad.fbp"
    bad.write_bytes(parts[0].read_bytes()[:-5])
    at_desk.open_parcels([str(bad)])
    qtbot.waitUntil(lambda: "cut short" in at_desk.results.toPlainText())
    at_desk.open_parcels([str(parts[0])])  # opened again: said, and nothing changes
    qtbot.waitUntil(lambda: "here already" in at_desk.results.toPlainText(), timeout=10000)

    # The way back for the whole organisation, chosen from the organisations known here.
    NetworkService(coordinator).devices()
    back = tmp_path / "back"
    back.mkdir()
    coordinator.reviews.review(saved.id, "verified", "")
    for_org = ParcelDialog(coordinator, dialogs)
    qtbot.addWidget(for_org)
    assert for_org.for_device.findText("Mary Hukuk") > 0
    for_org.for_device.setCurrentIndex(for_org.for_device.findText("Mary Hukuk"))
    dialogs.folders.append(str(back))
    for_org.make_button.click()
    qtbot.waitUntil(lambda: "For Mary Hukuk: 1 device" in for_org.results.toPlainText())
    assert len(list(back.glob("*.fbp"))) == 1
    for_org.for_device.setEditText("Nobody Known")
    dialogs.folders.append(str(back))
    for_org.make_button.click()
    qtbot.waitUntil(lambda: "no organisation" in for_org.results.toPlainText())
    assert len(list(back.glob("*.fbp"))) == 1
