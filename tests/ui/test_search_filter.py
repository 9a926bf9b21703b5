"""Search box (debounced full-text) and filters over the real store, with the count label."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.core.model import IncidentDate, Observation, Place, Status
from desktop.core.paths import Paths
from desktop.core.profile import Profile
from desktop.ui import observation_table_model
from tests.ui.conftest import PASSPHRASE, unlock


@pytest.fixture
def filled(profile_on_disk: Paths, monkeypatch: Any) -> Paths:
    # Small pages so the test also crosses page boundaries.
    monkeypatch.setattr(observation_table_model, "PAGE_SIZE", 7)
    with Profile.unlock(profile_on_disk, PASSPHRASE) as profile:
        for i in range(40):
            velayat, etrap = ("dasoguz", "dasoguz-gorogly") if i % 2 else ("mary", None)
            obs = Observation.new(
                title=f"Case {i:02d} " + ("detention at the bazaar" if i % 5 == 0 else "fine"),
                date=IncidentDate(start=f"2025-{1 + i % 12:02d}-10"),
                place=Place(velayat, etrap, "Köneürgenç" if i == 3 else ""),
                rights=["iccpr:art7"] if i % 4 == 0 else [],
                description="Witness speaks of torture." if i == 7 else "",
            )
            profile.observations.save(obs)
            if i % 3 == 0:
                profile.observations.set_status(obs.id, Status.QUEUED)
    return profile_on_disk


def column(qtbot: Any, model: Any, col: int) -> list[str]:
    """Every row's text in ``col``, after the background loader delivered the pages."""
    for r in range(model.rowCount()):
        model.row_at(r)
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=5000)
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def apply(qtbot: Any, view: Any) -> None:
    with qtbot.waitSignal(view.model.loaded, timeout=5000):
        view.apply()


def test_search_and_filters(qtbot: Any, filled: Paths, main_window: Any) -> None:
    window = main_window
    unlock(qtbot, window)
    view = window.workspace
    model = view.model
    qtbot.waitUntil(lambda: model.rowCount() == 40)
    assert view.count_label.text() == "40 observations"
    # Rows on every page arrive and read correctly (pages of 7).
    assert model.data(model.index(39, 2)) is None  # not loaded yet: asked for
    titles = column(qtbot, model, 2)
    assert len(set(titles)) == 40 and all(titles)

    # Ctrl+F focuses the search box; typing waits for the debounce.
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    qtbot.keyClicks(view.search, "bazaar")
    assert model.rowCount() == 40  # not yet: debounced
    with qtbot.waitSignal(model.loaded, timeout=2000):
        pass
    assert model.rowCount() == 8
    assert view.count_label.text() == "8 of 40"
    assert all("bazaar" in t for t in column(qtbot, model, 2))

    # Full text covers descriptions and place names too.
    view.search.setText("torture")
    apply(qtbot, view)
    assert model.rowCount() == 1
    view.search.setText("Köneürgenç")
    apply(qtbot, view)
    assert model.rowCount() == 1

    # Filters: velayat → etraps follow; status; rights.
    view.search.clear()
    apply(qtbot, view)
    bar = view.filters
    assert not bar.etrap.isEnabled()
    with qtbot.waitSignal(model.loaded):
        bar.velayat.setCurrentIndex(bar.velayat.findData("dasoguz"))
    assert bar.etrap.isEnabled()
    assert bar.etrap.findData("dasoguz-gorogly") > 0
    assert model.rowCount() == 20
    with qtbot.waitSignal(model.loaded):
        bar.etrap.setCurrentIndex(bar.etrap.findData("dasoguz-gorogly"))
    assert model.rowCount() == 20
    with qtbot.waitSignal(model.loaded):
        bar.status.setCurrentIndex(bar.status.findData("queued"))
    expected = len([i for i in range(40) if i % 2 and i % 3 == 0])
    assert model.rowCount() == expected
    assert view.count_label.text() == f"{expected} of 40"
    with qtbot.waitSignal(model.loaded):
        bar.clear()
    assert model.rowCount() == 40
    with qtbot.waitSignal(model.loaded):
        bar.set_codes("rights", ["iccpr:art7"])
    assert model.rowCount() == 10
    with qtbot.waitSignal(model.loaded):
        bar.clear()

    # Sorting by title asks the store.
    with qtbot.waitSignal(model.loaded):
        view.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, 2)).startswith("Case 00")
    with qtbot.waitSignal(model.loaded):
        view.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 2)).startswith("Case 39")
    # Unsortable columns snap back.
    view.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.AscendingOrder)
    assert view.table.horizontalHeader().sortIndicatorSection() == 2

    # Enter opens the selected observation.
    view.table.selectRow(0)
    view.table.setFocus()
    with qtbot.waitSignal(window.editor_opened, timeout=10000):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)  # the record is read in a worker
    assert len(window.editors) == 1
    assert next(iter(window.editors.values())).title.text().startswith("Case 39")
