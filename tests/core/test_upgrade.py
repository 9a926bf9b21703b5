"""Updates keep the data: a profile written by the oldest schema this version opens is
migrated, and a profile from a newer version is refused without being touched.

``tests/data/profile_first`` was written by the code of commit 8727402 (schema 2), not by
today's code: see ``tests/data/make_profile_first.py``. That is the first schema kept since:
8727402 rewrote migration 1 in place (bodies in their own table), so profiles written before
it (schema 1 as of 70b95c4, schema 2 as of 09d69fb) were development builds that no migration
reads; no version was released before it.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from desktop.cli import EXIT_FAILURE, main
from desktop.core.database import ProfileTooNewError
from desktop.core.listing import ObservationQuery
from desktop.core.migrations import LATEST_VERSION
from desktop.core.paths import Paths, resolve_paths
from desktop.core.profile import Profile

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "profile_first"
# The constants tests/data/make_profile_first.py wrote.
PASSPHRASE = "first release passphrase"
TITLE = "Detention at the Lebap bazaar (first schema)"
ATTACHMENT = b"scan of a summons, first schema\n" * 4000


@pytest.fixture
def old_profile(data_dir: Path) -> Paths:
    shutil.copytree(FIXTURE, data_dir)
    return resolve_paths(data_dir)


def _digests(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_the_fixture_is_at_schema_two() -> None:
    import sqlcipher3

    from desktop.core.keyfile import read_header, sqlcipher_key_literal

    header = read_header(FIXTURE / "profile.fbkey")
    conn = sqlcipher3.connect(f"file:{FIXTURE / 'profile.fbdb'}?mode=ro", uri=True)
    try:
        conn.execute(f"PRAGMA key = {sqlcipher_key_literal(header.unlock(PASSPHRASE))}")
        assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == 2
    finally:
        conn.close()
    assert LATEST_VERSION > 2  # otherwise this file tests no migration at all


def test_the_oldest_schema_profile_is_migrated_and_keeps_everything(old_profile: Paths) -> None:
    with Profile.unlock(old_profile, PASSPHRASE) as profile:
        version = profile.database.one("SELECT max(version) FROM schema_version")[0]
        assert version == LATEST_VERSION
        rows = profile.observations.query(ObservationQuery(text="bazaar"))
        assert [row.title for row in rows] == [TITLE]
        obs = profile.observations.get(rows[0].id)
        assert obs.people[0].name == "Aýna Myradowa"
        assert obs.place.velayat == "lebap"
        (ref,) = profile.attachments.list(obs.id)
        assert profile.attachments.read(ref.id) == ATTACHMENT
        # A record saved after the update is listed beside the old one.
        obs.title = TITLE + ", revised"
        profile.observations.save(obs)
        assert profile.observations.count(ObservationQuery(text="revised")) == 1
    # The encrypted copy taken before migrating is the schema-2 file, and opens as one.
    (copy,) = old_profile.backups_dir.glob("profile-v2-*.fbdb")
    assert not copy.read_bytes().startswith(b"SQLite format 3")
    assert copy.with_suffix(".fbkey").read_bytes() == (FIXTURE / "profile.fbkey").read_bytes()
    with Profile.unlock(old_profile, PASSPHRASE) as again:
        assert again.observations.count() == 1


def _make_too_new(paths: Paths) -> None:
    with Profile.create(paths, "a newer version's passphrase") as profile:
        profile.database.execute(
            "INSERT INTO schema_version VALUES (?, 'x')", (LATEST_VERSION + 1,)
        )


def test_a_newer_profile_is_refused_clearly_and_left_as_it_was(data_dir: Path) -> None:
    paths = resolve_paths(data_dir)
    _make_too_new(paths)
    before = _digests(data_dir)
    with pytest.raises(ProfileTooNewError) as info:
        Profile.unlock(paths, "a newer version's passphrase")
    assert "newer version of Fieldbook" in info.value.message
    assert "not been changed" in info.value.message
    assert _digests(data_dir) == before
    assert not list(paths.backups_dir.iterdir())


def test_the_cli_says_so_too(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _make_too_new(resolve_paths(data_dir))
    before = _digests(data_dir)
    monkeypatch.setenv("FIELDBOOK_PASSPHRASE", "a newer version's passphrase")
    assert main(["list"]) == EXIT_FAILURE
    err = capsys.readouterr().err
    assert "saved by a newer version of Fieldbook" in err
    assert "Traceback" not in err
    assert _digests(data_dir) == before
