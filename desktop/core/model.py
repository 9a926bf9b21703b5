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

from desktop.core.field_errors import FieldError as FieldError  # read from here too
from desktop.core.field_errors import ValidationError as ValidationError
from desktop.core.field_errors import _Reader
from desktop.core.reports.references import normalise_reference, normalise_sdg_target


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


def _semicolon_list(r: _Reader, key: str) -> list[str]:
    """Like ``_Reader.str_list``, but a CSV cell splits at semicolons and line ends only
    (a recommendation reference may hold a comma: ``A/HRC/39/3, para 114.12``)."""
    value = r.data.get(key)
    if isinstance(value, str):
        return [p.strip() for p in value.replace("\n", ";").split(";") if p.strip()]
    return r.str_list(key)


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
    # Links to UN recommendations (issue 16 item 5): ``A/HRC/39/3 para 114.12``, UPR theme
    # codes (``upr-c4:right-to-life``) and SDG targets (``16.10``). Empty by default, and
    # left out of the body when empty, so earlier records and envelopes read unchanged.
    recommendations: list[str] = field(default_factory=list)
    upr_themes: list[str] = field(default_factory=list)
    sdg_targets: list[str] = field(default_factory=list)
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
            **{
                key: list(values)
                for key, values in (
                    ("recommendations", self.recommendations),
                    ("upr_themes", self.upr_themes),
                    ("sdg_targets", self.sdg_targets),
                )
                if values
            },
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
            # normalised where readable; anything else stays as given, for validation to name
            recommendations=[
                normalise_reference(v) or v for v in _semicolon_list(r, "recommendations")
            ],
            upr_themes=r.str_list("upr_themes"),
            sdg_targets=[normalise_sdg_target(v) or v for v in r.str_list("sdg_targets")],
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
