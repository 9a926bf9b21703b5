"""The annex: UN recommendations with the number of cases that bear on each, published
through :mod:`.disclosure` like every other table."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from desktop.core.listing import Selection
from desktop.core.reports import figures
from desktop.core.reports.blocks import Document, Heading, Table, shown
from desktop.core.reports.disclosure import protect
from desktop.core.reports.labels import Translate
from desktop.core.reports.options import ReportOptions
from desktop.core.reports.recommendations import keys_in_order
from desktop.core.reports.texts import M

ANNEX_TEXT_CHARS = 160


def recommendation_counts(selection: Selection) -> dict[str, int]:
    """Cases of ``selection`` linked to each recommendation (a case counts once per
    recommendation), from the list's facet rows (``selection`` must carry
    ``figures.kinds_for(("recommendation",))``): no record is read again."""
    table = figures.cross_table(selection, "recommendation")
    return {
        code: int(table.cells[i, 0])
        for i, code in enumerate(table.row_codes)
        if code != figures.NOT_RECORDED and table.cells[i, 0]
    }


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
        rows.append([f"{key}: {text}" if text else key, response, shown(protected.cell(i, 0))])
    rows.append([tr(M["total"]), "", shown(protected.total())])
    header = [tr(M["recommendation"]), tr(M["response"]), tr(M["cases"])]
    doc.blocks.append(Table(tr(M["annex_caption"]), header, rows))
    doc.figures["recommendations_linked"] = protected.total()
