"""Attachment blobs: streaming chunked AES-256-GCM.

Layout: ``MAGIC (4) ‖ nonce prefix (8) ‖ chunk₀ ‖ chunk₁ ‖ …``. Every chunk but the last holds
exactly 256 KiB of plaintext plus a 16-byte tag; the last holds 0…256 KiB. Chunk *i* uses the
nonce ``prefix ‖ i`` (32-bit big-endian) and the associated data ``MAGIC ‖ prefix ‖ final``,
so a chunk that is modified, moved, duplicated or dropped fails to open, and a blob cut at a
chunk boundary is caught because its last chunk was not sealed as final.

The blob id is the SHA-256 of the whole ciphertext file: the same bytes are stored on the
device, sent over the wire and kept by the server, so a file is encrypted once.

Encryption runs the two SHA-256 passes (plaintext hash for the record, blob id) on their own
threads beside the encryption; ``hashlib`` and AES-GCM release the GIL on large buffers, so two
cores work at once. Memory stays bounded by the queue depth, whatever the file size.
"""

from __future__ import annotations

import hashlib
import os
import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from protocol.errors import (
    BlobError,
    BlobIdMismatchError,
    ChunkTamperedError,
    MalformedError,
    TruncatedBlobError,
    UnsupportedVersionError,
)

MAGIC = b"FBB\x01"
PREFIX_LEN = 8
HEADER_LEN = len(MAGIC) + PREFIX_LEN
CHUNK_SIZE = 256 * 1024
TAG_LEN = 16
SEALED_CHUNK = CHUNK_SIZE + TAG_LEN
MAX_CHUNKS = 2**32 - 1
_QUEUE_DEPTH = 8


@dataclass(frozen=True)
class BlobInfo:
    blob_id: str  # SHA-256 of the ciphertext, hex
    size: int  # ciphertext bytes
    plaintext_sha256: str
    plaintext_size: int


