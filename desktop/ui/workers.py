"""Running long work off the GUI thread.

:func:`run_task` puts a plain callable on a :class:`QThreadPool`; its result or exception
comes back through signals delivered in the GUI thread. Workers never touch widgets.

A worker that needs an answer from the user (:class:`Question`) emits a signal and blocks
on a semaphore until the GUI thread answers.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    done = Signal(object)
    failed = Signal(object)  # the exception
    progress = Signal(int, int)  # done, total
    finished = Signal()  # after done or failed


class Task(QRunnable):
    """Runs ``fn(*args, progress=..., **kwargs)`` if ``with_progress`` else ``fn(*args)``."""

    def __init__(
        self,
        fn: Callable[..., Any],
        *args: Any,
        with_progress: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Python wrapper owns it; kept alive by _running
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.with_progress = with_progress
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            if self.with_progress:
                result = self.fn(*self.args, progress=self._progress, **self.kwargs)
            else:
                result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # reported to the GUI thread, which decides
            log.debug("task failed: %s", type(exc).__name__)
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)
        finally:
            self.signals.finished.emit()

    def _progress(self, done: int, total: int) -> None:
        self.signals.progress.emit(done, total)


class _Relay(QObject):
    """Lives in the GUI thread, so signals from workers reach it queued, in that thread."""

    def __init__(
        self,
        task: Task,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[int, int], None] | None,
    ) -> None:
        super().__init__()
        self.task = task
        self.on_done = on_done
        self.on_error = on_error
        self.on_progress = on_progress
        task.signals.done.connect(self._done)
        task.signals.failed.connect(self._failed)
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(self._finished)

    @Slot(object)
    def _done(self, result: Any) -> None:
        if self.on_done is not None:
            self.on_done(result)

    @Slot(object)
    def _failed(self, exc: Any) -> None:
        if self.on_error is not None:
            self.on_error(exc)
        else:
            raise exc

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if self.on_progress is not None:
            self.on_progress(done, total)

    @Slot()
    def _finished(self) -> None:
        _running.pop(self.task, None)


_running: dict[Task, _Relay] = {}


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    **kwargs: Any,
) -> Task:
    """Start ``fn(*args, **kwargs)`` on the global thread pool.

    The callbacks run in the GUI thread. When ``on_progress`` is given, ``fn`` receives a
    ``progress(done, total)`` keyword argument it may call from the worker thread.
    """
    task = Task(fn, *args, with_progress=on_progress is not None, **kwargs)
    _running[task] = _Relay(task, on_done, on_error, on_progress)
    pool().start(task)
    return task


_busy_checks: list[Callable[[], bool]] = []


def register_busy_check(check: Callable[[], bool]) -> None:
    """Other background readers (the list's page loader) report here too."""
    _busy_checks.append(check)


def unregister_busy_check(check: Callable[[], bool]) -> None:
    if check in _busy_checks:
        _busy_checks.remove(check)


def busy() -> bool:
    """True while any task started here, or a registered reader, is still working."""
    return bool(_running) or any(check() for check in _busy_checks)


def wait_all(msecs: int = 30000) -> bool:
    """Block until the pool and the registered readers are idle (exit, tests)."""
    import time

    done = pool().waitForDone(msecs)
    deadline = time.monotonic() + msecs / 1000
    while any(check() for check in _busy_checks) and time.monotonic() < deadline:
        time.sleep(0.005)
    return done


class Question(QObject):
    """Lets a worker ask the GUI thread something and wait for the answer.

    The GUI side connects ``asked`` to a slot that eventually calls :meth:`answer`.
    """

    asked = Signal(object)  # the question payload

    def __init__(self) -> None:
        super().__init__()
        self._event = threading.Event()
        self._answer: Any = None

    def ask(self, payload: Any, timeout: float | None = None) -> Any:
        """Called in the worker thread: emit, then block until answered."""
        self._event.clear()
        self.asked.emit(payload)
        self._event.wait(timeout)
        return self._answer

    @Slot(object)
    def answer(self, value: Any) -> None:
        self._answer = value
        self._event.set()
