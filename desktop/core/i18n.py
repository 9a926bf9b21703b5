"""Marking user-visible strings in core without importing Qt.

``pyside6-lupdate`` recognises ``QT_TRANSLATE_NOOP("core", "...")``; the UI translates the
marked English text with ``QCoreApplication.translate("core", text)`` when it shows it.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
