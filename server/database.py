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
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text

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


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event, not the driver, decide how transactions start.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _sqlite_on_begin(conn: Connection) -> None:
    if conn.get_execution_options().get(_WRITE_OPTION):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")
