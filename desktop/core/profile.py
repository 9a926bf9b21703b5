"""The encrypted profile: create, unlock, change passphrase, close.

Files in the data folder: ``profile.fbdb`` (SQLCipher 4, every page encrypted with a raw
256-bit key) and ``profile.fbkey`` (scrypt parameters, salt and a key check; see keyfile.py).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import TracebackType

from desktop.core.attachments import AttachmentService
from desktop.core.backups import rekey_copies
from desktop.core.database import Database, migrate, open_database, utc_now
from desktop.core.errors import (
    NotAProfileError,
    ProfileClosedError,
    ProfileExistsError,
    ProfileMissingError,
    WeakPassphraseError,
    WrongPassphraseError,
)
from desktop.core.keyfile import (
    KeyHeader,
    new_header,
    read_header,
    write_header,
)
from desktop.core.observations import ObservationService
from desktop.core.paths import Paths, fsync_dir
from desktop.core.received import ReceivedService
from desktop.core.received_files import ReceivedFiles
from desktop.core.refdata import RefIndex, load_refindex
from desktop.core.reports.recommendations import RecommendationStore
from desktop.core.reviews import ReviewService
from desktop.core.settings import Settings, store_initial
from desktop.core.sync.service import SyncService
from protocol.keys import DeviceKeys

MIN_PASSPHRASE = 8
_REF: RefIndex | None = None


def _ref() -> RefIndex:
    global _REF
    if _REF is None:
        _REF = load_refindex()
    return _REF


def _pending_header(paths: Paths) -> Path:
    """The new header during a passphrase change (see :meth:`Profile.change_passphrase`)."""
    return paths.profile_header.with_name(paths.profile_header.name + ".new")


def _check_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise WeakPassphraseError(field="passphrase")


class Profile:
    def __init__(self, paths: Paths, database: Database, header: KeyHeader) -> None:
        self.paths = paths
        self._db: Database | None = database
        self._header = header
        row = database.one("SELECT keys FROM identity WHERE id = 1")
        if row is None:
            database.close()
            raise NotAProfileError()
        self.device_keys = DeviceKeys.from_dict(json.loads(row[0]))
        self.device_id = self.device_keys.device_id
        self.settings = Settings(database)
        self.observations = ObservationService(database, _ref(), self.device_id)
        self.listing = self.observations.listing
        self.attachments = AttachmentService(database, self.observations, paths.blobs_dir)
        self.sync = SyncService(self)
        self.reviews = ReviewService(self)
        self.received = ReceivedService(database, self.observations)
        self.recommendations = RecommendationStore(database)
        self.received_files = ReceivedFiles(self)

    # -- lifecycle -----------------------------------------------------------------------

    @staticmethod
    def exists(paths: Paths) -> bool:
        return paths.profile_db.exists()

    @classmethod
    def create(
        cls,
        paths: Paths,
        passphrase: str,
        *,
        org_name: str = "",
        velayat: str | None = None,
        language: str = "en",
    ) -> Profile:
        if cls.exists(paths):
            raise ProfileExistsError()
        _check_strength(passphrase)
        paths.ensure()
        header, key = new_header(passphrase)
        # Built under a temporary name and renamed last, so a crash mid-creation never
        # leaves a half-made profile that blocks a second attempt.
        building = paths.profile_db.with_name(paths.profile_db.name + ".creating")
        for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
            leftover.unlink(missing_ok=True)
        database = open_database(building, key, create=True)
        try:
            migrate(database, building, paths.backups_dir, paths.profile_header)
            keys = DeviceKeys.generate()
            with database.transaction() as conn:
                conn.execute(
                    "INSERT INTO identity (id, device_id, keys, created_at) VALUES (1, ?, ?, ?)",
                    (keys.device_id, json.dumps(keys.to_dict()), utc_now()),
                )
                store_initial(
                    conn, {"org_name": org_name, "velayat": velayat, "language": language}
                )
        finally:
            database.close()
        write_header(paths.profile_header, header)
        os.replace(building, paths.profile_db)
        fsync_dir(paths.data_dir)
        return cls.unlock(paths, passphrase)

    @classmethod
    def unlock(cls, paths: Paths, passphrase: str) -> Profile:
        if not cls.exists(paths):
            raise ProfileMissingError()
        pending = _pending_header(paths)
        candidates = [paths.profile_header] + ([pending] if pending.exists() else [])
        opened: tuple[Database, KeyHeader] | None = None
        for header_path in candidates:
            try:
                header = read_header(header_path)
                key = header.unlock(passphrase)
            except WrongPassphraseError:
                continue
            except NotAProfileError:
                if header_path == pending:
                    continue  # a change cut while writing its header: never used
                raise
            try:
                opened = (open_database(paths.profile_db, key, create=False), header)
            except NotAProfileError:
                if len(candidates) == 1:
                    raise
                # A passphrase change was cut between the new header and the rename: the
                # file is on exactly one of the two keys; the other passphrase is needed.
                continue
            # Finish (or forget) an interrupted passphrase change.
            if header_path == pending:
                os.replace(pending, paths.profile_header)
                fsync_dir(paths.data_dir)
            else:
                pending.unlink(missing_ok=True)
            break
        if opened is None:
            raise WrongPassphraseError()
        database, header = opened
        try:
            migrate(database, paths.profile_db, paths.backups_dir, paths.profile_header)
        except BaseException:
            # A profile too new for this version (or a failed migration, rolled back) is
            # left as it was, without this connection's WAL files beside it.
            database.close()
            raise
        profile = cls(paths, database, header)
        profile.attachments.sweep()
        return profile

    def change_passphrase(self, old: str, new: str) -> None:
        database = self._database()
        self._header.unlock(old)
        _check_strength(new)
        header, key = new_header(new)
        pending = _pending_header(self.paths)
        # Order makes every crash point recoverable: the new header is durable before the
        # rekey, and unlock() finishes the swap when it finds the file on the new key.
        write_header(pending, header)
        database.rekey(key)
        os.replace(pending, self.paths.profile_header)
        fsync_dir(self.paths.data_dir)
        self._header = header
        # Migration copies on the old passphrase would reopen everything to whoever knows
        # it (device keys, token, deleted records): onto the new key, or overwritten.
        rekey_copies(self.paths.backups_dir, old, header, key)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    @property
    def is_open(self) -> bool:
        return self._db is not None

    def _database(self) -> Database:
        if self._db is None:
            raise ProfileClosedError()
        return self._db

    @property
    def database(self) -> Database:
        """The open database (for core modules such as the sync engine; never for UI)."""
        return self._database()

    def __enter__(self) -> Profile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
