"""Migrations 15 and 16 (issue 19): records saved before them are found by a treaty (every
article under it) and by words typed without diacritics, both in the FTS5 index and among
the words still waiting to join it."""

from __future__ import annotations

import pytest

from desktop.core.listing import ObservationQuery as Q
from desktop.core.listing import textindex
from desktop.core.migrations import LATEST_VERSION
from desktop.core.paths import Paths
from desktop.core.profile import Profile

from .conftest import PASSPHRASE, make_obs, profile_at_version


def test_records_saved_before_are_folded_and_in_their_treaty(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = profile_at_version(paths, monkeypatch, 14)
    svc = profile.observations
    monkeypatch.setattr(textindex, "fold", str.lower)  # as version 14 indexed words
    svc.save_many(  # straight into the FTS5 index
        [make_obs(title=f"Pensiýa {i}", rights=["icescr:art9"]) for i in range(textindex.BULK)]
    )
    svc.save(make_obs(title="Žurnalist tussag edildi", rights=["iccpr:art19"]))  # waiting
    monkeypatch.undo()
    with profile.database.transaction() as conn:  # as version 14 saved them
        conn.execute("DELETE FROM observation_categories WHERE kind = 'right_tree'")
    assert svc.count(Q(text="pensiya")) == 0
    assert svc.count(Q(rights=("icescr",))) == 0
    profile.close()

    with Profile.unlock(paths, PASSPHRASE) as p:
        obs = p.observations
        assert p.database.one("SELECT max(version) FROM schema_version")[0] == LATEST_VERSION
        assert obs.count(Q(text="pensiya")) == textindex.BULK
        assert obs.count(Q(text="pensiýa")) == textindex.BULK
        assert obs.count(Q(text="zurnalist")) == 1
        assert obs.count(Q(text="žurn tussag")) == 1
        assert obs.count(Q(rights=("icescr",))) == textindex.BULK
        assert obs.count(Q(rights=("iccpr",))) == 1
        assert obs.count(Q(rights=("icescr:art9",))) == textindex.BULK
        assert textindex.waiting(p.database.conn) == 0  # everything is in the index again
        # a list shows the record's own rights, not the treaty
        assert obs.query(Q(rights=("iccpr",)))[0].categories[0] == "iccpr:art19"
        assert obs.prepare_list()
        assert obs.count(Q(text="pensiya", rights=("icescr",))) == textindex.BULK
