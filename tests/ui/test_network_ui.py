"""Issue 15 items 4 and 5 against the real server: the coordinator's Network dialog
(organisations, invitation codes, devices, revocation) and the conversation reaching the
field worker (the reviews in the list and in the record, a reply sent with the revision)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QWidget

from desktop.core.model import IncidentDate, Observation
from desktop.core.paths import resolve_paths
from desktop.core.profile import Profile
from desktop.core.sync.engine import SyncEngine
from desktop.core.sync.enrolment import enroll
from desktop.core.sync.errors import DeviceRevokedError, InvitationUsedError
from desktop.ui.hub import hub
from desktop.ui.observation_table_model import STATUS_COLUMN
from tests.server.server_process import ServerProcess
from tests.ui.helpers import open_editor
from tests.ui.test_sync_ui import coordinator, invite, server  # noqa: F401  (fixtures)


class FakePrinter:
    def __init__(self) -> None:
        self.printed: list[str] = []

    def print_document(self, parent: QWidget, document: QTextDocument) -> bool:
        self.printed.append(document.toPlainText())
        return True


@pytest.fixture
def field_profile(tmp_path: Path) -> Iterator[Profile]:
    profile = Profile.create(resolve_paths(tmp_path / "field"), "field passphrase 12")
    yield profile
    profile.close()


def _wait_idle(qtbot: Any, dialog: Any) -> None:
    qtbot.waitUntil(lambda: dialog.busy == 0, timeout=30000)


def test_network_dialog_orgs_invitations_devices_revocation(
    qtbot: Any,
    unlocked: Any,
    dialogs: Any,
    server: ServerProcess,  # noqa: F811
    field_profile: Profile,
    tmp_path: Path,
) -> None:
    window = unlocked
    profile = window.session.profile
    # a field worker's device (not enrolled) has no Network entry
    window.file_menu.aboutToShow.emit()
    assert not window.network_action.isVisible()
    assert window.open_network() is None
    assert dialogs.asked[-1][0] == "info"

    enroll(profile, invite(server, "coordinator"), name="Hub laptop")
    window.file_menu.aboutToShow.emit()
    assert window.network_action.isVisible()
    dialog = window.open_network()
    qtbot.addWidget(dialog)
    dialog.printer = FakePrinter()
    _wait_idle(qtbot, dialog)
    assert dialog.device_table.rowCount() == 1
    assert dialog.device_table.item(0, 0).text() == "Hub laptop"
    assert dialog.device_table.item(0, 1).text() == "coordinator"

    # an organisation: refused without a velayat, then added
    dialog.org_name.setText("Balkan Kömek Merkezi")
    dialog.add_org_button.click()
    assert "velayat" in dialog.message.text()
    dialog.org_velayat.setCurrentIndex(dialog.org_velayat.findData("Balkan"))
    dialog.add_org_button.click()
    _wait_idle(qtbot, dialog)
    names = [dialog.org_table.item(r, 0).text() for r in range(dialog.org_table.rowCount())]
    assert "Balkan Kömek Merkezi" in names
    # the same name again: the server's refusal, in words
    dialog.org_name.setText("Balkan Kömek Merkezi")
    dialog.add_org_button.click()
    _wait_idle(qtbot, dialog)
    assert "exists" in dialog.message.text()

    # an invitation code for a field worker of that organisation
    dialog.tabs.setCurrentWidget(dialog.invite_page)
    assert not dialog.copy_button.isEnabled() and not dialog.print_button.isEnabled()
    dialog.invite_org.setCurrentIndex(
        dialog.invite_org.findText("Balkan Kömek Merkezi", Qt.MatchFlag.MatchStartsWith)
    )
    dialog.make_button.click()
    _wait_idle(qtbot, dialog)
    code = dialog.code.text()
    assert code.startswith("FB1-")
    about = dialog.code_about.text()
    assert "once" in about and "Balkan Kömek Merkezi" in about and "fingerprint" in about
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == code
    dialog.print_button.click()
    assert dialog.printer.printed and code in dialog.printer.printed[0]
    assert "once" in dialog.printer.printed[0]

    # the code works once: a field laptop enrols with it; the list shows it, its
    # organisation and, after it sent something, its last contact
    enroll(field_profile, code, name="Balkan laptop")
    obs = Observation.new(title="Bir ýazgy", description="Şaýat")
    obs.date = IncidentDate(start="2026-11-02")
    obs.place.velayat = "balkan"
    rid = field_profile.observations.save(obs).id
    field_profile.observations.set_status(rid, "queued")
    SyncEngine(field_profile).sync_once()
    second = Profile.create(resolve_paths(tmp_path / "again"), "another passphrase 1")
    try:
        with pytest.raises(InvitationUsedError):
            enroll(second, code)
    finally:
        second.close()
    dialog.tabs.setCurrentWidget(dialog.devices_page)
    dialog.refresh()
    _wait_idle(qtbot, dialog)
    assert dialog.device_table.rowCount() == 2
    row = next(r for r, d in enumerate(dialog.devices) if d.name == "Balkan laptop")
    assert dialog.device_table.item(row, 2).text() == "Balkan Kömek Merkezi"
    assert dialog.device_table.item(row, 3).text() != "nothing sent yet"

    # revoking asks first; "no" revokes nothing
    dialog.device_table.selectRow(row)
    assert dialog.revoke_button.isEnabled()
    dialogs.confirm_answers = [False]
    dialog.revoke_button.click()
    assert "Balkan laptop" in dialogs.asked[-1][1]
    assert dialog.busy == 0
    SyncEngine(field_profile).sync_once()  # still accepted
    dialogs.confirm_answers = [True]
    dialog.revoke_button.click()
    _wait_idle(qtbot, dialog)
    qtbot.waitUntil(lambda: any(k == "info" and "revoked" in t for k, t in dialogs.asked))
    with pytest.raises(DeviceRevokedError):
        SyncEngine(field_profile).sync_once()
    _wait_idle(qtbot, dialog)
    row = next(r for r, d in enumerate(dialog.devices) if d.name == "Balkan laptop")
    assert dialog.device_table.item(row, 4).text().startswith("revoked")
    dialog.device_table.selectRow(row)
    assert not dialog.revoke_button.isEnabled()  # nothing more to revoke

    # a coordinator's device revoked: the user is told to replace the coordination key
    dialog.tabs.setCurrentWidget(dialog.invite_page)
    dialog.coordinator_role.setChecked(True)
    dialog.invite_org.setCurrentIndex(0)
    dialog.make_button.click()
    _wait_idle(qtbot, dialog)
    other = Profile.create(resolve_paths(tmp_path / "coord2"), "second coordinator 1")
    try:
        enroll(other, dialog.code.text(), name="Second hub")
    finally:
        other.close()
    dialog.refresh()
    _wait_idle(qtbot, dialog)
    row = next(r for r, d in enumerate(dialog.devices) if d.name == "Second hub")
    dialog.device_table.selectRow(row)
    dialogs.confirm_answers = [True]
    dialog.revoke_button.click()
    assert "coordination key" in dialogs.asked[-1][1]
    qtbot.waitUntil(lambda: any(k == "warn" for k, _t in dialogs.asked), timeout=30000)
    warned = next(t for k, t in dialogs.asked if k == "warn")
    assert "Replace the coordination key" in warned
    dialog.close()


def test_the_review_thread_reaches_the_field_worker(
    qtbot: Any,
    unlocked: Any,
    server: ServerProcess,  # noqa: F811
    coordinator: Profile,  # noqa: F811
) -> None:
    window = unlocked
    profile = window.session.profile
    enroll(profile, invite(server, "field", coordinator), name="Mary office")
    obs = Observation.new(title="Sud işi", description="Şaýat gürrüň berdi")
    obs.date = IncidentDate(start="2026-11-03")
    obs.place.velayat = "mary"
    rid = profile.observations.save(obs).id
    profile.observations.set_status(rid, "queued")
    SyncEngine(profile).sync_once()

    coord = SyncEngine(coordinator)
    coord.sync_once()
    coordinator.reviews.review(rid, "received", "")
    coordinator.reviews.review(rid, "needs_information", "Haýsy kazyýet? Senesi näçe?")
    coord.sync_once()
    SyncEngine(profile).sync_once()
    hub().data_changed.emit(rid)

    profile.observations.save_draft(Observation.new(title="Başga ýazgy"))  # unreviewed
    hub().data_changed.emit("")

    # the list: a marker on the status, a count in the tooltip, never the comment
    model = window.workspace.model
    filters = window.workspace.filters
    filters.needs_info.click()  # one click: the records a coordinator asked about
    assert filters.status.currentData() == "needs_information"
    qtbot.waitUntil(lambda: model.shown() == 1 and model.id_at(0) == rid, timeout=10000)
    assert model.data(model.index(0, STATUS_COLUMN), Qt.ItemDataRole.DecorationRole) is not None
    tip = model.data(model.index(0, STATUS_COLUMN), Qt.ItemDataRole.ToolTipRole)
    assert "2 time" in tip and "kazyýet" not in tip
    for column in range(model.columnCount()):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            assert "kazyýet" not in str(model.data(model.index(0, column), role) or "")

    filters.clear()
    assert not filters.needs_info.isChecked()
    qtbot.waitUntil(lambda: model.shown() == 2, timeout=10000)  # with the draft
    filters.status.setCurrentIndex(filters.status.findData("needs_information"))
    assert filters.needs_info.isChecked()
    qtbot.waitUntil(lambda: model.shown() == 1, timeout=10000)

    # the record: the thread, oldest first, with who, when and what
    editor = open_editor(qtbot, window, rid)
    thread = editor.review_thread
    qtbot.waitUntil(thread.isVisible, timeout=10000)  # read in a worker
    text = thread.thread.toPlainText()
    assert "Haýsy kazyýet? Senesi näçe?" in text
    assert text.index("Received") < text.index("Needs information")
    assert f"Coordinator {coordinator.device_id[:8]}" in text

    # the worker answers by editing, with a reply that travels with the revision
    editor.description.setPlainText("Şaýat gürrüň berdi. Mary welaýat kazyýeti, 3-nji noýabr.")
    thread.reply.setPlainText("Kazyýetiň ady we senesi goşuldy.")
    assert editor.save()
    qtbot.waitUntil(lambda: not editor.dirty, timeout=10000)
    assert profile.observations.get(rid).reply_note == "Kazyýetiň ady we senesi goşuldy."
    profile.observations.set_status(rid, "queued")
    SyncEngine(profile).sync_once()
    coord.sync_once()
    latest = next(r for r in coordinator.sync.received_observations() if r["record_id"] == rid)
    assert latest["body"]["reply_note"] == "Kazyýetiň ady we senesi goşuldy."
    assert latest["rev"] > 1

    # once sent, the reply is part of the thread and the box starts empty for the next one
    editor.close()
    editor = open_editor(qtbot, window, rid)
    qtbot.waitUntil(
        lambda: "Kazyýetiň ady we senesi goşuldy." in editor.review_thread.thread.toPlainText(),
        timeout=10000,
    )
    assert editor.review_thread.reply.toPlainText() == ""
    editor.close()
