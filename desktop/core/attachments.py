"""AttachmentService: files encrypted into ``blobs/`` in the wire format, never stored plain.

A blob is written under a temporary name inside ``blobs/`` (only ciphertext ever touches the
disk) and renamed to its id, the SHA-256 of the ciphertext, once complete. Its random key
lives in the attachment's record inside the encrypted database. Thumbnails are made from the
source file in memory and kept in the database.
"""

from __future__ import annotations

import base64
import io
import os
import secrets
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.database import Database, utc_now
from desktop.core.errors import AttachmentError, NotFoundError, TransitionError
from desktop.core.model import EDITABLE_STATUSES, AttachmentRef, Status
from desktop.core.paths import fsync_dir, open_private
from desktop.core.sniff import HEAD_BYTES, sniff
from protocol.blob import decrypt_stream, encrypt_stream, iter_decrypt
from protocol.encoding import canonical_json
from protocol.errors import BlobError

if TYPE_CHECKING:
    from desktop.core.observations import ObservationService

THUMBNAIL_PX = 256
#: Larger images are not thumbnailed (decompression bombs; phones make ~50 MP at most).
MAX_THUMBNAIL_SOURCE_PIXELS = 120_000_000
TMP_PREFIX = ".tmp-"
MAX_READ_BYTES = 64 * 1024 * 1024


def make_thumbnail(path: Path) -> bytes | None:
    """A PNG ≤ 256 px made in memory, or None if the file is not an image Pillow reads."""
    from PIL import Image, ImageOps

    try:
        with Image.open(path) as img:
            if img.width * img.height > MAX_THUMBNAIL_SOURCE_PIXELS:
                return None
            img.draft("RGB", (THUMBNAIL_PX * 2, THUMBNAIL_PX * 2))  # JPEG: decode smaller
            small = ImageOps.exif_transpose(img) or img
            small.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX))
            if small.mode not in ("RGB", "RGBA", "L", "LA"):
                small = small.convert("RGBA")
            out = io.BytesIO()
            small.save(out, format="PNG", optimize=True)
            return out.getvalue()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None


def write_received_rows(conn: Any, pk: int, refs: list[AttachmentRef]) -> None:
    """See :meth:`AttachmentService.received_rows` (schema migration 20 calls it too)."""
    keep = [r.id for r in refs]
    marks = ",".join("?" * len(keep))
    gone = f"observation_pk = ? AND id NOT IN ({marks})" if keep else "observation_pk = ?"
    conn.execute(
        f"DELETE FROM thumbnails WHERE attachment_id IN (SELECT id FROM attachments WHERE {gone})",
        (pk, *keep),
    )
    conn.execute(f"DELETE FROM attachments WHERE {gone}", (pk, *keep))
    conn.executemany(
        "INSERT INTO attachments (id, observation_pk, position, body, blob_id)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET observation_pk ="
        " excluded.observation_pk, position = excluded.position, body = excluded.body,"
        " blob_id = excluded.blob_id",
        [
            (r.id, pk, i, canonical_json(r.to_dict()).decode(), r.blob_id)
            for i, r in enumerate(refs)
        ],
    )


