"""Display names for the model's fixed values (statuses, roles, …), translated at use.

Taxonomy and vocabulary labels come from ``desktop.core.refdata``; these enums belong to the
model itself, so their names live here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.i18n import QT_TRANSLATE_NOOP

_CTX = "Labels"

STATUS = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "queued": QT_TRANSLATE_NOOP("Labels", "Ready to send"),
    "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
    "received": QT_TRANSLATE_NOOP("Labels", "Received"),
    "verified": QT_TRANSLATE_NOOP("Labels", "Verified"),
    "needs_information": QT_TRANSLATE_NOOP("Labels", "Needs information"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
}
CONFIDENTIALITY = {
    "normal": QT_TRANSLATE_NOOP("Labels", "Normal"),
    "sensitive": QT_TRANSLATE_NOOP("Labels", "Sensitive"),
    "highly_sensitive": QT_TRANSLATE_NOOP("Labels", "Highly sensitive"),
}
PRECISION = {
    "day": QT_TRANSLATE_NOOP("Labels", "Exact day"),
    "month": QT_TRANSLATE_NOOP("Labels", "Month only"),
    "year": QT_TRANSLATE_NOOP("Labels", "Year only"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "Date unknown"),
}
ROLE = {
    "victim": QT_TRANSLATE_NOOP("Labels", "Victim"),
    "witness": QT_TRANSLATE_NOOP("Labels", "Witness"),
    "alleged_perpetrator": QT_TRANSLATE_NOOP("Labels", "Alleged perpetrator"),
    "source": QT_TRANSLATE_NOOP("Labels", "Source"),
}
SYNC = {
    "local": QT_TRANSLATE_NOOP("Labels", "On this laptop only"),
    "pending": QT_TRANSLATE_NOOP("Labels", "Waiting to send"),
    "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
}


def tr(table: dict[str, str], code: str | None) -> str:
    """The translated display name of ``code`` in ``table`` (the code itself if unknown)."""
    if code is None:
        return ""
    text = table.get(code)
    if text is None:
        return code
    return QCoreApplication.translate(_CTX, text)
