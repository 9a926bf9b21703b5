"""The facts about a record that figures count, written beside its rights and act types.

Figures are counted from the list's columns in memory (see :mod:`.columns`), not from the
records' bodies, which would have to be read and decrypted one by one. The list's columns
hold the place, the dates, the review state and the confidentiality; the rest that figures
need lives in the body, and much of it is repeated (a record has several people). Each such
fact is kept as one more ``observation_categories`` row, of a kind of its own, written in
the same transaction as the record (``ObservationService._store``), read in one pass per
kind, and kept up to date by the list's change log like the rights.

Received records (the coordinator's desk) are written by the same save step and get these
rows the same way.
"""

from __future__ import annotations

from desktop.core.model import Observation, Role
from desktop.core.reports.references import is_sdg_target, normalise_reference

#: Kinds of ``observation_categories`` rows written for figures (``right``, ``act`` and
#: ``act_tree`` are the list's own).
SEX = "f_sex"  # sex of each victim
AGE = "f_age"  # age group of each victim
PERPETRATOR = "f_perp"  # perpetrator type of each person who has one
SOURCE = "f_source"  # the source's type
FOLLOW_UP = "f_follow"  # each follow-up action's code
OUTCOME = "f_outcome"  # whether every follow-up action is done
CONSENT = "f_consent"  # what the consent allows: institution, public
AUTHOR = "f_author"  # the author's device (its organisation is looked up from it)
RECOMMENDATION = "f_rec"  # each UN recommendation linked (``A/HRC/39/3 para 114.12``)
UPR_THEME = "f_upr"  # each UPR theme linked (a code of resources/upr_themes.json)
SDG_TARGET = "f_sdg"  # each SDG target linked (``16.10``)
#: The incident's coordinates, ``"lat,lon"`` to 4 decimals (~10 m): the coordinators' map
#: draws them as points from memory, never read from the bodies. Not a figure dimension.
POINT = "f_point"

KINDS = (
    SEX,
    AGE,
    PERPETRATOR,
    SOURCE,
    FOLLOW_UP,
    OUTCOME,
    CONSENT,
    AUTHOR,
    RECOMMENDATION,
    UPR_THEME,
    SDG_TARGET,
    POINT,
)
#: The kinds added after migration 14 (filled in for stored records by a later one).
LINK_KINDS = (RECOMMENDATION, UPR_THEME, SDG_TARGET)
UNKNOWN = "unknown"
OUTCOME_DONE = "done"
OUTCOME_OPEN = "open"
CONSENT_INSTITUTION = "institution"
CONSENT_PUBLIC = "public"


def facet_rows(obs: Observation) -> list[tuple[str, str]]:
    """``(kind, code)`` pairs for ``obs``, each pair once."""
    rows: list[tuple[str, str]] = []
    victims = [p for p in obs.people if p.role == Role.VICTIM]
    rows += [(SEX, p.sex or UNKNOWN) for p in victims]
    rows += [(AGE, p.age_group or UNKNOWN) for p in victims]
    rows += [(PERPETRATOR, p.perpetrator_type) for p in obs.people if p.perpetrator_type]
    if obs.source.type:
        rows.append((SOURCE, obs.source.type))
    actions = [f for f in obs.follow_up if f.action]
    rows += [(FOLLOW_UP, f.action) for f in actions]
    if actions:
        rows.append((OUTCOME, OUTCOME_DONE if all(f.done for f in actions) else OUTCOME_OPEN))
    if obs.consent.share_institution:
        rows.append((CONSENT, CONSENT_INSTITUTION))
    if obs.consent.share_public_anonymised:
        rows.append((CONSENT, CONSENT_PUBLIC))
    if obs.author_device_id:
        rows.append((AUTHOR, obs.author_device_id))
    if obs.place.lat is not None and obs.place.lon is not None:
        rows.append((POINT, point_code(obs.place.lat, obs.place.lon)))
    return list(dict.fromkeys(rows + link_rows(obs)))


def point_code(lat: float, lon: float) -> str:
    return f"{lat:.4f},{lon:.4f}"


def point_of(code: str) -> tuple[float, float] | None:
    """(lon, lat) of a :data:`POINT` code, as the map takes them; None if unreadable."""
    try:
        lat, lon = (float(part) for part in code.split(","))
    except ValueError:
        return None
    return lon, lat


def link_rows(obs: Observation) -> list[tuple[str, str]]:
    """The record's links to UN recommendations, UPR themes and SDG targets, each once. A
    draft may hold a reference still being typed: only well-formed ones count."""
    rows = [(RECOMMENDATION, k) for k in obs.recommendations if normalise_reference(k) == k]
    rows += [(UPR_THEME, code) for code in obs.upr_themes if code]
    rows += [(SDG_TARGET, t) for t in obs.sdg_targets if is_sdg_target(t)]
    return list(dict.fromkeys(rows))
