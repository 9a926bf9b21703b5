"""The report's content, before it is rendered (desktop/ui/reports renders it to ODT and
PDF): headings, numbered paragraphs and tables, in the report's language.

Figures come from :mod:`.figures` over the selection's columns and are published through
:mod:`.disclosure`; only records whose consent allows the document's audience count, and
the document says how many were left out and why. Case narratives are read from the
records themselves, through :mod:`.anonymise`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

import numpy as np

from desktop.core.listing import ObservationQuery, Selection
from desktop.core.reports import facets, figures
from desktop.core.reports.annex import recommendation_counts, recommendations_annex
from desktop.core.reports.blocks import (
    HIDDEN,
    Block,
    Document,
    Figure,
    Heading,
    Paragraph,
    Table,
    figure,
    shown,
    table_block,
)
from desktop.core.reports.disclosure import protect, protect_together
from desktop.core.reports.labels import Labeller, Translate
from desktop.core.reports.narratives import narrative
from desktop.core.reports.options import (
    FULL,
    INSTITUTION,
    PUBLIC,
    UPR,
    ReportCancelled,
    ReportOptions,
)
from desktop.core.reports.texts import M_CANCELLED, M

__all__ = [
    "FULL",
    "HIDDEN",
    "INSTITUTION",
    "M_CANCELLED",
    "PUBLIC",
    "UPR",
    "Block",
    "Document",
    "Figure",
    "Heading",
    "M",
    "Paragraph",
    "RecordSource",
    "ReportCancelled",
    "ReportOptions",
    "Table",
    "build_report",
    "outward",
    "recommendation_counts",
    "recommendations_annex",
]

if TYPE_CHECKING:
    from desktop.core.listing.service import ListingService
    from desktop.core.observations.service import ObservationService


class RecordSource(Protocol):
    """Where a report reads: the list engine for the selection's columns, the observation
    service for the bodies of the cases it tells (a :class:`~desktop.core.profile.Profile`)."""

    @property
    def listing(self) -> ListingService: ...

    @property
    def observations(self) -> ObservationService: ...


#: Illustrative cases told per right (full report) and in the short submission.
CASES_PER_RIGHT = 3
UPR_RIGHTS = 5
NARRATIVE_CHARS = 700
UPR_NARRATIVE_CHARS = 350


FULL_TABLES: list[tuple[str, str | None]] = [
    ("velayat", None),
    ("quarter", None),
    ("velayat", "quarter"),
    ("right", None),
    ("act:0", None),
    ("sex", None),
    ("age_group", None),
    ("perpetrator", None),
    ("source", None),
    ("status", None),
    ("outcome", None),
]
UPR_TABLES: list[tuple[str, str | None]] = [("right", None), ("velayat", None)]


def _consent_kind(audience: str) -> str:
    return facets.CONSENT_PUBLIC if audience == PUBLIC else facets.CONSENT_INSTITUTION


def outward(selection: Selection, audience: str) -> tuple[Selection, int]:
    """The records that may count in a document for ``audience``, and how many may not."""
    mask = figures.consenting(selection, _consent_kind(audience))
    return figures.subset(selection, mask), int(len(mask) - mask.sum())


def _filters(q: ObservationQuery, labels: Labeller) -> str:
    parts = []
    if q.velayat:
        parts.append(labels.category("velayat", q.velayat))
    if q.etrap:
        parts.append(labels.category("etrap", q.etrap))
    parts += [labels.category("right", r) for r in q.rights]
    parts += [labels.category("act", a) for a in q.act_types]
    parts += [labels.category("status", s) for s in q.statuses]
    return "; ".join(parts)


def build_report(
    source: RecordSource,
    options: ReportOptions,
    tr: Translate = lambda text: text,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Document:
    """The report for ``options`` from the records of ``source`` (the profile: its
    ``listing`` gives the selection, its ``observations`` the cases told).
    ``progress(done, of)`` is called as it goes, and ``cancelled()`` is asked between
    steps (True raises :class:`ReportCancelled`)."""

    def step(done: int, of: int) -> None:
        if cancelled is not None and cancelled():
            raise ReportCancelled()
        if progress is not None:
            progress(done, of)

    labels = Labeller(options.lang, tr, options.organisations)
    upr = options.variant == UPR
    specs = UPR_TABLES if upr else FULL_TABLES
    dims = tuple({d for spec in specs for d in spec if d} | {"right", "act", "recommendation"})
    q = replace(options.query, date_from=options.date_from, date_to=options.date_to)
    step(0, 100)
    everything = source.listing.selection(q, figures.kinds_for(dims))
    if everything is None:  # a profile mid-transaction: cannot happen between saves
        raise RuntimeError("the list index is not available")
    selection, left_out = outward(everything, options.audience)
    previous_q = figures.previous_query(q)
    previous_sel = None
    if previous_q is not None:
        found = source.listing.selection(previous_q, figures.kinds_for(("velayat",)))
        previous_sel = outward(found, options.audience)[0] if found is not None else None
    step(10, 100)

    tables = [figures.cross_table(selection, rows, cols) for rows, cols in specs]
    protected = protect_together(tables, options.policy)
    previous_velayat = (
        protect(figures.cross_table(previous_sel, "velayat"), options.policy)
        if previous_sel is not None
        else None
    )
    by_spec = dict(zip(specs, protected, strict=True))
    counted = len(selection.pks)
    n_total = protect(
        figures.CrossTable("all", None, ["all"], [""], np.array([[counted]]), counted),
        options.policy,
    ).total()

    title = tr(M["upr_title"] if upr else M["title"])
    subtitle = [
        tr(M["period"]).format(start=options.date_from, end=options.date_to),
        tr(M["prepared"]).format(org=options.org_name or "—", date=options.today),
    ]
    doc = Document(title, subtitle, options.lang)
    doc.figures = {"counted": n_total, "left_out": left_out, "selected": len(everything.pks)}
    left_key = "left_public" if options.audience == PUBLIC else "left_institution"
    small, etrap = options.policy.min_count - 1, options.policy.etrap_min_count - 1

    if upr:
        doc.numbered(
            tr(M["upr_intro"]).format(
                org=options.org_name or "—",
                counted=shown(n_total),
                start=options.date_from,
                end=options.date_to,
            )
        )
        doc.numbered(tr(M["caveat"]))
        doc.numbered(tr(M["suppression"]).format(small=small, etrap=etrap, mark=HIDDEN))
        if left_out:
            doc.numbered(tr(M[left_key]).format(left=left_out))
        doc.blocks.append(Heading(tr(M["s_key"])))
        doc.blocks.append(table_block(by_spec[("right", None)], labels))
    else:
        doc.blocks.append(Heading(tr(M["s_period"])))
        doc.numbered(
            tr(M["selection"]).format(
                start=options.date_from,
                end=options.date_to,
                total=len(everything.pks),
                counted=shown(n_total),
            )
        )
        filters = _filters(options.query, labels)
        if filters:
            doc.numbered(tr(M["filters"]).format(filters=filters))
        doc.numbered(tr(M[left_key]).format(left=left_out))
        doc.blocks.append(Heading(tr(M["s_method"])))
        doc.numbered(tr(M["method"]))
        doc.numbered(tr(M["caveat"]))
        doc.numbered(tr(M["suppression"]).format(small=small, etrap=etrap, mark=HIDDEN))
        doc.numbered(tr(M["multi"]))
        doc.blocks.append(Heading(tr(M["s_summary"])))
        doc.blocks.append(figure("map", tr(M["map"]), by_spec[("velayat", None)], labels))
        doc.blocks.append(
            figure("bars", tr(M["chart_rights"]), by_spec[("right", None)], labels, top=10)
        )
        for spec in specs:
            previous = previous_velayat if spec == ("velayat", None) else None
            doc.blocks.append(table_block(by_spec[spec], labels, previous))
    step(40, 100)

    # A section per right, most documented first, with illustrative cases.
    rights = by_spec[("right", None)]
    order = sorted(
        (i for i, code in enumerate(rights.table.row_codes) if code),
        key=lambda i: (-int(rights.table.cells[i, 0]), rights.table.row_codes[i]),
    )
    if upr:
        order = order[:UPR_RIGHTS]
    rows, numbers, codes = figures.memberships(selection, "right")
    told: set[int] = set()
    case_number = 0
    doc.blocks.append(Heading(tr(M["s_rights"])))
    if not counted:
        doc.numbered(tr(M["no_cases"]))
    per_right = 1 if upr else CASES_PER_RIGHT
    limit = UPR_NARRATIVE_CHARS if upr else NARRATIVE_CHARS
    for n, i in enumerate(order):
        step(40 + 55 * n // max(len(order), 1), 100)
        code = rights.table.row_codes[i]
        doc.blocks.append(Heading(labels.category("right", code), 2))
        count = rights.cell(i, 0)
        if count is None:
            doc.numbered(tr(M["right_hidden"]))
        else:
            doc.numbered(tr(M["right_count"]).format(count=count))
        number = codes.index(code)
        positions = [int(p) for p in rows[numbers == number] if int(p) not in told]
        chosen = positions[:per_right]
        if not chosen:
            continue
        doc.blocks.append(Paragraph(tr(M["illustrative"])))
        for obs in source.observations.get_many(selection.pks[chosen]):
            case_number += 1
            doc.numbered(narrative(obs, case_number, labels, limit))
        told.update(chosen)
    if upr:
        doc.blocks.append(Heading(tr(M["s_recommendations"])))
        doc.numbered(tr(M["upr_recommendations"]))
    step(95, 100)
    counts = recommendation_counts(selection)
    recommendations_annex(doc, counts, counted, options, tr, linked_only=upr)
    step(100, 100)
    return doc
