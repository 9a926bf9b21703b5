"""Interface language: which translators are installed, and the choice kept before unlock.

English is the source language. ``i18n/fieldbook_<lang>.qm`` (built by
``python -m tools.i18n release``) translates our strings; Qt's own ``qtbase_<lang>.qm``
translates standard buttons where Qt ships one. Installing a translator makes Qt send
``QEvent.LanguageChange`` to every widget, whose ``changeEvent`` calls ``retranslate()``.

The language must be known before the profile is unlocked (the unlock screen speaks it), so
the last choice is also kept in the UI store (``ui.ini`` in the config folder,
desktop/ui/ui_store.py): the language code only.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core.paths import Paths

log = logging.getLogger(__name__)

#: (code, name in its own language) — shown in this order everywhere.
LANGUAGES: list[tuple[str, str]] = [("tk", "Türkmençe"), ("ru", "Русский"), ("en", "English")]
CODES = [code for code, _ in LANGUAGES]
#: The locale each language formats numbers and dates with (British English: day first).
LOCALES = {"tk": "tk_TM", "ru": "ru_RU", "en": "en_GB"}
I18N_DIR = Path(__file__).resolve().parents[2] / "i18n"

_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    """The first of the system's UI languages we speak; English otherwise."""
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in CODES:
            return code
    return "en"


def current_language() -> str:
    return _current


def set_language(code: str) -> bool:
    """Install the translators for ``code``; returns False if our .qm file is missing."""
    global _current
    if code not in CODES:
        code = "en"
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs a QApplication")
    _current = code  # before the LanguageChange events: retranslate() reads it
    # numbers, dates and sizes follow the language chosen, not the system's
    QLocale.setDefault(QLocale(LOCALES[code]))
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    ok = True
    if code != "en":
        ours = QTranslator(app)
        if ours.load(str(I18N_DIR / f"fieldbook_{code}.qm")):
            QCoreApplication.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("no compiled translation for %s (run: python -m tools.i18n release)", code)
            ok = False
        qtbase = QTranslator(app)
        for qt_dir in qt_translation_dirs():
            if qtbase.load(f"qtbase_{code}", qt_dir):
                QCoreApplication.installTranslator(qtbase)
                _installed.append(qtbase)
                break
        else:  # Turkmen: Qt ships none; our own texts cover what users read first
            log.info("no Qt translation for %s", code)
    return ok


def qt_translation_dirs() -> list[str]:
    """Where Qt's own .qm files may be: Qt's configured path, then the PySide6 package's
    ``Qt/translations`` (a frozen build moves Qt, and the configured path may not exist)."""
    import PySide6

    dirs = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    package = Path(PySide6.__file__).resolve().parent
    dirs += [str(package / "Qt" / "translations"), str(package / "translations")]
    return [d for d in dict.fromkeys(dirs) if d and Path(d).is_dir()]


def saved_language(paths: Paths) -> str | None:
    from desktop.ui.ui_store import UiStore

    value = UiStore(paths).value("language")
    return value if value in CODES else None


def save_language(paths: Paths, code: str) -> None:
    from desktop.ui.ui_store import UiStore

    UiStore(paths).set_value("language", code if code in CODES else None)
