"""Parcels: sealed envelopes, blobs and receipts in one file, for carrying on a USB stick.

A parcel moves the same bytes that travel over HTTP: envelopes (already signed by their
author and encrypted for the coordinators), attachment blobs (already encrypted) and the
signed statements the receiver needs to check them. A carrier, or anyone who finds the stick,
learns the parcel's bucketed size and nothing else.

Layout: ``MAGIC`` then frames ``kind (1) ‖ length (4, big-endian) ‖ payload``:

- ``HEADER`` (first, once): canonical JSON naming the network (its server key's fingerprint),
  the maker's Ed25519 public key, the parcel set's id and this part's number.
- ``ITEM``: canonical JSON of a signed statement (a device's enrolment proof, a receipt, a
  review's delivery note); what it means is the caller's business.
- ``ENVELOPE``: an envelope's wire bytes.
- ``BLOB``: ``blob id (32) ‖ blob size (8) ‖ offset (8) ‖ bytes``; a blob may be cut over
  several frames and several parts, and the receiver checks its SHA-256 once it is whole.
- ``PADDING``: zeros, so the file's size is one of a few buckets.
- ``END`` (last, once): ``SHA-256 of every byte before it (32) ‖ frame count (8) ‖ Ed25519
  signature by the maker over the domain, the digest and the count (64)``.

Nothing may follow ``END``. The reader refuses a parcel whose frames are out of order,
oversized, truncated, padded with anything but zeros, or whose end does not verify; and
``verify_parcel`` checks all of that in one streaming pass before anything is applied, so a
single flipped byte anywhere changes nothing on the receiving side.
"""

from __future__ import annotations

import hashlib
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from protocol.encoding import b64decode, b64encode, canonical_json, parse_json, require_int
from protocol.errors import MalformedError, ProtocolError, SignatureError
from protocol.keys import SigningKey, device_id, verify_signature
from protocol.version import FORMAT_VERSION

MAGIC = b"FBPARCEL\x01"
KIND_HEADER = 1
KIND_ITEM = 2
KIND_ENVELOPE = 3
KIND_BLOB = 4
KIND_PADDING = 14
KIND_END = 15
_KINDS = {KIND_HEADER, KIND_ITEM, KIND_ENVELOPE, KIND_BLOB, KIND_PADDING, KIND_END}

_FRAME_HEAD = struct.Struct(">BI")
_BLOB_HEAD = struct.Struct(">32sQQ")
_END = struct.Struct(">32sQ64s")
_SIGN_DOMAIN = b"fieldbook-parcel\x00"

MAX_JSON_FRAME = 1024 * 1024
MAX_ENVELOPE_FRAME = 17 * 1024 * 1024
BLOB_FRAME_DATA = 1024 * 1024
MAX_BLOB_FRAME = _BLOB_HEAD.size + BLOB_FRAME_DATA
MAX_PADDING_FRAME = 2**32 - 1
_LIMITS = {
    KIND_HEADER: MAX_JSON_FRAME,
    KIND_ITEM: MAX_JSON_FRAME,
    KIND_ENVELOPE: MAX_ENVELOPE_FRAME,
    KIND_BLOB: MAX_BLOB_FRAME,
    KIND_PADDING: MAX_PADDING_FRAME,
    KIND_END: _END.size,
}
END_FRAME_SIZE = _FRAME_HEAD.size + _END.size
MIN_BUCKET = 64 * 1024
_READ = 1024 * 1024


class ParcelError(ProtocolError):
    """The file is not a whole, untouched parcel."""

    code = "bad_parcel"


class ForeignParcelError(ParcelError):
    """A parcel of another network (another server key)."""

    code = "foreign_parcel"


class TruncatedParcelError(ParcelError):
    """The file ends before the parcel's signed end: a copy cut short."""

    code = "truncated_parcel"


class NotAParcelError(ParcelError):
    """The file does not start as a parcel does."""

    code = "not_a_parcel"


def network_id(server_public: bytes) -> str:
    """A network's name in a parcel: a hash of its server's public key (hex, 32 digits)."""
    return hashlib.sha256(b"fieldbook-network\x00" + server_public).hexdigest()[:32]


def bucket_size(size: int, max_size: int | None = None) -> int:
    """The padded size for ``size`` bytes: 64 KiB, then steps of 2^k and 1.5 * 2^k.

    Half-steps keep the padding under a third of the file while a size still says only its
    order of magnitude. A part never grows past ``max_size``.
    """
    step = MIN_BUCKET
    while True:
        if size <= step:
            bucket = step
            break
        if size <= step + step // 2:
            bucket = step + step // 2
            break
        step *= 2
    if max_size is not None:
        bucket = min(bucket, max_size)
    return max(bucket, size)


