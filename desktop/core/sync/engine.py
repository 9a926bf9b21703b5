"""The sync engine: a short conductor of the protocol's steps, each safe to repeat.

Order (DESIGN.md "Sync"): check the server (signed nonce), seal queued revisions and push
them (:mod:`.push`, sealing in :mod:`.outbox`), upload their blobs smallest first
(:mod:`.blob_upload`), then pull changes (:mod:`.pull`). Every step persists its result
before the next; see each module for how.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.received.directory import parse_device_list
from desktop.core.sync.blob_upload import BlobUploader
from desktop.core.sync.context import SyncContext
from desktop.core.sync.device_proof import ensure_device_proof
from desktop.core.sync.errors import SyncError
from desktop.core.sync.outbox import Outbox
from desktop.core.sync.progress import ProgressFn, SyncProgress, SyncSummary, no_progress
from desktop.core.sync.pull import PageApplier, Puller
from desktop.core.sync.push import MAX_BATCH, Pusher
from desktop.core.sync.rotation import follow as follow_rotations
from desktop.core.sync.state import SyncStore
from desktop.core.sync.transport import Transport

if TYPE_CHECKING:
    from desktop.core.profile import Profile


class SyncEngine:
    def __init__(
        self,
        profile: Profile,
        *,
        transport_factory: Callable[..., Transport] = Transport,
        batch_size: int = MAX_BATCH,
        page_size: int = 200,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> None:
        self.profile = profile
        self.store = SyncStore(profile.database)
        self.context = SyncContext(profile, self.store, transport_factory, should_stop)
        self.outbox = Outbox(profile, self.store)
        self.pusher = Pusher(self.outbox, batch_size=batch_size, should_stop=should_stop)
        self.applier = PageApplier(profile, self.store, self.outbox)
        self.puller = Puller(
            self.applier,
            page_size=page_size,
            should_stop=should_stop,
            on_epoch_changed=self._restart_after_restore,
        )
        self.should_stop = should_stop

    def seal_pending(self, limit: int | None = None) -> int:
        """Seal queued observations (the ``limit`` oldest) and reviews to seal again."""
        return self.outbox.seal_pending(limit) + self.profile.reviews.reseal_unsealed()

    def sync_once(self, progress: ProgressFn | None = None) -> SyncSummary:
        report = progress or no_progress
        summary = SyncSummary()
        transport = self.context.transport()
        try:
            report(SyncProgress("checking"))
            answer = transport.health()
            self._check_epoch(str(answer.get("epoch", "")))
            ensure_device_proof(self.store, transport)
            # before anything is sealed: a replaced coordination key is followed (only as
            # the pinned identity certified it) so new records are sealed for the new key
            follow_rotations(self.profile, transport)
            self._push(transport, summary, report)
            if not self.should_stop():
                BlobUploader(
                    self.profile.database, self.profile.paths.blobs_dir, transport, self.should_stop
                ).run(summary, report)
            if not self.should_stop():
                self._pull(transport, summary, report)
            if self.store.role == "coordinator" and not self.should_stop():
                self._note_devices(transport)
            if summary.adopted and not self.should_stop():
                # The profile was behind its own history (restored from a backup): what it
                # sealed meanwhile was unsealed while pulling; seal it after the adopted chain.
                self._push(transport, summary, report)
            with self.profile.database.transaction():
                self.store.finished(None)
                self.store.log("info", "synced", QT_TRANSLATE_NOOP("core", "Sync finished."))
        except SyncError as exc:
            with self.profile.database.transaction():
                self.store.finished(exc.code)
                self.store.log("error", exc.code, exc.message)
            raise
        finally:
            transport.close()
        if summary.received:
            # the list's index catches up here, in the sync's worker (10,000 received records:
            # ~0.8 s), not at the next list query the window makes
            self.profile.listing.prepare()
        summary.queued_left = self.outbox.queued_count()
        report(SyncProgress("done"))
        return summary

    def _pull(self, transport: Transport, summary: SyncSummary, report: ProgressFn) -> None:
        start = (self.store.epoch, self.store.cursor)
        refused = summary.reviews_refused
        self.puller.pull(transport, summary, report)
        if summary.reviews_refused > refused and follow_rotations(self.profile, transport):
            # The key was replaced while this page stream was read: reviews made with the new
            # key were refused before this device knew it. Read the stream again from where
            # this pull began (what is held already is skipped unparsed).
            with self.profile.database.transaction():
                self.store.set_position(*start)
            self.puller.pull(transport, summary, report)

    def _note_devices(self, transport: Transport) -> None:
        """A coordinator keeps the network's device list (names, organisations) for its
        Received list; a refusal or a bad answer leaves the one kept before."""
        try:
            devices = parse_device_list(transport.get_json("/v1/devices"))
        except SyncError as exc:
            with self.profile.database.transaction():
                self.store.log("info", exc.code, exc.message)
            return
        except ValueError:
            with self.profile.database.transaction():
                self.store.log(
                    "info",
                    "bad_device_list",
                    QT_TRANSLATE_NOOP("core", "The server's list of devices could not be read."),
                )
            return
        self.profile.received.note_devices(devices)

    def _push(self, transport: Transport, summary: SyncSummary, report: ProgressFn) -> None:
        summary.sealed += self.profile.reviews.reseal_unsealed()
        self.pusher.push(transport, summary, report, seal=True)

    def _check_epoch(self, epoch: str) -> None:
        known = self.store.epoch
        if known and epoch and known != epoch:
            self._restart_after_restore(epoch)
        elif not known and epoch:
            with self.profile.database.transaction():
                self.store.set_position(epoch, self.store.cursor)

    def _restart_after_restore(self, epoch: str) -> None:
        """The server was restored from a backup: it may lack what it once receipted. Offer
        everything again (it answers "duplicate" for what it has) and read from the start."""
        db = self.profile.database
        with db.transaction():
            self.outbox.forget_receipts()
            db.execute("UPDATE blob_uploads SET complete = 0, offset = 0")
            self.store.set_position(epoch, 0)
            self.store.log(
                "warning",
                "epoch_changed",
                QT_TRANSLATE_NOOP("core", "The server was restored from a backup."),
            )
