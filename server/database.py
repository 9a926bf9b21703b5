"""Engine set-up for SQLite (embedded default) and PostgreSQL, and the transaction kinds.

* :meth:`Database.read` — a plain transaction.
* :meth:`Database.write` — a write transaction. On SQLite it starts with ``BEGIN IMMEDIATE``
  (so it never fails half-way with "database is locked") behind an in-process lock, which
  hands the single SQLite writer slot from thread to thread without busy-polling.
* :meth:`Database.sequenced` — a write transaction that may assign server sequence numbers.
  Assignment and commit happen under one lock (``pg_advisory_xact_lock`` on PostgreSQL, the
  writer lock on SQLite), so rows become visible in sequence order and a reader paging by
  ``server_seq`` can never step past a row that commits later with a smaller number.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import ClauseElement, Connection, Engine, create_engine, event, text
from sqlalchemy.sql.compiler import Compiled

#: arbitrary 64-bit constants naming the advisory locks
SEQUENCE_LOCK_KEY = 0x46424B5345510001
MIGRATION_LOCK_KEY = 0x46424B4D49470001
_WRITE_OPTION = "fieldbook_write"


class Database:
    def __init__(self, url: str, *, pool_size: int = 8) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        self._writer = threading.Lock()
        if self.is_sqlite:
            self.engine = create_engine(
                url,
                connect_args={"check_same_thread": False, "timeout": 30},
                pool_size=pool_size,
                max_overflow=32,
            )
            event.listen(self.engine, "connect", _sqlite_on_connect)
            event.listen(self.engine, "begin", _sqlite_on_begin)
        else:
            self.engine = create_engine(
                url, pool_size=pool_size, max_overflow=32, pool_pre_ping=True
            )
        self._write_engine: Engine = self.engine.execution_options(**{_WRITE_OPTION: True})
        self._prepared: dict[str, RawStatement] = {}

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        if self.is_sqlite:
            with self._writer, self._write_engine.begin() as conn:
                yield conn
        else:
            with self._write_engine.begin() as conn:
                yield conn

    @contextmanager
    def sequenced(self) -> Iterator[Connection]:
        if self.is_sqlite:
            with self._writer, self._write_engine.begin() as conn:
                yield conn
        else:
            # The in-process lock keeps threads of one process from queueing inside
            # PostgreSQL; the advisory lock orders all server processes.
            with self._writer, self._write_engine.begin() as conn:
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SEQUENCE_LOCK_KEY})
                yield conn

    @contextmanager
    def migrating(self) -> Iterator[Connection]:
        with self.write() as conn:
            if not self.is_sqlite:
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
            yield conn

    def dispose(self) -> None:
        self.engine.dispose()

    def prepared(self, name: str, build: Callable[[], ClauseElement]) -> RawStatement:
        """The statement ``build()`` makes, compiled once for this database under ``name``."""
        statement = self._prepared.get(name)
        if statement is None:
            statement = self._prepared[name] = RawStatement(self, build())
        return statement

    def fetch_one(self, query: RawStatement, params: Mapping[str, Any]) -> tuple[Any, ...] | None:
        """One row of a read-only ``query`` on a bare pooled DB-API connection."""
        raw = self.engine.raw_connection()
        try:
            cursor = raw.cursor()
            try:
                cursor.execute(query.sql, query.parameters(params))
                row = cursor.fetchone()
            finally:
                cursor.close()
        finally:
            raw.close()  # back to the pool, which rolls back whatever the read began
        return None if row is None else tuple(row)


class RawStatement:
    """A statement compiled once for a dialect, run on a DB-API cursor with plain values.

    SQLAlchemy's execution layer costs ~0.25 ms a call on the 2-core reference machine, more
    than the query itself; the hot paths (authenticating every request, the push writer's
    inserts) pay it once here instead. Only for statements whose columns need no SQLAlchemy
    type processing (text, integers, bytes).
    """

    def __init__(self, db: Database, statement: ClauseElement) -> None:
        compiled: Compiled = statement.compile(dialect=db.engine.dialect)
        self.sql = str(compiled)
        positions = getattr(compiled, "positiontup", None)
        self._positions: list[str] | None = list(positions) if positions else None

    def parameters(self, values: Mapping[str, Any]) -> Sequence[Any] | Mapping[str, Any]:
        if self._positions is None:
            return values
        return [values[name] for name in self._positions]

    def execute_many(self, conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        """``executemany`` inside ``conn``'s transaction, on its own DB-API connection."""
        if not rows:
            return
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None
        cursor = dbapi.cursor()
        try:
            cursor.executemany(self.sql, [self.parameters(row) for row in rows])  # type: ignore[arg-type]
        finally:
            cursor.close()


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event, not the driver, decide how transactions start.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL, not NORMAL: with NORMAL a WAL commit reaches the disk only at the next
    # checkpoint, so a power cut could lose envelopes the server had already given signed
    # receipts for. FULL syncs the WAL at every commit; pushes are committed a group at a
    # time (server.push_writer), so that is one sync per group, not per envelope.
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _sqlite_on_begin(conn: Connection) -> None:
    if conn.get_execution_options().get(_WRITE_OPTION):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")
