"""A read-only rendering of one observation (a stored revision) as escaped HTML."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from desktop.core.model import Observation
from desktop.ui import labels, refdata
from desktop.ui.observation_table_model import format_incident_date


def _t(text: str) -> str:
    return QCoreApplication.translate("ObservationView", text)


def render_html(obs: Observation) -> str:
    rows: list[tuple[str, str]] = []

    def add(label: str, value: str) -> None:
        if value:
            rows.append((label, value))

    add(_t("Title"), obs.title)
    add(_t("Status"), labels.tr(labels.STATUS, obs.status))
    add(_t("Confidentiality"), labels.tr(labels.CONFIDENTIALITY, obs.confidentiality))
    add(
        _t("Incident date"),
        format_incident_date(obs.date.start, obs.date.end, obs.date.precision),
    )
    place = ", ".join(
        p
        for p in (
            obs.place.settlement,
            refdata.place_name(obs.place.etrap),
            refdata.place_name(obs.place.velayat),
        )
        if p
    )
    add(_t("Place"), place)
    if obs.place.lat is not None and obs.place.lon is not None:
        add(_t("Coordinates"), f"{obs.place.lat:.5f}, {obs.place.lon:.5f}")
    add(_t("Rights affected"), "; ".join(refdata.term_label("rights", c) for c in obs.rights))
    add(_t("Types of act"), "; ".join(refdata.term_label("act_types", c) for c in obs.act_types))
    add(_t("Description"), obs.description)
    people = []
    for p in obs.people:
        parts = [labels.tr(labels.ROLE, p.role)]
        if p.name:
            parts.append(p.name + (" " + _t("(anonymous)") if p.keep_anonymous else ""))
        elif p.keep_anonymous:
            parts.append(_t("(anonymous)"))
        for field, code in (
            ("sex", p.sex),
            ("age_group", p.age_group),
            ("perpetrator_type", p.perpetrator_type),
        ):
            if code:
                parts.append(refdata.vocab_label(field, code))
        people.append(" · ".join(parts))
    add(_t("People involved"), "\n".join(people))
    source = [
        refdata.vocab_label(f, c)
        for f, c in (
            ("source_type", obs.source.type),
            ("reliability", obs.source.reliability),
            ("how_obtained", obs.source.how_obtained),
        )
        if c
    ]
    add(_t("Source"), " · ".join(source))
    consent = _t("Obtained") if obs.consent.obtained else _t("Not obtained")
    shares = [
        text
        for flag, text in (
            (obs.consent.share_coordinators, _t("coordinators")),
            (obs.consent.share_institution, _t("the national institution")),
            (obs.consent.share_public_anonymised, _t("anonymised public reports")),
        )
        if flag
    ]
    if shares:
        consent += " — " + _t("may be shared with:") + " " + ", ".join(shares)
    add(_t("Consent"), consent)
    follow = [
        refdata.vocab_label("follow_up_action", f.action)
        + (f" — {f.note}" if f.note else "")
        + (f" ({f.due})" if f.due else "")
        + (" ✓" if f.done else "")
        for f in obs.follow_up
    ]
    add(_t("Follow-up"), "\n".join(follow))
    add(_t("Attachments"), "\n".join(a.filename for a in obs.attachments))
    add(_t("Tags"), ", ".join(obs.tags))

    body = "".join(
        f"<tr><th align='left' valign='top' style='padding-right:12px'>{escape(k)}</th>"
        f"<td>{escape(v).replace(chr(10), '<br>')}</td></tr>"
        for k, v in rows
    )
    return f"<table cellspacing='4'>{body}</table>"
