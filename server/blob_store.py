"""Attachment blobs on disk: resumable uploads (``partial/<id>``) and verified blobs
(``blobs/<aa>/<id>``), with their state in the ``blobs`` table.

The upload offset is what is both fsynced in the partial file and recorded in the database:
data is written and fsynced first, then the offset is recorded, so after a crash the smaller
of the two is the truth and any tail beyond it is cut off. Appends to one blob are serialised
(a lock per blob in this process, plus a PostgreSQL advisory lock across processes): only one
append at a given offset can win.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from server import schema
from server.clock import now_ms
from server.database import Database
from server.errors import ApiError

BLOB_ID = re.compile(r"^[0-9a-f]{64}$")
_STRIPES = 64


def check_blob_id(blob_id: str) -> str:
    if not BLOB_ID.fullmatch(blob_id):
        raise ApiError(422, "bad_blob_id", "a blob id is 64 lowercase hex digits")
    return blob_id


@dataclass(frozen=True)
class BlobState:
    blob_id: str
    size: int
    offset: int
    complete: bool

    def to_json(self) -> dict[str, object]:
        return {
            "blob_id": self.blob_id,
            "size": self.size,
            "offset": self.offset,
            "complete": self.complete,
        }


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class BlobStore:
    def __init__(self, root: Path, db: Database) -> None:
        self.root = root
        self.db = db
        self._stripes = [threading.Lock() for _ in range(_STRIPES)]
        self._last_expiry = 0.0

    # -- paths -----------------------------------------------------------------------------
    def partial_path(self, blob_id: str) -> Path:
        return self.root / "partial" / check_blob_id(blob_id)

    def final_path(self, blob_id: str) -> Path:
        check_blob_id(blob_id)
        return self.root / "blobs" / blob_id[:2] / blob_id

    # -- locking ---------------------------------------------------------------------------
    @contextmanager
    def exclusive(self, blob_id: str) -> Iterator[None]:
        with self._stripes[int(blob_id[:4], 16) % _STRIPES]:
            if self.db.is_sqlite:
                yield
                return
            with self.db.engine.begin() as conn:
                conn.execute(
                    text("SELECT pg_advisory_xact_lock(:k)"),
                    {"k": int(blob_id[:15], 16)},
                )
                yield

    # -- state -----------------------------------------------------------------------------
    def state(self, blob_id: str) -> BlobState | None:
        """Current state, reconciling the database with the partial file (call locked)."""
        b = schema.blobs
        with self.db.read() as conn:
            row = conn.execute(
                select(b.c.size, b.c.received, b.c.complete).where(b.c.blob_id == blob_id)
            ).first()
        if row is None:
            return None
        size, received = int(row.size), int(row.received)
        if row.complete:
            return BlobState(blob_id, size, size, True)
        if self.final_path(blob_id).exists():
            # crashed after the verified file was moved into place, before the row said so
            self._mark_complete(blob_id)
            return BlobState(blob_id, size, size, True)
        partial = self.partial_path(blob_id)
        try:
            on_disk = partial.stat().st_size
        except FileNotFoundError:
            partial.touch(mode=0o600)
            on_disk = 0
        offset = min(on_disk, received)
        if on_disk > offset:
            os.truncate(partial, offset)
        if offset != received:
            with self.db.write() as conn:
                conn.execute(update(b).where(b.c.blob_id == blob_id).values(received=offset))
        return BlobState(blob_id, size, offset, False)

    def uploaded_by(self, uploader: str) -> int:
        """Bytes a device holds here (its quota's use): its attachments, finished or being
        uploaded, and the envelopes it wrote."""
        b, d = schema.blobs, schema.devices
        with self.db.read() as conn:
            blobs = conn.execute(
                select(func.coalesce(func.sum(b.c.size), 0)).where(b.c.uploader == uploader)
            ).scalar_one()
            envelopes = conn.execute(
                select(d.c.envelope_bytes).where(d.c.device_id == uploader)
            ).scalar()
        return int(blobs) + int(envelopes or 0)

    def expire_partials(self, max_age_s: float, now: float | None = None) -> int:
        """Forget uploads nobody has added to for ``max_age_s`` (their device was lost, or
        the upload was started only to take space); returns how many. The device that owns
        the record starts again from 0 if it ever comes back."""
        current = time.time() if now is None else now
        self._last_expiry = current
        b = schema.blobs
        with self.db.read() as conn:
            rows = conn.execute(
                select(b.c.blob_id, b.c.created_ms).where(b.c.complete.is_(False))
            ).all()
        expired = 0
        for row in rows:
            blob_id = str(row.blob_id)
            partial = self.partial_path(blob_id)
            try:
                touched = partial.stat().st_mtime
            except FileNotFoundError:
                touched = int(row.created_ms) / 1000
            if current - touched <= max_age_s:
                continue
            with self.exclusive(blob_id):
                with self.db.write() as conn:
                    gone = conn.execute(
                        delete(b).where(b.c.blob_id == blob_id, b.c.complete.is_(False))
                    ).rowcount
                if gone:
                    partial.unlink(missing_ok=True)
                    expired += 1
        return expired

    def expire_partials_now_and_then(self, max_age_s: float) -> None:
        """At most every minute (or every half expiry, when that is shorter)."""
        if time.time() - self._last_expiry >= min(60.0, max_age_s / 2):
            self.expire_partials(max_age_s)

    def create(
        self, blob_id: str, size: int, uploader: str, quota_bytes: int | None = None
    ) -> tuple[BlobState, bool]:
        """Start an upload (or report the existing one). Returns (state, created). A new
        upload past the uploader's ``quota_bytes`` is refused (507 ``quota_exceeded``)."""
        with self.exclusive(blob_id):
            existing = self.state(blob_id)
            if existing is not None:
                if existing.size != size:
                    raise ApiError(
                        409,
                        "blob_size_conflict",
                        f"an upload of this blob with size {existing.size} exists",
                        size=existing.size,
                    )
                return existing, False
            if quota_bytes is not None and self.uploaded_by(uploader) + size > quota_bytes:
                raise ApiError(
                    507,
                    "quota_exceeded",
                    "this device's storage on the server is full; ask the server operator",
                    quota=quota_bytes,
                )
            partial = self.partial_path(blob_id)
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.close(fd)
            try:
                with self.db.write() as conn:
                    conn.execute(
                        insert(schema.blobs).values(
                            blob_id=blob_id,
                            size=size,
                            received=0,
                            complete=False,
                            uploader=uploader,
                            created_ms=now_ms(),
                        )
                    )
            except IntegrityError:  # another server process created it meanwhile
                current = self.state(blob_id)
                assert current is not None
                return current, False
            if size == 0:
                return self._finish(blob_id, 0), True
            return BlobState(blob_id, size, 0, False), True

    def append(self, blob_id: str, offset: int, data: bytes) -> BlobState:
        with self.exclusive(blob_id):
            current = self.state(blob_id)
            if current is None:
                raise ApiError(404, "blob_unknown", "no upload of this blob: POST /v1/blobs first")
            if current.complete:
                return current
            if offset != current.offset:
                raise ApiError(
                    409,
                    "offset_mismatch",
                    f"the upload is at offset {current.offset}",
                    offset=current.offset,
                )
            end = offset + len(data)
            if end > current.size:
                raise ApiError(
                    422,
                    "blob_overflow",
                    f"the data goes past the blob's size of {current.size} bytes",
                    offset=current.offset,
                )
            if data:
                with open(self.partial_path(blob_id), "r+b") as fh:
                    fh.seek(offset)
                    fh.write(data)
                    fh.flush()
                    os.fsync(fh.fileno())
                b = schema.blobs
                with self.db.write() as conn:
                    conn.execute(update(b).where(b.c.blob_id == blob_id).values(received=end))
            if end == current.size:
                return self._finish(blob_id, end)
            return BlobState(blob_id, current.size, end, False)

    def _finish(self, blob_id: str, size: int) -> BlobState:
        partial = self.partial_path(blob_id)
        digest = hashlib.sha256()
        with open(partial, "rb") as fh:
            while chunk := fh.read(1024 * 1024):
                digest.update(chunk)
        if digest.hexdigest() != blob_id:
            partial.unlink(missing_ok=True)
            with self.db.write() as conn:
                conn.execute(delete(schema.blobs).where(schema.blobs.c.blob_id == blob_id))
            raise ApiError(
                422,
                "blob_id_mismatch",
                "the uploaded bytes do not hash to the blob id; the upload was discarded, "
                "start again at offset 0",
            )
        final = self.final_path(blob_id)
        final.parent.mkdir(exist_ok=True, mode=0o700)
        os.replace(partial, final)
        _fsync_dir(final.parent)
        self._mark_complete(blob_id)
        return BlobState(blob_id, size, size, True)

    def _mark_complete(self, blob_id: str) -> None:
        b = schema.blobs
        with self.db.write() as conn:
            conn.execute(
                update(b)
                .where(b.c.blob_id == blob_id)
                .values(complete=True, received=b.c.size, completed_ms=now_ms())
            )

    def usage_bytes(self) -> int:
        total = 0
        for dirpath, _dirs, files in os.walk(self.root):
            for name in files:
                with suppress(FileNotFoundError):
                    total += os.stat(os.path.join(dirpath, name)).st_size
        return total
