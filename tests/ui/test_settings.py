"""The Settings dialog, opened the way a user opens it (Edit menu, Ctrl+,): the auto-lock
delay, changing the passphrase, where the data lives; and the About box."""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.ui.about_dialog import AboutDialog
from desktop.ui.settings_dialog import SettingsDialog
from protocol.version import __version__
from tests.ui.conftest import PASSPHRASE, unlock
from tests.ui.helpers import activate, in_modal, saved_observation

NEW_PASSPHRASE = "purple elephants dance at dawn"
ROOT = Path(__file__).resolve().parents[2]


def open_settings_by_shortcut(qtbot: Any, window: Any) -> Callable[[], None]:
    def press() -> None:
        activate(qtbot, window)
        qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)

    return press


def type_into(qtbot: Any, edit: Any, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def change_passphrase_in(qtbot: Any, dialog: SettingsDialog, old: str, new: str) -> None:
    type_into(qtbot, dialog.old_pass, old)
    type_into(qtbot, dialog.new_pass, new)
    type_into(qtbot, dialog.repeat_pass, new)
    assert dialog.change_button.isEnabled()
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)


def lock_and_try(qtbot: Any, window: Any, passphrase: str) -> None:
    """On the unlock page: a passphrase that must be refused."""
    page = window.unlock_page
    before = page.failures
    page.passphrase.setText(passphrase)
    page.button.click()
    qtbot.waitUntil(lambda: page.failures == before + 1, timeout=20000)
    assert window.session.profile is None
    assert "did not open" in page.message.text()


def test_settings_is_in_the_edit_menu_with_its_shortcut(qtbot: Any, unlocked: Any) -> None:
    window = unlocked
    assert window.settings_action in window.edit_menu.actions()
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    dialog = in_modal(qtbot, window.settings_action.trigger, SettingsDialog, lambda d: None)
    assert dialog.parent() is window
    dialog = in_modal(
        qtbot, open_settings_by_shortcut(qtbot, window), SettingsDialog, lambda d: None
    )
    assert dialog.windowTitle() == "Settings"


def test_autolock_delay_is_saved_and_used_by_the_idle_lock(qtbot: Any, unlocked: Any) -> None:
    window = unlocked
    profile = window.session.profile
    assert window.idle.timer.interval() == 10 * 60_000  # the default

    def set_three_minutes(dialog: SettingsDialog) -> None:
        assert dialog.autolock.value() == 10
        dialog.autolock.setFocus()
        dialog.autolock.selectAll()
        qtbot.keyClicks(dialog.autolock, "3")
        assert dialog.autolock.value() == 3
        # Saved in the profile (in a worker) and applied, while the dialog is still open.
        qtbot.waitUntil(lambda: profile.settings.get("autolock_minutes") == 3)
        qtbot.waitUntil(lambda: window.idle.timer.interval() == 3 * 60_000)
        # One more minute with the arrow key.
        qtbot.keyClick(dialog.autolock, Qt.Key.Key_Up)
        qtbot.waitUntil(lambda: profile.settings.get("autolock_minutes") == 4)
        qtbot.waitUntil(lambda: window.idle.timer.interval() == 4 * 60_000)

    in_modal(qtbot, open_settings_by_shortcut(qtbot, window), SettingsDialog, set_three_minutes)

    # The running idle timer counts down from the new delay.
    assert window.idle.timer.isActive()
    qtbot.keyClick(window.workspace.search, Qt.Key.Key_Shift)  # activity restarts it
    remaining = window.idle.timer.remainingTime()
    # (a coarse timer may report up to 5 % more than its interval)
    assert 3.5 * 60_000 < remaining <= 4.2 * 60_000

    # Kept in the encrypted profile: after a lock and unlock the idle lock still uses it.
    window.lock_action.trigger()
    assert window.session.profile is None
    assert not window.idle.timer.isActive()
    unlock(qtbot, window)
    assert window.session.profile.settings.get("autolock_minutes") == 4
    assert window.idle.timer.interval() == 4 * 60_000
    assert window.idle.timer.isActive()

    def shows_four(dialog: SettingsDialog) -> None:
        assert dialog.autolock.value() == 4
        assert dialog.autolock.suffix().strip() == "min"

    in_modal(qtbot, window.settings_action.trigger, SettingsDialog, shows_four)


def test_change_passphrase_then_only_the_new_one_unlocks(
    qtbot: Any, unlocked: Any, dialogs: Any
) -> None:
    window = unlocked
    observation_id = saved_observation(window, "Searched at the checkpoint")

    def change(dialog: SettingsDialog) -> None:
        assert not dialog.change_button.isEnabled()
        change_passphrase_in(qtbot, dialog, PASSPHRASE, NEW_PASSPHRASE)
        qtbot.waitUntil(dialog.change_done.isVisible, timeout=20000)
        assert "changed" in dialog.change_done.text()
        assert not dialog.change_message.isVisible()
        assert dialog.old_pass.text() == dialog.new_pass.text() == dialog.repeat_pass.text() == ""

    in_modal(qtbot, window.settings_action.trigger, SettingsDialog, change)
    assert window.session.profile is not None  # still open after the change
    assert dialogs.asked == []  # all in the dialog's own fields, no extra questions

    window.lock_action.trigger()
    assert window.session.profile is None
    lock_and_try(qtbot, window, PASSPHRASE)
    unlock(qtbot, window, NEW_PASSPHRASE)
    # Nothing lost in the rekey.
    stored = window.session.profile.observations.get(observation_id)
    assert stored.title == "Searched at the checkpoint"