@dataclass(frozen=True)
class ParcelHeader:
    network: str  # fingerprint of the server's public key, hex
    maker_key: bytes  # Ed25519 public key of the device that made the parcel
    parcel_id: str  # one id for every part of one parcel, hex
    part: int  # 1, 2, ...
    created: int  # unix seconds

    @property
    def maker(self) -> str:
        return device_id(self.maker_key)

    def to_bytes(self) -> bytes:
        return canonical_json(
            {
                "v": FORMAT_VERSION,
                "network": self.network,
                "maker_key": b64encode(self.maker_key),
                "parcel": self.parcel_id,
                "part": self.part,
                "created": self.created,
            }
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> ParcelHeader:
        obj = _json_object(data)
        if obj.get("v") != FORMAT_VERSION:
            raise ParcelError("unsupported parcel version")
        network = obj.get("network")
        parcel_id = obj.get("parcel")
        if not (isinstance(network, str) and 8 <= len(network) <= 128):
            raise ParcelError("parcel header: bad network")
        if not (isinstance(parcel_id, str) and len(parcel_id) == 32):
            raise ParcelError("parcel header: bad parcel id")
        try:
            return cls(
                network=network,
                maker_key=b64decode(obj.get("maker_key"), length=32, field="maker_key"),
                parcel_id=parcel_id,
                part=require_int(obj, "part", minimum=1),
                created=require_int(obj, "created", minimum=0),
            )
        except MalformedError as exc:
            raise ParcelError(f"parcel header: {exc}") from exc


@dataclass(frozen=True)
class BlobPiece:
    blob_id: str
    blob_size: int
    offset: int
    data: bytes


Frame = tuple[int, Any]


def _json_object(data: bytes) -> dict[str, Any]:
    try:
        obj = parse_json(data)
    except (MalformedError, ValueError) as exc:
        raise ParcelError("a parcel frame is not valid JSON") from exc
    if not isinstance(obj, dict):
        raise ParcelError("a parcel frame is not a JSON object")
    return obj


def _end_message(digest: bytes, count: int) -> bytes:
    return _SIGN_DOMAIN + digest + struct.pack(">Q", count)


class ParcelWriter:
    """Writes one parcel part to ``out``, hashing as it goes; ``finish`` pads and signs.

    ``room`` tells how many more payload bytes fit under ``max_size``, so a caller can start
    a new part before a frame would not fit.
    """

    def __init__(
        self,
        out: BinaryIO,
        maker: SigningKey,
        *,
        network: str,
        parcel_id: str | None = None,
        part: int = 1,
        created: int = 0,
        max_size: int | None = None,
    ) -> None:
        if max_size is not None and max_size < MIN_BUCKET:
            raise ValueError("a parcel part holds at least 64 KiB")
        self._out = out
        self._maker = maker
        self._hash = hashlib.sha256()
        self._count = 0
        self._written = 0
        self._max = max_size
        self.header = ParcelHeader(
            network=network,
            maker_key=maker.public,
            parcel_id=parcel_id or os.urandom(16).hex(),
            part=part,
            created=created,
        )
        self._write(MAGIC)
        self._frame(KIND_HEADER, self.header.to_bytes())

    @property
    def size(self) -> int:
        return self._written

    def room(self) -> int | None:
        """Payload bytes one more frame may hold, keeping space for padding and the end."""
        if self._max is None:
            return None
        reserve = _FRAME_HEAD.size * 2 + _END.size
        return max(0, self._max - self._written - reserve - _FRAME_HEAD.size)

    def _write(self, data: bytes) -> None:
        self._out.write(data)
        self._hash.update(data)
        self._written += len(data)

    def _frame(self, kind: int, payload: bytes) -> None:
        if len(payload) > _LIMITS[kind]:
            raise ValueError("parcel frame too large")
        room = self.room()
        if room is not None and len(payload) > room:
            raise ValueError("the frame does not fit in this part")
        self._write(_FRAME_HEAD.pack(kind, len(payload)))
        self._write(payload)
        self._count += 1

    def _pad(self, size: int) -> None:
        self._write(_FRAME_HEAD.pack(KIND_PADDING, size))
        zeros = bytes(min(size, _READ))
        left = size
        while left:
            step = min(left, len(zeros))
            self._write(zeros[:step])
            left -= step
        self._count += 1

    def add_item(self, item: dict[str, Any]) -> None:
        self._frame(KIND_ITEM, canonical_json(item))

    def add_envelope(self, wire: bytes) -> None:
        self._frame(KIND_ENVELOPE, wire)

    def add_blob_piece(self, blob_id: str, blob_size: int, offset: int, data: bytes) -> None:
        if len(data) > BLOB_FRAME_DATA or offset + len(data) > blob_size:
            raise ValueError("blob piece out of range")
        head = _BLOB_HEAD.pack(bytes.fromhex(blob_id), blob_size, offset)
        self._frame(KIND_BLOB, head + data)

    def finish(self) -> int:
        """Pad to the size bucket, sign, and return the part's size."""
        target = bucket_size(self._written + _FRAME_HEAD.size + END_FRAME_SIZE, self._max)
        padding = target - self._written - _FRAME_HEAD.size - END_FRAME_SIZE
        while True:
            step = min(padding, MAX_PADDING_FRAME)
            self._pad(step)
            padding -= step
            if not padding:
                break
            padding -= _FRAME_HEAD.size  # the next frame's own head
        digest = self._hash.digest()
        count = self._count
        signature = self._maker.sign(_end_message(digest, count))
        payload = _END.pack(digest, count, signature)
        self._out.write(_FRAME_HEAD.pack(KIND_END, len(payload)) + payload)
        self._written += END_FRAME_SIZE
        return self._written


def _read_exact(src: BinaryIO, size: int) -> bytes:
    parts = []
    left = size
    while left:
        chunk = src.read(min(left, _READ))
        if not chunk:
            raise TruncatedParcelError("the parcel is cut short")
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


def _decode(kind: int, payload: bytes) -> Any:
    if kind == KIND_HEADER:
        return ParcelHeader.from_bytes(payload)
    if kind == KIND_ITEM:
        return _json_object(payload)
    if kind == KIND_BLOB:
        if len(payload) <= _BLOB_HEAD.size:
            raise ParcelError("an empty blob frame")
        raw_id, size, offset = _BLOB_HEAD.unpack_from(payload)
        data = payload[_BLOB_HEAD.size :]
        if offset + len(data) > size:
            raise ParcelError("a blob frame reaches past its blob")
        return BlobPiece(raw_id.hex(), size, offset, data)
    return payload


def _skip_zeros(src: BinaryIO, size: int, running: Any) -> None:
    left = size
    while left:
        chunk = src.read(min(left, _READ))
        if not chunk:
            raise TruncatedParcelError("the parcel is cut short")
        if chunk.count(0) != len(chunk):
            raise ParcelError("parcel padding is not empty")
        running.update(chunk)
        left -= len(chunk)


def iter_frames(src: BinaryIO, *, network: str | None = None) -> Iterator[Frame]:
    """Frames of one parcel part, checked as they are read: the header first (and of
    ``network`` if given), the end last and verified, nothing after it.

    A caller that must change nothing on a bad parcel runs ``verify_parcel`` first: frames
    before a damaged end are yielded before the damage is seen.
    """
    if src.read(len(MAGIC)) != MAGIC:
        raise NotAParcelError("not a Fieldbook parcel")
    running = hashlib.sha256(MAGIC)
    header: ParcelHeader | None = None
    count = 0
    while True:
        head = src.read(_FRAME_HEAD.size)
        if len(head) < _FRAME_HEAD.size:
            raise TruncatedParcelError("the parcel is cut short")
        kind, length = _FRAME_HEAD.unpack(head)
        if kind not in _KINDS:
            raise ParcelError("unknown parcel frame")
        if length > _LIMITS[kind]:
            raise ParcelError("parcel frame too large")
        if (kind == KIND_HEADER) != (header is None):
            raise ParcelError("parcel frames out of order")
        if kind == KIND_PADDING:
            running.update(head)
            _skip_zeros(src, length, running)
            count += 1
            continue
        payload = _read_exact(src, length)
        if kind == KIND_END:
            if length != _END.size or header is None:
                raise ParcelError("bad parcel end")
            digest, claimed, signature = _END.unpack(payload)
            if digest != running.digest() or claimed != count:
                raise ParcelError("the parcel was altered")
            try:
                verify_signature(header.maker_key, signature, _end_message(digest, count))
            except SignatureError as exc:
                raise ParcelError("the parcel's signature does not verify") from exc
            if src.read(1):
                raise ParcelError("data after the parcel's end")
            return
        running.update(head)
        running.update(payload)
        count += 1
        value = _decode(kind, payload)
        if kind == KIND_HEADER:
            header = value
            if network is not None and header.network != network:
                raise ForeignParcelError("the parcel belongs to another network")
        yield kind, value


def verify_parcel(path: str | os.PathLike[str], *, network: str | None = None) -> ParcelHeader:
    """One streaming pass over a parcel part: its header if every byte is as its maker
    signed it, else ``ParcelError``. Memory stays at one frame."""
    header: ParcelHeader | None = None
    with open(path, "rb") as src:
        for kind, value in iter_frames(src, network=network):
            if kind == KIND_HEADER:
                header = value
    assert header is not None  # iter_frames refuses a parcel without one
    return header
