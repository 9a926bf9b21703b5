"""``profile.sync``: what the UI and the CLI may ask of the sync.

Light to import (the status bar is made with the unlock page): HTTP and the engine load when
a sync, an enrolment or a key file is asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desktop.core.sync.inbox import Inbox
from desktop.core.sync.outbox import Outbox
from desktop.core.sync.state import ProxySettings, SyncStatus, SyncStore

if TYPE_CHECKING:
    from desktop.core.profile import Profile
    from desktop.core.sync.engine import SyncEngine
    from desktop.core.sync.enrolment import Enrolment
    from desktop.core.sync.parcel import Parcels
    from desktop.core.sync.progress import ProgressFn, SyncSummary
    from desktop.core.sync.pull import PageApplier
    from desktop.core.sync.rotation import CoordinationStatus, RotationDone


class SyncService:
    def __init__(self, profile: Profile) -> None:
        self._profile = profile
        self.store = SyncStore(profile.database)
        self._outbox = Outbox(profile, self.store)
        self._inbox = Inbox(profile.database, profile.device_id)

    # -- what the screens show ------------------------------------------------------------
    def status(self) -> SyncStatus:
        return self.store.status()

    @property
    def enrolled(self) -> bool:
        return self.store.enrolled

    @property
    def role(self) -> str | None:
        return self.store.role

    def queued_count(self) -> int:
        """Records still to deliver (cheap: two partial indexes; see Outbox.queued_count)."""
        return self._outbox.queued_count()

    def bytes_waiting(self) -> int:
        """Bytes of attachments still to upload (their records may be "sent" already)."""
        return self._outbox.blob_bytes_waiting()

    def has_coordination_key(self) -> bool:
        """Whether this device holds the coordination key (it can export it)."""
        return self.store.coordination_private is not None

    def recent_log(self, limit: int = 200) -> list[tuple[str, str, str, str]]:
        """(time, level, code, English message) newest first."""
        return self.store.recent_log(limit)

    def proxy(self) -> ProxySettings:
        return self.store.proxy

    def set_proxy(self, proxy: ProxySettings) -> None:
        self.store.set_proxy(proxy)

    def received_observations(self) -> list[dict[str, Any]]:
        """A coordinator's view: the latest received revision of every record."""
        return self._inbox.received_observations()

    def restored_versions(self, record_id: str) -> list[dict[str, Any]]:
        """This device's own revisions taken back from the server after a restore."""
        return self._inbox.restored_versions(record_id)

    # -- doing ----------------------------------------------------------------------------
    def engine(self, *, should_stop: Callable[[], bool] = lambda: False) -> SyncEngine:
        from desktop.core.sync.engine import SyncEngine

        return SyncEngine(self._profile, should_stop=should_stop)

    def sync_once(
        self,
        progress: ProgressFn | None = None,
        *,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> SyncSummary:
        """One full sync (push, upload, pull); raises a :class:`SyncError` saying why not."""
        return self.engine(should_stop=should_stop).sync_once(progress)

    @property
    def parcels(self) -> Parcels:
        """Make, open and relay parcels carried offline."""
        from desktop.core.sync.parcel import Parcels

        return Parcels(self._profile, self.store, self._outbox)

    def page_applier(self) -> PageApplier:
        """Applies pages of envelopes that came another way than from the server (a file)."""
        from desktop.core.sync.pull import PageApplier

        return PageApplier(self._profile, self.store, self._outbox)

    def enroll(self, code: str, *, name: str = "", proxy: ProxySettings | None = None) -> Enrolment:
        from desktop.core.sync.enrolment import enroll

        return enroll(self._profile, code, name=name, proxy=proxy)

    def export_coordination_key(self, passphrase: str) -> bytes:
        from desktop.core.sync.enrolment import export_coordination_key

        return export_coordination_key(self._profile, passphrase)

    def can_rotate_coordination_key(self) -> bool:
        """Whether this device may replace the coordination key (the pinned identity's)."""
        from desktop.core.sync.rotation import can_rotate

        return can_rotate(self._profile)

    def rotate_coordination_key(self) -> RotationDone:
        """Replace the coordination key (network call: run it in a worker); see
        :mod:`desktop.core.sync.rotation`."""
        from desktop.core.sync.rotation import rotate

        return rotate(self._profile)

    def coordination_generation(self) -> int:
        """The generation of the coordination key this device seals for (0: never replaced)."""
        head = self.store.coordination_head
        return head.generation if head is not None else 0

    def coordination_status(self) -> CoordinationStatus:
        from desktop.core.sync.rotation import coordination_status

        return coordination_status(self._profile)

    def import_coordination_key(self, data: bytes, passphrase: str) -> None:
        from desktop.core.sync.enrolment import import_coordination_key

        import_coordination_key(self._profile, data, passphrase)
