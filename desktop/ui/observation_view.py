"""A read-only rendering of one observation (a stored revision) as escaped HTML, and the
conversation about it: the coordinators' reviews and the field worker's reply."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from desktop.core.model import Observation
from desktop.ui import labels, refdata
from desktop.ui.observation_table_model import format_incident_date


def render_html(
    obs: Observation, *, anonymous_mark: str = "", status_text: str | None = None
) -> str:
    """``anonymous_mark``: HTML put after each person who asked to stay anonymous (the
    coordinator's view: an icon and words, not the plain "(anonymous)"). ``status_text``:
    what the Status row says instead of the record's status ("" leaves the row out)."""
    rows: list[tuple[str, str]] = []  # (label, escaped HTML)

    def add(label: str, value: str) -> None:
        if value:
            rows.append((label, escape(value).replace(chr(10), "<br>")))

    add(QCoreApplication.translate("ObservationView", "Title"), obs.title)
    add(
        QCoreApplication.translate("ObservationView", "Status"),
        labels.tr(labels.STATUS, obs.status) if status_text is None else status_text,
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
    plain_mark = QCoreApplication.translate("ObservationView", "(anonymous)")
    for p in obs.people:
        parts = [escape(labels.tr(labels.ROLE, p.role))]
        mark = anonymous_mark or escape(plain_mark)
        if p.name:
            parts.append(escape(p.name) + (" " + mark if p.keep_anonymous else ""))
        elif p.keep_anonymous:
            parts.append(mark)
        for field, code in (
            ("sex", p.sex),
            ("age_group", p.age_group),
            ("perpetrator_type", p.perpetrator_type),
        ):
            if code:
                parts.append(escape(refdata.vocab_label(field, code)))
        people.append(" · ".join(parts))
    if people:
        label = QCoreApplication.translate("ObservationView", "People involved")
        rows.append((label, "<br>".join(people)))
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
    add(QCoreApplication.translate("ObservationView", "Reply to the coordinator"), obs.reply_note)

    body = "".join(
        f"<tr><th align='left' valign='top' style='padding-right:12px'>{escape(k)}</th>"
        f"<td>{v}</td></tr>"
        for k, v in rows
    )
    return f"<table cellspacing='4'>{body}</table>"


def reviewer_label(reviewer: str, own_device: str | None) -> str:
    """A field device learns no coordinator's name or organisation from the server (only a
    coordinator may list devices), so a reviewer is "Coordinator" and the start of the
    device id, enough to tell two coordinators apart."""
    if own_device is not None and reviewer == own_device:
        return QCoreApplication.translate("ObservationView", "You")
    return QCoreApplication.translate("ObservationView", "Coordinator %1").replace(
        "%1", reviewer[:8]
    )


def _when(ms: int) -> str:
    stamp = QDateTime.fromMSecsSinceEpoch(int(ms)).toLocalTime()
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def render_thread(
    reviews: list[dict[str, Any]],
    replies: Sequence[tuple[int, str]] = (),
    *,
    own_device: str | None = None,
) -> str:
    """The conversation about one record, oldest first: each review (who, when, decision,
    comment) and each reply the field worker sent with a revision (when, text)."""
    entries: list[tuple[int, str]] = []
    for review in reviews:
        who = reviewer_label(str(review.get("reviewer", "")), own_device)
        status = labels.tr(labels.STATUS, str(review.get("status", "")))
        comment = str(review.get("comment") or "")
        ms = int(review.get("created_ms") or 0)
        head = f"<b>{escape(who)}</b> · {escape(_when(ms))}"
        entries.append(
            (
                ms,
                f"<p style='margin:0 0 8px 0'>{head} · <i>{escape(status)}</i>"
                + (f"<br>{escape(comment).replace(chr(10), '<br>')}" if comment else "")
                + "</p>",
            )
        )
    for ms, text in replies:
        who = QCoreApplication.translate("ObservationView", "Reply with a revision")
        entries.append(
            (
                ms,
                f"<p style='margin:0 0 8px 24px'><b>{escape(who)}</b> · {escape(_when(ms))}"
                f"<br>{escape(text).replace(chr(10), '<br>')}</p>",
            )
        )
    # reviews keep the server's order; each reply goes before the first later review
    out: list[str] = []
    pending = sorted(e for e in entries[len(reviews) :])
    for ms, html in entries[: len(reviews)]:
        while pending and pending[0][0] <= ms:
            out.append(pending.pop(0)[1])
        out.append(html)
    out.extend(html for _ms, html in pending)
    return "".join(out)
