"""Reading the OHCHR Universal Human Rights Index (UHRI) export, JSON or XLSX, into
:class:`~desktop.core.reports.recommendations.Recommendation` rows. No Qt.

The export has one recommendation per object (JSON) or row (XLSX) with fields such as
``AnnotationId``, ``Symbol`` (``A/HRC/39/3``), ``Text`` (beginning with its paragraph number:
``114.12 Ensure …``), ``Sdgs`` (``16.10 - Ensure public access …``), ``Themes``,
``AffectedPersons`` and the State's response. Field names are matched without regard to
case, spaces or underscores, and a few spellings seen in exports are accepted. A file is read
whole before anything is stored: a bad row refuses the file, naming the row.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from desktop.core.errors import ImportFormatError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.reports.recommendations import NOTED, SUPPORTED, Recommendation
from desktop.core.reports.references import normalise_sdg_target, split_reference
from desktop.core.reports.upr_themes import theme_by_label

MAX_BYTES = 64 * 1024 * 1024  # the full UHRI is far smaller than this
HEADER_ROWS = 10  # an XLSX export may put a title above its header row

M_UNREADABLE = QT_TRANSLATE_NOOP(
    "core",
    "This file is not a Universal Human Rights Index export: expected a JSON or XLSX file"
    " downloaded from uhri.ohchr.org.",
)
M_NOT_A_LIST = QT_TRANSLATE_NOOP(
    "core",
    "The JSON file does not hold a list of recommendations: expected a list of objects with"
    " the fields Symbol and Text.",
)
M_NO_COLUMNS = QT_TRANSLATE_NOOP(
    "core",
    "The sheet has no Symbol and Text columns: expected the header row of a Universal Human"
    " Rights Index export.",
)
M_BAD_ROW = QT_TRANSLATE_NOOP(
    "core",
    "A recommendation has no valid document symbol (such as A/HRC/39/3), or its text does not"
    " begin with its paragraph number (such as 114.12). Nothing was imported.",
)
M_EMPTY = QT_TRANSLATE_NOOP("core", "The file holds no recommendations.")
M_TOO_LARGE = QT_TRANSLATE_NOOP("core", "The file is too large for a recommendations export.")

#: Field → accepted names, folded (lower case, no spaces, underscores or hyphens).
FIELDS: dict[str, tuple[str, ...]] = {
    "symbol": ("symbol", "documentsymbol", "document"),
    "text": ("text", "recommendation", "recommendationtext"),
    "paragraph": ("paragraph", "paragraphnumber"),
    "sdgs": ("sdgs", "sdg", "sdgtargets"),
    "themes": ("themes", "theme"),
    "affected": ("affectedpersons", "affectedperson", "groupsofpersons", "persons"),
    "response": ("response", "position", "uprposition", "stateresponse", "responsetype"),
    "recommending": ("recommendingstates", "recommendingstate", "recommendingstatesbody"),
    "annotation": ("annotationid", "id"),
}
_PARAGRAPH_TEXT = re.compile(r"^\s*(\d{1,4}(?:\.\d{1,4}){0,3})\.?(?:\s+|$)(.*)$", re.DOTALL)
_LIST_SPLIT = re.compile(r"\s*(?:;|\||\n)\s*")


class UhriFormatError(ImportFormatError):
    """The file is not a UHRI export, or one of its rows cannot be read (``line``: the
    JSON item or sheet row, from 1)."""

    code = "bad_uhri_file"
    default_message = M_UNREADABLE


def _fold(name: str) -> str:
    return re.sub(r"[\s_\-]", "", name).casefold()


def _field_of(names: Iterable[str]) -> dict[str, str]:
    """Our field → the file's name for it."""
    folded = {_fold(str(n)): str(n) for n in names if n is not None}
    found = {}
    for ours, accepted in FIELDS.items():
        for name in accepted:
            if name in folded:
                found[ours] = folded[name]
                break
    return found


def _strings(value: Any) -> list[str]:
    """A list field, given as a list (of strings or of {"Name": …} objects) or as text."""
    if value is None:
        return []
    if isinstance(value, list):
        out: list[str] = []
        for item in value:
            if isinstance(item, dict):
                item = next(
                    (item[k] for k in ("Name", "name", "Title", "title", "Value") if k in item),
                    "",
                )
            out += _strings(item)
        return out
    text = str(value).strip()
    return [part for part in _LIST_SPLIT.split(text) if part] if text else []


