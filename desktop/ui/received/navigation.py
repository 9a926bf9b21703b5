"""Next and previous unreviewed record in the Received list's own order (keyboard-driven
reviewing). Runs in a worker: it reads the list's pages through the list engine."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import Any

from desktop.core.listing import ObservationQuery

PAGE = 100
#: A received record nobody has reviewed yet has the status "sent".
UNREVIEWED = "sent"


def find_unreviewed(
    service: Any,
    query: ObservationQuery,
    start_row: int,
    forward: bool,
    skip: Collection[str] = (),
) -> tuple[int, str] | None:
    """The row number and id of the first unreviewed record after (``forward``) or before
    ``start_row`` in ``query``'s order, leaving out ``skip`` (reviewed meanwhile); None when
    there is none. ``start_row`` -1 starts before the first row."""
    if service.count(replace(query, statuses=(UNREVIEWED,), offset=0, limit=1)) == 0:
        return None
    total = service.count(replace(query, offset=0, limit=1))
    if forward:
        row = start_row + 1
        while row < total:
            page = service.query(replace(query, offset=row, limit=PAGE))
            if not page:
                return None
            for i, r in enumerate(page):
                if r.status == UNREVIEWED and r.id not in skip:
                    return row + i, r.id
            row += len(page)
        return None
    end = min(start_row, total)
    while end > 0:
        first = max(0, end - PAGE)
        page = service.query(replace(query, offset=first, limit=end - first))
        for i in range(len(page) - 1, -1, -1):
            r = page[i]
            if r.status == UNREVIEWED and r.id not in skip:
                return first + i, r.id
        end = first
    return None
