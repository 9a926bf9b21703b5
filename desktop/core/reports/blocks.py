"""The report as blocks (headings, numbered paragraphs, tables, charts and the map),
before desktop/ui/reports renders it, and the protected tables and charts as blocks."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.reports.disclosure import Protected
from desktop.core.reports.labels import Labeller
from desktop.core.reports.texts import M

HIDDEN = "×"  # a count not published


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
                out += [block.caption, *(f"{label}\t{shown(n)}" for _c, label, n in block.items)]
            else:
                out += [block.caption, *("\t".join(r) for r in [block.header, *block.rows])]
        return "\n".join(out)


def shown(value: int | None) -> str:
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
            row = [labels.category(t.rows, code), shown(protected.cell(i, 0))]
            if previous is not None:
                before = before_of.get(code, 0)
                now = protected.cell(i, 0)
                row.append(shown(before))
                row.append(
                    f"{(now - before) * 100.0 / before:+.0f}%"
                    if now is not None and before
                    else "–"
                )
            rows.append(row)
        total = [tr(M["total"]), shown(protected.total())]
        if previous is not None:
            total += [shown(previous.total()), "–"]
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
                *(shown(protected.cell(i, j)) for j in range(len(t.column_codes))),
                shown(protected.row_total(i)),
            ]
        )
    rows.append(
        [
            tr(M["total"]),
            *(shown(protected.column_total(j)) for j in range(len(t.column_codes))),
            shown(protected.total()),
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
