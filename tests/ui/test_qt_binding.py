"""The Qt binding must not leak or drop references on the calls the app makes thousands of
times a session: PySide6 6.12.0 drops one reference to ``None`` per void call,
and on Python 3.11 the process then aborts (pyproject pins it out)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.update()  # warm up any one-time caches
    before = sys.getrefcount(None)
    for i in range(500):
        label.setText(str(i))
        label.update()
    assert sys.getrefcount(None) - before > -50
