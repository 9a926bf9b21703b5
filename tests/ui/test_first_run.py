"""First run: language, passphrase twice, organisation; creates a real encrypted profile."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.core.profile import Profile
from desktop.ui import i18n
from tests.ui.conftest import PASSPHRASE


def test_first_run_creates_profile(qtbot: Any, main_window: Any, paths: Any) -> None:
    window = main_window
    page = window.first_run
    assert page is not None
    assert window.stack.currentWidget() is page
    assert not window.menuBar().isVisible()

    # Step 1: language (English preselected for this test).
    assert page.chosen_language() == "en"
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.step() == 1

    # Step 2: the passphrase must be long enough and typed twice.
    assert not page.next_button.isEnabled()
    qtbot.keyClicks(page.passphrase, "short")
    assert page.strength_bar.value() == 0
    page.passphrase.setText(PASSPHRASE)
    assert page.strength_bar.value() == 3
    page.repeat.setText(PASSPHRASE[:-1] + "X")
    assert not page.next_button.isEnabled()
    assert page.mismatch.isVisibleTo(page)
    page.repeat.setText(PASSPHRASE)
    assert page.next_button.isEnabled()
    assert "cannot" in page.warning.text()
    page.next_button.click()
    assert page.step() == 2

    # Step 3: organisation and velayat, then create.
    page.org_name.setText("Daşoguz Helsinki Group")
    page.velayat.setCurrentIndex(page.velayat.findData("dasoguz"))
    with qtbot.waitSignal(page.created, timeout=20000):
        page.next_button.click()
    assert window.stack.currentWidget() is window.workspace
    assert window.menuBar().isVisible()
    assert window.session.profile is not None
    assert window.first_run is None
    settings = window.session.profile.settings
    assert settings.get("org_name") == "Daşoguz Helsinki Group"
    assert settings.get("velayat") == "dasoguz"
    # the organisation is never in the window title (task switchers, screenshots)
    assert "Daşoguz" not in window.windowTitle()
    assert Profile.exists(paths)
    # The passphrase is not kept in the widgets.
    assert page.passphrase.text() == ""


def test_first_run_language_switch_retranslates(qtbot: Any, main_window: Any) -> None:
    page = main_window.first_run
    english = page.title.text()
    page.lang_buttons["ru"].setChecked(True)
    assert i18n.current_language() == "ru"
    qtbot.waitUntil(lambda: page.title.text() != english)
    assert page.title.text() == "Добро пожаловать в Fieldbook"
    page.lang_buttons["en"].setChecked(True)
    qtbot.waitUntil(lambda: page.title.text() == english)
