"""`fieldbook --self-test`: checks a built package without a person, and leaves nothing behind.

Runs offscreen. In a temporary folder it creates a throwaway profile (the production KDF),
saves an observation with an attachment, closes it, unlocks it again and reads both back; it
loads every translation, every resource and the map data (drawn by the figures window's map),
writes a report as PDF and ODT in memory, and opens the window on its unlock page and unlocks
it there, so every library a person's first hour needs is known to be in the
package. Prints one line per step, exits 0 when all pass and 1 at the first failure (with
its traceback: the content is made up here, nothing of a person's is read).

`fieldbook --startup-probe --data-dir D` is for the start-up benchmark (bench/package.py): it
starts the window as `fieldbook` does, prints ``unlock page shown`` once it is painted and
quits.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

MARKER = "fieldbook self-test "  # in every made-up text, looked for in the files afterwards
TIMEOUT_S = 60.0


class SelfTestError(Exception):
    pass


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestError(message)


def _wait(condition: Callable[[], bool], what: str) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + TIMEOUT_S
    while not condition():
        if time.monotonic() > deadline:
            raise SelfTestError(f"timed out waiting for {what}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


class _Run:
    def __init__(self, work: Path) -> None:
        self.work = work
        self.data = work / "profile"
        self.passphrase = "self-test " + secrets.token_urlsafe(12)
        self.attachment = (MARKER + "attachment\n").encode() * 20_000 + secrets.token_bytes(999)
        self.title = MARKER + "Tussag edilen adam, Türkmenabat"
        self.observation_id = ""

    # -- the steps, in order --------------------------------------------------------------

    def application(self) -> str:
        from desktop.ui.app import make_application

        app = make_application(["fieldbook"])
        return f"Qt {app.platformName()} platform"

    def translations(self) -> str:
        from PySide6.QtCore import QCoreApplication

        from desktop.ui import i18n

        probe = "The passphrase is not correct."
        done = []
        for code in i18n.CODES:
            _check(i18n.set_language(code), f"the {code} translation did not load")
            if code != "en":
                translated = QCoreApplication.translate("core", probe)
                _check(translated != probe, f"the {code} translation does not translate")
            done.append(code)
        i18n.set_language("en")
        return ", ".join(done)

    def resources(self) -> str:
        from PySide6.QtCore import QByteArray
        from PySide6.QtSvg import QSvgRenderer

        from desktop.core.refdata import get_reference_data, resources_dir

        folder = resources_dir()
        files = [p for p in sorted(folder.rglob("*")) if p.is_file()]
        for path in files:
            if path.suffix in (".json", ".geojson"):
                json.loads(path.read_text("utf-8"))
            elif path.suffix == ".svg":
                svg = path.read_text("utf-8").replace("currentColor", "#000000").encode()
                _check(QSvgRenderer(QByteArray(svg)).isValid(), f"{path.name} does not render")
        ref = get_reference_data()
        _check(len(ref.places.velayats()) >= 6, "the places have no velayats")
        _check(len(ref.rights) > 0 and len(ref.act_types) > 0, "a taxonomy is empty")
        return f"{len(files)} files, {len(ref.places)} places"

    def map_data(self) -> str:
        from PySide6.QtCore import QRect, Qt
        from PySide6.QtGui import QImage, QPainter

        from desktop.core.refdata import get_reference_data
        from desktop.ui.coordinator.map_view import VelayatMap

        # The figures window's own map widget, drawn as it draws itself.
        widget = VelayatMap()
        known = {p.code for p in get_reference_data().places.velayats()}
        codes = widget.codes()
        _check(len(codes) >= 6, "the map has fewer than six velayats")
        unknown = sorted(set(codes) - known)
        _check(not unknown, f"the map's {', '.join(unknown)} is not a known velayat")
        widget.set_counts({code: n + 1 for n, code in enumerate(codes)})
        image = QImage(400, 260, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        try:
            widget.paint_map(painter, QRect(0, 0, 400, 260))
        finally:
            painter.end()
        colours = {image.pixel(x, y) for x in range(0, 400, 8) for y in range(0, 260, 8)}
        _check(len(colours) > 3, "the map drew nothing")
        widget.deleteLater()
        return f"{len(codes)} velayats drawn"

    def profile(self) -> str:
        from desktop.core.model import IncidentDate, Observation, Place
        from desktop.core.paths import resolve_paths
        from desktop.core.profile import Profile

        paths = resolve_paths(self.data)
        source = self.work / "attachment.bin"
        source.write_bytes(self.attachment)
        with Profile.create(paths, self.passphrase, velayat="lebap") as profile:
            obs = profile.observations.save(
                Observation.new(
                    title=self.title,
                    date=IncidentDate("2024-03-05"),
                    place=Place("lebap", None, "Türkmenabat"),
                    description=MARKER + "description",
                )
            )
            profile.attachments.add(obs.id, source, filename="scan.bin")
            self.observation_id = obs.id
        source.unlink()
        with Profile.unlock(paths, self.passphrase) as profile:
            back = profile.observations.get(self.observation_id)
            _check(back.title == self.title, "the observation read back differs")
            (ref,) = profile.attachments.list(self.observation_id)
            data = profile.attachments.read(ref.id)
            _check(
                hashlib.sha256(data).digest() == hashlib.sha256(self.attachment).digest(),
                "the attachment read back differs",
            )
        needle = MARKER.encode()
        for path in self.data.rglob("*"):
            if path.is_file():
                _check(needle not in path.read_bytes(), f"plaintext found in {path.name}")
        return f"{len(self.attachment):,} bytes attached, nothing in plaintext"

    def report(self) -> str:
        from desktop.core.paths import resolve_paths
        from desktop.core.profile import Profile
        from desktop.core.reports.document import ReportOptions, build_report
        from desktop.ui.reports.render import odt_bytes, pdf_bytes, translator_for

        # In memory only: a report written to disk would be plaintext left behind.
        with Profile.unlock(resolve_paths(self.data), self.passphrase) as profile:
            options = ReportOptions("2024-01-01", "2024-12-31", lang="ru")
            doc = build_report(profile, options, translator_for("ru"))
        pdf, odt = pdf_bytes(doc), odt_bytes(doc)
        _check(pdf.startswith(b"%PDF") and len(pdf) > 1000, "the PDF report is empty")
        _check(odt.startswith(b"PK"), "the ODT report is not an OpenDocument file")
        return f"PDF {len(pdf):,} bytes, ODT {len(odt):,} bytes (Russian)"

    def window(self) -> str:
        from desktop.core.paths import resolve_paths
        from desktop.ui.dialogs import Dialogs
        from desktop.ui.main_window import MainWindow
        from desktop.ui.session import Session

        session = Session(resolve_paths(self.data))
        window = MainWindow(session, Dialogs(), "en")
        try:
            window.show()
            _check(window.stack.currentWidget() is window.unlock_page, "no unlock page")
            _wait(lambda: window.is_preloaded, "the store to load")
            unlocked: list[Any] = []
            window.unlock_page.unlocked.connect(unlocked.append)
            window.unlock_page.passphrase.setText(self.passphrase)
            window.unlock_page.try_unlock()
            _wait(lambda: bool(unlocked), "the unlock")
            workspace = window.workspace
            _check(workspace is not None, "no list after the unlock")
            assert workspace is not None
            _wait(lambda: workspace.model.rowCount() == 1, "the list's row")
        finally:
            window.close()
            session.close()
        return "unlocked, one row listed"

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("application", self.application),
            ("translations", self.translations),
            ("resources", self.resources),
            ("map data", self.map_data),
            ("encrypted profile", self.profile),
            ("report", self.report),
            ("window", self.window),
        ]


def run_self_test(out: Any = None) -> int:
    """Run every step; 0 when all pass, 1 at the first failure."""
    out = out or sys.stdout
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="fieldbook-self-test-"))
    rc = 0
    try:
        run = _Run(work)
        for name, step in run.steps():
            t0 = time.perf_counter()
            try:
                detail = step()
            except SelfTestError as exc:
                print(f"FAIL {name}: {exc}", file=out, flush=True)
                rc = 1
                break
            except Exception as exc:
                print(f"FAIL {name}: {type(exc).__name__}: {exc}", file=out, flush=True)
                traceback.print_exc()
                rc = 1
                break
            print(f"ok   {name}: {detail} ({time.perf_counter() - t0:.2f} s)", file=out, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if rc == 0 and work.exists():
        print(f"FAIL clean-up: {work} is still there", file=out)
        rc = 1
    if rc == 0:
        print(f"self-test passed in {time.perf_counter() - started:.1f} s", file=out)
    return rc


def startup_probe(data_dir: str | None) -> int:
    """Show the window as ``fieldbook`` does; print once the first page is painted, quit."""
    from PySide6.QtCore import QTimer

    from desktop.core.paths import resolve_paths
    from desktop.ui import i18n
    from desktop.ui.app import make_application
    from desktop.ui.dialogs import Dialogs
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import Session

    app = make_application(["fieldbook"])
    paths = resolve_paths(data_dir)
    i18n.set_language(i18n.saved_language(paths) or "en")
    session = Session(paths)
    window = MainWindow(session, Dialogs(), i18n.current_language())
    window.show()

    def painted() -> None:
        window.repaint()
        page = "unlock" if window.stack.currentWidget() is window.unlock_page else "first-run"
        print(f"{page} page shown", flush=True)
        window.close()
        app.quit()

    QTimer.singleShot(0, painted)
    app.exec()
    session.close()
    return 0
