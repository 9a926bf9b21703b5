"""Names of review states and the sentences the desk repeats, translated at use."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument

from desktop.core.i18n import QT_TRANSLATE_NOOP

_CTX = "ReceivedTexts"

#: A received record's status is its review state; "sent" means nobody reviewed it yet.
REVIEW_STATE = {
    "sent": QT_TRANSLATE_NOOP("ReceivedTexts", "Not reviewed yet"),
    "received": QT_TRANSLATE_NOOP("ReceivedTexts", "Received"),
    "verified": QT_TRANSLATE_NOOP("ReceivedTexts", "Verified"),
    "needs_information": QT_TRANSLATE_NOOP("ReceivedTexts", "Needs information"),
    "closed": QT_TRANSLATE_NOOP("ReceivedTexts", "Closed"),
}
#: What a coordinator may decide (ReviewService.REVIEW_STATUSES), in the order offered.
DECISIONS = ("received", "verified", "needs_information", "closed")

_RULE = QT_TRANSLATE_NOOP(
    "ReceivedTexts",
    "When two coordinators' reviews cross, the one the server took last stands: every "
    "machine orders reviews by the server's sequence number, never by the time a laptop "
    "claims, so all of them show the same current review.",
)
_ANONYMOUS = QT_TRANSLATE_NOOP("ReceivedTexts", "Asked to stay anonymous")


def review_state(code: str | None) -> str:
    text = REVIEW_STATE.get(code or "")
    return QCoreApplication.translate(_CTX, text) if text else (code or "")


def review_rule() -> str:
    """The rule that settles crossing reviews, in one sentence (reviews.py)."""
    return QCoreApplication.translate(_CTX, _RULE)


def anonymous_text() -> str:
    return QCoreApplication.translate(_CTX, _ANONYMOUS)


ANONYMOUS_ICON = "fb-icon:anonymous"


def anonymous_markup(document: QTextDocument) -> str:
    """HTML for "asked to stay anonymous": an icon and words (never colour alone); the
    icon is put in ``document``'s resources."""
    from PySide6.QtCore import QSize, QUrl

    from desktop.ui import icons

    document.addResource(
        QTextDocument.ResourceType.ImageResource,
        QUrl(ANONYMOUS_ICON),
        icons.icon("anonymous").pixmap(QSize(16, 16)).toImage(),
    )
    return (
        f"<img src='{ANONYMOUS_ICON}' width='16' height='16'> <b>[{escape(anonymous_text())}]</b>"
    )
