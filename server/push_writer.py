"""One writer thread stores every push (group commit).

Request threads parse and verify their batch, queue it here and wait. The writer takes
everything queued (up to a cap) and stores it in one sequenced transaction: the single-writer
lock, the queries and the commit are paid once per group rather than once per request, and
no request thread ever waits for the database lock while holding the GIL hostage.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import threading

from server.envelope_store import Job, write_group
from server.state import ServerState

log = logging.getLogger("fieldbook.server")
MAX_GROUP_JOBS = 64
MAX_GROUP_ITEMS = 2000


class PushWriter:
    def __init__(self, state: ServerState) -> None:
        self.state = state
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="push-writer", daemon=True)
        self._thread.start()

    def submit(self, job: Job) -> Job:
        """Queue ``job`` and wait until it is stored (or refused)."""
        self._queue.put(job)
        job.done.wait()
        if job.error is not None:
            raise job.error
        return job

    async def store(self, job: Job) -> Job:
        """Queue ``job`` and wait, without holding a thread, until it is stored (or refused).

        If the caller goes away meanwhile the job is stored all the same: pushes are
        idempotent, and the device learns its receipts when it sends the batch again.
        """
        loop = asyncio.get_running_loop()
        stored: asyncio.Future[None] = loop.create_future()

        def wake() -> None:
            if not stored.done():
                stored.set_result(None)

        def on_done() -> None:
            # RuntimeError: the loop has closed (shutdown), nobody is waiting any more
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(wake)

        job.on_done = on_done
        self._queue.put(job)
        await stored
        if job.error is not None:
            raise job.error
        return job

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join(30)

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            group, items = [first], len(first.items)
            while len(group) < MAX_GROUP_JOBS and items < MAX_GROUP_ITEMS:
                try:
                    job = self._queue.get_nowait()
                except queue.Empty:
                    break
                if job is None:
                    self._queue.put(None)  # stop after this group
                    break
                group.append(job)
                items += len(job.items)
            self._store(group)

    def _store(self, group: list[Job]) -> None:
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
                return
        for job in group:
            job.finish()
