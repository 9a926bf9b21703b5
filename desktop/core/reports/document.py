"""The report's content, before it is rendered (desktop/ui/reports renders it to ODT and
PDF): headings, numbered paragraphs and tables, in the report's language.

Figures come from :mod:`.figures` over the selection's columns and are published through
:mod:`.disclosure`; only records whose consent allows the document's audience count, and
the document says how many were left out and why. Case narratives are read from the
records themselves, through :mod:`.anonymise`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.listing import ObservationQuery, Selection
from desktop.core.model import Confidentiality, Observation
from desktop.core.reports import facets, figures
from desktop.core.reports.anonymise import M_WITHHELD, Anonymisation, anonymised
from desktop.core.reports.disclosure import Policy, Protected, protect, protect_together
from desktop.core.reports.labels import Labeller, Translate
from desktop.core.reports.recommendations import NOTED, SUPPORTED, Recommendation, keys_in_order
from desktop.core.reports.references import normalise_reference

HIDDEN = "×"  # a count not published
FULL, UPR = "full", "upr"
INSTITUTION, PUBLIC = "institution", "public"
#: Illustrative cases told per right (full report) and in the short submission.
CASES_PER_RIGHT = 3
UPR_RIGHTS = 5
NARRATIVE_CHARS = 700
UPR_NARRATIVE_CHARS = 350

M = {
    "title": QT_TRANSLATE_NOOP("core", "Documented human rights cases"),
    "upr_title": QT_TRANSLATE_NOOP(
        "core", "Submission to the Universal Periodic Review of Turkmenistan"
    ),
    "period": QT_TRANSLATE_NOOP("core", "Period: {start} to {end}"),
    "prepared": QT_TRANSLATE_NOOP("core", "Prepared by {org} on {date}. Draft for editing."),
    "s_period": QT_TRANSLATE_NOOP("core", "Period and selection"),
    "selection": QT_TRANSLATE_NOOP(
        "core",
        "This report covers incidents from {start} to {end}. The selection holds {total}"
        " documented cases; {counted} of them count in this document.",
    ),
    "filters": QT_TRANSLATE_NOOP("core", "Selection: {filters}."),
    "left_institution": QT_TRANSLATE_NOOP(
        "core",
        "{left} cases were left out because the people concerned did not consent to their"
        " use by the institution.",
    ),
    "left_public": QT_TRANSLATE_NOOP(
        "core",
        "{left} cases were left out because the people concerned did not consent to their"
        " use in an anonymised public report.",
    ),
    "s_method": QT_TRANSLATE_NOOP("core", "Method and caveats"),
    "method": QT_TRANSLATE_NOOP(
        "core",
        "The cases were documented by human rights defenders with Fieldbook: each record"
        " holds the incident's date and place, the rights affected, the types of act, the"
        " people involved, the source and the consent given.",
    ),
    "caveat": QT_TRANSLATE_NOOP(
        "core",
        "Documented cases are not a sample of the population. They show what was"
        " documented, where and when someone could document it; they do not show how common"
        " any violation is, and no figure here is a prevalence or a trend in the country.",
    ),
    "suppression": QT_TRANSLATE_NOOP(
        "core",
        "To protect the people concerned, counts from 1 to {small} are not shown ({etrap}"
        " for etraps), nor are the other counts from which they could be worked out; each"
        " is marked {mark}. Zero is shown.",
    ),
    "multi": QT_TRANSLATE_NOOP(
        "core",
        "A case may concern several rights, types of act or people, so it may count in"
        " more than one row of a table.",
    ),
    "s_summary": QT_TRANSLATE_NOOP("core", "Summary tables"),
    "total": QT_TRANSLATE_NOOP("core", "Total"),
    "cases": QT_TRANSLATE_NOOP("core", "Cases"),
    "previous": QT_TRANSLATE_NOOP("core", "Previous period"),
    "change": QT_TRANSLATE_NOOP("core", "Change"),
    "by": QT_TRANSLATE_NOOP("core", "Cases by {dimension}"),
    "by_two": QT_TRANSLATE_NOOP("core", "Cases by {rows} and {columns}"),
    "s_rights": QT_TRANSLATE_NOOP("core", "Cases by right"),
    "right_count": QT_TRANSLATE_NOOP(
        "core", "{count} documented cases in this period concern this right."
    ),
    "right_hidden": QT_TRANSLATE_NOOP(
        "core",
        "The number of documented cases concerning this right is not shown, to protect"
        " the people concerned.",
    ),
    "illustrative": QT_TRANSLATE_NOOP(
        "core", "Illustrative cases (anonymised; not every documented case is told):"
    ),
    "case": QT_TRANSLATE_NOOP("core", "Case {number}. {when}, {where}. {acts}{text}"),
    "no_date": QT_TRANSLATE_NOOP("core", "date unknown"),
    "no_place": QT_TRANSLATE_NOOP("core", "place not recorded"),
    "upr_intro": QT_TRANSLATE_NOOP(
        "core",
        "This submission by {org} draws on {counted} human rights cases documented from"
        " {start} to {end}, whose people consented to their use.",
    ),
    "upr_recommendations": QT_TRANSLATE_NOOP(
        "core",
        "Recommendations: the office adds here what became of the recommendations"
        " Turkmenistan received and what it asks the State to do.",
    ),
    "s_recommendations": QT_TRANSLATE_NOOP("core", "Recommendations"),
    "s_key": QT_TRANSLATE_NOOP("core", "Key figures"),
    "no_cases": QT_TRANSLATE_NOOP("core", "No case in this selection counts in this document."),
    "map": QT_TRANSLATE_NOOP(
        "core", "Map: documented cases by velayat (hatched: not shown, to protect people)."
    ),
    "chart_rights": QT_TRANSLATE_NOOP("core", "Chart: the rights most often documented."),
    "s_annex": QT_TRANSLATE_NOOP("core", "Annex: UN recommendations and documented cases"),
    "annex": QT_TRANSLATE_NOOP(
        "core",
        "The table gives, for each UN recommendation, the number of documented cases in this"
        " document that the field workers linked to it. A case may bear on several"
        " recommendations. The same protection applies as to the other tables.",
    ),
    "annex_caption": QT_TRANSLATE_NOOP("core", "Cases by UN recommendation"),
    "annex_none": QT_TRANSLATE_NOOP(
        "core",
        "No UN recommendations were loaded and no case is linked to one. Load the"
        " recommendations from the Universal Human Rights Index to list them here.",
    ),
    "annex_none_linked": QT_TRANSLATE_NOOP(
        "core", "No case in this document is linked to a UN recommendation."
    ),
    "recommendation": QT_TRANSLATE_NOOP("core", "Recommendation"),
    "response": QT_TRANSLATE_NOOP("core", "Response"),
    SUPPORTED: QT_TRANSLATE_NOOP("core", "supported"),
    NOTED: QT_TRANSLATE_NOOP("core", "noted"),
}
M_CANCELLED = QT_TRANSLATE_NOOP("core", "The report was cancelled.")


class ReportCancelled(Exception):
    def __init__(self) -> None:
        super().__init__(M_CANCELLED)


@dataclass
class Heading:
    text: str
    level: int = 1


@dataclass
class Paragraph:
    text: str
    number: int | None = None  # numbered paragraphs are numbered through the document


@dataclass
class Table:
    caption: str
    header: list[str]
    rows: list[list[str]]
    total_row: bool = True  # the last row is the totals
    notes: list[str] = field(default_factory=list)


@dataclass
class Figure:
    """A chart or the map of a protected one-way table: ``items`` are (code, label,
    published count or None where hidden)."""

    kind: str  # "map" (velayats) or "bars"
    caption: str
    items: list[tuple[str, str, int | None]]


Block = Heading | Paragraph | Table | Figure


@dataclass
class Document:
    title: str
    subtitle: list[str]
    lang: str
    blocks: list[Block] = field(default_factory=list)
    #: The headline figures as published (None: not shown), for checks and the CLI.
    figures: dict[str, int | None] = field(default_factory=dict)
    _numbered: int = 0

    def numbered(self, text: str) -> None:
        self._numbered += 1
        self.blocks.append(Paragraph(text, self._numbered))

    def text(self) -> str:
        """The document as plain text (tests and logs hold no content: tests only)."""
        out = [self.title, *self.subtitle]
        for block in self.blocks:
            if isinstance(block, Heading):
                out.append(block.text)
            elif isinstance(block, Paragraph):
                out.append(f"{block.number}. {block.text}" if block.number else block.text)
            elif isinstance(block, Figure):
                out += [block.caption, *(f"{label}\t{_shown(n)}" for _c, label, n in block.items)]
            else:
                out += [block.caption, *("\t".join(r) for r in [block.header, *block.rows])]
        return "\n".join(out)


@dataclass
class ReportOptions:
    date_from: str
    date_to: str
    lang: str = "en"
    audience: str = INSTITUTION
    variant: str = FULL
    policy: Policy = field(default_factory=Policy)
    org_name: str = ""
    organisations: Mapping[str, str] = field(default_factory=dict)
    query: ObservationQuery = field(default_factory=ObservationQuery)
    today: str = field(default_factory=lambda: dt.date.today().isoformat())
    #: The recommendations loaded in the profile (``profile.recommendations.all()``), for
    #: the annex; cases may also link recommendations that were not loaded.
    recommendations: Sequence[Recommendation] = ()


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


def _shown(value: int | None) -> str:
    return HIDDEN if value is None else str(value)


def table_block(
    protected: Protected,
    labels: Labeller,
    previous: Protected | None = None,
) -> Table:
    """A protected table as the document prints it (a one-way table may carry the
    previous period and the change, where both counts are shown)."""
    t, tr = protected.table, labels.tr
    if t.columns is None:
        caption = tr(M["by"]).format(dimension=labels.dimension(t.rows))
        header = [labels.dimension(t.rows), tr(M["cases"])]
        if previous is not None:
            header += [tr(M["previous"]), tr(M["change"])]
        rows = []
        before_of = {}
        if previous is not None:
            for i, code in enumerate(previous.table.row_codes):
                before_of[code] = previous.cell(i, 0)
        for i, code in enumerate(t.row_codes):
            row = [labels.category(t.rows, code), _shown(protected.cell(i, 0))]
            if previous is not None:
                before = before_of.get(code, 0)
                now = protected.cell(i, 0)
                row.append(_shown(before))
                row.append(
                    f"{(now - before) * 100.0 / before:+.0f}%"
                    if now is not None and before
                    else "–"
                )
            rows.append(row)
        total = [tr(M["total"]), _shown(protected.total())]
        if previous is not None:
            total += [_shown(previous.total()), "–"]
        rows.append(total)
        return Table(caption, header, rows)
    caption = tr(M["by_two"]).format(
        rows=labels.dimension(t.rows), columns=labels.dimension(t.columns)
    )
    header = [
        labels.dimension(t.rows),
        *(labels.category(t.columns, c) for c in t.column_codes),
        tr(M["total"]),
    ]
    rows = []
    for i, code in enumerate(t.row_codes):
        rows.append(
            [
                labels.category(t.rows, code),
                *(_shown(protected.cell(i, j)) for j in range(len(t.column_codes))),
                _shown(protected.row_total(i)),
            ]
        )
    rows.append(
        [
            tr(M["total"]),
            *(_shown(protected.column_total(j)) for j in range(len(t.column_codes))),
            _shown(protected.total()),
        ]
    )
    return Table(caption, header, rows)


def figure(
    kind: str, caption: str, protected: Protected, labels: Labeller, top: int | None = None
) -> Figure:
    """A chart of a protected one-way table: hidden counts stay hidden; categories not
    recorded are left out; ``top``: the largest only."""
    t = protected.table
    items = [
        (code, labels.category(t.rows, code), protected.cell(i, 0))
        for i, code in enumerate(t.row_codes)
        if code
    ]
    if top is not None:
        items = sorted(items, key=lambda item: -(item[2] or 0))[:top]
    if kind == "map":  # every velayat named on the map, none counted: 0 (zero is shown)
        present = {code for code, _l, _n in items}
        items += [
            (p.code, p.name(labels.lang), 0)
            for p in labels.ref.places.velayats()
            if p.code not in present
        ]
    return Figure(kind, caption, items)


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


ANNEX_TEXT_CHARS = 160


def recommendation_counts(service: Any, selection: Selection) -> dict[str, int]:
    """Cases of ``selection`` linked to each recommendation (a case counts once per
    recommendation). Read from the records: the links are not among the list's columns."""
    counts: dict[str, int] = {}
    for obs in service.get_many(selection.pks):
        # a draft may hold a reference still being typed: only well-formed keys count
        for key in {k for k in obs.recommendations if normalise_reference(k) == k}:
            counts[key] = counts.get(key, 0) + 1
    return counts


