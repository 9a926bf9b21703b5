"""The process exception hook (installed by desktop.ui.app.run): an error nothing handled,
raised in a slot, shows the plain-language error dialog and goes to the log — with code
locations only, never the recorded content that was in a local or in the message."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.ui import logs
from desktop.ui.error_dialog import ErrorDialog, install_excepthook
from desktop.ui.logs import setup_logging
from desktop.ui.observation_editor import ObservationEditor
from desktop.ui.workers import run_task
from tests.ui.helpers import saved_observation

# Recorded content: a victim's name and what happened, as a field worker typed them.
TITLE = "Ogulgerek Nurmyradowa beaten at Gurbansoltan bazaar"
SECRET_WORDS = ("Ogulgerek", "Nurmyradowa", "Gurbansoltan")


@pytest.fixture
def hooked(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The application's own hook, as run() installs it; the previous one comes back after."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    assert sys.excepthook.__module__ == "desktop.ui.error_dialog"
    yield


@pytest.fixture
def log_file(paths: Any) -> Iterator[Path]:
    """The rotating log file the application writes (set up as run() does)."""
    root = logging.getLogger()
    level = root.level
    path = setup_logging(paths.log_dir)
    yield path
    logs.stop_logging()
    root.setLevel(level)


def error_dialog_shown_by(trigger: Callable[[], object], qtbot: Any) -> dict[str, Any]:
    """Run ``trigger``; while the hook's modal dialog is open, read it (found among the
    application's top-level windows) and close it."""
    seen: dict[str, Any] = {}

    def read() -> None:
        if "done" in seen:
            return
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ErrorDialog) and w.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(10, read)
            return
        dialog = dialogs[0]
        seen.update(
            count=len(dialogs),
            modal=dialog.isModal(),
            title=dialog.windowTitle(),
            message=dialog.message.text(),
            details=dialog.details.toPlainText(),
            details_visible=dialog.details.isVisible(),
            parent=dialog.parentWidget(),
        )
        dialog.copy_button.click()
        seen["clipboard"] = QGuiApplication.clipboard().text()
        dialog.reject()

    QTimer.singleShot(0, read)
    trigger()
    qtbot.waitUntil(lambda: "details" in seen, timeout=10000)
    seen["done"] = True
    return seen


def assert_no_content(text: str) -> None:
    for word in SECRET_WORDS:
        assert word not in text


def test_error_in_a_slot_shows_the_dialog_without_content(
    qtbot: Any,
    unlocked: Any,
    hooked: None,
    log_file: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window = unlocked
    observation_id = saved_observation(window, TITLE)
    view = window.workspace
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)

    def file_report(requested_id: str) -> None:
        # A slot with a bug, holding recorded content in a local and in its messages.
        title = window.session.profile.observations.get(requested_id).title
        try:
            {}[title]
        except KeyError as exc:
            error = ValueError(f"could not file the report on {title}")
            error.add_note(f"while filing {title}")
            raise error from exc

    view.open_requested.connect(file_report)

    def open_from_the_list() -> None:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        view.table.setFocus()
        view.table.selectRow(0)
        qtbot.keyClick(view.table, Qt.Key.Key_Return)

    shown = error_dialog_shown_by(open_from_the_list, qtbot)
    view.open_requested.disconnect(file_report)

    assert shown["count"] == 1 and shown["modal"]
    assert shown["parent"] is window
    assert shown["title"] == "Something went wrong"
    assert "Your saved observations are safe" in shown["message"]
    details = shown["details"]
    assert shown["details_visible"]
    # Where it happened: the code, the chain of exception types …
    assert "Fieldbook 0.1.0" in details
    assert "in file_report" in details and "test_error_hook.py" in details
    assert "builtins.KeyError" in details and "builtins.ValueError" in details
    assert "During handling of the above exception" in details
    # … never what was recorded.
    assert "message withheld" in details
    for text in (details, shown["message"], shown["title"], shown["clipboard"]):
        assert_no_content(text)
    assert shown["clipboard"] == details

    # The observation itself opened as usual (the bug was in the extra slot only).
    assert observation_id in window.editors

    # Logged, with the same code locations and without content.
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = log_file.read_text("utf-8")
    assert "ERROR desktop.ui.error_dialog: unexpected error" in written
    assert "in file_report" in written and "builtins.ValueError" in written
    assert_no_content(written)
    records = [r for r in caplog.records if r.name == "desktop.ui.error_dialog"]
    assert len(records) == 1 and records[0].levelno == logging.ERROR
    for record in caplog.records:
        assert_no_content(record.getMessage())
        assert record.exc_info is None  # a formatted exc_info would quote the message


def test_error_in_a_worker_reaches_the_dialog_without_content(
    qtbot: Any, unlocked: Any, hooked: None, log_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A background task that fails with nobody handling it: the relay re-raises it in
    the GUI thread, where the hook takes it."""
    window = unlocked
    observation_id = saved_observation(window, TITLE)
    profile = window.session.profile

    def summarise(observation_id: str) -> str:
        title = profile.observations.get(observation_id).title
        raise RuntimeError(f"summary failed for {title}")

    shown = error_dialog_shown_by(lambda: run_task(summarise, observation_id), qtbot)
    details = shown["details"]
    assert "in summarise" in details and "builtins.RuntimeError" in details
    assert "message withheld" in details
    assert_no_content(details)
    assert_no_content(shown["message"])
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = log_file.read_text("utf-8")
    assert "unexpected error" in written and "in summarise" in written
    assert_no_content(written)
    for record in caplog.records:
        assert_no_content(record.getMessage())


def test_core_errors_keep_their_safe_message(
    qtbot: Any, unlocked: Any, hooked: None, log_file: Path
) -> None:
    """Core errors never quote content, so their code and message help the coordinator."""
    window = unlocked
    view = window.workspace
    shown = error_dialog_shown_by(lambda: view.open_requested.emit("no-such-record"), qtbot)
    details = shown["details"]
    assert "desktop.core.errors.NotFoundError: not_found:" in details
    assert "message withheld" not in details
    assert "in _open_failed" in details  # read in a worker, raised where it is shown
    assert "no-such-record" not in details
    assert not window.editors
    # The editor failed in its constructor: nothing was shown. (Its half-built window
    # would raise AttributeError on close, so it is deleted here.)
    half_built = [w for w in QApplication.topLevelWidgets() if isinstance(w, ObservationEditor)]
    assert all(not w.isVisible() for w in half_built)
    for widget in half_built:
        shiboken6.delete(widget)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "NotFoundError: not_found" in log_file.read_text("utf-8")
