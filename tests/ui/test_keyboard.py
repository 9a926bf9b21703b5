"""Keyboard use and names for assistive technology: every menu command reachable from the
keyboard, shortcuts shown and unambiguous, quick lock by a real key event, and a name on
every control (found by walking the widgets, so a control added later without a name fails).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QStyleOptionMenuItem,
    QTextEdit,
    QWidget,
)

from desktop.ui.history_dialog import HistoryDialog
from desktop.ui.hub import hub
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.taxonomy_picker import TaxonomyPickerDialog
from tests.ui.conftest import unlock
from tests.ui.helpers import activate, fill, in_modal, new_editor, save

LANGUAGES = ["en", "ru", "tk"]


def menus_of(window: Any) -> list[QMenu]:
    return [a.menu() for a in window.menuBar().actions() if a.menu() is not None]


def walk_menu(menu: QMenu) -> Iterator[tuple[QMenu, QAction]]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            yield from walk_menu(action.menu())
        else:
            yield menu, action


def mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


# -- menus and shortcuts ---------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_menu_command_is_keyboard_reachable(qtbot: Any, unlocked: Any, language: str) -> None:
    window = unlocked
    window.set_language(language)
    menus = menus_of(window)
    assert len(menus) >= 4
    titles = [mnemonic(m.title()) for m in menus]
    assert all(titles), f"a menu without a mnemonic: {[m.title() for m in menus]}"
    assert len(set(titles)) == len(titles), f"menus share a mnemonic: {titles}"

    in_menus: set[int] = set()
    for menu in menus:
        keys: dict[str, str] = {}
        for _owner, action in walk_menu(menu):
            in_menus.add(id(action))
            text = action.text()
            assert text.replace("&", "").strip(), f"an action without text in {menu.title()}"
            key = mnemonic(text)
            assert key or not action.shortcut().isEmpty(), (
                f"{text!r} in {menu.title()!r} has neither a shortcut nor a mnemonic"
            )
            if key:
                assert key not in keys, f"{text!r} and {keys[key]!r} share {key} in {menu.title()}"
                keys[key] = text
    # Every command the window offers is in a menu (a toolbar button alone is not reachable).
    commands = [a for a in window.actions() if not a.isSeparator() and a.menu() is None]
    assert commands
    missing = [a.text() for a in commands if id(a) not in in_menus]
    assert missing == []


def test_shortcuts_are_shown_in_the_menus(qtbot: Any, unlocked: Any) -> None:
    window = unlocked
    shown = 0
    for menu in menus_of(window):
        for owner, action in walk_menu(menu):
            if action.shortcut().isEmpty():
                continue
            option = QStyleOptionMenuItem()
            owner.initStyleOption(option, action)
            native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            assert option.text.endswith("\t" + native), (action.text(), option.text)
            shown += 1
    assert shown >= 8
    # Toolbar tooltips that name a shortcut name the real one.
    for action in window.toolbar.actions():
        tip = action.toolTip()
        if "(" in tip and not action.shortcut().isEmpty():
            named = tip[tip.rindex("(") + 1 : tip.rindex(")")]
            assert QKeySequence(named).matches(action.shortcut()) == (
                QKeySequence.SequenceMatch.ExactMatch
            ), (tip, action.shortcut().toString())


def shortcut_owners(root: QWidget) -> dict[str, list[str]]:
    """Every key sequence bound in ``root``'s window by an action or a QShortcut."""
    owners: dict[str, list[str]] = {}
    for action in root.findChildren(QAction):
        if action.menu() is not None or action.isSeparator():
            continue
        for sequence in action.shortcuts():
            owners.setdefault(sequence.toString(), []).append(action.text())
    for shortcut in root.findChildren(QShortcut):
        bound = shortcut.keys()  # a list of QKeySequence, not a dict
        for sequence in bound:
            owners.setdefault(sequence.toString(), []).append(f"QShortcut {shortcut.objectName()}")
    return owners


def test_no_two_actions_share_a_shortcut(qtbot: Any, unlocked: Any) -> None:
    window = unlocked
    owners = shortcut_owners(window)
    assert "Ctrl+L" in owners and "Ctrl+N" in owners
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}
    editor = new_editor(window)
    owners = shortcut_owners(editor)
    assert "Ctrl+S" in owners and "Ctrl+L" in owners
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def mnemonic_owners(root: QWidget) -> dict[str, list[str]]:
    """Alt+letter bindings made by button texts and by labels with a buddy."""
    owners: dict[str, list[str]] = {}
    for button in root.findChildren(QAbstractButton):
        key = mnemonic(button.text())
        if key:
            owners.setdefault(key, []).append(button.text())
    for label in root.findChildren(QLabel):
        key = mnemonic(label.text())
        if key and label.buddy() is not None:
            owners.setdefault(key, []).append(label.text())
    if isinstance(root, QMainWindow):  # the menu bar's titles take Alt+letter too
        for action in root.menuBar().actions():
            key = mnemonic(action.text())
            if key:
                owners.setdefault(key, []).append(action.text())
    return owners


@pytest.mark.parametrize("language", LANGUAGES)
def test_editor_mnemonics_are_unambiguous(qtbot: Any, unlocked: Any, language: str) -> None:
    unlocked.set_language(language)
    editor = new_editor(unlocked)
    editor.people.add_button.click()
    editor.follow_up.add_button.click()
    owners = mnemonic_owners(editor)
    assert len(owners) > 10
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


# -- quick lock by key -----------------------------------------------------------------


