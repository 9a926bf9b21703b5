"""Case narratives as the report tells them: anonymised, with no settlement, and the
month only for a sensitive case."""

from __future__ import annotations

from desktop.core.model import Confidentiality, Observation
from desktop.core.reports.anonymise import M_WITHHELD, Anonymisation, anonymised
from desktop.core.reports.labels import Labeller, Translate
from desktop.core.reports.texts import M


def _when(obs: Observation, tr: Translate) -> str:
    start = obs.date.start
    if not start:
        return tr(M["no_date"])
    if obs.date.precision == "year":
        return start[:4]
    if obs.date.precision == "month" or obs.confidentiality != Confidentiality.NORMAL:
        return start[:7]
    return start


def narrative(obs: Observation, number: int, labels: Labeller, limit: int) -> str:
    """One case told without what could identify the people who asked: their names out
    (wherever the texts repeat them), no settlement, and the month only for a sensitive
    case."""
    tr = labels.tr
    safe = anonymised(
        obs,
        Anonymisation(drop_names=True, drop_settlement=True),
        withheld=tr(M_WITHHELD),
    )
    place = safe.place
    where = (
        labels.category("etrap", place.etrap)
        if place.etrap
        else labels.category("velayat", place.velayat)
        if place.velayat
        else tr(M["no_place"])
    )
    acts = "; ".join(labels.category("act", a) for a in safe.act_types)
    text = " ".join(safe.description.split())
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return tr(M["case"]).format(
        number=number,
        when=_when(safe, tr),
        where=where,
        acts=f"{acts}. " if acts else "",
        text=text,
    )
