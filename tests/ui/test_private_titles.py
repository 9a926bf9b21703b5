"""Issue 13 finding 8: nothing recorded or identifying in window titles (task switchers,
screenshots, screen-sharing), and the connect dialog says the server sees the device name."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from tests.ui.helpers import fill, new_editor, open_editor, save, saved_observation

SECRET = "Aýna Myradowa detained at Lebap bazaar"


def _titles() -> list[str]:
    return [w.windowTitle() for w in QApplication.topLevelWidgets() if w.windowTitle()]


def test_no_record_title_or_organisation_in_any_window_title(qtbot: Any, unlocked: Any) -> None:
    window = unlocked
    editor = new_editor(window)
    fill(editor, SECRET)
    assert save(editor)  # stored in a worker: waited for
    for title in _titles():
        assert "Aýna" not in title and "Lebap" not in title, title
        assert "Test NGO" not in title, title
    editor.discard_and_close()
    observation_id = saved_observation(window, SECRET + " again")
    open_editor(qtbot, window, observation_id)  # read in a worker: waited for
    for title in _titles():
        assert "Aýna" not in title and "Test NGO" not in title, title


def test_the_connect_dialog_says_the_operator_sees_the_name(unlocked: Any) -> None:
    window = unlocked
    dialog = window.open_connect()
    note = dialog.name_note.text()
    assert "operator" in note and "unencrypted" in note
    assert "Daşoguz" not in dialog.device_name.placeholderText()
    dialog.close()
    try:
        for code in ("ru", "tk"):
            window.set_language(code)
            dialog = window.open_connect()
            assert dialog.name_note.text() not in ("", note), code  # translated
            dialog.close()
    finally:
        window.set_language("en")
