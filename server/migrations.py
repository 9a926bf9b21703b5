"""Versioned schema: a ``schema_version`` table and an ordered list of migration functions.

Each migration runs in the same transaction as the version bump (both backends have
transactional DDL), under a lock, so two processes starting at once cannot both migrate.
Rule for later versions: never edit a published migration; append a new function that
alters the tables with explicit DDL, and update :mod:`server.schema` to match.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from sqlalchemy import Connection, func, insert, inspect, select, text, update

from server import schema
from server.clock import now_ms
from server.database import Database


def _v1_initial(conn: Connection) -> None:
    # Version 1 is the schema as first published.
    tables = [t for t in schema.metadata.sorted_tables if t.name != "schema_version"]
    schema.metadata.create_all(conn, tables=tables)


def _v2_coordination_rotations(conn: Connection) -> None:
    # (a database made at version 1 by this code already has it: v1 creates every table)
    if not inspect(conn).has_table("coordination_rotations"):
        schema.coordination_rotations.create(conn)


def _v3_device_envelope_bytes(conn: Connection) -> None:
    # The per-device quota counts envelopes as well as attachments: a running total per
    # device, filled from what is held (a database made by v1 of this code has the column).
    if "envelope_bytes" not in {c["name"] for c in inspect(conn).get_columns("devices")}:
        conn.execute(
            text("ALTER TABLE devices ADD COLUMN envelope_bytes BIGINT NOT NULL DEFAULT 0")
        )
    d, e = schema.devices, schema.envelopes
    held = (
        select(func.coalesce(func.sum(func.length(e.c.wire)), 0))
        .where(e.c.author == d.c.device_id)
        .scalar_subquery()
    )
    conn.execute(update(d).values(envelope_bytes=held))


MIGRATIONS: list[Callable[[Connection], None]] = [
    _v1_initial,
    _v2_coordination_rotations,
    _v3_device_envelope_bytes,
]
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNewError(RuntimeError):
    pass


def migrate(db: Database) -> int:
    """Bring the database to :data:`SCHEMA_VERSION`; make the first epoch. Returns the version."""
    with db.migrating() as conn:
        if not inspect(conn).has_table("schema_version"):
            schema.schema_version.create(conn)
            conn.execute(insert(schema.schema_version).values(version=0))
        current = conn.execute(select(schema.schema_version.c.version)).scalar_one()
        if current > SCHEMA_VERSION:
            raise SchemaTooNewError(
                f"the database has schema version {current}; this server knows {SCHEMA_VERSION}"
                " — upgrade fieldbook-server"
            )
        for number in range(current, SCHEMA_VERSION):
            MIGRATIONS[number](conn)
        if current != SCHEMA_VERSION:
            conn.execute(update(schema.schema_version).values(version=SCHEMA_VERSION))
        has_epoch = conn.execute(select(func.count()).select_from(schema.epochs)).scalar_one()
        if not has_epoch:
            _insert_epoch(conn, "first start")
    return SCHEMA_VERSION


def _insert_epoch(conn: Connection, reason: str) -> str:
    last = conn.execute(select(func.max(schema.epochs.c.epoch_no))).scalar_one()
    epoch = secrets.token_hex(16)
    conn.execute(
        insert(schema.epochs).values(
            epoch_no=(last or 0) + 1, epoch=epoch, started_ms=now_ms(), reason=reason
        )
    )
    return epoch


def new_epoch(db: Database, reason: str = "restored from backup") -> str:
    """Start a new epoch: every client pages its changes again from the start."""
    with db.sequenced() as conn:
        return _insert_epoch(conn, reason)


def current_epoch(conn: Connection) -> tuple[int, str]:
    row = conn.execute(
        select(schema.epochs.c.epoch_no, schema.epochs.c.epoch)
        .order_by(schema.epochs.c.epoch_no.desc())
        .limit(1)
    ).one()
    return int(row.epoch_no), str(row.epoch)
