"""``profile.received_files``: the attachments of a record read on this device — another
device's record fetched on demand, or this device's own — opened in memory (issue 15 item 2).

Where an attachment stands: this device's ``blobs/`` (its own records, blobs a parcel
brought), else the fetched-blob cache (``<data_dir>/fetched/``), else the server, from
which :mod:`desktop.core.sync.blob_download` fetches it resumably into that cache. On the
disk there is only ever the blob's ciphertext, exactly as it travels; its key stays in the
encrypted database. Every read checks the ciphertext's SHA-256 against the blob id from the
author's signed envelope before anything is decrypted: a blob that fails is dropped and
fetched again, and is never shown. The plaintext is then checked against the SHA-256 the
author recorded. Opening never writes plaintext; only :meth:`ReceivedFiles.save_decrypted_copy`
does, to a place the user chose after being told what that means (the UI asks).

The attachment's key and hashes come from the record's ``attachments`` rows (the received
record's body, stored as for an own record), or, for a record only in the inbox, from the
body of its latest received envelope, each entry checked against the blob list of that
envelope's signed header.

Network calls (a blob not fetched yet) must run in a worker; a fetched blob opens offline.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import AttachmentError, NotFoundError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.model import AttachmentRef
from desktop.core.paths import fsync_dir, open_private
from desktop.core.sync.blob_download import (
    DEFAULT_CACHE_LIMIT,
    BlobCache,
    BlobDamagedError,
    BlobDownloader,
    ProgressFn,
    sha256_of,
    valid_blob_id,
)
from protocol.blob import decrypt_stream, iter_decrypt
from protocol.errors import BlobError

if TYPE_CHECKING:
    from desktop.core.profile import Profile
    from desktop.core.sync.transport import Transport

MAX_SHOW_BYTES = 64 * 1024 * 1024
COPY_SUFFIX = ".fieldbook-partial"


class TooLargeToShowError(AttachmentError):
    code = "attachment_too_large"
    default_message = QT_TRANSLATE_NOOP(
        "core", "This file is too large to show here. Save a decrypted copy to open it."
    )


class AttachmentDamagedError(AttachmentError):
    code = "attachment_damaged"
    default_message = QT_TRANSLATE_NOOP(
        "core",
        "The attachment does not open with the key its record holds, or is not the file the "
        "author recorded. It was not shown.",
    )


@dataclass(frozen=True)
class ReceivedAttachment:
    """What a screen lists of an attachment (its key stays in the core)."""

    id: str
    record_id: str
    filename: str
    media_type: str
    size: int
    blob_id: str
    blob_size: int
    fetched: bool

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


def _no_stop() -> bool:
    return False


class ReceivedFiles:
    def __init__(self, profile: Profile, *, cache_limit: int = DEFAULT_CACHE_LIMIT) -> None:
        self._profile = profile
        self.cache = BlobCache(profile.paths.data_dir / "fetched", cache_limit)
        # how to reach the server (tests put a transport that misbehaves here)
        self.transport_factory: Callable[..., Transport] | None = None
        # attachments known only from the inbox, by id (see :meth:`_from_inbox`)
        self._inbox_refs: dict[str, AttachmentRef] = {}
        self._swept = False

    # -- listing ---------------------------------------------------------------------------
    def attachments_of(self, record_id: str) -> list[ReceivedAttachment]:
        """The record's attachments in order; raises :class:`NotFoundError`."""
        return [self._describe(record_id, ref) for ref in self._refs(record_id)]

    def is_fetched(self, attachment_id: str, *, record_id: str | None = None) -> bool:
        return self._local(self._ref(attachment_id, record_id)) is not None

    def _describe(self, record_id: str, ref: AttachmentRef) -> ReceivedAttachment:
        return ReceivedAttachment(
            ref.id, record_id, ref.filename, ref.media_type, ref.size, ref.blob_id,
            ref.blob_size, self._local(ref) is not None,
        )  # fmt: skip

    def _refs(self, record_id: str) -> list[AttachmentRef]:
        observations = self._profile.observations
        exists = observations.exists(record_id)
        refs = observations.attachment_refs(record_id) if exists else []
        if refs:
            return refs
        from_inbox = self._from_inbox(record_id)
        if from_inbox is None and not exists:
            raise NotFoundError(field="id")
        return from_inbox or []

    def _from_inbox(self, record_id: str) -> list[AttachmentRef] | None:
        """The attachments of the record's latest received revision; None: not received."""
        row = self._profile.database.one(
            "SELECT body, blobs FROM inbox WHERE record_id = ? AND kind = 'observation'"
            " AND author != ? ORDER BY rev DESC, server_seq DESC LIMIT 1",
            (record_id, self._profile.device_id),
        )
        if row is None:
            return None
        body, header_blobs = json.loads(row[0]), json.loads(row[1])
        signed = {(str(b.get("id")), int(b.get("size", -1))) for b in header_blobs}
        refs = []
        for entry in body.get("attachments", []) if isinstance(body, dict) else []:
            try:
                ref = AttachmentRef.from_json(json.dumps(entry))
            except (TypeError, ValueError, AttributeError):
                continue
            # The body names the key; the header, which the server checked, names the blob.
            if (ref.blob_id, ref.blob_size) not in signed or not valid_blob_id(ref.blob_id):
                continue
            self._inbox_refs[ref.id] = ref
            refs.append(ref)
        return refs

    def _ref(self, attachment_id: str, record_id: str | None) -> AttachmentRef:
        try:
            return self._profile.attachments.get(attachment_id)
        except NotFoundError:
            pass
        if attachment_id not in self._inbox_refs and record_id is not None:
            self._refs(record_id)
        ref = self._inbox_refs.get(attachment_id)
        if ref is None:
            raise NotFoundError(field="attachment")
        return ref

    # -- where the ciphertext is -----------------------------------------------------------
    def _local(self, ref: AttachmentRef) -> Path | None:
        if not valid_blob_id(ref.blob_id):
            return None
        own = self._profile.paths.blobs_dir / ref.blob_id
        if own.is_file():
            return own
        return self.cache.path(ref.blob_id) if self.cache.has(ref.blob_id) else None

    def _verified(
        self,
        ref: AttachmentRef,
        progress: ProgressFn | None,
        should_stop: Callable[[], bool],
        read: bool,
    ) -> tuple[Path, bytes | None]:
        """A copy of the ciphertext whose SHA-256 is the blob id (and its bytes if ``read``),
        fetched if there is none yet."""
        if not valid_blob_id(ref.blob_id):
            raise AttachmentDamagedError()
        if not self._swept:
            self._swept = True
            self.cache.sweep()
        own = self._profile.paths.blobs_dir / ref.blob_id
        if own.is_file():
            ok, data = _check(own, ref.blob_id, read)
            if ok:
                return own, data
        for _attempt in range(2):
            with self.cache.lock_for(ref.blob_id):
                if not self.cache.has(ref.blob_id):
                    self._download(ref, progress, should_stop)
                path = self.cache.path(ref.blob_id)
                ok, data = _check(path, ref.blob_id, read)
                if ok:
                    self.cache.touch(ref.blob_id)
                    if progress is not None:
                        progress(ref.blob_size, ref.blob_size)
                    return path, data
                # changed since it was stored: not shown, fetched again
                self.cache.remove(ref.blob_id)
                self._log_damaged(ref.blob_id)
        raise BlobDamagedError()

    def _download(
        self, ref: AttachmentRef, progress: ProgressFn | None, should_stop: Callable[[], bool]
    ) -> None:
        from desktop.core.sync.context import SyncContext

        context = SyncContext(self._profile, self._profile.sync.store)
        if self.transport_factory is not None:
            context.transport_factory = self.transport_factory
        transport = context.transport()
        try:
            # proves the server (the pinned key) and learns its clock before signing more
            transport.health()
            downloader = BlobDownloader(transport, self.cache, should_stop, self._log_damaged)
            downloader.fetch(ref.blob_id, ref.blob_size, progress)
        finally:
            transport.close()

    def _log_damaged(self, _blob_id: str) -> None:
        self._profile.sync.store.log(
            "error",
            "blob_id_mismatch",
            QT_TRANSLATE_NOOP(
                "core", "An attachment arrived damaged; it was not shown and is fetched again."
            ),
        )

    # -- opening ---------------------------------------------------------------------------
    def download(
        self,
        attachment_id: str,
        progress: ProgressFn | None = None,
        should_stop: Callable[[], bool] = _no_stop,
        *,
        record_id: str | None = None,
    ) -> None:
        """Make sure the verified ciphertext is on this device (nothing is decrypted)."""
        self._verified(self._ref(attachment_id, record_id), progress, should_stop, read=False)

    def fetch(
        self,
        attachment_id: str,
        progress: ProgressFn | None = None,
        should_stop: Callable[[], bool] = _no_stop,
        *,
        record_id: str | None = None,
        max_bytes: int = MAX_SHOW_BYTES,
    ) -> bytes:
        """The plaintext, in memory only (to show it). ``progress(done, total)`` counts
        ciphertext bytes; ``should_stop`` is asked between requests (then
        :class:`FetchStoppedError`, and the next call resumes)."""
        ref = self._ref(attachment_id, record_id)
        if ref.size > max_bytes:
            raise TooLargeToShowError(field="size")
        _path, data = self._verified(ref, progress, should_stop, read=True)
        assert data is not None
        try:
            plain = b"".join(iter_decrypt(io.BytesIO(data), _key(ref)))
        except BlobError as exc:
            raise AttachmentDamagedError() from exc
        if hashlib.sha256(plain).hexdigest() != ref.sha256:
            raise AttachmentDamagedError(field="sha256")
        return plain

    def save_decrypted_copy(
        self,
        attachment_id: str,
        dest: str | os.PathLike[str],
        progress: ProgressFn | None = None,
        should_stop: Callable[[], bool] = _no_stop,
        *,
        record_id: str | None = None,
    ) -> Path:
        """Write the plaintext to ``dest`` (a place the user chose, told that the copy is
        not encrypted). Written beside it under a temporary name and renamed when complete
        and verified; on any failure nothing is left and an existing ``dest`` is untouched."""
        ref = self._ref(attachment_id, record_id)
        path, _ = self._verified(ref, progress, should_stop, read=False)
        target = Path(dest)
        partial = target.with_name("." + target.name + COPY_SUFFIX)
        try:
            with open(path, "rb") as src:
                fd = open_private(partial)
                try:
                    with os.fdopen(fd, "wb") as dst:
                        digest = decrypt_stream(src, dst, _key(ref), ref.blob_id)
                        dst.flush()
                        os.fsync(dst.fileno())
                    if digest != ref.sha256:
                        raise AttachmentDamagedError(field="sha256")
                    os.replace(partial, target)
                except BaseException:
                    partial.unlink(missing_ok=True)
                    raise
        except BlobError as exc:
            raise AttachmentDamagedError() from exc
        except OSError as exc:
            raise AttachmentError() from exc
        fsync_dir(target.parent)
        return target

    # -- upkeep ----------------------------------------------------------------------------
    def forget_cache(self) -> int:
        """Erase every fetched blob (they are fetched again when opened)."""
        return self.cache.clear()

    def sweep(self) -> int:
        """Drop stale partial downloads and fit the cache to its limit."""
        return self.cache.sweep()


def _check(path: Path, blob_id: str, read: bool) -> tuple[bool, bytes | None]:
    try:
        if read:
            data = path.read_bytes()
            return hashlib.sha256(data).hexdigest() == blob_id, data
        return sha256_of(path) == blob_id, None
    except OSError:
        return False, None


def _key(ref: AttachmentRef) -> bytes:
    try:
        key = base64.urlsafe_b64decode(ref.key + "=" * (-len(ref.key) % 4))
    except (binascii.Error, ValueError) as exc:
        raise AttachmentDamagedError(field="key") from exc
    if len(key) != 32:
        raise AttachmentDamagedError(field="key")
    return key
