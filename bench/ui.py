"""Desktop UI benchmark on a 100,000-observation profile.

    .venv/bin/python bench/ui.py [--n 100000] [--dir bench/out/ui] [--rebuild]

Builds (once; reused from --dir afterwards) a profile of N observations through the core
service (bench/store.py's generator, production KDF), then, each in a fresh process:

* reference: Python + PySide6 bare start — an empty QMainWindow shown;
* the app: process start → unlock page shown → passphrase entered → main window with the
  first page of the list painted; the unlock itself (scrypt KDF) is reported apart;
* search and filter: time from applying a search text / a filter to the list's first paint
  showing the new rows (the search box's 250 ms typing debounce comes before this and is not
  counted), and to the count shown; split into the loader thread's part (store queries) and
  the GUI thread's CPU time; queries that failed are counted (a failure must not pass for a
  fast answer);
* scrolling: the longest event-loop block while scrolling page by page and jumping the
  scroll bar across all rows (a 1 ms heartbeat timer measures the gaps), with the GUI
  thread's own CPU time in that gap: a long gap with little CPU is the thread waiting to run
  (a loaded machine, or the GIL), not work of its own;
* the longest event-loop block from the unlock click to a second after the rows show;
* peak RSS of the app process.

Runs offscreen (QT_QPA_PLATFORM=offscreen). Prints figures, then one JSON object on the last
line. Targets: main window ≤ 1.0 s after unlock beyond the bare reference; search/filter
≤ 100 ms; no scroll block > 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PASSPHRASE = "bench passphrase 2025"


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


# -- building the profile ----------------------------------------------------------------


def build(work: Path, n: int, rebuild: bool) -> Path:
    marker = work / "built.json"
    if marker.exists() and not rebuild:
        info = json.loads(marker.read_text())
        if info.get("n") == n:
            print(f"reusing the {n}-observation profile in {work}")
            return work / "data"
    import shutil

    os.environ.pop("FIELDBOOK_TEST_FAST_KDF", None)  # the production KDF
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_store", ROOT / "bench" / "store.py")
    assert spec is not None and spec.loader is not None
    store = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(store)
    from desktop.core.paths import resolve_paths
    from desktop.core.profile import Profile

    paths = resolve_paths(work / "data")
    print(f"building a {n}-observation profile in {work} …", flush=True)
    t0 = time.perf_counter()
    with Profile.create(paths, PASSPHRASE, org_name="Bench NGO", velayat="dasoguz") as profile:
        gen = store.Generator(7)
        done = 0
        for batch in gen.batches(n):
            profile.observations.save_many(batch)
            done += len(batch)
            if done % 20000 == 0:
                print(f"  {done} stored", flush=True)
    print(f"built in {time.perf_counter() - t0:.0f} s")
    marker.write_text(json.dumps({"n": n}))
    return paths.data_dir


# -- child processes ---------------------------------------------------------------------


def child_bare(t0: float) -> dict[str, Any]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(["bare"])
    window = QMainWindow()
    window.resize(1180, 720)
    window.show()
    result: dict[str, Any] = {}

    def shown() -> None:
        window.repaint()
        result["shown_s"] = time.time() - t0
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()
    result["rss_mb"] = peak_rss_mb()
    return result


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def start_heartbeat() -> tuple[Any, list[tuple[float, float]]]:
    """A started 1 ms timer and the gaps between its beats it records: (wall ms, GUI-thread
    CPU ms in that gap). A long gap with little CPU is the thread waiting to run."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    gaps: list[tuple[float, float]] = []
    beat = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(1)
    cpu_mark = [time.thread_time()]

    def tick() -> None:
        now = time.thread_time()
        gaps.append((float(beat.restart()), (now - cpu_mark[0]) * 1000))
        cpu_mark[0] = now

    timer.timeout.connect(tick)
    beat.start()
    timer.start()
    return timer, gaps


