"""The observation a field worker records, as plain dataclasses.

Shape follows DESIGN.md (a cut of the HURIDOCS Events Standard Formats). ``to_dict`` gives the
JSON body that is stored in every revision and, later, sealed into envelopes; ``from_dict``
reads it back and reports type problems as :class:`FieldError` so an import file with a
string where a number belongs gets a precise message instead of a crash.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP


class Status(StrEnum):
    DRAFT = "draft"
    QUEUED = "queued"
    SENT = "sent"
    RECEIVED = "received"
    VERIFIED = "verified"
    NEEDS_INFORMATION = "needs_information"
    CLOSED = "closed"


#: Who moves an observation where. The author: draft ⇄ queued (withdrawing is possible only
#: until the sync engine has sealed an envelope), needs_information → queued after revising.
#: The sync engine: queued → sent on a verified receipt. Coordinators (through review
#: envelopes): everything after sent, including reopening a verified or closed record.
ALLOWED_TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.QUEUED}),
    Status.QUEUED: frozenset({Status.DRAFT, Status.SENT}),
    Status.SENT: frozenset(
        {Status.RECEIVED, Status.VERIFIED, Status.NEEDS_INFORMATION, Status.CLOSED}
    ),
    Status.RECEIVED: frozenset({Status.VERIFIED, Status.NEEDS_INFORMATION, Status.CLOSED}),
    Status.VERIFIED: frozenset({Status.NEEDS_INFORMATION, Status.CLOSED}),
    Status.NEEDS_INFORMATION: frozenset({Status.QUEUED, Status.CLOSED}),
    Status.CLOSED: frozenset({Status.NEEDS_INFORMATION}),
}

#: Statuses in which the author may change the content (each change is a new revision).
EDITABLE_STATUSES: frozenset[Status] = frozenset(
    {Status.DRAFT, Status.QUEUED, Status.NEEDS_INFORMATION}
)

#: Statuses a new observation may be saved with (import may queue directly).
INITIAL_STATUSES: frozenset[Status] = frozenset({Status.DRAFT, Status.QUEUED})


class Confidentiality(StrEnum):
    NORMAL = "normal"
    SENSITIVE = "sensitive"
    HIGHLY_SENSITIVE = "highly_sensitive"


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


class SyncState(StrEnum):
    """Where the latest revision stands with the server (filled by the sync engine).

    ``local``: nothing to send (a draft). ``pending``: the latest revision must be sent.
    ``sent``: the server's receipt for the latest revision is held.
    """

    LOCAL = "local"
    PENDING = "pending"
    SENT = "sent"


class Role(StrEnum):
    VICTIM = "victim"
    WITNESS = "witness"
    ALLEGED_PERPETRATOR = "alleged_perpetrator"
    SOURCE = "source"


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str
    message: str
    # Facts that help fix the value and hold no recorded content, such as the valid codes
    #: (shown after the translated message, untranslated).
    detail: str = ""

    def to_dict(self) -> dict[str, str]:
        found = {"field": self.field, "code": self.code, "message": self.message}
        if self.detail:
            found["detail"] = self.detail
        return found


class ValidationError(Exception):
    code = "invalid"

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{e.field}: {e.code}" for e in errors))


MSG_TYPE = QT_TRANSLATE_NOOP("core", "This value has the wrong type.")


class _Reader:
    """Reads a JSON-like dict, collecting type errors under dotted field paths."""

    def __init__(self, data: Any, prefix: str, errors: list[FieldError]) -> None:
        self.data: dict[str, Any] = data if isinstance(data, dict) else {}
        self.prefix = prefix
        self.errors = errors
        if data is not None and not isinstance(data, dict):
            self.errors.append(FieldError(prefix.rstrip(".") or "body", "invalid_type", MSG_TYPE))

    def _bad(self, key: str) -> None:
        self.errors.append(FieldError(self.prefix + key, "invalid_type", MSG_TYPE))

    def text(self, key: str, default: str = "") -> str:
        value = self.data.get(key, default)
        if value is None:
            return default
        if isinstance(value, str):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        self._bad(key)
        return default

    def opt_text(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, str):
            return value
        self._bad(key)
        return None

    def flag(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in _BOOL_WORDS:
            return _BOOL_WORDS[value.strip().lower()]
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        self._bad(key)
        return default

    def opt_float(self, key: str) -> float | None:
        value = self.data.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            self._bad(key)
            return None
        if isinstance(value, int | float):
            return float(value)
        if isinstance(value, str):
            try:
                return float(value.strip())
            except ValueError:
                pass
        self._bad(key)
        return None

    def integer(self, key: str, default: int) -> int:
        value = self.data.get(key, default)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        self._bad(key)
        return default

    def str_list(self, key: str) -> list[str]:
        value = self.data.get(key)
        if value is None or value == "":
            return []
        if isinstance(value, str):  # "a; b" from CSV cells
            return [part.strip() for part in value.replace(",", ";").split(";") if part.strip()]
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return list(value)
        self._bad(key)
        return []

    def dict_list(self, key: str) -> list[Any]:
        value = self.data.get(key)
        if value is None:
            return []
        if isinstance(value, list):
            return value
        self._bad(key)
        return []

    def sub(self, key: str) -> _Reader:
        return _Reader(self.data.get(key), f"{self.prefix}{key}.", self.errors)


_BOOL_WORDS = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}


@dataclass
class IncidentDate:
    """``start``/``end`` are ISO dates (YYYY-MM-DD); with month or year precision the day
    (and month) are stored as 01, and only the precise part is meaningful."""

    start: str | None = None
    end: str | None = None
    precision: str = DatePrecision.DAY.value

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "precision": self.precision}

    @classmethod
    def read(cls, r: _Reader) -> IncidentDate:
        return cls(r.opt_text("start"), r.opt_text("end"), r.text("precision", DatePrecision.DAY))


@dataclass
class Place:
    velayat: str | None = None
    etrap: str | None = None
    settlement: str = ""
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "velayat": self.velayat,
            "etrap": self.etrap,
            "settlement": self.settlement,
            "lat": self.lat,
            "lon": self.lon,
        }

    @classmethod
    def read(cls, r: _Reader) -> Place:
        return cls(
            r.opt_text("velayat"),
            r.opt_text("etrap"),
            r.text("settlement"),
            r.opt_float("lat"),
            r.opt_float("lon"),
        )


@dataclass
class Person:
    role: str = Role.VICTIM.value
    name: str = ""
    keep_anonymous: bool = True
    sex: str | None = None
    age_group: str | None = None
    perpetrator_type: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "name": self.name,
            "keep_anonymous": self.keep_anonymous,
            "sex": self.sex,
            "age_group": self.age_group,
            "perpetrator_type": self.perpetrator_type,
        }

    @classmethod
    def read(cls, r: _Reader) -> Person:
        return cls(
            r.text("role", Role.VICTIM),
            r.text("name"),
            r.flag("keep_anonymous", True),
            r.opt_text("sex"),
            r.opt_text("age_group"),
            r.opt_text("perpetrator_type"),
        )


@dataclass
class Source:
    type: str | None = None
    reliability: str | None = None
    how_obtained: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "reliability": self.reliability,
            "how_obtained": self.how_obtained,
        }

    @classmethod
    def read(cls, r: _Reader) -> Source:
        return cls(r.opt_text("type"), r.opt_text("reliability"), r.opt_text("how_obtained"))


@dataclass
class Consent:
    obtained: bool = False
    share_coordinators: bool = False
    share_institution: bool = False
    share_public_anonymised: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "obtained": self.obtained,
            "share_coordinators": self.share_coordinators,
            "share_institution": self.share_institution,
            "share_public_anonymised": self.share_public_anonymised,
        }

    @classmethod
    def read(cls, r: _Reader) -> Consent:
        return cls(
            r.flag("obtained", False),
            r.flag("share_coordinators", False),
            r.flag("share_institution", False),
            r.flag("share_public_anonymised", False),
        )


@dataclass
class FollowUpAction:
    action: str = ""
    note: str = ""
    due: str | None = None
    done: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"action": self.action, "note": self.note, "due": self.due, "done": self.done}

    @classmethod
    def read(cls, r: _Reader) -> FollowUpAction:
        return cls(r.text("action"), r.text("note"), r.opt_text("due"), r.flag("done", False))


@dataclass
class AttachmentRef:
    """An encrypted attachment. ``key`` (base64, 32 bytes) opens the blob ``blob_id``; it
    lives only inside the encrypted database and, later, inside sealed envelopes."""

    id: str
    filename: str
    media_type: str
    size: int
    sha256: str
    blob_id: str
    blob_size: int
    key: str
    added_at: str
    has_thumbnail: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "filename": self.filename,
            "media_type": self.media_type,
            "size": self.size,
            "sha256": self.sha256,
            "blob_id": self.blob_id,
            "blob_size": self.blob_size,
            "key": self.key,
            "added_at": self.added_at,
            "has_thumbnail": self.has_thumbnail,
        }

    @classmethod
    def from_json(cls, text: str) -> AttachmentRef:
        return cls.read(_Reader(json.loads(text), "", []))

    @classmethod
    def read(cls, r: _Reader) -> AttachmentRef:
        return cls(
            r.text("id"),
            r.text("filename"),
            r.text("media_type"),
            r.integer("size", 0),
            r.text("sha256"),
            r.text("blob_id"),
            r.integer("blob_size", 0),
            r.text("key"),
            r.text("added_at"),
            r.flag("has_thumbnail", False),
        )


def new_id() -> str:
    return secrets.token_hex(16)


@dataclass
class Observation:
    id: str = field(default_factory=new_id)
    title: str = ""
    date: IncidentDate = field(default_factory=IncidentDate)
    place: Place = field(default_factory=Place)
    rights: list[str] = field(default_factory=list)
    act_types: list[str] = field(default_factory=list)
    description: str = ""
    people: list[Person] = field(default_factory=list)
    source: Source = field(default_factory=Source)
    consent: Consent = field(default_factory=Consent)
    confidentiality: str = Confidentiality.NORMAL.value
    follow_up: list[FollowUpAction] = field(default_factory=list)
    attachments: list[AttachmentRef] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    status: str = Status.DRAFT.value
    # the field worker's answer to the coordinators' reviews, sent with this revision only
    # (the editor starts each new revision with it empty); issue 15 item 4
    reply_note: str = ""
    # Set by the store, ignored on save:
    rev: int = 0
    created_at: str | None = None
    updated_at: str | None = None
    author_device_id: str | None = None

    @classmethod
    def new(cls, **fields: Any) -> Observation:
        """A fresh draft with a new random id."""
        return cls(**fields)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date.to_dict(),
            "place": self.place.to_dict(),
            "rights": list(self.rights),
            "act_types": list(self.act_types),
            "description": self.description,
            "people": [p.to_dict() for p in self.people],
            "source": self.source.to_dict(),
            "consent": self.consent.to_dict(),
            "confidentiality": self.confidentiality,
            "follow_up": [f.to_dict() for f in self.follow_up],
            "attachments": [a.to_dict() for a in self.attachments],
            "tags": list(self.tags),
            "status": self.status,
            "reply_note": self.reply_note,
            "rev": self.rev,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "author_device_id": self.author_device_id,
        }

    @classmethod
    def from_dict(cls, data: Any, *, errors: list[FieldError] | None = None) -> Observation:
        """Read a body; type errors raise :class:`ValidationError` unless ``errors`` is
        given, in which case they are appended there and a best-effort object is returned."""
        collected: list[FieldError] = [] if errors is None else errors
        r = _Reader(data, "", collected)
        obs = cls(
            id=r.text("id") or new_id(),
            title=r.text("title"),
            date=IncidentDate.read(r.sub("date")),
            place=Place.read(r.sub("place")),
            rights=r.str_list("rights"),
            act_types=r.str_list("act_types"),
            description=r.text("description"),
            people=[
                Person.read(_Reader(p, f"people.{i}.", collected))
                for i, p in enumerate(r.dict_list("people"))
            ],
            source=Source.read(r.sub("source")),
            consent=Consent.read(r.sub("consent")),
            confidentiality=r.text("confidentiality", Confidentiality.NORMAL),
            follow_up=[
                FollowUpAction.read(_Reader(f, f"follow_up.{i}.", collected))
                for i, f in enumerate(r.dict_list("follow_up"))
            ],
            attachments=[
                AttachmentRef.read(_Reader(a, f"attachments.{i}.", collected))
                for i, a in enumerate(r.dict_list("attachments"))
            ],
            tags=r.str_list("tags"),
            status=r.text("status", Status.DRAFT),
            reply_note=r.text("reply_note"),
            rev=r.integer("rev", 0),
            created_at=r.opt_text("created_at"),
            updated_at=r.opt_text("updated_at"),
            author_device_id=r.opt_text("author_device_id"),
        )
        if errors is None and collected:
            raise ValidationError(collected)
        return obs

    def content_dict(self) -> dict[str, Any]:
        """The body without the fields the store sets; equal content ⇔ equal dicts."""
        body = self.to_dict()
        for key in ("rev", "created_at", "updated_at", "author_device_id", "status"):
            body.pop(key)
        return body
