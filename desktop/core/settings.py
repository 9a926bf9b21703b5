"""Per-profile settings: JSON values in the encrypted ``settings`` table."""

from __future__ import annotations

import json
from typing import Any

from desktop.core.database import Database

DEFAULTS: dict[str, Any] = {
    "language": "en",
    "autolock_minutes": 10,
    "org_name": "",
    "velayat": None,
}


class Settings:
    def __init__(self, database: Database) -> None:
        self._db = database

    def get(self, key: str, default: Any = None) -> Any:
        row = self._db.one("SELECT value FROM settings WHERE key = ?", (key,))
        if row is None:
            return DEFAULTS.get(key, default) if default is None else default
        return json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        text = json.dumps(value, ensure_ascii=False)
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, text),
            )

    def all(self) -> dict[str, Any]:
        values = dict(DEFAULTS)
        for key, text in self._db.query("SELECT key, value FROM settings"):
            values[key] = json.loads(text)
        return values