def test_new_passphrase_must_be_long_enough_and_repeated(qtbot: Any, unlocked: Any) -> None:
    def check(dialog: SettingsDialog) -> None:
        type_into(qtbot, dialog.old_pass, PASSPHRASE)
        type_into(qtbot, dialog.new_pass, "short")
        assert not dialog.change_button.isEnabled()
        assert dialog.change_message.isVisible()
        assert "at least 8" in dialog.change_message.text()
        type_into(qtbot, dialog.new_pass, NEW_PASSPHRASE)
        type_into(qtbot, dialog.repeat_pass, NEW_PASSPHRASE + "!")
        assert not dialog.change_button.isEnabled()
        assert "not the same" in dialog.change_message.text()
        type_into(qtbot, dialog.repeat_pass, NEW_PASSPHRASE)
        assert dialog.change_button.isEnabled()
        assert not dialog.change_message.isVisible()

    in_modal(qtbot, unlocked.settings_action.trigger, SettingsDialog, check)


def test_wrong_current_passphrase_changes_nothing(
    qtbot: Any, unlocked: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="desktop.ui.settings_dialog")
    window = unlocked
    header = window.session.paths.profile_header
    before = header.read_bytes()

    def wrong(dialog: SettingsDialog) -> None:
        change_passphrase_in(qtbot, dialog, "not my passphrase at all", NEW_PASSPHRASE)
        # The attempt finished: the button is usable again, and nothing claims success.
        qtbot.waitUntil(dialog.change_button.isEnabled, timeout=20000)
        assert not dialog.change_done.isVisible()

    in_modal(qtbot, window.settings_action.trigger, SettingsDialog, wrong)
    assert header.read_bytes() == before
    logged = [r.getMessage() for r in caplog.records if r.name == "desktop.ui.settings_dialog"]
    assert logged == ["passphrase change refused: wrong_passphrase"]

    window.lock_action.trigger()
    lock_and_try(qtbot, window, NEW_PASSPHRASE)
    unlock(qtbot, window, PASSPHRASE)


def test_wrong_current_passphrase_says_so(qtbot: Any, unlocked: Any) -> None:
    def wrong(dialog: SettingsDialog) -> None:
        change_passphrase_in(qtbot, dialog, "not my passphrase at all", NEW_PASSPHRASE)
        qtbot.waitUntil(dialog.change_button.isEnabled, timeout=20000)
        assert dialog.change_message.isVisible()
        assert dialog.change_message.text() == "The passphrase is not correct."

    in_modal(qtbot, unlocked.settings_action.trigger, SettingsDialog, wrong)


def test_settings_show_where_the_data_is(qtbot: Any, unlocked: Any, paths: Any) -> None:
    def check(dialog: SettingsDialog) -> None:
        assert dialog.location.isVisible()
        assert dialog.location.title() == "Where your data is"
        assert dialog.data_dir.isVisible()
        assert dialog.data_dir.text() == str(paths.data_dir)
        assert Path(dialog.data_dir.text()) == paths.profile_db.parent
        assert dialog.data_dir_label.text() == "Profile folder:"
        assert dialog.log_dir.text() == str(paths.log_dir)
        # Selectable, so it can be copied into a file manager.
        flags = dialog.data_dir.textInteractionFlags()
        assert flags & Qt.TextInteractionFlag.TextSelectableByMouse

    in_modal(qtbot, unlocked.settings_action.trigger, SettingsDialog, check)


def check_about(dialog: AboutDialog) -> None:
    assert dialog.windowTitle() == "About Fieldbook"
    assert dialog.version.isVisible()
    assert dialog.version.text() == f"Version {__version__}"
    credits = dialog.credits.toPlainText()
    assert "adapted from the HURIDOCS Micro-thesauri" in credits
    assert "HURIDOCS" in credits and "OpenEvSys" in credits
    assert "OHCHR" in credits
    assert "OpenStreetMap contributors" in credits and "ODbL" in credits
    assert "geoBoundaries" in credits
    assert "Affero General Public License" in dialog.blurb.text()
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    assert box.button(QDialogButtonBox.StandardButton.Close).text() == "Close"


def test_about_box_from_the_help_menu(qtbot: Any, unlocked: Any) -> None:
    window = unlocked
    assert window.about_action in window.help_menu.actions()
    in_modal(qtbot, window.about_action.trigger, AboutDialog, check_about)


def test_about_box_from_settings(qtbot: Any, unlocked: Any) -> None:
    def open_about(settings: SettingsDialog) -> None:
        in_modal(qtbot, settings.about_button.click, AboutDialog, check_about)
        assert settings.isVisible()  # closing the About box goes back to the settings

    in_modal(qtbot, unlocked.settings_action.trigger, SettingsDialog, open_about)


def test_version_has_one_source() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    dynamic = project["tool"]["setuptools"]["dynamic"]["version"]
    assert dynamic == {"attr": "protocol.version.__version__"}
    import desktop.ui.about_dialog as about

    assert about.__version__ is __version__
