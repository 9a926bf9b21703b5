"""Ed25519 on every core: device signatures verified, receipts signed.

Verifying a push group's signatures and signing its receipts are the biggest single costs of
storing envelopes. On machines with more than two cores they are handed, a group's worth at a
time, to a small pool of worker processes. With no pool (two cores or fewer, or
``--verify-workers 0``) they run in the push thread, a group's verification split with one
helper thread: libsodium lets go of the GIL while it verifies.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from protocol.errors import ProtocolError, StaleRequestError
from protocol.keys import SigningKey, verify_signature
from protocol.signed import Receipt, verify_request

#: (public key, signature, message)
Check = tuple[bytes, bytes, bytes]
#: below this many operations the hop to a worker costs more than it saves
MIN_BATCH = 4
T = TypeVar("T")


def verify_all(checks: Sequence[Check]) -> list[bool]:
    results = []
    for public, signature, message in checks:
        try:
            verify_signature(public, signature, message)
        except ProtocolError:
            results.append(False)
        else:
            results.append(True)
    return results


def check_request(
    signing_key: bytes,
    method: str,
    target: str,
    digest: str,
    headers: Mapping[str, str],
    max_skew: int,
) -> tuple[str, str] | None:
    """None when the request signature holds, else (error code, message)."""
    try:
        verify_request(signing_key, method, target, digest, headers, max_skew=max_skew)
    except StaleRequestError as exc:
        return "clock_skew", str(exc)
    except ProtocolError as exc:
        return "bad_signature", str(exc)
    return None


def sign_receipts(server_key: bytes, receipts: Sequence[Receipt]) -> list[bytes]:
    key = SigningKey.from_bytes(server_key)
    return [receipt.signed(key).signature for receipt in receipts]


def default_workers() -> int:
    """No pool on one or two cores: verification lets go of the GIL, so checks in threads
    already run beside the event loop, and a pool only adds pickling and a process hop
    (measured on the 2-core reference machine: no less CPU, no more pushes per second).
    Above that a group's signatures are spread over the workers."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return 0 if not cores or cores <= 2 else min(cores - 1, 8)


class SignaturePool:
    """Verifies device signatures and signs receipts with the server key."""

    def __init__(self, workers: int, server_key: SigningKey) -> None:
        self.workers = workers
        self._server_key = server_key.private_bytes()
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = self._start() if workers > 0 else None
        self._threads = ThreadPoolExecutor(max_workers=1, thread_name_prefix="verify")

    def _start(self) -> ProcessPoolExecutor:
        # spawn: the workers import only the protocol, never the server's threads or sockets
        return ProcessPoolExecutor(
            max_workers=self.workers, mp_context=multiprocessing.get_context("spawn")
        )

    def _run(self, func: Callable[..., T], *args: object) -> T:
        pool = self._pool
        if pool is None:
            return func(*args)
        try:
            return pool.submit(func, *args).result()
        except BrokenProcessPool:
            self._restart(pool)
            return func(*args)

    def _restart(self, pool: ProcessPoolExecutor) -> None:
        """A worker died (killed, out of memory): the caller answers inline this time."""
        with self._lock:
            if self._pool is pool:
                pool.shutdown(wait=False, cancel_futures=True)
                self._pool = self._start()

    def verify_all(self, checks: Sequence[Check]) -> list[bool]:
        if len(checks) < 2 * MIN_BATCH:
            return verify_all(checks)
        pool = self._pool
        if pool is None:
            # libsodium lets go of the GIL while it verifies: half the group on a second
            # thread runs beside the push thread's half (the only parallelism on 2 cores)
            half = len(checks) // 2
            other = self._threads.submit(verify_all, checks[half:])
            mine = verify_all(checks[:half])
            return mine + other.result()
        # a push group's worth: one share per worker, verified side by side
        share = max(MIN_BATCH, -(-len(checks) // self.workers))
        chunks = [list(checks[i : i + share]) for i in range(0, len(checks), share)]
        try:
            shares = list(pool.map(verify_all, chunks))
        except BrokenProcessPool:
            self._restart(pool)
            shares = [verify_all(chunk) for chunk in chunks]
        return [ok for part in shares for ok in part]

    def check_request(
        self,
        signing_key: bytes,
        method: str,
        target: str,
        digest: str,
        headers: Mapping[str, str],
        max_skew: int,
    ) -> tuple[str, str] | None:
        # one verification: cheaper here than the round trip to a worker
        return check_request(signing_key, method, target, digest, headers, max_skew)

    def sign_receipts(self, receipts: Sequence[Receipt]) -> list[bytes]:
        if len(receipts) < MIN_BATCH:
            return sign_receipts(self._server_key, receipts)
        return self._run(sign_receipts, self._server_key, list(receipts))

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = None
        self._threads.shutdown(wait=True)
