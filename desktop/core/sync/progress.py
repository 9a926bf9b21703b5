"""What a sync reports while it runs (:class:`SyncProgress`) and when it ends
(:class:`SyncSummary`): plain data, shared by every step and read by the UI and the CLI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class SyncProgress:
    phase: str  # checking | sending | uploading | receiving | done
    records_done: int = 0
    records_total: int = 0
    bytes_done: int = 0
    bytes_total: int = 0


@dataclass
class SyncSummary:
    sealed: int = 0
    sent: int = 0
    duplicates: int = 0
    conflicts: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    blobs_uploaded: int = 0
    bytes_uploaded: int = 0
    received: int = 0
    reviews_applied: int = 0
    #: reviews refused: not signed by the pinned coordinator or a key it certified
    reviews_refused: int = 0
    needs_information: list[str] = field(default_factory=list)
    #: this device's own envelopes the server had and the profile did not (a restored backup)
    adopted: int = 0
    queued_left: int = 0

    def lines(self) -> list[str]:
        out = [
            f"sealed {self.sealed}, sent {self.sent} ({self.duplicates} already on the server)",
            f"attachments uploaded {self.blobs_uploaded} ({self.bytes_uploaded} bytes)",
            f"received {self.received}, reviews applied {self.reviews_applied}",
        ]
        if self.reviews_refused:
            out.append(
                f"reviews refused (not from a certified coordinator): {self.reviews_refused}"
            )
        if self.needs_information:
            out.append(f"coordinators need more information on {len(self.needs_information)}")
        if self.conflicts:
            out.append(f"conflicted records: {len(self.conflicts)}")
        if self.rejected:
            out.append(f"rejected by the server: {len(self.rejected)}")
        out.append(f"still queued: {self.queued_left}")
        return out


ProgressFn = Callable[[SyncProgress], None]


def no_progress(_progress: SyncProgress) -> None:
    """A :data:`ProgressFn` for callers that show nothing."""
