"""One way to write a size everywhere (attachments, uploads, the status bar): decimal units
(1 MB = 1,000,000 bytes, as disks and phones count) with the interface language's decimal
separator and unit names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.core.i18n import QT_TRANSLATE_NOOP

_UNITS = (
    (1_000_000_000, QT_TRANSLATE_NOOP("Sizes", "%1 GB")),
    (1_000_000, QT_TRANSLATE_NOOP("Sizes", "%1 MB")),
    (1_000, QT_TRANSLATE_NOOP("Sizes", "%1 KB")),
)


def format_size(n: int) -> str:
    """``1.5 MB`` in English, ``1,5 МБ`` in Russian; whole bytes below 1 KB."""
    locale = QLocale()
    for factor, text in _UNITS:
        if n >= factor:
            value = locale.toString(n / factor, "f", 1)
            return QCoreApplication.translate("Sizes", text).replace("%1", value)
    return QCoreApplication.translate("Sizes", "%1 bytes").replace("%1", locale.toString(n))