def child_app(t0: float, data_dir: str) -> dict[str, Any]:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.core.paths import resolve_paths
    from desktop.ui import i18n
    from desktop.ui.app import make_application
    from desktop.ui.dialogs import Dialogs
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import Session

    app = make_application(["fieldbook"])
    i18n.set_language("en")
    paths = resolve_paths(data_dir)
    window = MainWindow(Session(paths), Dialogs(), "en")
    window.show()
    app.processEvents()
    window.repaint()
    r: dict[str, Any] = {"unlock_page_shown_s": time.time() - t0}

    # A person takes seconds to type a passphrase; the store's libraries and the reference
    # data load meanwhile. Wait for that, as typing would, and report it.
    if not window.is_preloaded:
        wait = QEventLoop()
        window.preloaded.connect(wait.quit)
        wait.exec()
    r["preloaded_s"] = time.time() - t0

    page = window.unlock_page
    page.passphrase.setText(PASSPHRASE)
    kdf: dict[str, float] = {}
    original = window.session.unlock_profile

    def timed_unlock(passphrase: str) -> Any:
        start = time.time()
        profile = original(passphrase)
        profile.observations.count()  # first real read (pages decrypted)
        kdf["unlock_s"] = time.time() - start
        kdf["unlock_done_at"] = time.time()
        return profile

    page._unlock_profile = timed_unlock
    loop = QEventLoop()
    page.unlocked.connect(lambda _p: QTimer.singleShot(0, loop.quit))
    # Event-loop blocks from the unlock click until a second after the rows show: the
    # window's own start-up work (the list's first query, the sync state) must not freeze it.
    unlock_heartbeat, unlock_gaps = start_heartbeat()
    unlock_clicked = time.time()
    page.try_unlock()
    loop.exec()
    app.processEvents()
    window.repaint()
    r["main_window_frame_s"] = time.time() - t0  # the list's frame, rows still loading
    view = window.workspace
    if view.model.is_loading():
        rows_loop = QEventLoop()
        view.model.loaded.connect(rows_loop.quit)
        rows_loop.exec()
    app.processEvents()
    view.table.viewport().repaint()
    shown = time.time()  # with the first rows painted
    r["main_window_shown_s"] = shown - t0
    r["unlock_kdf_s"] = kdf["unlock_s"]
    r["unlock_clicked_to_main_s"] = shown - unlock_clicked
    r["after_unlock_to_main_s"] = shown - kdf["unlock_done_at"]
    r["rows"] = view.model.rowCount()
    settle_loop = QEventLoop()
    QTimer.singleShot(1000, settle_loop.quit)
    settle_loop.exec()
    unlock_heartbeat.stop()
    worst_unlock = max(unlock_gaps[1:], default=(0.0, 0.0))
    r["unlock_max_block_ms"] = round(worst_unlock[0], 1)
    r["unlock_max_block_cpu_ms"] = round(worst_unlock[1], 1)

    # Paints of the list's viewport, to time "repainted" as the end of the first paint after
    # the rows came (Qt's own, not an extra forced repaint on top of it).
    paints = [0]

    waiting: list[QEventLoop] = []
    painted_at = [0.0]

    def paint_done() -> None:
        painted_at[0] = time.perf_counter()
        for loop in waiting:
            loop.quit()

    class PaintWatch(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                paints[0] += 1
                QTimer.singleShot(0, paint_done)  # runs once this paint is done
            return False

    watch = PaintWatch()
    view.table.viewport().installEventFilter(watch)
    model = view.model

    def wait_for(signals: list[Any], until: Any) -> None:
        if until():
            return
        wait = QEventLoop()
        for signal in signals:
            signal.connect(wait.quit)
        QTimer.singleShot(10000, wait.quit)
        wait.exec()
        for signal in signals:
            signal.disconnect(wait.quit)

    def painted(since: int | None) -> float:
        """When the first viewport paint after the ``since``-th ended (waiting for it), or
        now, after whatever was due, when ``since`` is None."""
        app.processEvents()
        if since is None:
            return time.perf_counter()
        if paints[0] == since:  # the rows' paint is not due yet: wait for it
            wait = QEventLoop()
            waiting.append(wait)
            QTimer.singleShot(5000, wait.quit)
            wait.exec()
            waiting.remove(wait)
            if paints[0] == since:  # never painted: say so by the time it took
                return time.perf_counter()
        app.processEvents()  # paint_done, queued behind the paint
        return painted_at[0]

    def measure(change: Any) -> dict[str, float]:
        """apply → first rows painted (the figure) → count shown; with the GUI thread's
        CPU time over the whole change, and the part spent waiting for the loader."""
        arrived: list[float] = []
        paints_then: list[int] = []

        def on_first() -> None:
            arrived.append(time.perf_counter())
            paints_then.append(paints[0])  # the new rows are in the model from here on

        model.first_rows.connect(on_first)
        failures = model.failures
        cpu = time.thread_time()
        start = time.perf_counter()
        change()
        # The first rows, or the end (a failure) when no rows come.
        wait_for([model.first_rows, model.loaded], lambda: not model.is_loading() or bool(arrived))
        # No rows came (a failure): nothing to wait for.
        first = painted(paints_then[0] if paints_then else None)
        wait_for([model.loaded], lambda: not model.is_loading())
        counted = painted(None)  # whatever the count changed (label, scroll bar)
        model.first_rows.disconnect(on_first)
        return {
            "first_ms": (first - start) * 1000,
            "counted_ms": (counted - start) * 1000,
            "loader_ms": ((arrived[0] if arrived else first) - start) * 1000,
            "gui_cpu_ms": (time.thread_time() - cpu) * 1000,
            "failed": float(model.failures - failures),
        }

    def set_text(word: str) -> Any:
        def change() -> None:
            view.search.setText(word)
            view.apply()

        return change

    rng = random.Random(3)
    words = ["bazar", "tussag", "polisiýa", "suw", "mekdep", "задержан", "Seýdi", "gije"]
    searches = [measure(set_text(word)) for word in words * 3]
    slowest = max(range(len(searches)), key=lambda i: searches[i]["first_ms"])
    r["search_slowest"] = f"{(words * 3)[slowest]!r}, search {slowest + 1} of {len(searches)}"
    measure(set_text(""))
    filters = []
    bar = view.filters
    velayats = [bar.velayat.itemData(i) for i in range(1, bar.velayat.count())]
    statuses = [bar.status.itemData(i) for i in range(1, 3)]
    for i in range(24):
        if i % 3 == 0:
            code = rng.choice(velayats)
            filters.append(
                measure(lambda c=code: bar.velayat.setCurrentIndex(bar.velayat.findData(c)))
            )
        elif i % 3 == 1:
            code = rng.choice(statuses)
            filters.append(
                measure(lambda c=code: bar.status.setCurrentIndex(bar.status.findData(c)))
            )
        else:
            filters.append(measure(bar.clear))
    measure(bar.clear)
    for name, runs in (("search", searches), ("filter", filters)):
        first = [x["first_ms"] for x in runs]
        r[f"{name}_ms_p50"] = round(_percentile(first, 50), 1)
        r[f"{name}_ms_max"] = round(max(first), 1)
        r[f"{name}_counted_ms_p50"] = round(_percentile([x["counted_ms"] for x in runs], 50), 1)
        r[f"{name}_loader_ms_p50"] = round(_percentile([x["loader_ms"] for x in runs], 50), 1)
        r[f"{name}_gui_cpu_ms_p50"] = round(_percentile([x["gui_cpu_ms"] for x in runs], 50), 1)
        r[f"{name}_gui_cpu_ms_max"] = round(max(x["gui_cpu_ms"] for x in runs), 1)
        r[f"{name}_failed"] = int(sum(x["failed"] for x in runs))

    # Scrolling: page steps from the top, then jumps of the thumb across the whole list. A
    # 1 ms heartbeat measures the gaps; the GUI thread's CPU time in each gap tells a block
    # of our own (CPU) from the thread waiting to be scheduled on a loaded machine.
    bar_v = view.table.verticalScrollBar()
    steps = [bar_v.value() + bar_v.pageStep() * i for i in range(1, 150)]
    steps += [rng.randint(0, bar_v.maximum()) for _ in range(150)]
    steps += [bar_v.maximum() - bar_v.pageStep() * i for i in range(0, 50)]
    scroller = QTimer()
    scroller.setInterval(8)
    done = QEventLoop()

    def scroll() -> None:
        if not steps:
            scroller.stop()
            heartbeat.stop()
            done.quit()
            return
        bar_v.setValue(min(bar_v.maximum(), steps.pop(0)))

    scroller.timeout.connect(scroll)
    heartbeat, gaps = start_heartbeat()
    scroller.start()
    scroll_start = time.perf_counter()
    done.exec()
    r["scroll_s"] = round(time.perf_counter() - scroll_start, 2)
    wall = [g[0] for g in gaps[1:]] or [0.0]
    worst = max(gaps[1:], default=(0.0, 0.0))
    r["scroll_max_block_ms"] = round(worst[0], 1)
    r["scroll_max_block_cpu_ms"] = round(worst[1], 1)
    r["scroll_max_cpu_block_ms"] = round(max((g[1] for g in gaps[1:]), default=0.0), 1)
    r["scroll_blocks_over_50ms"] = sum(1 for w in wall if w > 50)
    r["scroll_p99_block_ms"] = round(_percentile(wall, 99), 1)
    r["page_loads"] = view.model.page_loads
    r["rss_mb"] = peak_rss_mb()
    window.close()
    QApplication.quit()
    return r


def run_child(kind: str, extra: list[str]) -> dict[str, Any]:
    env = dict(os.environ)
    env.pop("FIELDBOOK_TEST_FAST_KDF", None)
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--t0", repr(t0), *extra],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if out.returncode != 0:
        sys.stderr.write(out.stderr)
        raise SystemExit(f"child {kind} failed ({out.returncode})")
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--dir", type=Path, default=ROOT / "bench" / "out" / "ui")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--runs", type=int, default=3, help="start-up runs (median reported)")
    parser.add_argument("--child", choices=["bare", "app"], help=argparse.SUPPRESS)
    parser.add_argument("--t0", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child == "bare":
        print(json.dumps(child_bare(args.t0)))
        return 0
    if args.child == "app":
        print(json.dumps(child_app(args.t0, args.data)))
        return 0

    data = build(args.dir, args.n, args.rebuild)
    bare_runs = [run_child("bare", []) for _ in range(args.runs)]
    app_runs = [run_child("app", ["--data", str(data)]) for _ in range(args.runs)]
    bare = sorted(bare_runs, key=lambda r: r["shown_s"])[len(bare_runs) // 2]
    app = sorted(app_runs, key=lambda r: r["main_window_shown_s"])[len(app_runs) // 2]
    # The UI's own time on the way to the main window: until the unlock page shows, then
    # from the end of the unlock (KDF) to the first rows painted. Loading the store's
    # libraries while the passphrase is typed (preloaded_s) is off this path.
    beyond = app["unlock_page_shown_s"] + app["after_unlock_to_main_s"] - bare["shown_s"]
    summary = {
        "n": app["rows"],
        "bare_start_s": round(bare["shown_s"], 3),
        "unlock_page_shown_s": round(app["unlock_page_shown_s"], 3),
        "preloaded_s": round(app["preloaded_s"], 3),
        "unlock_kdf_s": round(app["unlock_kdf_s"], 3),
        "after_unlock_to_main_s": round(app["after_unlock_to_main_s"], 3),
        "start_to_main_s": round(app["main_window_shown_s"], 3),
        "main_beyond_bare_excl_kdf_s": round(beyond, 3),
        "search_ms_p50": app["search_ms_p50"],
        "search_ms_max": max(r["search_ms_max"] for r in app_runs),
        "search_slowest": max(app_runs, key=lambda r: r["search_ms_max"])["search_slowest"],
        "filter_ms_p50": app["filter_ms_p50"],
        "filter_ms_max": max(r["filter_ms_max"] for r in app_runs),
        **{
            f"{kind}_{part}": app[f"{kind}_{part}"]
            for kind in ("search", "filter")
            for part in ("counted_ms_p50", "loader_ms_p50", "gui_cpu_ms_p50")
        },
        "search_gui_cpu_ms_max": max(r["search_gui_cpu_ms_max"] for r in app_runs),
        "filter_gui_cpu_ms_max": max(r["filter_gui_cpu_ms_max"] for r in app_runs),
        "failed_queries": sum(r["search_failed"] + r["filter_failed"] for r in app_runs),
        "unlock_max_block_ms": max(r["unlock_max_block_ms"] for r in app_runs),
        "unlock_max_block_cpu_ms": max(app_runs, key=lambda r: r["unlock_max_block_ms"])[
            "unlock_max_block_cpu_ms"
        ],
        "scroll_max_block_ms": max(r["scroll_max_block_ms"] for r in app_runs),
        "scroll_max_block_cpu_ms": max(app_runs, key=lambda r: r["scroll_max_block_ms"])[
            "scroll_max_block_cpu_ms"
        ],
        "scroll_max_cpu_block_ms": max(r["scroll_max_cpu_block_ms"] for r in app_runs),
        "scroll_blocks_over_50ms": [r["scroll_blocks_over_50ms"] for r in app_runs],
        "scroll_p99_block_ms": app["scroll_p99_block_ms"],
        "page_loads": app["page_loads"],
        "rss_mb_app": max(r["rss_mb"] for r in app_runs),
        "rss_mb_bare": bare["rss_mb"],
    }
    summary["targets_met"] = {
        "main_window_le_1s_beyond_bare": beyond <= 1.0,
        "search_filter_le_100ms": max(summary["search_ms_max"], summary["filter_ms_max"]) <= 100,
        "scroll_block_le_50ms": summary["scroll_max_block_ms"] <= 50,
    }
    m = summary
    lines = [
        ("observations in the profile", f"{m['n']:,}"),
        ("bare PySide6 start (reference)", f"{m['bare_start_s']:.3f} s"),
        ("process start → unlock page shown", f"{m['unlock_page_shown_s']:.3f} s"),
        ("store + reference data loaded", f"{m['preloaded_s']:.3f} s (while typing)"),
        ("unlock (scrypt KDF + first read)", f"{m['unlock_kdf_s']:.3f} s"),
        ("unlocked → main window, rows painted", f"{m['after_unlock_to_main_s']:.3f} s"),
        ("process start → main window", f"{m['start_to_main_s']:.3f} s"),
        ("  UI's own path beyond bare start", f"{m['main_beyond_bare_excl_kdf_s']:.3f} s"),
        (
            "  longest event-loop block meanwhile",
            f"{m['unlock_max_block_ms']} ms (GUI CPU in it {m['unlock_max_block_cpu_ms']} ms)",
        ),
        ("search applied (p50 / max)", f"{m['search_ms_p50']} / {m['search_ms_max']} ms"),
        ("  slowest search", m["search_slowest"]),
        ("filter applied (p50 / max)", f"{m['filter_ms_p50']} / {m['filter_ms_max']} ms"),
        (
            "  of which loader+store (p50 s / f)",
            f"{m['search_loader_ms_p50']} / {m['filter_loader_ms_p50']} ms",
        ),
        (
            "  GUI thread CPU (p50 / max s; f)",
            f"{m['search_gui_cpu_ms_p50']} / {m['search_gui_cpu_ms_max']} ms;"
            f" {m['filter_gui_cpu_ms_p50']} / {m['filter_gui_cpu_ms_max']} ms",
        ),
        (
            "  count shown (p50 search / filter)",
            f"{m['search_counted_ms_p50']} / {m['filter_counted_ms_p50']} ms",
        ),
        ("  queries that failed", f"{m['failed_queries']}"),
        (
            "scrolling: longest event-loop block",
            f"{m['scroll_max_block_ms']} ms (GUI CPU in it {m['scroll_max_block_cpu_ms']} ms;"
            f" p99 {m['scroll_p99_block_ms']} ms)",
        ),
        ("  longest GUI-thread CPU between beats", f"{m['scroll_max_cpu_block_ms']} ms"),
        ("  blocks over 50 ms per run", f"{m['scroll_blocks_over_50ms']}"),
        ("peak RSS app / bare", f"{m['rss_mb_app']} / {m['rss_mb_bare']} MB"),
    ]
    for label, value in lines:
        print(f"{label:40}{value}")
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
