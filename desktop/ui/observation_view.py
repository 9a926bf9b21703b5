"""A read-only rendering of one observation (a stored revision) as escaped HTML."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from desktop.core.model import Observation
from desktop.ui import labels, refdata
from desktop.ui.observation_table_model import format_incident_date


def render_html(obs: Observation) -> str:
    rows: list[tuple[str, str]] = []

    def add(label: str, value: str) -> None:
        if value:
            rows.append((label, value))

    add(QCoreApplication.translate("ObservationView", "Title"), obs.title)
    add(
        QCoreApplication.translate("ObservationView", "Status"),
        labels.tr(labels.STATUS, obs.status),
    )
    add(
        QCoreApplication.translate("ObservationView", "Confidentiality"),
        labels.tr(labels.CONFIDENTIALITY, obs.confidentiality),
    )
    add(
        QCoreApplication.translate("ObservationView", "Incident date"),
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
    add(QCoreApplication.translate("ObservationView", "Place"), place)
    if obs.place.lat is not None and obs.place.lon is not None:
        add(
            QCoreApplication.translate("ObservationView", "Coordinates"),
            f"{obs.place.lat:.5f}, {obs.place.lon:.5f}",
        )
    add(
        QCoreApplication.translate("ObservationView", "Rights affected"),
        "; ".join(refdata.term_label("rights", c) for c in obs.rights),
    )
    add(
        QCoreApplication.translate("ObservationView", "Types of act"),
        "; ".join(refdata.term_label("act_types", c) for c in obs.act_types),
    )
    add(QCoreApplication.translate("ObservationView", "Description"), obs.description)
    people = []
    for p in obs.people:
        parts = [labels.tr(labels.ROLE, p.role)]
        if p.name:
            parts.append(
                p.name
                + (
                    " " + QCoreApplication.translate("ObservationView", "(anonymous)")
                    if p.keep_anonymous
                    else ""
                )
            )
        elif p.keep_anonymous:
            parts.append(QCoreApplication.translate("ObservationView", "(anonymous)"))
        for field, code in (
            ("sex", p.sex),
            ("age_group", p.age_group),
            ("perpetrator_type", p.perpetrator_type),
        ):
            if code:
                parts.append(refdata.vocab_label(field, code))
        people.append(" · ".join(parts))
    add(QCoreApplication.translate("ObservationView", "People involved"), "\n".join(people))
    source = [
        refdata.vocab_label(f, c)
        for f, c in (
            ("source_type", obs.source.type),
            ("reliability", obs.source.reliability),
            ("how_obtained", obs.source.how_obtained),
        )
        if c
    ]
    add(QCoreApplication.translate("ObservationView", "Source"), " · ".join(source))
    consent = (
        QCoreApplication.translate("ObservationView", "Obtained")
        if obs.consent.obtained
        else QCoreApplication.translate("ObservationView", "Not obtained")
    )
    shares = [
        text
        for flag, text in (
            (
                obs.consent.share_coordinators,
                QCoreApplication.translate("ObservationView", "coordinators"),
            ),
            (
                obs.consent.share_institution,
                QCoreApplication.translate("ObservationView", "the national institution"),
            ),
            (
                obs.consent.share_public_anonymised,
                QCoreApplication.translate("ObservationView", "anonymised public reports"),
            ),
        )
        if flag
    ]
    if shares:
        consent += (
            " — "
            + QCoreApplication.translate("ObservationView", "may be shared with:")
            + " "
            + ", ".join(shares)
        )
    add(QCoreApplication.translate("ObservationView", "Consent"), consent)
    follow = [
        refdata.vocab_label("follow_up_action", f.action)
        + (f" — {f.note}" if f.note else "")
        + (f" ({f.due})" if f.due else "")
        + (" ✓" if f.done else "")
        for f in obs.follow_up
    ]
    add(QCoreApplication.translate("ObservationView", "Follow-up"), "\n".join(follow))
    add(
        QCoreApplication.translate("ObservationView", "Attachments"),
        "\n".join(a.filename for a in obs.attachments),
    )
    add(QCoreApplication.translate("ObservationView", "Tags"), ", ".join(obs.tags))

    body = "".join(
        f"<tr><th align='left' valign='top' style='padding-right:12px'>{escape(k)}</th>"
        f"<td>{escape(v).replace(chr(10), '<br>')}</td></tr>"
        for k, v in rows
    )
    return f"<table cellspacing='4'>{body}</table>"
