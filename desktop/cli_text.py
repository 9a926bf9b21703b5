"""The command line's messages in the profile's language.

The same compiled translations as the app (``i18n/fieldbook_<lang>.qm``), read with a
``QTranslator`` without installing it (no Qt application is needed, so a headless command
stays light). Before the profile is open, the language last chosen in the app (``ui.ini``
in the config folder, or where earlier versions left it in the data folder) is used; once
it is open, the profile's.
Without PySide6 or a compiled file, messages stay in English.
"""

from __future__ import annotations

import configparser
from pathlib import Path
from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.paths import Paths

I18N_DIR = Path(__file__).resolve().parents[1] / "i18n"

_translator: Any = None
_language = "en"

IMPORT_ROW = QT_TRANSLATE_NOOP("Cli", "row %1: %2: %3: %4")
LINE = QT_TRANSLATE_NOOP("Cli", "line %1: ")
IMPORTED = QT_TRANSLATE_NOOP("Cli", "imported %1, rejected %2")
EXPORTED = QT_TRANSLATE_NOOP("Cli", "exported %1 observations")
PASSPHRASE_CHANGED = QT_TRANSLATE_NOOP("Cli", "Passphrase changed")
CREATED = QT_TRANSLATE_NOOP("Cli", "Created profile %1")
DEVICE = QT_TRANSLATE_NOOP("Cli", "Device id %1")
LIMIT_CAPPED = QT_TRANSLATE_NOOP(
    "Cli",
    "--limit %1 is above the page size of %2: at most %2 rows are shown; use --offset for more",
)


def iso_time(ms: int) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="seconds")


def saved_language(paths: Paths) -> str | None:
    """The app's last language choice (``[General] language=tk`` in ``ui.ini``)."""
    for path in (paths.ui_settings, paths.legacy_ui_settings):
        if not path.is_file():
            continue
        parser = configparser.ConfigParser(interpolation=None)
        try:
            parser.read(path, encoding="utf-8")
        except (OSError, configparser.Error, UnicodeDecodeError):
            return None
        value = parser.get("General", "language", fallback=None)
        return value if value in ("en", "ru", "tk") else None
    return None


def use_language(code: object) -> str:
    """Translate from now on into ``code`` ("en", "ru", "tk"); returns the language used."""
    global _translator, _language
    if not isinstance(code, str) or code not in ("ru", "tk"):
        _translator, _language = None, "en"
        return _language
    if code == _language:
        return _language
    try:
        from PySide6.QtCore import QTranslator
    except ImportError:
        return _language
    translator = QTranslator()
    if translator.load(str(I18N_DIR / f"fieldbook_{code}.qm")):
        _translator, _language = translator, code
    return _language


def _translate(context: str, text: str) -> str:
    if _translator is None:
        return text
    return str(_translator.translate(context, text) or text)


def core(text: str) -> str:
    """A core message (marked ``QT_TRANSLATE_NOOP("core", ...)``) in the language in use."""
    return _translate("core", text)


def cli(text: str, *values: object) -> str:
    """One of this module's messages, ``%1``, ``%2`` … filled with ``values``."""
    out = _translate("Cli", text)
    for number, value in reversed(list(enumerate(values, start=1))):
        out = out.replace(f"%{number}", str(value))
    return out
