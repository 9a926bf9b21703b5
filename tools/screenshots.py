"""Render every screen in every language into PNG files: ``make screenshots``.

    QT_QPA_PLATFORM=offscreen python -m tools.screenshots [OUT_DIR] [--scale 1.5] [--lang tk]

On a real 1366 × 768 screen (what field laptops have), under Xvfb:

    xvfb-run -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
        python -m tools.screenshots /tmp/shots [--scale 1.5]

Windows open at the size they would have there (never larger than the screen's free area).

Builds a throwaway profile with sample observations (in a temp folder, with the test-only
fast KDF), then grabs: the first-run pages, the unlock page (plain and after a wrong
passphrase), the main window with data, the observation editor (whole and each section,
and with validation errors), the taxonomy picker, settings, about, revision history and the
error dialog — in English, Russian and Turkmen. Look at them: long Russian and Turkmen
strings must not be clipped or overlap.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", default=str(ROOT / "screenshots"))
    parser.add_argument("--scale", type=float, default=None, help="QT_SCALE_FACTOR")
    parser.add_argument("--lang", action="append", choices=["en", "ru", "tk"])
    parser.add_argument("--dark", action="store_true", help="force the dark palette")
    parser.add_argument(
        "--received",
        action="store_true",
        help="the coordinator's desk instead (a local server; tools/screenshots_received.py)",
    )
    args = parser.parse_args(argv)
    if args.received:
        from tools.screenshots_received import main as received_main

        return received_main([args.out, *(args.lang or ["en", "ru", "tk"])])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["FIELDBOOK_TEST_FAST_KDF"] = "1"  # a throwaway profile; never for real data
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    shooter = Shooter(Path(args.out), args.lang or ["en", "ru", "tk"], args.dark)
    from tools.screenshots_figures import laptop_screen

    laptop_screen(shooter.work)  # offscreen: a 1366 × 768 screen, not Qt's 800 × 600
    return shooter.run()


class Shooter:
    def __init__(self, out: Path, langs: list[str], dark: bool) -> None:
        self.out = out
        self.langs = langs
        self.dark = dark
        self.work = Path(tempfile.mkdtemp(prefix="fieldbook-shots-"))
        self.count = 0

    # -- helpers ---------------------------------------------------------------------

    def wait(self, condition: Callable[[], bool], timeout: float = 15.0) -> None:
        from PySide6.QtWidgets import QApplication

        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("screen did not settle")
            QApplication.processEvents()
            time.sleep(0.01)
        QApplication.processEvents()

    def settle(self) -> None:
        from PySide6.QtWidgets import QApplication

        for _ in range(5):
            QApplication.processEvents()
            time.sleep(0.01)

    @staticmethod
    def fit(window: Any, width: int, height: int) -> None:
        """``width`` × ``height``, or less on a smaller screen (a title bar's 40 px kept)."""
        screen = window.screen()
        if screen is not None:
            free = screen.availableGeometry()
            width, height = min(width, free.width()), min(height, free.height() - 40)
        window.resize(width, height)

    def shot(self, widget: object, lang: str, name: str) -> None:
        self.settle()
        folder = self.out / lang
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{name}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        self.count += 1
        print(path.relative_to(self.out.parent) if self.out.parent in path.parents else path)

    # -- sample data -----------------------------------------------------------------

    def sync_screens(self, window: Any, lang: str) -> None:
        _sync_screens(self, window, lang)
        _import_dialog(self, window, lang)

    def editor_states(self, window: Any, lang: str) -> None:
        _editor_states(self, window, lang)

    def build_profile(self) -> Path:
        from PIL import Image

        from desktop.core.model import (
            Consent,
            FollowUpAction,
            IncidentDate,
            Observation,
            Person,
            Place,
            Source,
        )
        from desktop.core.paths import resolve_paths
        from desktop.core.profile import Profile

        paths = resolve_paths(self.work / "data")
        samples = [
            ("Detained at the Gorogly bazaar", "dasoguz", "dasoguz-gorogly", "Gorogly"),
            ("Mejbury pagta ýygymy: mugallymlar", "dasoguz", "dasoguz-akdepe", "Akdepe"),
            ("Задержание журналиста на вокзале", "lebap", None, "Türkmenabat"),
            ("Passport not returned at the border", "balkan", None, "Türkmenbaşy"),
            ("Öýden çykarylan maşgala", "mary", None, "Baýramaly"),
            ("Отказ в медицинской помощи в СИЗО", "asgabat", None, ""),
            ("Internet blocked after the protest", "ahal", None, "Tejen"),
            ("Dini ýygnanyşyk dargadyldy", "lebap", None, "Kerki"),
        ]
        photo = self.work / "bruises.jpg"
        Image.new("RGB", (800, 600), (180, 90, 70)).save(photo)
        scan = self.work / "statement.pdf"
        scan.write_bytes(b"%PDF-1.4\n% sample\n")
        with Profile.create(
            paths,
            "screenshots only 2025",
            org_name="Daşoguz Human Rights Group",
            velayat="dasoguz",
        ) as profile:
            rights = ["iccpr:art7", "iccpr:art9", "iccpr:art19", "icescr:art6", "iccpr:art18"]
            acts = [t.code for t in list(_ref().act_types)[3:40:4]]
            for i in range(48):
                title, velayat, etrap, settlement = samples[i % len(samples)]
                obs = Observation.new(
                    title=title if i < len(samples) else f"{title} ({i})",
                    date=IncidentDate(start=f"2025-{1 + i % 9:02d}-{1 + i % 27:02d}"),
                    place=Place(velayat, etrap, settlement),
                    rights=[rights[i % len(rights)]],
                    act_types=[acts[i % len(acts)]],
                    description="Şaýat polisiýa işgärleriniň gije gelendigini aýtdy. " * 3,
                    people=[
                        Person(role="victim", name="A. B.", sex="male", age_group="age_26_40"),
                        Person(role="witness", sex="female", age_group="age_41_60"),
                        Person(role="alleged_perpetrator", perpetrator_type="police"),
                    ][: 1 + i % 3],
                    source=Source("witness_testimony", "high", "interview_in_person"),
                    consent=Consent(True, True, i % 2 == 0, False),
                    confidentiality=["normal", "sensitive", "highly_sensitive"][i % 3],
                    follow_up=[FollowUpAction("referred_to_lawyer", "Lawyer met the family")]
                    if i % 4 == 0
                    else [],
                    tags=["bazaar"] if i % 5 == 0 else [],
                )
                stored = profile.observations.save(obs)
                if i == 0:
                    self.sample_id = stored.id
                    profile.attachments.add(stored.id, photo)
                    profile.attachments.add(stored.id, scan)
                    stored = profile.observations.get(stored.id)
                    stored.description += "\nAfter two days he was released."
                    profile.observations.save(stored)
                if i % 3 == 1:
                    profile.observations.set_status(stored.id, "queued")
            from tools.screenshots_figures import add_links

            add_links(profile)  # links to UN work, for the figures by recommendation
        self.passphrase = "screenshots only 2025"
        return paths.data_dir

    # -- screens ---------------------------------------------------------------------

    def run(self) -> int:
        from desktop.ui import i18n
        from desktop.ui.app import locale_for, make_application

        app = make_application(["fieldbook-screenshots"])
        if self.dark:
            from desktop.ui.theme import dark_palette

            app.setPalette(dark_palette())
        data_dir = self.build_profile()
        for lang in self.langs:
            i18n.set_language(lang)
            from PySide6.QtCore import QLocale

            QLocale.setDefault(locale_for(lang))
            self.first_run(lang)
            self.main_screens(lang, data_dir)
        print(f"{self.count} screenshots in {self.out}")
        return 0

    def first_run(self, lang: str) -> None:
        from desktop.core.paths import resolve_paths
        from desktop.ui.dialogs import Dialogs
        from desktop.ui.main_window import MainWindow
        from desktop.ui.session import Session

        empty = resolve_paths(self.work / f"empty-{lang}")
        empty.ensure()
        window = MainWindow(Session(empty), Dialogs(), lang)
        window.resize(900, 620)
        window.show()
        page = window.first_run
        assert page is not None
        self.shot(window, lang, "01-first-run-language")
        page.next()
        page.passphrase.setText("four words of mine")
        page.repeat.setText("four words")
        self.shot(window, lang, "02-first-run-passphrase")
        page.repeat.setText("four words of mine")
        page.next()
        page.org_name.setText("Daşoguz Human Rights Group")
        page.velayat.setCurrentIndex(page.velayat.findData("dasoguz"))
        self.shot(window, lang, "03-first-run-organisation")
        window.close()
        window.deleteLater()

    def main_screens(self, lang: str, data_dir: Path) -> None:
        from desktop.core.paths import resolve_paths
        from desktop.ui.about_dialog import AboutDialog
        from desktop.ui.dialogs import Dialogs
        from desktop.ui.error_dialog import ErrorDialog, format_details
        from desktop.ui.history_dialog import HistoryDialog
        from desktop.ui.main_window import MainWindow
        from desktop.ui.session import Session
        from desktop.ui.settings_dialog import SettingsDialog
        from desktop.ui.taxonomy_picker import TaxonomyPickerDialog

        window = MainWindow(Session(resolve_paths(data_dir)), Dialogs(), lang)
        self.fit(window, 1366, 728)
        window.show()
        self.wait(lambda: window.is_preloaded)
        self.shot(window, lang, "04-unlock")
        page = window.unlock_page
        page.failures = 3
        page._wait_left = 5
        page._show_failure()
        self.shot(window, lang, "05-unlock-wrong-passphrase")
        page.failures = 0
        page._wait_left = 0
        page.message.clear_error()
        profile = window.session.unlock_profile(self.passphrase)
        window._opened(profile)
        view = window.workspace
        assert view is not None
        self.wait(lambda: not view.model.is_loading() and view.model.rowCount() > 0)
        for r in range(min(30, view.model.rowCount())):
            view.model.row_at(r)
        self.wait(lambda: not view.model.is_loading())
        view.table.selectRow(0)
        self.shot(window, lang, "06-main-window")
        view.search.setText("bazaar")
        view.filters.velayat.setCurrentIndex(view.filters.velayat.findData("dasoguz"))
        view.apply()
        self.wait(lambda: not view.model.is_loading())
        for r in range(view.model.rowCount()):
            view.model.row_at(r)
        self.wait(lambda: not view.model.is_loading())
        self.shot(window, lang, "07-main-window-search-filter")
        window.clear_filters()
        self.wait(lambda: not view.model.is_loading())

        window.open_observation(self.sample_id)  # read in a worker
        self.wait(lambda: self.sample_id in window.editors)
        editor = window.editors[self.sample_id]
        self.wait(lambda: not editor.attachments.is_busy())
        self.shot(editor, lang, "08-editor")
        for i, key in enumerate(
            (
                "what",
                "when",
                "rights",
                "people",
                "source",
                "attachments",
                "follow_up",
                "recommendations",
            )
        ):
            editor.nav.setCurrentRow(i)
            self.shot(editor, lang, f"09-editor-{i + 1}-{key}")
        history = HistoryDialog(window.session, self.sample_id, editor)
        history.show()
        if history.revisions.count() > 1:
            history.revisions.setCurrentRow(history.revisions.count() - 1)
        self.shot(history, lang, "10-history")
        history.close()
        editor.discard_and_close()

        new = window.open_observation(None)
        assert new is not None
        new.lat.setText("38.5")
        new.people.add_button.click()
        new.people.rows[0].perpetrator_type.setEnabled(True)
        new.people.rows[0].perpetrator_type.setCurrentIndex(1)
        new.consent_obtained.setChecked(True)  # no consent question in the way
        new.ready_to_send()  # the rules apply when sending
        self.shot(new, lang, "11-editor-validation-errors")
        new.nav.setCurrentRow(3)
        self.shot(new, lang, "12-editor-validation-errors-people")
        new.discard_and_close()
        self.editor_states(window, lang)

        picker = TaxonomyPickerDialog("act_types", [], window)
        picker.picker.search.setText({"en": "torture", "ru": "пытк", "tk": "gynamak"}[lang])
        picker.picker.apply_filter()
        picker.show()
        codes = picker.picker.visible_codes()
        if len(codes) > 2:
            picker.picker.set_checked(codes[2], True)
        self.shot(picker, lang, "13-taxonomy-picker")
        picker.close()

        settings = SettingsDialog(window.session, window)
        settings.show()
        self.shot(settings, lang, "14-settings")
        settings.close()
        about = AboutDialog(window)
        about.show()
        self.shot(about, lang, "15-about")
        about.close()
        self.sync_screens(window, lang)
        from tools.screenshots_figures import figures_screens

        figures_screens(self, window, lang)
        try:
            {}["x"]
        except KeyError as exc:
            details = format_details(type(exc), exc, exc.__traceback__)
        error = ErrorDialog.unexpected(details, window)
        error.show()
        self.shot(error, lang, "16-error-dialog")
        error.close()
        window.lock()
        self.shot(window, lang, "17-locked")
        window.close()
        window.deleteLater()


def _editor_states(shooter: Any, window: Any, lang: str) -> None:
    """A draft autosaved with things missing, a 6,000-character title, a mistyped date."""
    from PySide6.QtCore import QDate

    new = window.open_observation(None)
    new.description.setPlainText("Şaýat polisiýa işgärleriniň gije gelendigini aýtdy.")
    new.autosave()
    shooter.wait(lambda: new.autosave_count == 1)
    shooter.shot(new, lang, "11a-editor-autosaved-draft")
    new.title.setText("Uzyn at " * 750)
    new.title.textEdited.emit(new.title.text())
    new.date_start.edit.setText("32.13.2025")
    new.date_start.edit.editingFinished.emit()
    new.date_start.menu.aboutToShow.emit()  # the calendar opens at today
    shooter.shot(new, lang, "11b-editor-long-title-bad-date")
    calendar = new.date_start.calendar
    calendar.resize(calendar.sizeHint())
    shooter.shot(calendar, lang, "11c-calendar")
    new.date_start.setDate(QDate(2025, 10, 3))
    shooter.shot(new.date_start, lang, "11d-date-field")
    new.discard_and_close()


def _import_dialog(shooter: Any, window: Any, lang: str) -> None:
    rows = shooter.work / f"import-{lang}.csv"
    rows.write_text(
        "title,date_start,velayat\nDetained at the market,2025-03-01,mary\n"
        ",2025-03-02,mary\nUnknown place,2025-03-03,atlantis\nOld,1900-01-02,mary\n",
        encoding="utf-8",
    )
    dialog = window.open_import()
    dialog.path.setText(str(rows))
    dialog._update()
    shooter.shot(dialog, lang, "18-import")
    dialog.start()
    shooter.wait(lambda: dialog.report is not None)
    shooter.shot(dialog, lang, "19-import-done")
    dialog.close()
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.dialogs import file_dialog

    chooser = file_dialog(
        window, "CSV / JSON", QFileDialog.FileMode.ExistingFile, "Observations (*.csv *.json)"
    )
    chooser.setDirectory(str(shooter.work))
    chooser.resize(800, 480)
    chooser.show()
    shooter.shot(chooser, lang, "20-file-chooser")
    chooser.close()


def _sync_screens(shooter: Any, window: Any, lang: str) -> None:
    """Connect dialog, the status bar while sending attachments and when offline, the log."""
    from desktop.ui.connect_dialog import ConnectDialog
    from desktop.ui.hub import hub
    from desktop.ui.sync_log_dialog import SyncLogDialog

    profile = window.session.profile
    dialog = ConnectDialog(profile, window.dialogs, window)
    dialog.show()
    shooter.shot(dialog, lang, "15a-connect-to-server")
    dialog.close()
    window.sync.detach()
    hub().sync_state_changed.emit(
        {
            "enrolled": True,
            "running": True,
            "phase": "uploading",
            "queued": 12,
            "records_done": 3,
            "records_total": 12,
            "bytes_done": 4_100_000,
            "bytes_total": 18_000_000,
        }
    )
    shooter.shot(window, lang, "15b-status-sending-attachments")
    hub().sync_state_changed.emit(
        {
            "enrolled": True,
            "running": False,
            "phase": "failed",
            "queued": 12,
            "bytes_waiting": 750_000_000,
            "error_code": "server_unreachable",
            "message": "The server cannot be reached. Fieldbook will "
            "try again when the connection returns.",
        }
    )
    shooter.shot(window, lang, "15c-status-offline")
    state = profile.sync.store
    with profile.database.transaction():
        state.log("info", "enrolled", "This device was connected to the server.")
        state.log(
            "error",
            "captive_portal",
            "Something other than the Fieldbook server "
            "answered (a login page, a block page or a filter). Nothing was sent.",
        )
        state.log("info", "synced", "Sync finished.")
    log = SyncLogDialog(profile, window)
    log.show()
    shooter.shot(log, lang, "15d-sync-log")
    log.close()
    _parcel_screens(shooter, window, lang)


def _parcel_screens(shooter: Any, window: Any, lang: str) -> None:
    """The USB-stick screen as a field worker sees it after writing a parcel, and as a
    coordinator sees it after opening two (one of them damaged)."""
    from desktop.core.sync.parcel import ParcelRefused, ParcelReport
    from desktop.ui.parcel_dialog import ParcelDialog

    dialog = ParcelDialog(window.session.profile, window.dialogs, window)
    dialog.show()
    made = ParcelReport(envelopes=12, parts=[Path("/media/usb/3f9a1c07d2e8b564-1.fbp")])
    dialog._made(made)
    shooter.shot(dialog, lang, "15e-parcel-made")
    dialog.results.clear()
    dialog.coordinator = True
    dialog.for_device.setVisible(True)
    dialog._report(
        [
            ("/media/usb/3f9a1c07d2e8b564-1.fbp", ParcelReport(received=12, receipts=0)),
            ("/media/usb/0b4e77a2c19d3f80-1.fbp", ParcelRefused()),
        ]
    )
    shooter.shot(dialog, lang, "15f-parcel-opened-coordinator")
    dialog.close()


def _ref():
    from desktop.core.refdata import get_reference_data

    return get_reference_data()


if __name__ == "__main__":
    sys.exit(main())
