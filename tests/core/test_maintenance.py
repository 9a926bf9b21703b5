"""FTS segment merging runs beside saves, not inside them (schema migration 4)."""

from __future__ import annotations

from desktop.core.database import Checkpointer
from desktop.core.profile import Profile
from desktop.core.search import ObservationQuery
from tests.core.conftest import make_obs


def fts_config(profile: Profile) -> dict[str, int]:
    rows = profile.database.query("SELECT k, v FROM observations_fts_config")
    return {k: v for k, v in rows}


def test_saves_do_not_merge_segments(profile: Profile) -> None:
    config = fts_config(profile)
    assert config["automerge"] == 0
    assert config["crisismerge"] == 16  # migration 6 (was 64)


def test_background_merge_step_keeps_search_right(profile: Profile) -> None:
    for i in range(40):
        profile.observations.save(make_obs(title=f"Birleşdirme {i}"))
    segments_before = profile.database.one("SELECT count(*) FROM observations_fts_data")[0]
    upkeep = Checkpointer(profile.paths.profile_db, b"", interval=3600)
    for _ in range(20):
        upkeep._merge_step(profile.database.conn)
    segments_after = profile.database.one("SELECT count(*) FROM observations_fts_data")[0]
    assert segments_after < segments_before
    assert profile.observations.count(ObservationQuery(text="birleşdirme")) == 40
