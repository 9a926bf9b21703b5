"""Text searches of the list's index in memory: the records matching a text as a mask, and
the first page of a search found by testing candidates' words instead of listing every
match (see :class:`desktop.core.listing.memindex.ListIndex`, which mixes this in)."""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any

import numpy as np

from desktop.core.listing.columns import BoolArray, Columns, IntArray, _ints
from desktop.core.listing.plans import result_key
from desktop.core.listing.textindex import (
    WORDS_TABLE,
    fts_expression,
    match_select,
    widening_changes,
    word_tests,
)

if TYPE_CHECKING:
    from desktop.core.listing.query import ObservationQuery

#: Share of matches from which the first page tests candidates' words instead of listing
#: every match (one in ``DENSE``), and the sample of newest records that estimates it.
#: Testing costs 20-60 µs a candidate (its words are read and decrypted), a page needs
#: about 100 / share of them; listing costs 0.5 µs a match: even at about a third.
DENSE = 3
SHARE_SAMPLE = 5000
#: Candidates tested by their words before the matches are listed exactly instead.
PROBE_LIMIT = 4000
#: Candidates of a widened text (a long word read by its six-letter prefix) worth testing
#: for one page (~45 ms), against listing the exact matches (40-60 ms for a long word).
WIDE_PROBE_LIMIT = 1000


class TextSearch:
    """The text parts of :class:`~desktop.core.listing.memindex.ListIndex`."""

    MAX_TEXTS = 16
    _conn: Any
    _texts: OrderedDict[tuple[str, bool], BoolArray]

    if TYPE_CHECKING:

        def _mask(self, cols: Columns, q: ObservationQuery, *, text: bool = True) -> BoolArray: ...
        def _order(self, cols: Columns, q: ObservationQuery) -> IntArray: ...
        def _keep(self, key: tuple[Any, ...], result: IntArray) -> None: ...

    def _text_mask(self, cols: Columns, text: str, *, widen: bool = False) -> BoolArray:
        """The records matching ``text``; ``widen``: a superset read faster (see
        :func:`~desktop.core.listing.textindex.match_select`), the same when no word is long."""
        widen = widen and widening_changes(text)
        key = (fts_expression(text) or "", widen)
        found = self._texts.get(key)
        if found is None:
            select = match_select(text, widen=widen)
            assert select is not None
            pks = _ints(self._conn, select[0], select[1])
            found = np.zeros(cols.cap, dtype=bool)
            found[pks[pks < cols.cap]] = True
            self._texts[key] = found
            while len(self._texts) > self.MAX_TEXTS:
                self._texts.popitem(last=False)
        else:
            self._texts.move_to_end(key)
        return found

    def _text_page(self, cols: Columns, q: ObservationQuery, wanted: int) -> list[int] | None:
        """The first ``wanted`` matches of a text search near the start of its list, without
        listing every match exactly; None when the plain way is as cheap.

        A word in many records (a third or more): candidates that pass the other filters
        are tested by their own words, in order, and a few hundred fill a page; listing
        90,000 matches of "we" costs 50 ms. Otherwise (or when the candidates near the
        start hold far fewer matches than the share, as when a language sorts late) the
        matches are listed, widened to six-letter prefixes when a word is longer (5-8 ms
        against 40-60), and only the widened candidates are tested by their words.
        """
        filters = self._mask(cols, q, text=False)
        order = self._order(cols, q)
        wide = None
        if widening_changes(q.text):
            # Its six-letter prefixes are read anyway; their share bounds the text's, and
            # estimating it from FTS5 (_share) costs 15-35 ms for such words.
            wide = self._text_mask(cols, q.text, widen=True)
            alive = int(np.count_nonzero(cols.alive))
            share = float(np.count_nonzero(wide)) / alive if alive else None
        else:
            share = self._share(cols, q.text)
        if share is not None and share * DENSE >= 1:
            candidates = order[filters[order]]
            found = self._tested(candidates, q.text, wanted, share)
            if found is not None:
                return found
        if wide is None:
            return None  # the listed matches are exact: the usual way, which keeps them
        candidates = order[(filters & wide)[order]]
        found = self._tested(candidates, q.text, wanted, None)
        if found is not None and len(found) < wanted:
            # Every candidate tested: this is the whole result.
            self._keep((result_key(q), q.sort, q.descending), np.array(found, dtype=np.int64))
        return found

    def _tested(
        self, candidates: IntArray, text: str, wanted: int, share: float | None
    ) -> list[int] | None:
        """The first ``wanted`` of ``candidates`` whose words match ``text`` (all that
        match, if fewer); None when testing stops paying: past :data:`PROBE_LIMIT`
        candidates, or, with an expected ``share``, a batch far below it."""
        tests = word_tests(text)
        assert tests is not None
        condition, params = tests
        found: list[int] = []
        start = 0
        window = max(wanted, int(1.5 * wanted / share)) if share else wanted + wanted // 2
        while start < len(candidates):
            if start >= PROBE_LIMIT:
                return None
            part = [int(p) for p in candidates[start : start + window]]
            marks = ",".join("?" * len(part))
            hits = {
                r[0]
                for r in self._conn.execute(
                    f"SELECT pk FROM {WORDS_TABLE} WHERE pk IN ({marks}) AND {condition}",
                    [*part, *params],
                )
            }
            found += [p for p in part if p in hits]
            if len(found) >= wanted:
                return found[:wanted]
            if share is not None and len(hits) * 4 < len(part) * share:
                return None  # far fewer than the share: the matches lie elsewhere
            tested = start + len(part)
            if share is None and tested * wanted > WIDE_PROBE_LIMIT * max(len(found), 1):
                # At this rate a page needs more tests than listing the exact matches costs
                # (a word whose records sort late, among many sharing its prefix).
                return None
            start += window
            window *= 2
        return found

    def _share(self, cols: Columns, text: str) -> float | None:
        """The share of records matching ``text``, from the newest :data:`SHARE_SAMPLE`
        (FTS5 seeks to a range of rowids: a twentieth of the lists is read)."""
        top = int(np.flatnonzero(cols.alive)[-1]) if cols.alive.any() else 0
        sample = min(top, SHARE_SAMPLE)
        if not sample:
            return None
        sliced = match_select(text, after=top - sample)
        assert sliced is not None
        (matches,) = self._conn.execute(f"SELECT count(*) FROM ({sliced[0]})", sliced[1]).fetchone()
        return float(matches) / sample
