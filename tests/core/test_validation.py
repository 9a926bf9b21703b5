"""Every validation rule, each with the field and code it reports."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from desktop.core.model import (
    Consent,
    FieldError,
    FollowUpAction,
    IncidentDate,
    Observation,
    Person,
    Place,
    Source,
    ValidationError,
)
from desktop.core.profile import Profile

from .conftest import make_obs

# Well past tomorrow, so a run across midnight cannot turn it into "today".
TOMORROW = (date.today() + timedelta(days=30)).isoformat()

CASES: list[tuple[str, dict[str, Any], str, str]] = [
    ("empty title", {"title": "   "}, "title", "required"),
    ("long title", {"title": "x" * 301}, "title", "too_long"),
    ("long description", {"description": "x" * 100_001}, "description", "too_long"),
    ("bad id", {"id": "not-hex"}, "id", "invalid_id"),
    ("no start", {"date": IncidentDate(None)}, "date.start", "required"),
    ("bad start", {"date": IncidentDate("2024-13-01")}, "date.start", "invalid_date"),
    ("bad start text", {"date": IncidentDate("yesterday")}, "date.start", "invalid_date"),
    ("future start", {"date": IncidentDate(TOMORROW)}, "date.start", "future_date"),
    ("bad end", {"date": IncidentDate("2024-01-01", "2024-02-30")}, "date.end", "invalid_date"),
    ("future end", {"date": IncidentDate("2024-01-01", TOMORROW)}, "date.end", "future_date"),
    (
        "end before start",
        {"date": IncidentDate("2024-03-05", "2024-03-04")},
        "date.end",
        "end_before_start",
    ),
    (
        "end without start",
        {"date": IncidentDate(None, "2024-03-04", "unknown")},
        "date.end",
        "end_without_start",
    ),
    (
        "bad precision",
        {"date": IncidentDate("2024-03-05", None, "week")},
        "date.precision",
        "unknown_value",
    ),
    ("unknown velayat", {"place": Place("atlantis")}, "place.velayat", "unknown_code"),
    ("unknown etrap", {"place": Place("lebap", "nowhere")}, "place.etrap", "unknown_code"),
    (
        "etrap outside velayat",
        {"place": Place("ahal", "lebap-turkmenabat-city")},
        "place.etrap",
        "etrap_outside_velayat",
    ),
    (
        "etrap without velayat",
        {"place": Place(None, "lebap-turkmenabat-city")},
        "place.etrap",
        "etrap_without_velayat",
    ),
    (
        "long settlement",
        {"place": Place("lebap", None, "x" * 2001)},
        "place.settlement",
        "too_long",
    ),
    (
        "lat only",
        {"place": Place("lebap", None, "", 38.0, None)},
        "place.lon",
        "incomplete_coordinates",
    ),
    (
        "lat outside",
        {"place": Place("lebap", None, "", 55.75, 60.0)},
        "place.lat",
        "outside_turkmenistan",
    ),
    (
        "lon outside",
        {"place": Place("lebap", None, "", 38.0, 37.6)},
        "place.lon",
        "outside_turkmenistan",
    ),
    ("unknown right", {"rights": ["iccpr:art99"]}, "rights.0", "unknown_code"),
    ("duplicate right", {"rights": ["iccpr:art9", "iccpr:art9"]}, "rights.1", "duplicate"),
    ("unknown act type", {"act_types": ["999999999999"]}, "act_types.0", "unknown_code"),
    ("unknown role", {"people": [Person(role="bystander")]}, "people.0.role", "unknown_value"),
    ("unknown sex", {"people": [Person(sex="x")]}, "people.0.sex", "unknown_value"),
    ("unknown age", {"people": [Person(age_group="old")]}, "people.0.age_group", "unknown_value"),
    ("long name", {"people": [Person(name="x" * 2001)]}, "people.0.name", "too_long"),
    (
        "unknown perpetrator type",
        {"people": [Person(role="alleged_perpetrator", perpetrator_type="alien")]},
        "people.0.perpetrator_type",
        "unknown_value",
    ),
    (
        "perpetrator type on victim",
        {"people": [Person(role="victim", perpetrator_type="police")]},
        "people.0.perpetrator_type",
        "not_applicable",
    ),
    ("unknown source type", {"source": Source(type="rumour")}, "source.type", "unknown_value"),
    (
        "unknown reliability",
        {"source": Source(reliability="great")},
        "source.reliability",
        "unknown_value",
    ),
    (
        "unknown how obtained",
        {"source": Source(how_obtained="dream")},
        "source.how_obtained",
        "unknown_value",
    ),
    (
        "share with coordinators without consent",
        {"consent": Consent(obtained=False, share_coordinators=True)},
        "consent.share_coordinators",
        "sharing_without_consent",
    ),
    (
        "share with institution without consent",
        {"consent": Consent(obtained=False, share_institution=True)},
        "consent.share_institution",
        "sharing_without_consent",
    ),
    (
        "public report without consent",
        {"consent": Consent(obtained=False, share_public_anonymised=True)},
        "consent.share_public_anonymised",
        "sharing_without_consent",
    ),
    ("unknown confidentiality", {"confidentiality": "secret"}, "confidentiality", "unknown_value"),
    ("unknown status", {"status": "lost"}, "status", "unknown_value"),
    (
        "unknown follow-up",
        {"follow_up": [FollowUpAction(action="pray")]},
        "follow_up.0.action",
        "unknown_value",
    ),
    (
        "bad follow-up due",
        {"follow_up": [FollowUpAction(action="follow_up_visit", due="soon")]},
        "follow_up.0.due",
        "invalid_date",
    ),
    (
        "long follow-up note",
        {"follow_up": [FollowUpAction(action="other", note="x" * 2001)]},
        "follow_up.0.note",
        "too_long",
    ),
    ("empty tag", {"tags": [" "]}, "tags.0", "invalid_tag"),
    ("long tag", {"tags": ["x" * 65]}, "tags.0", "invalid_tag"),
]


def test_valid_observation_has_no_errors(profile: Profile) -> None:
    obs = make_obs(
        source=Source("witness_testimony", "medium", "interview_in_person"),
        consent=Consent(True, True, True, True),
        people=[Person(role="alleged_perpetrator", perpetrator_type="police", age_group="unknown")],
        follow_up=[FollowUpAction("referred_to_lawyer", "", "2024-04-01", True)],
        place=Place("balkan", "balkan-turkmenbasy-city-awaza", "", 40.0, 53.0),
        tags=["urgent"],
    )
    assert profile.observations.validate(obs) == []


@pytest.mark.parametrize(
    ("overrides", "field", "code"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_rule(profile: Profile, overrides: dict[str, Any], field: str, code: str) -> None:
    obs = make_obs(**overrides)
    errors = profile.observations.validate(obs)
    assert (field, code) in [(e.field, e.code) for e in errors]
    assert all(isinstance(e, FieldError) and e.message for e in errors)
    with pytest.raises(ValidationError) as info:
        profile.observations.save(obs)
    assert (field, code) in [(e.field, e.code) for e in info.value.errors]
    assert profile.observations.count() == 0  # nothing stored


def test_unknown_date_precision_needs_no_start(profile: Profile) -> None:
    assert profile.observations.validate(make_obs(date=IncidentDate(None, None, "unknown"))) == []


def test_type_errors_from_dict_name_the_field() -> None:
    errors: list[FieldError] = []
    Observation.from_dict(
        {"title": ["x"], "place": {"lat": "north"}, "people": [{"keep_anonymous": "maybe"}]},
        errors=errors,
    )
    assert {(e.field, e.code) for e in errors} == {
        ("title", "invalid_type"),
        ("place.lat", "invalid_type"),
        ("people.0.keep_anonymous", "invalid_type"),
    }
    with pytest.raises(ValidationError):
        Observation.from_dict({"place": "Lebap"})
