"""The report document as a QTextDocument, written as ODT (QTextDocumentWriter) or PDF
(QPdfWriter), in the report's own language whatever the window speaks.

The file leaves the encrypted profile as plaintext by nature: it is written to a private
partial file and renamed when complete, so a crash leaves no half-written report.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextDocumentWriter,
)

from desktop.core.paths import open_private
from desktop.core.reports.document import HIDDEN, Document, Figure, Heading, Paragraph, Table
from desktop.ui.i18n import I18N_DIR

FONT_FAMILY = "DejaVu Sans"  # Turkmen and Cyrillic letters (fonts-dejavu-core)
FONT_POINTS = 10
RESOLUTION = 300
FIGURE_WIDTH = 500  # document pixels: within the text width of an A4 page


def translator_for(lang: str) -> Callable[[str], str]:
    """``tr`` for core's messages in ``lang``, without touching the window's language."""
    if lang == "en":
        return lambda text: text
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(I18N_DIR / f"fieldbook_{lang}.qm")):
        return lambda text: text

    def tr(text: str) -> str:
        return translator.translate("core", text) or text

    tr.translator = translator  # type: ignore[attr-defined]  # kept alive with tr
    return tr


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


def to_html(doc: Document) -> str:
    parts = [
        f'<html lang="{doc.lang}"><body>',
        f"<h1>{_escape(doc.title)}</h1>",
        *(f"<p><i>{_escape(line)}</i></p>" for line in doc.subtitle),
    ]
    for n, block in enumerate(doc.blocks):
        if isinstance(block, Heading):
            level = min(block.level + 1, 4)
            parts.append(f"<h{level}>{_escape(block.text)}</h{level}>")
        elif isinstance(block, Paragraph):
            if block.number:
                number = f"<b>{block.number}.</b>&nbsp;"
                parts.append(f'<p align="justify">{number}{_escape(block.text)}</p>')
            else:
                parts.append(f"<p>{_escape(block.text)}</p>")
        elif isinstance(block, Figure):
            parts.append(
                f'<p align="center"><img src="{_figure_name(n)}" width="{FIGURE_WIDTH}"></p>'
            )
            parts.append(f"<p><i>{_escape(block.caption)}</i></p>")
        elif isinstance(block, Table):
            parts.append(f"<p><b>{_escape(block.caption)}</b></p>")
            parts.append('<table border="1" cellspacing="0" cellpadding="3" width="100%">')
            parts.append("<tr>" + "".join(f"<th>{_escape(h)}</th>" for h in block.header) + "</tr>")
            for n, row in enumerate(block.rows):
                bold = block.total_row and n == len(block.rows) - 1
                cells = []
                for k, value in enumerate(row):
                    text = f"<b>{_escape(value)}</b>" if bold else _escape(value)
                    align = "left" if k == 0 else "right"
                    cells.append(f'<td align="{align}">{text}</td>')
                parts.append("<tr>" + "".join(cells) + "</tr>")
            parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _figure_name(n: int) -> str:
    return f"figure-{n}"


def bars_image(figure: Figure) -> QImage:
    """A bar chart of published counts; a hidden count has no bar and reads ×."""
    width, row = FIGURE_WIDTH, 30
    height = 16 + row * max(len(figure.items), 1)
    image = QImage(width * 2, height * 2, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(2)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(FONT_FAMILY)
    font.setPointSize(8)
    painter.setFont(font)
    top = max((n for _c, _l, n in figure.items if n), default=1)
    label_width = width * 0.45
    for i, (_code, label, count) in enumerate(figure.items):
        y = 8 + i * row
        painter.setPen(QColor("black"))
        # A document is read, not hovered: a long name takes two lines before it is elided.
        box = QRectF(0, y, label_width - 8, row)
        wrap = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
        wrapped = wrap | Qt.TextFlag.TextWordWrap
        if painter.boundingRect(box, wrapped, label).height() <= row:
            painter.drawText(box, wrapped, label)
        else:
            painter.drawText(
                box,
                wrap,
                painter.fontMetrics().elidedText(
                    label, Qt.TextElideMode.ElideRight, int(label_width - 8)
                ),
            )
        length = 0.0 if count is None else (width - label_width - 50) * count / top
        if length:
            painter.fillRect(QRectF(label_width, y + 4, length, row - 8), QColor("#2f6f9f"))
        painter.drawText(
            QRectF(label_width + length + 4, y, 46, row),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            HIDDEN if count is None else str(count),
        )
    painter.end()
    return image


def map_image(figure: Figure) -> QImage:
    """The velayats shaded by published count (needs a QApplication: drawn by the map
    widget, so the screen and the document draw the same map)."""
    from desktop.ui.coordinator.map_view import VelayatMap

    width, height = FIGURE_WIDTH, int(FIGURE_WIDTH * 0.6)
    view = VelayatMap()
    view.set_counts(
        {code: count for code, _l, count in figure.items},
        {code: label for code, label, _n in figure.items},
    )
    image = QImage(width * 2, height * 2, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(2)
    painter = QPainter(image)
    view.paint_map(painter, QRectF(0, 0, width, height))
    painter.end()
    view.deleteLater()
    return image


def text_document(doc: Document) -> QTextDocument:
    document = QTextDocument()
    font = QFont(FONT_FAMILY)
    font.setPointSize(FONT_POINTS)
    document.setDefaultFont(font)
    for n, block in enumerate(doc.blocks):
        if isinstance(block, Figure):
            image = map_image(block) if block.kind == "map" else bars_image(block)
            document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(_figure_name(n)), image
            )
    document.setHtml(to_html(doc))
    return document


def _write_private(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".partial")
    fd = open_private(tmp)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def pdf_bytes(doc: Document) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(doc.title)
    writer.setCreator("Fieldbook")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    # Without a page size of its own, the document is laid out on the writer's pages,
    # with fonts at their point sizes.
    text_document(doc).print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data())


def odt_bytes(doc: Document) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QTextDocumentWriter(buffer, QByteArray(b"odf"))
    if not writer.write(text_document(doc)):
        raise OSError("the ODT could not be written")
    buffer.close()
    return bytes(data.data())


def write_pdf(path: Path, doc: Document) -> None:
    _write_private(path, pdf_bytes(doc))


def write_odt(path: Path, doc: Document) -> None:
    _write_private(path, odt_bytes(doc))
