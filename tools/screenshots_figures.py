"""Screenshots of the figures window (issue 16): the dashboard, the map and the cross-table,
in English, Russian and Turkmen, at the size of a field laptop's screen (1366 × 768):

    QT_QPA_PLATFORM=offscreen python -m tools.screenshots_figures /tmp/shots-figures [--lang ru]

``make screenshots`` takes them too (tools/screenshots.py calls :func:`figures_screens`).
The profile is tools/screenshots.py's throwaway sample, with links to UN recommendations,
UPR themes and SDG targets added to some records.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RECOMMENDATIONS = ["A/HRC/39/3 para 114.12", "A/HRC/39/3 para 114.2", "A/HRC/55/5 para 6.45"]
#: Where some sample incidents happened (towns' centres), for the coordinators' points.
POINTS = [(41.84, 59.97), (39.08, 63.58), (37.60, 61.83), (39.51, 54.37), (37.38, 60.50)]
THEMES = ["upr-c4:right-to-life", "upr-c4:freedom-of-opinion-and-expression-access-to-information"]


def laptop_screen(work: Path) -> None:
    """Qt's offscreen platform has one 800 × 600 screen, so windows fitted to "the screen"
    came out 800 wide; give it a field laptop's 1366 × 768 instead (configfile option)."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return  # xcb under Xvfb, or an option already given
    config = work / "offscreen-1366x768.json"
    config.write_text(
        '{"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,'
        ' "logicalDpi": 96, "dpr": 1}]}',
        encoding="utf-8",
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def add_links(profile: Any) -> None:
    """Links on the sample records (a draft or queued one is still editable)."""
    from desktop.core.listing import ObservationQuery

    for n, row in enumerate(profile.listing.query(ObservationQuery(limit=1000))):
        if row.status not in ("draft", "queued") or n % 4 == 3:
            continue
        obs = profile.observations.get(row.id)
        obs.recommendations = RECOMMENDATIONS[: 1 + n % 3]
        obs.upr_themes = THEMES[: 1 + n % 2]
        obs.sdg_targets = ["16.10"] if n % 2 else ["16.3", "5.2"]
        if n % 3 == 0:
            lat, lon = POINTS[n % len(POINTS)]
            obs.place.lat, obs.place.lon = lat, lon
        profile.observations.save(obs)


def figures_screens(shooter: Any, window: Any, lang: str) -> None:
    """The figures window whole, its map, and its cross-table by velayat × quarter and by UN
    recommendation × velayat (the user's own view: small counts shown, marked)."""

    def shown(rows: str, columns: str) -> bool:
        table = dashboard.table_model.table
        return table is not None and (table.rows, table.columns) == (rows, columns)

    from desktop.ui.coordinator.dashboard import Dashboard

    # As a coordinator sees it: records with coordinates as points (the sample profile is
    # not enrolled, so it has no role).
    Dashboard.points_for = staticmethod(lambda _profile: True)  # type: ignore[method-assign]
    figures = window.open_figures()
    assert figures is not None
    shooter.fit(figures, 1366, 728)
    dashboard = figures.dashboard
    shooter.wait(lambda: dashboard.table_model.table is not None, 30)
    dashboard.set_cross_dimensions("velayat", "quarter")  # not as an earlier run left it
    shooter.wait(lambda: shown("velayat", "quarter"), 30)
    shooter.shot(figures, lang, "30-figures-dashboard")
    shooter.shot(dashboard.map, lang, "31-figures-map")
    shooter.shot(dashboard.table.parentWidget(), lang, "32-figures-cross-table")

    dashboard.set_cross_dimensions("recommendation", "velayat")
    shooter.wait(lambda: shown("recommendation", "velayat"), 30)
    shooter.shot(figures, lang, "33-figures-by-recommendation")
    dashboard.set_cross_dimensions("upr_theme", "sdg_target")
    shooter.wait(lambda: shown("upr_theme", "sdg_target"), 30)
    shooter.shot(figures, lang, "34-figures-by-upr-theme")
    figures.close()


def report_pages(shooter: Any, profile: Any, lang: str) -> None:
    """The report's first pages as PNG (``pdftoppm``): the PDF is written in the work
    folder (throwaway sample data) and the pages beside the screenshots."""
    import shutil
    import subprocess

    from desktop.core.reports.document import ReportOptions, build_report
    from desktop.ui.reports.render import pdf_bytes, translator_for

    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: no report pages")
        return
    options = ReportOptions(
        "2025-01-01",
        "2025-12-31",
        lang=lang,
        org_name="Daşoguz Human Rights Group",
        recommendations=tuple(profile.recommendations.all()),
    )
    pdf = shooter.work / f"report-{lang}.pdf"
    pdf.write_bytes(pdf_bytes(build_report(profile, options, translator_for(lang))))
    folder = shooter.out / lang
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "4", str(pdf), str(folder / "35-report")],
        check=True,
    )
    shooter.count += 4
    print(folder / "35-report-*.png")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", default=str(ROOT / "screenshots"))
    parser.add_argument("--lang", action="append", choices=["en", "ru", "tk"])
    args = parser.parse_args(argv)
    os.environ["FIELDBOOK_TEST_FAST_KDF"] = "1"  # a throwaway profile; never for real data

    from PySide6.QtCore import QLocale

    from desktop.core.paths import resolve_paths
    from desktop.ui import i18n
    from desktop.ui.app import locale_for, make_application
    from desktop.ui.dialogs import Dialogs
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import Session
    from tools.screenshots import Shooter

    shooter = Shooter(Path(args.out), args.lang or ["en", "ru", "tk"], dark=False)
    laptop_screen(shooter.work)
    make_application(["fieldbook-screenshots"])
    data_dir = shooter.build_profile()
    for lang in shooter.langs:
        i18n.set_language(lang)
        QLocale.setDefault(locale_for(lang))
        window = MainWindow(Session(resolve_paths(data_dir)), Dialogs(), lang)
        shooter.fit(window, 1366, 728)
        window.show()
        shooter.wait(lambda w=window: w.is_preloaded)
        window._opened(window.session.unlock_profile(shooter.passphrase))
        view = window.workspace
        shooter.wait(lambda v=view: not v.model.is_loading() and v.model.rowCount() > 0)
        figures_screens(shooter, window, lang)
        report_pages(shooter, window.session.profile, lang)
        window.close()
        window.deleteLater()
    print(f"{shooter.count} screenshots in {shooter.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
