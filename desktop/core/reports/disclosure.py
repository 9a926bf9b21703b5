"""Disclosure control for figures that leave the app: small counts are hidden, and so
are enough other counts that a hidden one cannot be worked out from what is shown.

*Primary suppression*: a count from 1 to ``min_count - 1`` (1–4 by default) may point at a
person, and is hidden. Zero is shown. Tables by etrap use a stricter threshold.

*Secondary suppression*: a table is published with its row totals, column totals and grand
total, so one hidden cell in a row is the row total minus the rest (the "differencing
attack"), and hidden cells can be chained through several rows and columns. We write the
table with its totals as an (R+1) × (C+1) array where the totals are negated: every row
and every column of that array then sums to zero. Hidden entries are the unknowns of those
equations; seen as edges of a bipartite graph (row ↔ column), the values the equations allow
differ from the true ones by circulations on cycles of hidden edges. So:

- a hidden entry is determined exactly when its edge is on no cycle of hidden edges (a
  *bridge*); we hide more entries, along the cheapest path that closes a cycle through each
  bridge, until there is none;
- only non-zero entries are hidden along those paths, so every hidden entry lies on a cycle
  of entries of magnitude ≥ 1, and adding ±1 around that cycle is another non-negative
  solution: the attacker's interval for each hidden count holds at least its value ± 1.

A one-way table is one equation (the cells add up to the total): two hidden non-zero cells
are enough. Tables that share a margin (the velayat totals of velayat × month and of velayat
× right) hide the same margin entries in all of them (:func:`protect_together`).
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.reports.figures import CrossTable, is_multi

MIN_THRESHOLD = 3
MAX_THRESHOLD = 10
DEFAULT_MIN_COUNT = 5  # hides 1–4
DEFAULT_ETRAP_MIN_COUNT = 8
M_BAD_THRESHOLD = QT_TRANSLATE_NOOP(
    "core",
    "The smallest count to publish must be between 3 and 10, and at least as large for"
    " etraps as for velayats.",
)
#: Edge costs when closing a cycle: prefer cells that are already hidden, then small
#: cells (less lost), totals only when cells cannot do it, the grand total last.
_MARGIN_COST = 1_000
_GRAND_COST = 1_000_000_000


class PolicyError(ValueError):
    def __init__(self) -> None:
        super().__init__(M_BAD_THRESHOLD)


@dataclass(frozen=True)
class Policy:
    """The smallest count published: ``min_count`` in general, ``etrap_min_count`` for
    tables by etrap (smaller areas, fewer people: stricter)."""

    min_count: int = DEFAULT_MIN_COUNT
    etrap_min_count: int = DEFAULT_ETRAP_MIN_COUNT

    def __post_init__(self) -> None:
        for value in (self.min_count, self.etrap_min_count):
            if not MIN_THRESHOLD <= value <= MAX_THRESHOLD:
                raise PolicyError()
        if self.etrap_min_count < self.min_count:
            raise PolicyError()

    def threshold(self, table: CrossTable) -> int:
        return self.etrap_min_count if "etrap" in (table.rows, table.columns) else self.min_count


@dataclass
class Protected:
    """A table as published: ``hidden`` marks entries of the extended array (cells, then
    a last column of row totals and a last row of column totals, the grand total in the
    corner) that are not shown. ``primary`` marks the small ones among them."""

    table: CrossTable
    threshold: int
    hidden: Any  # bool (R+1) × (C+1)
    primary: Any  # bool (R+1) × (C+1)
    extended: Any = field(repr=False)  # int (R+1) × (C+1), totals positive

    @property
    def one_way(self) -> bool:
        return self.table.columns is None

    def cell(self, i: int, j: int) -> int | None:
        return None if self.hidden[i, j] else int(self.extended[i, j])

    def row_total(self, i: int) -> int | None:
        return self.cell(i, -1)

    def column_total(self, j: int) -> int | None:
        return self.cell(-1, j)

    def total(self) -> int | None:
        return self.cell(-1, -1)

    def suppressed_count(self) -> int:
        return int(self.hidden.sum())


def extended(table: CrossTable) -> Any:
    cells = table.cells
    rows, cols = cells.shape
    out = np.zeros((rows + 1, cols + 1), dtype=np.int64)
    out[:rows, :cols] = cells
    out[:rows, cols] = cells.sum(axis=1)
    out[rows, :cols] = cells.sum(axis=0)
    out[rows, cols] = cells.sum()
    return out


def small(values: Any, threshold: int) -> Any:
    """Counts to hide by themselves (1 to threshold - 1); on screen, counts to mark."""
    return (values > 0) & (values < threshold)


def protect(table: CrossTable, policy: Policy | None = None, *, forced: Any = None) -> Protected:
    """``table`` as it may be published under ``policy``; ``forced``: entries of the
    extended array to hide whatever their value (margins hidden in a linked table)."""
    policy = policy or Policy()
    threshold = policy.threshold(table)
    values = extended(table)
    primary = small(values, threshold)
    hidden = primary.copy()
    if forced is not None:
        hidden |= forced & (values > 0)
    if table.columns is None:
        _protect_one_way(values, hidden)
    else:
        _protect_two_way(values, hidden)
    return Protected(table, threshold, hidden, primary, values)


def _protect_one_way(values: Any, hidden: Any) -> None:
    """Cells in ``values[:-1, 0]``, the total at ``values[-1, 0]``; the second column
    repeats the cells and is never shown for a one-way table."""
    rows = values.shape[0] - 1
    hidden[:rows, 1] = hidden[:rows, 0] = hidden[:rows, 0] | hidden[:rows, 1]
    hidden[rows, 1] = hidden[rows, 0] = hidden[rows, 0] | hidden[rows, 1]
    while True:
        shown_total = not hidden[rows, 0]
        count = int(hidden[:rows, 0].sum())
        if count != 1 or not shown_total:
            return
        candidates = [i for i in range(rows) if not hidden[i, 0] and values[i, 0] > 0]
        if candidates:
            i = min(candidates, key=lambda r: int(values[r, 0]))
            hidden[i, 0] = hidden[i, 1] = True
        else:
            hidden[rows, 0] = hidden[rows, 1] = True


def _protect_two_way(values: Any, hidden: Any) -> None:
    while True:
        bridge = _a_bridge(hidden)
        if bridge is None:
            return
        path = _cheapest_cycle_path(values, hidden, bridge)
        if path is None:  # cannot happen while the grand total is non-zero
            hidden[values > 0] = True
            return
        for i, j in path:
            hidden[i, j] = True


def _graph(hidden: Any) -> dict[tuple[str, int], list[tuple[tuple[str, int], tuple[int, int]]]]:
    adjacency: dict[tuple[str, int], list[tuple[tuple[str, int], tuple[int, int]]]]
    adjacency = defaultdict(list)
    for i, j in zip(*np.nonzero(hidden), strict=True):
        edge = (int(i), int(j))
        adjacency[("r", edge[0])].append((("c", edge[1]), edge))
        adjacency[("c", edge[1])].append((("r", edge[0]), edge))
    return adjacency


def _connected_without(
    adjacency: dict[tuple[str, int], list[tuple[tuple[str, int], tuple[int, int]]]],
    start: tuple[str, int],
    goal: tuple[str, int],
    skip: tuple[int, int],
) -> bool:
    seen = {start}
    todo = [start]
    while todo:
        node = todo.pop()
        for other, edge in adjacency[node]:
            if edge == skip or other in seen:
                continue
            if other == goal:
                return True
            seen.add(other)
            todo.append(other)
    return False


def _a_bridge(hidden: Any) -> tuple[int, int] | None:
    """A hidden entry on no cycle of hidden entries (the attacker solves it), or None."""
    adjacency = _graph(hidden)
    for i, j in zip(*np.nonzero(hidden), strict=True):
        edge = (int(i), int(j))
        if not _connected_without(adjacency, ("r", edge[0]), ("c", edge[1]), edge):
            return edge
    return None


def _cost(values: Any, hidden: Any, i: int, j: int) -> int:
    if hidden[i, j]:
        return 0
    rows, cols = values.shape
    value = int(values[i, j])
    if i == rows - 1 and j == cols - 1:
        return _GRAND_COST
    if i == rows - 1 or j == cols - 1:
        return _MARGIN_COST + 10 * value
    return value


def _cheapest_cycle_path(
    values: Any, hidden: Any, bridge: tuple[int, int]
) -> list[tuple[int, int]] | None:
    """The cheapest path of non-zero entries from the bridge's row to its column that
    does not use the bridge (Dijkstra over the bipartite graph)."""
    rows, cols = values.shape
    start, goal = ("r", bridge[0]), ("c", bridge[1])
    best: dict[tuple[str, int], int] = {start: 0}
    back: dict[tuple[str, int], tuple[tuple[str, int], tuple[int, int]]] = {}
    queue: list[tuple[int, tuple[str, int]]] = [(0, start)]
    while queue:
        cost, node = heapq.heappop(queue)
        if node == goal:
            break
        if cost > best.get(node, cost):
            continue
        side, k = node
        if side == "r":
            steps = [(("c", j), (k, j)) for j in range(cols)]
        else:
            steps = [(("r", i), (i, k)) for i in range(rows)]
        for other, (i, j) in steps:
            if (i, j) == bridge or values[i, j] == 0:
                continue
            total = cost + _cost(values, hidden, i, j)
            if total < best.get(other, total + 1):
                best[other] = total
                back[other] = (node, (i, j))
                heapq.heappush(queue, (total, other))
    if goal not in back:
        return None
    path = []
    node = goal
    while node != start:
        node, edge = back[node]
        path.append(edge)
    return path


def _margin_keys(table: CrossTable) -> tuple[str | None, str | None]:
    """Names under which this table's row totals and column totals are published
    elsewhere too: the row totals count each record once only when the column dimension
    is single-valued (else they are mentions, a quantity of this table alone)."""
    if table.columns is None:
        return table.rows, None
    rows = table.rows if not is_multi(table.columns) else None
    cols = table.columns if not is_multi(table.rows) else None
    return rows, cols


def protect_together(tables: Sequence[CrossTable], policy: Policy | None = None) -> list[Protected]:
    """Protect tables published side by side: a total of one category hidden in one
    table is hidden wherever that same total appears (else it would be read there)."""
    policy = policy or Policy()
    hidden_totals: dict[str, set[str]] = defaultdict(set)
    while True:
        out = []
        for table in tables:
            rkey, ckey = _margin_keys(table)
            forced = np.zeros((len(table.row_codes) + 1, len(table.column_codes) + 1), bool)
            if rkey is not None:
                for i, code in enumerate(table.row_codes):
                    # a one-way table's cells are its row totals
                    forced[i, 0 if table.columns is None else -1] = code in hidden_totals[rkey]
            if ckey is not None:
                for j, code in enumerate(table.column_codes):
                    forced[-1, j] = code in hidden_totals[ckey]
            out.append(protect(table, policy, forced=forced))
        grown = False
        for result in out:
            rkey, ckey = _margin_keys(result.table)
            column = 0 if result.one_way else -1
            if rkey is not None:
                for i, code in enumerate(result.table.row_codes):
                    if result.hidden[i, column] and code not in hidden_totals[rkey]:
                        hidden_totals[rkey].add(code)
                        grown = True
            if ckey is not None:
                for j, code in enumerate(result.table.column_codes):
                    if result.hidden[-1, j] and code not in hidden_totals[ckey]:
                        hidden_totals[ckey].add(code)
                        grown = True
        if not grown:
            return out
