"""Resumable attachment upload: ask the offset, append from there, smallest blob first.

The request size adapts to the measured throughput so one request takes a few seconds,
within the 256 KiB grid: on a 256 kbit/s line a dropped connection costs at most one 256 KiB
request, on a fast line big requests keep the overhead low.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core.database import Database
from desktop.core.sync.errors import SyncError
from desktop.core.sync.progress import ProgressFn, SyncProgress, SyncSummary
from desktop.core.sync.transport import Transport

GRID = 256 * 1024
MAX_REQUEST = 32 * GRID  # 8 MiB, the server's PATCH limit
TARGET_SECONDS = 3.0
OFFSET_MEDIA_TYPE = "application/offset+octet-stream"


class BlobUploader:
    def __init__(
        self,
        db: Database,
        blobs_dir: Path,
        transport: Transport,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> None:
        self.db = db
        self.blobs_dir = blobs_dir
        self.transport = transport
        self.should_stop = should_stop
        self.request_size = GRID

    def pending(self) -> list[tuple[str, int]]:
        """Blobs whose envelope the server has receipted (it refuses others), smallest first."""
        rows = self.db.query(
            "SELECT b.blob_id, b.size FROM blob_uploads b JOIN outbox o"
            " ON o.envelope_id = b.envelope_id WHERE b.complete = 0 AND o.receipt IS NOT NULL"
            " ORDER BY b.size, b.blob_id"
        )
        return [(str(r[0]), int(r[1])) for r in rows]

    def run(self, summary: SyncSummary, report: ProgressFn) -> None:
        pending = self.pending()
        total = sum(size for _, size in pending)
        done = 0
        for index, (blob_id, size) in enumerate(pending):
            if self.should_stop():
                return
            path = self.blobs_dir / blob_id
            if not path.exists() or path.stat().st_size != size:
                continue  # attachment removed locally before it was sent; nothing to upload

            def progress(offset: int, base: int = done, position: int = index) -> None:
                report(SyncProgress("uploading", position, len(pending), base + offset, total))

            sent = self.upload(blob_id, size, path, progress)
            done += size
            summary.bytes_uploaded += sent
            summary.blobs_uploaded += 1

    def _create(self, blob_id: str, size: int) -> dict[str, Any]:
        state = self.transport.send_json("POST", "/v1/blobs", {"blob_id": blob_id, "size": size})
        if not isinstance(state, dict):
            raise SyncError()
        return state

    def _head_offset(self, blob_id: str) -> int:
        response = self.transport.request("HEAD", f"/v1/blobs/{blob_id}", ok=(200,))
        return int(response.headers.get("Upload-Offset", "0"))

    def upload(self, blob_id: str, size: int, path: Path, progress: Callable[[int], None]) -> int:
        """Upload from the server's offset; returns the bytes sent in this call."""
        state = self._create(blob_id, size)
        offset = int(state.get("offset", 0))
        sent = 0
        restarts = 0
        with open(path, "rb") as fh:
            while not state.get("complete") and not self.should_stop():
                progress(offset)
                fh.seek(offset)
                data = fh.read(min(self.request_size, size - offset))
                started = time.monotonic()
                try:
                    response = self.transport.request(
                        "PATCH",
                        f"/v1/blobs/{blob_id}",
                        data=data,
                        headers={"Upload-Offset": str(offset), "Content-Type": OFFSET_MEDIA_TYPE},
                        ok=(200, 204),
                    )
                except SyncError as exc:
                    if exc.status == 409 and exc.server_code == "offset_mismatch":
                        offset = self._head_offset(blob_id)
                        continue
                    if exc.status == 422 and exc.server_code == "blob_id_mismatch":
                        # The server discarded a corrupted upload; start over, but not forever.
                        restarts += 1
                        if restarts > 2:
                            raise
                        state = self._create(blob_id, size)
                        offset = int(state.get("offset", 0))
                        continue
                    raise
                sent += len(data)
                self._adapt(len(data), time.monotonic() - started)
                state = response.json()
                offset = int(state.get("offset", offset + len(data)))
                self.db.execute(
                    "UPDATE blob_uploads SET offset = ? WHERE blob_id = ?", (offset, blob_id)
                )
        if state.get("complete"):
            self.db.execute(
                "UPDATE blob_uploads SET complete = 1, offset = size WHERE blob_id = ?",
                (blob_id,),
            )
            progress(size)
        return sent

    def _adapt(self, nbytes: int, seconds: float) -> None:
        if seconds <= 0 or nbytes < self.request_size:
            return
        rate = nbytes / seconds
        wanted = int(rate * TARGET_SECONDS) // GRID * GRID
        self.request_size = max(GRID, min(MAX_REQUEST, wanted))
