"""Plain-language error dialog with copyable details, and the process excepthook.

Details are a traceback of code locations only: file, line, function and source line, and the
exception's type. Local variables are never formatted, and an exception's message is shown
only for core errors (whose messages never quote recorded content) — a ``KeyError`` or
``ValueError`` message could carry a witness's name.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets import translate_buttons
from protocol.version import __version__

log = logging.getLogger(__name__)


def _safe_message(exc: BaseException) -> str:
    from desktop.core.errors import CoreError

    if isinstance(exc, CoreError):
        return f"{exc.code}: {exc.message}"
    return "(message withheld: it may contain recorded content)"


def format_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """Traceback of code locations and exception types; no messages, no locals."""
    lines = [f"Fieldbook {__version__}, Python {platform.python_version()}, {platform.system()}"]
    chain: list[tuple[type[BaseException], BaseException, TracebackType | None]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    current_tb = tb
    current_type: type[BaseException] = exc_type
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current_type, current, current_tb))
        nxt = current.__cause__ or current.__context__
        if nxt is None:
            break
        current = nxt
        current_type = type(nxt)
        current_tb = nxt.__traceback__
    for i, (etype, evalue, etb) in enumerate(reversed(chain)):
        if i:
            lines.append("")
            lines.append("During handling of the above exception, another exception occurred:")
        lines.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(etb):  # FrameSummary: no locals captured
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
        lines.append(f"{etype.__module__}.{etype.__qualname__}: {_safe_message(evalue)}")
    return "\n".join(lines)


class ErrorDialog(QDialog):
    def __init__(
        self, title: str, text: str, details: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setAccessibleName(self.tr("Technical details"))
        self.details.setVisible(bool(details))
        self.details.setMinimumHeight(180)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setEnabled(bool(details))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        translate_buttons(buttons)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    @classmethod
    def unexpected(cls, details: str, parent: QWidget | None) -> ErrorDialog:
        """The dialog for an error nothing else handled (the exception hook's)."""
        return cls(
            QCoreApplication.translate("ErrorDialog", "Something went wrong"),
            QCoreApplication.translate(
                "ErrorDialog",
                "Fieldbook hit an unexpected problem. Your saved observations are safe. "
                "If this keeps happening, copy the details below and send them to your "
                "coordinator; they contain no recorded content.",
            ),
            details,
            parent,
        )


def install_excepthook() -> None:
    """Unexpected errors: log the code locations and show :class:`ErrorDialog`."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = format_details(exc_type, exc, tb)
        log.error("unexpected error\n%s", details)
        if QApplication.instance() is None:
            sys.stderr.write(details + "\n")
            return
        ErrorDialog.unexpected(details, QApplication.activeWindow()).exec()

    sys.excepthook = hook
