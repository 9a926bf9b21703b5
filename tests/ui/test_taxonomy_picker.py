"""The searchable, checkable hierarchy for types of act and rights: in the observation editor
(inline) and in the list's filter bar (a dialog with OK/Cancel). Labels and codes are the
real reference data in resources/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from desktop.ui.taxonomy_picker import CODE_ROLE, TaxonomyPicker, TaxonomyPickerDialog
from tests.ui.helpers import in_modal, new_editor, open_editor, save, saved_observation

RESOURCES = Path(__file__).resolve().parents[2] / "resources"

# HURIDOCS MT4 "Torture", three levels down:
# Violations against personal integrity › Direct violations against personal integrity ›
# Violations with physical, sexual and psychological dimensions › Torture
TORTURE = "020111110000"
TORTURE_PATH = ["020000000000", "020100000000", "020111000000"]
DOWRY_DEATH = "010101050100"
SUMMARY_EXECUTION = "010101010000"
ICCPR_ART7 = "iccpr:art7"


def terms(name: str) -> dict[str, dict[str, Any]]:
    raw = json.loads((RESOURCES / f"{name}.json").read_text("utf-8"))
    return {t["code"]: t for t in raw["terms"]}


def test_the_known_items_are_in_the_reference_data() -> None:
    acts = terms("act_types")
    assert acts[TORTURE]["labels"] == {"en": "Torture", "ru": "Пытки", "tk": "Gynamak"}
    chain, code = [], acts[TORTURE]["parent"]
    while code is not None:
        chain.insert(0, code)
        code = acts[code]["parent"]
    assert chain == TORTURE_PATH
    assert acts[DOWRY_DEATH]["labels"]["en"] == "Dowry death"
    rights = terms("rights")
    assert rights[ICCPR_ART7]["parent"] == "iccpr"
    assert rights[ICCPR_ART7]["notation"] == "ICCPR art. 7"


# -- helpers ---------------------------------------------------------------------------


def find(picker: TaxonomyPicker, code: str) -> QModelIndex:
    """The tree's (proxy) index showing ``code``; invalid when the filter hides it."""

    def walk(parent: QModelIndex) -> QModelIndex:
        model = picker.proxy
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(CODE_ROLE) == code:
                return index
            found = walk(index)
            if found.isValid():
                return found
        return QModelIndex()

    return walk(QModelIndex())


