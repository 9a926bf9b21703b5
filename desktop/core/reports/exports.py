"""Exports for people who work in Excel: the selection's records as a root table and one
table per repeated group (rights, act types, people, follow-up), written as an XLSX
workbook (one sheet each), as CSV files in a ZIP (UTF-8 with a BOM, so Excel reads
Cyrillic and Turkmen letters), or the records with coordinates as GeoJSON points.

Every export goes through :mod:`.anonymise` first. What is written is plaintext by nature:
the caller asks the user first (see :func:`sensitive_count`).
"""

from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktop.core.model import Confidentiality, Observation
from desktop.core.paths import open_private
from desktop.core.refdata import ReferenceData, get_reference_data
from desktop.core.reports.anonymise import Anonymisation, anonymised
from desktop.core.reports.upr_themes import upr_themes

Table = tuple[list[str], list[list[Any]]]  # header, rows

ROOT_COLUMNS = [
    "id",
    "title",
    "date_start",
    "date_end",
    "date_precision",
    "velayat",
    "etrap",
    "settlement",
    "lat",
    "lon",
    "description",
    "source_type",
    "source_reliability",
    "source_how_obtained",
    "consent_obtained",
    "consent_share_coordinators",
    "consent_share_institution",
    "consent_share_public_anonymised",
    "confidentiality",
    "status",
    "tags",
    "created_at",
    "updated_at",
    "author_device_id",
]
SHEETS = ("observations", "rights", "acts", "people", "follow_up", "un_links")


def _text(value: str | None) -> str:
    return value or ""


def tables(
    records: Iterable[Observation],
    how: Anonymisation,
    lang: str = "en",
    ref: ReferenceData | None = None,
) -> dict[str, Table]:
    """The export's tables: ``observations`` and one per repeated group, joined by
    ``observation_id``. Values are text, numbers (coordinates) and booleans."""
    ref = ref or get_reference_data()
    rights, acts = ref.taxonomy("rights"), ref.taxonomy("act_types")
    out: dict[str, Table] = {
        "observations": (ROOT_COLUMNS, []),
        "rights": (["observation_id", "right", "label"], []),
        "acts": (["observation_id", "act_type", "label"], []),
        "people": (
            [
                "observation_id",
                "position",
                "role",
                "name",
                "keep_anonymous",
                "sex",
                "age_group",
                "perpetrator_type",
            ],
            [],
        ),
        "follow_up": (["observation_id", "position", "action", "note", "due", "done"], []),
        # links to UN recommendations, UPR themes and SDG targets (issue 16 item 5)
        "un_links": (["observation_id", "kind", "code", "label"], []),
    }
    themes = {t.code: t.name(lang) for t in upr_themes()}
    for original in records:
        obs = anonymised(original, how)
        d, p, s, c = obs.date, obs.place, obs.source, obs.consent
        out["observations"][1].append(
            [
                obs.id,
                obs.title,
                _text(d.start),
                _text(d.end),
                d.precision,
                _text(p.velayat),
                _text(p.etrap),
                p.settlement,
                p.lat,
                p.lon,
                obs.description,
                _text(s.type),
                _text(s.reliability),
                _text(s.how_obtained),
                c.obtained,
                c.share_coordinators,
                c.share_institution,
                c.share_public_anonymised,
                obs.confidentiality,
                obs.status,
                "; ".join(obs.tags),
                _text(obs.created_at),
                _text(obs.updated_at),
                _text(obs.author_device_id),
            ]
        )
        for code in obs.rights:
            term = rights.get(code)
            out["rights"][1].append([obs.id, code, term.label(lang) if term else ""])
        for code in obs.act_types:
            term = acts.get(code)
            out["acts"][1].append([obs.id, code, term.label(lang) if term else ""])
        for i, person in enumerate(obs.people, 1):
            out["people"][1].append(
                [
                    obs.id,
                    i,
                    person.role,
                    person.name,
                    person.keep_anonymous,
                    _text(person.sex),
                    _text(person.age_group),
                    _text(person.perpetrator_type),
                ]
            )
        for i, action in enumerate(obs.follow_up, 1):
            out["follow_up"][1].append(
                [obs.id, i, action.action, action.note, _text(action.due), action.done]
            )
        for kind, codes in (
            ("recommendation", obs.recommendations),
            ("upr_theme", obs.upr_themes),
            ("sdg_target", obs.sdg_targets),
        ):
            for code in codes:
                out["un_links"][1].append([obs.id, kind, code, themes.get(code, "")])
    return out


def sensitive_count(records: Iterable[Observation]) -> int:
    """Records marked sensitive or highly sensitive: an export of them asks first."""
    return sum(r.confidentiality != Confidentiality.NORMAL for r in records)


def _atomic(path: Path, write: Any) -> None:
    """Write through a private partial file, renamed when complete."""
    tmp = path.with_name(path.name + ".partial")
    fd = open_private(tmp)
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_xlsx(path: Path, data: dict[str, Table]) -> None:
    """One sheet a table. Texts are always stored as texts: a description starting with
    ``=`` must not become a formula in the reader's Excel."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    for name, (header, rows) in data.items():
        sheet = book.create_sheet(name)
        sheet.append(header)
        for row in rows:
            cells = []
            for value in row:
                cell = WriteOnlyCell(sheet, value=value)
                if isinstance(value, str):
                    cell.data_type = "s"
                cells.append(cell)
            sheet.append(cells)
    _atomic(path, book.save)


def read_xlsx(path: Path) -> dict[str, Table]:
    """An export read back (tests, and a check an office can run)."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    out: dict[str, Table] = {}
    for sheet in book.worksheets:
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        header = [str(h) for h in rows[0]] if rows else []
        out[sheet.title] = (header, [[_none_to_text(v) for v in r] for r in rows[1:]])
    book.close()
    return out


def _none_to_text(value: Any) -> Any:
    # openpyxl reads an empty text cell back as None
    return "" if value is None else value


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    text = str(value)
    # A cell starting like a formula is read by spreadsheets as one (CSV injection).
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_csv_zip(path: Path, data: dict[str, Table]) -> None:
    def write(out: Any) -> None:
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, (header, rows) in data.items():
                buffer = io.StringIO(newline="")
                writer = csv.writer(buffer)
                writer.writerow(header)
                writer.writerows([_csv_value(v) for v in row] for row in rows)
                archive.writestr(f"{name}.csv", buffer.getvalue().encode("utf-8-sig"))

    _atomic(path, write)


def geojson(records: Iterable[Observation], how: Anonymisation) -> dict[str, Any]:
    """Records with coordinates as points (none when places are cut to the velayat)."""
    features = []
    for original in records:
        obs = anonymised(original, how)
        if obs.place.lat is None or obs.place.lon is None:
            continue
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [obs.place.lon, obs.place.lat]},
                "properties": {
                    "id": obs.id,
                    "title": obs.title,
                    "date_start": obs.date.start,
                    "date_precision": obs.date.precision,
                    "velayat": obs.place.velayat,
                    "etrap": obs.place.etrap,
                    "rights": obs.rights,
                    "act_types": obs.act_types,
                    "status": obs.status,
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def write_geojson(path: Path, records: Iterable[Observation], how: Anonymisation) -> None:
    text = json.dumps(geojson(records, how), ensure_ascii=False, indent=1)
    _atomic(path, lambda out: out.write(text.encode("utf-8")))
