"""Migration 20 (issue 15): received observations become rows of the records' tables.

The columns that say whose a record is (see desktop/core/observations/received_rows.py),
the network's device list, and the records an older coordinator profile's inbox holds,
stored as received rows. Its own module: :mod:`desktop.core.schema` holds the earlier ones.
"""

from __future__ import annotations

from typing import Any

# 20: received records are rows of the records' tables (issue 15; see
# desktop/core/observations/received.py), with the list columns that say whose a record is;
# the network's device list (names and organisations) kept at each coordinator sync.

RECEIVED_COLUMNS = """
    ALTER TABLE observations ADD COLUMN author TEXT;
    ALTER TABLE observations ADD COLUMN org TEXT;
    ALTER TABLE observations ADD COLUMN received_at TEXT;
    ALTER TABLE observations ADD COLUMN unread INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE observations ADD COLUMN attachments INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE observations ADD COLUMN conflict INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE observations ADD COLUMN envelope_id TEXT;
    CREATE INDEX observations_sort_received ON observations
        (received_at, pk, velayat, etrap, status, confidentiality, date_start, date_end);
    CREATE INDEX observations_author ON observations (author, org);
    DROP TRIGGER list_changes_update;
    CREATE TRIGGER list_changes_update AFTER UPDATE OF
        date_start, date_end, velayat, etrap, place_sort, title_sort, status,
        confidentiality, updated_at, author, org, received_at, unread, attachments, conflict
        ON observations
    BEGIN
        INSERT INTO list_changes (pk) VALUES (NEW.pk);
    END;
    CREATE TABLE known_devices (
        device_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        org_id TEXT,
        org_name TEXT NOT NULL,
        org_velayat TEXT NOT NULL,
        revoked_ms INTEGER,
        updated_at TEXT NOT NULL
    );
    UPDATE observations SET attachments =
        (SELECT count(*) FROM attachments a WHERE a.observation_pk = observations.pk);
"""


def _attachment_rows(conn: Any, pk: int, refs: list[Any]) -> None:
    from protocol.encoding import canonical_json

    """A received record's attachment rows, as migration 20 first writes them (afterwards
    the attachment service's ``received_rows``; the migration cannot import it)."""
    conn.executemany(
        "INSERT OR REPLACE INTO attachments (id, observation_pk, position, body, blob_id)"
        " VALUES (?, ?, ?, ?, ?)",
        [
            (r.id, pk, i, canonical_json(r.to_dict()).decode(), r.blob_id)
            for i, r in enumerate(refs)
        ],
    )


def received_records(conn: Any) -> None:
    """Migration 20: :data:`RECEIVED_COLUMNS`, then every record the inbox holds from
    another device stored as a received row (a coordinator's profile from before), unread
    and with the review state its reviews give."""
    import sqlite3

    from desktop.core.observations.received_rows import write_received
    from desktop.core.refdata import load_refindex

    statement = ""
    for line in RECEIVED_COLUMNS.splitlines(keepends=True):  # triggers hold ';' inside
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    own = conn.execute("SELECT device_id FROM identity WHERE id = 1").fetchone()
    own_device = own[0] if own else ""
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT record_id FROM inbox WHERE kind = 'observation' AND author != ?"
            " GROUP BY record_id ORDER BY min(server_seq)",
            (own_device,),
        )
    ]
    ref = load_refindex()
    for start in range(0, len(ids), 500):
        write_received(
            conn, ref, own_device, ids[start : start + 500], attachments=_attachment_rows
        )
