"""Icons drawn as SVG in ``resources/icons``; strokes use the palette's text colour, so they
follow the light or dark theme."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"


def _color() -> str:
    app = QGuiApplication.instance()
    if app is None:
        return "#333333"
    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()


@lru_cache(maxsize=64)
def _icon(name: str, color: str) -> QIcon:
    path = ICON_DIR / f"{name}.svg"
    icon = QIcon()
    if not path.exists():
        return icon
    svg = path.read_text("utf-8").replace("currentColor", color).encode()
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        return icon
    for size in (16, 24, 32, 48, 64, 128):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def icon(name: str) -> QIcon:
    return _icon(name, _color())


def app_icon() -> QIcon:
    return _icon("fieldbook", "")
