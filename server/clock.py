"""The one place the server reads the time (milliseconds since the Unix epoch)."""

from __future__ import annotations

import time


def now_ms() -> int:
    return time.time_ns() // 1_000_000
