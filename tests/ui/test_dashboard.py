"""The dashboard and the map: the figures of the current filter (the same as the core's),
small counts shown but marked, a click on a bar, a cell or a velayat asks the list to
filter by it, a chart saved as PNG and SVG."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from desktop.core.listing import ObservationQuery as Q
from desktop.core.model import Observation
from desktop.core.paths import resolve_paths
from desktop.core.profile import Profile
from desktop.ui.coordinator.dashboard import Dashboard
from tests.core.test_report_figures import expected_table, known_records

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def stored(qapp, tmp_path: Path) -> Iterator[tuple[Profile, list[Observation]]]:
    with Profile.create(resolve_paths(tmp_path / "data"), PASSPHRASE) as profile:
        yield profile, profile.observations.save_many(known_records(150))


@pytest.fixture
def dashboard(qtbot, stored: tuple[Profile, list[Observation]]) -> Dashboard:
    view = Dashboard(stored[0])
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.set_query(Q())
    return view


def test_the_figures_are_the_cores(
    dashboard: Dashboard, stored: tuple[Profile, list[Observation]]
) -> None:
    _, records = stored
    expected = expected_table(records, "velayat", None)
    bars = {code: count for code, _label, count in dashboard.charts["velayat"].bars}
    assert bars == {code: n for (code, _), n in expected.items()}
    model = dashboard.table_model
    cross = expected_table(records, "velayat", "quarter")
    table = model.table
    assert table is not None and (table.rows, table.columns) == ("velayat", "quarter")
    for i, row in enumerate(table.row_codes):
        for j, column in enumerate(table.column_codes):
            shown = model.data(model.index(i, j))
            n = cross.get((row, column), 0)
            assert shown == (f"{n}*" if 0 < n < 5 else str(n))
            tip = model.data(model.index(i, j), Qt.ItemDataRole.ToolTipRole)
            assert (tip is not None) == (0 < n < 5)
    total = model.data(model.index(len(table.row_codes), len(table.column_codes)))
    assert total == str(len(records))


def test_the_cross_table_counts_by_un_recommendation(
    qtbot, dashboard: Dashboard, stored: tuple[Profile, list[Observation]]
) -> None:
    _, records = stored
    with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
        dashboard.set_cross_dimensions("recommendation", "velayat")
    model = dashboard.table_model
    table = model.table
    assert table is not None and (table.rows, table.columns) == ("recommendation", "velayat")
    cross = expected_table(records, "recommendation", "velayat")
    assert {
        (r, c): int(table.cells[i, j])
        for i, r in enumerate(table.row_codes)
        for j, c in enumerate(table.column_codes)
        if table.cells[i, j]
    } == cross
    assert (
        model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)
        == (
            table.row_codes[0]  # the symbol and paragraph, as the UN writes them
        )
    )
    assert dashboard.rows_box.currentText() == "UN recommendation"
    # The list has no filter for it: a click says so (the window's handler), nothing breaks.
    with qtbot.waitSignal(dashboard.filter_requested) as asked:
        dashboard._cell_clicked(model.index(0, 0))
    assert asked.args[0] == "recommendation"


def test_coordinators_see_the_records_with_coordinates_as_points(
    qtbot, dashboard: Dashboard, stored: tuple[Profile, list[Observation]], monkeypatch
) -> None:
    from desktop.core.model import Place

    profile, records = stored
    assert dashboard.map._points == []  # not a coordinator: counts only
    placed = []
    for obs, (lat, lon) in zip(
        records[:3], [(37.95, 58.38), (39.08, 63.58), (37.95, 58.38)], strict=True
    ):
        obs.place = Place(obs.place.velayat, obs.place.etrap, "", lat, lon)
        placed.append(profile.observations.save(obs))
    monkeypatch.setattr(Dashboard, "points_for", staticmethod(lambda _profile: True))
    with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
        dashboard.set_query(Q())
    assert sorted(dashboard.map._points) == [(58.38, 37.95), (63.58, 39.08)]
    with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
        dashboard.set_query(Q(velayat=placed[1].place.velayat))  # the filter applies
    assert (63.58, 39.08) in dashboard.map._points
    assert len(dashboard.map._points) == len(
        {(p.place.lon, p.place.lat) for p in placed if p.place.velayat == placed[1].place.velayat}
    )


def test_the_dashboard_follows_the_filter(
    qtbot, dashboard: Dashboard, stored: tuple[Profile, list[Observation]]
) -> None:
    _, records = stored
    with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
        dashboard.set_query(Q(velayat="lebap"))
    bars = {code: count for code, _label, count in dashboard.charts["velayat"].bars}
    assert bars == {"lebap": sum(r.place.velayat == "lebap" for r in records)}
    with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
        dashboard.columns_box.setCurrentIndex(dashboard.rows_box.findText("Sex of victims"))
    assert dashboard.table_model.table.columns == "sex"


def test_a_click_on_a_bar_a_cell_or_a_velayat_filters(qtbot, dashboard: Dashboard) -> None:
    chart = dashboard.charts["velayat"]
    area, code = chart._hit[0]
    with qtbot.waitSignal(dashboard.filter_requested, timeout=2000) as signal:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=area.center().toPoint())
    assert signal.args == ["velayat", code]
    index = dashboard.table_model.index(0, 0)
    rect = dashboard.table.visualRect(index)
    with qtbot.waitSignal(dashboard.filter_requested, timeout=2000) as signal:
        qtbot.mouseClick(dashboard.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["velayat", dashboard.table_model.table.row_codes[0]]
    view = dashboard.map
    centre = view._paths["mary"].boundingRect().center().toPoint()
    assert view.velayat_at(view._paths["mary"].boundingRect().center()) == "mary"
    with qtbot.waitSignal(dashboard.filter_requested, timeout=2000) as signal:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(centre))
    assert signal.args == ["velayat", "mary"]


def test_a_saved_chart_counts_only_consenting_records_and_hides_small_counts(
    dashboard: Dashboard, stored: tuple[Profile, list[Observation]], tmp_path: Path
) -> None:
    _, records = stored
    consenting = [r for r in records if r.consent.share_institution]
    expected = {c: n for (c, _), n in expected_table(consenting, "sex", None).items()}
    chart = dashboard.charts["sex"]
    published = {code: n for code, _label, n in chart.published}
    assert published.keys() <= set(expected) | {""}
    for code, n in published.items():
        assert n is None or (n == expected.get(code, 0) and (n == 0 or n >= 5)), code
    shown = {code: n for code, _label, n in chart.bars}
    assert shown == {c: n for (c, _), n in expected_table(records, "sex", None).items()}
    chart.published = [(c, lbl, n if c != "female" else None) for c, lbl, n in chart.published]
    chart.save(tmp_path / "p.svg")
    text = (tmp_path / "p.svg").read_text(encoding="utf-8")
    assert "×" in text and "not a sample" in text


def test_a_chart_is_saved_as_png_and_svg(dashboard: Dashboard, tmp_path: Path) -> None:
    chart = dashboard.charts["right"]
    chart.save(tmp_path / "chart.png")
    image = QImage(str(tmp_path / "chart.png"))
    assert not image.isNull() and image.width() >= 480
    chart.save(tmp_path / "chart.svg")
    svg = ElementTree.parse(tmp_path / "chart.svg").getroot()
    assert svg.tag.endswith("svg")
    assert chart.title in ElementTree.tostring(svg, encoding="unicode")


def test_the_map_shows_its_attribution(dashboard: Dashboard) -> None:
    assert "OpenStreetMap" in dashboard.map.attribution
    image = dashboard.map.grab().toImage()
    assert not image.isNull()


@pytest.fixture
def with_records(profile_on_disk) -> list[Observation]:
    from tests.ui.conftest import PASSPHRASE as UI_PASSPHRASE

    with Profile.unlock(profile_on_disk, UI_PASSPHRASE) as profile:
        return profile.observations.save_many(known_records(120))


def test_the_figures_window_follows_the_list_and_filters_it(
    qtbot, with_records: list[Observation], main_window, dialogs, tmp_path: Path
) -> None:
    from tests.ui.conftest import unlock

    unlock(qtbot, main_window)
    qtbot.waitUntil(lambda: main_window.workspace is not None)
    window = main_window.open_figures()
    assert window is not None
    qtbot.waitUntil(lambda: window.dashboard.table_model.table is not None, timeout=10000)
    bars = {c: n for c, _l, n in window.dashboard.charts["velayat"].bars}
    assert sum(bars.values()) == len(with_records)
    # A click on Lebap's bar sets the list's velayat filter; the figures follow it.
    chart = window.dashboard.charts["velayat"]
    qtbot.waitUntil(lambda: any(code == "lebap" for _a, code in chart._hit))  # painted
    area = next(a for a, code in chart._hit if code == "lebap")
    with qtbot.waitSignal(window.dashboard.refreshed, timeout=10000):
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=area.center().toPoint())
    assert main_window.workspace.current_query().velayat == "lebap"
    bars = {c: n for c, _l, n in window.dashboard.charts["velayat"].bars}
    assert bars == {"lebap": sum(r.place.velayat == "lebap" for r in with_records)}
    # The list has no filter for the victims' sex: said so, nothing changes.
    window.dashboard.filter_requested.emit("sex", "female")
    assert "no filter" in window.dashboard.status.text()
    dialogs.save_files.append(str(tmp_path / "velayat.svg"))
    assert window.save_chart(chart) == tmp_path / "velayat.svg"
    assert (tmp_path / "velayat.svg").stat().st_size > 0
    # Locked: the window hides with everything else.
    main_window.lock()
    assert not window.isVisible()


@pytest.fixture
def figures_window(qtbot, with_records: list[Observation], main_window) -> object:
    from tests.ui.conftest import unlock

    unlock(qtbot, main_window)
    qtbot.waitUntil(lambda: main_window.workspace is not None)
    window = main_window.open_figures()
    qtbot.waitUntil(lambda: window.dashboard.table_model.table is not None, timeout=10000)
    return window


def test_the_report_is_written_from_the_window_with_progress(
    qtbot, figures_window, dialogs, tmp_path: Path
) -> None:
    from desktop.ui.coordinator import dashboard_window

    window = figures_window
    seen: list[int] = []
    window.progress.valueChanged.connect(seen.append)
    options = window.report_options()
    window.report_options = lambda: dashboard_window.ReportOptions(
        "2025-01-01", "2025-12-31", lang=options.lang, query=options.query
    )
    dialogs.save_files.append(str(tmp_path / "report.odt"))
    with qtbot.waitSignal(window.report_written, timeout=20000) as signal:
        window.report_button.click()
    assert signal.args == [str(tmp_path / "report.odt")]
    assert (tmp_path / "report.odt").stat().st_size > 0 and seen and max(seen) == 100
    assert window.report_button.isEnabled() and not window.progress.isVisible()


def test_a_report_can_be_cancelled_in_the_window(
    qtbot, figures_window, dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.coordinator import dashboard_window

    window = figures_window
    window._cancel.set()  # as if Cancel were pressed before the first step
    monkeypatch.setattr(window._cancel, "clear", lambda: None)
    dialogs.save_files.append(str(tmp_path / "report.pdf"))
    with qtbot.waitSignal(window.report_written, timeout=20000) as signal:
        window.write_report()
    assert signal.args == [""] and not (tmp_path / "report.pdf").exists()
    assert "cancelled" in window.dashboard.status.text()
    assert dashboard_window  # the module under test


def test_an_export_of_sensitive_records_asks_first(
    qtbot, figures_window, dialogs, with_records: list[Observation], tmp_path: Path
) -> None:
    window = figures_window
    dialogs.save_files.append(str(tmp_path / "cases.xlsx"))
    dialogs.confirm_answers.append(False)
    assert window.export() is None and not (tmp_path / "cases.xlsx").exists()
    assert "sensitive records" in dialogs.asked[-1][1]
    dialogs.save_files.append(str(tmp_path / "cases.xlsx"))
    dialogs.confirm_answers.append(True)
    with qtbot.waitSignal(window.exported, timeout=20000) as signal:
        window.export()
    consenting = [r for r in with_records if r.consent.share_institution]
    assert signal.args == [len(consenting)]
    assert (tmp_path / "cases.xlsx").stat().st_mode & 0o077 == 0
