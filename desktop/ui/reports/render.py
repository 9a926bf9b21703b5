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

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
    QTextDocumentWriter,
)

from desktop.core.paths import open_private
from desktop.core.reports.document import Document, Heading, Paragraph, Table
from desktop.ui.i18n import I18N_DIR

FONT_FAMILY = "DejaVu Sans"  # Turkmen and Cyrillic letters (fonts-dejavu-core)
FONT_POINTS = 10
RESOLUTION = 300


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
    for block in doc.blocks:
        if isinstance(block, Heading):
            level = min(block.level + 1, 4)
            parts.append(f"<h{level}>{_escape(block.text)}</h{level}>")
        elif isinstance(block, Paragraph):
            number = f"<b>{block.number}.</b>&nbsp;" if block.number else ""
            parts.append(f'<p align="justify">{number}{_escape(block.text)}</p>')
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


def text_document(doc: Document) -> QTextDocument:
    document = QTextDocument()
    font = QFont(FONT_FAMILY)
    font.setPointSize(FONT_POINTS)
    document.setDefaultFont(font)
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
