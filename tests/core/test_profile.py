"""Creating, unlocking, re-keying and refusing profiles."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from desktop.core import database as database_module
from desktop.core.errors import (
    NotAProfileError,
    ProfileExistsError,
    ProfileMissingError,
    WeakPassphraseError,
    WrongPassphraseError,
)
from desktop.core.migrations import LATEST_VERSION
from desktop.core.paths import Paths, resolve_paths
from desktop.core.profile import Profile

from .conftest import PASSPHRASE, make_obs


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_paths_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDBOOK_DATA_DIR", str(tmp_path / "env"))
    assert resolve_paths().data_dir == tmp_path / "env"
    assert resolve_paths(tmp_path / "arg").data_dir == tmp_path / "arg"
    assert resolve_paths(tmp_path / "arg").profile_db == tmp_path / "arg" / "profile.fbdb"
    monkeypatch.delenv("FIELDBOOK_DATA_DIR")
    assert resolve_paths().data_dir.name.lower() == "fieldbook"


def test_create_makes_owner_only_files(profile: Profile, paths: Paths) -> None:
    profile.observations.save(make_obs())
    for folder in (paths.data_dir, paths.blobs_dir, paths.backups_dir, paths.log_dir):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = [p for p in paths.data_dir.rglob("*") if p.is_file()]
    assert any(p.name.endswith("-wal") for p in files)
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_profile_is_encrypted_wal_and_versioned(profile: Profile, paths: Paths) -> None:
    assert not paths.profile_db.read_bytes().startswith(b"SQLite format 3")
    db = profile.database
    assert db.one("PRAGMA journal_mode")[0] == "wal"
    assert db.one("PRAGMA secure_delete")[0] == 1
    assert db.one("PRAGMA temp_store")[0] == 2  # MEMORY
    assert db.one("SELECT max(version) FROM schema_version")[0] == LATEST_VERSION
    assert db.one("PRAGMA integrity_check")[0] == "ok"
    # A plain SQLite reader cannot open it.
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(paths.profile_db).execute("SELECT * FROM sqlite_master").fetchall()


def test_device_identity_persists(paths: Paths) -> None:
    with Profile.create(paths, PASSPHRASE, org_name="Rights NGO", velayat="mary") as p:
        device_id = p.device_id
        public = p.device_keys.public_dict()
        assert p.settings.get("org_name") == "Rights NGO"
        assert p.settings.get("velayat") == "mary"
        assert p.settings.get("autolock_minutes") == 10
        p.settings.set("autolock_minutes", 3)
    with Profile.unlock(paths, PASSPHRASE) as p:
        assert p.device_id == device_id == p.device_keys.device_id
        assert p.device_keys.public_dict() == public
        assert p.settings.get("autolock_minutes") == 3
        assert p.settings.get("missing", "fallback") == "fallback"


def test_create_refuses_existing_and_weak(profile: Profile, paths: Paths, tmp_path: Path) -> None:
    with pytest.raises(ProfileExistsError):
        Profile.create(paths, PASSPHRASE)
    with pytest.raises(WeakPassphraseError):
        Profile.create(resolve_paths(tmp_path / "other"), "short")


def test_unlock_missing(tmp_path: Path) -> None:
    with pytest.raises(ProfileMissingError):
        Profile.unlock(resolve_paths(tmp_path / "none"), PASSPHRASE)


def test_wrong_passphrase_changes_nothing(profile: Profile, paths: Paths) -> None:
    profile.observations.save(make_obs())
    profile.close()
    before = _files(paths.data_dir)
    with pytest.raises(WrongPassphraseError):
        Profile.unlock(paths, "not the passphrase")
    assert _files(paths.data_dir) == before
    with Profile.unlock(paths, PASSPHRASE) as p:
        assert p.observations.count() == 1


def test_plain_sqlite_file_is_not_a_profile(paths: Paths) -> None:
    paths.ensure()
    conn = sqlite3.connect(paths.profile_db)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = paths.profile_db.read_bytes()
    with pytest.raises(NotAProfileError):
        Profile.unlock(paths, PASSPHRASE)
    assert paths.profile_db.read_bytes() == before


def test_garbage_file_is_not_a_profile(profile: Profile, paths: Paths) -> None:
    profile.close()
    paths.profile_db.write_bytes(os.urandom(8192))
    before = _files(paths.data_dir)
    with pytest.raises(NotAProfileError):
        Profile.unlock(paths, PASSPHRASE)
    assert _files(paths.data_dir) == before


def test_damaged_database_is_not_a_profile(profile: Profile, paths: Paths) -> None:
    profile.close()
    raw = bytearray(paths.profile_db.read_bytes())
    raw[100:200] = bytes(100)  # page 1 no longer authenticates
    paths.profile_db.write_bytes(bytes(raw))
    with pytest.raises(NotAProfileError):
        Profile.unlock(paths, PASSPHRASE)
    assert paths.profile_db.read_bytes() == bytes(raw)


@pytest.mark.parametrize("header", [b"", b"{}", b"not json", json.dumps({"format": "x"}).encode()])
def test_missing_or_bad_key_header_is_not_a_profile(
    profile: Profile, paths: Paths, header: bytes
) -> None:
    profile.close()
    paths.profile_header.write_bytes(header)
    with pytest.raises(NotAProfileError):
        Profile.unlock(paths, PASSPHRASE)
    paths.profile_header.unlink()
    with pytest.raises(NotAProfileError):
        Profile.unlock(paths, PASSPHRASE)


def test_change_passphrase(profile: Profile, paths: Paths) -> None:
    saved = profile.observations.save(make_obs())
    with pytest.raises(WrongPassphraseError):
        profile.change_passphrase("wrong passphrase", "a new passphrase")
    profile.change_passphrase(PASSPHRASE, "a new passphrase")
    profile.observations.save(make_obs(title="after rekey"))
    profile.close()
    with pytest.raises(WrongPassphraseError):
        Profile.unlock(paths, PASSPHRASE)
    with Profile.unlock(paths, "a new passphrase") as p:
        assert p.observations.get(saved.id).title == saved.title
        assert p.observations.count() == 2


def test_passphrase_change_cut_before_rename_recovers(profile: Profile, paths: Paths) -> None:
    """Simulate a crash after the rekey but before the new header replaced the old one."""
    profile.observations.save(make_obs())
    old_header = paths.profile_header.read_bytes()
    profile.change_passphrase(PASSPHRASE, "a new passphrase")
    profile.close()
    new_header = paths.profile_header.read_bytes()
    pending = paths.profile_header.with_name("profile.fbkey.new")
    pending.write_bytes(new_header)
    paths.profile_header.write_bytes(old_header)
    with pytest.raises(WrongPassphraseError):
        Profile.unlock(paths, PASSPHRASE)  # the file is on the new key already
    with Profile.unlock(paths, "a new passphrase") as p:
        assert p.observations.count() == 1
    assert not pending.exists()
    assert paths.profile_header.read_bytes() == new_header


def test_passphrase_change_cut_before_rekey_recovers(profile: Profile, paths: Paths) -> None:
    from desktop.core.keyfile import new_header, write_header

    profile.close()
    pending = paths.profile_header.with_name("profile.fbkey.new")
    write_header(pending, new_header("never applied")[0])
    with pytest.raises(WrongPassphraseError):
        Profile.unlock(paths, "never applied")
    with Profile.unlock(paths, PASSPHRASE) as p:
        assert p.observations.count() == 0
    assert not pending.exists()


def test_migration_takes_an_encrypted_copy_first(
    profile: Profile, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile.observations.save(make_obs())
    profile.close()
    extra = "CREATE TABLE future_feature (x INTEGER);"
    monkeypatch.setattr(database_module, "MIGRATIONS", [*database_module.MIGRATIONS, extra])
    monkeypatch.setattr(database_module, "LATEST_VERSION", LATEST_VERSION + 1)
    with Profile.unlock(paths, PASSPHRASE) as p:
        assert p.database.one("SELECT max(version) FROM schema_version")[0] == LATEST_VERSION + 1
        assert p.database.one("SELECT count(*) FROM future_feature")[0] == 0
    copies = sorted(paths.backups_dir.glob("*.fbdb"))
    assert len(copies) == 1
    assert not copies[0].read_bytes().startswith(b"SQLite format 3")
    assert stat.S_IMODE(copies[0].stat().st_mode) == 0o600
    # The copy opens with the old passphrase and is at the old version.
    backup_paths = resolve_paths(paths.data_dir.parent / "restored")
    backup_paths.ensure()
    backup_paths.profile_db.write_bytes(copies[0].read_bytes())
    backup_paths.profile_header.write_bytes(copies[0].with_suffix(".fbkey").read_bytes())
    monkeypatch.setattr(database_module, "MIGRATIONS", database_module.MIGRATIONS[:-1])
    monkeypatch.setattr(database_module, "LATEST_VERSION", LATEST_VERSION)
    with Profile.unlock(backup_paths, PASSPHRASE) as p:
        assert p.observations.count() == 1


def test_profile_from_a_newer_version_is_refused(profile: Profile, paths: Paths) -> None:
    profile.database.execute("INSERT INTO schema_version VALUES (?, 'x')", (LATEST_VERSION + 5,))
    profile.close()
    with pytest.raises(NotAProfileError) as info:
        Profile.unlock(paths, PASSPHRASE)
    assert info.value.code == "profile_too_new"
