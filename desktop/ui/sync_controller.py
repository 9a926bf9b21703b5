"""Background sync: a worker on its own QThread, started periodically and on "Sync now".

The worker only calls the core engine and reports through signals; the controller (GUI
thread) turns that into ``hub().sync_state_changed`` for the status bar and retries a stalled
queue by itself, with backoff, when the failure was of the passing kind.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from desktop.core.sync.backoff import Backoff
from desktop.ui.hub import hub
from desktop.ui.workers import run_task

if TYPE_CHECKING:
    from desktop.core.profile import Profile
    from desktop.core.sync.progress import SyncProgress, SyncSummary

log = logging.getLogger(__name__)

PERIOD_MS = 5 * 60 * 1000


def _saved_state(profile: Profile) -> dict[str, Any]:
    """What the status bar shows before the first sync of this session (in a worker)."""
    status = profile.sync.status()
    return {
        "enrolled": status.enrolled,
        **_waiting(profile),
        "last_sync": _timestamp(status.last_sync_at),
        "error_code": status.last_error,
    }


def _waiting(profile: Profile) -> dict[str, int]:
    """What is still to send: records, and attachment bytes (in a worker)."""
    return {
        "queued": profile.sync.queued_count(),
        "bytes_waiting": profile.sync.bytes_waiting(),
    }


def _timestamp(iso: object) -> float | None:
    if not isinstance(iso, str):
        return None
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


class SyncWorker(QObject):
    progress = Signal(dict)
    succeeded = Signal(object)  # SyncSummary
    #: code, English message, transient, seconds the server asked to wait (-1: none said)
    failed = Signal(str, str, bool, float)
    finished = Signal()

    def __init__(self, profile: Profile) -> None:
        super().__init__()
        self.profile = profile
        self._stop = False

    def stop(self) -> None:
        self._stop = True

    @Slot()
    def run(self) -> None:
        from desktop.core.sync.errors import SyncError

        try:
            # The engine brings HTTP (~0.6 s of imports): it loads here, in the worker.
            summary = self.profile.sync.sync_once(self._report, should_stop=lambda: self._stop)
        except SyncError as exc:
            retry_after = -1.0 if exc.retry_after is None else float(exc.retry_after)
            self.failed.emit(exc.code, exc.message, exc.transient, retry_after)
        except Exception as exc:
            log.warning("sync stopped: %s", type(exc).__name__)
            self.failed.emit("sync_error", "", True, -1.0)
        else:
            self.succeeded.emit(summary)
        finally:
            self.finished.emit()

    def _report(self, p: SyncProgress) -> None:
        self.progress.emit(
            {
                "phase": p.phase,
                "records_done": p.records_done,
                "records_total": p.records_total,
                "bytes_done": p.bytes_done,
                "bytes_total": p.bytes_total,
            }
        )


class SyncController(QObject):
    #: record ids a coordinator asked more information about
    needs_information = Signal(list)

    def __init__(self, parent: QObject | None = None, period_ms: int = PERIOD_MS) -> None:
        super().__init__(parent)
        self.profile: Profile | None = None
        self._queued_asked = 0  # counts of the queue asked for, to drop late answers
        self._thread: QThread | None = None
        self._worker: SyncWorker | None = None
        self._backoff = Backoff(base=15.0, cap=15 * 60.0)
        self.state: dict[str, Any] = {"enrolled": False, "online": False, "queued": 0}
        self._timer = QTimer(self)
        self._timer.setInterval(period_ms)
        self._timer.timeout.connect(self.sync_now)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.sync_now)
        h = hub()
        h.locked.connect(self.detach)
        h.data_changed.connect(self._data_changed)

    # -- lifecycle -------------------------------------------------------------------------
    def attach(self, profile: Profile) -> None:
        self.profile = profile
        self._timer.start()
        # Read in a worker: the list's first queries hold the database meanwhile.
        self._queued_asked += 1
        asked = self._queued_asked
        run_task(_saved_state, profile, on_done=lambda state: self._attached(profile, asked, state))

    def _attached(self, profile: Profile, asked: int, state: dict[str, Any]) -> None:
        if self.profile is not profile:  # locked (or another profile) meanwhile
            return
        if asked != self._queued_asked:  # a later count of the queue was asked for
            state.pop("queued")
            state.pop("bytes_waiting")
        self._publish(**state, message="")
        if state["enrolled"]:
            QTimer.singleShot(0, self.sync_now)

    @Slot()
    def detach(self) -> None:
        self._timer.stop()
        self._retry.stop()
        if self._worker is not None:
            self._worker.stop()
        self.profile = None

    def shutdown(self, wait_ms: int = 10_000) -> None:
        self.detach()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(wait_ms)

    @property
    def running(self) -> bool:
        return self._thread is not None

    # -- syncing ---------------------------------------------------------------------------
    @Slot()
    def sync_now(self) -> None:
        profile = self.profile
        if profile is None or self._thread is not None:
            return
        if not profile.sync.enrolled:
            self._publish(enrolled=False)
            return
        self._retry.stop()
        thread = QThread(self)
        worker = SyncWorker(profile)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._progress)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.finished.connect(thread.quit)
        thread.finished.connect(self._thread_done)
        self._thread, self._worker = thread, worker
        self._publish(phase="checking", running=True)
        thread.start()

    @Slot()
    def _thread_done(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = self._worker = None
        self._publish(running=False)
        self._count_queued()  # saves made during the sync were not counted

    @Slot(dict)
    def _progress(self, p: dict[str, Any]) -> None:
        self._publish(online=True, **p)

    @Slot(object)
    def _succeeded(self, summary: SyncSummary) -> None:
        self._backoff.reset()
        self._publish(
            online=True,
            phase="done",
            queued=summary.queued_left,
            last_sync=time.time(),
            error_code=None,
            message="",
        )
        if summary.sent or summary.reviews_applied or summary.received or summary.blobs_uploaded:
            hub().data_changed.emit("")
        if summary.needs_information:
            self.needs_information.emit(list(summary.needs_information))

    @Slot(str, str, bool, float)
    def _failed(self, code: str, message: str, transient: bool, retry_after: float) -> None:
        self._publish(online=False, phase="failed", error_code=code, message=message)
        # Records may have been sent before it failed (their rows must not stay "waiting");
        # this also counts again what is left to send, records and attachments.
        hub().data_changed.emit("")
        if transient and self.profile is not None:
            # A busy server's Retry-After is a floor under the jittered backoff.
            delay = self._backoff.next_delay(retry_after if retry_after >= 0 else None)
            self._retry.start(int(delay * 1000))

    @Slot(str)
    def _data_changed(self, _observation_id: str) -> None:
        self._count_queued()

    def _count_queued(self) -> None:
        """Count the queue in a worker (a sync under way reports it itself)."""
        profile = self.profile
        if profile is None or self.running:
            return
        self._queued_asked += 1
        asked = self._queued_asked
        run_task(
            _waiting,
            profile,
            on_done=lambda waiting: self._queued_counted(profile, asked, waiting),
        )

    def _queued_counted(self, profile: Profile, asked: int, waiting: dict[str, int]) -> None:
        # Counts may come back out of order: only the latest one asked is shown.
        if self.profile is profile and asked == self._queued_asked and not self.running:
            self._publish(**waiting)

    def _publish(self, **changes: Any) -> None:
        self.state.update(changes)
        hub().sync_state_changed.emit(dict(self.state))
