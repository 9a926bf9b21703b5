"""Request nonces seen within the clock-skew window, so a signed request is good once.

A request is accepted only while its signed time is within the skew of the server's clock, so
a (device, nonce) pair needs remembering only until that time plus the skew has passed; after
that the request is refused as stale anyway. Only requests whose signature verified are
remembered: nobody can fill the cache with another device's nonces.
"""

from __future__ import annotations

import heapq
import threading
import time


class NonceCache:
    def __init__(self, window_s: int, max_entries: int = 2_000_000) -> None:
        self.window_s = window_s
        self.max_entries = max_entries
        self._seen: set[tuple[str, str]] = set()
        self._expiry: list[tuple[float, str, str]] = []
        self._lock = threading.Lock()

    def first_use(self, device: str, nonce: str, time_s: int, now: float | None = None) -> bool:
        """True (and remembered) the first time; False for a replay — or when the cache is
        full of live entries, which a signed-request flood at the rate limit cannot reach
        (the answer is then a refusal, never an unchecked acceptance)."""
        current = time.time() if now is None else now
        key = (device, nonce)
        with self._lock:
            self._expire(current)
            if key in self._seen or len(self._seen) >= self.max_entries:
                return False
            self._seen.add(key)
            heapq.heappush(self._expiry, (time_s + self.window_s + 1, device, nonce))
            return True

    def _expire(self, now: float) -> None:
        while self._expiry and self._expiry[0][0] < now:
            _, device, nonce = heapq.heappop(self._expiry)
            self._seen.discard((device, nonce))

    def __len__(self) -> int:
        return len(self._seen)