def recommendations_annex(
    doc: Document,
    counts: Mapping[str, int],
    records: int,
    options: ReportOptions,
    tr: Translate,
    *,
    linked_only: bool,
) -> None:
    """The annex: every loaded recommendation (or, in the short variant, those cases bear
    on) with its count, published like every other table: counts 1 to the threshold and
    those they could be worked out from are hidden. Never anything about the cases."""
    doc.blocks.append(Heading(tr(M["s_annex"])))
    known = {r.key: r for r in options.recommendations}
    keys = list(known) + [k for k in keys_in_order(counts) if k not in known]
    if linked_only:
        keys = [k for k in keys if counts.get(k)]
    if not keys:
        doc.numbered(tr(M["annex_none_linked"] if known or linked_only else M["annex_none"]))
        return
    doc.numbered(tr(M["annex"]))
    table = figures.CrossTable(
        "recommendation",
        None,
        keys,
        [""],
        np.array([[counts.get(k, 0)] for k in keys], dtype=np.int64),
        records,
    )
    protected = protect(table, options.policy)
    rows = []
    for i, key in enumerate(keys):
        rec = known.get(key)
        text = " ".join(rec.text.split()) if rec is not None else ""
        if len(text) > ANNEX_TEXT_CHARS:
            text = text[: ANNEX_TEXT_CHARS - 1].rsplit(" ", 1)[0] + "…"
        response = tr(M[rec.response]) if rec is not None and rec.response in M else "–"
        rows.append([f"{key}: {text}" if text else key, response, _shown(protected.cell(i, 0))])
    rows.append([tr(M["total"]), "", _shown(protected.total())])
    header = [tr(M["recommendation"]), tr(M["response"]), tr(M["cases"])]
    doc.blocks.append(Table(tr(M["annex_caption"]), header, rows))
    doc.figures["recommendations_linked"] = protected.total()


