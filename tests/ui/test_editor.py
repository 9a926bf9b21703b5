"""Observation editor: create, validate, save with people and two attachments, autosave,
ready to send, revision history — through the widgets and the real encrypted store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QDate

from desktop.core.model import Status
from desktop.ui import observation_editor
from desktop.ui.history_dialog import HistoryDialog
from tests.ui.helpers import fill, new_editor, save, send


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "bruises.png"
    Image.new("RGB", (640, 480), (200, 80, 60)).save(path)
    return path


@pytest.fixture
def statement(tmp_path: Path) -> Path:
    path = tmp_path / "statement.txt"
    path.write_bytes(b"Signed statement of the witness.\n" * 2000)
    return path


def fill_minimum(editor: Any) -> None:
    fill(editor, "Detained at the bazaar", QDate(2025, 3, 14))


def test_sending_checks_and_shows_errors_beside_fields(qtbot: Any, unlocked: Any) -> None:
    editor = new_editor(unlocked)
    unlocked.dialogs.confirm_answers[:] = [True] * 5  # "send without consent?"
    assert send(editor) is False
    assert editor.fields["title"].error.isVisibleTo(editor)
    assert "required" in editor.fields["title"].error.text()
    assert editor.fields["date.start"].error.isVisibleTo(editor)
    assert not editor.fields["place.etrap"].error.isVisibleTo(editor)
    assert unlocked.session.profile.observations.count() == 0

    # A coordinate pair half filled: the error lands on the coordinates row.
    fill_minimum(editor)
    editor.lat.setText("38.5")
    assert send(editor) is False
    assert editor.fields["place.lat"].error.isVisibleTo(editor)
    assert not editor.fields["title"].error.isVisibleTo(editor)
    editor.lat.setText("")

    # A perpetrator type on a victim is refused by the core; shown in that person's row.
    editor.people.add_button.click()
    row = editor.people.rows[0]
    row.perpetrator_type.setEnabled(True)
    row.perpetrator_type.setCurrentIndex(row.perpetrator_type.findData("police"))
    assert send(editor) is False
    assert row.boxes["perpetrator_type"].error.isVisibleTo(editor), editor.last_errors
    row.perpetrator_type.setCurrentIndex(0)
    assert save(editor) is True
    assert not row.boxes["perpetrator_type"].error.isVisibleTo(editor)
    assert unlocked.session.profile.observations.get(editor.observation_id).status == "draft"


def test_create_with_people_and_two_attachments(
    qtbot: Any, unlocked: Any, dialogs: Any, photo: Path, statement: Path, tmp_path: Path
) -> None:
    window = unlocked
    editor = new_editor(window)
    fill_minimum(editor)
    editor.velayat.setCurrentIndex(editor.velayat.findData("dasoguz"))
    etrap = editor.etrap.findData("dasoguz-gorogly")
    assert etrap > 0, "etraps follow the chosen velayat"
    editor.etrap.setCurrentIndex(etrap)
    editor.settlement.setText("Gorogly bazaar")
    editor.description.setPlainText("Two men in plain clothes took him away.")
    editor.confidentiality_buttons["highly_sensitive"].setChecked(True)
    editor.rights.search.setText("torture")
    editor.rights.apply_filter()
    visible = editor.rights.visible_codes()
    assert "iccpr:art7" in visible
    editor.rights.set_checked("iccpr:art7", True)
    editor.act_types.set_checked(editor.act_types.visible_codes()[0], True)

    editor.people.add_button.click()
    editor.people.add_button.click()
    victim, witness = editor.people.rows
    assert victim.anonymous.isChecked(), "keep anonymous is on by default"
    victim.name.setText("A. B.")
    victim.sex.setCurrentIndex(victim.sex.findData("male"))
    victim.age_group.setCurrentIndex(victim.age_group.findData("age_26_40"))
    witness.role.setCurrentIndex(witness.role.findData("witness"))
    assert not witness.perpetrator_type.isEnabled()

    editor.consent_obtained.setChecked(True)
    editor.share_coordinators.setChecked(True)
    editor.source_type.setCurrentIndex(editor.source_type.findData("witness_testimony"))

    # Two files before the first save: they wait, then are encrypted after it.
    dialogs.open_files.append([str(photo), str(statement)])
    editor.attachments.add_button.click()
    assert editor.attachments.pending() == [str(photo), str(statement)]

    assert save(editor) is True
    qtbot.waitUntil(lambda: len(editor.attachments.attachment_ids()) == 2, timeout=20000)
    qtbot.waitUntil(lambda: not editor.attachments.is_busy(), timeout=20000)

    profile = window.session.profile
    stored = profile.observations.get(editor.observation_id)
    assert stored.title == "Detained at the bazaar"
    assert stored.date.start == "2025-03-14"
    assert stored.place.velayat == "dasoguz"
    assert stored.place.etrap == "dasoguz-gorogly"
    assert stored.confidentiality == "highly_sensitive"
    assert stored.rights == ["iccpr:art7"]
    assert len(stored.act_types) == 1
    assert [p.role for p in stored.people] == ["victim", "witness"]
    assert stored.people[0].name == "A. B." and stored.people[0].keep_anonymous
    assert stored.people[0].age_group == "age_26_40"
    assert stored.consent.obtained and stored.consent.share_coordinators
    refs = profile.attachments.list(editor.observation_id)
    assert sorted(r.filename for r in refs) == ["bruises.png", "statement.txt"]
    png = next(r for r in refs if r.filename == "bruises.png")
    assert png.has_thumbnail and profile.attachments.thumbnail(png.id)
    # Nothing plain in blobs/.
    for blob in window.session.paths.blobs_dir.iterdir():
        assert b"Signed statement" not in blob.read_bytes()
    # The list shows it.
    qtbot.waitUntil(lambda: window.workspace.model.rowCount() == 1)

    # Save a decrypted copy where the user says.
    text_row = next(
        i
        for i in range(editor.attachments.list.count())
        if editor.attachments.list.item(i).text().startswith("statement.txt")
    )
    editor.attachments.list.setCurrentRow(text_row)
    out = tmp_path / "out" / "copy.txt"
    out.parent.mkdir()
    dialogs.save_files.append(str(out))
    editor.attachments.save_button.click()
    qtbot.waitUntil(out.exists, timeout=10000)
    qtbot.waitUntil(lambda: not editor.attachments.is_busy())
    assert out.read_bytes() == statement.read_bytes()

    # Reopen from the list: the form shows what was stored.
    editor.discard_and_close()
    assert not window.editors
    qtbot.waitUntil(lambda: window.workspace.model.row_at(0) is not None)
    window.workspace.table.selectRow(0)
    with qtbot.waitSignal(window.editor_opened, timeout=10000) as opened:
        window.open_action.trigger()  # the record is read in a worker
    again = opened.args[0]
    assert again.title.text() == "Detained at the bazaar"
    assert len(again.people.rows) == 2
    assert again.etrap.currentData() == "dasoguz-gorogly"
    assert len(again.attachments.attachment_ids()) == 2


def test_autosave_keeps_a_draft_whatever_is_missing(
    qtbot: Any, unlocked: Any, monkeypatch: Any
) -> None:
    monkeypatch.setattr(observation_editor, "AUTOSAVE_MS", 50)
    editor = new_editor(unlocked)
    profile = unlocked.session.profile
    editor.description.setPlainText("Only a description so far.")
    assert editor.dirty
    # no title, no date: kept all the same, and the footer says what sending will need
    qtbot.waitUntil(lambda: editor.autosave_count == 1, timeout=3000)
    assert profile.observations.get(editor.observation_id).description == (
        "Only a description so far."
    )
    assert not editor.dirty
    state = editor.save_state.text()
    assert "saved automatically" in state and "Title" in state and "Date" in state
    # No red marks while typing: autosave only explains.
    assert not editor.fields["title"].error.isVisibleTo(editor)

    fill_minimum(editor)
    qtbot.waitUntil(lambda: editor.autosave_count == 2, timeout=3000)
    assert profile.observations.get(editor.observation_id).title == "Detained at the bazaar"
    assert "still needed" not in editor.save_state.text()


def test_ready_to_send_and_history(qtbot: Any, unlocked: Any) -> None:
    editor = new_editor(unlocked)
    profile = unlocked.session.profile
    fill_minimum(editor)
    assert save(editor)
    editor.title.setText("Detained at the bazaar, released next day")
    editor.title.textEdited.emit(editor.title.text())
    editor.consent_obtained.setChecked(True)
    assert send(editor)
    assert not [q for q in unlocked.dialogs.asked if q[0] == "confirm"]
    stored = profile.observations.get(editor.observation_id)
    assert stored.status == Status.QUEUED.value
    assert stored.title.endswith("next day")
    assert editor.send_button.text().replace("&", "") == "Back to drafts"
    qtbot.waitUntil(lambda: "1 waiting to send" in unlocked.sync_label.text())

    history = HistoryDialog(unlocked.session, editor.observation_id, editor)
    qtbot.addWidget(history)
    revs = [info.rev for info in history.history]
    assert revs == [1, 2, 3]
    history.show_revision(1)
    html = history.view.toHtml()
    assert "Detained at the bazaar" in html and "next day" not in html
    assert history.view.isReadOnly()
    history.show_revision(3)
    assert "next day" in history.view.toHtml()


def _drop(widget: Any, paths: list[Path]) -> tuple[bool, bool]:
    """Drag local files over ``widget`` and drop them, as a file manager would; whether the
    drag was accepted, and the drop."""
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = widget.rect().center()
    enter = QDragEnterEvent(
        centre,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(
        QPointF(centre),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_files_dropped_on_the_attachments_are_encrypted_in(
    qtbot: Any, unlocked: Any, photo: Path, statement: Path
) -> None:
    editor = new_editor(unlocked)
    fill_minimum(editor)
    assert save(editor) is True
    box = editor.attachments
    assert _drop(box, [photo, statement]) == (True, True)
    qtbot.waitUntil(lambda: len(box.attachment_ids()) == 2, timeout=20000)
    qtbot.waitUntil(lambda: not box.is_busy(), timeout=20000)
    refs = unlocked.session.profile.attachments.list(editor.observation_id)
    assert sorted(r.filename for r in refs) == ["bruises.png", "statement.txt"]
    # A drag of something that is not a local file is refused, and nothing is added.
    from PySide6.QtCore import QMimeData, QPoint, Qt
    from PySide6.QtGui import QDragEnterEvent
    from PySide6.QtWidgets import QApplication

    text = QMimeData()
    text.setText("not a file")
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        text,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(box, enter)
    assert not enter.isAccepted()
    # A record that cannot be edited (sent and read-only) takes no drops either.
    box.set_observation(editor.observation_id, stored=True, read_only=True)
    qtbot.waitUntil(lambda: not box.is_busy(), timeout=20000)
    assert _drop(box, [photo])[0] is False
    assert len(box.attachment_ids()) == 2
