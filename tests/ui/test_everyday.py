"""What a field worker tripped over (issue 19): dates typed as written locally, drafts that
are kept whatever is missing or deleted on request, the NGO's velayat pre-filled, a warning
before sending without consent."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from desktop.core.errors import NotFoundError
from desktop.ui import i18n
from desktop.ui.date_field import DateField, parse_date
from tests.ui.helpers import fill, new_editor, save, send, wait_for


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("03.10.2026", QDate(2026, 10, 3)),
        ("3.10.2026", QDate(2026, 10, 3)),
        ("03/10/2026", QDate(2026, 10, 3)),
        ("03-10-2026", QDate(2026, 10, 3)),
        ("03102026", QDate(2026, 10, 3)),
        ("2026-10-03", QDate(2026, 10, 3)),
        ("", QDate()),
        ("31.02.2026", None),
        ("03.10.26", None),
        ("yesterday", None),
    ],
)
def test_dates_read_day_first(text: str, expected: QDate | None) -> None:
    assert parse_date(text) == expected


def test_a_date_typed_in_russian_is_saved(qtbot: Any, unlocked: Any) -> None:
    unlocked.set_language("ru")
    editor = new_editor(unlocked)
    editor.title.setText("Задержание")
    editor.title.textEdited.emit("Задержание")
    field = editor.date_start
    assert field.edit.placeholderText() == "дд.мм.гггг"
    qtbot.keyClicks(field.edit, "03.10.2025")
    # Ctrl+S straight after typing: the date typed is the date saved
    assert editor.save_action.shortcut().toString() == "Ctrl+S"
    assert wait_for(editor.save_finished, editor.save_action.trigger)
    stored = unlocked.session.profile.observations.get(editor.observation_id)
    assert stored.date.start == "2025-10-03"
    assert field.edit.text() == "03.10.2025"
    # Up on an empty or filled field changes nothing (it used to store 02.01.1900)
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.date() == QDate(2025, 10, 3)


def test_english_writes_day_month_year_with_slashes(qtbot: Any) -> None:
    i18n.set_language("en")
    field = DateField()
    qtbot.addWidget(field)
    field.setDate(QDate(2026, 10, 3))
    assert field.edit.text() == "03/10/2026"


def test_implausible_dates_are_refused_with_a_message(qtbot: Any, unlocked: Any) -> None:
    editor = new_editor(unlocked)
    fill(editor, "Old date")
    field = editor.date_start
    for typed in ("02.01.1900", "01.01.2999", "32.13.2020"):
        field.edit.clear()
        qtbot.keyClicks(field.edit, typed)
        field.edit.editingFinished.emit()
        assert field.problem(), typed
        error = editor.fields["date.start"].error
        assert error.isVisibleTo(editor) and error.text() == field.problem()
        assert save(editor) is False  # never stored as something else
    assert "1950" in field.problem() or "31/12/2025" in field.problem()
    field.edit.clear()
    qtbot.keyClicks(field.edit, "02/01/2020")
    field.edit.editingFinished.emit()
    assert field.problem() == "" and not editor.fields["date.start"].error.isVisibleTo(editor)
    assert save(editor)
    stored = unlocked.session.profile.observations.get(editor.observation_id)
    assert stored.date.start == "2020-01-02"


def test_the_calendar_opens_at_today(qtbot: Any) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.menu.aboutToShow.emit()
    assert field.calendar.selectedDate() == QDate.currentDate()
    assert field.calendar.maximumDate() == QDate.currentDate()
    field.calendar.clicked.emit(QDate(2024, 5, 9))
    assert field.date() == QDate(2024, 5, 9)
    field.menu.aboutToShow.emit()
    assert field.calendar.selectedDate() == QDate(2024, 5, 9)


def test_new_records_start_in_the_ngos_velayat(qtbot: Any, unlocked: Any) -> None:
    editor = new_editor(unlocked)
    assert editor.velayat.currentData() == "dasoguz"  # the profile was made in Daşoguz
    assert editor.etrap.isEnabled()
    assert not editor.dirty


def test_sending_without_consent_asks_first(qtbot: Any, unlocked: Any) -> None:
    editor = new_editor(unlocked)
    fill(editor, "No consent yet")
    profile = unlocked.session.profile
    unlocked.dialogs.confirm_answers[:] = [False]
    assert send(editor) is False
    assert unlocked.dialogs.asked[-1][0] == "confirm"
    assert "consent" in unlocked.dialogs.asked[-1][1]
    assert not profile.observations.exists(editor.observation_id) or (
        profile.observations.get(editor.observation_id).status == "draft"
    )
    unlocked.dialogs.confirm_answers[:] = [True]
    assert send(editor) is True
    assert profile.observations.get(editor.observation_id).status == "queued"


def test_delete_a_draft_from_the_editor(qtbot: Any, unlocked: Any) -> None:
    editor = new_editor(unlocked)
    fill(editor, "Draft to forget")
    assert save(editor)
    observation_id = editor.observation_id
    profile = unlocked.session.profile
    assert editor.delete_action.isEnabled()

    unlocked.dialogs.confirm_answers[:] = [False]
    editor.delete_action.trigger()
    assert profile.observations.exists(observation_id) and editor.isVisible()

    unlocked.dialogs.confirm_answers[:] = [True]
    with qtbot.waitSignal(editor.closed, timeout=5000):
        editor.delete_action.trigger()
    with pytest.raises(NotFoundError):
        profile.observations.get(observation_id)
    qtbot.waitUntil(lambda: unlocked.workspace.model.total() == 0, timeout=5000)


def test_delete_a_draft_from_the_list(qtbot: Any, unlocked: Any) -> None:
    from tests.ui.helpers import saved_observation

    observation_id = saved_observation(unlocked, "Listed draft")
    table = unlocked.workspace.table
    qtbot.waitUntil(lambda: unlocked.workspace.model.shown() == 1, timeout=5000)
    table.setCurrentIndex(unlocked.workspace.model.index(0, 0))
    assert unlocked.delete_action.isEnabled()
    unlocked.dialogs.confirm_answers[:] = [True]
    unlocked.delete_action.trigger()
    qtbot.waitUntil(lambda: unlocked.workspace.model.shown() == 0, timeout=5000)
    assert not unlocked.session.profile.observations.exists(observation_id)


# -- small screens (1366 × 768, and the same at 150 %: 910 × 512 logical pixels) ------------

SMALL = (1366, 768)
SCALED = (int(1366 / 1.5), int(768 / 1.5))
TITLE_BAR = 40


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
def test_the_editor_fits_a_small_screen_at_150_percent(
    qtbot: Any, unlocked: Any, language: str
) -> None:
    unlocked.set_language(language)
    editor = new_editor(unlocked)
    editor.people.add_button.click()
    editor.follow_up.add_button.click()
    fill(editor, "x" * 6000)  # a pasted text: must not push the form off the screen
    editor.description.setPlainText("y" * 200)
    qtbot.waitUntil(lambda: editor.isVisible())
    hint = editor.minimumSizeHint()
    assert hint.width() <= SCALED[0], hint
    assert hint.height() <= SCALED[1] - TITLE_BAR, hint
    editor.resize(SCALED[0], SCALED[1] - TITLE_BAR)
    qtbot.waitUntil(lambda: editor.width() <= SCALED[0])
    # the footer is whole: every button inside the window, none squeezed below its hint
    for button in (editor.history_button, editor.save_button, editor.send_button,
                   editor.close_button):  # fmt: skip
        top_left = button.mapTo(editor, button.rect().topLeft())
        assert top_left.x() >= 0 and top_left.x() + button.width() <= editor.width()
        assert top_left.y() + button.height() <= editor.height()
        assert button.width() >= button.minimumSizeHint().width()
    state = editor.save_state
    assert state.mapTo(editor, state.rect().bottomLeft()).y() <= editor.height()


def test_a_too_long_title_says_its_limit(qtbot: Any, unlocked: Any) -> None:
    editor = new_editor(unlocked)
    editor.title.setText("x" * 6000)
    error = editor.fields["title"].error
    assert error.isVisibleTo(editor)
    assert "300" in error.text() and "6,000" in error.text()
    assert len(editor.header_title.text()) < 400  # elided, not 6,000 characters wide
    editor.title.setText("short")
    assert not error.isVisibleTo(editor)
    # sending says the limit too, not only "too long"
    editor.title.setText("x" * 301)
    editor.title.textEdited.emit(editor.title.text())
    unlocked.dialogs.confirm_answers[:] = [True]
    assert send(editor) is False
    assert "at most 300 characters" in error.text()


def test_the_editor_opens_within_the_screen(qtbot: Any, unlocked: Any) -> None:
    editor = new_editor(unlocked)
    free = editor.screen().availableGeometry()
    assert editor.height() <= free.height() - TITLE_BAR + 1
    assert editor.width() <= free.width()


def test_saving_runs_off_the_gui_thread(qtbot: Any, unlocked: Any, monkeypatch: Any) -> None:
    import threading

    profile = unlocked.session.profile
    seen: list[bool] = []
    real = profile.observations.save_draft
    release = threading.Event()

    def slow_save(obs: Any) -> Any:
        seen.append(threading.current_thread() is threading.main_thread())
        release.wait(5)  # the database held elsewhere (a long list query)
        return real(obs)

    monkeypatch.setattr(profile.observations, "save_draft", slow_save)
    editor = new_editor(unlocked)
    fill(editor, "Typed while saving")
    with qtbot.waitSignal(editor.save_finished, timeout=10000) as blocker:
        assert editor.save()
        # the window still answers while the store is busy, and an edit made now is kept
        editor.description.setPlainText("added during the save")
        assert editor.dirty
        release.set()
    assert blocker.args == [True]
    assert seen == [False]
    assert editor.dirty  # the description typed meanwhile is still to save
    assert save(editor)
    assert profile.observations.get(editor.observation_id).description == "added during the save"


def test_the_list_keeps_the_title_readable_on_a_small_screen(qtbot: Any, unlocked: Any) -> None:
    unlocked.set_language("tk")
    unlocked.resize(*SCALED)
    table = unlocked.workspace.table
    qtbot.waitUntil(lambda: table.viewport().width() < SCALED[0])
    title = table.columnWidth(2)
    assert title >= table.viewport().width() // 3 - 2
    total = sum(table.columnWidth(c) for c in range(table.model().columnCount()))
    assert total <= table.viewport().width() + 1  # no sideways scrolling
    unlocked.resize(1366, 728)
    qtbot.waitUntil(lambda: table.columnWidth(1) == 220)


def test_a_stored_record_is_read_off_the_gui_thread(
    qtbot: Any, unlocked: Any, monkeypatch: Any
) -> None:
    import threading

    from tests.ui.helpers import open_editor, saved_observation

    observation_id = saved_observation(unlocked, "Read in a worker")
    profile = unlocked.session.profile
    threads: list[bool] = []
    real = profile.observations.get

    def get(oid: str) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(oid)

    monkeypatch.setattr(profile.observations, "get", get)
    editor = open_editor(qtbot, unlocked, observation_id)
    assert editor.title.text() == "Read in a worker" and editor.stored
    assert threads and not threads[0]
    # asked again while open: the same window, no second read
    assert unlocked.open_observation(observation_id) is editor
