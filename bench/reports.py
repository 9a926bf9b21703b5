"""Figures and report benchmark: what the dashboard, the map and the report cost at scale.

    .venv/bin/python bench/reports.py [--n 100000] [--dir D [--reuse]] [--cases 1000]

Builds (or reuses) a profile of N observations made by bench/store.py's generator, then
measures, with the list index warm:

- the dashboard's refresh: the selection's columns and the figures a dashboard shows
  (velayat, month, right, act type, victims' sex; velayat × quarter; protected together),
  for several filters, and again after a record is edited (the category rows are read anew);
- the map's refresh: counts by velayat, and the map drawn on a 900 × 560 image;
- the report for about ``--cases`` records (a velayat and year holding that many): built
  and rendered to PDF, with the peak of Python allocations (tracemalloc) and the process's
  peak resident memory.

Prints figures, then one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.store import Generator

os.environ["FIELDBOOK_TEST_FAST_KDF"] = "1"  # after store.py's import: unlock is its business
from desktop.core.listing import ObservationQuery
from desktop.core.listing.textindex import BULK
from desktop.core.paths import resolve_paths
from desktop.core.profile import Profile
from desktop.core.reports import figures
from desktop.core.reports.disclosure import protect_together
from desktop.core.reports.document import ReportOptions, build_report

DASHBOARD = [("velayat", None), ("month", None), ("right", None), ("act:0", None)]
DASHBOARD += [("sex", None), ("velayat", "quarter")]
PASSPHRASE = "bench passphrase 2025"


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def refresh(profile: Profile, q: ObservationQuery) -> float:
    start = time.perf_counter()
    dims = tuple({d for spec in DASHBOARD for d in spec if d})
    selection = profile.listing.selection(q, figures.kinds_for(dims))
    assert selection is not None
    tables = [figures.cross_table(selection, rows, cols) for rows, cols in DASHBOARD]
    protect_together(tables)
    return time.perf_counter() - start


def map_refresh(profile: Profile, q: ObservationQuery) -> tuple[float, float]:
    from PySide6.QtGui import QImage, QPainter

    from desktop.ui.coordinator.map_view import VelayatMap

    start = time.perf_counter()
    selection = profile.listing.selection(q, figures.kinds_for(("velayat",)))
    assert selection is not None
    table = figures.cross_table(selection, "velayat")
    counts = {code: int(table.cells[i, 0]) for i, code in enumerate(table.row_codes)}
    counted = time.perf_counter() - start
    view = VelayatMap()
    view.resize(900, 560)
    image = QImage(900, 560, QImage.Format.Format_ARGB32)
    start = time.perf_counter()
    view.set_counts(counts)
    painter = QPainter(image)
    view.paint_map(painter, image.rect())
    painter.end()
    return counted, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--reuse", action="store_true")
    args = parser.parse_args()
    work = Path(args.dir or tempfile.mkdtemp(prefix="fieldbook-bench-reports-"))
    paths = resolve_paths(work / "profile")
    reuse = args.reuse and Profile.exists(paths)
    print(f"Fieldbook figures benchmark: {args.n} observations, work folder {work}")
    out: dict[str, Any] = {"n": args.n}
    start = time.perf_counter()
    with (
        Profile.unlock(paths, PASSPHRASE)
        if reuse
        else Profile.create(paths, PASSPHRASE, org_name="Bench")
    ) as profile:
        # A profile left short (an interrupted build) is topped up to --n.
        have = profile.listing.count()
        if have < args.n:
            # Batches below textindex.BULK: their words wait for the upkeep instead of going
            # straight into FTS5, whose bulk path failed with SQLITE_FULL past ~53,500
            # records here (the upkeep that merges its segments does not run in a bench).
            small = BULK - 1
            for batch in Generator(args.seed + have).batches(args.n - have):
                for i in range(0, len(batch), small):
                    profile.observations.save_many(batch[i : i + small])
            out["build_s"] = round(time.perf_counter() - start, 1)
            print(f"built {args.n - have} records in {out['build_s']} s")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    with Profile.unlock(paths, PASSPHRASE) as profile:
        index = profile.listing.list_index
        start = time.perf_counter()
        index.prepare()
        out["index_read_ms"] = ms(time.perf_counter() - start)
        out["first_refresh_ms"] = ms(refresh(profile, ObservationQuery()))
        filters = {
            "all": ObservationQuery(),
            "velayat": ObservationQuery(velayat="lebap"),
            "year": ObservationQuery(date_from="2024-01-01", date_to="2024-12-31"),
            "right": ObservationQuery(rights=("iccpr:art9",)),
            "status": ObservationQuery(statuses=("queued",)),
        }
        for name, q in filters.items():
            times = [refresh(profile, q) for _ in range(5)]
            out[f"refresh_{name}_ms"] = ms(statistics.median(times))
        obs = next(
            profile.observations.get_many(profile.listing.selection(ObservationQuery()).pks[:1])
        )
        obs.people = obs.people[:1]
        obs.status = "draft" if obs.status == "draft" else obs.status
        if obs.status in ("draft", "queued"):
            profile.observations.save(obs)
        out["refresh_after_edit_ms"] = ms(refresh(profile, ObservationQuery()))
        counted, drawn = map_refresh(profile, ObservationQuery())
        out["map_counts_ms"], out["map_draw_ms"] = ms(counted), ms(drawn)

        # A velayat and year holding about --cases records.
        best = None
        for velayat in ("ahal", "balkan", "dasoguz", "lebap", "mary", "asgabat"):
            for year in range(2015, 2026):
                q = ObservationQuery(
                    velayat=velayat, date_from=f"{year}-01-01", date_to=f"{year}-12-31"
                )
                n = len(profile.listing.selection(q).pks)
                if best is None or abs(n - args.cases) < abs(best[0] - args.cases):
                    best = (n, velayat, year)
        assert best is not None
        n, velayat, year = best
        from desktop.ui.reports.render import pdf_bytes

        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        tracemalloc.start()
        start = time.perf_counter()
        doc = build_report(
            profile,
            ReportOptions(
                f"{year}-01-01",
                f"{year}-12-31",
                query=ObservationQuery(velayat=velayat),
                org_name="Bench",
            ),
        )
        built = time.perf_counter() - start
        data = pdf_bytes(doc)
        total = time.perf_counter() - start
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        out.update(
            report_cases=n,
            report_build_ms=ms(built),
            report_total_ms=ms(total),
            report_pdf_kb=round(len(data) / 1024, 1),
            report_python_peak_mb=round(peak / 1e6, 1),
            process_peak_rss_mb=round(rss_after / 1024, 1),
            rss_growth_mb=round((rss_after - rss_before) / 1024, 1),
        )
    del app
    for key, value in out.items():
        print(f"{key:28}{value:>12}")
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
