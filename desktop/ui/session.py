"""The open profile, and locking it.

Screens ask :attr:`Session.profile` each time they need a service (``None`` while locked), so
a lock takes effect everywhere at once. Locking drops the reference at once and closes the
database (forgetting its key) as soon as no worker is still using it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from desktop.core.errors import ProfileClosedError
from desktop.core.paths import Paths
from desktop.ui import workers
from desktop.ui.hub import hub

if TYPE_CHECKING:
    from desktop.core.profile import Profile

log = logging.getLogger(__name__)


def preload() -> None:
    """Import the store and the sync engine, and read the reference data (run in a worker
    while the user types the passphrase, so none of it delays the main window)."""
    # The imports are the work (~0.6 s: SQLCipher, numpy, HTTP).
    import desktop.core.profile
    import desktop.core.sync.engine  # noqa: F401
    from desktop.core.refdata import get_reference_data, load_refindex

    get_reference_data()
    load_refindex()


def store_setting(profile: Profile, key: str, value: Any) -> None:
    """Write a setting in a worker (a list query may hold the database for a while); the
    hub's ``settings_changed(key)`` follows once it is stored, so screens read the new
    value from ``profile.settings`` (kept in memory) without waiting for the database."""

    def failed(exc: BaseException) -> None:
        log.warning("setting %s not stored: %s", key, type(exc).__name__)

    workers.run_task(
        profile.settings.set,
        key,
        value,
        on_done=lambda _result: hub().settings_changed.emit(key),
        on_error=failed,
    )


class Session(QObject):
    def __init__(self, paths: Paths) -> None:
        super().__init__()
        self.paths = paths
        self.profile: Profile | None = None
        self._closing: list[Profile] = []
        self._close_timer = QTimer(self)
        self._close_timer.setInterval(100)
        self._close_timer.timeout.connect(self._close_pending)

    # Called in workers (the KDF takes a moment):

    def create_profile(self, passphrase: str, **kwargs: Any) -> Profile:
        from desktop.core.profile import Profile

        return Profile.create(self.paths, passphrase, **kwargs)

    def unlock_profile(self, passphrase: str) -> Profile:
        from desktop.core.profile import Profile

        return Profile.unlock(self.paths, passphrase)

    # GUI thread:

    def profile_exists(self) -> bool:
        # Profile.exists(paths) is this test; asked here without importing the store, so the
        # unlock page shows before the database libraries have loaded.
        return self.paths.profile_db.exists()

    def is_unlocked(self) -> bool:
        return self.profile is not None

    def require(self) -> Profile:
        if self.profile is None:
            raise ProfileClosedError()
        return self.profile

    def opened(self, profile: Profile) -> None:
        if self.profile is not None and self.profile is not profile:
            self._schedule_close(self.profile)
        self.profile = profile
        hub().unlocked.emit()

    def lock(self) -> None:
        if self.profile is None:
            return
        profile, self.profile = self.profile, None
        self._schedule_close(profile)
        log.info("locked")
        hub().locked.emit()

    def close(self) -> None:
        """At exit: wait for workers, then close everything."""
        if self.profile is not None:
            self._closing.append(self.profile)
            self.profile = None
        workers.wait_all()
        self._close_pending(force=True)

    def _schedule_close(self, profile: Profile) -> None:
        self._closing.append(profile)
        self._close_pending()

    def _close_pending(self, force: bool = False) -> None:
        if workers.busy() and not force:
            if not self._close_timer.isActive():
                self._close_timer.start()
            return
        self._close_timer.stop()
        while self._closing:
            profile = self._closing.pop()
            try:
                profile.close()
            except Exception as exc:  # a failed close must not keep the app open
                log.warning("closing the profile failed: %s", type(exc).__name__)
