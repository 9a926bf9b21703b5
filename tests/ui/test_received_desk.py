"""The coordinator's desk (issue 15 items 2 and 3) against the real server: Received list,
the read-only view, reviewing (one, bulk, keyboard), revisions and the whole loop with a
field worker's app in the same test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

from desktop.core.model import IncidentDate, Observation, Person, Place
from desktop.core.paths import resolve_paths
from desktop.core.profile import Profile
from desktop.core.sync.engine import SyncEngine
from desktop.core.sync.enrolment import enroll
from desktop.ui.main_window import MainWindow
from desktop.ui.received.table_model import ATTACHMENTS_COLUMN, REVIEW_COLUMN
from desktop.ui.session import Session
from tests.server.server_process import ServerProcess
from tests.ui.conftest import PASSPHRASE, FakeDialogs, unlock
from tests.ui.helpers import fill, new_editor, open_editor, save, send
from tests.ui.test_sync_ui import invite, server  # noqa: F401  (fixtures)

FONT = Qt.ItemDataRole.FontRole
DISPLAY = Qt.ItemDataRole.DisplayRole


def _coordinator_window(qtbot: Any, window: Any, server: ServerProcess) -> Profile:  # noqa: F811
    """The unlocked window becomes a coordinator's, as after File > Connect."""
    profile = window.session.profile
    enroll(profile, invite(server, "coordinator"), name="Aşgabat hub")
    window._enrolled(profile)  # what the connect dialog's "enrolled" signal does
    assert window.received is not None
    assert window.stack.currentWidget() is window.received
    assert window.sections.isVisible()
    return profile


def _app_sync(qtbot: Any, window: Any) -> None:
    """One full sync of the app (F9), waited for; it must succeed."""
    qtbot.waitUntil(lambda: not window.sync.running, timeout=60000)
    window.sync_now()
    assert window.sync.running
    qtbot.waitUntil(lambda: not window.sync.running, timeout=60000)
    assert window.sync.state.get("phase") == "done", window.sync.state


