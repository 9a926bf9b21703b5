"""Reads the observation list's counts and pages on a background thread.

One :class:`PageLoader` thread per list. Requests carry a *generation*: a new search, filter
or sort bumps it, and anything still queued or in flight for an older generation is
dropped. The newest request is served first (the pages the user is looking at now), so a fast
scroll never waits behind pages it has already passed. Results come back through signals to
the GUI thread; the loader never touches a widget or a model.

A new query's first page is sent before its count (:attr:`first_page`, then
:attr:`count_ready`): the list can show rows while a large result is still being counted. A
first page shorter than a page is the whole result, so it is not counted again; and a count
whose query was replaced meanwhile is not started.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QThread, Signal

from desktop.core.listing import ObservationQuery

log = logging.getLogger(__name__)

#: Page requests kept waiting at most; older ones are forgotten (the user scrolled past).
MAX_WAITING = 8


def total_query(query: ObservationQuery) -> ObservationQuery:
    """What "of N" counts: every record of the list's scope (own or received)."""
    scope = getattr(query, "scope", None)
    return ObservationQuery() if scope is None else replace(ObservationQuery(), scope=scope)


class PageLoader(QThread):
    #: generation, first page rows (of a new query)
    first_page = Signal(int, object)
    #: generation, count, total (or -1 when not recounted): after first_page
    count_ready = Signal(int, int, int)
    #: generation, page number, rows
    page_ready = Signal(int, int, object)
    #: generation, exception
    failed = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("PageLoader")
        self._cond = threading.Condition()
        self._service: Any = None
        self._generation = 0
        self._reset: tuple[int, ObservationQuery, bool] | None = None
        self._pages: OrderedDict[int, tuple[int, ObservationQuery, int]] = OrderedDict()
        self._stop = False
        self._busy = False

    # -- GUI thread ------------------------------------------------------------------

    def set_service(self, service: Any, generation: int) -> None:
        with self._cond:
            self._service = service
            self._generation = generation
            self._reset = None
            self._pages.clear()

    def request_reset(
        self, generation: int, query: ObservationQuery, page_size: int, recount: bool
    ) -> None:
        with self._cond:
            self._generation = generation
            self._reset = (generation, replace(query, offset=0, limit=page_size), recount)
            self._pages.clear()
            self._cond.notify()

    def request_page(self, generation: int, query: ObservationQuery, page: int, size: int) -> None:
        with self._cond:
            if generation != self._generation:
                return
            self._pages.pop(page, None)
            self._pages[page] = (generation, replace(query, offset=page * size, limit=size), page)
            while len(self._pages) > MAX_WAITING:
                self._pages.popitem(last=False)
            self._cond.notify()

    def busy(self) -> bool:
        with self._cond:
            return self._busy or self._reset is not None or bool(self._pages)

    def stop(self) -> None:
        with self._cond:
            self._stop = True
            self._cond.notify()
        self.wait(10000)

    # -- loader thread ---------------------------------------------------------------

    def _is_current(self, generation: int) -> bool:
        with self._cond:
            return generation == self._generation

    def run(self) -> None:
        while True:
            with self._cond:
                while not self._stop and self._reset is None and not self._pages:
                    self._busy = False
                    self._cond.wait()
                if self._stop:
                    self._busy = False
                    return
                self._busy = True
                service = self._service
                reset, self._reset = self._reset, None
                page_req = None
                if reset is None and self._pages:
                    _, page_req = self._pages.popitem(last=True)  # newest first
            if service is None:
                continue
            try:
                if reset is not None:
                    generation, query, recount = reset
                    rows = service.query(query)
                    self.first_page.emit(generation, rows)
                    if len(rows) < query.limit:
                        count = len(rows)  # the whole result
                    elif self._is_current(generation):
                        count = service.count(query)
                    else:
                        continue  # replaced by a newer query: its count is not wanted
                    total = service.count(total_query(query)) if recount else -1
                    self.count_ready.emit(generation, count, total)
                elif page_req is not None:
                    generation, query, page = page_req
                    if self._is_current(generation):
                        self.page_ready.emit(generation, page, service.query(query))
            except Exception as exc:  # a closed profile during a lock, mostly
                log.info("list query failed: %s", type(exc).__name__)
                gen = reset[0] if reset is not None else (page_req[0] if page_req else 0)
                self.failed.emit(gen, exc)
