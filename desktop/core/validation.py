"""Every rule an observation must satisfy before it is stored.

Rules return :class:`FieldError` (field path, stable code, translatable message) instead of
raising, so a form can show all problems at once and an import can report them per row.
Codes are checked against the reference data (places, taxonomies, vocabularies).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.model import (
    Confidentiality,
    DatePrecision,
    FieldError,
    Observation,
    Role,
    Status,
)
from desktop.core.refdata import RefIndex
from desktop.core.reports.references import is_sdg_target, normalise_reference
from desktop.core.reports.upr_themes import upr_theme_codes

TITLE_MAX = 300
#: Earlier incident dates are typing slips (1900, 0025 for 2025), not history to record here.
EARLIEST_DATE = date(1950, 1, 1)
DESCRIPTION_MAX = 100_000
TEXT_MAX = 2_000
REPLY_NOTE_MAX = 10_000
TAG_MAX = 64
# Turkmenistan's bounding box with a small margin (lat 35.13–42.80 N, lon 52.44–66.68 E).
LAT_RANGE = (35.0, 43.0)
LON_RANGE = (52.3, 66.8)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HEX32 = re.compile(r"^[0-9a-f]{32}$")

M_REQUIRED = QT_TRANSLATE_NOOP("core", "This field is required.")
M_TOO_LONG = QT_TRANSLATE_NOOP("core", "This text is too long.")
M_BAD_DATE = QT_TRANSLATE_NOOP("core", "Enter a date as YYYY-MM-DD.")
M_FUTURE = QT_TRANSLATE_NOOP("core", "The date is in the future.")
M_TOO_EARLY = QT_TRANSLATE_NOOP("core", "The date is before 1950: check the year.")
M_END_BEFORE_START = QT_TRANSLATE_NOOP("core", "The end date is before the start date.")
M_UNKNOWN_VALUE = QT_TRANSLATE_NOOP("core", "Choose one of the offered values.")
M_UNKNOWN_CODE = QT_TRANSLATE_NOOP("core", "This code is not in the reference list.")
M_DUPLICATE = QT_TRANSLATE_NOOP("core", "This code is listed twice.")
M_ETRAP_OUTSIDE = QT_TRANSLATE_NOOP(
    "core", "This etrap is not in the chosen velayat. The etraps of that velayat:"
)
M_UNKNOWN_VELAYAT = QT_TRANSLATE_NOOP("core", "This velayat code is not known. Valid codes:")
M_UNKNOWN_ETRAP = QT_TRANSLATE_NOOP("core", "This etrap code is not known. Valid codes:")
M_ETRAP_NO_VELAYAT = QT_TRANSLATE_NOOP("core", "Choose the velayat before the etrap.")
M_COORD_PAIR = QT_TRANSLATE_NOOP("core", "Give both latitude and longitude, or neither.")
M_COORD_OUTSIDE = QT_TRANSLATE_NOOP("core", "These coordinates are outside Turkmenistan.")
M_NO_CONSENT = QT_TRANSLATE_NOOP("core", "Sharing is only possible when consent was obtained.")
M_NOT_PERPETRATOR = QT_TRANSLATE_NOOP(
    "core", "A perpetrator type applies only to an alleged perpetrator."
)
M_BAD_TAG = QT_TRANSLATE_NOOP("core", "Tags are short words, 1 to 64 characters.")
M_BAD_ID = QT_TRANSLATE_NOOP("core", "The record id must be 32 lowercase hex digits.")
M_END_WITHOUT_START = QT_TRANSLATE_NOOP("core", "An end date needs a start date.")
M_BAD_RECOMMENDATION = QT_TRANSLATE_NOOP(
    "core",
    "Write a recommendation as its document symbol and paragraph, e.g. A/HRC/39/3 para 114.12.",
)
M_BAD_SDG = QT_TRANSLATE_NOOP("core", "Write an SDG target as goal.target, e.g. 16.10.")


def _parse_date(value: str) -> date | None:
    if not _ISO_DATE.match(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def validate(obs: Observation, ref: RefIndex, *, today: date | None = None) -> list[FieldError]:
    errors: list[FieldError] = []
    add = errors.append
    today = today or date.today()

    if not _HEX32.match(obs.id):
        add(FieldError("id", "invalid_id", M_BAD_ID))
    if not obs.title.strip():
        add(FieldError("title", "required", M_REQUIRED))
    elif len(obs.title) > TITLE_MAX:
        add(FieldError("title", "too_long", M_TOO_LONG))
    if len(obs.description) > DESCRIPTION_MAX:
        add(FieldError("description", "too_long", M_TOO_LONG))
    if len(obs.reply_note) > REPLY_NOTE_MAX:
        add(FieldError("reply_note", "too_long", M_TOO_LONG))

    _validate_date(obs, today, add)
    _validate_place(obs, ref, add)

    for name, codes, known in (
        ("rights", obs.rights, ref.rights),
        ("act_types", obs.act_types, ref.act_types),
    ):
        seen: set[str] = set()
        for i, code in enumerate(codes):
            if code not in known:
                add(FieldError(f"{name}.{i}", "unknown_code", M_UNKNOWN_CODE))
            elif code in seen:
                add(FieldError(f"{name}.{i}", "duplicate", M_DUPLICATE))
            seen.add(code)

    roles = {r.value for r in Role}
    for i, person in enumerate(obs.people):
        p = f"people.{i}."
        if person.role not in roles:
            add(FieldError(p + "role", "unknown_value", M_UNKNOWN_VALUE))
        if len(person.name) > TEXT_MAX:
            add(FieldError(p + "name", "too_long", M_TOO_LONG))
        for attr, vocab in (("sex", "sex"), ("age_group", "age_groups")):
            value = getattr(person, attr)
            if value is not None and value not in ref.vocabulary(vocab):
                add(FieldError(p + attr, "unknown_value", M_UNKNOWN_VALUE))
        if person.perpetrator_type is not None:
            if person.perpetrator_type not in ref.vocabulary("perpetrator_types"):
                add(FieldError(p + "perpetrator_type", "unknown_value", M_UNKNOWN_VALUE))
            elif person.role != Role.ALLEGED_PERPETRATOR:
                add(FieldError(p + "perpetrator_type", "not_applicable", M_NOT_PERPETRATOR))

    for attr, vocab in (
        ("type", "source_types"),
        ("reliability", "reliability"),
        ("how_obtained", "how_obtained"),
    ):
        value = getattr(obs.source, attr)
        if value is not None and value not in ref.vocabulary(vocab):
            add(FieldError(f"source.{attr}", "unknown_value", M_UNKNOWN_VALUE))

    if not obs.consent.obtained:
        for attr in ("share_coordinators", "share_institution", "share_public_anonymised"):
            if getattr(obs.consent, attr):
                add(FieldError(f"consent.{attr}", "sharing_without_consent", M_NO_CONSENT))

    if obs.confidentiality not in {c.value for c in Confidentiality}:
        add(FieldError("confidentiality", "unknown_value", M_UNKNOWN_VALUE))
    if obs.status not in {s.value for s in Status}:
        add(FieldError("status", "unknown_value", M_UNKNOWN_VALUE))

    for i, action in enumerate(obs.follow_up):
        p = f"follow_up.{i}."
        if action.action not in ref.vocabulary("follow_up_actions"):
            add(FieldError(p + "action", "unknown_value", M_UNKNOWN_VALUE))
        if len(action.note) > TEXT_MAX:
            add(FieldError(p + "note", "too_long", M_TOO_LONG))
        if action.due is not None and _parse_date(action.due) is None:
            add(FieldError(p + "due", "invalid_date", M_BAD_DATE))

    for i, tag in enumerate(obs.tags):
        if not tag.strip() or len(tag) > TAG_MAX:
            add(FieldError(f"tags.{i}", "invalid_tag", M_BAD_TAG))
    _validate_recommendation_links(obs, add)
    return errors


def _validate_recommendation_links(obs: Observation, add: Callable[[FieldError], None]) -> None:
    """References must be in their one written form (the model normalises what it reads),
    so one recommendation is one key; themes come from the reference data."""
    themes = upr_theme_codes()
    for name, values, ok, code, message in (
        (
            "recommendations",
            obs.recommendations,
            lambda v: normalise_reference(v) == v,
            "invalid_reference",
            M_BAD_RECOMMENDATION,
        ),
        ("upr_themes", obs.upr_themes, lambda v: v in themes, "unknown_code", M_UNKNOWN_CODE),
        ("sdg_targets", obs.sdg_targets, is_sdg_target, "invalid_sdg_target", M_BAD_SDG),
    ):
        seen: set[str] = set()
        for i, value in enumerate(values):
            if not ok(value):
                add(FieldError(f"{name}.{i}", code, message))
            elif value in seen:
                add(FieldError(f"{name}.{i}", "duplicate", M_DUPLICATE))
            seen.add(value)


def _validate_date(obs: Observation, today: date, add: Callable[[FieldError], None]) -> None:
    d = obs.date
    if d.precision not in {p.value for p in DatePrecision}:
        add(FieldError("date.precision", "unknown_value", M_UNKNOWN_VALUE))
    start = end = None
    if d.start is None:
        if d.precision != DatePrecision.UNKNOWN:
            add(FieldError("date.start", "required", M_REQUIRED))
        if d.end is not None:
            add(FieldError("date.end", "end_without_start", M_END_WITHOUT_START))
    else:
        start = _parse_date(d.start)
        if start is None:
            add(FieldError("date.start", "invalid_date", M_BAD_DATE))
        elif start > today:
            add(FieldError("date.start", "future_date", M_FUTURE))
        elif start < EARLIEST_DATE:
            add(FieldError("date.start", "implausible_date", M_TOO_EARLY))
    if d.end is not None:
        end = _parse_date(d.end)
        if end is None:
            add(FieldError("date.end", "invalid_date", M_BAD_DATE))
        elif end > today:
            add(FieldError("date.end", "future_date", M_FUTURE))
        elif end < EARLIEST_DATE:
            add(FieldError("date.end", "implausible_date", M_TOO_EARLY))
        elif start is not None and end < start:
            add(FieldError("date.end", "end_before_start", M_END_BEFORE_START))


def _validate_place(obs: Observation, ref: RefIndex, add: Callable[[FieldError], None]) -> None:
    place = obs.place
    known_velayat = place.velayat in ref.velayats
    if place.velayat is not None and not known_velayat:
        valid = ", ".join(ref.velayats)
        add(FieldError("place.velayat", "unknown_code", M_UNKNOWN_VELAYAT, valid))
    if place.etrap is not None:
        owner = ref.etrap_velayat.get(place.etrap)
        # The etraps of the velayat given, when it is known; else every etrap.
        valid = ", ".join(
            code
            for code, velayat in ref.etrap_velayat.items()
            if not known_velayat or velayat == place.velayat
        )
        if owner is None:
            add(FieldError("place.etrap", "unknown_code", M_UNKNOWN_ETRAP, valid))
        elif place.velayat is None:
            add(FieldError("place.etrap", "etrap_without_velayat", M_ETRAP_NO_VELAYAT))
        elif owner != place.velayat:
            add(FieldError("place.etrap", "etrap_outside_velayat", M_ETRAP_OUTSIDE, valid))
    if len(place.settlement) > TEXT_MAX:
        add(FieldError("place.settlement", "too_long", M_TOO_LONG))
    if (place.lat is None) != (place.lon is None):
        missing = "place.lat" if place.lat is None else "place.lon"
        add(FieldError(missing, "incomplete_coordinates", M_COORD_PAIR))
    if place.lat is not None and not LAT_RANGE[0] <= place.lat <= LAT_RANGE[1]:
        add(FieldError("place.lat", "outside_turkmenistan", M_COORD_OUTSIDE))
    if place.lon is not None and not LON_RANGE[0] <= place.lon <= LON_RANGE[1]:
        add(FieldError("place.lon", "outside_turkmenistan", M_COORD_OUTSIDE))