@pytest.fixture
def field_window(qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    paths = resolve_paths(tmp_path / "field")
    paths.ensure()
    Profile.create(paths, PASSPHRASE, velayat="mary").close()
    window = MainWindow(Session(paths), FakeDialogs(), "en")
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    yield window
    for editor in list(window.editors.values()):
        editor.discard_and_close()
    window.close()


def _field_records(field: Profile, titles: list[str]) -> list[str]:
    ids = []
    for i, title in enumerate(titles):
        obs = Observation.new(
            title=title,
            description="Şaýat gürrüň berdi.",
            place=Place(velayat="mary", etrap=None, settlement="Baýramaly"),
            people=[Person(role="witness", name="A. M.", keep_anonymous=True)],
        )
        obs.date = IncidentDate(start=f"2026-10-{10 + i:02d}")
        rid = field.observations.save(obs).id
        field.observations.set_status(rid, "queued")
        ids.append(rid)
    return ids


def _received_rows(view: Any) -> dict[str, int]:
    model = view.model
    return {model.id_at(r): r for r in range(model.rowCount()) if model.id_at(r)}


def test_the_whole_loop_between_the_field_app_and_the_desk(
    qtbot: Any,
    unlocked: Any,
    field_window: Any,
    server: ServerProcess,  # noqa: F811
    tmp_path: Path,
) -> None:
    desk = unlocked
    coord = _coordinator_window(qtbot, desk, server)
    received = desk.received
    field = field_window.session.profile
    enroll(field, invite(server, "field", coord), name="Mary office")
    # a field worker's window is unchanged: no sections, no Received
    assert not field_window.sections.isVisible() and field_window.received is None

    # 1. the field worker records an observation with a photo and a witness kept anonymous
    photo = tmp_path / "bruises.png"
    Image.new("RGB", (64, 48), (180, 90, 70)).save(photo)
    editor = new_editor(field_window)
    fill(editor, "Sud işi: aklawçy goýberilmedi")
    editor.people.add_button.click()
    editor.people.rows[0].name.setText("A. M.")
    editor.consent_obtained.setChecked(True)
    editor.share_coordinators.setChecked(True)
    field_window.dialogs.open_files.append([str(photo)])
    editor.attachments.add_button.click()
    assert save(editor)
    qtbot.waitUntil(lambda: len(editor.attachments.attachment_ids()) == 1, timeout=20000)
    qtbot.waitUntil(lambda: not editor.attachments.is_busy(), timeout=20000)
    assert send(editor)
    rid = str(editor.observation_id)
    editor.discard_and_close()
    _app_sync(qtbot, field_window)
    assert field.observations.get(rid).status == "sent"

    # 2. the desk receives it: listed under Received, unread, with its attachment
    _app_sync(qtbot, desk)
    model = received.model
    qtbot.waitUntil(lambda: model.shown() == 1 and model.id_at(0) == rid, timeout=20000)
    assert model.data(model.index(0, 2), FONT).bold()  # unread
    assert model.data(model.index(0, REVIEW_COLUMN), DISPLAY) == "Not reviewed yet"
    assert model.data(model.index(0, ATTACHMENTS_COLUMN), DISPLAY) == "1"
    qtbot.waitUntil(lambda: "1 new" in desk.sections.tabText(0), timeout=10000)
    assert "Sud" not in desk.sections.tabText(0)  # a badge counts, never quotes
    # the desk's own records are a section of their own, without received ones
    assert desk.workspace.current_query().scope == "own"

    # 3. opening it: read-only, the anonymous witness marked, the photo listed, now read
    received.table.selectRow(0)
    desk.open_selected()
    view = desk.record_view
    qtbot.waitUntil(lambda: view.data is not None and view.record_id == rid, timeout=10000)
    body = view.body.toPlainText()
    assert "Sud işi: aklawçy goýberilmedi" in view.title.text()
    assert "A. M." in body and "Asked to stay anonymous" in body
    assert "Mary office" in view.meta.text()
    assert rid not in desk.editors  # never the editor
    # the photo: listed, fetched on demand, previewed from memory
    assert "bruises.png" in body
    assert view.tabs.isTabEnabled(1) and "(1)" in view.tabs.tabText(1)
    view.tabs.setCurrentIndex(1)
    box = view.attachments
    qtbot.waitUntil(lambda: box.list.count() == 1, timeout=10000)
    box.list.setCurrentRow(0)
    with qtbot.waitSignal(box.previewed, timeout=30000):
        box.preview_selected()
    assert box.has_preview()
    qtbot.waitUntil(lambda: not coord.received.get(rid).unread, timeout=10000)
    qtbot.waitUntil(lambda: not model.data(model.index(0, 2), FONT), timeout=10000)

    # 4. "needs information" with a comment, sent with Ctrl+Enter, then synced
    panel = view.review
    panel.set_status("needs_information")
    panel.comment.setPlainText("Haýsy kazyýet? Işiň belgisi barmy?")
    with qtbot.waitSignal(panel.reviewed, timeout=10000):
        qtbot.keyClick(panel.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Haýsy kazyýet" in panel.history.toPlainText(), timeout=10000)
    assert "Aşgabat hub" in panel.history.toPlainText() or "You" in panel.history.toPlainText()
    assert "server" in panel.rule.text()  # the rule for crossing reviews, explained
    qtbot.waitUntil(
        lambda: model.data(model.index(0, REVIEW_COLUMN), DISPLAY) == "Needs information",
        timeout=10000,
    )
    _app_sync(qtbot, desk)

    # 5. the field app shows the comment; the worker edits and replies
    _app_sync(qtbot, field_window)
    assert field.observations.get(rid).status == "needs_information"
    editor = open_editor(qtbot, field_window, rid)
    qtbot.waitUntil(editor.review_thread.isVisible, timeout=10000)
    assert "Haýsy kazyýet? Işiň belgisi barmy?" in editor.review_thread.thread.toPlainText()
    editor.description.setPlainText("Mary welaýat kazyýeti, 3-nji noýabr.")
    editor.review_thread.reply.setPlainText("Kazyýetiň ady goşuldy.")
    assert save(editor)
    assert send(editor)
    editor.discard_and_close()
    _app_sync(qtbot, field_window)

    # 6. the desk sees the new revision and the reply, marked unread (the view, still open,
    #    shows it at once without marking it read)
    _app_sync(qtbot, desk)
    qtbot.waitUntil(lambda: bool(model.data(model.index(0, 2), FONT)), timeout=20000)
    latest = coord.received.get(rid).rev
    qtbot.waitUntil(lambda: view.data.observation.rev == latest, timeout=10000)
    assert view.notice.isVisible() and "Kazyýetiň ady goşuldy." in view.body.toPlainText()
    assert coord.received.get(rid).unread
    assert "1 new" in desk.sections.tabText(0)
    desk.open_received(rid)
    qtbot.waitUntil(lambda: view.data.observation.rev == latest, timeout=10000)
    assert "Kazyýetiň ady goşuldy." in view.body.toPlainText()
    assert view.notice.isVisible()  # it was new or changed when opened
    tabs = view.revisions
    qtbot.waitUntil(lambda: tabs.revisions.count() == 2, timeout=10000)
    assert "with a reply" in tabs.revisions.item(0).text()
    qtbot.waitUntil(lambda: any(r[0] == "Description" for r in tabs.change_rows()), timeout=10000)
    row = next(r for r in tabs.change_rows() if r[0] == "Description")
    assert "Mary" not in row[1]
    assert row[2] == "Mary welaýat kazyýeti, 3-nji noýabr."
    view.close()


def test_bulk_review_of_a_selection_asks_first(
    qtbot: Any,
    unlocked: Any,
    dialogs: FakeDialogs,
    server: ServerProcess,  # noqa: F811
    tmp_path: Path,
) -> None:
    desk = unlocked
    coord = _coordinator_window(qtbot, desk, server)
    field = Profile.create(resolve_paths(tmp_path / "f"), "field passphrase 12")
    try:
        enroll(field, invite(server, "field", coord), name="Mary office")
        ids = _field_records(field, ["Bir", "Iki", "Üç", "Dört"])
        SyncEngine(field).sync_once()
    finally:
        field.close()
    _app_sync(qtbot, desk)
    view = desk.received
    qtbot.waitUntil(lambda: view.model.shown() == 4, timeout=20000)
    qtbot.waitUntil(lambda: "4 to review" in desk.sections.tabText(0), timeout=10000)
    rows = _received_rows(view)
    for rid in ids[:3]:
        view.table.selectionModel().select(
            view.model.index(rows[rid], 0),
            view.table.selectionModel().SelectionFlag.Select
            | view.table.selectionModel().SelectionFlag.Rows,
        )
    assert view.mark_received_action.text() == "Mark 3 as received…"

    dialogs.confirm_answers = [False]  # asked first; "no" changes nothing
    view.mark_received_action.trigger()
    assert (
        "Mark 3 selected record(s) as received?" in dialogs.asked[-1][1]
        or "3" in dialogs.asked[-1][1]
    )
    assert all(coord.received.get(r).observation.status == "sent" for r in ids)

    dialogs.confirm_answers = [True]
    with qtbot.waitSignal(view.bulk_reviewed, timeout=20000) as blocker:
        view.mark_received_action.trigger()
    assert blocker.args == [3]
    assert [coord.received.get(r).observation.status for r in ids] == ["received"] * 3 + ["sent"]
    assert all(len(coord.reviews.reviews_for(r)) == 1 for r in ids[:3])
    qtbot.waitUntil(lambda: "1 to review" in desk.sections.tabText(0), timeout=10000)

    # with a decision and a comment: the dialog's button says what happens
    from desktop.ui.received.bulk_review import BulkReviewDialog

    view.table.clearSelection()
    view.table.selectRow(_received_rows(view)[ids[3]])
    view.review_selected_action.trigger()
    dialog = view.bulk_dialog
    assert isinstance(dialog, BulkReviewDialog)
    dialog.status.setCurrentIndex(dialog.status.findData("needs_information"))
    assert (
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).text()
        == "Mark 1 as Needs information"
    )
    dialog.accept()  # refused: asking for information needs a comment
    assert dialog.isVisible() and "missing" in dialog.message.text()
    dialog.comment.setPlainText("Senesi?")
    with qtbot.waitSignal(view.bulk_reviewed, timeout=20000):
        dialog.accept()
    assert coord.received.get(ids[3]).observation.status == "needs_information"


def test_keyboard_next_and_previous_unreviewed(
    qtbot: Any,
    unlocked: Any,
    server: ServerProcess,  # noqa: F811
    tmp_path: Path,
) -> None:
    desk = unlocked
    coord = _coordinator_window(qtbot, desk, server)
    field = Profile.create(resolve_paths(tmp_path / "f"), "field passphrase 12")
    try:
        enroll(field, invite(server, "field", coord), name="Mary office")
        ids = _field_records(field, ["A bir", "B iki", "C üç", "D dört"])
        SyncEngine(field).sync_once()
    finally:
        field.close()
    _app_sync(qtbot, desk)
    view = desk.received
    qtbot.waitUntil(lambda: view.model.shown() == 4, timeout=20000)
    # sorted by title: A, B, C, D; B is already reviewed
    view.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: view.model.id_at(0) == ids[0], timeout=10000)
    coord.reviews.review(ids[1], "received", "")

    record = desk.open_received(ids[0])
    qtbot.waitUntil(lambda: record.data is not None and record.record_id == ids[0], timeout=10000)
    assert "Ctrl+]" in record.next_action.toolTip() and "Ctrl+[" in record.previous_action.toolTip()
    record.activateWindow()
    qtbot.waitUntil(lambda: record.isActiveWindow(), timeout=5000)

    with qtbot.waitSignal(record.shown, timeout=10000) as blocker:
        qtbot.keyClick(record, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [ids[2]]  # B skipped: reviewed
    assert view.selected_id() == ids[2]

    # reviewing moves on with the next key press; the last one has nothing after it
    record.review.set_status("received")
    with qtbot.waitSignals([record.review.reviewed, record.shown], timeout=10000):
        record.review.send()  # sealed; the header shows the new state
    assert "Review state: Received" in record.meta.text()
    with qtbot.waitSignal(record.shown, timeout=10000) as blocker:
        record.next_action.trigger()
    assert blocker.args == [ids[3]]
    record.next_action.trigger()
    qtbot.waitUntil(
        lambda: "No unreviewed record after" in record.nav_message.text(), timeout=10000
    )

    # back: C was reviewed meanwhile, B too: A is the previous unreviewed
    with qtbot.waitSignal(record.shown, timeout=10000) as blocker:
        qtbot.keyClick(record, Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [ids[0]]
    record.close()


def test_the_view_is_read_only_and_shows_a_conflict_side_by_side(
    qtbot: Any,
    unlocked: Any,
    server: ServerProcess,  # noqa: F811
    tmp_path: Path,
) -> None:
    from desktop.ui.received.conflict_dialog import ConflictDialog
    from desktop.ui.received.loading import ConflictSide

    desk = unlocked
    coord = _coordinator_window(qtbot, desk, server)
    field = Profile.create(resolve_paths(tmp_path / "f"), "field passphrase 12")
    try:
        enroll(field, invite(server, "field", coord), name="Mary office")
        (rid,) = _field_records(field, ["Ýeke ýazgy"])
        SyncEngine(field).sync_once()
    finally:
        field.close()
    _app_sync(qtbot, desk)
    record = desk.open_received(rid)
    qtbot.waitUntil(lambda: record.data is not None, timeout=10000)
    # nothing in the view edits what the author recorded: the only text box is the comment
    assert record.body.isReadOnly()
    editable = [
        w
        for kind in (QLineEdit, QPlainTextEdit, QTextEdit)
        for w in record.findChildren(kind)
        if not w.isReadOnly() and w.isVisibleTo(record)
    ]
    assert editable == [record.review.comment]
    assert not record.conflict_bar.isVisible()
    # asked for an editor (from anywhere), a received record opens read-only instead
    record.close()
    desk.open_observation(rid)
    qtbot.waitUntil(record.isVisible, timeout=10000)
    assert rid not in desk.editors

    # two revisions from the same parent: the one that counts on the left, with the rule
    first = coord.received.get(rid).observation
    other = Observation.from_dict(first.to_dict())
    other.title = "Ýeke ýazgy (başga nusga)"
    sides = [
        ConflictSide(2, "b" * 64, "2026-11-03T10:00:00Z", False, other),
        ConflictSide(2, "a" * 64, "2026-11-03T09:00:00Z", True, first),
    ]
    dialog = ConflictDialog(sides, coord.received.rule_text(), record)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.counting_side() == 0
    left, right = dialog.sides[0], dialog.sides[1]
    assert "COUNTS" in left[0].title() and "does not count" in right[0].title()
    assert "Ýeke ýazgy" in left[1].toPlainText() and "başga nusga" in right[1].toPlainText()
    assert "higher revision number" in dialog.rule.text()
    record.data.conflict = True
    record.data.conflicts = sides
    record.data.rule = coord.received.rule_text()
    record._render()
    assert record.conflict_bar.isVisibleTo(record)
    shown = record.show_conflict()
    assert isinstance(shown, ConflictDialog)
    shown.close()

    # locking closes the view (it holds the profile) and empties the list at once
    desk.lock()
    assert desk.record_view is None and desk.received.model.rowCount() == 0
    assert not desk.sections.isVisible()


def test_the_desk_filters_organisation_author_state_unread_and_received_date(
    qtbot: Any,
    unlocked: Any,
    server: ServerProcess,  # noqa: F811
    tmp_path: Path,
) -> None:
    from PySide6.QtCore import QDate

    from desktop.core.invitations import make_invitation

    desk = unlocked
    coord = _coordinator_window(qtbot, desk, server)
    server.admin("org", "add", "Daşoguz Kömek", "--velayat", "dasoguz")
    made = []
    for folder, org, name, titles in (
        ("f1", "Mary Hukuk", "Mary office", ["Bir", "Iki"]),
        ("f2", "Daşoguz Kömek", "Akdepe", ["Üç"]),
    ):
        field = Profile.create(resolve_paths(tmp_path / folder), "field passphrase 12")
        try:
            enroll(field, make_invitation(coord, "field", org=org).code, name=name)
            made.append((field.device_id, _field_records(field, titles)))
            SyncEngine(field).sync_once()
        finally:
            field.close()
    (mary_device, mary_ids), (_dasoguz_device, dasoguz_ids) = made
    _app_sync(qtbot, desk)
    view = desk.received
    filters = view.filters
    model = view.model
    qtbot.waitUntil(lambda: model.shown() == 3, timeout=20000)
    qtbot.waitUntil(lambda: filters.org.count() == 3 and filters.author.count() == 3, timeout=10000)

    def shown(n: int) -> None:
        qtbot.waitUntil(lambda: model.shown() == n and not model.is_loading(), timeout=10000)

    # organisation (by its readable name), then the author (name and organisation)
    filters.org.setCurrentIndex(filters.org.findText("Daşoguz Kömek"))
    shown(1)
    assert model.id_at(0) == dasoguz_ids[0]
    assert model.data(model.index(0, 3), DISPLAY) == "Daşoguz Kömek"
    filters.clear()
    shown(3)
    author = filters.author.findData(mary_device)
    assert filters.author.itemText(author) == "Mary office, Mary Hukuk"
    filters.author.setCurrentIndex(author)
    shown(2)
    filters.clear()

    # review state: "not reviewed yet" is a received record nobody has reviewed
    coord.reviews.review(mary_ids[0], "verified", "")
    desk.received.refresh()
    filters.status.setCurrentIndex(filters.status.findData("sent"))
    shown(2)
    assert filters.status.currentText() == "Not reviewed yet"
    filters.status.setCurrentIndex(filters.status.findData("verified"))
    shown(1)
    filters.clear()

    # unread only: one opened is read
    record = desk.open_received(dasoguz_ids[0])
    qtbot.waitUntil(lambda: not coord.received.get(dasoguz_ids[0]).unread, timeout=10000)
    record.close()
    filters.unread.setChecked(True)
    shown(2)
    assert dasoguz_ids[0] not in _received_rows(view)
    filters.clear()

    # received date: nothing arrived from tomorrow on; everything today
    filters.received_from.setDate(QDate.currentDate().addDays(1))
    filters.received_from_check.setChecked(True)
    shown(0)
    filters.received_from.setDate(QDate.currentDate().addDays(-1))
    shown(3)
    filters.received_to_check.setChecked(True)
    filters.received_to.setDate(QDate.currentDate().addDays(-1))
    shown(0)


def test_crossing_reviews_of_two_coordinators_show_the_same_standing_review(
    qtbot: Any,
    unlocked: Any,
    server: ServerProcess,  # noqa: F811
    tmp_path: Path,
) -> None:
    desk = unlocked
    coord = _coordinator_window(qtbot, desk, server)
    other = Profile.create(resolve_paths(tmp_path / "c2"), "second coordinator 12")
    field = Profile.create(resolve_paths(tmp_path / "f"), "field passphrase 12")
    try:
        code = invite(server, "coordinator", coord)
        assert enroll(other, code, name="Daşoguz hub").needs_key_file
        key_file = coord.sync.export_coordination_key("açar faýly üçin uzyn söz 2026")
        other.sync.import_coordination_key(key_file, "açar faýly üçin uzyn söz 2026")
        enroll(field, invite(server, "field", coord), name="Mary office")
        (rid,) = _field_records(field, ["Kesişýän synlar"])
        SyncEngine(field).sync_once()
        _app_sync(qtbot, desk)
        SyncEngine(other).sync_once()

        # both decide before either has seen the other's decision
        coord.reviews.review(rid, "verified", "Tassyklandy.")
        other.reviews.review(rid, "needs_information", "Senesi?")
        SyncEngine(other).sync_once()  # the server takes the second coordinator's first
        _app_sync(qtbot, desk)  # then the desk's; the desk reads the other's
        SyncEngine(other).sync_once()  # the other reads the desk's

        standing = coord.reviews.current(rid)
        assert standing is not None and standing["status"] == "verified"
        assert other.reviews.current(rid)["status"] == standing["status"]  # type: ignore[index]

        record = desk.open_received(rid)
        panel = record.review
        qtbot.waitUntil(lambda: "Senesi?" in panel.history.toPlainText(), timeout=10000)
        text = panel.history.toPlainText()
        # newest first: the desk's review (taken last) stands; the other is named
        assert text.index("Verified — the review that stands") < text.index("Needs information")
        assert "Daşoguz hub" in text
        assert "server" in panel.rule.text() and "last" in panel.rule.text()
        record.close()
    finally:
        other.close()
        field.close()
