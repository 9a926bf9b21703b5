"""Fusion style with a palette that follows the system light/dark scheme.

Colours come from Qt's own Fusion palettes (``QStyle.standardPalette``) and a dark variant
built from the same roles; nothing else in the UI hard-codes a colour.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    p = QPalette()
    window = QColor(45, 45, 48)
    base = QColor(30, 30, 32)
    text = QColor(230, 230, 230)
    disabled = QColor(127, 127, 127)
    highlight = QColor(42, 130, 218)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: window,
        QPalette.ColorRole.ToolTipBase: window,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: disabled,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: window,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor(255, 80, 80),
        QPalette.ColorRole.Link: highlight.lighter(130),
        QPalette.ColorRole.Highlight: highlight,
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.Light: window.lighter(150),
        QPalette.ColorRole.Midlight: window.lighter(125),
        QPalette.ColorRole.Mid: window.darker(120),
        QPalette.ColorRole.Dark: window.darker(150),
        QPalette.ColorRole.Shadow: QColor(0, 0, 0),
    }
    for role, colour in roles.items():
        p.setColor(role, colour)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def apply_theme(app: QApplication) -> None:
    """Fusion, with the palette for the current system scheme; follows later changes."""
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)

    def refresh(*_: object) -> None:
        if is_dark():
            app.setPalette(dark_palette())
        else:
            app.setPalette(app.style().standardPalette())

    refresh()
    QGuiApplication.styleHints().colorSchemeChanged.connect(refresh)


def error_color() -> QColor:
    """A readable red for inline validation messages on the current palette."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return QColor(255, 120, 120) if window.lightness() < 128 else QColor(176, 0, 32)
