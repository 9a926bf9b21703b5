"""Issue 13 finding 5: a passphrase change leaves nothing on the old passphrase.

Migration copies (backups/profile-vN-*.fbdb + .fbkey) held the device keys, the server token
and records deleted since, on the old passphrase. Someone who learnt the old passphrase (the
reason to change it) must not open them afterwards. And the list's own reader connection
must work on the new key at once.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.core.backups import backup_files
from desktop.core.errors import WrongPassphraseError
from desktop.core.listing.memindex import ListIndex
from desktop.core.paths import Paths, resolve_paths
from desktop.core.profile import Profile

from .conftest import PASSPHRASE, make_obs, profile_at_version

NEW = "a new passphrase, longer"


def _open_copy(copy: Path, where: Path, passphrase: str) -> Profile:
    """Restore a copy into a folder of its own and unlock it, as someone holding the laptop
    (and an old passphrase) would."""
    target = resolve_paths(where)
    target.ensure()
    shutil.copyfile(copy, target.profile_db)
    shutil.copyfile(copy.with_suffix(".fbkey"), target.profile_header)
    return Profile.unlock(target, passphrase)


def _migrated_profile(paths: Paths, monkeypatch: pytest.MonkeyPatch, version: int) -> Profile:
    old = profile_at_version(paths, monkeypatch, version)
    old.observations.save(make_obs(title="deleted later"))
    old.close()
    return Profile.unlock(paths, PASSPHRASE)  # migrates, taking a copy first


def test_migration_copies_do_not_open_with_the_old_passphrase(
    paths: Paths, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    profile = _migrated_profile(paths, monkeypatch, 12)
    (copy,) = backup_files(paths.backups_dir)
    before = copy.read_bytes()
    profile.change_passphrase(PASSPHRASE, NEW)
    profile.close()

    (after,) = backup_files(paths.backups_dir)
    assert after == copy and after.read_bytes() != before
    with pytest.raises(WrongPassphraseError):
        _open_copy(after, tmp_path / "thief", PASSPHRASE)
    # still a usable copy for the owner: it opens with the new passphrase, at its version
    # (opening migrates the restored folder, not the profile)
    with _open_copy(after, tmp_path / "owner", NEW) as restored:
        assert restored.observations.count() == 1


def test_a_copy_the_old_passphrase_cannot_open_is_overwritten_and_removed(
    paths: Paths, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    profile = _migrated_profile(paths, monkeypatch, 12)
    (copy,) = backup_files(paths.backups_dir)
    # a copy taken under an even older passphrase: nothing can move it onto the new key
    older = resolve_paths(tmp_path / "older")
    Profile.create(older, "an even older passphrase").close()
    stray = paths.backups_dir / "profile-v3-20200101T000000Z.fbdb"
    shutil.copyfile(older.profile_db, stray)
    shutil.copyfile(older.profile_header, stray.with_suffix(".fbkey"))
    # and a damaged one on the current passphrase
    damaged = paths.backups_dir / "profile-v4-20200102T000000Z.fbdb"
    damaged.write_bytes(b"\x00" * 8192)
    shutil.copyfile(copy.with_suffix(".fbkey"), damaged.with_suffix(".fbkey"))
    profile.change_passphrase(PASSPHRASE, NEW)
    profile.close()
    for gone in (stray, damaged):
        assert not gone.exists() and not gone.with_suffix(".fbkey").exists()
    assert backup_files(paths.backups_dir) == [copy]


def test_only_the_newest_copy_survives_a_successful_migration(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = _migrated_profile(paths, monkeypatch, 12)
    (first,) = backup_files(paths.backups_dir)
    profile.close()
    from desktop.core import database as database_module
    from desktop.core.migrations import LATEST_VERSION

    extra = "CREATE TABLE future_feature (x INTEGER);"
    monkeypatch.setattr(database_module, "MIGRATIONS", [*database_module.MIGRATIONS, extra])
    monkeypatch.setattr(database_module, "LATEST_VERSION", LATEST_VERSION + 1)
    with Profile.unlock(paths, PASSPHRASE):
        pass
    copies = backup_files(paths.backups_dir)
    assert len(copies) == 1 and copies[0] != first
    assert not first.exists() and not first.with_suffix(".fbkey").exists()


def test_the_list_reader_takes_the_new_key_without_a_new_unlock(profile: Profile) -> None:
    profile.observations.save(make_obs(title="listed"))
    profile.change_passphrase(PASSPHRASE, NEW)
    reader = profile.database.reader()
    assert reader is not None
    try:
        assert reader.execute("SELECT count(*) FROM observations").fetchone()[0] == 1
    finally:
        reader.close()
    index = ListIndex(profile.database.conn, profile.database.reader)
    assert index.prepare()
    profile.observations.save(make_obs(title="after the change"))
    assert profile.observations.count() == 2
