"""The encrypted copies a migration takes (``backups/profile-vN-….fbdb`` with its key header
``.fbkey``), and why they may not outlive a passphrase.

A copy holds everything the profile held when it was taken: the device keys, the server
token, records deleted since. Left on the old passphrase it would reopen all of that to
whoever learns the old passphrase, which is exactly the person a passphrase change is meant
to shut out. So on a passphrase change every copy the old passphrase opens is re-keyed to the
new one (it stays useful), and any other copy is overwritten and removed. After a migration
succeeds, older copies are removed: only the newest is kept.

Overwriting before unlinking defeats an undelete on an ordinary disk; on SSDs and copy-on-
write file systems the old blocks may survive until reused (docs/security.md says so).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path

from desktop.core.errors import NotAProfileError, WrongPassphraseError
from desktop.core.keyfile import KeyHeader, read_header, sqlcipher_key_literal, write_header

BACKUP_GLOB = "profile-v*.fbdb"
_CHUNK = 1 << 20


def backup_files(backups_dir: Path) -> list[Path]:
    """The copies, oldest first (their names carry the version and a UTC stamp)."""
    if not backups_dir.is_dir():
        return []
    return sorted(backups_dir.glob(BACKUP_GLOB), key=lambda p: (p.stat().st_mtime, p.name))


def _companions(copy: Path) -> list[Path]:
    return [copy, copy.with_suffix(".fbkey")] + [
        copy.with_name(copy.name + suffix) for suffix in ("-wal", "-shm", "-journal")
    ]


def wipe(path: Path) -> None:
    """Overwrite a file with random bytes, flush it to disk, then remove it."""
    try:
        fd = os.open(path, os.O_WRONLY)
    except FileNotFoundError:
        return
    try:
        left = os.fstat(fd).st_size
        while left > 0:
            left -= os.write(fd, os.urandom(min(left, _CHUNK)))
        os.fsync(fd)
    finally:
        os.close(fd)
    path.unlink(missing_ok=True)


def remove_copy(copy: Path) -> None:
    for path in _companions(copy):
        wipe(path)


def prune_after_migration(backups_dir: Path, keep: Path | None) -> None:
    """A migration succeeded: every older copy goes (``keep`` is the one just taken)."""
    for copy in backup_files(backups_dir):
        if keep is None or copy.resolve() != keep.resolve():
            remove_copy(copy)


def rekey_copies(backups_dir: Path, old_passphrase: str, header: KeyHeader, key: bytes) -> None:
    """Move every copy the old passphrase opens onto ``key`` (and ``header``); overwrite and
    remove the ones it does not open (taken under an even older passphrase) or that are
    damaged."""
    import sqlcipher3  # the profile's driver; imported here like the database module does

    derived: dict[bytes, bytes] = {}  # salt → key: most copies share the profile's header
    for copy in backup_files(backups_dir):
        header_path = copy.with_suffix(".fbkey")
        try:
            old_header = read_header(header_path)
            old_key = derived.get(old_header.salt)
            if old_key is None:
                old_key = derived[old_header.salt] = old_header.unlock(old_passphrase)
        except (WrongPassphraseError, NotAProfileError):
            remove_copy(copy)
            continue
        try:
            conn = sqlcipher3.connect(str(copy), isolation_level=None)
            try:
                conn.execute(f"PRAGMA key = {sqlcipher_key_literal(old_key)}")
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                # the copy is a checkpointed single file: keep it one (no WAL beside it)
                conn.execute("PRAGMA journal_mode = DELETE").fetchone()
                conn.execute(f"PRAGMA rekey = {sqlcipher_key_literal(key)}")
            finally:
                conn.close()
        except sqlcipher3.DatabaseError:
            remove_copy(copy)
            continue
        write_header(header_path, header)


def remove_all(paths: Iterable[Path]) -> None:
    for path in paths:
        with suppress(OSError):
            remove_copy(path)
