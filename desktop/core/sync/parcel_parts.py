"""Writing a parcel's parts: a new part file starts whenever the next frame would not fit
in ``max_size`` (:class:`PartWriter`); and what making, opening or relaying one reports.
See :mod:`desktop.core.sync.parcel`."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.sync.errors import SyncError
from protocol.parcel import (
    BLOB_FRAME_DATA,
    ForeignParcelError,
    NotAParcelError,
    ParcelError,
    ParcelHeader,
    ParcelWriter,
    TruncatedParcelError,
    verify_parcel,
)

if TYPE_CHECKING:
    from desktop.core.profile import Profile

SUFFIX = ".fbp"
_BLOB_HEAD = 48  # blob id, size and offset ahead of a blob piece's bytes


class ParcelRefused(SyncError):
    code = "parcel_refused"
    default_message = QT_TRANSLATE_NOOP(
        "core", "This file is not a whole parcel of this network: nothing was taken from it."
    )


class ParcelAlteredError(ParcelRefused):
    code = "parcel_altered"
    default_message = QT_TRANSLATE_NOOP(
        "core",
        "This parcel was changed or damaged after it was made (its signature no longer "
        "matches): nothing was taken from it.",
    )


class ParcelTruncatedError(ParcelRefused):
    code = "parcel_truncated"
    default_message = QT_TRANSLATE_NOOP(
        "core",
        "This parcel is incomplete: the copy was cut short. Nothing was taken from it; copy "
        "the file again.",
    )


class ForeignParcelRefused(ParcelRefused):
    code = "parcel_foreign"
    default_message = QT_TRANSLATE_NOOP(
        "core",
        "This parcel belongs to another Fieldbook network (another server): nothing was "
        "taken from it.",
    )


class NotAParcelRefused(ParcelRefused):
    code = "not_a_parcel"
    default_message = QT_TRANSLATE_NOOP("core", "This file is not a Fieldbook parcel.")


def refusal(exc: BaseException) -> ParcelRefused:
    """The clear message for a parcel file refused whole (``ParcelError`` or ``OSError``)."""
    if isinstance(exc, ForeignParcelError):
        return ForeignParcelRefused()
    if isinstance(exc, TruncatedParcelError):
        return ParcelTruncatedError()
    if isinstance(exc, NotAParcelError):
        return NotAParcelRefused()
    if isinstance(exc, ParcelError):
        return ParcelAlteredError()
    return ParcelRefused()  # the file could not be read


def verified(path: Path, network: str) -> ParcelHeader:
    """The part's header once every byte verified, else the clear :class:`ParcelRefused`."""
    try:
        return verify_parcel(path, network=network)
    except (ParcelError, OSError) as exc:
        raise refusal(exc) from exc


class NotConnectedError(SyncError):
    code = "parcel_not_enrolled"
    default_message = QT_TRANSLATE_NOOP(
        "core", "Connect this profile to a server once before making or opening parcels."
    )


@dataclass
class Recipients:
    """The devices a return parcel is for."""

    devices: list[str]
    #: the organisation's name, or None for a single device named by its id
    org: str | None = None
    #: where the organisation's device list came from: "server", "profile" (the last
    #: listing kept here, ``listed_at`` unix seconds), or "" for a device id
    source: str = ""
    listed_at: int = 0
    #: authors of records received here whose organisation this profile does not know
    unplaced: list[str] = field(default_factory=list)


@dataclass
class ParcelReport:
    """What one parcel (or one delivery) did; ``refused`` holds reasons, never content."""

    envelopes: int = 0
    received: int = 0
    already_held: int = 0
    receipts: int = 0
    blobs_complete: int = 0
    #: envelopes sealed for other devices (a parcel for a whole organisation)
    not_for_us: int = 0
    refused: list[str] = field(default_factory=list)
    parts: list[Path] = field(default_factory=list)
    #: (return parcels) the devices it is for, and how this profile knew them
    recipients: Recipients | None = None

    @property
    def nothing_new(self) -> bool:
        """Everything in it was here already (a parcel opened twice, or replayed)."""
        return self.already_held > 0 and not (
            self.received or self.receipts or self.blobs_complete or self.refused
        )


def new_file(directory: Path, stem: str, part: int) -> tuple[Path, BinaryIO]:
    path = directory / f"{stem}-{part}{SUFFIX}"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    return path, os.fdopen(fd, "wb")


class PartWriter:
    """Parts of one parcel: a new part starts whenever the next frame would not fit."""

    def __init__(
        self, profile: Profile, directory: Path, network: str, items: list[dict[str, Any]],
        max_size: int | None,
    ) -> None:  # fmt: skip
        self.profile = profile
        self.directory = directory
        self.network = network
        self.items = items
        self.max_size = max_size
        self.stem = os.urandom(8).hex()
        self.parcel_id = os.urandom(16).hex()
        self.paths: list[Path] = []
        self.fh: BinaryIO | None = None
        self.writer: ParcelWriter | None = None
        self.fresh = True
        self._start()

    def _start(self) -> None:
        path, self.fh = new_file(self.directory, self.stem, len(self.paths) + 1)
        self.paths.append(path)
        self.writer = ParcelWriter(
            self.fh, self.profile.device_keys.signing, network=self.network,
            parcel_id=self.parcel_id, part=len(self.paths), max_size=self.max_size,
        )  # fmt: skip
        for item in self.items:
            self.writer.add_item(item)
        self.fresh = True

    def _room(self, need: int) -> ParcelWriter:
        assert self.writer is not None
        room = self.writer.room()
        if room is not None and room < need and not self.fresh:
            self.finish()
            self._start()
            assert self.writer is not None
            room = self.writer.room()
        if room is not None and room < need:
            raise SyncError()  # a single envelope larger than a part: refused by max_size
        return self.writer

    def envelope(self, wire: bytes) -> None:
        self._room(len(wire)).add_envelope(wire)
        self.fresh = False

    def blob(self, blob_id: str, path: Path) -> None:
        size = path.stat().st_size
        with open(path, "rb") as src:
            offset = 0
            while offset < size or size == 0:
                writer = self._room(_BLOB_HEAD + 1)
                room = writer.room()
                step = BLOB_FRAME_DATA if room is None else min(BLOB_FRAME_DATA, room - _BLOB_HEAD)
                data = src.read(min(step, size - offset))
                writer.add_blob_piece(blob_id, size, offset, data)
                self.fresh = False
                offset += len(data)
                if size == 0:
                    break

    def finish(self) -> None:
        if self.writer is not None and self.fh is not None:
            self.writer.finish()
            self.fh.flush()
            os.fsync(self.fh.fileno())
            self.fh.close()
            self.writer = self.fh = None
