"""Per-device (and per-address) token buckets, in memory."""

from __future__ import annotations

import threading
import time


class RateLimiter:
    """``rate`` tokens per second up to ``burst``; :meth:`take` returns 0 or the wait in s."""

    def __init__(self, rate: float, burst: int, max_keys: int = 100_000) -> None:
        self.rate = rate
        self.burst = float(burst)
        self.max_keys = max_keys
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str, cost: float = 1.0) -> float:
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens >= cost:
                self._buckets[key] = (tokens - cost, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            if len(self._buckets) > self.max_keys:
                self._prune(now)
            return (cost - tokens) / self.rate

    def exhausted(self, key: str, cost: float = 1.0) -> float:
        """The wait before :meth:`take` would succeed, without taking anything."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        return 0.0 if tokens >= cost else (cost - tokens) / self.rate

    def _prune(self, now: float) -> None:
        full = self.burst / self.rate
        for key in [k for k, (_, last) in self._buckets.items() if now - last > full]:
            del self._buckets[key]
