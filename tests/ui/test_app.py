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

    if logs._HANDLER is not None:
        logging.getLogger().removeHandler(logs._HANDLER)
        logs._HANDLER.close()
        logs._HANDLER = None
