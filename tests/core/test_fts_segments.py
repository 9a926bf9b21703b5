"""Issue 19, item 1: the FTS5 index never gathers the 2,000 segments at which it refuses
every write ("database or disk is full"), whatever the size of an import.

What broke: the upkeep's incremental merge of a level, left under way between two import
batches, stops FTS5's own crisis merges; every batch then added segments until a 100,000
record profile could not be built. Here each save is an import (``BULK`` = 1) and the FTS5
pages are 64 bytes, so the same pile-up comes within a thousand saves: the code before the
fix failed at 1,000 (1,957 segments)."""

from __future__ import annotations

import pytest

from desktop.core.database import Checkpointer
from desktop.core.listing import ObservationQuery as Q
from desktop.core.listing import textindex
from desktop.core.profile import Profile

from .conftest import make_obs

SAVES = 1100


def _small_pages(profile: Profile) -> None:
    profile.database.stop_checkpointer()  # its ticks are driven here, between the saves
    profile.database.conn.execute(
        "INSERT INTO observations_fts (observations_fts, rank) VALUES ('pgsz', 64)"
    )


def _distinct_segments(profile: Profile) -> int:
    return int(profile.database.one("SELECT count(DISTINCT segid) FROM observations_fts_idx")[0])


def test_imports_cross_the_segment_limit(profile: Profile, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textindex, "BULK", 1)
    _small_pages(profile)
    upkeep = Checkpointer(profile.paths.profile_db, b"", idle_for=lambda: 60.0)
    conn = profile.database.conn
    most = 0
    for i in range(SAVES):
        profile.observations.save_many(
            [make_obs(title=f"Bazar{i} tussag", description=f"söz{i} ýene", people=[])]
        )
        most = max(most, textindex.segment_count(conn))  # what the import leaves
        upkeep.tick(conn)  # as the upkeep does between batches: merge steps
    assert most <= textindex.SEGMENT_CEILING
    assert textindex.segment_count(conn) == _distinct_segments(profile)
    svc = profile.observations
    assert svc.count(Q(text="tussag")) == SAVES
    assert svc.count(Q(text="soz1099")) == 1
    assert svc.count(Q(text="bazar5")) == 111  # bazar5, bazar50-59, bazar500-599


def test_the_upkeep_move_keeps_the_index_healthy(
    profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(textindex, "BULK", 1)
    _small_pages(profile)
    healthy = textindex.keep_healthy
    monkeypatch.setattr(textindex, "keep_healthy", lambda conn: 0)
    upkeep = Checkpointer(profile.paths.profile_db, b"", idle_for=lambda: 60.0)
    conn = profile.database.conn
    for i in range(200):  # segments pile up with the guard off
        profile.observations.save_many([make_obs(title=f"piled{i}", people=[])])
        upkeep.tick(conn)
    assert textindex.segment_count(conn) > textindex.SEGMENT_CEILING
    monkeypatch.setattr(textindex, "keep_healthy", healthy)
    profile.observations.save(make_obs(title="waiting", people=[]))
    assert textindex.move_batch(conn) == 1
    assert textindex.segment_count(conn) <= textindex.SEGMENT_TARGET
    assert textindex.segment_count(conn) == _distinct_segments(profile)
    assert profile.observations.count(Q(text="piled")) == 200
