"""The attacker of published tables: every published count and total is an equation, every
hidden one an unknown ≥ 0; linear programming gives the smallest and the largest value each
hidden count can take. A hidden count is recovered when the two are equal."""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy.optimize import linprog

from desktop.core.reports.disclosure import Protected, _margin_keys


def _key(p: Protected, t: int, i: int, j: int) -> tuple[Any, ...]:
    rows, cols = p.extended.shape
    rkey, ckey = _margin_keys(p.table)
    additive = p.table.additive
    if i == rows - 1 and j == cols - 1:
        return ("grand",) if additive else (t, "grand")
    if p.one_way:
        if i < rows - 1:
            return ("total", rkey, p.table.row_codes[i])
        return ("grand",) if additive else (t, "grand")
    if j == cols - 1 and rkey is not None:
        return ("total", rkey, p.table.row_codes[i])
    if i == rows - 1 and ckey is not None:
        return ("total", ckey, p.table.column_codes[j])
    return (t, i, j)


def bounds(tables: list[Protected]) -> dict[tuple[Any, ...], tuple[float, float, int]]:
    """Hidden entry → (smallest, largest value the published figures allow, true value)."""
    known: dict[tuple[Any, ...], int] = {}
    unknown: dict[tuple[Any, ...], int] = {}
    equations: list[list[tuple[int, tuple[Any, ...]]]] = []
    for t, p in enumerate(tables):
        rows, cols = p.extended.shape
        keys = [[_key(p, t, i, j) for j in range(cols)] for i in range(rows)]
        for i in range(rows):
            for j in range(cols):
                if p.one_way and j == 1:
                    continue
                value = int(p.extended[i, j])
                if p.hidden[i, j]:
                    unknown[keys[i][j]] = value
                else:
                    assert known.get(keys[i][j], value) == value
                    known[keys[i][j]] = value
        if p.one_way:
            equations.append([(1, keys[i][0]) for i in range(rows - 1)] + [(-1, keys[-1][0])])
            continue
        for i in range(rows):
            equations.append([(1, keys[i][j]) for j in range(cols - 1)] + [(-1, keys[i][-1])])
        for j in range(cols):
            equations.append([(1, keys[i][j]) for i in range(rows - 1)] + [(-1, keys[-1][j])])
    for key in unknown:
        known.pop(key, None)  # published in one table counts as known everywhere
    unknown = {k: v for k, v in unknown.items() if k not in known}
    names = list(unknown)
    index = {k: n for n, k in enumerate(names)}
    a_eq, b_eq = [], []
    for equation in equations:
        row = np.zeros(len(names))
        rhs = 0.0
        for sign, key in equation:
            if key in index:
                row[index[key]] += sign
            else:
                rhs -= sign * known[key]
        if row.any():
            a_eq.append(row)
            b_eq.append(rhs)
    out = {}
    for n, key in enumerate(names):
        objective = np.zeros(len(names))
        objective[n] = 1
        lo = linprog(objective, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs")
        hi = linprog(-objective, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs")
        assert lo.status == 0
        upper = float("inf") if hi.status == 3 else -hi.fun
        out[key] = (float(lo.fun), upper, unknown[key])
    return out


def recovered(tables: list[Protected]) -> list[tuple[Any, ...]]:
    """Hidden entries the attacker pins down exactly."""
    return [k for k, (lo, hi, _v) in bounds(tables).items() if hi - lo < 0.5]
