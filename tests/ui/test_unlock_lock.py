"""Unlock (right and wrong passphrase, growing delay), quick lock and auto-lock."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog

from desktop.ui.hub import hub
from desktop.ui.unlock import UnlockPage
from tests.ui.conftest import PASSPHRASE, unlock
from tests.ui.helpers import save


def test_unlock_wrong_then_right(qtbot: Any, profile_on_disk: Any, main_window: Any) -> None:
    window = main_window
    page = window.unlock_page
    assert window.first_run is None
    assert window.stack.currentWidget() is page
    assert not window.menuBar().isVisible()
    assert not window.new_action.isEnabled()

    page.passphrase.setText("not the passphrase")
    page.button.click()
    qtbot.waitUntil(lambda: page.failures == 1, timeout=20000)
    assert window.session.profile is None
    assert "did not open" in page.message.text()
    # Calm retry: the wrong text stays selected so typing replaces it.
    assert page.passphrase.selectedText() == "not the passphrase"
    assert page.button.isEnabled()
    unlock(qtbot, window)
    assert page.failures == 0
    assert page.passphrase.text() == ""
    assert window.session.profile is not None
    assert window.menuBar().isVisible()


def test_delay_grows_after_several_failures(
    qtbot: Any, profile_on_disk: Any, main_window: Any, monkeypatch: Any
) -> None:
    assert UnlockPage.delay_for(1) == 0 and UnlockPage.delay_for(2) == 0
    assert 0 < UnlockPage.delay_for(3) < UnlockPage.delay_for(4) < UnlockPage.delay_for(5)
    assert UnlockPage.delay_for(50) == UnlockPage.MAX_DELAY
    page = main_window.unlock_page
    for i in range(3):
        page.passphrase.setText(f"wrong {i}")
        page.try_unlock()
        qtbot.waitUntil(lambda n=i: page.failures == n + 1, timeout=20000)
    # Third failure: a wait before the next try, shown to the user.
    assert page._wait_left > 0
    page.passphrase.setText(PASSPHRASE)
    assert not page.button.isEnabled()
    page.try_unlock()
    assert main_window.session.profile is None
    assert "try again in" in page.message.text()
    page._wait_left = 1
    page._tick()
    assert page.button.isEnabled()
    unlock(qtbot, main_window)


def test_quick_lock_hides_everything_and_keeps_unsaved_edits(qtbot: Any, unlocked: Any) -> None:
    window = unlocked
    window.new_action.trigger()
    editor = next(iter(window.editors.values()))
    editor.title.setText("Unsaved testimony")
    editor.title.textEdited.emit(editor.title.text())
    editor.date_start.setDate(QDate(2025, 1, 2))
    assert editor.isVisible()
    window.activateWindow()

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.unlock_page
    assert window.session.profile is None
    assert not editor.isVisible()
    assert not window.menuBar().isVisible()
    assert not window.toolbar.isVisible()
    assert window.workspace.model.rowCount() == 0
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [window]
    # Nothing was written: the unsaved draft is only in memory.
    assert editor.dirty

    unlock(qtbot, window)
    assert editor.isVisible()
    assert editor.title.text() == "Unsaved testimony"
    assert editor.dirty
    assert save(editor)
    assert window.session.profile.observations.get(editor.observation_id).title == (
        "Unsaved testimony"
    )


def test_lock_closes_open_dialogs(qtbot: Any, unlocked: Any) -> None:
    window = unlocked
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.show()
    assert dialog.isVisible()
    window.lock_action.trigger()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_auto_lock_after_inactivity(qtbot: Any, unlocked: Any) -> None:
    window = unlocked
    profile = window.session.profile
    profile.settings.set("autolock_minutes", 0.005)  # 300 ms
    hub().settings_changed.emit("autolock_minutes")
    assert window.idle.timer.interval() == 300
    # Activity keeps it open …
    for _ in range(4):
        qtbot.wait(120)
        qtbot.mouseMove(window.workspace.table, pos=window.workspace.table.rect().center())
        qtbot.keyClick(window.workspace.search, Qt.Key.Key_Shift)
        assert window.session.profile is not None
    # … idleness locks it.
    with qtbot.waitSignal(hub().locked, timeout=3000):
        pass
    assert window.stack.currentWidget() is window.unlock_page
    assert window.session.profile is None