def ciphertext_size(plaintext_size: int) -> int:
    """Size of the blob that ``plaintext_size`` bytes encrypt to."""
    chunks = max(1, -(-plaintext_size // CHUNK_SIZE))
    if plaintext_size and plaintext_size % CHUNK_SIZE == 0:
        chunks += 1  # a full last chunk is followed by an empty final chunk
    return HEADER_LEN + plaintext_size + chunks * TAG_LEN


def _nonce(prefix: bytes, index: int) -> bytes:
    if index > MAX_CHUNKS:
        raise BlobError("blob too large")
    return prefix + index.to_bytes(4, "big")


def _aad(prefix: bytes, final: bool) -> bytes:
    return MAGIC + prefix + (b"\x01" if final else b"\x00")


class _Hasher(threading.Thread):
    """SHA-256 over buffers handed to it through a bounded queue."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.queue: queue.Queue[bytes | None] = queue.Queue(_QUEUE_DEPTH)
        self.digest = hashlib.sha256()

    def run(self) -> None:
        while (item := self.queue.get()) is not None:
            self.digest.update(item)

    def finish(self) -> str:
        self.queue.put(None)
        self.join()
        return self.digest.hexdigest()


def _read_full(src: BinaryIO, size: int) -> bytes:
    """Read exactly ``size`` bytes unless the stream ends first (pipes return short reads)."""
    data = src.read(size)
    if len(data) == size or not data:
        return data
    parts = [data]
    remaining = size - len(data)
    while remaining:
        more = src.read(remaining)
        if not more:
            break
        parts.append(more)
        remaining -= len(more)
    return b"".join(parts)


def encrypt_stream(
    src: BinaryIO,
    dst: BinaryIO,
    key: bytes,
    progress: Callable[[int], None] | None = None,
) -> BlobInfo:
    """Encrypt ``src`` into ``dst`` in the blob format; constant memory for any size."""
    if len(key) != 32:
        raise ValueError("blob keys are 32 bytes")
    aead = AESGCM(key)
    prefix = os.urandom(PREFIX_LEN)
    plain_hash, blob_hash = _Hasher(), _Hasher()
    plain_hash.start()
    blob_hash.start()
    try:
        head = MAGIC + prefix
        dst.write(head)
        blob_hash.queue.put(head)
        size = len(head)
        plain_size = 0
        index = 0
        chunk = _read_full(src, CHUNK_SIZE)
        while True:
            # A short chunk is final; a full one is final only if nothing follows it.
            nxt = _read_full(src, CHUNK_SIZE) if len(chunk) == CHUNK_SIZE else b""
            final = len(chunk) < CHUNK_SIZE
            plain_hash.queue.put(chunk)
            sealed = aead.encrypt(_nonce(prefix, index), chunk, _aad(prefix, final))
            dst.write(sealed)
            blob_hash.queue.put(sealed)
            size += len(sealed)
            plain_size += len(chunk)
            index += 1
            if progress is not None:
                progress(plain_size)
            if final:
                break
            chunk = nxt
    finally:
        plain_digest = plain_hash.finish()
        blob_digest = blob_hash.finish()
    return BlobInfo(blob_digest, size, plain_digest, plain_size)


def encrypt_file(
    src_path: str | os.PathLike[str], dst_path: str | os.PathLike[str], key: bytes
) -> BlobInfo:
    with open(src_path, "rb", buffering=0) as src, open(dst_path, "wb") as dst:
        return encrypt_stream(src, dst, key)


def iter_decrypt(src: BinaryIO, key: bytes) -> Iterator[bytes]:
    """Yield plaintext chunks, verifying each; raises a :class:`BlobError` on any damage."""
    if len(key) != 32:
        raise ValueError("blob keys are 32 bytes")
    head = _read_full(src, HEADER_LEN)
    if len(head) < HEADER_LEN:
        raise TruncatedBlobError("blob shorter than its header")
    if head[:3] != MAGIC[:3]:
        raise MalformedError("not a Fieldbook blob")
    if head[:4] != MAGIC:
        raise UnsupportedVersionError(f"blob format version {head[3]} is not supported")
    prefix = head[4:]
    aead = AESGCM(key)
    index = 0
    sealed = _read_full(src, SEALED_CHUNK)
    while True:
        if len(sealed) < TAG_LEN:
            raise TruncatedBlobError("blob ends inside a chunk")
        nxt = _read_full(src, SEALED_CHUNK) if len(sealed) == SEALED_CHUNK else b""
        final = not nxt
        try:
            plain = aead.decrypt(_nonce(prefix, index), sealed, _aad(prefix, final))
        except InvalidTag:
            if final and len(sealed) == SEALED_CHUNK:
                try:
                    aead.decrypt(_nonce(prefix, index), sealed, _aad(prefix, False))
                except InvalidTag:
                    pass
                else:
                    raise TruncatedBlobError("blob was cut after a chunk") from None
            raise ChunkTamperedError(f"chunk {index} was modified, moved or replaced") from None
        if final:
            if len(sealed) < SEALED_CHUNK and src.read(1):
                raise TruncatedBlobError("bytes follow the final chunk")
            yield plain
            return
        yield plain
        index += 1
        sealed = nxt


def decrypt_stream(
    src: BinaryIO, dst: BinaryIO, key: bytes, expected_blob_id: str | None = None
) -> str:
    """Decrypt ``src`` into ``dst``; returns the plaintext SHA-256 (hex).

    With ``expected_blob_id`` the ciphertext is hashed on the way and checked at the end.
    """
    plain = hashlib.sha256()
    if expected_blob_id is None:
        for chunk in iter_decrypt(src, key):
            plain.update(chunk)
            dst.write(chunk)
        return plain.hexdigest()
    tee = _HashingReader(src)
    for chunk in iter_decrypt(tee, key):  # type: ignore[arg-type]
        plain.update(chunk)
        dst.write(chunk)
    if tee.digest.hexdigest() != expected_blob_id:
        raise BlobIdMismatchError("blob does not match its id")
    return plain.hexdigest()


class _HashingReader:
    def __init__(self, src: BinaryIO) -> None:
        self.src = src
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self.src.read(size)
        self.digest.update(data)
        return data


def blob_id_of_file(path: str | os.PathLike[str]) -> str:
    digest = hashlib.sha256()
    with open(path, "rb", buffering=0) as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()
