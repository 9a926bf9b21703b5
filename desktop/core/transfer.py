"""Observations to and from CSV/JSON files (the headless import and export).

The format is documented in docs/import-format.md. JSON uses the model's own ``to_dict``
shape; CSV flattens it into the columns below, with lists as ``a; b`` and the nested lists
(people, follow-up actions) as JSON inside their cell. Exports leave out attachment keys:
an exported file next to a copied ``blobs/`` folder must not open the attachments.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop.core.errors import ImportFormatError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.model import INITIAL_STATUSES, FieldError, Observation, Status

if TYPE_CHECKING:
    from desktop.core.observations import ObservationService

M_EXISTS = QT_TRANSLATE_NOOP("core", "An observation with this id already exists.")
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
    (the first data row of a CSV, the first element of a JSON list)."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".json":
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
            if isinstance(data, dict) and isinstance(data.get("observations"), list):
                data = data["observations"]
            if not isinstance(data, list):
                raise ImportFormatError()
            for number, item in enumerate(data, start=1):
                yield number, item  # not an object: from_dict reports it as a type error
        elif suffix in (".csv", ".txt"):
            with open(path, encoding="utf-8-sig", newline="") as fh:
                reader = csv.DictReader(fh)
                if not reader.fieldnames or "title" not in reader.fieldnames:
                    raise ImportFormatError()
                for number, row in enumerate(reader, start=1):
                    yield number, csv_row_to_dict(row)
        else:
            raise ImportFormatError()
    except (UnicodeDecodeError, ValueError, csv.Error) as exc:
        raise ImportFormatError() from exc


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
