"""The velayats shaded by count, drawn with Qt from the bundled boundaries
(resources/map): no tiles, no network. A click on a velayat asks the list to filter by it;
records with coordinates can be drawn as points; the data's attribution is always shown."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.core.refdata import resources_dir
from desktop.core.reports.document import HIDDEN

MAP_FILE = Path("map") / "turkmenistan_velayats.geojson"
LOW, HIGH = QColor("#eef3f8"), QColor("#1f4e79")
MARGIN = 12
ATTRIBUTION_POINTS = 7
#: A shape whose box is smaller than this share of the largest gets its label beside it.
SMALL_AREA = 0.02


def load_map(path: Path | None = None) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (path or resources_dir() / MAP_FILE).read_text(encoding="utf-8")
    )
    return data


def _rings(geometry: dict[str, Any]) -> list[list[list[float]]]:
    if geometry["type"] == "Polygon":
        return list(geometry["coordinates"])
    return [ring for polygon in geometry["coordinates"] for ring in polygon]


def shade(count: int, top: int) -> QColor:
    """A colour from LOW (none) to HIGH (the most), on a square-root scale so a few
    large counts do not wash out the rest."""
    if top <= 0 or count <= 0:
        return QColor(LOW)
    t = math.sqrt(count / top)
    return QColor(
        round(LOW.red() + (HIGH.red() - LOW.red()) * t),
        round(LOW.green() + (HIGH.green() - LOW.green()) * t),
        round(LOW.blue() + (HIGH.blue() - LOW.blue()) * t),
    )


def _centroid(path: QPainterPath, box: QRectF) -> QPointF:
    """The area centroid of a shape's largest ring (a bent velayat's box centre may lie at
    its neighbour's border); the box centre when the ring is degenerate."""
    rings = path.toSubpathPolygons()
    if not rings:
        return box.center()
    ring = max(rings, key=lambda r: r.boundingRect().width() * r.boundingRect().height())
    area = cx = cy = 0.0
    for i in range(ring.count()):
        a, b = ring.at(i), ring.at((i + 1) % ring.count())
        cross = a.x() * b.y() - b.x() * a.y()
        area += cross
        cx += (a.x() + b.x()) * cross
        cy += (a.y() + b.y()) * cross
    if abs(area) < 1e-6:
        return box.center()
    return QPointF(cx / (3 * area), cy / (3 * area))


def haloed_text(painter: QPainter, rect: QRectF, flags: Any, text: str) -> None:
    """``text`` in black over a white outline two pixels wide."""
    painter.setPen(QColor("white"))
    for dx, dy in ((-1, -1), (0, -2), (1, -1), (-2, 0), (2, 0), (-1, 1), (0, 2), (1, 1)):
        painter.drawText(rect.translated(dx, dy), flags, text)
    painter.setPen(QColor("black"))
    painter.drawText(rect, flags, text)


