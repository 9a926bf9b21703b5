"""The sync engine's small key/value state and its log, inside the encrypted profile."""

from __future__ import annotations

import json
from typing import Any

from desktop.core.database import Database, utc_now

# keys of the ``sync_state`` table
SERVER_URL = "server_url"
TOKEN = "token"
SERVER_KEY = "server_key"
ROLE = "role"
ORG = "org"
EPOCH = "epoch"
CURSOR = "cursor"
NEXT_SEQ = "next_seq"
LAST_ENVELOPE = "last_envelope_id"
COORDINATION_PUBLIC = "coordination_public"
COORDINATION_PRIVATE = "coordination_private"
PROXY = "proxy"
LAST_SYNC = "last_sync_at"
LAST_ERROR = "last_error"


class SyncState:
    def __init__(self, database: Database) -> None:
        self._db = database

    def get(self, key: str, default: Any = None) -> Any:
        row = self._db.one("SELECT value FROM sync_state WHERE key = ?", (key,))
        return default if row is None else json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        """Within the caller's transaction when there is one."""
        self._db.execute(
            "INSERT INTO sync_state (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value)),
        )

    def log(self, level: str, code: str, message: str) -> None:
        """``message`` is an English, content-free sentence (translated when shown)."""
        self._db.execute(
            "INSERT INTO sync_log (at, level, code, message) VALUES (?, ?, ?, ?)",
            (utc_now(), level, code, message),
        )
        # The log is for the person at the laptop, not an archive: keep the last 1,000 lines.
        self._db.execute("DELETE FROM sync_log WHERE id <= (SELECT max(id) FROM sync_log) - 1000")

    def recent_log(self, limit: int = 200) -> list[tuple[str, str, str, str]]:
        rows = self._db.query(
            "SELECT at, level, code, message FROM sync_log ORDER BY id DESC LIMIT ?", (limit,)
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]
