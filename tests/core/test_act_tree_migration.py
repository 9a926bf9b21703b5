"""Migration 9 gives existing records ``act_tree`` rows, so the act type filter (which reads
only those) keeps finding records saved before it, under broad and narrow act types."""

from __future__ import annotations

import pytest

from desktop.core.listing import ObservationQuery as Q
from desktop.core.listing import textindex
from desktop.core.migrations import LATEST_VERSION
from desktop.core.paths import Paths
from desktop.core.profile import Profile

from .conftest import PASSPHRASE, make_obs, profile_at_version


def test_records_saved_before_get_their_act_tree(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = profile_at_version(paths, monkeypatch, 8)
    svc = profile.observations
    # Version 8 kept words in a table since gone; migration 10 indexes the bodies anyway.
    monkeypatch.setattr(textindex, "write", lambda *args, **kwargs: None)
    narrow = svc.save(make_obs(title="Narrow", act_types=["010100000000"]))
    svc.save(make_obs(title="Other branch", act_types=["020000000000"]))
    monkeypatch.undo()
    with profile.database.transaction() as conn:  # as version 8 saved them
        conn.execute("DELETE FROM observation_categories WHERE kind = 'act_tree'")
    assert svc.count(Q(act_types=("010000000000",))) == 0
    profile.close()

    with Profile.unlock(paths, PASSPHRASE) as p:
        assert p.database.one("SELECT max(version) FROM schema_version")[0] == LATEST_VERSION
        broad = Q(act_types=("010000000000",))
        assert [r.id for r in p.observations.query(broad)] == [narrow.id]
        assert p.observations.count(broad) == 1
        assert p.observations.count(Q(act_types=("010100000000",))) == 1
        assert p.observations.count(Q(act_types=("010000000000", "020000000000"))) == 2
        # a list shows the record's own act types, not the broader ones
        categories = p.observations.query(broad)[0].categories
        assert "010100000000" in categories and "010000000000" not in categories
        assert p.observations.count(Q(text="narrow")) == 1  # its words rebuilt from the body
