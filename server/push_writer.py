"""One thread checks and stores every push (group commit).

A ``PUT /v1/envelopes`` request hands its raw body here and waits on the event loop, holding
no thread. The push thread takes everything queued (up to a cap) and, for the whole group:
authenticates each request and parses its batch (:func:`server.envelope_push.check`), verifies
all the envelope signatures in one call (on the signature pool when there is one), then stores
the group in one sequenced transaction (:mod:`server.envelope_store`). The single-writer lock,
the queries, the commit and the hop to a signature worker are paid once per group rather than
once per request, and the server's Python work runs in two threads (the event loop and this
one) instead of dozens taking the GIL from each other.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from starlette.requests import Request

from server.envelope_push import check, verify
from server.envelope_store import Job, write_group
from server.errors import ApiError
from server.state import ServerState

log = logging.getLogger("fieldbook.server")
MAX_GROUP_JOBS = 64


@dataclass
class _Push:
    request: Request
    body: bytes
    loop: asyncio.AbstractEventLoop
    finished: asyncio.Future[None]
    checker: Callable[[ServerState, Request, bytes], Job] = check
    job: Job | None = None
    error: BaseException | None = field(default=None)


def _wake(pushes: list[_Push]) -> None:
    for push in pushes:
        if not push.finished.done():  # cancelled when the client went away
            push.finished.set_result(None)


class PushWriter:
    def __init__(self, state: ServerState) -> None:
        self.state = state
        self._queue: queue.Queue[_Push | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="push-writer", daemon=True)
        self._thread.start()

    async def push(
        self,
        request: Request,
        body: bytes,
        checker: Callable[[ServerState, Request, bytes], Job] = check,
    ) -> Job:
        """Check and store one request's batch; raises the request's :class:`ApiError`.

        If the caller goes away meanwhile the batch is stored all the same: pushes are
        idempotent, and the device learns its receipts when it sends the batch again.
        """
        loop = asyncio.get_running_loop()
        push = _Push(request, body, loop, loop.create_future(), checker)
        self._queue.put(push)
        await push.finished
        if push.error is not None:
            raise push.error
        assert push.job is not None
        if push.job.error is not None:
            raise push.job.error
        return push.job

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join(30)

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            group = [first]
            while len(group) < MAX_GROUP_JOBS:
                try:
                    push = self._queue.get_nowait()
                except queue.Empty:
                    break
                if push is None:
                    self._queue.put(None)  # stop after this group
                    break
                group.append(push)
            try:
                self._handle(group)
            finally:
                # one wake-up call per event loop and group, not one per request
                loops: dict[asyncio.AbstractEventLoop, list[_Push]] = {}
                for push in group:
                    loops.setdefault(push.loop, []).append(push)
                for loop, pushes in loops.items():
                    # RuntimeError: the loop has closed (shutdown), nobody is waiting any more
                    with contextlib.suppress(RuntimeError):
                        loop.call_soon_threadsafe(_wake, pushes)

    def _handle(self, group: list[_Push]) -> None:
        for push in group:
            try:
                push.job = push.checker(self.state, push.request, push.body)
            except ApiError as exc:
                push.error = exc
            except Exception as exc:
                log.exception("checking a push failed")
                push.error = exc
        jobs = [push.job for push in group if push.job is not None]
        try:
            verify(self.state, jobs)
        except Exception as exc:
            log.exception("verifying pushes failed")
            for push in group:
                push.error = push.error or exc
            return
        self._store(jobs)

    def _store(self, group: list[Job]) -> None:
        if not group:
            return
        try:
            write_group(self.state, group)
        except Exception as exc:
            if len(group) == 1:
                log.exception("storing a push failed")
                group[0].error = exc
            else:
                # one job's trouble must not fail the others: store them one by one
                for job in group:
                    job.reset()
                    self._store([job])
