"""What is taken out of records before they leave the app (exports, report narratives).

Names of people who asked to stay anonymous go, and so does every place they are written in
the record's own texts (a name typed into the description would otherwise travel). Dates
can be cut to the month, places to the velayat, the settlement dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.model import IncidentDate, Observation, Place

M_WITHHELD = QT_TRANSLATE_NOOP("core", "[name withheld]")
#: Parts of a name shorter than this are not looked for alone (they would match inside
#: ordinary words); the whole name is always looked for.
MIN_NAME_PART = 3


@dataclass(frozen=True)
class Anonymisation:
    drop_names: bool = True  # names of people who asked to stay anonymous
    dates_to_month: bool = False
    places_to_velayat: bool = False  # also drops the settlement and the coordinates
    drop_settlement: bool = False  # keeps velayat and etrap; drops settlement, coordinates


def names_to_withhold(obs: Observation) -> list[str]:
    """The names (and their parts) of ``obs``'s people who asked to stay anonymous,
    longest first."""
    found: set[str] = set()
    for person in obs.people:
        name = person.name.strip()
        if person.keep_anonymous and name:
            found.add(name)
            found.update(p for p in re.split(r"[\s\-.,]+", name) if len(p) >= MIN_NAME_PART)
    return sorted(found, key=lambda n: (-len(n), n))


def scrub(text: str, names: list[str], withheld: str) -> str:
    for name in names:
        text = re.sub(re.escape(name), withheld, text, flags=re.IGNORECASE)
    return text


def _month(date: str | None) -> str | None:
    return f"{date[:7]}-01" if date else None


def anonymised(obs: Observation, how: Anonymisation, withheld: str = M_WITHHELD) -> Observation:
    """A copy of ``obs`` with what ``how`` asks taken out."""
    out = Observation.from_dict(obs.to_dict())
    out.status, out.updated_at = obs.status, obs.updated_at
    if how.drop_names:
        names = names_to_withhold(obs)
        if names:
            out.title = scrub(out.title, names, withheld)
            out.description = scrub(out.description, names, withheld)
            out.place = replace(out.place, settlement=scrub(out.place.settlement, names, withheld))
            out.tags = [scrub(t, names, withheld) for t in out.tags]
            for action in out.follow_up:
                action.note = scrub(action.note, names, withheld)
            for person in out.people:
                if person.keep_anonymous:
                    person.name = ""
                else:
                    person.name = scrub(person.name, names, withheld)
    if how.dates_to_month and out.date.start:
        precision = out.date.precision if out.date.precision == "year" else "month"
        out.date = IncidentDate(_month(out.date.start), _month(out.date.end), precision)
        for action in out.follow_up:
            action.due = _month(action.due)
        out.created_at = _month(out.created_at)
        out.updated_at = _month(out.updated_at)
    if how.places_to_velayat:
        out.place = Place(out.place.velayat)
    elif how.drop_settlement:
        out.place = Place(out.place.velayat, out.place.etrap)
    return out
