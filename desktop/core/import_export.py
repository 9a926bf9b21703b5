"""Observations to and from CSV/JSON files (the headless import and export).

The format is documented in docs/import-format.md. JSON uses the model's own ``to_dict``
shape; CSV flattens it into the columns below, with lists as ``a; b`` and the nested lists
(people, follow-up actions) as JSON inside their cell. Exports leave out attachment keys:
an exported file next to a copied ``blobs/`` folder must not open the attachments.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop.core.errors import ImportFormatError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.model import INITIAL_STATUSES, FieldError, Observation, Status
from desktop.core.refdata import get_reference_data

if TYPE_CHECKING:
    from desktop.core.observations import ObservationService

M_EXISTS = QT_TRANSLATE_NOOP("core", "An observation with this id already exists.")
# What an import expects, said whenever a file cannot be read.
M_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "core",
    "This line is not UTF-8 text. Save the file as CSV UTF-8 (columns separated by , or ;,"
    " dates as YYYY-MM-DD) or as JSON.",
)
M_NO_HEADER = QT_TRANSLATE_NOOP(
    "core",
    "The first line must name the columns (title, date_start, velayat, …), separated by"
    " , or ;. Dates are written YYYY-MM-DD; the file is UTF-8 text.",
)
M_BAD_CSV = QT_TRANSLATE_NOOP(
    "core",
    "This line cannot be read as CSV (check its quotes). Expected: UTF-8 text, columns"
    " separated by , or ;, dates as YYYY-MM-DD.",
)
M_BAD_JSON = QT_TRANSLATE_NOOP(
    "core",
    "This line cannot be read as JSON. Expected: UTF-8 text holding a list of observations,"
    " dates as YYYY-MM-DD.",
)
M_NOT_A_LIST = QT_TRANSLATE_NOOP(
    "core", 'A JSON import holds a list of observations (or {"observations": [...]}).'
)
M_FILE_TYPE = QT_TRANSLATE_NOOP(
    "core",
    "Fieldbook imports .csv and .json files: UTF-8 text, CSV columns separated by , or ;,"
    " dates as YYYY-MM-DD.",
)
M_NOT_IMPORTABLE = QT_TRANSLATE_NOOP("core", "Imported observations are draft or queued.")
IMPORT_BATCH = 500

CSV_COLUMNS = [
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
    "rights",
    "act_types",
    "description",
    "people",
    "source_type",
    "source_reliability",
    "source_how_obtained",
    "consent_obtained",
    "consent_share_coordinators",
    "consent_share_institution",
    "consent_share_public_anonymised",
    "confidentiality",
    "follow_up",
    "tags",
    # links to UN recommendations (issue 16 item 5): lists separated by ";"
    "recommendations",
    "upr_themes",
    "sdg_targets",
    "status",
]
#: Columns that only an export writes (an import ignores them).
CSV_EXPORT_ONLY = ["rev", "created_at", "updated_at", "attachments"]
_JSON_CELLS = ("people", "follow_up")


def csv_row_to_dict(row: dict[str, str | None]) -> dict[str, Any]:
    """A CSV record → the nested body shape ``Observation.from_dict`` reads.

    A JSON cell that does not parse is passed on as text, so the model reports it as a
    type error on that field.
    """

    def cell(name: str) -> str | None:
        value = row.get(name)
        return value.strip() if isinstance(value, str) and value.strip() != "" else None

    body: dict[str, Any] = {
        "title": row.get("title") or "",
        "date": {
            "start": cell("date_start"),
            "end": cell("date_end"),
            "precision": cell("date_precision") or "day",
        },
        "place": {
            "velayat": cell("velayat"),
            "etrap": cell("etrap"),
            "settlement": row.get("settlement") or "",
            "lat": cell("lat"),
            "lon": cell("lon"),
        },
        "rights": cell("rights"),
        "act_types": cell("act_types"),
        "description": row.get("description") or "",
        "source": {
            "type": cell("source_type"),
            "reliability": cell("source_reliability"),
            "how_obtained": cell("source_how_obtained"),
        },
        "consent": {
            "obtained": cell("consent_obtained"),
            "share_coordinators": cell("consent_share_coordinators"),
            "share_institution": cell("consent_share_institution"),
            "share_public_anonymised": cell("consent_share_public_anonymised"),
        },
        "confidentiality": cell("confidentiality") or "normal",
        "tags": cell("tags"),
        "recommendations": cell("recommendations"),
        "upr_themes": cell("upr_themes"),
        "sdg_targets": cell("sdg_targets"),
    }
    if cell("id"):
        body["id"] = cell("id")
    if cell("status"):
        body["status"] = cell("status")
    for name in _JSON_CELLS:
        raw = cell(name)
        if raw is None:
            body[name] = []
            continue
        try:
            body[name] = json.loads(raw)
        except ValueError:
            body[name] = raw
    return body


def read_records(path: Path) -> Iterator[tuple[int, Any]]:
    """(row number, body) for each record of a CSV or JSON file; rows count from 1
    (the first data row of a CSV, the first element of a JSON list).

    Raises :class:`ImportFormatError` saying what was expected and, when known, on which
    line of the file reading stopped."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        yield from _json_records(path)
    elif suffix in (".csv", ".txt"):
        yield from _csv_records(path)
    else:
        raise ImportFormatError(M_FILE_TYPE)


