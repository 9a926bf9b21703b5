"""The list's background loading over the real store: placeholders until a page comes, the
first page before a slow count, answers for a replaced query dropped, failures settling.

A :class:`GatedService` holds the loader thread inside a real store call until the test lets
it go, so the order of events the test checks is certain, not a race."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex

from desktop.core.listing import ObservationQuery
from desktop.core.model import IncidentDate, Observation, Place
from desktop.core.paths import Paths
from desktop.core.profile import Profile
from desktop.ui import observation_table_model
from desktop.ui.observation_list import ObservationListView
from desktop.ui.observation_table_model import COUNT_GRACE_MS, ObservationTableModel
from tests.ui.conftest import PASSPHRASE

ROWS = 40
PAGE = 7
TIMEOUT = 10000


class GatedService:
    """The real observation service; a call whose query text is in ``gates`` waits there
    until its event is set (or fails, for ``fail``)."""

    def __init__(self, service: Any) -> None:
        self.service = service
        self.query_gates: dict[str, threading.Event] = {}
        self.count_gates: dict[str, threading.Event] = {}
        self.fail: set[str] = set()
        self.entered = threading.Event()

    def _gate(self, gates: dict[str, threading.Event], q: ObservationQuery) -> None:
        if q.text in self.fail:
            raise RuntimeError("store unavailable")
        gate = gates.get(q.text)
        if gate is not None:
            self.entered.set()
            assert gate.wait(TIMEOUT / 1000)

    def query(self, q: ObservationQuery) -> Any:
        self._gate(self.query_gates, q)
        return self.service.query(q)

    def count(self, q: ObservationQuery | None = None) -> int:
        if q is not None:
            self._gate(self.count_gates, q)
        return int(self.service.count(q))


@pytest.fixture
def service(profile_on_disk: Paths, monkeypatch: Any) -> Iterator[GatedService]:
    monkeypatch.setattr(observation_table_model, "PAGE_SIZE", PAGE)
    with Profile.unlock(profile_on_disk, PASSPHRASE) as profile:
        for i in range(ROWS):
            profile.observations.save(
                Observation.new(
                    title=f"Case {i:02d} " + ("bazaar" if i % 4 == 0 else "field"),
                    date=IncidentDate(start=f"2025-01-{1 + i % 28:02d}"),
                    place=Place("mary", None, ""),
                )
            )
        yield GatedService(profile.observations)


@pytest.fixture
def model(qtbot: Any, service: GatedService) -> Iterator[ObservationTableModel]:
    m = ObservationTableModel()
    with qtbot.waitSignal(m.loaded, timeout=TIMEOUT):
        m.set_service(service)  # type: ignore[arg-type]
    yield m
    m.set_service(None)
    m.shutdown()


def titles(model: ObservationTableModel, rows: range) -> list[Any]:
    return [model.data(model.index(r, 2)) for r in rows]


def test_placeholders_until_the_page_arrives(qtbot: Any, model: ObservationTableModel) -> None:
    assert model.rowCount() == ROWS
    assert all(titles(model, range(PAGE)))  # the first page came with the count
    last = ROWS - 1
    # A row of a page not loaded yet is an empty placeholder, and asks for its page.
    with qtbot.waitSignal(model.dataChanged, timeout=TIMEOUT) as changed:
        assert model.data(model.index(last, 2)) is None
    top, bottom = changed.args[0], changed.args[1]
    assert top.row() <= last <= bottom.row()
    assert model.data(model.index(last, 2)).startswith("Case")
    assert model.page_loads == 1


def test_answers_for_a_replaced_query_are_dropped(
    qtbot: Any, model: ObservationTableModel, service: GatedService
) -> None:
    delivered: list[int] = []
    model._loader.first_page.connect(lambda gen, _rows: delivered.append(gen))
    shown: list[int] = []
    model.first_rows.connect(lambda: shown.append(model.rowCount()))
    gate = service.query_gates["old"] = threading.Event()
    new_gate = service.query_gates["bazaar"] = threading.Event()

    model.set_query(ObservationQuery(text="old"))
    assert service.entered.wait(TIMEOUT / 1000)  # the loader is inside the old query
    model.set_query(ObservationQuery(text="bazaar"))
    with qtbot.waitSignal(model._loader.first_page, timeout=TIMEOUT):
        gate.set()  # the old page comes back while the new query is held
    with qtbot.assertNotEmitted(model.first_rows, wait=3 * COUNT_GRACE_MS):
        pass
    assert model.rowCount() == ROWS  # still the previous result
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        new_gate.set()
    # The old query's page did come back, first, and was not shown.
    assert len(delivered) == 2 and delivered[0] < delivered[1]
    assert len(shown) == 1
    assert model.rowCount() == ROWS // 4
    assert all("bazaar" in t for t in titles(model, range(PAGE)))


@pytest.fixture
def view(qtbot: Any, service: GatedService) -> Iterator[ObservationListView]:
    v = ObservationListView()
    qtbot.addWidget(v)
    with qtbot.waitSignal(v.model.loaded, timeout=TIMEOUT):
        v.set_service(service)  # type: ignore[arg-type]
    yield v
    v.set_service(None)
    v.model.shutdown()


def test_first_page_shows_before_a_slow_count(
    qtbot: Any, view: ObservationListView, service: GatedService
) -> None:
    model = view.model
    assert view.count_label.text() == f"{ROWS} observations"
    gate = service.count_gates["case"] = threading.Event()
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))

    with qtbot.waitSignal(model.first_rows, timeout=TIMEOUT):
        view.search.setText("case")
        view.apply()
    # The rows are there while the count is held: one page, and the label says so.
    assert model.is_counting() and model.is_loading()
    assert model.rowCount() == PAGE
    assert all(titles(model, range(PAGE)))
    qtbot.waitUntil(lambda: view.count_label.text() == "Counting…", timeout=TIMEOUT)
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        gate.set()
    # The rest of the rows are added below the page, not a new reset.
    assert inserted == [(PAGE, ROWS - 1)]
    assert model.rowCount() == ROWS and not model.is_counting()
    assert view.count_label.text() == f"{ROWS} observations"


def test_a_quick_count_comes_with_the_page(
    qtbot: Any, service: GatedService, monkeypatch: Any
) -> None:
    # A grace long enough for any loaded machine: the count always comes within it here.
    monkeypatch.setattr(observation_table_model, "COUNT_GRACE_MS", 60000)
    model = ObservationTableModel()
    try:
        with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
            model.set_service(service)  # type: ignore[arg-type]
        resets: list[int] = []
        model.modelReset.connect(lambda: resets.append(model.rowCount()))
        inserted: list[object] = []
        model.rowsInserted.connect(lambda *a: inserted.append(a))
        with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
            model.set_query(ObservationQuery(text="field"))
        assert resets == [ROWS - ROWS // 4] and not inserted  # one reset, counted already
    finally:
        model.set_service(None)
        model.shutdown()


def test_a_failed_query_settles(
    qtbot: Any, model: ObservationTableModel, service: GatedService
) -> None:
    service.fail.add("broken")
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.set_query(ObservationQuery(text="broken"))
    assert model.failures == 1 and not model.is_loading()
    assert model.rowCount() == ROWS  # the previous rows stay
    service.fail.clear()
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.set_query(ObservationQuery(text="bazaar"))
    assert model.rowCount() == ROWS // 4


def test_locking_drops_rows_and_late_answers(
    qtbot: Any, model: ObservationTableModel, service: GatedService
) -> None:
    gate = service.query_gates["late"] = threading.Event()
    model.set_query(ObservationQuery(text="late"))
    assert service.entered.wait(TIMEOUT / 1000)
    model.set_service(None)
    assert model.rowCount() == 0 and model.data(model.index(0, 2)) is None
    # The late page reaches the GUI thread (after the model's own slot) and is dropped.
    with qtbot.waitSignal(model._loader.first_page, timeout=TIMEOUT):
        gate.set()
    assert model.rowCount() == 0 and not model.is_loading()
    assert not model._grace.isActive()  # not held back to be shown later either
    assert not model.index(0, 0, QModelIndex()).isValid()


def test_a_slow_page_is_not_held_back_for_its_count(
    qtbot: Any, model: ObservationTableModel, service: GatedService
) -> None:
    # The grace for the count runs from the question: a page that took longer than it shows
    # as it comes, not a grace later.
    page_gate = service.query_gates["case"] = threading.Event()
    service.count_gates["case"] = count_gate = threading.Event()
    shown: list[int] = []
    model.first_rows.connect(lambda: shown.append(model.rowCount()))
    model.set_query(ObservationQuery(text="case"))
    assert service.entered.wait(TIMEOUT / 1000)
    qtbot.wait(2 * COUNT_GRACE_MS)
    with qtbot.waitSignal(model._loader.first_page, timeout=TIMEOUT):
        page_gate.set()
    assert shown == [PAGE] and not model._grace.isActive()  # shown on arrival
    assert model.is_counting()
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        count_gate.set()
