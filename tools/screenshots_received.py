"""Screenshots of the coordinator's desk (issue 15): the Received list, a received record's
view, a review, the revisions' changes, a conflict, reviewing a selection, the devices
screen and the field worker's thread — in English, Russian and Turkmen, at 1366 × 768,
against a real local server:

    QT_QPA_PLATFORM=offscreen python -m tools.screenshots_received /tmp/shots-received
    (or: python -m tools.screenshots --received OUT)

Everything is made in a temporary folder: a server, a coordinator's profile and two field
workers' (the test-only fast KDF), observations with a photo, reviews and a reply.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SIZE = (1366, 768)
PASSPHRASE = "coordinator passphrase 1"

TITLES = [
    ("Sud işi: aklawçy goýberilmedi", "mary", "Baýramaly"),
    ("Задержание журналиста на вокзале", "lebap", "Türkmenabat"),
    ("Bazarda saklanan žurnalist", "mary", "Mary"),
    ("Passport not returned at the border", "balkan", "Türkmenbaşy"),
    ("Öýden çykarylan maşgala", "dasoguz", "Akdepe"),
    ("Отказ в медицинской помощи в СИЗО", "asgabat", ""),
    ("Mejbury pagta ýygymy: mugallymlar", "dasoguz", "Gorogly"),
    ("Internet blocked after the protest", "ahal", "Tejen"),
]


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


def _records(field: Any, photo: Path, picks: list[int]) -> list[str]:
    from desktop.core.model import Consent, IncidentDate, Observation, Person, Place, Source

    ids = []
    for n, i in enumerate(picks):
        title, velayat, settlement = TITLES[i]
        obs = Observation.new(
            title=title,
            description="Şaýat polisiýa işgärleriniň gije gelendigini aýtdy. " * 2,
            place=Place(velayat=velayat, etrap=None, settlement=settlement),
            people=[
                Person(role="victim", name="A. M.", keep_anonymous=True, sex="male"),
                Person(role="witness", name="Gülşat", keep_anonymous=False, sex="female"),
            ][: 1 + n % 2],
            source=Source("witness_testimony", "high", "interview_in_person"),
            consent=Consent(True, True, n % 2 == 0, False),
            confidentiality=["normal", "sensitive", "highly_sensitive"][n % 3],
            rights=["iccpr:art14"] if n % 2 == 0 else ["iccpr:art19"],
        )
        obs.date = IncidentDate(start=f"2026-{9 + n % 3:02d}-{3 + n:02d}")
        rid = field.observations.save(obs).id
        if n == 0:
            field.attachments.add(rid, photo)
        field.observations.set_status(rid, "queued")
        ids.append(rid)
    return ids


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "/tmp/shots-received")
    langs = args[1:] or ["en", "ru", "tk"]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["FIELDBOOK_TEST_FAST_KDF"] = "1"  # throwaway profiles; never for real data
    from PIL import Image, ImageDraw
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from desktop.core.invitations import make_invitation
    from desktop.core.paths import resolve_paths
    from desktop.core.profile import Profile
    from desktop.core.sync.enrolment import enroll
    from desktop.ui import i18n
    from desktop.ui.app import locale_for
    from desktop.ui.coordinator.network_dialog import NetworkDialog
    from desktop.ui.dialogs import Dialogs
    from desktop.ui.main_window import MainWindow
    from desktop.ui.observation_editor import ObservationEditor
    from desktop.ui.received.bulk_review import BulkReviewDialog
    from desktop.ui.received.conflict_dialog import ConflictDialog
    from desktop.ui.received.loading import ConflictSide
    from desktop.ui.session import Session
    from tests.server.server_process import ServerProcess

    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="fieldbook-received-shots-"))
    photo = work / "bruises.jpg"
    image = Image.new("RGB", (800, 600), (200, 170, 150))
    ImageDraw.Draw(image).ellipse((250, 150, 550, 450), fill=(150, 70, 80))
    image.save(photo)
    server = ServerProcess(work / "server").start()
    try:
        server.admin("org", "add", "Mary Hukuk Merkezi", "--velayat", "mary")
        server.admin("org", "add", "Daşoguz Kömek", "--velayat", "dasoguz")
        first = json.loads(
            server.admin("invite", "--role", "coordinator", "--url", server.url, "--json").stdout
        )["code"]
        coord_paths = resolve_paths(work / "coord")
        coord = Profile.create(coord_paths, PASSPHRASE)
        enroll(coord, first, name="Aşgabat hub")
        field_paths = resolve_paths(work / "field")
        field = Profile.create(field_paths, "field passphrase 123", velayat="mary")
        enroll(field, make_invitation(coord, "field", org="Mary Hukuk Merkezi").code,
               name="Mary office")  # fmt: skip
        other = Profile.create(resolve_paths(work / "field2"), "field passphrase 456")
        enroll(other, make_invitation(coord, "field", org="Daşoguz Kömek").code, name="Akdepe")
        mine = _records(field, photo, [0, 2, 3, 5])
        theirs = _records(other, photo, [4, 6, 1, 7])
        field.sync.sync_once()
        other.sync.sync_once()
        coord.sync.sync_once()
        rid = mine[0]
        coord.reviews.review(rid, "received", "")
        coord.reviews.review(rid, "needs_information", "Haýsy kazyýet? Işiň belgisi barmy?")
        coord.reviews.review(theirs[0], "verified", "")
        coord.reviews.review(mine[2], "closed", "")
        coord.sync.sync_once()
        field.sync.sync_once()
        revised = field.observations.get(rid)
        revised.description += "\nMary welaýat kazyýeti, 3-nji noýabr."
        revised.reply_note = "Kazyýetiň ady we senesi goşuldy; işiň belgisi entek ýok."
        field.observations.save(revised)
        field.observations.set_status(rid, "queued")
        field.sync.sync_once()
        coord.sync.sync_once()
        coord.received.mark_read(theirs[0])
        coord.received.mark_read(mine[2])
        coord.close()

        session = Session(field_paths)
        session.opened(field)
        for lang in langs:
            i18n.set_language(lang)
            QLocale.setDefault(locale_for(lang))
            folder = out / lang
            folder.mkdir(parents=True, exist_ok=True)
            window = MainWindow(Session(coord_paths), Dialogs(), lang)
            window.resize(*SIZE)
            window.show()
            _wait(lambda w=window: w.is_preloaded)
            window._opened(window.session.unlock_profile(PASSPHRASE))
            desk = window.received
            assert desk is not None
            _wait(lambda d=desk: d.model.shown() == 8 and not d.model.is_loading())
            for r in range(8):
                desk.model.row_at(r)
            _wait(lambda d=desk: not d.model.is_loading() and d.unreviewed > 0)
            desk.table.selectRow(0)
            window.grab().save(str(folder / "received-list.png"))

            view = window.open_received(rid)
            view.resize(*SIZE)
            _wait(lambda v=view: v.data is not None and v.review.history.toPlainText() != "")
            view.grab().save(str(folder / "received-view.png"))
            view.review.set_status("verified")
            view.review.comment.setPlainText("Sag boluň: kazyýetiň ady ýeterlik, tassyklandy.")
            _wait(lambda: True)
            view.grab().save(str(folder / "received-review.png"))
            view.review.comment.clear()
            view.tabs.setCurrentIndex(1)
            box = view.attachments
            _wait(lambda b=box: b.list.count() == 1)
            box.list.setCurrentRow(0)
            box.preview_selected()
            _wait(lambda b=box: b.has_preview())
            view.grab().save(str(folder / "received-attachment.png"))
            view.tabs.setCurrentIndex(2)
            _wait(lambda v=view: len(v.revisions.change_rows()) > 0)
            view.grab().save(str(folder / "received-revisions.png"))

            profile = window.session.profile
            current = profile.received.get(rid)
            earlier = profile.received.history(rid)[0]
            other_copy = profile.received.revision(rid, earlier.envelope_id)
            other_copy.title += " (Baýramaly)"
            sides = [
                ConflictSide(
                    current.rev,
                    current.envelope_id,
                    current.received_at,
                    True,
                    current.observation,
                ),
                ConflictSide(current.rev, "f" * 64, earlier.received_at, False, other_copy),
            ]
            view.data.conflict = True
            view.data.conflicts = sides
            view.data.rule = profile.received.rule_text()
            view.tabs.setCurrentIndex(0)
            view._render()
            view.grab().save(str(folder / "received-view-conflict.png"))
            dialog = ConflictDialog(sides, view.data.rule, view)
            dialog.resize(*SIZE)
            dialog.show()
            _wait(lambda: True)
            dialog.grab().save(str(folder / "received-conflict.png"))
            dialog.close()
            view.close()

            desk.table.selectAll()
            bulk = BulkReviewDialog(8, parent=window)
            bulk.show()
            _wait(lambda: True)
            bulk.grab().save(str(folder / "received-bulk-review.png"))
            bulk.close()
            desk.filters.unread.setChecked(True)
            desk.filters.status.setCurrentIndex(desk.filters.status.findData("sent"))
            _wait(lambda d=desk: not d.model.is_loading())
            window.grab().save(str(folder / "received-list-filtered.png"))
            desk.filters.clear()

            network = NetworkDialog(profile, Dialogs())
            network.resize(*SIZE)
            network.show()
            _wait(lambda d=network: d.busy == 0)
            network.grab().save(str(folder / "network-devices.png"))
            network.close()
            window.sections.setCurrentIndex(1)
            _wait(lambda: True)
            window.grab().save(str(folder / "coordinator-my-records.png"))
            window.close()
            window.deleteLater()

            editor = ObservationEditor(session, rid, Dialogs())
            editor.resize(*SIZE)
            editor.show()
            _wait(lambda e=editor: e.review_thread.isVisible())
            editor.grab().save(str(folder / "field-review-thread.png"))
            editor._force_close = True
            editor.close()
            print(folder)
        session.lock()
        other.close()
    finally:
        server.stop()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
