"""Migration 5 rebuilds the full-text index of an existing profile (without positions, with
one-letter prefixes) from the stored bodies, after taking the usual copy."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.core.listing import ObservationQuery as Q
from desktop.core.listing import textindex
from desktop.core.migrations import LATEST_VERSION
from desktop.core.model import Person, Place
from desktop.core.paths import Paths
from desktop.core.profile import Profile

from .conftest import PASSPHRASE, make_obs, profile_at_version

OLD_FTS = """
    CREATE VIRTUAL TABLE observations_fts USING fts5 (
        title, description, place, people,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0',
        prefix = '2 3'
    )
"""


def _write_v4(conn: Any, pk: int, columns: tuple[str, ...], **_: Any) -> None:
    conn.execute("DELETE FROM observations_fts WHERE rowid = ?", (pk,))
    conn.execute(
        "INSERT INTO observations_fts (rowid, title, description, place, people)"
        " VALUES (?, ?, ?, ?, ?)",
        (pk, *columns),
    )


def _write_v9(conn: Any, pk: int, columns: tuple[str, ...], **_: Any) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO observations_text_new (pk, words) VALUES (?, ?)",
        (pk, textindex.folded_words(*columns)),
    )


def test_version_4_profile_gets_the_new_index(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Made at version 4: the migrations after it need not be repeatable on a newer schema.
    profile = profile_at_version(paths, monkeypatch, 4)
    svc = profile.observations
    # Written straight into the full-text index, as version 4 did.
    monkeypatch.setattr(textindex, "write", _write_v4)
    svc.save_many(
        [
            make_obs(
                title="Şäher bazarynda tussag edildi",
                description="Ýaşaýjylar çykyş etdiler",
                people=[Person(name="Gülşat Ähmedowa"), Person(name="")],
                place=Place("lebap", "lebap-turkmenabat-city", "Seýdi"),
            ),
            make_obs(title="Задержание журналиста", people=[], place=Place("mary", None, "")),
        ]
    )
    monkeypatch.undo()
    # The old index emptied, so only a rebuild finds text.
    with profile.database.transaction() as conn:
        conn.execute("DROP TABLE observations_fts")
        conn.execute(OLD_FTS)
    profile.close()

    with Profile.unlock(paths, PASSPHRASE) as p:
        assert p.database.one("SELECT max(version) FROM schema_version")[0] == LATEST_VERSION
        sql = p.database.one("SELECT sql FROM sqlite_master WHERE name = 'observations_fts'")[0]
        assert "detail = none" in sql and "'1 2 3 4 5 6'" in sql
        settings = dict(p.database.query("SELECT k, v FROM observations_fts_config"))
        assert settings["automerge"] == 0 and settings["crisismerge"] == 16
        for text, hits in [
            ("ş", 1),  # one letter, from the one-letter prefix index
            ("şäher", 1),
            ("ÝAŞAÝJY", 1),  # description
            ("gülşat ähmedowa", 1),  # people
            ("seýdi", 1),  # settlement
            ("туркменабат", 1),  # etrap names in every language
            ("марыйский", 1),  # velayat
            ("задерж", 1),
            ("edildi журналиста", 0),
        ]:
            assert p.observations.count(Q(text=text)) == hits, text
        # Later saves keep the index in step.
        obs = p.observations.get(p.observations.query(Q(text="bazarynda"))[0].id)
        obs.title = "Renamed"
        p.observations.save(obs)
        assert p.observations.count(Q(text="bazarynda")) == 0
        assert p.observations.count(Q(text="renamed seýdi")) == 1
    assert len(list(paths.backups_dir.glob("profile-v4-*.fbdb"))) == 1


def test_version_9_profile_gets_longer_prefixes_and_its_recent_texts_indexed(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = profile_at_version(paths, monkeypatch, 9)
    monkeypatch.setattr(textindex, "write", _write_v9)  # into the recent table
    for title in ("Adamlaryň şikaýaty", "Bilenler", "Задержание"):
        profile.observations.save(make_obs(title=title, people=[]))
    monkeypatch.undo()
    assert profile.database.one("SELECT count(*) FROM observations_text_new")[0] == 3
    profile.close()

    with Profile.unlock(paths, PASSPHRASE) as p:
        sql = p.database.one("SELECT sql FROM sqlite_master WHERE name = 'observations_fts'")[0]
        assert "'1 2 3 4 5 6'" in sql
        assert textindex.waiting(p.database.conn) == 0
        for text, hits in [
            ("adaml", 1),
            ("ADAMLARY", 1),
            ("bilen", 1),
            ("задерж", 1),
            ("şikaý", 1),
        ]:
            assert p.observations.count(Q(text=text)) == hits, text
        settings = dict(p.database.query("SELECT k, v FROM observations_fts_config"))
        assert settings["automerge"] == 0 and settings["crisismerge"] == 16
        assert settings["usermerge"] == 16
    assert len(list(paths.backups_dir.glob("profile-v9-*.fbdb"))) == 1
