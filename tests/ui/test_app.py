"""Start-up pieces: argument parsing, logging without content, the error dialog's details."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from desktop.core.errors import WrongPassphraseError
from desktop.ui.app import parse_args
from desktop.ui.error_dialog import ErrorDialog, format_details
from desktop.ui.logs import setup_logging


def test_parse_args_with_or_without_program_name() -> None:
    assert parse_args(["fieldbook", "--data-dir", "/x"]).data_dir == "/x"
    assert parse_args(["--data-dir", "/y", "-style", "fusion"]).data_dir == "/y"
    assert parse_args([]).data_dir is None


def test_error_details_never_quote_messages_or_locals(qtbot: Any) -> None:
    witness = "Aýna Berdiýewa"  # recorded content in a local and in a message
    try:
        raise ValueError(f"bad value {witness}")
    except ValueError as exc:
        details = format_details(type(exc), exc, exc.__traceback__)
    assert "Aýna" not in details
    assert "ValueError" in details and "test_app.py" in details
    try:
        raise WrongPassphraseError()
    except WrongPassphraseError as exc:
        core = format_details(type(exc), exc, exc.__traceback__)
    assert "wrong_passphrase" in core
    dialog = ErrorDialog("Title", "Text", details)
    qtbot.addWidget(dialog)
    dialog.copy_details()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == details


def test_rotating_log_file(tmp_path: Path) -> None:
    path = setup_logging(tmp_path / "logs")
    logging.getLogger("desktop.ui.test").info("unlocked")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert path.exists() and "unlocked" in path.read_text()
    assert (path.stat().st_mode & 0o777) == 0o600
    from desktop.ui import logs

    logs.stop_logging()


def test_unlock_page_is_made_before_the_store_libraries_load(tmp_path: Path) -> None:
    # The store, HTTP and numpy imports take ~0.6 s; the unlock page must not wait for them
    # (they load in the preload worker while the passphrase is typed). A fresh process, since
    # this one has imported everything already.
    import json
    import os
    import subprocess
    import sys

    (tmp_path / "profile.fbdb").write_bytes(b"")  # the unlock page shows for an existing profile
    script = (
        "import json, sys\n"
        "from desktop.core.paths import resolve_paths\n"
        "from desktop.ui.app import make_application\n"
        "from desktop.ui.dialogs import Dialogs\n"
        "from desktop.ui.main_window import MainWindow\n"
        "from desktop.ui.session import Session\n"
        "app = make_application(['fieldbook'])\n"
        f"window = MainWindow(Session(resolve_paths({str(tmp_path)!r})), Dialogs(), 'en')\n"
        "window.show()\n"
        "heavy = ['numpy', 'requests', 'sqlcipher3', 'desktop.core.database',"
        " 'desktop.core.profile', 'desktop.core.sync.engine']\n"
        "print(json.dumps({'page': window.stack.currentWidget() is window.unlock_page,"
        " 'loaded': [m for m in heavy if m in sys.modules]}))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=root, env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result == {"page": True, "loaded": []}