def build_report(
    service: Any,
    options: ReportOptions,
    tr: Translate = lambda text: text,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Document:
    """The report for ``options`` from the records of ``service`` (an
    ``ObservationService``): ``progress(done, of)`` is called as it goes, and
    ``cancelled()`` is asked between steps (True raises :class:`ReportCancelled`)."""

    def step(done: int, of: int) -> None:
        if cancelled is not None and cancelled():
            raise ReportCancelled()
        if progress is not None:
            progress(done, of)

    labels = Labeller(options.lang, tr, options.organisations)
    upr = options.variant == UPR
    specs = UPR_TABLES if upr else FULL_TABLES
    dims = tuple({d for spec in specs for d in spec if d} | {"right", "act"})
    q = replace(options.query, date_from=options.date_from, date_to=options.date_to)
    step(0, 100)
    everything = service.selection(q, figures.kinds_for(dims))
    if everything is None:  # a profile mid-transaction: cannot happen between saves
        raise RuntimeError("the list index is not available")
    selection, left_out = outward(everything, options.audience)
    previous_q = figures.previous_query(q)
    previous_sel = None
    if previous_q is not None:
        found = service.selection(previous_q, figures.kinds_for(("velayat",)))
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
                counted=_shown(n_total),
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
                counted=_shown(n_total),
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
        for obs in service.get_many(selection.pks[chosen]):
            case_number += 1
            doc.numbered(narrative(obs, case_number, labels, limit))
        told.update(chosen)
    if upr:
        doc.blocks.append(Heading(tr(M["s_recommendations"])))
        doc.numbered(tr(M["upr_recommendations"]))
    step(95, 100)
    counts = recommendation_counts(service, selection)
    recommendations_annex(doc, counts, counted, options, tr, linked_only=upr)
    step(100, 100)
    return doc