class VelayatMap(QWidget):
    velayat_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        data = load_map()
        self.attribution = str(data.get("attribution", ""))
        self._shapes: list[tuple[str, list[list[list[float]]]]] = [
            (str(f["properties"]["code"]), _rings(f["geometry"])) for f in data["features"]
        ]
        lons = [p[0] for _c, rings in self._shapes for ring in rings for p in ring]
        lats = [p[1] for _c, rings in self._shapes for ring in rings for p in ring]
        self._bounds = (min(lons), min(lats), max(lons), max(lats))
        self._counts: dict[str, int | None] = {}  # None: not published (documents)
        self._labels: dict[str, str] = {}
        self._points: list[tuple[float, float]] = []
        self._paths: dict[str, QPainterPath] = {}
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)

    # -- data ----------------------------------------------------------------------------

    def set_counts(
        self, counts: dict[str, int | None], labels: dict[str, str] | None = None
    ) -> None:
        self._counts = dict(counts)
        self._labels = dict(labels or {})
        self.update()

    def set_points(self, points: list[tuple[float, float]]) -> None:
        """(lon, lat) of records with coordinates (coordinators' view)."""
        self._points = list(points)
        self.update()

    def codes(self) -> list[str]:
        return [code for code, _ in self._shapes]

    # -- drawing -------------------------------------------------------------------------

    def _projection(self, rect: QRectF) -> Any:
        west, south, east, north = self._bounds
        # Equirectangular, with longitudes shortened by the cosine of the middle latitude.
        squeeze = math.cos(math.radians((south + north) / 2))
        width, height = (east - west) * squeeze, north - south
        area = rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN - 2 * ATTRIBUTION_POINTS)
        scale = min(area.width() / width, area.height() / height)
        left = area.left() + (area.width() - width * scale) / 2
        top = area.top() + (area.height() - height * scale) / 2

        def to_screen(lon: float, lat: float) -> QPointF:
            return QPointF(left + (lon - west) * squeeze * scale, top + (north - lat) * scale)

        return to_screen

    def _build_paths(self, rect: QRectF) -> dict[str, QPainterPath]:
        project = self._projection(rect)
        paths: dict[str, QPainterPath] = {}
        for code, rings in self._shapes:
            path = paths.setdefault(code, QPainterPath())
            path.setFillRule(Qt.FillRule.OddEvenFill)
            for ring in rings:
                points = [project(lon, lat) for lon, lat in ring]
                path.moveTo(points[0])
                for point in points[1:]:
                    path.lineTo(point)
                path.closeSubpath()
        return paths

    def paint_map(self, painter: QPainter, rect: Any) -> None:
        rect = QRectF(rect)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(rect, QColor("white"))
        self._paths = self._build_paths(rect)
        top = max((c for c in self._counts.values() if c is not None), default=0)
        painter.setPen(QPen(QColor("#555555"), 1))
        for code, path in self._paths.items():
            count = self._counts.get(code, 0)
            painter.setBrush(
                QBrush(QColor("#999999"), Qt.BrushStyle.Dense6Pattern)
                if count is None
                else shade(count, top)
            )
            painter.drawPath(path)
        whole = max(
            (p.boundingRect().width() * p.boundingRect().height() for p in self._paths.values()),
            default=1.0,
        )
        labels_font = painter.font()
        if rect.width() < 1000:  # a small map: labels a size smaller, so neighbours' fit
            labels_font.setPointSizeF(max(labels_font.pointSizeF() * 0.88, 7.0))
        painter.setFont(labels_font)
        for code, path in self._paths.items():
            count = self._counts.get(code, 0)
            shown = HIDDEN if count is None else str(count)
            label = self._labels.get(code, code)
            box = path.boundingRect()
            centre = _centroid(path, box)
            if box.width() * box.height() < whole * SMALL_AREA:
                # A city inside a velayat (Aşgabat in Ahal): its label goes below it, on
                # a line, so the two labels do not cover each other.
                below = QPointF(centre.x(), box.bottom() + 26)
                painter.setPen(QPen(QColor("#333333"), 1))
                painter.drawLine(centre, below - QPointF(0, 12))
                haloed_text(
                    painter,
                    QRectF(below.x() - 120, below.y() - 12, 240, 36),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    f"{label}: {shown}",
                )
                continue
            # A label is often wider than its velayat and crosses lighter and darker
            # neighbours: dark text with a white halo reads on every shade.
            haloed_text(
                painter,
                QRectF(centre.x() - 120, centre.y() - 18, 240, 36),
                Qt.AlignmentFlag.AlignCenter,
                f"{label}\n{shown}",
            )
        if self._points:
            project = self._projection(rect)
            painter.setPen(QPen(QColor("#b22222"), 1))
            painter.setBrush(QColor(178, 34, 34, 140))
            for lon, lat in self._points:
                painter.drawEllipse(project(lon, lat), 3, 3)
        font = painter.font()
        font.setPointSize(ATTRIBUTION_POINTS)
        painter.setFont(font)
        painter.setPen(QColor("#444444"))
        painter.drawText(
            rect.adjusted(MARGIN, 0, -MARGIN, -4),
            Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            self.attribution,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint_map(painter, self.rect())
        painter.end()

    def velayat_at(self, point: QPointF) -> str | None:
        for code, path in self._paths.items():
            if path.contains(point):
                return code
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        code = self.velayat_at(event.position())
        if code is not None and event.button() == Qt.MouseButton.LeftButton:
            self.velayat_clicked.emit(code)
        super().mousePressEvent(event)