def path_of(index: QModelIndex) -> list[str]:
    """Codes of the rows above ``index`` in the tree, root first."""
    out: list[str] = []
    parent = index.parent()
    while parent.isValid():
        out.insert(0, str(parent.data(CODE_ROLE)))
        parent = parent.parent()
    return out


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying each character, as a keyboard layout sends them (QTest's
    keyClicks only knows Latin-1 and aborts on Cyrillic or Turkmen letters)."""
    for char in text:
        key = ord(char.upper()) if len(char.upper()) == 1 else ord(char)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def search(qtbot: Any, picker: TaxonomyPicker, text: str, expect: str) -> QModelIndex:
    """Type ``text`` in the search box, wait for the debounced filter to show ``expect``."""
    picker.search.setFocus()
    picker.search.clear()
    type_text(picker.search, text)
    assert picker.search.text() == text
    qtbot.waitUntil(lambda: find(picker, expect).isValid() and picker.proxy.codes is not None)
    return find(picker, expect)


def check_with_space(qtbot: Any, picker: TaxonomyPicker, index: QModelIndex) -> None:
    picker.tree.setFocus()
    picker.tree.setCurrentIndex(index)
    qtbot.keyClick(picker.tree, Qt.Key.Key_Space)


def is_checked(index: QModelIndex) -> bool:
    return index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value


# -- search ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    ["torture", "Пытки", "Gynamak", "gynam", "ПЫТК"],
    ids=["english", "russian", "turkmen", "turkmen-prefix", "russian-upper-prefix"],
)
def test_search_in_each_language_finds_the_same_act(qtbot: Any, unlocked: Any, query: str) -> None:
    picker = new_editor(unlocked).act_types
    assert find(picker, SUMMARY_EXECUTION).isValid()  # everything shows before a search
    index = search(qtbot, picker, query, TORTURE)
    # Shown in the interface language, under its broader terms, which are opened.
    assert index.data() == "Torture"
    assert path_of(index) == TORTURE_PATH
    parent = index.parent()
    while parent.isValid():
        assert picker.tree.isExpanded(parent)
        parent = parent.parent()
    assert picker.tree.visualRect(index).isValid()
    # Unrelated terms are filtered out.
    assert not find(picker, SUMMARY_EXECUTION).isValid()
    assert not find(picker, DOWRY_DEATH).isValid()
    # Clearing the search shows everything again.
    picker.search.clear()
    qtbot.waitUntil(lambda: picker.proxy.codes is None)
    assert find(picker, SUMMARY_EXECUTION).isValid()


def test_rights_found_by_treaty_article_and_in_three_languages(qtbot: Any, unlocked: Any) -> None:
    picker = new_editor(unlocked).rights
    for query in ("ICCPR art. 7", "torture", "пыток", "Gynamalardan"):
        index = search(qtbot, picker, query, ICCPR_ART7)
        assert path_of(index) == ["iccpr"]
        assert str(index.data()).startswith("ICCPR art. 7 — Freedom from torture")
    # "Gynamalardan" (Turkmen, "from torture") matches only that article.
    assert picker.visible_codes() == ["iccpr", ICCPR_ART7]


def test_hierarchy_narrower_under_broader(qtbot: Any, unlocked: Any) -> None:
    editor = new_editor(unlocked)
    acts = terms("act_types")
    picker = editor.act_types
    roots = [picker.proxy.index(row, 0).data(CODE_ROLE) for row in range(picker.proxy.rowCount())]
    assert roots == [code for code, t in acts.items() if t["parent"] is None]
    index = find(picker, TORTURE)
    assert path_of(index) == TORTURE_PATH
    assert picker.proxy.rowCount(index) == 0  # a leaf
    broader = index.parent()
    assert broader.data() == "Violations with physical, sexual and psychological dimensions"
    narrower = {
        broader.model().index(r, 0, broader).data()
        for r in range(broader.model().rowCount(broader))
    }
    assert narrower == {"Rape", "Attempted rape", "Sexual assault/molestation", "Torture"}
    # Folded until asked for: the top level is what a user sees first.
    assert not picker.tree.isExpanded(broader)
    rights = editor.rights
    assert [rights.proxy.index(r, 0).data(CODE_ROLE) for r in range(3)] == [
        "iccpr",
        "icescr",
        "cat",
    ]
    assert path_of(find(rights, ICCPR_ART7)) == ["iccpr"]


def test_labels_follow_the_interface_language(qtbot: Any, unlocked: Any) -> None:
    picker = new_editor(unlocked).act_types
    unlocked.set_language("ru")
    qtbot.waitUntil(lambda: find(picker, TORTURE).data() == "Пытки")
    assert find(picker, TORTURE).parent().data() == (
        "Насилие с физическими, сексуальными и психологическими параметрами"
    )
    assert picker.search.placeholderText() != "Search in Turkmen, Russian or English"
    unlocked.set_language("tk")
    qtbot.waitUntil(lambda: find(picker, TORTURE).data() == "Gynamak")
    # Searching in English still finds it while the interface speaks Turkmen.
    index = search(qtbot, picker, "torture", TORTURE)
    assert index.data() == "Gynamak"


# -- choosing --------------------------------------------------------------------------


def test_checked_items_are_saved_with_the_observation(qtbot: Any, unlocked: Any) -> None:
    window = unlocked
    editor = new_editor(window)
    acts = editor.act_types
    assert acts.summary.text() == "Nothing chosen yet."

    check_with_space(qtbot, acts, search(qtbot, acts, "Пытки", TORTURE))
    assert is_checked(find(acts, TORTURE))
    assert acts.codes() == [TORTURE]
    assert editor.dirty
    # A second search: the first choice is kept although it is filtered out.
    check_with_space(qtbot, acts, search(qtbot, acts, "dowry", DOWRY_DEATH))
    assert not find(acts, TORTURE).isValid()
    assert acts.codes() == [TORTURE, DOWRY_DEATH]
    assert acts.summary.text() == "Chosen (2): Torture; Dowry death"
    assert acts.clear_button.isEnabled()
    # Space again unchecks; once more checks.
    index = find(acts, DOWRY_DEATH)
    check_with_space(qtbot, acts, index)
    assert acts.codes() == [TORTURE]
    check_with_space(qtbot, acts, find(acts, DOWRY_DEATH))
    assert acts.codes() == [TORTURE, DOWRY_DEATH]

    rights = editor.rights
    check_with_space(qtbot, rights, search(qtbot, rights, "ICCPR art. 7", ICCPR_ART7))
    assert rights.codes() == [ICCPR_ART7]

    editor.title.setText("Beaten in custody")
    editor.title.textEdited.emit(editor.title.text())
    editor.date_start.setDate(QDate(2025, 4, 1))
    assert save(editor)
    stored = window.session.profile.observations.get(editor.observation_id)
    assert stored.act_types == [TORTURE, DOWRY_DEATH]
    assert stored.rights == [ICCPR_ART7]

    # Reopened: the choices are checked, and their branches open so they can be seen.
    observation_id = editor.observation_id
    editor.discard_and_close()
    again = open_editor(qtbot, window, observation_id)
    assert again is not None and again is not editor
    assert again.act_types.codes() == [TORTURE, DOWRY_DEATH]
    torture = find(again.act_types, TORTURE)
    assert is_checked(torture)
    assert again.act_types.tree.isExpanded(torture.parent())
    assert not is_checked(find(again.act_types, SUMMARY_EXECUTION))
    assert again.rights.summary.text().startswith("Chosen (1): Freedom from torture")

    # Clear empties the choice.
    qtbot.mouseClick(again.act_types.clear_button, Qt.MouseButton.LeftButton)
    assert again.act_types.codes() == []
    assert not is_checked(find(again.act_types, TORTURE))
    assert again.dirty


def test_clear_is_disabled_while_nothing_is_chosen_in_the_editor(qtbot: Any, unlocked: Any) -> None:
    editor = new_editor(unlocked)
    for picker in (editor.act_types, editor.rights):
        assert picker.codes() == []
        assert picker.summary.text() == "Nothing chosen yet."
        assert not picker.clear_button.isEnabled()


def test_filter_dialog_ok_returns_codes_and_cancel_keeps_them(qtbot: Any, unlocked: Any) -> None:
    window = unlocked
    saved_observation(window, "Tortured at the police station", [TORTURE])
    saved_observation(window, "Killed over a dowry", [DOWRY_DEATH])
    view = window.workspace
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10000)
    filters = view.filters
    assert filters.acts_button.text() == "Types of act…"

    def choose_torture(dialog: TaxonomyPickerDialog) -> None:
        assert dialog.windowTitle() == "Choose types of act"
        assert dialog.picker.codes() == []
        check_with_space(qtbot, dialog.picker, search(qtbot, dialog.picker, "Gynamak", TORTURE))
        assert dialog.picker.codes() == [TORTURE]
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        assert ok.text() == "OK"
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    dialog = in_modal(qtbot, filters.acts_button.click, TaxonomyPickerDialog, choose_torture)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert filters.act_types == [TORTURE]
    assert filters.acts_button.text() == "Acts (1)"
    assert view.current_query().act_types == (TORTURE,)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    assert view.model.row_at(0) is not None

    def shown_then_cancelled(dialog: TaxonomyPickerDialog) -> None:
        # The current choice is shown checked, its branch open.
        torture = find(dialog.picker, TORTURE)
        assert is_checked(torture)
        assert dialog.picker.tree.isExpanded(torture.parent())
        check_with_space(qtbot, dialog.picker, torture)
        assert dialog.picker.codes() == []
        cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    dialog = in_modal(qtbot, filters.acts_button.click, TaxonomyPickerDialog, shown_then_cancelled)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert filters.act_types == [TORTURE]
    assert view.model.rowCount() == 1

    def choose_article(dialog: TaxonomyPickerDialog) -> None:
        assert dialog.windowTitle() == "Choose rights"
        check_with_space(qtbot, dialog.picker, search(qtbot, dialog.picker, "пыток", ICCPR_ART7))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    in_modal(qtbot, filters.rights_button.click, TaxonomyPickerDialog, choose_article)
    assert filters.rights == [ICCPR_ART7]
    assert filters.rights_button.text() == "Rights (1)"
    assert view.current_query().rights == (ICCPR_ART7,)


def test_enter_ticks_items_in_the_filter_dialog_without_closing_it(
    qtbot: Any, unlocked: Any
) -> None:
    filters = unlocked.workspace.filters

    def tick_two(dialog: TaxonomyPickerDialog) -> None:
        picker = dialog.picker
        for query, code in (("torture", TORTURE), ("dowry", DOWRY_DEATH)):
            index = search(qtbot, picker, query, code)
            picker.tree.setFocus()
            picker.tree.setCurrentIndex(index)
            qtbot.keyClick(picker.tree, Qt.Key.Key_Return)
            assert dialog.isVisible(), f"closed by Enter on {code}"
        assert picker.codes() == [TORTURE, DOWRY_DEATH]
        dialog.accept()

    in_modal(qtbot, filters.acts_button.click, TaxonomyPickerDialog, tick_two)
    assert filters.act_types == [TORTURE, DOWRY_DEATH]
