"""Screenshots of the coordinator's Network dialog and of the field worker's review thread
(issue 15 items 4 and 5), in English, Russian and Turkmen, against a real local server:

    QT_QPA_PLATFORM=offscreen python -m tools.screenshots_network /tmp/shots-desk

Everything is made in a temporary folder: a server, a coordinator's and a field worker's
profile (the test-only fast KDF), an observation, two reviews and a reply.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SIZE = (1366, 768)


def _wait(condition: Any, timeout: float = 30.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screen did not settle")
        QApplication.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        QApplication.processEvents()
        time.sleep(0.01)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "/tmp/shots-desk")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["FIELDBOOK_TEST_FAST_KDF"] = "1"  # throwaway profiles; never for real data
    from PySide6.QtWidgets import QApplication

    from desktop.core.invitations import make_invitation
    from desktop.core.model import IncidentDate, Observation, Person, Place
    from desktop.core.paths import resolve_paths
    from desktop.core.profile import Profile
    from desktop.core.sync.enrolment import enroll
    from desktop.ui import i18n
    from desktop.ui.coordinator.network_dialog import NetworkDialog
    from desktop.ui.dialogs import Dialogs
    from desktop.ui.observation_editor import ObservationEditor
    from desktop.ui.observation_list import ObservationListView
    from desktop.ui.session import Session
    from tests.server.server_process import ServerProcess

    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="fieldbook-network-shots-"))
    server = ServerProcess(work / "server").start()
    try:
        server.admin("org", "add", "Mary Hukuk Merkezi", "--velayat", "mary")
        server.admin("org", "add", "Daşoguz Kömek", "--velayat", "dasoguz")
        import json

        first = json.loads(
            server.admin("invite", "--role", "coordinator", "--url", server.url, "--json").stdout
        )["code"]
        coord = Profile.create(resolve_paths(work / "coord"), "coordinator passphrase 1")
        enroll(coord, first, name="Aşgabat hub")
        field_paths = resolve_paths(work / "field")
        field = Profile.create(field_paths, "field passphrase 123", velayat="mary")
        code = make_invitation(coord, "field", org="Mary Hukuk Merkezi").code
        enroll(field, code, name="Mary office")
        other = Profile.create(resolve_paths(work / "field2"), "field passphrase 456")
        enroll(other, make_invitation(coord, "field", org="Daşoguz Kömek").code, name="Akdepe")
        obs = Observation.new(
            title="Sud işi: aklawçy goýberilmedi",
            description="Şaýat aklawçynyň sud zalyna goýberilmändigini gürrüň berdi.",
            place=Place(velayat="mary", etrap=None, settlement="Baýramaly"),
            people=[Person(role="witness", name="A. M.", keep_anonymous=True)],
        )
        obs.date = IncidentDate(start="2026-11-03")
        rid = field.observations.save(obs).id
        other_obs = Observation.new(
            title="Bazarda saklanan žurnalist", place=Place(velayat="mary", etrap=None)
        )
        other_obs.date = IncidentDate(start="2026-10-20")
        field.observations.save(other_obs)
        field.observations.set_status(rid, "queued")
        field.sync.sync_once()
        coord.sync.sync_once()
        coord.reviews.review(rid, "received", "")
        coord.reviews.review(
            rid, "needs_information", "Haýsy kazyýet? Işiň belgisi we senesi barmy?"
        )
        coord.sync.sync_once()
        field.sync.sync_once()
        session = Session(field_paths)
        session.opened(field)
        for lang in ("en", "ru", "tk"):
            i18n.set_language(lang)
            (out / lang).mkdir(parents=True, exist_ok=True)
            listing = ObservationListView()
            listing.model.review_marks = field.reviews.marks_for
            listing.set_service(field.observations)
            listing.resize(*SIZE)
            listing.show()
            _wait(lambda v=listing: v.model.shown() == 2)
            listing.grab().save(str(out / lang / "field-list-reviewed.png"))
            listing.filters.needs_info.click()
            _wait(lambda v=listing: v.model.shown() == 1 and not v.model.is_loading())
            listing.grab().save(str(out / lang / "field-list-asked-filter.png"))
            listing.set_service(None)
            listing.model.shutdown()
            listing.close()
            editor = ObservationEditor(session, rid, Dialogs())
            editor.resize(*SIZE)
            editor.show()
            _wait(lambda e=editor: e.review_thread.isVisible())
            editor.review_thread.reply.setPlainText(
                "Kazyýetiň ady we senesi goşuldy; işiň belgisi entek ýok."
            )
            _wait(lambda: True)
            editor.grab().save(str(out / lang / "field-review-thread-asked.png"))
            editor._force_close = True
            editor.dirty = False
            editor.close()
        revised = field.observations.get(rid)
        revised.description += " Mary welaýat kazyýeti, 3-nji noýabr."
        revised.reply_note = "Kazyýetiň ady we senesi goşuldy; işiň belgisi entek ýok."
        field.observations.save(revised)
        field.observations.set_status(rid, "queued")
        field.sync.sync_once()
        coord.sync.sync_once()
        coord.reviews.review(rid, "verified", "Sag boluň, tassyklandy.")
        coord.sync.sync_once()
        field.sync.sync_once()

        for lang in ("en", "ru", "tk"):
            i18n.set_language(lang)
            folder = out / lang
            folder.mkdir(parents=True, exist_ok=True)

            dialog = NetworkDialog(coord, Dialogs())
            dialog.resize(*SIZE)
            dialog.show()
            _wait(lambda d=dialog: d.busy == 0)
            dialog.grab().save(str(folder / "network-devices.png"))
            dialog.tabs.setCurrentWidget(dialog.invite_page)
            dialog.invite_org.setCurrentIndex(1)
            dialog.make_invitation()
            _wait(lambda d=dialog: d.busy == 0 and d.invitation is not None)
            dialog.grab().save(str(folder / "network-invitation.png"))
            dialog.tabs.setCurrentWidget(dialog.orgs_page)
            dialog.org_name.setText("Lebap Adalat")
            _wait(lambda: True)
            dialog.grab().save(str(folder / "network-organisations.png"))
            dialog.close()

            editor = ObservationEditor(session, rid, Dialogs())
            editor.resize(*SIZE)
            editor.show()
            _wait(lambda e=editor: e.review_thread.isVisible())
            editor.grab().save(str(folder / "field-review-thread.png"))
            editor._force_close = True
            editor.close()
            print(folder)
        session.lock()
        coord.close()
        other.close()
    finally:
        server.stop()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
