"""The received-attachments widget against the real server on 127.0.0.1 and real profiles:
a coordinator previews a field worker's photo from memory; a decrypted copy is written only
after the user was told what it means and agreed."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from desktop.core.profile import Profile
from desktop.core.sync.blob_download import GRID
from desktop.core.sync.engine import SyncEngine
from desktop.core.sync.transport import Response, Transport
from desktop.ui import i18n
from desktop.ui.hub import hub
from desktop.ui.received_attachments import ReceivedAttachmentsWidget
from tests.sync.conftest import (  # noqa: F401 - fixtures
    Net,
    coordinator,
    field_profile,
    make_profile,
    net,
    server,
)
from tests.sync.test_received_files import MARKER, grep, photo_bytes
from tests.ui.conftest import FakeDialogs


class AlwaysDamaged(Transport):
    def request(self, method: str, path: str, **kwargs: Any) -> Response:
        response = super().request(method, path, **kwargs)
        if method == "GET" and path.startswith("/v1/blobs/"):
            return Response(response.status, response.headers, b"\0" * len(response.body))
        return response


def sent_record(profile: Profile, tmp: Path, files: dict[str, bytes]) -> str:
    from tests.sync.helpers import record

    rid = record(profile, "Surat", "Ýazgy", queue=False)
    for name, content in files.items():
        path = tmp / name
        path.write_bytes(content)
        profile.attachments.add(rid, path)
        path.unlink()
    profile.observations.set_status(rid, "queued")
    SyncEngine(profile).sync_once()
    return rid


def test_preview_in_memory_and_a_copy_only_after_asking(
    qtbot: Any,
    net: Net,  # noqa: F811
    coordinator: Profile,  # noqa: F811
    make_profile: Callable[[str], Profile],  # noqa: F811
    tmp_path: Path,
) -> None:
    alice = field_profile(net, make_profile, "alice")
    photo = photo_bytes(300)
    scan = b"%PDF-1.4 " + MARKER + b" scan" * 100
    rid = sent_record(alice, tmp_path, {"photo.png": photo, "scan.pdf": scan})
    SyncEngine(coordinator).sync_once()

    dialogs = FakeDialogs()
    widget = ReceivedAttachmentsWidget(coordinator, rid, dialogs)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.list.count() == 2)
    assert "fetched when opened" in widget.list.item(0).text()
    assert "photo.png" in widget.list.item(0).text()

    # The photo: fetched in a worker, shown from memory.
    widget.list.setCurrentRow(0)
    assert widget.preview_button.isEnabled()
    with qtbot.waitSignal(widget.previewed, timeout=20000):
        qtbot.mouseClick(widget.preview_button, Qt.MouseButton.LeftButton)
    assert widget.has_preview()
    assert widget.preview.pixmap().width() == 300
    assert "on this laptop" in widget.list.item(0).text()
    assert not widget.is_busy()
    assert grep(coordinator.paths.data_dir, MARKER) == ""

    # The scan: no preview; a copy declined writes nothing and asks no file name.
    widget.list.setCurrentRow(1)
    assert not widget.preview_button.isEnabled()
    out = tmp_path / "out"
    out.mkdir()
    dialogs.confirm_answers = [False]
    dialogs.save_files = [str(out / "scan.pdf")]
    qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)
    kind, text = dialogs.asked[-1]
    assert kind == "confirm" and "NOT encrypted" in text and "scan.pdf" in text
    assert not any(k == "save" for k, _ in dialogs.asked)
    assert list(out.iterdir()) == []
    assert grep(coordinator.paths.data_dir, MARKER) == ""

    # Agreed: the copy is written where the user chose, and said to be unencrypted.
    dialogs.confirm_answers = [True]
    qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not widget.is_busy() and (out / "scan.pdf").exists(), timeout=20000)
    assert (out / "scan.pdf").read_bytes() == scan
    assert "not encrypted" in widget.status.text()

    # Locking leaves nothing recorded on the screen.
    hub().locked.emit()
    assert widget.list.count() == 0 and not widget.has_preview()


def test_a_blob_that_keeps_failing_its_hash_is_not_shown(
    qtbot: Any,
    net: Net,  # noqa: F811
    coordinator: Profile,  # noqa: F811
    make_profile: Callable[[str], Profile],  # noqa: F811
    tmp_path: Path,
) -> None:
    alice = field_profile(net, make_profile, "alice")
    rid = sent_record(alice, tmp_path, {"photo.png": photo_bytes(100)})
    SyncEngine(coordinator).sync_once()
    coordinator.received_files.transport_factory = AlwaysDamaged
    i18n.set_language("ru")

    widget = ReceivedAttachmentsWidget(lambda: coordinator, rid, FakeDialogs())
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.list.count() == 1)
    qtbot.mouseClick(widget.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not widget.is_busy(), timeout=20000)
    assert not widget.has_preview()
    assert "повреждённым" in widget.status.text()  # told, in the user's language
    assert widget.preview_button.text() != "&Preview"
    assert not coordinator.received_files.attachments_of(rid)[0].fetched


class Gated(Transport):
    """A slow line: 256 KiB ranges at most, and those after the first wait until the test
    opens the gate."""

    gate = threading.Event()
    ranges = 0

    def request(self, method: str, path: str, **kwargs: Any) -> Response:
        if method == "GET" and path.startswith("/v1/blobs/"):
            start = int(kwargs["headers"]["Range"].split("=")[1].split("-")[0])
            kwargs["headers"] = {"Range": f"bytes={start}-{start + GRID - 1}"}
            Gated.ranges += 1
            if Gated.ranges > 1:
                assert Gated.gate.wait(20)
        return super().request(method, path, **kwargs)


def test_stop_keeps_the_partial_and_preview_resumes(
    qtbot: Any,
    net: Net,  # noqa: F811
    coordinator: Profile,  # noqa: F811
    make_profile: Callable[[str], Profile],  # noqa: F811
    tmp_path: Path,
) -> None:
    alice = field_profile(net, make_profile, "alice")
    photo = photo_bytes(600)  # ~1 MB: several ranges
    rid = sent_record(alice, tmp_path, {"photo.png": photo})
    SyncEngine(coordinator).sync_once()
    files = coordinator.received_files
    files.transport_factory = Gated
    Gated.gate.clear()
    Gated.ranges = 0

    widget = ReceivedAttachmentsWidget(coordinator, rid, FakeDialogs())
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.list.count() == 1)
    qtbot.mouseClick(widget.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.progress.value() > 0, timeout=20000)
    assert widget.stop_button.isVisible() and not widget.save_button.isEnabled()
    qtbot.mouseClick(widget.stop_button, Qt.MouseButton.LeftButton)
    Gated.gate.set()
    qtbot.waitUntil(lambda: not widget.is_busy(), timeout=20000)
    assert not widget.has_preview()
    assert "continues from where it stopped" in widget.status.text()
    blob_id = files.attachments_of(rid)[0].blob_id
    kept = files.cache.partial_size(blob_id)
    assert 0 < kept < files.attachments_of(rid)[0].blob_size

    with qtbot.waitSignal(widget.previewed, timeout=20000):
        qtbot.mouseClick(widget.preview_button, Qt.MouseButton.LeftButton)
    assert widget.has_preview()
    assert grep(coordinator.paths.data_dir, MARKER) == ""
