"""Opening the SQLCipher profile database and bringing its schema up to date.

One connection per open profile, shared by the services under a lock (the UI calls core from
worker threads). sqlite-utils drives it; explicit ``BEGIN IMMEDIATE`` transactions make every
save all-or-nothing.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3
import sqlite_utils

from desktop.core.backups import prune_after_migration
from desktop.core.errors import NotAProfileError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.keyfile import sqlcipher_key_literal
from desktop.core.migrations import LATEST_VERSION, MIGRATIONS
from desktop.core.paths import open_private, restrict_file

SQLITE_MAGIC = b"SQLite format 3\x00"
AUTOCHECKPOINT_PAGES = 16384
LIST_CACHE_KIB = 128 * 1024
# Sqlcipher3's DatabaseError is not sqlite3's; catch both so callers see one behaviour.
DB_ERRORS: tuple[type[Exception], ...] = (sqlcipher3.DatabaseError, sqlite3.DatabaseError)


class ProfileTooNewError(NotAProfileError):
    """The schema is newer than this version knows: nothing is changed, nothing migrated."""

    code = "profile_too_new"
    default_message = QT_TRANSLATE_NOOP(
        "core",
        "This profile was saved by a newer version of Fieldbook. Install that version or a "
        "later one to open it; the profile has not been changed.",
    )


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Database:
    """A keyed connection, its lock and transactions."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self.lock = threading.RLock()
        self._depth = 0
        self.checkpointer: Checkpointer | None = None
        self._last_use = time.monotonic()
        self._opened: tuple[Path, bytes] | None = None  # for more connections

    def reader(self) -> Any:
        """Another connection to the same file (for reading on another thread), or None
        when this one was not opened from a file and key here."""
        if self._opened is None:
            return None
        return _connect(*self._opened)

    def note_use(self) -> None:
        """A list query ran: the upkeep holds back its writes for a while (see
        :class:`Checkpointer`)."""
        self._last_use = time.monotonic()

    def idle_for(self) -> float:
        """Seconds since the last list query."""
        return time.monotonic() - self._last_use

    def execute(self, sql: str, params: Any = ()) -> Any:
        with self.lock:
            return self.conn.execute(sql, params)

    def query(self, sql: str, params: Any = ()) -> list[Any]:
        with self.lock:
            return list(self.conn.execute(sql, params).fetchall())

    def one(self, sql: str, params: Any = ()) -> Any:
        with self.lock:
            return self.conn.execute(sql, params).fetchone()

    def joined(self) -> bool:
        """Inside :meth:`transaction`: whether it joined an outer one (whose end decides)."""
        return self._depth > 1

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; nested use joins the outer transaction."""
        with self.lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self.conn
                finally:
                    self._depth -= 1
                return
            self.conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self.conn
            except BaseException:
                self._depth = 0
                self.conn.execute("ROLLBACK")
                raise
            self._depth = 0
            self.conn.execute("COMMIT")

    def start_checkpointer(self, path: Path, key: bytes) -> None:
        self.stop_checkpointer()
        self.checkpointer = Checkpointer(path, key, idle_for=self.idle_for)
        self.checkpointer.start()

    def rekey(self, key: bytes) -> None:
        """Put the file on ``key``: this connection, the checkpointer's and every connection
        opened from now on (the list index's reader) use it."""
        with self.lock:
            # The checkpointer's connection holds the old key: stop it for the rekey.
            self.stop_checkpointer()
            self.conn.execute(f"PRAGMA rekey = {sqlcipher_key_literal(key)}")
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            if self._opened is not None:
                path = self._opened[0]
                self._opened = (path, key)
                self.start_checkpointer(path, key)

    def stop_checkpointer(self) -> None:
        if self.checkpointer is not None:
            self.checkpointer.stop()
            self.checkpointer = None

    def close(self) -> None:
        self.stop_checkpointer()
        with self.lock:
            with suppress(*DB_ERRORS):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()


def _looks_like_plain_sqlite_or_empty(path: Path) -> bool:
    with open(path, "rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    return head == SQLITE_MAGIC or len(head) < len(SQLITE_MAGIC)


def open_database(path: Path, key: bytes, *, create: bool) -> Database:
    """Open (or, with ``create``, make) the database at ``path`` with the raw ``key``.

    Raises :class:`NotAProfileError` if the file cannot be read with this key: the key was
    already checked against the header, so that means a damaged or foreign file.
    """
    if create:
        # An empty 0600 file first: SQLite gives the -wal and -shm files the same mode.
        os.close(open_private(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL))
    elif not path.is_file() or _looks_like_plain_sqlite_or_empty(path):
        raise NotAProfileError()
    conn = _connect(path, key)
    # The list's working set at 100,000 records (five sort indexes, the rows, the full-text
    # index) is over 100 MB; with 32 MB a search in one order pushed out the pages of the
    # other orders and every change of sort read and decrypted them again. SQLite only
    # fills what is used: a small profile stays small.
    conn.execute(f"PRAGMA cache_size = -{LIST_CACHE_KIB}")
    database = Database(conn)
    database._opened = (path, key)
    database.start_checkpointer(path, key)
    return database


def _connect(path: Path, key: bytes) -> Any:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # no page errors on stderr
        conn.execute(f"PRAGMA key = {sqlcipher_key_literal(key)}")
        # Wipe SQLCipher's freed buffers: keys and decrypted pages do not linger in the heap.
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        # NORMAL in WAL mode: a save that returned survives the process being killed and the
        # file is never corrupted; only a power cut can lose the last moments of saves. FULL
        # adds an fsync to every save (4-16 ms on a busy disk), breaking the save budget.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA cache_size = -32000")
        # Checkpoints (copying the WAL into the file, with fsyncs) run on the Checkpointer's
        # own connection, not inside a save; this high limit is only a safety net.
        conn.execute(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}")
    except DB_ERRORS as exc:
        conn.close()
        raise NotAProfileError() from exc
    return conn


class Checkpointer(threading.Thread):
    """Background upkeep on a connection of its own, every second: the text index's
    (:class:`desktop.core.listing.upkeep.IndexUpkeep`: waiting words moved into FTS5,
    merge steps, only while nobody saves or lists), then a PASSIVE checkpoint copying
    committed WAL frames into the database (it never blocks the writer and never commits,
    so it runs every tick)."""

    def __init__(
        self,
        path: Path,
        key: bytes,
        interval: float = 1.0,
        idle_for: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(daemon=True, name="fieldbook-checkpointer")
        # Imported here: the listing package reads the database module.
        from desktop.core.listing.upkeep import IndexUpkeep

        self._path = path
        self._key = key
        self._interval = interval
        # Seconds since the list was last used; without one, always idle (tests drive ticks).
        self.upkeep = IndexUpkeep(idle_for or (lambda: float("inf")))
        self._stopping = threading.Event()

    def run(self) -> None:
        try:
            conn = _connect(self._path, self._key)
        except NotAProfileError:
            return
        try:
            while not self._stopping.wait(self._interval):
                with suppress(*DB_ERRORS):
                    self.tick(conn)
                with suppress(*DB_ERRORS):
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        finally:
            conn.close()

    def tick(self, conn: Any) -> None:
        """One round of index upkeep on ``conn`` (the thread's own connection)."""
        self.upkeep.tick(conn)

    def stop(self) -> None:
        self._stopping.set()
        if self.is_alive():
            self.join(timeout=30)


def schema_version(database: Database) -> int:
    exists = database.one(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    )
    if not exists:
        return 0
    row = database.one("SELECT max(version) FROM schema_version")
    return int(row[0] or 0)


def migrate(database: Database, db_path: Path, backups_dir: Path, header_path: Path) -> int:
    """Bring the schema to :data:`LATEST_VERSION`; returns the version found.

    An existing profile is copied to ``backups_dir`` first (the copy is the same encrypted
    file, with its key header beside it), so a failed migration loses nothing.
    """
    try:
        found = schema_version(database)
    except DB_ERRORS as exc:
        raise NotAProfileError() from exc
    if found > LATEST_VERSION:
        raise ProfileTooNewError()
    if found == LATEST_VERSION:
        return found
    copy = None
    if found > 0:
        copy = _backup_before_migration(database, db_path, backups_dir, header_path, found)
    with database.transaction() as conn:
        if found == 0:
            conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT)")
        for version in range(found + 1, LATEST_VERSION + 1):
            migration = MIGRATIONS[version - 1]
            if callable(migration):
                migration(conn)
            else:
                for statement in _split(migration):
                    conn.execute(statement)
            conn.execute("INSERT INTO schema_version VALUES (?, ?)", (version, utc_now()))
    if copy is not None:
        # Older copies hold what was deleted since and may be on an older passphrase: only
        # the one taken for this migration stays (desktop/core/backups.py).
        prune_after_migration(backups_dir, copy)
    return found


def _backup_before_migration(
    database: Database, db_path: Path, backups_dir: Path, header_path: Path, version: int
) -> Path:
    database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # a profile folder copied without its empty backups folder (git keeps no empty folders)
    backups_dir.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups_dir / f"profile-v{version}-{stamp}.fbdb"
    for src, dst in ((db_path, target), (header_path, target.with_suffix(".fbkey"))):
        with open(src, "rb") as fin:
            fd = open_private(dst)
            with os.fdopen(fd, "wb") as fout:
                shutil.copyfileobj(fin, fout)
                fout.flush()
                os.fsync(fout.fileno())
        restrict_file(dst)
    return target


def _split(script: str) -> list[str]:
    """Split a migration into statements (triggers hold ';' inside BEGIN … END)."""
    statements: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                statements.append(buf.strip())
            buf = ""
    if buf.strip():
        statements.append(buf.strip())
    return statements
