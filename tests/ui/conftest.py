"""Fixtures for the GUI tests: real widgets (offscreen), the real encrypted store, and a
:class:`FakeDialogs` that answers the questions a user would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.paths import Paths, resolve_paths
from desktop.core.profile import Profile
from desktop.ui import i18n, workers
from desktop.ui.dialogs import Dialogs
from desktop.ui.hub import reset_hub

PASSPHRASE = "correct horse battery staple"


class FakeDialogs(Dialogs):
    """Answers from queues set by the test; records what was asked."""

    def __init__(self) -> None:
        self.open_files: list[list[str]] = []
        self.save_files: list[str | None] = []
        self.confirm_answers: list[bool] = []
        self.unsaved_answers: list[str] = []
        self.asked: list[tuple[str, str]] = []
        self.passphrases: list[str | None] = []
        self.folders: list[str | None] = []

    def ask_open_files(self, parent: QWidget | None, title: str) -> list[str]:
        self.asked.append(("open", title))
        return self.open_files.pop(0) if self.open_files else []

    def ask_import_file(self, parent: QWidget | None, title: str) -> str | None:
        self.asked.append(("import", title))
        return self.open_files.pop(0)[0] if self.open_files else None

    def ask_save_file(self, parent: QWidget | None, title: str, suggested: str) -> str | None:
        self.asked.append(("save", title))
        return self.save_files.pop(0) if self.save_files else None

    def ask_folder(self, parent: QWidget | None, title: str) -> str | None:
        self.asked.append(("folder", title))
        return self.folders.pop(0) if self.folders else None

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.asked.append(("confirm", text))
        return self.confirm_answers.pop(0) if self.confirm_answers else False

    def ask_unsaved(self, parent: QWidget | None) -> str:
        self.asked.append(("unsaved", ""))
        return self.unsaved_answers.pop(0) if self.unsaved_answers else "discard"

    def ask_passphrase(self, parent: QWidget | None, title: str, confirm: bool) -> str | None:
        self.asked.append(("passphrase", title))
        return self.passphrases.pop(0) if self.passphrases else None

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(("info", text))

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(("warn", text))

    def error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self.asked.append(("error", text))


@pytest.fixture
def paths(data_dir: Path) -> Paths:
    p = resolve_paths(data_dir)
    p.ensure()
    return p


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture(autouse=True)
def fresh_ui(qapp: QApplication) -> Iterator[None]:
    """Each test starts in English with a new hub, and leaves no worker running."""
    reset_hub()
    i18n.set_language("en")
    yield
    workers.wait_all()
    QApplication.processEvents()
    for widget in QApplication.topLevelWidgets():
        widget.close()
    reset_hub()
    i18n.set_language("en")


@pytest.fixture
def profile_on_disk(paths: Paths) -> Paths:
    """A profile created through the core service, then closed."""
    Profile.create(paths, PASSPHRASE, org_name="Test NGO", velayat="dasoguz").close()
    return paths


@pytest.fixture
def main_window(qtbot: Any, paths: Paths, dialogs: FakeDialogs) -> Iterator[Any]:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import Session

    window = MainWindow(Session(paths), dialogs, "en")
    qtbot.addWidget(window)
    window.show()
    yield window
    for editor in list(window.editors.values()):
        editor.discard_and_close()
    window.session.close()


def unlock(qtbot: Any, window: Any, passphrase: str = PASSPHRASE) -> None:
    page = window.unlock_page
    page.passphrase.setText(passphrase)
    with qtbot.waitSignal(page.unlocked, timeout=20000):
        page.button.click()
    assert window.stack.currentWidget() is window.workspace


@pytest.fixture
def unlocked(qtbot: Any, profile_on_disk: Paths, main_window: Any) -> Any:
    unlock(qtbot, main_window)
    return main_window
