"""Switching the language applies at once, everywhere, and is remembered."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.ui import i18n
from desktop.ui.settings_dialog import SettingsDialog


def test_language_switch_without_restart(qtbot: Any, unlocked: Any, dialogs: Any) -> None:
    window = unlocked
    window.new_action.trigger()
    editor = next(iter(window.editors.values()))
    view = window.workspace
    assert window.file_menu.title() == "&File"

    settings = SettingsDialog(window.session, window, dialogs)
    qtbot.addWidget(settings)
    settings.language_selected.connect(window.set_language)
    settings.language.setCurrentIndex(settings.language.findData("tk"))

    assert i18n.current_language() == "tk"
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Faýl")
    # Main window, list, filters (reference labels from resources/), editor, settings.
    assert window.new_action.text() == "&Täze ýazgy"
    header = view.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Wakanyň senesi"
    assert view.filters.velayat.itemText(0) == "Ähli welaýatlar"
    labels = [view.filters.velayat.itemText(i) for i in range(view.filters.velayat.count())]
    assert "Daşoguz welaýaty" in labels
    assert editor.sections["what"].title() == "Näme boldy"
    assert editor.people.add_button.text() == "&Adam goş"
    assert "welaýat" in editor.velayat.itemText(editor.velayat.findData("dasoguz")).lower()
    assert settings.windowTitle() == "Sazlamalar"
    qtbot.waitUntil(lambda: window.session.profile.settings.get("language") == "tk")
    assert i18n.saved_language(window.session.paths) == "tk"

    settings.language.setCurrentIndex(settings.language.findData("ru"))
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Файл")
    assert editor.sections["when"].title() == "Когда и где"
    assert view.count_label.text() == "Наблюдений: 0"

    settings.language.setCurrentIndex(settings.language.findData("en"))
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    assert editor.sections["what"].title() == "What happened"
    assert view.filters.velayat.itemText(0) == "All velayats"


def test_unlock_page_speaks_the_saved_language(
    qtbot: Any, profile_on_disk: Any, main_window: Any
) -> None:
    page = main_window.unlock_page
    page.language.setCurrentIndex(page.language.findData("ru"))
    qtbot.waitUntil(lambda: page.button.text() == "&Открыть")
    assert i18n.saved_language(profile_on_disk) == "ru"
