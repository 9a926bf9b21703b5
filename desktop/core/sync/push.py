"""Push: send unsent envelopes in sequence order and keep the server's verified receipts.

An observation becomes "sent" only when the server's signed receipt for its latest revision
verifies. One request is in flight at a time; the next leaves as soon as an answer arrives,
before that answer's receipts are stored. Requests are sized by bytes to take a few seconds
at the measured throughput.
"""

from __future__ import annotations

import json
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from desktop.core.database import utc_now
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.sync.errors import SyncError
from desktop.core.sync.outbox import Outbox
from desktop.core.sync.progress import ProgressFn, SyncProgress, SyncSummary
from desktop.core.sync.receipts import verified_receipt
from desktop.core.sync.transport import Transport
from protocol.signed import Receipt

MAX_BATCH = 100  # the server's default limit of envelopes per push
#: envelopes in the first push of a sync: the first testimony arrives in seconds even with
#: thousands queued behind it on a 256 kbit/s line
FIRST_BATCH = 4
PUSH_TARGET_SECONDS = 3.0
MIN_PUSH_BYTES = 16 * 1024
MAX_PUSH_BYTES = 4 * 1024 * 1024  # half the server's default body limit
#: verified receipts stored together (or after this long)
RECEIPT_GROUP = 500
RECEIPT_DELAY_S = 2.0

#: an outbox row as a push reads it: seq, envelope id, kind, record id, rev, envelope bytes
_Row = Any
#: a push answer's verified receipts by the index of the envelope in the request
_Verified = dict[int, Receipt]


