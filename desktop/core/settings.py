"""Settings, and every setting's default.

Two stores, both defaulted from here only:

- the profile's settings (:class:`Settings`, :data:`DEFAULTS`): JSON values in the encrypted
  ``settings`` table — the organisation, the velayat, the auto-lock delay, the language;
- the UI's state (:data:`UI_DEFAULTS`, kept by ``desktop/ui/ui_store.py`` in ``ui.ini`` in
  the config folder, ``Paths.ui_settings``): how the windows were left, and the language to
  speak before the profile is unlocked. That file is not encrypted, so it holds only these
  keys, each a window's geometry or state (Qt's bytes) or a short code — never anything
  recorded, typed by the user, or derived from the passphrase.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the UI store reads the defaults before the store's libraries load
    from desktop.core.database import Database

DEFAULTS: dict[str, Any] = {
    "language": "en",
    "autolock_minutes": 10,
    "org_name": "",
    "velayat": None,
}

#: The UI store's keys and their defaults (None: Qt's own, or the system's language).
UI_DEFAULTS: dict[str, Any] = {
    "language": None,  # before unlock; the profile's own setting wins once it is open
    "main_window/geometry": None,
    "dashboard/geometry": None,
    "dashboard/rows": "velayat",  # the cross-table's dimensions (desktop/core/reports)
    "dashboard/columns": "quarter",
}
#: Keys whose value is a Qt geometry or state (bytes); the others are short codes.
UI_STATE_KEYS = frozenset(key for key in UI_DEFAULTS if key.endswith(("/geometry", "/state")))


def store_initial(conn: Any, values: dict[str, Any]) -> None:
    """A new profile's settings, inside the transaction that creates it; what is not given
    takes its default (:data:`DEFAULTS`, the one place a default is written)."""
    for key, value in {**DEFAULTS, **values}.items():
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)",
            (key, json.dumps(value, ensure_ascii=False)),
        )


class Settings:
    """Read once and kept: the GUI thread asks for settings (title, language, auto-lock),
    and a read through the database waits for its lock while a list query holds it. Every
    write goes through :meth:`set`, which keeps the copy current."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self._stored: dict[str, str] | None = None  # key → JSON text, as in the table
        self._read()

    def _read(self) -> dict[str, str]:
        stored = self._stored
        if stored is None:
            with self._db.lock:
                stored = dict(self._db.query("SELECT key, value FROM settings"))
                if not self._db.conn.in_transaction:  # else it may yet roll back
                    self._stored = stored
        return stored

    def get(self, key: str, default: Any = None) -> Any:
        text = self._read().get(key)
        if text is None:
            return DEFAULTS.get(key, default) if default is None else default
        return json.loads(text)

    def set(self, key: str, value: Any) -> None:
        text = json.dumps(value, ensure_ascii=False)
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, text),
            )
            committed = not self._db.joined()
        if committed:
            self._read()[key] = text
        else:  # inside a caller's transaction, which may still roll back: read again later
            self._stored = None

    def all(self) -> dict[str, Any]:
        values = dict(DEFAULTS)
        values.update({key: json.loads(text) for key, text in self._read().items()})
        return values
