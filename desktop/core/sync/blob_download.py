"""Fetching another device's attachment blob: ranged requests into a resumable partial file,
the whole checked against its id before anything opens it.

What lands on the disk is the blob exactly as the server keeps it: chunked AES-256-GCM
ciphertext whose key lives only in the encrypted database. The partial file is that
ciphertext cut short, so nothing readable is ever written, at any point of a download.

A download asks for one range at a time (256 KiB at first, growing with the measured
throughput up to 8 MiB, as uploads do), so a dropped connection costs at most one request and
``should_stop`` is asked between requests. A later call carries on from the partial file's
length. Once all bytes are there the SHA-256 must equal the blob id named in the author's
signed envelope; a blob that does not is discarded and fetched again from the start.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import CoreError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.paths import fsync_dir, make_private_dir, open_private
from desktop.core.sync.backoff import Backoff
from desktop.core.sync.errors import SyncError

if TYPE_CHECKING:
    from desktop.core.sync.transport import Transport

GRID = 256 * 1024
MAX_REQUEST = 32 * GRID
TARGET_SECONDS = 3.0
# a download that fails its hash this many times in a row is given up (the server keeps a
# damaged copy, or someone on the way changes it): the user is told, nothing is shown
MAX_ATTEMPTS = 3
# a dropped connection is retried this many times in a row within one call
TRANSIENT_RETRIES = 3
DEFAULT_CACHE_LIMIT = 512 * 1024 * 1024
PARTIAL_SUFFIX = ".part"
# a partial nobody resumed for this long is dropped by the sweep
PARTIAL_MAX_AGE_S = 14 * 24 * 3600
_BLOB_ID = re.compile(r"^[0-9a-f]{64}$")
_CONTENT_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+|\*)$")

ProgressFn = Callable[[int, int], None]


class FetchStoppedError(CoreError):
    code = "fetch_stopped"
    default_message = QT_TRANSLATE_NOOP(
        "core", "The download was stopped. It continues from where it stopped next time."
    )


class BlobDamagedError(SyncError):
    code = "blob_damaged"
    default_message = QT_TRANSLATE_NOOP(
        "core",
        "The attachment arrived damaged several times and was not shown. "
        "The server's copy may be damaged; try again later.",
    )


class BlobUnavailableError(SyncError):
    code = "blob_unavailable"
    default_message = QT_TRANSLATE_NOOP(
        "core", "The server has no such attachment for this device."
    )


class BlobNotUploadedError(SyncError):
    code = "blob_incomplete"
    transient = True
    default_message = QT_TRANSLATE_NOOP(
        "core",
        "The author's device has not finished sending this attachment yet. "
        "Try again after their next sync.",
    )


class _NotThisBlob(Exception):
    """The server's answer cannot be the blob the author named (another size, another
    range): like a wrong hash, the bytes are dropped and asked for again."""


def valid_blob_id(blob_id: str) -> bool:
    return bool(_BLOB_ID.match(blob_id))


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb", buffering=0) as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


class BlobCache:
    """Fetched blobs in one folder of the profile, least recently used dropped first once
    their sizes pass ``limit_bytes`` (the one being used is always kept)."""

    def __init__(self, directory: Path, limit_bytes: int = DEFAULT_CACHE_LIMIT) -> None:
        self.directory = directory
        self.limit_bytes = limit_bytes
        self._lock = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}

    def lock_for(self, blob_id: str) -> threading.Lock:
        """One download of a blob at a time (two workers would write one partial file)."""
        with self._lock:
            return self._locks.setdefault(blob_id, threading.Lock())

    def path(self, blob_id: str) -> Path:
        if not valid_blob_id(blob_id):
            raise ValueError("not a blob id")
        return self.directory / blob_id

    def partial(self, blob_id: str) -> Path:
        return self.path(blob_id).with_name(blob_id + PARTIAL_SUFFIX)

    def has(self, blob_id: str) -> bool:
        return valid_blob_id(blob_id) and self.path(blob_id).is_file()

    def partial_size(self, blob_id: str) -> int:
        try:
            return self.partial(blob_id).stat().st_size
        except OSError:
            return 0

    def ensure(self) -> None:
        make_private_dir(self.directory)

    def touch(self, blob_id: str) -> None:
        with contextlib.suppress(OSError):
            os.utime(self.path(blob_id))

    def complete(self, blob_id: str) -> Path:
        """The partial file, verified, becomes the blob."""
        final = self.path(blob_id)
        os.replace(self.partial(blob_id), final)
        fsync_dir(self.directory)
        self.evict(keep=blob_id)
        return final

    def remove(self, blob_id: str) -> None:
        self.path(blob_id).unlink(missing_ok=True)
        self.partial(blob_id).unlink(missing_ok=True)

    def _entries(self) -> list[os.DirEntry[str]]:
        try:
            return [e for e in os.scandir(self.directory) if e.is_file()]
        except FileNotFoundError:
            return []

    def evict(self, keep: str | None = None) -> int:
        """Drop the least recently used files until the rest fit the limit."""
        entries = self._entries()
        stats = sorted(((e.stat().st_mtime, e.stat().st_size, e) for e in entries), key=_mtime)
        total = sum(size for _, size, _ in stats)
        removed = 0
        for _, size, entry in stats:
            if total <= self.limit_bytes:
                break
            if keep is not None and entry.name.startswith(keep):
                continue
            Path(entry.path).unlink(missing_ok=True)
            total -= size
            removed += 1
        return removed

    def sweep(self, now: float | None = None) -> int:
        """Drop stale partial files and anything that is not a blob, then fit the limit."""
        now = time.time() if now is None else now
        removed = 0
        for entry in self._entries():
            name = entry.name
            stem = name[: -len(PARTIAL_SUFFIX)] if name.endswith(PARTIAL_SUFFIX) else name
            stale = (
                name.endswith(PARTIAL_SUFFIX) and now - entry.stat().st_mtime > PARTIAL_MAX_AGE_S
            )
            if stale or not valid_blob_id(stem):
                Path(entry.path).unlink(missing_ok=True)
                removed += 1
        return removed + self.evict()

    def clear(self) -> int:
        """Erase every fetched blob and partial file."""
        removed = 0
        for entry in self._entries():
            Path(entry.path).unlink(missing_ok=True)
            removed += 1
        return removed


def _mtime(item: tuple[float, int, os.DirEntry[str]]) -> float:
    return item[0]


class BlobDownloader:
    """Downloads one blob into the cache; see the module's docstring."""

    def __init__(
        self,
        transport: Transport,
        cache: BlobCache,
        should_stop: Callable[[], bool] = lambda: False,
        on_damaged: Callable[[str], None] | None = None,
    ) -> None:
        self.transport = transport
        self.cache = cache
        self.should_stop = should_stop
        self.on_damaged = on_damaged
        self.request_size = GRID
        self.backoff = Backoff(base=0.25, cap=4.0)
        # bytes received over the network by this downloader (tests, progress)
        self.bytes_received = 0

    def fetch(self, blob_id: str, size: int, progress: ProgressFn | None = None) -> Path:
        """The verified blob in the cache, downloaded (or resumed) as needed."""
        if not valid_blob_id(blob_id) or size < 0:
            raise BlobUnavailableError()
        self.cache.ensure()
        for _attempt in range(MAX_ATTEMPTS):
            try:
                self._download(blob_id, size, progress)
            except _NotThisBlob:
                pass
            except (BlobUnavailableError, BlobNotUploadedError):
                if self.cache.partial_size(blob_id) == 0:
                    self.cache.partial(blob_id).unlink(missing_ok=True)
                raise
            else:
                if sha256_of(self.cache.partial(blob_id)) == blob_id:
                    return self.cache.complete(blob_id)
            # Not the author's bytes: thrown away, never opened, and asked for again.
            self.cache.partial(blob_id).unlink(missing_ok=True)
            if self.on_damaged is not None:
                self.on_damaged(blob_id)
        raise BlobDamagedError()

    def _download(self, blob_id: str, size: int, progress: ProgressFn | None) -> None:
        partial = self.cache.partial(blob_id)
        fd = open_private(partial, os.O_RDWR | os.O_CREAT)
        with os.fdopen(fd, "r+b") as fh:
            offset = fh.seek(0, os.SEEK_END)
            if offset > size:
                fh.truncate(0)
                offset = 0
            while offset < size:
                if progress is not None:
                    progress(offset, size)
                if self.should_stop():
                    fh.flush()
                    raise FetchStoppedError()
                try:
                    start, data = self._request(blob_id, offset, size)
                except SyncError as exc:
                    fh.flush()
                    self._wait_before_retry(exc)
                    continue
                self.backoff.reset()
                if start != offset:
                    fh.truncate(start)
                fh.seek(start)
                fh.write(data)
                offset = start + len(data)
            fh.flush()
            os.fsync(fh.fileno())
        if progress is not None:
            progress(size, size)

    def _wait_before_retry(self, exc: SyncError) -> None:
        """A dropped connection or a busy server: try the same range again a few times,
        after a jittered wait (``should_stop`` still heard); otherwise ``exc`` stands, and the
        partial file waits for the next call."""
        waiting_for_author = isinstance(exc, BlobNotUploadedError)
        if not exc.transient or waiting_for_author or self.backoff.attempt >= TRANSIENT_RETRIES:
            raise exc
        deadline = time.monotonic() + self.backoff.next_delay(exc.retry_after)
        while time.monotonic() < deadline:
            if self.should_stop():
                raise FetchStoppedError() from exc
            time.sleep(min(0.1, max(0.0, deadline - time.monotonic())))

    def _request(self, blob_id: str, offset: int, size: int) -> tuple[int, bytes]:
        """(where the bytes go, the bytes) for the next range from ``offset``."""
        end = min(size, offset + self.request_size) - 1
        started = time.monotonic()
        try:
            response = self.transport.request(
                "GET",
                f"/v1/blobs/{blob_id}",
                headers={"Range": f"bytes={offset}-{end}"},
                ok=(200, 206),
            )
        except SyncError as exc:
            if exc.status == 404:
                raise BlobUnavailableError() from exc
            if exc.status == 409 and exc.server_code == "blob_incomplete":
                raise BlobNotUploadedError() from exc
            if exc.status == 416:
                raise _NotThisBlob() from exc  # shorter than the size the author signed
            raise
        body = response.body
        self.bytes_received += len(body)
        if response.status == 200:
            # The whole blob (a proxy that dropped the Range header): keep what fits.
            return 0, body[:size]
        match = _CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
        if match is None:
            raise SyncError()
        if int(match.group(1)) != offset or match.group(3) != str(size) or not body:
            raise _NotThisBlob()
        self._adapt(len(body), time.monotonic() - started)
        return offset, body[: size - offset]

    def _adapt(self, nbytes: int, seconds: float) -> None:
        if seconds <= 0 or nbytes < self.request_size:
            return
        wanted = int(nbytes / seconds * TARGET_SECONDS) // GRID * GRID
        self.request_size = max(GRID, min(MAX_REQUEST, wanted))