class Pusher:
    def __init__(
        self,
        outbox: Outbox,
        *,
        batch_size: int = MAX_BATCH,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> None:
        self.outbox = outbox
        self.batch_size = min(batch_size, MAX_BATCH)
        self.should_stop = should_stop
        #: bytes of envelopes per push request, adapted to the measured throughput
        self.push_bytes = MIN_PUSH_BYTES

    def push(
        self,
        transport: Transport,
        summary: SyncSummary,
        report: ProgressFn,
        *,
        seal: bool = False,
    ) -> None:
        """Push unsent envelopes in sequence order, one request in flight at a time.

        With ``seal``, queued observations are sealed as well: a handful before the first
        request, so the first testimony reaches the server within seconds however long the
        queue, and the rest chunk by chunk on a thread of its own (:class:`_Sealer`) once the
        first request is out."""
        server_key = transport.server_key
        assert server_key is not None  # health() has pinned it
        if seal:
            summary.sealed += self.outbox.seal_pending(FIRST_BATCH)
        sealer: _Sealer | None = None
        total = self.outbox.queued_count() if seal else self.outbox.unsent_count()
        done = 0
        limit = self.batch_size  # halved by a 413
        count_limit = min(FIRST_BATCH, limit)
        next_seq = 0
        stalled = False
        in_flight: tuple[list[_Row], bool, Future[tuple[Any, float]]] | None = None
        #: the batch after the one in flight, read while the server works on that one
        ahead: tuple[int, list[_Row], bool] | None = None
        receipts = _Receipts(self.outbox, summary)

        def send(body: bytes) -> tuple[Any, float]:
            started = time.monotonic()
            answer = transport.send_json_bytes("PUT", "/v1/envelopes", body)
            return answer, time.monotonic() - started

        def submit(pool: ThreadPoolExecutor) -> None:
            nonlocal in_flight, next_seq, ahead
            if stalled or self.should_stop():
                return
            if (
                ahead is not None
                and ahead[0] == next_seq
                and ahead[2]
                and len(ahead[1]) <= count_limit
            ):
                rows, cut = ahead[1], True  # a full batch: nothing sealed since changes it
            else:
                rows, cut = self._batch(next_seq, count_limit)
            ahead = None
            if rows:
                next_seq = int(rows[-1][0]) + 1
                report(SyncProgress("sending", done, max(total, done)))
                # The stored canonical bytes as they are: the same JSON json.dumps would
                # make of them, without parsing and encoding every envelope again.
                body = b'{"envelopes":[' + b",".join(bytes(r[5]) for r in rows) + b"]}"
                in_flight = (rows, cut, pool.submit(send, body))

        def read_ahead() -> None:
            nonlocal ahead
            if in_flight is not None and ahead is None:
                ahead = (next_seq, *self._batch(next_seq, limit))

        with ThreadPoolExecutor(1, thread_name_prefix="fieldbook-push") as pool:
            try:
                while True:
                    if in_flight is None:
                        submit(pool)
                    if seal and sealer is None:
                        sealer = _Sealer(self.outbox, summary, self.should_stop)
                    if in_flight is None:
                        receipts.store()
                        # Nothing sealed is waiting: wait for the next chunk, or stop when
                        # all is sealed and sent.
                        if not stalled and not self.should_stop() and sealer and sealer.take():
                            continue
                        return
                    if sealer is not None:
                        sealer.take(wait=False)
                    rows, cut, future = in_flight
                    in_flight = None
                    try:
                        answer, seconds = future.result()
                    except SyncError as exc:
                        if stalled:
                            continue  # sent after a batch that made no progress: moot
                        if exc.status == 413 and len(rows) > 1:
                            limit = count_limit = len(rows) // 2
                            self.push_bytes = max(MIN_PUSH_BYTES, self.push_bytes // 2)
                            next_seq = int(rows[0][0])
                            continue
                        if exc.status == 409 and exc.server_code == "sequence_gap":
                            receipts.store()
                            self._handle_gap()
                            next_seq = 0
                            continue
                        raise
                    nbytes = sum(len(r[5]) for r in rows)
                    self._adapt(nbytes, seconds, full=cut)
                    count_limit = limit
                    submit(pool)  # the server works on the next batch meanwhile
                    # libsodium lets go of the GIL: the checks overlap the sealing thread
                    progressed = receipts.add(
                        rows, answer, _verify_answer(rows, answer, server_key)
                    )
                    done += progressed
                    if progressed == 0:
                        # Nothing in this batch was accepted: stop (after the request in
                        # flight) instead of looping; the log says why.
                        stalled = True
                    # Before storing receipts, which holds the database a while: the next
                    # request then leaves as soon as this one is answered.
                    read_ahead()
                    if receipts.due() or in_flight is None:
                        receipts.store()
            finally:
                if sealer is not None:
                    sealer.stop()
                receipts.store()

    def _batch(self, from_seq: int, count: int) -> tuple[list[_Row], bool]:
        """The next unsent envelopes from ``from_seq``: at most ``count`` and, beyond the
        first, no more than the byte budget; and whether more were left out."""
        rows = self.outbox.db.query(
            "SELECT o.seq, o.envelope_id, o.kind, o.record_id, o.rev, e.envelope FROM outbox o"
            " JOIN outbox_envelopes e ON e.seq = o.seq"
            " WHERE o.receipt IS NULL AND o.seq >= ? ORDER BY o.seq LIMIT ?",
            (from_seq, count + 1),
        )
        size = 0
        for i, row in enumerate(rows[:count]):
            size += len(row[5])
            if i and size > self.push_bytes:
                return list(rows[:i]), True
        return list(rows[:count]), len(rows) > count

    def _adapt(self, nbytes: int, seconds: float, *, full: bool) -> None:
        """Aim for requests of about :data:`PUSH_TARGET_SECONDS` at the throughput measured:
        on a slow line a dropped request costs little, on a fast one requests stay few."""
        if seconds <= 0:
            return
        wanted = int(nbytes / seconds * PUSH_TARGET_SECONDS)
        if not full and wanted < self.push_bytes:
            return  # the queue ran out: a short batch says little about the link
        self.push_bytes = max(MIN_PUSH_BYTES, min(MAX_PUSH_BYTES, wanted))

    def _handle_gap(self) -> None:
        """The server expects an earlier sequence number than we are sending: it lost
        envelopes it had receipted (restore) — offer them again from there."""
        with self.outbox.db.transaction():
            self.outbox.forget_receipts()
            self.outbox.store.log(
                "warning",
                "sequence_gap",
                QT_TRANSLATE_NOOP("core", "The server asked for envelopes again."),
            )


def _results_by_index(answer: Any) -> dict[Any, Any]:
    results = answer.get("results", []) if isinstance(answer, dict) else []
    return {r.get("index"): r for r in results if isinstance(r, dict)}


def _verify_answer(rows: list[_Row], answer: Any, server_key: bytes) -> _Verified:
    """The receipts of a push answer that verify with the server's key and name the envelope
    sent at their index, with its sequence number."""
    by_index = _results_by_index(answer)
    verified: _Verified = {}
    for i, row in enumerate(rows):
        result = by_index.get(i)
        if result is None:
            continue
        receipt = verified_receipt(result.get("receipt"), row[1], row[0], server_key)
        if receipt is not None:
            verified[i] = receipt
    return verified


class _Sealer:
    """Seals the queue chunk by chunk (:meth:`Outbox.seal_chunks`) on a thread of its own
    while the push sends requests and stores receipts: the seals' crypto, zlib and SQL let
    go of the GIL, so on two cores they overlap the rest. The push learns what was sealed
    through :meth:`take`, on its own thread."""

    def __init__(
        self, outbox: Outbox, summary: SyncSummary, should_stop: Callable[[], bool]
    ) -> None:
        self._outbox = outbox
        self._summary = summary
        self._should_stop = should_stop
        self._stopping = threading.Event()
        self._sealed: queue.SimpleQueue[int | None] = queue.SimpleQueue()
        self._done = False
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="fieldbook-seal")
        self._future = self._pool.submit(self._run)

    def _run(self) -> None:
        try:
            for sealed in self._outbox.seal_chunks():
                self._sealed.put(sealed)
                if self._stopping.is_set() or self._should_stop():
                    return
        finally:
            self._sealed.put(None)  # the end, also after an error

    def take(self, *, wait: bool = True) -> bool:
        """Count the chunks sealed since the last call; with ``wait``, wait for the next
        one. Whether more was sealed (False once all is: the sealing thread's error, if it
        failed, is raised here)."""
        more = False
        while not self._done:
            try:
                sealed = self._sealed.get(block=wait and not more)
            except queue.Empty:
                break
            if sealed is None:
                self._done = True
                self._future.result()
                break
            self._summary.sealed += sealed
            more = True
        return more

    def stop(self) -> None:
        """Stop after the chunk in hand and wait for it: nothing writes after the push.
        Counts what was sealed; an error of the sealing thread is left for the next sync
        to meet (the push is ending early, or on an error of its own)."""
        self._stopping.set()
        self._pool.shutdown(wait=True)
        while not self._done:
            sealed = self._sealed.get()
            self._done = sealed is None
            self._summary.sealed += sealed or 0


class _Receipts:
    """Verified receipts waiting to be stored: a push stores them a few hundred at a time,
    which touches each page of the observation indexes once instead of once per batch.
    Until stored an envelope simply counts as unsent (a resend is answered "duplicate")."""

    def __init__(self, outbox: Outbox, summary: SyncSummary) -> None:
        self.outbox = outbox
        self.summary = summary
        self.rows: list[tuple[str, int, str]] = []  # receipt, conflict, envelope id
        self.sent: list[tuple[str, int]] = []
        #: (server sequence, envelope id) of reviews: they are ordered by it
        self.reviews: list[tuple[int, str]] = []
        self.bad = 0
        self.refused: list[str] = []
        self.since = 0.0

    def __len__(self) -> int:
        return len(self.rows)

    def add(self, rows: list[_Row], answer: Any, verified: _Verified) -> int:
        """Take the receipts of a push answer that verified (see :func:`_verify_answer`);
        returns how many."""
        by_index = _results_by_index(answer)
        summary = self.summary
        if not self.rows:
            self.since = time.monotonic()
        accepted = 0
        for i, row in enumerate(rows):
            envelope_id, kind, record_id, rev = row[1], row[2], row[3], row[4]
            result = by_index.get(i)
            if result is None:
                continue
            status = result.get("status")
            if status not in ("stored", "duplicate", "conflict_stored"):
                self.refused.append(str(result.get("reason") or "rejected"))
                summary.rejected.append(envelope_id)
                continue
            receipt = verified.get(i)
            if receipt is None:
                self.bad += 1
                continue
            conflict = 1 if status == "conflict_stored" else 0
            self.rows.append((json.dumps(receipt.to_json()), conflict, envelope_id))
            accepted += 1
            if status == "duplicate":
                summary.duplicates += 1
            summary.sent += 1
            if conflict:
                summary.conflicts.append(record_id)
            if kind == "observation":
                self.sent.append((record_id, rev))
            else:
                self.reviews.append((receipt.server_seq, envelope_id))
        return accepted

    def due(self) -> bool:
        return len(self.rows) >= RECEIPT_GROUP or (
            bool(self.rows) and time.monotonic() - self.since >= RECEIPT_DELAY_S
        )

    def store(self) -> None:
        """Store the receipts and mark what they cover as sent: a few statements in all."""
        if not (self.rows or self.bad or self.refused):
            return
        outbox = self.outbox
        store, profile = outbox.store, outbox.profile
        now = utc_now()
        with outbox.db.transaction() as conn:
            # The outbox row is the one copy of a receipt (the revision names the envelope):
            # a copy in the revision rewrote a page of revision body per receipt.
            conn.executemany(
                "UPDATE outbox SET receipt = ?, sent_at = ?, conflict = max(conflict, ?)"
                " WHERE envelope_id = ?",
                [(text, now, conflict, eid) for text, conflict, eid in self.rows],
            )
            # Only an observation still queued at the receipted revision becomes "sent".
            profile.observations.mark_sent(self.sent)
            profile.reviews.receipted(self.reviews)
            for _ in range(self.bad):
                store.log(
                    "error",
                    "bad_receipt",
                    QT_TRANSLATE_NOOP("core", "The server's receipt did not verify."),
                )
            for reason in self.refused:
                store.log(
                    "error", reason, QT_TRANSLATE_NOOP("core", "The server refused an envelope.")
                )
        self.rows, self.sent, self.reviews, self.bad, self.refused = [], [], [], 0, []
