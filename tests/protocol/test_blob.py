from __future__ import annotations

import io
import os
import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from protocol.blob import (
    CHUNK_SIZE,
    HEADER_LEN,
    SEALED_CHUNK,
    ciphertext_size,
    decrypt_stream,
    encrypt_file,
    encrypt_stream,
)
from protocol.errors import (
    BlobError,
    BlobIdMismatchError,
    ChunkTamperedError,
    MalformedError,
    TruncatedBlobError,
    UnsupportedVersionError,
)

KEY = bytes(range(32))


def encrypt(data: bytes) -> bytes:
    out = io.BytesIO()
    encrypt_stream(io.BytesIO(data), out, KEY)
    return out.getvalue()


def decrypt(blob: bytes, key: bytes = KEY) -> bytes:
    out = io.BytesIO()
    decrypt_stream(io.BytesIO(blob), out, key)
    return out.getvalue()


def chunks(blob: bytes) -> tuple[bytes, list[bytes]]:
    body = blob[HEADER_LEN:]
    return blob[:HEADER_LEN], [
        body[i : i + SEALED_CHUNK] for i in range(0, len(body), SEALED_CHUNK)
    ]


@pytest.mark.parametrize(
    "size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE, 3 * CHUNK_SIZE + 17]
)
def test_round_trip_sizes(size: int) -> None:
    data = os.urandom(size)
    out = io.BytesIO()
    info = encrypt_stream(io.BytesIO(data), out, KEY)
    blob = out.getvalue()
    assert info.size == len(blob) == ciphertext_size(size)
    assert info.plaintext_size == size
    import hashlib

    assert info.blob_id == hashlib.sha256(blob).hexdigest()
    assert info.plaintext_sha256 == hashlib.sha256(data).hexdigest()
    plain = io.BytesIO()
    assert decrypt_stream(io.BytesIO(blob), plain, KEY, info.blob_id) == info.plaintext_sha256
    assert plain.getvalue() == data


@settings(max_examples=25, deadline=None)
@given(st.binary(max_size=3000))
def test_property_round_trip(data: bytes) -> None:
    assert decrypt(encrypt(data)) == data


def test_same_plaintext_encrypts_differently() -> None:
    assert encrypt(b"x" * 100) != encrypt(b"x" * 100)


def test_wrong_key() -> None:
    with pytest.raises(ChunkTamperedError):
        decrypt(encrypt(b"hello"), key=bytes(32))


DATA = os.urandom(3 * CHUNK_SIZE + 100)


@pytest.fixture(scope="module")
def blob() -> bytes:
    return encrypt(DATA)


def test_flipped_bit_in_any_chunk(blob: bytes) -> None:
    for pos in (HEADER_LEN + 5, HEADER_LEN + SEALED_CHUNK + 7, len(blob) - 1):
        bad = bytearray(blob)
        bad[pos] ^= 0x10
        with pytest.raises(ChunkTamperedError):
            decrypt(bytes(bad))


def test_flipped_prefix_bit(blob: bytes) -> None:
    bad = bytearray(blob)
    bad[6] ^= 1
    with pytest.raises(ChunkTamperedError):
        decrypt(bytes(bad))


def test_reordered_chunks(blob: bytes) -> None:
    head, parts = chunks(blob)
    parts[0], parts[1] = parts[1], parts[0]
    with pytest.raises(ChunkTamperedError):
        decrypt(head + b"".join(parts))


def test_duplicated_chunk(blob: bytes) -> None:
    head, parts = chunks(blob)
    with pytest.raises(ChunkTamperedError):
        decrypt(head + b"".join([parts[0], parts[0], *parts[1:]]))


def test_dropped_middle_chunk(blob: bytes) -> None:
    head, parts = chunks(blob)
    with pytest.raises(ChunkTamperedError):
        decrypt(head + b"".join([parts[0], *parts[2:]]))


def test_dropped_final_chunk_is_truncation(blob: bytes) -> None:
    head, parts = chunks(blob)
    with pytest.raises(TruncatedBlobError):
        decrypt(head + b"".join(parts[:-1]))


def test_cut_inside_a_chunk(blob: bytes) -> None:
    with pytest.raises(BlobError):
        decrypt(blob[: HEADER_LEN + SEALED_CHUNK + 100])
    with pytest.raises(TruncatedBlobError):
        decrypt(blob[: HEADER_LEN + 3])


def test_bytes_after_final_chunk(blob: bytes) -> None:
    with pytest.raises(BlobError):
        decrypt(blob + b"extra")


def test_empty_final_chunk_cannot_be_dropped() -> None:
    exact = encrypt(os.urandom(CHUNK_SIZE))
    with pytest.raises(TruncatedBlobError):
        decrypt(exact[: HEADER_LEN + SEALED_CHUNK])


def test_not_a_blob_and_wrong_version() -> None:
    with pytest.raises(MalformedError):
        decrypt(b"PNG\x00" + bytes(40))
    good = encrypt(b"abc")
    with pytest.raises(UnsupportedVersionError):
        decrypt(good[:3] + b"\x09" + good[4:])


def test_blob_id_is_checked(blob: bytes) -> None:
    with pytest.raises(BlobIdMismatchError):
        decrypt_stream(io.BytesIO(blob), io.BytesIO(), KEY, "00" * 32)


class _Zeros(io.RawIOBase):
    """A readable stream of ``size`` zero bytes that never exists in memory at once."""

    def __init__(self, size: int) -> None:
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray) -> int:  # type: ignore[override]
        n = min(len(b), self.left)
        b[:n] = bytes(n)
        self.left -= n
        return n


class _Sink(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, b: bytes) -> int:  # type: ignore[override]
        return len(b)


def test_memory_does_not_grow_with_size() -> None:
    peaks = []
    for size in (40 * CHUNK_SIZE, 400 * CHUNK_SIZE):
        tracemalloc.start()
        encrypt_stream(io.BufferedReader(_Zeros(size)), _Sink(), KEY)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    assert peaks[1] < 8 * 1024 * 1024
    assert peaks[1] < peaks[0] * 1.2 + 512 * 1024


def test_encrypt_file(tmp_path: os.PathLike[str]) -> None:
    from pathlib import Path

    src, dst = Path(tmp_path, "a.bin"), Path(tmp_path, "a.blob")
    src.write_bytes(DATA)
    info = encrypt_file(src, dst, KEY)
    assert dst.stat().st_size == info.size
    assert decrypt(dst.read_bytes()) == DATA
