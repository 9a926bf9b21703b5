"""Auto-lock: an application-wide event filter restarts a timer on every key press, mouse
click, movement or wheel turn; when it runs out the hub is asked to lock.

The same filter takes the lock key (Ctrl+L) in modal dialogs: it is a shortcut of the main
window and the editors, and a modal dialog (settings, revision history) blocks those."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from desktop.ui.hub import hub

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    def __init__(self, minutes: float = 10, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._expired)
        self.set_delay_ms(int(minutes * 60_000))
        self._active = False
        self.lock_keys = QKeySequence("Ctrl+L")

    def set_delay_ms(self, ms: int) -> None:
        self.timer.setInterval(max(1, ms))
        if self._active_or_false():
            self.timer.start()

    def _active_or_false(self) -> bool:
        return getattr(self, "_active", False)

    def start(self) -> None:
        self._active = True
        self.timer.start()

    def stop(self) -> None:
        self._active = False
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active and event.type() in _INPUT_EVENTS:
            self.timer.start()
            if (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and QApplication.activeModalWidget() is not None
                and QKeySequence(event.keyCombination()) == self.lock_keys
            ):
                hub().lock_requested.emit()
                return True
        return False

    def _expired(self) -> None:
        if self._active:
            hub().lock_requested.emit()
