"""The inbox: envelopes of other devices this device may read, opened, inside the encrypted
profile (a coordinator's workspace; a field device's reviews), and the authors' public keys
as the server listed them."""

from __future__ import annotations

import json
from typing import Any

from desktop.core.database import Database, utc_now
from protocol.encoding import canonical_json
from protocol.envelope import Envelope

INSERT = "INSERT INTO inbox VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"


def inbox_row(env: Envelope, server_seq: int, body: Any) -> tuple[Any, ...]:
    h = env.header
    return (
        env.envelope_id, server_seq, h.kind, h.record_id, h.rev, h.parent, h.author,
        h.created_ms, canonical_json(body).decode(),
        json.dumps([b.to_json() for b in h.blobs]), utc_now(),
    )  # fmt: skip


class Inbox:
    def __init__(self, database: Database, device_id: str) -> None:
        self.db = database
        self.device_id = device_id

    def store(self, rows: list[tuple[Any, ...]]) -> None:
        """Keep opened envelopes (rows of :func:`inbox_row`), in the caller's transaction."""
        with self.db.lock:
            self.db.conn.executemany(INSERT, rows)

    def store_receipts(self, rows: list[tuple[str, str]]) -> None:
        """The server's receipts of received envelopes (envelope id, receipt JSON), which a
        coordinator carries back to their authors in a parcel; in the caller's transaction."""
        if rows:
            with self.db.lock:
                self.db.conn.executemany(
                    "INSERT INTO inbox_receipts VALUES (?, ?) ON CONFLICT DO NOTHING", rows
                )

    def receipts_of(self, author: str) -> list[str]:
        """Receipts (JSON) of the envelopes ``author`` wrote, in server order."""
        rows = self.db.query(
            "SELECT r.receipt FROM inbox_receipts r JOIN inbox i USING (envelope_id)"
            " WHERE i.author = ? ORDER BY i.server_seq",
            (author,),
        )
        return [str(r[0]) for r in rows]

    def present(self, table: str, envelope_ids: set[str]) -> set[str]:
        """Which of these envelope ids ``table`` (outbox or inbox) holds."""
        assert table in ("outbox", "inbox")
        ids = list(envelope_ids)
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            marks = ",".join("?" * len(part))
            found.update(
                r[0]
                for r in self.db.query(
                    f"SELECT envelope_id FROM {table} WHERE envelope_id IN ({marks})", part
                )
            )
        return found

    # -- authors' keys --------------------------------------------------------------------
    def remember_keys(self, rows: list[tuple[str, bytes, bytes]]) -> None:
        """(device id, signing key, encryption key) as a page listed them; the first listing
        of a device stays."""
        with self.db.lock:
            self.db.conn.executemany(
                "INSERT INTO device_keys VALUES (?, ?, ?) ON CONFLICT (device_id) DO NOTHING",
                rows,
            )

    def signing_key(self, device_id: str) -> bytes | None:
        row = self.db.one("SELECT signing_key FROM device_keys WHERE device_id = ?", (device_id,))
        return bytes(row[0]) if row else None

    def encryption_key(self, device_id: str) -> bytes | None:
        row = self.db.one(
            "SELECT encryption_key FROM device_keys WHERE device_id = ?", (device_id,)
        )
        return bytes(row[0]) if row else None

    # -- reading ----------------------------------------------------------------------------
    def latest_observation(self, record_id: str) -> tuple[str, str] | None:
        """(envelope id, author) of the received revision of a record that counts (the
        rule of desktop/core/received/rule.py: highest rev, then smallest envelope id)."""
        row = self.db.one(
            "SELECT envelope_id, author FROM inbox WHERE record_id = ? AND kind = 'observation'"
            " ORDER BY rev DESC, envelope_id LIMIT 1",
            (record_id,),
        )
        return (str(row[0]), str(row[1])) if row else None

    def received_observations(self) -> list[dict[str, Any]]:
        """A coordinator's view: the latest received revision of every record."""
        rows = self.db.query(
            "SELECT record_id, author, rev, body, envelope_id FROM inbox i"
            " WHERE kind = 'observation' AND author != ? AND server_seq = (SELECT max(server_seq)"
            " FROM inbox j WHERE j.record_id = i.record_id AND j.kind = 'observation')"
            " ORDER BY server_seq",
            (self.device_id,),
        )
        return [
            {
                "record_id": r[0],
                "author": r[1],
                "rev": r[2],
                "body": json.loads(r[3]),
                "envelope_id": r[4],
            }
            for r in rows
        ]

    def restored_versions(self, record_id: str) -> list[dict[str, Any]]:
        """Revisions of the author's own record that came back from the server after a
        restore, newest first: shown beside the local version so nothing is lost."""
        rows = self.db.query(
            "SELECT rev, body, envelope_id FROM inbox WHERE record_id = ? AND author = ?"
            " AND kind = 'observation' ORDER BY server_seq DESC",
            (record_id, self.device_id),
        )
        return [{"rev": r[0], "body": json.loads(r[1]), "envelope_id": r[2]} for r in rows]