class AttachmentService:
    def __init__(self, database: Database, observations: ObservationService, blobs_dir: Path):
        self._db = database
        self._observations = observations
        self._blobs = blobs_dir
        observations.attach_rows(self)

    def erase_rows(self, conn: Any, pk: int) -> list[str]:
        """The observation service's hook when it deletes draft ``pk``: its attachment
        and thumbnail rows go, inside its transaction; returns the blob ids no record uses
        any more (:meth:`forget_blobs` removes their files after the commit)."""
        blobs = [r[0] for r in conn.execute(
            "SELECT DISTINCT blob_id FROM attachments WHERE observation_pk = ?", (pk,)
        )]  # fmt: skip
        conn.execute(
            "DELETE FROM thumbnails WHERE attachment_id IN"
            " (SELECT id FROM attachments WHERE observation_pk = ?)",
            (pk,),
        )
        conn.execute("DELETE FROM attachments WHERE observation_pk = ?", (pk,))
        return [
            b for b in blobs
            if conn.execute("SELECT 1 FROM attachments WHERE blob_id = ?", (b,)).fetchone()
            is None
        ]  # fmt: skip

    def received_rows(self, conn: Any, pk: int, refs: list[AttachmentRef]) -> None:
        """The observation service's hook when a received record's current revision
        changes: its attachment rows as that revision lists them (the blob files are
        fetched on demand; a row whose file is absent is "not here yet"). Rows of
        attachments the revision no longer holds go, with their thumbnails; those it keeps
        keep theirs."""
        write_received_rows(conn, pk, refs)

    def _blob_path(self, blob_id: str) -> Path:
        return self._blobs / blob_id

    def add(
        self,
        observation_id: str,
        path: str | os.PathLike[str],
        progress: Callable[[int, int], None] | None = None,
        *,
        filename: str | None = None,
    ) -> AttachmentRef:
        """Encrypt ``path`` into the profile and attach it (a new revision of the record).

        ``progress(done_bytes, total_bytes)`` is called after every 256 KiB chunk.
        """
        source = Path(path)
        current = self._observations.get(observation_id)  # NotFoundError before any work
        if Status(current.status) not in EDITABLE_STATUSES:
            raise TransitionError(field="status")
        try:
            total = source.stat().st_size
            with open(source, "rb") as src:
                media_type = sniff(src.read(HEAD_BYTES), source.name)
                src.seek(0)
                key = secrets.token_bytes(32)
                tmp = self._blobs / f"{TMP_PREFIX}{secrets.token_hex(8)}"
                fd = open_private(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
                try:
                    with os.fdopen(fd, "wb") as dst:
                        info = encrypt_stream(
                            src,
                            dst,
                            key,
                            None if progress is None else (lambda done: progress(done, total)),
                        )
                        dst.flush()
                        os.fsync(dst.fileno())
                    final = self._blob_path(info.blob_id)
                    os.replace(tmp, final)
                    fsync_dir(self._blobs)
                except BaseException:
                    tmp.unlink(missing_ok=True)
                    raise
        except OSError as exc:
            raise AttachmentError() from exc
        thumbnail = make_thumbnail(source) if media_type.startswith("image/") else None
        ref = AttachmentRef(
            id=secrets.token_hex(16),
            filename=filename or source.name,
            media_type=media_type,
            size=info.plaintext_size,
            sha256=info.plaintext_sha256,
            blob_id=info.blob_id,
            blob_size=info.size,
            key=base64.urlsafe_b64encode(key).rstrip(b"=").decode("ascii"),
            added_at=utc_now(),
            has_thumbnail=thumbnail is not None,
        )
        try:
            with self._db.transaction() as conn:
                pk = self._observations.record_pk(observation_id)
                (position,) = conn.execute(
                    "SELECT coalesce(max(position), 0) + 1 FROM attachments"
                    " WHERE observation_pk = ?",
                    (pk,),
                ).fetchone()
                conn.execute(
                    "INSERT INTO attachments (id, observation_pk, position, body, blob_id)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (ref.id, pk, position, canonical_json(ref.to_dict()).decode(), ref.blob_id),
                )
                if thumbnail is not None:
                    conn.execute("INSERT INTO thumbnails VALUES (?, ?)", (ref.id, thumbnail))
                self._observations.revise_attachments(observation_id)
        except BaseException:
            self._unlink_if_unreferenced(ref.blob_id)
            raise
        return ref

    def list(self, observation_id: str) -> list[AttachmentRef]:
        return self._observations.attachment_refs(observation_id)

    def get(self, attachment_id: str) -> AttachmentRef:
        row = self._db.one("SELECT body FROM attachments WHERE id = ?", (attachment_id,))
        if row is None:
            raise NotFoundError(field="attachment")
        return AttachmentRef.from_json(row[0])

    def thumbnail(self, attachment_id: str) -> bytes | None:
        row = self._db.one("SELECT png FROM thumbnails WHERE attachment_id = ?", (attachment_id,))
        return None if row is None else bytes(row[0])

    def _key(self, ref: AttachmentRef) -> bytes:
        return base64.urlsafe_b64decode(ref.key + "=" * (-len(ref.key) % 4))

    def read(self, attachment_id: str, max_bytes: int = MAX_READ_BYTES) -> bytes:
        """The plaintext in memory (to show an image or play audio without a temp file)."""
        ref = self.get(attachment_id)
        if ref.size > max_bytes:
            raise AttachmentError(field="size")
        try:
            with open(self._blob_path(ref.blob_id), "rb") as src:
                data = b"".join(iter_decrypt(src, self._key(ref)))
        except (OSError, BlobError) as exc:
            raise AttachmentError() from exc
        return data

    def export(self, attachment_id: str, dest_path: str | os.PathLike[str]) -> Path:
        """Decrypt to ``dest_path`` (a place the user chose); checks blob id and SHA-256."""
        ref = self.get(attachment_id)
        dest = Path(dest_path)
        try:
            with open(self._blob_path(ref.blob_id), "rb") as src:
                fd = open_private(dest)
                try:
                    with os.fdopen(fd, "wb") as dst:
                        digest = decrypt_stream(src, dst, self._key(ref), ref.blob_id)
                    if digest != ref.sha256:
                        raise AttachmentError(field="sha256")
                except BaseException:
                    dest.unlink(missing_ok=True)
                    raise
        except (OSError, BlobError) as exc:
            raise AttachmentError() from exc
        return dest

    def remove(self, attachment_id: str) -> None:
        ref = self.get(attachment_id)
        with self._db.transaction() as conn:
            row = conn.execute(
                "SELECT o.id, o.status FROM attachments a JOIN observations o"
                " ON o.pk = a.observation_pk WHERE a.id = ?",
                (attachment_id,),
            ).fetchone()
            if Status(row[1]) not in EDITABLE_STATUSES:
                raise TransitionError(field="status")
            conn.execute("DELETE FROM thumbnails WHERE attachment_id = ?", (attachment_id,))
            conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
            self._observations.revise_attachments(row[0])
        self._unlink_if_unreferenced(ref.blob_id)

    def forget_blobs(self, blob_ids: Iterable[str]) -> None:
        """Remove the files of blobs no record uses (after ``observations.delete_draft``);
        without the key, erased with the record, what is left on the disk is unreadable."""
        for blob_id in blob_ids:
            self._unlink_if_unreferenced(blob_id)

    def _unlink_if_unreferenced(self, blob_id: str) -> None:
        if self._db.one("SELECT 1 FROM attachments WHERE blob_id = ?", (blob_id,)) is None:
            self._blob_path(blob_id).unlink(missing_ok=True)

    def sweep(self) -> int:
        """Delete leftovers of interrupted work: temp files and blobs no record refers to."""
        if not self._blobs.is_dir():
            return 0
        known = {r[0] for r in self._db.query("SELECT DISTINCT blob_id FROM attachments")}
        removed = 0
        for entry in os.scandir(self._blobs):
            if entry.name.startswith(TMP_PREFIX) or (entry.is_file() and entry.name not in known):
                Path(entry.path).unlink(missing_ok=True)
                removed += 1
        return removed

    def blob_path(self, attachment_id: str) -> Path:
        """Where the encrypted blob lives (for the sync engine's uploads)."""
        return self._blob_path(self.get(attachment_id).blob_id)
