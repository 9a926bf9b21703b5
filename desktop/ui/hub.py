"""The application-wide signal hub that screens subscribe to.

One instance per process (:func:`hub`). Emitters: the session (locked/unlocked), editors and
imports (data_changed), the sync engine (sync_state_changed), settings (language_changed).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Hub(QObject):
    #: Observations were created, saved or changed status. Argument: the observation id, or
    #: "" when many changed at once.
    data_changed = Signal(str)
    #: The sync engine's state for the status bar: a dict such as
    #: ``{"online": False, "queued": 3, "message": ""}``.
    sync_state_changed = Signal(dict)
    #: The interface language changed; argument is the code ("en", "ru", "tk").
    language_changed = Signal(str)
    #: The profile was locked (the key dropped) or unlocked.
    locked = Signal()
    unlocked = Signal()
    #: Anyone may ask for a lock (the idle watcher, a menu action).
    lock_requested = Signal()
    #: Settings that screens react to changed (e.g. "autolock_minutes").
    settings_changed = Signal(str)


_HUB: Hub | None = None


def hub() -> Hub:
    """The process-wide hub, created on first use (after the QApplication exists)."""
    global _HUB
    if _HUB is None:
        _HUB = Hub()
    return _HUB


def reset_hub() -> None:
    """Drop the hub (tests start each application afresh)."""
    global _HUB
    if _HUB is not None:
        _HUB.deleteLater()
    _HUB = None
