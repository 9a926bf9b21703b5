"""The text index's upkeep, run by the database's background thread
(:class:`desktop.core.database.Checkpointer`) on its own connection: recently saved words
moved into FTS5 in batches (see :mod:`desktop.core.listing.textindex`), and a few pages of
FTS5 segment merging.

Moves and merges write, so they wait until nobody has saved since the last tick (a save
then never queues behind them) and nobody has listed or searched for
:attr:`IndexUpkeep.IDLE_BEFORE_WRITE` seconds. Why the second: a commit on this connection
empties the page cache of the profile's own connection, and a merge step commits every
second while a merge is under way (for minutes on a large index). Each one made the next
searches read and decrypt their pages again: 150-250 ms for a query that takes 10 warm.
Only a long run of saves that leaves :data:`~desktop.core.listing.textindex.MOVE_ANYWAY`
texts waiting moves them while saves go on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import desktop.core.listing.textindex as textindex


class IndexUpkeep:
    MERGE_PAGES = 32
    #: Segments at which merging starts (FTS5's usermerge, schema migration 10).
    MERGE_AT = 16
    IDLE_BEFORE_WRITE = 3.0

    def __init__(self, idle_for: Callable[[], float]) -> None:
        self._idle_for = idle_for
        self._seen_version: int | None = None

    def tick(self, conn: Any) -> None:
        """One round of upkeep on ``conn``."""
        quiet = self._quiet(conn)
        waiting = textindex.waiting(conn)
        if waiting and (quiet or waiting >= textindex.MOVE_ANYWAY):
            textindex.move_batch(conn)
        elif quiet and textindex.segment_count(conn) >= self.MERGE_AT:
            # Only then: a merge step commits even when it finds nothing to merge, and any
            # commit empties the other connections' page caches and cached search results.
            self._merge_step(conn)
        self._seen_version = self._version(conn)  # our own writes are not someone saving

    @staticmethod
    def _version(conn: Any) -> int:
        return int(conn.execute("PRAGMA data_version").fetchone()[0])

    def _quiet(self, conn: Any) -> bool:
        """Whether no other connection committed since the last tick and the list has not
        been used for a while."""
        return (
            self._seen_version is not None
            and self._version(conn) == self._seen_version
            and self._idle_for() >= self.IDLE_BEFORE_WRITE
        )

    def _merge_step(self, conn: Any) -> None:
        # A negative page count works only on a level holding usermerge segments, or one
        # with a merge under way (it still commits when it finds neither: see tick).
        conn.execute(
            "INSERT INTO observations_fts (observations_fts, rank) VALUES ('merge', ?)",
            (-self.MERGE_PAGES,),
        )