def _json_records(path: Path) -> Iterator[tuple[int, Any]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFormatError(M_NOT_UTF8, line=raw[: exc.start].count(b"\n") + 1) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(M_BAD_JSON, line=exc.lineno) from exc
    if isinstance(data, dict) and isinstance(data.get("observations"), list):
        data = data["observations"]
    if not isinstance(data, list):
        raise ImportFormatError(M_NOT_A_LIST, line=1)
    # an element that is not an object: from_dict reports it as a type error
    yield from enumerate(data, start=1)


class _Lines:
    """The lines of a file decoded as UTF-8 one at a time, counting them, so a bad byte is
    reported with its line (the csv module reads on from this iterator)."""

    def __init__(self, fh: Any) -> None:
        self._fh = fh
        self.number = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        raw = next(self._fh)
        self.number += 1
        try:
            line: str = raw.decode("utf-8-sig" if self.number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise ImportFormatError(M_NOT_UTF8, line=self.number) from exc
        return line


def _csv_records(path: Path) -> Iterator[tuple[int, Any]]:
    with open(path, "rb") as fh:
        lines = _Lines(fh)
        first = next(lines, "")
        # Spreadsheets in Russian and Turkmen locales save CSV with ";" (the comma is their
        # decimal mark): the header line tells which one this file uses.
        delimiter = ";" if first.count(";") > first.count(",") else ","
        # strict: a quote left open is an error, not the rest of the file read as one cell.
        reader = csv.DictReader(itertools.chain([first], lines), delimiter=delimiter, strict=True)
        start = 1  # the line the record being read starts on
        try:
            fields = reader.fieldnames
            if not fields or "title" not in [f.strip() for f in fields]:
                raise ImportFormatError(M_NO_HEADER, line=1)
            reader.fieldnames = [f.strip() for f in fields]
            number = 0
            while True:
                start = lines.number + 1
                row = next(reader, None)
                if row is None:
                    return
                number += 1
                yield number, csv_row_to_dict(row)
        except csv.Error as exc:
            raise ImportFormatError(M_BAD_CSV, line=start) from exc


def export_dict(obs: Observation) -> dict[str, Any]:
    body = obs.to_dict()
    for attachment in body["attachments"]:
        attachment.pop("key", None)
    return body


def csv_row(obs: Observation) -> dict[str, Any]:
    d, p, s, c = obs.date, obs.place, obs.source, obs.consent
    return {
        "id": obs.id,
        "title": obs.title,
        "date_start": d.start or "",
        "date_end": d.end or "",
        "date_precision": d.precision,
        "velayat": p.velayat or "",
        "etrap": p.etrap or "",
        "settlement": p.settlement,
        "lat": "" if p.lat is None else repr(p.lat),
        "lon": "" if p.lon is None else repr(p.lon),
        "rights": "; ".join(obs.rights),
        "act_types": "; ".join(obs.act_types),
        "description": obs.description,
        "people": json.dumps([x.to_dict() for x in obs.people], ensure_ascii=False),
        "source_type": s.type or "",
        "source_reliability": s.reliability or "",
        "source_how_obtained": s.how_obtained or "",
        "consent_obtained": str(c.obtained).lower(),
        "consent_share_coordinators": str(c.share_coordinators).lower(),
        "consent_share_institution": str(c.share_institution).lower(),
        "consent_share_public_anonymised": str(c.share_public_anonymised).lower(),
        "confidentiality": obs.confidentiality,
        "follow_up": json.dumps([f.to_dict() for f in obs.follow_up], ensure_ascii=False),
        "tags": "; ".join(obs.tags),
        "recommendations": "; ".join(obs.recommendations),
        "upr_themes": "; ".join(obs.upr_themes),
        "sdg_targets": "; ".join(obs.sdg_targets),
        "status": obs.status,
        "rev": obs.rev,
        "created_at": obs.created_at or "",
        "updated_at": obs.updated_at or "",
        "attachments": "; ".join(f"{a.filename} ({a.sha256})" for a in obs.attachments),
    }


def write_csv(out: TextIO, observations: Iterator[Observation]) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS + CSV_EXPORT_ONLY)
    writer.writeheader()
    count = 0
    for obs in observations:
        writer.writerow(csv_row(obs))
        count += 1
    return count


def write_json(out: TextIO, observations: Iterator[Observation]) -> int:
    # Streamed element by element: an export of 100,000 records stays small in memory.
    out.write('{"format": "fieldbook-observations", "version": 1, "observations": [\n')
    count = 0
    for obs in observations:
        if count:
            out.write(",\n")
        out.write(json.dumps(export_dict(obs), ensure_ascii=False, sort_keys=True))
        count += 1
    out.write("\n]}\n")
    return count


def to_text_csv(observations: list[Observation]) -> str:
    buf = io.StringIO()
    write_csv(buf, iter(observations))
    return buf.getvalue()


def _canonical_place(record: dict[str, Any]) -> None:
    """Place codes written as people write them ("dashoguz", "Daşoguz", "Ашхабад",
    "Serdar etraby") replaced by the reference code, when the name means one place of the
    right kind; anything else is left for validation to report with the valid codes."""
    place = record.get("place")
    if not isinstance(place, dict):
        return
    places = get_reference_data().places
    for key, first_level in (("velayat", True), ("etrap", False)):
        given = place.get(key)
        if not isinstance(given, str) or not given.strip() or given in places:
            continue
        code = places.resolve_legacy_name(given)
        found = places.get(code) if code else None
        if found is not None and found.is_first_level == first_level:
            place[key] = code


@dataclass
class ImportReport:
    ids: list[str] = field(default_factory=list)
    errors: list[tuple[int, FieldError]] = field(default_factory=list)

    @property
    def imported(self) -> int:
        return len(self.ids)

    @property
    def failed_rows(self) -> int:
        return len({row for row, _ in self.errors})


def import_file(
    service: ObservationService,
    path: Path,
    *,
    status: str = Status.DRAFT.value,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Validate every record; store the valid ones, the rest are reported by row.

    Valid records are stored in batches, each batch one transaction of whole, validated
    observations: a crash mid-import leaves some complete rows and nothing half-written.
    """
    report = ImportReport()
    seen: set[str] = set()
    batch: list[tuple[int, Observation]] = []

    def flush() -> None:
        if batch:
            stored = service.save_many([obs for _, obs in batch])
            report.ids.extend(obs.id for obs in stored)
            batch.clear()

    for number, record in read_records(path):
        if isinstance(record, dict):
            _canonical_place(record)
        errors: list[FieldError] = []
        obs = Observation.from_dict(record, errors=errors)
        explicit_id = isinstance(record, dict) and bool(record.get("id"))
        if explicit_id and (obs.id in seen or service.exists(obs.id)):
            errors.append(FieldError("id", "already_exists", M_EXISTS))
        given = record.get("status") if isinstance(record, dict) else None
        if given:
            if given not in INITIAL_STATUSES:
                errors.append(FieldError("status", "not_importable", M_NOT_IMPORTABLE))
        else:
            obs.status = status
        obs.attachments = []
        errors.extend(e for e in service.validate(obs) if e not in errors)
        if errors:
            report.errors.extend((number, e) for e in errors)
        else:
            seen.add(obs.id)
            batch.append((number, obs))
            if len(batch) >= IMPORT_BATCH:
                flush()
        if progress is not None:
            progress(number)
    flush()
    return report
