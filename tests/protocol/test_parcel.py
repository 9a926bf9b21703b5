from __future__ import annotations

import hashlib
import io
import os
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from protocol.keys import SigningKey
from protocol.parcel import (
    BLOB_FRAME_DATA,
    KIND_BLOB,
    KIND_ENVELOPE,
    KIND_HEADER,
    KIND_ITEM,
    MIN_BUCKET,
    BlobPiece,
    ForeignParcelError,
    ParcelError,
    ParcelWriter,
    bucket_size,
    iter_frames,
    verify_parcel,
)

NETWORK = "ab" * 16
MAKER = SigningKey.from_bytes(bytes(range(32)))


def make(
    *,
    items: list[dict[str, Any]] | None = None,
    envelopes: list[bytes] | None = None,
    blob: bytes = b"",
    maker: SigningKey = MAKER,
    network: str = NETWORK,
) -> bytes:
    out = io.BytesIO()
    writer = ParcelWriter(out, maker, network=network, created=1_700_000_000)
    for item in items or [{"type": "proof", "device": "d1"}]:
        writer.add_item(item)
    for wire in envelopes if envelopes is not None else [b'{"envelope": 1}', b'{"envelope": 2}']:
        writer.add_envelope(wire)
    if blob:
        blob_id = hashlib.sha256(blob).hexdigest()
        for offset in range(0, len(blob), BLOB_FRAME_DATA):
            writer.add_blob_piece(
                blob_id, len(blob), offset, blob[offset : offset + BLOB_FRAME_DATA]
            )
    size = writer.finish()
    data = out.getvalue()
    assert size == len(data)
    return data


def frames(data: bytes, network: str | None = NETWORK) -> list[tuple[int, Any]]:
    return list(iter_frames(io.BytesIO(data), network=network))


def test_round_trip_keeps_every_frame_in_order() -> None:
    blob = os.urandom(BLOB_FRAME_DATA + 1000)
    got = frames(make(blob=blob))
    kinds = [kind for kind, _ in got]
    assert kinds == [KIND_HEADER, KIND_ITEM, KIND_ENVELOPE, KIND_ENVELOPE, KIND_BLOB, KIND_BLOB]
    header = got[0][1]
    assert header.network == NETWORK and header.maker_key == MAKER.public and header.part == 1
    assert got[1][1] == {"type": "proof", "device": "d1"}
    assert got[2][1] == b'{"envelope": 1}'
    pieces: list[BlobPiece] = [value for kind, value in got if kind == KIND_BLOB]
    assert b"".join(p.data for p in pieces) == blob
    assert pieces[1].offset == BLOB_FRAME_DATA
    assert pieces[0].blob_id == hashlib.sha256(blob).hexdigest()


def test_size_is_a_bucket_whatever_the_content() -> None:
    small = make(envelopes=[b"x"])
    larger = make(envelopes=[b"x" * 30_000])
    assert len(small) == len(larger) == MIN_BUCKET
    assert len(make(envelopes=[b"x" * 70_000])) == MIN_BUCKET * 3 // 2


@given(st.integers(min_value=0, max_value=2**34))
def test_bucket_holds_the_size_and_wastes_under_half(size: int) -> None:
    bucket = bucket_size(size)
    assert bucket >= size
    assert bucket == MIN_BUCKET or bucket < size * 1.5 + 1


def test_every_region_flipped_is_refused(tmp_path: Path) -> None:
    """A flipped byte in the magic, header, an item, an envelope, a blob piece, the padding
    or the end: the one streaming pass refuses each."""
    data = make(blob=os.urandom(5000))
    path = tmp_path / "p"
    path.write_bytes(data)
    assert verify_parcel(path, network=NETWORK).maker_key == MAKER.public
    step = max(1, len(data) // 4000)
    offsets = sorted(
        {*range(0, 400), *range(0, len(data), step), *range(len(data) - 120, len(data))}
    )
    for offset in offsets:
        damaged = bytearray(data)
        damaged[offset] ^= 0x01
        path.write_bytes(bytes(damaged))
        with pytest.raises(ParcelError):
            verify_parcel(path, network=NETWORK)


@pytest.mark.parametrize("cut", [0, 5, 9, 40, -1, -104, -200])
def test_truncated_parcel_is_refused(tmp_path: Path, cut: int) -> None:
    data = make()
    path = tmp_path / "p"
    path.write_bytes(data[:cut])
    with pytest.raises(ParcelError):
        verify_parcel(path)


def test_trailing_data_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p"
    path.write_bytes(make() + b"\x00")
    with pytest.raises(ParcelError, match="after"):
        verify_parcel(path)


def test_other_network_is_refused_at_the_header() -> None:
    with pytest.raises(ForeignParcelError):
        frames(make(network="cd" * 16))


def test_a_parcel_resigned_by_someone_else_names_them_not_the_maker() -> None:
    """The signature binds the maker key in the header: whoever re-signs must put their own
    key there, and the receiver decides whether it trusts that key."""
    stranger = SigningKey.generate()
    header = frames(make(maker=stranger))[0][1]
    assert header.maker_key == stranger.public != MAKER.public


def test_an_end_signed_by_another_key_is_refused() -> None:
    data = bytearray(make())
    stranger = SigningKey.generate()
    # Keep digest and count, swap in a signature by a key the header does not name.
    from protocol.parcel import _END, _end_message

    digest, count, _ = _END.unpack(bytes(data[-_END.size :]))
    data[-_END.size :] = _END.pack(digest, count, stranger.sign(_end_message(digest, count)))
    with pytest.raises(ParcelError, match="signature"):
        frames(bytes(data))


def test_split_parts_stay_under_the_limit() -> None:
    limit = 256 * 1024
    out = io.BytesIO()
    writer = ParcelWriter(out, MAKER, network=NETWORK, max_size=limit)
    blob = os.urandom(200 * 1024)
    writer.add_blob_piece(hashlib.sha256(blob).hexdigest(), len(blob), 0, blob)
    room = writer.room()
    assert room is not None and room < 64 * 1024
    with pytest.raises(ValueError):
        writer.add_envelope(b"x" * (room + 1))
    writer.add_envelope(b"x" * room)
    assert writer.finish() == limit == len(out.getvalue())
    assert [k for k, _ in frames(out.getvalue())] == [KIND_HEADER, KIND_BLOB, KIND_ENVELOPE]


def test_reading_is_streamed(tmp_path: Path) -> None:
    """Verifying a 40 MB parcel holds about one frame in memory, not the file."""
    path = tmp_path / "big"
    with open(path, "wb") as out:
        writer = ParcelWriter(out, MAKER, network=NETWORK)
        piece = os.urandom(BLOB_FRAME_DATA)
        size = 40 * BLOB_FRAME_DATA
        blob_id = "00" * 32
        for offset in range(0, size, BLOB_FRAME_DATA):
            writer.add_blob_piece(blob_id, size, offset, piece)
        writer.finish()
    tracemalloc.start()
    verify_parcel(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 8 * BLOB_FRAME_DATA


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_garbage_gives_parcel_errors(raw: bytes) -> None:
    with pytest.raises(ParcelError):
        frames(raw)
    with pytest.raises(ParcelError):
        frames(make()[:60] + raw)
