"""Text matches and counts of recent searches, kept while the data does not change."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from desktop.core.listing.textindex import match_select


class ResultCache:
    """Text matches and counts of recent searches, kept while the data does not change.

    Paging through a search, and counting it, then reuse one look-up of the full-text
    index: its matching pks are copied once into a temporary table (in memory: pks only,
    no text), which pages probe as the sort index is walked. Anything that changes the
    database (a save on this connection, a commit on another) drops it all; so does a
    transaction in progress, where nothing is cached. Call with the database lock held.
    """

    MAX_TABLES = 16  # a few searches typed back and forth, with their filters
    MAX_COUNTS = 64

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self._tables: OrderedDict[tuple[Any, ...], tuple[str, int]] = OrderedDict()
        self._counts: dict[tuple[Any, ...], int] = {}
        self._serial = 0
        self._stamp: tuple[int, int] | None = None

    def _current_stamp(self) -> tuple[int, int]:
        (version,) = self._conn.execute("PRAGMA data_version").fetchone()
        return int(self._conn.total_changes), int(version)

    def usable(self) -> bool:
        """Whether caching is possible now; drops everything that is out of date."""
        if self._conn.in_transaction:
            return False
        stamp = self._current_stamp()
        if stamp != self._stamp:
            self.clear()
            self._stamp = self._current_stamp()
        return True

    def clear(self) -> None:
        for table, _n in self._tables.values():
            self._conn.execute(f"DROP TABLE IF EXISTS {table}")
        self._tables.clear()
        self._counts.clear()

    def hits(self, text: str) -> tuple[str, int] | None:
        """The temporary table of the pks whose text matches ``text`` and how many they
        are; None when ``text`` has no words."""
        found = match_select(text)
        if found is None:
            return None
        select, params = found
        return self.table(("text", *params), select, params)

    def has_hits(self, text: str) -> bool:
        """Whether the matches of ``text`` are listed in a table kept from earlier."""
        found = match_select(text)
        return found is not None and ("text", *found[1]) in self._tables

    def table(self, key: tuple[Any, ...], select: str, params: list[Any]) -> tuple[str, int]:
        """A temporary table of the distinct pks ``select`` yields, and how many they are."""
        found = self._tables.get(key)
        if found is not None:
            self._tables.move_to_end(key)
            return found
        self._serial += 1
        table = f"temp.fb_set_{self._serial}"
        self._conn.execute(f"CREATE TABLE {table} (pk INTEGER PRIMARY KEY)")
        cur = self._conn.execute(f"INSERT OR IGNORE INTO {table} {select}", params)
        found = (table, int(cur.rowcount))
        self._tables[key] = found
        while len(self._tables) > self.MAX_TABLES:
            _key, (old, _n) = self._tables.popitem(last=False)
            self._conn.execute(f"DROP TABLE IF EXISTS {old}")
        self._stamp = self._current_stamp()  # our own temporary writes change nothing
        return found

    def cached(self, key: tuple[Any, ...]) -> tuple[str, int] | None:
        """The table made for ``key`` earlier, if it is still kept."""
        found = self._tables.get(key)
        if found is not None:
            self._tables.move_to_end(key)
        return found

    def count(self, key: tuple[Any, ...]) -> int | None:
        return self._counts.get(key)

    def keep_count(self, key: tuple[Any, ...], n: int) -> None:
        if len(self._counts) >= self.MAX_COUNTS:
            self._counts.clear()
        self._counts[key] = n