def test_ctrl_l_locks_from_the_list_and_from_an_editor(qtbot: Any, unlocked: Any) -> None:
    window = unlocked
    # A key sequence sent to the window…
    activate(qtbot, window)
    with qtbot.waitSignal(hub().locked, timeout=2000):
        qtbot.keySequence(window, QKeySequence("Ctrl+L"))
    assert window.session.profile is None
    assert window.stack.currentWidget() is window.unlock_page
    unlock(qtbot, window)

    # … a key click while typing in the search box …
    activate(qtbot, window)
    window.workspace.search.setFocus()
    qtbot.keyClicks(window.workspace.search, "bazaar")
    with qtbot.waitSignal(hub().locked, timeout=2000):
        qtbot.keyClick(window.workspace.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session.profile is None
    assert window.workspace.search.text() == "bazaar"  # not typed into the field
    unlock(qtbot, window)

    # … and in an observation editor, its own window.
    editor = new_editor(window)
    activate(qtbot, editor)
    editor.title.setFocus()
    with qtbot.waitSignal(hub().locked, timeout=2000):
        qtbot.keyClick(editor.title, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session.profile is None
    assert not editor.isVisible()
    assert window.stack.currentWidget() is window.unlock_page


def test_ctrl_l_does_nothing_while_locked(qtbot: Any, unlocked: Any) -> None:
    window = unlocked
    window.lock_action.trigger()
    activate(qtbot, window)
    page = window.unlock_page
    page.passphrase.setFocus()
    qtbot.keyClick(page.passphrase, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is page
    assert not window.lock_action.isEnabled()
    unlock(qtbot, window)


@pytest.mark.parametrize("where", ["settings", "history"])
def test_ctrl_l_locks_while_a_dialog_is_open(qtbot: Any, unlocked: Any, where: str) -> None:
    window = unlocked
    if where == "settings":
        kind: type[QDialog] = SettingsDialog
        opener: Callable[[], object] = window.settings_action.trigger
    else:
        editor = new_editor(window)
        fill(editor, "Beaten at the checkpoint")
        assert save(editor)
        kind, opener = HistoryDialog, editor.history_action.trigger

    def press(dialog: QDialog) -> None:
        activate(qtbot, dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(50)

    in_modal(qtbot, opener, kind, press)
    assert window.session.profile is None


# -- names for assistive technology ----------------------------------------------------

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
)
# Parts of a composite control that carry the composite's name (a spin box's line edit, a
# combo box's list, a table's header and corner button, a line edit's clear button, Qt's
# own toolbar/menu extension buttons and scroll bars).
PART_OF = (QAbstractSpinBox, QComboBox, QLineEdit, QAbstractItemView)


def is_control(widget: QWidget) -> bool:
    if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView):
        return False
    if widget.objectName().startswith("qt_"):
        return False
    if isinstance(widget, QAbstractSlider) and widget.objectName() == "":
        parent = widget.parentWidget()
        # scroll bars of scroll areas and item views
        if parent is not None and parent.objectName().startswith("qt_scrollarea"):
            return False
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, PART_OF):
            return False
        parent = parent.parentWidget()
    return True


def name_of(widget: QWidget, buddies: dict[int, str]) -> str:
    name = widget.accessibleName().strip()
    if name:
        return name
    if id(widget) in buddies:
        return buddies[id(widget)]
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip()
    return ""


def unnamed_controls(root: QWidget) -> tuple[int, list[str]]:
    labels = [root] if isinstance(root, QLabel) else []
    labels += root.findChildren(QLabel)
    buddies = {
        id(label.buddy()): label.text().replace("&", "").strip()
        for label in labels
        if label.buddy() is not None and label.text().replace("&", "").strip()
    }
    controls = [w for w in root.findChildren(QWidget) if is_control(w)]
    missing = [
        f"{type(w).__name__} {w.objectName() or ''} in {type(w.parentWidget()).__name__}"
        f" (tooltip {w.toolTip()!r}, text {getattr(w, 'text', lambda: '')()!r})"
        for w in controls
        if not name_of(w, buddies)
    ]
    return len(controls), missing


def build(target: str, window: Any, qtbot: Any) -> QWidget:
    if target == "main window":
        return window
    if target == "filter bar":
        return window.workspace.filters
    if target == "editor":
        editor = new_editor(window)
        # Rows appear when added: walk them too.
        editor.people.add_button.click()
        editor.follow_up.add_button.click()
        return editor
    if target == "settings":
        dialog = SettingsDialog(window.session, window, window.dialogs)
        qtbot.addWidget(dialog)
        return dialog
    dialog = TaxonomyPickerDialog("act_types", [], window)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize(
    "target", ["main window", "filter bar", "editor", "settings", "taxonomy dialog"]
)
def test_every_control_has_an_accessible_name(qtbot: Any, unlocked: Any, target: str) -> None:
    root = build(target, unlocked, qtbot)
    count, missing = unnamed_controls(root)
    assert count >= 5, "the walk found the controls"
    assert missing == []


def test_the_walk_catches_a_new_unnamed_control(qtbot: Any, unlocked: Any) -> None:
    filters = unlocked.workspace.filters
    before, missing = unnamed_controls(filters)
    assert missing == []
    extra = QComboBox(filters)
    extra.addItem("Any")
    count, missing = unnamed_controls(filters)
    assert count == before + 1
    assert len(missing) == 1 and missing[0].startswith("QComboBox")
    caption = QLabel("&Extra:", filters)
    caption.setBuddy(extra)
    assert unnamed_controls(filters)[1] == []
    extra.deleteLater()
    caption.deleteLater()
