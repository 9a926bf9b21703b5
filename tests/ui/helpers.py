"""Steps the GUI tests share: opening editors, saving a record as a user would, waiting
for a window to be active, and driving a modal dialog from inside its own event loop."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QDate, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog


def new_editor(window: Any) -> Any:
    """A new observation's editor, opened from the main window."""
    window.new_action.trigger()
    editors = list(window.editors.values())
    assert len(editors) == 1
    return editors[0]


def open_editor(qtbot: Any, window: Any, observation_id: str) -> Any:
    """A stored record's editor, opened from the main window (read in a worker)."""
    with qtbot.waitSignal(window.editor_opened, timeout=10000) as blocker:
        window.open_observation(observation_id)
    return blocker.args[0]


def fill(editor: Any, title: str, date: QDate | None = None) -> None:
    """What a valid draft needs: a title (typed, so the editor sees an edit) and a date."""
    editor.title.setText(title)
    editor.title.textEdited.emit(title)
    editor.date_start.setDate(date or QDate(2025, 1, 2))


def wait_for(signal: Any, start: Callable[[], object], timeout_ms: int = 15000) -> bool:
    """Call ``start()`` and wait (in an event loop) for ``signal(bool)``; its value. The
    editor stores in workers and tells the end by a signal, also when it refuses at once."""
    loop = QEventLoop()
    result: list[bool] = []

    def got(ok: bool) -> None:
        result.append(bool(ok))
        loop.quit()

    signal.connect(got)
    try:
        start()
        if not result:
            QTimer.singleShot(timeout_ms, loop.quit)
            loop.exec()
    finally:
        signal.disconnect(got)
    assert result, "no answer in time"
    return result[0]


def save(editor: Any) -> bool:
    """Ctrl+S, waited for: whether it was stored."""
    return wait_for(editor.save_finished, editor.save)


def send(editor: Any) -> bool:
    """ "Ready to send" (or "Back to drafts"), waited for: whether the status changed."""
    return wait_for(editor.send_finished, editor.ready_to_send)


def saved_observation(window: Any, title: str, acts: Iterable[str] = ()) -> str:
    """Record one observation through the editor, save it and close it; its id."""
    editor = new_editor(window)
    fill(editor, title)
    if acts:
        editor.act_types.set_codes(acts)
    assert save(editor)
    observation_id = str(editor.observation_id)
    editor.discard_and_close()
    return observation_id


def activate(qtbot: Any, window: Any) -> None:
    """Shortcuts go to the active window (activation is queued on the offscreen platform)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def in_modal(
    qtbot: Any, open_it: Callable[[], object], kind: type[QDialog], body: Callable[[Any], None]
) -> Any:
    """Call ``open_it`` (which shows a ``kind`` dialog with ``exec()``) and run
    ``body(dialog)`` inside that dialog's event loop, then close it if still open.
    Returns the dialog; re-raises what ``body`` raised."""
    seen: dict[str, Any] = {}

    def drive() -> None:
        if "returned" in seen:
            return  # open_it came back without showing the dialog: stop looking
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, drive)
            return
        seen["dialog"] = dialog
        try:
            body(dialog)
        except BaseException as exc:  # re-raised in the test, outside the dialog's loop
            seen["error"] = exc
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, drive)
    open_it()
    seen["returned"] = True
    if "error" in seen:
        raise seen["error"]
    assert "dialog" in seen, f"no modal {kind.__name__} was shown"
    return seen["dialog"]