def _response(value: Any) -> str:
    text = " ".join(_strings(value)).casefold()
    if not text:
        return ""
    supported = "support" in text or "accept" in text
    noted = "noted" in text or "note" in text.split()
    if supported and not noted:
        return SUPPORTED
    if noted and not supported:
        return NOTED
    return ""  # partly supported, or a word we do not know: left for the office to say


def _recommendation(item: dict[str, Any], names: dict[str, str], line: int) -> Recommendation:
    def get(ours: str) -> Any:
        return item.get(names[ours]) if ours in names else None

    symbol_text = " ".join(_strings(get("symbol")))
    text = str(get("text") or "").strip()
    paragraph = str(get("paragraph") or "").strip()
    match = _PARAGRAPH_TEXT.match(text)
    if match is not None:
        paragraph = paragraph or match.group(1)
        text = match.group(2).strip() if not get("paragraph") else text
    parts = split_reference(f"{symbol_text} para {paragraph}") if symbol_text else None
    if parts is None:
        raise UhriFormatError(M_BAD_ROW, line=line)
    themes = _strings(get("themes"))
    known = [theme_by_label(name) for name in themes]
    return Recommendation(
        symbol=parts[0],
        paragraph=parts[1],
        text=" ".join(text.split()),
        response=_response(get("response")),
        sdg_targets=sorted(
            {t for t in (normalise_sdg_target(s) for s in _strings(get("sdgs"))) if t},
            key=lambda t: [int(p) if p.isdigit() else ord(p) for p in t.split(".")],
        ),
        themes=[t.code for t in known if t is not None],
        theme_names=themes,
        affected_persons=_strings(get("affected")),
        recommending="; ".join(_strings(get("recommending"))),
        annotation_id=str(get("annotation") or "").strip(),
    )


def _json_items(data: bytes) -> list[Any]:
    try:
        parsed = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise UhriFormatError(M_UNREADABLE) from exc
    if isinstance(parsed, dict):  # {"data": [...]} and the like
        lists = [v for v in parsed.values() if isinstance(v, list)]
        parsed = lists[0] if len(lists) == 1 else None
    if not isinstance(parsed, list) or not all(isinstance(i, dict) for i in parsed):
        raise UhriFormatError(M_NOT_A_LIST)
    return parsed


def _xlsx_rows(data: bytes) -> Iterator[tuple[int, dict[str, Any]]]:
    import openpyxl  # a dependency of the exports already; loaded only for XLSX

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UhriFormatError(M_UNREADABLE) from exc
    try:
        for sheet in book.worksheets:
            header: list[Any] | None = None
            for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
                if header is None:
                    names = _field_of(str(c) for c in row if c is not None)
                    if "symbol" in names and "text" in names:
                        header = [None if c is None else str(c) for c in row]
                    elif number >= HEADER_ROWS:
                        break
                    continue
                if all(c is None or str(c).strip() == "" for c in row):
                    continue
                yield number, {h: v for h, v in zip(header, row, strict=False) if h}
            if header is not None:
                return
        raise UhriFormatError(M_NO_COLUMNS)
    finally:
        book.close()


def read_uhri(path: Path) -> list[Recommendation]:
    """Every recommendation in the export at ``path`` (one per key: a repeated key keeps
    its last row). Raises :class:`UhriFormatError`, naming what was expected."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise UhriFormatError(M_TOO_LARGE)
        data = path.read_bytes()
    except OSError as exc:
        raise UhriFormatError(M_UNREADABLE) from exc
    return read_uhri_bytes(data)


def read_uhri_bytes(data: bytes) -> list[Recommendation]:
    found: dict[str, Recommendation] = {}
    if data[:4] == b"PK\x03\x04":
        rows: Iterable[tuple[int, dict[str, Any]]] = _xlsx_rows(data)
    else:
        items = _json_items(data)
        if items and not {"symbol", "text"} <= set(_field_of(items[0])):
            raise UhriFormatError(M_NOT_A_LIST, line=1)
        rows = enumerate(items, start=1)
    for line, item in rows:
        rec = _recommendation(item, _field_of(item), line)
        found[rec.key] = rec
    if not found:
        raise UhriFormatError(M_EMPTY)
    return list(found.values())
