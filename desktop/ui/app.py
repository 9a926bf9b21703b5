"""Starting the desktop application: ``run(argv, data_dir)``.

Order: the QApplication and its style, paths (``--data-dir`` / ``FIELDBOOK_DATA_DIR`` /
platformdirs), the log file, the excepthook, the interface language (the last choice, else
the system's), then the main window on its first-run or unlock page.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from desktop.core.paths import resolve_paths
from desktop.ui import i18n
from desktop.ui.dialogs import Dialogs
from desktop.ui.error_dialog import install_excepthook
from desktop.ui.logs import setup_logging
from desktop.ui.theme import apply_theme
from protocol.version import __version__

log = logging.getLogger(__name__)

#: Set when the process started (the benchmark measures from here if nothing earlier).
STARTED = time.perf_counter()


def _options(argv: list[str]) -> list[str]:
    """``argv`` with or without the program name in front (the CLI passes only options)."""
    if argv and not argv[0].startswith("-"):
        return argv[1:]
    return list(argv)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="fieldbook", add_help=False)
    parser.add_argument("--data-dir", default=None)
    parser.add_argument("--language", choices=i18n.CODES, default=None)
    args, _unknown = parser.parse_known_args(_options(argv))
    return args


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(["fieldbook", *_options(argv)])
    QCoreApplication.setApplicationName("Fieldbook")
    QCoreApplication.setApplicationVersion(__version__)
    QCoreApplication.setOrganizationName("Fieldbook")
    QApplication.setDesktopFileName("fieldbook")
    apply_theme(app)
    return app


def locale_for(code: str) -> QLocale:
    return QLocale({"tk": "tk_TM", "ru": "ru_RU"}.get(code, "en_GB"))


def run(argv: list[str], data_dir: str | None = None) -> int:
    """Run the GUI until the main window closes; returns the exit code."""
    args = parse_args(argv)
    data_dir = data_dir or args.data_dir
    app = make_application(argv)
    paths = resolve_paths(data_dir)
    paths.ensure()
    setup_logging(paths.log_dir)
    install_excepthook()
    log.info("Fieldbook %s starting", __version__)
    language = args.language or i18n.saved_language(paths) or i18n.system_language()
    i18n.set_language(language)
    QLocale.setDefault(locale_for(language))

    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import Session

    window = MainWindow(Session(paths), Dialogs(), language)
    window.show()
    rc = app.exec()
    log.info("Fieldbook stopped (%d)", rc)
    return int(rc)


def main() -> int:
    return run(sys.argv, os.environ.get("FIELDBOOK_DATA_DIR"))


if __name__ == "__main__":
    sys.exit(main())
